"""The timeline as a report-grade picture: :func:`render` builds it, :func:`save_plot` writes it.

matplotlib is imported only inside these functions, so that ``import kztimeline`` and the
read-only commands stay fast.

What the picture shows
----------------------
* A single day is a marker on the time axis with a stem to its label; a range of days is a
  solid bar from its first to its last day; a month- or year-precision date is a faded, hatched
  band over the whole period it could fall in, never a point. An open side is clamped to the
  period that is known (``../2012`` covers 2012) and marked with an arrow.
* Long periods (``kind = "term"`` or any range of a year or more that covers at least 5 % of
  the axis) are light bands behind everything else, labelled inside.
* Repeating events get a tick for each occurrence in view.
* Labels are "date as written" plus the wrapped title. They are placed greedily in time order
  on levels above and below the axis (nearest level first), using the renderer's real text
  extents, so that no label overlaps another label, a stem, a marker or a bar. A label that
  finds no free level is counted in a "+N more" note of its panel.

The cluster rule
----------------
Only point-like events (single days and ranges shorter than the cluster width) can cluster.
Sorted by first day, neighbours whose first days are at most ``span / 300`` apart are
chained, where ``span`` is the length of the whole axis in days. A chain becomes a *cluster*
when it holds at least :data:`CLUSTER_MIN_EVENTS` events and lasts at most ``span / 20``
(so it would be crowded on the main axis), and the axis is at least 120 days long. The
largest :data:`MAX_DETAIL_PANELS` clusters each get a zoomed detail panel under the main axis,
joined to it by connector lines; on the main axis they show as one highlighted span with a
summary label. ``render(..., detail=False)`` turns this off.
"""

from __future__ import annotations

import itertools
import math
import os
import textwrap
import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kztimeline.errors import KztimelineError, OutputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox, Transform

    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("CLUSTER_MIN_EVENTS", "MAX_DETAIL_PANELS", "render", "save_plot", "plot_bytes")

CLUSTER_MIN_EVENTS = 4
MAX_DETAIL_PANELS = 2
SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}

FONT = "DejaVu Sans"
# Okabe & Ito (2008), colour-blind safe; yellow last because it is faint on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h")
OTHER_KIND = "other"
EMPTY_MESSAGE = "No events in this range"
SVG_HASH_SALT = "kztimeline"

# Sizes, in points unless named otherwise.
LABEL_SIZE = 7.5
LANE = 7.0  # the height of one lane of markers and bars on the axis
LEVEL_STEP = 13.0  # the distance between label levels
LEVEL_GAP = 8.0  # between the outermost lane and the first level
PAD = 1.5  # the free margin kept around every label
TITLE_WRAP = 30
MAIN_HEIGHT_IN = 3.1
DETAIL_HEIGHT_IN = 2.5
DEFAULT_WIDTH_IN = 12.0


@dataclass
class _Item:
    """One event as drawn: its extent in axis units and the way it is drawn."""

    event: Event
    x0: float  # the start of its first day
    x1: float  # the end of its last day
    style: str  # "point", "bar", "band" (imprecise) or "background" (long term)
    kind: str
    label: str
    occurrences: list[float] = field(default_factory=list)
    open_start: bool = False
    open_end: bool = False

    @property
    def anchors(self) -> tuple[float, ...]:
        """Where a stem may leave the item, most preferred first."""
        if self.style == "point":
            return ((self.x0 + self.x1) / 2,)
        width = self.x1 - self.x0
        if self.style == "band":
            return tuple(self.x0 + width * f for f in (0.5, 0.25, 0.75, 0.1, 0.9))
        return tuple(self.x0 + width * f for f in (0.0, 0.5, 0.25, 0.75, 0.95))


@dataclass
class _Cluster:
    items: list[_Item]

    @property
    def x0(self) -> float:
        return min(item.x0 for item in self.items)

    @property
    def x1(self) -> float:
        return max(item.x1 for item in self.items)


def _days(day: date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(datetime(day.year, day.month, day.day)))  # type: ignore[no-untyped-call]


def _safe_text(text: str, charmap: set[int]) -> str:
    """Replace characters the font lacks, so that rendering never warns or fails on them."""
    return "".join(ch if ch in "\n" or ord(ch) in charmap else "\N{WHITE SQUARE}" for ch in text)


def _charmap() -> set[int]:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=True)
    return set(FT2Font(path).get_charmap())


def _clamp_day(day: date, low: date, high: date) -> date:
    return min(max(day, low), high)


