"""What the words around a date say about it: a bound, a state that continues, a comparison
rather than an event, or a plan rather than a fact (what makes it approximate or doubted is
told in :mod:`~kztimeline.draft.doubts`).

- ``until``, ``by``, ``before``, ``no later than`` X, and X ``at the latest``: the fact lies
  no later than X (``../X``); ``no earlier than``, ``not before`` X and X ``at the earliest``:
  no earlier than X (``X/..``);
- ``since`` X, ``from X onwards``, X ``to the present`` (``– present``, ``to date``), and
  ``after X`` opening a clause that tells who ran or held something then (``After 1991 the
  observatory was run by...``): a state that goes on (``X/..``), except after a superlative
  ("the biggest gain since 2011"), where X is only a point of comparison and no event at all,
  or after a trend ("fares have risen every year since 2016"); a span after a superlative ("the
  wettest between 1961 and 1990") is only the scope of the comparison (see
  :mod:`~kztimeline.draft.compared`);

A plan or a forecast (``will``, ``is scheduled to``...) is told by the tense of the verb that
governs the date (:func:`~kztimeline.draft.tense.tense_at`), by a date after the
publication, or by a deadline set with ``must`` or ``shall`` (:func:`planned`).
"""

from __future__ import annotations

import re
from datetime import date

from kztimeline.draft.compared import OWN_CLAUSE, compared_since, told_when
from kztimeline.draft.cues import (
    CLOCK,
    EVENT_OF,
    EVENT_ON,
    ROUGHLY,
)
from kztimeline.draft.days_set import MOVED_ON, REMANDED_TO
from kztimeline.draft.mentions import names_a_day
from kztimeline.draft.tense import Tense, tense_at, tense_of, tense_of_a_day
from kztimeline.edtf import parse_date

__all__ = (
    "a_deadline_ahead",
    "bounded",
    "open_to_present",
    "planned",
    "since_before",
    "tense_of_a_date",
)

_UNTIL = re.compile(
    # not "dated to 1702", "traced to 1150": the date itself; nor a way through, "the last cargo
    # passed through in about 1921", "families who lived through the 1987 flood"
    rf"\b(?:until|till|(?<!\bpassed )(?<!\bcame )(?<!\bgot )(?<!\blived )through|up to|"
    rf"(?<!dated )(?<!traced )(?<!attributed )to|by|before|"
    rf"no later than|not later than|at\s+the\s+latest,?\s+(?:on|in))\s+{ROUGHLY}"
    # an hour of the day before it: "taken ashore by 2 a.m. on Wednesday"
    # ("by 12:00 UTC on 22 May", a bulletin's "by 1800 UTC Friday")
    r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d|noon|midnight|"
    # (and "move vehicles before 2200 on Sunday")
    r"(?<!\bto\s)[0-2]\d[0-5]\d(?=\s*(?:UTC|GMT|BST|CET|[ECMP][SD]T|hrs)\b|\s+(?:on\s|$)))"
    r"(?:\s*(?:UTC|GMT|BST|CET|hrs|hours|local\s+time))?\s+(?:on\s+)?)?"
    r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?|end-|(?:early|mid|late)(?:-|\s+)|"
    # "submitted by the deadline of 30 November"
    r"(?:deadline|(?:[a-z]+\s+)?closing\s+date|cut-off\s+date)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# a deadline, whatever follows it: "left no later than 30 June 2020, when ..."
# "no later than 1 May, when ...", "by the 20th, when ...": still a deadline before "when"
_DEADLINE = re.compile(
    r"\b(?:(?:no|not)\s+later\s+than|by)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.IGNORECASE
)
# a thing of its year after "by the", not a time: "hit by the 2020 floods", "set by the 2016
# team" (not "by the 2026 season", "by the 2030 deadline")
_A_THING = re.compile(
    r"\d{4}\s+(?!(?:season|deadline|target|date|end|start|beginning|close|summer|winter|spring|"
    r"autumn|fall|year|term|session|census|games|olympics|festival|anniversary|budget|"
    r"general\s+election|election|elections|world\s+cup|tournament|championships?)\b)[a-z]"
)
_JUST_BEFORE_AN_HOUR = re.compile(
    r"\b(?:shortly|just|soon|moments|minutes)\s+before\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|"
    r"\d{1,2}[:.]\d\d|noon|midnight)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(
    r"\b(?:rose|fell|increased|decreased|dropped|grew|climbed|jumped|slumped|gained|lost|cut|"
    r"reduced|raised|lowered|up|down|rise|fall|rises|falls)\s+by\s+[\d,.]+\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_OPEN_LATE = re.compile(
    r"\bstays?\s+open(?:\s+late)?\s+until\s+(?:[7-9]|1[01])(?:[.:]\d\d)?\s*p\.?m\.?\s+on\s+$"
)
_HOURS_OF_THE_DAY = re.compile(
    rf"\b(?:from|between)\s+{CLOCK}\s*(?:to|until|till|and|[-–])\s*{CLOCK}\s+on\s+$", re.I
)
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^,;.]{0,60}\b(?:until|till)\s+(?:the\s+)?$", re.I)
_UNTIL_WHEN = re.compile(r",?\s+when\s+", re.IGNORECASE)
# "by 31 March at the latest", "14 April 2025, 12:00 at the latest"
_AT_THE_LATEST = re.compile(rf"^,?(?:\s+(?:at\s+)?{CLOCK})?,?\s+at the latest\b", re.IGNORECASE)
# "no earlier than 1 May", "not before 1 May", "1 May at the earliest": a bound from below.
_NOT_BEFORE = re.compile(
    r"\b(?:no|not)\s+(?:earlier|sooner)\s+than\s+$|\b(?:not|n't)\b[^,;.]{0,60}\bbefore\s+$", re.I
)
_AT_THE_EARLIEST = re.compile(r"^,?\s+at the earliest\b", re.IGNORECASE)
_SINCE = re.compile(
    # "since at least 2005", "since 3 a.m. on Sunday"
    rf"\bsince\s+(?:at\s+least\s+)?{ROUGHLY}(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|"
    rf"local time)?\s+(?:on\s+)?)?(?:the\s+year\s+)?(?:the\s+)?{EVENT_OF}$",
    re.IGNORECASE,
)


