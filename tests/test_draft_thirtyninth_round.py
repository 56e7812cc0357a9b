"""A day book's columns of sums with stops, spaced leaders and no sum, its debtors' rows, its
memoranda and its days alone in their column; an old hand's "ye" and "abt"; a deadline named
again as a feast; a notice's own day beside its reference; a list's item with no words of
its own; a participle in an apposition; a result told with its score; a weekday's nights; an
event's days counted; a side's next fixture; a share of these days; an invitation to a
meeting; a flood lived through: each rule on texts of other kinds than the ones it was found
in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of

_DAY_BOOK = (
    "DAY BOOK OF THOS. VARLEY, COOPER, MARKET LANE.\n\n"
    "                                                                  L.  s.  d.\n"
    "1801.\n"
    "Mar.  3d.  The Revd Mr Dunn, the Vicarage.  To 2 new washing tubs,\n"
    "           iron hooped . . . . . . . . . . . . . . . . . . . . .   0. 14.  0\n"
    "           Mrs Pole, widow.  To a butter churn new bottomed . . .   0.  3.  6\n"
    "    17th  Pd Jno Fox for 40 ash poles, fetched from Binley wood     1.  5.  0\n"
    "Apr.  9th. Sent 6 barrels to the Crown for Mr Ager, on trial        -   -   -\n"
    "           (to be pd for at Whitsun if they hold)\n"
    "Apr. 20th. Mr Ager's man brought back one barrel, it leaking.       0.  0.  0\n"
    "\n"
    "Memdm. Agreed with Mr Ager on or abt the 2d May for 12 barrels more.\n"
    "Memdm. Mr Dunn promises to pay his acct by ye 24th June, being Midsummer Day.\n"
)


def test_a_day_book_s_columns_rows_and_memoranda_each_date_its_own_entry() -> None:
    assert events_of(_DAY_BOOK) == [
        ("../1801-06-24", "Mr Dunn promises to pay his acct", "tentative"),
        ("1801-03-03", "The Revd Mr Dunn, the Vicarage: 2 new washing tubs, iron hooped", None),
        ("1801-03-17", "Pd Jno Fox for 40 ash poles, fetched from Binley wood", None),
        ("1801-04-09", "Sent 6 barrels to the Crown for Mr Ager, on trial", None),
        ("1801-04-20", "Mr Ager's man brought back one barrel, it leaking", None),
        ("1801-05-02~", "Agreed with Mr Ager for 12 barrels more", None),
    ]


def test_an_old_hand_s_ye_before_a_day_and_abt_before_a_year_ending_its_clause() -> None:
    diary = (
        "Memoranda of Jas. Orme, miller.\n\n"
        "My grandfather built the wheel abt 1762, as the beam is cut with it.\n"
        "The new stones to be set by ye 14th Octr 1790 at the latest.\n"
    )
    assert dates_of(diary) == ["../1790-10-14", "1762~"]
    # (not a count: "abt 1900 souls", nor after "on", an hour)
    count = "Memoranda of Jas. Orme.\n\nThe parish held abt 1900 souls in the year 1801.\n"
    assert dates_of(count) == ["1801"]


def test_a_notice_s_own_day_beside_its_reference_dates_what_it_tells() -> None:
    notice = (
        "HARBOUR AUTHORITY OF PELLOW\nNOTICE TO MARINERS\n\n"
        "Notice ref: PH/0112/25                           Date of notice: 6 March 2025\n"
        "Channel: Pellow approach (buoyed), mile 2, depth 4m 20cm at datum\n\n"
        "The last survey of the approach channel was made on 12 November 2024. The fairway "
        "buoy was moved 40 metres east on Tuesday.\n"
    )
    assert dates_of(notice) == ["2024-11-12", "2025-03-04"]


def test_a_list_s_item_with_no_words_of_its_own_is_titled_by_its_lead() -> None:
    order = (
        "ROAD TRAFFIC ORDER\n\nThe council gives notice that Kell Street will be closed to "
        "all vehicles:\n\n"
        "  (i) from 08:00 on Monday 2 June 2025 until 18:00 on Friday 6 June 2025; and\n\n"
        "  (ii) on the evenings of 9 and 10 June 2025, for resurfacing.\n"
    )
    assert titles_of(order, "2025-05-01")["2025-06-02/2025-06-06"] == (
        "The council gives notice that Kell Street will be closed to all vehicles"
    )


def test_a_participle_in_an_apposition_after_a_plan_is_no_past() -> None:
    release = (
        "The bakery will launch its winter range, three loaves made with rye, spelt and oats, "
        "on 1 November.\n"
    )
    assert dates_of(release, "2025-10-01") == ["2025-11-01"]


def test_a_result_told_with_its_score_is_past_before_the_side_s_next_plan() -> None:
    report = (
        "Kelsey Hornets beat Barrow 21-17 in the shield semi-final on Thursday and will play "
        "Ashdown in the final.\n"
    )
    assert dates_of(report, "2025-03-10") == ["2025-03-06"]
    # (a condition still looks ahead: "If Rovers beat ...")
    condition = "If Rovers beat Wigan 3-1 on Saturday they will be promoted.\n"
    assert dates_of(condition, "2025-03-10") == ["2025-03-15"]


def test_an_aside_s_past_before_a_plan_s_day_keeps_the_plan_ahead() -> None:
    visit = (
        "The Minister will visit the town of Kessel, where the river Arn burst its banks, on "
        "Friday, and will meet the mayors of the valley.\n"
    )
    assert events_of(visit, "2025-01-22") == [
        ("2025-01-24", "The Minister will visit the town of Kessel", "tentative")
    ]


def test_a_weekday_s_nights_with_another_weekday_are_a_habit() -> None:
    decision = (
        "The licence permits music from 19:00 to 23:30 on Friday and Saturday nights. It "
        "was granted on Tuesday.\n"
    )
    assert dates_of(decision, "2025-04-11") == ["2025-04-08"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The three-day folk festival will run on 4, 5 and 6 July.\n", ["2025-07-04/2025-07-06"]),
        ("The two-day show was held on Saturday and Sunday.\n", ["2025-06-07/2025-06-08"]),
        # (a penalty served, or days apart, are each a day)
        (
            "Daly picked up a two-day ban, which he will serve on 3 and 4 July.\n",
            ["2025-07-03", "2025-07-04"],
        ),
        ("The two-day meeting was held on 2 and 4 June.\n", ["2025-06-02", "2025-06-04"]),
    ],
)
def test_the_days_an_event_is_counted_in_are_one_run(text: str, dates: list[str]) -> None:
    assert dates_of(text, "2025-06-10" if "held" in text else "2025-06-01") == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Ashdown travel to Kelsey on Saturday for the derby.", "2025-03-15"),
        ("The Wanderers host City on Saturday.", "2025-03-15"),
        ("Harlow face Dunmore in the final on Saturday.", "2025-03-15"),
        ("Rovers faced City on Saturday.", "2025-03-08"),
    ],
)
def test_a_side_s_next_fixture_told_in_the_present_is_ahead(sentence: str, date: str) -> None:
    assert dates_of(sentence + "\n", "2025-03-10") == [date]


def test_the_hosts_beaten_are_no_fixture() -> None:
    report = "Rooksby won the cup, beating the hosts 17-15 in the final on Saturday.\n"
    assert dates_of(report, "2025-03-09") == ["2025-03-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The works was set up in 1890, and today about half of the rope we make goes abroad.",
        "The firm was founded in 1890, and today we supply boatyards in six countries.",
    ],
)
def test_a_share_or_a_supply_of_these_days_is_no_event_of_the_day(sentence: str) -> None:
    assert dates_of(sentence + "\n", "2025-05-01") == [sentence[sentence.index("18") :][:4]]


def test_a_share_of_the_day_s_news_is_still_the_day_s() -> None:
    news = "Snow closed the airport, and today half of the flights were cancelled.\n"
    assert dates_of(news, "2025-01-08") == ["2025-01-08"]


def test_an_invitation_to_a_meeting_is_to_one_still_to_come() -> None:
    story = "Parents have been invited to an open meeting at the school on Thursday.\n"
    assert events_of(story, "2025-03-10") == [
        ("2025-03-13", "Parents have been invited to an open meeting at the school", "tentative")
    ]


def test_a_flood_lived_through_is_its_year_no_bound() -> None:
    story = "Families who lived through the 1953 flood want better warnings.\n"
    assert dates_of(story, "2025-03-10") == ["1953"]
