"""The timeline picture: kztimeline.export.plot (render, save_plot) and ``kztimeline plot``.

The golden image ``tests/golden/timeline-events.png`` and the committed ``exports/timeline.png``
are compared with ``compare_images`` at a small tolerance, since FreeType and matplotlib
versions move pixels. Regenerate both with::

    KZTIMELINE_REGENERATE=1 python -m pytest tests/test_plot.py && kztimeline build
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Bbox

import kztimeline
from kztimeline import KztimelineError, OutputError, Timeline
from kztimeline.cli import main
from kztimeline.export.plot import EMPTY_MESSAGE, plot_bytes, render, save_plot
from tests.conftest import benchmark_module

from .conftest import EVENTS, EXPORTS, GOLDEN, REGENERATE

HEADER = """\
[timeline]
title = "{title}"
revised = 2020-01-01

[sources.a]
title = "Source A"
published = 2012-11-13
"""


def make(events: list[tuple[str, str]] | list[dict[str, str]], title: str = "Test") -> Timeline:
    """A timeline from ``(date, title)`` pairs or dicts of fields."""
    body = []
    for number, event in enumerate(events):
        fields = event if isinstance(event, dict) else {"date": event[0], "title": event[1]}
        lines = [f"{key} = {toml_string(value)}" for key, value in fields.items()]
        body.append(f'[[events]]\nid = "e{number}"\nsources = ["a"]\n' + "\n".join(lines))
    header = HEADER.replace('"{title}"', toml_string(title))
    return kztimeline.loads(header + "\n" + "\n\n".join(body) + "\n")


def toml_string(value: str) -> str:
    return "'" + value + "'" if "'" not in value else json.dumps(value)


def texts(figure: Figure) -> list[Text]:
    return [
        text
        for text in figure.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.figure is not None
    ]


def all_text(figure: Figure) -> str:
    return "\n".join(text.get_text() for text in texts(figure))


def marks(figure: Figure) -> list[Any]:
    return [artist for artist in figure.findobj() if artist.get_gid() in ("kz-marker", "kz-bar")]


def assert_no_overlaps(figure: Figure) -> int:
    """Draw ``figure``; assert no two texts overlap and no text covers a marker or a bar."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [(text.get_text(), shrink(text.get_window_extent(renderer))) for text in texts(figure)]
    for index, (first, box) in enumerate(boxes):
        for second, other in boxes[index + 1 :]:
            assert not box.overlaps(other), f"{first!r} overlaps {second!r}"
    for artist in marks(figure):
        extent = shrink(artist.get_window_extent(renderer))
        for text, box in boxes:
            assert not box.overlaps(extent), f"{text!r} covers a {artist.get_gid()}"
    return len(boxes)


def shrink(box: Bbox) -> Bbox:
    # Boxes that only touch at a pixel's edge do not overlap.
    return Bbox.from_extents(box.x0 + 0.5, box.y0 + 0.5, box.x1 - 0.5, box.y1 - 0.5)


@pytest.fixture(scope="module")
def figure(timeline: Timeline) -> Figure:
    return render(timeline)


@pytest.fixture(scope="module")
def dense() -> Timeline:
    week = [
        (f"2015-06-{1 + i % 7:02d}", f"Crowded event number {i} in one week") for i in range(40)
    ]
    start = date(2000, 1, 1)
    spread = [
        ((start + timedelta(days=183 * i)).isoformat(), f"Spread event {i} over twenty years")
        for i in range(40)
    ]
    return make(week + spread, title="Dense")


