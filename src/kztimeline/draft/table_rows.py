"""Plain-text tables whose cells "|" parts: which rows are entries, how a row's wrapped
lines join it and in what order its cells name what happened, and a table that month
headings part, under one header, its "Sat 13" a day of the heading's month (see
:func:`kztimeline.draft.paragraphs.paragraphs_of_text`, which reads the rest of a text)."""

from __future__ import annotations

import calendar
import re
from functools import partial
from typing import NamedTuple

from kztimeline.draft.cues import MONTH_WORDS, PAGE_FIELD
from kztimeline.draft.grammar import matches
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.pieces import WEEKDAY_AND_DAY

__all__ = (
    "Entry",
    "a_day_s_results",
    "counts_by_month",
    "figures_of_a_month",
    "table_entries",
    "under_its_header",
)


class Entry(NamedTuple):
    """One entry a table gives: the number of its line, its text, and whether it is an item
    of a list (a row's own field or dated cell) rather than a line read as prose."""

    line: int
    text: str
    item: bool


# The header of a column of dates that says nothing of what happened on them.
_DATE_HEADER = re.compile(
    r"(?i:dates?(?:\s+(?:filed|entered|of\s+entry))?|years?|when|day|period|time|from|to|since|"
    r"until)"
)


_YEAR = re.compile(r"(?:~\s*|c\.\s*)?(?:1\d{3}|20\d\d)")  # "1907", "~1870", "c. 1870"
_HOURS_HEADER = re.compile(r"(?i:(?:opening\s+)?(?:hours|times)|open(?:ing)?)")
_WEEKDAYS_ONLY = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|&|to|-|–)\s*|$))+"
)


# a cell of a log's readings: an hour, a position, a wind ("23:42", "52.20 N", "SW", "-"; not a
# result's "W 2-1")
_READING = re.compile(
    r"[0-2]?\d[:.][0-5]\d|\d{1,3}\.\d\d\s*[NSEW]|-|"
    r"[NSEW]|[NS][EW]|NN[EW]|SS[EW]|[EW]N[EW]|[EW]S[EW]"  # a point of the compass, not "ES"
)


# a day of the month a heading above the table names: "Sat 13", "Sunday 15th"
_WEEKDAY_DAY = re.compile(WEEKDAY_AND_DAY)


def _dated(cell: str, *, of_a_month: bool = False) -> bool:
    # "c. 20 June" in a column of dates is one too, its year from the rows around it; under
    # a month's heading, "Sat 13" too
    return (
        _YEAR.fullmatch(cell) is not None
        or (of_a_month and _WEEKDAY_DAY.fullmatch(cell) is not None)
        or bool(find_dates(cell))
        or bool(matches(cell, None))
    )


def under_its_header(
    rows: list[tuple[int, str]], above: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The lines of a table, under the header of the table ``above`` when headings part one
    table ("SEPTEMBER 2025" over "Date | Home | Away" and its rows, then "OCTOBER 2025" over
    "Sat 11 | Lowden Seals | Hexley Otters"): when that header has no date and a dated row
    under it, and this table's first row has a date and no more cells."""
    dated = partial(_dated, of_a_month=True)
    if not rows or len(above) < 2 or not any(map(dated, _cells_of(above[1][1]))):
        return rows
    header, first = (_cells_of(line) for _, line in (above[0], rows[0]))
    if len(header) < len(first) or any(map(dated, header)) or not any(map(dated, first)):
        return rows
    return [above[0], *rows]


# a round's heading, its day with a weekday, and no note but that it was played: "ROUND ONE
# - Saturday 27 September (played)", "WEEK 4 - Thursday 16 January"
_ROUND_S_DAY = re.compile(
    r"(?i:round|week|matchday|match\s+day|game\s*week|gameday|fixtures|results|semi-finals?|"
    r"quarter-finals?|finals?(?:\s+day)?|heat|stage|leg)\s*[\w-]*\s+[-–—:]\s+"
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)"
    r",?\s+[^()]{3,30}?(?:\s*\((?i:played|result|results|completed)\))?"
)
# a cell that pairs two sides, by a score or a "v": "Lindell A 2-1 Westgate Smash"
_PAIRING = re.compile(r"\S\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}|vs?\.?)\s+\S")


