"""Dates counted from the one named before: how far the grammar's match says, and where
that lands from the date named before."""

from __future__ import annotations

import re

import pytest

from kztimeline.draft.counted import DAY_OF_THE_MONTH, LETTER_S_MONTHS, shift_of, shifted
from kztimeline.draft.relative import RELATIVE_SHAPES
from kztimeline.edtf import parse_partial_date

_ANCHORED = re.compile(dict(RELATIVE_SHAPES)["anchored"])


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("two days later", (2, "day")),
        ("three weeks earlier", (-21, "day")),
        ("the following Friday", (1, "friday")),
        ("on the 22nd", (22, DAY_OF_THE_MONTH)),
        ("on the 22d", (22, DAY_OF_THE_MONTH)),  # the old ordinal
        ("Sat. 13th.", (13, f"{DAY_OF_THE_MONTH}, saturday")),
        ("on the 2nd inst.", (2, LETTER_S_MONTHS[0])),
        ("on the 28th of last month", (28, LETTER_S_MONTHS[1])),
        ("work began that October", (10, "month of that year")),
    ],
)
def test_how_far_a_match_counts(text: str, shift: tuple[int, str]) -> None:
    match = _ANCHORED.search(text)
    assert match is not None
    assert shift_of(match) == shift


@pytest.mark.parametrize(
    ("anchor", "count", "unit", "expected"),
    [
        ("2024-08-06", 2, "day", "2024-08-08"),
        ("2024-08", 1, "month", "2024-09"),
        ("2024-08-06", 22, DAY_OF_THE_MONTH, "2024-08-22"),
        ("2024-08-26", 22, DAY_OF_THE_MONTH, None),  # no later day of that month
        ("1851-10-09", 6, LETTER_S_MONTHS[0], "1851-10-06"),  # the letter's month, before it
        ("1851-10-09", 22, LETTER_S_MONTHS[1], "1851-09-22"),
        # a weekday's day: the nearest to the day named last that the weekday fits, in that
        # month or the next (February and March 1913 share their weekdays)
        ("1913-02-14", 10, f"{DAY_OF_THE_MONTH}, monday", "1913-02-10"),
        ("1906-06-30", 9, f"{DAY_OF_THE_MONTH}, saturday", "1906-06-09"),
        ("1913-02-25", 3, f"{DAY_OF_THE_MONTH}, monday", "1913-03-03"),
        ("1913-02-08", 10, f"{DAY_OF_THE_MONTH}, tuesday", None),  # the weekday belies it
        ("1911-01", 9, f"{DAY_OF_THE_MONTH}, monday", "1911-01-09"),  # under "January 1911"
        ("2022-07-30", 10, "month of that year", "2022-10"),
    ],
)
def test_where_a_count_lands(anchor: str, count: int, unit: str, expected: str | None) -> None:
    assert shifted(parse_partial_date(anchor), count, unit) == expected
