"""Pictures that never mislead about time, read back from the figure through the gids.

Each case of tests/time_cases.py is drawn once (module-scoped); the tests then find each
event's artists by gid (the label's gid is the event id, every other artist's is
``<event id>/<part>``) and check what they say about time: open ends reach the edge, marks
sit on one linear scale between breaks, bars are as long as their durations, the axis fits
the events, one zone is named once, the legend lists what is drawn, a window's title names
the window, and every id in the SVG is unique.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

import kztimeline
from kztimeline.errors import DateError, PictureError, QueryError
from kztimeline.plot import Picture, draw, plot_bytes, render
from kztimeline.plot.framing import window_title, window_words
from kztimeline.plot.items import Window, day_number
from kztimeline.plot.key import ENCODINGS
from kztimeline.timeline import Timeline
from tests import time_cases
from tests.plot_checks import (
    all_text,
    check_keys,
    check_picture,
    close_stems,
    part_of,
    stem_crossings,
)
from tests.plot_timelines import HEADER, make

PARTS = (
    "mark",
    "bar",
    "stem",
    "leader",
    "arrow",
    "label",
    "bracket",
    "key",
    "occurrence-",
    "except-",
)


def artists(figure: Figure) -> Iterable[tuple[str, str, object]]:
    """``(event id, part, artist)`` of every artist with a gid of an event."""
    for artist in figure.findobj(lambda found: bool(found.get_gid())):
        owner, part = part_of(artist.get_gid())
        if owner not in ("", "group", "axis"):
            yield owner, part, artist


def marks(figure: Figure) -> dict[str, tuple[float, float, Axes]]:
    """Each event's ``mark`` (the first), in its axes' data coordinates."""
    found = {}
    for owner, part, artist in artists(figure):
        if part == "mark" and isinstance(artist, Line2D):
            x, y = artist.get_xdata()[0], artist.get_ydata()[0]  # type: ignore[index]
            assert artist.axes is not None
            found[owner] = (float(x), float(y), artist.axes)
    return found


def bars(figure: Figure) -> dict[str, tuple[float, float, float, float, Axes]]:
    """Each event's bar: its extent ``(x0, x1, y0, y1)`` over all its polygons."""
    found = {}
    for owner, part, artist in artists(figure):
        if part == "bar" and isinstance(artist, PolyCollection):
            points = np.concatenate([path.vertices for path in artist.get_paths()])
            assert artist.axes is not None
            found[owner] = (
                float(points[:, 0].min()),
                float(points[:, 0].max()),
                float(points[:, 1].min()),
                float(points[:, 1].max()),
                artist.axes,
            )
    return found


def day_of(timeline: Timeline, event_id: str) -> date:
    return next(event.first_day for event in timeline if event.id == event_id)


def event_of(timeline: Timeline, event_id: str):  # type: ignore[no-untyped-def]
    return next(event for event in timeline if event.id == event_id)


@pytest.fixture(scope="module")
def pictures() -> dict[str, tuple[Timeline, Picture]]:
    drawn = {}
    for name, build in time_cases.CASES.items():
        timeline = build()
        drawn[name] = (timeline, draw(timeline, dpi=50, width=6.3))
    century = time_cases.clustered_century()
    for layout in ("horizontal", "vertical"):
        drawn[f"century-{layout}"] = (
            century,
            draw(century, dpi=50, width=6.3, layout=layout),  # type: ignore[arg-type]
        )
    return drawn