def a_day_s_results(heading: str, line: str) -> tuple[str, str] | None:
    """A line of pairings with no date ("Lindell A 2-1 Westgate Smash  |  Harbour Aces 0-2
    Corrie Padel") under a heading line that ends on its day ("ROUND ONE - Saturday 27
    September (played)"), or ``None``: what happened on that day, not a table of its own.
    The heading comes back without its note in brackets (its label out of capitals), and
    the line as its sentence goes on, its cells parted by commas."""
    cells = [cell for cell in _cells_of(line) if cell]
    if len(cells) < 2 or "|" in heading or not all(_PAIRING.search(cell) for cell in cells):
        return None
    if not _ROUND_S_DAY.fullmatch(heading.strip()):
        return None  # not a record's, a table's or a draw's day, nor one put off or unsure
    day = re.sub(r"\s*\([^()]*\)\s*$", "", heading.strip())
    # (its label in capitals kept, as a title's words: "ROUND ONE - ..." as "Round One - ...")
    day = re.sub(r"^[A-Z][A-Z0-9 ]*[A-Z0-9](?=\s+[-–—]\s)", lambda label: label[0].title(), day)
    found = matches(day, None)
    if not found or found[-1].end < len(day) or any(map(_dated, cells)):
        return None
    return day, ", ".join(cells)


