"""`kztimeline publish` against real CalDAV servers on 127.0.0.1: Radicale (with a password)
and PyPI's xandikos, one of each for the module, behind a proxy that counts the requests.
Each test publishes into a collection of its own.
"""

from __future__ import annotations

import base64
import re
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

import kztimeline
from kztimeline import PublishError, Timeline, publish
from kztimeline.cli import main
from kztimeline.ical.writer import calendar_objects, to_ics
from kztimeline.publishing.plan import fingerprint, value_of
from kztimeline.publishing.server import Calendar
from tests.caldav_servers import PASSWORD, USER, CountingProxy, free_port, radicale, xandikos
from tests.calendar_clients import ical_js_of, ours, recurring_ical_events_of
from tests.conftest import EVENTS
from tests.test_ical_matrix import FIRST, LAST, MATRIX
from tests.test_xandikos import REPORT, _months, _overlapping

MOMENT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
SMALL = """
[timeline]
title = "Three"
description = "A small timeline to publish."

[sources.a]
title = "A"

[[events]]
id = "one"
title = "One"
date = 2024-01-05
sources = ["a"]

[[events]]
id = "two"
title = "Two, weekly"
date = 2024-02-05T09:00:00
timezone = "Europe/Berlin"
repeat = "FREQ=WEEKLY;COUNT=4"
also_on = [2024-03-30]
sources = ["a"]

[[events]]
id = "three"
title = "Three"
date = "2024-04-01/2024-04-03"
sources = ["a"]
"""
UIDS = {f"{name}@kztimeline.invalid" for name in ("one", "two", "three")} | {
    "two.also-20240330T090000@kztimeline.invalid"
}


@dataclass
class Server:
    """One running server behind its counting proxy, and where its user's calendars are."""

    name: str
    proxy: CountingProxy
    home: str
    user: str | None
    password: str | None

    def url(self, collection: str) -> str:
        return f"{self.proxy.url}{self.home}{collection}/"

    def request(self, method: str, url: str, body: str = "", **headers: str) -> str:
        """The answer of one request made straight to the server, as another client would."""
        request = urllib.request.Request(
            url.replace(self.proxy.url, "http://" + self.proxy.backend),
            data=body.encode("utf-8") if body else None,
            method=method,
            headers=headers | self._authorization(),
        )
        with urllib.request.urlopen(request, timeout=20) as response:
            return str(response.read().decode("utf-8"))

    def _authorization(self) -> dict[str, str]:
        if self.user is None:
            return {}
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def publish(self, timeline: Timeline, collection: str, **options: object) -> object:
        self.proxy.requests.clear()
        options.setdefault("now", MOMENT)
        return publish(
            timeline,
            self.url(collection),
            user=self.user,
            password=self.password,
            **options,  # type: ignore[arg-type]
        )

    def stored(self, collection: str) -> dict[str, str]:
        """The text of each object of the collection, by UID, read without the proxy."""
        direct = self.url(collection).replace(self.proxy.url, "http://" + self.proxy.backend)
        with Calendar(direct, self.user, self.password) as calendar:
            return {uid: item.text for uid, item in calendar.objects().items()}


@pytest.fixture(scope="module")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with radicale(tmp_path_factory.mktemp("radicale")) as base:
        proxy = CountingProxy(base)
        yield Server("radicale", proxy, f"/{USER}/", USER, PASSWORD)
        proxy.close()


@pytest.fixture(scope="module")
def xandikos_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with xandikos(tmp_path_factory.mktemp("xandikos")) as base:
        proxy = CountingProxy(base)
        yield Server("xandikos", proxy, "/user/calendars/", None, None)
        proxy.close()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest) -> Server:
    chosen: Server = request.getfixturevalue(f"{request.param}_server")
    return chosen


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return kztimeline.load(EVENTS)


def _small(old: str = "", new: str = "") -> Timeline:
    """The small timeline, with ``old`` replaced by ``new``."""
    assert old in SMALL
    return kztimeline.loads(SMALL.replace(old, new, 1) if old else SMALL)


