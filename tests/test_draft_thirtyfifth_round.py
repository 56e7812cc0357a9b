"""A card's weekday rows under their month, its own line and its season across two years; a
founding note on a line of its own; a printer's and a compiler's line; an editor's gloss in
square brackets; an account's entry that ends on its sum; an old hand's months; a thing of
next year's; a run of days opening a year's first entry; a teller's memory; a diary's "Next
day"; a head in capitals split at its lines; a present aside after a past verb; a weekday
before a noun; a record's doubt in brackets; a year guessed after "it was probably"; a
plan's lead over its list; a perfect participle's own subject; "into use by"; "since then";
an age before a relative aside; what happens "in normal years": each rule on texts of other
kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_card_s_weekday_rows_under_their_month_are_its_days() -> None:
    card = (
        "HOLLINBRIDGE WHIST CLUB\n\n"
        "WINTER PROGRAMME\n\n"
        "JANUARY 2026\n"
        "Wed 14 ............. New Year drive and raffle\n"
        "Wed 21 and Wed 28 .. Pairs championship (two rounds)\n\n"
        "FEBRUARY 2026\n"
        "Sat 7 .............. Away match at Crossley Mill\n"
    )
    assert events_of(card) == [
        ("2026-01-14", "New Year drive and raffle", "tentative"),
        ("2026-01-21", "Pairs championship (two rounds)", "tentative"),
        ("2026-01-28", "Pairs championship (two rounds)", "tentative"),
        ("2026-02-07", "Away match at Crossley Mill", "tentative"),
    ]


def test_a_card_s_own_line_of_its_seasons_dates_nothing() -> None:
    card = (
        "HOLLINBRIDGE WHIST CLUB\n\n"
        "FIXTURES CARD · WINTER 2025 - SPRING 2026\n\n"
        "Members meet in the Institute.\n\n"
        "NOVEMBER 2025\n"
        "Thu 13 ......... Opening drive\n"
    )
    assert events_of(card) == [("2025-11-13", "Opening drive", "tentative")]


def test_a_season_across_two_years_dates_its_rows_not_its_founding_year() -> None:
    card = (
        "KESTON & DISTRICT DARTS LEAGUE\n"
        "FIXTURES - SEASON 2025/26\n"
        "(Founded 1961)\n\n"
        "Mon 6 Oct     Opening night .......... Keston Arms\n"
        "Mon 8 Dec     Christmas doubles ...... Plough\n"
        "Mon 12 Jan    Cup draw ............... Keston Arms\n"
    )
    assert events_of(card) == [
        ("1961", "KESTON & DISTRICT DARTS LEAGUE was founded", None),
        ("2025-10-06", "Opening night", "tentative"),
        ("2025-12-08", "Christmas doubles", "tentative"),
        ("2026-01-12", "Cup draw", "tentative"),
    ]


def test_a_printer_s_line_with_its_month_dates_nothing() -> None:
    card = (
        "HOLLINBRIDGE WHIST CLUB\n\n"
        "The annual dinner is on Saturday 6 December 2025 at the Institute.\n\n"
        "Printed by Quayside Press, Oct 2025. Please keep this card.\n"
    )
    assert dates_of(card) == ["2025-12-06"]


def test_an_editor_s_gloss_in_square_brackets_is_the_day_told_again() -> None:
    book = (
        "Letter book of Samuel Dyce, attorney\n\n"
        "1788\n"
        "Oct. 3. Wrote to Mr Hale about the rent. It is to be paid by Lady Day next [25 March "
        "1789] at latest.\n"
        "Oct. 20. Attended the sessions at Taunton.\n"
        "Nov. 2. Drew the lease for Mr Pike.\n"
    )
    # (one deadline, the gloss's; and the gloss's year is no year for the entries after it)
    assert dates_of(book) == ["../1789-03-25", "1788-10-03", "1788-10-20", "1788-11-02"]


def test_an_editor_s_gloss_of_a_feast_keeps_its_rough_day() -> None:
    book = (
        "Order book of a Frome clothier\n\n"
        "1802\n"
        "June 4. Agreed with Mr Ashe for 20 pieces of broadcloth, to be delivered about "
        "Michaelmas [29 September].\n"
        "July 9. Sent the first 8 pieces to Bristol.\n"
    )
    assert dates_of(book) == ["1802-06-04", "1802-07-09", "1802-09-29~"]


def test_an_account_s_entry_ends_on_its_sum_before_the_next_day() -> None:
    account = (
        "PARISH CLERK'S ACCOUNT\n\n"
        "1852\n"
        "Jan. 6. For ringing the bell at the funeral of J. Cox ... 0 2 6\n"
        "Feb. 11. For washing the surplices ... 0 3 0\n"
        "Mar. 30. Recd of the churchwardens on account ... £1 0 0\n"
    )
    titles = titles_of(account)
    assert list(titles) == ["1852-01-06", "1852-02-11", "1852-03-30"]
    assert titles["1852-02-11"] == "For washing the surplices"


def test_an_old_hand_s_months_cut_short() -> None:
    book = (
        "Memorandum book of a Devon miller\n\n"
        "1790\n"
        "Mar. 4. Dressed the stones.\n"
        "Apl 19. Sold 6 sacks of flour to Mr Lee.\n"
        "Sepr 2. Mill stopped for want of water.\n"
    )
    assert dates_of(book) == ["1790-03-04", "1790-04-19", "1790-09-02"]


def test_a_thing_of_next_year_s_leaves_the_entry_its_own_day() -> None:
    journal = (
        "GARDEN JOURNAL\n\n"
        "1932\n"
        "March 3. Sowed the early peas.\n"
        "March 9. Bought seed potatoes against next year's trials at the allotment show.\n"
        "March 15. Planted out the onions.\n"
    )
    assert dates_of(journal) == ["1932-03-03", "1932-03-09", "1932-03-15"]


def test_a_run_of_days_opening_a_year_s_first_entry_heads_it() -> None:
    journal = (
        "JOURNAL OF THE HOLM MOSS SURVEY\n\n"
        "1911\n"
        "June 4 to 7. Fog on the tops; no levelling done.\n"
        "June 9. Levelled from the reservoir to Black Hill.\n"
    )
    assert titles_of(journal) == {
        "1911-06-04/1911-06-07": "Fog on the tops; no levelling done",
        "1911-06-09": "Levelled from the reservoir to Black Hill",
    }


def test_a_teller_s_memory_after_the_date_doubts_it() -> None:
    memoir = (
        "MEMOIR OF AN ORGAN BUILDER\n\n"
        "I was apprenticed to my uncle at Frome in 1879, if I remember right, and stayed with "
        "him eleven years. The great organ at Wells was rebuilt in 1895, as near as I can "
        "recollect.\n"
    )
    assert dates_of(memoir) == ["1879?", "1895?"]


def test_a_log_s_next_day_without_its_the_is_the_day_after() -> None:
    log = (
        "ROUGH LOG OF THE KETCH ELLEN\n\n"
        "1902\n"
        "Aug. 12. Lay at Watchet for the tide.\n"
        "Next day sailed for Swansea with coal, and was there by the 16th.\n"
        "Aug. 20. Discharged.\n"
    )
    # (and the days it goes on to count forward from it, not back a month)
    assert events_of(log) == [
        ("../1902-08-16", "Was there", None),
        ("1902-08-12", "Lay at Watchet for the tide", None),
        ("1902-08-13", "Sailed for Swansea with coal", None),
        ("1902-08-20", "Discharged", None),
    ]


def test_a_head_in_capitals_split_at_its_lines_gives_its_year() -> None:
    book = (
        "DAY BOOK\n"
        "JOHN ARKLE, WHEELWRIGHT & SMITH\n"
        "NORTH STREET, FELLING\n"
        "1897\n\n"
        "May 3. New wheel for Mr Dodd's cart.\n\n"
        "May 10. Mended the shafts of the baker's van.\n"
    )
    assert dates_of(book) == ["1897-05-03", "1897-05-10"]


def test_a_compiler_s_line_with_its_day_dates_nothing() -> None:
    report = (
        "HOLLIN BECK BAT GROUP\n"
        "Summer Noctule Roost Survey 2024: Summary Report\n"
        "Report HBBG/2024/02 · Compiled by R. Penn · 14 October 2024\n\n"
        "1. Methods\n"
        "The roosts were counted on 2 June, 30 June and 28 July 2024.\n"
    )
    assert dates_of(report) == ["2024-06-02", "2024-06-30", "2024-07-28"]


def test_a_present_aside_after_a_past_verb_is_of_the_coming_days() -> None:
    news = (
        "RIVER NEWS\n\n"
        "The club won the regional title in 2023.\n\n"
        "The captain said the crew for the national championships, which take place at Holme "
        "Pierrepont from 18 to 20 July, would be picked by 1 June.\n"
    )
    assert dates_of(news, "2025-04-10") == ["../2025-06-01", "2023", "2025-07-18/2025-07-20"]


def test_a_who_aside_before_its_verb_still_looks_ahead_with_it() -> None:
    # (no verb before the aside: its date goes with the verb after it, as before)
    news = "CLUB NEWS\n\nAnn Pike, who turns 60 on 3 June, will retire from the committee.\n"
    assert events_of(news, "2025-04-10") == [("2025-06-03", "Ann Pike turns 60", "tentative")]


def test_a_weekday_before_a_noun_after_new_is_no_day() -> None:
    news = "TOWN NEWS\n\nA new Sunday afternoon tea dance begins at the Pavilion on 12 October.\n"
    assert dates_of(news, "2025-09-17") == ["2025-10-12"]


def test_a_record_s_doubt_in_brackets_after_the_date() -> None:
    history = (
        "A HISTORY OF THE SALT WORKS\n\n"
        "The lower pan house, which was pulled down in 1866 (the date is disputed), stood by "
        "the quay.\n"
    )
    assert dates_of(history) == ["1866?"]


def test_a_year_guessed_after_it_was_probably() -> None:
    history = (
        "A HISTORY OF THE BRASS BAND\n\n"
        "The year the band first played at the Whit walk is not recorded, but it was probably "
        "1884.\n"
    )
    assert events_of(history) == [("1884?", "The band first played at the Whit walk", None)]


def test_a_plan_s_lead_makes_its_list_plans() -> None:
    notice = (
        "NOTICE OF ROAD CLOSURE\n\n"
        "The Council will close the following roads to all traffic:\n\n"
        "(a) Church Lane, from 2 March 2026 to 6 March 2026;\n\n"
        "(b) Mill Street, on 9 March 2026.\n"
    )
    assert events_of(notice) == [
        ("2026-03-02/2026-03-06", "Church Lane", "tentative"),
        ("2026-03-09", "Mill Street", "tentative"),
    ]


def test_a_perfect_participle_s_own_subject_and_its_past() -> None:
    notice = (
        "NOTICE\n\n"
        "The Trust proposes to sell the land at Nether Field, its intention having been "
        "advertised in the Holme Herald on 4 February 2026, to fund repairs to the chapel.\n"
    )
    assert events_of(notice) == [
        ("2026-02-04", "The intention had been advertised in the Holme Herald", None)
    ]


def test_into_use_by_a_month_is_a_bound_not_a_shelf_date() -> None:
    notice = (
        "PRESS NOTICE\n\nThe new footbridge will be brought into use by the end of this month.\n"
    )
    assert events_of(notice, "2025-05-08") == [
        ("../2025-05", "The new footbridge will be brought into use", "tentative")
    ]


def test_since_then_is_a_state_from_the_date_before() -> None:
    history = (
        "A HISTORY OF THE LIDO\n\n"
        "The pool was closed after a storm in 1987, and the site has stood empty since then.\n"
    )
    assert dates_of(history) == ["1987", "1987/.."]


def test_a_shelf_date_and_a_shop_s_next_day_stay_as_they_were() -> None:
    label = (
        "HOLLIN DAIRY\n\n"
        "Use by: 3 May 2024. Next day delivery is free on orders over 20 pounds.\n\n"
        "The dairy opened on 4 March 1998.\n"
    )
    assert dates_of(label, "2024-04-20") == ["1998-03-04"]


def test_a_note_in_brackets_on_another_matter_leaves_the_date_sure() -> None:
    news = (
        "TOWN NEWS\n\n"
        "The fire at the maltings broke out on 4 March 2024 (the cause remains unclear).\n"
    )
    assert dates_of(news) == ["2024-03-04"]


def test_a_lead_in_the_past_leaves_its_list_as_told() -> None:
    report = (
        "ANNUAL REPORT OF THE HIGHWAYS COMMITTEE\n\n"
        "The following roads were closed for repairs during the year:\n\n"
        "(a) Church Lane, from 2 March 2025 to 6 March 2025;\n\n"
        "(b) Mill Street, on 9 March 2025.\n"
    )
    assert events_of(report) == [
        ("2025-03-02/2025-03-06", "Church Lane", None),
        ("2025-03-09", "Mill Street", None),
    ]


def test_a_gloss_in_round_brackets_of_a_feast_is_still_one_day() -> None:
    letter = (
        "Kinver, 3rd June 1799.\n\n"
        "Dear Brother,\n\n"
        "The rent will be paid by Sept. 29 (Michaelmas) without fail.\n"
    )
    assert dates_of(letter) == ["../1799-09-29"]


def test_since_then_with_no_date_before_dates_nothing() -> None:
    memoir = "MEMOIR\n\nWe moved to the coast, and I have lived by the sea since then.\n"
    assert dates_of(memoir) == []


def test_an_age_before_a_relative_aside_keeps_the_aside_apart() -> None:
    obituary = (
        "OBITUARY\n\n"
        "Jean Morland, 81, who first sang with the choir in about 1960 at the old chapel, died "
        "at her home on 4 March 2025.\n"
    )
    assert events_of(obituary) == [
        ("1960~", "Jean Morland first sang with the choir at the old chapel", None),
        ("2025-03-04", "Jean Morland died at her home", None),
    ]


def test_what_happens_in_normal_years_is_a_habit_s_day() -> None:
    notice = (
        "HOLLIN RIVER BOARD\n\n"
        "The salmon rod season will close early on 30 September 2025 because of low flows. In "
        "normal years the season opens on 1 February and closes on 31 October.\n"
    )
    assert dates_of(notice) == ["2025-09-30"]


def test_a_state_since_then_is_kept_but_not_what_was_done_since() -> None:
    history = (
        "A HISTORY OF THE WATCH HOUSE\n\n"
        "The coastguards left in 1923. Volunteers have opened it every summer since then. The "
        "lookout was closed in 1951 and has stood empty since then.\n"
    )
    assert dates_of(history) == ["1923", "1951", "1951/.."]


def test_an_old_hand_s_since_for_ago() -> None:
    diary = (
        "FARM DIARY\n\n"
        "1911\n"
        "May 2. Sold the bay mare. Bought her about 5 years since for 30 pounds.\n"
        "May 9. Cut the first hay.\n"
    )
    assert dates_of(diary) == ["1906~", "1911-05-02", "1911-05-09"]


def test_two_days_running_joined_head_one_entry() -> None:
    log = (
        "LOG OF THE STEAM DREDGER ISIS\n\n"
        "October 1898\n\n"
        "Mon. 3rd. Dredged the bar.\n\n"
        "Tues. 4th & Wed. 5th. Boiler cleaned; no work.\n\n"
        "Thurs. 6th. Dredged the inner harbour.\n"
    )
    assert titles_of(log) == {
        "1898-10-03": "Dredged the bar",
        "1898-10-04/1898-10-05": "Boiler cleaned; no work",
        "1898-10-06": "Dredged the inner harbour",
    }


def test_two_days_apart_joined_stay_two_days() -> None:
    # (not running: each its own day, as before)
    log = (
        "LOG OF THE STEAM DREDGER ISIS\n\nOctober 1898\n\nMon. 3rd & Thurs. 6th. Dredged the bar.\n"
    )
    assert dates_of(log) == ["1898-10-03", "1898-10-06"]


# the reviews' texts at the rules' edges, which read as before (each failed on the code the
# reviews were run on)
_REVIEW_EDGES = [
    # a route's code
    (
        "The MCH 14 route opened in 1998.",
        None,
        [("1998", None)],
    ),
    # a thing of next year's in news
    (
        ("The council has set aside £40,000 for next year's festival, which will be held in July."),
        "2025-03-04",
        [("2025-07", "tentative"), ("2026", "tentative")],
    ),
    # fighting against next year's closure
    (
        "Campaigners are fighting against next year's planned closure of the ward.",
        "2025-05-12",
        [("2026", "tentative")],
    ),
    # a diary's "Next day." as a label
    (
        (
            "Diary, 1916\n\nJuly 1. The attack went in at 7.30.\nNext day. Counted the "
            "wounded, 200 or more.\nJuly 3. Relieved."
        ),
        None,
        [("1916-07-01", None), ("1916-07-03", None)],
    ),
    # a note in brackets on another matter
    (
        "The mill was built in 1780 (records are unclear about its builder).",
        None,
        [("1780", None)],
    ),
    # a year used as a word
    (
        "The cause of the fire is uncertain, but it was probably 1887 wiring.",
        None,
        [],
    ),
    # "usually", then a day of its own
    (
        "The post usually arrives at noon and on 30 July it did not arrive at all.",
        "2025-08-01",
        [("2025-07-30", None)],
    ),
    # a count since then
    (
        ("The club was relegated in 2016 and has been in the play-offs twice since then."),
        "2025-05-01",
        [("2016", None)],
    ),
    # "since then only"
    (
        (
            "The path was closed in March 2021 for repairs, reopened in June, and has "
            "been closed since then only for a week in 2023."
        ),
        "2025-05-01",
        [("2021-03", None), ("2021-06", None), ("2023", None)],
    ),
    # a list under "will include:"
    (
        (
            "Items on display will include:\n- a ration book from 1942\n- the telegram "
            "sent on 8 May 1945"
        ),
        "2025-10-20",
        [("1942", None), ("1945-05-08", None)],
    ),
    # a printer named in prose
    (
        (
            "Printed by the Hadley Gazette, June 1911 saw a special Coronation "
            "supplement of eight pages."
        ),
        None,
        [("1911-06", None)],
    ),
    # a variant reading in square brackets
    (
        (
            "Court baron held 25 March 1750 [25 March 1751 in the court book's margin], "
            "at which the heriot was taken."
        ),
        None,
        [("1750-03-25", None), ("1751-03-25", None)],
    ),
    # a memory that goes on to a claim
    (
        "The winter of 1947, if I remember rightly, was the worst anyone had known.",
        None,
        [("1947", None)],
    ),
    # "usually ... will instead"
    (
        ("The meeting which usually falls on the first Tuesday will instead be held on 14 May."),
        "2025-04-02",
        [("2025-05-14", "tentative")],
    ),
    # a note that doubts the day of a year
    (
        "The Roman coin hoard was found in 1851 (the day is unclear) near Mill Lane.",
        None,
        [("1851", None)],
    ),
    # a fixtures line in prose
    (
        (
            "HADLEY CRICKET CLUB NEWS\nFixtures - Summer 2025 starts with the derby at "
            "Kirkby on 3 May, weather permitting.\nNets are on Friday evenings."
        ),
        None,
        [("2025-05-03", None)],
    ),
    # a sentence opening "Having been"
    (
        (
            "Having been closed for repairs since June, the church reopens on 14 "
            "September with a festival service."
        ),
        "2025-09-01",
        [("2025-06/..", None), ("2025-09-14", "tentative")],
    ),
    # a label's "For use by"
    (
        ("HOME-MADE LEMON CURD\nMade: 3 May 2025. For use by 17 May 2025. Keep refrigerated."),
        None,
        [("2025-05-03", None)],
    ),
    # a sale's list of old documents
    (
        (
            "HALE & SONS - SALE OF BOOKS AND DOCUMENTS\nHighlights will include:\n- the "
            "Hadley Enclosure Award of 14 March 1812, on vellum;\n- a diary kept at Hill "
            "Farm, 1867-1868;\n- the lease of the mill, dated 25 March 1827."
        ),
        "2025-09-01",
        [("1812-03-14", None), ("1827-03-25", None), ("1867/1868", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _REVIEW_EDGES)
def test_the_reviews_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert [(v, s) for v, _, s in events_of(text, published)] == expected


def test_a_season_s_minutes_in_prose_take_its_two_years() -> None:
    minutes = (
        "HADLEY SWIMMING CLUB - COMMITTEE MINUTES, SEASON 2025/26\n"
        "Meeting held 3 September.\n"
        "The treasurer reported that pool hire would rise from 1 April.\n"
        "The summer gala was fixed for 27 June.\n"
    )
    assert dates_of(minutes) == ["2025-09-03", "2026-04-01", "2026-06-27"]


def test_a_card_s_rows_with_three_dots_and_into_the_next_month() -> None:
    timetable = (
        "HADLEY - ASHCOMBE BUS, SERVICE 47, 2025\n"
        "Changes over the Easter period\n"
        "APRIL\n"
        "Fri 18 ...... Sunday service (Good Friday)\n"
        "Mon 21 ... Sunday service (Easter Monday)\n"
        "Thu 1 .... Normal service resumes\n"
    )
    assert titles_of(timetable) == {
        "2025-04-18": "Sunday service (Good Friday)",
        "2025-04-21": "Sunday service (Easter Monday)",
        "2025-05-01": "Normal service resumes",
    }


def test_a_masthead_on_two_lines_and_a_code_in_capitals_keep_their_titles() -> None:
    # (from the reviews: a name on two lines over its note, "APL" no old hand's April)
    masthead = (
        "ASHCOMBE & DISTRICT\n"
        "HORTICULTURAL SOCIETY\n"
        "(Founded 1958)\n\n"
        "Annual show, Saturday 6 September 2025, in the Memorial Hall.\n"
    )
    assert titles_of(masthead)["1958"] == "ASHCOMBE & DISTRICT HORTICULTURAL SOCIETY was founded"
    release = "Version APL 2.0 was released on 12 January 2004.\n"
    assert events_of(release) == [("2004-01-12", "Version APL 2.0 was released", None)]


def test_a_season_s_sentence_of_months_on_both_sides_takes_no_one_year() -> None:
    # (from the reviews: "opens on 6 December and closes on 19 April" is of two years)
    page = (
        "Ski season 2025/26\n\n"
        "Ski passes are on sale from 1 October. The resort opens on 6 December and closes on 19 "
        "April.\n"
    )
    assert dates_of(page) == ["2025-10-01"]
