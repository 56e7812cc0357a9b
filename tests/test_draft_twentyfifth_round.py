"""A table that month headings part and its days of the month; a report's number and the
week it ends; a later letter's place alone over its day; a day's event and where it is held;
a programme's year before what it is of, and a season of two years; a row's date first; a
term that is only another clause's; a note in brackets that tells a fact; a year over its
month over a log; a page's issue line with no year; what was done on a day's event; days in
a clause a year says when; a place beside a subject; the last of a kind; the same verb
again; a day set by what was done; a figure's comma: each rule on texts of other kinds than
the ones it was found in, and the lines at its edges (the reviews') read as before."""

from __future__ import annotations

from tests.drafting import dates_of, events_of, titles_of


def test_a_table_parted_by_month_headings_keeps_its_header() -> None:
    card = (
        "ASHBY NETBALL LEAGUE - Premier Division\n\n"
        "MARCH 2026\n"
        "Day     | Time  | Home          | Away          | Umpires\n"
        "Tue 3   | 19:30 | Ashby Flyers  | Kelham Storm  | J. Pike\n"
        "Tue 17  | 20:00 | Kelham Storm  | Orton Vipers  | A. Bell\n\n"
        "APRIL 2026\n"
        "Tue 14  | 19:30 | Orton Vipers  | Ashby Flyers  | J. Pike\n"
    )
    drafted = titles_of(card)
    assert drafted["2026-03-03"].startswith("Ashby Flyers, Kelham Storm")
    assert drafted["2026-03-17"].startswith("Kelham Storm, Orton Vipers")
    assert drafted["2026-04-14"].startswith("Orton Vipers, Ashby Flyers")
    assert "2026-03" not in drafted
    assert "2026-04" not in drafted
    # (prose between two tables: the second keeps its own shape, no header carried over)
    parted = (
        "Day | Court | Home | Away\n"
        "Tue 3 March 2026 | 1 | Ashby Flyers | Kelham Storm\n\n"
        "The league thanks its umpires for another season of hard work.\n\n"
        "By Jo Hart | Updated 2 March 2026\n"
    )
    assert "2026-03-02" not in dates_of(parted)


def test_a_report_s_number_and_the_week_it_ends_head_its_entries() -> None:
    reports = (
        "MARSHWORTH GROUNDWATER BULLETIN\n\n"
        "Report No. 11 | Week ending Friday 5 September 2025\n"
        "Borehole levels fell at 9 of 12 sites after rain on 1 September.\n\n"
        "Report No. 12 | Week ending Friday 12 September 2025\n"
        "The Environment Office lifted the abstraction ban on 10 September.\n"
    )
    drafted = dates_of(reports)
    assert "2025-09-10" in drafted
    assert "2024-09-10" not in drafted


def test_a_letter_s_place_alone_over_its_day_heads_the_letter() -> None:
    letters = (
        "Letters of Ann Whitby to her sister, 1862.\n\n"
        "                                   Calcutta\n"
        "                                   3rd Feby. 1862\n"
        "My dear Kate,\n"
        "We landed on the 28th ult. after a tedious voyage.\n"
        "                                   Your loving sister, Ann\n\n"
        "                                   Buenos Aires\n"
        "                                   19th June 1862\n"
        "My dear Kate,\n"
        "Tom sailed for Rosario on the 12th inst. & I follow him on the 2nd prox.\n"
        "                                   Ever your Ann\n\n"
        "                                   Rosario\n"
        "                                   9th Augt. 1862\n"
        "My dear Kate,\n"
        "The house is small but dry. Tom is well & sends his love.\n"
        "We have a cook, a Basque woman, who speaks no English.\n"
        "The river is very low this winter.\n"
        "                                   Ever your loving sister,\n"
        "                                   Ann\n"
    )
    drafted = dates_of(letters)
    assert "1862-06-12" in drafted
    assert "1862-07-02" in drafted
    assert "1862-02-12" not in drafted  # (not counted from February's letter)


