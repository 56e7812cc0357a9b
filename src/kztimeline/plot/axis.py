"""Marks along a horizontal time axis, in lanes: which lane each event's marks take, how far
from the axis line each lane lies, and the marks themselves; and the time axis itself.

Lanes alternate around the axis line (on it, above, below, further above...); marks that
would overlap go side by side (:func:`~kztimeline.plot.placement.lanes`), repeating events
nearest the line. With a lane per kind (``lanes="kind"``), each kind's rows stack up from
the line instead, in the order of the kinds, as a Gantt chart has them.
"""

from __future__ import annotations

import bisect

from matplotlib.axes import Axes

import kztimeline.plot.placement as placement
from kztimeline.plot.drawing import AXIS_COLOUR, style_frame
from kztimeline.plot.geometry import LANE
from kztimeline.plot.items import Item, Window
from kztimeline.plot.marks import Scene
from kztimeline.plot.styles import KindStyle
from kztimeline.plot.ticks import date_ticks

__all__ = ("KIND_ROW", "LONG_BAR", "MARK_SIZE", "MAX_LANES", "AxisMarks", "time_axis")

MARK_SIZE = 6.0
MAX_LANES = 7
LONG_BAR = 4 * MARK_SIZE
"""A bar longer than this (points) keeps to the lanes nearest the axis, as a repeat does."""
KIND_ROW = 9.0  # the pitch of the rows of a lane per kind: a kind's name is 7 pt


def _lane_offset(lane: int) -> float:
    # Lanes alternate around the axis: on it, above, below, further above, ...
    step = (lane + 1) // 2
    return LANE * step * (1 if lane % 2 else -1)


