"""An account book's columns of pounds, shillings and pence and its folio; an entry's state
"since" a month "last"; "did not resume until"; a notice's "gives notice that" and a paper
named by its number; a fixture told in the present after a past; a game's quarter; a maker's
motto; a rough comparison "since mid-2022"; an early year opening its clause; a season
"in each year"; a table's visits over figures; a report's reference and its day on a line
of their own; a habit's weekday nights; a league's founding after its affiliation; a venue
under its occasion's heading; a log's "Fine."; a diary's "about the 18th" and "expected on
the 17th"; a document's revisions, its volume and a week's tally; a complaint's content; a
relative clause over a list; a rank's "second tier"; a side's plural verb; "in June as
usual"; "Dated this 3rd day of"; a headline's month; a body's reference; "From X to Y" over
a period: each rule on texts of other kinds than the ones it was found in, and the lines at
its edges, the reviews' among them, read as before."""

from __future__ import annotations

import pytest

from kztimeline.draft.titles import is_furniture
from tests.drafting import dates_of, events_of, titles_of


def test_an_account_book_s_columns_of_pounds_are_no_part_of_its_rows() -> None:
    ledger = (
        "ACCOUNT BOOK of Saml. Webb, Carpenter, Hollowmere.\n"
        "1796                                                     l.  s.  d.\n\n"
        "Apr. 4th.  Mr Pyne, a new gate & posts for the paddock,\n"
        "           hung with iron from Bray's                   1  4  6\n"
        "Do. 9th.   Mrs Lott, mending the wash-house door          0  3  0\n"
        "Do. 21st.  Recd of the Churchwardens for the pews          4 10  0\n"
    )
    assert dates_of(ledger) == ["1796-04-04", "1796-04-09", "1796-04-21"]


def test_a_book_s_folio_beside_its_year_is_no_title() -> None:
    book = (
        "MINUTE BOOK OF THE HOLLOWMERE VESTRY\n"
        "1842                                          Folio 7\n\n"
        "Tues. 3d May. Met at the church; agreed to repair the west wall.\n"
        "Tues. 7th June. Met again; the wall finished.\n"
    )
    assert dates_of(book) == ["1842-05-03", "1842-06-07"]


def test_an_entry_s_state_since_a_month_last_keeps_the_entry_s_day() -> None:
    diary = (
        "Diary of Ann Fell, 1851.\n\n"
        "Mar. 4th. Went to Mr Cole about the rent, owing since Nov. last; he will pay in April.\n"
        "Mar. 9th. Baked.\n"
    )
    assert dates_of(diary) == ["1850-11/..", "1851-03-04", "1851-03-09", "1851-04"]


def test_a_month_last_counts_back_from_the_day_named_before() -> None:
    letter = "Dear Sir,\n\nOn 2 March 1850 I called on Mr Hale, ill since October last."
    assert "1849-10/.." in dates_of(letter)
    assert "1850-10/.." not in dates_of(letter)


def test_a_page_s_section_of_this_week_dates_nothing() -> None:
    assert is_furniture("What's on this week")
    assert is_furniture("Coming up next week:")


def test_a_notice_s_title_is_what_it_gives_notice_of() -> None:
    notice = (
        "The Board, acting under its byelaws, gives notice that the towpath will be closed "
        "on 14 April 2026."
    )
    assert titles_of(notice)["2026-04-14"] == "The towpath will be closed"


def test_a_paper_named_by_its_number_is_what_a_relative_clause_tells_of() -> None:
    text = "This licence replaces licence L/2024/17, which was revoked on 3 June 2025."
    assert titles_of(text)["2025-06-03"] == "Licence L/2024/17 was revoked"


def test_a_fixture_told_in_the_present_after_a_past_looks_ahead() -> None:
    report = (
        "Hockey\n\nOakley beat Dunmore 3-1 on 19 October, and the sides play again in the "
        "cup on 12 January.\n"
    )
    assert dates_of(report, published="2025-11-02") == ["2025-10-19", "2026-01-12"]


def test_a_game_s_last_quarter_is_no_date() -> None:
    report = "Rugby\n\nTries from Webb and Ames swung the match in the last quarter.\n"
    assert dates_of(report, published="2025-11-02") == []


def test_a_maker_s_motto_since_its_year_dates_nothing() -> None:
    assert is_furniture("Brewed by hand in Kelso since 1921.")
    assert is_furniture("Proudly serving the valley since 1950!")


def test_a_rough_comparison_since_part_of_a_year_dates_nothing() -> None:
    text = "Wool prices rose 6 percent, their steepest climb since mid-2019, dealers said."
    assert dates_of(text, published="2025-04-03") == []


