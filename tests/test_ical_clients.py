"""kztimeline's calendar, expanded by software we did not write, against kztimeline's own
occurrences (what ``list`` shows): every start and end instant, across clock changes.

- recurring-ical-events over icalendar (Python);
- ical.js, Mozilla's parser, the one in Thunderbird (node; installed by ``.ci/run`` from
  ``tests/js/package.json``);
- Python ``ical``, the parser of Home Assistant, and node-ical (node, the same way);
- sabre/vobject, the parser of Nextcloud and Baikal (Debian's ``php-sabre-vobject``);
- calcurse, and the CalDAV server xandikos (``test_xandikos``).

The zones are Almaty (from +6 to +5 at midnight on 1 March 2024), Berlin and New York, and the
rules the issue found moving: a Monday 00:30 in Almaty, a weekly 02:30 in Berlin over the
October change, a monthly 31st at 03:00, an offset date-time with BYDAY.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

import kztimeline
from kztimeline import Timeline
from kztimeline.ical import to_ics
from tests.calendar_clients import (
    Occurrence,
    calcurse_of,
    day_by_day,
    home_assistant_of,
    ical_js_of,
    node_ical_of,
    ours,
    recurring_ical_events_of,
    sabre_of,
    written,
)

Client = Callable[[Path, date, date], list[Occurrence]]

FIRST, LAST = date(2023, 12, 1), date(2025, 1, 31)

CLOCK_CHANGES = """
[timeline]
title = "Clock changes"

[sources.a]
title = "A"

[[events]]
id = "almaty-monday"
title = "Monday 00:30 in Almaty"
date = 2024-01-01T00:30:00
end = 2024-01-01T01:30:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;BYDAY=MO;COUNT=14"
except_on = [2024-01-15]
also_on = [2024-01-17, 2024-01-18T09:00:00]
sources = ["a"]

[[events.changes]]
occurrence = 2024-01-22
date = 2024-01-23T10:00:00
title = "Monday meeting, moved to Tuesday"

[[events.changes]]
occurrence = 2024-02-26
end = 2024-02-26T03:00:00
place = "Astana"
description = "Longer, in Astana."

[[events.changes]]
occurrence = 2024-03-11
status = "cancelled"

[[events]]
id = "almaty-31st"
title = "On the 31st at 03:00 in Almaty"
date = 2024-01-31T03:00:00
timezone = "Asia/Almaty"
repeat = "FREQ=MONTHLY;COUNT=7"
sources = ["a"]

[[events]]
id = "berlin-weekly"
title = "Weekly 02:30 in Berlin"
date = 2024-10-07T02:30:00
end = 2024-10-07T04:00:00
timezone = "Europe/Berlin"
repeat = "FREQ=WEEKLY;UNTIL=20241111T013000Z"
sources = ["a"]

[[events]]
id = "new-york"
title = "Monday and Wednesday 09:00 in New York"
date = 2024-03-04T09:00:00
end = 2024-03-04T10:00:00
timezone = "America/New_York"
repeat = "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=20"
except_on = [2024-03-13]
sources = ["a"]

[[events]]
id = "offset-monday"
title = "Monday 23:30 at +06:00"
date = 2024-02-26T23:30:00+06:00
repeat = "FREQ=WEEKLY;BYDAY=MO;COUNT=4"
sources = ["a"]

[[events]]
id = "utc-daily"
title = "Daily 12:00 UTC"
date = 2024-03-30T12:00:00Z
end = 2024-03-30T12:15:00Z
repeat = "FREQ=DAILY;COUNT=3"
sources = ["a"]

[[events]]
id = "overnight"
title = "Overnight in Berlin"
date = 2024-10-26T22:00:00
end = 2024-10-27T06:00:00
timezone = "Europe/Berlin"
sources = ["a"]

[[events]]
id = "anniversary"
title = "Yearly on 12 November"
date = 2023-11-12
repeat = "FREQ=YEARLY;COUNT=3"
except_on = [2024-11-12]
sources = ["a"]

