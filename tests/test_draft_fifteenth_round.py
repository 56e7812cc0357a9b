"""A diary's entries on the lines of one paragraph, a letter book's later letters under "My
Lord," or a letter's number, a record's title over its details, days told again, a habit of
someone named, a programme's day lines under their names, and weather that fell over two
weekdays: each rule on texts of other kinds than the ones it was found in, and the lines at
its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_diary_s_entries_on_the_lines_of_one_paragraph() -> None:
    diary = (
        "Farm diary, 1911\n\n"
        "April 3.  Ploughed the long field behind the barn.\n"
        "April 5.  Sowed oats in the ten-acre.\n"
        "          Rain in the evening, the first for a fortnight.\n"
        "April 9.  Lambing began in the home paddock.\n"
    )
    events = _events(diary)
    assert events["1911-04-03"][0] == "Ploughed the long field behind the barn"
    assert events["1911-04-05"][0] == "Sowed oats in the ten-acre"
    assert events["1911-04-09"][0] == "Lambing began in the home paddock"
    # one day opening a wrapped line of prose is no entry
    prose = (
        "The committee met at the school.\n"
        "May 4. The treasurer reported that the roof fund stood at 212 pounds.\n"
    )
    assert set(_events(prose, published="1931-06-01")) == {"1931-05-04"}


def test_a_record_s_title_over_its_details_gives_its_year() -> None:
    log = (
        "LOG OF THE KEEL BROTHERS, Saml. Hirst master, 1889\n"
        "Keel No. 12, registered at Goole. Horse: Prince.\n\n"
        "June 2.  Loaded wheat at Goole for Rotherham mill.\n\n"
        "June 6.  Discharged at the mill.\n"
    )
    assert set(_events(log)) == {"1889-06-02", "1889-06-06"}


def test_a_diary_s_participle_tells_the_past() -> None:
    diary = (
        "Day book of the Home Farm, 1902\n\n"
        "16 May. Heifer calf born to Daisy on the 14th, both well.\n\n"
        "20 May. Haymaking begun on the 18th in the long meadow.\n\n"
        "24 May. Cut the first hay.\n"
    )
    events = _events(diary)
    assert "1902-05-14" in events
    assert "1902-05-18" in events


def test_a_letter_s_number_over_its_date_line() -> None:
    letters = (
        "LETTERS OF DR JAMES ORR FROM THE GOLD FIELDS\n\n"
        "No. 1\n"
        "Ballarat, 4th March 1853.\n"
        "My dear Father, - We reached the diggings on the 1st of this month.\n\n"
        "No. 2\n"
        "Ballarat, 20th June 1853.\n"
        "Since the 2nd of June the creek has been in flood, and the Gold Commissioner "
        "rode out on the 15th and closed the lower claims.\n"
    )
    events = _events(letters)
    # the writer the title names in capitals, not a piece of the title
    assert events["1853-03-01"][0] == "James Orr reached the diggings"
    assert "1853-06-02/.." in events
    assert "1853-06-15" in events
    assert not any(day.startswith("1853-03-0") and day != "1853-03-01" for day in events)


def test_an_editor_s_note_is_no_part_of_the_title() -> None:
    note = (
        "[Editor's note: the mill at Ashgill, which these papers describe, was demolished in 1962.]"
    )
    assert _events(note)["1962"][0] == "The mill at Ashgill was demolished"


def test_a_steward_s_letter_book() -> None:
    book = (
        "THE LETTER BOOK OF JOHN HALE, LAND AGENT TO THE DUKE OF ROXMOUTH\n\n"
        "Kelso, 3rd May 1781.\n"
        "My Lord,\n"
        "The new barn at Fairnington was thatched on the 1st of this month. The tenants "
        "have paid their Whitsun rents.\n"
        "I am, my Lord, your obedient Servant, J. Hale\n\n"
        "Kelso, 9th August 1781.\n"
        "My Lord,\n"
        "We begun the harvest on the 6th, a week later than last year. The old mill "
        "dam gave way on the 2nd and shall be mended at once.\n"
        "J. Hale\n"
    )
    events = _events(book)
    assert events["1781-05-01"][0].startswith("The new barn at Fairnington was thatched")
    # the second letter's days are of its own month, and "we" are no one's invented name
    assert events["1781-08-06"][0].startswith("We begun the harvest")
    assert "1781-08-02" in events
    assert not any(day.startswith("1781-05-0") and day != "1781-05-01" for day in events)
    # a word cut short by an apostrophe ends its sentence
    order = _events(
        "Kelso, 2nd February 1782.\nMy Lord,\nYour order shall be obey'd. I am sorry to "
        "say that old Adam Kerr died on the 29th January.\nJ. Hale\n"
    )
    assert order["1782-01-29"][0] == "Old Adam Kerr died"


def test_a_day_told_again_is_one_date() -> None:
    lease = _events(
        "The tenant is to quit the farm before Martinmas next, the 11th November, and leave "
        "the hedges laid.",
        published="1790-06-01",
    )
    assert set(lease) == {"../1790-11-11"}
    vestry = _events(
        "The bells are to be rehung by Sept. 29 (Michaelmas), the ringers to help.",
        published="1908-04-02",
    )
    assert set(vestry) == {"../1908-09-29"}
    # two days that only share their day of the month stay two
    two = _events("The fair opened on 11 March, the market on 11 April.", published="1908-06-02")
    assert set(two) == {"1908-03-11", "1908-04-11"}


def test_a_habit_of_someone_named_is_no_habit_of_the_entry() -> None:
    notebook = (
        "Parish notebook, 1912\n\n"
        "Feb. 3. Buried old Tom Reece, who rang the bell every Sunday for forty years.\n\n"
        "Feb. 10. Choir supper in the schoolroom.\n"
    )
    events = _events(notebook)
    assert events["1912-02-03"][0].startswith("Buried old Tom Reece")
    # a habit the entry itself tells is still none of its day
    habit = (
        "Parish notebook, 1912\n\n"
        "Feb. 3. The choir practises every Friday in the vestry.\n\n"
        "Feb. 10. Choir supper in the schoolroom.\n"
    )
    assert "1912-02-03" not in _events(habit)


def test_a_programme_s_day_lines_under_their_names() -> None:
    card = (
        "FERNLEY HORTICULTURAL SOCIETY\n"
        "Show dates 2026 - issued 2 January 2026\n\n"
        "Daffodil Show\n"
        "Saturday 11 April, Fernley Village Hall, 2.30 pm. Daffodils and narcissi only.\n\n"
        "Annual Dinner\n"
        "Friday 20 November, 7 pm, at the Swan.\n"
    )
    events = _events(card, published="2026-01-02")
    assert events["2026-04-11"] == ("Daffodil Show", "tentative")
    assert events["2026-11-20"] == ("Annual Dinner", "tentative")
    # a month's heading names nothing on its days
    listing = (
        "WHAT'S ON AT THE CORN HALL\n\nThe hall reopened in 2019 after a long refit.\n\n"
        "December 2026\n\nSaturday 5 December, 7.30 pm.\n"
        "Carols by candlelight with the Town Band.\n"
    )
    assert _events(listing, published="2026-11-02")["2026-12-05"][0] != "December 2026"


def test_a_society_s_talks_and_its_name() -> None:
    programme = (
        "ASHBOURNE LOCAL HISTORY SOCIETY\n"
        "Talks Programme 2026-2027\n\n"
        "Talks are held on the first Monday of the month at 7.30pm in the Town Hall.\n\n"
        "Monday 7 September 2026\n"
        '"Turnpikes and Tollhouses" - Dr Ruth Calder\n'
        "The Ashbourne turnpike was opened in 1738. Dr Calder follows its tollhouses.\n\n"
        "Monday 5 October 2026\n"
        '"Bells of the Dales" - Colin Marsh\n'
        "The ring of six at St Oswald was recast in 1911.\n"
    )
    events = _events(programme)
    assert events["2026-09-07"] == ("Turnpikes and Tollhouses - Dr Ruth Calder", "tentative")
    assert events["2026-10-05"] == ("Bells of the Dales - Colin Marsh", "tentative")
    assert events["1911"][0] == "The ring of six at St Oswald was recast"
    assert events["1738"][1] is None


def test_weather_that_fell_over_two_weekdays() -> None:
    events = _events(
        "Snowfall of 20 cm fell on the pass between Friday and Saturday.",
        published="2025-01-20",
    )
    assert "2025-01-17/2025-01-18" in events
    rainfall = _events(
        "Rainfall of 31 mm fell across the moor between Tuesday and Wednesday.",
        published="2025-01-24",
    )
    assert "2025-01-21/2025-01-22" in rainfall


def test_an_account_book_s_paid_and_received() -> None:
    book = (
        "Account book of Wm. Hughes, carrier, 1841\n\n"
        "Jan. 9. Pd. Jno. Lloyd for 2 ton of hay, 3 pound.\n\n"
        "Feb. 14. Mem. Recd. of Mr Price on the 16th inst. the balance of his account.\n\n"
        "Mar. 1. Carried slate to Bala.\n"
    )
    events = _events(book)
    assert events["1841-01-09"][0].startswith("Pd. John Lloyd")
    assert events["1841-02-16"][1] is None


def test_an_advisory_s_headlines_in_capitals() -> None:
    advisory = (
        "URGENT - WINTER WEATHER MESSAGE\n"
        "National Weather Service Kettle Falls WA\n"
        "300 PM PST Wed Feb 4 2026\n\n"
        "...FREEZING FOG ADVISORY IN EFFECT FROM 10 PM THIS EVENING TO 10 AM PST THURSDAY...\n"
        "...WINTER STORM WATCH IN EFFECT FROM FRIDAY EVENING THROUGH SUNDAY MORNING...\n\n"
        "* WHAT...Dense freezing fog with visibility a quarter mile or less.\n\n"
        "* ADDITIONAL DETAILS...Shelters in Kettle County will open at 6 PM today and stay\n"
        "  open through Sunday.\n"
    )
    events = _events(advisory, published="2026-02-04")
    assert events["2026-02-04/2026-02-05"][0] == "Freezing fog advisory in effect"
    assert events["2026-02-06/2026-02-08"] == ("Winter storm watch in effect", "tentative")
    # opened today and kept open to a day: one span, its title without the field's label
    assert events["2026-02-04/2026-02-08"][0] == "Shelters in Kettle County will open"


def test_a_day_s_late_opening_and_a_state_since_a_round() -> None:
    late = _events(
        "For the solstice the gallery will stay open until 10pm on Saturday 20 June.",
        published="2026-05-02",
    )
    assert set(late) == {"2026-06-20"}
    # a road closed until an hour of a day is still closed up to then
    closed = _events(
        "The ford will remain closed until 6am on Monday 8 June.", published="2026-06-02"
    )
    assert set(closed) == {"../2026-06-08"}
    led = _events(
        "Okafor has topped the standings since Round 3 at Kelso on 12 April.",
        published="2026-05-11",
    )
    assert set(led) == {"2026-04-12/.."}
    shut = _events("The lane has been shut since the rockfall on 2 March.", published="2026-05-11")
    assert set(shut) == {"2026-03-02/.."}


def test_an_exhibition_s_opening_line_under_its_name() -> None:
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n'
        "<head><title>Exhibitions | Tamar Museum</title></head>\n"
        '<body>\n<main>\n<h1>Exhibitions</h1>\n<section class="current">\n<h2>Now showing</h2>\n'
        "<article>\n<h3>Saltings: Paintings of the Marshes</h3>\n"
        '<p class="dates">9 January &ndash; 1 March 2026 &middot; Gallery 1 &middot; Free</p>\n'
        "<p>Oils and watercolours of the estuary by Ada Penhale.</p>\n</article>\n</section>\n"
        '<section class="coming">\n<h2>Coming soon</h2>\n<article>\n'
        "<h3>Tides and Timber: Tamar Boats 1850&ndash;1950</h3>\n"
        '<p class="dates">Opens 14 March 2026 &middot; Gallery 2</p>\n'
        "<p>Models and tools from the yards at Calstock.</p>\n</article>\n</section>\n"
        "</main>\n</body>\n</html>\n"
    )
    events = _events(page, published="2026-01-20")
    assert events["2026-03-14"] == ("Tides and Timber: Tamar Boats 1850–1950", "tentative")


def test_a_passive_verb_is_no_one_s_word() -> None:
    events = _events(
        "The pit was sunk in 1802, and a second, deeper shaft was added for pumping in 1841."
    )
    assert events["1841"][0] == "A second, deeper shaft was added for pumping"
    # a speaker's word still goes
    said = _events("The quarry will close in March, a spokesman added.", published="2026-01-05")
    assert said["2026-03"][0] == "The quarry will close"


def test_what_befell_on_a_day_of_the_month() -> None:
    letter = (
        "Kelso, 9th August 1781.\nMy Lord,\nThe roof of the great barn was stripped in the "
        "Gale of the 4th, and the men are at it still.\nJ. Hale\n"
    )
    assert "1781-08-04" in _events(letter)
    # a battalion's number is no day
    men = "Kelso, 9th August 1781.\nMy Lord,\nThe men of the 5th Battalion marched out.\nJ. Hale\n"
    assert not any(day.startswith("1781-08-05") for day in _events(men))


def test_a_likelihood_on_a_day_lies_ahead() -> None:
    events = _events("A second, lighter frost is likely on Tuesday night.", published="2025-04-17")
    assert events["2025-04-22"][1] == "tentative"
    # a likelihood told of the past is none
    was = _events("It was likely on Tuesday that the letter was lost.", published="2025-04-17")
    assert "2025-04-15" in was


def test_a_named_thing_at_its_place_before_which() -> None:
    events = _events(
        "Both crews now head to the Autumn Head in Durham, which starts on 4 October.",
        published="2025-09-22",
    )
    assert events["2025-10-04"][0] == "The Autumn Head in Durham starts"


def test_the_first_review_s_sentences() -> None:
    """Sentences the reviews wrote against this round's rules, each misread by them."""
    # a diary's plan and an order's deadline, a few weeks ahead of their entry's day
    diary = (
        "DIARY OF THOMAS ELLERBY, CARRIER, 1867\n\n"
        "Mar 4.  Fine and frosty. Loaded at Hadley wharf.\n"
        "Mar 6.  Ordered a new cart from Bates, to be ready by Mar 20.\n"
        "Mar 7.  Left Hadley 5 a.m. Agreed with Mr Dawes to carry his malt on April 2.\n"
    )
    events = _events(diary)
    assert {"1867-03-06", "1867-03-07", "1867-04-02", "../1867-03-20"} <= set(events)
    minutes = (
        "Minutes of the Elmdon Parish Council, 1923\n\n"
        "Jan 8. Meeting held in the school. The clerk was instructed to write to the County\n"
        "Surveyor about the state of Mill Lane before Feb 1.\n"
        "Feb 12. Meeting held.\n"
    )
    assert "../1923-02-01" in _events(minutes)
    # entries closing on a day stay a deadline; a venue's late opening is that day
    entries = _events("Entries are open until 5pm on Friday 4 July.", published="2025-06-15")
    assert set(entries) == {"../2025-07-04"}
    # "paid" as a word before a noun tells no past
    paid = _events("Paid apprenticeships start on 1 October.", published="2025-05-20")
    assert set(paid) == {"2025-10-01"}
    # an abbreviation in quotation marks ends no sentence
    brig = _events("The brig 'St. Helena' sailed from Bristol on 4 May 1850.")
    assert brig["1850-05-04"][0] == "The brig 'St. Helena' sailed from Bristol"
    # "Pd." mid-sentence is the end of a sentence
    bill = _events("The bill was pd. On 9 March 1791 the vestry met again and chose new wardens.")
    assert bill["1791-03-09"][0].startswith("The vestry met")


