"""Weekdays ahead after a participle or a likelihood, a meeting called for a day, a span of
weekdays opening its sentence, doubts of the teller, a deed's "12th day of July", "about the
year", and a deadline that gives no year to the plans after it: each rule on texts of other
kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.conftest import drafted_events as _events


def test_a_participle_after_a_noun_is_no_verb_of_the_day() -> None:
    events = _events(
        "The Prime Minister will visit families displaced by the landslide on Thursday.",
        published="2025-03-03",
    )
    assert events["2025-03-06"][1] == "tentative"
    # the verb itself still tells the past: "Prices increased by 2 per cent in March"
    assert set(_events("Prices increased by 2 per cent in March.", published="2025-01-22")) == {
        "2024-03"
    }


def test_a_likelihood_and_a_meeting_called_for_a_day_lie_ahead() -> None:
    likely = _events(
        "Showers are likely to return to western hills on Sunday.", published="2025-05-14"
    )
    assert likely["2025-05-18"][1] == "tentative"
    called = _events(
        "The harbour board called an extraordinary meeting for Tuesday.", published="2025-05-14"
    )
    assert called["2025-05-20"][1] == "tentative"
    # a meeting held on a day gone stays gone
    held = _events("The harbour board held a meeting on Tuesday.", published="2025-05-14")
    assert "2025-05-13" in held


def test_a_span_of_weekdays_that_opens_its_sentence() -> None:
    events = _events(
        "From Friday to Sunday, rescuers searched the moor for the missing walker.",
        published="2024-11-05",
    )
    assert "2024-11-01/2024-11-03" in events
    between = _events(
        "Between Monday and Wednesday, 40 mm of rain fell on the catchment.",
        published="2024-11-08",
    )
    assert "2024-11-04/2024-11-06" in between
    # opening hours are no span
    assert _events("From Tuesday to Sunday the gallery is open.", published="2024-11-05") == {}


def test_a_teller_who_cannot_be_sure_of_the_year() -> None:
    events = _events(
        "The old bridge was swept away in 1771, though she could not be certain of the date."
    )
    assert set(events) == {"1771?"}


def test_a_deed_s_day_and_about_the_year() -> None:
    deed = _events("Signed and sealed this 3rd day of May 1850 at Leeds.")
    assert "1850-05-03" in deed
    rough = _events("The chapel was built by the miners about the year 1790.")
    assert "1790~" in rough


def test_a_deadline_gives_no_year_to_the_plans_after_it() -> None:
    events = _events(
        "The new dam is expected to be finished by 30 September 2027. Public drop-in sessions "
        "will be held from 12 to 14 May.",
        published="2025-04-02",
    )
    assert "../2027-09-30" in events
    assert "2025-05-12/2025-05-14" in events
    # "affected by the 2020 floods": the year of a thing, no bound
    floods = _events("She will meet families affected by the 2020 floods.", published="2025-04-02")
    assert not any(day.startswith("..") for day in floods)


def test_a_diary_s_day_after_its_entry_s_own_is_of_the_month_before() -> None:
    journal = (
        "Expedition journal, 1898\n\n"
        "June 3rd. - The mules that strayed were found only on the 29th, two marches below.\n\n"
        "June 9th. - Rain. We shall cross the pass on the 12th if the weather holds.\n\n"
        "Lost count of the days in the fog. About the 20th we came down to the lake.\n"
    )
    events = _events(journal)
    assert "1898-05-29" in events
    assert "1898-06-29" not in events
    # a day ahead told as a plan stays in the entry's month; so does a day after the last
    # entry's in a paragraph with no day of its own
    assert events["1898-06-12"][1] == "tentative"
    assert "1898-06-20~" in events
    earlier = _events(
        "Camp diary\n\nJune 3rd, 1898. - The mules strayed on the 1st and were found the "
        "same evening.\n\nJune 5th. - We reached the ford.\n"
    )
    assert "1898-06-01" in earlier


def test_a_weekday_to_a_day_of_its_own_and_a_closing_over_weekdays() -> None:
    barrier = _events(
        "The tidal barrier will be closed from Sunday evening until Tuesday 16 December.",
        published="2025-12-14",
    )
    assert barrier == {"2025-12-14/2025-12-16": ("The tidal barrier will be closed", "tentative")}
    works = _events(
        "Services will be suspended from Friday night until Monday 5 January.",
        published="2025-12-14",
    )
    assert "2025-12-19/2026-01-05" in works  # from the coming Friday
    road = _events("The road was closed from Monday to Wednesday.", published="2025-12-14")
    assert "2025-12-08/2025-12-10" in road
    # "next week" and "last week" name the week of the span
    assert "2024-10-18/2024-10-20" in _events(
        "From Friday to Sunday next week, the road will be closed.", published="2024-10-09"
    )
    assert "2024-09-30/2024-10-02" in _events(
        "Between Monday and Wednesday last week, police made 12 arrests.",
        published="2024-10-09",
    )
    # opening hours stay no dates, and a span's own day after it is no hour
    assert _events("The road is closed from Monday to Friday.", published="2025-12-14") == {}
    assert _events("The gallery is open Tuesday to Sunday 10 to 5.", published="2025-12-14") == {}


def test_an_hour_of_four_figures_before_the_day_of_a_bound() -> None:
    events = _events(
        "Residents should move vehicles from the car parks before 2200 on Sunday.",
        published="2025-12-14",
    )
    assert events == {
        "../2025-12-14": ("Residents should move vehicles from the car parks", "tentative")
    }
    entries = _events(
        "Entries must reach the secretary by 1700 on Friday 19 December.", published="2025-12-14"
    )
    assert set(entries) == {"../2025-12-19"}
    # a year before a place is still a year
    assert "../1800" in _events("The fort was built by 1800 on the hill.")


def test_the_review_s_sentences_read_as_before() -> None:
    # an opening span takes the tense of its own clause, not of the next one
    snow = _events(
        "Between Sunday and Tuesday, 60 cm of new snow fell; more snow is expected on Friday.",
        published="2024-10-09",
    )
    assert "2024-10-06/2024-10-08" in snow
    search = _events(
        "From Friday to Sunday, rescuers searched the mountain, and the search will resume on "
        "Monday.",
        published="2024-10-09",
    )
    assert "2024-10-04/2024-10-06" in search
    # a meeting for a day told as held, a main verb after a plural subject
    assert "2024-10-07" in _events("The strike for Monday went ahead.", published="2024-10-09")
    assert "2024-10-04" in _events(
        "Exports dropped by a quarter on Friday.", published="2024-10-09"
    )
    passed = _events(
        "The bills passed by the assembly on Thursday go to the senate.", published="2024-10-09"
    )
    assert "2024-10-03" in passed
    # the participle of the object, with no article or after a singular noun
    family = _events(
        "The Minister will meet the family affected by floods on Friday.", published="2024-10-09"
    )
    assert family["2024-10-11"][1] == "tentative"
    # a news lead's day is no diary entry's
    lead = _events(
        "3 March 2025 - The minister announced a visit on the 20th.", published="2025-03-03"
    )
    assert "2025-03-20" in lead
    # a deed's year after "A.D." or "in the year of our Lord"
    assert "1790-06-04" in _events("Sealed this 4th day of June, A.D. 1790.")
    assert "1801-01-01" in _events(
        "Given under my hand this 1st day of January in the year of our Lord 1801."
    )
    # a year's season or deadline is a bound; its floods are not
    season = _events("The pier will be rebuilt by the 2026 season.", published="2025-06-03")
    assert "../2026" in season
    floods = _events(
        "The Minister will meet residents affected by the 2020 floods on Friday.",
        published="2025-06-03",
    )
    assert "../2020" not in floods


def test_an_assistant_cut_short_ends_no_sentence() -> None:
    events = _events(
        "The light was inspected on 4 May 1874 by Asst. Keeper Polglaze and found in order."
    )
    assert events["1874-05-04"][0] == "The light was inspected by Assistant Keeper Polglaze"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span to a day more than a week on starts on the weekday counted
        ("The road will be closed from Monday until Friday 9 January.",
         {"2025-12-15/2026-01-09"}),
        ("The bridge was closed from Monday until Friday 28 November.",
         {"2025-11-24/2025-11-28"}),
        ("The bridge will be shut from Tuesday until Tuesday 23 December.",
         {"2025-12-16/2025-12-23"}),
        # a meeting for a day set, called off or held
        ("A special meeting for Thursday has been called.", {"2025-12-18"}),
        ("The strike for Friday was called off.", {"2025-12-19"}),
        ("Members requested a meeting for Monday.", {"2025-12-15"}),
        ("The talks for Tuesday collapsed after an hour.", {"2025-12-09"}),
        # who did it after a passive's "by the"
        ("The town was devastated by the 2008 global financial crisis.", {"2008"}),
        ("The record was set by the 2016 team.", {"2016"}),
        # a change by a figure, a year before "today's", a year before "on Sundays"
        ("The death toll rose by 1200 on Sunday.", {"2025-12-07"}),
        ("Until 1967 on Sundays, pubs in Wales stayed shut.", {"../1967"}),
        # opening hours with a closing in them
        ("Opening hours: closed from Monday to Tuesday, open Wednesday to Sunday 10-4.", set()),
    ],
)  # fmt: skip
def test_the_second_review_s_sentences(text: str, expected: set[str]) -> None:
    assert set(_events(text, published="2025-12-12")) == expected


def test_a_state_now_after_what_happened_on_a_weekday() -> None:
    league = _events(
        "Riverside A stay top after a 7-3 win over Hallgate B on Tuesday.", published="2024-11-17"
    )
    assert set(league) == {"2024-11-12"}
    road = _events("The road remains closed after a landslide on Tuesday.", published="2024-11-17")
    assert set(road) == {"2024-11-12"}
    # a passive's "after" in a plan is no state
    plan = _events(
        "Rovers visit Marske on Saturday, before the trophy is presented after the final home "
        "game on 3 May.",
        published="2024-04-21",
    )
    assert "2024-05-03" in plan


def test_a_month_under_a_programme_s_heading_ahead_counts_from_the_page_s_day() -> None:
    page = (
        "<html><body>\n<h1>Talks at the museum: spring 2025</h1>\n"
        '<p class="updated">Page updated 3 March 2025</p>\n'
        "<section>\n<h2>Ann Cole: Rivers</h2>\n<p>Thursday 13 March, 19:00</p>\n"
        "<p>The historian talks about her new book.</p>\n</section>\n"
        "<section>\n<h2>Ben Ode: Stones</h2>\n<p>Wednesday 2 April, 19:00</p>\n"
        "<p>The sculptor shows his new catalogue, which is to be printed by Hale Press on "
        "27 March.</p>\n</section>\n</body></html>\n"
    )
    events = _events(page, published="2025-03-03")
    assert "2025-03-27" in events
    assert "2026-03-27" not in events


def test_two_weekdays_before_two_days() -> None:
    card = (
        "Rally calendar 2025\n\nSat 26 Apr - Hill climb. Start 08:00.\n\n"
        "Sat-Sun 10-11 May - Two-day trial (entries closed).\n\n"
        "Sat & Sun 7-8 June - Coast run.\n"
    )
    events = _events(card, published="2025-01-15")
    assert {"2025-05-10/2025-05-11", "2025-06-07/2025-06-08"} <= set(events)
    assert not any(value.startswith("2026") for value in events)


def test_a_section_of_what_is_to_come_counts_its_weekdays_forward() -> None:
    news = (
        "Club news\n\nLast Saturday we won the cup at Ashby.\n\nComing up\n\n"
        "The club meets on Saturday at the hall. Members went to the show on Friday.\n\n"
        "Results\n\nThe seconds beat Corby on Saturday.\n"
    )
    events = _events(news, published="2025-08-04")
    assert events["2025-08-09"] == ("The club meets at the hall", "tentative")
    # told in the past under it, or under the next heading: as before
    assert "2025-08-01" in events
    assert events["2025-08-02"][1] is None
    # a rate per weekday is no date
    assert _events("Stall fee: £25 per Saturday.", published="2025-03-10") == {}


def test_the_next_week_after_a_day_is_no_week_of_the_publication() -> None:
    flood = _events(
        "The mill was flooded on 2 February when the river rose, and the crew spent the next "
        "week carrying sacks to the loft.",
        published="2025-06-18",
    )
    assert set(flood) == {"2025-02-02"}
    # "next week" alone still counts from the publication
    closing = _events("The museum will close next week for repairs.", published="2025-06-18")
    assert set(closing) == {"2025-06-23/2025-06-29"}


def test_she_is_the_one_named_dear_before_her_not_an_entry_s_boat() -> None:
    journal = (
        "Journal, 1864\n\nMarch 20th. - The boat for the coast is to leave on the 28th.\n\n"
        "April 9th. - A quiet Sabbath. I have not ceased to think of my dear Ellen since she "
        "was taken from me on the 9th of June, 1861.\n"
    )
    assert _events(journal)["1861-06-09"][0] == "Ellen was taken from me"
    # "he" of a sentence that opens on "He" is still that man, whoever he writes to
    letter = _events(
        "Letters\n\nHe wrote to his dear Mary that he would come home on 4 May 1862.\n"
    )
    assert not any(title.startswith("Mary") for title, _ in letter.values())
    # an entry's opening day is no part of the name a pronoun stands for
    diary = _events(
        "Diary, 1902\n\nApr. 12. - Old Mrs Dobson of Fell End died at 4 this morning. She was "
        "born, she told me once, in about 1820.\n\nApr. 14. - Rain.\n"
    )
    assert all("Apr." not in title for title, _ in diary.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future notice's "after the AGM on Friday" is no state after an event
        ("The club is hosting a barbecue after the AGM on Friday.", {"2025-03-07"}),
        ("Everyone is welcome to stay for lunch after the service on Sunday.", {"2025-03-09"}),
        # "the last week", "the next week" with no date told before: still the publication's
        ("In the last week, three burglaries were reported.", {"2025-02-24/2025-03-02"}),
        ("Over the next week, crews will repair the road.", {"2025-03-10/2025-03-16"}),
        # thanks under a heading of what is to come look back
        ("Parish magazine\n\nLooking ahead\n\nLent lunches start on Wednesday. Many thanks to "
         "everyone at the pancake party on Tuesday.\n", {"2025-03-04", "2025-03-12"}),
    ],
)  # fmt: skip
def test_the_third_review_s_sentences(text: str, expected: set[str]) -> None:
    assert set(_events(text, published="2025-03-06")) == expected
