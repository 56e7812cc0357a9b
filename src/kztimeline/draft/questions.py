"""A date inside a question, which states no fact: "Will the minister meet us next week?",
"When will the line reopen in 2031?". A statement inside the question still tells its fact
("Is he aware that the grant was cut on 1 April?")."""

from __future__ import annotations

import re

__all__ = ("only_asked",)


# A question that asks whether ("Will the minister meet us next week?", "Did the council
# close the baths in May 2023?") or what will be ("When will the line reopen in 2031?")
# states no fact. One that asks why or how something happened takes it as told, and so does
# a statement inside the question ("Is he aware that the grant was cut on 1 April?").
_ASKS = re.compile(
    r"^\W*(?:(?:and|but|so|then|now|finally)\s+)?(?:[A-Z][^,?]{0,40},\s*)?"
    r"(?:(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|do|does|did|has|"
    r"have|had)(?:n['’]t)?\b|(?:when|where|what|which|who|how|why)\b[^?]{0,60}?"
    r"\b(?:will|would|shall|should|can|could|might)\b)",
    re.IGNORECASE,
)
_TOLD_INSIDE = re.compile(
    # "Is it true that ...?" asks whether it is; "Is he aware that ...?" tells it.
    r"(?<!\btrue )(?<!\bcorrect )(?<!\bright )\bthat\b|"
    r"\b(?:know|knows|remember|recall|aware|realise|realize|agree|accept|confirm|acknowledge)\b|"
    # a clause in the past inside the question: "Will he restore the line, which closed in
    # 2019?", "Will she explain why the grant was cut on 1 April?"
    # ("When will the road be completed?" asks: a participle after "be" is no past)
    r"\b(?:which|who|whose|why|how|when|where)\b[^?]{0,80}\b(?:was|were|had|did|"
    r"(?<!\bbe )[a-z]{3,}ed|"
    r"began|came|went|took|fell|rose|shut|cut|sold|won|lost|left|broke|made)\b",
    re.IGNORECASE,
)


# What will not take place: "Greenhollow will not take place this year".
_CALLED_OFF = re.compile(
    r"\b(?:will\s+not|won['’]t)\s+(?:take\s+place|go\s+ahead|be\s+held)\s+(?:(?:this|in|on)\s+)?$",
    re.IGNORECASE,
)


def only_asked(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is in a question that states no fact (see above),
    the sentence itself or a question quoted in it; a written question to a minister ("To
    ask the Secretary of State how many ... since 2020") asks too. What will not take place
    ("Greenhollow will not take place this year") states no fact either."""
    if re.match(r"\W*To ask (?:the|whether|if|what|how|when|why)\b", sentence):
        return True
    if _CALLED_OFF.search(sentence, max(0, start - 100), start):
        return True
    closing = re.search(r"[.!;?]", sentence[end:])
    if closing is None or closing[0] != "?":
        return False
    opened = max(sentence.rfind(mark, 0, start) for mark in '.!?:;"“«')
    question = sentence[opened + 1 : start]
    return _ASKS.match(question) is not None and not _TOLD_INSIDE.search(question)
