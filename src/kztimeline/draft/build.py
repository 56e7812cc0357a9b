"""From articles to a draft timeline: read, date, group, and leave out what is already known."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from kztimeline._files import read_text
from kztimeline.draft.article import Article, looks_like_html, read_article
from kztimeline.draft.facts import Citation, facts_of
from kztimeline.draft.grouping import DraftEvent, group
from kztimeline.draft.normalise import published_day
from kztimeline.draft.review import notes_of
from kztimeline.draft.words import similar, stems
from kztimeline.edtf import parse_date
from kztimeline.errors import DraftError
from kztimeline.records import Event, Source, TimelineInfo, slugify
from kztimeline.timeline import Timeline

__all__ = ("Draft", "compose", "draft", "read_articles")

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Articles larger than this (16 MiB) are refused before they are read."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted timeline and, for each event id, the sentences it was read from.

    ``notes`` say, for each event id, what to check: how a date not written in full was
    completed, a plan, a title to write. ``dropped`` are the date expressions that named no
    date without a publication date, each with where it was read.
    """

    timeline: Timeline
    citations: Mapping[str, tuple[Citation, ...]]
    articles: tuple[Article, ...]
    notes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    dropped: tuple[Citation, ...] = ()


def read_articles(
    paths: Sequence[Path | str],
    *,
    source_ids: Sequence[str] = (),
    published: date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article]:
    """Read each file as one article: plain UTF-8 text, or HTML (by suffix or by content).

    The source id is the matching entry of ``source_ids``, else the file name made a slug.
    Raises :class:`~kztimeline.errors.DraftError` for a file that cannot be read, is not
    UTF-8 or is over ``max_bytes``, for a wrong number of ids, for two articles with one id,
    and for a ``published`` that is neither a date nor a text ``YYYY-MM-DD``.
    """
    day = published_day(published)
    if source_ids and len(source_ids) != len(paths):
        raise DraftError.source_count(len(source_ids), len(paths))
    articles = []
    for index, path in enumerate(paths):
        file = Path(path)
        _, text = read_text(
            file,
            max_bytes=max_bytes,
            error=lambda where, problem, line: DraftError.in_file(where, problem, line),
            kind="an article (.txt or .html)",
        )
        source_id = source_ids[index] if source_ids else slugify(file.stem) or "article"
        html = file.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(text)
        articles.append(
            read_article(text, source_id=_checked_id(source_id), published=day, html=html)
        )
    _check_unique(articles)
    return articles


def _checked_id(source_id: str) -> str:
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", source_id) is None:
        raise DraftError.bad_source_id(source_id, slugify(source_id) or "article-1")
    return source_id


