"""Which year a date written without one takes when the text around it points two ways: a
day of an old paragraph, a year named after the day, an appositive's past."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft
from tests.conftest import drafted_events as _events


def test_a_day_of_an_old_paragraph_gives_no_year_to_the_next_paragraph() -> None:
    """A day years before the publication, told as background, does not carry its year into
    the next paragraph; a day of the story's own weeks does."""
    text = (
        "ROME, Oct 18 (Tiber Wire) - A court on Thursday convicted Marco Lenti of fraud.\n\n"
        "Lenti resigned in March 2019 and was arrested on 9 May 2019.\n\n"
        "The trial, which opened on February 12, heard some 30 witnesses."
    )
    events = _events(text, published="2024-10-18")
    assert events["2024-02-12"][0] == "The trial opened"
    assert "2019-02-12" not in events
    recent = (
        "ROME, June 1 (Tiber Wire) - Marco Lenti was arrested on 9 May 2024.\n\n"
        "He was released on bail on 20 May."
    )
    assert "2024-05-20" in _events(recent, published="2024-06-01")


def test_a_year_named_after_an_approximate_day_is_its_year() -> None:
    """ "on or about February 4 this year": one approximate day, in the year the words name,
    and no second event of the year alone."""
    text = "Inspectors last checked the hall on or about February 4 this year and found no faults."
    assert _events(text, published="2026-03-12") == {
        "2026-02-04~": ("Inspectors last checked the hall", None)
    }
    earlier = _events("The dam was inspected around 4 May last year.", published="2026-03-12")
    assert list(earlier) == ["2025-05-04~"]


def test_a_year_in_an_appositive_s_past_gives_no_year_to_the_next_sentence() -> None:
    """ ", the family-owned carrier founded in Bremen in 1887," tells of the subject's past;
    the next sentence's "3 November" is of the press release's own weeks."""
    text = (
        "Hamburg, 6 November 2024 - Elbe Lines, the family-owned carrier founded in Bremen in "
        "1887, has started a weekly service to Lagos. The first sailing departed Antwerp on "
        "3 November with 1,200 containers."
    )
    events = _events(text)
    assert events["1887"][0] == "The family-owned carrier was founded in Bremen"
    assert events["2024-11-03"][0] == "The first sailing departed Antwerp with 1,200 containers"
    assert "1887-11-03" not in events


def test_an_irregular_past_and_a_reported_would_point_their_weekdays_each_way() -> None:
    """ "will close on Monday after engineers found cracks on Tuesday": the cracks were found
    the Tuesday before; "said an inspection would take place on Monday": the Monday after."""
    text = (
        "The bridge will close on Monday after engineers found cracks in its bearings on "
        "Tuesday, the council said. The operator said a full inspection would take place on "
        "Friday."
    )
    events = _events(text, published="2024-11-06")
    assert events["2024-11-05"] == ("Engineers found cracks in its bearings", None)
    assert events["2024-11-11"] == ("The bridge will close", "tentative")
    assert events["2024-11-08"] == ("A full inspection would take place", "tentative")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("All passengers had been taken ashore by 2 a.m. on Wednesday.", "../2024-11-06"),
        ("Track-laying was completed by 14 August this year.", "../2024-08-14"),
        ("The works have been idle since 3 March last year.", "2023-03-03/.."),
    ],
)
def test_a_bound_keeps_its_hour_and_its_named_year(text: str, value: str) -> None:
    """A bound may name the hour before its day, or the year after it in words: it is still
    one bounded date, in that year."""
    assert list(_events(text, published="2024-11-06")) == [value]


def test_a_plan_with_an_adverb_still_looks_ahead() -> None:
    """ "We are also to file ... no later than 31 January", in October after a Monday of the
    same paragraph: the January ahead."""
    text = (
        "Q: What is next?\nA: His appeal will be heard on Monday. We are also to file a "
        "complaint no later than 31 January."
    )
    assert "../2026-01-31" in _events(text, published="2025-10-08")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The cathedral was consecrated on 8 September 1503.", "1503-09-08"),
        ("Ottoman forces besieged the town from 3 to 19 August 1537.", "1537-08-03/1537-08-19"),
        ("On May 2, 1447 the guild received its charter.", "1447-05-02"),
        ("In March 1381 the peasants rose.", "1381-03"),
    ],
)
def test_a_year_before_1600_after_a_month_is_the_day_s_year(text: str, value: str) -> None:
    """After a month name a number of four digits is a year however early: the day does not
    take the year of the date before it instead."""
    assert list(_events(f"The abbey was founded in 1324. {text}")) == ["1324", value]


def test_a_count_after_a_month_is_no_early_year() -> None:
    events = _events("In May 1500 workers struck at the plant.", "2025-06-01")
    assert list(events) == ["2025-05"]


