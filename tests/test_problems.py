"""The messages of single mistakes, exact, and how several are told together (``_problems``).

Each case is a whole small file: the head below, then an event written as a user would.
"""

from __future__ import annotations

import warnings

import pytest

import kztimeline
from kztimeline import TimelineFileError
from kztimeline.errors import TimelineFileWarning

HEAD = """[timeline]
title = "T"

[sources.nasa]
title = "NASA"

[[events]]
id = "e"
title = "Launch"
sources = ["nasa"]
"""  # the event's next key is at line 11
REPEATING = 'date = 1969-07-16\nrepeat = "FREQ=YEARLY;COUNT=3"\n'


def problems_of(body: str) -> list[str]:
    with pytest.raises(TimelineFileError) as caught:
        kztimeline.loads(HEAD + body, path="f.toml")
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            REPEATING + "[[events.changes]]\noccurrence = 1970-07-16\ntitel = 'Second'\n",
            "f.toml:15: event 'e': changes.titel: unknown key in [[events.changes]]; "
            "did you mean 'title'?",
        ),
        (
            REPEATING + "[[events.changes]]\noccurence = 1970-07-16\n",
            "f.toml:14: event 'e': changes.occurence: unknown key in [[events.changes]]; "
            "did you mean 'occurrence'?",
        ),
        (
            REPEATING + "[[events.changes]]\noccurrence = 1970-07-16\ncolour = 'red'\n",
            "f.toml:15: event 'e': changes.colour: unknown key in [[events.changes]]; "
            "known keys: occurrence, date, end, title, place, description, status",
        ),
        (
            REPEATING + "[[events.changes]]\noccurrence = 1970-07-16\nstatus = 'cancelled'\n"
            "\nkind = 'launch'\n",
            "f.toml:17: event 'e': changes.kind: unknown key in [[events.changes]]; kind belongs "
            "to the event: write it before the event's first [[events.changes]] table",
        ),
    ],
    ids=["misspelt", "misspelt-occurrence", "unknown", "event-key-after-sub-table"],
)
def test_a_key_of_a_change_is_named_at_its_own_line(body: str, expected: str) -> None:
    assert problems_of(body) == [expected]


def test_a_key_of_the_event_after_its_changes_is_not_also_missing() -> None:
    """sources written after [[events.changes]] is one mistake, not two."""
    text = HEAD.replace('sources = ["nasa"]\n', "") + REPEATING
    text += '[[events.changes]]\noccurrence = 1970-07-16\nsources = ["nasa"]\n'
    with pytest.raises(TimelineFileError) as caught:
        kztimeline.loads(text, path="f.toml")
    assert [str(problem) for problem in caught.value.problems] == [
        "f.toml:14: event 'e': changes.sources: unknown key in [[events.changes]]; sources "
        "belongs to the event: write it before the event's first [[events.changes]] table"
    ]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (
            "1969",
            'date: must be a TOML date such as 2012-11-12 or a string such as "2010-02"; '
            'got a number; write date = "1969"',
        ),
        (
            '"2014-9-1"',
            "date: '2014-9-1' is not a date kztimeline can read; "
            "write two digits for the month and the day: '2014-09-01'",
        ),
        (
            '"2014/9/1"',
            "date: '2014/9/1' is not a date kztimeline can read; "
            "write it with '-' between the parts: '2014-09-01'",
        ),
        (
            '"2014-09-01..2014-09-05"',
            "date: '2014-09-01..2014-09-05' is not a date kztimeline can read; "
            "write a range as A/B: '2014-09-01/2014-09-05'",
        ),
    ],
)
def test_a_date_mistake_proposes_the_fix(date: str, expected: str) -> None:
    assert problems_of(f"date = {date}\n") == [f"f.toml:11: event 'e': {expected}"]


@pytest.mark.parametrize(
    ("zone", "offset", "city_zone", "region"),
    [
        ("EST", "UTC-05:00", "America/New_York", "New York"),
        ("MST", "UTC-07:00", "America/Denver", "Denver"),
        ("HST", "UTC-10:00", "Pacific/Honolulu", "Hawaii"),
    ],
)
def test_a_fixed_abbreviation_is_accepted_with_a_warning(
    zone: str, offset: str, city_zone: str, region: str
) -> None:
    text = HEAD + f'date = 1969-07-16T13:32:00\ntimezone = "{zone}"\n'
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        timeline = kztimeline.loads(text, path="f.toml")
    event = timeline["e"]
    assert event.date.time is not None
    assert event.date.time.utcoffset() is not None
    # zoneinfo, not ours, says the offset: the same all year.
    winter = event.date.time.replace(month=1)
    assert event.date.time.utcoffset() == winter.utcoffset()
    assert [str(found.message) for found in caught] == [
        f"f.toml:12: event 'e': timezone: {zone} is {offset} all year, with no daylight "
        f'saving; for the clocks of {region} write timezone = "{city_zone}", or write the '
        f"offset in the date to keep {offset}"
    ]
    assert all(isinstance(found.message, TimelineFileWarning) for found in caught)


def test_a_city_zone_draws_no_warning() -> None:
    text = HEAD + 'date = 1969-07-16T13:32:00\ntimezone = "America/New_York"\n'
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kztimeline.loads(text)


def test_an_event_with_a_bad_key_does_not_hide_the_next_events() -> None:
    """After a bad field, the other fields of the event and the other events are checked."""
    body = 'date = "1969-13-01"\ntags = "moon"\n\n[[events]]\nid = "f"\ntitle = "F"\n'
    body += 'date = "1969"\nsources = ["nsa"]\n'
    assert problems_of(body) == [
        "f.toml:11: event 'e': date: month 13 in '1969-13-01' does not exist; use 01 to 12",
        'f.toml:12: event \'e\': tags: must be an array such as ["a", "b"]; got a string',
        "f.toml:18: event 'f': sources: unknown source 'nsa'; did you mean 'nasa'?",
    ]


def test_a_syntax_error_stops_after_the_problems_before_it() -> None:
    body = 'date = "1969"\ntags = "moon"\n\n[[events]]\nid = "f"\ntitle = "F"\n'
    body += 'date = 1969-07-21/1969-07-22\nsources = ["nasa"]\n\n[[events]]\nid = "g"\n'
    problems = problems_of(body)
    assert len(problems) == 2
    assert problems[0].startswith("f.toml:12: event 'e': tags: ")
    assert problems[1].startswith("f.toml:17: event 'f': invalid TOML: ")


def test_references_are_not_judged_before_a_syntax_error_when_a_source_table_follows() -> None:
    body = 'date = "1969"\nsources = ["later"]\n\n[[events]]\nid = "f"\ntitle = "F"\n'
    body += 'date = 1969-07-21/1969-07-22\n\n[sources.later]\ntitle = "L"\n'
    problems = problems_of(body.replace('sources = ["nasa"]\n', ""))
    assert [problem.split(": ")[2] for problem in problems] == ["invalid TOML"]
