"""Lists of key dates and a daybook's days, written so that each row is an entry of its day
before the lines are read (see :func:`kztimeline.draft.layout.laid_out`): a leader of dots
between a label and its day ("Season tickets on sale ......... Mon. 10th March") or between a
day and what falls on it, a day alone under its month's heading ("Octr." over " 3d.
Ground 40 bushels of wheat"), a ditto or a day alone in the column of the row above's day
('"   5.' under "Jan. 1.", "      17th" under "Janry  5th"), and a debtor's row ("Capt.
Rowley, Fennel Ho.  To a new Hunting Saddle")."""

from __future__ import annotations

import re
from itertools import pairwise

from kztimeline.date_hints import MONTH_NAMES
from kztimeline.draft.cues import (
    HONORIFIC,
    LABEL_CUT_SHORT,
    MEMORANDUM,
    MONTH_NUMBERS,
    MONTH_WORDS,
    NAMES_CUT_SHORT,
    ORDINAL,
    YEAR_FIGURES,
)
from kztimeline.draft.pieces import HOLIDAYS, MORE_DAYS, WEEKDAY_AND_DAY, WEEKDAY_LEAD
from kztimeline.draft.relative import ORDINAL_NOUNS

__all__ = (
    "DEBTOR_CHARGED",
    "HANG",
    "days_under_a_month",
    "ditto_days",
    "feasts_named_again",
    "leaders",
)

HANG = 4  # the spaces a row's entry is written after its day

# A day book's debtor, a name and a place alone, with a title or a name cut short, or a
# name and a place ("Capt. Rowley, Fennel Ho.", "Mrs Bray, widow.", "The Revd Mr Pask.", "Jno
# Pettit, Lower Farm."), before its stop and what he is charged for ("To a new Side Saddle",
# "To 4 new shoes", "To mendg a Collar"): one entry, titled with both; not a heading's "Mill
# Lane Closure. To 14 March", "Football Club. To bring"
_DEBTOR = (
    rf"\s*(?:The\s+)?(?:(?:{HONORIFIC}|Capt|Col|Widow|{'|'.join(NAMES_CUT_SHORT)})\.?\s+"
    r"|[A-Z][\w'’]+\s+[A-Z][\w'’]+,\s+)(?:[A-Z][\w'’]*\.?)(?:,?\s+(?:[A-Z][\w'’]*\.?|of|the|"
    r"widow|&)){0,4}"
)
_CHARGED_FOR = (
    rf"\s+To\s+(?=(?:an?|\d+(?!(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\b)|[a-z]+(?:ing|[^aeiou\Wn]g))"
    r"\b)"
)
DEBTOR_CHARGED = re.compile(rf"(?P<debtor>{_DEBTOR})\.(?P<charged>{_CHARGED_FOR})")

# A leader of dots between a key date and what falls on it, either way round ("Season
# tickets on sale ......... Mon. 10th March", "Fri. 2nd May ........ Team fees due"): the
# label's field or the day's row (not a sum's, "valued at ........... £212", gone before;
# not a contents page's "Introduction ........ 3")
# (one dot or two after a long day: "Tues. 5th - Thurs. 7th Aug . Play-offs"; not an
# ellipsis, "Mon 3 May ... we left", "12 Aug 1914 . . . Sailed")
# (or after an abbreviation's stop: "Team fees to Hon. Sec. ........ by Tue 9 Sep")
_LEADER = re.compile(
    r"(?:(?<=[^\s.])|(?<=[^\s.]\.)(?=[ \t]+\.{4}))"
    r"(?:[ \t]*\.{4,}[ \t]*|[ \t]+\.{1,2}[ \t]+)(?=[^\s.])"
)
_KEY_DAY = re.compile(
    rf"(?:{WEEKDAY_LEAD})?"
    rf"(?:\d{{1,2}}(?:{ORDINAL})?{MORE_DAYS}*\.?[ \t]+(?:{MONTH_WORDS})"
    rf"|(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}}\b"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}-\d\d-\d\d\b)"
)


# "Season tickets on sale", "Fireworks Night (all parks)", indented under its heading, or with
# an abbreviation or a figure of its own ("Harrington Shield, Round 1", "Team fees to Hon. Sec.")
_LABEL = (
    r"[ \t]{0,4}[A-Z](?:[^.:;\d]|\d(?!\d*\s+(?:"
    + MONTH_WORDS
    + rf"))|(?<=\d)[.:](?=\d\d\b)|\b[ap]\.m(?=\.)|{LABEL_CUT_SHORT}(?=[\s,A-Z])){{0,59}}[^\s]"
)
# (its day, or a bound of it: "by Tue 9 Sep 2025")
_KEY_DAY_AFTER = re.compile(rf"(?:(?:by|until|from|before)\s+)?{_KEY_DAY.pattern}")


