"""A page of listings: a section's heading names what a bare date or a bare verb under it
is of ("Mapping the Marsh" over "Opens 3 October 2025"), a bare date that the sentence under
it tells again is no fact of its own, and a year's heading with a short title ("1888 - The
beginning") leaves its title to the prose under it (see :func:`title_year.titled_year`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kztimeline.draft.article import Article
from kztimeline.draft.cues import LISTING
from kztimeline.draft.furniture import field_value
from kztimeline.draft.grammar import matches
from kztimeline.draft.headings import headline
from kztimeline.draft.mentions import Mention
from kztimeline.draft.shapes import STATE_CHANGE
from kztimeline.draft.title_year import titled_year
from kztimeline.draft.titles import UNTITLED
from kztimeline.draft.verbs import clausal

__all__ = ("heading_over_prose", "section_topic", "told_again_below")


def section_topic(article: Article, index: int, title: str, untitled: bool) -> str | None:
    """The title of a sentence whose own says too little, from the heading of its section
    (or the headline of its message: "SUMMARY: Geomagnetic Sudden Impulse" over "Observed:
    2024 Oct 10 1516 UTC"):
    "Mapping the Marsh" over "Opens 3 October 2025." gives "Mapping the Marsh opens"; over
    a date alone ("12 April - 7 September 2025"), the heading itself. ``None`` when the
    title names its fact, or the paragraph before is no heading (a short line of its own
    with no stop)."""
    sentences = article.sentences
    if (headline := _message_s_headline(article, index)) is not None:
        return headline  # "ALERT: Proton Event ..." over "Begin Time: 2024 Oct 09 1405 UTC"
    # a list entry's that opens on its verb, under the entry's own heading ("Now opens 19
    # September and runs" under "Mariner's Light"; not "Untitled statement", nor a field's
    # label, "Privatised: 1997")
    verb_first = title != UNTITLED and _NO_SUBJECT.match(title) is not None
    # (or a section's paragraph that opens on a change of state: "Closed since 1 July 2025 for
    # restoration" under "Palm House")
    changed = (
        verb_first and article.opens_paragraph(index) and _STATE_CHANGED.match(title) is not None
    )
    verb_first = verb_first and (sentences[index].item or changed)
    verb_first = verb_first and ":" not in sentences[index].text
    # (or a day and its venue alone: "Friday 16 May 2025, Carraby Working Men's Club." under
    # "PRESENTATION NIGHT")
    venue = _VENUE.fullmatch(title) is not None
    if venue:  # (its opening day only: a long sentence is not read again for each of its facts)
        found = matches(sentences[index].text[:_OPENING_DAY], None)
        venue = bool(found) and found[0].start == 0
    own = verb_first or venue
    if len(title.split()) > 1 and not (untitled and title == UNTITLED) and not own:
        return None
    paragraph = sentences[index].paragraph
    if sentences[index].item and not verb_first:
        return None  # a field's own name: "Privatised: 1997" (an item's heading names a verb's)
    for number in range(index - 1, max(-1, index - 5), -1):
        if sentences[number].paragraph == paragraph:
            continue
        heading = sentences[number].text.strip()
        if (
            not article.opens_paragraph(number)
            or (sentences[number].item and not verb_first)
            or len(heading) > _HEADING
            or heading.endswith((".", "!", "?", ":", ";", ","))
            or not heading[:1].isupper()
            or LISTING.search(heading)  # "Key dates", "What's on": the page's, no thing's
        ):
            return None
        if heading.lower() == title.lower():
            return None  # "Auction" over "Saturday 15 March, Village Hall, 10 am.": its own
        if venue:
            at = re.match(r"(?:At|In)\s", title)
            return f"{heading}, {title[:1].lower()}{title[1:]}" if at else f"{heading}: {title}"
        if verb_first and not sentences[number].item and not changed:
            return None
        if changed and not sentences[number].item and not _PLACE_S_NAME.fullmatch(heading):
            return None  # a section's label, no place: "Service changes", "Overview"
        if verb_first and len(title.split()) > 1:
            # (a heading that names a thing: not a diary's day, "Thursday 18 July 2024" over
            # "Rained all morning", nor a section's label, "QUALIFICATIONS", "Our history",
            # nor a log's row of sentences)
            named = _NAMING_HEADING.fullmatch(heading) is not None and not matches(heading, None)
            return f"{heading} {title[:1].lower()}{title[1:]}" if named else None
        return heading if len(title.split()) > 1 else f"{heading} {title.lower()}"
    return None


_STATE_CHANGED = re.compile(rf"{STATE_CHANGE}\b")
# A venue alone, each word capitalised: "Carraby Working Men's Club", "At the Plough, Holt"
_VENUE = re.compile(
    r"(?:(?:At|In)\s+(?:the\s+)?)?(?:[A-Z][\w'’&.-]*\s*){1,6}(?:,\s*(?:[A-Z][\w'’&.-]*\s*){1,4})?"
)
# A place's or a venue's name of two words or more, each capitalised ("Palm House", "Holt
# Road Library"; not "Employment History", "Please Note")
_PLACE_S_NAME = re.compile(
    r"(?!.*\b(?:History|Changes?|Notes?|Overview|Education|Career|Experience|Summary|"
    r"Background|Updates?|News|Notices?|FAQs?|Information|Details|Life|Move)\b)"
    r"(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+"
)
_HEADING = 60  # the longest section heading read as a title's subject
_OPENING_DAY = 60  # how far into a sentence the day it opens on is read
_NAMING_HEADING = re.compile(r"(?!(?:Our|My|About|History|[A-Z\W]+$)\b)[^.]+")
# A title that opens on its verb, its subject left to the heading above: "Postponed to
# 2026", "Closes as planned", "Now opens and runs"
_NO_SUBJECT = re.compile(
    r"(?:(?:Now|Originally|Also|Still|Then)\s+(?=[a-z])|(?=[A-Z]))(?i:[a-z]{3,}ed(?=\s+(?:to|on|in|"
    r"until|from|at|for|by|as|and|because|after|due|owing|following|again|indefinitely)\b|\W*$)|"
    r"opens|closes|"
    r"reopens|runs|returns|moves|starts|ends|begins|continues|tours)\b(?!\s*:)"
)


# A message's headline after its kind: "ALERT: Proton Event 10MeV Integral Flux exceeded
# 10pfu", "SUMMARY: Geomagnetic Sudden Impulse"
_MESSAGE_HEADLINE = re.compile(
    r"(?:(?:EXTENDED\s+)?(?:ALERT|WARNING|WATCH|SUMMARY|ADVISORY)|CANCELLATION)\s*:\s*"
    r"(?P<headline>[A-Z][^:.]{3,80}?)\s*"
)


def _message_s_headline(article: Article, index: int) -> str | None:
    """The headline of the message over a field that gives the time of what it tells and
    nothing else ("SUMMARY: Geomagnetic Sudden Impulse" over "Observed: 2024 Oct 10 1516
    UTC"), or ``None``."""
    sentences = article.sentences
    value = field_value(sentences[index].text) if index else None
    if value is None:
        return None
    found = matches(value, None)
    if len(found) != 1 or re.search(r"[a-z]{4,}", value[: found[0].start] + value[found[0].end :]):
        return None  # (a field that tells more than its time: "Location: Oslo")
    headline = _MESSAGE_HEADLINE.fullmatch(sentences[index - 1].text)
    return headline["headline"] if headline else None


def told_again_below(article: Article, found: list[list[Mention]]) -> None:
    """Drop the dates of a line that is nothing but them when the next sentence tells the
    same ("18-21 April 2025" over "Follow the trail from 18 to 21 April ..."), or when it
    is one month and the next dated sentence, a few lines on, names a day of it ("June
    1906" over a day book's "Mon. 4th  6  4  Wind S.W."), or a headline's one month of which
    the sentence under it names a day: the facts are those sentences'."""
    for index, (mentions, below) in enumerate(pairwise(found)):
        text = article.sentences[index].text
        one_month = len(mentions) == 1 and _MONTH_VALUE.fullmatch(month := mentions[0].value)
        if one_month and headline(text) and any(m.value.startswith(f"{month}-") for m in below):
            found[index] = []  # "Otter pool opens this month" over "... opens on 14 March"
            continue
        edges = [0, *_spans(mentions), len(text)]
        rest = "".join(text[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True))
        if not mentions or not _ONLY_STOPS.fullmatch(rest):
            continue
        values = {mention.value for mention in below}
        if all(m.value in values for m in mentions):
            found[index] = []
        elif one_month:
            # the next dated sentence within a few, with only a table's header between ("Date
            # Up Down Remarks"; not "May 2024 / The new footbridge opened.", its fact)
            after = range(index + 1, min(len(found), index + 1 + _NEXT))
            later = next((n for n in after if found[n] or clausal(article.sentences[n].text)), 0)
            if later and any(m.value.startswith(f"{month}-") for m in found[later]):
                found[index] = []


def _spans(mentions: Sequence[Mention]) -> list[int]:
    ordered = sorted(mentions, key=lambda mention: mention.start)
    return [edge for mention in ordered for edge in (mention.start, mention.end)]


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")  # a month's EDTF: "1912-03"
_NEXT = 3  # how many sentences on a month's heading may find the day of it told
_ONLY_STOPS = re.compile(r"[\s,.;:()–—-]*")


def heading_over_prose(article: Article, index: int, mentions: Sequence[Mention]) -> str | None:
    """The sentence that tells the fact of the heading at ``index``, when the heading is a
    year or a span of years and a short title with no verb, a paragraph of its own ("1888 -
    The beginning", "c. 1902 - The first factory"), over prose with no date of its own
    ("Samuel Pellingham opens a colour shop on Wharf Lane."): the prose names the fact;
    else ``None``."""
    sentences = article.sentences
    if len(mentions) != 1 or index + 1 == len(sentences) or not article.opens_paragraph(index):
        return None
    if sentences[index + 1].paragraph == sentences[index].paragraph:
        return None
    prose = sentences[index + 1].text
    return prose if titled_year(sentences[index].text, mentions, prose) else None
