"""Expanding repeat rules: the arithmetic for plain yearly rules gives what dateutil gives."""

from __future__ import annotations

from datetime import date, datetime, time

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.dates import EventDate
from kztimeline.recurrence import _plain_yearly, occurrence_starts

STARTS = st.one_of(
    st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    st.integers(1901, 2095).map(lambda year: date(year - year % 4 + 4, 2, 29)),  # leap days
)


@st.composite
def yearly_rules(draw: st.DrawFn) -> str:
    parts = ["FREQ=YEARLY"]
    interval = draw(st.sampled_from([None, 1, 2, 3, 4, 7]))
    if interval is not None:
        parts.append(f"INTERVAL={interval}")
    end = draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 40))}")
    elif end == "until":
        parts.append(f"UNTIL={draw(st.dates(date(1900, 1, 1), date(2200, 12, 31))):%Y%m%d}")
    return ";".join(draw(st.permutations(parts)))


@settings(max_examples=300, deadline=None)
@given(yearly_rules(), STARTS, st.dates(date(1890, 1, 1), date(2300, 1, 1)), st.integers(0, 9000))
def test_plain_yearly_rules_expand_as_dateutil_does(
    rule: str, start: date, first: date, length: int
) -> None:
    """Every plain yearly rule, from any start (29 February too), in any window."""
    assert _plain_yearly(rule) is not None
    last = date.fromordinal(min(first.toordinal() + length, date.max.toordinal()))
    expansion = rrulestr(rule, dtstart=datetime.combine(start, time.min))
    expected = [
        moment.date()
        for moment in expansion.between(
            datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True
        )
    ]
    assert list(occurrence_starts(rule, EventDate.on(start), first, last)) == expected


def test_other_rules_are_left_to_dateutil() -> None:
    for rule in (
        "FREQ=YEARLY;BYMONTH=3",
        "FREQ=MONTHLY;COUNT=3",
        "FREQ=YEARLY;UNTIL=20151231T000000Z",
    ):
        assert _plain_yearly(rule) is None
    assert _plain_yearly("FREQ=YEARLY;COUNT=3;INTERVAL=2") == (2, 3, date.max)
