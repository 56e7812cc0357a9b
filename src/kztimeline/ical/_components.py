"""An iCalendar file cut into its components, so that each is parsed on its own.

One pass over the lines (folded lines joined) checks what ``icalendar`` lets pass (one
VCALENDAR, every BEGIN closed by its END) and notes where each component of the calendar
starts and ends. The import then parses one component at a time, and keeps in memory only
the components that must be read together (several VEVENTs of one UID, changed
occurrences), so its memory grows with the largest component and the events kept, not with
the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from kztimeline._files import not_utf8
from kztimeline.errors import CalendarError
from kztimeline.ical._versions import outline_key

__all__ = ("Layout", "Part", "layout", "outline")

_LINE_END = re.compile(rb"\r\n|\n|\r")
# The raw lines the reader reads as written (icalendar would reorder or round them).
_RAW = ("RRULE", "DURATION")


class Part(NamedTuple):
    """One component of the calendar: its name, the line of its BEGIN, where it is in the
    text, and whether it is a VEVENT that can be read alone (see :func:`layout`)."""

    name: str
    first: int
    start: int
    end: int
    alone: bool
    zones: bool


class Layout(NamedTuple):
    """The calendar's own properties (as a calendar without components), its components in
    order, how many VEVENTs it holds, and the raw lines the reader reads as written."""

    header: str
    parts: list[Part]
    events: int
    raw: dict[int, str]


def _content_lines(
    data: bytes, path: Path | str = "<calendar>"
) -> Iterator[tuple[int, str, int, int]]:
    """Each content line: the number of its first physical line, its text with folds joined
    (as :func:`kztimeline.ical.codec.unfold`), and where it starts and ends (after its line
    end) in the UTF-8 ``data``. Blank lines are skipped. Each line is decoded on its own, so
    the file is never held as one string (which takes up to four bytes a character).

    Raises :class:`~kztimeline.errors.CalendarError` for bytes that are not UTF-8.
    """
    pieces: list[str] = []
    number, start, end = 0, 0, 0
    position, line_number = 0, 0
    size = len(data)
    while position <= size:
        found = _LINE_END.search(data, position)
        stop, after = (found.start(), found.end()) if found else (size, size + 1)
        line_number += 1
        try:
            line = data[position:stop].decode("utf-8")
        except UnicodeDecodeError as err:
            problem = not_utf8(data[position + err.start])
            raise CalendarError(path, problem, line=line_number) from None
        if line[:1] in (" ", "\t") and pieces:
            pieces.append(line[1:])
            end = min(after, size)
        elif line.strip():
            # A blank line ends nothing: a fold after it still continues the line before.
            if pieces:
                yield number, "".join(pieces), start, end
            number, pieces, start, end = line_number, [line], position, min(after, size)
        position = after
    if pieces:
        yield number, "".join(pieces), start, end


def _key(line: str) -> tuple[str, str]:
    name, _, rest = line.partition(":")
    return name.split(";", 1)[0].strip().upper(), rest


def _uid_key(line: str) -> str:
    """A key that two UID lines of the same UID share, whatever their escapes, parameters or
    case (two different UIDs may share it too: their VEVENTs are then read together)."""
    return line.rsplit(":", 1)[-1].replace("\\", "").strip().lower()


def layout(data: bytes, path: Path | str) -> Layout:
    """The components of the calendar ``data`` (UTF-8; see :class:`Layout`).

    A VEVENT is read alone when nothing else in the file can bear on it: it is not nested and
    holds no component that could be a VEVENT or a VTIMEZONE, it has one UID that no other
    VEVENT has nor names in X-KZTIMELINE-ALSO-OF, and no RECURRENCE-ID or
    X-KZTIMELINE-ALSO-OF.

    Raises :class:`~kztimeline.errors.CalendarError` for a file that is not one VCALENDAR
    with every BEGIN closed by its END, naming the line.
    """
    open_components: list[tuple[str, int]] = []
    header: list[str] = []
    parts: list[Part] = []
    raw: dict[int, str] = {}
    events = 0
    uids: Counter[str] = Counter()
    part_uids: list[str | None] = []
    first_line: int | None = None
    part_start, alone, zones = 0, True, False
    for number, line, start, end in _content_lines(data, path):
        key, rest = _key(line)
        if first_line is None:
            first_line = number
            if line.strip().upper() != "BEGIN:VCALENDAR":
                raise CalendarError(
                    path,
                    "is not an iCalendar file: it must start with BEGIN:VCALENDAR",
                    line=number,
                )
        elif not open_components:
            raise CalendarError(
                path, "is not an iCalendar file: text follows END:VCALENDAR", line=number
            )
        if key == "BEGIN":
            component = rest.strip().upper()
            events += component == "VEVENT"
            if len(open_components) == 1:
                part_start, alone, zones = start, component == "VEVENT", component == "VTIMEZONE"
                part_uids.append(None)
            elif len(open_components) > 1:
                alone = alone and component not in ("VEVENT", "VTIMEZONE") and component[:2] != "X-"
                zones = zones or component == "VTIMEZONE"
            open_components.append((component, number))
        elif key == "END":
            if not open_components or open_components[-1][0] != rest.strip().upper():
                expected = open_components[-1][0] if open_components else "nothing"
                raise CalendarError(
                    path,
                    f"END:{rest.strip()} does not close {expected}; check the BEGIN and END lines",
                    line=number,
                )
            name, begin = open_components.pop()
            if len(open_components) == 1:
                alone = alone and part_uids[-1] not in (None, "")
                parts.append(Part(name, begin, part_start, end, alone, zones))
        elif len(open_components) == 1:
            header.append(data[start:end].decode("utf-8"))
        elif len(open_components) == 2:
            if key in _RAW:
                raw[number] = line
            if key == "UID":
                alone = alone and part_uids[-1] is None
                uid = _uid_key(line)
                part_uids[-1] = uid
                uids[uid] += 1
            elif key in ("RECURRENCE-ID", "X-KZTIMELINE-ALSO-OF"):
                alone = False
            if key == "X-KZTIMELINE-ALSO-OF":  # the event it names gets this date
                uids[_uid_key(line)] += 1
        else:
            if key in _RAW:
                raw[number] = line
            if key in ("UID", "X-KZTIMELINE-ALSO-OF"):  # none of a VEVENT read alone
                uids[_uid_key(line)] += 1
    if open_components:
        component, number = open_components[-1]
        raise CalendarError(
            path, f"BEGIN:{component} is never closed; add END:{component}", line=number
        )
    if first_line is None:
        raise CalendarError(path, "is not an iCalendar file: it must start with BEGIN:VCALENDAR")
    parts = [
        part._replace(alone=part.alone and uids[uid or ""] == 1)
        for part, uid in zip(parts, part_uids, strict=True)
    ]
    calendar = "".join(["BEGIN:VCALENDAR\r\n", *header, "\r\nEND:VCALENDAR\r\n"])
    return Layout(calendar, parts, events, raw)


def outline(data: bytes, first: int) -> list[dict[str, int]]:
    """For each VEVENT of one component ``data`` (UTF-8, whose BEGIN is on line ``first`` of the
    file), the line of ``BEGIN`` and of the first of each property (``NAME#2``... after it)."""
    open_components: list[str] = []
    events: list[dict[str, int]] = []
    seen: Counter[str] = Counter()
    for number, line, _, _ in _content_lines(data):
        key, rest = _key(line)
        number += first - 1
        if key == "BEGIN":
            open_components.append(rest.strip().upper())
            if open_components[-1] == "VEVENT":
                events.append({"BEGIN": number})
                seen = Counter()
        elif key == "END":
            open_components.pop()
        elif open_components and open_components[-1] == "VEVENT":
            events[-1][outline_key(key, seen)] = number
    return events