def _uids_between(server: Server, collection: str, start: datetime, end: datetime) -> set[str]:
    """The UIDs a time-range REPORT of the server finds."""
    query = REPORT.format(
        start=start.strftime("%Y%m%dT%H%M%SZ"), end=end.strftime("%Y%m%dT%H%M%SZ")
    )
    body = server.request(
        "REPORT", server.url(collection), query, Depth="1", **{"Content-Type": "application/xml"}
    )
    lines = body.replace("&#13;", "").replace("\r", "").split("\n")
    return {line[4:].strip() for line in lines if line.startswith("UID:")}


def test_the_published_calendar_finds_what_list_finds_month_by_month(
    server: Server, bundled: Timeline
) -> None:
    """The collection is made with the timeline's title, holds one object per event, and a
    time-range REPORT over each month finds the events `list` has an occurrence in it."""
    done = server.publish(bundled, "bundled")
    assert isinstance(done, kztimeline.publishing.Published)
    assert done.created
    assert len(done.added) == len(bundled) == server.proxy.count("PUT")
    assert server.proxy.count("MKCALENDAR") == 1
    stored = server.stored("bundled")
    assert set(stored) == {f"{event.id}@kztimeline.invalid" for event in bundled}
    properties = server.request("PROPFIND", server.url("bundled"), Depth="0")
    assert bundled.title.replace("–", "") in properties.replace("–", "").replace("&#8211;", "")
    found_any = False
    for start, end in _months("bundled"):
        expected = _overlapping(bundled, start, end)
        assert _uids_between(server, "bundled", start, end) == expected, start
        found_any = found_any or bool(expected)
    assert found_any


def test_publishing_again_sends_no_put_and_no_delete(server: Server) -> None:
    first = server.publish(_small(), "again")
    assert set(first.added) == UIDS  # type: ignore[attr-defined]
    done = server.publish(_small(), "again", prune=True)
    assert server.proxy.count("PUT") == server.proxy.count("DELETE") == 0
    assert done.summary() == (  # type: ignore[attr-defined]
        "4 events: 0 added, 0 changed, 4 unchanged, 0 removed, 0 conflicts"
    )


def test_a_changed_date_is_one_put_with_the_next_sequence(server: Server) -> None:
    """If-Match the ETag, SEQUENCE one higher than the server's, a new LAST-MODIFIED."""
    server.publish(_small(), "changed", now=None)
    assert value_of(server.stored("changed")["one@kztimeline.invalid"], "SEQUENCE") == "0"
    told: list[tuple[int, int]] = []
    done = server.publish(
        _small("date = 2024-01-05", "date = 2024-01-09"),
        "changed",
        progress=lambda *counts: told.append(counts),
    )
    assert server.proxy.count("PUT") == 1
    assert told == [(1, 1)]
    assert done.changed == ["one@kztimeline.invalid"]  # type: ignore[attr-defined]
    after = server.stored("changed")["one@kztimeline.invalid"]
    assert value_of(after, "SEQUENCE") == "1"
    assert value_of(after, "LAST-MODIFIED") == "20260102T030405Z"
    assert value_of(after, "DTSTART") == "20240109"


