"""The calendar file (RFC 5545) that imports into any calendar without a shifted day or hour.

The text is written here, line by line, through :mod:`kztimeline.ical.codec`: no calendar
library builds it, so the bytes are the same everywhere and a large timeline is written fast.

- a day is an all-day event (``VALUE=DATE``, DTEND exclusive), which no client shifts;
- a timed event is written in its own zone (``DTSTART;TZID=Asia/Almaty:…``) with one
  VTIMEZONE per zone (:mod:`kztimeline.ical.zones`), so that clients expand its rule in local
  time, as ``list`` does; a moment has no end, which RFC 5545 reads as ending when it starts
  (calcurse refuses ``DURATION:PT0S`` and a DTEND equal to DTSTART);
- each ``also_on`` date is a VEVENT of its own, tied to the event by RELATED-TO and
  X-KZTIMELINE-ALSO-OF: sabre/vobject (Nextcloud, Baikal) ignores the RRULE of an event
  that also has an RDATE;
- no METHOD: a calendar object on a CalDAV server must not have one (RFC 4791 §4.1);
- each UID is ``<event id>@<domain>``, so importing again updates rather than duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from kztimeline._files import write_atomically
from kztimeline.dates import EventDate, Precision
from kztimeline.errors import EmptySelectionError, ExportOptionError
from kztimeline.ical.codec import (
    CRLF,
    escape_text,
    fold,
    format_date,
    format_local,
    format_utc,
    normalise_newlines,
)
from kztimeline.ical.zones import also_days, time_zones, tzid_of, written_in_utc

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("DEFAULT_UID_DOMAIN", "Imprecise", "calendar_objects", "to_ics", "write_ics")

DEFAULT_UID_DOMAIN = "kztimeline.invalid"
"""The domain of every UID unless another is given: ``<event id>@kztimeline.invalid``.

``.invalid`` is reserved (RFC 2606), so it can never clash with a real host's identifiers.
Give your own domain when two different timelines may use the same event ids.
"""

Imprecise = Literal["span", "start", "skip"]
"""How an event known only to the month or year is exported: see :func:`to_ics`."""


def _days(event: Event, imprecise: Imprecise) -> tuple[date, date] | None:
    """The all-day span to export, first and last day inclusive; None to leave it out."""
    first, last = event.date.known_first_day, event.date.known_last_day
    if event.precision in (Precision.MONTH, Precision.YEAR):
        if imprecise == "skip":
            return None
        if imprecise == "start":
            return first, first
    return first, last


def _date_notes(event: Event, imprecise: Imprecise) -> list[str]:
    """Sentences that say how much of the date the sources give."""
    when = event.date
    notes = []
    if when.precision in (Precision.MONTH, Precision.YEAR):
        notes.append(f"Date known only to the {when.precision.value}: {when.describe()}.")
        if imprecise == "start":
            notes.append("Shown on the first day it could be.")
    if when.qualifier.describe():
        notes.append(f"The date is {when.qualifier.describe()}.")
    if when.open_start:
        notes.append("The sources give no start; shown over the period of its end.")
    if when.open_end:
        notes.append("The sources give no end; shown over the period of its start.")
    if event.status_note:
        notes.append(f"Status: {event.status_note}.")
    if event.repeat_words:
        notes.append(f"Repeats {event.repeat_words}.")
    return notes


def _description(event: Event, timeline: Timeline, imprecise: Imprecise) -> str:
    """The description, then the date notes, the people with roles, and the sources."""
    paragraphs = []
    if event.description:
        paragraphs.append(normalise_newlines(event.description).strip())
    notes = _date_notes(event, imprecise)
    if notes:
        paragraphs.append(" ".join(notes))
    people = []
    for person_id in event.people:
        person = timeline.people[person_id]
        people.append(f"{person.name}, {person.role}" if person.role else person.name)
    if people:
        paragraphs.append("\n".join(f"With: {person}" for person in people))
    sources = [timeline.sources[source_id].citation() for source_id in event.sources]
    paragraphs.append("\n".join(f"Source: {source}" for source in sources))
    return "\n\n".join(paragraphs)


def _status(event: Event) -> str:
    if event.status is not None:
        return event.status.upper()
    return "TENTATIVE" if event.qualifier.uncertain else "CONFIRMED"


def _categories(event: Event) -> list[str]:
    values = [event.kind] if event.kind else []
    values += [tag for tag in event.tags if tag not in values]
    return values


def date_time_property(name: str, moment: datetime) -> str:
    """``NAME;TZID=Zone:YYYYMMDDTHHMMSS`` in the moment's own zone, or ``NAME:…Z`` in UTC."""
    tzid = tzid_of(moment)
    if tzid is None:
        return f"{name}:{format_utc(moment)}"
    return f"{name};TZID={tzid}:{format_local(moment)}"


