"""Importing .ics calendars written by other software into an events file.

The calendars are written with icalendar, as other software writes them, including the shapes
from icalendar's documented real-world quirks: X-WR-TIMEZONE, a missing DTEND, DURATION, TZID
parameters, folded lines, LF instead of CRLF.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given
from hypothesis import strategies as st
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

import kztimeline
from kztimeline import Timeline
from kztimeline._fields import FORBIDDEN_CHARACTERS as _FORBIDDEN
from kztimeline.cli import main
from kztimeline.errors import CalendarError
from kztimeline.ical.reader import from_ics, import_ics, slugify


def calendar(*events: icalendar.Event, **properties: Any) -> str:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Other Software//EN")
    cal.add("version", "2.0")
    for name, value in properties.items():
        cal.add(name.replace("_", "-"), value)
    for event in events:
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")


def event(
    uid: str | None, summary: str, start: date | datetime, **properties: Any
) -> icalendar.Event:
    component = icalendar.Event()
    if uid is not None:
        component.add("uid", uid)
    component.add("summary", summary)
    component.add("dtstart", start)
    component.add("dtstamp", datetime(2012, 11, 1, tzinfo=UTC))
    for name, value in properties.items():
        component.add(name.replace("_", "-"), value)
    return component


def imported(text: str, **options: Any) -> Timeline:
    """Import, and check that the result is a valid events file."""
    return kztimeline.loads(from_ics(text, **options))


class TestDates:
    def test_all_day_event_with_exclusive_end(self) -> None:
        """DTEND of an all-day event is the day after: 14–17 means 14 to 16 November."""
        text = calendar(event("a@x", "A", date(2012, 11, 14), dtend=date(2012, 11, 17)))
        found = imported(text)["a"]
        assert found.date.text == "2012-11-14/2012-11-16"
        assert (found.first_day, found.last_day) == (date(2012, 11, 14), date(2012, 11, 16))

    def test_all_day_event_without_dtend_is_one_day(self) -> None:
        found = imported(calendar(event("a@x", "A", date(2012, 11, 14))))["a"]
        assert found.date.text == "2012-11-14"

    def test_all_day_duration(self) -> None:
        text = calendar(event("a@x", "A", date(2012, 11, 14), duration=timedelta(days=2)))
        assert imported(text)["a"].date.text == "2012-11-14/2012-11-15"

    def test_timed_utc_event(self) -> None:
        text = calendar(event("a@x", "A", datetime(2012, 11, 14, 9, 0, tzinfo=UTC)))
        found = imported(text)["a"]
        assert found.date.time == datetime(2012, 11, 14, 9, 0, tzinfo=UTC)

    def test_timed_event_with_tzid(self) -> None:
        """A TZID parameter keeps the wall time and the zone; DTEND becomes ``end``."""
        almaty = ZoneInfo("Asia/Almaty")
        text = calendar(
            event(
                "a@x",
                "A",
                datetime(2012, 11, 14, 15, 0, tzinfo=almaty),
                dtend=datetime(2012, 11, 14, 16, 30, tzinfo=almaty),
            )
        )
        assert "DTSTART;TZID=Asia/Almaty:20121114T150000" in text
        found = imported(text)["a"]
        assert found.timezone == "Asia/Almaty"
        assert found.date.time == datetime(2012, 11, 14, 15, 0, tzinfo=almaty)
        assert found.end == datetime(2012, 11, 14, 16, 30, tzinfo=almaty)
        assert found.description is None

    def test_timed_event_over_days_keeps_its_times(self) -> None:
        """A DURATION of two days and three hours is an end, and the event covers three days."""
        text = calendar(
            event(
                "a@x",
                "A",
                datetime(2012, 11, 14, 9, tzinfo=UTC),
                duration=timedelta(days=2, hours=3),
            )
        )
        found = imported(text)["a"]
        assert found.date.time == datetime(2012, 11, 14, 9, tzinfo=UTC)
        assert found.end == datetime(2012, 11, 16, 12, tzinfo=UTC)
        assert (found.first_day, found.last_day) == (date(2012, 11, 14), date(2012, 11, 16))

    def test_x_wr_timezone_applies_to_floating_and_utc_times(self) -> None:
        """Google's X-WR-TIMEZONE: floating times are in it, UTC times are shown in it."""
        text = calendar(
            event("float@x", "Floating", datetime(2012, 11, 14, 15, 0)),
            event("utc@x", "UTC", datetime(2012, 11, 14, 9, 0, tzinfo=UTC)),
            x_wr_timezone="Asia/Almaty",
        )
        timeline = imported(text)
        for event_id in ("float", "utc"):
            found = timeline[event_id]
            assert found.timezone == "Asia/Almaty"
            assert found.date.time == datetime(2012, 11, 14, 15, 0, tzinfo=ZoneInfo("Asia/Almaty"))

    def test_floating_time_without_calendar_zone_reads_as_utc(self) -> None:
        found = imported(calendar(event("a@x", "A", datetime(2012, 11, 14, 15, 0))))["a"]
        assert found.date.time == datetime(2012, 11, 14, 15, 0, tzinfo=UTC)

    def test_mozilla_style_tzid(self) -> None:
        text = (
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//EN\nBEGIN:VEVENT\nUID:a\nSUMMARY:A\n"
            "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20121114T150000\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        )
        assert imported(text)["a"].timezone == "Europe/Berlin"

    def test_custom_vtimezone_with_fixed_offset(self) -> None:
        text = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:Astana Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            "TZOFFSETFROM:+0600\r\nTZOFFSETTO:+0600\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            'BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;TZID="Astana Time":20121114T150000\r\n'
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        found = imported(text)["a"]
        assert found.date.time is not None
        assert found.date.time.utcoffset() == timedelta(hours=6)

    def test_windows_tzid(self) -> None:
        text = calendar(event("a@x", "A", datetime(2012, 11, 14, 15, 0)))
        text = text.replace(
            "DTSTART:20121114T150000", 'DTSTART;TZID="Central Asia Standard Time":20121114T150000'
        )
        found = imported(text)["a"]
        assert found.timezone == WINDOWS_TO_OLSON["Central Asia Standard Time"]
        assert found.date.time == datetime(2012, 11, 14, 9, tzinfo=UTC)


class TestText:
    def test_folded_lines_and_escapes(self) -> None:
        """icalendar folds at 75 octets; commas, semicolons and newlines are unescaped."""
        title = "Кеңес: a long title, with commas; and semicolons — " * 3
        text = calendar(
            event("a@x", title.strip(), date(2012, 11, 14), description="one\ntwo, three; four")
        )
        assert "\r\n " in text
        found = imported(text)["a"]
        assert found.title == " ".join(title.split())
        assert found.description == "one\ntwo, three; four"

    def test_lf_line_ends(self) -> None:
        text = calendar(event("a@x", "A", date(2012, 11, 14), location="Astana")).replace(
            "\r\n", "\n"
        )
        assert imported(text)["a"].place == "Astana"

    def test_categories_status_url(self) -> None:
        text = calendar(
            event(
                "a@x",
                "A",
                date(2012, 11, 14),
                categories=["un", "foreign policy"],
                status="TENTATIVE",
                url="https://example.org/a",
            )
        )
        found = imported(text)["a"]
        assert found.tags == ("un", "foreign policy")
        assert found.status == "tentative"
        assert found.url == "https://example.org/a"

    def test_control_characters_and_bidi_overrides_are_dropped(self) -> None:
        text = calendar(event("a@x", "A\u202eB", date(2012, 11, 14)))
        assert imported(text)["a"].title == "AB"

    def test_missing_summary(self) -> None:
        text = calendar(event("a@x", "", date(2012, 11, 14)))
        assert imported(text)["a"].title == "Untitled event"

    def test_calendar_as_the_ics_package_writes_it(self) -> None:
        """ics 0.7 writes LF line ends, no DTSTAMP and DURATION before DTSTART."""
        text = (
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:ics.py - http://git.io/lLljaA\n"
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20121114\nLOCATION:Astana\n"
            "SUMMARY:Meeting\\, one\\; two\nUID:m1@x\nEND:VEVENT\n"
            "BEGIN:VEVENT\nDURATION:PT2H\nDTSTART:20121114T090000Z\nSUMMARY:Timed\n"
            "UID:t@x\nEND:VEVENT\nEND:VCALENDAR"
        )
        timeline = imported(text)
        assert timeline["m1"].title == "Meeting, one; two"
        assert timeline["m1"].date.text == "2012-11-14"
        assert timeline["t"].end == datetime(2012, 11, 14, 11, tzinfo=UTC)


class TestIds:
    def test_uids_become_slugs(self) -> None:
        text = calendar(
            event("Meeting_42@Example.COM", "A", date(2012, 11, 14)),
            event("040000008200E00074C5B7101A82E008" * 3, "B", date(2012, 11, 15)),
            event("Кеңес-2012", "C", date(2012, 11, 16)),
        )
        ids = [found.id for found in imported(text)]
        assert ids[0] == "meeting-42"
        assert len(ids[1]) <= 60
        assert ids[1].startswith("040000008200e")
        # Letters that have no ASCII form are replaced by a hash of the UID, to stay distinct.
        assert re.fullmatch(r"2012-[0-9a-f]{10}", ids[2])

    def test_ids_are_unique_and_stable(self) -> None:
        """Clashing UIDs get -2, -3 in chronological order, the same on every import."""
        text = calendar(
            event("same@one", "Later", date(2012, 11, 15)),
            event("same@two", "Earlier", date(2012, 11, 14)),
            event("same@three", "Latest", date(2012, 11, 16)),
        )
        first = imported(text)
        assert [(e.id, e.title) for e in first] == [
            ("same", "Earlier"),
            ("same-2", "Later"),
            ("same-3", "Latest"),
        ]
        assert from_ics(text) == from_ics(text)

    def test_missing_uid_uses_title_and_day(self) -> None:
        found = list(imported(calendar(event(None, "Board meeting", date(2012, 11, 14)))))
        assert found[0].id == "board-meeting-2012-11-14"

    def test_changed_occurrence_becomes_a_change_of_its_event(self) -> None:
        """RECURRENCE-ID: the occurrence of 8 November moves to the 9th, with its own title."""
        text = calendar(
            event("w@x", "Weekly", date(2012, 11, 1), rrule={"freq": "weekly", "count": 4}),
            event("w@x", "Weekly, moved", date(2012, 11, 9), recurrence_id=date(2012, 11, 8)),
        )
        timeline = imported(text)
        assert timeline["w"].repeat == "FREQ=WEEKLY;COUNT=4"
        assert [(e.first_day.day, e.title) for e in timeline.between("2012-11", "2012-11")] == [
            (1, "Weekly"),
            (9, "Weekly, moved"),
            (15, "Weekly"),
            (22, "Weekly"),
        ]

    def test_changed_occurrence_without_its_event_is_an_event_of_its_own(self) -> None:
        text = calendar(
            event("w@x", "Weekly, moved", date(2012, 11, 9), recurrence_id=date(2012, 11, 8))
        )
        assert imported(text)["w-20121108"].title == "Weekly, moved"

    @pytest.mark.parametrize(
        ("text", "slug"), [("Genève 2012", "geneve-2012"), ("--A  b--", "a-b"), ("Кеңес", "")]
    )
    def test_slugify(self, text: str, slug: str) -> None:
        assert slugify(text) == slug


class TestRecurrence:
    def test_rrule_is_kept(self) -> None:
        text = calendar(event("a@x", "A", date(2012, 11, 14), rrule={"freq": "yearly", "count": 3}))
        found = imported(text)["a"]
        assert found.repeat == "FREQ=YEARLY;COUNT=3"
        assert len(imported(text).between("2012", "2020")) == 3

    def test_rule_kztimeline_cannot_expand_goes_to_the_description(self) -> None:
        text = calendar(
            event("a@x", "A", datetime(2012, 11, 14, 9, tzinfo=UTC), rrule={"freq": "hourly"})
        )
        found = imported(text)["a"]
        assert found.repeat is None
        assert found.description == "Repeats by the calendar rule FREQ=HOURLY."

    def test_exdate_is_kept_and_honoured(self) -> None:
        text = calendar(
            event(
                "a@x",
                "A",
                date(2012, 11, 1),
                rrule={"freq": "weekly", "count": 4},
                exdate=[date(2012, 11, 8)],
            )
        )
        timeline = imported(text)
        assert timeline["a"].except_on == (date(2012, 11, 8),)
        assert [e.first_day.day for e in timeline.between("2012-11", "2012-11")] == [1, 15, 22]


class TestCalendar:
    def test_calendar_is_one_source_and_the_title(self) -> None:
        text = calendar(
            event("a@x", "A", date(2012, 11, 14)),
            x_wr_calname="Ministry calendar",
            x_wr_caldesc="Meetings, of the ministry; weekly",
        )
        timeline = imported(text)
        assert timeline.title == "Ministry calendar"
        assert timeline.description == "Meetings, of the ministry; weekly"
        assert list(timeline.sources) == ["ministry-calendar"]
        assert timeline["a"].sources == ("ministry-calendar",)

    def test_source_title_option(self) -> None:
        timeline = imported(calendar(event("a@x", "A", date(2012, 11, 14))), source_title="Mine")
        assert timeline.sources["mine"].title == "Mine"

    def test_file_name_names_an_unnamed_calendar(self) -> None:
        timeline = imported(calendar(event("a@x", "A", date(2012, 11, 14))), path="work.ics")
        assert timeline.title == "work"

    def test_output_is_valid_toml_in_chronological_order(self) -> None:
        text = calendar(
            event("b@x", "B", date(2012, 11, 15)), event("a@x", 'A "quoted" \\', date(2012, 11, 14))
        )
        document = tomllib.loads(from_ics(text))
        assert [e["id"] for e in document["events"]] == ["a", "b"]
        assert document["events"][0]["title"] == 'A "quoted" \\'


def test_values_that_repeat_are_shared_and_unchanged() -> None:
    """A large calendar's events are all held until the file is written: equal places,
    tags and source ids are one string each, with the same values."""
    from kztimeline.ical.events import EventReader

    reader = EventReader("<calendar>", "cal", None, {}, {})
    first, second = (
        reader.share_values(
            {"place": "".join(["Alm", "aty"]), "tags": ["".join(["un", "-", "hrc"]), 7]}
        )
        for _ in range(2)
    )
    assert first == second == {"place": "Almaty", "tags": ["un-hrc", 7]}
    assert first["place"] is second["place"]
    assert first["tags"][0] is second["tags"][0]


class TestBadCalendars:
    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("hello", "not an iCalendar file"),
            ("", "not an iCalendar file"),
            ("BEGIN:VCALENDAR\nEND:VCALENDAR\nstray\n", "not an iCalendar file"),
            ("BEGIN:VCALENDAR\nVERSION:2.0\n", "never closed"),
            ("BEGIN:VCALENDAR\nEND:VEVENT\n", "does not close"),
            ("BEGIN:VCALENDAR\nEND:VCALENDAR\n", "no VEVENT"),
            (
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:2012-11-14\nEND:VEVENT\nEND:VCALENDAR\n",
                "not a date-time",
            ),
            (
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20121314\n"
                "END:VEVENT\nEND:VCALENDAR\n",
                "not a real date",
            ),
            ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nEND:VCALENDAR\n", "no DTSTART"),
            (
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20121114T150000\n"
                "END:VEVENT\nEND:VCALENDAR\n",
                "unknown time zone",
            ),
        ],
    )
    def test_error_names_the_problem(self, text: str, message: str) -> None:
        with pytest.raises(CalendarError, match=message):
            from_ics(text, path="bad.ics")

    def test_error_carries_the_line(self) -> None:
        text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:nonsense\nEND:VEVENT\nEND:VCALENDAR\n"
        with pytest.raises(CalendarError) as caught:
            from_ics(text, path="bad.ics")
        assert caught.value.line == 4
        assert str(caught.value).startswith("bad.ics:4: DTSTART: ")


