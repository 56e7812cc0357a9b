"""The lines that give the day a text bears: a short line that is only a date, a "Posted on
..." line under a title, a bulletin's issue among its fields, a bulletin's stamp ("BULLETIN
No. 5 - Issued 09:00, Wednesday 30 April 2025", "20 Nov 2024, 18:30 - VAL remains ORANGE"),
a statement's own line, a minutes' own line ("Minutes of the 14th meeting, Wednesday 5
November 2025"), and a letter's closing place and date under its signature."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from kztimeline.draft.cues import CLOCK, ISSUE_LINE, MONTH_WORDS, YEAR_FIGURES
from kztimeline.draft.dateline import Dateline, read_dateline
from kztimeline.draft.field_lines import foot_field_day
from kztimeline.draft.furniture import (
    FOR_RELEASE,
    PAGE_NOTE,
    STATEMENT_TITLE,
    closes_with_its_day,
)
from kztimeline.draft.letters import PLACES, SALUTATION
from kztimeline.draft.mentions import Mention, names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.paragraphs import Paragraph
from kztimeline.draft.pieces import ENTRY_NUMBER, WEEKDAY_AND_DAY, WEEKDAY_LEAD
from kztimeline.draft.trim import unbracketed
from kztimeline.draft.weekdays import WEEKDAY_PATTERN

__all__ = (
    "ISSUE_LABEL",
    "POSTED",
    "STAMP_LINE",
    "VALID_UNTIL",
    "STAMP_NAME",
    "an_issue_line",
    "closing_day",
    "date_line",
    "field_day",
    "head_lines_day",
    "issue_field",
    "minutes_day",
    "opens_entries",
    "short_day_line",
    "stamp_end",
)


# A bulletin's stamp: a label in capitals (and its number), a dash, its hour (24-hour) and
# its day and year, in either order ("UPDATE - 09:30 Tuesday 14 January 2025", "FLOOD ALERT -
# issued 14:20 Sunday 12 January 2025", "BULLETIN No. 5 - Issued 09:00, Wednesday 30 April
# 2025", "UPDATE #1 - Friday, Aug. 2, 2024, 9:30 p.m."); not a field's "DATE: Tuesday 14
# January 2025", nor "KICK-OFF: 3pm Saturday ..."
_WEEKDAY_LEAD = rf"(?:{WEEKDAY_LEAD})?"
_DAY_MONTH_YEAR = rf"\d{{1,2}}\s+(?:{MONTH_WORDS})\s+{YEAR_FIGURES}"  # "30 April 2025"
_STAMP_DAY = (
    rf"{_WEEKDAY_LEAD}(?:{_DAY_MONTH_YEAR}|(?:{MONTH_WORDS})\.?\s+\d{{1,2}},\s*{YEAR_FIGURES}|"
    rf"\d{{1,2}}\.\d{{1,2}}\.{YEAR_FIGURES})"  # (or "Mon 13.01.2025")
)
_STAMP_HOUR = r"\d{1,2}[:.]\d\d"
_STAMP_ZONE = r"(?:\s*(?:UTC|GMT|[A-Z]{3,4}))?"  # "16:00 UTC", "9:30 EST"
_CAPITALS_NAME = r"[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}"  # "FLOOD WARNING", "BULLETIN"
_STAMP_NUMBER = r"\s+(?:No\.?\s*|#)?\d{1,4}"  # " No. 5", " #1", " 2"
STAMP_NAME = (
    rf"(?:{_CAPITALS_NAME}(?:{_STAMP_NUMBER})?|{ENTRY_NUMBER})"
    r"(?:\s+[-–—]\s+[A-Z]{3,}(?:-[A-Z]{3,})?(?=\s+[-–—]))?"
)
"""A bulletin stamp's name in capitals, its number and its level: "FLOOD WARNING", "BULLETIN
No. 5", "ALERT 2 - RED"; or an entry's number ("Update 2")."""
# a bulletin's kind and number, before its fields parted by bars (not a fixture's "GAME 3 |
# Wed 12 June 2024 | 8:30 PM", "HULL CITY | Sat 11 May 2024 | 15:00")
_NUMBERED_STAMP_NAME = (
    r"(?i:bulletin|update|notice|report|advisory|alert|warning|log|message|statement|briefing)"
    r"\s+(?:No\.?\s*|#)?(?:\d{4}/\d{1,4}|\d{1,4}/\d{4}|\d{1,4})"
)
# (its issue a column away from its number: "Notice 2024/09          Issued 14 March 2024,
# 12:00"; or its fields parted by bars after its number, "BULLETIN No. 2 | 04 May 2022 |
# 08:30", "BULLETIN 42 | Thursday 15 May 2025 | issued 07:00")
_ISSUED = r"(?:(?i:issued|updated)\s*:?\s+(?:at\s+)?)?"  # "Issued ", "updated: at "
_BARRED_NAME = rf"{_NUMBERED_STAMP_NAME}\s*\|\s*"  # "BULLETIN No. 2 | "
_STAMP_LABEL = (
    rf"(?:{STAMP_NAME}(?:\s+[-–—]\s+|\s+(?=(?i:issued|updated)\b))|{_BARRED_NAME}){_ISSUED}"
)
# (or its day and year, its hour and a dash, over a headline on the same line: "20 Nov
# 2024, 18:30 - VAL remains ORANGE", the stamp alone once the headline is cut from it)
_DATED_STAMP = (
    rf"\s*{_STAMP_DAY}\s*,?\s+(?:at\s+)?{_STAMP_HOUR}{_STAMP_ZONE}"
    r"\s*[-–—|]\s*"
)
# (or a live page's day with its weekday and its hour alone: "Wednesday 22 January, 16:45"
# over the update, the year the page's own)
_BARE_STAMP = (
    rf"\s*{WEEKDAY_PATTERN},?\s+\d{{1,2}}\s+(?:{MONTH_WORDS})(?:\s+{YEAR_FIGURES})?\s*,?\s+"
    rf"(?:at\s+)?{_STAMP_HOUR}\s*"
)
# (and the time it holds for: "Bulletin No. 87 - issued Mon 13.01.2025, 17:00 - valid until
# Tue 14.01.2025, 17:00")
VALID_UNTIL = re.compile(
    r"\s*[-–—,;]?\s*(?i:valid\s+(?:until|till|to)|expires?)\b(?:[^.!?\n]|(?<=\d)\.(?=\d))*$"
)
# (after its number, its hour in capitals and its zone: "UPDATE 6 - Sat., Aug. 17, 2024, 7:00
# PM PDT", "Report 7 | Sat 3 Feb 2024 | 3:00 PM"; not a fixture's "BRISTOL CITY - Sat 10 Aug
# 2024, 3:00 PM")
_NUMBERED_LABEL = (
    rf"(?:(?:{_CAPITALS_NAME}{_STAMP_NUMBER}|{ENTRY_NUMBER})\s+[-–—]\s+|{_BARRED_NAME}){_ISSUED}"
)
_CLOCK_AND_ZONE = rf"(?i:{CLOCK})(?:\s+[A-Z]{{2,4}})?"  # "7:00 PM PDT", "3:00 PM"
STAMP_LINE = re.compile(
    rf"\s*{_STAMP_LABEL}(?:{_STAMP_HOUR}\s*,?\s+{_STAMP_DAY}|"
    rf"{_STAMP_DAY}\s*(?:\|\s*{_ISSUED}|[,|]?\s+)(?:at\s+)?{CLOCK})(?:{VALID_UNTIL.pattern})?\s*|"
    rf"\s*{_NUMBERED_LABEL}{_STAMP_DAY}\s*[,|]?\s+(?:at\s+)?{_CLOCK_AND_ZONE}\s*|"
    # (an entry's number needs no hour: "Update 1 — 19 January 2025")
    rf"\s*{ENTRY_NUMBER}\s+[-–—]\s+{_STAMP_DAY}\s*|{_DATED_STAMP}|{_BARE_STAMP}"
)
# the headline after a dated stamp: a capital, a few words, no sentence's stop in them
_HEADLINE = re.compile(r"[A-Z][^.!?\n]{0,60}[.!]?\s*")
_DATED_STAMP_START = re.compile(_DATED_STAMP)


