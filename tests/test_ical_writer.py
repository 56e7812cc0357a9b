"""The iCalendar export: RFC 5545 conformance, stable bytes, and what parsers read back."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import given
from hypothesis import strategies as st

import kztimeline
from kztimeline import EmptySelectionError, Timeline
from kztimeline.cli import main
from kztimeline.errors import ExportOptionError
from kztimeline.export.ics import DEFAULT_UID_DOMAIN, fold, to_ics, write_ics
from tests.conftest import EVENTS, assert_golden

WEEK = """
[[events]]
id = "{id}"
title = "{title}"
date = {date}
sources = ["a"]
"""


def _timeline(write_events: Any, body: str) -> Timeline:
    return kztimeline.load(write_events(body))


def _vevents(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def _unescape(value: str) -> str:
    """TEXT unescaping (RFC 5545 §3.3.11), written out here to check ours independently."""
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


@pytest.fixture(scope="module")
def calendar_text(timeline: Timeline) -> str:
    return to_ics(timeline)


class TestGolden:
    def test_events_toml_gives_the_reviewed_calendar(self, calendar_text: str) -> None:
        """The bundled timeline's calendar matches tests/golden/events.ics byte for byte."""
        assert_golden("events.ics", calendar_text.encode("utf-8"))

    def test_the_same_input_gives_the_same_bytes_in_any_process(self, calendar_text: str) -> None:
        """Hash seeds and time zones of the process do not change a byte (ics-py #173, sets)."""
        script = (
            "import sys, kztimeline; "
            f"sys.stdout.buffer.write(kztimeline.to_ics(kztimeline.load({str(EVENTS)!r})).encode())"
        )
        for seed, zone in (("1", "Pacific/Kiritimati"), ("2", "Pacific/Pago_Pago"), ("3", "UTC")):
            env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": zone}
            env.pop("SOURCE_DATE_EPOCH", None)
            result = subprocess.run(
                [sys.executable, "-c", script], env=env, capture_output=True, check=True
            )
            assert result.stdout.decode("utf-8") == calendar_text, zone


class TestLines:
    def test_every_line_ends_with_crlf_including_the_last(self, calendar_text: str) -> None:
        assert calendar_text.endswith("END:VCALENDAR\r\n")
        assert "\n" not in calendar_text.replace("\r\n", "")
        assert "\r" not in calendar_text.replace("\r\n", "")

    def test_no_line_is_longer_than_75_octets(self, calendar_text: str) -> None:
        assert max(len(line.encode("utf-8")) for line in _physical_lines(calendar_text)) <= 75

    @pytest.mark.parametrize(
        "text",
        [
            "Қазақстан " * 30,  # Cyrillic: two octets a letter
            "İhsanoğlu ve Türkiye " * 10,
            "🗓️ event " * 25,  # four-octet characters
            "a\\b;c,d\ne" * 20,  # escapes that must not be cut in two
            "x" * 74 + "é" + "y" * 200,
        ],
    )
    def test_folding_never_splits_a_character_or_an_escape(self, text: str) -> None:
        """Each folded piece is valid UTF-8 on its own and no piece ends with a lone backslash."""
        from kztimeline.export.ics import escape_text

        line = "DESCRIPTION:" + escape_text(text)
        folded = fold(line)
        pieces = folded.split("\r\n ")
        assert "".join(pieces) == line
        for index, piece in enumerate(pieces):
            octets = piece.encode("utf-8")
            assert len(octets) + (1 if index else 0) <= 75
            assert not (piece.endswith("\\") and not piece.endswith("\\\\")), piece

    @given(st.text(alphabet="ab\\,;\né€😀", max_size=300))
    def test_folding_round_trips_any_text(self, text: str) -> None:
        """ASCII and non-ASCII lines: unfolding gives the line back, within the limits."""
        from kztimeline.export.ics import escape_text

        line = "DESCRIPTION:" + escape_text(text)
        pieces = fold(line).split("\r\n ")
        assert "".join(pieces) == line
        assert all(len(piece.encode()) + (1 if i else 0) <= 75 for i, piece in enumerate(pieces))
        for piece in pieces[:-1]:
            run = len(piece) - len(piece.rstrip("\\"))
            assert run % 2 == 0, piece

    def test_a_short_line_is_left_alone(self) -> None:
        assert fold("SUMMARY:short") == "SUMMARY:short"


