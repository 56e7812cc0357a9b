"""A log's entries that open on their day and a dash ("16.8.2023 - Stuck here by the storm
from 14 to 16 August", "April 2nd. - Sighted Trindade."): the entry's day dates its relative
words, and a fact of the fortnight before it is the entry's own, not the stamp's day."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from kztimeline.draft.article import Article
from kztimeline.draft.cues import MONTH_WORDS
from kztimeline.draft.grammar import matches
from kztimeline.draft.headings import heading_day
from kztimeline.draft.mentions import HOUR_NOTE, Mention, names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.sentences import Sentence
from kztimeline.draft.tense import Tense, tense_at, tense_of
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN
from kztimeline.edtf import parse_date

__all__ = (
    "a_day_alone",
    "counted_from_its_day",
    "day_dash_end",
    "entry_s_opening",
    "log_stamp",
    "stamped_by_its_day",
    "told_at_an_hour",
    "under_stamp",
)

# A paragraph's opening day and a dash: "16.8.2023 - Stuck here by the storm ..."
_STAMP = re.compile(r"(?P<day>[^-–—]{6,30}?)\s*[-–—]\s+(?:\S+\s+){3}")  # and a sentence
_NEAR = 14  # how many days before its stamp an entry's own fact may lie
_DAY_DASH = re.compile(r"(?P<day>[^-–—]{4,30}?)\s*(?:--?|[–—])\s+\S")  # "April 2nd. - Sighted"
# a watch log's row, its day and its hour: "Sat 16 09:00 Met Office outlook: further gale"
_HOUR_ROW = re.compile(
    rf"(?P<day>(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\s+\d{{1,2}})\s+(?:[01]\d|2[0-3]):[0-5]\d"
    r"(?=\s+(?:-\s+)?[A-Z])"
)
_ROW = re.compile(
    rf"(?P<day>[^\d]{{0,12}}\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{MONTH_WORDS}))?\.?)\s+\S"
)


def log_stamp(article: Article, number: int) -> tuple[str, int] | None:
    """The day a log's entry, a paragraph of an undated text that opens on its full day
    and a dash, was written ("9.7.2024 - The new roof, flown in on 2 July, ..."), which
    dates the entry's relative words, and where its words end; not a list's item."""
    sentence = article.sentences[number]
    if not article.opens_paragraph(number) or article.published is not None or sentence.item:
        return None
    return _stamp_of(sentence.text)


def stamped_by_its_day(
    article: Article, number: int, mentions: Sequence[Mention], *, logged: bool = False
) -> str | None:
    """The day a log's entry opens on and a dash, found with the year the entries before
    give it ("April 2nd. - Sighted Trindade." after "March 17th, 1847. - ..."), which dates
    the relative words of the sentences after it; in a paragraph already ``logged``, also a
    row of a log's table that opens on its day ("Thurs 10th 47.12 N 9.40 W NW Strong
    gales"); else ``None``."""
    text, first = article.sentences[number].text, mentions[0] if mentions else None
    if first is None or first.start > 0 or not names_a_day(first.value):
        return None
    opens = article.opens_paragraph(number) and not article.sentences[number].item
    stamp = _HOUR_ROW.match(text) or _DAY_DASH.match(text) or (_ROW.match(text) if logged else None)
    if not (opens or logged) or article.published is not None or stamp is None:
        return None
    if heading_day(text, mentions) is not None:  # "Mon 5 May - Tournon": a heading
        return None
    return first.value if len(stamp["day"]) <= len(first.text) + 2 else None


def day_dash_end(text: str) -> int:
    """Where an entry's opening day and dash end ("Saturday 14th. - Miss Greaves ..."), so
    that no title keeps them, nor a log row's ("Apr. 21  River rose on the 19th"); 0 when
    it opens otherwise."""
    if (hour_row := _HOUR_ROW.match(text)) is not None:
        return hour_row.end()  # "Sat 16 09:00 Met Office outlook": a watch log's day and hour
    row = _ROW.match(text)
    match = _DAY_DASH.match(text) or (row if row and re.search(MONTH_WORDS, row["day"]) else None)
    if match is None:
        return 0
    # (one day, all of what stands before the dash, as the grammar reads it: not a
    # release's number, "## 4.2.0 - 2024-05-06", nor a life's years, "Ivo Brandt (c. 1640")
    found = matches(match["day"], None)
    whole = len(found) == 1 and found[0].start == 0 and len(match["day"]) <= found[0].end + 2
    # (or with its weekday and its feast after it: "Jan. 6. Tues. Epiphany. - Churchwardens")
    whole = whole or (
        len(found) == 1
        and found[0].start == 0
        and _WEEKDAY_AFTER.fullmatch(match["day"], found[0].end) is not None
    )
    # (or only the rest of the day's heading, under it: "Jan. 3." over "Sat. - Hard frost.",
    # "Tues." over "Epiphany. - Churchwardens met")
    whole = whole or (not found and _REST_OF_HEADING.fullmatch(match["day"]) is not None)
    return match.end() - 1 if whole else 0


