"""The colour and marker of each kind, the same in every picture made from one file.

A kind's style comes from its position among the *whole* timeline's sorted kinds (never the
selection being drawn), so ``mission-event`` looks the same with or without ``--from/--to``
or ``--kind``. Up to :data:`DISTINCT_STYLES` kinds get pairwise distinct colour-and-marker
pairs:

* the colours are the eight of Okabe & Ito (2008), safe for every common colour-vision
  deficiency, sorted into four lightness classes: black; blue, vermilion, green; purple,
  orange, sky blue; yellow;
* the first eight kinds get eight different colours and markers; after that, kinds that
  share a marker always differ in lightness class, so the picture stays readable in
  greyscale;
* an event without a kind is drawn in grey, a colour no kind gets.

A ``[kinds.NAME]`` table in events.toml may set ``label``, ``colour`` and ``marker`` of a kind;
what it leaves out keeps the default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kztimeline.records import MARKER_NAMES, Kind

__all__ = ("DISTINCT_STYLES", "MARKERS", "OTHER_KIND", "KindStyle", "kind_styles")

# Lightness classes of the Okabe–Ito palette (luma 0; 0.34–0.47; 0.59–0.64; 0.84).
_CLASSES: tuple[tuple[str, ...], ...] = (
    ("#000000",),
    ("#0072B2", "#D55E00", "#009E73"),
    ("#CC79A7", "#E69F00", "#56B4E9"),
    ("#F0E442",),
)
# The class of the first eight kinds' colours: blue, vermilion, green, purple, orange, sky
# blue, black, yellow (yellow last: it is faint on white).
_FIRST_CLASS = (1, 1, 1, 2, 2, 2, 0, 3)

_CODES = ("o", "s", "D", "^", "v", "<", ">", "P", "X", "*", "p", "h", "d", "8", "H", "1")
MARKERS: dict[str, str] = dict(zip(MARKER_NAMES, _CODES, strict=True))
"""The marker names an events file may use, with the matplotlib marker each draws."""

_ORDER = tuple(MARKERS.values())
DISTINCT_STYLES = len(_ORDER) * len(_CLASSES)
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
    lightness = (_FIRST_CLASS[marker % len(_FIRST_CLASS)] + round_) % len(_CLASSES)
    colours = _CLASSES[lightness]
    return colours[(marker + round_) % len(colours)], _ORDER[marker]


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
