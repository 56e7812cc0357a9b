"""Ids that stay unique when a query result holds several occurrences of one event."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kztimeline.model import Event, Timeline

__all__ = ("unique_ids",)


def unique_ids(timeline: Timeline) -> list[tuple[str, Event]]:
    """Each event of ``timeline`` with an id unique in it, in chronological order.

    An event's id as is; one occurrence of a repeating event gets ``<id>-<first day>``, and a
    clash that remains gets ``-2``, ``-3``. The ids can be HTML ``id`` attributes and URL
    fragments, since event ids are slugs.
    """
    seen: dict[str, int] = {}
    result = []
    for event in timeline:
        base = event.id
        if event.recurrence_id is not None:
            base = f"{event.id}-{event.recurrence_id.isoformat()}"
        count = seen.get(base, 0) + 1
        seen[base] = count
        result.append((base if count == 1 else f"{base}-{count}", event))
    return result
