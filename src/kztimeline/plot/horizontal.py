"""The layouts with time across the page; each measures its labels, says how tall it must
be, then draws itself. (Time down the page is :mod:`kztimeline.plot.chronology`.)

* :class:`Horizontal`: labels on levels above and below the axis, joined to their marks by
  stems (levels by :func:`~kztimeline.plot.placement.levels`).
* :class:`Numbered`: each mark numbered, and a list of the numbered events below the axis,
  for more events than labels can name in the 40 in bound.

Inside an axes, y is in points, so sizes measured once stay true.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

import kztimeline.plot.placement as placement
from kztimeline.plot.drawing import AXIS_COLOUR, TEXT_COLOUR, Scene, date_ticks, style_frame
from kztimeline.plot.geometry import (
    LABEL_GAP,
    LABEL_SIZE,
    LANE,
    LEVEL_GAP,
    LIST_SIZE,
    STEM_GAP,
    TICKS_IN,
    Measure,
    wrap,
)
from kztimeline.plot.items import Item, Window
from kztimeline.plot.styles import KindStyle

__all__ = ("MARK_SIZE", "MAX_LANES", "Horizontal", "Numbered", "Scope", "add_text", "label_text")

MARK_SIZE = 6.0
MAX_LANES = 7


def _lane_offset(lane: int) -> float:
    # Lanes alternate around the axis: on it, above, below, further above, ...
    step = (lane + 1) // 2
    return LANE * step * (1 if lane % 2 else -1)


def label_text(measure: Measure, item: Item, content: str, size: float) -> Text:
    """The text of a label, bold for a highlighted event."""
    return measure.text(content, size, fontweight="bold" if item.highlight else "normal")


@dataclass(frozen=True)
class Scope:
    """What every layout is given: the items in time order, each kind's style, the window,
    the measure of text, the width for the timeline and the tallest it may be (points)."""

    items: list[Item]
    styles: dict[str, KindStyle]
    window: Window
    measure: Measure
    room: float
    tallest: float


@dataclass
class _Placed:
    item: Item
    text: Text
    width: float
    height: float


def add_text(
    ax: Axes,
    text: Text,
    x: float,
    y: float,
    ha: Literal["left", "right"],
    va: Literal["top", "bottom"],
) -> None:
    """Put a measured ``text`` into ``ax`` at ``(x, y)`` in data coordinates."""
    text.set_position((x, y))
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
    text.set_transform(ax.transData)
    text.set_clip_on(False)
    text.set_zorder(7)
    text.set_gid("kz-label")
    ax.add_artist(text)


class _Axis:
    """Marks of items along a horizontal axis ``width`` points long, in lanes."""

    def __init__(self, items: list[Item], window: Window, width: float) -> None:
        self.window = window
        self.width = width
        extents = []
        for item in items:
            x0, x1 = self.points(item.x0), self.points(item.x1)
            if item.shape == "point" or x1 - x0 < MARK_SIZE + 1:
                middle = self.points(item.anchor) if item.shape == "point" else x0
                x0, x1 = middle - MARK_SIZE / 2, middle + MARK_SIZE / 2
            # A repeating event holds its lane up to its last occurrence, so that no other
            # event's mark sits on one of its occurrences.
            x1 = max([x1, *(self.points(x) + MARK_SIZE / 2 for x in item.occurrences)])
            extents.append((x0, x1))
        drawn = [index for index, item in enumerate(items) if item.shape != "background"]
        # Repeating events take the lanes nearest the axis; a label whose stem would cross
        # one of their occurrences stands on the other side (see Horizontal._sides).
        repeating = [len(items[index].occurrences) > 1 for index in drawn]
        lanes = placement.lanes_first(
            [extents[index] for index in drawn], repeating, 1.0, MAX_LANES
        )
        self.lane = dict.fromkeys(range(len(items)), 0)
        self.lane.update(zip(drawn, lanes, strict=True))
        self.anchors = [self.points(item.anchor) for item in items]
        self.occurring: dict[int, list[float]] = {}
        for index, item in enumerate(items):
            found = self.occurring.setdefault(self.lane[index], [])
            found.extend(self.points(x) for x in item.occurrences[1:])
        for found in self.occurring.values():
            found.sort()
        used = max(lanes, default=0)
        self.above = max((_lane_offset(lane) for lane in range(used + 1)), default=0) + LANE / 2
        self.below = -min((_lane_offset(lane) for lane in range(used + 1)), default=0) + LANE / 2

    def points(self, x: float) -> float:
        return (x - self.window.lo) / self.window.span * self.width

    def crosses(self, index: int, side: int) -> bool:
        """Whether the stem of item ``index``, rising (``side`` 1) or falling (-1) from its
        mark, would pass through an occurrence mark of a lane further out on that side."""
        x, own = self.anchors[index], _lane_offset(self.lane[index])
        reach = MARK_SIZE / 2 + 1
        for lane, found in self.occurring.items():
            if (_lane_offset(lane) - own) * side <= 0:
                continue
            near = bisect.bisect_left(found, x - reach)
            if near < len(found) and found[near] <= x + reach:
                return True
        return False

    def draw(
        self, scene: Scene, items: list[Item], styles: dict[str, KindStyle], y: float, top: float
    ) -> None:
        """Add every item's mark to ``scene``, the axis at height ``y``; bands reach ``top``."""
        to_days = self.window.span / self.width
        # Long terms that touch or overlap go in different rows, drawn in different shades.
        backgrounds = [index for index, item in enumerate(items) if item.shape == "background"]
        rows = placement.lanes(
            [(self.points(items[i].x0), self.points(items[i].x1)) for i in backgrounds],
            2.0,
            len(backgrounds),
        )
        row_of = dict(zip(backgrounds, rows, strict=True))
        for index, item in enumerate(items):
            style = styles[item.kind]
            lane_y = y + _lane_offset(self.lane[index])
            if item.shape == "background":
                scene.bar(item, style, (item.x0, 0.0, item.x1, top), row=row_of[index])
                continue
            if item.shape == "point":
                scene.mark(item, style, item.anchor, lane_y, MARK_SIZE)
            else:
                half = LANE * 0.3
                scene.bar(item, style, (item.x0, lane_y - half, item.x1, lane_y + half))
                if item.shape == "bar" and not item.open_start:
                    scene.mark(item, style, item.x0, lane_y, MARK_SIZE * 0.8)
            # Inside the edge it goes on past, so the window never cuts the arrow off.
            inset = MARK_SIZE * 0.6 * to_days
            if item.open_start:
                scene.arrow(style.colour, "left", item.x0 + inset, lane_y, MARK_SIZE)
            if item.open_end:
                scene.arrow(style.colour, "right", item.x1 - inset, lane_y, MARK_SIZE)
            scene.occurrences(item, style, MARK_SIZE * 0.8, [(x, lane_y) for x in item.occurrences])