def leaders(text: str) -> str:
    """``text`` with each leader of dots between a label and its day written as a field's
    colon ("Season tickets on sale: Mon. 10th March"), and each between a day and what falls
    on it as a row's column ("Fri. 2nd May    Team fees due")."""

    def part(leader: re.Match[str]) -> str:
        line = text.rfind("\n", 0, leader.start()) + 1
        day = _KEY_DAY.match(text, line)
        if (
            day is not None
            and text[leader.end()].isalpha()
            and re.fullmatch(r",?[ \t]*(?:\d{4})?,?", text[day.end() : leader.start()])
        ):
            return " " * HANG
        # (a label's, a line's short head: not a span's first day, "(3 May 1921 ........ 14
        # June 1950)", nor a sentence's ellipsis)
        head = text[line : leader.start()]
        label = leader[0].count(".") >= 4 and re.fullmatch(_LABEL, head) is not None
        return ": " if label and _KEY_DAY_AFTER.match(text, leader.end()) else leader[0]

    # (a list's leaders, two or more in the text: not a sentence's one ellipsis)
    return _LEADER.sub(part, text) if len(_LEADER.findall(text)) > 1 else text


# A daybook's month's heading alone ("Octr.", "March 1754.") over its days alone (" 3d.
# Ground 40 bushels of wheat", "11th. Pd. Henry Cole")
_MONTH_HEADING = re.compile(rf"\s*(?P<month>{MONTH_WORDS})\.?(?:\s+\d{{4}})?\.?\s*")
_DAY_ALONE = re.compile(
    rf" {{0,2}}(?P<day>\d{{1,2}}){ORDINAL}\.(?=\s+[A-Z])"
    # (not a rank's, a unit's, a place's or a resolution's number: "3rd. Division", "2nd.
    # Lieut.", "4th. Prize", "5th. Sunday after Trinity", "3rd. That the meeting")
    rf"(?!\s+(?:{ORDINAL_NOUNS}|Prize|Place|Clause|Schedule|Section|Reading|Sunday|Avenue|"
    r"Street|Anniversary|Edition|Lieut|Lt|Warden|Deacon|Year|Form|Grade|Round|Heat|Stage|"
    r"Hussars|Lancers|Dragoons|Foot|Regt|Regiment|Squadron|Company|Fleet|That|To)\b)"
)


# (or a card's weekday and day, what falls on it in its column: "Tue 7 ...... Opening
# afternoon", "Tue 20 and Tue 27 .. Mixed Pairs Knock-out" under "JANUARY 2026")
_WEEKDAY_ROW = re.compile(
    rf" {{0,2}}{WEEKDAY_AND_DAY}{MORE_DAYS}*(?=(?:[ \t]*\.{{2,}}[ \t]*|[ \t]{{2,}}|\t)[A-Z(])"
)


def _next_month(month: str) -> str:
    """The name of the month after ``month`` ("APRIL": "May")."""
    return MONTH_NAMES[MONTH_NUMBERS[month.rstrip(".").title()] % 12]


def days_under_a_month(text: str) -> str:
    """``text`` with each day alone that opens a line under a month's heading alone written
    with that month ("Octr." over " 3d.   Ground 40 bushels" is "Octr 3d.   Ground 40
    bushels"), so that each row is an entry of its day; not a run of numbered points, whose
    first two are "1st." and "2nd." ("1st. That the church rate be fixed") or whose numbers
    follow on ("3rd. Mr Hale", "4th. Mrs Ward"). A card's weekday and day, then a leader of
    dots or a column's gap and what falls on it, is a day: its month is written after it and
    its leader made a gap ("Tue 7 ...... Opening afternoon" is "Tue 7 OCTOBER    Opening
    afternoon"), the next month's once its days start again ("Mon 21" over "Thu 1")."""
    lines, month, last = text.split("\n"), "", 0
    rows: list[tuple[int, re.Match[str]]] = []

    def write() -> None:
        days = [int(day["day"]) for _, day in rows]
        # (a daybook's days go on with gaps: not a list's "3rd.", "4th.", "5th.")
        if len(days) > 1 and days[:2] != [1, 2] and all(b > a + 1 for a, b in pairwise(days)):
            for number, day in rows:
                lines[number] = f"{month} {lines[number][day.start('day') :]}"
        rows.clear()

    for number, line in enumerate(lines):
        if (heading := _MONTH_HEADING.fullmatch(line)) is not None:
            write()
            month, last = heading["month"], 0
        elif month and (day := _DAY_ALONE.match(line)) is not None:
            rows.append((number, day))
        elif month and (days := _WEEKDAY_ROW.match(line)) is not None:
            # (a day below the row above's is of the next month: "Mon 21" over "Thu 1")
            first = int(re.findall(r"\d+", days[0])[0])
            month, last = (_next_month(month), first) if first < last else (month, first)
            entry = line[days.end() :].lstrip(" \t.")  # (its leader a gap, whatever its dots)
            lines[number] = f"{line[: days.end()]} {month}{' ' * HANG}{entry}"
        elif line.strip() and not line[:1].isspace():
            write()
            month = ""  # (a line of prose between, or a year's heading: no month above)
    write()
    return "\n".join(lines)


