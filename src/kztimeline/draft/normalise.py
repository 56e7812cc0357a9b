"""English date expressions in news text, normalised to the project's EDTF subset.

This package's grammar is the whole rule set, in the manner of HeidelTime's rule files: the
shapes of date expressions (:mod:`~kztimeline.draft.grammar`), the tense that says which way
a date without a year lies (:mod:`~kztimeline.draft.relative`), and here the rules that join
two expressions into a range or a term and resolve what the text leaves out. Its
specification is the table of examples in ``tests/test_draft_normalise.py``.

What it reads, in every order and with or without a weekday in front:

- full dates: ``12 November 2012``, ``November 12, 2012``, ``Nov. 12th 2012``,
  ``the 12th of November``, ``2012-11-12``, and ``12/11/2012`` only where the order cannot
  be mistaken (one part above 12);
- a month and year, a year alone (``in 2010``, ``the 2012 elections``, ``mid-2012``), a
  decade (``the 1990s``), a half or a quarter (``the first half of 2014``, ``Q4 2012``);
- ranges: ``14-16 November``, ``November 15-16``, ``30 November – 2 December 2012``,
  ``January–March 2012``, ``2010–12``, ``from 2010 to 2012``, ``between 5 and 9 May``;
- terms: ``on 1 January 2013 ... until 2015``, ``until the end of 2012``, ``since 2010``;
- dates without a year, weekdays and relative expressions (``yesterday``, ``last week``,
  ``next month``, ``two years ago``, ``at the weekend``), resolved against the publication
  date: the verb that governs the date decides (``will be held on`` looks forward, ``was
  held on`` back, ``opens on`` takes the nearest), and ``last``/``next`` say it themselves;
- days counted from a day named before: ``the following day``, ``two days later``;
- ``annually``, ``every year``: kept as a repetition with no day and no first year.

It never gives a day the text does not: a month stays a month, a week becomes the range of
its seven days, and a numeric date whose order is ambiguous is left out. A year-like number
is a year only where the words around it say so, so ``183 of 193``, ``2,000 people`` and
``Strategy 2050`` are not dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum

from kztimeline.dates import PartialDate, Qualifier
from kztimeline.draft.grammar import Found, Side, exists, matches
from kztimeline.draft.relative import Tense, tense_at
from kztimeline.edtf import parse_partial_date
from kztimeline.errors import DraftError

__all__ = ("Mention", "find_dates")


@dataclass(frozen=True, slots=True)
class Mention:
    """A date found in a sentence.

    ``start`` and ``end`` delimit ``text`` in the sentence; ``value`` is the EDTF form
    (``2012-11-14/2012-11-16``, ``../2012``). ``term`` marks a period joined from a start and
    an ``until``; ``annual`` a statement said to repeat every year.
    """

    start: int
    end: int
    text: str
    value: str
    term: bool = False
    annual: bool = False
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the date expressions are: the two ends of a term, else the whole mention."""
        return self.parts or ((self.start, self.end),)


# --- Joining and resolving ------------------------------------------------------------------

