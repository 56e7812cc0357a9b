"""An article as the draft reads it: its head (title, byline, dateline) and its sentences.

Plain text and HTML are both read into paragraphs that remember the line of the file they
start on, so that every drafted event can say where its words came from. HTML goes through
the standard library's parser: scripts, styles and navigation are skipped, block elements
end a paragraph, and ``article:published_time`` or a ``<time datetime>`` dates the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from kztimeline.draft.cues import BOOK_BEGUN, CAPITALS, LETTERS
from kztimeline.draft.dateline import Dateline, dateline_day, read_dateline
from kztimeline.draft.daylines import (
    closing_day,
    date_line,
    field_day,
    head_lines_day,
    minutes_day,
    opens_entries,
    stamp_end,
)
from kztimeline.draft.field_lines import is_page_date
from kztimeline.draft.furniture import PAGE_NOTE
from kztimeline.draft.layout import ROW_OF_CELLS, numbered_paragraphs
from kztimeline.draft.letters import SALUTATION, over_a_salutation, place_and_day
from kztimeline.draft.normalise import find_dates, published_day
from kztimeline.draft.paragraphs import Paragraph, paragraphs_of_text
from kztimeline.draft.pieces import WEEKDAY_AND_DAY, year_pattern
from kztimeline.draft.sentences import COMPANY_SUFFIX, Sentence, sentences_of
from kztimeline.draft.verbs import verb_start
from kztimeline.draft.webpage import TextOfPage, looks_like_html

__all__ = ("FOUNDED_NOTE", "Article", "looks_like_html", "read_article")


@dataclass(frozen=True, slots=True)
class Article:
    """What the draft takes from one article.

    ``published`` is the day it was published when known (from the caller, the page's
    metadata or its dateline); ``sentences`` are the body, the head left out.
    """

    source_id: str
    title: str | None
    author: str | None
    place: str | None
    published: date | None
    sentences: tuple[Sentence, ...]
    page_title: str | None = None  # a web page's <title>, which names its site

    def opens_paragraph(self, index: int) -> bool:
        """Whether the sentence at ``index`` is the first of its paragraph, or follows only
        a record's or a section's number ("No. 112. Saturday, 14 February 1925.", "2.")."""
        sentences = self.sentences
        if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
            return True
        return _NUMBER_ALONE.fullmatch(sentences[index - 1].text) is not None and (
            index == 1 or sentences[index - 2].paragraph != sentences[index].paragraph
        )


# (or a section's: "2." over "Checks in 2024")
_NUMBER_ALONE = re.compile(r"(?:Nos?|Entry|Peal|Item)\.?\s*\d{1,5}\.?|\d{1,2}(?:\.\d{1,2})*\.")


# --- The head -------------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Author:)\s+(?P<name>[^,;|\d]{3,80}?)\s*(?P<rest>[,;|].*)?$"
)
_HEAD_PARAGRAPHS = 5
_CITY_DATELINE = re.compile(
    rf"(?P<place>[{CAPITALS}][{CAPITALS}'.-]{{2,}}(?: [{CAPITALS}][{CAPITALS}'.-]+){{0,2}})"
    rf"(?:,\s*[{CAPITALS}][{LETTERS} .'-]{{1,30}})?"
    r"(?:\s*\([^)]{1,30}\))?\s*[-–—]\s+(?=\S)"
)


def read_article(
    text: str,
    *,
    source_id: str,
    published: date | str | None = None,
    html: bool | None = None,
) -> Article:
    """Read one article: its head, its publication date and its sentences.

    ``published`` wins over anything the article says. Else, in this order, the page's
    metadata (HTML), a short line of the head that gives a full date ("Updated 5:30 PM EST,
    Mon January 5, 2015", or after the author's name, or a minutes' own line), the dateline,
    a full date in the title ("Minutes of the meeting held 5 September 2023"), or last a
    letter's closing place and date after its sign-off (see
    :func:`~kztimeline.draft.daylines.closing_day`); a dateline without a year takes the
    year that puts it nearest to the article's own full dates (see
    :func:`~kztimeline.draft.dateline.dateline_year`). ``html`` defaults to a look at the
    text. ``published`` may be a text ``YYYY-MM-DD``; raises
    :class:`~kztimeline.errors.DraftError` only when it is neither that nor a date. An
    article with no date has ``published`` ``None``.
    """
    given = published_day(published)
    page_title = page_published = None
    if html if html is not None else looks_like_html(text):
        parser = TextOfPage()
        parser.feed(text)
        parser.close()
        paragraphs = parser.paragraphs
        page_title, page_published = parser.title, parser.published
    else:
        paragraphs = paragraphs_of_text(text)

    head = _read_head(paragraphs)
    title = head.title or page_title
    sentences = _body(paragraphs, head.body_from, title)
    day = given or page_published or head.published
    if day is None and head.dateline is not None:
        day = dateline_day(head.dateline, [sentence.text for sentence in sentences])
    closing = None if day or head.title_day else closing_day(paragraphs)
    day = day or head.title_day or closing
    if closing and sentences and sentences[-1].text == paragraphs[-1].text.strip():
        sentences.pop()  # "Tarnbrook Hall, 14th July 1788" at the foot: the letter's day
    # a letter book's head dates its first letter, not the book: its next letters say so
    # (not a letter's own date line over its "Dear Customer," near its head); the first
    # letter's date line is its own, read as the later ones are
    copies = pairwise(sentence.text for sentence in sentences[_HEAD_SENTENCES:])
    if given is None and (
        any(over_a_salutation(line, following) for line, following in copies)
        or _later_letters(paragraphs, head, sentences)
    ):
        day = None
        # (its date line too: "Barque Merrion, Valparaiso Roads, 12th March 1853")
        lines = [head.published_at, head.dateline_at if head.dateline is not None else -1]
        for at in [at for at in lines if at in head.body_from]:
            del head.body_from[at]
            sentences = _body(paragraphs, head.body_from, title)
    if head.title and sentences and over_a_salutation(head.title, sentences[0].text):
        # "Camp on the Platte River, May 28th, 1864" over "Dear Mother,": the letter's date
        # line, no title
        head.body_from.pop(head.title_at, 0)
        head.title, title = None, page_title
        sentences = _body(paragraphs, head.body_from, title)
    return Article(
        source_id,
        head.title or page_title,
        head.author,
        head.place,
        day,
        tuple(sentences),
        page_title,
    )


def _later_letters(paragraphs: Sequence[Paragraph], head: _Head, sentences: list[Sentence]) -> bool:
    """Whether the head's date line is a letter's, over its salutation ("Ballarat, 4th March
    1853." over "My dear Father, - We reached ..."), and a later paragraph is another
    letter's place and day alone ("Ballarat, 20th June 1853."), whatever follows it."""
    at = head.dateline_at if head.dateline is not None else -1
    first = next((sentence for sentence in sentences if sentence.paragraph > at), None)
    if at < 0 or first is None or not over_a_salutation(paragraphs[at].text, first.text):
        return False
    return any(
        paragraphs[sentence.paragraph].text == sentence.text
        and place_and_day(sentence.text)
        and (found := read_dateline(sentence.text)) is not None
        and found.place is not None
        for sentence in sentences[1:]
    )


def _body(
    paragraphs: Sequence[Paragraph], body_from: dict[int, int], title: str | None
) -> list[Sentence]:
    """The sentences of ``paragraphs`` after the head (each one's body from ``body_from``)."""
    sentences: list[Sentence] = []
    numbered = numbered_paragraphs([paragraph.text for paragraph in paragraphs])  # "3 Halverson"
    for index, paragraph in enumerate(paragraphs):
        start = max(body_from.get(index, 0), numbered.get(index, 0))
        if title and paragraph.text.startswith(title, start):
            # "...progressIn the framework": a page header glued to the text it heads.
            glued = paragraph.text[start + len(title) : start + len(title) + 1]
            start += len(title) if glued.isupper() else 0
        if start < len(paragraph.text):
            sentences.extend(sentences_of(paragraph, start, index))
        elif (note := FOUNDED_NOTE.search(paragraph.text)) is not None:
            # a masthead's "FERNDALE BOWLING CLUB (founded 1909)": the head's one fact
            line = paragraph.line_at(note.start())
            text = note.group().replace(note["aside"], "") if note["aside"] else note.group()
            if text[:1].isdigit() and (name := _masthead(paragraph, note.start())):
                # "... SEASON 2025/26 / (Founded 1958)": the masthead's name, not its number
                text = name + " " + re.sub(r"^\d\S*\s+", "", text)
            sentences.append(Sentence(text.strip(), line, index))
    return sentences


def _masthead(paragraph: Paragraph, end: int) -> str:
    """The lines of ``paragraph`` before ``end`` with no number, joined when all in capitals
    ("BALLYFERN & DISTRICT EUCHRE LEAGUE" over "FIXTURES CARD - SEASON 2025/26"), or ""."""
    bounds = pairwise([*paragraph.starts, len(paragraph.text)])
    lines = [paragraph.text[start:stop].strip() for start, stop in bounds if stop <= end]
    kept = [line for line in lines if not re.search(r"\d", line)]
    return " ".join(kept) if kept and all(line == line.upper() for line in kept) else ""


# A name and the year it was founded, in a head: "FERNDALE BOWLING CLUB (founded 1909)"
FOUNDED_NOTE = re.compile(
    r"[A-Z0-9][\w&'’.-]*\s+(?:(?:[\w&'’.-]+|&)\s+){0,5}?(?:\((?i:founded|est\.|established)\s+(?:in\s+)?"
    rf"{year_pattern('y')}\)|(?-i:Est\.|Established|EST\.|ESTABLISHED)\s+{year_pattern('e')}\b)|"
    # (or a body's name in capitals over "Founded 1979": "MAPLEWICK & DISTRICT ROUNDERS LEAGUE /
    # Founded 1979"; not a masthead's "THE WESTBURY ECHO", a motto's, nor "FOUNDED 1923")
    r"(?-i:[A-Z][A-Z&'’.-]*(?:\s+[A-Z&][A-Z&'’.-]*){0,5}\s+(?:LEAGUE|CLUB|SOCIETY|ASSOCIATION|"
    rf"FEDERATION|UNION|GUILD|CHOIR|BAND|FC|RFC|CC))\s+"
    # (after its affiliation and a dash: "Affiliated to the County Association - Founded 1952")
    r"(?P<aside>(?-i:Affiliated|Member|Members|Registered)\b[^.;|]{0,60}?\s[-–—|·]\s*)?"
    rf"Founded\s+{year_pattern('f')}\b"
)


@dataclass
class _Head:
    title: str | None = None
    author: str | None = None
    place: str | None = None
    published: date | None = None  # from a line that gives a full date
    title_day: date | None = None  # a full date in the title: the day the text is of
    dateline: Dateline | None = None  # its year may be missing
    body_from: dict[int, int] = field(default_factory=dict)  # paragraph -> where its body starts
    dateline_at: int = -1  # the paragraph the dateline opens
    published_at: int = -1  # the paragraph of the line that dates the page, if one does
    title_at: int = 0  # the paragraph that is the title


# A press release's banner above its headline: no title, no fact.
_BANNER = re.compile(
    # (with who issues it: "NEWS RELEASE - Westerdale County Council")
    r"(?:FOR IMMEDIATE RELEASE|"
    r"(?:PRESS|NEWS|MEDIA) RELEASE(?:\s+[-–—:|]\s+(?!(?i:for\s))[^.\d]{3,60})?|MEDIA ADVISORY|"
    r"EMBARGOED(?: UNTIL| TILL)?[^a-z]{0,40})[.:]?",
    re.IGNORECASE,
)


def _read_head(paragraphs: list[Paragraph]) -> _Head:
    """The title, byline, dateline and date lines among the first paragraphs."""
    head = _Head()
    first = 0  # where the title may stand: the first paragraph after a release's banner
    told = False  # whether a paragraph of the story itself has been read
    lettered = False  # whether a letter has been read: a line that opens on its salutation
    listed = False  # whether an entry of a list has been read
    # whether bulletins follow one another, each under its stamp ("UPDATE - 09:30 Tuesday 14
    # January 2025"): the first stamp is the first bulletin's, not the page's
    stamps = (
        stamp_end(p.text, start, end)
        for p in paragraphs
        for start, end in pairwise([*p.starts, len(p.text)])
    )
    series = sum(stamp is not None for stamp in stamps) > 1
    for index, paragraph in enumerate(paragraphs[:_HEAD_PARAGRAPHS]):
        if paragraph.item:
            many = listed or (index + 1 < len(paragraphs) and paragraphs[index + 1].item)
            if head.published is None and (day := field_day(paragraph.text, listed=many)):
                # "ISSUE TIME: 2025 Jun 01 0530 UTC" among a message's fields: the page's day
                head.published = day
                head.body_from[index] = len(paragraph.text)
            listed = True
            continue  # an entry of a list dates itself, not the page
        text = paragraph.text
        if index == first and _BANNER.fullmatch(text):
            head.body_from[index] = len(text)
            first += 1
            continue
        if not told and (day := minutes_day(text, paragraph)) is not None:
            # "Minutes of the 14th meeting, Wednesday 5 November 2025, Room B 204" under the
            # committee's name: the record's own day, and the head of the record
            head.published = head.published or day
            head.body_from[index] = len(text)
            continue
        byline = _BYLINE.match(text)
        if byline is not None and head.author is None:
            head.author = byline["name"].strip()
            head.body_from[index] = len(text)
            # "By Dana Omarova | March 5, 2013": the date after the name dates the article.
            rest = (byline["rest"] or "").lstrip(" ,;|")
            head.dateline = head.dateline or read_dateline(rest)
            head.published = head.published or date_line(rest)
            continue
        if re.match(r"\s*(?:Day|Entry)\s+\d{1,3}\s*[-–—:]", text):
            break  # "Day 12 - Tuesday 9 January 2024": a log's first entry, no dateline
        if series and stamp_end(text, 0, (paragraph.starts[1:] or [len(text)])[0]) is not None:
            break  # "FLOOD ALERT - issued 14:20 Sunday 12 January 2025": a series' first
        row = ROW_OF_CELLS.search(text) and ROW_OF_CELLS.search(paragraphs[index - 1].text)
        if index and row and index - 1 != head.title_at:
            break  # a table's next row ("Gym – Mon 24 March – New flooring"), no dateline
        found = None if BOOK_BEGUN.fullmatch(text) else read_dateline(text)  # ("Begun 1 May 1816")
        if found is not None and listed:
            break  # "11 August - Strike ballot opens" after an entry: the next entry
        if found is not None and opens_entries(found, paragraph, paragraphs[index + 1 :]):
            break  # "3 June 1952. Left Skardu ..." over "5 June. Reached ...": a diary's entry
        if found is not None:
            rest = text[found.end :].strip()
            alone = len(rest) < 40 and not (
                len(rest.split()) > 3 and rest.endswith((".", "!", "?"))
            )
            # "Sunday, 23 May" over "16:00  Advance delegation arrives": a day heading its
            # entries ("Atyrau, 14 October 2025" over a list still dates the page)
            heads = (
                alone
                and found.place is None
                and not _POSTED.match(text)  # "Posted Monday 2 June 2025" over a list of news
                and index + 1 < len(paragraphs)
                and paragraphs[index + 1].item
            )
            # (or, after a letter, the next letter's place and day over its salutation: "II.
            # Bath. Saturday 2d May. / Dearest H.,")
            saluted = lettered and SALUTATION.match(rest) is not None
            # (not the page's own field under a line that names years: "Civil Service pay
            # award 2025-26" over "Date: Thursday 27 February 2025"; a poster's last line is
            # its event's day)
            page = is_page_date(text) and head.published is None and index + 1 < len(paragraphs)
            ends = alone or found.end == len(text) or found.place is None or saluted
            if heads or (told and not page and ends):
                # a date heading a part of a story already begun (a programme's day), or an
                # entry of a list the story announced ("A few notes from my diary:"); a
                # dateline with its place may still follow a standfirst
                break
            head.dateline = head.dateline or found
            head.place, head.dateline_at = found.place, index
            if alone:
                # A dateline on a line of its own, perhaps signed ("Nov 14. MFA"): the body,
                # and maybe a dateline with the place, come after it.
                head.body_from[index] = len(text)
                continue
            head.body_from[index] = found.end
            break
        city = _CITY_DATELINE.match(text)
        story = text[city.end() :] if city is not None else ""
        # not a title in capitals: "CONTRACT NOTICE - WORKS", "ASA - THIRD QUARTER 2025 UPDATE"
        # not a title's subtitle: "THE LANTERN ROOM - a Paper Lanterns fan blog"
        words = len(story.split())
        sentence = words >= 8 or story.rstrip().endswith((".", "!", "?", "”", '"'))
        # ("HILL FIRE - UPDATE #3 / Monday, July 7, 2025": a title line in capitals)
        line = text[city.end() : (paragraph.starts[1:] or [len(text)])[0]] if city else ""
        title_rest = _CAPITALS_RUN.match(story) is not None or not re.search(r"[a-z]|^\W*$", line)
        if (
            city is not None
            and words >= 4
            and sentence
            and re.search(r"[a-z]", story)
            and not title_rest
            and not re.match(WEEKDAY_AND_DAY, story)  # "CUP FINAL - Sat 12 July": a card's
        ):
            # "ALMATY (Reuters) - ...": a dateline with no date names the place only.
            head.place = city["place"].title()
            head.body_from[index] = city.end()
            break
        # (lines of the source: not a table row's cells, "Autumn term - 3 Sept. - 20 Dec.")
        if not told and len(set(paragraph.lines)) > 1 and (day := head_lines_day(text, paragraph)):
            # "14 Elm Row, / Edinburgh. / 3rd March 1921.": a letter's date under its address;
            # "THEY'RE BACK!!! ... / Posted on 7 March 2025 by mel": a post's under its title
            head.published, head.published_at = head.published or day, index
            head.body_from[index] = len(text)
            first += index == first
            continue
        if index == first and _is_heading(text) and not SALUTATION.match(text):
            head.title, head.title_at = text, index
            head.body_from[index] = len(text)
            # "Minutes of the committee meeting, held Tuesday 5th September 2023".
            # "RADIO WEXBURY - NEWS 0800 - TUESDAY 11 MARCH 2025 / READER: KAREN": any line;
            # not "Report on the investigation of the grounding of ... on 3 February 2022"
            lines = [text[start:end] for start, end in pairwise([*paragraph.starts, len(text)])]
            days = (day for line in lines if (day := date_line(line.strip())))
            head.title_day = None if _INVESTIGATED.search(text) else next(days, None)
        elif _LIFE_EVENT.match(text):
            pass  # "Born 3 May 1950 in Taraz": a fact of the text, not the page's own date
        # (not a book's first day under its keeper's name: "Commenced Michaelmas 1853")
        elif (day := date_line(text)) is not None and not BOOK_BEGUN.fullmatch(text):
            if head.published not in (None, day):
                break  # a second post's "Posted 2 September 2024": it heads its entry
            # "Updated 5:30 PM EST, Mon January 5, 2015": a line that only dates the page.
            head.published, head.published_at = head.published or day, index
            if _HELD.search(text) and not _MINUTES.search(f"{head.title or ''} {text}"):
                continue  # "Held on Saturday 5 July 2031 on the green": the fair, an event
            head.body_from[index] = len(text)
            # "Posted on 5th March 2024 by Aliya": a blog's date line names its author.
            signed = re.search(r"\bby\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})$", text)
            head.author = head.author or (signed["name"] if signed else None)
        elif len(text) <= _HEAD_LINE and find_dates(text):
            # "Karaganda, 14-16 October 2025" under a programme's name: a fact's own date,
            # so a day on a line of its own after it heads a part, and is no dateline. Only
            # a short line is read: the dates of a long paragraph are the body's, read later
            # sentence by sentence, and reading them whole here costs the square of its size.
            told = True
        prose = re.search(r"\w[.!?:][\"”’]?$", _COMPANY_END.sub("", text)) is not None
        told = told or (len(text.split()) >= 6 and prose)
        # (or a letter's body, signed: "My Lord, / The new Coach-house ... / Thos. Wrenfield")
        told = told or SALUTATION.match(text) is not None
        lettered = lettered or any(SALUTATION.match(text, start) for start in paragraph.starts)
    return head


# The longest line of the head read for a fact's own date ("Karaganda, 14-16 October 2025").
_HEAD_LINE = 100
_POSTED = re.compile(r"\W*(?i:posted|published|updated|last\s+updated)\b")
# "Held on ...": a line that dates an event; in minutes, only the record itself.
_HELD = re.compile(r"\b(?i:held)\b")
_MINUTES = re.compile(r"\b(?i:minutes)\b")
# An inquiry's title names the day of what it inquired into, not its own.
_INVESTIGATED = re.compile(r"\b(?i:investigation|inquiry|inquest)\s+(?:on|into|of)\b")
# A line that opens with what happened to its subject on the date ("Born 03.05.1950 in
# Taraz", "Died 4 May 2001", "Founded 1 March 1921", a genealogy's "b." and "*"): a
# fact, perhaps a life's first, which dates neither the page nor the facts after it.
_LIFE_EVENT = re.compile(
    # after the name it is of, too: "Helena Markovic / Born 14 August 1961 in Split"
    r"\s*(?:[A-Z][\w’'.-]+\s+){0,4}?(?:(?i:Born|Died|Deceased|Bapti[sz]ed|Christened|Buried|"
    r"Married|Founded|Established|Incorporated|Opened|Consecrated|Built|Elected|Appointed|"
    r"Ordained)\b|"
    r"(?:b|d|m)\.\s|[*†✝]\s*\d)"
)


_HEAD_SENTENCES = 5  # how far down a letter's own date line may stand
# A title's rest in capitals over its fields, no story after a city's dateline: "SKERRIN
# FERRIES - SERVICE DISRUPTION UPDATE / Route: Portnamoy - Rannach"
_CAPITALS_RUN = re.compile(rf"[{CAPITALS}]{{2,}}\s+[{CAPITALS}]{{2,}}\b")


# a company's name ends on its suffix's stop, no sentence's: "Marencia Desal S.p.A."
_COMPANY_END = re.compile(rf"\b{COMPANY_SUFFIX}$")


def _is_heading(text: str) -> bool:
    # a title with a note in brackets on the line under it ("From the diary of Nurse Edith
    # Croft, 1948 / (transcribed by ...)"), or its year after a stop ("Diary of Edward
    # Lisle, Glenmorra Estate, Dimbula. 1893.")
    note = re.search(r"\s*\(([^()]*)\)$", text)
    core = text[: note.start()] if note else text
    told = note is not None and (
        verb_start(note[1].lower()) and not PAGE_NOTE.match(note[1]) and bool(find_dates(note[1]))
    )
    if told and core.endswith("."):
        return False  # a sentence over a dated fact: "... Coast of Japan. / (Sailed ... 1845.)"
    end = re.sub(rf"(?<!Sept)(?<=[a-z]{{3}})\.\s+{year_pattern('y')}\.$", "", text)
    end = _COMPANY_END.sub("", end)  # (nor a company's: "... and Marencia Desal S.p.A.")
    return len(core) <= 150 and not re.search(r"[.!?:;,]$", end) and text[:1].isupper()
