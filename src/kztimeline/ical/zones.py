"""Time zones in calendar files: the VTIMEZONE the writer adds, and the zone the reader keeps.

Writing: a date-time in an IANA zone is written ``DTSTART;TZID=Asia/Almaty:…`` with one
VTIMEZONE for that zone, made here from the IANA database over the years the events span
(icalendar's ``Timezone.from_tzinfo`` puts each onset in the offset after the change, an hour
late for a spring-forward, and lists RDATE values on one line); a date-time with only a UTC
offset is written in the database's fixed zone (``Etc/GMT-6`` for +06:00), or, for an offset
that is not a whole number of hours, in a zone named like ``UTC+0545``, or in UTC if the event
has no rule; UTC is written with ``Z``. Clients then expand a rule in the event's own wall
time, as kztimeline does. Each zone covers the days its events span.

Reading: a zone from a file (an IANA name, a Windows or vendor name, or a custom VTIMEZONE such
as Outlook's "Customized Time Zone") is kept as the IANA zone whose offsets agree with it at
every moment that matters to the events, or as a fixed offset if it never changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kztimeline.ical.codec import (
    CRLF,
    escape_text,
    fold,
    format_local,
    format_offset,
    parse_offset,
)
from kztimeline.recurrence import endless

if TYPE_CHECKING:
    from kztimeline.records import Event

__all__ = (
    "Change",
    "Offsets",
    "Transitions",
    "also_days",
    "fixed_zone_name",
    "is_unnamed_offset",
    "matching_zone",
    "offset_changes",
    "time_zones",
    "tzid_of",
    "vtimezone",
    "written_in_utc",
)

# Etc/GMT-6 is UTC+6: the POSIX sign is inverted. The database has whole hours from -12 to +14.
_ETC_HOURS = range(-12, 15)
_FIXED = re.compile(r"UTC([+-]\d{4}(?:\d{2})?)")
# Each offset change is looked for a day at a time, then found to the second by bisection.
_FIRST_CHANGES = datetime(1800, 1, 1, tzinfo=UTC)
_STEP = timedelta(days=1)
# A fixed offset's one observance starts here, unless an event is earlier: a DTSTART in year
# 1 with TZOFFSETFROM:+0600 falls before year 1 in UTC, which Debian's xandikos cannot compute.
_FIXED_ONSET = date(1970, 1, 1)


def fixed_zone_name(offset: timedelta) -> str:
    """The TZID of a fixed offset: ``Etc/GMT-6`` for a whole number of hours (the database's
    names, which every client knows; the sign is POSIX's, inverted), else ``UTC+0545``."""
    hours, rest = divmod(offset, timedelta(hours=1))
    if not rest and hours in _ETC_HOURS:
        return f"Etc/GMT{-hours:+d}"
    return f"UTC{format_offset(offset)}"


def tzid_of(moment: datetime) -> str | None:
    """The TZID to write the aware ``moment`` with; None for UTC, which is written with ``Z``.

    An IANA zone keeps its name (``UTC`` included, when written as ``timezone = "UTC"``); any
    other zone is its offset at ``moment`` (:func:`fixed_zone_name`).
    """
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset()
    assert offset is not None
    return None if offset == timedelta(0) else fixed_zone_name(offset)


def is_unnamed_offset(moment: datetime) -> bool:
    """Whether ``moment`` has a fixed offset that no zone of the database names (``+05:45``):
    calcurse reads a TZID as the C library's ``TZ``, which cannot say so without a colon."""
    return _FIXED.fullmatch(tzid_of(moment) or "") is not None


def vtimezone(tzid: str, first: date, last: date) -> str:
    """The folded VTIMEZONE text (CRLF line ends) for ``tzid``, valid from ``first`` to ``last``.

    An IANA zone lists every offset change from 1 January of ``first``'s year to 1 January
    after ``last``, each onset the wall time before the change (RFC 5545 §3.6.5) and one
    RDATE value per line; a fixed-offset zone (:func:`fixed_zone_name`) has one observance.
    The same arguments always give the same text, for a given time-zone database.
    """
    return _vtimezone(tzid, first.year, last.year + 1)


class Change(NamedTuple):
    """One offset change of a zone: its instant (UTC), the offsets before and after, and the
    name and daylight flag of the time after it."""

    instant: datetime
    before: timedelta
    after: timedelta
    name: str
    daylight: bool


def _offset(zone: tzinfo, instant: datetime) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def offset_changes(zone: tzinfo, start: datetime, end: datetime) -> list[Change]:
    """The offset changes of ``zone`` at instants after ``start`` and up to ``end`` (aware).

    Two changes less than a day apart that cancel out are not seen: no zone has had one since
    its clocks were first set, and an event inside one would be the only one to mind.
    """
    changes = []
    here, before = start, _offset(zone, start)
    # Local mean time until the first change, which is in 1844 or later in every zone: a day
    # at a time from year 1 would take a second.
    quiet = min(_FIRST_CHANGES, end)
    if here < quiet and _offset(zone, quiet) == before:
        here = quiet
    while here < end:
        ahead = min(here + _STEP, end)
        after = _offset(zone, ahead)
        if after == before:
            here = ahead
            continue
        low, high = here, ahead  # the offset is `before` at low and another at high
        while high - low > timedelta(seconds=1):
            middle = low + (high - low) / 2
            middle = middle.replace(microsecond=0)
            if middle <= low:
                break
            low, high = (middle, high) if _offset(zone, middle) == before else (low, middle)
        local = high.astimezone(zone)
        after = _offset(zone, high)
        changes.append(Change(high, before, after, local.tzname() or "", bool(local.dst())))
        here, before = high, after
    return changes


def _zone_of(tzid: str) -> tzinfo:
    fixed = _FIXED.fullmatch(tzid)
    if fixed is not None:
        return timezone(parse_offset(fixed[1]))
    return ZoneInfo(tzid)


@lru_cache(maxsize=256)
def _vtimezone(tzid: str, first_year: int, end_year: int) -> str:
    zone = _zone_of(tzid)
    fixed = not isinstance(zone, ZoneInfo) or tzid.startswith("Etc/")
    first = date(max(first_year, 2), 1, 1)
    if fixed:
        first = min(first, _FIXED_ONSET)
    # From midnight of 1 January, local time, to the same a year after the last event.
    start = datetime.combine(first, time(), zone).astimezone(UTC)
    end = datetime.combine(date(min(end_year, 9999), 1, 1), time(), zone).astimezone(UTC)
    # The time before the first change in the span is an observance of its own, from its start.
    opening = start.astimezone(zone)
    offset = _offset(zone, start)
    observances: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = {}
    key = (offset, offset, opening.tzname() or "", bool(opening.dst()))
    observances[key] = [opening.replace(tzinfo=None)]
    for change in offset_changes(zone, start, end):
        key = (change.before, change.after, change.name, change.daylight)
        # The onset is the wall time in the offset before the change (RFC 5545 §3.6.5).
        onset = (change.instant + change.before).replace(tzinfo=None)
        observances.setdefault(key, []).append(onset)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not isinstance(zone, ZoneInfo):
        # sabre/vobject (Nextcloud, Baikal) ignores the observances and reads a zone by its
        # name or this one, which PHP knows as a fixed offset.
        lines.append(f"X-LIC-LOCATION:GMT{format_offset(offset)[:5]}")
    ordered = sorted(observances.items(), key=lambda item: item[1][0])
    for (before, after, name, daylight), onsets in ordered:
        kind = "DAYLIGHT" if daylight else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{format_local(onsets[0])}",
            f"TZOFFSETFROM:{format_offset(before)}",
            f"TZOFFSETTO:{format_offset(after)}",
            f"TZNAME:{escape_text(name or format_offset(after))}",
        ]
        # One value per RDATE line: ical.js (Thunderbird) reads only the first of a list. Where
        # there is an RDATE, ical.js takes no onset from DTSTART, so DTSTART is one as well.
        # Home Assistant's ical takes no onset from a DTSTART alone either, and reads a zone
        # without one as UTC: the one observance of a zone it cannot look up has its RDATE.
        if len(onsets) > 1 or not isinstance(zone, ZoneInfo):
            lines += [f"RDATE:{format_local(onset)}" for onset in onsets]
        lines.append(f"END:{kind}")
    lines.append("END:VTIMEZONE")
    return "".join(fold(line) + CRLF for line in lines)


