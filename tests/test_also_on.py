"""``also_on`` without ``repeat`` (an event on several dates), and the exceptions that calendar
software reads otherwise than written, which validate refuses (RFC 5545 §3.8.5)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

import kztimeline
from kztimeline.cli import main
from kztimeline.dates import EventDate
from kztimeline.errors import KztimelineError
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
