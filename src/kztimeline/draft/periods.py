"""A period that dates no fact because the sentence describes or measures it as a whole:
"2024 was a year of renewal", "the water bill for 2022-23 was £1,240", "in 2015 there were
600 members", "bilateral trade last year was the highest since 2008". It still sets the time
the text is in (see :func:`~kztimeline.draft.normalise.find_dates`); a date only named is
:mod:`kztimeline.draft.references`'s.
"""

from __future__ import annotations

import re

from kztimeline.draft.cues import SINCE_BEFORE

__all__ = ("only_framing",)


def only_framing(sentence: str, start: int, end: int, period: bool) -> bool:
    """Whether the date at ``start:end`` of ``sentence`` (a ``period``, or a point) is only
    the time its sentence describes, measures or tells a habit of: no fact happened on it."""
    return (
        described_as_a_whole(sentence, start, end)
        or (period and a_figure_for(sentence, start, end))
        or a_level_for(sentence, start, end)
        or a_habit_of(sentence, start, end)
    )


# A period described as a whole, its date the subject of "was a" ("2024 was a year of
# renewal", "The 1990s were a decade of reform"); "1991 was the year when..." names a fact.
# (also after a clause of its own: "Storage has been low since February, and March was the
# driest March since 1953")
_SUBJECT = re.compile(r"(?:.*(?:,\s+and|;)\s+)?\s*(?:the\s+(?:year\s+)?)?", re.IGNORECASE)
_DESCRIBED_AS = re.compile(
    r"\s+(?:was|were|is|are|has been|had been|has not been|will be|remains|remained|proved|"
    r"became)\s+"
    r"(?:(?:also|again|truly|not)\s+)?(?:(?:a|an|another|one of)\b|"
    # compared as a whole: "March was the driest March since 1953"
    r"the\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\b(?=[^.;]*\bsince\b)|"
    # "This year has not been easy." (not "Monday was difficult: the ferry broke down")
    r"(?:very\s+)?(?:easy|hard|difficult|busy|quiet|tough|challenging|eventful|memorable)\s*[.!]?$)"
)


