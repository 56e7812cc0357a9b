"""What a plain text's layout says before its words are read: the hours that open a log's
lines ("0615  Pilot cutter out of service"), a column of counts or initials at the lines'
right edge (a keeper's "Boats" column, a watch officer's) and an account book's sums ("£212
. 4 . 6", :mod:`~kztimeline.draft.sums`), which no sentence holds, a table
whose columns spaces align under their header, read as one whose cells "|" parts, and a
listing whose entries hang in a column beside their days ("Sat 11 October 2025, 7.30pm
Haydn: The Creation"), read a row to a line; and which lines open a diary's entries on
their days ("Mar 7.  Left Hadley 5 a.m.", a watch log's "Tue 12  0500  Gale warning")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from kztimeline.draft.cues import CLOCK, MONTH_ENDING, MONTH_WORDS, ORDINAL
from kztimeline.draft.doubts import WRITER_S_DOUBT
from kztimeline.draft.key_dates import (
    HANG,
    days_under_a_month,
    ditto_days,
    feasts_named_again,
    leaders,
)
from kztimeline.draft.old_hand import in_plain_words
from kztimeline.draft.relative import HOUR_AND_ENTRY
from kztimeline.draft.sums import without_sums
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = ("COLUMNS", "ENTRY_END", "diary_entries", "laid_out", "listing_rows")

# A log's line opens on its hour in the 24-hour clock: "0615  Pilot cutter out of service".
# (or after its day, in a watch log's columns: "Tue 12  0500  Gale warning No. 41")
_LOG_HOUR = re.compile(
    rf"^(?P<day>(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\s+\d{{1,2}}\s+)?"
    r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s)",
    re.MULTILINE,
)


def _log_hours(text: str) -> str:
    """``text`` with the hours that open a log's lines written with a colon, so that
    "1700  Gale warning received" is read as an hour, not a year: a text is a log when
    three lines or more open on an hour and one of them on an hour no year has (before
    10:00)."""
    hours = [match["hour"] for match in _LOG_HOUR.finditer(text)]
    if len(hours) < 3 or not any(hour.startswith("0") for hour in hours):
        return text
    # (after its day, a dash parts the hour from the entry: "Tue 12  05:00 - Gale warning")
    return _LOG_HOUR.sub(
        lambda match: (
            f"{match['day'] or ''}{match['hour']}:{match['minute']}"
            + (" -" if match["day"] else "")
        ),
        text,
    )


# A line's last cell: a count of up to three digits, or a watch officer's initials, set
# apart by three spaces or more
_COUNT_CELL = re.compile(r"(?<=\S)[ \t]{3,}(?P<count>\d{1,3}|[A-Z]{2,3})[ \t]*$", re.MULTILINE)
_COLUMN = 3  # the fewest lines whose counts, ending at one place, make a column


def _without_count_column(text: str) -> str:
    """``text`` without a column of counts at its lines' right edge ("Frost broke in the
    night. Ice cleared from upper pound and lock       4"): three lines or more whose last
    cell is a small number, right-aligned at one place (give or take a column, as a hand
    lays it out), as a log's or a register's column is. They would be read into the
    sentences beside them ("lock 4 opened to traffic"). A year's column is no count, nor a
    day's after its month ("The Ascension, May  18"): they stay."""
    cells = [
        match
        for match in _COUNT_CELL.finditer(text)
        if not MONTH_ENDING.search(text, max(0, match.start() - 12), match.start())
    ]
    ends = {
        match.start(): match.end("count") - text.rfind("\n", 0, match.start()) for match in cells
    }
    counts = Counter(ends.values())
    column = {
        start
        for start, end in ends.items()
        if counts[end - 1] + counts[end] + counts[end + 1] >= _COLUMN
    }
    if not column:
        return text
    return _COUNT_CELL.sub(lambda match: "" if match.start() in column else match[0], text)