_WEEKDAY_CELL = r"Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun"
# A row's day, then the feast that falls on it, a sentence of its own: "Mar. 25  Lady Day.  Pd.
# half a year's Rent" (the feast, or the weekday, only names the day again)
_FEAST_AFTER_ITS_DAY = re.compile(
    rf"^(?P<day> {{0,2}}(?:(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}}(?:{ORDINAL})?|"
    rf"\d{{1,2}}(?:{ORDINAL})?(?:[-–]\d{{1,2}}(?:{ORDINAL})?)?[ \t]+(?:{MONTH_WORDS}))\.?)"
    rf"(?:[ \t]+(?P<feast>{'|'.join(sorted(HOLIDAYS, key=len, reverse=True))})\.(?=[ \t]+[A-Z])|"
    # (or its weekday, in a column of its own: "Apl 9th    Tuesday. Made 10 Firkins", "8 Sep
    # Mon      Club Pairs", which leaves its gap)
    r"(?P<weekday>[ \t]{2,}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\.)(?=[ \t]+[A-Z])|"
    rf"(?P<cell>[ \t]{{2,}}(?:{_WEEKDAY_CELL})(?:-(?:{_WEEKDAY_CELL}))?)(?=[ \t]{{2,}}[A-Z]))",
    re.MULTILINE,
)


def feasts_named_again(text: str) -> str:
    """``text`` without the feast a row names after its day ("Mar. 25  Lady Day.  Pd. half
    a year's Rent" is "Mar. 25  Pd. half a year's Rent"), and with the weekday it names
    after it put before it ("Apl 9th    Tuesday. Made" is "Tuesday Apl 9th   Made"): the
    same day named again, so that the row's entry is what happened on it."""
    return _FEAST_AFTER_ITS_DAY.sub(_day_told_again, text)


def _day_told_again(told: re.Match[str]) -> str:
    """A row's day without its feast, or with its weekday put before it ("Tuesday Apl 9th"),
    its gap kept: the weekday still tells the year."""
    weekday = (told["weekday"] or told["cell"] or "").strip().rstrip(".")
    if not weekday:
        return told["day"]
    day = told["day"].lstrip()
    return f"{told['day'][: len(told['day']) - len(day)]}{weekday} {day}  "


# A row's ditto under the month of the row above: '"   5.  Pd. Mr Crane', "do. 14th."
_DITTO = re.compile(
    rf"^[ \t]*(?:[\"”〃]|[Dd]o\.)"
    rf"(?=[ \t]+(?P<d>\d{{1,2}})(?:{ORDINAL})?(?:\.[ \t]+|[ \t]{{2,}})\S)",
    re.MULTILINE,
)
_ROW_MONTH = re.compile(
    rf"[ \t]*(?P<month>(?:{MONTH_WORDS})\.?)[ \t]+(?P<day>(?P<d>\d{{1,2}})(?P<th>{ORDINAL})?)\b"
    r"(?P<stop>\.?)"
)
# (a day alone, its ordinal written as the row's is, its entry after a gap: "      17th  Pd
# Jas. Hinde"; not a count, an hour, a hymn's number, nor a resolution's "2d  That the")
_DAY_IN_ITS_COLUMN = re.compile(
    rf"[ \t]+(?P<day>(?P<d>\d{{1,2}})(?:{ORDINAL}))\.?(?=[ \t]{{2,}}(?!That\b)[A-Z])"
)

