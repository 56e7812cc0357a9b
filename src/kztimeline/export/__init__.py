"""Exporters: one module per output format, each a pure function plus a thin atomic writer.

:func:`build` writes every format of a timeline into one folder; the formats are listed in
:data:`EXPORTS`. Each exporter imports its heavy dependency (ics, matplotlib) inside the
function that needs it, so that loading and querying stay fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kztimeline.export._atomic import write_atomically

if TYPE_CHECKING:
    from kztimeline.model import Timeline

__all__ = ("EXPORTS", "build", "export_name", "write_atomically")


def export_name(timeline: Timeline) -> str:
    """The base name of a timeline's exports: the stem of its file, else ``timeline``."""
    return timeline.path.stem if timeline.path is not None else "timeline"


def _ics(timeline: Timeline) -> bytes:
    from kztimeline.export.ics import to_ics

    return to_ics(timeline).encode("utf-8")


def _timelinejs(timeline: Timeline) -> bytes:
    from kztimeline.export.timelinejs import to_timelinejs

    return to_timelinejs(timeline).encode("utf-8")


def _html(timeline: Timeline) -> bytes:
    from kztimeline.export.html import to_html

    return to_html(timeline).encode("utf-8")


def _csv(timeline: Timeline) -> bytes:
    from kztimeline.export.tabular import to_csv

    return to_csv(timeline).encode("utf-8")


def _markdown(timeline: Timeline) -> bytes:
    from kztimeline.export.markdown import to_markdown

    return to_markdown(timeline).encode("utf-8")


def _png(timeline: Timeline) -> bytes:
    from kztimeline.export.plot import plot_bytes

    return plot_bytes(timeline, "png")


def _svg(timeline: Timeline) -> bytes:
    from kztimeline.export.plot import plot_bytes

    return plot_bytes(timeline, "svg")


Exporter = Callable[["Timeline"], bytes]

EXPORTS: tuple[tuple[str, Exporter], ...] = (
    # (file name, with {name} for export_name(), and the function that makes its bytes)
    ("{name}.ics", _ics),
    ("{name}.timeline.json", _timelinejs),
    ("timeline.html", _html),
    ("{name}.csv", _csv),
    ("{name}.md", _markdown),
    ("timeline.png", _png),
    ("timeline.svg", _svg),
)


def build(timeline: Timeline, folder: Path | str) -> list[Path]:
    """Write every export of ``timeline`` into ``folder`` (created if missing), atomically.

    Returns the paths written, in the order of :data:`EXPORTS`. Raises
    :class:`~kztimeline.errors.OutputError` if a file cannot be written; files already
    written stay, and the file that failed keeps its earlier content.
    """
    from kztimeline.errors import OutputError

    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError.from_os_error(target, err) from None
    written = []
    for template, exporter in EXPORTS:
        path = target / template.format(name=export_name(timeline))
        write_atomically(path, exporter(timeline))
        written.append(path)
    return written
