"""Which year a date written without one takes: the year of the date named before it, or the
one the tense points to from the publication date (see :mod:`kztimeline.draft.normalise`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from enum import Enum

from kztimeline.dates import PartialDate
from kztimeline.draft.cues import IRREGULAR_PARTICIPLE, MONTH_NUMBERS, MONTH_WORDS, ORDINAL
from kztimeline.draft.found import Side, exists
from kztimeline.draft.tense import ASIDE_BODY, ASIDE_HEAD, Tense, closes_an_opening

__all__ = (
    "AFTER_WORD",
    "THAT_YEAR",
    "Direction",
    "anchored_year",
    "bounds",
    "counted_on",
    "direction",
    "glance_back",
    "in_aside",
    "near_it",
    "opens_on",
    "resolve_year",
    "season_named",
)


class Direction(Enum):
    """What a word just before a date without a year says: ``last``, ``next``, ``this``."""

    BEFORE = "last"
    AFTER = "next"
    THIS = "this"


THAT_YEAR = r"(?i:that|the\s+same)\s+year\b"  # "on 11 September that year": the year told before
# An old letter's month that was or is to come, its word after it: "unpaid since Oct. last",
# "the 1st of April next" (not "the 3rd of May last year", a year's word); before an
# account's sum too ("the 20th Nov. last  1 2 0")
AFTER_WORD = re.compile(
    r"\.?\s+(last|next)\b(?=\s*(?:[,.;:&)]|and\b|$|\d{1,3}(?:\s+\d{1,3}){1,2}\.?$))"
)
_COUNTED_ON = re.compile(rf"{AFTER_WORD.pattern}|,?\s+{THAT_YEAR}")


def counted_on(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` of ``sentence`` is a day counted from another
    ("the 20th Nov. last", "on 9 July that year"), which gives no year to the days told after
    it; not "that year" alone ("The owner died the same year")."""
    written = sentence[start:end]
    if re.fullmatch(rf"(?i:the\s+)?{THAT_YEAR}", written):
        return False
    return bool(_COUNTED_ON.match(sentence, end) or re.search(rf"\s{THAT_YEAR}$", written))


def direction(before: str, tense: Tense) -> Tense | Direction:
    word = re.search(r"\b(last|next|this|coming|past)\s+$", before, re.IGNORECASE)
    if word is None and re.search(
        r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", before, re.I
    ):
        return Tense.PAST  # "risen 40 percent since January": a start already past
    if word is None and re.search(
        # not the adjective: "the last planned meeting"
        r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Ii]ts )(?<!\b[Tt]heir )(?<!\b[Oo]ur )"
        r"(?<!\b[Tt]his )\blast\s+"
        r"(?:[a-z]+ed|seen|held|met|done|run|paid|won|sold)\b[^,;.]{0,60}$",
        before,
    ):
        return Direction.BEFORE  # "was last inspected on January 20": the latest such day
    if word is None:
        return tense
    return {
        "last": Direction.BEFORE,
        "past": Direction.BEFORE,
        "next": Direction.AFTER,
        "coming": Direction.AFTER,
    }.get(word[1].lower(), Direction.THIS)


def resolve_year(first: Side, last: Side, published: date, tense: Tense | Direction) -> int | None:
    """The year of a start written without one, chosen by the tense (see the module)."""
    options: list[tuple[int, date, date]] = []
    for year in (published.year - 1, published.year, published.year + 1):
        start = bounds(replace(first, year=year))
        end_year = year if last.year is None else last.year
        end = bounds(replace(last, year=end_year))
        if start is None or end is None:
            continue
        if end[1] < start[0] and last.year is None:
            end = bounds(replace(last, year=year + 1))
            if end is None:
                continue
        options.append((year, start[0], end[1]))
    if not options:
        return None
    if tense is Direction.AFTER:
        return next((year for year, start, _ in options if start > published), None)
    if tense is Direction.BEFORE:
        before = [year for year, _, end in options if end < published]
        return before[-1] if before else None
    if tense is Direction.THIS:
        return published.year
    if tense is Tense.FUTURE:
        ahead = [option for option in options if option[2] >= published]
        return ahead[0][0] if ahead else None
    if tense is Tense.PAST:
        behind = [option for option in options if option[1] <= published]
        return behind[-1][0] if behind else None
    return min(options, key=lambda option: (abs((option[1] - published).days), -option[0]))[0]


def bounds(side: Side) -> tuple[date, date] | None:
    if side.year is None or not exists(side):
        return None
    point = PartialDate(side.year, side.month, side.day)
    return point.first_day, point.last_day


_ASIDE_OPENS = re.compile(rf"{ASIDE_HEAD}{ASIDE_BODY}$")  # "40,000" is one number


