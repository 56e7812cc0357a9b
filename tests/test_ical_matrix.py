"""One calendar, every client: recurring-ical-events, Python ``ical`` (Home Assistant), ical.js
(Thunderbird), node-ical, sabre/vobject (Nextcloud, Baikal) and calcurse show the same
occurrences, at the same instants, as ``list``.
(xandikos, a CalDAV server, finds the same events in each month: ``test_xandikos``.)

The file holds what clients were found to misread: fixed offsets (whole hours and not),
``also_on`` dates of a timed and an all-day rule, Almaty's summer time of 1992-2004 and its
change from +6 to +5 in 2024, New York and Berlin across both changes of a year, a moment
without an end, and UTC. The rules with ``except_on`` end with UNTIL: calcurse counts COUNT
after the exceptions (``test_calcurse_counts_a_rule_after_its_exceptions``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import kztimeline
from kztimeline import Event, Timeline
from kztimeline.errors import TimelineFileWarning
from kztimeline.ical.zones import tzid_of
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
from tests.test_doubtful_times import DOUBTFUL

FIRST, LAST = date(1991, 12, 1), date(2025, 1, 31)

MATRIX = """
[timeline]
title = "Every client"

[sources.a]
title = "A"

[[events]]
id = "almaty-summers"
title = "Sundays 09:00 in Almaty, 1992-2004"
date = 1991-12-29T09:00:00
end = 1991-12-29T10:00:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;BYDAY=SU;UNTIL=20050101T000000Z"
sources = ["a"]

[[events]]
id = "almaty-2024"
title = "Monday 00:30 in Almaty"
date = 2024-01-01T00:30:00
end = 2024-01-01T01:30:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;BYDAY=MO;UNTIL=20240401T000000Z"
except_on = [2024-01-15]
also_on = [2024-01-17, 2024-03-06T09:00:00]
sources = ["a"]

[[events]]
id = "new-york"
title = "Monday and Wednesday 09:00 in New York"
date = 2024-03-04T09:00:00
end = 2024-03-04T10:00:00
timezone = "America/New_York"
repeat = "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20241120T000000Z"
except_on = [2024-03-13]
sources = ["a"]

[[events]]
id = "berlin"
title = "Sunday 10:00 in Berlin"
date = 2024-03-17T10:00:00
end = 2024-03-17T11:30:00
timezone = "Europe/Berlin"
repeat = "FREQ=WEEKLY;COUNT=36"
sources = ["a"]

[[events]]
id = "offset-rule"
title = "Monday 23:30 at +06:00"
date = 2024-02-26T23:30:00+06:00
end = 2024-02-27T00:15:00+06:00
repeat = "FREQ=WEEKLY;BYDAY=MO;COUNT=4"
also_on = [2024-03-27]
sources = ["a"]

[[events]]
id = "offset-west"
title = "At 18:00 -05:00"
date = 2024-02-22T18:00:00-05:00
end = 2024-02-22T19:00:00-05:00
sources = ["a"]

[[events]]
id = "offset-quarter"
title = "At 09:00 +05:45"
date = 2024-02-22T09:00:00+05:45
end = 2024-02-22T10:00:00+05:45
sources = ["a"]

[[events]]
id = "moment"
title = "A moment in Berlin"
date = 2024-06-01T12:00:00
timezone = "Europe/Berlin"
sources = ["a"]

[[events]]
id = "utc-daily"
title = "Daily 12:00 UTC"
date = 2024-03-30T12:00:00Z
end = 2024-03-30T12:15:00Z
repeat = "FREQ=DAILY;COUNT=3"
sources = ["a"]

