"""A journal's one long title line and its year; a day's weekday after it; a port alone
before what was done; a card's title in capitals, its rows that run onto a second line, its
version's stamp and its champions' years; "have not changed since"; a web table's column of
years a thing opened; a passive still to come after "not"; a cell's year before a noun; a
log's weather; a doubt after the date; "should be fit by"; kin after "a bakery that"; a
deed's and a statement's own stamps; a span whose end is rough; a heading's span over prose
that names its year late; a doubt past an aside; a habit's second clause; a figure ranked
since a year; a state in place since a day; a fixture a win set up; who is back for a day's
fixture; a release's stamp with its zone; a title held; a term to be met: each rule on
texts of other kinds than the ones it was found in, and the lines at its edges read as
before."""

from __future__ import annotations

import pytest

from kztimeline.draft.titles import is_furniture
from tests.drafting import dates_of, events_of, titles_of


def test_a_record_s_one_long_title_line_gives_its_days_their_year() -> None:
    log = (
        "DIARY of the Barque ELLEN GRAY, kept by John Moss, Second Mate, on a passage from "
        "Leith to Quebec, 1842.\n\n"
        "Monday 4th July. Weighed anchor at Leith with 140 passengers.\n\n"
        "July 20th. Spoke the brig Hope of Whitby, all well.\n"
    )
    assert dates_of(log) == ["1842-07-04", "1842-07-20"]


def test_a_day_s_weekday_after_it_closes_its_heading() -> None:
    log = (
        "Log of the schooner Ardent, 1842.\n\n"
        "August 1st. Took in water at Fayal.\n\n"
        "August 14th, Sunday. Made the land at dawn. The master hopes to anchor on "
        "Wednesday.\n"
    )
    assert dates_of(log) == ["1842-08-01", "1842-08-14", "1842-08-17"]


CARD = (
    "HALLOW BAY NETBALL LEAGUE\n"
    "WINTER FIXTURES 2026 - DIVISION TWO\n"
    "Venue: Hallow Bay Sports Centre, Court 1 All games 7.30pm. Umpires from the home side.\n\n"
    "WK  DATE        HOME             AWAY\n"
    "1   Tue 13 Jan  Bay Belles       Harbour Hoops\n"
    "                Quay Stars v Old Town (Court 2)\n"
    "2   Tue 20 Jan  Harbour Hoops    Quay Stars\n"
    "                Old Town v Bay Belles (Court 2)\n\n"
    "League founded 1911 | 2025 champions: Quay Stars | Champions 2024: Old Town.\n\n"
    "Contact: secretary@hallowbaynetball.example | Card v3, issued 2 Jan 2026\n"
)


def test_a_card_s_title_in_capitals_gives_its_rows_its_year_and_each_row_its_title() -> None:
    drafted = events_of(CARD)
    assert ("2026-01-13", "1 Bay Belles Harbour Hoops Quay Stars v Old Town (Court 2)") in [
        (value, title) for value, title, _ in drafted
    ]
    rows = [(value, status) for value, _, status in drafted if value.startswith("2026-01")]
    assert rows == [("2026-01-13", "tentative"), ("2026-01-20", "tentative")]


def test_a_card_s_year_is_its_programme_s_not_a_founding_year_above_it() -> None:
    card = (
        "CROWDEN & DISTRICT HURLING LEAGUE\n"
        "Founded 1907\n"
        "FIXTURES 2026 - SOUTH SECTION\n\n"
        "All matches 3pm.\n\n"
        "DATE            MATCH                    VENUE\n"
        "Sun 12 April    Crowden v Hexley         Mill Park\n"
        "Sun 19 April    Dunmore v Crowden        The Green\n\n"
        "The cup final will be played at Mill Park on Sunday 6 September.\n"
    )
    # (its founding line is the league's own fact, not the rows' year)
    assert dates_of(card) == ["1907", "2026-04-12", "2026-04-19", "2026-09-06"]