def _items(timeline: Timeline, charmap: set[int]) -> tuple[list[_Item], float, float]:
    """The drawable items and the axis limits (in matplotlib date units)."""
    events = list(timeline)
    firsts = [event.date.known_first_day for event in events]
    lasts = [event.date.known_last_day for event in events]
    if all(event.is_recurring for event in events):
        # Only repeating events: show their first occurrences, at most a bounded number.
        for event in events:
            starts = itertools.islice(event.occurrences(event.first_day, date.max), 50)
            lasts.extend(occurrence.date.known_last_day for occurrence in starts)
    low, high = min(firsts), max(lasts)
    span_days = max((high - low).days + 1, 1)
    pad = max(span_days * 0.03, 1.0)
    lo_limit = _days(low) - pad
    hi_limit = _days(high) + 1 + pad
    # Years 1 and 9999 are the ends of what matplotlib dates can show.
    lo_limit = max(lo_limit, _days(date(1, 1, 1)))
    hi_limit = min(hi_limit, _days(date(9999, 12, 31)))
    axis_days = hi_limit - lo_limit
    items = []
    for event in events:
        first, last = event.date.known_first_day, event.date.known_last_day
        x0, x1 = _days(first), _days(last) + 1
        interval = event.date.is_interval and first != last
        if (
            interval
            and (
                (event.kind == "term" and (x1 - x0) >= 0.05 * axis_days)
                or ((x1 - x0) >= 365 and (x1 - x0) >= 0.05 * axis_days)
            )
            and not (event.date.open_start or event.date.open_end)
        ):
            style = "background"
        elif not _is_day_range(event) or event.date.open_start or event.date.open_end:
            style = "band"
        elif interval:
            style = "bar"
        else:
            style = "point"
        occurrences: list[float] = []
        if event.is_recurring:
            view_first = _from_days(lo_limit)
            view_last = _from_days(hi_limit)
            for index, occurrence in enumerate(event.occurrences(view_first, view_last)):
                if index >= 2000:
                    break
                occurrences.append(_days(occurrence.date.known_first_day) + 0.5)
        title = "\n".join(textwrap.wrap(event.title, TITLE_WRAP)) or event.id
        label = _safe_text(f"{event.date.label()}\n{title}", charmap)
        items.append(
            _Item(
                event=event,
                x0=x0,
                x1=x1,
                style=style,
                kind=event.kind or OTHER_KIND,
                label=label,
                occurrences=occurrences,
                open_start=event.date.open_start,
                open_end=event.date.open_end,
            )
        )
    return items, lo_limit, hi_limit


def _is_day_range(event: Event) -> bool:
    """Whether every known side of the date is an exact day."""
    sides = [event.date.start, event.date.end]
    return all(side.precision.value == "day" for side in sides if side is not None)


def _from_days(value: float) -> date:
    from matplotlib.dates import num2date

    moment: datetime = num2date(value)  # type: ignore[no-untyped-call]
    return moment.date()


def _clusters(items: list[_Item], lo: float, hi: float) -> list[_Cluster]:
    """Apply the cluster rule of the module docstring."""
    span = hi - lo
    if span < 120:
        return []
    chain_gap, max_length = span / 300, span / 20
    candidates = sorted(
        (
            item
            for item in items
            if item.style in ("point", "bar") and item.x1 - item.x0 <= max_length
        ),
        key=lambda item: (item.x0, item.x1, item.event.id),
    )
    chains: list[list[_Item]] = []
    for item in candidates:
        if chains and item.x0 - chains[-1][-1].x0 <= chain_gap:
            chains[-1].append(item)
        else:
            chains.append([item])
    clusters = [
        _Cluster(chain)
        for chain in chains
        if len(chain) >= CLUSTER_MIN_EVENTS
        and max(i.x1 for i in chain) - min(i.x0 for i in chain) <= max_length
    ]
    clusters.sort(key=lambda cluster: (-len(cluster.items), cluster.x0))
    return sorted(clusters[:MAX_DETAIL_PANELS], key=lambda cluster: cluster.x0)


_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels
_CELL = 40.0  # the side of one cell of the placer's grid, in pixels


def _extents(box: Bbox | _Box) -> _Box:
    if isinstance(box, tuple):
        return box
    x0, y0, x1, y1 = box.extents
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


