"""The words that make a date rough or doubted: ``about``, ``around``, ``circa``, ``c.``,
``some``, ``roughly``, ``on or about`` and X ``or so`` make it approximate (EDTF ``~``);
``probably``, ``possibly``, ``perhaps``, ``is believed to``, ``may have`` in the clause
before it, a doubt told after it ("though no certificate survives") or in brackets
("(possibly)") mean the text itself doubts it (EDTF ``?``)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import ANOTHER_ACCOUNT, DOUBT_IN_BRACKETS, OTHER_SOURCES

__all__ = (
    "HEARSAY_ASIDE",
    "OR_ANOTHER_DAY",
    "WRITER_S_DOUBT",
    "WRITER_S_DOUBT_AT",
    "UNCLEAR_WHETHER",
    "approximate_after",
    "approximate_before",
    "doubted",
)


# A doubt set off by commas right before its date: what makes the date doubted (its "?"),
# and no part of a title ("Carrow Bay Week, first held, it is thought, in 1874,"); not who
# claims it, which a title keeps ("The minister, it is claimed, misled Parliament")
HEARSAY_ASIDE = re.compile(r",\s+it\s+is\s+(?:thought|said|believed),\s+(?=(?:in|on)\s)")
_APPROXIMATE = re.compile(
    # (not a word's end: "won the all-around on Friday")
    r"(?:(?<![-‑])\b(?:around|about|circa|approximately|roughly|nearly|almost|some|some time in|"
    r"sometime in|"
    # (and an account book's "on or abt.")
    r"on or about|on or around|in or around|(?:on or )?abt\.?)\s+|\b(?:ca?|cca)\.\s*)"
    r"(?:(?:on|in|at)\s+)?"
    r"(?:the\s+(?:year\s+)?)?$",  # ("about the year 1760")
    re.IGNORECASE,
)


def approximate_before(before: str) -> bool:
    """Whether the words just before a date say it is approximate ("on or about")."""
    return _APPROXIMATE.search(before[-60:]) is not None


def approximate_after(after: str) -> bool:
    """Whether the words just after a date say it is approximate ("in 1620 or so")."""
    return re.match(r",?\s+or (?:so|thereabouts)\b", after, re.IGNORECASE) is not None


# A doubt over a whole clause, whose "?" the date takes: "It is unclear whether X died there".
UNCLEAR_WHETHER = (
    r"[Ii]t\s+(?:is|was|remains)\s+(?:still\s+)?(?:unclear|uncertain|disputed|not\s+(?:known|"
    r"certain|clear))\s+(?:whether|if)\b"
)
# A word of doubt in the clause that leads to the date: "was probably built in 1620", "is
# believed to have been founded in 1620". "Likely to" and "expected to" are plans instead.
_DOUBT_WORDS = (
    r"\b(?:probably|possibly|perhaps|presumably|supposedly|believed to|thought to|"
    r"traditionally|said\s+(?:by\s+[^,;.]{1,40}?\s+)?to\s+have|may have|might have|"
    r"could have|"
    # "Local tradition holds that", "it is thought in 1689", "attempted, I am told, in 1868",
    # "may be first recorded in 1143", records that only suggest it ("Excise records suggest")
    r"tradition\s+(?:holds|has\s+it|says)|it\s+is\s+(?:thought|believed|said(?!\s+(?:in|by)\b))|"
    r"I\s+am\s+told|(?:may|might|could)\s+be\s+(?:first\s+)?(?:recorded|mentioned|named|documented)|"
    # (an old record that only suggests it; not "court records indicate", a source cited)
    r"(?:records?|accounts?|registers?|entries)\s+(?:suggests?|suggested)|"
    # "According to the abbey's own tradition it was founded in 1087"
    r"according\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:tradition|legend)|"
    # "The tower may date from 1320"
    r"(?:may|might|could)\s+date|"
    # "seems to have died in 1911", "was, I think, signed in June 1976"
    r"seems? to (?:have|be)|seemed to (?:have|be)|appears? to (?:have|be)|"
    # (not a count's term: "apparently occupied burrows", "apparently occupied nests")
    r"appeared to (?:have|be)|"
    r"apparently(?!\s+occupied\s+(?:burrows?|nests?|territor(?:y|ies)|sites?|holes?|boxes)\b)|"
    # "A possible second round will be held on 25 May": what may not take place at all
    r"(?:a|any)\s+possible|"
    r"I\s+(?:think|believe)(?:,\s+|\s+(?:that\s+)?)|"
    r"(?:it\s+is|it\s+was|it\s+remains|it\s+is\s+still)"
    r"\s+(?:unclear|not\s+known|uncertain|not\s+certain|disputed)\s+(?:whether|if|when))\b"
    # not a share's: "lost perhaps a third of its people in 1349"
    r"(?!\s+(?:a\s+(?:third|quarter|half|fifth|tenth|dozen|hundred|thousand|few)|half|"
    r"some|several|many|most|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b)"
)
_DOUBTED = re.compile(
    # not past a second verb of the same subject: "probably began in November and was
    # found only in February" doubts the beginning, not the finding
    rf"{_DOUBT_WORDS}(?:(?!\b(?:and|but)\s+(?:was|were|is|are|has|had|then|later)\b)[^,;:.()])"
    # "had probably flown the route before, in September 2024": the date set off by a comma
    # (or after an aside: "may have bred at Thornley Moss, in the adjoining county, in 2021")
    r"{0,90}(?:,\s+(?:(?:in|at|near|by|of|from|on|the|a|an)\s(?:(?!\b(?:was|were|is|are|has|"
    r"had|have|[a-z]+ed|burnt|built|fell|rose|sank)\b)[^,;:.()\d]){1,40},\s+)?(?:in|on)\s+)?$|"
    # (after what the thing was: "is said to have bought his first lorry, a second-hand
    # Thornycroft, in 1926"; not "Probably the best-known resident, a sea captain, in 1890")
    r"\bsaid\s+to\s+have\s+[a-z]+\s[^,;:.()]{0,60},\s+(?:a|an|the)\s[^,;:.()]{1,40},\s+in\s+$|"
    # the date it is said to date from, right after: "is said to date from 1792" (not "to date
    # back to 1450 until a survey in 2019 showed ...", whose later dates are sure)
    r"\bsaid\s+to\s+date\s+(?:from|back\s+to)\s+(?:about\s+|around\s+|c\.\s*)?$|"
    # who believes it, in an aside before its verb: "Whitmoor Mill, as the miller believes,
    # was rebuilt in 1802"
    r",\s+as\s+[^,;.]{1,40}?\b(?:believes|believed|thinks|thought|supposes|claims)\s*,"
    r"[^,;:.()]{0,60}$|"
    # or hearsay right before it: "The old bridge below the ford was built, as the people
    # say, in 1790" (not the idiom's "as they say")
    r",\s+as\s+(?:the\s+)?(?:old\s+)?(?:people|folk|villagers)\s+(?:say|said|tell|told)"
    r"\s*,\s*(?:in|on|about|around)?\s*$|"
    # a doubt in brackets right before it: "the German party of (I think) 1934", "(probably)"
    rf"{DOUBT_IN_BRACKETS}\s*$|"
    # "The team believes, though this has not been confirmed, that the wheel was hit in
    # July 2023": a belief the text says is unconfirmed
    r"\b(?:believes?|believed|thinks?|suspects?)\s*,\s*though\s+[^,;.]{0,40}\bnot\s+(?:been\s+)?"
    r"(?:confirmed|verified|proven)\s*,\s*that\b(?:(?!,\s+and\b)[^;:.()]){0,160}$|"
    # the whole clause a doubt opens, asides and all: "It is unclear whether the leader,
    # Tomás Ferrer, who escaped to Portugal, died there in 1851"
    rf"\b{UNCLEAR_WHETHER}"
    # up to who said it: "..., officials said on Monday" is no part of the doubt
    r"(?:(?!,\s+(?:[\w'’-]+\s+){0,4}(?:said|says|told|added)\b)[^;:.()]){0,160}$",
    re.IGNORECASE,
)


# "1912 – a wooden bridge is believed to have been built": an entry of a timeline, whose
# date comes first and the doubt after it.
# "Oct 19 (possibly) - A fifth suspect is arrested": a doubt in brackets after the date
# "(possibly)", "(?)" after a date, or a mark on it: "(died 1601?)", "has date 1624? on
# the lintel" (not a question's end: "Was it built in 1624?")
# Another day a day may have been, in brackets after it: "Apr. 9 (or the 10th, did not write
# it at the time)"; a note on the day, no clause of the entry
# (the day alone, or with the writer's own doubt: not "(or the 10th for the second company)")
OR_ANOTHER_DAY = (
    r"\s*\(or\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|d)?\b\s*(?:\?|[,;]\s*(?:I\s|did\s+not\s|"
    r"(?:was\s+)?not\s+(?:set|written|noted|entered)\s|cannot\s|can['’]t\s|forget\s|not\s+sure)"
    r"[^()]{0,60})?\)"
)
# (or, after a day that opens a log's line, the writer's doubt and why: "Apr. 11 (I think,
# being from home at Ridlowe market). Great flood"; its callers ask that the day open the
# line, for in prose it may doubt an hour: "on Saturday (we believe at about 11pm)")
WRITER_S_DOUBT = r"\s*\((?:I|we)\s+(?:think|believe|fancy)\b[^()]{0,80}\)"
WRITER_S_DOUBT_AT = re.compile(WRITER_S_DOUBT)  # (read at a day's end: ``.match(text, end)``)
_DOUBT_AFTER = re.compile(
    r"^\s*\((?:possibly|probably|perhaps|uncertain|unconfirmed|\?)\)|"
    # (or a note that its record is in doubt: "(the record is uncertain on this point)", "(date
    # disputed)"; not another matter's, "(the cause remains unclear)", "(records are unclear
    # about its builder)")
    r"^\s*\((?:the\s+)?(?:records?|date|year|evidence|sources?|documents?|registers?)\s+"
    r"(?:(?:is|are|remains?)\s+)?(?:uncertain|unclear|doubtful|disputed|in\s+doubt)"
    r"(?:\s+(?:on|at)\s+this\s+point|\s+here)?\s*\)|"
    # (or another day it may have been: "Apr. 9 (or the 10th, did not write it at the time)")
    rf"^{OR_ANOTHER_DAY}|"
    r"^\?(?=\)|[\"”]\s*$|\s+(?-i:[a-z]))",  # (and at a quoted note's end: "June 1874?\"")
    re.I,
)
_DOUBTED_ENTRY = re.compile(rf"^\s*[-–—:]\s+[^;(),]{{0,80}}?{_DOUBT_WORDS}", re.IGNORECASE)


# A doubt told after the date, in its clause: "died in 1903, though no death certificate
# survives", "completed 1846 (some sources give 1847)"; a question "Whether it reached
# Britain in 1991 ... remains uncertain".
_DOUBT_TOLD_AFTER = re.compile(
    # "A fire in 1996 may have destroyed the prompt books": the doubt of the date's own fact
    r"^\s+(?:may|might|could)\s+have\b|"
    # "bears the date 1833, perhaps the year in which the foundations were laid"
    r"^,?\s+(?:perhaps|probably|possibly)\s+(?:the\s+)?(?:year|date|day|month)\b|"
    # no other date between: "in 1936 and possibly again in 1951, though no records" doubts 1951
    # (and no date after the doubt: "though no register entry ... baptised in 1792")
    r"^(?:(?!\d)[^.;]){0,100}?(?:\b(?:though|although|but)\s+no\s+(?:[\w'’-]+\s+){0,3}?(?:records?|"
    r"evidence|certificates?|documents?|registers?|accounts?)\b(?![^.;]*\d{4})|"
    # "usually dated to 1961, although the company's own catalogues leave the year uncertain"
    r"\b(?:though|although|but)\s+[^.;]{0,60}\b(?:leaves?|left|leaving)\s+the\s+year\s+"
    r"(?:uncertain|unclear|in\s+doubt|open)\b|"
    rf"{OTHER_SOURCES}(?:it|this|that|the\s+[a-z]+|\d)|"
    # another account after the date: "though the boatman holds it was a year earlier" (not
    # "though the owner said it was seaworthy")
    rf"{ANOTHER_ACCOUNT}(?:(?:a|an|the|one|two|three|in|about|around)\s|\d)|"
    # one who dates it otherwise: "was built in 1790 but James thinks it older"
    r"^,?\s+(?:but|though|although|while)\s+[^.;]{0,40}?\b(?:thinks?|believes?|reckons?)\s+"
    r"(?:that\s+)?it\s+(?:is\s+|was\s+)?(?:much\s+|a\s+good\s+deal\s+)?(?:older|newer)\b"
    r"(?!\s+than)|"
    # a party that disputes it: "complained in 2018, but the District disputes that"
    r"^,?\s+but\s+[^.;]{0,40}\bdisputes?\b|"
    # the date's own evidence doubted: "in 1087, but the charter bearing that date ... its
    # authenticity has long been questioned", "1592, although the date ... is doubtful"
    # (not "but its cost was questioned": the date's record, not another matter)
    # (nor "the date of the first stone is doubtful": another date's)
    r"^,?\s+(?:but|though|although)\s+(?:(?!\d)[^.;]){0,80}\b(?:date|year|authenticity|"
    r"charter|inscription)\b(?!\s+of\b)(?:(?!\d)[^.;]){0,60}\b(?:questioned|doubtful|disputed|"
    r"contested|in\s+doubt)\b|"
    # "rebuilt in 1812, though the year is uncertain" (not "the date it takes effect is")
    r"^,?\s+(?:but|though|although)\s+the\s+(?:date|year)\s+(?:is|was|remains)\s+(?:uncertain|"
    r"unclear|not\s+certain)\b|"
    # "is dated 1156, though several historians have doubted whether that date is genuine",
    # "dated to 1290, although some historians doubt this date"
    # (not "though there is little doubt that", "nobody has ever doubted that")
    r"^,?\s+(?:but|though|although)\s+(?![^.;]*\b(?:no|not|never|nobody|none|little|"
    r"(?<!\ba\s)few)\b)[^.;]{0,60}?\b(?:doubt|question|dispute)(?:s|ed)?\s+(?:(?:whether|that|if)\s+)?(?:that|"
    # (this date, not another's: "dispute the date when inflation peaked", "this year's")
    r"the|this|its)\s+(?:date|year)\b(?![’'-]|\s+(?:of|when|in|for|the|a|it|[a-z]+ed)\b)|"
    # who told it not sure of it: "born in 1911, though he is not sure of it", "in 1849, so
    # old Mr Garrow believes, though he will not swear to it"
    r"^,?\s+(?:so\s+[^,;.]{1,40}?\s+(?:believes?|thinks?|says?|holds?)\s*,\s*)?"
    r"(?:though|although|but)\s+(?:he|she|they|I|we)\s+(?:(?:(?:is|was|are|were|am)\s+not|"
    r"(?:cannot|can[’']t|could\s+not|couldn[’']t)\s+be)\s+(?:sure|certain)(?:\s+of\s+(?:it|the\s+"
    r"(?:year|date)))?|(?:(?:will|would|could|can)(?:\s*not|n[’']t)|won[’']t|"
    r"can[’']t)\s+swear\s+to\s+it)\s*(?:[,.;)]|$)|"
    # the teller's own doubt right after: "in 1967, I think, though ...", "went out at the
    # Narrows on the 25th, but I doubt it"
    # (or with no comma before it, closed: "lost at Crag End, on the 19th I think, though")
    # (not a clause of its own: "After what happened on 3 March I think, frankly, that")
    r"^,\s+I\s+(?:think|believe)\b|"
    # (or the teller's memory, closing the clause: "at Upton in 1851, if I remember right.",
    # "in 1902, as near as I can recollect, and"; not what it goes on to tell: "1947, if I
    # remember rightly, was the worst", "8 May 1945, if memory serves, it poured")
    r"^,\s+(?:if\s+(?:I|we)\s+(?:remember|recollect|recall)(?:\s+(?:right(?:ly)?|correctly|aright))?|"
    r"if\s+(?:my\s+)?memory\s+serves(?:\s+me)?|as\s+(?:near|far)\s+as\s+(?:I|we)\s+(?:can\s+)?"
    r"(?:remember|recollect|recall))\s*(?:[.;)]|$|,\s+(?:and|but|though|so)\b)|"
    r"^\s+I\s+(?:think|believe)\s*(?=,\s+(?:though|but|although)\b|[.;)]|$)|"
    # "bred there in 2021, but this was never confirmed"
    r"^,?\s+but\s+(?:this|it|that)\s+(?:was|has|is)\s+(?:never|yet\s+to\s+be)\s+(?:been\s+)?"
    r"(?:confirmed|proved|proven|verified)\s*(?:[.;]|$)|"
    r"^,?\s+(?:but|though|although)\s+(?:I|we)\s+(?:much\s+|rather\s+)?(?:doubt|question)\s+"
    r"(?:(?:it|this|that)(?=\s*(?:[,.;]|$))|the\s+(?:date|day)\b))",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"^\s*Whether\b[^;]*$")
# A record of the date judged doubtful after it: "A record of Usnea florida from the wood in
# 1995 is doubtful" (not "The report of the meeting on 12 March is questionable", nor "Her
# claim of damages for the crash on 4 June was not accepted": a record's worth, no date's)
# (a record told of as one: not "Her record of attendance in 1921 was doubtful", its worth)
_A_RECORD_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he\s+only)\s+(?:record|sighting)\s+of\s+[^.;,]{1,80}$")
_JUDGED_DOUBTFUL = re.compile(
    r"^\s+(?:is|was|remains)\s+(?:doubtful|unconfirmed)\s*(?:[,.;]|$)", re.IGNORECASE
)
_STILL_OPEN = re.compile(
    r"^[^.;]{0,100}?\b(?:remains|is\s+still|is)\s+(?:uncertain|unclear|unknown|disputed)\b",
    re.IGNORECASE,
)


def doubted(before: str, after: str = "") -> bool:
    """Whether the clause before a date says the text itself doubts it (EDTF ``?``), or the
    clause after it (see ``_DOUBT_TOLD_AFTER``), or, for a date that opens an entry, the
    entry after it."""
    if _DOUBTED.search(before[-200:]) is not None or _DOUBT_AFTER.match(after):
        return True
    if _JUDGED_DOUBTFUL.match(after) and _A_RECORD_OF.search(before):
        return True
    if _DOUBT_TOLD_AFTER.match(after) or (_WHETHER.match(before) and _STILL_OPEN.match(after)):
        return True
    opens = not before.strip(" -–—•*")
    return opens and (_DOUBTED_ENTRY.match(after) or WRITER_S_DOUBT_AT.match(after)) is not None
