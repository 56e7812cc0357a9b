"""The draft as TOML: an events file to check and edit, each event under its quotation."""

from __future__ import annotations

from kztimeline._toml_text import string, value
from kztimeline.draft.build import Draft
from kztimeline.records import Event, Source
from kztimeline.timeline import Timeline

__all__ = ("to_toml",)

_MAX_QUOTE = 240


def _quote(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_QUOTE else line[: _MAX_QUOTE - 1].rstrip() + "…"


def _source_lines(source_id: str, source: Source) -> list[str]:
    lines = [f"[sources.{string(source_id)}]", f"title = {string(source.title)}"]
    if source.author:
        lines.append(f"author = {string(source.author)}")
    if source.published:
        lines.append(f"published = {source.published.isoformat()}")
    if source.place:
        lines.append(f"place = {string(source.place)}")
    return lines


def _event_lines(event: Event, draft: Draft) -> list[str]:
    lines = [
        f'# {citation.source_id}, line {citation.line}: "{_quote(citation.quote)}"'
        for citation in draft.citations[event.id]
    ]
    lines += [f"# {note}" for note in draft.notes.get(event.id, ())]
    date_text = event.date.text
    single_day = len(date_text) == 10 and "/" not in date_text
    lines += [
        "[[events]]",
        f"id = {string(event.id)}",
        f"title = {string(event.title)}",
        f"date = {date_text if single_day else string(date_text)}",
    ]
    if event.kind:
        lines.append(f"kind = {string(event.kind)}")
    if event.place:
        lines.append(f"place = {string(event.place)}")
    if event.people:
        lines.append(f"people = {value(event.people)}")
    lines.append(f"sources = {value(event.sources)}")
    if event.status:
        lines.append(f"status = {string(event.status)}")
    if event.description:
        lines.append(f"description = {string(event.description)}")
    return lines


def to_toml(draft: Draft, *, into: Timeline | None = None) -> str:
    """The draft as the text of an events file, or, with ``into``, as text to append to it.

    Without ``into`` the text is a whole file: ``[timeline]``, ``[sources]`` and the events.
    With ``into`` it holds only the sources and events that timeline lacks, so that the
    file with the text appended is valid. Above each event, a comment per sentence it was
    read from: ``# source-id, line 5: "..."``, then a comment per thing to check (``# year
    from the publication date 2016-01-10``, ``# planned``). The same draft always gives the
    same text.
    """
    count = len(draft.timeline)
    articles = len(draft.articles)
    noun = "article" if articles == 1 else "articles"
    lines = [
        f"# Drafted by kztimeline draft from {articles} {noun}: {count} "
        f"event{'' if count == 1 else 's'}.",
        "# Each event is read from the sentences quoted above it. Check every one against its",
        "# source, then correct or delete it: a draft is not a chronology yet.",
    ]
    if into is None:
        lines += ["", "[timeline]", f"title = {string(draft.timeline.title)}"]
    else:
        lines.insert(1, f"# To append to {into.path or 'the events file'}: only what it lacks.")
    cited = {source_id for event in draft.timeline for source_id in event.sources}
    for source_id, source in draft.timeline.sources.items():
        if into is None or (source_id not in into.sources and source_id in cited):
            lines += ["", *_source_lines(source_id, source)]
    for event in draft.timeline:
        lines += ["", *_event_lines(event, draft)]
    return "\n".join(lines) + "\n"
