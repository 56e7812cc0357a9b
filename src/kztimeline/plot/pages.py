"""Pages: when one picture cannot name every event in view beside its mark, several, one per
period, each a complete picture with its own axis and the same styles.

:func:`draw_pages` is a wrapper around :func:`~kztimeline.plot.output.draw`: it draws the
view once, and if that falls back to numbered marks, it splits the view into periods holding
as many events each and draws each period as its own window, with more periods until every
page names its events. A PDF holds every page (:func:`pdf_bytes`); a PNG or SVG holds one,
and :func:`write_pages` says how many there are and how to get the others.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Unpack

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from kztimeline._files import write_atomically
from kztimeline.errors import OutputError, PictureError
from kztimeline.plot.fonts import Missing
from kztimeline.plot.framing import bare_title
from kztimeline.plot.items import Window, number_day
from kztimeline.plot.output import (
    SUFFIXES,
    Options,
    Picture,
    _rc,
    crossing_sentence,
    draw,
    pdf_metadata,
    picture_bytes,
    view,
)
from kztimeline.timeline import Timeline

__all__ = (
    "MAX_PAGES",
    "draw_pages",
    "pages_bytes",
    "pdf_bytes",
    "periods",
    "plot_bytes",
    "render",
    "save_plot",
    "write_pages",
    "write_picture",
)

MAX_PAGES = 60
"""The most pages a view is split into; past that, the last attempt is kept as it is."""
CROSSING_CUTS = 2
"""How many finer cuts are tried for pages on which a leader crosses another event's mark."""


def _round_down(day: date, span_days: float) -> date:
    # A page boundary on the start of a year or a month where pages are that long.
    if span_days >= 2 * 365:
        return date(day.year, 1, 1)
    if span_days >= 60:
        return date(day.year, day.month, 1)
    return day


def _round_up(day: date, span_days: float) -> date:
    # The last day of that year or month.
    if span_days >= 2 * 365:
        return date(day.year, 12, 31)
    if span_days >= 60:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return day


