"""Two date expressions joined into one: a range split across them ("from 2010 ... to
2012", "from 20:00 Friday until 06:00 Monday") or a term, a start and then ``until`` an end
("took office on 2 April 2007 and served until 2011")."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from kztimeline.draft.cues import CLOCK, SINCE_BEFORE
from kztimeline.draft.days_set import MOVED_ON, MOVED_VERB
from kztimeline.draft.found import Found, Side
from kztimeline.draft.mentions import a_weekday_alone, names_a_day
from kztimeline.draft.resolve import Joined
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN, weekday_index

__all__ = ("join",)

# "from 08:00 on 4 May until 18:00 on 9 June": the clock time at the far end names the
# hour of the last day, not another date.
# (with its zone: "from 6 PM this evening to noon CST Thursday")
_CLOCK = rf"(?:(?:at\s+)?{CLOCK}(?:\s+(?:UTC|GMT|BST|CET|CEST|[ECMP][SD]T))?\s*)"
_JOINER = re.compile(
    rf"\s*(?:[-–—]|to|through|thru|till|until|and)\s*(?:{_CLOCK}(?:on\s+)?)?", re.IGNORECASE
)
_BETWEEN = re.compile(rf"\bbetween\s+(?:{_CLOCK}(?:on\s+)?)?$", re.IGNORECASE)
# "will begin at 00:01 on Monday 16 October and end at 23:59 on Friday 20 October": one
# span, its start and its end told by two verbs
# (or "Warming centers will open at 5 PM today and stay open through Friday")
_BEGINS = re.compile(
    r"\b(?:begin|begins|start|starts|commence|commences|open|opens|reopen|reopens)\s+"
    rf"(?:{_CLOCK}(?:on\s+)?|on\s+)?$",
    re.IGNORECASE,
)
# (or "is expected to begin on Wednesday evening and to continue into Thursday morning")
_ENDS = re.compile(
    r"\s*(?:(?:morning|afternoon|evening|night)\s+)?and\s+(?:will\s+|to\s+)?"
    r"(?:end|ends|finish|finishes|conclude|concludes|(?:continue|continues|last|lasts|"
    r"(?:stay|stays|remain|remains)\s+(?:open|closed|in\s+place|in\s+force))\s+"
    rf"(?:into|until|till|through))\s+(?:{_CLOCK}(?:on\s+)?|on\s+)?",
    re.IGNORECASE,
)
_UNTIL = re.compile(
    r"\b(?:until|till|through|up to|to)\s+(?P<end>(?:the\s+)?end\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A year that names the thing after it ("according to the 2024 geological survey") ends no
# term.
_NAMES_A_THING = re.compile(r"\s+(?!(?:and|or|but|when|after|before|in|on|at)\b)[A-Za-z]")
_OWN_TERM = re.compile(
    r"\bfor\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:term|period|mandate|tenure)\b",
    re.IGNORECASE,
)
# A statement dated on its own day, about a period after it: "said on 5 May the ban would
# stay until 2015" is not a term from 5 May.
_REPORTED = re.compile(
    r"\b(?:said|says|announced|told|stated|declared|noted|added|reported|warned)\b",
    re.IGNORECASE,
)
# "She retired in 1991 but taught until 2005": a clause that turns away, with its own
# verb, starts no term from the date before it.
# (nor a place's clause with a subject of its own: "moved to Bridge Street in 1847, where
# Samuel made the regulators that the Observatory used until the 1950s"; not "where he")
# (nor a relative clause of a thing the date's clause is told "with": "was rebuilt in 1871,
# with a steam engine that ran until the 1950s"; "closed for repairs that lasted until" is a
# term)
_CONTRARY = re.compile(
    r"\b(?:but|yet|while|whereas|although|though)\b|;|,\s+where\s+(?:the|a|an|(?-i:[A-Z]))|"
    r",\s+with\s+[^,;]*?\b(?:that|which)\s",
    re.IGNORECASE,
)
# "renewed the lease on 4 October, allowing the shop to trade until 2016": a clause that
# tells what the act does to someone or something else dates the act alone; the "until"
# is that other's state, not a term of the subject ("was sworn in on 4 October 2011,
# serving until 2015" is one).
_CONSEQUENCE = re.compile(
    r",\s+(?:thus\s+|so\s+|effectively\s+)?(?:keep|allow|enabl|lett|leav|ty|bind|commit|barr|"
    r"bann|suspend|exclud|forc|requir|oblig|permit|entitl|secur|extend|giv|mak|guarantee)ing\b",
    re.IGNORECASE,
)
# a clause of its own, its subject and its verb, between a day and an end: ", and operations
# are now funded" (not ", and remained there")
_CLAUSE_OF_ITS_OWN = re.compile(
    r",\s+(?:and|but)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?"
    r"(?!(?:then|now|later|also|still|again|so|thus)\b)[a-z]+\s+"
    r"(?:are|is|was|were|has|have|had|will|would|can|may)\b(?!\s+not\b)"
)
_WHEN_THEN = re.compile(r",\s+when\s+(?:the|a|an|it|he|she|they|we|[A-Z])")
_AND_THEN = re.compile(r",\s+and\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|stood|lay|was|were|remained)\b")
_AND_ITS_OWN = re.compile(
    r",\s+and\s+(?:the|a|an|its|their|his|her)\s+[a-z]+\s+(?:[a-z]+ed|stood|lay|was|were|remained)\b"
)
# what lies between a day that was to be and its move: "(Thu 6 Feb) has moved to", "The
# concert on 6 February was postponed to"; what goes before it: "moved from"
_WAS_TO_BE = re.compile(r"\)?,?\s+(?:has|have|had|was|were|is|are)(?:\s+been)?\s+")
_MOVED_FROM = re.compile(rf"{MOVED_VERB}\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_MOVE_WINDOW = 120  # how far before a date its move's words may start
# the day a thing was moved away from, and why, with no day it was moved to (not "moved from 1
# January 1923 to Ankara": with effect from that day)
_BECAUSE = re.compile(r"\s+(?:because|owing|due)\b")
_MOVED_AWAY = re.compile(rf"\b(?:was|were|been)\s+{_MOVED_FROM.pattern}", re.IGNORECASE)
_UNTIL_WORD = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)


def _before(end: Found, start: Found) -> bool:
    """Whether ``end`` lies wholly before ``start``, both with their years: no term's end."""
    first, last = start.first, end.last
    return bool(first and last and first.year and last.year and last.year < first.year)


