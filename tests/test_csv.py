"""CSV: a header, one row per event, round-tripping through csv.reader, safe in spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kztimeline
from kztimeline import Timeline
from kztimeline.cli import main
from kztimeline.export.tabular import COLUMNS, neutralise, to_csv


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_and_one_row_per_event(timeline: Timeline) -> None:
    text = to_csv(timeline)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert [row["id"] for row in rows(text)] == [event.id for event in timeline]


def test_crlf_line_ends(timeline: Timeline) -> None:
    assert to_csv(timeline).count("\r\n") == len(timeline) + 1


@pytest.mark.parametrize(
    ("event_id", "date", "first", "last", "precision"),
    [
        ("upr-first-report-2010", "2010-02", "2010-02-01", "2010-02-28", "month"),
        ("hrc-high-level-segment", "../2012", "", "2012-12-31", "year"),
        ("oic-cfm-39", "2012-11-15/2012-11-16", "2012-11-15", "2012-11-16", "day"),
    ],
)
def test_dates(
    timeline: Timeline, event_id: str, date: str, first: str, last: str, precision: str
) -> None:
    """The date as written, its extent (empty for an open side) and its precision."""
    row = next(row for row in rows(to_csv(timeline)) if row["id"] == event_id)
    assert (row["date"], row["first_day"], row["last_day"], row["precision"]) == (
        date,
        first,
        last,
        precision,
    )


def test_people_and_sources(timeline: Timeline) -> None:
    row = next(row for row in rows(to_csv(timeline)) if row["id"] == "oic-cfm-39")
    assert row["people"] == "Erlan Idrisov; Ekmeleddin Ihsanoglu"
    assert row["sources"] == "mfa-2012-11-14"
    assert row["place"] == "Djibouti"
    assert row["kind"] == "meeting"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain = text", "plain = text"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_formula_in_a_title_is_neutralised(write_events: Any) -> None:
    path = write_events(
        '[[events]]\nid = "e"\ntitle = "=cmd|\' /C calc\'!A0"\ndate = 2012-11-12\n'
        'place = "@evil"\nsources = ["a"]\n'
    )
    row = rows(to_csv(kztimeline.load(path)))[0]
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["place"] == "'@evil"


TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
).filter(lambda text: text.strip() == text and text.strip())


@given(title=TEXT, place=TEXT)
def test_round_trip_through_csv_reader(title: str, place: str) -> None:
    """Any title and place, commas, quotes and Unicode included, read back as written
    (after neutralising)."""
    toml = (
        '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n[[events]]\nid = "e"\n'
        f'title = {_toml(title)}\nplace = {_toml(place)}\ndate = 2012-11-12\nsources = ["a"]\n'
    )
    row = rows(to_csv(kztimeline.loads(toml)))[0]
    assert row["title"] == neutralise(title)
    assert row["place"] == neutralise(place)


def _toml(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--kind", "meeting", "-o", "-"]) == 0
    assert {row["kind"] for row in rows(capsys.readouterr().out)} == {"meeting"}


def test_status_repeat_and_zone_columns(varied: Timeline) -> None:
    """A cancelled or tentative event says so; a repeat is said in words; a local time keeps
    its zone."""
    by_id = {row["id"]: row for row in rows(to_csv(varied))}
    assert by_id["parade"]["status"] == "cancelled"
    assert by_id["briefing"]["status"] == "tentative"
    assert by_id["launch"]["status"] == ""
    assert by_id["anniversary"]["repeat"] == "every year on 20 July from 1970"
    assert by_id["briefing"]["repeat"] == "every Monday at 00:30 (Asia/Almaty), 12 times"
    assert by_id["parade"]["repeat"] == ""
    assert by_id["launch"]["timezone"] == "America/New_York"
    assert by_id["parade"]["timezone"] == ""