def test_a_card_s_champions_years_are_events_and_its_version_s_stamp_is_none() -> None:
    assert dates_of(CARD) == ["1911", "2024", "2025", "2026-01-13", "2026-01-20"]
    honours = "Club history. Northern champions 1988, 1990 and 1994, under three captains."
    assert dates_of(honours) == ["1988", "1990", "1994"]


def test_what_has_not_changed_since_a_day_is_a_state() -> None:
    page = "Opening hours\n\nThe tariff has not changed since March 2021. Cash is accepted.\n"
    assert events_of(page) == [("2021-03/..", "The tariff has not changed", None)]


def test_a_passive_after_not_is_no_past() -> None:
    card = (
        "HEXLEY BOWLS LEAGUE - 2026 SEASON FIXTURES\n\n"
        "Round 1: Saturday 11 April, Hexley v Crowden.\n\n"
        "Round 2 is not played until Saturday 2 May, as the green is reseeded.\n"
    )
    assert [status for _, _, status in events_of(card)] == ["tentative", "tentative"]


def test_a_log_s_thaw_going_on_is_no_title() -> None:
    journal = (
        "Journal kept at Fort Reliance, 1821.\n\n"
        "Thursday 26th April. Thaw continues. The geese were first seen on the 24th.\n"
    )
    assert titles_of(journal) == {"1821-04-24": "The geese were first seen"}


def test_a_date_the_teller_doubts_after_it_is_doubted() -> None:
    letter = (
        "Hobart, 9th June 1838\n\n"
        "Dear Brother,\n"
        "The carters say the bridge at Bothwell fell on the 2nd, though I doubt it.\n"
    )
    assert dates_of(letter) == ["1838-06-02?"]
    assert dates_of("A pair nested on the stack in 2019, but this was never confirmed.") == [
        "2019?"
    ]
    assert dates_of("A pair may have nested on the stack, near the old light, in 2019.") == [
        "2019?"
    ]


def test_should_be_fit_by_a_day_is_the_nearest_such_day() -> None:
    report = (
        "Full-back Sam Tate limped off with an ankle knock and should be fit by December 14 "
        "at the latest, Hale said."
    )
    assert events_of(report, published="2024-11-24") == [
        ("../2024-12-14", "Full-back Sam Tate should be fit", "tentative")
    ]


def test_kin_after_a_bakery_that_a_person_opened_two_sentences_back() -> None:
    history = (
        "The Dunmore Rope Company grew from a ropewalk that William Dunmore leased in 1851. "
        "Its ropes were sold to the fishing fleet.\n\n"
        "His daughter Ellen built the first steam works in 1890."
    )
    assert (
        titles_of(history)["1890"] == "William Dunmore’s daughter Ellen built the first steam works"
    )


def test_a_statement_s_and_a_release_s_own_stamps_are_no_events() -> None:
    assert is_furniture("Published 22.01.2025 07:00 CET.")
    statement = (
        "On 21 February 2025 the minister announced 40 million kroner for the weir.\n\n"
        "This statement was last updated on 21 February 2025 at 11:30.\n\n"
        "Published 21.02.2025 11:35 CET.\n"
    )
    assert events_of(statement) == [
        ("2025-02-21", "The minister announced 40 million kroner for the weir", None)
    ]


def test_a_span_whose_end_is_rough() -> None:
    assert dates_of("The press printed the county's maps from 1790 to about 1835.") == [
        "1790/1835~"
    ]
    assert dates_of("The press printed the county's maps from about 1790 to 1835.") == [
        "1790~/1835"
    ]


def test_a_figure_ranked_against_the_years_since_is_no_event() -> None:
    statement = (
        "The line was resignalled in 2021. Punctuality on the line last month was the worst "
        "since 2016."
    )
    assert dates_of(statement, published="2025-02-19") == ["2021"]


def test_a_state_in_place_since_a_day_past_an_ordinal() -> None:
    notice = "A 10 km surveillance zone has been in force around the second farm since 4 March."
    assert dates_of(notice, published="2025-03-10") == ["2025-03-04/.."]


