"""Local times that happen twice or never in their zone: kztimeline reads them as RFC 5545
does (the first; the offset before a gap), warns on load with the line and the offset form
that removes the doubt, and ``validate`` says so. Calendars differ on them:
``tests/test_ical_matrix.py`` shows which."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import kztimeline
from kztimeline.cli import main
from kztimeline.dates import wall_time_doubt
from kztimeline.errors import TimelineFileWarning

NEW_YORK = ZoneInfo("America/New_York")

HEADER = """[timeline]
title = "t"

[sources.a]
title = "A"
"""

DOUBTFUL = (
    HEADER
    + """
[[events]]
id = "twice"
title = "Twice"
date = 2024-11-03T01:30:00
timezone = "America/New_York"
sources = ["a"]

[[events]]
id = "never"
title = "Never"
date = 2024-03-10T02:30:00
end = 2024-03-10T04:00:00
timezone = "America/New_York"
sources = ["a"]
"""
)


@pytest.mark.parametrize(
    ("wall", "zone", "doubt"),
    [
        (datetime(2024, 11, 3, 1, 30), "America/New_York", "twice"),
        (datetime(2024, 11, 3, 0, 59), "America/New_York", None),
        (datetime(2024, 11, 3, 2, 0), "America/New_York", None),
        (datetime(2024, 3, 10, 2, 30), "America/New_York", "never"),
        (datetime(2024, 3, 10, 3, 0), "America/New_York", None),
        (datetime(2024, 10, 27, 2, 30), "Europe/Berlin", "twice"),
        (datetime(2024, 2, 29, 23, 30), "Asia/Almaty", "twice"),  # +6 to +5 at midnight
        (datetime(2024, 10, 6, 2, 15), "Australia/Lord_Howe", "never"),  # half an hour
        (datetime(2011, 12, 30, 12, 0), "Pacific/Apia", "never"),  # the day skipped
        (datetime(2024, 7, 1, 12, 0), "Europe/Berlin", None),
    ],
)
def test_a_wall_time_that_happens_twice_or_never_is_found(
    wall: datetime, zone: str, doubt: str | None
) -> None:
    assert wall_time_doubt(wall.replace(tzinfo=ZoneInfo(zone))) == doubt


def test_a_fixed_offset_has_no_doubt() -> None:
    from datetime import timezone

    assert (
        wall_time_doubt(datetime(2024, 11, 3, 1, 30, tzinfo=timezone(timedelta(hours=-4)))) is None
    )


def test_kztimeline_reads_them_as_rfc_5545_does() -> None:
    """The first of two, and the offset before a gap (RFC 5545 §3.3.5)."""
    with pytest.warns(TimelineFileWarning):
        timeline = kztimeline.loads(DOUBTFUL)
    twice = timeline["twice"].date.time
    never = timeline["never"].date.time
    assert twice is not None
    assert never is not None
    assert twice.utcoffset() == timedelta(hours=-4)
    assert never.astimezone(UTC).astimezone(NEW_YORK).isoformat() == "2024-03-10T03:30:00-04:00"


def test_load_warns_with_the_line_and_the_offset_forms() -> None:
    with pytest.warns(TimelineFileWarning) as caught:
        kztimeline.loads(DOUBTFUL, path="events.toml")
    found = [warning.message for warning in caught]
    assert all(isinstance(message, TimelineFileWarning) for message in found)
    twice, never = found
    assert isinstance(twice, TimelineFileWarning)
    assert isinstance(never, TimelineFileWarning)
    assert (twice.line, twice.event_id, twice.field) == (10, "twice", "date")
    assert str(twice).startswith("events.toml:10: event 'twice': date: 2024-11-03T01:30:00 happens")
    assert "write 2024-11-03T01:30:00-04:00 for the first or 2024-11-03T01:30:00-05:00" in str(
        twice
    )
    assert (never.line, never.event_id, never.field) == (17, "never", "date")
    assert "as 2024-03-10T03:30:00-04:00, some calendars (ical.js" in str(never)
    assert "as 2024-03-10T01:30:00-05:00" in str(never)


@pytest.mark.parametrize(
    ("keys", "field"),
    [
        ("end = 2024-11-03T01:15:00\n", "end"),
        ('repeat = "FREQ=DAILY;COUNT=2"\nalso_on = [2024-11-03T01:45:00]\n', "also_on"),
        (
            'repeat = "FREQ=DAILY;COUNT=2"\n\n[[events.changes]]\n'
            "occurrence = 2024-11-02\ndate = 2024-11-03T01:10:00\n",
            "changes",
        ),
    ],
)
def test_every_local_time_of_an_event_is_checked(keys: str, field: str) -> None:
    text = (
        HEADER
        + '\n[[events]]\nid = "e"\ntitle = "E"\ndate = 2024-11-02T01:00:00\n'
        + 'timezone = "America/New_York"\nsources = ["a"]\n'
        + keys
    )
    with pytest.warns(TimelineFileWarning) as caught:
        kztimeline.loads(text)
    assert [warning.message.field for warning in caught] == [field]  # type: ignore[union-attr]


def test_times_without_doubt_and_offset_forms_give_no_warning() -> None:
    text = (
        HEADER
        + '\n[[events]]\nid = "e"\ntitle = "E"\ndate = 2024-11-03T01:30:00-04:00\n'
        + 'sources = ["a"]\n\n[[events]]\nid = "f"\ntitle = "F"\n'
        + 'date = 2024-11-03T03:30:00\ntimezone = "America/New_York"\nsources = ["a"]\n'
    )
    kztimeline.loads(text)  # filterwarnings = error: any warning fails the test


def test_validate_says_so_and_each_warning_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "events.toml"
    path.write_text(DOUBTFUL, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{path}: valid: 2 events, 1 source, 0 people; 2 warnings on stderr\n"
    lines = captured.err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"warning: {path}:10: event 'twice': date: ")
    assert lines[1].startswith(f"warning: {path}:17: event 'never': date: ")
    assert main(["list", str(path)]) == 0
    assert capsys.readouterr().err.count("warning: ") == 2
