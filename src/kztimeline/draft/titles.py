"""The title of a drafted event: the clause of the sentence that owns the dated fact.

A sentence often tells two facts ("The race starts in Leeds on July 5 and finishes in Paris
on July 27"; "Nibali, who won the Giro in 2013, finished third in 2012"), so the title is cut
from the clause the date modifies, never from its neighbour (that clause is found by
:func:`~kztimeline.draft.clauses.own_clause`):

- a relative clause or an appositive that holds the date gives the title with the name it
  describes ("Nibali won the Giro"); one that does not is left out;
- coordinated clauses are split where each holds its own date, or where the second has only
  a verb ("was founded in 2007 and is backed by..."); a clause with only a verb takes the
  subject of the sentence ("The race finishes in Paris");
- a leading pronoun is replaced by the subject of an earlier sentence of the paragraph;
- every date, its preposition, agency tags and trailing attributions ("..., the ministry
  said") are taken out, and a long title is cut at a phrase boundary, never inside a name.

Page furniture (docket headers, story numbers, photo captions, bylines) is no sentence at
all: :func:`is_furniture` tells the caller to skip it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kztimeline.draft.citations import is_citation
from kztimeline.draft.clauses import WAITED_UNTIL, own_clause
from kztimeline.draft.cues import (
    CLOCK,
    LISTING_WORDS,
    MONTH_WORDS,
    OTHER_SOURCES,
    PARTICIPLE,
)
from kztimeline.draft.doubts import HEARSAY_ASIDE
from kztimeline.draft.field_lines import field_holding
from kztimeline.draft.furniture import AGENCY, DATELINE, is_furniture
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.pronouns import PRONOUN, named
from kztimeline.draft.shapes import (
    ATTRIBUTION,
    BEFORE_DATE,
    OTHER,
    OWN,
    SAID_TOO,
    SPEAKER,
    counted_end,
    listed_title,
    shaped_title,
)
from kztimeline.draft.subjects import (
    FILLER,
    INTRODUCTION,
    OPENING,
    SUBJECT_AFTER_PHRASE,
    subject_of,
)
from kztimeline.draft.trim import clean, cut
from kztimeline.draft.verbs import VERB, clausal
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = ("UNTITLED", "is_furniture", "title_of")

_BACK_FOR = re.compile(  # (who will be: not a ticket's "claim a refund or return for")
    r"\b(?:to|will|should|could|may|can|expected\s+to)\s+(?:return|be\s+back|be\s+fit|be\s+available)"
    r"\s+for\s+$"
)
# A result won in the event a day's possessive names: "won the Corinthian Cup in Sunday's",
# "retained her title in Tuesday's" (not "saved a match point in Friday's semi-final", of
# which the semi-final is the fact, nor "a place in Saturday's")
# (the clause's own verb: not "they won in the first half", "who defeated plans", "beat
# them 3-0 in the group stage and meet them again in Saturday's final"); or a rider's or a
# player's end in it ("abandoned the race on Wednesday's rest day")
_DONE_IN = re.compile(
    r"^(?:(?!\b(?i:and|but|who|whoever|that|which)\b)[^,;])*"
    r"\b(?:(?:won|beat|defeated|clinched|claimed|retained|lifted|regained)\b|"
    # (with its object: not "withdrew from Sunday's final", "Police abandoned Tuesday's search")
    r"(?P<out>(?:abandoned|withdrew\s+from|retired\s+from|crashed\s+out\s+of)\s+"
    r"(?:the|his|her|their|its)\s))"
    r"(?:(?!\b(?:and|but|in|on)\b)[^,;])*"
    r"(?<!\bplace )(?<!\bplaces )(?<!\bspot )(?<!\bberth )"
    # (its "on" gone, after the object: not "abandoned its plans for Sunday's parade")
    r"(?:\b(?:in|at)\s+|(?(out)(?<!\bfor )(?<!\bof )(?<!\bwith )(?<!\bbefore )(?<!\bafter )"
    r"(?<!\bduring )(?<!\bfrom )(?<!\bto )(?:\bon\s+)?|(?!)))$"
)

UNTITLED = "Untitled statement"
"""The title of a fact no clause names: to be written by hand."""

_OWN, _OTHER = OWN, OTHER
_DATES = f"[{_OWN}{_OTHER}]"
# a day, its hours and then only its fields ("Thursday 13 February, 7pm · Reading Room ·
# Free"), and a heading above it: a short line with no full stop and no date
_FIELDS_OF_A_DAY = re.compile(
    # (after what the day is: "Opens 17 May 2025 · Gallery 1")
    rf"\W*(?:(?:Opens|Opening|Closes|From|Until|Runs)\s+)?{_OWN}(?:[^·|.;]{{0,30}}[·|][^.;]*"
    # (or its place and hour after commas: "Saturday 26 April, Holme Lane Pavilion, 2 pm.")
    rf"|(?=[^;]*\b{CLOCK})(?:,\s*(?:{CLOCK}|(?:(?:in|at)\s+(?:the\s+)?)?[A-Z][\w'’&.]*"
    r"(?:\s+[\w'’&.]+){0,4}?)){1,3}\.?)$"
)
# (or in quotation marks: '"Lost Farms of the Moor"'; not a month's heading, "December
# 2025", nor a listing's, "Programme", "Results 2025")
_NAME_OVER_A_DAY_LINE = re.compile(
    rf"(?!(?:{MONTH_WORDS})\s+\d{{4}}$)(?!(?:[\w'’]+\s+){{0,3}}?(?i:{LISTING_WORDS})(?:\s+\d{{4}})?$)"
    r"[\"“]?[A-Z][^.!?·|]{2,80}"
)


def _marked(sentence: str, own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]]) -> str:
    spans = sorted([(start, end, _OWN) for start, end in own] + [(s, e, _OTHER) for s, e in other])
    text, last = "", 0
    for start, end, mark in spans:
        if start < last:
            continue  # a span inside one already marked
        text += sentence[last:start] + mark
        # (a field's day: "Season tickets on sale: Mon. 10th March, 9:00 am")
        field = re.fullmatch(r"[^:]{1,60}:\s*", sentence[:start]) is not None
        hour = _HOUR_AFTER.match(sentence, end) if mark == _OWN and field else None
        # (not when the hour is all the sentence says besides: a row's "Sat 8 Nov, 7.30pm")
        if hour is not None and not re.search(
            r"[A-Za-z]{3}", sentence[:start] + sentence[hour.end() :]
        ):
            hour = None
        last = end if hour is None else hour.end()
    return text + sentence[last:]


# The hour after a fact's own day and its comma, the day's and no word of the title: "Mon.
# 10th March, 9:00 am", "12 March 2025, 5:00 pm, and" (or what a day's hour left: "...
# 9:00| am"); not a figure "at" it ("closed at 11.45", "peaked at 5.21 metres")
_HOUR_AFTER = re.compile(
    r"(?>,\s*(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}:\d\d)|\s*[ap]\.?m\b\.?)"
    # (not before a row's next cell or a field, whose day and hour head it: "Sunday 23 March,
    # 7pm – NEW DATE", "Tuesday 18 November, 7.30 pm, in the Pavilion", "7.00pm  Court 1";
    # nor the fact's own: "on 21 December, 3.38 pm, was the earliest", "9 pm local time")
    r"(?![\w:.]\S|\s*[-–—|·(]|,(?!\s+(?:and|but)\b)|\s{2,}|\s*\n)"
    r"(?!\s+(?:is|was|will|would|being|local|sharp|prompt|to|until|till|and|[A-Z]{2,4})\b|\s*[-–])"
)


# A company's market and ticker, or its short name: "(Nasdaq Helsinki: KALEV)", ("Corvalis")
_TICKER = re.compile(
    r"(?P<name>[A-Z][\w.&]*)\s*\((?:[A-Z][\w .-]*:\s*[A-Z.]{2,}|[\"“][^\"”]{1,30}[\"”])\)"
)
# A name as a company or a person writes it ("Nordvale Robotics", "Corvalis Therapeutics
# Inc.", "Captain Rhian Moss"), not an opening adverb ("Meanwhile, the residents of ...,")
_NAME = (
    r"(?!(?:Meanwhile|Later|Earlier|However|Today|Yesterday|Then|Also|Still|Now|Finally|"
    # (an adverb in -ly with its comma: "Finally, ...", not a name, "Tessaly Robotics")
    r"Instead|Separately|Elsewhere|Afterwards)\b|[A-Z][a-z]+ly,)"
    r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|&|and|of|de|plc))*"  # "Brightwell Instruments plc"
)
# What a company is: "a maker of ...", "the maker of autonomous picking robots", "the
# employee-owned bakery group"; not a short name's "the Almaty bank", nor a name's "the
# Brandt Model 1", nor the clause of the fact with its date
_COMPANY = (
    r"(?:maker|developer|provider|company|group|firm|producer|operator|manufacturer|supplier|"
    r"specialist|business|retailer|chain|start-?up|publisher|distributor|brand|agency|insurer|"
    r"lender|carrier|airline|builder|consultancy)s?"
)
_ROW_WEEKDAY = re.compile(  # a table's row, its day told again in a cell: "Mon, X: 8 Sep"
    rf"^{SHORT_WEEKDAY_PATTERN}(?:-{SHORT_WEEKDAY_PATTERN})?,\s+(?=[A-Z][^:]*:\s*{_OWN}\W*$)"
)
_DESCRIBED = re.compile(  # (or after a report's "that": "confirmed that Brightmoor Farm, a ...")
    rf"(?:^|(?<=\bthat ))({_NAME}),\s+(?:an?\s+[^,;{_OWN}{_OTHER}]{{1,100}}|"
    rf"the\s+(?:[\w-]+\s+){{0,5}}?[a-z]*{_COMPANY}\b[^,;{_OWN}{_OTHER}]{{0,80}}),\s+"
    rf"(?=(?:{_DATES}\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b)"
)
# (its comma kept before a relative clause: "Anand, 34, who first played in about 2011, came")
_RELATIVE = re.compile(r"(?:who|whose)\b")
_AGED = re.compile(rf"^({_NAME}),\s+\d{{1,3}},\s+(?=[a-z])")
_DECIDED_TO = re.compile(
    r"\b(?P<who>(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:of|for|and|the|[A-Z][\w-]*)){0,5}?['’]s)\s+"
    rf"(?P<what>decision|order|notice|direction|determination)\s+of\s+{_OWN}\s+"
    r"(?P<to>to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]+\b[^,;.]*)"
)
_THEN_AGED = re.compile(r",\s+(?:then|now|aged|then\s+aged)\s+\d{2},(?=\s+[a-z])")
# (a short note right after another date: "from 3 to 17 March 2024 (spring session) and from
# 7 to 21 October 2024 (autumn session)"; or another's deadline: "(entries to be sent by ...)")
_OTHER_S_NOTE = re.compile(
    rf"(?<={_OTHER})\s*\([^(){_OWN}]{{1,40}}\)|"
    rf"\s*\((?=[^()]*\b(?:to|must)\s+be\b[^()]*\b(?:by|before)\s+{_OTHER})[^(){_OWN}]*\)"
)
# (a note that sets a deadline of its own, with its own subject: "(entries to be sent to the
# Secretary by 26 July)"; not an aside that tells more of the sentence's fact, "(his
# appointment took effect on ...)", nor "Applications for the show (to be sent ... by 31 July)")
_NOTE_S_BOUND = re.compile(
    rf"\s*(?!(?:to|must)\b)\w[^()]*?\b(?:to\s+be|must\s+be)\s+[a-z]+\b[^()]*\b(?:by|before)\s+{_OWN}"
)
# Whom a speech turns to, before its sentence: "Madam Speaker,", "Mr President,"
_ADDRESSED = re.compile(
    r"^(?:(?:Madam|Madame|Mr\.?|Mister)\s+(?:Deputy\s+)?(?:Speaker|President|Chair(?:man)?)|"
    r"(?:Honourable|Hon\.)\s+Members),\s+(?=\S)"
)
# What is told of a speaker named after a quotation, by a participle with the fact's date
_SPEAKER_S_PART = re.compile(
    rf"[\"”’,]\s+(?:said|says|added|explained)\s+(?P<who>[^,;{_OWN}{_OTHER}]{{3,60}}),\s+"
    rf"(?P<part>{PARTICIPLE}\s+[^,;{_OTHER}]*{_OWN}[^,;{_OTHER}]*)\.?$"
)
# (a place after a card row's name: "Helmsby Village Hall", "Plough Hotel, Helmsby"; not a
# headline's words, "HIGH levels forecast")
_ROW_PLACE = re.compile(
    rf"[{_OWN}{_OTHER}\s]*[A-Z][\w'’.&-]*(?:[\s,]+(?:[A-Z0-9][\w'’.&-]*|of|the|and|&|on|upon)){{0,5}}"
    rf"[\s.,;{_OWN}{_OTHER}]*"
)
# (the day told again as its feast or weekday: ", being Candlemas,", ", being a Tuesday")
_BEING_THE_DAY = re.compile(
    rf",\s+being\s+(?:{_DATES}|(?:a|the)\s+(?:{WEEKDAY_PATTERN}))(?=\s*[,.;]|\s*$)"
)
_STAYS = re.compile(
    r"\b(?:stay|stays|stayed|remain|remains|remained|be|is|are|was|were)\s+(?:in\s+(?:place|force|"
    r"use|operation)|open|closed|shut)\s+$"
)


# "until 1878, when the county bought the bridge", "It all started in 1874, when Martha
# Finch began selling ginger biscuits": the year's fact is the clause after "when"
_FACT_AFTER_WHEN = re.compile(
    rf"(?:\b(?:until|till)\s+|^(?:It|This|That)\s+(?:all\s+)?(?:began|started)\s+in\s+)"
    rf"{_OWN},\s+when\s+(?P<fact>(?:[^,;{_OTHER}]|,(?!\s+(?:and|but|while|so|then)\b))+)"
    # a cleft's: "..., & it was the 9th before James got his stores ashore"
    rf"|\b[Ii]t\s+was\s+(?:not\s+(?:until|till)\s+)?{_OWN}\s+(?:before|that|when)\s+"
    rf"(?P<cleft>[^,;{_OTHER}]+)"
)


def _without_ticker(text: str) -> str:
    """``text`` without a company's market and ticker or short name after its name, and
    without the comma before its "Inc." ("Lumen Grid, Inc." is one name)."""
    text = re.sub(r"\b([A-Z][\w.&]*),\s+(Inc\.|Ltd\.|LLC\b|L\.P\.)", r"\1 \2", text)
    return _TICKER.sub(lambda match: match["name"], text)


# What a list's item leaves when its dates are gone, no word of its own: "And", "(a)", ""
# (not its one name: "Ashby", "Quiz")
_NO_WORDS = re.compile(r"(?i:\W*(?:and|or|then|\(?[a-z0-9]{1,4}[.)])?\W*)")
_A_LEAD = re.compile(r"[^\d:]+:")  # (a list's lead, with no figure of a date of its own)


def title_of(
    sentence: str,
    own: Sequence[tuple[int, int]],
    other: Sequence[tuple[int, int]] = (),
    earlier: Sequence[str] = (),
    voice: str | None = None,
    page: str | None = None,
    *,
    site: bool = False,
) -> tuple[str, bool]:
    """The title of the fact dated at ``own`` (spans of ``sentence``), and whether it is
    only a stand-in to write by hand.

    ``other`` are the spans of the sentence's other dates; ``earlier`` the sentences before
    this one, nearest last, where the name a leading pronoun stands for is looked for (after
    the words of the sentence before the clause); ``voice`` who "we" are when no sentence
    names it, named by the text's title or page when ``site`` (not by a byline); ``page`` the
    page's title, the subject of its fields.
    """
    # "..., two days after an accident at X": the accident is the other date's fact.
    other = [(start, counted_end(sentence, start, end)) for start, end in other]
    marked = _marked(sentence, own, other)
    undated = DATELINE.sub("", marked)
    # (a card's row names what is on before its place: "OPENING DRIVE - Helmsby Village Hall";
    # a dateline stands before a sentence)
    place = re.sub(r"\([^()]*\)", "", undated).strip()  # (its notes in brackets aside)
    lined = marked if _ROW_PLACE.fullmatch(place) and not clausal(undated) else undated
    # a deadline's note in brackets with the fact's own date is the fact: "The dinner will be
    # at the Plough (tickets to be paid to the Secretary by 1 November)"; another's deadline
    # note, or a short note right after another date ("(spring session)"), is no part of it
    inner = re.search(rf"\(([^()]*{_OWN}[^()]*)\)", lined)
    own_note = inner is not None and _NOTE_S_BOUND.match(inner[1]) is not None
    noted = inner[1] if inner is not None and own_note else _OTHER_S_NOTE.sub("", lined)
    # (a ticker taken out leaves no space before its comma: "Corvant Systems, Inc. (NASDAQ:
    # CRVT), a provider of ...")
    text = re.sub(r"\s+,", ",", AGENCY.sub(" ", noted))
    text = field_holding(text, text.find(_OWN))  # "Tree: Common beech ... Protection: TPO"
    if _FIELDS_OF_A_DAY.match(text) and earlier and _NAME_OVER_A_DAY_LINE.fullmatch(earlier[-1]):
        # "Author talk: Mira Castellan" over "Thursday 13 February, 7pm · Reading Room ·
        # Free": a programme's day line, under the name of what is on that day
        return clean(earlier[-1]), False
    listed = listed_title(text)  # "Exhibited: Bergen, 1976; ...": a label, not a speaker
    text = SPEAKER.sub("", text)  # "Chair: The bill is adopted": a record names its speaker
    text = _ADDRESSED.sub("", text)  # "Madam Speaker, the authorisation ...": who is spoken to
    shaped = listed or shaped_title(text, page, earlier[-1] if earlier else None)
    if shaped is not None:
        return shaped, False
    part = _SPEAKER_S_PART.search(text)
    if part is not None:  # '"We were brave," said manager Tessa Grange, appointed in 2023.'
        told = clean(BEFORE_DATE.sub("", f"{part['who']} was {part['part']}"))
        return cut(told[:1].upper() + told[1:]), False
    then = _FACT_AFTER_WHEN.search(text)
    fact = None if then is None else then["fact"] or then["cleft"]
    if then is not None and then["fact"] and WAITED_UNTIL.search(text, 0, then.start("fact")):
        fact = None  # "was not authorised until 1792, when ...": the authorising is 1792's
    if fact and then is not None and (last_it := re.search(r"\bit(?=\W*$)", fact)):
        # "A weight limit will stay in place until 2 June, when the council expects to lift
        # it": what is lifted is the limit (only a subject that stays as it is till then: not
        # "Ellis held the record until 1998, when Okafor broke it", the record)
        stays = _STAYS.search(text, 0, then.start()) is not None
        held = subject_of(text[: then.start()]) if stays else None
        if held:
            fact = fact[: last_it.start()] + re.sub(r"^(?:A|An|The)\b", "the", held)
    if fact is not None and not PRONOUN.match(fact.capitalize()):
        # "charged from 1610 until 1878, when the county bought the bridge": 1878's own fact
        # (not "ran the firm until 1974, when it was acquired": whose "it" the clause says)
        told = clean(fact)
        return cut(told[:1].upper() + told[1:]), False
    text = re.sub(r"^\d{4}\s*[:–—]\s+", "", text)  # "2022: protests in January": a list's heading
    text = _ROW_WEEKDAY.sub("", text)
    # "ADDITIONAL DETAILS...Warming centers will open", "...Wind chill watch in effect":
    # an advisory's field label and a headline's dots
    text = re.sub(r"^(?:[A-Z][A-Z /]{2,30})?\.\.\.\s*(?=\S)", "", text)
    # "[Editor's note: the civil hospital ... was closed in July 1856.]": a note's label
    note = re.match(r"[\[(](?:[\w’']+\s+){0,2}[\w’']+:\s+(?=\w)", text)
    text = re.sub(r"[.\s]*[\])]\s*$", ".", text[note.end() :]) if note else text
    # "2024 was a year of renewal", "1998 saw the opening of ...": the date is the subject,
    # what is said of it the title.
    text = re.sub(rf"^{_OWN}\s+(?:was|is|saw|brought|marked)\s+(?=[a-z])", "", text)
    # "Their advice is that temporary repairs can be completed by [Sunday]": what is advised,
    # ahead (not a claim told as past, "Our position is that the notice was served on [3 May]")
    text = re.sub(
        r"^(?:[\w’'-]+\s+){0,6}?(?:advice|view|hope|expectation|understanding|belief|assessment|"
        r"position|forecast|estimate)\s+(?:is|was)\s+that\s+(?!of\b)"
        rf"(?=[^,;]*\b(?:can|could|will|would|should|may|might|must)\b[^,;]*{_OWN})",
        "",
        text,
    )
    # "One entry is partly illegible; the year appears to be [1666]": the year is the
    # clause before's
    text = re.sub(
        rf";\s+the\s+(?:year|date)\s+(?:\w+\s+){{0,3}}?(?:is|was|be)\s+{_OWN}", _OWN, text
    )
    # "Our partnership, in place since [2016], was renewed on [14 November]": a state the
    # subject has been in since another date is an aside.
    text = re.sub(rf",\s+(?:in|on)\s+\w+\s+since\s+{_OTHER},", "", text)
    # "Harwick Biosystems B.V., a maker of industrial enzymes for the dairy and baking
    # industries, today opened its second plant", "Moss, 34, announced": what the name is
    # or how old, no part of the fact; nor is its ticker ("(Nasdaq Helsinki: KALEV)")
    text = _DESCRIBED.sub(r"\1 ", _without_ticker(text), count=1)
    text = _AGED.sub(
        lambda aged: aged[1] + (", " if _RELATIVE.match(aged.string, aged.end()) else " "), text
    )
    text = _THEN_AGED.sub("", text)  # "hired plaintiff, then 49, as a dispatcher"
    text = _BEING_THE_DAY.sub("", text)  # "on Feb. 2nd next, being Candlemas, with two men"
    text = HEARSAY_ASIDE.sub(" ", text)  # (", it is thought, in 1874": the date's "?" says it)
    decided = _DECIDED_TO.search(text)
    if decided is not None:
        # "against the Respondent's decision of 11 October 2023 to cancel the registration":
        # what was decided that day
        clause = f"{decided['who']} {decided['what']} {decided['to']}"
    else:
        clause = own_clause(text) if own else text
        hidden = SUBJECT_AFTER_PHRASE.match(clause)
        if hidden is not None and _OWN not in hidden.group():
            clause = clause[hidden.end() :]  # "After a year in orbit it came back ...": its subject
    # "..., although some chroniclers give the year as 1698": another account is no part
    clause = re.sub(rf",?\s+(?:although|though|but|while)\s+{OTHER_SOURCES}.*$", "", clause)
    # "open on 2 December, ahead of their launch on 15 March": the launch is the other's
    clause = re.sub(rf",?\s+(?:ahead\s+of|in\s+time\s+for)\s+[^,;]*{_OTHER}.*$", "", clause)
    # (not "was buried two days after.", "came two days after & bled him")
    counted = re.search(_OWN + r"\s*(?![\s&]|and\b)([^,;.]+)", text)
    if counted and re.search(r"\b(?:after|before)$", sentence[own[0][0] : own[0][1]]):
        clause = counted[1]  # "..., two days after an accident at X": the accident's date
    position = text.find(clause)
    # A clause put together ("Its line produced...") may stand for the sentence's subject.
    before = [text[:position]] if position > 0 else [text] if position < 0 else []
    greeting = SALUTATION.match(clause)  # "My Lord, We begun the Hay harvest": who writes
    before = before or ([greeting.group()] if greeting else [])
    attribution = ATTRIBUTION.search(clause)
    if attribution is not None and _OWN in clause:
        said = attribution.group()
        clause = clause[: attribution.start()]
        if _OWN in said:
            # "..., their union said on Sunday": the date is the statement's, so is the title.
            speaker = re.match(
                r",\s+(?P<who>(?:the|a|an|its|their|his|her|[A-Z])[^,]*?)\s+"
                rf"(?:said|says|announced|reported|told|noted|added|stated|{SAID_TOO})\b",
                said,
            )
            if speaker is not None and clausal(clause):
                who = re.sub(r"^(?:its|their|his|her)\s+", "the ", speaker["who"], flags=re.I)
                clause = f"{who} said {clause[:1].lower() + clause[1:]}"
    # "the 2022 Winter Olympics": a date that names what follows goes, its article stays.
    clause = re.sub(rf"\b((?:the|its|their|this|a|an)\s+){_DATES}\s+(?=[A-Za-z])", r"\1", clause)
    clause = re.sub(
        rf"(?:^|\b(?:[Tt]he|[Tt]his)\s+){_DATES}['’]s\s+", "the ", clause
    )  # "Next year's race"
    # (another day's, in what is reported: "confirmed on Thursday that Friday's stage")
    clause = re.sub(rf"(?<=\bthat\s)[{_OTHER}]['’]s\s+", "the ", clause)
    # "...for a place in Saturday's final": the date's own fact is the final (and where it is
    # held: "will miss Wednesday's cup tie at Portmoor")
    possessed = re.search(
        # (no more than its place: not "moved Saturday's later games to the evening")
        _OWN + r"['’]s\s+(?P<thing>[\w -]+?(?:\s+(?:at|in|to)\s+(?:the\s+)?[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*){0,2})?)(?=[,;.]|\s+(?:on|at|in)\s|\s+to\s+the\s+(?:evening|"
        r"morning|afternoon|night|weekend)\b|$)",
        clause,
    )
    # (but "won the Cup in Sunday's final": what was done in it)
    done_in = _DONE_IN.search(clause, 0, possessed.start()) if possessed is not None else None
    # (nor who is back for it: "is expected to return for next Saturday's trip to Ledworth")
    back = possessed is not None and _BACK_FOR.search(clause, 0, possessed.start()) is not None
    if possessed is not None and possessed.start() > 0 and done_in is None and not back:
        clause = f"the {possessed['thing']}"
    elif done_in and done_in["out"]:  # (its "on" gone: "abandoned the race on Wednesday's")
        clause = re.sub(rf"(?<=[a-z])(?<!\bin)(?<!\bat)\s+{_DATES}['’]s\s+", " on the ", clause)
    clause = re.sub(rf"\b(?:in|on|at|of)\s+{_DATES}['’]s\s+", "in the ", clause)
    clause = re.sub(rf"\bfor\s+{_DATES}['’]s\s+", "for the ", clause)
    clause = re.sub(rf"\bto\s+{_DATES}['’]s\s+", "to the ", clause)  # "add it to next year's"
    clause = BEFORE_DATE.sub("", clause)
    # "(Beisenov 1979, pp. 40-62)": a citation is no part of the fact.
    # "(register ref. P92/A/1/4, entry 211)": a reference to the record, no part either
    clause = re.sub(
        r"\s*\(([^()]*)\)",
        lambda m: (
            "" if is_citation(m[1]) or re.search(r"\bref\.?\s+[A-Z0-9]+[/\d]", m[1]) else m[0]
        ),
        clause,
    )
    clause = FILLER.sub("", clause.strip())
    shorter = OPENING.sub("", INTRODUCTION.sub("", clause))
    if len(shorter.split()) >= 4:
        clause = shorter
    clause = clean(clause)
    # "The final round is on 12 November": the date gone, the verb needs its place.
    clause = re.sub(r"\s+(?:is|are)$", " takes place", clause)
    clause = re.sub(r"\s+(?:was|were)$", " took place", clause)
    clause = cut(
        named(
            clause[:1].upper() + clause[1:], earlier, "".join(before), subject_of, voice, site=site
        )
    )
    clause = clean(clause)
    lead = earlier[-1].rstrip() if earlier else ""
    if _NO_WORDS.fullmatch(clause) and _A_LEAD.fullmatch(lead) and len(lead.split()) > 3:
        # "(a) from 22:00 on Friday 7 March until 06:00 on Monday 10 March; and", under "...
        # the level crossing will be closed to all road traffic:": the list's lead tells it
        led, for_review = title_of(lead[:-1], (), (), earlier[:-1], voice, page, site=site)
        if not for_review:
            return led, False
    if len(clause.split()) < 2:
        # A stand-in: the sentence's subject and its verb, to be written by hand.
        subject = subject_of(text) or ""
        verb = VERB.search(text, text.find(subject) + len(subject)) if subject else None
        fallback = clean(BEFORE_DATE.sub("", f"{subject} {verb.group() if verb else ''}"))
        stand_in = fallback if len(fallback.split()) >= len(clause.split()) else clause
        stand_in = clean(re.sub(_DATES, "", stand_in))
        return (stand_in[:1].upper() + stand_in[1:]) or UNTITLED, True
    clause = clean(re.sub(_DATES, "", clause))  # no mark of a date is left in a title
    return clause[:1].upper() + clause[1:], False
