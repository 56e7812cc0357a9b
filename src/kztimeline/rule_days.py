"""The days of a repeating rule by calendar arithmetic, from any window, without dateutil.

dateutil expands a rule from its start, occurrence after occurrence; a rule with no end then
costs, for a window in 2030, every occurrence since its start. Here a rule is cut into its
periods (the years, months, weeks or days it repeats by, times INTERVAL), and a window's
periods are found by division, so a window far from the start costs what a near one does.

The days a rule gives in one period depend only on the kind of that period: a year by whether
it is a leap year and the weekday of 1 January (14 kinds), a month by its number, its length
and the weekday of its first day. Each kind is worked out once per rule and kept, so the next
period of that kind is a lookup.

A window's days come out as day numbers (ordinals) from one tight loop per frequency: a
weekly rule is one ``range`` per weekday it gives, a monthly or yearly one a lookup per month
or year of the window. What a rule says is read by :mod:`kztimeline.rule_reading`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import isleap, monthrange
from collections.abc import Iterator
from datetime import date

from kztimeline.dates import days_in_month
from kztimeline.rule_periods import select_days

__all__ = ("DayRule",)

_LAST_ORDINAL = date(9999, 12, 31).toordinal()
# The Gregorian calendar repeats itself, weekdays included, every 400 years: a rule that gave
# no day for that long times its INTERVAL gives no more.
_CYCLE_DAYS = 146_097
# The days of each kind of period, by the BY parts that decide them: shared by every rule that
# says the same, so a thousand monthly meetings on the second Tuesday work out each kind of
# month once. Emptied when it holds that many sets of parts, so it stays small.
_SHARED_KINDS: dict[tuple[object, ...], dict[object, tuple[int, ...]]] = {}
_MOST_SHARED = 4096
# How many days (times INTERVAL) a long window is read at a time.
_CHUNK_DAYS = 4096


class DayRule:
    """A rule, read once, that gives its days in any window.

    ``start`` is the first day (DTSTART); ``until`` the last day it may give (``date.max``
    for none); ``count`` the number of days it gives (None for no COUNT). The day sets are
    kept per kind of period, so the object grows to at most a few hundred small tuples.
    """

    __slots__ = (
        "_count_end",
        "_first",
        "_kinds",
        "_period_zero",
        "_week_days",
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
        self._count_end: int | None = None
        self._first = start.toordinal()
        # The number of the start's period on the calendar's own grid (weeks from WKST, months
        # and years from year 0): the rule's periods are those a multiple of INTERVAL after it.
        self._period_zero = {
            "DAILY": self._first,
            "WEEKLY": self._week_of_start(),
            "MONTHLY": start.year * 12 + start.month - 1,
            "YEARLY": start.year,
        }[frequency]
        # A weekly rule that no month filter reads gives the same days in every week but its
        # first: their offsets from the week's first day, once known.
        self._week_days: tuple[int, ...] | None = None

    def last_day(self) -> date:
        """The last day the rule may give: UNTIL, or the COUNT-th day (worked out once, a
        window of days at a time), or ``date.max``."""
        if self.count is None:
            return self.until
        if self._count_end is None:
            self._count_end = self._counted_end(self.count)
        return date.fromordinal(self._count_end)

    def _counted_end(self, count: int) -> int:
        """The ordinal of the ``count``-th day, or of the last day given if fewer."""
        last = found = self._first
        until = min(self.until.toordinal(), _LAST_ORDINAL)
        span = _CHUNK_DAYS * self.interval
        low = self._first
        while low <= until:
            days = self._between(low, min(low + span - 1, until))
            if len(days) >= count:
                return days[count - 1]
            if days:
                count -= len(days)
                last = found = days[-1]
            elif low - found > _CYCLE_DAYS * self.interval:
                break
            low += span
        return last

    def first_day(self) -> date | None:
        """The first day the rule gives (on or after the start), or None if it gives none."""
        found = next(self._walk(self.start, self.until), None)
        return None if found is None else date.fromordinal(found)

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

    def days(self, first: date, last: date) -> Iterator[date]:
        """The days the rule gives from ``first`` to ``last`` (both inclusive), in order: a
        long window is read a stretch at a time, so a caller may stop early."""
        low = max(first.toordinal(), self._first)
        high = min(last.toordinal(), self._last_ordinal())
        found, span = low, _CHUNK_DAYS * self.interval
        while low <= high:
            days = self._between(low, min(low + span - 1, high))
            if days:
                found = days[-1]
                yield from map(date.fromordinal, days)
            elif low - found > _CYCLE_DAYS * self.interval:
                return
            low += span

    def ordinals(self, low: int, high: int) -> list[int]:
        """The days the rule gives from ordinal ``low`` to ``high`` (both inclusive), as
        ordinals, in order: the answer for a query's window, with no date made."""
        low = max(low, self._first)
        high = min(high, self._last_ordinal())
        return self._between(low, high) if low <= high else []

    def _last_ordinal(self) -> int:
        if self.count is not None:
            return self.last_day().toordinal()
        return min(self.until.toordinal(), _LAST_ORDINAL)

    def _between(self, low: int, high: int) -> list[int]:
        """The days from ``low`` (not before the start) to ``high`` (not past the rule's last
        day), by the tight loop of the rule's frequency."""
        frequency, interval = self.frequency, self.interval
        if frequency == "WEEKLY" and not self.months and not self.monthdays:
            week_begin = self._period_zero
            if not self.setpos or low >= week_begin + 7:  # dateutil's first week is its own
                return self._weekly(low, high, week_begin, 7 * interval)
        elif frequency == "DAILY" and not (self.months or self.monthdays or self.weekdays):
            begin = self._first + -((self._first - low) // interval) * interval
            return list(range(begin, high + 1, interval))
        elif frequency in ("MONTHLY", "YEARLY"):
            return self._by_calendar(low, high)
        return list(self._walk(date.fromordinal(low), date.fromordinal(high)))

    def _weekly(self, low: int, high: int, week_begin: int, step: int) -> list[int]:
        offsets = self._week_days
        if offsets is None:
            week = self._days_of(week_begin, week_begin + 6)
            offsets = self._week_days = tuple(day - week_begin for day in week)
        found: list[int] = []
        for offset in offsets:
            day = week_begin + offset
            if day < low:
                day += -((day - low) // step) * step  # the first such day from low on
            found += range(day, high + 1, step)
        if len(offsets) > 1:
            found.sort()
        return found

    def _by_calendar(self, low: int, high: int) -> list[int]:
        """The days of a MONTHLY or YEARLY rule: each of the window's periods on the rule's
        grid, its days looked up by its kind."""
        interval, zero = self.interval, self._period_zero
        first, last = date.fromordinal(low), date.fromordinal(high)
        monthly = self.frequency == "MONTHLY"
        period = first.year * 12 + first.month - 1 if monthly else first.year
        end = last.year * 12 + last.month - 1 if monthly else last.year
        period += (zero - period) % interval  # the first of the rule's periods from there
        found: list[int] = []
        while period <= end:
            if monthly:
                year, month = divmod(period, 12)
                begin = date(year, month + 1, 1).toordinal()
                length = days_in_month(year, month + 1)
                kind: object = (month + 1, length - 1, (begin - 1) % 7)
            else:
                begin = date(period, 1, 1).toordinal()
                length = 366 if isleap(period) else 365
                kind = (length - 1, (begin - 1) % 7)
            offsets = self._offsets(kind, begin, begin + length - 1)
            if begin >= low and begin + length - 1 <= high:
                found += [begin + offset for offset in offsets]
            else:
                found += [begin + offset for offset in offsets if low <= begin + offset <= high]
            period += interval
        return found

    def _walk(self, low: date, high: date) -> Iterator[int]:
        """The days from ``low`` to ``high`` period after period, from any rule: the loop the
        tight ones of :meth:`_between` stand for, and the one for what they do not read."""
        start, low_ordinal, high_ordinal = self._first, low.toordinal(), high.toordinal()
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
                yield from ordinals[lower : bisect_right(ordinals, high_ordinal, lower)]
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
            return select_days(self, begin, end)
        return tuple(begin + offset for offset in self._offsets(kind, begin, end))

    def _offsets(self, kind: object, begin: int, end: int) -> tuple[int, ...]:
        """The rule's days in a period of ``kind`` (here ``begin``–``end``), as offsets from
        its first day: worked out once per kind."""
        offsets = self._kinds.get(kind)
        if offsets is None:
            days = select_days(self, begin, end)
            offsets = self._kinds[kind] = tuple(day - begin for day in days)
        return offsets

    def _first_week(self, ordinals: tuple[int, ...], begin: int, end: int) -> tuple[int, ...]:
        # dateutil's first week runs from the start, not from WKST: BYSETPOS counts from there.
        if not self.setpos:
            return ordinals
        return tuple(select_days(self, max(begin, self.start.toordinal()), end, setpos=True))
