"""Calendar software we did not write, run on a kztimeline .ics file, each giving the
occurrences it shows between two days as (UID of the event, start, end, title): a day as
``2024-05-14``, a moment as its UTC instant ``2024-03-04T18:30:00Z``. ``ours`` gives the same
from kztimeline's own queries, which is what ``list`` shows.

- recurring-ical-events over icalendar (Python);
- ``ical``, the parser of Home Assistant (Python);
- ical.js, Mozilla's parser, the one in Thunderbird (node; ``npm ci --prefix tests/js``);
- node-ical, the parser of MagicMirror and many node calendars (same ``npm ci``);
- sabre/vobject, the parser of Nextcloud and Baikal (Debian's ``php-sabre-vobject``);
- calcurse (Debian's ``calcurse``), which reads a TZID as the ``TZ`` of the C library and
  repeats a rule in the zone it runs in: it is run once per zone, as a user in that zone.

A client that is not installed skips the test, saying how to install it (``.ci/run`` does).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from ical.calendar_stream import IcsCalendarStream

from kztimeline import Timeline
from kztimeline.ical import to_ics

HERE = Path(__file__).parent
JS = HERE / "js"
PHP = HERE / "php"
SABRE = Path("/usr/share/php/Sabre/VObject/autoload.php")

Occurrence = tuple[str, str, str, str]
"""(UID, start, end, title): a day as 2024-05-14, a moment as its UTC instant …Z."""


def written(timeline: Timeline, path: Path) -> Path:
    """The timeline's calendar, as `kztimeline ics` writes it, in the file ``path``."""
    path.write_text(to_ics(timeline), encoding="utf-8", newline="")
    return path


def series_uid(uid: str) -> str:
    """The UID of the event an ``also_on`` VEVENT (``<id>.also-<date>@…``) belongs to."""
    return re.sub(r"\.also-[0-9T]+@", "@", uid)


def as_series(found: Iterable[Sequence[str]]) -> list[Occurrence]:
    """Occurrences as (UID of the event, start, end, title), sorted, to compare with ours."""
    return sorted((series_uid(uid), start, end, title) for uid, start, end, title in found)


def instant(value: date | datetime) -> str:
    """A day as ``2024-05-14``, an aware moment as its UTC instant ``…Z``."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def ours(timeline: Timeline, first: date, last: date) -> list[Occurrence]:
    """kztimeline's own occurrences, as `list` shows them."""
    found = []
    for event in timeline.between(first, last):
        when = event.date
        if when.time is not None:
            start, end = instant(when.time), instant(when.until or when.time)
        else:
            # An open side is shown over the period of the known one, as the file says.
            start = when.known_first_day.isoformat()
            end = (when.known_last_day + timedelta(days=1)).isoformat()
        found.append((f"{event.id}@kztimeline.invalid", start, end, event.title))
    return sorted(found)


def recurring_ical_events_of(text: str, first: date, last: date) -> list[Occurrence]:
    calendar = icalendar.Calendar.from_ical(text)
    theirs = []
    for component in recurring_ical_events.of(calendar).between(first, last + timedelta(days=1)):
        start = component["DTSTART"].dt
        end = component["DTEND"].dt if "DTEND" in component else start + component["DURATION"].dt
        theirs.append(
            (str(component["UID"]), instant(start), instant(end), str(component["SUMMARY"]))
        )
    return as_series(theirs)


def home_assistant_of(path: Path, first: date, last: date) -> list[Occurrence]:
    """What Home Assistant's calendar shows: Python ``ical`` and its timeline, in UTC."""
    calendar = IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8"))
    low = datetime.combine(first, datetime.min.time(), UTC)
    high = datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC)
    return as_series(
        (str(event.uid), instant(event.start), instant(event.end), str(event.summary))
        for event in calendar.timeline_tz(UTC).overlapping(low, high)
    )