def test_a_day_s_event_keeps_where_it_is_held() -> None:
    report = "Scrum-half Ellis Kay is banned and will miss Saturday's semi-final at Welford.\n"
    assert titles_of(report, "2025-03-10")["2025-03-15"] == "The semi-final at Welford"


def test_a_programme_s_year_before_what_it_is_of_dates_its_days() -> None:
    card = (
        "ORTON BOWLS CLUB\n\n"
        "FIXTURES 2026 - Men's Fours (County League, Division One)\n\n"
        "Sat 9 May      Thorpe Green        Away\n"
        "Sat 16 May     Ashby Park          Home\n\n"
        "The club's annual dinner will be held on Friday 2 October.\n"
    )
    drafted = dates_of(card)
    assert {"2026-05-09", "2026-05-16", "2026-10-02"} <= set(drafted)
    # (a season of two years in a line with no verb names the programme, no fact)
    season = (
        "HALTON HOCKEY CLUB\n"
        "Ladies' 1st XI - Fixtures, second half of the 2025-26 season\n\n"
        "The club was founded in 1921.\n"
    )
    assert dates_of(season) == ["1921"]


def test_a_row_with_its_date_first_is_titled_by_what_it_names_and_what_is_done() -> None:
    page = (
        "<html><body><h1>Gallery closures</h1><table>"
        "<tr><th>Date</th><th>Gallery</th><th>Details</th></tr>"
        "<tr><td>Monday 9 March 2026</td><td>East Wing</td>"
        "<td>Closed for rehanging</td></tr>"
        "</table></body></html>"
    )
    assert titles_of(page)["2026-03-09"] == "East Wing: Closed for rehanging"
    # (a row whose second cell tells what happened keeps it: "Kazakhstan declares ...")
    timeline = "16 December 1991 – Kazakhstan declares independence – Almaty\n"
    assert "independence" in titles_of(timeline)["1991-12-16"]


def test_another_clause_s_until_starts_no_term() -> None:
    history = (
        "The mill was rebuilt in 1871, with a water wheel that turned until 1920.\n\n"
        "She joined the board in 1990 and served until 2001.\n"
    )
    drafted = dates_of(history)
    assert "1871" in drafted
    assert "1871/1920" not in drafted
    assert "1990/2001" in drafted  # (a term of her own stays one)


def test_a_note_in_brackets_that_tells_a_dated_fact_is_a_fact() -> None:
    journal = (
        "Journal kept aboard the brig Swallow, on a sealing voyage to the South Shetlands.\n"
        "(Sailed from Stromness the 4th Septr 1821.)\n\n"
        "1822\n"
        "January\n\n"
        "Tues. 8th. Landed a gang on Smith Island.\n\n"
        "Frid. 11th. Took 212 skins.\n"
    )
    drafted = events_of(journal)
    assert ("1821-09-04", "Sailed from Stromness", None) in drafted
    assert {"1822-01-08", "1822-01-11"} <= {value for value, _, _ in drafted}
    assert "1822" not in [value for value, _, _ in drafted]  # (the year heads its month)


def test_a_page_s_issue_line_with_no_year_is_no_fact() -> None:
    card = (
        "WEST RIDING DARTS LEAGUE\n"
        "Winter Cup - Fixtures, second half of the 2024-25 season\n"
        "Issued Tue 7 Jan | All times 8pm | Subject to change\n\n"
        "Date        Home          Away\n"
        "Thu 9 Jan   Crown A       Plough B\n"
        "Thu 16 Jan  Plough B      Fleece\n"
    )
    drafted = titles_of(card, "2025-01-07")
    assert sorted(drafted) == ["2025-01-09", "2025-01-16"]  # (nor the season of the title)
    assert drafted["2025-01-09"] == "Crown A, Plough B"


