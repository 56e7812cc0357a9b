"""An old hand's words, written in plain ones before the dates are read: "ye" before a day
as "the" ("by ye 24th June"), "ab.t" and "abt" as "abt." where they mean about ("begun abt
the 14th", "from abt 1841", "set up this shop abt 1831,"), and a log's run of days with a
stop after its first ("Feby. 14. to 21.") as one run."""

from __future__ import annotations

import re

from kztimeline.draft.cues import IRREGULAR_PARTICIPLE, MONTH_WORDS, ORDINAL, YEAR_FIGURES

__all__ = ("in_plain_words",)


def in_plain_words(text: str) -> str:
    """``text`` with an old hand's "ye" before a day, its "ab.t" and "abt" meaning about,
    and its run of days "14. to 21." written plainly."""
    text = _YE_BEFORE_A_DAY.sub(r"\g<by> the", text)
    text = re.sub(r"\b([Aa])b\.t\b(?!\.)", r"\1bt.", text)  # "ab.t": "abt."
    text = _ABOUT_UNSTOPPED.sub("abt.", text)
    text = _ABOUT_A_YEAR.sub(_about_a_year, text)
    return _RUN_OF_DAYS.sub(r"\1\2", text)


# An old hand's "abt" with no stop, before a day, or a year after a word that times it:
# "begun abt the 14th", "abt 14 May", "from abt 1841" (not a count, "abt 1900 souls", nor a
# name, "Roman Abt 1882", nor an hour, "fired on abt 1745")
_ABOUT_UNSTOPPED = re.compile(
    rf"\babt(?=\s+(?:the\s+\d{{1,2}}(?:{ORDINAL})?\b(?!\s+(?:week|month|year)s?\b)|"
    rf"\d{{1,2}}(?:{ORDINAL})?\s+(?:{MONTH_WORDS})\b))|"
    r"(?:(?<=\bfrom )|(?<=\bsince )|(?<=\buntil )|(?<=\btill ))abt"
    rf"(?=\s+{YEAR_FIGURES}\b(?!\s+(?!(?:until|till|to|and|or|when|in|at|on|by|for)\b)[a-z]))"
)
# (or a year that ends its clause after a past: "set up this shop abt 1831, in ye old
# malthouse"; not a count, "a congregation of abt 1600.", nor a log's hour beside another,
# "Left the Staithe abt 1745, ... anchored at 2130")
# (or before "&": "The old Shop by the Quay was burnt abt 1787 & all my Tools with it")
_ABOUT_A_YEAR = re.compile(rf"\babt(?=\s+{YEAR_FIGURES}(?:[,;.]|(?P<amp>\s+&)))")
_DONE_BEFORE = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLE}|began|took)\b[^.;,]{{0,40}}$"
)
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLE})"
    r"(?:\s+(?:down|up|out|off|away|over|back))?\s+$"
)
_ANOTHER_HOUR = re.compile(r"\b(?:at|by|till|until)\s+[0-2]\d[0-5]\d\b")


def _about_a_year(abt: re.Match[str]) -> str:
    """ "abt." before a year that ends its clause after a past (before "&", after a passive's:
    "was burnt abt 1787 & all my Tools", not "numbered abt 1600 & upwards"), else ``abt``."""
    before = abt.string[max(0, abt.start() - 60) : abt.start()]
    if abt["amp"] and not _PASSIVE_BEFORE.search(before):
        return abt[0]
    stop = abt.string.find(".", abt.end() + 6)
    after = abt.string[abt.end() : stop if stop >= 0 else len(abt.string)]
    done = _DONE_BEFORE.search(before) and not before.rstrip().endswith((" of", " on", " at"))
    return "abt." if done and not _ANOTHER_HOUR.search(after) else abt[0]


_YE_BEFORE_A_DAY = re.compile(  # "by ye 24th June", "abt ye 14th" (not "Will ye 2nd the motion")
    rf"\b(?P<by>by|on|from|till|until|before|after|abt\.?|about)\s+ye(?=\s+\d{{1,2}}(?:{ORDINAL})\b)"
)
# A log's run of days with a stop after its first: "Feby. 14. to 21.", "2. to 3d."
_RUN_OF_DAYS = re.compile(rf"\b(\d{{1,2}})\.(\s+to\s+\d{{1,2}}(?:{ORDINAL})?\.)")
