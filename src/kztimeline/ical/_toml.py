"""The events.toml text of an imported calendar: TOML values written as a person would."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kztimeline._toml_text import string, value

__all__ = ("document",)


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


def document(
    comment: str,
    timeline: dict[str, Any],
    sources: dict[str, dict[str, Any]],
    people: dict[str, dict[str, Any]],
    events: Iterable[dict[str, Any]],
    kinds: dict[str, dict[str, Any]] | None = None,
) -> str:
    """The whole events.toml: a comment line, ``[timeline]``, sources, people, the
    ``[kinds.NAME]`` tables, then events, each followed by its ``[[events.changes]]``."""
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
        rows = ["", *_table("[[events]]", event, _EVENT_ORDER)]
        for change in event.get("changes", ()):
            rows += ["", *_table("[[events.changes]]", change, _CHANGE_ORDER)]
        pieces.append("\n".join(rows))
    pieces.append("")  # the last line's end, without a copy of the whole text to add it
    return "\n".join(pieces)
