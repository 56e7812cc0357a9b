"""A letter's day of the month opening its sentence, and a visit's day before its errand;
Christmas alone after a bound; a dated heading over a line of results parted by bars; a
dash left before a comma; a document's "last updated" after its number; the year of a day
after an aside of the past; a state already going on by an old year; a habit's
month right after "every year"; a letter's "It grieves me to write that"; a series of one
subject's verbs; a release's news told after its day of saying; opening hours, "having",
an opening adjective and nouns joined before a span: each rule on texts of other kinds
than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_letter_s_day_of_the_month_opening_its_sentence_is_a_day() -> None:
    letter = (
        "Fort Edward, 24th May 1812\n\n"
        "Dear Brother,\n"
        "We marched out of Albany on the 9th of this month. On the 12th we crossed the "
        "river at the ferry in a cold rain. On the 16th, I was made corporal of the guard.\n"
    )
    drafted = titles_of(letter)
    assert drafted["1812-05-12"] == "We crossed the river at the ferry in a cold rain"
    assert drafted["1812-05-16"] == "I was made corporal of the guard"


def test_a_letter_s_day_of_the_month_after_its_own_day_is_of_the_month_before() -> None:
    letter = (
        "Elvas, 3rd May 1811\n\n"
        "My dear Father,\n"
        "We have been hard at work these three weeks. On the 28th we marched to Campo Maior "
        "in heavy rain.\n"
    )
    assert dates_of(letter) == ["1811-04-28"]


def test_a_visit_s_day_before_its_errand_is_a_day() -> None:
    diary = (
        "THE DIARY OF ANN PRICE, 1919\n\n"
        "Tuesday 3rd June\n"
        "Weeded the onion bed all morning. The vet is coming on the 9th to look at the mare.\n\n"
        "Thursday 5th June\n"
        "Mr Hart is calling on the 14th to settle the hay money.\n"
    )
    assert dates_of(diary) == ["1919-06-03", "1919-06-09", "1919-06-14"]


def test_christmas_alone_after_a_bound_is_its_day() -> None:
    letter = (
        "Bombay, 2nd October 1861\n\n"
        "My dear Mother,\n"
        "The regiment is to march for Poona next week. I hope to be home on leave by "
        "Christmas, if the Colonel allows it.\n"
    )
    assert (
        "../1861-12-25",
        "I hope to be home on leave, if the Colonel allows it",
        "tentative",
    ) in (events_of(letter))


def test_a_dated_heading_over_a_line_of_results_parted_by_bars() -> None:
    card = (
        "HEXLEY DARTS LEAGUE\n"
        "Winter Division - Results and Fixtures\n\n"
        "All matches start at 8 pm. Home team provides the scorer.\n\n"
        "WEEK 4 - Thursday 16 January (played)\n"
        "Red Lion 5-2 Plough  |  Crown B 3-4 Railway Tavern  |  Swan 6-1 Crown A\n\n"
        "WEEK 5 - Thursday 23 January\n"
        "Plough v Swan  |  Railway Tavern v Red Lion  |  Crown A v Crown B\n"
    )
    assert titles_of(card, published="2025-01-20") == {
        "2025-01-16": "Red Lion 5-2 Plough, Crown B 3-4 Railway Tavern, Swan 6-1 Crown A",
        "2025-01-23": "Plough v Swan, Railway Tavern v Red Lion, Crown A v Crown B",
    }


def test_a_dash_left_before_a_comma_or_a_colon_goes() -> None:
    programme = (
        "Prize Day - Friday 11 July, the Great Hall.\n\n"
        "Opening Day - Saturday 12 July: Harlan v Dunmore.\n"
    )
    assert titles_of(programme, published="2025-06-01") == {
        "2025-07-11": "Prize Day, the Great Hall",
        "2025-07-12": "Opening Day: Harlan v Dunmore",
    }


def test_an_aside_of_the_past_leaves_a_day_ahead_ahead() -> None:
    story = (
        "Harwick, who won the cup in 2019, play Ellesby on Saturday and meet Tolworth "
        "in the fourth round on January 18."
    )
    assert dates_of(story, published="2024-11-20") == ["2019", "2024-11-23", "2025-01-18"]


def test_a_state_already_going_on_by_an_old_year() -> None:
    history = (
        "Cloth was already being woven in the valley by 1215, when the abbey's rent roll "
        "named six fulling mills. The market charter was granted in 1247."
    )
    assert dates_of(history) == ["../1215", "1247"]


def test_a_habit_s_month_right_after_every_year_is_no_event() -> None:
    report = (
        "The two schools row every year in May on the Ouse. Hexley won this year's race "
        "on Saturday by two lengths."
    )
    assert dates_of(report, published="2025-05-12") == ["2025-05-10"]


def test_a_letter_s_grief_before_its_news_leaves_the_title() -> None:
    letter = (
        "Ballarat, 9th March 1855\n\n"
        "Dear Father,\n"
        "It grieves me to write that young Amos Reed was killed in a fall of earth "
        "on the 2nd of this month.\n"
    )
    assert titles_of(letter) == {"1855-03-02": "Young Amos Reed was killed in a fall of earth"}


def test_a_series_of_one_subject_s_verbs_gives_each_its_own_title() -> None:
    history = (
        "The Tollgate Brewery was founded in 1868, moved to Canal Street in 1894, "
        "became a limited company in 1921 and closed in 1979."
    )
    assert titles_of(history) == {
        "1868": "The Tollgate Brewery was founded",
        "1894": "The Tollgate Brewery moved to Canal Street",
        "1921": "The Tollgate Brewery became a limited company",
        "1979": "The Tollgate Brewery was closed",
    }
    log = (
        "The Ardent sailed from Hull on 2 May 1850, reached Lisbon on 9 May, called at "
        "Madeira on 14 May and arrived at Cape Town on 6 June."
    )
    assert titles_of(log) == {
        "1850-05-02": "The Ardent sailed from Hull",
        "1850-05-09": "The Ardent reached Lisbon",
        "1850-05-14": "The Ardent called at Madeira",
        "1850-06-06": "The Ardent arrived at Cape Town",
    }


def test_a_document_s_last_revision_after_its_number_is_no_event() -> None:
    summary = (
        "KESTREL-3 SURVEY SATELLITE - MISSION SUMMARY\n"
        "Norrland Space Office, Earth Observation Division\n"
        "Document KS-MS-301, Revision B, last updated 4 March 2025\n\n"
        "1. Overview\n"
        "Kestrel-3 was launched on 12 June 2023 and began imaging on 1 August 2023.\n"
    )
    assert dates_of(summary) == ["2023-06-12", "2023-08-01"]


def test_a_release_s_news_told_done_after_its_day_of_saying() -> None:
    release = (
        "HALDEN, 4 June 2025 - Ostmark Cement AS said today that its board of directors has "
        "approved a new kiln line at the Halden works."
    )
    assert titles_of(release) == {
        "2025-06-04": (
            "Ostmark Cement AS’s board of directors has approved a new kiln line at the "
            "Halden works"
        )
    }


def test_a_row_of_opening_hours_names_no_day() -> None:
    page = (
        "<html><body><h1>Hexley Lido</h1>\n"
        "<table><tr><th>Day</th><th>Opening hours</th></tr>\n"
        "<tr><td>Tuesday and Thursday</td><td>6:30 to 20:00</td></tr>\n"
        "<tr><td>Saturday and Sunday</td><td>8:00 to 18:00</td></tr></table>\n"
        "<p>The lido reopened on 3 May 2025 after a new filter was fitted.</p>\n"
        "</body></html>"
    )
    assert dates_of(page, published="2025-06-10") == ["2025-05-03"]


def test_having_with_a_participle_that_is_no_past_takes_its_had() -> None:
    report = (
        "Tollbridge won the county cup for the third time on Saturday, having also taken "
        "it in 2019 and 2022."
    )
    drafted = titles_of(report, published="2025-05-12")
    assert drafted["2019"] == "Tollbridge had also taken it"


def test_an_opening_adjective_before_its_noun_and_verb_keeps_a_list_s_title() -> None:
    survey = "Marked trees were checked on 3 June, 17 June and 1 July 2025."
    assert titles_of(survey) == {
        "2025-06-03": "Marked trees were checked",
        "2025-06-17": "Marked trees were checked",
        "2025-07-01": "Marked trees were checked",
    }


def test_nouns_joined_before_a_span_keep_the_subject() -> None:
    notice = (
        "Brigg Lane will be closed to all motor vehicles and cyclists from 08:00 on Monday "
        "3 November until 17:00 on Friday 7 November 2025, to allow resurfacing."
    )
    assert titles_of(notice) == {
        "2025-11-03/2025-11-07": (
            "Brigg Lane will be closed to all motor vehicles and cyclists, to allow resurfacing"
        )
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a hole, not a day: a golf report's "On the 18th he ..."
        (
            "Lowe led by one at the turn. On the 18th he holed a long putt for the title.",
            "2025-06-02",
            [],
        ),
        # a purpose after a day that is no visit's: "rose on the 18th to close at"
        ("Shares rose 4 percent on Monday to close at 212 pence.", "2025-06-04", ["2025-06-02"]),
        # a thing named by Christmas, not the day
        ("Sales were strong before Christmas shopping began in earnest.", "2025-01-10", []),
        # a count cut by a number, not a year
        ("The price was cut by 1450, when the market fell.", None, []),
        # a sentence that names its year for each day keeps them
        (
            "Harwick, who won the cup in 2019, lost to Tolworth on 18 January 2024.",
            "2024-11-20",
            ["2019", "2024-01-18"],
        ),
        # a past told after "after" keeps its past
        (
            "The mill reopened in June, after completing repairs on 4 March.",
            "2025-10-10",
            ["2025-03-04", "2025-06"],
        ),
        # an appositive's participle and a clause's own aside keep their titles
        ("Acme, founded in 1901, moved to Leeds in 1920.", None, ["1901", "1920"]),
        # a fair that is held each year, on no month, is still a yearly event
        ("The sheep fair is held every year at Hexley.", "2025-05-12", ["../2025"]),
    ],
)
def test_the_edges_read_as_before(text: str, published: str | None, expected: list[str]) -> None:
    assert dates_of(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the review's: a participle of the object or of another noun after a dated comma
        (
            "The museum bought the painting in 1920, painted in 1650 for a Delft brewer.",
            None,
            [
                ("1650", "The museum bought the painting, painted for a Delft brewer", None),
                ("1920", "The museum bought the painting, painted for a Delft brewer", None),
            ],
        ),
        (
            "The storm on 3 October, followed on 7 October by flooding in the valley, closed "
            "the A68.",
            "2022-10-04",
            [
                ("2021-10-07", "The storm was followed by flooding in the valley", None),
                ("2022-10-03", "The storm closed the A68", None),
            ],
        ),
        # a blank for a name keeps its dashes
        (
            "Mr. ——, the attorney of this town, was married on 3 May 1820 to Miss ——, of Bath.",
            None,
            [
                (
                    "1820-05-03",
                    "Mr. ——, the attorney of this town, was married to Miss ——, of Bath",
                    None,
                )
            ],
        ),
        # a day put off is no day of results; a festive day under "Open" is its own day
        (
            "ROUND TWO - Saturday 4 October 2025 (postponed)\n"
            "Lindell A v Harbour Aces | Westgate Smash v Corrie Padel\n",
            None,
            [],
        ),
        (
            "Festive hours\n\nDay | Open\nChristmas Eve | 8am-2pm\nChristmas Day | Closed\n",
            "2025-12-01",
            [("2025-12-24", "8am-2pm", "tentative"), ("2025-12-25", "Closed", "tentative")],
        ),
        # a story's own "last changed" and "last amended" stay facts
        (
            "Timetables last changed on 15 December 2019, when the Borders line was extended.",
            None,
            [("2019-12-15", "Timetables last changed, when the Borders line was extended", None)],
        ),
        (
            "The speed limit is set by the Traffic Order of 2012, last amended on 1 May 2021.",
            None,
            [
                ("2012", "The speed limit is set by the Traffic Order, last amended", None),
                ("2021-05-01", "The speed limit is set by the Traffic Order, last amended", None),
            ],
        ),
        # passes for a day date that day's event
        (
            "Passes for the 3 May final are limited to two per member.",
            "2025-03-01",
            [("2025-05-03", "Passes final are limited to two per member", "tentative")],
        ),
        # "which" after a noun of work stands for the thing worked on
        (
            "The hall reopened in 2021 after the restoration of the Great Hall ceiling, which "
            "was painted in 1724.",
            None,
            [
                ("1724", "The Great Hall ceiling was painted", None),
                ("2021", "The hall reopened after the restoration of the Great Hall ceiling", None),
            ],
        ),
        # a season before Christmas, and a golf letter's hole
        (
            "The shop was busier than ever before Christmas, when the lights went up.",
            "2024-11-20",
            [],
        ),
        (
            "Gleneagles, 3 June 1921\n\nMy dear Father, the match was a close thing. On the 16th "
            "I found the burn, and on the 17th we halved it.",
            None,
            [],
        ),
        # two clauses of one subject with an object between
        (
            "The club sold its ground to a housing developer and plays at Borough Park from "
            "August.",
            "2024-09-01",
            [("2024-08", "The club plays at Borough Park", None)],
        ),
        # the second review's: a season before Christmas, counts after "by", an opening
        # participle's own relative clause, a plan after "after", a verb in -s, a golf hole,
        # a one-off day's hours, a passive series and a name's participle
        (
            "The final home game before Christmas, against Leeds, is on 20 December.",
            "2025-11-10",
            [("2025-12-20", "The final home game before Christmas, against Leeds", "tentative")],
        ),
        (
            "The school roll is expected to fall by 1200, when the new academy opens in Hexham.",
            None,
            [],
        ),
        ("The match was being watched by 1500, the largest crowd of the season.", None, []),
        (
            "Born in 1950 in a village that had no road, she became the first doctor in the "
            "district in 1978.",
            None,
            [
                ("1950", "She was born in a village that had no road", None),
                ("1978", "She became the first doctor in the district", None),
            ],
        ),
        (
            "Statement of 4 June 2025: The minister will travel to Kyiv after attending the "
            "summit in Rome on 10 June.",
            None,
            [
                (
                    "2025-06-04",
                    "Statement: The minister will travel to Kyiv after attending the summit in "
                    "Rome",
                    "tentative",
                ),
                (
                    "2025-06-10",
                    "Statement: The minister will travel to Kyiv after attending the summit in "
                    "Rome",
                    "tentative",
                ),
            ],
        ),
        (
            "The gallery was shut to all visitors and reopens from 3 June with a new hang.",
            "2025-04-01",
            [("2024-06-03", "The gallery reopens with a new hang", None)],
        ),
        (
            "At Oakmont on 14 June 2025 McIlroy went out in 33. He goes on the 15th to the back "
            "tee every time and takes a wood.",
            None,
            [("2025-06-14", "At Oakmont McIlroy went out in 33", None)],
        ),
        (
            "Strike days this week. The depot will be staffed only on:\nTuesday, 6am to "
            "10am.\nThursday, 6am to 10am.",
            "2025-12-01",
            [
                ("2025-12-01/2025-12-07", "Strike days", None),
                ("2025-12-02", "The depot will be staffed only on, 6am to 10am", "tentative"),
                ("2025-12-04", "6am to 10am", "tentative"),
            ],
        ),
        (
            "The appeal was lodged on 3 March 2024, heard on 12 June, and dismissed on 1 July.",
            None,
            [
                ("2024-03-03", "The appeal was lodged", None),
                ("2024-06-12", "Was heard", None),
                ("2024-07-01", "The appeal was dismissed", None),
            ],
        ),
        (
            "He married Anne Smith on 4 June 1760, baptised at Ely in 1741.",
            None,
            [
                ("1741", "He married Anne Smith, baptised at Ely", None),
                ("1760-06-04", "He married Anne Smith, baptised at Ely", None),
            ],
        ),
    ],
)
def test_the_reviews_edges_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published=published) == expected
