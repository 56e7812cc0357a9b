"""Where marks and labels go: kztimeline.plot.placement, and whole pictures checked with real
renderer extents (tests/plot_checks.py).

Each picture is drawn once per session, at 72 dpi: the layout works in points, so the
resolution changes nothing but the pixels.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.lines import Line2D
from matplotlib.text import Text

import kztimeline
from kztimeline.plot.leaders import Lanes
from kztimeline.plot.output import Picture, draw
from kztimeline.plot.pages import write_pages
from kztimeline.plot.placement import (
    balance,
    lanes,
    lanes_first,
    lanes_in_tiers,
    levels,
    longest_first,
    runs,
    stack,
)
from kztimeline.timeline import Timeline
from tests import plot_timelines, time_cases
from tests.plot_checks import (
    all_text,
    check_keys,
    check_picture,
    close_stems,
    part_of,
    stem_crossings,
)

positions = st.lists(st.integers(0, 400).map(float), min_size=0, max_size=40)


def reference_levels(anchors: list[float], widths: list[float]) -> list[int]:
    """The levels by the rule itself, in O(n²): from the right, one above every label whose
    stem rises under this one."""
    order = sorted(range(len(anchors)), key=lambda i: (anchors[i], i))
    result = [0] * len(anchors)
    done: list[int] = []
    for index in reversed(order):
        under = [
            result[other] for other in done if anchors[other] <= anchors[index] + widths[index]
        ]
        result[index] = max(under) + 1 if under else 0
        done.append(index)
    return result


class TestLevels:
    @given(positions, st.data())
    def test_matches_the_rule(self, anchors: list[float], data: st.DataObject) -> None:
        """The stack-and-bisect sweep gives exactly the levels of the O(n²) rule."""
        widths = data.draw(
            st.lists(st.integers(1, 120).map(float), min_size=len(anchors), max_size=len(anchors))
        )
        assert levels(anchors, widths) == reference_levels(anchors, widths)

    @given(positions, st.data())
    def test_no_stem_crosses_a_label(self, anchors: list[float], data: st.DataObject) -> None:
        """A label is above every label whose stem rises under it, so no stem crosses a label
        and no two labels on one level overlap."""
        widths = data.draw(
            st.lists(st.integers(1, 120).map(float), min_size=len(anchors), max_size=len(anchors))
        )
        found = levels(anchors, widths)
        for i, (anchor, width) in enumerate(zip(anchors, widths, strict=True)):
            for j, other in enumerate(anchors):
                if i != j and anchor < other <= anchor + width:
                    assert found[i] > found[j]
                if i != j and found[i] == found[j]:
                    assert not (anchor <= other <= anchor + width)

    def test_far_apart_labels_share_the_first_level(self) -> None:
        assert levels([0, 100, 200], [50, 50, 50]) == [0, 0, 0]

    def test_a_crowd_climbs_from_the_right(self) -> None:
        assert levels([0, 10, 20, 200], [50, 50, 50, 50]) == [2, 1, 0, 0]


class TestLanes:
    @given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 30)), max_size=40))
    def test_fewest_lanes_and_no_overlap(self, spans: list[tuple[int, int]]) -> None:
        """Interval partitioning: as many lanes as the deepest overlap, none shared."""
        extents = [(float(start), float(start + length)) for start, length in spans]
        found = lanes(extents, 0.0, 1000)
        for i, (a0, a1) in enumerate(extents):
            for j, (b0, b1) in enumerate(extents):
                if i < j and found[i] == found[j]:
                    assert a1 <= b0 or b1 <= a0
        depth = max((sum(1 for b0, b1 in extents if b0 <= a0 < b1) for a0, _ in extents), default=0)
        assert max(found, default=-1) + 1 == depth

    def test_at_most_the_bound(self) -> None:
        assert max(lanes([(0.0, 10.0)] * 20, 1.0, 3)) == 2


class TestStack:
    @given(st.lists(st.tuples(st.integers(0, 500), st.integers(5, 20)), max_size=30))
    def test_in_order_apart_and_inside(self, labels: list[tuple[int, int]]) -> None:
        labels.sort()
        ideals = [float(top) for top, _ in labels]
        heights = [float(height) for _, height in labels]
        length = max(sum(heights) + 2 * len(heights), 500.0)
        tops = stack(ideals, heights, 2.0, length)
        for index in range(1, len(tops)):
            assert tops[index] >= tops[index - 1] + heights[index - 1] + 2.0 - 1e-9
        assert all(top >= 0 for top in tops)
        assert all(top + height <= length + 1e-9 for top, height in zip(tops, heights, strict=True))

    def test_labels_with_room_stay_at_their_marks(self) -> None:
        assert stack([0.0, 50.0, 100.0], [10.0, 10.0, 10.0], 2.0, 200.0) == [0.0, 50.0, 100.0]


def test_balance_splits_evenly() -> None:
    assert balance([1.0] * 9, 3) == [3, 6]
    assert balance([1.0] * 4, 1) == []


def test_runs_join_numbers_that_would_collide() -> None:
    assert runs([0.0, 1.0, 2.0, 50.0], lambda first, last: 10.0, 1.0) == [(0, 2), (3, 3)]


# Whole pictures, each drawn once for the session.

CASES: dict[str, Callable[[], tuple[Timeline, dict[str, str]]]] = {
    "bundled": lambda: (kztimeline.load(), {}),
    "random-40": lambda: (plot_timelines.random_timeline(40, 40), {}),
    "random-120": lambda: (plot_timelines.random_timeline(120, 120), {}),
    # At a report column's width, 300 events take several pages (tests/test_plot_pages.py).
    "random-300": lambda: (plot_timelines.random_timeline(300, 300), {"width": "12in"}),
    "random-120-column-width": lambda: (
        plot_timelines.random_timeline(120, 7),
        {"width": "16cm"},
    ),
    "mission": lambda: (plot_timelines.mission(), {}),
    "mission-vertical": lambda: (plot_timelines.mission(), {"layout": "vertical"}),
    "week-and-decades": lambda: (plot_timelines.week_and_decades(), {}),
    "week-and-decades-horizontal": lambda: (
        plot_timelines.week_and_decades(),
        {"layout": "horizontal"},
    ),
    "many-kinds": lambda: (plot_timelines.many_kinds(64), {}),
    "repeating-vertical": lambda: (plot_timelines.repeating(), {"layout": "vertical"}),
    "repeating-horizontal": lambda: (plot_timelines.repeating(), {"layout": "horizontal"}),
    "repeating-dense-column-width": lambda: (plot_timelines.repeating(160), {"width": "16cm"}),
    # Where the horizontal layout's stems would cross other events' marks: "auto" turns to
    # the chronology, and these show that it had to.
    "bundled-horizontal": lambda: (kztimeline.load(), {"layout": "horizontal"}),
    "mission-horizontal": lambda: (plot_timelines.mission(), {"layout": "horizontal"}),
    "same-day-cluster": lambda: (plot_timelines.same_day_cluster(), {}),
    "same-day-cluster-horizontal": lambda: (
        plot_timelines.same_day_cluster(),
        {"layout": "horizontal"},
    ),
}


@functools.cache
def drawn_case(name: str) -> tuple[Timeline, Picture]:
    """The timeline of ``CASES[name]`` and its picture, drawn once for the session."""
    timeline, options = CASES[name]()
    return timeline, draw(timeline, dpi=72, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="session", params=sorted(CASES))
def picture(request: pytest.FixtureRequest) -> tuple[str, Timeline, Picture]:
    return request.param, *drawn_case(request.param)


class TestPictures:
    def test_every_event_named_nothing_overlaps_nothing_cut(
        self, picture: tuple[str, Timeline, Picture]
    ) -> None:
        """Every title is in the picture; no two texts overlap; no text covers a mark, bar,
        stem or leader; nothing is cut by the edge; no text is under 7 pt."""
        name, timeline, drawn = picture
        assert drawn.layout != "numbered", f"{name} fell back to numbered marks"
        assert drawn.hint is None
        count = check_picture(drawn.figure, [event.title for event in timeline])
        assert count > len(timeline)

    def test_within_the_stated_height(self, picture: tuple[str, Timeline, Picture]) -> None:
        assert picture[2].figure.get_size_inches()[1] <= 40

    def test_no_more_note(self, picture: tuple[str, Timeline, Picture]) -> None:
        """No "+N more": nothing is left out."""
        assert "more" not in all_text(picture[2].figure).replace("Narrow", "")


EXPECTED_LAYOUT = {
    "bundled": "vertical",
    "bundled-horizontal": "horizontal",
    "mission": "vertical",
    "same-day-cluster-horizontal": "horizontal",
    "week-and-decades": "vertical",
    "random-300": "vertical",
    "mission-vertical": "vertical",
    "week-and-decades-horizontal": "horizontal",
}


def test_the_layout_fits_the_density(picture: tuple[str, Timeline, Picture]) -> None:
    """A sparse timeline keeps the horizontal axis, a dense one goes down the page, and
    ``layout=`` forces either."""
    name, _, drawn = picture
    if name in EXPECTED_LAYOUT:
        assert drawn.layout == EXPECTED_LAYOUT[name]


def test_highlighted_labels_are_placed_first(picture: tuple[str, Timeline, Picture]) -> None:
    """Across the page, a highlighted label is bold and above the axis, and no plain label
    above the axis stands across its width (which would push it further out)."""
    name, timeline, drawn = picture
    if name != "mission-horizontal":
        return
    drawn.figure.draw_without_rendering()
    renderer = drawn.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    ids = {event.id for event in timeline}
    labels = [t for t in drawn.figure.findobj(Text) if t.get_gid() in ids]
    bold = [t.get_window_extent(renderer) for t in labels if t.get_fontweight() == "bold"]
    assert len(bold) == 4
    above = [t for t in labels if t.get_verticalalignment() == "bottom"]
    assert sum(t.get_fontweight() == "bold" for t in above) == 4
    for text in above:
        if text.get_fontweight() != "bold":
            box = text.get_window_extent(renderer)
            assert all(box.x1 < other.x0 or other.x1 < box.x0 for other in bold)


def test_numbered_marks_and_their_list_overlap_nothing() -> None:
    """Past what labels can name in 40 in, the numbered marks, their list and the note that
    says so still overlap nothing and are not cut; the list starts with the first event."""
    timeline = plot_timelines.random_timeline(900, 9)
    drawn = draw(timeline, dpi=50, width="16cm")
    assert drawn.layout == "numbered"
    assert drawn.hint is not None
    check_picture(drawn.figure, [], lanes_full=True)
    text = all_text(drawn.figure)
    assert "Too many events to label" in text
    first = next(iter(timeline))
    # Twenty kinds are in view, more than a legend should key: each entry names its kind.
    assert f"1  {first.kind} · {first.date.label()}" in text


def test_repeating_marks_sit_apart_from_other_events(
    picture: tuple[str, Timeline, Picture],
) -> None:
    """Every mark a repeating event draws lies inside its axis, and none overlaps a mark of
    another event (a yearly rule on 4 Dec 2020 and a single event that day): it would read as
    the other event's mark."""
    name, _, drawn = picture
    if not name.startswith("repeating"):
        return
    figure = drawn.figure
    figure.draw_without_rendering()
    scale = figure.dpi / 72
    marks: list[tuple[str, float, float, float]] = []
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if not part.startswith(("mark", "occurrence")):
            continue
        points = line.get_transform().transform(np.column_stack(line.get_data()))  # type: ignore[arg-type]
        frame = line.axes.bbox  # type: ignore[union-attr]
        half = line.get_markersize() * scale / 2
        for x, y in points:
            assert frame.y0 - 0.5 <= y <= frame.y1 + 0.5, "a mark lies outside its axis"
            assert frame.x0 - 0.5 <= x <= frame.x1 + 0.5, "a mark lies outside its axis"
            marks.append((owner, x, y, half))
    assert len(marks) >= 6 + 7 + 10
    for (owner, x, y, half), (other, u, v, size) in itertools.combinations(marks, 2):
        if owner != other:
            apart = abs(x - u) >= half + size - 1 or abs(y - v) >= half + size - 1
            assert apart, f"a mark of {owner} sits on a mark of {other} at {(x, y)}"


