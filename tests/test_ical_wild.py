"""Importing real calendars: every test calendar shipped in the ``icalendar`` and
``recurring-ical-events`` wheels, written by Google, Outlook/Exchange, Apple, Thunderbird,
Cyrus and others, including broken ones.

For each file: no internal error; a refusal is one line that names the file (and the line,
where the problem is on one); and where recurring-ical-events can expand the original, the
occurrences of the import, exported again, are the original's over 1990-2030, or each
occurrence that differs belongs to a UID that the import named on stderr.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from itertools import islice
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from kztimeline.cli import main
from kztimeline.errors import CalendarError
from kztimeline.ical._properties import id_from_uid
from kztimeline.ical.reader import import_ics
from kztimeline.ical.writer import to_ics
from kztimeline.load import loads

_FOLDERS = (
    Path(icalendar.__file__).parent / "tests" / "calendars",
    Path(recurring_ical_events.__file__).parent / "test" / "calendars",
)
CALENDARS = sorted(path for folder in _FOLDERS for path in folder.glob("*.ics"))

# A refusal names a line unless the problem is the whole file.
_WHOLE_FILE = ("holds no VEVENT", "is not an iCalendar file")
# At most this many occurrences of one file are compared, to keep the test quick.
_MOST = 400
_FIRST, _LAST = datetime(1990, 1, 1), datetime(2030, 1, 1)


def test_the_calendars_of_both_wheels_are_found() -> None:
    assert len(CALENDARS) > 200


def _name(path: Path) -> str:
    return f"{path.parent.parent.name}-{path.name}"


def _key(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return f"floating {moment.isoformat()}"
        return moment.astimezone(UTC).isoformat()
    return f"day {moment.isoformat()}"


def _naive_utc(moment: date | datetime) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time())
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


Occurrences = dict[tuple[str, str], set[str]]


def _occurrences(text: str, last: datetime | None) -> tuple[Occurrences, datetime]:
    """For each (start, end) of an occurrence from 1990 on, the UIDs that give it; up to
    ``last``, or 2030, or the first :data:`_MOST` (the start after which none was counted)."""
    query = recurring_ical_events.of(icalendar.Calendar.from_ical(text))
    found: Occurrences = {}
    limit = last or _LAST
    for number, occurrence in enumerate(islice(query.after(_FIRST), _MOST + 1)):
        moment = _naive_utc(occurrence.start)
        if moment >= limit:
            break
        if number == _MOST and last is None:
            limit = moment
            break
        span = (_key(occurrence.start), _key(occurrence.end))
        found.setdefault(span, set()).add(str(occurrence.get("UID", "")) or "(none)")
    return found, limit


def _uid_of_id(event_id: str, ids: dict[str, str]) -> str:
    """The original UID an event id of the import came from: the longest id it starts with."""
    matches = [own for own in ids if event_id == own or event_id.startswith(f"{own}-")]
    # An event with no UID gets an id from its title, and the import says "UID (none)".
    return ids[max(matches, key=len)] if matches else "(none)"


# RECURRENCE-ID;RANGE=THISANDFUTURE is not applied yet.
_NOT_YET = {"issue_75_range_parameter.ics"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(path, marks=pytest.mark.xfail(strict=True)) if path.name in _NOT_YET else path
        for path in CALENDARS
    ],
    ids=_name,
)
def test_a_real_calendar_keeps_its_occurrences_or_says_which_it_changed(path: Path) -> None:
    """Over 1990-2030, the import exported again gives the original's occurrences; each one
    that differs belongs to a UID the import named on stderr."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        original, last = _occurrences(text, None)
    except Exception:  # what recurring-ical-events cannot expand is not compared
        pytest.skip("recurring-ical-events cannot expand it")
    try:
        imported, said = import_ics(text, path=path)
    except CalendarError:
        pytest.skip("refused, as the test above checks")
    again, _ = _occurrences(to_ics(loads(imported)), last)
    named = {found[1] for line in said if (found := re.search(r": UID (.*?): ", line))}
    ids = {id_from_uid(uid): uid for uids in original.values() for uid in uids if uid}
    unsaid = []
    for span in original.keys() - again.keys():
        if not original[span] & named:
            unsaid.append(f"lost {span} of {sorted(original[span])}")
    for span in again.keys() - original.keys():
        uids = {_uid_of_id(uid.rsplit("@", 1)[0], ids) for uid in again[span]}
        if not uids & named:
            unsaid.append(f"added {span} of {sorted(uids)}")
    assert not unsaid, "\n".join(sorted(unsaid)[:10])


@pytest.mark.parametrize("path", CALENDARS, ids=_name)
def test_a_real_calendar_is_imported_or_refused_in_one_line(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No internal error; a refusal is one line naming the file, and the line unless the
    problem is the whole file; an import names the file on every line it says."""
    code = main(["import", str(path), "-o", "-"])
    out, err = capsys.readouterr()
    assert code in (0, 2), err
    assert "internal error" not in err
    assert "Traceback" not in err
    said = err.splitlines()
    if code == 2:
        assert len(said) == 1
        assert not out
        if not any(problem in said[0] for problem in _WHOLE_FILE):
            assert re.match(rf"{re.escape(str(path))}:\d+: ", said[0]), said[0]
        return
    assert all(line.startswith(f"{path}") for line in said), said
    loads(out)
