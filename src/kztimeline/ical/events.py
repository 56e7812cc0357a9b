"""What one VEVENT becomes in events.toml: an event, or a change of one occurrence of one.

Each event is a dict of events.toml keys (plus private ``_`` keys used to order and name it).
Times are kept in a zone kztimeline can name (:func:`kztimeline.ical.zones.matching_zone`);
whatever the events file cannot hold is counted, by kind, for :meth:`EventReader.not_kept`.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import islice
from pathlib import Path
from typing import Any, get_args

import icalendar
from icalendar.prop import vBroken

from kztimeline._fields import FORBIDDEN_CHARACTERS, Status
from kztimeline.edtf import parse_date
from kztimeline.errors import CalendarError, DateError
from kztimeline.ical._properties import (
    as_event_date,
    day_of,
    drop_zone,
    id_from_uid,
    in_own_zone,
    is_named_zone,
    json_values,
    slugify,
    text_of,
    until_as_required,
    value_problem,
)
from kztimeline.ical.zones import Transitions, matching_zone

__all__ = ("EventReader",)

# Properties read into the events file, and bookkeeping that a new export writes afresh.
_READ = {
    "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "STATUS", "URL",
    "X-KZTIMELINE-DATE", "X-KZTIMELINE-EVENT",
}  # fmt: skip
_BOOKKEEPING = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE"}
# How many occurrences of a rule are checked against a candidate zone.
_CHECKED_OCCURRENCES = 500


def _as_list(item: Any) -> list[Any]:
    return item if isinstance(item, list) else [item]


class EventReader:
    """Reads the VEVENTs of one calendar; ``path`` names it in errors, ``source`` is the id of
    the calendar as a source, ``zone`` is X-WR-TIMEZONE (for floating and UTC times),
    ``lines`` the content lines by number and ``zones`` its VTIMEZONE components by TZID."""

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
            raise self._error(lines, name, f"{prop.to_ical().decode()!r} is not a date-time")
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
        for prop in _as_list(component.get(name, [])):
            if isinstance(prop, vBroken):
                raise self._error(lines, name, f"{str(prop)!r} is not a list of dates")
            for item in prop.dts:
                if isinstance(item.dt, tuple):
                    self._lost[f"{name} periods"] += 1
                    continue
                found.append(self._moment(item, name, lines)[0])
        return found

    # --- One event -------------------------------------------------------------------------

    def events(
        self, components: list[icalendar.Event], outline: list[dict[str, int]]
    ) -> list[dict[str, Any]]:
        """Every VEVENT as an event; a changed occurrence joins the event it changes."""
        masters: dict[str, dict[str, Any]] = {}
        changes: list[tuple[icalendar.Event, dict[str, int]]] = []
        events: list[dict[str, Any]] = []
        for component, lines in zip(components, outline, strict=False):
            uid = str(component.get("UID", "")).strip()
            if "RECURRENCE-ID" in component and uid:
                changes.append((component, lines))
                continue
            event = self._event(component, lines)
            events.append(event)
            if uid:
                masters.setdefault(uid, event)
        for component, lines in changes:
            master = masters.get(str(component["UID"]).strip())
            if master is not None and master.get("repeat"):
                self._change(master, component, lines)
            else:
                event = self._event(component, lines)
                moment, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
                event["_base_id"] += "-" + moment.strftime("%Y%m%d")
                events.append(event)
        return events

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
            span = getattr(duration, "dt", None)
            if isinstance(duration, vBroken) or not isinstance(span, timedelta):
                raise self._error(lines, "DURATION", "is not a duration such as P1D or PT1H30M")
            end = start + span
        if isinstance(start, datetime) and end is not None and not isinstance(end, datetime):
            end = datetime.combine(end, time(), start.tzinfo)
        if not isinstance(start, datetime) and isinstance(end, datetime):
            end = end.date()
        return start, end, tzid

    def _zone(
        self, start: datetime, end: datetime | None, tzid: str | None, rule: str | None
    ) -> tzinfo:
        moments = [start] + ([end] if end is not None else [])
        if rule is not None:
            # dateutil loads only when a rule is read.
            from dateutil.rrule import rrulestr

            with contextlib.suppress(ValueError, TypeError, OverflowError):
                moments += islice(rrulestr(rule, dtstart=start), _CHECKED_OCCURRENCES)
        assert start.tzinfo is not None
        zone = matching_zone(
            start.tzinfo,
            tzid,
            moments,
            known=self._matched.get(tzid),
            offsets=self._transitions(tzid),
        )
        if zone is not None:
            self._matched[tzid] = zone
        if zone is None:
            self._lost[f"the time zone {tzid!r}, which no IANA zone matches (kept in UTC)"] += 1
            return UTC
        return zone

    def _transitions(self, tzid: str | None) -> Transitions | None:
        if tzid is None or tzid not in self.zones:
            return None
        if tzid not in self._changes:
            self._changes[tzid] = Transitions.of(self.zones[tzid])
        return self._changes[tzid]

    def _event(self, component: icalendar.Event, lines: dict[str, int]) -> dict[str, Any]:
        start, end, tzid = self._span(component, lines)
        uid = str(component.get("UID", "")).strip()
        summary = component.get("SUMMARY")
        title = self.one_line(str(summary)) if summary is not None else ""
        rule = self._rule_text(component, lines)
        event: dict[str, Any] = {"title": title or "Untitled event", "_uid": uid}
        notes: list[str] = []
        if isinstance(start, datetime):
            zone = self._zone(start, end if isinstance(end, datetime) else None, tzid, rule)
            start = start.astimezone(zone)
            event["date"] = start
            event["_zone"] = zone
            if isinstance(end, datetime) and end > start:
                event["end"] = end.astimezone(zone)
            first_day = start.date()
        else:
            last = start
            if isinstance(end, date) and end > start:
                last = end - timedelta(days=1)  # DTEND of an all-day event is exclusive
            event["date"] = start if last == start else f"{start.isoformat()}/{last.isoformat()}"
            first_day = start
        self._written(component, event)
        if rule is not None:
            self._rule(event, rule, notes)
        if event.get("repeat"):
            self._exceptions(component, event, lines)
        else:
            for name in ("RDATE", "EXDATE"):
                if name in component:
                    self._lost[f"{name} of events without a rule kztimeline keeps"] += 1
        event["_first_day"] = first_day
        base = uid.rsplit("@", 1)[0] if uid else ""
        event["_base_id"] = (
            id_from_uid(uid) if base else (slugify(title)[:40].strip("-") or "event")
        )
        if not uid:
            event["_base_id"] += "-" + first_day.isoformat()
        self._fields(component, event, notes)
        self._count_lost(component)
        in_own_zone(event)
        return event

    def _rule_text(self, component: icalendar.Event, lines: dict[str, int]) -> str | None:
        """The RRULE as the file writes it: icalendar would reorder its parts."""
        if "RRULE" not in component:
            return None
        number = lines.get("RRULE")
        if number is None or number not in self.lines or isinstance(component["RRULE"], list):
            return text_of(component["RRULE"])
        return self.lines[number].partition(":")[2].strip().upper()

    def _written(self, component: icalendar.Event, event: dict[str, Any]) -> None:
        """The date as kztimeline wrote it (``2010-02``), if it agrees with DTSTART."""
        written = component.get("X-KZTIMELINE-DATE")
        if written is None or isinstance(event["date"], datetime):
            return
        text = self.one_line(str(written))
        try:
            parsed = parse_date(text)
        except DateError:
            return
        first = event["date"] if isinstance(event["date"], date) else None
        if first is None:
            first = date.fromisoformat(str(event["date"]).split("/", 1)[0])
        if parsed.known_first_day <= first <= parsed.known_last_day:
            event["date"] = (
                date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text
            )

    def _rule(self, event: dict[str, Any], rule: str, notes: list[str]) -> None:
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import check_rule

        start = event["date"]
        rule = until_as_required(rule, start)
        rule = self._starting_on_the_rule(event, rule)
        try:
            check_rule(rule, as_event_date(event["date"]))
        except DateError:
            self._lost["repeat rules kztimeline cannot expand (stated in the description)"] += 1
            notes.append(f"Repeats by the calendar rule {rule}.")
            return
        event["repeat"] = rule

    def _starting_on_the_rule(self, event: dict[str, Any], rule: str) -> str:
        """The rule, with the event moved to its first occurrence where DTSTART is not one.

        RFC 5545 leaves such a set undefined; like recurring-ical-events, the import keeps
        DTSTART as one more occurrence (``also_on``), and COUNT counts the rule's own.
        kztimeline refuses a start its rule does not give, since clients disagree about it.
        """
        # dateutil loads only when a rule is read.
        from dateutil.rrule import rrulestr

        when = as_event_date(event["date"])
        start = when.time or datetime.combine(when.first_day, time.min)
        try:
            first = next(iter(rrulestr(rule, dtstart=start)), None)
        except (ValueError, TypeError, OverflowError):
            return rule  # check_rule says why
        if first is None or first == start:
            return rule
        if when.time is not None:
            event["date"] = first
            event["also_on"] = [start]
        else:
            moved = when.shifted_to(first.date())
            event["date"] = moved.first_day if moved.first_day == moved.last_day else moved.text
            event["also_on"] = [when.first_day]
        return rule

    def _exceptions(
        self, component: icalendar.Event, event: dict[str, Any], lines: dict[str, int]
    ) -> None:
        start = event["date"]
        zone = start.tzinfo if isinstance(start, datetime) else None
        excluded = sorted(
            {day_of(moment, zone) for moment in self._dates(component, "EXDATE", lines)}
        )
        if excluded:
            event["except_on"] = excluded
        extra: list[date | datetime] = []
        for moment in self._dates(component, "RDATE", lines):
            if zone is None or not isinstance(moment, datetime):
                extra.append(day_of(moment, zone))
                continue
            local = moment.astimezone(zone)
            same_time = local.timetz() == start.timetz()
            extra.append(local.date() if same_time else local.replace(tzinfo=None))
        extra += event.get("also_on", [])
        if extra:
            event["also_on"] = sorted(set(extra), key=lambda item: (day_of(item, None), str(item)))

    def _fields(self, component: icalendar.Event, event: dict[str, Any], notes: list[str]) -> None:
        own = next(iter(json_values(component.get("X-KZTIMELINE-EVENT"))), None)
        location = component.get("LOCATION")
        if location is not None:
            event["place"] = self.one_line(str(location)) or None
        url = component.get("URL")
        if url is not None:
            event["url"] = self.one_line(str(url)) or None
        tags: list[str] = []
        for categories in _as_list(component.get("CATEGORIES", [])):
            for tag in getattr(categories, "cats", []):
                cleaned = self.one_line(str(tag))
                if cleaned and cleaned not in tags:
                    tags.append(cleaned)
        description = component.get("DESCRIPTION")
        text = self.text(str(description)).strip() if description is not None else ""
        event["_own"] = own is not None
        if own is not None:
            # kztimeline's own file: its description carries notes made from the other fields.
            text = str(own.get("description") or "")
            kind = own.get("kind")
            event["kind"] = kind
            tags = [tag for tag in tags if tag != kind]
            for key in ("people", "organizations", "status"):
                event[key] = own.get(key)
            event["sources"] = own.get("sources") or [self.source]
        else:
            event["sources"] = [self.source]
            status = str(component.get("STATUS", "")).strip().lower()
            event["status"] = status if status in get_args(Status) else None
        if notes:
            text = "\n\n".join(part for part in (text, " ".join(notes)) if part)
        event["description"] = text or None
        event["tags"] = tags

    def _change(
        self, master: dict[str, Any], component: icalendar.Event, lines: dict[str, int]
    ) -> None:
        """A changed occurrence (RECURRENCE-ID) as a ``[[events.changes]]`` of its event."""
        zone = master.get("_zone")
        occurrence, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
        change: dict[str, Any] = {"occurrence": day_of(occurrence, zone)}
        new_start, new_end, _ = self._span(component, lines)
        if isinstance(new_start, datetime) and zone is not None:
            new_start = new_start.astimezone(zone)
            change["date"] = new_start
            if isinstance(new_end, datetime) and new_end > new_start:
                change["end"] = new_end.astimezone(zone)
        elif not isinstance(new_start, datetime):
            last = new_start
            if isinstance(new_end, date) and new_end > new_start:
                last = new_end - timedelta(days=1)
            change["date"] = new_start if last == new_start else f"{new_start}/{last}"
        summary = self.one_line(str(component.get("SUMMARY", "")))
        if summary and summary != master["title"]:
            change["title"] = summary
        location = self.one_line(str(component.get("LOCATION", "")))
        if location and location != master.get("place"):
            change["place"] = location
        own = next(iter(json_values(component.get("X-KZTIMELINE-EVENT"))), None)
        if own is None and master.get("_own"):
            own = {}
        if own is not None:  # kztimeline's own file: the change as written
            change["description"] = own.get("description")
            change["status"] = own.get("status")
        else:
            status = str(component.get("STATUS", "")).strip().lower()
            if status == "cancelled":
                change["status"] = status
            text = self.text(str(component.get("DESCRIPTION", ""))).strip()
            if text and text != master.get("description"):
                change["description"] = text
        if zone is not None and is_named_zone(zone):
            drop_zone(change, ("date", "end"))
        master.setdefault("changes", []).append(change)
        master["changes"].sort(key=lambda item: item["occurrence"])
        self._count_lost(component)

    # --- What is lost ----------------------------------------------------------------------

    def _count_lost(self, component: icalendar.Event) -> None:
        for name in component:
            if name not in _READ and name not in _BOOKKEEPING:
                self._lost[f"{name} properties"] += 1
        for sub in component.subcomponents:
            self._lost[f"{sub.name} components"] += 1

    def not_kept(self) -> list[str]:
        """One line per kind of thing the events file could not keep, with how many."""
        return [f"not kept: {count} × {kind}" for kind, count in sorted(self._lost.items())]
