"""Each kind's colour and marker: kztimeline.plot.styles, the [kinds.NAME] table, and the
same style in every picture made from one file."""

from __future__ import annotations

import itertools

import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import kztimeline
from kztimeline.errors import TimelineFileError
from kztimeline.plot.key import ENCODINGS
from kztimeline.plot.output import render
from kztimeline.plot.styles import DISTINCT_STYLES, MARKERS, OTHER_KIND, kind_styles
from kztimeline.records import MARKER_NAMES
from kztimeline.timeline import Timeline
from tests.plot_checks import part_of
from tests.plot_timelines import make


def luma(colour: str) -> float:
    red, green, blue = to_rgb(colour)
    return 0.299 * red + 0.587 * green + 0.114 * blue


def contrast_with_white(colour: str) -> float:
    """WCAG 2.1's contrast ratio of ``colour`` with white, from its relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in to_rgb(colour))
    return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05)


class TestDefaults:
    def test_64_kinds_get_distinct_pairs(self) -> None:
        styles = kind_styles(f"kind-{i:02d}" for i in range(DISTINCT_STYLES))
        pairs = {(style.colour, style.marker) for kind, style in styles.items() if kind}
        assert DISTINCT_STYLES == 64
        assert len(pairs) == 64

    def test_the_first_twelve_differ_in_colour_and_marker(self) -> None:
        styles = [kind_styles(f"k{i:02d}" for i in range(12))[f"k{i:02d}"] for i in range(12)]
        assert len({style.colour for style in styles}) == 12
        assert len({style.marker for style in styles}) == 12

    def test_readable_in_greyscale(self) -> None:
        """Up to 48 kinds, kinds that share a marker differ in lightness by a clear step, so
        they stay apart when printed in grey; kinds next to each other in order too."""
        styles = kind_styles(f"kind-{i:02d}" for i in range(48))
        by_marker: dict[str, list[float]] = {}
        for kind, style in styles.items():
            if kind:
                by_marker.setdefault(style.marker, []).append(luma(style.colour))
        for marker, lightness in by_marker.items():
            lightness.sort()
            gaps = [b - a for a, b in itertools.pairwise(lightness)]
            assert min(gaps, default=1) >= 0.1, marker
        ordered = [styles[f"kind-{i:02d}"].colour for i in range(12)]
        for first, second in itertools.pairwise(ordered):
            assert abs(luma(first) - luma(second)) >= 0.1, (first, second)

    def test_every_colour_holds_on_white_paper(self) -> None:
        """No kind's colour is under 3:1 contrast with white (WCAG 2.1's threshold for
        graphics): no yellow stem or thin bar that vanishes when printed."""
        styles = kind_styles(f"kind-{i:02d}" for i in range(64))
        for style in styles.values():
            assert contrast_with_white(style.colour) >= 3, style

    def test_okabe_ito_yellow_is_gone(self) -> None:
        styles = kind_styles(f"kind-{i:02d}" for i in range(64))
        colours = {style.colour.upper() for style in styles.values()}
        assert not colours & {"#F0E442", "#E69F00", "#56B4E9"}

    def test_order_of_kinds_does_not_matter(self) -> None:
        assert kind_styles(["b", "a", "c"]) == kind_styles(["c", "b", "a"])

    def test_no_kind_is_grey(self) -> None:
        assert kind_styles(["a"])[OTHER_KIND].colour == "#777777"

    def test_marker_names_are_the_records(self) -> None:
        assert tuple(MARKERS) == MARKER_NAMES


KINDS_TABLE = """
[kinds.meeting]
label = "Meetings"
colour = "#123456"
marker = "star"

[kinds.unused]
label = "Never used"
"""


class TestKindsTable:
    def test_overrides_and_keeps_the_rest(self) -> None:
        timeline = make(
            [
                {"date": "2012-01-01", "title": "A", "kind": "meeting"},
                {"date": "2012-02-01", "title": "B", "kind": "vote"},
            ],
            extra=KINDS_TABLE,
        )
        styles = kind_styles(timeline.kinds, timeline.kind_tables)
        assert styles["meeting"].label == "Meetings"
        assert styles["meeting"].colour == "#123456"
        assert styles["meeting"].marker == "*"
        assert styles["vote"].label == "vote"
        assert timeline.kinds == ("meeting", "unused", "vote")

    @pytest.mark.parametrize(
        ("table", "field"),
        [
            ('[kinds.a]\ncolour = "red"\n', "colour"),
            ('[kinds.a]\nmarker = "blob"\n', "marker"),
            ('[kinds.a]\nshape = "circle"\n', "shape"),
        ],
    )
    def test_a_wrong_table_is_refused_with_its_line(self, table: str, field: str) -> None:
        with pytest.raises(TimelineFileError) as caught:
            make([{"date": "2012-01-01", "title": "A"}], extra="\n" + table)
        assert caught.value.line is not None
        assert field in str(caught.value)

    def test_the_schema_knows_the_table(self) -> None:
        schema = kztimeline.json_schema()
        assert "kinds" in schema["properties"]
        assert "highlight" in str(schema)


def legend_styles(figure: Figure) -> dict[str, tuple[tuple[float, float, float], str]]:
    """Each legend entry's label with its marker's colour and shape."""
    legend = figure.legends[0]
    found = {}
    for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True):
        if text.get_text() in ENCODINGS.values():
            continue  # what a look means, not a kind
        if isinstance(handle, Line2D) and handle.get_marker() not in ("None", None, ""):
            found[text.get_text()] = (
                to_rgb(handle.get_markerfacecolor()),
                str(handle.get_marker()),
            )
    return found


def mark_styles(figure: Figure) -> set[tuple[tuple[float, float, float], str]]:
    return {
        (to_rgb(line.get_markerfacecolor()), str(line.get_marker()))
        for line in figure.findobj(Line2D)
        if part_of(line.get_gid())[1] == "mark"
    }


class TestStableAcrossSelections:
    def test_each_kind_keeps_its_style_under_filters(self, timeline: Timeline) -> None:
        """A kind looks the same in the whole picture, with --kind and with --from/--to."""
        whole = legend_styles(render(timeline, dpi=50))
        for kind in ("meeting", "statement"):
            alone = legend_styles(render(timeline.filter(kind=kind), dpi=50))
            assert alone == {kind: whole[kind]}
        window = timeline.between("2012-11-13", "2012-11-18")
        shown = legend_styles(render(window, start="2012-11-13", end="2012-11-18", dpi=50))
        assert shown
        for kind, style in shown.items():
            assert style == whole[kind]

    def test_marks_use_the_legend_styles(self, timeline: Timeline) -> None:
        figure = render(timeline.filter(kind="meeting"), dpi=50)
        colour, marker = legend_styles(figure)["meeting"]
        assert (colour, marker) in mark_styles(figure)

    def test_each_event_marks_are_its_own_artists(self) -> None:
        """Ten points of one kind are ten artists, each named for its event."""
        timeline = make(
            [
                {"date": f"{2000 + i // 365:04d}-01-01", "title": f"E{i}", "kind": "a"}
                for i in range(10)
            ]
        )
        figure = render(timeline, dpi=50)
        gids = [line.get_gid() for line in figure.findobj(Line2D)]
        assert sorted(gid for gid in gids if gid and gid.endswith("/mark")) == sorted(
            f"e{i}/mark" for i in range(10)
        )
