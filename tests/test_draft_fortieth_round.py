"""A side's next opponent; a game's quarters; "he" beside a side; a participle's plural
subject; these days' places, shares and headings; a figure counted to a day, a statement's
tail and a notice's closing day; a state ended "when"; a phrase that opens a sentence; a
day's thing and where it goes; "before that" a plan; a year over an account book's rows, a
month alone in their column and a weekday after their day; an old hand's "abt" before "&";
places and items named by letters; an old weight's parts; a row's name before its leader;
years "dated" and contests' years; a purpose's "so that"; a maker's nouns in -ers; the
second of a kind; a day named again by its thing; a company's registered line and a court's
"we"; a month's day "of that month"; a count "as of this morning"; a plan no more than a
year ahead; a card's rows, its season and its head; a notice over a web page; each rule on
texts of other kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.drafting import dates_of, events_of, titles_of


def test_a_side_s_next_opponent_is_the_coming_day_and_its_result_the_past_one() -> None:
    report = (
        "NETBALL\n\nKelby Kestrels beat Ashworth 41-38 on Saturday.\n\nThe Kestrels now face "
        "Marlow Vipers in the county final at Dene Park on Saturday, with a 2pm start.\n"
    )
    assert events_of(report, "2025-05-19") == [
        ("2025-05-17", "Kelby Kestrels beat Ashworth 41-38", None),
        (
            "2025-05-24",
            "The Kestrels now face Marlow Vipers in the county final at Dene Park, with a 2pm "
            "start",
            "tentative",
        ),
    ]
    played = "Kelby Kestrels faced Marlow Vipers at Dene Park on Saturday and lost 30-41.\n"
    assert dates_of(played, "2025-05-19") == ["2025-05-17"]


def test_a_game_s_quarter_is_no_quarter_of_the_year_but_a_firm_s_still_is() -> None:
    rugby = (
        "Rugby\n\nWendle scored three tries in the first quarter and held on to win 24-20 at "
        "Holme Road on Saturday.\n"
    )
    assert dates_of(rugby, "2025-03-10") == ["2025-03-08"]
    profits = "The bank's profits rose two points in the first quarter, it said on Monday.\n"
    assert "2025-01/2025-03" in dates_of(profits, "2025-05-19")


def test_he_beside_a_side_is_the_one_person_told_of_in_apposition() -> None:
    report = (
        "The Otters were without their goalkeeper, Dan Pyle, who broke a finger against Ashby on "
        "3 May. He is expected back by the end of June.\n"
    )
    assert titles_of(report, "2025-05-19")["../2025-06"] == "Dan Pyle is expected back"
    club = (
        "Harbour Rovers were without striker Tom Reddy, who hurt a knee in training on 14 "
        "September. He is expected back for the derby on October 18.\n"
    )
    assert titles_of(club, "2025-10-01")["2025-10-18"] == (
        "Tom Reddy is expected back for the derby"
    )


def test_a_participle_s_subject_in_the_plural_takes_were() -> None:
    rockets = (
        "CLUB HISTORY\n\nFormed in 1921 by workers at the brickworks, the Rockets won the county "
        "shield in 1950.\n"
    )
    assert titles_of(rockets)["1921"] == "The Rockets were formed by workers at the brickworks"
    club = "Formed in 1921 by workers at the brickworks, the club won the county shield in 1950.\n"
    assert titles_of(club)["1921"] == "The club was formed by workers at the brickworks"


def test_these_days_a_maker_s_goods_and_headings_are_no_day_of_the_text() -> None:
    forge = (
        "OUR STORY\n\nThe forge was set up in 1902 by Amos Tell. Today our gates go to parks, "
        "schools and churches around the world.\n"
    )
    assert dates_of(forge, "2025-02-01") == ["1902"]
    guild = (
        "The Guild of Bellringers\n\nFounded in 1887, the guild rang for the coronation in 1902."
        "\n\nBellringing today\n\nThe guild has 40 members.\n"
    )
    assert dates_of(guild, "2025-02-01") == ["1887", "1902"]
    # (the day's news stays the day's: "announced", "go on strike")
    news = "Kelso Gates today announced a new factory. Today our staff go on strike over pay.\n"
    assert dates_of(news, "2025-02-01") == ["2025-02-01", "2025-02-01"]
    # (nor a baton's day, a wreath's or a log's visit)
    baton = "Today the baton goes to schools all over the country.\n"
    assert dates_of(baton, "2025-02-01") == ["2025-02-01"]
    wreath = "The memorial was unveiled in 1921. A wreath hangs on it today.\n"
    assert dates_of(wreath, "2025-02-01") == ["1921", "2025-02-01"]


def test_a_statement_s_tail_is_furniture_and_an_object_s_issue_its_own() -> None:
    statement = (
        "The bridge closed on Monday 3 March 2025 after an inspection.\n\n"
        "Issued by the Highways press office, 5 March 2025, 10:15.\n"
    )
    assert dates_of(statement) == ["2025-03-03"]
    # (not an object's issue: "Issued by the Bank of England in 1793.")
    note = "A five-pound note.\n\nIssued by the Bank of England in 1793.\n"
    assert dates_of(note) == ["1793"]


def test_a_state_ended_roughly_when_something_happened_is_dated_by_what_happened() -> None:
    pumps = (
        "The pumps worked without a fault until on or about 4 June 2019, when lightning struck "
        "the control house.\n"
    )
    assert events_of(pumps) == [("2019-06-04~", "Lightning struck the control house", None)]


def test_an_opening_phrase_with_no_clause_after_it_leaves_the_sentence_its_subject() -> None:
    voyage = (
        "After a long voyage the ship reached Hobart on 3 March 1840 and landed its first "
        "settlers two days later, a party of forty.\n"
    )
    assert events_of(voyage) == [
        ("1840-03-03", "The ship reached Hobart", None),
        ("1840-03-05", "The ship landed its first settlers, a party of forty", None),
    ]
    season = "At the end of the season the club will move to a new ground in August 2026.\n"
    assert titles_of(season, "2025-09-01") == {"2026-08": "The club will move to a new ground"}
    garrison = (
        "After the fall of the Venetian Republic the garrison is thought to have left in 1797, "
        "although no record of its departure survives.\n"
    )
    assert titles_of(garrison)["1797?"].startswith("The garrison is thought to have left")


def test_a_day_s_thing_is_named_without_where_it_was_moved_to() -> None:
    heats = "Storms forced the organisers to move Sunday's heats to the evening.\n"
    assert titles_of(heats, "2025-07-14") == {"2025-07-13": "The heats"}
    trip = "Lee will miss Saturday's trip to Carrow.\n"
    assert titles_of(trip, "2025-07-14") == {"2025-07-19": "The trip to Carrow"}


def test_before_that_a_plan_of_next_year_a_day_is_the_coming_one() -> None:
    regatta = (
        "Next year's regatta will be held on 9-11 July 2026. Before that, the crew head to the "
        "nationals, which are due to start on 2 August.\n"
    )
    assert events_of(regatta, "2025-07-14") == [
        ("2025-08-02", "The nationals are due to start", "tentative"),
        ("2026-07-09/2026-07-11", "Next year's regatta will be held", "tentative"),
    ]
    mill = (
        "The mill closed on 10 July 1990. Before that, on 2 March, a fire had gutted the store.\n"
    )
    assert dates_of(mill) == ["1990-03-02", "1990-07-10"]


_CARRIER = (
    "Day Book of Wm. Pask, Carrier.\n"
    "                                        L.  s.  d.\n"
    "1820\n"
    "Jany 5th   Carried 3 loads of coal for Mr Venn       0   9   0\n"
    "Mar. 2d    Thursday. Carried the Vicar's goods to Holt\n"
    "           at 4s. the load                               0  12   0\n"
    "Apl 20th   To Mr Venn, 2 loads of lime                   0   6   0\n"
    "\n"
    "1821\n"
    "Jany 8th   Settled with Mr Venn for the year past        1   4   0\n"
)


def test_a_year_over_an_account_book_s_rows_and_a_weekday_after_their_day() -> None:
    assert events_of(_CARRIER) == [
        ("1820-01-05", "Carried 3 loads of coal for Mr Venn", None),
        ("1820-03-02", "Carried the Vicar's goods to Holt at 4s. the load", None),
        ("1820-04-20", "To Mr Venn, 2 loads of lime", None),
        ("1821-01-08", "Settled with Mr Venn for the year past", None),
    ]


def test_a_month_alone_in_the_rows_column_dates_its_entry_and_the_day_it_tells() -> None:
    thatcher = (
        "Acct Book of Jas. Kemp, Thatcher.\n"
        "                                        L.  s.  d.\n"
        "1811\n"
        "Feby 4th   Thatched the barn at Low Fm.            1   2   0\n"
        "Mar.       Bought 40 bundles of reed of Jno Lugg\n"
        "           abt the 12th                                  0  18   0\n"
        "June       Took Wm Pyle apprentice for 5 yrs              2   0   0\n"
        "July 9th   Mended the Vicarage roof                     0   7   6\n"
    )
    assert events_of(thatcher) == [
        ("1811-02-04", "Thatched the barn at Low Fm", None),
        ("1811-03-12~", "Bought 40 bundles of reed of Jno Lugg", None),
        ("1811-06", "Took Wm Pyle apprentice for 5 yrs", None),
        ("1811-07-09", "Mended the Vicarage roof", None),
    ]


def test_an_old_hand_s_abt_before_a_year_and_an_ampersand() -> None:
    glazier = (
        "Notes of Saml. Ware, glazier.\n\nThe old kiln was pulled down abt 1790 & a new one built "
        "in its place in 1791.\n"
    )
    assert events_of(glazier) == [
        ("1790~", "The old kiln was pulled down", None),
        ("1791", "A new one built in its place", None),
    ]


def test_places_and_items_named_by_a_letter() -> None:
    bats = (
        "Bat survey, 2024.\n\nThe first pipistrelle was heard on 3 June in plot B. A second roost "
        "was found on 9 July in plot D; it held about 40 bats.\n"
    )
    assert events_of(bats) == [
        ("2024-06-03", "The first pipistrelle was heard in plot B", None),
        ("2024-07-09", "A second roost was found in plot D", None),
    ]
    # (an initial stays an initial)
    author = "The report was written by J. A. Smith on 3 May 2024.\n"
    assert titles_of(author) == {"2024-05-03": "The report was written by J. A. Smith"}
    steps = (
        "7. NEXT STEPS\n  a) The panel will meet again on 12 March 2026.\n"
        "  b) Residents may write to the clerk.\n"
        "  c) A decision will be published by 30 April 2026.\n"
    )
    assert events_of(steps, "2026-01-10") == [
        ("../2026-04-30", "A decision will be published", "tentative"),
        ("2026-03-12", "The panel will meet", "tentative"),
    ]


def test_an_old_weight_s_parts_and_a_sum_with_a_stop_end_no_sentence() -> None:
    smith = (
        "Day Book of Jno. Hale, Smith.\n"
        "                                                   s.  d.\n"
        "1866\n"
        "Mar. 3.   Bot. of Mr Gedge 3 cwt. 2 qr. 10 lb. of bar iron      L2 14 . 0\n"
        "Mar. 9.   Shoeing Mr Pope's cob all round                      3 . 4\n"
    )
    assert events_of(smith) == [
        ("1866-03-03", "Bot. of Mr Gedge 3 cwt. 2 qr. 10 lb. of bar iron", None),
        ("1866-03-09", "Shoeing Mr Pope's cob all round", None),
    ]
    # (a weight before words is one sentence's end)
    assert titles_of("He bought it for 3 lb. 4 men came on 3 May 2020.\n") == {
        "2020-05-03": "4 men came"
    }


def test_a_row_s_name_before_its_leader_and_a_fixture_s_sides_either_side_of_it() -> None:
    card = (
        "CLUB PROGRAMME 2025\n\nSEPTEMBER 2025\n"
        "  Tue  9   Opening Night ...................... talk and slides\n"
        "  Tue 23   Members' Evening ................... bring six prints\n"
    )
    assert events_of(card) == [
        ("2025-09-09", "Opening Night", "tentative"),
        ("2025-09-23", "Members' Evening", "tentative"),
    ]
    fixtures = (
        "DARTS LEAGUE FIXTURES 2025\n\nSEPTEMBER 2025\n"
        "  Tue  9   The Anchor ............ v  Quay Street\n"
    )
    assert titles_of(fixtures)["2025-09-09"].startswith("The Anchor")
    assert "Quay Street" in titles_of(fixtures)["2025-09-09"]


def test_a_year_dated_and_a_contest_s_year() -> None:
    bells = "The oldest bell in the tower is dated 1624; the frame was renewed in 1888.\n"
    assert dates_of(bells) == ["1624", "1888"]
    honours = "Honours\n\nWinners of the Harland Trophy 2019 and runners-up in 2021.\n"
    assert dates_of(honours) == ["2019", "2021"]
    # (not a programme's heading: "Northern Championship 2025: Fixtures")
    heading = "Northern Championship 2025: Fixtures\n\nThe league was founded in 1895.\n"
    assert dates_of(heading) == ["1895"]


def test_probably_leaves_the_title_with_its_date() -> None:
    firm = "Abel Hart joined the firm, probably in 1789.\n"
    assert titles_of(firm) == {"1789?": "Abel Hart joined the firm"}


def test_verbs_of_the_past_and_of_a_plan() -> None:
    statement = (
        "STATEMENT\n\nThursday 6 March 2025\n\nIn the early hours of Sunday some 2,000 tonnes of "
        "rock slid onto the road.\n"
    )
    assert dates_of(statement) == ["2025-03-02"]
    trees = "The council has committed to planting 5,000 trees by 2030.\n"
    assert events_of(trees, "2025-01-15")[0][2] == "tentative"
    meeting = "The parish council has called an open meeting in the school for March 20.\n"
    assert events_of(meeting, "2025-03-12") == [
        ("2025-03-20", "The parish council has called an open meeting in the school", "tentative")
    ]
    called = "The parish council called an open meeting on March 2.\n"
    assert dates_of(called, "2025-03-12") == ["2025-03-02"]
    assert dates_of("Prices rose on 3 March 2025.\n") == ["2025-03-03"]


def test_a_card_s_notes_its_rose_bowl_and_its_founding_tell_no_past_of_its_rows() -> None:
    bowls = (
        "BOWLS CLUB FIXTURES 2025\n\nSat 6 Sep   Club Supper ........ supper included\n"
        "Sat 20 Sep   Finals Day ........ lunch provided\n"
    )
    assert [status for _, _, status in events_of(bowls)] == ["tentative", "tentative"]
    rose = (
        "BOWLS CLUB FIXTURES 2025\n\nSat 14 Jun   ROSE BOWL FINAL, Home\n"
        "Sat 13 Sep   Harvest Pairs, Away\n"
    )
    assert [status for _, _, status in events_of(rose)] == ["tentative", "tentative"]
    darts = "RIVERSIDE DARTS LEAGUE\nFounded 1958\n\nFIXTURES 2025\n\nMon 3 Mar   Opening night\n"
    assert events_of(darts) == [
        ("1958", "RIVERSIDE DARTS LEAGUE was founded", None),
        ("2025-03-03", "Opening night", "tentative"),
    ]


def test_a_season_named_in_capitals_under_the_club_s_head_gives_its_months_their_years() -> None:
    card = (
        "HARTLEY CRIBBAGE CLUB\nFounded 1949 - Members of the Vale League\n\n"
        "FIXTURES CARD - SEASON 2025-26\n\nOCTOBER\n  Thu  9   League v Ashby ........ Home\n"
        "FEBRUARY\n  Thu 12   League v Rowe ........ Away\n\n"
        "Cup entries to the Secretary by 30 September, please.\n"
    )
    assert dates_of(card) == ["../2025-09-30", "1949", "2025-10-09", "2026-02-12"]


def test_a_purpose_s_so_that_parts_two_clauses() -> None:
    notice = (
        "The tenant gave written notice of the damp on 3 June 2021, so that the repairs had to "
        "be done no later than 2 August 2021.\n"
    )
    titles = titles_of(notice)
    assert titles["2021-06-03"] == "The tenant gave written notice of the damp"
    assert titles["../2021-08-02"] == "The repairs had to be done"
    # (not "so that would be the 9th": a sum of days, no purpose)
    recalled = (
        "I started at the works on the Monday after my birthday, so that would be the 9th of "
        "January 1961.\n"
    )
    assert titles_of(recalled)["1961-01-09"].startswith("I started at the works")


def test_a_maker_s_nouns_in_ers_and_the_verbs_in_ers() -> None:
    works = "From 1940 to 1945 the works built gliders and trailers for the air force.\n"
    assert titles_of(works) == {
        "1940/1945": "The works built gliders and trailers for the air force"
    }
    bakery = "The bakery opened in 1990 and delivers to shops across the county.\n"
    assert titles_of(bakery) == {"1990": "The bakery opened"}


def test_the_second_of_a_kind_takes_the_first_s_noun() -> None:
    dig = "The first trial dig was made on 4 May 2023 and the second on 19 June 2023.\n"
    assert titles_of(dig) == {
        "2023-05-04": "The first trial dig was made",
        "2023-06-19": "The second trial dig was made",
    }
    lamps = "A first lamp was lit in 1901 and a second in 1905.\n"
    assert titles_of(lamps)["1905"] == "A second lamp was lit"


def test_a_day_named_again_by_its_thing_takes_the_year_it_was_told_with() -> None:
    board = (
        "The board wrote to the tenant on 14 February 2022 and again in March.\n\nII.\n\n"
        "The letter of 14 February gave no reason for the rise.\n"
    )
    assert dates_of(board, "2024-01-10") == ["2022-02-14", "2022-02-14", "2022-03"]
    # (a day not named by a thing done on it is read as before: not the day told before)
    paid = board.replace("The letter of 14 February gave", "On 14 February the tenant paid")
    assert dates_of(paid, "2024-01-10").count("2022-02-14") == 1


def test_we_are_the_company_a_closing_line_registers_or_the_court_that_judges() -> None:
    history = (
        "Our history\n\nKestrelbus was founded in 1931 by Tom Hale. Since 2008 Kestrelbus has run "
        "school buses. We have committed to an electric fleet by 2030.\n"
    )
    assert titles_of(history, "2025-01-15")["../2030"].startswith("Authors")
    registered = f"{history}\nKestrelbus Travel Ltd, Depot Road, Ashby. Registered in England.\n"
    assert titles_of(registered, "2025-01-15")["../2030"] == (
        "Kestrelbus Travel Ltd has committed to an electric fleet"
    )
    opinion = (
        "IN THE COURT OF APPEALS\n\nWe affirm.\n\nThe tenant left the flat on 3 May 2021. We "
        "heard oral argument on 9 June 2023.\n"
    )
    assert titles_of(opinion)["2023-06-09"] == "The court heard oral argument"


def test_we_of_a_page_s_notice_is_its_library_and_a_cookie_banner_no_notice() -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>Opening times | Fernside Library</title></head>\n"
        '<body>\n<div class="alert">The library will be closed from Monday 14 April to Friday '
        "18 April for rewiring. We reopen on Saturday 19 April.</div>\n<main>\n"
        "<h1>Opening times</h1>\n<p>The library opened in 1962 and moved to Fern Street in "
        '2009.</p>\n</main>\n<div class="cookie-notice">We use cookies. Updated 2 March 2025.'
        "</div>\n</body></html>\n"
    )
    assert events_of(page, "2025-04-01") == [
        ("1962", "The library opened", None),
        ("2009", "The library moved to Fern Street", None),
        ("2025-04-14/2025-04-18", "The library will be closed for rewiring", "tentative"),
        ("2025-04-19", "The library reopens", "tentative"),
    ]


def test_a_day_of_that_month_and_a_count_as_of_this_morning() -> None:
    letter = (
        "Letter of Jas. Pyle.\n\nThe rent for the quarter of 25 March 1802 was paid on or about "
        "the 28th of that month.\n"
    )
    assert "1802-03-28~" in dates_of(letter)
    # (a count as of a day is a dated fact; a state held is not)
    statement = (
        "STATEMENT\n\nWednesday, 11 September 2024\n\nAs of this morning 12 wards are closed. The "
        "first case was found on 22 August.\n"
    )
    assert dates_of(statement) == ["2024-08-22", "2024-09-11"]
    museum = "As of today the museum has 300 members. It opened on 3 May 2019.\n"
    assert events_of(museum, "2025-01-10") == [("2019-05-03", "The museum opened", None)]


def test_a_table_s_rows_of_days_without_weekdays_under_their_years() -> None:
    events = (
        "SPECIAL EVENTS\n\nDate        Event                           Director\n2025\n"
        "8 Sep       Club Pairs Championship         J. Hollis\n"
        "11-12 Oct   Swiss Teams Congress            D. Okafor\n2026\n"
        "5 Jan       New Year Pairs                  J. Hollis\n"
    )
    assert dates_of(events, "2025-08-20") == ["2025-09-08", "2025-10-11/2025-10-12", "2026-01-05"]
    days = (
        "Date        Day      Event\n8 Sep       Mon      Club Pairs Championship\n"
        "27 Nov      Thu      Annual General Meeting\n"
    )
    assert titles_of(days, "2025-08-20") == {
        "2025-09-08": "Club Pairs Championship",
        "2025-11-27": "Annual General Meeting",
    }


def test_a_field_run_into_others_and_a_dated_field_over_a_signature() -> None:
    notice = (
        "NOTICE OF INTENDED WORKS\n\nTree: Common oak, no. 31\nLocation: Mill Green\n"
        "Protection: Conservation Area, designated in 1981\n\n"
        "The council intends to fell the tree.\n"
    )
    assert titles_of(notice) == {"1981": "Conservation Area, designated"}
    order = (
        "ORDER\n\nThe Order will come into force on 7 April 2025. The Council expects to complete "
        "the works by 30 September 2026. Warning signs were put up on 28 February.\n\n"
        "Dated: 3 March 2025\n\nP. J. Hollings\nDirector of Highways\n"
    )
    assert dates_of(order) == ["../2026-09-30", "2025-02-28", "2025-04-07"]


def test_a_maker_described_as_a_trade_s_compound_and_a_relative_clause_s_series() -> None:
    release = (
        "Harrow Mills, the family-run papermaker in the Tarn valley, today announced a new drying "
        "hall.\n"
    )
    assert titles_of(release, "2025-05-21") == {
        "2025-05-21": "Harrow Mills announced a new drying hall"
    }
    museum = (
        "The museum was founded in 1921 by Ada Hale, who bought a cottage, filled it with looms "
        "and opened it to visitors.\n"
    )
    assert titles_of(museum) == {"1921": "The museum was founded by Ada Hale"}
    # (the main verb after a relative clause between commas stays the subject's)
    lease = "Whitlock, who had lived in the flat since 2016, signed a new lease on 15 March 2021.\n"
    assert titles_of(lease)["2021-03-15"] == "Whitlock signed a new lease"


def test_the_style_reread_s_edges() -> None:
    # (a sponsor's line is no "we"; nor "The company now runs" a register)
    cup = (
        "Wexcombe Cup notes\n\nWe began running the cup on 3 March 1952.\n\nMarsh Bakery Ltd, who "
        "gave the cup this year, sends its thanks.\n\nThe company now runs 40 vans.\n"
    )
    assert titles_of(cup) == {"1952-03-03": "Authors began running the cup"}
    # (a prose line that opens on a day is no table's row)
    hall = (
        "The hall committee, which has met monthly since the war, met on\n14 May  and agreed to "
        "repaint the porch before the fete.\n"
    )
    assert titles_of(hall, "2025-06-01") == {"2025-05-14": "The hall committee met"}
    items = (
        "The works are as follows:\n  h) The wall is to be mended on 3 June 2024.\n"
        "  i) The next survey is due on 3 July 2024.\n  j) Bramble should be cut on 10 July 2024.\n"
    )
    assert titles_of(items)["2024-07-03"] == "The next survey is due"
    assert dates_of(
        "Village notices\n\nFlood warning today\n\nThe ford is closed.\n", "2025-06-10"
    ) == ["2025-06-10"]
    magpies = "Founded in 1892, the Magpies play at Mill Lane.\n"
    assert titles_of(magpies) == {"1892": "The Magpies were founded"}
    rose = "The rose garden opens to visitors on Saturday.\n"
    assert dates_of(rose, "2025-06-10") == ["2025-06-14"]
    assert dates_of("The Marsh Cup 2024 went to Hollin after a late try.\n") == ["2024"]
    assert dates_of("Hollin won the Harbour Town Cup 2024 with a late try.\n") == ["2024"]
    assert dates_of("At Sunday School the children sang carols.\n", "2025-01-10") == []
    museum = "As of Today the museum has 300 members. It opened on 3 May 2019.\n"
    assert dates_of(museum, "2025-01-10") == ["2019-05-03"]
    hawks = (
        "On Saturday the Hawks were without their captain, Ryan Follet, who was injured on 3 May. "
        "He returns on 24 May.\n"
    )
    assert titles_of(hawks, "2025-05-12")["2025-05-24"] == "Ryan Follet returns"
    notices = (
        "The council sent a notice on January 9, 2019.\n\nA second notice followed on January 9, "
        "2023.\n\nII.\n\nThe notice of January 9 named the wrong flat.\n"
    )
    assert dates_of(notices, "2024-06-01") == ["2019-01-09", "2023-01-09", "2023-01-09"]
    six = "The first six cottages were sold on 14 May 2024 and the second on 23 July 2024.\n"
    assert titles_of(six)["2024-07-23"] == "The second were sold"
