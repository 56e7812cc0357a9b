"""Whether a layout's stems and leaders pass through another event's mark or bar.

A stem that runs through another event's mark reads as that event's: the horizontal layout
counts such crossings before it is drawn, and ``layout="auto"`` takes the chronology instead
when there are any. Works in points on the figure, through the axes' transform; marks and
bars are filed by square cells, so each segment meets only those near it: O(n) for n marks
and segments of bounded length. No figure is rendered.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np
from matplotlib.transforms import Transform

from kztimeline.plot.marks import Scene

__all__ = ("segment_hits", "stem_crossings")

Box = tuple[float, float, float, float]
_CELL = 32.0  # points
_SLACK = 1.0  # points: a line that only grazes a mark's edge does not cross it


def stem_crossings(scene: Scene, transform: Transform, dpi: float) -> list[tuple[str, str]]:
    """Each stem or leader segment of ``scene`` that passes through a mark or bar of another
    event, as ``(id of the stem's event, id of the other)``, in drawing order;
    ``transform`` takes the scene's data coordinates to the figure's pixels."""
    points = 72 / dpi
    marks, bars, lines = scene.parts()
    boxes: list[tuple[str, Box]] = []
    for mark in marks:
        owner, _, part = mark.name.partition("/")
        if not part.startswith(("mark", "occurrence", "except")):
            continue
        x, y = transform.transform((mark.x, mark.y)) * points
        half = float(mark.style["markersize"]) / 2 - _SLACK
        boxes.append((owner, (x - half, y - half, x + half, y + half)))
    for bar in bars:
        x0, y0, x1, y1 = bar.corners
        corners = transform.transform([(x0, y0), (x1, y1)]) * points
        low, high = corners.min(axis=0) + _SLACK, corners.max(axis=0) - _SLACK
        boxes.append((bar.name.partition("/")[0], (low[0], low[1], high[0], high[1])))
    cells: dict[tuple[int, int], list[int]] = {}
    for index, (_, box) in enumerate(boxes):
        for key in _keys(box):
            cells.setdefault(key, []).append(index)
    found: list[tuple[str, str]] = []
    for line in lines:
        owner, _, part = line.name.partition("/")
        if not part.startswith(("stem", "leader")):
            continue
        path = transform.transform(line.points) * points
        for start, end in itertools.pairwise(path):
            span = (*np.minimum(start, end), *np.maximum(start, end))
            near = sorted({index for key in _keys(span) for index in cells.get(key, ())})
            found.extend(
                (owner, boxes[index][0])
                for index in near
                if boxes[index][0] != owner and segment_hits(boxes[index][1], start, end)
            )
    return found


def _keys(box: Box) -> Iterable[tuple[int, int]]:
    x0, y0, x1, y1 = (int(value // _CELL) for value in box)
    return ((x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1))


def segment_hits(box: Box, start: np.ndarray, end: np.ndarray) -> bool:
    """Whether the segment from ``start`` to ``end`` passes through ``box`` (Liang–Barsky)."""
    x0, y0, x1, y1 = box
    if x0 >= x1 or y0 >= y1:
        return False
    low, high = 0.0, 1.0
    delta = end - start
    for p, q in (
        (-delta[0], start[0] - x0),
        (delta[0], x1 - start[0]),
        (-delta[1], start[1] - y0),
        (delta[1], y1 - start[1]),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True
