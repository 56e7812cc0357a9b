"""A log's entry numbers in capitals and a bulletin's with its region and year; an entry's
own relative words; an incident's figures; a paper's number before its day; a meeting of a
body called for a day; a table's next cell, and a row of three; a fixtures card's rows under
their month; a match rearranged; weekdays listed after the next "for"; a year alone on its
line; a year's short title over the prose it dates; a year, then its days; what was told
after where it was told: each rule on texts of other kinds than the ones it was found in,
and the lines at its edges (the reviews') read as before."""

from __future__ import annotations

from tests.drafting import dates_of, events_of, titles_of


def test_an_entry_s_number_in_capitals_heads_its_entry() -> None:
    log = (
        "RIVER TALLEN - POLLUTION INCIDENT LOG\n\n"
        "REPORT 2 — 4 Jun 2025, 17:10\n"
        "Booms were laid across the weir at 15:00.\n\n"
        "REPORT 1 — 3 Jun 2025, 09:40\n"
        "Oil was reported on the river below Tallen Mill at 08:15.\n"
    )
    drafted = events_of(log)
    assert ("2025-06-04", "Booms were laid across the weir", None) in drafted
    assert ("2025-06-03", "Oil was reported on the river below Tallen Mill", None) in drafted
    assert all("REPORT" not in title for _, title, _ in drafted)
    # (a label in lower case is no entry's number: a run of days stays one)
    assert dates_of("Cowes week 2-9 August 2025 drew 600 boats.\n") == ["2025-08-02/2025-08-09"]


def test_an_entry_s_own_relative_words_count_from_its_day() -> None:
    diary = (
        "Grange Farm, 1874.\n\n"
        "Sat. June 6th. — Sheared the ewes.\n\n"
        "Fri. 12th. — Heard that old Tom Ayre died on Wednesday last.\n\n"
        "Mon. 15th. — Hay cut yesterday in the low meadow, the weather set fair.\n"
    )
    drafted = dates_of(diary)
    assert "1874-06-10" in drafted  # (not the Wednesday before the 6th)
    assert "1874-06-14" in drafted
    assert "1874-06-03" not in drafted


def test_a_thing_done_to_by_someone_keeps_the_entry_s_day() -> None:
    log = (
        "KINGS REACH SAILING CLUB\nBosun's Log - Season 2024\n\n"
        "Date       | Boat      | Notes\n"
        "-----------+-----------+----------------------------------------\n"
        'Sat 4 May  | Club RIB  | First launch of the new RIB "Tern", named by\n'
        "           |           | the Commodore on Thursday.\n"
        "Sun 12 May | Lasers    | Training for juniors.\n"
    )
    drafted = dates_of(log)
    assert "2024-05-04" in drafted
    assert "2024-05-02" in drafted


def test_a_paper_s_number_before_its_day_dates_the_text() -> None:
    statement = (
        "School Transport\n\n"
        "Statement UIN HLWS1220, made on 14 October 2025\n"
        "Made by: The Minister for Schools (Lord Penrose)\n"
        "Lords\n\n"
        "The review of rural routes ended on 26 September. New contracts will start on 1 "
        "September, and I will report again by the end of January.\n"
    )
    assert dates_of(statement) == ["../2026-01", "2025-09-26", "2026-09-01"]


def test_a_meeting_of_a_body_called_for_a_day_lies_ahead() -> None:
    wire = (
        "TORVIK, March 4 (Harbour Wire) - The farmers' union has called a meeting of its "
        "regional councils for March 20 to vote on the milk price offer.\n"
    )
    assert events_of(wire, "2025-03-04")[0][0::2] == ("2025-03-20", "tentative")
    # (meetings held are still held)
    held = "The board has held meetings of its audit panel on 3 and 10 February.\n"
    assert dates_of(held, "2025-03-04") == ["2025-02-03", "2025-02-10"]


def test_a_table_s_next_cell_is_no_verb_of_its_date() -> None:
    page = (
        '<p class="updated">Updated: Tue 4 Mar, 09:00</p>\n'
        "<table><tbody>\n"
        "<tr><td>Main pool</td><td>Closed 10 to 16 March</td><td>Tiles replaced</td></tr>\n"
        "</tbody></table>\n"
    )
    assert events_of(page, "2025-03-04")[0][0::2] == ("2025-03-10/2025-03-16", "tentative")


