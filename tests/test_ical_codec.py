"""The iCalendar codec: every value format written and read back, and the forms RFC 5545 asks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kztimeline.errors import CalendarValueError
from kztimeline.ical._components import _content_lines
from kztimeline.ical.codec import (
    escape_text,
    fold,
    format_date,
    format_duration,
    format_local,
    format_offset,
    format_utc,
    parse_date,
    parse_date_time,
    parse_duration,
    parse_offset,
    unescape_text,
    unfold,
)


class TestText:
    @given(st.text(st.characters(blacklist_categories=("Cs",))))
    def test_unescape_reverses_escape_with_line_ends_made_lf(self, text: str) -> None:
        expected = text.replace("\r\n", "\n").replace("\r", "\n")
        assert unescape_text(escape_text(text)) == expected

    def test_capital_n_is_a_newline_too(self) -> None:
        assert unescape_text("a\\Nb\\,c\\;d\\\\e") == "a\nb,c;d\\e"


class TestLines:
    @given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")))
    def test_unfold_reverses_fold(self, text: str) -> None:
        line = "DESCRIPTION:" + escape_text(text)
        assert unfold(fold(line) + "\r\n") == [(1, line)]

    def test_unfold_numbers_lines_and_accepts_any_line_end(self) -> None:
        assert unfold("A:1\r\n b\nB:2\r\tc\r\n\r\nC:3") == [(1, "A:1b"), (3, "B:2c"), (6, "C:3")]

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["A:1", "B;X=y:2", " c", "\td", "", " ", "  ", "é:ü"]),
                st.sampled_from(["\r\n", "\n", "\r"]),
            ),
            max_size=12,
        )
    )
    def test_the_import_reads_the_lines_that_unfold_reads(
        self, lines: list[tuple[str, str]]
    ) -> None:
        """The import reads a calendar's lines from its bytes, a line at a time; it must join
        and number them as unfold does, blank lines and folds after them included."""
        text = "".join(line + end for line, end in lines)
        read = [(number, line) for number, line, _, _ in _content_lines(text.encode())]
        assert read == unfold(text)


class TestDates:
    @given(st.dates())
    def test_a_date_round_trips_with_four_digit_years(self, day: date) -> None:
        assert len(format_date(day)) == 8
        assert parse_date(format_date(day)) == day

    @given(st.datetimes(timezones=st.just(UTC)))
    def test_a_utc_date_time_round_trips_to_the_second(self, moment: datetime) -> None:
        assert parse_date_time(format_utc(moment)) == moment.replace(microsecond=0)

    def test_local_is_the_wall_clock_and_utc_the_instant(self) -> None:
        moment = datetime(2024, 3, 4, 0, 30, tzinfo=timezone(timedelta(hours=5)))
        assert format_local(moment) == "20240304T003000"
        assert format_utc(moment) == "20240303T193000Z"
        assert parse_date_time("20240304T003000") == datetime(2024, 3, 4, 0, 30)

    @pytest.mark.parametrize(
        ("text", "message"),
        [("2012-11-14", "not a date such as"), ("20121314", "not a real date")],
    )
    def test_a_bad_date_says_why(self, text: str, message: str) -> None:
        with pytest.raises(CalendarValueError, match=message):
            parse_date(text)


class TestDurationsAndOffsets:
    @pytest.mark.parametrize(
        ("span", "text"),
        [
            (timedelta(0), "PT0S"),
            (timedelta(days=3), "P3D"),
            (timedelta(hours=1, minutes=30), "PT1H30M"),
            (timedelta(days=1, hours=2, seconds=5), "P1DT2H5S"),
        ],
    )
    def test_durations_both_ways(self, span: timedelta, text: str) -> None:
        assert format_duration(span) == text
        assert parse_duration(text) == span

    def test_weeks_and_a_sign_are_read(self) -> None:
        assert parse_duration("-P2W") == -timedelta(weeks=2)

    @pytest.mark.parametrize("text", ["P", "PT", "1D", "P1H"])
    def test_a_malformed_duration_is_refused(self, text: str) -> None:
        with pytest.raises(CalendarValueError):
            parse_duration(text)

    @pytest.mark.parametrize(
        ("offset", "text"),
        [(timedelta(hours=6), "+0600"), (-timedelta(hours=3, minutes=30), "-0330")],
    )
    def test_offsets_both_ways(self, offset: timedelta, text: str) -> None:
        assert format_offset(offset) == text
        assert parse_offset(text) == offset
