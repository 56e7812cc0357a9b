"""Whether a sentence tells of something done: a news item's first event, a deadline met."""

from __future__ import annotations

import re

from kztimeline.draft.tense import Tense, tense_at, tense_of

__all__ = ("deadline_met", "news_lead")


def news_lead(sentence: str) -> bool:
    """Whether ``sentence``, the first under a news item's stamp and headline, tells what
    happened ("The committee approved the lane."), not a state ("The library had been
    closed since the flood.")."""
    return tense_of(sentence) is Tense.PAST and _STATE.search(sentence) is None


_STATE = re.compile(r"\b(?:had|has|have)\s+been\b")


# A deadline set, promised, hoped for or due, not one met: "set a deadline for objections by
# 30 April", "promised the line would reopen by 2021", "said repairs should be completed by".
_UNMET = re.compile(
    r"\b(?:deadline|promised|pledged|vowed|would|should|agreed|set|required|ordered|asked|due|"
    r"aimed|aims|hoped|hopes|hoping|expected|expects|intends|intended|purpos(?:es|ed)\s+to|"
    r"planned|scheduled|"
    r"targeted|had\s+to)\b",
    re.IGNORECASE,
)


def deadline_met(sentence: str, start: int) -> bool:
    """Whether the deadline at ``start`` is told as met ("moved out by August 31, 2019"),
    which a count after it ("the following month") may start from."""
    return tense_at(sentence, start) is Tense.PAST and not _UNMET.search(sentence, 0, start)
