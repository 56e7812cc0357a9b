"""Two dates of one clause whose second half leaves words out: its verb ("a lead smelter
opened in 1934 and an oil refinery in 1985": the refinery opened), or its subject and verb
("will plant 500 trees by 2026 and 2,000 saplings by 2028": the council will plant the
saplings). The title of each date says the whole of its own fact.
:mod:`kztimeline.draft.clauses` asks here before it splits the clause a date is in at its
"and"."""

from __future__ import annotations

import re

from kztimeline.draft.numbers import NUMBER_PATTERN
from kztimeline.draft.shapes import MARKED_DATE, OWN
from kztimeline.draft.subjects import OPENING, subject_of
from kztimeline.draft.verbs import VERB, clausal

__all__ = ("gapped_title",)

_PHRASE = r"(?:[^,;]|(?<=\d),(?=\d{3}))+?"  # (a figure's comma too: "2,000 saplings")
_GAPPED = re.compile(
    rf"(?P<left>{_PHRASE})\s+(?P<first>(?:in|on|at|by)\s+{MARKED_DATE})\s+and\s+"
    rf"(?P<np>{_PHRASE})\s+(?:in|on|at|by)\s+(?P<second>{MARKED_DATE})(?P<rest>.*)"
)
_ARTICLE = re.compile(r"(?:an?|the|its|their)\s")
_SOME = rf"(?:{NUMBER_PATTERN}|dozen|few|several)"  # a count's words: "two", "dozen"
_COUNT = re.compile(rf"\d|(?!a\b){NUMBER_PATTERN}\b")  # "500 trees", "forty"
# (the words between a subject and its verb: "The mill first opened", not its object)
_ADVERB = re.compile(r"[a-z]+ly|first|also|then|later|again|never|once")
# The verb a plan's object follows: "aims to open", "will plant"
_PLANNED_VERB = re.compile(r"\b(?:to|will|shall|would|must)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+")


def gapped_title(clause: str) -> str | None:
    """The title of the date marked as the fact's own in ``clause`` when its other half
    leaves out the verb ("a lead smelter opened in 1934 and an oil refinery in 1985") or
    the subject and a plan's verb ("aims to open ten shops by 2026 and forty by 2030"), or
    ``None`` when no words are left out."""
    gapped = _GAPPED.fullmatch(clause)
    if gapped is None or clausal(gapped["np"]):
        return None
    left, np, own_first = OPENING.sub("", gapped["left"]), gapped["np"], OWN in gapped["first"]
    subject = subject_of(left)
    if subject and left.startswith(subject) and _ARTICLE.match(np):
        verbs = left[len(subject) :].split()
        if verbs and all(VERB.fullmatch(word) or _ADVERB.fullmatch(word) for word in verbs):
            # (an ordinal alone stands for the first's noun: "The first survey visit was made
            # on 14 May and the second on 23 July"; not its count, "The first two cottages")
            first = re.match(rf"(?i:the|an?)\s+first\s+(?!\d|{_SOME}\b)(?P<noun>.+)", subject)
            nth = re.fullmatch(r"(?i:the|an?)\s+(?:second|third|fourth|last|final)", np)
            np = f"{np} {first['noun']}" if first and nth else np
            return left if own_first else f"{np} {' '.join(verbs)}"
    # (the object left out of the plan's verb, by a deadline: "will plant 500 trees by 2026
    # and 2,000 hedgerow saplings by 2028"; not "moved to Leeds in 1950 and to York in 1960")
    planned = [match.end() for match in _PLANNED_VERB.finditer(left)]
    if not planned or not gapped["first"].startswith("by") or re.search(r"\w", gapped["rest"]):
        return None
    if not own_first and OWN not in gapped["second"]:
        return None  # (a third date's, the plan's own day: "On 3 March the firm planned to")
    # (a count for a count: not "will respond to objectors by 4 April and the developer by 11
    # April", "aims to cut emissions by 2030 and reach net zero by 2050")
    if not (_COUNT.match(left, planned[-1]) and _COUNT.match(np)):
        return None
    return left if own_first else f"{left[: planned[-1]]}{np}"
