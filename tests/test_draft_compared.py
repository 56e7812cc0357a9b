"""Dates a text only compares with, and what it may still tell of them: "the first outbreak
since February 2021, when the disease was found in geese" dates the finding; "Since 1957
the terminus has retreated some 1,240 m" dates nothing."""

from __future__ import annotations

import pytest

from tests.conftest import drafted_events as _events


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        (
            "This is the first outbreak in the district since February 2021, when the disease "
            "was found in a flock of geese at Tebay.",
            "2021-02",
            "The disease was found in a flock of geese at Tebay",
        ),
        (
            "Kingsmoor had not lost since December 7, when they went down 3-0 at Felton Rovers.",
            "2024-12-07",
            "Kingsmoor went down 3-0 at Felton Rovers",
        ),
    ],
)
def test_a_when_clause_after_a_date_compared_with_tells_what_happened_then(
    text: str, date: str, title: str
) -> None:
    events = _events(text, published="2025-03-16")
    assert events == {date: (title, None)}


@pytest.mark.parametrize(
    "text",
    [
        # a state, no event: the comparison still dates nothing
        "Kelda's time was the fastest in the event since 2009, when conditions were calm.",
        "It was his best kicking display since 2016, when he was still at school.",
        # a change by a figure since a year that opens the sentence
        "Since 1957 the terminus has retreated some 1,240 m.",
        "Since 2010, pay has fallen by 18% in real terms.",
        # the month of what the first time compares
        "It is the first time since 1998 that Rovers have led the table in November.",
    ],
)
def test_what_only_compares_dates_nothing(text: str) -> None:
    assert _events(text, published="2023-11-26") == {}


def test_a_state_since_a_year_is_still_a_state() -> None:
    events = _events("Since 2015 the firm has been based in Leeds.")
    assert set(events) == {"2015/.."}


def test_a_unit_s_stop_ends_its_sentence() -> None:
    """ "some 1,240 m. Since 1957 ..." is two sentences: a unit after a number is no
    initial, so the "since" that opens the second is read as such."""
    text = "The glacier has lost much ice, some 1,240 m. Since 1957 it has retreated 800 m."
    assert _events(text) == {}
    assert set(_events("She met J. Smith. In 1990 she moved to Leeds.")) == {"1990"}


def test_a_count_back_from_a_state_s_first_year() -> None:
    """ "since 1992, six years after the charity was founded": the state from 1992, and the
    founding six years before it, not six years before the publication."""
    text = (
        "The hospice has cared for children with life-limiting conditions in the Fens since "
        "1992, six years after the charity was founded."
    )
    events = _events(text, published="2024-12-06")
    assert set(events) == {"1992/..", "1986"}
    assert events["1986"][0] == "The charity was founded"


def test_the_following_year_after_a_span_of_years_counts_from_its_end() -> None:
    text = (
        'The impressed mark "W.R." was used from 1802 to 1825. A printed mark with a swan '
        "was introduced the following year."
    )
    assert set(_events(text)) == {"1802/1825", "1826"}
    deadline = (
        "Our engineers will replace the meters on Thursday 19 March 2026. The meters must be "
        "replaced by 31 December 2026. If you cannot be at home on that day, please call us."
    )
    assert "2026-12-31" not in {
        date
        for date, (title, _) in _events(deadline, published="2026-03-01").items()
        if "home" in title
    }