def _time_axis(ax: Axes, window: Window, axis_y: float, height: float) -> None:
    ax.set_xlim(window.lo, window.hi)
    ax.set_ylim(0, height)
    style_frame(ax)
    ax.yaxis.set_visible(False)
    ax.spines["bottom"].set_visible(True)
    ax.spines["bottom"].set_color("#999999")
    length = ax.get_position().width * ax.get_figure(root=True).get_figwidth() * 72  # type: ignore[union-attr]
    locations, labels = date_ticks(window.lo, window.hi, length=length)
    ax.set_xticks(locations, labels)
    ax.axhline(axis_y, color=AXIS_COLOUR, linewidth=0.8, zorder=2)


class Horizontal:
    """Time across the page; labels on levels above and below the axis."""

    name = "horizontal"

    @staticmethod
    def may_fit(count: int, room: float, height: float) -> bool:
        """Whether ``count`` labels could fit on levels ``height`` points tall in all, along an
        axis ``room`` points long: a bound that spares measuring thousands of labels."""
        levels = height / 2 / (2 * LABEL_SIZE * 1.15 + LABEL_GAP)
        return count <= 2 * levels * room / 30

    def __init__(self, scope: Scope) -> None:
        items, window, measure, room = scope.items, scope.window, scope.measure, scope.room
        self.items, self.styles, self.window = items, scope.styles, window
        self.labels = [
            _Placed(item, text, *measure.size(text))
            for item in items
            for text in [label_text(measure, item, item.label(), LABEL_SIZE)]
        ]
        # The axis is shortened until every label fits right of its stem within ``room``.
        width = room
        for label in self.labels:
            fraction = (label.item.anchor - window.lo) / window.span
            need = STEM_GAP + label.width
            if fraction > 0 and fraction * width + need > room:
                width = (room - need) / fraction
        self.width = width
        self.feasible = width >= room * 0.5
        self.axis = _Axis(items, window, width)
        self.sides = self._sides()
        self.level = [0] * len(self.labels)
        self.pitch: dict[int, float] = {}
        self.extent: dict[int, float] = {}
        for side in (1, -1):
            chosen = [index for index, s in enumerate(self.sides) if s == side]
            anchors = [self.axis.points(self.labels[index].item.anchor) for index in chosen]
            widths = [STEM_GAP + self.labels[index].width + LABEL_GAP for index in chosen]
            found = placement.levels(anchors, widths)
            for index, level in zip(chosen, found, strict=True):
                self.level[index] = level
            self.pitch[side] = max((self.labels[i].height for i in chosen), default=0) + LABEL_GAP
            reach = self.axis.above if side > 0 else self.axis.below
            self.extent[side] = reach + LEVEL_GAP + (max(found, default=-1) + 1) * self.pitch[side]
        self.height = self.extent[1] + self.extent[-1] + 2 * LABEL_GAP

    def _sides(self) -> list[int]:
        """1 (above the axis) or -1 (below) for each label.

        Highlighted labels are placed first: above the axis, and a label that would stand in
        the way of one (its width overlapping) goes below, so a highlighted label keeps the
        levels nearest the axis. The others alternate, from above.
        """
        spans = sorted(
            (self.axis.points(label.item.anchor), label.width)
            for label in self.labels
            if label.item.highlight
        )
        starts = [start for start, _ in spans]
        sides = []
        turn = 0
        for label in self.labels:
            if label.item.highlight:
                sides.append(1)
                continue
            start = self.axis.points(label.item.anchor)
            end = start + STEM_GAP + label.width + LABEL_GAP
            # Highlighted spans that begin before this label ends; any still open overlaps.
            before = bisect.bisect_right(starts, end)
            if any(s + STEM_GAP + w + LABEL_GAP >= start for s, w in spans[:before]):
                sides.append(-1)
                continue
            blocked = [self.axis.crosses(len(sides), side) for side in (1, -1)]
            if blocked[0] != blocked[1]:
                # The stem would cross a repeating event's occurrence on one side only.
                sides.append(-1 if blocked[0] else 1)
                continue
            sides.append(1 if turn % 2 == 0 else -1)
            turn += 1
        return sides

    def draw(self, figure: Figure, left: float, bottom: float) -> list[Axes]:
        """Draw into a new axes whose bottom left is at ``(left, bottom)`` inches."""
        width_in, height_in = figure.get_size_inches()
        ax = figure.add_axes(
            (
                left / width_in,
                bottom / height_in,
                self.width / 72 / width_in,
                self.height / 72 / height_in,
            )
        )
        axis_y = self.extent[-1] + LABEL_GAP
        _time_axis(ax, self.window, axis_y, self.height)
        scene = Scene()
        self.axis.draw(scene, self.items, self.styles, axis_y, self.height)
        to_days = self.window.span / self.width
        for index, label in enumerate(self.labels):
            side, level = self.sides[index], self.level[index]
            reach = self.axis.above if side > 0 else self.axis.below
            near = axis_y + side * (reach + LEVEL_GAP + level * self.pitch[side])
            x = label.item.anchor
            lane_y = axis_y + _lane_offset(self.axis.lane[index])
            scene.line(
                [(x, lane_y + side * LANE * 0.4), (x, near)], self.styles[label.item.kind].colour
            )
            add_text(
                ax,
                label.text,
                x + STEM_GAP * to_days,
                near,
                "left",
                "bottom" if side > 0 else "top",
            )
        scene.draw(ax)
        return [ax]