def test_lanes_first_keeps_the_chosen_nearest_the_axis() -> None:
    """The chosen extents take the lowest lanes, even where another starts before them; the
    others keep apart from each other after those lanes."""
    extents = [(0.0, 10.0), (2.0, 50.0), (20.0, 30.0), (25.0, 40.0)]
    assert lanes(extents, 1.0, 7) == [0, 1, 0, 2]
    assert lanes_first(extents, [False, True, False, False], 1.0, 7) == [1, 0, 1, 2]


# Stem segments through another event's mark or bar, as measured, in the horizontal layouts
# drawn by force (where "auto" takes the chronology instead): the picture is drawn as asked
# and names them (test below). Every other case has none.
CROSSINGS_LEFT = {
    "bundled-horizontal": 5,
    "mission-horizontal": 19,
    "same-day-cluster-horizontal": 7,
    # 79 before labels of a shared day began with a key: the keys widen 40 labels of one
    # week, the axis shortens by 0.16 in and the crowd's levels reshuffle (even a 1 pt key
    # gives 115). Forced only: "auto" draws this week as a chronology.
    "week-and-decades-horizontal": 117,
}


def test_stems_and_leaders_cross_no_other_mark(picture: tuple[str, Timeline, Picture]) -> None:
    """No stem or leader passes through another event's mark or bar (the measured exceptions
    above may only shrink), and no two stems or leaders run closer than 2 pt over more than
    20 pt, upright or across the lanes."""
    name, _, drawn = picture
    found = stem_crossings(drawn.figure)
    assert len(found) <= CROSSINGS_LEFT.get(name, 0), found
    assert close_stems(drawn.figure) == []
    assert close_stems(drawn.figure, level=True) == []


