"""Nothing cut: when one picture cannot name every event in view beside its mark, pages.

A 300-event decade at 12 cm and 16 cm: every title is on a page, each page is a complete
picture (checked by :func:`tests.plot_checks.check_picture`), the PDF holds every page (read
back with poppler's ``pdfinfo`` and ``pdftotext``), a PNG or SVG holds one page and the
command says how to get the others.
"""

from __future__ import annotations

import itertools
import random
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

import kztimeline
from kztimeline.cli import main
from kztimeline.plot.items import Window
from kztimeline.plot.output import Picture
from kztimeline.plot.pages import draw_pages, pdf_bytes, periods
from kztimeline.timeline import Timeline
from tests.plot_checks import all_text, check_picture, close_stems, stem_crossings
from tests.plot_timelines import HEADER, WORDS, random_timeline, toml


def decade_text(count: int, seed: int) -> str:
    """``count`` events over 2006–2015 as events.toml: days, short ranges, months, titles of
    three to eight words, each ending in its number so that every title differs."""
    chance = random.Random(seed)
    body = []
    for number in range(count):
        day = date(2006, 1, 1) + timedelta(days=chance.randrange(3652))
        roll = chance.random()
        if roll < 0.7:
            when = f'"{day.isoformat()}"'
        elif roll < 0.9:
            when = f'"{day.isoformat()}/{day + timedelta(days=chance.randrange(1, 20))}"'
        else:
            when = f'"{day:%Y-%m}"'
        title = " ".join(chance.sample(WORDS, chance.randrange(3, 9))).capitalize()
        body.append(
            f'[[events]]\nid = "e{number}"\nsources = ["a"]\ndate = {when}\n'
            f'title = {toml(f"{title} {number}")}\nkind = "kind-{number % 7}"\n'
        )
    return HEADER.format(title='"A decade"') + "\n" + "\n".join(body)


@pytest.fixture(scope="module")
def decade() -> Timeline:
    return kztimeline.loads(decade_text(300, 2024))


@pytest.fixture(scope="module")
def drawn(decade: Timeline) -> dict[str, list[Picture]]:
    """The pages of the decade by width, each drawn once for the module."""
    return {}


@pytest.fixture(scope="module")
def fewer() -> Timeline:
    """120 events of the decade: at 4 in they take two pages, drawn faster than 300."""
    return kztimeline.loads(decade_text(120, 2024))


@pytest.fixture(scope="module")
def fewer_pages(fewer: Timeline) -> list[Picture]:
    return draw_pages(fewer, width="4in", dpi=72)


@pytest.fixture(params=["12cm", "16cm"])
def pages(
    request: pytest.FixtureRequest, decade: Timeline, drawn: dict[str, list[Picture]]
) -> list[Picture]:
    return pages_at(request.param, decade, drawn)


def pages_at(width: str, timeline: Timeline, drawn: dict[str, list[Picture]]) -> list[Picture]:
    if width not in drawn:
        drawn[width] = draw_pages(timeline, width=width, dpi=72)
    return drawn[width]


def test_every_event_is_named_on_some_page(decade: Timeline, pages: list[Picture]) -> None:
    assert len(pages) > 1
    named = " ".join(" ".join(all_text(page.figure).split()) for page in pages)
    for event in decade:
        assert event.title in named, event.title


def test_each_page_is_a_complete_picture(pages: list[Picture]) -> None:
    """Labelled, not numbered; nothing overlaps or is cut; its own axis and legend; titled
    with its page."""
    for number, page in enumerate(pages, start=1):
        assert page.layout in ("horizontal", "vertical")
        assert "Too many events" not in all_text(page.figure)
        check_picture(page.figure, [f"page {number} of {len(pages)}"])
        assert page.figure.legends


@pytest.fixture(scope="module")
def scattered() -> Timeline:
    """300 events of 1990–2020: bars of one year side by side next to those of the year
    before, months with whiskers among days."""
    return random_timeline(300, 300)


@pytest.fixture(scope="module")
def scattered_drawn() -> dict[str, list[Picture]]:
    return {}


def leaders_clear(page: Picture) -> None:
    assert stem_crossings(page.figure) == []
    assert page.crossed == ()
    assert close_stems(page.figure) == []
    assert close_stems(page.figure, level=True) == []


@pytest.mark.parametrize("width", ["12cm", "16cm"])
def test_no_leader_crosses_another_events_mark_on_any_page(
    width: str,
    decade: Timeline,
    drawn: dict[str, list[Picture]],
    scattered: Timeline,
    scattered_drawn: dict[str, list[Picture]],
) -> None:
    """On every page of the decade and of 300 random events, at 12 cm and 16 cm, no leader
    crosses another event's mark or bar and no two run closer than 2 pt over 20 pt: a year
    beginning where the year before ends stands outside it (its leaders leave its top clear
    of the earlier bars), and a page on which a leader still crosses is cut finer."""
    random_pages = pages_at(width, scattered, scattered_drawn)
    assert len(random_pages) > 1
    for page in [*pages_at(width, decade, drawn), *random_pages]:
        assert page.layout == "vertical"
        leaders_clear(page)