# The rest of an aside, up to its closing comma, with no clause of its own inside ("and
# released its lander,"; "made c. 1790 and on loan since 2012," and "built in 1990 and
# renamed in 2012," are one aside) nor after it ("2022, and released ...").
_ASIDE_CLOSES = re.compile(
    r"(?:(?!\b(?:and|but)\s+(?:then\s+)?(?:[a-z]+ed|took|made|sent|won|began|went|came|gave|"
    r"held|left|lost|sold|built|ran|flew|drew)\s+(?:its|his|her|their|the|a|an)\b)[^,;.]){0,40},"
    r"(?!\s*(?:and|but|then)\s)"
)


def in_aside(sentence: str, start: int, end: int, *, other_year: bool = False) -> bool:
    """Whether the date at ``start:end`` stands in an aside between commas after a name
    ("The club, relegated in 2021, clinched promotion on 19 October"): its year is no guide
    to the year of a date the main clause gives without one. So is a participle's after
    its noun, with no commas, when the text has ``other_year`` to go by ("The P4 mooring
    deployed on 9 September 2022 was recovered on 19 August", in a cruise report of 2024;
    alone, "The man arrested on 3 January 2024 was charged on 5 January" is of 2024)."""
    # (not a clause after an opening phrase, which "and" goes on from: "After a flyby, the
    # probe entered orbit on 2 November 2022(,) and released its lander, Pico, on 19 December")
    opens = _ASIDE_OPENS.search(sentence, 0, start)
    if other_year and _REDUCED.search(sentence, 0, start) and _VERB_NEXT.match(sentence, end):
        return True
    return bool(
        opens
        and not closes_an_opening(sentence, opens.start())
        and _ASIDE_CLOSES.match(sentence, end)
    )


# A participle right after its noun, at the head of the sentence, and its main verb after
# the date: no commas to mark the aside
_REDUCED = re.compile(
    r"^\W*(?:The|A|An|Its|Their|Our)\s+[^,;.]{1,40}?\s"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLE})\s+(?:on|in)\s+$"
)
_VERB_NEXT = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+[a-z]+(?:ed|en|wn)\b")


_BEHIND = 60  # how many days before the day named before a plan may lie in its year


def opens_on(sentence: str, year: int) -> bool:
    """Whether ``sentence`` opens on ``year`` as its time ("In 2024 counts were made on 4
    June"; not a money's "In 2024 prices, the scheme costs ...")."""
    return re.match(rf"\W*(?:In|During)\s+{year}\b(?!\s+(?:prices|terms)\b)", sentence) is not None


def anchored_year(
    first: Side,
    anchor: PartialDate,
    published: date | None,
    tense: Tense | Direction,
    *,
    told_past: bool = False,
    past_perfect: bool = False,
    framed: bool = False,
) -> int | None:
    """The year of the date named before, for a date written without one.

    It is taken when the date before names a day ("entered orbit on August 6, 2014, and
    landed on November 12"), when the text tells of years far from its publication ("in
    1973 ... in June"), when the sentence opens on the year (``framed``: "In 2024 counts
    were made on 4 June"), or when there is no publication date; a month or a year close to
    the publication is often only a comparison ("up from 79 million tonnes in 2015"), so the
    publication date decides then. The tense may still refuse it: a plan that would then be
    past, or a past that would be to come. A day that the year would put long before the
    day named before it takes the next year when that is still before the publication and
    less than twice as far from it, or, in a sentence not ``told_past``, when it lies ahead
    told in the present and is nearer still: a story is told forward more often than back;
    so does one in the weeks just before the publication, unless told back (in the
    past perfect: ``past_perfect``).
    A plan that the year would put long after a plan named before it takes the year before,
    when that is still to come.
    """
    if isinstance(tense, Direction):
        return None  # "last May", "next March" count from the publication date
    near = published is not None and abs(anchor.year - published.year) <= 2
    if near and anchor.day is None and not framed:
        return None
    days = bounds(replace(first, year=anchor.year))
    if days is None:
        return None
    if published is not None and (
        (tense is Tense.FUTURE and days[1] < published)
        or (tense is Tense.PAST and days[0] > published)
    ):
        return None
    behind = days[1] < anchor.first_day - timedelta(days=_BEHIND)
    if published is None and anchor.day is not None and tense is Tense.FUTURE and behind:
        return anchor.year + 1  # "Tue 10 December. ... to arrive on 15 January": ahead
    if published is not None and anchor.day is not None and days[1] < anchor.first_day:
        # "completed on 20 December ... paid on 8 January", written in January: a story
        # that goes on forward crosses into the next year when that is still behind it;
        # "opened in September ... lost the final on 2 May" too, though May is nearer back.
        later = bounds(replace(first, year=anchor.year + 1))
        # Or ahead of the publication, when nearer still: "the AGM on 9 December ... Our
        # season opens on 24 January", in a letter of 14 January. Only told in the present
        # (not "accused of causing the crash on 22 January that killed a cyclist"), and only
        # when the year before is past (not "begins on 19 September, and tickets go on sale
        # on 14 March" in a post of 7 March; nor "last cut the rate on 17 February" after
        # "July 24", which is nearer back).
        ahead = later is not None and later[1] > published
        told_present = tense is Tense.NEUTRAL and not told_past
        year_before_past = days[1] < published
        reach = 1 if ahead else 2
        if (
            later is not None
            and (not ahead or (told_present and year_before_past))
            and tense is not Tense.FUTURE
            and (
                (later[0] - anchor.last_day) < reach * (anchor.first_day - days[1])
                # (or the weeks just before the publication: "Repair work began on 4 November
                # 2024 ... Pedestrians were allowed back on 1 September", told in September;
                # not in the past perfect, "Her keel had been laid on 2 August", told before)
                or (not ahead and not past_perfect and (published - later[1]).days <= _RECENT_DAYS)
            )
        ):
            return anchor.year + 1
    if (
        published is not None
        and anchor.day is not None
        and tense is Tense.FUTURE
        and days[0] > anchor.last_day
    ):
        # "will reopen on 5 January 2026 ... is expected to vote on 11 December", written in
        # November 2025: a plan told after a later one falls before it when that is still
        # to come and less than half as far from it. (Not a timetable's present: "will open
        # on 14 March 2024 ... Its first gala is on 20 December" is the December after.)
        earlier = bounds(replace(first, year=anchor.year - 1))
        if (
            earlier is not None
            and earlier[0] > published
            and 2 * (anchor.first_day - earlier[1]) < days[0] - anchor.last_day
        ):
            return anchor.year - 1
    return anchor.year