def test_crossings_left_are_said_naming_the_events(
    picture: tuple[str, Timeline, Picture],
) -> None:
    """Where stems still cross other events' marks (the horizontal layout asked for by
    name), the picture knows which, and what ``plot`` says on stderr names them."""
    _, _, drawn = picture
    found = {tuple(line.split(" crosses ")) for line in stem_crossings(drawn.figure)}
    assert found <= set(drawn.crossed)
    if not found:
        return
    notice = drawn.notices[-1]
    first_stem, first_other = drawn.crossed[0]
    assert first_stem in notice
    assert first_other in notice
    if drawn.layout == "horizontal":
        assert notice.startswith("In the horizontal layout the stems of ")
        assert "--layout auto or vertical" in notice


# At the narrowest width a report takes, the chronologies that are hardest for leaders and
# every hand-written case of tests/time_cases.py; the cases above are at the default 16 cm.
NARROW = {
    "bundled": kztimeline.load,
    "mission": plot_timelines.mission,
    "week-and-decades": plot_timelines.week_and_decades,
    "same-day-cluster": plot_timelines.same_day_cluster,
    **time_cases.CASES,
}


@pytest.mark.parametrize("name", sorted(NARROW))
def test_at_12_cm_nothing_crosses_and_no_leaders_run_close(name: str) -> None:
    """At 12 cm, in the layout "auto" picks, no stem or leader crosses another event's mark
    or bar, no two run closer than 2 pt over more than 20 pt, and nothing is said."""
    drawn = draw(NARROW[name](), dpi=72, width="12cm")
    assert stem_crossings(drawn.figure) == []
    assert close_stems(drawn.figure) == []
    assert close_stems(drawn.figure, level=True) == []
    assert drawn.crossed == ()