def _when(when: EventDate, days: tuple[date, date] | None, *, in_utc: bool = False) -> list[str]:
    """DTSTART and DTEND (or none) of a date; ``days`` is the all-day span to write."""
    moment = when.time
    if moment is not None:
        if in_utc:
            moment = moment.astimezone(UTC)
        if when.until is not None:
            until = when.until.astimezone(UTC) if in_utc else when.until
            return [date_time_property("DTSTART", moment), date_time_property("DTEND", until)]
        # A moment lasts no time, which is what no end means (RFC 5545 §3.6.1) in every client
        # tested; calcurse refuses DURATION:PT0S and a DTEND equal to DTSTART.
        return [date_time_property("DTSTART", moment)]
    assert days is not None
    first, last = days
    lines = [f"DTSTART;VALUE=DATE:{format_date(first)}"]
    # Always write the exclusive end (clients guess without one), or a DURATION where the day
    # after is past year 9999.
    if last < date.max:
        lines.append(f"DTEND;VALUE=DATE:{format_date(last + timedelta(days=1))}")
    else:
        lines.append(f"DURATION:P{(last - first).days + 1}D")
    return lines


def _occurrence_property(name: str, event: Event, day: date) -> str:
    """RECURRENCE-ID or EXDATE naming the occurrence the rule gives on ``day``."""
    moment = event.date.time
    if moment is None:
        return f"{name};VALUE=DATE:{format_date(day)}"
    return date_time_property(name, event.date.shifted_to(day).time or moment)


def _also(event: Event, item: date, context: _Context) -> str:
    """The VEVENT of one ``also_on`` date: its own UID, tied to the event's, with the event's
    texts (or those of its change), at the event's own wall time for a day of a timed event."""
    start: datetime | None = None
    if isinstance(item, datetime):
        when = event.date.moved_to(item)
        day, start = when.first_day, item
        occurrence = event.occurrence_on(day, when)
    else:
        day, start = item, event.date.shifted_to(item).time
        occurrence = event.occurrence_on(item)
    lines = ["BEGIN:VEVENT", _also_uid(event, day, start, context), context.stamp]
    when = occurrence.date
    days = None if when.time is not None else (when.first_day, when.last_day)
    lines += _when(when, days, in_utc=written_in_utc(event))
    changed = event.change_of(day) is not None
    lines += _texts(occurrence if changed else event, context)
    lines.append(_own_fields(event))
    lines += _also_of(event, context)
    lines.append("END:VEVENT")
    return "".join(fold(line) + CRLF for line in lines)


def _also_uid(event: Event, day: date, start: datetime | None, context: _Context) -> str:
    """``UID:<id>.also-<day, or local start>@<domain>``: the same on every export."""
    stamp = format_date(day) if start is None else format_local(start)
    return f"UID:{event.id}.also-{stamp}@{context.uid_domain}"


def _also_of(event: Event, context: _Context) -> list[str]:
    main_uid = f"{event.id}@{context.uid_domain}"
    return [f"RELATED-TO;RELTYPE=SIBLING:{main_uid}", f"X-KZTIMELINE-ALSO-OF:{main_uid}"]


