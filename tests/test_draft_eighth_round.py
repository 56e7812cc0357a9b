"""Day books, field notebooks and letter books read entry by entry, habits kept since a
year, and days whose year or way their clause decides: each rule on texts of other kinds
than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_title_with_a_note_or_a_year_after_a_stop_dates_its_entries() -> None:
    noted = _events(
        "Field notebook of Ruth Aske, botanist to the Harwood survey, 1931\n"
        "(copied from the original by the county record office; spelling kept)\n\n"
        "Wed. 6 May. Reached the upper corrie. Found the saxifrage in flower.\n\n"
        "Sat. 9 May. Rain all day at the bothy.\n"
    )
    assert {"1931-05-06", "1931-05-09"} <= set(noted)
    stopped = _events(
        "Journal of Henry Cole, surveyor, Kestle Moor. 1862.\n\n"
        "Mar. 3rd. Began chaining the north boundary.\n\n"
        "Mar. 8th. Finished the boundary and paid the men.\n"
    )
    assert {"1862-03-03", "1862-03-08"} <= set(stopped)
    assert "1862" not in stopped  # the title's year is no event
    # a sentence that ends on a month's abbreviation and its year is no title
    assert set(_events("The miners struck on 12 Jan. 1990 and on 7 Mar. 1992.")) == {
        "1990-01-12",
        "1992-03-07",
    }


def test_a_day_book_s_rows_under_a_month_heading() -> None:
    text = (
        "WARREN FARM DAIRY - DAY BOOK\n\n"
        "1912.  March.\n"
        "Date       Cows  Churns  Remarks\n"
        "Fri.  1     22    9      Frost. Sold the old bull at Ashby market.\n"
        "Tues. 5     21    8      Vet came to the heifers. Says the new shed to be done\n"
        "                         by the 28th inst.\n"
        "Sat.  9     21    9      Snow. Milk cart could not get through.\n"
    )
    events = _events(text)
    assert {"1912-03-01", "1912-03-05", "1912-03-09"} <= set(events)
    assert "../1912-03-28" in events  # a bound of the month it is written in
    assert "1912-03" not in events
    assert "1912" not in events
    # the row's counts and the table's header are no part of its title
    assert not events["1912-03-01"][0][:1].isdigit()
    assert "Remarks" not in events["1912-03-01"][0]
    # a month on a line of its own over prose that names no day of it is still a fact
    news = _events(
        "Library news\n\nJune 2024\n\nThe new library opened to readers.\n\n"
        "July 2024\n\nThe cafe opened on 3 July.\n"
    )
    assert {"2024-06", "2024-07-03"} <= set(news)
    assert "2024-07" not in news


def test_an_entry_s_days_of_the_month_after_a_plan_and_after_a_glance_back() -> None:
    text = (
        "Letters-diary of a curate, 1884\n\n"
        "Tues. 8 Jan. Called on the Misses Hale. The bishop is to come on the 12th to "
        "confirm.\n\n"
        "Wed. 16 Jan. Old Mr Dunn died at the almshouse. Burial fixed for Sat. 19th at "
        "noon.\n"
    )
    events = _events(text)
    assert events["1884-01-12"] == ("The bishop is to come to confirm", "tentative")
    assert events["1884-01-16"][1] is None  # the next entry is no plan
    assert events["1884-01-19"][1] == "tentative"
    glance = _events(
        "Notes of a ship's surgeon\n\n"
        "Monday, 2nd June 1879. - Joined the ship at Gravesend, having first gone to sea in "
        "October 1872.\n\n"
        "Wednesday 4th. - Three men sick with fever.\n"
    )
    assert "1879-06-04" in glance
    assert "1872-10-04" not in glance


def test_an_entry_s_day_and_dash_over_a_later_day_is_no_event_of_its_own() -> None:
    events = _events(
        "Notebook of the site agent\n\n"
        "Monday, 3rd April 1911. - Foundations begun.\n\n"
        "Friday 7th. - The architect visits on the 12th to inspect the footings, and I shall "
        "have the men ready.\n"
    )
    assert "1911-04-12" in events
    assert "1911-04-07" not in events
    assert not events["1911-04-12"][0].startswith("Friday")
    # a life's years before a dash are no entry's day
    assert set(
        _events("Ivo Brandt (c. 1640 - 1702) was a printer. He died in Leiden on 2 May 1702.")
    ) == {"1640~", "1702-05-02"}


def test_a_letter_book_s_first_letter_and_its_month_and_old_ordinals() -> None:
    text = (
        "From the papers of the Lowe family, deposited 1961. Two letters of Anne Lowe to "
        "her brother.\n\n"
        "Bath, April 3d, 1851.\n"
        "Brother,\n"
        "The carriage was sold on the 22d of March, and your parcel came only on the 2d of "
        "this month.\n\n"
        "Bath, Oct. 9th, 1851.\n"
        "Dear Tom,\n"
        "Your letter dated the 4th of August reached me only on the 6th of this month.\n"
    )
    events = _events(text)
    assert {"1851-03-22", "1851-04-02", "1851-08-04", "1851-10-06"} <= set(events)
    assert "1851-08-06" not in events  # "this month" is the letter's, not August


def test_what_was_announced_for_a_day_and_a_deadline_hoped_for() -> None:
    strikes = _events(
        "The pilots' union has announced stoppages on 3, 5 and 9 November. The ballot closed "
        "on 24 October.",
        published="2025-10-28",
    )
    assert {"2025-11-03", "2025-11-05", "2025-11-09", "2025-10-24"} <= set(strikes)
    session = _events(
        "The board has called an extraordinary meeting for Tuesday to discuss the offer.",
        published="2025-05-15",
    )
    assert "2025-05-20" in session
    deadline = _events(
        "The operator said it expected the line to reopen by 30 June at the latest, once "
        "the damaged viaduct has been repaired.",
        published="2025-03-10",
    )
    assert deadline["../2025-06-30"][1] == "tentative"
    ranked = _events(
        "She should climb to third in the rankings when they are next published on 6 January.",
        published="2026-01-04",
    )
    assert "2026-01-06" in ranked


def test_a_habit_kept_since_a_year_and_a_count_since_it_date_nothing() -> None:
    assert _events("The two clubs have met in the cup every season since 2009.") == {}
    assert _events("The orchard has been surveyed every spring since 2014.") == {}
    assert _events("The river has burst its banks nine times since 1947.") == {}
    assert _events("Bus journeys have fallen by a third since 2015.") == {}
    # a service that runs, a programme's cycle, a state: still from its first
    assert set(_events("The night train has run daily since 1998.")) == {"1998/.."}
    assert set(_events("The survey has sampled the bay every two years since 2004.")) == {"2004/.."}
    assert set(_events("The museum has been closed since 2019.")) == {"2019/.."}


def test_whose_he_or_her_is_when_no_subject_is_a_person() -> None:
    events = _events(
        "The pottery at Stanmere was set up in 1802 by William Kell, a carter. His "
        "daughter Jane took over the kilns in 1839."
    )
    assert events["1839"][0].startswith("William Kell")
    old = _events(
        "Old Captain Rourke of Harbour Row died yesterday, aged 88. He was born in 1840.",
        published="1928-03-02",
    )
    assert old["1840"][0].startswith("Old Captain Rourke")


def test_a_span_about_its_start_and_a_deadline_missed() -> None:
    assert set(_events("Snow lay on the pass from about 3 November to 20 April 1947.")) == {
        "1946-11-03~/1947-04-20"
    }
    late = _events(
        "The tenant's reply, due by 2 May 2024, did not arrive until 19 May.",
    )
    assert set(late) == {"../2024-05-02", "2024-05-19"}


def test_a_case_s_record_lines_and_a_participle_s_year_leave_the_story_s_year() -> None:
    text = (
        "IN THE EMPLOYMENT TRIBUNAL\n\n"
        "Hearing: 3-5 March 2025\n"
        "Judgment handed down: 20 March 2025\n\n"
        "1. The claimant was dismissed on 14 June 2024.\n\n"
        "2. Her appeal was heard on 9 and 12 September.\n"
    )
    events = _events(text)
    assert {"2024-09-09", "2024-09-12"} <= set(events)
    moored = _events(
        "The survey ran from 1 to 9 May 2023. The buoy laid on 2 October 2021 was lifted on 4 May."
    )
    assert {"2021-10-02", "2023-05-04"} <= set(moored)


def test_a_weekday_since_and_a_heading_s_day_over_a_participle() -> None:
    events = _events(
        "Diary of a schoolmistress. 1902.\n\n"
        "Feb. 8th. Saturday. Ill with a chill since Tuesday; kept to my room.\n\n"
        "Feb. 12th. The new stove, bought on Jan. 20th last, fitted at last.\n"
    )
    assert "1902-02-04/.." in events
    assert "1902-02-12" in events
    assert "1902-01-20" in events


def test_a_rough_old_year_of_a_document_or_a_foundation_and_a_year_marked_in_doubt() -> None:
    assert set(_events("The manor first appears in a grant of about 948, made by the king.")) == {
        "0948~"
    }
    assert set(_events("The hospital was founded about 1180 for Benedictine nuns.")) == {"1180~"}
    assert _events("The abbey sold about 1500 for the rebuilding.") == {}  # a count
    assert set(_events("The font bears the date 1662? under the rim, much worn.")) == {"1662?"}
    assert _events("Was the font really carved in 1662?") == {}  # a question doubts nothing


def test_a_term_until_a_year_when_something_happened_then() -> None:
    events = _events("Ferries crossed the firth from 1790 until 1890, when the bridge opened.")
    assert set(events) == {"1790/1890", "1890"}
    assert events["1890"][0] == "The bridge opened"  # the end's own fact
    # a span to a year, with a cause, is one fact
    assert set(_events("The yard was closed from 1931 to 1936, when orders dried up.")) == {
        "1931/1936"
    }


def test_a_warning_s_hours_from_today_to_tomorrow_and_an_adjective_in_ed() -> None:
    events = _events(
        "Fog is expected to form over untreated fields and moorland from 20:00 on Monday "
        "until 09:00 on Tuesday.",
        published="2025-11-17",
    )
    assert events["2025-11-17/2025-11-18"][1] == "tentative"


def test_a_heading_s_day_is_not_given_over_an_aside_s_own_fact() -> None:
    events = _events(
        "Parish news\n\nPosted 12 April 2025\n\nThe old organ, built in 1874, was played "
        "for the last time on 6 April. The choir's concert, held on Saturday 5 April, "
        "raised £900.\n"
    )
    assert "2025-04-06" in events
    assert "2025-04-12" not in events


def test_a_prior_year_s_figure_and_a_pattern_unchanged_since_date_nothing() -> None:
    assert _events("Revenue GBP 88m (2023: GBP 79m); operating profit GBP 9m (2023: GBP 7m).") == {}
    assert _events("The harness has hardly changed since 1902.") == {}
    assert set(_events("The harness was redesigned in 1902.")) == {"1902"}


def test_a_release_s_joint_dateline_and_a_company_described_after_its_ticker() -> None:
    joint = _events(
        "Arlen Foods and Bexley Mills to merge\n\n"
        "CHICAGO and TORONTO, May 6, 2025 /WireLine/ - Arlen Foods Inc. (NYSE: ARLF) and "
        "Bexley Mills Ltd. today announced a merger of equals.\n"
    )
    assert not joint["2025-05-06"][0].startswith("CHICAGO")
    described = _events(
        "Tallis Robotics buys Quenby\n\n"
        "Bristol, 2 June 2025 - Tallis Robotics plc (AIM: TLR), the maker of picking arms "
        "for parcel hubs, today completed its purchase of Quenby Vision Ltd.\n"
    )
    assert described["2025-06-02"][0].startswith("Tallis Robotics plc completed its purchase")
    ticker = _events(
        "Norfield to buy Pellam\n\n"
        "Norfield Systems, Inc. (NASDAQ: NRFS), a provider of payroll software for schools, "
        "today announced that it has agreed to buy Pellam, Inc.",
        published="2025-04-01",
    )
    assert "provider" not in ticker["2025-04-01"][0]


def test_the_edges_a_review_found() -> None:
    # a diary's entry on the day planned, and the entries after it, are no plans
    diary = _events(
        "Diary of a curate, 1884\n\nTues. 8 Jan. The bishop is to come on the 12th to "
        "confirm.\n\nSat. 12 Jan. The bishop came and confirmed forty.\n\nMon. 14 Jan. Wet.\n"
    )
    assert diary["1884-01-14"] == ("Wet", None)
    # an entry's day told in the past keeps its fact beside a later day
    log = _events(
        "Ship's log, 1880\n\nMonday 3rd May. - Sailed from Leith for Bergen, where we "
        "arrive on the 6th.\n\nThursday 6th May. - Arrived at Bergen.\n"
    )
    assert "1880-05-03" in log
    # a participle's year, when the text has no other
    assert set(_events("The man arrested on 3 January 2024 was charged on 5 January.")) == {
        "2024-01-03",
        "2024-01-05",
    }
    # an announcement told in the simple past is of its own day
    assert set(_events("The ministry announced new rules on 3 June.", published="2025-05-15")) == {
        "2024-06-03"
    }
    # a warning into a later day of the week lies ahead
    warning = _events(
        "A yellow warning for wind is in force from 06:00 on Friday until 18:00 on Saturday.",
        published="2025-11-18",
    )
    assert set(warning) == {"2025-11-21/2025-11-22"}
    # February and March of 1913 share their weekdays: the nearest is the entry's
    february = _events(
        "Diary of a doctor's wife\n\nSaturday, 8th February 1913. - Snow. The new cook "
        "arrives on the 14th.\n\nMonday 10th. - Thaw.\n"
    )
    assert "1913-02-10" in february
    # a place or a storm is no one's kin
    assert _events(
        "The hall was damaged by Storm Desmond in December 2015. Her owner rebuilt it in 2017."
    )["2017"][0].startswith("Her owner")
    assert (
        "Mill Street"
        not in _events(
            "The houses went up when Mill Street was laid out in 1897. His son Tom sold them "
            "in 1920."
        )["1920"][0]
    )
    # a list of people is no salutation; a number in thousands is no table's cell
    assert _events("Mother, Father and the boys went to the fair on 12 May 1890.")["1890-05-12"][
        0
    ].startswith("Mother, Father")
    assert _events("On 4 May 1945 12 000 German soldiers surrendered at Lüneburg.")["1945-05-04"][
        0
    ].startswith("12 000")
    # counts are no rough old years; a timetable's rows are no day book's
    assert _events("The estate had a rent roll of about 950, paid at Michaelmas.") == {}
    assert _events("Tickets were sold about 1200 for the Cup Final, the club said.") == {}
    assert (
        _events(
            "Opening hours in June\n\nSat 1   10 16   Open\nSun 2   12 16   Open\n",
            published="2024-06-01",
        )
        == {}
    )
    # a month heading over an undated fact is that fact's month
    assert "2024-05" in _events(
        "Newsletter\n\nMay 2024\n\nThe new footbridge opened. Repairs to the church roof "
        "began on 20 May.\n"
    )
    # a cadence by the month or a service, and a year a storm is named by, go on
    assert set(_events("The magazine has appeared every month since 1891.")) == {"1891/.."}
    assert set(_events("Ferries have run four times a day since 1998.")) == {"1998/.."}


def test_a_day_book_row_of_many_counts_is_read_at_once() -> None:
    counts = " ".join(["10"] * 60)
    events = _events(f"Day book 1912\n\n1912.  March.\nFri.  1 {counts} Sold the old bull.\n")
    assert set(events) == {"1912-03-01"}


def test_a_letter_s_days_before_its_own_and_a_title_s_note_s_year() -> None:
    letter = _events(
        "France, 3rd May 1917.\nMother,\nWe came out of the line on the 1st. I had your "
        "parcel of the 20th of last month.\n"
    )
    assert set(letter) == {"1917-05-01", "1917-04-20"}
    noted = _events(
        "Field notebook of Ruth Aske, botanist, 1931\n(copied in 1978 by the county record "
        "office)\n\nWed. 6 May. Found the saxifrage in flower.\n\nSat. 9 May. Rain.\n"
    )
    assert set(noted) == {"1931-05-06", "1931-05-09"}


def test_an_entry_s_plan_of_a_later_day() -> None:
    events = _events(
        "Diary of a subaltern\n\nMonday, 1st September 1919. - Joined the battalion.\n\n"
        "Thursday 4th. - Took on stores.\n\n"
        "Saturday 6th. - The colonel inspects us on the 9th, and we shall parade at dawn.\n"
    )
    assert "1919-09-04" in events
    assert events["1919-09-09"][1] == "tentative"
    assert "1919-09-06" not in events


def test_a_letter_s_date_line_at_the_head_with_its_place_s_small_words() -> None:
    events = _events(
        "Camp near the Green River, June 30th, 1849\n\nDear Brother,\n\n"
        "We crossed the South Pass on the 21st of this month, all well.\n"
    )
    assert set(events) == {"1849-06-21"}
    # a title that is no place and date over a salutation stays the title
    assert set(_events("Notes on the river\n\nDear Brother,\n\nWe crossed on 21 June 1849.\n")) == {
        "1849-06-21"
    }


def test_the_edges_a_second_review_found() -> None:
    # a diary's later month heading dates the entries under it
    diary = _events(
        "Diary of Tom Hall\n\nJuly 1916\n\nSat. 1st. The big push began.\n\nOctober 1916\n\n"
        "Wed. 18th. Wounded at Le Transloy.\n"
    )
    assert set(diary) == {"1916-07-01", "1916-10-18"}
    # a title's year in brackets is the title's year
    hale = _events(
        "Diary of John Hale (1851)\n\nMon. 3 March. Began ploughing.\n\nThurs. 6 March. Rain.\n"
    )
    assert set(hale) == {"1851-03-03", "1851-03-06"}
    # a habit since a year that a clause of its own dates
    assert set(_events("The choir has sung every Christmas since 1918, when it was founded.")) == {
        "1918"
    }
    # "until 1951, when ...": its own clause only
    trams = _events(
        "Trams ran on the route until 1951, when buses replaced them, and the depot closed in 1953."
    )
    assert trams["1951"][0] == "Buses replaced them"
    # a person named with a title
    assert _events(
        "The surgery was opened in 1902 by Dr Alice Grey. Her daughter Mary took it over in 1931."
    )["1931"][0].startswith("Dr Alice Grey")
    # a year is no figure of a change
    assert set(_events("Unemployment fell in 1998 but has been rising since 2008.")) == {
        "1998",
        "2008/..",
    }
    # meetings held, not arranged, are past
    assert set(
        _events(
            "The council has held public meetings on 3, 10 and 17 December.",
            published="2025-11-20",
        )
    ) == {"2024-12-03", "2024-12-10", "2024-12-17"}
    # an old letter's "this month", told in a new article, is the letter's
    assert "1850-03-02" in _events(
        "In a letter of 14 March 1850, he wrote that the mill had burned on the 2nd of this month.",
        published="2024-01-10",
    )
    # an entry's own fact before "and" and a plan
    sermon = _events(
        "Diary\n\nMonday, 2nd June 1879. - Wrote sermon.\n\nTuesday 3rd. - Heavy rain all day "
        "and the river is to be dredged on the 10th.\n"
    )
    assert {"1879-06-03", "1879-06-10"} <= set(sermon)
