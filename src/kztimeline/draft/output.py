"""The draft as TOML: an events file to check and edit, each event under its quotation."""

from __future__ import annotations

import json
from collections.abc import Iterable

from kztimeline.draft.build import Draft
from kztimeline.records import Event, Source
from kztimeline.timeline import Timeline

__all__ = ("to_toml",)

_MAX_QUOTE = 240


def _string(text: str) -> str:
    # JSON's escapes are a subset of TOML's basic string escapes, except that TOML also
    # wants DEL escaped.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_string(value) for value in values) + "]"


def _quote(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_QUOTE else line[: _MAX_QUOTE - 1].rstrip() + "…"


def _source_lines(source_id: str, source: Source) -> list[str]:
    lines = [f"[sources.{_string(source_id)}]", f"title = {_string(source.title)}"]
    if source.author:
        lines.append(f"author = {_string(source.author)}")
    if source.published:
        lines.append(f"published = {source.published.isoformat()}")
    if source.place:
        lines.append(f"place = {_string(source.place)}")
    return lines


def _event_lines(event: Event, draft: Draft) -> list[str]:
    lines = [
        f'# {citation.source_id}, line {citation.line}: "{_quote(citation.quote)}"'
        for citation in draft.citations[event.id]
    ]
    date_text = event.date.text
    single_day = len(date_text) == 10 and "/" not in date_text
    lines += [
        "[[events]]",
        f"id = {_string(event.id)}",
        f"title = {_string(event.title)}",
        f"date = {date_text if single_day else _string(date_text)}",
    ]
    if event.kind:
        lines.append(f"kind = {_string(event.kind)}")
    if event.place:
        lines.append(f"place = {_string(event.place)}")
    if event.people:
        lines.append(f"people = {_strings(event.people)}")
    lines.append(f"sources = {_strings(event.sources)}")
    if event.description:
        lines.append(f"description = {_string(event.description)}")
    return lines


def to_toml(draft: Draft, *, into: Timeline | None = None) -> str:
    """The draft as the text of an events file, or, with ``into``, as text to append to it.

    Without ``into`` the text is a whole file: ``[timeline]``, ``[sources]`` and the events.
    With ``into`` it holds only the sources and events that timeline lacks, so that the
    file with the text appended is valid. Above each event, a comment per sentence it was
    read from: ``# source-id, line 5: "..."``. The same draft always gives the same text.
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
        lines += ["", "[timeline]", f"title = {_string(draft.timeline.title)}"]
    else:
        lines.insert(1, f"# To append to {into.path or 'the events file'}: only what it lacks.")
    cited = {source_id for event in draft.timeline for source_id in event.sources}
    for source_id, source in draft.timeline.sources.items():
        if into is None or (source_id not in into.sources and source_id in cited):
            lines += ["", *_source_lines(source_id, source)]
    for event in draft.timeline:
        lines += ["", *_event_lines(event, draft)]
    return "\n".join(lines) + "\n"
