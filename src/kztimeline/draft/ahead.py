"""Texts that look ahead: a programme, a season's brochure, a school's term dates, a call for
papers. Such a text, undated, was written after the last thing it tells in the past and
before what it announces, so its dates after that, not told in the past, are plans (a
dated text's are already: see :func:`kztimeline.draft.qualifiers.planned`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from kztimeline.draft.cues import HEADING_LINE, KEPT_AS_IT_HAPPENS
from kztimeline.draft.grammar import WEEKDAY_NOTE
from kztimeline.draft.mentions import Mention
from kztimeline.draft.qualifiers import tense_of_a_date
from kztimeline.draft.resolve import NAMED_BEFORE
from kztimeline.draft.tense import Tense
from kztimeline.draft.title_year import LEAGUE_YEAR
from kztimeline.edtf import parse_date

__all__ = ("coming_up", "deadlines_gone", "looks_ahead", "plans_ahead", "timetable_at")

# What a text that announces is called, in its heading: "Festival of Early Music 2026 /
# Programme", "Season 2025/26", "Term dates 2026-27", "CALL FOR PAPERS", "2025 RACE CALENDAR".
_AHEAD_WORDS = (
    r"programmes?|programs?|line-?up|season|term dates|call for (?:papers|proposals|"
    r"abstracts|submissions)|schedule|timetable|fixtures|what[’']s on|brochure|"
    # (a calendar of what a club holds, "2025 RACE CALENDAR"; not a historian's "Calendar of
    # the Great War, 1914", "CALENDAR 1966")
    r"(?:race|racing|concert|fixtures?|events?|club|social|walks?|competition|sailing)"
    r"\s+calendar"
)
_AHEAD = re.compile(rf"\b(?:{_AHEAD_WORDS})\b", re.IGNORECASE)
# (right before or after its year: "Season 2025-26", "2026 Programme")
_AHEAD_YEAR = re.compile(
    rf"\b(?:{_AHEAD_WORDS})\s+\d{{4}}(?:[-/–]\d{{2,4}})?\b|"
    # (not a season told of: "Harwell Town FC and the 1966 season: promotion, a cup run")
    rf"(?<!\bthe\s)\b\d{{4}}(?:[-/–]\d{{2,4}})?\s+(?:{_AHEAD_WORDS})\b",
    re.IGNORECASE,
)
# A heading that looks back: "Season 1997/98 in review", "Programme history", a record kept
# as things happen ("Captain's Log - Season 2025"; not "Journal club", "minutes of meetings").
_LOOKS_BACK = re.compile(
    # (not a body's name: "Tarnbrook Local History Society - Lecture Programme 2025-2026")
    r"\b(?:review|history(?!\s+(?:society|group|club|trust|association|centre)\b)|report|"
    rf"results|recap|archive|past\s+events|(?:{KEPT_AS_IT_HAPPENS})"
    r"(?!\s+(?:club|group|society|of)\b))\b",
    re.IGNORECASE,
)


def looks_ahead(title: str | None, opening: Sequence[str]) -> bool:
    """Whether a text headed by ``title`` and ``opening`` (its first lines) announces: a
    short line of the head names a programme, a season, a schedule."""
    # (or a league's card: "SUMMER LEAGUE 2025 - DIVISION ONE FIXTURES")
    # (or a head run into its first sentence: "CORROW & DISTRICT GIN RUMMY LEAGUE Division One -
    # Fixtures 2025-26 All matches on Thursdays, 7.45 pm start.")
    run_on = opening and re.match(r"[A-Z][A-Z&'’. -]{5,}\s", opening[0])  # (a head in capitals)
    head = title or (opening[0][:HEADING_LINE] if run_on else "")
    ahead = _AHEAD_YEAR.search(head) or (title and LEAGUE_YEAR.search(title))
    if ahead and _LOOKS_BACK.search(head) is None:
        return True  # a long head's "Season 2025-26", among the society's other lines
    return any(
        _AHEAD.search(line) is not None and _LOOKS_BACK.search(line) is None
        for line in (title or "", *opening)
        if len(line) <= HEADING_LINE and not line.rstrip().endswith((".", "!", "?"))
    )


def timetable_at(sentences: Sequence[str], alone: Callable[[int], bool]) -> int | None:
    """The index of the first of ``sentences`` that, a paragraph of its own (``alone``),
    heads a timetable in capitals ("TIMETABLE" over "Thu 14 Aug 18:00 Registration closes";
    not a story's "Programme" over what was held, nor a decision's "Schedule of events"), or
    ``None``."""
    return next(
        (n for n, line in enumerate(sentences) if _TIMETABLE_HEADING.fullmatch(line) and alone(n)),
        None,
    )


_TIMETABLE_HEADING = re.compile(
    r"\W*(?:PROVISIONAL\s+)?(?:PROGRAMME|PROGRAM|TIMETABLE|SCHEDULE)\W*"
)


def _told_in_the_past(
    sentences: Sequence[str], found: Sequence[list[Mention]]
) -> tuple[list[list[bool]], date]:
    """Whether each of ``found`` (the mentions of each of ``sentences``) is told in the past,
    and the last day of the latest date so told."""
    past = [
        [
            tense_of_a_date(outside(m.start), m.start, m.value) is Tense.PAST
            # (or a body's start: "ST BRANNOCK WHIST CLUB / Founded 1947 - Members of ...")
            or _FOUNDED.search(sentence, max(0, m.start - 20), m.start) is not None
            for m in mentions
        ]
        for sentence, mentions in zip(sentences, found, strict=True)
        for outside in (_outside_notes(sentence),)
    ]
    now = max(
        (
            parse_date(m.value).known_last_day
            for mentions, told in zip(found, past, strict=True)
            for m, was in zip(mentions, told, strict=True)
            if was
        ),
        default=date.min,
    )
    return past, now


def _outside_notes(sentence: str) -> Callable[[int], str]:
    """For a date at a position in ``sentence``, the sentence with its notes in brackets
    blanked out, but the one the date stands in and those that tell a result: "Tue 12 Nov
    KNOCKOUT CUP, ROUND 1 (draw made at the AGM)" is a coming round, whatever its note says
    was done. One text a note, made once: every date of a long sentence reads the same text
    (whose tense markers :mod:`~kztimeline.draft.tense` keeps), not a copy of its own."""
    notes = [note.span() for note in _NOTE.finditer(sentence) if not _RESULT.search(note[0])]
    if not notes:
        return lambda _: sentence
    blanked = _NOTE.sub(
        lambda note: note[0] if _RESULT.search(note[0]) else " " * len(note[0]), sentence
    )
    texts: dict[int, str] = {}

    def text_at(position: int) -> str:
        at = bisect_right(notes, (position, len(sentence))) - 1
        if at < 0 or position >= notes[at][1]:
            return blanked
        if at not in texts:  # (the date's own note kept)
            start, end = notes[at]
            texts[at] = f"{blanked[:start]}{sentence[start:end]}{blanked[end:]}"
        return texts[at]

    return text_at


_NOTE = re.compile(r"\([^()]*\)")
_FOUNDED = re.compile(r"(?<!\bbe )(?<!\bbeen )\b(?i:founded|established|est\.|formed)\s+$")
# a note that tells a result: "(lost by 4 wickets)", "(won 3-1)", "(played at Kessel)"
_RESULT = re.compile(r"\b(?:won|lost|drew|beat|beaten|played|abandoned|\d+-\d+)\b", re.IGNORECASE)


# A term set in the past, no duty still due: "The contract required the work to be completed"
# (not "The council must complete the repairs", "is to repay")
_SET_IN_THE_PAST = re.compile(
    r"^(?!.*\b(?:must|shall|will|should|is|are|has|have)\b).*\b(?:required|ordered|agreed|set|"
    r"fixed|gave|allowed|was|were|had)\b"
)


def deadlines_gone(sentences: Sequence[str], found: Sequence[list[Mention]]) -> list[list[Mention]]:
    """``found`` with a deadline of an undated text no longer planned when the text tells
    of a later day in the past: "The contract required the work to be completed no later
    than June 15, 2021", in an opinion that goes on to "Brandt filed suit on January 18,
    2022", tells of a term long run."""
    now = _told_in_the_past(sentences, found)[1]
    return [
        [
            replace(m, planned=False)
            # (a term told in the past, "required", not a duty still due: "must complete")
            if m.planned
            and m.value.startswith("..")
            and parse_date(m.value).known_last_day < now
            and _SET_IN_THE_PAST.search(sentence, 0, m.start) is not None
            else m
            for m in mentions
        ]
        for sentence, mentions in zip(sentences, found, strict=True)
    ]


