"""Importing real calendars: every test calendar shipped in the ``icalendar`` and
``recurring-ical-events`` wheels, written by Google, Outlook/Exchange, Apple, Thunderbird,
Cyrus and others, including broken ones.

For each file: no internal error; a refusal is one line that names the file (and the line,
where the problem is on one); and where recurring-ical-events can expand the original, the
occurrences of the import, exported again, are the original's over 1990-2030, or each
occurrence that differs belongs to a UID that the import named on stderr.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

import icalendar
import pytest
import recurring_ical_events

from kztimeline.cli import main
from kztimeline.errors import CalendarError
from kztimeline.ical._properties import id_from_uid
from kztimeline.ical.reader import import_ics
from kztimeline.ical.writer import to_ics
from kztimeline.load import loads

_FOLDERS = (
    Path(icalendar.__file__).parent / "tests" / "calendars",
    Path(recurring_ical_events.__file__).parent / "test" / "calendars",
)
CALENDARS = sorted(path for folder in _FOLDERS for path in folder.glob("*.ics"))

# A refusal names a line unless the problem is the whole file.
_WHOLE_FILE = ("holds no VEVENT",)
# At most this many occurrences of one file are compared, to keep the test quick.
_MOST = 400
_FIRST, _LAST = datetime(1990, 1, 1), datetime(2030, 1, 1)


def test_the_calendars_of_both_wheels_are_found() -> None:
    assert len(CALENDARS) > 200


def _name(path: Path) -> str:
    return f"{path.parent.parent.name}-{path.name}"


def _key(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return f"floating {moment.isoformat()}"
        return moment.astimezone(UTC).isoformat()
    return f"day {moment.isoformat()}"


def _naive_utc(moment: date | datetime) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time())
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


Occurrences = dict[tuple[str, str], set[str]]


def _occurrences(text: str, last: datetime | None) -> tuple[Occurrences, datetime]:
    """For each (start, end) of an occurrence from 1990 on, the UIDs that give it; up to
    ``last``, or 2030, or the first :data:`_MOST` (the start after which none was counted)."""
    query = recurring_ical_events.of(icalendar.Calendar.from_ical(text))
    seen: list[tuple[datetime, tuple[str, str], str]] = []
    limit = last or _LAST
    # The second pass stops at the first's last start: an import may add a few it says.
    most = _MOST if last is None else 2 * _MOST
    for number, occurrence in enumerate(islice(query.after(_FIRST), most + 1)):
        moment = _naive_utc(occurrence.start)
        if moment >= limit:
            break
        if number == _MOST and last is None:
            limit = moment  # those at this very start may be cut in two: none is counted
            break
        span = (_key(occurrence.start), _key(occurrence.end))
        # An also_on date of ours is a VEVENT of its own, tied to its series by this property.
        uid = occurrence.get("X-KZTIMELINE-ALSO-OF", occurrence.get("UID", ""))
        seen.append((moment, span, str(uid) or "(none)"))
    found: Occurrences = {}
    for moment, span, uid in seen:
        if moment < limit:
            found.setdefault(span, set()).add(uid)
    return found, limit


def _uid_of_id(event_id: str, ids: dict[str, str]) -> str:
    """The original UID an event id of the import came from: the longest id it starts with."""
    matches = [own for own in ids if event_id == own or event_id.startswith(f"{own}-")]
    # An event with no UID gets an id from its title, and the import says "UID (none)".
    return ids[max(matches, key=len)] if matches else "(none)"


@pytest.mark.parametrize("path", CALENDARS, ids=_name)
def test_a_real_calendar_keeps_its_occurrences_or_says_which_it_changed(path: Path) -> None:
    """Over 1990-2030, the import exported again gives the original's occurrences; each one
    that differs belongs to a UID the import named on stderr."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        original, last = _occurrences(text, None)
    except Exception:  # what recurring-ical-events cannot expand is not compared
        pytest.skip("recurring-ical-events cannot expand it")
    try:
        imported, said = import_ics(text, path=path)
    except CalendarError:
        pytest.skip("refused, as the test above checks")
    again, _ = _occurrences(to_ics(loads(imported)), last)
    named = {found[1] for line in said if (found := re.search(r": UID (.*?): ", line))}
    ids = {id_from_uid(uid): uid for uids in original.values() for uid in uids if uid}
    unsaid = []
    for span in original.keys() - again.keys():
        if not original[span] & named:
            unsaid.append(f"lost {span} of {sorted(original[span])}")
    for span in again.keys() - original.keys():
        uids = {_uid_of_id(uid.rsplit("@", 1)[0], ids) for uid in again[span]}
        if not uids & named:
            unsaid.append(f"added {span} of {sorted(uids)}")
    assert not unsaid, "\n".join(sorted(unsaid)[:10])


