"""Timelines of different shapes for the picture's tests, built from seeds (no randomness
left to the run)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import kztimeline
from kztimeline.timeline import Timeline

HEADER = """\
[timeline]
title = {title}
revised = 2020-01-01

[sources.a]
title = "Source A"
published = 2012-11-13
"""

WORDS = [
    "council",
    "summit",
    "visit",
    "treaty",
    "launch",
    "vote",
    "report",
    "review",
    "meeting",
    "election",
    "landing",
    "orbit",
    "docking",
    "crew",
    "briefing",
    "forum",
    "agreement",
    "session",
    "ministers",
    "delegation",
    "statement",
    "committee",
    "Astana",
    "Almaty",
    "Djibouti",
    "Brussels",
    "Geneva",
    "Moscow",
]


def make(events: list[dict[str, object]], title: str = "Test", extra: str = "") -> Timeline:
    """A timeline from dicts of event fields (``id`` and ``sources`` are added)."""
    body = []
    for number, fields in enumerate(events):
        lines = [
            f"{key} = {value}"
            if key in ("date", "end") and "T" in str(value)
            else f"{key} = {toml(value)}"
            for key, value in fields.items()
        ]
        body.append(f'[[events]]\nid = "e{number}"\nsources = ["a"]\n' + "\n".join(lines))
    header = HEADER.format(title=json.dumps(title))
    return kztimeline.loads(header + extra + "\n" + "\n\n".join(body) + "\n")


def raw(key: str, value: object) -> str:
    """``value`` as TOML; a date-time is a TOML value, not a string."""
    if key in ("date", "end") and "T" in str(value):
        return str(value)
    return toml(value)


def toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def random_timeline(count: int, seed: int, kinds: int = 20) -> Timeline:
    """``count`` events over 1990–2020: days, ranges, month and year dates, yearly rules,
    ``kinds`` kinds, cancelled and tentative ones, titles of 2 to 9 words."""
    chance = random.Random(seed)
    events: list[dict[str, object]] = []
    for _ in range(count):
        day = date(1990, 1, 1) + timedelta(days=chance.randrange(30 * 365))
        roll = chance.random()
        fields: dict[str, object] = {}
        if roll < 0.55:
            fields["date"] = day.isoformat()
        elif roll < 0.75:
            end = day + timedelta(days=chance.randrange(1, 60))
            fields["date"] = f"{day.isoformat()}/{end.isoformat()}"
        elif roll < 0.85:
            fields["date"] = f"{day:%Y-%m}" + chance.choice(("", "~", "?"))
        elif roll < 0.92:
            fields["date"] = f"{day:%Y}"
        else:
            fields["date"] = day.isoformat()
            fields["repeat"] = f"FREQ=YEARLY;COUNT={chance.randrange(2, 6)}"
        words = chance.sample(WORDS, chance.randrange(2, 10))
        fields["title"] = " ".join(words).capitalize()
        fields["kind"] = f"kind-{chance.randrange(kinds):02d}"
        status = chance.random()
        if status < 0.05:
            fields["status"] = "cancelled"
        elif status < 0.1:
            fields["status"] = "tentative"
        events.append(fields)
    return make(events, title=f"{count} random events")


def mission() -> Timeline:
    """A space mission: a few events over three years, and a dense week of timed events."""
    events: list[dict[str, object]] = [
        {
            "date": "1961-05-25",
            "title": "Kennedy sets the goal of a Moon landing",
            "kind": "speech",
        },
        {"date": "1967-01-27", "title": "Fire during a launch rehearsal", "kind": "accident"},
        {
            "date": "1968-12-21/1968-12-27",
            "title": "First crewed flight around the Moon",
            "kind": "mission",
        },
        {"date": "1969-03", "title": "Crew training in the simulators", "kind": "training"},
        {"date": "1969-07-24/1969-08-10", "title": "Crew in quarantine", "kind": "medical"},
        {
            "date": "1969-11-14",
            "title": "Second landing mission launches",
            "kind": "mission",
            "status": "tentative",
        },
        {
            "date": "1970-04-11",
            "title": "Third landing attempt",
            "kind": "mission",
            "status": "cancelled",
        },
        {
            "date": "1970-07-20",
            "title": "Landing anniversary",
            "kind": "anniversary",
            "repeat": "FREQ=YEARLY;COUNT=3",
        },
    ]
    week = [
        ("1969-07-16T13:32:00", "Launch from Kennedy Space Center", "launch", True),
        ("1969-07-16T16:22:00", "Translunar injection burn", "burn", False),
        ("1969-07-19T17:21:00", "Lunar orbit insertion", "burn", False),
        ("1969-07-20T17:44:00", "Lunar module separates from the command module", "docking", False),
        ("1969-07-20T20:17:00", "Landing in the Sea of Tranquility", "landing", True),
        ("1969-07-21T02:56:00", "First step on the Moon", "surface", True),
        ("1969-07-21T02:57:00", "That's one small step for a man", "quote", False),
        ("1969-07-21T05:11:00", "Crew back inside the lunar module", "surface", False),
        ("1969-07-21T17:54:00", "Lift-off from the Moon", "launch", False),
        ("1969-07-21T21:35:00", "Docking with the command module", "docking", False),
        ("1969-07-22T04:55:00", "Trans-Earth injection", "burn", False),
        ("1969-07-24T16:50:00", "Splashdown in the Pacific", "landing", True),
    ]
    events.append(
        {
            "date": "1969-07-21T02:39:00",
            "end": "1969-07-21T05:11:00",
            "timezone": "UTC",
            "title": "Moonwalk outside the lunar module",
            "kind": "surface",
        }
    )
    for moment, title, kind, highlight in week:
        event: dict[str, object] = {"date": moment, "timezone": "UTC", "title": title, "kind": kind}
        if highlight:
            event["highlight"] = True
        events.append(event)
    return make(events, title="A mission timeline with a dense week")


def week_and_decades() -> Timeline:
    """40 events in one week, and 40 spread over twenty years."""
    week = [
        {"date": f"2015-06-{1 + i % 7:02d}", "title": f"Crowded event number {i} in one week"}
        for i in range(40)
    ]
    start = date(2000, 1, 1)
    spread = [
        {
            "date": (start + timedelta(days=183 * i)).isoformat(),
            "title": f"Spread event {i} over twenty years",
        }
        for i in range(40)
    ]
    return make(week + spread, title="Dense")


def many_kinds(count: int = 64) -> Timeline:
    """One event of each of ``count`` kinds, a month apart."""
    events: list[dict[str, object]] = [
        {
            "date": (date(2000, 1, 15) + timedelta(days=30 * i)).isoformat(),
            "title": f"Event of kind {i}",
            "kind": f"kind-{i:02d}",
        }
        for i in range(count)
    ]
    return make(events, title="Many kinds")


def repeating(extra: int = 0) -> Timeline:
    """A yearly rule over 2019–2024, a weekly one in January 2024, and single events among
    them up to 29 June 2024, before the yearly rule's last occurrence; ``extra`` random
    events make it dense."""
    events: list[dict[str, object]] = [
        {
            "date": "2019-12-06",
            "title": "Annual December meeting",
            "kind": "meeting",
            "repeat": "FREQ=YEARLY;BYMONTH=12;BYDAY=1FR;UNTIL=20241231",
        },
        {
            "date": "2024-01-08",
            "title": "Weekly January briefing",
            "kind": "briefing",
            "repeat": "FREQ=WEEKLY;COUNT=7",
        },
    ]
    singles = ["2019-03-02", "2019-09-14", "2020-05-20", "2020-12-04", "2021-06-11"]
    singles += ["2022-02-17", "2022-12-02", "2023-07-04", "2024-01-15", "2024-06-29"]
    events += [{"date": day, "title": f"Single event on {day}", "kind": "note"} for day in singles]
    generator = random.Random(extra)
    for number in range(extra):
        day = date(2019, 1, 1) + timedelta(days=generator.randrange(2000))
        if day > date(2024, 6, 29):
            day = date(2024, 6, 29)
        events.append({"date": day.isoformat(), "title": f"Filler {number}", "kind": "note"})
    return make(events, "Repeating")


def same_day_cluster() -> Timeline:
    """A dense week: four events of 10 November, of four kinds, among eight others that week,
    and two events months away."""
    days = ["06", "07", "07", "08", "09", "11", "12", "12"]
    events: list[dict[str, object]] = [
        {"date": f"2021-11-{day}", "title": f"Week event on {day} November", "kind": kind}
        for day, kind in zip(days, ["meeting", "call", "report", "meeting"] * 2, strict=True)
    ]
    events += [
        {"date": "2021-11-10", "title": title, "kind": kind}
        for title, kind in [
            ("Board meeting on the budget", "meeting"),
            ("Call with the auditors", "call"),
            ("Quarterly report filed", "report"),
            ("Press statement on the merger", "statement"),
        ]
    ]
    events += [
        {"date": "2021-06-01", "title": "Plan agreed", "kind": "report"},
        {"date": "2022-02-15", "title": "Merger closes", "kind": "statement"},
    ]
    return make(events, title="A dense week with four events on one day")