def since_before(before: str) -> bool:
    """Whether "since" just before a date makes it the start of a state that goes on."""
    return _SINCE.search(before) is not None and not compared_since(before)


# (its hour may come first: "closed from 18:00 on 19 August until further notice")
_FROM = re.compile(rf"\bfrom\s+(?:the\s+|{CLOCK}\s+on\s+)?$", re.IGNORECASE)
_SINCE_EVENT_ON = re.compile(  # (a state's verb: "has been shut", not "have arrested 14")
    rf"\b(?:has|have|had)\s+(?:been|led|topped|held|remained|stayed|sat|stood)\b[^,;.]{{0,80}}"
    rf"\bsince\s+{EVENT_ON}$",
    re.I,
)
# "2015 – present", "1998 to date", "March 2020 until now": a span still open at its end.
_TO_PRESENT = re.compile(
    r"^\s*(?:[-–—]|to|until|till|through)\s*(?:the\s+)?(?:present(?:\s+day)?|date|now)\b"
    # not a verb and its object: "on Thursday to present the programme"
    r"(?!-|\s+(?:of|for|the|a|an|its|his|her|their|our|it|them|this|these|that)\b)"
    # nor an adjective before its noun: "12 May 1903 - The present building is opened"
    r"(?<!present(?=\s(?!(?:and|but|or|in|at|with|as|when|while)\b)(?-i:[a-z])))",
    re.IGNORECASE,
)
# ("closed from 30 March until further notice": open at its end as well)
_ONWARDS = re.compile(r"^\s*(?:on(?:wards?)?|forwards?|until\s+further\s+notice)\b", re.IGNORECASE)
# the words themselves, for the date's text: "from 1805 onwards", "from 2019 on,"
_ONWARDS_WORD = re.compile(r"^\s*(?:onwards?|forwards?|on(?=\s*(?:[,;.)]|$)))", re.IGNORECASE)
# "After 1991 the observatory was run by the academy": a clause that opens on "after" X and
# tells of a state (who ran, owned or held something, what it was part of) from X on.
_AFTER = re.compile(r"(?:^|[;:]\s*)[Aa]fter\s+$")
_STATE_FROM = re.compile(
    r"^,?\s+(?:[\w’'-]+\s+){1,5}?(?:was|were)\s+(?:(?:then|still|also)\s+)?"
    r"(?:run|owned|managed|governed|ruled|administered|controlled|operated|held|known|"
    r"called|named|used|based|part)\b"
)


def open_to_present(after: str) -> int:
    """How many characters of ``after`` say that a span goes on to now ("– present"), which
    belong to the date, not to the title; 0 when none do. "from 1805 onwards" too."""
    match = _TO_PRESENT.match(after) or _ONWARDS_WORD.match(after)
    return 0 if match is None else match.end()


# A rule in force from a day, told first: "From 1 May 2025, British nationals need an
# e-visa to enter", "From 6 April, the fee is £40"
_OPENING_FROM = re.compile(r"\W*(?i:from)\s+")
_RULE_IN_FORCE = re.compile(
    # (not a duty yet to come: "From 6 January, all appointments must be booked online";
    # nor a state for a while: "From 12 May, the road is shut for a day")
    r",\s+[^,;.]{0,60}?\b(?:need|needs|require|requires|pay|pays|costs?|(?:is|are)\s+"
    r"(?:required|payable|charged|valid|free|allowed|permitted|banned|mandatory|compulsory))\b"
    r"(?![^,;.]*\bfor\s+(?:a|an|one|two|three|four|\d+)\s+(?:day|week|month|hour)s?\b)"
)


