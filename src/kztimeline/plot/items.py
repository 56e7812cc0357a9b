"""What the picture draws, worked out from the timeline alone: no matplotlib, no renderer.

Positions are in days since 1970-01-01 (matplotlib's date units), so the tests can check the
items and the layout decision without drawing anything.

What each event becomes
-----------------------
* A single day is a point at the middle of its day; a timed event is a point at its instant,
  on the clock of its own time zone, and its label gives the time and the zone.
* A range of days is a bar from the start of its first day to the end of its last.
* A date known only to the month or the year is a band over the whole period it may fall in,
  never a point; an open side (``../2012``) keeps to the period that is known, with an arrow.
* A long period (``kind = "term"``, or a range of a year or more) that covers at least 5 % of
  the axis is a background band, labelled like any other event.
* A repeating event gets a mark at every occurrence in view, one label at the first, and the
  rule in words in that label.
* A cancelled event is hollow and its label says "cancelled"; a tentative one (``status =
  "tentative"``, or an uncertain date) is faded and its label says so; a highlighted one
  (``highlight = true``) has a bold label, placed before the others (see
  :mod:`~kztimeline.plot.horizontal`).

The window
----------
With a window (``start``/``end``, the command's ``--from/--to``) the axis is exactly that
window; an event reaching beyond it is clipped at the edge, with an arrow saying it goes on.
Without one, the axis spans every event, with 3 % to spare on each side.
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from kztimeline.plot.styles import OTHER_KIND

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = (
    "EPOCH",
    "choose_layout",
    "MAX_OCCURRENCES",
    "Item",
    "Shape",
    "Window",
    "collect",
    "day_number",
    "instant_number",
)

EPOCH = date(1970, 1, 1)
MAX_OCCURRENCES = 2000
"""Marks drawn for one repeating event at most; its label says the rule, which covers all."""
TITLE_WRAP = 30
"""Characters per line of a title in a label beside a horizontal axis."""

Shape = Literal["point", "bar", "band", "background"]

# Matplotlib dates reach from year 1 to 9999; so does the axis.
_FIRST = date(1, 1, 1)
_LAST = date(9999, 12, 31)


def day_number(day: date) -> float:
    """The start of ``day`` in axis units: days since 1970-01-01."""
    return float((day - EPOCH).days)


def instant_number(moment: datetime) -> float:
    """``moment`` on the clock of its own zone, in axis units (a fraction of its day)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return day_number(moment.date()) + seconds / 86400


