"""A text's paragraphs, each remembering the lines of the file it came from: blank lines
part them, a hard-wrapped one is joined back; a Markdown heading or list entry, a
letterhead's date line and a record's field ("Launch: 14 October 2025", which
:mod:`kztimeline.draft.field_lines` tells) stand alone."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from kztimeline.draft.cues import BOOK_BEGUN, ISSUE_LINE, MONTH_WORDS, YEAR_FIGURES
from kztimeline.draft.dateline import read_dateline
from kztimeline.draft.field_lines import is_field, is_page_date
from kztimeline.draft.furniture import AREA_FIELD, PREVIOUS_ISSUES, RELEASE_TAIL
from kztimeline.draft.grammar import matches
from kztimeline.draft.head_dates import RECORDED, a_letter_s_day, ends_on_a_day
from kztimeline.draft.layout import COLUMNS, ENTRY_END, diary_entries, laid_out, listing_rows
from kztimeline.draft.letters import (
    SALUTATION,
    an_address,
    line_below,
    over_a_salutation,
)
from kztimeline.draft.pieces import MORE_DAYS, WEEKDAY_AND_DAY
from kztimeline.draft.table_rows import (
    a_day_s_results,
    figures_of_a_month,
    table_entries,
    under_its_header,
)
from kztimeline.draft.title_year import month_alone, month_heading, year_of_section

__all__ = ("Paragraph", "joined", "paragraphs_of_text")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    starts: tuple[int, ...]  # offsets in text where a new line of the file begins
    lines: tuple[int, ...]  # the line of the file at each of those offsets
    item: bool = False  # a list item or a table cell: an entry, never a dateline or a byline

    def line_at(self, offset: int) -> int:
        return self.lines[max(0, bisect_right(self.starts, offset) - 1)]


# Months and weekdays, whole, as a text in capitals writes them.
_CALENDAR_NAMES = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # "tue jan 14 2025", "on may 3": cut short, or a verb too ("will march to"), only beside a day
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=\s+[a-z]{3,9}\s+\d))|"
    r"(?:jan|feb|mar|march|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?=\.?\s+\d)|"
    r"(?<=\d\s)(?:jan|feb|mar|march|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z]))\b"
)


def _in_sentence_case(text: str) -> str:
    """``text`` in sentence case when it is written in capitals, as a warning centre's
    bulletin is ("THE GAUGE ... HAS BEEN OUT OF SERVICE SINCE JANUARY 2 2025"): lower case,
    with a capital for each sentence and line, and each month and weekday named."""
    letters = [character for character in text if character.isalpha()]
    if len(letters) < 200 or sum(letter.isupper() for letter in letters) < 0.8 * len(letters):
        # (but an advisory's headline, "...WIND CHILL ADVISORY IN EFFECT FROM 6 PM THIS
        # EVENING TO 10 AM CST TUESDAY...", is read so in any text)
        return _HEADLINE.sub(lambda match: _lowered(match.group()), text)
    return _lowered(text)


# An advisory's headline in capitals, between its dots, on a line of its own (not another
# headline's, whose names a lower case would spoil: "...PRESIDENT MACRON TO VISIT LEEDS...")
_HEADLINE = re.compile(
    r"^[ \t]*\.\.\.(?=[^a-z\n]*\b(?:WARNING|WATCH|ADVISORY|ALERT|STATEMENT|IN EFFECT)\b)"
    r"[^a-z\n]{10,}\.\.\.[ \t]*$",
    re.MULTILINE,
)


def _lowered(text: str) -> str:
    """``text`` in capitals in lower case, with a capital for each sentence, line and month
    and weekday named, and a zone after an hour's bound as it is written."""
    lowered = re.sub(
        r"(^[ \t]*(?:\.\.\.)?|[.!?]\s+|\n[ \t]*\n[ \t]*|\n[ \t]*[*•-][ \t]+)([a-z])",
        lambda match: match[1] + match[2].upper(),
        text.lower(),
    )
    lowered = _CALENDAR_NAMES.sub(lambda match: match.group().capitalize(), lowered)
    # an hour's zone after a bound, as written: "by 1800 UTC Friday" (never a year's "by 1800")
    return re.sub(
        r"(\b(?:by|until|till|before|than)\s+\d{4}\s?)(utc|gmt|bst|cest|cet|[ecmp][sd]t)\b",
        lambda match: match[1] + match[2].upper(),
        lowered,
    )


