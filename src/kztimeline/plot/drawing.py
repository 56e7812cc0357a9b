"""Drawing primitives: marks gathered by style, natural date ticks, the heading, the legend.

Marks are not added one artist per event: :class:`Scene` gathers them, and draws one
``Line2D`` per marker style, one ``PolyCollection`` per bar style and one ``LineCollection``
for all stems and leaders, which keeps ten thousand events cheap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path

from kztimeline.plot.geometry import FAMILY, HEADING_SIZE, LEGEND_SIZE, NOTE_SIZE, TICK_SIZE
from kztimeline.plot.items import EPOCH, Item
from kztimeline.plot.styles import KindStyle
from kztimeline.plot.ticks import date_ticks  # re-exported: the layouts import it from here

__all__ = ("Scene", "date_ticks", "faded", "heading", "legend", "style_frame")

AXIS_COLOUR = "#555555"
TEXT_COLOUR = "#1a1a1a"


def faded(colour: str, amount: float = 0.6) -> tuple[float, float, float]:
    """``colour`` mixed with white: opaque, so overlapping bands stay distinct."""
    red, green, blue = to_rgb(colour)
    return (red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount)


def _arrow(turns: int) -> Path:
    # An arrow pointing left, with a shaft, turned by quarter turns (counter-clockwise).
    points = [
        (-1.0, 0.0),
        (-0.1, 0.7),
        (-0.1, 0.22),
        (1.0, 0.22),
        (1.0, -0.22),
        (-0.1, -0.22),
        (-0.1, -0.7),
    ]
    for _ in range(turns):
        points = [(-y, x) for x, y in points]
    return Path([*points, points[0]], closed=True)


_ARROWS = {
    "arrow-left": _arrow(0),
    "arrow-down": _arrow(1),
    "arrow-right": _arrow(2),
    "arrow-up": _arrow(3),
}


class _Fill(NamedTuple):
    """How one kind of bar is filled: a faded colour (how much white) or the plain one."""

    fade: float | None
    hatch: str | None
    zorder: float
    gid: str


_FILLS = {
    "term": _Fill(0.92, None, 0.5, "kz-term"),
    # A long term touching or overlapping another is drawn a shade darker (see Scene.bar).
    "term-alt": _Fill(0.84, None, 0.5, "kz-term"),
    "band": _Fill(0.6, "////", 3, "kz-band"),
    "bar": _Fill(None, None, 4, "kz-bar"),
    "tentative": _Fill(0.6, "....", 4, "kz-bar"),
    "hollow": _Fill(None, None, 4, "kz-bar"),
}


class Scene:
    """Marks, bars and lines of one axes, gathered by style and drawn together by :meth:`draw`.

    Coordinates are the axes' data coordinates.
    """

    def __init__(self) -> None:
        self._marks: dict[tuple[str, str, str, float], list[tuple[float, float]]] = defaultdict(
            list
        )
        # A repeating event's later occurrences, one artist each, after the mark its label
        # joins (which is not drawn again), so that each can be told from other marks.
        self._repeats: list[tuple[Item, KindStyle, float, list[tuple[float, float]]]] = []
        self._bars: dict[tuple[str, str], list[list[tuple[float, float]]]] = defaultdict(list)
        self._lines: list[list[tuple[float, float]]] = []
        self._line_colours: list[str] = []

    def mark(self, item: Item, style: KindStyle, x: float, y: float, size: float) -> None:
        """The kind's marker at ``(x, y)``: hollow if cancelled, faded if tentative."""
        self._marks[(style.colour, style.marker, _look(item), size)].append((x, y))

    def occurrences(
        self, item: Item, style: KindStyle, size: float, points: list[tuple[float, float]]
    ) -> None:
        """A repeating event's marks: ``points[0]`` is the mark its label joins (drawn by
        :meth:`mark`), the others its later occurrences, drawn at ``size``."""
        if len(points) > 1:
            self._repeats.append((item, style, size, points))

    def arrow(self, colour: str, pointing: str, x: float, y: float, size: float) -> None:
        """An arrow at an edge that an event goes on past, ``pointing`` ``"left"``,
        ``"right"``, ``"up"`` or ``"down"``: an arrow with a shaft, unlike any kind's marker."""
        self._marks[(colour, f"arrow-{pointing}", "solid", size)].append((x, y))

    def bar(
        self,
        item: Item,
        style: KindStyle,
        corners: tuple[float, float, float, float],
        *,
        in_lane: bool = False,
        row: int = 0,
    ) -> None:
        """A bar or band over ``(x0, y0, x1, y1)``, filled as its shape and status say; a
        long term is a faint band behind everything, unless it is drawn ``in_lane`` like a
        bar (in a chronology, where a band across the page would run under the labels).

        Long terms that touch or overlap are in different ``row``s: odd rows are a shade
        darker, and each term has a white edge, so that each shows where it begins and ends.
        """
        x0, y0, x1, y1 = corners
        if item.shape == "background" and not in_lane:
            kind = "term-alt" if row % 2 else "term"
        elif item.cancelled:
            kind = "hollow"
        elif item.shape == "band":
            kind = "band"
        else:
            kind = "tentative" if item.tentative else "bar"
        self._bars[(style.colour, kind)].append([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])

    def line(self, points: list[tuple[float, float]], colour: str) -> None:
        """A stem or a leader through ``points``."""
        self._lines.append(points)
        self._line_colours.append(colour)

    def draw(self, ax: Axes) -> None:
        """Add everything to ``ax``, in a fixed order so that the output bytes are stable."""
        for (colour, kind), polygons in sorted(self._bars.items()):
            fill = _FILLS[kind]
            face: str | tuple[float, float, float] = colour
            if fill.fade is not None:
                face = faded(colour, fill.fade)
            elif kind == "hollow":
                face = "white"
            term = kind.startswith("term")
            collection = PolyCollection(
                polygons,
                facecolors=[face],
                edgecolors=["white" if term else colour],
                linewidths=1.2 if term else 0.7,
                hatch=fill.hatch,
                zorder=fill.zorder,
            )
            collection.set_gid(fill.gid)
            ax.add_collection(collection, autolim=False)
        if self._lines:
            lines = LineCollection(
                self._lines,
                colors=self._line_colours,
                linewidths=0.6,
                alpha=0.85,
                zorder=1,
            )
            lines.set_gid("kz-stem")
            ax.add_collection(lines, autolim=False)
        for (colour, marker, look, size), points in sorted(self._marks.items()):
            ax.add_line(_markers(colour, marker, look, size, points, "kz-marker"))
        for item, style, size, points in self._repeats:
            line = _markers(style.colour, style.marker, _look(item), size, points, "kz-occurrence")
            # The first point is the labelled mark, already drawn: it stays in the data so that
            # a reader of the figure knows which mark the occurrences belong to.
            line.set_markevery(slice(1, None))
            ax.add_line(line)