THEIRS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//them//EN\r\nBEGIN:VEVENT\r\n"
    "UID:{uid}\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20240105\r\n"
    "SUMMARY:Theirs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_prune_deletes_only_what_kztimeline_published(server: Server) -> None:
    """An event gone from the file is deleted with --prune (kept without it); an object of
    another UID domain, and one of ours that kztimeline did not publish, are left alone."""
    server.publish(_small(), "prune")
    foreign = {"theirs": "lunch@example.org", "uploaded": "hand-made@kztimeline.invalid"}
    for name, uid in foreign.items():
        url = f"{server.url('prune')}{name}.ics"
        server.request("PUT", url, THEIRS.format(uid=uid), **{"Content-Type": "text/calendar"})
    smaller = kztimeline.loads(SMALL[: SMALL.index('[[events]]\nid = "three"')])
    kept = server.publish(smaller, "prune")
    assert server.proxy.count("DELETE") == 0
    assert kept.removed == []  # type: ignore[attr-defined]
    done = server.publish(smaller, "prune", prune=True)
    deletes = [path for method, path in server.proxy.requests if method == "DELETE"]
    assert len(deletes) == 1
    assert deletes[0].endswith("/three@kztimeline.invalid.ics")
    assert done.removed == ["three@kztimeline.invalid"]  # type: ignore[attr-defined]
    left = server.stored("prune")
    assert set(left) == UIDS - {"three@kztimeline.invalid"} | set(foreign.values())
    assert "SUMMARY:Theirs" in left["lunch@example.org"]


