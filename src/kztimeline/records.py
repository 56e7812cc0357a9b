"""The records of a sourced chronology: the events, and the file that holds them.

The tables an event refers to (``[timeline]``, ``[sources]``, ``[people]``, ``[kinds]``) are in
:mod:`kztimeline.tables` and re-exported here.

The pydantic models here are also the definition of the events.toml format: the loader
validates the parsed TOML against :class:`TimelineDocument`, and ``kztimeline schema`` prints its
JSON Schema (:func:`json_schema`). Nothing here imports an exporter's dependency.
"""

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from kztimeline._fields import (
    DateField,
    Flag,
    OneLine,
    Slug,
    Status,
    Text,
    TomlDate,
    TomlDateTime,
    slugify,
    type_name,
    with_zone,
)
from kztimeline._occurrence import occurrence_of
from kztimeline.dates import EventDate, Precision, Qualifier
from kztimeline.errors import DateError, FieldProblem
from kztimeline.tables import MARKER_NAMES, STRICT, Change, Kind, Person, Source, TimelineInfo

if TYPE_CHECKING:
    from kztimeline.rule_days import DayRule

# The field Event.date hides the type inside the class body; this name does not.
Day = date

LONG_PERIOD_KINDS = frozenset({"term"})
"""Kinds whose events are long terms whatever their length (see :attr:`Event.is_long_period`)."""
LONG_PERIOD_DAYS = 365
"""A closed span of at least this many days is a long term of any kind."""

__all__ = (
    "LONG_PERIOD_DAYS",
    "LONG_PERIOD_KINDS",
    "MARKER_NAMES",
    "Change",
    "Event",
    "Kind",
    "Person",
    "Source",
    "TimelineDocument",
    "TimelineInfo",
    "json_schema",
    "slugify",
    "type_name",
)