def plans_ahead(sentences: Sequence[str], found: Sequence[list[Mention]]) -> list[list[Mention]]:
    """``found``, the mentions of each of ``sentences``, with a date after the last one told
    in the past and not told in the past itself marked planned ("Booking opened on 2
    February 2026." before "Saturday 4 July 2026, 19:30 - Opening concert")."""
    past, now = _told_in_the_past(sentences, found)
    return [
        [
            replace(m, planned=True)
            if not (was or m.planned or m.value.endswith("/.."))
            and parse_date(m.value).known_first_day > now
            # "(first performance: Dublin, 13 April 1742)": a note in brackets tells history
            and sentence[: m.start].count("(") <= sentence[: m.start].count(")")
            else m
            for m, was in zip(mentions, told, strict=True)
        ]
        for sentence, mentions, told in zip(sentences, found, past, strict=True)
    ]


# A section of what is to come: "Coming up", "Dates for your diary", "Looking ahead".
_COMING = re.compile(
    r"\W*(?i:coming up|coming soon|still to come|upcoming(?:\s+(?:events|dates))?|looking ahead|"
    r"forthcoming(?:\s+events)?|dates for (?:your|the) diary|diary dates|what[’']s next|"
    r"future (?:events|dates)|next steps)\W*"
)
# what looks back, even there: "Many thanks to everyone at the pancake party on Tuesday"
_THANKS = re.compile(r"\b(?:thanks|thank you|congratulations|well done)\b", re.IGNORECASE)