def test_an_early_year_that_opens_its_clause_is_a_year() -> None:
    text = "The priory was founded in 1120, and by 1250 the village had a stone church."
    assert dates_of(text) == ["../1250", "1120"]


def test_a_season_in_each_year_is_a_habit() -> None:
    text = "Boats may not moor at the quay between 1 June and 31 August in each year."
    assert dates_of(text, published="2025-03-01") == []


def test_a_table_s_days_over_its_figures_are_no_events() -> None:
    survey = (
        "Toad crossing count\n\n"
        "Patrols counted toads on 4 March and 11 March 2025.\n\n"
        "Site | 4 Mar | 11 Mar | Mean (2015)\n"
        "Mill Lane | 120 | 98 | 210\n"
        "Church Hill | 44 | 51 | 80\n"
    )
    assert dates_of(survey) == ["2025-03-04", "2025-03-11"]


def test_a_report_s_reference_and_its_day_are_a_line_of_its_own() -> None:
    report = (
        "HOLLOWMERE BAT GROUP\n"
        "Roost counts, 2024: annual report\n"
        "Report ref. HBG/RC/2024/3 - Issued 2 December 2024\n"
        "Prepared for the Parish Council by Dr Ian Moss\n\n"
        "1. Summary\n"
        "The church roost held 212 bats on 3 June 2024.\n"
    )
    assert dates_of(report) == ["2024-06-03"]


def test_a_habit_s_weekday_nights_name_no_day() -> None:
    text = "Club news\n\nThe choir has rehearsed on Tuesday evenings for forty years.\n"
    assert dates_of(text, published="2025-04-03") == []


def test_a_league_s_founding_after_its_affiliation() -> None:
    card = (
        "HOLLOWMERE & DISTRICT QUOITS LEAGUE\n"
        "Member of the Northern Quoits Federation - Founded 1931\n\n"
        "FIXTURES 2025\n\nSat 3 May   Bell v Swan\n"
    )
    assert titles_of(card)["1931"] == "HOLLOWMERE & DISTRICT QUOITS LEAGUE was founded"


def test_a_day_and_its_venue_under_an_occasion_s_heading() -> None:
    page = (
        "Society news\n\n"
        "ANNUAL DINNER\n"
        "Saturday 7 March 2026, Kelso Town Hall. Tickets from the Treasurer.\n"
    )
    assert titles_of(page)["2026-03-07"] == "ANNUAL DINNER: Kelso Town Hall"


def test_a_log_s_fine_is_its_weather() -> None:
    log = (
        "LOCK-KEEPER'S BOOK\n1871\n\n"
        "Mon. 3rd July. Fine. The barge Hope went down with coal.\n"
        "Tues. 4th. Rain. Nothing passed.\n"
    )
    assert titles_of(log)["1871-07-03"] == "The barge Hope went down with coal"


def test_a_diary_s_rough_day_before_a_second_verb() -> None:
    diary = (
        "JOURNAL\n1867\n\n"
        "Mon. 4th March. Fine. Sailed at noon.\n\n"
        "Sat. 9th. The board to meet on Thursday the 14th. The agent expects the barque about "
        "the 11th and asks that the quay be kept clear.\n"
    )
    assert "1867-03-11~" in dates_of(diary)


def test_a_document_s_revisions_and_its_volume_date_nothing() -> None:
    assert is_furniture("rev. 1 2022-02-01 | rev. 2 2024-06-30")
    assert is_furniture("Revision C, 4 May 2025")
    assert is_furniture("Vol. III, begun Michaelmas 1822.")
    assert is_furniture("Sheep through this week: 212.")


def test_a_revision_s_abbreviation_ends_no_sentence() -> None:
    summary = (
        "PUMP STATION 4 - MAINTENANCE SUMMARY\n"
        "Hollowmere Water Board | Document HWB-PS4-MS-002 rev. B\n\n"
        "Overview\nThe pump failed on 3 May 2024 and was replaced on 9 May 2024.\n\n"
        "Document history\nrev. A 2021-05-02 | rev. B 2023-10-11\n"
    )
    assert dates_of(summary) == ["2024-05-03", "2024-05-09"]


def test_a_diary_s_plan_expected_on_a_day_of_the_month() -> None:
    diary = (
        "DAY BOOK\n\nMonday 3d June 1816. Brewed.\n\n"
        "Thursday 6th. Mr Pardoe here. The carrier expected on the 20th with the malt.\n"
    )
    assert ("1816-06-20", "tentative") in {(value, status) for value, _, status in events_of(diary)}


def test_what_a_complaint_says_is_the_title_of_its_day() -> None:
    text = (
        "On 4 May 2025 the Clerk received a complaint from Mr Pike that the councillor had "
        "voted on his own planning application on 2 April 2025."
    )
    assert titles_of(text)["2025-04-02"].startswith("The councillor had voted")


