"""Logs whose year stands under their title, deadlines still hoped for, days told "that
October", years that name what they are for, and a report's head that names an earlier
day: each rule on texts of other kinds than the ones it was found in, and the sentences at
its edges read as before."""

from __future__ import annotations

import pytest

from tests.conftest import drafted_events as _events


def test_a_log_s_year_on_the_line_under_its_title() -> None:
    events = _events(
        "BELL ROCK STATION\nKeeper's journal, J. Reid - 1903\n\n"
        "Mar. 4th. Wind E., fresh. The tender came out with coal and oil.\n\n"
        "Mar. 8th. Sunday. Wind N., light. At noon sighted a brig under jury rig.\n"
    )
    assert set(events) == {"1903-03-04", "1903-03-08"}
    # "Sunday." restates the entry's day: the day is what was done, the brig
    assert "brig" in events["1903-03-08"][0]


def test_a_notebook_s_year_before_a_dash_in_its_title() -> None:
    events = _events(
        "Orchard notebook 2024 - North Plot, Elm Farm\nTrees: 14 pears, 9 apples\n\n"
        "Sat 6 April. Cold, dry. Pruned the pears along the wall.\n\n"
        "Thu 18 April. Blossom open on the Conference pears.\n"
    )
    assert {"2024-04-06", "2024-04-18"} <= set(events)
    # a year in a title of its own stays the log's, whatever the line under it holds
    book = _events(
        "HILL FARM - YEAR BOOK 2022\nHolding no. 11/204 | Herd mark HF 1951\n\n"
        "Calving. Calving began on 3 March in a cold wind.\n"
    )
    assert "2022-03-03" in book


def test_a_machine_that_would_not_start_is_no_plan_and_the_next_entry_is_no_plan() -> None:
    events = _events(
        "Pump house log 1911\n\n"
        "Feb. 2nd. Hard frost. The engine would not start this morning.\n\n"
        "Feb. 3rd. The fitter came from Leith and the engine ran again.\n"
    )
    assert events["1911-02-02"][1] is None
    assert events["1911-02-03"][1] is None
    plan = _events("The engine would start on 9 March, the fitter promised.", "1911-02-02")
    assert plan["1911-03-09"][1] == "tentative"


def test_a_day_of_the_month_expected_for_a_visit() -> None:
    events = _events(
        "Station journal 1898\n\n"
        "Jan. 14th. Calm. The Inspector is expected on the 20th for his visit.\n\n"
        "Jan. 17th. Gale. A pane of the lantern cracked.\n"
    )
    assert events["1898-01-20"][1] == "tentative"
    assert events["1898-01-17"][1] is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council said the bridge should be reopened by April 30.", "../2025-04-30"),
        ("The club said it hoped to resume training no later than March 24.", "../2025-03-24"),
    ],
)
def test_a_deadline_still_hoped_for_lies_ahead_and_is_planned(sentence: str, value: str) -> None:
    events = _events(sentence, "2025-03-13")
    assert events[value][1] == "tentative"
    vote = _events(
        "The board has promised members a vote on the merger by January 31.", "2024-11-17"
    )
    assert vote["../2025-01-31"][1] == "tentative"


def test_a_deadline_told_as_met_or_missed_stays_past() -> None:
    assert "../2025-02-03" in _events(
        "The report was filed by the deadline of 3 February.", "2025-03-13"
    )
    assert "../2025-03-03" in _events(
        "The crate expected by 3 March finally came on 10 March.", "2025-03-20"
    )


def test_a_present_passive_of_a_timetable_looks_ahead() -> None:
    events = _events("The draw for the quarter-finals is made on 18 November.", "2024-11-10")
    assert events["2024-11-18"][1] == "tentative"
    assert "2023-11-18" not in events


def test_a_clause_after_an_opening_phrase_gives_its_year_on() -> None:
    events = _events(
        "The notice was served on March 2, 2022, and the tenant sued on May 1. After a "
        "hearing, the court ruled for the landlord on May 23, 2023, awarding costs. The "
        "tenant appealed on June 20."
    )
    assert "2023-06-20" in events
    assert "2022-06-20" not in events
    # an aside between commas after a name still gives no year
    aside = _events(
        "The club, relegated in 2021, won the cup on 19 October 2023. It lost on 2 May."
    )
    assert "2024-05-02" not in aside


