"""When a number that looks like a year is one, and when a month name is a month: the words
around it decide (see :mod:`kztimeline.draft.normalise`). "In 2010", "the 2012 elections"
and "c. 1850" are years; "2000 people", "around 2000 protesters", "2015 GMT" and "section
1983" are not; "in May" is a month, "the government may" is a verb. The names of the months
and of the days of a month in words ("the first of March") are here too, with the other
word lists the draft's modules share (records' names, first names cut short, doubts)."""

from __future__ import annotations

import re

__all__ = (
    "BOOK_BEGUN",
    "LABEL_CUT_SHORT",
    "MONTHS_CUT_SHORT",
    "SINCE_BEFORE",
    "MEMORANDA",
    "MEMORANDUM",
    "a_name_s_month",
    "ANOTHER_ACCOUNT",
    "OTHER_SOURCES",
    "ROUGHLY",
    "EVENT_OF",
    "EVENT_ON",
    "LISTING",
    "LISTING_WORDS",
    "CAPITALS",
    "CLOCK",
    "COUNTED",
    "DAY_ORDINALS",
    "DOUBT_IN_BRACKETS",
    "IRREGULAR_PARTICIPLE",
    "PARTICIPLE",
    "KEPT_AS_IT_HAPPENS",
    "ORDINAL",
    "HEADING_LINE",
    "HONORIFIC",
    "ISSUE_LINE",
    "LETTERS",
    "MONTH_ENDING",
    "MONTH_NAMED",
    "MONTH_NUMBERS",
    "MONTH_WORDS",
    "GUESSED_YEAR",
    "KEPT_SINCE",
    "USUALLY",
    "NAMES_CUT_SHORT",
    "PAGE_FIELD",
    "PROGRAMME_WORDS",
    "RECORD_NAMES",
    "SMALL",
    "SUBJECT_AND_VERB",
    "TILDE",
    "YEAR_FIGURES",
    "is_year",
    "month_cued",
)

# An account book's or a log's memorandum, an entry with no day of its own: "Mem. my licence
# renewed ab.t the 1st of August", "Memdm. Bought", "Memorandum. Gate keys, 2", "N.B. The gate"
MEMORANDUM = re.compile(r"\s{0,2}(?:Mem(?:o|dm?|orand(?:um|a))?[.:]|N\.\s?B\.)\s*(?=[A-Za-z])")
# The stop of a word cut short in a label: of one to four letters, or five in capitals
# ("Hon. Sec.", "Thos.", "M.A.", "dau. of", "Thurs.")
LABEL_CUT_SHORT = (
    r"(?:(?<=\b[A-Za-z])|(?<=\b[A-Za-z][a-z])|(?<=\b[A-Za-z][a-z]{2})|(?<=\b[A-Za-z][a-z]{3})|"
    r"(?<=\b[A-Z][a-z]{4}))\."
)
# The day a book was begun, a line of its own: "Commenced Michaelmas 1853", "Begun 3 May
# 1816." (not "Commenced voyage from Liverpool 12 May 1852.", "Started work at the mill in 1953")
BOOK_BEGUN = re.compile(
    r"\s*\b(?:[Bb]egun|[Cc]ommenced|[Ss]tarted)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th|d)?|[A-Z][a-z]+\.?|day|of),?\s+){1,4}(?P<year>(?:1[5-9]|20)\d\d)"
    r"\.?\s*$"
)
# (or a line of its own that heads the page's memoranda: "Memoranda.", "MEMORANDA")
MEMORANDA = re.compile(r"\s*(?:Memorand(?:um|a)|MEMORAND(?:UM|A))[.:]?\s*")