def test_a_named_year_gives_its_year_to_a_span() -> None:
    """ "from 2 to 11 April this year" after a day of 2022 in the same paragraph: the span
    is in the year the words name."""
    text = (
        "Her keel was laid on 14 February 2022. She completed sea trials from 2 to 11 April "
        "this year."
    )
    assert list(_events(text, published="2024-05-21")) == [
        "2022-02-14",
        "2024-04-02/2024-04-11",
    ]


def test_what_was_last_done_is_the_latest_such_day() -> None:
    """ "was laid in 1987 and was last inspected on or about January 20": the latest 20
    January before the publication, not the one of 1987."""
    text = "The line was laid in 1987 and was last inspected on or about January 20."
    assert list(_events(text, published="2026-03-12")) == ["1987", "2026-01-20~"]


def test_a_role_held_over_years_is_an_aside() -> None:
    """ ", vicar here from 1989 to 2006," tells who she was; the day of her death is of the
    newsletter's own weeks, and the title drops the newsletter's "We are sad to report"."""
    text = (
        "We are sad to report that the Revd Margaret Oduya, vicar here from 1989 to 2006, died "
        "on 21 September at the age of 88."
    )
    events = _events(text, published="2024-10-04")
    assert "1989-09-21" not in events
    assert events["2024-09-21"][0].startswith("The Revd Margaret Oduya")


def test_an_undated_report_s_glance_back_gives_no_year_to_its_next_days() -> None:
    """With no publication day, "around June 2022" after a mission told "from 3 to 19
    September 2024" is a glance back; "On 9 September" after it is of the mission."""
    text = (
        "1. Overview\nThe mission took place from 3 to 19 September 2024 west of Scotland. "
        "The previous mission in this area took place around June 2022.\n\n"
        "2. Findings\n- On 9 September the trawler Mar Azul was found using undersized mesh."
    )
    events = _events(text)
    assert events["2024-09-09"][0] == "The trawler Mar Azul was found using undersized mesh"
    assert "2022-09-09" not in events


def test_a_dated_story_s_glance_back_gives_no_year_to_its_next_days() -> None:
    """ "completed on 30 January 2026 ... streets that flooded in November 2000 ... had been
    sent guidance by 15 January": the bound is of the story's own weeks."""
    text = (
        "The barrier was completed on 30 January 2026. It protects streets that flooded in "
        "November 2000. Residents had been sent evacuation guidance by 15 January."
    )
    events = _events(text, published="2026-02-06")
    assert events["../2026-01-15"][0] == "Residents had been sent evacuation guidance"
    assert "../2000-01-15" not in events


def test_what_someone_is_asked_to_do_by_a_day_lies_ahead() -> None:
    text = (
        "Talks have been deadlocked since October 2024, and the company has been asked to "
        "table a new offer no later than 31 January."
    )
    events = _events(text, published="2025-01-20")
    assert events["../2025-01-31"] == (
        "The company has been asked to table a new offer",
        "tentative",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The secretariat, set up in 2021, reaffirmed its commitment to the 2030 Clean "
            "Shipping Agenda.",
            "2021",
        ),
        (
            "The slope had been moving since January 2023, according to the 2024 geological "
            "survey of the province.",
            "2023-01/..",
        ),
    ],
)
def test_a_year_that_names_a_thing_after_to_ends_no_term(text: str, value: str) -> None:
    assert list(_events(text, published="2025-05-22")) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new ferry will enter service on the first of March.", "2025-03-01"),
        ("The ferry entered service on the twenty-first of June 1952.", "1952-06-21"),
    ],
)
def test_a_day_in_words_is_a_day(text: str, value: str) -> None:
    assert list(_events(text, published="2025-02-06")) == [value]


def test_an_undated_glance_back_in_the_sentence_gives_no_year() -> None:
    """ "recalled the relations set up in 1958 and welcomed the entry into force on 1
    January", in a statement of May 2025 about talks that month: the January of 2025."""
    text = (
        "JOINT STATEMENT\n\nAccra, 13 May 2025\n\n1. The Ministers held talks in Accra on 12-13 "
        "May 2025.\n\n2. The Ministers recalled the establishment of relations in 1958 and "
        "welcomed the entry into force on 1 January of the tax agreement."
    )
    events = _events(text)
    assert "2025-01-01" in events
    assert "1958-01-01" not in events


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("since 03/2019        Lead Bridge Engineer, Valtek Consulting", "2019-03/.."),
        ("09/2009 - 12/2012    Graduate Engineer, Silesian Road Authority", "2009-09/2012-12"),
        ("The court applied Law No. 10/2012 on assemblies.", None),
    ],
)
def test_a_month_by_its_number_where_a_date_is_expected(text: str, value: str | None) -> None:
    assert list(_events(text)) == ([value] if value else [])


def test_a_present_perfect_gives_its_day_no_way() -> None:
    """English puts no past day on "has called": the day is the meeting's, still to come
    when it is near ahead, and a plan."""
    text = "The regulator has summoned both contractors to a hearing on 18 March."
    assert _events(text, published="2025-03-14") == {
        "2025-03-18": ("The regulator has summoned both contractors to a hearing", "tentative")
    }
    past = "The regulator has fined the contractor, which missed a deadline on 2 March."
    assert list(_events(past, published="2025-03-14")) == ["2025-03-02"]


