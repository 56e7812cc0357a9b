"""The former home of the picture; it lives in :mod:`kztimeline.plot` now.

``from kztimeline.export.plot import render, save_plot, plot_bytes`` keeps working, and still
imports no matplotlib until a name is used.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kztimeline.plot import EMPTY_MESSAGE, SUFFIXES, plot_bytes, render, save_plot

__all__ = ("EMPTY_MESSAGE", "SUFFIXES", "plot_bytes", "render", "save_plot")


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # matplotlib loads only when a picture is asked for.
    import kztimeline.plot

    return getattr(kztimeline.plot, name)
