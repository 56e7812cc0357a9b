"""Dates as the sources give them: to the year, the month or the day, as ranges, qualified.

The written form is a subset of EDTF (Library of Congress Extended Date/Time Format, levels 0
and 1): ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, each with an optional trailing qualifier (``?``
uncertain, ``~`` approximate, ``%`` both), and intervals ``A/B`` of any two of those where
either side may be open (``..``). A TOML date, or a date-time with a time zone, is a date too.

Every :class:`EventDate` knows its precision, its first and last day (inclusive), its
qualifier and the text as written. An open side reaches to the end of the calendar
(``date.min`` or ``date.max``): the event may lie anywhere that way. Reading the written form
is :mod:`kztimeline.edtf`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as TimeOfDay
from enum import StrEnum
from functools import lru_cache

from kztimeline.date_hints import MONTH_NAMES
from kztimeline.errors import DateError
from kztimeline.time_zones import parse_time_zone, wall_time_doubt

__all__ = (
    "days_in_month",
    "one_day_of",
    "EventDate",
    "PartialDate",
    "Precision",
    "Qualifier",
    "parse_time_zone",
    "wall_time_doubt",
)

# Spelled out rather than taken from strftime("%b"), which follows the process locale.
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

OPEN = ".."


class Precision(StrEnum):
    """How much of a date the sources give, from coarse to fine."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    TIME = "time"

    @property
    def rank(self) -> int:
        """0 for YEAR up to 3 for TIME, so that precisions compare by fineness."""
        return _PRECISION_ORDER.index(self)


_PRECISION_ORDER = (Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.TIME)