def test_who_is_back_for_a_day_s_fixture_keeps_the_title() -> None:
    report = (
        "Hexley lost at home on Saturday. Captain Joe Bell should return for Tuesday's trip "
        "to Crowden."
    )
    assert titles_of(report, published="2025-05-11")["2025-05-13"] == (
        "Captain Joe Bell should return for the trip to Crowden"
    )


def test_a_title_held_beside_its_holders() -> None:
    report = (
        "The Harriers, champions in 2021 and 2023, host Crowden on Friday in the opening round."
    )
    drafted = titles_of(report, published="2025-05-11")
    assert drafted["2021"] == drafted["2023"] == "The Harriers were champions"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a span's own event ranked since a year, and an event's (not a figure's)
        (
            "Rainfall between 24 and 27 October was the heaviest in the valley since 1998.",
            "2025-11-03",
            ["2025-10-24/2025-10-27"],
        ),
        ("The storm this year was the worst since 1953.", "2025-11-03", ["2025"]),
        ("The stand opened in 2019 and is the largest in the league since 1990.", None, ["2019"]),
        # a first time since a year is still only compared
        ("The bridge has been closed for the first time since 1990.", "2025-11-03", []),
        # a page's header with its year before a capital, and prose's weekday in a line
        ("Crowden Software, Inc. | 2024 Form 10-K | Page 17\n\nWe make tools.", None, []),
        # a life's years, rough at both ends
        ("Ada Tolen (c. 1872 – c. 1931) was a weaver.", None, ["1872~", "1931~"]),
        # a change hardly made since a year
        ("The harness has hardly changed since 1902.", None, []),
    ],
)
def test_the_edges_read_as_before(text: str, published: str | None, expected: list[str]) -> None:
    assert dates_of(text, published=published) == expected


def test_prose_lines_that_open_on_a_weekday_stay_one_sentence() -> None:
    page = (
        "<html><body><main><h1>Open days</h1><p>Our spring open day is on "
        "<strong>Saturday 14 March</strong>\nand our summer open day on\n"
        "<strong>Saturday 20 June</strong>.</p></main></body></html>"
    )
    assert titles_of(page, published="2026-01-10") == {
        "2026-03-14": "The spring open day is and our summer open day",
        "2026-06-20": "The spring open day is and our summer open day",
    }


def test_a_court_s_or_a_report_s_name_in_capitals_is_not_cut_from_its_lines() -> None:
    judgment = (
        "IN THE HIGH COURT OF THE NORTHERN DIVISION\n"
        "Case No. HC 212/2024\n"
        "JUDGMENT delivered 3 March 2025\n\n"
        "[1] The applicant leased the yard on 1 May 2019.\n"
    )
    assert "2019-05-01" in dates_of(judgment)


