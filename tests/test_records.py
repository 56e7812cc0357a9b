"""The records: an event's occurrences, built in one place for the rule and the index."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import kztimeline
from kztimeline.errors import FieldProblem, KztimelineError, TimelineFileError

YEARLY = """\
[timeline]
title = "T"
[sources.a]
title = "A"
[[events]]
id = "session"
title = "Session"
date = "2012-11-12/2012-11-14"
repeat = "FREQ=YEARLY;COUNT=3"
sources = ["a"]
"""


class TestOccurrenceOn:
    def test_moves_the_extent_and_marks_the_occurrence(self) -> None:
        event = kztimeline.loads(YEARLY)["session"]
        occurrence = event.occurrence_on(date(2013, 11, 12))
        assert (occurrence.first_day, occurrence.last_day) == (
            date(2013, 11, 12),
            date(2013, 11, 14),
        )
        assert occurrence.recurrence_id == date(2013, 11, 12)
        assert occurrence.repeat is None
        assert occurrence.id == "session"
        assert event.recurrence_id is None
        assert event.repeat == "FREQ=YEARLY;COUNT=3"

    def test_is_what_occurrences_yields(self) -> None:
        event = kztimeline.loads(YEARLY)["session"]
        expanded = list(event.occurrences(date(2000, 1, 1), date(2030, 1, 1)))
        assert expanded == [event.occurrence_on(o.first_day) for o in expanded]
        assert [o.first_day.year for o in expanded] == [2012, 2013, 2014]


class TestFieldProblem:
    def test_is_in_the_tree_and_reported_as_the_field_it_names(self) -> None:
        assert issubclass(FieldProblem, KztimelineError)
        assert issubclass(FieldProblem, ValueError)
        text = YEARLY.replace('date = "2012-11-12/2012-11-14"', "date = 2012-11-12T10:00:00Z")
        text = text.replace('repeat = "FREQ=YEARLY;COUNT=3"', 'timezone = "Asia/Almaty"')
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.loads(text)
        assert caught.value.field == "timezone"
        assert "already has an offset" in str(caught.value)


HEAD = (
    '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n'
    '[[events]]\nid = "e"\ntitle = "E"\nsources = ["a"]\n'
)


def _refusal(body: str) -> str:
    with pytest.raises(TimelineFileError) as caught:
        kztimeline.loads(HEAD + body)
    return str(caught.value)


class TestTimedEnd:
    def test_a_local_end_is_read_in_the_events_zone(self) -> None:
        event = kztimeline.loads(
            HEAD
            + 'date = 2024-03-01T23:00:00\nend = 2024-03-02T01:00:00\ntimezone = "Asia/Almaty"\n'
        )["e"]
        assert event.end is not None
        assert event.date.until == event.end
        assert event.end.utcoffset() == timedelta(hours=5)
        assert (event.first_day, event.last_day) == (date(2024, 3, 1), date(2024, 3, 2))
        assert event.date.label() == "1 Mar 2024, 23:00 – 2 Mar 01:00 UTC+05:00"

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ("date = 2024-03-01\nend = 2024-03-02T01:00:00\n", "end: applies only to a date-time"),
            (
                "date = 2024-03-01T10:00:00+06:00\nend = 2024-03-01T09:00:00+06:00\n",
                "end: the end 2024-03-01T09:00:00+06:00 is not after the start",
            ),
            ("date = 2024-03-01T10:00:00+06:00\nend = 2024-03-02\n", "end: must be a date-time"),
        ],
    )
    def test_a_wrong_end_is_refused_in_one_line(self, body: str, message: str) -> None:
        assert message in _refusal(body)


class TestRuleExceptions:
    WEEKLY = 'date = 2024-01-01\nrepeat = "FREQ=WEEKLY;COUNT=5"\n'

    def _days(self, body: str) -> list[tuple[date, str]]:
        timeline = kztimeline.loads(HEAD + self.WEEKLY + body)
        return [(e.first_day, e.title) for e in timeline.between("2024", "2024")]

    def test_except_on_also_on_and_a_change_are_honoured_by_queries(self) -> None:
        body = (
            "except_on = [2024-01-08]\nalso_on = [2024-01-10]\n"
            '[[events.changes]]\noccurrence = 2024-01-15\ndate = 2024-01-16\ntitle = "Moved"\n'
        )
        assert self._days(body) == [
            (date(2024, 1, 1), "E"),
            (date(2024, 1, 10), "E"),
            (date(2024, 1, 16), "Moved"),
            (date(2024, 1, 22), "E"),
            (date(2024, 1, 29), "E"),
        ]

    def test_a_moved_occurrence_is_found_on_its_new_day_only(self) -> None:
        body = "[[events.changes]]\noccurrence = 2024-01-15\ndate = 2024-03-01\n"
        timeline = kztimeline.loads(HEAD + self.WEEKLY + body)
        assert [e.recurrence_id for e in timeline.between("2024-03-01", "2024-03-01")] == [
            date(2024, 1, 15)
        ]
        assert list(timeline.between("2024-01-15", "2024-01-15")) == []

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            (
                "except_on = [2024-01-09]\n",
                "except_on: the rule gives no occurrence on 2024-01-09; did you mean 2024-01-08?",
            ),
            (
                "[[events.changes]]\noccurrence = 2024-01-09\n",
                "changes: there is no occurrence on 2024-01-09 to change",
            ),
            (
                "[[events.changes]]\noccurrence = 2024-01-08\ndate = 2024-01-09T10:00:00+06:00\n",
                "changes: the new date of 2024-01-08 must be a day or days",
            ),
            (
                "also_on = [2024-01-10T10:00:00+06:00]\n",
                "also_on: 2024-01-10T10:00:00+06:00: give a day",
            ),
        ],
    )
    def test_an_exception_that_does_not_fit_is_refused(self, body: str, message: str) -> None:
        assert message in _refusal(self.WEEKLY + body)

    def test_exceptions_need_a_rule(self) -> None:
        assert "except_on: applies only to a repeating event" in _refusal(
            "date = 2024-01-01\nexcept_on = [2024-01-08]\n"
        )


class TestRuleGivesItsStart:
    def test_a_start_the_rule_does_not_give_is_refused_with_the_first_real_one(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        from kztimeline.cli import main

        path = tmp_path / "events.toml"
        path.write_text(HEAD + 'date = 2012-11-12\nrepeat = "FREQ=MONTHLY;BYMONTHDAY=-1"\n')
        assert main(["validate", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "event 'e': repeat: the rule does not give the start 2012-11-12 itself" in err
        assert err.rstrip().endswith("date = 2012-11-30")

    def test_a_timed_start_is_proposed_in_its_written_form(self) -> None:
        message = _refusal(
            'date = 2024-01-02T09:00:00\ntimezone = "Europe/Berlin"\n'
            'repeat = "FREQ=WEEKLY;BYDAY=MO"\n'
        )
        assert message.endswith("date = 2024-01-08T09:00:00")


BRIEFINGS = """\
[timeline]
title = "T"
[sources.a]
title = "A"
[[events]]
id = "briefing"
title = "Briefing"
date = 2024-01-01T09:30:00
end = 2024-01-01T10:30:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;BYDAY=MO"
tags = ["press"]
sources = ["a"]
[[events.changes]]
occurrence = 2024-01-15
title = "Briefing on the budget"
place = "Astana"
"""


def test_an_occurrence_is_the_series_copied_by_pydantic_with_its_own_fields() -> None:
    # Occurrences are built without pydantic's generic copy; they must not differ from it in
    # fields, fields set, equality, hash or dump, changed occurrence or not.
    series = kztimeline.loads(BRIEFINGS)["briefing"]
    occurrences = series.occurrences(date(2024, 1, 8), date(2024, 1, 22))
    seen = []
    for occurrence in occurrences:
        assert occurrence.recurrence_id is not None
        update: dict[str, Any] = {
            "date": occurrence.date,
            "end": occurrence.date.until,
            "repeat": None,
            "except_on": (),
            "also_on": (),
            "changes": (),
        }
        change = series.change_of(occurrence.recurrence_id)
        if change is not None:
            update.update(title=change.title, place=change.place)
        copied = series.model_copy(update=update)
        assert occurrence == copied
        assert hash(occurrence) == hash(copied)
        assert occurrence.model_fields_set == copied.model_fields_set
        assert occurrence.model_dump() == copied.model_dump()
        assert occurrence.model_dump_json() == copied.model_dump_json()
        assert occurrence.repeat_words == series.repeat_words
        assert occurrence.occurrence_rule is None
        seen.append((occurrence.recurrence_id, occurrence.title, occurrence.place))
    assert seen == [
        (date(2024, 1, 8), "Briefing", None),
        (date(2024, 1, 15), "Briefing on the budget", "Astana"),
        (date(2024, 1, 22), "Briefing", None),
    ]
    assert series.title == "Briefing"
    assert series.changes


def test_repeat_words_and_notes_say_status_rule_and_its_exceptions(write_events: Any) -> None:
    timeline = kztimeline.load(
        write_events(
            '[[events]]\nid = "b"\ntitle = "Briefing"\ndate = 2024-01-01T00:30:00\n'
            'timezone = "Asia/Almaty"\nrepeat = "FREQ=WEEKLY;COUNT=12"\n'
            'except_on = [2024-01-15]\nalso_on = [2024-01-17]\nstatus = "tentative"\n'
            'sources = ["a"]\n'
            '[[events]]\nid = "c"\ntitle = "Confirmed"\ndate = 2024-01-01\n'
            'status = "confirmed"\nsources = ["a"]\n'
        )
    )
    briefing = timeline["b"]
    assert briefing.repeat_words == (
        "every Monday at 00:30 (Asia/Almaty), 12 times, except 15 January 2024, "
        "also on 17 January 2024"
    )
    assert briefing.notes == ("tentative", briefing.repeat_words)
    assert timeline["c"].notes == ()
    assert timeline["c"].repeat_words is None


@pytest.mark.parametrize(
    ("date", "kind", "expected"),
    [
        ('"2013-01-01/2015"', None, True),  # a known span of years
        ('"2012-01-17/2012-12-31"', "term", True),  # a term, under a year
        ('"2012-01-17/2012-12-31"', "meeting", False),  # under a year, not a term
        ('"2012-01-01/2012-12-30"', None, True),  # exactly 365 days
        ('"2012-01-01/2012-12-29"', None, False),  # 364 days
        ('"2010"', None, False),  # one year-precision date is one vague point, not a span
        ('"2010"', "term", False),
        ('"../2012"', "term", False),  # an open side is an unknown end
        ('"2013-01-01/.."', None, False),
        ("2012-11-12", "term", False),  # one day
        ("2012-11-12T10:00:00+06:00", "term", False),  # an instant
    ],
)
def test_one_rule_says_what_a_long_period_is(
    write_events: Any, date: str, kind: str | None, expected: bool
) -> None:
    """The picture's background bands and TimelineJS's eras both ask Event.is_long_period."""
    kind_line = f'kind = "{kind}"\n' if kind else ""
    body = f'[[events]]\nid = "e"\ntitle = "E"\ndate = {date}\n{kind_line}sources = ["a"]\n'
    assert kztimeline.load(write_events(body))["e"].is_long_period is expected
