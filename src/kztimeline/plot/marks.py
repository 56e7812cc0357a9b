"""Marks, bars, stems and arrows of one axes, each event's its own artists, named by gid.

The gid contract, which a web page can use to link and style the SVG: an event's label has
the event's id as its gid; every other artist of the event has ``<event id>/<part>``, where
the part begins with what it is: ``mark``, ``bar``, ``stem``, ``leader``, ``arrow``,
``label``, ``bracket`` (its piece of the bracket joining the labels of events at one place,
in a chronology), ``occurrence-YYYY-MM-DD`` (a repeat's mark) or ``except-YYYY-MM-DD`` (a
date ``except_on`` removes), followed by ``-2``, ``-3``... where one event has several. Axis
breaks are ``axis/break-1``, ``axis/break-2``... :class:`Gids` hands out the names, so every
id in a figure is unique.

Up to :data:`OWN_ARTISTS` events in view, each event's marks are its own artists; past that,
marks of one look are gathered into one artist (gid ``group/<part>``), which keeps ten
thousand events quick.

How a date's certainty is drawn, on marks and bars alike (:func:`mark_style`,
:func:`bar_style`; the legend uses the same functions, so it shows what is drawn):

* approximate (``~``): whiskers either side of the mark; a bar's approximate end fades out;
* uncertain (``?``): a dashed ring around the mark; a bar's outline is dashed;
* both (``%``): whiskers and the dashed ring; soft ends and a dashed outline;
* an end that goes on past the axis (open, or cut by the window): a double chevron beyond
  the edge, outside the bar.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.path import Path
from matplotlib.transforms import Affine2D

from kztimeline.dates import Qualifier
from kztimeline.plot.items import Item
from kztimeline.plot.styles import KindStyle

__all__ = (
    "OWN_ARTISTS",
    "Gids",
    "Scene",
    "bar_style",
    "chevron",
    "faded",
    "look_of",
    "mark_style",
)

OWN_ARTISTS = 500
EDGE = "#333333"


def faded(colour: str, amount: float = 0.6) -> tuple[float, float, float]:
    """``colour`` mixed with white: opaque, so overlapping bands stay distinct."""
    red, green, blue = to_rgb(colour)
    return (red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount)


class Gids:
    """Names for artists, each handed out once: a name asked for again gets ``-2``, ``-3``..."""

    def __init__(self) -> None:
        self._taken: dict[str, int] = {}

    def take(self, name: str) -> str:
        count = self._taken.get(name, 0) + 1
        self._taken[name] = count
        return name if count == 1 else f"{name}-{count}"

    def numbered(self, name: str) -> str:
        """``name-1``, then ``name-2``...: for artists that are always numbered."""
        count = self._taken.get(name, 0) + 1
        self._taken[name] = count
        return f"{name}-{count}"


def _shape(code: str) -> Path:
    style = MarkerStyle(code)
    return style.get_path().transformed(style.get_transform())


def _whiskers() -> list[Path]:
    lines = []
    for sign in (-1, 1):
        lines.append(Path([(sign * 0.55, 0.0), (sign * 1.2, 0.0)], [Path.MOVETO, Path.LINETO]))
        # Tall caps: the whisker itself may lie along the axis line.
        lines.append(Path([(sign * 1.2, -0.42), (sign * 1.2, 0.42)], [Path.MOVETO, Path.LINETO]))
    return lines


def _ring() -> list[Path]:
    dashes = []
    for number in range(10):
        start = 2 * math.pi * number / 10
        angles = np.linspace(start, start + math.pi / 10, 4)
        points = [(0.8 * math.cos(a), 0.8 * math.sin(a)) for a in angles]
        dashes.append(Path(points, [Path.MOVETO, *[Path.LINETO] * 3]))
    return dashes


def _cross() -> list[Path]:
    return [
        Path([(-0.7, -0.7), (0.7, 0.7)], [Path.MOVETO, Path.LINETO]),
        Path([(-0.7, 0.7), (0.7, -0.7)], [Path.MOVETO, Path.LINETO]),
    ]


def _marker(code: str, qualifier: Qualifier, crossed: bool) -> tuple[str | Path, float]:
    """The marker of ``code`` with what the qualifier adds, and how much larger to set it so
    that the kind's own shape keeps its size."""
    extra = [
        *(_whiskers() if qualifier.approximate else []),
        *(_ring() if qualifier.uncertain else []),
        *(_cross() if crossed else []),
    ]
    if not extra:
        return code, 1.0
    shape = _shape(code)
    path = Path.make_compound_path(shape, *extra)
    # matplotlib scales a path marker so that its furthest point is at half the size.
    return path, float(np.abs(path.vertices).max()) / float(np.abs(shape.vertices).max())


