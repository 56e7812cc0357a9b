"""Dated headings: a line that is nothing but a date heads what follows it.

A diary's entries ("Thursday, 6 March 1952."), a transcript's broadcast day, a bulletin's
"Issued: 06:00 local time, Friday 7 February 2025" and a programme's day ("Tuesday 5
August") each date the text under them until the next: "yesterday", "on Thursday" and "two
weeks ago" there count from the heading's day, not from the publication. The heading itself
is no fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kztimeline.draft.article import Article
from kztimeline.draft.cues import (
    CAPITALS,
    HEADING_LINE,
    IRREGULAR_PARTICIPLE,
    KEPT_AS_IT_HAPPENS,
    MONTH_NAMED,
    MONTH_WORDS,
    PROGRAMME_WORDS,
    YEAR_FIGURES,
)
from kztimeline.draft.daylines import STAMP_LINE, STAMP_NAME, VALID_UNTIL, issue_field
from kztimeline.draft.doubts import OR_ANOTHER_DAY, WRITER_S_DOUBT
from kztimeline.draft.found import same_day_months_on
from kztimeline.draft.grammar import matches
from kztimeline.draft.letters import (
    PLACES,
    a_day_under_its_place,
    over_a_salutation,
    place_and_day,
)
from kztimeline.draft.line_breaks import IN_CAPITALS
from kztimeline.draft.mentions import Mention, names_a_day
from kztimeline.draft.sentences import Sentence
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = (
    "a_letter_s_date_line",
    "entry_of_the_day",
    "head_title",
    "heading_day",
    "headline",
    "item_topic",
    "main_clause_of_the_day",
    "opens_on_a_run_of_days",
    "stamped",
    "undated_heading",
    "under_heading",
    "years_ago",
)

# What a heading may hold besides its date: a label that dates the text itself (not
# "Approval:", a field naming an event), a time of day, a weekday, "at" and "on".
_LABEL = re.compile(
    r"^\s*(?:(?:Issued|Issue time|Date|Dated|Updated|Posted|Published|Released|Entry|Day|As of|"
    r"Valid from)"
    # an expedition's "Day 12 - Tuesday 9 January 2024"
    r"(?: on|\s+\d{1,3}\s*[-–—])?\s*:?\s*|"
    # a bulletin's stamp: "FLOOD WARNING - issued 05:50 Monday 13 January 2025"
    rf"(?-i:{STAMP_NAME})(?:\s*[-–—]\s*|\s+(?=(?:issued|updated)\b))"
    r"(?:(?:issued|updated)\b\s*:?\s*)?)",
    re.IGNORECASE,
)
_VALID = re.compile(r"\W*(?i:valid|in\s+force)\b")
_REST = re.compile(
    rf"\b{WEEKDAY_PATTERN}\b|\b\d{{1,2}}[:.]\d\d\b|\b[0-2]\d[0-5]\d(?=\s+(?:UTC|GMT)\b)|"
    r"\b(?:[ap]\.?m\.?|local time|UTC?|GMT|"
    rf"[A-Z]{{3,4}}|{SHORT_WEEKDAY_PATTERN}|at|on|of|[Tt]he(?=\s+\d))\b|"
    # a travel diary's place after a dash: "Mon 5 May - Tournon", "Sat 3 May - Lyon to Vienne"
    rf"\s*[-–—]\s+[{CAPITALS}][\w'’-]*(?:\s+(?:to|and|[{CAPITALS}][\w'’-]*))*(?:,\s*\d+\s*km)?\s*$|"
    # a blog post's line: "Posted 2 September 2024 · 5 comments", "... by Comms Team"
    r"\s*[·|]\s*\d+\s+comments?\s*$|"
    rf"(?:^|\s)by\s+[\w.'’-]+(?:\s+[{CAPITALS}][\w.'’-]*){{0,3}}\s*$|"
    # a programme's venue after a bar: "Mon 2 June, 19:00 | Castle courtyard"
    rf"\s*\|\s*[{CAPITALS}][\w'’ -]{{1,40}}$|"
    # a doubt on the day, which its "?" keeps: "Apr. 9 (or the 10th, did not write it ...)"
    rf"{OR_ANOTHER_DAY}|{WRITER_S_DOUBT}|\s*\(\?\)|"
    r"[\s,.;:()–—-]+"
)


def heading_day(
    text: str, mentions: Sequence[Mention], *, allow_runs: bool = False, letter: bool = False
) -> str | None:
    """The day that ``text`` heads the text after it with, when it is a dated heading: one
    date to the day (``mentions`` as found in it) and nothing else but a label, a weekday
    and a time of day, or, for a ``letter``'s date line, its place ("Kinyamba, 14th March
    1887."); with ``allow_runs`` (among entries headed by their days), also a run of
    whole days (a log's "Mar. 21st to 24th." over what was done in them; not a programme's
    "2-9 October 2026" under its name, the festival itself); a bulletin's "- valid until
    Tue 14.01.2025" after its stamp is left out, the day it was issued heading it. ``None``
    for any other sentence."""
    barred = "|" in text
    if barred:
        text, mentions = issue_field(text, mentions)
    if (valid := VALID_UNTIL.search(text)) is not None and valid.start():
        # "Bulletin No. 87 - issued Mon 13.01.2025, 17:00 - valid until ...": its issue heads it
        text, mentions = text[: valid.start()], [m for m in mentions if m.end <= valid.start()]
    if len(text) > 80 or not 1 <= len(mentions) <= (2 if allow_runs else 1):
        return None
    mention = mentions[0]
    if len(mentions) == 2:
        # a log's "Thurs. 6th to Sat. 8th.": the run of days of two days told apart
        last = mentions[1]
        joined = re.fullmatch(r"\s*(?:to|-|–)\s*", text[mention.end : last.start])
        # (or two days running, joined: "Thurs. 6th & Fri. 7th. Carting bricks")
        both = re.fullmatch(r"\s*(?:&|and)\s*", text[mention.end : last.start])
        if both and all(map(names_a_day, (mention.value, last.value))):
            gap = date.fromisoformat(last.value) - date.fromisoformat(mention.value)
            joined = both if gap.days == 1 else None
        if not joined or mention.value >= last.value:
            return None  # (whether each is a day is asked of the run below)
        mention = replace(mention, end=last.end, value=f"{mention.value}/{last.value}")
    ends = mention.value.split("/")
    if len(ends) > (2 if allow_runs else 1) or not all(names_a_day(e.rstrip("?")) for e in ends):
        return None
    if len(ends) == 2 and _VALID.match(text):
        return None  # "Valid from 14:00 Thursday 6 June until 02:00 Friday 7 June": a warning's
    rest = text[: mention.start] + " " + text[mention.end :]
    if STAMP_LINE.fullmatch(text):
        rest = re.sub(r"\b[AP]\.?M\b\.?", "", rest)  # a stamp's "7:00 PM" (not a fixture's)
    rest = _LABEL.sub("", rest) if _LABEL.match(text) else rest
    # (a report's week after its number: "Report No. 28 | Week ending Tuesday 15 July 2025";
    # not a diary's "WEEK ENDING 14 MARCH 1953" over its days)
    rest = re.sub(r"^\s*Week\s+ending\b", "", rest) if barred else rest
    rest = re.sub(rf"^\s*{PLACES}\s*,?", "", rest) if letter else rest
    return mention.value if not _REST.sub("", rest) else None


# "From 10 to 13 January the ...", "March 12 to 14 we ...": a run of days opening prose (not a
# heading "10 to 13 January."; one day may head the entry: "March 12, evening: ... we climb")
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
_RUN = rf"{_DAY_NUMBER}\s*(?:[-–]|to|and)\s*{_DAY_NUMBER}"
_OPENS_ON_A_RUN = re.compile(
    rf"\W*(?:(?i:from|between)\s+)?(?:{_RUN}\s+(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\.?\s+{_RUN})\b"
)
_A_WORD_OF_PROSE = re.compile(r"\b[a-z]{3,}\b")


def opens_on_a_run_of_days(text: str) -> int:
    """Where the run of days ends that ``text`` opens on and tells of ("From 10 to 13
    January the cable car was closed."), or 0."""
    run = _OPENS_ON_A_RUN.match(text)
    told = run is not None and _A_WORD_OF_PROSE.search(text[run.end() :]) is not None
    return run.end() if run is not None and told else 0


def entry_of_the_day(
    text: str, day: date | int | str, published: date | None, *, planned: bool = False
) -> Mention:
    """The date of a list's entry with none of its own right under a dated heading ("09:30
    Opening address" under "Tuesday 14 October"), or of a history's paragraph under its
    year ("<h2>1936</h2>" over "The first cheese cellar opened."): the heading's day or
    year, a plan when it is after the publication or the heading was one. The whole entry
    is its title."""
    end = len(text.rstrip(" .!"))
    if isinstance(day, str):  # a heading's run of days: "2025-03-21/2025-03-24"
        value, first, kind = day, date.fromisoformat(day.split("/")[0].rstrip("?")), "days"
    elif isinstance(day, date):
        value, first, kind = day.isoformat(), day, "day"
    else:
        value, first, kind = f"{day:04d}", date(day, 1, 1), "year"
    planned = planned or (published is not None and first > published)
    note = f"the {kind} of the heading {value} above the entry"
    return Mention(end, end, "", value, planned=planned, notes=(note,))


def a_letter_s_date_line(article: Article, index: int) -> bool:
    """Whether the sentence at ``index`` is a letter's place and day over its salutation
    ("Kinyamba, 14th March 1887." over "Dear Sir, - I have ..."), which heads the letter
    wherever it stands in its paragraph (a letter book's copies, one after another)."""
    sentences = article.sentences
    if index + 1 >= len(sentences):
        return False
    text, after = sentences[index].text, sentences[index + 1]
    # (or a paragraph of its own, over the letter: "Kalinde, 30th June 1894." over "The well")
    alone = (
        after.paragraph != sentences[index].paragraph
        and article.opens_paragraph(index)
        and not sentences[index].item  # (not a list's entry: "- Spring Fair, Hall 2 May")
    )
    headed = over_a_salutation(text, after.text) or (alone and place_and_day(text))
    # (or its day alone under its place's lines: "Ship Harriet, at sea, / Sept. 18th 1853.")
    above = sentences[index - 1] if index else None
    if not headed and above is not None and above.paragraph == sentences[index].paragraph:
        headed = a_day_under_its_place(text, above.text, after.text)
    found = matches(text, None) if headed else []
    return bool(found) and all(item.first is not None and item.first.day for item in found)


def head_title(article: Article) -> str | None:
    """The head of ``article`` read as its title: the title with the short lines under it
    that end no sentence and name no day ("SKERROW POINT LIGHT / Journal of the Principal
    Keeper - 1898"), and lines in capitals that go on from a head in capitals ("JOSIAH
    FENNICK, HAY DEALER" over "MILL LANE, ASHCOMBE / 1884"), or, untitled, the short lines of
    its first paragraph ("LOG OF THE
    BARQUE MARGARET ELLIS, ... / Liverpool towards Valparaiso, 1872."); else ``None``."""
    first = article.sentences[0].paragraph if article.sentences else 0
    head = [sentence.text for sentence in article.sentences[:4] if sentence.paragraph == first]
    for sentence in article.sentences[len(head) : 4]:
        # (and a head in capitals split at its lines: "JOSIAH FENNICK, HAY DEALER" over "MILL
        # LANE, ASHCOMBE / 1884", all of it the title)
        if not (IN_CAPITALS.fullmatch(sentence.text) and all(map(IN_CAPITALS.fullmatch, head))):
            break
        head.append(sentence.text)
    short = 0 < len(head) <= 3 and all(len(line) <= HEADING_LINE for line in head)
    if article.title is None:
        # (or a record's one long line: "MEDICAL AND SURGICAL JOURNAL of ... a Voyage ..., 1835.")
        long = len(head) == 1 and _A_RECORD_S_LONG_TITLE.fullmatch(head[0]) is not None
        capitals = head and len(head[0]) <= HEADING_LINE and IN_CAPITALS.fullmatch(head[0])
        if first == 0 and not (short or long) and capitals:
            return head[0]  # "KESTERFOLD SOCIAL DODGEBALL LEAGUE AUTUMN FIXTURES 2025", alone
        return " ".join(head) if first == 0 and (short or long) else None
    # an entry's day ("4 May", "Mon 3 Mar"), a sentence (not a programme's months, its title's:
    # "Walks Programme: January to March 2026")
    ends = any(
        line.rstrip().endswith((".", "!", "?", ":"))
        or (MONTH_NAMED.search(line) and not _A_PROGRAMME_S_MONTHS.match(line))
        for line in head
    )
    # (not under a title with its year: "YEAR BOOK 2023 / Holding no. 24 | Flock mark BR 1948")
    own = re.search(rf"\b{YEAR_FIGURES}\b", article.title)
    return " ".join([article.title, *head]) if short and not (ends or own) else article.title


_A_RECORD_S_LONG_TITLE = re.compile(
    rf"(?=.{{{HEADING_LINE},{2 * HEADING_LINE}}}$)(?:[A-Z][\w'’&]*\s+){{0,5}}"
    # (not an edition's year: "... transcribed and edited by his great-grandson, Leeds, 1978.")
    rf"(?i:{KEPT_AS_IT_HAPPENS})\s+(?-i:of|kept)\b(?![^.;!?]*\b(?:edited|transcribed|printed|"
    rf"published|copied|reprinted|compiled)\b)[^.;!?]*,\s*{YEAR_FIGURES}\.?"
)
_A_PROGRAMME_S_MONTHS = re.compile(
    rf"[^:\d]{{0,40}}\b(?i:{PROGRAMME_WORDS})\b[^:\d]{{0,20}}:"
    rf"\s+(?:{MONTH_WORDS})\b[^\d]{{0,30}}\b{YEAR_FIGURES}\s*$"
)


# Where a relative or a second clause begins: ", where ...", ", and ...", ", signed in 2014".
_SECOND_CLAUSE = re.compile(
    # ("Sent charcoal to the lab; they say ...", "Took the gate, as let by auction on the 27th")
    # (or its purpose: "Ordered a cart, to be ready by Mar 20", ", deliveries to begin May 1")
    r",\s+(?:where|which|when|who|whose|and|(?:(?:the\s+)?[a-z]+\s+)?to\s+(?:be|arrive|start|begin|open))\b|"
    rf";\s+|,\s+&\s|,\s+as\s+(?:[a-z]+ed|{IRREGULAR_PARTICIPLE})\b|"
    # (or a note in brackets: "ANNUAL SUPPER - Red Lion (names to the Secretary by 8 Nov.)")
    r"\s\((?=[^()]*\d[^()]*\))|"  # (not a name's: "Coastal Water Corporation (CWC) is")
    # (or the news a letter brings: "Letter from Mr Pollitt, he will come the 20th inst.")
    r",\s+(?:he|she|they)\s+(?:will|shall|would|is\s+to|are\s+to)\b|"
    # (or what went before it: "Hartley died at 4 a.m., having been insensible since Friday")
    r",\s+having\s+[a-z]+\b|"
    # (or a state an account was in: "Called on Mr Tanner for his acct., unpaid since Oct.
    # last", "... for the rent, due on the 25th")
    r",\s+(?:(?:un|over|out|long\s+)?[a-z]+\s+)?since\b|,\s+(?:due|payable|owing)\s+(?:on|by|at)\b|"
    # (or an event it followed: "The A591 reopened at 10:15 after a landslip on Saturday")
    r"\s+(?:after|following)\s+(?:a|an|the|its|his|her|their)\s+|"
    r"\s+that\s+(?:had\s+)?[a-z]+(?:ed|gan)\b|"
    # (or what a meeting resolved on for later: "Trustees met at the Crown & resolved to raise
    # the tolls from the 25th of March next")
    r"\s+(?:&|and)\s+(?:resolved|agreed|decided|voted|ordered)\s+(?:to|that)\s|"
    # (not "held on", the event's own day: "The walk, held on Sunday 18 May, raised £900")
    rf",\s+(?!held\b)(?:[a-z]+ed|{IRREGULAR_PARTICIPLE})\s+(?:in|on|at|by)\b"
)


def main_clause_of_the_day(
    text: str,
    mentions: list[Mention],
    day: date | int | str,
    published: date | None,
    planned: bool,
) -> list[Mention]:
    """``mentions`` of an entry's first sentence under a dated heading, with the heading's
    day (or year) for its main clause first when every date it names is in a relative or a
    second clause ("5 June." over "Reached Khapalu, where the party had arrived by 1 June.";
    "1936" over "The first cheese cellar opened, and a butter line followed the next
    year.")."""
    relative = _SECOND_CLAUSE.search(text)
    if not mentions or relative is None or any(m.start < relative.start() for m in mentions):
        return mentions
    # "Dennis Hale, who served from 1987 to 2011, died on 28 September": the relative clause
    # closed, the main one has its own date (not in another: ", which he bought in 1938")
    # (or a participle's: "The van, bought in 2009, made its last trip on 28 March"; an "as"
    # runs on over a place's commas: "Took the gate, as let at the Swan, Wrackley, on the 27th")
    opened = re.match(r",\s+(?!and\b)", relative.group())
    closed = text.find(",", relative.end()) if opened else -1
    if relative.group().lstrip(", ").startswith("as") and _A_PLACE.match(text, max(closed, 0)):
        closed = -1
    own = [
        m
        for m in mentions
        if m.start > closed
        and not _RELATIVE.search(text, closed, m.start)
        and ";" not in text[closed : m.start]  # (not a clause of its own: "...; he promises")
    ]
    if closed >= 0 and own:
        return mentions
    main = entry_of_the_day(text[: relative.start()], day, published, planned=planned)
    return [main, *mentions]


_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where|when)\b")
_A_PLACE = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,")  # ", Wrackley,"
_UNENDED = re.compile(r"[.!?:;,]$")  # what ends a sentence or a label, not a heading


