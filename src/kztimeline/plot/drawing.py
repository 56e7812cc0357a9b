"""Drawing primitives: natural date ticks, the bare axes, the heading and notes.

The marks themselves are drawn by :mod:`~kztimeline.plot.marks`, the legend by
:mod:`~kztimeline.plot.key`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator
from matplotlib.figure import Figure

from kztimeline.plot.geometry import FAMILY, HEADING_SIZE, NOTE_SIZE, TICK_SIZE
from kztimeline.plot.items import EPOCH

__all__ = ("date_ticks", "heading", "note", "style_frame")

AXIS_COLOUR = "#555555"
TEXT_COLOUR = "#1a1a1a"


_LAST_DAY = float((date(9999, 12, 31) - EPOCH).days)


def _step_days(locations: Sequence[float]) -> float:
    steps = [b - a for a, b in itertools.pairwise(locations)]
    return min(steps) if steps else 365.0


def date_ticks(lo: float, hi: float, most: int = 9) -> tuple[list[float], list[str]]:
    """Tick positions between ``lo`` and ``hi`` (axis units) and their labels, read naturally.

    Day ticks give the day, with the month where it changes and the year where that changes
    (``13 Jul 1969``, ``17``, ``21``, ``2 Aug``); month ticks the month, with the year where it
    changes; year ticks the year. Each tick says all it needs, so there is no offset label to
    contradict them.
    """
    locator = AutoDateLocator(minticks=3, maxticks=most)  # type: ignore[no-untyped-call]
    # Python's datetime ends with 9999; so does the axis.
    hi = min(hi, _LAST_DAY)
    start = datetime(1970, 1, 1) + timedelta(days=lo)
    end = datetime(1970, 1, 1) + timedelta(days=hi)
    locations = [float(x) for x in locator.tick_values(start, end) if lo <= x <= hi]  # type: ignore[no-untyped-call]
    step = _step_days(locations)
    labels = []
    previous: datetime | None = None
    for value in locations:
        moment = datetime(1970, 1, 1) + timedelta(days=value)
        new_year = previous is None or previous.year != moment.year
        new_month = new_year or (previous is not None and previous.month != moment.month)
        new_day = new_month or (previous is not None and previous.day != moment.day)
        if step < 1:
            text = f"{moment:%H:%M}"
            if new_day:
                text += (
                    f"\n{moment.day} {moment:%b %Y}" if new_year else f"\n{moment.day} {moment:%b}"
                )
        elif step < 28:
            text = str(moment.day)
            if new_month:
                text += f" {moment:%b}"
            if new_year:
                text += f"\n{moment.year}"
        elif step < 365:
            text = f"{moment:%b}\n{moment.year}" if new_year else f"{moment:%b}"
        else:
            text = str(moment.year)
        labels.append(text)
        previous = moment
    return locations, labels


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
