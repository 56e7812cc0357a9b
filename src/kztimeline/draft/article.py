"""An article as the draft reads it: its head (title, byline, dateline) and its sentences.

Plain text and HTML are both read into paragraphs that remember the line of the file they
start on, so that every drafted event can say where its words came from. HTML goes through
the standard library's parser: scripts, styles and navigation are skipped, block elements
end a paragraph, and ``article:published_time`` or a ``<time datetime>`` dates the page.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from html.parser import HTMLParser

from kztimeline.draft.dateline import Dateline, dateline_year, read_dateline
from kztimeline.draft.normalise import find_dates, published_day
from kztimeline.draft.paragraphs import Paragraph, joined, paragraphs_of_text
from kztimeline.draft.relative import plainly_past

__all__ = ("Article", "Sentence", "looks_like_html", "read_article")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, on one line, and the line of the file it starts on."""

    text: str
    line: int
    paragraph: int = 0
    item: bool = False  # an entry of a list or a table, not a line of prose


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


_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul title".split()
)
# Not the article: code, navigation, sidebars ("More articles"), forms.
_SKIPPED = frozenset(
    "script style noscript template svg nav footer head button select aside form figcaption "
    "caption".split()
)
_PUBLISHED_KEYS = frozenset(
    ("article:published_time", "datePublished", "date", "pubdate", "DC.date.issued")
)
# Where a page says its story is; when it has one, text outside it is left out.
_STORY = frozenset(("article", "main"))
# The entries of a list or a table ("<li>16 December 1991 – Independence</li>").
_ITEMS = frozenset(("li", "td", "dd", "dt"))


_UPDATED = re.compile(r"\b(?i:(?:last\s+)?updated|published|posted)(?:\s+on)?\s*:?\s*")


class _TextOfPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self.in_story: list[bool] = []
        self.story_depth = 0
        self.pieces: list[tuple[int, str]] = []
        self.skipping: list[str] = []
        self.title: str | None = None
        self.in_title = False
        self.published: date | None = None
        self.linked_data = False
        self.item_depth = 0
        self.row_depth = 0  # inside a table row, whose cells make one entry

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        key = values.get("property") or values.get("name") or values.get("itemprop") or ""
        if tag == "meta" and key in _PUBLISHED_KEYS:
            self._publish(values.get("content", ""))
        elif tag == "time" and "datetime" in values:
            self._publish(values["datetime"])
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED:
            self.skipping.append(tag)
            self.linked_data = tag == "script" and "ld+json" in values.get("type", "")
        if tag in ("td", "th") and self.row_depth and self.pieces:
            # "<tr><td>Kanat Ermekov</td><td>1962–1979</td></tr>": one entry, cell by cell.
            self.pieces.append((self.getpos()[0], "–"))
        elif tag in _BLOCKS:
            self._close()
        self.row_depth += tag == "tr"
        if tag in _STORY:
            self.story_depth += 1
        if tag in _ITEMS:
            self.item_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        if tag == "tr" and self.row_depth:
            self.row_depth -= 1
        if tag in _BLOCKS and not (tag in ("td", "th") and self.row_depth):
            self._close()
        if tag in _STORY and self.story_depth:
            self.story_depth -= 1
        if tag in _ITEMS and self.item_depth:
            self.item_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping and self.skipping[-1] == "script" and self.linked_data:
            # schema.org metadata: {"datePublished": "2014-12-03T09:00:00+06:00", ...}
            found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', data)
            if found:
                self._publish(found.group(1))
            return
        if self.skipping and self.skipping[-1] == "footer" and self.published is None:
            # "<footer>Page updated 2 May 2025</footer>": no text, but the page's date.
            updated = _UPDATED.search(data)
            days = find_dates(data[updated.end() :]) if updated else []
            if days:
                self._publish(days[0].value)
        if self.in_title:
            self.title = " ".join(((self.title or "") + " " + data).split()) or None
        elif not self.skipping and data.strip():
            first = self.getpos()[0]
            for offset, piece in enumerate(data.split("\n")):
                if piece.strip():
                    self.pieces.append((first + offset, piece.strip()))

    def _publish(self, value: str) -> None:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if self.published is None and match:
            with contextlib.suppress(ValueError):  # a day that does not exist dates nothing
                self.published = date(*map(int, match.groups()))

    def _close(self) -> None:
        if self.pieces:
            self.paragraphs.append(replace(joined(self.pieces), item=self.item_depth > 0))
            self.in_story.append(self.story_depth > 0)
            self.pieces = []

    def close(self) -> None:
        super().close()
        self._close()
        if any(self.in_story):
            self.paragraphs = [
                paragraph
                for paragraph, inside in zip(self.paragraphs, self.in_story, strict=True)
                if inside
            ]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    return re.match(r"\s*<(?:!doctype|html|head|body|article|div|p|h1)\b", text, re.I) is not None


