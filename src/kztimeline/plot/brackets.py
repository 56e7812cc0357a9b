"""Brackets: in the chronology, one bracket beside the labels of events that share one place
on the axis (a day's row of marks), so that the labels read as one group.

The bracket stands where the leaders end, left of the labels, from the first label's top to
the last one's bottom, in pieces: one per event, beside its own label (gid
``<id>/bracket``), each meeting the next.

Time across the page has no column to bracket: there each label of an event that shares its
day with another begins with a key, its kind's marker drawn small before the text (gid
``<id>/key``), so the label names its own mark among the day's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from kztimeline.plot.drawing import AXIS_COLOUR
from kztimeline.plot.geometry import LABEL_GAP
from kztimeline.plot.items import Item
from kztimeline.plot.marks import Gids, look_of, mark_style
from kztimeline.plot.styles import KindStyle

__all__ = ("KEY_ROOM", "draw_brackets", "draw_key", "shares_day")

HOOK = 1.5
"""How far the bracket's ends turn towards the labels, in points."""
KEY_SIZE = 5.0
"""The key's marker, in points: smaller than a mark, as large as a capital letter."""
KEY_ROOM = KEY_SIZE + 2.5
"""How far a keyed label's text stands right of where it would begin, in points."""


def shares_day(items: Sequence[Item]) -> list[bool]:
    """For each item, whether another item's stem leaves the axis on its day (the day on
    the picture's clock). One count over the items."""
    days = Counter(math.floor(item.anchor) for item in items)
    return [days[math.floor(item.anchor)] > 1 for item in items]


def draw_key(ax: Axes, item: Item, style: KindStyle, x: float, y: float, gids: Gids) -> None:
    """The key of ``item``'s label: its mark's marker, small, centred at ``(x, y)``."""
    look = mark_style(style.colour, style.marker, look_of(item), KEY_SIZE, item.qualifier)
    gid = gids.take(f"{item.id}/key")
    ax.add_line(Line2D([x], [y], gid=gid, zorder=7, clip_on=False, **look))


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
