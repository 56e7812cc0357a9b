"""The picture against plain matplotlib: N events in view, each named, side by side with N
labelled ``annotate()`` points on one axes.

Run ``python benchmarks/pictures.py`` for N = 30, 100, 300 and 1,000 on both mixes of
``generate.py``, or ``--sizes 30 --repeat 1`` for a quick check. It prints one Markdown
table of medians. kztimeline's side is what ``kztimeline plot -o x.png`` does: draw the
pages (:func:`kztimeline.plot.pages.write_pages`: the layout, every label measured, more
pages when one cannot name every event) and write page 1 as a PNG at 200 dpi, 16 cm wide.
The baseline is the matplotlib gallery's timeline done by hand: a ``Figure`` of the same size
and resolution, every event a point on one axes with its title in an ``annotate()`` on a
stem (``arrowprops``) at one of six levels, written as a PNG. It places nothing and measures
nothing, so labels may overlap: it is the floor of drawing N labelled points. The target
(issue 21) is at most 3x the baseline at N = 300.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import kztimeline
from generate import generate
from kztimeline.plot.pages import draw_pages, write_pages
from run import add_sizes, median_time

__all__ = ("main", "run")

SIZES = (30, 100, 300, 1_000)
TARGET = 3.0
TARGET_AT = 300
DPI = 200

# The mixes the pictures are measured on; the open-rules mix is about queries, not drawing.
PICTURE_MIXES = ("standard", "long-ranges")


def _points(text: str) -> list[tuple[float, str]]:
    """Each event's first day (days since 1970) and title, from the generated TOML."""
    found = []
    for event in tomllib.loads(text)["events"]:
        value = event["date"]
        first = value if isinstance(value, date) else date.fromisoformat(str(value)[:4] + "-01-01")
        found.append((float((first - date(1970, 1, 1)).days), str(event["title"])))
    return found


def annotate_png(points: list[tuple[float, str]], size: tuple[float, float], dpi: int) -> bytes:
    """The baseline: ``points`` as labelled points on one axes, as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    xs = [x for x, _ in points]
    ax.plot(xs, [0] * len(xs), "o", markersize=4)
    for index, (x, title) in enumerate(points):
        level = (index % 6 + 1) * (1 if index % 2 else -1)
        ax.annotate(
            title,
            (x, 0),
            xytext=(x, level),
            fontsize=7.5,
            arrowprops={"arrowstyle": "-", "linewidth": 0.6},
        )
    ax.set_ylim(-7, 7)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def run(sizes: Sequence[int], repeat: int, dpi: int = DPI) -> list[list[str]]:
    """One row per size and mix: N, mix, pages, kztimeline, baseline, ratio, target, met."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            for mix in PICTURE_MIXES:
                text = generate(n, mix=mix)
                timeline = kztimeline.loads(text)
                path = Path(folder) / f"picture-{n}-{mix}.png"
                mine = median_time(
                    lambda timeline=timeline, path=path: write_pages(timeline, path, dpi=dpi),
                    repeat,
                )
                pages = draw_pages(timeline, dpi=dpi)
                width, height = pages[0].figure.get_size_inches()
                points = _points(text)
                theirs = median_time(
                    lambda points=points, size=(width, height): annotate_png(points, size, dpi),
                    repeat,
                )
                ratio = mine / theirs
                judged = n == TARGET_AT
                rows.append(
                    [
                        f"{n:,}",
                        mix,
                        f"{len(pages)} ({pages[0].layout})",
                        f"{mine:.2f} s",
                        f"{theirs:.2f} s",
                        f"{ratio:.2f}×",
                        f"≤ {TARGET:g}×" if judged else "—",
                        ("yes" if ratio <= TARGET else "**no**") if judged else "—",
                    ]
                )
    return rows


def table(rows: list[list[str]]) -> str:
    head = "| N in view | mix | pages (layout) | kztimeline | annotate() | ratio | target | met |"
    lines = [head, "|---:|---|---|---:|---:|---:|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    add_sizes(parser, SIZES, "events in view")
    parser.add_argument("--repeat", type=int, default=3, metavar="K", help="runs per median")
    parser.add_argument(
        "--dpi", type=int, default=DPI, metavar="D", help=f"resolution (default: {DPI})"
    )
    arguments = parser.parse_args(argv)
    print(table(run(arguments.sizes, max(1, arguments.repeat), arguments.dpi)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
