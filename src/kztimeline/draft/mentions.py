"""A date found in a sentence, and which of several found stand: two offered as
alternatives ("on Monday or Tuesday") become one uncertain interval, and a possessive that
a closer date names ("next year's race ... on 27 September") gives way to it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from kztimeline.dates import PartialDate
from kztimeline.draft.done import deadline_met
from kztimeline.draft.numbers import NUMBER_WORDS
from kztimeline.draft.weekdays import WEEKDAY_PATTERN
from kztimeline.edtf import parse_date, parse_partial_date

__all__ = (
    "HOUR_NOTE",
    "Mention",
    "a_weekday_alone",
    "a_row_s_run",
    "a_run_of_days_counted",
    "alternatives",
    "in_the_entry_s_year",
    "lifespan",
    "named_by_a_closer",
    "names_a_day",
    "names_a_run_of_days",
    "one_fact_a_day",
    "only_the_report",
    "counted_from",
    "weekdays_in_order",
)


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
HOUR_NOTE = "the day named before it in its entry, at the hour it tells"
"""The note of a day told by the hour something was done at in its entry ("issued a tsunami
advisory at 03:25" under "Update 1 — 19 January 2025"): each hour its own fact."""
_TIME_OF = re.compile(r"\b(?:on|in|at|from|until|till|during)\s+(?:the\s+)?$", re.IGNORECASE)
_SAME_TIME = re.compile(
    r"(?i:the\s+same|that|later|the\s+next|the\s+following|last|this|yesterday|today|tonight)\b"
)
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but)\s+(?!(?:on|in|at|by)\s)")  # (not ", and on 3 May")


def one_fact_a_day(mentions: list[Mention], sentence: str) -> list[Mention]:
    """``mentions`` of ``sentence`` with a day said twice in one clause once ("Two weeks
    later, on 20 May"), the last time; but each hour of a day told in its clause ("issued an
    advisory at 03:25 and cancelled it at 04:40"), and a day told again as a time in a clause
    of its own ("Arrival is expected on 10 Oct, and storm levels are likely on 10 and 11
    Oct"; not as a name: "; the letter was dated 3 May 2024")."""
    clauses = [match.start() for match in _NEW_CLAUSE.finditer(sentence)]

    def key(mention: Mention) -> tuple[str, bool, int]:
        if HOUR_NOTE in mention.notes:
            return mention.value, mention.term, mention.start
        # (a day said again as a name is no fact: "; the letter was dated 3 May 2024", "14
        # April is the first day of the holidays", "tickets for 19 July")
        told = _TIME_OF.search(sentence, max(0, mention.start - 12), mention.start) or (
            _SAME_TIME.match(mention.text)  # "and the directors recommended it the same day"
        )
        return mention.value, mention.term, -1 - bisect_right(clauses, mention.start) * bool(told)

    last = {key(mention): mention for mention in reversed(mentions)}
    return [mention for mention in mentions if last[key(mention)] is mention]


_FEW_DAYS = 31  # the longest span of days whose last one a count after it starts from


def counted_from(value: str, sentence: str, at: int) -> tuple[PartialDate, PartialDate] | None:
    """The days a count back and a count forward after ``value`` start from ("two days
    earlier", "the following year"): the date itself, both ways; a state's first day
    ("since 1992, six years after the charity was founded"); the first and the last of a
    span of years ("used from 1802 to 1825 ... introduced the following year") or of a few
    days ("Sampling took place from 2 to 6 February 2024. The spacecraft departed about
    three months later"); no deadline ("must be replaced by 31 December. If you cannot be at
    home on that day"), unless ``sentence`` tells it met before ``at``, where the date is
    ("moved out by August 31, 2019, and stopped paying rent the following month"); and no
    other span."""
    start = value.removesuffix("/..").rstrip("~?")
    if start.startswith("../") and deadline_met(sentence, at):
        start = start.removeprefix("../")
    ends = re.fullmatch(r"(\d{4})/(\d{4})|(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", start)
    if ends and ends[1]:
        return parse_partial_date(ends[1]), parse_partial_date(ends[2])
    if ends and (date.fromisoformat(ends[4]) - date.fromisoformat(ends[3])).days <= _FEW_DAYS:
        return parse_partial_date(ends[3]), parse_partial_date(ends[4])
    if "/" in start:
        return None
    # ("set up in about 2016 and opened its first line two years later": about 2018 too)
    day = parse_partial_date(start + ("~" if value.rstrip("?").endswith("~") else ""))
    return day, day


