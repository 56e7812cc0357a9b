"""The field types of the events.toml records: text, slugs and dates, each with its rule.

Every rule about a single value lives here once; the records (:mod:`kztimeline.records`)
combine them, and the importer checks its output through them rather than copying them.
"""

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    PlainSerializer,
    PlainValidator,
    Strict,
    StringConstraints,
    WithJsonSchema,
)

from kztimeline.dates import EventDate, parse_time_zone
from kztimeline.edtf import parse_date
from kztimeline.errors import DateError, FieldProblem

__all__ = (
    "COLOUR_PATTERN",
    "FORBIDDEN_CHARACTERS",
    "Colour",
    "DateField",
    "Flag",
    "OneLine",
    "Slug",
    "Status",
    "Text",
    "TomlDate",
    "TomlDateTime",
    "pattern_problem",
    "share_repeated",
    "slugify",
    "type_name",
    "with_zone",
)


# C0 controls but tab, newline and carriage return; DEL and the C1 controls; the bidirectional
# embeddings, overrides and isolates, which can make text read backwards. Written so that both
# Python's re and pydantic's regex engine read them alike.
_FORBIDDEN = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_BREAKS = r"\r\n\u2028\u2029\x85"
FORBIDDEN_CHARACTERS = re.compile(f"[{_FORBIDDEN}]")
_LINE_BREAKS = re.compile(f"[{_BREAKS}]")


def _plain_text(value: str) -> str:
    found = FORBIDDEN_CHARACTERS.search(value)
    if found is not None:
        code = ord(found.group())
        kind = "a bidirectional control" if code >= 0x202A else "a control character"
        raise ValueError(f"contains {kind} (U+{code:04X}); remove it")
    return value


def _one_line(value: str) -> str:
    _plain_text(value)
    if not value.strip():
        raise ValueError("must not be blank")
    if _LINE_BREAKS.search(value):
        raise ValueError("must be one line; move the rest into description")
    return value


_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


def slugify(text: str) -> str:
    """``text`` as an id: lowercase ASCII letters, digits and ``-``; ``""`` if nothing is
    left. Accents are dropped (``Genève`` → ``geneve``). The one rule for every made-up id."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _slug(value: str) -> str:
    if _SLUG.fullmatch(value) is None:
        suggestion = slugify(value) or "event-1"
        raise ValueError(
            f"'{value}' is not a lowercase slug of a-z, 0-9 and '-'; write e.g. '{suggestion}'"
        )
    return value


# Each check above, as the one pattern of the strings it accepts. pydantic matches a pattern in
# its own compiled code, without calling Python for every field of every event; the functions
# stay the rule and the wording: the loader calls the one behind a pattern (pattern_problem)
# to say what is wrong. tests/test_fields.py checks that each pair accepts the same strings.
_TEXT = f"^[^{_FORBIDDEN}]*$"
_ONE_LINE = f"^[^{_FORBIDDEN}{_BREAKS}]*[^{_FORBIDDEN}{_BREAKS}\\s][^{_FORBIDDEN}{_BREAKS}]*$"
_SLUG_PATTERN = "^[a-z0-9][a-z0-9-]*$"
_CHECKS: dict[str, Callable[[str], str]] = {
    _TEXT: _plain_text,
    _ONE_LINE: _one_line,
    _SLUG_PATTERN: _slug,
}
_PATTERNS = {check: pattern for pattern, check in _CHECKS.items()}
# The JSON Schema says "a string", as before the patterns: the checks say more than a schema
# can, and the file's schema stays the same.
_A_STRING = WithJsonSchema({"type": "string"})


def pattern_problem(pattern: str, value: str) -> str:
    """What is wrong with ``value``, a string that failed ``pattern`` (the pattern of a text
    field of the records): the message of the check the pattern stands for. ValueError if
    the value passes that check, or KeyError if the pattern is not one of the records'."""
    try:
        _CHECKS[pattern](value)
    except ValueError as err:
        return str(err)
    raise ValueError(f"{value!r} passes the check behind {pattern!r}")


Text = Annotated[str, StringConstraints(pattern=_TEXT), _A_STRING]
"""Free text: any characters but controls and bidirectional overrides; may span lines."""
OneLine = Annotated[str, StringConstraints(pattern=_ONE_LINE), _A_STRING]
"""Text on one line, not blank."""
Slug = Annotated[str, StringConstraints(pattern=_SLUG_PATTERN), _A_STRING]
"""An event id: lowercase letters, digits and '-', starting with a letter or a digit."""

