"""Hand-written chronologies that a picture could draw misleadingly about time: each is a
case of the picture tests (tests/test_plot_time.py) and of the before/after pictures under
docs/pictures (``python -m tests.time_cases OUT_DIR`` draws them)."""

from __future__ import annotations

import sys
from pathlib import Path

import kztimeline
from kztimeline.timeline import Timeline
from tests.plot_timelines import HEADER, make


def open_interval() -> Timeline:
    """Open on both sides, next to closed events."""
    return make(
        [
            {"date": "2000/..", "title": "Observer status", "kind": "status"},
            {"date": "../2005", "title": "Old charter in force", "kind": "status"},
            {"date": "2003-04-10", "title": "Review meeting", "kind": "meeting"},
            {"date": "2007-06-01/2008-02-01", "title": "Second review", "kind": "meeting"},
            {"date": "2010", "title": "Report", "kind": "report"},
        ],
        title="Open ends, 1998–2012",
    )


def qualified() -> Timeline:
    """``~``, ``?`` and ``%`` on days, months, years and ranges."""
    events: list[dict[str, object]] = []
    for offset, (mark, word) in enumerate((("", "known"), ("~", "about"), ("?", "maybe"))):
        events.append({"date": f"1969-07-{10 + offset}{mark}", "title": f"Day {word}"})
    events.append({"date": "1969-07-14%", "title": "Day about and maybe"})
    events.append({"date": "1969-08~", "title": "Month about", "kind": "month"})
    events.append({"date": "1969-09?", "title": "Month maybe", "kind": "month"})
    events.append({"date": "1969-10-01~/1969-10-20", "title": "Range about", "kind": "range"})
    events.append({"date": "1969-11-01/1969-11-25?", "title": "Range maybe", "kind": "range"})
    events.append({"date": "1969-12-01%/1969-12-20%", "title": "Range both", "kind": "range"})
    return make(events, title="Qualified dates")


def clustered_century() -> Timeline:
    """1900–2020 with three clusters and a 20-year war."""
    events: list[dict[str, object]] = [
        {"date": "1914-07-28/1918-11-11", "title": "First World War", "kind": "war"},
        {"date": "1917-11-07", "title": "October Revolution", "kind": "politics"},
        {"date": "1918-11-11", "title": "Armistice", "kind": "politics"},
        {"date": "1919-06-28", "title": "Treaty of Versailles", "kind": "treaty"},
        {"date": "1955-11-01/1975-04-30", "title": "Vietnam War", "kind": "war"},
        {"date": "1968-01-30", "title": "Tet Offensive", "kind": "war"},
        {"date": "1969-07-20", "title": "Moon landing", "kind": "space"},
        {"date": "1973-01-27", "title": "Paris Peace Accords", "kind": "treaty"},
        {"date": "1975-04-30", "title": "Fall of Saigon", "kind": "politics"},
        {"date": "2001-09-11", "title": "September 11 attacks", "kind": "politics"},
        {"date": "2003-03-20", "title": "Invasion of Iraq", "kind": "war"},
        {"date": "2008-09-15", "title": "Lehman Brothers collapse", "kind": "politics"},
        {"date": "2008", "title": "Financial crisis", "kind": "politics"},
        {"date": "2012-11-12", "title": "Election to the Council", "kind": "politics"},
    ]
    return make(events, title="A clustered century, 1900–2020")


def one_day() -> Timeline:
    """A one-day conference, 08:30–17:00, in Asia/Almaty."""
    times = [
        ("08:30", "09:00", "Registration"),
        ("09:00", "10:30", "Opening plenary"),
        ("10:45", "12:15", "Panel on water"),
        ("12:15", "13:30", "Lunch"),
        ("13:30", "15:00", "Panel on energy"),
        ("15:15", "16:30", "Workshops"),
        ("16:30", "17:00", "Closing"),
    ]
    events: list[dict[str, object]] = [
        {
            "date": f"2024-05-14T{start}:00",
            "end": f"2024-05-14T{end}:00",
            "timezone": "Asia/Almaty",
            "title": title,
            "kind": "session",
        }
        for start, end, title in times
    ]
    return make(events, title="Conference day")