def headline(text: str) -> bool:
    """Whether ``text`` is a news item's headline ("Quay Street library closure", "Council
    approves book fund"): a short line that is no sentence and opens on no time of day (a
    programme's "09:30 Opening address" is an entry)."""
    return (
        len(text.split()) <= 10
        and _UNENDED.search(text) is None
        and re.match(r"\d", text) is None
        and re.search(r"[a-z]", text) is not None
    )


def undated_heading(text: str) -> bool:
    """Whether ``text`` heads an entry without a date ("(date not sure)", "Later"): a short
    line that is no sentence, so that the entry under it is no longer of the day above."""
    return (
        len(text) <= 40
        and _UNENDED.search(text) is None
        and ":" not in text  # "Area: Coastal Vestland" is a field of the heading's record
        and not text[:1].isdigit()
    )


def stamped(sentences: Sequence[Sentence], number: int) -> bool:
    """Whether the day line ``number`` of a list's entry stamps a news item beside its
    headline ("<time>28 March 2025</time>" by "Harbour bridge reopens"): the day the item
    was posted, which its relative dates count from, and no entry's day; so is a post's own
    line ("Posted Monday 2 June 2025" over a list of news)."""
    if re.match(r"\W*(?i:posted|published|updated|last\s+updated)\b", sentences[number].text):
        return True
    for other in (number - 1, number + 1):
        if not (0 <= other < len(sentences) and sentences[other].item):
            continue
        own = sentences[other].paragraph
        row = own != sentences[number].paragraph and sentences[other - 1].paragraph == own
        if other < number and row:
            continue  # the entry of the row above: "Sat. 16 Aug.    League Cup Final"
        after = max(number, other) + 1
        # a summary in prose follows a news item's stamp and headline; a chronology's next
        # entry ("* 10 June 2024") does not, and its line after a date is the entry itself
        told = after < len(sentences) and _PROSE.search(sentences[after].text) is not None
        if sentences[number].item and headline(sentences[other].text) and told:
            return True
    return False


