"""Markdown: a chronology for reports, grouped by year, with footnote-style citations.

The output is CommonMark with the footnote extension that GitHub, GitLab, Pandoc and most
editors read: each event cites ``[^source-id]``, and the sources are defined once at the end.
Text from the events file is escaped so that it cannot open a heading, a list, a link or
emphasis it did not mean to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("escape_markdown", "to_markdown")

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
# that can start markup in the middle of a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")
# At the start of a paragraph, these would open a block: a list, a quote, a numbered item.
_BLOCK_START = re.compile(r"^(?:[-+=>]|\d+(?=[.)]))")


def escape_markdown(text: str) -> str:
    """``text`` with the Markdown characters that could change the structure escaped.

    Runs of whitespace, line breaks included, become one space, so the text stays on one line
    and can start a paragraph safely.
    """
    escaped = _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    start = _BLOCK_START.match(escaped)
    if start is None:
        return escaped
    # Escape the character that opens the block: the mark itself, or the "." of "1999.".
    at = start.end() if start.group()[0].isdigit() else 0
    return escaped[:at] + "\\" + escaped[at:]


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (split at blank lines, as Markdown does), each escaped on
    one line."""
    return [
        escape_markdown(paragraph)
        for paragraph in _BLANK_LINE.split(text.replace("\r\n", "\n"))
        if paragraph.strip()
    ]


def _footnote_label(source_id: str) -> str:
    # A footnote label may not hold spaces or brackets; source ids usually are slugs already.
    label = re.sub(r"[^A-Za-z0-9_-]+", "-", source_id).strip("-")
    return label or "source"


def _year(event: Event) -> int:
    return event.date.known_first_day.year


def _item(timeline: Timeline, event: Event, labels: dict[str, str]) -> list[str]:
    citations = "".join(f"[^{labels[source_id]}]" for source_id in event.sources)
    line = f"- **{escape_markdown(event.date.label())}**: {escape_markdown(event.title)}"
    if event.place:
        line += f" ({escape_markdown(event.place)})"
    if event.notes:
        # Status and repeat right after the title: a cancelled event must not read as held.
        line += f" — *{escape_markdown('; '.join(event.notes))}*"
    lines = [line + citations]
    details = _paragraphs(event.description or "")
    people = [timeline.people[person_id] for person_id in event.people]
    if people:
        details.append(
            "People: "
            + "; ".join(
                escape_markdown(person.name + (f", {person.role}" if person.role else ""))
                for person in people
            )
            + "."
        )
    for paragraph in details:
        lines += ["", f"  {paragraph}"]
    return lines


def _definition(timeline: Timeline, source_id: str, label: str) -> str:
    source = timeline.sources[source_id]
    citation = escape_markdown(source.citation())
    if source.url:
        citation += f" <{source.url.replace('>', '%3E').replace(' ', '%20')}>"
    return f"[^{label}]: {citation}."


def to_markdown(timeline: Timeline) -> str:
    """The timeline as a Markdown chronology, ending in a newline.

    A ``#`` heading with the title and the description's paragraphs, then a ``##`` heading
    per year and a list of the events that start in it (an interval open at the start is
    listed under the year of its known end), each with its date as a short label, the place,
    its status if cancelled or tentative and its repeat rule in words (in italics), footnote
    citations, the description's paragraphs and the people. The footnote definitions follow,
    in order of first citation. The same timeline always gives the same text.
    """
    labels: dict[str, str] = {}
    for source_id in timeline.source_ids():
        label = _footnote_label(source_id)
        while label in labels.values():
            label += "-1"
        labels[source_id] = label
    lines = [f"# {escape_markdown(timeline.title)}", ""]
    for paragraph in _paragraphs(timeline.description or ""):
        lines += [paragraph, ""]
    events = sorted(timeline, key=lambda event: (_year(event), event.sort_key()))
    year: int | None = None
    for event in events:
        if _year(event) != year:
            year = _year(event)
            lines += [f"## {year}", ""]
        lines += [*_item(timeline, event, labels), ""]
    if labels:
        # Renderers gather the definitions into a footnote list of their own at the end.
        lines += [_definition(timeline, source_id, label) for source_id, label in labels.items()]
        lines.append("")
    return "\n".join(lines)
