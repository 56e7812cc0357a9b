"""Pictures for print: a report column by default, no text under 7 pt as printed, colours
that hold on white paper and in greyscale, ticks a reader expects.

Sizes are read from the written SVG (its width in points and every ``font-size``, in the
same units), so what is checked is what a reader's program places on the page.
"""

from __future__ import annotations

import itertools
import re

import pytest

import kztimeline
from kztimeline.plot import plot_bytes
from kztimeline.timeline import Timeline
from tests import plot_timelines

CM = 72 / 2.54  # points


def svg_sizes(svg: bytes) -> tuple[float, list[float]]:
    """The width of ``svg`` in points and the size of each of its texts."""
    text = svg.decode()
    found = re.search(r'<svg [^>]*width="([\d.]+)pt"', text)
    assert found is not None
    sizes = [float(size) for size in re.findall(r"font-size: ([\d.]+)px", text)]
    return float(found.group(1)), sizes


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return kztimeline.load()


class TestReportColumn:
    def test_the_default_is_16_cm_and_no_text_under_7_pt(self, bundled: Timeline) -> None:
        width, sizes = svg_sizes(plot_bytes(bundled, "svg"))
        assert width == pytest.approx(16 * CM, abs=0.01)
        assert len(sizes) > 20
        assert min(sizes) >= 7

    @pytest.mark.parametrize("width", ["12cm", "6.5in"])
    def test_another_width_keeps_7_pt(self, width: str) -> None:
        timeline = plot_timelines.random_timeline(60, 11)
        points, sizes = svg_sizes(plot_bytes(timeline, "svg", width=width))
        expected = 12 * CM if width == "12cm" else 6.5 * 72
        assert points == pytest.approx(expected, abs=0.01)
        assert min(sizes) >= 7

    def test_png_is_16_cm_at_its_resolution(self, bundled: Timeline) -> None:
        from io import BytesIO

        from PIL import Image

        image = Image.open(BytesIO(plot_bytes(bundled, "png")))
        dpi = image.info["dpi"][0]
        assert image.width / dpi * 2.54 == pytest.approx(16, abs=0.02)


class TestGreyscale:
    def test_the_first_twelve_kinds_part_in_grey(self) -> None:
        """Twelve kinds, drawn and converted to grey by Pillow: twelve different markers,
        and kinds next to each other in order differ in grey at their marks."""
        from io import BytesIO

        from matplotlib.lines import Line2D
        from PIL import Image

        from kztimeline.plot import draw
        from kztimeline.plot.output import picture_bytes

        timeline = plot_timelines.many_kinds(12)
        picture = draw(timeline, dpi=100)
        figure = picture.figure
        marks = [line for line in figure.findobj(Line2D) if line.get_gid() == "kz-marker"]
        assert len({line.get_marker() for line in marks}) == 12
        grey = Image.open(BytesIO(picture_bytes(picture, timeline, "png"))).convert("L")
        height = grey.height
        level: dict[float, int] = {}
        for line in marks:
            x, y = line.get_xydata()[0]  # type: ignore[index]
            px, py = line.axes.transData.transform((x, y))  # type: ignore[union-attr]
            level[float(x)] = int(grey.getpixel((int(px), int(height - py))))  # type: ignore[arg-type]
        ordered = [level[x] for x in sorted(level)]
        assert len(ordered) == 12
        for first, second in itertools.pairwise(ordered):
            assert abs(first - second) >= 20, ordered