[[events]]
id = "anniversary"
title = "Yearly on 12 November"
date = 2020-11-12
repeat = "FREQ=YEARLY;UNTIL=20231112"
except_on = [2022-11-12]
also_on = [2022-11-14]
sources = ["a"]
"""


@pytest.fixture(scope="module")
def matrix_timeline() -> Timeline:
    return kztimeline.loads(MATRIX)


@pytest.fixture(scope="module")
def matrix_file(matrix_timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(matrix_timeline, tmp_path_factory.mktemp("matrix") / "matrix.ics")


def test_recurring_ical_events(matrix_timeline: Timeline, matrix_file: Path) -> None:
    text = matrix_file.read_text(encoding="utf-8")
    theirs = recurring_ical_events_of(text, FIRST, LAST)
    assert theirs == ours(matrix_timeline, FIRST, LAST)


def test_home_assistant_ical(matrix_timeline: Timeline, matrix_file: Path) -> None:
    assert home_assistant_of(matrix_file, FIRST, LAST) == ours(matrix_timeline, FIRST, LAST)


def test_node_ical(matrix_timeline: Timeline, matrix_file: Path) -> None:
    assert node_ical_of(matrix_file, FIRST, LAST) == ours(matrix_timeline, FIRST, LAST)


def test_ical_js(matrix_timeline: Timeline, matrix_file: Path) -> None:
    assert ical_js_of(matrix_file, FIRST, LAST) == ours(matrix_timeline, FIRST, LAST)


def test_sabre_vobject(matrix_timeline: Timeline, matrix_file: Path) -> None:
    assert sabre_of(matrix_file, FIRST, LAST) == ours(matrix_timeline, FIRST, LAST)


def _zone(event: Event) -> str:
    """The zone the event is written in (Etc/GMT-6 for +06:00), UTC for a day."""
    moment = event.date.time
    return "UTC" if moment is None else tzid_of(moment) or "UTC"


def test_calcurse_in_each_zone(
    matrix_timeline: Timeline, matrix_file: Path, tmp_path: Path
) -> None:
    """calcurse repeats a rule in the zone of the computer: a user in each zone of the file
    sees that zone's events as ``list`` does (and every event that does not repeat)."""
    mine = ours(matrix_timeline, FIRST, LAST)
    by_title = {event.title: event for event in matrix_timeline}
    zone_of = {title: _zone(event) for title, event in by_title.items()}
    checked = 0
    for zone in sorted(set(zone_of.values())):
        theirs = calcurse_of(matrix_file, zone, FIRST, LAST, tmp_path)
        for title, event in by_title.items():
            if event.repeat and zone != zone_of[title]:
                continue
            expected = day_by_day(
                [(title, start, end, title) for _, start, end, name in mine if name == title]
            )
            assert [item for item in theirs if item[0] == title] == expected, (zone, title)
            checked += 1
    assert checked >= len(by_title)


def test_calcurse_counts_a_rule_after_its_exceptions(tmp_path: Path) -> None:
    """A known difference (README, Calendars): RFC 5545 takes EXDATE out of the COUNT
    occurrences, calcurse counts COUNT occurrences that are not excepted, one more each."""
    timeline = kztimeline.loads(
        MATRIX.split("[[events]]")[0]
        + '[[events]]\nid = "d"\ntitle = "Daily"\ndate = 2024-01-01\nsources = ["a"]\n'
        + 'repeat = "FREQ=DAILY;COUNT=3"\nexcept_on = [2024-01-02]\n'
    )
    path = written(timeline, tmp_path / "count.ics")
    first, last = date(2024, 1, 1), date(2024, 1, 31)
    days = [start for _, start, _, _ in ours(timeline, first, last)]
    assert days == ["2024-01-01", "2024-01-03"]
    theirs = calcurse_of(path, "UTC", first, last, tmp_path)
    assert [start for _, start, _, _ in theirs] == [*days, "2024-01-04"]


MONTH_ENDS = """
[[events]]
id = "the-31st"
title = "On the 31st"
date = 2024-01-31T09:00:00
timezone = "Europe/Berlin"
repeat = "FREQ=MONTHLY;COUNT=4"
sources = ["a"]

[[events]]
id = "the-31st-by-month-day"
title = "On the 31st, by BYMONTHDAY"
date = 2024-01-31T09:00:00
timezone = "Europe/Berlin"
repeat = "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4"
sources = ["a"]

[[events]]
id = "leap-day"
title = "On 29 February"
date = 2024-02-29
repeat = "FREQ=YEARLY;COUNT=2"
sources = ["a"]
"""


