"""A card's month headings between its rows, a key date's label with a comma or an
abbreviation, a weekday of no week named, a notice's requests and states, a section of what
is to come, a table of figures by month, a count's year, a clause of its own before an end, a
decade's habit, an account book's heads and feasts, a memorandum's plans, a plan told as it
was, a month glanced back at with its "when", and "this weekend" told in the past: each rule
on texts of other kinds than the ones it was found in, and the lines at its edges read as
before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of


def test_a_month_s_heading_between_a_card_s_rows_dates_nothing_of_its_own() -> None:
    card = (
        "ELMFIELD CHORAL SOCIETY\nREHEARSAL CARD - 2025\n\n"
        "DATE          PIECE                         PLACE\n"
        "MARCH 2025\n"
        "Tue 4 Mar     Brahms Requiem, part one      Hall\n"
        "Tue 18 Mar    Brahms Requiem, part two      Hall\n"
        "APRIL 2025\n"
        "Tue 1 Apr     Full run-through              Church\n"
        "Tue 15 Apr    Concert dress rehearsal       Church\n"
    )
    assert dates_of(card, "2025-02-01") == ["2025-03-04", "2025-03-18", "2025-04-01", "2025-04-15"]


def test_a_key_date_s_label_with_a_comma_a_round_or_an_abbreviation_is_its_own() -> None:
    card = (
        "HOLM BOWLS CLUB - KEY DATES 2026\n\n"
        "  Subscriptions to the Hon. Treasurer ........ by Sat 4 Apr 2026\n"
        "  Opening day, both greens ................... Sat 18 Apr 2026\n"
        "  County Cup, Round 2 ........................ Sun 10 May 2026\n"
        "  Finals day (weather permitting) ............ Sat 5 Sep 2026\n"
    )
    assert events_of(card, "2026-01-10") == [
        ("../2026-04-04", "Subscriptions to the Hon. Treasurer", "tentative"),
        ("2026-04-18", "Opening day, both greens", "tentative"),
        ("2026-05-10", "County Cup, Round 2", "tentative"),
        ("2026-09-05", "Finals day (weather permitting)", "tentative"),
    ]


def test_the_weekday_of_a_week_no_text_names_is_no_day() -> None:
    news = (
        "Junior section news\n\n"
        "Nets are on Tuesday evenings. Please tell Sam by the Thursday if your child cannot "
        "play, and hand in kit money on the Saturday after the match.\n\n"
        "The under-11s beat Ashby by 20 runs on Saturday.\n"
    )
    assert events_of(news, "2025-06-16") == [
        ("2025-06-14", "The under-11s beat Ashby by 20 runs", None)
    ]


def test_what_a_notice_asks_is_ahead_of_it_whatever_its_condition_tells() -> None:
    notice = (
        "LIBRARY NOTICE\n\nThe reading room closes for redecoration at the end of this month. "
        "If you have borrowed any of the local history files, please return them by 28 "
        "February.\n"
    )
    assert (
        "../2025-02-28",
        "If you have borrowed any of the local history files, please return them",
        "tentative",
    ) in events_of(notice, "2025-02-10")


def test_a_section_of_what_is_to_come_takes_the_year_ahead_and_a_closure_is_a_state() -> None:
    page = (
        "<h2>News</h2>\n<p>The first quiz night, on 12 May 2024, raised 300 pounds for the "
        "roof.</p>\n<h2>Coming up</h2>\n<ul>\n"
        "<li><strong>Cafe closed 3-7 November</strong> while the kitchen is refitted.</li>\n"
        "<li><strong>Open day:</strong> 22 November, with tours every hour.</li>\n</ul>\n"
    )
    assert events_of(page, "2025-10-20") == [
        ("2024-05-12", "The first quiz night, raised 300 pounds for the roof", None),
        ("2025-11-03/2025-11-07", "Cafe closed while the kitchen is refitted", "tentative"),
        ("2025-11-22", "Open day, with tours every hour", "tentative"),
    ]


def test_a_table_s_figures_by_month_are_no_days() -> None:
    counts = (
        "HARBOUR VISITOR COUNTS 2024\n\n"
        "Month       Cars     Coaches    Walkers\n"
        "June          12        3          140\n"
        "July          18        4          221\n"
        "August        21        6          260\n\n"
        "The new car park opened on 3 July.\n"
    )
    assert events_of(counts, "2024-10-01") == [("2024-07-03", "The new car park opened", None)]


def test_the_year_a_count_s_results_are_of_is_no_date_of_its_own() -> None:
    report = "The 2024 count results will be sent to the county recorder in February 2025.\n"
    assert dates_of(report, "2024-11-05") == ["2025-02"]


def test_a_clause_of_its_own_parts_a_day_from_the_end_of_a_state() -> None:
    release = (
        "On 4 March 2025 the trust approved the rescue plan, and the museum is now funded "
        "through to 31 March 2027. The old plan had run from 2019 until 2024.\n"
    )
    assert events_of(release, "2025-03-20") == [
        ("../2027-03-31", "The museum is now funded through", "tentative"),
        ("2019/2024", "The old plan had run", None),
        ("2025-03-04", "The trust approved the rescue plan", None),
    ]


def test_a_decade_s_habit_is_no_event() -> None:
    history = (
        "In the 1880s boatmen usually worked the canal in pairs, and in 1887 the company "
        "bought its first steam tug. In the 1890s the company expanded its yard.\n"
    )
    assert dates_of(history) == ["1887", "1890/1899"]


def test_an_account_s_head_in_li_and_its_memorandum_of_the_same_year() -> None:
    book = (
        "DAY BOOK\nof Jos. Brindle, Cooper\n\n"
        "1802                                              li.   s.   d.\n"
        "March 3d   Sold 4 Hogsheads to the Swan                  2    8    0\n"
        "May 17th   Monday. Recd of Mr Lacey on acct              1    0    0\n\n"
        "Mem. The yard flooded from the 20th to the 24th Decr. No work done.\n"
    )
    assert dates_of(book) == ["1802-03-03", "1802-05-17", "1802-12-20/1802-12-24"]


def test_a_measure_s_column_before_the_sums_is_no_part_of_the_entry() -> None:
    book = (
        "CORN BOOK\n\n"
        "                                                  Bush.    L.   s.  d.\n"
        "1830\n"
        "Oct.  4  Sold to Mr. Hale, Oats                        20     2   10   0\n"
        "Oct. 18  Threshed the Wheat in the great barn          12\n"
        "Nov.  9  Sold to Mr. Hale, Wheat                       30     9    0   0\n"
    )
    assert events_of(book) == [
        ("1830-10-04", "Sold to Mr. Hale, Oats", None),
        ("1830-10-18", "Threshed the Wheat in the great barn", None),
        ("1830-11-09", "Sold to Mr. Hale, Wheat", None),
    ]


def test_a_feast_s_day_told_again_after_viz_is_the_same_bound() -> None:
    book = (
        "LETTER BOOK, 1791\n\n"
        "Mem. Promised Mr Rowe to give up the shop by Michaelmas next, viz. the 29th Sept.\n"
    )
    assert events_of(book) == [
        ("../1791-09-29", "Promised Mr Rowe to give up the shop", "tentative")
    ]


def test_the_day_a_book_was_commenced_gives_its_year_and_dates_no_page() -> None:
    book = (
        "WAGES BOOK\nThos. Ackroyd, Farmer, Low Hall\nCommenced Lady Day 1841\n\n"
        "1841\nApr. 3  Paid Wm. Kay, a week's wages\nMay 15  Paid the mowers\n"
    )
    assert events_of(book) == [
        ("1841-04-03", "Paid William Kay, a week's wages", None),
        ("1841-05-15", "Paid the mowers", None),
    ]


def test_a_row_s_feast_after_its_day_leaves_the_entry_its_title() -> None:
    book = (
        "RENT BOOK\n\n1812\n"
        "Jany. 6  Recd of Widow Hayes, a quarter's rent\n"
        "Mar. 25  Lady Day.  Recd of Jno. Platt his half year's rent\n"
        "June 24  Midsummer Day.  Paid the Steward\n"
    )
    assert events_of(book) == [
        ("1812-01-06", "Recd of Widow Hayes, a quarter's rent", None),
        ("1812-03-25", "Recd of John Platt his half year's rent", None),
        ("1812-06-24", "Paid the Steward", None),
    ]


def test_a_day_book_row_s_verb_in_capitals_is_its_day_s_past() -> None:
    book = (
        "CORN BOOK, 1830\n\n"
        "Apr. 2  Agreed with Mr. Hale to deliver him 10 qrs. of oats, not later than 1st May "
        "next\nApr. 9  Sold the old cart\n"
    )
    assert events_of(book) == [
        ("../1830-05-01", "Agreed with Mr. Hale to deliver him 10 qrs. of oats", "tentative"),
        ("1830-04-02", "Agreed with Mr. Hale to deliver him 10 qrs. of oats", None),
        ("1830-04-09", "Sold the old cart", None),
    ]


def test_a_memorandum_s_thing_to_begin_is_a_plan_of_the_year_after() -> None:
    book = (
        "DAY BOOK, 1849\n\nDec. 3  Paid the carrier for the coals.\n\n"
        "Mem. The new carrier's cart to begin running to Lydford from this yard on the 1st "
        "March.\n"
    )
    assert events_of(book) == [
        ("1849-12-03", "Paid the carrier for the coals", None),
        (
            "1850-03-01",
            "The new carrier's cart to begin running to Lydford from this yard",
            "tentative",
        ),
    ]


def test_a_plan_told_as_it_was_is_of_the_past() -> None:
    notice = (
        "Date of notice: 3 March 2025\n\nThe resurfacing was originally due to begin on 10 "
        "February but was put back after the frost. It will now begin on 24 March.\n"
    )
    assert events_of(notice) == [
        ("2025-02-10", "The resurfacing was originally due to begin", None),
        ("2025-03-24", "The resurfacing will now begin", "tentative"),
    ]


def test_a_weekday_and_its_evening_each_week_is_a_habit() -> None:
    news = (
        "Team news\n\nPlease add your name to the sheet by Thursday evening each week. The "
        "club dinner is on Saturday 15 November.\n"
    )
    assert dates_of(news, "2025-10-06") == ["2025-11-15"]


def test_a_month_glanced_back_at_gives_its_year_to_its_when() -> None:
    story = (
        "KELSO, March 5, 2025 (Border Wire) - Floodwater closed the road on Tuesday.\n\n"
        "Residents said it brought back memories of November 2009, when the river burst its "
        "banks on November 19 and the bridge was shut for a week.\n"
    )
    assert "2009-11-19" in dates_of(story)


def test_this_weekend_told_in_the_past_on_a_monday_is_the_one_gone() -> None:
    report = (
        "Camford Harriers' women won the county relays at Ashby this weekend, their first "
        "title since 2019.\n"
    )
    assert dates_of(report, "2025-03-10") == ["2025-03-08/2025-03-09"]


def test_a_weekday_closed_in_a_table_of_hours_is_a_habit() -> None:
    page = (
        "<html><body><main>\n<h1>Crane Lane Bakery</h1>\n<p>The bakery opened in March "
        "2019.</p>\n<h2>Opening hours</h2>\n<table>\n"
        "<tr><th>Monday</th><td>Closed</td></tr>\n"
        "<tr><th>Tuesday</th><td>7am to 3pm</td></tr>\n"
        "<tr><th>Sunday</th><td>Closed</td></tr>\n</table>\n<p>Orders by phone.</p>\n"
        "</main></body></html>\n"
    )
    assert dates_of(page, "2025-05-20") == ["2019-03"]


def test_today_before_the_speaker_is_no_part_of_who_our_is() -> None:
    statement = (
        "Statement by the Transport Minister\n\nIssued: Tuesday 11 November 2025\n\n"
        "Today I can confirm that the ferry subsidy will continue until 2030.\n\n"
        "Our Ferry Plan, published in 2022, set out the routes we fund.\n"
    )
    assert ("2022", "The Ferry Plan was published", None) in events_of(statement)


def test_the_style_reread_s_cases_of_the_new_rules() -> None:
    # a run of days to 29 February under "Coming up" is left as told, and drafts
    leap = (
        "<h2>News</h2>\n<p>The cafe reopened on 12 May 2024 after its refit.</p>\n"
        "<h2>Coming up</h2>\n<ul>\n<li><strong>Cafe closed 26-29 February</strong> while the "
        "ovens are replaced.</li>\n</ul>\n"
    )
    assert "2024-02-26/2024-02-29" in dates_of(leap, "2025-01-10")
    # a closure told in the past is of the past; so is a day after "please" told as done
    closed = "High street memories\n\nWoolworths closed 5 January after a century.\n"
    assert dates_of(closed, "2025-10-01") == ["2025-01-05"]
    forms = "Membership office\n\nPlease send the forms we received by 31 January.\n"
    assert events_of(forms, "2025-03-01") == [
        ("../2025-01-31", "Please send the forms we received", None)
    ]
    # "this weekend's" told in the past on a Monday; "and then was shut until" is one term;
    # a December day under "Coming up" read in January is the one just gone
    weekend = "Club news\n\nThis weekend's match was a thriller, and the club won the league.\n"
    assert dates_of(weekend, "2025-10-20") == ["2025-10-18/2025-10-19"]
    line = "The line closed on 3 March 2020, and then was shut until 30 June 2021.\n"
    assert dates_of(line) == ["2020-03-03/2021-06-30"]
    carols = (
        "<h2>News</h2>\n<p>The choir sang at the fair on 6 December 2024.</p>\n"
        "<h2>Coming up</h2>\n<ul>\n<li>Carol service, 20 December, in the church.</li>\n</ul>\n"
    )
    assert dates_of(carols, "2025-01-05") == ["2024-12-06", "2024-12-20"]


# Texts at the rules' edges, which must read as before: a prayer's relative clause after
# "please", a diary's "Started" after its day, a year "usually dated to", a decision "to
# close", a contents page's leaders, a training diary's rows, a headline's plans with a
# publication date.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "PARISH NEWS\n\nPlease pray for Ellen Marsh, who died on Monday, and for her family.\n",
            "2025-10-05",
            [("2025-09-29", "Ellen Marsh died", None)],
        ),
        (
            (
                "From the diary of a drover, 1868\n\n"
                "June 14th, 1868. Reached the river with the herd.\n\n"
                "June 19th. Started packing the wagons for the fair. Rain all day.\n"
            ),
            None,
            [
                ("1868-06-14", "Reached the river with the herd", None),
                ("1868-06-19", "Started packing the wagons for the fair", None),
            ],
        ),
        (
            "The oak chest is usually dated to the 1840s. In the 1850s the workshop moved to "
            "Leeds.\n",
            None,
            [
                ("1840/1849", "The oak chest is usually", None),
                ("1850/1859", "The workshop moved to Leeds", None),
            ],
        ),
        (
            "Leisure news\n\nThe decision to close the pool on 3 May was taken by the board.\n",
            "2025-06-01",
            [("2025-05-03", "The decision to close the pool was taken by the board", None)],
        ),
        (
            (
                "CONTENTS\n\nIntroduction ........................ 3\n"
                "The early years ..................... 9\n"
                "The mill in 1850 ................... 21\n"
            ),
            None,
            [("1850", "The mill", None)],
        ),
        (
            (
                "Training diary, 2025\n\nMar. 3  Ran the hill repeats with the squad.\n"
                "Mar. 5  Rest day, as planned.\n"
            ),
            None,
            [
                ("2025-03-03", "Ran the hill repeats with the squad", None),
                ("2025-03-05", "Rest day, as planned", None),
            ],
        ),
        (
            (
                "Town briefing\n\n- Harbour baths to reopen on 14 June after repairs.\n"
                "- Market hall roof to be mended by the end of July.\n"
            ),
            "2025-05-30",
            [
                ("../2025-07", "Market hall roof to be mended", "tentative"),
                ("2025-06-14", "Harbour baths to reopen after repairs", "tentative"),
            ],
        ),
    ],
)
def test_the_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected


# Texts the reviews wrote at the rules' edges, which read worse before the rules were
# narrowed and must read as before: a decade of an event before a habit, a memorandum's
# "yesterday", a memoir's "Started work", a funeral's name in -ed, "decided to close", "every
# week will", "this weekend's match", a ballot's day after "please find", a notice posted
# late, a diary's day and year in columns, "not reopened until", "the Friday following".
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Holme Lodge: a short history\n"
                "The house was built in the 1720s and was often used as a school by "
                "the parish.\n"
                "In 1911 it was sold to the Barnes family.\n"
            ),
            "2024-05-02",
            [
                ("1720/1729", "The house was built", None),
                ("1911", "The house was sold to the Barnes family", None),
            ],
        ),
        (
            (
                "Diary of the Rev. J. Holt\n"
                "Tuesday 14th March 1826. Rain all day. Mem. Yesterday I paid the "
                "smith his bill.\n"
                "Wednesday 15th March 1826. Fine. Rode to Ludlow.\n"
            ),
            None,
            [
                ("1826-03-13", "I paid the smith his bill", None),
                ("1826-03-14", "Rain all day", None),
                ("1826-03-15", "Rode to Ludlow", None),
            ],
        ),
        (
            (
                "MEMOIR OF A MILLER\n"
                "\n"
                "Started work at the Lowfield mill in 1953. The mill closed on 4 March 1971.\n"
            ),
            None,
            [
                ("1953", "Started work at the Lowfield mill", None),
                ("1971-03-04", "The mill closed", None),
            ],
        ),
        (
            (
                "Church notices\n"
                "Feb 6 Alfred Hale's funeral at 11am at St Mary's.\n"
                "Feb 9 Mildred Cole's memorial service.\n"
            ),
            "2025-02-01",
            [
                ("2025-02-06", "Alfred Hale's funeral at 11am at St Mary's", "tentative"),
                ("2025-02-09", "Mildred Cole's memorial service", "tentative"),
            ],
        ),
        (
            ("Company history\nThe directors decided to close the Leeds works on 30 June 1931.\n"),
            None,
            [
                ("1931-06-30", "The directors decided to close the Leeds works", None),
            ],
        ),
        (
            (
                "Head teacher's letter\n"
                "From Monday every week will begin with a ten-minute reading.\n"
            ),
            "2025-01-03",
            [
                ("2025-01-06", "Every week will begin with a ten-minute reading", "tentative"),
            ],
        ),
        (
            ("Club news\nWe signed two new players ahead of this weekend's match against Ashby.\n"),
            "2025-03-14",
            [
                ("2025-03-15/2025-03-16", "The match against Ashby", None),
            ],
        ),
        (
            ("Please find below the results of the ballot of 12 April for the committee places.\n"),
            "2025-04-20",
            [
                (
                    "2025-04-12",
                    "Please find below the results of the ballot for the committee places",
                    None,
                ),
            ],
        ),
        (
            (
                "Hartley Parish Council - minutes of the meeting held on 3 March 2025\n"
                "\n"
                "1. The Chairman welcomed members.\n"
                "2. The precept was confirmed.\n"
                "\n"
                "Dates for your diary\n"
                "Litter pick, 22 March, meet at the green at 10 a.m.\n"
                "Annual Parish Meeting, 24 April, Village Hall.\n"
            ),
            "2025-05-10",
            [
                ("2025-03-22", "Litter pick, meet at the green", None),
                ("2025-04-24", "Annual Parish Meeting, Village Hall", None),
            ],
        ),
        (
            (
                "Diary of a land girl\n"
                "\n"
                "June   21    1940\n"
                "Arrived at Hollins Farm. Mrs Day showed me the dairy.\n"
                "\n"
                "June   22    1940\n"
                "Up at five. Milked two cows badly.\n"
            ),
            None,
            [
                ("1940-06-21", "Arrived at Hollins Farm", None),
                ("1940-06-22", "Up at five", None),
            ],
        ),
        (
            ("The road was closed on 3 March 2025, and it was not reopened until 10 April 2025.\n"),
            "2025-05-01",
            [
                ("2025-03-03/2025-04-10", "The road was closed", None),
            ],
        ),
        (
            (
                "Log of the Brig Mary Ann\n"
                "\n"
                "Arrived Cadiz 14 June 1798. Discharged cargo.\n"
                "Sailed the Friday following with a fair wind for Gibraltar.\n"
            ),
            None,
            [
                ("1798-06-15", "Sailed the following with a fair wind for Gibraltar", "tentative"),
            ],
        ),
    ],
)
def test_the_reviews_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected
