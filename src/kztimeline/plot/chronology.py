"""Time down the page: a chronology, as printed reports set one out.

Marks sit in lanes beside a vertical time axis; labels (the date, then the title, on one
line where it fits) stand in a column to their right, joined by leader lines. Position is
linear in time: one scale for the whole column, so a bar's length is its duration. An empty
stretch of time longer than 15 % of the column's time is left out, and the axis says so
where it is: a gap with a zigzag (gid ``axis/break-N``) and words such as "17 years omitted";
on each side of it the scale is the same. A crowd of events (six or more, each nearer the
next than a quarter of a label) gets a piece of the axis of its own, as tall as its labels,
between two breaks that say its scale ("scale ×40"); the pieces are kept by
:class:`~kztimeline.plot.scale.Scale`. Labels are stacked each as near its mark as the
others allow (:func:`~kztimeline.plot.placement.stack`), and leaders join the two.

When one column would be taller than the 40 in bound, the chronology continues in a second
and a third column (each at least 4.2 in wide), splitting the events into runs of about the
same height, each with its own stretch of time and its own scale.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import kztimeline.plot.placement as placement
from kztimeline.plot.axis import LONG_BAR, MARK_SIZE
from kztimeline.plot.brackets import draw_brackets
from kztimeline.plot.crossings import stem_crossings
from kztimeline.plot.drawing import AXIS_COLOUR, style_frame
from kztimeline.plot.geometry import (
    CHRONOLOGY_TICKS_IN,
    COLUMN_MIN_IN,
    LABEL_GAP,
    LABEL_SIZE,
    LANE,
    LEADER,
    NOTE_SIZE,
    STEM_GAP,
    TICK_SIZE,
    wrap,
)
from kztimeline.plot.horizontal import Scope, add_text, label_text
from kztimeline.plot.leaders import Lanes, by_arrival, rows_rate
from kztimeline.plot.marks import drawn_size
from kztimeline.plot.scale import BREAK, Scale
from kztimeline.plot.ticks import date_ticks

__all__ = ("CROWD", "MAX_COLUMNS", "Chronology")

MAX_COLUMNS = 3
CROWD = 6
LANES = 12
LANE_GAP = 1.0
"""Lanes of marks beside the axis: a crowd of marks on one day that a bar keeps at the
column's scale stands in a row, each in a lane of its own, so that leaders can pass."""
"""The fewest labelled events a crowd given a piece of the axis of its own has."""


