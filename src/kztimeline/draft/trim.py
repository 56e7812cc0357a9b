"""The finish of a drafted title: at most 90 characters, cut at a phrase boundary and
never inside a name, with no quotation marks, empty brackets, doubled commas or a word at
the end that needs another (see :mod:`kztimeline.draft.titles`)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import CLOCK, DOUBT_IN_BRACKETS, MEMORANDUM, NAMES_CUT_SHORT
from kztimeline.draft.key_dates import DEBTOR_CHARGED
from kztimeline.draft.letters import without_the_letter_s_opening
from kztimeline.draft.pieces import ENTRY_NUMBER, LETTERED_ITEM
from kztimeline.draft.sums import without_a_closing_sum
from kztimeline.draft.verbs import clausal

__all__ = ("MAX_TITLE", "clean", "cut", "unbracketed")

MAX_TITLE = 90


_BOUNDARY = re.compile(
    r",\s+|\s+(?=(?:and|or|but|to|for|of|in|on|at|with|that|which|who|after|before|while|"
    r"from|by|as|during|under|over)\s)"
)


# (not a note that tells what befell it: "(closed again in 1863)", "(abandoned at half-time)")
_PAYMENT_NOTE = re.compile(
    r"(?<=\w)\.\s+\((?i:to\s+be\s+(?:pd|paid)|on\s+acc?t|by\s+(?:cash|bill)|see|ref)\b[^()]{0,80}\)$"
)


def cut(text: str) -> str:
    """At most ``MAX_TITLE`` characters: first without a ranking appositive before the verb
    ("The plant, the largest on the coast, was inaugurated"), then cut at a comma or before
    a linking word (the last one past 40 characters), never inside a name; a word boundary
    when there is no such place. A cut that would leave the subject alone loses where the
    subject is instead ("The first turbine of the array in the Sound of Carran delivered")."""
    if len(text) <= MAX_TITLE:
        return text
    text = _APPOSED.sub(r"\1 ", text, count=1)  # "The plant, the largest on the coast, was"
    head = _shortened(text)
    if clausal(head):
        return head
    placed = _PLACED_SUBJECT.sub(r"\1", text, count=1)
    return _shortened(placed) if placed != text else head


def _shortened(text: str) -> str:
    """``text`` cut to at most ``MAX_TITLE`` characters (:func:`cut`)."""
    if len(text) <= MAX_TITLE:
        return text
    # The whole text is searched: a linking word that starts before the limit and ends
    # after it still marks a boundary before the limit.
    boundaries = [found for found in _BOUNDARY.finditer(text, 40) if found.start() <= MAX_TITLE]
    for boundary in reversed(boundaries):
        head, rest = text[: boundary.start()], text[boundary.end() :]
        # "the Organization for Security and Co-operation": a name goes on past "for".
        inside = re.search(r"[A-Z][\w.'’-]*$", head) and re.match(
            r"(?:and|for|of|de)\s+[A-Z]", rest
        )
        # "...a teacher who lived for another 21 years": not inside a relative clause either.
        relative = re.search(r"\b(?:who|which|whose)\s+(?:\S+\s+){0,2}\S+$", head)
        if not inside and not relative:
            return head
    cut = text[: MAX_TITLE + 1].rsplit(" ", 1)[0]
    cut = re.sub(r"(?:\s+[A-Z][\w.'’-]*)+$", "", cut) or cut
    if re.search(rf"\s(?:{_AUXILIARY})$", cut):
        # "... recalling the statement the Council had": a helper without its verb; an
        # earlier comma is a better end ("Council members condemned the attack").
        early = [found for found in re.finditer(r",\s+", text[:40]) if found.start() >= 20]
        return text[: early[-1].start()] if early else cut.rsplit(" ", 1)[0]
    return cut


# a subject's appositive that ranks it or says where it lies, before its verb: the first
# thing a title too long can lose ("The plant, the largest on the Ionian coast, was
# inaugurated", "The wind farm, 38 km off the Brannock coast, delivered its first power";
# not its name, "The course's best-known race, the Gold Cup, is believed ...")
_APPOSED = re.compile(
    r"^([^,]{3,80}?),\s+(?:(?:the|its|their)\s+(?:[a-z]+est|only|sole|first|last|most\s+[a-z]+)|"
    r"\d[\d.,]*\s*(?:km|kilometres|kilometers|miles?|nautical\s+miles)\s+(?:off|from|north|"
    r"south|east|west|outside|inland|offshore)|(?:just\s+)?(?:off|outside|near)\s+the)\b"
    r"[^,]{0,60},\s+(?=(?:was|were|is|are|has|have|had|will|[a-z]+ed)\b)"
)
# where a subject is, right before its verb: "The first turbine of the array in the Sound of
# Carran delivered power" (lost only when a cut would leave the subject alone)
_PLACED_SUBJECT = re.compile(
    r"^([^,]{10,80}?)\s+(?:in|at|near|off)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}"
    r"(?=\s+(?:[a-z]{3,}ed|was|were|is|are|has|have|had|will)\b)"
)
_UNCONTRACTED = {"ll": "will", "re": "are", "ve": "have"}
_AUXILIARY = (
    r"had|has|have|was|were|is|are|be|been|being|will|would|could|should|may|might|must|can|"
    r"did|does|do"
)
_DANGLING = re.compile(
    # (a team's letter is no article, "Railway Tavern v Red Lion A"; a cell's is a word cut
    # off, "Selwick Knights v Dunmore A, A")
    r"(?:[\s,;:–—-]+(?:and|or|but|of|to|the|(?-i:a)|(?<=[,;:–—-] )A|an|in|on|at|for|with|by|"
    r"from|that|which|who|"
    r"whose|its|their|his|her|as|than|worth|into|via|per|including|such|after|before|during|"
    r"since|until|till|through|between|among|amid|against|starting|beginning|following|when|"
    r"while|because|where|if|despite|over|under|about|abt|around|some|several|this|these|those|"
    r"our|my|your|again|whether|unless|only|also|not|so|upon|onto|dated))+[\s,;:–—-]*$",
    re.IGNORECASE,
)


# A word that finishes a verb ("declared over", "sworn in", "must be in") rather than leading
# to a phrase: kept at the end after a participle or a form of "be".
_PARTICLES = r"in|on|over|off|through|around|under|out|up|down|back|away"
_VERB_FORM = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|en|wn)|sworn|be|been|is|are|was|were|came|went|took|got|set|put|"
    r"ran|held|broke|gave)$"
)


_HOUR_FIRST = re.compile(r"^(?:\d{1,2}(?:[.:]\d\d)?\s*)?[ap]\.m\.\s+(?=[A-Z])", re.IGNORECASE)
_DOUBT_IN_BRACKETS = re.compile(rf"\s*{DOUBT_IN_BRACKETS}")
_ENTRY_S_NUMBER = re.compile(rf"^{ENTRY_NUMBER}\s*[-–—:]\s+(?=[A-Z])")
_NAME_CUT_SHORT = re.compile(rf"\b({'|'.join(NAMES_CUT_SHORT)})\.(?=\s+[A-Z][a-z]+\b(?!\.))")


_KIN_NAMED = re.compile(  # (a kinsman's whole name: not "Its successor, Progress MS-21,")
    r"^(?:His|Her|Their|My)\s+(?:(?:elder|younger|eldest|youngest|late|only)\s+)?(?:wife|"
    r"husband|widow|son|daughter|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|"
    r"(?:grand|step)(?:son|daughter|father|mother)|(?:brother|sister|son|daughter)-in-law),\s+"
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?=[a-z])(?!(?:a|an|the)\s)"
)


def unbracketed(line: str) -> str:
    """``line`` read within its brackets when they hold it whole: "(Sailed from Sag Harbour
    the 20th Octr 1845.)" is a sentence, no date line, and its title has no brackets (not
    "(a) the hall (b) the yard", two)."""
    return re.sub(r"^\s*\(([^()]*)\)\s*$", r"\1", line)


# (what a leader's note tells of the row, kept: "Feathers A ........ won 7-2", "postponed")
_RESULT_NOTE = (
    r"[^.]*\b(?:won|lost|drew|beat|postponed|cancell?ed|deferred|moved|adjourned|withdrawn)\b"
)
_LETTERED_ITEM = re.compile(rf"^\s*{LETTERED_ITEM}\s+(?=[A-Z])")
_MAP_REFERENCE = re.compile(
    r"\s*\((?i:OS\s+|map\s+)?(?i:grid\s+)?(?i:ref(?:erence)?)\.?:?\s*[A-Z]{1,2}\s*[\d ]{2,14}\)"
)


def clean(text: str) -> str:
    """No quotation marks, empty brackets, doubled commas, a bracket left open or closed
    alone, nor a word at the end that needs another ("... the first of"); a line in brackets
    is read within them (:func:`unbracketed`)."""
    # Quotation marks go; an apostrophe stays: "the bank’s", and "Orbis’ round" after an s.
    text = re.sub(r"‘([^‘’]*)’", r"\1", text)
    text = re.sub(r"[“”\"]|‘|(?<!s)’(?!s\b)|(?<=s)’(?!\s+[a-z])", "", text)
    text = re.sub(r"\(\s*[,;–-]?\s*\)|\[\s*\]", "", text)
    text = unbracketed(text)  # "(Sailed from Sag Harbour.)"
    text = _LETTERED_ITEM.sub("", text)  # "(b) This report will be submitted": a list's mark
    # a row's name before its leader, its note after: "Harvest Supper Drive ........ supper
    # included, 6 pounds" (not a fixture's sides, "The Anchor ........ v Quay Street BC")
    text = re.sub(
        rf"(?<=[A-Za-z)])[ \t]*\.{{4,}}(?![.]|[ \t]*(?:v|vs)\.?\s|{_RESULT_NOTE})[^.]*$", "", text
    )
    text = _NAME_CUT_SHORT.sub(lambda name: NAMES_CUT_SHORT[name[1]], text)  # "Thos." is Thomas
    text = _DOUBT_IN_BRACKETS.sub("", text)  # "the party of (I think) 1934": the "?" says it
    text = _MAP_REFERENCE.sub("", text)  # "at Profile 15 (grid ref. TA 2019 6871)": no words
    text = re.sub(r"\s+\|\s+", ", ", text)  # a head line's fields: "43rd Congress | Assembly Rooms"
    # a contraction left by a pronoun put back: "We'll throw" is "Authors will throw"
    text = re.sub(r"(?<=\w)\s+['’](ll|re|ve)\b", lambda verb: f" {_UNCONTRACTED[verb[1]]}", text)
    text = re.sub(r"\s+([,.;:!?)])", r"\1", " ".join(text.split()))
    text = re.sub(r"([,;])(?:\s*[,;])+", r"\1", text)
    text = re.sub(r"\s*[,;:]\s*(?=\()", " ", text)  # "Closed, (renovation)": the date was between
    text = re.sub(r":\s*(?=,)", "", text)  # "Captains' meeting: [Monday 3 March], 7.30pm"
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]  # a bracket the cut or a removed date left open
    elif text.count(")") > text.count("("):
        text = text.replace(")", "")
    text = re.sub(r"^\.\s*[-–—:]\s*", "", text)  # a diary's "March 5th. - Seaman ..."
    # "His wife, Elke Varga, was making her first globes": the name the phrase stands for
    text = _KIN_NAMED.sub(r"\1 ", text)
    if (debtor := DEBTOR_CHARGED.match(text)) is not None:  # "Mrs Bray, widow: a Side Saddle"
        text = f"{debtor['debtor'].strip()}: {text[debtor.end() :]}"
    text = _PAYMENT_NOTE.sub("", text)  # a row's note of its payment: ". (to be pd by Bill)"
    if (memo := MEMORANDUM.match(text)) is not None:  # "Mem. my licence renewed at Thornby"
        text = text[memo.end()].upper() + text[memo.end() + 1 :]
    text = re.sub(r",\s+(?:cost|costing|price)$", "", text)  # its sum gone from the line's end
    text = without_a_closing_sum(text)  # "Sold to the brewery 6 hogsheads  9 0 0"
    text = _HOUR_FIRST.sub("", text)  # a log's "7.30 p.m. Arrested William Coker"
    text = _LOG_CELLS.sub("", text)  # a log table's cells: "0.00 27.10 W ESE Crossed the Line"
    text = without_the_letter_s_opening(text)  # "Dear Sir, - It is my painful duty to ..."
    # a label's day gone from before its note: "Opening Day: [2 May] - Cats v Millers" (not
    # "The library reopens, - a fortnight later")
    text = re.sub(
        r"^((?!(?:The|A|An|This|Our|Its|His|Her|Their)\b)[A-Z][\w'’&-]*(?:\s[\w'’&()-]+){0,3}),"
        r"\s*[-–—]+\s+(?=\w)(?!(?:the|a|an)\s)",
        r"\1: ",
        text,
    )
    text = re.sub(r"(?<=[a-z0-9)]) [-–](?=[,:;])", "", text)  # "Finals day -[ 7 Dec], Lindell"
    # a card's heading, its day taken out: "AGM -[ Thu 25 Sep], 7.30pm", "OPENING NIGHT -[ Tue
    # 6 May] Friendly round-robin"
    text = re.sub(
        r"^([A-Z][A-Z0-9 &'’]*[A-Z0-9]) [-–](?:[,:;]|\s+(?=[A-Z][a-z]))\s*", r"\1: ", text
    )
    text = text.strip(" ,;:-–—|").rstrip(".!?").rstrip(" ,;:-–—|")
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})+\.?,?\s+(?=[A-Za-z])", "", text)  # a report's "4.2 "
    # a statement's count of its points: "Second, I will convene the recovery board"
    text = re.sub(
        r"^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly),\s+(?!(?i:second|third|fourth|and)\b)",
        "",
        text,
    )
    text = re.sub(r"^¶\s*\d{1,3}\s+", "", text)  # an opinion's numbered paragraph: "¶2 "
    text = re.sub(r"^\d{4}/\d{1,4}\s+(?=[A-Z])", "", text)  # a recommendation's "2023/107 "
    text = re.sub(r"^\d{4}\s*[-–—:]\s+(?=[A-Z])", "", text)  # an entry's head year, restated
    text = _ENTRY_S_NUMBER.sub("", text)  # "Walk 4 - The July walk was started": its number
    # ", almost three years" left where "after construction began in 2020" was cut off.
    text = re.sub(
        r",\s+(?:almost|nearly|about|some|just|more than|less than)?\s*[\w-]+\s+"
        r"(?:days?|weeks?|months?|years?|decades?)$",
        "",
        text,
    )
    # ", no. 37", ", lot 88", ", cat. 12": a catalogue's or a sale's number after the fact.
    text = re.sub(
        r",\s*(?:nos?|cat|lot|fig|figs|pl|inv|ill)\.?(?:\s*\d+[a-z]?(?:[-–]\d+)?)?$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "a hearing to decide whether": the purpose whose object was cut off goes with it.
    text = re.sub(r"\s+to\s+[a-z]+\s+(?:whether|if|how|what|which|who)$", "", text)
    # "It was [around 20 March] that the sea came in": a cleft's frame goes with its date.
    cleft = re.match(r"It\s+(?:was|is)\s+(?:only\s+)?(?:that|when)\s+(?=\w)", text)
    if cleft is not None:
        text = text[cleft.end()].upper() + text[cleft.end() + 1 :]
    # "[2025] (scheduled): Renegotiation ...": the mark of a plan that stood after the date.
    text = re.sub(r"^\([a-z ]{1,20}\)\s*[:–—-]\s*", "", text)
    # "7.30pm - Haydn: The Creation": a listing's hour before its entry
    text = re.sub(rf"^{CLOCK}\s*[:–—-]\s+(?=[A-Z])", "", text)
    # "Our top story: the bridge reopened": a label before the clause is no part of it.
    label = re.match(r"(?:[\w’']+\s+){0,3}[\w’']+:\s+(?=(?:the|a|an)\s+\w+\s+\w)", text)
    if label is not None:
        text = text[label.end()].upper() + text[label.end() + 1 :]
    # "It broke out [on January 28], not January 29": the date denied goes with the date.
    text = _DENIED_DATE.sub("", text)
    # "closed from 08:00 [on 4 May]": the hour of a removed date goes with it.
    text = _HOUR_LEFT.sub("", text)
    dangling = _DANGLING.search(text)
    shorter = text if dangling is None else text[: dangling.start()]
    particle = re.match(rf"\s+({_PARTICLES})\b", text[len(shorter) :], re.IGNORECASE)
    if particle is not None and _VERB_FORM.search(shorter):
        shorter += particle.group()  # "it was declared over": the verb's own word, not a link
    # "The final hearing will be [5 June]": the date was what the subject is; the copula
    # left at the end goes with it ("The report must be in" keeps its particle).
    copula = _COPULA_END.search(shorter)
    if copula is not None and len(shorter[: copula.start()].split()) >= 2:
        shorter = shorter[: copula.start()]
    return shorter if len(shorter.split()) >= 2 else text


_HOUR_LEFT = re.compile(
    rf"[\s,;]+(?:from|at)\s+{CLOCK}(?:\s+on)?$|[\s,;]+{CLOCK}\s+on$", re.IGNORECASE
)
_DENIED_DATE = re.compile(
    r",?\s+not\s+(?:on\s+|in\s+|from\s+(?:\d{1,2}\s+to\s+)?)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?|(?:1[6-9]|20)\d\d)\b(?:,?\s+(?:1[6-9]|20)\d\d)?"
    r"(?:\s+as\s+(?:printed|reported|stated|published))?(?=[,;.]|$)"
)
_COPULA_END = re.compile(
    r"\s+(?:(?:will|would|shall|may|might|must|should|could|is to|are to|was to|were to)\s+be|"
    r"(?:has|have|had)\s+been|is|are|was|were)$"
)
# A log table's cells before its remarks: a position, a dash for none, the wind ("- - SE",
# "33.02 S 71.38 W S"), or two counts or more (a day book's boats up and down: "6 4 Wind
# S.W."), under the table's header ("Date Up Down Remarks"); one at least a figure or a dash
_LOG_CELLS = re.compile(
    r"^(?:Date(?:\s+[A-Z][\w.]*){1,6}?\s+Remarks\s+)?"
    # (an hour's cell, its figure gone before: "Pm -- -- Line to Carbury down")
    r"(?:(?i:[ap]\.?m)\.?\s+(?=[-–—]))?"
    r"(?=[^A-Za-z]*[\d-])(?!\d{1,3}\s\d{3}\b)"
    r"(?:(?>(?:\d{1,4}\s+){2,})|(?:[-–—]{1,2}|\d{1,3}\.\d{2}(?:\s+[NSEW])?|"
    r"[NSEW]{1,3})\s+)+(?=[A-Z])"
)