_PROSE = re.compile(r"^(?:\S+\s+){5,}\S*[.!?][\"”’]?$")


# An "on this day" column's section: "100 YEARS AGO - 1925", "50 years ago (1975):".
_YEARS_AGO = re.compile(
    r"^\s*(?P<n>\d{1,3})\s+years?\s+ago\b\s*(?:[-–—:(]\s*(?P<y>\d{4})\)?)?\s*[:.–—-]?\s*",
    re.IGNORECASE,
)


# The words by which a section tells of its own day: "today", "last night", "last Saturday".
_TODAY = re.compile(
    rf"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+(?:night|week|"
    rf"{WEEKDAY_PATTERN})|on\s+{WEEKDAY_PATTERN})\b",
    re.IGNORECASE,
)


def years_ago(
    text: str, published: date | None, after: Sequence[Sentence] = ()
) -> tuple[date | None, int] | None:
    """An "on this day" section's heading at the start of ``text`` (a column published on
    ``published``): the day its section is of, and where the heading ends. "100 YEARS AGO -
    1925 / The new clock ... was started today" is of the publication's day in 1925; a
    section that tells of no day of its own ("today", "last Saturday") in its heading's
    sentence or ``after`` it (the next sentences) gives ``None`` for its day: its dates
    count from the publication. ``None`` for any other sentence."""
    heading = _YEARS_AGO.match(text)
    if heading is None or published is None:
        return None
    day = same_day_months_on(published, -12 * int(heading["n"]))
    if heading["y"] is not None and int(heading["y"]) != day.year:
        return None
    told = " ".join([text[heading.end() :], *(sentence.text for sentence in after)])
    if not _TODAY.search(told):
        return None, heading.end()  # "100 YEARS AGO (1925) / The bridge opened on Nov. 5"
    return day, heading.end()


