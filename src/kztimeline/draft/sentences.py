"""A paragraph cut into sentences: where a full stop ends one and where it does not (an
abbreviation, an initial, a law report's citation, a day book's "1906.  June."), and a
run-on list cut into clauses."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from kztimeline.draft.cues import (
    MEMORANDUM,
    MONTH_WORDS,
    MONTHS_CUT_SHORT,
    NAMES_CUT_SHORT,
    ORDINAL,
)
from kztimeline.draft.daylines import short_day_line
from kztimeline.draft.key_dates import DEBTOR_CHARGED
from kztimeline.draft.line_breaks import (
    dated_rows,
    heading_lines,
    letter_lines,
    title_lines,
    year_lines,
)
from kztimeline.draft.paragraphs import Paragraph
from kztimeline.draft.pieces import LETTERED_ITEM, YEAR_THEN_MONTH
from kztimeline.draft.verbs import VERB
from kztimeline.draft.weekdays import (
    OLD_WEEKDAY_ABBREVIATIONS,
    SHORT_WEEKDAY_PATTERN,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_PATTERN,
)

__all__ = ("COMPANY_SUFFIX", "Sentence", "sentences_of")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, on one line, and the line of the file it starts on."""

    text: str
    line: int
    paragraph: int = 0
    item: bool = False  # an entry of a list or a table, not a line of prose


# A full stop after one of these does not end a sentence.
_ABBREVIATIONS = (
    frozenset(
        "mr mrs ms dr prof gen sen rep gov st jr sr no nos inc ltd co corp v vs etc u.s u.n u.k "
        "e.g i.e a.m p.m col lt capt maj amb dep ave mt ft fig approx est dept univ pp para paras "
        "vol cf revd hon abt h.m h.m.i".split()
    )
    | {name.lower() for name in (*NAMES_CUT_SHORT, *WEEKDAY_ABBREVIATIONS)}
    | MONTHS_CUT_SHORT
)
COMPANY_SUFFIX = r"(?:S\.p\.A|S\.r\.l|S\.A|N\.V|B\.V|Ltd|Inc|Co|Corp|plc)\."
"""A company's suffix and its stop, which ends no sentence before a ticker or a comma
("Vistula Cables S.A. (WSE: VSC)") nor a heading ("... and Marencia Desal S.p.A.")."""
_COMPANY_SUFFIXES = frozenset("s.a n.v b.v s.p.a s.r.l".split())  # (cut short as tokens)
_TICKER_OR_COMMA = re.compile(r"\s*[(,]")
_POSITION = re.compile(r"\b(?:Lat|Long?)\.$")
_POSITION_WRITTEN = re.compile(
    r"\b(?:Lat|Long?)\.?\s*\d{1,3}\s*deg\.\s*(?:\d{1,2}(?:\.\d+)?\s*min\.\s*)?[NSEW]\."
)
# An account book's words cut short that open an entry: "Pd. Jno. Pryce", "Recd. of Mr Harley"
# (and a memorandum's mark, cues.MEMORANDUM: "Mem. The River froze", "Memdm. Bought of")
_LEADING = frozenset(("pd", "recd"))
# A past cut short ("obey'd.") or a name's possessive ("at St Mary's.") before a new sentence
_CODE = re.compile(r"\s+(?:[A-Z]{1,4}[\w/-]*\d|[A-Z]{1,3}\s+\d|\d)")  # "grid ref. TA 2019"
_CUT_SHORT_END = re.compile(r"[a-z]['’][ds]\.$")
_HOUR_END = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.m\.$")
_STAMP_WORD = re.compile(
    r"(?i)(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
)
_WEEKDAYS_CUT_SHORT = frozenset(name.lower() for name in WEEKDAY_ABBREVIATIONS)
_OLD_HAND = frozenset(("apl", "sepr"))  # an old hand's months, their day after them
# (that day: "Apl. 6. Sund.", "Sepr. 2 Tues.", "Apl. 14 1851")
_ITS_DAY = re.compile(
    rf"\s+(?:[1-9]|[12]\d|3[01])(?:{ORDINAL})?(?:[.,]|\s+(?!(?:{MONTH_WORDS})\b)(?:[A-Z]|\d{{4}}))"
)
_DAYS_CUT_SHORT = MONTHS_CUT_SHORT | _WEEKDAYS_CUT_SHORT  # "Jan.", "Mon.": a day may follow
# A name cut short, an old weekday's, "abt." or "v.", which may end a sentence ("Jos", "Abt",
# "electrified at 1500 v. On 4 June") too
_NAME_LIKE = frozenset(
    name.lower() for name in (*NAMES_CUT_SHORT, *OLD_WEEKDAY_ABBREVIATIONS, "abt", "v")
)
_SENTENCE_OPENER = re.compile(
    r"\s+(?:The|A|An|On|In|At|By|For|From|His|Her|Its|Their|He|She|It|They|We|This|That|"
    r"There|After|Before|When|But|And|As|If|Since|During|Today|Yesterday)\b"
)
# ranks, also nouns: "the col", "a gen", "promoted to Sgt. He was killed"
_RANKS = frozenset("col gen maj capt sen rep gov sgt pte det insp supt cpl".split())
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


