"""The timeline: an immutable, chronological collection of events, and its filters and queries.

A :class:`Timeline` holds validated records (:mod:`kztimeline.records`); date-range queries go
through the index of :mod:`kztimeline.query`, built on the first query.
"""

import os
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from kztimeline.errors import ExportOptionError
from kztimeline.records import Event, Kind, Person, Source, TimelineInfo

if TYPE_CHECKING:
    from kztimeline.query import TimelineIndex

__all__ = ("Timeline", "matches_search", "same_name")

_EPOCH = date(1970, 1, 1)


class Timeline:
    """An immutable, chronological collection of events, with the sources and people they cite.

    Supports ``len()``, iteration in chronological order (first day, last day, id) and
    ``timeline["event-id"]``. Queries (:meth:`between`, :meth:`on`, :meth:`filter`) return new
    timelines that share the sources and people. Build one with :func:`kztimeline.load`.
    """

    __slots__ = (
        "_by_id",
        "_events",
        "_index",
        "_info",
        "_kind_tables",
        "_kinds",
        "_path",
        "_people",
        "_sources",
    )

    def __init__(
        self,
        events: tuple[Event, ...] | list[Event],
        *,
        info: TimelineInfo,
        sources: Mapping[str, Source] | None = None,
        people: Mapping[str, Person] | None = None,
        path: Path | None = None,
        presorted: bool = False,
        kind_tables: Mapping[str, Kind] | None = None,
        kinds: tuple[str, ...] | None = None,
    ) -> None:
        self._events = tuple(events) if presorted else _chronological(events)
        self._info = info
        self._sources: Mapping[str, Source] = MappingProxyType(dict(sources or {}))
        self._people: Mapping[str, Person] = MappingProxyType(dict(people or {}))
        self._path = path
        self._kind_tables: Mapping[str, Kind] = MappingProxyType(dict(kind_tables or {}))
        if kinds is None:
            used = {event.kind for event in self._events if event.kind is not None}
            kinds = tuple(sorted(used | set(self._kind_tables)))
        self._kinds = kinds
        self._by_id: dict[str, Event] | None = None
        self._index: TimelineIndex | None = None

    @property
    def title(self) -> str:
        return self._info.title

    @property
    def description(self) -> str | None:
        return self._info.description

    @property
    def revised(self) -> date | None:
        return self._info.revised

    @property
    def stamp(self) -> datetime:
        """The moment every output says it was made, so the same input gives the same bytes.

        ``SOURCE_DATE_EPOCH`` (seconds since 1970, the reproducible-builds convention) when it
        is set, else ``revised`` of ``[timeline]``, else the newest ``published`` of a source,
        else the last known day of the events, at midnight UTC; never the clock. Raises
        :class:`~kztimeline.errors.ExportOptionError` for a SOURCE_DATE_EPOCH that is not a
        whole number of seconds.
        """
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            try:
                return datetime.fromtimestamp(int(epoch), UTC)
            except (ValueError, OverflowError, OSError):
                raise ExportOptionError.bad_epoch(epoch) from None
        published = [source.published for source in self._sources.values() if source.published]
        day = self.revised or (max(published) if published else None)
        if day is None:
            day = max((event.date.known_last_day for event in self._events), default=_EPOCH)
        return datetime.combine(day, time(), UTC)

    @property
    def info(self) -> TimelineInfo:
        """The ``[timeline]`` table."""
        return self._info

    @property
    def sources(self) -> Mapping[str, Source]:
        """Every source of the file, by id (read-only)."""
        return self._sources

    @property
    def people(self) -> Mapping[str, Person]:
        """Every person of the file, by id (read-only)."""
        return self._people

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind of the whole file, sorted: those its events use and those of ``[kinds]``.

        A query or a filter keeps the kinds of the file it came from, so that each kind is
        drawn the same in every picture made from one file.
        """
        return self._kinds

    @property
    def kind_tables(self) -> Mapping[str, Kind]:
        """The ``[kinds.NAME]`` tables of the file, by kind (read-only)."""
        return self._kind_tables

    @property
    def path(self) -> Path | None:
        """The file the timeline was loaded from, if any."""
        return self._path

    @property
    def events(self) -> tuple[Event, ...]:
        return self._events

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __bool__(self) -> bool:
        return bool(self._events)

    def __getitem__(self, event_id: str) -> Event:
        """The event with this id (its first occurrence, in a query result). KeyError if none."""
        if self._by_id is None:
            by_id: dict[str, Event] = {}
            for event in self._events:
                by_id.setdefault(event.id, event)
            self._by_id = by_id
        return self._by_id[event_id]

    def __contains__(self, event_id: object) -> bool:
        try:
            self[event_id]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def __repr__(self) -> str:
        return f"<Timeline {self.title!r}: {len(self)} events>"

    def _repr_html_(self) -> str:
        """How Jupyter shows a timeline: an HTML table of its events, all text escaped."""
        # The HTML table is built only when a notebook shows the timeline.
        from kztimeline._table import notebook_html

        return notebook_html(self)

    def with_events(
        self, events: list[Event] | tuple[Event, ...], *, presorted: bool
    ) -> "Timeline":
        """A timeline with the same title, sources and people, holding ``events``."""
        return Timeline(
            events,
            info=self._info,
            sources=self._sources,
            people=self._people,
            path=self._path,
            presorted=presorted,
            kind_tables=self._kind_tables,
            kinds=self._kinds,
        )

    def _query_index(self) -> "TimelineIndex":
        if self._index is None:
            # The index is built on the first query; loading and validating never need it.
            from kztimeline.query import TimelineIndex

            self._index = TimelineIndex(self._events)
        return self._index

    def between(
        self,
        start: date | datetime | str,
        end: date | datetime | str,
        *,
        within: bool = False,
    ) -> "Timeline":
        """The events in the window from ``start`` to ``end``, both inclusive.

        Each bound is a ``date``, a partial date string, or a moment: a ``datetime`` or a
        string such as ``"2024-05-14T08:00"`` (an offset or ``Z`` may follow). A partial bound
        covers its whole period, so ``between("2012", "2012")`` is the whole year 2012. A moment
        narrows timed events to its hours (as instants if it has an offset, else by their wall
        time as written), while an event known to the day or less counts by its days. By
        default the result holds every
        event whose extent overlaps the window (possibly in it); with ``within=True``, only the
        events entirely inside it (certainly in it). A repeating event appears once for each
        occurrence in the window. Raises :class:`~kztimeline.errors.QueryError` (a
        ``ValueError``) if ``start`` is after ``end`` or a bound cannot be read.
        """
        # The index is built on the first query; loading and validating never need it.
        from kztimeline.query import clock_bounds, window, within_hours

        first, last = window(start, end)
        events = self._query_index().between(first, last, within=within)
        low, high = clock_bounds(start, end)
        if low is not None or high is not None:
            events = [e for e in events if within_hours(e.date, low, high, within=within)]
        return self.with_events(events, presorted=True)

    def on(self, day: date | datetime | str) -> "Timeline":
        """The events that may fall on ``day`` (or in the period of a partial date)."""
        return self.between(day, day)

    def filter(
        self,
        *,
        kind: str | None = None,
        tag: str | None = None,
        person: str | None = None,
        place: str | None = None,
        search: str | None = None,
    ) -> "Timeline":
        """The events that match every filter given; ``None`` means no filter.

        ``kind`` and ``tag`` match a kind or a tag of the event ignoring case (:func:`same_name`:
        ``Social`` finds ``social``). ``person`` matches a person id, a name or any alias,
        ignoring case. ``place`` matches any part of the place, ignoring case (``houston``
        finds "Ellington AFB, Houston"). ``search`` keeps the events whose
        :meth:`search_text` holds every word of it (:func:`matches_search`), as the filter
        box of the HTML page does.
        """
        matching_people: set[str] | None = None
        if person is not None:
            wanted_person = person.casefold()
            matching_people = {
                person_id
                for person_id, known in self._people.items()
                if person_id.casefold() == wanted_person or known.matches(person)
            }
        wanted_place = place.casefold() if place is not None else None
        events = [
            event
            for event in self._events
            if (kind is None or (event.kind is not None and same_name(event.kind, kind)))
            and (tag is None or any(same_name(known, tag) for known in event.tags))
            and (matching_people is None or not matching_people.isdisjoint(event.people))
            and (wanted_place is None or wanted_place in (event.place or "").casefold())
            and (search is None or matches_search(self.search_text(event), search))
        ]
        return self.with_events(events, presorted=True)

    def search_text(self, event: Event) -> str:
        """Everything a search may find ``event`` by, lower-cased, one field per line.

        Its id, title, date (as written and as labelled), time zone, place, kind, tags,
        organizations, description, status, repeat in words, and each person's id, name,
        aliases and role.
        The HTML page filters on this text too, so a word finds the same events there as
        with ``--search``.
        """
        fields = [
            event.id,
            event.title,
            event.date.text,
            event.date.label(),
            event.timezone or "",
            event.place or "",
            event.kind or "",
            *event.tags,
            *event.organizations,
            " ".join((event.description or "").split()),
            *event.notes,
        ]
        for person_id in event.people:
            person = self._people.get(person_id)
            fields.append(person_id)
            if person is not None:
                fields += [person.name, *person.aliases, person.role or ""]
        return "\n".join(field for field in fields if field).lower()

    def source_ids(self) -> list[str]:
        """The ids of the sources cited by these events, in order of first citation."""
        seen: dict[str, None] = {}
        for event in self._events:
            for source_id in event.sources:
                seen.setdefault(source_id, None)
        return list(seen)


def same_name(known: str, wanted: str) -> bool:
    """Whether the kind or tag ``wanted`` (as a filter gives it) names ``known``: the same
    text ignoring case, so ``--kind Social`` finds the events of kind ``social``."""
    return known.casefold() == wanted.casefold()


def matches_search(text: str, search: str) -> bool:
    """Whether ``text`` (a :meth:`Timeline.search_text`) holds every word of ``search``.

    Words are separated by whitespace and compared lower-cased, as parts of words: ``buzz
    1969`` finds an event naming Buzz Aldrin in 1969. A search with no words matches all.
    The page's filter box applies the same rule in its script.
    """
    return all(word in text for word in search.lower().split())


def _chronological(events: tuple[Event, ...] | list[Event]) -> tuple[Event, ...]:
    """``events`` in the order of :meth:`Event.sort_key`: first day, last day, id, recurrence
    id. Sorted by one key at a time, from the last, since the sort is stable: the keys are
    then values the events already hold, and one int per event for the days, where a tuple
    per event would take 9 MB at 100,000 events, at the peak of a load."""
    ordered = list(events)
    ordered.sort(key=_recurrence_key)
    ordered.sort(key=_event_id)
    ordered.sort(key=_extent_key)
    return tuple(ordered)


def _recurrence_key(event: Event) -> date:
    return event.recurrence_id or date.min


def _event_id(event: Event) -> str:
    return event.id


def _extent_key(event: Event) -> int:
    # An ordinal is below 2**22 (date.max is 3,652,059).
    extent = event.date
    return extent.first_day.toordinal() << 22 | extent.last_day.toordinal()
