"""Brackets: in the chronology, one bracket beside the labels of events that share one place
on the axis (a day's row of marks), so that the labels read as one group.

The bracket stands where the leaders end, left of the labels, from the first label's top to
the last one's bottom, in pieces: one per event, beside its own label (gid
``<id>/bracket``), each meeting the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from kztimeline.plot.drawing import AXIS_COLOUR
from kztimeline.plot.geometry import LABEL_GAP
from kztimeline.plot.items import Item
from kztimeline.plot.marks import Gids

__all__ = ("draw_brackets",)

HOOK = 1.5
"""How far the bracket's ends turn towards the labels, in points."""


def draw_brackets(
    ax: Axes,
    items: Sequence[Item],
    heights: Sequence[float],
    order: Sequence[int],
    tops: Sequence[float],
    x: float,
    gids: Gids,
) -> None:
    """A bracket at ``x`` for each run of events at one place (the same anchor, all points)
    in ``order``, the labels' order down the column; ``tops`` are the labels' tops in that
    order and ``heights`` their heights by item. One pass over the labels."""
    index = 0
    while index < len(order):
        end = index
        anchor = items[order[index]].anchor
        while end + 1 < len(order) and items[order[end + 1]].anchor == anchor:
            end += 1
        members = [items[order[k]] for k in range(index, end + 1)]
        if len(members) > 1 and all(item.shape == "point" for item in members):
            for member in range(index, end + 1):
                top, bottom = tops[member], tops[member] + heights[order[member]]
                ys = [
                    top - LABEL_GAP / 2 if member > index else top,
                    bottom + LABEL_GAP / 2 if member < end else bottom,
                ]
                xs = [x, x]
                if member == index:
                    xs, ys = [x + HOOK, *xs], [top, *ys]
                if member == end:
                    xs, ys = [*xs, x + HOOK], [*ys, bottom]
                gid = gids.take(f"{items[order[member]].id}/bracket")
                ax.add_line(Line2D(xs, ys, color=AXIS_COLOUR, linewidth=0.8, gid=gid, zorder=2))
        index = end + 1