def item_topic(article: Article, index: int) -> str | None:
    """The heading of a numbered item that the sentence at ``index`` opens ("4. Car park.
    Resurfacing starts..."), when the title would not name it; else ``None``."""
    if index < 2:
        return None
    number, topic, sentence = article.sentences[index - 2 : index + 1]
    if not number.line == topic.line == sentence.line or not re.fullmatch(
        r"\(?(?:\d{1,3}|[a-z])[.)]", number.text
    ):
        return None
    # "4. PUBLIC HEARING on the rezoning of 48 Canal Rd. Continued to April 22."
    words = re.fullmatch(r"([A-Z][\w’' -]{1,60}?)\.", topic.text)
    if words is None or len(words[1].split()) > 9 or matches(words[1], None):
        return None  # (a fact of its own, no heading: "3. The Board revoked it on 6 August 2024.")
    if re.search(r"\b(?:is|are|was|were|has|have|had)\b", words[1]):
        return None  # (or a clause: "1. The Appellant is a 27-year-old road cyclist.")
    stems = [word.lower()[:5] for word in words[1].split() if len(word) >= 4]
    return None if any(stem in sentence.text.lower() for stem in stems) else words[1]


def under_heading(mentions: list[Mention], heading: date | None, text: str) -> list[Mention]:
    """``mentions`` of ``text``, their notes saying that a relative date was counted from the
    dated heading above it (``heading``, its day), not from the publication; a deadline in
    a note in brackets is the one before that day (see :func:`_before_its_day`)."""
    if heading is None:
        return mentions
    said = f"the publication date {heading.isoformat()}"
    told = f"the dated heading {heading.isoformat()}"
    return [
        replace(
            _before_its_day(mention, heading)
            if said in "".join(mention.notes)
            and text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start)
            else mention,
            notes=tuple(note.replace(said, told) for note in mention.notes),
        )
        for mention in mentions
    ]


def _before_its_day(mention: Mention, heading: date) -> Mention:
    """A deadline counted from a heading's day, the one before that day when the next lies
    more than half a year on ("(tickets ... to be paid to the Secretary by 1 Nov.)" under "Sat. 15
    Nov."): what a card's note asks done by a day is done for the day that heads it (a
    diary's "the new crusher to come by Lady Day next", no note, is the one after)."""
    last = mention.value.removeprefix("../")
    if last == mention.value or not names_a_day(last):
        return mention
    day = date.fromisoformat(last)
    if (day - heading).days <= _HALF_A_YEAR or (day.month, day.day) == (2, 29):
        return mention
    return replace(mention, value=f"../{day.replace(year=day.year - 1).isoformat()}")


_HALF_A_YEAR = 183