def test_plot_names_the_events_whose_stems_cross_in_a_forced_layout(tmp_path: Path) -> None:
    """``--layout horizontal`` on a dense week draws what was asked, and what ``plot`` says
    on stderr (the notices of :func:`write_pages`) names the events whose stems cross and
    those whose marks they cross; "auto" says nothing of the kind."""
    timeline = plot_timelines.same_day_cluster()
    target = tmp_path / "week.svg"
    _, notices = write_pages(timeline, target, layout="horizontal", dpi=72)
    said = "\n".join(notices)
    assert said.startswith("In the horizontal layout the stems of ")
    svg = target.read_text(encoding="utf-8")
    assert 'id="e8/stem"' in svg, "drawn across the page, as asked"
    _, drawn = drawn_case("same-day-cluster-horizontal")
    assert drawn.crossed
    for stem, other in drawn.crossed[:5]:
        assert stem in said
        assert other in said
    assert write_pages(timeline, target, dpi=72)[1] == ()


@pytest.mark.parametrize("forced", ["bundled-horizontal", "mission-horizontal"])
def test_auto_takes_the_chronology_where_stems_would_cross(forced: str) -> None:
    """Where the horizontal layout's stems cross other events' marks, "auto" draws the
    chronology, whose leaders cross none."""
    _, horizontal = drawn_case(forced)
    assert horizontal.layout == "horizontal"
    assert stem_crossings(horizontal.figure)
    _, chosen = drawn_case(forced.removesuffix("-horizontal"))  # the same events, "auto"
    assert chosen.layout == "vertical"
    assert stem_crossings(chosen.figure) == []