class TestOpenEnds:
    def test_an_open_interval_reaches_the_edge_and_says_so(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        """ "2000/.." runs to the right edge of the axis, "../2005" from the left edge; each
        has an arrow beyond that edge and a label that says "since" / "before"."""
        _timeline, picture = pictures["open-interval"]
        figure = picture.figure
        found = bars(figure)
        low, high = figure.axes[0].get_xlim()
        assert found["e0"][1] == pytest.approx(high)  # since 2000
        assert found["e0"][0] == pytest.approx(date2num(date(2000, 1, 1)))
        assert found["e1"][0] == pytest.approx(low)  # before 2005
        assert found["e1"][1] == pytest.approx(date2num(date(2006, 1, 1)))
        arrows = {
            owner: artist.get_xdata()[0]  # type: ignore[attr-defined]
            for owner, part, artist in artists(figure)
            if part.startswith("arrow")
        }
        assert arrows["e0"] > high
        assert arrows["e1"] < low
        assert set(arrows) == {"e0", "e1"}
        labels = {text.get_gid(): text.get_text() for text in figure.findobj(Text)}
        assert labels["e0"].startswith("since 2000")
        assert labels["e1"].startswith("before 2005")

    def test_an_open_interval_is_drawn_in_every_window_it_overlaps(self) -> None:
        timeline = time_cases.open_interval()
        figure = render(timeline, start="2003", end="2005", dpi=50)
        found = bars(figure)
        low, high = figure.axes[0].get_xlim()
        assert (found["e0"][0], found["e0"][1]) == pytest.approx((low, high))
        assert "since 2000" in all_text(figure)
        gone = render(timeline, start="2006", end="2007", dpi=50)
        assert "before 2005" not in all_text(gone)
        assert "since 2000" in all_text(gone)


class TestUncertainty:
    def test_each_qualifier_has_its_own_mark(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        """Known, approximate, uncertain and both: four different marker outlines (so they
        differ in greyscale too), and four different legend entries for those in view."""
        _timeline, picture = pictures["qualified"]
        shapes = {}
        for owner, part, artist in artists(picture.figure):
            if part == "mark" and owner in ("e0", "e1", "e2", "e3"):
                marker = artist.get_marker()  # type: ignore[attr-defined]
                vertices = getattr(marker, "vertices", None)
                shapes[owner] = str(marker) if vertices is None else repr(vertices.round(3))
        assert len(set(shapes.values())) == 4
        names = {text.get_text() for text in picture.figure.legends[0].get_texts()}
        for key in ("approximate", "uncertain", "both"):
            assert ENCODINGS[key] in names

    def test_uncertain_and_approximate_bars_differ(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        """An approximate end fades inside the bar (the bar keeps its span); an uncertain
        bar has a dashed outline."""
        _timeline, picture = pictures["qualified"]
        collections = {
            owner: artist
            for owner, part, artist in artists(picture.figure)
            if part == "bar" and isinstance(artist, PolyCollection)
        }
        about, maybe = collections["e6"], collections["e7"]
        assert len(about.get_paths()) > 1  # strips that fade out at the approximate start
        assert len(maybe.get_paths()) == 1
        dashes = maybe.get_linestyle()[0]
        assert dashes[1] is not None  # dashed
        assert about.get_linestyle()[0][1] is None  # solid
        found = bars(picture.figure)
        assert found["e6"][0] == pytest.approx(date2num(date(1969, 10, 1)))
        assert found["e6"][1] == pytest.approx(date2num(date(1969, 10, 21)))

    def test_the_legend_leaves_out_what_is_not_in_view(self) -> None:
        figure = render(make([{"date": "2012-11-12", "title": "Plain"}]), dpi=50)
        names = {text.get_text() for text in figure.legends[0].get_texts()}
        assert not names & set(ENCODINGS.values())


def linear_segments(figure: Figure, timeline: Timeline) -> list[list[tuple[float, float]]]:
    """(day, position) of the mark of every event known to the day (a single day, or a
    range at its first day), split at each axis break, per axes."""
    found = marks(figure)
    breaks: dict[Axes, list[float]] = {}
    for artist in figure.findobj(Line2D):
        if str(artist.get_gid()).startswith("axis/break-"):
            assert artist.axes is not None
            breaks.setdefault(artist.axes, []).append(float(np.mean(artist.get_ydata())))  # type: ignore[arg-type]
    segments: dict[tuple[Axes, int], list[tuple[float, float]]] = {}
    for owner, (x, y, ax) in found.items():
        event = event_of(timeline, owner)
        if event.date.precision.value != "day" or event.date.open_start:
            continue
        vertical = ax.get_xlim()[1] < 1000  # time down the page: x is in points
        position = y if vertical else x
        segment = sum(position > cut for cut in breaks.get(ax, []))
        middle = day_number(event.first_day) + 0.5
        segments.setdefault((ax, segment), []).append((middle, position))
    return list(segments.values())


class TestScale:
    @pytest.mark.parametrize("layout", ["horizontal", "vertical"])
    def test_day_marks_lie_on_one_linear_scale(
        self, pictures: dict[str, tuple[Timeline, Picture]], layout: str
    ) -> None:
        """Within each segment between breaks, a mark's position is linear in its day, with
        one slope for every segment."""
        timeline, picture = pictures[f"century-{layout}"]
        assert picture.layout == layout
        slopes = []
        for points in linear_segments(picture.figure, timeline):
            if len(points) < 2:
                continue
            days, places = np.array(points).T
            slope, offset = np.polyfit(days, places, 1)
            assert np.allclose(days * slope + offset, places, atol=0.5)
            slopes.append(slope)
        assert slopes
        assert np.allclose(slopes, slopes[0], rtol=1e-6)

    def test_the_chronology_marks_its_breaks(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        figure = pictures["century-vertical"][1].figure
        gids = [str(a.get_gid()) for a in figure.findobj(Line2D) if a.get_gid()]
        breaks = [gid for gid in gids if gid.startswith("axis/")]
        assert breaks == ["axis/break-1", "axis/break-2"]
        assert re.search(r"\d+ years omitted", all_text(figure))

    @pytest.mark.parametrize("layout", ["horizontal", "vertical"])
    def test_bar_lengths_match_durations(
        self, pictures: dict[str, tuple[Timeline, Picture]], layout: str
    ) -> None:
        """The 20-year war is five times the 4-year war, at the scale of its segment."""
        timeline, picture = pictures[f"century-{layout}"]
        found = bars(picture.figure)
        lengths = {}
        for owner, (x0, x1, y0, y1, _) in found.items():
            event = event_of(timeline, owner)
            days = (event.last_day - event.first_day).days + 1
            lengths[owner] = ((y1 - y0) if layout == "vertical" else (x1 - x0)) / days
        assert np.allclose(list(lengths.values()), next(iter(lengths.values())), rtol=1e-3)


class TestAxisFits:
    def test_a_one_day_schedule_gets_the_hours_of_its_day(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        _timeline, picture = pictures["one-day"]
        low, high = picture.figure.axes[0].get_xlim()
        start = date2num(datetime(2024, 5, 14, 8, 30))
        end = date2num(datetime(2024, 5, 14, 17))
        assert low < start
        assert high > end
        assert (end - start) / (high - low) > 0.8
        found = bars(picture.figure)
        assert min(b[0] for b in found.values()) == pytest.approx(start)
        assert max(b[1] for b in found.values()) == pytest.approx(end)

    def test_an_endless_repeat_does_not_stretch_the_axis(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        """Moon Day every year from 1970 stops at the programme's end (1972), says its rule
        once, and an arrow says it goes on."""
        _timeline, picture = pictures["endless-repeat"]
        high = picture.figure.axes[0].get_xlim()[1]
        assert high < date2num(date(1974, 1, 1))
        assert all_text(picture.figure).count("every year") == 1
        parts = {part for owner, part, _ in artists(picture.figure) if owner == "e4"}
        assert "arrow" in parts
        assert {"occurrence-1971-07-20", "occurrence-1972-07-20"} <= parts

    @pytest.mark.parametrize(
        ("start", "end", "hours"),
        [
            ("2024-05-14T08:00", "2024-05-14T12:00", (8, 12)),
            ("2024-05-14T03:00Z", "2024-05-14T07:00+00:00", (8, 12)),
            (
                datetime(2024, 5, 14, 8, tzinfo=ZoneInfo("Asia/Almaty")),
                datetime(2024, 5, 14, 12),
                (8, 12),
            ),
        ],
    )
    def test_a_date_time_window_is_exactly_those_hours(
        self, start: object, end: object, hours: tuple[int, int]
    ) -> None:
        """A window of date-times (ISO text with an optional offset, or datetimes; without
        an offset, in the display zone) is an axis of exactly those hours."""
        figure = render(time_cases.one_day(), start=start, end=end, dpi=50)  # type: ignore[arg-type]
        low, high = figure.axes[0].get_xlim()
        assert low == pytest.approx(date2num(datetime(2024, 5, 14, hours[0])))
        assert high == pytest.approx(date2num(datetime(2024, 5, 14, hours[1])))
        assert "14 May 2024, 08:00–12:00" in all_text(figure)

    @pytest.mark.parametrize(
        ("start", "end"), [("2024-05-14T08:00", "yesterday"), ("2024-05-14T9:00", "2025")]
    )
    def test_a_bad_bound_is_refused(self, start: str, end: str) -> None:
        with pytest.raises(QueryError):
            render(time_cases.one_day(), start=start, end=end)

    def test_events_in_view_span_most_of_the_axis(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        for name in ("open-interval", "qualified", "one-day", "endless-repeat", "three-zones"):
            _timeline, picture = pictures[name]
            ax = picture.figure.axes[0]
            low, high = ax.get_xlim()
            xs = [x for x, _, axes in marks(picture.figure).values() if axes is ax]
            xs += [b[1] for b in bars(picture.figure).values() if b[4] is ax]
            assert (max(xs) - min(xs)) / (high - low) > 0.8, name


class TestZones:
    def test_one_zone_named_once(self, pictures: dict[str, tuple[Timeline, Picture]]) -> None:
        """Times are placed on the UTC clock (most events use it): the lift-off written in
        New York sits where the UTC one does, says its own time in brackets, and the zone
        is named once."""
        _timeline, picture = pictures["three-zones"]
        text = all_text(picture.figure)
        assert text.count("times in UTC") == 1
        assert "UTC+" not in text.replace("times in UTC", "")
        found = marks(picture.figure)
        assert found["e0"][0] == pytest.approx(found["e1"][0])
        assert found["e0"][0] == pytest.approx(date2num(datetime(1969, 7, 16, 13, 32)))
        labels = {t.get_gid(): t.get_text() for t in picture.figure.findobj(Text)}
        assert "13:32 (09:32 America/New_York)" in labels["e1"]
        assert "(" not in labels["e0"].split("\n")[0]

    def test_the_zone_asked_for(self) -> None:
        timeline = time_cases.three_zones()
        figure = render(timeline, zone="Asia/Almaty", dpi=50)
        offset = datetime(1969, 7, 16, tzinfo=ZoneInfo("Asia/Almaty")).utcoffset()
        assert offset is not None
        hours = int(offset.total_seconds() // 3600)
        assert f"times in Asia/Almaty, UTC+{hours:02d}:00" in all_text(figure)
        found = marks(figure)
        moment = datetime(1969, 7, 16, 13, 32, tzinfo=UTC) + offset
        assert found["e0"][0] == pytest.approx(date2num(moment.replace(tzinfo=None)))
        fixed = render(timeline, zone="UTC-04:00", dpi=50)
        assert "times in UTC\N{MINUS SIGN}04:00" in all_text(fixed)
        assert marks(fixed)["e1"][0] == pytest.approx(date2num(datetime(1969, 7, 16, 9, 32)))

    def test_the_most_used_zone_is_the_default(
        self, pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        text = all_text(pictures["one-day"][1].figure)
        assert text.count("Asia/Almaty") == 1
        assert "times in Asia/Almaty, UTC+05:00" in text

    def test_an_unknown_zone_is_refused(self) -> None:
        with pytest.raises(DateError, match="Asia/Almatyy"):
            render(time_cases.three_zones(), zone="Asia/Almatyy")


class TestLegendAndTitle:
    def test_the_legend_is_the_key_to_what_is_drawn(self) -> None:
        """In the November 2012 window, the term and both wars are bars on the axis (none a
        background band); the legend names the three kinds with the marks drawn, "range",
        "goes on past the edge", and no "month or year only"."""
        timeline = time_cases.three_kinds()
        figure = render(timeline, start="2012-11", end="2012-11", dpi=50)
        found = bars(figure)
        assert set(found) == {"e0", "e2"}  # the long war ended in 2010
        heights = {round(b[3] - b[2], 3) for b in found.values()}
        assert len(heights) == 1  # the same lane height: one encoding per kind of date
        names = [text.get_text() for text in figure.legends[0].get_texts()]
        assert names == ["meeting", "term", "war", ENCODINGS["bar"], ENCODINGS["goes"]]
        legend_marks = {
            text.get_text(): handle.get_marker()  # type: ignore[union-attr]
            for handle, text in zip(
                figure.legends[0].legend_handles, figure.legends[0].get_texts(), strict=True
            )
            if isinstance(handle, Line2D)
        }
        drawn = {
            event_of(timeline, owner).kind: artist.get_marker()  # type: ignore[attr-defined]
            for owner, part, artist in artists(figure)
            if part == "mark"
        }
        for kind, marker in drawn.items():
            assert legend_marks[kind] == marker

    def test_a_window_is_titled_for_the_window(self) -> None:
        timeline = time_cases.three_kinds()
        figure = render(timeline, start="2012-11", end="2012-11", dpi=50)
        assert "Three kinds, November 2012" in all_text(figure)
        assert "1990–2014" not in all_text(figure)
        assert "Three kinds, 1990–2014" in all_text(render(timeline, dpi=50))

    @pytest.mark.parametrize(
        ("first", "last", "words"),
        [
            (date(2012, 1, 1), date(2012, 12, 31), "2012"),
            (date(2010, 1, 1), date(2012, 12, 31), "2010–2012"),
            (date(2012, 11, 1), date(2012, 11, 30), "November 2012"),
            (date(2012, 11, 14), date(2012, 11, 14), "14 November 2012"),
            (date(2012, 11, 3), date(2012, 11, 20), "3–20 Nov 2012"),
        ],
    )
    def test_window_words(self, first: date, last: date, words: str) -> None:
        assert window_words(Window.of(first, last)) == words

    def test_the_title_loses_its_own_span(self) -> None:
        window = Window.of(date(2012, 11, 1), date(2012, 11, 30))
        assert window_title("Kazakhstan and the UN, 2006–2015", window) == (
            "Kazakhstan and the UN, November 2012"
        )
        assert window_title("Apollo (1961-1972)", window) == "Apollo, November 2012"
        assert window_title("No span", None) == "No span"


class TestGids:
    def test_the_gid_contract(self, pictures: dict[str, tuple[Timeline, Picture]]) -> None:
        """Every event in view has a label whose gid is its id; every other artist of an
        event is ``<id>/<part>`` with a known part; no gid is given twice."""
        for name, (timeline, picture) in pictures.items():
            gids = [str(a.get_gid()) for a in picture.figure.findobj(lambda a: bool(a.get_gid()))]
            assert len(gids) == len(set(gids)), name
            ids = {event.id for event in timeline}
            labels = {gid for gid in gids if gid in ids}
            assert labels == ids, name
            for gid in gids:
                owner, part = part_of(gid)
                if owner == "axis":
                    assert re.fullmatch(r"break-\d+", part)
                elif part:
                    assert owner in ids
                    assert part.startswith(PARTS), gid

    def test_svg_ids_are_unique_and_name_each_event(self) -> None:
        timeline = time_cases.clustered_century()
        svg = plot_bytes(timeline, "svg", layout="vertical", width=6.3)
        tree = ElementTree.fromstring(svg)
        ids = [element.get("id") for element in tree.iter() if element.get("id")]
        assert len(ids) == len(set(ids))
        for event in timeline:
            assert event.id in ids
            assert f"{event.id}/mark" in ids or f"{event.id}/bar" in ids

    def test_repeats_exceptions_and_changes(self) -> None:
        """Weekly meetings: each later occurrence is ``occurrence-YYYY-MM-DD``; a date
        ``except_on`` removes is a crossed ghost ``except-YYYY-MM-DD``; a cancelled
        occurrence is hollow; a moved one has an arrow from its old slot."""
        timeline = kztimeline.loads(
            HEADER.format(title='"Weekly"')
            + """
[[events]]
id = "e0"
sources = ["a"]
date = 2024-03-04
title = "Weekly call"
kind = "call"
repeat = "FREQ=WEEKLY;COUNT=6"
except_on = [2024-03-18]

[[events]]
id = "e1"
sources = ["a"]
date = 2024-02-20
title = "Kick-off"
kind = "meeting"
"""
        )
        figure = render(timeline, dpi=50, width=6.3)
        parts = {part: artist for owner, part, artist in artists(figure) if owner == "e0"}
        assert "except-2024-03-18" in parts
        assert "occurrence-2024-03-11" in parts
        assert "occurrence-2024-03-18" not in parts
        ghost = parts["except-2024-03-18"]
        assert ghost.get_markerfacecolor() != parts["mark"].get_markerfacecolor()  # type: ignore[attr-defined]
        assert ENCODINGS["except"] in all_text(figure)
        check_picture(figure, ["Weekly call", "Kick-off"])

    def test_a_quarter_of_weekly_meetings(self) -> None:
        """The rule is said once; a moved occurrence is drawn at its new time with its new
        title (a further label, ``<id>/label``) and a light arrow from its old slot; a
        cancelled one is hollow; a skipped week is a crossed ghost."""
        timeline = time_cases.weekly_quarter()
        figure = render(timeline, dpi=50, width=6.3, layout="horizontal")
        parts = {part: artist for _, part, artist in artists(figure)}
        labels = {t.get_gid(): t.get_text() for t in figure.findobj(Text) if t.get_gid()}
        assert "Meeting, moved to Tuesday" in labels["weekly/label"]
        assert "moved from 22 Jan 2024" in labels["weekly/label"]
        assert all_text(figure).count("every Monday") == 1
        moved = parts["occurrence-2024-01-22"]
        assert moved.get_xdata()[0] == pytest.approx(  # type: ignore[attr-defined]
            date2num(datetime(2024, 1, 23, 10))
        )
        arrow = parts["arrow"]
        assert arrow.get_xdata()[0] == pytest.approx(  # type: ignore[attr-defined]
            date2num(datetime(2024, 1, 22, 14))
        )
        assert parts["occurrence-2024-02-05"].get_markerfacecolor() == "white"  # type: ignore[attr-defined]
        assert "except-2024-01-15" in parts
        assert ENCODINGS["moved"] in all_text(figure)
        check_picture(figure, ["Weekly meeting", "Meeting, moved to Tuesday"])

    def test_past_500_events_marks_are_grouped(self) -> None:
        base = date(2000, 1, 1)
        timeline = make(
            [
                {"date": (base + timedelta(days=3 * n)).isoformat(), "title": f"E{n}"}
                for n in range(520)
            ]
        )
        # One picture of them all, not the pages render() would cut it into.
        figure = draw(timeline, dpi=20, width=6.3, layout="horizontal").figure
        gids = [str(a.get_gid()) for a in figure.findobj(lambda a: bool(a.get_gid()))]
        assert len(gids) == len(set(gids))
        assert not any(gid.endswith("/mark") and not gid.startswith("group") for gid in gids)
        assert sum(gid.startswith("group/mark") for gid in gids) < 5


def test_every_case_reads_cleanly(pictures: dict[str, tuple[Timeline, Picture]]) -> None:
    """Every title in view is in each picture, nothing overlaps, nothing is cut."""
    for name, (timeline, picture) in pictures.items():
        check_picture(picture.figure, [event.title for event in timeline])
        assert name


@pytest.mark.parametrize("name", ["three-zones", "one-day"])
def test_labels_of_a_shared_day_begin_with_their_marks_key(
    pictures: dict[str, tuple[Timeline, Picture]], name: str
) -> None:
    """Left to choose, these stay across the page with several events on one day (the
    news of 16 July 1969; a day's schedule): each of their labels begins with a small copy
    of its own mark, and no other label has one."""
    picture = pictures[name][1]
    assert picture.layout == "horizontal"
    assert len(check_keys(picture.figure)) >= 2


def test_offsets_are_said_with_a_minus_sign() -> None:
    from kztimeline.plot.zones import offset_text

    west = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-4)))
    assert offset_text(west) == "UTC\N{MINUS SIGN}04:00"
    assert offset_text(datetime(2024, 1, 1, tzinfo=UTC)) == "UTC"


def test_past_twelve_kinds_each_label_names_its_kind() -> None:
    """With 13 kinds in view each label begins with its kind; with 12, none does."""
    from tests.plot_timelines import many_kinds

    for count in (12, 13):
        timeline = many_kinds(count)
        figure = render(timeline, dpi=30, width=6.3)
        labels = {t.get_gid(): t.get_text() for t in figure.findobj(Text) if t.get_gid()}
        for event in timeline:
            named = labels[event.id].startswith(f"{event.kind} · ")
            assert named is (count > 12), event.id


class TestLanesByKind:
    def test_each_kind_has_its_own_rows_named(self) -> None:
        """``lanes="kind"``: every kind's marks and bars lie in rows of their own, in the
        order of the kinds, and each kind's name stands left of its rows."""
        timeline = time_cases.clustered_century()
        figure = render(timeline, lanes="kind", dpi=50, width=6.3)
        rows: dict[str, set[float]] = {}
        for owner, part, artist in artists(figure):
            kind = event_of(timeline, owner).kind
            if part == "mark" and isinstance(artist, Line2D):
                rows.setdefault(kind, set()).add(round(float(artist.get_ydata()[0]), 3))  # type: ignore[index]
        kinds = sorted(rows)
        for lower, upper in itertools.pairwise(kinds):
            assert max(rows[lower]) < min(rows[upper])
        text = all_text(figure)
        for kind in kinds:
            assert f"\n{kind}\n" in f"\n{text}\n"
        check_picture(figure, [event.title for event in timeline])

    def test_an_unknown_lanes_option_is_refused(self) -> None:
        with pytest.raises(PictureError, match="lanes"):
            render(time_cases.clustered_century(), lanes="colour")  # type: ignore[typeddict-item]


@pytest.fixture(scope="module")
def dense() -> tuple[Timeline, Picture]:
    from tests.plot_timelines import week_and_decades

    timeline = week_and_decades()
    return timeline, draw(timeline, dpi=40, width=6.3, layout="vertical")


class TestCrowds:
    def test_a_crowd_gets_a_piece_of_its_own_between_breaks(
        self, dense: tuple[Timeline, Picture]
    ) -> None:
        """Forty events of one week in twenty years: the week is a piece of the axis of its
        own, between two breaks that say the scale; each piece is linear in time."""
        timeline, picture = dense
        text = all_text(picture.figure)
        scales = [int(n) for n in re.findall(r"scale ×(\d+)", text)]
        assert len(scales) == 2
        assert scales[1] == 1
        assert scales[0] > 100
        slopes = []
        for points in linear_segments(picture.figure, timeline):
            days, places = np.array(points).T
            if np.ptp(days) == 0:
                continue
            slope, offset = np.polyfit(days, places, 1)
            assert np.allclose(days * slope + offset, places, atol=0.5)
            slopes.append(slope)
        assert max(slopes) / min(slopes) == pytest.approx(scales[0], rel=0.01)

    def test_no_leader_crosses_another_events_mark_or_bar(
        self, dense: tuple[Timeline, Picture], pictures: dict[str, tuple[Timeline, Picture]]
    ) -> None:
        assert stem_crossings(dense[1].figure) == []
        for name, (_, picture) in pictures.items():
            assert stem_crossings(picture.figure) == [], name

    def test_no_two_stems_run_close_for_long(
        self, pictures: dict[str, tuple[Timeline, Picture]], timeline: Timeline
    ) -> None:
        """Two stems never run closer than 2 pt over more than 20 pt: in the bundled picture
        seven stems of 12–18 November 2012 stand 2.5 pt apart above a short bend."""
        assert close_stems(render(timeline, dpi=72)) == []
        for name, (_, picture) in pictures.items():
            if picture.layout == "horizontal":
                assert close_stems(picture.figure) == [], name


def test_the_web_page_keeps_every_id_unique(timeline: Timeline) -> None:
    """The web page names its table rows by event id and holds the picture inline: there
    the picture's ids are prefixed, so no id is given twice and each still names its event."""
    from kztimeline.export.html import to_html

    page = to_html(timeline)
    ids = re.findall(r'\bid="([^"]*)"', page)
    assert len(ids) == len(set(ids))
    for event in timeline:
        assert f"picture-{event.id}" in ids