def test_a_participle_after_a_preposition_is_no_past_verb() -> None:
    """ "to affected customers" does not turn "will be paid ... by 27 March" into a past."""
    text = "Refunds will be paid to affected customers by 27 March at the latest."
    assert _events(text, published="2026-02-02") == {
        "../2026-03-27": ("Refunds will be paid to affected customers", "tentative")
    }


def test_a_plan_told_after_a_later_plan_falls_before_it() -> None:
    """ "will open on 4 January 2027 ... move in on 9 December", written in November 2026:
    the move is the coming December, not the one after the opening."""
    text = (
        "The new terminal will open to passengers on 4 January 2027. Airline staff are "
        "expected to move in on 9 December."
    )
    events = _events(text, published="2026-11-01")
    assert events["2026-12-09"] == ("Airline staff are expected to move", "tentative")
    later = "The festival will open on 3 March 2027 and is expected to close on 5 March."
    assert "2027-03-05" in _events(later, published="2026-11-01")


def test_a_rough_year_gives_no_year_to_a_day() -> None:
    """ "built around 1890" cannot put "12 May" in 1890: the day takes the publication's."""
    text = (
        "The council will rebuild the pier. The pier was built around 1890. "
        "The works were approved by the council on 12 May."
    )
    events = _events(text, published="2025-05-28")
    assert events["2025-05-12"][0] == "The works were approved by the council"
    assert "1890~" in events
    assert not any(value.startswith("1890-") for value in events)


def test_a_release_in_the_present_lies_ahead() -> None:
    """ "is out on Thursday", written on a Sunday: the coming Thursday, as "opens on"."""
    text = "Her new album is out on Thursday."
    assert _events(text, published="2025-10-12") == {
        "2025-10-16": ("Her new album is out", "tentative")
    }


def test_a_background_day_of_an_earlier_year_gives_no_year_to_the_next_paragraph() -> None:
    """A report's day of the year before, told after the story's own day ("the last
    inspection on or about 2 December 2022"), leaves "19 January" in the story's year."""
    text = (
        "Accident report\n\n"
        "On 17 January 2023 the helicopter made a hard landing in snow.\n\n"
        "The helicopter was built in 2012. Its last inspection took place on or about "
        "2 December 2022.\n\n"
        "The wreckage was recovered on 19 January and taken to a hangar."
    )
    events = _events(text)
    assert events["2023-01-19"][0].startswith("The wreckage was recovered")
    assert "2022-01-19" not in events
    told_forward = (
        "Annual letter\n\n"
        "The year ran from 1 April 2023 to 31 March 2024.\n\n"
        "In June 2023 we bought the mine, and in November we opened its new plant."
    )
    assert "2023-11" in _events(told_forward)


def test_a_programme_s_short_weekday_fixes_the_year_and_an_aside_s_past_is_not_its_tense() -> None:
    """ "Thu 16 Oct" is the Thursday of the coming October, a plan, whatever "was
    released in 1978" in its aside says."""
    text = (
        "Festival programme\n\n"
        "Tue 14 Oct 19:30 Opening night, Konzil hall\n"
        "Thu 16 Oct 17:00 Retrospective: Ana Roth, whose debut was released in 1978, "
        "with the director in person\n"
    )
    events = _events(text, published="2025-09-20")
    assert events["2025-10-16"][1] == "tentative"
    assert events["2025-10-14"][1] == "tentative"


def test_a_verb_of_the_next_clause_does_not_set_the_tense_of_a_date() -> None:
    """ "cut the rate on Wednesday, ..., and said a review would follow": the cut is the
    Wednesday just past; "would" belongs to the next clause."""
    text = (
        "The central bank cut its main rate on Wednesday, its biggest move since 2009, "
        "and said a review of the band would be completed by 30 June."
    )
    events = _events(text, published="2024-03-14")
    assert events["2024-03-13"][0].startswith("The central bank cut its main rate")
    assert events["../2024-06-30"][1] == "tentative"


def test_the_next_year_counts_from_a_date_told_and_looks_nowhere_ahead() -> None:
    """ "came the next year, probably in June 1966" is June 1966 in doubt, told in the past:
    "the next year" is no plan, and no second event of the year alone."""
    text = (
        "Memoir\n\nI qualified on 12 July 1965. The flood came the next year, probably in "
        "June 1966, and we slept in the school."
    )
    events = _events(text)
    assert events["1966-06?"][1] is None
    assert "1966" not in events


def test_a_year_in_words_before_a_day_of_it_is_that_day_s_year() -> None:
    """ "Last year I sowed them around 20 March": one event, the day of last year."""
    text = "Diary\n\nLast year I sowed the beans around 20 March and they failed."
    assert list(_events(text, published="2025-03-08")) == ["2024-03-20~"]


