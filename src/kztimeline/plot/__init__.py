"""The timeline as a report-grade picture: :func:`render` builds it, :func:`save_plot` writes it.

The package is split by concern, each module importable and testable alone:

* :mod:`~kztimeline.plot.items`: what each event becomes (point, bar, band) and where it
  sits in time; no matplotlib;
* :mod:`~kztimeline.plot.zones`: the one display zone and clock times said in it;
* :mod:`~kztimeline.plot.framing`: the window (dates, partial dates, date-times) and the
  title for it;
* :mod:`~kztimeline.plot.placement`: where marks and labels go, exact sweeps over sizes,
  and the rule that chooses the layout; no matplotlib;
* :mod:`~kztimeline.plot.styles`: each kind's colour and marker, from the whole file;
* :mod:`~kztimeline.plot.fonts`: the font fallback chain for every script, and the
  characters no installed font has;
* :mod:`~kztimeline.plot.geometry`: sizes, bounds, the width option, text measurement;
* :mod:`~kztimeline.plot.ticks`: ticks of a time axis, from minutes to millennia;
* :mod:`~kztimeline.plot.drawing`: the bare axes, the heading;
* :mod:`~kztimeline.plot.marks`: each event's marks, bars and lines, named by gid;
* :mod:`~kztimeline.plot.key`: the legend of what is in view;
* :mod:`~kztimeline.plot.axis`: marks in lanes along a horizontal time axis;
* :mod:`~kztimeline.plot.horizontal`: time across the page, labelled or numbered;
* :mod:`~kztimeline.plot.crossings`: whether a stem passes through another event's mark;
* :mod:`~kztimeline.plot.scale`: time down a column, linear pieces with marked breaks;
* :mod:`~kztimeline.plot.chronology`: time down the page;
* :mod:`~kztimeline.plot.leaders`: the row at which a chronology's leader passes the lanes;
* :mod:`~kztimeline.plot.output`: the figure, its bytes and the file;
* :mod:`~kztimeline.plot.pages`: one page per period when one picture cannot name every
  event, a PDF of them all.

matplotlib is imported only when a name of :mod:`~kztimeline.plot.output` or
:mod:`~kztimeline.plot.pages` is first used, so
that importing this package, and the commands that draw nothing, stay fast.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kztimeline.plot.output import EMPTY_MESSAGE, SUFFIXES, Layout, Options, Picture, draw
    from kztimeline.plot.pages import plot_bytes, render, save_plot, write_picture

__all__ = (
    "EMPTY_MESSAGE",
    "SUFFIXES",
    "Layout",
    "Options",
    "Picture",
    "draw",
    "plot_bytes",
    "render",
    "save_plot",
    "write_picture",
)


# What writes or returns a whole picture comes from pages, which draws more than one page
# when one cannot name every event; the rest from output.
_PAGED = ("plot_bytes", "render", "save_plot", "write_picture")


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # matplotlib loads only when a picture is asked for.
    import kztimeline.plot.output as output
    import kztimeline.plot.pages as pages

    value = getattr(pages if name in _PAGED else output, name)
    globals()[name] = value  # cached: later uses do not come back here
    return value
