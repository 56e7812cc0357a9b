"""The date grammar's patterns: each written shape of a date, by name ("day_dm" for "4 May
2024", "month_year", "years", "circa", the relative shapes, ...), longest first where two
overlap. :mod:`kztimeline.draft.grammar` matches them and reads each into its sides."""

from __future__ import annotations

import re

from kztimeline.draft.cues import DAY_ORDINALS, MONTH_WORDS
from kztimeline.draft.pieces import (
    ERA_YEAR,
    HOLIDAY,
    LEAD,
    YEAR_THEN_MONTH,
    day_pattern,
    month_pattern,
    year_pattern,
)
from kztimeline.draft.relative import RELATIVE_SHAPES
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = ("PATTERNS",)


# "of the year", "of this year", "of last year", "of next year"
_WHICH_YEAR = r"(?:the|this|(?P<rel>last|next|previous|the\s+previous|the\s+coming))\s+year"
_TO = r"(?P<to>\s*[-–—]\s*|\s+(?:to|through|thru|till|until|and)\s+)"
_DATED_Y = year_pattern("y", after_month=True)  # the year after a month
_DATED_Y1 = year_pattern("y1", after_month=True)
_YEAR_TAIL = rf"(?:,?\s+{_DATED_Y})?"
# a journal's day with its weekday after it, closing its heading: "August 9th, Sunday."
_WEEKDAY_TAIL = rf"(?:,\s+(?P<wd>{WEEKDAY_PATTERN})(?=\.(?:\s|$)))?"
# "ISSUE TIME: 2025 Jun 01 0530 UTC": a bulletin's year, month and day
# its hour, or its end, or a table's next cell ("1852 April 4 | Mary Ann"): not "1850 May 3 and"
_YEAR_FIRST = rf"{year_pattern('y')}\s+{month_pattern('m')}\s+"
_YEAR_FIRST += r"(?P<d>0[1-9]|[12]\d|3[01]|[1-9](?=\s+[–|]\s))\b"
_YEAR_FIRST += r"(?=\s+\d{4}\s+UTC|\s*[,.;:)]|\s*$|\s+[–|]\s)"
_WHERE_A_DATE = r"(?:^|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bto )|(?<=\bin )|(?<=[-–—] ))"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "days_dm",
            rf"{LEAD}{day_pattern('d1')}(?:\s+{month_pattern('m1')}(?:,?\s+{_DATED_Y1})?)?"
            # "from Friday 4 to Sunday 13 July": a weekday before each day
            rf"{_TO}(?P<lead2>{LEAD}){day_pattern('d2')}\s+(?:of\s+)?{month_pattern('m2')}"
            rf"{_YEAR_TAIL}",
        ),
        (
            "days_md",
            rf"{LEAD}{month_pattern('m1')}\s+{day_pattern('d1')}(?:,?\s+{_DATED_Y1})?"
            rf"{_TO}(?P<lead2>{LEAD})(?:{month_pattern('m2')}\s+)?{day_pattern('d2')}{_YEAR_TAIL}",
        ),
        (
            "months",
            rf"{month_pattern('m1')}(?:\s+{year_pattern('y1')})?{_TO}{month_pattern('m2')},?\s+{year_pattern('y')}",
        ),
        ("months", rf"{month_pattern('m1')}\s+{year_pattern('y1')}{_TO}{year_pattern('y')}"),
        (
            "day_list_dm",
            rf"{LEAD}(?P<days>(?:{day_pattern('d0')},\s*)(?:\d{{1,2}}(?:st|nd|rd|th)?,\s*)*"
            # "17 & Sat 18 Oct": a programme's two days, a weekday before the second
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+and\s+)?|{day_pattern('d1')}\s+(?:and|&)\s+"
            rf"(?:(?i:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}),?\s+)?)"
            rf"{day_pattern('d')}\s+(?:of\s+)?{month_pattern('m')}{_YEAR_TAIL}",
        ),
        (
            "day_list_md",
            rf"{LEAD}{month_pattern('m')}\s+(?P<days>{day_pattern('d0')}(?:,\s*\d{{1,2}}"
            rf"(?:st|nd|rd|th)?)*,?\s+and\s+){day_pattern('d')}{_YEAR_TAIL}",
        ),
        # "in May, June and July 2010": the year at the end is every month's.
        (
            "month_list",
            rf"(?P<months>(?:(?:{MONTH_WORDS})\b\.?,\s+)*(?:{MONTH_WORDS})\b\.?,?\s+and\s+)"
            rf"{month_pattern('m')},?\s+{_DATED_Y}",
        ),
        (
            "year_list",
            rf"{year_pattern('y')}(?P<years>(?:,\s+(?:and\s+)?(?:1[6-9]\d\d|2[01]\d\d)(?!\d)|"
            rf"\s+and\s+(?:1[6-9]\d\d|2[01]\d\d)(?!\d))+)",
        ),
        # "From 1278 to 1526": a span of years before 1600, after "from" or "between".
        (
            "old_years",
            r"(?<=\b[Ff]rom )(?P<y1>1[0-5]\d\d)\s+(?:to|until|till)\s+(?P<y2>1\d\d\d)(?!\d)|"
            r"(?<=\b[Bb]etween )(?P<b1>1[0-5]\d\d)\s+and\s+(?P<b2>1\d\d\d)(?!\d)",
        ),
        # "in 1473, 1491 and 1529": a list of years before 1600, after "in".
        (
            "old_year_list",
            r"(?<=\b[Ii]n )(?P<y>1[0-5]\d\d)(?P<years>(?:,\s+(?:and\s+)?1\d\d\d(?!\d)|"
            r"\s+and\s+1\d\d\d(?!\d))+)",
        ),
        ("era_year", ERA_YEAR),
        (
            "old_year",
            r"\b(?P<cue>(?i:since|circa|in|from|until|around|about|approximately|roughly|"
            r"before|after|by|as early as|no later than|dated(?:\s+to)?|"
            # (a guess between commas: "the font older than the church, perhaps 1200, and")
            r"(?<=, )(?:perhaps|possibly|probably))|"
            r"of(?:\s+(?:about|around|c\.))?)\s+"
            r"(?P<y>1[0-5]\d\d|[1-9]\d\d)(?![\d%]|[,.]\d)",
        ),
        (
            "day_dm",
            rf"{LEAD}{day_pattern('d')}\s+(?:of\s+)?{month_pattern('m')}{_YEAR_TAIL}{_WEEKDAY_TAIL}",
        ),
        # a deed's "this 12th day of July 2024", "the 4th day of June, in the year of our Lord
        # 1790", "this 1st day of May, A.D. 1801"
        (
            "day_dm",
            rf"{LEAD}{day_pattern('d')}\s+day\s+of\s+{month_pattern('m')}(?:,?\s+(?:(?:A\.\s?D\.|"
            rf"in\s+the\s+year(?:\s+of\s+our\s+Lord)?),?\s+)?{_DATED_Y})?",
        ),
        # "on the first of March": a day in words
        (
            "day_dm",
            rf"\b(?<=the\s)(?P<d>{'|'.join(DAY_ORDINALS)})\s+of\s+{month_pattern('m')}{_YEAR_TAIL}",
        ),
        (
            "day_dm",
            rf"(?<![\w-]){day_pattern('d')}-{month_pattern('m')}-{_DATED_Y}",
        ),  # "11-Jul-2025"
        ("day_md", rf"{LEAD}{month_pattern('m')}\s+{day_pattern('d')}{_YEAR_TAIL}{_WEEKDAY_TAIL}"),
        ("day_md", _YEAR_FIRST),
        (
            "iso",
            rf"{year_pattern('y')}(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)"
            r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
        ),
        ("holiday", rf"{HOLIDAY}{_YEAR_TAIL}"),
        (
            "numeric",
            r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<y>1[6-9]\d\d|2[01]\d\d)(?!\d)",
        ),
        ("month_year", rf"{month_pattern('m')}(?:\s+of)?,?\s+{_DATED_Y}"),
        ("month_year", rf"^\s*{YEAR_THEN_MONTH}\s*$"),  # a day book's "1906.  June."
        # a CV's "since 03/2019": a month by its number where a date is (not "No. 10/2012")
        ("month_year", rf"{_WHERE_A_DATE}(?P<m>0[1-9]|1[0-2])/{_DATED_Y}(?![\d/])"),
        (
            "months",
            rf"{_WHERE_A_DATE}(?P<m1>0[1-9]|1[0-2])/{_DATED_Y1}(?P<to>\s*[-–—]\s*)"
            rf"(?:(?P<m2>0[1-9]|1[0-2])/)?{_DATED_Y}(?![\d/])",  # "09/2009 - 2012" too
        ),
        # "in January-March", "from May to July": two months without a year.
        (
            "month_span",
            rf"{month_pattern('m1')}(?P<to>\s*[-–—]\s*|\s+(?:to|through|and)\s+)"
            rf"{month_pattern('m2')}",
        ),
        ("month_yy", rf"{month_pattern('m')}\s+['’](?P<yy>\d\d)(?![\d'’])"),  # "May '10"
        # (its end rough: "from 1829 to about 1850")
        (
            "years",
            # (or "c." at both ends: "from c. 1740 to c. 1765"; not "from 400 in 1995 to c. 2000")
            rf"(?:(?<=c\.\s)(?P<c1>))?{year_pattern('y1')}{_TO}"
            rf"(?:(?P<about>about|around|(?(c1)(?:c|ca)\.|(?!)))\s*(?=\d{{4}}))?"
            r"(?P<y2>\d{4}|\d\d)(?![\d])",
        ),
        # "the 2019/20 season", "2008/2009": two years in a row, as a season or fiscal year.
        ("season", rf"{year_pattern('y1')}/(?P<y2>\d{{4}}|\d\d)(?![\d/])"),
        ("decade", r"(?:the\s+)?(?<![\d$€£])(?P<y>1\d\d0|20\d0)'?s\b"),
        # "the '90s": a decade of the last century ("the 30s" may be degrees).
        ("short_decade", r"\b(?i:the)\s+['’](?P<yy>[3-9]0)s\b"),
        # "c. 1200", "ca.1850": approximate, a year of any century the project reads.
        # (not the end of an abbreviation: "P.C. 214", a constable's number)
        (
            "circa",
            r"(?<![A-Za-z]\.)\b(?i:ca?|cca)\.\s*(?P<y>1\d\d\d|20\d\d|[1-9]\d\d)(?![\d%]|[,.]\d)",
        ),
        (
            "part",
            r"\b(?:the\s+)?(?P<part>(?i:first|second|third|fourth|last))\s+(?P<unit>half|quarter)"
            rf"\s+of\s+(?:the\s+year\s+)?{year_pattern('y')}",
        ),
        ("quarter", rf"\b(?P<q>Q[1-4]|H[12]|[1-4]Q)\s+(?:FY\s*)?{year_pattern('y')}"),
        # Without a year, a quarter, or a half "of the year" (a match has halves too).
        (
            "part_of_year",
            r"\b(?:the\s+)?(?P<part>(?i:first|second|third|fourth|last))\s+(?:(?P<unit>quarter)|"
            r"(?P<half>half)(?=\s+of\s+(?:the|this|last|next|previous|the\s+\w+)\s+year))"
            rf"(?:\s+of\s+{_WHICH_YEAR})?\b(?!\s+of\s+\d)",
        ),
        (
            "year_end",
            r"\b(?:the\s+)?(?i:end|start|beginning|middle)\s+of\s+(?:the|this)\s+"
            r"(?P<unit>year|month)\b",
        ),
        ("year", year_pattern("y")),
        ("month", month_pattern("m")),
        *RELATIVE_SHAPES,
    )
)