# A web page's table row, its cells joined by dashes (:mod:`kztimeline.draft.webpage`): "Main
# pool (25 m) – Mon 3 March to Fri 7 March – Drain-down and tile repairs"
ROW_OF_CELLS = re.compile(r"\s–\s[^–]*\s–\s")
# A table's header of columns: "Date        Time   Object        Notes".
COLUMNS = re.compile(r"[A-Z][\w()/.]*(?:\s{2,}[A-Z][\w()/.]*(?: [A-Za-z()/.]+)?){2,}")
_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_COUNT = re.compile(r"[\d.,]+%?")  # a table's figure: "50", "1.1", "12%"
_ALIGNED = 1  # how far a row's cell may start from its column's header
_TOTAL = re.compile(r"(?i:(?:grand\s+)?total|subtotal|balance|carried forward|vat)\b")
_WEEKDAY_FIRST = re.compile(rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\b")


def _starts(line: str) -> list[int]:
    """Where each cell of ``line`` starts, cells parted by two spaces or more."""
    indent = len(line) - len(line.lstrip())
    return [indent, *(gap.end() for gap in _GAP.finditer(line))]


def _under(columns: list[int], starts: list[int]) -> bool:
    """Whether each cell that starts at one of ``starts`` starts under one of ``columns``."""
    return all(any(abs(start - column) <= _ALIGNED for column in columns) for start in starts)


def _aligned_tables(text: str) -> str:
    """``text`` with each table whose columns spaces align ("Date    Div   Match" over "Thu
    18 Sep 2025   1   Dunmore A v Castlebeck A") written with "|" between its cells: a
    header of columns over two rows or more, each cell of a row starting under a column's
    header. Its rows are then read as a table's, never run together as one sentence."""
    lines = text.split("\n")
    number = 0
    while number < len(lines):
        header = lines[number]
        if not COLUMNS.fullmatch(header.strip()):
            number += 1
            continue
        columns = _starts(header)
        end = number + 1
        while (
            end < len(lines) and len(starts := _starts(lines[end])) >= 2 and _under(columns, starts)
        ):
            end += 1
        cells = [cell for row in lines[number + 1 : end] for cell in _GAP.split(row.strip())[1:]]
        # (a table of words, not a timetable's hours: "Thu 1 May   0612   1240")
        worded = any(re.search(r"[a-z]{3}", cell) for cell in cells)
        # (or its day in a column of its own, told in the text's words too: "Visit   Date
        # Booming males" over "1   9 Apr   5", under "visits were made on 9 April, ...")
        rows = lines[number + 1 : end]
        days = [[c for c in _GAP.split(row.strip()) if not _COUNT.fullmatch(c)] for row in rows]
        dated = all(len(row) == 1 and _ROW_DAY.fullmatch(row[0]) for row in days)
        if dated:  # (the rest of the text joined only for a table of days alone)
            told = "\n".join(lines[:number] + lines[end:])
            dated = all(_told_in_words(row[0], told) for row in days)
        counts = all(map(_COUNT.fullmatch, cells)) and all(_ROW_DAY.match(r.strip()) for r in rows)
        if end - number > 2 and not worded and (counts or dated):
            # a survey's counts by day ("14 May   50   0   3"): figures of the days the text
            # tells in words, no facts; not run together as one sentence
            lines[number:end] = [""] * (end - number)
        if end - number > 2 and worded and not any(re.fullmatch(r"\d{4}", c) for c in cells):
            above: list[str] = []
            for row in range(number, end):
                own = _GAP.split(lines[row].strip())
                # a whole row whose first cells are blank is of the day above it: "Thu 9 Jan
                # Red Lion A  v  Crown" over "          Plough  v  Railway Tavern" (not two
                # cells wrapped under a row's, which its cells join)
                blank = sum(column < _starts(lines[row])[0] - _ALIGNED for column in columns)
                whole = row > number and blank > 0 and len(own) + blank == len(columns)
                # (a schedule's, whose day has its weekday; not a total, "Grand total  £165")
                whole = whole and _WEEKDAY_FIRST.match(above[0] if above else "") is not None
                whole = whole and not _TOTAL.match(own[0])
                own = [*above[:blank], *own] if whole else own
                above = own if whole or not blank else above
                lines[row] = " | ".join(own)
        number = end
    return "\n".join(lines)


def _told_in_words(day: str, text: str) -> bool:
    """Whether ``day``, a table's cell ("9 Apr", "Apr 9"), is named in ``text`` too."""
    number, month = re.search(r"\d{1,2}", day), re.search(r"[A-Za-z]{3}", day)
    if number is None or month is None:
        return False
    named, nth = rf"{month[0]}[a-z]*\.?", rf"{int(number[0])}(?:st|nd|rd|th)?"
    return re.search(rf"\b(?:{nth}\s+(?:of\s+)?{named}|{named}\s+{nth})\b", text) is not None


# A listing's row: its day on the left, the entry in a column three spaces or more away
# ("Sat 11 October 2025, 7.30pm    Haydn: The Creation", "Sun. 9th     Hollin Edge")
_ROW_DAY = re.compile(
    rf" {{0,2}}(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+"
    rf"(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\.?\s+\d{{1,2}})\b"
)
_ENTRY_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_LEFT_NOTE = 12  # the longest note under a row's day: "  7.30pm"
_FIELD = 40  # the longest line of an entry read as a field of its own ("Haydn: The Creation")
_HOUR_END = re.compile(rf"\b{CLOCK}$")


def _row(line: str) -> tuple[str, str, int] | None:
    """A listing's row: its day, its entry and the column the entry starts at."""
    gaps = list(_ENTRY_GAP.finditer(line))
    if len(gaps) != 1 or not _ROW_DAY.match(line):
        return None
    return line[: gaps[0].start()].strip(), line[gaps[0].end() :].strip(), gaps[0].end()


def _joined(parts: list[str]) -> str:
    """An entry's lines as prose: a line that ends no phrase goes on in the next ("(SD 512
    874) / at 10.00."); one that does is a sentence of its own ("Haydn: The Creation /
    St Mary's Church"), and the last ends one."""
    text = parts[0]
    for before, part in pairwise(parts):
        # (a short line ending on a name is a field of its own; a long one, or one ending on
        # a small word, wraps: "per Mr / Hollis.", "Dined with the / Fletchers at Kew.")
        ended = (
            text[-1] in ".,;:!?"
            or not part[:1].isupper()
            or len(before) >= _FIELD
            or re.search(r"\b[a-z]+$", before) is not None
        )
        text += f" {part}" if ended else f". {part}"
    return text if text[-1] in ".!?" else f"{text}."


def _apart(left: str) -> str:
    """What parts a row's entry from its day: the column's gap, or a dash after the day's
    hour ("Sat 11 October 2025, 7.30pm - Haydn: The Creation"), which is the day's, not
    the entry's."""
    return " - " if _HOUR_END.search(left) else " " * HANG


def _heads_its_columns(header: str, line: str) -> bool:
    """Whether ``header`` names the columns ``line``'s cells start under."""
    return bool(COLUMNS.fullmatch(header.strip())) and _under(_starts(header), _starts(line))


def _hanging_rows(text: str) -> str:
    """``text`` with each listing whose entries hang in a column beside their days (a
    concert season's "Sat 11 October 2025, 7.30pm    Haydn: The Creation" over
    "                               St Mary's Church, Harwell") written a row to a line,
    its entry beside its day, so that the lines under a row are read as its own, not as
    the next row's. Two rows at least, one with a line hanging under it."""
    lines = text.split("\n")
    out: list[str] = []
    number = 0
    while number < len(lines):
        first = _row(lines[number])
        # (not a table's rows under its header: "DATE   CLINIC   ROOM" over "Tue 4 Mar   Eye
        # screening" and "              Hearing aid repairs", a second row of that day)
        if first is None or (number and _heads_its_columns(lines[number - 1], lines[number])):
            out.append(lines[number])
            number += 1
            continue
        rows: list[tuple[str, list[str]]] = []
        end = number
        while end < len(lines):
            line, cells = lines[end], _row(lines[end])
            indent = len(line) - len(line.lstrip())
            gap = _ENTRY_GAP.search(line)
            if cells is not None and abs(cells[2] - first[2]) <= 1:
                rows.append((cells[0], [cells[1]]))
            elif rows and line.strip() and abs(indent - first[2]) <= 1:
                rows[-1][1].append(line.strip())  # the entry's next line
            elif (
                rows
                and gap
                and abs(gap.end() - first[2]) <= 1
                and 0 < indent < gap.start() <= _LEFT_NOTE
                and not _ROW_DAY.match(line)
            ):
                # the day's next line, then the entry's: "  7.30pm       St Mary's Church"
                left, parts = rows[-1]
                rows[-1] = (
                    f"{left} {line[: gap.start()].strip()}",
                    [*parts, line[gap.end() :].strip()],
                )
            else:
                break
            end += 1
        if len(rows) >= 2 and any(len(parts) > 1 for _, parts in rows):
            out.extend(f"{left}{_apart(left)}{_joined(parts)}" for left, parts in rows)
        else:
            out.extend(lines[number:end])
        number = end
    return "\n".join(out)


# A caption's field in its right column: "Respondent.          Filed: April 22, 2025"
_RIGHT_FIELD = re.compile(
    r"(?<=[.,])[ \t]{3,}(?=(?i:filed|decided|argued|submitted|dated)\s*:\s*\S)|"
    # (or a notice's or a report's own day beside its reference, in its head's first lines:
    # "Notice ref: LX/0417/25     Date of notice: 3 February 2025", "Report no. SW/24-03
    # Date of issue: 30 September 2024"; not a notice it replaces)
    r"(?<![\s\S]{600})(?<=\w)(?P<notice>[ \t]{3,})(?=(?i:date\s+of\s+(?:notice|issue))\s*:\s*\S)"
)
_REPLACED = re.compile(r"\b(?i:replaces|withdrawn|superseded|previous|original|earlier)\b")


def _field_s_line(field: re.Match[str]) -> str:
    """A line break before a field in its right column, or none before a replaced notice's."""
    line = field.string.rfind("\n", 0, field.start())
    above = field.string[field.string.rfind("\n", 0, max(line, 0)) + 1 : max(line, 0)]
    return field[0] if field["notice"] and _REPLACED.search(above) else "\n"


# A release's reference beside its day, a field of the same line: "Issued: 3 April 2025
# Reference: ECU/WF/2291" (read as "... | Reference: ...")
# (or its next issue: "Issued: 03 April 2025, 06:30 CEST          Next bulletin: 04 April")
_REFERENCE_FIELD = re.compile(
    r"(?<=\w)[ \t]{3,}(?=(?i:reference|ref|our\s+ref|next\s+(?:bulletin|issue|update))\.?\s*"
    r"(?::\s*\S|[A-Z]+[/-]\S))"  # (or a code: "Thursday 6 March 2025      Ref. HA/STAT/25/07")
)


def laid_out(text: str) -> str:
    """``text`` with its log's hours written with a colon, its column of counts, its book's
    folio and its account book's sums gone (:func:`~kztimeline.draft.sums.without_sums`), an
    old hand's words in plain ones (:func:`~kztimeline.draft.old_hand.in_plain_words`), a
    log's day with a "?" and a note its heading with "(?)", a
    key date's leader of dots a field's colon or a row's column, a ditto under a row's month
    written as that month, its tables aligned by spaces written with "|", its listings'
    hanging entries a row to a line, a field in a caption's right column on a line of its own
    and a reference beside a release's day a field of its line."""
    text = _REFERENCE_FIELD.sub(" | ", _RIGHT_FIELD.sub(_field_s_line, text))
    text = without_sums(_FOLIO.sub("", text))
    text = in_plain_words(text)  # an old hand's "by ye 24th June", "abt 1831,", "14. to 21."
    text = _DOUBTED_DAY.sub(r"\1 (?). ", text)  # "Nov. 14? (not set down at the time) The"
    text = ditto_days(leaders(days_under_a_month(feasts_named_again(text))))
    return _aligned_tables(_hanging_rows(_without_count_column(_log_hours(text))))


# A log's day doubted, with its note, before the entry: "Nov. 14? (not set down at the time)
# The Hexford carrier robbed", the day's heading "Nov. 14 (?)."
_DOUBTED_DAY = re.compile(
    rf"^([ \t]*(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}}(?:{ORDINAL})?)\?"
    r"[ \t]+\([^()\n]{1,60}\)[ \t]+(?=[A-Z])",
    re.MULTILINE,
)
# A book's folio or page at a line's right edge: "1867          Folio 23", "Fol. 14"
_FOLIO = re.compile(
    r"(?:(?<=\S)[ \t]{3,}|^[ \t]{8,})(?:Folio|Fol\.|Page|p\.)[ \t]*\d+[ \t]*$", re.MULTILINE
)


_A_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}),?\s+"
_TO_A_DAY = rf"(?:\s*(?:to(?:\s+the)?|[-–])\s*\d{{1,2}}(?:{ORDINAL})?)"  # "Feb. 2 to 5."
# A diary's or a log's entry that opens its line on its day of the month and a full stop,
# perhaps after its weekday: "Mar 6.  Loaded 24 ton coal", "5 June. Reached Khapalu",
# "Tues. 4th March. Wind W"; or on its run of days: "Feb. 2 to 5.  Hallam Farm".
_DIARY_DAY = re.compile(
    rf"(?:{_A_WEEKDAY})?"
    rf"(?:(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:{ORDINAL})?{_TO_A_DAY}?|"
    rf"\d{{1,2}}(?:{ORDINAL})?{_TO_A_DAY}?\s+(?:{MONTH_WORDS}))"
    r"(?:,?\s+\d{4})?"  # (and its year: "Frid. 4th June 1762. Went to Bath")
    # (or a log table's column after it: "Mar. 3    Frost broke")
    # (or its doubt: "Nov. 14? The carrier ...", "Nov. 14 (?). The carrier ...", "Apr. 11 (I
    # think, being from home). Great flood")
    rf"(?:(?:[ \t]\(\?\)|{WRITER_S_DOUBT})?[.?]\s+(?:(?:--?|[–—])\s+)?|\s{{3,}})[A-Z]"
    # (or a weekday and its day of the month alone, as a daybook heads each line under its
    # month: "Thurs. 1st. New Year's Day. Mill stood.", "Sat. 3d. Very hard frost.")
    rf"|{_A_WEEKDAY}\d{{1,2}}{ORDINAL}\.\s+[A-Z]"
)