class TestEscaping:
    def test_text_escapes_backslash_semicolon_comma_and_newlines(self, write_events: Any) -> None:
        """CR and CRLF become ``\\n`` (never ``\\r``, ics-py #198); parsers read the text back."""
        body = WEEK.format(id="x", title="A; b, c \\\\ d", date="2012-11-14")
        body += 'description = "one\\r\\ntwo\\rthree\\nfour; five, six \\\\ seven"\n'
        body += 'url = "https://example.org/a,b;c?d=e"\n'
        text = to_ics(_timeline(write_events, body))
        assert "SUMMARY:A\\; b\\, c \\\\ d\r\n" in text
        assert "\\r" not in text
        assert "URL:https://example.org/a,b;c?d=e\r\n" in text  # a URI, not TEXT
        (event,) = _vevents(text)
        assert str(event["SUMMARY"]) == "A; b, c \\ d"
        assert str(event["DESCRIPTION"]).startswith("one\ntwo\nthree\nfour; five, six \\ seven")
        assert str(event["URL"]) == "https://example.org/a,b;c?d=e"

    def test_text_that_tries_to_end_the_event_stays_text(self, write_events: Any) -> None:
        """A title holding ``END:VEVENT`` lines makes no extra component."""
        body = WEEK.format(id="x", title="x", date="2012-11-14")
        body += 'description = "\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil\\n"\n'
        text = to_ics(_timeline(write_events, body))
        (event,) = _vevents(text)
        assert "END:VEVENT\nBEGIN:VEVENT" in str(event["DESCRIPTION"])


class TestCalendar:
    def test_the_calendar_block_names_the_timeline(
        self, calendar_text: str, timeline: Timeline
    ) -> None:
        head = calendar_text.split("BEGIN:VEVENT", 1)[0]
        unfolded = head.replace("\r\n ", "")
        assert unfolded.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        assert f"PRODID:-//kztimeline//kztimeline {kztimeline.__version__}//EN\r\n" in head
        assert "\r\nCALSCALE:GREGORIAN\r\n" in head
        # RFC 4791 §4.1: a calendar object on a CalDAV server must not have METHOD.
        assert "METHOD" not in unfolded
        calendar = icalendar.Calendar.from_ical(calendar_text)
        # icalendar does not know these as TEXT (it keeps them raw), so unescape them as TEXT.
        read = {name: _unescape(str(calendar[name])) for name in calendar}
        assert read["NAME"] == read["X-WR-CALNAME"] == timeline.title
        assert read["X-WR-CALDESC"] == timeline.description

    def test_events_are_in_chronological_order_then_by_id(
        self, calendar_text: str, timeline: Timeline
    ) -> None:
        uids = [str(event["UID"]) for event in _vevents(calendar_text)]
        assert uids == [f"{event.id}@{DEFAULT_UID_DOMAIN}" for event in timeline]

    def test_an_empty_selection_is_an_error_not_an_empty_calendar(self, timeline: Timeline) -> None:
        with pytest.raises(EmptySelectionError, match="no events to export as iCalendar"):
            to_ics(timeline.filter(kind="no such kind"))

    @pytest.mark.parametrize(("option", "value"), [("imprecise", "all"), ("uid_domain", "a b")])
    def test_unknown_options_are_refused(self, timeline: Timeline, option: str, value: str) -> None:
        with pytest.raises(ExportOptionError):
            to_ics(timeline, **{option: value})  # type: ignore[arg-type]


