"""What the picture draws, worked out from the timeline alone: no matplotlib, no renderer.

Positions are in days since 1970-01-01 (matplotlib's date units), so the tests can check the
items without drawing anything. Every position is linear in time.

What each event becomes
-----------------------
* A single day is a point at the middle of its day; a timed event is a point at its instant,
  on the clock of the picture's one display zone (:mod:`~kztimeline.plot.zones`).
* A range of days, or of instants, is a bar from its start to its end: its length is its
  duration. A long term, a war or a programme is a bar like any other range.
* A date known only to the month or the year is a band over the whole period it may fall in,
  never a point.
* An interval open at one side (``2000/..``, ``../2005``) runs to that edge of the axis, and
  its label says "since 2000" or "before 2005"; so does an event the window cuts, or a rule
  with no end whose later occurrences lie past the axis. Each carries ``goes_before`` or
  ``goes_after``, drawn as an arrowhead beyond the edge.
* Approximate (``~``) and uncertain (``?``) sides are kept per side, so the drawing can show
  them on marks and on bars, not only in words.
* A repeating event gets a mark at every occurrence in view, one label at the first with its
  rule in words, and a ghost at each date its ``except_on`` removes; an occurrence a change
  moved keeps where the rule had put it.
* A cancelled event is hollow and its label says "cancelled"; a tentative one (``status =
  "tentative"``) is faded and its label says so; a highlighted one has a bold label.

The window
----------
With a window (``start``/``end``) the axis is exactly that window; an event reaching beyond
it is cut at the edge. Without one, the axis spans the known dates of the events, with 3 %
to spare on each side (for timed events of one day, half an hour), where a rule with no end
counts with its first occurrence only.
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from kztimeline.dates import PartialDate, Qualifier
from kztimeline.plot.styles import OTHER_KIND
from kztimeline.plot.zones import UTC_ZONE, Zone, clock_text
from kztimeline.recurrence import endless

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = (
    "EPOCH",
    "MAX_OCCURRENCES",
    "Item",
    "Occurrence",
    "Shape",
    "Window",
    "collect",
    "day_number",
    "default_window",
    "instant_number",
)

EPOCH = date(1970, 1, 1)
MAX_OCCURRENCES = 2000
"""Marks drawn for one repeating event at most; its label says the rule, which covers all."""
TITLE_WRAP = 30
"""Characters per line of a title in a label beside a horizontal axis."""

Shape = Literal["point", "bar", "band"]

# Matplotlib dates reach from year 1 to 9999; so does the axis.
_FIRST = date(1, 1, 1)
_LAST = date(9999, 12, 31)


def day_number(day: date) -> float:
    """The start of ``day`` in axis units: days since 1970-01-01."""
    return float((day - EPOCH).days)


def instant_number(moment: datetime, zone: Zone = UTC_ZONE) -> float:
    """``moment`` on the clock of ``zone``, in axis units (a fraction of its day)."""
    local = moment.astimezone(zone.tz)
    seconds = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
    return day_number(local.date()) + seconds / 86400


def number_day(value: float) -> date:
    """The day that holds the axis position ``value``."""
    return EPOCH + timedelta(days=int(value // 1))


@dataclass(frozen=True)
class Window:
    """The part of time on the axis: from ``lo`` to ``hi`` in axis units; ``exact`` when the
    caller set it, so events are cut at it."""

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


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a repeating event in view: where its mark goes (``x``), its ``day``
    in the rule (which names it), whether it is ``cancelled``, the ``title`` a change gave
    it (else ``""``) and, for one a change moved, where the rule had put it."""

    x: float
    day: date
    cancelled: bool = False
    title: str = ""
    moved_from: float | None = None


@dataclass
class Item:
    """One event as drawn: its extent on the axis (cut to the window), its shape and text."""

    event: Event
    x0: float
    x1: float
    shape: Shape
    kind: str
    date_text: str
    title: str
    occurrences: list[float] = field(default_factory=list)
    repeats: list[Occurrence] = field(default_factory=list)
    skipped: list[tuple[float, date]] = field(default_factory=list)
    goes_before: bool = False  # runs on past the start of the axis: open, or cut
    goes_after: bool = False
    approximate: tuple[bool, bool] = (False, False)  # start side, end side
    uncertain: tuple[bool, bool] = (False, False)
    cancelled: bool = False
    tentative: bool = False
    highlight: bool = False
    occurrence_of: date | None = None  # an occurrence a change moved or retitled: its day
    moved_from: float | None = None  # where the rule had put it, when a change moved it

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def mark_part(self) -> str:
        """The gid part of its mark: ``mark``, or ``occurrence-YYYY-MM-DD`` for an occurrence
        drawn on its own."""
        day = self.occurrence_of
        return "mark" if day is None else f"occurrence-{day.isoformat()}"

    @property
    def label_gid(self) -> str:
        """The gid of its label: the event id, or ``<id>/label`` for a further label."""
        return self.id if self.occurrence_of is None else f"{self.id}/label"

    @property
    def anchor(self) -> float:
        """Where its label's stem or leader leaves the item: a point's middle, else its start."""
        if self.shape == "point":
            return (self.x0 + self.x1) / 2
        return self.x0

    @property
    def start_mark(self) -> float:
        """Where the kind's marker at a bar's or band's start goes: the middle of its first
        day for a range of days, as a single day's mark sits, else its start."""
        timed = self.event.date.time is not None
        if self.shape == "bar" and not timed and self.x1 - self.x0 >= 1 and not self.goes_before:
            return self.x0 + 0.5
        return self.x0

    @property
    def qualifier(self) -> Qualifier:
        """What the mark at its start shows: the qualifiers of both sides together."""
        return Qualifier.of(uncertain=any(self.uncertain), approximate=any(self.approximate))

    def label(self, width: int = TITLE_WRAP) -> str:
        """The date line, then the title wrapped at ``width`` characters."""
        title = "\n".join(textwrap.wrap(self.title, width)) or self.event.id
        # The date line may carry a rule in words: wrapped too, a little wider.
        when = "\n".join(textwrap.wrap(self.date_text, width + 15)) or self.date_text
        return f"{when}\n{title}"

    def line(self) -> str:
        """The label on one line, for a chronology column or a numbered list."""
        return f"{self.date_text}  {self.title}"


