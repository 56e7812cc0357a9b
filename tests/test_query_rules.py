"""Queries over rules too long to index: the index finds their days in each window by
arithmetic, rules of one shape together (``kztimeline._indexed_rules.OpenRules``), and must
give what dateutil's own expansion of each rule gives, window after window.
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, time, timedelta

import pytest
from dateutil.rrule import rrule, rrulestr
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kztimeline
import tests.test_recurrence as recurrence_cases
from kztimeline import query
from kztimeline.errors import TimelineFileError

HEADER = '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n'
ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Almaty")


@st.composite
def repeating_events(draw: st.DrawFn, number: int) -> tuple[str, str, datetime]:
    """(TOML of one repeating event, its rule, its start as dateutil reads it): a weekly,
    monthly or yearly rule (or another) with any BY parts, ended or not, all-day or timed in
    a zone with summer time; the start is the rule's first day from a random day."""
    rule, frequency = draw(recurrence_cases.rules())
    assume(frequency != "DAILY")  # dateutil, the reference, walks those a day at a time
    seed = draw(st.dates(date(1990, 1, 1), date(2030, 12, 31)))
    zone = draw(st.sampled_from([None, *ZONES]))
    clock = time(draw(st.sampled_from([0, 2, 9, 22])), draw(st.sampled_from([0, 30])))
    end = draw(st.sampled_from(["none", "none", "count", "until"]))
    if end == "count":
        rule += f";COUNT={draw(st.integers(1, 300))}"
    elif end == "until":
        last = seed + timedelta(days=draw(st.integers(0, 4000)))
        rule += f";UNTIL={last:%Y%m%d}" + ("T120000Z" if zone else "")
    tz = None if zone is None else kztimeline.dates.parse_time_zone(zone)
    dtstart = datetime.combine(seed, clock if zone else time.min, tz)
    # dateutil walks to year 9999 for a rule that gives nothing: it stops two years on.
    first = next(iter(_capped(rrulestr(rule, dtstart=dtstart), dtstart + timedelta(731))), None)
    assume(first is not None)
    assert first is not None
    if zone is None:
        written = f"date = {first.date().isoformat()}"
    else:
        until = first.replace(tzinfo=None) + timedelta(minutes=45)
        assume(until.date() == first.date())  # one day long, as the expected days assume
        written = (
            f"date = {first.replace(tzinfo=None).isoformat()}\n"
            f'timezone = "{zone}"\nend = {until.isoformat()}'
        )
    text = (
        f'[[events]]\nid = "r{number}"\ntitle = "R"\nsources = ["a"]\n{written}\n'
        f'repeat = "{rule}"\n'
    )
    return text, rule, first


def _capped(expansion: rrule, cap: datetime) -> rrule:
    """The rule stopped at ``cap`` (or its own UNTIL, if earlier), not at year 9999."""
    own = expansion._until
    if own is not None and cap.tzinfo is not None:
        own, cap = own.astimezone(UTC), cap.astimezone(UTC)
    with warnings.catch_warnings():  # COUNT beside UNTIL: deprecated, and still honoured
        warnings.simplefilter("ignore", DeprecationWarning)
        return expansion.replace(until=cap if own is None else min(own, cap))


def _expected(rules: list[tuple[str, datetime]], first: date, last: date) -> list[tuple[str, date]]:
    """dateutil's days of each rule in the window, sorted as the query sorts them."""
    found = []
    for number, (rule, start) in enumerate(rules):
        zone = start.tzinfo
        cap = datetime.combine(last + timedelta(days=1), time.min, zone)
        expansion = _capped(rrulestr(rule, dtstart=start), cap)
        low = datetime.combine(first, time.min, zone)
        high = datetime.combine(last, time.max, zone)
        found += [(moment.date(), f"r{number}") for moment in expansion.between(low, high, True)]
    return [(event_id, day) for day, event_id in sorted(found)]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(1, 3), st.booleans(), st.booleans())
def test_long_rules_give_in_any_window_what_dateutil_gives(
    data: st.DataObject, count: int, indexed: bool, within: bool
) -> None:
    """Several rules, each alone in its shape or sharing it, read by arithmetic from the
    window (or indexed occurrence by occurrence, when short enough), in windows near their
    starts and years past them: the same days as dateutil, in chronological order."""
    drawn = [data.draw(repeating_events(number)) for number in range(count)]
    try:
        timeline = kztimeline.loads(HEADER + "".join(text for text, _, _ in drawn))
    except TimelineFileError:
        assume(False)  # a start the rule does not give from there, as calendars disagree
    rules = [(rule, start) for _, rule, start in drawn]
    earliest = min(start.date() for _, start in rules)
    first = earliest + timedelta(days=data.draw(st.integers(-60, 4 * 365)))
    last = first + timedelta(days=data.draw(st.sampled_from([0, 0, 6, 30, 400])))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(query, "INDEXED_OCCURRENCES", 100 if indexed else 0)
        index = query.TimelineIndex(timeline.events)
        for window in ((first, last), (first + timedelta(days=7), last + timedelta(days=7))):
            got = [(e.id, e.recurrence_id) for e in index.between(*window, within=within)]
            assert got == _expected(rules, *window)


SIEVED_RULES = (
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU;WKST=SU",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=3",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYMONTHDAY=-3,15",
    "FREQ=MONTHLY;BYDAY=2TU",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
    "FREQ=YEARLY",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
    "FREQ=YEARLY;BYDAY=-1SU",
    "FREQ=DAILY;INTERVAL=5",
)


def test_a_short_window_asks_every_shape_that_gives_a_day_in_it() -> None:
    """The sieve of open rules passes over a shape in a window of a few days only when the
    shape gives no day there: checked day by day over six years, for windows of one to seven
    days, rules of every kind (a last day of the month, a nth weekday, a set position, a leap
    day), all-day, spanning three days, or timed."""
    events = []
    for number, rule in enumerate(SIEVED_RULES):
        seed = datetime(2019, 1, 1) + timedelta(days=37 * number)
        start = rrulestr(rule, dtstart=seed)[0].date()  # the rule's first day from the seed
        events.append(
            f'[[events]]\nid = "r{number}"\ntitle = "R"\nsources = ["a"]\n'
            f'date = "{start}/{start + timedelta(days=number % 3)}"\nrepeat = "{rule}"\n'
        )
    timeline = kztimeline.loads(HEADER + "".join(events))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(query, "INDEXED_OCCURRENCES", 0)
        index = query.TimelineIndex(timeline.events)
    rules = index._open
    assert rules is not None
    shapes, sieve = rules._shapes, rules._sieve
    assert len(shapes) > 10
    asked_fewer = 0
    for low in range(date(2019, 1, 1).toordinal(), date(2025, 1, 1).toordinal()):
        for high in (low, low + 6):
            asked = sieve.shapes(low, high)
            giving = [shape for shape in shapes if shape.plan.ordinals(low - shape.length, high)]
            assert set(map(id, giving)) <= set(map(id, asked)), date.fromordinal(low)
            asked_fewer += len(asked) < len(shapes)
    assert asked_fewer > 2000  # the sieve does leave shapes out of most short windows
