"""The value of one date expression as EDTF: its missing year found (from the date named
before, the publication date and the tense, or the weekday written with it, one year for a
whole list), its qualifier and its bound (see :mod:`kztimeline.draft.normalise`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kztimeline.dates import PartialDate, Qualifier
from kztimeline.draft.doubts import OR_ANOTHER_DAY, WRITER_S_DOUBT_AT
from kztimeline.draft.found import Found, Side, exists
from kztimeline.draft.mentions import Mention
from kztimeline.draft.qualifiers import a_deadline_ahead, bounded, since_before
from kztimeline.draft.tense import (
    PAST_PERFECT,
    Tense,
    tense_of,
    tense_of_a_day,
    tense_outside_asides,
)
from kztimeline.draft.tense_words import HEARSAY_VERB
from kztimeline.draft.years import (
    AFTER_WORD,
    THAT_YEAR,
    Direction,
    anchored_year,
    bounds,
    direction,
    opens_on,
    resolve_year,
)

__all__ = ("NAMED_BEFORE", "Joined", "listed", "lists", "resolved_value")

NAMED_BEFORE = "the date named before it"
"""How a date's note says its year came from the date named before it ("year from
2014-08-06, the date named before it"): what a plan carries on (:mod:`plans`) reads it."""


@dataclass(frozen=True, slots=True)
class Joined:
    found: Found
    term: bool = False
    parts: tuple[tuple[int, int], ...] = ()


# A thing done or a happening named by its day: "the offer of 20 February", "the fault of
# 21 June"; whatever the verb of the sentence says of it now, the day is past.
_DONE_OF = re.compile(
    r"\b(?:offer|letter|decision|fault|order|ruling|judgment|judgement|decree|statement|"
    r"request|complaint|incident|accident|attack|storm|flood|fire|leak|outage|explosion|crash)"
    r"\s+of\s+$",
    re.IGNORECASE,
)


# An order to do a thing by a day, or an agreement to do it on one: "was instructed to write
# ... before", "Agreed with Mr Dawes to carry his malt on"
_SET_AHEAD = re.compile(
    r"\b(?:(?:ordered|instructed|told|asked|directed|required)\b[^,;.]{0,40}?\bto\s+[a-z]+\b"
    r"[^,;.]{0,60}\b(?:by|before|no\s+later\s+than)|(?:agreed|arranged|promised|undertook|"
    r"engaged)\b[^,;.]{0,40}?\bto\s+(?!have\b)[a-z]+\b[^,;.]{0,60}\b(?:on|by|before)|"
    # (or a thing's own start or doing set: "deliveries to begin May 1", "to be sign'd the 25th")
    rf"\b(?!{HEARSAY_VERB}\b)[a-z]+\s+to\s+"
    r"(?:begin|start|commence|be\s+[a-z]+(?:ed|['’]d))(?:\s+(?:on|by|from))?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SOON = 62  # how many days ahead of the day it is told on an order's deadline may lie
_UNTIL_SOON = 14  # how many days ahead a state told in the past may last ("closed until")
_TOLD_BACK = re.compile(r"\b(?:\d{4}|last|ago|previous|earlier|yesterday)\b", re.IGNORECASE)
_UNTIL = re.compile(
    r"\b(?:suspended|closed|shut|cancelled|halted|postponed|banned|restricted|lifted|extended)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:until|till)\s+(?:the\s+)?$"
)


_SPELT_OUT_SPAN = re.compile(r"\s(?:to|until|till|through|[-–—])\s")


def _edtf(side: Side, qualifier: Qualifier) -> str:
    assert side.year is not None
    return PartialDate(side.year, side.month, side.day, qualifier).text


# where a clause of its own opens: ", and the sides meet again", "; the firm"
_NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:the|a|an|its|their|[A-Z])\w*\s)"
)


