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
from kztimeline.plot.axis import MARK_SIZE, AxisMarks, time_axis
from kztimeline.plot.brackets import KEY_ROOM, draw_key, shares_day
from kztimeline.plot.crossings import stem_crossings
from kztimeline.plot.drawing import TEXT_COLOUR
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
from kztimeline.plot.marks import Gids, Scene
from kztimeline.plot.styles import KindStyle

__all__ = ("Horizontal", "Numbered", "Scope", "add_text", "label_text")


def label_text(measure: Measure, item: Item, content: str, size: float) -> Text:
    """The text of a label, bold for a highlighted event."""
    return measure.text(content, size, fontweight="bold" if item.highlight else "normal")


@dataclass(frozen=True)
class Scope:
    """What every layout is given: the items in time order, each kind's style, the window,
    the measure of text, the width for the timeline and the tallest it may be (points), the
    names given out to artists, and whether marks are gathered (past 500 events in view)."""

    items: list[Item]
    styles: dict[str, KindStyle]
    window: Window
    measure: Measure
    room: float
    tallest: float
    gids: Gids
    grouped: bool = False
    by_kind: bool = False  # each kind its own lanes, named left of the axis

    def scene(self) -> Scene:
        return Scene(self.gids, self.grouped)


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
    va: Literal["top", "bottom", "center"],
    gid: str | None,
) -> None:
    """Put a measured ``text`` into ``ax`` at ``(x, y)`` in data coordinates, named ``gid``."""
    text.set_position((x, y))
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
    text.set_transform(ax.transData)
    text.set_clip_on(False)
    text.set_zorder(7)
    text.set_gid(gid)
    ax.add_artist(text)