_MONTH_NAMES = (  # (and an old letter's "Jany", "Feby", "Apl", "Septr", "Novr")
    ("January", "Jan", "Jany", "Janry"),
    ("February", "Feb", "Feby", "Febry"),
    ("March", "Mar"),
    ("April", "Apr", "Apl"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug", "Augt"),
    ("September", "Sept", "Sep", "Septr", "Sepr"),
    ("October", "Oct", "Octr"),
    ("November", "Nov", "Novr"),
    ("December", "Dec", "Decr"),
)
_OLD_HAND = ("Apl", "Sepr")  # an old hand's months, never in capitals ("APL 3" is a code)
MONTHS_CUT_SHORT = frozenset(name.lower() for names in _MONTH_NAMES for name in names[1:])
"""Each month's name cut short, lower case: "jan", "feby", "septr", "apl"."""
MONTH_NUMBERS = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
"""Each English month name and abbreviation, with the month's number."""
# An ordinal's ending after a day's number: "5th", "22nd", the old "3d" and "22d"
ORDINAL = r"(?:st|nd|rd|th|(?<=[23])d)"
# What a programme, a card or a calendar is called in its title ("Walks Programme: January
# to March 2026", "FIXTURES 2026", "What's on: March 2025"): its dates are its entries' year
PROGRAMME_WORDS = (
    r"programme|program|calendar|season|term|timetable|fixtures|schedule|what[’']s\s+on"
)
# The names of records kept as things happen, which look back, not ahead ("Captain's Log -
# Season 2025"), and with them those of other records, whose own year a title gives
# ("Call-out log 2024", "Diary of a farm labourer, 1871", "Annual report 2024")
KEPT_AS_IT_HAPPENS = r"log|logs|logbook|diary|journal|minutes|register|ledger"
RECORD_NAMES = rf"{KEPT_AS_IT_HAPPENS}|report|notes|notebook|book|record|records"
# What a habit usually does on its day, in the clause before it: "In normal years the fishery
# opens on 1 October", "The fair usually falls on" (not "it rained so often that ... until",
# "The usually busy street was deserted on")
USUALLY = re.compile(
    r"\b(?:(?:usually|normally|generally|typically)\s+(?:is|are|[a-z]+s)\b|in\s+(?:most|normal|"
    r"ordinary|typical)\s+years|in\s+an?\s+(?:normal|ordinary|typical)\s+year\b)"
    # (to the day, with no turn between: not "generally meets in the Guildhall but on 14 July")
    r"(?:(?!\b(?:but|however|though|although|yet|except|this\s+year|instead|and\s+(?:on|in|at|then))\b)"
    r"[^,;.])*$",
    re.IGNORECASE,
)
# A state kept "since then": "the upper section has been closed since then" (not what has
# been done or counted since: "have attempted a recovery every 14 days since then")
KEPT_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:been\s+(?:closed|shut|empty|derelict|disused|abandoned|the\s+home)\b|"
    r"remained|stood|lain)\b[^,;]{0,60}$"
)
# A doubt in brackets by a date: "the German party of (I think) 1934", "(probably)"
DOUBT_IN_BRACKETS = r"\((?:(?:I|we)\s+(?:think|believe|fancy)|probably|possibly|perhaps)\)"
# First names and ranks cut short before a name ("Thos. Merrick", "Wm. Heald", "Pte.
# Haddow"): no sentence ends after them, and a title gives them whole.
NAMES_CUT_SHORT = {
    "Thos": "Thomas", "Wm": "William", "Jas": "James", "Chas": "Charles", "Geo": "George",
    "Robt": "Robert", "Richd": "Richard", "Edw": "Edward", "Jno": "John", "Benj": "Benjamin",
    "Saml": "Samuel", "Jos": "Joseph", "Danl": "Daniel", "Nathl": "Nathaniel", "Pte": "Private",
    "Cpl": "Corporal", "Sgt": "Sergeant", "Insp": "Inspector", "Supt": "Superintendent",
    "Det": "Detective", "Asst": "Assistant", "Messrs": "Messrs",
}  # fmt: skip
# Past participles not in -ed ("was built", "and sold in 1990").
IRREGULAR_PARTICIPLE = (
    r"held|built|born|made|won|led|set up|signed|known|sunk|begun|dug|laid|"
    r"bought|sold|paid|given|taken|written|drawn|grown|shown|seen|found|struck|cast|"
    r"chosen|broken|stolen|spent|sent|kept|lost|hit|cut|shut|run|done|rebuilt|rewritten|"
    r"upheld|withheld|withdrawn|undertaken|overtaken|put|let|quit|swept|sunk|spun|sworn|"
    r"torn|worn|woken|frozen|forgiven|forgotten|overcome|bound|wound|fed|bred|dealt|meant|"
    r"taught|caught|brought|fought|sought|thought|told|sold|heard|read|left|felt|lent|lit|"
    r"burnt|spoilt"
)
# A past participle, in -ed, -en, -wn or irregular ("rolled", "taken", "shown", "built")
PARTICIPLE = rf"(?:[a-z]+(?:ed|en|wn)|{IRREGULAR_PARTICIPLE})"
MONTH_WORDS = "|".join(
    sorted(
        {*MONTH_NUMBERS, *(name.upper() for name in MONTH_NUMBERS if name not in _OLD_HAND)},
        key=len,
        reverse=True,
    )
)
"""The month names as a pattern, capitalised or all capitals (datelines): "may" and "march"
in lower case are verbs; an old hand's "Apl" and "Sepr" only capitalised ("APL 3")."""
MONTH_NAMED = re.compile(rf"\b(?:{MONTH_WORDS})\b")  # a month named anywhere in a text
MONTH_ENDING = re.compile(rf"\b(?:{MONTH_WORDS})\.?$")  # a month's name ending the text before
YEAR_FIGURES = r"(?:1[5-9]|20)\d\d"
"""Four figures read as a year when nothing else says so: 1500 to 2099 ("1870", "2025";
not "1240 m" or a clock's "0930")."""

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth".split()
DAY_ORDINALS = {
    word: number
    for number, word in enumerate(
        [*_UNITS, *_TEENS, "eighteenth", "nineteenth", "twentieth"]
        + [f"twenty-{unit}" for unit in _UNITS]
        + ["thirtieth", "thirty-first"],
        start=1,
    )
}
"""The days of a month in words ("the first of March"), with their numbers."""
CAPITALS = "A-Z" + "".join(chr(point) for point in range(0xC0, 0x250) if chr(point).isupper())
"""The capital letters of the Latin alphabets, for a regex's ``[...]``: "VELKÁ ROVEŇ"."""
SMALL = "".join(chr(point) for point in range(0x61, 0x250) if chr(point).islower())
"""The small letters of the Latin alphabets, the same way: a name may be "Solvåg"."""
LETTERS = CAPITALS + SMALL  # (the letters of the Latin alphabets, capital or small)
PAGE_FIELD = re.compile(
    r"date|dated|date (?:issued|sent)(?: to the parties)?|published|posted|updated|last updated|"
    r"still current at|current as at|for immediate (?:release|use|publication)|"
    r"(?:made|laid|issued|given|delivered) on|sent|filed|notice issued|(?:notice )?dispatched|"
    r"report compiled|valid as at|"
    r"(?:date of (?:this |the )?)?(?:notice|issue|publication|release|report|dispatch|despatch)"
    r"(?: date)?"
    r"(?: of (?:this|the) (?:notice|document|report|release|bulletin))?"
)
"""The label of a field that gives the day the document itself bears, in lower case: "Date
of notice: 4 May 2024", "Date of dispatch of this notice: 3 March 2025", "Notice
dispatched: 10 March 2025", "Report compiled: 2 December 2024"."""
ISSUE_LINE = re.compile(
    r"^(?:(?:Issue|Edition)\s+\d+[a-z]?\s*[-–—,:|]\s*|"
    # (or a version's, after its reference, with the word that says so: not a revision
    # history's rows, "Rev 2 - 18 April 2024 - revised after consultation")
    r"(?:(?:Report\s+|Our\s+|Document\s+)?(?i:reference|ref)\.?\s*(?i:no\.?)?\s*:?\s*"
    r"[A-Z0-9][\w/.-]*\d[\w/.-]*\s*[-–—,|]\s*)?"
    r"(?:Issue|Edition|Version|Rev(?:ision)?)\s+\d+[a-z]?\s*[-–—,:|]\s*"
    r"(?:issued|dated|published)\s+(?:on\s+)?)"
)
"""The head of a document's issue line before its day: "Issue 2 - 10 March 2025", "Report
ref. FE/HCT/24/09 - Version 2, issued 6 January 2025"."""
HEADING_LINE = 80
"""The longest line of a text's head read as a heading or a title ("Season 2025/26")."""
CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d|noon|midnight)"
"""A time of day: "7 a.m.", "16:00", "7.30pm", "noon"."""
TILDE = re.compile(r"(?:^|(?<=[\s|(\[]))~\s*$")
"""A tilde just before a date, "roughly" ("~1850", a table's "~20 February")."""

