"""Repeating events: RFC 5545 RRULE values, checked and expanded with python-dateutil.

A rule is expanded only inside a query window, so a rule with no end never loops, and at most
:data:`MAX_OCCURRENCES` occurrences are produced for one event in one query.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from heapq import merge
from itertools import islice
from typing import TYPE_CHECKING

from dateutil.rrule import rrule, rrulestr

from kztimeline.dates import Precision, day_offset
from kztimeline.errors import DateError, FieldProblem, QueryError
from kztimeline.rule_days import DayRule
from kztimeline.rule_reading import compile_rule

if TYPE_CHECKING:
    from kztimeline.dates import EventDate

__all__ = (
    "MAX_OCCURRENCES",
    "ONE_DATE",
    "Extra",
    "check_exceptions",
    "check_rule",
    "counted_occurrence_dates",
    "counted_occurrence_days",
    "day_rule",
    "endless",
    "extra_dates",
    "occurrence_dates",
    "occurrence_starts",
)

MAX_OCCURRENCES = 100_000
ONE_DATE = "FREQ=DAILY;COUNT=1"
"""The rule of an event with ``also_on`` dates and no ``repeat``: it gives the event's date."""
_FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
_UNTIL = re.compile(r"(?:^|;)UNTIL=([^;]*)")


def check_rule(rule: str, event_date: EventDate | None = None) -> None:
    """Raise :class:`DateError` unless ``rule`` is an RRULE value kztimeline can expand.

    With ``event_date``, also check that the rule fits it: a repeating event needs a start
    known to the day, and UNTIL must be a date for an all-day event and a UTC date-time
    (``...Z``) for a timed one, as RFC 5545 §3.3.10 requires.
    """
    if rule.upper().startswith("RRULE:"):
        raise DateError(f"write the rule without 'RRULE:', as in '{rule[6:]}'")
    if "\n" in rule or "\r" in rule or "DTSTART" in rule.upper():
        raise DateError(f"'{rule}' must be one RRULE value such as 'FREQ=YEARLY;COUNT=3'")
    if rule != rule.upper():
        raise DateError(f"invalid RRULE '{rule}': write it in capitals, as in '{rule.upper()}'")
    frequency = re.search(r"(?:^|;)FREQ=([A-Z]*)", rule)
    if frequency is None:
        raise DateError(f"invalid RRULE '{rule}': FREQ is missing, as in 'FREQ=YEARLY'")
    if frequency.group(1) not in _FREQUENCIES:
        raise DateError(
            f"invalid RRULE '{rule}': FREQ={frequency.group(1)} is not supported; "
            f"use one of {', '.join(_FREQUENCIES)}"
        )
    if re.search(r"(?:^|;)COUNT=", rule) and _UNTIL.search(rule):
        # RFC 5545 §3.3.10: they MUST NOT both occur; dateutil accepts the pair silently.
        raise DateError(f"invalid RRULE '{rule}': give COUNT or UNTIL, not both")
    try:
        # dateutil wants an aware start for a UTC UNTIL (timed events), a naive one otherwise.
        utc_until = re.search(r"UNTIL=\d{8}T\d{6}Z", rule) is not None
        _parse(rule, datetime(2000, 1, 1, tzinfo=UTC if utc_until else None))
    except (ValueError, TypeError, OverflowError) as err:
        raise DateError(f"invalid RRULE '{rule}': {err}") from err
    if event_date is None:
        return
    if event_date.precision.rank < Precision.DAY.rank or event_date.start is None:
        raise DateError("a repeating event needs a start known to the day, such as 2012-11-12")
    if event_date.end is None:
        raise DateError("a repeating event cannot have an open end; give its last day")
    until = _UNTIL.search(rule)
    if until is not None:
        _check_until(until.group(1), event_date)
    _check_produces_start(rule, event_date)


def _check_until(until: str, event_date: EventDate) -> None:
    if event_date.time is None and not re.fullmatch(r"\d{8}", until):
        raise DateError(f"UNTIL={until} must be a date such as UNTIL=20151231 for an all-day event")
    if event_date.time is not None and not re.fullmatch(r"\d{8}T\d{6}Z", until):
        raise DateError(
            f"UNTIL={until} must be a UTC date-time such as UNTIL=20151231T000000Z "
            "for a timed event"
        )