def test_what_is_done_on_a_day_s_event_and_another_day_s_in_a_report() -> None:
    report = (
        "Race report, Thursday 22 May 2025.\n\n"
        "Marta Vos retired from the rally on Wednesday's rest day with a wrist injury.\n\n"
    )
    drafted = titles_of(report, "2025-05-22")
    assert drafted["2025-05-21"].startswith("Marta Vos retired from the rally")
    # (the report's own title: another day's thing, not its "'s")
    notice = "The club confirmed on Monday morning that Saturday's gala will be held indoors.\n"
    assert titles_of(notice, "2025-05-19")["2025-05-19"] == (
        "The club confirmed that the gala will be held indoors"
    )


def test_days_in_a_clause_a_year_says_when_are_of_that_year() -> None:
    bulletin = (
        "TARN VALLEY FLOOD UPDATES\n"
        "Updates are listed newest first.\n\n"
        "Monday 3 February 2025, 08:00\n"
        "The river rose 40 cm overnight and the Mill Lane gauge peaked at 05:00.\n\n"
        "River levels are the highest since 1968, when the valley flooded from 14 to 19 "
        "September.\n\n"
        "Sunday 2 February 2025, 18:00\n"
        "Flood barriers were put up on the quay this afternoon.\n"
    )
    drafted = dates_of(bulletin)
    assert "1968-09-14/1968-09-19" in drafted
    assert "2024-09-14/2024-09-19" not in drafted
    # (a year's own clause and another's day: both facts)
    assert dates_of("The mill closed in 1931, when the owner died on 4 May.\n") == [
        "1931",
        "1931-05-04",
    ]


def test_a_place_beside_the_subject_goes_before_its_verb_in_a_long_title() -> None:
    release = (
        "ORSK, 3 March 2025 - Tidewater Energy today confirmed that the Orsk Sound tidal "
        "stream array, 12 km off the Kellan headland, exported its first electricity to the "
        "national grid on 28 February.\n"
    )
    title = titles_of(release)["2025-02-28"]
    assert "exported its first electricity" in title


def test_the_last_of_a_kind_does_what_the_first_did() -> None:
    statement = (
        "The first diesel buses will be replaced in 2027, and the last no later than "
        "30 June 2029.\n"
    )
    drafted = titles_of(statement, "2025-01-01")
    assert drafted["../2029-06-30"] == "The last diesel buses will be replaced"


def test_the_same_verb_again_then_is_what_was_done() -> None:
    history = (
        "The abbey was sacked in 1296, during the first war, and again in 1322, when an "
        "English army burned the church.\n"
    )
    assert titles_of(history)["1322"] == "The abbey was sacked"


def test_a_day_set_by_what_was_done_or_asked_for_lies_ahead() -> None:
    notice = (
        "Grainger Holdings, 4 November 2025\n\n"
        "The directors declared an interim dividend of 3.1p per share, payable on "
        "12 December 2025.\n\n"
        "I have asked the Chief Inspector of Prisons to report to me no later "
        "than 30 January 2026.\n"
    )
    drafted = events_of(notice)
    assert ("2025-12-12", "tentative") in [(value, status) for value, _, status in drafted]
    assert ("../2026-01-30", "tentative") in [(value, status) for value, _, status in drafted]
    # (a day told as paid stays done)
    assert events_of("The dividend was paid on 3 October 2025.\n", "2025-11-04")[0][2] is None


def test_a_figure_s_comma_opens_or_closes_no_aside() -> None:
    statement = (
        "Press notice, 31 October 2024\n\n"
        "The toll for heavy goods vehicles, last raised in May 2022, will go up from "
        "12,500 to 14,000 crowns from 1 March 2025.\n\n"
        "The fair, which opened on 2 October with 3,100 exhibitors from 40 countries, "
        "closes on Sunday with a gala.\n"
    )
    drafted = events_of(statement)
    assert ("2025-03-01", "tentative") in [(value, status) for value, _, status in drafted]
    assert ("2024-11-03", "tentative") in [(value, status) for value, _, status in drafted]


