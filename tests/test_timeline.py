"""The timeline collection: size, order, lookup by id, filters, and what queries return."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

import kztimeline
from kztimeline.plot import plot_bytes
from kztimeline.timeline import Timeline


class TestFilter:
    @pytest.mark.parametrize(
        "person",
        ["abibullayev", "Abibullayev", "ABIBULLAYEV", "Altay Abibullayev", "altai abibullayev"],
    )
    def test_person_matches_id_name_or_alias(self, timeline: Timeline, person: str) -> None:
        assert [e.id for e in timeline.filter(person=person)] == ["mfa-briefing-2012-11-14"]

    def test_kind_tag_and_place(self, timeline: Timeline) -> None:
        assert len(timeline.filter(kind="meeting")) == 4
        assert [e.id for e in timeline.filter(tag="oic")] == ["oic-cfm-39"]
        assert [e.id for e in timeline.filter(place="Brussels")] == [
            "kz-eu-cooperation-committee-12"
        ]

    @pytest.mark.parametrize(("kind", "tag"), [("Meeting", "OIC"), ("MEETING", "Oic")])
    def test_kind_and_tag_match_in_any_case(self, timeline: Timeline, kind: str, tag: str) -> None:
        meetings = [e.id for e in timeline.filter(kind="meeting")]
        assert [e.id for e in timeline.filter(kind=kind)] == meetings
        assert [e.id for e in timeline.filter(tag=tag)] == ["oic-cfm-39"]
        assert len(timeline.filter(kind="meet")) == 0  # the whole name, not a part of it

    def test_list_kind_in_another_case(self, capsys: pytest.CaptureFixture[str]) -> None:
        from kztimeline.cli import main

        assert main(["list", "--kind", "Meeting", "--tag", "OIC"]) == 0
        out = capsys.readouterr().out
        assert "39th OIC Council of Foreign Ministers" in out
        assert "no events" not in out


class TestTimeline:
    def test_is_sized_iterable_and_indexed_by_id(self, timeline: Timeline) -> None:
        assert len(timeline) == 14 == len(list(timeline))
        assert timeline["oic-cfm-39"].place == "Djibouti"
        with pytest.raises(KeyError):
            timeline["nothing"]

    def test_is_chronological(self, timeline: Timeline) -> None:
        keys = [event.sort_key() for event in timeline]
        assert keys == sorted(keys)


class TestQueries:
    def test_between_keeps_the_title_sources_and_people(self, timeline: Timeline) -> None:
        week = timeline.between("2012-11-13", "2012-11-18")
        assert isinstance(week, Timeline)
        assert (week.title, week.sources, week.people) == (
            timeline.title,
            timeline.sources,
            timeline.people,
        )
        assert 0 < len(week) < len(timeline)

    def test_a_notebook_shows_the_shared_table(self, timeline: Timeline) -> None:
        from kztimeline._table import notebook_html

        assert timeline._repr_html_() == notebook_html(timeline)
        assert "<table>" in timeline._repr_html_()


class TestSearch:
    """``filter(search=...)``: every word, in any field a reader would search by."""

    @pytest.mark.parametrize(
        ("search", "ids"),
        [
            ("apollo", ["launch"]),
            ("Edwin", ["launch"]),  # an alias
            ("buzz PILOT", ["launch"]),  # a name and a role, in any case
            ("ceremony", ["parade"]),  # a kind
            ("nyc", ["parade"]),  # a tag
            ("anniversary", ["anniversary"]),  # an id
            ("houston", ["anniversary"]),  # a place
            ("cancelled", ["parade"]),  # a status
            ("almaty", ["briefing"]),  # a time zone
            ("every monday", ["briefing"]),  # a repeat, in words
            ("1969", ["launch", "parade"]),  # a date
            ("", ["launch", "parade", "anniversary", "briefing"]),
            ("apollo parade", []),  # every word must match the same event
        ],
    )
    def test_finds_by_every_field(self, varied: Timeline, search: str, ids: list[str]) -> None:
        assert [event.id for event in varied.filter(search=search)] == ids

    def test_combines_with_the_other_filters(self, varied: Timeline) -> None:
        assert [e.id for e in varied.filter(search="1969", place="kennedy")] == ["launch"]

    def test_search_text_holds_aliases_and_roles(self, varied: Timeline) -> None:
        text = varied.search_text(varied["launch"])
        assert "edwin aldrin" in text.split("\n")
        assert "lunar module pilot" in text.split("\n")


class TestPlace:
    @pytest.mark.parametrize("place", ["Houston", "houston", "AFB", "ellington afb, houston"])
    def test_matches_any_part_in_any_case(self, varied: Timeline, place: str) -> None:
        assert [e.id for e in varied.filter(place=place)] == ["anniversary"]

    def test_a_place_not_there_matches_nothing(self, varied: Timeline) -> None:
        assert len(varied.filter(place="Dallas")) == 0


def test_matches_search_needs_every_word() -> None:
    from kztimeline.timeline import matches_search

    assert matches_search("buzz aldrin\nhouston", "Aldrin HOU")
    assert not matches_search("buzz aldrin\nhouston", "aldrin dallas")
    assert matches_search("anything", "  ")


def test_an_offset_date_time_counts_on_its_day_as_written(write_events: Any) -> None:
    """23:30 at -05:00 is 04:30 UTC the next day; the event stays on the day written."""
    timeline = kztimeline.load(
        write_events(
            '[[events]]\nid = "late"\ntitle = "Late"\n'
            'date = 2012-11-12T23:30:00-05:00\nsources = ["a"]\n'
        )
    )
    assert timeline["late"].first_day == date(2012, 11, 12)
    assert [event.id for event in timeline.on("2012-11-12")] == ["late"]
    assert len(timeline.between("2012-11-13", "2012-11-30")) == 0


def test_each_occurrence_in_a_window_says_the_rule_it_comes_from(varied: Timeline) -> None:
    """A query gives one event per occurrence; each still says that, and how, it repeats."""
    window = varied.between("1975", "1976")
    assert [(event.id, event.recurrence_id) for event in window] == [
        ("anniversary", date(1975, 7, 20)),
        ("anniversary", date(1976, 7, 20)),
    ]
    for occurrence in window:
        assert occurrence.repeat is None
        assert occurrence.notes == ("every year on 20 July from 1970",)
    assert [event.id for event in window.filter(search="every year")] == ["anniversary"] * 2


class TestStamp:
    """One reproducible timestamp serves the calendar's DTSTAMP and the PDF's date."""

    BODY = """
[[events]]
id = "e"
title = "E"
date = "2014-05"
sources = ["a"]
"""

    def test_source_date_epoch_comes_first(
        self, write_events: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
        timeline = kztimeline.load(write_events(self.BODY))
        assert timeline.stamp == datetime(1970, 1, 2, tzinfo=UTC)

    def test_then_revised_then_the_newest_source_then_the_last_day(
        self, write_events: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        newest_source = kztimeline.load(write_events(self.BODY))
        assert newest_source.stamp == datetime(2012, 11, 13, tzinfo=UTC)
        revised = kztimeline.load(
            write_events(
                self.BODY,
                header='[timeline]\ntitle = "T"\nrevised = 2015-01-02\n[sources.a]\ntitle = "A"\n',
            )
        )
        assert revised.stamp == datetime(2015, 1, 2, tzinfo=UTC)
        undated = kztimeline.load(
            write_events(self.BODY, header='[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n')
        )
        assert undated.stamp == datetime(2014, 5, 31, tzinfo=UTC)

    def test_a_malformed_epoch_is_one_line_naming_it(
        self, write_events: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
        timeline = kztimeline.load(write_events(self.BODY))
        with pytest.raises(kztimeline.ExportOptionError, match="SOURCE_DATE_EPOCH='yesterday'"):
            timeline.stamp  # noqa: B018 - the property is what raises

    def test_the_calendar_and_the_pdf_carry_the_same_moment(
        self, write_events: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1352764800")  # 2012-11-13T00:00:00Z
        timeline = kztimeline.load(write_events(self.BODY))
        assert "DTSTAMP:20121113T000000Z" in kztimeline.to_ics(timeline)
        assert b"/CreationDate (D:20121113000000Z)" in plot_bytes(timeline, "pdf")