[[events]]
id = "conference"
title = "Three days"
date = "2024-05-14/2024-05-16"
sources = ["a"]
"""


@pytest.fixture(scope="module")
def clock_timeline() -> Timeline:
    return kztimeline.loads(CLOCK_CHANGES)


@pytest.fixture(scope="module")
def clock_calendar(clock_timeline: Timeline) -> str:
    return to_ics(clock_timeline)


class TestOurOwnOccurrences:
    """What the clients are compared with is right in itself: local weekday and wall time."""

    def test_almaty_keeps_monday_0030_across_the_change_to_utc_plus_5(
        self, clock_timeline: Timeline
    ) -> None:
        found = [
            e.date.time
            for e in clock_timeline.between("2024-02", "2024-03")
            if e.id == "almaty-monday" and e.date.time is not None
        ]
        # Four Mondays of February at +06:00, four of March at +05:00.
        assert [(m.strftime("%a %H:%M"), m.utcoffset()) for m in found] == [
            ("Mon 00:30", timedelta(hours=6))
        ] * 4 + [("Mon 00:30", timedelta(hours=5))] * 4

    def test_the_31st_never_becomes_the_1st(self, clock_timeline: Timeline) -> None:
        days = [
            e.first_day for e in clock_timeline.between("2024", "2025") if e.id == "almaty-31st"
        ]
        assert [day.day for day in days] == [31] * 7


@pytest.fixture(scope="module")
def clock_file(clock_timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(clock_timeline, tmp_path_factory.mktemp("clock") / "clock.ics")


@pytest.fixture(scope="module")
def bundled_file(timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(timeline, tmp_path_factory.mktemp("bundled") / "events.ics")


def test_recurring_ical_events(clock_timeline: Timeline, clock_calendar: str) -> None:
    theirs = recurring_ical_events_of(clock_calendar, FIRST, LAST)
    assert theirs == ours(clock_timeline, FIRST, LAST)


@pytest.mark.parametrize("client", [ical_js_of, home_assistant_of, sabre_of])
def test_every_occurrence_matches(
    clock_timeline: Timeline, clock_file: Path, client: Client
) -> None:
    """Changed occurrences (RECURRENCE-ID) included, which calcurse does not read."""
    assert client(clock_file, FIRST, LAST) == ours(clock_timeline, FIRST, LAST)


def test_node_ical_gives_every_occurrence_but_the_31st(
    clock_timeline: Timeline, clock_file: Path
) -> None:
    """Changed occurrences included; node-ical's monthly 31st is a known difference,
    ``test_ical_matrix.test_clients_differ_on_a_day_a_month_does_not_have``."""
    theirs = node_ical_of(clock_file, FIRST, LAST)
    mine = ours(clock_timeline, FIRST, LAST)
    assert [item for item in theirs if not item[0].startswith("almaty-31st@")] == [
        item for item in mine if not item[0].startswith("almaty-31st@")
    ]


@pytest.mark.parametrize("client", [ical_js_of, home_assistant_of, node_ical_of, sabre_of])
def test_the_bundled_timeline_reads_on_the_same_days(
    timeline: Timeline, bundled_file: Path, client: Client
) -> None:
    first, last = date(2000, 1, 1), date(2020, 12, 31)
    assert client(bundled_file, first, last) == ours(timeline, first, last)


def test_calcurse_shows_the_bundled_timeline_on_the_same_days(
    timeline: Timeline, bundled_file: Path, tmp_path: Path
) -> None:
    """All-day events only, so the zone of the computer does not matter."""
    first, last = date(2000, 1, 1), date(2020, 12, 31)
    mine = [(title, start, end, title) for _, start, end, title in ours(timeline, first, last)]
    theirs = calcurse_of(bundled_file, "Pacific/Kiritimati", first, last, tmp_path)
    assert theirs == day_by_day(mine)
