"""The picture as a matplotlib ``Figure``, as bytes, and as a file: the entry points.

:func:`render` lays out the page (heading, legend, the timeline, the footnote), picks the
layout by :func:`~kztimeline.plot.placement.choose_layout`, and draws it. :func:`plot_bytes` and
:func:`save_plot` fix everything that would change from run to run.
"""

from __future__ import annotations

import io
import warnings
from datetime import date, datetime
from typing import Any, Literal, NamedTuple, TypedDict, Unpack

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

import kztimeline.plot.drawing as drawing
import kztimeline.plot.fonts as fonts
from kztimeline.errors import PictureError
from kztimeline.plot.chronology import Chronology
from kztimeline.plot.framing import axis_window, window_title
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
from kztimeline.plot.items import (
    Item,
    Window,
    collect,
)
from kztimeline.plot.key import legend as draw_legend
from kztimeline.plot.marks import OWN_ARTISTS, Gids
from kztimeline.plot.placement import choose_layout
from kztimeline.plot.styles import OTHER_KIND, kind_styles
from kztimeline.plot.zones import Zone, choose_zone
from kztimeline.timeline import Timeline

__all__ = (
    "EMPTY_MESSAGE",
    "SUFFIXES",
    "Layout",
    "Options",
    "Picture",
    "crossing_sentence",
    "draw",
    "picture_bytes",
    "render",
    "view",
)

Layout = Literal["auto", "horizontal", "vertical"]
Lanes = Literal["auto", "kind"]


class Options(TypedDict, total=False):
    """What every picture function takes, each optional; :func:`render` says what each does."""

    title: str | None
    width: float | str | None
    dpi: float
    layout: Layout
    start: date | datetime | str | None
    end: date | datetime | str | None
    zone: str | None
    lanes: Lanes


SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
KINDS_IN_LEGEND = 12
"""Past this many kinds in view, each label names its kind."""
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

    def __init__(
        self,
        figure: Figure,
        layout: str,
        hint: str | None,
        crossed: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.figure = figure
        self.layout = layout
        self.hint = hint
        self.crossed = crossed
        """Where a stem or leader crosses another event's mark or bar: ``(id of the stem's
        event, id of the other)`` each, in drawing order. Only a horizontal layout asked for
        by name, or a chronology whose marks are packed too tightly, has any."""
        self.missing = fonts.missing(
            text.get_text() for text in figure.findobj(Text) if isinstance(text, Text)
        )

    @property
    def notices(self) -> tuple[str, ...]:
        """What the command says on stderr about this picture, one line each."""
        found = [self.hint] if self.hint is not None else []
        if self.crossed:
            found.append(crossing_sentence(self.crossed, self.layout))
        if self.missing:
            found.append(self.missing.sentence())
        return tuple(found)


def crossing_sentence(crossed: tuple[tuple[str, str], ...], layout: str) -> str:
    """What ``plot`` says when a picture's stems or leaders cannot keep clear of other
    events' marks (the horizontal layout asked for, or a chronology packed too tightly):
    which events' stems cross which events' marks, up to five of each."""

    def names(ids: list[str]) -> str:
        unique = list(dict.fromkeys(ids))
        shown = ", ".join(unique[:5])
        return shown + (f" and {len(unique) - 5} more" if len(unique) > 5 else "")

    stems, others = names([a for a, _ in crossed]), names([b for _, b in crossed])
    if layout == "horizontal":
        return (
            f"In the horizontal layout the stems of {stems} cross the marks or bars of "
            f"{others}, so they may be read as those events'; --layout auto or vertical "
            "draws a chronology whose leaders cross no mark."
        )
    return (
        f"The leaders of {stems} cross the marks or bars of {others}, so they may be read "
        "as those events'; narrow the view with --from/--to to give them room."
    )


def draw(
    timeline: Timeline,
    *,
    probe: bool = False,
    **options: Unpack[Options],
) -> Picture:
    """Like :func:`render`, but returns the :class:`Picture` with the layout it chose.

    With ``probe``, a picture that cannot name every event beside its mark is not drawn:
    its layout is ``numbered`` and its figure empty (for pages, which try periods until
    each names its events)."""
    layout = options.get("layout", "auto")
    if layout not in ("auto", "horizontal", "vertical"):
        raise PictureError.unknown_layout(layout)
    lanes = options.get("lanes", "auto")
    if lanes not in ("auto", "kind"):
        raise PictureError.unknown_lanes(lanes)
    width_in = parse_width(options.get("width"))
    zone, window, items = view(timeline, **options)
    title = options.get("title")
    if title is None:
        title = window_title(timeline.title, window if window.exact else None)
    timed = [item.event.date.time for item in items if item.event.date.time is not None]
    subtitle = zone.note(timed) if timed else None
    with warnings.catch_warnings(), matplotlib.rc_context(_rc()):  # type: ignore[arg-type]
        # A glyph no font has is drawn as a box, and said once by Picture.missing.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        dpi = options.get("dpi", 200)
        page = _Page(title, subtitle, width_in, dpi, layout, lanes == "kind")
        return _draw(timeline, page, window, items, probe)


def view(timeline: Timeline, **options: Unpack[Options]) -> tuple[Zone, Window, list[Item]]:
    """The display zone, the axis window and the items in view, for the options of
    :func:`render`: the one rule that :func:`draw` and the pages share."""
    requested = options.get("zone")
    start, end = options.get("start"), options.get("end")
    zone = choose_zone(timeline, requested)
    window = axis_window(timeline, start, end, zone)
    items = collect(timeline, window, zone)
    if requested is None:
        # The zone most events in view use, which a window may change.
        in_view = choose_zone((item.event for item in items), None)
        if in_view != zone:
            zone = in_view
            window = axis_window(timeline, start, end, zone)
            items = collect(timeline, window, zone)
    return zone, window, items


class _Page(NamedTuple):
    title: str
    subtitle: str | None
    width: float
    dpi: float
    layout: Layout
    by_kind: bool


def _draw(
    timeline: Timeline,
    page: _Page,
    window: Window,
    items: list[Item],
    probe: bool = False,
) -> Picture:
    width, layout = page.width, page.layout
    figure = Figure(figsize=(width, 10), dpi=page.dpi, facecolor="white")
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    measure = Measure(figure, renderer)
    text_width = (width - MARGIN_LEFT_IN - MARGIN_RIGHT_IN) * 72
    heading = measure.fit(page.title, HEADING_SIZE, text_width, fontweight="bold")
    heading_height = (
        measure.size(measure.text(heading or " ", HEADING_SIZE, fontweight="bold"))[1] / 72
    )
    subtitle = measure.fit(page.subtitle, NOTE_SIZE, text_width) if page.subtitle else ""
    subtitle_height = (
        measure.size(measure.text(subtitle, NOTE_SIZE))[1] / 72 + 0.06 if subtitle else 0.0
    )
    heading_height += subtitle_height
    styles = kind_styles(timeline.kinds, timeline.kind_tables)
    in_view = sorted({item.kind for item in items} - {OTHER_KIND})
    date_texts = [item.date_text for item in items]
    if len(in_view) > KINDS_IN_LEGEND:
        # A legend of so many kinds is a lookup table: each label says its kind instead.
        for item in items:
            if item.kind != OTHER_KIND:
                item.date_text = f"{styles[item.kind].label} · {item.date_text}"
    shown_styles = [styles[kind] for kind in in_view]
    if any(item.kind == OTHER_KIND for item in items):
        shown_styles.append(styles[OTHER_KIND])
    footnote = measure.fit(_footnote(timeline), NOTE_SIZE, text_width)

    top = 0.2 + heading_height + 0.12
    legend = draw_legend(
        figure, shown_styles, items, MARGIN_LEFT_IN / width, 0.5, max(int(width // 1.9), 1)
    )
    legend_height = legend.get_window_extent(renderer).height / page.dpi
    top += legend_height + 0.2
    foot_height = (measure.size(measure.text(footnote, NOTE_SIZE))[1] / 72 if footnote else 0) + 0.2
    bottom = TICKS_IN + foot_height + 0.15
    room = (width - MARGIN_LEFT_IN - MARGIN_RIGHT_IN) * 72
    tallest = (MAX_HEIGHT_IN - top - bottom - 0.3) * 72

    def put_heading(height: float) -> None:
        drawing.heading(figure, heading, MARGIN_LEFT_IN / width, 1 - 0.2 / height)
        if subtitle:
            y = 1 - (0.2 + heading_height) / height
            drawing.note(figure, subtitle, MARGIN_LEFT_IN / width, y)

    if not items:
        figure.set_size_inches(width, top + 1.4)
        legend.remove()
        put_heading(top + 1.4)
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

    gids = Gids()
    by_kind = page.by_kind and len(in_view) <= KINDS_IN_LEGEND
    if by_kind and layout == "auto":
        layout = "horizontal"  # lanes per kind are rows along the time axis, as in a Gantt chart
    grouped = len(items) > OWN_ARTISTS
    scope = Scope(items, styles, window, measure, room, tallest, gids, grouped, by_kind)
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
    fallback = chronology is not None and chronology.fits
    plan: Horizontal | Chronology | Numbered
    hint = None
    if chosen == "horizontal" and horizontal is not None:
        plan = horizontal
    elif chosen == "vertical" and chronology is not None:
        plan = chronology
    elif probe:
        return Picture(figure, "numbered", None)
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
    put_heading(height)
    legend.set_bbox_to_anchor(
        (MARGIN_LEFT_IN / width, 1 - (0.2 + heading_height + 0.12) / height),
        transform=figure.transFigure,
    )
    plan.draw(figure, MARGIN_LEFT_IN, bottom)
    if layout == "auto" and isinstance(plan, Horizontal) and plan.crossings and fallback:
        # A stem through another event's mark would join a label to the wrong event: the
        # chronology, whose leaders keep clear of every mark, says it without doubt.
        for item, text in zip(items, date_texts, strict=True):
            item.date_text = text
        return _draw(timeline, page._replace(layout="vertical"), window, items, probe)
    if isinstance(plan, Numbered):
        # Above the axis, under the legend: the first thing read after the title.
        y = (bottom + block + 0.05) / height
        drawing.note(
            figure, note_text, MARGIN_LEFT_IN / width, y, style="italic", gid="kz-numbered"
        )
    if footnote:
        drawing.note(figure, footnote, MARGIN_LEFT_IN / width, 0.15 / height)
    crossed = tuple(plan.crossings) if isinstance(plan, Horizontal | Chronology) else ()
    return Picture(figure, plan.name, hint, crossed)


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
    ``start``/``end`` set the axis exactly, and the title then names the window: a
    ``date``, a partial date (``"2012"``, ``"2012-11"``, ``"2012-11-14"``: its whole period),
    or a date-time (a ``datetime``, or ``"2024-05-14T08:00"`` with an optional offset or
    ``Z``; without an offset it is in the display zone); without them the axis spans the
    events. ``zone`` is the display zone of timed events (an IANA name, ``"UTC"`` or
    ``"UTC+05:00"``; default: the zone most events in view use, else UTC), named once under
    the title. ``layout`` forces ``"horizontal"`` or ``"vertical"``; ``"auto"`` chooses by
    the rule of :func:`~kztimeline.plot.placement.choose_layout`.
    Every event in view is named; when labels cannot fit in 40 in, events are numbered and
    listed, and the picture says so. Every artist of an event has a gid (see
    :mod:`~kztimeline.plot.marks`). Raises :class:`~kztimeline.errors.PictureError` for a bad
    width or layout, :class:`~kztimeline.errors.QueryError` for a bad window,
    :class:`~kztimeline.errors.DateError` for an unknown zone.
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
