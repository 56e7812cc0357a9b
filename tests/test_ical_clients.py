"""kztimeline's calendar, expanded by software we did not write, against kztimeline's own
occurrences (what ``list`` shows): every start and end instant, across clock changes.

- recurring-ical-events over icalendar (Python);
- ical.js, Mozilla's parser, the one in Thunderbird (node; installed by ``.ci/run`` from
  ``tests/js/package.json``);
- sabre/vobject, the parser of Nextcloud and Baikal (Debian's ``php-sabre-vobject``);
- xandikos, a CalDAV server on 127.0.0.1: every object is PUT twice, and a time-range
  REPORT finds the events ``list`` finds.

The zones are Almaty (from +6 to +5 at midnight on 1 March 2024), Berlin and New York, and the
rules the issue found moving: a Monday 00:30 in Almaty, a weekly 02:30 in Berlin over the
October change, a monthly 31st at 03:00, an offset date-time with BYDAY.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

import kztimeline
from kztimeline import Timeline
from kztimeline.ical import to_ics
from kztimeline.ical.codec import format_utc
from tests.calendar_clients import (
    calcurse_of,
    day_by_day,
    ical_js_of,
    ours,
    recurring_ical_events_of,
    sabre_of,
    series_uid,
)
from tests.test_ical_matrix import MATRIX

FIRST, LAST = date(2023, 12, 1), date(2025, 1, 31)

CLOCK_CHANGES = """
[timeline]
title = "Clock changes"

[sources.a]
title = "A"

[[events]]
id = "almaty-monday"
title = "Monday 00:30 in Almaty"
date = 2024-01-01T00:30:00
end = 2024-01-01T01:30:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;BYDAY=MO;COUNT=14"
except_on = [2024-01-15]
also_on = [2024-01-17, 2024-01-18T09:00:00]
sources = ["a"]

[[events.changes]]
occurrence = 2024-01-22
date = 2024-01-23T10:00:00
title = "Monday meeting, moved to Tuesday"

[[events.changes]]
occurrence = 2024-02-26
end = 2024-02-26T03:00:00
place = "Astana"
description = "Longer, in Astana."

[[events.changes]]
occurrence = 2024-03-11
status = "cancelled"

[[events]]
id = "almaty-31st"
title = "On the 31st at 03:00 in Almaty"
date = 2024-01-31T03:00:00
timezone = "Asia/Almaty"
repeat = "FREQ=MONTHLY;COUNT=7"
sources = ["a"]

[[events]]
id = "berlin-weekly"
title = "Weekly 02:30 in Berlin"
date = 2024-10-07T02:30:00
end = 2024-10-07T04:00:00
timezone = "Europe/Berlin"
repeat = "FREQ=WEEKLY;UNTIL=20241111T013000Z"
sources = ["a"]

[[events]]
id = "new-york"
title = "Monday and Wednesday 09:00 in New York"
date = 2024-03-04T09:00:00
end = 2024-03-04T10:00:00
timezone = "America/New_York"
repeat = "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=20"
except_on = [2024-03-13]
sources = ["a"]

[[events]]
id = "offset-monday"
title = "Monday 23:30 at +06:00"
date = 2024-02-26T23:30:00+06:00
repeat = "FREQ=WEEKLY;BYDAY=MO;COUNT=4"
sources = ["a"]

[[events]]
id = "utc-daily"
title = "Daily 12:00 UTC"
date = 2024-03-30T12:00:00Z
end = 2024-03-30T12:15:00Z
repeat = "FREQ=DAILY;COUNT=3"
sources = ["a"]

[[events]]
id = "overnight"
title = "Overnight in Berlin"
date = 2024-10-26T22:00:00
end = 2024-10-27T06:00:00
timezone = "Europe/Berlin"
sources = ["a"]

[[events]]
id = "anniversary"
title = "Yearly on 12 November"
date = 2023-11-12
repeat = "FREQ=YEARLY;COUNT=3"
except_on = [2024-11-12]
sources = ["a"]