def test_a_fixtures_card_s_rows_under_their_month_each_date_a_match() -> None:
    card = (
        "EASTERN COUNTIES BOWLS LEAGUE\nDivision One - Fixtures 2025\n\n"
        "MAY 2025\n"
        "Sat 10   Fenby v Harlow Green         Fenby Park\n"
        "Sat 24   Harlow Green v Mardle        Harlow Rec\n\n"
        "JUNE 2025\n"
        "Sat 7    Mardle v Fenby               Mardle Lane\n"
    )
    drafted = events_of(card, "2025-04-01")
    assert [value for value, _, _ in drafted] == ["2025-05-10", "2025-05-24", "2025-06-07"]
    assert drafted[0][1].startswith("Fenby v Harlow Green")
    assert all(title != "Untitled statement" for _, title, _ in drafted)


def test_a_match_rearranged_to_a_day_is_on_that_day() -> None:
    text = "The cup tie at Fenby was rearranged to Wednesday 14 May 2025 after the storm.\n"
    assert dates_of(text) == ["2025-05-14"]


def test_weekdays_listed_after_for_are_each_a_day() -> None:
    report = (
        "The tour moves on to Harlow, where the prologue is set for Friday and the road "
        "stages for Saturday and Sunday.\n"
    )
    assert dates_of(report, "2025-06-02") == ["2025-06-06", "2025-06-07", "2025-06-08"]
    # (days that only name a kind of ticket are no dates: "Sunday" is not listed after "for")
    tickets = "Day tickets for Friday, Saturday and Sunday go on sale on 1 July.\n"
    assert "2025-06-08" not in dates_of(tickets, "2025-06-02")


def test_a_year_alone_on_its_line_under_a_byline_heads_the_book() -> None:
    book = (
        "LEVELLING BOOK\n"
        "Levels taken for the Drainage of Fenby Moss under the Act, for the Trustees\n"
        "R. Ainslie, Civil Engineer\n"
        "1838\n\n"
        "March\n"
        "Tues. 6th. Began the levels at the sluice.\n"
        "Fri. 9th. Snow, no work.\n"
    )
    assert dates_of(book) == ["1838-03-06", "1838-03-09"]


def test_a_year_s_short_title_over_prose_with_no_date_dates_that_prose() -> None:
    history = (
        "Our story\n\n"
        "1921: First loaves\n"
        "Baker Ada Crane opened a shop on Fore Street, Tallen, with one oven.\n\n"
        "1957: A new bakery\n"
        "The firm moved to a purpose-built bakery on Mill Road.\n"
    )
    titles = titles_of(history)
    assert titles["1921"].startswith("Baker Ada Crane opened a shop")
    assert titles["1957"].startswith("The firm moved to a purpose-built bakery")
    # (prose that tells its own years keeps them, each its own fact)
    dated = "Our story\n\n1980: Growth\nSales doubled in 1982 and again in 1985.\n"
    assert {"1982", "1985"} <= set(dates_of(dated))


def test_a_bulletin_s_number_with_its_region_and_year_heads_its_entry() -> None:
    bulletins = (
        "COASTAL AIR QUALITY SERVICE\n\n"
        "Bulletin SE-2025-04 | Issued 09:00 Monday 2 June 2025\n"
        "Pollution level: MODERATE\n\n"
        "Ozone levels rose across the coast on Sunday 1 June.\n\n"
        "Bulletin SE-2025-05 | Issued 09:00 Wednesday 4 June 2025\n"
        "Pollution level: HIGH\n\n"
        "The level was raised to High at 08:15 today.\n"
    )
    drafted = events_of(bulletins)
    assert ("2025-06-04", "The level was raised to High", None) in drafted
    assert all("level:" not in title for _, title, _ in drafted)


def test_a_row_of_three_cells_with_its_date_last_names_its_first_cell() -> None:
    page = (
        "<h1>Car park changes</h1>\n<table>\n"
        "<thead><tr><th>Car park</th><th>Change</th><th>Date</th></tr></thead>\n<tbody>\n"
        "<tr><td>Harbour car park</td><td>Closes for resurfacing</td><td>12 May 2025</td></tr>\n"
        "<tr><td>Station Road</td><td>New charges start</td><td>2 June 2025</td></tr>\n"
        "</tbody></table>\n"
    )
    titles = titles_of(page, "2025-04-30")
    assert titles["2025-05-12"] == "Harbour car park: Closes for resurfacing"
    assert titles["2025-06-02"] == "Station Road: New charges start"


def test_a_heading_s_relative_period_dates_no_prose_under_it() -> None:
    letter = (
        "Fenby Music School\n\n4 September 2024\n\nDear Parent,\n\nConcerts this autumn\n\n"
        "The choir chose its programme in the summer. The first concert is on Friday 11 "
        "October.\n"
    )
    assert not titles_of(letter, "2024-09-04").get("2024", "").startswith("The choir chose")


