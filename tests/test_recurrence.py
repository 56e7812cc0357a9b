"""Expanding repeat rules: the calendar arithmetic gives what dateutil's full expansion gives.

dateutil expands every rule from its start; kztimeline reads most rules once and finds a
window's days by arithmetic (``kztimeline.rule_days``). Random rules, starts (all-day, and
timed in zones with summer time, at hours that a change skips or repeats) and windows (far
past the start too) must give the same days either way.
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.dates import EventDate
from kztimeline.recurrence import day_rule, occurrence_starts

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
    assert day_rule(rule, EventDate.on(start)) is not None
    last = date.fromordinal(min(first.toordinal() + length, date.max.toordinal()))
    expansion = rrulestr(rule, dtstart=datetime.combine(start, time.min))
    expected = [
        moment.date()
        for moment in expansion.between(
            datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True
        )
    ]
    assert list(occurrence_starts(rule, EventDate.on(start), first, last)) == expected


WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Almaty")
# How far past the start a window may lie: dateutil, the reference, walks there from the start.
REACH_YEARS = {"YEARLY": 150, "MONTHLY": 40, "WEEKLY": 15, "DAILY": 2}


@st.composite
def rules(draw: st.DrawFn) -> tuple[str, str]:
    """A rule with BY parts in any mix (and its frequency), without its end."""
    frequency = draw(st.sampled_from(["YEARLY", "MONTHLY", "MONTHLY", "WEEKLY", "WEEKLY", "DAILY"]))
    parts = [f"FREQ={frequency}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 4))}")
    if draw(st.integers(0, 2)) == 0:
        months = draw(st.sets(st.integers(1, 12), min_size=1, max_size=3))
        parts.append("BYMONTH=" + ",".join(map(str, sorted(months))))
    if draw(st.booleans()):
        # dateutil fails (IndexError) on an ordinal past the month, such as 20MO monthly.
        ordinals = st.sampled_from(["", "", "1", "2", "-1", "-2", "4", "5", "-5", "+3"])
        days = draw(
            st.lists(st.tuples(ordinals, st.sampled_from(WEEKDAYS)), min_size=1, max_size=3)
        )
        parts.append("BYDAY=" + ",".join(ordinal + day for ordinal, day in days))
    if draw(st.integers(0, 2)) == 0:
        monthdays = st.integers(-31, 31).filter(bool)
        values = draw(st.sets(monthdays, min_size=1, max_size=3))
        parts.append("BYMONTHDAY=" + ",".join(map(str, sorted(values))))
    if draw(st.integers(0, 3)) == 0:
        values = draw(st.sets(st.sampled_from([1, 2, -1, -2, 3]), min_size=1, max_size=2))
        parts.append("BYSETPOS=" + ",".join(map(str, sorted(values))))
    if draw(st.integers(0, 4)) == 0:
        parts.append(f"WKST={draw(st.sampled_from(WEEKDAYS))}")
    return ";".join(draw(st.permutations(parts))), frequency


@st.composite
def starts(draw: st.DrawFn) -> datetime | date:
    """An all-day start, or a timed one in a zone, often at an hour a change skips (02:30 on
    the last Sunday of March in Berlin) or repeats, or with a UTC offset."""
    day = draw(st.dates(date(1960, 1, 1), date(2040, 12, 31)))
    if draw(st.booleans()):
        return day
    hour = draw(st.sampled_from([0, 2, 2, 3, 9, 23]))
    clock = time(hour, draw(st.sampled_from([0, 30])))
    zone = draw(st.sampled_from([*ZONES, "UTC+05:45"]))
    if zone == "UTC+05:45":
        return datetime.combine(day, clock, timezone(timedelta(hours=5, minutes=45)))
    return datetime.combine(day, clock, ZoneInfo(zone))


def _event_date(start: date | datetime) -> EventDate:
    if isinstance(start, datetime):
        return EventDate.at(start, text=start.isoformat())
    return EventDate.on(start)


@settings(max_examples=60, deadline=None)
@given(rules(), starts(), st.data())
def test_any_rule_in_any_window_gives_what_dateutil_gives(
    rule_and_frequency: tuple[str, str], start: date | datetime, data: st.DataObject
) -> None:
    """Weekly, monthly, yearly and daily rules with BYDAY (ordinals too), BYMONTHDAY
    (negative too), BYMONTH, BYSETPOS, INTERVAL, WKST and COUNT or UNTIL (a UTC date-time
    for a timed start, which a change of summer time may fall next to), all-day or timed,
    in windows near the start and far past it."""
    rule, frequency = rule_and_frequency
    timed = isinstance(start, datetime)
    moment = start if isinstance(start, datetime) else datetime.combine(start, time.min)
    end = data.draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        rule += f";COUNT={data.draw(st.integers(1, 60))}"
    elif end == "until":
        until = moment.astimezone(UTC) if timed else moment
        until += timedelta(
            days=data.draw(st.integers(-3, 4000)), hours=data.draw(st.integers(0, 47))
        )
        rule += f";UNTIL={until:%Y%m%dT%H%M%SZ}" if timed else f";UNTIL={until:%Y%m%d}"
    reach = REACH_YEARS[frequency] * 365
    first = moment.date() + timedelta(days=data.draw(st.integers(-400, reach)))
    last = first + timedelta(days=data.draw(st.integers(0, 800)))
    event_date = _event_date(start)
    assert day_rule(rule, event_date) is not None
    expansion = rrulestr(rule, dtstart=moment)
    zone = moment.tzinfo
    # Past its last day a rule that gives no more days (COUNT not reached, or a BYSETPOS
    # beyond every period) would walk dateutil to year 9999: the reference stops at the window.
    cap = datetime.combine(last + timedelta(days=1), time.min, zone)
    own = expansion._until  # dateutil keeps UNTIL here; replace() drops nothing else
    with warnings.catch_warnings():  # COUNT beside UNTIL: deprecated, and still honoured
        warnings.simplefilter("ignore", DeprecationWarning)
        expansion = expansion.replace(until=cap if own is None else min(own, cap))
    expected = [
        found.date()
        for found in expansion.between(
            datetime.combine(first, time.min, zone),
            datetime.combine(last, time.max, zone),
            inc=True,
        )
    ]
    assert list(occurrence_starts(rule, event_date, first, last)) == expected


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;BYHOUR=9,17",
        "FREQ=YEARLY;BYWEEKNO=20",
        "FREQ=YEARLY;BYYEARDAY=100,200",
        "FREQ=YEARLY;BYEASTER=0",
    ],
)
def test_rules_arithmetic_does_not_read_are_left_to_dateutil(rule: str) -> None:
    """Parts read only by dateutil keep the rule with dateutil, which gives its days."""
    start = date(2024, 3, 31) if "EASTER" in rule else date(2024, 1, 1)
    assert day_rule(rule, EventDate.on(start)) is None
    expansion = rrulestr(rule, dtstart=datetime.combine(start, time.min))
    expected = sorted(
        {found.date() for found in expansion.between(datetime(2030, 1, 1), datetime(2031, 1, 1))}
    )
    found = list(occurrence_starts(rule, EventDate.on(start), date(2030, 1, 1), date(2030, 12, 31)))
    assert sorted(set(found)) == expected