# A bare year needs one of these just before it, or the shape "the 2012 elections".
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|throughout|from|to|during|before|after|of|"
    r"around|about|approximately|roughly|circa|year|(?<=the )date|fiscal|spring|summer|autumn|"
    r"fall|winter|early|late|mid|end|beginning|start|middle|as of|for|both|either|at least|"
    # a life's or a firm's first: "Born 1968 in Porto", "Established 1887"; "built abt. 1790"
    r"as early as|born|died|founded|established|est\.|abt\.|(?:is|are|was|were)\s+dated|"
    r"as late as|as recently as|as far back as|(?:no|not)\s+(?:earlier|later|sooner)\s+than)"
    r"\s+(?:the\s+)?(?:(?:end|"
    r"beginning|start|middle|year|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?|\bmid-|\(|"
    r"\b(?:c|ca|cca)\.\s*|\((?:[a-z]+ed|est\.|born|died|b\.|d\.)\s+|"
    r"\b\d{4}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)|"
    # "the year appears to be 1666", "the year was 1851"; a contest's year, "the Marsh Cup 2024"
    r"(?<!\bof\s)\bthe\s+year\s+(?:\w+\s+){0,3}?(?:is|was|be)\s+|"
    r"(?-i:\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Cup|Trophy|Shield|Championships?|Regatta))\s+)$",
    re.IGNORECASE,
)
# a year guessed, the clause's last word: "the date of the buyout is variously given, but it
# was probably 1978." (not "it was probably 1887 wiring")
GUESSED_YEAR = r"\bit\s+was\s+(?:probably|possibly|perhaps)\s+"
_GUESSED = re.compile(rf"{GUESSED_YEAR}$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that|a|an)\s+$", re.IGNORECASE)
# Words that make a year-like number a count.
COUNTED = re.compile(
    r"\s+(?:[a-z]+-)?(?:people|persons|men|women|children|members?|votes?|voters|delegates|"
    r"troops|soldiers|police|units|dollars|euros|tenge|roubles|rubles|pounds|tons|tonnes|km|"
    r"kilomet(?:re|er)s|miles|met(?:re|er)s|feet|hectares|barrels|cases|deaths|jobs|homes|"
    r"houses|cars|students|workers|employees|refugees|participants|signatures|seats|pages|"
    r"copies|times|items|points|residents|families|companies|firms|schools|hospitals|minutes|"
    r"seconds|goals|matches|games|laps|kilograms|kg|tickets|fans|spectators|visitors|"
    r"villages|projects|candidates|observers|journalists|prisoners|others|of|"
    # "1900 more people", not "By 1900 more than four hundred men worked there"
    r"more(?!\s+than\b)|"
    # An amount: "for 2000 million tenge".
    r"hundred|thousand|million|billion|trillion|mln|bn|litres|liters|hectolitres|wagons|"
    r"m(?![-.])|ft|cm|mm|"  # a height or a length: "rain up to 2000 m" (not "m." married)
    # the 24-hour clock: "until 1800 GMT" ("in 1829 local shipowners" is a year)
    r"GMT|UTC|hours|hrs|h|local(?=\s+time))\b"
)
# "around 2000 protesters marched", "some 1500 had fled": a word of amount opening a clause
# and a plural noun (or a verb) after the number make it a count. "In about 1850 farmers
# arrived" is a year: "in" makes the number a time.
_AMOUNT_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|when|as|with)\s+)(?:some|about|around|roughly|nearly|"
    r"almost|approximately|over|more than|fewer than|less than|up to|at least|an estimated)"
    r"\s+$",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:was|has|is|as|this|its|his|plus|minus|less|us|thus)\b)[a-z]+s\b|"
    r"\s+(?:had|have|were|died|fled|left|came|went)\b"
)
# "Founded: 1830", "Completed: 2005": a field whose label names an event.
_EVENT_LABEL = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+)?(?:[a-z]+ed|born|died|built|begun|began|held|won|signed|sold|"
    r"made|opened|closed|started|ended)\s*:\s*$",
    re.IGNORECASE,
)
# "Exhibited: Bergen, 1976; Leeds, 2002": a year that closes an item of such a field's list.
_LABELLED_ITEM = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+)?(?:[a-z]+ed|held|won|signed|sold|made|opened|closed)\s*:[^:.]*,\s*$",
    re.IGNORECASE,
)
# A year after a place that closes an entry of a provenance or of a list of exhibitions:
# "Vera Kovač-Hall, London, 1954;", "Charlottenborg, Copenhagen, 1909, no. 112."
# (not a statute's: "the Land Registration Act, 2012;")
_PLACE_ITEM = re.compile(rf"\b(?!(?:Act|Law|Code),)[{CAPITALS}][{LETTERS}’'-]+,\s+$")
_ITEM_END = re.compile(r"\s*(?:;|,\s+(?:no|nos|lot|cat|nr)\.?\s*\d)", re.IGNORECASE)
# Before a bare month ("in May"): without one, "May" and "March" are verbs or names.
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|till|by|last|next|this|early|mid|late|during|before|after|from|"
    r"through|of|end of|beginning of|start of|middle of)\s+$|\bmid-$|\b(?:early|late)-$|"
    # "Version 4.3 is planned for November": a plan's month
    r"\b(?:planned|scheduled|expected|due|set|slated|fixed|targeted)\s+for\s+$|"
    # "in about March", "Around October, the board ...": an approximate month
    r"(?:^\W*|\b(?:in|since|until|by|from)\s+)(?:about|around|roughly|approximately|circa)\s+$|"
    # "opens a branch in Rotterdam around October"
    r"\b(?:around|approximately|circa)\s+$",
    re.IGNORECASE,
)
# "in January and March", "in May, June or July": a month after another of a list.
_LISTED_MONTH = re.compile(
    r"\b(?:" + "|".join(names[0] for names in _MONTH_NAMES) + r")"
    r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)