# A TOML file gives booleans, dates and date-times their own types; pydantic's lax mode would
# also take "yes", 1 or "2024-06-30" for them, and the file would mean what it does not say.
Flag = Annotated[bool, Strict()]
"""``true`` or ``false``, never a string or a number."""
TomlDate = Annotated[date, Strict()]
"""A TOML date such as 2012-11-13 (a ``date``), never a string."""
TomlDateTime = Annotated[datetime, Strict()]
"""A TOML date-time (a ``datetime``), never a string."""

COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
_COLOUR = re.compile(COLOUR_PATTERN)


def _colour(value: str) -> str:
    if _COLOUR.match(value) is None:
        raise ValueError(f"'{value}' is not a colour as #RRGGBB; write e.g. '#0072B2'")
    return value


Colour = Annotated[str, AfterValidator(_colour)]
"""A colour as ``#RRGGBB``."""

_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "a boolean"),
    (int, "a number"),
    (float, "a number"),
    (str, "a string"),
    (datetime, "a date-time"),
    (date, "a date"),
    (time, "a time of day"),
    (list, "an array"),
    (dict, "a table"),
)


def type_name(value: object) -> str:
    """How a TOML value's type reads in an error message: ``a boolean``, ``an array``."""
    for kind, name in _TYPE_NAMES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


_QUOTED_DATE_TIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<clock>\d{2}:\d{2})(?P<seconds>:\d{2}(?:\.\d+)?)?"
    r"(?P<offset>Z|[+-]\d{2}:\d{2})?"
)


def _refuse_quoted_date_time(value: str) -> None:
    """A date-time in quotes is a string, which EDTF dates cannot hold: say how to write it."""
    found = _QUOTED_DATE_TIME.fullmatch(value.strip())
    if found is None:
        return
    example = (
        f"{found['day']}T{found['clock']}{found['seconds'] or ':00'}{found['offset'] or '+06:00'}"
    )
    raise ValueError(
        f"'{value}' is a date-time in quotes; write a TOML date-time without quotes, with "
        f"seconds and an offset or a timezone key, e.g. date = {example}"
    )


def _to_event_date(value: object) -> EventDate:
    if isinstance(value, EventDate):
        return value
    if isinstance(value, str):
        _refuse_quoted_date_time(value)
    try:
        if isinstance(value, str):
            return parse_date(value)
        if isinstance(value, datetime):
            return EventDate.at(value)
        if isinstance(value, date):
            return EventDate.on(value)
    except DateError as err:
        raise ValueError(str(err)) from err
    if isinstance(value, time):
        raise ValueError("a time of day needs a date, as in 2012-11-12T15:00:00+06:00")
    # date = 1969: a year written as a number, which TOML reads as an integer.
    year = (
        f'; write date = "{value}"'
        if type(value) is int and 1 <= value <= 9999  # not isinstance: a bool is an int
        else ""
    )
    raise ValueError(
        f'must be a TOML date such as 2012-11-12 or a string such as "2010-02"; '
        f"got {type_name(value)}{year}"
    )


_EDTF_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?[?~%]?|\.\.)(/(\d{4}(-\d{2}(-\d{2})?)?[?~%]?|\.\.))?$"

DateField = Annotated[
    EventDate,
    PlainValidator(_to_event_date),
    PlainSerializer(lambda value: value.text, return_type=str),
    WithJsonSchema(
        {
            "description": (
                "A TOML date, an offset date-time, a local date-time with `timezone`, or an "
                "EDTF string: YYYY, YYYY-MM, YYYY-MM-DD with an optional ?, ~ or %, or an "
                "interval A/B where either side may be '..'."
            ),
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
                {"type": "string", "pattern": _EDTF_PATTERN},
            ],
        }
    ),
]

Status = Literal["confirmed", "tentative", "cancelled"]
"""The status of an event, as in iCalendar's STATUS of a VEVENT."""


def _zone_of(data: dict[str, Any]) -> tzinfo | None:
    """The zone of an event's local date-times: its ``timezone``, else its date's offset."""
    name = data.get("timezone")
    value = data.get("date")
    if name is None:
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.tzinfo
        return None
    if not isinstance(name, str):
        raise FieldProblem("timezone", f"must be a string; got {type_name(name)}")
    try:
        zone = parse_time_zone(name)
    except DateError as err:
        raise FieldProblem("timezone", str(err)) from err
    if isinstance(value, datetime) and value.tzinfo is not None:
        raise FieldProblem(
            "timezone", "the date already has an offset; remove the offset or the timezone"
        )
    if "date" in data and not isinstance(value, datetime):
        raise FieldProblem(
            "timezone", "applies only to a local date-time such as 2012-11-12T15:00:00"
        )
    return zone


