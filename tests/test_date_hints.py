"""Date and time zone mistakes are told their fix: a proposed EDTF form or the nearest zone."""

from __future__ import annotations

import pytest

from kztimeline.dates import parse_time_zone
from kztimeline.edtf import parse_date, parse_partial_date, proposed_dates
from kztimeline.errors import DateError

HINTS = [
    # written, the end of the message
    ("15/11/2012", "write it year first, as YYYY-MM-DD: '2012-11-15'"),
    ("11/15/2012", "write it year first, as YYYY-MM-DD: '2012-11-15'"),
    ("15.11.2012", "write it year first, as YYYY-MM-DD: '2012-11-15'"),
    ("15-11-2012", "write it year first, as YYYY-MM-DD: '2012-11-15'"),
    (
        "05/11/2012",
        "it could be day first or month first; "
        "write '2012-11-05' (5 November) or '2012-05-11' (11 May)",
    ),
    ("2012/11/15", "write it with '-' between the parts: '2012-11-15'"),
    ("Nov 2012", "write it in numbers, year first: '2012-11'"),
    ("November 2012", "write it in numbers, year first: '2012-11'"),
    ("2012 November", "write it in numbers, year first: '2012-11'"),
    ("Sept. 2012", "write it in numbers, year first: '2012-09'"),
    ("20 July 1969", "write it in numbers, year first: '1969-07-20'"),
    ("July 20, 1969", "write it in numbers, year first: '1969-07-20'"),
    ("20th of July 1969", "write it in numbers, year first: '1969-07-20'"),
    ("2012-11-15 to 2012-11-18", "write a range as A/B: '2012-11-15/2012-11-18'"),
    ("2012-11-15 – 2012-11-18", "write a range as A/B: '2012-11-15/2012-11-18'"),
    ("2012-11-15 - 2012-11-18", "write a range as A/B: '2012-11-15/2012-11-18'"),
    ("2012-11-15 until 2012-11-18", "write a range as A/B: '2012-11-15/2012-11-18'"),
    ("1969-1972", "write a range as A/B: '1969/1972'"),
    ("from Nov 2012 to Dec 2012", "write a range as A/B: '2012-11/2012-12'"),
    ("circa 1969", "write an approximate date with '~' after it: '1969~'"),
    ("c. 1969", "write an approximate date with '~' after it: '1969~'"),
    ("about 1969", "write an approximate date with '~' after it: '1969~'"),
    ("approximately July 1969", "write an approximate date with '~' after it: '1969-07~'"),
    ("before 2012", "write an interval open at the start: '../2012'"),
    ("after 2012", "write an interval open at the end: '2012/..'"),
    (
        "early 1969",
        "'early' is EDTF level 2, which is not supported; write the nearest honest date: '1969'",
    ),
    (
        "summer 1969",
        "'summer' is EDTF level 2, which is not supported; write the nearest honest date: '1969'",
    ),
    (
        "late November 2012",
        "'late' is EDTF level 2, which is not supported; write the nearest honest date: '2012-11'",
    ),
    ("1960s", "write a decade as an interval: '1960/1969'"),
]


@pytest.mark.parametrize(("written", "advice"), HINTS, ids=[row[0] for row in HINTS])
def test_a_common_mistake_is_told_its_edtf_form(written: str, advice: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(written)
    assert str(caught.value) == f"'{written}' is not a date kztimeline can read; {advice}"


@pytest.mark.parametrize(("written", "advice"), HINTS, ids=[row[0] for row in HINTS])
def test_every_proposal_reads(written: str, advice: str) -> None:
    """A hint never proposes a date that would be refused in turn."""
    proposals = proposed_dates(written)
    assert proposals
    for proposal in proposals:
        assert f"'{proposal}'" in advice
        parse_date(proposal)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2012-11-32", "day 32 in '2012-11-32' does not exist; November 2012 has 30 days"),
        ("31/02/2012", "'31/02/2012' has more than one '/'; an interval has two sides"),
        ("hello", "'hello' is not a date kztimeline can read; write YYYY, YYYY-MM or"),
    ],
)
def test_mistakes_no_rule_knows_keep_their_own_message(written: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(written)
    assert str(caught.value).startswith(message)


def test_a_window_bound_gets_the_hint_too() -> None:
    with pytest.raises(DateError, match="write it in numbers, year first: '2012-11'"):
        parse_partial_date("Nov 2012")


def test_proposed_dates() -> None:
    assert proposed_dates("2012-11") == ("2012-11",)
    assert proposed_dates("05/11/2012") == ("2012-11-05", "2012-05-11")
    assert proposed_dates("hello") == ()


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("Europe/Pariss", "did you mean 'Europe/Paris'?"),
        ("europe/paris", "did you mean 'Europe/Paris'?"),
        ("America/NewYork", "did you mean 'America/New_York'?"),
        ("America/New York", "did you mean 'America/New_York'?"),
        ("Almaty", "did you mean 'Asia/Almaty'?"),
        ("US/Estern", "did you mean 'US/Eastern'?"),
        (
            "UTC+5",
            "for a fixed offset, write it in the date, as in 2012-11-14T10:00:00+05:00, "
            "and leave out timezone",
        ),
        ("Asia/Nowhere", "use an IANA name such as 'Asia/Almaty'"),
        ("", "use an IANA name such as 'Asia/Almaty'"),
    ],
)
def test_a_time_zone_typo_is_told_the_nearest_names(name: str, advice: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_time_zone(name)
    assert str(caught.value) == f"unknown time zone '{name}'; {advice}"