def test_a_date_in_an_aside_of_the_subject_s_past_is_past() -> None:
    """ "The roof repairs, begun in September, are expected to end by Christmas", written in
    November: September is the one past; an aside's own "will" still looks ahead."""
    text = (
        "The roof repairs, begun in September, are expected to be completed by Christmas "
        "Day. The library, which will reopen in May, is closed."
    )
    events = _events(text, published="2024-11-24")
    assert events["2024-09"] == ("The roof repairs were begun", None)
    assert events["2025-05"][1] == "tentative"


def test_a_notice_of_coming_days_is_in_its_own_year_after_an_old_one() -> None:
    """A notice of days still to come is of the year it was written: "laid in 1965" gives
    no year to "on 28 January", nor "founded in 1994" to "went on sale on 1 April"."""
    notice = (
        "Gas works notice\n\nA gas leak was found under Mill Road at 06:15 this morning. The "
        "bin collection will be moved to Saturday 15 February.\n\nThe main under the road "
        "was laid in 1965. A smaller leak was reported on 28 January and repaired the same day."
    )
    events = _events(notice, published="2025-02-11")
    assert events["2025-01-28"][0] == "A smaller leak was reported"
    festival = (
        "Festival news\n\nThe quartet will play at the festival on Saturday 21 June. The "
        "festival was founded in 1994 by a cellist. Tickets went on sale on 1 April."
    )
    assert "2025-04-01" in _events(festival, published="2025-04-02")


def test_a_thing_done_named_by_its_day_is_past_and_a_plural_timetable_looks_ahead() -> None:
    """ "The offer of 20 February would raise pay" is February past; "The two sides meet
    again on Saturday" the coming one; "THU 17 OCT" the Thursday of its year."""
    text = (
        "Notes\n\nThe Ministry's offer of 20 February would raise salaries by 6%. The two "
        "sides meet again in a charity match on Saturday.\n\n"
        "THU 17 OCT Night Ferry to Tallinn (1958), introduced by a member."
    )
    events = _events(text, published="2024-09-10")
    assert events["2024-02-20"] == ("The Ministry's offer would raise salaries by 6%", None)
    assert events["2024-09-14"][1] == "tentative"
    assert "2024-10-17" in events


def test_that_year_after_of_restates_the_year_named_before() -> None:
    """ "closed in 1967, though no timetable of that year survives": one event; "rebuilt
    later that year" is a second one."""
    events = _events(
        "Notes\n\nThe halt was probably closed in 1967, though no timetable of that year "
        "survives. The mill burned in 1890 and was rebuilt later that year."
    )
    assert sorted(events) == ["1890", "1967?"]
    assert events["1967?"][0].startswith("The halt was probably closed")


def test_a_timeline_s_entries_go_on_in_the_year_of_the_entry_before() -> None:
    """A factbox that opens on last week's news and lists the story from the year before:
    "* March 10 - ..." and "* Dec 12 - ..." are of the year of the entries above them, not
    of the news; a list of facts with a day inside still looks back as before."""
    text = (
        "FACTBOX: The kidnapping of an engineer\n\n"
        "Feb 29 (Wire) - An engineer held for almost a year was freed on Wednesday. Here is "
        "a timeline:\n\n"
        "* March 3, 2023 - The engineer is abducted near a well.\n"
        "* March 10 - A group claims the kidnapping.\n"
        "* August 2023 - His driver is released.\n"
        "* Dec 12 - Talks with the group begin in Muscat.\n"
        "* Feb 28, 2024 - The engineer is freed.\n"
    )
    events = _events(text, published="2024-02-29")
    assert events["2023-03-10"][0] == "A group claims the kidnapping"
    assert events["2023-12-12"][0] == "Talks with the group begin in Muscat"
    assert "2024-12-12" not in events


def test_a_report_on_a_past_year_tells_its_story_in_that_year() -> None:
    """A report published in 2025 on a death in August 2023: "on 9 August", a paragraph
    after "on 7 August 2023", is of 2023; a page's "· Published 16 May 2025" after its
    fields is no day of the story."""
    report = (
        "Investigation report\n\n"
        "1. On 4 August 2023 officers arrested the driver near Carnford.\n\n"
        "2. The police referred the matter to the Authority on 7 August 2023.\n\n"
        "3. The post-mortem examination was carried out on 9 August."
    )
    assert "2023-08-09" in _events(report, published="2025-05-16")
    headed = (
        "POLICE CONDUCT AUTHORITY\nInvestigation report: a death in custody\n"
        "Reference: PCA/2023/0871 · Published 16 May 2025\n\n" + report.split("\n\n", 1)[1]
    )
    events = _events(headed, published="2025-05-16")
    assert "2023-08-09" in events
    assert "2025-05-16" not in events


