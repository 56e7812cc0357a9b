"""The days of a repeating rule by calendar arithmetic, from any window, without dateutil.

dateutil expands a rule from its start, occurrence after occurrence; a rule with no end then
costs, for a window in 2030, every occurrence since its start. Here a rule is cut into its
periods (the years, months, weeks or days it repeats by, times INTERVAL), and a window's
periods are found by division, so a window far from the start costs what a near one does.

The days a rule gives in one period depend only on the kind of that period: a year by whether
it is a leap year and the weekday of 1 January (14 kinds), a month by its number, its length
and the weekday of its first day. Each kind is worked out once per rule and kept, so the next
period of that kind is a lookup.

What is read, and how, follows dateutil (which follows RFC 5545 §3.3.10), so both give the
same days: FREQ YEARLY, MONTHLY, WEEKLY or DAILY; INTERVAL; COUNT or UNTIL (a day; the caller
turns a UTC UNTIL into the last day it allows); BYMONTH; BYMONTHDAY, negative days counting
from the month's end; BYDAY, with an ordinal (``2MO``, ``-1FR``) counted in the month (or
the year of a YEARLY rule without BYMONTH), an ordinal ignored in a WEEKLY or DAILY rule;
BYSETPOS; WKST. A rule that says anything else (BYHOUR, BYWEEKNO, BYYEARDAY …) is not read
here: :func:`compile_rule` returns None, and the caller asks dateutil.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import isleap, monthrange
from collections.abc import Iterator
from datetime import date

__all__ = ("DayRule", "compile_rule")

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_READ = frozenset(
    ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST")
)
_LAST_ORDINAL = date(9999, 12, 31).toordinal()
# The Gregorian calendar repeats itself, weekdays included, every 400 years: a rule that gave
# no day for that long times its INTERVAL gives no more.
_CYCLE_DAYS = 146_097
# The days of each kind of period, by the BY parts that decide them: shared by every rule that
# says the same, so a thousand monthly meetings on the second Tuesday work out each kind of
# month once. Emptied when it holds that many sets of parts, so it stays small.
_SHARED_KINDS: dict[tuple[object, ...], dict[object, tuple[int, ...]]] = {}
_MOST_SHARED = 4096


class DayRule:
    """A rule, read once, that gives its days in any window.

    ``start`` is the first day (DTSTART); ``until`` the last day it may give (``date.max``
    for none); ``count`` the number of days it gives (None for no COUNT). The day sets are
    kept per kind of period, so the object grows to at most a few hundred small tuples.
    """

    __slots__ = (
        "_count_end",
        "_kinds",
        "count",
        "frequency",
        "interval",
        "monthdays",
        "months",
        "nth",
        "setpos",
        "start",
        "until",
        "week_start",
        "weekdays",
    )

    def __init__(
        self,
        frequency: str,
        start: date,
        *,
        interval: int = 1,
        count: int | None = None,
        until: date = date.max,
        months: frozenset[int] = frozenset(),
        monthdays: frozenset[int] = frozenset(),
        weekdays: frozenset[int] = frozenset(),
        nth: frozenset[tuple[int, int]] = frozenset(),
        setpos: tuple[int, ...] = (),
        week_start: int = 0,
    ) -> None:
        self.frequency = frequency
        self.start = start
        self.interval = interval
        self.count = count
        self.until = until
        self.months = months
        self.monthdays = monthdays
        self.weekdays = weekdays
        self.nth = nth
        self.setpos = setpos
        self.week_start = week_start
        parts = (frequency, months, monthdays, weekdays, nth, setpos, week_start)
        if len(_SHARED_KINDS) >= _MOST_SHARED and parts not in _SHARED_KINDS:
            _SHARED_KINDS.clear()
        self._kinds = _SHARED_KINDS.setdefault(parts, {})
        self._count_end: date | None = None

    def last_day(self) -> date:
        """The last day the rule may give: UNTIL, or the COUNT-th day (worked out once, by
        walking from the start), or ``date.max``."""
        if self.count is None:
            return self.until
        if self._count_end is None:
            last = self.start
            for made, day in enumerate(self._walk(self.start, self.until), start=1):
                last = day
                if made == self.count:
                    break
            self._count_end = last
        return self._count_end

    def first_day(self) -> date | None:
        """The first day the rule gives (on or after the start), or None if it gives none."""
        return next(self._walk(self.start, self.until), None)

    def most_days(self, budget: int) -> bool:
        """Whether the rule surely gives no more than ``budget`` days (cheap: no expansion)."""
        if self.count is not None:
            return self.count <= budget
        if self.until == date.max:
            return False
        periods = self._period(self.until.toordinal()) // self.interval + 1
        return periods * self._most_per_period() <= budget

    def _most_per_period(self) -> int:
        """At most how many days one period gives, from the BY parts alone."""
        frequency = self.frequency
        months = len(self.months) or 12
        if frequency == "DAILY":
            most = 1
        elif frequency == "WEEKLY":
            most = len(self.weekdays) or 7
        elif self.nth:
            most = len(self.nth) * (months if frequency == "YEARLY" and self.months else 1)
        elif self.monthdays:
            most = len(self.monthdays) * (months if frequency == "YEARLY" else 1)
        else:  # plain weekdays: five of each in a month
            most = 5 * (len(self.weekdays) or 7) * (months if frequency == "YEARLY" else 1)
        return min(most, len(self.setpos)) if self.setpos else most

    def shape(self) -> tuple[object, ...]:
        """What decides the rule's days in a period far from its start: two rules of one shape
        give the same days there (their BY parts, and periods on the same grid)."""
        interval = self.interval
        ordinal = self.start.toordinal()
        phase = {
            "DAILY": ordinal % interval,
            "WEEKLY": self._week_of_start() // 7 % interval,
            "MONTHLY": (self.start.year * 12 + self.start.month - 1) % interval,
            "YEARLY": self.start.year % interval,
        }[self.frequency]
        return (
            self.frequency,
            interval,
            phase,
            self.months,
            self.monthdays,
            self.weekdays,
            self.nth,
            self.setpos,
            self.week_start,
        )

    def endless(self) -> DayRule:
        """The same rule from the same start with neither COUNT nor UNTIL."""
        return DayRule(
            self.frequency,
            self.start,
            interval=self.interval,
            months=self.months,
            monthdays=self.monthdays,
            weekdays=self.weekdays,
            nth=self.nth,
            setpos=self.setpos,
            week_start=self.week_start,
        )

    def gives_between(self, first: date, last: date) -> bool:
        """Whether the rule gives a day from ``first`` to ``last`` (inclusive)."""
        return next(self.days(first, last), None) is not None

    def days(self, first: date, last: date) -> Iterator[date]:
        """The days the rule gives from ``first`` to ``last`` (both inclusive), in order."""
        low = max(first, self.start)
        high = min(last, self.last_day())
        if low > high:
            return
        yield from self._walk(low, high)

    def _walk(self, low: date, high: date) -> Iterator[date]:
        start, low_ordinal, high_ordinal = self.start.toordinal(), low.toordinal(), high.toordinal()
        interval = self.interval
        period = max(self._period(low_ordinal) // interval * interval, 0)
        found = max(low_ordinal, start)
        while True:
            begin, end = self._bounds(period)
            if begin > high_ordinal or begin > _LAST_ORDINAL:
                return
            ordinals = self._days_of(begin, end)
            if period == 0 and self.frequency == "WEEKLY":
                ordinals = self._first_week(ordinals, begin, end)
            if ordinals:
                found = end
                lower = bisect_left(ordinals, max(low_ordinal, start))
                for ordinal in ordinals[lower : bisect_right(ordinals, high_ordinal, lower)]:
                    yield date.fromordinal(ordinal)
            elif begin - found > _CYCLE_DAYS * interval:
                return
            period += interval

    # A period is numbered from the start's: 0 holds the start, 1 the next year, month, week
    # or day. Only multiples of INTERVAL are the rule's periods.

    def _period(self, ordinal: int) -> int:
        frequency = self.frequency
        if frequency == "DAILY":
            return ordinal - self.start.toordinal()
        if frequency == "WEEKLY":
            return (ordinal - self._week_of_start()) // 7
        day = date.fromordinal(min(max(ordinal, 1), _LAST_ORDINAL))
        if frequency == "MONTHLY":
            return (day.year - self.start.year) * 12 + day.month - self.start.month
        return day.year - self.start.year

    def _week_of_start(self) -> int:
        ordinal = self.start.toordinal()
        return ordinal - (ordinal - 1 - self.week_start) % 7

    def _bounds(self, period: int) -> tuple[int, int]:
        """The first and last ordinal of a period (past year 9999: beyond the last day)."""
        frequency = self.frequency
        if frequency == "DAILY":
            ordinal = self.start.toordinal() + period
            return ordinal, ordinal
        if frequency == "WEEKLY":
            begin = self._week_of_start() + 7 * period
            return begin, begin + 6
        if frequency == "MONTHLY":
            total = self.start.year * 12 + self.start.month - 1 + period
            year, month = divmod(total, 12)
            if year > 9999:
                return _LAST_ORDINAL + 1, _LAST_ORDINAL + 1
            begin = date(year, month + 1, 1).toordinal()
            return begin, begin + monthrange(year, month + 1)[1] - 1
        year = self.start.year + period
        if year > 9999:
            return _LAST_ORDINAL + 1, _LAST_ORDINAL + 1
        begin = date(year, 1, 1).toordinal()
        return begin, begin + (365 if not isleap(year) else 366) - 1

    def _days_of(self, begin: int, end: int) -> tuple[int, ...]:
        """The rule's days in the period ``begin``–``end`` (BYSETPOS applied), as ordinals,
        in order."""
        frequency = self.frequency
        if frequency == "YEARLY":
            kind: object = (end - begin, (begin - 1) % 7)
        elif frequency == "MONTHLY":
            kind = (date.fromordinal(begin).month, end - begin, (begin - 1) % 7)
        elif frequency == "WEEKLY" and not self.months and not self.monthdays:
            kind = "week"
        else:
            # A week or a day that a month filter reads: its own calendar, computed each time.
            return self._select(begin, end)
        offsets = self._kinds.get(kind)
        if offsets is None:
            offsets = self._kinds[kind] = tuple(day - begin for day in self._select(begin, end))
        return tuple(begin + offset for offset in offsets)

    def _first_week(self, ordinals: tuple[int, ...], begin: int, end: int) -> tuple[int, ...]:
        # dateutil's first week runs from the start, not from WKST: BYSETPOS counts from there.
        if not self.setpos:
            return ordinals
        return tuple(self._select(max(begin, self.start.toordinal()), end, setpos=True))

    def _select(self, begin: int, end: int, *, setpos: bool = True) -> tuple[int, ...]:
        """The ordinals from ``begin`` to ``end`` that pass every BY part, then BYSETPOS."""
        allowed = self._nth_days(begin, end) if self.nth else None
        chosen = [
            ordinal
            for ordinal in self._candidates(begin, end, allowed)
            if self._passes(ordinal) and (allowed is None or ordinal in allowed)
        ]
        if setpos and self.setpos:
            picked = set()
            for position in self.setpos:
                index = position - 1 if position > 0 else position
                if -len(chosen) <= index < len(chosen):
                    picked.add(chosen[index])
            chosen = sorted(picked)
        return tuple(chosen)

    def _candidates(self, begin: int, end: int, allowed: set[int] | None) -> list[int]:
        """A few ordinals from ``begin`` to ``end``, in order, among which are all the rule's
        days there: found from the most selective BY part, so a year is not walked day by
        day. Every BY part is then checked on each."""
        if allowed is not None:
            return sorted(allowed)
        if self.monthdays:
            found = []
            first, last = date.fromordinal(begin), date.fromordinal(end)
            year, month = first.year, first.month
            while (year, month) <= (last.year, last.month):
                if not self.months or month in self.months:
                    start = date(year, month, 1).toordinal()
                    length = monthrange(year, month)[1]
                    found += sorted(
                        start + (day if day > 0 else length + 1 + day) - 1
                        for day in self.monthdays
                        if day <= length and -day <= length
                    )
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return sorted({ordinal for ordinal in found if begin <= ordinal <= end})
        if self.weekdays:
            return sorted(
                ordinal
                for weekday in self.weekdays
                for ordinal in range(begin + (weekday - (begin - 1)) % 7, end + 1, 7)
            )
        return list(range(begin, end + 1))

    def _passes(self, ordinal: int) -> bool:
        if self.weekdays and (ordinal - 1) % 7 not in self.weekdays:
            return False
        if not self.months and not self.monthdays:
            return True
        day = date.fromordinal(ordinal)
        if self.months and day.month not in self.months:
            return False
        if self.monthdays:
            length = monthrange(day.year, day.month)[1]
            return day.day in self.monthdays or day.day - length - 1 in self.monthdays
        return True

    def _nth_days(self, begin: int, end: int) -> set[int]:
        """The days that an ordinal BYDAY names, counted in the month, or in the year (a
        YEARLY rule without BYMONTH: each month of BYMONTH then counts on its own)."""
        spans: list[tuple[int, int]] = []
        if self.frequency == "YEARLY" and self.months:
            year = date.fromordinal(begin).year
            for month in sorted(self.months):
                first = date(year, month, 1).toordinal()
                spans.append((first, first + monthrange(year, month)[1] - 1))
        else:
            spans.append((begin, end))
        allowed = set()
        for first, last in spans:
            for weekday, nth in self.nth:
                if nth > 0:
                    ordinal = first + (nth - 1) * 7
                    ordinal += (weekday - (ordinal - 1)) % 7
                else:
                    ordinal = last + (nth + 1) * 7
                    ordinal -= ((ordinal - 1) - weekday) % 7
                if first <= ordinal <= last:
                    allowed.add(ordinal)
        return allowed


def compile_rule(rule: str, start: date, until: date | None = None) -> DayRule | None:
    """``rule`` (an RRULE value) from ``start``, ready for :meth:`DayRule.days`; None if it
    says something read only by dateutil. ``until`` replaces the rule's UNTIL (a timed
    event's UTC UNTIL, turned into the last day it allows by the caller)."""
    try:
        parts = dict(part.split("=", 1) for part in rule.split(";"))
    except ValueError:
        return None
    frequency = parts.get("FREQ")
    if not parts.keys() <= _READ or frequency not in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        return None
    try:
        return _compiled(parts, frequency, start, until)
    except (ValueError, KeyError, IndexError):
        return None  # check_rule refuses these, with dateutil's words


