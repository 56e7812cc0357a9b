"""Reading dates as written: the one grammar of the EDTF subset (see :mod:`kztimeline.dates`).

``parse_date`` reads ``2012``, ``2012-11``, ``2012-11-14?`` and intervals ``A/B`` into an
:class:`~kztimeline.dates.EventDate`. Text that is not in the subset is refused with a
:class:`~kztimeline.errors.DateError`; when it is a date written another common way
(``15/11/2012``, ``Nov 2012``), the message proposes its EDTF form (:mod:`kztimeline.date_hints`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from kztimeline.date_hints import MONTH_NAMES, date_hint
from kztimeline.dates import OPEN, EventDate, PartialDate, Qualifier, days_in_month
from kztimeline.errors import DateError

__all__ = ("parse_date", "parse_partial_date", "proposed_dates")

_Parsed = TypeVar("_Parsed")

_SIDE = re.compile(r"(?P<year>[+-]?\d+)(?:-(?P<month>\d+))?(?:-(?P<day>\d+))?(?P<qualifier>[?~%])?")
_EXPECTED = (
    "write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, "
    "or an interval A/B where either side may be '..'"
)


def _parse_partial_date(text: str) -> PartialDate:
    match = _SIDE.fullmatch(text)
    if match is None:
        raise DateError(f"'{text}' is not a date kztimeline can read; {_EXPECTED}")
    year_text, month_text, day_text = match["year"], match["month"], match["day"]
    year = int(year_text)
    if year < 1 or year > 9999 or year_text[0] in "+-":
        raise DateError(f"year {year_text} in '{text}' is outside 1–9999")
    if len(year_text) != 4:
        raise DateError(f"year {year_text} in '{text}' must have four digits, as in {year:04d}")
    month = day = None
    if month_text is not None:
        month = int(month_text)
        if len(month_text) != 2 or not 1 <= month <= 12:
            raise DateError(f"month {month_text} in '{text}' does not exist; use 01 to 12")
    if day_text is not None:
        assert month is not None
        day = int(day_text)
        month_days = days_in_month(year, month)
        if len(day_text) != 2 or not 1 <= day <= month_days:
            raise DateError(
                f"day {day_text} in '{text}' does not exist; "
                f"{MONTH_NAMES[month - 1]} {year} has {month_days} days"
            )
    return PartialDate(year, month, day, Qualifier(match["qualifier"] or ""))


def parse_date(text: str) -> EventDate:
    """Read a date in the supported EDTF subset; see the module docstring.

    Raises :class:`DateError` for anything else, for an interval whose end is before its start
    and for an interval open at both sides. A date written another common way (``15/11/2012``,
    ``Nov 2012``, ``1969 to 1972``, ``circa 1969``) is told its EDTF form
    (:func:`kztimeline.date_hints.date_hint`).
    """
    return _hinted(_parse_date, text)


def parse_partial_date(text: str) -> PartialDate:
    """Read one side of an EDTF date (``2010``, ``2010-02``, ``2012-11-14?``).

    Raises :class:`DateError` for impossible dates (``2012-02-30``, ``2012-13``), years outside
    1–9999 and anything not in the supported subset, with its EDTF form when a hint knows it.
    """
    return _hinted(_parse_partial_date, text)


def _hinted(parse: Callable[[str], _Parsed], text: str) -> _Parsed:
    try:
        return parse(text)
    except DateError as err:
        hint = date_hint(text, _reads)
        if hint is None:
            raise
        raise DateError(f"'{text}' is not a date kztimeline can read; {hint.advice}") from err


def proposed_dates(text: str) -> tuple[str, ...]:
    """The EDTF dates ``text`` may mean: itself if it reads, else the hints' proposals.

    ``("2012-11-15",)`` for ``15/11/2012``, two for an ambiguous ``05/11/2012``, none for
    text no rule knows. For messages that propose a rewrite, such as a TOML syntax error.
    """
    if _reads(text):
        return (text,)
    hint = date_hint(text, _reads)
    return hint.proposals if hint else ()


def _reads(text: str) -> bool:
    # The hints check their proposals with the parser itself, never through the hints again.
    try:
        _parse_date(text)
    except DateError:
        return False
    return True


def _parse_date(text: str) -> EventDate:
    if text != text.strip():
        raise DateError(f"'{text}' has spaces around it; remove them")
    if "/" not in text:
        if text == OPEN:
            raise DateError(f"'{OPEN}' marks an open side of an interval, as in '2012/..'")
        point = _parse_partial_date(text)
        return EventDate(text, point, point)
    start_text, _, end_text = text.partition("/")
    if "/" in end_text:
        raise DateError(f"'{text}' has more than one '/'; an interval has two sides")
    if not start_text or not end_text:
        raise DateError(f"'{text}' has an empty side; write '..' for an open side")
    if start_text == end_text == OPEN:
        raise DateError(f"'{text}' is open at both sides; give at least one date")
    start = None if start_text == OPEN else _parse_partial_date(start_text)
    end = None if end_text == OPEN else _parse_partial_date(end_text)
    if start is not None and end is not None and end.last_day < start.first_day:
        raise DateError(
            f"end {end_text} is before start {start_text}; if the sides are swapped, "
            f'write "{end_text}/{start_text}"'
        )
    return EventDate(text, start, end, is_interval=True)
