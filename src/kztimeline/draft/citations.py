"""A source a sentence cites, and the name of a work it quotes: "(Beisenov 1979, pp.
40-62)", "(see X v. Y, 2015)", "Journal of Coastal Hydrodynamics 41, 233-249 (2024)", her
thesis "Mills of the Ural, 1890-1930". The dates inside name the source or the work, and
date no fact of the text (see :mod:`kztimeline.draft.references`)."""

from __future__ import annotations

import re

from kztimeline.draft.verbs import clausal

__all__ = ("cited", "in_a_quoted_title", "is_citation", "quotation_open")


# What marks a parenthesis as a reference to a source: "see", a case name, pages, an
# author and a year.
_CITATION = re.compile(
    r"^\s*(?:see|cf\.?|e\.g\.,?|compare)\s|\s(?:v|vs)\.?\s+[A-Z]|\bpp?\.\s*\d|\bparas?\.\s*\d|"
    r"§|\bet al\b|^\s*[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?,?\s+(?:1[6-9]|20)\d\d[a-z]?"
    r"(?:[,;:]|\s*$)"
)


def is_citation(text: str) -> bool:
    """Whether the text of a parenthesis cites a source ("Beisenov 1979, pp. 40-62")."""
    return _CITATION.search(text) is not None


def cited(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` sits in a parenthesis that cites a source, or
    gives the year of a journal's volume and pages, or of a reference list's entry with no
    verb ("Pryor, J. A History of the Quell Valley (2003).")."""
    opening = sentence.rfind("(", 0, start)
    if opening < 0 or ")" in sentence[opening:start]:
        return False
    if _PAGES.search(sentence, 0, opening + 1) or _CASE_REPORT.search(sentence, 0, opening + 1):
        return True  # "Journal of Coastal Hydrodynamics 41, 233-249 (2024)": a reference
    closing = sentence.find(")", end)
    entry = sentence[:opening] + sentence[closing + 1 :] if closing >= 0 else ""
    if entry and _WORK_S_YEAR.fullmatch(entry) and not clausal(entry):
        return True  # "Harrowdale Record Society, vol. 12 (1988), pp. 41-67."
    return closing >= 0 and _CITATION.search(sentence[opening + 1 : closing]) is not None


# A reference list's entry around its year in brackets: a volume's number before it (not a
# work's own, "String Quartet No. 1 (1934)"), its pages after it, or its author's surname
# and initials first ("Pryor, J. A History of the Quell Valley (2003).")
_WORK_S_YEAR = re.compile(
    r"[^()]{3,120}\b(?i:vol|vols)\.\s*\d+[a-z]?\s*(?:,\s*pp?\.\s*\d+\s*[-–]?\s*\d*)?\.?\s*|"
    r"[^()]{3,120}\s*,\s*pp?\.\s*\d+\s*[-–]?\s*\d*\.?\s*|"
    r"\W*[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s*){1,3}[^()]{3,120}\.?\s*"
)


# A case's report, up to the bracket of its year: "Grafton v. Ohio Edison Co., 77 Ohio St.3d
# 102, 105 (1996)".
_CASE_REPORT = re.compile(r"\bv\.?\s+[A-Z][^();]{1,60}?,\s*\d+\s+[A-Z][\w.]*[^();]{0,40}?\d\s*\($")
# A journal's volume and pages right before the bracket of the year.
_PAGES = re.compile(r"\b\d+(?:\(\d+\))?,\s*\d+\s*[-–]\s*\d+\s*\($")
# What says that the quotation after it is the name of a work: "thesis:", "a book called",
# "entitled", "the exhibition". Quoted speech has its speaker ("she said:") instead.
_TITLE_LABEL = re.compile(
    r"\b(?:titled|entitled|called|named|headlined|headed|subtitled|"
    r"(?:theses|thesis|dissertations?|books?|novels?|monographs?|papers?|articles?|essays?|"
    r"chapters?|lectures?|talks?|reports?|exhibitions?|films?|documentar(?:y|ies)|plays?|"
    r"poems?|songs?|albums?|series|volumes?|courses?|projects?|posters?|paintings?|"
    # "Their best-known poster, the "Parade of 1900""
    r"portraits?)\s*[:,]?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_OPENING = {"“": "”", "‘": "’", "«": "»", '"': '"'}


# a quotation's mark: an opening one is curly, or straight after a space or a bracket and
# before a word (not an inch's: 'a 6" main burst', '5\'10"')
_QUOTE_MARK = re.compile(r"(?P<open>“|(?:^|(?<=[\s(]))\"(?=\w))|[”\"]")


def quotation_open(sentence: str, position: int) -> bool:
    """Whether a quotation is open at ``position`` of ``sentence``: the last mark before it
    opens one ('"... and today they saw it out," he said')."""
    marks = [mark for mark in _QUOTE_MARK.finditer(sentence) if mark.start() < position]
    return bool(marks) and marks[-1]["open"] is not None


def in_a_quoted_title(sentence: str, start: int, end: int) -> bool:
    """Whether the date is part of a quoted name of a work ('her thesis "Mills of the Ural,
    1890-1930"'): part of the name, not a fact of the text."""
    opening = max(sentence.rfind(mark, 0, start) for mark in _OPENING)
    if opening < 0:
        return False
    closing = _OPENING[sentence[opening]]
    if closing in sentence[opening + 1 : start] or sentence.find(closing, end) < 0:
        return False
    if closing == '"' and sentence.count('"', 0, start) % 2 == 0:
        return False  # the mark before is the end of an earlier quotation
    return _TITLE_LABEL.search(sentence[max(0, opening - 40) : opening]) is not None
