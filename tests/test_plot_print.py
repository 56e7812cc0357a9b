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
        marks = [line for line in figure.findobj(Line2D) if str(line.get_gid()).endswith("/mark")]
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


def days(text: str) -> float:
    from datetime import date

    return float((date.fromisoformat(text) - date(1970, 1, 1)).days)


class TestTicks:
    def test_a_month_gets_its_mondays(self) -> None:
        from datetime import date, timedelta

        from kztimeline.plot.ticks import date_ticks

        locations, labels = date_ticks(days("2012-11-01"), days("2012-12-01"), length=400)
        moments = [date(1970, 1, 1) + timedelta(days=x) for x in locations]
        assert [moment.weekday() for moment in moments] == [0] * len(moments)
        assert [moment.day for moment in moments] == [5, 12, 19, 26]
        assert labels == ["5 Nov\n2012", "12", "19", "26"]

    def test_one_day_gets_hours(self) -> None:
        from kztimeline.plot.ticks import date_ticks

        day = days("2024-05-14")
        locations, labels = date_ticks(day + 8.5 / 24, day + 17 / 24, length=400)
        assert labels[0] == "09:00\n14 May 2024"
        assert labels[1:] == [f"{hour}:00" for hour in range(10, 18)]
        assert locations[0] == pytest.approx(day + 9 / 24)

    def test_the_year_is_said_once_where_it_changes(self) -> None:
        from kztimeline.plot.ticks import date_ticks

        _, labels = date_ticks(days("2011-12-18"), days("2012-01-20"))
        assert labels == ["19 Dec\n2011", "26", "2 Jan\n2012", "9", "16"]
        _, labels = date_ticks(days("2011-06-01"), days("2012-09-01"))
        years = [label for label in labels if "20" in label]
        assert len(years) == 2
        assert labels[0].endswith("2011")

    @pytest.mark.parametrize(
        ("lo", "hi", "unit"),
        [
            (days("2024-05-14") + 0.35, days("2024-05-14") + 0.36, ":"),  # 14 minutes
            (days("2024-05-14"), days("2024-05-15"), ":"),
            (days("2012-11-01"), days("2012-12-01"), " Nov"),
            (days("2012-01-01"), days("2013-01-01"), "Mar"),
            (days("1900-01-01"), days("2020-01-01"), "1960"),
            (days("0001-01-01"), days("9999-12-31"), "5000"),
        ],
    )
    def test_from_minutes_to_millennia(self, lo: float, hi: float, unit: str) -> None:
        from kztimeline.plot.ticks import date_ticks

        locations, labels = date_ticks(lo, hi, length=400)
        assert 2 <= len(locations) <= 9
        assert locations == sorted(locations)
        assert all(lo <= x <= hi for x in locations)
        assert any(unit in label for label in labels)

    @pytest.mark.parametrize("width", ["12cm", "16cm"])
    @pytest.mark.parametrize(
        ("start", "end"), [("2012-11-01", "2012-11-30"), ("2011-12-01", "2012-02-28")]
    )
    def test_no_two_tick_labels_closer_than_a_character(
        self, bundled: Timeline, width: str, start: str, end: str
    ) -> None:
        """Measured with the renderer on the drawn figure."""
        from matplotlib.text import Text

        from kztimeline.plot import render

        figure = render(bundled, start=start, end=end, width=width, dpi=100)
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        ax = figure.axes[0]
        shown = [t for t in ax.get_xticklabels() if t.get_text()]
        assert len(shown) >= 3
        boxes = sorted((t.get_window_extent(renderer) for t in shown), key=lambda b: b.x0)
        zero = Text(0, 0, "0", fontsize=shown[0].get_fontsize(), figure=figure)
        character = zero.get_window_extent(renderer).width
        for left, right in itertools.pairwise(boxes):
            assert right.x0 - left.x1 >= character * 0.99