def paragraphs_of_text(text: str) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; a hard-wrapped one is joined back. A text
    in capitals is read in sentence case (:func:`_in_sentence_case`), its layout as
    :mod:`kztimeline.draft.layout` reads it."""
    text = laid_out(_in_sentence_case(text))
    paragraphs: list[Paragraph] = []
    pieces: list[tuple[int, str]] = []

    def close() -> None:
        if pieces:
            paragraphs.append(joined(pieces))
            pieces.clear()

    rows: list[tuple[int, str]] = []  # the lines of a table whose cells "|" parts
    above: list[tuple[int, str]] = []  # those of the table before it
    month = ""  # the month's heading the table stands under ("OCTOBER 2025"), if any
    saluted = False  # whether a letter has opened above ("My dear Harriet,")

    def close_table() -> None:
        rows[:] = under_its_header(rows, above) if month else rows
        paragraphs.extend(
            replace(joined([(entry.line, entry.text)]), item=entry.item)
            for entry in table_entries(rows, month=month)
        )
        above[:] = rows or above
        rows.clear()

    last_item: list[tuple[int, str]] = []  # the lines of the list entry just read
    lines = text.splitlines()
    entries, listed = diary_entries(lines), listing_rows(lines)
    foot = len(lines) - _FOOT_LINES  # after it, a letter's closing date line may stand
    for number, line in enumerate(lines, start=1):
        # "OUTLOOK" over "------": a heading's rule; "To Mr. Wm. Hartley, Lisbon" over "Sir,";
        # a transcript's leaf, "[f. 1r]", "[fol. 12v]", over which a sentence runs on
        if _RULE_OR_LEAF.fullmatch(line) or an_address(lines, number):
            if not line.lstrip().startswith("["):
                close()
            continue
        if figures_of_a_month(line):
            close()  # "April       8        4       1": a month's counts in columns, no day
            continue
        if number <= _HEAD_LINES and (begun := BOOK_BEGUN.fullmatch(line)):
            # "Commenced Michaelmas 1853" under a book's name: no fact, its year the book's
            close()
            pieces.append((number, begun["year"]))
            close()
            continue
        if re.fullmatch(r"\s*\.\.\.\S.*\S\.\.\.\s*", line):
            close()  # "...Wind chill advisory in effect from 6 pm ...": a headline, a line
            pieces.append((number, line.strip()))
            close()
            continue
        # "14:30 Lift 4 closed from 6 Feb until further" over "notice; 38 guests ...":
        # an unfinished entry wrapped at a line's length goes on into a line in lower case
        # (not a terse log's "09:00 A39 reopened" over "ploughs stood down on 10 Mar")
        open_end = (
            bool(last_item)
            and len(last_item[-1][1]) >= _WRAPPED
            and not last_item[-1][1].endswith((".", "!", "?", ":"))
        )
        wrapped = line[:1].isspace() or (open_end and line[:1].islower())
        # (not a programme's next hour under the last: "17:00  Welcome" over "18:00  Draws")
        hours = bool(last_item) and bool(_HOUR_ROW.match(last_item[0][1]))
        wrapped = wrapped and not (hours and _HOUR_ROW.match(line))
        if last_item and wrapped and line.strip() and not _MARKDOWN.match(line):
            # "- Measure 1: ... in place by 31" over "  March 2026.": the entry goes on
            last_item.append((number, line.strip()))
            paragraphs[-1] = replace(joined(last_item), item=True)
            continue
        saluted = saluted or SALUTATION.match(line.strip()) is not None
        last_item = []
        results = len(pieces) == 1 and "|" in line and a_day_s_results(pieces[0][1], line)
        if results:  # a heading's day over its results ("|" between): one sentence
            pieces[0], line = (pieces[0][0], results[0]), results[1]
        if "|" in line and line.strip(" |"):
            close()
            rows.append((number, line.strip()))
            continue
        close_table()
        if line.strip():  # (only a month's heading between two tables keeps the header)
            month = line.strip() if month_heading(line) else ""
            if not month:
                above.clear()
        marked = _MARKDOWN.match(line)
        if marked is not None:
            # "## 4.2.0 - 2024-05-06", "- Fixed a crash": a heading or an entry of its own.
            close()
            pieces.append((number, marked["rest"]))
            close()
            if len(paragraphs) > 1 or marked["mark"] != "#":  # "# Changelog" titles the text
                paragraphs[-1] = replace(paragraphs[-1], item=True)  # it dates itself only
                last_item = [(number, marked["rest"])]
        elif line.strip():
            # "Born      3 May 1951, Kessel": an infobox's label and value, a field.
            line = _INFOBOX.sub(r"\g<label>: \g<value>", line)
            head = len(pieces) == 1 and not results
            head = head and _is_subheading(pieces[0][1], line.strip(), bool(paragraphs))
            # (or a bulletin's areas, a line of their own: "Regions: East, South East, London")
            # (or its list of those before it: "Previous updates: Update 3 (09:00, 16 January)")
            head = head or bool(
                pieces
                and (AREA_FIELD.match(pieces[-1][1]) or PREVIOUS_ISSUES.fullmatch(pieces[-1][1]))
            )
            if head or (len(pieces) == 1 and COLUMNS.fullmatch(pieces[0][1])):
                close()  # "About Nomad Energy" over the lines it heads; a table's columns
            elif number in listed or (
                number in entries and pieces and ENTRY_END.search(pieces[-1][1]) is not None
            ):
                close()  # "Mar 7.  Left Hadley 5 a.m." under the entry before: the next entry
            elif (
                _NUMBERED.match(line)
                and not (pieces and _ENDS_ON_A_MONTH.search(pieces[-1][1]))
                and not (pieces and _POINT.match(line) and not _POINT_BEFORE.search(pieces[-1][1]))
            ):
                # "2. Heavy rain continued": the next numbered point (not "... on November / 30.")
                close()
            # (not the end of a long line's phrase: "... the grounding of the vessel Elsabet
            # Wind on Hound / Rock, Skerry Sound, on 3 February 2022"; a "Posted 20 Nov" line)
            cut = bool(pieces) and len(pieces[-1][1]) >= _CUT_LINE and pieces[-1][1][-1].isalpha()
            cut = cut and not re.match(rf"{RECORDED}\b|{ISSUE_LINE.pattern}", line.strip())
            # (or, anywhere, a letter's date line over its salutation or heading a paragraph:
            # a later letter of a collection, "Skerrow Light, 9th November 1884" over "Dear
            # Bella,", "Kalinde Station, 5th April 1893." over "Our daughter Ellen ...")
            next_line = line_below(lines, number)
            # (under a letter's number only: "II." over "Kasimkoy, 2nd May 1855.")
            numbered = len(pieces) == 1 and _LETTER_NUMBER.fullmatch(pieces[0][1]) is not None
            letter = over_a_salutation(line.strip().rstrip(".") + ".", next_line) or (
                (not pieces or numbered) and bool(next_line) and a_letter_s_day(line.strip())
            )
            # (or its day alone under its place alone: "Rio de Janeiro" / "29th April 1834"
            # over "My dear Harriet,", the one line "Rio de Janeiro, 29th April 1834")
            # (a whole day, not "June 1940"; a later letter, one already begun above)
            later = saluted and len(pieces) == 1 and not letter
            place = f"{pieces[0][1]}, {line.strip()}" if later else ""
            if place and over_a_salutation(place, next_line) and a_letter_s_day(place):
                pieces[0] = (pieces[0][0], f"{pieces[0][1]},")
                pieces.append((number, line.strip()))
                close()
                continue
            headed = number <= _HEAD_LINES or number > foot
            dated = letter or (headed and not cut and ends_on_a_day(line.strip()))
            # (a letter's place and day at its foot, with its stop: "Wrenfield Hall, 14th
            # Sept. 1790." under the signature)
            # (not the end of a sentence: "... will be held at St / Andrew's Church, Hove, on
            # February 3.")
            signature = not pieces or len(pieces[-1][1]) <= _SIGNATURE or pieces[-1][1][-1] in ".!?"
            dated = dated or (
                number > foot
                and signature
                and not re.search(r",\s+on\s", line)
                and a_letter_s_day(line.strip())
            )
            # a log's numbered day, anywhere: "Day 12 - Tuesday 9 January 2024"
            dated = dated or (_NUMBERED_DAY.match(line) is not None and bool(matches(line, None)))
            # "16:00  Advance delegation arrives" under its day, not a wrapped line of prose
            clocked = _CLOCK_ENTRY.match(line) is not None and (
                not pieces or len(pieces[-1][1]) <= 60 or pieces[-1][1].endswith((".", ":", "!"))
            )
            following = lines[number].strip() if number < len(lines) else ""
            # (or over its next month's heading: "Thu 18 Sep  League round 1" over "OCTOBER
            # 2025" over "Thu 9 Oct  League round 3", a heading of its own, dating nothing)
            if month_heading(following):
                following = lines[number + 1].strip() if number + 1 < len(lines) else ""
            row = _DAY_ROW.match(line.strip()) is not None and (
                not following or _DAY_ROW.match(following) is not None
            )
            # (not a release's "24 July 2025 - for immediate use": its day)
            entry = _ENTRY.match(line.strip()) and not RELEASE_TAIL.search(line.strip())
            if is_field(line.strip()) or entry or row or clocked:
                # "Launch: 14 October 2025, Baikonur": a record's field, a fact of its own;
                # "c. 1980 - A second line is added": an entry of a timeline, the same.
                close()
                pieces.append((number, line.strip()))
                close()
                paragraphs[-1] = replace(paragraphs[-1], item=True)
                if clocked:  # "0615  Pilot cutter ..." over "      boarding ...": it goes on
                    last_item = [(number, line.strip())]
                continue
            # (or a release's "24 July 2025 - for immediate use"; or who issued the text:
            # "Issued by the Eastmarsh Pollen Monitoring Station, 10:00")
            # (not a wrapped sentence: "Issued by the chief constable, the order banned")
            release = RELEASE_TAIL.search(line.strip())
            issuer = _ISSUER.fullmatch(line.strip()) and not matches(line, None)
            # (or a year alone, over a gap, under a name and office: "R. Ainslie, Engineer / 1838")
            under = len(pieces) > 1 and not next_line and _NAME_AND_OFFICE.fullmatch(pieces[-1][1])
            # (or over a month alone over a gap: "1847" over "March", two headings of a log's
            # entries; not over a month's prose, "1969 / July / Apollo 11 landed on 20 July.")
            # (over a gap and a log's entry: "Mon. 1st. Light airs"; not "1990 / March / / The
            # clubhouse burned down.", a history's year over its prose)
            year = re.fullmatch(YEAR_FIGURES, line.strip()) is not None
            if year and not under and month_alone(next_line):
                gap = not lines[number + 1 : number + 2] or not lines[number + 1].strip()
                below = "".join(lines[number + 1 : number + 3]).strip()
                year = gap and bool(_LOG_ENTRY.match(below))
            else:
                # (or over a table's rows of days: "2026" over "5 Jan   Mon   New Year Pairs")
                day_first = _DAY_ROW.match(following) is not None and following[:1].isdigit()
                year = year and (bool(under) or day_first)
            dated = dated or is_page_date(line.strip()) or bool(release or issuer or year)
            if dated:
                close()  # "Ministry of ... / Press service / Astana, 4 June 2024"
            pieces.append((number, line.strip()))
            if dated:
                close()
        else:
            close()
    close()
    close_table()
    return paragraphs


_RULE_OR_LEAF = re.compile(r"\s*(?:[-=_]{3,}|\[(?i:f|fol|folio|p|page|leaf)\.?\s*\d+\s*[rv]?\])\s*")
# (not a table's header of columns)
_INFOBOX = re.compile(
    r"^\s*(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2})(?:\t+|\s{3,})(?P<value>\S(?:(?!\s\s|\t).)*)$"
)
_ISSUER = re.compile(
    r"(?:Issued|Published|Posted|Prepared)\s+by\s+[^,;]*?[A-Z][\w'’.-]*(?:,\s*\d{1,2}[:.]\d\d)?"
    # (or its field: "Prepared by: Mission Operations Division, Halden Space Agency")
    r"|(?:Issued|Published|Posted|Prepared)\s+by:\s+[^;.]*?[A-Z][\w'’.-]*"
)
_LOG_ENTRY = re.compile(rf"{WEEKDAY_AND_DAY}\.|\d{{1,2}}(?:st|nd|rd|th)?\.")  # "Mon. 1st."
_NAME_AND_OFFICE = re.compile(r"(?:[A-Z][a-z]*\.?\s+)+[A-Z][\w'’-]+,\s+(?:[A-Z][a-z]+\s*){1,3}")
_HEAD_LINES = 8  # where a letterhead's date line may stand
_FOOT_LINES = 6  # where a letter's closing date line may stand ("Bishop's House, 15 May 2024")
_WRAPPED = 60  # the shortest line a writer wraps before its end
_SIGNATURE = 40  # the longest line read as a signature over a letter's closing date line
_CUT_LINE = 70  # the shortest line whose last phrase a date line may go on
# "16:00  Advance delegation arrives": a programme's entry under its day, a line of its own.
_NUMBERED_DAY = re.compile(r"\s*(?:Day|Entry)\s+\d{1,3}\s*[-–—:]\s*\S[^.]{0,40}$")
_CLOCK_ENTRY = re.compile(r"\s*\d{1,2}[:.]\d\d\s+(?![ap]\.?m\b)\S")
# (its hour a column apart from its entry, as a programme sets its rows: "17:00  Welcome")
_HOUR_ROW = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]{2,}\S")
# (or its paragraph's: "2.2 He completed the Kaizen programme", after a point ended or a
# heading; not a wrapped line's "10.30 Saturday")
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+[A-Z]|\s*\d{1,2}\.\d{1,2}\s+[A-Z][a-z]")
_POINT = re.compile(r"\s*\d{1,2}\.\d{1,2}\s")
_POINT_BEFORE = re.compile(r"[.!?;]$|^\s*\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][\w ,'’-]{0,40}$")
# A talk's or a work's title in quotes and who gives it: '"Names on the Stone" - P. Harkness'
_TALK = re.compile(r"[\"“][^\"”]{3,80}[\"”](?:\s*[-–—,]\s*(?:[A-Z][\w.'’-]*\s*){1,5})?")
# A letter's number in a collection: "II.", "No. 14.", "Letter XII"
_LETTER_NUMBER = re.compile(r"(?:(?:Letter|No\.?)\s+)?(?:[IVXLC]{1,7}|\d{1,3})\.?")
_ENDS_ON_A_MONTH = re.compile(rf"\b(?:{MONTH_WORDS})\.?$")
_MARKDOWN = re.compile(r"^\s*(?P<mark>#{1,6}|[-*+•▪◦‣])\s+(?P<rest>\S.*?)\s*#*\s*$")


# A line of a timeline: a date of a few words, a dash, the entry ("14 November 1969 - Water
# reaches Koktal", "c. 1980 – A second line"), or a CV's or a table's line whose date, or
# span of dates, stands in a column of its own ("2009–2013  Engineer, Tobol Mining", "Sept
# 2012 – present<TAB>Lecturer"); its next line is the next entry, never its sentence's rest.
# "1998", "May 1998", "4 May 1998", "May 4, 1998", a CV's "03/2018"
_ENTRY_DATE = (
    r"(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?|(?:0[1-9]|1[0-2])/)[12]\d{3}"
)
_ENTRY = re.compile(
    rf"(?:(?:c|ca)\.\s*|circa\s+|early\s+|late\s+|mid-)?{_ENTRY_DATE}"
    rf"(?:(?:\s*[-–/]\s*\d{{2,4}})?\s+[-–—]\s+|"
    rf"(?:\s*[-–—]\s*(?:{_ENTRY_DATE}|(?i:present|now|date)))?(?:\s{{2,}}|\t)\s*)\S"
)
# A fixture card's or a calendar's row, its day in a column of its own ("Sat 26 Apr  Ellerby
# (H)", "1-2 June  Regatta", "Thurs. 10th & 17th July  Make-up nights"), in a run of such rows.
_CELL = r"(?:\s{2,}|\t)\s*\S"
_DAY_ROW = re.compile(
    rf"(?:{WEEKDAY_AND_DAY}{MORE_DAYS}*|\d{{1,2}}(?:st|nd|rd|th)?{MORE_DAYS}+)\s+(?:{MONTH_WORDS})\.?"
    # (or "Sat 15 June Cup  S 6", "Fri. 2nd May 2025  Team fees"; under a month "Sat 13   Hallam v")
    rf"(?:,?\s+[12]\d{{3}}(?={_CELL}))?(?:{_CELL}|\s(?!\d{{4}})(?=.*?[^\s.!?]{_CELL}))"
    rf"|{WEEKDAY_AND_DAY}(?:\s{{2,}}|\t)\s*[A-Z][^\n]*?\sv\s"
    # (or its month first: "Sep  2    Season opens", "Oct. 14  v. Fenwick Marsh")
    rf"|(?:{MONTH_WORDS})\.?\s{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+[12]\d{{3}})?{_CELL}"
    # (or one day first, a capital after its gap: "8 Sep       Club Pairs"; not "14 May  and")
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\.?(?:\s{{2,}}|\t)\s*[A-Z]"
)


def _is_subheading(line: str, following: str, body: bool) -> bool:
    """Whether ``line``, the first of a block, is a heading over ``following`` rather than
    the start of a hard-wrapped paragraph: a day alone, or a few words, no closing
    punctuation, much shorter than the line after it."""
    day = read_dateline(line)
    opening = following.lstrip("\"“‘'")[:1]  # (a title in quotation marks too)
    if day is not None and day.place is None and day.end == len(line) and opening.isupper():
        return True  # "Wed 5 Mar" over "Anchored off the cape.": a diary's day, its entry
    if not body and year_of_section(line) is not None and following[:1].isupper():
        return True  # "LOG OF THE NARROW BOAT ELLEN, Jas. Pritchard master, 1893": a title
    if _TALK.fullmatch(line) and following[:1].isupper():
        return True  # '"Names on the Stone" - Peter Harkness': a programme's talk, a line
    capitals = line == line.upper() and re.search(r"[A-Z]{2,}\s+[A-Z]{2,}", line) is not None
    if body and len(line) <= 60 and capitals:
        # "100 YEARS AGO (1925)" in the body: a heading in capitals (the page's own head,
        # "CENTRAL ELECTORAL COMMISSION" over its title and date line, stays one block)
        return following[:1].isupper()
    # "EXPERIENCE" over "03/2018 - present  Lead engineer": a heading in capitals over a
    # line that opens on a number
    numbered = line.isupper() and len(line.split()) <= 3 and following[:1].isdigit()
    return (
        len(line.split()) <= 8
        and re.search(r"[.,;:!?\"”’')\]]$", line) is None
        and (following[:1].isupper() or numbered)
        and len(following) >= 2 * len(line)
    )


# Controls and bidirectional overrides, which an events file may not hold.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
# An encyclopedia's footnote marks: "founded in 1830.[3]", "[citation needed]".
_FOOTNOTE = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d+|citation needed|clarification needed)\]", re.I)


def joined(pieces: list[tuple[int, str]]) -> Paragraph:
    text, starts, lines = "", [], []
    for number, piece in pieces:
        words = " ".join(_FOOTNOTE.sub("", _INVISIBLE.sub(" ", piece)).split())
        if not words:
            continue  # a footnote mark alone ("<sup>[4]</sup>")
        if text:
            text += " "
        starts.append(len(text))
        lines.append(number)
        text += words
    return Paragraph(text, tuple(starts), tuple(lines))
