"""Injection: text that tries to break out of its format stays text, in every export.

One hostile timeline carries the attacks in every field that reaches an output: the
timeline's title, an event's title, place, kind, tags, description, a person's name and role,
and a source's title. Each export is then read back with software we did not write
(icalendar, an XML parser, Python's HTML parser, the csv module, a CommonMark renderer,
json), which must find the text as text and nothing else.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from typing import Any

import icalendar
import pytest
from markdown_it import MarkdownIt
from matplotlib.text import Text

import kztimeline
from kztimeline import Timeline

BREAK_ICS = "\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.com\nSUMMARY:Injected"
MATH = "$\\frac{1}{$"
SCRIPT = "<script>alert(1)</script>"
COMMENT = "--><script>alert(2)</script><!--"
ATTRIBUTE = '"><img src=x onerror=alert(3)>'


FORMULA = '=HYPERLINK("http://x","y") ' + ATTRIBUTE
DESCRIPTION = "First line" + BREAK_ICS + "\r\nEND:VCALENDAR\n" + SCRIPT + " " + MATH
TABBED = "\tTabbed " + ATTRIBUTE


def toml(text: str) -> str:
    return json.dumps(text)  # every string here is plain ASCII: JSON's escapes are TOML's


HOSTILE = f"""
[timeline]
title = {toml("Chronology " + SCRIPT + COMMENT)}
description = {toml("About " + SCRIPT + BREAK_ICS)}

[sources.a]
title = {toml("Source " + SCRIPT + " ]]> " + ATTRIBUTE)}
url = "https://example.com/a?x=1&y=2"

[people.p]
name = {toml("=cmd|' /C calc'!A0 " + SCRIPT)}
role = {toml("@SUM(1+1) " + ATTRIBUTE)}

[[events]]
id = "e"
title = {toml(MATH + " " + SCRIPT + " " + COMMENT + " END:VEVENT")}
date = 2012-11-12
sources = ["a"]
people = ["p"]
place = {toml('=HYPERLINK("http://x","y") ' + ATTRIBUTE)}
kind = {toml("+election " + SCRIPT)}
tags = [{toml("-tag;with,separators " + SCRIPT)}]
description = {toml(DESCRIPTION)}

