"""Programmes titled by their months, pocket books of constables, a bound year that is no
time of the text, days told one after the other, and briefings held each time: each rule
on texts of other kinds than the ones it was found in, and the lines at its edges read as
before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_programme_s_months_in_its_title_date_its_entries() -> None:
    text = (
        "HOLLOWAY CHORAL SOCIETY\nConcert Programme: April to June 2026\n\n"
        "Founded in 1921, the society sings in St Anne's church.\n\n"
        "Sat 18 Apr - Spring concert: Haydn, The Creation.\n\n"
        "Sun 14 Jun - Summer evensong with the cathedral choir.\n"
    )
    events = _events(text)
    assert {"1921", "2026-04-18", "2026-06-14"} <= set(events)
    assert events["2026-06-14"][1] == "tentative"
    # a history titled by its years is no programme: its days keep their own years
    history = _events(
        "The great freeze of 1947\n\nThe thaw came only in March 1948.\n\n"
        "On 10 March the river burst its banks.\n"
    )
    assert set(history) == {"1948-03", "1948-03-10"}


def test_a_what_s_on_page_s_month_is_the_time_its_present_is_in() -> None:
    page = (
        "<html><body><main><h1>What's on: May 2026</h1>"
        "<p>The society has met in the Corn Exchange since it was founded in 1889. Here is "
        "what is on in May.</p><p>The spring fair runs from 2 to 4 May.</p></main></body></html>"
    )
    assert "2026-05-02/2026-05-04" in _events(page)


def test_a_bound_year_is_no_time_the_text_goes_on_in() -> None:
    events = _events(
        "The Trust expects to plant 50,000 trees by 2030. Volunteers will meet on 8 and 9 "
        "March to plant the first of them.",
        published="2026-02-10",
    )
    assert {"../2030", "2026-03-08", "2026-03-09"} <= set(events)


def test_a_constable_s_pocket_book() -> None:
    text = (
        "POCKET BOOK - P.C. 118 Thomas Hale, B Division\n1902\n\n"
        "Mon. 3 March. 9.15 a.m. Called to the Bell Inn by the landlord.\n\n"
        "Tues. 4th. Informed by Insp. Ward that the stolen cart was found at Leys Farm.\n\n"
        "Wed. 5th. 7.30 p.m. Arrested John Dyer at the Bell Inn.\n\n"
        "Fri. 7th. Dyer before the magistrates and remanded in custody to Friday next, the 14th "
        "inst.\n"
    )
    events = _events(text)
    assert {"1902-03-03", "1902-03-04", "1902-03-05", "1902-03-14"} <= set(events)
    # a constable's number is no year "circa 118"; a clock is no title
    assert not any(day.startswith("0118") for day in events)
    assert events["1902-03-05"][0].startswith("Arrested John Dyer")
    assert events["1902-03-04"][0].startswith("Informed by Inspector") or events["1902-03-04"][
        0
    ].startswith("Informed by Insp")
    # the day a prisoner is remanded to is a day set ahead, no deadline
    assert events["1902-03-14"][1] == "tentative"


def test_days_told_one_after_the_other_and_a_record_that_had_stood() -> None:
    events = _events(
        "Rovers host Carlton Town on Tuesday and then travel to Pelham on Saturday.",
        published="2024-09-29",
    )
    # Saturday comes after Tuesday: the 5th of October, not yesterday, and still to come
    assert events["2024-10-05"][1] == "tentative"
    assert "2024-09-28" not in events
    record = _events(
        "The old record of 52.4 s had stood since 12 June 2016, when Douglas Pryce set it in a "
        "supercharged car."
    )
    assert set(record) == {"2016-06-12"}
    assert "Douglas Pryce set it" in record["2016-06-12"][0]
    # a state since a day is still one
    assert set(_events("The road has been shut since 4 May 2011.")) == {"2011-05-04/.."}


def test_a_briefing_held_each_time_is_no_statement_of_the_day() -> None:
    assert not _events(
        "Wardens hold a short briefing at the gate before every session.", "2025-06-02"
    )
    # a briefing told of the day is still the day's statement
    assert "2025-06-02" in _events("The minister told reporters the plan was ready.", "2025-06-02")


def test_the_edges_a_review_found() -> None:
    # a building that has stood since a year is a state, as before
    assert set(_events("The castle has stood since 1120.")) == {"1120/.."}
    # a past bound still gives its year to the days after it
    assert "1932-06-03" in _events("The road was finished by 1932. On 3 June it was opened.")
    # a statement of the day that tells of "every" something is still the day's
    assert "2025-06-02" in _events(
        "The minister told reporters every meeting had been recorded.", "2025-06-02"
    )
    # a remand's day already past, or near either way, is that day, no plan
    assert _events("Smith was remanded in custody to 14 March.", "2024-04-02") == {
        "2024-03-14": ("Smith was remanded in custody", None)
    }
    assert "2024-03-14" in _events("Smith was remanded in custody to 14 March.", "2024-03-07")
    # weekdays told one after the other in the past lie in the past
    past = _events("He resigned on Monday before he was arrested on Friday.", "2024-10-08")
    assert "2024-10-11" not in past
    # a rank at the end of a sentence ends it
    assert (
        _events("He was promoted to Sgt. He was killed on 6 June 1944.")["1944-06-06"][0]
        == "He was killed"
    )