class TestCommandLine:
    def test_import_writes_a_valid_events_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        source = tmp_path / "cal.ics"
        source.write_text(calendar(event("a@x", "A", date(2012, 11, 14))), encoding="utf-8")
        target = tmp_path / "events.toml"
        assert main(["import", str(source), "-o", str(target)]) == 0
        assert main(["validate", str(target)]) == 0
        assert "1 event" in capsys.readouterr().out

    def test_existing_file_is_kept_without_force(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        source = tmp_path / "cal.ics"
        source.write_text(calendar(event("a@x", "A", date(2012, 11, 14))), encoding="utf-8")
        target = tmp_path / "events.toml"
        target.write_text("precious", encoding="utf-8")
        assert main(["import", str(source), "-o", str(target)]) == 2
        assert "exists already" in capsys.readouterr().err
        assert target.read_text(encoding="utf-8") == "precious"
        assert main(["import", str(source), "-o", str(target), "--force"]) == 0
        assert target.read_text(encoding="utf-8").startswith("# Imported from cal.ics")
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    def test_stdout(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        source = tmp_path / "cal.ics"
        source.write_text(calendar(event("a@x", "A", date(2012, 11, 14))), encoding="utf-8")
        assert main(["import", str(source), "-o", "-"]) == 0
        assert 'id = "a"' in capsys.readouterr().out

    @pytest.mark.parametrize("content", [b"not a calendar", b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\n"])
    def test_bad_calendar_is_one_line_exit_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
    ) -> None:
        source = tmp_path / "bad.ics"
        source.write_bytes(content)
        assert main(["import", str(source), "-o", str(tmp_path / "out.toml")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith(str(source))
        assert not (tmp_path / "out.toml").exists()


# --- Round trip: kztimeline's own .ics back into events -------------------------------------


def test_round_trip_of_the_bundled_timeline(timeline: Timeline) -> None:
    """`export ics` then `import` gives the same ids, titles, dates and rules."""
    ics = pytest.importorskip("kztimeline.export.ics")
    back = kztimeline.loads(from_ics(ics.to_ics(timeline)))
    assert [e.id for e in back] == [e.id for e in timeline]
    for original in timeline:
        copy = back[original.id]
        assert copy.title == original.title
        assert (copy.first_day, copy.last_day) == (original.first_day, original.last_day)
        assert copy.date.text == original.date.text
        assert copy.repeat == original.repeat
        assert copy.place == original.place


def test_round_trip_of_repeating_and_timed_events(write_events: Any) -> None:
    ics = pytest.importorskip("kztimeline.export.ics")
    path = write_events(
        '[[events]]\nid = "yearly"\ntitle = "Yearly, with; punctuation \\\\ and Кеңес"\n'
        'date = 2012-11-12\nrepeat = "FREQ=YEARLY;COUNT=3"\nsources = ["a"]\n'
        '[[events]]\nid = "timed"\ntitle = "Timed"\ndate = 2012-11-12T15:00:00\n'
        'timezone = "Asia/Almaty"\nsources = ["a"]\n'
        '[[events]]\nid = "range"\ntitle = "Range"\ndate = "2012-11-14/2012-11-16"\n'
        'sources = ["a"]\n'
    )
    original = kztimeline.load(path)
    back = kztimeline.loads(from_ics(ics.to_ics(original)))
    for event_ in original:
        copy = back[event_.id]
        assert copy.title == event_.title
        assert (copy.first_day, copy.last_day) == (event_.first_day, event_.last_day)
        assert copy.repeat == event_.repeat
        if event_.date.time is not None:
            assert copy.date.time == event_.date.time


# --- Any calendar that icalendar writes imports into a valid events file --------------------

SUMMARY = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=40
)


@st.composite
def calendar_events(draw: st.DrawFn) -> tuple[str, date, date]:
    summary = draw(SUMMARY)
    first = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    length = draw(st.integers(min_value=0, max_value=400))
    return summary, first, first + timedelta(days=length)


@given(st.lists(calendar_events(), min_size=1, max_size=5))
def test_any_calendar_imports_into_a_valid_events_file(
    drawn: list[tuple[str, date, date]],
) -> None:
    """Random titles (commas, semicolons, backslashes, newlines, any script) and ranges:
    the result loads, with every day range and a clean one-line title."""
    events = [
        event(f"e{n}@x", summary, first, dtend=last + timedelta(days=1))
        for n, (summary, first, last) in enumerate(drawn)
    ]
    timeline = imported(calendar(*events))
    assert len(timeline) == len(drawn)
    for n, (summary, first, last) in enumerate(drawn):
        found = timeline[f"e{n}"]
        assert (found.first_day, found.last_day) == (first, last)
        # icalendar drops one leading byte-order mark when it writes a value.
        written = summary.removeprefix("\ufeff")
        expected = " ".join(_FORBIDDEN.sub("", written).split()) or "Untitled event"
        assert found.title == expected


# --- Lossless: foreign calendars keep their occurrences, our own keep their bytes -----------

OUTLOOK_ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def _foreign_calendar() -> str:
    """A calendar as other software writes it, with everything item 5 of the issue lists:
    EXDATE, an end time, a custom VTIMEZONE (Outlook's), and RDATE and a moved occurrence."""
    berlin = ZoneInfo("Europe/Berlin")
    new_york = ZoneInfo("America/New_York")
    weekly = event(
        "weekly@example.com",
        "Weekly in New York",
        datetime(2024, 3, 4, 9, tzinfo=new_york),
        dtend=datetime(2024, 3, 4, 10, 30, tzinfo=new_york),
        rrule={"freq": "weekly", "byday": ["MO", "WE"], "count": 12},
        exdate=[datetime(2024, 3, 11, 9, tzinfo=new_york)],
        rdate=[datetime(2024, 3, 16, 9, tzinfo=new_york)],
    )
    moved = event(
        "weekly@example.com",
        "Weekly, moved to Thursday",
        datetime(2024, 3, 21, 14, tzinfo=new_york),
        dtend=datetime(2024, 3, 21, 15, tzinfo=new_york),
        recurrence_id=datetime(2024, 3, 20, 9, tzinfo=new_york),
    )
    yearly = event(
        "yearly@example.com",
        "Yearly, all day",
        date(2022, 11, 12),
        dtend=date(2022, 11, 14),
        rrule={"freq": "yearly", "count": 4},
        exdate=[date(2023, 11, 12)],
    )
    berlin_event = event(
        "berlin@example.com",
        "Evening in Berlin",
        datetime(2024, 10, 25, 22, tzinfo=berlin),
        duration=timedelta(hours=9),
    )
    text = calendar(weekly, moved, yearly, berlin_event, x_wr_calname="Foreign")
    outlook = (
        "BEGIN:VEVENT\r\nUID:outlook-1\r\nSUMMARY:Outlook meeting\r\n"
        "DTSTAMP:20240101T000000Z\r\n"
        'DTSTART;TZID="Customized Time Zone":20240320T100000\r\n'
        'DTEND;TZID="Customized Time Zone":20240320T113000\r\n'
        "RRULE:FREQ=WEEKLY;COUNT=4\r\n"
        'EXDATE;TZID="Customized Time Zone":20240327T100000\r\n'
        "ATTENDEE:mailto:someone@example.com\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        "TRIGGER:-PT15M\r\nDESCRIPTION:Soon\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    )
    head, tail = text.split("BEGIN:VEVENT", 1)
    return head + OUTLOOK_ZONE + outlook + "BEGIN:VEVENT" + tail


def _instants(text: str, first: date, last: date) -> list[tuple[str, str, str]]:
    """(UID, start, end) of every occurrence, by recurring-ical-events; moments in UTC."""

    def written(value: date | datetime) -> str:
        if isinstance(value, datetime):
            return value.astimezone(UTC).isoformat()
        return value.isoformat()

    found = []
    for component in recurring_ical_events.of(icalendar.Calendar.from_ical(text)).between(
        first, last
    ):
        start = component["DTSTART"].dt
        end = component["DTEND"].dt if "DTEND" in component else start + component["DURATION"].dt
        # An also_on date is a VEVENT of its own, tied to its series by X-KZTIMELINE-ALSO-OF.
        series = component.get("X-KZTIMELINE-ALSO-OF", component["UID"])
        uid = str(series).split("@")[0]
        found.append((uid, written(start), written(end)))
    return sorted(found)


class TestLossless:
    def test_a_foreign_calendar_keeps_every_occurrence_through_import_and_export(self) -> None:
        """EXDATE, RDATE, a moved occurrence, ends, Outlook's custom zone: recurring-ical-events
        finds the same start and end instants in the original and in kztimeline's export."""
        original = _foreign_calendar()
        exported = kztimeline.to_ics(imported(original))
        first, last = date(2022, 1, 1), date(2026, 1, 1)
        mine = _instants(exported, first, last)
        assert mine == _instants(original, first, last)
        assert len(mine) == 12 - 1 + 1 + 3 + 1 + 3

    def test_the_custom_zone_becomes_the_iana_zone_that_agrees_with_it(self) -> None:
        found = imported(_foreign_calendar())["outlook-1"]
        assert found.timezone == "Africa/Ceuta"  # the first Area/City on CET/CEST rules
        assert found.date.time is not None
        assert found.date.time.utcoffset() == timedelta(hours=1)
        assert found.except_on == (date(2024, 3, 27),)

    def test_what_cannot_be_kept_is_named_once_per_kind(self) -> None:
        _, not_kept = import_ics(_foreign_calendar())
        assert not_kept == (
            "<calendar>: not kept: 1 × ATTENDEE properties",
            "<calendar>: not kept: 1 × VALARM components",
        )

    def test_the_command_line_prints_what_was_not_kept(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        source = tmp_path / "foreign.ics"
        source.write_text(_foreign_calendar(), encoding="utf-8", newline="")
        assert main(["import", str(source), "-o", str(tmp_path / "events.toml")]) == 0
        assert capsys.readouterr().err.splitlines() == [
            f"{source}: not kept: 1 × ATTENDEE properties",
            f"{source}: not kept: 1 × VALARM components",
        ]

    def test_export_import_export_gives_the_same_bytes(self, timeline: Timeline) -> None:
        first = kztimeline.to_ics(timeline)
        assert kztimeline.to_ics(kztimeline.loads(from_ics(first))) == first

    def test_the_days_of_sources_and_timeline_are_written_as_toml_dates(
        self, timeline: Timeline
    ) -> None:
        text = from_ics(kztimeline.to_ics(timeline))
        published = re.findall(r"^published = (.*)$", text, flags=re.MULTILINE)
        assert published, "the bundled sources give their publication days"
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) for value in published)
        assert re.search(r"^revised = \d{4}-\d{2}-\d{2}$", text, flags=re.MULTILINE)
        parsed = tomllib.loads(text)
        assert all(isinstance(source["published"], date) for source in parsed["sources"].values())

    def test_the_same_bytes_for_timed_events_and_rule_exceptions(self) -> None:
        from tests.test_ical_clients import CLOCK_CHANGES

        first = kztimeline.to_ics(kztimeline.loads(CLOCK_CHANGES))
        imported_text, not_kept = import_ics(first)
        assert not_kept == ()
        assert kztimeline.to_ics(kztimeline.loads(imported_text)) == first

    def test_a_start_its_rule_does_not_give_stays_an_occurrence(self) -> None:
        """A DTSTART the rule does not give is an occurrence for recurring-ical-events: the
        import starts the event on the rule's first day and keeps DTSTART in also_on, so the
        export has the same occurrences."""
        original = calendar(
            event(
                "m@x",
                "Month end",
                date(2012, 11, 12),
                rrule={"freq": "monthly", "bymonthday": [-1], "count": 3},
            ),
            event("r@x", "Only extra dates", date(2012, 11, 1), rdate=[date(2012, 11, 5)]),
        )
        text, not_kept = import_ics(original)
        found = kztimeline.loads(text)["m"]
        assert (found.first_day, found.also_on) == (date(2012, 11, 30), (date(2012, 11, 12),))
        first, last = date(2012, 1, 1), date(2014, 1, 1)
        again = _instants(kztimeline.to_ics(kztimeline.loads(text)), first, last)
        assert [item for item in again if item[0] == "m"] == [
            item for item in _instants(original, first, last) if item[0] == "m"
        ]
        assert not_kept == ()
        assert kztimeline.loads(text)["r"].also_on == (date(2012, 11, 5),)


def _custom_zone_calendar(offset: str) -> str:
    """A calendar whose one event is at 09:00 in a zone named only by this file."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
        f"BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:{offset}\r\n"
        f"TZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:meeting@x\r\nDTSTAMP:20240101T000000Z\r\nSUMMARY:Meeting\r\n"
        "DTSTART;TZID=Customized Time Zone:20240305T090000\r\n"
        "DTEND;TZID=Customized Time Zone:20240305T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_a_custom_zone_is_read_anew_in_each_calendar() -> None:
    """Two calendars that name different offsets "Customized Time Zone" (as Outlook names
    every custom zone) are each read with their own: the first read does not decide the
    second, in one process, whatever was imported before."""
    for offset, hour in (("+0500", 4), ("-0300", 12), ("+0500", 4)):
        (found,) = imported(_custom_zone_calendar(offset))
        assert found.date.time is not None
        assert found.date.time.astimezone(UTC).hour == hour, offset
