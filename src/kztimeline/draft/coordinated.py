"""Coordinated clauses: where a clause that holds a date parts from the one beside it, at an
"and", a "but", a subordinating word ("since", "after", "when") or a series' comma before
its next past verb ("was launched on 14 September 2022, entered lunar orbit on 2 October"),
and which part is the date's own (see :func:`kztimeline.draft.clauses.own_clause`)."""

from __future__ import annotations

import re

from kztimeline.draft.shapes import OTHER, OWN
from kztimeline.draft.subjects import subject_of
from kztimeline.draft.verbs import clausal, verb_start

__all__ = ("AGAIN_WORDS", "SERIES_COMMA", "coordinated_clause", "next_in_series")

_OWN, _OTHER = OWN, OTHER
AGAIN_WORDS = r"again|once\s+more"
"""The same verb again: "asked on 11 October, and again two weeks later"."""
# what joins two clauses of one subject ("& crossed the Line"; a series' comma, ", entered
# lunar orbit on 2 October")
_AND = ("and", "&", ",")
_ONLY_PASTS = "became|began|took|went|came|grew|fell|rose|ran|gave"  # never participles
_SIMPLE_PASTS = f"{_ONLY_PASTS}|won|made|sold|left|lost|held|met"  # (and some that are)
SERIES_COMMA = re.compile(
    # a series of one subject's past verbs, each after the date of the one before: "was
    # launched on 14 September, entered lunar orbit on 2 October and ..." (not a name's
    # participle, "said manager Petra Lind, appointed in 2022", nor an agent's, "launched on
    # 2 May, watched by a crowd")
    rf"(?<=\s[\x00\x01]),(?=\s+(?:[a-z]{{3,}}ed|{_SIMPLE_PASTS})\s)\s+"
)
# a participle with its own date right after it ("painted in 1650", "refused in April
# 1902", "registered in Poland in 2019"): the object's, not the subject's next verb
_DATED_PARTICIPLE = re.compile(
    r"[a-z]+ed\s+(?:(?:in|on|around|about|c\.|circa|during|since|from|until)\s+[\x00\x01]|"
    r"in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+in\s+[\x00\x01])"
)
# an object between a verb and its date: "bought the painting in 1920"
_OBJECT_BEFORE_DATE = re.compile(
    r"\b(?!(?:from|into|with|after|before|under|over|near|onto|upon|for|across|along|through|"
    r"towards?|behind|beyond|during|was|were|has|had|have|been)\s)[a-z]{3,}\s+"
    r"(?:(?:the|a|an|its|his|her|their|our|this|some)\s|[A-Z][a-z]+\s+[A-Z])[^,]*\s[\x00\x01]$"
)
_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|built|made|sold|held|set|begun|laid)\b"
)
_WEAK = re.compile(
    rf"{SERIES_COMMA.pattern}|"
    # not "for four- and five-year-olds": one word cut short
    r"(?<!-)\s+(?:and|&(?=\s+[a-z])|but|while|whereas|after|before|when|since|because|if|unless|"
    # (a purpose's "so that" with a subject of its own, not "so that would be the 9th")
    r"once|so\s+that(?!\s+(?:would|was|is|will|must|means|meant|makes|made)\b)|"
    # "saved a penalty as Harbour City beat Millbrook on Saturday": a clause of its own
    # (not "elected him as its new speaker", "joined in 2010 as Head of Research": a role)
    r"as(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+ed|beat|won|lost|drew|took|came|went|made|held|"
    r"met|fell|rose|were|was|had)\b))\s+"
)
# a noun after a preposition, and one in -s after it: "for staff" + "guests on", "to all
# road users" + "pedestrians from 22:00"
_NOUNS_JOINED = re.compile(
    r"\b(?:for|of|with|to|from|among)\s+[a-z]+\x02[a-z]+s\s+(?:on|in|at)\b|"
    # (or a maker's things, the second in -ers: "made mooring lines" + "hawsers for the Admiralty")
    r"\b[a-z]{2,}[^su\W]s\x02[a-z]{3,}(?:ers|ors)\s+for\b|"
    r"\b(?:for|of|with|to|from|among)\s+(?:[a-z]+\s+){0,2}[a-z]+\x02"
    r"(?!(?:re)?(?:opens|closes|runs|starts|resumes|returns|begins|ends|continues)\b)[a-z]+s\s+"
    r"(?:from|until|till|between|during)\b"
)


