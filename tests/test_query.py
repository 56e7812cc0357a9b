"""Date-range queries: inclusive bounds, partial dates, overlap versus within, and the index."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kztimeline
from kztimeline import QueryError, Timeline, query
from kztimeline.query import TimelineIndex

WEEK_WITHIN = [
    "mfa-briefing-2012-11-14",
    "kz-eu-cooperation-committee-12",
    "oic-cfm-39",
    "sir-bani-yas-forum-2012",
]
WEEK_OVERLAPPING = [
    "hrc-high-level-segment",
    "mazhilis-elections-2012",
    "sarsenbayev-hrc-committee-term",
    "expert-reactions-2012",
    *WEEK_WITHIN,
]


class TestBetween:
    def test_within_the_week_of_13_to_18_november_are_exactly_the_four_meetings(
        self, timeline: Timeline
    ) -> None:
        week = timeline.between("2012-11-13", "2012-11-18", within=True)
        assert [event.id for event in week] == WEEK_WITHIN

    def test_overlapping_the_week_adds_the_events_that_may_fall_in_it(
        self, timeline: Timeline
    ) -> None:
        week = timeline.between("2012-11-13", "2012-11-18")
        assert [event.id for event in week] == WEEK_OVERLAPPING

    def test_a_partial_bound_covers_its_whole_period(self, timeline: Timeline) -> None:
        by_month = timeline.between("2012-11", "2012-11")
        by_day = timeline.between(date(2012, 11, 1), date(2012, 11, 30))
        assert [e.id for e in by_month] == [e.id for e in by_day]
        assert [e.id for e in timeline.between("2010", "2010", within=True)] == [
            "osce-chairmanship-2010",
            "upr-first-report-2010",
        ]

    def test_datetime_bounds_count_by_their_day(self, timeline: Timeline) -> None:
        by_time = timeline.between(datetime(2012, 11, 12, 23), datetime(2012, 11, 12, 23, 59))
        assert "hrc-election-2012" in [event.id for event in by_time]

    def test_a_start_after_the_end_is_a_value_error(self, timeline: Timeline) -> None:
        with pytest.raises(ValueError, match="after it ends") as caught:
            timeline.between("2013", "2012")
        assert isinstance(caught.value, QueryError)

    def test_on_is_a_one_day_window(self, timeline: Timeline) -> None:
        assert [e.id for e in timeline.on(date(2012, 11, 12))][-2:] == [
            "hrc-election-2012",
            "expert-reactions-2012",
        ]


HEADER = '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n'
DATES = st.one_of(
    st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(lambda d: d.isoformat()),
    st.tuples(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(0, 4000)).map(
        lambda p: f'"{p[0].isoformat()}/{date.fromordinal(p[0].toordinal() + p[1]).isoformat()}"'
    ),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12)).map(lambda p: f'"{p[0]}-{p[1]:02d}"'),
    st.integers(1990, 2030).map(lambda y: f'"{y}"'),
    st.integers(1990, 2030).map(lambda y: f'"../{y}"'),
    st.integers(1990, 2030).map(lambda y: f'"{y}-05-01/.."'),
)
RULES = st.sampled_from(
    [
        "",
        "FREQ=YEARLY;COUNT=5",
        "FREQ=MONTHLY;COUNT=30",
        "FREQ=YEARLY",
        # Rules found by arithmetic in each window: endless, or too long to index.
        "FREQ=WEEKLY",
        "FREQ=MONTHLY;INTERVAL=2",
        "FREQ=WEEKLY;COUNT=150",
        "FREQ=MONTHLY;COUNT=400",
    ]
)


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    lines = [HEADER]
    for number in range(draw(st.integers(0, 25))):
        written = draw(DATES)
        rule = draw(RULES) if written.count("-") == 2 and "/" not in written else ""
        lines.append(f'[[events]]\nid = "e{number}"\ntitle = "t"\ndate = {written}\n')
        lines.append('sources = ["a"]\n' + (f'repeat = "{rule}"\n' if rule else ""))
    return kztimeline.loads("".join(lines))


def _scan(timeline: Timeline, first: date, last: date, within: bool) -> list[tuple[str, date]]:
    """The naive answer: every occurrence, tested one by one, in chronological order."""
    found = []
    for event in timeline:
        # A rule is only on single days here: its occurrences in the window are all it has.
        for occurrence in event.occurrences(first, last) if event.is_recurring else [event]:
            a, b = occurrence.first_day, occurrence.last_day
            inside = first <= a and b <= last if within else a <= last and first <= b
            if inside:
                found.append((occurrence.sort_key(), occurrence.id, occurrence.first_day))
    return [(event_id, day) for _, event_id, day in sorted(found)]


@settings(max_examples=150, deadline=None)
@given(
    timelines(), st.dates(date(1985, 1, 1), date(2035, 1, 1)), st.integers(0, 800), st.booleans()
)
def test_the_index_answers_like_a_linear_scan(
    timeline: Timeline, first: date, length: int, within: bool
) -> None:
    """Ranges, month and year precision, open intervals and recurrences, any window."""
    last = date.fromordinal(first.toordinal() + length)
    got = [(event.id, event.first_day) for event in timeline.between(first, last, within=within)]
    assert got == _scan(timeline, first, last, within)


class TestTimelineIndex:
    def test_between_returns_the_events_in_order_not_a_timeline(self, timeline: Timeline) -> None:
        index = TimelineIndex(timeline.events)
        found = index.between(date(2012, 11, 13), date(2012, 11, 18), within=True)
        assert isinstance(found, list)
        assert [event.id for event in found] == WEEK_WITHIN

    def test_positions_point_into_the_indexed_sequence(self, timeline: Timeline) -> None:
        index = TimelineIndex(timeline.events)
        positions = index.positions(date(2012, 11, 13), date(2012, 11, 18))
        assert positions == sorted(positions)
        assert [timeline.events[p].id for p in positions] == WEEK_OVERLAPPING

    def test_rules_with_no_end_are_found_by_their_shape_and_extent(self) -> None:
        """Endless rules are held apart from the ranks, grouped by shape: they still count in
        positions() by their whole extent, and give their occurrences in between()."""
        text = HEADER + (
            '[[events]]\nid = "d"\ntitle = "D"\nsources = ["a"]\ndate = 2010-01-05\n'
            '[[events]]\nid = "m"\ntitle = "M"\nsources = ["a"]\n'
            'date = 2000-01-03\nrepeat = "FREQ=WEEKLY;BYDAY=MO"\n'
            '[[events]]\nid = "n"\ntitle = "N"\nsources = ["a"]\n'
            'date = 2009-01-05\nrepeat = "FREQ=WEEKLY;BYDAY=MO"\n'
        )
        events = kztimeline.loads(text).events
        index = TimelineIndex(events)
        assert [events[p].id for p in index.positions(date(2010, 1, 5), date(2010, 1, 5))] == [
            "m",
            "n",
            "d",
        ]
        assert [events[p].id for p in index.positions(date(2005, 1, 1), date(2005, 1, 1))] == ["m"]
        assert index.positions(date(1999, 1, 1), date(1999, 12, 31)) == []
        assert index.between(date(2010, 1, 5), date(2010, 1, 5), within=False) == [events[2]]
        monday = index.between(date(2010, 1, 4), date(2010, 1, 5), within=True)
        assert [(e.id, e.recurrence_id) for e in monday] == [
            ("m", date(2010, 1, 4)),
            ("n", date(2010, 1, 4)),
            ("d", None),
        ]

    def test_an_indexed_occurrence_is_made_once(self) -> None:
        """The event of an occurrence is made by the first query that returns it and kept."""
        text = HEADER + (
            '[[events]]\nid = "r"\ntitle = "R"\nsources = ["a"]\n'
            'date = 2000-03-01\nrepeat = "FREQ=YEARLY;COUNT=5"\n'
        )
        timeline = kztimeline.loads(text)
        first = timeline.between("2002", "2002")
        again = timeline.between("2001", "2003")
        assert [event.recurrence_id for event in first] == [date(2002, 3, 1)]
        assert first["r"] is again.events[1]

    def test_an_occurrence_found_by_arithmetic_is_made_once_and_kept_bounded(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An endless rule's occurrence is the same object in the next window that holds it;
        at most MADE_OCCURRENCES are kept, the oldest dropped first."""
        monkeypatch.setattr(query, "MADE_OCCURRENCES", 3)
        text = HEADER + (
            '[[events]]\nid = "w"\ntitle = "W"\nsources = ["a"]\n'
            'date = 2000-01-03\nrepeat = "FREQ=WEEKLY"\n'
        )
        timeline = kztimeline.loads(text)
        first = timeline.between("2030-01-01", "2030-01-14")
        again = timeline.between("2030-01-07", "2030-01-07")
        assert [event.first_day for event in first] == [date(2030, 1, 7), date(2030, 1, 14)]
        assert again.events[0] is first.events[0]
        later = timeline.between("2030-02-01", "2030-02-28")
        assert len(later) == 4
        assert timeline.between("2030-01-07", "2030-01-07").events[0] is not first.events[0]