_CHEVRONS = {
    "right": Path(
        [(-1, 0.6), (-0.2, 0), (-1, -0.6), (0.2, 0.6), (1, 0), (0.2, -0.6)],
        [Path.MOVETO, Path.LINETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.LINETO],
    ),
}
for _name, _degrees in (("left", 180), ("up", 90), ("down", -90)):
    _CHEVRONS[_name] = _CHEVRONS["right"].transformed(Affine2D().rotate_deg(_degrees))


def chevron(pointing: str) -> Path:
    """The double chevron that says an event goes on past the edge, pointing that way."""
    return _CHEVRONS[pointing]


def look_of(item: Item) -> str:
    """``"hollow"`` for a cancelled event, ``"faded"`` for a tentative one, else ``"solid"``."""
    return "hollow" if item.cancelled else "faded" if item.tentative else "solid"


def drawn_size(code: str, qualifier: Qualifier, size: float) -> float:
    """How wide a mark of ``size`` is drawn, with its whiskers or ring."""
    return size * _marker(code, qualifier, crossed=False)[1]


def mark_style(
    colour: str,
    code: str,
    look: str,
    size: float,
    qualifier: Qualifier = Qualifier.NONE,
    *,
    crossed: bool = False,
) -> dict[str, Any]:
    """The ``Line2D`` keywords of a mark: the kind's marker and colour, hollow, faded or
    solid, with whiskers for approximate, a dashed ring for uncertain, a cross for a date
    removed from a rule (then faint)."""
    marker, scale = _marker(code, qualifier, crossed)
    face: str | tuple[float, float, float] = colour
    edge = EDGE
    width = 0.4 if qualifier is Qualifier.NONE else 0.8
    if crossed:
        face, edge, width = faded(colour, 0.8), "#8a8a8a", 0.8
    elif look == "hollow":
        face, edge, width = "white", colour, 1.1
    elif look == "faded":
        face, edge, width = faded(colour, 0.55), colour, 1.1
    return {
        "marker": marker,
        "markersize": size * scale,
        "markerfacecolor": face,
        "markeredgecolor": edge,
        "markeredgewidth": width,
        "linestyle": "none",
    }


@dataclass(frozen=True)
class BarFill:
    face: str | tuple[float, float, float]
    edge: str
    hatch: str | None
    dashed: bool


def bar_style(colour: str, item_shape: str, look: str, uncertain: bool) -> BarFill:
    """How a bar or band is filled and outlined: a band (a month or a year only) is hatched
    and faded; a tentative bar dotted and faded; a cancelled one white; an uncertain one has
    a dashed outline."""
    if look == "hollow":
        return BarFill("white", colour, None, uncertain)
    if item_shape == "band":
        return BarFill(faded(colour, 0.6), colour, "////", uncertain)
    if look == "faded":
        return BarFill(faded(colour, 0.6), colour, "....", uncertain)
    return BarFill(colour, EDGE if uncertain else colour, None, uncertain)


@dataclass
class _Mark:
    name: str
    style: dict[str, Any]
    x: float
    y: float
    zorder: float = 6


@dataclass
class _Bar:
    name: str
    fill: BarFill
    corners: tuple[float, float, float, float]
    soft: tuple[float, float]
    along_x: bool


@dataclass
class _Line:
    name: str
    points: list[tuple[float, float]]
    colour: str
    width: float = 0.6
    dashed: bool = False


