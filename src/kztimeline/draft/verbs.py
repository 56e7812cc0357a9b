"""What reads as a verb in a sentence of an article: a verb form (a past tense, an old one's
"survey'd", an auxiliary, a verb in -s known by the word after it), whether a clause opens on
one with no subject of its own, and whether a stretch of text holds one and can stand as a
clause. The titles (:mod:`kztimeline.draft.titles`) split and join clauses by them."""

from __future__ import annotations

import re

__all__ = ("VERB", "VERB_S", "clausal", "verb_start")

VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|"
    r"did|does|do|[a-z]{2,}ed|[a-z]{2,}['’]d|took|held|said|became|met|won|gave|made|came|went|began|told|"
    r"left|sent|spoke|wrote|fled|rose|fell|grew|opened|ran|led|set|hit|cut|struck|sold|"
    r"bought|built|paid|signed|heard|found|brought|sought|fought|kept|lost|spent|stood|"
    r"chose|drove|flew|froze|knew|saw|shook|stole|threw|beat|felt|meant|read|laid|shot|lit|"
    r"caught|taught|lent|won|swore|bore|tore|hung|stuck|fed|dealt|shut|put|quit|let|burst|"
    r"broke|drew|wore|sank|swept|spun|withdrew|undertook|overtook|rode|woke|ate|drank|sang|"
    r"rang|swam|hid|bit|crept|dug|forgot|forgave|knelt|leapt|slept|slid|sped|sprang|strove|"
    r"swung|wept|arose|awoke|blew|overcame|rebuilt|rewrote|upheld|withheld|mistook|sat)\b"
)
# A verb in -s, known by what follows it: "The race starts in Leeds".
VERB_S = re.compile(
    r"(?<=[a-z\x00\x01] )\b[a-z]{3,}[^s\W]s\b(?=\s+(?:in|on|at|to|the|a|an|its|his|her|their|from|"
    r"with|for|by|into|up|out|off|back|down|it|them|him|us|you|me|our|your|all|every)\b|"
    r"\s+[A-Z][a-z]|\s+\d)|"
    # (or one that reports, before its "that": "The firm alleges that its deliveries stopped")
    r"(?<=[a-z\x00\x01] )\b(?:says|alleges|claims|argues|contends|states|maintains|insists|"
    r"asserts|believes|thinks|notes|adds|warns|admits|denies|accepts)\b(?=\s+that\b)"
)
_LINKS = frozenset(
    "in on at to the a an its his her their from with for by into up out off one two three "
    "four five six seven eight nine ten several many more some all".split()
)


# The words that follow a subject before its verb ("extended support will end").
_HELPERS = frozenset(
    "will would shall should can could must may might is are was were has have had".split()
)


def verb_start(clause: str) -> bool:
    """Whether ``clause`` opens on a verb, with no subject of its own ("and is backed by")."""
    words = clause.split()[:3]
    if words and re.fullmatch(r"[a-z]+ly|also|later|then|again|first|once|soon|never", words[0]):
        words = words[1:]  # "and later expanded"
    if not words or not words[0].islower():
        return False
    if len(words) > 2 and words[0].endswith("ed") and words[2] in _HELPERS:
        return False  # "extended support will end": a participle before its noun
    return VERB.fullmatch(words[0]) is not None or (
        len(words) > 1
        and words[0].endswith("s")
        and not words[0].endswith("ss")
        and words[1] in _LINKS
    )


def clausal(text: str) -> bool:
    """Whether ``text`` holds a verb, so that it can stand as a clause of its own."""
    return bool(VERB.search(text) or VERB_S.search(text) or verb_start(text))
