"""Facts that state the same thing on the same date, grouped into one event.

Facts become one event when they give the same date and speak of the same thing (a person
in common, the same place, or three content words in common), so the same statement in two
sentences or two articles is one event citing both. A day on which a term starts ("assume
their duties on 1 January") is folded into that term, and a year or a month that the same
clause tells the day of ("In 2024 the group bought Brinck on 2 December") into that day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kztimeline.draft.facts import Fact
from kztimeline.draft.grammar import WEEKDAY_NOTE
from kztimeline.draft.verbs import clausal
from kztimeline.edtf import parse_date

__all__ = ("DraftEvent", "group")


@dataclass(slots=True)
class DraftEvent:
    """Facts that state the same thing on the same date, the first of them leading.

    What the facts name together (people, places, words, sentences) is kept as it grows, so
    that adding a fact costs the size of that fact, not of the event.
    """

    facts: list[Fact] = field(default_factory=list)
    _people: dict[str, None] = field(default_factory=dict)
    _words: set[str] = field(default_factory=set)
    _sentences: set[tuple[str, int]] = field(default_factory=set)
    _sources: dict[str, None] = field(default_factory=dict)
    _place: str | None = None

    def __post_init__(self) -> None:
        facts, self.facts = self.facts, []
        for fact in facts:
            self.add(fact)

    def add(self, fact: Fact) -> None:
        """Cite one more fact; one that tells it in a clause leads one that only names it
        ("1868 - A workshop in Tallis Street" over "Johann Ostrander founded the firm in
        1868 in a rented workshop in Tallis Street")."""
        first = self.facts[0] if len(self.facts) == 1 else None
        # (and every word of the heading: not "2019 - Opening of the new library" over "the
        # old library ... was demolished")
        if (
            first is not None
            and not clausal(first.title)
            and first.words <= fact.words
            and clausal(fact.title)
            and fact.planned == first.planned
        ):
            self.facts.insert(0, fact)
        else:
            self.facts.append(fact)
        self._people.update(dict.fromkeys(fact.people))
        self._words |= fact.words
        self._sentences.add(_where(fact))
        self._sources[fact.citation.source_id] = None
        if self._place is None:
            self._place = fact.place

    @property
    def lead(self) -> Fact:
        return self.facts[0]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(self._sources)

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(self._people)

    @property
    def place(self) -> str | None:
        return self._place

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._words)

    def cites(self, fact: Fact) -> bool:
        """Whether one of its facts comes from the sentence of ``fact``."""
        return _where(fact) in self._sentences


def _where(fact: Fact) -> tuple[str, int]:
    return fact.citation.source_id, fact.sentence


_CROWDED = 64


class _Index:
    """The events so far, by date, and within a date by person, place and word.

    A fact is compared only with the events that share its date and at least one of its
    people, its place or a word, never with every event: a page that states one fact
    thousands of times stays linear. A key that already names 64 events of one date is no
    longer looked at, so that thousands of different facts of one day stay linear too.
    """

    def __init__(self) -> None:
        self.events: list[DraftEvent] = []
        self._numbers: dict[int, int] = {}  # id of an event -> its place in ``events``
        self._by_key: dict[tuple[str, str], dict[int, None]] = {}

    def _keys(self, fact: Fact) -> list[tuple[str, str]]:
        date_key = f"{fact.value}|{fact.term}"
        keys = [(date_key, f"p:{person}") for person in fact.people]
        if fact.place is not None:
            keys.append((date_key, f"l:{fact.place}"))
        keys += [(date_key, f"w:{word}") for word in sorted(fact.words)]
        return keys

    def match(self, fact: Fact) -> DraftEvent | None:
        """The first event that states the same thing as ``fact`` on its date, if any."""
        shared: dict[int, int] = {}
        strong: set[int] = set()
        for key in self._keys(fact):
            bucket = self._by_key.get(key, {})
            if len(bucket) >= _CROWDED:
                continue  # a word (or place) of that many events on one date tells none apart
            for number in bucket:
                if key[1].startswith("w:"):
                    shared[number] = shared.get(number, 0) + 1
                elif key[1].startswith("p:") or self.events[number].place == fact.place:
                    strong.add(number)  # a person in common, or the event's own place
        # (a birth or a death told twice needs fewer: "Ferri was born" and "Ferri was born
        # in Cremona, the son of a carpenter")
        life = _LIFE.search(fact.title)
        candidates = sorted(
            strong
            | {
                number
                for number, count in shared.items()
                if count >= 3 or (count >= 2 and life and life[0] in self.events[number].lead.title)
            }
        )
        return next(
            (self.events[n] for n in candidates if not self.events[n].cites(fact)),
            None,  # two dates of one sentence are two facts
        )

    def add(self, fact: Fact, event: DraftEvent | None) -> None:
        """Put ``fact`` in ``event``, or in a new event when ``event`` is None."""
        if event is None:
            event = DraftEvent([fact])
            self._numbers[id(event)] = len(self.events)
            self.events.append(event)
        else:
            event.add(fact)
        number = self._numbers[id(event)]
        for key in self._keys(fact):
            bucket = self._by_key.setdefault(key, {})
            if len(bucket) < _CROWDED:
                bucket[number] = None