_RECENT_DAYS = 31  # how many days before the publication a story's latest news may lie
# What happens in the year that names it: "our 2026 season will open on 12 March".
_SEASON_NAMED = re.compile(
    r"\b(?:the|our|its|their|this|next|a)\s+(\d{4})\s+(?:season|festival|edition|tour|"
    r"championships?|games|tournament|series|congress|conference|fair|show|exhibition|"
    r"regatta|campaign|survey|cruise|expedition|count|census|excavation|dig|field\s+season)\b",
    re.IGNORECASE,
)


def season_named(sentence: str) -> tuple[int, str] | None:
    """Where the year of a season or an event held in it ends ("our 2026 season"), and the
    year, which a day without a year after it in ``sentence`` is of; else ``None``."""
    named = _SEASON_NAMED.search(sentence)
    return None if named is None else (named.end(1), named[1])


def near_it(named: PartialDate | None, day: date, words: str = "") -> bool:
    """Whether ``named`` (the date named last, if any) lies within a year of ``day``, the
    day a letter is written; a letter's own ``words`` ("the 14th inst.") count from ``day``
    too after a year named in passing ("built about 1760").
    """
    if named is None or (named.day is None and _LETTER_S_MONTH.search(words)):
        return True
    return abs((named.first_day - day).days) <= 366


_LETTER_S_MONTH = re.compile(r"\b(?:inst|ult|prox)")


def glance_back(written: PartialDate, frame: PartialDate | None, after: str = "") -> bool:
    """Whether ``written``, a month or a year, lies before the story's own time ``frame``:
    a glance back, which gives no year to the days told after it; not a month whose own
    clause ``after`` it goes on to a day of the few months after (``_MONTHS_ON``) in "that
    year" ("closed in August 2023, and builders started work on 11 September that year")."""
    glance = frame is not None and written.day is None and written.year < frame.year
    if glance and _WHEN_IT_HAPPENED.match(after):
        return False  # "memories of January 2008, when the Hestor went aground on January 4"
    told_on = _GOES_ON.match(after) if glance and written.month is not None else None
    if told_on is None or written.month is None:
        return glance
    month = MONTH_NUMBERS[(told_on["month"] or told_on["first"]).rstrip(".").title()]
    return not 0 < month - written.month <= _MONTHS_ON


# a clause of what happened then, right after the month or year: ", when the cargo ship"
_WHEN_IT_HAPPENED = re.compile(r",?\s+when\s+(?!(?:it|this|that)\s+(?:is|was)\b)")
_MONTHS_ON = 3  # how many months after a month told its clause's day "that year" may lie
# "..., and builders started work on 11 September that year": a day of a later month, in
# the clause after a month told, of its year
_GOES_ON = re.compile(
    rf"[^.;]{{0,40}}?,?\s+(?:and|then)\s+[^.;]{{0,60}}?\b(?:\d{{1,2}}(?:{ORDINAL})?\s+"
    rf"(?P<month>{MONTH_WORDS})|(?P<first>{MONTH_WORDS})\.?\s+\d{{1,2}}(?:{ORDINAL})?\b)\.?,?\s+"
    rf"{THAT_YEAR}"
)