class TestLayout:
    def test_no_overlaps_for_events_toml(self, figure: Figure) -> None:
        """No two texts of the events.toml picture overlap, nor cover a marker or bar."""
        assert assert_no_overlaps(figure) > 20

    def test_no_overlaps_for_a_dense_timeline(self, dense: Timeline) -> None:
        """40 events in one week and 40 over 20 years stay readable, with "+N more"."""
        figure = render(dense)
        assert_no_overlaps(figure)
        assert "more" in all_text(figure)

    def test_no_overlaps_for_a_thousand_mixed_events(self) -> None:
        """The benchmarks' mix at 1,000 events (terms, bands, bars, repeats) fills every
        panel: what does not fit is counted in "+N more", and still nothing overlaps, the
        notes and the labels of long terms included."""
        timeline = kztimeline.loads(benchmark_module("generate").generate(1000))
        figure = render(timeline)
        assert_no_overlaps(figure)
        notes = [text.get_text() for text in texts(figure) if text.get_gid() == "kz-more"]
        assert len(notes) == len(figure.axes)
        # Every event has one label, in its detail panel or on the main axis, and each
        # detail panel has a summary on the main axis: each is either shown or counted.
        labels = [text for text in texts(figure) if text.get_zorder() == 7]
        terms = [text for text in texts(figure) if text.get_style() == "italic"]
        hidden = sum(int(note.split()[0].removeprefix("+")) for note in notes)
        summaries = len(figure.axes) - 1
        assert len(labels) + len(terms) - len(notes) + hidden == len(timeline) + summaries

    def test_dense_without_detail_panel(self, dense: Timeline) -> None:
        figure = render(dense, detail=False)
        assert_no_overlaps(figure)
        assert len(figure.axes) == 1

    def test_cluster_gets_a_detail_panel(self, figure: Figure) -> None:
        """The November 2012 events get a zoomed panel joined by connector lines."""
        assert len(figure.axes) == 2
        assert "Detail: 12–18 Nov 2012" in all_text(figure)
        from matplotlib.patches import ConnectionPatch

        assert len([a for a in figure.artists if isinstance(a, ConnectionPatch)]) == 2

    def test_cluster_panel_can_be_switched_off(self, timeline: Timeline) -> None:
        figure = render(timeline, detail=False)
        assert len(figure.axes) == 1
        assert "Detail" not in all_text(figure)
        assert_no_overlaps(figure)

    def test_bounded_size_for_years_1_to_9999(self) -> None:
        """The widest possible dates and open ends keep a figure of bounded size."""
        figure = render(
            make([("0001-01-01", "First"), ("9999-12-31", "Last"), ("../2012", "Open")])
        )
        width, height = figure.get_size_inches()
        assert width == 12
        assert height < 20
        assert_no_overlaps(figure)

    def test_width_is_honoured(self, timeline: Timeline) -> None:
        assert render(timeline, width_in=9, detail=False).get_size_inches()[0] == 9


