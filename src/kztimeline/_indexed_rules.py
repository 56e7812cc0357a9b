"""How the query index holds a repeating event: every occurrence of a rule short enough to
index, and for the longer rules, :class:`OpenRules`, which finds their occurrences in a
window by arithmetic (:class:`kztimeline.query.TimelineIndex`).

Both answer with :class:`DayExtents`: spans of day numbers in buckets by length (lengths below
1, 2, 4, 8 … days), each bucket sorted by first day, so that the spans that may overlap a
window are one slice found by bisection. Each slice holds at most about twice as many spans as
it returns, so a query costs O(log n) per bucket plus the size of the answer.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from datetime import date
from itertools import compress
from typing import TYPE_CHECKING

from kztimeline._occurrence import OccurrenceMaker
from kztimeline.dates import one_day_of

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.records import Event
    from kztimeline.rule_days import DayRule

__all__ = (
    "RULED",
    "DayExtents",
    "Entry",
    "MadeOccurrences",
    "OpenRules",
    "indexed_dates",
    "span_key",
)

_LAST_ORDINAL = date.max.toordinal()
# An occurrence's first and last day numbers in one int, the first above: ints compare
# faster than tuples when a window's occurrences are sorted (day numbers are below 2**22).
_DAY_BITS = 22

Entry = tuple[int, str, int, int, "Event"]
"""An event or occurrence in a window: (its first and last day numbers, as in
:func:`span_key`; its id; the number of its day in the rule, 1 for an event of one date; its
order among equals; the event). Sorted, entries are in the order of :meth:`Event.sort_key`,
and an indexed event (ordered by its rank, below :data:`RULED`) before an occurrence found
here."""
RULED = 1 << 62
_FROM_DAY = date.fromordinal


def span_key(first: int, last: int) -> int:
    """The first and last day numbers of an extent in one int that sorts as the pair."""
    return first << _DAY_BITS | last


class DayExtents:
    """Spans of day numbers (``firsts[key]``–``lasts[key]``, inclusive) by key, that says which
    overlap a window, or lie inside it."""

    __slots__ = ("_buckets",)

    def __init__(
        self, keys: Sequence[int], firsts: Sequence[int], lasts: Sequence[int], *, in_order: bool
    ) -> None:
        """``in_order``: the keys come in the order of their first days already."""
        spans: dict[int, array[int]] = {}
        for key in keys:
            length = (lasts[key] - firsts[key]).bit_length()
            bucket = spans.get(length)
            if bucket is None:
                bucket = spans[length] = array("q")
            bucket.append(key)
        self._buckets: list[tuple[array[int], array[int], array[int], int]] = []
        for _, found in sorted(spans.items()):
            ordered = found if in_order else array("q", sorted(found, key=firsts.__getitem__))
            starts = array("q", map(firsts.__getitem__, ordered))
            ends = array("q", map(lasts.__getitem__, ordered))
            self._buckets.append((starts, ends, ordered, max(map(int.__sub__, ends, starts))))

    def overlapping(self, low: int, high: int, *, within: bool = False) -> list[int]:
        """The keys of the spans that overlap ``low``–``high``, or with ``within``, lie inside
        it; in no particular order."""
        found: list[int] = []
        for firsts, lasts, keys, longest in self._buckets:
            begin = bisect_left(firsts, low if within else low - longest)
            stop = bisect_right(firsts, high, begin)
            if longest == 0:
                # Every span here lasts one day: the slice is exactly the answer.
                found += keys[begin:stop]
            elif within:
                found += compress(keys[begin:stop], map(high.__ge__, lasts[begin:stop]))
            else:
                found += compress(keys[begin:stop], map(low.__le__, lasts[begin:stop]))
        return found


class MadeOccurrences:
    """Occurrences already made, by key, at most ``most`` of them: two generations of plain
    dicts, ``young`` then ``old``. When the young one holds half of ``most``, it becomes the
    old one (the one before dropped whole) and a new young one starts, so that no insert
    drops anything on its own; one found in the old generation moves to the young one."""

    __slots__ = ("half", "old", "young")

    def __init__(self, most: int) -> None:
        self.half = max(1, most // 2)
        self.young: dict[int, Event] = {}
        self.old: dict[int, Event] = {}

    def get(self, key: int) -> Event | None:
        """The occurrence kept by ``key``, or None."""
        found = self.young.get(key)
        if found is None:
            found = self.old.get(key)
            if found is not None:
                self.add(key, found)
        return found

    def add(self, key: int, occurrence: Event) -> None:
        """Keeps ``occurrence`` by ``key``."""
        if len(self.young) >= self.half:
            self.old, self.young = self.young, {}
        self.young[key] = occurrence


def indexed_dates(event: Event, budget: int) -> Sequence[tuple[date, EventDate | None]] | None:
    """(day in the rule, date) of every occurrence of a repeating event, or None if there are
    more than ``budget``. The date of a whole-day occurrence that the rule gives is None: its
    extent is its day and the event's length, and its date is made with the occurrence, if a
    query returns it (at 100,000 events, a third of the first query's time went on them)."""
    rule = event.occurrence_rule
    if rule is None or event.date.time is not None or event.also_on or event.changes:
        return event.all_occurrence_dates(budget)
    # dateutil loads only for events with rules: a file without any validates faster.
    from kztimeline.recurrence import counted_occurrence_days

    days = counted_occurrence_days(rule, event.date, budget=budget, plan=event.rule_plan())
    if days is None:
        return None
    skipped = frozenset(event.except_on)
    return [(day, None) for day in days if day not in skipped]


class _Shape:
    """The rules of one shape (:meth:`DayRule.shape`) and one length in days: one endless
    rule of that shape from the earliest start gives, in any window, the days of every member
    there, each member then keeping those from its start to its last day. A window in which
    it gives no day passes over every member at once."""

    __slots__ = (
        "extents",
        "firsts",
        "lasts",
        "length",
        "plan",
        "plans",
        "positions",
        "skipped",
        "timed",
    )

    def __init__(self, plan: DayRule, length: int, members: list[tuple[int, Event, DayRule]]):
        self.plan, self.length = plan, length
        self.plans = [rule for _, _, rule in members]
        self.positions = [position for position, _, _ in members]
        self.firsts = [rule.start.toordinal() for _, _, rule in members]
        self.lasts = [rule.last_day().toordinal() for _, _, rule in members]
        self.timed = [event.date.time is not None for _, event, _ in members]
        # The days a member leaves out: those skipped, and those a change moves (indexed on
        # their own, as the extra occurrences are).
        self.skipped = [
            frozenset(day.toordinal() for day in event.except_on)
            | {change.occurrence.toordinal() for change in event.changes}
            for _, event, _ in members
        ]
        self.extents = DayExtents(range(len(members)), self.firsts, self.lasts, in_order=False)


class OpenRules:
    """The repeating events whose rules are too long to index, found in each window.

    A rule that arithmetic reads (:mod:`kztimeline.rule_days`) is held with the rules of its
    shape (``_Shape``); its extra and moved occurrences are not: the caller indexes them
    (:meth:`Event.extra_occurrence_dates`), and here the rule leaves out their days. A rule
    only dateutil reads is expanded by its event in each window its extent reaches.
    """

    __slots__ = (
        "_events",
        "_generic",
        "_generic_extents",
        "_makers",
        "_most",
        "_shapes",
        "_sieve",
    )

    def __init__(self, events: Sequence[Event], positions: Collection[int]) -> None:
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import MAX_OCCURRENCES

        self._events = events
        # A window shorter than this many days cannot hold more occurrences of one rule.
        self._most = MAX_OCCURRENCES
        members: dict[tuple[object, object], list[tuple[int, Event, DayRule]]] = {}
        generic: list[int] = []
        for position in sorted(positions):
            event = events[position]
            plan = event.rule_plan()
            if plan is None:
                generic.append(position)
                continue
            length = (event.last_day - event.first_day).days
            # dateutil's first week of a WEEKLY rule with BYSETPOS is its own: such a rule is
            # a shape of its own.
            own = plan.frequency == "WEEKLY" and plan.setpos
            key = ("own", position) if own else (plan.shape(), length)
            members.setdefault(key, []).append((position, event, plan))
        self._shapes = [
            _Shape(
                found[0][2] if key[0] == "own" else min(found, key=_start)[2].endless(),
                (found[0][1].last_day - found[0][1].first_day).days,
                found,
            )
            for key, found in members.items()
        ]
        self._sieve = _ShapeSieve(self._shapes)
        self._generic = generic
        firsts = [events[position].first_day.toordinal() for position in generic]
        self._generic_extents = DayExtents(
            range(len(generic)), firsts, [_LAST_ORDINAL] * len(generic), in_order=True
        )
        self._makers: dict[int, OccurrenceMaker[Event]] = {}

    def positions(self, low: int, high: int, *, within: bool) -> list[int]:
        """The rules whose whole possible extent (from the start to the last day the rule may
        give, and the event's length) overlaps ``low``–``high``, or lies inside it."""
        # A rule only dateutil reads is held to the end of time, which lies inside no window.
        found = (
            []
            if within
            else [self._generic[index] for index in self._generic_extents.overlapping(low, high)]
        )
        for shape in self._shapes:
            for index in shape.extents.overlapping(low - shape.length, high):
                if not within or (
                    shape.firsts[index] >= low and shape.lasts[index] + shape.length <= high
                ):
                    found.append(shape.positions[index])
        return found

    def occurrences(
        self, low: int, high: int, *, within: bool, made: MadeOccurrences
    ) -> list[Entry]:
        """The occurrences in ``low``–``high`` (day numbers, inclusive) that overlap it, or
        with ``within``, lie inside it, as :data:`Entry` rows, in no particular order.

        Each is made once and kept in ``made`` (by rule and day) for the windows after."""
        found: list[Entry] = []
        append = found.append
        events, makers, fromordinal = self._events, self._makers, _FROM_DAY
        young, old, half = made.young, made.old, made.half
        for shape in self._sieve.shapes(low, high):
            length = shape.length
            if high - low + length >= self._most:
                # A window of centuries: each rule walked on its own, to stop at too many.
                days, earliest, latest = [], low - length, high
            else:
                # Most shapes give no day in a short window: passed over at once.
                days = shape.plan.ordinals(low - length, high)
                if not days:
                    continue
                earliest, latest = days[0], days[-1]
            for index in shape.extents.overlapping(earliest, latest):
                first, last = shape.firsts[index], shape.lasts[index]
                position = shape.positions[index]
                series = events[position]
                own = days
                if not days:
                    own = self._counted(series, shape.plans[index], low, high)
                elif first > earliest or last < latest:
                    own = days[bisect_left(days, first) : bisect_right(days, last)]
                skipped = shape.skipped[index]
                if skipped:
                    own = [day for day in own if day not in skipped]
                maker = makers.get(position)
                if maker is None:
                    maker = makers[position] = OccurrenceMaker(series)
                timed, base, event_id = shape.timed[index], position << _DAY_BITS, series.id
                # A whole day's date is the day's one shared date.
                dated = series.date.shifted_to if timed or length else one_day_of
                for day in own:
                    key = base | day
                    occurrence = young.get(key)
                    fresh = occurrence is None  # not in the young generation
                    if fresh:
                        occurrence = old.get(key)
                    if occurrence is not None:
                        extent = _extent(occurrence)
                    elif timed:
                        start = fromordinal(day)
                        when = dated(start)
                        extent = when.first_day.toordinal() << _DAY_BITS | when.last_day.toordinal()
                    else:
                        start, when = fromordinal(day), None
                        extent = day << _DAY_BITS | day + length
                    if within and (extent >> _DAY_BITS < low or extent & _LOW > high):
                        continue
                    if occurrence is None:
                        occurrence = maker(start, when or dated(start))
                    if fresh:
                        # made.add, inline: a month's window makes about 1,500.
                        if len(young) >= half:
                            old = made.old = young
                            young = made.young = {}
                        young[key] = occurrence
                    append((extent, event_id, day, RULED, occurrence))
        if self._generic:
            found += self._generic_occurrences(low, high, within=within, made=made)
        return found

    @staticmethod
    def _counted(event: Event, plan: DayRule, low: int, high: int) -> list[int]:
        """The rule's days from ``low`` (less the event's length) to ``high``; raises
        :class:`QueryError` past MAX_OCCURRENCES of them."""
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import occurrence_starts

        length = (event.last_day - event.first_day).days
        first, last = date.fromordinal(max(low - length, 1)), date.fromordinal(high)
        rule = event.occurrence_rule or ""
        return [day.toordinal() for day in occurrence_starts(rule, event.date, first, last, plan)]

    def _generic_occurrences(
        self, low: int, high: int, *, within: bool, made: MadeOccurrences
    ) -> list[Entry]:
        found: list[Entry] = []
        first, last = date.fromordinal(low), date.fromordinal(high)
        for index in self._generic_extents.overlapping(low, high):
            position = self._generic[index]
            event = self._events[position]
            # The expansion's order breaks a tie: an extra occurrence on a day the rule gives.
            for number, (day, when) in enumerate(event.occurrence_dates(first, last)):
                key = position << _DAY_BITS | day.toordinal()
                occurrence = made.get(key)
                if occurrence is None:
                    occurrence = event.occurrence_on(day, when)
                    made.add(key, occurrence)
                extent = _extent(occurrence)
                if not within or (extent >> _DAY_BITS >= low and extent & _LOW <= high):
                    found.append((extent, event.id, day.toordinal(), RULED + number, occurrence))
        return found


_LOW = (1 << _DAY_BITS) - 1


class _ShapeSieve:
    """The shapes that may give a day in a window of a few days, found by a lookup per day.

    A short window holds no day of most shapes, yet working that out costs each shape a call
    of :meth:`DayRule.ordinals`. Every day a rule gives has one of its days of the month
    (BYMONTHDAY, a negative one standing for each day it may fall on) or, failing that, one of
    its weekdays (BYDAY): a shape is filed under those, and a window asks only the shapes filed
    under its own days (and those filed under none), which the rule then reads exactly."""

    __slots__ = ("_by_monthday", "_by_weekday", "_longest", "_shapes", "_unfiled")

    # A window (widened by its shapes' length) of more days than this asks every shape.
    _MOST_DAYS = 7

    def __init__(self, shapes: list[_Shape]) -> None:
        self._shapes = shapes
        self._by_monthday: list[list[_Shape]] = [[] for _ in range(32)]
        self._by_weekday: list[list[_Shape]] = [[] for _ in range(7)]
        self._unfiled: list[_Shape] = []
        self._longest = 0  # the longest length of a shape filed by its days
        for shape in shapes:
            plan = shape.plan
            if shape.length >= self._MOST_DAYS:
                self._unfiled.append(shape)
                continue
            self._longest = max(self._longest, shape.length)
            if plan.monthdays:
                for day in {day for given in plan.monthdays for day in _month_days(given)}:
                    self._by_monthday[day].append(shape)
            elif plan.weekdays or plan.nth:
                weekdays = set(plan.weekdays) | {weekday for weekday, _ in plan.nth}
                for weekday in weekdays:
                    self._by_weekday[weekday].append(shape)
            else:
                self._unfiled.append(shape)

    def shapes(self, low: int, high: int) -> list[_Shape]:
        """The shapes that may give a day from ``low`` (less their length) to ``high``."""
        first = low - self._longest
        if high - first >= self._MOST_DAYS or first < 1:
            return self._shapes
        found = dict.fromkeys(self._unfiled)
        for ordinal in range(first, high + 1):
            day = _FROM_DAY(ordinal)
            found.update(dict.fromkeys(self._by_monthday[day.day]))
            found.update(dict.fromkeys(self._by_weekday[day.weekday()]))
        return list(found)


def _month_days(given: int) -> range:
    """The days of the month that BYMONTHDAY ``given`` may fall on (-1: the 28th to the 31st)."""
    return range(given, given + 1) if given > 0 else range(max(29 + given, 1), 33 + given)


def _extent(event: Event) -> int:
    when = event.date
    return span_key(when.first_day.toordinal(), when.last_day.toordinal())


def _start(member: tuple[int, Event, DayRule]) -> date:
    return member[2].start
