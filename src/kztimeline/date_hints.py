"""What to write instead: the fix for a date or a time zone that cannot be read.

People write dates as they speak them: ``15/11/2012``, ``Nov 2012``, ``20 July 1969``,
``1969 to 1972``, ``circa 1969``, ``before 2012``. Each of these has an EDTF form, and the
error should propose it rather than restate the grammar. :mod:`kztimeline.dates` asks here
only once its own parsing has failed, so nothing here runs for a date that reads.

The rules propose; :mod:`kztimeline.dates` checks that a proposal reads before it shows it.
This module imports nothing of the package: :mod:`kztimeline.dates` imports it, and passes
its own parser in to check a proposal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

__all__ = ("MONTH_NAMES", "DateHint", "date_hint", "fixed_zone_hint", "time_zone_hint")

# English only, spelled out: strftime("%B") follows the process locale. Dates are written with
# these names (kztimeline.dates) and read with them here; dates imports this module.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS = {
    spelled: number
    for number, name in enumerate(MONTH_NAMES, start=1)
    for spelled in (name.casefold(), name[:3].casefold(), name[:4].casefold())
}
# Patterns, not compiled objects: re compiles (and caches) each on its first use, which is
# only when a date has failed; compiling them all here would slow every start of the CLI.
_ISO_SIDE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[?~%]?|\.\."
_NUMERIC = r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
# "A..B" is how a range is written in code and in some other date notations.
_RANGE = (
    r"\s+(?:to|until|till|through|and)\s+|\s*[–—]\s*|\s+-\s+|(?<=\d{4})-(?=\d{4}$)"
    r"|(?<=\d)\s*\.\.\s*(?=\d)"
)
_APPROXIMATE = r"(?:circa|ca\.?|c\.|about|approximately|approx\.?|around)\s*(.+)"
_OPEN = r"(before|until|till|by|after|since|from)\s+(.+)"
_VAGUE = r"(early|mid|middle|late|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+(.+)"
_DECADE = r"(\d{3})0'?s"
_OFFSET = r"(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?"

Reads = Callable[[str], bool]
"""Whether a proposed rewrite reads as a date: :mod:`kztimeline.dates` passes its parser."""


class DateHint:
    """The fix for a date: ``advice`` ends a sentence and quotes each of ``proposals``.

    A plain class: a NamedTuple or a dataclass takes a millisecond to define, on every start
    of the command line.
    """

    __slots__ = ("advice", "proposals")

    def __init__(self, advice: str, proposals: tuple[str, ...]) -> None:
        self.advice = advice
        self.proposals = proposals


def date_hint(text: str, reads: Reads) -> DateHint | None:
    """The fix for ``text``, a date that did not read; or ``None`` when no rule knows it.

    ``reads`` says whether a proposal is a date. The advice names the proposal in quotes,
    such as ``"write it year first, as YYYY-MM-DD: '2012-11-15'"``; for an ambiguous
    ``05/11/2012`` it gives both readings, day first first.
    """
    cleaned = " ".join(text.strip().split()).casefold()
    vague = re.fullmatch(_VAGUE, cleaned)
    if vague:
        nearest = _side(vague.group(2), reads)
        if nearest:
            return DateHint(
                f"'{vague.group(1)}' is EDTF level 2, which is not supported; "
                f"write the nearest honest date: '{nearest[0]}'",
                (nearest[0],),
            )
    decade = re.fullmatch(_DECADE, cleaned)
    if decade:
        interval = f"{decade.group(1)}0/{decade.group(1)}9"
        return DateHint(f"write a decade as an interval: '{interval}'", (interval,))
    approximate = re.fullmatch(_APPROXIMATE, cleaned)
    if approximate:
        sides = _side(approximate.group(1), reads)
        if sides and sides[0][-1] not in "?~%" and reads(sides[0] + "~"):
            written = sides[0] + "~"
            return DateHint(f"write an approximate date with '~' after it: '{written}'", (written,))
    opened = re.fullmatch(_OPEN, cleaned)
    if opened and not re.search(_RANGE, opened.group(2)):
        sides = _side(opened.group(2), reads)
        if sides and opened.group(1) in ("before", "until", "till", "by"):
            interval = f"../{sides[0]}"
            return DateHint(f"write an interval open at the start: '{interval}'", (interval,))
        if sides:
            interval = f"{sides[0]}/.."
            return DateHint(f"write an interval open at the end: '{interval}'", (interval,))
    if cleaned.startswith(("from ", "between ")):
        cleaned = cleaned.split(" ", 1)[1]
    parts = re.split(_RANGE, cleaned)
    if len(parts) == 2:
        starts, ends = _side(parts[0], reads), _side(parts[1], reads)
        if starts and ends and reads(f"{starts[0]}/{ends[0]}"):
            interval = f"{starts[0]}/{ends[0]}"
            return DateHint(f"write a range as A/B: '{interval}'", (interval,))
    readings = _side(cleaned, reads)
    if len(readings) == 2:
        day_first, month_first = readings
        return DateHint(
            f"it could be day first or month first; write '{day_first}' "
            f"({_spoken(day_first)}) or '{month_first}' ({_spoken(month_first)})",
            (day_first, month_first),
        )
    numeric = re.fullmatch(_NUMERIC, cleaned)
    if readings and numeric and len(numeric.group(1)) == 4 and cleaned.count("-") == 2:
        advice = "write two digits for the month and the day"
    elif readings and numeric and len(numeric.group(1)) == 4:
        advice = "write it with '-' between the parts"
    elif readings and numeric:
        advice = "write it year first, as YYYY-MM-DD"
    elif readings:
        advice = "write it in numbers, year first"
    else:
        return None
    return DateHint(f"{advice}: '{readings[0]}'", (readings[0],))


def _side(text: str, reads: Reads) -> list[str]:
    """The EDTF forms ``text`` (one date, no range) may mean: none, one, or two readings."""
    text = text.strip(" ,")
    if re.fullmatch(_ISO_SIDE, text):
        return [text] if reads(text) else []
    numeric = re.fullmatch(_NUMERIC, text)
    if numeric:
        return _numeric(*numeric.groups(), reads=reads)
    return _named(text, reads)


def _numeric(first: str, second: str, third: str, *, reads: Reads) -> list[str]:
    if len(first) == 4:  # 2012/11/15: year first already, only the separator is wrong
        candidates = [(int(first), int(second), int(third))]
    elif len(third) == 4:
        day_first = (int(third), int(second), int(first))
        month_first = (int(third), int(first), int(second))
        candidates = [day_first] if first == second else [day_first, month_first]
    else:
        return []
    found = [f"{year:04d}-{month:02d}-{day:02d}" for year, month, day in candidates]
    return [text for text in found if reads(text)]


def _named(text: str, reads: Reads) -> list[str]:
    """``Nov 2012``, ``20 July 1969``, ``July 20, 1969``, ``1969 July 20th``: in any order."""
    words = [word.rstrip(".") for word in re.split(r"[\s,]+", text) if word not in ("", "of")]
    months = [_MONTHS[word] for word in words if word in _MONTHS]
    numbers = [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", word) for word in words if word not in _MONTHS]
    if len(months) != 1 or len(words) != len(numbers) + 1 or not all(n.isdigit() for n in numbers):
        return []
    years = [number for number in numbers if len(number) == 4]
    days = [number for number in numbers if len(number) <= 2]
    if len(years) != 1 or len(days) > 1 or len(years) + len(days) != len(numbers):
        return []
    proposal = f"{years[0]}-{months[0]:02d}"
    if days:
        proposal += f"-{int(days[0]):02d}"
    return [proposal] if reads(proposal) else []


def _spoken(iso_day: str) -> str:
    day = date.fromisoformat(iso_day)
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


@cache
def _zones() -> dict[str, str]:
    # Read once, on the first unknown name: listing the zones walks the tzdata package.
    from zoneinfo import available_timezones

    return {name.casefold(): name for name in sorted(available_timezones())}


def time_zone_hint(name: str) -> str:
    """What to write instead of ``name``, an unknown time zone: the nearest IANA names.

    ``"did you mean 'Europe/Paris'?"`` for ``Europe/Pariss``, up to three names, nearest
    first; for a name like none of them, an example.
    """
    import difflib  # only for a name that is wrong; the command line starts without it

    zones = _zones()
    wanted = name.strip().casefold().replace(" ", "_")
    if wanted in zones:
        return f"did you mean '{zones[wanted]}'?"
    if re.fullmatch(_OFFSET, wanted):
        return (
            "for a fixed offset, write it in the date, as in 2012-11-14T10:00:00+05:00, "
            "and leave out timezone"
        )
    # Keep the names about as near as the nearest: one typo gets one answer.
    scored = sorted(
        (-difflib.SequenceMatcher(None, wanted, key).ratio(), key)
        for key in difflib.get_close_matches(wanted, zones, n=3, cutoff=0.75)
    )
    nearest = [key for score, key in scored if score <= scored[0][0] + 0.05]
    if not nearest:
        # A city alone ("Almaty") is the last part of a name.
        nearest = [key for key in zones if key.rsplit("/", 1)[-1] == wanted][:3]
    if not nearest:
        return "use an IANA name such as 'Asia/Almaty'"
    quoted = [f"'{zones[key]}'" for key in nearest]
    return f"did you mean {_or(quoted)}?"


# The zone names of tzdata that are fixed offsets under a name people read as a region's
# clock: EST is not New York's time, which changes to daylight saving in summer.
_FIXED_ABBREVIATIONS = {
    "EST": ("UTC-05:00", "America/New_York", "New York"),
    "MST": ("UTC-07:00", "America/Denver", "Denver"),
    "HST": ("UTC-10:00", "Pacific/Honolulu", "Hawaii"),
}


def fixed_zone_hint(name: str) -> str | None:
    """The warning for a zone ``name`` that is a fixed abbreviation, such as ``EST``: it has
    no daylight saving; the city zone is proposed. ``None`` for any other name."""
    found = _FIXED_ABBREVIATIONS.get(name)
    if found is None:
        return None
    offset, city_zone, region = found
    return (
        f"{name} is {offset} all year, with no daylight saving; for the clocks of {region} "
        f'write timezone = "{city_zone}", or write the offset in the date to keep {offset}'
    )


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"
