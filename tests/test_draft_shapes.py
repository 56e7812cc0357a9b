"""Titles and dates that the shape of a text gives: appositives, table rows, changelog
headings, field lines with words before their date, a dateline parted by dashes, citations,
reported speech without "that", seasons, long opening phrases and relative clauses."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft


def _drafted(text: str, published: str | None = None) -> dict[str, str]:
    return {event.date.text: event.title for event in draft(text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "titles"),
    [
        (  # a comma inside a number ends no appositive; a participle is a passive
            "The mine, dug in 1960, yielded 1,250 tonnes of ore in 2010.",
            None,
            {"1960": "The mine was dug", "2010": "The mine yielded 1,250 tonnes of ore"},
        ),
        (  # a table row is one entry: the name in the cell before the date titles it
            "<html><body><table><tr><th>Mayor</th><th>Term</th></tr>"
            "<tr><td>Asel Nurova</td><td>1995–2001</td></tr></table></body></html>",
            None,
            {"1995/2001": "Asel Nurova"},
        ),
        ("Changelog\n\n## 1.2.0 — 2023-04-01\n- Faster sync.\n", None, {"2023-04-01": "1.2.0"}),
        (
            "Project facts\n\nStart: early May 2020\nCompletion: expected in 2027\n",
            None,
            {"2020-05": "Start", "2027": "Completion expected"},
        ),
        (  # "CITY, Country – date –" dates the release, so "today" is that day
            "ALMATY, Kazakhstan – 5 May 2022 – Nomad Energy today announced a new plant.",
            None,
            {"2022-05-05": "Nomad Energy announced a new plant"},
        ),
        (
            "Excavations took place in 1968 (Omarov 1975, pp. 10-12).",
            "2020-01-01",
            {"1968": "Excavations took place"},
        ),
        (
            "The minister said a new bridge is planned for 2026.",
            "2024-01-01",
            {"2026": "A new bridge is planned"},
        ),
        (
            "The flood of spring 2017 destroyed 300 homes.",
            "2020-01-01",
            {"2017": "The flood destroyed 300 homes"},
        ),
        (
            "After a voyage of 40 days the ship reached port on 3 May 2010. Its crew left two "
            "days later.",
            None,
            {
                "2010-05-03": "The ship reached port",
                "2010-05-05": "The ship’s crew left",
            },
        ),
        (  # "we" on a company's own page is the company
            "About us\n\nNomad Foods is a family company from Kostanay. In 2026 we will open a "
            "shop in Astana.",
            "2025-01-01",
            {"2026": "Nomad Foods will open a shop in Astana"},
        ),
        (  # the days of opening hours are a habit; "1990s." ends a sentence
            "Museum notice\n\nOpening hours: Tuesday to Sunday, 10:00–18:00. Iodine was scarce "
            "in the 1990s. Salt iodisation began in 2002.",
            "2024-01-20",
            {"1990/1999": "Iodine was scarce", "2002": "Salt iodisation began"},
        ),
        (  # footnote marks end no sentence and stay out of titles
            "Astana\n\nAstana was founded in 1830 as a fort.[3] It became the capital on 10 "
            "December 1997,[4][5] replacing Almaty.[citation needed] It was renamed in March "
            "2019[6] and again in September 2022.[7]",
            None,
            {
                "1830": "Astana was founded as a fort",
                "1997-12-10": "Astana became the capital, replacing Almaty",
                "2019-03": "Astana was renamed",
                "2022-09": "Astana was renamed",
            },
        ),
        (  # a field whose label names an event dates it by a year alone; a count does not
            "Kazakhmys\n\nFounded: 1930\nEmployees: 2015\nPrivatised: 1997\n\nIt mines copper.",
            None,
            {"1930": "Founded", "1997": "Privatised"},
        ),
        (  # a relative clause with its own subject: what it names is the verb's object
            "The treaty, which both sides signed in 1992, expired in 2012.",
            None,
            {"1992": "Both sides signed the treaty", "2012": "The treaty expired"},
        ),
        (  # two participles of one appositive, and a clause after ", then", each its own
            "The plant, built in 1957 and privatised in 1996, doubled its output between 2000 "
            "and 2004, then halved it in 2009.",
            None,
            {
                "1957": "The plant was built",
                "1996": "The plant was privatised",
                "2000/2004": "The plant doubled its output",
                "2009": "The plant halved it",
            },
        ),
        (  # an opening clause with its own subject, a "having" clause, a month span, "we"
            "Since the foundation was set up in 2012, it has drilled 312 wells. In 2021 we "
            "drilled 46 wells. Work was slowed between March and May by rain. Astana will "
            "enter the qualifiers in July, having reached the group stage in 2015. Its maps are "
            "still used today.",
            "2022-02-01",
            {
                "2021": "The foundation drilled 46 wells",
                "2012": "The foundation was set up",
                "2021-03/2021-05": "Work was slowed by rain",
                "2022-07": "Astana will enter the qualifiers, having reached the group stage",
                "2015": "Astana reached the group stage",
            },
        ),
        (  # a figure's caption dates nothing; a title ends on no loose measure of time
            "<html><body><article><h1>Metro extension opens</h1><figure><figcaption>Passengers"
            " on Tuesday.</figcaption></figure><p>Two new stations opened to passengers on "
            "Tuesday, almost three years after construction began in June 2020.</p></article>"
            "</body></html>",
            "2023-05-09",
            {
                "2023-05-09": "Two new stations opened to passengers",
                "2020-06": "Construction began",
            },
        ),
        (  # a date in brackets after a name of a list titles that name
            "Three governors led the bank: A. Omarov (1991-1999), B. Sadykov (1999-2010) and C. "
            "Nurova (since 2010). The dam (completed 2005) raised the sea. The constitution was "
            "adopted by referendum (30 August 1995) and amended in October 1998.",
            None,
            {
                "1991/1999": "A. Omarov",
                "1999/2010": "B. Sadykov",
                "2010/..": "C. Nurova",
                "2005": "The dam was completed",
                "1995-08-30": "The constitution was adopted by referendum",
                "1998-10": "The constitution was amended",
            },
        ),
        (  # a verb left out of the second of two clauses; a date that opens a clause
            "During the Soviet era a lead smelter opened in 1934 and an oil refinery in 1985. "
            "The city's population passed one million in 2018, the same year it became a city of "
            "republican significance.",
            None,
            {
                "1934": "A lead smelter opened",
                "1985": "An oil refinery opened",
                "2018": "The city's population passed one million",
            },
        ),
        (  # "to the present" says the span goes on: the date's words, not the title's
            "The lighthouse keepers' guild has met in the harbour inn from 1911 to the present.",
            None,
            {"1911/..": "The lighthouse keepers' guild has met in the harbour inn"},
        ),
        (  # a long title is not cut inside a relative clause
            "She operated on 17 April 1979 on a young teacher from a small village near Semey "
            "who lived for another twenty-one years.",
            None,
            {"1979-04-17": "She operated on a young teacher from a small village near Semey"},
        ),
    ],
)
def test_the_shape_of_the_text_gives_the_title(
    text: str, published: str | None, titles: dict[str, str]
) -> None:
    assert _drafted(text, published) == titles


def test_a_column_of_dates_gives_one_entry_per_line() -> None:
    """A CV's lines, each a date or a span in a column of its own, are entries: a line under
    a heading is not read as the heading's sentence, and no entry borrows its neighbour's
    words."""
    drafted = _drafted(
        "Career\n\n2009–2013  Site engineer, Tobol Mining\n"
        "Mar 2013 – present\tChief engineer, Aral Water\n\n"
        "Honours\n2016  Order of Merit of the Engineers Guild\n"
    )
    assert drafted == {
        "2009/2013": "Site engineer, Tobol Mining",
        "2013-03/..": "Chief engineer, Aral Water",
        "2016": "Order of Merit of the Engineers Guild",
    }


# A plain-text register whose columns "|" parts, with a header over them.
_REGISTER = """\
Bridges of the river district