def test_an_inquiry_s_title_day_is_the_day_inquired_into() -> None:
    text = (
        "HARBOUR ACCIDENT INQUIRY BOARD\n\n"
        "Report on the investigation of the collision between the ferries Tern and Gull in\n"
        "Kelso harbour, on 4 March 2021\n\n"
        "Report No 12/2022 | June 2022\n\n"
        "The Tern left her berth at 0710 on 4 March 2021 in fog. There was no damage above the "
        "waterline. She was towed to the yard on 9 March.\n"
    )
    events = _events(text)
    assert "2021-03-09" in events
    assert "2020-03-09" not in events
    assert not events["2021-03-09"][0].startswith("There")
    assert "2022-06" not in events  # the report's number and month: the page's own line


def test_a_page_s_posted_line_after_a_long_line_is_no_wrapped_line() -> None:
    text = (
        "Closure notice\n\nThe pool will close on Saturday 29 November for repairs.\n\n"
        "We are sorry for any inconvenience caused. Questions: pools@kelso-council.example\n"
        "Posted 20 November 2025\n"
    )
    assert set(_events(text, "2025-11-20")) == {"2025-11-29"}


def test_a_notice_s_issued_day_places_a_plan_of_a_paragraph_with_no_date() -> None:
    text = (
        "FISHERIES NOTICE 12/2031\nIssued: 20 June 2031\n\n"
        "1. The fishery will reopen on 1 January 2032 under the new allocation.\n\n"
        "2. Masters must submit their logbooks no later than 7 July.\n"
    )
    assert "../2031-07-07" in _events(text)


def test_a_year_that_names_what_it_is_for_dates_no_fact() -> None:
    events = _events("The 2025 budget was approved on 12 December 2024.")
    assert set(events) == {"2024-12-12"}
    # an event of the year stays: "the 1929 crash" began on its day
    assert "1929-10-24" in _events("The 1929 crash began on 24 October 1929.")


def test_a_season_s_year_dates_the_days_told_after_it() -> None:
    text = (
        "The 2018-19 tour was our longest.\n\n"
        "Our 2026 season will open with The Tempest on 12 March."
    )
    assert _events(text)["2026-03-12"][1] == "tentative"


def test_a_month_of_that_year() -> None:
    events = _events(
        "The ban, declared in the summer of 2018, was lifted in September of that year. "
        "The hall closed on 30 July 2022. Work began that October."
    )
    assert {"2018-09", "2022-10"} <= set(events)
    # a day of that year keeps its day
    day = _events("The choir was formed in 1963. It sang first on 14 December of that year.")
    assert "1963-12-14" in day


def test_a_yearly_thing_granted_by_an_old_year() -> None:
    events = _events("A yearly market on Lammas day had been granted by 1288.")
    assert set(events) == {"../1288"}
    # still a habit: "held yearly in May"
    assert "2024-05" not in _events("The fair is held yearly in May.", "2024-05-09")


def test_in_about_three_weeks_is_that_day_roughly() -> None:
    events = _events("The master expects to reach Cape Town in about three weeks.", "1847-04-02")
    assert events["1847-04-23~"][1] == "tentative"
    assert "2025-04-14/2025-04-20" in _events("The bridge will reopen in two weeks.", "2025-04-02")


def test_an_entry_s_dash_and_a_recommendation_s_number_leave_the_title() -> None:
    events = _events(
        "From the journal of a ship's surgeon\n\n"
        "May 3rd, 1852. - Weighed anchor at Leith with 180 passengers.\n\n"
        "May 5th. - A seaman taken ill with fever.\n"
    )
    assert events["1852-05-05"][0] == "A seaman taken ill with fever"
    rec = _events("2024/17 The operator is to review its night staffing by 30 June 2025.")
    assert rec["../2025-06-30"][0].startswith("The operator")


def test_a_letter_book_s_date_lines_head_their_letters() -> None:
    events = _events(
        "LETTER BOOK OF THE HARBOUR MASTER, OBAN, 1902\n\n"
        "To the Secretary, Northern Lights Board.\nOban, 4th June 1902.\n"
        "Dear Sir, - I have the honour to inform you that the new boat arrived here on the 2nd "
        "inst., in good order.\n\n"
        "To the same.\nOban, 9th August 1902.\n"
        "Dear Sir, - It is my painful duty to report that the keeper Mr Reid died on the 28th "
        "July. We buried him on the day following.\n"
    )
    assert events["1902-06-02"][0].startswith("The new boat arrived here")
    assert events["1902-07-28"][0] == "The keeper Mr Reid died"
    assert "1902-07-29" in events
    assert not any(title.startswith(("Oban", "Dear")) for title, _ in events.values())


