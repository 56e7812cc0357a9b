"""kztimeline's calendar in xandikos, a CalDAV server on 127.0.0.1, in two versions: PyPI's
(a test dependency) and Debian's (``apt-get install xandikos``, much older; it answered HTTP
500 for a whole calendar when a VTIMEZONE began in year 1). Every object is PUT twice, and
a time-range REPORT over each month finds the events ``list`` has an occurrence of.

Debian's xandikos runs on Debian's Python with Debian's icalendar, beside PyPI's in the test
environment: the two never share a module.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
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
from tests.caldav_servers import free_port
from tests.calendar_clients import series_uid
from tests.test_ical_clients import CLOCK_CHANGES
from tests.test_ical_matrix import MATRIX, QUARTER_RULE

DEBIAN_XANDIKOS = Path("/usr/bin/xandikos")


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


def _serve(command: list[str], folder: Path) -> Iterator[str]:
    """Runs a xandikos command line on a free local port until the end; yields its base URL."""
    port = free_port()
    log = folder / "log"
    data = ["-d", str(folder / "data"), "--defaults", "-l", "127.0.0.1", "-p", str(port)]
    with log.open("wb") as stream:
        server = subprocess.Popen([*command, *data], stdout=subprocess.DEVNULL, stderr=stream)
    try:
        for _ in range(400):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            if server.poll() is not None:
                pytest.fail(f"{command[0]} did not start: {log.read_text(encoding='utf-8')}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """PyPI's xandikos, started once; yields its base URL."""
    command = Path(sys.executable).parent / "xandikos"
    assert command.is_file(), "xandikos is a test dependency; install the test group"
    # After a few queries xandikos answers from an index that ignores EXDATE of an all-day
    # rule (xandikos 0.4.10); a high threshold keeps it expanding every rule, as RFC 4791
    # §9.9 asks.
    options = ["--no-detect-systemd", "--index-threshold", "1000000"]
    folder = tmp_path_factory.mktemp("xandikos")
    yield from _serve([str(command), "serve", *options], folder)


@pytest.fixture(scope="session")
def debian_xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Debian's xandikos (0.2.8 in Debian 12), on Debian's Python; yields its base URL."""
    if not DEBIAN_XANDIKOS.is_file():
        pytest.skip("Debian's xandikos is not installed: apt-get install xandikos (.ci/run does)")
    # Debian's Python, isolated (-I) from the test environment's variables and modules.
    folder = tmp_path_factory.mktemp("debian-xandikos")
    yield from _serve(["/usr/bin/python3", "-I", str(DEBIAN_XANDIKOS)], folder)


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


def _overlaps(first: datetime, last: datetime | None, start: datetime, end: datetime) -> bool:
    """Whether a span (or a moment, without ``last``) meets the window, as RFC 4791 §9.9 says."""
    return first < end and (last > start if last is not None else first >= start)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC)


def _overlapping(timeline: Timeline, start: datetime, end: datetime) -> set[str]:
    """The UIDs of the events with an occurrence that `list` shows in the window of instants."""
    found = set()
    for occurrence in timeline.between(start.date() - timedelta(days=2), end.date()):
        when = occurrence.date
        if when.time is not None:
            first, last = when.time, when.until
        else:
            first = _day_start(when.known_first_day)
            last = _day_start(when.known_last_day + timedelta(days=1))
        if _overlaps(first, last, start, end):
            found.add(f"{occurrence.id}@kztimeline.invalid")
    return found


def _overlapping_without_rules(calendar_text: str, start: datetime, end: datetime) -> set[str]:
    """The UIDs of the events with a VEVENT of the file that meets the window when its RRULE
    is not read: each VEVENT as the one occurrence its DTSTART and DTEND give."""
    found = set()
    for component in icalendar.Calendar.from_ical(calendar_text).walk("VEVENT"):
        first, last = component["DTSTART"].dt, component.get("DTEND")
        if isinstance(first, datetime):
            last = None if last is None else last.dt
        else:
            first, last = _day_start(first), _day_start(last.dt if last else first + timedelta(1))
        if _overlaps(first, last, start, end):
            found.add(series_uid(str(component["UID"])))
    return found


def _upload(base: str, name: str, timeline: Timeline) -> str:
    """Puts each object of the timeline's calendar twice into a new collection, checks that
    one item per UID is left, and gives the collection's path."""
    collection = f"/user/calendars/{name}/"
    _request("MKCALENDAR", f"{base}{collection}")
    objects = _objects(to_ics(timeline))
    for _ in range(2):
        for uid, body in objects.items():
            status, _ = _request(
                "PUT",
                f"{base}{collection}{uid.split('@')[0]}.ics",
                body,
                {"Content-Type": "text/calendar; charset=utf-8"},
            )
            assert status in (201, 204)
    every = _uids_in(
        base, collection, datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)
    )
    assert every == {series_uid(uid) for uid in objects}
    return collection