@pytest.mark.parametrize("path", CALENDARS, ids=_name)
def test_a_real_calendar_is_imported_or_refused_in_one_line(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No internal error; a refusal is one line naming the file, and the line unless the
    problem is the whole file; an import names the file on every line it says."""
    code = main(["import", str(path), "-o", "-"])
    out, err = capsys.readouterr()
    assert code in (0, 2), err
    assert "internal error" not in err
    assert "Traceback" not in err
    said = err.splitlines()
    if code == 2:
        assert len(said) == 1
        assert not out
        if not any(problem in said[0] for problem in _WHOLE_FILE):
            assert re.match(rf"{re.escape(str(path))}:\d+: ", said[0]), said[0]
        return
    assert all(line.startswith(f"{path}") for line in said), said
    loads(out)


# --- Each shape found in those calendars, pinned on a small file ------------------------------


def _ics(*events: str) -> str:
    """A calendar of VEVENTs, each given as its property lines joined by "|"."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//EN"]
    for event in events:
        lines += ["BEGIN:VEVENT", *event.split("|"), "END:VEVENT"]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def _events(text: str, **options: Any) -> tuple[dict[str, Any], list[str]]:
    imported = import_ics(text, path="cal.ics", **options)
    return {event.id: event for event in loads(imported.toml).events}, list(imported.not_kept)


class TestOneValueEach:
    def test_a_second_dtstart_is_not_kept_and_said_with_its_line(self) -> None:
        found, said = _events(_ics("UID:a|DTSTART:20240101T100000Z|DTSTART:20240102T100000Z"))
        assert found["a"].date.time == datetime(2024, 1, 1, 10, tzinfo=UTC)
        assert said == ["cal.ics:7: UID a: not kept: the second DTSTART (only the first counts)"]

    def test_a_second_summary_is_not_kept_and_never_becomes_python_text(self) -> None:
        found, said = _events(_ics("UID:a|DTSTART;VALUE=DATE:20240101|SUMMARY:One|SUMMARY:Two"))
        assert found["a"].title == "One"
        assert said == ["cal.ics:8: UID a: not kept: the second SUMMARY (only the first counts)"]

    def test_a_second_different_rule_becomes_a_series_of_its_own(self) -> None:
        found, said = _events(
            _ics(
                "UID:a|DTSTART;VALUE=DATE:20240104|RRULE:FREQ=WEEKLY;COUNT=2"
                "|RRULE:FREQ=MONTHLY;BYDAY=2MO;COUNT=2"
            )
        )
        assert [(event.repeat, event.first_day) for event in found.values()] == [
            ("FREQ=WEEKLY;COUNT=2", date(2024, 1, 4)),
            ("FREQ=MONTHLY;BYDAY=2MO;COUNT=2", date(2024, 1, 8)),
        ]
        assert said == ["cal.ics:8: UID a: the second RRULE is kept as an event of its own"]


class TestVersions:
    SERIES = "UID:s|DTSTART;VALUE=DATE:20240101|RRULE:FREQ=DAILY;COUNT=3|SEQUENCE:{}|SUMMARY:{}"

    def test_only_the_latest_version_of_a_series_is_kept(self) -> None:
        found, said = _events(_ics(self.SERIES.format(2, "New"), self.SERIES.format(1, "Old")))
        assert [event.title for event in found.values()] == ["New"]
        assert said == [
            "cal.ics:4: UID s: kept the latest version of the series (SEQUENCE 2); "
            "1 older version dropped"
        ]

    def test_different_events_with_one_uid_and_version_are_kept_apart_and_said(self) -> None:
        found, said = _events(_ics(self.SERIES.format(0, "One"), self.SERIES.format(0, "Two")))
        assert sorted(event.title for event in found.values()) == ["One", "Two"]
        assert said == [
            "cal.ics:4: UID s: 2 different VEVENTs share this UID and version; "
            "each is kept as an event of its own"
        ]


