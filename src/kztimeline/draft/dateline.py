"""The dateline at the head of an article, and the year it leaves out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kztimeline.draft.cues import CAPITALS, LETTERS, MONTH_NUMBERS
from kztimeline.draft.found import Side, exists
from kztimeline.draft.mentions import names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.pieces import LEAD, day_pattern, month_pattern, year_pattern
from kztimeline.draft.tense import plainly_past
from kztimeline.draft.weekdays import WEEKDAY_ABBREVIATIONS, WEEKDAYS

__all__ = ("Dateline", "dateline_day", "dateline_year", "read_dateline")

_DATELINE = re.compile(
    rf"(?:(?:Published|Posted|Updated|Date)(?:\s+on)?:?\s+)?"
    # (two places of a joint release: "LOS ANGELES and LONDON, September 15, 2025")
    rf"(?:(?P<place>[{CAPITALS}][{LETTERS}.'-]*(?:\s+(?:[{CAPITALS}][{LETTERS}.'-]*|and(?=\s+[{CAPITALS}]{{2}}))){{0,4}})"
    # its region or country, of up to three words: "HALIFAX, Nova Scotia, Oct 9"
    rf"(?:,\s*(?:the\s+)?[{CAPITALS}][{LETTERS}.'-]+(?P<more>(?:\s+[{CAPITALS}][{LETTERS}.'-]+){{1,2}})?)?"
    # "TARAZ, Kazakhstan – 4 September 2023 –": a dash may part the place from the date.
    rf"(?:\s*\([^)]{{1,30}}\))?(?:,?\s+|\s+[–—-]\s+))?{LEAD}(?:{day_pattern('d')}\s+{month_pattern('m')}|"
    rf"{month_pattern('m2')}\s+{day_pattern('d2')})(?:,?\s+{year_pattern('y')})?\s*(?:\([^)]{{1,30}}\)\s*)?"
    r"(?:/[A-Za-z][\w .-]{1,30}/\s*)?"  # a wire's tag: "/PRNewswire/"
    # What ends a dateline: a dash or a stop, the end of the line, or a time of day
    # ("27 January 2025 at 09:00 EET -")
    rf"(?:(?:--|[-–—.:|/])\s*|,?\s+\d{{1,2}}[:.]\d\d\b.*$|"
    r"\s+at\s+\d{1,2}[:.]\d\d(?:\s+[A-Z]{2,4})?\s+[-–—]\s*|$)"
)
_RANGE_END = re.compile(
    rf"(?<=[-–—] ){LEAD}(?:{day_pattern('d')}\s+{month_pattern('m')}|{month_pattern('m2')}\s+\d)"
)
# Words that open a sentence, not the name of a place before a dateline's date.
_NOT_PLACES = frozenset(
    (
        *WEEKDAYS,
        *WEEKDAY_ABBREVIATIONS,  # "Sat 3 May 2025 - Lyon": a weekday, not a place
        *("Published", "Posted", "Date", "On", "In", "At", "By", "From", "Since", "Until"),
    )
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The date at the head of an article (``ASTANA, Nov. 13 –``), the year possibly missing.

    ``end`` is where the text after the dateline starts; ``place`` the city it names, if any.
    """

    year: int | None
    month: int
    day: int
    end: int
    place: str | None


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline that ``paragraph`` starts with, or ``None``."""
    match = _DATELINE.match(paragraph)
    if match is None or _RANGE_END.match(paragraph, match.end()):
        return None  # not "4 May - 29 June 2025", "Term - Tue 3 Sept. - Fri 20 Dec.": runs
    month = MONTH_NUMBERS[(match["m"] or match["m2"]).rstrip(".").title()]
    day = int(match["d"] or match["d2"])
    year = int(match["y"]) if match["y"] else None
    if not exists(Side(year or 2000, month, day)):
        return None
    place = match["place"]
    # "Leeds, United Kingdom, 12 May 2025 - Halberd plc ...", not a register's "Ashworth,
    # Mary Ellen, 12 March 1881 - dressmaker"
    dashed = re.search(r"[-–—]\s*$", match.group()) and paragraph[match.end() :][:1].isupper()
    if match["more"] and not (place and place.isupper()) and not dashed:
        return None  # "Smith, John Henry, 4 May 1890": a register's name, no city
    if place is None and re.search(r"\sat\s+\d{1,2}[:.]\d\d", match.group()):
        return None  # "3 May 2024 at 09:15 - Alarm raised": a log's entry, no dateline
    word = None if place is None else place.rstrip(".").title()  # "Mon. 3rd Feb. 1958."
    if word is not None and word in _NOT_PLACES:
        if word not in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, "Published", "Posted", "Date"):
            return None  # "On 12 November 2012 - ..." is a sentence
        place = None
    return Dateline(year, month, day, match.end(), place.title() if place else None)


def dateline_year(
    month: int, day: int, full_dates: Sequence[date], *, reported: Sequence[date] = ()
) -> int | None:
    """The year of a dateline written without one, from the article's own full dates.

    The candidates are the years of those dates and the years after them. An article comes
    after what it reports in the past tense (``reported``: "was arrested on July 31, 2013"),
    so a candidate before one of those is dropped, unless that drops them all. Of the rest,
    the one that puts the dateline nearest to any of the dates wins, the later year on a
    tie: news reports what just happened and announces what comes soon, so its dates cluster
    around the day it was written. ``None`` when the article gives no full date.
    """
    candidates = [
        date(year, month, day)
        for year in sorted({known.year for known in full_dates} | {d.year + 1 for d in full_dates})
        if exists(Side(year, month, day))
    ]
    after = [candidate for candidate in candidates if all(candidate >= d for d in reported)]
    best: tuple[int, int] | None = None
    for candidate in after or candidates:
        distance = min(abs((candidate - known).days) for known in full_dates)
        if best is None or distance <= best[0]:
            best = (distance, candidate.year)
    return None if best is None else best[1]


def dateline_day(dateline: Dateline, texts: Sequence[str]) -> date | None:
    """The day of the dateline; a missing year from the full dates of ``texts``, the
    article's sentences."""
    year = dateline.year
    if year is None:
        full_dates: list[date] = []
        reported: list[date] = []
        for text in texts:
            for mention in find_dates(text):
                if names_a_day(mention.value):
                    full_dates.append(date.fromisoformat(mention.value))
                    if plainly_past(text, mention.start):
                        reported.append(full_dates[-1])
        year = dateline_year(dateline.month, dateline.day, full_dates, reported=reported)
    return None if year is None else date(year, dateline.month, dateline.day)
