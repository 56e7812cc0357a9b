"""TOML values written as a person would write them: the one writer for events.toml text.

The importer (:mod:`kztimeline.ical`) and the drafts (:mod:`kztimeline.draft`) both write
events files; every string, date and array they write goes through :func:`value`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

__all__ = ("string", "value")

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


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
    array of those, a boolean or a number."""
    if isinstance(item, bool):
        return "true" if item else "false"
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