class TestParts:
    def test_a_vevent_that_cannot_be_read_is_left_out_and_the_rest_imported(self) -> None:
        found, said = _events(_ics("UID:bad|SUMMARY:No start", "UID:good|DTSTART:20240101"))
        assert list(found) == ["good"]
        assert said == [
            "cal.ics:4: UID bad: not kept: this VEVENT, since a VEVENT has no DTSTART; give it one"
        ]

    def test_a_calendar_of_no_readable_vevent_is_refused_at_the_first_problem(self) -> None:
        with pytest.raises(CalendarError, match=r"^cal\.ics:7: DURATION: 'P999999999999999999W'"):
            import_ics(
                _ics("UID:a|DTSTART:20240101T100000Z|DURATION:P999999999999999999W"),
                path="cal.ics",
            )

    def test_a_timed_occurrence_made_all_day_becomes_an_event_of_its_own(self) -> None:
        found, said = _events(
            _ics(
                "UID:t|DTSTART:20240101T100000Z|RRULE:FREQ=DAILY;COUNT=3",
                "UID:t|RECURRENCE-ID:20240102T100000Z|DTSTART;VALUE=DATE:20240102",
            )
        )
        assert found["t"].except_on == (date(2024, 1, 2),)
        assert found["t-20240102"].date.text == "2024-01-02"
        assert said == [
            "cal.ics:9: UID t: this changed occurrence is kept as an event of its own, "
            "since one of the two is all-day and the other timed"
        ]

    def test_this_and_future_splits_the_series(self) -> None:
        found, said = _events(
            _ics(
                "UID:r|DTSTART:20240101T100000Z|RRULE:FREQ=DAILY;COUNT=5|SUMMARY:Old",
                "UID:r|RECURRENCE-ID;RANGE=THISANDFUTURE:20240103T100000Z"
                "|DTSTART:20240103T120000Z|SUMMARY:New",
            )
        )
        assert [(event.title, event.repeat) for event in found.values()] == [
            ("Old", "FREQ=DAILY;COUNT=2"),
            ("New", "FREQ=DAILY;COUNT=3"),
        ]
        assert found["r-20240103"].date.time == datetime(2024, 1, 3, 12, tzinfo=UTC)
        assert said == [
            "cal.ics:12: UID r: RANGE=THISANDFUTURE: the series ends before 2024-01-03, "
            "and from 2024-01-03 the changed part repeats as an event of its own"
        ]


class TestSaid:
    def test_an_end_before_the_start_is_said(self) -> None:
        found, said = _events(_ics("UID:e|DTSTART:20240101T100000Z|DTEND:20240101T090000Z"))
        assert found["e"].end is None
        assert said == ["cal.ics:7: UID e: DTEND is before DTSTART: imported with no end"]

    def test_a_day_with_a_date_time_end_is_said(self) -> None:
        found, said = _events(_ics("UID:e|DTSTART;VALUE=DATE:20240101|DTEND:20240103T000000"))
        assert found["e"].date.text == "2024-01-01/2024-01-02"
        assert said == [
            "cal.ics:7: UID e: DTSTART is a day and DTEND a date-time: imported as all-day"
        ]

    def test_spaces_around_a_title_are_said(self) -> None:
        found, said = _events(_ics("UID:e|DTSTART;VALUE=DATE:20240101|SUMMARY:Talk  "))
        assert found["e"].title == "Talk"
        assert said == [
            "cal.ics:7: UID e: SUMMARY: spaces at its ends, line breaks and runs of spaces "
            "are made one space"
        ]

    def test_a_floating_time_is_read_in_utc_and_said(self) -> None:
        found, said = _events(_ics("UID:f|DTSTART:20180115T100000"))
        assert found["f"].date.time == datetime(2018, 1, 15, 10, tzinfo=UTC)
        assert said == [
            "cal.ics:6: UID f: DTSTART has no time zone: read as UTC; give --zone NAME to read "
            "its times in a time zone"
        ]

    def test_a_floating_time_is_read_in_the_zone_given(self) -> None:
        found, said = _events(_ics("UID:f|DTSTART:20180115T100000"), zone="Europe/Berlin")
        assert (found["f"].timezone, found["f"].date.text) == (
            "Europe/Berlin",
            "2018-01-15T10:00:00",
        )
        assert said == ["cal.ics:6: UID f: DTSTART has no time zone: read in Europe/Berlin"]

    def test_an_unknown_zone_is_refused(self) -> None:
        with pytest.raises(CalendarError, match="'Mars/Base' is not an IANA time zone name"):
            import_ics(_ics("UID:f|DTSTART:20180115T100000"), zone="Mars/Base")

    def test_count_with_until_keeps_the_occurrences_before_until(self) -> None:
        found, said = _events(
            _ics("UID:c|DTSTART;VALUE=DATE:20240101|RRULE:FREQ=DAILY;UNTIL=20240103;COUNT=9")
        )
        assert found["c"].repeat == "FREQ=DAILY;COUNT=3"
        assert said == [
            "cal.ics:7: UID c: RRULE has both COUNT and UNTIL: kept as FREQ=DAILY;COUNT=3"
        ]


