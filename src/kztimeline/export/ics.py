"""iCalendar (RFC 5545) export that imports into any calendar without a shifted day.

The events are built with the ``ics`` package (0.7). Where its output does not conform, a
small layer corrects it; each correction names the ics-py issue it covers:

- no line folding (#215): :func:`fold` folds every line at 75 octets;
- no DTSTAMP (#200), no RRULE (#14), no calendar name (#375): the lines are added;
- CR escaped as ``\\r`` (#198): text is normalised to ``\\n`` line ends before ics sees it;
- URLs TEXT-escaped: the URL line is written unescaped, as a URI;
- random UIDs: every UID is ``<event id>@<domain>``;
- set-ordered output (events, categories): events are serialised one by one in
  chronological order, and the properties of each are put in a fixed order;
- all-day dates shifted a day east of UTC (#173): ics is given no date for an all-day event;
  its DTSTART and DTEND are written here as plain dates, never a date-time in the local
  zone, and the tests run under zones from UTC−10 to UTC+14.

``ics`` (and ``arrow``, which it uses) is imported only when :func:`to_ics` runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from kztimeline._files import write_atomically
from kztimeline.dates import Precision, basic_format
from kztimeline.errors import EmptySelectionError, ExportOptionError

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("DEFAULT_UID_DOMAIN", "Imprecise", "escape_text", "fold", "to_ics", "write_ics")

DEFAULT_UID_DOMAIN = "kztimeline.invalid"
"""The domain of every UID unless another is given: ``<event id>@kztimeline.invalid``.

``.invalid`` is reserved (RFC 2606), so it can never clash with a real host's identifiers.
Give your own domain when two different timelines may use the same event ids.
"""

Imprecise = Literal["span", "start", "skip"]
"""How an event known only to the month or year is exported: see :func:`to_ics`."""

MAX_LINE_OCTETS = 75
_CRLF = "\r\n"
# The order of the properties of a VEVENT; anything else follows, sorted by name.
_ORDER = (
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "SUMMARY",
    "LOCATION",
    "DESCRIPTION",
    "CATEGORIES",
    "STATUS",
    "URL",
    "X-KZTIMELINE-DATE",
)


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): ``\\ ; ,`` and line ends, CR and CRLF as ``\\n``."""
    value = _normalise_newlines(value)
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(plain, escaped)
    return value


