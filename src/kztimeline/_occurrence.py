"""One occurrence of a repeating event, made from the event (the series) it comes from.

The series' fields were validated once; an occurrence shares them and replaces the few that are
its own (its date, the rule and exceptions cleared, what a change of it says), the way
pydantic's ``model_copy`` would, without its generic steps: a query may make thousands.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from kztimeline.dates import EventDate
    from kztimeline.tables import Change

__all__ = ("OccurrenceMaker", "occurrence_of")

_set = object.__setattr__  # how pydantic sets the attributes of a frozen model
_OCCURRENCE_FIELDS = frozenset(("date", "end", "repeat", "except_on", "also_on", "changes"))
"""The fields every occurrence sets: in its model_fields_set, as model_copy put them."""
_SERIES_CACHES = frozenset(("_moved", "_rule_plan", "_changes_by_day"))
"""What the series works out for itself and keeps beside its fields; not an occurrence's."""


class _Series(Protocol):
    """What an occurrence reads of :class:`kztimeline.records.Event` (which imports this
    module, so that it is not imported back)."""

    __pydantic_fields_set__: set[str]

    @property
    def date(self) -> EventDate: ...

    @property
    def changes(self) -> tuple[Change, ...]: ...

    def change_of(self, day: datetime.date) -> Change | None: ...

    def _moved_dates(self) -> dict[datetime.date, EventDate]: ...


S = TypeVar("S", bound=_Series)


def occurrence_of(series: S, start: datetime.date, moved: EventDate | None = None) -> S:
    """The occurrence of ``series`` that its rule gives on ``start``: see
    :meth:`kztimeline.records.Event.occurrence_on`."""
    moved = moved or series._moved_dates().get(start) or series.date.shifted_to(start)
    # What model_copy does, without its generic steps (2 µs an occurrence instead of 3-4).
    values = _values_of(series)
    values.update(date=moved, end=moved.until, _recurrence_id=start)
    changed: set[str] | frozenset[str] = _OCCURRENCE_FIELDS
    change = series.change_of(start) if series.changes else None
    if change is not None:
        changed = set(changed)
        for key in ("title", "place", "description", "status"):
            if (value := getattr(change, key)) is not None:
                values[key] = value
                changed |= {key}
    if moved.time is not None:
        given = series.date.shifted_to(start).time if start in series._moved_dates() else moved.time
        values["_recurrence_start"] = given
    return _made(type(series), values, series.__pydantic_fields_set__ | changed)


def _values_of(series: _Series) -> dict[str, object]:
    """The values every occurrence of ``series`` shares, its date still the series'."""
    values = series.__dict__.copy()
    for cache in _SERIES_CACHES.intersection(values):
        del values[cache]  # the series' own: an occurrence has no rule and no changes
    values.update(
        repeat=None,
        except_on=(),
        also_on=(),
        changes=(),
        _recurrence_id=None,
        _series=series,
    )
    return values


def _made(cls: type[S], values: dict[str, object], fields_set: set[str]) -> S:
    occurrence = cls.__new__(cls)
    _set(occurrence, "__dict__", values)
    _set(occurrence, "__pydantic_extra__", None)
    _set(occurrence, "__pydantic_fields_set__", fields_set)
    _set(occurrence, "__pydantic_private__", None)
    return occurrence


class OccurrenceMaker(Generic[S]):
    """Makes the occurrences of one series that no change touches, from its shared values
    worked out once: what :func:`occurrence_of` makes, for a query that makes thousands."""

    __slots__ = ("_cls", "_fields_set", "_series", "_values")

    def __init__(self, series: S) -> None:
        self._series = series
        self._cls = type(series)
        self._values = _values_of(series)
        self._fields_set = series.__pydantic_fields_set__ | _OCCURRENCE_FIELDS

    def __call__(self, start: datetime.date, when: EventDate) -> S:
        """The occurrence the rule gives on ``start``, its date ``when`` (not a changed one)."""
        values = self._values.copy()
        values["date"] = when
        values["end"] = when.until
        values["_recurrence_id"] = start
        if when.time is not None:
            values["_recurrence_start"] = when.time
        # One set for all: a frozen model never changes its set of fields.
        return _made(self._cls, values, self._fields_set)