# --- Sentences ------------------------------------------------------------------------------

# A full stop after one of these does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen sen rep gov st jr sr no nos inc ltd co corp vs etc jan feb mar "
    "apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s "
    "u.n u.k e.g i.e a.m p.m col lt capt maj amb dep ave mt ft fig approx est dept univ "
    "pp para paras vol cf".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


def _sentences(paragraph: Paragraph, start: int, number: int) -> list[Sentence]:
    text = paragraph.text
    sentences: list[Sentence] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start):
        word = re.search(r"(?<!\w)([A-Za-z.]+)\.*$", text[begin : match.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if match.group().startswith(".") and (
            token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
        ):
            continue
        _add(sentences, paragraph, begin, match.end(), number)
        begin = match.end()
    _add(sentences, paragraph, begin, len(text), number)
    return sentences


def _add(
    sentences: list[Sentence], paragraph: Paragraph, begin: int, end: int, number: int
) -> None:
    piece = paragraph.text[begin:end]
    stripped = piece.strip()
    if stripped:
        offset = begin + len(piece) - len(piece.lstrip())
        sentences.append(Sentence(stripped, paragraph.line_at(offset), number, paragraph.item))


# --- The head -------------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Author:)\s+(?P<name>[^,;|\d]{3,80}?)\s*(?P<rest>[,;|].*)?$"
)
_HEAD_PARAGRAPHS = 5
_CITY_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,2})(?:,\s*[A-Z][A-Za-z .'-]{1,30})?"
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
    Mon January 5, 2015", or after the author's name), the dateline, or last a full date in
    the title ("Minutes of the meeting held 5 September 2023"); a dateline without
    a year takes the year that puts it nearest to the article's own full dates (see
    :func:`~kztimeline.draft.dateline.dateline_year`). ``html`` defaults to a look at the
    text. ``published`` may be a text ``YYYY-MM-DD``; raises
    :class:`~kztimeline.errors.DraftError` only when it is neither that nor a date. An
    article with no date has ``published`` ``None``.
    """
    given = published_day(published)
    page_title = page_published = None
    if html if html is not None else looks_like_html(text):
        parser = _TextOfPage()
        parser.feed(text)
        parser.close()
        paragraphs = parser.paragraphs
        page_title, page_published = parser.title, parser.published
    else:
        paragraphs = paragraphs_of_text(text)

    head = _read_head(paragraphs)
    title = head.title or page_title
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        start = head.body_from.get(index, 0)
        if title and paragraph.text.startswith(title, start):
            # "...progressIn the framework": a page header glued to the text it heads.
            glued = paragraph.text[start + len(title) : start + len(title) + 1]
            start += len(title) if glued.isupper() else 0
        if start < len(paragraph.text):
            sentences.extend(_sentences(paragraph, start, index))
    day = given or page_published or head.published
    if day is None and head.dateline is not None:
        day = _dateline_day(head.dateline, sentences)
    day = day or head.title_day
    return Article(
        source_id, head.title or page_title, head.author, head.place, day, tuple(sentences)
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


# A press release's banner above its headline: no title, no fact.
_BANNER = re.compile(
    r"(?:FOR IMMEDIATE RELEASE|(?:PRESS|NEWS|MEDIA) RELEASE|MEDIA ADVISORY|"
    r"EMBARGOED(?: UNTIL| TILL)?[^a-z]{0,40})[.:]?",
    re.IGNORECASE,
)


def _read_head(paragraphs: list[Paragraph]) -> _Head:
    """The title, byline, dateline and date lines among the first paragraphs."""
    head = _Head()
    first = 0  # where the title may stand: the first paragraph after a release's banner
    told = False  # whether a paragraph of the story itself has been read
    for index, paragraph in enumerate(paragraphs[:_HEAD_PARAGRAPHS]):
        if paragraph.item:
            continue  # an entry of a list dates itself, not the page
        text = paragraph.text
        if index == first and _BANNER.fullmatch(text):
            head.body_from[index] = len(text)
            first += 1
            continue
        byline = _BYLINE.match(text)
        if byline is not None and head.author is None:
            head.author = byline["name"].strip()
            head.body_from[index] = len(text)
            # "By Dana Omarova | March 5, 2013": the date after the name dates the article.
            rest = (byline["rest"] or "").lstrip(" ,;|")
            head.dateline = head.dateline or read_dateline(rest)
            head.published = head.published or _date_line(rest)
            continue
        found = read_dateline(text)
        if found is not None:
            rest = text[found.end :].strip()
            alone = len(rest) < 40 and not (
                len(rest.split()) > 3 and rest.endswith((".", "!", "?"))
            )
            if told and (alone or found.end == len(text)):
                break  # a date heading a part of a story already begun: a programme's day
            head.dateline = head.dateline or found
            head.place = found.place
            if alone:
                # A dateline on a line of its own, perhaps signed ("Nov 14. MFA"): the body,
                # and maybe a dateline with the place, come after it.
                head.body_from[index] = len(text)
                continue
            head.body_from[index] = found.end
            break
        city = _CITY_DATELINE.match(text)
        if city is not None and len(text[city.end() :].split()) >= 4:  # not "NOTICE - WORKS"
            # "ALMATY (Reuters) - ...": a dateline with no date names the place only.
            head.place = city["place"].title()
            head.body_from[index] = city.end()
            break
        if index == first and _is_heading(text):
            head.title = text
            head.body_from[index] = len(text)
            # "Minutes of the committee meeting, held Tuesday 5th September 2023".
            head.title_day = _date_line(text)
        elif _LIFE_EVENT.match(text):
            pass  # "Born 3 May 1950 in Taraz": a fact of the text, not the page's own date
        elif (day := _date_line(text)) is not None:
            # "Updated 5:30 PM EST, Mon January 5, 2015": a line that only dates the page.
            head.published = head.published or day
            if _HELD.search(text):
                continue  # "Meeting held on 14 May 2024": the day of the meeting recorded
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
        told = told or (len(text.split()) >= 6 and re.search(r"\w[.!?][\"”’]?$", text) is not None)
    return head


# The longest line of the head read for a fact's own date ("Karaganda, 14-16 October 2025").
_HEAD_LINE = 100
# A record's own date line that names what was held that day: a fact as well as a date.
_HELD = re.compile(r"\b(?i:held)\b")
# A line that opens with what happened to its subject on the date ("Born 03.05.1950 in
# Taraz", "Died 4 May 2001", "Founded 1 March 1921", a genealogy's "b." and "*"): a
# fact, perhaps a life's first, which dates neither the page nor the facts after it.
_LIFE_EVENT = re.compile(
    r"\s*(?:(?i:Born|Died|Deceased|Bapti[sz]ed|Christened|Buried|Married|Founded|"
    r"Established|Incorporated|Opened|Consecrated|Built|Elected|Appointed|Ordained)\b|"
    r"(?:b|d|m)\.\s|[*†✝]\s*\d)"
)


def _date_line(text: str) -> date | None:
    """The full date of a short line that is not a sentence, or ``None``."""
    if len(text) > 100 or re.search(r"[.!?\"”]$", text):
        return None
    for mention in find_dates(text):
        if re.fullmatch(r"\d{4}-\d\d-\d\d", mention.value):
            return date.fromisoformat(mention.value)
    return None


def _dateline_day(dateline: Dateline, sentences: Sequence[Sentence]) -> date | None:
    """The day of the dateline; a missing year from the article's own full dates."""
    year = dateline.year
    if year is None:
        full_dates: list[date] = []
        reported: list[date] = []
        for sentence in sentences:
            for mention in find_dates(sentence.text):
                if re.fullmatch(r"\d{4}-\d\d-\d\d", mention.value):
                    full_dates.append(date.fromisoformat(mention.value))
                    if plainly_past(sentence.text, mention.start):
                        reported.append(full_dates[-1])
        year = dateline_year(dateline.month, dateline.day, full_dates, reported=reported)
    return None if year is None else date(year, dateline.month, dateline.day)


def _is_heading(text: str) -> bool:
    return len(text) <= 150 and not re.search(r"[.!?:;,]$", text) and text[:1].isupper()
