"""The pieces the written shapes of a date are built from (see
:mod:`kztimeline.draft.grammar`): a day of the month, a month's name, a year, and the
weekday (or an entry's number) that may stand before them."""

from __future__ import annotations

from kztimeline.draft.cues import COUNTED, MONTH_WORDS, ORDINAL
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = (
    "ENTRY_NUMBER",
    "ERA_YEAR",
    "HOLIDAY",
    "HOLIDAYS",
    "LEAD",
    "LETTERED_ITEM",
    "MORE_DAYS",
    "WEEKDAY_AND_DAY",
    "WEEKDAY_LEAD",
    "day_pattern",
    "month_pattern",
    "YEAR_THEN_MONTH",
    "year_pattern",
)

# A lettered item's mark: "a)", "(b)", "(iv)"
LETTERED_ITEM = r"(?:\(?[a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))"
_ENTRY_LABELS = (
    "Update Bulletin Message Alert Notice Report Issue Edition Entry Walk Visit Survey Count "
    "Round Heat Race Leg Game Match Day Week Phase Part Session Episode"
).split()
# An entry's number, as a record numbers its entries: "Update 2" over "20 January 2025,
# 14:30", "Walk 1 - 12 April 2024", "UPDATE 6 — 14 Aug 2025, 18:00", "Day 12 - Tuesday 9
# January 2024" (no day of a run); its label as a title or in capitals, never in lower case
ENTRY_NUMBER = (
    rf"(?-i:{'|'.join(_ENTRY_LABELS)}|{'|'.join(label.upper() for label in _ENTRY_LABELS)})\s+"
    # (or with its year: "Notice 2024/09", "NOTICE 14/2025"; not a run's "Day 3/14")
    r"(?:No\.?\s*|#)?(?:\d{4}/\d{1,4}|\d{1,4}/\d{4}|\d{1,4})"
)


def month_pattern(name: str) -> str:
    """A regular expression for a month name or abbreviation, captured as ``name``."""
    return rf"(?P<{name}>{MONTH_WORDS})\b\.?"


def day_pattern(name: str) -> str:
    """A regular expression for a day of the month (``5``, ``05``, ``5th``, the old ``3d``),
    as ``name``."""
    return rf"(?<![\d.,])(?P<{name}>[12]\d|3[01]|0?[1-9]){ORDINAL}?(?![\d:])"


def year_pattern(name: str, *, after_month: bool = False) -> str:
    """A regular expression for a year from 1600 to 2199, captured as ``name``; from 1000
    ``after_month`` ("on 8 September 1503"), unless a count or a verb follows it ("In May
    1500 workers struck", "By June 1200 had signed up")."""
    # Not part of a longer number ("2,012", "12012"), a percentage or an amount.
    # an early year, not a count after a month: "in May 1500 workers struck"
    early = (
        rf"1[0-5]\d\d(?!{COUNTED.pattern}|\s+(?:had|have|has|were|are|will|would)\b)|"
        if after_month
        else ""
    )
    return (
        rf"(?<![\d,.$€£])(?P<{name}>{early}1[6-9]\d\d|2[01]\d\d)"
        r"(?![\d]|[,.]\d|\s*(?:%|per\s?cent|B\.?C\.?E?\b))"
    )


# A day book's year and month: "1906.  June."
YEAR_THEN_MONTH = rf"{year_pattern('y')}\.\s+{month_pattern('m')}"
# a weekday before a day, in capitals too ("THU 17 OCT"), or two before two ("Sat-Sun 10-11 May")
_WEEKDAY = rf"(?i:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})"
LEAD = rf"(?:(?:{_WEEKDAY}\s*[-–&/]\s*)?{_WEEKDAY},?\s+)?(?:the\s+)?"
# a weekday written before its day: "Tuesday 14th April 1812.", "Sat., Aug. 17, 2024"
WEEKDAY_LEAD = rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\.?,?\s+"
# a weekday and its day of the month, the month told above: "Wednesday 15th", "Tues. 4th", a
# card's "Sat 13"
WEEKDAY_AND_DAY = rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}),?\s+\d{{1,2}}(?:st|nd|rd|th)?"
# the further days of a row's, before their month: "Thurs. 10th[ & 17th] July", "Tues. 5th[ -
# Thurs. 7th] Aug", "1[-2] June"
MORE_DAYS = rf"(?:\s*(?:&|and|[-–])\s*(?:{WEEKDAY_LEAD})?\d{{1,2}}(?:st|nd|rd|th)?)"

# A year after its era, after a word of time: "circa AD 70", "in AD 122"; not "the museum's
# AD 1000 gallery".
ERA_YEAR = (
    "(?:"
    + "|".join(
        rf"(?<=\b{cue} )"
        # ("c. AD 1150", a radiocarbon date's "cal AD 1320-1390")
        for cue in ("in", "by", "of", "circa", "about", "around", r"c\.", "cal")
    )
    + r")(?:AD|A\.D\.)\s+(?P<y>[1-9]\d{0,3})(?:\s*[-–]\s*(?P<y2>[1-9]\d{0,3}))?(?![\d%]|[,.]\d)"
)

# Days that keep their date: "Christmas Day 2010", "New Year's Eve", "since Christmas 1915",
# an old letter's "on Christmas day",
# and the old quarter days a lease or a letter names ("the living from Lady Day next";
# not a thing named by one: "Michaelmas Term", "a Michaelmas fair", "the Michaelmas Sessions")
HOLIDAY = (
    r"\b(?P<h>Christmas(?: Day| Eve|(?= \d{4}))|New Year[’']s (?:Day|Eve)|"
    # (in lower case only where the day ends its phrase: not "Christmas day collections")
    r"(?:Christmas|New Year[’']s) (?:day|eve)(?=\s*[,.;:)]|\s*$|\s+(?:and|but|or|when|we|I|"
    r"he|she|they|it|the|at|in|to|till|until|with|last|next)\b)|"
    # (or alone after a bound, ending its phrase: "sail for home before Christmas, God
    # willing", "back by Christmas."; not "before Christmas shopping", nor a day counted back
    # from it, "the Sunday before Christmas")
    + "(?:"
    + "|".join(rf"(?<=\b{cue} )" for cue in ("before", "by"))
    + r")(?<!days before )(?<!day before )(?<!week before )(?<!weekend before )(?<!night before )"
    + r"(?<!month before )(?<!ever before )"
    + r"Christmas(?=\s*[,.;:)!]|\s*$|\s+(?:and|but|or|if|when|we|I|he|she|they|God)\b)|"
    r"(?:Lady Day|Midsummer Day|Candlemas|Martinmas|Michaelmas)(?!\s+(?i:term|sittings|session)\b)"
    r"(?!\s+(?!(?i:next|last|following|and|or|in|of|to|at|on|by|when|with|until|till|for|"
    r"before|after|is|was|the|this|that|we|he|she|they|it)\b)[A-Za-z]))"
)
# Each one's month and day, by its name
HOLIDAYS = {
    "Christmas": (12, 25),
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1),
    "Christmas eve": (12, 24),
    "Christmas day": (12, 25),
    "New Year's eve": (12, 31),
    "New Year's day": (1, 1),
    "Lady Day": (3, 25),
    "Midsummer Day": (6, 24),
    "Candlemas": (2, 2),
    "Michaelmas": (9, 29),
    "Martinmas": (11, 11),
}