# --- The zones of a calendar's events -------------------------------------------------------

# How far the time zone of an endless rule is described: clients use the last observance
# after it, which is right for zones that no longer change their clocks.
_ENDLESS_YEARS = 20
_ENDLESS_AT_LEAST = date(2037, 12, 31)
# More occurrences than this and a rule is treated as endless for its zone's span.
_COUNTED_OCCURRENCES = 10_000


def written_in_utc(event: Event) -> bool:
    """Whether the event's times are written in UTC: an offset no zone names (``+05:45``) is
    a TZID calcurse misreads, and without a rule the instant in UTC is the same event."""
    moment = event.date.time
    return moment is not None and not event.repeat and is_unnamed_offset(moment)


def also_days(event: Event) -> set[date]:
    """The days the event's ``also_on`` dates fall on."""
    return {
        event.date.moved_to(item).first_day if isinstance(item, datetime) else item
        for item in event.also_on
    }


def _span(event: Event) -> tuple[date, date]:
    """The days an event's time zone must be described over: all its occurrences."""
    if not event.repeat:
        days = [event.first_day, event.last_day, *also_days(event)]
        return min(days), max(days) + (event.last_day - event.first_day)
    # A rule with no end is described for some years only, however many it would give.
    found = None if endless(event.repeat) else event.all_occurrence_dates(_COUNTED_OCCURRENCES)
    first = min([event.first_day] + [when.first_day for _, when in found or ()])
    if not found:
        later = event.first_day.replace(year=min(event.first_day.year + _ENDLESS_YEARS, 9998))
        return first, max(later, _ENDLESS_AT_LEAST)
    return first, max(when.last_day for _, when in found)


