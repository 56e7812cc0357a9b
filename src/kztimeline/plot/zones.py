"""One display zone per picture: which it is, and the clock times said in it.

Timed events are placed by their instant, on the clock of one zone: the one asked for
(``zone=``, the command's ``--zone``), else the zone most timed events use, else UTC. The
picture names it once ("times in Asia/Almaty, UTC+05:00"); a label gives only the clock
time, and an event written in another zone adds its own local time in brackets where that
differs. No matplotlib here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timezone, tzinfo
from typing import TYPE_CHECKING

from kztimeline.dates import MONTH_ABBREVIATIONS, parse_time_zone

if TYPE_CHECKING:
    from kztimeline.records import Event

__all__ = ("Zone", "choose_zone", "clock_text", "offset_text", "zone_of")


@dataclass(frozen=True)
class Zone:
    """A display zone: its ``name`` as the reader sees it and the ``tz`` it places times in."""

    name: str
    tz: tzinfo

    def note(self, moments: Iterable[datetime]) -> str:
        """ "times in Asia/Almaty, UTC+05:00": the zone and its offsets at ``moments``."""
        offsets = sorted({offset_text(moment.astimezone(self.tz)) for moment in moments})
        if not offsets or offsets == [self.name]:
            return f"times in {self.name}"
        return f"times in {self.name}, {' / '.join(offsets)}"


UTC_ZONE = Zone("UTC", UTC)


def offset_text(moment: datetime) -> str:
    """``"UTC+05:00"``, ``"UTC−04:00"``, or ``"UTC"`` for a zero offset."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes > 0 else "\N{MINUS SIGN}"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_of(event: Event) -> Zone | None:
    """The zone ``event`` is written in (its IANA ``timezone``, else its offset), or ``None``
    for an event with no time of day."""
    moment = event.date.time
    if moment is None:
        return None
    if event.timezone:
        return Zone(event.timezone, moment.tzinfo or UTC)
    name = offset_text(moment)
    return UTC_ZONE if name == "UTC" else Zone(name, moment.tzinfo or UTC)


def choose_zone(events: Iterable[Event], requested: str | None) -> Zone:
    """The display zone: ``requested`` (an IANA name, ``"UTC"`` or ``"UTC+05:00"``), else the
    zone that most timed ``events`` use (ties go to the first name in order), else UTC.

    Raises :class:`~kztimeline.errors.DateError` for a name that is no zone.
    """
    if requested is not None:
        return _named(requested)
    counts = Counter(zone.name for zone in map(zone_of, events) if zone is not None)
    if not counts:
        return UTC_ZONE
    most = max(counts.values())
    name = min(name for name, count in counts.items() if count == most)
    return _named(name)


def _named(name: str) -> Zone:
    text = name.strip()
    if text.upper() in ("UTC", "Z"):
        return UTC_ZONE
    if text.upper().startswith("UTC") and len(text) == 9:
        sign = -1 if text[3] in "-\N{MINUS SIGN}" else 1
        try:
            moment = datetime.fromisoformat(f"2000-01-01T00:00:00+{text[4:]}")
        except ValueError:
            pass
        else:
            offset = moment.utcoffset()
            assert offset is not None
            return Zone(text.replace("-", "\N{MINUS SIGN}"), timezone(sign * offset))
    return Zone(text, parse_time_zone(text))


def clock_text(event: Event, zone: Zone) -> str:
    """The day and clock time of a timed ``event`` in ``zone`` (``"16 Jul 1969, 13:32"``, or
    a span ``"14 May 2024, 08:30–17:00"``), then its own local time in brackets where that
    differs (``"(09:32 America/New_York)"``)."""
    moment = event.date.time
    assert moment is not None
    shown = _span(moment.astimezone(zone.tz), _until(event, zone.tz))
    own = zone_of(event)
    if own is None or offset_text(moment) == offset_text(moment.astimezone(zone.tz)):
        return shown
    local = _clock(moment, _until(event, moment.tzinfo or UTC))
    return f"{shown} ({local} {own.name})"


def _until(event: Event, tz: tzinfo) -> datetime | None:
    until = event.date.until
    return until.astimezone(tz) if until is not None else None


def _day(moment: datetime) -> str:
    return f"{moment.day} {MONTH_ABBREVIATIONS[moment.month - 1]} {moment.year}"


def _clock(moment: datetime, until: datetime | None) -> str:
    text = f"{moment:%H:%M}"
    if until is None:
        return text
    if until.date() == moment.date():
        return f"{text}–{until:%H:%M}"
    return f"{text} – {until.day} {MONTH_ABBREVIATIONS[until.month - 1]} {until:%H:%M}"


def _span(moment: datetime, until: datetime | None) -> str:
    return f"{_day(moment)}, {_clock(moment, until)}"
