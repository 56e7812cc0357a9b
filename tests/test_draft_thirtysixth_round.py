"""A card's rows with their month first, its head in title case or run into its first line,
its own line of months, its printing and a note in its programme's year; who "we" are on a
site's page; a notice's state on a coming day; a week's named days; "two days after &"; a
month told, then a day of it "that year"; an account's head of its money columns, its sums,
its "Nov. last" and a term "as let"; plans an entry sets after a comma; a deadline after a
comma; what an advice is; a day's evening; a statement's "First,"; "burst"; a way through; a
quarter day always kept; a year's chapter heading over the prose that tells its fact: each
rule on texts of other kinds than the ones it was found in, and the lines at its edges, from
three reviews, read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_card_s_rows_with_their_month_first_are_its_days() -> None:
    card = (
        "ASHCOMBE BOWLS CLUB\n"
        "Fixtures 2026 - Summer Card\n\n"
        "May  9    Opening day - spoon drive\n"
        "May 23    v. Kelby Park (away)\n"
        "Jun 13    Club pairs, first round\n\n"
        "Printed by Ashcombe Print, 04/26\n"
    )
    assert events_of(card) == [
        ("2026-05-09", "Opening day - spoon drive", "tentative"),
        ("2026-05-23", "V. Kelby Park (away)", "tentative"),
        ("2026-06-13", "Club pairs, first round", "tentative"),
    ]


def test_a_card_s_own_line_of_its_months_dates_nothing() -> None:
    card = (
        "DENHOLM CRIBBAGE CLUB\n\n"
        "FIXTURES CARD - JANUARY TO APRIL 2026\n\n"
        "Tue 13 Jan ........ New Year drive\n"
        "Tue 10 Feb ........ League v. Marston\n"
    )
    assert events_of(card) == [
        ("2026-01-13", "New Year drive", "tentative"),
        ("2026-02-10", "League v. Marston", "tentative"),
    ]


def test_a_card_s_printing_month_dates_nothing() -> None:
    card = (
        "LOWTHER CHESS CLUB\n"
        "Winter Fixtures 2026\n\n"
        "Tue 13 Jan ..... Club championship, round 1\n"
        "Tue 27 Jan ..... v. Appleby (home)\n\n"
        "Card printed November 2025. Keep it by the board.\n"
    )
    assert dates_of(card) == ["2026-01-13", "2026-01-27"]


def test_a_card_s_head_run_into_its_first_line_still_announces() -> None:
    card = (
        "WESTFIELD & DISTRICT DARTS LEAGUE\n"
        "Premier Division - Fixtures 2025-26\n"
        "All matches on Tuesdays, 8 pm. Home team named first.\n\n"
        "  Sep 16, 2025   Plough v Swan\n"
        "  Oct 14         Swan v Railway\n"
        "  Jan 13, 2026   Railway v Plough\n\n"
        "The league was founded in 1971.\n"
    )
    events = events_of(card)
    assert ("1971", "The league was founded", None) in events
    assert [status for value, _, status in events if value.count("-") == 2] == ["tentative"] * 3


def test_we_on_a_site_s_page_are_the_site_its_title_names() -> None:
    page = (
        "<html><head><title>News | Brambleford Climbing Wall, Eastgate</title></head>\n"
        "<body><h1>Wall news</h1>\n"
        "<p>Junior coach Mina Osei ran the first youth session on 3 March.</p>\n"
        "<p>We reset the whole cave on 10 March and we added twelve new routes.</p>\n"
        "</body></html>"
    )
    assert titles_of(page, "2026-03-20")["2026-03-10"].startswith(
        "Brambleford Climbing Wall reset the whole cave"
    )


def test_a_notice_s_state_on_a_weekday_is_the_coming_one() -> None:
    page = (
        "<html><head><title>News | Pennant Bakery, Holt Street</title></head>\n"
        "<body><h2>Closed Monday for a new oven</h2>\n"
        "<p>We're closed all day on Monday while the new oven goes in.</p></body></html>"
    )
    assert events_of(page, "2026-05-13") == [
        ("2026-05-18", "Pennant Bakery are closed all day while the new oven goes", "tentative")
    ]


def test_a_span_of_weekdays_of_a_week_named_is_no_habit() -> None:
    notice = (
        "Harbour Library notice\n\n"
        "The reading room is closed from Monday to Wednesday next week while the floor is sanded."
    )
    assert dates_of(notice, "2026-05-13") == ["2026-05-18/2026-05-20"]


def test_some_days_after_before_and_count_from_the_day_before() -> None:
    diary = (
        "On 4 March 1851 the grey lost a shoe at Tilby. Sent for the smith, who came two days\n"
        "after & shod her."
    )
    assert dates_of(diary) == ["1851-03-04", "1851-03-06"]


def test_a_month_told_then_a_day_of_the_weeks_after_it_keeps_its_year() -> None:
    story = (
        "Museum reopens\n\n"
        "The museum reopened on Saturday after a long closure.\n\n"
        "The museum shut in May 2024, and the roofers began on 17 June that year."
    )
    assert titles_of(story, "2026-03-02")["2024-06-17"] == "The roofers began"


def test_an_account_s_head_of_money_columns_leaves_its_year_line_alone() -> None:
    book = (
        "MARSH & SONS, COOPERS, QUAY LANE\n"
        "Day Book, 1861-1862 (extract)\n\n"
        "Copied from the original volume; sums are in pounds, shillings and pence.\n\n"
        "                                                   L   s   d\n"
        "1861\n"
        "Feb.  4    Sold to the brewery 6 hogsheads         9   0   0\n"
        "Mar. 11    Rec'd of Mr Lister for casks            2   4   6\n"
    )
    assert events_of(book) == [
        ("1861-02-04", "Sold to the brewery 6 hogsheads", None),
        ("1861-03-11", "Rec'd of Mr Lister for casks", None),
    ]


def test_a_month_last_before_a_sum_is_the_one_before_and_dates_no_later_entry() -> None:
    book = (
        "HOLM ROPE WORKS, DAY BOOK (extract)\n\n"
        "1862\n"
        "Jan.  6    Paid the turner for staves, deliver'd\n"
        "           abt. the 20th Dec. last                         1   4   0\n"
        "Mar.  2    Mr Lister called about the new store            0   0   0\n"
    )
    assert dates_of(book) == ["1861-12-20~", "1862-01-06", "1862-03-02"]


def test_a_year_s_heading_with_a_short_title_takes_the_prose_s_fact() -> None:
    history = (
        "Tarrow Rope Works - Our History\n\n"
        "1851 - Small beginnings\n"
        "John Tarrow, a sailmaker, opens a rope walk beside the quay at Holm.\n\n"
        "c. 1890 - The age of steam\n"
        "The works installs its first steam engine and doubles its output.\n\n"
        "Today\n"
        "We make ropes for sailing clubs across Europe.\n"
    )
    assert events_of(history) == [
        ("1851", "John Tarrow, a sailmaker, opens a rope walk beside the quay at Holm", None),
        ("1890~", "The works installs its first steam engine and doubles its output", None),
    ]


def test_a_thing_s_start_set_after_a_comma_is_a_plan_beside_its_entry() -> None:
    diary = (
        "FARM DIARY 1902\n\n"
        "Apr. 7. Let the lower meadow to Mr Crane, the grazing to begin May 12.\n\n"
        "Apr. 20. Sowed the barley in the long field.\n"
    )
    events = events_of(diary)
    assert [(value, status) for value, _, status in events] == [
        ("1902-04-07", None),
        ("1902-04-20", None),
        ("1902-05-12", "tentative"),
    ]


def test_a_deed_to_be_done_after_a_semicolon_is_a_plan() -> None:
    book = (
        "GLEBE ACCOUNT, 1868\n"
        "Sept. 29   Rec'd half a year's rent of the glebe         12   0   0\n"
        "Oct.  5    Mr Dale to Thornby about the new lease of the\n"
        "           glebe; to be sign'd the 30th of this month.\n"
    )
    assert ("1868-10-30", "To be sign'd", "tentative") in events_of(book)


def test_what_an_advice_is_that_is_the_title() -> None:
    notice = (
        "Village hall closure\n\n"
        "Surveyors inspected the ceiling on Monday. Their advice is that the hall can reopen by "
        "Friday."
    )
    assert titles_of(notice, "2026-06-10")["../2026-06-12"] == "The hall can reopen"


def test_a_bound_set_off_by_a_comma_is_still_the_task_s_deadline() -> None:
    letter = (
        "Dear Members,\n\n"
        "The committee has asked the treasurer to present the accounts, no later than 30 April, "
        "so that they can be audited.\n"
    )
    assert [(value, status) for value, _, status in events_of(letter, "2026-03-02")] == [
        ("../2026-04-30", "tentative")
    ]


def test_a_part_of_a_day_of_the_month_is_that_day() -> None:
    report = (
        "Storm report, March 2026\n\n"
        "Gales began on 14 March and the sea wall was overtopped on the morning of the 15th, "
        "flooding the promenade."
    )
    assert dates_of(report, "2026-03-20") == ["2026-03-14", "2026-03-15"]


def test_a_statement_s_count_of_its_points_is_no_part_of_a_title() -> None:
    statement = (
        "Statement on school transport\n\n"
        "First, the council will add two buses to the Moorside route from 1 September.\n\n"
        "Second, fares for under-16s will be frozen until 31 March 2027."
    )
    titles = titles_of(statement, "2026-06-01")
    assert titles["2026-09-01"].startswith("The council will add two buses")
    assert titles["../2027-03-31"].startswith("Fares for under-16s will be frozen")


def test_a_verb_the_same_in_both_tenses_before_its_object_tells_the_past() -> None:
    story = "Flood update\n\nCellars were flooded when the Tarn burst its banks on Saturday night."
    assert dates_of(story, "2026-02-05") == ["2026-01-31"]


# Texts at the rules' edges, which the reviews found read worse and which must read as before:
# "v." after a number of volts; a ration card's own day; a past season named in an undated
# obituary; a site whose title names only a section or an edition; a past "Closed Monday"; a
# state the rest tells as past; "this Sunday" told in the past and "this Monday" in the
# present; a steeping's "3 days after &"; "twenty years after & more"; hymn numbers and a
# partnership's runs at a title's end; "L s d" in prose; a heading that names the fact
# ("Curator", "Victorian work box"); a parish's closed Monday told as past.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "The Hale Valley line was electrified at 1500 v. On 4 June 1935 the first "
                "electric train ran from Thornby to Ashby. Services were extended to the coast "
                "in 1938.\n"
            ),
            "2025-02-10",
            [
                ("1935-06-04", "The first electric train ran from Thornby to Ashby", None),
                ("1938", "Services were extended to the coast", None),
            ],
        ),
        (
            (
                "Ration book and card, 1940\n\nLent by Mrs J. Dunn of Corrow.\n"
                "Her mother's ration card issued 8 January 1940.\n"
                "Rationing of bacon, butter and sugar began that day.\n"
            ),
            None,
            [
                ("1940-01-08", "Her mother's ration card issued", None),
                ("1940-01-08", "Rationing of bacon, butter and sugar began", None),
            ],
        ),
        (
            (
                "Jack Reed, whose 1962 season for Ashby is still remembered, has died at 88. "
                "Born in Thornby on 4 May 1936, he joins the club in 1955 and plays 312 games. "
                "He dies on 2 January 2025.\n"
            ),
            None,
            [
                ("1936-05-04", "Jack Reed was born in Thornby", None),
                ("1955", "Born in Thornby on joins the club and plays 312 games", None),
                ("2025-01-02", "Jack Reed dies", None),
            ],
        ),
        (
            (
                "<html><head><title>News | Home</title></head><body>\n"
                "<p>5 May 2025</p>\n<p>The new season starts soon. We reopen the courts on 17 "
                "May after the winter repairs.</p>\n</body></html>\n"
            ),
            None,
            [("2025-05-17", "Authors reopen the courts after the winter repairs", "tentative")],
        ),
        (
            (
                "Parish News – Easter Edition\n\nCanon Pike led the Good Friday walk of "
                "witness on 18 April.\nWe welcomed Bishop John to St Anne's on Easter Day, 20 "
                "April.\n"
            ),
            "2025-04-27",
            [
                ("2025-04-18", "Canon Pike led the Good walk of witness", None),
                ("2025-04-20", "Authors welcomed Bishop John to St Anne's on Easter Day", None),
                ("2025-04-25", "Canon Pike led the Good walk of witness", None),
            ],
        ),
        (
            (
                "Closed Monday after a kitchen fire, the Brindle Bakehouse reopened on "
                "Thursday. Owner Ann Peel thanked the fire crews.\n"
            ),
            "2025-03-14",
            [
                ("2025-03-10", "The Brindle Bakehouse was closed after a kitchen fire", None),
                ("2025-03-13", "The Brindle Bakehouse reopened", None),
            ],
        ),
        (
            (
                "Storm damage\n\nThe Hale Road bridge is shut on Friday night after the storm "
                "brought down a tree, and it remained closed all weekend.\n"
            ),
            "2025-03-17",
            [
                (
                    "2025-03-14",
                    "The Hale Road bridge is shut after the storm brought down a tree",
                    None,
                )
            ],
        ),
        (
            (
                "Ann Peel, 92, died peacefully at home this Sunday. Her funeral will be held "
                "at St Mary's on 21 March.\n"
            ),
            "2025-03-10",
            [
                ("2025-03-09", "Ann Peel died peacefully at home", None),
                ("2025-03-21", "Ann Peel’s funeral will be held at St Mary's", "tentative"),
            ],
        ),
        (
            (
                "Bus changes\n\nThe new timetable starts this Monday. The first bus leaves "
                "Thornby at 06:40.\n"
            ),
            "2025-03-14",
            [("2025-03-17", "The new timetable starts", "tentative")],
        ),
        (
            (
                "Mrs Hale's Receipt Book, kept at Ashby Hall\n"
                "\nSept. 12th 1802. Made damson cheese, 6 pots.\n"
                "Sept. 20th 1802. To make Elder Wine: gathered the berries, let them stand 3 "
                "days after & then pressed them.\n"
            ),
            None,
            [
                ("1802-09-12", "Made damson cheese, 6 pots", None),
                ("1802-09-20", "Let them stand 3 days after & then pressed them", None),
            ],
        ),
        (
            (
                "A short history of Hale chapel\n\nThe chapel was built in 1783. Twenty years "
                "after & more, in 1805, a gallery was added.\n"
            ),
            None,
            [
                ("1783", "The chapel was built", None),
                ("1805", "Twenty years after & more, a gallery was added", None),
            ],
        ),
        (
            (
                "Service register, St Mary's Hale, 1890\n"
                "\nSunday 4 May. Morning service, hymns 104 12 8\n"
                "Sunday 11 May. Evensong, preacher the Archdeacon\n"
            ),
            None,
            [
                ("1890-05-04", "Morning service, hymns 104 12 8", None),
                ("1890-05-11", "Evensong, preacher the Archdeacon", None),
            ],
        ),
        (
            (
                "A history of money in Thornby\n\nBefore 1971 prices were written in pounds, "
                "shillings and pence, shown as\nL s d\non shop tickets. Decimal Day came on 15 "
                "February 1971, when the new coins went into use.\n"
            ),
            None,
            [
                (
                    "../1971",
                    (
                        "Prices were written in pounds, shillings and pence, shown as L s d on "
                        "shop tickets"
                    ),
                    None,
                ),
                ("1971-02-15", "Decimal Day came, when the new coins went into use", None),
            ],
        ),
        (
            (
                "Curriculum Vitae - Ruth Hale\n\n2015 - Museum Assistant, Ashby Museum\n"
                "\nResponsible for the textile collection and school visits.\n"
                "\n2019 - Curator\n\nThe museum doubles its visitor numbers under a new "
                "exhibitions programme.\n"
            ),
            None,
            [("2015", "Museum Assistant, Ashby Museum", None), ("2019", "Curator", None)],
        ),
        (
            (
                "Hartley & Sons - Catalogue\n\nc. 1850 - Victorian work box\n"
                "\nThe rosewood box opens to reveal a fitted tray with silver thimble.\n"
            ),
            None,
            [("1850~", "Victorian work box", None)],
        ),
        (
            (
                "ASHBY CRICKET CLUB - RECORD PARTNERSHIPS\n"
                "\n3 June 1921    Pike and Dunn, for the 3rd wicket, 112 runs in 95 minutes\n"
                "9 July 1924    Hale and Amos, for the 10th wicket, runs 10 12 9\n"
            ),
            None,
            [
                ("1921-06-03", "Pike and Dunn, for the 3rd wicket, 112 runs in 95 minutes", None),
                ("1924-07-09", "Hale and Amos, for the 10th wicket, runs 10 12 9", None),
            ],
        ),
        (
            (
                "St Anne's Parish Notes\n\nClosed Monday for the funeral of Mr Hale, the "
                "church school reopened on Tuesday with full attendance.\n"
            ),
            "2025-03-16",
            [
                ("2025-03-10", "The church school was closed for the funeral of Mr Hale", None),
                ("2025-03-11", "The church school reopened with full attendance", None),
            ],
        ),
    ],
)
def test_the_edges_the_reviews_found_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected


def test_a_way_through_is_no_bound() -> None:
    history = (
        "The old turnpike\n\n"
        "The last mail coach passed through in about 1845, and the road was disturnpiked in 1871.\n"
    )
    assert dates_of(history) == ["1845~", "1871"]


def test_a_term_let_as_it_was_before_leaves_the_entry_its_own_day() -> None:
    book = (
        "HOLM FERRY. Account Book of Jas. Dale, Ferryman\n\n"
        "1860\n"
        "Jan. 2. Took the ferry at a rent of 40 pounds per ann., as let by auction at the Bell\n"
        "Inn, Holm, on the 28th Decr. last. Paid the first month's rent to Mr Lowe.\n"
        "Feb. 9. Rope broke in the flood.\n"
    )
    assert dates_of(book) == ["1859-12-28", "1860-01-02", "1860-02-09"]


def test_a_quarter_day_a_habit_keeps_always_is_no_date() -> None:
    note = (
        "Sunday school register\n\n"
        "1861\n"
        "Oct. 6. Mr Lowe took the class; forty scholars came.\n"
        "Memdm. Attendance is always thin in the week after Michaelmas.\n"
    )
    assert dates_of(note) == ["1861-10-06"]


# And those the third review found, of the later rules: "& hear'd" (not a deed's "-d"), "to
# be infected" after "thought", a bound after a comma with no task set, "His position was
# that of a clerk", "the 24th's arrival", "First, second and fourth places", "spread the
# mulch", a past "this Wednesday" of "hit", "after a lorry shed its load", a caption's
# "hangs" and "comes from" under a chapter's heading, and verses or weights at a title's end.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Hensby Board School Log Book, 1898\n\nFeb. 14. Attendance very poor. Several "
                "children absent, believed to be infected on the 8th at a birthday party.\n"
                "Feb. 21. School closed by order of the Medical Officer.\n"
            ),
            None,
            [
                (
                    "1898-02-08?",
                    "Several children absent, believed to be infected at a birthday party",
                    None,
                ),
                ("1898-02-14", "Attendance very poor", None),
                ("1898-02-21", "School closed by order of the Medical Officer", None),
            ],
        ),
        (
            (
                "From: Anne Hale\nTo: Parish Clerk\nI have written to the Council twice about "
                "the pothole, before 3 March and again on 10 March, and have had no reply.\n"
            ),
            "2025-03-20",
            [
                (
                    "../2025-03-03",
                    "Anne Hale To: Parish Clerk I have written to the Council twice about the "
                    "pothole",
                    None,
                ),
                (
                    "2025-03-10",
                    "Anne Hale To: Parish Clerk I have written to the Council twice about the "
                    "pothole",
                    None,
                ),
            ],
        ),
        (
            (
                "Dear Sir,\nI have sent the forms to your office, before 20 May, by recorded "
                "delivery, and enclose the receipt.\n"
            ),
            "2024-05-30",
            [("../2024-05-20", "I have sent the forms to your office, by recorded delivery", None)],
        ),
        (
            (
                "The claimant says he was dismissed without notice. The defendant's position "
                "is that he left the premises of his own accord on 4 June 2022.\n"
            ),
            "2023-05-12",
            [
                (
                    "2022-06-04",
                    "The defendant's position is that he left the premises of his own accord",
                    None,
                )
            ],
        ),
        (
            (
                "Obituary: Frank Lister\nFrank joined Hensby Borough Council in 1951. His "
                "first position was that of assistant clerk from 3 May 1951 until his "
                "promotion.\nHe retired in 1989.\n"
            ),
            None,
            [
                ("1951", "Frank joined Hensby Borough Council", None),
                (
                    "1951-05-03",
                    "Frank’s first position was that of assistant clerk until his promotion",
                    None,
                ),
                ("1989", "Frank retired", None),
            ],
        ),
        (
            (
                "The Zulu War, 1879\nChelmsford's column crossed the Buffalo on 11 January. On "
                "the evening of the 24th's arrival at Helpmekaar the survivors were counted.\n"
            ),
            None,
            [("1879-01-11", "Chelmsford's column crossed the Buffalo", None)],
        ),
        (
            (
                "Hensby Harriers news\nFirst, second and fourth places went to Harriers "
                "runners at Selby parkrun on Saturday.\n"
            ),
            "2024-04-08",
            [
                (
                    "2024-04-06",
                    "First, second and fourth places went to Harriers runners at Selby parkrun",
                    None,
                )
            ],
        ),
        (
            (
                "In the garden this month\nIn late February, spread a thick mulch of compost "
                "around the roses before the buds break.\n"
            ),
            "2025-01-10",
            [
                (
                    "2025-02",
                    "Spread a thick mulch of compost around the roses before the buds break",
                    "tentative",
                )
            ],
        ),
        (
            "Hensby CC\nJoe Hale hit his first century this Wednesday against Selby seconds.\n",
            "2024-06-07",
            [("2024-06-05", "Joe Hale hit his first century against Selby seconds", None)],
        ),
        (
            "The A59 is closed on Monday after a lorry shed its load near Ashby.\n",
            "2024-06-05",
            [("2024-06-03", "The A59 is closed after a lorry shed its load near Ashby", None)],
        ),
        (
            (
                "Diary, 1860\n\nOct. 2. Mr Hale preached on the 30th ult. His wife, taken ill "
                "at Easter, died three days after & could not be saved.\n"
                "Oct. 4. Funeral.\n"
            ),
            None,
            [("1860-09-30", "Mr Hale preached", None), ("1860-10-04", "Funeral", None)],
        ),
        (
            (
                "Hensby Co-operative Society: 150 years\n"
                "\n1862 - The first shop\nA photograph of the shop hangs in the boardroom.\n"
            ),
            None,
            [("1862", "The first shop", None)],
        ),
        (
            (
                "Hensby Park\n\n1888 - The park\nIts name comes from the Tarrow family's "
                "hunting lodge.\n"
            ),
            None,
            [("1888", "The park", None)],
        ),
        (
            (
                "Hensby Chapel preaching book, 1850\n\nMar. 3. Mr Hale preached from Isaiah 40 "
                "1 11\nMar. 10. Mr Dyer preached from John 3 1 8\n"
            ),
            None,
            [
                ("1850-03-03", "Mr Hale preached from Isaiah 40 1 11", None),
                ("1850-03-10", "Mr Dyer preached from John 3 1 8", None),
            ],
        ),
        (
            (
                "Farm diary, Lower Fold, 1867\n\nNov. 4. Killed the pig, weighed 9 2 7\n"
                "Nov. 11. Sold the steer at Ashby.\n"
            ),
            None,
            [
                ("1867-11-04", "Killed the pig, weighed 9 2 7", None),
                ("1867-11-11", "Sold the steer at Ashby", None),
            ],
        ),
    ],
)
def test_the_edges_the_third_review_found_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected


def test_a_row_of_figures_by_month_names_no_days() -> None:
    report = (
        "Hollin Edge weather station: annual report 2023\n\n"
        "Rain fell on 212 days. The wettest day was 14 October, with 41 mm.\n\n"
        "Table 2. Days of rain by month, 2023\n"
        "January 21 | February 17 | March 19 | April 12\n"
    )
    assert dates_of(report) == ["2023-10-14"]


# And those the fourth review found: a note on a winter card of a later programme's day, "went
# through" a day that bounds, ", as agreed," and ", as expected," closing before the main
# verb's own day, and a quarter day after "always" that is no habit's ("always lived ...
# until Lady Day", "always meant to", "always since Michaelmas").
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Wrackley Ramblers\nWinter Walks Programme 2025\n"
                "\nSun 2 November   Hollin Edge, 7 miles\n"
                "Sun 16 November  Coldwell, 5 miles\nSun 7 December   Denholme moor, 8 miles\n"
                "Sun 21 December  Christmas walk\n\nThe group was formed in 1979.\n"
                "Suggestions for the summer programme should reach the secretary by 14 "
                "February.\n"
            ),
            None,
            [
                (
                    "../2026-02-14",
                    "Suggestions for the summer programme should reach the secretary",
                    "tentative",
                ),
                ("1979", "The group was formed", None),
                ("2025-11-02", "Hollin Edge, 7 miles", "tentative"),
                ("2025-11-16", "Coldwell, 5 miles", "tentative"),
                ("2025-12-07", "Denholme moor, 8 miles", "tentative"),
                ("2025-12-21", "Christmas walk", "tentative"),
            ],
        ),
        (
            (
                "Parking charges\n\nThe old hourly rate went through 31 December 2023; the new "
                "charges took effect on 1 January 2024 and are reviewed each April.\n"
            ),
            "2024-11-20",
            [
                ("../2023-12-31", "The old hourly rate went", None),
                ("2024-01-01", "The new charges took effect", None),
            ],
        ),
        (
            (
                "Late cold snap\n\nThe cold weather went through the end of March, and growers "
                "lost much of the early blossom. Frost was recorded on 28 March at Hollin "
                "Edge.\n"
            ),
            "2025-04-10",
            [
                ("../2025-03", "The cold weather went", None),
                ("2025-03-28", "Frost was recorded at Hollin Edge", None),
            ],
        ),
        (
            (
                "Cash book of the Wrackley Vestry, 1840\n"
                "\nApril 25th. The overseers paid the mason, as agreed, on the 20th, for the "
                "churchyard wall, 3 pounds.\nApril 28th. Vestry met.\n"
            ),
            None,
            [
                (
                    "1840-04-20",
                    "The overseers paid the mason, as agreed, for the churchyard wall, 3 pounds",
                    None,
                ),
                ("1840-04-28", "Vestry met", None),
            ],
        ),
        (
            (
                "Diary of the Rev. D. Knowles, Coldwell, 1862\n"
                "\nTues. 4th March. The new curate arrived, as expected, on Monday afternoon, "
                "and dined with us.\nWed. 5th. Took him round the parish.\n"
            ),
            None,
            [
                ("1862-03-03", "The new curate arrived, as expected", None),
                ("1862-03-05", "Took him round the parish", None),
            ],
        ),
        (
            (
                "Notes of the Rev. A. Tanner, Denholme, 1799\n"
                "\nOct. 9th. Old Widow Petty died, as recorded in the register, on the 7th, "
                "aged 93.\nOct. 10th. Buried Widow Petty.\n"
            ),
            None,
            [
                ("1799-10-07", "Old Widow Petty died, as recorded in the register, aged 93", None),
                ("1799-10-10", "Buried Widow Petty", None),
            ],
        ),
        (
            (
                "Diary of Mary Pollitt, 1871\n\nApril 2nd. We had always lived at Lane End "
                "until Lady Day, when we came here to Hull. The new house is cold.\n"
                "April 3rd. Unpacked the china.\n"
            ),
            None,
            [
                ("1871-03-25", "Mary Pollitt came here to Hull", None),
                ("1871-04-03", "Unpacked the china", None),
            ],
        ),
        (
            (
                "Diary of Thomas Hale, farmer, 1853\n\nJan. 14th. I have always meant to give "
                "up Coldwell Farm at Lady Day and go to my brother at Ashby. Wrote to the "
                "agent today.\nJan. 15th. Snow.\n"
            ),
            None,
            [
                ("1853-01-14", "Wrote to the agent", None),
                ("1853-01-15", "Snow", None),
                (
                    "1853-03-25",
                    "I have always meant to give up Coldwell Farm and go to my brother at Ashby",
                    "tentative",
                ),
            ],
        ),
        (
            (
                "Letter from Mary Pollitt to her sister, 12 Dec. 1860\n"
                "\nDear Jane, Father has been poorly almost always since Michaelmas, and the "
                "doctor comes twice a week.\n"
            ),
            None,
            [("1860-09-29/..", "Father has been poorly almost always", None)],
        ),
    ],
)
def test_the_edges_the_fourth_review_found_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected
