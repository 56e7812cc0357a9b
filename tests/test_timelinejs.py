"""TimelineJS 3 JSON, checked against the published format (timeline.knightlab.com/docs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kztimeline
from kztimeline import Timeline
from kztimeline.cli import main
from kztimeline.export.timelinejs import to_timelinejs
from tests.conftest import EVENTS

DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}


@pytest.fixture(scope="module")
def document(timeline: Timeline) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(to_timelinejs(timeline))
    return result


def check_date(value: dict[str, Any]) -> None:
    """A date object: a numeric year, then only known parts, each a number in range."""
    assert set(value) <= DATE_KEYS
    assert isinstance(value["year"], int)
    if "day" in value:
        assert "month" in value, "a day without its month"
    if "month" in value:
        assert 1 <= value["month"] <= 12
    if "hour" in value:
        assert 0 <= value["hour"] <= 23


class TestPublishedFormat:
    def test_top_level_keys(self, document: dict[str, Any]) -> None:
        """`events` (required) is a list; `title` is a slide without a date; `eras` a list."""
        assert set(document) <= {"events", "title", "eras", "scale"}
        assert isinstance(document["events"], list)
        assert set(document["title"]) == {"text"}
        assert document["title"]["text"]["headline"].startswith("Kazakhstan and the UN")

    def test_every_slide_has_the_required_keys(
        self, document: dict[str, Any], timeline: Timeline
    ) -> None:
        assert len(document["events"]) == len(timeline)
        for slide in document["events"]:
            assert set(slide) <= SLIDE_KEYS
            check_date(slide["start_date"])
            if "end_date" in slide:
                check_date(slide["end_date"])
            assert set(slide["text"]) == {"headline", "text"}

    def test_unique_ids_are_the_event_ids(
        self, document: dict[str, Any], timeline: Timeline
    ) -> None:
        assert [slide["unique_id"] for slide in document["events"]] == [e.id for e in timeline]

    def test_eras_have_start_end_and_headline(self, document: dict[str, Any]) -> None:
        for era in document["eras"]:
            assert set(era) == {"start_date", "end_date", "text"}
            check_date(era["start_date"])
            check_date(era["end_date"])
            assert set(era["text"]) == {"headline"}


def slide(document: dict[str, Any], event_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["events"] if s["unique_id"] == event_id)
    return found


class TestDates:
    @pytest.mark.parametrize(
        ("event_id", "start", "end", "display"),
        [
            ("hrc-election-2012", {"year": 2012, "month": 11, "day": 12}, None, None),
            ("upr-first-report-2010", {"year": 2010, "month": 2}, None, "Feb 2010"),
            ("osce-chairmanship-2010", {"year": 2010}, None, "2010"),
            (
                "kz-eu-cooperation-committee-12",
                {"year": 2012, "month": 11, "day": 14},
                {"year": 2012, "month": 11, "day": 16},
                None,
            ),
            (
                "hrc-membership-2013-2015",
                {"year": 2013, "month": 1, "day": 1},
                {"year": 2015},
                "1 Jan 2013 – 2015",
            ),
            ("hrc-high-level-segment", {"year": 2012}, None, "until 2012"),
        ],
    )
    def test_partial_dates_leave_out_unknown_parts(
        self,
        document: dict[str, Any],
        event_id: str,
        start: dict[str, int],
        end: dict[str, int] | None,
        display: str | None,
    ) -> None:
        """No invented day 1 or January: only the parts the sources give."""
        found = slide(document, event_id)
        assert found["start_date"] == start
        assert found.get("end_date") == end
        assert found.get("display_date") == display

    def test_qualified_date_gets_a_display_date(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "E"\ndate = "2010-02~"\nsources = ["a"]\n'
        )
        found = slide(json.loads(to_timelinejs(kztimeline.load(path))), "e")
        assert found["display_date"] == "c. Feb 2010"
        assert found["start_date"] == {"year": 2010, "month": 2}

    def test_timed_event_has_hour_and_minute(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "E"\ndate = 2012-11-12T15:30:00+06:00\nsources = ["a"]\n'
        )
        found = slide(json.loads(to_timelinejs(kztimeline.load(path))), "e")
        assert found["start_date"] == {
            "year": 2012,
            "month": 11,
            "day": 12,
            "hour": 15,
            "minute": 30,
        }
        assert found["display_date"] == "12 Nov 2012, 15:30 UTC+06:00"


class TestContent:
    def test_group_is_the_kind(self, document: dict[str, Any]) -> None:
        assert slide(document, "oic-cfm-39")["group"] == "meeting"

    def test_text_cites_the_sources(self, document: dict[str, Any]) -> None:
        text = slide(document, "oic-cfm-39")["text"]["text"]
        assert "Recognition of the country&#x27;s progress" in text
        assert "Erlan Idrisov" in text

    def test_text_is_escaped_html(self, write_events: Any) -> None:
        """TimelineJS reads text as HTML: markup from the file is shown, never run."""
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "<b>x</b>"\ndate = 2012-11-12\n'
            'description = "<script>alert(1)</script>"\nsources = ["a"]\n'
        )
        found = slide(json.loads(to_timelinejs(kztimeline.load(path))), "e")
        assert found["text"]["headline"] == "&lt;b&gt;x&lt;/b&gt;"
        assert "<script>" not in found["text"]["text"]

    def test_deterministic(self, timeline: Timeline) -> None:
        assert to_timelinejs(timeline) == to_timelinejs(timeline)


class TestEras:
    def test_terms_are_eras(self, document: dict[str, Any], timeline: Timeline) -> None:
        """Kind "term" and closed intervals of a year or more become eras; nothing else."""
        headlines = [era["text"]["headline"] for era in document["eras"]]
        assert headlines == [
            "Marat Sarsenbayev&#x27;s term on the HRC Committee",
            "Kazakhstan&#x27;s first term as a member of the Human Rights Council",
        ]
        assert not timeline["osce-chairmanship-2010"].is_long_period  # a year, but one point
        assert not timeline["hrc-high-level-segment"].is_long_period  # open: no known start

    def test_long_interval_of_another_kind_is_an_era(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "E"\ndate = "2010/2011"\nkind = "war"\nsources = ["a"]\n'
        )
        document = json.loads(to_timelinejs(kztimeline.load(path)))
        assert document["eras"][0]["start_date"] == {"year": 2010}
        assert document["eras"][0]["end_date"] == {"year": 2011}

    def test_no_eras_key_without_eras(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "E"\ndate = 2010-01-01\nsources = ["a"]\n'
        )
        assert "eras" not in json.loads(to_timelinejs(kztimeline.load(path)))


def test_cli_export_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "timelinejs", "--from", "2012-11-15", "-o", "-"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {s["unique_id"] for s in document["events"]} >= {"oic-cfm-39", "sir-bani-yas-forum-2012"}


def test_cli_empty_selection_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "timelinejs", "--kind", "nothing", "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no events to export" in err


def test_cli_default_path_is_in_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without -o, the file goes to exports/ under the name `kztimeline build` gives it."""
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(EVENTS), "--format", "timelinejs"]) == 0
    written = tmp_path / "exports" / "events.timeline.json"
    assert capsys.readouterr().out == f"{Path('exports') / 'events.timeline.json'}\n"
    assert json.loads(written.read_text(encoding="utf-8"))["events"]


def test_cli_binary_format_refuses_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "png", "-o", "-"]) == 2
    assert "png is not text" in capsys.readouterr().err


def test_cli_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "docx"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_status_in_the_headline_and_repeat_in_the_text(varied: Timeline) -> None:
    slides = {slide["unique_id"]: slide for slide in json.loads(to_timelinejs(varied))["events"]}
    assert slides["parade"]["text"]["headline"] == "Parade (cancelled)"
    assert slides["briefing"]["text"]["headline"] == "Weekly briefing (tentative)"
    assert slides["launch"]["text"]["headline"] == "Apollo 11 launch"
    assert "every year on 20 July from 1970" in slides["anniversary"]["text"]["text"]
    assert "every Monday at 00:30 (Asia/Almaty), 12 times" in slides["briefing"]["text"]["text"]
    assert "every" not in slides["launch"]["text"]["text"]
