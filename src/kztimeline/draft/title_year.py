"""The year a text's title or a section's heading names, which the days it gives without
a year are of ("The galley log of SS Marrowind, 1952", "FIXTURE CARD - 2025 SEASON", "VOYAGE
THE FIRST - LIVERPOOL TOWARDS VALPARAISO, 1853")."""

from __future__ import annotations

import re
from datetime import date

from kztimeline.dates import PartialDate
from kztimeline.draft.cues import (
    HEADING_LINE,
    MONTH_NUMBERS,
    MONTH_WORDS,
    PROGRAMME_WORDS,
    RECORD_NAMES,
    YEAR_FIGURES,
)
from kztimeline.draft.mentions import names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.relative import WEEKDAY_PATTERN
from kztimeline.draft.verbs import clausal
from kztimeline.edtf import parse_partial_date

__all__ = ("month_alone", "month_of_heading", "year_of_section", "year_of_title")


def year_of_title(title: str) -> tuple[PartialDate, bool] | None:
    """The year (or the month) a text's title names, and whether it is a record's year
    alone ("Keeper's Log, 1897"), which holds for days told far from it; ``None`` when the
    title names none."""
    # (not its note in brackets: "..., 1931 / (copied in 1978 by the record office)";
    # but its year in them: "Diary of John Hale (1851)", "(Ambleside, 1887)")
    title = re.sub(r"\s*\([^()]*\b[a-z]{3,}\b[^()]*\)$", "", title)
    named = [mention.value for mention in find_dates(title)]
    # "DIARY OF THE ARDMORE GLACIER EXPEDITION, SPITSBERGEN, 1936 kept by ...": the
    # year that closes a line of the title, after a comma, when the title ends otherwise
    year = _TITLE_YEAR.search(title) or _TITLE_LINE_YEAR.search(title) or _MEETING.search(title)
    # a record's own year ("Keeper's Log, 1897", "Call-out log 2024"), not a name's
    # ("Villages - Cuvee 1961", "Gleirsch Hut 2022"), which dates less firmly
    kept = year is not None and _BEFORE_TITLE_YEAR.search(title, 0, year.start(1))
    years = {end[:4] for value in named for end in value.split("/") if end != ".."}
    runs = [v for v in named if "/" in v and all(names_a_day(e) for e in v.split("/"))]
    season = _SEASON_YEAR.search(title)
    if season is not None:
        # "THORNBY CC / Est. 1868 / FIXTURE CARD - 2025 SEASON", "Captain's Log - Season
        # 2025": a season's card or log gives its days the season's year, not a founding
        # year named above it
        return parse_partial_date(season[1] or season[2]), True
    if len(named) == 1 and "/" not in named[0] and not names_a_day(named[0]):
        return parse_partial_date(named[0].rstrip("~?")), False
    if year is not None and all(names_a_day(value) for value in named):
        # "... RELIEF LOG, 1897 / Form N.L.B. 14. Light first exhibited 1 Oct. 1866.":
        # the year of the title's line, not a fact's told under it; "Witness statement.
        # Signed 20 June 2022." dates its "On 14 June" too, but as a day's year it is no
        # guide over a story's own ("Recorded 9 May 2023" over "On August 14, 2003")
        return parse_partial_date(year[1]), bool(kept) and not any(
            v.startswith(year[1]) for v in named
        )
    if len(years) == 1 and runs and re.search(rf"\b{WEEKDAY_PATTERN}\b", title):
        # "LOWER RHINE FOLK FESTIVAL 2025 / Friday 4 July - Sunday 6 July 2025": a
        # programme's days give their year (not "The great storm of 15-16 October 1987:
        # thirty years on", nor "27 December 2024 - 5 January 2025")
        return parse_partial_date(years.pop()), False
    if len(years) == 1 and _PROGRAMME.search(title) and not any(map(names_a_day, named)):
        # "Walks Programme: January to March 2026": the programme's days are of its year,
        # not of a founding year told under it ("Founded in 1949, the club ...")
        return parse_partial_date(years.pop()), True
    if len(named) == 1 and _PROGRAMME.search(title) and re.fullmatch(_MONTHS_RUN, named[0]):
        # "Programme, November 2025 to February 2026": its days go on from its first
        # month, into the next year
        return parse_partial_date(named[0][:7]), True
    return None