def test_the_edges_the_first_reviews_found_read_as_before() -> None:
    # a year "when" something happened, with no "again", is that clause's fact
    assert titles_of(
        "Lowden Rovers finished second in 2019, and last in 2021, when they were relegated.\n",
        "2023-09-14",
    )["2021"] == ("When they were relegated")
    # a day's event one withdrew from, or a search abandoned: the event is the fact
    assert titles_of(
        "Rafael Costa withdrew from Sunday's final with a wrist injury.\n", "2025-07-12"
    ) == {"2025-07-06": "The final with a wrist injury"}
    # a past day's thing whose future is reported: the nearest day, not next week's
    assert dates_of(
        "Police said on Tuesday that Monday's crash will be investigated by the coroner.\n",
        "2025-01-08",
    ) == ["2025-01-06"]
    # a relative clause of the thing itself keeps the term
    assert dates_of(
        "The A66 was closed on 3 February for repairs that lasted until 21 February.\n",
        "2025-03-01",
    ) == ["2025-02-03/2025-02-21"]
    # Boxing Day without its year, and a custom broken on a feast
    notes = (
        "Boxing Day is the busiest day of the year for the lifeboat's fundraisers.\n\n"
        "They broke with tradition on Christmas Day and ate out.\n"
    )
    assert dates_of(notes, "2024-12-20") == ["2023-12-25"]
    # Home and Away cells that are no sides
    kits = (
        "Kit launches\n\nDate | Home | Away\n"
        "3 June 2024 | Red with white sleeves | Navy\n10 June 2025 | Sky blue | Black\n"
    )
    assert " v " not in titles_of(kits, "2025-04-01")["2024-06-03"]
    # a weekday and a day under no month's heading, and a heading between two tables
    tides = (
        "Tide times, Lowden Quay\n\nDate | High water | Height (m) | Low water\n"
        "Tue 1 | 06:12 | 4.8 | 12:30\nWed 2 | 06:51 | 4.9 | 13:08\n"
    )
    assert dates_of(tides, "2025-04-01") == []
    talks = (
        "Exhibition | Opens | Closes\nTurner prints | 3 May 2025 | 1 June 2025\n"
        "Local potters | 7 June 2025 | 6 July 2025\n\nTalks\n"
        "12 May 2025 | Curator's tour\n19 May 2025 | Lecture on Turner's etchings\n"
    )
    assert titles_of(talks, "2025-04-01")["2025-05-12"] == "Curator's tour"
    # a year over a month over its prose; a place over a month over a letter
    assert dates_of("1969\nJuly\nApollo 11 landed on the Moon on 20 July.\n", "2024-01-01") == [
        "1969-07-20"
    ]
    letter = "Le Havre\nJune 1940\nDear Maman,\nWe embark tomorrow for England.\n"
    assert titles_of(letter)["1940-06"] != "Le Havre"
    # a title's year in brackets after its stop is the title's
    journal = (
        "Journal of a Voyage to Madeira. (1851)\n"
        "March 3. Sailed from Falmouth at noon.\nMarch 9. Anchored at Funchal.\n"
    )
    assert dates_of(journal) == ["1851-03-03", "1851-03-09"]


