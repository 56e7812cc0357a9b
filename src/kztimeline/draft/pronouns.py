"""Pronouns in titles: the name a leading "he", "she", "it", "they" or "we" stands for, found
among the subjects of the sentences before it (see :mod:`kztimeline.draft.titles`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kztimeline.draft.cues import CAPITALS, HONORIFIC, IRREGULAR_PARTICIPLE, SMALL
from kztimeline.draft.letters import RIGS, SALUTATION, place_and_day, ship_s_we

__all__ = ("COMPANY", "NAME", "PRONOUN", "named", "plural", "possessive", "pronoun_of")

PRONOUN = re.compile(r"^(?P<word>He|She|It|They|Its|His|Her|Their|We|Our)\b\s*")
# (and those a title keeps: "You will have read ...", "I arrived ...")
_ANY_PRONOUN = re.compile(r"(?:He|She|It|They|Its|His|Her|Their|We|Our|You|Your|I)\b")


def pronoun_of(clause: str) -> str | None:
    """The pronoun ``clause`` opens on, as a subject: "he taught..." gives "He", "we..." "We";
    or the one after an opening phrase with no comma: "After years in coasters he joined"."""
    pronoun = re.match(r"(?:he|she|they|it|we)\b", clause.lstrip(), re.IGNORECASE) or re.match(
        r"(?:After|Before|During|In|On|At|From|Since)\s+[^,;.]{1,60}?\s(he|she|they|we)\s+[a-z]+ed\b",
        clause.lstrip(),
    )
    if pronoun is None:
        return None
    return (pronoun.group(1) if pronoun.groups() else pronoun.group()).capitalize()


def plural(subject: str) -> bool:
    """Whether a subject may stand for "they": two names, or a noun in the plural; the noun
    is the one before a phrase that qualifies it ("Volunteers from the Friends group")."""
    head, *qualified = re.split(
        r"\s+(?:of|from|in|at|for|with|on|near|under)\s+", subject, maxsplit=1
    )
    if qualified and _ONE_PLURAL.fullmatch(head):
        return True  # a capitalised plural noun with a phrase after it is no surname
    return " and " in head or _plural_noun(head)


def _plural_noun(head: str) -> bool:
    """Whether ``head`` ends on a noun in the plural: "the clinics", "Conservators" opening
    a sentence, a team ("The Ostrava Falcons"; not "The Maldives" or "The United States")."""
    return (
        re.search(r"\b[a-z]+[^su\W]s$|\b(?:people|police|staff)$", head) is not None
        # people named by what they do, not a name in -s ("Kestas", "Jones")
        or re.fullmatch(r"[A-Z][a-z]+(?:er|or|ist|ian|ant|ent|ee)s", head) is not None
        or re.fullmatch(
            # "The Mariners" too, not "The Maldives", "The Times"
            r"The\s+(?:[A-Z][\w-]*\s+)*(?!(?:States|Nations|Emirates|Islands|Maldives|"
            r"Netherlands|Philippines|Bahamas|Seychelles|Times|News)$)[A-Z][a-z]+[^su\W]s",
            head,
        )
        is not None
    )


def possessive(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


# Words that name a company or a body: "Ertis Logistics", "the Foundation", "the company".
_BODY = (
    r"Agro|Group|Bank|Holding|Company|Corporation|Corp|Inc|Ltd|LLP|LLC|JSC|plc|GmbH|AG|ASA|Airlines|"
    r"Oil|Gas|Energy|Mining|Motors|Systems|Technologies|Foods|Logistics|Telecom|Partners|Industries|"
    r"Foundation|Institute|University|Association|Society|Council|Committee|Ministry|Agency|"
    r"Fund|Trust|Museum|Cooperative|Federation|Union|School|College|Academy|Club|Library|"
    r"Hospital|Theatre|Orchestra|Parish|Church|Hospice|Choir|Charity|Authority|Commission|Brewery|"
    r"Market|Power|Networks|Utilities|Railways"
)
# Bodies and places named like a person ("The Root Zone Laboratory"), never "he" or "she".
_NO_PERSON = (
    rf"{_BODY}|Laboratory|Centre|Center|Office|Department|Commission|Authority|Board|Bureau|"
    r"Service|Observatory|Institution|Party|Network|Festival"
)
# "Okonkwo-Hale", "O’Brien", "MacLure", "Solvåg": a name may be joined, elided or accented
NAME = rf"(?:[A-Z]['’]|Ma?c(?=[A-Z]))?[{CAPITALS}][{SMALL}]+(?:-[{CAPITALS}][{SMALL}]+)*"
# a vessel named by its rig, and what stands for it: "the Barque Hesper", "the brig Mary"
_RIGGED = re.compile(rf"\b(?i:{RIGS})\s+([A-Z][\w'’-]+)")
_SHIP_KINDS = (
    rf"ship|vessel|boat|ferry|yacht|tanker|trawler|liner|icebreaker|frigate|submarine|{RIGS}"
)
_SHIP = re.compile(
    rf"\b(?i:{_SHIP_KINDS})$|"
    # a ship's name, or after its kind: "MV Isle of Cairn", "the new ferry MV Glen Ard" (not
    # "the MS Society")
    rf"(?:^|\b(?i:{_SHIP_KINDS})\s+)(?:MV|MS|SS|RMS|HMS|USS|MY|RV|FV|PS)\s+[A-Z]"
)
# A speaker named after a comma: ", union leader Aidar Seitkali told reporters".
_SPEAKER = re.compile(
    rf",\s+(?:[a-z]+\s+){{0,3}}(?P<name>{NAME}(?:\s+{NAME})+)\s+(?:told|said|says|added)\b|"
    # (a surname alone after a quote: '"... for two days," Vandermeer said')
    rf",[”\"]\s+(?P<quoted>{NAME})\s+(?:told|said|says|added)\b(?!\s+of\b)|"
    rf"[,”\"]\s+(?:says|said|adds|added)\s+(?P<after>{NAME}(?:\s+{NAME})+)"  # "says Aud Lind"
)
_PERSON = re.compile(
    # not a body ("The Committee"); a ship ("The Maren Holt") may be "she"
    rf"^(?!(?:The|A|An|This|That|Its|Their|Our)\s+(?:[A-Z]\w*\s+)*(?:{_NO_PERSON})$)"
    # "Okonkwo-Hale", "O’Brien": a name may be joined or elided, after a title ("Revd.")
    rf"(?:{HONORIFIC}\s+)?{NAME}(?:\s+{NAME})*$|"
    # (or after the trade it names: "the Bohemian bookbinder Anton Vessely")
    rf"\b[a-z]+(?:er|or|ist|ian|man|woman|wright|smith)\s+{NAME}\s+{NAME}$|"
    r"\b(?i:[a-z]+(?:ant|ent|ist|ian)|"
    r"defendant|claimant|accused|minister|"
    r"president|governor|chairman|chairwoman|chair|director|officer|striker|player|rider|"
    r"skier|judge|ambassador|diplomat|senator|deputy|leader|founder|engineer|mayor|"
    r"secretary|spokesman|spokeswoman|man|woman|suspect|victim|witness|driver|pilot|teacher|"
    r"author|writer|poet|owner|manager|farmer|worker|captain|coach|doctor|priest|soldier|"
    r"boy|girl|husband|wife|brother|sister|uncle|aunt|nephew|niece|cousin|"
    r"(?:grand|great-grand|step|god)?(?:father|mother|son|daughter|parent))$"
)


COMPANY = re.compile(
    rf"(?<=\s)(?!(?:The|Dear|In|On|At|Our|My|Your|His|Her|Its|Their|This|That|A|An)\b)"
    rf"(?:[A-Z][\w&’'-]*\s+){{1,3}}(?=[A-Z])(?i:{_BODY})\b"  # (not "the Sunday school")
)
# One capitalised plural noun ("Officers"), not a name in -s ("Thomas", "Dennis", "Carlos").
_ONE_PLURAL = re.compile(r"[A-Z][a-z]+(?<![su])(?<!ss)(?<!a)(?<!i)(?<!o)s")
# A side's name, not one plural noun: "Quillmont", "The Hawks" (not "Officers were called")
_SIDE = re.compile(
    rf"(?!{_ONE_PLURAL.pattern}$)(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}"
)


# Two names joined by "and" ("the brothers Aidan and Rory Quill"), never two days.
_PAIR = re.compile(
    r"(?<=\s)(?![A-Z][a-z]+day\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+"
    r"(?![A-Z][a-z]+day\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
)
# a diary's sentence that opens on what was done, with no subject: "Advised the managers"
_DONE_FIRST = re.compile(
    rf"(?:[A-Z][a-z]+ed|(?i:{IRREGULAR_PARTICIPLE}|set|gave|went|came|took))\s+(?:(?:the|a|an|"
    r"his|her|their|its)\s+[a-z]|(?:him|them)\b)"
)
_ENDS_ON_A_YEAR = re.compile(r"\b\d{4}\.?\s*$")
_SEX = {"He": "he", "His": "he", "She": "she", "Her": "she"}
# A title that tells a person's sex: "Mrs. Pennock", "Sir John Hale"
_TITLE_OF_A_SEX = re.compile(
    r"(?:(?:Old|Young|Little)\s+)?(?:(?P<she>Mrs|Miss|Ms|Madame|Mme|Lady|Dame|Sister|Mother)|"
    r"Mr|Sir|Lord|Father|Brother|Monsieur)\b"
)
# one's own by a first name: "my dear Ellen", "our poor Tom"
_DEAR = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:dear|dearest|poor|little|late|beloved)\s+)+([A-Z][a-z]+)\b(?!\s+[A-Z])"
)
# a thing named after its kind, as a verb's object: "refloated the passenger ferry Havbris"
_NAMED_THING = re.compile(r"\s(the\s+(?:[a-z-]+\s+){0,3}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\b")
_OBJECT_NAME = re.compile(
    rf"\s(?!{HONORIFIC}\b)([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*),?"
    r"(?:\s+(?:when|once|after|before|until|as\s+soon\s+as))?\s*$"
)
# what a body does when it sits, reports or rules: "when it returns", "once it publishes"
_BODY_DOES = re.compile(
    r"\s*(?:returns|reconvenes|resumes|sits|meets|publishes|reports|rules|decides|responds|"
    r"replies|votes|issues|announces|confirms|reopens)\b"
)
_COLLECTIVE = re.compile(
    r"(?i:the)\s+(?:[\w'’-]+\s+)?(?:club|team|side|squad|band|crew|council|board|family|choir)"
)
_BOTH_NUMBERS = re.compile(r"\b(?:works|gasworks|ironworks|premises|headquarters|series)$")
# A person who acted: a passive's agent ("by Robert Hale") or a subject before its verb in
# the past ("when Ada Tallis opened"); a first name and a surname, no place's ("Mill Lane")
_AGENT = re.compile(
    rf"(?:\bby\s+|\b(?:when|after|where|as|that)\s+)(?!(?:Storm|Hurricane|Network|Lady|Lord|Sir)\b)"
    rf"((?:{HONORIFIC}\s+)?{NAME}(?:\s+{NAME}){{1,2}})(?=[\s,.;])(?!\s+(?i:{_NO_PERSON}))"
)
# A person in apposition, told of in a relative clause: "their captain, Ryan Follet, who"
_PLAYER_WHO = re.compile(
    rf"(?:,|\b(?:captain|defender|striker|forward|goalkeeper|keeper|midfielder|winger|coach|"
    rf"player|skipper))\s+((?:{HONORIFIC}\s+)?{NAME}(?:\s+{NAME}){{1,2}}),\s+who\b"
)
# A place's or a body's last word: "Mill Street", "Network Rail", no one's kin
_PLACE_WORD = re.compile(
    r"\b(?:Street|Road|Lane|Avenue|Square|Bridge|Hall|Park|Rail|Trust|Works|Mill|Farm)$"
)
# The kin of the one named ("His son Thomas"), whose name follows; not "Her reply came in June"
_KIN = re.compile(
    r"(?:son|daughter|sons|daughters|nephew|niece|widow|widower|brother|sister|grandson|"
    r"granddaughter|heir|wife|husband)\s+[A-Z]"
)


def _to_kin(sentence: str) -> bool:
    """Whether ``sentence`` opens a letter to kin ("My dear Mother,", "Dearest H.,"), whose
    "we" are the writer's own; not a body's to those it serves ("Dear Customer,", "Dear
    Tenant,", "Sir,"), whom it writes to as "we"."""
    greeting = SALUTATION.match(sentence)
    return greeting is not None and _TO_KIN.search(greeting.group()) is not None


# Whom a family's letter greets: kin, or anyone fondly ("My dear Tom,"), not "Dear Tenant,"
_TO_KIN = re.compile(
    r"\b(?:Mother|Father|Mama|Papa|Brother|Sister|Wife|Husband|Darling|Son|Daughter|Aunt|"
    r"Uncle|Cousin)\b|^(?:Dearest|My\s+dear(?:est)?|My\s+darling)\s"
)


# a speaker's words: '"We will rebuild it," the mayor said', "We ran it together, she said"
_SAID = re.compile(r",\s+[^,]{1,60}\b(?:said|says|told|added|announced)\b")
# A letter's formal salutation, with no "Dear": "Sir,", "My Lord,", "Your Grace,"
_FORMAL = re.compile(rf"(?!(?:My\s+)?[Dd]ear)(?:{SALUTATION.pattern})")
# "We are planning...": the verb "we" took, for the one name put in its place.
_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "go": "goes"} | {
    verb: f"{verb}s"  # "We expect to touch at Talcahuano": it expects; "We reopen on"
    for verb in "expect hope intend mean plan want need sail leave lie remain stay wait open "
    "reopen close start begin host hold offer run welcome".split()
}


