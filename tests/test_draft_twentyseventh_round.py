"""A bulletin's stamp with its fields parted by bars, its issue a column away or its hour in
capitals; a letter's place with its full stop over its weekday and day; the next letter's
place and day, which is no dateline of the page; a weekday and "the 22d", whatever follows;
a letter's "ult." and a year's "this year" before a diary's next entry; an entry's weekday
after its day; a table's hour cell: each rule on texts of other kinds than the ones it was
found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_stamp_with_its_fields_parted_by_bars_heads_its_bulletin() -> None:
    bulletins = (
        "NORTH FELL MOUNTAIN RESCUE - Incident log\n\n"
        "LOG No. 1 | 14 Feb 2025 | 10:15\n"
        "A walker was reported overdue on Black Crag at 08:50 today. Two teams were sent.\n\n"
        "LOG No. 2 | 17 Feb 2025 | 09:00\n"
        "The search was stood down on 15 Feb after the walker was found at a bothy. The "
        "debrief will be held tomorrow.\n"
    )
    drafted = titles_of(bulletins)
    assert "walker was reported overdue" in drafted["2025-02-14"]
    assert "search was stood down" in drafted["2025-02-15"]
    assert "debrief" in drafted["2025-02-18"]
    assert not any("LOG No." in title for title in drafted.values())


def test_a_notice_s_issue_a_column_away_from_its_number_heads_the_notice() -> None:
    notices = (
        "PORT OF KESTHAVEN - Notices to harbour users\n\n"
        "Notice 2025/03                              Issued 4 March 2025, 09:00\n"
        "Dredging of the inner basin began on 3 March and will end on 21 March.\n\n"
        "Notice 2025/05                              Issued 25 March 2025, 14:00\n"
        "Dredging ended on 22 March. The south quay reopened to shipping on 24 March.\n"
    )
    drafted = titles_of(notices)
    assert {"2025-03-03", "2025-03-22", "2025-03-24"} <= set(drafted)
    assert not any("Notice 2025" in title for title in drafted.values())
    assert "2024-03-24" not in drafted


def test_an_update_s_hour_in_capitals_ends_its_stamp() -> None:
    updates = (
        "CEDAR CANYON FLOOD - UPDATES\n\n"
        "UPDATE 3 - Tue., Sept. 9, 2025, 6:00 PM\n"
        "County Road 12 reopened at noon today. Shelters close Wednesday.\n\n"
        "UPDATE 2 - Mon., Sept. 8, 2025, 7:30 AM\n"
        "The river crested overnight at 18.2 feet. Schools are closed today.\n"
    )
    drafted = events_of(updates)
    assert ("2025-09-09", "County Road 12 reopened", None) in drafted
    assert ("2025-09-08", "Schools are closed", None) in drafted
    assert not any("UPDATE" in title for _, title, _ in drafted)


def test_a_letter_s_place_and_its_full_stop_over_its_weekday_and_day_head_the_letter() -> None:
    letters = (
        "Letters of a Cheltenham physician to his son, 1821\n\n"
        "I.\n"
        "                         Royal Crescent, Cheltenham. Friday 2d March 1821.\n"
        "My dear Robert,\n"
        "Your mother arrived home on Tuesday last, much tired. We dine with the Bishop on "
        "Monday.\n"
        "                         Yr affec. father, J. H.\n\n"
        "II.\n"
        "                         Cheltenham. Saturday 17th March.\n"
        "Dear Robert,\n"
        "The Bishop was taken ill on Wednesday the 14th & could not receive us. Your "
        "cousin sails for Bombay on the 2d prox.\n"
        "                         Yr father, J. H.\n"
    )
    drafted = titles_of(letters)
    assert "mother arrived home" in drafted["1821-02-27"]
    assert "dine with the Bishop" in drafted["1821-03-05"]
    assert "Bishop was taken ill" in drafted["1821-03-14"]
    assert "sails for Bombay" in drafted["1821-04-02"]
    assert "Untitled statement" not in drafted.values()


def test_a_weekday_and_its_day_of_the_month_whatever_follows() -> None:
    letter = (
        "Ludlow, 10th May 1790\n"
        "Dear Brother,\n"
        "The Assizes open on Wednesday the 12th upon a great many causes, & the Judge dines "
        "with us on Friday the 14th he tells me.\n"
    )
    drafted = titles_of(letter)
    assert "Assizes open" in drafted["1790-05-12"]
    assert "Judge dines" in drafted["1790-05-14"]
    # (a team's "Sat 1st XI" is still no day)
    card = "Fixtures\n\nSat 1st XI v Hexham, home.\n"
    assert dates_of(card, published="2025-05-01") == []


def test_a_letter_s_ult_and_a_year_s_this_year_leave_the_next_entry_in_its_month() -> None:
    diary = (
        "Journal of a curate, 1888\n\n"
        "Nov. 3. Sat. Walked to Ashby to see old Mrs Tate.\n\n"
        "5th. Letter from the Archdeacon, dated the 28th ult., about the school.\n\n"
        "6th. Choir supper; the largest this year.\n\n"
        "8th. Thurs. The Bishop comes tomorrow for the confirmation.\n"
    )
    drafted = titles_of(diary)
    assert "Bishop comes" in drafted["1888-11-09"]
    assert "1888-10-29" not in drafted
    assert "1888-11-03" in drafted


def test_an_entry_s_weekday_after_its_day_leaves_the_title() -> None:
    diary = (
        "Diary of a probationer, 1911\n\n"
        "Feb. 6th, Mon. - Began on the men's surgical ward under Sister Lane.\n\n"
        "Thurs. 9th - First night duty.\n"
    )
    assert titles_of(diary)["1911-02-06"] == "Began on the men's surgical ward under Sister Lane"


def test_an_hour_s_cell_names_no_fact_of_its_row() -> None:
    page = (
        "<html><head><title>Concert changes</title></head><body><main>"
        "<h1>Concert changes</h1>"
        "<table><thead><tr><th>Date</th><th>Time</th><th>Concert</th><th>Status</th></tr>"
        "</thead><tbody>"
        "<tr><td>Sat 4 Oct 2025</td><td>7.30pm</td><td>Brass Band Gala</td>"
        "<td>Postponed</td></tr>"
        "<tr><td>Sun 5 Oct 2025</td><td>3pm &amp; 7pm</td><td>Choir at the Pier</td>"
        "<td>Cancelled</td></tr>"
        "</tbody></table></main></body></html>"
    )
    drafted = titles_of(page, published="2025-09-20")
    assert "Brass Band Gala" in drafted["2025-10-04"]
    assert "Choir at the Pier" in drafted["2025-10-05"]


def test_a_habit_whose_months_say_when_it_repeats_dates_nothing() -> None:
    notice = (
        "Countryside notice, 2 May 2025\n\n"
        "Adders are most active every year from March to October. The coast path is "
        "closed each year from June to August for nesting terns.\n"
    )
    assert events_of(notice) == []
    # (a repetition with no months is still told as one)
    assert dates_of("Countryside notice, 2 May 2025\n\nThe sheep fair is held every year.\n") == [
        "../2025"
    ]


def test_a_deadline_after_an_order_whose_object_is_named_between_commas() -> None:
    story = (
        "The league has ordered Harrow Town to play their postponed tie against the leaders, "
        "Castleford Vale, no later than April 12.\n"
    )
    assert events_of(story, published="2025-01-20") == [
        (
            "../2025-04-12",
            "The league has ordered Harrow Town to play their postponed tie against the leaders",
            "tentative",
        )
    ]


def test_a_plan_s_second_count_keeps_the_plan_s_subject_and_verb() -> None:
    release = (
        "Press release, 4 March 2025\n\n"
        "Brightwater Homes plans to build 300 homes by 2027 and 1,200 by 2032. The trust "
        "will plant 40 oaks by 2026 and two thousand hawthorns by 2028.\n"
    )
    drafted = titles_of(release)
    assert drafted["../2027"] == "Brightwater Homes plans to build 300 homes"
    assert drafted["../2032"] == "Brightwater Homes plans to build 1,200"
    assert drafted["../2028"] == "The trust will plant two thousand hawthorns"
    # (a past's second half may be a place of its own, and a plan's a second party or verb)
    assert "1960" in dates_of("He taught in Leeds in 1950 and in York in 1960.\n")
    replies = "The council will respond to objectors by 4 April and the developer by 11 April."
    assert "respond the developer" not in " ".join(titles_of(replies, "2025-03-20").values())


def test_a_list_of_days_takes_the_year_its_sentence_opens_on() -> None:
    report = (
        "Moth trapping report\n\n"
        "The trap was first run between 2 and 9 August 2022.\n\n"
        "In 2024 the trap was run on 5, 12 and 26 July, each night from dusk to dawn.\n"
    )
    assert dates_of(report) == ["2022-08-02/2022-08-09", "2024-07-05", "2024-07-12", "2024-07-26"]
    # (so does a day alone, in a text of the year after: the year it opens on frames it)
    news = "In 2024 the trap was run on 5 and 12 July. In 2024 a hawkmoth was caught on 9 July."
    assert dates_of(news, published="2025-07-10") == ["2024-07-05", "2024-07-09", "2024-07-12"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the first review's: a weekday's "the Nth" before a court, a team, a unit; a letter's
        # "ult." and the days counted from it; a written year after a day named before it
        (
            "On Friday the 9th Circuit Court of Appeals ruled 2-1 that the map could be used.",
            "2024-03-15",
            ["2024-03-15"],
        ),
        (
            "Cricket: On Saturday the 1st XI beat Hexham by 42 runs, and on Sunday the 2nd XI "
            "lost narrowly to Tynemouth.",
            "2024-09-22",
            ["2024-09-21", "2024-09-22"],
        ),
        (
            "On Thursday the 4th Infantry Division held a ceremony at Fort Carson.",
            "2024-11-08",
            ["2024-11-07"],
        ),
        (
            "Calcutta, 4th March 1857.\nMy dear Father, I wrote to you on the 28th ult. by the "
            "overland mail. Two days later the Bengal regiments were paraded.\n",
            None,
            ["1857-02-28", "1857-03-02"],
        ),
        (
            "Liverpool, 12th May 1849.\nGentlemen, We are in receipt of yours of the 3d ult. The "
            "Mary sailed on the 20th and we expect her at New York about the 15th prox.\n",
            None,
            ["1849-04-03", "1849-04-20", "1849-06-15~"],
        ),
        (
            "The company was registered on 3 March 2019. It hired its first ten staff in 2019. "
            "Two months later it moved to Leeds.",
            "2019-11-20",
            ["2019", "2019-03-03"],
        ),
        # the second review's: a weekday's "the 28th ult."; the day after a letter's "ult.";
        # a year told after a day; a letter after a note on it; a fixture list's row
        (
            "Bristol, 2nd March 1799.\nDear Sir,\nOn Thursday the 28th ult. Mr Hale called upon "
            "me about the sugar.\n",
            None,
            ["1799-02-28"],
        ),
        (
            "Sydney, 2nd November 1849.\nDear Brother,\nThe Eliza arrived on the 16th ult. The "
            "following day we landed and went up to Parramatta.\n",
            None,
            ["1849-10-16", "1849-10-17"],
        ),
        (
            "He died on 4 May 1850. His widow remarried later in 1850. Three months later she "
            "emigrated to Canada.",
            None,
            ["1850", "1850-05-04"],
        ),
        (
            "The following letter was found in a drawer at the Old Rectory during the recent "
            "sale.\n\nBath, Tuesday 14th April 1812. My dear Sister, I reached Bath on Saturday "
            "and have taken lodgings.\n",
            None,
            ["1812-04-11"],
        ),
        (
            "Fixtures\n\nLEEDS | Sat 4 May 2024 | 15:00\n\nHULL CITY | Sat 11 May 2024 | 15:00\n",
            "2024-04-20",
            ["2024-05-11"],
        ),
        # the third and fourth reviews': a rank after a weekday's "the"; a name that is a
        # month's beside "every year"; a target met by a day; a year named before a list;
        # "that year" or "the same year" before a count of months
        (
            "On Sunday the 4th in the world, Casper Ruud, beat the local favourite in straight "
            "sets.",
            "2025-03-17",
            ["2025-03-16"],
        ),
        (
            "On Thursday the 2nd in command of the Yorkshire Regiment, Lt Col Ann Reeve, took "
            "over from the commanding officer.",
            "2025-03-10",
            ["2025-03-06"],
        ),
        (
            "Local MP Theresa May opens the Maidenhead charity fun run every year.",
            "2025-06-02",
            ["../2025"],
        ),
        ("June Whitfield opened the fete every year until her death.", "2025-03-01", ["../2025"]),
        (
            "The charity has managed to raise £120,000, well above its target, by the end of "
            "September.",
            "2025-10-06",
            ["../2025-09"],
        ),
        (
            "A repeat of the 1987 storm was feared on 28, 29 and 30 September, but winds stayed "
            "below 70mph.",
            "2025-10-01",
            ["1987", "2025-09-28", "2025-09-29", "2025-09-30"],
        ),
        (
            "Work on the new depot began on 6 January 2024. That year the firm also bought a "
            "quarry in Wales. Six months later it sold the quarry at a loss.",
            "2025-10-02",
            ["2024", "2024-01-06"],
        ),
        (
            "The mill opened on 3 March 1850. The owner died the same year. Three months later "
            "his son sold it.",
            None,
            ["1850", "1850-03-03"],
        ),
        # the fifth review's: a clause after the opening year's; a place and a relative
        # clause's month beside "annually"
        (
            "In 2024 the club were relegated; on 3 May they host Barnsley in the play-off.",
            "2026-02-02",
            ["2024", "2025-05-03"],
        ),
        (
            "CV\nIn 2023 I joined Acme as a graduate; I start my new role at Beta Ltd on 1 April.",
            "2025-03-01",
            ["2023", "2024-04-01"],
        ),
        (
            "The trophy is competed for annually by clubs from March and Wisbech.",
            "2024-05-15",
            ["../2024"],
        ),
        (
            "Every year the club plays a memorial match in honour of its founder, who died in May.",
            "2024-05-15",
            ["../2024"],
        ),
    ],
)
def test_the_edges_the_reviews_found_read_as_before(
    text: str, published: str | None, expected: list[str]
) -> None:
    assert dates_of(text, published=published) == expected


def test_a_run_s_day_and_a_timetable_s_row_keep_their_titles() -> None:
    """The second review's: "Day 3/14" is no bulletin's number, nor a timetable's subject
    in capitals after its hour a bulletin's name."""
    run = "Day 3/14 - Tuesday 9 January 2024\nCrossed the Blaiklock Glacier; 24 km.\n"
    assert titles_of(run) == {"2024-01-09": "Day 3/14 - Crossed the Blaiklock Glacier"}
    timetable = (
        "Exam timetable\n\nMon 23 June 2025 | 09:00 | MATHS\nBring a calculator and a ruler.\n\n"
        "Tue 24 June 2025 | 13:30 | ENGLISH\nSet texts are not allowed in the exam room.\n"
    )
    assert titles_of(timetable, published="2025-06-20") == {"2025-06-24": "13:30, ENGLISH"}
