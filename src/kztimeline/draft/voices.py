"""Who "we" are in a text when no sentence of it says: the body its title names, its author,
the site a web page belongs to, or the company its closing line registers (see
:mod:`kztimeline.draft.pronouns`)."""

from __future__ import annotations

import re

from kztimeline.draft.article import Article
from kztimeline.draft.cues import HONORIFIC
from kztimeline.draft.pronouns import COMPANY, NAME
from kztimeline.draft.verbs import clausal

__all__ = ("article_voice", "voice_of")

# What a body writes of itself: "Annual Report 2023", "Newsletter", "Our story".
_OWN_KIND = (
    r"(?i:(?:annual\s+|quarterly\s+|activity\s+|progress\s+)?(?:report|review)|newsletter|"
    r"bulletin|press\s+release|news|update|our\s+(?:story|history)|about\s+us|history)\b"
)

# a site's page, its section first: "News | Chopsmith Axe Throwing, Brindle Yard" (the place
# after the comma left out)
_SITE = (  # (its bar, not a title's dash: "Parish News – Easter Edition")
    rf"(?:[A-Z][\w’'-]*\s+)?(?:{_OWN_KIND}|(?i:events|notices|blog))\s*\|\s*"
    r"((?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*)\s*(?:,|$)"
)

# a section's own name after the bar, no site's: "News | Home", "Blog | Latest"
_SECTION = re.compile(r"(?i:home|welcome|latest|archive|index|main|contact|about)")


def article_voice(article: Article) -> str | None:
    """Who "we" are in ``article`` (:func:`voice_of` its title, author and page), or else the
    company one of its last lines registers: "Ambercoach Travel Ltd, Mill Lane, Wexcombe.
    Registered in England." under a history told as "we"; or a court that judges in it."""
    voice = voice_of(article.title, article.author, article.page_title)
    # (the line that says it is registered, or the one before: not a sponsor's "Marsh Bakery
    # Ltd, who gave the cup")
    foot = [s.text for s in article.sentences[-3:]] if voice is None else []
    said = next((n for n, text in enumerate(foot) if _REGISTERED_IN.search(text)), -1)
    closing = (_REGISTERED.match(text) for text in foot[max(0, said - 1) : said + 1])
    voice = voice or next((found["name"] for found in closing if found), None)
    # (or a court, by the words of its judgment at its head or its foot: "We reverse and
    # remand", "We affirm"; a few short sentences, read again for each fact)
    ends = (*article.sentences[:_JUDGMENT_SENTENCES], *article.sentences[-_JUDGMENT_SENTENCES:])
    bench = voice is None and any(_BENCH.fullmatch(s.text, 0, _SHORT) for s in ends)
    return "The court" if bench else voice


_JUDGMENT_SENTENCES = (
    12  # the sentences at a text's head and at its foot where a court gives its judgment
)
_SHORT = 200  # how much of each is read


# (its own sentence: "We affirm.", "We reverse the judgment and remand."; not a bank's "We affirm
# our commitment", nor a society's "We heard argument on both sides")
_BENCH = re.compile(
    r"\s*We\s+(?:reverse|affirm|vacate)(?:\s+the\s+(?:judgment|order|decision|conviction|ruling)"
    r"(?:\s+(?:of|below)[^.]{0,60})?)?(?:,?\s+and\s+remand[^.]{0,60})?\.\s*"
)
_REGISTERED_IN = re.compile(
    r"\b(?i:registered\s+(?:in|office|no)\b|company\s+(?:no|number)\b|reg\.\s*no\b)"
)
# a company's registered name opening a line of its own, and where it is
_REGISTERED = re.compile(
    r"(?P<name>(?:[A-Z][\w&’'-]*\s+){1,4}(?:Ltd|Limited|plc|PLC|LLP|Inc\.?|LLC|GmbH))"
    r"\s*(?:,(?!\s+who\b)|\s[-–—|]\s)"
)


def voice_of(title: str | None, author: str | None, page: str | None = None) -> str | None:
    """Who "we" are when no sentence says it: an organisation the article's title names
    ("Clean Steppe Foundation - Annual Report"), else its author ("Posted ... by Aliya"),
    else the organisation a web ``page``'s own title names ("Cancellations - Alder Theatre")."""
    # (a title in capitals read in title case: "LETTERS OF SISTER HARRIET COYLE FROM ...")
    cased = re.sub(r"[A-Z]+", _in_title_case, title) if title and title.isupper() else title
    writer = _WRITER.search(cased or "")
    if writer is not None:
        return writer["name"]  # "Letters of the Rev. Edmund Harcourt, curate of Ashby Parva"
    companies = COMPANY.findall(f" {cased}") if cased else []  # ("NORTHLINE POWER - ...")
    if companies:
        return str(companies[0]).strip()
    # "WellSpring Uganda - Annual Report 2023": the name a document of its own is headed by
    named = re.match(
        rf"((?:[A-Z][\w&’'-]*\s+){{0,3}}[A-Z][\w&’'-]*)\s+[-–—|:]\s+{_OWN_KIND}", title or ""
    ) or re.match(_SITE, title or "")
    if named and (clausal(named[1]) or _SECTION.fullmatch(named[1])):
        named = None  # ("News | Council Approves New Bridge": a headline; "News | Home")
    if named or author or not page or page == title:
        return named[1] if named else author
    return voice_of(page, None)


def _in_title_case(word: re.Match[str]) -> str:
    """A word of a title in capitals as a title in lower case has it: "of", "Coyle"."""
    lower = word[0].lower()
    return lower if lower in _SMALL_WORDS else word[0].capitalize()


_SMALL_WORDS = frozenset("of by from to at in on the and kept for with".split())


# Who wrote a collection or a record, as its title names them
# ("Letters of the Rev. Edmund Harcourt, curate ...", "Diary of Wm. Treharne, fireman"; not
# "The Diary of Samuel Pepys goes online", "Journal of Applied Ecology editorial")
_WRITER = re.compile(
    r"^(?:The\s+)?(?:Letters|Diary|Journals?|Notebooks?|Memoirs?)\s+(?:of|by|kept\s+by)\s+"
    # (a person, not a thing: "Letters of the Rev. Edmund Harcourt", not "Memoirs of the War")
    rf"(?:the\s+{HONORIFIC}\s+|(?:{HONORIFIC}\s+)?)(?P<name>{NAME}(?:\s+{NAME}){{1,2}})"
    r"(?=\s*(?:,|\(|$)|\s+(?:to|from|of|at|in|on)\s)"
)
