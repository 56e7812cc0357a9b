"""A repeat rule in plain words: ``FREQ=YEARLY`` from 1970-07-20 is "every year on 20 July from
1970".

Every output that shows a repeating event (the list table, Markdown, HTML, CSV, TimelineJS,
the picture and the .ics description) says its rule through :func:`describe_rule`, so that a
reader who has never seen RFC 5545 learns when the event comes back, and all outputs say it
in the same words.

The words follow what the rule expands to (RFC 5545 §3.3.10, as python-dateutil reads it):
a part the rule leaves out is taken from the start, so ``FREQ=MONTHLY`` from 2012-11-15 is
"every month on the 15th".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from kztimeline.date_hints import MONTH_NAMES
from kztimeline.recurrence import ONE_DATE, check_rule

__all__ = ("describe_rule",)

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_UNITS = {"YEARLY": "year", "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day"}
# Past this many excluded or added dates the words name the first ones and count the rest.
_DATES_SHOWN = 3


def describe_rule(
    rule: str,
    start: date | datetime,
    *,
    zone: str | None = None,
    exclusions: Sequence[date | datetime] = (),
    additions: Sequence[date | datetime] = (),
) -> str:
    """``rule`` (an RRULE value) repeating from ``start``, in plain English.

    ``start`` is the first occurrence: a ``date`` for an all-day event, a ``datetime`` for a
    timed one (its time is said, with ``zone``, the IANA name, or else its UTC offset).
    ``exclusions`` are occurrences that are skipped (EXDATE), named after "except", and
    ``additions`` extra ones (RDATE), named after "also on".

    The end is said as "12 times" (COUNT), "until 31 December 2015" (UNTIL: the last day an
    occurrence can fall on, in the event's own zone) or, for a rule with no end, "from" its
    first period. Raises :class:`~kztimeline.errors.DateError` for a rule that
    :func:`~kztimeline.recurrence.check_rule` refuses.

    >>> describe_rule("FREQ=YEARLY", date(1970, 7, 20))
    'every year on 20 July from 1970'
    """
    check_rule(rule)
    if rule == ONE_DATE and additions:
        return f"also on {_dates(additions)}"
    parts = dict(part.split("=", 1) for part in rule.split(";") if part)
    frequency = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    day = start.date() if isinstance(start, datetime) else start
    words = _when(frequency, interval, parts, day)
    if isinstance(start, datetime):
        words += f" at {_and(_times(parts, start))}{_zone_words(start, zone)}"
    words += _end(frequency, parts, start)
    if exclusions:
        words += f", except {_dates(exclusions)}"
    if additions:
        words += f", also on {_dates(additions)}"
    return words


def _when(frequency: str, interval: int, parts: dict[str, str], start: date) -> str:
    """The repeating days: "every year on 20 July", "every other Monday", "every 3 days"."""
    unit = _UNITS[frequency]
    every = _every(interval, unit)
    months = _numbers(parts.get("BYMONTH"))
    month_days = _numbers(parts.get("BYMONTHDAY"))
    year_days = _numbers(parts.get("BYYEARDAY"))
    weeks = _numbers(parts.get("BYWEEKNO"))
    weekdays = _weekdays(parts.get("BYDAY"))
    positions = _numbers(parts.get("BYSETPOS"))
    # RFC 5545 (and dateutil): with no BYxxx day part, the day comes from the start.
    from_start = not (month_days or year_days or weeks or weekdays)
    if frequency == "YEARLY" and from_start:
        months = months or [start.month]
        month_days = [start.day]
    elif frequency == "MONTHLY" and from_start:
        month_days = [start.day]
    elif frequency == "WEEKLY" and from_start:
        weekdays = [(0, start.weekday())]

    if frequency == "WEEKLY" or (frequency == "DAILY" and weekdays and not month_days):
        plain_days = all(ordinal == 0 for ordinal, _ in weekdays)
        if weekdays and plain_days and not positions:
            day_names = _day_names(weekdays)
            if frequency == "DAILY" or interval == 1:
                words = f"every {day_names}"
            elif interval == 2 and len(weekdays) == 1:
                words = f"every other {day_names}"
            else:
                words = f"{every} on {day_names}"
            return words + _in_months(months)

    if frequency == "YEARLY" and month_days and months and not (weekdays or year_days or weeks):
        if len(month_days) == 1 and month_days[0] > 0:
            days = _and(f"{month_days[0]} {MONTH_NAMES[month - 1]}" for month in months)
            return f"{every} on {days}" + _positions(positions)
        return f"{every} on {_month_days(month_days)} of {_month_names(months)}" + _positions(
            positions
        )

    on: list[str] = []
    if year_days:
        on.append(_and(_nth_day(number, "day of the year") for number in year_days))
    if month_days:
        on.append(_month_days(month_days))
    plain_weekdays = all(ordinal == 0 for ordinal, _ in weekdays)
    if weekdays and on and plain_weekdays:
        # Both parts must hold (RFC 5545 §3.3.10): "the 13th when it is a Friday".
        names = " or ".join(f"a {_WEEKDAY_NAMES[weekday]}" for _, weekday in sorted(weekdays))
        on[-1] += f" when it is {names}"
    elif weekdays and plain_weekdays and (weeks or positions):
        # "on Monday in week 20", "on the last weekday": the days are picked among these.
        on.append(" or ".join(_WEEKDAY_NAMES[day] for _, day in sorted(weekdays)))
        if sorted(day for _, day in weekdays) == [0, 1, 2, 3, 4]:
            on[-1] = "weekday"
    elif weekdays:
        scope = "of the year" if frequency == "YEARLY" and not (months or weeks) else ""
        on.append(_weekday_words(weekdays, scope))
    words = every
    if positions:
        words += f" on {_positions_of(positions, on)}"
    elif on:
        words += f" on {' and '.join(on)}"
    if weeks:
        words += f" in week{'s' if len(weeks) > 1 else ''} {_and(str(week) for week in weeks)}"
    if months and (frequency != "YEARLY" or weekdays or year_days or weeks):
        words += _in_months(months)
    return words


def _every(interval: int, unit: str) -> str:
    if interval == 1:
        return f"every {unit}"
    if interval == 2:
        return f"every other {unit}"
    return f"every {interval} {unit}s"


def _numbers(text: str | None) -> list[int]:
    return [int(number) for number in text.split(",")] if text else []


def _weekdays(text: str | None) -> list[tuple[int, int]]:
    """``"2MO,-1FR"`` as ``[(2, 0), (-1, 4)]``: (ordinal or 0, weekday from Monday = 0)."""
    if not text:
        return []
    days = []
    for item in text.split(","):
        ordinal = item[:-2]
        days.append((int(ordinal) if ordinal else 0, _WEEKDAYS.index(item[-2:])))
    return days


def _day_names(weekdays: list[tuple[int, int]]) -> str:
    numbers = sorted(weekday for _, weekday in weekdays)
    if numbers == [0, 1, 2, 3, 4]:
        return "weekday"
    if numbers == [5, 6]:
        return "Saturday and Sunday"
    return _and(_WEEKDAY_NAMES[number] for number in numbers)


def _weekday_words(weekdays: list[tuple[int, int]], scope: str) -> str:
    """ "the last Friday", "the first and third Monday", "every Monday and Friday"."""
    suffix = f" {scope}" if scope else ""
    if all(ordinal == 0 for ordinal, _ in weekdays):
        return f"every {_day_names(weekdays)}"
    by_day: dict[int, list[int]] = {}
    for ordinal, weekday in weekdays:
        by_day.setdefault(weekday, []).append(ordinal)
    phrases = []
    for weekday, ordinals in sorted(by_day.items()):
        name = _WEEKDAY_NAMES[weekday]
        if 0 in ordinals:
            phrases.append(f"every {name}")
            continue
        phrases.append(f"the {_ordinal_words(ordinals)} {name}")
    return _and(phrases) + suffix


def _ordinal_words(numbers: list[int]) -> str:
    """[3, -1, 1] → "first, third and last": from the start, then from the end."""
    ordered = sorted(numbers, key=lambda number: (number < 0, abs(number)))
    return _and(_ordinal_word(number) for number in ordered)


def _ordinal_word(number: int) -> str:
    """1 → "first", 12 → "12th", -1 → "last", -2 → "second-to-last"."""
    if number == -1:
        return "last"
    if number < 0:
        return f"{_ordinal_word(-number)}-to-last"
    if number <= len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[number - 1]
    return _ordinal_number(number)


def _ordinal_number(number: int) -> str:
    """1 → "1st", 22 → "22nd", 13 → "13th"."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _nth_day(number: int, what: str) -> str:
    """15 → "the 15th", -1 → "the last day", -3 → "the third-to-last day" (of ``what``)."""
    if number > 0:
        return f"the {_ordinal_number(number)}" + ("" if what == "day" else f" {what}")
    return f"the {_ordinal_word(number)} {what}"


def _month_days(numbers: list[int]) -> str:
    """ "the 15th", "the 1st and 15th", "the 1st and the last day"."""
    if all(number > 0 for number in numbers):
        return "the " + _and(_ordinal_number(number) for number in sorted(numbers))
    ordered = sorted(numbers, key=lambda number: (number < 0, abs(number)))
    return _and(_nth_day(number, "day") for number in ordered)


def _month_names(months: list[int]) -> str:
    return _and(MONTH_NAMES[month - 1] for month in sorted(months))


def _in_months(months: list[int]) -> str:
    return f" in {_month_names(months)}" if months else ""


def _positions(positions: list[int]) -> str:
    if not positions:
        return ""
    return f", only the {_ordinal_words(positions)} of them"


def _positions_of(positions: list[int], on: list[str]) -> str:
    """BYSETPOS picks among the days the other parts give: "the last of every weekday"."""
    chosen = _ordinal_words(positions)
    if len(on) == 1 and not on[0].startswith("the "):
        return f"the {chosen} {on[0]}"
    return f"the {chosen} of {' and '.join(on)}" if on else f"the {chosen} day"


def _times(parts: dict[str, str], start: datetime) -> list[str]:
    """The times of day: the start's, or those BYHOUR, BYMINUTE and BYSECOND give."""
    hours = _numbers(parts.get("BYHOUR")) or [start.hour]
    minutes = _numbers(parts.get("BYMINUTE")) or [start.minute]
    seconds = _numbers(parts.get("BYSECOND")) or [start.second]
    return [
        f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
        for hour in sorted(hours)
        for minute in sorted(minutes)
        for second in sorted(seconds)
    ]


def _zone_words(start: datetime, zone: str | None) -> str:
    if zone:
        return f" ({zone})"
    offset = start.utcoffset()
    if offset is None:
        return ""
    if not offset:
        return " (UTC)"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f" (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


def _end(frequency: str, parts: dict[str, str], start: date | datetime) -> str:
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        return {1: ", once", 2: ", twice"}.get(count, f", {count} times")
    if "UNTIL" in parts:
        return f" until {_day_words(_last_day(parts['UNTIL'], start))}"
    day = start.date() if isinstance(start, datetime) else start
    if frequency == "YEARLY":
        return f" from {day.year}"
    if frequency == "MONTHLY":
        return f" from {MONTH_NAMES[day.month - 1]} {day.year}"
    return f" from {_day_words(day)}"


def _last_day(until: str, start: date | datetime) -> date:
    """The last day an occurrence can fall on, as the event's own calendar counts days.

    A timed event's UNTIL is a UTC moment (``20151231T000000Z``); seen in the event's zone it
    may be another day, and an occurrence later in the day than it is already past it.
    """
    day = date(int(until[:4]), int(until[4:6]), int(until[6:8]))
    if not isinstance(start, datetime) or len(until) == 8:
        return day
    moment = datetime.combine(day, time(int(until[9:11]), int(until[11:13]), int(until[13:15])))
    if start.tzinfo is not None:
        moment = moment.replace(tzinfo=UTC).astimezone(start.tzinfo)
    if moment.time() < start.time().replace(tzinfo=None):
        return moment.date() - timedelta(days=1)
    return moment.date()


def _day_words(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _dates(items: Sequence[date | datetime]) -> str:
    """ "20 July 1971 and 20 July 1975"; past three dates, the rest are counted."""
    days = sorted({item.date() if isinstance(item, datetime) else item for item in items})
    named = [_day_words(day) for day in days[:_DATES_SHOWN]]
    rest = len(days) - len(named)
    if rest:
        named.append(f"{rest} other date{'s' if rest > 1 else ''}")
    return _and(named)


def _and(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    listed = list(items)
    if len(listed) <= 1:
        return "".join(listed)
    return f"{', '.join(listed[:-1])} and {listed[-1]}"
