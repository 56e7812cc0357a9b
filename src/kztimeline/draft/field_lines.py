"""The lines of a text that are a labelled field ("Launch: 14 October 2025, 21:15 UTC"):
one whose value opens on a date is a fact of its own line; the page's own dated field
("DATE: 12 May 2023 (Friday)") dates the text. Each stands alone as a paragraph (see
:func:`kztimeline.draft.paragraphs.paragraphs_of_text`). Not the fields of an event in
``events.toml`` (:mod:`kztimeline._fields`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kztimeline.draft.cues import LABEL_CUT_SHORT, PAGE_FIELD
from kztimeline.draft.furniture import the_text_s_own_day
from kztimeline.draft.grammar import matches
from kztimeline.draft.mentions import Mention, names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.verbs import clausal

__all__ = ("FIELD_LEAD", "field_holding", "foot_field_day", "is_field", "is_page_date")

# "Date of Report (Date of earliest event reported): August 26, 2024": a label may explain itself
# (or a key date's, a comma, a figure or an abbreviation in it: "Harrington Shield, Round 1:
# Tue 4 Nov 2025", "Team fees to Hon. Sec.: by Tue 9 Sep 2025"; no date of its own)
_FIELD = re.compile(
    rf"(?P<label>[A-Z](?:[A-Za-z’' -]|,(?=\s)|\d(?!\d?[:.]\d\d:)|(?<=\d)[.:](?=\d\d\b(?!:))|"
    rf"\b[ap]\.m\.|{LABEL_CUT_SHORT}(?=[\s:,A-Z]))"
    r"{1,40}?)"
    r"(?:\s*\([^()]{1,60}\))?:\s+(?P<value>\S.{0,100})"
)
# What may stand before the date of a field: "Works start: early March 2021", "Completion:
# expected in 2026".
FIELD_LEAD = (
    r"(?:(?:early|mid|late|expected|planned|scheduled|due|estimated|in|on|by|from|until|around|"
    r"about|circa|c\.)[\s-]+)*"
    # an hour and a weekday before the day: "Valid from: 18:00 Wednesday 12 November 2025"
    r"(?:\d{1,2}[:.]\d\d\s+)?(?:[A-Z][a-z]+days?,?\s+)?"
)


def is_field(line: str) -> bool:
    """Whether ``line`` is a labelled field whose value opens on a date ("Launch: 14 October
    2025, 21:15 UTC", "Completion: expected in 2026"), other than the page's own date
    ("Published: ...")."""
    field = _FIELD.fullmatch(line)
    if field is None or PAGE_FIELD.fullmatch(field["label"].lower()):
        return False
    # (a day without its year too, or a weekday: "Commodore's Cup: Saturday 14 June"; not a
    # part of a year, "calendar: second quarter 2025", which a text's title may name)
    spans = [(mention.start, mention.end) for mention in find_dates(line)] or [
        (found.start, found.end)
        for found in matches(line, None)
        if found.first is None or (found.first.year is None and found.first.day is not None)
    ]
    # (a weekday cut short that only names the label's thing: "Sun. School in the Hall")
    label_end = field.end("label")
    spans = [(a, b) for a, b in spans if b >= label_end or any(map(str.isdigit, line[a:b]))]
    if not spans:
        return False
    (start, end), begin = spans[0], field.start("value")
    if (start == 0 and label_end <= end) or start >= label_end:
        # a day's own label ("Monday: mixed team event"), or a value that opens on its date;
        # not a row's day, then its entry's label ("Thu 2 Oct - Season opening: Ida Kross")
        return re.fullmatch(FIELD_LEAD, line[begin:start]) is not None
    return False


def is_page_date(line: str) -> bool:
    """Whether ``line`` is the page's own dated field ("DATE: 12 May 2023 (Friday)" at the
    head of a memo), a line of its own whatever the lines around it."""
    field = _FIELD.fullmatch(line)
    return (
        field is not None
        and PAGE_FIELD.fullmatch(field["label"].lower()) is not None
        and any(names_a_day(found.value) for found in find_dates(line))
    )


def foot_field_day(lines: Sequence[str]) -> date | None:
    """The day of the page's own dated field in the last of ``lines`` (a page's last), after
    its other fields there too ("Ref: ENV/PC/0425      Date of notice: 3 March 2025"), or
    in one over short lines with no date (a signature, an office, a reference: "Dated: 3
    March 2025" over "P. J. Hollings / Director of Highways"): it dates a notice that says
    nothing of its day at its head; not a bare "Date:", a poster's event's day; else
    ``None``."""
    for line in reversed(lines):
        found = find_dates(line)
        if found or (len(line) > _SIGNED_LINE and clausal(line)):
            return _own_day(line, [m for m in found if names_a_day(m.value)])
    return None


_SIGNED_LINE = 60  # the longest line of prose under a page's dated field (a name, an office)


def _own_day(line: str, days: Sequence[Mention]) -> date | None:
    if len(days) != 1 or _BARE_DATE.search(line, 0, days[0].start):
        return None
    return date.fromisoformat(days[0].value) if the_text_s_own_day(line, days[0].start) else None


_BARE_DATE = re.compile(r"(?i:\bdate)\s*:\s*(?:[A-Z][a-z]+day,?\s+)?$")


# a field's label, on a line run into the ones before it: "... Hallowford Protection: Tree"
_RUN_ON_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]+(?:\s+[a-z]+){0,3}:\s+(?=[A-Z\d])")


def field_holding(text: str, at: int) -> str:
    """Of fields run into one sentence ("Tree: Common beech ... Location: Chapel Green
    Protection: Tree Preservation Order No. 12, made in 1974"), the one that holds ``at``;
    ``text`` itself when it holds fewer than two, that one is long, or ``at`` is -1."""
    labels = [label.start() for label in _RUN_ON_LABEL.finditer(text)]
    if len(labels) < 2 or at < 0:
        return text
    start = max((label for label in labels if label <= at), default=0)
    end = min((label for label in labels if label > at), default=len(text))
    # (a short one: not a letter's "To: Parish Clerk I have written ... on 10 March")
    return text[start:end].strip() if end - start <= _LONGEST_FIELD else text


_LONGEST_FIELD = 80  # the longest field read as one of a line's run of fields
