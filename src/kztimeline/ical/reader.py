"""Turning an iCalendar file (RFC 5545) into the text of an events.toml.

``icalendar`` parses the file, one component at a time (:mod:`kztimeline.ical._components`):
folded lines, parameters, VTIMEZONE (custom and Windows names included), DURATION, EXDATE
and RDATE lists, RECURRENCE-ID. This module decides what each
event becomes, keeps every time in a zone kztimeline can name (:mod:`kztimeline.ical.zones`),
and says in one line per kind of thing what the events file cannot hold.

A calendar written by kztimeline carries in ``X-KZTIMELINE-*`` properties (JSON) what
iCalendar has no property for (sources, people, kind, the description without its notes), so
importing it gives back the events, and exporting them again gives the same bytes.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from datetime import date, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

import icalendar

from kztimeline._files import read_text, write_atomically
from kztimeline.errors import CalendarError, CalendarValueError, KztimelineError
from kztimeline.ical._components import Layout
from kztimeline.ical._components import layout as _layout
from kztimeline.ical._components import outline as _outline
from kztimeline.ical._properties import json_values, slugify
from kztimeline.ical._toml import document as toml_document
from kztimeline.ical.codec import unescape_text, unfold
from kztimeline.ical.events import EventReader

__all__ = (
    "Imported",
    "from_ics",
    "import_ics",
    "read_calendar",
    "read_calendar_bytes",
    "slugify",
    "write_new",
)


class Imported(NamedTuple):
    """What :func:`import_ics` makes of a calendar: the events.toml text, and one line per kind
    of thing the events file could not keep (empty if nothing was lost)."""

    toml: str
    not_kept: tuple[str, ...]


# --- Parsing one component at a time ----------------------------------------------------------

_BOM = b"\xef\xbb\xbf"


def _parse(part: bytes, data: bytes, path: Path | str) -> Any:
    """The component ``part`` (a slice of the calendar ``data``), parsed by ``icalendar``."""
    text = part.decode("utf-8")
    with warnings.catch_warnings():
        # Guessed time zone names are checked against the events' offsets here instead.
        warnings.simplefilter("ignore")
        try:
            if text.startswith("BEGIN:VCALENDAR"):
                return icalendar.Calendar.from_ical(text)
            return icalendar.Component.from_ical(text)
        # icalendar fails on some malformed components (a VTIMEZONE with two TZIDs) with
        # AttributeError or TypeError from its own code: the file is at fault, not the caller.
        except (ValueError, AttributeError, TypeError) as err:
            problem = str(err).splitlines()[0]
            line = _line_of(data.decode("utf-8"), problem)
            raise CalendarError(path, f"is not an iCalendar file: {problem}", line=line) from None


def _components(
    data: bytes, path: Path | str, layout: Layout, reader: EventReader, parsed: dict[int, Any]
) -> list[tuple[Any, dict[str, int]]]:
    """Read each VEVENT that can be read alone as soon as it is parsed, and return the others
    (with their outlines), to be read together: only these stay in memory."""
    together: list[tuple[Any, dict[str, int]]] = []
    for part in layout.parts:
        component = parsed.pop(part.first, None)
        chunk = data[part.start : part.end]
        if component is None:
            component = _parse(chunk, data, path)
        events = list(component.walk("VEVENT"))
        if not events:
            continue
        outline = _outline(chunk, part.first)
        if part.alone:
            reader.alone(events[0], outline[0])
        else:
            together += zip(events, outline, strict=False)
    return together


def _line_of(text: str, problem: str) -> int | None:
    """The line icalendar's ``problem`` is about: the first whose text, or value, is a value
    the message quotes (icalendar's messages name no line)."""
    quoted = re.findall(r"'([^']+)'|\bwas (\S+)$", problem)
    candidates = [first or second for first, second in quoted]
    for number, line in unfold(text):
        if any(line == found or line.endswith(":" + found) for found in candidates):
            return number
    return None


# --- Ids and text ------------------------------------------------------------------------------


def _assign_ids(events: list[dict[str, Any]]) -> None:
    events.sort(key=lambda event: (event["_first_day"], event["_base_id"], event["_uid"]))
    taken: set[str] = set()
    # The number each id tried last: many events of one base id are numbered in linear time.
    tried: dict[str, int] = {}
    for event in events:
        base = event["_base_id"]
        candidate, number = base, tried.get(base, 1)
        if number > 1:
            candidate = f"{base}-{number}"
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        tried[base] = number
        taken.add(candidate)
        event["id"] = candidate


# --- The calendar -------------------------------------------------------------------------------


def _json_property(component: icalendar.cal.Component, name: str) -> list[dict[str, Any]]:
    """The JSON objects in the property ``name`` (each value TEXT-escaped, as written)."""
    return list(json_values(component.get(name)))


def _with_days(fields: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``fields`` (read from JSON) with each of ``keys`` a ``date``, so that the file gets a
    TOML date; a value that is not a YYYY-MM-DD day is left out rather than refused."""
    fields = dict(fields)
    for key in keys:
        text = fields.pop(key, None)
        if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            with contextlib.suppress(ValueError):
                fields[key] = date.fromisoformat(text)
    return fields


def _calendar_text(calendar: icalendar.Calendar, name: str) -> str:
    """A TEXT property of the calendar, unescaped even where icalendar keeps it raw (X-WR-*)."""
    value = calendar.get(name)
    if value is None:
        return ""
    if isinstance(value, icalendar.prop.vText):
        return str(value)
    return unescape_text(str(value))


def _calendar_zone(
    calendar: icalendar.Calendar, zone: str | None, path: Path | str
) -> tzinfo | None:
    """The zone of floating times: ``zone`` if given (refused if not an IANA name), else the
    calendar's X-WR-TIMEZONE if it names one, else None (UTC)."""
    # zoneinfo loads only when a zone is named.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = calendar.get("X-WR-TIMEZONE") if zone is None else zone
    if name is None:
        return None
    try:
        return ZoneInfo(str(name).strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        if zone is None:
            return None
        raise CalendarError(
            path, f"{zone!r} is not an IANA time zone name such as Europe/Berlin"
        ) from None


def import_ics(
    text: str | bytes,
    *,
    source_title: str | None = None,
    path: Path | str = "<calendar>",
    zone: str | None = None,
) -> Imported:
    """The events.toml text for the iCalendar ``text`` (a string, or its UTF-8 bytes), and
    what it said while reading it.

    ``path`` only names the file in messages. A floating time (no zone) is read in ``zone``
    (an IANA name), else in the calendar's X-WR-TIMEZONE, else in UTC, and said. Every VEVENT
    becomes an event (or a change of one occurrence of an event) citing one source: the
    calendar, titled ``source_title``, else the calendar's name, else the file name; a calendar
    written by kztimeline gives back its own sources and people. The same calendar always gives
    the same text, and the text is checked by loading it, so :func:`kztimeline.loads` accepts
    it. A VEVENT that cannot be read is left out, and said with its line and UID.

    Raises :class:`~kztimeline.errors.CalendarError` (a ``ValueError``) for a file that is not
    iCalendar, no VEVENT that can be read (naming the line of the first problem), or a
    ``zone`` that is not known.
    """
    # The file is kept as UTF-8 bytes and each component decoded on its own: as one string it
    # would take two or four bytes a character as soon as one character is not ASCII.
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    data = text.removeprefix(_BOM)
    del text
    layout = _layout(data, path)
    # icalendar keeps, for the whole process, the first zone it read under each name that
    # the time-zone database does not know: a second calendar with another "Customized Time
    # Zone" (as Outlook names them all) would get the first one's offsets. Choosing the
    # zoneinfo provider again, icalendar's default, starts that cache anew for this file.
    icalendar.use_zoneinfo()  # type: ignore[no-untyped-call]
    calendar = _parse(layout.header.encode("utf-8"), data, path)
    # The VTIMEZONEs first, wherever they are: an event may name a zone given after it.
    parsed = {
        part.first: _parse(data[part.start : part.end], data, path)
        for part in layout.parts
        if part.zones
    }
    if not layout.events:
        for part in layout.parts:  # a component icalendar cannot read is said first
            _parse(data[part.start : part.end], data, path)
        raise CalendarError(path, "holds no VEVENT, so there is nothing to import")
    zones = {
        str(zone.get("TZID", "")): zone
        for component in parsed.values()
        for zone in component.walk("VTIMEZONE")
    }
    info = next(iter(_json_property(calendar, "X-KZTIMELINE-TIMELINE")), {})
    name = _calendar_text(calendar, "X-WR-CALNAME") or _calendar_text(calendar, "NAME")
    calendar_name = EventReader.one_line(name)
    file_name = Path(str(path)).stem if not str(path).startswith("<") else ""
    title = (
        EventReader.one_line(source_title or "")
        or str(info.get("title") or "")
        or calendar_name
        or file_name
        or "Imported calendar"
    )
    sources = {
        str(item.pop("id")): _with_days(item, "published")
        for item in _json_property(calendar, "X-KZTIMELINE-SOURCE")
        if "id" in item
    }
    people = {
        str(item.pop("id")): item
        for item in _json_property(calendar, "X-KZTIMELINE-PERSON")
        if "id" in item
    }
    calendar_source = slugify(title)[:40].strip("-") or "calendar"
    floating = _calendar_zone(calendar, zone, path)
    reader = EventReader(path, calendar_source, floating, layout.raw, zones)
    try:
        together = _components(data, path, layout, reader, parsed)
        del data  # the caller's only reference, when it passed what it read
        events = reader.events(together)
    except CalendarValueError as err:
        raise CalendarError(path, str(err)) from None
    _assign_ids(events)
    if any(calendar_source in event["sources"] for event in events):
        sources.setdefault(calendar_source, {"title": title})
    for event in events:
        for cited in [item for item in event["sources"] if item not in sources]:
            sources[cited] = {"title": cited}
            reader.say(
                None, event["_uid"], f"the source {cited!r} is not described: titled {cited!r}"
            )
    timeline: dict[str, Any] = {"title": title}
    description = _calendar_text(calendar, "X-WR-CALDESC")
    if description:
        timeline["description"] = EventReader.text(description).strip() or None
    timeline.update(_with_days({"revised": info.get("revised")}, "revised"))
    comment = f"Imported from {EventReader.one_line(Path(str(path)).name)} by kztimeline import."
    not_kept = tuple(reader.not_kept())
    kinds = reader.kind_tables
    # What was read is not needed any more: each event is let go once written, and the check
    # loads the whole events file again.
    del reader, together, layout, parsed, zones, calendar
    document = toml_document(comment, timeline, sources, people, _drained(events), kinds)
    _check(document, path)
    return Imported(document, not_kept)


def _drained(events: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each of ``events`` in order, emptied once the next is asked for, so that the events and
    the text written from them are never all in memory at once."""
    for event in events:
        yield event
        event.clear()
    events.clear()


def _check(document: str, path: Path | str) -> None:
    """Load the result as events.toml: the model, not a copy of its rules, decides."""
    # Imported here, not at the top: load sits below the formats but pulls in tomli.
    from kztimeline.errors import TimelineFileError
    from kztimeline.load import loads

    try:
        loads(document)
    except TimelineFileError as err:
        # The events text was never written to a file: name the calendar and the event.
        where = ": ".join(part for part in (err.subject, err.field) if part)
        problem = f"{where}: {err.problem}" if where else err.problem
        raise CalendarError(path, f"cannot be turned into a valid events file: {problem}") from None
    except KztimelineError as err:
        raise CalendarError(path, f"cannot be turned into a valid events file: {err}") from None


def from_ics(text: str, *, source_title: str | None = None, path: Path | str = "<calendar>") -> str:
    """The events.toml text of :func:`import_ics`; what it could not keep is not reported."""
    return import_ics(text, source_title=source_title, path=path).toml


def read_calendar(path: Path | str, *, max_bytes: int = 64 * 1024 * 1024) -> str:
    """The text of the iCalendar file at ``path`` (UTF-8, a byte-order mark dropped).

    Raises :class:`~kztimeline.errors.CalendarError` for a missing or unreadable file, one over
    ``max_bytes``, or bytes that are not UTF-8.
    """
    return _read(path, max_bytes)[1]


def read_calendar_bytes(path: Path | str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
    """The bytes of the iCalendar file at ``path``, checked as :func:`read_calendar` checks
    them; :func:`import_ics` reads them with less memory than the text."""
    return _read(path, max_bytes)[0]


def _read(path: Path | str, max_bytes: int) -> tuple[bytes, str]:
    return read_text(
        Path(path),
        max_bytes=max_bytes,
        error=lambda where, problem, line: CalendarError(where, problem, line=line),
        kind="an .ics file",
    )


def write_new(path: Path | str, text: str, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically, refusing to replace a file unless ``force``.

    Raises :class:`~kztimeline.errors.OutputError`; see :func:`kztimeline._files.write_atomically`.
    """
    return write_atomically(path, text, replace=force)
