"""What every picture must satisfy, checked with the renderer's real extents.

:func:`check_picture` draws a figure and asserts that every title is in it, that no two
texts overlap, that no text covers a mark, a bar, a stem or a leader line, that every mark
lies inside its axes, that a repeating event's later occurrence marks are crossed by no stem
or leader and sit on no other event's mark, that nothing is cut by the figure's edge, and
that no text is smaller than 7 pt.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.text import Text

from kztimeline.plot.crossings import segment_hits

Box = tuple[float, float, float, float]


def texts(figure: Figure) -> list[Text]:
    """Every visible, non-empty text of ``figure``, tick labels and the legend included."""
    return [
        text
        for text in figure.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.figure is not None
    ]


def all_text(figure: Figure) -> str:
    return "\n".join(text.get_text() for text in texts(figure))


def _shrunk(box: Box, by: float = 0.5) -> Box:
    # Boxes that only touch at a pixel's edge do not overlap.
    x0, y0, x1, y1 = box
    return (x0 + by, y0 + by, x1 - by, y1 - by)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def part_of(gid: str | None) -> tuple[str, str]:
    """``(event id, part)`` of an artist's gid; a label's part is ``""``; an artist of no
    event (or a group, past 500 events) gives ``("", "")`` or ``("group", part)``."""
    if not gid:
        return "", ""
    owner, _, part = gid.partition("/")
    return owner, part


def _marker_boxes(figure: Figure, parts: tuple[str, ...]) -> Iterable[tuple[str, Box]]:
    """``(event id, box)`` of every marker whose gid part begins with one of ``parts``, each
    asserted to lie inside its axes."""
    scale = figure.dpi / 72
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if not part.startswith(parts):
            continue
        half = line.get_markersize() * scale / 2
        points = line.get_transform().transform(np.column_stack(line.get_data()))  # type: ignore[arg-type]
        frame = line.axes.bbox if line.axes is not None else figure.bbox
        for x, y in points:
            assert frame.x0 - 0.5 <= x <= frame.x1 + 0.5, f"a mark lies outside its axis ({owner})"
            assert frame.y0 - 0.5 <= y <= frame.y1 + 0.5, f"a mark lies outside its axis ({owner})"
            yield owner, (x - half, y - half, x + half, y + half)


def _mark_boxes(figure: Figure) -> Iterable[tuple[str, Box]]:
    for _, box in _marker_boxes(figure, ("mark", "occurrence", "except")):
        yield "mark", box
    for collection in figure.findobj(PolyCollection):
        if not part_of(collection.get_gid())[1].startswith("bar"):
            continue
        transform = collection.get_transform()
        for path in collection.get_paths():
            corners = transform.transform(path.vertices)
            yield "bar", (*corners.min(axis=0), *corners.max(axis=0))  # type: ignore[misc]


def stem_paths(figure: Figure) -> Iterable[tuple[str, np.ndarray]]:
    """``(event id, points in display units)`` of every stem and leader."""
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if part.startswith(("stem", "leader")):
            yield owner, line.get_transform().transform(np.column_stack(line.get_data()))  # type: ignore[arg-type]
    for collection in figure.findobj(LineCollection):
        if part_of(collection.get_gid())[1].startswith("stem"):
            transform = collection.get_transform()
            for path in collection.get_paths():
                yield "", transform.transform(path.vertices)


def check_picture(figure: Figure, titles: Iterable[str], *, lanes_full: bool = False) -> int:
    """Assert what the module docstring says about ``figure``; return how many texts it has.

    ``lanes_full``: more marks overlap than there are lanes (numbered marks past what labels
    can name), so marks may share a lane and touch; occurrence marks are then not checked.
    """
    # Lays out every artist (tick labels included) without painting a pixel.
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    found = texts(figure)
    content = "\n".join(text.get_text() for text in found)
    flat = " ".join(content.split())
    for title in titles:
        assert " ".join(title.split()) in flat, f"{title!r} is not in the picture"
    width, height = figure.bbox.width, figure.bbox.height
    boxes: list[tuple[str, Box]] = []
    for text in found:
        assert text.get_fontsize() >= 7, f"{text.get_text()!r} is set in {text.get_fontsize()} pt"
        extent = text.get_window_extent(renderer)
        box = (extent.x0, extent.y0, extent.x1, extent.y1)
        inside = box[0] >= -0.5 and box[1] >= -0.5 and box[2] <= width + 0.5
        assert inside, f"{text.get_text()!r} is cut at the figure's edge"
        assert box[3] <= height + 0.5, f"{text.get_text()!r} is cut at the top"
        boxes.append((text.get_text(), _shrunk(box)))
    order = sorted(range(len(boxes)), key=lambda index: boxes[index][1][0])
    # A sweep along x: only boxes whose x ranges meet are compared.
    active: list[int] = []
    for index in order:
        box = boxes[index][1]
        active = [other for other in active if boxes[other][1][2] > box[0]]
        for other in active:
            assert not _overlap(box, boxes[other][1]), (
                f"{boxes[index][0]!r} overlaps {boxes[other][0]!r}"
            )
        active.append(index)
    grid = _Grid([box for _, box in boxes])
    for what, mark in _mark_boxes(figure):
        mark = _shrunk(mark)
        for index in grid.near(mark):
            assert not _overlap(boxes[index][1], mark), f"{boxes[index][0]!r} covers a {what}"
    # An occurrence mark is joined to no label: another event's stem through it, or another
    # event's mark on it, would make it read as that event's.
    # Its own marks may run together (a weekly rule over years): those are not compared.
    owned = [] if lanes_full else list(_marker_boxes(figure, ("occurrence",)))
    occurrences = [_shrunk(box, 1.0) for _, box in owned]
    on_axis = _Grid(occurrences)
    for owner, mark in [*_marker_boxes(figure, ("mark",)), *owned]:
        mark = _shrunk(mark)
        for index in on_axis.near(mark):
            if owned[index][0] == owner:
                continue
            assert not _overlap(mark, occurrences[index]), (
                f"a mark sits on an occurrence mark at {occurrences[index]}"
            )
    for owner, points in stem_paths(figure):
        for start, end in itertools.pairwise(points):
            span = (*np.minimum(start, end), *np.maximum(start, end))
            for index in grid.near(span):  # type: ignore[arg-type]
                assert not segment_hits(_shrunk(boxes[index][1], 1.0), start, end), (
                    f"a stem or leader crosses {boxes[index][0]!r}"
                )
            for index in on_axis.near(span):  # type: ignore[arg-type]
                if owned[index][0] == owner:
                    continue
                assert not segment_hits(occurrences[index], start, end), (
                    f"a stem or leader crosses an occurrence mark at {occurrences[index]}"
                )
    return len(boxes)


class _Grid:
    """Boxes filed by the square cells they touch, to find those near a place quickly."""

    CELL = 64.0

    def __init__(self, boxes: list[Box]) -> None:
        self.cells: dict[tuple[int, int], list[int]] = {}
        for index, box in enumerate(boxes):
            for key in self._keys(box):
                self.cells.setdefault(key, []).append(index)

    def _keys(self, box: Box) -> Iterable[tuple[int, int]]:
        x0, y0, x1, y1 = (int(value // self.CELL) for value in box)
        return ((x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1))

    def near(self, box: Box) -> set[int]:
        return {index for key in self._keys(box) for index in self.cells.get(key, ())}


def stem_crossings(figure: Figure) -> list[str]:
    """Each stem or leader segment that passes through another event's mark or bar, as
    ``"<stem owner> crosses <other owner>"``."""
    figure.draw_without_rendering()
    boxes = [(owner, _shrunk(box, 1.0)) for owner, box in _marker_boxes(figure, _MARK_PARTS)]
    for collection in figure.findobj(PolyCollection):
        owner, part = part_of(collection.get_gid())
        if part.startswith("bar"):
            transform = collection.get_transform()
            points = np.concatenate(
                [transform.transform(p.vertices) for p in collection.get_paths()]
            )
            boxes.append((owner, _shrunk((*points.min(axis=0), *points.max(axis=0)), 1.0)))  # type: ignore[arg-type]
    grid = _Grid([box for _, box in boxes])
    found = []
    for owner, points in stem_paths(figure):
        for start, end in itertools.pairwise(points):
            span = (*np.minimum(start, end), *np.maximum(start, end))
            for index in grid.near(span):  # type: ignore[arg-type]
                other, box = boxes[index]
                if other != owner and segment_hits(box, start, end):
                    found.append(f"{owner} crosses {other}")
    return found


_MARK_PARTS = ("mark", "occurrence", "except")


def close_stems(
    figure: Figure, apart: float = 2.0, longest: float = 20.0, *, level: bool = False
) -> list[str]:
    """Pairs of upright stem segments of two events closer than ``apart`` points along
    more than ``longest`` points; with ``level``, of level segments (a chronology's leaders
    running across the lanes side by side). A sweep across: each segment is compared only
    with those less than ``apart`` from it."""
    figure.draw_without_rendering()
    scale = 72 / figure.dpi
    across, along = (1, 0) if level else (0, 1)
    upright = []
    for owner, points in stem_paths(figure):
        for start, end in itertools.pairwise(points * scale):
            if abs(start[across] - end[across]) < 0.01:
                low, high = sorted((start[along], end[along]))
                upright.append((owner, start[across], low, high))
    upright.sort(key=lambda segment: segment[1])
    found = []
    first = 0
    for index, (b, u, bottom, top) in enumerate(upright):
        while upright[first][1] <= u - apart:
            first += 1
        for a, _, low, high in upright[first:index]:
            if a != b and min(high, top) - max(low, bottom) > longest:
                found.append(f"{a} and {b}")
    return found


def check_keys(figure: Figure) -> set[str]:
    """Assert that in a horizontal picture every label of an event whose mark shares its
    day (read from the marks' x, in days) with another begins with a key (gid ``<id>/key``):
    its own mark's marker and colour, just left of its text and level with its first line;
    and that no other label has one. Return the events that share a day."""
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    marks: dict[str, Line2D] = {}
    keys: dict[str, Line2D] = {}
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if part == "mark":
            marks.setdefault(owner, line)
        elif part == "key":
            assert owner not in keys, f"{owner} has two keys"
            keys[owner] = line
    day = {owner: int(np.floor(line.get_xdata()[0])) for owner, line in marks.items()}  # type: ignore[index]
    counts = Counter(day.values())
    shared = {owner for owner, found in day.items() if counts[found] > 1}
    assert set(keys) == shared, "a key for each event that shares its day, only"
    labels = {text.get_gid(): text for text in figure.findobj(Text) if text.get_gid() in shared}
    for owner, key in keys.items():
        mark = marks[owner]
        assert key.get_markerfacecolor() == mark.get_markerfacecolor(), owner
        key_path = MarkerStyle(key.get_marker()).get_path().vertices  # type: ignore[arg-type]
        mark_path = MarkerStyle(mark.get_marker()).get_path().vertices  # type: ignore[arg-type]
        assert np.allclose(key_path, mark_path), f"{owner}: the key is not its mark's marker"
        assert key.get_markersize() <= labels[owner].get_fontsize(), "as small as a letter"
        box = labels[owner].get_window_extent(renderer)
        x, y = key.get_transform().transform((key.get_xdata()[0], key.get_ydata()[0]))  # type: ignore[index]
        radius = key.get_markersize() / 2 * figure.dpi / 72
        assert x + radius <= box.x0, f"{owner}: the key is not before the text"
        assert x - radius >= box.x0 - 4 * radius, f"{owner}: the key is far from the text"
        line = labels[owner].get_fontsize() * 1.2 * figure.dpi / 72
        assert box.y1 - line <= y <= box.y1, f"{owner}: the key is not on the first line"
    return shared
