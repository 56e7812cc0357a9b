"""The colour and marker of each kind, the same in every picture made from one file.

A kind's style comes from its position among the *whole* timeline's sorted kinds (never the
selection being drawn), so ``mission-event`` looks the same with or without ``--from/--to``
or ``--kind``. Up to :data:`DISTINCT_STYLES` kinds get pairwise distinct colour-and-marker
pairs:

* twelve colours in three lightness classes of four (dark, middle, light), each at least
  3:1 against white (the contrast that graphics need to be seen), so that no stem, leader or
  thin bar fades on paper: the yellow, orange and sky blue of Okabe & Ito (2008) are out,
  and their blue, vermilion and bluish green stay, with darker and lighter companions of the
  same hues;
* the first twelve kinds get twelve different colours and twelve different markers, and
  kinds next to each other in order are in different lightness classes;
* up to 48 kinds, kinds that share a marker are in different lightness classes, so the
  picture stays readable in greyscale; up to 64 every colour-and-marker pair differs;
* an event without a kind is drawn in grey, a colour no kind gets.

A ``[kinds.NAME]`` table in events.toml may set ``label``, ``colour`` and ``marker`` of a kind;
what it leaves out keeps the default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kztimeline.records import MARKER_NAMES, Kind

__all__ = (
    "CLASSES",
    "DISTINCT_STYLES",
    "MARKERS",
    "OTHER_KIND",
    "PALETTE",
    "KindStyle",
    "kind_styles",
)

# In order of use: middle, light, dark, middle, light, dark... (Rec. 601 luma: dark 0–0.2,
# middle 0.31–0.35, light 0.44–0.58), four hues (blue, orange to red, green, purple) in each.
PALETTE = (
    "#0072B2",  # blue (Okabe-Ito)
    "#D55E00",  # vermilion (Okabe-Ito)
    "#000000",  # black (Okabe-Ito)
    "#117733",  # green
    "#C8749F",  # pink
    "#5C1A1A",  # maroon
    "#8F4400",  # brown
    "#4A90D9",  # light blue
    "#173F23",  # dark green
    "#7A3D66",  # plum
    "#1B9E77",  # bluish green
    "#0B3D66",  # navy
)
"""The kinds' colours, in the order the first twelve kinds take them."""
CLASSES = 3
"""Lightness classes: the colour at position ``p`` of :data:`PALETTE` is in class ``p % 3``."""

_CODES = ("o", "s", "D", "^", "v", "<", ">", "P", "X", "*", "p", "h", "d", "8", "H", "1")
MARKERS: dict[str, str] = dict(zip(MARKER_NAMES, _CODES, strict=True))
"""The marker names an events file may use, with the matplotlib marker each draws."""

_ORDER = tuple(MARKERS.values())
DISTINCT_STYLES = len(_ORDER) * 4
"""How many kinds get pairwise distinct colour-and-marker pairs (64)."""

OTHER_KIND = ""  # not a possible kind, so no file can take its style
_OTHER_COLOUR = "#777777"


@dataclass(frozen=True)
class KindStyle:
    """How one kind is drawn: ``label`` in the legend, ``colour`` (hex) and ``marker``."""

    label: str
    colour: str
    marker: str


def _default(index: int) -> tuple[str, str]:
    marker = index % len(_ORDER)
    round_ = index // len(_ORDER)
    # Each round moves four places along the palette, so one class further: the kinds that
    # share a marker take three different classes, and the fourth a colour none of them has.
    position = (marker + 4 * round_ + round_ // CLASSES) % len(PALETTE)
    return PALETTE[position], _ORDER[marker]


def kind_styles(
    kinds: Iterable[str], overrides: Mapping[str, Kind] | None = None
) -> dict[str, KindStyle]:
    """The style of every kind in ``kinds`` (all the kinds of the whole timeline) and of
    :data:`OTHER_KIND`, by kind.

    Kinds are sorted first, so the result does not depend on their order. A kind past the
    first :data:`DISTINCT_STYLES` repeats a pair. ``overrides`` maps a kind to its
    ``[kinds.NAME]`` table; a marker there is one of the names of :data:`MARKERS`.
    """
    overrides = overrides or {}
    names = sorted(set(kinds) | set(overrides))
    styles: dict[str, KindStyle] = {}
    for index, kind in enumerate(names):
        colour, marker = _default(index)
        override = overrides.get(kind)
        if override is not None:
            colour = override.colour or colour
            marker = MARKERS[override.marker] if override.marker else marker
        label = override.label if override is not None and override.label else kind
        styles[kind] = KindStyle(label, colour, marker)
    styles.setdefault(OTHER_KIND, KindStyle("no kind", _OTHER_COLOUR, "o"))
    return styles