def test_a_relative_clause_whose_object_is_a_list() -> None:
    text = (
        "The auditor, who checked the ledgers, the receipts and the bank statements, reported "
        "on 6 June 2025."
    )
    assert titles_of(text)["2025-06-06"] == "The auditor reported"


def test_a_rank_s_ordinal_is_no_comparison() -> None:
    text = "Sport\n\nKelso have been in the third division since 2016.\n"
    assert dates_of(text, published="2025-04-03") == ["2016/.."]


def test_a_headline_s_month_told_as_a_day_below() -> None:
    page = (
        "<html><body><h1>Zoo news</h1><h2>Otter pool opens this month</h2><p>Our new otter "
        "pool opens on Friday 14 March.</p></body></html>"
    )
    assert dates_of(page, published="2025-03-02") == ["2025-03-14"]


def test_a_body_s_entry_in_a_reference_list() -> None:
    history = (
        "Kelso is a market town.\n\nIts bridge was built in 1803.\n\nReferences\n\n"
        "1. Kelso Civic Trust (2011). The Bridges of Kelso.\n"
    )
    assert dates_of(history) == ["1803"]


def test_a_period_heading_from_one_thing_to_another() -> None:
    history = (
        "Our history\n\n1890-1914: From looms to mills\n"
        "The yard opened in 1890 and launched its first steamer in 1902.\n"
    )
    assert dates_of(history) == ["1890", "1902"]


def test_a_school_s_year_group_is_no_year_named_before() -> None:
    minutes = (
        "Governors' minutes\n\nThe roll has stood at 420 since September 2018. The head told "
        "governors that Year 9 tutor groups are full.\n"
    )
    assert dates_of(minutes) == ["2018-09/.."]


def test_the_edges_of_titles_read_as_before() -> None:
    signed = (
        "The club signed Harris, who joined from Rovers in 2019, Patel on 3 June and Okafor on "
        "10 June."
    )
    assert titles_of(signed, published="2025-03-10")["2024-06-03"].startswith("The club signed")
    complaint = (
        "The complaint by Mr Ross that the wall had been built on his land in 1998 was heard by "
        "the tribunal on 14 June 2001."
    )
    assert titles_of(complaint)["2001-06-14"].startswith("The complaint by Mr Ross")
    offered = "Two dates were offered to the families: (a) 14 May and (b) 21 May."
    assert titles_of(offered, published="2025-02-01")["2025-05-14"].startswith("Two dates")
    margin = (
        "The entry is in the margin of the same fol. It records the burial on 4 June 1603 of "
        "Agnes Ord."
    )
    assert titles_of(margin)["1603-06-04"] == "The entry records the burial of Agnes Ord"
    history = (
        "Document history\nRev. A 12 March 2019 - first issue\n"
        "Rev. B 4 June 2021 - flood levels updated"
    )
    assert not titles_of(history)["2021-06-04"].startswith("First issue")
    vestry = (
        "The Vestry on 4 May 1902 resolved: (a) that the bells be rehung before Whitsun; (b) "
        "that the organ be tuned in June."
    )
    assert "bells" in titles_of(vestry)["1902-05-04"]
    cottages = (
        "The cottages on Mill Lane were finished in 1936. Wimpey were the builders. They were "
        "let to miners' families on 4 May 1937."
    )
    assert titles_of(cottages)["1937-05-04"].startswith("The cottages")
    farm = (
        "Anna Hale, whose parents were farmers, were she alive, would be 100 today. They farmed "
        "Low Holme until 1970."
    )
    assert titles_of(farm, published="2025-03-10")["../1970"].startswith("They farmed")