class TestContent:
    def test_labels_as_written(self, figure: Figure) -> None:
        """Labels give the date as written and the wrapped title."""
        text = all_text(figure)
        assert "12 Nov 2012\nKazakhstan elected to the UN" in text
        assert "14–16 Nov 2012" in text
        assert "Feb 2010\n" in text
        assert "until 2012\n" in text

    def test_imprecise_dates_are_bands_not_points(self, figure: Figure, timeline: Timeline) -> None:
        """Month and year dates are hatched bands over their whole period, with no marker."""
        from matplotlib.dates import date2num

        bands = [a for a in figure.findobj(Patch) if a.get_gid() == "kz-band"]
        spans = {(round(b.get_x()), round(b.get_width())) for b in bands}  # type: ignore[attr-defined]
        assert (round(date2num(date(2010, 2, 1))), 28) in spans
        assert (round(date2num(date(2010, 1, 1))), 365) in spans
        assert all(band.get_hatch() for band in bands)

    def test_long_term_is_a_background_band(self, figure: Figure) -> None:
        from matplotlib.dates import date2num

        terms = [a for a in figure.findobj(Patch) if a.get_gid() == "kz-term"]
        assert round(date2num(date(2013, 1, 1))) in {round(t.get_x()) for t in terms}  # type: ignore[attr-defined]
        assert "Kazakhstan's first term" in all_text(figure)

    def test_ranges_are_bars(self, figure: Figure) -> None:
        bars = [a for a in figure.findobj(Patch) if a.get_gid() == "kz-bar"]
        assert len(bars) >= 4 * 2 - 4  # 4 ranges in the panel (the main axis shows the cluster)

    @pytest.mark.parametrize(
        ("written", "shown"), [("2010-02~", "c. Feb 2010"), ("2011?", "2011?")]
    )
    def test_qualifiers(self, written: str, shown: str) -> None:
        figure = render(make([(written, "Qualified"), ("2012-05-05", "Other")]))
        assert shown in all_text(figure)

    def test_recurring_events_get_a_tick_per_occurrence(self) -> None:
        timeline = make(
            [{"date": "2010-03-01", "title": "Yearly", "repeat": "FREQ=YEARLY;COUNT=5"}]
        )
        figure = render(timeline)
        ticks = [a for a in figure.findobj(Line2D) if a.get_marker() == "|"]
        assert sum(len(t.get_xdata()) for t in ticks) >= 5  # type: ignore[arg-type]

    def test_legend_has_every_kind(self, figure: Figure, timeline: Timeline) -> None:
        legend = figure.legends[0]
        names = {text.get_text() for text in legend.get_texts()}
        assert {event.kind for event in timeline if event.kind} <= names
        markers = {h.get_marker() for h in legend.legend_handles if isinstance(h, Line2D)}
        assert len(markers) >= len({event.kind for event in timeline}) - 1

    def test_title_and_footnote(self, figure: Figure) -> None:
        text = all_text(figure)
        assert "Kazakhstan and the UN Human Rights Council, 2006–2015" in text
        assert "Sources: Kazakhstan Elected to the UN Human Rights Council" in text

    def test_math_text_is_off(self) -> None:
        """A `$` in a title prints as it is written, and every text has math off."""
        figure = render(make([("2012-01-01", "One")]), title=r"Costs $\frac{1}{$ and $x$")
        assert r"Costs $\frac{1}{$ and $x$" in all_text(figure)
        assert all(not text.get_parse_math() for text in texts(figure) if "$" in text.get_text())
        png = plot_bytes(make([("2012-01-01", "$\\frac{1}{$")]), "png")
        assert png.startswith(b"\x89PNG")

    def test_svg_escapes_text(self) -> None:
        svg = plot_bytes(make([("2012-01-01", "One")], title="<script>alert(1)</script>"), "svg")
        assert b"<script>" not in svg
        assert b"&lt;script&gt;" in svg

    def test_cyrillic_and_turkish(self) -> None:
        figure = render(
            make([("2012-01-01", "Нурсултан Назарбаев"), ("2013-01-01", "Ekmeleddin İhsanoğlu")])
        )
        text = all_text(figure)
        assert "Нурсултан" in text
        assert "İhsanoğlu" in text
        assert "\N{WHITE SQUARE}" not in text

    def test_missing_glyph_does_not_crash(self) -> None:
        """A character DejaVu Sans lacks becomes a box, without a warning (warnings fail)."""
        data = plot_bytes(make([("2012-01-01", "Tokyo 東京 🎉")]), "png")
        assert data.startswith(b"\x89PNG")

    def test_empty_selection(self, timeline: Timeline) -> None:
        empty = timeline.between("2030", "2031")
        figure = render(empty)
        assert EMPTY_MESSAGE in all_text(figure)
        assert plot_bytes(empty, "svg").startswith(b"<?xml")

    def test_rc_params_are_left_alone(self, timeline: Timeline) -> None:
        import matplotlib

        before = dict(matplotlib.rcParams)
        plot_bytes(timeline, "svg")
        assert dict(matplotlib.rcParams) == before


