"""The self-contained HTML page: escaped, fetching nothing, and working in a real browser.

The browser tests drive Debian's headless Chromium (``apt-get install chromium``) over the
DevTools protocol on a pipe (``--remote-debugging-pipe``), with the standard library only.
They are skipped, saying so, when ``/usr/bin/chromium`` is missing.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kztimeline
from kztimeline import Timeline
from kztimeline.cli import main
from kztimeline.export.html import svg_picture, table_html, to_html
from tests.conftest import HEADER

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason="needs Debian's headless Chromium: apt-get install -y chromium",
)

HOSTILE = """
[[events]]
id = "hostile"
title = "<script>window.pwned = 1</script> & \\"quotes\\" 'too'"
date = 2012-11-14
place = "<img src=x onerror=alert(1)>"
description = "</td></tr><tr><td>injected"
sources = ["a"]
"""


@pytest.fixture(scope="module")
def page(timeline: Timeline) -> str:
    return to_html(timeline)


class TestStructure:
    def test_is_one_html5_document_with_headings(self, page: str) -> None:
        """A doctype, a language, a viewport for phones, one h1 and h2 section headings."""
        assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
        assert page.count("<h1>") == 1
        assert '<h2 id="chronology-heading">Chronology</h2>' in page
        assert page.endswith("</html>\n")

    def test_each_event_is_a_row_with_its_id(self, page: str, timeline: Timeline) -> None:
        """Rows are linkable: the event id is the row's id, and the date is as written."""
        for event in timeline:
            assert f'<tr id="{event.id}" data-search=' in page
            assert f'<span class="written">{event.date.text}</span>' in page
        assert page.count("<tr id=") == len(timeline)

    def test_table_semantics(self, page: str) -> None:
        """A caption, column headers with scope, and the sorted column marked."""
        assert "<caption" in page
        assert page.count('<th scope="col"') == 5
        assert 'aria-sort="ascending"' in page

    def test_picture_is_inline_svg_with_a_text_alternative(self, page: str) -> None:
        """The SVG is in the page, announced as one image with a title and a description."""
        if "<svg" not in page:
            pytest.skip("the picture module kztimeline.export.plot is not there yet")
        assert 'role="img"' in page
        assert '<title id="picture-title">' in page
        assert "<?xml" not in page
        assert "<!DOCTYPE svg" not in page

    def test_deterministic(self, timeline: Timeline, page: str) -> None:
        assert to_html(timeline) == page

    def test_filtered_timeline_has_only_its_rows(self, timeline: Timeline) -> None:
        week = timeline.between("2012-11-14", "2012-11-14", within=True)
        assert table_html(week).count("<tr id=") == len(week)

    def test_repeating_occurrences_get_unique_row_ids(self, write_events: Any) -> None:
        """Each occurrence of a repeating event in a query result has its own row id."""
        path = write_events(
            '[[events]]\nid = "weekly"\ntitle = "Weekly"\ndate = 2012-11-01\n'
            'repeat = "FREQ=WEEKLY;COUNT=3"\nsources = ["a"]\n'
        )
        occurrences = kztimeline.load(path).between("2012-11-01", "2012-11-30")
        ids = re.findall(r'<tr id="([^"]+)"', table_html(occurrences))
        assert ids == ["weekly-2012-11-01", "weekly-2012-11-08", "weekly-2012-11-15"]


class TestNoRequests:
    # Namespace names in the SVG are identifiers, not addresses a browser fetches.
    _NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink")

    def test_nothing_points_to_another_host(self, page: str) -> None:
        """No src=, <link>, @import or url() in the page refers to anything outside it."""
        assert "<link" not in page.lower()
        assert "@import" not in page.lower()
        for value in re.findall(r"""\bsrc\s*=\s*["']?([^"'\s>]*)""", page, re.IGNORECASE):
            pytest.fail(f"src={value!r} in the page")
        for target in re.findall(r"url\(\s*([^)]*)\)", page):
            assert target.strip("'\" ").startswith("#"), target
        for target in re.findall(r"""\bhref\s*=\s*["']([^"']*)""", page):
            assert target.startswith("#") or target in self._NAMESPACES, target

    def test_content_security_policy_forbids_fetching(self, page: str) -> None:
        assert "default-src 'none'" in page
        assert "'unsafe-inline'; img-src" in page
        assert "script-src 'sha256-" in page

    def test_source_urls_are_plain_links(self, write_events: Any) -> None:
        """A source's URL is an <a href>, the only address allowed in the page."""
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "E"\ndate = 2012-11-14\nsources = ["b"]\n',
            header=HEADER + '\n[sources.b]\ntitle = "B"\nurl = "https://example.org/b?x=1&y=2"\n',
        )
        page = to_html(kztimeline.load(path))
        assert '<a href="https://example.org/b?x=1&amp;y=2" rel="noreferrer">' in page