def test_clients_differ_on_a_day_a_month_does_not_have(tmp_path: Path) -> None:
    """A known difference (README, Calendars): RFC 5545 (3.3.10) skips a day a month does not
    have, as kztimeline, recurring-ical-events, Python ``ical`` and sabre/vobject do. node-ical
    0.26 (its rrule-temporal) moves a monthly 31st to 29 February and then repeats the 29th,
    and a yearly 29 February to the 28th; ical.js moves that one to 1 March. With the day
    written as BYMONTHDAY=31, node-ical agrees."""
    timeline = kztimeline.loads(MATRIX.split("[[events]]")[0] + MONTH_ENDS)
    path = written(timeline, tmp_path / "month-ends.ics")
    first, last = date(2024, 1, 1), date(2032, 12, 31)
    mine = ours(timeline, first, last)

    def days(found: list[Occurrence], uid: str) -> list[str]:
        return [start[:10] for name, start, _, _ in found if name.startswith(uid + "@")]

    assert days(mine, "the-31st") == ["2024-01-31", "2024-03-31", "2024-05-31", "2024-07-31"]
    assert days(mine, "the-31st-by-month-day") == days(mine, "the-31st")
    assert days(mine, "leap-day") == ["2024-02-29", "2028-02-29"]
    text = path.read_text(encoding="utf-8")
    assert recurring_ical_events_of(text, first, last) == mine
    assert home_assistant_of(path, first, last) == mine
    assert sabre_of(path, first, last) == mine
    theirs = node_ical_of(path, first, last)
    assert days(theirs, "the-31st") == ["2024-01-31", "2024-02-29", "2024-03-29", "2024-04-29"]
    assert days(theirs, "the-31st-by-month-day") == days(mine, "the-31st")
    assert days(theirs, "leap-day") == ["2024-02-29", "2025-02-28"]
    theirs = ical_js_of(path, first, last)
    assert days(theirs, "leap-day") == ["2024-02-29", "2025-03-01"]
    assert [item for item in theirs if "leap-day" not in item[0]] == [
        item for item in mine if "leap-day" not in item[0]
    ]


QUARTER_RULE = """
[[events]]
id = "quarter-rule"
title = "Thursday 09:00 at +05:45"
date = 2024-02-22T09:00:00+05:45
repeat = "FREQ=WEEKLY;COUNT=2"
sources = ["a"]
"""


def test_clients_read_a_rule_at_an_offset_no_zone_names(tmp_path: Path) -> None:
    """A rule at +05:45 is written in a zone of its own, ``UTC+0545``, which every client
    but calcurse (README, Calendars) reads as ``list`` does. Its one observance repeats its
    DTSTART as an RDATE: Home Assistant's ``ical`` takes no onset from a DTSTART alone and
    reads the zone as UTC, 5 h 45 min off."""
    timeline = kztimeline.loads(MATRIX.split("[[events]]")[0] + QUARTER_RULE)
    path = written(timeline, tmp_path / "quarter.ics")
    first, last = date(2024, 1, 1), date(2024, 12, 31)
    mine = ours(timeline, first, last)
    assert [start for _, start, _, _ in mine] == ["2024-02-22T03:15:00Z", "2024-02-29T03:15:00Z"]
    text = path.read_bytes().decode("utf-8")
    assert recurring_ical_events_of(text, first, last) == mine
    for client in (home_assistant_of, ical_js_of, node_ical_of, sabre_of):
        assert client(path, first, last) == mine, client.__name__
    onset = "RDATE:19700101T000000\r\n"
    assert text.count(onset) == 1
    bare = tmp_path / "without-rdate.ics"
    bare.write_text(text.replace(onset, ""), encoding="utf-8", newline="")
    theirs = home_assistant_of(bare, first, last)
    assert [start for _, start, _, _ in theirs] == ["2024-02-22T09:00:00Z", "2024-02-29T09:00:00Z"]


def test_clients_differ_on_wall_times_that_happen_twice_or_never(tmp_path: Path) -> None:
    """A known difference (README, Calendars), which ``load`` warns of: kztimeline, as RFC
    5545, recurring-ical-events, Python ``ical`` and sabre/vobject read 01:30 on the day New
    York's clocks go back as the first (-04:00) and 02:30 on the day they go forward with the
    offset before the gap (07:30 UTC); ical.js reads the second and the offset after (06:30
    UTC both); node-ical reads 02:30 as RFC 5545 does but 01:30 as the second (06:30 UTC)."""
    with pytest.warns(TimelineFileWarning):
        timeline = kztimeline.loads(DOUBTFUL)
    path = written(timeline, tmp_path / "doubt.ics")
    first, last = date(2024, 1, 1), date(2024, 12, 31)
    mine = ours(timeline, first, last)
    assert [start for _, start, _, _ in mine] == ["2024-03-10T07:30:00Z", "2024-11-03T05:30:00Z"]
    assert recurring_ical_events_of(path.read_text(encoding="utf-8"), first, last) == mine
    assert home_assistant_of(path, first, last) == mine
    assert sabre_of(path, first, last) == mine
    theirs = ical_js_of(path, first, last)
    assert [start for _, start, _, _ in theirs] == ["2024-03-10T06:30:00Z", "2024-11-03T06:30:00Z"]
    theirs = node_ical_of(path, first, last)
    assert [start for _, start, _, _ in theirs] == ["2024-03-10T07:30:00Z", "2024-11-03T06:30:00Z"]
