"""The iCalendar (RFC 5545) content codec: each value format in both directions, side by side.

Every function that writes a form sits next to the one that reads it back, so that a change
to one is seen at the other: TEXT escaping (§3.3.11), line folding (§3.1), DATE and DATE-TIME
(§3.3.4, §3.3.5), DURATION (§3.3.6) and UTC-OFFSET (§3.3.14). The writer uses the writing
half; the reader leaves parsing to ``icalendar`` and uses this module for the values it keeps
as text (``X-KZTIMELINE-DATE``) and for checks.

Nothing here imports a dependency, so the writer stays fast to import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from kztimeline.errors import CalendarValueError

__all__ = (
    "CRLF",
    "MAX_LINE_OCTETS",
    "escape_text",
    "fold",
    "format_date",
    "format_duration",
    "format_local",
    "format_offset",
    "format_utc",
    "normalise_newlines",
    "parse_date",
    "parse_date_time",
    "parse_duration",
    "parse_offset",
    "unescape_text",
    "unfold",
)

CRLF = "\r\n"
MAX_LINE_OCTETS = 75

# --- TEXT (§3.3.11) -------------------------------------------------------------------------

_ESCAPES = (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n"))
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def normalise_newlines(value: str) -> str:
    """``value`` with CRLF and CR turned into LF, the one line end TEXT can carry (as ``\\n``)."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def escape_text(value: str) -> str:
    """Escape a TEXT value: ``\\ ; ,`` and line ends (CR, LF, CRLF all become ``\\n``)."""
    value = normalise_newlines(value)
    for plain, escaped in _ESCAPES:
        value = value.replace(plain, escaped)
    return value


def unescape_text(value: str) -> str:
    """The inverse of :func:`escape_text`: ``\\n`` and ``\\N`` are a newline, ``\\x`` is ``x``."""
    return _ESCAPED.sub(lambda match: "\n" if match[1] in "nN" else match[1], value)


# --- Lines (§3.1) ---------------------------------------------------------------------------


def fold(line: str) -> str:
    """Fold one content line into lines of at most 75 octets, joined by CRLF + space.

    A fold never splits a UTF-8 character, nor a backslash from the character it escapes, so
    each physical line also stays valid text on its own.
    """
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    if line.isascii():
        return (CRLF + " ").join(_ascii_pieces(line))
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
    return (CRLF + " ").join(pieces)


def unfold(text: str) -> list[tuple[int, str]]:
    """The content lines of ``text``, each with the number of the physical line it starts on:
    folds (a line end then a space or tab) joined, blank lines dropped. CRLF, LF and CR line
    ends are all accepted, as real files mix them."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


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


# --- DATE and DATE-TIME (§3.3.4, §3.3.5) ----------------------------------------------------

_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")


def format_date(day: date) -> str:
    """``day`` as ``YYYYMMDD``. The year always has four digits: ``strftime("%Y")`` drops the
    leading zeros of years before 1000 on glibc, which turns 0002-01-01 into ``20101``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def parse_date(text: str) -> date:
    """The inverse of :func:`format_date`; :class:`CalendarValueError` for anything else."""
    match = _DATE.fullmatch(text)
    if match is None:
        raise CalendarValueError.expected(text, "a date such as 20121114")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise CalendarValueError.expected(text, "a real date") from None


def format_local(moment: datetime) -> str:
    """The wall-clock time of ``moment`` as ``YYYYMMDDTHHMMSS`` (for a TZID or floating value);
    seconds are kept, fractions dropped, as iCalendar has none."""
    return f"{format_date(moment)}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"


def format_utc(moment: datetime) -> str:
    """The aware ``moment`` in UTC as ``YYYYMMDDTHHMMSSZ``."""
    return format_local(moment.astimezone(UTC)) + "Z"


def parse_date_time(text: str) -> datetime:
    """The inverse of :func:`format_local` (a naive result) and :func:`format_utc` (aware, in
    UTC); :class:`CalendarValueError` for anything else."""
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise CalendarValueError.expected(text, "a date-time such as 20121114T150000Z")
    try:
        year, month, day, hour, minute, second = (int(match[group]) for group in range(1, 7))
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise CalendarValueError.expected(text, "a real date-time") from None
    return moment.replace(tzinfo=UTC) if match[7] else moment


# --- DURATION (§3.3.6) and UTC-OFFSET (§3.3.14) ---------------------------------------------

_DURATION = re.compile(r"([+-])?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)")


def format_duration(span: timedelta) -> str:
    """A non-negative ``span`` as ``P3D``, ``PT1H30M``, ``P1DT2H`` or ``PT0S``; whole seconds."""
    if span < timedelta(0):
        raise CalendarValueError.expected(str(span), "a duration that is not negative")
    days, seconds = span.days, span.seconds
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(
        f"{amount}{unit}"
        for amount, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
        if amount
    )
    if not days and not clock:
        return "PT0S"
    return "P" + (f"{days}D" if days else "") + (f"T{clock}" if clock else "")


def parse_duration(text: str) -> timedelta:
    """The inverse of :func:`format_duration`, weeks and a sign included."""
    match = _DURATION.fullmatch(text.upper())
    if match is None or text.upper().rstrip("T").endswith("P"):
        raise CalendarValueError.expected(text, "a duration such as P1D or PT1H30M")
    weeks, days, hours, minutes, seconds = (int(part or 0) for part in match.groups()[1:])
    span = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    return -span if match[1] == "-" else span


_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?")


def format_offset(offset: timedelta) -> str:
    """A UTC offset as ``+0600`` or ``-0330`` (``+054500`` only if it has seconds)."""
    sign = "-" if offset < timedelta(0) else "+"
    seconds = abs(int(offset.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


def parse_offset(text: str) -> timedelta:
    """The inverse of :func:`format_offset`."""
    match = _OFFSET.fullmatch(text)
    if match is None:
        raise CalendarValueError.expected(text, "a UTC offset such as +0600")
    span = timedelta(hours=int(match[2]), minutes=int(match[3]), seconds=int(match[4] or 0))
    return -span if match[1] == "-" else span