def test_a_past_told_after_a_plan_is_in_the_year_of_the_last_past() -> None:
    """ "Repairs are planned to begin in March 2024. - The team presented its findings on
    20 October": the presentation is of the visit's year, not of the plan's."""
    text = (
        "Mission summary\n\n"
        "The team visited the valley from 16 to 19 October 2023.\n\n"
        "Repairs to the dyke are planned to begin in March 2024.\n\n"
        "The team presented its findings to the prefect on 20 October."
    )
    events = _events(text)
    assert events["2023-10-20"][0] == "The team presented its findings to the prefect"


def test_each_post_of_a_blog_page_counts_from_its_own_day() -> None:
    """A page of two posts: "on 21 September" in the post of 2 September is that month's,
    not the next year's, though the page is dated by its latest post."""
    page = (
        "<article><h2>Skerry Point</h2><p class='meta'>Posted <time datetime='2024-10-14'>"
        "14 October 2024</time> · 3 comments</p><p>I reached Skerry Point yesterday.</p>"
        "</article><article><h2>Hallvik</h2><p class='meta'>Posted <time "
        "datetime='2024-09-02'>2 September 2024</time> · 5 comments</p><p>The horn house "
        "still stands. I'll be on Grannes island on 21 September if the weather holds.</p>"
        "</article>"
    )
    events = _events(page, published="2024-10-14")
    assert events["2024-10-13"][0] == "I reached Skerry Point"
    assert events["2024-09-21"][1] == "tentative"
    assert "2025-09-21" not in events


def test_an_entry_after_a_background_year_of_the_entry_before_is_in_the_story_s_year() -> None:
    """ "* The vessel was built in 2016." over "* May 20 - ...": a bare year of the entry
    before is background, not the year the timeline goes on in."""
    text = (
        "FACTBOX: The loss of a submersible\n\n"
        "June 10 (Wire) - A submersible was lost off Kythira last week. Here is a timeline:\n\n"
        "* The company was founded around 2012. The vessel was built in 2016.\n"
        "* May 20 - The hull was probably damaged during a test dive.\n"
        "* June 2 - The vessel lost contact with its support ship.\n"
    )
    events = _events(text, published="2025-06-10")
    assert "2025-06-02" in events
    assert "2016-06-02" not in events


def test_a_news_timeline_after_history_entries_is_in_the_news_s_year() -> None:
    """ "* 1974 - The jail opens." and "* 2003 - The last escape." over "* June 8 - Three
    inmates escape.", in a factbox of 12 June 2025: the history's bare years give no year to
    the news's days."""
    text = (
        "FACTBOX-How three inmates escaped from Harlow jail\n\n"
        "June 12 (Riverside News) - Here is a timeline of the escape from Harlow jail:\n\n"
        "* 1974 - Harlow jail opens with 420 places.\n"
        "* 2003 - The last successful escape: two inmates climb the south wall.\n"
        "* June 8 - Three inmates leave their cells through a ventilation shaft shortly\n"
        "after midnight, and climb over the perimeter fence.\n"
        "* June 9 - One of the men is recaptured at a petrol station 40 km away.\n"
        "* June 10 - Four guards are suspended pending an internal investigation.\n"
    )
    events = _events(text, published="2025-06-12")
    assert {"2025-06-08", "2025-06-09", "2025-06-10"} <= set(events)
    assert not any(value.startswith("1974-") for value in events)


def test_a_letter_s_date_under_its_address_dates_its_weekdays_and_days() -> None:
    """ "3 Quay Lane, / Whitby. / 14th October 1897." heads a letter: its weekdays, "Monday
    last" among them, and "by the 25th" count from that day, which is no event."""
    text = (
        "3 Quay Lane,\nWhitby.\n14th October 1897.\n\n"
        "Dear Thomas,\n\n"
        "The Ellen came in on Monday last with a full hold. Mother is to be buried on "
        "Saturday at St Mary's. I shall send the accounts to you by the 25th.\n"
    )
    events = _events(text)
    assert set(events) == {"1897-10-11", "1897-10-16", "../1897-10-25"}
    assert events["1897-10-11"][0].startswith("The Ellen came")
    assert events["1897-10-16"][1] == "tentative"
    assert events["../1897-10-25"][1] == "tentative"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a timetable's verb looks ahead past an aside's past and a perfect after the day
        (
            "The Kestrels, whose last title came in 2009, play the champions on Friday in a "
            "match that has been sold out for weeks.",
            "2031-03-14",
        ),
        # a release's day
        ("Her second novel is published on Thursday.", "2031-03-13"),
        # a plural subject's timetable
        ("Tickets go on sale to members on Thursday.", "2031-03-13"),
        # a name or a noun like the verb, after a past, looks back
        ("Ana Ruiz won the Valley Open on Friday.", "2031-03-07"),
    ],
)
def test_a_weekday_after_a_timetable_s_verb_looks_ahead(text: str, day: str) -> None:
    # Published on a Sunday: Friday is two days back or five on, Thursday three back or four on.
    days = [value for value in _events(text, published="2031-03-09") if value.startswith("2031")]
    assert days == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "last" of no time is an adjective, no past
        ("The first team plays its last league match against Oldport on 18 March.", "2031-03-18"),
        ("Kelso, the last champions, face Ayr again in the final on 20 April.", "2031-04-20"),
        # "last" of a time still tells of the past
        ("The ferry last sailed on 2 March.", "2031-03-02"),
    ],
)
def test_last_as_an_adjective_tells_no_past(text: str, day: str) -> None:
    assert list(_events(text, published="2031-03-10")) == [day]


