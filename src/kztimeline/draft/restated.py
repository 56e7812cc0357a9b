"""A date told twice in one sentence, read as one: a count of days and the day it comes
to ("forty-one days later, on 11 June"), a time ago or a year and the date within it ("ten
years ago, on 4 March 2014", "in 2018, from 6 July to 21 September"), a day named and then
given with its year ("the New Year's Day concert on 1 January 2026") or again by its feast
("before Lady Day next, the 25th March"); and the year whose "when" clause tells its days
("since 1979, when an eruption lasted from 12 June to 3 August"), which they take; and a day
named again by what was done on it ("The letter of January 9"), in the year it was told."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kztimeline.dates import PartialDate
from kztimeline.draft.mentions import Mention
from kztimeline.edtf import parse_date

__all__ = (
    "RESTATED",
    "days_told_before",
    "days_within",
    "restated_by_the_next",
    "restated_with_its_year",
    "restates_the_day",
)

# What follows a count of days, or a time ago, when the date it comes to is told next: "two
# weeks later, on 20 May 2012", or only near it: "a month later, on or about 3 June", "ten
# days on, around 14 May", "the next year, probably in June 1966"
RESTATED = re.compile(
    r",?\s+(?:(?:probably|possibly|perhaps|likely)\s+)?"
    r"(?:(?:on|in)\s+(?:or\s+(?:about|around)\s+)?|(?:about|around|circa)\s+)"
    r"(?:the\s+)?[\dA-Z]"
)
# What follows a year when its days are told next: "in 2018, from 6 July to 21 September",
# "in 1998, on 4 May" (after a count, RESTATED: the day it comes to, not days within it)
_DAYS = r"\s+(?:from|on|between)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s"
_DAYS_AFTER = re.compile(rf",?{_DAYS}")
# ... or in a clause of their own that the year says when: "since 1979, when an eruption
# lasted from 12 June to 3 August" (the year still a fact, or a comparison, of its own)
_DAYS_WHEN = re.compile(rf",\s+when\s+[^,;.\d]{{1,60}}?{_DAYS}")


def days_within(sentence: str, year: PartialDate | None, end: int) -> tuple[bool, bool]:
    """Whether a ``year`` that ends at ``end`` in ``sentence`` is told again by its days
    next ("in 2018, from 6 July to 21 September"), one fact, and whether days told after it
    are of it at all (also "since 1979, when an eruption lasted from 12 June to 3 August",
    whose days are of 1979 however far it lies behind the text's time)."""
    if year is None or year.month is not None:
        return False, False
    again = _DAYS_AFTER.match(sentence, end) is not None
    return again, again or _DAYS_WHEN.match(sentence, end) is not None


def restated_by_the_next(
    sentence: str, mentions: list[Mention], counted: set[int], narrowed: set[int]
) -> list[Mention]:
    """``mentions`` of ``sentence`` without those the next one restates: a count of days (at
    the places ``counted``) followed by the day it comes to, where the day written wins when
    the two differ ("forty-one days later, on 11 June"); and a time ago or a year (at
    ``narrowed``) followed by a date within it ("ten years ago, on 4 March 2014", "in 2018,
    from 6 July to 21 September"), which says the same more closely: that date is then
    written from the first one's words on, so that no title keeps "in 2018"."""
    kept: list[Mention] = []
    closer: Mention | None = None  # the mention the next one tells more closely
    for number, mention in enumerate(mentions):
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        if closer is not None:
            mention, closer = _merged(mention, closer, sentence), None
        if following is not None and number in counted and following.value != mention.value:
            continue
        if following is not None and number in narrowed and _within(following.value, mention.value):
            closer = mention
            continue
        kept.append(mention)
    return kept


def _merged(kept: Mention, told: Mention, sentence: str) -> Mention:
    """``kept`` written over ``told``'s words as well: one date, told twice in ``sentence``
    ("in 2018, from 6 July to 21 September", "before Lady Day next, the 25th March")."""
    start, end = min(kept.start, told.start), max(kept.end, told.end)
    parts = tuple(sorted((*kept.spans, *told.spans))) if kept.parts else ()
    return replace(kept, start=start, end=end, text=sentence[start:end], parts=parts)


# A count that closes its aside: "entered orbit on 28 November, sixteen days later, becoming"
_RESTATES = re.compile(r"\s*(?:[,;.)]|$)")


def restates_the_day(
    sentence: str, start: int, end: int, shift: tuple[int, str] | None, before: list[Mention]
) -> bool:
    """Whether a count forward at ``start:end`` only tells again how far the day just named
    lies from the one before it ("on 28 November, sixteen days later,")."""
    return (
        shift is not None
        and shift[0] > 0
        and bool(before)
        and re.fullmatch(r",\s*", sentence[before[-1].end : start]) is not None
        and _RESTATES.match(sentence, end) is not None
    )


def restated_with_its_year(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a day named without its year that the next date, a few words
    on, gives again in full: "the New Year's Day concert on 1 January 2026" is one day; nor
    a day without its year that only names again the day just named ("before Lady Day next,
    the 25th March", "by Sept. 29 (Michaelmas)")."""
    kept: list[Mention] = []
    for number, mention in enumerate(mentions):
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        if (
            following is not None
            and len(mention.value) == len(following.value) == len("YYYY-MM-DD")
            and mention.value[4:] == following.value[4:]
            and not re.search(r"\d{4}", mention.text)
            and re.search(r"\d{4}", following.text)
            # "the New Year's Day concert on ...", "On Christmas Day, 25 December 1914,"
            and re.fullmatch(r",?\s*|[^,;.]{0,40}", sentence[mention.end : following.start])
        ):
            continue
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and len(mention.value) == len("YYYY-MM-DD")
            and previous.value.strip("./~?")[4:] == mention.value[4:]
            and _TOLD_AGAIN.fullmatch(sentence, previous.end, mention.start)
            # (an editor's gloss in square brackets gives its year too, which wins: "by Lady
            # Day next [25 March 1827]", "about Michaelmas [29 September]")
            # (the bracket the date alone: not a variant's "[25 March 1751 in the margin]")
            and (
                not re.search(r"\d{4}", mention.text)
                or sentence[mention.start - 1 : mention.end + 1] == f"[{mention.text}]"
            )
        ):
            # "before Lady Day next, the 25th March", "by Sept. 29 (Michaelmas)": the day
            # told again, one date with the day before it
            end = mention.end + (sentence[mention.end : mention.end + 1] in (")", "]"))
            merged = _merged(previous, replace(mention, end=end), sentence)
            value = previous.value.replace(previous.value.strip("./~?"), mention.value)
            kept[-1] = replace(merged, value=value)
            continue
        kept.append(mention)
    return kept


# (or after "viz.", "i.e.", "that is", "being": "by Lady Day next, viz. the 25th March", "by
# the 25th inst., being Lady Day")
_TOLD_AGAIN = re.compile(
    r"(?:\s+(?:next|last))?\.?(?:,\s*|\s*[([]\s*)"
    r"(?:(?:viz\.?|i\.\s?e\.|that\s+is|namely|being),?\s+(?:the\s+)?)?"
)


def _within(inner: str, outer: str) -> bool:
    first, last = parse_date(inner.rstrip("~")), parse_date(outer.rstrip("~"))
    return (
        last.known_first_day
        <= first.known_first_day
        <= first.known_last_day
        <= (last.known_last_day)
    )


# A day named again by a paper or a meeting of it: "The letter of January 9", "the order
# dated 3 May" (not a day that comes back each year: "the bonfire of 5 November")
_NAMED_BY_ITS_THING = re.compile(
    r"\b(?i:the|its|their|his|her)\s+(?:letter|notice|order|decision|judgment|report|email|memo|"
    r"application|agreement|meeting|hearing|inspection|visit|call|statement|complaint|reply|"
    r"response|minutes|contract|lease|award|survey)\s+(?:of|dated)\s+$"
)
_ONE_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def days_told_before(sentences: Sequence[str], found: list[list[Mention]]) -> None:
    """Give a day named again by what was done on it, without its year ("The letter of
    January 9 named the building", after "sent written notice ... on January 9, 2019"), the
    year it was told with: one pass, each day's year kept as it is told in full."""
    years: dict[str, str] = {}  # a day's month and day ("01-09"), and its year told in full
    for index, (sentence, mentions) in enumerate(zip(sentences, found, strict=True)):
        for number, mention in enumerate(mentions):
            if not _ONE_DAY.fullmatch(mention.value):
                continue
            year, day = mention.value[:4], mention.value[5:]
            if re.search(r"\d{4}", mention.text):
                years[day] = year  # (the last year it was told with)
            elif (
                day in years
                and years[day] != year
                and _NAMED_BY_ITS_THING.search(sentence, max(0, mention.start - 40), mention.start)
            ):
                note = f"year from {years[day]}-{day}, the day told before"
                found[index][number] = replace(
                    mention, value=f"{years[day]}-{day}", notes=(*mention.notes, note)
                )