STEM_SPACING = 2.5
"""Two stems on one side of the axis run at least this far apart (points)."""
STEM_BEND = 12.0
"""The longest run of a stem before it is that far from the next (points)."""


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
        self.scope = scope
        self.labels = [
            _Placed(item, text, *measure.size(text))
            for item in items
            for text in [label_text(measure, item, item.label(), LABEL_SIZE)]
        ]
        # A label of a day with several events begins with its kind's marker: the key.
        self.keyed = shares_day(items)
        for label, keyed in zip(self.labels, self.keyed, strict=True):
            label.width += KEY_ROOM if keyed else 0.0
        # With a lane per kind, the kinds' names stand left of the axis.
        self.names = [
            (kind, measure.text(scope.styles[kind].label, LIST_SIZE, color="#333333"))
            for kind in sorted({item.kind for item in items})
            if scope.by_kind
        ]
        self.name_width = max((measure.size(text)[0] for _, text in self.names), default=-6)
        self.name_width += 6
        room -= self.name_width
        # The axis is shortened until every label fits right of its stem within ``room``.
        width = room
        for label in self.labels:
            fraction = (label.item.anchor - window.lo) / window.span
            need = STEM_GAP + label.width
            if fraction > 0 and fraction * width + need > room:
                width = (room - need) / fraction
        for _ in range(3):
            self.width = width
            self.axis = AxisMarks(items, window, width, scope.by_kind)
            self.sides = self._sides()
            self.stems = [self.axis.stem_x(index, side) for index, side in enumerate(self.sides)]
            self.tops = self._spread()
            # A stem moved right of stacked marks takes its label with it: keep it inside.
            over = max(
                (
                    top + STEM_GAP + label.width - room
                    for top, label in zip(self.tops, self.labels, strict=True)
                ),
                default=0.0,
            )
            if over <= 0:
                break
            width -= over + 1
        self.feasible = self.width >= room * 0.5
        self.crossings: list[tuple[str, str]] = []
        """Stem segments through another event's mark or bar, found when drawn: ``(id of
        the stem's event, id of the other)`` each."""
        self.level = [0] * len(self.labels)
        self.pitch: dict[int, float] = {}
        self.extent: dict[int, float] = {}
        for side in (1, -1):
            chosen = [index for index, s in enumerate(self.sides) if s == side]
            anchors = [self.tops[index] for index in chosen]
            widths = [STEM_GAP + self.labels[index].width + LABEL_GAP for index in chosen]
            found = placement.levels(anchors, widths)
            for index, level in zip(chosen, found, strict=True):
                self.level[index] = level
            self.pitch[side] = max((self.labels[i].height for i in chosen), default=0) + LABEL_GAP
            reach = self.axis.above if side > 0 else self.axis.below
            self.extent[side] = reach + LEVEL_GAP + (max(found, default=-1) + 1) * self.pitch[side]
        self.height = self.extent[1] + self.extent[-1] + 2 * LABEL_GAP

    def _spread(self) -> list[float]:
        """Where each stem runs up to its label, in points: at its own place, unless that is
        within :data:`STEM_SPACING` of the stem before it on its side; then that far right
        of it, so that no two stems run closer than 2 pt for more than the short bend from
        the mark (:data:`STEM_BEND`). A sweep over the stems in order, O(n log n)."""
        tops = list(self.stems)
        for side in (1, -1):
            chosen = sorted(
                (stem, index) for index, stem in enumerate(self.stems) if self.sides[index] == side
            )
            previous = float("-inf")
            for stem, index in chosen:
                tops[index] = max(stem, previous + STEM_SPACING)
                previous = tops[index]
        return tops

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
            if blocked[0] == blocked[1]:
                # Blocked both ways: at least keep clear of another event's occurrences.
                blocked = [
                    self.axis.crosses(len(sides), side, occurrences_only=True) for side in (1, -1)
                ]
            if blocked[0] != blocked[1]:
                # The stem would cross another event's mark or bar on one side only.
                sides.append(-1 if blocked[0] else 1)
                continue
            sides.append(1 if turn % 2 == 0 else -1)
            turn += 1
        return sides

    def draw(self, figure: Figure, left: float, bottom: float) -> list[Axes]:
        """Draw into a new axes whose bottom left is at ``(left, bottom)`` inches."""
        width_in, height_in = figure.get_size_inches()
        left += self.name_width / 72
        ax = figure.add_axes(
            (
                left / width_in,
                bottom / height_in,
                self.width / 72 / width_in,
                self.height / 72 / height_in,
            )
        )
        axis_y = self.extent[-1] + LABEL_GAP
        time_axis(ax, self.window, axis_y, self.height)
        scene = self.scope.scene()
        self.axis.draw(scene, self.items, self.styles, axis_y)
        to_days = self.window.span / self.width
        for kind, text in self.names:
            lane_y = axis_y + self.axis.kind_row(kind)
            add_text(ax, text, self.window.lo - 10 * to_days, lane_y, "right", "center", None)
        for index, label in enumerate(self.labels):
            side, level = self.sides[index], self.level[index]
            reach = self.axis.above if side > 0 else self.axis.below
            near = axis_y + side * (reach + LEVEL_GAP + level * self.pitch[side])
            x = self.window.lo + self.stems[index] * to_days
            top = self.window.lo + self.tops[index] * to_days
            lane_y = axis_y + self.axis.offset(self.axis.lane[index])
            foot = lane_y + side * LANE * 0.4
            points = [(x, foot)]
            mark_x = label.item.anchor
            if x > mark_x + 1e-9:
                # Moved right of marks stacked at its place: along its own lane first.
                points = [(mark_x + MARK_SIZE / 2 * to_days, lane_y), (x, lane_y)]
            if top > x + 1e-9:
                # Spread from the stem before it: a short bend, then up beside it.
                bend = foot + side * min(STEM_BEND, abs(near - foot))
                points.append((top, bend))
            points.append((top, near))
            x = top
            scene.line(label.item, "stem", points, self.styles[label.item.kind].colour)
            start = x + STEM_GAP * to_days
            if self.keyed[index]:
                # Centred on the first line, which is the label's top line either side.
                line = LABEL_SIZE * 1.2 / 2
                key_y = near + label.height - line if side > 0 else near - line
                style = self.styles[label.item.kind]
                draw_key(ax, label.item, style, start + KEY_ROOM / 2 * to_days, key_y, scene.gids)
                start += KEY_ROOM * to_days
            add_text(
                ax,
                label.text,
                start,
                near,
                "left",
                "bottom" if side > 0 else "top",
                self.scope.gids.take(label.item.label_gid),
            )
        self.crossings = stem_crossings(scene, ax.transData, figure.dpi)
        scene.draw(ax)
        return [ax]


class Numbered:
    """Time across the page with numbered marks, and the numbered events listed below."""

    name = "numbered"

    def __init__(self, scope: Scope) -> None:
        items, window, measure, room = scope.items, scope.window, scope.measure, scope.room
        self.items, self.styles, self.window = items, scope.styles, window
        self.scope = scope
        tallest = scope.tallest
        self.width = room
        self.axis = AxisMarks(items, window, room)
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
        self.entries: list[list[tuple[Text, float, str]]] = [[] for _ in range(self.list_columns)]
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
            self.entries[column].append((text, used, scope.gids.take(item.label_gid)))
            used += height + 1.0
            self.listed = number
        self.list_height = max(
            (top + measure.size(t)[1] for c in self.entries for t, top, _ in c[-1:]), default=0
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
        time_axis(ax, self.window, axis_y, self.band)
        scene = self.scope.scene()
        self.axis.draw(scene, self.items, self.styles, axis_y)
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
                gid=self.scope.gids.take(f"{self.items[first].id}/label"),
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
            for entry, top, gid in entries:
                add_text(listing, entry, column * self.list_width, top, "left", "top", gid)
        return [ax, listing]