class Scene:
    """Marks, bars and lines of one axes, each named for its event, drawn by :meth:`draw`.

    Coordinates are the axes' data coordinates.
    """

    def __init__(self, gids: Gids, grouped: bool = False) -> None:
        self.gids = gids
        self.grouped = grouped
        self._marks: list[_Mark] = []
        self._bars: list[_Bar] = []
        self._lines: list[_Line] = []

    def parts(self) -> tuple[list[_Mark], list[_Bar], list[_Line]]:
        """The marks, bars and lines so far, to check a layout before it is drawn."""
        return self._marks, self._bars, self._lines

    def mark(
        self, item: Item, style: KindStyle, x: float, y: float, size: float, part: str = "mark"
    ) -> None:
        """The kind's marker at ``(x, y)``: hollow if cancelled, faded if tentative, with what
        the date's qualifiers add."""
        look = mark_style(style.colour, style.marker, look_of(item), size, item.qualifier)
        if part == "mark":
            part = item.mark_part
        self._marks.append(_Mark(f"{item.id}/{part}", look, x, y))

    def occurrence(
        self,
        item: Item,
        style: KindStyle,
        x: float,
        y: float,
        size: float,
        day: date,
        *,
        cancelled: bool = False,
    ) -> None:
        """A later occurrence of a repeating event: its kind's marker, hollow if cancelled."""
        look = "hollow" if cancelled or item.cancelled else look_of(item)
        found = mark_style(style.colour, style.marker, look, size)
        self._marks.append(_Mark(f"{item.id}/occurrence-{day.isoformat()}", found, x, y))

    def ghost(
        self, item: Item, style: KindStyle, x: float, y: float, size: float, day: date
    ) -> None:
        """A date ``except_on`` removes: a faint crossed mark on its day."""
        found = mark_style(style.colour, style.marker, "solid", size, crossed=True)
        self._marks.append(_Mark(f"{item.id}/except-{day.isoformat()}", found, x, y, 5))

    def arrow(
        self, item: Item, colour: str, pointing: str, x: float, y: float, size: float
    ) -> None:
        """A double chevron pointing ``"left"``, ``"right"``, ``"up"`` or ``"down"`` at
        ``(x, y)``, beyond the edge an event goes on past."""
        found = {
            "marker": _CHEVRONS[pointing],
            "markersize": size,
            "markerfacecolor": "none",
            "markeredgecolor": colour,
            "markeredgewidth": 1.3,
            "linestyle": "none",
            "clip_on": False,
        }
        self._marks.append(_Mark(f"{item.id}/arrow", found, x, y))

    def bar(
        self,
        item: Item,
        style: KindStyle,
        corners: tuple[float, float, float, float],
        *,
        soft: tuple[float, float] = (0.0, 0.0),
        along_x: bool = True,
    ) -> None:
        """A bar or band over ``(x0, y0, x1, y1)``; ``soft`` is how long the faded end is at
        each side (data units along time, ``along_x`` or down ``y``), for approximate ends."""
        fill = bar_style(style.colour, item.shape, look_of(item), any(item.uncertain))
        self._bars.append(_Bar(f"{item.id}/bar", fill, corners, soft, along_x))

    def line(self, item: Item, part: str, points: list[tuple[float, float]], colour: str) -> None:
        """A stem or leader (``part``) through ``points``."""
        self._lines.append(_Line(f"{item.id}/{part}", points, colour))

    def moved(self, item: Item, start: tuple[float, float], end: tuple[float, float]) -> None:
        """A light arrow from an occurrence's old slot to where a change moved it."""
        self._lines.append(_Line(f"{item.id}/arrow", [start, end], "#9a9a9a", 0.8, True))

    def draw(self, ax: Axes) -> None:
        """Add everything to ``ax``, in the order given, so that the output bytes are stable."""
        if self.grouped:
            self._draw_grouped_bars(ax)
        else:
            for bar in self._bars:
                ax.add_collection(self._bar_artist(bar), autolim=False)
        if self.grouped and self._lines:
            lines = LineCollection(
                [line.points for line in self._lines],
                colors=[line.colour for line in self._lines],
                linewidths=0.6,
                alpha=0.85,
                zorder=1,
            )
            lines.set_gid(self.gids.take("group/stem"))
            ax.add_collection(lines, autolim=False)
        else:
            for line in self._lines:
                artist = Line2D(
                    [x for x, _ in line.points],
                    [y for _, y in line.points],
                    color=line.colour,
                    linewidth=line.width,
                    alpha=0.85,
                    linestyle=(0, (2, 1.5)) if line.dashed else "-",
                    zorder=1,
                    gid=self.gids.take(line.name),
                )
                ax.add_line(artist)
        if self.grouped:
            groups: dict[str, list[_Mark]] = defaultdict(list)
            for mark in self._marks:
                groups[repr(sorted(mark.style.items(), key=str))].append(mark)
            for marks in groups.values():
                ax.add_line(
                    Line2D(
                        [m.x for m in marks],
                        [m.y for m in marks],
                        zorder=marks[0].zorder,
                        gid=self.gids.take("group/mark"),
                        **marks[0].style,
                    )
                )
            return
        for mark in self._marks:
            ax.add_line(
                Line2D(
                    [mark.x],
                    [mark.y],
                    zorder=mark.zorder,
                    gid=self.gids.take(mark.name),
                    **mark.style,
                )
            )

    def _draw_grouped_bars(self, ax: Axes) -> None:
        groups: dict[BarFill, list[_Bar]] = defaultdict(list)
        for bar in self._bars:
            groups[bar.fill].append(bar)
        for fill, bars in groups.items():
            polygons = [_rectangle(bar.along_x, *_span(bar), *bar.corners) for bar in bars]
            collection = PolyCollection(
                polygons,
                facecolors=[fill.face],
                edgecolors=[fill.edge],
                linewidths=0.7,
                hatch=fill.hatch,
                zorder=3 if fill.hatch == "////" else 4,
            )
            collection.set_gid(self.gids.take("group/bar"))
            ax.add_collection(collection, autolim=False)

    def _bar_artist(self, bar: _Bar) -> PolyCollection:
        x0, y0, x1, y1 = bar.corners
        fill = bar.fill
        polygons = []
        faces: list[Any] = []
        edges: list[Any] = []
        start, end = (x0, x1) if bar.along_x else (y0, y1)
        first, last = start + bar.soft[0], end - bar.soft[1]
        # Soft ends: three strips that fade out, inside the bar, so its extent stays its span.
        for step, alpha in enumerate((0.12, 0.3, 0.55)):
            for side, length in enumerate(bar.soft):
                if length <= 0:
                    continue
                third = length / 3
                if side == 0:
                    a, b = start + step * third, start + (step + 1) * third
                else:
                    a, b = end - (step + 1) * third, end - step * third
                polygons.append(_rectangle(bar.along_x, a, b, x0, y0, x1, y1))
                faces.append((*to_rgb(fill.face), alpha))
                edges.append("none")
        polygons.append(_rectangle(bar.along_x, first, max(last, first), x0, y0, x1, y1))
        faces.append(fill.face)
        edges.append(fill.edge)
        collection = PolyCollection(
            polygons,
            facecolors=faces,
            edgecolors=edges,
            linewidths=0.9 if fill.dashed else 0.7,
            linestyles=(0, (2.5, 1.5)) if fill.dashed else "solid",
            hatch=fill.hatch,
            zorder=3 if fill.hatch == "////" else 4,
        )
        collection.set_gid(self.gids.take("group/bar" if self.grouped else bar.name))
        return collection


def _span(bar: _Bar) -> tuple[float, float]:
    x0, y0, x1, y1 = bar.corners
    return (x0, x1) if bar.along_x else (y0, y1)


def _rectangle(
    along_x: bool, a: float, b: float, x0: float, y0: float, x1: float, y1: float
) -> list[tuple[float, float]]:
    if along_x:
        return [(a, y0), (b, y0), (b, y1), (a, y1)]
    return [(x0, a), (x1, a), (x1, b), (x0, b)]
