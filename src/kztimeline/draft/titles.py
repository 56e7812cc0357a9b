"""The title of a drafted event: the words of the sentence that name the dated fact."""

from __future__ import annotations

import re

from kztimeline.draft.normalise import Mention

__all__ = ("title_of",)


_LEADING_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|during|since|from|until|till|through|by|of|to|between|before|after|"
    r"for)\s+(?:the\s+)?(?:end\s+of\s+)?)?$",
    re.IGNORECASE,
)
_INTRODUCTION = re.compile(
    r"^(?:During|In|At|On|After|Before|Following|As|With|Over|Under|Since|By|From|Within|"
    r"According to)\b[^,]{0,120},\s+"
)
_FILLER = re.compile(
    r"^(?:It should (?:also )?be noted that|It is reported that|It was reported that|"
    r"It was announced that|Meanwhile|However|Also|In addition)\s*,?\s*",
    re.IGNORECASE,
)
_MAX_TITLE = 90


def title_of(sentence: str, mention: Mention | None) -> str:
    """A title from the sentence: the date, its preposition and quotation marks taken out,
    an introductory phrase dropped, cut at a word to at most 90 characters."""
    text = sentence
    for start, end in sorted(mention.spans if mention else (), reverse=True):
        head = _LEADING_PREPOSITION.sub("", text[:start]).rstrip()
        tail = text[end:].lstrip()
        if not head:
            tail = tail.removeprefix(",").lstrip()
        text = f"{head} {tail}".strip()
    text = re.sub(r"[“”\"‘’](?!s\b)", "", text)
    text = _FILLER.sub("", text)
    shorter = _INTRODUCTION.sub("", text)
    if len(shorter.split()) >= 4:
        text = shorter
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split())).strip(" ,;:-–—")
    text = text.rstrip(".!?")
    if len(text) > _MAX_TITLE:
        cut = text[: _MAX_TITLE + 1].rsplit(" ", 1)[0]
        text = re.sub(r"(?:\s+\w{1,3})*[\s,;:–—-]*$", "", cut) or cut
    return (text[:1].upper() + text[1:]) if text else "Untitled statement"
