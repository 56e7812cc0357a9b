"""Guesses from a fact's words: its kind of event, its place and the people it names."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ("kind_of", "people_of", "place_of")

# The first kind whose words appear wins; the order puts the specific before the general.
_KINDS: tuple[tuple[str, str], ...] = (
    ("election", r"elect\w*|re-elect\w*|vot(?:e|ed|ing)|ballot|polls|referendum"),
    ("milestone", r"establish\w*|creat(?:ed|es)|found(?:ed|s)|set up|launch\w*|inaugurat\w*"),
    ("report", r"reports?|review\w*|published|present(?:ed|s)"),
    ("agreement", r"sign(?:ed|s|ing)|agreement|treaty|accord|memorandum"),
    ("resignation", r"resign\w*|step(?:ped|s)? down|dismiss\w*|ousted"),
    ("appointment", r"appoint\w*|nominat\w*|named|sworn in"),
    ("chairmanship", r"chair\w*|presidency"),
    ("protest", r"protest\w*|rall(?:y|ies)|demonstrat\w*|strike"),
    ("disaster", r"earthquake|flood\w*|wildfire|storm|explosion|crash\w*"),
    ("meeting", r"meet\w*|met|sessions?|summit|forum|conference|talks|visit\w*|host\w*|"
     r"congress|segment|takes? part|attend\w*|opens?|held"),
    ("statement", r"said|says|announc\w*|statement|briefing|declar\w*|stated|told|noted"),
)  # fmt: skip
_KIND_PATTERNS = tuple((kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in _KINDS)


def kind_of(text: str, *, term: bool) -> str | None:
    """The kind of event ``text`` tells of, by its words (a ``term`` is one), or ``None``."""
    if term:
        return "term"
    return next((kind for kind, pattern in _KIND_PATTERNS if pattern.search(text)), None)


_NOT_PLACES = frozenset(
    "The This That These Those It He She They We Our His Her Its Their A An In At On "
    "Parliament Congress Council Committee Assembly Government Ministry President "
    "Minister Human Rights January February March April May June July August September "
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_PLACE_AFTER_IN = re.compile(r"\b[Ii]n\s+(?P<place>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\b")
_PLACE_HOSTING = re.compile(
    r"\b(?P<place>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\s+(?:is|was|will be)\s+hosting\b"
)


def place_of(text: str, known: Sequence[str]) -> str | None:
    """Where ``text`` says it happened: a ``known`` place it names, else a name after "in"
    or before "is hosting"; ``None`` when it names none."""
    for name in known:
        if re.search(rf"\b{re.escape(name)}\b", text):
            return name
    for pattern in (_PLACE_AFTER_IN, _PLACE_HOSTING):
        for match in pattern.finditer(text):
            place = match["place"]
            words = place.split()
            if words[0] not in _NOT_PLACES and not place.endswith(("’s", "'s")):
                if len(words) == 2 and words[1] in _NOT_PLACES:
                    continue
                previous = text[: match.start()].split()[-1:]
                # "Cooperation in Europe": part of a name, not where it happened.
                if (
                    pattern is _PLACE_AFTER_IN
                    and previous
                    and previous[0][:1].isupper()
                    and previous[0].strip(",") not in _NOT_PLACES
                ):
                    continue
                return place
    return None


def people_of(text: str, people: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The ids of the ``people`` (each with the names they go by) that ``text`` names."""
    return tuple(
        person_id
        for person_id, names in people.items()
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)
    )
