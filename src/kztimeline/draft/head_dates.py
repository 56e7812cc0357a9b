"""The short lines at a text's head, or over a letter, that are only its date: a letter's
place and full day ("Kalinde, 30th June 1894."), a letterhead's or a record's date line
("Astana, 4 June 2024", "Sitting of Wednesday, 15 November 2023"). Each stands alone as a
paragraph (see :func:`kztimeline.draft.paragraphs.paragraphs_of_text`)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import ISSUE_LINE
from kztimeline.draft.furniture import PAPERS
from kztimeline.draft.grammar import matches
from kztimeline.draft.letters import place_and_day
from kztimeline.draft.mentions import names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.tense import Tense, tense_of

__all__ = ("RECORDED", "a_letter_s_day", "ends_on_a_day")

_HOUR = r"\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?"


RECORDED = r"(?:Held|Delivered|Dated|Issued|Signed|Updated|Last updated|Published|Posted|Revised)"
# (or a paper's, "Speech delivered on 12 May 2025"; or after a ref., "Ref. AFS/07 - Issued ...")
_RECORDED_LINE = re.compile(
    r"(?:.*\b(?i:ref(?:erence)?|no)\.?\s*:?\s*[\w/.-]+\s[-–—|·]\s*(?=Issued|Revised))?"
    rf"(?:{RECORDED}|(?i:{PAPERS})(?:\s+(?:UIN\s+)?[A-Z]+\d[\w/-]*,?)?\s+"
    r"(?:made|delivered|issued|published|handed\s+down|dated))"
    r"(?:\s+on)?:?\s*"
)


def a_letter_s_day(line: str) -> bool:
    """Whether ``line`` is a letter's place and full day ("Kalinde, 30th June 1894.")."""
    found = matches(line, None) if place_and_day(line) else []
    return len(found) == 1 and found[0].first is not None and found[0].first.day is not None


def ends_on_a_day(line: str) -> bool:
    """Whether a short line ends on a full date set off by a comma: the date line of a
    letterhead ("Astana, 4 June 2024") or of a record ("Verbatim record of the sitting,
    Wednesday, 11 October 2023"), not a wrapped line of prose ("... enter / Kazakhstan from
    1 May 2024")."""
    if len(line) > 100 or (not line[:1].isupper() and not line[:1].isdigit()):
        return False
    if re.search(r"[.!?;:,]$", line) and not re.search(r"\b(?:St|Rd|Ave|Sq|Blvd|Pl)\.$", line):
        return False  # a sentence's end, not a street's abbreviation
    mentions = find_dates(line)
    if not mentions or not names_a_day(mentions[-1].value):
        return False
    before, after = line[: mentions[-1].start], line[mentions[-1].end :]
    # "Held on Tuesday 14 May 2024 at 7 p.m., community room": a meeting's own time and room.
    after = re.sub(
        r"^\s*(?:at|from)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?(?:,[^,]+)?", "", after
    )
    # "Tuesday, April 8, 2025, 7:00 p.m. - Council Chambers, 200 Main St.": hour and room
    after = re.sub(rf"^\s*,\s*{_HOUR}(?:\s*[-–—,]\s*[^,]+(?:,[^,]+)?)?\.?\s*$", "", after)
    if after.strip():
        return False
    # "Sitting of Wednesday, 15 November 2023", "Held on ...": a record's own date line,
    # "... the law of 4 May 2020 was passed" none.
    recorded = _RECORDED_LINE.fullmatch(before) or ISSUE_LINE.fullmatch(before)  # "Rev 2, issued "
    # "Status report - information received as of 19:00, 16 June 2024": the day it stands at.
    standing = re.search(rf"\bas\s+(?:of|at)\s+(?:{_HOUR},?\s*)?$", before)
    return (
        recorded is not None
        or standing is not None
        or (
            re.search(r"(?:^|,|\b(?:of|on))\s*$", before) is not None
            and tense_of(line) is Tense.NEUTRAL
        )
    )