def stamp_end(text: str, begin: int, end: int) -> int | None:
    """Where the bulletin's stamp on the line of ``text`` from ``begin`` to ``end`` ends: at
    the line's end for a stamp alone ("UPDATE - 09:30 Tuesday 14 January 2025"), before its
    headline for a dated one ("20 Nov 2024, 18:30 - VAL remains ORANGE"); ``None`` when the
    line is no stamp."""
    if STAMP_LINE.fullmatch(text, begin, end):
        return end
    stamp = _DATED_STAMP_START.match(text, begin, end)
    if stamp is None or not _HEADLINE.fullmatch(text, stamp.end(), end):
        return None
    if not re.search(r"\s[a-z]", text[stamp.end() : end]):
        return None  # "12 May 2024, 18:00 - Kyiv", "- Jane Ames", "- Update": a place's, a name's
    return None if find_dates(text[stamp.end() : end]) else stamp.end()


def head_lines_day(text: str, paragraph: Paragraph) -> date | None:
    """The day of the last line of a paragraph of the head when it is only a date, or of
    its "Posted on ..." line, wherever it stands ("Issued: 2:00 PM MDT Thursday, August 7,
    2025" over "Bulletin No. 25-014"); else ``None``."""
    starts = paragraph.starts
    lines = [text[start:end] for start, end in pairwise([*starts, len(text)])]
    # "Statement made by the Secretary of State ... on 15 July 2025" over its number
    # ("Statement UIN HCWS812"), not over the statement's own sentences
    told = {
        n for n, line in enumerate(lines) if len(line) > _SHORT_LINE or line.rstrip().endswith(".")
    }
    for at, line in enumerate(lines):
        if told <= {at} and _MADE_ON.fullmatch(line) and (day := _first_day(line)) is not None:
            return day
    if any(end - start > _SHORT_LINE for start, end in pairwise(starts)):
        # a hard-wrapped paragraph of prose that ends on "March 31, 2017."; still an
        # advisory's last line "Issued at 11:40 am Tuesday 14 October 2025" under its
        # title's long line
        last = lines[-1]
        if _POSTED_LINE.match(last) and len(last) <= _SHORT_LINE:
            return date_line(last)
        # or a statement's day (and place) under its title's long line, no line of prose
        # ("Statement by the Minister of Culture, ..., on the Heritage Buildings Fund /
        # Tallmark, 6 March 2025"; not an event's title, "Public exhibition of ... / Eastfield
        # Library, Wednesday 18 June 2025")
        titled = all(
            re.match(r"[A-Z]", line) and not re.search(r"[.,;:]\s*$", line) for line in lines
        )
        if not titled or not any(STATEMENT_TITLE.fullmatch(line.strip()) for line in lines[:-1]):
            return None
        place = re.match(rf"\s*{PLACES},\s+", last)
        return _lone_day(last[place.end() if place else 0 :])
    # the last line with a date: a stamp above it gives way to it ("Posted on 4 August 2014
    # by the archive" over "Somewhere in France, 3rd July 1916.")
    last_dated = max((n for n, line in enumerate(lines) if find_dates(line)), default=0)
    for line in lines[last_dated:]:
        if _POSTED_LINE.match(line) or ISSUE_LINE.match(line):
            # "Issued Thursday 13 February 2025, 17:00. Valid until ...": its first sentence
            day = date_line(re.split(r"(?<=\d)\.\s", line.strip(), maxsplit=1)[0])
            if day is not None:  # not "Published with permission" over "12th May 1931."
                return day
    # an update's day with its hour under its title ("HILL FIRE - UPDATE #3 / Monday, July 7,
    # 2025, 6:00 p.m."), not an event's ("Public meeting on the bypass / Thursday, ...")
    # nor the end of a sentence wrapped before its date ("... will close at 5pm on /
    # Saturday 29 March 2025.")
    if len(lines) > 1 and _WANTS_ITS_DATE.search(lines[-2]):
        return None
    return _lone_day(lines[-1], hour=bool(_DOCUMENT.search(lines[0])))


