"""Weekdays ahead after a participle or a likelihood, a meeting called for a day, a span of
weekdays opening its sentence, doubts of the teller, a deed's "12th day of July", "about the
year", and a deadline that gives no year to the plans after it: each rule on texts of other
kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_participle_after_a_noun_is_no_verb_of_the_day() -> None:
    events = _events(
        "The Prime Minister will visit families displaced by the landslide on Thursday.",
        published="2025-03-03",
    )
    assert events["2025-03-06"][1] == "tentative"
    # the verb itself still tells the past: "Prices increased by 2 per cent in March"
    assert set(_events("Prices increased by 2 per cent in March.", published="2025-01-22")) == {
        "2024-03"
    }


def test_a_likelihood_and_a_meeting_called_for_a_day_lie_ahead() -> None:
    likely = _events(
        "Showers are likely to return to western hills on Sunday.", published="2025-05-14"
    )
    assert likely["2025-05-18"][1] == "tentative"
    called = _events(
        "The harbour board called an extraordinary meeting for Tuesday.", published="2025-05-14"
    )
    assert called["2025-05-20"][1] == "tentative"
    # a meeting held on a day gone stays gone
    held = _events("The harbour board held a meeting on Tuesday.", published="2025-05-14")
    assert "2025-05-13" in held


def test_a_span_of_weekdays_that_opens_its_sentence() -> None:
    events = _events(
        "From Friday to Sunday, rescuers searched the moor for the missing walker.",
        published="2024-11-05",
    )
    assert "2024-11-01/2024-11-03" in events
    between = _events(
        "Between Monday and Wednesday, 40 mm of rain fell on the catchment.",
        published="2024-11-08",
    )
    assert "2024-11-04/2024-11-06" in between
    # opening hours are no span
    assert _events("From Tuesday to Sunday the gallery is open.", published="2024-11-05") == {}


def test_a_teller_who_cannot_be_sure_of_the_year() -> None:
    events = _events(
        "The old bridge was swept away in 1771, though she could not be certain of the date."
    )
    assert set(events) == {"1771?"}


def test_a_deed_s_day_and_about_the_year() -> None:
    deed = _events("Signed and sealed this 3rd day of May 1850 at Leeds.")
    assert "1850-05-03" in deed
    rough = _events("The chapel was built by the miners about the year 1790.")
    assert "1790~" in rough


def test_a_deadline_gives_no_year_to_the_plans_after_it() -> None:
    events = _events(
        "The new dam is expected to be finished by 30 September 2027. Public drop-in sessions "
        "will be held from 12 to 14 May.",
        published="2025-04-02",
    )
    assert "../2027-09-30" in events
    assert "2025-05-12/2025-05-14" in events
    # "affected by the 2020 floods": the year of a thing, no bound
    floods = _events("She will meet families affected by the 2020 floods.", published="2025-04-02")
    assert not any(day.startswith("..") for day in floods)


def test_a_diary_s_day_after_its_entry_s_own_is_of_the_month_before() -> None:
    journal = (
        "Expedition journal, 1898\n\n"
        "June 3rd. - The mules that strayed were found only on the 29th, two marches below.\n\n"
        "June 9th. - Rain. We shall cross the pass on the 12th if the weather holds.\n\n"
        "Lost count of the days in the fog. About the 20th we came down to the lake.\n"
    )
    events = _events(journal)
    assert "1898-05-29" in events
    assert "1898-06-29" not in events
    # a day ahead told as a plan stays in the entry's month; so does a day after the last
    # entry's in a paragraph with no day of its own
    assert events["1898-06-12"][1] == "tentative"
    assert "1898-06-20~" in events
    earlier = _events(
        "Camp diary\n\nJune 3rd, 1898. - The mules strayed on the 1st and were found the "
        "same evening.\n\nJune 5th. - We reached the ford.\n"
    )
    assert "1898-06-01" in earlier