class TestBrokenPartsOfRealCalendars:
    """Lines dropped or repeated in the real calendars above, which icalendar's own code fails
    on: each is one line from kztimeline, never an internal error."""

    ZONE = (
        "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "{offsets}END:STANDARD\r\nEND:VTIMEZONE\r\n"
    )

    def _calendar(self, zone: str, *events: str) -> str:
        return _ics(*events).replace("BEGIN:VEVENT", zone + "BEGIN:VEVENT", 1)

    def test_a_zone_without_its_offsets_is_refused_in_one_line(self) -> None:
        text = self._calendar(
            self.ZONE.format(offsets=""), "UID:z|DTSTART;TZID=Custom:20240101T100000"
        )
        with pytest.raises(CalendarError, match=r"^cal\.ics: is not an iCalendar file: mandatory"):
            import_ics(text, path="cal.ics")

    def test_a_zone_with_two_names_is_refused_in_one_line(self) -> None:
        zone = self.ZONE.format(offsets="TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n")
        text = self._calendar(
            zone.replace("TZID:Custom", "TZID:Custom\r\nTZID:Other"),
            "UID:z|DTSTART:20240101T100000Z",
        )
        with pytest.raises(CalendarError, match=r"^cal\.ics: is not an iCalendar file: "):
            import_ics(text, path="cal.ics")

    def test_a_broken_recurrence_id_leaves_out_that_change_only(self) -> None:
        found, said = _events(
            _ics(
                "UID:r|DTSTART:20240101T100000Z|RRULE:FREQ=DAILY;COUNT=3",
                "UID:r|RECURRENCE-ID:nonsense|DTSTART:20240102T120000Z",
            )
        )
        assert found["r"].changes == ()
        assert said == [
            "cal.ics:11: UID r: not kept: this VEVENT, since RECURRENCE-ID: 'nonsense' is not "
            "a date such as 20121114"
        ]

    def test_a_period_that_ends_before_it_starts_is_not_kept(self) -> None:
        found, said = _events(
            _ics(
                "UID:p|DTSTART:20240101T100000Z|RRULE:FREQ=DAILY;COUNT=2"
                "|RDATE;VALUE=PERIOD:20240105T100000Z/20240105T090000Z"
            )
        )
        assert found["p"].also_on == ()
        assert len(said) == 1
        assert said[0].startswith("cal.ics:8: UID p: not kept: the RDATE period 2024-01-05")

    def test_an_until_that_is_no_date_keeps_the_event_once_and_says_so(self) -> None:
        found, said = _events(
            _ics("UID:u|DTSTART:20240101T100000Z|RRULE:FREQ=DAILY;UNTIL=20240105T1000000")
        )
        assert found["u"].repeat is None
        assert len(said) == 1
        assert said[0].startswith("cal.ics:7: UID u: not kept: the RRULE, which kztimeline cannot")
