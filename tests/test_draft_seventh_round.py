"""A log table's rows under a section heading that gives their year: each rule on texts of
other kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_section_heading_s_year_dates_the_rows_of_a_log_table() -> None:
    text = (
        "JOURNAL OF THE SURVEY SCHOONER PETREL\n\n"
        "FIRST CRUISE - HALIFAX TO LABRADOR, 1871\n\n"
        "Date        Lat.      Long.     Wind   Remarks\n"
        "Mon 1 May   -         -         SW     Left Halifax at 8 a.m. with the survey party.\n"
        "Thurs 4th   46.10 N   60.02 W   W      Fog. Sounded off Cape Breton all day.\n"
        "Sat 10 Jun  52.20 N   55.40 W   N      Anchored at Battle Harbour.\n"
    )
    events = _events(text)
    assert {"1871-05-01", "1871-05-04", "1871-06-10"} <= set(events)
    assert all(status is None for _, status in events.values())
    # the table's cells before the remarks are no part of a title
    assert events["1871-06-10"][0] == "Anchored at Battle Harbour"


def test_a_mark_s_number_under_a_title_is_no_section_s_year() -> None:
    text = (
        "HILL FARM - YEAR BOOK 2022\nHolding no. 11/204 | Herd mark HF 1951\n\n"
        "Calving. Calving began on 3 March in a cold wind.\n"
    )
    assert "2022-03-03" in _events(text)
    # a sentence that ends on a year is no heading
    prose = _events(
        "Log 1890\n\nThe mill was sold to the Crown in the end, 1853\n\nSat 3 May. Rain.\n"
    )
    assert "1853-05-03" not in prose


def test_a_tradition_and_a_date_s_record_doubted_after_it() -> None:
    abbey = _events(
        "According to the priory's own tradition it was founded by Earl Osric in 1102, but the "
        "charter survives only in a later copy and its authenticity has long been questioned."
    )
    assert set(abbey) == {"1102?"}
    hall = _events(
        "The market cross was raised in 1604, although the date cut on its base is doubtful."
    )
    assert set(hall) == {"1604?"}
    # another matter questioned leaves the date alone
    assert set(
        _events("The bridge opened in 1890, but its cost was questioned in parliament.")
    ) == {"1890"}


def test_a_letter_book_s_later_letters_with_a_house_number_and_a_comma_in_their_day() -> None:
    text = (
        "LETTERS OF A TUTOR, 1891\n\nI.\n"
        "                                        Ashby Lodge, near Thirsk,\n"
        "                                        3rd March, 1891.\n"
        "My dearest Mother,\n\n"
        "I arrived here safely on the 27th of February.\n\n"
        "Your loving son,\nEdward\n\nII.\n"
        "                                        22 Mount Street,\n"
        "                                        20th May, 1891.\n"
        "Dearest Mother,\n\n"
        "We came up to town on the 4th, two days late. Tom sailed for Bombay on the 15th.\n\n"
        "Ever your affectionate\nEdward\n"
    )
    events = _events(text)
    assert {"1891-02-27", "1891-05-04", "1891-05-15"} <= set(events)
    assert all(status is None for _, status in events.values())
    assert not any(
        title.startswith(("Dearest", "Your loving", "Ever")) for title, _ in events.values()
    )


def test_a_diary_s_double_dashes_christmas_and_about_a_day_of_the_month() -> None:
    text = (
        "From the diary of a nurse\n\n"
        "Monday, 2nd April 1917. -- Arrived at the station at 4 a.m. I have kept this diary "
        "since Christmas 1915.\n\n"
        "Monday, 9th. -- The push began at dawn.\n\n"
        "Saturday, 21st. -- Quieter. A letter says the battalion sailed about the 10th, so all "
        "is well.\n"
    )
    events = _events(text)
    assert {"1917-04-02", "1917-04-09", "1917-04-21", "1917-04-10~", "1915-12-25/.."} <= set(events)
    assert all(status is None for _, status in events.values())


def test_a_year_its_teller_is_not_sure_of() -> None:
    assert set(_events("Harker says he was born in 1911, though he is not sure of it.")) == {
        "1911?"
    }
    assert set(_events("She was born in 1911, though the parish lost the register.")) == {"1911"}


def test_the_review_s_sentences_read_as_before() -> None:
    assert (
        _events("The golfer made an eagle on the 4th and finished two under par.", "2025-03-13")
        == {}
    )
    assert _events("The Cubs scored twice on the 4th and held on to win.", "2025-03-13") == {}
    ministry = _events(
        "He was appointed on the 4th, the ministry said in a statement on 10 February.",
        "2025-03-13",
    )
    assert set(ministry) == {"2025-02-10"}
    bridge = _events(
        "The bridge was completed in 1592, although the date of the first stone is doubtful."
    )
    assert set(bridge) == {"1592"}
    married = _events(
        "She married in 1930, though she is not sure of the year her brother was born."
    )
    assert set(married) == {"1930"}


def test_a_single_letter_keeps_its_own_date_line_as_its_day() -> None:
    text = (
        "Northbank\nMarket Place, Wellstead WS3 1AA\n\n14 August 2031\n\nDear Customer,\n\n"
        "Our branch will close on Friday 14 November 2031. Safe deposit customers were written "
        "to separately before 1 July.\n"
    )
    events = _events(text)
    assert events["2031-11-14"][1] == "tentative"
    assert events["../2031-07-01"][1] is None