class Qualifier(StrEnum):
    """The EDTF qualifier of a date: none, ``?`` uncertain, ``~`` approximate, ``%`` both."""

    NONE = ""
    UNCERTAIN = "?"
    APPROXIMATE = "~"
    BOTH = "%"

    @property
    def uncertain(self) -> bool:
        return self in (Qualifier.UNCERTAIN, Qualifier.BOTH)

    @property
    def approximate(self) -> bool:
        return self in (Qualifier.APPROXIMATE, Qualifier.BOTH)

    @classmethod
    def of(cls, *, uncertain: bool, approximate: bool) -> Qualifier:
        if uncertain and approximate:
            return cls.BOTH
        if uncertain:
            return cls.UNCERTAIN
        if approximate:
            return cls.APPROXIMATE
        return cls.NONE

    def __or__(self, other: object) -> Qualifier:
        if not isinstance(other, Qualifier):
            return NotImplemented
        return Qualifier.of(
            uncertain=self.uncertain or other.uncertain,
            approximate=self.approximate or other.approximate,
        )

    def describe(self) -> str:
        """A sentence fragment for outputs that spell the qualifier out, or ``""``."""
        return {
            Qualifier.NONE: "",
            Qualifier.UNCERTAIN: "uncertain",
            Qualifier.APPROXIMATE: "approximate",
            Qualifier.BOTH: "approximate and uncertain",
        }[self]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    # calendar.monthrange also works out the weekday of the first, which is not needed here.
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day, with its qualifier."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier = Qualifier.NONE

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> date:
        """The first day the date could be (inclusive)."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """The last day the date could be (inclusive): 2010-02 ends on 2010-02-28."""
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return date(self.year, month, days_in_month(self.year, month))

    @property
    def text(self) -> str:
        """The EDTF form: ``2010-02~``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out + self.qualifier.value

    def label(self, *, with_year: bool = True) -> str:
        """A short human form without the qualifier: ``12 Nov 2012``, ``Feb 2010``, ``2010``."""
        parts = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTH_ABBREVIATIONS[self.month - 1])
        if with_year or not parts:
            parts.append(str(self.year))
        return " ".join(parts)

    def describe(self) -> str:
        """A long human form without the qualifier: ``12 November 2012``, ``February 2010``."""
        parts = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTH_NAMES[self.month - 1])
        parts.append(str(self.year))
        return " ".join(parts)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as precisely as the sources say.

    ``start`` and ``end`` are the two sides; a single date has the same value on both sides and
    ``is_interval`` false; an open side is ``None``. ``time`` is set, and aware, only for an
    event known to the minute (``Precision.TIME``); ``until`` is its end, if it has one (aware,
    after ``time``). ``text`` is the date as written.

    ``first_day`` and ``last_day`` are the first and last day the event could cover
    (inclusive): ``date.min`` for an open start, ``date.max`` for an open end, the days of
    ``time`` and ``until`` for a moment (an end at midnight closes the day before). They are
    worked out once, when the date is made, since sorting and indexing read them for every
    event.
    """

    text: str
    start: PartialDate | None
    end: PartialDate | None
    is_interval: bool = False
    time: datetime | None = None
    until: datetime | None = None
    first_day: date = field(init=False, repr=False, compare=False)
    last_day: date = field(init=False, repr=False, compare=False)
    # A timed date's wall time, written form and exact length, read once for the occurrences
    # moved from it: see _read_shift.
    _shift: tuple[TimeOfDay, str | None, timedelta | None, bool] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.time is not None:
            first, last = _moment_days(self.time, self.until)
        else:
            first = date.min if self.start is None else self.start.first_day
            last = date.max if self.end is None else self.end.last_day
        if last == first:
            last = first  # one object for both: a single day is most events
        object.__setattr__(self, "first_day", first)
        object.__setattr__(self, "last_day", last)

    @classmethod
    def on(cls, day: date) -> EventDate:
        """A single day known exactly."""
        return one_day_of(day) if cls is EventDate else cls._made_on(day)

    @classmethod
    def _made_on(cls, day: date) -> EventDate:
        point = PartialDate(day.year, day.month, day.day)
        return cls(day.isoformat(), point, point)

    @classmethod
    def at(
        cls, moment: datetime, *, text: str | None = None, until: datetime | None = None
    ) -> EventDate:
        """A moment, or a span from ``moment`` to ``until``; both must be aware, and ``until``
        later than ``moment``. ``until`` is kept in the zone of ``moment``."""
        for value in (moment, until):
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise DateError(
                    f"{value.isoformat()} has no time zone; add an offset such as "
                    f"{value.isoformat()}+05:00, or a timezone key"
                )
        if until is not None:
            until = until.astimezone(moment.tzinfo)
            if until.astimezone(UTC) <= moment.astimezone(UTC):
                raise DateError(
                    f"the end {until.isoformat()} is not after the start {moment.isoformat()}; "
                    "give an end after the start"
                )
        point = PartialDate(moment.year, moment.month, moment.day)
        return cls(text or moment.isoformat(), point, point, time=moment, until=until)

    @classmethod
    def between_days(cls, first: date, last: date) -> EventDate:
        """An interval of whole days, both inclusive."""
        if first == last:
            return cls.on(first)
        start = PartialDate(first.year, first.month, first.day)
        end = PartialDate(last.year, last.month, last.day)
        return cls(f"{start.text}/{end.text}", start, end, is_interval=True)

    @property
    def precision(self) -> Precision:
        """The coarsest precision of the known sides; ``TIME`` for a moment."""
        if self.time is not None:
            return Precision.TIME
        sides = [side.precision for side in (self.start, self.end) if side is not None]
        return min(sides, key=lambda precision: precision.rank)

    @property
    def qualifier(self) -> Qualifier:
        """The qualifiers of both sides together."""
        result = Qualifier.NONE
        for side in (self.start, self.end):
            if side is not None:
                result |= side.qualifier
        return result

    @property
    def open_start(self) -> bool:
        return self.start is None

    @property
    def open_end(self) -> bool:
        return self.end is None

    @property
    def known_first_day(self) -> date:
        """Like ``first_day``, but an open interval keeps to the period of its known side."""
        if self.start is None:
            assert self.end is not None  # parse_date refuses an interval open at both sides
            return self.end.first_day
        return self.first_day

    @property
    def known_last_day(self) -> date:
        """Like ``last_day``, but an open interval keeps to the period of its known side."""
        if self.end is None:
            assert self.start is not None
            return self.start.last_day
        return self.last_day

    def label(self) -> str:
        """A short human form for pictures and tables: ``14–16 Nov 2012``, ``c. Feb 2010``."""
        if self.time is not None:
            moment = self.time
            offset = moment.strftime("%z")
            zone = f"UTC{offset[:3]}:{offset[3:]}" if offset not in ("+0000", "") else "UTC"
            clock = f"{moment:%H:%M}"
            if self.until is not None:
                end = self.until
                same_day = end.date() == moment.date()
                clock += (
                    f"–{end:%H:%M}"
                    if same_day
                    else (f" – {end.day} {MONTH_ABBREVIATIONS[end.month - 1]} {end:%H:%M}")
                )
            return f"{self.start.label() if self.start else ''}, {clock} {zone}"
        if not self.is_interval:
            assert self.start is not None
            return _qualified(self.start.label(), self.start.qualifier)
        if self.start is None:
            assert self.end is not None
            return f"until {_qualified(self.end.label(), self.end.qualifier)}"
        if self.end is None:
            return f"from {_qualified(self.start.label(), self.start.qualifier)}"
        return _interval_label(self.start, self.end)

    def describe(self) -> str:
        """A long human form: ``February 2010``, ``from 1 January 2013 to 2015``."""
        if self.time is not None:
            return self.label()
        if not self.is_interval:
            assert self.start is not None
            return self.start.describe()
        start = self.start.describe() if self.start else "an open start"
        end = self.end.describe() if self.end else "an open end"
        return f"from {start} to {end}"

    def shifted_to(self, first: date) -> EventDate:
        """The same date moved to start on ``first``, keeping its length (for recurrences)."""
        if self.time is None:
            return EventDate.between_days(first, first + (self.last_day - self.first_day))
        clock, written, length, fixed = self._shift or self._read_shift()
        moment = datetime.combine(first, clock)
        text = moment.isoformat() if written is None else first.isoformat() + written
        # With one offset, the wall time moves as the moment does.
        until = moment + length if fixed and length is not None else _end(moment, length)
        # The moment keeps this date's zone and the length stays positive, so what
        # EventDate.at checks holds already: a query may make thousands of these.
        point = one_day_of(first).start  # the day's one PartialDate, shared
        assert point is not None
        return _timed(text, point, moment, until)

    def moved_to(self, moment: datetime) -> EventDate:
        """A timed date moved to start at ``moment`` (aware), keeping the written form (an
        offset, or local time) and the exact length, as RFC 5545 §3.8.5.3 keeps it."""
        assert self.time is not None
        length = (self._shift or self._read_shift())[2]
        written = moment if self.text == self.time.isoformat() else moment.replace(tzinfo=None)
        return EventDate.at(moment, text=written.isoformat(), until=_end(moment, length))

    def _read_shift(self) -> tuple[TimeOfDay, str | None, timedelta | None, bool]:
        """A timed date's wall time (with its zone); what its text says after the day, if
        that is the same on every day (a local time, or a fixed offset), else None; its
        exact length; and whether its zone has one offset. Read once for its occurrences."""
        assert self.time is not None
        length = None
        if self.until is not None:
            length = self.until.astimezone(UTC) - self.time.astimezone(UTC)
        clock, fixed = self.time.timetz(), isinstance(self.time.tzinfo, timezone)
        written: str | None = "T" + self.time.time().isoformat()
        if self.text == self.time.isoformat():  # written with its offset
            written = "T" + clock.isoformat() if fixed else None
        shift = (clock, written, length, fixed)
        object.__setattr__(self, "_shift", shift)
        return shift

    def __str__(self) -> str:
        return self.text


def _moment_days(moment: datetime, until: datetime | None) -> tuple[date, date]:
    # The days of a moment, or of a span to ``until`` (at midnight, it closes the day before).
    first = moment.date()
    last = first if until is None else max(first, (until - _TICK).date())
    return first, first if last == first else last


_TICK = timedelta(microseconds=1)
_SET = object.__setattr__


def _end(moment: datetime, length: timedelta | None) -> datetime | None:
    """The end of a span of exactly ``length`` from ``moment``, in its zone."""
    return None if length is None else (moment.astimezone(UTC) + length).astimezone(moment.tzinfo)


def _timed(text: str, point: PartialDate, moment: datetime, until: datetime | None) -> EventDate:
    """``EventDate(text, point, point, time=moment, until=until)``, its checks already met:
    made slot by slot, in half the time of the dataclass's own steps."""
    made = object.__new__(EventDate)
    first, last = _moment_days(moment, until)
    _SET(made, "text", text)
    _SET(made, "start", point)
    _SET(made, "end", point)
    _SET(made, "is_interval", False)
    _SET(made, "time", moment)
    _SET(made, "until", until)
    _SET(made, "first_day", first)
    _SET(made, "last_day", last)
    _SET(made, "_shift", None)
    return made


@lru_cache(maxsize=8_192)
def one_day_of(day: date) -> EventDate:
    # Dates are immutable, and the occurrences in a window share their few days: one object
    # a day spares making the same date again for every rule that falls on it.
    return EventDate._made_on(day)


def _qualified(label: str, qualifier: Qualifier) -> str:
    prefix = "c. " if qualifier.approximate else ""
    suffix = "?" if qualifier.uncertain else ""
    return f"{prefix}{label}{suffix}"


def _interval_label(start: PartialDate, end: PartialDate) -> str:
    same_year = start.year == end.year
    plain = start.qualifier == end.qualifier == Qualifier.NONE
    if plain and same_year and start.precision is end.precision is Precision.DAY:
        if start.month == end.month:
            return f"{start.day}–{end.label()}"
        return f"{start.label(with_year=False)} – {end.label()}"
    if plain and same_year and start.precision is end.precision is Precision.MONTH:
        return f"{start.label(with_year=False)}–{end.label()}"
    return (
        f"{_qualified(start.label(), start.qualifier)} – {_qualified(end.label(), end.qualifier)}"
    )


def day_offset(day: date, days: int) -> date:
    """``day`` moved by ``days``, pinned to the ends of the calendar instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min
