"""Single values of a calendar being read: ids from UIDs, the JSON of kztimeline's own
``X-KZTIMELINE-*`` properties, UNTIL in the form RFC 5545 requires, why a date cannot be read,
and the date-times of an event written in its own zone."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, tzinfo
from typing import Any

from kztimeline._fields import slugify
from kztimeline.dates import EventDate
from kztimeline.edtf import parse_date as parse_event_date
from kztimeline.errors import CalendarValueError
from kztimeline.ical.codec import format_utc, parse_date, parse_date_time, unescape_text

__all__ = (
    "day_of",
    "as_event_date",
    "id_from_uid",
    "in_own_zone",
    "json_values",
    "drop_zone",
    "is_named_zone",
    "slugify",
    "text_of",
    "until_as_required",
    "count_within_until",
    "value_problem",
)


_MAX_ID = 60


def id_from_uid(uid: str) -> str:
    """The id for a UID: the part before ``@`` as a slug, with a short hash where the slug would
    be empty, too long, or lose letters (a non-Latin UID), so that it stays unique and stable."""
    local = uid.rsplit("@", 1)[0] if "@" in uid else uid
    slug = slugify(local)
    ascii_letters = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    lost_letters = sum(c.isalpha() for c in local) > sum(c.isalpha() for c in ascii_letters)
    if not slug or len(slug) > _MAX_ID or lost_letters:
        digest = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:10]
        slug = f"{slug[: _MAX_ID - 11].rstrip('-')}-{digest}" if slug else f"event-{digest}"
    return slug


def json_values(item: Any) -> Iterator[dict[str, Any]]:
    """The JSON objects among the values of an X- property, which icalendar leaves escaped."""
    for value in (item if isinstance(item, list) else [item]) if item is not None else []:
        try:
            parsed = json.loads(unescape_text(str(value)))
        except ValueError:
            continue
        if isinstance(parsed, dict):
            yield parsed


def value_problem(raw: str, is_date: bool) -> str:
    """Why the DATE or DATE-TIME text ``raw`` cannot be read, from the codec's own parser."""
    try:
        if is_date:
            parse_date(raw)
        else:
            parse_date_time(raw)
    except CalendarValueError as err:
        return str(err)
    return f"{raw!r} cannot be read"


_UNTIL = re.compile(r"UNTIL=([0-9T]+Z?)")


def until_as_required(rule: str, start: Any) -> str:
    """UNTIL in the form RFC 5545 §3.3.10 requires for the start: a date for an all-day event,
    a UTC date-time for a timed one (a local UNTIL is read in the event's zone)."""
    found = _UNTIL.search(rule)
    if found is None:
        return rule
    raw = found[1]
    if not isinstance(start, datetime):
        return rule.replace(found[0], f"UNTIL={raw[:8]}")
    if raw.endswith("Z"):
        return rule
    try:
        if len(raw) == 8:
            local = datetime.combine(date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])), time.max)
        else:
            local = datetime.strptime(raw, "%Y%m%dT%H%M%S")
    except ValueError:
        return rule  # not a date: the rule check says so
    moment = local.replace(microsecond=0, tzinfo=start.tzinfo)
    return rule.replace(found[0], f"UNTIL={format_utc(moment)}")


def is_named_zone(zone: tzinfo | None) -> bool:
    # zoneinfo loads only when a zone is named.
    from zoneinfo import ZoneInfo

    return isinstance(zone, ZoneInfo)


def day_of(moment: date | datetime, zone: tzinfo | None) -> date:
    if isinstance(moment, datetime):
        return (moment.astimezone(zone) if zone is not None else moment).date()
    return moment


def text_of(prop: Any) -> str:
    value = prop.to_ical()
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def as_event_date(value: Any) -> EventDate:
    if isinstance(value, datetime):
        return EventDate.at(value)
    if isinstance(value, date):
        return EventDate.on(value)
    return parse_event_date(str(value))


def drop_zone(fields: dict[str, Any], keys: Iterable[str]) -> None:
    for key in keys:
        item = fields.get(key)
        if isinstance(item, datetime):
            fields[key] = item.replace(tzinfo=None)


def in_own_zone(event: dict[str, Any]) -> None:
    """Date-times in a named zone as local times with ``timezone``; a fixed offset stays on
    each value, and UTC is written with ``Z``."""
    start = event["date"]
    if not isinstance(start, datetime) or not is_named_zone(start.tzinfo):
        return
    event["timezone"] = str(start.tzinfo)
    drop_zone(event, ("date", "end"))
    event["also_on"] = [
        item.replace(tzinfo=None) if isinstance(item, datetime) else item
        for item in event.get("also_on", [])
    ]


def count_within_until(rule: str, start: date | datetime) -> str:
    """A rule with both COUNT and UNTIL (RFC 5545 allows one) as the COUNT of the occurrences
    it gives before UNTIL, which are the ones every client shows (a COUNT below 1 is left out);
    any other rule unchanged."""
    parts = rule.split(";")
    counts = [part[6:] for part in parts if part.startswith("COUNT=")]
    if not counts or not _UNTIL.search(rule):
        return rule
    if not counts[0].isdigit() or int(counts[0]) < 1:
        return ";".join(part for part in parts if not part.startswith("COUNT="))
    # dateutil loads only when a rule is read.
    from dateutil.rrule import rrulestr

    first = start if isinstance(start, datetime) else datetime.combine(start, time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns of both, and still expands them
        try:
            count = sum(1 for _ in rrulestr(until_as_required(rule, start), dtstart=first))
        except (ValueError, TypeError, OverflowError):
            return rule  # the rule is checked, and refused, later
    kept = [part for part in parts if not part.startswith(("COUNT=", "UNTIL="))]
    return ";".join([*kept, f"COUNT={count}"])