def test_a_year_before_local_and_a_plural_is_still_a_year() -> None:
    """ "local" makes "1800 local time" an hour, not "in 1829 local shipowners"."""
    assert list(_events("In 1829 local shipowners petitioned the Board for a tower.")) == ["1829"]
    assert list(_events("The ferry leaves at 1800 local time.", published="2031-03-10")) == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a past between a timetable's verb and the day is the day's
        (
            "Volunteers hope to return the dog found on Sunday to its owner.",
            "2031-03-12",
            "2031-03-09",
        ),
        # "on Saturday last", written on a Saturday, is the Saturday before
        ("The fete held on Saturday last raised forty pounds.", "1954-06-12", "1954-06-05"),
        # "next to" is a place, not the next Saturday
        (
            "A farmers market was held on Saturday next to the town hall.",
            "2031-03-12",
            "2031-03-08",
        ),
        # "last" at a clause's end is no past
        (
            "Of the three concerts, the one in Leeds comes last, on Saturday.",
            "2031-03-12",
            "2031-03-15",
        ),
        # a habit's adverb does not reach past "but"
        (
            "Police usually patrol the square but were absent when Saturday crowds rioted.",
            "2031-03-12",
            "2031-03-08",
        ),
    ],
)
def test_the_review_s_weekdays(text: str, published: str, day: str) -> None:
    assert list(_events(text, published=published)) == [day]


def test_an_on_this_day_section_s_weekday_is_in_its_year() -> None:
    text = "ON THIS DAY\n\n50 YEARS AGO - 1981\nThe swimming baths closed on Friday for repairs.\n"
    assert set(_events(text, published="2031-03-10")) == {"1981-03-06"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "detailed" qualifies what "will publish" names: no past
        ("The agency will publish detailed rules for importers by 30 November.", "../2031-11-30"),
        ("We will send each affected member a new card by 30 November.", "../2031-11-30"),
        ("The board is to release revised figures on 2 December.", "2031-12-02"),
        # the deadline of an order in the present perfect lies after the order
        (
            "The regulator has ordered the two firms to restore the service no later than "
            "October 20.",
            "../2031-10-20",
        ),
        # a deadline told in a plain past stays past
        ("The council was told to repay the grant by 3 March.", "../2031-03-03"),
    ],
)
def test_a_deadline_after_a_future_or_an_order_looks_ahead(text: str, value: str) -> None:
    assert list(_events(text, published="2031-10-14")) == [value]


def test_a_count_of_days_skips_the_day_of_a_who_clause() -> None:
    """ "three days earlier" counts from the match on Saturday, not from the month a "who"
    clause in between names."""
    text = (
        "Rovers beat Castle 3-1 on Saturday.\n\n"
        "Osei, who joined Rovers in January 2029, scored twice. The win followed a 2-0 "
        "defeat at Millbrook three days earlier.\n"
    )
    assert set(_events(text, published="2031-03-09")) == {"2031-03-08", "2029-01", "2031-03-05"}


def test_an_order_s_deadline_lies_ahead_and_a_later_issue_line_dates_what_follows() -> None:
    """ "has ordered ... to repay customers by 20 October", said in April, is the coming
    October; a bulletin's second "Issued:" line dates what follows its undated heading."""
    order = "The court has ordered the company to repay customers by 20 October."
    assert list(_events(order, published="2031-04-01")) == ["../2031-10-20"]
    bulletin = (
        "AVALANCHE BULLETIN\n\nIssued: Monday 3 March 2031\n\nDanger is moderate.\n\n"
        "Issued: Wednesday 5 March 2031\n\nSnowpack\n\nA slab released yesterday near the hut.\n"
    )
    assert set(_events(bulletin)) == {"2031-03-04"}


def test_a_title_s_year_yields_to_a_month_told_in_another_paragraph() -> None:
    text = (
        "The great freeze of 1947\n\nThe thaw came only in March 1948.\n\n"
        "On 10 March the river burst its banks.\n"
    )
    assert set(_events(text)) == {"1948-03", "1948-03-10"}


