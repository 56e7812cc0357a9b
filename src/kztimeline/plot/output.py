"""The picture as a matplotlib ``Figure``, as bytes, and as a file: the entry points.

:func:`render` lays out the page (heading, legend, the timeline, the footnote), picks the
layout by :func:`~kztimeline.plot.items.choose_layout`, and draws it. :func:`plot_bytes` and
:func:`save_plot` fix everything that would change from run to run.
"""

from __future__ import annotations

import io
import warnings
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypedDict, Unpack

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

import kztimeline.plot.drawing as drawing
import kztimeline.plot.fonts as fonts
from kztimeline._files import write_atomically
from kztimeline.errors import OutputError, PictureError
from kztimeline.plot.chronology import Chronology
from kztimeline.plot.geometry import (
    FAMILY,
    HEADING_SIZE,
    HORIZONTAL_MAX_IN,
    MARGIN_LEFT_IN,
    MARGIN_RIGHT_IN,
    MAX_HEIGHT_IN,
    NOTE_SIZE,
    TICKS_IN,
    Measure,
    parse_width,
)
from kztimeline.plot.horizontal import Horizontal, Numbered, Scope
from kztimeline.plot.items import Window, choose_layout, collect, default_window
from kztimeline.plot.styles import OTHER_KIND, kind_styles
from kztimeline.timeline import Timeline

__all__ = (
    "EMPTY_MESSAGE",
    "SUFFIXES",
    "Layout",
    "Options",
    "Picture",
    "plot_bytes",
    "render",
    "save_plot",
)

Layout = Literal["auto", "horizontal", "vertical"]


class Options(TypedDict, total=False):
    """What every picture function takes, each optional; :func:`render` says what each does."""

    title: str | None
    width: float | str | None
    dpi: float
    layout: Layout
    start: date | str | None
    end: date | str | None


SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
EMPTY_MESSAGE = "No events in this range"

RC: dict[str, Any] = {
    "text.parse_math": False,
    "svg.hashsalt": "kztimeline",
    # Text stays text: selectable and editable in an SVG editor, TrueType inside a PDF.
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "axes.unicode_minus": False,
    "hatch.linewidth": 0.5,
}


def _rc() -> dict[str, Any]:
    # The font chain depends on the fonts installed, so it is looked up when drawing.
    return {**RC, **fonts.rc()}


class Picture:
    """A drawn timeline: the ``figure``, the ``layout`` chosen (``horizontal``, ``vertical`` or
    ``numbered``), and ``hint``, one sentence on narrowing the view when the picture could
    not name every event beside its mark (else ``None``).

    ``missing`` holds the characters of its texts that no installed font can draw (see
    :func:`kztimeline.plot.fonts.missing`); they stay in the texts as written."""

    def __init__(self, figure: Figure, layout: str, hint: str | None) -> None:
        self.figure = figure
        self.layout = layout
        self.hint = hint
        self.missing = fonts.missing(
            text.get_text() for text in figure.findobj(Text) if isinstance(text, Text)
        )

    @property
    def notices(self) -> tuple[str, ...]:
        """What the command says on stderr about this picture, one line each."""
        found = [self.hint] if self.hint is not None else []
        if self.missing:
            found.append(self.missing.sentence())
        return tuple(found)


def _window(timeline: Timeline, start: date | str | None, end: date | str | None) -> Window:
    if start is None and end is None:
        return default_window(timeline)
    # The index is built on the first query; loading and validating never need it.
    from kztimeline.query import window

    first, last = window(start if start is not None else "0001", end if end is not None else "9999")
    if start is None or end is None:
        natural = default_window(timeline)
        if start is None:
            return Window(
                min(natural.lo, Window.of(first, last).hi - 1), Window.of(first, last).hi, True
            )
        return Window(
            Window.of(first, last).lo, max(natural.hi, Window.of(first, last).lo + 1), True
        )
    return Window.of(first, last)


def draw(
    timeline: Timeline,
    **options: Unpack[Options],
) -> Picture:
    """Like :func:`render`, but returns the :class:`Picture` with the layout it chose."""
    layout = options.get("layout", "auto")
    if layout not in ("auto", "horizontal", "vertical"):
        raise PictureError.unknown_layout(layout)
    width_in = parse_width(options.get("width"))
    window = _window(timeline, options.get("start"), options.get("end"))
    with warnings.catch_warnings(), matplotlib.rc_context(_rc()):  # type: ignore[arg-type]
        # A glyph no font has is drawn as a box, and said once by Picture.missing.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        dpi = options.get("dpi", 200)
        return _draw(timeline, options.get("title"), width_in, dpi, layout, window)


