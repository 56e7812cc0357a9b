"""TimelineJS 3 JSON: the Knight Lab format that newsrooms embed.

The structure follows the published format (timeline.knightlab.com/docs/json-format.html):
a ``title`` slide, a list of ``events`` slides (``start_date``, ``end_date``, ``text`` with
``headline`` and ``text``, ``group``, ``display_date``, ``unique_id``) and ``eras``. A date
object holds ``year`` and, only when the sources give them, ``month``, ``day``, ``hour`` and
``minute``: a date known to the month never gains an invented day 1.

TimelineJS reads ``headline`` and ``text`` as HTML, so every piece of text is escaped here.
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING, Any

from kztimeline._table import unique_ids
from kztimeline.dates import EventDate, PartialDate, Precision, Qualifier

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("to_timelinejs",)


def to_timelinejs(timeline: Timeline) -> str:
    """The timeline as TimelineJS 3 JSON text (UTF-8, two-space indent, ending in a newline).

    Every event becomes a slide in chronological order; long terms
    (:attr:`~kztimeline.records.Event.is_long_period`) are also listed as ``eras``. A cancelled
    or tentative event says so in its headline, and a repeating one its rule in words under it
    (TimelineJS shows the first occurrence only).
    The same timeline always gives the same text.
    """
    document: dict[str, Any] = {"title": _title_slide(timeline), "events": []}
    eras = []
    for unique_id, event in unique_ids(timeline):
        document["events"].append(_slide(timeline, event, unique_id))
        if event.is_long_period:
            eras.append(_era(event))
    if eras:
        document["eras"] = eras
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _title_slide(timeline: Timeline) -> dict[str, Any]:
    text = {"headline": escape(timeline.title)}
    if timeline.description:
        text["text"] = _paragraphs(timeline.description)
    return {"text": text}


def _paragraphs(text: str) -> str:
    blocks = [" ".join(block.split()) for block in text.replace("\r", "").split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def date_object(side: PartialDate) -> dict[str, int]:
    """A TimelineJS date object for one side of a date: only the parts that are known."""
    result = {"year": side.year}
    if side.month is not None:
        result["month"] = side.month
    if side.day is not None:
        result["day"] = side.day
    return result


def _needs_display_date(date: EventDate) -> bool:
    # TimelineJS formats a plain day or range well on its own; anything vaguer, qualified, open
    # or timed gets the label the other exports show, so that no reader sees false precision.
    return (
        date.precision in (Precision.YEAR, Precision.MONTH, Precision.TIME)
        or date.qualifier is not Qualifier.NONE
        or date.open_start
        or date.open_end
    )


def _dates(date: EventDate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if date.time is not None:
        moment = date.time
        result["start_date"] = {
            "year": moment.year,
            "month": moment.month,
            "day": moment.day,
            "hour": moment.hour,
            "minute": moment.minute,
        }
        if moment.second:
            result["start_date"]["second"] = moment.second
        return result
    # The start slot must hold a date; an interval open at the start shows its known end there.
    first = date.start if date.start is not None else date.end
    assert first is not None  # parse_date refuses an interval open at both sides
    result["start_date"] = date_object(first)
    if date.is_interval and date.start is not None and date.end is not None:
        result["end_date"] = date_object(date.end)
    return result


def _slide(timeline: Timeline, event: Event, unique_id: str) -> dict[str, Any]:
    slide: dict[str, Any] = _dates(event.date)
    label = event.date.label()
    if _needs_display_date(event.date):
        slide["display_date"] = label
    headline = event.title
    if event.status_note:
        # The headline is what the navigation bar shows: a cancelled event says so there too.
        headline += f" ({event.status_note})"
    slide["text"] = {"headline": escape(headline), "text": _body(timeline, event)}
    if event.kind:
        slide["group"] = event.kind
    slide["unique_id"] = unique_id
    return slide


def _body(timeline: Timeline, event: Event) -> str:
    parts = []
    details = []
    if event.place:
        details.append(escape(event.place))
    details.append(escape(event.date.label()))
    details.extend(escape(note) for note in event.notes)
    parts.append(f"<p><em>{' · '.join(details)}</em></p>")
    if event.description:
        parts.append(_paragraphs(event.description))
    people = [timeline.people[person_id] for person_id in event.people]
    if people:
        named = "; ".join(
            escape(person.name) + (f", {escape(person.role)}" if person.role else "")
            for person in people
        )
        parts.append(f"<p>People: {named}</p>")
    citations = []
    for source_id in event.sources:
        source = timeline.sources[source_id]
        citation = escape(source.citation())
        if source.url:
            citation = f'<a href="{escape(source.url)}">{citation}</a>'
        citations.append(f"<li>{citation}</li>")
    parts.append(f"<p>Sources:</p><ul>{''.join(citations)}</ul>")
    return "".join(parts)


def _era(event: Event) -> dict[str, Any]:
    date = event.date
    # is_long_period keeps open intervals out
    assert date.start is not None
    assert date.end is not None
    return {
        "start_date": date_object(date.start),
        "end_date": date_object(date.end),
        "text": {"headline": escape(event.title)},
    }
