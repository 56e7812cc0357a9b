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
    # (Mrs Pole's row, a second debtor of 3 March, is part of that day's entry)
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
    assert events_of(diary) == [
        ("../1790-10-14", "The new stones to be set", None),
        ("1762~", "My grandfather built the wheel, as the beam is cut with it", None),
    ]
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


@pytest.mark.parametrize(
    "nights", ["Friday and Saturday nights", "Thursday, Friday and Saturday nights"]
)
def test_a_weekday_s_nights_with_other_weekdays_are_a_habit(nights: str) -> None:
    decision = (
        f"The licence permits music from 19:00 to 23:30 on {nights}. It was granted on Tuesday.\n"
    )
    assert dates_of(decision, "2025-04-11") == ["2025-04-08"]


def test_weekdays_listed_without_a_space_still_go_forward() -> None:
    notice = "The road will be shut on Friday,Monday and Tuesday.\n"
    assert dates_of(notice, "2025-03-09") == ["2025-03-14", "2025-03-17", "2025-03-18"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "The three-day folk festival will run on 4, 5 and 6 July.\n",
            "2025-06-01",
            ["2025-07-04/2025-07-06"],
        ),
        (
            "The two-day show was held on Saturday and Sunday.\n",
            "2025-06-10",
            ["2025-06-07/2025-06-08"],
        ),
        # (a penalty served, days apart, or days of another clause are each a day)
        (
            "Daly picked up a two-day ban, which he will serve on 3 and 4 July.\n",
            "2025-06-01",
            ["2025-07-03", "2025-07-04"],
        ),
        (
            "The two-day meeting was held on 2 and 4 June.\n",
            "2025-06-10",
            ["2025-06-02", "2025-06-04"],
        ),
        (
            "After the two-day conference ends, the minister will fly to Rome on 5 and 6 June.\n",
            "2025-06-01",
            ["2025-06-05", "2025-06-06"],
        ),
    ],
)
def test_the_days_an_event_is_counted_in_are_one_run(
    text: str, published: str, dates: list[str]
) -> None:
    assert dates_of(text, published) == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Ashdown travel to Kelsey on Saturday for the derby.", "2025-03-15"),
        ("The Wanderers host City on Saturday.", "2025-03-15"),
        ("Harlow face Dunmore in the final on Saturday.", "2025-03-15"),
        ("Wanderers return to league action at home to Penmore Rangers on Saturday.", "2025-03-15"),
        ("Rovers faced City on Saturday.", "2025-03-08"),
        ("Free travel to Kelsey on Saturday was laid on by the club.", "2025-03-08"),
    ],
)
def test_a_side_s_next_fixture_told_in_the_present_is_ahead(sentence: str, date: str) -> None:
    assert dates_of(sentence + "\n", "2025-03-10") == [date]


@pytest.mark.parametrize("hosts", ["the hosts", "their hosts"])
def test_the_hosts_beaten_are_no_fixture(hosts: str) -> None:
    report = f"Rooksby won the cup, beating {hosts} 17-15 in the final on Saturday.\n"
    assert dates_of(report, "2025-03-09") == ["2025-03-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The works was set up in 1890, and today about half of the rope we make goes abroad.",
        "The firm was founded in 1890, and today we supply boatyards in six countries.",
    ],
)
def test_a_share_or_a_supply_of_these_days_is_no_event_of_the_day(sentence: str) -> None:
    assert dates_of(sentence + "\n", "2025-05-01") == ["1890"]


def test_a_share_of_the_day_s_news_is_still_the_day_s() -> None:
    news = "Snow closed the airport, and today half of the flights were cancelled.\n"
    assert dates_of(news, "2025-01-08") == ["2025-01-08"]


def test_an_invitation_to_a_meeting_is_to_one_still_to_come() -> None:
    story = "Parents have been invited to an open meeting at the school on Thursday.\n"
    assert events_of(story, "2025-03-10") == [
        ("2025-03-13", "Parents have been invited to an open meeting at the school", "tentative")
    ]
    notice = "Residents are invited to a public meeting at the village hall on Monday.\n"
    assert dates_of(notice, "2025-03-12") == ["2025-03-17"]
    # (not a meeting told as held, nor a day with its month)
    held = "Parents have been invited to the meeting held on Monday to hear the findings.\n"
    assert dates_of(held, "2025-03-12") == ["2025-03-10"]
    dated = "The minister has been summoned to a hearing on 3 March.\n"
    assert dates_of(dated, "2025-03-12") == ["2025-03-03"]


