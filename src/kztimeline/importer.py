"""Turning an iCalendar file (RFC 5545) into the text of an events.toml.

The reader here is small and tolerant on purpose, and uses the standard library only: the
``ics`` package (0.7) drops RRULE and stumbles on common real-world shapes, and ``icalendar``
is not a dependency. It handles what calendar software actually writes:

- folded lines (CRLF or LF, continued with a space or a tab), parameters with quoted values;
- all-day events (``VALUE=DATE``, or a bare date), with ``DTEND`` exclusive, a ``DURATION``
  instead, or neither (one day);
- timed events in UTC, with a ``TZID`` (an IANA name, a Mozilla-style path ending in one, or a
  ``VTIMEZONE`` with a fixed offset), or floating; floating times take ``X-WR-TIMEZONE`` if the
  calendar has one, else UTC; UTC times are shown in ``X-WR-TIMEZONE`` when it is set;
- ``RRULE`` (kept as ``repeat``), ``RECURRENCE-ID`` (a changed occurrence becomes an event of
  its own), ``EXDATE``, ``CATEGORIES`` (tags), ``STATUS``, ``LOCATION``, ``URL``;
- ``X-KZTIMELINE-DATE``, the date as written that ``kztimeline ics`` keeps, so that a round
  trip gives back "2010-02" rather than the month's days.

What events.toml cannot hold (an end time, a rule it cannot expand, excluded dates) is written
into the description rather than dropped. Each UID becomes an id: the part before ``@``,
slugified, made unique with ``-2``, ``-3`` in chronological order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kztimeline._files import read_text, write_atomically
from kztimeline.dates import basic_format
from kztimeline.errors import CalendarError, DateError
from kztimeline.records import slugify

# The dataclass field _Event.date hides the type inside the class body; this name does not.
Day = date

__all__ = ("CalendarError", "from_ics", "slugify")


# --- Reading the file into components -------------------------------------------------------


@dataclass
class _Property:
    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass
class _Component:
    name: str
    line: int
    properties: list[_Property] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def first(self, name: str) -> _Property | None:
        return next((prop for prop in self.properties if prop.name == name), None)

    def all(self, name: str) -> list[_Property]:
        return [prop for prop in self.properties if prop.name == name]

    def walk(self, name: str) -> Iterator[_Component]:
        for child in self.children:
            if child.name == name:
                yield child
            yield from child.walk(name)


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on."""
    current: str | None = None
    start = 0
    for number, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None and current.strip():
            yield start, current
        current, start = line, number
    if current is not None and current.strip():
        yield start, current


_NAME = re.compile(r"[A-Za-z0-9-]+")


def _content_line(path: Path | str, number: int, line: str) -> _Property:
    """Split ``NAME;PARAM=a,"b:c":value`` into its parts (RFC 5545 §3.1)."""
    match = _NAME.match(line)
    if match is None:
        raise CalendarError(path, f"cannot read the line {line[:40]!r}", line=number)
    name = match.group().upper()
    params: dict[str, str] = {}
    at = match.end()
    while at < len(line) and line[at] == ";":
        param = _NAME.match(line, at + 1)
        if param is None or param.end() >= len(line) or line[param.end()] != "=":
            raise CalendarError(path, f"a parameter of {name} has no '=' value", line=number)
        at = param.end() + 1
        values = []
        while True:
            if at < len(line) and line[at] == '"':
                closing = line.find('"', at + 1)
                if closing < 0:
                    raise CalendarError(path, f"a quote in {name} is not closed", line=number)
                values.append(line[at + 1 : closing])
                at = closing + 1
            else:
                end = at
                while end < len(line) and line[end] not in ",;:":
                    end += 1
                values.append(line[at:end])
                at = end
            if at < len(line) and line[at] == ",":
                at += 1
                continue
            break
        params[param.group().upper()] = ",".join(values)
    if at >= len(line) or line[at] != ":":
        raise CalendarError(path, f"the line of {name} has no ':' before its value", line=number)
    return _Property(name, params, line[at + 1 :], number)


