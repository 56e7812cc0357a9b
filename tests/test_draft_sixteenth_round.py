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


def test_a_ship_that_hit_a_wall_on_a_day_gone() -> None:
    events = _events(
        "The coaster Whimbrel hit the pier at Saltby on Monday night. Nobody was hurt.",
        published="2025-06-13",
    )
    assert set(events) == {"2025-06-09"}
    # what will or could hit lies ahead
    storm = _events("The storm could hit the coast on Monday.", published="2025-06-13")
    assert storm["2025-06-16"][1] == "tentative"


def test_a_clause_after_a_colon_and_a_participle_before_the_subject() -> None:
    events = _events(
        "Lying on the old drove road, Harbury suffered in the civil war: it was plundered by "
        "both armies in 1643 and 1645."
    )
    assert events["1643"][0] == "Harbury was plundered by both armies"
    assert events["1645"][0] == "Harbury was plundered by both armies"
    # a plan told after a colon keeps its own subject
    plan = _events("The trust's aim is clear: the mill will grind again in 2027.")
    assert plan["2027"][0].startswith("The mill will grind")