[[events]]
id = "f"
title = {toml(TABBED)}
date = "2012-11-14/2012-11-16"
sources = ["a"]
"""


@pytest.fixture(scope="module")
def hostile() -> Timeline:
    return kztimeline.loads(HOSTILE)


class TestCalendar:
    def test_one_vevent_per_event_with_the_text_intact(self, hostile: Timeline) -> None:
        calendar = icalendar.Calendar.from_ical(kztimeline.to_ics(hostile))
        events = calendar.walk("VEVENT")
        assert sorted(str(event["UID"]) for event in events) == [
            "e@kztimeline.invalid",
            "f@kztimeline.invalid",
        ]
        event = next(event for event in events if str(event["UID"]).startswith("e@"))
        assert str(event["SUMMARY"]) == hostile["e"].title
        description = str(event["DESCRIPTION"])
        assert description.startswith(
            "First line" + BREAK_ICS + "\nEND:VCALENDAR\n" + SCRIPT + " " + MATH + "\n\n"
        )
        assert str(event["LOCATION"]) == hostile["e"].place
        assert [str(value) for value in event["CATEGORIES"].cats] == [
            "+election " + SCRIPT,
            "-tag;with,separators " + SCRIPT,
        ]
        # icalendar keeps an X- property's TEXT escapes: \n stays a backslash and an n.
        assert str(calendar["X-WR-CALDESC"]).replace("\\n", "\n") == "About " + SCRIPT + BREAK_ICS

    def test_no_line_of_the_file_starts_a_component_it_should_not(self, hostile: Timeline) -> None:
        lines = kztimeline.to_ics(hostile).split("\r\n")
        assert lines.count("BEGIN:VEVENT") == 2
        assert lines.count("END:VEVENT") == 2
        assert lines.count("END:VCALENDAR") == 1
        assert not any(line.startswith(("UID:evil", "SUMMARY:Injected")) for line in lines)


class TestPicture:
    def test_math_and_markup_are_drawn_as_written(self, hostile: Timeline) -> None:
        figure = kztimeline.render(hostile)
        texts = [text.get_text() for text in figure.findobj(Text)]
        assert any(MATH in text and SCRIPT in text for text in texts)
        assert all(not text.get_parse_math() for text in figure.findobj(Text) if text.get_text())

    @pytest.mark.parametrize("image_format", ["png", "svg", "pdf"])
    def test_every_format_draws(self, hostile: Timeline, image_format: str) -> None:
        from kztimeline.export.plot import plot_bytes

        assert len(plot_bytes(hostile, image_format)) > 1000

    def test_svg_is_well_formed_and_holds_no_script(self, hostile: Timeline) -> None:
        from kztimeline.export.plot import plot_bytes

        svg = plot_bytes(hostile, "svg").decode("utf-8")
        root = ElementTree.fromstring(svg)
        assert not [element for element in root.iter() if element.tag.endswith("script")]
        assert "<script" not in svg
        assert "<img" not in svg
        assert "&lt;script&gt;" in svg  # the text is there, escaped


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


class TestWebPage:
    def test_only_the_page_own_script_runs(self, hostile: Timeline) -> None:
        parsed = tags(kztimeline.to_html(hostile))
        scripts = [attributes for tag, attributes in parsed.tags if tag == "script"]
        assert len(scripts) == 1  # the page's own filter script
        assert not [tag for tag, _ in parsed.tags if tag == "img"]
        assert not [attrs for _, attrs in parsed.tags if any(k.startswith("on") for k in attrs)]
        text = "".join(parsed.data)
        assert hostile["e"].title in text
        assert hostile["f"].title.strip() in text

    def test_notebook_table_is_escaped_too(self, hostile: Timeline) -> None:
        parsed = tags(hostile._repr_html_())
        assert not [tag for tag, _ in parsed.tags if tag in ("script", "img")]
        assert hostile["e"].title in "".join(parsed.data)


class TestSpreadsheet:
    def test_formula_starts_are_neutralised_and_the_text_kept(self, hostile: Timeline) -> None:
        rows = list(csv.DictReader(io.StringIO(kztimeline.to_csv(hostile))))
        by_id = {row["id"]: row for row in rows}
        assert by_id["e"]["place"] == "'" + hostile["e"].place  # type: ignore[operator]
        assert by_id["e"]["kind"] == "'" + hostile["e"].kind  # type: ignore[operator]
        assert by_id["e"]["people"] == "'" + hostile.people["p"].name
        assert by_id["f"]["title"] == "'" + hostile["f"].title
        for row in rows:
            for value in row.values():
                assert not (value or "").startswith(("=", "+", "-", "@", "\t", "\r"))


class TestMarkdown:
    def test_a_commonmark_renderer_finds_no_html(self, hostile: Timeline) -> None:
        rendered = MarkdownIt("commonmark").render(kztimeline.to_markdown(hostile))
        parsed = tags(rendered)
        assert not [tag for tag, _ in parsed.tags if tag in ("script", "img")]
        text = "".join(parsed.data)
        assert hostile["e"].title in text
        assert SCRIPT in text


class TestTimelineJS:
    def test_headlines_and_texts_hold_no_markup_from_the_input(self, hostile: Timeline) -> None:
        data: dict[str, Any] = json.loads(kztimeline.to_timelinejs(hostile))
        fields = [data["title"]["text"]["headline"]] + [
            value for event in data["events"] for value in event["text"].values()
        ]
        for field in fields:
            parsed = tags(field)
            assert not [tag for tag, _ in parsed.tags if tag in ("script", "img")]
        assert hostile["e"].title in "".join(tags(fields[1]).data)
