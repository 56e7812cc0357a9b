"""Which days of one period (a year, a month, a week or a day) a rule gives: every BY part,
then BYSETPOS, as dateutil reads them (RFC 5545 §3.3.10).
:class:`kztimeline.rule_days.DayRule` works out each kind of period once with
:func:`select_days` and keeps the answer.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import Protocol

__all__ = ("RuleParts", "select_days")


class RuleParts(Protocol):
    """What decides a rule's days in a period: the BY parts of a
    :class:`kztimeline.rule_days.DayRule` (which imports this module, so not imported back)."""

    @property
    def frequency(self) -> str: ...
    @property
    def months(self) -> frozenset[int]: ...
    @property
    def monthdays(self) -> frozenset[int]: ...
    @property
    def weekdays(self) -> frozenset[int]: ...
    @property
    def nth(self) -> frozenset[tuple[int, int]]: ...
    @property
    def setpos(self) -> tuple[int, ...]: ...


def select_days(rule: RuleParts, begin: int, end: int, *, setpos: bool = True) -> tuple[int, ...]:
    """The ordinals from ``begin`` to ``end`` that pass every BY part, then BYSETPOS."""
    allowed = _nth_days(rule, begin, end) if rule.nth else None
    chosen = [
        ordinal
        for ordinal in _candidates(rule, begin, end, allowed)
        if _passes(rule, ordinal) and (allowed is None or ordinal in allowed)
    ]
    if setpos and rule.setpos:
        picked = set()
        for position in rule.setpos:
            index = position - 1 if position > 0 else position
            if -len(chosen) <= index < len(chosen):
                picked.add(chosen[index])
        chosen = sorted(picked)
    return tuple(chosen)


def _candidates(rule: RuleParts, begin: int, end: int, allowed: set[int] | None) -> list[int]:
    """A few ordinals from ``begin`` to ``end``, in order, among which are all the rule's
    days there: found from the most selective BY part, so a year is not walked day by
    day. Every BY part is then checked on each."""
    if allowed is not None:
        return sorted(allowed)
    if rule.monthdays:
        found = []
        first, last = date.fromordinal(begin), date.fromordinal(end)
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            if not rule.months or month in rule.months:
                start = date(year, month, 1).toordinal()
                length = monthrange(year, month)[1]
                found += sorted(
                    start + (day if day > 0 else length + 1 + day) - 1
                    for day in rule.monthdays
                    if day <= length and -day <= length
                )
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return sorted({ordinal for ordinal in found if begin <= ordinal <= end})
    if rule.weekdays:
        return sorted(
            ordinal
            for weekday in rule.weekdays
            for ordinal in range(begin + (weekday - (begin - 1)) % 7, end + 1, 7)
        )
    return list(range(begin, end + 1))


def _passes(rule: RuleParts, ordinal: int) -> bool:
    if rule.weekdays and (ordinal - 1) % 7 not in rule.weekdays:
        return False
    if not rule.months and not rule.monthdays:
        return True
    day = date.fromordinal(ordinal)
    if rule.months and day.month not in rule.months:
        return False
    if rule.monthdays:
        length = monthrange(day.year, day.month)[1]
        return day.day in rule.monthdays or day.day - length - 1 in rule.monthdays
    return True


def _nth_days(rule: RuleParts, begin: int, end: int) -> set[int]:
    """The days that an ordinal BYDAY names, counted in the month, or in the year (a
    YEARLY rule without BYMONTH: each month of BYMONTH then counts on its own)."""
    spans: list[tuple[int, int]] = []
    if rule.frequency == "YEARLY" and rule.months:
        year = date.fromordinal(begin).year
        for month in sorted(rule.months):
            first = date(year, month, 1).toordinal()
            spans.append((first, first + monthrange(year, month)[1] - 1))
    else:
        spans.append((begin, end))
    allowed = set()
    for first, last in spans:
        for weekday, nth in rule.nth:
            if nth > 0:
                ordinal = first + (nth - 1) * 7
                ordinal += (weekday - (ordinal - 1)) % 7
            else:
                ordinal = last + (nth + 1) * 7
                ordinal -= ((ordinal - 1) - weekday) % 7
            if first <= ordinal <= last:
                allowed.add(ordinal)
    return allowed