def test_a_letter_s_closing_place_and_date_dates_the_whole_letter() -> None:
    """A letter that says its day only under the signature ("Harbour Lodge, Kirkwall, 2
    September 2031") is of that day: "last year" and a day without a year count from it,
    not from the founding year told first, and the closing line is no event."""
    text = (
        "Dear members,\n\n"
        "When the club was formed in 1921 it owned two dinghies. Today we have more than "
        "forty boats, and since March the junior section has trained at the new slipway.\n\n"
        "The boathouse roof was torn off in the gale of 9 December last year. Repairs began "
        "on 14 April and the new doors will be fitted on Saturday 19 September.\n\n"
        "Yours faithfully,\n\nMairi Flett, Secretary\n\n"
        "Harbour Lodge, Kirkwall, 2 September 2031\n"
        "Registered club No. 4471"
    )
    events = _events(text)
    assert sorted(events) == [
        "1921",
        "2030-12-09",
        "2031-03/..",
        "2031-04-14",
        "2031-09-19",
    ]
    assert events["2031-09-19"][1] == "tentative"


@pytest.mark.parametrize(
    "line", ["Bishop's House, Wellbury, 15 March 2031", "Oslo, 3 May 2031", "Oslo, May 3, 2031"]
)
def test_a_closing_place_and_date_line_is_furniture(line: str) -> None:
    assert _events(f"The hall reopened in 1990 after a fire.\n\n{line}") == {
        "1990": ("The hall reopened after a fire", None)
    }


@pytest.mark.parametrize(
    "second",
    [
        "After a long refit, the ferry returned on 4 March 2031 and made its first trip, to "
        "Kelby, on 9 May.",
        "After a long refit, the ferry returned on 4 March 2031, and made its first trip on 9 May.",
    ],
)
def test_a_clause_after_an_opening_phrase_lends_its_year_to_the_next(second: str) -> None:
    """ ", the ferry returned on 4 March 2031 and made ..." after an opening phrase is the
    main clause, no aside: the day after it is of 2031, not of the year told before."""
    text = f"The ferry was launched on 2 June 2029. {second}"
    assert sorted(_events(text)) == ["2029-06-02", "2031-03-04", "2031-05-09"]


def test_a_count_after_a_day_set_off_by_commas_restates_it() -> None:
    """ "on 28 November, sixteen days later," is one day, told twice."""
    orbit = (
        "The probe was launched on 12 November 2030. It entered orbit on 28 November, "
        "sixteen days later, becoming the first to do so."
    )
    assert sorted(_events(orbit)) == ["2030-11-12", "2030-11-28"]


def test_a_participle_s_aside_gives_no_day_to_count_from() -> None:
    text = (
        "The ferry capsized on 15 March 1991. The vessel, built in 1967 for the crossing, had "
        "been loaded with its doors open. The wreck was raised two months later."
    )
    assert sorted(_events(text)) == ["1967", "1991-03-15", "1991-05"]


def test_a_log_s_hours_are_no_years_and_its_expected_day_lies_ahead() -> None:
    """A harbour log's lines open on their hour ("1700  Gale warning received"), never a
    year; "expected Friday" is the Friday to come; a day's heading after it is no plan."""
    text = (
        "Wed 6 Mar 2024\n"
        "0930  Survey launch reports shoaling at harbour entrance.\n"
        "      Dredger CLYDE VENTURE expected Friday to clear the channel.\n"
        "1420  SULA STAR sailed for Belfast.\n\n"
        "Thu 7 Mar 2024\n"
        "0800  Light on No. 3 buoy reported extinguished.\n"
        "1700  Gale warning received.\n"
    )
    events = [(event.date.text, event.status) for event in draft(text)]
    assert "1700" not in {day for day, _ in events}
    assert ("2024-03-08", "tentative") in events
    assert ("2024-03-07", None) in events
    assert ("2024-03-07", "tentative") not in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another account's year is no event, and puts the text's own in doubt
        (
            "A great fire destroyed the town in 1697, although some chroniclers give the year "
            "as 1698.",
            {"1697?": "A great fire destroyed the town"},
        ),
        (
            "The first export shipment left Bergen in 1927, though some family accounts give 1929.",
            {"1927?": "The first export shipment left Bergen"},
        ),
        # an old document of a year, and a count of that size after "of"
        (
            "The Domesday survey of 1086 records twelve salt pans in the manor.",
            {"1086": "The Domesday survey records twelve salt pans in the manor"},
        ),
        ("A survey of 1200 households found poverty.", {}),
        # a year that opens a sentence before a plural subject and its verb
        (
            "In 1910 members presented a petition of some 3,000 signatures.",
            {"1910": "Members presented a petition of some 3,000 signatures"},
        ),
    ],
)
def test_other_accounts_old_surveys_and_a_year_before_its_subject(
    text: str, expected: dict[str, str]
) -> None:
    assert {event.date.text: event.title for event in draft(text)} == expected


def test_an_undertaking_by_a_deadline_is_a_plan() -> None:
    text = "The Council has agreed to review its damp and mould procedures by 30 September 2025."
    assert _events(text, published="2025-04-09") == {
        "../2025-09-30": (
            "The Council has agreed to review its damp and mould procedures",
            "tentative",
        )
    }


