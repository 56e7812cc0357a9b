"""How the query index holds a repeating event: every occurrence of a rule short enough to
index, and for the longer rules, one endless rule per shape that says at once whether any rule
of that shape gives a day in a window (:class:`kztimeline.query.TimelineIndex`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.records import Event
    from kztimeline.rule_days import DayRule

__all__ = ("indexed_dates", "rule_shapes")


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