# How an entry ends before the next opens its line: on its stop, or on its sum in an account
# book's columns ("To Jno. Biddle, 3 doz. sheep hurdles ... £2 2 0")
ENTRY_END = re.compile(r"[.!?]$|\d\s+\d{1,2}$")


def diary_entries(lines: list[str]) -> frozenset[int]:
    """The numbers of the lines that open a diary's entry on its day ("Mar 7.  Left Hadley
    5 a.m."), when two lines or more so open: each is an entry of its own, no wrapped line
    of the one before. A line that goes on a wrapped sentence is none: its line before ends
    on no stop (see :func:`paragraphs_of_text`)."""
    found = frozenset(
        number for number, line in enumerate(lines, start=1) if _DIARY_DAY.match(line)
    )
    return found if len(found) >= 2 else frozenset()


def listing_rows(lines: list[str]) -> frozenset[int]:
    """The numbers of the lines that are a listing's rows, their day or days in a column
    before the entry ("Sat 5 Oct         Opening round", "12, 19, 26 Oct    Umpire
    assessments", "21 Dec - 4 Jan    Christmas break"), when two lines or more are: each
    is a row of its own, whatever the row before ends on."""
    found = frozenset(
        number for number, line in enumerate(lines, start=1) if _LISTING_ROW.match(line)
    )
    return found if len(found) >= 2 else frozenset()


