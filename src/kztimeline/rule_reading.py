"""Reading an RRULE value into a :class:`~kztimeline.rule_days.DayRule`, for arithmetic.

What is read, and how, follows dateutil (which follows RFC 5545 §3.3.10), so both give the
same days: FREQ YEARLY, MONTHLY, WEEKLY or DAILY; INTERVAL; COUNT or UNTIL (a day; the caller
turns a UTC UNTIL into the last day it allows); BYMONTH; BYMONTHDAY, negative days counting
from the month's end; BYDAY, with an ordinal (``2MO``, ``-1FR``) counted in the month (or
the year of a YEARLY rule without BYMONTH), an ordinal ignored in a WEEKLY or DAILY rule;
BYSETPOS; WKST. A rule that says anything else (BYHOUR, BYWEEKNO, BYYEARDAY …) is not read
here: :func:`compile_rule` returns None, and the caller asks dateutil.
"""

from __future__ import annotations

from datetime import date

from kztimeline.rule_days import DayRule

__all__ = ("compile_rule",)

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_READ = frozenset(
    ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST")
)


def compile_rule(rule: str, start: date, until: date | None = None) -> DayRule | None:
    """``rule`` (an RRULE value) from ``start``, ready for :meth:`DayRule.days`; None if it
    says something read only by dateutil. ``until`` replaces the rule's UNTIL (a timed
    event's UTC UNTIL, turned into the last day it allows by the caller)."""
    try:
        parts = dict(part.split("=", 1) for part in rule.split(";"))
    except ValueError:
        return None
    frequency = parts.get("FREQ")
    if not parts.keys() <= _READ or frequency not in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        return None
    try:
        return _compiled(parts, frequency, start, until)
    except (ValueError, KeyError, IndexError):
        return None  # check_rule refuses these, with dateutil's words


def _numbers(text: str | None) -> list[int]:
    return [int(item) for item in text.split(",")] if text else []


def _compiled(parts: dict[str, str], frequency: str, start: date, until: date | None) -> DayRule:
    if until is None and "UNTIL" in parts:
        written = parts["UNTIL"]
        if len(written) != 8:
            raise ValueError(written)
        until = date(int(written[:4]), int(written[4:6]), int(written[6:]))
    weekdays: set[int] = set()
    nth: set[tuple[int, int]] = set()
    for item in parts.get("BYDAY", "").split(",") if parts.get("BYDAY") else []:
        weekday, ordinal = _WEEKDAYS[item[-2:]], item[:-2]
        # dateutil reads an ordinal only in a MONTHLY or YEARLY rule.
        if ordinal in ("", "+") or frequency in ("WEEKLY", "DAILY"):
            weekdays.add(weekday)
        else:
            if not ordinal.lstrip("+-").isdigit() or int(ordinal) == 0:
                raise ValueError(item)
            nth.add((weekday, int(ordinal)))
    months = set(_numbers(parts.get("BYMONTH")))
    monthdays = set(_numbers(parts.get("BYMONTHDAY")))
    if not (weekdays or nth or monthdays):
        # dateutil's defaults: what the rule does not say, the start does.
        if frequency == "YEARLY":
            months = months or {start.month}
            monthdays = {start.day}
        elif frequency == "MONTHLY":
            monthdays = {start.day}
        elif frequency == "WEEKLY":
            weekdays = {start.weekday()}
    if not all(1 <= month <= 12 for month in months) or not all(
        1 <= abs(day) <= 31 for day in monthdays
    ):
        raise ValueError(parts)
    interval = int(parts.get("INTERVAL", "1"))
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    if interval < 1 or (count is not None and count < 1):
        raise ValueError(parts)
    return DayRule(
        frequency,
        start,
        interval=interval,
        count=count,
        until=until or date.max,
        months=frozenset(months),
        monthdays=frozenset(monthdays),
        weekdays=frozenset(weekdays),
        nth=frozenset(nth),
        setpos=tuple(_numbers(parts.get("BYSETPOS"))),
        week_start=_WEEKDAYS[parts.get("WKST", "MO")],
    )
