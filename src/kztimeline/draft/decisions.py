"""Decisions a record makes on its own day: "The bill is adopted in second reading", "The
appeal is dismissed", "Motion carried", and the bare vote of minutes on the item before it
("Approved 4-1."). Such a sentence names no date; its fact is of the day of the text. And
the labels of a case's own record ("Hearing:", "Judgment handed down:")."""

from __future__ import annotations

import re

__all__ = ("PROCEDURE", "VOTE", "decided_now")

VOTE = (
    r"(?:Motion\s+)?(?:Approved|Adopted|Carried|Passed|Rejected|Defeated|Agreed)(?:,?\s+(?:"
    r"\d{1,2}\s*[-–]\s*\d{1,2}|unanimously|as amended|without (?:a )?(?:vote|objection)|"
    r"by (?:show of hands|acclamation)))*\s*\.?"
)
_DECIDED = re.compile(
    r"^(?:[A-Z][\w.’' -]{0,40}:\s+)?(?:The|This|Our|Its|Their)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:is|are)\s+(?:hereby\s+)?(?:adopted|approved|passed|carried|ratified|rejected|"
    # a court's ruling: "The appeal is dismissed", "The claim is allowed"
    # (not a verb with its particle: "The campaign is carried out under the Act")
    r"dismissed|allowed|upheld|granted|refused|quashed|overturned|set aside)\b"
    r"(?!\s+(?:out|on|over|through|forward|back)\b)|"
    # a record's own formula, with no verb to be: "Bill read a second time", "Motion carried"
    r"^(?:The\s+)?(?:Bill|Motion|Amendment|Resolution|Clause\s+\d+)\s+(?:as amended\s+)?"
    r"(?:read\s+(?:a|the)\s+(?i:first|second|third)\s+time|agreed(?:\s+to)?|carried|negatived|"
    r"adopted|passed|approved|withdrawn|rejected)\b|"
    # minutes' bare vote on the item before it: "Approved 4-1.", "Carried unanimously."
    rf"^{VOTE}$"
)

# The label of a case's own record, before its day: "Hearing:", "Judgment handed down:"; its
# days are the record's, not the story's
PROCEDURE = re.compile(
    # (a tribunal's "Heard at: Wrexford   On: 3 to 5 March 2025" too)
    r"(?:^|\s)\W*(?i:hearings?|heard(?:\s+at\s*:\s*[^:]{0,40}?\s+on)?|judgm?ent(?:\s+handed"
    r"\s+down|\s+delivered)?|decision|decided|argued|submitted|date\s+of\s+(?:hearing|"
    r"decision|judgm?ent))\s*:\s*$|"
    # or said so: "The claim was heard over three days from 3 to 5 March 2025"
    r"^\W*(?:The|This)\s+(?:claim|case|appeal|application|complaint|matter)s?\s+(?:was|were)\s+"
    r"heard\b[^.;]{0,40}$"
)


def decided_now(sentence: str) -> bool:
    """Whether ``sentence`` states a decision in the present tense, made on the day of the
    text itself ("The bill is adopted in second reading")."""
    return _DECIDED.match(sentence) is not None
