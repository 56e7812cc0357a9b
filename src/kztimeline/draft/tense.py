"""The tense that says which way a date without a year lies from the publication date: the
verb that governs the date ("will hold ... on 26 April", "said on Wednesday"), not one in an
aside that tells of the subject's past ("The festival, first held in 1974, returns on 12
July")."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from kztimeline.draft.days_set import (
    ARRANGED,
    CALLED_OF,
    CALLED_OFF,
    CLOSED_HEADING,
    INVITED_TO,
    MOVED_ON,
    MOVED_TO,
    NAME_S_STATE,
    REMANDED_TO,
    SET_FOR,
    STATE_OF_THE_DAY,
    TOLD_TO_BY,
)
from kztimeline.draft.tense_words import (
    AGREED_BY,
    ASKED,
    CLIPPED,
    DAY_BOOK_ROW,
    FUTURE,
    FUTURE_CLAUSE,
    JOINED_PASSIVE,
    OWN_PRESENT,
    PAST,
    PAST_ED,
    PERFECT,
    PLAIN_PAST,
    PRESENT,
    REPORTED_FUTURE,
    a_participle,
)

__all__ = (
    "ASIDE_BODY",
    "ASIDE_HEAD",
    "PAST_PERFECT",
    "Tense",
    "closes_an_opening",
    "clipped_tense",
    "plainly_past",
    "tense_at",
    "tense_of",
    "tense_of_a_day",
    "tense_outside_asides",
)


# ", relegated in 2021," / ", which opened in 1998,": the head of a clause between commas
# that tells of the subject's past, not of the time the sentence's own verb speaks of.
ASIDE_HEAD = (
    r",\s*(?:(?:first|once|later|then|formerly|originally|already)\s+)?(?:who|which|whose|"
    # (not a verb or a word that only ends so: "Kingfisher and Heron, open on 2 December,")
    r"(?!(?:and|but|or|then|when|while|since|after|before|open|happen|listen|often|even|seven|"
    r"eleven|garden|kitchen|women|children|between)\b)[a-z]+(?:ed|en|wn|lt|ught)|"
    # participles that end otherwise: ", first held in 1974,", ", made c. 1740,"
    r"made|sold|held|paid|laid|kept|left|lost|won|born|dug|hung|found|run|set|shut|begun|sent|"
    r"built|done|struck|"
    # a state: ", in place since 2016,", ", on loan since 2019,", ", in charge since June 2021,"
    r"(?:in|on|at)\s+(?:[\w-]+\s+){1,3}?(?=since\b)|"
    # a noun told by its past: ", the family-owned carrier founded in Bremen in 1887,"
    # (its figure's comma no end: ", a 2,400-square-metre wing devoted to coasts,")
    r"(?:the|a|an)\s+(?:[\w-]+(?:,\d{3}[\w-]*)?\s+){1,3}?(?=(?:[a-z]+(?:ed|en|wn)|built|born|"
    r"made)\s)|"
    # a role held over years: ", vicar here from 1989 to 2006," (not a clause of its own:
    # ", and from 15 December electric trains will run ...,")
    # (nor a verb's: ", will rise from 50,000 to 65,000")
    r"(?!(?:and|but|or|will|would|shall|may|might|must|can|could)\b)(?:[a-z]+\s+){1,3}?from(?=\s))"
)
# what an aside holds: a figure's comma closes none ("with 2,600 athletes", "from 50,000")
ASIDE_BODY = r"(?:[^,;]|(?<=\d),(?=\d))*"
_ASIDE = re.compile(rf"{ASIDE_HEAD}{ASIDE_BODY},(?!\d)")
# A sentence's opening phrase, closed by its comma: "After discovery, the trial court ...".
_OPENING_PHRASE = re.compile(
    r"\W*(?:(?:After|Before|During|Following)\b[^,;]*|(?:Meanwhile|However|Later|Then|"
    r"Subsequently|Thereafter|Afterwards|Eventually|Finally)\s*)$"
)
_VERB_AFTER_ASIDE = re.compile(r",\s*(?:was|were|is|are|had|has|have|(?-i:[a-z]+ed))\b", re.I)


def closes_an_opening(sentence: str, comma: int) -> bool:
    """Whether the comma at ``comma`` closes the opening phrase of ``sentence`` and the main
    clause follows it ("After discovery, the trial court granted ..."), not an aside ("After
    Smith, who had led the party since 1998, resigned"; "After the flood, the old mill built
    in 1820, was demolished": a verb after the phrase's own comma)."""
    main = re.match(r",\s*(?:the|a|an|its|their|his|her)\s[^,;]*", sentence[comma:], re.I)
    if main is None or _OPENING_PHRASE.match(sentence[:comma]) is None:
        return False
    return not _VERB_AFTER_ASIDE.match(sentence, comma + main.end())


class Tense(Enum):
    """Which way a sentence looks from its publication date."""

    PAST = "past"
    FUTURE = "future"
    NEUTRAL = "neutral"


# What one is picked, entered or trained for, by name and days: "picked for Hallam Regatta (".
_FOR_AN_OCCASION = re.compile(
    r"\b(?:picked|selected|chosen|named|entered|training|trains|trained|preparing|prepares|"
    r"qualified|qualifies)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*\s*\(\s*$|"
    # or a player's doubt for a day: "He is a doubt for Friday" (not "is fit for Saturday" in a
    # report of the past)
    r"\b(?:is|are)\s+(?:a\s+(?:fitness\s+)?doubt|doubtful)\s+for\s+$"
)
# The past perfect, a story's glance back: "Her keel had been laid on 2 August"
PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b")
# a state after what did it: "stay top after a 7-3 win on" (not "stay for lunch after")
_STATE_AFTER = re.compile(
    r"(?<!\bto )\b(?:stays?|remains?|sits?|lies?)\b(?!\s+for\b)[^,;.]{0,40}\bafter\s+(?:a|an|the|"
    r"their|its|his|her|last)\s+(?:[^,;.]{0,30}?\s)?(?:win|victory|defeat|draw|loss|landslide|"
    r"collapse|crash|fire|flood|storm|accident|derailment|burst|spill|failure|fall)\b[^,;.]{0,40}?"
    r"\s(?:on\s+)?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\b[\w'’-]+")
_SUBJECT_AND_DATE = 4  # "1 April, every patient": the date's words and a subject's
# a reporting verb, before "that" or alone: "said", "heard that" (not "a scheme that would")
_REPORTING = re.compile(
    r"\b(?:said|says|told|(?:heard|learned|ruled|found|agreed|warned)\s+that)\b"
)
# a restrictive relative clause's verb, with no comma before it: "every patient who has"
_WHO = re.compile(r"(?<!,)\s+(?:who|which|that)\s+(?:[a-z]+ly\s+)?$")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b")
# (or a second verb of the same subject: "closed on 11 January and is expected to reopen")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s|;\s|\s(?:and|but)\s+(?=(?:is|are)\b)")
# where a table's row goes on to its next cell: "Penguin Beach – Closed 3 to 14 March – ..."
_CELL_BREAK = re.compile(r"\s[–—|]\s")
_WORD = re.compile(r"[A-Za-z]{2}")
_A_WEEKDAY = re.compile(r"(?:on\s+)?(?:next\s+)?[A-Z][a-z]+day\b")  # (a weekday's way is open)
_ONE_VERB = 12  # how far "is" may stand from the plan's words it goes with ("is scheduled to")
_MARKERS = ((FUTURE, Tense.FUTURE), (PAST, Tense.PAST), (PAST_ED, Tense.PAST))
_PRIORITY = {Tense.FUTURE: 2, Tense.PAST: 1, Tense.NEUTRAL: 0}


@lru_cache(maxsize=64)
def _asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the asides of ``sentence`` (", relegated in 2021,")."""
    return tuple(
        aside.span()
        for aside in _ASIDE.finditer(sentence)
        if not closes_an_opening(sentence, aside.start())
    )


@lru_cache(maxsize=64)
def _markers(sentence: str) -> tuple[tuple[int, int, Tense, int], ...]:
    """The tense markers of ``sentence`` (start, end, tense), each with the end of the
    aside it stands in (past the sentence's end for none). Read once a sentence: every
    date of a long one asks for them."""
    asides = _asides(sentence)
    found = []
    for pattern, tense in (*_MARKERS, (PRESENT, Tense.NEUTRAL)):
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if pattern in (PAST_ED, PAST) and a_participle(sentence, start, end):
                # "will be deliberately deorbited": a passive, its tense in "will"; "will meet
                # residents affected by the floods": a participle of the object
                continue
            # a quadratic walk over markers and asides, once per sentence, not per date
            inside = [close for begin, close in asides if begin < start and end <= close]
            found.append((start, end, tense, min(inside, default=len(sentence) + 1)))
    return tuple(found)


def tense_at(sentence: str, position: int) -> Tense:
    """The tense of the verb that governs a date at ``position`` in ``sentence``.

    That is the nearest tense marker before the date ("will hold ... on 26 April", "said on
    Wednesday"), else the nearest after it ("In March the parliament approved"); a verb in
    the present ("opens", "is hosting") counts as neither way. No marker: neutral.
    """
    if position == 0 and DAY_BOOK_ROW.match(sentence):
        return Tense.PAST  # "Mar. 2 Agreed w. Mr. Coombe to deliver him 30 qrs.": its entry
    if MOVED_TO.search(sentence, max(0, position - 60), position):
        return Tense.FUTURE  # "was adjourned to 22 April": a day set ahead
    if JOINED_PASSIVE.search(sentence, max(0, position - 160), position):
        return Tense.FUTURE  # "will be tested from June and rolled out ... by the end of 2027"
    moved = MOVED_ON.search(sentence, max(0, position - 60), position)
    if moved and tense_of(sentence[position:]) is not Tense.PAST:
        # "has moved the dinner to 21 March" (not "postponed ... to 11 March, went ahead")
        return Tense.FUTURE
    if REMANDED_TO.search(sentence, max(0, position - 60), position):
        return Tense.NEUTRAL  # "remanded in custody to 14 March": the next hearing, near
    state = None if sentence[:position].strip() else STATE_OF_THE_DAY.match(sentence, position)
    if state is not None and tense_of(sentence[state.end() :]) is not Tense.PAST:
        # "24 March to 28 March: closed for new lighting": an entry's state on its days, no
        # past ("Saturday 1 March: the museum closed early", "closed for a pollution alert,
        # reopened the next day" tell one)
        return Tense.NEUTRAL
    heading = CLOSED_HEADING.match(sentence)  # ("Studio closed 13-19 October")
    label = NAME_S_STATE.fullmatch(sentence, 0, position) is not None or (
        heading is not None and heading.end() == position
    )
    if label and tense_of(sentence[position:]) is not Tense.PAST:
        return Tense.NEUTRAL  # "Palm House: closed from 7 to 11 April": a notice's state
    if ASKED.search(sentence, max(0, position - 100), position):
        return Tense.FUTURE  # "If you have paid in advance, please request a refund by 31 January"
    agreed = AGREED_BY.search(sentence, max(0, position - 120), position)
    if agreed is not None and not FUTURE.search(sentence, agreed.start(), position):
        # "all agreed to align their lists by the end of June": a deadline set, the nearest
        # (not the June before an agreement of February; "which is expected to" still ahead)
        return Tense.NEUTRAL
    if _FOR_AN_OCCASION.search(sentence, max(0, position - 60), position):
        # "Crew picked for Hallam Regatta (14-15 June)": what one is picked or trained for
        # lies ahead of it
        return Tense.FUTURE
    markers = _markers(sentence)
    aside = next((span for span in _asides(sentence) if span[0] < position < span[1]), None)
    if aside is not None:
        # "The roof repairs, begun in September, are expected to end by Christmas": a date
        # in an aside of the subject's past is of that past, unless a verb of the aside
        # itself says otherwise (", which will reopen in May,"); an aside of "who" or
        # "which" with no marker reads as neutral after a verb told before it ("said the
        # squad for the games, which take place from 4 to 9 August, would"), else goes on
        # below ("Ann, who turns 60 on 3 June, will retire")
        inner = [m for m in markers if aside[0] <= m[0] and m[1] <= position]
        if inner:
            return max(inner, key=lambda m: (m[1], _PRIORITY[m[2]]))[2]
        relative = _RELATIVE_ASIDE.match(sentence, aside[0]) is not None
        if not relative or any(m[1] <= aside[0] for m in markers):
            return Tense.NEUTRAL if relative else Tense.PAST
    # A verb in an aside closed before the date tells of the subject's past, not of the
    # date: "The festival, first held in 1974, returns on 12 July".
    nearest = _nearest_before(markers, position)
    clause = FUTURE_CLAUSE.search(sentence, max(0, position - 120), position)
    if nearest is not None:
        if clause is not None and (nearest[2] is Tense.NEUTRAL or nearest[1] <= clause.start()):
            return Tense.FUTURE
        if OWN_PRESENT.search(sentence, nearest[1], position):
            # "won on 16 June, and she can clinch it on 20 September": a clause of its own,
            # in the present, not the past of the clause before
            return Tense.NEUTRAL
        # (not a verb of the clause before, when the date opens its own: "was completed in
        # September, and from 15 December trains will run")
        # (but "and on 3 June the union said it would ...": a past said on the day)
        opens = _OPENS_A_CLAUSE.search(sentence, nearest[1], position)
        if opens is None or _after(sentence, position, markers) is not Tense.FUTURE:
            return nearest[2]
        limit = _clause_end(sentence, position)
        told = any(m[2] is Tense.PAST and position <= m[0] < limit for m in markers)
        # (nor a story's "and on 10 June the advance would begin": a future of its past)
        ahead = _PLAIN_FUTURE.search(sentence, position, limit) is not None
        return Tense.FUTURE if ahead and not told else nearest[2]
    if clause is not None:
        return Tense.FUTURE
    return _after(sentence, position, markers)


_PLAIN_FUTURE = re.compile(
    r"\b(?:will|shall)\b|\b(?:is|are)\s+(?:to|due|expected|scheduled|planned)\b"
)
# A new clause that opens on its date: ", and from 15 December", "; on Monday"
_OPENS_A_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?:from|on|in|by|until|at)?\s*$")


def _clause_end(sentence: str, position: int) -> int:
    """Where the clause that holds ``position`` ends: at the next ", and", ", but" or ";"."""
    end = _NEXT_CLAUSE.search(sentence, position)
    return end.start() if end else len(sentence)


def _after(sentence: str, position: int, markers: tuple[tuple[int, int, Tense, int], ...]) -> Tense:
    """The tense of the verb after a date at ``position``, in its own clause."""
    # after the date, only a verb of its own clause, not of an aside ("Thu 16 Oct:
    # Retrospective of X, whose debut was released in 1978,") nor of the next clause ("cut
    # the cedi on Wednesday, ..., and said a review would follow")
    limit = _clause_end(sentence, position)
    after = [
        marker for marker in markers if position <= marker[0] < limit and marker[3] > len(sentence)
    ]
    after.sort(key=lambda marker: (marker[0], -_PRIORITY[marker[2]]))
    who = after and _WHO.search(sentence, max(0, after[0][0] - 20), after[0][0])
    # (after a subject of its own, not the date's: "the power cut on Tuesday that was caused")
    if who and len(_WORDS.findall(sentence, position, who.start())) >= _SUBJECT_AND_DATE:
        # a relative clause's own verbs: "every patient who has waited ... will be offered"
        end, rest = after[0][1], after[1:]
        while rest and rest[0][0] - end <= 1:  # ("has waited", "was rescued")
            end, rest = rest[0][1], rest[1:]
        after = rest or after
    if (
        after
        and after[0][2] is Tense.FUTURE
        and REPORTED_FUTURE.match(sentence, after[0][0])
        and _REPORTING.search(sentence, max(0, after[0][0] - 12), after[0][0] + 5)
        and "," not in sentence[position : after[0][0]]  # (not "on 26 March, when he said")
    ):
        return Tense.PAST  # "On 4 March the woman said she would climb again": the saying's
    if after and after[0][2] is Tense.PAST and _in_the_next_cell(sentence, position, after[0][0]):
        # a past participle in a table's next cell labels the row, no verb of the date's cell
        # ("Penguin Beach – Closed 3 to 14 March – Pool drained"; not an aside's future: "The
        # final – on Saturday – will be played behind closed doors")
        return Tense.NEUTRAL
    if (
        len(after) > 1
        and after[0][2] is Tense.NEUTRAL
        and after[1][2] is Tense.FUTURE
        and after[1][0] - after[0][1] <= _ONE_VERB
    ):
        return Tense.FUTURE  # "May 2026: Test running is scheduled to start": one verb
    return after[0][2] if after else Tense.NEUTRAL


def _in_the_next_cell(sentence: str, position: int, verb: int) -> bool:
    """Whether the verb at ``verb`` stands in the cell after the one that holds the date at
    ``position``, a cell that says what became of its row's thing ("Closed 3 to 14 March"),
    not a bare date between a name and what happened ("Bosworth – 22 August 1485 –
    Richard III killed")."""
    cells = list(_CELL_BREAK.finditer(sentence, 0, position))
    # (or a row that opens on its date: "Wed 25 Dec - Thu 2 Jan – Stanmere tunnel closed")
    row = not cells and _WORD.search(sentence, 0, position) is None
    if not row and (not cells or _WORD.search(sentence, cells[-1].end(), position) is None):
        return False
    return _CELL_BREAK.search(sentence, position, verb) is not None


def _nearest_before(
    markers: tuple[tuple[int, int, Tense, int], ...], position: int
) -> tuple[int, int, Tense] | None:
    """The marker nearest before ``position`` that no aside closed before it holds (the
    stronger tense first when two end together), or ``None``."""
    before = [marker[:3] for marker in markers if marker[1] <= position < marker[3]]
    return max(before, key=lambda marker: (marker[1], _PRIORITY[marker[2]]), default=None)


_DAY_SET = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:set|fixed|chosen|named)\s+$")


def tense_of_a_day(sentence: str, position: int) -> Tense:
    """The tense of the verb that governs a day at ``position`` (:func:`tense_at`), but
    neutral for the day of an event that a verb in the present perfect names ("has called
    both sides to a meeting on March 18", "has announced strikes on 8, 10 and 12 October":
    the day is the event's, and the perfect says nothing of its way), and the future for a
    deadline it sets ("has ordered them to restore services by 20 October": the deadline
    lies after the order) or a day an event is set for ("has called a session for
    Tuesday"). "has approved the plan on 20 June", a translation's past, keeps the past."""
    invited = INVITED_TO.search(sentence, max(0, position - 160), position)
    if (
        invited
        and _A_WEEKDAY.match(sentence, position)
        and tense_of(sentence[position:]) is not Tense.PAST
    ):
        return Tense.FUTURE  # "have been invited to a public meeting ... on Monday"
    tense = tense_at(sentence, position)
    if _DAY_SET.search(sentence, max(0, position - 40), position):
        return Tense.NEUTRAL  # "has now set 1 April as the date": a day set, its way open
    if tense is Tense.NEUTRAL and _STATE_AFTER.search(sentence, max(0, position - 120), position):
        return Tense.PAST  # "Riverside A stay top after a 7-3 win on Tuesday": what led to it
    if tense is not Tense.PAST:
        return tense
    told_to = TOLD_TO_BY.search(sentence, max(0, position - 90), position)
    event = SET_FOR.search(sentence, max(0, position - 40), position)
    called = None if event else CALLED_OF.search(sentence, max(0, position - 90), position)
    if called is not None and tense_of(sentence[position:]) is not Tense.PAST:
        event = called  # (not one then told as held: "..., at which the takeover was approved")
    if not (told_to or event):
        return tense
    if event is not None and event["way"].lower() == "for":
        # "called an emergency meeting for Thursday", "A vote for Tuesday has been set":
        # the day it is set for, unless told as held ("The strike for Monday went ahead")
        told = re.split(r"[,;]", sentence[position:])[0]
        if tense_of(told) is not Tense.PAST or ARRANGED.search(told) or CALLED_OFF.search(told):
            return Tense.FUTURE
    nearest = _nearest_before(_markers(sentence), position)
    perfect = nearest is not None and PERFECT.fullmatch(sentence, *nearest[:2]) is not None
    if not perfect:
        return tense
    assert nearest is not None
    if not told_to and not ARRANGED.search(sentence, nearest[0], nearest[1]):
        return tense  # "The council has held public meetings on 3, 10 and 17 December": done
    # ("has called a special session for Tuesday": the day it was set for lies ahead)
    ahead = told_to or (event is not None and event["way"].lower() == "for")
    return Tense.FUTURE if ahead else Tense.NEUTRAL


def plainly_past(sentence: str, position: int) -> bool:
    """Whether the date at ``position`` is governed by a verb that is surely in the past
    ("was arrested on July 31, 2013"): an auxiliary or an irregular past, and no marker
    of the future nearer to it."""
    markers = [
        (match.start(), match.end(), tense)
        for pattern, tense in ((FUTURE, Tense.FUTURE), (PLAIN_PAST, Tense.PAST))
        for match in pattern.finditer(sentence)
    ]
    before = [marker for marker in markers if marker[1] <= position]
    after = [marker for marker in markers if marker[0] >= position]
    if before:
        return max(before, key=lambda marker: marker[1])[2] is Tense.PAST
    return bool(after) and min(after, key=lambda marker: marker[0])[2] is Tense.PAST


def clipped_tense(sentence: str, position: int) -> Tense:
    """:func:`tense_at`, but the past for a participle with no auxiliary before the date (a
    bound, "to quit by the 25th", is the caller's to leave out)."""
    tense = tense_at(sentence, position)
    if tense is not Tense.NEUTRAL:
        return tense
    # only the date's own clause is read, from its last comma or semicolon: once, not per word
    begin = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position)) + 1
    return Tense.PAST if CLIPPED.search(sentence, begin, position) else tense


def tense_outside_asides(sentence: str) -> Tense:
    """:func:`tense_of` the sentence without its asides: "Corbrith, who sold the ground in
    1995, host Kelmscott on January 11" tells no past of its own."""
    kept, at = [], 0
    for start, end in _asides(sentence):
        kept.append(sentence[at:start])
        at = end
    return tense_of(" ".join([*kept, sentence[at:]]))


def tense_of(sentence: str) -> Tense:
    """Whether ``sentence`` speaks of the future, the past, or cannot tell.

    A future marker (``will``, ``is to``, ``upcoming``, ``next``...) wins over a past one
    (``was``, ``said``, a verb in ``-ed`` that is not an adjective after ``the``).
    """
    if FUTURE.search(sentence):
        return Tense.FUTURE
    if PAST.search(sentence) or PAST_ED.search(sentence):
        return Tense.PAST
    return Tense.NEUTRAL
