"""EDTF dates: precision, first and last day, qualifiers, intervals, and the errors."""

from __future__ import annotations

from datetime import date

import edtf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kztimeline import DateError, Precision, Qualifier, parse_date
from kztimeline.dates import EventDate

EXAMPLES = [
    # text, precision, first day, last day, qualifier, label
    ("2012", Precision.YEAR, date(2012, 1, 1), date(2012, 12, 31), Qualifier.NONE, "2012"),
    ("2010-02", Precision.MONTH, date(2010, 2, 1), date(2010, 2, 28), Qualifier.NONE, "Feb 2010"),
    ("2012-02", Precision.MONTH, date(2012, 2, 1), date(2012, 2, 29), Qualifier.NONE, "Feb 2012"),
    (
        "2012-11-12",
        Precision.DAY,
        date(2012, 11, 12),
        date(2012, 11, 12),
        Qualifier.NONE,
        "12 Nov 2012",
    ),
    (
        "2010-02~",
        Precision.MONTH,
        date(2010, 2, 1),
        date(2010, 2, 28),
        Qualifier.APPROXIMATE,
        "c. Feb 2010",
    ),
    ("2012?", Precision.YEAR, date(2012, 1, 1), date(2012, 12, 31), Qualifier.UNCERTAIN, "2012?"),
    (
        "2012-11-14/2012-11-16",
        Precision.DAY,
        date(2012, 11, 14),
        date(2012, 11, 16),
        Qualifier.NONE,
        "14–16 Nov 2012",
    ),
    ("2013-01-01/2015", Precision.YEAR, date(2013, 1, 1), date(2015, 12, 31), Qualifier.NONE, None),
    ("../2012", Precision.YEAR, date.min, date(2012, 12, 31), Qualifier.NONE, "until 2012"),
    ("2012-05/..", Precision.MONTH, date(2012, 5, 1), date.max, Qualifier.NONE, "from May 2012"),
]


@pytest.mark.parametrize(("text", "precision", "first", "last", "qualifier", "label"), EXAMPLES)
def test_examples(
    text: str,
    precision: Precision,
    first: date,
    last: date,
    qualifier: Qualifier,
    label: str | None,
) -> None:
    parsed = parse_date(text)
    assert parsed.text == text
    assert parsed.precision == precision
    assert (parsed.first_day, parsed.last_day) == (first, last)
    assert parsed.qualifier == qualifier
    if label is not None:
        assert parsed.label() == label


def _oracle(text: str) -> tuple[date, date]:
    """First and last day according to the edtf package."""
    parsed = edtf.parse_edtf(text)
    low, high = parsed.lower_strict(), parsed.upper_strict()
    return date(*low[:3]), date(*high[:3])


@pytest.mark.parametrize(
    "text",
    [
        "2012",
        "2010-02",
        "2012-02",
        "1900-02",
        "2000-02",
        "2012-11-12",
        "2012-11-14/2012-11-16",
        "2013-01-01/2015",
        "2010-02/2012",
        "2012-12-31",
        "0001",
        "9999-12",
    ],
)
def test_first_and_last_day_agree_with_the_edtf_package(text: str) -> None:
    parsed = parse_date(text)
    assert (parsed.first_day, parsed.last_day) == _oracle(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2012-11-16/2012-11-14",
            "end 2012-11-14 is before start 2012-11-16; if the sides are swapped, "
            'write "2012-11-14/2012-11-16"',
        ),
        ("2012-02-30", "day 30 in '2012-02-30' does not exist; February 2012 has 29 days"),
        ("2012-13", "month 13 in '2012-13' does not exist; use 01 to 12"),
        ("0000", "year 0000 in '0000' is outside 1–9999"),
    ],
)
def test_bad_dates_are_refused_with_what_to_change(text: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == message


PARTS = st.tuples(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))


@st.composite
def partial(draw: st.DrawFn) -> str:
    year, month, day = draw(PARTS)
    day = min(day, 28)
    text = draw(
        st.sampled_from(
            [f"{year:04d}", f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{day:02d}"]
        )
    )
    return text + draw(st.sampled_from(["", "?", "~", "%"]))


@st.composite
def edtf_strings(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(["single", "interval", "open start", "open end"]))
    if shape == "single":
        return draw(partial())
    if shape == "open start":
        return "../" + draw(partial())
    if shape == "open end":
        return draw(partial()) + "/.."
    a, b = sorted([draw(partial()), draw(partial())], key=lambda t: parse_date(t).first_day)
    if parse_date(b).last_day < parse_date(a).last_day:
        b = a
    return f"{a}/{b}"


@given(edtf_strings())
def test_any_valid_edtf_string_parses_with_first_day_not_after_last(text: str) -> None:
    parsed = parse_date(text)
    assert parsed.first_day <= parsed.last_day
    assert parsed.text == text
    assert parsed.known_first_day <= parsed.known_last_day


@pytest.mark.parametrize("with_offset", [False, True])
def test_a_timed_date_shifted_to_another_day_is_the_checked_date_at_that_moment(
    with_offset: bool,
) -> None:
    # New York leaves winter time at 2:00 on 10 March 2024: a two-hour span from 1:30 keeps
    # its exact length across it, and every day keeps the written form (offset or local).
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    start = datetime(2024, 3, 9, 1, 30, tzinfo=ZoneInfo("America/New_York"))
    text = None if with_offset else start.replace(tzinfo=None).isoformat()
    original = EventDate.at(start, text=text, until=start + timedelta(hours=2))
    for _ in range(2):  # the second time reads what the first one kept
        for day in (date(2024, 3, 10), date(2024, 11, 3), date(1999, 1, 31)):
            moment = start.replace(year=day.year, month=day.month, day=day.day)
            shifted = original.shifted_to(day)
            assert shifted == original.moved_to(moment)  # moved_to checks, as a reading does
            assert shifted.time == moment
            assert shifted.until is not None
            assert shifted.until.astimezone(UTC) - moment.astimezone(UTC) == timedelta(hours=2)
            assert shifted.text.startswith(f"{day.isoformat()}T01:30")
            assert (shifted.text[-6] == "-") == with_offset


def test_a_whole_day_date_shifted_keeps_its_length_and_is_shared_for_one_day() -> None:
    single, span = parse_date("2012-11-12~"), parse_date("2012-11-12/2012-11-14")
    moved = single.shifted_to(date(2020, 2, 29))
    assert moved == EventDate.on(date(2020, 2, 29))
    assert moved.text == "2020-02-29"
    assert single.shifted_to(date(2020, 2, 29)) is moved  # one object a day, not one a rule
    assert span.shifted_to(date(2020, 2, 28)).last_day == date(2020, 3, 1)