class TestEvents:
    def test_every_event_reads_back_with_its_days_text_and_sources(
        self, calendar_text: str, timeline: Timeline
    ) -> None:
        """icalendar and vobject both read each event with the right days, no day shifted."""
        parsed = {str(event["UID"]).split("@")[0]: event for event in _vevents(calendar_text)}
        assert set(parsed) == {event.id for event in timeline}
        for event in timeline:
            vevent = parsed[event.id]
            assert vevent["DTSTART"].dt == event.date.known_first_day
            assert vevent["DTEND"].dt == event.date.known_last_day + timedelta(days=1)
            assert str(vevent["SUMMARY"]) == event.title
            assert str(vevent["X-KZTIMELINE-DATE"]) == event.date.text
            description = str(vevent["DESCRIPTION"])
            for source_id in event.sources:
                assert f"Source: {timeline.sources[source_id].citation()}" in description
            if event.place:
                assert str(vevent["LOCATION"]) == event.place
        for component in vobject.readComponents(calendar_text):
            for vevent in component.vevent_list:
                event = timeline[vevent.uid.value.split("@")[0]]
                assert vevent.dtstart.value == event.date.known_first_day

    def test_a_range_of_days_has_an_exclusive_end(self, calendar_text: str) -> None:
        """14–16 Nov is DTSTART 14 Nov and DTEND 17 Nov, both VALUE=DATE."""
        block = calendar_text.split("UID:kz-eu-cooperation-committee-12@", 1)[1]
        block = block.split("END:VEVENT", 1)[0]
        assert "DTSTART;VALUE=DATE:20121114\r\n" in block
        assert "DTEND;VALUE=DATE:20121117\r\n" in block

    def test_description_states_precision_people_and_sources(self, calendar_text: str) -> None:
        parsed = {str(event["UID"]).split("@")[0]: event for event in _vevents(calendar_text)}
        upr = str(parsed["upr-first-report-2010"]["DESCRIPTION"])
        assert "Date known only to the month: February 2010." in upr
        oic = str(parsed["oic-cfm-39"]["DESCRIPTION"])
        assert "With: Erlan Idrisov, Minister of Foreign Affairs of Kazakhstan" in oic
        assert oic.index("With:") < oic.index("Source:")
        segment = str(parsed["hrc-high-level-segment"]["DESCRIPTION"])
        assert "The sources give no start" in segment
        assert parsed["hrc-high-level-segment"]["DTSTART"].dt == date(2012, 1, 1)

    def test_categories_are_the_kind_then_the_tags(self, calendar_text: str) -> None:
        assert "CATEGORIES:meeting,eu,foreign-policy\r\n" in calendar_text

    @pytest.mark.parametrize(
        ("written", "status", "note"),
        [
            ('"2012-11-14?"', "TENTATIVE", "The date is uncertain."),
            ('"2012-11-14~"', "CONFIRMED", "The date is approximate."),
            ('"2012-11-14%"', "TENTATIVE", "The date is approximate and uncertain."),
            ("2012-11-14", "CONFIRMED", None),
        ],
    )
    def test_qualifiers_set_the_status_and_are_stated(
        self, write_events: Any, written: str, status: str, note: str | None
    ) -> None:
        text = to_ics(_timeline(write_events, WEEK.format(id="x", title="x", date=written)))
        (event,) = _vevents(text)
        assert str(event["STATUS"]) == status
        if note:
            assert note in str(event["DESCRIPTION"])

    def test_an_explicit_status_wins(self, write_events: Any) -> None:
        body = WEEK.format(id="x", title="x", date='"2012-11-14?"') + 'status = "cancelled"\n'
        (event,) = _vevents(to_ics(_timeline(write_events, body)))
        assert str(event["STATUS"]) == "CANCELLED"

    def test_an_offset_moment_keeps_its_offset_and_lasts_no_time(self, write_events: Any) -> None:
        """A whole-hour offset is written in the database's Etc zone (its sign inverted, as
        POSIX has it), and a moment has no end: calcurse refuses DURATION:PT0S."""
        body = WEEK.format(id="x", title="x", date="2012-11-14T10:30:00+06:00")
        text = to_ics(_timeline(write_events, body))
        assert "DTSTART;TZID=Etc/GMT-6:20121114T103000\r\nSUMMARY:" in text
        assert "DURATION" not in text
        assert "DTEND" not in text
        assert "BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-6\r\n" in text
        (event,) = _vevents(text)
        assert event["DTSTART"].dt == datetime.fromisoformat("2012-11-14T04:30:00+00:00")
        assert event["DTSTART"].dt.utcoffset() == timedelta(hours=6)

    def test_a_utc_moment_is_written_with_z(self, write_events: Any) -> None:
        body = WEEK.format(id="x", title="x", date="2012-11-14T10:30:00Z")
        text = to_ics(_timeline(write_events, body))
        assert "DTSTART:20121114T103000Z\r\n" in text
        assert "VTIMEZONE" not in text

    def test_a_year_9999_period_gets_a_duration_instead_of_year_10000(
        self, write_events: Any
    ) -> None:
        text = to_ics(_timeline(write_events, WEEK.format(id="x", title="x", date='"9999"')))
        assert "DTSTART;VALUE=DATE:99990101\r\nDURATION:P365D\r\n" in text


