"""What one VEVENT becomes in events.toml: an event, or a change of one occurrence of one.

Each event is a dict of events.toml keys (plus private ``_`` keys used to order and name it).
Times are kept in a zone kztimeline can name (:func:`kztimeline.ical.zones.matching_zone`);
whatever the events file cannot hold is counted, by kind, for :meth:`EventReader.not_kept`.
"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import islice
from typing import Any, get_args

import icalendar

from kztimeline._fields import Status
from kztimeline.edtf import parse_date
from kztimeline.errors import CalendarError, CalendarValueError, DateError
from kztimeline.ical._changes import ChangeReader
from kztimeline.ical._properties import (
    as_event_date,
    count_within_until,
    day_of,
    id_from_uid,
    in_own_zone,
    json_values,
    slugify,
    text_of,
    until_as_required,
)
from kztimeline.ical._ranges import is_this_and_future
from kztimeline.ical._toml import as_text
from kztimeline.ical._values import as_list
from kztimeline.ical._versions import (
    occurrence_of,
    one_rule_each,
    one_value_each,
    the_latest_versions,
    uid_of,
)
from kztimeline.ical.zones import Transitions, matching_zone

__all__ = ("EventReader",)


def _also_of(component: icalendar.Event) -> str:
    """The UID that X-KZTIMELINE-ALSO-OF names: the event this VEVENT is an extra date of."""
    return str(component.get("X-KZTIMELINE-ALSO-OF", "")).strip()


def _day(item: date | datetime) -> date:
    return item.date() if isinstance(item, datetime) else item


# What the import reads of an event once all are read: the parts of its id, its sources.
_ORDERED_BY = ("_first_day", "_base_id", "_uid", "sources")

# How many occurrences of a rule are checked against a candidate zone.
_CHECKED_OCCURRENCES = 500


class EventReader(ChangeReader):
    """Reads the VEVENTs of one calendar into events (see :class:`ValueReader`)."""

    def alone(self, component: icalendar.Event, lines: dict[str, int]) -> None:
        """Read a VEVENT that no other VEVENT bears on (one of its UID, not a changed
        occurrence nor an extra date) as soon as it is parsed, so it need not be kept.

        What is said is ordered as if every VEVENT had been read together, in file order.
        """
        begin = lines.get("BEGIN", 0)
        self._at = (0, begin)
        items = one_value_each([(component, lines)], self.say)
        self._at = (2, begin)
        read = len(self._events)
        for item, item_lines in one_rule_each(items, self.say):
            self._master(item, item_lines)
            self._masters.pop(uid_of(item), None)  # no other VEVENT changes it
        # Only its text and what the import orders the events by are kept.
        self._events[read:] = [as_text(event, _ORDERED_BY) for event in self._events[read:]]

    def _master(self, component: icalendar.Event, lines: dict[str, int]) -> None:
        """A VEVENT that is not a changed occurrence, as an event (left out and said if it
        cannot be read)."""
        uid = uid_of(component)
        self._at = (3, lines.get("BEGIN", 0))
        self._series.add(uid)
        try:
            event = self._event(component, lines)
        except (CalendarError, CalendarValueError) as err:
            self._problem(err, lines, uid)
            return
        self._events.append(self.share_values(event))
        if uid and uid not in self._masters:
            self._masters[uid] = [event]

    def _problem(
        self, err: CalendarError | CalendarValueError, lines: dict[str, int], uid: str
    ) -> None:
        self._problems.append((self._at, len(self._problems), self._as_error(err, lines)))
        self._not_kept(err, lines, uid)

    def events(self, items: list[tuple[icalendar.Event, dict[str, int]]]) -> list[dict[str, Any]]:
        """Every VEVENT read alone (see :meth:`alone`), then every VEVENT of ``items`` (with
        its lines) as an event; a changed occurrence joins the event it changes.

        A VEVENT that cannot be read is left out and said; if none can, the first problem is
        raised as a :class:`~kztimeline.errors.CalendarError`.
        """
        for component, lines in items:
            self._at = (0, lines.get("BEGIN", 0))
            one_value_each([(component, lines)], self.say)
        self._at = (1, 0)
        items = the_latest_versions(items, self.say)
        kept: list[tuple[icalendar.Event, dict[str, int]]] = []
        for item in items:
            self._at = (2, item[1].get("BEGIN", 0))
            kept += one_rule_each([item], self.say)
        masters = self._masters
        changes: list[tuple[icalendar.Event, dict[str, int]]] = []
        events = self._events
        self._series.update(uid_of(item) for item, _ in kept if "RECURRENCE-ID" not in item)
        series = self._series
        also: list[tuple[icalendar.Event, dict[str, int]]] = []
        for component, lines in kept:
            uid = uid_of(component)
            if "RECURRENCE-ID" in component and uid:
                changes.append((component, lines))
                continue
            if _also_of(component) not in (uid, "") and _also_of(component) in series:
                also.append((component, lines))
                continue
            self._master(component, lines)
        self._at = (4, 0)
        for component, lines in also:
            if _also_of(component) in masters:
                self._fold(masters[_also_of(component)][0], component, lines)
            else:
                self.say(
                    lines.get("BEGIN"),
                    uid_of(component),
                    "not kept: an extra date of an event that is not kept",
                )
        # A change of all following occurrences splits its series before the others join it.
        changes.sort(key=lambda item: (not is_this_and_future(item[0]), occurrence_of(item[0])))
        self._at = (5, 0)
        for component, lines in changes:
            uid = uid_of(component)
            parts = masters.get(uid, [])
            try:
                if is_this_and_future(component) and self._split(parts, component, lines):
                    events.append(parts[-1])
                    continue
                master = self._part(parts, component, lines)
                self._change_or_event(master, component, lines, events)
            except (CalendarError, CalendarValueError) as err:
                self._problem(err, lines, uid)
        self._at = (9, 0)
        if not events and self._problems:
            raise min(self._problems, key=lambda item: item[:2])[2]
        for event in events:
            # Changes are kept in order of their occurrence (added in any order above).
            if "changes" in event:
                event["changes"].sort(key=lambda item: item["occurrence"])
        return events

    def _fold(
        self, event: dict[str, Any], component: icalendar.Event, lines: dict[str, int]
    ) -> None:
        """A VEVENT that kztimeline wrote for one ``also_on`` date of ``event`` (its
        X-KZTIMELINE-ALSO-OF names the event's UID), back in the event's ``also_on``: a day
        if it starts at the event's wall time, else a local date-time."""
        moment = self._span(component, lines)[0]
        start = event["_start"]
        item: date | datetime = moment
        if isinstance(moment, datetime) and isinstance(start, datetime):
            local = moment.astimezone(start.tzinfo)
            same = local.time() == start.time()
            item = local.date() if same else local.replace(tzinfo=None)
        elif isinstance(moment, datetime):
            item = moment.date()
        days = [*event.get("also_on", ()), item]
        event["also_on"] = sorted(set(days), key=lambda value: (_day(value), str(value)))

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
        try:
            zone = matching_zone(
                start.tzinfo,
                tzid,
                moments,
                known=self._matched.get(tzid),
                offsets=self._transitions(tzid),
            )
        # A VTIMEZONE whose rules dateutil cannot expand fails when an offset is asked for.
        except (ValueError, TypeError, OverflowError) as err:
            problem = f"DTSTART: the VTIMEZONE {tzid!r} cannot be read: {err}"
            raise CalendarValueError(problem) from None
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
            try:
                self._changes[tzid] = Transitions.of(self.zones[tzid])
            # icalendar fails on a VTIMEZONE missing an offset or an onset, or giving one
            # twice, with errors from its own code: the zone is then matched by its name alone.
            except (AttributeError, TypeError, ValueError):
                self._changes[tzid] = None
                self._lost[f"VTIMEZONE {tzid!r}, which cannot be read (its name is used)"] += 1
        return self._changes[tzid]

    def _event(self, component: icalendar.Event, lines: dict[str, int]) -> dict[str, Any]:
        start, end, tzid = self._span(component, lines)
        uid = str(component.get("UID", "")).strip()
        summary = component.get("SUMMARY")
        title = self.one_line(str(summary)) if summary is not None else ""
        if summary is not None and title != str(summary):
            self.say(
                lines.get("SUMMARY"),
                uid,
                "SUMMARY: spaces at its ends, line breaks and runs of spaces are made one space",
            )
        self._floating(component, lines)
        rule = self._rule_text(component, lines)
        if rule is not None and rule != count_within_until(rule, start):
            rule = count_within_until(rule, start)
            self.say(lines.get("RRULE"), uid, f"RRULE has both COUNT and UNTIL: kept as {rule}")
        event: dict[str, Any] = {"title": title or "Untitled event", "_uid": uid}
        event["_another_rule"] = "_ANOTHER_RULE" in lines
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
            self._rule(event, rule, notes, lines.get("RRULE"))
        event["_start"] = event["date"]
        if event.get("repeat") or "RDATE" in component or "EXDATE" in component:
            self._exceptions(component, event, lines)
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

    def _rule(self, event: dict[str, Any], rule: str, notes: list[str], line: int | None) -> None:
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import check_rule

        start = event["date"]
        rule = until_as_required(rule, start)
        rule = self._starting_on_the_rule(event, rule)
        try:
            check_rule(rule, as_event_date(event["date"]))
        except DateError as err:
            self.say(
                line,
                event["_uid"],
                f"not kept: the RRULE, which kztimeline cannot expand ({err}); it is stated "
                "in the description, and the event kept once",
            )
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
        # DTSTART of a second rule of one VEVENT is given by the first: it is not added again.
        again: list[date | datetime] | None = [] if event.get("_another_rule") else None
        if when.time is not None:
            event["date"] = first
            if isinstance(event.get("end"), datetime):
                event["end"] += first - start
            event["also_on"] = [start] if again is None else again
        else:
            moved = when.shifted_to(first.date())
            event["date"] = moved.first_day if moved.first_day == moved.last_day else moved.text
            event["also_on"] = [when.first_day] if again is None else again
        return rule

    def _exceptions(
        self, component: icalendar.Event, event: dict[str, Any], lines: dict[str, int]
    ) -> None:
        """EXDATE and RDATE as ``except_on`` and ``also_on``, as RFC 5545 reads them: an
        excluded date wins over an added one, and a date given twice occurs once."""
        start = event["date"]
        zone = start.tzinfo if isinstance(start, datetime) else None
        excluded = {day_of(moment, zone) for moment in self._dates(component, "EXDATE", lines)}
        extra: list[date | datetime] = []
        for moment in self._dates(component, "RDATE", lines):
            if zone is None or not isinstance(moment, datetime):
                extra.append(day_of(moment, zone))
                continue
            local = moment.astimezone(zone)
            same_time = local.timetz() == start.timetz()
            extra.append(local.date() if same_time else local.replace(tzinfo=None))
        extra += event.get("also_on", [])
        first = as_event_date(event["_start"]).first_day
        ruled = {day for day in excluded | set(map(_day, extra)) if self._ruled(event, day)}
        if event.get("repeat") is None:
            ruled = {first}
        event["also_on"] = [
            item
            for item in sorted(set(extra), key=lambda item: (_day(item), str(item)))
            if _day(item) not in excluded
            and (isinstance(item, datetime) or _day(item) not in ruled)
        ]
        event["except_on"] = sorted(excluded & ruled)
        if event.get("repeat") is None and event["except_on"]:
            event["except_on"] = []
            self.say(
                lines.get("EXDATE"),
                uid_of(component),
                "not kept: the EXDATE of the event's own start (an event without a rule "
                "keeps its start)",
            )

    @staticmethod
    def _ruled(event: dict[str, Any], day: date) -> bool:
        """Whether the rule of ``event`` (if it has one) gives an occurrence on ``day``."""
        # dateutil loads only when a rule is read.
        from kztimeline.recurrence import occurrence_starts

        rule = event.get("repeat")
        starts = occurrence_starts(rule, as_event_date(event["_start"]), day, day) if rule else ()
        return any(True for _ in starts)

    def _fields(self, component: icalendar.Event, event: dict[str, Any], notes: list[str]) -> None:
        own = next(iter(json_values(component.get("X-KZTIMELINE-EVENT"))), None)
        location = component.get("LOCATION")
        if location is not None:
            event["place"] = self.one_line(str(location)) or None
        url = component.get("URL")
        if url is not None:
            event["url"] = self.one_line(str(url)) or None
        tags: list[str] = []
        for categories in as_list(component.get("CATEGORIES", [])):
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
        more = next(iter(json_values(component.get("X-KZTIMELINE-MORE"))), {})
        if own is not None and more:  # kztimeline's own file: what only the events file holds
            self._more(event, tags, more)
        if notes:
            text = "\n\n".join(part for part in (text, " ".join(notes)) if part)
        event["description"] = text or None
        event["tags"] = tags