def resolved_value(
    item: Joined, sentence: str, published: date | None, anchor: PartialDate | None
) -> tuple[str, tuple[str, ...]] | None:
    """The EDTF value of one expression, and notes on how a missing year was found.

    ``anchor`` is the last date named before the expression."""
    found = item.found
    notes: tuple[str, ...] = (found.note,) if found.note else ()
    if found.value is not None:
        if "/" in found.value:
            if since_before(sentence[: found.start]):
                return f"{found.value.split('/')[0]}/..", notes  # "since last week"
            return found.value, notes
        before, after = sentence[: found.start], sentence[found.end :]
        value = found.value
        if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) and (found.approximate or found.doubted):
            value += "~" if found.approximate else "?"  # "formed around Sunday"
        return bounded(value, before, after, term=item.term), notes
    first, last = found.first, found.last
    if first is None or last is None:
        return None
    if first.year is None and last.year is not None:
        # "from 20 December to 10 January 2015": the start lies before the end's year.
        start, end = bounds(replace(first, year=last.year)), bounds(last)
        earlier = start is not None and end is not None and start[0] > end[1]
        first = replace(first, year=last.year - earlier)
    elif first.year is None:
        before = sentence[: found.start]
        # (a month's too, as a deadline set in the perfect: "have asked RailGrid to report to
        # me by the end of March" lies after the asking)
        # (not its note's: "Apr. 9 (or the 10th, did not write it at the time)"; the rare
        # sentence with one is copied, not every sentence for each of its dates)
        unnoted = sentence
        if "(or" in sentence:
            unnoted = re.sub(OR_ANOTHER_DAY, lambda note: " " * len(note[0]), sentence)
        # (or the writer's doubt right after the day: "Aug. 15 (I think, having lost the slip).")
        if (doubt := WRITER_S_DOUBT_AT.match(sentence, found.end)) is not None:
            unnoted = (
                unnoted[: found.end] + " " * (doubt.end() - found.end) + unnoted[doubt.end() :]
            )
        tense = tense_of_a_day(unnoted, found.start)
        if tense is not Tense.PAST and _DONE_OF.search(before):
            tense = Tense.PAST  # "The Ministry's offer of 20 February would raise salaries"
        elif tense is Tense.PAST and a_deadline_ahead(sentence, found.start, found.end):
            # "said repairs should be completed by April 30": no past, the nearest such day
            # ("hoped to finish by June 1", told on 10 June, is the one just gone)
            tense = Tense.NEUTRAL
        elif (
            tense is Tense.PAST
            and published
            and _UNTIL.search(before)
            and not _TOLD_BACK.search(sentence)
            # (nor "closed until 2 April, then reopened": told over)
            and tense_of(sentence[found.end :]) is not Tense.PAST
        ):
            # "Sailings were suspended until 5 March", told on 3 March: a state that lasts
            # into the days just ahead (not "stayed there until 5 March", told in October,
            # nor "worked at the mine until 10 April", an act)
            year = resolve_year(first, first, published, Direction.AFTER)
            ahead = None if year is None else bounds(replace(first, year=year))
            if ahead is not None and (ahead[0] - published).days <= _UNTIL_SOON:
                tense = Tense.NEUTRAL
        elif tense is Tense.PAST and published and _SET_AHEAD.search(before):
            # "Jan 8. The clerk was instructed to write ... before Feb 1", "Mar 7. Agreed with
            # Mr Dawes to carry his malt on April 2": in an entry that counts from its own day,
            # a deadline or a day set a few weeks ahead of it (not in a story told later: "On
            # 2 July the council agreed to close the road on 8 July")
            year = resolve_year(first, first, published, Direction.AFTER)
            ahead = None if year is None else bounds(replace(first, year=year))
            own_day = (
                anchor is not None and anchor.day is not None and anchor.first_day == published
            )
            soon = own_day and ahead is not None and (ahead[0] - published).days <= _SOON
            tense = Tense.FUTURE if soon else tense
        way = direction(before, tense)
        year = None
        old_way = AFTER_WORD.match(sentence, found.end)
        if old_way and (published or (anchor is not None and anchor.day)):
            # "called on 1 March 1784 ..., unpaid since Oct. last": an old letter's month last
            # or next counts from its day (an entry's: "Jan. 8. Trustees ... resolved to raise
            # the tolls from the 25th of March next"), in a text with no day of its own from
            # the day named before
            back = old_way[1].lower() == "last"
            way = Direction.BEFORE if back else Direction.AFTER
            if published is None and anchor is not None:
                year = resolve_year(first, first, anchor.first_day, way)
        elif anchor is not None:
            # (of the date's own clause: "Elmsford had beaten Rovers on 21 September, and the
            # sides meet again on 8 February" tells the second day in the present)
            joiners = list(_NEW_CLAUSE.finditer(sentence, 0, found.start))
            own = sentence[joiners[-1].end() :] if joiners else sentence
            told_past = tense_outside_asides(own) is Tense.PAST
            perfect = PAST_PERFECT.search(sentence) is not None  # "had been laid"
            # (a year the sentence opens on frames what it tells in the past: "In 2024 counts
            # were made on 4 June"; not "In 2024 ...; voting closes on 7 March"); so does the
            # day's own "that year" ("builders started work on 11 September that year")
            framed = re.match(rf",?\s+{THAT_YEAR}", sentence[found.end :]) is not None or (
                anchor.month is None
                and tense is Tense.PAST
                and ";" not in sentence[: found.start]  # (its own clause's)
                and opens_on(sentence, anchor.year)
            )
            year = anchored_year(
                first,
                anchor,
                published,
                way,
                told_past=told_past,
                past_perfect=perfect,
                framed=framed,
            )
        if year is not None:
            assert anchor is not None
            notes = (f"year from {anchor.text}, {NAMED_BEFORE}",)
        elif published is not None:
            year = resolve_year(first, last, published, way)
            notes = (f"year from the publication date {published.isoformat()}",)
        if year is None:
            return None
        year = by_weekday(first, year, found.weekday, way)
        if not _falls_on(first, year, found.weekday) and published is not None:
            # "open since 1887, closed on Monday 20 May" in 2024: the weekday belies the
            # year named before; the publication's year may fit it
            near = resolve_year(first, last, published, way)
            near = None if near is None else by_weekday(first, near, found.weekday, way)
            if near is not None and _falls_on(first, near, found.weekday):
                year, notes = near, (f"year from the publication date {published.isoformat()}",)
        start_day = bounds(replace(first, year=year))
        first = replace(first, year=year)
        if last.year is None:
            last = replace(last, year=year)
            end = bounds(last)
            if end is not None and start_day is not None and end[1] < start_day[0]:
                last = replace(last, year=year + 1)
    elif last.year is None:
        last = replace(last, year=first.year)
    if not (exists(first) and exists(last)):
        return None
    qualifier = Qualifier.APPROXIMATE if found.approximate else Qualifier.NONE
    if found.doubted:
        qualifier = Qualifier.UNCERTAIN
    start_text, end_text = _edtf(first, qualifier), _edtf(last, qualifier)
    if found.approximate and _SPELT_OUT_SPAN.search(sentence, found.start, found.end):
        # "from about 12 February to 30 April 2024", "about 3 November - 20 April 1947": the
        # end is told as it is (not a compact "c. 1200-1250", rough at both ends)
        end_text = _edtf(last, Qualifier.NONE)
    if found.rough_end:
        end_text = _edtf(last, Qualifier.APPROXIMATE)
    start_bounds, end_bounds = bounds(first), bounds(last)
    assert start_bounds is not None
    assert end_bounds is not None
    if start_text == end_text:
        before, after = sentence[: found.start], sentence[found.end :]
        return bounded(start_text, before, after, term=item.term), notes
    if end_bounds[1] < start_bounds[0]:
        return None
    return f"{start_text}/{end_text}", notes


