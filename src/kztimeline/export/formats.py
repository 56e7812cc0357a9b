"""Every format ``kztimeline export --format`` knows, by name, with its default file name.

Each format is a function from a timeline to its artefact: ``str`` for text formats, ``bytes``
for pictures. The modules that make them, and their heavy dependencies, are imported only when
a format is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kztimeline.errors import EmptySelectionError

if TYPE_CHECKING:
    from kztimeline.model import Timeline

__all__ = ("FORMATS", "Format", "export")


@dataclass(frozen=True, slots=True)
class Format:
    """One export format: its default file name (``{name}`` is the events file's stem), whether
    it is text, and the function that makes it."""

    file_name: str
    is_text: bool
    make: Callable[[Timeline], str | bytes]


def _timelinejs(timeline: Timeline) -> str:
    from kztimeline.export.timelinejs import to_timelinejs

    return to_timelinejs(timeline)


def _html(timeline: Timeline) -> str:
    from kztimeline.export.html import to_html

    return to_html(timeline)


def _csv(timeline: Timeline) -> str:
    from kztimeline.export.tabular import to_csv

    return to_csv(timeline)


def _markdown(timeline: Timeline) -> str:
    from kztimeline.export.markdown import to_markdown

    return to_markdown(timeline)


def _ics(timeline: Timeline) -> str:
    from kztimeline.export.ics import to_ics

    return to_ics(timeline)


def _picture(image_format: str) -> Callable[[Timeline], str | bytes]:
    def make(timeline: Timeline) -> str | bytes:
        from kztimeline.export.html import figure_bytes

        data = figure_bytes(timeline, image_format)
        return data.decode("utf-8") if image_format == "svg" else data

    return make


FORMATS: dict[str, Format] = {
    "timelinejs": Format("{name}.timeline.json", True, _timelinejs),
    "html": Format("timeline.html", True, _html),
    "csv": Format("{name}.csv", True, _csv),
    "markdown": Format("{name}.md", True, _markdown),
    "ics": Format("{name}.ics", True, _ics),
    "svg": Format("timeline.svg", True, _picture("svg")),
    "png": Format("timeline.png", False, _picture("png")),
    "pdf": Format("timeline.pdf", False, _picture("pdf")),
}
"""The formats by name, in the order ``--help`` lists them."""


def export(timeline: Timeline, format_name: str) -> str | bytes:
    """``timeline`` in the format called ``format_name`` (a key of :data:`FORMATS`).

    Raises :class:`~kztimeline.errors.EmptySelectionError` for a timeline with no event, and
    ``KeyError`` for an unknown format name.
    """
    chosen = FORMATS[format_name]
    if not timeline:
        raise EmptySelectionError.for_format(format_name)
    return chosen.make(timeline)
