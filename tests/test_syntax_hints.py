"""A TOML syntax error names the event it falls in and, for the common mistakes, the fix."""

from __future__ import annotations

import re

import pytest

from kztimeline._syntax_hints import enclosing_event, syntax_advice
from kztimeline.edtf import parse_date

FILE = """\
[timeline]
title = "T"

[sources.a]
title = "A"

[[events]]
id = "first"
title = "x"

[[events]]
title = "no id yet"
date = 2012-11
id = 'second'

[[events]]
title = "no id at all"

[people.p]
name = "P"
"""


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (2, None),  # [timeline]
        (5, None),  # a source
        (7, "event 'first'"),  # the header itself
        (9, "event 'first'"),
        (13, "event 'second'"),  # the id comes after the line
        (17, "event #3"),  # an event with no id is named by its place
        (20, None),  # a person after the events
    ],
)
def test_enclosing_event(line: int, subject: str | None) -> None:
    assert enclosing_event(FILE, line)[0] == subject


def test_enclosing_event_gives_the_id_alone_too() -> None:
    assert enclosing_event(FILE, 13) == ("event 'second'", "second")
    assert enclosing_event(FILE, 17) == ("event #3", None)


@pytest.mark.parametrize(
    ("line", "problem", "advice"),
    [
        (
            "date = 15/11/2012",
            "expected newline",
            'write the date in quotes, as EDTF: date = "2012-11-15"',
        ),
        (
            "date = 05/11/2012",
            "expected newline",
            'write the date in quotes, as EDTF: date = "2012-11-05" or date = "2012-05-11"',
        ),
        ("date = 2012-11", "expected newline", 'write the date in quotes: date = "2012-11"'),
        ("date = Nov 2012", "invalid value", 'write the date in quotes, as EDTF: date = "2012-11"'),
        (
            "published = 15/11/2012",
            "expected newline",
            "write a TOML date, year first: published = 2012-11-15",
        ),
        (
            'title = "He said "hi""',
            "expected newline",
            'a quote inside "…" ends the text; write it in single quotes, as '
            'title = \'He said "hi"\', or write each inner quote as \\"',
        ),
        (
            'title = "C:\\new"',
            "invalid hex value",
            'a backslash in "…" starts an escape; write the text in single quotes, as '
            "title = 'C:\\new', or write each backslash as \\\\",
        ),
        ("title = 'x'", "cannot overwrite a value", "title is given twice in this event; keep one"),
        (
            "[timeline]",
            "cannot declare [timeline] twice",
            "a file has one [timeline] table; merge the two into the first",
        ),
        (
            "[events]",
            "cannot declare [events] twice",
            "write each event under [[events]], with double brackets",
        ),
        (
            "title = ",
            "invalid value",
            'title has no value; write one, as title = "…", or remove the line',
        ),
        ("title = nonsense", "invalid value", "fix the syntax"),
        (
            "date = 2022-02-30",
            "invalid date or datetime",
            "day 30 in '2022-02-30' does not exist; February 2022 has 28 days",
        ),
        (
            "date = 2022-02-30/2022-03-05",
            "invalid date or datetime",
            "day 30 in '2022-02-30' does not exist; February 2022 has 28 days",
        ),
        (
            "date = 2022-13-01",
            "expected newline",
            "month 13 in '2022-13-01' does not exist; use 01 to 12",
        ),
        (
            "published = 2023-02-29",
            "invalid date or datetime",
            "day 29 in '2023-02-29' does not exist; February 2023 has 28 days",
        ),
    ],
)
def test_common_mistakes_get_their_fix(line: str, problem: str, advice: str) -> None:
    assert syntax_advice(line, problem, in_event=True) == advice


@pytest.mark.parametrize(
    "value",
    ["2022-02-30", "2022-02-30/2022-03-05", "2022-13-01", "30.02.2022", "31/04/2012", "2012-11"],
)
def test_a_proposed_date_reads(value: str) -> None:
    """Every rewrite the advice proposes is one the date parser reads."""
    advice = syntax_advice(f"date = {value}", "invalid date or datetime", in_event=True)
    for proposal in re.findall(r'date = "([^"]*)"', advice):
        parse_date(proposal)
