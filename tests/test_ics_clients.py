"""The calendar file in software we did not write: a CalDAV server and a calendar client.

- Radicale, a CalDAV server, takes each event as a client would upload it, and the whole
  file as a calendar; uploading again updates the events instead of adding copies.
- khal, a command-line calendar, imports the file twice and lists each event once, on its
  own days, under time zones far east and far west of UTC.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import icalendar
import pytest

from kztimeline import Timeline
from kztimeline.export.ics import to_ics

HEADER = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kztimeline//tests//EN\r\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Radicale server on a free local port, with no authentication; yields its base URL."""
    folder = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    config = folder / "config"
    config.write_text(
        "[server]\n"
        f"hosts = 127.0.0.1:{port}\n"
        "[auth]\ntype = none\n"
        "[storage]\n"
        f"filesystem_folder = {folder / 'collections'}\n"
        "[logging]\nlevel = error\n",
        encoding="utf-8",
    )
    log = folder / "log"
    with log.open("wb") as stream:
        server = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=stream,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            if server.poll() is not None:
                pytest.fail(f"radicale did not start: {log.read_text(encoding='utf-8')}")
            time.sleep(0.05)
        _request("MKCOL", f"{base}/user/")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def _request(method: str, url: str, body: str | None = None, depth: str | None = None) -> str:
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if depth is not None:
        headers = {"Depth": depth, "Content-Type": "application/xml"}
    request = urllib.request.Request(
        url, data=None if body is None else body.encode("utf-8"), method=method, headers=headers
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def _items(url: str) -> list[str]:
    """The hrefs of the items of a collection (PROPFIND, depth 1)."""
    body = _request(
        "PROPFIND", url, "<propfind xmlns='DAV:'><prop><getetag/></prop></propfind>", "1"
    )
    hrefs = [part.split("</", 1)[0] for part in body.split("href>")[1::2]]
    return [href for href in hrefs if href.endswith(".ics")]


def _days_by_uid(text: str) -> dict[str, tuple[date, date]]:
    days = {}
    for vevent in icalendar.Calendar.from_ical(text).walk("VEVENT"):
        days[str(vevent["UID"])] = (vevent["DTSTART"].dt, vevent["DTEND"].dt)
    return days


def _split(calendar_text: str) -> list[tuple[str, str]]:
    """(uid, a calendar holding that one event), as a CalDAV client uploads them."""
    body = calendar_text.split("BEGIN:VEVENT", 1)[1].rsplit("END:VCALENDAR", 1)[0]
    pieces = []
    for block in body.split("BEGIN:VEVENT")[0:]:
        vevent = "BEGIN:VEVENT" + block
        uid = vevent.split("\r\nUID:", 1)[1].split("\r\n", 1)[0]
        pieces.append((uid, HEADER + vevent + "END:VCALENDAR\r\n"))
    return pieces


class TestRadicale:
    def test_events_uploaded_twice_are_updated_not_duplicated(
        self, radicale: str, timeline: Timeline
    ) -> None:
        """Each event PUT as its own item; a second upload leaves one item per event."""
        text = to_ics(timeline)
        collection = f"{radicale}/user/events/"
        _request("MKCALENDAR", collection)
        for _ in range(2):
            for uid, item in _split(text):
                _request("PUT", f"{collection}{uid.split('@')[0]}.ics", item)
        hrefs = _items(collection)
        assert len(hrefs) == len(timeline)
        stored = {}
        for href in hrefs:
            stored.update(_days_by_uid(_request("GET", f"{radicale}{href}")))
        assert stored == _days_by_uid(text)

    def test_the_whole_file_uploaded_as_a_calendar_keeps_every_event(
        self, radicale: str, timeline: Timeline
    ) -> None:
        """PUT of the whole file (an import) twice: one item per UID, days unchanged."""
        text = to_ics(timeline)
        collection = f"{radicale}/user/imported/"
        for _ in range(2):
            _request("PUT", collection, text)
        assert len(_items(collection)) == len(timeline)
        assert _days_by_uid(_request("GET", collection)) == _days_by_uid(text)


KHAL_CONFIG = """\
[calendars]
[[kztimeline]]
path = {vdir}
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
"""


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_khal_imports_twice_and_lists_each_event_once_on_its_days(
    tmp_path: Path, timeline: Timeline, zone: str
) -> None:
    """No day shifted east or west of UTC (ics-py #173), no duplicate on re-import."""
    khal = shutil.which("khal", path=str(Path(sys.executable).parent)) or shutil.which("khal")
    assert khal is not None, "khal is a test dependency; install the test dependency group"
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    config = tmp_path / "config"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, zone=zone), encoding="utf-8")
    calendar = tmp_path / "events.ics"
    calendar.write_text(to_ics(timeline), encoding="utf-8", newline="")
    env = {
        **os.environ,
        "TZ": zone,
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }

    def khal_run(*arguments: str) -> str:
        result = subprocess.run(
            [khal, "-c", str(config), *arguments], env=env, capture_output=True, check=True
        )
        return result.stdout.decode("utf-8")

    for _ in range(2):
        khal_run("import", "--batch", str(calendar))
    # khal itself leaves temporary files behind on a re-import; its calendar is the .ics items.
    assert len(list(vdir.glob("*.ics"))) == len(timeline)
    # One listing of every day from the first event's to the last's, each day under a heading
    # of its own: one khal process instead of one for each event.
    firsts = [event.date.known_first_day for event in timeline]
    listed: dict[str, list[str]] = {}
    day = ""
    for line in khal_run(
        "list",
        "--format",
        "{uid}|{start-date}|{end-date}",
        "--day-format",
        "@{date}",
        min(firsts).isoformat(),
        max(firsts).isoformat(),
    ).splitlines():
        if line.startswith("@"):
            day = line[1:]
        else:
            listed.setdefault(day, []).append(line)
    for event, first in zip(timeline, firsts, strict=True):
        uid = f"{event.id}@kztimeline.invalid"
        mine = [line for line in listed.get(first.isoformat(), []) if line.startswith(f"{uid}|")]
        expected = f"{uid}|{first.isoformat()}|{event.date.known_last_day.isoformat()}"
        assert mine == [expected]
