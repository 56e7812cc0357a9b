"""Dates counted from the date named before them: "two days later", "the following
Friday", a day of its month ("on the 22nd", "Mon 9th.", a letter's "the 2nd inst.") and a
month of its year ("that October"). :func:`shift_of` reads how far from what the grammar
matched (its patterns: ``RELATIVE_SHAPES``' "anchored" in :mod:`kztimeline.draft.relative`),
:func:`shifted` moves the date named before by it; :func:`of_this_month` gives a day of the
month a text is written in, and :func:`of_the_days_named` the weekday of a span named just
before ("on the Saturday", after "from Friday 6 to Sunday 8 June")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from kztimeline.dates import PartialDate, Precision, Qualifier
from kztimeline.draft.cues import MONTH_NUMBERS
from kztimeline.draft.found import same_day_months_on
from kztimeline.draft.mentions import a_weekday_alone
from kztimeline.draft.numbers import NUMBER_WORDS
from kztimeline.draft.relative import BEFELL
from kztimeline.draft.tense import Tense, tense_at
from kztimeline.draft.weekdays import WEEKDAYS, weekday_index

# The units :func:`shift_of` gives a day of a month: "the 22nd" (with its weekday, "Mon
# 9th": "day of the month, monday"), and a letter's "the 2nd inst.", "the 28th of last
# month", "the 20th of next month", of the month it is written in or the one before or after
DAY_OF_THE_MONTH = "day of the month"
MONTH_OF_THE_NEXT = "month of the next"  # "the following June": its number after it
LETTER_S_MONTHS = ("day of this month", "day of last month", "day of next month")

__all__ = (
    "DAY_OF_THE_MONTH",
    "LETTER_S_MONTHS",
    "DAYS_NAMED_NOTE",
    "counted_roughly",
    "of_the_days_named",
    "of_this_month",
    "shift_of",
    "shifted",
)


def shift_of(match: re.Match[str]) -> tuple[int, str]:
    """How far from the date named before: a count of days, months or years, or of weeks
    to a weekday ("the following Friday" is ``(1, "friday")``)."""
    groups = match.groupdict()
    if groups.get("that_month") or groups.get("month_of"):
        month = match["that_month"] or match["month_of"]
        return MONTH_NUMBERS[month], "month of that year"
    if groups.get("inst"):
        return int(match["inst"]), LETTER_S_MONTHS[0]  # a letter's "the 2nd inst."
    if groups.get("ult"):
        ahead = match["ult_way"].lower().startswith("prox")  # "the 30th ult.", "the 4th prox."
        return int(match["ult"]), LETTER_S_MONTHS[2 if ahead else 1]
    if groups.get("nth_of"):
        return int(match["nth_of"]), f"day of {match['month_way'].lower()} month"
    if (
        day := groups.get("nth")
        or groups.get("nth_a")
        or groups.get("nth_r")
        or groups.get("nth_h")
        or groups.get("nth_o")
        or groups.get("nth_g")
    ):
        return int(day), DAY_OF_THE_MONTH
    if groups.get("nth_w"):
        # "Mon 9th": the day of the month, with its weekday to check it against
        weekday = WEEKDAYS[weekday_index(match.group().strip()[:3].title())]
        # (told as "Saturday the 30th" before what befell on it, of the month before too:
        # "on Saturday the 30th he scored twice"; not a plan's "on Sunday the 28th, the
        # council said")
        told = (
            _OR_BEFORE if groups.get("the_nth") and _BEFELL.match(match.string, match.end()) else ""
        )
        return int(match["nth_w"]), f"{DAY_OF_THE_MONTH}, {weekday.lower()}{told}"
    if groups.get("alone"):
        ahead = match["side"].lower() in ("after", "following")  # "on the day following"
        return (1 if ahead else -1), match["alone"].lower()
    if groups.get("then"):
        return 0, "then"  # "since then": the date named before, as told
    if groups.get("that"):
        unit = match["that"].lower()  # "later that year", "that autumn": the year before
        return 0, unit if unit in ("day", "month") else "year"
    if groups.get("which"):
        step = {"following": 1, "next": 1, "previous": -1, "same": 0}[match["which"].lower()]
        if match["part"]:
            return step, "day"  # "the next morning"
        if match["a_month"]:  # "the following June": the first June after the date named
            return step, f"{MONTH_OF_THE_NEXT} {MONTH_NUMBERS[match['a_month'].title()]}"
        return step, (match["one"] or match["weekday"]).lower()
    count = match["count"].lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    unit = match["unit"].lower()
    if unit == "decade":
        number, unit = number * 10, "year"
    if unit == "week":
        number, unit = number * 7, "day"
    later = match["way"].lower().startswith(("later", "after"))
    return (number if later else -number), unit


_WEEKDAYS = tuple(name.lower() for name in WEEKDAYS)


def _day_of(month: date, count: int) -> date | None:
    """Day ``count`` of ``month`` (its first day), or ``None`` when the month is shorter."""
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=count) if count <= last else None


_BEFELL = re.compile(BEFELL)
_OR_BEFORE = ", or the month before"


def shifted(anchor: PartialDate, count: int, unit: str) -> str | None:
    """``anchor`` moved by ``count`` days, months or years, at that precision; for a day of
    a month ("the 22nd", "the 2nd inst.", "the 28th of last month") or a month of that year
    ("that October"), ``count`` is the day's or the month's number instead."""
    if unit == "then":
        return anchor.text
    if unit == "year":
        year = anchor.year + count
        return f"{year:04d}" if 1 <= year <= 9999 else None
    if unit == "month of that year":
        return f"{anchor.year:04d}-{count:02d}"  # "that October", after "30 July 2022"
    if unit.startswith(MONTH_OF_THE_NEXT):
        # "the following June" after "September 2023" is June 2024, "the previous June" June
        # 2023 (not after a year alone, whose months are unknown: "in the spring of 1951")
        named, now = int(unit.rsplit(" ", 1)[1]), anchor.month
        if now is None or not count:
            return None
        year = anchor.year + (count > 0 and named <= now) - (count < 0 and named >= now)
        return f"{year:04d}-{named:02d}" if 1 <= year <= 9999 else None
    if unit.startswith("day of"):
        # "on the 22nd" after "on 16 August": a later day of that month (after a month alone
        # a habit, "rent falls due on the 5th", unless its weekday fits: "Mon 9th." under
        # "January 1911"); never a day its written weekday belies. A letter's "the 2nd
        # inst.", "the 28th of last month": a day of its own month or the one before or
        # after, before its day or after.
        step = {LETTER_S_MONTHS[1]: -1, LETTER_S_MONTHS[2]: 1}.get(unit, 0)
        if anchor.month is None:
            return None
        month = same_day_months_on(date(anchor.year, anchor.month, 1), step)
        day = _day_of(month, count)
        if "," not in unit:  # (no weekday told with it)
            if day is None:
                return None
            if step or unit == LETTER_S_MONTHS[0]:
                return day.isoformat() if anchor.day else None
            return day.isoformat() if anchor.day and anchor.day < count else None
        # with its weekday ("Sat. 9th"): the day of that month or of the next that the
        # weekday fits, the nearest to the day named last, which may lie ahead ("gates to be
        # fitted by the 30th" over "Sat. 9th"; February and March 1913 share their weekdays)
        # (or, told as "Saturday the 30th", of the month before too: "Saturday the 30th he
        # scored twice" in a report of 3 December)
        back = unit.endswith(_OR_BEFORE)
        if day is None and not back:
            return None
        unit = unit.removesuffix(_OR_BEFORE)
        others = (1, -1) if back and anchor.day else (1,)
        days = (day, *(_day_of(same_day_months_on(month, way), count) for way in others))
        candidates = [candidate for candidate in days if candidate is not None]
        fits = [d for d in candidates if unit.endswith(_WEEKDAYS[d.weekday()])]
        if not anchor.day:
            fits = fits[:1] if fits and fits[0] == day else []  # under "January 1911"
        return min(fits, key=lambda d: abs(d - anchor.first_day)).isoformat() if fits else None
    if anchor.month is None or (unit != "month" and anchor.day is None):
        return None  # "the next day" after a year names no day
    if unit in _WEEKDAYS:
        # "the following Friday": the first Friday after the day named (before it, back).
        ahead = (_WEEKDAYS.index(unit) - anchor.first_day.weekday()) % 7 or 7
        return (anchor.first_day + timedelta(days=ahead if count > 0 else ahead - 7)).isoformat()
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}" if 1 <= months // 12 <= 9999 else None
    try:
        return (anchor.first_day + timedelta(days=count)).isoformat()
    except OverflowError:
        return None


def counted_roughly(base: PartialDate | None, shift: tuple[int, str], value: str | None) -> bool:
    """Whether ``value``, counted by ``shift`` from ``base``, is as rough as a rough
    ``base``: "in about 2016 ... two years later" is about 2018; not "the following year"
    after "on or about 14 June 2021" (the year is sure), nor "the 12th" (a day named)."""
    return (
        base is not None
        and base.qualifier is Qualifier.APPROXIMATE
        and shift[0] != 0
        and not shift[1].startswith(("day of", "month of"))
        and value is not None
        and _BY_DASHES[value.count("-")] is base.precision
    )


_BY_DASHES = (Precision.YEAR, Precision.MONTH, Precision.DAY)  # a value's precision


def of_this_month(published: date, day: int, tense: Tense) -> str | None:
    """The ``day`` of the month of ``published``, or of the month before a day past that
    is told in the past, or after for a day gone by that is told as ahead."""
    months = published.year * 12 + published.month - 1
    if tense is Tense.PAST and day > published.day:
        months -= 1
    elif tense is Tense.FUTURE and day < published.day:
        months += 1
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999 or day > calendar.monthrange(year, month + 1)[1]:
        return None
    return f"{year:04d}-{month + 1:02d}-{day:02d}"


DAYS_NAMED_NOTE = "the weekday of the days named before it"
"""The note of a weekday read among the days named before it (:func:`of_the_days_named`)."""
_ON_THE = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
_NOT_OF_THE_DAYS = re.compile(r"\w|\s+(?:before|after|of|following)\b")
_AFTER_THE_DAYS = re.compile(r"\b(?:reopen|resume|return|restart)(?:s|ed)?\b|\bback\b")
_MOST_DAYS_AFTER_FIRST = 6  # a span named that a weekday may be of: a week at most


def of_the_days_named(
    sentence: str,
    start: int,
    end: int,
    named: tuple[PartialDate | None, PartialDate | None],
    published: date | None,
) -> str | None:
    """The day of the few ``named`` last (the first and the last: "from Friday 18 to Monday
    21 April") that the weekday at ``start:end`` after "on the" names ("The ceilidh will be
    held on the Saturday"); ``None`` when no span of a week at most was named last, the
    weekday is not in it (then it is a weekday of its own, "on the Sunday" after "on 10
    April"), or it is gone by the ``published`` day though not told in the past ("Last week
    it was closed; it will reopen on the Saturday")."""
    first, last = named
    if not _ON_THE.search(sentence, max(0, start - 10), start) or first is None or last is None:
        return None
    if first.day is None or last.day is None or _NOT_OF_THE_DAYS.match(sentence, end):
        return None  # ("on the Friday before", "on the Saturday after Easter")
    if _AFTER_THE_DAYS.search(sentence, 0, start):
        return None  # what comes after them: "The school reopens on the Monday"
    days = (last.first_day - first.first_day).days
    if not 0 < days <= _MOST_DAYS_AFTER_FIRST or not a_weekday_alone(sentence[start:end]):
        return None
    weekday = weekday_index(sentence[start:end].title())
    span = (first.first_day + timedelta(days=n) for n in range(days + 1))
    day = next((day for day in span if day.weekday() == weekday), None)
    # (nor what comes next after days gone by, told in the present: "The strike lasted from
    # Monday 5 to Wednesday 7 May. Talks resume on the Tuesday.")
    tense = tense_at(sentence, start)
    if day is None or (published and day < published and tense is not Tense.PAST):
        return None
    return day.isoformat()
