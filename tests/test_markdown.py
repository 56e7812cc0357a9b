"""Markdown: a chronology grouped by year, with footnote citations, and text that cannot
break the structure."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kztimeline
from kztimeline import Timeline
from kztimeline.cli import main
from kztimeline.export.markdown import escape_markdown, to_markdown


@pytest.fixture(scope="module")
def text(timeline: Timeline) -> str:
    return to_markdown(timeline)


def test_title_and_year_headings(text: str) -> None:
    assert text.startswith("# Kazakhstan and the UN Human Rights Council, 2006–2015\n")
    assert re.findall(r"^## (\d{4})$", text, re.MULTILINE) == ["2006", "2010", "2012", "2013"]


def test_every_event_is_listed_with_its_date(text: str, timeline: Timeline) -> None:
    items = re.findall(r"^- \*\*(.+?)\*\*: ", text, re.MULTILINE)
    assert len(items) == len(timeline)
    assert "Feb 2010" in items
    assert "14–16 Nov 2012" in items


def test_footnote_citations_and_definitions(text: str, timeline: Timeline) -> None:
    """Each citation has one definition at the end, and each definition is cited."""
    cited = set(re.findall(r"\[\^([^\]]+)\](?!:)", text))
    defined = re.findall(r"^\[\^([^\]]+)\]: ", text, re.MULTILINE)
    assert cited == set(defined) == set(timeline.sources)
    assert len(defined) == len(set(defined))
    assert "[^mfa-2012-11-14]: Recognition of the country's progress, Ministry" in text


def test_open_start_is_listed_under_its_known_year(text: str) -> None:
    section_2012 = text.split("## 2012")[1].split("## 2013")[0]
    assert "**until 2012**" in section_2012


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("*bold* and _em_", r"\*bold\* and \_em\_"),
        ("[link](http://x)", r"\[link\](http://x)"),
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("1999. A year", r"1999\. A year"),
        ("> quote", r"\> quote"),
        ("a | b", r"a \| b"),
        ("<b>html</b>", r"\<b\>html\</b\>"),
        ("line\nbreak", "line break"),
        ("Kazakhstan–EU, then-new", "Kazakhstan–EU, then-new"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert escape_markdown(raw) == escaped


def test_hostile_text_stays_in_its_item(write_events: Any) -> None:
    """A title or description with markup adds no heading, list item or footnote."""
    path = write_events(
        '[[events]]\nid = "e"\ntitle = "# [^a]: fake"\ndate = 2012-11-12\n'
        'description = "line one\\n\\n## Heading?\\n- item?"\nsources = ["a"]\n'
    )
    text = to_markdown(kztimeline.load(path))
    assert re.findall(r"^#+ ", text, re.MULTILINE) == ["# ", "## "]
    assert len(re.findall(r"^- ", text, re.MULTILINE)) == 1
    assert len(re.findall(r"^\[\^a\]: ", text, re.MULTILINE)) == 1


def test_deterministic(timeline: Timeline, text: str) -> None:
    assert to_markdown(timeline) == text


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "markdown", "--from", "2013", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert "## 2013" in out
    assert "## 2006" not in out


def test_status_and_repeat_follow_the_title(varied: Timeline) -> None:
    lines = to_markdown(varied).splitlines()
    assert "- **13 Aug 1969**: Parade — *cancelled*[^a]" in lines
    assert (
        "- **20 Jul 1970**: Moon landing anniversary (Ellington AFB, Houston)"
        " — *every year on 20 July from 1970*[^a]"
    ) in lines
    briefing = next(line for line in lines if "Weekly briefing" in line)
    assert briefing.endswith("— *tentative; every Monday at 00:30 (Asia/Almaty), 12 times*[^a]")
    launch = next(line for line in lines if "Apollo 11 launch" in line)
    assert "—" not in launch  # confirmed, once: nothing to add


def test_descriptions_keep_their_paragraphs(write_events: Any) -> None:
    """A blank line (with spaces, or CRLF) parts paragraphs, in the timeline's description and
    an event's; a single line break does not. Read by markdown-it, a CommonMark parser."""
    from markdown_it import MarkdownIt

    header = (
        '[timeline]\ntitle = "T"\ndescription = "First part,\\nstill first.\\n \\nSecond."\n'
        '[sources.a]\ntitle = "A"\n'
    )
    path = write_events(
        '[[events]]\nid = "e"\ntitle = "E"\ndate = 2012-11-12\nsources = ["a"]\n'
        'description = "One.\\r\\n\\r\\nTwo,\\nstill two.\\n\\n\\nThree."\n',
        header=header,
    )
    html = MarkdownIt("commonmark").render(to_markdown(kztimeline.load(path)))
    paragraphs = re.findall(r"<p>(.*?)</p>", html, re.DOTALL)
    assert paragraphs[:2] == ["First part, still first.", "Second."]
    assert paragraphs[2].startswith("<strong>12 Nov 2012</strong>: E")
    assert paragraphs[3:6] == ["One.", "Two, still two.", "Three."]