def _check_produces_start(rule: str, event_date: EventDate) -> None:
    """RFC 5545 leaves a start that its rule does not give undefined, and clients disagree on
    whether it occurs: the start must be the rule's first occurrence."""
    start = event_date.time or datetime.combine(event_date.first_day, time.min)
    plan = day_rule(rule, event_date)
    if plan is not None:
        day = plan.first_day()
        first = None if day is None else _at(start, day)
    else:
        first = next(_until_year_9999(iter(_parse(rule, start))), None)
    if first == start:
        return
    if first is None:
        raise DateError(f"the rule '{rule}' gives no date at all from {event_date.text}")
    if event_date.time is None:
        proposal = first.date().isoformat()
    else:
        written_with_offset = event_date.text == event_date.time.isoformat()
        proposal = (first if written_with_offset else first.replace(tzinfo=None)).isoformat()
    raise DateError(
        f"the rule does not give the start {event_date.text} itself, and calendars disagree "
        f"about such a day; start on its first occurrence: date = {proposal}"
    )


def _until_year_9999(occurrences: Iterator[datetime]) -> Iterator[datetime]:
    # dateutil computes the period after the last occurrence before year 9999 ends, and
    # fails there (OverflowError, or ValueError for a day past datetime.max).
    try:
        yield from occurrences
    except (OverflowError, ValueError):
        return


_PART = re.compile(r"(?:^|;)(FREQ|INTERVAL|COUNT)=([^;]*)")