def test_a_year_then_its_days_is_one_fact_of_that_year() -> None:
    release = (
        "The new ferry will enter service on Monday 7 July.\n\n"
        "The old ferry was last withdrawn in 2019, from 3 June to 9 August, for a refit.\n"
    )
    drafted = events_of(release, "2025-06-20")
    assert ("2019-06-03/2019-08-09", "The old ferry was last withdrawn, for a refit", None) in (
        drafted
    )
    assert "2019" not in [value for value, _, _ in drafted]
    # (a year and another year's day stay two: "in 2019 and on 4 May 2021")
    assert dates_of("The hall was repainted in 2019 and on 4 May 2021.\n") == [
        "2019",
        "2021-05-04",
    ]


def test_an_incident_s_figures_under_its_stamp_are_no_fact_of_the_day() -> None:
    log = (
        "MOSS BRIDGE OIL SPILL - RESPONSE UPDATES\n\n"
        "UPDATE 3 — 9 Oct 2025, 17:00\n"
        "Slick area 4.2 km. Recovery 40%. 85 staff, 6 vessels. Booms were moved to the inner "
        "harbour.\n\n"
        "UPDATE 2 — 8 Oct 2025, 17:00\n"
        "Slick area 3.1 km. Oil was reported off Moss Bridge at 09:10.\n"
    )
    assert [title for _, title, _ in events_of(log)] == [
        "Oil was reported off Moss Bridge",
        "Booms were moved to the inner harbour",
    ]


def test_what_was_told_after_where_it_was_told_is_the_title() -> None:
    wire = (
        "TALLINN, June 2 (Baltic Ledger) - The mayor told councillors at the town hall "
        "that the tram depot would close on June 30, adding that the new depot should be "
        "ready by the end of August.\n"
    )
    titles = titles_of(wire, "2025-06-02")
    assert titles["2025-06-30"] == "The tram depot would close"
    assert titles["../2025-08"] == "The new depot should be ready"


def test_the_edges_the_review_found() -> None:
    # a date in a dash's aside keeps the future verb after it
    aside = "The final – on Saturday – will be played behind closed doors.\n"
    assert events_of(aside, "2025-03-04")[0][0::2] == ("2025-03-08", "tentative")
    # an entry's own day stays, with the day its relative words tell
    diary = "Parish diary, 1868.\n\nFeb. 20th. - Rain.\n\nMar. 3rd. - Buried old Sarah Platt, "
    diary += "who died on Tuesday last.\n"
    assert {"1868-02-25", "1868-03-03"} <= set(dates_of(diary))
    # a team is no day of the month
    teams = "Sat 1 XV v Otley (H) kicks off at 3pm. Sun 2 XV v Morley (A) at 2pm.\n"
    assert "2025-11-01" not in dates_of(teams, "2025-10-20")
    # a meeting called, then told as held, is past
    held = "The council called a meeting of residents for 12 June, which was attended by 200.\n"
    assert dates_of(held, "2025-06-20") == ["2025-06-12"]
    # galleries rearranged over days are no fixture moved
    galleries = "The upper galleries were rearranged from 3 to 14 March for the new display.\n"
    assert dates_of(galleries, "2025-03-20") == ["2025-03-03/2025-03-14"]
    # a habit's two weekdays are not both dates
    rehearsals = "Rehearsals are scheduled for Monday and Wednesday during term.\n"
    assert "2025-06-11" not in dates_of(rehearsals, "2025-06-02")
    # prose in the present under a year's title is not that year's fact
    gallery = "Our rooms\n\n1851: The Great Exhibition\nThis gallery tells of the palace.\n"
    assert not titles_of(gallery, "2024-04-01").get("1851", "").startswith("This gallery")
    # a list of names and years is no byline over its book's year
    staff = "Mary Smith, Head Teacher\n2004\nJohn Brown, Deputy Head\n2011\n"
    assert "John Brown" not in titles_of(staff, "2023-05-01").get("2004", "")


def test_the_edges_the_second_review_found() -> None:
    # a weekday still to come in an entry's first sentence is no day gone by
    diary = "Farm diary, 1898.\n\nFeb. 26th. - Snow.\n\nMar. 3rd. - Tom comes on Monday with "
    diary += "the Grants.\n"
    assert "1898-02-28" not in dates_of(diary)
    # a dash's aside with a plan after it keeps the plan, with no publication day either
    closure = "Station Road – from 3 March 2025 – will be closed to through traffic.\n"
    assert events_of(closure)[0][0::2] == ("2025-03-03", "tentative")
    # a report's number over the sentence it opens is no date line of the page
    report = "Report 17, published on 1 April 2025\nby the ombudsman, found long waits.\n"
    assert dates_of(report, "2025-04-02") == ["2025-04-01"]
    # "had called" a meeting of a body for a day, then held, is past
    minutes = "The chairman had called a meeting of the full council for 3 March 1951.\n"
    assert events_of(minutes)[0][2] is None
    # a year over prose that compares is no year of that prose
    records = "Club records\n\n1987: Record crowd\nNo match drew more than the 4,200 who came.\n"
    assert not titles_of(records, "2025-01-10").get("1987", "").startswith("No match")