def _told_at_its_end(sentence: str, words: str, end: int) -> bool:
    """Whether a span whose ``words`` run "until" its end, at ``end``, goes on to tell what
    happened then: "from 1610 until 1878, when the county bought the bridge" is a term and
    the bridge's year too (not "from 1931 to 1937, when orders dried up", a cause)."""
    return _UNTIL_WORD.search(words) is not None and _WHEN_THEN.match(sentence, end) is not None


_DEADLINE_THEN_NOT = re.compile(
    r"\b(?:by|before|no\s+later\s+than)\s+[^;]{3,40}?\b(?:not|n't|never)\b[^,;.]{0,50}$",
    re.IGNORECASE,
)
_REPORTED_ON = re.compile(_REPORTED.pattern + r"\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def join(sentence: str, found: list[Found], published: date | None = None) -> list[Joined]:
    """Ranges split across two expressions, and terms: a start, then ``until`` an end;
    ``published`` is the day weekdays count from."""
    joined: list[Joined] = []
    index = 0
    while index < len(found):
        current = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        # (each read in a window before its date, not in a copy of all the sentence before:
        # a sentence of many dates is read in one pass)
        moved = following is not None and MOVED_ON.search(
            sentence, max(0, following.start - _MOVE_WINDOW), following.start
        )
        moved_from = (
            following is not None
            and re.fullmatch(r"\s*to\s+", sentence[current.end : following.start])
            and _MOVED_FROM.search(sentence, max(0, current.start - _MOVE_WINDOW), current.start)
        )
        if following is not None and (moved or moved_from):
            # "has been moved from 6 February to 21 March", "Midwinter Quartet (Thu 6 Feb) has
            # moved to Fri 21 March": the day it was to be is no event, nor a span's start
            # ("On 3 March the council moved the meeting to 21 March" decided on its day)
            end = moved.start() if moved else 0
            if not (
                moved_from
                or (end > current.end and _WAS_TO_BE.fullmatch(sentence, current.end, end))
            ):
                joined.append(Joined(current))
            joined.append(Joined(following))
            index += 2
            continue
        words = sentence[current.start : current.end]
        to = re.search(r"\sto\s", words) if current.value is None else None
        window = max(0, current.start - _MOVE_WINDOW)
        if to and _MOVED_FROM.search(sentence, window, current.start):
            # "has been moved from 6 February to 21 March": the new day alone
            named = re.match(rf"({WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\b", words[to.end() :])
            weekday = weekday_index(named[1]) if named else None
            start = current.start + to.end()
            joined.append(
                Joined(replace(current, start=start, first=current.last, weekday=weekday))
            )
            index += 1
            continue
        days = _days_span(sentence, current, following, published)
        if days is not None:
            joined.append(Joined(days))
            index += 2
            continue
        if following is not None and current.value is None and following.value is None:
            between = sentence[current.end : following.start]
            before = sentence[: current.start]
            spans = _JOINER.fullmatch(between) and (
                not re.match(r"\s*and\b", between) or _BETWEEN.search(before)
            )
            if (
                (spans or (_ENDS.fullmatch(between) and _BEGINS.search(before)))
                and current.first is not None
                and following.last is not None
            ):
                joined.append(Joined(replace(current, end=following.end, last=following.last)))
                if _told_at_its_end(sentence, between, following.end):
                    joined.append(Joined(following))
                index += 2
                continue
            until = _UNTIL.search(sentence[: following.start])
            if until is not None and _NAMES_A_THING.match(sentence, following.end):
                until = None  # "commitment to the 2030 Clean Shipping Agenda": a name
            if (
                until is not None
                and not _REPORTED.search(sentence, current.end, until.start())
                and not _REPORTED_ON.search(sentence, 0, current.start)
                and not _CONTRARY.search(sentence, current.end, until.start())
                # "due by 16 October, was not received until 30 October": a deadline, then
                # the day it happened; no term
                and not _DEADLINE_THEN_NOT.search(sentence, 0, until.start())
                and until.start() >= current.end
                and current.first is not None
                and following.last is not None
                and current.first == current.last
            ):
                if _CLAUSE_OF_ITS_OWN.search(sentence, current.end, until.start()):
                    # "On 30 January 2025 the board approved an extension, and operations
                    # are now funded through to 31 December 2028": each day its own clause's
                    joined.append(Joined(current))
                    index += 1
                    continue
                if _CONSEQUENCE.search(sentence, current.end, until.start()) or (
                    SINCE_BEFORE.search(sentence, 0, current.start) and _before(following, current)
                ):
                    # (or a state since a year beside a thing's age: "Since 2015 the studio has
                    # held the archive, ... going back to the 1920s")
                    joined.append(Joined(current))
                    index += 2
                    continue
                last = _end_of(following.last) if until["end"] else following.last
                # ("closed in 1957, when the last of the Amerys retired, and stood empty
                # until 1972": the start's own fact is told too, in its own clause; not "lived
                # there from 1957, when he retired, until 1972")
                # (nor "closed in 1983, and the site stood empty until 1996": a subject of
                # its own after "and")
                told = current.first.year is not None and (
                    (
                        _WHEN_THEN.match(sentence, current.end) is not None
                        and _AND_THEN.search(sentence, current.end, until.start()) is not None
                    )
                    or _AND_ITS_OWN.match(sentence, current.end) is not None
                )
                if _OWN_TERM.search(sentence, current.end, following.start) or told:
                    joined.append(Joined(current))
                term = Found(current.start, following.end, current.first, last)
                parts = ((current.start, current.end), (following.start, following.end))
                joined.append(Joined(term, term=True, parts=parts))
                if _told_at_its_end(sentence, until.group(), following.end):
                    joined.append(Joined(following))
                index += 2
                continue
        if _MOVED_AWAY.search(sentence, window, current.start) and _BECAUSE.match(
            sentence, current.end
        ):
            index += 1  # "Round 3 was moved from 25 May because of ...": a day it no longer is
            continue
        joined.append(Joined(current))
        words = sentence[current.start : current.end]
        if current.value is None and current.first != current.last and current.last is not None:
            told = _told_at_its_end(sentence, words, current.end)
        else:
            told = False
        if told:
            end_start = sentence.rfind(" ", current.start, current.end) + 1
            joined.append(Joined(replace(current, start=end_start, first=current.last)))
        index += 1
    return joined


# "from Friday evening until Sunday", "from 9pm Friday to 6am Monday", "from Friday at
# 20:00 until Sunday noon": two days resolved on their own, one span; a clock time at
# either end names the hour, not another date.
_DAYS_JOINER = re.compile(
    rf"\s*(?:morning|afternoon|evening|night|{_CLOCK})?\s*(?:[-–—]|to|through|till|until)"
    rf"\s*{_CLOCK}?(?:on\s+)?",
    re.I,
)


_NEAR_END = 62  # how many days ahead a span's end without a year may lie, in the next year


def _days_span(
    sentence: str, current: Found, following: Found | None, published: date | None
) -> Found | None:
    """The span of two days counted from the ``published`` day (weekdays) and joined by "to"
    or "until" within a week, else ``None``."""
    if following is None or current.value is None or not names_a_day(current.value):
        return None
    between = sentence[current.end : following.start]
    begun = _ENDS.fullmatch(between) and _BEGINS.search(sentence, 0, current.start)
    if not (_DAYS_JOINER.fullmatch(between) or begun):
        return None
    start = date.fromisoformat(current.value)
    if following.value is None:
        return _weekday_to_a_day(sentence, current, following, start)
    if not names_a_day(following.value):
        return None
    end = date.fromisoformat(following.value)
    week = timedelta(weeks=1)
    if end < start and published is not None and start == published + week:
        start -= week  # "from 18:00 on Tuesday until 10:00 on Wednesday", told on a Tuesday
    elif end < start:
        end += week  # "from 06:00 on Friday until 18:00 on Saturday", told on a Tuesday
    if not 0 < (end - start).days < 7:
        return None
    return replace(current, end=following.end, value=f"{start.isoformat()}/{end.isoformat()}")


def _weekday_to_a_day(
    sentence: str, current: Found, following: Found, counted: date
) -> Found | None:
    """ "from Monday until Friday 9 January": from the weekday as the tense counts it to the
    day that ends the span; when that weekday falls on or after the end ("from Sunday evening
    until Tuesday 16 December", told on a Sunday), from the last of its name before it."""
    last = following.last
    if following.first != last or last is None or last.month is None or last.day is None:
        return None
    if not a_weekday_alone(sentence[current.start : current.end]):
        return None  # (not "from today until ...": a day of its own)
    year = last.year or counted.year
    try:
        end = date(year, last.month, last.day)
        if last.year is None and end < counted - timedelta(weeks=1):
            # "from Monday until Friday 2 January", in December: the next year, when that end
            # is near (not "was closed from Monday until Friday 28 November", told in December)
            ahead = end.replace(year=year + 1)
            end = ahead if (ahead - counted).days < _NEAR_END else end
    except ValueError:
        return None
    if following.weekday is not None and following.weekday != end.weekday():
        return None
    start = counted
    if start >= end:
        start = end - timedelta(days=(end.weekday() - counted.weekday()) % 7 or 7)
    return replace(current, end=following.end, value=f"{start.isoformat()}/{end.isoformat()}")


def _end_of(side: Side) -> Side:
    if side.year is None or side.day is not None:
        return side
    month = side.month or 12
    return Side(side.year, month, calendar.monthrange(side.year, month)[1])