def test_a_decision_s_lettered_item_is_its_own_clause() -> None:
    decision = (
        "DECISION\n\n3. The Panel has decided:\n"
        "(a) the stall licence is suspended from 1 March 2025;\n(b) no costs are awarded.\n"
    )
    assert titles_of(decision)["2025-03-01"] == "The stall licence is suspended"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "until" after a clause with no subject of its own: a term
        ("The school closed in 1940, and did not reopen until 1945.", None, ["1940/1945"]),
        ("He lived there from 1957 and did not leave until 1972.", None, ["1957/1972"]),
        # a weekday's night alone is still a day
        ("Events\n\nThe concert is on Thursday night.\n", "2024-08-20", ["2024-08-22"]),
        # a comparison since a plain year still compares; a state since mid-year stays
        ("Prices rose 4 percent, the biggest gain since 2022.", "2025-03-12", []),
        # "by" a count of runners stays a count
        ("The race began in 1190, and by 1200 runners had crossed the line.", None, ["1190"]),
        # "each year" without "in" is a habit, as before
        ("Dogs are banned between 1 May and 30 September each year.", "2025-03-01", []),
        # a month "last" in a text with a publication counts from it
        ("The brig was lost on the 18th Decr. last, the crew saved.", "1785-02-10", ["1784-12-18"]),
        # a second division's match and a count: a comparison still
        ("It was their fourth win since February.", "2025-04-03", []),
        # "the second tier" in a plain past stays a fact of its year
        ("Rovers were relegated to the second tier in 2019.", None, ["2019"]),
        # "that year" before a count is the year named before
        ("The mill opened in 1890. That year 14 men were hired.", None, ["1890", "1890"]),
        # the reviews': a one-off month "as usual", a closure and the day it ended
        ("The club's AGM, held in March as usual, elected Ann Ord.", "2025-04-10", ["2025-03"]),
        (
            "The museum closed for repairs on 3 March 2024, and its doors did not open again "
            "until 14 June 2024.",
            None,
            ["2024-03-03/2024-06-14"],
        ),
        # a will's own day, a part of a work and a caption that tells facts
        (
            "THE LAST WILL AND TESTAMENT of John Harker of Holme, yeoman.\n"
            "I give to my wife Mary all my household goods.\nDated this 3rd day of March 1802.",
            None,
            ["1802-03-03"],
        ),
        ("Part 2, started in 1998, was finished in 2003.", None, ["1998", "2003"]),
        ("Built in Leeds in 1897 and preserved at Haworth since 1971.", None, ["1897", "1971/.."]),
        # a building's year in brackets in prose
        ("The Hall (1887) burned down in 1923.", None, ["1887", "1923"]),
        # a firm's last quarter beside a contest lost
        (
            "Sales at Harwick Holdings fell 4% in the last quarter, the chief executive said, "
            "after the firm lost the contest for the rail franchise.",
            "2024-11-30",
            ["2024-10/2024-12"],
        ),
        # "last May" in a text with no publication day names no year
        (
            "The mill burned on 3 March 1887. Last May a plaque was unveiled on the site.",
            None,
            ["1887-03-03"],
        ),
        # "the second team since 1990" still compares
        ("Harwick are only the second team since 1990 to retain the title.", "2025-04-01", []),
        # a catalogue's day of the letter described
        (
            "Item 44. Letter from Private J. Hale to his mother, describing the trenches.\n"
            "Date of the letter: 14 March 1917.",
            None,
            ["1917-03-14"],
        ),
        # two evenings of one week
        (
            "Police were called to the Crown on Friday and Saturday evenings after a fight.",
            "2025-03-10",
            ["2025-03-07", "2025-03-08"],
        ),
        # a sentence of its own that opens on a participle
        ("Building work has been suspended since 2019.", None, ["2019/.."]),
        # part of a year after an ordinal's noun, no comparison
        (
            "The first floor of the museum has been closed since late 2020.",
            "2024-03-01",
            ["2020"],
        ),
        # a club's match in one clause, its takings' last quarter in another
        (
            "Holme RFC won the match against Settle with tries from Dodd and Webb, and the club's "
            "bar takings rose by 12% in the last quarter.",
            "2024-02-10",
            ["2023-10/2023-12"],
        ),
        # "about the 18th and" a noun: a century
        (
            "We came to Leeds on 1 March. The furniture here is of about the 18th and chairs of "
            "that age fetch good prices.",
            "1853-03-04",
            ["1853-03-01"],
        ),
        # a museum label's day of its letter
        (
            "Letter from Pte Arthur Hale to his mother. Date of this letter: 3 July 1916, two days "
            "after the attack on the Somme began.",
            None,
            ["1916-07-01", "1916-07-03"],
        ),
        # "March last" after a year alone
        (
            "The Annual Report for 1931 states that the new wing, begun on 4 May 1930, was "
            "completed in March last and opened by the Duchess on 12 June.",
            None,
            ["1930-05-04", "1931", "1931-03", "1931-06-12"],
        ),
        # a will's day after a dash, over its probate
        (
            "WILLS AND PROBATE\nWill of John Hale of Brook Farm - Dated 4 June 1872\n"
            "Proved at York, 12 March 1873.",
            None,
            ["1872-06-04", "1873-03-12"],
        ),
        # "That Year" in a headline in title case
        (
            "The pit opened in 1887. That Year 40 Houses Were Built In Holme.",
            None,
            ["1887", "1887"],
        ),
    ],
)
def test_the_edges_read_as_before(text: str, published: str | None, expected: list[str]) -> None:
    assert dates_of(text, published=published) == expected
