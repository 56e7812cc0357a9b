"""The cyclic garbage collector paused while a large batch of objects is made.

Loading a file or building its index makes hundreds of thousands of small objects and no
garbage in cycles, yet the collector, started by their count, walks the growing heap again
and again: about a third of the CPU time of a load or a first query at 100,000 events.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ("collector_paused",)


@contextmanager
def collector_paused(*, then_collect_over: int | None = None) -> Iterator[None]:
    """Pause the collector (if it runs) for the block.

    With ``then_collect_over``, one full collection follows when more objects than that were
    made: it moves what the block made to the oldest generation in one walk, where the
    collections of the young generations would walk it three times. A small block skips it,
    since the walk would cost more than the block."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        if then_collect_over is not None and gc.get_count()[0] > then_collect_over:
            gc.collect()
