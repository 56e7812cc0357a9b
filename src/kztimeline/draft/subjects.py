"""Who a clause is about: the subject before its first verb (or after it, in "At its
heart is the forge"), and the name a relative clause or an appositive describes. The
titles (:mod:`kztimeline.draft.titles`) carry them into clauses that lack one, and the
pronouns (:mod:`kztimeline.draft.pronouns`) look for them in the sentences before. And whom
a page is of, by its title (:func:`page_subject`)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import HONORIFIC, MONTH_WORDS
from kztimeline.draft.doubts import UNCLEAR_WHETHER
from kztimeline.draft.furniture import DATELINE
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.pronouns import PRONOUN
from kztimeline.draft.shapes import OTHER, OWN
from kztimeline.draft.verbs import VERB, VERB_S

__all__ = (
    "FILLER",
    "INTRODUCTION",
    "OPENING",
    "SUBJECT_AFTER_PHRASE",
    "antecedent",
    "page_subject",
    "subject_of",
)

_DATES = f"[{OWN}{OTHER}]"

# An opening phrase of a few words with no verb, then the main clause's pronoun subject:
# "After a year in an Earth-like orbit it came back" (not "After the council said it was")
_PHRASE_WORD = (
    r"(?!(?:said|says|told|that|which|who|when|where|because|if|had|has|have|was|were|is|are|"
    r"[a-z]{3,}ed)\b)[^\s,]+"
)
_PAST_OR_BE = r"(?:[a-z]+ed|came|went|was|were|had|began|became|made|took|grew)\b"
_SUBJECT_INSIDE = (
    rf"(?:(?:{_PHRASE_WORD}\s+){{3,12}}?(?=(?:it|he|she|they|we)\s+{_PAST_OR_BE})|"
    # (or a noun's own: "After the war the business grew quickly", "After the fall of the
    # Venetian Republic the garrison is thought to have left")
    # (no verb of its own: not "After their father died their mother was left the farm")
    rf"(?:(?!(?:died|lived|left|came|went|fell|grew|ran|sat|lay)\b){_PHRASE_WORD}\s+){{2,10}}?"
    rf"(?=(?:the|its|their)\s+[a-z]+\s+(?:{_PAST_OR_BE}|is\b|are\b)))"
)
SUBJECT_AFTER_PHRASE = re.compile(rf"(?:After|Before|During|Following)\s+{_SUBJECT_INSIDE}")
"""An opening phrase that hides the main clause's subject: "After a year in an Earth-like
orbit it came back for an Earth gravity assist", "After the war the business grew"."""
INTRODUCTION = re.compile(
    # a phrase of a preposition, with no verb: not the main clause "In 1548 the school was
    # refounded by royal charter, surviving ...", nor a count that opens the subject: "About
    # 400 workers walked out on September 29, ..."
    # (or only an hour before a name: "At 2 p.m. Jos. Hartley, A.B., aged 31, fell ...")
    r"^(?:At|About|Around|By)\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.m\.\s+(?=[A-Z][a-z])|"
    # (with commas of its own, up to the subject and its verb: "Having heard the applicant,
    # two residents and the officer, the Sub-Committee granted")
    r"^Having\s+[a-z]+\b[^;]{0,120}?,\s+(?=(?:the\s+|The\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}?"
    r"\s+(?:[a-z]+ed|has|have|had|was|were|will)\b)|"
    r"^(?:(?:During|In|At|On|With|Over|Under|By|From|Within|Around|About|Circa|Roughly|Early|"
    r"Late|Throughout|Between|According to)\b"
    # (a verb of a relative clause is the phrase's: "During the storm that lashed the coast,")
    r"(?!(?:(?!\b(?:that|which|who|whom|whose|when|where)\b)[^,])*?\b(?:was|were|is|are|has|"
    r"had|have|[a-z]{3,}ed|went|came|took|began|won|lost|fell|rose|broke|left|sold|met)\b)|"
    # a conjunction's clause: "After the war ended, ..." (not one that holds the main
    # clause itself: "After a year in orbit it came back for a gravity assist, passing")
    rf"(?:After|Before|Following|As|Since|Until|By\s+the\s+time)(?!\s+{_SUBJECT_INSIDE})|"
    # a participle's or a purpose's phrase: "Having found that it raised concerns, ...",
    # "To allow Parliament to legislate, ..."
    r"Having\s+[a-z]+(?:ed|en|wn|nd|ld|lt|ght|rd)|To\s+[a-z]+)\b[^,]{0,120},\s+"
)
FILLER = re.compile(
    r"^(?:It should (?:also )?be noted that|It is reported that|It was reported that|"
    r"It was announced that|Meanwhile|However|Also|In addition|For (?:example|instance)|"
    r"(?:We|I)\s+(?:are|am)\s+(?:very\s+)?(?:sad|sorry|pleased|delighted|proud|happy)\s+to\s+"
    r"(?:report|announce|say|tell you)\s+that|"
    # the doubt goes into the date's "?": "It is unclear whether X died there in 1851"
    rf"{UNCLEAR_WHETHER})\s*,?\s*",
    re.IGNORECASE,
)
_DESCRIBING = re.compile(
    # (or what it stands as: "Standing near a border road, Vellmoor suffered ...")
    r"^(?:[A-Z][a-z]{2,}ed|(?!(?:Any|No|Some|Every)thing\b)[A-Z][a-z]+ing|Born|Built|Set up|"
    r"Founded|Known|Based)\s+"
    r"(?:in|by|on|at|from|as|"
    r"with|after|under|for|near|beside|along|across|above|below|behind|over|opposite|outside)\b"
    r"[^,]{0,80},\s+(?=\S+\s+\S)"
)
# "After independence the plant was...": a short opening phrase with no comma.
OPENING = re.compile(
    r"^(?:After|Before|During|In|On|At|Since|Following|Under|As\s+(?:of|at))\s+"
    r"(?:(?!(?:it|he|she|they|we|was|were|is|are|has|had|will)\s)[\w-]+\s+){1,5}?"
    # (past a phrase's own noun: "At the end of the mission the spacecraft", not "the")
    r"(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)"
    r"(?=(?:the|a|an|its|his|her|their)\s)|"
    # a length of time: "For three centuries it was housed above the west cloister"
    r"^For\s+(?:[\w-]+\s+){0,3}?(?:years?|decades?|century|centuries|months?|weeks?|days?|"
    r"generations?)\s+"
)