class TestImprecise:
    @pytest.mark.parametrize(
        ("mode", "start", "end"),
        [("span", "20100201", "20100301"), ("start", "20100201", "20100202"), ("skip", None, None)],
    )
    def test_month_precision_by_mode(
        self, write_events: Any, mode: str, start: str | None, end: str | None
    ) -> None:
        body = WEEK.format(id="m", title="m", date='"2010-02"')
        body += WEEK.format(id="d", title="d", date="2012-11-14")
        text = to_ics(_timeline(write_events, body), imprecise=mode)  # type: ignore[arg-type]
        events = {str(event["UID"]): event for event in _vevents(text)}
        if start is None:
            assert set(events) == {f"d@{DEFAULT_UID_DOMAIN}"}
            return
        month = text.split("UID:m@", 1)[1].split("END:VEVENT", 1)[0]
        assert f"DTSTART;VALUE=DATE:{start}\r\n" in month
        assert f"DTEND;VALUE=DATE:{end}\r\n" in month
        assert "X-KZTIMELINE-DATE:2010-02\r\n" in month
        description = str(events[f"m@{DEFAULT_UID_DOMAIN}"]["DESCRIPTION"])
        assert "Date known only to the month: February 2010." in description

    def test_years_before_1000_keep_four_digits(self) -> None:
        """strftime("%Y") writes year 2 as "2" on glibc, which made DTEND 20101."""
        undated = '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n'  # DTSTAMP: last day
        text = to_ics(kztimeline.loads(undated + WEEK.format(id="y", title="y", date='"0002"')))
        assert "DTSTART;VALUE=DATE:00020101\r\n" in text
        assert "DTEND;VALUE=DATE:00030101\r\n" in text
        assert "DTSTAMP:00021231T000000Z\r\n" in text
        (event,) = _vevents(text)
        assert event.decoded("DTEND") == date(3, 1, 1)

    def test_skipping_everything_is_an_empty_selection(self, write_events: Any) -> None:
        timeline = _timeline(write_events, WEEK.format(id="m", title="m", date='"2010"'))
        with pytest.raises(EmptySelectionError):
            to_ics(timeline, imprecise="skip")


