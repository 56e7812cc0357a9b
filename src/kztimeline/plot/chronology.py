"""Time down the page: a chronology, as printed reports set one out.

Marks sit in lanes beside a vertical time axis; labels (the date, then the title, on one
line where it fits) stand in a column to their right, joined by leader lines. Their places
come from :func:`~kztimeline.plot.placement.stack`: each as near its mark as the others
allow. The time scale is then bent to match: linear where events are sparse, stretched
where they crowd, so that every mark sits level with its label; the ticks show the scale.
A repeating event keeps the lane nearest the axis down to its last occurrence, so no other
event's mark or leader meets its occurrences; occurrences after the last label are spaced
on the scale too, each inside the axis at its own time.

When one column would be taller than the 40 in bound, the chronology continues in a second
and a third column (each at least 4.2 in wide), splitting the events into runs of about the
same height, each with its own stretch of time.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

import kztimeline.plot.placement as placement
from kztimeline.plot.drawing import AXIS_COLOUR, Scene, date_ticks, style_frame
from kztimeline.plot.geometry import (
    CHRONOLOGY_TICKS_IN,
    COLUMN_MIN_IN,
    LABEL_GAP,
    LABEL_SIZE,
    LANE,
    LEADER,
    STEM_GAP,
    TICK_SIZE,
    wrap,
)
from kztimeline.plot.horizontal import MARK_SIZE, MAX_LANES, Scope, add_text, label_text

__all__ = ("MAX_COLUMNS", "Chronology")

MAX_COLUMNS = 3


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
            self.text_width = (
                self.column_width - CHRONOLOGY_TICKS_IN * 72 - LANE * MAX_LANES - LEADER
            )
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
        # Room to spare keeps leaders short and the time scale readable, where there is room.
        self.height = max(self.height, min(self.height * 1.3, tallest), 3 * 72.0)
        # After the last label, time keeps the linear scale (a long term that runs on past it
        # keeps its length), as far as the bound allows.
        self.body = self.height
        tail = 0.0
        for column in range(self.columns):
            lo, hi = self._range(column)
            _, _, end = self._scale(column, lo, hi)
            tail = max(tail, end - self.height)
        self.height = min(self.height + tail, max(tallest, self.height))

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

    def draw(self, figure: Figure, left: float, bottom: float) -> list[Axes]:
        width_in, height_in = figure.get_size_inches()
        axes = []
        for column in range(self.columns):
            lo, hi = self._range(column)
            x_in = left + column * self.column_width / 72 + CHRONOLOGY_TICKS_IN
            inner = self.column_width - CHRONOLOGY_TICKS_IN * 72
            ax = figure.add_axes(
                (
                    x_in / width_in,
                    bottom / height_in,
                    inner / 72 / width_in,
                    self.height / 72 / height_in,
                )
            )
            axes.append(ax)
            ax.set_xlim(0, inner)
            ax.set_ylim(self.height, 0)
            style_frame(ax)
            ax.xaxis.set_visible(False)
            ax.spines["left"].set_visible(True)
            ax.spines["left"].set_color(AXIS_COLOUR)
            tops, scale, _ = self._scale(column, lo, hi)
            ticks, labels = [], []
            last = -1e9
            for location, label in zip(*date_ticks(lo, hi, 12), strict=True):
                y = float(scale(location))
                # The scale stretches where events crowd, so ticks can come close: keep those
                # a tick label's height apart.
                if y - last >= (label.count("\n") + 1) * TICK_SIZE * 1.25 + 1:
                    ticks.append(y)
                    labels.append(label)
                    last = y
            ax.set_yticks(ticks, labels)
            self._draw_column(ax, column, lo, hi, tops, scale)
        return axes

    def _shown(self, column: int, lo: float, hi: float) -> list[int]:
        """The items drawn in a column: those it labels, and those reaching into its time."""
        first, last = self.cuts[column], self.cuts[column + 1]
        return [
            i
            for i, item in enumerate(self.items)
            if (item.x0 < hi and item.x1 > lo) or first <= i < last
        ]

    def _scale(
        self, column: int, lo: float, hi: float
    ) -> tuple[list[float], Callable[[float], float], float]:
        """The labels' tops, the time scale of the column (linear where events are sparse,
        stretched where they crowd, so that each mark sits level with its label), and where
        the column's time ends on that scale before the column's length cuts it.

        Occurrences of repeating events after the last label are stretched apart like labels,
        a mark's size at least from the one before, and the labels leave room for them, so
        that each stays at its own time within the axis."""
        first, last = self.cuts[column], self.cuts[column + 1]
        linear = self.body / (hi - lo)
        ideals = [
            (self.items[i].anchor - lo) * linear - self.heights[i] / 2 for i in range(first, last)
        ]
        final = min(max(self.items[last - 1].anchor, lo), hi) if last > first else lo
        later = sorted(
            {
                occurrence
                for index in self._shown(column, lo, hi)
                for occurrence in self.items[index].occurrences[1:]
                if final < occurrence <= hi
            }
        )
        # The labels keep to the body (the height before the tail was added), so that the
        # tail measured from them in __init__ is the tail drawn.
        needed = sum(self.heights[first:last]) + LABEL_GAP * max(last - first - 1, 0)
        room = max(self.body - MARK_SIZE * len(later), needed)
        tops = placement.stack(ideals, self.heights[first:last], LABEL_GAP, room)
        times: list[float] = [lo]
        places: list[float] = [0.0]
        for index, top in zip(range(first, last), tops, strict=True):
            anchor = min(max(self.items[index].anchor, lo), hi)
            middle = top + self.line_height / 2
            if anchor == times[-1]:
                continue  # events at one instant share the place of the first
            if middle <= places[-1] or anchor <= times[-1]:
                continue
            times.append(anchor)
            places.append(middle)
        later = [occurrence for occurrence in later if occurrence > times[-1]]
        end = places[-1]
        for number, occurrence in enumerate(later):
            step = max((occurrence - times[-1]) * linear, MARK_SIZE)
            end += step
            # Where the 40 in bound stops the tail, the steps shrink, never below a mark.
            left = self.height - MARK_SIZE / 2 - places[-1] - MARK_SIZE * (len(later) - number)
            times.append(occurrence)
            places.append(places[-1] + max(min(step, left + MARK_SIZE), MARK_SIZE))
        if times[-1] < hi:
            end += (hi - times[-1]) * linear
            times.append(hi)
            places.append(max(min(end, self.height), places[-1] + 1))

        def scale(value: float) -> float:
            return float(np.interp(value, times, places))

        return tops, scale, end

    def _draw_column(
        self,
        ax: Axes,
        column: int,
        lo: float,
        hi: float,
        tops: list[float],
        scale: Callable[[float], float],
    ) -> None:
        first, last = self.cuts[column], self.cuts[column + 1]
        shown = self._shown(column, lo, hi)
        extents = []
        for index in shown:
            item = self.items[index]
            y0, y1 = scale(max(item.x0, lo)), scale(min(item.x1, hi))
            if y1 - y0 < MARK_SIZE + 1:
                middle = scale(item.anchor) if item.shape == "point" else y0
                y0, y1 = middle - MARK_SIZE / 2, middle + MARK_SIZE / 2
            # A repeating event holds its lane down to its last occurrence in the column.
            ends = [scale(o) + MARK_SIZE / 2 for o in item.occurrences[1:] if lo <= o <= hi]
            extents.append((y0, max([y1, *ends])))
        # A leader runs from its mark across the lanes to its right, so a repeating event's
        # occurrences, in the lanes nearest the axis, are crossed by no other event's leader.
        repeating = [len(self.items[index].occurrences) > 1 for index in shown]
        lanes = placement.lanes_first(extents, repeating, 1.0, MAX_LANES)
        scene = Scene()
        for index, lane in zip(shown, lanes, strict=True):
            item, style = self.items[index], self.styles[self.items[index].kind]
            x = LANE * (lane + 0.5) + 2
            if item.shape == "point":
                scene.mark(item, style, x, scale(item.anchor), MARK_SIZE)
            else:
                top, end = scale(max(item.x0, lo)), scale(min(item.x1, hi))
                corners = (x - LANE * 0.3, top, x + LANE * 0.3, max(end, top + 1))
                scene.bar(item, style, corners, in_lane=True)
                if item.open_start or item.x0 < lo:
                    scene.arrow(style.colour, "up", x, top + MARK_SIZE * 0.6, MARK_SIZE)
                if item.open_end or item.x1 > hi:
                    scene.arrow(style.colour, "down", x, end - MARK_SIZE * 0.6, MARK_SIZE)
            # The first point is where the label's leader starts (see Scene.occurrences).
            later = [(x, scale(o)) for o in item.occurrences[1:] if lo <= o <= hi]
            scene.occurrences(
                item, style, MARK_SIZE * 0.8, [(x, scale(max(item.anchor, lo))), *later]
            )
        lane_of = dict(zip(shown, lanes, strict=True))
        text_x = LANE * MAX_LANES + LEADER
        for index, top in zip(range(first, last), tops, strict=True):
            item = self.items[index]
            mark_x = LANE * (lane_of[index] + 0.5) + 2
            mark_y = scale(max(item.anchor, lo))
            line_y = top + self.line_height / 2
            scene.line(
                [
                    (mark_x + MARK_SIZE / 2, mark_y),
                    (LANE * MAX_LANES + 2, mark_y),
                    (text_x - STEM_GAP, line_y),
                ],
                self.styles[item.kind].colour,
            )
            add_text(ax, self.texts[index], text_x, top, "left", "top")
        scene.draw(ax)