def by_weekday(first: Side, year: int, weekday: int | None, way: object) -> int:
    """``year``, or the year next to it in which the day falls on the weekday written with
    it ("Tuesday, May 5"), the year before first unless the verb looks forward."""
    if weekday is None or first.month is None or first.day is None:
        return year
    order = (1, -1) if way is Tense.FUTURE else (-1, 1)
    for candidate in (year, year + order[0], year + order[1]):
        side = replace(first, year=candidate)
        if exists(side) and date(candidate, first.month, first.day).weekday() == weekday:
            return candidate
    return year


def _falls_on(first: Side, year: int | None, weekday: int | None) -> bool:
    """Whether ``first`` in ``year`` falls on ``weekday`` (or no weekday is written), in
    the Gregorian calendar or, before 1923, in the Julian one its text may still count by
    ("in 1666, in the early hours of Sunday 2 September")."""
    if weekday is None or year is None or first.month is None or first.day is None:
        return True
    if not exists(replace(first, year=year)):
        return False
    day = date(year, first.month, first.day)
    julian = day + timedelta(days=year // 100 - year // 400 - 2)  # the same day, Old Style
    return weekday in (day.weekday(), julian.weekday() if year < 1923 else None)


def listed(item: Joined, sentence: str, mentions: list[Mention]) -> Joined:
    """``item`` with the year of the date just before it when they are a list and it has
    none: "in January and March", "on Monday or Tuesday" lie in one year."""
    first, last = item.found.first, item.found.last
    if first is None or last is None or first.year is not None or not mentions:
        return item
    previous = mentions[-1]
    written = re.fullmatch(r"(\d{4})(?:-\d\d){0,2}", previous.value)
    if written is None or not _LIST_JOINER.fullmatch(sentence[previous.end : item.found.start]):
        return item
    year = int(written[1])
    found = replace(item.found, first=replace(first, year=year), last=replace(last, year=year))
    return replace(item, found=found)


def lists(
    sentence: str, joined: list[Joined], published: date | None, anchor: PartialDate | None
) -> list[Joined]:
    """``joined`` with one year for each list of dates written without one ("met on 15
    February, 20 May and 12 December"): the year that puts the whole list where the tense
    says, not each date on its own; a list that runs into January goes on into the next."""
    done = list(joined)
    start = 0
    while start < len(done):
        end = start
        while end + 1 < len(done) and _yearless(done[end + 1]) and _yearless(done[start]):
            if not _in_one_list(sentence, done[end], done[end + 1]):
                break
            end += 1
        if (closing := _year_at_the_end(sentence, done, start, end)) is not None:
            done[start : end + 1] = closing
        elif end > start:
            first, last = done[start].found, done[end].found
            span = Joined(replace(first, end=last.end, last=last.last))
            resolved = resolved_value(span, sentence, published, anchor)
            if resolved is not None:
                years, previous = [int(resolved[0][:4])], (0, 0)
                for number in range(start, end + 1):
                    side = done[number].found.first or Side(None)
                    now = (side.month or 0, side.day or 0)
                    years.append(years[-1] + (now < previous))
                    previous = now
                last_day = bounds(replace(last.last or Side(None), year=years[-1]))
                if (
                    published is not None
                    and last_day is not None
                    and last_day[0] > published
                    and tense_of_a_day(sentence, first.start) is Tense.PAST
                    # (not when the weekday gave the year: "have been added on Tue 4 and Wed 5 Nov")
                    and first.weekday is None
                ):
                    years = [year - 1 for year in years]  # "met on ... and 12 December": all past
                for number, year in zip(range(start, end + 1), years[1:], strict=True):
                    found = done[number].found
                    first_side = replace(found.first or Side(None), year=year)
                    last_side = replace(found.last or Side(None), year=year)
                    done[number] = replace(
                        done[number], found=replace(found, first=first_side, last=last_side)
                    )
        start = end + 1
    return done


def _in_one_list(sentence: str, item: Joined, following: Joined) -> bool:
    """Whether ``following`` comes next to ``item`` in one list: a comma or "and" between."""
    between = sentence[item.found.end : following.found.start]
    return _LIST_JOINER.fullmatch(between) is not None


_LIST_JOINER = re.compile(r",?\s*(?:and|or)?\s*")  # what parts two dates of one list


def _year_at_the_end(
    sentence: str, done: list[Joined], start: int, end: int
) -> list[Joined] | None:
    """The run ``done[start : end + 1]`` of days written without a year, each with the year
    of the day that closes their list ("visited on 14 April, 2 May and 19 June 2024"), or
    ``None`` when no day with its year closes it. A day after the next one is of the year
    before ("on 12 December and 9 January 2025"), within a year: a list told newest first
    ("on 9 January, 12 December and 3 November 2024") is no such list, nor one whose day
    before the run has a year of its own ("15 June 2024, 13 July and 10 August 1974")."""
    if end + 1 >= len(done) or not _yearless(done[start]):
        return None
    if start and _in_one_list(sentence, done[start - 1], done[start]):
        return None
    closing = done[end + 1].found
    side = closing.first
    if (
        side is None
        or side.year is None
        or side.day is None
        or closing.last != side
        or closing.more
        or closing.shift is not None
        or closing.value is not None
        or not _in_one_list(sentence, done[end], done[end + 1])
        # (not a day that opens a clause of its own: "closed on 12 March, and 14 June 2026 is
        # now the date set")
        or _A_VERB_AFTER.match(sentence, closing.end)
    ):
        return None
    year, following = side.year, (side.month or 0, side.day)
    run = done[start : end + 1]
    for number in range(len(run) - 1, -1, -1):
        found = run[number].found
        first = found.first or Side(None)
        if first.day is None or found.last != first:
            return None  # (only days: "in May and on 19 June 2024" is not one list)
        now = (first.month or 0, first.day)
        year -= now > following
        following = now
        dated = replace(first, year=year)
        run[number] = replace(run[number], found=replace(found, first=dated, last=dated))
    opening = bounds(run[0].found.first or Side(None))
    ending = bounds(side)
    if opening is None or ending is None or (ending[0] - opening[0]).days >= _A_YEAR:
        return None
    return run


_A_YEAR = 365  # how many days a list of days may run, from its first to the one that closes it
_A_VERB_AFTER = re.compile(r"\s+(?:is|was|will|would|has|had|are|were|marks|saw)\b")


def _yearless(item: Joined) -> bool:
    found = item.found
    return (
        found.shift is None
        and found.value is None
        and found.first is not None
        and found.last is not None
        and found.first.year is None
        and found.last.year is None
        and found.first.month is not None
    )