def _aware(value: object, zone: tzinfo | None, key: str) -> datetime:
    if not isinstance(value, datetime):
        raise FieldProblem(
            key,
            f"must be a date-time such as 2012-11-12T17:00:00; got {type_name(value)}; "
            'a span of days is written as an interval date, such as "2012-11-12/2012-11-14"',
        )
    if value.tzinfo is not None:
        return value
    if zone is None:
        raise FieldProblem(key, "applies only to an event whose date is a date-time")
    return value.replace(tzinfo=zone)


def _timed(start: object, end: object, zone: tzinfo | None, key: str) -> EventDate | None:
    """A date-time ``start`` with its optional ``end``, local ones read in ``zone``."""
    if not isinstance(start, datetime):
        return None
    if start.tzinfo is None and zone is None:
        if end is None:
            return None  # the date's own check says that it has no zone
        try:  # not the end's fault: the start has no zone, as EventDate.at words it
            EventDate.at(start)
        except DateError as err:
            raise FieldProblem("date", str(err)) from err
    until = _aware(end, zone, key) if end is not None else None
    text = start.isoformat() if start.tzinfo is None else None
    try:
        return EventDate.at(_aware(start, zone, "date"), text=text, until=until)
    except DateError as err:
        raise FieldProblem(key if end is not None else "date", str(err)) from err


def with_zone(data: dict[str, Any]) -> dict[str, Any]:
    """An event's raw table with its local date-times placed in its zone.

    ``date``, ``end``, the date-times of ``also_on`` and the ``date`` and ``end`` of each
    change are read in the event's ``timezone`` (or the offset of its date); ``date`` and
    ``end`` become one :class:`EventDate`. Raises :class:`FieldProblem` naming the key at fault.
    """
    if (
        data.get("timezone") is None
        and not isinstance(data.get("date"), datetime)
        and data.get("end") is None
        and "also_on" not in data
        and "changes" not in data
    ):
        return data  # nothing to place in a zone: most events, so they skip the copy below
    zone = _zone_of(data)
    data = _spanned(data, zone, "end", end_alone=False)
    extra = data.get("also_on")
    if isinstance(extra, list | tuple):
        data["also_on"] = [
            _aware(item, zone, "also_on") if isinstance(item, datetime) else item for item in extra
        ]
    changes = data.get("changes")
    if isinstance(changes, list | tuple):
        data["changes"] = [
            _spanned(change, zone, "changes", end_alone=True)
            if isinstance(change, dict)
            else change
            for change in changes
        ]
    return data


def _spanned(
    fields: dict[str, Any], zone: tzinfo | None, key: str, *, end_alone: bool
) -> dict[str, Any]:
    """``fields`` with ``date`` and ``end`` made one :class:`EventDate` (and ``end`` aware); an
    ``end`` without a date-time is refused, unless ``end_alone`` (a change of the end only)."""
    fields = dict(fields)
    timed = _timed(fields.get("date"), fields.get("end"), zone, key)
    if timed is not None:
        fields["date"] = timed
        fields["end"] = timed.until
    elif fields.get("end") is not None:
        if not end_alone:
            raise FieldProblem(
                key, 'applies only to a date-time; a span of days is an interval, "A/B"'
            )
        fields["end"] = _aware(fields["end"], zone, key)
    return fields


# An event's keys whose values repeat from event to event: a kind, a place, a source id.
_REPEATED_KEYS = (
    "kind",
    "place",
    "sources",
    "people",
    "organizations",
    "tags",
    "status",
    "timezone",
)


def share_repeated(fields: dict[str, Any], strings: dict[str, str]) -> None:
    """Replace each text of an event's ``fields`` that repeats from event to event (a kind, a
    place, a source id, alone or in a list) by the equal one in ``strings``, added if new.

    A parser makes a new string for every "meeting" or source id it reads; a large file's
    events, all held at once, then share one copy of each."""
    for key in _REPEATED_KEYS:
        value = fields.get(key)
        if isinstance(value, str):
            fields[key] = strings.setdefault(value, value)
        elif isinstance(value, list):
            fields[key] = [
                strings.setdefault(part, part) if isinstance(part, str) else part for part in value
            ]
