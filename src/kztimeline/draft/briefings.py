"""A briefing an article tells of with no date of its own ("The minister told reporters
that ..."): held the day the article was published, a fact of that day."""

from __future__ import annotations

import re

from kztimeline.draft.furniture import is_furniture
from kztimeline.draft.habits import done_each_time

__all__ = ("tells_a_briefing",)

_BRIEFING = re.compile(
    # not the document itself: "This press release contains ..."
    r"(?<!\bthis )(?<!\bThis )\b(?:(?:media|press|news) (?:briefing|conference)|briefing|"
    r"press release|told (?:reporters|journalists))\b",
    re.IGNORECASE,
)
_TOLD = re.compile(r"\b(?:told|said|says|announced)\b")  # "told reporters every meeting had ..."


def tells_a_briefing(sentence: str) -> bool:
    """Whether ``sentence`` tells of a briefing held: not "CASE BRIEFING" over a page, a
    furniture line naming the page's kind, a remark quoted ('"Nobody wanted this," he
    told'), nor a briefing held each time ("Marshals hold a briefing before every
    meeting")."""
    told = _BRIEFING.search(sentence)
    if told is None or told[0].isupper() or is_furniture(sentence):
        return False
    if re.match(r"\s*[\"“‘]", sentence):
        return False
    return not done_each_time(sentence) or _TOLD.search(sentence) is not None
