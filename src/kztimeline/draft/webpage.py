"""The text of a web page, as the draft reads it (see :mod:`kztimeline.draft.article`):
the standard library's parser skips scripts, styles and navigation, block elements end a
paragraph, list items and table cells are entries, and ``article:published_time``, a
byline's ``<time datetime>`` or a footer's "updated" line dates the page."""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

from kztimeline.draft.cues import MONTH_NUMBERS
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.paragraphs import Paragraph, joined

__all__ = ("TextOfPage", "looks_like_html")

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
# A sidebar that is the story's own chronology ("<aside class="key-dates">", "<h3>Timeline</h3>").
_FACT_BOX = re.compile(
    r"\s*(?:key[- ]?dates|key[- ]?facts|fact[- ]?box|timeline|chronology|milestones)\b", re.I
)
# Where a page says its story is; when it has one, text outside it is left out.
_STORY = frozenset(("article", "main"))
# A notice's element, outside the story or in it (not a cookie banner's)
_NOTICE = re.compile(r"^(?!.*cookie)(?=.*\b(?:notices?|alerts?|announcements?|closures?)\b)", re.I)
# (what such a notice tells of the place: a closure, not a sale: "Black Friday: 20% off")
_CLOSURE = re.compile(
    r"\b(?i:closed?|closure|reopens?|reopening|cancell?ed|suspended|postponed|shut)\b"
)
# The entries of a list or a table ("<li>16 December 1991 – Independence</li>").
_ITEMS = frozenset(("li", "td", "dd", "dt"))


# What says a <time> dates the page: the words before it in its line, or its element's class.
_DATED_BY = re.compile(r"^\W*(?:By|Published|Posted|Updated|Last updated|Date|Dated)\b")
_DATED_CLASS = re.compile(r"byline|meta|publish|posted|updated|timestamp|dateline|pubdate", re.I)
_NAMES_A_MONTH = re.compile(rf"\b(?:{'|'.join(MONTH_NUMBERS)})\b")
# Elements a new one of the same kind closes ("<p>a<p>b", "<li>a<li>b").
_CLOSED_BY_ITSELF = frozenset("p li dt dd tr td th option".split())
# Elements with no end tag, which never close a class.
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# A table's column of the days a state began: "Status | Since".
_SINCE_COLUMN = re.compile(r"(?i:since|in\s+(?:service|operation|force)\s+since|active\s+since)")
_PAGE_UPDATED = re.compile(r"\s*(?:This\s+)?(?:page|site)\s+(?:last\s+)?updated\b", re.I)
_UPDATED = re.compile(r"\b(?i:(?:last\s+)?updated|published|posted)(?:\s+on)?\s*:?\s*")