[[events]]
id = "conference"
title = "Three days"
date = "2024-05-14/2024-05-16"
sources = ["a"]
"""


@pytest.fixture(scope="module")
def clock_timeline() -> Timeline:
    return kztimeline.loads(CLOCK_CHANGES)


@pytest.fixture(scope="module")
def clock_calendar(clock_timeline: Timeline) -> str:
    return to_ics(clock_timeline)


class TestOurOwnOccurrences:
    """What the clients are compared with is right in itself: local weekday and wall time."""

    def test_almaty_keeps_monday_0030_across_the_change_to_utc_plus_5(
        self, clock_timeline: Timeline
    ) -> None:
        found = [
            e.date.time
            for e in clock_timeline.between("2024-02", "2024-03")
            if e.id == "almaty-monday" and e.date.time is not None
        ]
        # Four Mondays of February at +06:00, four of March at +05:00.
        assert [(m.strftime("%a %H:%M"), m.utcoffset()) for m in found] == [
            ("Mon 00:30", timedelta(hours=6))
        ] * 4 + [("Mon 00:30", timedelta(hours=5))] * 4

    def test_the_31st_never_becomes_the_1st(self, clock_timeline: Timeline) -> None:
        days = [
            e.first_day for e in clock_timeline.between("2024", "2025") if e.id == "almaty-31st"
        ]
        assert [day.day for day in days] == [31] * 7


class TestRecurringIcalEvents:
    def test_every_occurrence_matches(self, clock_timeline: Timeline, clock_calendar: str) -> None:
        theirs = recurring_ical_events_of(clock_calendar, FIRST, LAST)
        assert theirs == ours(clock_timeline, FIRST, LAST)


class TestIcalJs:
    def test_every_occurrence_matches(
        self, clock_timeline: Timeline, clock_calendar: str, tmp_path: Path
    ) -> None:
        path = tmp_path / "clock.ics"
        path.write_text(clock_calendar, encoding="utf-8", newline="")
        assert ical_js_of(path, FIRST, LAST) == ours(clock_timeline, FIRST, LAST)

    def test_the_bundled_timeline_reads_on_the_same_days(
        self, timeline: Timeline, tmp_path: Path
    ) -> None:
        path = tmp_path / "events.ics"
        path.write_text(to_ics(timeline), encoding="utf-8", newline="")
        first, last = date(2000, 1, 1), date(2020, 12, 31)
        assert ical_js_of(path, first, last) == ours(timeline, first, last)


class TestSabreVobject:
    def test_every_occurrence_matches(
        self, clock_timeline: Timeline, clock_calendar: str, tmp_path: Path
    ) -> None:
        """Changed occurrences (RECURRENCE-ID) included, which calcurse does not read."""
        path = tmp_path / "clock.ics"
        path.write_text(clock_calendar, encoding="utf-8", newline="")
        assert sabre_of(path, FIRST, LAST) == ours(clock_timeline, FIRST, LAST)

    def test_the_bundled_timeline_reads_on_the_same_days(
        self, timeline: Timeline, tmp_path: Path
    ) -> None:
        path = tmp_path / "events.ics"
        path.write_text(to_ics(timeline), encoding="utf-8", newline="")
        first, last = date(2000, 1, 1), date(2020, 12, 31)
        assert sabre_of(path, first, last) == ours(timeline, first, last)


def test_calcurse_shows_the_bundled_timeline_on_the_same_days(
    timeline: Timeline, tmp_path: Path
) -> None:
    """All-day events only, so the zone of the computer does not matter."""
    path = tmp_path / "events.ics"
    path.write_text(to_ics(timeline), encoding="utf-8", newline="")
    first, last = date(2000, 1, 1), date(2020, 12, 31)
    mine = [(title, start, end, title) for _, start, end, title in ours(timeline, first, last)]
    assert calcurse_of(path, "Pacific/Kiritimati", first, last, tmp_path) == day_by_day(mine)


# --- xandikos, a CalDAV server --------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _request(
    method: str, url: str, body: str | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str]:
    request = urllib.request.Request(
        url,
        data=None if body is None else body.encode("utf-8"),
        method=method,
        headers=headers or {},
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.status, response.read().decode("utf-8")


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A xandikos server on a free local port, started once; yields its base URL."""
    xandikos_command = shutil.which("xandikos", path=str(Path(sys.executable).parent))
    assert xandikos_command is not None, "xandikos is a test dependency; install the test group"
    folder = tmp_path_factory.mktemp("xandikos")
    port = _free_port()
    log = folder / "log"
    with log.open("wb") as stream:
        server = subprocess.Popen(
            [
                xandikos_command,
                "serve",
                "-d",
                str(folder / "data"),
                "--defaults",
                "-l",
                "127.0.0.1",
                "-p",
                str(port),
                "--no-detect-systemd",
                # After a few queries xandikos answers from an index that ignores EXDATE of an
                # all-day rule (xandikos 0.4.10); a high threshold keeps it expanding every
                # rule, as RFC 4791 §9.9 asks.
                "--index-threshold",
                "1000000",
            ],
            stdout=subprocess.DEVNULL,
            stderr=stream,
        )
    try:
        for _ in range(400):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            if server.poll() is not None:
                pytest.fail(f"xandikos did not start: {log.read_text(encoding='utf-8')}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _objects(calendar_text: str) -> dict[str, str]:
    """One calendar object per UID, as a CalDAV client uploads it: the event, its changed
    occurrences and the time zones they use, with the calendar's header."""
    calendar = icalendar.Calendar.from_ical(calendar_text)
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE")}
    objects: dict[str, icalendar.Calendar] = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component["UID"])
        if uid not in objects:
            item = icalendar.Calendar()
            for name in ("VERSION", "PRODID", "CALSCALE"):
                item.add(name, calendar[name])
            objects[uid] = item
        tzid = component["DTSTART"].params.get("TZID")
        if tzid and not any(str(z.get("TZID")) == tzid for z in objects[uid].walk("VTIMEZONE")):
            objects[uid].add_component(zones[tzid])
        objects[uid].add_component(component)
    return {uid: item.to_ical().decode("utf-8") for uid, item in objects.items()}