def _check_unique(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for article in articles:
        if article.source_id in seen:
            raise DraftError.duplicate_source(article.source_id)
        seen.add(article.source_id)


def _as_articles(
    texts: Sequence[str] | Mapping[str, str], published: date | str | None
) -> list[Article]:
    day = published_day(published)
    if isinstance(texts, str):
        texts = [texts]  # one article, not one per character
    items = (
        list(texts.items())
        if isinstance(texts, Mapping)
        else [(f"article-{number}", text) for number, text in enumerate(texts, start=1)]
    )
    articles = [
        read_article(text, source_id=_checked_id(source_id), published=day)
        for source_id, text in items
    ]
    _check_unique(articles)
    return articles


def compose(
    articles: Sequence[Article], *, into: Timeline | None = None, title: str | None = None
) -> Draft:
    """The draft of ``articles``; with ``into``, only what that timeline does not hold.

    People are matched against the names and aliases of ``into``'s ``[people]``, and places
    against its events' places first. An event of ``into`` holds a drafted one when their
    dates are the same and they share a person, the place, or two content words.
    """
    if into is not None:
        articles = [_known_source(article, into) for article in articles]
    people = {
        person_id: (person.name, *person.aliases)
        for person_id, person in (into.people.items() if into is not None else ())
    }
    places = sorted({event.place for event in into or () if event.place}, key=len, reverse=True)
    dropped: list[Citation] = []
    facts = [
        fact
        for article in articles
        for fact in facts_of(article, people=people, places=places, dropped=dropped)
    ]
    drafted = group(facts)
    if into is not None:
        known = _by_date(into)
        drafted = [event for event in drafted if not _already_in(event, known)]

    taken = {event.id for event in into} if into is not None else set()
    counters: dict[str, int] = {}
    events: list[Event] = []
    citations: dict[str, tuple[Citation, ...]] = {}
    notes: dict[str, tuple[str, ...]] = {}
    for item in drafted:
        event_id = _unique_id(item, taken, counters)
        taken.add(event_id)
        events.append(_event(item, event_id))
        citations[event_id] = tuple(fact.citation for fact in item.facts)
        notes[event_id] = notes_of(item)
    sources = {article.source_id: _source(article) for article in articles}
    named = title or _default_title(articles)
    timeline = Timeline(
        events,
        info=TimelineInfo(title=named),
        sources=sources,
        people=into.people if into is not None else None,
    )
    return Draft(timeline, citations, tuple(articles), notes, tuple(dropped))


def _known_source(article: Article, into: Timeline) -> Article:
    """The article under the id ``into`` already gives it: same title, same day if dated."""
    if article.source_id in into.sources or article.title is None:
        return article
    for source_id, source in into.sources.items():
        if _plain_title(source.title) == _plain_title(article.title) and (
            source.published is None
            or article.published is None
            or source.published == article.published
        ):
            return replace(article, source_id=source_id)
    return article


def _plain_title(title: str) -> str:
    return " ".join(re.sub(r"[’‘`´]", "'", title).casefold().split())


def draft(
    texts: str | Sequence[str] | Mapping[str, str],
    *,
    published: date | str | None = None,
    into: Timeline | None = None,
    title: str | None = None,
) -> Timeline:
    """A draft timeline of the dated facts in ``texts``.

    ``texts`` are articles as plain text or HTML: a mapping from source id to text, a
    sequence (ids ``article-1``, ``article-2``...), or one text. ``published`` (a date or a
    text ``YYYY-MM-DD``) dates every article, overriding its own dateline. With ``into``,
    the result holds only events that timeline does not hold yet, and uses its people. The
    events cite the articles as sources and are dated at the precision the text gives,
    never with a day it does not state. Raises :class:`~kztimeline.errors.DraftError` for
    a source id that is not a slug, or repeated, and for a ``published`` that is neither a
    date nor a text ``YYYY-MM-DD``.
    """
    return compose(_as_articles(texts, published), into=into, title=title).timeline


def _default_title(articles: Sequence[Article]) -> str:
    if len(articles) == 1 and articles[0].title:
        return f"Draft chronology: {articles[0].title}"
    return f"Draft chronology from {len(articles)} article{'s' if len(articles) != 1 else ''}"


def _source(article: Article) -> Source:
    return Source(
        title=article.title or article.source_id,
        author=article.author,
        published=article.published,
        place=article.place,
    )


_ANNUAL_NOTE = (
    "The source says this happens every year. It gives no day and no first year, so the "
    "date is left open before the year of publication and no repeat rule is drafted."
)


def _event(item: DraftEvent, event_id: str) -> Event:
    lead = item.lead
    return Event.model_validate(
        {
            "id": event_id,
            "title": lead.title,
            "date": parse_date(lead.value),
            "sources": item.sources,
            "kind": lead.kind,
            "place": item.place,
            "people": item.people,
            "description": _ANNUAL_NOTE if any(fact.annual for fact in item.facts) else None,
            "status": "tentative" if lead.planned else None,
        }
    )


_ID_SKIPPED = frozenset("the a an of in on at to and for".split())


def _unique_id(item: DraftEvent, taken: set[str], counters: dict[str, int]) -> str:
    """A slug of the title and the year, numbered from 2 when taken; ``counters`` remembers
    the last number of each base, so that many events of one title are numbered in one pass."""
    date_value = parse_date(item.lead.value)
    side = date_value.start or date_value.end
    assert side is not None
    words = [word for word in slugify(item.lead.title).split("-") if word not in _ID_SKIPPED][:5]
    base = "-".join([*words, str(side.year)]).strip("-")[:60].rstrip("-")
    candidate, number = base, counters.get(base, 1) + 1
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    counters[base] = number - 1
    return candidate


def _by_date(into: Timeline) -> dict[object, list[Event]]:
    """The events of ``into`` by date text and by first and last day, to look them up."""
    known: dict[object, list[Event]] = {}
    for event in into:
        known.setdefault(event.date.text, []).append(event)
        known.setdefault((event.first_day, event.last_day), []).append(event)
    return known


def _already_in(item: DraftEvent, known: Mapping[object, list[Event]]) -> bool:
    value = parse_date(item.lead.value)
    words = item.words
    candidates = [*known.get(value.text, ()), *known.get((value.first_day, value.last_day), ())]
    for event in dict.fromkeys(candidates):
        texts = " ".join([event.title, event.description or "", *event.organizations])
        if (
            set(event.people) & set(item.people)
            or (event.place is not None and event.place == item.place)
            or similar(words, stems(texts), needed=2)
        ):
            return True
    return False
