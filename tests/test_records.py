"""The records: an event's occurrences, built in one place for the rule and the index."""

from __future__ import annotations

from datetime import date

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