def described_as_a_whole(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens ``sentence`` as the subject of a description
    of the whole period ("2024 was a year of renewal"), or is the financial year a plan is
    for ("the financing remit for 2025-26"): no fact happened on it."""
    if _FOR_THE_YEAR.search(sentence, max(0, start - 40), start):
        return re.fullmatch(r"\d{4}\s*[/–-]\s*\d{2}", sentence[start:end]) is not None
    return _SUBJECT.fullmatch(sentence[:start]) is not None and bool(
        _DESCRIBED_AS.match(sentence, end)
    )


_FOR_THE_YEAR = re.compile(
    r"\b(?:remit|budget|plan|programme|allocation|estimates|accounts|strategy|quota|forecast)s?"
    r"\s+for\s+(?:the\s+)?$|"
    r"\b(?:award|settlement)s?\s+(?:for\s+(?:the\s+)?)?$"  # (or a pay award's: "award 2025-26")
)


# A figure for a period: "the water bill for 2019-20 was £980", "in 2015 there were 600
# members", "by 2019 the town had 40,000 inhabitants", "sales totalled 3 million units in
# the 2018/19 season". The verb gives an
# amount, not an event, and the date only says which period it covers.
_FIGURE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|stood at|totall?ed|amounted to|came to|numbered|"
    r"remains?|remained|"  # "availability this year remains 99.95 percent"
    # "has set the total allowable catch of cod at 21,500 tonnes for 2026"
    r"(?:set|fixed|capped)\s+[^,;.]{0,60}?\bat|"
    r"there\s+(?:was|were|is|are))\s+(?:(?:a|an|new|record|total|estimated|peak|of|some|up|down|by|"
    r"about|around|roughly|nearly|almost|over|under|just|only|more|less|than)\s+)*"
    r"(?:[£$€¥₸]|(?:EUR|USD|GBP|CHF|JPY|KZT|SEK|NOK|DKK)\s*)?\d(?:[\d,.]*\d)?",
    re.IGNORECASE,
)
_AIM = re.compile(r"\b(?:aims?|plans?|intends?|expects?|hopes?|will|targets?)\b")
_BY = re.compile(r"\b(?i:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$")
_SET_AT = re.compile(r"(?i:set|fixed|capped)\b")
# What stands between a figure and its period in one clause: no comma, no other clause.
_OTHER_CLAUSE = re.compile(
    r"[,;:()]|\b(?:when|after|before|while|as|and|but|which|who|whose|that|until|since|"
    r"because|if)\b",
    re.IGNORECASE,
)


# A quantity's level over a period compared with the years since: "bilateral trade last
# year was the highest since 2008", "electricity prices this autumn were the lowest since
# 2020". The period is what is measured; "the flood this year was the worst since 1953"
# tells of a flood, an event, and stays.
_LEVEL = re.compile(
    r"\b(?:trade|prices?|exports?|imports?|sales|output|production|growth|inflation|turnout|"
    r"rainfall|temperatures?|figures|numbers|revenues?|profits?|earnings|unemployment|demand|"
    r"traffic|visitors|arrivals|investment|spending|costs?|rates?|levels?|volumes?|yields?|"
    r"harvests?|catch(?:es)?|attendance|ridership|emissions|enrol(?:l?ment|ments)|admissions|"
    r"applications|complaints|passengers|cases|crossings|bookings|registrations|"
    r"injuries|accidents|crimes|deaths|throughput|availability|occupancy|utili[sz]ation|"
    # (a number's point is no stop: "turnout of 19.8% was the lowest")
    # nor a clause of its own: "fell when the stadium shut on 4 March 2030 and was"
    r"usage|punctuality|reliability)\b(?:(?!\b(?:when|after|before|while|and|because)\b)[^,;.]|(?<=\d)[.,](?=\d)){0,60}?"
    r"\b(?:(?:was|were|is|are|"
    r"has\s+been|have\s+been|remained|stood)\s+(?:at\s+)?(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:highest|lowest|largest|smallest|biggest|best|worst|strongest|weakest|busiest|"
    r"most|least|fewest)\b|"
    # a headline with no verb: "Road deaths in first quarter lowest since 2009"
    r"(?:highest|lowest|fewest|most)\s+since\b)"
    # a count told of again by a pronoun: "in 2024 they were the most numerous since 2016"
    r"|\bthey\s+(?:were|are|have\s+been)\s+(?:at\s+)?(?:the|their)\s+(?:most\s+numerous|"
    r"highest|lowest|fewest|most\s+frequent)\b",
    re.IGNORECASE,
)


def a_level_for(sentence: str, start: int, end: int) -> bool:
    """Whether the period at ``start:end`` is only the time a quantity's level is measured
    over, compared with the years since (see above)."""
    # only the clause around the date: a level's words lie within about a hundred characters
    window = max(0, start - 120)
    return any(
        (match.start() < start and end < match.end())
        # the period before the level's clause: "in 2024 they were the most numerous"
        # or its owner: "Last year's turnout of 19.8% was the lowest since 2012"
        or (match.start() >= end and sentence[end : match.start()].strip(" ,") in ("", "'s", "’s"))
        for match in _LEVEL.finditer(sentence, window, min(len(sentence), end + 120))
    )


def a_figure_for(sentence: str, start: int, end: int) -> bool:
    """Whether the month or longer period at ``start:end`` only says which period a figure
    of its clause covers (see above). What a thing reached or hit ("shipments reached 1.2
    million tonnes in the third quarter") is news of that period, a fact."""
    clause = sentence.rfind(",", 0, start) + 1  # (the aim in the date's own clause)
    if _BY.search(sentence, max(0, start - 30), start) and _AIM.search(sentence, clause, start):
        return False  # "aims to have 1 GWh of storage in operation by 2030": a target's date
    for match in _FIGURE.finditer(sentence):
        if start < match.end() <= end:
            continue  # the number is the date itself: "the deadline is 30 June"
        if SINCE_BEFORE.search(sentence, 0, start) and _SET_AT.match(match.group()):
            continue  # "Since 2021 the fleet has been capped at 140 licences": a rule in force
        between = (
            sentence[match.end() : start] if match.end() <= start else sentence[end : match.start()]
        )
        if not _OTHER_CLAUSE.search(between):
            return True
    return False


# A decade or a century's habit, its adverb before the verb of its clause: "In the 1840s
# weavers usually worked at home", "In the 1840s, travellers reported, kilims usually covered
# the floors" (not "In the 1840s the firm expanded", nor "usually dated to the 1840s")
_DECADE = re.compile(r"(?:the\s+)?(?:\d{3}0s|[a-z]+(?:-[a-z]+)?\s+century)", re.IGNORECASE)
# (opening its clause, then only the clause's subject, or an aside, before the adverb: not
# "was built in the 1720s and was often used", "the club moved there, where crowds often")
_OPENS_ITS_CLAUSE = re.compile(r"(?:^|[,;]\s*)(?i:in|during|throughout|by)\s+$")
_HABIT_AFTER = re.compile(
    r",?(?:\s+[^,.;]{1,40},)?\s+"
    r"(?:(?!(?:and|but|or|which|who|where|when|was|were|had|is|are|[a-z]+ed)\b)[\w'’-]+\s+){1,4}?"
    r"(?:usually|generally|normally|typically|commonly|often)\s+"
    r"(?!(?:dated|thought|said|called|known|given|attributed|placed)\b)[a-z]+(?:ed|s)\b"
)


def a_habit_of(sentence: str, start: int, end: int) -> bool:
    """Whether the decade or century at ``start:end`` of ``sentence`` is only the time of a
    habit its clause tells ("In the 1840s weavers usually worked at home"): no event."""
    return (
        _DECADE.fullmatch(sentence[start:end]) is not None
        and _OPENS_ITS_CLAUSE.search(sentence, 0, start) is not None
        and bool(_HABIT_AFTER.match(sentence, end))
    )