class TestEscaping:
    def test_markup_in_text_stays_text(self, write_events: Any) -> None:
        """A <script> in a title is shown, not run; no attribute or cell can be broken out of."""
        page = to_html(kztimeline.load(write_events(HOSTILE)))
        assert "<script>window" not in page
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt; &amp; &quot;quotes&quot;" in page
        assert "<img" not in page
        assert "</td></tr><tr><td>injected" not in page
        assert page.count("<script>") == 1  # the page's own


def test_svg_picture_has_no_prolog(timeline: Timeline) -> None:
    svg = svg_picture(timeline)
    if svg is None:
        pytest.skip("the picture module kztimeline.export.plot is not there yet")
    assert svg.startswith('<svg role="img"')


def test_cli_export_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kztimeline export --format html -o PATH` writes the page; `-o -` prints it."""
    target = tmp_path / "page.html"
    assert main(["export", "--format", "html", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    capsys.readouterr()
    assert main(["export", "--format", "html", "--kind", "term", "-o", "-"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("<tr id=") == 2


# --- A real browser -------------------------------------------------------------------------


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe, with the stdlib only.

    Chromium reads commands from its file descriptor 3 and writes answers and events to 4, each
    message a JSON text ended by a NUL byte.
    """

    def __init__(self, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def descriptors() -> None:  # runs in the child, before exec
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Python's own descriptors are not inherited (PEP 446); only the dup2 copies are.
            # pass_fds would not do: the child closes what it lists after preexec_fn has run.
            close_fds=False,
            preexec_fn=descriptors,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, timeout: float = 30
    ) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session is not None and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, *, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def _read(self, deadline: float) -> dict[str, Any]:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def open(self, url: str, *, width: int, height: int) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        self.send("Network.enable")
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self) -> None:
        try:
            os.write(
                self._to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0"
            )
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with tempfile.TemporaryDirectory(prefix="kztimeline-chromium-") as profile:
        driver = Browser(Path(profile))
        try:
            yield driver
        finally:
            driver.close()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


VISIBLE_ROWS = (
    "Array.from(document.querySelectorAll('#chronology tbody tr')).filter(r => !r.hidden)"
)


@needs_chromium
def test_page_in_a_real_browser(
    browser: Browser, tmp_path: Path, timeline: Timeline, page: str
) -> None:
    """Chromium loads the page: every event is a row, typing filters, headers sort, no fetch."""
    path = tmp_path / "timeline.html"
    path.write_text(page, encoding="utf-8")
    browser.open(path.as_uri(), width=1280, height=900)

    ids = browser.evaluate(f"{VISIBLE_ROWS}.map(r => r.id)")
    assert ids == [event.id for event in timeline]
    assert browser.evaluate("document.getElementById('count').textContent") == (
        f"{len(timeline)} of {len(timeline)} events shown"
    )

    # Type into the filter box, as a person would: real key input, one character at a time.
    browser.evaluate("document.getElementById('filter').focus()")
    for character in "djibouti":
        browser.send("Input.insertText", {"text": character})
    assert browser.evaluate(f"{VISIBLE_ROWS}.map(r => r.id)") == ["oic-cfm-39"]
    assert browser.evaluate("document.getElementById('count').textContent") == (
        f"1 of {len(timeline)} events shown"
    )
    browser.evaluate(
        "(f => { f.value = 'nov 2012'; f.dispatchEvent(new Event('input')); })"
        "(document.getElementById('filter'))"
    )
    november = timeline.between("2012-11-01", "2012-11-30", within=True)
    assert browser.evaluate(f"{VISIBLE_ROWS}.length") == len(november)
    browser.evaluate(
        "(f => { f.value = ''; f.dispatchEvent(new Event('input')); })"
        "(document.getElementById('filter'))"
    )

    # Click "Event" twice: sorted by title, then the other way round.
    browser.evaluate("document.querySelectorAll('th button')[1].click()")
    by_title = [event.id for event in sorted(timeline, key=lambda event: event.title.lower())]
    assert browser.evaluate(f"{VISIBLE_ROWS}.map(r => r.id)") == by_title
    browser.evaluate("document.querySelectorAll('th button')[1].click()")
    assert browser.evaluate("document.querySelectorAll('th')[1].getAttribute('aria-sort')") == (
        "descending"
    )

    # No console errors (a blocked script would log one), and nothing fetched but the file.
    errors = [
        event
        for event in browser.events
        if event.get("method") == "Runtime.exceptionThrown"
        or (
            event.get("method") == "Runtime.consoleAPICalled" and event["params"]["type"] == "error"
        )
    ]
    assert errors == []
    requested = [
        event["params"]["request"]["url"]
        for event in browser.events
        if event.get("method") == "Network.requestWillBeSent"
    ]
    assert requested == [path.as_uri()]


@needs_chromium
def test_page_on_a_phone_width_screen(
    browser: Browser, tmp_path: Path, page: str, request: pytest.FixtureRequest
) -> None:
    """At 390 px the page does not scroll sideways (the table box does), and a screenshot works."""
    path = tmp_path / "timeline.html"
    path.write_text(page, encoding="utf-8")
    browser.open(path.as_uri() + "#oic-cfm-39", width=390, height=844)
    assert browser.evaluate("document.documentElement.scrollWidth") <= 390
    box = "document.querySelector('.table-box')"
    assert browser.evaluate(f"{box}.scrollWidth > {box}.clientWidth")
    # The linked row is the target, and the browser scrolled to it.
    assert browser.evaluate("document.querySelector(':target').id") == "oic-cfm-39"
    assert browser.evaluate("window.scrollY") > 0
    shot = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png"})["data"])
    assert _png_size(shot) == (390, 844)
    keep = os.environ.get("KZTIMELINE_SCREENSHOTS")
    (Path(keep) if keep else tmp_path).joinpath("timeline-390px.png").write_bytes(shot)


@needs_chromium
def test_hostile_text_does_not_run(browser: Browser, tmp_path: Path, write_events: Any) -> None:
    """A <script> in a title is shown as text in the browser, and never runs."""
    path = tmp_path / "hostile.html"
    path.write_text(to_html(kztimeline.load(write_events(HOSTILE))), encoding="utf-8")
    browser.open(path.as_uri(), width=1280, height=900)
    assert browser.evaluate("window.pwned === undefined")
    shown = browser.evaluate("document.getElementById('hostile').cells[1].textContent")
    assert shown.startswith("<script>window.pwned = 1</script>")
    assert browser.evaluate("document.querySelectorAll('#chronology tbody tr').length") == 1


class _Collector(HTMLParser):
    """The page's elements and the text of each table cell, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.summaries: list[str] = []
        self._in_summary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_summary = tag == "summary"

    def handle_endtag(self, tag: str) -> None:
        if tag == "summary":
            self._in_summary = False

    def handle_data(self, data: str) -> None:
        if self._in_summary:
            self.summaries.append(data)


ANY_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
).filter(lambda text: text.strip() == text and bool(text))


@settings(max_examples=50)
@given(title=ANY_TEXT)
def test_any_title_reads_back_as_text(title: str) -> None:
    """Whatever the title holds, the parsed page has no element it did not make, and the
    title reads back exactly."""
    toml = (
        '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n[[events]]\nid = "e"\n'
        f"title = {json.dumps(title, ensure_ascii=False)}\ndate = 2012-11-12\n"
        'description = "d"\nsources = ["a"]\n'
    )
    parser = _Collector()
    parser.feed(table_html(kztimeline.loads(toml)))
    assert "".join(parser.summaries) == title
    assert set(parser.tags) <= {
        "table",
        "caption",
        "thead",
        "tr",
        "th",
        "button",
        "tbody",
        "td",
        "br",
        "span",
        "details",
        "summary",
        "p",
        "a",
    }


def test_status_badge_and_repeat_in_words(varied: Timeline) -> None:
    page = to_html(varied)
    row = {match[1]: match[0] for match in re.finditer(r'<tr id="([a-z]+)".*?</tr>', page, re.S)}
    assert '<span class="badge cancelled">cancelled</span>' in row["parade"]
    assert '<span class="badge tentative">tentative</span>' in row["briefing"]
    assert "badge" not in row["launch"]
    assert '<span class="repeat">every year on 20 July from 1970</span>' in row["anniversary"]
    assert "every Monday at 00:30 (Asia/Almaty), 12 times" in row["briefing"]


def test_each_row_carries_the_timelines_search_text(varied: Timeline) -> None:
    page = to_html(varied)
    for event in varied:
        text = varied.search_text(event)
        assert f'data-search="{text}"'.replace("\n", "&#10;") in page


SEARCHES = [
    "buzz",
    "Edwin",
    "pilot",
    "houston",
    "cancelled",
    "tentative",
    "ceremony",
    "nyc",
    "every monday",
    "1969",
    "almaty",
    "launch",
    "apollo parade",
    "zzz",
]


@needs_chromium
def test_the_filter_box_finds_what_search_finds(
    browser: Browser, tmp_path: Path, varied: Timeline
) -> None:
    """Typing in the page's filter shows exactly the events ``--search`` keeps."""
    path = tmp_path / "timeline.html"
    path.write_text(to_html(varied), encoding="utf-8")
    browser.open(path.as_uri(), width=1280, height=900)
    for search in SEARCHES:
        browser.evaluate(
            f"(f => {{ f.value = {json.dumps(search)}; f.dispatchEvent(new Event('input')); }})"
            "(document.getElementById('filter'))"
        )
        shown = browser.evaluate(f"{VISIBLE_ROWS}.map(r => r.id)")
        assert shown == [event.id for event in varied.filter(search=search)], search
        assert shown or search in ("apollo parade", "zzz")


def test_a_local_time_is_written_with_its_zone(varied: Timeline) -> None:
    page = to_html(varied)
    assert '<span class="written">1969-07-16T09:32:00 America/New_York</span>' in page
    assert '<span class="written">1969-08-13</span>' in page
