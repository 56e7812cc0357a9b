"""How the query index holds a repeating event: every occurrence of a rule short enough to
index, and for the longer rules, one endless rule per shape that says at once whether any rule
of that shape gives a day in a window (:class:`kztimeline.query.TimelineIndex`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.records import Event
    from kztimeline.rule_days import DayRule

__all__ = ("ShapeGroup", "indexed_dates", "rule_shapes", "shape_groups")


def rule_shapes(events: Sequence[Event], open_rules: set[int]) -> dict[int, tuple[DayRule, int]]:
    """For each rule too long to index that arithmetic reads and that has no extra or changed
    occurrence, one endless rule of its shape from the earliest start of that shape, and its
    occurrences' length in days: if that rule gives no day in a window, neither does any rule
    of the shape. dateutil's first week of a WEEKLY rule with BYSETPOS is its own: those rules
    are left out, and checked one by one."""
    members: dict[tuple[tuple[object, ...], int], list[tuple[date, int, DayRule]]] = {}
    for position in open_rules:
        event = events[position]
        plan = event.rule_plan()
        if plan is None or event.also_on or event.changes:
            continue
        if plan.frequency == "WEEKLY" and plan.setpos:
            continue
        length = (event.last_day - event.first_day).days
        members.setdefault((plan.shape(), length), []).append((plan.start, position, plan))
    shapes: dict[int, tuple[DayRule, int]] = {}
    for (_, length), found in members.items():
        earliest = min(found, key=lambda member: member[0])[2].endless()
        shapes.update((position, (earliest, length)) for _, position, _ in found)
    return shapes


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


class ShapeGroup:
    """The rules too long to index that share one endless rule of their shape (see
    :func:`rule_shapes`), by their first day: a window in which that rule gives no day passes
    over the whole group at once, and one in which it does looks only at the members whose
    extent reaches the window."""

    __slots__ = ("firsts", "lasts", "length", "plan", "positions")

    def __init__(
        self,
        plan: DayRule,
        length: int,
        positions: list[int],
        firsts: Sequence[int],
        lasts: Sequence[int],
    ) -> None:
        positions.sort(key=firsts.__getitem__)
        self.plan, self.length = plan, length
        self.positions = array("q", positions)
        self.firsts = array("q", map(firsts.__getitem__, positions))
        self.lasts = array("q", map(lasts.__getitem__, positions))

    def members(self, low: int, high: int, *, within: bool = False) -> list[int]:
        """The positions of the members whose extent (day numbers) overlaps ``low``–``high``,
        or with ``within``, lies inside it."""
        stop = bisect_right(self.firsts, high)
        lasts, firsts = self.lasts, self.firsts
        return [
            self.positions[index]
            for index in range(stop)
            if (low <= firsts[index] and lasts[index] <= high if within else lasts[index] >= low)
        ]


def shape_groups(
    shapes: dict[int, tuple[DayRule, int]], firsts: Sequence[int], lasts: Sequence[int]
) -> list[ShapeGroup]:
    """The groups of :class:`ShapeGroup` of the rules in ``shapes``, given every event's first
    and last day numbers (for a rule too long to index, its last possible day)."""
    members: dict[int, tuple[DayRule, int, list[int]]] = {}
    for position, (plan, length) in shapes.items():
        members.setdefault(id(plan), (plan, length, []))[2].append(position)
    return [
        ShapeGroup(plan, length, positions, firsts, lasts)
        for plan, length, positions in members.values()
    ]
