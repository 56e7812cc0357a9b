"""A league's card: its founding line under its name, its programme's year after
"LEAGUE", its rows as plans whatever a row's note in brackets says was arranged, its
printer's stamp after a dash, a column of rounds and a heading's occasion before its day; a
list of days whose last one gives the year; a letter's day under a street and its number; a
record judged doubtful, "I think" with no comma before it and a count's "apparently
occupied"; a player's doubt for a weekday; a state since a year beside a thing's age; the
day a thing was moved away from; an award's line: each rule on texts of other kinds than the
ones it was found in, and the lines at its edges, the reviews' among them, read as before."""

from __future__ import annotations

import pytest

from kztimeline.draft.titles import is_furniture
from tests.drafting import dates_of, events_of, titles_of

CARD = (
    "LOWFIELD & DISTRICT DARTS LEAGUE\n"
    "Founded 1968\n\n"
    "WINTER LEAGUE 2026 - FIXTURES CARD\n\n"
    "Entry forms must reach the Secretary no later than 6 January.\n\n"
    "Tue 13 Jan   Crown v Anchor (draw made at the AGM)\n"
    "Tue 20 Jan   Anchor v Plough\n"
    "Sat 14 Mar   FINAL at the Crown, 8pm\n"
)


def test_a_card_s_founding_line_is_its_league_s_fact() -> None:
    assert titles_of(CARD)["1968"] == "LOWFIELD & DISTRICT DARTS LEAGUE was founded"


def test_a_league_s_card_gives_its_rows_its_year_as_plans() -> None:
    drafted = {value: status for value, _, status in events_of(CARD)}
    assert drafted == {
        "1968": None,
        "2026-01-13": "tentative",
        "2026-01-20": "tentative",
        "2026-03-14": "tentative",
        "../2026-01-06": "tentative",
    }


def test_a_card_s_printer_s_stamp_after_a_dash_dates_nothing() -> None:
    assert is_furniture("Card no. 3/26 - Printed by Bay Print, Lowfield - Issued 2 January 2026")
    assert is_furniture("Printed by Bay Print, Lowfield - printed 4 March 2026")


def test_the_day_that_closes_a_list_gives_its_year_to_the_days_before() -> None:
    minutes = (
        "The society was formed in March 1987.\n\n"
        "The committee met on 9 January, 6 March and 4 June 2025, and on 12 December and "
        "8 January 2026 it met again.\n"
    )
    assert dates_of(minutes) == [
        "1987-03",
        "2025-01-09",
        "2025-03-06",
        "2025-06-04",
        "2025-12-12",
        "2026-01-08",
    ]


def test_a_letter_s_day_under_a_street_and_its_number() -> None:
    letters = (
        "Letters of Ann Treve, milliner, to her sister.\n\n"
        "I.\n"
        "7, Bridge Street, Truro.\n"
        "4th May 1861.\n\n"
        "My dear Kate,\n"
        "The bonnets came on Thursday by the carrier.\n"
    )
    assert dates_of(letters) == ["1861-05-02"]


def test_a_count_s_term_is_no_doubt_and_a_record_judged_doubtful_is() -> None:
    survey = (
        "Apparently occupied nests were counted on 3 May 2024.\n\n"
        "A record of a pine marten on the estate in 2011 is doubtful, as no photograph was "
        "taken.\n"
    )
    assert dates_of(survey) == ["2011?", "2024-05-03"]


def test_i_think_after_the_day_with_no_comma_before_it() -> None:
    memoir = (
        "The old ferry boat sank off the quay on 19 June 1822 I think, though some say the 20th."
    )
    assert dates_of(memoir) == ["1822-06-19?"]


def test_a_player_s_fitness_for_a_weekday_looks_ahead() -> None:
    report = "Okafor limped off and is a doubt for Saturday, when the sides meet in the cup."
    assert dates_of(report, published="2025-03-10") == ["2025-03-15"]


def test_a_state_since_a_year_beside_what_goes_back_to_a_decade() -> None:
    history = "Since 2012 the library has kept the parish registers, going back to the 1650s."
    assert dates_of(history) == ["2012/.."]