class TestIdentity:
    def test_uids_are_the_event_id_at_the_domain(self, timeline: Timeline) -> None:
        text = to_ics(timeline, uid_domain="example.org")
        assert "UID:hrc-election-2012@example.org\r\n" in text

    def test_dtstamp_comes_from_the_revised_date(self, calendar_text: str) -> None:
        stamps = {line for line in calendar_text.split("\r\n") if line.startswith("DTSTAMP")}
        assert stamps == {"DTSTAMP:20121114T000000Z"}

    def test_dtstamp_falls_back_to_the_newest_source(self, write_events: Any) -> None:
        text = to_ics(_timeline(write_events, WEEK.format(id="x", title="x", date="2020-01-01")))
        assert "DTSTAMP:20121113T000000Z\r\n" in text  # the header's source date

    def test_source_date_epoch_overrides(
        self, timeline: Timeline, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
        assert "DTSTAMP:20231114T221320Z\r\n" in to_ics(timeline)
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
        with pytest.raises(ExportOptionError, match="SOURCE_DATE_EPOCH"):
            to_ics(timeline)


class TestRecurrence:
    def test_repeat_becomes_rrule_and_expands_on_the_right_days(self, write_events: Any) -> None:
        body = WEEK.format(id="r", title="r", date="2013-03-04")
        body += 'repeat = "FREQ=YEARLY;COUNT=3"\n'
        text = to_ics(_timeline(write_events, body))
        assert "RRULE:FREQ=YEARLY;COUNT=3\r\n" in text
        calendar = icalendar.Calendar.from_ical(text)
        days = [
            occurrence["DTSTART"].dt
            for occurrence in recurring_ical_events.of(calendar).between(
                date(2010, 1, 1), date(2030, 1, 1)
            )
        ]
        assert days == [date(2013, 3, 4), date(2014, 3, 4), date(2015, 3, 4)]

    def test_a_timed_rule_with_a_utc_until_loads_and_exports(self, write_events: Any) -> None:
        """UNTIL in UTC for a timed event, as RFC 5545 asks, is accepted and kept."""
        body = WEEK.format(id="t", title="t", date="2012-11-14T10:00:00+06:00")
        body += 'repeat = "FREQ=WEEKLY;UNTIL=20121205T040000Z"\n'
        timeline = _timeline(write_events, body)
        assert len(timeline.between("2012-11", "2012-12")) == 4
        text = to_ics(timeline)
        assert "RRULE:FREQ=WEEKLY;UNTIL=20121205T040000Z\r\n" in text
        assert "DTSTART;TZID=Etc/GMT-6:20121114T100000\r\n" in text


class TestWriting:
    def test_write_ics_writes_the_same_bytes(self, tmp_path: Path, timeline: Timeline) -> None:
        path = write_ics(timeline, tmp_path / "out.ics")
        assert path.read_bytes() == to_ics(timeline).encode("utf-8")

    def test_cli_writes_to_a_path_or_stdout(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], calendar_text: str
    ) -> None:
        target = tmp_path / "cal.ics"
        assert main(["ics", str(EVENTS), "-o", str(target)]) == 0
        assert target.read_bytes() == calendar_text.encode("utf-8")
        capsys.readouterr()
        assert main(["ics", str(EVENTS), "-o", "-"]) == 0
        assert capsys.readouterr().out == calendar_text

    def test_cli_default_path_is_in_exports(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "events.toml").write_bytes(EVENTS.read_bytes())
        assert main(["ics"]) == 0
        assert (tmp_path / "exports" / "events.ics").is_file()

    def test_cli_empty_selection_is_one_line_and_exit_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        target = tmp_path / "cal.ics"
        target.write_text("earlier", encoding="utf-8")
        assert main(["ics", str(EVENTS), "--kind", "nothing", "-o", str(target)]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1
        assert "no events to export as iCalendar" in error
        assert target.read_text(encoding="utf-8") == "earlier"


class TestQueryResults:
    def test_each_occurrence_names_the_occurrence_of_the_whole_calendar_it_is(self) -> None:
        """A calendar of one month's occurrences has one VEVENT per occurrence, each with the
        UID and RECURRENCE-ID recurring-ical-events gives that occurrence in the whole
        calendar, so importing it updates those occurrences instead of clashing; an also_on
        date is the VEVENT of its own UID that the whole calendar has for it."""
        from tests.test_ical_clients import CLOCK_CHANGES

        timeline = kztimeline.loads(CLOCK_CHANGES)
        part = _vevents(to_ics(timeline.between("2024-01", "2024-01")))
        named = sorted(
            (str(item["UID"]), item["RECURRENCE-ID"].dt.isoformat())
            for item in part
            if "RECURRENCE-ID" in item
        )
        extra = sorted(
            (str(item["UID"]), item["DTSTART"].dt.isoformat())
            for item in part
            if "RECURRENCE-ID" not in item
        )
        assert len(named) + len(extra) == len(part) == len(set(named)) + len(set(extra))
        assert len(extra) == 2
        whole = icalendar.Calendar.from_ical(to_ics(timeline))
        expected = sorted(
            (str(item["UID"]), item["RECURRENCE-ID"].dt.isoformat())
            for item in recurring_ical_events.of(whole).between(date(2024, 1, 1), date(2024, 2, 1))
            if "RECURRENCE-ID" in item and "X-KZTIMELINE-ALSO-OF" not in item
        )
        assert named == expected
        siblings = sorted(
            (str(item["UID"]), item["DTSTART"].dt.isoformat())
            for item in whole.walk("VEVENT")
            if "X-KZTIMELINE-ALSO-OF" in item
        )
        assert extra == siblings


class TestAlsoOn:
    """Each also_on date is a VEVENT of its own (sabre/vobject drops an RRULE beside RDATE),
    tied to its event as agreed with the importer."""

    BODY = WEEK.format(id="w", title="Weekly, in Almaty", date="2024-01-01T00:30:00") + (
        'end = 2024-01-01T01:30:00\ntimezone = "Asia/Almaty"\nplace = "Astana"\n'
        'repeat = "FREQ=WEEKLY;COUNT=3"\nalso_on = [2024-01-17, 2024-01-18T09:00:00]\n'
    )

    def test_no_rdate_and_one_vevent_per_date_with_the_events_texts(
        self, write_events: Any
    ) -> None:
        text = to_ics(_timeline(write_events, self.BODY))
        assert "RDATE" not in text.split("END:VTIMEZONE")[-1]
        main, *extra = _vevents(text)
        assert str(main["UID"]) == "w@kztimeline.invalid"
        assert [str(item["UID"]) for item in extra] == [
            "w.also-20240117T003000@kztimeline.invalid",
            "w.also-20240118T090000@kztimeline.invalid",
        ]
        for item in extra:
            assert "RRULE" not in item
            assert str(item["RELATED-TO"]) == "w@kztimeline.invalid"
            assert item["RELATED-TO"].params["RELTYPE"] == "SIBLING"
            assert str(item["X-KZTIMELINE-ALSO-OF"]) == "w@kztimeline.invalid"
            for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "X-KZTIMELINE-EVENT"):
                assert str(item[name]) == str(main[name]), name
            # The event's own length, an hour, in its zone.
            assert item["DTEND"].dt - item["DTSTART"].dt == timedelta(hours=1)
            assert item["DTSTART"].params["TZID"] == "Asia/Almaty"
        # A day of a timed event is at the event's own wall time; a date-time at its own.
        assert [item["DTSTART"].dt.strftime("%d %H:%M") for item in extra] == [
            "17 00:30",
            "18 09:00",
        ]

    def test_an_all_day_date_is_a_day_as_long_as_the_event(self, write_events: Any) -> None:
        body = WEEK.format(id="y", title="Yearly", date='"2020-11-12/2020-11-13"')
        body += 'repeat = "FREQ=YEARLY;COUNT=2"\nalso_on = [2022-11-14]\n'
        text = to_ics(_timeline(write_events, body))
        assert "UID:y.also-20221114@kztimeline.invalid\r\nDTSTAMP:" in text
        assert "DTSTART;VALUE=DATE:20221114\r\nDTEND;VALUE=DATE:20221116\r\n" in text


