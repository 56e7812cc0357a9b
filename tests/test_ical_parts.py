"""Importing a calendar one component at a time: what is read alone is not kept in memory,
zones and the calendar's own properties count wherever they are in the file, and what is said
comes in the order of the file."""

from __future__ import annotations

import gc
import tomllib
from typing import Any

import icalendar
import pytest

from kztimeline.ical.events import EventReader
from kztimeline.ical.reader import import_ics

# A zone no database names: only its VTIMEZONE, given after the events, says +03:30 all year.
_ZONE = """\
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0330
TZOFFSETTO:+0330
END:STANDARD
END:VTIMEZONE
"""


def _vevent(uid: str, start: str, *more: str) -> str:
    return "\n".join(["BEGIN:VEVENT", f"UID:{uid}", f"DTSTART{start}", *more, "END:VEVENT", ""])


def _calendar(*parts: str) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Other//EN\n" + "".join(parts) + "END:VCALENDAR\n"
    )


def _events(text: str) -> dict[str, dict[str, Any]]:
    return {event["id"]: event for event in tomllib.loads(import_ics(text).toml)["events"]}


def test_a_zone_and_x_wr_timezone_given_after_the_events_count() -> None:
    text = _calendar(
        _vevent("zoned", ";TZID=Customized Time Zone:20240105T090000", "SUMMARY:Zoned"),
        _vevent("floating", ":20240106T090000", "SUMMARY:Floating"),
        # A folded line in the middle of a component: the parts are cut on whole lines.
        _vevent("folded", ":20240107", "SUMMARY:A long title folded", "  over two lines"),
        _ZONE,
        "X-WR-TIMEZONE:Asia/Tokyo\n",
    )
    events = _events(text)
    assert events["zoned"]["date"].utcoffset().total_seconds() == 3.5 * 3600
    assert events["floating"]["timezone"] == "Asia/Tokyo"
    assert events["folded"]["title"] == "A long title folded over two lines"


def test_messages_keep_the_order_of_the_file() -> None:
    # The first VEVENT shares its UID with the last (two versions): they are read together,
    # after the ones read alone, yet what is said about each comes in the order of the file.
    text = _calendar(
        _vevent("versions", ":20240101", "SEQUENCE:1", "SUMMARY:One", "SUMMARY:Again"),
        _vevent("alone", ":20240102", "SUMMARY:Two", "SUMMARY:Twice"),
        _vevent("versions", ":20240101", "SEQUENCE:2", "SUMMARY:Three", "SUMMARY:More"),
    )
    said = import_ics(text, path="x.ics").not_kept
    seconds = [line for line in said if "the second SUMMARY" in line]
    assert [line.split(":")[1] for line in seconds] == ["9", "15", "22"]
    assert said.index(seconds[-1]) < said.index(next(x for x in said if "older version" in x))


def test_the_first_problem_in_the_file_is_the_one_raised() -> None:
    from kztimeline.errors import CalendarError

    no_start = "BEGIN:VEVENT\nUID:{}\nSEQUENCE:{}\nEND:VEVENT\n"
    # Two versions of one event, read together, then one read alone: none has a DTSTART.
    text = _calendar(no_start.format("a", 1), no_start.format("a", 2), no_start.format("b", 0))
    with pytest.raises(CalendarError) as raised:
        import_ics(text, path="x.ics")
    assert raised.value.line == 8, str(raised.value)


def test_a_vevent_read_alone_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 300
    text = _calendar(
        *(_vevent(f"e{n}", f":2024{1 + n % 12:02}01", "SUMMARY:E") for n in range(count))
    )
    alive: list[int] = []
    event = EventReader._event

    def counted(self: EventReader, component: Any, lines: dict[str, int]) -> dict[str, Any]:
        if lines["BEGIN"] > 5 * (count - 3):  # only near the end: gc.get_objects is slow
            alive.append(sum(isinstance(item, icalendar.Event) for item in gc.get_objects()))
        return event(self, component, lines)

    monkeypatch.setattr(EventReader, "_event", counted)
    assert len(_events(text)) == count
    assert alive
    assert max(alive) <= 2


def test_many_events_of_one_base_id_are_numbered_in_order() -> None:
    # Ids that differ only after the "@" share their base id: numbered -2, -3... by date.
    text = _calendar(*(_vevent(f"same@{n}", f":2024010{n + 1}", "SUMMARY:S") for n in range(5)))
    assert sorted(_events(text)) == ["same", "same-2", "same-3", "same-4", "same-5"]


def test_a_nested_vevent_is_a_version_of_the_vevent_of_its_uid() -> None:
    inner = _vevent("same", ":20240101", "SEQUENCE:1", "SUMMARY:Inner")
    todo = f"BEGIN:VTODO\nUID:todo\n{inner}END:VTODO\n"
    text = _calendar(todo, _vevent("same", ":20240101", "SEQUENCE:2", "SUMMARY:Outer"))
    imported = import_ics(text, path="x.ics")
    assert [event["title"] for event in tomllib.loads(imported.toml)["events"]] == ["Outer"]
    assert any("1 older version dropped" in line for line in imported.not_kept)


def test_the_bytes_of_a_calendar_give_what_its_text_gives() -> None:
    # The file is kept as bytes and each line decoded alone: a byte-order mark, CRLF, a folded
    # line and characters of two, three and four bytes come out as from the text.
    text = _calendar(
        _vevent("a", ":20240105", "SUMMARY:Алматы — 東京 🎉", "DESCRIPTION:Über", "  den Fluss"),
        _vevent("b", ":20240106", "SUMMARY:Two", "SUMMARY:Twice"),
    ).replace("\n", "\r\n")
    from_text = import_ics(text, path="x.ics")
    from_bytes = import_ics(b"\xef\xbb\xbf" + text.encode("utf-8"), path="x.ics")
    assert from_bytes == from_text
    assert "Алматы — 東京 🎉" in from_bytes.toml
    assert len(from_bytes.not_kept) == 1
    assert from_bytes.not_kept[0].startswith("x.ics:15: UID b:")


def test_bytes_that_are_not_utf8_are_refused_with_their_line() -> None:
    from kztimeline.errors import CalendarError

    data = _calendar(_vevent("a", ":20240105", "SUMMARY:caf\x00")).encode("utf-8")
    with pytest.raises(CalendarError, match=r"is not UTF-8 \(byte 0xe9\)") as raised:
        import_ics(data.replace(b"\x00", b"\xe9"), path="x.ics")
    assert raised.value.line == 7


def test_an_event_kept_as_its_text_is_written_as_from_its_fields() -> None:
    """An event read alone keeps only its text and what the ids are made from."""
    from datetime import date

    from kztimeline.ical._toml import as_text, document

    event = {
        "id": "e",
        "title": "Talks",
        "_uid": "e@x",
        "date": date(2024, 1, 1),
        "repeat": "FREQ=YEARLY;COUNT=3",
        "tags": ["un", "trade"],
        "people": [],
        "place": None,
        "sources": ["s"],
        "changes": [{"occurrence": date(2025, 1, 1), "title": "Moved talks"}],
    }
    short = as_text(event, ("_uid", "sources"))
    short["id"] = "e"
    assert set(short) == {"_uid", "sources", "_text", "id"}
    whole = document("c", {"title": "T"}, {}, {}, [event])
    assert document("c", {"title": "T"}, {}, {}, [short]) == whole
    assert tomllib.loads(whole)["events"][0]["changes"][0]["title"] == "Moved talks"