def coming_up(
    sentences: Sequence[str],
    heads: Sequence[bool],
    found: Sequence[list[Mention]],
    published: date | None = None,
) -> list[list[Mention]]:
    """``found`` with each date under a section headed by what is to come ("Coming up")
    looked at again (:func:`_looked_ahead`). ``heads`` says which of ``sentences`` head a
    section; the next one ends it."""
    ahead, marked = False, []
    for sentence, head, mentions in zip(sentences, heads, found, strict=True):
        if head:
            ahead = _COMING.fullmatch(sentence) is not None
        marked.append([_looked_ahead(sentence, m, published) if ahead else m for m in mentions])
    return marked


def _looked_ahead(sentence: str, mention: Mention, published: date | None) -> Mention:
    """``mention`` under a heading of what is to come: a weekday counted forward from the
    publication when not told in the past ("a training session on Saturday"), the one ahead,
    and planned; a day that took its year from a date before the section, the year before
    the publication ("Studio closed 13-19 October", after "our tenth birthday on 15 March
    2024"), of the publication's year when still to come."""
    if any(WEEKDAY_NOTE in note for note in mention.notes):
        return _forward(sentence, mention)
    if published is not None and any(NAMED_BEFORE in note for note in mention.notes):
        return _year_ahead(sentence, mention, published)
    return mention


_POSTED_LATE = 62  # the days after an event a notice of it may still be posted
_EDTF_DAYS = re.compile(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?")  # a day, or a run of days


def _year_ahead(sentence: str, mention: Mention, published: date) -> Mention:
    if _EDTF_DAYS.fullmatch(mention.value) is None or _THANKS.search(sentence):
        return mention
    if tense_of_a_date(sentence, mention.start, mention.value) is Tense.PAST:
        return mention
    if "-02-29" in mention.value:
        return mention  # (no such day, maybe, in the year it would move to)
    first = date.fromisoformat(mention.value[:10])
    gap, day = published.year - first.year, first.replace(year=published.year)
    if gap < 1 or (gap > 1 and day < published):
        return mention  # a day gone in the publication's year, of an old bulletin set out again
    # (a few weeks gone: a notice posted late, "Plant sale, 29 March" on 5 April, that year's;
    # or of the year before, "Carol service, 20 December" on 5 January)
    if gap == 1 and day >= published and (published - first).days <= _POSTED_LATE:
        return mention
    late = day < published and (published - day).days <= _POSTED_LATE
    year = published.year + (day < published and not late)
    value = "/".join(
        f"{year + int(part[:4]) - first.year}{part[4:]}" for part in mention.value.split("/")
    )
    note = f"year from the publication date {published.isoformat()}"
    return replace(mention, value=value, planned=not late, notes=(note,))


def _forward(sentence: str, mention: Mention) -> Mention:
    if tense_of_a_date(sentence, mention.start, mention.value) is Tense.PAST:
        return mention
    if _THANKS.search(sentence):
        return mention
    # the day the weekday was counted from, which its note ends on
    told = next(n for n in mention.notes if WEEKDAY_NOTE in n).rsplit(" ", 1)[-1]
    day = date.fromisoformat(mention.value)
    if day < date.fromisoformat(told):
        day += timedelta(weeks=1)
    return replace(mention, value=day.isoformat(), planned=True)
