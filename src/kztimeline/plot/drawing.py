"""Drawing primitives: the bare axes, the heading and notes.

The marks themselves are drawn by :mod:`~kztimeline.plot.marks`, the legend by
:mod:`~kztimeline.plot.key`, the ticks chosen by :mod:`~kztimeline.plot.ticks`.
"""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from kztimeline.plot.geometry import FAMILY, HEADING_SIZE, NOTE_SIZE, TICK_SIZE
from kztimeline.plot.items import EPOCH

__all__ = ("heading", "note", "style_frame")

AXIS_COLOUR = "#555555"
TEXT_COLOUR = "#1a1a1a"


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