def test_a_month_set_as_a_deadline_in_the_perfect_lies_after_it() -> None:
    statement = (
        "I have asked the harbour board to report to me by the end of June on the state of "
        "the north pier.\n"
    )
    assert events_of(statement, "2025-02-10")[0][0::2] == ("../2025-06", "tentative")


def test_the_edges_the_third_review_found() -> None:
    # a later report of "he" leaves the title to the one that names him
    signing = "The club said Holt had signed a deal, adding that he would join on 1 July.\n"
    assert titles_of(signing, "2025-06-20")["2025-07-01"].startswith("The club said Holt")
    # a verb in a relative clause is no report
    rehoused = (
        "The council said that tenants who reported the leaks would be rehoused by 1 August.\n"
    )
    assert titles_of(rehoused, "2025-06-20")["../2025-08-01"].startswith("Tenants who reported")
    # a weekday that owns a thing is no day of the entry's own story
    diary = "Parish diary, 1880.\n\nFeb. 20th. - Rain.\n\nMar. 3rd. - Sunday's sermon much "
    diary += "talked of in the village.\n"
    assert titles_of(diary)["1880-03-03"] == "Sunday's sermon much talked of in the village"
    # a year over a heading that tells the fact, or prose that only describes, keeps the heading
    cv = "Curriculum vitae\n\n2019: Promoted to Reader\n\nLed the research group of six.\n"
    assert not titles_of(cv, "2024-05-01").get("2019", "").startswith("Led")
    obituary = "Obituary\n\n1931: Early years\n\nJohn Ayre was the son of a miner.\n"
    assert not titles_of(obituary).get("1931", "").startswith("John Ayre")
    # a diary's distance is no incident's figure
    run = "Training log\n\nMonday 3 June 2024\nRan 10 km. Left knee sore afterwards.\n\n"
    run += "Wednesday 5 June 2024\nSwam 2 km. Felt strong.\n"
    assert titles_of(run)["2024-06-03"].startswith("Ran 10 km")
    # a meeting called for a day, then told as held, is past
    held = "Ayton Foods has called a meeting of shareholders for 12 June, at which the deal "
    held += "was approved.\n"
    assert events_of(held, "2025-06-20")[0][0::2] == ("2025-06-12", None)
    # a fixture's row with no month told above it is no day
    history = "Club history: great games\n\nSat 13   Hallam v Leeds   1979, the stand burned\n"
    assert dates_of(history, "2024-03-01") == []


def test_the_edges_the_fourth_review_found() -> None:
    # a later report of "our" leaves the title to the first
    war = "The Times said the enemy advanced on Tuesday, saying that our lines held firm.\n"
    assert not titles_of(war, "1915-01-10")["1915-01-05"].startswith("The Times")
    # a weekday still to come, after a past clause, is no day gone by
    diary = "Voyage journal, 1850.\n\nMon. Aug. 5th. - Rain.\n\nThurs. Aug. 8th. - Mails "
    diary += "landed on Tuesday; we sail on Saturday.\n"
    assert "1850-08-03" not in dates_of(diary)
    # a row's bare date between a name and what happened keeps its past
    battles = "Battles of the north\n\n| Battle | Date | Outcome |\n|---|---|---|\n"
    battles += "| Otterburn | 5 August 1388 | Percy captured |\n"
    assert all(status is None for _, _, status in events_of(battles))
    # a CV's heading with its place, over what was done, keeps its title
    cv = "Curriculum vitae\n\n2015: MSc Physics, Leeds\n\nWrote a thesis on dark matter.\n"
    assert titles_of(cv)["2015"].startswith("MSc Physics")
    # a run's distance is no incident's figure
    log = "Training log\n\nMonday 4 March 2024\nLong run 32 km. Felt strong at the end.\n\n"
    log += "Wednesday 6 March 2024\nEasy run 8 km. Knee sore.\n"
    assert titles_of(log)["2024-03-04"].startswith("Long run")
    # a weekly habit's weekdays after the next "for" are no dates
    classes = "Classes are scheduled for Monday and the swims for Tuesday and Thursday each week.\n"
    assert "2024-06-20" not in dates_of(classes, "2024-06-12")