class TextOfPage(HTMLParser):
    """The paragraphs, the title and the publication day of a web page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self.in_story: list[bool] = []
        self.in_notice: list[bool] = []  # a notice's, kept beside the story (not one itself)
        self.in_header: list[bool] = []
        self.story_depth = self.header_depth = 0
        self.header_name = self.under_name = False  # the header's <h1>, the line after it
        self.pieces: list[tuple[int, str]] = []
        self.skipping: list[str] = []
        self.title: str | None = None
        self.in_title = False
        self.published: date | None = None
        self.linked_data = False
        self.item_depth = 0
        self.row_depth = 0  # inside a table row, whose cells make one entry
        self.headers: dict[int, str] = {}  # the table's column headings, by column
        self.column = -1  # the column of the cell being read
        self.prefixed: set[int] = set()  # the cells of the row already read as "since"
        # the tag and class of each open element, outermost first
        self.classes: list[tuple[str, str]] = []
        self.time_year: str | None = None  # the year of the <time datetime> being read
        self.term = False  # a <dt> just ended, and its <dd> may follow
        self.noticed = False  # whether the paragraph being read is a notice's
        self.asides: list[bool] = []  # each open <aside>: whether it is a fact box

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        key = values.get("property") or values.get("name") or values.get("itemprop") or ""
        if tag == "meta" and key in _PUBLISHED_KEYS:
            self._publish(values.get("content", ""))
        elif tag == "time" and "datetime" in values:
            # "<p class="byline">By X · <time datetime=...>": the page's day; a <time> in the
            # story ("closes on <time datetime="2026-03-31">31 March</time>") is a fact's.
            told = " ".join(piece for _, piece in self.pieces)
            # in the page's head, or its footer's "Last updated ..."
            footer = bool(self.skipping) and self.skipping[-1] in ("head", "footer")
            if (
                "pubdate" in values
                or footer
                or _DATED_BY.search(told)
                or _DATED_CLASS.search(" ".join(name for _, name in self.classes))
            ):
                self._publish(values["datetime"])
            full = re.match(r"(\d{4})-\d\d-\d\d", values["datetime"].strip())
            self.time_year = full.group(1) if full else None
        if tag in _CLOSED_BY_ITSELF and tag in (open_tag for open_tag, _ in self.classes):
            self._close_element(tag)  # "<p class=meta>...<p>": a new paragraph ends the last
        if tag not in _VOID:
            self.classes.append((tag, values.get("class", "")))
        fact_box = tag == "aside" and _FACT_BOX.search(values.get("class", "")) is not None
        if tag == "aside":
            self.asides.append(fact_box)
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED and not fact_box:
            self.skipping.append(tag)
            self.linked_data = tag == "script" and "ld+json" in values.get("type", "")
        if tag in ("td", "th") and self.row_depth and self.pieces:
            # "<tr><td>Kanat Ermekov</td><td>1962–1979</td></tr>": one entry, cell by cell.
            self.pieces.append((self.getpos()[0], "–"))
        elif tag == "dd" and self.term and self.pieces:
            # "<dt>1853</dt><dd>Severn Mutual is founded</dd>": one entry, "1853: Severn ..."
            line, term = self.pieces[-1]
            self.pieces[-1] = (line, term.rstrip(":") + ":")
        elif tag in _BLOCKS:
            self._close()
        self.row_depth += tag == "tr"
        if tag == "table":
            self.headers = {}
        elif tag == "tr":
            self.column, self.prefixed = -1, set()
        elif tag in ("td", "th"):
            self.column += 1
        if tag in _STORY:
            self.story_depth += 1
        self.header_depth += tag == "header"
        self.header_name = self.header_name or (tag == "h1" and self.header_depth > 0)
        if tag in _ITEMS:
            self.item_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self._close_element(tag)
        if tag == "time":
            self.time_year = None
        if tag == "aside" and self.asides:
            self.asides.pop()
        if tag == "title":
            self.in_title = False
        elif self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        if tag == "tr" and self.row_depth:
            self.row_depth -= 1
        self.term = tag == "dt"
        if tag in _BLOCKS and not ((tag in ("td", "th") and self.row_depth) or self.term):
            self._close()
        if tag in _STORY and self.story_depth:
            self.story_depth -= 1
        if tag == "header" and self.header_depth:
            self.header_depth -= 1
        if tag in _ITEMS and self.item_depth:
            self.item_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping and self.skipping[-1] == "script" and self.linked_data:
            # schema.org metadata: {"datePublished": "2014-12-03T09:00:00+06:00", ...}
            found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', data)
            if found:
                self._publish(found.group(1))
            return
        footer = bool(self.skipping) and self.skipping[-1] == "footer"
        if self.published is None and (footer or _PAGE_UPDATED.match(data)):
            # "<footer>Page updated 2 May 2025</footer>", "<p>Page last updated 2 September
            # 2024.</p>": the page's own date, wherever it stands.
            updated = _UPDATED.search(data)
            days = find_dates(data[updated.end() :]) if updated else []
            if days:
                self._publish(days[0].value)
        heading = bool(self.classes) and self.classes[-1][0] in ("h2", "h3", "h4", "h5", "h6")
        if self.skipping[-1:] == ["aside"] and heading and _FACT_BOX.match(data):
            self.skipping.pop()  # the sidebar's heading names it the story's chronology
            if self.asides:
                self.asides[-1] = True
            return
        if self.in_title:
            self.title = " ".join(((self.title or "") + " " + data).split()) or None
        elif not self.skipping and data.strip():
            if self.time_year and _NAMES_A_MONTH.search(data) and not re.search(r"\d{4}", data):
                data = f"{data.rstrip()} {self.time_year}"  # "31 March" of datetime 2026-03-31
            cell = next((tag for tag, _ in reversed(self.classes) if tag in ("td", "th")), "")
            if cell == "th":
                words = f"{self.headers.get(self.column, '')} {data.strip()}"
                self.headers[self.column] = " ".join(words.split())
            elif (
                cell == "td"
                and self.column not in self.prefixed
                and _SINCE_COLUMN.fullmatch(self.headers.get(self.column, ""))
            ):
                self.prefixed.add(self.column)
                data = f"since {data.strip()}"  # a "Since" column's "4 June 2025": a state
            notice = any(_NOTICE.search(names) for _, names in self.classes)
            self.noticed = self.noticed or (notice and _CLOSURE.search(data) is not None)
            first = self.getpos()[0]
            for offset, piece in enumerate(data.split("\n")):
                if piece.strip():
                    self.pieces.append((first + offset, piece.strip()))

    def _close_element(self, tag: str) -> None:
        """Forget the classes of ``tag``'s element and of every element left open in it."""
        for place in range(len(self.classes) - 1, -1, -1):
            if self.classes[place][0] == tag:
                del self.classes[place:]
                return

    def _publish(self, value: str) -> None:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if self.published is None and match:
            with contextlib.suppress(ValueError):  # a day that does not exist dates nothing
                self.published = date(*map(int, match.groups()))

    def _close(self) -> None:
        if self.pieces:
            self.paragraphs.append(replace(joined(self.pieces), item=self.item_depth > 0))
            # the story's own chronology counts as the story, beside it or in it, and so does
            # a notice over it ("<div class="notice">... closed from Monday 17 March")
            self.in_story.append(self.story_depth > 0 or any(self.asides))
            self.in_notice.append(self.noticed)
            self.noticed = False
            # (of a page's header, its name and the line under it, no banner or notice)
            named = self.header_depth > 0 and (self.header_name or self.under_name)
            self.in_header.append(named)
            self.under_name, self.header_name = self.header_name, False
            self.pieces = []

    def close(self) -> None:
        super().close()
        self._close()
        if any(self.in_story):
            # (and the page's header over it: its name and its dates, "Lakeshore Film
            # Festival / 9-18 October 2025", "Founded 1907 · Bowling on the green since 1911")
            self.paragraphs = [
                paragraph
                for paragraph, inside, header, notice in zip(
                    self.paragraphs, self.in_story, self.in_header, self.in_notice, strict=True
                )
                if inside or header or notice
            ]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text: it opens on a
    page's tag or on any block ("<nav>", "<section>", "<h2>")."""
    opening = re.match(r"\s*<(!doctype|[a-z][a-z0-9]*)\b", text, re.I)
    if opening is None:
        return False
    tag = opening[1].lower()
    return tag in ("!doctype", "html", "head", "body") or tag in _BLOCKS or tag in _SKIPPED