# Another account of the date just told, up to where its own date begins: "though the
# boatman holds it was a year earlier", "though Elsa always said it was the year after".
ANOTHER_ACCOUNT = (
    r"\b(?:though|although|but|while)\s+[^.;]{0,60}?\b(?:holds?|claims?|insists?|maintains?|"
    r"argues?|say|says|said)\s+(?:that\s+)?it\s+was\s+"
)


# "until sometime around 1975", "since c. 1850": a bound, itself approximate.
ROUGHLY = (
    r"(?:(?:some\s?time|at\s+some\s+point)\s+)?(?:(?:in\s+)?(?:around|about|circa|roughly|"
    r"approximately)\s+|(?:c|ca|cca)\.\s*)?"
)
# "since the spring floods of 2017": the event of the date named, the state from it on.
# Not a clause with its own verb: "its home since the fair moved there in 2011" dates the move.
_AN_EVENT = (  # "the spring floods", not a clause's "the fair moved"
    r"the\s+(?:(?![a-z]+ed\b|(?:was|were|had|began|came|went|took|became|opened|won)\b)"
    r"[a-z][\w’'-]*\s+){1,3}"
)
EVENT_OF = rf"(?:{_AN_EVENT}(?:of|in)\s+)?"
# The event a state has lasted since, on its day: "has been shut since the rockfall on 2
# March", "has led since Round 2 at Brackley on 13 April", "since her win in Esterel on"
EVENT_ON = (
    rf"(?:{_AN_EVENT}|(?:Round|Stage|Leg|Race|Game|Test)\s+\d{{1,2}}\s+(?:at\s+[A-Z][\w’'-]*\s+)?|"
    r"(?:his|her|its|their)\s+[a-z]+\s+(?:(?:at|in)\s+(?:round\s+\d{1,2}|[A-Z][\w’'-]*)\s+){0,2})on\s+"
)

