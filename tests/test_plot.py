"""The timeline picture: kztimeline.plot.output (render, plot_bytes, save_plot) and
``kztimeline plot``. Placement is tested in test_plot_placement.py, items in
test_plot_items.py, styles in test_plot_styles.py.

The golden image ``tests/golden/timeline-events.png`` and the committed ``exports/timeline.png``
are compared with ``compare_images`` at a small tolerance, since FreeType and matplotlib
versions move pixels. Regenerate both with::

    KZTIMELINE_REGENERATE=1 python -m pytest tests/test_plot.py && kztimeline build
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import kztimeline
from kztimeline import KztimelineError, OutputError, Timeline
from kztimeline.cli import main
from kztimeline.errors import PictureError
from kztimeline.plot import EMPTY_MESSAGE, plot_bytes, render, save_plot
from tests import plot_timelines
from tests.plot_checks import all_text, part_of, texts

from .conftest import EVENTS, EXPORTS, GOLDEN, REGENERATE, ROOT

HEADER = """\
[timeline]
title = "{title}"
revised = 2020-01-01

[sources.a]
title = "Source A"
published = 2012-11-13
"""


def polygons(figure: Figure, *, hatched: bool) -> list[tuple[float, float]]:
    """The x extent of each bar (``hatched``: each band of a month or a year only)."""
    found = []
    for collection in figure.findobj(PolyCollection):
        if (
            part_of(collection.get_gid())[1].startswith("bar")
            and bool(collection.get_hatch()) is hatched
        ):
            points = [path.vertices[:, 0] for path in collection.get_paths()]
            found.append((min(p.min() for p in points), max(p.max() for p in points)))
    return found


def make(
    events: list[tuple[str, str]] | list[dict[str, str | bool]], title: str = "Test"
) -> Timeline:
    """A timeline from ``(date, title)`` pairs or dicts of fields (text or booleans)."""
    body = []
    for number, event in enumerate(events):
        fields = event if isinstance(event, dict) else {"date": event[0], "title": event[1]}
        lines = [
            f"{key} = {toml_string(value) if isinstance(value, str) else str(value).lower()}"
            for key, value in fields.items()
        ]
        body.append(f'[[events]]\nid = "e{number}"\nsources = ["a"]\n' + "\n".join(lines))
    header = HEADER.replace('"{title}"', toml_string(title))
    return kztimeline.loads(header + "\n" + "\n\n".join(body) + "\n")


def toml_string(value: str) -> str:
    return "'" + value + "'" if "'" not in value else json.dumps(value)


@pytest.fixture(scope="session")
def figure(timeline: Timeline) -> Figure:
    # The horizontal layout, drawn as asked: "auto" takes the chronology for the bundled file,
    # whose November 2012 stems would cross other marks (tests/test_plot_placement.py).
    return render(timeline, dpi=72, layout="horizontal")


class TestLayout:
    def test_the_bundled_picture_is_horizontal_and_bounded(self, figure: Figure) -> None:
        width, height = figure.get_size_inches()
        assert width == pytest.approx(16 / 2.54)
        assert height <= 40
        assert len(figure.axes) == 1

    def test_bounded_size_for_years_1_to_9999(self) -> None:
        """The widest possible dates and open ends keep a figure of bounded size."""
        figure = render(
            make([("0001-01-01", "First"), ("9999-12-31", "Last"), ("../2012", "Open")]), dpi=50
        )
        width, height = figure.get_size_inches()
        assert width == pytest.approx(16 / 2.54)
        assert height <= 40
        assert "Open" in all_text(figure)

    @pytest.mark.parametrize(
        ("width", "inches"), [(9, 9.0), ("16cm", 16 / 2.54), ("160 mm", 160 / 25.4), ("6.5in", 6.5)]
    )
    def test_width_is_honoured(self, width: float | str, inches: float) -> None:
        figure = render(make([("2012-01-01", "One"), ("2012-06-01", "Two")]), width=width, dpi=50)
        assert figure.get_size_inches()[0] == pytest.approx(inches)

    @pytest.mark.parametrize("width", ["wide", "16 furlongs", "1cm", 500, "-3in"])
    def test_a_bad_width_is_refused(self, width: float | str) -> None:
        with pytest.raises(PictureError, match="width"):
            render(make([("2012-01-01", "One")]), width=width)

    def test_a_bad_layout_is_refused(self) -> None:
        with pytest.raises(PictureError, match="auto, horizontal or vertical"):
            render(make([("2012-01-01", "One")]), layout="diagonal")  # type: ignore[arg-type]

    def test_the_window_is_the_axis(self) -> None:
        """--from/--to set the axis even when one event lasts years; it is clipped, with
        arrows saying it goes on."""
        from matplotlib.dates import date2num

        timeline = make(
            [("1961-05-25/1972-12-19", "Programme"), ("1969-07-20", "Landing")], title="Window"
        )
        figure = render(timeline, start="1969-07-01", end="1969-07-31", dpi=50)
        low, high = figure.axes[0].get_xlim()
        assert low == date2num(date(1969, 7, 1))
        assert high == date2num(date(1969, 8, 1))
        arrows = [
            part_of(line.get_gid())
            for line in figure.findobj(Line2D)
            if part_of(line.get_gid())[1].startswith("arrow")
        ]
        # One arrow beyond each edge for the programme, none for the landing inside.
        assert arrows == [("e0", "arrow"), ("e0", "arrow-2")]
        for line in figure.findobj(Line2D):
            if part_of(line.get_gid())[1].startswith("arrow"):
                x = line.get_xdata()[0]  # type: ignore[index]
                assert x < low or x > high, "the arrow is drawn beyond the edge"

    def test_day_ticks_name_the_month_where_it_changes(self) -> None:
        """No "1969-Aug" offset contradicting "13 17 21": each tick says what it needs."""
        timeline = make([("1969-07-13", "A"), ("1969-08-09", "B")])
        figure = render(timeline, start="1969-07-13", end="1969-08-10", dpi=50)
        figure.draw_without_rendering()
        ax = figure.axes[0]
        labels = [tick.get_text() for tick in ax.get_xticklabels()]
        assert labels[0].startswith("13 Jul\n1969") or labels[0].startswith("14 Jul\n1969")
        assert any(label.endswith(" Aug") for label in labels)
        assert sum(1 for label in labels if "Jul" in label) == 1
        assert ax.xaxis.get_offset_text().get_text() == ""


class TestContent:
    def test_labels_as_written(self, figure: Figure) -> None:
        """Labels give the date as written and the wrapped title."""
        text = all_text(figure)
        assert "12 Nov 2012\nKazakhstan elected to the UN" in text
        assert "14–16 Nov 2012" in text
        assert "Feb 2010\n" in text
        assert "before 2012\n" in text

    def test_imprecise_dates_are_bands_not_points(self, figure: Figure) -> None:
        """Month and year dates are hatched bands over their whole period."""
        from matplotlib.dates import date2num

        spans = {round(x0): round(x1 - x0) for x0, x1 in polygons(figure, hatched=True)}
        assert spans[round(date2num(date(2010, 2, 1)))] == 28
        assert spans[round(date2num(date(2010, 1, 1)))] == 365

    def test_long_terms_are_bars_to_scale(self, figure: Figure, timeline: Timeline) -> None:
        """A term is a bar on the axis like any range, from its first day to its last, so
        two terms that meet keep their own extents."""
        from matplotlib.dates import date2num

        extents = {(round(x0), round(x1)) for x0, x1 in polygons(figure, hatched=False)}
        day = round(date2num(date(2013, 1, 1)))
        assert (round(date2num(date(2012, 1, 17))), day) in extents
        # "2013-01-01/2015": its end is known to the year, so it is a band to the end of 2015.
        bands = {(round(x0), round(x1)) for x0, x1 in polygons(figure, hatched=True)}
        assert (day, round(date2num(date(2016, 1, 1)))) in bands
        assert "Kazakhstan's first term" in all_text(figure)

    def test_ranges_are_bars(self, figure: Figure, timeline: Timeline) -> None:
        """Every range of days is one bar, terms included."""
        ranges = [
            event
            for event in timeline
            if event.date.is_interval
            and event.date.start is not None
            and event.date.end is not None
            and event.date.precision.value == "day"
        ]
        assert len(polygons(figure, hatched=False)) == len(ranges) > 3

    @pytest.mark.parametrize(
        ("written", "shown"), [("2010-02~", "c. Feb 2010"), ("2011?", "2011?")]
    )
    def test_qualifiers(self, written: str, shown: str) -> None:
        figure = render(make([(written, "Qualified"), ("2012-05-05", "Other")]))
        assert shown in all_text(figure)

    def test_recurring_events_get_a_mark_per_occurrence(self) -> None:
        """Each occurrence in view is marked, and the label says the rule in words."""
        timeline = make(
            [
                {"date": "2010-03-01", "title": "Yearly", "repeat": "FREQ=YEARLY;COUNT=5"},
                {"date": "2009-01-01", "title": "Before"},
            ]
        )
        figure = render(timeline, dpi=50)
        gids = sorted(
            str(line.get_gid())
            for line in figure.findobj(Line2D)
            if part_of(line.get_gid())[1].startswith(("mark", "occurrence"))
        )
        later = [f"e0/occurrence-{year}-03-01" for year in range(2011, 2015)]
        assert gids == sorted(["e0/mark", "e1/mark", *later])
        assert "every year on 1 March, 5 times" in all_text(figure)

    def test_status_and_highlight_are_visible(self) -> None:
        """Cancelled is hollow and says so; tentative is faded and says so; a highlighted
        label is bold."""
        timeline = make(
            [
                {"date": "2012-01-01", "title": "Off", "status": "cancelled", "kind": "a"},
                {"date": "2012-06-01", "title": "Maybe", "status": "tentative", "kind": "a"},
                {"date": "2012-09-01", "title": "Key", "highlight": True, "kind": "a"},
            ]
        )
        figure = render(timeline, dpi=50)
        faces = {
            line.get_markerfacecolor()
            for line in figure.findobj(Line2D)
            if part_of(line.get_gid())[1] == "mark"
        }
        assert "white" in faces  # the hollow, cancelled mark
        assert len(faces) == 3
        labels = {
            t.get_text().split("\n")[-1]: t
            for t in texts(figure)
            if t.get_gid() in ("e0", "e1", "e2")
        }
        assert "cancelled" in labels["Off"].get_text()
        assert "tentative" in labels["Maybe"].get_text()
        assert labels["Key"].get_fontweight() == "bold"
        assert labels["Off"].get_fontweight() == "normal"

    def test_a_timed_event_shows_its_time(self) -> None:
        timeline = plot_timelines.make(
            [{"date": "1969-07-20T20:17:00", "timezone": "UTC", "title": "Landing"}]
        )
        text = all_text(render(timeline, dpi=50))
        assert "20 Jul 1969, 20:17\n" in text
        assert "times in UTC" in text

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
        figure = render(make([("2012-01-01", "One")]), title=r"Costs $\frac{1}{$ and $x$", dpi=50)
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
        """A character no installed font has is drawn as a box, with no warning (they fail)."""
        data = plot_bytes(make([("2012-01-01", "Tokyo 東京 🎉")]), "png")
        assert data.startswith(b"\x89PNG")

    def test_empty_selection(self, timeline: Timeline) -> None:
        empty = timeline.between("2030", "2031")
        figure = render(empty, dpi=50)
        assert EMPTY_MESSAGE in all_text(figure)
        assert plot_bytes(empty, "svg").startswith(b"<?xml")

    def test_rc_params_are_left_alone(self, timeline: Timeline) -> None:
        import matplotlib

        before = dict(matplotlib.rcParams)
        plot_bytes(timeline, "svg")
        assert dict(matplotlib.rcParams) == before


FORMATS = ("png", "svg", "pdf")


@pytest.fixture(scope="session")
def bundled_bytes(timeline: Timeline) -> dict[str, bytes]:
    """The bundled picture in each format at the default resolution, drawn once, as
    :func:`plot_bytes` writes it."""
    from kztimeline.plot.pages import draw_pages, pages_bytes

    pages = draw_pages(timeline)
    return {format_name: pages_bytes(pages, timeline, format_name) for format_name in FORMATS}


class TestDeterminism:
    @pytest.mark.parametrize("format_name", FORMATS)
    def test_same_bytes_twice(
        self, timeline: Timeline, bundled_bytes: dict[str, bytes], format_name: str
    ) -> None:
        """Drawn again from the start, the picture is the same to the byte."""
        assert plot_bytes(timeline, format_name) == bundled_bytes[format_name]

    def test_pdf_date_is_fixed(self, timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
        """From revised, or SOURCE_DATE_EPOCH, never the clock (the picture is drawn once)."""
        from kztimeline.plot.output import draw, picture_bytes

        picture = draw(timeline, dpi=50)
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        assert b"D:20121114" in picture_bytes(picture, timeline, "pdf")
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
        assert b"D:19700101" in picture_bytes(picture, timeline, "pdf")

    def test_same_bytes_across_hash_seeds(self, bundled_bytes: dict[str, bytes]) -> None:
        """A process with another hash seed than this one (random unless PYTHONHASHSEED is
        set) draws the same bytes in every format: one process, one drawing."""
        script = (
            "import sys, kztimeline; from kztimeline.plot.pages import draw_pages, pages_bytes;"
            "t = kztimeline.load(sys.argv[1]); pages = draw_pages(t);"
            f"[sys.stdout.buffer.write(pages_bytes(pages, t, f)) for f in {FORMATS!r}]"
        )
        seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
        result = subprocess.run(
            [sys.executable, "-c", script, str(EVENTS)],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert result.stdout == b"".join(bundled_bytes[name] for name in FORMATS)

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
        path = save_plot(timeline, tmp_path / f"t{suffix}", dpi=50)
        assert path.read_bytes().startswith(magic)
        assert [p.name for p in tmp_path.iterdir()] == [f"t{suffix}"]  # no temporary left

    def test_unknown_suffix_is_refused(self, timeline: Timeline, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match=r"\.png, \.svg or \.pdf"):
            save_plot(timeline, tmp_path / "t.gif")
        assert not (tmp_path / "t.gif").exists()

    def test_unknown_format_name(self, timeline: Timeline) -> None:
        with pytest.raises(PictureError, match="png, svg or pdf"):
            plot_bytes(timeline, "gif")
        assert issubclass(PictureError, KztimelineError)
        assert issubclass(PictureError, ValueError)

    def test_missing_folder_keeps_nothing(self, timeline: Timeline, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match="does not exist"):
            save_plot(timeline, tmp_path / "missing" / "t.png")

    def test_package_exports(self) -> None:
        """The names keep their old homes: the package root and kztimeline.export.plot."""
        from kztimeline.export import plot as old

        assert kztimeline.render is render
        assert kztimeline.save_plot is save_plot
        assert old.render is render
        assert old.plot_bytes is plot_bytes


@pytest.fixture(scope="session")
def svg(bundled_bytes: dict[str, bytes]) -> str:
    return bundled_bytes["svg"].decode("utf-8")


class TestFormats:
    """Made for reports: editable SVG text, TrueType in PDF, and a PDF from build."""

    def test_svg_keeps_text_as_text(self, svg: str) -> None:
        assert "<text" in svg
        assert "Kazakhstan elected to the UN" in svg
        assert "DejaVu Sans" in svg
        assert "sans-serif" in svg  # a fallback for a viewer without DejaVu Sans

    def test_pdf_embeds_truetype(self) -> None:
        """The committed PDF (kept fresh by test_exports) has TrueType fonts, no Type 3."""
        pdf = (EXPORTS / "timeline.pdf").read_bytes()
        assert b"/FontFile2" in pdf
        assert b"/Type3" not in pdf

    def test_build_writes_a_pdf(self) -> None:
        from kztimeline.export import FORMATS

        assert FORMATS["pdf"].built
        assert FORMATS["pdf"].file_name == "timeline.pdf"


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

    def test_width_and_layout_options(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        target = tmp_path / "column.svg"
        arguments = ["plot", str(EVENTS), "-o", str(target), "--width", "16cm"]
        assert main([*arguments, "--layout", "vertical"]) == 0
        svg = target.read_text(encoding="utf-8")
        assert 'width="453.' in svg  # 16 cm in points
        assert main([*arguments, "--width", "wide"]) == 2
        assert "width" in capsys.readouterr().err

    def test_the_window_sets_the_axis(self, tmp_path: Path) -> None:
        """`plot --from --to` draws that window, not the whole span of an event reaching
        past it."""
        events = tmp_path / "events.toml"
        events.write_text(
            '[timeline]\ntitle = "Mission"\n[sources.a]\ntitle = "A"\n'
            '[[events]]\nid = "programme"\ntitle = "Programme"\ndate = "1961-05-25/1972-12-19"\n'
            'sources = ["a"]\n'
            '[[events]]\nid = "landing"\ntitle = "Landing"\ndate = 1969-07-20\nsources = ["a"]\n',
            encoding="utf-8",
        )
        target = tmp_path / "july.svg"
        window = ["--from", "1969-07-01", "--to", "1969-07-31"]
        assert main(["plot", str(events), *window, "-o", str(target)]) == 0
        svg = target.read_text(encoding="utf-8")
        texts = re.findall(r">([^<]*)</text>", svg)
        assert texts[: texts.index("28") + 1] == [
            "7 Jul",
            "1969",
            "14",
            "21",
            "28",
        ]  # the ticks: Mondays, with the month and the year where they change
        assert "25 May 1961 – 19 Dec 1972" in texts  # the date as written, in its label
        assert "Programme" in texts

    def test_too_many_events_take_pages_and_the_command_says_so(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Past what labels can name on one page, the events take pages, one per period;
        the command writes the first and prints one line on getting the others."""
        many = tmp_path / "many.toml"
        events = [
            f'[[events]]\nid = "e{i}"\ntitle = "Event {i}"\n'
            f'date = {2000 + i // 100}-01-{1 + i % 28:02d}\nsources = ["a"]\n'
            for i in range(200)  # two years of 100 events, more than 4 in can name
        ]
        many.write_text(
            '[timeline]\ntitle = "Many"\n[sources.a]\ntitle = "A"\n' + "\n".join(events),
            encoding="utf-8",
        )
        target = tmp_path / "many.svg"
        assert main(["plot", str(many), "-o", str(target), "--width", "4in"]) == 0
        captured = capsys.readouterr()
        assert captured.out.strip() == str(target)
        assert len(captured.err.strip().splitlines()) == 1
        assert "--page N" in captured.err
        svg = target.read_text(encoding="utf-8")
        assert "page 1 of" in svg
        assert "Too many events to label" not in svg

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

    def test_committed_export_is_fresh(
        self, bundled_bytes: dict[str, bytes], tmp_path: Path
    ) -> None:
        """exports/timeline.png is the picture of events.toml; run `kztimeline build` if not."""
        from matplotlib.testing.compare import compare_images

        actual = tmp_path / "timeline.png"
        actual.write_bytes(bundled_bytes["png"])
        committed = EXPORTS / "timeline.png"
        assert committed.is_file(), "run `kztimeline build` to write exports/timeline.png"
        assert compare_images(str(committed), str(actual), tol=2) is None
        svg = (EXPORTS / "timeline.svg").read_bytes()
        assert svg.startswith(b"<?xml")
        assert b"Kazakhstan" in svg

    def test_readme_picture_is_fresh(self, timeline: Timeline, tmp_path: Path) -> None:
        """docs/november-2012.png is what the README's command draws; regenerate it with
        KZTIMELINE_REGENERATE=1 if not."""
        from matplotlib.testing.compare import compare_images

        picture = ROOT / "docs" / "november-2012.png"
        target = tmp_path / "november-2012.png"
        arguments = ["plot", str(EVENTS), "--from", "2012-11-01", "--to", "2012-11-30"]
        assert main([*arguments, "--width", "16cm", "-o", str(target)]) == 0
        if REGENERATE:
            picture.write_bytes(target.read_bytes())
        assert compare_images(str(picture), str(target), tol=2) is None
