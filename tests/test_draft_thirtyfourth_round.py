"""An account book's columns of shillings and pence; a page of memoranda under a log's
entries; a log's run of days opening its line, and its day doubted in the writer's words;
a feast or a weekday told again after the day; a report's reference, version and issue
line; a noun after a preposition in a "when" clause; a notice's own date field at its foot;
"Please note that"; the page's date field under a line that names years; a pay award's
financial year; "remains committed to"; an hour before a day that runs "until further
notice"; a stamp's note in brackets; a notice's extended hours; "about the year"; a quarter
day kept "mostly"; a card's row named in capitals; a deadline under a card's day; a clause
in brackets with its own date; an opinion's paragraphs marked "¶"; a day inside a term told
before it; a day a card says nothing is on; whom a speech turns to; a weekday "of next
week"; an event that "is on" a weekday; a week's heading; a reference list's volumes and
authors; a participle joined to a passive still to come; a speaker's part after a
quotation: each rule on texts of other kinds than the ones it was found in, and the lines
at its edges, the reviews' among them, read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_an_account_book_s_columns_of_shillings_and_pence_are_no_days() -> None:
    book = (
        "CASH BOOK OF THE HOLLIN SEXTON\n\n"
        "1861.                                                  s.  d.\n"
        "Mar. 4.   Dug the grave of Widow Pask.                 5   0\n"
        "Mar. 11.  Rang the bell for the vestry meeting.       1   6\n"
        "Apr. 2.   Paid out for a new bell rope.               (4   3)\n"
        "Apr. 20.  Mowed the churchyard, two days.       £1    2   0\n"
    )
    assert events_of(book) == [
        ("1861-03-04", "Dug the grave of Widow Pask", None),
        ("1861-03-11", "Rang the bell for the vestry meeting", None),
        ("1861-04-02", "Paid out for a new bell rope", None),
        ("1861-04-20", "Mowed the churchyard", None),
    ]


def test_a_table_s_figures_without_a_head_of_money_stay() -> None:
    # (no "s.  d." over them: a results table's figures, whose row is its own)
    table = (
        "LEAGUE TABLE\n\n"
        "The season opened on 3 September 2024.\n\n"
        "Team          P   W\n"
        "Rovers        12   9\n"
    )
    assert dates_of(table) == ["2024-09-03"]


def test_a_page_of_memoranda_under_a_log_s_entries_counts_from_its_year() -> None:
    log = (
        "LOG OF THE KIRKBY FERRY\n\n"
        "1868.\n"
        "Jan. 9.   New chain fitted to the ferry.\n"
        "Mar. 2.   Ferry laid up for the flood.\n\n"
        "Memoranda.\n"
        "The old chain sold to Mr Dyson on Oct. 4th for scrap.\n"
    )
    assert dates_of(log) == ["1868-01-09", "1868-03-02", "1868-10-04"]


def test_a_log_s_run_of_days_opens_its_line() -> None:
    log = (
        "JOURNAL OF THE HOLLIN SURVEY PARTY\n\n"
        "1839.\n"
        "May 3.   Measured the base line on the moor.\n"
        "May 6 to the 9th.   Rain; the party kept to the inn.\n"
        "May 12.  Took the angles from Black Hill.\n"
    )
    assert events_of(log) == [
        ("1839-05-03", "Measured the base line on the moor", None),
        ("1839-05-06/1839-05-09", "Rain; the party kept to the inn", None),
        ("1839-05-12", "Took the angles from Black Hill", None),
    ]


def test_a_log_s_day_doubted_in_the_writer_s_words() -> None:
    log = (
        "NOTEBOOK OF A HOLLIN CARRIER\n\n"
        "1822.\n"
        "Aug. 2. Took the wool to Leck.\n"
        "Aug. 15 (I think, having lost the slip). The grey mare cast a shoe on the fell.\n"
    )
    assert events_of(log) == [
        ("1822-08-02", "Took the wool to Leck", None),
        ("1822-08-15?", "The grey mare cast a shoe on the fell", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The manor court met on 29 September 1702, being Michaelmas, in the tithe barn.",
            "The manor court met, in the tithe barn",
        ),
        (
            "The vestry met on 3 May 1796, being a Tuesday, at the church.",
            "The vestry met, at the church",
        ),
        # (a word of its own after "being": the fact's)
        (
            "The bridge was opened on 3 May 1796, being the first in the county.",
            "The bridge was opened, being the first in the county",
        ),
    ],
)
def test_a_feast_or_a_weekday_told_again_after_the_day(sentence: str, title: str) -> None:
    assert list(titles_of(f"Hollin records\n\n{sentence}").values()) == [title]


def test_a_report_s_reference_version_and_issue_line_dates_it() -> None:
    report = (
        "ANNUAL BARN OWL MONITORING - 2023 SEASON\n"
        "Prepared for the Lune Valley Wildlife Partnership by Fellgate Surveys Limited\n"
        "Document ref. FS/LV/23/4 - Revision 3, issued 12 February 2024\n\n"
        "Three pairs fledged young. A dead owl was found on the A683 on 18 November.\n"
    )
    assert dates_of(report) == ["2023-11-18"]


def test_a_noun_after_a_preposition_is_no_present_verb_of_a_when_clause() -> None:
    story = (
        "HOLLIN, June 20 (Fell News) - Water will flow again on Friday.\n\n"
        "Engineers fitted a new valve on Monday and tested it overnight. An earlier fix failed "
        "when a pipe burst during tests on June 2.\n"
    )
    assert dates_of(story, "2025-06-20") == ["2025-06-02", "2025-06-16", "2025-06-27"]


def test_a_notice_s_own_date_field_at_its_foot_dates_it() -> None:
    notice = (
        "HOLLIN PARISH COUNCIL\n\n"
        "The bus shelter on Mill Lane will be replaced from 14 April.\n\n"
        "Please note that the old shelter at Church Green was removed on 2 October last year.\n\n"
        "Ref: HPC/BS/11      Date of notice: 20 March 2025\n"
    )
    assert events_of(notice) == [
        ("2024-10-02", "The old shelter at Church Green was removed", None),
        ("2025-04-14", "The bus shelter on Mill Lane will be replaced", "tentative"),
    ]


def test_the_page_s_date_field_under_a_line_that_names_years() -> None:
    statement = (
        "WRITTEN STATEMENT\n\n"
        "Ministry of Ports\n"
        "Harbour dues settlement 2024-25\n\n"
        "Date: Wednesday 12 March 2025\n\n"
        "I met the harbour boards on Monday. The new dues are committed to take effect by 2026.\n"
    )
    assert events_of(statement) == [
        ("../2026", "The new dues are committed to take effect", "tentative"),
        ("2025-03-10", "I met the harbour boards", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "status"),
    [
        ("The Board remains committed to opening a second depot by 2029.", "../2029", "tentative"),
        # (not what it was committed to: a past)
        ("The Board was committed to the depot in 2019.", "2019", None),
    ],
)
def test_a_commitment_is_a_plan(sentence: str, value: str, status: str | None) -> None:
    assert [(v, s) for v, _, s in events_of(f"Board\n\n{sentence}")] == [(value, status)]


def test_an_hour_before_a_day_that_runs_until_further_notice() -> None:
    notice = "Hollin Lido\n\nThe lido is closed from 07:00 on 4 June 2025 until further notice."
    assert dates_of(notice) == ["2025-06-04/.."]


def test_a_stamp_s_note_in_brackets_dates_nothing() -> None:
    letter = (
        "NOTICE No. 4\n\n"
        "Issued by: Hollin Water Board\n"
        "Date of issue: 4 March 2025\n\n"
        "The main was relaid on 3 March 2025.\n\n"
        "[STAMP: HOLLIN WATER BOARD - RECEIVED 7 MAR 2025]\n"
    )
    assert dates_of(letter) == ["2025-03-03"]


def test_a_notice_s_extended_hours_are_its_state_on_the_days() -> None:
    page = (
        "Hollin Library\n\n"
        "Coming up\n\n"
        "- Exam season: extended hours, 8am to 10pm, from 19 May to 6 June.\n"
    )
    assert dates_of(page, "2025-05-02") == ["2025-05-19/2025-06-06"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tithe barn was built abt. the year 1712 by the Lund family.",
        "The tithe barn was built about the year 1712 by the Lund family.",
    ],
)
def test_about_the_year_is_the_date_s(sentence: str) -> None:
    assert events_of(f"Hollin\n\n{sentence}") == [
        ("1712~", "The tithe barn was built by the Lund family", None)
    ]


def test_a_quarter_day_kept_mostly_is_a_habit() -> None:
    book = (
        "Hollin Carrier's Book\n\n"
        "1840.\n"
        "Jan. 4. Took coals to the Hall.\n"
        "Jan. 9. Took slates to Leck.\n"
        "(Mem. Carriers are hired mostly between Lady Day & Michaelmas.)\n"
    )
    assert dates_of(book) == ["1840-01-04", "1840-01-09"]


def test_a_card_s_row_named_in_capitals_keeps_its_name() -> None:
    card = (
        "HOLLIN BRIDGE CLUB - 2025 PROGRAMME\n\n"
        "Tues. 14 Jan.    NEW YEAR PAIRS - Hollin Institute\n"
        "Tues. 11 Feb.    Hollin Institute\n"
    )
    titles = titles_of(card)
    assert titles["2025-01-14"] == "NEW YEAR PAIRS: Hollin Institute"


def test_a_dateline_before_a_sentence_is_still_cut() -> None:
    story = "LISBON - The port reopened on 3 May 2025 after a strike."
    assert titles_of(f"News\n\n{story}") == {"2025-05-03": "The port reopened after a strike"}


def test_a_deadline_under_a_card_s_day_is_before_that_day() -> None:
    card = (
        "HOLLIN QUIZ LEAGUE\n\n"
        "FIXTURES CARD - SEASON 2025-26\n\n"
        "Thurs. 16 Oct.    OPENING ROUND - Crown Inn\n"
        "Sat. 22 Nov.      ANNUAL SUPPER - Red Lion\n"
        "                  (names to be given to the Secretary by 8 Nov.)\n"
        "Thurs. 15 Jan.    Crown Inn\n"
    )
    assert events_of(card) == [
        ("../2025-11-08", "Names to be given to the Secretary", "tentative"),
        ("2025-10-16", "OPENING ROUND: Crown Inn", "tentative"),
        ("2025-11-22", "ANNUAL SUPPER: Red Lion", "tentative"),
        ("2026-01-15", "Crown Inn", "tentative"),
    ]


def test_a_card_s_row_keeps_its_day_over_its_note_in_brackets() -> None:
    card = (
        "HOLLIN BOWLING CLUB - FIXTURES 2025\n\n"
        "Sat. 10 May.    Opening Day - Hollin Green\n"
        "Sat. 14 June.   Club Supper - Crown Inn\n"
        "                (names to the Secretary by 1 June)\n"
        "Sat. 12 July.   Finals Day - Hollin Green\n"
    )
    assert dates_of(card) == ["../2025-06-01", "2025-05-10", "2025-06-14", "2025-07-12"]


def test_a_clause_in_brackets_with_its_own_date_is_its_fact() -> None:
    text = (
        "Hollin Show\n\n"
        "The show will be held on the green on 9 August 2025 (entries to be sent to the "
        "Secretary by 26 July)."
    )
    assert titles_of(text) == {
        "../2025-07-26": "Entries to be sent to the Secretary",
        "2025-08-09": "The show will be held on the green",
    }


def test_a_note_right_after_another_date_is_that_date_s() -> None:
    text = (
        "Hollin bat survey\n\n"
        "Detectors were left out from 2 to 9 June 2024 (first round) and from 4 to 11 August "
        "2024 (second round)."
    )
    titles = titles_of(text)
    assert titles["2024-08-04/2024-08-11"] == "Detectors were left out (second round)"


def test_an_opinion_s_paragraphs_marked_with_their_sign() -> None:
    long = " ".join(["The record on this point is long and was read with care."] * 3)
    opinion = (
        "IN THE COURT OF APPEALS\n\n"
        f"¶ 1 Plaintiff appeals from a judgment for the landlord. {long}\n\n"
        f"¶ 2 The landlord bought the building in 2016. {long}\n\n"
        f"¶ 3 On May 2, 2022, the roof leaked. {long}\n"
    )
    titles = titles_of(opinion)
    assert titles["2016"] == "The landlord bought the building"
    assert titles["2022-05-02"] == "The roof leaked"


def test_a_term_s_end_is_no_day_the_story_has_reached() -> None:
    opinion = (
        "Hollin v. Dyson\n\n"
        "The tenancy ran from June 1, 2020, through May 31, 2023.\n\n"
        "On August 3, 2021, a beam gave way.\n\n"
        "Dyson repaired it and, on October 9, sent Hollin a bill for $4,000.\n"
    )
    assert "2021-10-09" in dates_of(opinion)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("No matches Sat 20 and Sat 27 Dec (Christmas).", []),
        # (not "No sooner": what happened then)
        ("No sooner had the match begun on Saturday 3 May than the rain came.", ["2025-05-03"]),
    ],
)
def test_a_day_a_card_says_nothing_is_on(line: str, expected: list[str]) -> None:
    card = f"HOLLIN DOMINOES LEAGUE 2025\n\n{line}\n"
    assert dates_of(card) == expected


def test_whom_a_speech_turns_to_is_no_part_of_its_title() -> None:
    speech = (
        "Statement to the House, Tuesday 4 March 2025\n\n"
        "Mr Speaker, the new ferry that this House funded in June will sail from 1 May."
    )
    titles = titles_of(speech)
    assert not any(title.startswith("Mr Speaker") for title in titles.values())
    assert set(titles) == {"2024-06", "2025-05-01"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday of next week I will visit the depot.", ["2025-03-11"]),
        ("On the Tuesday of next week I will visit the depot.", ["2025-03-11"]),
        # (a week of its own, no day in it: the week)
        ("Next week I will visit the depot.", ["2025-03-10/2025-03-16"]),
    ],
)
def test_a_weekday_of_next_week(sentence: str, expected: list[str]) -> None:
    assert dates_of(f"Ministry\n\n{sentence}", "2025-03-04") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The draw for the quarter-finals is on Thursday.", ["2025-10-09"]),
        # (told in the past: the Thursday gone)
        ("The draw for the quarter-finals was on Thursday.", ["2025-10-02"]),
    ],
)
def test_an_event_that_is_on_a_weekday_lies_ahead(sentence: str, expected: list[str]) -> None:
    assert dates_of(f"Sport\n\n{sentence}", "2025-10-05") == expected


def test_a_week_heading_over_a_page_s_list_dates_nothing_itself() -> None:
    page = (
        "<html><body><h1>Hollin Lido</h1>"
        "<h2>This week</h2>"
        "<ul><li>Saturday: Family swim, 2pm.</li></ul>"
        "<p>We'll reopen the diving boards on Monday 3 November.</p>"
        "</body></html>"
    )
    assert events_of(page, "2025-10-22") == [
        ("2025-10-25", "Family swim, 2pm", "tentative"),
        ("2025-11-03", "Authors will reopen the diving boards", "tentative"),
    ]


def test_a_reference_list_s_volumes_pages_and_authors_date_nothing() -> None:
    history = (
        "Hollin Bridge\n\n"
        "The bridge was rebuilt in stone in 1764.\n\n"
        "Further reading\n"
        "- Lune Archaeological Society, vol. 8 (1979), pp. 12-30.\n"
        "- Dyson, M. R. Bridges of the Lune (1998).\n"
    )
    assert dates_of(history) == ["1764"]


def test_a_year_in_brackets_in_prose_is_still_a_fact() -> None:
    text = "Hollin\n\nThe mill, said to be the oldest in the valley (1621), burned in 1887."
    assert dates_of(text) == ["1621", "1887"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The new timetable will be trialled on two routes from May and extended to every "
            "route by the end of 2026.",
            [("../2026", "tentative"), ("2025-05", "tentative")],
        ),
        # (done already: a past)
        (
            "The timetable was trialled on two routes and extended to every route by the end of "
            "2024.",
            [("../2024", None)],
        ),
    ],
)
def test_a_participle_joined_to_a_passive_still_to_come(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(v, s) for v, _, s in events_of(f"Transport\n\n{sentence}", "2025-03-04")] == expected


def test_a_participle_told_of_a_speaker_after_a_quotation() -> None:
    text = (
        "Hollin Harriers\n\n"
        '"We ran as a team," said club captain Rhona Dyson, elected in March 2023.'
    )
    assert titles_of(text) == {"2023-03": "Club captain Rhona Dyson was elected"}


def test_a_name_s_short_form_in_brackets_is_no_note_of_a_heading_s_entry() -> None:
    release = (
        "NEWS RELEASE\n\n"
        "3 March 2025 - HOLLIN\n\n"
        "Lune Water Company (LWC) is pleased to announce that the Hollin reservoir was "
        "reopened today by the Mayor.\n"
    )
    assert titles_of(release) == {"2025-03-03": "The Hollin reservoir was reopened by the Mayor"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day with no racing, no play or no sessions told as news, with its verb
        (
            "No racing took place at Cheltenham on Wednesday 12 March 2025 after overnight frost "
            "left the course unsafe. The clerk of the course said the card would be rerun on 19 "
            "March.",
            "2025-03-14",
            [("2025-03-12", None), ("2025-03-19", "tentative")],
        ),
        (
            "No play was possible on the second day of the Test at Lord's on 4 June, with rain "
            "falling from mid-morning. England resume on 52 for two.",
            "2025-06-05",
            [("2025-06-04", None)],
        ),
        (
            "The miners' strike ended on 10 June. No sessions of the district court sat that "
            "week, the clerk recorded on 12 June.",
            "2022-06-14",
            [("2022-06-10", None), ("2022-06-12", None)],
        ),
        # a doubt of the hour in prose, not of the day
        (
            "2025-03-04\nPolice said the crash happened on Saturday (we believe at about 11pm) "
            "on the A40 near Witney.",
            None,
            [("2025-03-01", None)],
        ),
        # a plural noun after the article of a clause that looks ahead
        (
            "The crossing stays closed until the repairs finish on 12 September.",
            "2025-08-20",
            [("2025-09-12", "tentative")],
        ),
        (
            "Residents stay in the rest centre until the floodwaters recede on Sunday, police say.",
            "2025-08-20",
            [("2025-08-24", "tentative")],
        ),
        # a revision history's rows, no issue line of the page
        (
            "Document history\nRev 1 - 4 March 2024 - first issue for comment\nRev 2 - 18 April "
            "2024 - revised after consultation\nRev 3 - 2 July 2024 - approved by the board",
            None,
            [("2024-03-04", None), ("2024-04-18", None), ("2024-07-02", None)],
        ),
        # "often" on another word than the feast day's
        (
            "Ledbury, 3 October 1785\n\nDear Brother, it rained so often this summer that the last "
            "of the hay was not in until Michaelmas.",
            None,
            [("1785-09-29", None)],
        ),
        # a diary's deadline with no note in brackets: the one after the entry
        (
            "Pocket diary, 1952\nThurs. 3 April 1952. Saw the bank manager; the loan is to be "
            "repaid by 1 March.\nFri. 4 April 1952. Rain.",
            None,
            [("../1953-03-01", "tentative"), ("1952-04-03", None), ("1952-04-04", None)],
        ),
        # a poster's last line "Date:" is its event's day, no day of the page
        (
            "Summer concert\n\nThe choir will sing Haydn's Creation in St Mary's. Tickets go on "
            "sale tomorrow at the post office.\n\nDate: Saturday 14 June 2025",
            None,
            [],
        ),
    ],
)
def test_the_first_review_s_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert [(v, s) for v, _, s in events_of(text, published)] == expected


def test_an_aside_in_brackets_with_the_fact_s_own_date_keeps_the_sentence() -> None:
    text = "Smith was appointed chairman (his appointment took effect on 1 June 2024)."
    assert titles_of(text, "2024-06-14") == {
        "2024-06-01": "Smith was appointed chairman (his appointment took effect)"
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a record's day of no play, told with its verb and its cause
        (
            "WISDEN-STYLE RECORD: KESTON v HARWELL, 1947\n\nNo play was possible on the first "
            "day, 14 May 1947, owing to rain; on the second day Keston were bowled out for 88.",
            None,
            [("1947-05-14", None)],
        ),
        # a span of years, then days after its end in the next paragraph
        (
            "OBITUARY: COMMANDER JOHN HALE, R.N.\n\nHe served in destroyers from 3 September 1939 "
            "to 15 August 1945.\n\nOn 2 October he married Miss Ruth Cole at Alverstoke, and on "
            "14 November he joined the Admiralty as a civilian. He died suddenly on 25 November.",
            "1945-12-01",
            [
                ("1939-09-03/1945-08-15", None),
                ("1945-10-02", None),
                ("1945-11-14", None),
                ("1945-11-25", None),
            ],
        ),
        (
            "OBITUARY - MR JOHN PYE, STATIONMASTER\n\nHe was stationmaster at Holmby from 1 April "
            "1889 to 31 March 1921.\n\nOn 2 April the staff presented him with a clock, and he "
            "died at his daughter's house on 9 June.",
            "1921-06-15",
            [("1889-04-01/1921-03-31", None), ("1921-04-02", None), ("1921-06-09", None)],
        ),
        # "when the greens open": a clause that looks ahead
        (
            "HOLMBY BOWLS CLUB NEWSLETTER, SPRING 1985\n\nPlay starts when the greens open on 4 "
            "May 1985. Members please bring their own woods.",
            None,
            [("1985-05-04", "tentative")],
        ),
        # "(we believe ...)" of a purpose, after other words: no doubt of the day
        (
            "THE HOLMBY OBSERVER, 1925\n\nWe understand the Council will meet on 14 May (we "
            "believe to approve the new baths).",
            None,
            [("1925-05-14", "tentative")],
        ),
        (
            "MEMOIRS OF A HOLMBY CHILDHOOD\n\nWe were married on 3 June 1939 (I think it was the "
            "hottest day of that summer) in St Mary's.",
            None,
            [("1939-06-03", None)],
        ),
        # "mostly" of the plots, not of the feast day
        (
            "MINUTES OF THE HOLMBY ALLOTMENTS SOCIETY\n\nIt was noted that the plots were mostly "
            "dug by Candlemas, and resolved that the rent be paid at Lady Day.",
            "1935-01-07",
            [("../1934-02-02", None)],
        ),
    ],
)
def test_the_second_review_s_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert [(v, s) for v, _, s in events_of(text, published)] == expected


def test_a_note_in_brackets_with_no_subject_of_its_own_keeps_the_sentence() -> None:
    notes = (
        "FENBY ALLOTMENTS SOCIETY - COMMITTEE NOTES\n\nMonday 6 January 2025.\n"
        "Applications for the summer show (to be sent to the Show Secretary by 31 July).\n"
        "Seed order to be placed by 24 January.\n"
    )
    titles = [title for value, title, _ in events_of(notes) if value.endswith("-07-31")]
    assert titles
    assert titles[0].startswith("Applications for the summer show")


@pytest.mark.parametrize(
    "sentence",
    [
        "Saturday hours are unchanged.",
        "The bar may open from 10:00 to 23:00 Monday to Friday and 12:00 to 22:00 on Saturday.",
    ],
)
def test_a_notice_s_hours_of_a_weekday_are_a_habit(sentence: str) -> None:
    assert dates_of(f"Licensing notice\n\n{sentence}", "2025-08-08") == []


def test_a_work_s_own_number_before_its_year_is_no_reference() -> None:
    works = "Hollin composers\n\nSelected works\n- Wind Quintet No. 2 (1951)\n"
    assert dates_of(works) == ["1951"]


def test_a_word_in_t_after_and_is_no_participle_of_a_passive_plan() -> None:
    text = "Roads\n\nThe road will be closed on Monday and it was reopened on 3 March."
    assert ("2025-03-03", None) in [(v, s) for v, _, s in events_of(text, "2025-03-10")]


def test_a_sentence_after_a_name_and_initials_is_no_reference_list_entry() -> None:
    assert dates_of("Hollin\n\nMeanwhile, J. Smith founded the bowling club (1990).") == ["1990"]


def test_a_reference_number_s_no_before_a_version_s_issue() -> None:
    report = (
        "ANNUAL OTTER SURVEY 2024\n"
        "Prepared for the Lune Trust by Fellgate Surveys Limited, Kendal, Cumbria, England\n"
        "Ref No. FS/LV/24/4 - Version 2, issued 12 February 2025\n\n"
        "A dead otter was found on the A683 on 18 November.\n"
    )
    assert dates_of(report) == ["2024-11-18"]


def test_any_hour_before_a_day_that_runs_until_further_notice() -> None:
    notice = "Notice\n\nThe lido is closed from 6.30pm on 19 August 2025 until further notice."
    assert dates_of(notice) == ["2025-08-19/.."]