_WANTS_ITS_DATE = re.compile(r"\b(?:on|at|by|from|until|till|since|before|after|in)\s*$")


def field_day(line: str, *, listed: bool = False) -> date | None:
    """The day of a field of a message's head that dates the message ("ISSUE TIME: 2025 Jun
    01 0530 UTC"), or of a date with the document's reference ("22 July 2024 - Ref:
    MOH/2024/117"), unless it is one of a ``listed`` file's; else ``None``."""
    if _REFERENCE.search(line):
        return None if listed else _lone_day(line)
    return date_line(line) if _DAY_FIELD.match(line) else None


_SHORT_DAY = re.compile(
    r"\s*(?:[A-Z][a-z]{2,5}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,3}\."
)


def short_day_line(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` is a day alone with its month cut short, and no year
    follows it: a log's "Sat 8 Mar." before the entry."""
    return bool(_SHORT_DAY.fullmatch(text, begin, end)) and not re.match(r"\s+\d{4}\b", text[end:])


_SHORT_LINE = 60  # the longest line of an address or a title over a date line
_LONE_DAY = 40  # the longest line read as a date alone ("Wednesday, 23rd September 1921.")
_POSTED_LINE = re.compile(r"\s*(?:Posted|Published|Updated|Issued|Dated)\b")
# A statement's own line, however long its maker's name: "Statement made by the Secretary of
# State for Justice (Rt Hon Helen Markby MP) on 15 July 2025"
_MADE_ON = re.compile(
    r"\s*(?:Written\s+)?(?:Statement|Speech|Answer|Address)\s+(?:made|given|delivered)\s+by\s+"
    rf"[^.;]{{3,120}}?\s+on\s+{_WEEKDAY_LEAD}{_DAY_MONTH_YEAR}\s*"
)
# (or a ruling's own day: "Date of decision: 12 March 2025", "Judgment date:")
_DAY_FIELD = re.compile(
    r"\s*(?i:issue\s+time|time\s+of\s+issue|date\s+of\s+(?:final\s+)?(?:decision|determination|"
    r"judge?ment)|(?:decision|determination|judge?ment)\s+date)\s*:"
)


# A document's reference after its date: "- Ref: MOH/2024/117", "| Our ref. PL/22/041"
_REFERENCE = re.compile(r"\s*[-–—|,;]\s*(?:Our\s+)?(?:Ref|Reference)\b\.?:?\s*[\w/.-]+$")


_DOCUMENT = re.compile(
    r"\b(?i:update|bulletin|advisory|report|notice|statement|sitrep|briefing|warning)\b|#\s*\d"
)


def _lone_day(line: str, *, hour: bool = False) -> date | None:
    """The day of a line that is only a full date ("3rd March 1921."), perhaps after its
    hour and zone (an advisory's "500 PM AST Tue Sep 17 2024"), or before it when ``hour``,
    or ``None``."""
    line = re.sub(r"^\d{1,2}:?\d\d\s+[AP]M\s+(?:[A-Z]{2,4}\s+)?", "", line.strip().rstrip("."))
    if hour:  # an update's hour after it: "Sunday, August 10, 2025, 7:00 a.m."
        line = re.sub(
            r",?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", "", line
        )
    line = _REFERENCE.sub("", line)  # "22 July 2024 - Ref: MOH/2024/117"
    if len(line) > _LONE_DAY:
        return None  # a paragraph of prose: reading it whole costs the square of its size
    found = find_dates(line)
    if len(found) != 1 or not names_a_day(found[0].value):
        return None
    return (
        date.fromisoformat(found[0].value)
        if (found[0].start, found[0].end) == (0, len(line))
        else None
    )


def date_line(text: str) -> date | None:
    """The full date of a short line that is not a sentence, or ``None``."""
    text = ISSUE_LINE.sub("", text)  # "Issue 2 - 10 March 2025": the issue's day, no range
    inner = unbracketed(text)  # "(Sailed from Sag Harbour the 20th Octr 1845.)": a sentence
    text = text if PAGE_NOTE.match(inner) else inner
    if text.rstrip().endswith(".") and (day := _lone_day(text)) is not None:
        return day  # "3rd March 1921.": its stop makes no sentence (without one, read below)
    if len(text) > 100 or re.search(r"[.!?;\"”]$", text) or re.match(r"\d{1,2}[.)]\s", text):
        return None  # a sentence, or a numbered point ("2. Welcome the entry into force ...;")
    cells = len(re.findall(r"\s[–|]\s", text)) >= 2
    if cells and (re.match(r"\d+\s+[–|]\s", text) or _TOLD_IN_A_CELL.search(text)):
        # a numbered row of a table: "114 – 1852 April 4 – Mary Ann – ...", or one whose cell
        # tells in sentences: "Eastgate Pool – Closed since 1 February. Expected to reopen ..."
        return None
    return _first_day(text)


# a cell's second sentence and its verb: "Closed since 1 February 2025. Expected to reopen"
# (not a masthead's "Tues. March 4, 2025", "Letters. Opinion")
_TOLD_IN_A_CELL = re.compile(r"(?:[a-z]{3,}|\d{4})\.\s+[A-Z][a-z]+\s+(?:to|[a-z]+ed)\b")


def _first_day(text: str) -> date | None:
    """The first whole day ``text`` names, or ``None``."""
    return next(
        (date.fromisoformat(m.value) for m in find_dates(text) if names_a_day(m.value)), None
    )


_FOOT = 5  # the paragraphs at a text's end: its sign-off, its signature, its closing line


# A letter's sign-off before its closing line: "Yours faithfully,", "With my love and
# blessing,", "+Andrew Wellbury", "Signed:".
_SIGN_OFF = re.compile(
    r"^\s*(?:\+\s*[A-Z]|(?i:yours\b|with\s+(?:\w+\s+){0,4}(?:blessings?|wishes|regards|"
    r"thanks|love)\b|kind\s+regards|best\s+wishes|sincerely|signed\b|on\s+behalf\s+of\b))"
)


def closing_day(paragraphs: Sequence[Paragraph]) -> date | None:
    """The day of a letter's or a statement's closing place and date line ("Dushanbe, 18
    June 2025" under the signature), or of a notice's own field on its last line or over
    its signature ("Date of notice: 3 March 2025"), which dates a text that says nothing of
    its day at its head; else ``None``. A sign-off comes before a place and a day ("Yours
    faithfully,"): at a foot without one, they are a caption ("Rennie's Bridge, 3 May 1948")."""
    signed = False  # whether a paragraph before has signed off
    for paragraph in paragraphs[-_FOOT:]:
        if signed and closes_with_its_day(paragraph.text) and (day := _first_day(paragraph.text)):
            return day
        signed = signed or _SIGN_OFF.match(paragraph.text) is not None
    # (or the last line of a single letter its salutation opened: "My Lord, / ... / Thos.
    # Wrenfield / Tarnbrook Hall, 14th July 1788", its signature a line of the paragraph above)
    # (not a newsletter's to its members, whose foot may name an outing: "Dear Friends, ...
    # / Please come to our next gathering: / Summer Fete, 14 June 2025")
    greeted = [found.group() for p in paragraphs if (found := SALUTATION.match(p.text))]
    last = paragraphs[-1].text if paragraphs else ""
    above = paragraphs[-2].text.rstrip() if len(paragraphs) > 1 else ""
    one = len(greeted) == 1 and _TO_MANY.search(greeted[0]) is None and not above.endswith(":")
    if one and closes_with_its_day(last):
        return _first_day(last)
    return foot_field_day([paragraph.text for paragraph in paragraphs[-_FOOT:]])


_TO_MANY = re.compile(
    r"\b(?:Friends|Members|All|Colleagues|Parents|Residents|Customers|Shareholders|Supporters|"
    r"Neighbours|Everyone|Volunteers)\b"
)


# A record's own line: "Minutes of the Ordinary Meeting held on Tuesday 11 March 2025 ..."
# ("Minutes of the previous meeting held on 11 March 2031 were approved" is an item)
_MINUTES_LENGTH = 150  # the longest line read as a minutes' own
_MINUTES_LINE = re.compile(
    r"\s*(?:Draft\s+)?Minutes\s+of\s+(?!(?:the\s+)?(?i:previous|last|prior)\b)(?:the\s+)?"
    r"[^.;]{0,60}?\b(?i:meeting|sitting|session)\b(?![^.;]*\b(?:were|was)\s+(?:approved|"
    r"signed|agreed|confirmed|adopted)\b)"
)


def minutes_day(text: str, paragraph: Paragraph) -> date | None:
    """The day of a minutes' own line among the lines of ``paragraph`` of ``text`` (its
    text): "Minutes of the 14th meeting, Wednesday 5 November 2025, Room B 204"; or
    ``None``."""
    for start, end in pairwise([*paragraph.starts, len(text)]):
        if _MINUTES_LINE.match(text, start) and end - start <= _MINUTES_LENGTH:
            return _first_day(text[start:end])
    return None


def opens_entries(found: Dateline, paragraph: Paragraph, after: Sequence[Paragraph]) -> bool:
    """Whether a dateline is the first of a diary's entries: a day with no place, with a
    full stop ("3 June 1952. Left Skardu ...") or on a line of its own, that a later
    paragraph's day opens the same way ("5 June. Reached Khapalu ...")."""

    def entry(found: Dateline | None, paragraph: Paragraph) -> bool:
        # "3 June 1952. Left ...", "Mon 5 May - Tournon" or "6 July - Launched ...": a full
        # stop or a dash after the day ("March 4 (Reuters) -", with its agency, is a dateline;
        # "November 15-16 in Djibouti" a range)
        text = paragraph.text
        head = "" if found is None else text[: found.end].rstrip()
        stop = head.endswith(".") or (bool(re.search(r"\s[-–—]$", head)) and ")" not in head)
        return (
            found is not None
            and found.place is None
            # (not a release's "24 July 2025 - for immediate use": its day)
            and not re.match(rf"{FOR_RELEASE}\s*$", text[found.end :], re.IGNORECASE)
            # "3 June 1952. Left ...", or a day on a line of its own over its entry
            and (
                (stop and found.end < len(text))
                or not text[found.end :].strip()
                or len(text) - len(text[found.end :].lstrip()) in paragraph.starts
            )
        )

    # (or a later line of its own paragraph, a log table's next row: "Thurs 4th  46.10 N")
    rows = any(_ROW_DAY.match(paragraph.text, start) for start in paragraph.starts[1:])
    return entry(found, paragraph) and (
        rows
        or any(
            not later.item
            and (entry(read_dateline(later.text), later) or _DAY_OF_THE_MONTH.match(later.text))
            for later in after
        )
    )


# A diary's entry on a day of the month it is in: "Wednesday 15th. Gale moderating.", "Tues.
# 4th. Wind W 6-7"
# (and its dash: "Monday, 9th. -- The big push began"; or its ordinal alone: "5th. Passed")
_DAY_OF_THE_MONTH = re.compile(
    rf"(?:{WEEKDAY_AND_DAY}|\d{{1,2}}(?:st|nd|rd|th))\.\s+(?:(?:--?|[–—])\s+)?[A-Z]"
)
_ROW_DAY = re.compile(rf"{WEEKDAY_AND_DAY}\b")


# A bulletin's or a report's number: "No. 41", "Report No. 28", and its region's and year's
# too: "Bulletin NW-2024-12"
_ISSUE = (
    r"(?:(?:Report\s+)?No|Nr|Number|Bulletin|Issue|Message|Update)\.?\s*"
    r"(?:[A-Z]{1,4}-)?(?:\d{4}-)?\d{1,5}"
)
# The labels of a line that gives the day a document bears: "Issued: 18 September 2024".
# (after its number: "Bulletin NW-2024-12 | Issued 16:00 Wednesday 17 July 2024", "Report
# No. 28 | Week ending Tuesday 15 July 2025"; or a message's "Issue Time: 2024 Oct 09 1422")
ISSUE_LABEL = re.compile(
    rf"\s*(?:{_ISSUE}\s*\|\s*)?(?:Posted|Published|Issued|Issue\s+[Tt]ime|Week\s+ending)\b"
)
# (of which a post's own: "Posted 2 May" dates its post, not what follows it)
POSTED = re.compile(r"\s*(?:Posted|Published)\b")
# A bulletin's fields beside its issue: its number and how long it holds ("No. 41 | Issued
# Thursday 6 February 2025, 17:00 | Valid until Friday 7 February, 17:00")
_BULLETIN_FIELD = re.compile(
    rf"\s*(?:{_ISSUE}|"
    r"(?i:valid\s+(?:until|till|to)|expires?|next\s+(?:issue|update|bulletin)|reference|ref|"
    r"our\s+ref)\b[^|]*)\s*"
)
# (and on a stamp's line, its name and its hour: "BULLETIN No. 2 | 04 May 2022 | 08:30",
# "| issued 07:00")
_STAMP_FIELD = re.compile(
    rf"{_BULLETIN_FIELD.pattern}|"
    rf"\s*(?:{_NUMBERED_STAMP_NAME}|{_ISSUED}(?:{_CLOCK_AND_ZONE}|{_STAMP_HOUR}{_STAMP_ZONE}))\s*"
)


def an_issue_line(text: str) -> bool:
    """Whether ``text`` gives the day its text bears: a line that opens on a label
    ("Issued: 18 September 2024", "Posted 2 May"), or a bulletin's stamp ("UPDATE 6 - Sat.,
    Aug. 17, 2024, 7:00 PM"), its fields parted by bars too ("BULLETIN No. 2 | 04 May 2022 |
    08:30")."""
    return ISSUE_LABEL.match(text) is not None or STAMP_LINE.fullmatch(text) is not None


def issue_field(text: str, mentions: Sequence[Mention]) -> tuple[str, Sequence[Mention]]:
    """``text`` and ``mentions`` cut to the one field of a bulletin's line that is not its
    number or its validity (a date run into "Valid until" keeps its first end), nor, on a
    stamp's line, its name or its hour; or as they are when the line is no such line."""
    fields = [(match.start(), match.end()) for match in re.finditer(r"[^|]+", text)]
    besides = _STAMP_FIELD if STAMP_LINE.fullmatch(text) else _BULLETIN_FIELD
    kept = [(start, end) for start, end in fields if not besides.fullmatch(text, start, end)]
    if len(kept) != 1 or len(fields) == 1:
        return text, mentions
    start, end = kept[0]
    within: list[Mention] = []
    for mention in mentions:
        first = mention.spans[0]
        if start <= first[0] and first[1] <= end:
            value = mention.value.split("/")[0] if mention.end > end else mention.value
            within.append(
                replace(
                    mention, start=first[0] - start, end=first[1] - start, value=value, parts=()
                )
            )
    return text[start:end], within