def _near(rule: str, start: datetime, low: datetime) -> datetime:
    """A start for ``rule`` with the same occurrences from ``low`` on, at most two periods
    before ``low``: so a window far from the first occurrence costs what a near one does.

    A rule repeats period after period (day, week, month, year, times INTERVAL), and what
    it takes from its start (time, weekday, day, month) survives a move by whole periods.
    COUNT counts from the real start, and a day such as the 31st is not in every month:
    those rules keep their start.
    """
    parts = dict(_PART.findall(rule))
    if low <= start or "COUNT" in parts:
        return start
    interval = int(parts.get("INTERVAL", "1"))
    frequency = parts["FREQ"]
    if frequency in ("DAILY", "WEEKLY"):
        step = timedelta(days=interval * (7 if frequency == "WEEKLY" else 1))
        return start + max((low - start) // step - 1, 0) * step
    if start.day > 28:
        return start
    months = interval * (12 if frequency == "YEARLY" else 1)
    elapsed = (low.year - start.year) * 12 + low.month - start.month
    total = start.month - 1 + max(elapsed // months - 1, 0) * months
    return start.replace(year=start.year + total // 12, month=total % 12 + 1)


@lru_cache(maxsize=4096)
def _parse(rule: str, start: datetime) -> rrule:
    parsed = rrulestr(rule, dtstart=start)
    assert isinstance(parsed, rrule)
    return parsed


def _at(start: datetime, day: date) -> datetime:
    """The moment of ``start``'s rule on ``day``, as dateutil makes it: the start's wall time
    (fold 0) in its zone."""
    return datetime.combine(day, start.time().replace(fold=0), tzinfo=start.tzinfo)


def day_rule(rule: str, event_date: EventDate) -> DayRule | None:
    """``rule`` from ``event_date`` read for arithmetic (:mod:`kztimeline.rule_days`), or
    None for a rule only dateutil reads. A timed event's UTC UNTIL becomes the last day whose
    occurrence (at the start's wall time, in its zone) is not after it, as dateutil compares."""
    start = event_date.time
    until_day: date | None = None
    if start is not None:
        until = _UNTIL.search(rule)
        if until is not None:
            if start.tzinfo is None or not re.fullmatch(r"\d{8}T\d{6}Z", until.group(1)):
                return None
            limit = datetime.strptime(until.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            near = limit.astimezone(start.tzinfo).date()
            candidates = [day_offset(near, shift) for shift in (1, 0, -1, -2)]
            until_day = next((day for day in candidates if _at(start, day) <= limit), date.min)
    return compile_rule(rule, event_date.first_day, until_day)


def occurrence_starts(
    rule: str, event_date: EventDate, first: date, last: date, plan: DayRule | None = None
) -> Iterator[date]:
    """The first days of the occurrences of ``rule`` from ``event_date`` in ``first``–``last``.

    Both bounds are inclusive and compared with each occurrence's first day. ``plan`` is the
    rule already read by :func:`day_rule`, if the caller keeps it. Raises
    :class:`QueryError` past :data:`MAX_OCCURRENCES` occurrences in the window.
    """
    plan = plan or day_rule(rule, event_date)
    if plan is not None:
        for produced, day in enumerate(plan.days(first, last), start=1):
            if produced > MAX_OCCURRENCES:
                raise _too_many(rule)
            yield day
        return
    if event_date.time is not None:
        start = event_date.time
        zone = start.tzinfo
        low = datetime.combine(first, time.min, tzinfo=zone)
        high = datetime.combine(last, time.max, tzinfo=zone)
    else:
        start = datetime.combine(event_date.first_day, time.min)
        low = datetime.combine(first, time.min)
        high = datetime.combine(last, time.max)
    if high < start:
        return
    expansion = _parse(rule, start)  # parsed once per event, whatever the window
    moved = _near(rule, start, low)
    if moved != start:
        expansion = expansion.replace(dtstart=moved)
    occurrences = expansion.xafter(max(low, moved), inc=True)
    for produced, moment in enumerate(_until_year_9999(occurrences), start=1):
        if moment > high:
            return
        if produced > MAX_OCCURRENCES:
            raise _too_many(rule)
        yield moment.date()


def _too_many(rule: str) -> QueryError:
    return QueryError(
        f"the window holds more than {MAX_OCCURRENCES:,} occurrences of the rule "
        f"'{rule}'; narrow the window"
    )


Extra = date | datetime
"""An extra occurrence (RDATE): a day, at the event's own time for a timed event, or a moment."""


def _extent_overlaps(when: EventDate, first: date, last: date) -> bool:
    return when.first_day <= last and when.last_day >= first


def occurrence_dates(
    rule: str,
    event_date: EventDate,
    first: date,
    last: date,
    *,
    skipped: Collection[date] = (),
    extra: Sequence[Extra] = (),
    moved: Mapping[date, EventDate] | None = None,
    plan: DayRule | None = None,
) -> Iterator[tuple[date, EventDate]]:
    """Every occurrence of a repeating event that overlaps ``first``–``last`` (inclusive), as
    (its day in the rule, its date), in chronological order: the one expansion of a rule with
    its exceptions, which queries, ``list`` and every export share.

    The rule's occurrences on a ``skipped`` day (EXDATE) are left out, each of ``extra`` is
    added (RDATE), and the occurrence of a day in ``moved`` takes that date instead
    (RECURRENCE-ID), wherever it moves. The rule is expanded lazily, so a caller may stop
    early; :class:`QueryError` is raised past :data:`MAX_OCCURRENCES` in the window.
    ``plan`` is the rule as :func:`day_rule` read it, for a caller that keeps it.
    """
    length = (event_date.last_day - event_date.first_day).days
    days = occurrence_starts(rule, event_date, day_offset(first, -length), last, plan)
    return _with_exceptions(days, event_date, first, last, skipped, extra, moved or {})


def counted_occurrence_dates(
    rule: str,
    event_date: EventDate,
    *,
    budget: int,
    skipped: Collection[date] = (),
    extra: Sequence[Extra] = (),
    moved: Mapping[date, EventDate] | None = None,
    plan: DayRule | None = None,
) -> list[tuple[date, EventDate]] | None:
    """All the occurrences of :func:`occurrence_dates`, or None if the rule gives more than
    ``budget``: what an index can hold in full. A rule read by arithmetic (``plan``) that may
    give more is answered None without expanding it."""
    days = counted_occurrence_days(rule, event_date, budget=budget, plan=plan)
    if days is None:
        return None
    return list(
        _with_exceptions(iter(days), event_date, date.min, date.max, skipped, extra, moved or {})
    )


def counted_occurrence_days(
    rule: str, event_date: EventDate, *, budget: int, plan: DayRule | None = None
) -> list[date] | None:
    """Every day the rule gives (no exception applied, no date made), or None if it gives
    more than ``budget``; see :func:`counted_occurrence_dates`."""
    plan = plan or day_rule(rule, event_date)
    if plan is not None and not plan.most_days(budget):
        return None
    days = list(islice(occurrence_starts(rule, event_date, date.min, date.max, plan), budget + 1))
    return None if len(days) > budget else days


def _with_exceptions(
    days: Iterator[date],
    event_date: EventDate,
    first: date,
    last: date,
    skipped: Collection[date],
    extra: Sequence[Extra],
    moved: Mapping[date, EventDate],
) -> Iterator[tuple[date, EventDate]]:
    ruled = (
        (day, event_date.shifted_to(day)) for day in days if day not in skipped and day not in moved
    )
    if not extra and not moved:
        yield from ruled
        return
    added = [
        (day, when)
        for day, when in extra_dates(event_date, skipped, extra, moved)
        if _extent_overlaps(when, first, last)
    ]
    yield from merge(ruled, added, key=_chronological)


def extra_dates(
    event_date: EventDate,
    skipped: Collection[date],
    extra: Sequence[Extra],
    moved: Mapping[date, EventDate],
) -> list[tuple[date, EventDate]]:
    """The occurrences that are not the rule's own days, as (day in the rule, date), in
    chronological order: each of ``extra`` (RDATE) not ``skipped``, and each ``moved`` one
    at its new date. With the rule's days less the skipped and moved ones, they are all the
    occurrences of :func:`occurrence_dates`."""
    added: list[tuple[date, EventDate]] = []
    for item in extra:
        if isinstance(item, datetime):
            when = event_date.moved_to(item)
            if when.first_day not in skipped:  # RFC 5545: EXDATE wins over RDATE
                added.append((when.first_day, when))
        elif item in skipped:
            continue
        elif item not in moved:
            added.append((item, event_date.shifted_to(item)))
    added += moved.items()
    added.sort(key=_chronological)
    return added


def _chronological(pair: tuple[date, EventDate]) -> tuple[date, date, date]:
    return (pair[1].first_day, pair[1].last_day, pair[0])


def _gives(rule: str, event_date: EventDate, day: date, plan: DayRule | None) -> bool:
    return any(True for _ in occurrence_starts(rule, event_date, day, day, plan))


def _nearest(rule: str, event_date: EventDate, day: date) -> str:
    """``; did you mean …?`` with the occurrence(s) nearest ``day``, or ``""`` if none."""
    # Widening windows: most rules repeat within weeks, so the first window usually does.
    for span in (7, 62, 400, 4000, 40000):
        low, high = day_offset(day, -span), day_offset(day, span)
        found = list(occurrence_starts(rule, event_date, low, high))
        if found:
            distance = min(abs((start - day).days) for start in found)
            nearest = [start for start in found if abs((start - day).days) == distance]
            return f"; did you mean {' or '.join(str(start) for start in nearest)}?"
    return ""


def check_exceptions(
    rule: str,
    event_date: EventDate,
    skipped: Sequence[date],
    extra: Sequence[Extra],
    changed: Sequence[tuple[date, bool | None]],
) -> None:
    """Refuse exceptions that calendar software reads otherwise than they are written.

    ``skipped`` (except_on) must be days the rule gives; ``extra`` (also_on) neither a day the
    rule already gives (it would be listed twice) nor a skipped day (RFC 5545 leaves it out);
    each of ``changed`` (occurrence, whether its new date is timed, or None) changes an
    occurrence once, to a date of the event's kind. Raises :class:`FieldProblem` naming the
    key to fix and how.
    """
    timed = event_date.time is not None
    plan = day_rule(rule, event_date)  # read once: an event may have thousands of changes
    skipped_days = frozenset(skipped)
    for day in skipped:
        if not _gives(rule, event_date, day, plan):
            problem = f"the rule gives no occurrence on {day}{_nearest(rule, event_date, day)}"
            raise FieldProblem("except_on", problem)
    for item in extra:
        if isinstance(item, datetime) and not timed:
            raise FieldProblem("also_on", f"{item.isoformat()}: give a day for an all-day event")
        day = item.date() if isinstance(item, datetime) else item
        if day in skipped_days:
            raise FieldProblem(
                "also_on",
                f"{item.isoformat()} is also in except_on, and calendars leave the day out; "
                "remove it from one of the two",
            )
        same = not isinstance(item, datetime) or item == event_date.shifted_to(day).time
        if same and rule != ONE_DATE and _gives(rule, event_date, day, plan):
            raise FieldProblem(
                "also_on", f"the rule already gives {item.isoformat()}; remove it from also_on"
            )
    extra_days = {item for item in extra if not isinstance(item, datetime)}
    seen: set[date] = set()
    for day, timed_change in changed:
        if day in seen:
            raise FieldProblem("changes", f"the occurrence of {day} is changed twice")
        seen.add(day)
        if day not in extra_days and (
            day in skipped_days or not _gives(rule, event_date, day, plan)
        ):
            raise FieldProblem("changes", f"there is no occurrence on {day} to change")
        if timed_change is not None and timed_change != timed:
            kind = "a date-time" if timed else "a day or days"
            raise FieldProblem("changes", f"the new date of {day} must be {kind}, as the event's")


def endless(rule: str) -> bool:
    """Whether ``rule`` repeats with no end: it has neither ``COUNT`` nor ``UNTIL``. Read from
    the rule's parts, so that nothing is expanded to find out."""
    keys = {part.split("=", 1)[0].strip().upper() for part in rule.split(";")}
    return not keys & {"COUNT", "UNTIL"}