def bounded(value: str, before: str, after: str, *, term: bool) -> str:
    """``value`` (one date, not an interval) with the bound its words give: ``X/..`` after
    ``since`` or for ``from X onwards``, ``../X`` after ``until``, ``by`` or ``before`` or
    with ``at the latest`` after it; else ``value`` itself."""
    # (or a state since an event on its day: "has been shut since the rockfall on 2 March")
    since = (_SINCE.search(before) or _SINCE_EVENT_ON.search(before)) and not OWN_CLAUSE.search(
        before[-80:]
    )
    if since and told_when(before, after):
        return value  # "the first outbreak since February 2021, when ...": the day it was
    if not term and (since or (_FROM.search(before) and _ONWARDS.match(after))):
        return f"{value}/.."
    if not term and _TO_PRESENT.match(after):
        return f"{value}/.."
    if not term and _AFTER.search(before) and _STATE_FROM.match(after):
        return f"{value}/.."
    if not term and _OPENING_FROM.fullmatch(before) and _RULE_IN_FORCE.match(after):
        return f"{value}/.."  # "From 1 May 2025, British nationals need an e-visa": in force
    if _NOT_BEFORE.search(before) or _AT_THE_EARLIEST.match(after):
        return f"{value}/.."
    if MOVED_ON.search(before) or REMANDED_TO.search(before) or _OPEN_LATE.search(before):
        return value  # "adjourned until 22 April", "stay open until 9pm on Friday 6 June": a day
    if _HOURS_OF_THE_DAY.search(before):
        return value  # "an event from 4pm to 8pm on Thursday 13 March": that day's hours
    if _UNTIL_WHEN.match(after) and _UNTIL.search(before) and not _DEADLINE.search(before):
        return value  # "ground grain until 1911, when a flood broke the dam": the flood's year
    if _UNTIL.search(before) and _NOT_UNTIL.search(before):
        return value  # "did not do so until August 2014": it happened then
    if re.search(r"\bby\s+the\s+$", before) and _A_THING.match(value + after):
        return value  # "affected by the 2020 floods": what did it, no bound ("by the 2026 season")
    if after.startswith(("'s", "’s")):
        return value  # "to add kayak cross to next year's series": the series of that year
    if _CHANGED_BY.search(before) or _JUST_BEFORE_AN_HOUR.search(before):
        # "The death toll rose by 1200 on Sunday": a change, no bound; "struck the bank
        # shortly before 9 p.m. on Monday": an hour of that day
        return value
    if _UNTIL.search(before) or _AT_THE_LATEST.match(after):
        return f"../{value}"
    if not before.strip(" -–—•*") and _BY_THIS_DATE.match(after):
        return f"../{value}"  # "30 March 2024 - The stores are to close by this date"
    return value