class Numbered:
    """Time across the page with numbered marks, and the numbered events listed below."""

    name = "numbered"

    def __init__(self, scope: Scope) -> None:
        items, window, measure, room = scope.items, scope.window, scope.measure, scope.room
        self.items, self.styles, self.window = items, scope.styles, window
        tallest = scope.tallest
        self.width = room
        self.axis = _Axis(items, window, room)
        digit = measure.size(measure.text("0" * 10, LIST_SIZE))[0] / 10
        self.digit = digit

        def run_width(first: int, last: int) -> float:
            return digit * (len(str(first + 1)) + (len(str(last + 1)) + 1 if last > first else 0))

        anchors = [self.axis.points(item.anchor) for item in items]
        self.runs = placement.runs(anchors, run_width, LABEL_GAP)
        self.band = self.axis.above + self.axis.below + LEVEL_GAP + LIST_SIZE * 1.4 + 3 * LABEL_GAP
        self.list_columns = max(1, min(4, int(room / 72 // 3.2)))
        self.list_width = room / self.list_columns
        characters = int((self.list_width - 8) / (digit * 1.05))
        rows_room = tallest - self.band - TICKS_IN * 72
        self.entries: list[list[tuple[Text, float]]] = [[] for _ in range(self.list_columns)]
        column, used = 0, 0.0
        self.listed = 0
        for number, item in enumerate(items, start=1):
            text = label_text(
                measure, item, wrap(f"{number}  {item.line()}", characters), LIST_SIZE
            )
            height = measure.size(text)[1]
            if used + height > rows_room:
                column, used = column + 1, 0.0
                if column == self.list_columns:
                    break
            self.entries[column].append((text, used))
            used += height + 1.0
            self.listed = number
        self.list_height = max(
            (top + measure.size(t)[1] for c in self.entries for t, top in c[-1:]), default=0
        )
        self.height = self.band + TICKS_IN * 72 + self.list_height

    def draw(self, figure: Figure, left: float, bottom: float) -> list[Axes]:
        width_in, height_in = figure.get_size_inches()
        ax = figure.add_axes(
            (
                left / width_in,
                (bottom + (self.height - self.band) / 72) / height_in,
                self.width / 72 / width_in,
                self.band / 72 / height_in,
            )
        )
        axis_y = self.axis.below + LABEL_GAP
        _time_axis(ax, self.window, axis_y, self.band)
        scene = Scene()
        self.axis.draw(scene, self.items, self.styles, axis_y, self.band)
        scene.draw(ax)
        near = axis_y + self.axis.above + LEVEL_GAP
        for first, last in self.runs:
            text = f"{first + 1}" if first == last else f"{first + 1}–{last + 1}"
            ax.text(
                self.items[first].anchor,
                near,
                text,
                fontsize=LIST_SIZE,
                ha="left",
                va="bottom",
                color=TEXT_COLOUR,
                parse_math=False,
                gid="kz-number",
                clip_on=False,
            )
        listing = figure.add_axes(
            (
                left / width_in,
                bottom / height_in,
                self.width / 72 / width_in,
                max(self.list_height, 1) / 72 / height_in,
            )
        )
        listing.set_axis_off()
        listing.set_xlim(0, self.width)
        listing.set_ylim(max(self.list_height, 1), 0)
        for column, entries in enumerate(self.entries):
            for entry, top in entries:
                add_text(listing, entry, column * self.list_width, top, "left", "top")
        return [ax, listing]