def test_an_update_s_hour_after_its_day_and_its_line_of_fields() -> None:
    text = (
        "HILL FIRE - UPDATE #3\nMonday, July 7, 2025, 6:00 p.m.\n\n"
        "Start date: July 2, 2025 | Cause: lightning\n"
        "Size: 1,200 acres | Containment: 20%\n\n"
        "Crews held the line on the east flank yesterday.\n"
    )
    events = _events(text)
    assert set(events) == {"2025-07-02", "2025-07-06"}
    assert events["2025-07-02"][0] == "Start date"


def test_numbered_roads_are_no_years_and_a_road_s_name_keeps_its_weekday() -> None:
    assert _events("Forest Roads 2150 and 2170 remain closed.", "2025-08-10") == {}
    won = _events("Harcourt won at Fenwick Road on Saturday.", "2025-04-13")
    assert set(won) == {"2025-04-12"}


def test_a_participle_at_a_sentence_s_start_is_no_past() -> None:
    events = _events("Newly elected members take their seats on 1 December.", "2023-11-07")
    assert events["2023-12-01"][1] == "tentative"


def test_a_field_diary_s_weather_and_comparisons_leave_the_entry_its_day() -> None:
    events = _events(
        "Field notebook, Hollow Fen, 1991\n\n"
        "12 April. Cold NE wind. First swallows over the east pit.\n\n"
        "23 April. Cuckoo heard at dawn, three days earlier than last year.\n\n"
        "28 April. The keeper says the otters came back about a fortnight ago.\n"
    )
    assert "swallows" in events["1991-04-12"][0]
    assert "Cuckoo" in events["1991-04-23"][0]
    assert "1991-04-14~" in events
    # a bound stays a bound: "no later than" is no comparison
    assert "../2025-05-01" in _events("Applications must arrive no later than 1 May 2025.")


def test_a_figure_s_comma_ends_no_aside_and_a_timetable_s_present_keeps_its_order() -> None:
    events = _events(
        "KELSO, 7 November 2031 - The Kelso Museum will open its new Harbour Gallery, a "
        "1,200-square-metre wing devoted to fishing, on 14 March 2032.\n"
    )
    assert events["2032-03-14"][1] == "tentative"
    # a timetable's present after a later plan is not pulled before it
    gala = _events(
        "The new pool will open on 14 March 2024. Its first swimming gala is on 20 December.",
        "2023-11-10",
    )
    assert "2024-12-20" in gala


def test_a_timetable_s_lines_and_a_court_s_list_are_plans() -> None:
    text = (
        "The key dates are:\n"
        "- Provisional settlement expected: around 19 December 2031.\n"
        "- Bills issued to households: by 20 March 2032.\n"
    )
    events = _events(text, "2031-10-09")
    assert events["2031-12-19~"][1] == "tentative"
    assert events["../2032-03-20"][1] == "tentative"
    hearing = _events("A remedy hearing is listed for 9 December 2031.", "2031-10-09")
    assert hearing["2031-12-09"][1] == "tentative"


def test_a_log_entry_s_day_before_its_dash_dates_the_words_after_it() -> None:
    events = _events(
        "Journal of a ship's surgeon\n\n"
        "March 17th, 1852. - Crossed the line.\n\n"
        "April 2nd. - Sighted Trindade. The master expects to reach the Cape in about three "
        "weeks.\n"
    )
    assert events["1852-04-23~"][1] == "tentative"


def test_a_day_of_last_month_and_the_entries_after_it() -> None:
    events = _events(
        "Pocket diary for the year 1902\n\n"
        "Sun. 11th May. Back in the line. Pike says a mine went up on or about the 28th of "
        "last month.\n\n"
        "Mon. 12th. Raid on the left about 2 am.\n\n"
        "Tues. 13th. Leave is to start about the 20th of next month.\n"
    )
    assert "1902-04-28~" in events
    assert "Raid" in events["1902-05-12"][0]
    assert events["1902-06-20~"][1] == "tentative"
    # a place in a race is no day: "around the 20th at the halfway mark"
    assert set(
        _events("On 15 April she was around the 20th at the halfway mark.", "2024-04-20")
    ) == {"2024-04-15"}