def year_of_section(heading: str) -> PartialDate | None:
    """The year a section's heading with no verb ends on ("VOYAGE THE FIRST - LIVERPOOL
    TOWARDS VALPARAISO, 1853"), or ``None``."""
    year = _TITLE_YEAR.search(heading)
    if year is None or len(heading) > HEADING_LINE or heading.rstrip().endswith("."):
        return None
    if not _BEFORE_TITLE_YEAR.search(heading, 0, year.start(1)):
        return None  # "Herd mark HF 1951": a mark's number, no section's year
    if clausal(heading[: year.start()]):
        return None  # "The mill was sold in the end, 1853": a sentence, not a heading
    return parse_partial_date(year[1])


def month_alone(heading: str) -> bool:
    """Whether ``heading`` is a month's name alone ("MARCH", "April:", "March.")."""
    return _MONTH_ALONE.fullmatch(heading) is not None


def month_of_heading(
    heading: str, last: PartialDate | None, published: date | None
) -> PartialDate | None:
    """The month a month's name alone heads ("MARCH" over "Sun. 9th Hollin Edge"): of the
    year of the date named ``last``, or of the next year half a year or more before its
    month ("JANUARY" after "DECEMBER"; not "FEBRUARY" after a cow "to be delivered on 20th
    March"); with none named, or one named years from the ``published`` day (a founding),
    the one nearest that day; else ``None``."""
    month = _MONTH_ALONE.fullmatch(heading)
    if month is None or (last is None and published is None):
        return None
    number = MONTH_NUMBERS[month[1].title()]
    if last is not None and (published is None or abs(last.year - published.year) <= 1):
        later = last.month is not None and number <= last.month - _HALF_A_YEAR
        return parse_partial_date(f"{last.year + later:04d}-{number:02d}")
    assert published is not None
    count = published.year * 12 + published.month - 1
    year = min(
        (published.year + step for step in (-1, 0, 1)),
        key=lambda y: abs(y * 12 + number - 1 - count),
    )
    return parse_partial_date(f"{year:04d}-{number:02d}")


_MONTH_ALONE = re.compile(rf"\s*({MONTH_WORDS})\s*[:.]?\s*")  # "MARCH", "April:", "March."
_HALF_A_YEAR = 6
# What a record's own year follows in its title: a comma, "in", "of", the record's name
# ("Call-out log 2024", "Diary of a farm labourer, 1871", "COMPETITION CALENDAR 2026")
_BEFORE_TITLE_YEAR = re.compile(
    rf"(?:[,(:–—-]|\b(?i:in|of|for|year|{RECORD_NAMES}|{PROGRAMME_WORDS}|spring|summer|autumn|"
    r"winter|expedition|tour|trip|voyage))\s*$"
)
# a season's year in a title: "Season 2025", "2025 SEASON" (not "season 2024/25"); in
# prose, "our 2026 season will open", the sentence's own (``years.season_named``)
_SEASON_YEAR = re.compile(
    rf"\b(?i:season)\s+({YEAR_FIGURES})\b(?!\s*[/–-]\s*\d)|\b({YEAR_FIGURES})\s+(?i:season)\b"
)
_PROGRAMME = re.compile(rf"\b(?i:{PROGRAMME_WORDS})\b")
_MONTHS_RUN = r"\d{4}-\d\d/\d{4}-\d\d"  # "2025-11/2026-02"
# A title that ends on its year: "..., SS Marrowind, 1952", "Annual report 2024"
_TITLE_YEAR = re.compile(rf"[\s,(]({YEAR_FIGURES})\)?\.?(?:\s*\([^()]*\))?\s*$")
# ("RELIEF LOG, 1897 Form N.L.B. 14.", "Keeper's Log for the Year 1887 - kept by ...",
# "Apiary diary 2025 - Top Field", "Keeper's Journal - 1926 / Keeper: W. Hollis")
_TITLE_LINE_YEAR = re.compile(
    rf"(?:,\s*|\b(?:for|of)\s+the\s+[Yy]ear\s+|\b(?i:{RECORD_NAMES})(?:\s*[-–—:])?\s+)"
    rf"({YEAR_FIGURES})\s+(?-i:[a-z]|[A-Z][a-z]+[\s:]|[-–—])"
)
# A meeting's year in its title, over its venue and days: "Tern 14 National Championship 2024
# / Hallam Water Sailing Club, 7-11 August" (not "Olympic Games 2032 venues confirmed",
# "Commonwealth Games 2030 Glasgow, Bid Update", "Regatta 2026 Sponsorship Proposal")
_MEETING = re.compile(
    r"\b(?i:championships?|nationals|regatta|festival|games|tournament|trophy|gala|rally)\s+"
    rf"({YEAR_FIGURES})\s+(?=(?:[A-Z][\w'’&.-]*\s+){{0,5}}[A-Z][\w'’&.-]*(?:,\s+\d|\s+Report\s+by\b))"
)
