"""Titles that the shape of a fact gives: a life in brackets after a name ("Abai
Kunanbayev (10 August 1845 – 6 July 1904) was a poet" gives his birth and his death), a
record's field line ("Completion: expected in 2026"), a page's table row whose first cell
names what its dated cell says became of it ("Fernley Library – Closed from 9 to 13 December
2024 – Refurbishment"), an opening participle ("Founded in 1998, the bank ..."), an event
welcomed or marked ("welcomed the opening of the embassy in 2019"), a date counted back from
the one before it ("..., two days after an accident at the station"), and the speaker's
label a record puts before what is said; and the shapes of the clauses a date may sit in
(an appositive, a relative clause, a phrase after "among them", an opening "since" clause,
the last of two things named before "effective"), which :mod:`kztimeline.draft.titles` cuts
a title from, the clause without the appositives that describe its names (:func:`without`),
and the words before a date that go with it (:data:`BEFORE_DATE`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kztimeline.draft.cues import CLOCK, GUESSED_YEAR, IRREGULAR_PARTICIPLE
from kztimeline.draft.field_lines import FIELD_LEAD
from kztimeline.draft.trim import clean
from kztimeline.draft.verbs import clausal, verb_start

__all__ = (
    "AMONG",
    "APPOSITIVE",
    "ATTRIBUTION",
    "BEFORE_DATE",
    "EFFECTIVE",
    "MARKED_DATE",
    "NEVER_PASSIVE",
    "OTHER",
    "OWN",
    "SAID_TOO",
    "SCHEDULED",
    "SPEAKER",
    "STATE_CHANGE",
    "SUBORDINATE",
    "THAT",
    "UNTIL_WHEN",
    "a_side_s_name",
    "counted_end",
    "listed_title",
    "shaped_title",
    "without",
)

OWN, OTHER = "\x00", "\x01"  # where this fact's date and the sentence's other dates were
MARKED_DATE = f"[{OWN}{OTHER}]"  # either of them

# "sworn in on 5 May", "must be in by 9 May": a preposition right before the date's own is a
# particle of the verb, and stays with it.
_PREPOSITIONS = r"on|in|at|during|since|from|until|till|through|by|of|to|between|before|after|for"
BEFORE_DATE = re.compile(
    # (and a bulletin's "before 2200 on Sunday")
    rf"(?:,\s*)?(?:\b(?:(?:from|at|until|till|by|between|to)\s+{CLOCK}\s+|"
    r"(?:before|until)\s+[0-2]\d[0-5]\d\s+|"
    rf"(?:{_PREPOSITIONS})\s+(?!(?:{_PREPOSITIONS})\s)|"
    r"(?:around|about|abt\.|circa|c\.|ca\.|or|and|no later than|not later than|as of|late|"
    r"probably|possibly|perhaps|"  # (the date's "?" says it: "joined the business, probably in")
    # (a season's word right before its date: "summer 2024", not "The fall in July")
    r"early|mid|fiscal|fiscal year|FY|(?:spring|summer|autumn|fall|winter)(?!\s+(?:in|on|at)\b)|"
    r"on or about|next|last|this|coming|past|sometime|some time|effective|with effect|"
    r"as (?:early|late|recently|long ago|far back) as)\s+)"
    r"(?:the\s+)?(?:year\s+)?(?:(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|night|"
    r"morning|afternoon|evening|eve|weekend|week)\s+of\s+(?:the\s+)?)?|\bmid-)*"
    + f"[{OWN}{OTHER}]"
    + rf"(?:,?(?:\s+(?:at\s+)?{CLOCK})?,?\s+at the latest|"
    r",?\s+(?:night|morning|afternoon|evening|onwards?)\b|"
    # (an old letter's month that was or is to come: "lost on the 18th Decr. last, the crew")
    r"\s+(?:last|next)\b(?=\s*(?:[,.;:&]|and\b|$)))?",
    re.IGNORECASE,
)

# A relative clause or an appositive, between commas: ", who won the Giro in 2013,"; a
# participle with a noun of its own when a date ends it (", a class action filed on 12
# October 2021", at the end of the sentence too). A comma inside "2,015 tonnes" ends nothing.
_PHRASE = r"(?:[^,;]|,(?=\d))"
# Verbs in -ed that no one does to anything, so never a passive's participle: "was taken ill
# on 9 September and died three days later" (not "Father was died"), nor an appositive's
# ("Walter Hartwig, the last of the family, died in 1938, and ...")
NEVER_PASSIVE = (
    r"(?:died|arrived|retired|resigned|collapsed|happened|occurred|vanished|disappeared|"
    r"departed|sailed|landed|remained|existed|lived|stayed|reigned|emerged)\b"
)
# (a past with its object, not a participle with its date: "signed an agreement", not "a
# cinema built in 1929 which")
_FINITE = (
    r"(?:is|are|was|were|has|have|had|will|would|may|(?:[a-z]+ed|made|took|won|held|sold|built)"
    r"(?=\s+(?:an?|the|its|their|his|her|our|into|with)\s))"
)
APPOSITIVE = re.compile(
    # (no finite verb before the relative: not ", the parties signed an agreement under which")
    rf",\s+(?:(?:(?:a|an|the)\s+(?:(?!{_FINITE}\b)[^,;\s]+\s+){{0,8}}?)?(?P<rel>who|which|where|"
    rf"whose)\s+"
    # (its object a list: ", who interviewed the councillor, the complainant and two officers,")
    rf"(?P<body>{_PHRASE}+(?:,\s+(?![^,;]*\b(?:is|are|was|were|has|have|had|will|[a-z]+ed)\b)"
    rf"(?=(?:the|a|an|his|her|its|their|two|three|four|[A-Z])\b)[^,;]+?\s(?:and|or)\s[^,;]+(?=,))?)"
    r"(?=,|;|$)|(?P<kind>(?:a|an|the)\s+"
    # no finite verb in the noun: ", a decision is expected by 15 October" is a clause
    rf"(?:(?!(?:is|are|was|were|has|have|had|will|would|may)\s)[\w'’-]+\s+){{0,3}}?)?"
    r"(?P<part>(?:(?:first|originally|later|newly|also)\s+)?"
    rf"(?!{NEVER_PASSIVE})(?:[a-z]+ed|{IRREGULAR_PARTICIPLE})\b"
    rf"(?(kind)\s+(?:on|in|at|by|from|during)\s+[^,;]{{0,30}}?[{OWN}{OTHER}]|{_PHRASE}*))"
    r"(?(kind)(?=,(?!\d)|\.?$)|(?=,(?!\d))))"
)
# "an ice palace that opened in December": a relative clause with no comma.
THAT = re.compile(
    r"(?P<name>\b(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?)(?:that|which|who)\s+"
    r"(?P<body>(?:[a-z]{2,}ed|was|were|is|are|has|had|will|won|held|began|took|opened)\b[^,;]*"
    + OWN
    + r"[^,;]*)"
)
# "...subject to approval at the annual meeting scheduled for 26 May": a noun phrase after
# a preposition, that a participle dates (not "on the plans was held on 4 May": a verb).
SCHEDULED = re.compile(
    r"\b(?:at|to|in|for|of|with|on|from|before|after|by)\s+(?P<name>(?:the|an?|its|their)\s+"
    r"(?:(?!(?:was|were|is|are|be|been|has|have|had|will)\s)[\w'’-]+\s+){0,4}?)"
    r"(?P<body>(?:scheduled|planned|set|slated|due|held|signed|opened)\s+(?:for|on|in)\s+"
    + OWN
    + ")"
)
# "A and B, effective 1 June": the day a change takes effect is the last thing named's.
EFFECTIVE = re.compile(
    r"\s+and\s+(?P<thing>(?:the|a|an|its|his|her|their)\s+[^,;]+?),?\s+"
    rf"(?:effective|with effect)\s+(?:from\s+)?(?P<mark>[{OWN}{OTHER}])"
)
# "..., the ministry said" after the fact. Verbs that may also be participles ("confirmed
# by tests in 2019") need a subject before them: ", the council has confirmed".
SAID_TOO = (
    r"confirmed|confirms|warned|warns|explained|explains|revealed|insisted|admitted|claimed|"
    r"claims|wrote|writes"
)
ATTRIBUTION = re.compile(
    # (not a passive's verb: "a second, smaller engine was added for winding in 1834"; but
    # "it was reported" is one)
    r",\s+(?:(?:[^,]{1,70}?\s+)?(?:(?<=\bit was )|(?<=\bit is )|(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
    r"(?<!\bbe )(?<!\bis )(?<!\bare ))"
    r"(?:said|says|announced|reported|told \w+|noted|added|stated|"
    rf"according to [^,]{{1,60}})|(?:the|a|an|its|his|her|their|[A-Z])[^,]{{0,70}}?\s+"
    rf"(?:{SAID_TOO}))(?:\s+[^,]{{0,40}})?(?:,\s+[^,]{{0,60}})?[.!?]?\s*$"
)
# A phrase that picks members out of what the clause names, with a fact of their own.
AMONG = re.compile(
    r"(?:[,;:]|\s[–—])\s+(?:among them|among which|among those|among others|including|"
    r"notably)\s+(?P<body>[^,;]+)"
)
# An opening clause with its own subject: "Since the foundation was set up in 2012, ...";
# or an opening phrase: "After a trajectory correction two days later, ...".
SUBORDINATE = re.compile(
    r"^(?:Since|After|Before|When|Once|Until|Although|While|Because|Following)\s+"
    r"(?P<body>(?:the|a|an|"
    r"its|his|her|their|he|she|it|they|we|[A-Z][\w'’.-]*)\b[^,]*),\s+"
)

# A state's end and what came then: "ran without fault until on or about 20 July 2024, when"
UNTIL_WHEN = re.compile(
    rf"\b(?:until|till)\s+(?:(?:on\s+or\s+)?about\s+)?{OWN},?\s+when\s+(?P<body>[^,;]+)"
)
# "Chair: ...", "The Minister for Transport (Mr A. Vale): ...", "Ms Dorr (Skerra North): ...":
# a record's speaker, by name or office, with who holds it or where they sit.
SPEAKER = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+|(?:of|for|the|and|on)\s+){0,6}[A-Z][\w.’'-]*"
    r"(?:\s+\([A-Z][^()]{1,60}\))?:\s+(?=[A-Z])|"
    # a judge who gives the opinion: "BRENNAN, J.", "OKAFOR C.J."
    r"^[A-Z]{2,}(?:[\s-][A-Z]{2,})*,?\s+(?:C\.\s?|P\.\s?)?J\.(?:\s?A\.)?\s+(?=[A-Z])"
)


def counted_end(sentence: str, start: int, end: int) -> int:
    """The end of a date span, past the noun phrase it counts from when it ends on "after"
    or "before" ("two days after an accident at the station"; not "came back three days after
    & the schools reopened on 14 January", which counts from the day before)."""
    if not re.search(r"\b(?:after|before)$", sentence[start:end]) or re.match(
        r"\s*(?:&|and\b)", sentence[end:]
    ):
        return end
    phrase = re.match(r"[^,;]*", sentence[end:])
    return end + len(phrase.group().rstrip(" .!?")) if phrase else end


def listed_title(text: str) -> str | None:
    """The title of a date in an item of a field's list ("Exhibited: Bergen, 1976; Leeds,
    2002"): the label and its own item, or ``None`` when ``text`` (dates marked) is no such
    list. Read before a speaker's label is taken off, as a participle names no speaker."""
    listed = re.fullmatch(r"(?P<label>[A-Z][a-z]+):\s*(?P<items>.*;.*)", text)
    if listed is None or OWN not in listed["items"] or not _PARTICIPLE.fullmatch(listed["label"]):
        return None
    item = next(part for part in listed["items"].split(";") if OWN in part)
    item = re.sub(rf"[,\s]*[{OWN}{OTHER}][^;]*$", "", item).strip(" ,")
    return clean(f"{listed['label']}: {item}") if item else None


# The date of a fact told as unsure, then guessed: "The year the band first played at the Whit
# walk is not recorded, but it was probably 1884"
_UNSURE_YEAR = re.compile(
    rf"(?:The|Its)\s+(?:date|year)\s+(?:of\s+)?(?P<what>[^{OWN}{OTHER},;]+?)\s+(?:is|was|are)\s+"
    rf"[^{OWN}{OTHER},;]{{1,40}},\s+but\s+{GUESSED_YEAR}{OWN}\.?"
)


def shaped_title(text: str, page: str | None = None, before: str | None = None) -> str | None:
    """The title a fact's shape gives it (``text`` is the sentence with its dates marked by
    :data:`OWN` and :data:`OTHER`), or ``None`` when its shape says nothing. ``page`` is the
    title of the page, the subject of its fields; ``before`` the sentence before, whose
    table row a sentence may go on."""
    unsure = _UNSURE_YEAR.fullmatch(text)
    if unsure is not None:
        # "The date of the buyout is variously given, but it was probably 1978": the buyout's
        what = unsure["what"]
        return clean(what[:1].upper() + what[1:])
    life = re.match(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?)\((?P<inside>[^()]*)\)", text)
    if life is not None and OWN in life["inside"] and OTHER in life["inside"]:
        # "Abai Kunanbayev (10 August 1845 – 6 July 1904) was a poet": his birth and death.
        born = life["inside"].index(OWN) < life["inside"].index(OTHER)
        return f"{life['name'].strip()} {'was born' if born else 'died'}"
    field = re.fullmatch(
        rf"(?P<label>[A-Z][A-Za-z -]{{1,30}}):\s*(?P<lead>{FIELD_LEAD}){OWN}(?P<rest>.*)", text
    )
    if field is not None:
        # "Launch: 14 October 2025, 21:15 UTC, Baikonur", "Completion: expected in 2026".
        rest = re.sub(
            r"\s*\b\d{1,2}[:.]\d\d\b(?:\s*(?:UTC|GMT|[AP]M|local time))?", "", field["rest"]
        )
        rest = re.sub(rf"(?:\s+(?:to|until|and|from|on|in))?\s*[{OWN}{OTHER}]", "", rest)
        status = re.findall(r"expected|planned|scheduled|due|estimated", field["lead"])
        label = " ".join((field["label"], *status))
        if page and _PARTICIPLE.fullmatch(label):
            # "Established: 1 July 1973" on the page of an observatory: the page is what was;
            # "Born: 3 May 1951, Kessel" on a person's page, where.
            where, verb = rest.strip(" ,;"), label.lower().replace("born", "was born")
            return clean(f"{page} {verb}" + (f", {where}" if where else ""))
        return clean(f"{label}, {rest.strip(' ,;')}")
    lone = re.fullmatch(
        rf"(?P<verb>{_PARTICIPLE.pattern})\s+(?:(?:on|in)\s+)?{OWN}(?P<rest>[^{OWN}{OTHER}]*)", text
    )
    lone = lone or re.fullmatch(
        rf"{OWN}\s*[-–—:]\s*(?P<verb>{_FOUNDED})(?P<rest>(?:\s+(?!(?:a|an|the|its)\s)"
        rf"[^{OWN}{OTHER}]*)?)\.?",
        text,
    )
    if page and lone is not None:
        # "Born 3 May 1950 in Taraz" under a CV's or a society's name: the page's subject is
        # who was born or what was founded; so in a history's line "1921 - Founded in Omsk".
        return clean(f"{page} was {lone['verb'].lower()}{lone['rest']}")
    row = name = _ROW_STATE.fullmatch(text)
    if row is None and before is not None and _HEADER_OR_ROW.fullmatch(before):
        row = name = _ROW_OF_TWO.fullmatch(text)  # under the table's header or another row
    if row is None and before is not None:
        row, name = _STATE_ALONE.fullmatch(text), _ROW_GOES_ON.fullmatch(before)
    if row is not None and name is not None and not clausal(name["name"]):
        # a table's row, whose first cell names what its dated cell says became of it
        state = re.sub(rf"(?:\s+(?:from|since|on|until|to|in))?\s*[{OWN}{OTHER}]", "", row["state"])
        return clean(f"{name['name'].strip()} {state[:1].lower()}{state[1:]}")
    hailed = _HAILED.search(text)
    if hailed is not None:
        # "... and welcomed the opening of the Embassy in Astana in 2019": the opening is
        # the fact of 2019, not the welcome nor the subject of the clause before.
        event = hailed["event"]
        return f"{event[:1].upper()}{event[1:]}"
    opening = _OPENING_PARTICIPLE.match(text)
    if opening is not None:
        # "Founded in 1998, Saryarka Bank serves ...": the participle is the dated fact.
        subject = opening["subject"]
        subject = subject[:1].upper() + subject[1:]
        return f"{subject} {'were' if a_side_s_name(subject) else 'was'} {opening['verb'].lower()}"
    return None


# A table's row of cells (joined by dashes) whose first names a place or a thing and whose
# next says, with no subject, what became of it: "Fernley Library – Closed from 9 to 13
# December 2024 – Refurbishment", "Expected to reopen on 3 February 2025. – Roof repairs"
# after "Ashby Road Library – Closed since 11 November 2024." (the cell's second sentence)
# (a table's cells, which a page's reader parts by an en dash: not a label's em dash, "Our
# story — Founded in a garage in 1998", nor "Acme Ltd – Promoted to senior engineer")
_ROW_NAME = rf"\s*(?P<name>[A-Z][^–—{OWN}{OTHER}.;:|]{{2,60}}?)\s+–\s+"
# A place's or an event's change of state, opening what is said of it (a table's cell, a
# section's paragraph: "Closed since 1 July 2025 for restoration" under "Palm House")
STATE_CHANGE = r"(?:Closed|Reopened|Shut|Cancelled|Canceled|Postponed|Suspended|Rescheduled)"
_STATE_WORD = rf"(?:{STATE_CHANGE}|Open|Reopens|Expected to [a-z]+)\b"
_STATE_CELL = rf"(?P<state>{_STATE_WORD}[^–—{OTHER}]*?{OWN}[^–—{OTHER}]*?)\.?"
# (with the row's next cell after it: not "Please note – Closed for staff training on ...")
_STATE = rf"{_STATE_CELL}\s+–\s+.+"
_ROW_STATE = re.compile(_ROW_NAME + _STATE)
_ROW_OF_TWO = re.compile(_ROW_NAME + _STATE_CELL)
_HEADER_OR_ROW = re.compile(r"[^–—.]+(?:\s+–\s+[^–—]+){2,}")  # "Branch – Closure – Reason"
_STATE_ALONE = re.compile(_STATE)
_ROW_GOES_ON = re.compile(rf"{_ROW_NAME}{_STATE_WORD}[^–—]*\.")
_PARTICIPLE = re.compile(
    r"[A-Z][a-z]+ed|Built|Founded|Begun|Born|Rebuilt|Laid down|Set up", re.IGNORECASE
)
# What a line of a history says of the page's subject alone, in the passive: "1921 -
# Founded in Omsk", not "1990 - Launched a second plant", whose subject may be anyone.
_FOUNDED = r"(?i:Founded|Established|Incorporated|Registered|Set up|Formed|Chartered|Built|Born)"
_HAILED = re.compile(
    r"\b(?:welcomed|welcome|welcomes|marked|marks|celebrated|celebrates|hailed|hails|praised|"
    r"commemorated|recalled|noted|applauded)\s+(?P<event>the\s+(?:[a-z]+\s+)?(?:opening|"
    r"reopening|launch|signing|completion|construction|founding|establishment|creation|"
    r"inauguration|adoption|entry into force|start|visit|arrival|release|election)\s+of\s+"
    r"[^,;\x00\x01]+?)\s+(?:in|on|at the end of|since)\s+" + OWN
)
_OPENING_PARTICIPLE = re.compile(
    r"^(?P<verb>[A-Z][a-z]+(?:ed|en|wn|lt|ught|ug))\s+(?:(?:in|on|at|around|about|by)\s+)?"
    + OWN
    + r"\s*,\s+(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|de|and)\s+)?[A-Z][\w’'-]*)"
    r"{0,4})\s+[a-z]"
)


_TRAILING_PHRASE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;]+[.!]?\s*")


