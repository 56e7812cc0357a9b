"""Dates only compared with, which date nothing: "the biggest gain since December 2011",
"fares have risen every year since 2016", "had not won a title since 2019", "the wettest
between 1961 and 1990", "Since 1957 the terminus has retreated some 1,240 m", "the first
time since 1998 that Rovers have led the table in November". A clause after "when" may still
tell what happened on the date compared with (:func:`told_when`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kztimeline.draft.cues import EVENT_OF, ROUGHLY, YEAR_FIGURES
from kztimeline.draft.found import Found

__all__ = (
    "OWN_CLAUSE",
    "a_change_s_base",
    "compared_since",
    "dates_nothing",
    "every_date_only_compared",
    "only_compared",
    "told_when",
)


# A superlative in the clause before a date: "the highest", "its wettest", "a record".
_SUPERLATIVE = (
    r"biggest|largest|highest|lowest|strongest|weakest|sharpest|steepest|fastest|"
    r"slowest|worst|best|greatest|smallest|deepest|longest|shortest|heaviest|"
    # any other superlative ("wettest", "busiest"), not a noun or a verb that ends so
    r"(?!(?:interest|protest|request|harvest|forest|arrest|suggest|contest|invest|digest|"
    r"honest|modest|manifest|conquest|earnest|attest|detest|bequest|inquest|priest|unrest|"
    r"midwest|northwest|southwest)s?\b)[a-z]{2,}(?:iest|[^aeiou\s]est)"
)
# "Fares have risen every year since 2015", "turnout rose at every poll since 1997": a
# change made again and again is a trend, neither a state nor one event. A service that
# runs ("the ferry has sailed daily since 1968") goes on from its first.
_TREND = (
    r"(?:increased|raised|rose|risen|grew|grown|fell|fallen|cut|reduced|decreased|declined|"
    r"dropped|lowered|doubled|climbed|expanded|shrunk|shrank|widened|narrowed|improved|"
    r"worsened|retreated|advanced|eroded|subsided|gained|(?:gone|went|go|goes)\s+(?:up|down))"
    r"\b[^,;.]{0,40}?\b"
)
# A figure a change is by: "some 1,240 m", "a third"
_ROUGH_FIGURE = (
    # (not a year: "fell in 1998 but has been rising since 2008")
    rf"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(?:(?!{YEAR_FIGURES}\b)\d|"
    r"(?:a|one|two)\s+(?:half|third|quarter|fifth|tenth)|half)"
)
# A change of level told with its figure and no "by": "the cliff has retreated 14.2 m since
# March 2009", "shares have risen 40 percent since" (not "has raised 1.2 million pounds
# since 2019", a sum gathered)
_RISEN = (
    r"(?:rose|risen|fell|fallen|grew|grown|dropped|declined|climbed|retreated|advanced|"
    r"eroded|subsided|shrunk|shrank)\b[^,;.]{0,40}?\b"
)
# A practice kept at each occasion, or a count of them, is a habit, right before "since"
# and its date: "have met every year since 2018", "has played in every edition since
# 2006", "recorded 11 times since 1968" (not a service's cadence, "every month since 1891",
# "daily since 1968", nor a programme's cycle, "every two years since 2016", nor what
# records cover, "for every year since 1538", nor "since the storm of 1953", a fact)
_OCCASION = (
    r"years?|seasons?|summers?|winters?|springs?|autumns?|editions?|meetings?|"
    r"census(?:es)?|elections?|games?|matches|match|Christmas|Easter|monsoons?|festivals?|"
    r"terms?|tournaments?|championships?|races?|shows?|fairs?|harvests?"
)
_HABIT_SINCE = re.compile(
    rf"(?:(?<!\bfor\s)\b(?:every|each)\s+(?:single\s+)?(?:{_OCCASION})|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times(?!\s+(?:a|an|per|each)\b))\b"
    rf"(?:(?!\band\s+(?:has|have|had|is|are)\b)[^,;.]){{0,80}}\bsince\s+{ROUGHLY}$",
    re.IGNORECASE,
)
# A superlative, "first" or an ordinal ("the fourth hold since February") in the clause
# before "since": a comparison or a count, not a state that goes on; so is a trend. Not
# a part of a word: "has been read-only since 2 May".
_COMPARED = re.compile(
    # ("a second plant", another one, counts nothing)
    # ("The record shows that ... had used the mat since 2018": a document, no record set)
    rf"\b(?<!-)(?<!\ba\s)(?:{_SUPERLATIVE}|"
    r"record(?!\s+(?:shows?|showed|states?|stated|says|said|indicates?|of|book|office)\b)|"
    # ("the only win since 2019", not a verb's "have made only water-based paints since")
    r"most|least|first|(?-i:Only)|(?:(?<=\bthe )|(?<=\bits )|(?<=\bour )|(?<=\bhis )|"
    r"(?<=\bher )|(?<=\btheir )|(?<=['’]s )|(?<=s['’] ))only|"
    # (not a rank's name: "have been in the second tier since 2019"; but "the second division
    # title since 1987" still counts)
    r"(?:(?<!\bin the )(?<!\binto the )(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)|(?:second|third|fourth|fifth|sixth)(?!\s+(?:tier|division|flight)\b"
    r"(?!\s+(?:title|titles|crown|win|wins|championship)\b)))|"
    # a comparative ("faster than in any year since"), a level "not seen since"
    r"(?<!more )(?<!less )(?<!fewer )(?<!other )(?<!rather )than"
    # not a measure of need: "has kept data for longer than necessary since 2018"
    r"(?!\s+(?:necessary|needed|required|allowed|permitted))|not\s+(?:been\s+)?seen|unseen|"
    # (or a level not had: "has not had such light winds since 2003")
    r"not\s+(?:had|known|enjoyed|suffered)\s+(?:such|so\s+(?:many|much))|"
    # "18,204 inhabitants, more than at any time since 1900", "more than any consultation"
    r"(?:more|less|fewer)\s+than\s+(?:(?:at|in|during)\s+)?any|"
    # a change by a figure: "pay has fallen by 18% in real terms since 2010", "the cliff has
    # retreated 14.2 m since March 2009"
    rf"{_TREND}(?=by\s+{_ROUGH_FIGURE})|{_RISEN}(?={_ROUGH_FIGURE})|"
    # "every year", and any occasion counted again: "at every election", "in each census"
    rf"{_TREND}(?:(?:(?:in|at|with|after)\s+)?(?:every|each)\s+(?:single\s+)?[a-z-]{{3,}}|"
    r"annually|yearly|monthly|weekly|daily)|"
    # not over a clause of its own: "was first held in 1868 and has been raced there since"
    rf"\d+(?:st|nd|rd|th))\b(?:(?!\band\s+(?:has|have|had|is|are)\b)(?:[^,;.]|[.,](?=\d))){{0,80}}"
    rf"\bsince\s+{ROUGHLY}(?:the\s+)?"
    r"(?:(?:(?:comparable|reliable|official|national|modern|continuous)\s+)?records?\s+"
    rf"(?:began|started)\s+in\s+)?{EVENT_OF}$",
    re.IGNORECASE,
)
# A superlative before "since" part of a year: "their biggest monthly gain since mid-2022"
_PART_COMPARED = re.compile(
    rf"\b(?:{_SUPERLATIVE})\b[^,;.]{{0,80}}\bsince\s+(?:early|mid|late)-?\s*$", re.IGNORECASE
)
# "has held the 800 metres record since 2022": a record held is a state, no comparison.
_HELD_RECORD = re.compile(
    r"\b(?:held|holds|hold|holding|kept|keeps)\s+(?:the|a|its|his|her|their)\s+[^,;.]{0,40}"
    r"\brecords?\s+since\s+$",
    re.IGNORECASE,
)
# "its largest deal since the group was founded in 1998": a clause of its own tells a fact.
OWN_CLAUSE = re.compile(
    r"\bsince\s+(?:the|a|an|its|his|her|their|it|he|she|they|we)\b[^,;.]{0,40}?\s"
    r"(?:was|were|had\s+been)\s+[a-z]+(?:ed|en|wn|lt|ght)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
# A character of the clause after a superlative, up to where a verb of its own begins.
_NO_VERB = r"(?:(?!\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|do)\b)[^,;.:])"
# "the heaviest snowfall measured in the valley between 1900 and 1950", "the wettest
# summer in 1961-1990": a span after a superlative is the scope of the comparison, unless a verb of
# its own comes between ("the largest mill was built between 1840 and 1850").
_COMPARED_OVER = re.compile(
    r"\b(?:the|its|their|his|her|our|a|[\w.]+['’]s)\s+(?:(?:second|third|single|very)\s+)?"
    rf"(?:{_SUPERLATIVE})\b{_NO_VERB}{{0,60}}\b(?:between|from|in|during|over|for)\s+"
    r"(?:the\s+(?:years?|period|decades?|seasons?)\s+)?$",
    re.IGNORECASE,
)

# "the deepest for early February since 2017", "the wettest for the month of May": a part
# or a whole period after a superlative's "for" is the scope of the comparison (not "the
# latest flight booked for 3 March", "the best spot for 4 July fireworks").
_COMPARED_FOR = re.compile(
    r"\b(?:the|its|their|his|her|our|a|[\w.]+['’]s)\s+(?:(?:second|third|very)\s+)?"
    rf"(?:{_SUPERLATIVE})\b{_NO_VERB}{{0,40}}\bfor\s+"
    r"(?:the\s+(?:month|year|season)\s+of\s+|(?:early|late|mid)[\s-]+)$",
    re.IGNORECASE,
)


# "the highest figure before 1990": the year bounds a comparison, no fact happened then.
_COMPARED_BEFORE = re.compile(
    rf"\b(?:the|its|their|his|her)\s+(?:{_SUPERLATIVE})\b{_NO_VERB}{{0,40}}"
    r"\b(?:before|until|till|prior\s+to)\s+$",
    re.IGNORECASE,
)


_PRIOR_FIGURE = re.compile(r"\s*:\s*[^()]{0,30}\d[^()]{0,30}\)")
_UNCHANGED = re.compile(
    r"\b(?:has|have|had)\s+(?:barely|hardly|scarcely|little|not|never)\s+changed\s+since\s+$",
    re.IGNORECASE,
)
_NOT_CHANGED = re.compile(  # (a price's: not a turnout's, a share's or an opinion's)
    r"\b(?:fares?|fees?|prices?|charges?|rents?|tariffs?|tolls?|subscriptions?|rates?)\b[^,;.]{0,40}"
    r"\b(?:has|have)\s+(?:not|never)\s+changed\s+since\s+$",
    re.IGNORECASE,
)
# a record that had stood since the day it was set, told after "when": "had stood since 12
# June 2016, when Douglas Pryce set it" (without it, "has stood since 1120" is a state)
_STOOD = re.compile(r"\b(?:has|have|had)\s+(?:stood|lasted|survived)\s+since\s+$", re.IGNORECASE)
# A comparative's other term ("earlier than last year"), not a bound ("no later than 1 May")
_THAN = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(?:more|fewer|less|earlier|later|higher|lower|bigger|smaller|"
    r"greater|larger|better|worse|warmer|colder|wetter|drier)\s+than\s+(?:(?:in|at|on|during)\s+)?$",
    re.IGNORECASE,
)


def a_change_s_base(before: str) -> bool:
    """Whether a date counted from another after ``before`` is only the base a change is
    measured from ("fell 11 percent in September from a year earlier"), no event."""
    return _CHANGED_FROM.search(before[-120:]) is not None


# (told done: "will rise 6.5 percent from January 1" is the day the rise takes effect)
_CHANGED_FROM = re.compile(
    r"\b(?:rose|fell|increased|decreased|dropped|grew|climbed|slipped|jumped|slumped)\s+"
    r"(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)[^.;]{0,40}\s+"
    r"(?:from|compared\s+(?:with|to))\s+$"
    # (or a figure's change set off after it: "612,400 people, down 38,000 on a year earlier")
    r"|\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)?\s+(?:on|from)\s+$",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(
    r"\b(?:has|have)\s+been\s+(?:in\s+(?:place|force|operation|use|service)|open|closed|shut)\b"
    # (not "for the first time since 1990", "for longer than in any year since 1998")
    r"(?:(?!\b(?:time|than)\b)[^,;.]){0,60}\bsince\s+$",
    re.IGNORECASE,
)
_THE_YEAR = re.compile(r"\bsince\s+the\s+year\s+$", re.IGNORECASE)


def compared_since(before: str) -> bool:
    """Whether a date after ``since`` is only compared with ("its biggest gain since
    December 2011") or counted from ("fares have risen every year since 2016"), so that it dates
    nothing. A record held since a date is a state ("has held the 800 metres record since
    2022"), and a clause of its own after "since" tells a fact ("its largest deal since the
    group was founded in 1998")."""
    if _HELD_RECORD.search(before[-120:]) or OWN_CLAUSE.search(before[-80:]):
        return False
    if _IN_PLACE.search(before[-100:]):
        return False  # "has been in place around the first premises since 7 January": a state
    before = _THE_YEAR.sub("since ", before)  # "the wettest June since the year 1910"
    return (
        _COMPARED.search(before[-120:]) is not None or _NOT_SINCE.search(before[-100:]) is not None
    )


# A win not had since a date: "Rovers have not won a trophy since the 2009 final", "had not
# won a title since 2019" (the date of the last, told only in passing).
_NOT_SINCE = re.compile(
    r"(?:\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:won|beaten|lost|scored|reached|lifted|"
    r"claimed)\b|"
    # "a time no crew has come close to since 1996": a record unmatched
    r"\bno\s+(?:\w+\s+){0,2}?(?:has|have)\s+(?:come\s+close|matched|equalled|equaled|"
    r"bettered|beaten|surpassed)\b)"
    # (not over a clause of its own: "was never lost and has been kept ... since 1952")
    r"(?:(?!\b(?:and|but)\b)[^,;.]){0,60}\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the first outbreak since February 2021, when the disease was found in geese": the clause
# after "when" tells what happened on the date compared with.
# (not "when adjusted for inflation": a condition with no subject)
_WHEN = re.compile(
    r",?\s+(?i:when)\s+(?P<body>(?:(?i:the|a|an|its|their|his|her|he|she|it|they|we)|[A-Z]\w*)\b"
    r"[^,;.]*)"
)


# A clause that tells of something done: "the disease was confirmed", "they went down 3-0";
# not a state ("conditions were similarly calm", "he was still at school").
_HAPPENED = re.compile(
    r"\b(?:(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]+en|found|held|built|made|won|"
    r"lost|sold|struck|laid|sent|told)|(?<!\bwas\s)(?<!\bwere\s)[a-z]{3,}ed|went|won|lost|came|"
    r"took|fell|rose|broke|began|beat|gave|met|saw|struck|sank|left|ran|hit|won|set)\b"
)
_RECORD_WORD = re.compile(r"\brecords?\b", re.IGNORECASE)


def told_when(before: str, after: str) -> str | None:
    """The clause that tells what happened on a date only compared with (see
    :func:`compared_since`, or after "than"), when the words ``after`` it tell one: "had
    not lost since December 7, when they went down 3-0 at Felton"."""
    when = _WHEN.match(after)
    compared = (
        compared_since(before)
        or _THAN.search(before[-60:]) is not None
        # "sung every Christmas since 1918, when it was founded", "has not changed since
        # 1867, when the railway arrived"
        or _HABIT_SINCE.search(before[-160:]) is not None
        or _UNCHANGED.search(before[-80:]) is not None
        or (
            _RECORD_WORD.search(before[-120:]) is not None
            and _STOOD.search(before[-40:]) is not None
        )
    )
    if when is None or not _HAPPENED.search(when["body"]) or not compared:
        return None  # not a state: "its fastest since 2009, when conditions were calm"
    return when["body"]


# What the first time since a date compares: "the first time since 1998 that Rovers have
# led the table in November" (the month of the comparison, no day of its own).
_FIRST_TIME_THAT = re.compile(
    r"\b(?:first|only)\s+time\s+since\s+[^,;.]{1,30}?\s+that\s+[^,;.]*$", re.IGNORECASE
)
_SAME_POINT = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+[^;.]{0,50}?\b(?:at|by)\s+the\s+same\s+"
    r"(?:point|time|stage|date)\s+(?:(?:in|of)\s+)?$",  # not "At the same time in 1871, ..."
    re.IGNORECASE,
)
# "Since 1957 the terminus has retreated some 1,240 m": a change by a figure told after a
# "since" that opens the sentence.
_OPENING_SINCE = re.compile(r"^\W*since\s+$", re.IGNORECASE)
_CHANGED_AFTER = re.compile(
    rf"^,?\s+[^.;:]{{0,60}}?\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:{_TREND}|(?:retreated|advanced|"
    r"thinned|shrunk|gained|lost)\b[^,;.]{0,40}?\b)(?:by\s+)?(?:(?:some|about|around|nearly|"
    r"almost|more\s+than|over|less\s+than)\s+)?[\d£$€]",
    re.IGNORECASE,
)


def only_compared(before: str, *, span: bool, after: str = "") -> bool:
    """Whether the date between ``before`` and ``after`` dates nothing because it is only
    compared with: a date after ``since`` as in :func:`compared_since`, or one that opens a
    change by a figure ("Since 1957 the terminus has retreated some 1,240 m"), the scope
    of a superlative ("the deepest for early February") or, for a ``span`` of two dates,
    any ("the wettest between 1961 and 1990")."""
    if compared_since(before) or _COMPARED_BEFORE.search(before[-120:]):
        return True
    if _HABIT_SINCE.search(before[-160:]):
        return True  # "The sides have met in the championship every year since 2018"
    if _OPENING_SINCE.match(before) and _CHANGED_AFTER.match(after):
        return True
    if _SAME_POINT.search(before[-120:]):
        return True  # "fell to 41%, against 73% at the same point last year"
    if _PART_COMPARED.search(before[-120:]):
        return True  # "their biggest monthly gain since mid-2022"
    if _COMPARED_FOR.search(before[-120:]):
        return True  # "187 cm, the deepest for early February since 2017"
    if _FIRST_TIME_THAT.search(before[-160:]):
        return True  # "the first time since 1998 that Rovers have led the table in November"
    if _THAN.search(before[-60:]):
        return True  # "three days earlier than last year", "two more than last spring"

    if before.endswith("(") and _PRIOR_FIGURE.match(after):
        return True  # "Profit before tax GBP 412m (2022: GBP 371m)": the year before's figure
    if _UNCHANGED.search(before[-80:]) and not (
        _NOT_CHANGED.search(before[-80:]) and not re.match(r"\s+by\b", after)
    ):
        # "the pattern has barely changed since 1867" (but "Fares have not changed since
        # April 2022" is a state: the fares of April 2022 still hold)
        return True
    return span and _COMPARED_OVER.search(before[-120:]) is not None


def dates_nothing(before: str, after: str, *, span: bool) -> bool:
    """Whether the date between ``before`` and ``after`` is only compared with (see
    :func:`only_compared`) and no ``when`` clause tells what happened then (see
    :func:`told_when`): "the biggest gain since 2011" dates nothing; nor does a day a card
    says nothing is on ("No matches Tue 23 and Tue 30 Dec (Christmas).")."""
    line = before + re.split(r"[.;!?](?:\s|$)", after, maxsplit=1)[0]
    if not span and _NOTHING_ON.search(before) and not _TOLD.search(line):
        # (not a break's days, "No league games from 10 to 14 February", nor news told in a
        # clause, "No racing took place at Cheltenham on Wednesday 12 March after frost")
        return True
    return only_compared(before, span=span, after=after) and not told_when(before, after)


_NOTHING_ON = re.compile(  # (after a line run on into it too: "... raffle prize) No drive in")
    r"(?:^|[.)]\s+)\W*No\s+(?:(?:league|club|cup|home|away)\s+)?(?:matches|match|fixtures?|games?|play|"
    r"drives?|meetings?|racing|sessions?|classes|practice|training)\b[^.;:,]*$"
)
# a verb or a clause of the card's line, up to its end: it tells what was or will be done
_TOLD = re.compile(
    r"\b(?:was|were|is|are|be|been|being|will|would|could|can|has|have|had|took|sat|held|"
    r"[a-z]{3,}ed)\b|\s[-–—]\s|,\s+(?:when|because|as|after|while)\b"
)


def every_date_only_compared(sentence: str, found: Sequence[Found]) -> bool:
    """Whether every date ``found`` in ``sentence`` dates nothing (see
    :func:`dates_nothing`): "8 January." over "A gust of 162 km/h was recorded, the
    strongest since 2018." is still an entry of its heading's day."""
    return bool(found) and all(
        dates_nothing(sentence[: item.start], sentence[item.end :], span=item.first != item.last)
        for item in found
    )