def test_auto_keeps_the_horizontal_axis_where_no_stem_crosses() -> None:
    """A sparse timeline whose stems cross nothing keeps the horizontal axis."""
    drawn = draw(plot_timelines.repeating(), dpi=72)
    assert drawn.layout == "horizontal"
    assert stem_crossings(drawn.figure) == []


class TestLeaderRows:
    def test_level_with_the_mark_when_clear(self) -> None:
        assert Lanes({0: [(10.0, 16.0, 0)], 1: [(40.0, 46.0, 1)]}).row(0, 0, 13.0) == 13.0

    def test_round_a_row_of_marks_of_one_day(self) -> None:
        """Marks of one day in the lanes to the right: the leader goes up or down its own lane
        past them, a point clear."""
        row = [(10.0, 16.0, 0), *((10.2, 16.2, owner) for owner in (1, 2, 3))]
        lanes_ = Lanes({lane: [span] for lane, span in enumerate(row)})
        y = lanes_.row(0, 0, 13.0)
        assert y <= 10.2 - 1 or y >= 16.2 + 1

    def test_not_through_its_own_lanes_neighbours(self) -> None:
        """Along its own lane it stops short of the next mark there."""
        lanes_ = Lanes({0: [(0.0, 6.0, 5), (7.0, 13.0, 0), (14.0, 20.0, 6)], 1: [(8.0, 14.0, 1)]})
        y = lanes_.row(0, 0, 10.0)
        assert 6.0 <= y <= 14.0
        assert y <= 7.0 or y >= 15.0

    def test_a_long_bar_far_back_in_the_lane_is_seen(self) -> None:
        """A bar that began long before, behind many short marks, still blocks the row."""
        marks = [(float(top), float(top) + 2, 10 + top) for top in range(0, 90, 3)]
        lanes_ = Lanes({0: [(95.0, 101.0, 0)], 1: [(0.0, 200.0, 1), *marks]})
        # No row near is clear: its own lane, empty, takes it past the bar's end.
        row = lanes_.row(0, 0, 98.0)
        assert row >= 201.0 or row <= -1.0


def test_same_day_events_share_one_place_each_joined_to_its_own_label(
    picture: tuple[str, Timeline, Picture],
) -> None:
    """In a dense week (zoomed in the chronology), four events of 10 November stand at one
    height, each leader starts at its own mark, and no leader passes another's mark."""
    name, timeline, drawn = picture
    if name != "same-day-cluster":
        return
    assert drawn.layout == "vertical"
    assert "scale ×" in all_text(drawn.figure)
    figure = drawn.figure
    figure.draw_without_rendering()
    same_day = {event.id for event in timeline if event.date.label() == "10 Nov 2021"}
    assert len(same_day) == 4
    marks: dict[str, tuple[float, float]] = {}
    starts: dict[str, tuple[float, float]] = {}
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if owner not in same_day:
            continue
        points = line.get_transform().transform(np.column_stack(line.get_data()))  # type: ignore[arg-type]
        if part == "mark":
            marks[owner] = tuple(points[0])  # type: ignore[assignment]
        elif part == "leader":
            starts[owner] = tuple(points[0])  # type: ignore[assignment]
    assert set(marks) == set(starts) == same_day
    assert len({round(y, 3) for _, y in marks.values()}) == 1, "they share one height"
    assert len({round(x, 3) for x, _ in marks.values()}) == 4, "each mark is seen"
    for owner, (x, y) in starts.items():
        mark_x, mark_y = marks[owner]
        # From its own mark: up or down its lane, or right from its edge.
        assert abs(x - mark_x) <= 3.5, owner
        assert abs(y - mark_y) <= 3.5, owner
    assert stem_crossings(figure) == []