_ENTRY_END = re.compile(r";\s+")
_NEXT_POINT = re.compile(r"\s\d{1,2}[.)]\s+[A-Z]")
_FIGURE_IN_BRACKETS = re.compile(r"\((?:pop|approx|est|ca)\.$", re.IGNORECASE)
_ROW_DAY = re.compile(  # a row's day, opening its line: "Wed. 19th", "Sat 3"
    rf"\s+(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)
_SERIES = re.compile(r"\s+[1-9](?:d|st|nd|rd|th)\s+\d")
_REPORT_SERIES = re.compile(
    r"(?<![\d,.])\d{1,4}\s+(?:(?!(?:Jan|Feb|Mar|March|Apr|April|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"[A-Z][a-z]{0,4}\.\s*)+$"
)
_BEFORE_NUMBER = re.compile(r"(?:[a-z]\.)+[a-z]|sec|sect|ref")  # "(ref. 25/01847/FUL)"
# an old weight's parts, each before the next: "2 cwt. 1 qr. 7 lb."
_WEIGHT_PART = re.compile(r"cwt|qrs?|lbs?")
_NEXT_PART = re.compile(r"\s+\d{1,3}\s*(?:cwt|qrs?|lbs?|oz)\b")
# a law report's pages after its series: "402, 411 (2015)", "App. 117, 120", "App. 3d 44, 49 ("
_REPORT_PAGES = re.compile(
    r"\s+(?:[A-Z][a-z]{0,4}\.\s+)?(?:\d(?:d|st|nd|rd|th)\s+)?\d{1,5}(?:,\s*\d{1,5})+\s*\("
)
# a day book's "1906.  June.", on a line of its own: one heading, the month of that year
_DAY_BOOK_MONTH = re.compile(rf"\s*{YEAR_THEN_MONTH}\s*")


_LETTER_ITEM = re.compile(rf"[ \t]*{LETTERED_ITEM}[ \t]+(?=[A-Z])")
# A place or a part named by a letter, before the next sentence's opening word: "recorded on
# 14 May in transect C. A nest", "Schedule A. The road" (not a name's initials, "the field J.
# Hobbs now rents", "Judge Court J. Bell", "D. H. Lawrence")
_LETTERED = re.compile(
    r"\b(?:[Ss]chedule|[Aa]ppendix|[Aa]nnex|[Tt]able|[Ff]igure|[Pp]art|[Ss]ection|transect|"
    r"compartment|plot|zone|area|block|gate|platform|pier|ward|column|route|category|court|"
    r"field|stand|bay|wing|tier|stage|option|terminal|grid\s+square|quadrat|pond|hide|"
    r"car\s+park)\s+[A-Z]\.$"
)
_OPENING_WORD = re.compile(
    r"\s+(?:A|An|The|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|On|In|At|"
    r"After|Before|By|During|No|One|Two|Three|Some|All|Each)\b"
)


def _item_at(text: str, at: int) -> bool:
    """Whether a lettered item opens the line at ``at``, after a line that ends its sentence,
    a list's lead ("...:", "...;") or a heading in capitals ("7. NEXT STEPS"): not a wrapped
    "(b) Schedule 2" in mid-sentence."""
    above = text[text.rfind("\n", 0, at - 1) + 1 : at].strip()
    closed = above[-1:] in (".", ":", ";") or not re.search("[a-z]", above)
    return closed and _LETTER_ITEM.match(text, at) is not None