_DAYS_OF_A_MONTH = (
    rf"(?:\d{{1,2}}(?:{ORDINAL})?(?:,\s*\d{{1,2}}(?:{ORDINAL})?)*\s+(?:{MONTH_WORDS})\.?|"
    rf"(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:{ORDINAL})?)"
)
_LISTING_ROW = re.compile(
    rf" {{0,2}}(?:(?:{_A_WEEKDAY})?{_DAYS_OF_A_MONTH}"
    # (its entry three spaces on, or two in a day book's hanging rows: "Mar. 25  Lady Day.")
    rf"(?:\s*[-–]\s*(?:{_A_WEEKDAY})?{_DAYS_OF_A_MONTH})?(?:\s{{3,}}|(?<=\d)  (?=[A-Z][a-z]))"
    # (not a tide table's "3 Mar   High 05:12   Low 11:30")
    r"(?![A-Z][a-z]*\s+\d{1,2}[:.]\d\d\b)[A-Z]"
    # (or a watch log's row of its day and hour: "Tue 14  05:00 - Gale warning received")
    rf"|{_A_WEEKDAY}\d{{1,2}}(?={HOUR_AND_ENTRY}))"
)


def numbered_paragraphs(texts: Sequence[str]) -> dict[int, int]:
    """Where the words of each numbered paragraph begin, past its number, when three or
    more paragraphs open on numbers that run on one by one from 1, most of them long (an
    opinion's "3 Halverson has operated ...", "4 On July 14, 2021, the District ..."): the
    number is no word of it. Not a diary's days ("1 March 1893."), nor short lines whose
    number is part of a name ("1 Squadron arrived at Tangmere on 8 June 1940.")."""
    numbered = [
        (index, int(number[1]), number.end(), len(text.split()) >= _LONG_PARAGRAPH)
        for index, text in enumerate(texts)
        if (number := _PARAGRAPH_NUMBER.match(text)) is not None
    ]
    run = [value for _, value, _, _ in numbered]
    if len(run) < 3 or run != list(range(1, len(run) + 1)):
        return {}
    long = sum(long for *_, long in numbered)
    if long < 3 or 2 * long < len(numbered):  # (its headings are short: "2 I. BACKGROUND")
        return {}
    return {index: end for index, _, end, _ in numbered}


# (or after its sign: "¶ 5 Tolvar kept ...", "P 5 Tolvar kept ...", as a copy writes "¶")
_PARAGRAPH_NUMBER = re.compile(rf"(?:[¶P]\s?)?(\d{{1,3}})\s+(?!(?:{MONTH_WORDS})\b)(?=[A-Z])")
_LONG_PARAGRAPH = 25  # the fewest words of an opinion's numbered paragraph, most of them