# What a page's listing is called, naming no thing of its own: "Key dates", "What's on",
# "Programme", "Coming up", "Main ring highlights"
LISTING_WORDS = (
    r"\b(?:dates|events|news|diary|calendar|timetable|schedule|what['’]s\s+on|programme|"
    r"program|fixtures|results|highlights|coming\s+(?:up|soon)|(?:this|next)\s+week)\b"
)
LISTING = re.compile(LISTING_WORDS, re.IGNORECASE)

# Other sources that give a date of their own for the fact just told: "some historians
# place it", "some family accounts give", "some chroniclers give the year as".
OTHER_SOURCES = (
    r"\b(?:some|other|several|many|later)\s+(?:[a-z]+\s+)?(?:sources|accounts|historians|"
    r"scholars|authorities|writers|chroniclers|chronicles|traditions)\s+(?:give|place|date|put|"
    r"say|suggest|prefer)\s+"
)


# A person's title before the name: "Madame Leclerc", "Cllr Okafor", "Dr. Lind".
HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madame|Mme|Monsieur|Sir|Dame|Lady|Lord|Professor|Prof|Father|"
    r"Sister|Brother|Canon|Bishop|Reverend|Revd|Rev|Cllr|Councillor)\.?"
)


def month_cued(before: str) -> bool:
    """Whether the words just before a bare month name make it a month ("in May")."""
    return _MONTH_CUE.search(before) is not None or _LISTED_MONTH.search(before) is not None