class TestFixedOffsets:
    def test_an_offset_no_zone_names_is_utc_without_a_rule(self, write_events: Any) -> None:
        """calcurse reads TZID=UTC+0545 as 545 hours; the instant in UTC reads the same
        everywhere, and X-KZTIMELINE-DATE keeps the offset as written."""
        body = WEEK.format(id="q", title="q", date="2024-02-22T09:00:00+05:45")
        body += "end = 2024-02-22T10:00:00+05:45\n"
        text = to_ics(_timeline(write_events, body))
        assert "DTSTART:20240222T031500Z\r\nDTEND:20240222T041500Z\r\n" in text
        assert "VTIMEZONE" not in text
        assert "X-KZTIMELINE-DATE:2024-02-22T09:00:00+05:45\r\n" in text

    def test_with_a_rule_it_keeps_its_wall_time_in_a_zone_sabre_can_name(
        self, write_events: Any
    ) -> None:
        body = WEEK.format(id="q", title="q", date="2024-02-22T01:00:00+05:45")
        body += 'repeat = "FREQ=WEEKLY;BYDAY=TH;COUNT=2"\n'
        text = to_ics(_timeline(write_events, body))
        assert "DTSTART;TZID=UTC+0545:20240222T010000\r\n" in text
        assert "TZID:UTC+0545\r\nX-LIC-LOCATION:GMT+0545\r\n" in text
