"""Ticks of a time axis a reader expects, from minutes to millennia.

:func:`date_ticks` tries steps from the finest to the coarsest (minutes, hours, days, weeks
of Mondays, months, quarters, years, decades, centuries...) and takes the finest whose labels
fit: at most ``most`` ticks, and, when the axis length is known, no two labels closer than
the width of one character, measured with the renderer at the size they are drawn. Each label
says what changes and nothing else: the year once where it changes, the month where it
changes, the day under a clock time where the day changes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from kztimeline.plot.geometry import FAMILY, TICK_SIZE

__all__ = ("date_ticks",)

_EPOCH = datetime(1970, 1, 1)
_FIRST_DAY = float((date(1, 1, 1) - _EPOCH.date()).days)
_LAST_DAY = float((date(9999, 12, 31) - _EPOCH.date()).days) + 1
_MONDAY = 4.0  # 1970-01-05, a Monday, in days since 1970-01-01
_MINUTES = 1440


@dataclass(frozen=True)
class _Step:
    unit: str  # "minute", "day", "week", "month" or "year"
    count: int

    @property
    def days(self) -> float:
        """The step's length in days, near enough to count its ticks."""
        per = {"minute": 1 / _MINUTES, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
        return per[self.unit] * self.count


_STEPS = (
    *(_Step("minute", n) for n in (1, 5, 10, 15, 30, 60, 120, 180, 360, 720)),
    _Step("day", 1),
    _Step("week", 1),
    _Step("week", 2),
    *(_Step("month", n) for n in (1, 2, 3, 6)),
    *(_Step("year", n) for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000)),
)


def _moment(value: float) -> datetime:
    # Rounded to the second, so that 08:00 computed as a fraction of a day stays 08:00.
    return _EPOCH + timedelta(seconds=round(value * 86400))


def _number(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds() / 86400


def _locations(step: _Step, lo: float, hi: float) -> Iterator[float]:
    if step.unit == "minute":
        first = math.ceil(lo * _MINUTES / step.count - 1e-9)
        last = math.floor(hi * _MINUTES / step.count + 1e-9)
        for index in range(first, last + 1):
            yield index * step.count / _MINUTES
    elif step.unit in ("day", "week"):
        period = 1 if step.unit == "day" else 7 * step.count
        anchor = 0.0 if step.unit == "day" else _MONDAY
        first = math.ceil((lo - anchor) / period - 1e-9)
        last = math.floor((hi - anchor) / period + 1e-9)
        for index in range(first, last + 1):
            yield anchor + index * period
    else:
        start, end = _moment(max(lo, _FIRST_DAY)), _moment(min(hi, _LAST_DAY - 1))
        if step.unit == "month":
            month = start.year * 12 + start.month - 1
            month += -month % step.count
            while True:
                moment = datetime(month // 12, month % 12 + 1, 1)
                if moment > end:
                    return
                if _number(moment) >= lo:
                    yield _number(moment)
                month += step.count
        else:
            year = max(start.year + (-start.year % step.count), 1)
            while year <= end.year:
                value = _number(datetime(year, 1, 1))
                if value >= lo:
                    yield value
                year += step.count


def _labels(step: _Step, locations: list[float]) -> list[str]:
    labels = []
    previous: datetime | None = None
    for value in locations:
        moment = _moment(value)
        new_year = previous is None or previous.year != moment.year
        new_month = new_year or (previous is not None and previous.month != moment.month)
        new_day = new_month or (previous is not None and previous.day != moment.day)
        if step.unit == "minute":
            text = f"{moment:%H:%M}"
            if new_day:
                text += f"\n{moment.day} {moment:%b}" + (f" {moment.year}" if new_year else "")
        elif step.unit in ("day", "week"):
            text = str(moment.day) + (f" {moment:%b}" if new_month else "")
            if new_year:
                text += f"\n{moment.year}"
        elif step.unit == "month":
            text = f"{moment:%b}" + (f"\n{moment.year}" if new_year else "")
        else:
            text = str(moment.year)
        labels.append(text)
        previous = moment
    return labels


@functools.cache
def _renderer() -> RendererAgg:
    # At 72 dots per inch a pixel is a point.
    return RendererAgg(1, 1, 72)  # type: ignore[no-untyped-call]


@functools.cache
def _width(text: str) -> float:
    """The width of ``text`` as a tick label, in points: its widest line."""
    font = FontProperties(family=FAMILY, size=TICK_SIZE)
    renderer = _renderer()
    widths = [
        float(renderer.get_text_width_height_descent(line, font, ismath=False)[0])  # type: ignore[no-untyped-call]
        for line in text.split("\n")
    ]
    return max(widths)


def _height(text: str) -> float:
    """The height of ``text`` as a tick label, in points: its lines."""
    return (text.count("\n") + 1) * TICK_SIZE * 1.25


def _fits(
    locations: list[float],
    labels: list[str],
    lo: float,
    hi: float,
    length: float,
    *,
    vertical: bool = False,
) -> bool:
    """Whether labels centred on their ticks keep one character's width between them (along
    a vertical axis: the labels' heights, and a third of a line between them)."""
    extent = _height if vertical else _width
    gap = TICK_SIZE / 3 if vertical else _width("0")
    scale = length / (hi - lo)
    for index in range(1, len(locations)):
        between = (locations[index] - locations[index - 1]) * scale
        if between - (extent(labels[index - 1]) + extent(labels[index])) / 2 < gap:
            return False
    return True


def date_ticks(
    lo: float, hi: float, most: int = 9, *, length: float | None = None, vertical: bool = False
) -> tuple[list[float], list[str]]:
    """Tick positions between ``lo`` and ``hi`` (days since 1970-01-01, fractions for times of
    day) and their labels, read naturally; at most ``most`` ticks.

    The step is the finest that gives at least two ticks (else the coarsest with one) and at
    most ``most``, and, given ``length`` (the axis length in points), keeps one character of
    space between labels centred on their ticks (``vertical``: the labels' heights, for a
    time axis down the page). Steps: 1, 5, 10, 15 and 30 minutes; 1, 2,
    3, 6 and 12 hours; days; weeks (every Monday) and two weeks; 1, 2, 3 and 6 months; 1, 2,
    5, 10, 20, 25, 50, 100... years.

    Clock ticks give ``08:00``, with the day under it where the day changes (and the year
    where that changes); day and week ticks the day (``5``, ``12``), with the month where it
    changes (``3 Dec``) and the year under it where that changes; month ticks the month, with
    the year where it changes; year ticks the year. The first tick says all of it, so there
    is no offset label to contradict the ticks.
    """
    lo, hi = max(lo, _FIRST_DAY), min(hi, _LAST_DAY)
    if hi <= lo:
        return [], []
    fallback: tuple[list[float], list[str]] = ([], [])
    for step in _STEPS:
        # Counted before generating: a minute step over centuries is skipped at once.
        if (hi - lo) / step.days > most + 2:
            continue
        locations = list(_locations(step, lo, hi))
        if not locations or len(locations) > most:
            continue
        labels = _labels(step, locations)
        fits = length is None or _fits(locations, labels, lo, hi, length, vertical=vertical)
        if len(locations) >= 2 and fits:
            return locations, labels
        if fits or not fallback[0]:
            fallback = (locations, labels)
    return fallback