def _run(command: list[str], **options: object) -> str:
    result = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=120, **options
    )  # type: ignore[call-overload]
    return str(result.stdout)


def _node_package_of(
    package: str, script: str, path: Path, first: date, last: date
) -> list[Occurrence]:
    """The occurrences a script of ``tests/js`` prints, expanding the file with ``package``."""
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip(f"node is not installed, so {package} cannot run")
    if not (JS / "node_modules" / package).is_dir():
        pytest.skip(f"{package} is not installed: run `npm ci --prefix tests/js` (.ci/run does)")
    output = _run([node, str(JS / script), str(path), first.isoformat(), last.isoformat()])
    return as_series(json.loads(output))


def ical_js_of(path: Path, first: date, last: date) -> list[Occurrence]:
    return _node_package_of("ical.js", "expand.mjs", path, first, last)


def node_ical_of(path: Path, first: date, last: date) -> list[Occurrence]:
    return _node_package_of("node-ical", "node_ical.mjs", path, first, last)


def sabre_of(path: Path, first: date, last: date) -> list[Occurrence]:
    php = shutil.which("php")
    if php is None or not SABRE.is_file():
        pytest.skip("sabre/vobject is not installed: apt-get install php-cli php-sabre-vobject")
    output = _run([php, str(PHP / "expand.php"), str(path), first.isoformat(), last.isoformat()])
    return as_series(json.loads(output))


def calcurse_of(path: Path, zone: str, first: date, last: date, folder: Path) -> list[Occurrence]:
    """What calcurse shows a user whose computer is in ``zone``: the title stands for the UID
    (calcurse keeps none), so the titles of the file must be unique."""
    calcurse = shutil.which("calcurse")
    if calcurse is None:
        pytest.skip("calcurse is not installed: apt-get install calcurse")
    data = folder / re.sub(r"[^A-Za-z0-9]+", "-", zone)
    data.mkdir(parents=True)
    env = {**os.environ, "TZ": zone, "HOME": str(data), "TMPDIR": str(data)}
    # calcurse refuses a rule whose start, in its own zone, is not on a day the rule gives
    # (a Sunday in Almaty is a Saturday in New York), and then exits with 1.
    subprocess.run(
        [calcurse, "-D", str(data), "-q", "-i", str(path)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    appointment = "A|%s|%e|%m\\n"
    event = "E|%m\\n"
    output = _run(
        [
            calcurse,
            "-D",
            str(data),
            "-Q",
            "--from",
            first.strftime("%m/%d/%Y"),
            "--to",
            last.strftime("%m/%d/%Y"),
            "--format-apt",
            appointment,
            "--format-recur-apt",
            appointment,
            "--format-event",
            event,
            "--format-recur-event",
            event,
        ],
        env=env,
    )
    found = set()
    day = first
    for line in output.splitlines():
        if re.fullmatch(r"\d\d/\d\d/\d\d:", line):
            day = datetime.strptime(line, "%m/%d/%y:").date()
        elif line.startswith("A|"):
            _, start, end, title = line.split("|", 3)
            found.add((title, _epoch(start), _epoch(end)))
        elif line.startswith("E|"):
            found.add((line[2:], day.isoformat(), (day + timedelta(days=1)).isoformat()))
    return sorted((title, start, end, title) for title, start, end in found)


def day_by_day(found: Iterable[Occurrence]) -> list[Occurrence]:
    """Occurrences with each all-day span cut into its days, sorted and without repeats:
    calcurse shows a three-day event as three events of a day."""
    days = set()
    for uid, start, end, title in found:
        if "T" in start:
            days.add((uid, start, end, title))
            continue
        day = date.fromisoformat(start)
        while day < date.fromisoformat(end):
            following = day + timedelta(days=1)
            days.add((uid, day.isoformat(), following.isoformat(), title))
            day = following
    return sorted(days)


def _epoch(seconds: str) -> str:
    return instant(datetime.fromtimestamp(int(seconds), UTC))
