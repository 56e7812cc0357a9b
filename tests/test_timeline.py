"""The timeline collection: size, order, lookup by id, filters, and what queries return."""

from __future__ import annotations

import pytest

from kztimeline.timeline import Timeline


class TestFilter:
    @pytest.mark.parametrize("person", ["abibullayev", "Altay Abibullayev", "Altai Abibullayev"])
    def test_person_matches_id_name_or_alias(self, timeline: Timeline, person: str) -> None:
        assert [e.id for e in timeline.filter(person=person)] == ["mfa-briefing-2012-11-14"]

    def test_kind_tag_and_place(self, timeline: Timeline) -> None:
        assert len(timeline.filter(kind="meeting")) == 4
        assert [e.id for e in timeline.filter(tag="oic")] == ["oic-cfm-39"]
        assert [e.id for e in timeline.filter(place="Brussels")] == [
            "kz-eu-cooperation-committee-12"
        ]


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