def test_a_weekday_before_a_cup_round_and_by_a_weekday_after_a_comma() -> None:
    """ "in the quarter-final" is no habit "in the quarter"; "By Sunday," opens a bound,
    not a byline."""
    text = (
        "Harbourside beat Grange 27-19 on Saturday. Harbourside will face Carrow again on "
        "Saturday in the quarter-final of the cup."
    )
    assert set(_events(text, published="2024-03-17")) == {"2024-03-16", "2024-03-23"}
    bound = (
        "A housing order has been in force since 12 May. By Sunday, inspectors had contacted "
        "all keepers."
    )
    assert "../2025-06-01" in _events(bound, published="2025-06-03")


def test_what_will_not_take_place_is_no_event() -> None:
    text = "We announce that Greenhollow will not take place this year."
    assert _events(text, published="2025-04-28") == {}


def test_a_bulletin_in_capitals_is_read_as_sentences() -> None:
    """A warning centre's statement written in capitals: its weekdays, months and clauses
    read as in any other text."""
    text = (
        "TSUNAMI INFORMATION STATEMENT NUMBER 2\n0412 UTC TUE JAN 14 2025\n\n"
        "THE GAUGE AT PAGAN ISLAND HAS BEEN OUT OF SERVICE SINCE JANUARY 2 2025 AND CANNOT "
        "CONFIRM OBSERVATIONS NORTH OF SAIPAN. A MAGNITUDE 6.2 FORESHOCK OCCURRED AT NEARLY "
        "THE SAME LOCATION ON JANUARY 11 2025.\n\n"
        "THIS WILL BE THE FINAL STATEMENT ISSUED FOR THIS EVENT. A SUMMARY REPORT WILL BE "
        "ISSUED ON WEDNESDAY.\n"
    )
    events = _events(text)
    assert events["2025-01-15"] == ("A summary report will be issued", "tentative")
    assert events["2025-01-02/.."][0].startswith("The gauge at pagan island has been out of")
    assert events["2025-01-11"][0].startswith("A magnitude 6.2 foreshock occurred")


def test_a_present_host_is_ahead_and_a_direction_by_a_deadline_is_a_plan() -> None:
    text = "Rovers, who last won the county cup in 1997, host leaders Marlow on Wednesday."
    assert _events(text, published="2024-11-23")["2024-11-27"][1] == "tentative"
    ruling = "HMRC is directed to repay the excess, with interest, by 30 June 2025."
    assert _events(ruling)["../2025-06-30"][1] == "tentative"


def test_a_bishop_s_given_at_line_dates_the_letter() -> None:
    text = (
        "My dear brothers and sisters in Christ,\n\n"
        "On Ash Wednesday, 5 March, we shall begin together the great journey of Lent. I will "
        "convene a diocesan synod, which will open on 14 September in the cathedral.\n\n"
        "With my blessing,\n\n+ Gerard Callan\nBishop of Ravensmoor\n\n"
        "Given at Bishop's House, Ravensmoor, on 2 February 2025, the Feast of the "
        "Presentation of the Lord.\n"
    )
    assert {"2025-03-05", "2025-09-14"} <= set(_events(text))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a word that only ends like a participle opens no aside of the past
        (
            "Bookings for our two new boats, Kingfisher and Heron, open on 2 December, ahead "
            "of their launch at Stoke Bruerne on 15 March 2025.",
            "2024-11-12",
            {
                "2024-12-02": (
                    "Bookings for our two new boats, Kingfisher and Heron, open",
                    "tentative",
                ),
                "2025-03-15": ("The launch at Stoke Bruerne", "tentative"),
            },
        ),
        # a calendar's mark after a day is no verb of the past
        (
            "Migration and travel to work: 2 November 2023 (confirmed).",
            "2023-09-04",
            {"2023-11-02": ("Migration and travel to work (confirmed)", "tentative")},
        ),
        # a weekday's nights are a habit; a night is a day
        ("The Premier League is played on Thursday nights.", "2025-01-06", {}),
        # a clause of its own after "as", with a subject of its own
        (
            "Goalkeeper Rory Vance saved a penalty as Harbour City beat Millbrook 2-1 on Saturday.",
            "2025-03-23",
            {"2025-03-22": ("Harbour City beat Millbrook 2-1", None)},
        ),
        # the era before a year; a doubt told of the year after it
        (
            "The Romans built a small bath circa AD 70.",
            None,
            {"0070~": ("The Romans built a small bath", None)},
        ),
        (
            "The first electric model is usually dated to 1961, although the company's own "
            "catalogues leave the year uncertain.",
            None,
            {"1961?": ("The first electric model is usually", None)},
        ),
        # a reference to a record is no part of a title, nor does "ref." end a sentence
        (
            "Thomas married Ann Lowe at Diddlebury on 3 June 1827 (register ref. P92/A/1/4).",
            None,
            {"1827-06-03": ("Thomas married Ann Lowe at Diddlebury", None)},
        ),
    ],
)
def test_asides_marks_clauses_eras_and_references(
    text: str, published: str | None, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert _events(text, published=published) == expected
