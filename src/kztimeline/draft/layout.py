"""What a plain text's layout says before its words are read: the hours that open a log's
lines ("0615  Pilot cutter out of service") and a column of counts at the lines' right edge
(a keeper's "Boats" column), which no sentence holds."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ("laid_out",)

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


def _without_count_column(text: str) -> str:
    """``text`` without a column of counts at its lines' right edge ("Frost broke in the
    night. Ice cleared from upper pound and lock       4"): three lines or more whose last
    cell is a small number, right-aligned at one place (give or take a column, as a hand
    lays it out), as a log's or a register's column is. They would be read into the
    sentences beside them ("lock 4 opened to traffic"). A year's column is no count, and
    stays."""

    def end_of(match: re.Match[str]) -> int:
        return match.end("count") - text.rfind("\n", 0, match.start())

    ends = Counter(end_of(match) for match in _COUNT_CELL.finditer(text))
    near = {end: ends[end - 1] + ends[end] + ends[end + 1] for end in ends}
    if not any(count >= _COLUMN for count in near.values()):
        return text
    return _COUNT_CELL.sub(lambda match: "" if near[end_of(match)] >= _COLUMN else match[0], text)


def laid_out(text: str) -> str:
    """``text`` with its log's hours written with a colon and its column of counts gone."""
    return _without_count_column(_log_hours(text))