def test_a_table_s_column_of_rounds_names_each_row_s_round() -> None:
    card = (
        "FIXTURES 2026\n\n"
        "Rd | Date        | Match\n"
        "1  | Sat 2 May   | Hexley v Crowden\n"
        "2  | Sat 9 May   | Crowden v Dunmore\n"
    )
    assert titles_of(card) == {
        "2026-05-02": "Round 1, Hexley v Crowden",
        "2026-05-09": "Round 2, Crowden v Dunmore",
    }


def test_the_day_a_thing_was_moved_from_is_no_event() -> None:
    notice = "The spring fair was moved from 12 April because of the marathon."
    assert dates_of(notice, published="2025-03-01") == []


def test_a_card_s_heading_names_its_day_s_occasion() -> None:
    card = (
        "FIXTURES 2025\n\nCUP FINAL - Sat 12 July, 2pm, Bramley Rec.\n\n"
        "OPENING NIGHT - Tue 6 May\n  Friendly round-robin, all teams\n"
    )
    assert titles_of(card) == {
        "2025-05-06": "OPENING NIGHT: Friendly round-robin, all teams",
        "2025-07-12": "CUP FINAL: 2pm, Bramley Rec",
    }


def test_an_award_s_line_is_an_event_not_a_place_and_day() -> None:
    line = "Winner, Best Small Museum, Kelby Tourism Awards, 20 November 2024."
    assert not is_furniture(line)
    assert dates_of(line) == ["2024-11-20"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a history's founding in prose, and a founder's name before "Founded"
        ("The Lowfield Darts League was founded in 1968 by four publicans.", None, ["1968"]),
        # a league's past season, told in the past: no plans
        (
            "PREMIER LEAGUE 2019 - REVIEW\n\nRovers won the title on 4 May 2019.\n",
            None,
            ["2019-05-04"],
        ),
        # a history's line after a dash, with no day of its own
        ("1999 - Issued its first bond, to build the quay.", None, ["1999"]),
        # a list's days with a year each, and days not in one list
        (
            "The hall opened on 3 May 2021 and closed on 9 June 2022.",
            None,
            ["2021-05-03", "2022-06-09"],
        ),
        ("Work began in May and ended on 19 June 2024.", None, ["2024-05", "2024-06-19"]),
        # "our" of a firm named by a name, and a court's "I think" before a clause
        (
            "Crowden Brewing Ltd had a good year. In March our new brewhouse opened.",
            "2025-11-01",
            ["2025-03"],
        ),
        ("Terms were agreed on 4 May 2024 I think it right to say.", None, ["2024-05-04"]),
        # a thing moved from a day to another, and the day a season runs to
        (
            "The fair was moved from 12 April to 19 April.",
            "2025-03-01",
            ["2025-04-19"],
        ),
        ("The office stayed open from 1990 to 2004.", None, ["1990/2004"]),
        # a record that is only described, not judged
        ("A record of the chapel in 1290 is in the bishop's register.", None, ["1290"]),
        # from the reviews: a masthead's founding over news, a stamp that is the fact, a
        # headline's league and year, a move with effect from a day, a past report's "is fit
        # for Saturday", played rows' results, a day that opens its own clause, a castle
        # apparently occupied, a report's worth questioned, a family traced back, "I think" in
        # its own clause, a list line that ends on a count, a series shot in the summer ahead
        (
            "THE WESTBURY ECHO Founded 1785\n\nCouncil rejects bypass plan\n\n"
            "Westbury council on Monday rejected plans for a bypass.\n",
            "2025-03-04",
            ["2025-03-03"],
        ),
        ("Stamps of 1840\n\nThe Penny Black - Issued 1 May 1840.\n", None, ["1840-05-01"]),
        (
            "THE LEAGUE 1995 CHAMPIONS: HOW HARWELL DID IT\n\nHarwell lost their opening game "
            "on 12 August. The title was clinched at Oakley on 22 April.\n",
            None,
            [],
        ),
        (
            "The capital was moved from 1 January 1923 to Ankara, by decree.",
            "1925-01-01",
            ["1923-01-01"],
        ),
        (
            "Match report, 30 July 1966. Greaves, injured in the group stage, is fit for "
            "Saturday but Ramsey kept faith with Hurst, who scored three.",
            "1966-08-01",
            ["1966-07-30"],
        ),
        (
            "The road closed on 12 March, and 14 June 2026 is now the date set for reopening.",
            "2025-09-01",
            ["2025-03-12", "2026-06-14"],
        ),
        (
            "The castle, apparently occupied by the Scots in 1314, was retaken in 1318.",
            None,
            ["1314?", "1318"],
        ),
        (
            "The report of the council meeting on 12 March is questionable, since no minutes "
            "were taken.",
            "2024-05-01",
            ["2024-03-12"],
        ),
        ("We traced the family from 1990 back to 1780.", None, []),
        (
            "After what happened on 3 March I think, frankly, that the board must go.",
            "2025-03-10",
            ["2025-03-03"],
        ),
        (
            "Timeline\n- In 2023 the squad for the first team grew from 18 players to 24\n"
            "March 2024 - the club appointed its first full-time coach, Tom Evans\n",
            None,
            ["2023", "2024-03"],
        ),
        (
            "The second series, shot over the summer from 1 July, will be broadcast in 2026.",
            "2025-04-01",
            ["2025-07-01", "2026"],
        ),
        # minutes under a league's name and year, a museum's label, a place named St Day, a
        # record's worth, lists told newest first or with a year of their own
        (
            "MINUTES OF THE ANNUAL GENERAL MEETING\nASHCOMBE DARTS LEAGUE 2024\n\nHeld at the "
            "Crown Inn on Thursday 12 December. The next season will start on 16 January.\n",
            None,
            ["2024-12-12", "2025-01-16"],
        ),
        (
            "Museum label\nFIRST DAY COVER, Festival of Britain 3d. stamp, posted at Harwell - "
            "Issued 3 May 1951.\n",
            None,
            ["1951-05-03"],
        ),
        (
            "Her record of attendance in 1921 was doubtful, said the Inspector.",
            None,
            ["1921"],
        ),
        (
            "Hale v Grey: previous hearings on 9 January, 12 December and 3 November 2024.",
            "2025-01-20",
            ["2024-11-03", "2025-01-09", "2025-12-12"],
        ),
        (
            "The Chairman thanked the volunteers for the fetes of 15 June 2024, 13 July and 10 "
            "August 1974.",
            "2025-01-14",
            ["1974-08-10", "2024-06-15", "2024-07-13"],
        ),
        # a row's date inside its note stays the note's
        (
            "PROGRAMME 2026\n\nSat 4 Apr  Spring walk (first held 12 April 1998)\n",
            None,
            ["1998-04-12", "2026-04-04"],
        ),
    ],
)
def test_the_edges_read_as_before(text: str, published: str | None, expected: list[str]) -> None:
    assert dates_of(text, published=published) == expected


