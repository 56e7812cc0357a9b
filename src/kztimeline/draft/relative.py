"""Relative dates (``yesterday``, ``last week``, ``on Monday``) and the tense that says which
way a date without a year lies from the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

__all__ = (
    "ASIDE_HEAD",
    "MOVED_TO",
    "NUMBER_PATTERN",
    "NUMBER_WORDS",
    "RELATIVE_SHAPES",
    "WEEKDAY_PATTERN",
    "WEEKDAYS",
    "approximately_ago",
    "Tense",
    "plainly_past",
    "shift_of",
    "relative",
    "tense_at",
    "tense_of",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_PATTERN = rf"(?:{'|'.join(WEEKDAYS)})"


NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# "forty-one": the tens and a unit, joined by a hyphen.
NUMBER_WORDS |= {
    f"{tens}{joint}{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    for tens in ("twenty", "thirty", "forty", "fifty")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    for joint in ("-", " ")
}
# The number words above, longest first, for the grammar's patterns; never the end of a
# longer word or of a hyphenated number ("forty-one" is no "one").
NUMBER_PATTERN = rf"(?<![\w-])(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"

# The shapes of relative dates, for the grammar (:mod:`kztimeline.draft.grammar`): counted
# from the publication day, or from the date named before ("anchored", "counted_to").
RELATIVE_SHAPES: tuple[tuple[str, str], ...] = (
    # "last summer", "next spring": the season of the year before or after, by the day.
    (
        "relative_season",
        r"\b(?P<which>(?i:last|next|this|this past|the coming))\s+"
        r"(?P<season>(?i:spring|summer|autumn|fall))\b",
    ),
    (
        "relative_day",
        r"\b(?i:the day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow|tonight|"
        r"this (?:morning|afternoon|"
        r"evening)|last night)\b",
    ),
    (
        "relative_period",
        r"\b(?P<which>(?i:last|next|this|the past|the coming|earlier this|"
        r"later this))\s+(?P<unit>week|month|year)\b",
    ),
    (
        "ago",
        rf"\b(?P<count>\d+|(?i:{NUMBER_PATTERN}))\s+(?P<unit>day|week|month|year|decade)s?\s+"
        r"ago\b",
    ),
    # "will be held in ten days", "in two years' time": counted forward, in the future only.
    (
        "from_now",
        rf"\b(?i:in)\s+(?P<count>\d+|(?i:{NUMBER_PATTERN}))\s+(?P<unit>day|week|month|year)s?"
        r"(?:['’]?\s+time)?\b(?!\s+(?:of|after|before|from))",
    ),
    (
        "weekday",
        rf"\b(?:(?P<which>(?i:last|next|this|on))\s+)?(?P<w>{WEEKDAY_PATTERN})\b"
        # "on Monday last week": the Monday of that week.
        r"(?:\s+(?P<week>(?i:last|next|this))\s+week\b)?",
    ),
    ("annual", r"\b(?i:annually|every year|each year|once a year|yearly)\b"),
    (
        "weekend",
        r"\b(?P<which>(?i:last|next|this past|this|at the|over the|on the))\s+weekend\b"
        r"(?!\s+of\b)",
    ),
    (
        "anchored",
        # "over the following days" is a stretch; "took over the following day", a day
        r"(?:(?<!\bover )|(?<=\btook over )|(?<=\btake over )|(?<=\btakes over )|"
        r"(?<=\bhanded over ))(?<!\bwithin )(?<!\bduring )(?<!\bfor )"
        r"\b(?i:the\s+(?P<which>following|next|previous|same)\s+"
        rf"(?:(?P<one>day|month|year)|(?P<weekday>{WEEKDAY_PATTERN})|(?P<part>morning|afternoon|"
        r"evening|night))|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<that>day|month|year|spring|summer|"
        r"autumn|fall)"
        rf"(?!-)|(?P<count>{NUMBER_PATTERN}|\d+)\s+(?P<unit>day|week|month|year|decade)s?\s+"
        r"(?P<way>later|earlier)|the\s+(?P<alone>day|month|year)\s+(?P<side>before|after)"
        # "the day after" alone; "the day after the vote" counts from the vote instead.
        r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|[A-Z0-9]))"
        # "...entered orbit on 16 August and lowered it on the 22nd": a day of that month.
        r"|on\s+the\s+(?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\s+(?!and\b|at\b)[A-Za-z]))\b",
    ),
    # "restored on 16 January, two days after an accident": the date of the accident,
    # counted back from the date just before.
    (
        "counted_to",
        rf"\b(?P<count>(?i:{NUMBER_PATTERN})|\d+)\s+(?P<unit>day|week|month|year)s?\s+"
        r"(?P<way>after|before)(?=\s+(?:an?|the|his|her|its|their)\s)",
    ),
)


# ", relegated in 2021," / ", which opened in 1998,": the head of a clause between commas
# that tells of the subject's past, not of the time the sentence's own verb speaks of.
ASIDE_HEAD = (
    r",\s*(?:(?:first|once|later|then|formerly|originally|already)\s+)?(?:who|which|whose|"
    r"(?!(?:and|but|or|then|when|while|since|after|before)\b)[a-z]+(?:ed|en|wn|lt|ught)|"
    # participles that end otherwise: ", first held in 1974,", ", made c. 1740,"
    r"made|sold|held|paid|laid|kept|left|lost|won|born|dug|hung|found|run|set|shut|"
    # a state: ", in place since 2016,", ", on loan since 2019,", ", in charge since June 2021,"
    r"(?:in|on|at)\s+(?:[\w-]+\s+){1,3}?(?=since\b)|"
    # a noun told by its past: ", the family-owned carrier founded in Bremen in 1887,"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?(?=(?:[a-z]+(?:ed|en|wn)|built|born|made)\s)|"
    # a role held over years: ", vicar here from 1989 to 2006,"
    r"(?:[a-z]+\s+){1,3}?from(?=\s))"
)
_ASIDE = re.compile(rf"{ASIDE_HEAD}[^,;]*,")


class Tense(Enum):
    """Which way a sentence looks from its publication date."""

    PAST = "past"
    FUTURE = "future"
    NEUTRAL = "neutral"


# A meeting or a hearing put off to a new day: "was adjourned to 22 April", "Continued to
# April 22". The new day is a point still to come when it was set, no bound.
MOVED_TO = re.compile(
    r"\b(?:adjourned|postponed|deferred|rescheduled|put\s+off|pushed\s+back|brought\s+forward|"
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<![\w ]))continued)"
    r"(?:\s+(?:again|further|once\s+more))?\s+(?:to|until|till)\s+$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|would|must(?!\s+have)|(?:is|are)\s+(?:also\s+|still\s+|now\s+|"
    r"then\s+|soon\s+)?(?:to|due)|"
    r"(?:scheduled|planned|expected|set|"
    r"going|slated|projected|estimated|due) to|(?:scheduled|planned|expected|slated|projected|"
    r"due|set) (?:for|in|on|from)|due by|plans? to|intends? to|expects?|aims? to|hopes? to|"
    r"to be held|"
    # "approved the budget for next year on 5 May": a period something is for, no tense;
    # "tickets for next week's show": a thing still to come
    r"upcoming|forthcoming|(?<!\bfor )next|(?<=\bfor )next(?=\s+\w+['’]s\b)|"
    r"(?:promised|pledged|vowed|undertaken|undertook|offered) to)\b"
    # A forecast said by who makes it: "we project a fall of 0.5 m by 2050".
    r"|\b(?:we|they|I)\s+(?:[a-z]+ly\s+)?(?:project|forecast|predict|anticipate)\b"
    # "2025 (scheduled): Renegotiation of the Compact": a timeline's entry marked as a plan
    r"|\((?:scheduled|planned|expected|proposed|provisional|projected|forthcoming)\)"
    # "is planned", "are scheduled": a plan without the verb it plans; "to be paid on":
    # a duty still to do, unless reported ("appeared to be damaged").
    r"|\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:planned|scheduled|envisaged|"
    r"foreseen|proposed|expected)\b"
    r"|(?<!\bappear )(?<!\bappears )(?<!\bappeared )(?<!\bseem )(?<!\bseems )"
    r"(?<!\bseemed )(?<!\bbelieved )(?<!\bthought )(?<!\bknown )(?<!\bfound )(?<!\bsaid )"
    r"\bto be [a-z]+(?:ed|en|id|wn|lt|ld)\b"
    # Reported speech looks forward from the day it was spoken: "said that pensions would".
    r"|\b(?:that|said|says|told\s+\w+)\s+(?:[\w'’-]+\s+){0,5}?would\b"
    r"|'ll\b",
    re.IGNORECASE,
)
# A verb in the present after "before", "until", "when" or "once" speaks of the future:
# "before the minister arrives on Saturday".
_FUTURE_CLAUSE = re.compile(
    r"\b(?:before|until|till|when|once|as soon as|by the time)\s+(?:[\w'’-]+\s+){0,5}?"
    r"[a-z]+s\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# After "be" or "been" a participle is a passive ("will be held"), not a past tense.
_PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )"
    r"\b(?:was|were|had|did|took|held|said|became|met|won|gave|made|came|went|began|told|saw|"
    r"rose|fell|left|brought|sent|spoke|wrote|found|struck|lost|sold|bought|built|fought|"
    r"caught|ago|yesterday|"
    # "last" as in "last week", not the verb of "will last until Friday".
    r"(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )last|"
    # The present perfect tells of the past: "has risen", "have been".
    r"(?:has|have)\s+(?:not\s+|already\s+|just\s+)?(?:been|[a-z]+(?:ed|en|wn)|cut|put|set|"
    r"hit|won|held|made|paid|sold|bought|built|left|lost|kept|met|led|spent|sent|brought|"
    r"found|told|said|struck|become|come|run|begun|risen|fallen|grown|shown))\b",
    re.IGNORECASE,
)
# A verb in -ed, lower case, not an adjective after an article or a number ("the 18 elected
# members", "newly elected", "will remain docked"), nor a word that merely ends so ("indeed",
# "DC-based").
_PAST_ED = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bnewly )(?<!\bbe )"
    r"(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\d )(?<!-)(?<!\bremain )(?<!\bstay )(?<!\bget )"
    r"\b(?!(?:indeed|need|speed|proceed|exceed|succeed|seed|feed|breed|hundred|kindred|sacred|"
    r"naked|wicked|rugged|beloved|red|bed|shed)\b)[a-z]{2,}ed\b"
)


# Present-tense verbs that schedule ("the forum opens on 20 November") look neither way.
_PRESENT = re.compile(
    r"\b(?:is|are|am|opens|ends|begins|starts|runs|hosts|meets|closes|continues|takes place|"
    r"beginning(?!\s+of)|starting(?!\s+(?:of|in))|effective|running)\b",
    re.IGNORECASE,
)
_MARKERS = ((_FUTURE, Tense.FUTURE), (_PAST, Tense.PAST), (_PAST_ED, Tense.PAST))
_PRIORITY = {Tense.FUTURE: 2, Tense.PAST: 1, Tense.NEUTRAL: 0}


@lru_cache(maxsize=64)
def _markers(sentence: str) -> tuple[tuple[int, int, Tense, int], ...]:
    """The tense markers of ``sentence`` (start, end, tense), each with the end of the
    aside it stands in (past the sentence's end for none). Read once a sentence: every
    date of a long one asks for them."""
    asides = [aside.span() for aside in _ASIDE.finditer(sentence)]
    found = []
    for pattern, tense in (*_MARKERS, (_PRESENT, Tense.NEUTRAL)):
        for match in pattern.finditer(sentence):
            start, end = match.span()
            # a quadratic walk over markers and asides, once per sentence, not per date
            inside = [close for begin, close in asides if begin < start and end <= close]
            found.append((start, end, tense, min(inside, default=len(sentence) + 1)))
    return tuple(found)


def tense_at(sentence: str, position: int) -> Tense:
    """The tense of the verb that governs a date at ``position`` in ``sentence``.

    That is the nearest tense marker before the date ("will hold ... on 26 April", "said on
    Wednesday"), else the nearest after it ("In March the parliament approved"); a verb in
    the present ("opens", "is hosting") counts as neither way. No marker: neutral.
    """
    if MOVED_TO.search(sentence, max(0, position - 60), position):
        return Tense.FUTURE  # "was adjourned to 22 April": a day set ahead
    markers = _markers(sentence)
    # A verb in an aside closed before the date tells of the subject's past, not of the
    # date: "The festival, first held in 1974, returns on 12 July".
    before = [marker[:3] for marker in markers if marker[1] <= position and marker[3] > position]
    clause = _FUTURE_CLAUSE.search(sentence, max(0, position - 120), position)
    if before:
        nearest = max(before, key=lambda marker: (marker[1], _PRIORITY[marker[2]]))
        if clause is not None and (nearest[2] is Tense.NEUTRAL or nearest[1] <= clause.start()):
            return Tense.FUTURE
        return nearest[2]
    if clause is not None:
        return Tense.FUTURE
    after = [marker for marker in markers if marker[0] >= position]
    if after:
        return min(after, key=lambda marker: (marker[0], -_PRIORITY[marker[2]]))[2]
    return Tense.NEUTRAL


# Auxiliaries and irregular pasts: unlike a word in -ed, never an adjective ("the 18
# elected nations") or the first verb of a list that goes on in the present.
_PLAIN_PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:was|were|had|did|took|held|said|became|met|won|gave|"
    r"made|came|went|began|told|left|sent|spoke|wrote)\b",
    re.IGNORECASE,
)


def plainly_past(sentence: str, position: int) -> bool:
    """Whether the date at ``position`` is governed by a verb that is surely in the past
    ("was arrested on July 31, 2013"): an auxiliary or an irregular past, and no marker
    of the future nearer to it."""
    markers = [
        (match.start(), match.end(), tense)
        for pattern, tense in ((_FUTURE, Tense.FUTURE), (_PLAIN_PAST, Tense.PAST))
        for match in pattern.finditer(sentence)
    ]
    before = [marker for marker in markers if marker[1] <= position]
    after = [marker for marker in markers if marker[0] >= position]
    if before:
        return max(before, key=lambda marker: marker[1])[2] is Tense.PAST
    return bool(after) and min(after, key=lambda marker: marker[0])[2] is Tense.PAST


# "The bill is adopted in second reading.": a decision stated in the present, as a
# record or a statement states it on its own day.
def tense_of(sentence: str) -> Tense:
    """Whether ``sentence`` speaks of the future, the past, or cannot tell.

    A future marker (``will``, ``is to``, ``upcoming``, ``next``...) wins over a past one
    (``was``, ``said``, a verb in ``-ed`` that is not an adjective after ``the``).
    """
    if _FUTURE.search(sentence):
        return Tense.FUTURE
    if _PAST.search(sentence) or _PAST_ED.search(sentence):
        return Tense.PAST
    return Tense.NEUTRAL


def approximately_ago(match: re.Match[str], published: date) -> str:
    """ "about two weeks ago": the day, month or year the count comes to, approximate, not
    the whole week or month it falls in."""
    count = match["count"].lower()
    step = int(count) if count.isdigit() else NUMBER_WORDS[count]
    unit = match["unit"]
    if unit in ("day", "week"):
        return (published - timedelta(days=step * (7 if unit == "week" else 1))).isoformat() + "~"
    if unit == "month":
        return _month_of(published.year, published.month - step) + "~"
    return f"{published.year - step * (10 if unit == 'decade' else 1):04d}~"


def _week_of(day: date) -> str:
    monday = day - timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _month_of(year: int, month: int) -> str:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _weekend(which: str, published: date, tense: Tense) -> str:
    """Saturday and Sunday: of the week of publication (``this``), the week before
    (``last``), after (``next``); "at the weekend" goes by the tense."""
    this_saturday = published + timedelta(days=5 - published.weekday())
    if which in ("last", "this past"):
        saturday = this_saturday - timedelta(weeks=1)
    elif which == "next":
        saturday = this_saturday + timedelta(weeks=1)
    elif which == "this":
        saturday = this_saturday
    elif tense is Tense.PAST:
        # The weekend just gone: on a Sunday, the one that is ending.
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    else:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # the month each begins


def _season(which: str, season: str, published: date) -> str:
    """The year of a season named from the publication: ``last`` the latest one already
    over, ``next`` the first one not begun, ``this`` this year's."""
    first = _SEASONS[season]
    year = published.year
    if which in ("last", "this past"):
        year -= published.month <= first + 2  # the latest one that is over
    elif which in ("next", "the coming"):
        year += published.month >= first
    return f"{year:04d}"


def relative(name: str, match: re.Match[str], published: date, tense: Tense) -> str | None:
    """The EDTF value of a relative expression that the grammar matched as ``name``,
    counted from ``published``; ``tense`` decides which way a bare weekday lies."""
    text = match.group().lower()
    if name == "relative_day":
        shift = {
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }.get(text, 0)
        return (published + timedelta(days=shift)).isoformat()
    if name in ("relative_period", "ago", "from_now"):
        if name != "relative_period":
            if name == "from_now" and tense is not Tense.FUTURE:
                return None  # "in two years" of a past story counts from no known day
            count = match["count"].lower()
            step = int(count) if count.isdigit() else NUMBER_WORDS[count]
            step = step if name == "from_now" else -step
        else:
            which = match["which"].lower()
            step = {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(which, 0)
        unit = match["unit"]
        if unit == "decade":
            unit, step = "year", step * 10
        if unit == "day":
            return (published + timedelta(days=step)).isoformat()
        if unit == "week":
            return _week_of(published + timedelta(weeks=step))
        if unit == "month":
            return _month_of(published.year, published.month + step)
        return f"{published.year + step:04d}"
    if name == "weekend":
        return _weekend(match["which"].lower(), published, tense)
    if name == "relative_season":
        return _season(match["which"].lower(), match["season"].lower(), published)
    # A weekday: "last" and the past tense look back, "next" and the future forward.
    which = (match["which"] or "").lower()
    target = WEEKDAYS.index(match["w"])
    if match["week"]:
        weeks = {"last": -1, "next": 1}.get(match["week"].lower(), 0)
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=weeks)
        return (monday + timedelta(days=target)).isoformat()
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    if which == "last" or (which != "next" and tense is Tense.PAST):
        return (published - timedelta(days=back)).isoformat()
    if which == "next" or tense is Tense.FUTURE:
        return (published + timedelta(days=forward or 7)).isoformat()
    if _SCHEDULED.search(match.string, 0, match.start()):
        return (published + timedelta(days=forward or 7)).isoformat()
    shift = -back if back < forward else forward
    return (published + timedelta(days=shift)).isoformat()


# "The final starts on Friday": a verb of a timetable, in the present, before its weekday
# speaks of the coming one (the past one would be "started").
_SCHEDULED = re.compile(
    r"\b(?:opens|starts|begins|resumes|kicks off|takes place|closes|ends|meets|arrives|"
    r"departs|leaves|plays|faces|hosts|goes on sale|comes into force)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:on\s+)?(?:this\s+)?$",
    re.IGNORECASE,
)


def shift_of(match: re.Match[str]) -> tuple[int, str]:
    """How far from the date named before: a count of days, months or years, or of weeks
    to a weekday ("the following Friday" is ``(1, "friday")``)."""
    groups = match.groupdict()
    if groups.get("nth"):
        return int(match["nth"]), "day of the month"
    if groups.get("alone"):
        return (1 if match["side"].lower() == "after" else -1), match["alone"].lower()
    if groups.get("that"):
        unit = match["that"].lower()  # "later that year", "that autumn": the year before
        return 0, unit if unit in ("day", "month") else "year"
    if groups.get("which"):
        step = {"following": 1, "next": 1, "previous": -1, "same": 0}[match["which"].lower()]
        if match["part"]:
            return step, "day"  # "the next morning"
        return step, (match["one"] or match["weekday"]).lower()
    count = match["count"].lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    unit = match["unit"].lower()
    if unit == "decade":
        number, unit = number * 10, "year"
    if unit == "week":
        number, unit = number * 7, "day"
    return (number if match["way"].lower() in ("later", "after") else -number), unit