REPORT = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="{start}" end="{end}"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""


def _uids_in(base: str, collection: str, start: datetime, end: datetime) -> set[str]:
    _, body = _request(
        "REPORT",
        f"{base}{collection}",
        REPORT.format(start=format_utc(start), end=format_utc(end)),
        {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
    )
    found = set()
    for line in body.replace("&#13;", "").replace("\r", "").split("\n"):
        if line.startswith("UID:"):
            found.add(series_uid(line[4:].strip()))
    return found


def _overlapping(timeline: Timeline, start: datetime, end: datetime) -> set[str]:
    """The UIDs of the events with an occurrence that `list` shows in the window of instants."""
    found = set()
    for occurrence in timeline.between(start.date() - timedelta(days=2), end.date()):
        when = occurrence.date
        if when.time is not None:
            first = when.time
            last = when.until or when.time
            hits = first < end and (last > start if when.until else first >= start)
        else:
            first = datetime.combine(when.known_first_day, datetime.min.time(), UTC)
            last = datetime.combine(
                when.known_last_day + timedelta(days=1), datetime.min.time(), UTC
            )
            hits = first < end and last > start
        if hits:
            found.add(f"{occurrence.id}@kztimeline.invalid")
    return found


@pytest.mark.parametrize("name", ["clock", "bundled", "matrix"])
def test_xandikos_takes_every_object_twice_and_finds_what_list_finds(
    xandikos: str, clock_timeline: Timeline, timeline: Timeline, name: str
) -> None:
    """Each object PUT twice leaves one item per UID; a time-range REPORT over each month
    finds exactly the events `list` has an occurrence of in that month (the matrix of
    ``test_ical_matrix``: in 1992, 2004 and 2024)."""
    chosen = {"clock": clock_timeline, "bundled": timeline, "matrix": kztimeline.loads(MATRIX)}[
        name
    ]
    collection = f"/user/calendars/{name}/"
    _request("MKCALENDAR", f"{xandikos}{collection}")
    objects = _objects(to_ics(chosen))
    for _ in range(2):
        for uid, body in objects.items():
            status, _ = _request(
                "PUT",
                f"{xandikos}{collection}{uid.split('@')[0]}.ics",
                body,
                {"Content-Type": "text/calendar; charset=utf-8"},
            )
            assert status in (201, 204)
    every = _uids_in(
        xandikos, collection, datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)
    )
    assert every == {series_uid(uid) for uid in objects}
    years = {"clock": (2024,), "bundled": (2006, 2010, 2012, 2013), "matrix": (1992, 2004, 2024)}[
        name
    ]
    checked: list[Any] = []
    for year in years:
        for month in range(1, 13):
            start = datetime(year, month, 1, tzinfo=UTC)
            end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
            expected = _overlapping(chosen, start, end)
            assert _uids_in(xandikos, collection, start, end) == expected, start
            checked.append(expected)
    assert any(checked)