def _parse(text: str, path: Path | str) -> _Component:
    root = _Component("ROOT", 0)
    stack = [root]
    for number, line in _unfold(text.removeprefix("\ufeff")):
        if len(stack) == 1 and not line.upper().startswith("BEGIN:"):
            raise CalendarError(
                path, "is not an iCalendar file: expected BEGIN:VCALENDAR", line=number
            )
        prop = _content_line(path, number, line)
        if prop.name == "BEGIN":
            child = _Component(prop.value.strip().upper(), number)
            stack[-1].children.append(child)
            stack.append(child)
        elif prop.name == "END":
            name = prop.value.strip().upper()
            if len(stack) == 1 or stack[-1].name != name:
                raise CalendarError(path, f"END:{name} does not close an open BEGIN", line=number)
            stack.pop()
        else:
            stack[-1].properties.append(prop)
    if len(stack) > 1:
        raise CalendarError(
            path, f"BEGIN:{stack[-1].name} is never closed with END", line=stack[-1].line
        )
    calendars = [child for child in root.children if child.name == "VCALENDAR"]
    if not calendars:
        raise CalendarError(path, "is not an iCalendar file: expected BEGIN:VCALENDAR")
    if len(calendars) == 1:
        return calendars[0]
    # Some exporters write one VCALENDAR per event; read them as one calendar.
    merged = _Component("VCALENDAR", calendars[0].line, list(calendars[0].properties))
    for calendar in calendars:
        merged.children.extend(calendar.children)
    return merged


# --- Values ----------------------------------------------------------------------------------


def _text(value: str) -> str:
    """A TEXT value unescaped (RFC 5545 §3.3.11)."""
    return re.sub(
        r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.DOTALL
    )


def _list_text(value: str) -> list[str]:
    """A comma-separated list of TEXT values (CATEGORIES), unescaped."""
    return [_text(part) for part in re.split(r"(?<!\\),", value)]


_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DURATION = re.compile(
    r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", re.IGNORECASE
)
# Windows names that Outlook and Exchange write as TZID, for the zones most often met.
_WINDOWS_ZONES = {
    "UTC": "UTC",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "Russian Standard Time": "Europe/Moscow",
    "Turkey Standard Time": "Europe/Istanbul",
    "Arabian Standard Time": "Asia/Dubai",
    "West Asia Standard Time": "Asia/Tashkent",
    "Central Asia Standard Time": "Asia/Almaty",
    "Qyzylorda Standard Time": "Asia/Qyzylorda",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "India Standard Time": "Asia/Kolkata",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
}


@dataclass(frozen=True)
class _Zone:
    """A time zone read from the file: an IANA zone (kept by name) or a fixed offset."""

    zone: tzinfo
    name: str | None


