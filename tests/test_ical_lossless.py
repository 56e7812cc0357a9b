"""Export, import, export: what only the events file holds (``highlight``, a tag equal to the
kind, the ``[kinds.NAME]`` table of a kind in use) travels in X-KZTIMELINE-MORE, which other
clients ignore, and comes back."""

from __future__ import annotations

import pytest

import kztimeline
from kztimeline.ical.reader import import_ics

FILE = """[timeline]
title = "T"

[sources.a]
title = "A"

[kinds.election]
label = "Elections"
colour = "#1f77b4"
marker = "square"

[[events]]
id = "vote"
title = "Vote"
date = 2012-01-15
kind = "election"
tags = ["domestic", "election"]
highlight = true
sources = ["a"]

[[events]]
id = "plain"
title = "Plain"
date = 2012-02-01
sources = ["a"]
"""


@pytest.fixture(scope="module")
def original() -> kztimeline.Timeline:
    return kztimeline.loads(FILE)


@pytest.fixture(scope="module")
def again(original: kztimeline.Timeline) -> kztimeline.Timeline:
    imported = import_ics(kztimeline.to_ics(original))
    assert imported.not_kept == ()
    return kztimeline.loads(imported.toml)


def test_every_event_field_comes_back(
    original: kztimeline.Timeline, again: kztimeline.Timeline
) -> None:
    assert [event.model_dump() for event in again] == [event.model_dump() for event in original]


def test_highlight_and_a_tag_equal_to_the_kind_come_back(again: kztimeline.Timeline) -> None:
    assert again["vote"].highlight
    assert again["vote"].tags == ("domestic", "election")


def test_the_table_of_a_kind_in_use_comes_back(
    original: kztimeline.Timeline, again: kztimeline.Timeline
) -> None:
    assert again.kind_tables == original.kind_tables


def test_the_second_export_gives_the_same_bytes(
    original: kztimeline.Timeline, again: kztimeline.Timeline
) -> None:
    assert kztimeline.to_ics(again) == kztimeline.to_ics(original)


def test_an_event_with_nothing_more_gets_no_extra_line(original: kztimeline.Timeline) -> None:
    text = kztimeline.to_ics(original)
    assert text.count("X-KZTIMELINE-MORE:") == 1


def test_a_broken_kind_table_or_an_undescribed_source_refuses_nothing() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:x",
            "BEGIN:VEVENT",
            "UID:a@x",
            "DTSTART;VALUE=DATE:20240101",
            "SUMMARY:A",
            'X-KZTIMELINE-EVENT:{"sources": ["s"]\\, "kind": "k"}',
            'X-KZTIMELINE-MORE:{"kind_table": {"colour": "red"}}',
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    imported = import_ics(text, path="cal.ics")
    timeline = kztimeline.loads(imported.toml)
    assert (timeline["a"].kind, timeline.sources["s"].title) == ("k", "s")
    assert timeline.kind_tables == {}
    assert imported.not_kept == (
        "cal.ics: UID a@x: not kept: the table of kind 'k': Value error, 'red' is not a colour "
        "as #RRGGBB; write e.g. '#0072B2'",
        "cal.ics: UID a@x: the source 's' is not described: titled 's'",
    )