_INVERTED = re.compile(
    r"(?:(?:At|In|On|Among|Behind|Beside|Near)\s+(?:its|the|their|his|her)\s+(?:\w+\s+){0,2}?|"
    r"In\s+front\s+of\s+(?:you|us|the\s+\w+)\s+)"  # "In front of you hangs the tapestry"
    r"(?:is|was|stands|stood|lies|lay|hangs|hung|sits|sat)\s+"
    r"(?P<subject>(?:the|a|an)\s+[^,;.]{3,50}?)(?=,|\.?$)"
)


# "When St Brigid's opened its doors in 1987, we had six beds": the subject is after it
_WHEN_OPENING = re.compile(r"^(?:When|While|Once|Although|Though|If|Because)\b[^,]{0,120},\s+")
_DETERMINERS = frozenset("the a an its his her their this that these those".split())


# What tells of the clause after it, no subject of its own: "Tradition holds that", "Local
# legend has it that", "Parish records show that"
_REPORTED_THAT = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+)?(?i:tradition|legend|folklore|records?|accounts?|sources?)\s+"
    r"(?:holds?|has\s+it|says?|suggests?|shows?|claims?|tells?)\s+that\s+"
)


# A cleft's frame: "It was in 1887 that", "It was only after the war that"
_CLEFT = re.compile(
    r"^\s*It\s+(?:was|is)\s+(?:only\s+|not\s+)?(?:in|on|after|until)\s[^,;]{1,40}?\sthat\s"
)


# A reason that opens the sentence is no subject: "Owing to a burst pipe, the village hall is
# closed" is about the hall (the title keeps it: "Owing to the death of the vicar on 4 March")
_REASON = re.compile(r"^\s*(?:Owing to|Due to|Because of|Despite|In spite of)\b[^,;]{1,80},\s+")


