"""What each event becomes in the picture, and the layout rule: kztimeline.plot.items.

None of these tests draws anything: the items are worked out from the timeline alone.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kztimeline.plot.items import (
    Item,
    Window,
    collect,
    day_number,
    default_window,
)
from kztimeline.plot.placement import choose_layout
from kztimeline.timeline import Timeline
from tests.plot_timelines import make


def items_of(timeline: Timeline, window: Window | None = None) -> dict[str, Item]:
    window = window or default_window(timeline)
    return {item.event.title: item for item in collect(timeline, window)}


class TestShapes:
    def test_each_date_its_shape(self) -> None:
        """A day is a point, a range of days a bar, a month or a year a band over the
        whole period, a long term a bar like any range."""
        found = items_of(
            make(
                [
                    {"date": "2012-11-12", "title": "Day"},
                    {"date": "2012-11-14/2012-11-16", "title": "Range"},
                    {"date": "2010-02", "title": "Month"},
                    {"date": "2011~", "title": "Year"},
                    {"date": "2013-01-01/2015-12-31", "title": "Term", "kind": "term"},
                ]
            )
        )
        assert {title: item.shape for title, item in found.items()} == {
            "Day": "point",
            "Range": "bar",
            "Month": "band",
            "Year": "band",
            "Term": "bar",
        }
        month = found["Month"]
        assert (month.x0, month.x1) == (day_number(date(2010, 2, 1)), day_number(date(2010, 3, 1)))
        assert found["Year"].x1 - found["Year"].x0 == 365

    def test_a_timed_event_sits_at_its_instant_in_the_display_zone(self) -> None:
        """20:17 in UTC is 20:17/24 of the way through its day, and the label gives the time;
        an event written in another zone sits at its instant on the same (UTC) clock."""
        found = items_of(
            make(
                [
                    {"date": "1969-07-20T20:17:00", "timezone": "UTC", "title": "Landing"},
                    {"date": "1969-07-21T09:00:00", "timezone": "Asia/Almaty", "title": "Local"},
                ]
            )
        )
        landing = found["Landing"]
        assert landing.anchor == pytest.approx(
            day_number(date(1969, 7, 20)) + (20 * 60 + 17) / 1440
        )
        assert "20:17" in landing.date_text
        local = datetime(1969, 7, 21, 9, tzinfo=ZoneInfo("Asia/Almaty")).astimezone(UTC)
        assert found["Local"].anchor == pytest.approx(
            day_number(local.date()) + local.hour / 24 + local.minute / 1440
        )
        assert "(09:00 Asia/Almaty)" in found["Local"].date_text

    def test_a_timed_range_runs_from_instant_to_instant(self) -> None:
        item = items_of(
            make(
                [
                    {
                        "date": "1969-07-21T02:39:00",
                        "end": "1969-07-21T05:11:00",
                        "timezone": "UTC",
                        "title": "Moonwalk",
                    }
                ]
            )
        )["Moonwalk"]
        day = day_number(date(1969, 7, 21))
        assert item.shape == "bar"
        assert (item.x0, item.x1) == pytest.approx((day + 159 / 1440, day + 311 / 1440))

    def test_status_and_highlight(self) -> None:
        found = items_of(
            make(
                [
                    {"date": "2012-01-01", "title": "Off", "status": "cancelled"},
                    {"date": "2012-02-01", "title": "Maybe", "status": "tentative"},
                    {"date": "2012-03-01?", "title": "Unsure"},
                    {"date": "2012-04-01", "title": "Key", "highlight": True},
                ]
            )
        )
        assert found["Off"].cancelled
        assert "cancelled" in found["Off"].date_text
        assert found["Maybe"].tentative
        assert "tentative" in found["Maybe"].date_text
        assert not found["Unsure"].tentative
        assert found["Unsure"].qualifier.uncertain
        assert found["Key"].highlight
        assert not found["Off"].highlight

    def test_a_repeating_event_marks_every_occurrence_and_says_its_rule(self) -> None:
        timeline = make(
            [{"date": "1970-07-20", "title": "Anniversary", "repeat": "FREQ=YEARLY;COUNT=5"}]
        )
        item = items_of(timeline, Window.of(date(1971, 1, 1), date(1973, 12, 31)))["Anniversary"]
        assert len(item.occurrences) == 3  # 1971, 1972, 1973
        assert item.x0 == day_number(date(1971, 7, 20))  # labelled at the first in view
        assert "every year on 20 July, 5 times" in item.date_text


class TestWindow:
    def test_the_window_is_the_axis_and_clips(self) -> None:
        """An event reaching past the window is cut at its edge, marked as going on."""
        timeline = make(
            [
                {"date": "1961-05-25/1972-12-19", "title": "Programme"},
                {"date": "1969-07-20", "title": "Landing"},
                {"date": "1975-01-01", "title": "Later"},
            ]
        )
        window = Window.of(date(1969, 7, 1), date(1969, 7, 31))
        found = items_of(timeline, window)
        assert set(found) == {"Programme", "Landing"}
        programme = found["Programme"]
        assert (programme.x0, programme.x1) == (window.lo, window.hi)
        assert programme.goes_before
        assert programme.goes_after
        assert not found["Landing"].goes_before

    def test_default_window_spans_the_events(self) -> None:
        window = default_window(
            make([{"date": "2000-01-01", "title": "A"}, {"date": "2010-01-01", "title": "B"}])
        )
        assert window.lo < day_number(date(2000, 1, 1)) < day_number(date(2010, 1, 2)) < window.hi
        assert not window.exact


class TestChooseLayout:
    @pytest.mark.parametrize(
        ("requested", "horizontal", "vertical", "chosen"),
        [
            ("auto", 4.0, 3.0, "horizontal"),  # sparse: the axis across the page
            ("auto", 12.0, 20.0, "vertical"),  # too tall across: down the page
            ("auto", None, 20.0, "vertical"),
            ("auto", 30.0, None, "horizontal"),  # only across fits
            ("auto", None, None, "numbered"),
            ("horizontal", 30.0, 3.0, "horizontal"),
            ("horizontal", None, 3.0, "numbered"),
            ("vertical", 3.0, 20.0, "vertical"),
            ("vertical", 3.0, None, "numbered"),
        ],
    )
    def test_rule(
        self, requested: str, horizontal: float | None, vertical: float | None, chosen: str
    ) -> None:
        assert choose_layout(requested, horizontal, vertical, 9.0, 37.0) == chosen


def test_items_and_placement_import_no_matplotlib() -> None:
    """The layout decisions can be tested, and run, without matplotlib."""
    code = (
        "import sys, kztimeline.plot.items, kztimeline.plot.placement, kztimeline.plot.styles;"
        "assert 'matplotlib' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