def a_deadline_ahead(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` of ``sentence`` is a deadline told as hoped
    for, not as met ("said repairs should be completed by April 30", "hoped to resume ... no
    later than March 24"; not "The parcel expected by 3 May came on 10 May")."""
    before = sentence[:start]
    return (
        bounded("0", before, sentence[end:], term=False).startswith("../")
        and _HOPED_FOR.search(before) is not None
        # (up to a clause of its own: "... by April 30 at the latest, once the cabling has
        # been replaced")
        and tense_of(re.split(r",\s+(?=[a-z])", sentence[end:], maxsplit=1)[0]) is not Tense.PAST
    )


# a state in the present, to last until a day: "are now funded through to", "is booked until"
_STATE_UNTIL = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?[a-z]+(?:ed|en)\s+(?:through(?:\s+to)?|until|till|"
    r"up\s+to)\s+(?:the\s+end\s+of\s+)?$"
)
_HOPED_FOR = re.compile(
    # (not "As expected, the company repaid the loan by ...": what was hoped for, done)
    r"(?<!\bas )\b(?:should(?!\s+have)|hop(?:e|es|ed|ing)|aim(?:s|ed)?|expect(?:s|ed)?|"
    r"intend(?:s|ed)?|purpos(?:es|ed)\s+to|promised|pledged|vowed)\b"
    # (not across a clause of its own: "Fans had hoped for a revival, but the club was
    # relegated by 1 March")
    r"(?:(?!,\s+(?:but|and|yet|while|though|although)\b)[^.;]){0,80}$",
    re.IGNORECASE,
)


# A date that is a field's value: "Settlement expected: around 19 December 2024".
_FIELD_VALUE = re.compile(
    r"^\W*[A-Z][^.:;]{3,80}:\s*(?:(?:around|about|c\.|by|no\s+later\s+than|from|on|in|"
    r"expected|planned|scheduled)\s+)*$"
)


# An entry's own date, told again as a bound: "30 March 2024 - The remaining stores are
# expected to close by this date".
_BY_THIS_DATE = re.compile(
    r"^\s*[-–—:]\s+[^.;]{0,100}?\b(?:by|before|no later than)\s+(?:this|that)\s+(?:date|day)\b",
    re.IGNORECASE,
)


# A verb that tells of a plan made, whose date is the plan's: "have called a strike for".
_ANNOUNCED = re.compile(
    r"\b(?:announced|called|scheduled|planned|fixed|postponed|rescheduled|moved|delayed|"
    r"proposed|promised|pledged|vowed|added|booked)\b"
)
# A promise to do something by or on the date, kept or not: what was promised is a plan.
_PROMISED = re.compile(
    r"\b(?:undert(?:ook|aken|akes?)|promis(?:ed|es?)|pledg(?:ed|es?)|vow(?:ed|s)?)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\b(?:[^.;:,]|,(?!\s+(?:and|but|while)\b))*$"
)
# A duty or an undertaking by a deadline: "must return the plot no later than", "has agreed
# to review its procedures by 30 September".
# (or asked to, with its deadline: "I have asked each company to submit a plan by 28 February",
# "I have asked the Office of Rail Standards to complete a review ... no later than")
_OBLIGED = re.compile(
    r"\b(?:must|shall|(?:is|are) (?:obliged|required|ordered|directed) to|(?:has|have) agreed to|"
    r"(?:has|have)\s+(?:now\s+|also\s+)?(?:asked|ordered|instructed|directed|required|invited)"
    r"\s+(?:[\w-]+\s+){1,6}?to|(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:asked|ordered|"
    r"instructed|directed|required|told)\s+to)"
    r"\s+(?!have\b)"
)


# a day set by what was done: "declared a dividend of 3.1p per share, payable on <a day>"
_DUE_WORDS = 20  # how far before its day "payable on" may start
_DUE_ON = re.compile(r"\b(?:payable|due|effective)\s+(?:on|from)?\s*$")


def tense_of_a_date(sentence: str, position: int, value: str) -> Tense:
    """The tense of the verb that governs ``value``, the date at ``position``: a day's is
    neutral under a present perfect ("has called both sides to a meeting on <a later day>":
    the perfect leaves its way open)."""
    return (tense_of_a_day if names_a_day(value) else tense_at)(sentence, position)


def planned(sentence: str, position: int, value: str, published: date | None) -> bool:
    """Whether ``value``, the date at ``position`` in ``sentence``, is a plan: the verb that
    governs it looks forward, to a date not yet past; or the date lies wholly after the
    publication, unless the text says it happened ("may open in 2025", "construction
    starts in 2025", and "have announced a strike on <a later day>": what was announced is
    still to come); or it is a deadline a ruling or a rule sets ("must return the plot no
    later than <day>")."""
    if value.endswith("/..") and _SINCE.search(sentence[:position]):
        return False  # "Since 2019 every driver must carry a permit": a duty in force
    if _PROMISED.search(sentence[:position]):
        return True  # "He undertook to publish the review no later than 31 March": a promise
    if value.startswith("..") and _OBLIGED.search(sentence, 0, position):
        return published is None or parse_date(value).known_last_day >= published
    if _FIELD_VALUE.search(sentence, 0, position) and published is not None:
        # "- Council tax bills issued to households: by 20 March 2025": a timetable's line,
        # the date its value; still to come when it lies after the publication
        return parse_date(value).known_first_day > published
    if (
        value.startswith("..")
        and published is not None
        and _STATE_UNTIL.search(sentence[:position])
    ):
        # "operations are now funded through to 31 December 2028": a state to last till then
        return parse_date(value).known_last_day >= published
    if value.startswith("..") and published is not None and _HOPED_FOR.search(sentence[:position]):
        # "said repairs should be completed by April 30": a deadline hoped for, still ahead
        return parse_date(value).known_last_day >= published
    tense = tense_of_a_date(sentence, position, value)
    if tense is Tense.PAST and not _ANNOUNCED.search(sentence, 0, position):
        # "The airport opened in <a later year>": the text says it happened; "Applications
        # received until <a later day> will be processed": a participle, the verb ahead.
        # (or a day set by what was done, which lies ahead: see _DUE_ON)
        due = _DUE_ON.search(sentence, max(0, position - _DUE_WORDS), position) is not None
        return (
            published is not None
            and parse_date(value).known_first_day > published
            and (due or tense_of(sentence[position:]) is Tense.FUTURE)
        )
    if tense is not Tense.FUTURE:
        return published is not None and parse_date(value).known_first_day > published
    return published is None or parse_date(value).known_last_day >= published