class _Reader:
    def __init__(self, calendar: _Component, path: Path | str) -> None:
        self.calendar = calendar
        self.path = path
        self.definitions = {
            (tzid.value.strip()): component
            for component in calendar.walk("VTIMEZONE")
            if (tzid := component.first("TZID")) is not None
        }
        wr = calendar.first("X-WR-TIMEZONE")
        self.calendar_zone = self._known_zone(wr.value.strip()) if wr else None

    def error(self, prop: _Property, problem: str) -> CalendarError:
        return CalendarError(self.path, f"{prop.name}: {problem}", line=prop.line)

    @staticmethod
    def _known_zone(name: str) -> _Zone | None:
        candidates = [name.strip('"'), _WINDOWS_ZONES.get(name, "")]
        # Mozilla and some servers prefix the IANA name with a path: /mozilla.org/…/Europe/Berlin
        parts = name.strip("/").split("/")
        candidates += ["/".join(parts[-count:]) for count in (3, 2, 1)]
        for candidate in candidates:
            if not candidate or ".." in candidate or candidate.startswith("/"):
                continue
            try:
                return _Zone(ZoneInfo(candidate), candidate)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                continue
        return None

    def zone(self, prop: _Property) -> _Zone | None:
        tzid = prop.params.get("TZID")
        if tzid is None:
            return None
        known = self._known_zone(tzid)
        if known is not None:
            return known
        offset = self._fixed_offset(tzid)
        if offset is not None:
            return _Zone(offset, None)
        raise self.error(
            prop, f"unknown time zone TZID={tzid!r}; use an IANA name such as Asia/Almaty"
        )

    def _fixed_offset(self, tzid: str) -> tzinfo | None:
        definition = self.definitions.get(tzid)
        if definition is None:
            return None
        observances = definition.children
        # Without daylight saving time, the offset is one number; with it, a guess is wrong.
        if len(observances) != 1 or (to := observances[0].first("TZOFFSETTO")) is None:
            return None
        match = re.fullmatch(r"([+-])(\d{2})(\d{2})(\d{2})?", to.value.strip())
        if match is None:
            return None
        sign = -1 if match[1] == "-" else 1
        minutes = int(match[2]) * 60 + int(match[3])
        return timezone(sign * timedelta(minutes=minutes))

    def value(self, prop: _Property) -> date | datetime:
        """A DATE or DATE-TIME value; a date-time is aware (floating reads as described)."""
        raw = prop.value.strip()
        is_date = prop.params.get("VALUE", "").upper() == "DATE" or len(raw) == 8
        if is_date:
            match = _DATE.fullmatch(raw)
            if match is None:
                raise self.error(prop, f"{raw!r} is not a date such as 20121114")
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError as err:
                raise self.error(prop, f"{raw!r} is not a real date ({err})") from None
        match = _DATE_TIME.fullmatch(raw)
        if match is None:
            raise self.error(prop, f"{raw!r} is not a date-time such as 20121114T150000Z")
        try:
            year, month, day, hour, minute, second = (int(match[n]) for n in range(1, 7))
            naive = datetime(year, month, day, hour, minute, second)
        except ValueError as err:
            raise self.error(prop, f"{raw!r} is not a real date-time ({err})") from None
        if match[7] == "Z":
            moment = naive.replace(tzinfo=UTC)
            if self.calendar_zone is not None:
                return moment.astimezone(self.calendar_zone.zone)
            return moment
        zone = self.zone(prop) or self.calendar_zone
        return naive.replace(tzinfo=zone.zone if zone else UTC)

    def zone_name(self, prop: _Property) -> str | None:
        """The IANA name the moment of ``prop`` is expressed in, if any."""
        if prop.value.strip().endswith("Z") or "TZID" not in prop.params:
            return self.calendar_zone.name if self.calendar_zone else None
        zone = self.zone(prop)
        return zone.name if zone is not None else None

    def duration(self, prop: _Property) -> timedelta:
        match = _DURATION.fullmatch(prop.value.strip())
        if match is None or prop.value.strip().upper() in ("P", "PT", "+P", "-P"):
            raise self.error(prop, f"{prop.value!r} is not a duration such as P1D or PT1H30M")
        weeks, days, hours, minutes, seconds = (int(part or 0) for part in match.groups()[1:])
        span = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
        return -span if match[1] == "-" else span


# --- Events ---------------------------------------------------------------------------------


_MAX_ID = 60


def _id_from_uid(uid: str) -> str:
    local = uid.rsplit("@", 1)[0] if "@" in uid else uid
    slug = slugify(local)
    ascii_letters = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    lost_letters = sum(c.isalpha() for c in local) > sum(c.isalpha() for c in ascii_letters)
    if not slug or len(slug) > _MAX_ID or lost_letters:
        # Opaque or non-Latin UIDs: keep what can be read, and a hash that keeps it stable.
        digest = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:10]
        slug = f"{slug[: _MAX_ID - 11].rstrip('-')}-{digest}" if slug else f"event-{digest}"
    return slug


_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _clean(text: str) -> str:
    """Text the events file accepts: no control characters or bidirectional overrides."""
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


@dataclass
class _Event:
    base_id: str
    uid: str
    title: str
    date: str | Day | datetime  # EDTF text, a TOML date, or an aware datetime
    first_day: Day
    timezone: str | None = None
    place: str | None = None
    description: str | None = None
    url: str | None = None
    repeat: str | None = None
    status: str | None = None
    tags: list[str] = field(default_factory=list)
    id: str = ""