_JOINER = re.compile(r"\s*(?:[-–—]|to|through|thru|till|until|and)\s*", re.IGNORECASE)
_UNTIL = re.compile(
    r"\b(?:until|till|through|up to|to)\s+(?P<end>(?:the\s+)?end\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
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
_REPORTED_ON = re.compile(_REPORTED.pattern + r"\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Joined:
    found: Found
    term: bool = False
    parts: tuple[tuple[int, int], ...] = ()


def _join(sentence: str, found: list[Found]) -> list[_Joined]:
    """Ranges split across two expressions, and terms: a start, then ``until`` an end."""
    joined: list[_Joined] = []
    index = 0
    while index < len(found):
        current = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and current.value is None and following.value is None:
            between = sentence[current.end : following.start]
            before = sentence[: current.start]
            if (
                _JOINER.fullmatch(between)
                and (between.strip() != "and" or re.search(r"\bbetween\s+$", before))
                and current.first is not None
                and following.last is not None
            ):
                joined.append(_Joined(replace(current, end=following.end, last=following.last)))
                index += 2
                continue
            until = _UNTIL.search(sentence[: following.start])
            if (
                until is not None
                and not _REPORTED.search(sentence, current.end, until.start())
                and not _REPORTED_ON.search(sentence, 0, current.start)
                and until.start() >= current.end
                and current.first is not None
                and following.last is not None
                and current.first == current.last
            ):
                last = _end_of(following.last) if until["end"] else following.last
                if _OWN_TERM.search(sentence, current.end, following.start):
                    joined.append(_Joined(current))
                term = Found(current.start, following.end, current.first, last)
                parts = ((current.start, current.end), (following.start, following.end))
                joined.append(_Joined(term, term=True, parts=parts))
                index += 2
                continue
        joined.append(_Joined(current))
        index += 1
    return joined


def _end_of(side: Side) -> Side:
    if side.year is None or side.day is not None:
        return side
    month = side.month or 12
    return Side(side.year, month, calendar.monthrange(side.year, month)[1])


class _Direction(Enum):
    """What a word just before a date without a year says: ``last``, ``next``, ``this``."""

    BEFORE = "last"
    AFTER = "next"
    THIS = "this"


def _direction(before: str, tense: Tense) -> Tense | _Direction:
    word = re.search(r"\b(last|next|this|coming|past)\s+$", before, re.IGNORECASE)
    if word is None:
        return tense
    return {
        "last": _Direction.BEFORE,
        "past": _Direction.BEFORE,
        "next": _Direction.AFTER,
        "coming": _Direction.AFTER,
    }.get(word[1].lower(), _Direction.THIS)


def _resolve_year(
    first: Side, last: Side, published: date, tense: Tense | _Direction
) -> int | None:
    """The year of a start written without one, chosen by the tense (see the module)."""
    options: list[tuple[int, date, date]] = []
    for year in (published.year - 1, published.year, published.year + 1):
        start = _bounds(replace(first, year=year))
        end_year = year if last.year is None else last.year
        end = _bounds(replace(last, year=end_year))
        if start is None or end is None:
            continue
        if end[1] < start[0] and last.year is None:
            end = _bounds(replace(last, year=year + 1))
            if end is None:
                continue
        options.append((year, start[0], end[1]))
    if not options:
        return None
    if tense is _Direction.AFTER:
        return next((year for year, start, _ in options if start > published), None)
    if tense is _Direction.BEFORE:
        before = [year for year, _, end in options if end < published]
        return before[-1] if before else None
    if tense is _Direction.THIS:
        return published.year
    if tense is Tense.FUTURE:
        ahead = [option for option in options if option[2] >= published]
        return ahead[0][0] if ahead else None
    if tense is Tense.PAST:
        behind = [option for option in options if option[1] <= published]
        return behind[-1][0] if behind else None
    return min(options, key=lambda option: (abs((option[1] - published).days), -option[0]))[0]


def _bounds(side: Side) -> tuple[date, date] | None:
    if side.year is None or not exists(side):
        return None
    point = PartialDate(side.year, side.month, side.day)
    return point.first_day, point.last_day


def _edtf(side: Side, qualifier: Qualifier) -> str:
    assert side.year is not None
    return PartialDate(side.year, side.month, side.day, qualifier).text


def _value(item: _Joined, sentence: str, published: date | None) -> str | None:
    found = item.found
    if found.value is not None:
        return found.value
    first, last = found.first, found.last
    if first is None or last is None:
        return None
    if first.year is None:
        if published is None:
            return None
        tense = tense_at(sentence, found.start)
        year = _resolve_year(first, last, published, _direction(sentence[: found.start], tense))
        if year is None:
            return None
        start_day = _bounds(replace(first, year=year))
        first = replace(first, year=year)
        if last.year is None:
            last = replace(last, year=year)
            end = _bounds(last)
            if end is not None and start_day is not None and end[1] < start_day[0]:
                last = replace(last, year=year + 1)
    elif last.year is None:
        last = replace(last, year=first.year)
    if not (exists(first) and exists(last)):
        return None
    qualifier = Qualifier.APPROXIMATE if found.approximate else Qualifier.NONE
    start_text, end_text = _edtf(first, qualifier), _edtf(last, qualifier)
    start_bounds, end_bounds = _bounds(first), _bounds(last)
    assert start_bounds is not None
    assert end_bounds is not None
    if start_text == end_text:
        if not item.term and _SINCE.search(sentence[: found.start]):
            return f"{start_text}/.."
        if _UNTIL.search(sentence[: found.start]):
            return f"../{start_text}"
        return start_text
    if end_bounds[1] < start_bounds[0]:
        return None
    return f"{start_text}/{end_text}"


def _shifted(anchor: PartialDate, count: int, unit: str) -> str | None:
    """``anchor`` moved by ``count`` days, months or years, at that precision."""
    if unit == "year":
        year = anchor.year + count
        return f"{year:04d}" if 1 <= year <= 9999 else None
    if anchor.month is None or (unit == "day" and anchor.day is None):
        return None  # "the next day" after a year names no day
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}" if 1 <= months // 12 <= 9999 else None
    try:
        return (anchor.first_day + timedelta(days=count)).isoformat()
    except OverflowError:
        return None


_OR = re.compile(r",?\s+or\s+(?:on\s+|in\s+)?")


def _alternatives(sentence: str, mentions: list[Mention]) -> list[Mention]:
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


def published_day(value: date | str | None, *, name: str = "published") -> date | None:
    """The publication day ``value`` names: a ``date`` (a ``datetime`` gives its day), a text
    ``YYYY-MM-DD``, or ``None``. Raises :class:`~kztimeline.errors.DraftError` naming ``name``
    for anything else, e.g. "2012-13-01" or "13 Nov 2012".
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise DraftError.bad_published(value, name)


def find_dates(
    sentence: str, *, published: date | str | None = None, anchor: PartialDate | None = None
) -> list[Mention]:
    """Every date stated in ``sentence``, in order, as EDTF.

    ``published`` is the publication date that dates without a year, weekdays and relative
    expressions are resolved against; without it they are left out. ``anchor`` is the last
    date the text named before the sentence: "the following day", "two days later" and "a
    year later" count from it, or from a date named earlier in the sentence, at the
    precision they carry; without one precise enough they are left out. A
    sentence that says an event happens ``annually`` gives one mention ``../YYYY`` (the
    publication year) when it states no other date, else marks its other dates ``annual``.
    ``published`` may be a text ``YYYY-MM-DD``; raises :class:`~kztimeline.errors.DraftError`
    only when it is neither that nor a date.
    """
    published = published_day(published)
    found = matches(sentence, published)
    markers = [item for item in found if item.annual]
    # "every year in September": the month says when it repeats, not when it happened.
    dated = [
        item
        for item in found
        if not item.annual
        and not any(
            re.fullmatch(r"\s*(?:in|on|at|from)?\s*", sentence[marker.end : item.start])
            for marker in markers
            if marker.end <= item.start
        )
    ]
    annual = bool(markers)
    joined = _join(sentence, dated)
    mentions = []
    for item in joined:
        shift = item.found.shift
        if shift is not None:
            value = None if anchor is None else _shifted(anchor, *shift)
        else:
            value = _value(item, sentence, published)
        if value is not None and "/" not in value:
            anchor = parse_partial_date(value.rstrip("~"))
        if value is not None:
            text = sentence[item.found.start : item.found.end]
            mentions.append(
                Mention(
                    item.found.start, item.found.end, text, value, item.term, annual, item.parts
                )
            )
    mentions = _alternatives(sentence, mentions)
    if annual and not mentions and published is not None:
        marker = next(item for item in found if item.annual)
        text = sentence[marker.start : marker.end]
        mentions.append(
            Mention(marker.start, marker.end, text, f"../{published.year:04d}", annual=True)
        )
    return mentions