def _day_book_month(text: str, begin: int, stop: int, starts: Sequence[int]) -> bool:
    """Whether the full stop ending at ``stop`` is a day book's year's, in "1906.  June." on
    a line of its own from ``begin`` (``starts``: where the paragraph's lines start)."""
    after = bisect_right(starts, stop)
    line_end = starts[after] if after < len(starts) else len(text)
    heading = _DAY_BOOK_MONTH.fullmatch(text, begin, line_end)
    return heading is not None and heading.end("y") + 1 == stop


def sentences_of(paragraph: Paragraph, start: int, number: int) -> list[Sentence]:
    """The sentences of ``paragraph`` from ``start`` on, as the ``number``-th paragraph."""
    text = paragraph.text
    sentences: list[Sentence] = []
    begin = start
    # a line that ends on a semicolon ends an entry: a provenance's "Vienna, 1911;"
    line_starts = set(paragraph.starts)
    listed = [found for found in _ENTRY_END.finditer(text, start) if found.end() in line_starts]
    # a line that is only a year is a heading of its own ("1870" over a log's "Mar. 3  4.15
    # pm  Line to Carbury down."): it ends what goes before it and what comes after
    # (and a letter's place and day over its salutation, or a bulletin's stamp line)
    cuts = deque(
        sorted(
            {
                *year_lines(text, paragraph.starts, start),
                *heading_lines(text, paragraph.starts, start),
                *(title_lines(text, paragraph.starts) if number == start == 0 else ()),
                *dated_rows(text, paragraph.starts, start),
                # (and a lettered item, "  a) The next survey is due", "(b) Bramble should")
                *(at for at in paragraph.starts if at > start and _item_at(text, at)),
            }
        )
    )
    # a log's position written out ("Lat. 12 deg. 14 min. N.") and a letter's place and day
    # on a line of its own ("Rouen. 14th Nov. 1916."): each one phrase, ended by its stop
    positions = deque(
        sorted(
            [
                *(
                    (found.start(), found.end())
                    for found in _POSITION_WRITTEN.finditer(text, start)
                ),
                *letter_lines(text, paragraph.starts, start),
            ]
        )
    )
    for match in sorted([*_BOUNDARY.finditer(text, start), *listed], key=lambda m: m.end()):
        while cuts and cuts[0] < match.end():
            if cuts[0] > begin:
                _add(sentences, paragraph, begin, cuts[0], number)
                begin = cuts[0]
            cuts.popleft()
        while positions and positions[0][1] < match.end():
            positions.popleft()
        if match.end() <= begin:
            continue
        if positions and positions[0][0] < match.start():
            if positions[0][1] > match.end():
                continue
            _add(sentences, paragraph, begin, match.end(), number)
            begin = match.end()
            continue
        debtor = DEBTOR_CHARGED.match(text, begin)
        if debtor is not None and debtor.end("debtor") == match.start():
            continue  # a day book's "Jno Pettit, Lower Farm. To a new pair of wheels": one entry
        if _FIGURE_IN_BRACKETS.search(text, max(begin, match.end() - 8), match.end()):
            continue  # "Skarvik (pop. 1,460) this morning": a figure's word in brackets
        word = re.search(r"(?<!\w)([A-Za-z.]+)\.*$", text[begin : match.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        coded = word is not None and word.group(1).rstrip(".") in ("ref", "rev", "fol")
        if coded and _CODE.match(text, match.end()):
            continue  # "grid ref. TA 2019", "rev. A 2021-05-02" (not "idles at 800 rev. The car")
        # (read only the few characters before the stop: no sentence is read again)
        cut_short = (
            _CUT_SHORT_END.search(text, max(begin, match.end() - 5), match.end()) is not None
        )
        hour = _HOUR_END.search(text, max(begin, match.end() - 12), match.end())
        verb = re.match(r"\s+([A-Z][a-z]+)\b", text[match.end() :])
        # a line that opens on the next numbered point ("Thu 27 Feb. / 2. Captains' meeting";
        # not a day wrapped after its month, "Left Bristol on Jan. / 3. Fresh breeze")
        point = (
            match.end() + 1 in line_starts
            and _NEXT_POINT.match(text, match.end()) is not None
            and (
                token not in _DAYS_CUT_SHORT
                or re.search(r"\d\s+[A-Za-z]+\.$", text[begin : match.end()]) is not None
            )
        )
        if (
            cut_short
            or point
            or (
                hour is not None
                # (before a verb that opens the next: "Left Hadley 5 a.m. Agreed with Mr Dawes";
                # not "Lit at 4.10 p.m. The relief boat came", nor a stamp's "Wed. 5th. 7.30 p.m.")
                # (or a pronoun that opens one: "left 1 p.m. He informs me that ...")
                and (
                    re.match(r"\s+(?:He|She|It|They|We|I)\s+[a-z]", text[match.end() :])
                    or (
                        verb is not None
                        and VERB.fullmatch(verb[1].lower()) is not None
                        and not _STAMP_WORD.fullmatch(verb[1])  # (not "8 a.m. May 3")
                    )
                )
                and any(
                    not _STAMP_WORD.fullmatch(word)
                    for word in re.findall(r"[A-Za-z]{3,}", text[begin : hour.start()])
                )
            )
        ):
            # "shall be obey'd. I am sorry", "at St Mary's. Handel's Messiah follows": a past
            # cut short, a name's possessive or an hour ends its sentence
            _add(sentences, paragraph, begin, match.end(), number)
            begin = match.end()
            continue
        if (
            token in _WEEKDAYS_CUT_SHORT
            and not text[begin : match.start() - len(token)].strip()
            and re.match(r"\s+[A-Z][a-z]", text[match.end() :])
            and not re.match(rf"\s+(?:{MONTH_WORDS})\b", text[match.end() :])  # "Wed. Dec. 1st."
        ):
            # "Feb. 2nd. Sat. Hard frost.": the weekday of an entry's day, a stamp of its own
            _add(sentences, paragraph, begin, match.end(), number)
            begin = match.end()
            continue
        if token in _COMPANY_SUFFIXES and _TICKER_OR_COMMA.match(text, match.end()):
            continue  # a company's before its ticker: "Vistula Cables S.A. (WSE: VSC)"
        memo = MEMORANDUM.match(text, begin)
        if (memo is not None and memo.end() >= match.end()) or (
            token in _LEADING
            and (
                not text[begin : match.start() - len(token)].strip()
                or re.match(r"\s+\d", text[match.end() :])
            )
        ):
            continue  # an account book's "Pd. Jno. Pryce in full", "coals, pd. 14 Jan."
        if (
            (
                match.group().startswith(".")
                and (
                    # an abbreviation ends no sentence, but a log's day line opening its paragraph
                    # does ("Sat 8 Mar. 61 boxes"), unless a year follows ("12 Sept. 1849")
                    (
                        token in _ABBREVIATIONS
                        # (a name's or an old weekday's, not a place's or a firm's before a
                        # new sentence: "clashes broke out in Jos. On Saturday ...")
                        and not (token in _NAME_LIKE and _SENTENCE_OPENER.match(text, match.end()))
                        # (nor an old hand's month with no day after it: "buried 3 Apl. The
                        # lambs", "Sepr. 3 Octr. we began", "Apl. 32 shares")
                        and not (token in _OLD_HAND and not _ITS_DAY.match(text, match.end()))
                        and not (begin == start and short_day_line(text, begin, match.end()))
                        # (a noun after its article, not a rank: "no higher than the col. Wilson")
                        and not (
                            token in _RANKS
                            and (
                                re.search(r"\b(?:the|a|to|as)\s+\w+\.$", text[begin : match.end()])
                                or re.match(
                                    r"\s+(?:He|She|They|It|The|His|Her)\b", text[match.end() :]
                                )
                            )
                        )
                        # (nor a month cut short after its day, late in a sentence, before a
                        # word: "to be fitted by 30 Sept. Timber ordered"; not "On 21 Oct. Nelson")
                        and not (
                            token in MONTHS_CUT_SHORT
                            and re.search(
                                r"\w+\s+\w+\s+\w+\s+\d{1,2}\s+\w+\.$", text[begin : match.end()]
                            )
                            and re.match(r"\s+[A-Z][a-z]", text[match.end() :])
                            and not short_day_line(text, begin, match.end())
                        )
                    )
                    # an initial, not a unit after a number ("retreated some 1,240 m. Since",
                    # "gusting to 60 km/h. A Total Fire Ban")
                    # nor a position's bearing ("Long. 36° 12' E. Three cases")
                    # (nor a grade ending a programme's row, before the next row's day:
                    # "11 miles, S. / Wed. 19th Riverside & Mill Dam.")
                    or (
                        len(token) == 1
                        and token.isalpha()
                        and not re.search(
                            r"(?:\d\s*[a-z]|[°'’′]\s*[NSEW]|\d\s*[a-z]+/[a-z])\.$",
                            text[begin : match.start() + 1],
                        )
                        and not (
                            match.end() + 1 in line_starts
                            and _ROW_DAY.match(text, match.end()) is not None
                        )
                        # (nor a place's letter: "recorded on 14 May in transect C. A nest")
                        and not (
                            _LETTERED.search(
                                text, max(begin, match.start() - 20), match.start() + 1
                            )
                            and _OPENING_WORD.match(text, match.end())
                        )
                    )
                    # an old weight's parts: "2 cwt. 1 qr. 7 lb."
                    or (_WEIGHT_PART.fullmatch(token) and _NEXT_PART.match(text, match.end()))
                    # a law report's "289 N.C. 1979", "U.S.C. Sec. 1983", "188 Wn. App. 402"
                    or (
                        _BEFORE_NUMBER.fullmatch(token)
                        and re.match(r"\s+(?:\d|[A-Z]+/)", text[match.end() :])
                    )
                    # (or its series after its volume: "201 Nd. App. 117", "88 Cal. 402")
                    # (not a day's month: "fell on 3 Mar. 14 people were hurt")
                    or (
                        _REPORT_SERIES.search(text, begin, match.end()) is not None
                        and _REPORT_PAGES.match(text, match.end()) is not None
                    )
                    # "Ref. SP-2025-0211": a reference's code (not "Washington, D.C. I-95 was")
                    or (token == "ref" and re.match(r"\s+[A-Z]+-?\d", text[match.end() :]))
                    # a log's position: "Lat. 31° 40' S., Long. 36° 12' E.", "Lat. 39.10 N,
                    # Lon. 68.40 W." (not "40 m long.")
                    or (
                        _POSITION.search(text, begin, match.end()) is not None
                        and re.match(r"\s*\d{1,3}(?:\s*°|\.\d\d\s*[NSEW]\b)", text[match.end() :])
                        is not None
                    )
                    or _SERIES.match(text, match.end())
                )
            )
            or _day_book_month(text, begin, match.end(), paragraph.starts)
        ):
            continue
        _add(sentences, paragraph, begin, match.end(), number)
        begin = match.end()
    for cut in cuts:
        if cut > begin:
            _add(sentences, paragraph, begin, cut, number)
            begin = cut
    _add(sentences, paragraph, begin, len(text), number)
    return sentences


def _add(
    sentences: list[Sentence], paragraph: Paragraph, begin: int, end: int, number: int
) -> None:
    # A "sentence" of thousands of characters is a list run together, not prose: each of
    # its dates would read the whole of it, so it is read in clauses of at most _LONGEST
    # characters, cut after a semicolon or a comma.
    while end - begin > _LONGEST:
        cuts = [
            found.end() for found in _RUN_ON_CUT.finditer(paragraph.text, begin, begin + _LONGEST)
        ]
        if not cuts or cuts[-1] - begin < _LONGEST // 4:
            break
        _add(sentences, paragraph, begin, cuts[-1], number)
        begin = cuts[-1]
    piece = paragraph.text[begin:end]
    stripped = piece.strip()
    if stripped:
        offset = begin + len(piece) - len(piece.lstrip())
        sentences.append(Sentence(stripped, paragraph.line_at(offset), number, paragraph.item))


_LONGEST = 800
_RUN_ON_CUT = re.compile(r"[;,]\s+")
