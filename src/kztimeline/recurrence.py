"""Repeating events: RFC 5545 RRULE values, checked and expanded with python-dateutil.

A rule is expanded only inside a query window, so a rule with no end never loops, and at most
:data:`MAX_OCCURRENCES` occurrences are produced for one event in one query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateutil.rrule import rrule, rrulestr

from kztimeline.errors import DateError, QueryError

if TYPE_CHECKING:
    from kztimeline.dates import EventDate

__all__ = ("MAX_OCCURRENCES", "check_rule", "occurrence_starts")

MAX_OCCURRENCES = 100_000
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
    from kztimeline.dates import Precision

    if event_date.precision.rank < Precision.DAY.rank or event_date.start is None:
        raise DateError("a repeating event needs a start known to the day, such as 2012-11-12")
    if event_date.end is None:
        raise DateError("a repeating event cannot have an open end; give its last day")
    until = _UNTIL.search(rule)
    if until is None:
        return
    if event_date.time is None and not re.fullmatch(r"\d{8}", until.group(1)):
        raise DateError(
            f"UNTIL={until.group(1)} must be a date such as UNTIL=20151231 for an all-day event"
        )
    if event_date.time is not None and not re.fullmatch(r"\d{8}T\d{6}Z", until.group(1)):
        raise DateError(
            f"UNTIL={until.group(1)} must be a UTC date-time such as UNTIL=20151231T000000Z "
            "for a timed event"
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


def occurrence_starts(rule: str, event_date: EventDate, first: date, last: date) -> Iterator[date]:
    """The first days of the occurrences of ``rule`` from ``event_date`` in ``first``–``last``.

    Both bounds are inclusive and compared with each occurrence's first day. Raises
    :class:`QueryError` past :data:`MAX_OCCURRENCES` occurrences in the window.
    """
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
            raise QueryError(
                f"the window holds more than {MAX_OCCURRENCES:,} occurrences of the rule "
                f"'{rule}'; narrow the window"
            )
        yield moment.date()