def subject_of(clause: str) -> str | None:
    """The words before the first verb of ``clause``, if they look like a subject."""
    # "At its heart is the forge at Ulmby, founded ...": the subject comes after the verb.
    clause = DATELINE.sub("", clause)  # "KELLFORD - The village post office will close"
    clause = _REPORTED_THAT.sub("", clause)  # "Tradition holds that an abbey was founded"
    clause = _CLEFT.sub("", clause)  # "It was in 1887 that Walter Ashcombe began"
    if SALUTATION.fullmatch(clause.strip()):
        return None  # "Dearest Mama,": who the letter speaks to, no subject
    inverted = _INVERTED.match(clause)
    if inverted is not None:
        return inverted["subject"]
    # "On 5 May the bank issued...": the opening date goes before the opening phrase does.
    # (not "Voting opened on Monday and closed ...": a verb before the date)
    # (and a year not marked, in a sentence before: "In 1794 John Amery took the lease")
    clause = re.sub(
        # (or written out, in a sentence before: "On July 14, 2021, the District notified")
        rf"^\s*(?:(?![a-z]+ed\b)[A-Za-z]+\s+){{0,2}}?(?:{_DATES}|\d{{4}}(?=,?\s+[A-Z])|"
        rf"(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}),?\s+",
        "",
        clause,
    )
    clause = re.sub(r"\s*\([^()]*\)", "", clause)  # "Abai Kunanbayev (1845–1904) was"
    shorter = _WHEN_OPENING.sub("", INTRODUCTION.sub("", _REASON.sub("", FILLER.sub("", clause))))
    clause = shorter if len(shorter.split()) >= 3 else clause
    clause = OPENING.sub("", clause)
    # "Built in 1889 by Arrol, the viaduct carries...": the phrase describes the subject.
    clause = _DESCRIBING.sub("", clause)
    head = re.split(r",(?!\d)|\s+(?:who|which)\s+", clause, maxsplit=1)[0]
    verb = VERB.search(head) or VERB_S.search(head)
    present = VERB_S.search(head)
    # "The company traces its roots to a cooperative set up in 1928": the verb in -s comes
    # first, after a subject of two words or more ("The plans for the city were": a noun).
    if verb is not None and present is not None and present.start() < verb.start():
        lead = head[: present.start()].split()
        if len(lead) >= 2 and not re.search(r"['’]s?$", lead[-1]):
            verb = present
    # "The defendant, a former deputy minister, was detained": the subject ends at the comma.
    words = head[: verb.start()].split() if verb else head.split() if head != clause else []
    words = [word for word in words if word not in (OWN, OTHER)]  # "Nomad today announced"
    adverb = r"[a-z]+ly|last|first|also|later|then|again|now|today|yesterday|tomorrow"
    while words and re.fullmatch(adverb, words[-1]):
        words.pop()  # "The bank last cut the rate": an adverb is no part of the name
    while words and re.fullmatch(r"Today|Yesterday|Tomorrow|Tonight|Now|Then", words[0]):
        words.pop(0)  # "Today I can confirm": who confirms
    pronoun = next(
        (n for n, word in enumerate(words) if n and word in ("he", "she", "it", "they")), None
    )
    if pronoun is not None and pronoun >= 3 and words[pronoun - 1] == "that":
        words = words[: pronoun - 2]  # "The Agency states that it has used": who states it
    elif pronoun is not None:
        return None  # "After the Representation of the People Act 1918 it continued"
    if len(words) > 1 and re.fullmatch(r"[A-Za-z]+ing", words[0]) and words[1] in _DETERMINERS:
        return None  # "surviving the dissolution of the chantries that closed": no subject
    # a pronoun stands for a subject told elsewhere; "There were no injuries" has none
    # (nor has a diary's "Much pleased w. the singing", whose writer goes unsaid)
    no_name = words and words[0].capitalize() in (
        *("He", "She", "It", "They", "There", "Here"),
        *("Much", "Very", "Most", "Many", "Such"),
    )
    if not 1 <= len(words) <= 8 or no_name or (len(words) == 1 and PRONOUN.match(words[0])):
        return None
    if any(mark in word for word in words for mark in (OWN, OTHER)):
        return None
    return " ".join(words)


# A verb in the present before its object, that a noun phrase never holds: "The Press
# invites you to the launch of ...", not "The solar panels on our warehouse roof".
_TOLD_BY = re.compile(r"\b[a-z]{3,}[^s\W]s\s+(?:you|me|us|them|him|her|it|an?|the)\b")


# A place after the thing at it: "at Low Bentham", "in Ashby Vale"
_AT_A_PLACE = r"(?:at|in|on|near)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
# (a name of two words or more at it: not "Snow in Aberdeen", "Celtic at Ibrox")
_NAME_AT_A_PLACE = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{2,4}}{_AT_A_PLACE}")


# a link and where it leads, whose ends name no thing of their own: "Work on the emergency
# pipeline from the Tarn reservoir to Elbury, begun in 2023," (the pipeline was begun)
_LINK_TO = re.compile(
    r"\b(?i:the|a|an|its|their)\s+(?:[^,;]{1,30}?\s+)?(?:pipeline|railway|road|route|canal|"
    r"tunnel|bridge|cable|link|branch|bypass|tramway|aqueduct|extension)\s+(?:from\s+"
    r"[^,;]{1,40}?\s+)?to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$"
)


# a paper named by its number: "This notice replaces notice PS/2025/0388, which was withdrawn"
_NUMBERED_PAPER = re.compile(
    r"\b(?:notice|order|licence|license|permit|application|case|appeal|decision|report|"
    r"bylaw|regulation|contract|policy|plan|agreement|lease|warrant|certificate)\s+"
    r"(?:no\.?\s*)?[A-Z]*[/-]?\d[\w/-]*$"
)