class TestDeterminism:
    @pytest.mark.parametrize("format_name", ["png", "svg", "pdf"])
    def test_same_bytes_twice(self, timeline: Timeline, format_name: str) -> None:
        assert plot_bytes(timeline, format_name) == plot_bytes(timeline, format_name)

    def test_pdf_date_is_fixed(self, timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        assert b"D:20121114" in plot_bytes(timeline, "pdf")
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
        assert b"D:19700101" in plot_bytes(timeline, "pdf")

    def test_same_bytes_across_hash_seeds(self, tmp_path: Path) -> None:
        script = (
            "import sys, kztimeline; from kztimeline.export.plot import plot_bytes;"
            "t = kztimeline.load(sys.argv[1]);"
            "[sys.stdout.buffer.write(plot_bytes(t, f)) for f in ('png', 'svg', 'pdf')]"
        )
        outputs = []
        for seed in ("1", "2"):
            environment = {**os.environ, "PYTHONHASHSEED": seed}
            environment.pop("SOURCE_DATE_EPOCH", None)
            result = subprocess.run(
                [sys.executable, "-c", script, str(EVENTS)],
                capture_output=True,
                check=True,
                env=environment,
            )
            outputs.append(result.stdout)
        assert outputs[0] == outputs[1]

    def test_importing_does_not_import_matplotlib(self) -> None:
        code = (
            "import sys, kztimeline, kztimeline.export.plot;assert 'matplotlib' not in sys.modules"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


class TestSavePlot:
    @pytest.mark.parametrize(
        ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".PDF", b"%PDF")]
    )
    def test_format_from_suffix(
        self, timeline: Timeline, tmp_path: Path, suffix: str, magic: bytes
    ) -> None:
        path = save_plot(timeline, tmp_path / f"t{suffix}", detail=False)
        assert path.read_bytes().startswith(magic)
        assert [p.name for p in tmp_path.iterdir()] == [f"t{suffix}"]  # no temporary left

    def test_unknown_suffix_is_refused(self, timeline: Timeline, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match=r"\.png, \.svg or \.pdf"):
            save_plot(timeline, tmp_path / "t.gif")
        assert not (tmp_path / "t.gif").exists()

    def test_unknown_format_name(self, timeline: Timeline) -> None:
        with pytest.raises(KztimelineError, match="png, svg or pdf"):
            plot_bytes(timeline, "gif")

    def test_missing_folder_keeps_nothing(self, timeline: Timeline, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match="does not exist"):
            save_plot(timeline, tmp_path / "missing" / "t.png")

    def test_package_exports(self) -> None:
        assert kztimeline.render is render
        assert kztimeline.save_plot is save_plot


class TestCommandLine:
    def test_plot_writes_a_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        target = tmp_path / "nov.svg"
        code = main(
            [
                "plot",
                str(EVENTS),
                "-o",
                str(target),
                "--from",
                "2012-11",
                "--to",
                "2012-11",
                "--title",
                "November 2012",
            ]
        )
        assert code == 0
        assert capsys.readouterr().out.strip() == str(target)
        assert b"November 2012" in target.read_bytes()

    def test_default_output(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.chdir(tmp_path)
        assert main(["plot", str(EVENTS), "--kind", "meeting"]) == 0
        assert (tmp_path / "exports" / "timeline.png").read_bytes().startswith(b"\x89PNG")

    def test_bad_suffix_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["plot", str(EVENTS), "-o", str(tmp_path / "t.jpg")]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1
        assert ".png, .svg or .pdf" in error

    def test_file_errors_exit_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        bad = tmp_path / "events.toml"
        bad.write_text("[timeline\n", encoding="utf-8")
        assert main(["plot", str(bad), "-o", str(tmp_path / "t.png")]) == 2
        assert main(["plot", str(EVENTS), "--from", "2013", "--to", "2012"]) == 2
        assert main(["plot", str(tmp_path / "none.toml")]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 3


class TestImages:
    def test_golden_image(self, timeline: Timeline, tmp_path: Path) -> None:
        """The events.toml picture matches tests/golden/timeline-events.png closely."""
        from matplotlib.testing.compare import compare_images

        golden = GOLDEN / "timeline-events.png"
        data = plot_bytes(timeline, "png", dpi=100)
        if REGENERATE:
            golden.write_bytes(data)
        actual = tmp_path / "timeline-events.png"
        actual.write_bytes(data)
        assert compare_images(str(golden), str(actual), tol=2) is None

    def test_committed_export_is_fresh(self, timeline: Timeline, tmp_path: Path) -> None:
        """exports/timeline.png is the picture of events.toml; run `kztimeline build` if not."""
        from matplotlib.testing.compare import compare_images

        actual = tmp_path / "timeline.png"
        actual.write_bytes(plot_bytes(timeline, "png"))
        committed = EXPORTS / "timeline.png"
        assert committed.is_file(), "run `kztimeline build` to write exports/timeline.png"
        assert compare_images(str(committed), str(actual), tol=2) is None
        svg = (EXPORTS / "timeline.svg").read_bytes()
        assert svg.startswith(b"<?xml")
        assert b"Kazakhstan" in svg