_CAPITALS_ONLY = r"[A-Z]{3,}\b"
_YEAR_OVER_ROWS = re.compile(rf"\s*(?P<year>{YEAR_FIGURES})\.?\s*")
# (as a row writes it, not in capitals, nor over a sum carried: "JANY   Total carried forward")
_MONTH_IN_ITS_COLUMN = re.compile(
    rf"(?P<month>(?-i:(?!{_CAPITALS_ONLY})(?:{MONTH_WORDS}))\.?)"
    r"(?=[ \t]{2,}(?!(?:Total|Balance|Carried|Brought|To\s+balance)\b)[A-Z])"
)
_DAY_IN_THE_ENTRY = re.compile(  # (a day, not a noun's ordinal: "the 2d half", "the 20th Regt")
    rf"\bthe\s+\d{{1,2}}(?:{ORDINAL})(?=\s*(?:[,.;:]|$)|\s+(?:and|when|to|at|for|inst)\b)"
)


def ditto_days(text: str) -> str:
    """``text`` with each ditto that stands for the month of the row right above written
    as that month ('"   5.  Pd. Mr Crane' under "Jan. 1.  Stock taken" is "Jan.   5.  Pd.
    Mr Crane"), and each later day alone in the column of that row's day ("      17th  Pd
    Jas. Hinde" under "Janry  5th  Recd of Capt. Moss"), and each month alone in the rows'
    column with its year ("Mar.   Bought ... abt the 20th" under the year "1793" is "In March
    1793, Bought ... abt the 20th of March 1793"), so that each row is an entry of its day;
    a ditto after any other line (a quotation's mark) stays."""
    lines, month, stop, column, last = text.split("\n"), "", "", -1, 0
    year, told = "", ""  # (the year over the rows, "1843."; a month alone, its day still to tell)
    for number, line in enumerate(lines):
        if (heading := _YEAR_OVER_ROWS.fullmatch(line)) is not None:
            year = heading["year"]
        if told and line[:1].isspace() and _DAY_IN_THE_ENTRY.search(line):
            # (its day told on the row's next line: "Octr.   Memd. Forge chimney blown down
            # ... / ... again by Saml. Mace on or abt. the 20th.")
            lines[number], told = _DAY_IN_THE_ENTRY.sub(rf"\g<0> of {told}", line, count=1), ""
            continue
        told = told if line[:1].isspace() else ""
        if (row := _ROW_MONTH.match(line)) is not None:
            month, stop, last = row["month"], row["stop"], int(row["d"])
            own = re.match(rf"[ \t,]*({YEAR_FIGURES})\b", line[row.end() :])  # "Jany 6th 1794"
            year = own[1] if own else year
            column = row.end("day") if row["th"] else -1  # (a row's day with its ordinal)
        elif month and (ditto := _DITTO.match(line)) is not None:
            # (at the rows' own edge, with the stop after the day as the row above has it)
            day = re.sub(r"^(\s*\d+[a-z]*)\.", r"\1" + stop, line[ditto.end() :])
            lines[number] = f"{month}{day}"
            last = int(ditto["d"])
        elif month and (head := _MONTH_IN_ITS_COLUMN.match(line)) is not None:
            # a month alone at the rows' head, its day told in the entry, or none ("Mar.
            # Bought of Jno Pell abt the 20th", "May   Thos Gedge bound Apprentice"): the
            # entry's month, read as "In March 1793," (with the year over the rows, or the one a
            # row wrote last) and "the 20th of March 1793"
            month, stop, last, column = head["month"], "", 0, -1
            name = MONTH_NAMES[MONTH_NUMBERS[month.rstrip(".").title()] - 1]  # (no stop)
            told = f"{name} {year}".strip()  # ("the 20th of October 1874")
            rest, days = _DAY_IN_THE_ENTRY.subn(rf"\g<0> of {told}", line[head.end() :], count=1)
            # (its memorandum's mark gone: "Octr.   Mem. My wife brought to bed of a son")
            memo = MEMORANDUM.match(rest.lstrip())
            rest = f" {rest.lstrip()[memo.end() :]}" if memo else rest
            lines[number] = f"In {told},{rest}"  # (not "May 1812,": no page's own date)
            told = "" if days else told
        elif (
            month
            and (alone := _DAY_IN_ITS_COLUMN.match(line)) is not None
            and alone.end("day") == column
            and int(alone["d"]) > last
        ):
            last = int(alone["d"])
            # (with the stop after the day as the row above has it)
            day = re.sub(r"^(\d+[a-z]*)\.?", r"\1" + stop, line[alone.start("day") :])
            lines[number] = f"{month.ljust(alone.start('day') - 1)} {day}"
        elif line.strip() and not line[:1].isspace():
            month = ""  # (a line of prose between: no row above)
    return "\n".join(lines)