def _edtf_days(first: date, last: date) -> str | date:
    return first if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _event(reader: _Reader, component: _Component) -> _Event:
    start_prop = component.first("DTSTART")
    if start_prop is None:
        raise CalendarError(
            reader.path, "a VEVENT has no DTSTART; give it one", line=component.line
        )
    start = reader.value(start_prop)
    notes: list[str] = []

    end: date | datetime | None = None
    end_prop = component.first("DTEND")
    duration_prop = component.first("DURATION")
    if end_prop is not None:
        end = reader.value(end_prop)
    elif duration_prop is not None:
        end = start + reader.duration(duration_prop)

    uid_prop = component.first("UID")
    summary = component.first("SUMMARY")
    title = _one_line(_text(summary.value)) if summary else ""
    uid = uid_prop.value.strip() if uid_prop else ""

    value: str | date | datetime
    zone_name: str | None = None
    if isinstance(start, datetime):
        first_day = start.date()
        end_day = None
        if isinstance(end, datetime) and end > start:
            # An end at midnight closes the day before.
            end_day = (end - timedelta(microseconds=1)).astimezone(start.tzinfo).date()
        if end_day is not None and end_day > first_day:
            value = _edtf_days(first_day, end_day)
            notes.append(f"From {start.isoformat()} to {end.isoformat()}.")  # type: ignore[union-attr]
        else:
            value = start
            zone_name = reader.zone_name(start_prop)
            if isinstance(end, datetime) and end > start:
                notes.append(f"Until {end.astimezone(start.tzinfo).isoformat()}.")
    else:
        first_day = start
        last_day = start
        if isinstance(end, datetime):
            end = end.date()
        if end is not None and end > start:
            last_day = end - timedelta(days=1)  # DTEND of an all-day event is exclusive
        value = _edtf_days(first_day, last_day)

    written = component.first("X-KZTIMELINE-DATE")
    if written is not None:
        value, zone_name = _written_date(_text(written.value).strip(), value, zone_name)

    recurrence = component.first("RECURRENCE-ID")
    base = _id_from_uid(uid) if uid else slugify(title)[:40].strip("-") or "event"
    if recurrence is not None:
        base += "-" + basic_format(reader.value(recurrence))
    elif not uid:
        base += "-" + first_day.isoformat()

    repeat = None
    rule = component.first("RRULE")
    if rule is not None:
        repeat, note = _rule(rule.value.strip(), value, zone_name)
        if note:
            notes.append(note)
    excluded = [
        reader.value(prop) for exdate in component.all("EXDATE") for prop in _split_dates(exdate)
    ]
    if excluded:
        days = ", ".join(sorted({_day_text(moment) for moment in excluded}))
        notes.append(f"Not on: {days}.")

    description_prop = component.first("DESCRIPTION")
    description = _clean(_text(description_prop.value)).strip() if description_prop else ""
    if notes:
        description = "\n\n".join(part for part in (description, " ".join(notes)) if part)
    status_prop = component.first("STATUS")
    status = status_prop.value.strip().lower() if status_prop else None
    tags: list[str] = []
    for categories in component.all("CATEGORIES"):
        for tag in _list_text(categories.value):
            cleaned = _one_line(tag)
            if cleaned and cleaned not in tags:
                tags.append(cleaned)
    location = component.first("LOCATION")
    url = component.first("URL")
    return _Event(
        base_id=base,
        uid=uid,
        title=title or "Untitled event",
        date=value,
        first_day=first_day,
        timezone=zone_name if isinstance(value, datetime) else None,
        place=(_one_line(_text(location.value)) or None) if location else None,
        description=description or None,
        url=_one_line(url.value) or None if url else None,
        repeat=repeat,
        status=status if status in ("confirmed", "tentative", "cancelled") else None,
        tags=tags,
    )


def _split_dates(prop: _Property) -> list[_Property]:
    return [
        _Property(prop.name, prop.params, part, prop.line)
        for part in prop.value.split(",")
        if part.strip()
    ]


def _day_text(moment: date | datetime) -> str:
    return moment.isoformat() if not isinstance(moment, datetime) else moment.date().isoformat()


def _written_date(
    written: str, value: str | date | datetime, zone_name: str | None
) -> tuple[str | date | datetime, str | None]:
    """The date as kztimeline wrote it, if it reads; else the date from DTSTART."""
    from kztimeline.dates import parse_date

    try:
        parse_date(written)
    except DateError:
        return value, zone_name
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", written):
        return date.fromisoformat(written), None
    return written, None


def _rule(
    rule: str, value: str | date | datetime, zone_name: str | None
) -> tuple[str | None, str | None]:
    """The RRULE as ``repeat`` if kztimeline can expand it for this date, else a note."""
    from kztimeline.dates import EventDate, parse_date
    from kztimeline.recurrence import check_rule

    try:
        if isinstance(value, datetime):
            event_date = EventDate.at(value)
        elif isinstance(value, date):
            event_date = EventDate.on(value)
        else:
            event_date = parse_date(value)
        check_rule(rule, event_date)
    except DateError:
        return None, f"Repeats by the calendar rule {rule}."
    return rule, None


def _assign_ids(events: list[_Event]) -> None:
    events.sort(key=lambda event: (event.first_day, event.base_id, event.uid, event.title))
    taken: set[str] = set()
    for event in events:
        candidate, number = event.base_id, 1
        while candidate in taken:
            number += 1
            candidate = f"{event.base_id}-{number}"
        taken.add(candidate)
        event.id = candidate


