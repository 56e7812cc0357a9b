"""A list of dates of one kind, read as one expression: the days of one month ("on 3, 5
and 7 May"), months of one year ("in May, June and July 2010") or years ("in 2005, 2007
and 2009"). The first is the expression's date, the others its ``more``, each an event."""

from __future__ import annotations

import re

from kztimeline.draft.cues import COUNTED, MONTH_NUMBERS, MONTH_WORDS, is_year
from kztimeline.draft.found import Found, Side, exists

__all__ = ("read_list",)


def read_list(name: str, match: re.Match[str], sentence: str) -> Found | None:
    """A list of days of one month, or of years: the first is the Found, the others more."""
    start, end = match.span()
    if re.search(r"\bbetween\s+(?:the\s+)?$", sentence[:start], re.IGNORECASE):
        return None  # "between 5 and 9 May" is a range
    if name in ("year_list", "old_year_list"):
        if not is_year(sentence, match.start(), match.end()) or COUNTED.match(sentence[end:]):
            return None
        years = [int(match["y"]), *map(int, re.findall(r"\d{4}", match["years"]))]
        sides = [Side(year) for year in years]
    elif name == "month_list":
        names = [*re.findall(rf"{MONTH_WORDS}", match["months"]), match["m"]]
        sides = [Side(int(match["y"]), MONTH_NUMBERS[name.title()]) for name in names]
    else:
        year = int(match["y"]) if match["y"] else None
        month = MONTH_NUMBERS[match["m"].rstrip(".").title()]
        days = [*map(int, re.findall(r"\d+", match["days"])), int(match["d"])]
        sides = [Side(year, month, day) for day in days]
        if not all(1 <= day <= 31 and exists(side) for day, side in zip(days, sides, strict=True)):
            return None
    if len(set(sides)) != len(sides) or sides != sorted(
        sides, key=lambda side: side.day or side.month or side.year or 0
    ):
        return None  # a list goes forward; anything else is some other shape
    return Found(start, end, sides[0], sides[0], more=tuple(sides[1:]))