def test_the_edges_of_a_card_and_of_a_firm_read_as_before() -> None:
    results = (
        "FIXTURES 2025 - FIRST XI\n\nSat 3 May   v Oakley (H) (lost by 4 wickets)\n"
        "Sat 10 May   v Kessel (A) (won by 20 runs)\nSat 17 May   v Dunmore (H)\n"
    )
    assert [status for _, _, status in events_of(results)] == [None, None, "tentative"]
    works = (
        "Road works programme\n\n| Start | Rd | Work |\n|---|---|---|\n"
        "| 3 March 2025 | 14 | Resurfacing |\n"
    )
    assert "Round" not in titles_of(works)["2025-03-03"]
    firm = (
        "Sarah Raven, 62, opened the new garden shop on 3 May. Sarah started the business in "
        "1999 and she still writes the catalogue. Our autumn bulb catalogue is out on 1 June."
    )
    assert titles_of(firm, published="2025-05-10")["2025-06-01"].startswith("Sarah Raven")
    page = (
        "<html><body><article><h1>Bridge reopens</h1><p>The Wey bridge reopened on 3 March "
        "2025.</p></article><aside><h3>About us</h3><p>The Courier is published every "
        "Thursday. Closed on 25 December and 1 January.</p></aside></body></html>"
    )
    assert dates_of(page) == ["2025-03-03"]
