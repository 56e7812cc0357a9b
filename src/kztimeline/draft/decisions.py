"""Decisions a record makes on its own day: "The bill is adopted in second reading", "The
appeal is dismissed", "Motion carried", and the bare vote of minutes on the item before it
("Approved 4-1."). Such a sentence names no date; its fact is of the day of the text. And
the meeting a record's own date line says was held (:func:`held_meeting`)."""

from __future__ import annotations

import re

__all__ = ("VOTE", "decided_now", "held_meeting")

VOTE = (
    r"(?:Motion\s+)?(?:Approved|Adopted|Carried|Passed|Rejected|Defeated|Agreed)(?:,?\s+(?:"
    r"\d{1,2}\s*[-–]\s*\d{1,2}|unanimously|as amended|without (?:a )?(?:vote|objection)|"
    r"by (?:show of hands|acclamation)))*\s*\.?"
)
_DECIDED = re.compile(
    r"^(?:[A-Z][\w.’' -]{0,40}:\s+)?(?:The|This|Our|Its|Their)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:is|are)\s+(?:hereby\s+)?(?:adopted|approved|passed|carried|ratified|rejected|"
    # a court's ruling: "The appeal is dismissed", "The claim is allowed"
    r"dismissed|allowed|upheld|granted|refused|quashed|overturned|set aside)\b|"
    # a record's own formula, with no verb to be: "Bill read a second time", "Motion carried"
    r"^(?:The\s+)?(?:Bill|Motion|Amendment|Resolution|Clause\s+\d+)\s+(?:as amended\s+)?"
    r"(?:read\s+(?:a|the)\s+(?i:first|second|third)\s+time|agreed(?:\s+to)?|carried|negatived|"
    r"adopted|passed|approved|withdrawn|rejected)\b|"
    # minutes' bare vote on the item before it: "Approved 4-1.", "Carried unanimously."
    rf"^{VOTE}$"
)


def decided_now(sentence: str) -> bool:
    """Whether ``sentence`` states a decision in the present tense, made on the day of the
    text itself ("The bill is adopted in second reading")."""
    return _DECIDED.match(sentence) is not None


# A record's own date line ("Held on Tuesday 14 May 2024 at 7 p.m.") under its title
# ("Minutes of the Board meeting of ..."): the meeting the record is of.
_RECORD = re.compile(r"Minutes\s+of\s+(?:the\s+)?(?P<what>\S.*)", re.IGNORECASE)
_HELD_LINE = re.compile(r"(?:(?:Meeting|Session|Sitting)\s+)?[Hh]eld\b")


def held_meeting(sentence: str, heading: str) -> str | None:
    """The title of the meeting a record's date line says was held, from the record's
    title; ``None`` for any other sentence."""
    record = _RECORD.fullmatch(heading)
    if record is None or not _HELD_LINE.match(sentence):
        return None
    what = record["what"]
    if re.search(r"\b(?:meeting|session|sitting)\b", what, re.IGNORECASE):
        return what[:1].upper() + what[1:]
    return f"Meeting of the {what}"
