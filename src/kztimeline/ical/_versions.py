"""Which VEVENTs of a calendar are read, before any becomes an event.

Real calendars hold more than RFC 5545 allows, and each case is settled here, said in one line
that names the .ics line and the UID, and never refuses the whole calendar:

- a property that may appear once, given twice: the first is kept (two different RRULEs, as
  Cyrus writes, become two series of the same event instead);
- several versions of one event or of one changed occurrence (the same UID and RECURRENCE-ID,
  as an edited series is exported by Thunderbird and Nextcloud): the latest is kept, by
  SEQUENCE, then LAST-MODIFIED, then DTSTAMP;
- different events sharing a UID with the same version: all are kept, as separate events.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

__all__ = (
    "Say",
    "one_rule_each",
    "one_value_each",
    "outline_key",
    "occurrence_of",
    "the_latest_versions",
    "uid_of",
    "value_of",
)

# Say one thing about a line of the calendar: (line, UID, what happened).
Say = Callable[[int | None, str, str], None]

# Properties RFC 5545 allows once in a VEVENT, among those read or used to order versions.
_ONCE = (
    "UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "SUMMARY", "LOCATION",
    "DESCRIPTION", "URL", "STATUS", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED", "CREATED",
    "X-KZTIMELINE-DATE", "X-KZTIMELINE-EVENT",
)  # fmt: skip
_ORDINALS = ("first", "second", "third")


def outline_key(name: str, seen: Counter[str]) -> str:
    """The key under which the outline records the line of a property: ``NAME`` for its first
    line in a component, ``NAME#2``, ``NAME#3``... for the lines of the same name after it."""
    seen[name] += 1
    return name if seen[name] == 1 else f"{name}#{seen[name]}"


def _ordinal(number: int) -> str:
    return _ORDINALS[number - 1] if number <= len(_ORDINALS) else f"{number}th"


def value_of(prop: Any) -> Any:
    """The value of a property icalendar parsed, or None for one it could not parse (whose
    ``dt`` raises) or that is absent."""
    try:
        return getattr(prop, "dt", None)
    except ValueError:  # icalendar's BrokenCalendarProperty
        return None


def uid_of(component: Any) -> str:
    uid = component.get("UID", "")
    return str(uid[0] if isinstance(uid, list) else uid).strip()


def one_value_each(
    items: list[tuple[Any, dict[str, int]]], say: Say
) -> list[tuple[Any, dict[str, int]]]:
    """``items`` (VEVENT, its lines), each with one value of each property allowed once."""
    for component, lines in items:
        uid = uid_of(component)
        for name in _ONCE:
            values = component.get(name)
            if not isinstance(values, list):
                continue
            component[name] = values[0]
            for number in range(2, len(values) + 1):
                line = lines.get(f"{name}#{number}")
                say(line, uid, f"not kept: the {_ordinal(number)} {name} (only the first counts)")
    return items


def one_rule_each(
    items: list[tuple[Any, dict[str, int]]], say: Say
) -> list[tuple[Any, dict[str, int]]]:
    """``items`` with a VEVENT of several different RRULEs (RFC 2445 allowed them) made one
    VEVENT per rule, and a rule given twice kept once."""
    kept: list[tuple[Any, dict[str, int]]] = []
    for component, lines in items:
        uid = uid_of(component)
        kept.append((component, lines))
        rules = component.get("RRULE")
        if not isinstance(rules, list):
            continue
        component["RRULE"] = rules[0]
        written = [rules[0].to_ical()]
        for number, rule in enumerate(rules[1:], start=2):
            line = lines.get(f"RRULE#{number}")
            if rule.to_ical() in written:
                say(line, uid, f"not kept: the {_ordinal(number)} RRULE, the same as an earlier")
                continue
            written.append(rule.to_ical())
            series = copy.deepcopy(component)
            series["RRULE"] = rule
            # The key (no property has its name) tells the reader DTSTART is not this rule's.
            kept.append((series, {**lines, "RRULE": line or 0, "_ANOTHER_RULE": number}))
            say(line, uid, f"the {_ordinal(number)} RRULE is kept as an event of its own")
    return kept


def _moment(component: Any, name: str) -> datetime:
    value = value_of(component.get(name))
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def _sequence(component: Any) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _version(component: Any) -> tuple[int, datetime, datetime]:
    return (
        _sequence(component),
        _moment(component, "LAST-MODIFIED"),
        _moment(component, "DTSTAMP"),
    )


def occurrence_of(component: Any) -> str:
    """The RECURRENCE-ID of a changed occurrence as an instant (``""`` for a series)."""
    if "RECURRENCE-ID" not in component:
        return ""
    value = value_of(component["RECURRENCE-ID"])
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).isoformat()
    return str(value)


def the_latest_versions(
    items: list[tuple[Any, dict[str, int]]], say: Say
) -> list[tuple[Any, dict[str, int]]]:
    """``items`` with only the latest version of each series and of each changed occurrence,
    in the order of the file.

    A changed occurrence that carries its own RRULE and is older than its series was changed
    in an older version of the series, so it goes with it (as recurring-ical-events does).
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (component, _) in enumerate(items):
        uid = uid_of(component)
        if uid:
            groups.setdefault((uid, occurrence_of(component)), []).append(index)
    dropped: set[int] = set()
    series_version: dict[str, int] = {}
    for (uid, occurrence), indexes in groups.items():
        if len(indexes) == 1:
            if not occurrence:
                series_version[uid] = _sequence(items[indexes[0]][0])
            continue
        latest = max(_version(items[index][0]) for index in indexes)
        newest = [index for index in indexes if _version(items[index][0]) == latest]
        older = [index for index in indexes if index not in newest]
        if not occurrence:
            series_version[uid] = latest[0]
        first_line = items[newest[0]][1].get("BEGIN")
        if older:
            dropped.update(older)
            what = "the series" if not occurrence else "this changed occurrence"
            count = len(older)
            say(
                first_line,
                uid,
                f"kept the latest version of {what} (SEQUENCE {latest[0]}); "
                f"{count} older version{'s' if count > 1 else ''} dropped",
            )
        texts = {items[index][0].to_ical() for index in newest}
        if len(newest) > 1 and len(texts) == 1:
            dropped.update(newest[1:])
            say(first_line, uid, f"not kept: {len(newest) - 1} exact copies of this VEVENT")
        elif len(newest) > 1:
            say(
                first_line,
                uid,
                f"{len(newest)} different VEVENTs share this UID and version; "
                "each is kept as an event of its own",
            )
    for index, (component, lines) in enumerate(items):
        uid = uid_of(component)
        if (
            index not in dropped
            and occurrence_of(component)
            and "RRULE" in component
            and _sequence(component) < series_version.get(uid, -1)
        ):
            dropped.add(index)
            say(
                lines.get("BEGIN"),
                uid,
                "not kept: a change made in an older version of the series "
                f"(SEQUENCE {_sequence(component)})",
            )
    return [item for index, item in enumerate(items) if index not in dropped]