def test_a_flood_lived_through_is_its_year_no_bound() -> None:
    story = "Families who lived through the 1953 flood want better warnings.\n"
    assert dates_of(story, "2025-03-10") == ["1953"]


# Texts at the rules' edges, which read as before.


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # two nights told in the past, or a share of the day's news, are the day's
        (
            "Police caught 14 drink-drivers on the A59 on Friday and Saturday nights.\n",
            "2025-03-10",
            ["2025-03-07"],
        ),
        (
            "Today half of the staff at the depot walked out over pay.\n",
            "2025-03-12",
            ["2025-03-12"],
        ),
        ("Today we welcome our new head teacher, Mrs Ruth Ames.\n", "2025-03-12", ["2025-03-12"]),
        # a journey no fixture, nor a side's noun, nor a general object entertained
        (
            "Thousands could not travel to work on Monday because of the snow.\n",
            "2025-03-11",
            ["2025-03-10"],
        ),
        (
            "City's return to form at home to Ashby on Saturday delighted a crowd of 4,000.\n",
            "2025-03-10",
            ["2025-03-08"],
        ),
        (
            "Year 4 pupils entertain residents at Rosebank care home on Friday.\n",
            "2025-03-10",
            ["2025-03-07"],
        ),
        # another event's day after an invitation, or a participle's own day
        (
            "Two players have been summoned to a disciplinary hearing over the brawl at Ashby "
            "on Saturday.\n",
            "2025-03-12",
            ["2025-03-08"],
        ),
        (
            "The RNLI will present awards to the crew, four volunteers praised for their "
            "bravery in the rescue on Saturday.\n",
            "2025-03-12",
            ["2025-03-08"],
        ),
        # two days of two clauses, not one event's run
        (
            "Entries for the two-day show close on 3 June, and 4 June is the last day for "
            "refunds.\n",
            "2025-03-01",
            ["2025-06-03", "2025-06-04"],
        ),
        # a notice it replaces gives no day of its own
        (
            "FURTHER NOTICE - Castle Walk closure\n\nThis notice replaces the notice below, "
            "which is withdrawn:\nNotice ref: LX/0401/25     Date of notice: 6 January 2025\n\n"
            "Castle Walk will now be closed on Sunday between 8am and 4pm.\n",
            None,
            [],
        ),
        # a count after "abt", and a hymn's number under a row's day
        (
            "Hinton Methodist Circuit, report 1862\nAt the opening of the new chapel there was "
            "a congregation of abt 1600.\n",
            None,
            [],
        ),
        (
            "Service Book, Hinton Church, 1901\nJune  2   Whitsunday. Mattins. Hymns\n"
            "     15   Come, Holy Ghost\n     19   Our blest Redeemer\nJune  9   Trinity Sunday\n",
            None,
            ["1901-06-02", "1901-06-09"],
        ),
    ],
)
def test_texts_at_the_rules_edges_read_as_before(
    text: str, published: str | None, dates: list[str]
) -> None:
    assert dates_of(text, published) == dates


def test_a_list_s_item_with_a_word_of_its_own_keeps_it() -> None:
    fixtures = (
        "Rovers' remaining home league fixtures are:\nSaturday 15 March: Ashby.\n"
        "Saturday 29 March: Castleton.\n"
    )
    assert titles_of(fixtures, "2025-02-20")["2025-03-15"] == "Ashby"


def test_a_heading_then_to_is_no_debtor_s_row() -> None:
    notice = (
        "Hinton Rovers Football Club. To bring in the new season, a dinner will be held at "
        "the Bell on 2 September.\n"
    )
    assert events_of(notice, "2024-08-10") == [
        ("2024-09-02", "A dinner will be held at the Bell", "tentative")
    ]
