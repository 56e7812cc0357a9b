"""What a plain text's layout says before its words are read: the hours that open a log's
lines ("0615  Pilot cutter out of service"), a column of counts at the lines' right edge
(a keeper's "Boats" column), which no sentence holds, and a table whose columns spaces
align under their header, read as one whose cells "|" parts."""

from __future__ import annotations

import re
from collections import Counter

from kztimeline.draft.cues import MONTH_WORDS

__all__ = ("COLUMNS", "laid_out")

# A log's line opens on its hour in the 24-hour clock: "0615  Pilot cutter out of service".
_LOG_HOUR = re.compile(r"^(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s)", re.MULTILINE)


def _log_hours(text: str) -> str:
    """``text`` with the hours that open a log's lines written with a colon, so that
    "1700  Gale warning received" is read as an hour, not a year: a text is a log when
    three lines or more open on an hour and one of them on an hour no year has (before
    10:00)."""
    hours = _LOG_HOUR.findall(text)
    if len(hours) < 3 or not any(hour.startswith("0") for hour, _ in hours):
        return text
    return _LOG_HOUR.sub(lambda match: f"{match['hour']}:{match['minute']}", text)


# A line's last cell: a count of up to three digits, set apart by three spaces or more
_COUNT_CELL = re.compile(r"(?<=\S)[ \t]{3,}(?P<count>\d{1,3})[ \t]*$", re.MULTILINE)
_COLUMN = 3  # the fewest lines whose counts, ending at one place, make a column
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_WORDS})\.?$")


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
        if not _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
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


# A table's header of columns: "Date        Time   Object        Notes".
COLUMNS = re.compile(r"[A-Z][\w()/.]*(?:\s{2,}[A-Z][\w()/.]*(?: [A-Za-z()/.]+)?){2,}")
_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_ALIGNED = 1  # how far a row's cell may start from its column's header


def _starts(line: str) -> list[int]:
    """Where each cell of ``line`` starts, cells parted by two spaces or more."""
    indent = len(line) - len(line.lstrip())
    return [indent, *(gap.end() for gap in _GAP.finditer(line))]


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
            end < len(lines)
            and len(starts := _starts(lines[end])) >= 2
            and all(any(abs(start - column) <= _ALIGNED for column in columns) for start in starts)
        ):
            end += 1
        cells = [cell for row in lines[number + 1 : end] for cell in _GAP.split(row.strip())[1:]]
        # (a table of words, not a timetable's hours: "Thu 1 May   0612   1240")
        worded = any(re.search(r"[a-z]{3}", cell) for cell in cells)
        if end - number > 2 and worded and not any(re.fullmatch(r"\d{4}", c) for c in cells):
            for row in range(number, end):
                lines[row] = _GAP.sub(" | ", lines[row].strip())
        number = end
    return "\n".join(lines)


# A caption's field in its right column: "Respondent.          Filed: April 22, 2025"
_RIGHT_FIELD = re.compile(
    r"(?<=[.,])[ \t]{3,}(?=(?i:filed|decided|argued|submitted|dated)\s*:\s*\S)"
)


def laid_out(text: str) -> str:
    """``text`` with its log's hours written with a colon, its column of counts gone, its
    tables aligned by spaces written with "|" and a field in a caption's right column on a
    line of its own."""
    text = _RIGHT_FIELD.sub("\n", text)
    return _aligned_tables(_without_count_column(_log_hours(text)))
