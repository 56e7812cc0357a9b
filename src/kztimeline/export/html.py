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

from kztimeline._table import NOTEBOOK_ROWS, notebook_html, source_anchor, table_html

if TYPE_CHECKING:
    from kztimeline.timeline import Timeline

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
.badge { font-size: 0.75rem; font-weight: 600; text-transform: uppercase; padding: 0 0.3rem;
  border: 1px solid currentColor; border-radius: 0.25rem; white-space: nowrap; }
.badge.cancelled { color: #b00020; }
.badge.tentative { color: #8a5a00; }
@media (prefers-color-scheme: dark) { .badge.cancelled { color: #ff8a80; }
  .badge.tentative { color: #ffd180; } }
.repeat { color: var(--muted); font-size: 0.875rem; }
"""

# Plain script, no library: sort by a column on click, filter rows by the text typed. The filter
# is kztimeline.timeline.matches_search over each row's data-search text (Timeline.search_text).
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
      var text = row.getAttribute("data-search");
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
    XML prolog; an event's elements are ``picture-<event id>`` and ``picture-<event
    id>/<part>`` (the file's ids, prefixed), since the table's rows are named by event id.
    It is the picture of ``kztimeline build``'s timeline.svg, so it has the same
    bytes from run to run.
    """
    try:
        # icalendar and matplotlib load only when their format is written, never for list.
        from kztimeline.export.plot import plot_bytes

        svg = plot_bytes(timeline, "svg").decode("utf-8")
    except ModuleNotFoundError as err:  # pragma: no cover - only without the picture module
        if err.name != "kztimeline.export.plot":
            raise
        return None
    svg = svg[svg.index("<svg") :].rstrip() + "\n"
    # The picture names each event's elements by the event id, as the table's rows are named:
    # inside the page they become picture-<id>, so that every id of the page stays unique.
    ids = {event.id for event in timeline}
    svg = re.sub(
        r'id="([a-z0-9][a-z0-9-]*)((?:/[^"]*)?)"',
        lambda found: f'id="picture-{found[1]}{found[2]}"' if found[1] in ids else found[0],
        svg,
    )
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


def _source_list(timeline: Timeline, numbers: dict[str, int]) -> str:
    items = []
    for source_id, number in numbers.items():
        source = timeline.sources[source_id]
        citation = escape(source.citation())
        if source.url:
            citation += f' <a href="{escape(source.url)}" rel="noreferrer">{escape(source.url)}</a>'
        items.append(f'<li id="{source_anchor(source_id)}" value="{number}">{citation}</li>')
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
