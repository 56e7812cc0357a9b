"""A key date's leader of dots, either way round; a row of several days or of its year; a
season's year with a word between; a day's hour, which names no fact; a daybook's day alone
under its month and its sums in colons; a notice's name with a note in brackets; a
bulletin's lower-case "issued"; a next issue a column away; a second verb of the same
subject; "two years after that"; a table's years over figures: each rule on texts of other
kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_key_date_s_leader_of_dots_parts_its_label_from_its_day() -> None:
    prospectus = (
        "HOLBECK SCHOOL OF ART - 2026 ADMISSIONS\n\n"
        "KEY DATES\n"
        "Portfolio deadline ............ Fri. 16th January 2026\n"
        "Interviews .................... Tues. 10th February 2026\n"
        "Offers sent ................... Mon. 2nd March 2026, 9:00 am\n"
        "Open day ...................... Sat. 6th December 2025 - studios and workshops\n"
    )
    assert titles_of(prospectus, published="2025-11-01") == {
        "2025-12-06": "Open day: studios and workshops",
        "2026-01-16": "Portfolio deadline",
        "2026-02-10": "Interviews",
        "2026-03-02": "Offers sent",
    }
    calendar = (
        "WEXLEY ROWING CLUB - 2025 EVENTS\n\n"
        "Sat. 5th April 2025 ........ Spring head race\n"
        "Sun. 18th May 2025 ......... Novice regatta, Wexley reach\n"
        "Sat. 12th July 2025 ........ Club barbecue\n"
    )
    drafted = titles_of(calendar, published="2025-02-01")
    assert drafted["2025-04-05"] == "Spring head race"
    assert drafted["2025-05-18"].startswith("Novice regatta")
    assert drafted["2025-07-12"] == "Club barbecue"


def test_a_row_of_two_days_or_of_its_year_is_a_row_of_its_own() -> None:
    card = (
        "PRIORY BOWLS CLUB\n\n"
        "Sat 3 May 2025      Opening day and spoon drive\n"
        "Wed 14 & 21 May     Friendly triples against Hexley\n"
        "Sat 7 June 2025     Club pairs final\n"
    )
    drafted = titles_of(card, published="2025-03-01")
    assert drafted["2025-05-03"] == "Opening day and spoon drive"
    assert drafted["2025-06-07"] == "Club pairs final"


def test_a_season_s_year_with_a_word_between_dates_an_undated_fixtures_list() -> None:
    fixtures = (
        "ASHBY VALE CRICKET CLUB\n"
        "2026 SUMMER SEASON FIXTURES\n"
        "All matches start at 1 pm.\n\n"
        "Sat 9 May      Ashby Vale v Hartwell\n"
        "Sat 16 May     Mellor v Ashby Vale\n"
    )
    assert titles_of(fixtures) == {
        "2026-05-09": "Ashby Vale v Hartwell",
        "2026-05-16": "Mellor v Ashby Vale",
    }
    # (not a count before "season": "Club sells 2000 more season tickets")
    news = "Club sells 2000 more season tickets\n\nSales opened on 3 May and closed on 14 June."
    assert dates_of(news) == []


def test_a_day_s_hour_names_no_fact() -> None:
    notice = (
        "Doors: Friday 6 June 2025, 7.30pm\n"
        "Bar: Saturday 7 June 2025, 6pm to 11pm\n"  # (a span's first hour stays)
    )
    assert titles_of(notice) == {"2025-06-06": "Doors", "2025-06-07": "Bar, 6pm to 11pm"}


def test_a_daybook_s_day_alone_under_its_month_and_its_sums_in_colons() -> None:
    daybook = (
        "DAY BOOK of the Mill at Kersey, kept by Saml. Rudd\n\n"
        "1768.\n\n"
        "Octr.\n"
        " 3d.   Ground 40 bushels of wheat for Mr. Gage ........................ 0 : 13 : 4\n"
        " 11th. Pd. Henry Cole for new cogs to the great wheel ................ 1 : 4 : 0\n"
        " 20th. The sluice gate gave way in the night; mill stood.\n"
    )
    drafted = titles_of(daybook)
    assert drafted["1768-10-03"].startswith("Ground 40 bushels of wheat")
    assert drafted["1768-10-11"] == "Pd. Henry Cole for new cogs to the great wheel"
    assert "1768-10-20" in drafted
    assert not any(":" in title for title in drafted.values())


def test_a_name_with_a_note_in_brackets_and_the_state_after_its_colon() -> None:
    page = (
        "Planned works\n\n"
        "Riverside Walk (from the weir to the footbridge): closed from 2 to 6 December for "
        "path repairs.\n"
    )
    assert dates_of(page, published="2024-11-20") == ["2024-12-02/2024-12-06"]


def test_a_bulletin_s_lower_case_issue_and_its_next_one_a_column_away() -> None:
    bulletins = (
        "TARN VALLEY AIR QUALITY SERVICE\n\n"
        "BULLETIN 7 | Tuesday 8 July 2025 | issued 06:00\n"
        "Ozone reached HIGH on Sunday. Levels should fall on Thursday.\n\n"
        "BULLETIN 8 | Friday 11 July 2025 | issued 06:00\n"
        "Ozone fell to LOW on Thursday as forecast.\n"
    )
    drafted = titles_of(bulletins)
    assert {"2025-07-06", "2025-07-10"} <= set(drafted)
    assert not any("BULLETIN" in title for title in drafted.values())
    alert = (
        "FLOOD ALERT No. 12\n"
        "Issued: 09 March 2025, 07:00 GMT          Next update: 10 March 2025, 07:00 GMT\n\n"
        "The River Lune rose 40 cm overnight.\n"
    )
    assert not any("Next update" in title for title in titles_of(alert).values())


def test_a_second_verb_of_the_same_subject_keeps_its_own_tense() -> None:
    update = "Stand 4 closed to spectators on 3 March and is expected to reopen on 29 March."
    drafted = events_of(update, published="2025-03-10")
    assert [value for value, _, _ in drafted] == ["2025-03-03", "2025-03-29"]
    assert drafted[0][2] is None
    assert drafted[1][2] == "tentative"


def test_a_count_after_that_and_the_very_next_day_count_from_the_date_before() -> None:
    history = (
        "The Kersey brewery was founded in 1901. A decade after that, it moved to Leeds. Two "
        "years after that it was sold."
    )
    assert dates_of(history) == ["1901", "1911", "1913"]
    letter = "The nurses landed at Scutari on the 4th inst. The very next day the wounded came in."
    assert events_of(letter, published="1854-11-09") == [
        ("1854-11-04", "The nurses landed at Scutari", None),
        ("1854-11-05", "The wounded came in", None),
    ]


def test_a_table_s_years_over_figures_date_nothing() -> None:
    report = (
        "Table 2. Pairs counted by colony\n"
        "| Colony      | Area (ha) | 2021 | 2023 |\n"
        "| Dunmere     | 4.5       | 11   | 14   |\n"
        "| Hollin Moss | 2.0       | 6    | -    |\n\n"
        "Storm Elin flattened the Hollin Moss reedbed on 9 March 2023.\n"
    )
    assert dates_of(report) == ["2023-03-09"]
    events = "| Year | Event |\n| 2021 | Colony found |\n| 2023 | Reedbed flattened |\n"
    assert dates_of(events) == ["2021", "2023"]  # (a column of years heads no figures)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an ellipsis is no leader: a diary's "Mon 3 May ... we left", a spaced ". . ."
        (
            "Mon 3 May ... we left at dawn.\nTues 4 May ... rain all day.\n",
            "2021-06-01",
            ["2021-05-03", "2021-05-04"],
        ),
        # a contents page's leader before its page number stays
        ("CONTENTS\nIntroduction ........ 3\nThe 1851 census ........ 9\n", None, []),
        # the reviews': a spaced ellipsis after a diary's day; numbered points, teams and
        # resolutions under a month; a span's dots; a count before "season"; a sentence that
        # opens on "Last updated"
        (
            "12 Aug 1914 . . . Sailed from Southampton.\n14 Aug 1914 . . . Entrained at Rouen.\n"
            "16 Aug 1914 . . . Arrived at Le Cateau.\n",
            None,
            ["1914-08-14", "1914-08-16"],
        ),
        (
            "MEETING OF THE VESTRY, APRIL 1851.\n1st. That the church rate be fixed at twopence."
            "\n2nd. That Mr. Jones be appointed overseer.\n3rd. That the meeting be adjourned.\n",
            None,
            ["1851-04"],
        ),
        (
            "ELLERBY CC NOTES, MAY 1960.\n1st. XI lost to Hallam by six wickets.\n"
            "2nd. XI beat Upton by 20 runs.\n",
            None,
            ["1960-05"],
        ),
        (
            "Jan. 1881.\n 1st. That the subscription be raised.\n 2nd. That the Secretary write "
            "to the Duke.\n",
            None,
            ["1881-01"],
        ),
        (
            "Mr. Jones (3 May 1921 ........ 14 June 1950), headmaster, died in office.",
            None,
            ["1921-05-03", "1950-06-14"],
        ),
        (
            "Club sells 2000 more season tickets\nSales opened on 3 May and closed on 14 June.",
            None,
            [],
        ),
        (
            "Last updated by Parliament in 2011, the rules now cover online sales too.",
            None,
            ["2011"],
        ),
    ],
)
def test_the_edges_read_as_before(text: str, published: str | None, expected: list[str]) -> None:
    assert dates_of(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the reviews': a diary's clipped past after a label; an opening day before the fact;
        # a capitals head over a past
        (
            "Saturday: walked twelve miles over the tops to Hawes. Sunday: rested.",
            "2025-04-10",
            [("2025-04-05", "Walked twelve miles over the tops to Hawes", None)],
        ),
        (
            "On Friday, the couple announced their engagement.",
            "2025-03-12",
            [("2025-03-07", "The couple announced", None)],
        ),
        (
            "BRITISH RAIL TIMETABLE CHANGES 1968 Last steam train, 11 August 1968.",
            None,
            [("1968-08-11", "BRITISH RAIL TIMETABLE CHANGES 1968 Last steam train", None)],
        ),
    ],
)
def test_the_reviews_edges_keep_their_tense(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published=published)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the reviews': an hour, a figure or a name that is part of the fact stays in its title
        (
            "Sunset on 21 December 2024 at 3.38 pm was the earliest of the year in Newcastle.",
            None,
            {"2024-12-21": "Sunset at 3.38 pm was the earliest of the year in Newcastle"},
        ),
        (
            "The Ouse at York peaked on Sunday at 5.21 metres, the highest since 2000.",
            "2025-02-12",
            {"2025-02-09": "The Ouse at York peaked at 5.21 metres, the highest since 2000"},
        ),
        (
            "The ceasefire came into force on 19 January at 08:30 local time.",
            "2025-03-01",
            {"2025-01-19": "The ceasefire came into force at 08:30 local time"},
        ),
        (
            "The library reopens on Monday 14 April, - a fortnight later than planned.",
            "2025-04-10",
            {"2025-04-14": "The library reopens, - a fortnight later than planned"},
        ),
        (
            "On 4 June 2024 the band played with its new drummer, Rob. Critics were kind.",
            None,
            {"2024-06-04": "The band played with its new drummer, Rob"},
        ),
    ],
)
def test_the_reviews_edges_keep_their_titles(
    text: str, published: str | None, expected: dict[str, str]
) -> None:
    assert titles_of(text, published=published) == expected