def _cells_of(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def table_entries(rows: list[tuple[int, str]], *, month: str = "") -> list[Entry]:
    """The entries of a plain-text table whose cells "|" parts, one per dated cell under a
    header ("Bridge | Built | Closed" over "Rail span | 1907 | 30 Jan 2015": the row's
    undated cells and the column's header name the fact of each date); a line of fields
    ("Route 4 | Operator: Aral Line") or a table with no header, one paragraph a line. A
    "|" is never part of a sentence, so a row never joins its neighbours' words. Each entry
    is its line's number, its text and whether it is an item of a list. Under a month's
    heading (``month``, "SEPTEMBER 2025") and a header that names the column of days, a
    weekday and a day ("Sat 13") with words beside it is a date of that month."""
    cells = _in_one_order([_cells_of(line) for _, line in rows])
    days = bool(month) and any(_DATE_HEADER.fullmatch(cell) for row in cells[:1] for cell in row)
    dated = partial(_dated, of_a_month=days)
    rows, cells = _wrapped_cells(rows, cells)
    if len(rows) < 2:
        # "By Dana Omarova | 5 March 2013": a byline's or a page's line, read as it is.
        return [Entry(number, line, item=False) for number, line in rows]
    if _dates_over_figures(cells):
        # "Section | Length (km) | 2019 | 2024" over "Upper Wenn | 12.5 | 2 | 4": the years
        # (or the days of visits) head columns of figures, no fact of their own
        return []
    if any(map(dated, cells[0])):
        entries: list[Entry] = []
        for (number, _), row in zip(rows, cells, strict=True):
            filled = [cell for cell in row if cell]
            labels = [field[1].lower() for cell in filled if (field := _FIELD_LABEL.match(cell))]
            if len(labels) == len(filled) and not any(PAGE_FIELD.fullmatch(x) for x in labels):
                # a line of labelled fields ("Start date: August 2, 2025 | Cause: under
                # investigation"): each field an entry of its own; not the page's own line
                # ("Issued: 7 February 2025 | Reference: SR-2025-01")
                entries += [Entry(number, cell, item=True) for cell in filled]
            else:
                # the date, then the cells that tell what happened, then the codes and the
                # flags ("Sat 5 Apr | M1 VIII | Green | First outing in the new eight")
                first = next((at for at, cell in enumerate(filled) if dated(cell)), 0) + 1
                told = filled[first:]
                if told and not _NAME.fullmatch(told[0]):  # "12 Mar 1890 | John Smith | ..."
                    told.sort(key=lambda cell: _TOLD.search(cell) is None)
                entries.append(Entry(number, " – ".join(filled[:first] + told), item=False))
        return entries
    header, entries = cells[0], []
    # (a week's opening hours: "Day | Hours" over "Saturday and Sunday | 9:00 to 16:00", no
    # day of any one week; but "Christmas Eve | 8am-2pm" is that day's)
    weekly = any(_HOURS_HEADER.fullmatch(cell) for cell in header)
    for (number, _), row in zip(rows[1:], cells[1:], strict=True):
        # (not a reading: "11-Jul-2025 | 23:42 | Call received ...")
        # (a date in brackets names a thing: "Signed (Chapter 214, Laws of 2024)")
        dates = [
            dated(re.sub(r"\s*\([^()]*\)", "", cell).strip() or cell)
            and not (weekly and _WEEKDAYS_ONLY.fullmatch(cell) is not None)
            for cell in row
        ]
        named = [
            _counted(cell, header[column] if column < len(header) else "", row)
            for column, (cell, has_date) in enumerate(zip(row, dates, strict=True))
            if cell and not (has_date or _READING.fullmatch(cell))
        ]
        for column, cell in enumerate(row):
            # (a day of the month with words beside it: not a tide table's "Mon 10 | 06:12")
            of_the_month = _WEEKDAY_DAY.fullmatch(cell) is not None
            if not dates[column] or (of_the_month and not named):
                continue
            label = header[column] if column < len(header) else ""
            fact = ", ".join(
                [*named, *([label] if label and not _DATE_HEADER.fullmatch(label) else [])]
            )
            # "Plough | v | Railway Tavern": two teams (not a chapter's "Gibbon | v | finished")
            fact = re.sub(r"(?<=[A-Za-z]), (v|vs\.?|versus), (?=[A-Z])", r" \1 ", fact)
            # (a column of years: "in 1907")
            when = f"in {cell}" if _YEAR.fullmatch(cell) else cell
            when = f"{cell} {month.rstrip(':.').title()}" if of_the_month else when
            head, stop, rest = fact.partition(";")
            if stop and (not label or _DATE_HEADER.fullmatch(label)):
                # "Date | Entry" over "12-Jul-2025 | Fire under control; four pumps remain":
                # the row's day is its first clause's
                entries.append(Entry(number, f"{head}: {when};{rest}", item=True))
                continue
            entries.append(Entry(number, f"{fact}: {when}" if fact else when, item=True))
    return entries


def _counted(cell: str, header: str, row: list[str]) -> str:
    """A fixture's round by its number, from its column's header ("Rd" over "3" in a row of
    "Dustdevils v Flatball" gives "Round 3"); any other cell as it is (not a road's "Rd" in
    a table of works, nor a bowler's "Wk")."""
    if not (_ROUND_HEADER.fullmatch(header) and cell.isdigit() and any(map(_TEAMS.search, row))):
        return cell
    return f"Round {cell}"


_ROUND_HEADER = re.compile(r"\s*(?:Rd|Round)\.?\s*", re.IGNORECASE)
_TEAMS = re.compile(r"[A-Za-z] (?:v|vs\.?) [A-Z]")


def _dates_over_figures(cells: list[list[str]]) -> bool:
    """Whether the first row of a table's ``cells`` heads columns of figures by year or
    day ("Site | 15 May | 22 May | Baseline (1997)" over "1 Holme Weir | 62 | 71 | 140"),
    no later row dated at all."""
    header, rows = cells[0], cells[1:]
    dated = [column for column, cell in enumerate(header) if _dated(cell)]
    if not dated or not rows:
        return False
    return all(
        not any(map(_dated, row))
        and all(column < len(row) and _FIGURE.fullmatch(row[column]) for column in dated)
        for row in rows
    )


_FIGURE = re.compile(r"[\d.,]+%?|[-–—]")  # a count in a column of figures: "4", "12.5", "-"


def _in_one_order(cells: list[list[str]]) -> list[list[str]]:
    """The table's cells with its numeric days written out when one of their column says the
    order of all: "26/04/2025" can only be the 26th of April, so "05/04/2025" above it is the
    5th of April, not the 4th of May (alone, such a day is left out: its order is unsure)."""
    if not cells or not any(_NUMERIC_DAY.fullmatch(cell) for cell in cells[0]):
        return cells  # (a table under a header of its own composes its entries otherwise)
    said: dict[int, set[str]] = {}
    for row in cells:
        for column, cell in enumerate(row):
            numeric = _NUMERIC_DAY.fullmatch(cell)
            if numeric and int(numeric["a"]) > _MONTHS:
                said.setdefault(column, set()).add("day first")
            elif numeric and int(numeric["b"]) > _MONTHS:
                said.setdefault(column, set()).add("month first")
    # (a column whose days say both orders says none)
    orders = {column: ways.pop() for column, ways in said.items() if len(ways) == 1}
    if not orders:
        return cells
    written = []
    for row in cells:
        out = list(row)
        for column, cell in enumerate(row):
            numeric = _NUMERIC_DAY.fullmatch(cell)
            if numeric and column in orders:
                day, month = (numeric["a"], numeric["b"])
                if orders[column] == "month first":
                    day, month = month, day
                if 1 <= int(month) <= _MONTHS:
                    out[column] = f"{int(day)} {calendar.month_name[int(month)]} {numeric['y']}"
        written.append(out)
    return written


_MONTHS = 12
_NUMERIC_DAY = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})")