def test_one_bracket_joins_the_labels_of_one_day(
    picture: tuple[str, Timeline, Picture],
) -> None:
    """The labels of the four events of 10 November stand together, in the order their
    leaders arrive (so no two of those leaders cross on the way), and one bracket, a piece
    per event (gid ``<id>/bracket``) beside its own label, joins them: where the leaders
    end, left of the labels, from the first label's top to the last one's bottom."""
    name, timeline, drawn = picture
    if name != "same-day-cluster":
        return
    figure = drawn.figure
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    same_day = {event.id for event in timeline if event.date.label() == "10 Nov 2021"}
    pieces: dict[str, np.ndarray] = {}
    ends: dict[str, np.ndarray] = {}
    for line in figure.findobj(Line2D):
        owner, part = part_of(line.get_gid())
        if part == "bracket" or part == "leader":
            points = line.get_transform().transform(np.column_stack(line.get_data()))  # type: ignore[arg-type]
            if part == "bracket":
                pieces[owner] = points
            else:
                ends[owner] = points[-1]
    days = Counter(event.date.label() for event in timeline)
    shared = {event.id for event in timeline if days[event.date.label()] > 1}
    assert same_day < shared
    assert set(pieces) == shared, "a bracket for each event that shares its day, only"
    labels = {
        text.get_gid(): text.get_window_extent(renderer)
        for text in figure.findobj(Text)
        if text.get_gid() in same_day
    }
    order = sorted(same_day, key=lambda owner: -labels[owner].y1)
    # Pieces meet: together one line from the top label's top to the bottom one's bottom.
    spine = {round(x, 3) for owner in same_day for x in pieces[owner][1:-1, 0]}
    assert len(spine) == 1
    x = spine.pop()
    for above, below in itertools.pairwise(order):
        assert abs(pieces[above][:, 1].min() - pieces[below][:, 1].max()) < 0.01
    assert abs(pieces[order[0]][:, 1].max() - labels[order[0]].y1) < 1.5
    assert abs(pieces[order[-1]][:, 1].min() - labels[order[-1]].y0) < 1.5
    for owner in same_day:
        assert x < labels[owner].x0
        assert abs(ends[owner][0] - x) < 0.01, "its leader ends on the bracket"
        assert labels[owner].y0 <= ends[owner][1] <= labels[owner].y1
    # The leaders arrive top down in the labels' order: none crosses another.
    arrivals = [ends[owner][1] for owner in order]
    assert arrivals == sorted(arrivals, reverse=True)


def test_a_key_joins_each_label_of_a_shared_day_to_its_mark() -> None:
    """Forced across the page, the dense week's events that share a day (the four of
    10 November among them) each begin their label with a small copy of their own mark, so
    the label names its mark where the stems leave one place; no other label has one."""
    timeline, drawn = drawn_case("same-day-cluster-horizontal")
    assert drawn.layout == "horizontal"
    shared = check_keys(drawn.figure)
    assert {event.id for event in timeline if event.date.label() == "10 Nov 2021"} < shared