_TARGET_NAME = re.compile(r"\s+(?:Agenda|Strategy|Vision|Concept|Development Goals)\b")


# (and a title's holders: "Champions 2024: Dodge Knights", "Swedish champions 1958, 1961")
_BUILT = re.compile(r"\b(?:built|rebuilt|erected|(?i:champions))\s+$")
_BUILT_THEN = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:per|by|in|at|on|when|for|to|and\s+(?!\d)))")
_ASIDE_BEFORE = re.compile(r"\s*\([^()]{1,30}\)\s*$")


# a list of a day's hours that begins on one no year can be: "at 0000, 0400, 0800, 1200"
_HOURS_LISTED = re.compile(r"\b0\d[0-5]\d(?:\s*(?:,|and|or)\s*[0-2]\d[0-5]\d)*\s*(?:,|and|or)\s*$")
_BOUND_HOUR = re.compile(r"\b(?:by|before|until|till|from|(?:no|not)\s+later\s+than)\s+$", re.I)
_ON_A_DAY = re.compile(
    r"\s+on\s+(?:the\s+)?(?:(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b"
    rf"(?![’']s)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\s+\d)"
)


# A subject and its verb right after a year that opens a clause: "By 1835 the village had"
SUBJECT_AND_VERB = re.compile(
    r"\s+(?:(?:the|its|their|his|her)\s+)?[a-z]+\s+(?:[a-z]{3,}ed|were|was|had|have|met|won|"
    r"gave|took|made|went|began|held)\b"
)