def _own_fields(event: Event) -> str:
    """X-KZTIMELINE-EVENT: what iCalendar has no property for, so that import gives it back."""
    fields = {
        "sources": list(event.sources),
        "people": list(event.people),
        "organizations": list(event.organizations),
        "kind": event.kind,
        "status": event.status,
        "description": normalise_newlines(event.description) if event.description else None,
    }
    kept = {key: value for key, value in fields.items() if value not in (None, [])}
    return "X-KZTIMELINE-EVENT:" + escape_text(json.dumps(kept, ensure_ascii=False))


def _only_in_events_file(event: Event, timeline: Timeline) -> list[str]:
    """X-KZTIMELINE-MORE: what the events file holds for ``event`` and no other property of
    the calendar carries (``highlight``, a tag equal to the kind, the ``[kinds.NAME]`` table
    of its kind), so that import gives it back; no line for most events."""
    more: dict[str, object] = {}
    if event.highlight:
        more["highlight"] = True
    if event.kind is not None and event.kind in event.tags:
        more["tags"] = list(event.tags)  # CATEGORIES holds the kind once, beside the tags
    table = timeline.kind_tables.get(event.kind) if event.kind is not None else None
    if table is not None:
        more["kind_table"] = table.model_dump(mode="json", exclude_none=True)
    return ["X-KZTIMELINE-MORE:" + _json(more)] if more else []


def _vevent(event: Event, context: _Context) -> str:
    days = None if event.date.time is not None else _days(event, context.imprecise)
    lines = ["BEGIN:VEVENT", f"UID:{event.id}@{context.uid_domain}", context.stamp]
    series = event._series  # the repeating event of one occurrence of a query result
    if event.recurrence_id is not None and series and event.recurrence_id in context.also(series):
        # An also_on date of a query result: the VEVENT of that date in the whole calendar.
        lines[1] = _also_uid(event, event.recurrence_id, event.recurrence_start, context)
        lines += _also_of(event, context)
    elif event.recurrence_id is not None:
        # One occurrence of a query result: named as such, so that it updates that occurrence
        # of the whole calendar rather than clashing with its UID.
        if event.recurrence_start is not None:
            lines.append(date_time_property("RECURRENCE-ID", event.recurrence_start))
        else:
            lines.append(f"RECURRENCE-ID;VALUE=DATE:{format_date(event.recurrence_id)}")
    lines += _when(event.date, days, in_utc=written_in_utc(event))
    if event.repeat:
        lines.append(f"RRULE:{event.repeat}")
        lines += [_occurrence_property("EXDATE", event, day) for day in event.except_on]
    lines += _texts(event, context)
    lines.append(_own_fields(event))
    lines += _only_in_events_file(event, context.timeline)
    lines.append("END:VEVENT")
    parts = ["".join(fold(line) + CRLF for line in lines)]
    extra_days = also_days(event) if event.also_on else set()
    for change in event.changes:
        if change.occurrence not in extra_days:
            parts.append(_changed(event, change.occurrence, context))
    parts += [_also(event, item, context) for item in event.also_on]
    return "".join(parts)


def _texts(event: Event, context: _Context) -> list[str]:
    lines = [f"SUMMARY:{escape_text(event.title)}"]
    if event.place:
        lines.append(f"LOCATION:{escape_text(event.place)}")
    description = _description(event, context.timeline, context.imprecise)
    lines.append(f"DESCRIPTION:{escape_text(description)}")
    categories = _categories(event)
    if categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(value) for value in categories))
    lines.append(f"STATUS:{_status(event)}")
    if event.url:
        lines.append(f"URL:{event.url}")  # a URI, not TEXT: no escaping
    lines.append(f"X-KZTIMELINE-DATE:{escape_text(event.date.text)}")
    return lines