def _numbers(text: str | None) -> list[int]:
    return [int(item) for item in text.split(",")] if text else []


def _compiled(parts: dict[str, str], frequency: str, start: date, until: date | None) -> DayRule:
    if until is None and "UNTIL" in parts:
        written = parts["UNTIL"]
        if len(written) != 8:
            raise ValueError(written)
        until = date(int(written[:4]), int(written[4:6]), int(written[6:]))
    weekdays: set[int] = set()
    nth: set[tuple[int, int]] = set()
    for item in parts.get("BYDAY", "").split(",") if parts.get("BYDAY") else []:
        weekday, ordinal = _WEEKDAYS[item[-2:]], item[:-2]
        # dateutil reads an ordinal only in a MONTHLY or YEARLY rule.
        if ordinal in ("", "+") or frequency in ("WEEKLY", "DAILY"):
            weekdays.add(weekday)
        else:
            if not ordinal.lstrip("+-").isdigit() or int(ordinal) == 0:
                raise ValueError(item)
            nth.add((weekday, int(ordinal)))
    months = set(_numbers(parts.get("BYMONTH")))
    monthdays = set(_numbers(parts.get("BYMONTHDAY")))
    if not (weekdays or nth or monthdays):
        # dateutil's defaults: what the rule does not say, the start does.
        if frequency == "YEARLY":
            months = months or {start.month}
            monthdays = {start.day}
        elif frequency == "MONTHLY":
            monthdays = {start.day}
        elif frequency == "WEEKLY":
            weekdays = {start.weekday()}
    if not all(1 <= month <= 12 for month in months) or not all(
        1 <= abs(day) <= 31 for day in monthdays
    ):
        raise ValueError(parts)
    interval = int(parts.get("INTERVAL", "1"))
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    if interval < 1 or (count is not None and count < 1):
        raise ValueError(parts)
    return DayRule(
        frequency,
        start,
        interval=interval,
        count=count,
        until=until or date.max,
        months=frozenset(months),
        monthdays=frozenset(monthdays),
        weekdays=frozenset(weekdays),
        nth=frozenset(nth),
        setpos=tuple(_numbers(parts.get("BYSETPOS"))),
        week_start=_WEEKDAYS[parts.get("WKST", "MO")],
    )
