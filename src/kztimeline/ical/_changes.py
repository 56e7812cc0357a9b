"""Changed occurrences (RECURRENCE-ID): a change of an event, an event of its own where the
events file cannot hold the change, and a split series for ``RANGE=THISANDFUTURE``."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
from icalendar.prop import vRecur

from kztimeline.ical._properties import as_event_date, day_of, drop_zone, is_named_zone, json_values
from kztimeline.ical._ranges import split_rule
from kztimeline.ical._values import ValueReader
from kztimeline.ical._versions import uid_of

__all__ = ("ChangeReader",)


class ChangeReader(ValueReader):
    """Reads changed occurrences into the events read by :meth:`_event`."""

    def _event(self, component: icalendar.Event, lines: dict[str, int]) -> dict[str, Any]:
        """The event one VEVENT becomes: given by the reader of whole events."""
        raise NotImplementedError

    def _part(
        self, parts: list[dict[str, Any]], component: icalendar.Event, lines: dict[str, int]
    ) -> dict[str, Any] | None:
        """The part of a split series (see :meth:`_split`) that a changed occurrence is of."""
        moment, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
        day = moment.date() if isinstance(moment, datetime) else moment
        fitting = [part for part in parts if part["_first_day"] <= day]
        return fitting[-1] if fitting else (parts[0] if parts else None)

    def _split(
        self, parts: list[dict[str, Any]], component: icalendar.Event, lines: dict[str, int]
    ) -> bool:
        """Apply ``RANGE=THISANDFUTURE`` by ending the series before the changed occurrence and
        adding the rest as a new part (last in ``parts``); False if it cannot be split."""
        master = self._part(parts, component, lines)
        if master is None or not master.get("repeat"):
            return False
        moment, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
        day = day_of(moment, master.get("_zone"))
        new_start = self._span(component, lines)[0]
        start = master["_start"]
        if not self._occurs(master, day) or isinstance(new_start, datetime) != isinstance(
            start, datetime
        ):
            return False
        if not isinstance(start, date):
            start = as_event_date(start).first_day
        moved_by = new_start - (moment if isinstance(new_start, datetime) else day)
        split = split_rule(master["repeat"], start, moment, moved_by)
        if split is None:
            return False
        rest = copy.deepcopy(component)
        del rest["RECURRENCE-ID"]
        rest["RRULE"] = vRecur.from_ical(split.after)
        event = self._event(rest, {key: line for key, line in lines.items() if key != "RRULE"})
        event["_base_id"] += "-" + day.strftime("%Y%m%d")
        master["repeat"] = split.before
        skipped = master.pop("except_on", [])
        master["except_on"] = [item for item in skipped if item < day]
        shift = event["_first_day"] - day
        later = [item + shift for item in skipped if item >= day]
        event["except_on"] = [item for item in later if self._occurs(event, item)]
        parts.append(event)
        self.say(
            lines.get("RECURRENCE-ID"),
            uid_of(component),
            f"RANGE=THISANDFUTURE: the series ends before {day}, and from "
            f"{event['_first_day']} the changed part repeats as an event of its own",
        )
        return True

    def _change_or_event(
        self,
        master: dict[str, Any] | None,
        component: icalendar.Event,
        lines: dict[str, int],
        events: list[dict[str, Any]],
    ) -> None:
        """A changed occurrence as a change of its series where the model can hold it, else as
        an event of its own (the occurrence then left out of the series), said on stderr."""
        reason = "its series is not in the calendar" if master is None else None
        if master is not None and not master.get("repeat") and not master.get("also_on"):
            reason = "its series does not repeat"
        if master is not None and reason is None:
            reason = self._change(master, component, lines)
            if reason is None:
                return
            self.say(
                lines.get("BEGIN"),
                uid_of(component),
                f"this changed occurrence is kept as an event of its own, since {reason}",
            )
        event = self._event(component, lines)
        moment, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
        event["_base_id"] += "-" + moment.strftime("%Y%m%d")
        events.append(event)

    def _change(
        self, master: dict[str, Any], component: icalendar.Event, lines: dict[str, int]
    ) -> str | None:
        """A changed occurrence (RECURRENCE-ID) as a ``[[events.changes]]`` of its event, or
        why the model cannot hold it as one."""
        zone = master.get("_zone")
        occurrence, _ = self._moment(component["RECURRENCE-ID"], "RECURRENCE-ID", lines)
        day = day_of(occurrence, zone)
        change: dict[str, Any] = {"occurrence": day}
        new_start, new_end, _ = self._span(component, lines)
        if not self._occurs(master, day):
            return f"its series gives no occurrence on {day}"
        if day in master.setdefault("_changed", set()):
            return f"the occurrence of {day} is changed by an earlier VEVENT"
        if isinstance(new_start, datetime) != isinstance(master["_start"], datetime):
            master["except_on"] = sorted({*master.get("except_on", ()), day})
            return "one of the two is all-day and the other timed"
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
        master["_changed"].add(day)
        self._count_lost(component)
        return None

    @staticmethod
    def _occurs(master: dict[str, Any], day: date) -> bool:
        """Whether the series ``master`` gives an occurrence on ``day``."""
        # dateutil loads only for events with rules: a file without any validates faster.
        from kztimeline.recurrence import occurrence_starts

        if day in master.get("except_on", ()):
            return False
        if any(day_of(item, None) == day for item in master.get("also_on", ())):
            return True
        first = as_event_date(master["_start"])
        if not master.get("repeat"):
            return day == first.first_day
        starts = occurrence_starts(master["repeat"], first, day, day)
        return any(True for _ in starts)