def _as_one(name: str, rest: str) -> str:
    """``rest`` after "we", said of ``name``: "are planning" of Aliya is "is planning"."""
    verb = re.match(r"(\w+)\b", rest)
    if verb is not None and verb[1] in _SINGULAR:
        rest = _SINGULAR[verb[1]] + rest[verb.end() :]
    rest = re.sub(r"\bour\b", "its", rest)
    return f"{name} {rest}"


# "It was agreed on 3 May to buy two lamps", "It is expected that...": an "it" that only
# holds the subject's place stands for no name.
_EXTRAPOSED = re.compile(
    r"It\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?"
    r"(?:(?:agreed|decided|resolved|proposed|recommended)\b(?=[^.;]*\bto\b)|(?:agreed|decided|"
    r"resolved|noted|reported|announced|understood|expected|hoped|confirmed|feared|thought|"
    r"believed|said|likely|unlikely|possible|clear|known)\s+(?:that|whether)\b)"
)
# The weather's "it", which a title names by the weather: "It rained on Sunday" is "Rain on Sunday"
_WEATHER_IT = re.compile(
    r"It\s+(?:(?:was|has\s+been)\s+)?(?P<verb>rained|raining|snowed|snowing)\b"
    r"(?!\s+(?:the|a|an|its|their|his|her)\b)"  # not "It rained blows on them"
)
_WEATHER = {"rain": "Rain", "snow": "Snow"}