def _look(item: Item) -> str:
    return "hollow" if item.cancelled else "faded" if item.tentative else "solid"


def _markers(
    colour: str, marker: str, look: str, size: float, points: list[tuple[float, float]], gid: str
) -> Line2D:
    """One artist for marks of one style at ``points``."""
    face: str | tuple[float, float, float] = colour
    if look == "hollow":
        face = "white"
    elif look == "faded":
        face = faded(colour, 0.55)
    arrow = _ARROWS.get(marker)
    edge = colour if look != "solid" or arrow is not None else "#333333"
    return Line2D(
        [x for x, _ in points],
        [y for _, y in points],
        marker=arrow if arrow is not None else marker,
        markersize=size,
        markerfacecolor=face,
        markeredgecolor=edge,
        markeredgewidth=1.1 if look != "solid" else 0.4,
        linestyle="none",
        zorder=6,
        gid=gid,
    )


def day_of(value: float) -> date:
    return EPOCH + timedelta(days=int(value // 1))


def style_frame(ax: Axes) -> None:
    """A bare axes: no frame, no y axis, white, tick labels in the picture's font."""
    for side in ("left", "right", "top", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_facecolor("white")
    ax.tick_params(
        labelsize=TICK_SIZE, labelfontfamily=FAMILY, color="#999999", labelcolor="#333333"
    )


def heading(figure: Figure, text: str, x: float, y: float) -> None:
    """The title, top left at ``(x, y)`` in figure fractions."""
    figure.text(
        x,
        y,
        text,
        ha="left",
        va="top",
        fontsize=HEADING_SIZE,
        fontweight="bold",
        color="#111111",
        parse_math=False,
        fontfamily=FAMILY,
        linespacing=1.15,
    )


def note(figure: Figure, text: str, x: float, y: float, **style: object) -> None:
    """Small grey text, bottom left at ``(x, y)``: the footnote, or a note on the layout."""
    figure.text(
        x,
        y,
        text,
        ha="left",
        va="bottom",
        fontsize=NOTE_SIZE,
        color="#444444",
        parse_math=False,
        fontfamily=FAMILY,
        linespacing=1.3,
        **style,  # type: ignore[arg-type]
    )


def legend(figure: Figure, styles: Sequence[KindStyle], x: float, y: float, columns: int) -> Legend:
    """The kinds in view, then what the shapes mean; top left at ``(x, y)``."""
    handles: list[Line2D | Patch] = [
        Line2D(
            [],
            [],
            marker=style.marker,
            color=style.colour,
            markeredgecolor="#333333",
            markeredgewidth=0.4,
            linestyle="none",
            markersize=7,
            label=style.label,
        )
        for style in styles
    ]
    handles.append(Line2D([], [], color=AXIS_COLOUR, linewidth=3.5, label="range of days"))
    handles.append(
        Patch(
            facecolor="#bbbbbb",
            edgecolor=AXIS_COLOUR,
            hatch="////",
            linewidth=0.6,
            label="month or year only",
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            color=AXIS_COLOUR,
            markerfacecolor="white",
            markeredgecolor=AXIS_COLOUR,
            linestyle="none",
            label="cancelled",
        )
    )
    found = figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(x, y),
        ncol=columns,
        frameon=False,
        handlelength=1.6,
        columnspacing=1.4,
        borderaxespad=0,
        borderpad=0,
        prop={"family": FAMILY, "size": LEGEND_SIZE},
    )
    for text in found.get_texts():
        text.set_parse_math(False)
    return found
