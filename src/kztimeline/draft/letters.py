"""Letters: a letter's place and date over its salutation heads the letter, and the
salutation and the formula that opens its news ("Dear Sir, - I have the honour to inform you
that ...") are no part of a title."""

from __future__ import annotations

import re

from kztimeline.draft.article import Article
from kztimeline.draft.cues import CAPITALS

__all__ = ("a_letter_s_date_line", "without_the_letter_s_opening")


def a_letter_s_date_line(article: Article, index: int) -> bool:
    """Whether the sentence at ``index`` is a letter's place and date over its salutation
    ("Kinyamba, 14th March 1887." over "Dear Sir, - I have ..."), which heads the letter
    wherever it stands in its paragraph (a letter book's copies, one after another)."""
    sentences = article.sentences
    return (
        index + 1 < len(sentences)
        and _PLACE_AND_DAY.fullmatch(sentences[index].text) is not None
        and _SALUTATION.match(sentences[index + 1].text) is not None
    )


def without_the_letter_s_opening(text: str) -> str:
    """``text`` without a letter's salutation ("Dear Sir, - ") and the formula before its
    news ("It is my painful duty to report that Mr Lowe died ..." is "Mr Lowe died ...")."""
    text = re.sub(rf"^{_SALUTATION.pattern}(?:\s+[A-Z][\w.]*){{0,3}},\s*(?:[-–—]\s*)?", "", text)
    formula = _TOLD_THAT.match(text)
    if formula is None or len(text) - formula.end() <= _NEWS:
        return text
    rest = text[formula.end() :]
    return rest[:1].upper() + rest[1:]


_PLACE_AND_DAY = re.compile(
    rf"[{CAPITALS}][\w'’.-]*(?:\s+[{CAPITALS}][\w'’.-]*){{0,3}},\s+[^,;]{{6,30}}"
)
_SALUTATION = re.compile(r"(?:My\s+)?(?:[Dd]ear(?:est)?|Sir|Madam|Gentlemen)\b")
# A letter's formula before the news it tells: "I have the happiness to inform you that",
# "It is my painful duty to report that", "You will rejoice to hear that".
_TOLD_THAT = re.compile(
    r"^(?:I\s+have\s+the\s+(?:honou?r|happiness|pleasure|satisfaction)|It\s+is\s+my\s+"
    r"(?:\w+\s+)?duty|I\s+am\s+(?:glad|happy|sorry|pleased|grieved)|You\s+will\s+(?:rejoice|"
    r"be\s+(?:glad|pleased|sorry))|I\s+regret)\s+to\s+(?:inform\s+you|report|tell\s+you|say|"
    r"hear|acquaint\s+you)\s+that\s+"
)
_NEWS = 12  # the fewest characters of news worth the formula's cut