def time_zones(events: Iterable[Event]) -> list[str]:
    """One VTIMEZONE per zone the timed events use, covering their span, sorted by TZID."""
    spans: dict[str, tuple[date, date]] = {}
    for event in events:
        moment = event.date.time
        if moment is None:
            continue
        tzid = tzid_of(moment)
        if tzid is None or written_in_utc(event):
            continue
        first, last = _span(event)
        known = spans.get(tzid)
        if known is not None:
            first, last = min(first, known[0]), max(last, known[1])
        spans[tzid] = (first, last)
    return [vtimezone(tzid, *spans[tzid]) for tzid in sorted(spans)]


# --- Reading --------------------------------------------------------------------------------


def _sample_moments(moments: Iterable[datetime]) -> list[datetime]:
    """The given moments, and the first of every month between the earliest and the latest:
    where a zone agrees with another on all of them, it agrees on the events."""
    given = sorted({moment.astimezone(UTC) for moment in moments})
    if not given:
        return []
    samples = list(given)
    day = date(given[0].year, given[0].month, 1)
    while day <= given[-1].date():
        samples.append(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return samples


Offsets = Callable[[datetime], "timedelta | None"]
"""The UTC offset of a zone at an aware moment, or None where it cannot say."""


class Transitions:
    """The UTC offsets a VTIMEZONE gives, looked up by bisection in its list of changes.

    dateutil, which icalendar uses for a custom VTIMEZONE, expands each observance's rule from
    its DTSTART (1601 for Outlook) on every lookup; this list is made once per zone.
    """

    def __init__(self, times: list[datetime], offsets: list[timedelta]) -> None:
        self.times = times
        self.offsets = offsets

    @classmethod
    def of(cls, component: Any) -> Transitions | None:
        """The changes of an ``icalendar`` VTIMEZONE component, or None if it gives none."""
        try:
            times, infos = component.get_transitions()
        except (ValueError, TypeError, KeyError, OverflowError):
            return None
        if not times:
            return None
        return cls(list(times), [info[0] for info in infos])

    def __call__(self, moment: datetime) -> timedelta | None:
        """The offset at ``moment``; None outside the listed changes, where the zone knows."""
        instant = moment.astimezone(UTC).replace(tzinfo=None)
        index = bisect_right(self.times, instant) - 1
        if index < 0 or index == len(self.times) - 1:
            return None
        return self.offsets[index]


def _agrees(
    candidate: tzinfo, zone: tzinfo, samples: list[datetime], offsets: Offsets | None = None
) -> bool:
    return all(
        sample.astimezone(candidate).utcoffset() == _offset_in(zone, sample, offsets)
        for sample in samples
    )


def _offset_in(zone: tzinfo, moment: datetime, offsets: Offsets | None = None) -> timedelta | None:
    known = offsets(moment) if offsets is not None else None
    return known if known is not None else moment.astimezone(zone).utcoffset()


@lru_cache(maxsize=1)
def _iana_names() -> tuple[str, ...]:
    # Area/City names first, so that a match reads as a place rather than an alias like "EET".
    names = sorted(available_timezones())
    return tuple(sorted(names, key=lambda name: ("/" not in name or name.startswith("Etc/"), name)))


def _named_candidates(tzid: str | None) -> list[str]:
    if not tzid:
        return []
    # icalendar's zone tables load only when a zone needs them.
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    parts = tzid.strip("/").split("/")
    names = [tzid, WINDOWS_TO_OLSON.get(tzid, "")]
    names += ["/".join(parts[-count:]) for count in (3, 2, 1)]  # /mozilla.org/…/Europe/Berlin
    return [name for name in names if name]


def _zone_info(name: str) -> ZoneInfo | None:
    if ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def matching_zone(
    zone: tzinfo,
    tzid: str | None,
    moments: Iterable[datetime],
    *,
    known: tzinfo | None = None,
    offsets: Offsets | None = None,
) -> tzinfo | None:
    """The zone to keep for date-times in ``zone`` (named ``tzid`` in the file), or None.

    ``moments`` are the instants the events use (starts, ends, occurrences). The result is a
    :class:`ZoneInfo` that agrees with ``zone`` at all of them and on the first of every month
    between them, preferring ``known`` (the match of an earlier event in the same zone), then
    the zone the file names; else a fixed offset if ``zone`` has one offset throughout; else
    None: no zone kztimeline can name keeps these times. ``offsets`` gives the offsets of
    ``zone`` faster, where it can (:class:`Transitions`).
    """
    samples = _sample_moments(moments)
    if isinstance(zone, ZoneInfo) and zone.key.startswith("Etc/") and samples:
        # Etc/GMT-6 is how a fixed offset is written: read back as the offset, +06:00.
        fixed = _offset(zone, samples[0])
        return UTC if fixed == timedelta(0) else timezone(fixed)
    if isinstance(zone, ZoneInfo):
        return zone
    if known is not None and _agrees(known, zone, samples, offsets):
        return known  # what an earlier event in the same zone matched: no search
    for name in _named_candidates(tzid):
        candidate = _zone_info(name)
        if candidate is not None and _agrees(candidate, zone, samples, offsets):
            return candidate
    found = {_offset_in(zone, sample, offsets) for sample in samples}
    if len(found) == 1:
        (only,) = found
        if only is not None:
            return UTC if only == timedelta(0) else timezone(only)
    for name in _iana_names():
        candidate = _zone_info(name)
        if candidate is not None and _agrees(candidate, zone, samples, offsets):
            return candidate
    return None