def next_in_series(left: str, right: str) -> bool:
    """Whether ``right``, after a series' comma that follows a date in ``left``, is the
    subject's next verb ("was launched on 14 September, entered lunar orbit on 2 October",
    "joined the bank in 1990, became its chairman in 2001"), not a participle of the
    object or of another noun ("bought the painting in 1920, painted in 1650", "the storm
    on 3 October, followed on 7 October by flooding")."""
    if re.search(r"\bby\b", right.split(",", 1)[0]):
        return False  # (an agent: a participle's)
    verb = right.split(maxsplit=1)[0]
    if re.fullmatch(_ONLY_PASTS, verb):
        return True  # "became", "went": never a participle
    if not verb.endswith("ed") and re.fullmatch(_SIMPLE_PASTS, verb) is None:
        return False  # "heard", "sung": a participle
    piece = left.rsplit(",", 1)[-1]
    if _PASSIVE.search(piece):
        return True  # "was built in 1901, extended in 1930": the same subject's passive
    return not (_DATED_PARTICIPLE.match(right) or _OBJECT_BEFORE_DATE.search(piece))


def coordinated_clause(clause: str, *, dated_opening: bool) -> str:
    """The part of ``clause`` that holds the own date, where it parts from another clause
    (with the subject carried over to a bare verb after "and" past the event that led to
    it), or ``clause`` itself (the same object) when it parts from none. ``dated_opening``:
    the date stands in the clause's opening phrase and dates all of it."""
    for separator in _WEAK.finditer(clause):
        left, right = clause[: separator.start()], clause[separator.end() :]
        if _OTHER in left and re.match(rf"(?:{AGAIN_WORDS})\s+(?:(?:in|on)\s+)?{_OWN}", right):
            # "sacked the town in 1425 and again in 1428": the same again
            return re.sub(rf"\s+(?:(?:in|on)\s+)?{_OTHER}", "", left) + " again"
        joiner = separator.group().strip()
        if joiner == "," and not (clausal(left.rsplit(",", 1)[-1]) and next_in_series(left, right)):
            continue  # "and, in 2022, filed suit": a date's phrase before its verb, no series
        if left.endswith(_OTHER) and re.match(rf"(?:(?:on|in)\s+)?{_OWN}", right):
            continue  # "came through their pool matches on Friday and Saturday unbeaten"
        if not (clausal(left) and clausal(right)) or _NOUNS_JOINED.search(left + "\x02" + right):
            # "between Almaty and Seoul", "on 29 March and 14 June": one clause; "a dinner for
            # staff and guests on 20 February": two nouns, not a verb in -s
            continue
        if _OWN in left and (_OTHER in right or (verb_start(right) and not dated_opening)):
            return left
        # "...since it was founded in 2001": a clause of its own, with its own subject.
        # "...carried 31,000 vehicles a day before trucks were banned last week" too.
        subordinate = joiner not in (*_AND, "but") and (
            re.match(r"(?:he|she|it|they|we|the|a|an|its|their|his|her|[A-Z][a-z]*)\b", right)
            or re.match(r"[a-z]+s\s+(?:were|are|had|have)\b", right)
        )
        if _OWN in right and (
            _OTHER in left or (_OWN not in left and (verb_start(right) or subordinate))
        ):
            # "...separated after launch and reached its slot on 2 November": the verb the
            # date follows is the fact; the subject is carried over below (past the event
            # that led to it: "closed on 3 March after storm damage and reopened on 19 June")
            coordinated = joiner not in (*_AND, "but") and _verb_after_and(right)
            if coordinated:
                subject = subject_of(left)
                return f"{subject} {coordinated}" if subject else coordinated
            return right
    return clause


def _verb_after_and(clause: str) -> str | None:
    """The piece of ``clause`` after an "and" (or "&") that opens on a verb and holds the
    own date, with no verb before it: the main clause's own verb, past the event that led
    to it ("storm damage to its wall and reopened on 19 June"; not "the board rejected his
    plan and appointed Jones in May", whose verb is the board's)."""
    for separator in _WEAK.finditer(clause):
        right = clause[separator.end() :]
        joined = separator.group().strip() in _AND and not clausal(clause[: separator.start()])
        if joined and _OWN in right and verb_start(right):
            return right
    return None
