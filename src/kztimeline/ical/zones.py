"""Time zones in calendar files: the VTIMEZONE the writer adds, and the zone the reader keeps.

Writing: a date-time in an IANA zone is written ``DTSTART;TZID=Asia/Almaty:…`` with one
VTIMEZONE for that zone, generated from the IANA database by ``icalendar`` over the years the
events span; a date-time with only a UTC offset is written in a fixed-offset zone named like
``UTC+0500``, whose VTIMEZONE has one observance; UTC is written with ``Z``. Clients then
expand a rule in the event's own wall time, as kztimeline does, instead of in UTC.

Reading: a zone from a file (an IANA name, a Windows or vendor name, or a custom VTIMEZONE such
as Outlook's "Customized Time Zone") is kept as the IANA zone whose offsets agree with it at
every moment that matters to the events, or as a fixed offset if it never changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kztimeline.ical.codec import CRLF, fold, format_date, format_offset, parse_offset

__all__ = ("Offsets", "Transitions", "fixed_zone_name", "matching_zone", "tzid_of", "vtimezone")

_FIXED = re.compile(r"UTC([+-]\d{4})")


def fixed_zone_name(offset: timedelta) -> str:
    """The TZID of a fixed offset: ``UTC+0500``, ``UTC-0330``; no colon, which a parameter
    value could only hold in quotes."""
    return f"UTC{format_offset(offset)[:5]}"


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


def vtimezone(tzid: str, first: date, last: date) -> str:
    """The folded VTIMEZONE text (CRLF line ends) for ``tzid``, valid from ``first`` to ``last``.

    An IANA zone lists every offset change from 1 January of ``first``'s year to 1 January
    after ``last``; a fixed-offset zone (:func:`fixed_zone_name`) has one observance. The same
    arguments always give the same text, for a given time-zone database.
    """
    return _vtimezone(tzid, first.year, last.year + 1)


@lru_cache(maxsize=256)
def _vtimezone(tzid: str, first_year: int, end_year: int) -> str:
    fixed = _FIXED.fullmatch(tzid)
    if fixed is not None:
        offset = format_offset(parse_offset(fixed[1]))
        lines = [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            f"DTSTART:{format_date(date(first_year, 1, 1))}T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            f"TZNAME:{tzid}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        return "".join(fold(line) + CRLF for line in lines)
    # icalendar's zone tables load only when a zone needs them.
    from icalendar import Timezone

    component = Timezone.from_tzinfo(
        ZoneInfo(tzid), tzid, date(first_year, 1, 1), date(min(end_year, 9999), 1, 1)
    )
    text: str = component.to_ical().decode("utf-8")
    return text


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
        (offset,) = found
        if offset is not None:
            return UTC if offset == timedelta(0) else timezone(offset)
    for name in _iana_names():
        candidate = _zone_info(name)
        if candidate is not None and _agrees(candidate, zone, samples, offsets):
            return candidate
    return None
