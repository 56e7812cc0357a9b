"""Which lines of a paragraph stand as sentences of their own, whatever their stops say: a
letter's place and day, a year over a log's days, a letter's or a bulletin's heading lines, a
card's title in capitals and a table's rows that open on their day (see
:func:`kztimeline.draft.sentences.sentences_of`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kztimeline.draft.cues import MONTH_WORDS, PROGRAMME_WORDS, YEAR_FIGURES
from kztimeline.draft.daylines import stamp_end
from kztimeline.draft.furniture import FIELD_LINE
from kztimeline.draft.head_dates import a_letter_s_day
from kztimeline.draft.letters import SALUTATION, over_a_salutation
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = (
    "IN_CAPITALS",
    "YEAR_SENTENCE",
    "dated_rows",
    "heading_lines",
    "letter_lines",
    "title_lines",
    "year_lines",
)


def letter_lines(text: str, starts: Sequence[int], start: int) -> list[tuple[int, int]]:
    """Where the paragraph's lines that are a letter's place and day stand, from ``start``
    on ("Rouen. 14th Nov. 1916.", "Netley Hospital, Hants. 2nd Jan. 1917.")."""
    lines = [(begin, end) for begin, end in pairwise([*starts, len(text)]) if begin >= start]
    return [
        (begin, begin + len(text[begin:end].rstrip()))
        for begin, end in lines
        if a_letter_s_day(text[begin:end].strip())
    ]


def year_lines(text: str, starts: Sequence[int], start: int) -> list[int]:
    """Where the paragraph's lines that are only a year and head days begin and end, from
    ``start`` on ("1870" over a log's "Mar. 3   4.15 pm   Line to Carbury down."); not a
    sentence's year wrapped onto a line of its own ("arrested in France on July 31, /
    2013."), nor a list's year after its item ("Silas Marner / 1861 / Middlemarch")."""
    ends = [*starts[1:], len(text)]
    befores = [start, *starts[:-1]]  # where the line before each begins: only it is read
    return [
        cut
        for before, line_start, line_end in zip(befores, starts, ends, strict=True)
        if line_start > start
        and _YEAR_LINE.fullmatch(text, line_start, line_end)
        and not _GOES_ON.search(text, max(start, before), line_start)
        and _A_DAY_FIRST.match(text, line_end)
        for cut in (line_start, line_end)
    ]


def heading_lines(text: str, starts: Sequence[int], start: int) -> list[int]:
    """Where the paragraph's lines that head what follows them begin and end, from
    ``start`` on: a letter's place and day and its salutation ("Westhaven Jany 9th / My Dear
    Husband, / I improve this opportunity to write, ..."), a bulletin's stamp in capitals
    over its text ("FLOOD ALERT - issued 14:20 Sunday 12 January 2025 / Tidal flooding of
    ..."), and the field right under a stamp ("Danger level: 3 (considerable)")."""
    lines = [(begin, end) for begin, end in pairwise([*starts, len(text)]) if begin >= start]
    letters = [
        cut
        for (begin, end), (_, after) in pairwise(lines)
        if SALUTATION.fullmatch(text[end:after].strip())
        and over_a_salutation(text[begin:end].strip(), text[end:after].strip())
        for cut in (begin, end, after)
    ]
    stamped = {
        (begin, end, stamp)
        for begin, end in lines
        if (stamp := stamp_end(text, begin, end)) is not None
        and (stamp < end or re.match(r"[A-Z\d]", text[end:]))  # (or "9,400 customers ...")
    }
    stamps = [cut for begin, end, stamp in stamped for cut in (begin, stamp, end)]
    # and a field with no stop right under a stamp ("Danger level: 3" over "Avalanches were ...")
    stamp_starts = {begin for begin, _, _ in stamped}
    fields = [
        field_end
        for (begin, _), (field, field_end) in pairwise(lines)
        if begin in stamp_starts
        and FIELD_LINE.fullmatch(text, field, field_end)
        and re.match(r"\s*[A-Z]", text[field_end:])
    ]
    return [*letters, *stamps, *fields]


def title_lines(text: str, starts: Sequence[int]) -> list[int]:
    """Where a card's or a programme's title in capitals ends, when lines of another kind
    follow it in its first paragraph ("KESTERFOLD SOCIAL DODGEBALL LEAGUE / AUTUMN FIXTURES
    2025 - DIVISION ONE" over "Venue: Kesterfold Leisure Centre"): the title is a sentence of
    its own, not a report's or a court's name."""
    ends = [*starts[1:], len(text)]
    capitals = 0
    for begin, end in zip(starts, ends, strict=True):
        if not IN_CAPITALS.fullmatch(text, begin, end):
            break
        capitals += 1
    title = text[: ends[capitals - 1]] if capitals else ""
    # (whose one year its days take: not "KELBY ROVERS TIMETABLE 2025 FOUNDED 1884")
    card = (
        re.search(rf"\b(?i:{PROGRAMME_WORDS})\b", title) and len(re.findall(r"\d{4}", title)) == 1
    )
    return [ends[capitals - 1]] if card and capitals < len(starts) else []


def dated_rows(text: str, starts: Sequence[int], start: int) -> list[int]:
    """Where a table's rows that open on their day begin, from ``start`` on, when a row
    runs onto a second line ("1   Tue 16 Sep    Ballistics v Dodge Knights ... / Slam Dunkirk
    v Net Results (Court C)" over "2   Tue 23 Sep ..."): each row is a sentence of its own."""
    rows = [begin for begin in starts if begin >= start and _DATED_ROW.match(text, begin)]
    return rows if len(rows) > 1 and len(rows) < len(starts) else []


# A line or a sentence in capitals, a title's: no lower-case letter, a word of three or more
IN_CAPITALS = re.compile(r"[^a-z]*[A-Z]{3}[^a-z]*")
_DATED_ROW = re.compile(  # (a week's number or a short weekday: not prose's "Saturday 14 June")
    rf"\s*(?:\d{{1,3}}\s+(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})|{SHORT_WEEKDAY_PATTERN})\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\b\.?(?!,?\s*\d)\s+\S"
)


# A year alone: on a line of its own ("1870"), or a whole sentence ("1870", "1870.")
_YEAR_ALONE = rf"\s*{YEAR_FIGURES}"
_YEAR_LINE = re.compile(rf"{_YEAR_ALONE}\s*")
YEAR_SENTENCE = re.compile(rf"{_YEAR_ALONE}\.?\s*")
# (or a row's next cell, "1530 | 1620", a date's month, "12-27 September / 2025", "c." or a
# span's dash)
_GOES_ON = re.compile(
    rf"(?:[,(–|£$€]|\d-|\bc\.|\b(?:[a-z]+|[A-Z][a-z]{{2}}\.?\s+\d{{1,2}}|(?:{MONTH_WORDS})\.?))\s*$"
)
# what a log's year heads: a day ("Mar. 3", "Nov. 28", "4th June", "Mon. 4")
_A_DAY_FIRST = re.compile(
    rf"\s*(?:(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\b|"
    rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\s+\d{{1,2}}\b)"
)