def test_the_second_review_s_sentences() -> None:
    """More sentences of the reviews: a letter dated at its foot, headings over day lines, a
    weekday a state lasts until, titles in capitals and a Sunday school."""
    letter = (
        "My Lord,\nThe new Coach-house is roofed and the masons will have finished the stables "
        "by Michaelmas.\nWe begun carting the hay on Monday the 7th.\nThos. Wrenfield\n"
        "Tarnbrook Hall, 14th July 1788\n"
    )
    events = _events(letter)
    assert set(events) == {"../1788-09-29", "1788-07-07"}
    assert events["1788-07-07"][0].startswith("We begun carting the hay")
    village = (
        "Village diary\n\nAuction\nSaturday 15 March, Village Hall, 10 am.\n\n"
        "Pantomime\nFriday 28 March, The School, 7 pm.\n"
    )
    assert _events(village, published="2025-03-10")["2025-03-15"][0] == "Auction"
    road = _events("The road is closed until Friday.", published="2025-02-10")
    assert set(road) == {"../2025-02-14"}
    memoirs = (
        "MEMOIRS OF THE GREAT WAR\n\nWe landed at Le Havre on 14 August 1914 and marched to Mons.\n"
    )
    assert not _events(memoirs)["1914-08-14"][0].startswith("Great War")
    notebook = (
        "Ashby Parva parish notebook, 1903\nMar. 2. Buried Wm. Pardew.\n"
        "Mar. 5. The Sunday school had their tea.\n"
    )
    assert "1903-03-05" in _events(notebook)
    vicar = _events(
        "Revd. Peter Lyle spoke to the club on 14 January. He first went to Malawi in 1985.",
        published="2025-01-22",
    )
    assert vicar["1985"][0] == "Revd. Peter Lyle first went to Malawi"
    # a review's undated opinion: a contract's term long run is no plan
    opinion = (
        "On or about April 3, 2021, Delia Brandt entered into a contract with Harlow Roofing. "
        "The contract required the work to be completed no later than June 15, 2021. Brandt "
        "filed suit on January 18, 2022."
    )
    assert _events(opinion)["../2021-06-15"][1] is None