def _wrapped_cells(
    rows: list[tuple[int, str]], cells: list[list[str]]
) -> tuple[list[tuple[int, str]], list[list[str]]]:
    """The rows of a table with the lines that carry on a dated row's cells joined to it:
    "Sat 5 Apr | M1 VIII | First outing, christened by" over "          |         | the
    President on Thursday." (a line with no first cell, its cells counted from the right)."""
    kept: list[tuple[int, str]] = []
    joined_cells: list[list[str]] = []
    for row, row_cells in zip(rows, cells, strict=True):
        above = joined_cells[-1] if joined_cells else None
        # (not the rest of a row whose line ends on a bar: "115 | April 11 | George |" over
        # "    |          | Thatcher | H. Garside": its last cells, a row of their own)
        aligned = bool(kept) and not kept[-1][1].endswith("|")
        if (
            above
            and aligned
            and not row_cells[0]
            and len(row_cells) <= len(above)
            and _dated(above[0])
        ):
            offset = len(above) - len(row_cells)
            for column, cell in enumerate(row_cells):
                if cell:
                    above[column + offset] = f"{above[column + offset]} {cell}".strip()
            continue
        kept.append(row)
        joined_cells.append(list(row_cells))
    return kept, joined_cells


# a cell that tells what happened, in words: "Seat racing", "Outing cut short" (not "M1
# VIII", "Green", "(H)")
_TOLD = re.compile(r"\s[a-z]{2,}\b")
# a cell that names someone or something, which names the row as well: "John Smith", "Miss
# A. Pike", "Hester Vane"
_NAME = re.compile(r"(?:[A-Z][a-z]+\.?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.|&|and|de|van))+")
_FIELD_LABEL = re.compile(r"([A-Z][\w ]{0,30}):\s")  # a field's label: "Start date: "


def counts_by_month(line: str, caption: str) -> bool:
    """Whether ``line``, a row of three or more cells each a month and a figure ("April 6 | May
    14 | June 21 | July 28"), is a figure for each month, no day of it: under a ``caption``
    that says so ("Peak counts by month, 2024"), or with a figure no day can be ("August 37")."""
    cells = [cell.strip() for cell in re.split(r"\s*\|\s*|\t+", line.strip(" |"))]
    figures = [_MONTH_AND_FIGURE.fullmatch(cell) for cell in cells]
    if len(cells) < 3 or not all(figures):
        return False
    return _BY_MONTH.search(caption) is not None or any(
        int(figure[1]) > 31 for figure in figures if figure is not None
    )


_MONTH_AND_FIGURE = re.compile(rf"(?:{MONTH_WORDS})\.?\s+(\d{{1,5}})")
_BY_MONTH = re.compile(r"\b(?:by|per|each|a)\s+month\b|\bmonthly\b", re.IGNORECASE)


def figures_of_a_month(line: str) -> bool:
    """Whether ``line`` is a row of a table of figures by month, its cells set apart by a
    gap ("April   8   4   1", "Jan 2025    312    14.5%"): counts, no day of the month
    (not "April 8: first swallow", nor "May 3  Hall opened")."""
    # (not a day and its year set out in columns: "June   21    1940")
    return _FIGURES_OF_A_MONTH.fullmatch(line) is not None and not _DAY_AND_YEAR.fullmatch(line)


_DAY_AND_YEAR = re.compile(rf"\s*(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\s+(?:1[5-9]|20)\d\d\s*")
_FIGURES_OF_A_MONTH = re.compile(
    rf"\s*(?:{MONTH_WORDS})\.?(?:\s+[12]\d{{3}})?(?:(?:[ ]{{2,}}|\t)\s*[-–]?\d[\d,.]*%?){{2,}}\s*"
)