def _changed(event: Event, day: date, context: _Context) -> str:
    """The VEVENT of one changed occurrence: same UID, RECURRENCE-ID, its own dates and text."""
    occurrence = event.occurrence_on(day)
    when = occurrence.date
    days = None if when.time is not None else (when.first_day, when.last_day)
    lines = ["BEGIN:VEVENT", f"UID:{event.id}@{context.uid_domain}", context.stamp]
    lines.append(_occurrence_property("RECURRENCE-ID", event, day))
    lines += _when(when, days)
    lines += _texts(occurrence, context)
    change = event.change_of(day)
    assert change is not None
    own = {"description": change.description, "status": change.status}
    kept = {key: value for key, value in own.items() if value is not None}
    if kept:
        lines.append("X-KZTIMELINE-EVENT:" + _json(kept))
    lines.append("END:VEVENT")
    return "".join(fold(line) + CRLF for line in lines)


def _header(timeline: Timeline, events: list[Event]) -> list[str]:
    """The VCALENDAR lines before the first component, with the sources and people the events
    cite (X-KZTIMELINE-SOURCE, X-KZTIMELINE-PERSON, as JSON) for a lossless import."""
    # Package metadata costs about 25 ms: read only when the version is asked for.
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("kztimeline")
    except PackageNotFoundError:  # pragma: no cover - a checkout that is not installed
        release = "0.0.0"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//kztimeline//kztimeline {release}//EN",
        "CALSCALE:GREGORIAN",
        # NAME is RFC 7986; X-WR-* is what Google and Apple read.
        f"NAME:{escape_text(timeline.title)}",
        f"X-WR-CALNAME:{escape_text(timeline.title)}",
    ]
    if timeline.description:
        lines.append(f"X-WR-CALDESC:{escape_text(timeline.description)}")
    if timeline.revised is not None:
        revised = json.dumps({"revised": timeline.revised.isoformat()})
        lines.append(f"X-KZTIMELINE-TIMELINE:{escape_text(revised)}")
    cited = sorted({source for event in events for source in event.sources})
    for source_id in cited:
        fields = timeline.sources[source_id].model_dump(mode="json", exclude_none=True)
        lines.append("X-KZTIMELINE-SOURCE:" + _json({"id": source_id, **fields}))
    named = sorted({person for event in events for person in event.people})
    for person_id in named:
        fields = timeline.people[person_id].model_dump(mode="json", exclude_none=True)
        fields = {key: value for key, value in fields.items() if value != []}
        lines.append("X-KZTIMELINE-PERSON:" + _json({"id": person_id, **fields}))
    return lines


def _json(value: Mapping[str, object]) -> str:
    return escape_text(json.dumps(value, ensure_ascii=False))


class _Context(NamedTuple):
    """What every VEVENT of one calendar shares."""

    timeline: Timeline
    imprecise: Imprecise
    uid_domain: str
    stamp: str
    known_also_days: dict[str, set[date]]

    def also(self, series: Event) -> set[date]:
        """The also_on days of ``series``, found once however many of its occurrences are
        written."""
        if series.id not in self.known_also_days:
            self.known_also_days[series.id] = also_days(series)
        return self.known_also_days[series.id]


def _prepared(
    timeline: Timeline, imprecise: Imprecise, uid_domain: str
) -> tuple[list[Event], _Context]:
    """The events a calendar holds and what their VEVENTs share; refuses what to_ics refuses."""
    if imprecise not in get_args(Imprecise):
        raise ExportOptionError.not_one_of("imprecise", imprecise, get_args(Imprecise))
    if not uid_domain or any(char in uid_domain for char in "@ \t\r\n;:,\\"):
        raise ExportOptionError(f"{uid_domain!r} is not a domain name such as example.org")
    events = [
        event
        for event in timeline
        if event.date.time is not None or _days(event, imprecise) is not None
    ]
    if not events:
        raise EmptySelectionError.for_format("iCalendar")
    stamp = f"DTSTAMP:{format_utc(timeline.stamp)}"
    return events, _Context(timeline, imprecise, uid_domain, stamp, {})


