"""Titles that the shape of a fact gives: a life in brackets after a name ("Abai
Kunanbayev (10 August 1845 – 6 July 1904) was a poet" gives his birth and his death), a
record's field line ("Completion: expected in 2026"), a date counted back from the one
before it ("..., two days after an accident at the station"), and the speaker's label a
record puts before what is said (see :mod:`kztimeline.draft.titles`)."""

from __future__ import annotations

import re

from kztimeline.draft.paragraphs import FIELD_LEAD
from kztimeline.draft.trim import clean

__all__ = ("OTHER", "OWN", "SPEAKER", "counted_end", "shaped_title")

OWN, OTHER = "\x00", "\x01"  # where this fact's date and the sentence's other dates were

SPEAKER = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*:\s+(?=[A-Z])")


def counted_end(sentence: str, start: int, end: int) -> int:
    """The end of a date span, past the noun phrase it counts from when it ends on "after"
    or "before" ("two days after an accident at the station")."""
    if not re.search(r"\b(?:after|before)$", sentence[start:end]):
        return end
    phrase = re.match(r"[^,;]*", sentence[end:])
    return end + len(phrase.group().rstrip(" .!?")) if phrase else end


def shaped_title(text: str) -> str | None:
    """The title a fact's shape gives it (``text`` is the sentence with its dates marked by
    :data:`OWN` and :data:`OTHER`), or ``None`` when its shape says nothing."""
    life = re.match(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?)\((?P<inside>[^()]*)\)", text)
    if life is not None and OWN in life["inside"] and OTHER in life["inside"]:
        # "Abai Kunanbayev (10 August 1845 – 6 July 1904) was a poet": his birth and death.
        born = life["inside"].index(OWN) < life["inside"].index(OTHER)
        return f"{life['name'].strip()} {'was born' if born else 'died'}"
    field = re.fullmatch(
        rf"(?P<label>[A-Z][A-Za-z -]{{1,30}}):\s*(?P<lead>{FIELD_LEAD}){OWN}(?P<rest>.*)", text
    )
    if field is not None:
        # "Launch: 14 October 2025, 21:15 UTC, Baikonur", "Completion: expected in 2026".
        rest = re.sub(
            r"\s*\b\d{1,2}[:.]\d\d\b(?:\s*(?:UTC|GMT|[AP]M|local time))?", "", field["rest"]
        )
        rest = re.sub(rf"(?:\s+(?:to|until|and|from|on|in))?\s*[{OWN}{OTHER}]", "", rest)
        status = re.findall(r"expected|planned|scheduled|due|estimated", field["lead"])
        label = " ".join((field["label"], *status))
        return clean(f"{label}, {rest.strip(' ,;')}")
    return None
