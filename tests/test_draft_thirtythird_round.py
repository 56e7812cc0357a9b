"""A manuscript's leaf; an account book's sums parted by dashes or in letters; a log's
memorandum and an old hand's "ab.t"; a month "next" after an entry's day; what a meeting
resolved on for later; "the following June"; a release "pleased to announce that"; a label
before the subject a pronoun stands for; a habit's months "through" the season; a day line
with its reference; a fixture row after another; a founding in brackets; "the 2nd
Thursday"; a day doubted in a log; an opinion's numbered paragraphs; a subject after an
opening day and its year; a reporting verb before "that"; an item's heading that is a
clause; a reference list's first names; a contracted "we're"; "have now asked ... by"; a
table of days and figures the prose tells; a kinsman's name; an Ordnance Survey reference:
each rule on texts of other kinds than the ones it was found in, and the lines at its
edges, the reviews' among them, read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_manuscript_s_leaf_is_no_part_of_the_entries_on_it() -> None:
    book = (
        "THE DAY BOOK OF RUTH ALLARD, DAIRYWOMAN, 1802\n"
        "(Hollin Record Society, MS 7, transcribed as written)\n\n"
        "[f. 3v]\n"
        "1802.\n"
        "May 4th. Churned twice; sold butter at Leck market.\n"
        "May 9th. The brindled cow calved, a heifer.\n\n"
        "[fol. 4r]\n"
        "June 2d. Paid the cheese-factor for the press.\n"
    )
    assert events_of(book) == [
        ("1802-05-04", "Churned twice; sold butter at Leck market", None),
        ("1802-05-09", "The brindled cow calved, a heifer", None),
        ("1802-06-02", "Paid the cheese-factor for the press", None),
    ]


def test_an_account_book_s_sums_parted_by_dashes_are_no_days() -> None:
    ledger = (
        "ACCOUNTS OF THE HOLLIN TOLL BRIDGE, 1811\n\n"
        "1811.\n"
        "Mar. 1. Recd of the Lessee for the quarter             12 - 4 - 6\n"
        "Mar. 8. Pd. the mason for the parapet, the value of 2 - 5 - 0 in stone.\n"
        "Apr. 2. Pd. for a new lamp at the toll house             0 - 6 - 8\n"
        "Apr. 9. Pd. the lamplighter for the quarter              0 - 3 - 4\n"
    )
    assert dates_of(ledger) == ["1811-03-01", "1811-03-08", "1811-04-02", "1811-04-09"]
    assert "£2 5s 0d" in titles_of(ledger)["1811-03-08"]


def test_a_sum_in_letters_ends_no_sentence() -> None:
    book = (
        "RECEIPTS OF THE HOLLIN CHARITY SCHOOL\n\n"
        "1790.\n"
        "Jan. 6. Received of the Vicar 3l. 4s. 6d. for the coals.\n"
        "Feb. 3. Received of Mr Lund 1l. 1s. 0d. towards the slates.\n"
    )
    titles = titles_of(book)
    assert titles["1790-01-06"] == "Received of the Vicar £3 4s 6d for the coals"
    assert set(titles) == {"1790-01-06", "1790-02-03"}


def test_a_log_s_memorandum_is_no_part_of_the_entry_above() -> None:
    log = (
        "KEEPER'S NOTES, HOLLIN WARREN\n\n"
        "1866.\n"
        "Feb. 3. Ferreted the east bank; 40 couple taken.\n"
        "Mar. 12. Mended the warren wall by the beck.\n"
        "Mem. the lease renewed ab.t the 1st of October at Leck, for seven years.\n"
    )
    events = events_of(log)
    assert ("1866-10-01~", "The lease renewed at Leck, for seven years", None) in events
    assert not any(value.startswith("1865") for value, _, _ in events)


def test_a_month_next_counts_on_from_the_entry_s_day() -> None:
    minutes = (
        "MINUTES OF THE HOLLIN BURIAL BOARD\n\n"
        "1861.\n"
        "Jan. 14. The Board met at the Swan & resolved to raise the fees for vaults from the "
        "1st of April next.\n"
        "Feb. 11. The Board met; no business.\n"
    )
    events = events_of(minutes)
    assert "1861-01-14" in [value for value, _, _ in events]
    assert ("1861-04-01", "tentative") in [(value, status) for value, _, status in events]


def test_the_following_or_previous_month_counts_from_the_date_before() -> None:
    history = (
        "The chapel was begun in October 1851 and its roof was raised the following March. "
        "The school opened on 4 May 1904; the previous June its first teacher had been "
        "appointed. Its hall was built in 1910, and the following May the fete was held."
    )
    assert dates_of(history) == ["1851-10", "1852-03", "1903-06", "1904-05-04", "1910"]


def test_a_release_pleased_to_announce_titles_what_it_announces() -> None:
    release = (
        "Hollin Water plc (Hollin or the Company) is pleased to announce that the new "
        "treatment works at Leck began supplying customers on 4 March 2025. "
        "We are delighted to confirm that the visitor centre will open on 2 June 2025."
    )
    titles = titles_of(release)
    assert titles["2025-03-04"].startswith("The new treatment works at Leck began supplying")
    assert titles["2025-06-02"] == "The visitor centre will open"


def test_a_label_before_the_subject_hides_no_name_from_he() -> None:
    results = (
        "Over 70s: Walter Prentice won the cup again, with a round of 84. He first won it in "
        "2009 and won it again in 2016."
    )
    titles = titles_of(results)
    assert titles["2009"].startswith("Walter Prentice")
    assert titles["2016"].startswith("Walter Prentice")


def test_a_habit_s_months_through_the_season() -> None:
    page = (
        "Hollin Bowls Club\n\n"
        "The green reopened on 12 April 2025. Roll-ups are every Wednesday and Sunday from "
        "May through September, weather permitting."
    )
    assert dates_of(page) == ["2025-04-12"]


def test_a_day_line_with_its_reference_in_a_right_column_dates_the_text() -> None:
    statement = (
        "DEPARTMENT OF HOLLIN TRANSPORT\n\n"
        "Statement by the Minister for Transport\n"
        "Tuesday 4 March 2025                                   Ref. DT/STAT/25/03\n\n"
        "On Friday I met the operators of the three northern ferry routes.\n"
    )
    assert dates_of(statement) == ["2025-02-28"]


def test_a_fixture_row_after_another_is_its_own_day() -> None:
    card = (
        "HOLLIN & DISTRICT SKITTLES LEAGUE\n\n"
        "FIXTURES - SEASON 2025\n\n"
        "Fri. 5 Sept.    Swan A v Crown\n"
        "Fri. 12 Sept.   Annual dinner, Hollin Institute, 7 p.m.\n"
        "Fri. 19 Sept.   Crown v Swan B\n"
    )
    titles = titles_of(card)
    assert set(titles) == {"2025-09-05", "2025-09-12", "2025-09-19"}
    assert titles["2025-09-12"].startswith("Annual dinner")


@pytest.mark.parametrize("word", ["Established", "Founded"])
def test_a_founding_in_brackets_under_a_name_is_no_citation(word: str) -> None:
    card = f"HOLLIN & DISTRICT SKITTLES LEAGUE\n({word} 1923)\n\nFixtures follow."
    assert events_of(card) == [
        ("1923", f"HOLLIN & DISTRICT SKITTLES LEAGUE was {word.lower()}", None)
    ]


def test_the_nth_weekday_of_a_month_in_figures_is_a_habit() -> None:
    notes = (
        "Hollin Show Society\n\n"
        "The show was held on 9 August 2025. The ram sale is always the 3rd Tuesday of "
        "September."
    )
    assert dates_of(notes, published="2025-08-20") == ["2025-08-09"]


def test_a_day_doubted_in_a_log_heads_its_entry() -> None:
    log = (
        "GAMEKEEPER'S BOOK, HOLLIN MOOR, 1891\n\n"
        "Aug. 12. Opening day; 34 brace on the top moor.\n\n"
        "Aug. 20 (or the 21st, did not write it down). Poachers on the low moor; took nets.\n\n"
        "Aug. 28. Rain all day.\n"
    )
    events = events_of(log)
    assert ("1891-08-20?", "Poachers on the low moor; took nets", None) in events
    register = (
        "REGISTER OF THE HOLLIN LIFEBOAT\n\n"
        "1877.\n"
        "Jan. 4. Boat launched to the brig Ceres; 6 saved.\n"
        "Mar. 9? (entered later from memory) The coxswain's boat stove in on the Scar.\n"
        "Apr. 2. New boat house roof.\n"
    )
    assert "1877-03-09?" in dates_of(register)


def test_an_opinion_s_numbered_paragraphs_lend_no_number_to_titles() -> None:
    opinion = (
        "IN THE COURT OF APPEALS\n\n"
        "1 Appellant Marra Foods appeals the circuit court's order of April 3, 2023, which "
        "dismissed its claim for damages against the County under the road maintenance "
        "agreement. We affirm.\n\n"
        "2 On June 2, 2021, the County closed the road to the plant for repairs to the bridge "
        "over Mill Creek. Marra alleges that its trucks were turned away about a week later.\n\n"
        "3 Marra filed suit on January 5, 2022, seeking the costs of a detour of some forty "
        "miles for each of its delivery trucks over the months the road stayed closed.\n"
    )
    titles = titles_of(opinion)
    assert titles["2021-06-02"].startswith("The County closed the road")
    assert titles["2022-01-05"].startswith("Marra filed suit")
    assert titles["2021-06-09~"].startswith("Marra")


def test_a_numbered_paragraph_s_first_sentence_is_no_heading_when_it_is_a_clause() -> None:
    decision = (
        "DECISION\n\n"
        "4. The licence was suspended on 3 May 2024. The holder lodged an appeal on 20 May "
        "2024.\n\n"
        "5. The appellant is a market trader. The hearing took place on 2 July 2024.\n"
    )
    titles = titles_of(decision)
    assert titles["2024-05-20"] == "The holder lodged an appeal"
    assert titles["2024-07-02"] == "The hearing took place"


def test_a_reference_list_s_entry_with_a_first_name_dates_nothing() -> None:
    history = (
        "The quay was rebuilt in 1840.\n\n"
        "References\n"
        "- Lund, Margaret (1976). The Ports of the Leck. Hollin: Moss Press.\n"
    )
    assert dates_of(history) == ["1840"]


def test_a_contraction_of_are_is_no_past() -> None:
    page = (
        "News\n\nThe pool closed on 3 March for repairs, and we're pleased to say we reopen "
        "on Saturday."
    )
    assert dates_of(page, published="2025-04-09") == ["2025-03-03", "2025-04-12"]


def test_a_deadline_asked_for_in_the_perfect_with_now_lies_ahead() -> None:
    statement = (
        "Statement by the Minister, 10 April 2025\n\n"
        "I have now asked the Regulator to report to me by 30 June on the closure of the line."
    )
    assert dates_of(statement) == ["../2025-06-30"]


def test_a_table_of_days_and_figures_under_its_header_drafts_no_rows() -> None:
    report = (
        "HOLLIN MOSS - OTTER SURVEY 2024\n\n"
        "Three spraint surveys were made, on 3 March, 7 April and 12 May.\n\n"
        "Survey   Date      Spraints   Sites\n"
        "1        3 Mar     14         6\n"
        "2        7 Apr     22         8\n"
        "3        12 May    9          5\n"
    )
    events = events_of(report)
    assert [value for value, _, _ in events] == ["2024-03-03", "2024-04-07", "2024-05-12"]
    assert all(any(c.isalpha() for c in title) for _, title, _ in events)


def test_a_kinsman_named_after_his_pronoun_is_named_in_the_title() -> None:
    history = (
        "The Lund ropewalk was set up by Henry Lund in Hollin. Her brother, Tom Lund, was "
        "running the walk by 1840."
    )
    assert titles_of(history)["../1840"].startswith("Tom Lund was running the walk")


def test_an_ordnance_survey_reference_leaves_the_title() -> None:
    notice = (
        "The camp will be held at Leck Farm (OS grid ref. SD 6123 7745) from Saturday 2 August "
        "to Saturday 9 August."
    )
    titles = titles_of(notice, published="2025-03-01")
    assert titles["2025-08-02/2025-08-09"] == "The camp will be held at Leck Farm"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a memorandum of understanding is no memorandum line
        (
            "Timeline\n\n2008 - Memorandum of understanding signed with the Leck Academy.\n",
            None,
            [("2008", "Memorandum of understanding signed with the Leck Academy", None)],
        ),
        # a numbered item's heading that is no clause still names its sentence
        (
            "MINUTES\n\n6. Grant approved for the bus shelter. Payment will be made on 3 May "
            "2025.\n",
            None,
            [
                (
                    "2025-05-03",
                    "Grant approved for the bus shelter: Payment will be made",
                    "tentative",
                )
            ],
        ),
        # two numbered paragraphs are too few to number a text's paragraphs
        (
            "1 Mill Lane was sold on 3 May 2019.\n\n2 Station Road was let on 9 June 2020.\n",
            None,
            [
                ("2019-05-03", "1 Mill Lane was sold", None),
                ("2020-06-09", "2 Station Road was let", None),
            ],
        ),
        # "March last" after a year alone stays in that year
        (
            "The report for 1931 says the wing was completed in March last.",
            None,
            [
                ("1931", "The report says the wing was completed", None),
                ("1931-03", "The wing was completed", None),
            ],
        ),
        # a diary's days that open its paragraphs are no paragraph numbers
        (
            (
                "WEATHER DIARY, HOLME RECTORY, MARCH 1893\n"
                "\n"
                "1 March 1893. Hard frost in the night; glass rising. Sowed broad beans under "
                "the south wall.\n"
                "\n"
                "2 March 1893. Snow showers from the NE, lying an inch by evening.\n"
                "\n"
                "3 March 1893. Thaw set in at noon. The brook over the meadow by four o'clock."
                "\n"
                "\n"
                "4 March 1893. Fine and mild. First celandine in the churchyard.\n"
            ),
            None,
            [
                ("1893-03-01", "Sowed broad beans under the south wall", None),
                ("1893-03-02", "Snow showers from the NE, lying an inch by evening", None),
                ("1893-03-03", "Thaw set in", None),
                ("1893-03-04", "Fine and mild", None),
            ],
        ),
        # short lines whose number names a squadron
        (
            (
                "ROYAL AIR FORCE, STATION HISTORY\n"
                "\n"
                "1 Squadron arrived at Tangmere on 8 June 1940 from France.\n"
                "\n"
                "2 Squadron moved in from Hawkinge on 3 July 1940.\n"
                "\n"
                "3 Squadron was posted north to Wick on 2 September 1940.\n"
            ),
            None,
            [
                ("1940-06-08", "1 Squadron arrived at Tangmere from France", None),
                ("1940-07-03", "2 Squadron moved in from Hawkinge", None),
                ("1940-09-02", "3 Squadron was posted north to Wick", None),
            ],
        ),
        # a run of numbers that does not start at 1
        (
            (
                "12 Members attended the meeting held on 4 March 1988 at the Institute.\n"
                "\n"
                "13 Members attended the outing to Hampton Court on 20 May 1988.\n"
                "\n"
                "14 Members attended the Christmas dinner on 9 December 1988.\n"
            ),
            None,
            [
                ("1988-03-04", "12 Members attended the meeting held at the Institute", None),
                ("1988-05-20", "13 Members attended the outing to Hampton Court", None),
                ("1988-12-09", "14 Members attended the Christmas dinner", None),
            ],
        ),
        # another day in brackets that is no doubt of the writer's
        (
            (
                "Booking for the spring trip to Kew opens on 1 March (or the 8th for "
                "non-members), and the coach leaves from the Green at 8 a.m. on 12 April.\n"
            ),
            "2025-01-20",
            [
                (
                    "2025-03-01",
                    "Booking for the spring trip to Kew opens (or the 8th for non-members)",
                    "tentative",
                ),
                ("2025-04-12", "The coach leaves from the Green", "tentative"),
            ],
        ),
        # the following June after a season of a year
        (
            (
                "Theatre programme, Lyceum, 1954\n"
                "\n"
                "Our company first played Hamlet in the spring of 1951; the following June it "
                "went to Elsinore, and the previous March it had toured the Welsh valleys.\n"
            ),
            None,
            [("1951", "The company first played Hamlet", None)],
        ),
        # a count's rough end after a year
        (
            "Membership of the club rose from 400 in 1995 to c. 2000 by 2010.\n",
            None,
            [
                ("../2000~", "Membership of the club rose from 400", None),
                ("../2010", "Membership of the club rose from 400", None),
                ("1995", "Membership of the club rose from 400", None),
            ],
        ),
        # scores parted by dashes at lines' ends, in a text with no money
        (
            (
                "Harriers' Club Handbook, 1961\n"
                "\n"
                "Results: 3 - 1 - 0 against Leeds on 4 March; 2 - 2 - 1 against York on 11 "
                "March.\n"
            ),
            None,
            [
                ("1961-03-04", "Results: 3 - 1 - 0 against Leeds", None),
                ("1961-03-11", "2 - 2 - 1 against York", None),
            ],
        ),
        # records parted by dashes
        (
            (
                "Football almanac 1952-53\n"
                "\n"
                "Ashby 4 - 2 - 1 Moreton, in the semi-final replay at Thornby on 14 March 1953 "
                "(after extra time).\n"
            ),
            None,
            [
                (
                    "1953-03-14",
                    (
                        "Ashby 4 - 2 - 1 Moreton, in the semi-final replay at Thornby (after "
                        "extra time)"
                    ),
                    None,
                )
            ],
        ),
        # a table of days and figures whose days the prose does not tell
        (
            (
                "Lifeboat services, Whitby station, 1861\n"
                "\n"
                "No.   Date       Lives saved\n"
                "1     9 Feb      6\n"
                "2     14 Mar     12\n"
                "3     2 Nov      0\n"
            ),
            None,
            [
                ("1861-02-09", "1 6 2 12 3 0", None),
                ("1861-03-14", "1 6 2 12 3 0", None),
                ("1861-11-02", "1 6 2 12 3 0", None),
            ],
        ),
        # a kinsman's name before a description, no verb
        (
            "His father, Thomas, a miller at Holme, died on 3 March 1881, when Walter was six.\n",
            None,
            [
                (
                    "1881-03-03",
                    "His father, Thomas, a miller at Holme, died, when Walter was six",
                    None,
                )
            ],
        ),
        # no copy survives of a date no one doubts
        (
            (
                "The society's first play was staged on 3 May 1890, but no copy of the script "
                "survives.\n"
            ),
            None,
            [("1890-05-03", "The society's first play was staged", None)],
        ),
        # a day set in the perfect with now
        (
            "The council has now set 1 April as the day the new charges take effect.\n",
            "2024-03-01",
            [
                (
                    "2024-04-01",
                    "The council has now set as the day the new charges take effect",
                    "tentative",
                )
            ],
        ),
        # usually, and then a past of its own
        (
            "The team usually trains on Tuesdays and beat Harlow in February for the first time.\n",
            "2025-03-01",
            [("2025-02", "The team beat Harlow for the first time", None)],
        ),
        # a month cut short before a holiday's name
        (
            (
                "Our 1938 season in brief: the first XI won in Aug Bank Holiday week at Brigg, "
                "and lost in Sept. to Thornby.\n"
            ),
            None,
            [
                (
                    "1938-08",
                    "The 1938 season in brief: the first XI won Bank Holiday week at Brigg",
                    None,
                ),
                ("1938-09", "The first XI lost to Thornby", None),
            ],
        ),
        # a war diary's days, one a paragraph, run 1, 2, 3: no paragraph numbers
        (
            (
                "1 May 1916. Left Albert at dawn and marched to the line.\n"
                "\n"
                "2 May 1916. Quiet day. Letters from home.\n"
                "\n"
                "3 May 1916. Heavy shelling in the afternoon; two men wounded.\n"
                "\n"
                "4 May 1916. Relieved by the Borders and went back to billets.\n"
            ),
            None,
            [
                ("1916-05-01", "Left Albert at dawn and marched to the line", None),
                ("1916-05-02", "Quiet day", None),
                ("1916-05-03", "Heavy shelling in the afternoon; two men wounded", None),
                ("1916-05-04", "Relieved by the Borders and went back to billets", None),
            ],
        ),
        # a won-drawn-lost record at lines' ends is no sum
        (
            (
                "Rovers ended the season on 26 April with a record of 12 - 4 - 6\n"
                "Their best since 2011.\n"
            ),
            "2025-05-02",
            [
                (
                    "2025-04-26",
                    "Rovers ended the season with a record of 12 - 4 - 6 Their best since 2011",
                    None,
                )
            ],
        ),
        # a founding in brackets inside a sentence lends it no year
        (
            ("The Thornby Brass Band (Established 1891) plays at the Corn Exchange on 18 May.\n"),
            "2024-05-02",
            [("2024-05-18", "The Thornby Brass Band plays at the Corn Exchange", "tentative")],
        ),
        # a kinsman's first name alone keeps whose kin he is
        (
            ("Mary Hale died in 1902. Her son, Thomas, took over the shop in 1903.\n"),
            None,
            [
                ("1902", "Mary Hale died", None),
                ("1903", "Mary Hale’s son, Thomas, took over the shop", None),
            ],
        ),
        # a month cut short after in, before a capital
        (
            ("Minutes: in Jan Council agreed to fund the pool repairs; work began in Mar 2019.\n"),
            None,
            [
                ("2019-01", "Minutes, Council agreed to fund the pool repairs; work began", None),
                ("2019-03", "Work began", None),
            ],
        ),
        # a birth year in brackets after a name
        (
            ("Deaths: Ann Weller (Born 1931), died on 3 February at home.\n"),
            "2024-02-10",
            [("2024-02-03", "Ann Weller, died at home", None)],
        ),
        # usually, then a plan of its own
        (
            ("The fair usually takes place on the green and will move to the park in June.\n"),
            "2025-03-01",
            [
                (
                    "2025-06",
                    "The fair usually takes place on the green and will move to the park",
                    "tentative",
                )
            ],
        ),
    ],
)
def test_the_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published=published) == expected


def test_a_memo_s_weekday_under_a_diary_s_day_counts_from_that_day() -> None:
    diary = (
        "Monday 3 March 1941\nFire-watching at the works till 2 am.\n\n"
        "Tuesday 4 March 1941\nMemo: ration books to be collected on Friday.\n"
        "Went to the pictures with Joan.\n\n"
        "Wednesday 5 March 1941\nBad raid on the docks.\n"
    )
    assert ("1941-03-07", "Ration books to be collected", "tentative") in events_of(diary)