_A_WEEKDAY_AFTER = rf"[.,]?\s+(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})"  # "Jan. 6, Tues."
# (and its feast, or a name, after it: "Jan. 6. Tues. Epiphany.")
_WEEKDAY_AFTER = re.compile(rf"{_A_WEEKDAY_AFTER}(?:\s+(?:[A-Z][a-z]+\s*){{1,3}})?\.?")


def entry_s_opening(text: str, mention: Mention | None) -> tuple[int, int] | None:
    """Where the opening day and dash of an entry lie that no title keeps, when the date
    read is another ("Saturday 14th. - Miss Greaves leaves us on the 20th"), or only its
    weekday when the date read is that day ("Jan. 5th, Mon. - Returned"); else ``None``."""
    dash = day_dash_end(text)
    if not dash:
        return None
    if mention is None or mention.start:
        return 0, dash
    # (its weekday alone, to the dash: not a name after it, "Mar. 6th, Tues. Wm Jones - Fever")
    weekday = _WEEKDAY_ONLY.match(text, mention.end)
    if weekday is None:
        return None
    return mention.end, (dash if not text[weekday.end() : dash].strip(" -–—") else weekday.end())


_WEEKDAY_ONLY = re.compile(rf"{_A_WEEKDAY_AFTER}\b\.?")
_REST_OF_HEADING = re.compile(
    rf"(?:{WEEKDAY_PATTERN}\.?|{SHORT_WEEKDAY_PATTERN})(?:\s+[A-Z][a-z]+\.?){{0,2}}|"
    # (or a feast's name alone: not a name's, "Turner. - Born in London in 1775")
    r"(?:Epiphany|Candlemas|Michaelmas|Martinmas|Lammas|Christmas|Easter|Whitsun(?:day)?|"
    r"Pentecost|Ascension|Trinity|Advent|Lent)\."
)


@lru_cache(maxsize=256)
def _stamp_of(text: str) -> tuple[str, int] | None:
    match = _STAMP.match(text)
    if match is None:
        return None
    found = find_dates(match["day"])
    if len(found) != 1 or found[0].start > 0 or not names_a_day(found[0].value):
        return None
    return (found[0].value, found[0].end) if re.search(r"\d{4}", found[0].text) else None


def counted_from_its_day(
    text: str, first: Sequence[Mention], again: list[Mention], day: str
) -> tuple[list[Mention], set[int]]:
    """The mentions of an entry that opens on its own ``day`` ("Thurs. Mar. 3rd. - ..."),
    read ``again`` with its relative words counted from that day (``first``: as read before,
    from the day of the entry before it), and where those relative words start. Each is
    kept when it lies after the day, or is told in the past ("Heard that old Tom Ayre died
    on Wednesday last"), or is what was done to a thing by someone ("named by the Commodore
    on Thursday"); a weekday before the day in a clause not in the past ("Tom comes on
    Monday", still to come), or one that only owns a thing ("Sunday's sermon much talked
    of", "Last week's storm"), is left out."""
    before = {(mention.start, mention.value) for mention in first}
    recounted = {mention.start for mention in again if (mention.start, mention.value) not in before}
    entry = date.fromisoformat(day)
    kept = [
        mention
        for mention in again
        if mention.start not in recounted
        or (
            not _OWNS.match(text, mention.end)
            and (
                parse_date(mention.value.rstrip("~?")).known_first_day > entry
                or tense_at(_its_clause(text, mention.start), mention.start) is Tense.PAST
                or _DONE_BY.search(text, 0, mention.start) is not None
            )
        )
    ]
    return kept, recounted


_OWNS = re.compile(r"['’]s\b|\s+week\b")  # "Sunday's sermon", "Last week's storm", "Monday week"


def _its_clause(text: str, at: int) -> str:
    """``text`` with the clauses before the one at ``at`` blanked out, so that a tense is
    read in its own clause ("Mails landed on Tuesday; we sail on Saturday")."""
    start = text.rfind(";", 0, at) + 1
    return " " * start + text[start:]


# what was done to a thing the entry names, by someone: ", christened by the President on"
_DONE_BY = re.compile(r"\b(?:[a-z]{2,}ed|[a-z]+en)\s+by\s+[^,;]{1,40}$")