# a numbered paragraph's point before its subject: "2.1 Mr Holloway has been held ..."
# (or its label: "Championship Class: Del Garrity took his fourth Open title"; not a
# speaker's initials, "DH: When did you start?")
_POINT = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][a-z][\w'’-]*(?:\s+[A-Za-z0-9][\w'’-]*){0,2}:)\s+(?=[A-Z])"
)


def named(
    text: str,
    earlier: Sequence[str],
    before: str,
    subject_of: Callable[[str], str | None],
    voice: str | None = None,
    *,
    site: bool = False,
) -> str:
    """``text`` with a leading pronoun replaced by the subject of an earlier sentence: for
    "he" or "she", one that names a person (of the last eight sentences; else of the last
    three). ``before`` is the sentence's own text before the clause: "He married the singer
    Roza Temirova in 1966; she died in 2010" has "she" stand for the name after "He".
    ``subject_of`` gives the subject of a sentence, if it has one; "they" with no plural
    subject stands for the last two names joined by "and" ("the brothers Aidan and Rory
    Quill"). ``voice`` is who "we" are when no sentence says (:func:`voices.article_voice`),
    named by the text's title or page when ``site`` (not a byline): then no name of no body
    told before stands for "we"; without one, "we" are the authors ("Authors report...")."""
    if (weather := _WEATHER_IT.match(text)) is not None:
        return _WEATHER[weather["verb"][:4]] + text[weather.end() :]
    pronoun = PRONOUN.match(text)
    if pronoun is None or _EXTRAPOSED.match(text):
        return text
    personal, word = pronoun["word"] in _SEX, pronoun["word"]
    opening = pronoun_of(before) if before else None
    names = re.findall(r"(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", before)
    if personal and opening in _SEX and _SEX[opening] != _SEX[pronoun["word"]] and names:
        name = possessive(names[-1]) if pronoun["word"] in ("His", "Her") else names[-1]
        return f"{name} {text[pronoun.end() :]}"
    dear = _DEAR.findall(before) if personal and opening not in _SEX else []
    if dear:  # "I have not ceased to think of my dear Ellen since she was taken from me"
        name = possessive(dear[-1]) if pronoun["word"] in ("His", "Her") else dear[-1]
        return f"{name} {text[pronoun.end() :]}"
    corporate = word in ("We", "Our")  # a company on its own page: its name
    window = (
        [*earlier, before] if personal or corporate or word == "They" else [*earlier[-3:], before]
    )
    kin = word == "We" or (word == "Our" and voice)
    if kin and any(_to_kin(sentence) for sentence in window):
        # "My dear Mother, ... We buried eleven": a family letter's "we" is its writer's, named
        # by the title ("Letters of the Rev. Edmund Harcourt ..."), or no one else's; so is
        # its "our" ("Our little Mary was born", not a stockyard's Union)
        if voice and word == "Our":  # (with no one named, "the": "The school was opened")
            return f"{possessive(voice)} {text[pronoun.end() :]}"
        # (a letter from a ship, its name over the letter: "Ship Harriet Coffin, at sea,")
        voice = voice or (ship_s_we(earlier, text[pronoun.end() :]) if word == "We" else None)
        return _as_one(voice, text[pronoun.end() :]) if voice else text
    near = (*earlier[-1:], before) if _SEX.get(word) == "she" else ()
    ships = [found for found in map(_RIGGED.findall, near) if found]
    # (the sentence before asked only when a ship was named: not "Mrs Hale came by the brig")
    told_by = subject_of(earlier[-1]) if ships and earlier else None
    if ships and not (told_by and _PERSON.search(told_by)):
        # "Spoke the Barque Hesper of Nantucket. Her Capt. says ...": the ship just named
        name = ships[-1][-1]
        return f"{possessive(name) if word == 'Her' else name} {text[pronoun.end() :]}"
    thing = _NAMED_THING.search(before) if word in ("It", "Its") else None
    # (or a name right before the clause: "I will update Parliament when it returns")
    # (what a body does: not "contact Mr Jones once it is approved", "left Durban before it")
    body = word == "It" and _BODY_DOES.match(text, pronoun.end()) is not None
    thing = thing or (_OBJECT_NAME.search(before) if body else None)
    doer = (subject_of(before) or pronoun_of(before) or "them") if thing is not None else "them"
    if thing is not None and (plural(doer) or doer in ("I", "We", "we", "He", "he", "She", "she")):
        # "Salvage crews refloated the passenger ferry Havbris on Wednesday, two days after it
        # ran aground", "I commissioned the Independent Sentencing Review ..., and it reported":
        # with a subject "it" cannot be, the named thing it acted on
        name = possessive(thing[1]) if word == "Its" else thing[1]
        return f"{name} {text[pronoun.end() :]}"
    persons = _PLAYER_WHO.findall(earlier[-1]) if personal and earlier and not before else []
    if len(persons) == 1 and _a_side(earlier[-1], subject_of(earlier[-1])):
        # "The Hawks were without their captain, Ryan Follet, who ... He is": the one person
        name = possessive(persons[0]) if word in ("His", "Her") else persons[0]
        return f"{name} {text[pronoun.end() :]}"
    for sentence in (_POINT.sub("", line) for line in reversed(window)):
        if place_and_day(sentence) and _ENDS_ON_A_YEAR.search(sentence):
            continue  # "Kalinde Station, 5th April 1893.": a letter's place, no one who acts
        greeting = SALUTATION.match(sentence)  # "Dearest Mother, You ...": who is written to
        subject = subject_of(sentence[greeting.end() :] if greeting else sentence)
        if subject is None and word in ("It", "Its"):
            # "Baltic Corridor Rail GmbH runs container trains ...": a company that opens it
            company = COMPANY.match(f" {sentence}", 1)
            subject = company.group().strip() if company else None
        speaker = _SPEAKER.search(sentence) if personal else None
        subject = None if subject and subject[0] in '"“' else subject  # (a quote's words)
        if speaker is not None and not (
            subject and _PERSON.search(subject) and not _ONE_PLURAL.fullmatch(subject)
        ):
            # "Miners have ..., union leader Aidar Seitkali told reporters. He said ...": who
            # spoke, when the sentence's subject is no person
            subject = speaker["name"] or speaker["quoted"] or speaker["after"]
        if not subject or _ANY_PRONOUN.match(subject[:1].upper() + subject[1:]):
            continue  # "On 17 February we sold ...": a pronoun stands for no other
        if _DONE_FIRST.match(subject):
            continue  # a diary's "Advised the managers to close the school": no one named
        if corporate and subject.isupper() and not _a_body_s_name(subject):
            continue  # a heading in capitals: "NEW FIBRES, OLD SKILLS. Since 1999 we have"
        if corporate:
            # "Dear Shareholders," is who the letter speaks to, never who "we" are.
            # nor a person by a title: "Madame Leclerc played ... We pack tonight"
            fits = (
                re.fullmatch(
                    rf"(?!Dear\b|Every\b|Each\b|{HONORIFIC}\s)[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)+",
                    subject,
                )
                is not None
                or re.fullmatch(rf"(?i:the)\s+(?:\w+\s+)?(?i:{_BODY})", subject) is not None
            ) and (
                # (with "we" known, a name of no body is no one else's: not "Sundae Saturday
                # launched" on an ice cream parlour's page, nor its founder; but a speaker's is)
                not site
                or _SAID.search(text)
                or _a_body_s_name(subject)
                or re.match(r"(?i:the)\s", subject)
            )
        elif personal:
            # "Officers arrested a man...": one plural noun is never "he" or "she", nor a side.
            # "The Minister of State": the noun before the phrase that qualifies it.
            head = re.split(r"\s+(?:of|for|at|in|from)\s+", subject, maxsplit=1)[0]
            role = re.match(r"(?:The|A|An)\s", head) is not None and _PERSON.search(head)
            # a ship may be "she": "The 78-metre ship was ordered ... Her keel was laid"
            ship = word in ("She", "Her") and _SHIP.search(head) is not None
            # ("Old Mrs Ferrie of Low Garth died ...": the name before its place)
            # (not a gerund: "Potting at Brackenholt")
            named_head = (
                head != subject and not head.endswith("ing") and _PERSON.search(head) is not None
            )
            # (and no title of the other sex: "Mrs. Pennock gave luncheon ... He holds")
            titled = _TITLE_OF_A_SEX.match(subject) if "'s " not in subject else None
            other_sex = titled is not None and (titled["she"] is not None) != (_SEX[word] == "she")
            fits = bool(_PERSON.search(subject) or role or ship or named_head) and not (
                _ONE_PLURAL.fullmatch(subject) or other_sex or _a_side(sentence, subject)
            )
        else:
            # "they" a plural, "it" never one ("Conservators spent ... re-lining it")
            fits = (
                # (or a body of people, "they" in British use: "The club ... They travel")
                plural(subject) or _COLLECTIVE.fullmatch(subject) is not None
                if word == "They"
                # (a noun the same in both numbers may be "it": "the works", "the premises")
                else not (word in ("It", "Its") and _plural_noun(subject))
                or _BOTH_NUMBERS.search(subject) is not None
            )
        if fits and word == "We" and not plural(subject):
            return _as_one(subject, text[pronoun.end() :])  # "We reopen": the library reopens
        if fits:
            owner = pronoun["word"] in ("Its", "His", "Her", "Their", "Our")
            name = possessive(subject) if owner else subject
            return f"{name} {text[pronoun.end() :]}"
    lines = (before, *earlier[-1:], *earlier[-2:-1])  # ("a bakery that Ada Tallis opened")
    agents = ([n for n in _AGENT.findall(line) if not _PLACE_WORD.search(n)] for line in lines)
    agent = next((found for found in agents if found), [])
    if word in ("His", "Her") and _KIN.match(text, pronoun.end()) and agent:
        # "... was established c. 1570 by Robert Hale, a brazier. His son Thomas ...", "...
        # when Ada Tallis opened a bakery. Her nephew ...": with no person the subject, the
        # person who acted in the sentence before
        return f"{possessive(agent[-1])} {text[pronoun.end() :]}"
    if word == "They":
        # "...opened by the brothers Aidan and Rory Quill. They bought...": with no plural
        # subject, the last two names joined by "and" are who "they" are.
        for sentence in reversed(window):
            pairs = _PAIR.findall(sentence)
            if pairs:
                return f"{pairs[-1]} {text[pronoun.end() :]}"
    if corporate:
        # "a year of renewal for Altyn Dala Agro. In March we completed...": a company named
        # in passing, by a word that names a company, is who "we" are.
        for sentence in reversed(window):
            # "Since the foundation was set up...": a body named by its kind, too.
            companies = COMPANY.findall(f" {sentence}") or [
                f"The {kind.lower()}"
                for kind in re.findall(rf"\b[Tt]he\s+((?i:{_BODY}))\b", sentence)
            ]
            if companies:
                if word == "Our":
                    rest = re.sub(r"\bour\b", "its", text[pronoun.end() :])
                    return f"{possessive(companies[-1])} {rest}"
                return _as_one(companies[-1], text[pronoun.end() :])
        # "We report radiocarbon dates...": an abstract's or a blog's own voice; "Our March
        # market drew 40 stalls", with no one named: the market
        if word == "Our":
            rest = text[pronoun.end() :]
            return f"{possessive(voice)} {rest}" if voice else f"The {rest}"
        if voice is None:
            # '"We will rebuild it," the mayor said': a speaker's "we", no author's.
            if _SAID.search(text):
                return text
            if any(_FORMAL.match(sentence) for sentence in window):
                # "My Lord, We begun the Hay harvest": a steward's household, no author's
                # (a "Dear Shareholders," letter's "we" are a company's)
                return text
            return f"Authors {text[pronoun.end() :]}"
        return _as_one(voice, text[pronoun.end() :])
    return text


def _a_side(sentence: str, subject: str | None) -> bool:
    """Whether ``subject`` of ``sentence`` is a side ("The Hawks", "Quillmont were"; no kin)."""
    if not subject or not _SIDE.fullmatch(subject) or _TO_KIN.fullmatch(subject):
        return False
    after = sentence[sentence.find(subject) + len(subject) :]
    return _plural_noun(subject) or re.match(r"\s+(?:are|were|have)\b", after) is not None


def _a_body_s_name(name: str) -> bool:
    """Whether ``name`` is a body's, by a word that names one ("Altyn Dala Agro", "Holt
    Cycling Academy"; not "Lacquer Loft Nail Studio")."""
    return COMPANY.match(f" {name}", 1) is not None
