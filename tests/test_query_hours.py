"""Windows with a time of day: ``between`` and ``--from/--to`` narrow timed events to hours."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import kztimeline
from kztimeline import QueryError
from kztimeline.cli import main

SCHEDULE = """
[timeline]
title = "A one-day conference"
[sources.programme]
title = "Programme"
[[events]]
id = "opening"
title = "Opening"
date = 2024-05-14T08:30:00+05:00
end = 2024-05-14T09:00:00+05:00
sources = ["programme"]
[[events]]
id = "panel"
title = "Panel"
date = 2024-05-14T11:00:00
timezone = "Asia/Almaty"
end = 2024-05-14T12:30:00
sources = ["programme"]
[[events]]
id = "dinner"
title = "Dinner"
date = 2024-05-14T19:00:00+05:00
sources = ["programme"]
[[events]]
id = "conference"
title = "The conference day"
date = 2024-05-14
sources = ["programme"]
[[events]]
id = "next-day"
title = "Excursion"
date = 2024-05-15T08:00:00+05:00
sources = ["programme"]
"""


@pytest.fixture(scope="module")
def schedule() -> kztimeline.Timeline:
    return kztimeline.loads(SCHEDULE)


def ids(timeline: kztimeline.Timeline) -> list[str]:
    return [event.id for event in timeline]


class TestBetweenHours:
    def test_a_morning_window_keeps_the_timed_events_that_meet_it_and_the_whole_day(
        self, schedule: kztimeline.Timeline
    ) -> None:
        """The day-long event may fall in any hour, so it overlaps; the panel starts at 11:00."""
        morning = schedule.between("2024-05-14T08:00", "2024-05-14T10:00")
        assert ids(morning) == ["conference", "opening"]

    def test_an_event_that_runs_into_the_window_overlaps_it(
        self, schedule: kztimeline.Timeline
    ) -> None:
        assert "panel" in ids(schedule.between("2024-05-14T12:00", "2024-05-14T13:00"))
        assert "panel" not in ids(schedule.between("2024-05-14T12:31", "2024-05-14T13:00"))

    def test_within_needs_the_whole_span_inside_and_a_day_is_not_inside_some_hours(
        self, schedule: kztimeline.Timeline
    ) -> None:
        inside = schedule.between("2024-05-14T08:00", "2024-05-14T12:00", within=True)
        assert ids(inside) == ["opening"]  # the panel ends at 12:30, the day at midnight
        whole_day = schedule.between("2024-05-14T00:00", "2024-05-15T00:00", within=True)
        assert sorted(ids(whole_day)) == ["conference", "dinner", "opening", "panel"]

    def test_an_offset_bound_compares_instants(self, schedule: kztimeline.Timeline) -> None:
        """08:30-09:00+05:00 is 03:30-04:00 UTC: a UTC window of 03:00-04:00 holds the opening."""
        utc = schedule.between("2024-05-14T03:00Z", "2024-05-14T04:00Z", within=True)
        assert ids(utc) == ["opening"]
        as_datetimes = schedule.between(
            datetime(2024, 5, 14, 3, tzinfo=UTC), datetime(2024, 5, 14, 3, 40, tzinfo=UTC)
        )
        assert ids(as_datetimes) == ["conference", "opening"]

    def test_a_date_bound_on_one_side_keeps_its_whole_day(
        self, schedule: kztimeline.Timeline
    ) -> None:
        evening = schedule.between("2024-05-14T18:00", date(2024, 5, 15))
        assert ids(evening) == ["conference", "dinner", "next-day"]

    def test_a_start_after_the_end_on_one_day_is_refused(
        self, schedule: kztimeline.Timeline
    ) -> None:
        with pytest.raises(QueryError, match="starts at 2024-05-14T10:00:00 after it ends"):
            schedule.between("2024-05-14T10:00", "2024-05-14T09:00")

    def test_a_misspelt_time_names_the_form(self, schedule: kztimeline.Timeline) -> None:
        with pytest.raises(QueryError, match="write a date-time as YYYY-MM-DDTHH:MM"):
            schedule.between("2024-05-14T8h", "2024-05-14")


class TestCommandLine:
    @pytest.fixture
    def events(self, tmp_path: Path) -> Path:
        path = tmp_path / "events.toml"
        path.write_text(SCHEDULE, encoding="utf-8")
        return path

    def test_list_takes_a_date_time_window(
        self, events: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        argv = ["list", str(events), "--json", "--from", "2024-05-14T08:00", "--to"]
        assert main([*argv, "2024-05-14T10:00+05:00", "--within"]) == 0
        assert [record["id"] for record in json.loads(capsys.readouterr().out)] == ["opening"]

    @pytest.mark.parametrize("command", ["list", "export", "ics", "build", "plot"])
    def test_a_bad_date_time_is_one_line_and_status_2(
        self, command: str, events: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        extra = {"export": ["--format", "csv", "-o", str(tmp_path / "x.csv")]}.get(command, [])
        if command == "build":
            extra = ["-o", str(tmp_path / "out")]
        if command in ("ics", "plot"):
            extra = ["-o", str(tmp_path / f"x.{'ics' if command == 'ics' else 'png'}")]
        code = main([command, str(events), *extra, "--from", "2024-05-14T25:00"])
        err = capsys.readouterr().err
        assert code == 2
        assert err.count("\n") == 1
        assert "write a date-time as YYYY-MM-DDTHH:MM" in err
        assert not list(tmp_path.glob("x.*"))
        assert not (tmp_path / "out").exists()

    def test_export_and_build_take_the_window(
        self, events: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "csv"
        window = ["--from", "2024-05-14T18:00", "--to", "2024-05-15T09:00", "--within"]
        assert main(["export", str(events), "--format", "csv", "-o", str(out), *window]) == 0
        rows = out.read_text(encoding="utf-8").splitlines()[1:]
        assert [row.split(",")[0] for row in rows] == ["dinner", "next-day"]
        folder = tmp_path / "built"
        assert main(["build", str(events), "-o", str(folder), *window]) == 0
        built = (folder / "events.csv").read_text(encoding="utf-8")
        assert built == out.read_text(encoding="utf-8")


class TestPictureOptions:
    def test_plot_places_times_in_the_zone_given_and_says_it(self, tmp_path: Path) -> None:
        events = tmp_path / "events.toml"
        events.write_text(SCHEDULE, encoding="utf-8")
        svg = tmp_path / "day.svg"
        argv = ["plot", str(events), "-o", str(svg), "--from", "2024-05-14T08:00"]
        assert main([*argv, "--to", "2024-05-14T13:00", "--zone", "UTC"]) == 0
        text = svg.read_text(encoding="utf-8")
        # The panel (11:00-12:30 in Almaty, UTC+05:00) is 06:00-07:30 UTC: before 08:00 UTC.
        assert "Panel" not in text
        argv[-1] = "2024-05-14T03:00"
        assert main([*argv, "--to", "2024-05-14T08:00", "--zone", "UTC"]) == 0
        text = svg.read_text(encoding="utf-8")
        assert "times in UTC" in text
        assert "Opening" in text
        assert "Panel" in text

    def test_a_bad_zone_or_lanes_is_one_line_and_status_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        events = tmp_path / "events.toml"
        events.write_text(SCHEDULE, encoding="utf-8")
        out = tmp_path / "x.png"
        assert main(["plot", str(events), "-o", str(out), "--zone", "Mars/Olympus"]) == 2
        assert capsys.readouterr().err.count("\n") == 1
        assert not out.exists()
        assert main(["plot", str(events), "-o", str(out), "--lanes", "colour"]) == 2
        assert not out.exists()


LANDING = """
[timeline]
title = "Apollo 11"
[sources.nasa]
title = "NASA"
[[events]]
id = "undocking"
title = "Eagle undocks"
date = 1969-07-20T17:44:00Z
sources = ["nasa"]
[[events]]
id = "burn"
title = "Descent orbit burn"
date = 1969-07-20T15:34:00Z
sources = ["nasa"]
[[events]]
id = "almaty-evening"
title = "Evening in Almaty"
date = 1969-07-20T21:00:00
timezone = "Asia/Almaty"
sources = ["nasa"]
[[events]]
id = "landing-day"
title = "Landing day"
date = 1969-07-20
sources = ["nasa"]
"""


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Aware bounds are instants: 15:34 UTC is before 16:00 UTC, and 21:00 in Almaty
        # (+06:00 that summer) is 15:00 UTC.
        (
            datetime(1969, 7, 20, 16, tzinfo=UTC),
            datetime(1969, 7, 20, 23, tzinfo=UTC),
            ["landing-day", "undocking"],
        ),
        # Naive bounds are wall times: each timed event's time as written.
        (
            datetime(1969, 7, 20, 16),
            datetime(1969, 7, 20, 23),
            ["almaty-evening", "landing-day", "undocking"],
        ),
        # Dates are whole days.
        (
            date(1969, 7, 20),
            date(1969, 7, 20),
            ["almaty-evening", "burn", "landing-day", "undocking"],
        ),
    ],
    ids=["aware", "naive", "dates"],
)
def test_datetime_bounds_compare_instants_and_dates_whole_days(
    start: date, end: date, expected: list[str]
) -> None:
    assert sorted(ids(kztimeline.loads(LANDING).between(start, end))) == expected


def test_a_utc_window_from_the_command_line_leaves_out_an_earlier_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "events.toml"
    path.write_text(LANDING, encoding="utf-8")
    argv = ["list", str(path), "--json", "--from", "1969-07-20T16:00Z", "--to", "1969-07-20T23:00Z"]
    assert main(argv) == 0
    found = sorted(record["id"] for record in json.loads(capsys.readouterr().out))
    assert found == ["landing-day", "undocking"]
