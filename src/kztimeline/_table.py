"""The chronology as an HTML table: the page's table and the one a notebook shows.

Both the web page (:mod:`kztimeline.export.html`) and ``Timeline._repr_html_`` build their
table here, so the rows read the same in both. Every piece of text is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from html import escape
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kztimeline.records import Event, Person, Source

__all__ = (
    "NOTEBOOK_ROWS",
    "Chronology",
    "notebook_html",
    "source_anchor",
    "table_html",
    "unique_ids",
)

_COLUMNS = ("Date", "Event", "Place", "People", "Sources")


class Chronology(Protocol):
    """What a table is made from: a timeline's events in order, its title, sources and people.

    :class:`kztimeline.timeline.Timeline` is one; the table needs nothing else of it.
    """

    @property
    def title(self) -> str: ...

    @property
    def sources(self) -> Mapping[str, Source]: ...

    @property
    def people(self) -> Mapping[str, Person]: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Event]: ...

    def source_ids(self) -> list[str]: ...

    def search_text(self, event: Event) -> str: ...


def unique_ids(events: Iterable[Event]) -> list[tuple[str, Event]]:
    """Each of ``events`` with an id unique among them, in the order given.

    An event's id as is; one occurrence of a repeating event gets ``<id>-<first day>``, and a
    clash that remains gets ``-2``, ``-3``. The ids can be HTML ``id`` attributes and URL
    fragments, since event ids are slugs.
    """
    seen: dict[str, int] = {}
    result = []
    for event in events:
        base = event.id
        if event.recurrence_id is not None:
            base = f"{event.id}-{event.recurrence_id.isoformat()}"
        count = seen.get(base, 0) + 1
        seen[base] = count
        result.append((base if count == 1 else f"{base}-{count}", event))
    return result


def _people(timeline: Chronology, event: Event) -> str:
    names = []
    for person_id in event.people:
        person = timeline.people[person_id]
        role = f' title="{escape(person.role)}"' if person.role else ""
        names.append(f"<span{role}>{escape(person.name)}</span>")
    return ", ".join(names)


def source_anchor(source_id: str) -> str:
    # Source ids are TOML keys and may hold anything; keep the fragment a plain token.
    return "source-" + re.sub(r"[^A-Za-z0-9_-]+", "-", source_id)


def _sources(timeline: Chronology, event: Event, numbers: dict[str, int]) -> str:
    links = []
    for source_id in event.sources:
        source = timeline.sources[source_id]
        links.append(
            f'<a href="#{source_anchor(source_id)}" title="{escape(source.citation())}">'
            f"[{numbers[source_id]}]</a>"
        )
    return " ".join(links)


def _notes(event: Event) -> str:
    """A badge for a cancelled or tentative event, and its repeat rule in words."""
    out = ""
    if event.status_note:
        out += f' <span class="badge {event.status_note}">{event.status_note}</span>'
    if event.repeat_words:
        out += f'<br><span class="repeat">{escape(event.repeat_words)}</span>'
    return out


def _row(
    timeline: Chronology,
    row_id: str,
    event: Event,
    numbers: dict[str, int],
    *,
    searchable: bool,
) -> str:
    date = event.date
    # The date column sorts by extent, then id, whatever the label says.
    sort = f"{event.first_day.isoformat()} {event.last_day.isoformat()} {row_id}"
    title = escape(event.title)
    if event.description:
        # A disclosure, not a tooltip: it opens on a phone and with the keyboard too.
        paragraphs = "".join(
            f"<p>{escape(' '.join(block.split()))}</p>"
            for block in event.description.split("\n\n")
            if block.strip()
        )
        title = f"<details><summary>{title}</summary>{paragraphs}</details>"
    title += _notes(event)
    cells = [
        f'<td class="date" data-sort="{escape(sort)}">{escape(date.label())}'
        f'<br><span class="written">{escape(event.written_date)}</span></td>',
        f'<td data-sort="{escape(event.title)}">{title}</td>',
        f"<td>{escape(event.place or '')}</td>",
        f"<td>{_people(timeline, event)}</td>",
        f"<td>{_sources(timeline, event, numbers)}</td>",
    ]
    # The page's filter box reads the same text as Timeline.filter(search=...).
    text = escape(timeline.search_text(event)).replace("\n", "&#10;")  # one line per row
    search = f' data-search="{text}"' if searchable else ""
    return f'<tr id="{escape(row_id)}"{search}>' + "".join(cells) + "</tr>"


def table_html(
    timeline: Chronology,
    *,
    numbers: dict[str, int] | None = None,
    sortable: bool = True,
    limit: int | None = None,
) -> str:
    """The chronology as an HTML ``<table>``: date, event, place, people, sources.

    Each row's ``id`` is the event id (see :func:`unique_ids`); column
    headers have ``scope="col"`` and, if ``sortable``, hold buttons for the page's script,
    and each row a ``data-search`` attribute for its filter box. A cancelled or tentative
    event has a badge saying so, and a repeating event its rule in words.
    ``numbers`` maps source ids to the numbers of the page's source list; by default, the
    order of first citation. With ``limit``, only the first ``limit`` rows are shown, and the
    caption says how many were left out.
    """
    if numbers is None:
        numbers = {source_id: n for n, source_id in enumerate(timeline.source_ids(), start=1)}
    # The rows come sorted by date, and the first header says so.
    sorted_by = ' aria-sort="ascending"'
    headers = "".join(
        f'<th scope="col"{sorted_by if n == 0 else ""}>'
        + (f'<button type="button">{name}</button>' if sortable else name)
        + "</th>"
        for n, name in enumerate(_COLUMNS)
    )
    shown = unique_ids(timeline)[:limit]
    rows = "\n".join(
        _row(timeline, row_id, event, numbers, searchable=sortable) for row_id, event in shown
    )
    caption = escape(f"Chronology: {timeline.title}")
    if len(shown) < len(timeline):
        caption += f" (the first {len(shown)} of {len(timeline)} events)"
    return (
        f'<table id="chronology">\n<caption id="chronology-caption">{caption}</caption>\n'
        f"<thead><tr>{headers}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    )


NOTEBOOK_ROWS = 200
"""A notebook shows at most this many rows of a timeline."""


def notebook_html(timeline: Chronology) -> str:
    """The table a Jupyter notebook shows for a timeline (``Timeline._repr_html_``).

    The chronology table without the page around it or its script, at most
    :data:`NOTEBOOK_ROWS` rows, with the source numbers explained under it. Text is escaped.
    """
    numbers = {source_id: n for n, source_id in enumerate(timeline.source_ids(), start=1)}
    legend = "; ".join(
        f"[{number}] {escape(timeline.sources[source_id].citation())}"
        for source_id, number in numbers.items()
    )
    table = table_html(timeline, numbers=numbers, sortable=False, limit=NOTEBOOK_ROWS)
    # Notebooks show many outputs on one page: the ids must not clash with another table's.
    table = table.replace('<table id="chronology">', "<table>", 1).replace(
        '<caption id="chronology-caption">', "<caption>", 1
    )
    table = re.sub(r'<tr id="[^"]*">', "<tr>", table)
    table = re.sub(r'<a href="#source-[^"]*" ', "<span ", table)
    table = table.replace("</a>", "</span>")
    return f'<div class="kztimeline">{table}<p><small>Sources: {legend}</small></p></div>'