def number_day(value: float) -> date:
    """The day that holds the axis position ``value``."""
    return EPOCH + timedelta(days=int(value // 1))


@dataclass(frozen=True)
class Window:
    """The part of time on the axis: from ``lo`` to ``hi`` in axis units; ``exact`` when the
    caller set it, so events are clipped to it."""

    lo: float
    hi: float
    exact: bool

    @property
    def span(self) -> float:
        return self.hi - self.lo

    @classmethod
    def of(cls, first: date, last: date) -> Window:
        """Exactly the days ``first`` to ``last``, both inclusive."""
        return cls(day_number(first), day_number(last) + 1, True)


@dataclass
class Item:
    """One event as drawn: its extent on the axis (clipped to the window), its shape and text."""

    event: Event
    x0: float
    x1: float
    shape: Shape
    kind: str
    date_text: str
    title: str
    occurrences: list[float] = field(default_factory=list)
    open_start: bool = False  # the date itself is open, or the window cuts it
    open_end: bool = False
    cancelled: bool = False
    tentative: bool = False
    highlight: bool = False

    @property
    def anchor(self) -> float:
        """Where its label's stem or leader leaves the item: a point's middle, else its start."""
        if self.shape == "point":
            return (self.x0 + self.x1) / 2
        return self.x0

    def label(self, width: int = TITLE_WRAP) -> str:
        """The date line, then the title wrapped at ``width`` characters."""
        title = "\n".join(textwrap.wrap(self.title, width)) or self.event.id
        return f"{self.date_text}\n{title}"

    def line(self) -> str:
        """The label on one line, for a chronology column or a numbered list."""
        return f"{self.date_text}  {self.title}"


def _is_day_range(event: Event) -> bool:
    sides = [event.date.start, event.date.end]
    return all(side.precision.value == "day" for side in sides if side is not None)


def _date_text(event: Event) -> str:
    # The status and the rule in words are said as every output says them (Event.notes).
    return " · ".join((event.date.label(), *event.notes))


def _extent(event: Event) -> tuple[float, float]:
    moment = event.date.time
    if moment is not None:
        # Both ends on the clock of the start's zone, as the label says them.
        until = event.date.until
        end = instant_number(until.astimezone(moment.tzinfo)) if until is not None else None
        start = instant_number(moment)
        return start, max(end, start) if end is not None else start
    first = max(event.date.known_first_day, _FIRST)
    last = min(event.date.known_last_day, _LAST)
    return day_number(first), day_number(last) + 1


def default_window(timeline: Timeline) -> Window:
    """The axis that spans every event of ``timeline``, with 3 % to spare on each side.

    Repeating events count with their occurrences, at most 50 of each, so an endless rule
    does not stretch the axis to year 9999. An empty timeline gets one year around today's
    epoch start, which is never drawn.
    """
    events = list(timeline)
    if not events:
        return Window(0.0, 365.0, False)
    lows = [_extent(event)[0] for event in events]
    highs = [_extent(event)[1] for event in events]
    for event in events:
        if event.is_recurring:
            starts = itertools.islice(event.occurrences(event.first_day, _LAST), 50)
            highs.extend(_extent(occurrence)[1] for occurrence in starts)
    low, high = min(lows), max(highs)
    pad = max((high - low) * 0.03, 1.0)
    low = max(low - pad, day_number(_FIRST))
    high = min(high + pad, day_number(_LAST) + 1)
    return Window(low, high, False)


def collect(timeline: Timeline, window: Window) -> list[Item]:
    """The items of every event of ``timeline`` that reaches into ``window``, in time order
    (first position, then id).

    An event outside the window is left out; a repeating event is kept if an occurrence is
    in it. Runs in O(n) plus the occurrences in view, at most :data:`MAX_OCCURRENCES` each.
    """
    items = []
    view_first = number_day(window.lo)
    view_last = number_day(max(window.hi - 1e-9, window.lo))
    for event in timeline:
        x0, x1 = _extent(event)
        occurrences: list[float] = []
        if event.is_recurring:
            extents = [
                _extent(occurrence)
                for occurrence in itertools.islice(
                    event.occurrences(view_first, view_last), MAX_OCCURRENCES
                )
            ]
            extents = [(a, b) for a, b in extents if a < window.hi and b > window.lo]
            if not extents:
                continue
            # The first occurrence in view carries the label; each gets a mark.
            x0, x1 = extents[0]
            occurrences = [(a + b) / 2 if b - a <= 1 else a for a, b in extents]
        elif x1 < window.lo or x0 > window.hi or (x1 == window.lo and x0 < x1):
            continue
        clipped_start, clipped_end = x0 < window.lo, x1 > window.hi
        x0, x1 = max(x0, window.lo), min(x1, window.hi)
        items.append(
            Item(
                event=event,
                x0=x0,
                x1=x1,
                shape=_shape(event, x0, x1, window, clipped=clipped_start or clipped_end),
                kind=event.kind or OTHER_KIND,
                date_text=_date_text(event),
                title=event.title,
                occurrences=occurrences,
                open_start=event.date.open_start or clipped_start,
                open_end=event.date.open_end or clipped_end,
                cancelled=event.status == "cancelled",
                tentative=event.status == "tentative" or event.date.qualifier.uncertain,
                highlight=event.highlight,
            )
        )
    items.sort(key=lambda item: (item.anchor, item.event.id))
    return items


def _shape(event: Event, x0: float, x1: float, window: Window, *, clipped: bool) -> Shape:
    if event.date.time is not None:
        return "bar" if x1 > x0 else "point"
    interval = event.date.is_interval and event.date.known_first_day != event.date.known_last_day
    open_side = event.date.open_start or event.date.open_end
    # A long term wholly in view that fills a twentieth of it is shown as the period it sets;
    # one that the window cuts is a bar, so its arrows can say that it goes on.
    if event.is_long_period and not clipped and (x1 - x0) >= 0.05 * window.span:
        return "background"
    if not _is_day_range(event) or open_side:
        return "band"
    return "bar" if interval else "point"


def choose_layout(
    requested: str,
    horizontal: float | None,
    vertical: float | None,
    horizontal_most: float,
    tallest: float,
) -> str:
    """The layout to draw, from the heights (inches) the two labelled layouts need.

    ``horizontal`` and ``vertical`` are the heights of the band of labels around a horizontal
    axis and of the chronology, or ``None`` when that layout cannot name every event within
    ``tallest`` (the 40 in bound less the heading and legend). The rule:

    * ``"auto"``: horizontal when its band is at most ``horizontal_most`` (9 in): a sparse
      timeline keeps the familiar axis; else the chronology when it fits, since a column
      holds the most labels; else horizontal when it fits; else ``"numbered"``.
    * ``"horizontal"`` or ``"vertical"``: that layout when it fits, else ``"numbered"``.
    """
    fits_horizontal = horizontal is not None and horizontal <= tallest
    fits_vertical = vertical is not None and vertical <= tallest
    if requested == "horizontal":
        return "horizontal" if fits_horizontal else "numbered"
    if requested == "vertical":
        return "vertical" if fits_vertical else "numbered"
    if horizontal is not None and horizontal <= min(horizontal_most, tallest):
        return "horizontal"
    if fits_vertical:
        return "vertical"
    return "horizontal" if fits_horizontal else "numbered"
