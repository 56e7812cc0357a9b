"""The records of a sourced chronology: the timeline's description, sources, people and events.

The pydantic models here are also the definition of the events.toml format: the loader
validates the parsed TOML against :class:`TimelineDocument`, and ``kztimeline schema`` prints its
JSON Schema (:func:`json_schema`). Nothing here imports an exporter's dependency.
"""

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    PrivateAttr,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from kztimeline.dates import (
    EventDate,
    Precision,
    Qualifier,
    day_offset,
    parse_date,
    parse_time_zone,
)
from kztimeline.errors import DateError, FieldProblem

# The field Event.date hides the type inside the class body; this name does not.
Day = date

__all__ = (
    "Event",
    "Person",
    "Source",
    "TimelineDocument",
    "TimelineInfo",
    "json_schema",
    "slugify",
    "type_name",
)


_FORBIDDEN_CHARACTERS = re.compile(
    # C0 controls but tab, newline and carriage return; DEL and the C1 controls; the
    # bidirectional embeddings, overrides and isolates, which can make text read backwards.
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAKS = re.compile("[\r\n\u2028\u2029\x85]")


def _plain_text(value: str) -> str:
    found = _FORBIDDEN_CHARACTERS.search(value)
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


Text = Annotated[str, AfterValidator(_plain_text)]
"""Free text: any characters but controls and bidirectional overrides; may span lines."""
OneLine = Annotated[str, AfterValidator(_one_line)]
"""Text on one line, not blank."""

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


Slug = Annotated[str, AfterValidator(_slug)]

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


def _to_event_date(value: object) -> EventDate:
    if isinstance(value, EventDate):
        return value
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
    raise ValueError(
        f'must be a TOML date such as 2012-11-12 or a string such as "2010-02"; '
        f"got {type_name(value)}"
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

# The validators are built on first use, not on import: importing stays cheap, and the command
# line can configure pydantic (see cli.run) before anything is built.
_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True)


class TimelineInfo(BaseModel):
    """The ``[timeline]`` table: what the chronology is about."""

    model_config = _STRICT

    title: OneLine
    description: Text | None = None
    revised: date | None = Field(
        default=None, description="When the chronology was last revised; dates the exports."
    )


class Source(BaseModel):
    """A ``[sources.<id>]`` table: a written source that events cite."""

    model_config = _STRICT

    title: OneLine
    author: OneLine | None = None
    publisher: OneLine | None = None
    published: date | None = None
    place: OneLine | None = None
    url: OneLine | None = None

    def citation(self) -> str:
        """One line naming the source: title, author or publisher, date."""
        parts = [self.title]
        by = self.author or self.publisher
        if by:
            parts.append(by)
        if self.published:
            parts.append(self.published.isoformat())
        return ", ".join(parts)


class Person(BaseModel):
    """A ``[people.<id>]`` table: someone named in the sources."""

    model_config = _STRICT

    name: OneLine
    aliases: tuple[OneLine, ...] = ()
    role: OneLine | None = None

    def matches(self, text: str) -> bool:
        """Whether ``text`` is this person's name or one of the aliases, ignoring case."""
        wanted = text.casefold()
        return any(wanted == known.casefold() for known in (self.name, *self.aliases))


Status = Literal["confirmed", "tentative", "cancelled"]


class Event(BaseModel):
    """One ``[[events]]`` table: something that happened, when, and who says so.

    ``date`` is an :class:`~kztimeline.dates.EventDate`; ``first_day`` and ``last_day`` give its
    extent. An event produced by a query for one occurrence of a repeating event has
    ``recurrence_id`` set to that occurrence's first day.
    """

    model_config = _STRICT

    id: Slug
    title: OneLine
    timezone: str | None = Field(
        default=None, description="IANA time zone of a local date-time, e.g. 'Asia/Almaty'."
    )
    date: DateField
    sources: tuple[str, ...]
    kind: OneLine | None = None
    place: OneLine | None = None
    description: Text | None = None
    people: tuple[str, ...] = ()
    organizations: tuple[OneLine, ...] = ()
    tags: tuple[OneLine, ...] = ()
    url: OneLine | None = None
    repeat: str | None = Field(
        default=None, description="An RFC 5545 RRULE value, e.g. 'FREQ=YEARLY;COUNT=3'."
    )
    status: Status | None = None

    _recurrence_id: Day | None = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _attach_time_zone(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("timezone") is None:
            return data
        name = data["timezone"]
        if not isinstance(name, str):
            raise FieldProblem("timezone", f"must be a string; got {type_name(name)}")
        try:
            zone = parse_time_zone(name)
        except DateError as err:
            raise FieldProblem("timezone", str(err)) from err
        value = data.get("date")
        if isinstance(value, datetime) and value.tzinfo is None:
            moment = value.replace(tzinfo=zone)
            return {**data, "date": EventDate.at(moment, text=value.isoformat())}
        if isinstance(value, datetime):
            raise FieldProblem(
                "timezone", "the date already has an offset; remove the offset or the timezone"
            )
        if "date" in data:
            raise FieldProblem(
                "timezone", "applies only to a local date-time such as 2012-11-12T15:00:00"
            )
        return data

    @field_validator("sources", "people")
    @classmethod
    def _ids(cls, value: tuple[str, ...], info: Any) -> tuple[str, ...]:
        if info.field_name == "sources" and not value:
            raise ValueError("cite at least one source id from [sources]")
        return value

    @field_validator("repeat")
    @classmethod
    def _rule(cls, value: str | None) -> str | None:
        if value is not None:
            # dateutil is imported only for a file with rules, to keep the command line quick.
            from kztimeline.recurrence import check_rule

            check_rule(value)
        return value

    @model_validator(mode="after")
    def _rule_fits_date(self) -> "Event":
        if self.repeat is not None:
            from kztimeline.recurrence import check_rule

            try:
                check_rule(self.repeat, self.date)
            except DateError as err:
                raise FieldProblem("repeat", str(err)) from err
        return self

    @property
    def first_day(self) -> Day:
        """The first day the event could cover (inclusive)."""
        return self.date.first_day

    @property
    def last_day(self) -> Day:
        """The last day the event could cover (inclusive)."""
        return self.date.last_day

    @property
    def precision(self) -> Precision:
        return self.date.precision

    @property
    def qualifier(self) -> Qualifier:
        return self.date.qualifier

    @property
    def is_recurring(self) -> bool:
        """Whether the event repeats (has a ``repeat`` rule)."""
        return self.repeat is not None

    @property
    def repeat_words(self) -> str | None:
        """The ``repeat`` rule in plain words, such as "every year on 20 July from 1970".

        ``None`` for an event that does not repeat. Every output says a rule this way
        (:func:`kztimeline.rule_words.describe_rule`).
        """
        if self.repeat is None:
            return None
        # dateutil is imported only for a file with rules, to keep the command line quick.
        from kztimeline.rule_words import describe_rule

        start = self.date.time or self.first_day
        return describe_rule(self.repeat, start, zone=self.timezone)

    @property
    def status_note(self) -> str | None:
        """``"cancelled"`` or ``"tentative"``, which every output must say; else ``None``.

        A confirmed event, or one with no status, reads as having happened, so it needs no note.
        """
        return self.status if self.status in ("cancelled", "tentative") else None

    @property
    def notes(self) -> tuple[str, ...]:
        """What a reader needs beside the date and title: the status note, then the repeat in
        words, each left out when there is none."""
        return tuple(note for note in (self.status_note, self.repeat_words) if note)

    @property
    def recurrence_id(self) -> Day | None:
        """For one occurrence of a repeating event, that occurrence's first day; else None."""
        return self._recurrence_id

    def occurrences(self, first: Day, last: Day) -> Iterator["Event"]:
        """Each occurrence of a repeating event that overlaps ``first``–``last`` (inclusive).

        An event that does not repeat yields itself if it overlaps the window. Occurrences keep
        the event's id and fields, with their own date and ``repeat`` cleared. An unbounded rule
        is expanded only inside the window.
        """
        if self.repeat is None:
            if self.first_day <= last and self.last_day >= first:
                yield self
            return
        from kztimeline.recurrence import occurrence_starts

        length = self.last_day - self.first_day
        for start in occurrence_starts(
            self.repeat, self.date, day_offset(first, -length.days), last
        ):
            yield self.occurrence_on(start)

    def occurrence_on(self, start: Day, moved: EventDate | None = None) -> "Event":
        """The occurrence of this repeating event that starts on ``start``.

        It keeps the event's id and fields, with the date moved to ``start`` (``moved``, if the
        caller already has ``self.date.shifted_to(start)``), ``repeat`` cleared and
        :attr:`recurrence_id` set to ``start``. ``start`` is not checked against the rule: the
        expansion (:mod:`kztimeline.recurrence`) decides which days occur. The query index and
        :meth:`occurrences` both build occurrences here, so both give the same events.
        """
        moved = moved or self.date.shifted_to(start)
        occurrence = self.model_copy(update={"date": moved, "repeat": None})
        occurrence._recurrence_id = start
        return occurrence

    def record(self) -> dict[str, Any]:
        """The event as JSON-ready values: the fields as written, then its extent.

        Keys: ``id``, ``title``, ``date`` (as written), ``first_day`` and ``last_day`` (ISO),
        ``precision``, ``qualifier`` (``""``, ``"?"``, ``"~"`` or ``"%"``), then every other
        field that is set, and ``recurrence_id`` for one occurrence of a repeating event.
        """
        fields = self.model_dump(mode="json", exclude_none=True, exclude={"id", "title", "date"})
        record: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "date": self.date.text,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "precision": self.precision.value,
            "qualifier": self.qualifier.value,
        }
        record.update((key, value) for key, value in fields.items() if value != [])
        if self._recurrence_id is not None:
            record["recurrence_id"] = self._recurrence_id.isoformat()
        return record

    def sort_key(self) -> tuple[Day, Day, str, Day]:
        """Chronological order: first day, last day, then id."""
        return (self.first_day, self.last_day, self.id, self._recurrence_id or Day.min)


class TimelineDocument(BaseModel):
    """The whole events.toml file, as validated before cross-references are checked."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        defer_build=True,
        title="kztimeline events.toml",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    timeline: TimelineInfo
    sources: dict[str, Source] = Field(default_factory=dict)
    people: dict[str, Person] = Field(default_factory=dict)
    events: tuple[Event, ...] = ()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the events.toml format, generated from the models."""
    schema = TimelineDocument.model_json_schema()
    return {"$schema": schema.pop("$schema"), **schema}