Bridge          | Built        | Last inspected | Closed
Sarykol footway | 4 April 1961 | 19 Sep 2022    |
Tobyl rail span | 1907         |                | 30 Jan 2015
"""


def test_a_pipe_table_titles_each_date_with_its_row_and_column() -> None:
    """A dated cell of a "|" table is titled with its row's name and its column's header,
    and no title keeps a "|" or borrows the header row's words."""
    assert _drafted(_REGISTER) == {
        "1961-04-04": "Sarykol footway, Built",
        "2022-09-19": "Sarykol footway, Last inspected",
        "1907": "Tobyl rail span, Built",
        "2015-01-30": "Tobyl rail span, Closed",
    }


def test_a_pipe_table_with_a_date_column_keeps_its_events() -> None:
    """A header that only says "Year" adds nothing to the title; a table with no header
    row keeps every dated line as one entry; a line of "|" fields joins no neighbour."""
    with_header = "Club history\n\nYear | Milestone\n1932 | Club founded\n1958 | First title\n"
    assert _drafted(with_header) == {"1932": "Club founded", "1958": "First title"}
    no_header = "Club history\n\n1932 | Club founded\n1958 | First title won\n"
    assert set(_drafted(no_header)) == {"1932", "1958"}
    fields = "Ferry timetable\nValid from 2 June 2019\nRoute 4 | Operator: Aral Line\n"
    assert all("|" not in title for title in _drafted(fields).values())
