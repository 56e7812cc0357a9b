"""A self-contained web page: the timeline picture inline, then a chronology table.

The page makes no request to any host: the picture is inline SVG, the style and the few lines
of script are inline, and a Content-Security-Policy forbids anything else (``default-src
'none'``). The only addresses in it are the sources' own URLs, as plain links.

The table can be sorted by clicking a column header and filtered by typing; each row has the
event id as its ``id``, so ``timeline.html#hrc-election-2012`` links to one event. It scrolls
sideways inside its own box on a narrow screen. Every piece of text is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from typing import TYPE_CHECKING

from kztimeline.export._ids import unique_ids

if TYPE_CHECKING:
    from kztimeline.model import Event, Timeline

__all__ = ("NOTEBOOK_ROWS", "notebook_html", "svg_picture", "table_html", "to_html")

_STYLE = """\
:root { color-scheme: light dark; --muted: #5c5c5c; --line: #d0d0d0; --mark: #fff3bf; }
@media (prefers-color-scheme: dark) { :root { --muted: #b0b0b0; --line: #444; --mark: #4a4000; } }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; background: #fff; }
figcaption, .count, .written { color: var(--muted); font-size: 0.875rem; }
.table-box { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; min-width: 40rem; }
caption { text-align: left; padding: 0.5rem; font-weight: 600; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem;
  border-top: 1px solid var(--line); }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0;
  cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.date { white-space: nowrap; }
.written { font-family: ui-monospace, monospace; }
tr:target { background: var(--mark); }
label { font-weight: 600; margin-right: 0.5rem; }
input[type="search"] { font: inherit; padding: 0.25rem 0.5rem; width: min(100%, 24rem); }
ol.sources li { margin-bottom: 0.25rem; }
summary { cursor: pointer; }
details p { margin: 0.25rem 0 0; font-size: 0.875rem; }
"""

# Plain script, no library: sort by a column on click, filter rows by the text typed.
_SCRIPT = """\
(function () {
  "use strict";
  var table = document.getElementById("chronology");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("count");
  var filter = document.getElementById("filter");
  function key(row, column) {
    var cell = row.cells[column];
    return (cell.getAttribute("data-sort") || cell.textContent).toLowerCase();
  }
  function show() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " events shown";
  }
  table.querySelectorAll("th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var header = button.parentNode;
      var column = header.cellIndex;
      var order = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", order === 1 ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = key(a, column), y = key(b, column);
        return x < y ? -order : x > y ? order : 0;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener("input", show);
  show();
})();
"""

_COLUMNS = ("Date", "Event", "Place", "People", "Sources")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


_POLICY = (
    # Nothing may be fetched; only this page's own script runs. Inline style attributes, which
    # the SVG uses, need 'unsafe-inline' for styles, which cannot make a request.
    f"default-src 'none'; script-src '{_hash(_SCRIPT)}'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def svg_picture(timeline: Timeline) -> str | None:
    """The picture of ``timeline`` as an inline ``<svg>`` element, or None without a plotter.

    The SVG has ``role="img"``, a ``<title>`` and a ``<desc>`` for screen readers, and no
    XML prolog. It is the picture of ``kztimeline build``'s timeline.svg, so it has the same
    bytes from run to run.
    """
    try:
        from kztimeline.export.plot import plot_bytes

        svg = plot_bytes(timeline, "svg").decode("utf-8")
    except ModuleNotFoundError as err:  # pragma: no cover - only without the picture module
        if err.name != "kztimeline.export.plot":
            raise
        return None
    svg = svg[svg.index("<svg") :].rstrip() + "\n"
    # The picture is described in the page; these make screen readers announce it as one image.
    title = escape(f"Timeline picture: {timeline.title}")
    described = escape(
        f"{len(timeline)} events drawn on a time axis; the table below lists each one."
    )
    return re.sub(
        r"<svg\b",
        '<svg role="img" aria-labelledby="picture-title picture-desc"',
        svg,
        count=1,
    ).replace(
        ">",
        f'>\n <title id="picture-title">{title}</title>'
        f'\n <desc id="picture-desc">{described}</desc>',
        1,
    )


def _people(timeline: Timeline, event: Event) -> str:
    names = []
    for person_id in event.people:
        person = timeline.people[person_id]
        role = f' title="{escape(person.role)}"' if person.role else ""
        names.append(f"<span{role}>{escape(person.name)}</span>")
    return ", ".join(names)


def _source_anchor(source_id: str) -> str:
    # Source ids are TOML keys and may hold anything; keep the fragment a plain token.
    return "source-" + re.sub(r"[^A-Za-z0-9_-]+", "-", source_id)


def _sources(timeline: Timeline, event: Event, numbers: dict[str, int]) -> str:
    links = []
    for source_id in event.sources:
        source = timeline.sources[source_id]
        links.append(
            f'<a href="#{_source_anchor(source_id)}" title="{escape(source.citation())}">'
            f"[{numbers[source_id]}]</a>"
        )
    return " ".join(links)


def _row(timeline: Timeline, row_id: str, event: Event, numbers: dict[str, int]) -> str:
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
    cells = [
        f'<td class="date" data-sort="{escape(sort)}">{escape(date.label())}'
        f'<br><span class="written">{escape(date.text)}</span></td>',
        f'<td data-sort="{escape(event.title)}">{title}</td>',
        f"<td>{escape(event.place or '')}</td>",
        f"<td>{_people(timeline, event)}</td>",
        f"<td>{_sources(timeline, event, numbers)}</td>",
    ]
    return f'<tr id="{escape(row_id)}">' + "".join(cells) + "</tr>"


def table_html(
    timeline: Timeline,
    *,
    numbers: dict[str, int] | None = None,
    sortable: bool = True,
    limit: int | None = None,
) -> str:
    """The chronology as an HTML ``<table>``: date, event, place, people, sources.

    Each row's ``id`` is the event id (see :func:`kztimeline.export._ids.unique_ids`); column
    headers have ``scope="col"`` and, if ``sortable``, hold buttons for the page's script.
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
    rows = "\n".join(_row(timeline, row_id, event, numbers) for row_id, event in shown)
    caption = escape(f"Chronology: {timeline.title}")
    if len(shown) < len(timeline):
        caption += f" (the first {len(shown)} of {len(timeline)} events)"
    return (
        f'<table id="chronology">\n<caption id="chronology-caption">{caption}</caption>\n'
        f"<thead><tr>{headers}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    )


NOTEBOOK_ROWS = 200
"""A notebook shows at most this many rows of a timeline."""


def notebook_html(timeline: Timeline) -> str:
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


def _source_list(timeline: Timeline, numbers: dict[str, int]) -> str:
    items = []
    for source_id, number in numbers.items():
        source = timeline.sources[source_id]
        citation = escape(source.citation())
        if source.url:
            citation += f' <a href="{escape(source.url)}" rel="noreferrer">{escape(source.url)}</a>'
        items.append(f'<li id="{_source_anchor(source_id)}" value="{number}">{citation}</li>')
    return '<ol class="sources">\n' + "\n".join(items) + "\n</ol>"


def to_html(timeline: Timeline) -> str:
    """The timeline as one self-contained HTML5 page (UTF-8 text, ending in a newline).

    Headings, then the inline SVG picture (:func:`svg_picture`, left out if the picture module
    is not available), the chronology table (:func:`table_html`) with a filter box, and the
    numbered sources. The page fetches nothing. The same timeline gives the same text on one
    machine; the SVG may differ between matplotlib or FreeType versions.
    """
    numbers = {source_id: n for n, source_id in enumerate(timeline.source_ids(), start=1)}
    title = escape(timeline.title)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="generator" content="kztimeline">',
        f"<title>{title}</title>",
        f"<style>\n{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{title}</h1>",
    ]
    if timeline.description:
        parts.append(f"<p>{escape(' '.join(timeline.description.split()))}</p>")
    parts += ["</header>", "<main>"]
    picture = svg_picture(timeline)
    if picture is not None:
        parts += [
            '<section aria-labelledby="picture-heading">',
            '<h2 id="picture-heading">Timeline</h2>',
            "<figure>",
            picture.rstrip(),
            "<figcaption>A marker is a day, a bar a range of days; a faded band covers the "
            "whole period of a date known only to the month or the year.</figcaption>",
            "</figure>",
            "</section>",
        ]
    parts += [
        '<section aria-labelledby="chronology-heading">',
        '<h2 id="chronology-heading">Chronology</h2>',
        '<p><label for="filter">Filter</label>'
        '<input id="filter" type="search" autocomplete="off" '
        'placeholder="a word, a name, a place, a year" aria-controls="chronology"></p>',
        f'<p id="count" class="count" aria-live="polite">{len(timeline)} of {len(timeline)} '
        "events shown</p>",
        '<div class="table-box" role="region" aria-labelledby="chronology-caption" tabindex="0">',
        table_html(timeline, numbers=numbers),
        "</div>",
        "<p>Click a column header to sort by it. Each row links to itself: add "
        "<code>#</code> and the event id to the address.</p>",
        "</section>",
        '<section aria-labelledby="sources-heading">',
        '<h2 id="sources-heading">Sources</h2>',
        _source_list(timeline, numbers),
        "</section>",
        "</main>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
