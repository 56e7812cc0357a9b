"""The values of the VEVENTs of one calendar: dates, spans and text as the events file can
hold them, and what is said about each part of the calendar that is changed or not kept.

Every change that the events file forces is said in one line naming the .ics line and the UID;
whatever it cannot hold at all is counted, by kind, for :meth:`ValueReader.not_kept`.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

import icalendar
from icalendar.prop import vBroken
from pydantic import ValidationError

from kztimeline._fields import FORBIDDEN_CHARACTERS, share_repeated
from kztimeline.errors import CalendarError, CalendarValueError
from kztimeline.ical._properties import text_of, value_problem
from kztimeline.ical._versions import uid_of, value_of
from kztimeline.ical.zones import Transitions
from kztimeline.tables import Kind

__all__ = ("ValueReader", "as_list")

# Properties read into the events file, and bookkeeping that a new export writes afresh.
_READ = {
    "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "STATUS", "URL",
    "X-KZTIMELINE-DATE", "X-KZTIMELINE-EVENT", "X-KZTIMELINE-MORE",
}  # fmt: skip
_BOOKKEEPING = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE"}


def as_list(item: Any) -> list[Any]:
    return item if isinstance(item, list) else [item]


class ValueReader:
    """Reads the values of the VEVENTs of one calendar; ``path`` names it in messages,
    ``source`` is the id of the calendar as a source, ``zone`` the zone of floating times
    (None for UTC), ``lines`` the content lines by number and ``zones`` its VTIMEZONE
    components by TZID."""

    def __init__(
        self,
        path: Path | str,
        source: str,
        zone: tzinfo | None,
        lines: dict[int, str],
        zones: dict[str, Any],
    ) -> None:
        self.path = path
        self.source = source
        self.zone = zone
        self.lines = lines
        self.zones = zones
        self._matched: dict[str | None, tzinfo] = {}
        self._changes: dict[str, Transitions | None] = {}
        self._lost: Counter[str] = Counter()
        # What is said, each with when it would be said were all VEVENTs read together in
        # file order (the step, then the line of the VEVENT): see EventReader.alone.
        self._at: tuple[int, int] = (9, 0)
        self._said: list[tuple[tuple[int, int], str]] = []
        self._problems: list[tuple[tuple[int, int], int, CalendarError]] = []
        self._events: list[dict[str, Any]] = []
        self._masters: dict[str, list[dict[str, Any]]] = {}
        self._series: set[str] = set()
        self.kind_tables: dict[str, dict[str, Any]] = {}
        self._strings: dict[str, str] = {}
        self._kind_at: dict[str, tuple[int, int]] = {}

    def share_values(self, event: dict[str, Any]) -> dict[str, Any]:
        """``event`` with the values that repeat from event to event shared with the events
        read before (see :func:`kztimeline._fields.share_repeated`): a large calendar's
        events are all held until the events file is written."""
        share_repeated(event, self._strings)
        return event

    # --- Text ------------------------------------------------------------------------------

    @staticmethod
    def text(value: str) -> str:
        """Text the events file accepts: the characters the model refuses are dropped."""
        return FORBIDDEN_CHARACTERS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))

    @classmethod
    def one_line(cls, value: str) -> str:
        return " ".join(cls.text(value).split())

    # --- Values ----------------------------------------------------------------------------

    def _error(self, lines: dict[str, int], name: str, problem: str) -> CalendarError:
        return CalendarError(self.path, f"{name}: {problem}", line=lines.get(name))

    def _moment(
        self, prop: Any, name: str, lines: dict[str, int]
    ) -> tuple[date | datetime, str | None]:
        """A DATE or DATE-TIME property: the value (aware if a date-time) and its TZID."""
        if isinstance(prop, vBroken):
            raw = str(prop).strip()
            is_date = prop.params.get("VALUE", "").upper() == "DATE" or len(raw) == 8
            raise self._error(lines, name, value_problem(raw, is_date))
        moment = prop.dt
        tzid = prop.params.get("TZID")
        if not isinstance(moment, date):
            raise self._error(lines, name, f"{text_of(prop)!r} is not a date-time")
        if isinstance(moment, datetime):
            if moment.tzinfo is None:
                if tzid is not None:
                    raise self._error(
                        lines,
                        name,
                        f"unknown time zone TZID={tzid!r}; use an IANA name such as Asia/Almaty",
                    )
                moment = moment.replace(tzinfo=self.zone or UTC)
            elif tzid is None and moment.utcoffset() == timedelta(0):
                # A ...Z value is UTC itself, not the IANA zone "UTC" icalendar gives it.
                moment = moment.astimezone(self.zone or UTC)
        return moment, tzid

    def _dates(self, component: icalendar.Event, name: str, lines: dict[str, int]) -> list[Any]:
        found = []
        for prop in as_list(component.get(name, [])):
            if isinstance(prop, vBroken):
                raise self._error(lines, name, f"{str(prop)!r} is not a list of dates")
            for item in prop.dts:
                value = item.dt
                if isinstance(value, tuple):
                    self.say(
                        lines.get(name),
                        uid_of(component),
                        f"not kept: the {name} period {'/'.join(map(str, value))} (an events "
                        "file has no periods)",
                    )
                    continue
                found.append(self._moment(item, name, lines)[0])
        return found

    def say(self, line: int | None, uid: str, what: str) -> None:
        """Say on stderr what happened to the part of the calendar on ``line``."""
        where = f"{self.path}:{line}" if line else str(self.path)
        self._said.append((self._at, f"{where}: UID {uid or '(none)'}: {what}"))

    def _not_kept(
        self, err: CalendarError | CalendarValueError, lines: dict[str, int], uid: str
    ) -> None:
        line = getattr(err, "line", None) or lines.get("BEGIN")
        problem = getattr(err, "problem", str(err))
        self.say(line, uid, f"not kept: this VEVENT, since {problem}")

    def _as_error(
        self, err: CalendarError | CalendarValueError, lines: dict[str, int]
    ) -> CalendarError:
        if isinstance(err, CalendarError):
            return err
        return CalendarError(self.path, str(err), line=lines.get("BEGIN"))

    def _span(
        self, component: icalendar.Event, lines: dict[str, int]
    ) -> tuple[date | datetime, date | datetime | None, str | None]:
        if "DTSTART" not in component:
            raise CalendarError(
                self.path, "a VEVENT has no DTSTART; give it one", line=lines.get("BEGIN")
            )
        start, tzid = self._moment(component["DTSTART"], "DTSTART", lines)
        end: date | datetime | None = None
        if "DTEND" in component:
            end = self._moment(component["DTEND"], "DTEND", lines)[0]
        elif "DURATION" in component:
            duration: Any = component["DURATION"]
            span = None if isinstance(duration, vBroken) else getattr(duration, "dt", None)
            if not isinstance(span, timedelta):
                written = self.lines.get(lines.get("DURATION", 0), "").partition(":")[2].strip()
                raise self._error(
                    lines, "DURATION", f"{written!r} is not a duration such as P1D or PT1H30M"
                )
            end = start + span
        return start, self._end(component, lines, start, end), tzid

    def _end(
        self,
        component: icalendar.Event,
        lines: dict[str, int],
        start: date | datetime,
        end: date | datetime | None,
    ) -> date | datetime | None:
        """The end as the events file can hold it (of the kind of the start, after it); each
        change is said, with the line of DTEND (or DURATION)."""
        line = lines.get("DTEND", lines.get("DURATION"))
        uid = uid_of(component)
        if end is None:
            return None
        if isinstance(start, datetime) and not isinstance(end, datetime):
            self.say(line, uid, "DTEND is a day and DTSTART a date-time: read as its midnight")
            end = datetime.combine(end, time(), start.tzinfo)
        if not isinstance(start, datetime) and isinstance(end, datetime):
            self.say(line, uid, "DTSTART is a day and DTEND a date-time: imported as all-day")
            end = end.date() + timedelta(days=1) if end.time() != time() else end.date()
        if end < start or (end == start and not isinstance(start, datetime)):
            what = "before" if end < start else "the same as"
            kept = "with no end" if isinstance(start, datetime) else "as one day"
            self.say(line, uid, f"DTEND is {what} DTSTART: imported {kept}")
            return None
        return end

    def _floating(self, component: icalendar.Event, lines: dict[str, int]) -> None:
        """Say where a floating DTSTART (a local time in no zone) was placed."""
        start = value_of(component.get("DTSTART"))
        if not isinstance(start, datetime) or start.tzinfo is not None:
            return
        if self.zone is None:
            done = "read as UTC; give --zone NAME to read its times in a time zone"
        else:
            done = f"read in {self.zone}"
        self.say(lines.get("DTSTART"), uid_of(component), f"DTSTART has no time zone: {done}")

    # --- What is lost ----------------------------------------------------------------------

    def _count_lost(self, component: icalendar.Event) -> None:
        for name in component:
            if name not in _READ and name not in _BOOKKEEPING:
                self._lost[f"{name} properties"] += 1
        for sub in component.subcomponents:
            self._lost[f"{sub.name} components"] += 1

    def not_kept(self) -> list[str]:
        """What was said about single parts of the calendar, each with its line and UID, then
        one line per kind of thing the events file could not keep, with how many."""
        counted = sorted(self._lost.items())
        said = [text for _, text in sorted(self._said, key=lambda item: item[0])]
        return said + [f"{self.path}: not kept: {n} × {kind}" for kind, n in counted]

    def _more(self, event: dict[str, Any], tags: list[str], more: dict[str, Any]) -> None:
        """``highlight``, the tags with the kind among them, and the ``[kinds.NAME]`` table of
        the event's kind, from X-KZTIMELINE-MORE."""
        event["highlight"] = True if more.get("highlight") is True else None
        written = more.get("tags")
        if isinstance(written, list) and all(isinstance(tag, str) for tag in written):
            tags[:] = [self.one_line(tag) for tag in written]
        table = more.get("kind_table")
        if isinstance(table, dict) and isinstance(event.get("kind"), str):
            try:
                Kind.model_validate(table)
            except ValidationError as err:
                problem = "; ".join(str(item["msg"]) for item in err.errors())
                kind = event["kind"]
                self.say(None, event["_uid"], f"not kept: the table of kind {kind!r}: {problem}")
                return
            # The table of the VEVENT first in the file wins, whatever order they are read in.
            kind = event["kind"]
            if kind not in self._kind_at or self._at < self._kind_at[kind]:
                self.kind_tables[kind], self._kind_at[kind] = table, self._at