def test_a_season_s_word_is_cut_only_right_before_its_date() -> None:
    events = _events("The fall in July was driven mainly by fuel prices.", "2024-08-14")
    assert events["2024-07"][0] == "The fall was driven mainly by fuel prices"


def test_a_page_s_own_line_of_fields_and_a_day_after_a_run_of_days() -> None:
    text = (
        "WEATHER SERVICE - STORM REVIEW\n\nStorm Ada, 17-19 January 2031\n"
        "Issued: 7 February 2031 | Reference: SR-2031-01\n\nSummary\n\n"
        "A gust of 112 mph was recorded at Carrig Head on the 18th, the strongest there.\n"
    )
    events = _events(text)
    assert "2031-02-18" not in events


def test_a_document_named_by_its_month_and_a_remit_for_a_year() -> None:
    text = (
        "BANK OF KELSO\nMonetary Policy Summary, June 2031\nPublished 14 June 2031 at 12:00\n\n"
        "The Committee voted on 13 June to raise Bank Rate.\n"
    )
    assert set(_events(text)) == {"2031-06-13"}
    remit = _events(
        "The sale fits the financing remit for 2031-32, revised on 26 November.", "2031-12-19"
    )
    assert set(remit) == {"2031-11-26"}
    # a report's year with a verb is still told: "The Annual Report 2030 was published"
    assert "2031-05-04" in _events("The Annual Report 2030 was published on 4 May 2031.")


def test_a_plan_s_month_a_need_and_a_hope_said_look_ahead() -> None:
    assert (
        _events("Version 4.3 is planned for November.", "2024-08-12")["2024-11"][1] == "tentative"
    )
    need = _events("We need to turn off the supply on Thursday.", "2025-02-03")
    assert set(need) == {"2025-02-06"}
    hope = _events("The airline said it hoped to resume flights on Monday.", "2025-03-13")
    assert set(hope) == {"2025-03-17"}


def test_a_day_wrapped_onto_the_next_line_is_no_numbered_point() -> None:
    text = (
        "Rovers host Castlebury on Wednesday, before a cup tie at Redwick on November\n"
        "30. Defender Tom Ibsen is expected to miss both games.\n"
    )
    assert set(_events(text, "2024-11-17")) == {"2024-11-20", "2024-11-30"}
    # a numbered point after a line that ends otherwise still opens a point
    points = (
        "Key points\n1. The board met on 3 May 2024.\n2. It approved the budget on 9 May 2024.\n"
    )
    assert {"2024-05-03", "2024-05-09"} <= set(_events(points))


def test_only_a_verb_s_and_an_edition_held_and_a_year_doubted_in_brackets() -> None:
    assert "2018/.." in _events("We have made only water-based paints since 2018.")
    assert _events("It was the only win since 2019.", "2025-02-11") == {}
    assert "2020" in _events("The 2020 edition was cancelled because of the pandemic.")
    assert _events("The 2019 edition of the dictionary added 500 words.") == {}
    assert "1601?" in _events("The chronicle is attributed to the clerk Jorg Hesse (died 1601?).")
    snow = _events("A further 20 cm of snow is forecast for Saturday.", "2025-02-11")
    assert snow["2025-02-15"][1] == "tentative"