class _Placer:
    """Greedy, collision-free placement of labels in one axes, in display pixels.

    Everything placed is kept in a grid of square cells, so a test looks only at the few
    boxes near the candidate: placing N labels costs O(N) tests, not O(N²).
    """

    def __init__(self, figure: Figure, ax: Axes, renderer: RendererBase) -> None:
        self.figure = figure
        self.ax = ax
        self.renderer = renderer
        self.frame = ax.get_window_extent(renderer)
        self.points = figure.dpi / 72
        self._cells: dict[tuple[int, int], list[_Box]] = {}
        self._offsets: dict[tuple[float, float], Transform] = {}
        from matplotlib.transforms import blended_transform_factory

        self.base = blended_transform_factory(ax.transData, ax.transAxes)

    def at(self, offset_points: float, dx_points: float = 0.0) -> Transform:
        """The data-x, axes-y transform moved by the given points; one per offset, shared."""
        from matplotlib.transforms import offset_copy

        key = (offset_points, dx_points)
        if key not in self._offsets:
            self._offsets[key] = offset_copy(
                self.base, fig=self.figure, x=dx_points, y=offset_points, units="points"
            )
        return self._offsets[key]

    @staticmethod
    def _keys(box: _Box) -> list[tuple[int, int]]:
        x0, y0, x1, y1 = box
        columns = range(math.floor(x0 / _CELL), math.floor(x1 / _CELL) + 1)
        rows = range(math.floor(y0 / _CELL), math.floor(y1 / _CELL) + 1)
        return [(column, row) for column in columns for row in rows]

    def _hits(self, box: _Box) -> bool:
        # Touching counts as overlapping, as in matplotlib's Bbox.overlaps.
        x0, y0, x1, y1 = box
        for key in self._keys(box):
            for ox0, oy0, ox1, oy1 in self._cells.get(key, ()):
                if x0 <= ox1 and ox0 <= x1 and y0 <= oy1 and oy0 <= y1:
                    return True
        return False

    def free(self, box: Bbox | _Box) -> bool:
        """Inside the frame, and at least ``PAD`` points clear of everything placed."""
        x0, y0, x1, y1 = _extents(box)
        frame = self.frame
        if x0 < frame.x0 + 2 or x1 > frame.x1 - 2 or y0 < frame.y0 + 2 or y1 > frame.y1 - 2:
            return False
        pad = PAD * self.points
        return not self._hits((x0 - pad, y0 - pad, x1 + pad, y1 + pad))

    def free_stem(self, stem: _Box) -> bool:
        return not self._hits(stem)

    def block(self, box: Bbox | _Box) -> None:
        extents = _extents(box)
        for key in self._keys(extents):
            self._cells.setdefault(key, []).append(extents)


def _faded(colour: str, amount: float = 0.6) -> tuple[float, float, float]:
    """``colour`` mixed with white: opaque, so overlapping bands stay distinct."""
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return (red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount)


def _text(ax: Axes, x: float, y: float, text: str, **kwargs: Any) -> Text:
    return ax.text(x, y, text, parse_math=False, fontfamily=FONT, **kwargs)


def _lanes(items: list[_Item], placer: _Placer, marker_points: float) -> dict[int, int]:
    """Give every item on the axis a lane so that no two marks overlap; returns id → lane."""
    min_width = (marker_points + 2) * placer.points
    transform = placer.ax.transData
    lane_ends: list[float] = []
    lanes: dict[int, int] = {}
    for item in sorted(items, key=lambda i: (i.x0, i.x1, i.event.id)):
        left = transform.transform((item.x0, 0))[0]
        right = transform.transform((item.x1, 0))[0]
        if right - left < min_width:
            middle = (left + right) / 2
            left, right = middle - min_width / 2, middle + min_width / 2
        for lane, end in enumerate(lane_ends):
            if left > end + 1:
                lane_ends[lane] = right
                lanes[id(item)] = lane
                break
        else:
            lane_ends.append(right)
            lanes[id(item)] = len(lane_ends) - 1
    return lanes


def _lane_offset(lane: int) -> float:
    # Lanes alternate around the axis: 0, above, below, further above, ...
    step = (lane + 1) // 2
    return LANE * step * (1 if lane % 2 else -1)


@dataclass
class _Styles:
    colours: dict[str, str]
    markers: dict[str, str]


def _marker(
    ax: Axes,
    xs: list[float],
    marker: str,
    size: float,
    colour: str,
    transform: Transform,
    *,
    zorder: float,
    edge: float = 0.0,
) -> None:
    """Markers at ``xs`` on the lane of ``transform``: one Line2D, straight into the axes."""
    from matplotlib.lines import Line2D

    line = Line2D(
        xs,
        [0.5] * len(xs),
        marker=marker,
        markersize=size,
        color=colour,
        markeredgecolor="white" if edge else colour,
        markeredgewidth=edge or 1.0,
        linestyle="none",
        transform=transform,
        zorder=zorder,
        gid="kz-marker",
    )
    ax.add_line(line)