def is_year(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``sentence`` is a year, by the words around
    it: a cue before it ("in", "since", "c."), an apostrophe-s, the head of a list entry,
    or an article before and a word after ("the 2012 elections"); never a count or an
    amount ("2000 people", "around 2000 protesters"), nor part of a code ("60/2012")."""
    before, after = sentence[:start], sentence[end:]
    before = TILDE.sub("", before)  # "~1850": roughly a year
    before = _ASIDE_BEFORE.sub(" ", before)  # "the party of (I think) 1934": its cue is "of"
    if re.search(r"\bFY\s*$", before):
        return not COUNTED.match(after)  # "FY2020", a fiscal year
    if re.fullmatch(r"\W*(?:(?:and|but)\s+)?(?i:In|By|Since|During)\s+", before) and re.match(
        SUBJECT_AND_VERB, after
    ):
        # "In 1910 members presented a petition", "by 1835 the village had 140 cottages":
        # the year opens the sentence or its clause
        return True
    if re.search(r"\b0\d[0-5]\d\s*(?:to|until|till|and|[-–])\s*$", before):
        return False  # "daily from 0600 to 1800": the end of a span of hours
    if _HOURS_LISTED.search(before):
        return False  # "at 0000, 0400, 0800, 1200, 1600 and 2000 UTC": hours of a day
    if _ON_A_DAY.match(after) and _BOUND_HOUR.search(before):
        return False  # "move vehicles before 2200 on Sunday": the hour of a day's bound
    if COUNTED.match(after) or re.match(r"[-–/]\d", after) or re.search(r"[-/\w]$", before):
        return bool(re.search(r"\bmid-$", before, re.IGNORECASE)) and not COUNTED.match(after)
    if _AMOUNT_BEFORE.search(before) and _PLURAL_AFTER.match(after):
        return False
    if re.search(r"\b\d[\d,.]*\s+(?:points?|places?|votes?|seats?|runs?|goals?)\s+to\s+$", before):
        return False  # "climbed 212 points to 1987": a rating, a level
    if _TARGET_NAME.match(after):
        return False  # "in line with the 2030 Agenda": a programme named by its target year
    if _YEAR_CUE.search(before) or after.startswith(("'s", "’s")) or _EVENT_LABEL.search(before):
        return True
    if _GUESSED.search(before) and re.match(r"\s*(?:[.,;)]|$)", after):
        return True
    if _BUILT.search(before) and _BUILT_THEN.match(after):
        return True  # "Lock built 1794 per the stone" (not "built 1806 new houses")
    if _LABELLED_ITEM.search(before) and re.match(r"\s*(?:[;.]|$)", after):
        return True
    if _PLACE_ITEM.search(before) and _ITEM_END.match(after):
        return True  # "by descent to his daughter, London, 1954;": a provenance's entry
    if not before.strip() and not after.strip(" .:"):
        return True  # "<h2>1888</h2>": a year alone on its line heads what follows
    if not before.strip() and re.match(r"(?:\s*\([a-z ]{1,20}\))?(?:\s*[:–—]\s|\s+-\s)", after):
        return True  # "1998 — Akmola is renamed Astana": the date of an entry of a list
    # "the 2012 parliamentary elections": a year naming the thing that follows.
    # A line that opens on a year and a title: '2016  "Salt and Ink"', a CV's exhibition.
    # (or a cell's title won: "League founded 2022 | 2024 champions: Kitchen Kings")
    opens = not before.strip() or _THE_BEFORE.search(before)
    cell = before.rstrip()[-1:] == "|" and re.match(r"\s+champions\b", after)
    return bool(cell) or (bool(opens) and bool(re.match(r"\s+[\"“‘']?[A-Za-z]", after)))


def a_name_s_month(month: str, before: str, after: str) -> bool:
    """Whether ``month``, between ``before`` and ``after``, opens a person's name rather than
    naming a month: "gathered around June Carter", "The age of Jan Drost" (a month cut short
    before a name, not "in Jan Council met" nor "Aug Bank Holiday")."""
    if not re.match(r"\s+[A-Z][a-z]", after):
        return False
    if re.search(r"\baround\s+$", before):
        return True
    short = re.fullmatch(r"(?!May)[A-Z][a-z]{2}", month) is not None
    return short and not after.startswith(" Bank") and not _IN_A_MONTH.search(before)


_IN_A_MONTH = re.compile(r"\b(?i:in|since|by|until|till|from|during|to|early|late|mid|next)\s+$")


# "since" right before a date: "closed since 3 March", "Since 2015 the studio has held"
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
