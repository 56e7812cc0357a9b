"""Whether a number before 1600 is a year: "a charter of 1136", "founded about 1552 in the
priory" and "by 1290 the town had a market" are; "around 1400 pilgrims", "increased by 1450"
and "a survey of 1200 households" are not (see :mod:`kztimeline.draft.cues` for later years)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import COUNTED, SUBJECT_AND_VERB

__all__ = ("an_old_year",)

# What an early year after "of" may date: a document ("a charter of 1136") or a disaster
# ("the great flood of 1597").
_OLD_OF = re.compile(
    r"\b(?i:charters?|decree|record|deed|chronicle|rolls?|register|grant|inventory|"
    # "the Domesday survey of 1086", "a visitation of 1315"
    r"surveys?|visitations?|inquisitions?|taxation|valuation|census|muster|"
    r"floods?|fire|storm|plague|siege|battle|earthquake|famine|riots?|rising|rebellion|raid)"
    r"(?:,\s*(?i:perhaps|probably|possibly|apparently))?\s+$"  # "A charter, perhaps of 1124"
)
# Where a year was reached: "stood on the site by 1120", not "increased by 1450".
_STOOD = re.compile(
    r"\b(?:stood|stands|existed|exists|built|founded|recorded|mentioned|documented|known|"
    # a state reached: "had been abandoned by 1400" ("was signed by 1450" may be a count)
    r"abandoned|deserted|demolished|destroyed|ruined|completed|finished|established|settled|"
    r"rebuilt|enclosed|drained|cleared|replaced|dissolved|closed|introduced|adopted|"
    # a state going on by then: "were brewing beer by 1412", "was already being boiled by 1086"
    r"(?:was|were)\s+(?:already\s+being\s+[a-z]{2,}(?:ed|en|wn)|[a-z]{3,}ing))\b[^,;.]{0,40}$"
)
_AT_THE_LATEST = re.compile(r"\s+at\s+the\s+latest\b")
# A passive's rough time, then a place: "was founded about 1552 in the priory".
_DONE_ABOUT = re.compile(
    r"\b(?:was|were|been)\s+(?:[a-z]+\s+)?(?:[a-z]{3,}ed|built|made|begun|found|drawn|"
    r"written|struck|laid|held|sold|won|lost|taken)\s+$|"
    # a participle after its noun: "a grange founded around 1240 by monks"
    r"\b(?:founded|built|established|consecrated|begun|rebuilt|completed|granted)\s+$"
)
# A document a three-digit rough year dates: "a charter of about 956," (not "a muster of about 600")
_DOCUMENT_OF = re.compile(r"\b(?i:charters?|grants?|deeds?|chronicles?|writs?)\s+$")
_FOUNDED_ABOUT = re.compile(r"\b(?:founded|established|endowed|built)\s+$")
_FOUNDED_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:founded|established|endowed|built)\b"
    r"(?:(?!\b(?:and|but|now|with|which|who|today)\b)[^.;:,]){0,80}$"
)
# A plural noun after the number, not a verb before its object: "a survey of 1200 households"
_COUNT_OF = re.compile(
    r"\s+[a-z]+s\b(?!\s+(?:the|a|an|its|his|her|their|some|\d|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)"
)
_TIME_CUES = ("since", "circa", "in", "from", "until", "of", "as early as", "dated", "dated to")


def an_old_year(sentence: str, start: int, end: int, cue: str | None, year: str) -> bool:
    """Whether ``year``, a number before 1600 at the end of ``sentence[start:end]`` after
    its ``cue`` ("in", "about", "of", ...), is a year: "a charter of 1136", "the great flood
    of 1597", "founded about 1552 in the priory", three digits after "c." with a stop
    ("c. 980.") or before AD ("in 837 AD"); not a count ("around 1400 pilgrims", "were
    about 1500.", "increased by 1450", "up from 240.")."""
    before, after = sentence[:start], sentence[end:]
    if re.match(r"\s*(?:[-–/]\d|%)", after) or COUNTED.match(after):
        return False
    cue = (cue or "in").lower()
    if len(year) == 3 and not (
        re.match(r"\s(?:AD|CE)\b", after)
        or (cue == "circa" and re.match(r"\s*(?:[.;,]\s|[.;]?$)", after))
        # "a charter of about 956, in which ...": a document's rough year
        or (
            cue.lower() in ("of about", "of around", "of c.")
            and _DOCUMENT_OF.search(before)
            and re.match(r"\s*(?:[.;,]\s|[.;]?$)", after)
        )
        # "an abbey was founded at Carrowmere by Saint Ciaran in 612, though ...": the
        # year a house was founded, ending its clause
        or (
            cue == "in"
            and _FOUNDED_BEFORE.search(before)
            and re.match(r"\s*(?:[.;,]\s|[.;]?$)", after)
        )
    ):
        return False  # "a chronicle of c. 980.", "in 837 AD"; not "up from 240."
    if cue == "no later than":
        # "backfilled no later than 1200": a bound; "no later than 1200 on 14 May" an hour
        return not re.match(r"\s*(?:hrs?\b|hours\b|h\b|GMT|UTC|on\s|today|tomorrow)", after)
    if cue == "by":
        if re.match(r"\s+[a-z]+s\b", after):
            return False  # "By 1200 runners had crossed the line": a count
        if not before.strip() or _AT_THE_LATEST.match(after):
            return True  # "By 1540 the hall had fallen", "by 1590 at the latest"
        if re.search(r"(?:[,;]|\b(?:and|but))\s+$", before) and SUBJECT_AND_VERB.match(after):
            return True  # "founded in 1187, and by 1290 the town had a weekly market"
        if re.search(r"\bhad\s+been\s+[a-z]+(?:ed|en|wn)\s+$", before) and re.match(
            r"\s*(?:[.;,]|$)", after
        ):
            return True  # "a fair had been granted by 1241.": a state reached by then
        if not _STOOD.search(before):
            return False  # "increased by 1450"; "stood on the site by 1120" goes on below
    if cue.startswith("of") and not _OLD_OF.search(before):
        return False  # only after a document or a disaster
    if cue.startswith("of") and re.match(_COUNT_OF, after):
        return False  # "a survey of 1200 households": a count
    if cue in _TIME_CUES or re.search(r"\b(?i:in|since|from|until|till)\s+$", before):
        return True  # "sunk in about 1541 by miners": "in" before the rough word, a time
    if re.search(r"\b(?:is|are|was|were|be|been|of|than|to|numbered|totals?)\s+$", before):
        return False
    return bool(
        re.match(r"\s*(?:[.,;:)]|$|\s(?:AD|CE|and|or|but|when|as|although|though|if)\b)", after)
        or (_DONE_ABOUT.search(before) and re.match(r"\s+(?:in|at|near|by)\s", after))
        # ("founded about 1135 for Augustinian canons", not "sold about 1200 for the Cup Final")
        or (_FOUNDED_ABOUT.search(before) and re.match(r"\s+for\s+[A-Z]", after))
    )