def test_prune_leaves_the_events_a_filter_left_out(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`publish --search two --prune` publishes two and deletes nothing of one and three,
    which are in the file; an also_on date gone from two is deleted."""
    server.publish(_small(), "filtered")
    text = SMALL.replace("also_on = [2024-03-30]\n", "")
    assert (
        _run(server, "filtered", tmp_path, monkeypatch, "--search", "two", "--prune", text=text)
        == 0
    )
    deletes = [path for method, path in server.proxy.requests if method == "DELETE"]
    assert [path.rsplit("/", 1)[1] for path in deletes] == [
        "two.also-20240330T090000@kztimeline.invalid.ics"
    ]
    assert set(server.stored("filtered")) == UIDS - {"two.also-20240330T090000@kztimeline.invalid"}


def _password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: Server) -> list[str]:
    """The options that give the server's user and password to the command line."""
    monkeypatch.setenv("KZ_DAV_PASSWORD", server.password or "")
    if server.user is None:
        return []
    return ["--user", server.user, "--password-env", "KZ_DAV_PASSWORD"]


def _run(
    server: Server,
    collection: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *options: str,
    text: str = SMALL,
) -> int:
    events = tmp_path / "events.toml"
    events.write_text(text, encoding="utf-8")
    server.proxy.requests.clear()
    login = _password_file(tmp_path, monkeypatch, server)
    return main(["publish", str(events), "--calendar", server.url(collection), *login, *options])


def test_an_edit_on_the_server_is_a_conflict_until_forced(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An object edited in a calendar app since kztimeline wrote it is not overwritten: the
    conflict names its UID and what differs; --force overwrites it, SEQUENCE one higher."""
    server.publish(_small(), "edited")
    uid = "one@kztimeline.invalid"
    item = Calendar(server.url("edited"), server.user, server.password)
    with item:
        there = item.objects()[uid]
    edited = there.text.replace("SUMMARY:One", "SUMMARY:One (moved to room 4)")
    edited = edited.replace("SEQUENCE:0", "SEQUENCE:3")
    server.request("PUT", there.href, edited, **{"Content-Type": "text/calendar"})
    capsys.readouterr()
    assert _run(server, "edited", tmp_path, monkeypatch) == 0
    out = capsys.readouterr().out
    assert server.proxy.count("PUT") == 0
    conflict = f"conflict: {uid}: edited on the server; differs from the file in SUMMARY; "
    assert conflict + "--force overwrites it\n" in out
    assert out.endswith("4 events: 0 added, 0 changed, 3 unchanged, 0 removed, 1 conflict\n")
    assert "room 4" in server.stored("edited")[uid]
    assert _run(server, "edited", tmp_path, monkeypatch, "--force") == 0
    assert capsys.readouterr().out.endswith("1 changed, 3 unchanged, 0 removed, 0 conflicts\n")
    assert server.proxy.count("PUT") == 1
    again = server.stored("edited")[uid]
    assert "room 4" not in again
    assert value_of(again, "SEQUENCE") == "4"


def test_a_dry_run_says_what_it_would_do_and_sends_nothing(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(radicale_server, "dry", tmp_path, monkeypatch, "--dry-run") == 0
    assert capsys.readouterr().out == (
        f"would create the calendar {radicale_server.url('dry')}\n"
        "4 events: 4 added, 0 changed, 0 unchanged, 0 removed, 0 conflicts"
        " (dry run: nothing was sent)\n"
    )
    assert {method for method, _ in radicale_server.proxy.requests} == {"PROPFIND"}


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert PASSWORD not in err
    return err


def test_a_wrong_password_is_one_line(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = Server("radicale", radicale_server.proxy, radicale_server.home, USER, "wrong")
    assert _run(wrong, "wrong", tmp_path, monkeypatch) == 2
    err = _one_line(capsys)
    assert f"{radicale_server.proxy.url} refused the user name or password" in err
    assert "wrong" not in err


def test_a_url_that_is_no_calendar_is_one_line(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The user's home (a collection, not a calendar) and a calendar inside a collection
    that is not there (the server answers 404 or 409)."""
    home = Server(server.name, server.proxy, "/", server.user, server.password)
    assert _run(home, server.home.strip("/"), tmp_path, monkeypatch) == 2
    assert f"{server.home} on {server.proxy.url} is not a calendar" in _one_line(capsys)
    assert _run(server, "no/such/folder", tmp_path, monkeypatch) == 2
    err = _one_line(capsys)
    assert server.proxy.url in err
    # Each server answers its own way (404, 403 or 409); the line names the path either way.
    assert f"{server.home}no/such/" in err, err
    assert server.proxy.count("PUT") == 0


def test_a_stopped_server_is_one_line(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gone = CountingProxy.__new__(CountingProxy)
    gone.url, gone.requests = f"http://127.0.0.1:{free_port()}", []
    stopped = Server("stopped", gone, radicale_server.home, USER, PASSWORD)
    assert _run(stopped, "any", tmp_path, monkeypatch) == 2
    assert f"cannot reach {gone.url} (reading the calendar): connection refused;" in (
        _one_line(capsys)
    )


def test_a_refused_object_stops_and_says_what_was_published(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The server refuses the third PUT (HTTP 507): one line naming the object, what was
    published before; those objects stay, and the next run adds the rest."""
    monkeypatch.setitem(radicale_server.proxy.fail, "PUT", (2, 507))
    assert _run(radicale_server, "refused", tmp_path, monkeypatch) == 2
    err = _one_line(capsys)
    assert "has no room left for object two.also-20240330T090000@kztimeline.invalid" in err
    assert "2 added" in err
    assert "2 not sent, the server failed first" in err
    assert len(radicale_server.stored("refused")) == 2
    monkeypatch.delitem(radicale_server.proxy.fail, "PUT")
    assert _run(radicale_server, "refused", tmp_path, monkeypatch) == 0
    assert "2 added, 0 changed, 2 unchanged" in capsys.readouterr().out


def test_a_server_that_does_not_answer_in_time_is_one_error(
    radicale_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(radicale_server.proxy, "delay", 1.5)
    with pytest.raises(PublishError, match="did not answer in time"):
        radicale_server.publish(_small(), "slow", timeout=1)


def test_the_password_can_come_from_netrc(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text(f'machine 127.0.0.1 login {USER} password "{PASSWORD}"\n', encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    anonymous = Server("radicale", radicale_server.proxy, radicale_server.home, None, None)
    assert _run(anonymous, "netrc", tmp_path, monkeypatch) == 0
    captured = capsys.readouterr()
    assert "4 added" in captured.out
    assert PASSWORD not in captured.out + captured.err


def test_without_the_caldav_package_publish_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "caldav.davclient", None)  # as if not installed
    events = tmp_path / "events.toml"
    events.write_text(SMALL, encoding="utf-8")
    assert main(["publish", str(events), "--calendar", "http://127.0.0.1:9/cal/"]) == 2
    assert capsys.readouterr().err == (
        "publishing needs the CalDAV client: pip install 'kztimeline[publish]' "
        "(or pip install caldav)\n"
    )


def _through_get(server: Server, collection: str) -> str:
    """Every object of the collection, each read by GET, as one calendar for the clients."""
    with Calendar(server.url(collection), server.user, server.password) as calendar:
        hrefs = [item.href for item in calendar.objects().values()]
    zones: dict[str, str] = {}
    events: list[str] = []
    for href in hrefs:
        text = server.request("GET", href).replace("\r\n", "\n")
        assert len({line for line in text.split("\n") if line.startswith("UID:")}) == 1
        for block in re.findall(r"BEGIN:VTIMEZONE\n.*?END:VTIMEZONE\n", text, re.S):
            zones.setdefault(re.findall(r"TZID:(.*)", block)[0], block)
        events += re.findall(r"BEGIN:VEVENT\n.*?END:VEVENT\n", text, re.S)
    head = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n"
    return head + "".join(zones.values()) + "".join(events) + "END:VCALENDAR\n"


def test_the_published_objects_read_as_the_file_in_other_clients(
    xandikos_server: Server, tmp_path: Path
) -> None:
    """The matrix of test_ical_matrix, published and read back object by object with GET:
    recurring-ical-events and ical.js give the occurrences `list` gives."""
    matrix = kztimeline.loads(MATRIX)
    xandikos_server.publish(matrix, "matrix")
    text = _through_get(xandikos_server, "matrix")
    expected = ours(matrix, FIRST, LAST)
    assert recurring_ical_events_of(text, FIRST, LAST) == expected
    path = tmp_path / "published.ics"
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8", newline="")
    assert ical_js_of(path, FIRST, LAST) == expected


def test_a_fingerprint_is_the_same_however_a_server_folds_or_orders_the_lines() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20240101T000000Z\r\n"
        "SUMMARY:A long title\r\nDTSTART;VALUE=DATE:20240105\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    again = text.replace(
        "SUMMARY:A long title\r\nDTSTART;VALUE=DATE:20240105\r\n",
        "DTSTART;VALUE=DATE:20240105\r\nSUMMARY:A long\r\n  title\r\n",
    )
    again = again.replace("DTSTAMP:20240101T000000Z", "DTSTAMP:20250101T000000Z\r\nSEQUENCE:2")
    assert fingerprint(again) == fingerprint(text)
    assert fingerprint(text.replace("A long", "Another")) != fingerprint(text)


def test_a_window_publishes_each_repeating_event_whole(radicale_server: Server) -> None:
    """between() gives occurrences; the calendar gets the series they belong to, once."""
    week = _small().between("2024-02-12", "2024-02-20")
    assert [event.id for event in week] == ["two", "two"]
    done = radicale_server.publish(week, "window")
    assert set(done.added) == {  # type: ignore[attr-defined]
        "two@kztimeline.invalid",
        "two.also-20240330T090000@kztimeline.invalid",
    }
    stored = radicale_server.stored("window")["two@kztimeline.invalid"]
    assert value_of(stored, "RRULE") == "FREQ=WEEKLY;COUNT=4"
    assert "RECURRENCE-ID" not in stored


def test_credentials_never_reach_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A password in the URL is taken out of every message; a --password-env variable that
    is not set is one line naming it."""
    port = free_port()  # nothing listens there
    with pytest.raises(PublishError) as refused:
        publish(_small(), f"http://anna:s3cret@127.0.0.1:{port}/anna/cal/")
    assert "s3cret" not in str(refused.value)
    assert "anna:" not in str(refused.value)
    events = tmp_path / "events.toml"
    events.write_text(SMALL, encoding="utf-8")
    monkeypatch.delenv("KZ_NOT_SET", raising=False)
    url = f"http://127.0.0.1:{port}/anna/cal/"
    command = ["publish", str(events), "--calendar", url, "--password-env", "KZ_NOT_SET"]
    assert main(command) == 2
    assert capsys.readouterr().err == (
        f"--password-env KZ_NOT_SET: no such environment variable; set it to the password "
        f"of http://127.0.0.1:{port}\n"
    )


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (412, "changed on the server while publishing (object one@kztimeline.invalid, HTTP 412)"),
        (415, "refused object one@kztimeline.invalid at /anna/status-415/one@kztimeline.invalid"),
    ],
)
def test_an_object_the_server_refuses_is_named(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    status: int,
    said: str,
) -> None:
    monkeypatch.setitem(radicale_server.proxy.fail, "PUT", (0, status))
    assert _run(radicale_server, f"status-{status}", tmp_path, monkeypatch) == 2
    err = _one_line(capsys)
    assert said in err
    assert err.endswith(
        "0 added, 0 changed, 0 unchanged, 0 removed, 0 conflicts; 4 not sent, "
        "the server failed first\n"
    )


def test_a_calendar_whose_folder_is_missing_says_so(
    radicale_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """MKCALENDAR in a folder that is not there is 409 Conflict (RFC 4791 5.3.1.2): the line
    names that folder, not only the status."""
    monkeypatch.setitem(radicale_server.proxy.fail, "MKCALENDAR", (0, 409))
    assert _run(radicale_server, "status-409", tmp_path, monkeypatch) == 2
    err = _one_line(capsys)
    assert f"has no folder {radicale_server.home} to hold {radicale_server.home}status-409/" in err
    assert "(creating the calendar, HTTP 409)" in err


def test_the_objects_hold_the_text_of_the_calendar_file() -> None:
    """calendar_objects cuts to_ics: every VEVENT once, each object of one UID, with the
    file's VTIMEZONE of its zone."""
    matrix = kztimeline.loads(MATRIX)
    whole = to_ics(matrix)
    pattern = r"BEGIN:(VEVENT|VTIMEZONE)\r\n.*?END:\1\r\n"
    in_file = [found.group(0) for found in re.finditer(pattern, whole, re.S)]
    vevents = []
    for uid, event_id, text in calendar_objects(matrix):
        parts = [found.group(0) for found in re.finditer(pattern, text, re.S)]
        assert set(parts) <= set(in_file)
        assert {line for line in text.split("\r\n") if line.startswith("UID:")} == {f"UID:{uid}"}
        assert uid.startswith(event_id)
        vevents += [part for part in parts if part.startswith("BEGIN:VEVENT")]
    assert sorted(vevents) == sorted(part for part in in_file if part.startswith("BEGIN:VEVENT"))


@pytest.mark.parametrize(("requests", "shown"), [(100, False), (101, True)])
def test_more_than_a_hundred_requests_show_their_progress_on_stderr(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    requests: int,
    shown: bool,
) -> None:
    """The count of requests made goes to stderr, over itself, past 100 requests; then one
    line break, and the summary on stdout. The requests are those the publishing reports."""
    import kztimeline.publishing as publishing
    from kztimeline.publishing import Published

    def sending(timeline: Timeline, url: str, **options: object) -> Published:
        progress = options["progress"]
        assert callable(progress)
        for done in range(1, requests + 1):
            progress(done, requests)
        return Published(url, added=[f"e{n}" for n in range(requests)], events=requests)

    monkeypatch.setattr(publishing, "publish", sending)
    events = tmp_path / "events.toml"
    events.write_text(SMALL, encoding="utf-8")
    url = "http://127.0.0.1:9/cal/"
    monkeypatch.setenv("KZ_PASSWORD", "secret")
    command = ["publish", str(events), "--calendar", url, "--user", "u"]
    assert main([*command, "--password-env", "KZ_PASSWORD"]) == 0
    out, err = capsys.readouterr()
    assert (
        out
        == f"{requests} events: {requests} added, 0 changed, 0 unchanged, 0 removed, 0 conflicts\n"
    )
    if shown:
        assert err.split("\r")[1:3] == ["publishing: 1/101", "publishing: 2/101"]
        assert err.endswith("\rpublishing: 101/101\n")
    else:
        assert err == ""