class TestLeaderJogs:
    def test_along_the_edge_between_lanes_when_no_row_is_clear(self) -> None:
        """Its own lane keeps the leader at its mark's height, a mark in lane 2 stands
        there: it runs to the edge of lane 2, along it past that mark, and on."""
        lanes_ = Lanes({0: [(0.0, 6.0, 5), (7.0, 13.0, 0), (14.0, 20.0, 6)], 2: [(7.0, 13.0, 1)]})
        row, jog = lanes_.route(0, 0, 10.0)
        assert 7.0 <= row <= 13.0
        assert jog is not None
        edge, height = jog
        assert edge == 2
        assert height <= 7.0 - 1 or height >= 13.0 + 1

    def test_none_when_a_row_is_clear(self) -> None:
        assert Lanes({0: [(10.0, 16.0, 0)], 2: [(40.0, 46.0, 1)]}).route(0, 0, 13.0) == (13.0, None)

    def test_not_along_an_edge_another_leader_runs(self) -> None:
        """Two leaders held by their own lanes, a bar in lane 3 across both their rows: each
        runs along the edge of lane 3, round a different end of the bar, never along the
        same stretch of that edge."""
        lanes_ = Lanes(
            {
                0: [(0.0, 6.0, 5), (7.0, 13.0, 0), (14.0, 20.0, 6)],
                1: [(20.0, 26.0, 7), (27.0, 33.0, 2), (34.0, 40.0, 8)],
                3: [(7.0, 33.0, 1)],
            }
        )
        first, second = lanes_.route(0, 0, 10.0), lanes_.route(2, 1, 30.0)
        assert first[1] is not None
        assert second[1] is not None
        assert first[1][0] == second[1][0] == 3
        stretches = sorted(
            (min(row, jog[1]), max(row, jog[1])) for row, jog in (first, second) if jog
        )
        assert stretches[0][1] + 2.5 <= stretches[1][0]
        for _, (_, height) in (first, second):
            assert height <= 6.0 or height >= 34.0, "clear of the bar, a point off"


class TestLongestFirst:
    @given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 60)), max_size=30))
    def test_apart_in_each_lane_and_inside_outward(self, spans: list[tuple[int, int]]) -> None:
        """No two bars of a lane overlap (with the gap), the longest (or one as long within a
        tenth) is in lane 0, and a bar wholly inside a longer one stands outside it (its
        leader would cross it)."""
        extents = [(float(start), float(start + length)) for start, length in spans]
        found = longest_first(extents, 1.0, 100)
        for (i, (a0, a1)), (j, (b0, b1)) in itertools.permutations(enumerate(extents), 2):
            if found[i] == found[j]:
                assert a1 + 1.0 <= b0 or b1 + 1.0 <= a0
            if b0 <= a0 and a1 <= b1 and b1 - b0 > a1 - a0:
                assert found[i] > found[j]
        if extents:
            # The longest, or one within a tenth of its length that begins before it.
            longest = max(end - start for start, end in extents)
            first = max(
                end - start for (start, end), lane in zip(extents, found, strict=True) if lane == 0
            )
            assert first * 1.1 > longest

    def test_a_year_holds_its_month_outside(self) -> None:
        """A bar that ends before a year's starts takes lane 0 first by time; by length, the
        year takes it and the month inside it stands outside."""
        assert longest_first([(0.0, 10.0), (5.0, 100.0), (40.0, 60.0)], 1.0, 12) == [1, 0, 1]

    def test_a_year_stands_outside_the_year_before(self) -> None:
        """Two bars of 1996 (366 days) and two of 1995 (365), which end where 1996 begins:
        as long within a tenth, they take lanes in time order, so 1996 stands outside 1995
        and its leaders leave its top where no bar of 1995 is to their right."""
        years = [(365.0, 731.0), (365.0, 731.0), (0.0, 365.0), (0.0, 365.0)]
        assert longest_first(years, 1.0, 12) == [2, 3, 0, 1]

    def test_past_the_most_the_last_lane_is_shared(self) -> None:
        assert longest_first([(0.0, 10.0)] * 4, 1.0, 2) == [0, 1, 1, 1]


def test_lanes_in_tiers_keep_each_tier_outside_the_one_before() -> None:
    """Long bars (tier 0) nearest the axis, repeats (1) next, the rest (2) outside them
    all, even where a lower lane is free at their time."""
    extents = [(0.0, 100.0), (50.0, 60.0), (10.0, 20.0), (70.0, 80.0)]
    assert lanes_in_tiers(extents, [0, 1, 2, 2], 1.0, 12) == [0, 1, 2, 2]
    # A tier that would need more lanes than are left shares the last ones.
    assert max(lanes_in_tiers([(0.0, 10.0)] * 5, [0, 0, 0, 1, 2], 1.0, 3)) == 2
