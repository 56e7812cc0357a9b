"""Date-range queries: reading the window's bounds, and an index that answers overlap queries.

The index keeps the events' extents as day numbers in buckets by length (lengths below 1, 2,
4, 8 … days). Within a bucket the events are sorted by first day, so the events that may
overlap a window are one slice found by bisection: those starting no earlier than the window's
start less the bucket's longest length. Each slice holds at most about twice as many events as
it returns, so a query costs O(log n) per bucket plus the size of the answer, and long events
never force a scan of the others. A repeating event whose rule ends soon enough is indexed
occurrence by occurrence, so a query expands no rule; each entry is numbered by its place in
chronological order, so the answer needs no sort. A longer rule is held apart with the rules of
its shape (:class:`kztimeline._indexed_rules.OpenRules`): a window in which the shape gives no
day passes over all of them at once, and the occurrences it does give are sorted by their
extents (ints) before they are merged into the ranks.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING

from kztimeline._collector import collector_paused
from kztimeline._indexed_rules import (
    DayExtents,
    Entry,
    MadeOccurrences,
    OpenRules,
    indexed_dates,
    span_key,
)
from kztimeline.edtf import parse_partial_date
from kztimeline.errors import DateError, QueryError

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.records import Event

__all__ = (
    "INDEXED_OCCURRENCES",
    "MADE_OCCURRENCES",
    "OCCURRENCE_BUDGET",
    "TimelineIndex",
    "clock_bounds",
    "read_bound",
    "window",
    "within_hours",
)


def read_bound(value: date | datetime | str) -> date | datetime | tuple[date, date]:
    """A window bound as given: a ``date``, a ``datetime``, or from a string either a date-time
    (``"2024-05-14T08:00"``, with an optional offset or ``Z``) or the first and last day of a
    partial date (``"2012-11"``). Raises :class:`QueryError` for anything else."""
    if isinstance(value, date):  # a datetime is a date too
        return value
    if not isinstance(value, str):
        raise QueryError(
            f"a bound must be a date, a datetime or a string; got {type(value).__name__}"
        )
    text = value.strip()
    if "T" in text:
        try:
            return datetime.fromisoformat(text)
        except ValueError as err:
            raise QueryError(
                f"cannot read the bound {value!r}: write a date-time as YYYY-MM-DDTHH:MM, "
                "optionally with seconds and an offset (+05:00 or Z)"
            ) from err
    try:
        partial = parse_partial_date(text)
    except DateError as err:
        raise QueryError(f"cannot read the bound {value!r}: {err}") from err
    return partial.first_day, partial.last_day


def _bound(value: date | datetime | str, *, last: bool) -> date:
    bound = read_bound(value)
    if isinstance(bound, tuple):
        return bound[1] if last else bound[0]
    return bound.date() if isinstance(bound, datetime) else bound


def window(start: date | datetime | str, end: date | datetime | str) -> tuple[date, date]:
    """The first and last day (inclusive) of the window from ``start`` to ``end``.

    A partial bound covers its whole period: a start of ``"2012-11"`` is 1 November, an end of
    ``"2012-11"`` is 30 November; a date-time bound counts here by its calendar day, as
    written (:func:`within_hours` then narrows by the time of day). Raises
    :class:`QueryError` if the start is after the end.
    """
    first, last = _bound(start, last=False), _bound(end, last=True)
    if first > last:
        raise QueryError(f"the window starts on {first} after it ends on {last}; swap the bounds")
    return first, last


def clock_bounds(
    start: date | datetime | str, end: date | datetime | str
) -> tuple[datetime | None, datetime | None]:
    """The moments of the bounds that give a time of day (``None`` for a day or a period).

    Raises :class:`QueryError` if both give one and the start is after the end."""
    first, last = map(_moment, (start, end))
    if first is not None and last is not None and not _not_after(first, last):
        raise QueryError(
            f"the window starts at {first.isoformat()} after it ends at {last.isoformat()}; "
            "swap the bounds"
        )
    return first, last


def _moment(value: date | datetime | str) -> datetime | None:
    # Only a date-time string can hold a moment: a partial date, already read by window(), is
    # not parsed again on every query.
    bound = read_bound(value) if isinstance(value, str) and "T" in value else value
    return bound if isinstance(bound, datetime) else None


def _not_after(earlier: datetime, later: datetime) -> bool:
    # Two aware moments compare as instants; otherwise as wall times, as written.
    if earlier.tzinfo is None or later.tzinfo is None:
        return earlier.replace(tzinfo=None) <= later.replace(tzinfo=None)
    return earlier <= later


def within_hours(
    event_date: EventDate, low: datetime | None, high: datetime | None, *, within: bool
) -> bool:
    """Whether a date that already overlaps the window's days also meets its hours.

    A timed date is compared moment to moment: as instants when the bound has an offset, else
    by its wall time as written. A date known to the day or less covers its whole days, so it
    overlaps any hours of them, and lies within the window only if the window holds its whole
    days.
    """
    if event_date.time is not None:
        begin = event_date.time
        finish = event_date.until if event_date.until is not None else begin
        if within:
            begin, finish = finish, begin  # the whole span inside, not just a part of it
        return (low is None or _not_after(low, finish)) and (
            high is None or _not_after(begin, high)
        )
    if not within:
        return True
    day_start = datetime.combine(event_date.first_day, time())
    day_end = datetime.combine(event_date.last_day + timedelta(days=1), time())
    return (low is None or _not_after(low, day_start)) and (
        high is None or _not_after(day_end, high)
    )


INDEXED_OCCURRENCES = 100
"""A repeating event whose rule ends within this many occurrences has each occurrence indexed,
while the index holds no more than OCCURRENCE_BUDGET occurrences in all. An anniversary over
a century fits; a weekly meeting of ten years (520) is cheaper found by arithmetic in each
window than indexed, which made every occurrence's date at the first query (3 s for the 2,000
bounded weekly and monthly rules of 100,000 events)."""
MADE_OCCURRENCES = 4_096
"""How many occurrences of rules found by arithmetic a query keeps made for the next ones
(about 1.5 kB each), the older half dropped when the newer half is full."""
OCCURRENCE_BUDGET = 10_000
"""At least this many occurrences may be indexed, and two per event of a larger timeline."""


_DATE = attrgetter("date")
_FIRST_DAY = attrgetter("first_day")
_LAST_DAY = attrgetter("last_day")
_TO_ORDINAL = date.toordinal
_NO_DAY = date.min


class TimelineIndex:
    """An index over the extents of a chronological sequence of events.

    Positions are indexes into that sequence, so sorted positions are in chronological order.
    A repeating event whose rule ends within :data:`INDEXED_OCCURRENCES` occurrences is indexed
    occurrence by occurrence (up to :data:`OCCURRENCE_BUDGET`, or two per event, in all), so a
    query expands no rule; a longer or endless rule is held apart (:class:`OpenRules`), its
    days in each query's window found by arithmetic, its extra and moved occurrences indexed.

    The extents (:class:`DayExtents`) hold ranks: the place of each event or occurrence in
    chronological order (:meth:`Event.sort_key`), so that sorted ranks are the answer in order,
    with no sort by key.
    """

    __slots__ = (
        "_events",
        "_extents",
        "_made",
        "_made_in_windows",
        "_occurrences",
        "_open",
        "_rank_extents",
        "_targets",
    )

    def __init__(self, events: Sequence[Event]) -> None:
        # Building makes hundreds of thousands of small objects and no cycle, yet the cyclic
        # collector, started by their count, walked the heap of a large load again and again
        # (a third of the first query's time at 100,000 events): it waits for the build.
        with collector_paused():
            self._build(events)

    def _build(self, events: Sequence[Event]) -> None:
        self._events = events
        count = len(events)
        # Arrays of day numbers, not lists of ints: at 100,000 events the lists and their ints
        # would add 10 MB to the peak memory of a load and its first query.
        firsts = array("q", map(_TO_ORDINAL, map(_FIRST_DAY, map(_DATE, events))))
        lasts = array("q", map(_TO_ORDINAL, map(_LAST_DAY, map(_DATE, events))))
        repeating = [
            position
            for position, rule in enumerate(map(attrgetter("occurrence_rule"), events))
            if rule is not None
        ]
        # (position of the repeating event, its day in the rule, its date)
        self._occurrences: list[tuple[int, date, EventDate | None]] = []
        indexed: set[int] = set()
        open_rules: set[int] = set()
        budget = max(OCCURRENCE_BUDGET, 2 * count)
        for position in repeating:
            event = events[position]
            found = indexed_dates(event, min(INDEXED_OCCURRENCES, budget - len(self._occurrences)))
            if found is None:
                open_rules.add(position)
                if event.rule_plan() is not None:
                    # Its rule is found by arithmetic, its extra and moved occurrences here.
                    self._occurrences.extend(
                        (position, start, when) for start, when in event.extra_occurrence_dates()
                    )
            else:
                indexed.add(position)
                self._occurrences.extend((position, start, when) for start, when in found)
        self._open = OpenRules(events, open_rules) if open_rules else None
        # Made on first use, then kept: an occurrence that one query returns, the next may too.
        self._made: list[Event | None] = [None] * len(self._occurrences)
        self._made_in_windows = MadeOccurrences(MADE_OCCURRENCES)
        placed = self._place_occurrences(firsts, lasts)
        # By rank: a position in events, or ~k for the k-th occurrence; and the extents by rank.
        plain: Sequence[int] = range(count)
        if indexed or open_rules:
            apart = indexed.union(open_rules)
            plain = array("q", (position for position in plain if position not in apart))
        targets, rank_firsts, rank_lasts = array("q", plain), firsts, lasts
        if not placed and isinstance(plain, array):  # no occurrence placed, some events apart
            rank_firsts = array("q", map(firsts.__getitem__, plain))
            rank_lasts = array("q", map(lasts.__getitem__, plain))
        if placed:
            targets, rank_firsts, rank_lasts = array("q"), array("q"), array("q")
            done = 0
            for before, day, end, _, number in placed:
                # The events that sort before this occurrence, then the occurrence.
                upto = bisect_left(plain, before, done)
                targets.extend(plain[done:upto])
                rank_firsts.extend(map(firsts.__getitem__, plain[done:upto]))
                rank_lasts.extend(map(lasts.__getitem__, plain[done:upto]))
                done = upto
                targets.append(~number)
                rank_firsts.append(day)
                rank_lasts.append(end)
            targets.extend(plain[done:])
            rank_firsts.extend(map(firsts.__getitem__, plain[done:]))
            rank_lasts.extend(map(lasts.__getitem__, plain[done:]))
        del placed, plain
        self._targets = targets
        # Each rank's extent in one int, read when a window's occurrences of the rules held
        # apart are merged into its ranks.
        self._rank_extents = array("q", map(span_key, rank_firsts, rank_lasts))
        self._extents = DayExtents(range(len(targets)), rank_firsts, rank_lasts, in_order=True)

    def _place_occurrences(
        self, firsts: Sequence[int], lasts: Sequence[int]
    ) -> list[tuple[int, int, int, str, int]]:
        """Each indexed occurrence as (how many events sort before it, first day, last day, id,
        its number), in chronological order."""
        events = self._events
        placed: list[tuple[int, int, int, str, int]] = []
        extents = array("q", map(span_key, firsts, lasts))
        for number, (position, start, when) in enumerate(self._occurrences):
            event = events[position]
            event_id = event.id
            if when is None:  # a whole-day occurrence the rule gives: the event's length
                day = start.toordinal()
                end = day + (event.last_day - event.first_day).days
            else:
                day, end = when.first_day.toordinal(), when.last_day.toordinal()
            # Events are sorted by first day, last day, id, then recurrence id; an occurrence's
            # key is (day, end, event_id, start). Few events share an extent, so walk them.
            extent = span_key(day, end)
            before = bisect_left(extents, extent)
            while before < len(events) and extents[before] == extent:
                other = events[before]
                if (other.id, other.recurrence_id or date.min) > (event_id, start):
                    break
                before += 1
            placed.append((before, day, end, event_id, number))
        placed.sort()
        return placed

    def _ranks(self, low: int, high: int, *, within: bool) -> list[int]:
        found = self._extents.overlapping(low, high, within=within)
        found.sort()
        return found

    def positions(self, first: date, last: date, *, within: bool = False) -> list[int]:
        """Sorted positions of the events whose extent overlaps ``first``–``last`` (inclusive),
        or, with ``within``, lies entirely inside it. A repeating event is matched if one of its
        indexed occurrences is, or, for a rule too long to index, by its whole possible extent;
        :meth:`between` narrows it to occurrences."""
        targets, occurrences = self._targets, self._occurrences
        low, high = first.toordinal(), last.toordinal()
        found = {
            target if target >= 0 else occurrences[~target][0]
            for target in (targets[rank] for rank in self._ranks(low, high, within=within))
        }
        if self._open is not None:
            found.update(self._open.positions(low, high, within=within))
        return sorted(found)

    def _occurrence(self, number: int) -> Event:
        made = self._made[number]
        if made is None:
            position, start, when = self._occurrences[number]
            made = self._made[number] = self._events[position].occurrence_on(start, when)
        return made

    def between(self, first: date, last: date, *, within: bool) -> list[Event]:
        """The events and occurrences in the window ``first``–``last`` (inclusive), in
        chronological order: those that overlap it, or with ``within``, those inside it.

        A repeating event gives one event per occurrence (:meth:`Event.occurrence_on`). Raises
        :class:`QueryError` if a rule only dateutil reads has too many occurrences in the
        window.
        """
        events, targets = self._events, self._targets
        low, high = first.toordinal(), last.toordinal()
        ranks = self._ranks(low, high, within=within)
        # The ranks are in order: an event, or an occurrence to make.
        found = [
            events[target] if target >= 0 else self._occurrence(~target)
            for target in map(targets.__getitem__, ranks)
        ]
        if self._open is None:
            return found
        # A month's window makes thousands of occurrences, none in a cycle: one collection
        # after them, not one every 700 objects.
        with collector_paused():
            entries = self._open.occurrences(low, high, within=within, made=self._made_in_windows)
        if not entries:
            return found
        keys = list(map(self._rank_extents.__getitem__, ranks))
        if len(entries) * 4 > len(found):
            # Many: sorted together, the ranks as one run that the sort merges in.
            rows: list[Entry] = [
                (key, event.id, (event.recurrence_id or _NO_DAY).toordinal(), number, event)
                for number, (key, event) in enumerate(zip(keys, found, strict=True))
            ]
            rows += entries
            rows.sort()
            return [row[4] for row in rows]
        # Few: each put in place among the ranks by bisection, ties broken by id and day.
        entries.sort()
        merged: list[Event] = []
        done = 0
        for extent, event_id, day, _, occurrence in entries:
            at = bisect_left(keys, extent, done)
            while at < len(keys) and keys[at] == extent:
                other = found[at]
                if (other.id, (other.recurrence_id or _NO_DAY).toordinal()) > (event_id, day):
                    break
                at += 1
            merged += found[done:at]
            merged.append(occurrence)
            done = at
        merged += found[done:]
        return merged