class Event(BaseModel):
    """One ``[[events]]`` table: something that happened, when, and who says so.

    ``date`` is an :class:`~kztimeline.dates.EventDate` (with ``end``, its ``until``);
    ``first_day`` and ``last_day`` give its extent. A repeating event may leave out days
    (``except_on``), add some (``also_on``, also without a rule: an event on several dates) and
    change single occurrences (``changes``). An event produced by a query for one occurrence of
    a repeating event has ``recurrence_id`` set to that occurrence's day in the rule.
    """

    model_config = STRICT

    id: Slug
    title: OneLine
    timezone: str | None = Field(
        default=None, description="IANA time zone of a local date-time, e.g. 'Asia/Almaty'."
    )
    date: DateField
    end: TomlDateTime | None = Field(
        default=None,
        description="When a timed event ends: a local date-time in `timezone`, or with an offset.",
    )
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
    except_on: tuple[TomlDate, ...] = Field(
        default=(), description="Days the rule gives on which the event does not take place."
    )
    also_on: tuple[TomlDate | TomlDateTime, ...] = Field(
        default=(),
        description=(
            "Extra occurrences, with or without repeat: days (at the event's time), or local "
            "date-times. Not a day the rule gives, nor one in except_on."
        ),
    )
    changes: tuple[Change, ...] = Field(
        default=(), description="Single occurrences moved, retitled or cancelled."
    )
    status: Status | None = None
    highlight: Flag = Field(
        default=False, description="Shown in bold and placed first (nearest the axis) in pictures."
    )

    # One occurrence of a repeating event carries its day in the rule here, and a repeating
    # event its moved occurrences once worked out, in the instance's own __dict__ (see
    # occurrence_on and _moved_dates); every other event reads these class defaults. pydantic
    # private attributes would cost every event a dictionary and 3-4 µs to validate.
    _recurrence_id: ClassVar[Day | None] = None
    _moved: ClassVar[dict[Day, EventDate] | None] = None
    # The repeating event an occurrence comes from, so that it can say its rule in words.
    _series: ClassVar["Event | None"] = None
    _recurrence_start: ClassVar[datetime | None] = None
    # Made on first use: the rule read for arithmetic (False: dateutil's), the changes by day.
    _rule_plan: ClassVar["DayRule | Literal[False] | None"] = None
    _changes_by_day: ClassVar[dict[Day, Change] | None] = None

    @model_validator(mode="before")
    @classmethod
    def _attach_time_zone(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        return with_zone(data)

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
        # An event on several dates (also_on, no rule) may change any of them, but a day it
        # leaves out would only be one fewer of its own dates.
        needing_a_rule = ("except_on",) if self.also_on else ("except_on", "changes")
        for key in needing_a_rule if self.repeat is None else ():
            if getattr(self, key):
                raise FieldProblem(key, "applies only to a repeating event; add repeat")
        rule = self.occurrence_rule
        if rule is None:
            return self
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import check_exceptions, check_rule

        try:
            check_rule(rule, self.date)
        except DateError as err:
            raise FieldProblem("repeat", str(err)) from err
        changed = [
            (change.occurrence, None if change.date is None else change.date.time is not None)
            for change in self.changes
        ]
        check_exceptions(rule, self.date, self.except_on, self.also_on, changed)
        return self

    @property
    def occurrence_rule(self) -> str | None:
        """The rule that gives the occurrences: ``repeat``, or for an event on several dates
        (``also_on`` without ``repeat``) one that gives its own date; None for one date."""
        if self.repeat is None and self.also_on:
            # dateutil loads only for events with rules: a file without any validates faster.
            from kztimeline.recurrence import ONE_DATE

            return ONE_DATE
        return self.repeat

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
    def is_long_period(self) -> bool:
        """Whether this is a long term, listed as an era in TimelineJS (pictures draw it as a bar
        like any range).

        The one rule: a span of days whose two ends the sources both give, no time of day,
        that is of kind ``term`` or covers at least a year (365 days). An open interval is
        never one, since an end is unknown; nor is a single date known only to the year,
        which is one point in time that the sources place vaguely, not a span.
        """
        date = self.date
        if date.time is not None or date.open_start or date.open_end or not date.is_interval:
            return False
        if self.kind in LONG_PERIOD_KINDS:
            return date.last_day > date.first_day
        return (date.last_day - date.first_day).days + 1 >= LONG_PERIOD_DAYS

    @property
    def is_recurring(self) -> bool:
        """Whether the event has more than one occurrence (a ``repeat`` rule, or ``also_on``)."""
        return self.occurrence_rule is not None

    @property
    def repeat_words(self) -> str | None:
        """The ``repeat`` rule in plain words, such as "every year on 20 July from 1970".

        ``None`` for an event that does not repeat; one occurrence of a repeating event (from
        a query) gives the words of its rule. Every output says a rule this way
        (:func:`kztimeline.rule_words.describe_rule`).
        """
        rule = self.occurrence_rule
        if rule is None:
            return None if self._series is None else self._series.repeat_words
        # dateutil is imported only for a file with rules, to keep the command line quick.
        from kztimeline.rule_words import describe_rule

        start = self.date.time or self.first_day
        words = describe_rule(
            rule,
            start,
            zone=self.timezone,
            exclusions=self.except_on,
            additions=self.also_on,
        )
        if self.changes:
            count = len(self.changes)
            words += f"; {count} occurrence{'s' if count > 1 else ''} changed"
        return words

    @property
    def written_date(self) -> str:
        """The date as written, followed by its IANA zone for a local date-time:
        ``"1969-07-16T09:32:00 America/New_York"``; a local time alone names no moment."""
        return f"{self.date.text} {self.timezone}" if self.timezone else self.date.text

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

    @property
    def recurrence_start(self) -> datetime | None:
        """For one occurrence of a timed repeating event, the moment its rule (or ``also_on``)
        gives it, before any change moved it: what iCalendar's RECURRENCE-ID names."""
        return self._recurrence_start

    def occurrences(self, first: Day, last: Day) -> Iterator["Event"]:
        """Each occurrence of a repeating event that overlaps ``first``–``last`` (inclusive).

        An event that does not repeat yields itself if it overlaps the window. Occurrences keep
        the event's id and fields, with their own date and ``repeat`` cleared; ``except_on``,
        ``also_on`` and ``changes`` are applied. A rule is expanded only inside the window."""
        if self.occurrence_rule is None:
            if self.first_day <= last and self.last_day >= first:
                yield self
            return
        for day, when in self.occurrence_dates(first, last):
            yield self.occurrence_on(day, when)

    def occurrence_dates(self, first: Day, last: Day) -> Iterator[tuple[Day, EventDate]]:
        """(day in the rule, date) of each occurrence of :meth:`occurrences`, none made."""
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import occurrence_dates

        rule = self.occurrence_rule or ""  # only a repeating event is asked
        return occurrence_dates(rule, self.date, first, last, **self._exceptions())

    def extra_occurrence_dates(self) -> list[tuple[Day, EventDate]]:
        """(day in the rule, date) of the occurrences that are not days of the rule: each of
        ``also_on``, and each changed one at its new date (see
        :func:`kztimeline.recurrence.extra_dates`), in chronological order."""
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import extra_dates

        return extra_dates(self.date, frozenset(self.except_on), self.also_on, self._moved_dates())

    def rule_plan(self) -> "DayRule | None":
        """The rule read once for arithmetic (:mod:`kztimeline.rule_days`); None: dateutil's."""
        if self._rule_plan is None:
            # dateutil loads only for events with rules: a file without any validates faster.
            from kztimeline.recurrence import day_rule

            plan = day_rule(self.occurrence_rule or "", self.date)
            object.__setattr__(self, "_rule_plan", plan or False)
        return self._rule_plan or None

    def all_occurrence_dates(self, budget: int) -> list[tuple[Day, EventDate]] | None:
        """(day in the rule, date) of every occurrence of this repeating event, in order, or
        None if its rule gives more than ``budget``: see
        :func:`kztimeline.recurrence.occurrence_dates`, the one expansion."""
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import counted_occurrence_dates

        rule = self.occurrence_rule
        assert rule is not None
        return counted_occurrence_dates(rule, self.date, budget=budget, **self._exceptions())

    def _exceptions(self) -> dict[str, Any]:
        return {
            "skipped": frozenset(self.except_on),
            "extra": self.also_on,
            "moved": self._moved_dates(),
            "plan": self.rule_plan(),
        }

    def change_of(self, day: Day) -> Change | None:
        """The change of the occurrence the rule gives on ``day``, or None: a lookup, so that
        every occurrence of an event with thousands of changes costs the same."""
        by_day = self._changes_by_day
        if by_day is None:
            by_day = {change.occurrence: change for change in self.changes}
            object.__setattr__(self, "_changes_by_day", by_day)
        return by_day.get(day)

    def _moved_dates(self) -> dict[Day, EventDate]:
        if self._moved is None:
            moved = {}
            for change in self.changes:
                day = change.occurrence
                when = change.date or self.date.shifted_to(day)
                if change.date is None and change.end is not None:
                    assert when.time is not None
                    when = EventDate.at(when.time, text=when.text, until=change.end)
                elif when.time is not None and when.until is None and self.date.until:
                    when = self.date.moved_to(when.time)
                moved[day] = when
            # Not fields, so not in model_dump, the schema or the record's fields; a frozen
            # model refuses setattr, so they are set the way pydantic sets its own attributes.
            object.__setattr__(self, "_moved", moved)
            return moved
        return self._moved

    def occurrence_on(self, start: Day, moved: EventDate | None = None) -> "Event":
        """The occurrence of this repeating event that the rule gives on ``start``.

        It keeps the event's id and fields, with the date moved to ``start`` (``moved``, if the
        caller already has the occurrence's date), what a change of that occurrence says,
        ``repeat`` and the exceptions cleared, and :attr:`recurrence_id` set to ``start``.
        ``start`` is not checked against the rule: the expansion
        (:mod:`kztimeline.recurrence`) decides which days occur. The query index and
        :meth:`occurrences` both build occurrences here, so both give the same events.
        """
        return occurrence_of(self, start, moved)

    def record(self) -> dict[str, Any]:
        """The event as JSON-ready values: the fields as written, then its extent.

        Keys: ``id``, ``title``, ``date`` (as written), ``first_day`` and ``last_day`` (ISO),
        ``precision``, ``qualifier`` (``""``, ``"?"``, ``"~"`` or ``"%"``), then every other
        field that is set, and ``recurrence_id`` for one occurrence of a repeating event.
        """
        left_out = {"id", "title", "date"} | (set() if self.highlight else {"highlight"})
        fields = self.model_dump(mode="json", exclude_none=True, exclude=left_out)
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
        when = self.date  # once, not through both properties: windows sort many occurrences
        return (when.first_day, when.last_day, self.id, self._recurrence_id or Day.min)


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
    kinds: dict[str, Kind] = Field(default_factory=dict)
    events: tuple[Event, ...] = ()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the events.toml format, generated from the models."""
    schema = TimelineDocument.model_json_schema()
    return {"$schema": schema.pop("$schema"), **schema}
