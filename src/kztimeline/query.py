"""Date-range queries: reading the window's bounds, and an index that answers overlap queries.

The index keeps the events' extents as day numbers in buckets by length (lengths below 1, 2,
4, 8 … days). Within a bucket the events are sorted by first day, so the events that may
overlap a window are one slice found by bisection: those starting no earlier than the window's
start less the bucket's longest length. Each slice holds at most about twice as many events as
it returns, so a query costs O(log n) per bucket plus the size of the answer, and long events
never force a scan of the others.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from kztimeline.dates import parse_partial_date
from kztimeline.errors import DateError, QueryError

if TYPE_CHECKING:
    from kztimeline.model import Event, Timeline

__all__ = ("TimelineIndex", "window")


def _bound(value: date | datetime | str, *, last: bool) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            partial = parse_partial_date(value.strip())
        except DateError as err:
            raise QueryError(f"cannot read the bound {value!r}: {err}") from err
        return partial.last_day if last else partial.first_day
    raise QueryError(f"a bound must be a date, a datetime or a string; got {type(value).__name__}")


def window(start: date | datetime | str, end: date | datetime | str) -> tuple[date, date]:
    """The first and last day (inclusive) of the window from ``start`` to ``end``.

    A partial bound covers its whole period: a start of ``"2012-11"`` is 1 November, an end of
    ``"2012-11"`` is 30 November. Raises :class:`QueryError` if the start is after the end.
    """
    first, last = _bound(start, last=False), _bound(end, last=True)
    if first > last:
        raise QueryError(f"the window starts on {first} after it ends on {last}; swap the bounds")
    return first, last


class _Bucket:
    __slots__ = ("firsts", "lasts", "longest", "positions")

    def __init__(self) -> None:
        self.firsts: list[int] = []
        self.lasts: list[int] = []
        self.positions: list[int] = []
        self.longest = 0


class TimelineIndex:
    """An index over the extents of a chronological sequence of events.

    Positions are indexes into that sequence, so sorted positions are in chronological order.
    """

    __slots__ = ("_buckets", "_events", "_recurring")

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = events
        spans: dict[int, list[tuple[int, int, int]]] = {}
        recurring = False
        for position, event in enumerate(events):
            first = event.first_day.toordinal()
            # A repeating event may occur until its rule ends: index it to the end of time and
            # let the rule decide which occurrences fall in the window.
            last = date.max.toordinal() if event.repeat else event.last_day.toordinal()
            recurring = recurring or event.repeat is not None
            spans.setdefault((last - first).bit_length(), []).append((first, last, position))
        self._recurring = recurring
        self._buckets: list[_Bucket] = []
        for _, members in sorted(spans.items()):
            bucket = _Bucket()
            members.sort()
            for first, last, position in members:
                bucket.firsts.append(first)
                bucket.lasts.append(last)
                bucket.positions.append(position)
                bucket.longest = max(bucket.longest, last - first)
            self._buckets.append(bucket)

    def positions(self, first: date, last: date, *, within: bool = False) -> list[int]:
        """Sorted positions of the events whose extent overlaps ``first``–``last`` (inclusive),
        or, with ``within``, lies entirely inside it. Repeating events are matched by their
        whole possible extent; :meth:`between` narrows them to occurrences."""
        low, high = first.toordinal(), last.toordinal()
        found: list[int] = []
        for bucket in self._buckets:
            firsts, lasts, positions = bucket.firsts, bucket.lasts, bucket.positions
            begin = bisect_left(firsts, low if within else low - bucket.longest)
            stop = bisect_right(firsts, high)
            if within:
                found.extend(positions[i] for i in range(begin, stop) if lasts[i] <= high)
            else:
                found.extend(positions[i] for i in range(begin, stop) if lasts[i] >= low)
        found.sort()
        return found

    def between(self, timeline: Timeline, first: date, last: date, *, within: bool) -> Timeline:
        """``timeline`` narrowed to the window; see :meth:`Timeline.between`."""
        events = self._events
        if within and self._recurring:
            # A repeating event's own extent reaches the end of time; its occurrences may not.
            candidates = self.positions(first, last)
        else:
            candidates = self.positions(first, last, within=within)
        selected: list[Event] = []
        expanded = False
        for position in candidates:
            event = events[position]
            if event.repeat is None:
                if not within or (event.first_day >= first and event.last_day <= last):
                    selected.append(event)
                continue
            expanded = True
            selected.extend(
                occurrence
                for occurrence in event.occurrences(first, last)
                if not within or (occurrence.first_day >= first and occurrence.last_day <= last)
            )
        if expanded:
            selected.sort(key=lambda event: event.sort_key())
        return timeline.with_events(selected, presorted=True)