def under_stamp(
    mentions: list[Mention], stamp: str, text: str, recounted: Collection[int] = ()
) -> list[Mention]:
    """An entry's mentions without its stamp's day when another of its dates holds that
    day or lies in the fortnight before: the entry tells of that date ("16.8.2023 - Stuck
    here by the storm from 14 to 16 August 2023"); or in the fortnight after, in the
    entry's first clause (``text``'s): "Saturday 14th. - Miss Greaves leaves us on the
    20th, and ..." tells of the 20th, still to come (not "Ferry cancelled; next sailing on
    20 August"). A day counted from the stamp's (at ``recounted``: "Buried old Sarah Platt,
    who died on Tuesday last") leaves the entry its own day."""
    day = date.fromisoformat(stamp)
    opening = next((m.end for m in mentions if m.value == stamp and m.start == 0), 0)
    first_clause = _FIRST_CLAUSE_END.search(text, opening + 2)
    clause_end = first_clause.start() if first_clause else len(text)

    def told(mention: Mention) -> bool:
        if ".." in mention.value or mention.start in recounted:
            return False
        other = parse_date(mention.value.rstrip("~?"))
        return other.known_first_day <= day <= other.known_last_day or (
            0 < (day - other.known_last_day).days <= _NEAR
        )

    def ahead(mention: Mention) -> bool:
        return (
            ".." not in mention.value
            and names_a_day(mention.value.rstrip("~?"))  # (or roughly: "on or about the 20th")
            and 0 < (date.fromisoformat(mention.value.rstrip("~?")) - day).days <= _NEAR
            and mention.end <= clause_end
            # (not "Sailed from Leith for Bergen, where we arrive on the 6th", nor "Letter
            # from Mother saying she comes on the 16th": the entry's day has its own fact)
            and not _TOLD_ELSEWHERE.search(text, opening, mention.start)
            and tense_of(text[opening:clause_end]) is not Tense.PAST
        )

    rest = [m for m in mentions if m.value != stamp or m.start > 0]
    if any(told(m) for m in rest):
        return rest
    if any(ahead(m) for m in rest):
        return [replace(m, planned=True) if ahead(m) else m for m in rest]
    return mentions


_TOLD_ELSEWHERE = re.compile(
    r",|\b(?:where|which|who|when|that|saying|says|writes|wrote|for|letter|note|word)\b", re.I
)
_FIRST_CLAUSE_END = re.compile(
    r";|,\s+(?:and|but|while|so)\s|\.\s|\s+and\s+(?=(?:the|a|an|it|he|she|they|we|I)\s)"
)


def lists_of_days(article: Article) -> dict[int, str | None]:
    """The sentences that are entries of a list whose entries are each only a day, with a
    note in brackets at most ("Coming up" over "Saturday 5 April", "Saturday 3 May", ...):
    each day is an event of its own, not a heading of what follows. Each comes with its
    title, the name of the list from the nearest line above that names what it lists
    ("Market dates 2025", not "Coming up") and the day's note ("Market (with the Cheese
    Awards)"), or ``None`` when no line names it. One pass over the article."""
    sentences = article.sentences
    notes = [_day_alone(sentence) for sentence in sentences]
    lists: dict[int, str | None] = {}
    name: str | None = None
    for index, (sentence, note) in enumerate(zip(sentences, notes, strict=True)):
        if note is None:
            if len(sentence.text) <= _NAME_LINE and _NAMES_A_LIST.fullmatch(sentence.text):
                name = _NAME_TAIL.sub("", sentence.text)
            continue
        after = notes[index + 1] if index + 1 < len(notes) else None
        if (index and notes[index - 1] is not None) or after is not None:
            lists[index] = f"{name} {note}".strip() if name else None
    return lists


def _day_alone(sentence: Sentence) -> str | None:
    """The note of an entry that is only a day ("Saturday 7 June (with the Cheese Awards)"
    gives "(with the Cheese Awards)", "Saturday 5 April" ""), or ``None`` for any other."""
    if not sentence.item or len(sentence.text) > _NAME_LINE:
        return None
    found = matches(sentence.text, None)
    if len(found) != 1 or _NOTHING.fullmatch(sentence.text, 0, found[0].start) is None:
        return None
    note = _A_NOTE.fullmatch(sentence.text, found[0].end)
    return None if note is None else (note["note"] or "")