def periods(
    starts: list[float], window: Window, count: int, extent: tuple[float, float] | None = None
) -> list[tuple[date, date]]:
    """``window`` cut into at most ``count`` periods (first and last day, both inclusive) that
    follow each other with no gap, each beginning where a share of ``starts`` (the sorted
    first positions of the events in view) begins; boundaries fall on the start of a year or
    a month where the periods are that long.

    ``extent`` (the first and last position of the events) narrows a window that was not
    asked for to the years or months the events take, so that no page begins with an empty
    stretch; a window given (``--from/--to``) is kept as it is.
    """
    first = number_day(window.lo)
    last = number_day(math.nextafter(window.hi, -math.inf))
    span = (window.hi - window.lo) / count
    if extent is not None:
        first = max(first, _round_down(number_day(extent[0]), span))
        last = min(last, _round_up(number_day(math.nextafter(extent[1], -math.inf)), span))
    bounds = [first]
    for part in range(1, count):
        start = number_day(starts[part * len(starts) // count])
        bound = max(_round_down(start, span), first)
        if bound <= bounds[-1]:
            bound = start
        # A share that begins on the day the previous one begins is not cut: one day is the
        # smallest period, so fewer periods come back than were asked for.
        if bounds[-1] < bound <= last:
            bounds.append(bound)
    ends = [bound - timedelta(days=1) for bound in bounds[1:]] + [last]
    return list(zip(bounds, ends, strict=True))


def _period_text(first: date, last: date) -> str:
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        return f"{first:%b %Y} – {last:%b %Y}" if first != last else f"{first:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def draw_pages(timeline: Timeline, **options: Unpack[Options]) -> list[Picture]:
    """The pages of the picture of ``timeline``: one :class:`Picture` when it names every
    event in view beside its mark, else one per period (see :func:`periods`), each titled
    with its period and its number, "page 2 of 3". Options are those of
    :func:`~kztimeline.plot.output.render`; errors too.
    """

    def short(picture: Picture) -> bool:
        # A page whose leaders cannot pass between its marks is not cut again: the marks
        # that block them are on one day or under one long bar, in any period.
        return picture.layout == "numbered"

    # Tried with probe=True: a picture that cannot name its events is not drawn, only said.
    whole = draw(timeline, probe=True, **options)
    if not short(whole):
        return [whole]
    _, window, items = view(timeline, **options)
    starts = sorted(item.x0 for item in items)
    extent = None if window.exact else (starts[0], max(item.x1 for item in items))
    title = options.get("title")
    base = title if title is not None else bare_title(timeline.title)

    def page(number: int, first: date, last: date, total: int, probe: bool = True) -> Picture:
        period = _period_text(first, last)
        page_options: Options = {
            **options,
            "start": first,
            "end": last,
            "title": f"{base} · {period} · page {number} of {total}",
        }
        return draw(timeline, probe=probe, **page_options)

    def cut(count: int) -> list[tuple[date, date]]:
        return periods(starts, window, count, extent)

    count, spans = 2, [(number_day(window.lo), number_day(window.hi))]
    drawn: list[Picture] = []
    while count <= MAX_PAGES:
        finer = cut(count)
        if len(finer) <= len(spans):
            break  # one day holds more than a page can name: no finer cut helps
        spans, drawn = finer, []
        for number, (first, last) in enumerate(spans, start=1):
            drawn.append(page(number, first, last, len(spans)))
            if short(drawn[-1]):
                break
        if len(drawn) == len(spans) and not short(drawn[-1]):
            return _uncrossed(drawn, spans, cut, page, options.get("layout", "auto"))
        # The page that failed holds too many: more pages, in proportion.
        count = max(count + 1, math.ceil(count * 1.3))
    if len(spans) == 1:
        return [draw(timeline, **options)]
    # The finest cut still has pages that number their marks: draw them all, so that no
    # event is left out.
    return [
        drawn[number - 1]
        if number <= len(drawn) and not short(drawn[number - 1])
        else page(number, first, last, len(spans), probe=False)
        for number, (first, last) in enumerate(spans, start=1)
    ]


def _uncrossed(
    drawn: list[Picture],
    spans: list[tuple[date, date]],
    cut: Callable[[int], list[tuple[date, date]]],
    page: Callable[[int, date, date, int], Picture],
    layout: str,
) -> list[Picture]:
    """``drawn``, the pages of ``spans``, or, where a leader on them still crosses another
    event's mark or bar, the pages of a finer cut (at most :data:`CROSSING_CUTS` steps)
    if every one of them names its events and fewer leaders cross: a shorter period gives
    the marks of a crowded stretch more room. A layout asked for by name is drawn as it is."""
    for _ in range(CROSSING_CUTS):
        crossed = sum(len(picture.crossed) for picture in drawn)
        if not crossed or layout != "auto":
            break
        finer = cut(max(len(spans) + 1, math.ceil(len(spans) * 1.3)))
        if len(finer) <= len(spans):
            break
        tried = [
            page(number, first, last, len(finer))
            for number, (first, last) in enumerate(finer, start=1)
        ]
        if any(p.layout == "numbered" for p in tried):
            break
        if sum(len(picture.crossed) for picture in tried) >= crossed:
            break
        drawn, spans = tried, finer
    return drawn


def pdf_bytes(pages: list[Picture], timeline: Timeline) -> bytes:
    """Every page in one PDF, with no metadata that changes from run to run; one page is
    written as :func:`~kztimeline.plot.output.picture_bytes` writes it."""
    if len(pages) == 1:
        return picture_bytes(pages[0], timeline, "pdf")
    buffer = io.BytesIO()
    with warnings.catch_warnings(), matplotlib.rc_context(_rc()):  # type: ignore[arg-type]
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        with PdfPages(buffer, metadata=pdf_metadata(timeline)) as pdf:
            for page in pages:
                pdf.savefig(page.figure, dpi=page.figure.dpi, facecolor="white")
    return buffer.getvalue()


def write_pages(
    timeline: Timeline, path: Path | str, page: int | None = None, **options: Unpack[Options]
) -> tuple[Path, tuple[str, ...]]:
    """Draw ``timeline`` in pages (:func:`draw_pages`) and write them to ``path``: a ``.pdf``
    gets every page, a ``.png`` or ``.svg`` page ``page`` (default 1). Returns the path and
    what to tell the user, one line each: the pages there are and how to get the others.

    Raises :class:`~kztimeline.errors.OutputError` for another suffix and
    :class:`~kztimeline.errors.PictureError` for a page that is not there, before anything
    is written.
    """
    target = Path(path)
    format_name = SUFFIXES.get(target.suffix.lower())
    if format_name is None:
        raise OutputError(
            target, "cannot tell the picture format; end the name with .png, .svg or .pdf"
        )
    if page is not None and page < 1:
        raise PictureError.no_page(page, None)
    pages = draw_pages(timeline, **options)
    if page is not None and page > len(pages):
        raise PictureError.no_page(page, len(pages))
    chosen = pages if format_name == "pdf" and page is None else [pages[(page or 1) - 1]]
    notices = list(dict.fromkeys(p.hint for p in chosen if p.hint is not None))
    for layout in dict.fromkeys(picture.layout for picture in chosen):
        crossed = tuple(pair for p in chosen if p.layout == layout for pair in p.crossed)
        if crossed:
            notices.append(crossing_sentence(crossed, layout))
    # Said once for every page written.
    missing = Missing(c for picture in chosen for c in picture.missing.characters)
    if missing:
        notices.append(missing.sentence())
    if len(pages) > 1:
        if len(chosen) > 1:
            notices.append(
                f"The {len(chosen)} pages hold one period each, so that every event is named."
            )
        else:
            notices.append(
                f"This is page {page or 1} of {len(pages)}, one period each, so that every "
                f"event is named; --page N writes page N, and a .pdf holds them all."
            )
    return write_atomically(target, pages_bytes(chosen, timeline, format_name)), tuple(notices)


def pages_bytes(pages: list[Picture], timeline: Timeline, format_name: str) -> bytes:
    """Drawn ``pages`` as ``"pdf"`` (every page) or ``"png"``/``"svg"`` (the first), so that
    one drawing serves every format."""
    if format_name == "pdf":
        return pdf_bytes(pages, timeline)
    return picture_bytes(pages[0], timeline, format_name)


def render(timeline: Timeline, **options: Unpack[Options]) -> Figure:
    """Draw ``timeline`` and return the matplotlib ``Figure`` of its first page (the only
    one when the picture names every event in view beside its mark; see
    :func:`draw_pages` for all of them). The options and errors are those of
    :func:`kztimeline.plot.output.render`."""
    return draw_pages(timeline, **options)[0].figure


def plot_bytes(timeline: Timeline, format_name: str, **options: Unpack[Options]) -> bytes:
    """The picture of ``timeline`` as ``"png"``, ``"svg"`` or ``"pdf"`` bytes, identical for
    identical input: a PDF holds every page, a PNG or SVG the first; the options are those of
    :func:`kztimeline.plot.output.render`.

    SVG keeps its text as ``<text>`` with the font fallback chain; PDF embeds TrueType fonts.
    No metadata changes from run to run (see :func:`~kztimeline.plot.output.picture_bytes`).
    Raises :class:`~kztimeline.errors.PictureError` for another format.
    """
    if format_name not in SUFFIXES.values():
        raise PictureError.unknown_format(format_name)
    return pages_bytes(draw_pages(timeline, **options), timeline, format_name)


def write_picture(
    timeline: Timeline, path: Path | str, **options: Unpack[Options]
) -> tuple[Path, tuple[str, ...]]:
    """:func:`write_pages` with its default page: every page in a PDF, the first else."""
    return write_pages(timeline, path, None, **options)


def save_plot(timeline: Timeline, path: Path | str, **options: Unpack[Options]) -> Path:
    """Draw ``timeline`` and write it to ``path`` atomically; return the path. A ``.pdf``
    holds every page, a ``.png`` or ``.svg`` the first (see :func:`write_pages`); the options
    are those of :func:`kztimeline.plot.output.render`. Another suffix raises
    :class:`~kztimeline.errors.OutputError` before anything is drawn, and so does a failed
    write, which leaves any earlier file at ``path`` as it was."""
    return write_pages(timeline, path, None, **options)[0]