def test_a_log_table_s_header_of_columns_is_no_field_and_heads_no_row() -> None:
    text = (
        "OBSERVING LOG, BOOK 3\n\n"
        "Date        Time   Object        Notes\n"
        "2031-08-11  21:40  M13           First light after re-collimation.\n"
        "2031-08-12  02:15  Perseids      57 meteors in 60 min.\n"
    )
    events = _events(text)
    assert {"2031-08-11", "2031-08-12"} <= set(events)
    assert not events["2031-08-11"][0].startswith("Date")
    # an infobox's label and value is still a field: "Born      3 May 1951, Kessel"
    assert "1951-05-03" in _events("Anna Berg\n\nBorn      3 May 1951, Kessel\n")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a deadline hoped for is the nearest such day, not always the next
        ("The contractor hoped to finish the work by June 1.", "2025-06-10", "../2025-06-01"),
        (
            "Engineers said in March that the road should be reopened by May 31.",
            "2025-06-10",
            "../2025-05-31",
        ),
        (
            "Fans had hoped for a revival, but the club was relegated by 1 March.",
            "2025-03-13",
            "../2025-03-01",
        ),
        (
            "Doctors expected him to recover, but he was back at work by 10 March.",
            "2025-03-13",
            "../2025-03-10",
        ),
        (
            "The regulator said the company should have paid the fine by 1 March.",
            "2025-03-10",
            "../2025-03-01",
        ),
        ("The sentencing was listed for 3 March but has been moved.", "2025-03-13", "2025-03-03"),
        # an aside after an opening phrase's name stays an aside
        (
            "After Smith, who had led the party since 1998, resigned on 4 February, it split.",
            "2025-03-13",
            "2025-02-04",
        ),
        (
            "Before the mill, built in 1820, was demolished on 3 March, a survey was made.",
            "2025-03-13",
            "2025-03-03",
        ),
        (
            "Eventually the school, founded in 1870, closed its doors on 20 December.",
            "2025-03-13",
            "2024-12-20",
        ),
        # a year of an event, told in its own clause, stays
        (
            "The 2011 earthquake killed 18,000 people, and a memorial was opened on 11 March 2021.",
            "2025-03-13",
            "2011",
        ),
        (
            "The 2008 financial crash cost him his job; he opened a bakery on 3 June 2010.",
            "2025-03-13",
            "2008",
        ),
        # a reported future that would not run
        (
            "Trains would not run between Leeds and York on 22 March, the operator warned.",
            "2025-03-13",
            "2025-03-22",
        ),
        ("The ferry would not run on Saturday, the operator said.", "2025-03-13", "2025-03-15"),
        # a timetable's present after a later plan keeps its order
        (
            "Registration will open on 10 January 2024. The race is on 28 December.",
            "2023-11-10",
            "2024-12-28",
        ),
    ],
)
def test_the_review_s_sentences_read_as_before(text: str, published: str, value: str) -> None:
    assert value in _events(text, published)


def test_the_review_s_titles_and_months_read_as_before() -> None:
    warned = _events(
        "In 2019 the minister warned that March would be the wettest month.", "2025-03-13"
    )
    assert set(warned) == {"2019"}
    said = _events("The company was founded in 2010. Its chairman said that May was always busy.")
    assert set(said) == {"2010"}
    garden = _events(
        "Garden diary 2024\n\n12 May. Bright yellow brimstone on the buddleia. Also two small "
        "tortoiseshells.\n\n13 May. Grey seals: 40 pups on the beach. A ringed plover too.\n"
    )
    assert garden["2024-05-12"][0].startswith("Bright yellow brimstone")
    assert garden["2024-05-13"][0].startswith("Grey seals")
    meeting = _events(
        "Public meeting on the bypass\nThursday, April 10, 2025, 7:00 p.m.\n\n"
        "Residents are invited to the village hall.\n"
    )
    assert "2025-04-10" in meeting
    log = _events(
        "March 17th, 1847. - Left Rio. Tomorrow we water at Ilha Grande.\n\n"
        "April 2nd. - Sighted Trindade. Wind fresh from the S.E.\n\n"
        "April 5th. - Crossed the line.\n"
    )
    assert log["1847-04-02"][1] is None
    assert log["1847-04-05"][1] is None
    river = _events(
        "The river was higher than on 4 March 2020, when the bridge at Bewdley was closed.",
        "2025-03-13",
    )
    assert river["2020-03-04"][0] == "The bridge at Bewdley was closed"


def test_a_second_review_s_sentences_read_as_before() -> None:
    moore = _events(
        "Sir John Moore, the commander of the army, was killed at Corunna on 16 January 1809."
    )
    assert moore["1809-01-16"][0].startswith("Sir John Moore")
    mill = _events(
        "After the flood, the old mill built in 1820, was demolished on 4 March.", "2025-06-01"
    )
    assert "2025-03-04" in mill
    said = _events("The plant opened on 3 May 2021. The minister said that October sales rose.")
    assert set(said) == {"2021-05-03"}
    assert _events("Only once since 1990 has the club won the cup.", "2025-03-13") == {}
    assert _events("He was posted abroad, to Kenya in 1952.")["1952"][1] is None
    loan = _events("As expected, the company repaid the loan by 30 April 2025.", "2025-04-20")
    assert loan["../2025-04-30"][1] is None
    diary = _events(
        "Travel diary\n\nLeft the coast on 1st March 1887.\n\n"
        "Reached Mpwapwa, 19th March 1887. Rain all day.\n"
    )
    assert diary["1887-03-19"][0] == "Reached Mpwapwa"
