"""Exporters: one module per output format, each a pure function plus a thin atomic writer.

:func:`build` writes every format of a timeline into one folder. The formats are listed in
:data:`FORMATS`, which ``kztimeline export --format`` reads too. Each exporter imports its
heavy dependency (ics, matplotlib) inside the function that needs it, so that loading and
querying stay fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kztimeline._files import write_atomically
from kztimeline.errors import EmptySelectionError, OutputError

if TYPE_CHECKING:
    from datetime import date, datetime

    from kztimeline.plot.output import Picture
    from kztimeline.timeline import Timeline


__all__ = (
    "FORMATS",
    "Window",
    "Format",
    "build",
    "export",
    "export_name",
    "output_name",
    "require_events",
    "write_atomically",
)


class Window(NamedTuple):
    """The bounds a selection was made with (``--from/--to``), for the formats that draw an
    axis: a picture's axis is then exactly the window. ``None`` is an open side."""

    start: date | datetime | str | None = None
    end: date | datetime | str | None = None


NO_WINDOW = Window()


def export_name(timeline: Timeline) -> str:
    """The base name of a timeline's exports: the stem of its file, else ``timeline``."""
    return timeline.path.stem if timeline.path is not None else "timeline"


class Format(NamedTuple):
    """One export format: its file name for an events file called events.toml (``{name}`` is
    the stem; see :func:`output_name` for other files), whether it is text, whether
    ``kztimeline build`` writes it, and the function that makes it.

    A named tuple, not a dataclass: it is built on every start of the command line, and a
    dataclass costs a millisecond to create."""

    file_name: str
    is_text: bool
    built: bool
    make: Callable[[Timeline, Window], str | bytes]


def _ics(timeline: Timeline, window: Window) -> str:
    # icalendar and matplotlib load only when their format is written, never for list.
    from kztimeline.ical.writer import to_ics

    return to_ics(timeline)


def _timelinejs(timeline: Timeline, window: Window) -> str:
    # Each format loads only when it is written, so validate and list stay quick.
    from kztimeline.export.timelinejs import to_timelinejs

    return to_timelinejs(timeline)


def _html(timeline: Timeline, window: Window) -> str:
    # Each format loads only when it is written, so validate and list stay quick.
    from kztimeline.export.html import to_html

    return to_html(timeline)


def _csv(timeline: Timeline, window: Window) -> str:
    # Each format loads only when it is written, so validate and list stay quick.
    from kztimeline.export.tabular import to_csv

    return to_csv(timeline)


def _markdown(timeline: Timeline, window: Window) -> str:
    # Each format loads only when it is written, so validate and list stay quick.
    from kztimeline.export.markdown import to_markdown

    return to_markdown(timeline)


class _Drawn:
    """The pages of a timeline's picture, drawn on first use: ``build`` writes PNG, SVG and
    PDF from one drawing instead of three."""

    def __init__(self, timeline: Timeline, window: Window) -> None:
        self.timeline, self.window = timeline, window
        self.pages: list[Picture] | None = None

    def data(self, image_format: str) -> str | bytes:
        # icalendar and matplotlib load only when their format is written, never for list.
        from kztimeline.plot.pages import draw_pages, pages_bytes

        if self.pages is None:
            self.pages = draw_pages(self.timeline, start=self.window.start, end=self.window.end)
        data = pages_bytes(self.pages, self.timeline, image_format)
        return data.decode("utf-8") if image_format == "svg" else data


def _picture(image_format: str) -> Callable[[Timeline, Window], str | bytes]:
    def make(timeline: Timeline, window: Window) -> str | bytes:
        return _Drawn(timeline, window).data(image_format)

    return make


_PICTURES = {"png", "svg", "pdf"}


FORMATS: dict[str, Format] = {
    "ics": Format("{name}.ics", True, True, _ics),
    "timelinejs": Format("{name}.timeline.json", True, True, _timelinejs),
    "html": Format("timeline.html", True, True, _html),
    "csv": Format("{name}.csv", True, True, _csv),
    "markdown": Format("{name}.md", True, True, _markdown),
    "png": Format("timeline.png", False, True, _picture("png")),
    "svg": Format("timeline.svg", True, True, _picture("svg")),
    "pdf": Format("timeline.pdf", False, True, _picture("pdf")),
}
"""Every format of ``kztimeline export --format``, by name; ``build`` writes them in this order."""


_DEFAULT_STEM = "events"
"""The stem of the default events file, whose outputs keep the names exports/ has always had."""


def output_name(timeline: Timeline, format_name: str) -> str:
    """The file name of ``timeline``'s output in the format ``format_name``.

    Every output of a file is named after it (``apollo.toml`` gives ``apollo.png``,
    ``apollo.ics``, ``apollo.timeline.json``…), so that builds of two files into one folder
    keep each other's files. A file called events.toml, such as the bundled one, and a
    timeline of no file keep the names of :data:`FORMATS` (``events.ics``, ``timeline.png``).
    """
    template = FORMATS[format_name].file_name
    stem = export_name(timeline)
    if stem in (_DEFAULT_STEM, "timeline"):
        return template.format(name=stem)
    return f"{stem}.{template.split('.', 1)[1]}"


def export(timeline: Timeline, format_name: str, window: Window = NO_WINDOW) -> str | bytes:
    """``timeline`` in the format called ``format_name`` (a key of :data:`FORMATS`); a picture
    spans ``window`` where it gives a side.

    Raises :class:`~kztimeline.errors.EmptySelectionError` for a timeline with no event, and
    ``KeyError`` for an unknown format name.
    """
    chosen = FORMATS[format_name]
    require_events(timeline, format_name)
    return chosen.make(timeline, window)


def require_events(timeline: Timeline, format_name: str) -> None:
    """The one rule for an empty selection: an output is never written without an event.

    ``plot``, ``export``, ``ics`` and ``build`` all ask here before writing anything, so an
    empty window or filter gives the same one-line error and exit code 2 in each, and leaves
    every file as it was. Raises :class:`~kztimeline.errors.EmptySelectionError` naming
    ``format_name`` if ``timeline`` has no event.
    """
    if not timeline:
        raise EmptySelectionError.for_format(format_name)


def build(
    timeline: Timeline,
    folder: Path | str,
    *,
    progress: Callable[[Path], object] | None = None,
    window: Window = NO_WINDOW,
) -> list[Path]:
    """Write every export of ``timeline`` into ``folder`` (created if missing), atomically; the
    pictures span ``window`` where it gives a side.

    Each file is named by :func:`output_name`, after the events file. Returns the paths
    written, in the order of :data:`FORMATS`, and gives each to
    ``progress`` as soon as it is written. Raises
    :class:`~kztimeline.errors.EmptySelectionError` before writing anything if ``timeline``
    has no event (:func:`require_events`), and :class:`~kztimeline.errors.OutputError` if a
    file cannot be written; files already written stay, and the file that failed and the
    ones after it keep their earlier content.
    """
    if not timeline:
        raise EmptySelectionError.for_build()
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError.from_os_error(target, err) from None
    written = []
    drawn = _Drawn(timeline, window)
    for name, chosen in FORMATS.items():
        if not chosen.built:
            continue
        path = target / output_name(timeline, name)
        data = drawn.data(name) if name in _PICTURES else chosen.make(timeline, window)
        write_atomically(path, data.encode("utf-8") if isinstance(data, str) else data)
        written.append(path)
        if progress is not None:
            progress(path)
    return written