def endless_repeat() -> Timeline:
    """A yearly anniversary with no end next to a 1961–1972 programme."""
    return make(
        [
            {"date": "1961-05-25/1972-12-19", "title": "Apollo programme", "kind": "programme"},
            {"date": "1967-01-27", "title": "Apollo 1 fire", "kind": "mission"},
            {"date": "1968-12-21/1968-12-27", "title": "Apollo 8", "kind": "mission"},
            {"date": "1969-07-16/1969-07-24", "title": "Apollo 11", "kind": "mission"},
            {
                "date": "1970-07-20",
                "title": "Moon Day",
                "kind": "anniversary",
                "repeat": "FREQ=YEARLY",
            },
        ],
        title="Apollo, 1961–2021",
    )


def three_zones() -> Timeline:
    """Events in three zones: UTC, UTC-04:00 and Asia/Almaty."""
    return make(
        [
            {"date": "1969-07-16T13:32:00Z", "title": "Lift-off (UTC)", "kind": "launch"},
            {
                "date": "1969-07-16T09:32:00",
                "timezone": "America/New_York",
                "title": "Lift-off seen from Florida",
                "kind": "launch",
            },
            {
                "date": "1969-07-16T18:32:00",
                "timezone": "Asia/Almaty",
                "title": "Lift-off seen from Almaty",
                "kind": "launch",
            },
            {"date": "1969-07-16T20:00:00Z", "title": "Evening news", "kind": "news"},
            {"date": "1969-07-16T23:00:00Z", "title": "Late news", "kind": "news"},
        ],
        title="Three zones",
    )


def three_kinds() -> Timeline:
    """Three kinds: a term, a war and meetings, with a window of one month."""
    return make(
        [
            {"date": "2010-01-01/2012-12-31", "title": "First term", "kind": "term"},
            {"date": "1990-01-01/2010-01-01", "title": "Long war", "kind": "war"},
            {"date": "2011-03-01/2014-03-01", "title": "Short war", "kind": "war"},
            {"date": "2012-11-12", "title": "Election", "kind": "meeting"},
            {"date": "2012-11-20", "title": "Meeting", "kind": "meeting"},
        ],
        title="Three kinds, 1990–2014",
    )


def weekly_quarter() -> Timeline:
    """Weekly meetings for a quarter: a skipped week, a moved and retitled one, a cancelled
    one, and a kick-off."""
    return kztimeline.loads(
        HEADER.format(title='"A quarter of meetings"')
        + """
[[events]]
id = "weekly"
sources = ["a"]
date = 2024-01-01T14:00:00
timezone = "Europe/Paris"
title = "Weekly meeting"
kind = "meeting"
repeat = "FREQ=WEEKLY;COUNT=13"
except_on = [2024-01-15]

[[events.changes]]
occurrence = 2024-01-22
date = 2024-01-23T10:00:00
title = "Meeting, moved to Tuesday"

[[events.changes]]
occurrence = 2024-02-05
status = "cancelled"

[[events]]
id = "kick-off"
sources = ["a"]
date = 2023-12-20
title = "Kick-off"
kind = "workshop"
"""
    )


CASES = {
    "open-interval": open_interval,
    "qualified": qualified,
    "clustered-century": clustered_century,
    "one-day": one_day,
    "endless-repeat": endless_repeat,
    "three-zones": three_zones,
    "three-kinds": three_kinds,
    "weekly-quarter": weekly_quarter,
}


def main(out: Path) -> None:
    """Draw every case (the clustered century in both layouts, the three kinds also in a
    November window) as small PNGs in ``out``."""
    from kztimeline.plot import save_plot

    out.mkdir(parents=True, exist_ok=True)
    for name, build in CASES.items():
        layouts = ("horizontal", "vertical") if name == "clustered-century" else ("auto",)
        for layout in layouts:
            suffix = "" if layout == "auto" else f"-{layout}"
            save_plot(build(), out / f"{name}{suffix}.png", width=6.3, dpi=90, layout=layout)  # type: ignore[arg-type]
    window = {"start": "2012-11", "end": "2012-11"}
    save_plot(three_kinds(), out / "three-kinds-november.png", width=6.3, dpi=90, **window)  # type: ignore[arg-type]


if __name__ == "__main__":
    main(Path(sys.argv[1]))
