"""The events.toml text of an imported calendar: TOML values written as a person would."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kztimeline._toml_text import string, value

__all__ = ("as_text", "document")


# The keys of an event in the order a person reads them; a table key comes last.
_EVENT_ORDER = (
    "id",
    "title",
    "date",
    "end",
    "timezone",
    "repeat",
    "except_on",
    "also_on",
    "kind",
    "place",
    "status",
    "tags",
    "people",
    "organizations",
    "url",
    "sources",
    "description",
    "highlight",
)
_CHANGE_ORDER = ("occurrence", "date", "end", "title", "place", "status", "description")


def _table(header: str, fields: dict[str, Any], order: tuple[str, ...]) -> list[str]:
    lines = [header]
    names = [name for name in order if name in fields]
    names += sorted(name for name in fields if name not in order and name != "changes")
    for name in names:
        item = fields[name]
        if item is None or item in ([], ()):
            continue
        lines.append(f"{name} = {value(item)}")
    return lines


def as_text(event: dict[str, Any], kept: tuple[str, ...]) -> dict[str, Any]:
    """``event`` as :func:`document` will write it, all but its id, with only the keys
    ``kept`` beside: an event whose id is not yet chosen takes a fraction of the memory."""
    # The id's place is made now: added later, it would make the table grow.
    return {"id": None, **{key: event[key] for key in kept}, _TEXT: _fields_text(event)}


# The key of an event that holds the text of all its fields but its id (see as_text).
_TEXT = "_text"


def _fields_text(event: dict[str, Any]) -> str:
    # The lines of the event's table after its id, then those of its changes.
    fields = {key: item for key, item in event.items() if key != "id" and key[:1] != "_"}
    rows = _table("", fields, _EVENT_ORDER)[1:]
    for change in event.get("changes", ()):
        rows += ["", *_table("[[events.changes]]", change, _CHANGE_ORDER)]
    return "\n".join(rows)


def document(
    comment: str,
    timeline: dict[str, Any],
    sources: dict[str, dict[str, Any]],
    people: dict[str, dict[str, Any]],
    events: Iterable[dict[str, Any]],
    kinds: dict[str, dict[str, Any]] | None = None,
) -> str:
    """The whole events.toml: a comment line, ``[timeline]``, sources, people, the
    ``[kinds.NAME]`` tables, then events, each followed by its ``[[events.changes]]``.
    An event's keys that start with ``_`` are not written; one of :func:`as_text` is
    written from its text."""
    lines = [f"# {comment}", ""]
    lines += _table("[timeline]", timeline, ("title", "description", "revised"))
    for source_id, source in sources.items():
        lines += ["", *_table(f"[sources.{string(source_id)}]", source, ("title",))]
    for person_id, person in people.items():
        lines += ["", *_table(f"[people.{string(person_id)}]", person, ("name",))]
    for kind, table in sorted((kinds or {}).items()):
        lines += ["", *_table(f"[kinds.{string(kind)}]", table, ("label", "colour", "marker"))]
    # One piece of text per event: a large calendar does not hold each line as a string.
    pieces = ["\n".join(lines)]
    for event in events:
        text = event.get(_TEXT)
        if text is None:
            text = _fields_text(event)
        pieces.append(f"\n[[events]]\nid = {value(event['id'])}" + ("\n" + text if text else ""))
    pieces.append("")  # the last line's end, without a copy of the whole text to add it
    return "\n".join(pieces)