class Chronology:
    """Time down the page in one to three columns; labels in a column beside the marks."""

    name = "vertical"

    @staticmethod
    def may_fit(count: int, room: float, height: float) -> bool:
        """Whether ``count`` one-line labels could fit in columns ``height`` points tall."""
        columns = max(1, min(MAX_COLUMNS, int(room / 72 // COLUMN_MIN_IN)))
        return count <= columns * height / (LABEL_SIZE * 1.15 + LABEL_GAP)

    def __init__(self, scope: Scope) -> None:
        items, measure, room, tallest = scope.items, scope.measure, scope.room, scope.tallest
        self.items, self.styles, self.window = items, scope.styles, scope.window
        self.scope = scope
        self.room = room
        lines = [item.line() for item in items]
        texts = [
            label_text(measure, item, line, LABEL_SIZE)
            for item, line in zip(items, lines, strict=True)
        ]
        single = [measure.size(text) for text in texts]
        self.line_height = min((height for _, height in single), default=LABEL_SIZE * 1.2)
        most = max(1, min(MAX_COLUMNS, int(room / 72 // COLUMN_MIN_IN)))
        self.columns = most
        for columns in range(1, most + 1):
            self.columns = columns
            self.column_width = room / columns
            self.text_width = self.column_width - CHRONOLOGY_TICKS_IN * 72 - LANE * LANES - LEADER
            heights = []
            for index, (width, height) in enumerate(single):
                if width > self.text_width:
                    characters = int(len(lines[index]) * self.text_width / width * 0.95)
                    while True:
                        texts[index].set_text(wrap(lines[index], characters))
                        width, height = measure.size(texts[index])
                        if width <= self.text_width or characters <= 10:
                            break
                        characters = int(characters * 0.9)
                else:
                    texts[index].set_text(lines[index])
                heights.append(height)
            self.heights = heights
            self.cuts = [
                0,
                *placement.balance([h + LABEL_GAP for h in heights], columns),
                len(items),
            ]
            self.height = max(
                sum(heights[a:b]) + LABEL_GAP * max(b - a - 1, 0)
                for a, b in zip(self.cuts, self.cuts[1:], strict=False)
            )
            if self.height <= tallest:
                break
        self.texts = texts
        self.fits = self.height <= tallest
        self.crossings: list[tuple[str, str]] = []
        """Leaders through another event's mark or bar, found when drawn (see
        :attr:`kztimeline.plot.horizontal.Horizontal.crossings`): where marks are packed too
        tightly for any path between them."""
        # Room to spare keeps leaders short where events crowd on the linear scale.
        self.height = max(self.height, min(self.height * 1.5, tallest), 3 * 72.0)

    def _range(self, column: int) -> tuple[float, float]:
        first, last = self.cuts[column], self.cuts[column + 1]
        lo = (
            self.window.lo
            if column == 0
            else (self.items[first - 1].anchor + self.items[first].anchor) / 2
        )
        hi = (
            self.window.hi
            if column == self.columns - 1
            else (self.items[last - 1].anchor + self.items[last].anchor) / 2
        )
        return lo, max(hi, lo + 1e-6)

    def _shown(self, column: int, lo: float, hi: float) -> list[int]:
        """The items drawn in a column: those it labels, and those reaching into its time."""
        first, last = self.cuts[column], self.cuts[column + 1]
        return [
            i
            for i, item in enumerate(self.items)
            if (item.x0 < hi and item.x1 > lo) or first <= i < last
        ]

    def _scale(self, column: int, lo: float, hi: float) -> Scale:
        spans = []
        for index in self._shown(column, lo, hi):
            item = self.items[index]
            spans.append((item.x0, item.x1))
            spans.extend((x, x) for x in item.occurrences)
            spans.extend((x, x) for x, _ in item.skipped)
        plain = Scale.fit(spans, lo, hi, self.height)
        crowds = self._crowds(column, lo, hi, plain)
        return Scale.fit(spans, lo, hi, self.height, crowds) if crowds else plain

    def _crowds(
        self, column: int, lo: float, hi: float, plain: Scale
    ) -> list[tuple[float, float, float]]:
        """Runs of at least :data:`CROWD` labelled events, each mark nearer the next, at the
        column's one scale, than a quarter of its label's height: each gets
        a piece of the axis of its own, as tall as its labels, so that leaders stay short.
        A bar or band across an edge widens the run to take it in whole; a run still
        crossed at its edges keeps the one scale (the bar's length would lie).
        Returns ``(start, end, points)`` of each, in order; O(n)."""
        first, last = self.cuts[column], self.cuts[column + 1]
        anchors = [min(max(self.items[i].anchor, lo), hi) for i in range(first, last)]
        heights = [h + LABEL_GAP for h in self.heights[first:last]]
        rate = min(plain.rates)
        found: list[tuple[float, float, float]] = []
        wanted: list[float] = []  # the points each would need for its leaders' rows
        start = 0
        while start < len(anchors):
            end, need = start, heights[start]
            # The run grows while the next mark is nearer than a quarter of a label, but not
            # past 4 times a crowd's length (a lone event a month on would take its piece).
            while end + 1 < len(anchors):
                step = anchors[end + 1] - anchors[end]
                if step * rate >= max(heights[end] / 4, MARK_SIZE + 1):
                    break
                if end - start + 1 >= CROWD and 0 < 4 * (anchors[end] - anchors[start]) < step:
                    break
                end += 1
                need += heights[end]
            if end - start + 1 >= CROWD:
                span = anchors[end] - anchors[start]
                rows = rows_rate(anchors[start : end + 1], MARK_SIZE)
                pad = max(span * 0.1, 1 / 24)
                low, high = max(anchors[start] - pad, lo), min(anchors[end] + pad, hi)
                previous = found[-1][1] if found else lo
                bars = [
                    self.items[i]
                    for i in self._shown(column, lo, hi)
                    if self.items[i].shape != "point"
                ]
                # A bar across an edge is taken in whole, so its length is at one scale.
                for item in sorted(bars, key=lambda item: item.x0, reverse=True):
                    if item.x0 < low < item.x1:
                        low = item.x0 - pad
                for item in sorted(bars, key=lambda item: item.x1):
                    if item.x0 < high < item.x1:
                        high = item.x1 + pad
                crossed = any(item.x0 < edge < item.x1 for item in bars for edge in (low, high))
                if low > previous and high < hi and not crossed:
                    wanted.append(rows * (high - low))
                    found.append((low, high, need * 1.2))
            start = end + 1
        roomy = [
            (a, b, max(points, more)) for (a, b, points), more in zip(found, wanted, strict=True)
        ]
        # Room for the leaders' rows where the column has it, else as tall as the labels.
        for pieces in (roomy, found):
            if sum(points for _, _, points in pieces) <= 0.7 * self.height:
                return pieces
        return []

    def draw(self, figure: Figure, left: float, bottom: float) -> list[Axes]:
        width_in, height_in = figure.get_size_inches()
        axes = []
        for column in range(self.columns):
            lo, hi = self._range(column)
            x_in = left + column * self.column_width / 72 + CHRONOLOGY_TICKS_IN
            inner = self.column_width - CHRONOLOGY_TICKS_IN * 72
            # Half a mark and a point beyond each end, so that a mark at the column's first
            # or last moment is whole even where a zoomed crowd leaves the rest little room.
            margin = MARK_SIZE / 2 + 1
            ax = figure.add_axes(
                (
                    x_in / width_in,
                    (bottom - margin / 72) / height_in,
                    inner / 72 / width_in,
                    (self.height + 2 * margin) / 72 / height_in,
                )
            )
            axes.append(ax)
            ax.set_xlim(0, inner)
            ax.set_ylim(self.height + margin, -margin)
            style_frame(ax)
            ax.xaxis.set_visible(False)
            scale = self._scale(column, lo, hi)
            self._axis_line(ax, scale)
            ticks, labels = [], []
            last, last_size = -1e9, 0.0
            gaps = scale.breaks()
            found: list[tuple[float, str]] = []
            for start, end, points in scale.piece_heights():
                # Each piece its own ticks, so a zoomed crowd gets days where the rest has years.
                if points >= 20 and end - start > 1 / 96:
                    found.extend(
                        zip(*date_ticks(start, end, 12, length=points, vertical=True), strict=True)
                    )
            for location, label in sorted(found):
                if not scale.inside(location):
                    continue
                y = scale(location)
                size = (label.count("\n") + 1) * TICK_SIZE * 1.25
                if any(top - size < y < bottom + size for top, bottom, _ in gaps):
                    continue  # the break's words stand there
                # Labels are centred on their ticks: half of each height, and a point, between.
                if y - last >= (last_size + size) / 2 + 1:
                    ticks.append(y)
                    labels.append(label)
                    last, last_size = y, size
            ax.set_yticks(ticks, labels)
            self._draw_column(ax, column, lo, hi, scale)
        return axes

    def _axis_line(self, ax: Axes, scale: Scale) -> None:
        """The time axis, in one piece per segment, with a zigzag and words at each break."""
        ends = [0.0, *[y for top, bottom, _ in scale.breaks() for y in (top, bottom)]]
        ends.append(self.height)
        for top, bottom in zip(ends[::2], ends[1::2], strict=True):
            ax.add_line(Line2D([0, 0], [top, bottom], color=AXIS_COLOUR, linewidth=0.8))
        for top, bottom, words in scale.breaks():
            middle, step = (top + bottom) / 2, BREAK / 6
            zigzag = Line2D(
                [-5, 5, -5, 5, -5],
                [top + step, middle - step, middle, middle + step, bottom - step],
                color=AXIS_COLOUR,
                linewidth=0.8,
                clip_on=False,
                gid=self.scope.gids.numbered("axis/break"),
            )
            ax.add_line(zigzag)
            ax.text(
                -8,
                middle,
                words,
                ha="right",
                va="center",
                fontsize=NOTE_SIZE,
                fontstyle="italic",
                color="#444444",
                parse_math=False,
                clip_on=False,
            )

    def _draw_column(self, ax: Axes, column: int, lo: float, hi: float, scale: Scale) -> None:
        first, last = self.cuts[column], self.cuts[column + 1]
        shown = self._shown(column, lo, hi)
        extents = []
        for index in shown:
            item = self.items[index]
            y0, y1 = scale(max(item.x0, lo)), scale(min(item.x1, hi))
            if item.shape == "point" or y1 - y0 < MARK_SIZE + 1:
                middle = scale(item.anchor) if item.shape == "point" else y0
                y0, y1 = middle - MARK_SIZE / 2, middle + MARK_SIZE / 2
            # Whiskers and rings make a mark taller: its lane keeps the others off them.
            half = drawn_size(self.styles[item.kind].marker, item.qualifier, MARK_SIZE) / 2
            middle = scale(max(item.anchor, lo))
            y0, y1 = min(y0, middle - half), max(y1, middle + half)
            # A repeating event holds its lane down to its last occurrence in the column.
            ends = [scale(o) + MARK_SIZE / 2 for o in item.occurrences[1:] if lo <= o <= hi]
            extents.append((y0, max([y1, *ends])))
        # A leader runs from its mark across the lanes to its right, so a repeating event's
        # occurrences, in the lanes nearest the axis, are crossed by no other event's leader.
        # Long bars too: the leaders of the marks in lanes right of them then cross nothing.
        # Long bars nearest of all: a repeat's leader then crosses none, and the marks of a
        # repeat, further out, leave a leader many rows between them.
        repeats = [len(self.items[index].occurrences) > 1 for index in shown]
        tiers = [
            1 if repeat else 0 if y1 - y0 > LONG_BAR else 2
            for repeat, (y0, y1) in zip(repeats, extents, strict=True)
        ]
        lanes = placement.lanes_in_tiers(extents, tiers, LANE_GAP, LANES, nested=True)
        scene = self.scope.scene()
        beyond = MARK_SIZE * 0.5 + 2
        for index, lane in zip(shown, lanes, strict=True):
            item, style = self.items[index], self.styles[self.items[index].kind]
            x = LANE * (lane + 0.5) + 2
            cut_before, cut_after = (
                item.goes_before or item.x0 < lo,
                item.goes_after or item.x1 > hi,
            )
            if item.shape == "point":
                scene.mark(item, style, x, scale(max(item.anchor, lo)), MARK_SIZE)
            else:
                top, end = scale(max(item.x0, lo)), scale(min(item.x1, hi))
                length = end - top
                soft = tuple(
                    min(length * 0.3, 10.0) if approximate and not cut else 0.0
                    for approximate, cut in zip(
                        item.approximate, (cut_before, cut_after), strict=True
                    )
                )
                corners = (x - LANE * 0.3, top, x + LANE * 0.3, end)
                scene.bar(item, style, corners, soft=(soft[0], soft[1]), along_x=False)
                if not cut_before:
                    scene.mark(item, style, x, scale(item.start_mark), MARK_SIZE * 0.8)
            if cut_before:
                scene.arrow(item, style.colour, "up", x, scale(lo) - beyond, MARK_SIZE)
            if cut_after:
                scene.arrow(item, style.colour, "down", x, scale(hi) + beyond, MARK_SIZE)
            for occurrence in item.repeats[1:]:
                if lo <= occurrence.x <= hi:
                    y = scale(occurrence.x)
                    scene.occurrence(
                        item,
                        style,
                        x,
                        y,
                        MARK_SIZE * 0.8,
                        occurrence.day,
                        cancelled=occurrence.cancelled,
                    )
            if item.moved_from is not None and lo <= item.anchor <= hi:
                slot = scale(min(max(item.moved_from, lo), hi))
                scene.moved(item, (x, slot), (x, scale(item.anchor)))
            for value, day in item.skipped:
                if lo <= value <= hi:
                    scene.ghost(item, style, x, scale(value), MARK_SIZE * 0.8, day)
        lane_of = dict(zip(shown, lanes, strict=True))
        # Marks and bars by lane, for leaders to keep clear of (see leaders.Lanes).
        taken: dict[int, list[tuple[float, float, int]]] = {}
        spills: dict[int, list[tuple[float, float, int]]] = {}
        for index, (y0, y1) in zip(shown, extents, strict=True):
            item = self.items[index]
            # Whiskers and rings make a mark larger than its lane, into the lane before it.
            half = drawn_size(self.styles[item.kind].marker, item.qualifier, MARK_SIZE) / 2
            middle = scale(max(item.anchor, lo))
            spans = [(y0, y1), (middle - half, middle + half)]
            if item.shape != "point":
                # A short bar is drawn at its length, not at the mark's height its lane took.
                spans.append((scale(max(item.x0, lo)), scale(min(item.x1, hi))))
            if len(item.occurrences) > 1:
                # Its extent runs to its last occurrence: only the marks themselves count.
                spans = [(middle - half, middle + half)]
            for value in item.occurrences[1:]:
                if lo <= value <= hi:
                    spans.append((scale(value) - MARK_SIZE / 2, scale(value) + MARK_SIZE / 2))
            lane = lane_of[index]
            taken.setdefault(lane, []).extend((a, b, index) for a, b in spans)
            if half > LANE / 2 and lane > 0:
                spills.setdefault(lane - 1, []).append((middle - half, middle + half, index))
        lanes_taken = Lanes(taken, spills)
        text_x = LANE * LANES + LEADER
        marks_y = {i: scale(max(self.items[i].anchor, lo)) for i in range(first, last)}
        routes = {i: lanes_taken.route(i, lane_of[i], marks_y[i]) for i in range(first, last)}
        # Events at one place are labelled in the order their leaders arrive: none cross.
        order = by_arrival(list(range(first, last)), [i.anchor for i in self.items], routes)
        ideals = [marks_y[i] - self.line_height / 2 for i in order]
        heights = [self.heights[i] for i in order]
        tops = placement.stack(ideals, heights, LABEL_GAP, self.height)
        for index, top in zip(order, tops, strict=True):
            item = self.items[index]
            mark_x = LANE * (lane_of[index] + 0.5) + 2
            mark_y = marks_y[index]
            line_y = top + self.line_height / 2
            row, jog = routes[index]
            path = [(mark_x + MARK_SIZE / 2, mark_y)]
            if row != mark_y:
                # Round another event's occurrence: leave the mark up or down, then across.
                side = 1 if row > mark_y else -1
                path = [(mark_x, mark_y + side * MARK_SIZE * 0.4), (mark_x, row)]
            if jog is not None:
                # No row is clear all the way: along the edge between two lanes to another.
                edge, row = LANE * jog[0] + 2, jog[1]
                path += [(edge, path[-1][1]), (edge, row)]
            path += [(LANE * LANES + 2, row), (text_x - STEM_GAP, line_y)]
            scene.line(item, "leader", path, self.styles[item.kind].colour)
            gid = self.scope.gids.take(item.label_gid)
            add_text(ax, self.texts[index], text_x, top, "left", "top", gid)
        draw_brackets(ax, self.items, self.heights, order, tops, text_x - STEM_GAP, self.scope.gids)
        self.crossings += stem_crossings(scene, ax.transData, ax.figure.dpi)
        scene.draw(ax)