def _draw(
    timeline: Timeline,
    title: str | None,
    width: float,
    dpi: float,
    layout: Layout,
    window: Window,
) -> Picture:
    figure = Figure(figsize=(width, 10), dpi=dpi, facecolor="white")
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    measure = Measure(figure, renderer)
    text_width = (width - MARGIN_LEFT_IN - MARGIN_RIGHT_IN) * 72
    heading = measure.fit(
        title if title is not None else timeline.title,
        HEADING_SIZE,
        text_width,
        fontweight="bold",
    )
    heading_height = (
        measure.size(measure.text(heading or " ", HEADING_SIZE, fontweight="bold"))[1] / 72
    )
    items = collect(timeline, window)
    styles = kind_styles(timeline.kinds, timeline.kind_tables)
    in_view = sorted({item.kind for item in items} - {OTHER_KIND})
    shown_styles = [styles[kind] for kind in in_view]
    if any(item.kind == OTHER_KIND for item in items):
        shown_styles.append(styles[OTHER_KIND])
    footnote = measure.fit(_footnote(timeline), NOTE_SIZE, text_width)

    top = 0.2 + heading_height + 0.12
    legend = drawing.legend(
        figure, shown_styles, MARGIN_LEFT_IN / width, 0.5, max(int(width // 1.9), 1)
    )
    legend_height = legend.get_window_extent(renderer).height / dpi
    top += legend_height + 0.2
    foot_height = (measure.size(measure.text(footnote, NOTE_SIZE))[1] / 72 if footnote else 0) + 0.2
    bottom = TICKS_IN + foot_height + 0.15
    room = (width - MARGIN_LEFT_IN - MARGIN_RIGHT_IN) * 72
    tallest = (MAX_HEIGHT_IN - top - bottom - 0.3) * 72

    if not items:
        figure.set_size_inches(width, top + 1.4)
        legend.remove()
        drawing.heading(figure, heading, MARGIN_LEFT_IN / width, 1 - 0.2 / (top + 1.4))
        figure.text(
            0.5,
            0.35,
            EMPTY_MESSAGE,
            ha="center",
            va="center",
            fontsize=13,
            color="#444444",
            parse_math=False,
            fontfamily=FAMILY,
        )
        return Picture(figure, "empty", None)

    scope = Scope(items, styles, window, measure, room, tallest)
    horizontal = chronology = None
    band = tallest if layout == "horizontal" else min(HORIZONTAL_MAX_IN * 72, tallest)
    if layout != "vertical" and Horizontal.may_fit(len(items), room, band):
        horizontal = Horizontal(scope)
    if layout != "horizontal" and Chronology.may_fit(len(items), room, tallest):
        chronology = Chronology(scope)
    chosen = choose_layout(
        layout,
        horizontal.height / 72 if horizontal is not None and horizontal.feasible else None,
        chronology.height / 72 if chronology is not None and chronology.fits else None,
        HORIZONTAL_MAX_IN,
        tallest / 72,
    )
    plan: Horizontal | Chronology | Numbered
    hint = None
    if chosen == "horizontal" and horizontal is not None:
        plan = horizontal
    elif chosen == "vertical" and chronology is not None:
        plan = chronology
    else:
        plan = Numbered(scope)
        hint = (
            f"{len(items)} events in view are too many to label beside their marks; they are "
            "numbered and listed. Narrow the view with --from/--to or --kind to see labels."
        )
    block = plan.height / 72
    extra = 0.0
    if isinstance(plan, Numbered):
        shown = (
            f"numbered {len(items)} events, listed below"
            if plan.listed == len(items)
            else (f"the list names events 1–{plan.listed} of {len(items)}")
        )
        note_text = measure.fit(
            f"Too many events to label beside their marks: {shown}. Narrow the view to see labels.",
            NOTE_SIZE,
            text_width,
            style="italic",
        )
        extra = measure.size(measure.text(note_text, NOTE_SIZE))[1] / 72 + 0.12
    height = top + block + extra + bottom
    figure.set_size_inches(width, height)
    drawing.heading(figure, heading, MARGIN_LEFT_IN / width, 1 - 0.2 / height)
    legend.set_bbox_to_anchor(
        (MARGIN_LEFT_IN / width, 1 - (0.2 + heading_height + 0.12) / height),
        transform=figure.transFigure,
    )
    plan.draw(figure, MARGIN_LEFT_IN, bottom)
    if isinstance(plan, Numbered):
        # Above the axis, under the legend: the first thing read after the title.
        y = (bottom + block + 0.05) / height
        drawing.note(
            figure, note_text, MARGIN_LEFT_IN / width, y, style="italic", gid="kz-numbered"
        )
    if footnote:
        drawing.note(figure, footnote, MARGIN_LEFT_IN / width, 0.15 / height)
    return Picture(figure, plan.name, hint)


def _footnote(timeline: Timeline) -> str:
    cited = timeline.source_ids()
    names = [timeline.sources[s].citation() for s in cited if s in timeline.sources]
    return "Sources: " + "; ".join(names) + "." if names else ""


def render(
    timeline: Timeline,
    **options: Unpack[Options],
) -> Figure:
    """Draw ``timeline`` and return the matplotlib ``Figure`` (Agg canvas, not in pyplot).

    ``title`` replaces the timeline's title. ``width`` is inches or a text with a unit
    (``"16cm"``; 4–60 in, default 16 cm, a report column); the height grows with the labels
    up to 40 in.
    ``start``/``end`` (dates or partial dates, as :meth:`Timeline.between`) set the axis
    exactly; without them it spans the events. ``layout`` forces ``"horizontal"`` or
    ``"vertical"``; ``"auto"`` chooses by the rule of :func:`~kztimeline.plot.items.choose_layout`.
    Every event in view is named; when labels cannot fit in 40 in, events are numbered and
    listed, and the picture says so. Raises :class:`~kztimeline.errors.PictureError` for a bad
    width or layout, :class:`~kztimeline.errors.QueryError` for a bad window.
    """
    return draw(timeline, **options).figure


def pdf_metadata(timeline: Timeline) -> dict[str, Any]:
    """A PDF's metadata: the date of the timeline (never the clock), no software versions."""
    return {"CreationDate": timeline.stamp, "ModDate": None, "Creator": None, "Producer": None}


def picture_bytes(picture: Picture, timeline: Timeline, format_name: str) -> bytes:
    """``picture`` saved as ``format_name`` with no metadata that changes from run to run."""
    if format_name not in SUFFIXES.values():
        raise PictureError.unknown_format(format_name)
    metadata: dict[str, Any]
    # No software versions either: the bytes depend on the timeline and the fonts only.
    if format_name == "png":
        metadata = {"Software": None}
    elif format_name == "svg":
        metadata = {"Date": None, "Creator": None}
    else:
        metadata = pdf_metadata(timeline)
    buffer = io.BytesIO()
    with warnings.catch_warnings(), matplotlib.rc_context(_rc()):  # type: ignore[arg-type]
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        picture.figure.savefig(
            buffer, format=format_name, dpi=picture.figure.dpi, metadata=metadata, facecolor="white"
        )
    return buffer.getvalue()


def plot_bytes(
    timeline: Timeline,
    format_name: str,
    **options: Unpack[Options],
) -> bytes:
    """The picture of ``timeline`` as ``"png"``, ``"svg"`` or ``"pdf"`` bytes, identical for
    identical input; the options are those of :func:`render`.

    SVG keeps its text as ``<text>`` in DejaVu Sans with fallbacks; PDF embeds TrueType fonts.
    No metadata changes from run to run: no software version, a fixed SVG hash salt, a PDF
    date from :attr:`~kztimeline.timeline.Timeline.stamp`, never the clock.
    Raises :class:`~kztimeline.errors.PictureError` for another format.
    """
    if format_name not in SUFFIXES.values():
        raise PictureError.unknown_format(format_name)
    picture = draw(timeline, **options)
    return picture_bytes(picture, timeline, format_name)


def write_picture(
    timeline: Timeline,
    path: Path | str,
    **options: Unpack[Options],
) -> tuple[Path, tuple[str, ...]]:
    """Like :func:`save_plot`, and also what to tell the user about the picture, one line
    each (see :attr:`Picture.notices`)."""
    target = Path(path)
    format_name = SUFFIXES.get(target.suffix.lower())
    if format_name is None:
        raise OutputError(
            target, "cannot tell the picture format; end the name with .png, .svg or .pdf"
        )
    picture = draw(timeline, **options)
    written = write_atomically(target, picture_bytes(picture, timeline, format_name))
    return written, picture.notices


def save_plot(
    timeline: Timeline,
    path: Path | str,
    **options: Unpack[Options],
) -> Path:
    """Draw ``timeline`` and write it to ``path`` atomically; return the path.

    The format comes from the suffix, ``.png``, ``.svg`` or ``.pdf``; another suffix raises
    :class:`~kztimeline.errors.OutputError` before anything is drawn, and so does a failed
    write, which leaves any earlier file at ``path`` as it was. The options are those of
    :func:`render`.
    """
    return write_picture(timeline, path, **options)[0]