def test_the_periods_follow_each_other(decade: Timeline) -> None:
    window = Window(float((date(2006, 1, 1) - date(1970, 1, 1)).days), 13149.0 + 3652, True)
    starts = sorted(float(x) for x in range(int(window.lo), int(window.hi), 12))
    spans = periods(starts, window, 4)
    assert len(spans) == 4
    assert spans[0][0] == date(2006, 1, 1)
    assert spans[-1][1] == date(2015, 12, 31)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start == end + timedelta(days=1)
        assert start.month == 1  # pages of years begin with a year
        assert start.day == 1


def test_a_view_that_fits_is_one_page() -> None:
    timeline = kztimeline.load()
    assert [page.layout for page in draw_pages(timeline, dpi=50)] == ["vertical"]


def test_pdf_holds_every_page_and_is_the_same_each_time(
    fewer: Timeline, fewer_pages: list[Picture], tmp_path: Path
) -> None:
    assert len(fewer_pages) > 1
    data = pdf_bytes(fewer_pages, fewer)
    assert data == pdf_bytes(fewer_pages, fewer)
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils is not installed")
    path = tmp_path / "decade.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert f"Pages: {len(fewer_pages)}" in " ".join(info.split())
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True)
    flat = " ".join(text.stdout.split())
    for number in range(1, len(fewer_pages) + 1):
        assert f"page {number} of {len(fewer_pages)}" in flat


def test_the_command_writes_pages_and_says_how_to_get_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF gets every page and one line on the glyphs no font has (emoji on the first and
    the last page); an SVG gets the page asked for and says how many there are; a page that
    is not there exits 2 with one line, writing nothing."""
    # 120 events at the narrowest width take pages too, and draw faster than 300.
    text = decade_text(120, 2024)
    events = sorted(kztimeline.loads(text), key=lambda event: event.first_day)
    for event, emoji in ((events[0], "\U0001f389"), (events[-1], "\U0001f680")):
        text = text.replace(f'{event.title}"', f'{event.title} {emoji}"', 1)
    path = tmp_path / "events.toml"
    path.write_text(text, encoding="utf-8")
    plot = ["plot", str(path), "--width", "4in"]

    assert main([*plot, "-o", str(tmp_path / "all.pdf")]) == 0
    err = capsys.readouterr().err
    assert err.count("no installed font has") == 1
    assert "U+1F389" in err
    assert "U+1F680" in err
    assert "pages hold one period each" in err

    second = tmp_path / "two.svg"
    assert main([*plot, "--page", "2", "-o", str(second)]) == 0
    err = capsys.readouterr().err
    assert "This is page 2 of " in err
    assert "--page N" in err
    pages = int(err.split("This is page 2 of ")[1].split(",")[0])
    assert f"page 2 of {pages}" in second.read_text(encoding="utf-8")

    missing = tmp_path / "missing.png"
    assert main([*plot, "--page", str(pages + 1), "-o", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"there is no page {pages + 1}" in err
    assert len(err.strip().splitlines()) == 1
    assert not missing.exists()


def test_the_public_render_gives_the_first_page(
    fewer: Timeline, fewer_pages: list[Picture]
) -> None:
    """kztimeline.render, like the command, never falls back to a list that stops early:
    past one page it returns the first page of the periods."""
    figure = kztimeline.render(fewer, width="4in", dpi=72)
    text = " ".join(all_text(figure).split())
    assert f"page 1 of {len(fewer_pages)}" in text
    assert "Too many events" not in text


def test_a_day_that_no_page_can_hold_is_numbered_once() -> None:
    """Periods are whole days: a day holding more events than a page can name is not cut
    into empty pages; its picture numbers the marks, as one page."""
    body = "\n".join(
        f'[[events]]\nid = "e{n}"\nsources = ["a"]\ndate = "2012-11-12"\ntitle = "Event {n}"\n'
        for n in range(400)
    )
    timeline = kztimeline.loads(HEADER.format(title='"One day"') + "\n" + body)
    pages = draw_pages(timeline, width="4in", dpi=40)
    assert [page.layout for page in pages] == ["numbered"]
    days = float((date(2012, 11, 12) - date(1970, 1, 1)).days)
    assert periods([days] * 400, Window(days - 1, days + 2, True), 3) == [
        (date(2012, 11, 11), date(2012, 11, 11)),
        (date(2012, 11, 12), date(2012, 11, 13)),
    ]