YEARS = {"clock": (2024,), "bundled": (2006, 2010, 2012, 2013), "matrix": (1992, 2004, 2024)}


def _months(name: str) -> Iterator[tuple[datetime, datetime]]:
    for year in YEARS[name]:
        for month in range(1, 13):
            start = datetime(year, month, 1, tzinfo=UTC)
            yield start, datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def calendars(timeline: Timeline) -> dict[str, Timeline]:
    """The clock changes and matrix files of the client tests, and the bundled timeline."""
    texts = {"clock": CLOCK_CHANGES, "matrix": MATRIX}
    return {"bundled": timeline} | {name: kztimeline.loads(text) for name, text in texts.items()}


@pytest.mark.parametrize("name", ["clock", "bundled", "matrix"])
def test_xandikos_takes_every_object_twice_and_finds_what_list_finds(
    xandikos: str, calendars: dict[str, Timeline], name: str
) -> None:
    """Each object PUT twice leaves one item per UID; a time-range REPORT over each month
    finds exactly the events `list` has an occurrence of in that month (the matrix of
    ``test_ical_matrix``: in 1992, 2004 and 2024)."""
    chosen = calendars[name]
    collection = _upload(xandikos, name, chosen)
    checked: list[Any] = []
    for start, end in _months(name):
        expected = _overlapping(chosen, start, end)
        assert _uids_in(xandikos, collection, start, end) == expected, start
        checked.append(expected)
    assert any(checked)


@pytest.mark.parametrize("name", ["clock", "matrix"])
def test_debian_xandikos_finds_a_rule_only_where_its_first_occurrence_is(
    debian_xandikos: str, calendars: dict[str, Timeline], name: str
) -> None:
    """A known difference (README, Calendars): Debian's xandikos (0.2.8) takes every object
    twice, as PyPI's does, and answers every REPORT (no HTTP 500, the VTIMEZONEs do not start
    in year 1), but matches a time range against each VEVENT's DTSTART and DTEND without its
    RRULE. So it finds every event `list` finds in a month where it does not repeat, and a
    repeating one only in the month of its first occurrence, of a changed one, or of an
    ``also_on`` date (each its own VEVENT); never one that `list` does not find."""
    chosen = calendars[name]
    text = to_ics(chosen)
    collection = _upload(debian_xandikos, f"debian-{name}", chosen)
    repeating = {f"{event.id}@kztimeline.invalid" for event in chosen if event.repeat}
    missed = set()
    for start, end in _months(name):
        expected = _overlapping(chosen, start, end)
        found = _uids_in(debian_xandikos, collection, start, end)
        assert found == _overlapping_without_rules(text, start, end), start
        assert found <= expected, start
        assert expected - found <= repeating, start
        missed |= expected - found
    assert missed


def test_debian_xandikos_refuses_a_time_zone_that_starts_in_year_1(
    debian_xandikos: str,
) -> None:
    """Why a fixed-offset VTIMEZONE starts in 1970, not in year 1 (README, Calendars): a
    zone the IANA database does not name (a rule at +05:45 is written in ``UTC+0545``) is
    built from its VTIMEZONE by Debian's xandikos (its icalendar 5), which for an observance
    east of UTC from 0001-01-01 computes an onset before year 1 and answers HTTP 500. The
    object as kztimeline writes it is taken."""
    timeline = kztimeline.loads(MATRIX.split("[[events]]")[0] + QUARTER_RULE)
    written = _objects(to_ics(timeline))["quarter-rule@kztimeline.invalid"]
    assert "TZID:UTC+0545\r\n" in written
    # The observance's onset, as DTSTART and as RDATE.
    assert written.count(":19700101T000000\r\n") == 2
    from_year_1 = written.replace(":19700101T000000\r\n", ":00010101T000000\r\n")
    collection = "/user/calendars/year-1/"
    _request("MKCALENDAR", f"{debian_xandikos}{collection}")
    url = f"{debian_xandikos}{collection}quarter-rule.ics"
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    with pytest.raises(urllib.error.HTTPError) as refusal:
        _request("PUT", url, from_year_1, headers)
    refusal.value.close()
    assert refusal.value.code == 500
    assert _request("PUT", url, written, headers)[0] == 201