def test_the_edges_the_third_review_found_read_as_before() -> None:
    # a past day's thing in what is reported stays past
    assert dates_of(
        "The club confirmed that Saturday's defeat will cost the manager his job.\n", "2025-03-12"
    ) == ["2025-03-08"]
    # what was abandoned for, before or because of a day's event: the event
    plans = "The team abandoned its plans for Sunday's parade after the weather warning.\n"
    assert titles_of(plans, "2025-03-12") == {"2025-03-09": "The parade after the weather warning"}
    # the last of what the object was the first of: the subject did it again
    gigs = "The band played its first gig at the Cavern in 1961, and the last in 1963.\n"
    assert titles_of(gigs, "2025-03-10")["1963"] == "The band played"
    # a finer day in the "when" clause is that clause's
    inflation = "Inflation hit 10% in 1990, and again in 2022, when it reached 11.1% in October.\n"
    assert titles_of(inflation, "2025-03-10")["2022-10"] != "Inflation hit 10%"
    # a card's days are of its month's heading, not the month nearest the publication
    results = "FEBRUARY 2025\nDate | Result\nSat 1 | Ashby 2 Kirkby 1\nSat 8 | Dale 0 Ashby 3\n"
    assert dates_of(results, "2025-02-20") == ["2025-02-01", "2025-02-08"]
    # Home and Away that are no sides; a tide table's days with only readings beside them
    kits = (
        "Ashby Town kit history\n\nSeason | Home | Away\n1990 | Red | White\n1995 | Claret | Gold\n"
    )
    assert " v " not in titles_of(kits)["1990"]
    tides = (
        "Tide table - Port Ellen\nMARCH 2025\nDate | High water | Low water\n"
        "Mon 10 | 06:12 | 12:30\nTue 11 | 06:55 | 13:14\n"
    )
    assert dates_of(tides, "2025-03-10") == []
    # a log's yearless "Issued 6 Jan •" is no page line; a correction's note is one
    log = "Issued 6 Jan • Updated 7 Jan\nThe trial of three men began on Monday.\n"
    assert "2025-01-06" in dates_of(log, "2025-01-06")
    note = "(This article was amended on 6 March 2025 to correct the name of the club.)\n"
    assert dates_of(note, "2025-03-10") == []


def test_the_edges_the_fourth_review_found_read_as_before() -> None:
    # "extended to" a day is no move: the consultation's term stays one
    consultation = "The consultation, which opened on 3 February, was extended to 31 March.\n"
    assert dates_of(consultation, "2025-03-10") == ["2025-02-03/2025-03-31"]
    # a place alone over a day alone after an intro, before any letter: no join
    copied = (
        "Copied into the letter book by the clerk.\nEntered the same day.\n\n"
        "Rio de Janeiro\n29th April 1834\nMy dear Harriet,\n"
        "The ship sailed on the 4th and we follow on the 12th of May.\n"
    )
    assert "1834-04-04" in dates_of(copied)
    # a month's heading with no year of its own tells no card's days
    diary = (
        "Diary 1943\n\nMARCH\n| Date | Entry |\n| Mon 1 | Snow. Walked to Ripon for the post. |\n"
        "| Tue 2 | Thaw. Letter from Tom in Egypt. |\n"
    )
    assert not any(value.startswith("1999") for value in dates_of(diary, "1998-04-01"))
    # a year over a month over a gap and a history's prose keeps its year
    history = "Club history\n\n1990\nMarch\n\nThe clubhouse burned down.\n"
    assert "1990" in dates_of(history, "2025-03-10")
    # a listing's amendment is a fact; a page's note in brackets is not
    barn = (
        "Grade II listed barn, Hale Farm\n\nListed on 4 May 1967.\n"
        "Listing amended on 12 June 1987 to include the cart shed.\n"
    )
    assert "1987-06-12" in dates_of(barn, "2025-03-10")
    updated = (
        "(Updated 4 March 2025 with the council's response.)\n\n"
        "The library will close on 31 March, the council confirmed.\n"
    )
    assert dates_of(updated, "2025-03-10") == ["2025-03-31"]
    # an aside of what was last done gives its year to the day after it
    ship = "The ship, previously sighted off Lundy in June 1871, was reported lost on 4 July.\n"
    assert "1871-07-04" in dates_of(ship, "2025-06-10")
    # "the Boxing Day 2004 tsunami" names the tsunami; no day of its own
    tsunami = "Survivors of the Boxing Day 2004 tsunami met in Banda Aceh on 26 December 2024.\n"
    assert dates_of(tsunami, "2025-01-10") == ["2024-12-26"]
    # the stages' ordinals, and what went with the first time after it
    stages = "The first and second stages were completed in 2020, and the final in 2023.\n"
    assert not titles_of(stages, "2025-03-10")["2023"].startswith("The final and")
    bridge = (
        "The bridge was closed in 2012, after a lorry struck it, and again in 2019, when "
        "cracks were found.\n"
    )
    assert "lorry" not in titles_of(bridge, "2025-03-10")["2019"]