REVIEWED = [
    # a founding's note before a hyphen, a title held before another fact's date
    (
        "Founded 2009 - Today the cooperative supplies vegetables to eleven schools.",
        "2025-04-02",
        [("2009", "Founded - Today the cooperative supplies vegetables to eleven schools", None)],
    ),
    (
        "The Panthers, champions in 2019 before their relegation in 2021, were beaten 3-1 by "
        "the Hawks on Saturday.",
        "2024-03-05",
        [
            (
                "2019",
                "The Panthers, champions before their relegation, were beaten 3-1 by the Hawks",
                None,
            ),
            (
                "2021",
                "The Panthers, champions before their relegation, were beaten 3-1 by the Hawks",
                None,
            ),
            (
                "2024-03-02",
                "The Panthers, champions before their relegation, were beaten 3-1 by the Hawks",
                None,
            ),
        ],
    ),
    # an order to set up a scheme, a turnout compared, a road closed longer than in any year
    (
        "The regulator ordered the firm on Monday to set up a compensation scheme by the end "
        "of June.",
        "2025-02-04",
        [
            ("../2024-06", "The regulator ordered the firm to set up a compensation scheme", None),
            ("2025-02-03", "The regulator ordered the firm to set up a compensation scheme", None),
        ],
    ),
    ("Turnout in the ward has not changed since 2015 by more than two points.", None, []),
    (
        "The A59 has been closed for longer this winter than in any year since 1998.",
        "2025-02-12",
        [],
    ),
    # an event's figure ranked, a strike over rates, a season's winners
    (
        "Attendances at the Cup final on 28 April 1923 were the largest since the ground opened.",
        None,
        [
            (
                "1923-04-28",
                "Attendances at the Cup final were the largest since the ground opened",
                None,
            )
        ],
    ),
    (
        "Production at the pit in March 1926 was the lowest since 1921, and the men came out "
        "on 1 May.",
        None,
        [("1926-05-01", "The men came out", None)],
    ),
    (
        "League winners 2019 to be presented with the trophy at the dinner on 14 March 2020.",
        None,
        [
            (
                "2020-03-14",
                "League winners 2019 to be presented with the trophy at the dinner",
                "tentative",
            )
        ],
    ),
    # a doubt of another thing than the date
    (
        "Probably a weaver by trade, Mellor was hanged at York, on 8 January 1813, with two "
        "others.",
        None,
        [
            (
                "1813-01-08",
                "Probably a weaver by trade, Mellor was hanged at York, with two others",
                None,
            )
        ],
    ),
    (
        "The Board met on 4 June 2024, but we question this decision and will appeal.",
        None,
        [("2024-06-04", "The Board met", None)],
    ),
    (
        "She was appointed headmistress on 4 May 1921, but it was not confirmed by the "
        "governors until June.",
        None,
        [
            ("1921-05-04", "She was appointed headmistress", None),
            ("1921-06", "It was not confirmed by the governors", None),
        ],
    ),
    # a count between two figures, a society's amendment, a deed's and a book's day
    (
        "The glassworks employed between 1600 and about 1700 people at its height in the 1890s.",
        None,
        [
            (
                "1890/1899",
                "The glassworks employed between 1600 and about 1700 people at its height",
                None,
            )
        ],
    ),
    (
        "The Constitution of the Kelby Society. This document was amended on 12 May 1987 at "
        "the AGM.",
        None,
        [("1987-05-12", "This document was amended at the AGM", None)],
    ),
    (
        "Ulysses, by James Joyce.\nPublished 2 February 1922.\n",
        None,
        [("1922-02-02", "Published", None)],
    ),
    # a diary's weekday that does not fit its year, a timetable's founding year
    (
        "Diary of Eliza Hale, 1862.\n\nAugust 9th, Sunday. To church twice.\n\nAugust 11th, "
        "Monday. Washing day.\n",
        None,
        [("1862-08-09", "To church twice", None), ("1862-08-11", "Washing day", None)],
    ),
    # a log's position before its weather, a diary's news at a palace
    (
        "Log of HMS Tern, 1814.\n\nMarch 3. At Woolwich.\n\nMarch 4. Off Margate. Fresh breezes.\n",
        None,
        [("1814-03-03", "At Woolwich", None), ("1814-03-04", "Off Margate", None)],
    ),
    # an instruction's deadline, a journal's edition's year, a life's span over its story
    (
        "Applications should be made by 1 April to be considered for the autumn intake.",
        "2025-07-10",
        [
            (
                "../2026-04-01",
                "Applications should be made to be considered for the autumn intake",
                "tentative",
            )
        ],
    ),
    (
        "JOURNAL of Thomas Hale, Surgeon of the Convict Ship ALDERWICK, transcribed and edited "
        "by his great-grandson, Leeds, 1978.\n\nMay 3. Sailed from Sheerness.\n",
        None,
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), REVIEWED)
def test_the_reviews_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published=published) == expected


def test_a_table_s_column_of_counts_or_hours_under_opened_dates_nothing() -> None:
    page = (
        "<html><body><h1>Lifting bridge log, 14 June 2024</h1>"
        "<table><tr><th>Vessel</th><th>Opened</th><th>Closed</th></tr>"
        "<tr><td>Sea Otter</td><td>1530</td><td>1545</td></tr></table>"
        "<p>The new bridge opened in 2019.</p></body></html>"
    )
    assert dates_of(page) == ["2019"]
