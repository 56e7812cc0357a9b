"""The events.toml text of an imported calendar: TOML values written as a person would."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

__all__ = ("document",)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}

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
)
_CHANGE_ORDER = ("occurrence", "date", "end", "title", "place", "status", "description")


def string(text: str) -> str:
    """A TOML basic string, or a multi-line one for text with line breaks."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return _ESCAPES.get(char) or f"\\u{ord(char):04X}"

    if "\n" in text:
        body = re.sub(r'["\\\x00-\x09\x0b-\x1f\x7f]', escape, text)
        return f'"""\n{body}"""'
    return '"' + re.sub(r'["\\\x00-\x1f\x7f]', escape, text) + '"'


def value(item: Any) -> str:
    """A TOML value: a string, a date, a date-time (local if naive, else with its offset), an
    array of those, or a number."""
    if isinstance(item, datetime):
        if item.tzinfo is None:
            return item.isoformat()
        if item.tzinfo is UTC:
            return item.replace(tzinfo=None).isoformat() + "Z"
        return item.isoformat()
    if isinstance(item, date):
        return item.isoformat()
    if isinstance(item, str):
        return string(item)
    if isinstance(item, list | tuple):
        return "[" + ", ".join(value(part) for part in item) + "]"
    if isinstance(item, timedelta):  # pragma: no cover - never written
        raise TypeError("a duration has no TOML form")
    return str(item)


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
    events: list[dict[str, Any]],
) -> str:
    """The whole events.toml: a comment line, ``[timeline]``, sources, people, then events,
    each event followed by its ``[[events.changes]]``."""
    lines = [f"# {comment}", ""]
    lines += _table("[timeline]", timeline, ("title", "description", "revised"))
    for source_id, source in sources.items():
        lines += ["", *_table(f"[sources.{string(source_id)}]", source, ("title",))]
    for person_id, person in people.items():
        lines += ["", *_table(f"[people.{string(person_id)}]", person, ("name",))]
    for event in events:
        lines += ["", *_table("[[events]]", event, _EVENT_ORDER)]
        for change in event.get("changes", ()):
            lines += ["", *_table("[[events.changes]]", change, _CHANGE_ORDER)]
    return "\n".join(lines) + "\n"