def test_the_third_review_s_sentences() -> None:
    """A third review's sentences: a story told later keeps its years, totals up to a day
    stay back, talk titles may name diaries and results, and a weekday may open a clause."""
    told = _events(
        "On 2 July the council agreed to close the road on 8 July for resurfacing, and the "
        "work was finished on 12 July.",
        published="2024-07-15",
    )
    assert {"2024-07-02", "2024-07-08", "2024-07-12"} <= set(told)
    repaid = _events(
        "On 2 October 2023 the school was instructed to reopen the sports hall by 30 October.",
        published="2024-10-10",
    )
    assert "../2023-10-30" in repaid
    totals = _events("Attendance figures until Sunday remain provisional.", published="2024-10-14")
    assert set(totals) == {"../2024-10-13"}
    talks = (
        "Tarnbrook Reading Circle\n\n"
        '"The Diary of a Country Parson"\nTuesday 14 October 2025, 7.30pm, Library.\n\n'
        '"Hadley\'s Election Results"\nTuesday 11 November 2025, 7.30pm, Library.\n'
    )
    events = _events(talks)
    assert events["2025-10-14"][0] == "The Diary of a Country Parson"
    schools = _events(
        "Next Monday schools across the county will reopen after the flooding.",
        published="2024-03-11",
    )
    assert "2024-03-18" in schools
    riot = _events(
        "Police have arrested 14 people since the riot on 3 August.", published="2024-08-20"
    )
    assert set(riot) == {"2024-08-03"}
    fire = _events(
        "The fire broke out at 2 a.m. May 3 and was put out by 6 a.m.", published="2024-05-05"
    )
    assert fire["2024-05-03"][0] == "The fire broke out"