# --- Writing TOML ---------------------------------------------------------------------------

_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return _TOML_ESCAPES.get(char) or f"\\u{ord(char):04X}"

    if "\n" in text:
        body = re.sub(r'["\\\x00-\x09\x0b-\x1f\x7f]', escape, text)
        return f'"""\n{body}"""'
    return '"' + re.sub(r'["\\\x00-\x1f\x7f]', escape, text) + '"'


def _toml_value(value: str | date | datetime) -> str:
    if isinstance(value, datetime):
        if value.utcoffset() == timedelta(0) and value.tzinfo is UTC:
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _toml_string(value)


def _event_toml(event: _Event, source_id: str) -> list[str]:
    lines = ["[[events]]", f"id = {_toml_string(event.id)}", f"title = {_toml_string(event.title)}"]
    if event.timezone is not None and isinstance(event.date, datetime):
        lines.append(f"date = {event.date.replace(tzinfo=None).isoformat()}")
        lines.append(f"timezone = {_toml_string(event.timezone)}")
    else:
        lines.append(f"date = {_toml_value(event.date)}")
    if event.repeat:
        lines.append(f"repeat = {_toml_string(event.repeat)}")
    if event.place:
        lines.append(f"place = {_toml_string(event.place)}")
    if event.status:
        lines.append(f"status = {_toml_string(event.status)}")
    if event.tags:
        lines.append("tags = [" + ", ".join(_toml_string(tag) for tag in event.tags) + "]")
    if event.url:
        lines.append(f"url = {_toml_string(event.url)}")
    lines.append(f"sources = [{_toml_string(source_id)}]")
    if event.description:
        lines.append(f"description = {_toml_string(event.description)}")
    return lines


def from_ics(
    text: str,
    *,
    source_title: str | None = None,
    path: Path | str = "<calendar>",
) -> str:
    """The events.toml text for the iCalendar ``text``; ``path`` only names it in errors.

    The calendar becomes one source (titled ``source_title``, else the calendar's name, else
    the file name) and the timeline's title; every VEVENT becomes an event citing it, in
    chronological order. The same calendar always gives the same text, and
    :func:`kztimeline.loads` accepts it. Raises :class:`CalendarError` (a ``ValueError``) for a
    file that is not iCalendar, a value that cannot be read, or a calendar with no event.
    """
    calendar = _parse(text, path)
    reader = _Reader(calendar, path)
    events = [_event(reader, component) for component in calendar.walk("VEVENT")]
    if not events:
        raise CalendarError(path, "holds no VEVENT, so there is nothing to import")
    _assign_ids(events)
    events.sort(key=lambda event: (event.first_day, event.id))

    name_prop = calendar.first("X-WR-CALNAME") or calendar.first("NAME")
    calendar_name = _one_line(_text(name_prop.value)) if name_prop else ""
    file_name = Path(str(path)).stem if not str(path).startswith("<") else ""
    title = _one_line(source_title or "") or calendar_name or file_name or "Imported calendar"
    source_id = slugify(title)[:40].strip("-") or "calendar"
    description_prop = calendar.first("X-WR-CALDESC")

    lines = [
        f"# Imported from {_one_line(Path(str(path)).name)} by kztimeline import.",
        "",
        "[timeline]",
        f"title = {_toml_string(title)}",
    ]
    if description_prop is not None and (described := _clean(_text(description_prop.value))):
        lines.append(f"description = {_toml_string(described.strip())}")
    lines += ["", f"[sources.{_toml_string(source_id)}]", f"title = {_toml_string(title)}"]
    for event in events:
        lines += ["", *_event_toml(event, source_id)]
    return "\n".join(lines) + "\n"


def read_calendar(path: Path | str, *, max_bytes: int = 64 * 1024 * 1024) -> str:
    """The text of the iCalendar file at ``path`` (UTF-8, a byte-order mark dropped).

    Raises :class:`CalendarError` for a missing or unreadable file, one over ``max_bytes``,
    or bytes that are not UTF-8.
    """
    _, text = read_text(
        Path(path),
        max_bytes=max_bytes,
        error=lambda where, problem, line: CalendarError(where, problem, line=line),
        kind="an .ics file",
    )
    return text


def write_new(path: Path | str, text: str, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically, refusing to replace a file unless ``force``.

    Raises :class:`~kztimeline.errors.OutputError`; see :func:`kztimeline._files.write_atomically`.
    """
    return write_atomically(path, text, replace=force)