_NAME_LINE = 80  # the longest line read as a list's name or a day alone with its note
_NOTHING = re.compile(r"\W*")
_A_NOTE = re.compile(r"\W*(?P<note>\([^()]*\))?\W*")
# a line that names what a list lists ("Market dates 2025"), not one that only says the
# list is of what is to come ("Coming up", "Next sessions", "Dates")
_NAMES_A_LIST = re.compile(
    r"(?!(?i:(?:next|upcoming|coming|forthcoming|future|further|more|our|the|dates?|sessions?|"
    r"events?|meetings?|up|what[’']s\s+on)\b\W*)+$)[A-Z][^.!?·|\d]{2,60}(?:\s+\d{4})?"
)
# what the name of one day's entry leaves: the list's year, its "dates" ("Market dates 2025")
_NAME_TAIL = re.compile(r"(?:\s+(?:dates|days|fixtures))?(?:\s+\d{4})?$")


# a 24-hour clock's time something was done at: "issued a tsunami advisory at 03:25"
# (not a state's "was at 06:42", a race time's "12:31:04", a height's "2100 m", a price's "12.45")
_AT_AN_HOUR = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )\bat\s+(?:[01]\d|2[0-3]):[0-5]\d\b(?!:\d)"
)
# a sentence whose hours are not of the stamp's day: told as said or heard, a habit, another
# day's or the night's ("The warden said the ferry always left at 07:30 in the old days")
_NOT_THAT_DAY = re.compile(
    r"\b(?:said|says|told|heard|recalled|remembered|usually|always|traditionally|every|once|"
    r"old\s+days|those\s+(?:days|years)|yesterday|overnight|night)\b"
)
# a clause of what had been done before the entry's day, or of another day's hour ("the count
# began at 23:15 on the night", after "Polls closed last Thursday")
_HAD = re.compile(
    r"\bhad\s+(?:been\s+)?[a-z]+\b|\b(?:on\s+the\s+night|that\s+(?:night|evening|morning|day)|"
    r"the\s+(?:night|day|evening)\s+before|previous|earlier|yesterday|last)\b"
)


def told_at_an_hour(
    text: str, mentions: list[Mention], day: date | None, stamp: str
) -> list[Mention]:
    """The mentions of ``text``, a sentence of a bulletin's entry under its ``stamp`` of
    ``day``, with one of that day for each hour told in the past in a clause that names no
    date of its own: "The Coastal Warning Centre issued a tsunami advisory at 03:25 and
    cancelled it at 04:40" under "Update 1 — 19 January 2025" (two), "... at km 12; the road
    was closed at 08:30" after "On Monday morning". Not in the entry's first sentence, which
    the heading's day dates whole; not a time a state is at ("Sunset was at 18:49"), an
    hour after the stamp's own (the night before a morning's update), nor one told as said,
    as a habit or of another day ("the ferry always left at 07:30", "Yesterday ...")."""
    dated_whole = any(not mention.text for mention in mentions)  # (the heading's own mention)
    if day is None or dated_whole or _NOT_THAT_DAY.search(text):
        return mentions
    value = day.isoformat()
    if any(mention.value != value for mention in mentions):
        return mentions  # another day told in it: "reported at 08:10 on Saturday; officers ..."
    issued = re.search(r"\b([01]?\d|2[0-3]):([0-5]\d)\b", stamp)  # (its hour: "16:00")
    issued_at = f"{int(issued[1]):02d}:{issued[2]}" if issued else None
    added: list[Mention] = []
    begin = 0
    for clause in re.split(r"(?<=;)", text):
        end = begin + len(clause)
        if not any(begin <= m.start < end for m in mentions):
            for hour in _AT_AN_HOUR.finditer(text, begin, end):
                past = tense_at(text, hour.start()) is Tense.PAST
                later = issued_at is not None and hour[0][-5:] > issued_at
                if past and not later and not _HAD.search(text, begin, end):
                    notes = (HOUR_NOTE,)
                    added.append(Mention(hour.start(), hour.end(), hour[0], value, notes=notes))
        begin = end
    return sorted([*mentions, *added], key=lambda mention: mention.start)


def a_day_alone(article: Article, number: int) -> bool:
    """Whether the sentence at ``number`` is a day of the month alone opening its line in a
    diary's paragraph ("5th." over "Snow, a foot deep." under "Janry 3d. ..."), which opens
    an entry as a paragraph does; not the pence of a sum on the line ("1s. 3d.")."""
    sentence = article.sentences[number]
    if _DAY_OF_THE_MONTH_ALONE.fullmatch(sentence.text) is None:
        return False
    return number == 0 or article.sentences[number - 1].line < sentence.line


_DAY_OF_THE_MONTH_ALONE = re.compile(r"(?:The\s+)?\d{1,2}(?:st|nd|rd|th|d)\.?")
