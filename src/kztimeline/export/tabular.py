"""CSV: one row per event, for spreadsheets.

UTF-8 text with a header row and CRLF line ends (RFC 4180). A cell that a spreadsheet would
read as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
prefixed with ``'``, the usual defence against CSV formula injection: the text stays readable
and no spreadsheet runs it.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("COLUMNS", "neutralise", "to_csv")

COLUMNS = (
    "id",
    "date",
    "first_day",
    "last_day",
    "precision",
    "title",
    "kind",
    "place",
    "people",
    "sources",
    "timezone",
    "status",
    "repeat",
)
"""The header row. ``date`` is the date as written; ``first_day`` and ``last_day`` are ISO days
(inclusive), empty for the open side of an interval; ``people`` are names and ``sources`` are
source ids, each joined with ``"; "``; ``timezone`` is the IANA zone of a local date-time
(empty for a date, or a date-time written with its offset); ``status`` is the status as
written (empty if none) and ``repeat`` the repeat rule in words
(:attr:`~kztimeline.records.Event.repeat_words`)."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` if a spreadsheet would take it for a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _day(day: date, *, open_side: bool) -> str:
    return "" if open_side else day.isoformat()


def _row(timeline: Timeline, event: Event) -> list[str]:
    people = "; ".join(timeline.people[person_id].name for person_id in event.people)
    return [
        event.id,
        event.date.text,
        _day(event.first_day, open_side=event.date.open_start),
        _day(event.last_day, open_side=event.date.open_end),
        event.precision.value,
        event.title,
        event.kind or "",
        event.place or "",
        people,
        "; ".join(event.sources),
        event.timezone or "",
        event.status or "",
        event.repeat_words or "",
    ]


def to_csv(timeline: Timeline) -> str:
    """The timeline as CSV text: the :data:`COLUMNS` header, then one row per event.

    Rows are in chronological order; every cell is neutralised (:func:`neutralise`). The same
    timeline always gives the same text.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in timeline:
        writer.writerow([neutralise(cell) for cell in _row(timeline, event)])
    return buffer.getvalue()
