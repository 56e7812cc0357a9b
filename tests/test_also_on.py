"""``also_on`` without ``repeat`` (an event on several dates), and the exceptions that calendar
software reads otherwise than written, which validate refuses (RFC 5545 §3.8.5)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

import kztimeline
from kztimeline.cli import main
from kztimeline.dates import EventDate
from kztimeline.errors import KztimelineError
from kztimeline.ical.reader import import_ics
from kztimeline.recurrence import occurrence_dates

HEAD = '[timeline]\ntitle = "T"\n\n[sources.a]\ntitle = "A"\n\n'
TALK = (
    '[[events]]\nid = "talk"\ntitle = "Talk"\nsources = ["a"]\n'
    'date = 2024-03-01T18:00:00\ntimezone = "Europe/Berlin"\n'
    "also_on = [2024-03-08, 2024-04-02T19:30:00]\n"
)
FAIR = '[[events]]\nid = "fair"\ntitle = "Fair"\nsources = ["a"]\ndate = 2024-05-01\n'
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def timeline() -> kztimeline.Timeline:
    return kztimeline.loads(HEAD + TALK + "\n" + FAIR + "also_on = [2024-06-01]\n")


class TestSeveralDates:
    def test_an_event_may_have_extra_dates_without_a_rule(
        self, timeline: kztimeline.Timeline
    ) -> None:
        assert timeline["talk"].repeat is None
        assert timeline["talk"].is_recurring

    def test_a_query_gives_each_date(self, timeline: kztimeline.Timeline) -> None:
        found = timeline.between("2024-03-02", "2024-12-31")
        assert [(event.id, event.date.text) for event in found] == [
            ("talk", "2024-03-08T18:00:00"),
            ("talk", "2024-04-02T19:30:00"),
            ("fair", "2024-05-01"),
            ("fair", "2024-06-01"),
        ]

    def test_list_says_the_other_dates(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEAD + FAIR + "also_on = [2024-06-01]\n", encoding="utf-8")
        assert main(["list", str(path), "--json"]) == 0
        (record,) = json.loads(capsys.readouterr().out)
        assert record["also_on"] == ["2024-06-01"]

    def test_the_calendar_gives_every_date_to_other_software(
        self, timeline: kztimeline.Timeline
    ) -> None:
        calendar = icalendar.Calendar.from_ical(kztimeline.to_ics(timeline))
        starts = [
            occurrence.start
            for occurrence in recurring_ical_events.of(calendar).between(
                date(2024, 1, 1), date(2025, 1, 1)
            )
        ]
        assert starts == [
            datetime(2024, 3, 1, 18, tzinfo=BERLIN),
            datetime(2024, 3, 8, 18, tzinfo=BERLIN),
            datetime(2024, 4, 2, 19, 30, tzinfo=BERLIN),
            date(2024, 5, 1),
            date(2024, 6, 1),
        ]

    def test_import_reads_rdate_without_rrule_back_as_also_on(
        self, timeline: kztimeline.Timeline
    ) -> None:
        again = kztimeline.loads(kztimeline.from_ics(kztimeline.to_ics(timeline)))
        assert again["talk"].also_on == timeline["talk"].also_on
        assert again["fair"].also_on == (date(2024, 6, 1),)

    def test_one_of_the_dates_may_be_changed(self) -> None:
        change = '\n[[events.changes]]\noccurrence = 2024-06-01\ntitle = "Fair, in June"\n'
        found = kztimeline.loads(HEAD + FAIR + "also_on = [2024-06-01]\n" + change)
        titles = [event.title for event in found.between("2024-01-01", "2024-12-31")]
        assert titles == ["Fair", "Fair, in June"]

    def test_except_on_still_needs_a_rule(self) -> None:
        with pytest.raises(KztimelineError, match="except_on: applies only to a repeating event"):
            kztimeline.loads(HEAD + FAIR + "also_on = [2024-06-01]\nexcept_on = [2024-05-01]\n")


WEEKLY = HEAD + FAIR + 'repeat = "FREQ=WEEKLY;COUNT=4"\n'


class TestRefusedExceptions:
    def test_also_on_a_day_the_rule_gives_is_refused(self) -> None:
        with pytest.raises(
            KztimelineError,
            match=r":13: event 'fair': also_on: the rule already gives 2024-05-08; remove it",
        ):
            kztimeline.loads(WEEKLY + "also_on = [2024-05-08]\n")

    def test_also_on_and_except_on_on_one_day_is_refused(self) -> None:
        with pytest.raises(
            KztimelineError, match=r"also_on: 2024-05-15 is also in except_on.*one of the two"
        ):
            kztimeline.loads(WEEKLY + "except_on = [2024-05-15]\nalso_on = [2024-05-15]\n")

    def test_another_time_on_a_day_the_rule_gives_is_an_extra_occurrence(self) -> None:
        timed = HEAD + TALK.replace("also_on = [2024-03-08, ", 'repeat = "FREQ=WEEKLY;COUNT=2"\n')
        extra = "also_on = [2024-03-08T20:00:00]"
        found = kztimeline.loads(timed.replace("2024-04-02T19:30:00]", extra))
        assert [event.date.text for event in found.between("2024-03-01", "2024-03-31")] == [
            "2024-03-01T18:00:00",
            "2024-03-08T18:00:00",
            "2024-03-08T20:00:00",
        ]

    def test_the_expansion_leaves_out_an_extra_date_that_is_excluded(self) -> None:
        """RFC 5545: EXDATE wins over RDATE, whatever the model lets through."""
        days = [
            day
            for day, _ in occurrence_dates(
                "FREQ=WEEKLY;COUNT=2",
                EventDate.on(date(2024, 5, 1)),
                date(2024, 1, 1),
                date(2024, 12, 31),
                skipped={date(2024, 5, 20)},
                extra=(date(2024, 5, 20), date(2024, 5, 21)),
            )
        ]
        assert days == [date(2024, 5, 1), date(2024, 5, 8), date(2024, 5, 21)]


def _vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", "DTSTAMP:20240101T000000Z", *lines, "END:VEVENT"]


# Each also_on date as its own VEVENT, tied to its series: how kztimeline writes them, since
# sabre/vobject ignores the RRULE of a VEVENT that has an RDATE.
SIBLINGS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//kztimeline//EN",
        *_vevent(
            "UID:talk@x", "DTSTART:20240101T100000Z", "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Talk"
        ),
        *_vevent(
            "UID:talk.also-20240110@x",
            "RELATED-TO;RELTYPE=SIBLING:talk@x",
            "X-KZTIMELINE-ALSO-OF:talk@x",
            "DTSTART:20240110T100000Z",
            "SUMMARY:Talk",
        ),
        *_vevent(
            "UID:talk.also-20240111T120000@x",
            "RELATED-TO;RELTYPE=SIBLING:talk@x",
            "X-KZTIMELINE-ALSO-OF:talk@x",
            "DTSTART:20240111T120000Z",
            "SUMMARY:Talk",
        ),
        *_vevent(
            "UID:other@x",
            "X-KZTIMELINE-ALSO-OF:missing@x",
            "DTSTART:20240105T100000Z",
            "SUMMARY:Other",
        ),
        "END:VCALENDAR",
        "",
    ]
)


class TestSiblingsAreFoldedBack:
    def test_each_extra_date_vevent_returns_to_also_on(self) -> None:
        imported = import_ics(SIBLINGS)
        timeline = kztimeline.loads(imported.toml)
        assert [event.id for event in timeline] == ["talk", "other"]
        assert timeline["talk"].also_on == (
            date(2024, 1, 10),
            datetime(2024, 1, 11, 12, tzinfo=UTC),
        )
        # Only the VEVENT whose series is not in the file keeps the property, and cannot.
        assert imported.not_kept == ("<calendar>: not kept: 1 × X-KZTIMELINE-ALSO-OF properties",)

    def test_the_occurrences_are_those_other_software_reads(self) -> None:
        calendar = icalendar.Calendar.from_ical(SIBLINGS)
        expected = sorted(
            occurrence.start
            for occurrence in recurring_ical_events.of(calendar).between(
                date(2024, 1, 1), date(2025, 1, 1)
            )
        )
        timeline = kztimeline.loads(kztimeline.from_ics(SIBLINGS))
        found = sorted(event.date.time for event in timeline.between("2024-01-01", "2024-12-31"))
        assert found == expected