class AxisMarks:
    """Marks of items along a horizontal axis ``width`` points long, in lanes."""

    def __init__(
        self, items: list[Item], window: Window, width: float, by_kind: bool = False
    ) -> None:
        self.window = window
        self.width = width
        self.by_kind = by_kind
        extents = []
        for item in items:
            x0, x1 = self.points(item.x0), self.points(item.x1)
            if item.shape == "point" or x1 - x0 < MARK_SIZE + 1:
                middle = self.points(item.anchor) if item.shape == "point" else x0
                # Whiskers (approximate) and a ring (uncertain) make a mark wider.
                qualifier = item.qualifier
                half = (
                    MARK_SIZE
                    / 2
                    * (2.4 if qualifier.approximate else 1.6 if qualifier.uncertain else 1)
                )
                x0, x1 = middle - half, middle + half
            # A repeating event holds its lane up to its last occurrence, so that no other
            # event's mark sits on one of its occurrences.
            x1 = max([x1, *(self.points(x) + MARK_SIZE / 2 for x in item.occurrences)])
            extents.append((x0, x1))
        drawn = list(range(len(items)))
        # Repeating events and long bars take the lanes nearest the axis: stems rise outward
        # from their marks, so the marks further out are crossed by fewer of them; a label
        # whose stem would cross a mark or bar stands on the other side where that one is
        # clear (see Horizontal._sides).
        repeating = [
            len(items[index].occurrences) > 1 or extents[index][1] - extents[index][0] > LONG_BAR
            for index in drawn
        ]
        self.kind_lane: dict[str, int] = {}
        if by_kind:
            kinds = [item.kind for item in items]
            lanes, self.kind_lane = placement.kind_lanes(extents, kinds, 1.0)
            # Rows stack up from the axis, with half a row between two kinds.
            starts = set(self.kind_lane.values())
            self.rows: dict[int, float] = {}
            place = 0.0
            for lane in range(max(lanes, default=0) + 1):
                place += KIND_ROW * (1.5 if lane in starts and lane else 1.0)
                self.rows[lane] = place
        else:
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
        # Each lane's marks and bars, sorted: they do not overlap within a lane.
        self.occupied: dict[int, list[tuple[float, float, int]]] = {}
        for index, (x0, x1) in enumerate(extents):
            self.occupied.setdefault(self.lane[index], []).append((x0, x1, index))
        for spans in self.occupied.values():
            spans.sort()
        used = max(lanes, default=0)
        self.above = max((self.offset(lane) for lane in range(used + 1)), default=0) + LANE / 2
        self.below = -min((self.offset(lane) for lane in range(used + 1)), default=0) + LANE / 2

    def offset(self, lane: int) -> float:
        """How far above the axis line (below, if negative) ``lane`` lies, in points: lanes
        alternate around the axis; a lane per kind stacks the kinds' rows above it, a name's
        height apart."""
        if self.by_kind:
            return self.rows[lane]
        return _lane_offset(lane)

    def kind_row(self, kind: str) -> float:
        """The middle of a kind's rows (lane per kind), where its name stands."""
        first = self.kind_lane[kind]
        later = [lane for lane in self.kind_lane.values() if lane > first]
        last = min(later, default=max(self.rows) + 1) - 1
        return (self.rows[first] + self.rows[last]) / 2

    def points(self, x: float) -> float:
        return (x - self.window.lo) / self.window.span * self.width

    def crosses(self, index: int, side: int, *, occurrences_only: bool = False) -> bool:
        """Whether the stem of item ``index``, rising (``side`` 1) or falling (-1) from its
        mark, would pass through another event's mark, bar or occurrence mark in a lane
        further out on that side (with ``occurrences_only``, through an occurrence mark)."""
        x, own = self.anchors[index], self.offset(self.lane[index])
        reach = MARK_SIZE / 2 + 1
        for lane, found in self.occurring.items():
            if (self.offset(lane) - own) * side <= 0:
                continue
            near = bisect.bisect_left(found, x - reach)
            if near < len(found) and found[near] <= x + reach:
                return True
        if occurrences_only:
            return False
        for lane, spans in self.occupied.items():
            if (self.offset(lane) - own) * side <= 0:
                continue
            # The last span starting before the stem is the only one that may cover it.
            near = bisect.bisect_right(spans, (x + 0.5, float("inf"), 0)) - 1
            if near >= 0 and spans[near][1] >= x - 0.5 and spans[near][2] != index:
                return True
        return False

    def stem_x(self, index: int, side: int) -> float:
        """Where the stem of item ``index`` rises (``side`` 1) or falls (-1), in points: from
        its mark, unless that crosses another event's mark or bar further out; then just
        right of those (the stem first runs along its own lane), if its own lane is clear
        that far and the move is short (three marks at most). Marks stacked at one place so
        each keep a stem of their own."""
        x = self.anchors[index]
        if not self.crosses(index, side):
            return x
        own = self.offset(self.lane[index])
        reach = MARK_SIZE / 2 + 1
        clear = x
        for _ in range(4):
            moved = clear
            for lane, spans in self.occupied.items():
                if (self.offset(lane) - own) * side <= 0:
                    continue
                near = bisect.bisect_right(spans, (clear + 0.5, float("inf"), 0)) - 1
                if near >= 0 and spans[near][1] >= clear - 0.5 and spans[near][2] != index:
                    moved = max(moved, spans[near][1] + 1.5)
            if moved == clear:
                break
            clear = moved
        if clear - x > 3 * MARK_SIZE:
            return x  # a long way off, a stem would read as a bar: past a bar, it crosses
        # Its own lane must be free from its mark to the new place.
        spans = self.occupied.get(self.lane[index], [])
        after = bisect.bisect_right(spans, (x + reach, float("inf"), 0))
        if after < len(spans) and spans[after][0] <= clear + 0.5:
            return x
        return clear

    def draw(self, scene: Scene, items: list[Item], styles: dict[str, KindStyle], y: float) -> None:
        """Add every item's marks to ``scene``, the axis at height ``y``."""
        to_days = self.window.span / self.width
        for index, item in enumerate(items):
            style = styles[item.kind]
            lane_y = y + self.offset(self.lane[index])
            if item.shape == "point":
                scene.mark(item, style, item.anchor, lane_y, MARK_SIZE)
            else:
                half = LANE * 0.3
                length = item.x1 - item.x0
                soft = tuple(
                    min(length * 0.3, 10 * to_days) if approximate and not goes else 0.0
                    for approximate, goes in zip(
                        item.approximate, (item.goes_before, item.goes_after), strict=True
                    )
                )
                corners = (item.x0, lane_y - half, item.x1, lane_y + half)
                scene.bar(item, style, corners, soft=(soft[0], soft[1]))
                if not item.goes_before:
                    scene.mark(item, style, item.start_mark, lane_y, MARK_SIZE * 0.8)
            # Beyond the edge it goes on past, outside the bar and the axis.
            beyond = (MARK_SIZE * 0.5 + 2) * to_days
            if item.goes_before:
                scene.arrow(item, style.colour, "left", self.window.lo - beyond, lane_y, MARK_SIZE)
            if item.goes_after:
                scene.arrow(item, style.colour, "right", self.window.hi + beyond, lane_y, MARK_SIZE)
            for occurrence in item.repeats[1:]:
                scene.occurrence(
                    item,
                    style,
                    occurrence.x,
                    lane_y,
                    MARK_SIZE * 0.8,
                    occurrence.day,
                    cancelled=occurrence.cancelled,
                )
            if item.moved_from is not None:
                scene.moved(item, (item.moved_from, lane_y), (item.anchor, lane_y))
            for x, day in item.skipped:
                scene.ghost(item, style, x, lane_y, MARK_SIZE * 0.8, day)


def time_axis(ax: Axes, window: Window, axis_y: float, height: float) -> None:
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
