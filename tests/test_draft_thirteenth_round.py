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
    assert "1788-05" not in events
    assert "1788-07" not in events
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
    # a doubt of another date leaves this one as it is
    other = _events(
        "Prices rose sharply in 2022, though economists dispute the date when it peaked."
    )
    assert set(other) == {"2022"}


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
    assert "../2025-03-05" in events
    assert events["../2025-03-05"][1] == "tentative"
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
    # nor is every word of sport a match's: "the economy rebounds", "sales goals"
    news = _events(
        "The economy rebounds in the second quarter as spending picks up.", published="2024-08-10"
    )
    assert "2024-04/2024-06" in news


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
    assert "1931" in events
    assert "founded" in events["1931"][0]
    # its year dates no row: they are of the season's year
    assert {"2025-04-12", "2025-05-04"} <= set(events)
    assert not any(day.startswith("1931-") for day in events)
    established = _events(
        "KESWICK ROWING CLUB Est. 1884\nRegatta programme 2025\n\n"
        "The annual regatta will be held on Derwentwater on Saturday 9 August 2025.\n"
    )
    assert "1884" in established
    assert "2025-08-09" in established


def test_a_numbered_item_s_heading_names_what_its_sentence_leaves_out() -> None:
    item = _events(
        "MINUTES\n\n4. Car park. Resurfacing starts on 3 June 2025 and lasts two weeks.\n\n"
        "5. Grant approved for the scout hut. Payment will be made on 3 May 2025.\n"
    )
    assert item["2025-06-03"][0].startswith("Car park")
    assert item["2025-05-03"][0].startswith("Grant approved for the scout hut")


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


def test_a_diary_s_entry_headed_by_its_day_alone() -> None:
    text = (
        "Journal of the voyage of the brig Ellen, 1851\n\n"
        "Tuesday June 3rd 1851. Weighed anchor at Greenock with a fair wind.\n\n"
        "5th. Passed the Mull of Kintyre. Captain says we shall raise the Azores about the "
        "20th if this wind holds.\n\n"
        "21st. Sighted Flores at noon.\n"
    )
    events = _events(text)
    assert {"1851-06-03", "1851-06-05", "1851-06-21"} <= set(events)
    assert events["1851-06-05"][0].startswith("Passed the Mull")
    assert events["1851-06-20~"][1] == "tentative"
    # an ordinal alone that is no later day of the month is no day of it
    back = _events(
        "Journal of the brig Ellen, 1851\n\nTuesday June 3rd 1851. Weighed anchor.\n\n"
        "2nd. Passed the Mull of Kintyre.\n"
    )
    assert "1851-06-02" not in back


def test_the_old_quarter_days() -> None:
    events = _events(
        "The lease of Home Farm was signed on 2 February 1802, and the new tenant was to take "
        "possession at Lady Day. The first half-year's rent fell due at Michaelmas 1802."
    )
    assert {"1802-02-02", "1802-03-25", "1802-09-29"} <= set(events)
    # a thing named by the day, or a day a habit keeps, is no date
    habit = _events(
        "The borough received its charter in 1290, with an annual fair at Michaelmas. He came "
        "up to Oxford for the Michaelmas term in 1899."
    )
    assert set(habit) == {"1290", "1899"}
    drove = _events("Bound for Hereford by 20 October 1824 with the Michaelmas drove.")
    assert set(drove) == {"../1824-10-20"}


def test_an_account_book_s_on_or_abt() -> None:
    events = _events(
        "Account book of Evan Morgan, drover\n\nMay 8th 1824. Sold 64 beasts at Barnet.\n"
        "Recd. of Mr Harley on or abt. the 12th inst. the balance in notes.\n"
    )
    assert "1824-05-12~" in events


def test_a_weekday_that_names_a_kind_of_thing_is_no_day() -> None:
    events = _events(
        "We buried eleven on the 30th, among them two of my Sunday scholars.\n",
        published="1854-09-09",
    )
    assert not any(day.startswith("1854-09-03") for day in events)
    # a weekday that is a day still is one
    assert "1854-09-10" in _events(
        "He will come to see my mother on Sunday.", published="1854-09-09"
    )


def test_the_review_s_edges() -> None:
    # an amount of hours after "by" is no clock
    assert "2024-05-03" in _events(
        "Overtime rose by 2000 hours on 3 May, the union said.", published="2024-05-10"
    )
    # "established" in prose is a verb, no masthead
    assert _events("A no-fly zone was established 3 May.", published="2024-06-01")["2024-05-03"][
        0
    ] == ("A no-fly zone was established")
    # a title that only names a diary is no writer's
    pepys = _events(
        "The Diary of Samuel Pepys goes online - Pepys Library\n\n"
        "We put the six volumes online on 28 March.\n",
        published="2024-04-01",
    )
    assert not pepys["2024-03-28"][0].startswith("Samuel Pepys")
    # a body named first in a masthead is whole when it stands for "we"
    club = _events(
        "Ferndale Bowling Club (founded 1909)\n\nWe will hold our open day on 15 June.\n",
        published="2024-06-01",
    )
    assert club["2024-06-15"][0].startswith("Ferndale Bowling Club will hold")


def test_a_span_s_end_in_a_letter_is_no_day_of_its_own() -> None:
    events = _events(
        "Leeds, 14th September 1851.\nSir, the mill was closed from the 3rd to the 10th inst. "
        "on account of the flood. Please reply by the 20th inst.\n"
    )
    assert "1851-09-10" not in events
    assert "../1851-09-20" in events


def test_what_tradition_holds_is_no_subject() -> None:
    events = _events(
        "Tradition holds that a chapel was founded on the island in 1120. It was rebuilt in "
        "stone in 1340."
    )
    assert events["1340"][0].startswith("A chapel was rebuilt")


def test_the_second_review_s_edges() -> None:
    # a habit's words leave Christmas alone; a vote or an age band is no match's score
    assert "2023-12-24" in _events(
        "The annual carol service was held on Christmas Eve.", published="2024-01-10"
    )
    assert "2023-04/2023-06" in _events(
        "The board voted 5-2 to approve spending in the second quarter.", published="2024-03-02"
    )
    # a body's letter to one of those it serves: "we" is still the body
    tenants = _events(
        "Dear Tenant,\n\nRiverside Homes has reviewed your estate. We will replace the windows "
        "on 3 June.\n",
        published="2024-04-10",
    )
    assert not tenants["2024-06-03"][0].startswith("We ")
    # a diary typed with two spaces between its sentences is one entry a day
    diary = _events(
        "Journal\n\nSunday 5 June 1842. Weighed anchor at daybreak.  Wind light from the "
        "east.  All well.\n\nMonday 6 June 1842. Fresh breeze.\n"
    )
    assert [day for day in diary if day.startswith("1842-06-05")] == ["1842-06-05"]
    # a court or a fair named by a quarter day is no day
    assert (
        _events("He was tried at the Michaelmas Sessions at Lewes.", published="1820-04-02") == {}
    )
    # a count after "was established ... and now" is no year
    firm = _events("The company was established in 1990 and now has offices in 120.")
    assert set(firm) == {"1990"}
    # a doubt of the year-end is no doubt of the year
    assert "2019" in _events(
        "Profits reached a record in 2019, although investors questioned the year-end valuation."
    )