def names_a_day(value: str) -> bool:
    """Whether ``value``, a drafted EDTF value, is one whole day (``2024-05-03``)."""
    return _DAY.fullmatch(value) is not None


def names_a_run_of_days(value: str) -> bool:
    """Whether ``value`` is a run of whole days (``2026-01-16/2026-01-18``)."""
    first, slash, last = value.partition("/")
    return bool(slash) and names_a_day(first) and names_a_day(last)


@dataclass(frozen=True, slots=True)
class Mention:
    """A date found in a sentence.

    ``start`` and ``end`` delimit ``text`` in the sentence; ``value`` is the EDTF form
    (``2012-11-14/2012-11-16``, ``../2012``). ``term`` marks a period joined from a start and
    an ``until``; ``annual`` a statement said to repeat every year; ``planned`` a date the
    text looks forward to (``will be launched in``), not yet past. ``notes`` say how a date
    not written in full was completed ("year from 2014-08-06, the date named before it").
    """

    start: int
    end: int
    text: str
    value: str
    term: bool = False
    annual: bool = False
    parts: tuple[tuple[int, int], ...] = ()
    planned: bool = False
    notes: tuple[str, ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the date expressions are: the two ends of a term, else the whole mention."""
        return self.parts or ((self.start, self.end),)


# "Abai Kunanbayev (10 August 1845 – 6 July 1904) was a poet": a name opening the sentence,
# the span in brackets after it, and "was" or "is" after them; not a war or a reign.
_LIFE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){1,4}\((?P<about>(?:c|ca)\.\s*|circa\s+)?$")
_NOT_A_LIFE = re.compile(
    r"\b(?:War|Empire|Dynasty|Khanate|Republic|Union|Revolution|Period|Era|Age|Crisis|Games|"
    r"Olympics|Cup|Championships?|Expedition|Campaign|Siege|Battle|Conference|Treaty)\b"
)


def lifespan(sentence: str, mention: Mention) -> list[Mention]:
    """A life's span in brackets after a name as two facts, birth and death; else
    ``mention`` alone."""
    before, after = sentence[: mention.start], sentence[mention.end :]
    dash = re.search(r"\s*[-–—]\s*", mention.text)
    life = _LIFE.match(before)
    if (
        dash is None
        or mention.value.count("/") != 1
        or ".." in mention.value
        or life is None
        or _NOT_A_LIFE.search(before)
        or not re.match(r"\)\s+(?:was|is)\b", after)
    ):
        return [mention]
    first, last = mention.value.split("/")
    if life["about"]:
        last = last.rstrip("~")  # "(c. 1890-1962)": the birth is approximate, not the death
    middle = mention.start + dash.start(), mention.start + dash.end()
    return [
        replace(mention, end=middle[0], text=sentence[mention.start : middle[0]], value=first),
        replace(mention, start=middle[1], text=sentence[middle[1] : mention.end], value=last),
    ]


_OR = re.compile(r",?\s+or\s+(?:on\s+|in\s+)?")


def alternatives(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "On Monday or Tuesday", "in 2011 or 2012": one of two dates, not both. They become
    one uncertain interval (``2024-04-15?/2024-04-16?``), so that no event claims a date
    the text only offers as a possibility."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _OR.fullmatch(sentence[previous.end : mention.start])
            and "/" not in previous.value + mention.value
            and len(previous.value) == len(mention.value)
            and previous.value < mention.value
            and not previous.value.endswith(("?", "~", "%"))
            and not mention.value.endswith(("?", "~", "%"))
        ):
            joined[-1] = replace(
                previous,
                end=mention.end,
                text=sentence[previous.start : mention.end],
                value=f"{previous.value}?/{mention.value}?",
            )
        else:
            joined.append(mention)
    return joined


# (a colon opens what says it closer; so does a possessive's phrase set off by commas: "next
# year's race, scheduled for April 26,")
_SAME_CLAUSE = re.compile(r"[^,;.]*|['’]s\s+[\w ]{1,40},\s+(?:scheduled|set|planned|due)\s+for\s+")


def named_by_a_closer(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` is a possessive ("Next year's race will be held on 27 September
    2020"), a year before a noun ("the 1995 constitution was adopted on 30 August 1995") or
    a year named in words ("Last year I sowed them around 20 March") that another date of
    the sentence names more closely: only the closer one is stated."""
    adjective = re.search(
        r"\b(?:the|a|an|its|their|his|her|this)\s+$", sentence[: mention.start], re.I
    )
    # "Last year I sowed them around 20 March", "Next spring we travel: our tour runs from 3
    # to 14 April 2026": the day after it, in its clause, says which
    in_words = (
        re.fullmatch(
            r"(?i:last|this|next)\s+(?:year|spring|summer|autumn|fall|winter)", mention.text
        )
        is not None
    )
    if "/" in mention.value or not (
        sentence.startswith(("'s", "’s"), mention.end)
        or (adjective and re.match(r"\s+[A-Za-z]", sentence[mention.end :]))
        or in_words
    ):
        return False  # "the 1995 constitution ... adopted on 30 August 1995": the day says it
    outer = parse_date(mention.value.rstrip("~"))
    return any(
        other is not mention
        and (not in_words or _SAME_CLAUSE.fullmatch(sentence, mention.end, other.start))
        and ".." not in other.value  # "the 2025 championships, from 12-15 June 2025" names it
        and other.value != mention.value
        and outer.known_first_day
        <= parse_date(other.value.rstrip("~")).known_first_day
        <= outer.known_last_day
        for other in mentions
    )


_A_WEEKDAY = re.compile(rf"(?:on\s+)?{WEEKDAY_PATTERN}", re.IGNORECASE)


def a_weekday_alone(text: str) -> bool:
    """Whether ``text`` is a weekday and no more ("Monday", "on Monday")."""
    return _A_WEEKDAY.fullmatch(text) is not None


_LISTED = re.compile(r",\s*|,?\s+and\s+")
# (or, after a plan, told one after the other: "host Carlton Town on Tuesday and then travel
# to Pelham on Saturday"; not "resigned on Monday before he was arrested on Friday")
_THEN = re.compile(r",?\s+(?:and\s+)?(?:then|before|followed\s+by)\b[^.;,]{0,60}?\s+")


_REPORTING = r"(?:said|announced|told\s+\w+|stated|reported|confirmed|disclosed|revealed)"
# "X today announced that ...", "X said on Monday that ...", "X announced today that ...".
_REPORT_AFTER = re.compile(rf"\s*{_REPORTING}(?:\s+\w+)?\s+that\b")
_REPORT_BEFORE = re.compile(rf"\b{_REPORTING}\s+(?:on\s+)?$")


def only_the_report(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` dates only the saying of a report whose own words give the fact
    a date of its own ("Nomad Rail today announced that its depot opened on 3 June", "the
    ministry said on Monday that the bridge had reopened on 1 May"): the fact is that
    date's; the day it was told is no event. A report with no date of its own ("said on
    Monday that it had signed"), or of a plan ("announced today that it will open a line
    on 2 June"), keeps the day it was told: the announcement is the fact."""
    after = _REPORT_AFTER.match(sentence, mention.end)
    if after is None:
        that = re.match(r"\s*,?\s*that\b", sentence[mention.end :])
        if that is None or not _REPORT_BEFORE.search(sentence, 0, mention.start):
            return False
        end = mention.end + that.end()
    else:
        end = after.end()
    return any(
        other.start >= end and other.value != mention.value and not other.planned
        for other in mentions
    )


def weekdays_in_order(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Weekdays listed in a row ("on Monday and Wednesday") lie in one run of days, each
    after the one before it; each was resolved on its own, so one that comes out on or
    before the day listed before it is moved on by a week."""
    ordered: list[Mention] = []
    for mention in mentions:
        previous = ordered[-1] if ordered else None
        if (
            previous is not None
            and a_weekday_alone(previous.text)
            and a_weekday_alone(mention.text)
            and (
                _LISTED.fullmatch(sentence[previous.end : mention.start])
                or (previous.planned and _THEN.fullmatch(sentence[previous.end : mention.start]))
            )
            and names_a_day(previous.value)
            and names_a_day(mention.value)
            and mention.value <= previous.value
        ):
            later = date.fromisoformat(mention.value) + timedelta(days=7)
            # (after a plan, a plan too)
            planned = mention.planned or previous.planned
            mention = replace(mention, value=later.isoformat(), planned=planned)
        ordered.append(mention)
    return ordered


_ENTRY_YEAR = re.compile(r"\s*(?:\d{4})\s*[:–—-]\s")
_THIS_YEAR = re.compile(r"(?i:this|that)\s+year")
_SINCE = re.compile(r"\b(?:since|from|until)\s+$", re.IGNORECASE)


def in_the_entry_s_year(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "this year" of a timeline's entry in the entry's year: "2015 -
    Since this year the network has run on renewable power" is of 2015, not of the page."""
    first = mentions[0] if mentions else None
    if first is None or not re.fullmatch(r"\d{4}", first.value):
        return mentions
    if sentence[: first.start].strip() or not _ENTRY_YEAR.match(sentence, first.start):
        return mentions
    year = first.value
    return [
        replace(m, value=re.sub(r"\d{4}", year, m.value, count=1))
        # "Since this year the network has run ...": not "this year it is bottom"
        if _THIS_YEAR.fullmatch(m.text)
        and _SINCE.search(sentence, 0, m.start)
        and re.fullmatch(r"(?:\.\./)?\d{4}(?:/\.\.)?", m.value)
        else m
        for m in mentions
    ]


_RUN_DASH = re.compile(r"\s*[-–—]\s*")


def a_row_s_run(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a row's run of days that opens its line made one ("Sat. 10th - Sat.
    17th Club holiday week": 10 to 17 May, not two days)."""
    if len(mentions) < 2 or sentence[: mentions[0].start].strip():
        return mentions
    first, last = mentions[0], mentions[1]
    if not (names_a_day(first.value) and names_a_day(last.value) and first.value < last.value):
        return mentions
    if not _RUN_DASH.fullmatch(sentence, first.end, last.start):
        return mentions
    run = replace(
        first,
        end=last.end,
        text=sentence[first.start : last.end],
        value=f"{first.value}/{last.value}",
        parts=((first.start, first.end), (last.start, last.end)),
    )
    return [run, *mentions[2:]]


# An event's count of its days: "The two-day tournament", "a 3-day festival"
# (an event held over them, not a ban served or a stay: "a two-day whip ban, which he will
# serve on 3 and 4 July" is two days)
_DAYS_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|[234])[\s-]day\s+(?:[a-z]+\s+)?(?:tournament|festival|"
    r"event|conference|meeting|show|fair|championships?|competition|congress|summit|workshop|"
    r"course|strike|walkout|stoppage|celebrations?|camp|rally|symposium|regatta|races?|meet|"
    r"gala|carnival|convention|seminar|hearing|trial|visit|tour|open|sale)\b",
    re.IGNORECASE,
)
_ONE_AFTER_ANOTHER = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+")
_NEW_SUBJECT = re.compile(
    r",\s+(?:[a-z]+\s+){1,2}(?:will|would|have|has|had|are|is|were|was)\b|;|"
    r"\b(?:followed\s+by|after|before|then)\b"
)
_ITS_VERB = re.compile(r"\s+(?:is|was|are|were|sees|saw|will|brings|marks)\b")


def a_run_of_days_counted(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the days of an event that the sentence counts made one run, when
    they are that many days in a row, listed one after another ("The two-day tournament,
    played on Saturday and Sunday": 25 to 26 January, not two days)."""
    counted = _DAYS_COUNTED.search(sentence)
    if counted is None or len(mentions) < 2:
        return mentions
    count = NUMBER_WORDS.get(counted["count"].lower()) or int(counted["count"])
    for begin in range(len(mentions) - count + 1):
        days = mentions[begin : begin + count]
        if not all(_DAY.fullmatch(day.value) for day in days):
            continue
        values = [date.fromisoformat(day.value) for day in days]
        in_a_row = all(b - a == timedelta(days=1) for a, b in pairwise(values))
        listed = all(  # (one after another, or one list's: "on 25 and 26 January")
            _ONE_AFTER_ANOTHER.fullmatch(sentence, a.end, b.start)
            or (a.start, a.end) == (b.start, b.end)
            for a, b in pairwise(days)
        )
        # (the count's own clause, and no clause after the list: not "After last year's
        # two-day festival, organisers will hold meetings on ...", "on Monday, and Tuesday
        # sees general sale")
        between = sentence[counted.end() : days[0].start]
        own = _NEW_SUBJECT.search(between) is None and not _ITS_VERB.match(sentence, days[-1].end)
        if in_a_row and listed and own:
            run = replace(
                days[0],
                end=days[-1].end,
                text=sentence[days[0].start : days[-1].end],
                value=f"{days[0].value}/{days[-1].value}",
                parts=tuple(dict.fromkeys((day.start, day.end) for day in days)),
            )
            return [*mentions[:begin], run, *mentions[begin + count :]]
    return mentions
