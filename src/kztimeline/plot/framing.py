"""The time a picture shows, and how its title says it: a window from dates, partial dates
or date-times, and the span of that window in words. No matplotlib here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from kztimeline.dates import EventDate, PartialDate
from kztimeline.errors import QueryError
from kztimeline.plot.items import Window, day_number, default_window, instant_number, number_day
from kztimeline.plot.zones import Zone
from kztimeline.query import read_bound

if TYPE_CHECKING:
    from kztimeline.timeline import Timeline

__all__ = ("Bound", "axis_window", "bare_title", "window_title", "window_words")

Bound = date | datetime | str | None


def _bound(value: Bound, zone: Zone, *, last: bool) -> float | None:
    """A window's side in axis units: a day or a partial date covers its whole period; a
    date-time (ISO, with an optional offset or ``Z``; without one, in the display zone) is
    that instant."""
    if value is None:
        return None
    bound = read_bound(value)
    if isinstance(bound, datetime):
        aware = bound if bound.tzinfo is not None else bound.replace(tzinfo=zone.tz)
        return instant_number(aware, zone)
    first, final = bound if isinstance(bound, tuple) else (bound, bound)
    return day_number(final) + 1 if last else day_number(first)


def axis_window(timeline: Timeline, start: Bound, end: Bound, zone: Zone) -> Window:
    """The axis for ``start``/``end`` (either may be ``None``: that side spans the events),
    exactly; without both, the axis that spans the events. Raises
    :class:`~kztimeline.errors.QueryError` for a bound that cannot be read, or a window that
    ends before it starts."""
    low, high = _bound(start, zone, last=False), _bound(end, zone, last=True)
    if low is None and high is None:
        return default_window(timeline, zone)
    if low is None or high is None:
        natural = default_window(timeline, zone)
        if low is None:
            assert high is not None
            low = min(natural.lo, high - 1)
        else:
            high = max(natural.hi, low + 1)
    if low >= high:
        raise QueryError(
            f"the window starts at {start} and ends at {end}, not after it; swap the bounds"
        )
    return Window(low, high, True)


_OWN_SPAN = re.compile(
    r"\s*[,:(\u2013\u2014-]?\s*\(?\d{3,4}\s*(?:[\u2013\u2014-]\s*\d{2,4})?\)?\s*$"
)


def window_words(window: Window) -> str:
    """The span of an exact window as a reader says it: ``2012``, ``November 2012``,
    ``14 November 2012``, ``3–20 Nov 2012``, ``14 May 2024, 08:00–12:00``."""
    first = number_day(window.lo)
    last = number_day(window.hi - 1e-9)
    whole_days = window.lo == int(window.lo) and window.hi == int(window.hi)
    if not whole_days:
        start = datetime(1970, 1, 1) + timedelta(days=window.lo)
        end = datetime(1970, 1, 1) + timedelta(days=window.hi)
        if start.date() == end.date():
            day = PartialDate(start.year, start.month, start.day).label()
            return f"{day}, {start:%H:%M}–{end:%H:%M}"
        return (
            f"{PartialDate(start.year, start.month, start.day).label()} {start:%H:%M} – "
            f"{PartialDate(end.year, end.month, end.day).label()} {end:%H:%M}"
        )
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    next_day = number_day(window.hi)
    if first.day == 1 and next_day.day == 1:
        if (first.year, first.month) == (last.year, last.month):
            return PartialDate(first.year, first.month).describe()
        return EventDate(
            "", PartialDate(first.year, first.month), PartialDate(last.year, last.month), True
        ).label()
    if first == last:
        return PartialDate(first.year, first.month, first.day).describe()
    return EventDate.between_days(first, last).label()


def bare_title(title: str) -> str:
    """The file's title without its own span ("…, 2006–2015"), for a picture of part of it."""
    return _OWN_SPAN.sub("", title).strip() or title


def window_title(title: str, window: Window | None) -> str:
    """The file's title for a window: without its own span, then the window's span."""
    if window is None:
        return title
    return f"{bare_title(title)}, {window_words(window)}"