def _draw_marks(
    ax: Axes, placer: _Placer, items: list[_Item], styles: _Styles, *, detail: bool
) -> float:
    """Draw markers, bars, bands and ticks; block them for labels; return the lanes' reach.

    The space a mark takes is computed from its data and size, not asked of the renderer,
    which keeps tens of thousands of marks cheap.
    """
    from matplotlib.patches import Rectangle

    marker_points = 7.0 if detail else 6.0
    lanes = _lanes(items, placer, marker_points)
    reach = LANE
    points = placer.points
    pad = marker_points * 0.5 * points
    half_height = LANE * 0.55 / 2 * points
    for item in items:
        offset = _lane_offset(lanes[id(item)])
        reach = max(reach, abs(offset) + LANE)
        colour = styles.colours[item.kind]
        marker = styles.markers[item.kind]
        transform = placer.at(offset)
        x0, y = placer.base.transform((item.x0, 0.5))
        y += offset * points
        if item.style == "point":
            x = placer.base.transform((item.anchors[0], 0.5))[0]
            size = marker_points
            _marker(ax, [item.anchors[0]], marker, size, colour, transform, zorder=5, edge=0.6)
            radius = marker_points / 2 * points
            box = (x - radius, y - radius, x + radius, y + radius)
        else:
            height = half_height * 2 / placer.frame.height
            bar = item.style == "bar"
            ax.add_patch(
                Rectangle(
                    (item.x0, 0.5 - height / 2),
                    item.x1 - item.x0,
                    height,
                    transform=transform,
                    facecolor=colour if bar else _faded(colour),
                    hatch=None if bar else "////",
                    edgecolor=colour,
                    linewidth=0.6,
                    zorder=4 if bar else 3,
                    gid="kz-bar" if bar else "kz-band",
                )
            )
            x1 = placer.base.transform((item.x1, 0.5))[0]
            box = (x0, y - half_height, x1, y + half_height)
            # The marker of the kind at a bar's start keeps it readable in grey; a band gets
            # none, since a marker would claim an exact day the sources do not give.
            if bar:
                size = marker_points * 0.8
                _marker(ax, [item.x0], marker, size, colour, transform, zorder=6, edge=0.5)
            for is_open, x, arrow in (
                (item.open_start, item.x0, "<"),
                (item.open_end, item.x1, ">"),
            ):
                if is_open:
                    _marker(ax, [x], arrow, marker_points, colour, transform, zorder=6)
        placer.block((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad))
        if item.occurrences:
            size = marker_points * 1.4
            _marker(ax, item.occurrences, "|", size, colour, transform, zorder=4, edge=0.0)
    # The axis line itself.
    ax.axhline(0.5, color="#555555", linewidth=0.8, zorder=2)
    return reach


@dataclass(frozen=True)
class _Label:
    anchors: tuple[float, ...]  # where its stem may leave the item, most preferred first
    text: str
    colour: str
    first: bool = False  # placed before the others (a cluster's summary)


# A label starts at its stem and runs right (its left edge 3 points off the stem), or ends
# at it and runs left.
_SIDES: tuple[tuple[Literal["left", "right"], float], ...] = (("left", 3.0), ("right", -3.0))


@dataclass(frozen=True)
class _Slot:
    """A place a label may take: its stem at ``x``, on one level, on one side of the stem."""

    x: float
    sign: int  # 1 above the axis, -1 below
    distance: float  # from the axis to the label's near edge, in points
    align: Literal["left", "right"]
    dx: float  # the gap from the stem to the label, in points
    start: float  # where the label's aligned edge is, in display pixels as the rest
    near: float  # where its edge nearest to the axis is
    stem: _Box

    def box(self, width: float, height: float) -> _Box:
        x0 = self.start - (width if self.align == "right" else 0.0)
        y0 = self.near if self.sign > 0 else self.near - height
        return (x0, y0, x0 + width, y0 + height)


class _Measure:
    """Text sizes in pixels: exact from the renderer, and a cheap lower bound from a table
    of character widths, which rules a label out before it is measured exactly."""

    def __init__(self, placer: _Placer) -> None:
        from matplotlib.font_manager import FontProperties

        self.renderer = placer.renderer
        self.font = FontProperties(family=FONT, size=LABEL_SIZE)
        self.widths: dict[str, float] = {}
        _, self.line, _ = self.renderer.get_text_width_height_descent("Ag", self.font, False)

    def lower_bound(self, text: str) -> tuple[float, float]:
        lines = text.split("\n")
        widths = self.widths
        for char in set(text) - widths.keys() - {"\n"}:
            widths[char] = self.renderer.get_text_width_height_descent(char, self.font, False)[0]
        # Kerning can only take a little off; line spacing only adds.
        widest = max(sum(widths[char] for char in line) for line in lines)
        return widest * 0.85, self.line * len(lines) * 0.9