def to_ics(
    timeline: Timeline,
    *,
    imprecise: Imprecise = "span",
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> str:
    """The timeline as iCalendar text, with CRLF line ends and lines folded at 75 octets.

    Days become all-day events (``VALUE=DATE``, DTEND exclusive); a timed event keeps its
    zone (``TZID`` and a VTIMEZONE, or UTC). An event known only to the month or the year
    covers the whole period (``imprecise="span"``), only its first day (``"start"``), or is
    left out (``"skip"``); the description always states the precision, and
    ``X-KZTIMELINE-DATE`` keeps the date as written. An open interval is exported over the
    period of its known side. ``repeat`` becomes RRULE, ``except_on`` EXDATE, a change a
    RECURRENCE-ID event, and each ``also_on`` date an event of its own whose UID is
    ``<event id>.also-<date>@<uid_domain>``, tied to the event by RELATED-TO and
    X-KZTIMELINE-ALSO-OF. Each UID is ``<event id>@<uid_domain>``, so importing again
    updates the events rather than adding copies. DTSTAMP comes from the
    input (see :attr:`~kztimeline.timeline.Timeline.stamp`), never the clock.

    Raises :class:`~kztimeline.errors.EmptySelectionError` if no event is left to export, and
    :class:`~kztimeline.errors.ExportOptionError` for an unknown ``imprecise`` or a malformed
    ``uid_domain``.
    """
    events, context = _prepared(timeline, imprecise, uid_domain)
    parts = [fold(line) + CRLF for line in _header(timeline, events)]
    parts += time_zones(events)
    parts += [_vevent(event, context) for event in events]
    parts.append("END:VCALENDAR" + CRLF)
    return "".join(parts)


def write_ics(
    timeline: Timeline,
    path: Path | str,
    *,
    imprecise: Imprecise = "span",
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> Path:
    """Write :func:`to_ics` of ``timeline`` to ``path`` atomically; returns the path.

    Raises what :func:`to_ics` raises, and :class:`~kztimeline.errors.OutputError` if the file
    cannot be written (an earlier file at ``path`` is then left as it was).
    """
    return write_atomically(path, to_ics(timeline, imprecise=imprecise, uid_domain=uid_domain))


def calendar_objects(
    timeline: Timeline,
    *,
    imprecise: Imprecise = "span",
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> list[tuple[str, str, str]]:
    """The timeline as calendar objects, one per UID, as a CalDAV server holds them:
    ``(UID, event id, text)`` in the order of :func:`to_ics`.

    An event's object holds its VEVENT, the VEVENTs of its changed occurrences and the
    VTIMEZONEs they use; each ``also_on`` date, a VEVENT with its own UID in the file, is an
    object of its own, since every component of an object must share one UID (RFC 4791
    §4.1). Each VEVENT is the same text as in :func:`to_ics`; the header names the sources
    and people the event cites, and the VTIMEZONE of its zone is the file's. Raises what
    :func:`to_ics` raises.
    """
    events, context = _prepared(timeline, imprecise, uid_domain)
    # The zone's TZID is the first line after BEGIN:VTIMEZONE.
    zones_by_id = {zone.split(CRLF, 2)[1][5:]: zone for zone in time_zones(events)}
    objects = []
    for event in events:
        head = "".join(fold(line) + CRLF for line in _header(timeline, [event]))
        moment = event.date.time
        tzid = tzid_of(moment) if moment and not written_in_utc(event) else None
        zones = zones_by_id.get(tzid, "") if tzid else ""
        by_uid: dict[str, list[str]] = {}
        for component in _vevent(event, context).split("BEGIN:VEVENT" + CRLF)[1:]:
            # The UID is the second line of every VEVENT written above, perhaps folded.
            uid_line = component.split(CRLF + "DTSTAMP:", 1)[0].replace(CRLF + " ", "")
            by_uid.setdefault(uid_line.removeprefix("UID:"), []).append(component)
        for uid, components in by_uid.items():
            body = "".join("BEGIN:VEVENT" + CRLF + component for component in components)
            objects.append((uid, event.id, head + zones + body + "END:VCALENDAR" + CRLF))
    return objects