def _is_day_range(event_date: EventDate) -> bool:
    sides = [event_date.start, event_date.end]
    return all(side.precision.value == "day" for side in sides if side is not None)


def _side_text(side: PartialDate) -> str:
    prefix = "c. " if side.qualifier.approximate else ""
    suffix = "?" if side.qualifier.uncertain else ""
    return f"{prefix}{side.label()}{suffix}"


def _date_text(event: Event, zone: Zone) -> str:
    # The status and the rule in words are said as every output says them (Event.notes).
    when = event.date
    if when.time is not None:
        text = clock_text(event, zone)
    elif when.is_interval and when.start is None and when.end is not None:
        text = f"before {_side_text(when.end)}"
    elif when.is_interval and when.end is None and when.start is not None:
        text = f"since {_side_text(when.start)}"
    else:
        text = when.label()
    return " · ".join((text, *event.notes))


def _extent(when: EventDate, zone: Zone) -> tuple[float, float]:
    """The known extent of a date: an open side keeps to the period of its known side."""
    moment = when.time
    if moment is not None:
        start = instant_number(moment, zone)
        end = instant_number(when.until, zone) if when.until is not None else start
        return start, max(end, start)
    first = max(when.known_first_day, _FIRST)
    last = min(when.known_last_day, _LAST)
    return day_number(first), day_number(last) + 1


def _reach(when: EventDate, zone: Zone) -> tuple[float, float]:
    """The extent a date covers on the axis: an open side reaches the end of time."""
    x0, x1 = _extent(when, zone)
    if when.is_interval and when.time is None:
        if when.start is None:
            x0 = float("-inf")
        if when.end is None:
            x1 = float("inf")
    return x0, x1


def _endless(event: Event) -> bool:
    """Whether ``event`` repeats with no end (:func:`kztimeline.recurrence.endless`)."""
    return event.repeat is not None and endless(event.repeat)


def default_window(timeline: Timeline, zone: Zone = UTC_ZONE) -> Window:
    """The axis that spans the known dates of every event of ``timeline``, with 3 % to spare
    on each side (at least a day, or half an hour when every event has a time of day).

    A repeating event counts with every occurrence, but a rule with no end only with its
    first, so that it does not stretch the axis past the other events; when every event is
    such a rule, the first ten occurrences of each count. An empty timeline gets one year
    from 1970, which is never drawn.
    """
    events = list(timeline)
    if not events:
        return Window(0.0, 365.0, False)
    spans: list[tuple[float, float]] = []
    endless = []
    for event in events:
        if not event.is_recurring:
            spans.append(_extent(event.date, zone))
            continue
        # A rule with more occurrences than a picture draws counts as one with no end.
        dates = None if _endless(event) else event.all_occurrence_dates(MAX_OCCURRENCES)
        if dates is None:
            endless.append(event)
            spans.append(_extent(event.date, zone))
        else:
            spans.extend(_extent(when, zone) for _, when in dates)
    if len(endless) == len(events):
        for event in endless:
            later = itertools.islice(event.occurrences(event.first_day, _LAST), 10)
            spans.extend(_extent(occurrence.date, zone) for occurrence in later)
    low, high = min(a for a, _ in spans), max(b for _, b in spans)
    timed = all(event.date.time is not None for event in events)
    pad = max((high - low) * 0.03, 1 / 48 if timed else 1.0)
    low = max(low - pad, day_number(_FIRST))
    high = min(high + pad, day_number(_LAST) + 1)
    return Window(low, high, False)


