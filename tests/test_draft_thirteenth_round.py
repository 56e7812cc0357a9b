"""Old letters' days with no preposition, doubts told after a date, hours with a zone in a
bulletin in capitals, a match's quarters, numbers of things, a house founded in a year of
three digits, a masthead's founding year, numbered paragraphs, fixture rows and the "we"
of a family's letters: each rule on texts of other kinds than the ones it was found in,
and the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_an_old_letter_s_days_with_no_preposition() -> None:
    text = (
        "Letter book of Thomas Verity, agent at Whitby\n\n"
        "Whitby, 4th June 1788\n"
        "Gentlemen, the brig Providence came in the 30th of last month with deals from Memel, "
        "and was discharged the 2nd instant. She sails for Riga the 12th of next month.\n"
    )
    events = _events(text)
    assert {"1788-05-30", "1788-06-02", "1788-07-12"} <= set(events)
    assert events["1788-07-12"][1] == "tentative"
    # a month alone is no longer drafted for them
    assert "1788-05" not in events and "1788-07" not in events
    # the ordinal alone, with no word that places it, is still no day of a month
    plain = _events("The team finished the 3rd season unbeaten in 1998.")
    assert set(plain) == {"1998"}


def test_a_doubt_told_after_the_date() -> None:
    events = _events(
        "The font is usually dated to 1180, although several scholars question the date. "
        "The tower was built in 1320, though few doubt the year. "
        "The porch was added in 1410, though a few historians dispute this date."
    )
    assert {"1180?", "1320", "1410?"} <= set(events)


def test_a_bulletin_in_capitals_keeps_the_zone_of_its_hours() -> None:
    text = (
        "SECURITE. NAVIGATIONAL WARNING FOR THE NORTHERN APPROACHES, ISSUED ON MONDAY "
        "3 MARCH 2025.\n\n"
        "THE SURVEY VESSEL ORCA IS EXPECTED TO CLEAR THE CHANNEL BY 1600 UTC WEDNESDAY. "
        "DIVING OPERATIONS AT THE WRECK OF THE HALCYON BEGAN ON SATURDAY AND WILL CONTINUE. "
        "MARINERS ARE ASKED TO KEEP A WIDE BERTH AND TO LISTEN ON VHF CHANNEL 16 AT ALL "
        "TIMES. THE HARBOUR MASTER WILL REVIEW THE WARNING AT NOON EACH DAY.\n"
    )
    events = _events(text, published="2025-03-03")
    assert "../2025-03-05" in events and events["../2025-03-05"][1] == "tentative"
    assert not any(day.endswith("1600") for day in events)  # the hour is no year
    # a year after "by" in prose is still a bound
    assert "../1800" in _events("The canal had been widened by 1800, when the mills opened.")


def test_at_the_latest_before_the_day_is_a_deadline() -> None:
    events = _events(
        "Nominations will close at the latest on 3 October; the ballot follows.",
        published="2025-09-01",
    )
    assert events["../2025-10-03"][1] == "tentative"


def test_a_match_s_quarters_are_no_year_s() -> None:
    report = _events(
        "The Wolves trailed 48-41 at half-time but outscored the Hawks 30-12 in the third "
        "quarter, with Dana Reyes hitting four three-pointers.",
        published="2025-02-10",
    )
    assert not any("/" in day for day in report)
    # a company's quarter is still its period
    sales = _events("Sales rose 6% in the third quarter.", published="2025-02-10")
    assert "2024-07/2024-09" in sales


def test_numbers_of_things_are_no_years() -> None:
    events = _events(
        "The trams, running numbers 1901 to 1912, were withdrawn in 1962. Works numbers 2040 "
        "and 2041 went to the museum."
    )
    assert set(events) == {"1962"}


def test_a_house_founded_in_a_year_of_three_digits() -> None:
    events = _events(
        "The minster was founded by Bishop Aldwin in 875, on the site of an older chapel. "
        "It was rebuilt in 1102."
    )
    assert {"0875", "1102"} <= set(events)
    # a count of three digits is still no year
    counts = _events("The priory was founded in 1150 and held 640 acres in 1290.")
    assert not any(day.startswith("0640") for day in counts)


def test_a_masthead_s_founding_year() -> None:
    text = (
        "HOLMFIRTH HARRIERS (founded 1931)\n"
        "Race calendar - 2025 season\n\n"
        "Sat 12 April   Digley Fell Race   8 km\n"
        "Sun 4 May   Holme Moss Trot   14 km\n"
    )
    events = _events(text)
    assert "1931" in events and "founded" in events["1931"][0]
    # its year dates no row: they are of the season's year
    assert {"2025-04-12", "2025-05-04"} <= set(events)
    assert not any(day.startswith("1931-") for day in events)
    established = _events(
        "KESWICK ROWING CLUB Est. 1884\nRegatta programme 2025\n\n"
        "The annual regatta will be held on Derwentwater on Saturday 9 August 2025.\n"
    )
    assert "1884" in established and "2025-08-09" in established


def test_a_numbered_paragraph_s_first_sentence_is_no_heading() -> None:
    text = (
        "DECISION OF THE PLANNING INSPECTOR\n\n"
        "1. The appeal site is a former chapel on Mill Street.\n\n"
        "2. Water leaked through the vestry roof in the winter. The owner wrote to the council on "
        "14 January 2024 and applied for consent on 2 April 2024.\n"
    )
    events = _events(text)
    assert events["2024-01-14"][0].startswith("The owner wrote")
    # a heading of a few words with no verb still heads its item
    item = _events(
        "MINUTES\n\n4. Car park. Resurfacing starts on 3 June 2025 and lasts two weeks.\n"
    )
    assert item["2025-06-03"][0].startswith("Car park")


def test_fixture_rows_in_columns_stand_alone() -> None:
    text = (
        "DALESIDE TENNIS CLUB - MATCHES 2024\n\n"
        "Date        Opponent                 Result\n"
        "Sat 4 May   Grassington (H)          Won 5-4\n"
        "Sun 12 May  Skipton Park (A)         Lost 3-6\n"
        "8-9 June    County Doubles           Semi-final\n"
        "Sat 15 June Burnsall (H)             Won 7-2\n"
    )
    events = _events(text)
    assert {"2024-05-04", "2024-05-12", "2024-06-08/2024-06-09", "2024-06-15"} <= set(events)
    assert "Skipton" not in events["2024-06-08/2024-06-09"][0]
    assert "Burnsall" in events["2024-06-15"][0]


def test_a_family_letter_s_we_and_its_salutation() -> None:
    text = (
        "Letters of Mary Ellen Pike, a settler's wife, to her sister\n\n"
        "Fort Benton, 3rd June 1866.\n"
        "Dearest Kate, You will hardly know me now. The river fell on the 20th of last "
        "month. We reached the landing on the 28th of last month after forty days upon the "
        "water.\n"
    )
    events = _events(text)
    # the salutation is never who acts; "we" is the writer the title names
    assert events["1866-05-28"][0].startswith("Mary Ellen Pike reached the landing")
    assert not any(title.startswith("Dearest") for title, _ in events.values())
    # a body's letter to those it serves: "we" is still the body
    notice = _events(
        "Harbour Road Building Society\n\nDear Member,\n"
        "We opened our new branch in Castle Street on 4 March 2024.\n"
    )
    assert not notice["2024-03-04"][0].startswith("We ")