_BY_AN_AGENT = re.compile(
    r"\bby\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,4}[A-Z][\w'’-]*$"
)
_AND_A_PAST = re.compile(r"\s+and\s+(?:[a-z]+ed|began|made|took|set|built|ran|went|became)\b")


def without(text: str, appositives: Sequence[re.Match[str]]) -> str:
    """``text`` without the appositives that end inside it, and the comma that closed each."""
    for match in reversed(appositives):
        if match.end() <= len(text) and OWN not in match.group():
            after = text[match.end() :]
            # "gave way, the latest setback for X whose shares fell, their worst since 2015":
            # a second noun phrase, to the end, describes the same clause and goes with it.
            if _TRAILING_PHRASE.fullmatch(after) and not clausal(after):
                after = ""
            # (a relative clause's series goes on past its comma, after an agent: "was founded
            # by Frank Dunning, who bought a lorry, bolted benches onto it and began running
            # trips"; not the main verb after it, "Whitlock, who had lived there, signed")
            series = match["rel"] == "who" and re.match(r",\s+[a-z]+ed\b", after) is not None
            series = series and _BY_AN_AGENT.search(text, 0, match.start()) is not None
            if series and verb_start(after[1:].lstrip()) and _AND_A_PAST.search(after):
                after = ""
            text = text[: match.start()] + (after[1:] if after.startswith(",") else after)
    return text


def a_side_s_name(subject: str) -> bool:
    """Whether ``subject`` is a side's name, one word in the plural after "the" ("the Hawks",
    "The Rovers", "the Magpies", "the Wolves"; not "The Hercules", "The Reverend James
    Peters"), which a participle that opens its sentence says "were" of."""
    return re.fullmatch(r"(?i:the)\s+[A-Z][a-z]{2,}(?:[^aeiousy\W]s|ies|ves)", subject) is not None
