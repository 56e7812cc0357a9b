"""The legend: the key to every encoding in view, drawn as the picture draws it.

Its entries come from the items in view, never from a fixed list: each kind in view with
its marker, then only those of "range", "month or year only", "goes on past the edge",
"approximate", "uncertain", "approximate and uncertain", "tentative", "cancelled", "later
occurrence", "date left out of the rule" and "moved occurrence" that some item shows. Each
handle is made by the same functions as the marks (:mod:`~kztimeline.plot.marks`).
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kztimeline.dates import Qualifier
from kztimeline.plot.geometry import FAMILY, LEGEND_SIZE
from kztimeline.plot.items import Item
from kztimeline.plot.marks import bar_style, chevron, mark_style
from kztimeline.plot.styles import KindStyle

__all__ = ("ENCODINGS", "encodings", "legend")

GREY = "#808080"

ENCODINGS = {
    "bar": "range (length = duration)",
    "band": "month or year only",
    "goes": "goes on past the edge",
    "approximate": "approximate (~)",
    "uncertain": "uncertain (?)",
    "both": "approximate and uncertain (%)",
    "tentative": "tentative",
    "cancelled": "cancelled",
    "occurrence": "later occurrence of a repeat",
    "except": "date left out of a repeat",
    "moved": "occurrence moved from its slot",
}
"""Each encoding the legend may explain, in its order, with its words."""


def encodings(items: Sequence[Item]) -> list[str]:
    """The keys of :data:`ENCODINGS` that some item of ``items`` shows, in that order."""
    found: set[str] = set()
    for item in items:
        if item.shape in ("bar", "band"):
            found.add(item.shape)
        if item.goes_before or item.goes_after:
            found.add("goes")
        qualifier = item.qualifier
        if qualifier is Qualifier.BOTH:
            found.add("both")
        elif qualifier is not Qualifier.NONE:
            found.add("approximate" if qualifier.approximate else "uncertain")
        if item.tentative:
            found.add("tentative")
        if item.cancelled or any(occurrence.cancelled for occurrence in item.repeats):
            found.add("cancelled")
        if len(item.repeats) > 1:
            found.add("occurrence")
        if item.skipped:
            found.add("except")
        if item.moved_from is not None:
            found.add("moved")
    return [key for key in ENCODINGS if key in found]


def _handle(key: str) -> Line2D | Patch:
    label = ENCODINGS[key]
    if key in ("bar", "band"):
        fill = bar_style(GREY, key, "solid", uncertain=False)
        return Patch(
            facecolor=fill.face, edgecolor=fill.edge, hatch=fill.hatch, linewidth=0.7, label=label
        )
    if key == "goes":
        return Line2D(
            [],
            [],
            marker=chevron("right"),
            markersize=7,
            markerfacecolor="none",
            markeredgecolor=GREY,
            markeredgewidth=1.3,
            linestyle="none",
            label=label,
        )
    if key == "moved":
        return Line2D([], [], color="#9a9a9a", linewidth=0.8, linestyle=(0, (2, 1.5)), label=label)
    qualifier = {
        "approximate": Qualifier.APPROXIMATE,
        "uncertain": Qualifier.UNCERTAIN,
        "both": Qualifier.BOTH,
    }.get(key, Qualifier.NONE)
    look = {"tentative": "faded", "cancelled": "hollow"}.get(key, "solid")
    size = 7 if key not in ("occurrence", "except") else 5.6
    style = mark_style(GREY, "o", look, size, qualifier, crossed=key == "except")
    return Line2D([], [], label=label, **style)


def legend(
    figure: Figure,
    styles: Sequence[KindStyle],
    items: Sequence[Item],
    x: float,
    y: float,
    columns: int,
) -> Legend:
    """The kinds in view, then what the encodings in view mean; top left at ``(x, y)``."""
    handles: list[Line2D | Patch] = [
        Line2D([], [], label=style.label, **mark_style(style.colour, style.marker, "solid", 7))
        for style in styles
    ]
    handles.extend(_handle(key) for key in encodings(items))
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
