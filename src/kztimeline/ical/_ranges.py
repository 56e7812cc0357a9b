"""``RECURRENCE-ID;RANGE=THISANDFUTURE``: a change of one occurrence and all that follow.

The events file has no such change, so the series is split in two (RFC 5545 §3.8.4.4): the
rule of the first part ends before the changed occurrence, and a second event, with the
changed occurrence's properties, repeats from there by the rest of the rule, moved by as much
as the changed occurrence was.
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

__all__ = ("Split", "is_this_and_future", "split_rule")


class Split(NamedTuple):
    """The rule of the part before the changed occurrence, and of the part from it on."""

    before: str
    after: str


def is_this_and_future(component: Any) -> bool:
    recurrence = component.get("RECURRENCE-ID")
    range_ = getattr(recurrence, "params", {}).get("RANGE", "")
    return str(range_).upper() == "THISANDFUTURE"


def _as_moment(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def _until(moment: datetime, timed: bool) -> str:
    if not timed:
        return moment.strftime("%Y%m%d")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _with(rule: str, **values: str) -> str:
    """``rule`` with the parts named in ``values`` (``COUNT``, ``UNTIL``) set or, if
    empty, removed; the others kept in their order."""
    parts = [part for part in rule.split(";") if part.split("=", 1)[0] not in values]
    return ";".join(parts + [f"{name}={text}" for name, text in values.items() if text])


def split_rule(
    rule: str, start: date | datetime, changed: date | datetime, moved_by: timedelta
) -> Split | None:
    """The rules of the two parts of the series ``rule`` from ``start`` split at the
    occurrence ``changed`` (which the rule gives), the second part moved by ``moved_by``; None
    if ``changed`` is the first occurrence (the whole series changes: nothing to split) or the
    rule cannot be expanded."""
    # dateutil loads only when a rule is read.
    from dateutil.rrule import rrulestr

    timed = isinstance(start, datetime)
    first, cut = _as_moment(start), _as_moment(changed)
    if timed and cut.tzinfo is None:
        cut = cut.replace(tzinfo=first.tzinfo)
    before: list[datetime] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil's warnings are the rule check's to give
        try:
            occurrences = iter(rrulestr(rule, dtstart=first))
            # Bounded: the rule gives ``changed``, and the loop stops there.
            for moment in occurrences:
                if moment >= cut:
                    break
                before.append(moment)
        except (ValueError, TypeError, OverflowError):
            return None
    if not before:
        return None
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    if "COUNT" in parts:
        rest = int(parts["COUNT"]) - len(before)
        return Split(_with(rule, COUNT=str(len(before))), _with(rule, COUNT=str(rest)))
    after = rule
    if "UNTIL" in parts:
        text = parts["UNTIL"]
        if len(text) == 8:
            after = _with(rule, UNTIL=(_as_moment(_day(text)) + moved_by).strftime("%Y%m%d"))
        else:
            end = datetime.strptime(text.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            after = _with(rule, UNTIL=_until(end + moved_by, timed=True))
    return Split(_with(rule, UNTIL=_until(before[-1], timed), COUNT=""), after)


def _day(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
