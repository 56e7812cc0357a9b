"""An account book's sums, which are no part of its entries: pounds, shillings and pence at
a line's end, after a leader of dots, in columns under their head ("£  s  d") or parted by
dashes ("0 - 9 - 0"), and within a line's words ("38l. 6s. 2d.", written as one sum whose
stops end no sentence)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import (
    MONTH_ENDING,
    MONTH_WORDS,
    ORDINAL,
    YEAR_FIGURES,
)

__all__ = ("without_a_closing_sum", "without_sums")


def without_sums(text: str) -> str:
    """``text`` with its account book's sums at its lines' ends gone, each leaving the stop
    that ends its row's entry, and a sum within a line's words written with "£". Sums
    parted by dashes are read so only in a book that keeps a column of them and speaks of
    money ("Pd.", "cost", "owes"): a table's scores or records ("Rovers   3 - 1 - 0") stay."""
    text = _MONEY_CELL.sub(_row_s_end, _pounds_columns(text))
    column = len(_DASHED_CELL.findall(text)) >= _COLUMN and _MONEY_WORD.search(text)
    if column:
        text = _SUM_IN_WORDS.sub(r"£\g<l> \g<s>s \g<d>d", _DASHED_CELL.sub(_row_s_end, text))
    return _SUM_IN_LETTERS.sub(r"£\1 \2s \3d", text)


_HYPHENED_SUM = r"(?P<l>\d{1,4})[ \t]+-[ \t]+(?P<s>1?\d)[ \t]+-[ \t]+(?P<d>1[01]|\d)(?![ \t]*-)"
# An account book's sum at a line's end, in pounds, shillings and pence or after a leader
# of dots: "valued at ........... £212 . 4 . 6", "recd. the 8th inst. £0 . 7 . 6", "0 : 5 : 0"
_MONEY_CELL = re.compile(
    r"(?:[ \t]*\.{3,}[ \t]*|[ \t]{2,}|[ \t]+(?=£[ \t]*\d+[ \t]+\.))"
    r"£[ \t]*\d+[ \t]*\.[ \t]*\d+[ \t]*\.[ \t]*\d+[ \t]*$|"
    # (not a day after its leader: "Closing date ........ 14.03.2025")
    r"[ \t]*\.{4,}[ \t]*£?[ \t]*\d[\d,]*(?:\.\d\d)?[ \t]*$|"
    # (or its pounds, shillings and pence parted by colons: "hedging ..... 0 : 5 : 0")
    r"[ \t]*\.{3,}[ \t]*£?[ \t]*\d+[ \t]*:[ \t]*\d+[ \t]*:[ \t]*\d+[ \t]*$",
    re.MULTILINE,
)
# (or parted by dashes, far from its words: "on credit      0 - 9 - 0", shillings under
# twenty and pence under twelve; not a range of days, which has two numbers)
_DASHED_CELL = re.compile(rf"[ \t]{{2,}}£?{_HYPHENED_SUM}[ \t]*$", re.MULTILINE)
_COLUMN = 3  # the fewest such sums a book's column has
_MONEY_WORD = re.compile(
    r"£|\b(?i:pd|rec['’]?d|received|paid|cost|costs|owes|owed|owing|sold|bought|shillings?|pence|"
    r"pounds?)\b"
)
# (the same within a line's words: "to the valu of 1 - 3 - 0.", written as one sum, as is
# "takings, 38l. 6s. 2d.", whose stops end no sentence)
_SUM_IN_LETTERS = re.compile(
    r"\b(\d{1,4})\s?l\.\s+(1?\d)\s?s\.\s+(1[01]|\d)\s?d(?:\.(?=\s+[a-z])|(?=\.))"
)
_SUM_IN_WORDS = re.compile(rf"(?<![\w,.-])£?{_HYPHENED_SUM}(?![\w-])")


