"""A deadline named as a closing date, a list of a day's hours in four figures, and a day a
thing is fixed for: each rule on texts of other kinds than the ones it was found in, and
the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_closing_date_with_its_word_before_it() -> None:
    events = _events(
        "Nominations must reach the clerk by the final closing date of 14 March 2026.",
        published="2026-02-01",
    )
    assert set(events) == {"../2026-03-14"}
    # a closing date that names a day gone is still a day, not a bound
    assert set(_events("The final closing date was 14 March 2026.", published="2026-04-01")) == {
        "2026-03-14"
    }


def test_a_day_s_hours_in_four_figures_are_no_years() -> None:
    bulletin = _events(
        "The harbour radio reads the forecast at 0100, 0500, 0900, 1300, 1700 and 2100 UTC.",
        published="2025-11-20",
    )
    assert bulletin == {}
    # a list of years stays a list of years
    years = _events("The chapel was enlarged in 1790, 1820 and 1850.")
    assert set(years) == {"1790", "1820", "1850"}


def test_a_day_a_thing_is_fixed_for() -> None:
    letter = (
        "Kelso, 4th May 1832.\nMy Lord,\nThe roup of the Mains stock is fixed for the 20th, "
        "and the auctioneer is engaged.\nJ. Hale\n"
    )
    events = _events(letter)
    assert events["1832-05-20"][1] == "tentative"
    # a thing done for the nth time is no day
    assert _events("She sang for the 3rd time at the festival in 2019.") == {
        "2019": ("She sang for the 3rd time at the festival", None)
    }


def test_an_entry_s_weekday_and_its_weather_give_the_day_to_what_was_done() -> None:
    diary = (
        "Diary of the Home Farm, 1926\n\n"
        "Mar. 6th. Sat. Sharp frost. The thatcher finished the barn roof.\n\n"
        "Mar. 8th. Mon. Ploughed the top field.\n"
    )
    events = _events(diary)
    assert events["1926-03-06"][0] == "The thatcher finished the barn roof"
    assert events["1926-03-08"][0] == "Ploughed the top field"


def test_a_participle_opening_the_sentence_is_no_subject() -> None:
    events = _events(
        "Standing beside the ford, the old mill burned in 1820. It was rebuilt in 1825 by the "
        "Hurst family."
    )
    assert events["1825"][0] == "The old mill was rebuilt by the Hurst family"
    # "Anything" opens no participle
    sale = _events(
        "Anything at the sale, the auctioneer said, would go cheap; it took place on 12 June 1923."
    )
    assert not sale["1923-06-12"][0].startswith("The auctioneer")


def test_an_entry_s_weekday_before_its_month() -> None:
    diary = (
        "Diary 1915\n\nWed. Dec. 1st. Went to Hexford with Father.\n\n"
        "Thu. Dec. 2nd. Wrote to Annie.\n"
    )
    events = _events(diary)
    assert events["1915-12-01"][0] == "Went to Hexford with Father"
    assert events["1915-12-02"][0] == "Wrote to Annie"


def test_a_plan_called_off_is_no_day() -> None:
    letter = (
        "Kinyamba, 20th March 1887.\nDear Sir,\nThe meeting was set for the 12th, but was "
        "cancelled when the chairman fell ill.\nJ. Hale\n"
    )
    assert "1887-03-12" not in _events(letter)
