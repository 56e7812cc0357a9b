"""What the grammar (:mod:`kztimeline.draft.grammar`) reads from a sentence before anything
is resolved: the sides of a date as written, one expression found, and whether a side
names a real day; and the calendar's one sum the readers share, the same day some months
on."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = ("Found", "Side", "exists", "same_day_months_on")


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a date as written: the year may be missing."""

    year: int | None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """One expression of the grammar in a sentence, read into its sides but not resolved:
    ``start`` and ``end`` delimit it; an open side is ``None``."""

    start: int
    end: int
    first: Side | None  # None: open
    last: Side | None
    value: str | None = None  # already resolved (relative expressions)
    note: str | None = None  # how a resolved value was found, for the reader to check
    annual: bool = False
    approximate: bool = False
    rough_end: bool = False  # "from 1829 to about 1850": only its end approximate
    doubted: bool = False  # "probably in 1620", "is believed to date from 1620"
    weekday: int | None = None  # "Tuesday, May 5": the day of the week written with the date
    # How far after the date named before ("two days later"): a count and "day", "month"
    # or "year".
    shift: tuple[int, str] | None = None
    # The other days or years of a list ("on 3, 5 and 7 May"): one fact each.
    more: tuple[Side, ...] = ()

    @property
    def is_period(self) -> bool:
        """Whether it names a month or longer, as written or relative ("this year"), not
        counted from another date."""
        if self.value is not None:
            return re.fullmatch(r"\d{4}(?:-\d\d)?", self.value) is not None
        sides = (self.first, self.last)
        written = self.shift is None
        return written and all(side is not None and side.day is None for side in sides)


def exists(side: Side) -> bool:
    """Whether a side with a day names a real day (no 30 February, no thirteenth month:
    "1.13.2024" is a version's number); other sides do."""
    if side.year is None or side.month is None or side.day is None:
        return True
    if not 1 <= side.month <= 12:
        return False
    return side.day <= calendar.monthrange(side.year, side.month)[1]


def same_day_months_on(day: date, months: int) -> date:
    """The same day of the month ``months`` on from ``day`` (back when negative), the month's
    last day when it is shorter: "Fifty years ago today", "100 YEARS AGO ... today"."""
    count = day.month - 1 + months
    year, month = day.year + count // 12, count % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