def group(facts: Sequence[Fact]) -> list[DraftEvent]:
    """The facts as events: one per date and subject, in order of first mention."""
    index = _Index()
    for fact in facts:
        index.add(fact, index.match(fact))
    events = index.events
    terms: dict[str, list[DraftEvent]] = {}
    for event in events:
        if event.lead.term:
            start = parse_date(event.lead.value).start
            if start is not None:
                terms.setdefault(start.text, []).append(event)
    kept: list[DraftEvent] = []
    for event in events:
        term = _term_started(event, terms)
        if term is None:
            kept.append(event)
        else:
            for fact in event.facts:
                term.add(fact)
    return _without_years_told_to_the_day(kept)


_PLAIN = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # a year, a month or a day, no range


# One of many, picked out after a comma: "released three albums, the last on 3 December",
# "lost 400 men, 200 of them on 1 July". The year's fact is wider than the day's.
_ONE_OF_MANY = re.compile(
    r",\s+(?:the\s+(?:last|first|latest|final|second|third)\b|(?:\d+|one|two|three|some|most|"
    r"many|half)\s+of\s+(?:them|these|those|which)\b)",
    re.IGNORECASE,
)


def _without_years_told_to_the_day(events: list[DraftEvent]) -> list[DraftEvent]:
    """``events`` without a year or a month whose one fact's clause, in the same sentence
    and under the same title, also gives a day within it: "In 2024 the group bought Brinck
    on 2 December" is one fact of 2 December 2024, and "In 2019 it opened a shop, and on 3
    May it bought a rival" two. A weekday is no closer telling: "expects to pump 77 million
    tonnes this year, the minister said on Friday" is a forecast and a statement; nor is
    one of many picked out ("released three albums, the last on 3 December")."""
    told: dict[tuple[str, int | str, str], list[str]] = {}
    for event in events:
        for fact in event.facts:
            weekday = any(note.startswith(WEEKDAY_NOTE) for note in fact.notes)
            if _PLAIN.fullmatch(fact.value.rstrip("~?")) and not weekday:
                told.setdefault(_sentence_key(fact), []).append(fact.value)
                if life := _LIFE.search(fact.title):
                    told.setdefault(_life_key(fact, life.group()), []).append(fact.value)
    return [
        event
        for event in events
        if not (
            len(event.facts) == 1
            and _PLAIN.fullmatch(value := event.lead.value)
            and not _ONE_OF_MANY.search(event.lead.citation.quote)
            and any(
                other.startswith(f"{value}-")
                for key in _keys_told(event.lead)
                for other in told.get(key, ())
            )
        )
    ]


# A birth or a death: a life in brackets ("Bartolomeo Ferri (c. 1684 - 1751)") gives its
# years, which the text may tell to the day ("Ferri died in Venice on 4 February 1751").
_LIFE_VERB = r"was born|died"
_LIFE = re.compile(rf"\b(?:{_LIFE_VERB})\b")
_LIFE_ALONE = re.compile(rf"[\w.’' -]+ ({_LIFE_VERB})")  # "Bartolomeo Ferri died"


def _life_key(fact: Fact, verb: str) -> tuple[str, str, str]:
    return fact.citation.source_id, "life", verb


def _keys_told(fact: Fact) -> list[tuple[str, int | str, str]]:
    """Where a day that tells ``fact``'s year again is looked for: its sentence, and for a
    life's bare "X died" or "X was born", the whole text."""
    life = _LIFE_ALONE.fullmatch(fact.title)
    own: list[tuple[str, int | str, str]] = [_sentence_key(fact)]
    return [*own, _life_key(fact, life[1])] if life else own


def _sentence_key(fact: Fact) -> tuple[str, int, str]:
    return fact.citation.source_id, fact.sentence, fact.title


def _term_started(event: DraftEvent, terms: Mapping[str, list[DraftEvent]]) -> DraftEvent | None:
    """The term that ``event`` is the first day of, told elsewhere, if there is one."""
    lead = event.lead
    if lead.term or not lead.starts_something or "/" in lead.value:
        return None
    day = parse_date(lead.value)
    for term in terms.get(day.text, ()):
        if not any(term.cites(fact) for fact in event.facts):
            return term
    return None
