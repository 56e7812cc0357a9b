"""Two dates of one clause whose second half leaves words out: its verb ("a lead smelter
opened in 1934 and an oil refinery in 1985": the refinery opened), or its subject and verb
("will plant 500 trees by 2026 and 2,000 saplings by 2028": the council will plant the
saplings). The title of each date says the whole of its own fact.
:mod:`kztimeline.draft.clauses` asks here before it looks for the clause a date is in."""

from __future__ import annotations

import re

from kztimeline.draft.shapes import OTHER, OWN
from kztimeline.draft.subjects import OPENING, subject_of
from kztimeline.draft.verbs import VERB, clausal

__all__ = ("gapped_title",)

_DATES = f"[{OWN}{OTHER}]"
_GAPPED = re.compile(
    rf"(?P<left>[^,;]+?)\s+(?P<first>(?:in|on|at|by)\s+{_DATES})\s+and\s+"
    rf"(?P<np>(?:[^,;]|(?<=\d),(?=\d{{3}}))+?)\s+(?:in|on|at|by)\s+{_DATES}(?P<rest>.*)"
)
_ARTICLE = re.compile(r"(?:an?|the|its|their)\s")
_ADVERB = re.compile(r"[a-z]+ly|first|also|then|later|again|never|once")
# The verb a plan's object follows: "aims to open", "will plant", "expects to connect"
_PLANNED_VERB = re.compile(
    r"\b(?:to|will|shall|would|must|plans?\s+to|aims?\s+to)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+"
)


def gapped_title(clause: str) -> str | None:
    """The title of the date marked as the fact's own in ``clause`` when its other half
    leaves out the verb ("a lead smelter opened in 1934 and an oil refinery in 1985") or
    the subject and a plan's verb ("aims to open ten shops by 2026 and forty by 2030"), or
    ``None`` when no words are left out."""
    gapped = _GAPPED.fullmatch(clause)
    if gapped is None or clausal(gapped["np"]):
        return None
    left, np, first = OPENING.sub("", gapped["left"]), gapped["np"], OWN in gapped["first"]
    subject = subject_of(left)
    if subject and left.startswith(subject) and _ARTICLE.match(np):
        verbs = left[len(subject) :].split()
        if verbs and all(VERB.fullmatch(word) or _ADVERB.fullmatch(word) for word in verbs):
            return left if first else f"{np} {' '.join(verbs)}"
    # (the object left out of the plan's verb: "will plant 500 trees by 2026 and 2,000
    # hedgerow saplings by 2028"; not a verb in the past, whose second half may be a place:
    # "moved to Leeds in 1950 and to York in 1960")
    planned = [match.end() for match in _PLANNED_VERB.finditer(left)]
    if not planned or not gapped["first"].startswith("by") or re.search(r"\w", gapped["rest"]):
        return None
    return left if first else f"{left[: planned[-1]]}{np}"