def antecedent(text: str) -> str:
    """The name a relative clause describes: the end of ``text`` from its last article,
    or its last run of capitalised words, or all of it when it holds no verb."""
    text = text.rstrip()
    # "The room will reopen on 1 July, and Sunday opening, dropped in 2011,": the noun of
    # the last clause joined on, when it has no verb of its own
    joined = re.split(r"[,;]\s+(?:and|but|while)\s+", text)[-1]
    text = joined if joined != text and not VERB.search(joined) else text
    # "The Hall of Mirrors, restored in 1980,": a name goes on past "of".
    names = re.search(
        r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|de|the)\s+){0,2}){0,3}[A-Z][\w.'’-]*$", text
    )
    # "the ferry between Aktau and Baku, which stopped in 2020": the ends of a route or a
    # link name no thing of their own; the noun before them does.
    # (so does a match's side: "the cup quarter-final against Holt City, which is scheduled")
    route = re.search(
        r"\b(?:the|a|an|its|their)\s+[^,;]{1,40}?\s+(?:between\s+(?:[A-Z][\w.'’-]*\s+){1,3}and|"
        r"against|versus|vs\.?|v\.?)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$",
        text,
    )
    route = route or _LINK_TO.search(text) or _NUMBERED_PAPER.search(text)
    if route:
        return route.group()
    # "The flood defences at Low Bentham, completed in 2018": the thing at the place
    placed = re.search(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w'’-]+\s+){{1,4}}?{_AT_A_PLACE}$", text
    )
    # (or a named thing at its place: "head to the Northern Classic in Leeds, which starts")
    named_thing = placed and re.match(
        r"\S+\s+(?:[A-Z][\w'’-]*\s+)+(?:at|in|on|near)\s", placed.group()
    )
    # (or where something is, at or on its place, after a verb of being or going there: "meets
    # in the old chapel on Tanner Street", "opens the new control centre at Lowmere, which"; not
    # "a house in Whitby")
    before = text[: placed.start()] if placed else ""
    where = bool(placed and re.search(r"\s(?:at|on)\s", placed.group()))
    where = where and re.search(r"\b(?:in|into|inside|at|to|from)\s+$", before) is not None
    if names and placed and (" " not in text[: placed.start()].strip() or named_thing or where):
        return placed.group()
    if names and _NAME_AT_A_PLACE.fullmatch(text):
        return text  # "Riverside Primary in Ashby Vale, which opened": the school, where it is
    if names:
        # "the recommendation of the Low Pay Commission, published on 15 September": the
        # document of the name, not the name (but "the president of the Royal Society,
        # founded in 1660")
        head = re.search(
            r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:recommendations?|reports?|decisions?|"
            r"rulings?|plans?|proposals?|reviews?|study|findings|judge?ment|orders?|statements?|"
            r"guidance|opinion|consultation)\s+of\s+(?:the\s+)?$",
            text[: names.start()],
        )
        return text[head.start() :] if head else names.group()
    subject = re.match(r"(?:It|He|She|They|We)\s+[a-z]+\s+", text)  # "It adds split panes"
    # (a side's plural present is a verb too: "Ravensby travel to the championships, which")
    going = re.search(r"\b(?:travel|head|go|return|move|fly|sail)\s+(?:to|for)\s", text)
    if not (VERB.search(text) or _TOLD_BY.search(text) or going) and subject is None:
        return INTRODUCTION.sub("", text)  # not "Press invites you to the launch of ..."
    if subject is not None and not VERB.search(text[subject.end() :]):
        return text[subject.end() :]
    # "ended Albion's nine-match unbeaten run": a name's possessive is a determiner too
    article = list(
        re.finditer(
            r"\b(?:the|a|an|its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|"
            r"several|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?(?=\s))\s+",
            text,
        )
    )
    if not article:
        return text.split()[-1]
    start = article[-1].start()
    # "a report by a panel of customs experts, delivered on 20 February": the report
    by = re.search(r"\b(?:the|a|an|its|their)\s+[\w-]+\s+by\s+$", text[:start])
    return text[by.start() if by else start :]


# A title that names what a page is, not whom it is of: "CURRICULUM VITAE", "Press Release".
_KIND = re.compile(
    r"(?i:curriculum\s+vitae|c\.?v\.?|r[ée]sum[ée]|biography|obituary|profile|fact\s*sheet|"
    r"(?:press|news|media)\s+release|notice|minutes|report|statement|newsletter)"
)
_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,5}[A-Z][\w’'-]*")


def page_subject(title: str | None) -> str | None:
    """The name the page's ``title`` gives as its subject, or ``None``: a page titled by a
    name ("Aksu Valley Observatory", not "Our history") is the subject of its fields; so is
    the name before what the page is ("Dr. Ana Vidal - Curriculum vitae"), without the
    honorific."""
    heading = re.split(r"\s+[-–—|]\s+", title or "")[0]
    heading = re.sub(rf"^(?:{HONORIFIC}(?:-[A-Z][a-z]+\.?)?\s+)+", "", heading)
    if _NAME.fullmatch(heading) and not PRONOUN.match(heading) and not _KIND.fullmatch(heading):
        return heading
    return None