# An account book's head of its columns of pounds, shillings and pence, at a line's end:
# "1784                     £  s  d", "l.  s.  d.", "L   s   d", or of shillings and pence
# alone, "1874.                     s.  d."
# (or "li.  s.  d."; or after a column of its own measure, "Qrs.    L.   s.  d.", whose
# figures go before the sums: "Barley @ 38s.      40    76   0   0", or alone, "gaug'd  12")
_POUNDS_HEAD = re.compile(
    r"[ \t]{2,}(?P<measure>(?:Qrs|Bush|Bushels|Cwt|Tons|Lbs?|Doz|Galls?|Yds|No)\.?[ \t]+)?"
    r"(?:(?:£|l\.|li\.|L\.?|Li\.?)[ \t]+s\.?[ \t]+d\.?|s\.[ \t]+d\.)[ \t]*$",
    re.MULTILINE,
)
# (and a sum in those columns at a line's end, far from its words: "as before      0  3  6",
# "gate post.      0.  7.  6", "38 rats at 1d.      3   2", "Hallam Farm ...     £1    5   0",
# after a spaced leader "crupper . . . . .   5  12   6", a sum paid out in brackets "(7   6)",
# no sum "-    -    -", a stop between shillings and pence "L4 10 . 0"; shillings under twenty
# and pence under twelve)
_POUNDS_CELL = re.compile(
    r"(?:[ \t]+\.(?:[ \t]+\.){2,})?[ \t]{3,}(?:-[ \t]+-[ \t]+-|"
    r"(\()?(?:[£L]?\d{1,4}\.?[ \t]+)?(?:1?\d)\.?[ \t]+(?:\.[ \t]+)?(?:1[01]|\d)\.?(?(1)\)))[ \t]*$",
    re.MULTILINE,
)


# (a figure of the measure's column before them, or alone far out at the line's end; not a
# year, "Voyage ended          1834", nor a day in a column of its own after its month, "Nov.
# 4      3   1   6   0")
_MEASURE_CELL = re.compile(
    r"(?<=\S)[ \t]{3,}(?P<figure>\d{1,4})(?=[ \t]{3,}£?\d{1,4}[ \t]+1?\d[ \t]+(?:1[01]|\d)[ \t]*$)|"
    r"(?<=\S)[ \t]{8,}(?P<alone>\d{1,4})[ \t]*$",
    re.MULTILINE,
)


def _kept_or_dropped(cell: re.Match[str]) -> str:
    before = cell.string[cell.string.rfind("\n", 0, cell.start()) + 1 : cell.start()]
    if re.fullmatch(YEAR_FIGURES, cell["figure"] or cell["alone"]) or MONTH_ENDING.search(before):
        return cell[0]
    return ""


def _pounds_columns(text: str) -> str:
    """``text`` with an account book's columns of pounds, shillings and pence gone, the
    head that names them ("1784      £  s  d" is "1784") and the sums under it, and the
    figures of a measure's column before them ("Qrs."); a line's numbers in a book with no
    such head stay (a table's "3  14  6")."""
    head = _POUNDS_HEAD.search(text)
    if head is None:
        return text
    if head["measure"]:
        text = _MEASURE_CELL.sub(_kept_or_dropped, text)
    text = _POUNDS_CELL.sub(_row_s_end, _POUNDS_HEAD.sub("", text))
    return _BEFORE_A_DAY_S_ROW.sub(r"\g<line>.", text)


# (a row's last hanging line with no sum, before the next row's day at the line's start:
# "  (to be pd by Navy Bill, at 90 Days)" over "Augt  14th  Pd Wm. Tarrant": the row's entry
# ends there; not the book's head, nor a line of prose wrapped mid-sentence, "... on" over
# "Jany 14th when her husband is paid")
_BEFORE_A_DAY_S_ROW = re.compile(
    r"^(?P<line>[ \t]{2,}\S[^\n]*?(?<!\bon)(?<!\bfrom)(?<!\bto)(?<!\bof)(?<!\bthe)(?<!\band)"
    r"(?<!\bviz)(?<!\bdue)(?<!\bat)(?<!\bby)(?<!\bin)(?<!\bday)[\w)])[ \t]*"
    rf"(?=\n(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}}(?:{ORDINAL})?\b)",
    re.MULTILINE,
)


def _row_s_end(cell: re.Match[str]) -> str:
    """What a row's sum leaves: the stop that ends the row's entry."""
    before = cell.string[: cell.start()].rstrip()
    return "" if not before or before.endswith((".", "!", "?")) else "."


def without_a_closing_sum(title: str) -> str:
    """``title`` without an account's sum at its end, in pounds, shillings and pence (pence
    under twelve), in a line that speaks of money ("Sold to the brewery 6 hogsheads 9 0 0"),
    nor the "last" its day left ("Rec'd for staves deliver'd [the 20th Dec.] last 1 4 0");
    not a list's numbers nor a score ("hymns 104 12 8", "rinks won 3 1 0", "weighed 9 2 7")."""
    return _SUM_AT_TITLE_END.sub("", title) if _MONEY_WORD.search(title) else title


_SUM_AT_TITLE_END = re.compile(
    r"(?<=[^\d\s])(?<!hymns)(?<!\blat)(?<!\blong)(?<!\bNos)(?<!\bwon)(?<!\bruns)(?<!\blost)"
    r"(?<!score)(?<!weighed)(?:\s+last)?\s+\d{1,3}\s+1?\d\s+(?:1[01]|\d)$"
)