def _place_labels(ax: Axes, placer: _Placer, labels: list[_Label], reach: float) -> list[_Label]:
    """Place labels greedily by time, nearest level first; return the ones that did not fit.

    A label is first tried at a lower bound of its size: if even that fits nowhere, it is left
    out unmeasured. Otherwise it is measured once and the search goes on from the first slot
    that the bound allowed; only the chosen slot is given to the text, which joins the axes
    only then. So a crowded panel costs about as much as a sparse one.
    """
    from matplotlib.text import Text

    half = placer.frame.height / placer.points / 2
    first = reach + LEVEL_GAP
    levels = max(int((half - first - 4) // LEVEL_STEP) + 1, 1)
    order = [(first + k * LEVEL_STEP, sign) for k in range(levels) for sign in (1, -1)]
    points = placer.points
    measure = _Measure(placer)
    left_out = []
    for label in sorted(labels, key=lambda label: (not label.first, label.anchors[0], label.text)):
        bases = [placer.base.transform((x, 0.5)) for x in label.anchors]
        slots = [
            _Slot(x, sign, distance, align, dx, stem_x + dx * points, near, stem)
            for distance, sign in order
            for x, (stem_x, base_y) in zip(label.anchors, bases, strict=True)
            for near, edge in [(base_y + sign * distance * points, base_y + sign * reach * points)]
            for stem in [(stem_x - 1, min(edge, near), stem_x + 1, max(edge, near))]
            for align, dx in _SIDES
        ]
        width, height = measure.lower_bound(label.text)
        start = _first_free(placer, slots, width, height)
        text = None
        if start is not None:
            text = Text(
                label.anchors[0],
                0.5,
                label.text,
                parse_math=False,
                fontfamily=FONT,
                fontsize=LABEL_SIZE,
                color="#1a1a1a",
                linespacing=1.15,
                transform=placer.base,
                ha="left",
                va="bottom",
                zorder=7,
                clip_on=False,
            )
            text.set_figure(placer.figure)
            measured = text.get_window_extent(placer.renderer)
            width, height = measured.width, measured.height
            start = _first_free(placer, slots, width, height, start)
        if text is None or start is None:
            left_out.append(label)
            continue
        slot = slots[start]
        text.set_x(slot.x)
        text.set_horizontalalignment(slot.align)
        text.set_verticalalignment("bottom" if slot.sign > 0 else "top")
        text.set_transform(placer.at(slot.sign * slot.distance, slot.dx))
        ax.add_artist(text)
        placer.block(slot.box(width, height))
        placer.block(slot.stem)
        _stem(ax, placer, slot.x, slot.sign * reach, slot.sign * slot.distance, label.colour)
    return left_out


def _first_free(
    placer: _Placer, slots: list[_Slot], width: float, height: float, start: int = 0
) -> int | None:
    for index in range(start, len(slots)):
        slot = slots[index]
        if placer.free(slot.box(width, height)) and placer.free_stem(slot.stem):
            return index
    return None


def _stem(ax: Axes, placer: _Placer, x: float, start: float, end: float, colour: str) -> None:
    from matplotlib.lines import Line2D

    height = placer.frame.height / placer.points  # the axes height in points
    line = Line2D(
        [x, x],
        [0.5 + start / height, 0.5 + end / height],
        color=colour,
        linewidth=0.7,
        alpha=0.9,
        zorder=1,
        transform=placer.base,
    )
    ax.add_line(line)


def _more_note(ax: Axes, placer: _Placer, most: int) -> Text:
    """Reserve the top right corner of a panel for "+N more", N at most ``most``."""
    note = _text(
        ax,
        0.995,
        0.985,
        f"+{most} more",
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=LABEL_SIZE + 0.5,
        style="italic",
        color="#333333",
        gid="kz-more",
        zorder=8,
    )
    placer.block(note.get_window_extent(placer.renderer))
    return note


def _kind_styles(items: list[_Item]) -> _Styles:
    kinds = sorted({item.kind for item in items} - {OTHER_KIND})
    if any(item.kind == OTHER_KIND for item in items):
        kinds.append(OTHER_KIND)
    colours = {kind: PALETTE[i % len(PALETTE)] for i, kind in enumerate(kinds)}
    markers = {kind: MARKERS[i % len(MARKERS)] for i, kind in enumerate(kinds)}
    if OTHER_KIND in colours:
        colours[OTHER_KIND] = "#777777"
    return _Styles(colours, markers)


def _style_axis(ax: Axes, lo: float, hi: float) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    ax.set_xlim(lo, hi)
    ax.set_ylim(0, 1)
    locator = AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color("#999999")
    ax.tick_params(axis="x", labelsize=8, labelfontfamily=FONT, color="#999999")
    ax.xaxis.get_offset_text().set_fontfamily(FONT)
    ax.xaxis.get_offset_text().set_fontsize(8)
    ax.set_facecolor("white")


def _draw_panel(
    ax: Axes,
    placer: _Placer,
    items: list[_Item],
    styles: _Styles,
    *,
    detail: bool,
    terms: tuple[_Item, ...] = (),
    unlabelled: frozenset[int] = frozenset(),
    extra_labels: tuple[_Label, ...] = (),
) -> None:
    """Marks first, then labels around them: the long terms' inside, then the others."""
    reach = _draw_marks(ax, placer, items, styles, detail=detail)
    labels = [
        _Label(item.anchors, item.label, styles.colours[item.kind])
        for item in items
        if id(item) not in unlabelled
    ]
    labels.extend(extra_labels)
    # The note's corner is kept free before any label is placed; the count can only shrink,
    # and the note is right-aligned, so the final text fits in what was kept.
    note = _more_note(ax, placer, len(labels) + len(terms))
    left_out = _term_labels(ax, placer, terms, styles)
    left_out += len(_place_labels(ax, placer, labels, reach))
    if left_out:
        note.set_text(f"+{left_out} more")
    else:
        note.remove()


def _backgrounds(ax: Axes, placer: _Placer, items: list[_Item], styles: _Styles) -> None:
    """Long terms: bands behind everything else."""
    from matplotlib.patches import Rectangle

    for item in items:
        colour = styles.colours[item.kind]
        for fill in (True, False):
            ax.add_patch(
                Rectangle(
                    (item.x0, 0.0),
                    item.x1 - item.x0,
                    1.0,
                    transform=placer.base,
                    facecolor=colour if fill else "none",
                    alpha=0.10 if fill else 0.5,
                    edgecolor="none" if fill else colour,
                    linewidth=0.6,
                    linestyle=(0, (2, 2)),
                    zorder=0,
                    gid="kz-term" if fill else None,
                )
            )


def _term_labels(ax: Axes, placer: _Placer, items: tuple[_Item, ...], styles: _Styles) -> int:
    """Label each long term inside its band, near the top or the bottom edge, where free;
    returns how many found no place."""
    left_out = 0
    for item in items:
        text = item.label.replace("\n", " ", 1)
        text = "\n".join(textwrap.wrap(text, TITLE_WRAP + 12))
        for y in (0.985, 0.015, 0.88, 0.12, 0.78, 0.22):
            label = _text(
                ax,
                item.x0,
                y,
                text,
                transform=placer.at(0, 3.0),
                ha="left",
                va="top" if y > 0.5 else "bottom",
                fontsize=LABEL_SIZE,
                color=styles.colours[item.kind],
                style="italic",
                linespacing=1.1,
            )
            box = label.get_window_extent(placer.renderer)
            if placer.free(box):
                placer.block(box)
                break
            label.remove()
        else:
            left_out += 1
    return left_out


def _cluster_label(cluster: _Cluster) -> str:
    first = _from_days(cluster.x0)
    last = _from_days(cluster.x1 - 1)
    return f"{_span_text(first, last)}\n{len(cluster.items)} events, see the detail below"


def _span_text(first: date, last: date) -> str:
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b}–{last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y}–{last.day} {last:%b %Y}"


def _footnote(timeline: Timeline) -> str:
    cited = timeline.source_ids()
    names = [timeline.sources[s].citation() for s in cited if s in timeline.sources]
    if not names:
        return ""
    return "Sources: " + "; ".join(names) + "."


def render(
    timeline: Timeline,
    *,
    title: str | None = None,
    width_in: float | None = None,
    dpi: float = 200,
    detail: bool = True,
) -> Figure:
    """Draw ``timeline`` as a report-grade picture and return the matplotlib ``Figure``.

    ``title`` replaces the timeline's own title; ``width_in`` is the width in inches (default
    12, at least 6); ``dpi`` sets the resolution of raster output; ``detail=False`` switches
    off the zoomed cluster panels (the rule is in the module docstring). The figure has an Agg
    canvas and is not registered with pyplot, so nothing is shown and no global state changes.
    Its size stays bounded whatever the dates (years 1–9999, open ends). An empty timeline
    gives a picture that says "No events in this range".
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width = max(float(width_in or DEFAULT_WIDTH_IN), 6.0)
    charmap = _charmap()
    heading = _safe_text(title if title is not None else timeline.title, charmap)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        with matplotlib.rc_context(_RC):  # type: ignore[arg-type]
            if not len(timeline):
                figure = Figure(figsize=(width, 2.4), dpi=dpi, facecolor="white")
                FigureCanvasAgg(figure)
                _heading(figure, heading, width, 2.4)
                figure.text(
                    0.5,
                    0.42,
                    EMPTY_MESSAGE,
                    ha="center",
                    va="center",
                    fontsize=13,
                    color="#444444",
                    parse_math=False,
                    fontfamily=FONT,
                )
                return figure
            return _render(timeline, heading, width, dpi, detail, charmap, Figure, FigureCanvasAgg)


_RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "text.parse_math": False,
    "svg.hashsalt": SVG_HASH_SALT,
    "axes.unicode_minus": False,
    "hatch.linewidth": 0.5,
}


def _heading(figure: Figure, heading: str, width: float, height: float) -> float:
    """Write the title at the top; return its height in inches."""
    wrapped = "\n".join(textwrap.wrap(heading, int(width * 72 / (14 * 0.6)))) or " "
    lines = wrapped.count("\n") + 1
    figure.text(
        0.5 / width,
        1 - 0.18 / height,
        wrapped,
        ha="left",
        va="top",
        fontsize=14,
        fontweight="bold",
        color="#111111",
        parse_math=False,
        fontfamily=FONT,
        linespacing=1.15,
    )
    return 0.18 + lines * 0.27


def _render(
    timeline: Timeline,
    heading: str,
    width: float,
    dpi: float,
    detail: bool,
    charmap: set[int],
    figure_class: Any,
    canvas_class: Any,
) -> Figure:
    from matplotlib.lines import Line2D
    from matplotlib.patches import ConnectionPatch, Patch, Rectangle

    items, lo, hi = _items(timeline, charmap)
    styles = _kind_styles(items)
    clusters = _clusters(items, lo, hi) if detail else []
    footnote = _footnote(timeline)
    note_wrap = max(int(width * 72 / (7 * 0.55)) - 10, 40)
    footnote = "\n".join(textwrap.wrap(_safe_text(footnote, charmap), note_wrap))
    note_lines = footnote.count("\n") + 1 if footnote else 0

    kinds = list(styles.colours)
    legend_entries = len(kinds) + 3
    columns = max(min(legend_entries, int(width // 1.9)), 1)
    legend_rows = math.ceil(legend_entries / columns)

    heading_lines = len(textwrap.wrap(heading, int(width * 72 / (14 * 0.6)))) or 1
    top = 0.18 + heading_lines * 0.27 + 0.1 + legend_rows * 0.24 + 0.15
    gap = 0.75  # between panels: tick labels and connectors
    bottom = 0.35 + note_lines * 0.14 + 0.15
    height = top + MAIN_HEIGHT_IN + len(clusters) * (gap + DETAIL_HEIGHT_IN) + 0.45 + bottom
    figure: Figure = figure_class(figsize=(width, height), dpi=dpi, facecolor="white")
    renderer = canvas_class(figure).get_renderer()
    _heading(figure, heading, width, height)

    left, right = 0.5 / width, 1 - 0.4 / width
    y = height - top - MAIN_HEIGHT_IN
    main = figure.add_axes((left, y / height, right - left, MAIN_HEIGHT_IN / height))
    _style_axis(main, lo, hi)
    main_placer = _Placer(figure, main, renderer)

    clustered = {id(item) for cluster in clusters for item in cluster.items}
    background = [item for item in items if item.style == "background"]
    foreground = [item for item in items if item.style != "background"]
    background.sort(key=lambda item: (item.x0, item.event.id))
    _backgrounds(main, main_placer, background, styles)
    summaries = []
    cluster_ends: dict[int, float] = {}
    for cluster in clusters:
        # At least a few points wide, so that a cluster of one week stays visible.
        lo_px = main_placer.base.transform((cluster.x0, 0))[0]
        hi_px = max(main_placer.base.transform((cluster.x1, 0))[0], lo_px + 5 * main_placer.points)
        cluster_end = main_placer.base.inverted().transform((hi_px, 0))[0]
        main.add_patch(
            Rectangle(
                (cluster.x0, 0.0),
                cluster_end - cluster.x0,
                1.0,
                transform=main_placer.base,
                facecolor="#9a9a9a",
                edgecolor="none",
                alpha=0.35,
                zorder=0.5,
                gid="kz-cluster",
            )
        )
        cluster_ends[id(cluster)] = cluster_end
        middle = (cluster.x0 + cluster.x1) / 2
        summaries.append(_Label((middle,), _cluster_label(cluster), "#444444", first=True))
    _draw_panel(
        main,
        main_placer,
        [item for item in foreground if id(item) not in clustered],
        styles,
        detail=False,
        terms=tuple(background),
        # Labels of clustered items are only in their detail panel.
        unlabelled=frozenset(clustered),
        extra_labels=tuple(summaries),
    )

    for cluster in clusters:
        y -= gap + DETAIL_HEIGHT_IN
        panel = figure.add_axes((left, y / height, right - left, DETAIL_HEIGHT_IN / height))
        span = cluster.x1 - cluster.x0
        margin = max(span * 0.06, 0.5)
        _style_axis(panel, cluster.x0 - margin, cluster.x1 + margin)
        for spine in panel.spines.values():
            spine.set_visible(True)
            spine.set_color("#888888")
            spine.set_linewidth(0.6)
        panel.set_facecolor("#fbfbfb")
        placer = _Placer(figure, panel, renderer)
        caption = _text(
            panel,
            0.005,
            0.985,
            f"Detail: {_cluster_label(cluster).splitlines()[0]}",
            transform=panel.transAxes,
            ha="left",
            va="top",
            fontsize=8.5,
            fontweight="bold",
            color="#333333",
        )
        placer.block(caption.get_window_extent(renderer))
        _draw_panel(panel, placer, list(cluster.items), styles, detail=True)
        for x_main, x_panel in ((cluster.x0, 0.0), (cluster_ends[id(cluster)], 1.0)):
            connector = ConnectionPatch(
                xyA=(x_main, 0.0),
                coordsA=main_placer.base,
                xyB=(x_panel, 1.0),
                coordsB=panel.transAxes,
                color="#888888",
                linewidth=0.6,
                linestyle=(0, (3, 2)),
                zorder=0,
            )
            figure.add_artist(connector)

    handles: list[Any] = [
        Line2D(
            [],
            [],
            marker=styles.markers[kind],
            color=styles.colours[kind],
            markeredgecolor="white",
            linestyle="none",
            markersize=7,
            label=kind,
        )
        for kind in kinds
    ]
    handles.append(Line2D([], [], color="#555555", linewidth=3.5, label="range of days"))
    handles.append(
        Patch(
            facecolor="#bbbbbb",
            edgecolor="#555555",
            hatch="////",
            linewidth=0.6,
            label="month or year only",
        )
    )
    handles.append(Patch(facecolor="#dddddd", edgecolor="none", label="long period"))
    legend_top = 1 - (0.18 + heading_lines * 0.27 + 0.1) / height
    legend = figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(left - 0.01, legend_top),
        ncol=columns,
        frameon=False,
        fontsize=8,
        handlelength=1.6,
        columnspacing=1.4,
        borderaxespad=0,
        borderpad=0,
        prop={"family": FONT, "size": 8},
    )
    for text in legend.get_texts():
        text.set_parse_math(False)
    if footnote:
        figure.text(
            left,
            0.18 / height,
            footnote,
            ha="left",
            va="bottom",
            fontsize=7,
            color="#444444",
            parse_math=False,
            fontfamily=FONT,
            linespacing=1.3,
        )
    return figure


def _creation_date(timeline: Timeline) -> datetime | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            pass
    if timeline.revised is not None:
        revised = timeline.revised
        return datetime(revised.year, revised.month, revised.day, tzinfo=UTC)
    return None


def plot_bytes(timeline: Timeline, format_name: str, **options: Any) -> bytes:
    """The picture of ``timeline`` as PNG, SVG or PDF bytes, identical for identical input.

    ``options`` go to :func:`render`. The metadata that would change from run to run is fixed:
    no software version in PNG, a fixed hash salt and no date in SVG, and a PDF creation date
    from ``SOURCE_DATE_EPOCH`` or else the timeline's ``revised`` date (never the clock).
    """
    import io

    import matplotlib

    if format_name not in SUFFIXES.values():
        raise KztimelineError(f"cannot draw a timeline as {format_name!r}; use png, svg or pdf")
    figure = render(timeline, **options)
    metadata: dict[str, Any]
    # No software versions either: the bytes depend on the timeline and the fonts only.
    if format_name == "png":
        metadata = {"Software": None}
    elif format_name == "svg":
        metadata = {"Date": None, "Creator": None}
    else:
        metadata = {
            "CreationDate": _creation_date(timeline),
            "ModDate": None,
            "Creator": None,
            "Producer": None,
        }
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        with matplotlib.rc_context(_RC):  # type: ignore[arg-type]
            figure.savefig(
                buffer, format=format_name, dpi=figure.dpi, metadata=metadata, facecolor="white"
            )
    return buffer.getvalue()


def save_plot(timeline: Timeline, path: Path | str, **options: Any) -> Path:
    """Draw ``timeline`` and write it to ``path`` atomically; return the path.

    The format comes from the suffix: ``.png``, ``.svg`` or ``.pdf``; any other suffix raises
    :class:`~kztimeline.errors.OutputError` before anything is drawn. ``options`` go to
    :func:`render`. A missing folder or a failed write raises ``OutputError`` and leaves any
    earlier file at ``path`` as it was.
    """
    from kztimeline._files import write_atomically

    target = Path(path)
    format_name = SUFFIXES.get(target.suffix.lower())
    if format_name is None:
        raise OutputError(
            target, "cannot tell the picture format; end the name with .png, .svg or .pdf"
        )
    return write_atomically(target, plot_bytes(timeline, format_name, **options))
