"""The tables of events.toml beside the events: ``[timeline]``, ``[sources]``, ``[people]``
and ``[kinds]``, and the ``[[events.changes]]`` an event may hold.

Each pydantic model is also the definition of its table in the file format; the events, which
refer to these by id, are in :mod:`kztimeline.records`.
"""

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from kztimeline._fields import (
    COLOUR_PATTERN,
    Colour,
    DateField,
    OneLine,
    Status,
    Text,
    TomlDate,
    TomlDateTime,
)

__all__ = ("MARKER_NAMES", "STRICT", "Change", "Kind", "Person", "Source", "TimelineInfo")

# The validators are built on first use, not on import: importing stays cheap, and the command
# line can configure pydantic (see cli.run) before anything is built.
STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True)
"""Every record: unknown keys refused, immutable, text kept as written."""


class TimelineInfo(BaseModel):
    """The ``[timeline]`` table: what the chronology is about."""

    model_config = STRICT

    title: OneLine
    description: Text | None = None
    revised: TomlDate | None = Field(
        default=None, description="When the chronology was last revised; dates the exports."
    )


MarkerName = Literal[
    "circle",
    "square",
    "diamond",
    "triangle-up",
    "triangle-down",
    "triangle-left",
    "triangle-right",
    "plus",
    "cross",
    "star",
    "pentagon",
    "hexagon",
    "thin-diamond",
    "octagon",
    "hexagon-flat",
    "tri-down",
]
MARKER_NAMES: tuple[str, ...] = get_args(MarkerName)
"""The markers a ``[kinds.NAME]`` table may choose, by name."""


class Kind(BaseModel):
    """One ``[kinds.NAME]`` table: how the pictures show the events of kind NAME.

    Every field is optional; what is left out keeps the default style, which comes from the
    kind's place among all the kinds of the file.
    """

    model_config = STRICT

    label: OneLine | None = Field(default=None, description="The name shown in the legend.")
    colour: Colour | None = Field(
        default=None,
        description="The colour as #RRGGBB, e.g. '#0072B2'.",
        json_schema_extra={"pattern": COLOUR_PATTERN},
    )
    marker: MarkerName | None = Field(default=None, description="The marker's shape.")


class Source(BaseModel):
    """A ``[sources.<id>]`` table: a written source that events cite."""

    model_config = STRICT

    title: OneLine
    author: OneLine | None = None
    publisher: OneLine | None = None
    published: TomlDate | None = None
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

    model_config = STRICT

    name: OneLine
    aliases: tuple[OneLine, ...] = ()
    role: OneLine | None = None

    def matches(self, text: str) -> bool:
        """Whether ``text`` is this person's name or one of the aliases, ignoring case."""
        wanted = text.casefold()
        return any(wanted == known.casefold() for known in (self.name, *self.aliases))


class Change(BaseModel):
    """One ``[[events.changes]]`` table: one occurrence of a repeating event moved, retitled or
    cancelled, as iCalendar's RECURRENCE-ID does.

    ``occurrence`` is the day the rule gives it; every other key replaces the event's for that
    occurrence only. A local ``date`` or ``end`` is read in the event's zone.
    """

    model_config = STRICT

    occurrence: TomlDate = Field(description="The day the rule gives this occurrence, as a date.")
    date: DateField | None = None
    end: TomlDateTime | None = Field(
        default=None, description="A new end time, when only the end changes."
    )
    title: OneLine | None = None
    place: OneLine | None = None
    description: Text | None = None
    status: Status | None = None