def _normalise_newlines(value: str) -> str:
    # ics-py #198 escapes CR as "\r", which no calendar reads; "\n" is the only line end.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def fold(line: str) -> str:
    """Fold one content line into lines of at most 75 octets, joined by CRLF + space.

    ics-py #215 folds nothing. A fold never splits a UTF-8 character, nor a backslash from
    the character it escapes, so each physical line also stays valid text on its own.
    """
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    if line.isascii():
        return (_CRLF + " ").join(_ascii_pieces(line))
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for token in _tokens(line):
        octets = len(token.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = MAX_LINE_OCTETS - 1  # continuation lines start with a space
        current.append(token)
        size += octets
    pieces.append("".join(current))
    return (_CRLF + " ").join(pieces)


def _ascii_pieces(line: str) -> Iterator[str]:
    """The fold of an ASCII line, where one character is one octet: cut every 75, then 74
    characters, one earlier where the cut would part a backslash from what it escapes."""
    start, limit = 0, MAX_LINE_OCTETS
    while len(line) - start > limit:
        end = start + limit
        # An odd run of backslashes before the cut ends in an unfinished escape.
        run = len(line[start:end]) - len(line[start:end].rstrip("\\"))
        if run % 2:
            end -= 1
        yield line[start:end]
        start, limit = end, MAX_LINE_OCTETS - 1
    yield line[start:]


def _tokens(line: str) -> Iterator[str]:
    """Characters, except that an escape (backslash and the next character) stays whole."""
    index = 0
    while index < len(line):
        width = 2 if line[index] == "\\" and index + 1 < len(line) else 1
        yield line[index : index + width]
        index += width


def _stamp(timeline: Timeline) -> datetime:
    """DTSTAMP: SOURCE_DATE_EPOCH, else ``revised``, else the newest source, else the last day.

    Never the clock, so the same input always gives the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise ExportOptionError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970; "
                "unset it or give an integer"
            ) from None
    published = [source.published for source in timeline.sources.values() if source.published]
    day = timeline.revised or (max(published) if published else None)
    if day is None:
        day = max(event.date.known_last_day for event in timeline)
    return datetime.combine(day, time(), UTC)


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
    if event.repeat:
        notes.append(f"Repeats: {event.repeat}.")
    return notes


def _description(event: Event, timeline: Timeline, imprecise: Imprecise) -> str:
    """The description, then the date notes, the people with roles, and the sources."""
    paragraphs = []
    if event.description:
        paragraphs.append(_normalise_newlines(event.description).strip())
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


def _serialize_event(event: Event, description: str, days: tuple[date, date] | None) -> str:
    """One VEVENT as ics serialises it: unfolded lines joined by CRLF."""
    import ics

    built = ics.Event(
        name=_normalise_newlines(event.title),
        uid=event.id,  # replaced below; ics would otherwise invent a random one
        location=event.place,
        description=description,
        status=_status(event),
    )
    if days is None:
        assert event.date.time is not None
        built.begin = event.date.time.astimezone(UTC)
    # An all-day event gets no begin here: ics turns a date into a local date-time, which
    # shifts the day east of UTC (#173), and back with arrow, which is a third of the time
    # of to_ics. _vevent writes its DTSTART and DTEND as plain dates.
    return str(built.serialize())


def _content_lines(serialized: str) -> list[tuple[str, str]]:
    """Split serialised ics output into (name, the rest of the line) pairs, BEGIN/END dropped."""
    lines = []
    for line in serialized.split(_CRLF):
        if not line or line.startswith(("BEGIN:", "END:")):
            continue
        cut = min(index for index in (line.find(":"), line.find(";")) if index >= 0)
        lines.append((line[:cut], line[cut:]))
    return lines


def _vevent(event: Event, timeline: Timeline, imprecise: Imprecise, extra: dict[str, str]) -> str:
    days = None if event.date.time is not None else _days(event, imprecise)
    description = _description(event, timeline, imprecise)
    properties = dict(_content_lines(_serialize_event(event, description, days)))
    properties.pop("DTEND", None)
    if days is not None:
        # Always write the exclusive end (clients guess without one), or a DURATION where
        # the day after is past year 9999.
        first, last = days
        properties["DTSTART"] = f";VALUE=DATE:{basic_format(first)}"
        if last < date.max:
            properties["DTEND"] = f";VALUE=DATE:{basic_format(last + timedelta(days=1))}"
        else:
            properties["DURATION"] = f":P{(last - first).days + 1}D"
    # A moment keeps DTSTART alone: zero duration.
    properties.pop("URL", None)  # ics TEXT-escapes URIs; written raw below
    properties.pop("CATEGORIES", None)  # ics writes a set, in arbitrary order
    properties.update(extra)
    properties["UID"] = f":{extra['UID']}"
    categories = _categories(event)
    if categories:
        properties["CATEGORIES"] = ":" + ",".join(escape_text(value) for value in categories)
    if event.url:
        properties["URL"] = f":{event.url}"
    if event.repeat:
        properties["RRULE"] = f":{event.repeat}"
    properties["X-KZTIMELINE-DATE"] = f":{escape_text(event.date.text)}"
    names = [name for name in _ORDER if name in properties]
    names += sorted(name for name in properties if name not in _ORDER)
    lines = ["BEGIN:VEVENT", *(name + properties[name] for name in names), "END:VEVENT"]
    return "".join(fold(line) + _CRLF for line in lines)


def _header(timeline: Timeline) -> list[str]:
    """The VCALENDAR lines before the first event, from ics, corrected and completed."""
    import ics

    from kztimeline import __version__

    calendar = ics.Calendar(creator=f"-//kztimeline//kztimeline {__version__}//EN")
    lines = [line for line in str(calendar.serialize()).split(_CRLF) if line]
    lines = [line for line in lines if line != "END:VCALENDAR"]
    lines += ["CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    # ics-py #375: no calendar name. NAME is RFC 7986; X-WR-* is what Google and Apple read.
    lines.append(f"NAME:{escape_text(timeline.title)}")
    lines.append(f"X-WR-CALNAME:{escape_text(timeline.title)}")
    if timeline.description:
        lines.append(f"X-WR-CALDESC:{escape_text(timeline.description)}")
    return lines


def to_ics(
    timeline: Timeline,
    *,
    imprecise: Imprecise = "span",
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> str:
    """The timeline as iCalendar text, with CRLF line ends and lines folded at 75 octets.

    Days become all-day events (``VALUE=DATE``, DTEND exclusive); a moment becomes a UTC
    date-time. An event known only to the month or the year covers the whole period
    (``imprecise="span"``), only its first day (``"start"``), or is left out (``"skip"``);
    the description always states the precision, and ``X-KZTIMELINE-DATE`` keeps the date
    as written. An open interval is exported over the period of its known side. ``repeat``
    becomes RRULE. Each UID is ``<event id>@<uid_domain>``, so importing again updates the
    events rather than adding copies. DTSTAMP comes from the input (see :func:`_stamp`).

    Raises :class:`EmptySelectionError` if no event is left to export, and
    :class:`ExportOptionError` for an unknown ``imprecise`` or a malformed ``uid_domain``.
    """
    if imprecise not in get_args(Imprecise):
        raise ExportOptionError(
            f"imprecise={imprecise!r} is not one of: {', '.join(get_args(Imprecise))}"
        )
    if not uid_domain or any(char in uid_domain for char in "@ \t\r\n;:,\\"):
        raise ExportOptionError(f"{uid_domain!r} is not a domain name such as example.org")
    events = [
        event
        for event in timeline
        if event.date.time is not None or _days(event, imprecise) is not None
    ]
    if not events:
        raise EmptySelectionError.for_format("iCalendar")
    moment = _stamp(timeline)
    stamp = f":{basic_format(moment)}T{moment:%H%M%S}Z"
    parts = [fold(line) + _CRLF for line in _header(timeline)]
    for event in events:
        extra = {"DTSTAMP": stamp, "UID": f"{event.id}@{uid_domain}"}
        parts.append(_vevent(event, timeline, imprecise, extra))
    parts.append("END:VCALENDAR" + _CRLF)
    return "".join(parts)


def write_ics(timeline: Timeline, path: Path | str, **options: Any) -> Path:
    """Write :func:`to_ics` of ``timeline`` to ``path`` atomically; returns the path."""
    return write_atomically(path, to_ics(timeline, **options).encode("utf-8"))
