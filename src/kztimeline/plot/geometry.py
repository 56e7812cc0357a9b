"""The picture's sizes: fonts, margins, bounds, the width option, and text measured exactly.

Every length inside the layout is in points (1/72 inch), so that the placement arithmetic does
not depend on the resolution; :class:`Measure` turns the renderer's pixels into points.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any

import matplotlib
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.text import Text

import kztimeline.plot.fonts as fonts
from kztimeline.errors import PictureError

__all__ = (
    "DEFAULT_WIDTH_IN",
    "LABEL_SIZE",
    "MAX_HEIGHT_IN",
    "MIN_FONT_SIZE",
    "MIN_WIDTH_IN",
    "Measure",
    "Page",
    "parse_width",
)

FAMILY: list[str] = fonts.chain()
"""What every text asks for: the fallback chain of :func:`kztimeline.plot.fonts.chain`, so
that every script finds a font and an SVG names the whole list. Looked up once, when the
picture modules are first imported (which only drawing does)."""
MIN_FONT_SIZE = 7.0
"""No text of the picture is smaller, in points."""
LABEL_SIZE = 7.5
LIST_SIZE = 7.0
TICK_SIZE = 8.0
LEGEND_SIZE = 8.0
HEADING_SIZE = 12.0
NOTE_SIZE = 7.0

DEFAULT_WIDTH_IN = 16 / 2.54
"""A report column: 16 cm, the text width of an A4 page with ordinary margins. Every size
below is what is printed when the picture is pasted at its own width, so none is under
:data:`MIN_FONT_SIZE` there."""
MIN_WIDTH_IN = 4.0
MAX_WIDTH_IN = 60.0
MAX_HEIGHT_IN = 40.0
"""The tallest the picture grows to name every event beside its mark; past that, numbered
marks keyed to a list."""
HORIZONTAL_MAX_IN = 9.0
"""The tallest the band of labels around a horizontal axis may be before the chronology
(time down the page) is used instead."""

LANE = 7.0  # one lane of marks and bars
LEVEL_GAP = 6.0  # between the outermost lane and the first level of labels
LABEL_GAP = 3.0  # kept free around every label
STEM_GAP = 2.0  # from a stem to the label it holds
MARGIN_LEFT_IN = 0.45
MARGIN_RIGHT_IN = 0.3
TICKS_IN = 0.42  # the tick labels under a horizontal axis
CHRONOLOGY_TICKS_IN = 0.75  # the tick labels left of a vertical axis
COLUMN_MIN_IN = 4.2  # the narrowest column of a chronology
LEADER = 16.0  # the run of a leader line from the lanes to a chronology label

_UNITS = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "pt": 1 / 72, "px": 1 / 96}
_WIDTH = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*(in|cm|mm|pt|px)?\s*")


def parse_width(width: float | str | None) -> float:
    """A width in inches from ``12``, ``"16cm"``, ``"160 mm"``, ``"6.5in"``, ``"460pt"`` or
    ``"1200px"`` (at 96 px per inch); ``None`` gives 16 cm (:data:`DEFAULT_WIDTH_IN`). A bare number
    is inches.

    Raises :class:`~kztimeline.errors.PictureError` for another text, or a width outside
    4–60 in (about 10–150 cm).
    """
    if width is None:
        return DEFAULT_WIDTH_IN
    if isinstance(width, str):
        found = _WIDTH.fullmatch(width)
        if found is None:
            raise PictureError.bad_width(width)
        inches = float(found.group(1)) * _UNITS[found.group(2) or "in"]
    else:
        inches = float(width)
    if not MIN_WIDTH_IN <= inches <= MAX_WIDTH_IN:
        raise PictureError.bad_width(str(width))
    return inches


def wrap(text: str, characters: int) -> str:
    """``text`` wrapped at ``characters``, keeping its own line breaks."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, max(characters, 8)) or [""]) for line in text.split("\n")
    )


_SIZES: dict[tuple[Any, ...], tuple[float, float]] = {}
"""Sizes measured, by what decides them: pages and the layouts tried measure the same labels
again in a new figure, and the renderer's own cache is per figure."""
_SIZES_KEPT = 50_000


class Measure:
    """Texts made once and measured with the renderer that will draw them, in points.

    A label is measured as the very ``Text`` that is later placed, so the size the layout
    uses is the size drawn. A text measured before with the same font, spacing, angle,
    resolution and hinting is not measured again: the renderer would give the same size.
    """

    def __init__(self, figure: Figure, renderer: RendererBase) -> None:
        self.figure = figure
        self.renderer = renderer
        self.scale = 72 / figure.dpi

    def text(self, content: str, size: float, **style: Any) -> Text:
        text = Text(
            0,
            0,
            content,
            parse_math=False,
            fontfamily=FAMILY,
            fontsize=size,
            color=style.pop("color", "#1a1a1a"),
            linespacing=1.15,
            **style,
        )
        text.set_figure(self.figure)
        return text

    def size(self, text: Text) -> tuple[float, float]:
        """The width and height of ``text`` in points."""
        font = text.get_fontproperties()
        key = (
            text.get_text(),
            tuple(font.get_family()),
            font.get_style(),
            font.get_variant(),
            font.get_weight(),
            font.get_stretch(),
            font.get_size_in_points(),
            font.get_file(),
            text.get_linespacing(),
            text.get_rotation(),
            self.figure.dpi,
            matplotlib.rcParams["text.hinting"],
            matplotlib.rcParams["text.hinting_factor"],
            matplotlib.rcParams["text.kerning_factor"],
            tuple(matplotlib.rcParams["font.sans-serif"]),  # what the chain's last name means
        )
        found = _SIZES.get(key)
        if found is None:
            box = text.get_window_extent(self.renderer)
            found = box.width * self.scale, box.height * self.scale
            if len(_SIZES) >= _SIZES_KEPT:
                _SIZES.clear()
            _SIZES[key] = found
        return found

    def fit(self, content: str, size: float, width: float, **style: Any) -> str:
        """``content`` wrapped so that, set at ``size`` points, no line is wider than
        ``width`` points: first at the width of average text, then narrower until it fits."""
        characters = max(int(width / (size * 0.55)), 8)
        while True:
            wrapped = wrap(content, characters)
            if characters <= 8 or self.size(self.text(wrapped, size, **style))[0] <= width:
                return wrapped
            characters = int(characters * 0.9)


@dataclass(frozen=True)
class Page:
    """The parts of the figure around the timeline, in inches: the heading and legend at the
    top, the footnote at the bottom."""

    width: float
    top: float
    bottom: float