def collect(timeline: Timeline, window: Window, zone: Zone = UTC_ZONE) -> list[Item]:
    """The items of every event of ``timeline`` that reaches into ``window``, in time order
    (first position, then id), timed events placed on the clock of ``zone``.

    An event outside the window is left out; an open interval is kept wherever its open
    side reaches; a repeating event is kept if an occurrence is in it. Runs in O(n) plus the
    occurrences in view, at most :data:`MAX_OCCURRENCES` each.
    """
    items = []
    view_first = number_day(window.lo)
    view_last = number_day(max(window.hi - 1e-9, window.lo))
    for event in timeline:
        x0, x1 = _reach(event.date, zone)
        repeats: list[Occurrence] = []
        skipped: list[tuple[float, date]] = []
        endless_after = False
        if event.is_recurring:
            found = _occurrences(event, view_first, view_last, window, zone)
            if not found:
                continue
            # An occurrence a change moved or retitled is drawn with its own label.
            repeats = [found[0][0]]
            for occurrence, occurring in found[1:]:
                if occurrence.moved_from is None and not occurrence.title:
                    repeats.append(occurrence)
                else:
                    items.append(_changed(occurring, occurrence, window, zone))
            x0, x1 = _extent(found[0][1].date, zone)
            for day in event.except_on:
                a, b = _extent(event.date.shifted_to(day), zone)
                if a < window.hi and b > window.lo:
                    skipped.append(((a + b) / 2 if b - a <= 1 else a, day))
            endless_after = not window.exact and _endless(event)
        elif x1 < window.lo or x0 > window.hi or (x1 == window.lo and x0 < x1):
            continue
        goes_before, goes_after = x0 < window.lo, x1 > window.hi or endless_after
        x0, x1 = max(x0, window.lo), min(x1, window.hi)
        sides = (event.date.start, event.date.end)
        items.append(
            Item(
                event=event,
                x0=x0,
                x1=x1,
                shape=_shape(event.date, x0, x1),
                kind=event.kind or OTHER_KIND,
                date_text=_date_text(event, zone),
                title=event.title,
                occurrences=[occurrence.x for occurrence in repeats],
                repeats=repeats,
                skipped=skipped,
                goes_before=goes_before,
                goes_after=goes_after,
                approximate=(
                    sides[0] is not None and sides[0].qualifier.approximate,
                    sides[1] is not None and sides[1].qualifier.approximate,
                ),
                uncertain=(
                    sides[0] is not None and sides[0].qualifier.uncertain,
                    sides[1] is not None and sides[1].qualifier.uncertain,
                ),
                cancelled=event.status == "cancelled",
                tentative=event.status == "tentative",
                highlight=event.highlight,
            )
        )
    items.sort(key=lambda item: (item.anchor, item.event.id))
    return items


def _changed(event: Event, occurrence: Occurrence, window: Window, zone: Zone) -> Item:
    """The item of an occurrence that a change moved or retitled: its own mark and label,
    at its new time with its new title; the label says where the rule had put it."""
    x0, x1 = _extent(event.date, zone)
    x0, x1 = max(x0, window.lo), min(x1, window.hi)
    when = event.date
    text = clock_text(event, zone) if when.time is not None else when.label()
    notes = [note for note in (event.status_note,) if note]
    if occurrence.moved_from is not None:
        notes.append(f"moved from {_day_words(occurrence.day)}")
    return Item(
        event=event,
        x0=x0,
        x1=x1,
        shape=_shape(when, x0, x1),
        kind=event.kind or OTHER_KIND,
        date_text=" · ".join((text, *notes)),
        title=event.title,
        cancelled=event.status == "cancelled",
        tentative=event.status == "tentative",
        occurrence_of=occurrence.day,
        moved_from=occurrence.moved_from,
    )


def _day_words(day: date) -> str:
    return PartialDate(day.year, day.month, day.day).label()


def _occurrences(
    event: Event, first: date, last: date, window: Window, zone: Zone
) -> list[tuple[Occurrence, Event]]:
    found = []
    for occurrence in itertools.islice(event.occurrences(first, last), MAX_OCCURRENCES):
        a, b = _extent(occurrence.date, zone)
        if not (a < window.hi and b > window.lo):
            continue
        day = occurrence.recurrence_id or occurrence.first_day
        slot_a, slot_b = _extent(event.date.shifted_to(day), zone)
        moved = (slot_a, slot_b) != (a, b)
        found.append(
            (
                Occurrence(
                    x=(a + b) / 2 if b - a <= 1 else a,
                    day=day,
                    cancelled=occurrence.status == "cancelled",
                    title=occurrence.title if occurrence.title != event.title else "",
                    moved_from=((slot_a + slot_b) / 2 if slot_b - slot_a <= 1 else slot_a)
                    if moved
                    else None,
                ),
                occurrence,
            )
        )
    return found


def _shape(event_date: EventDate, x0: float, x1: float) -> Shape:
    if event_date.time is not None:
        return "bar" if x1 > x0 else "point"
    if not _is_day_range(event_date):
        return "band"
    interval = event_date.is_interval and (
        event_date.start is None
        or event_date.end is None
        or event_date.known_first_day != event_date.known_last_day
    )
    return "bar" if interval else "point"
