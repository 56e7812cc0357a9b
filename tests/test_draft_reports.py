"""Drafts of reports, filings and minutes: the day a report stands at, a plan promised or a
hearing put off, and titles whose subject is a role, a ship or an item's heading."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft
from kztimeline.draft.article import read_article
from kztimeline.draft.trim import MAX_TITLE, cut
from tests.conftest import drafted_events as _events


def test_a_status_line_as_of_a_day_dates_the_report() -> None:
    """ "as of <hour>, <day>" in a report's head is the day it stands at, so the days
    without a year in its body take that year rather than being left out."""
    text = (
        "Joint Flood Response Cell for the Upper Vardar Basin (JFRC)\n"
        "Situation Update No. 7/23 - compiled from reports received as of 18:00, 3 May 2023\n\n"
        "On 1 May, the dyke at Oresh was breached. Since 2 May, the school at Lisa has "
        "sheltered about 200 people."
    )
    events = _events(text)
    assert events["2023-05-01"][0] == "The dyke at Oresh was breached"
    assert "2023-05-02/.." in events


def test_a_labelled_date_of_report_dates_the_filing() -> None:
    """A field's label may explain itself in brackets; the report's date still dates the
    page, and is no event titled with the header above it."""
    text = (
        "HARBOUR STATES EXCHANGE COMMISSION\nRiverside, Port Aldo 40412\nFORM 6-B\n"
        "CURRENT REPORT\nDate of Report (Date of earliest event reported): March 3, 2031\n"
        "ORLEN SHIPPING, INC.\n\n"
        "On March 3, 2031, the Board accepted the resignation of its chair, effective "
        "April 30, 2031."
    )
    events = _events(text)
    assert events["2031-04-30"][1] == "tentative"  # after the report's day: still to come
    assert all("COMMISSION" not in event.title for event in draft(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The contractor promised to finish the bridge by 1 June 2020.",
        "In 2019 the ministry pledged to close the landfill no later than 31 December 2020.",
        "The mayor had undertaken to publish the audit on 15 March 2020.",
    ],
)
def test_a_promise_is_a_plan_even_when_its_day_has_passed(sentence: str) -> None:
    """What was promised is a plan, kept or not: the review that was late is still told
    apart from the review that appeared."""
    events = draft(sentence, published="2021-05-01")
    promised = [event for event in events if "2020" in event.date.text]
    assert [event.status for event in promised] == ["tentative"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The trial was adjourned until 14 May.", "2022-05-14"),
        ("The vote has been postponed to 3 June.", "2022-06-03"),
        ("Continued to May 9.", "2022-05-09"),
    ],
)
def test_a_hearing_put_off_takes_its_new_day_ahead(sentence: str, value: str) -> None:
    """The day a meeting is put off to is one day still to come when it was set: neither a
    bound ("until") nor a day of the year before."""
    assert {event.date.text: event.status for event in draft(sentence, published="2022-05-02")} == {
        value: "tentative"
    }


def test_lasting_until_a_day_is_still_a_bound() -> None:
    assert [event.date.text for event in draft("The siege continued until 5 May 1683.")] == [
        "../1683-05-05"
    ]


def test_an_item_heading_names_a_verb_alone() -> None:
    text = (
        "Minutes of the vestry\n\n"
        "7. Repairs to the north wall of the chapel. Deferred to 12 June 2031."
    )
    events = _events(text, published="2031-05-20")
    assert events["2031-06-12"] == (
        "Repairs to the north wall of the chapel: Deferred",
        "tentative",
    )


def test_due_by_is_a_deadline_ahead_without_a_publication_day() -> None:
    assert _events("Applications due by 30 June 2027.")["../2027-06-30"][1] == "tentative"


def test_a_year_naming_an_event_gives_way_to_its_span() -> None:
    """ "the 2031 Games ... from 4 to 20 July 2031": the span says when; the year only names."""
    events = _events("The 2031 Games will be held in Oskemen from 4 to 20 July 2031.")
    assert list(events) == ["2031-07-04/2031-07-20"]


def test_the_years_a_habit_skipped_are_no_events() -> None:
    events = _events("The fair, first held in 1950, has run every summer, except in 1973.")
    assert list(events) == ["1950"]


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        (
            # a role named with its office is who "he" is; a committee is never "he"
            "The Committee opened its inquiry on 4 May 2022. The Governor of the province, "
            "Mr Dan Ro, appeared on 9 May 2022. He promised to publish the audit by 1 July 2022.",
            "../2022-07-01",
            "The Governor of the province promised to publish the audit",
        ),
        (
            "The Aurora Bay left Hull on 2 May 1911. She sank off Flamborough on 9 May 1911.",
            "1911-05-09",
            "The Aurora Bay sank off Flamborough",
        ),
        (
            # a past tense that is also a present ("shut") ends the subject
            "Norvel shut the smelter for a month in 2019. It expects to reopen the line by 2027.",
            "../2027",
            "Norvel expects to reopen the line",
        ),
        (
            "The mill was built in 1890 and rebuilt in 1931 after a fire.",
            "1931",
            "The mill was rebuilt after a fire",
        ),
        (
            # the clause after "before" with its own subject owns the date
            "Ridership doubled before fares were cut on 3 March 2019.",
            "2019-03-03",
            "Fares were cut",
        ),
        (
            # a second noun phrase after an appositive describes the clause and goes with it
            "The levee failed on 3 May 2030, the latest blow to a valley whose farms have "
            "flooded twice, its worst breach since 1990.",
            "2030-05-03",
            "The levee failed",
        ),
        (
            # the noun before "whose" owns what the relative clause says
            "The quay collapsed on 2 May 2031, a new blow to a port whose exports have fallen "
            "9% this year.",
            "2031",
            "A port’s exports have fallen 9%",
        ),
        (
            # a verb in -s before a capitalised name ends the subject
            "The Orlen Gallery presents Glass and Sand, its spring show. It opens with a "
            "lecture on 4 March 2031.",
            "2031-03-04",
            "The Orlen Gallery opens with a lecture",
        ),
        (
            # "At its centre stands X": the subject after the verb is who "it" is
            "At its centre stands the old weigh house, built around 1700. It burned down in 1911.",
            "1911",
            "The old weigh house burned down",
        ),
        (
            # a state in an aside gives no year to the main clause's date
            "Manager Ada Rusk, in charge since June 2028, was sacked on 26 December.",
            "2030-12-26",
            "Manager Ada Rusk was sacked",
        ),
        (
            # a joined surname is a person's name
            "Okafor-Reid was born in Leeds. She joined the firm in 1991.",
            "1991",
            "Okafor-Reid joined the firm",
        ),
        (
            # a verb in -s before a number ends the subject of an opening participle
            "Founded in Bergen in 1961, Halvor Lines operates 14 routes.",
            "1961",
            "Halvor Lines was founded in Bergen",
        ),
        (
            # a dateline is no part of the name "it" stands for
            "KELLFORD - The post office will close on 30 May 2031. It has served the village "
            "since about 1950.",
            "1950~/..",
            "The post office has served the village",
        ),
    ],
)
def test_the_title_names_who_or_what_did_it(text: str, date: str, title: str) -> None:
    assert _events(text, published="2031-01-10")[date][0] == title


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "The tannery worked until 1927, when the river was diverted.",
            "1927",
            "The river was diverted",
        ),
        ("The tramway ran until 1958.", "../1958", "The tramway ran"),
    ],
)
def test_until_a_date_when_something_happened_is_that_thing_s_date(
    sentence: str, date: str, title: str
) -> None:
    """ "until 1927, when the river was diverted": the end came with the event the "when"
    clause tells, on that date; "until" alone still bounds what went on."""
    assert _events(sentence) == {date: (title, None)}


def test_an_infobox_line_is_a_field_of_the_page_s_subject() -> None:
    text = (
        "Ilse Varga\n\nBorn      9 June 1902, Pecs\nOccupation  Weaver\n\n"
        "Ilse Varga (9 June 1902 - 1 May 1980) was a weaver."
    )
    titles = {event.title for event in draft(text) if event.date.text == "1902-06-09"}
    assert "Ilse Varga was born, Pecs" in titles
    assert not any("Occupation" in title for title in titles)


def test_a_participle_before_a_later_day_and_a_verb_ahead_is_a_plan() -> None:
    """ "Forms received until 30 June will be processed": "received" is a participle, the
    verb that governs the day is ahead, and the day is after the notice."""
    events = _events(
        "Forms received until 30 June 2031 will still be processed.", published="2031-06-02"
    )
    assert events["../2031-06-30"][1] == "tentative"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # years before 1600 in a list after "in", each its own event
        ("Raiders burned the abbey in 1387, 1412 and 1460.", None, ["1387", "1412", "1460"]),
        # an approximate month after "in" or opening the sentence
        ("Digging began in about March.", "2030-11-02", ["2030-03~"]),
        ("Around October, the board took over the pumps.", "2030-11-02", ["2030-10~"]),
        # "later than planned" is a delay, no day counted on from the last
        (
            "The line opened on 29 September 2030, one week later than planned.",
            None,
            ["2030-09-29"],
        ),
        # a state the subject has been in since a year, in an aside, gives no year
        (
            "The mill, which has employed some 1,200 people since 2009, shut on 3 March.",
            "2031-03-20",
            ["2009/..", "2031-03-03"],
        ),
        (
            "The lease, in place since 2016, was renewed on 14 November.",
            "2030-12-01",
            ["2016/..", "2030-11-14"],
        ),
        # the years a study covers, and a document named by its year
        ("This paper examines the harbour hospital of Rijeka between 1830 and 1880.", None, []),
        ("See the 2030 financial statements on page 12.", None, []),
    ],
)
def test_years_and_months_read_as_a_reader_would(
    text: str, published: str | None, expected: list[str]
) -> None:
    assert sorted(_events(text, published=published)) == expected


def test_what_the_board_would_do_on_a_weekday_is_ahead() -> None:
    """ "told reporters the board would meet on Monday": reported speech looks forward."""
    events = _events(
        "The chairman told reporters the board would meet on Monday to decide.",
        published="2031-03-14",
    )
    assert events == {"2031-03-17": ("The board would meet to decide", "tentative")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a past form with its object is the verb, not a participle after an appositive
        (
            "Orbis, the Almaty bank, closed two branches on 3 May 2031, the bank said.",
            "Orbis, the Almaty bank, closed two branches",
        ),
        ("The shaft, sunk in 1974, produced coal until 1990.", "The shaft was sunk"),
        # a judge's name before the opinion is no part of the fact
        (
            "OKAFOR, J. The appellant, Brisk Foods Ltd, leased the depot on 1 April 2012.",
            "The appellant, Brisk Foods Ltd, leased the depot",
        ),
    ],
)
def test_the_first_title_of_a_sentence(text: str, title: str) -> None:
    assert next(event.title for event in draft(text)) == title


def test_a_column_s_years_ago_heading_dates_its_items() -> None:
    text = (
        "THIS WEEK IN HISTORY\n\n"
        "50 YEARS AGO (1981)\nThe ferry Aldo ran aground on Nov. 6, in fog.\n\n"
        "25 YEARS AGO (2006)\nThe town hall clock stopped on Nov. 4."
    )
    assert sorted(_events(text, published="2031-11-02")) == ["1981-11-06", "2006-11-04"]


def test_a_vote_in_minutes_is_of_the_meeting_s_day_and_names_its_item() -> None:
    text = (
        "TOWN OF ARLEY\nBOARD OF SELECTMEN - MINUTES\n"
        "Monday, March 3, 2031, 7:00 p.m. - Town Hall\n\n"
        "1. CONTRACT 2031-07 awarding the bridge repairs to Tarn Builders.\n"
        "   Approved 3-2.\n"
        "2. PUBLIC HEARING on the Elm Road sewer. Continued to March 17."
    )
    events = _events(text)
    assert events["2031-03-03"][0].startswith("CONTRACT 2031-07 awarding the bridge repairs")
    assert events["2031-03-17"][1] == "tentative"


def test_a_notice_s_dispatch_line_dates_it_and_its_heading_is_no_dateline() -> None:
    text = (
        "CONTRACT NOTICE - SUPPLIES\n"
        "Date of dispatch of this notice: 2 February 2031\n\n"
        "Tenders are to be submitted no later than 3 March 2031."
    )
    events = _events(text)
    assert events == {"../2031-03-03": ("Tenders are to be submitted", "tentative")}


def test_a_body_s_own_report_speaks_for_our() -> None:
    text = "Kestrel Wells - Annual Report 2030\n\nIn May 2030 our divers cleared the old slipway."
    assert _events(text)["2030-05"][0] == "Kestrel Wells’ divers cleared the old slipway"


def test_a_state_begun_before_a_plan_is_no_plan() -> None:
    text = (
        "Resurfacing will start on Monday 7 July. Pipe repairs have been under way since "
        "2 June and will be finished first."
    )
    assert _events(text, published="2031-06-27")["2031-06-02/.."][1] is None


def test_a_promise_reaches_only_its_own_clause() -> None:
    text = "The owner vowed to rebuild, and the hall reopened the following year."
    events = _events("The hall burned in 1950. " + text)
    assert events["1951"][1] is None


def test_a_timeline_entry_marked_scheduled_is_a_plan() -> None:
    text = (
        "KEY DATES\n- 2012: Compact signed in Pakse.\n- 2031 (scheduled): Talks to reopen in Hue."
    )
    assert _events(text, published="2030-05-02")["2031"] == ("Talks to reopen in Hue", "tentative")


def test_numbered_points_are_each_their_own() -> None:
    text = (
        "KEY UPDATES\n"
        "1. The storm made landfall at about 02:00 on 8 February 2031 with winds of some\n"
        "   160 km/h.\n"
        "2. Heavy rain continued from 9 to 11 February 2031."
    )
    assert _events(text)["2031-02-08"][0] == (
        "The storm made landfall at about 02:00 with winds of some 160 km/h"
    )


def test_a_heading_that_names_a_year_gives_it_to_what_it_heads() -> None:
    text = "KORVAL\nEvents of 2030\n\nThe curfew was lifted in March."
    assert _events(text) == {"2030-03": ("The curfew was lifted", None)}


def test_a_cut_never_ends_on_a_verb_s_helper() -> None:
    """Cut at a word, a title that would end on "had" ends at the comma before instead."""
    text = (
        "Members condemned the attack, recalling the long presidential statements the members "
        "had adopted unanimously"
    )
    assert text[: MAX_TITLE + 1].rsplit(" ", 1)[0].endswith(" had")
    assert cut(text) == "Members condemned the attack"


def test_a_head_block_in_capitals_stays_the_page_s_head() -> None:
    """A body's name in capitals over the release's number and its date line is the head
    of the page: the date line dates it, and neither line is an event."""
    text = (
        "NORTHERN ROWING UNION\nPress Release No. 7/2031\nLucerne, 4 April 2031\n\n"
        "The union confirmed on Wednesday that the regatta will be held in Zug."
    )
    assert list(_events(text)) == ["2031-04-02"]


def test_a_minutes_date_line_with_its_hour_and_room_dates_the_meeting() -> None:
    text = (
        "VILLAGE OF ORE\nBOARD MEETING - MINUTES\n"
        "Monday, June 2, 2031, 7:30 p.m. - Village Hall, 4 Mill St.\n\n"
        "1. GRANT of 5,000 dollars to the fire brigade.\n   Approved 4-0."
    )
    events = _events(text)
    assert list(events) == ["2031-06-02"]
    assert events["2031-06-02"][0].startswith("GRANT of 5,000 dollars to the fire brigade")


def test_a_table_row_of_a_span_is_an_entry() -> None:
    """ "Joint venture with X: 1997-2001", a table's row, is no work's title."""
    text = "Our history\n\n| Year | Milestone |\n| 1997-2001 | Joint venture with Hydra GmbH |"
    assert list(_events(text)) == ["1997/2001"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a verb and its object after a weekday: "to present" is no "– present"
        (
            "The minister will travel to Oslo on Thursday to present the plan.",
            "2031-03-10",
            ["2031-03-13"],
        ),
        # a record held since a year is a state; a clause of its own after "since" a fact
        (
            "Ana Lopes, who has held the 1500 metres record since 2027, won in Oslo.",
            None,
            ["2027/.."],
        ),
        ("It was its largest deal since the group was founded in 1998.", None, ["1998"]),
        # years before 1600 in a span, and after a document
        ("From 1278 to 1526 the valley formed part of the duchy.", None, ["1278/1526"]),
        ("The village is first named in a charter of 1136.", None, ["1136"]),
        # ... after a disaster, after "as early as", and a passive's rough time then a place
        ("The great flood of 1497 swept away the mill.", None, ["1497"]),
        ("The hall may have stood here as early as 1220.", None, ["1220?"]),
        ("A chapel was built around 1440 in the outer court.", None, ["1440~"]),
        # ... after a passive's "by", a sentence's opening "By", "at the latest", a roll
        ("The hall had been abandoned by 1400.", None, ["../1400"]),
        ("By 1540 the hall range had been partly demolished.", None, ["../1540"]),
        ("By 1590 at the latest the office was run by the town.", None, ["../1590"]),
        ("The cave was found around 1420 by a shepherd.", None, ["1420~"]),
        ("The village first appears in a tax roll of 1327.", None, ["1327"]),
        # three digits after "c." and before a stop, or before AD
        ("The town is first named in a chronicle of c. 980.", None, ["0980~"]),
        ("A raid in 837 AD destroyed the monastery.", None, ["0837"]),
        ("Membership rose to 310 last season, up from 240.", None, []),
        ("The risk of a clot is about one in 500.", None, []),
        ("By 1200 runners had crossed the line.", None, []),
        ("A survey of 1200 households found poverty.", None, []),
        # ... but counts stay counts
        ("Membership was increased by 1450.", None, []),
        ("The trial took 180 days in all.", None, []),
        ("The battle killed about 1500 in the valley.", None, []),
        ("The tally of 1500 was made at the gate.", None, []),
        # doubts a memoir and a history tell
        ("The miller seems to have died in 1911.", None, ["1911?"]),
        ("The treaty was, I think, signed in June 1976.", None, ["1976-06?"]),
    ],
)
def test_spans_states_and_old_years(text: str, published: str | None, expected: list[str]) -> None:
    assert sorted(_events(text, published=published)) == expected


def test_a_decade_heading_heads_its_paragraph_and_is_no_event() -> None:
    page = (
        "<html><body><h1>Our history</h1><h2>1950s</h2><p>In 1953 Erik Lind opened a "
        "workshop.</p><h2>1990s</h2><p>In March 1996 the family sold a stake.</p></body></html>"
    )
    assert sorted(_events(page)) == ["1953", "1996-03"]


def test_a_table_column_of_days_without_a_year_gives_each_row() -> None:
    text = (
        "Chronology\n\n| Date | Event |\n|---|---|\n| 3 June 2031 | First case confirmed |\n"
        "| c. 20 June | Peak of the outbreak |\n| 12 July 2031 | Last case recorded |"
    )
    assert sorted(_events(text)) == ["2031-06-03", "2031-06-20~", "2031-07-12"]


def test_a_time_in_the_story_dates_its_fact_not_the_page() -> None:
    """Only a byline's, the head's or the footer's <time> dates the page; a <time> in the
    story names a fact's day, and gives the year its text leaves out."""
    page = (
        '<html><body><h1>Flower fair</h1><p><time datetime="2031-05-15">15</time>&ndash;'
        '<time datetime="2031-05-17">17 May 2031</time>, Kouter</p>'
        '<p>Stall bookings close on <time datetime="2031-03-31">31 March</time>.</p>'
        '<footer>Last updated <time datetime="2031-01-20">20 January 2031</time></footer>'
        "</body></html>"
    )
    events = _events(page)
    assert events["2031-03-31"][1] == "tentative"  # after the footer's day, 20 January
    assert events["2031-05-15/2031-05-17"][1] == "tentative"


def test_a_state_since_a_year_gives_no_year_to_a_later_day() -> None:
    """ "has run a basin since 2019" goes on to now: a later "no later than September 30"
    in the present or the future is this year's, not 2019's."""
    text = (
        "The firm has run a pilot basin on the site since 2019. Under the ruling, the agency "
        "must reopen the consultation no later than September 30."
    )
    events = _events(text, published="2031-03-14")
    assert events["../2031-09-30"][1] == "tentative"


def test_a_list_entry_goes_on_in_the_year_of_the_entry_before() -> None:
    text = (
        "Key dates in the dispute\n\n* June 2019 - Strike shuts the berths.\n"
        "* Around Sept 20 - Dredging of the channel begins."
    )
    assert "2019-09-20~" in _events(text, published="2025-11-08")


def test_what_the_text_says_is_unclear_is_doubted() -> None:
    text = "It is unclear whether the parties signed the addendum in March 2019."
    assert list(_events(text)) == ["2019-03?"]


def test_a_sentence_of_many_dated_clauses_is_read_in_clauses() -> None:
    """A "sentence" that runs a hundred dated clauses together is read in clauses of at
    most a few hundred characters, each quoted as its own; every clause keeps its date."""
    days = [(1800 + number, number % 28 + 1) for number in range(100)]
    text = (
        "The records name "
        + ", ".join(f"a mill burned on {day} May {year}" for year, day in days)
        + "."
    )
    events = draft(text)
    assert sorted(event.date.text for event in events) == sorted(
        f"{year}-05-{day:02d}" for year, day in days
    )
    sentences = read_article(text, source_id="records").sentences
    assert len(sentences) > 1
    assert max(len(sentence.text) for sentence in sentences) <= 800


def test_a_diary_s_dated_heading_dates_the_first_sentence_of_its_entry() -> None:
    text = (
        "FIELD DIARY - SVALBARD SURVEY, 1961\n\nKept by the party's surveyor, in pencil.\n\n"
        "3 January 1961\n"
        "Ship anchored in the fjord at noon.\n\n5 January\n"
        "Landed the stores. Cold and clear."
    )
    assert _events(text) == {
        "1961-01-03": ("Ship anchored in the fjord", None),
        "1961-01-05": ("Landed the stores", None),
    }


def test_a_log_s_day_month_year_with_dashes() -> None:
    assert list(_events("12-Jul-2031  04:10  Fire reported under control.")) == ["2031-07-12"]


def test_an_updated_line_in_the_head_dates_the_page_and_entries_stay_entries() -> None:
    """ "Updated 18 November 2031" under a timeline's title dates it; "11 August - ..." after
    an entry of the list is the next entry, not a dateline."""
    text = (
        "DOCKERS' UNION\nPay dispute: timeline\nUpdated 18 November 2031\n\n"
        "3 July 2031 - Members reject the pay offer.\n\n"
        "11 August - Strike ballot opens.\n\n"
        "1 December - Further strike days are planned."
    )
    events = _events(text)
    assert events["2031-08-11"][0] == "Strike ballot opens"
    assert events["2031-12-01"][1] == "tentative"


def test_entries_after_a_line_that_announces_them_are_no_dateline() -> None:
    text = (
        "Slow roads\n\nPosted by Maren | 2 October 2031\n\n"
        "I went back this autumn with a rucksack. A few notes from my diary:\n\n"
        "14 September - Landed in Tbilisi after a night flight.\n\n"
        "16 September - Took a minibus up to Kazbegi."
    )
    events = _events(text)
    assert events["2031-09-14"][0] == "Landed in Tbilisi after a night flight"
    assert events["2031-09-16"][0] == "Took a minibus up to Kazbegi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pack size: 500 g. Best before: 30/06/2031. Batch code L4336.", []),
        ("TRAVEL ADVICE: ARDANIA\nStill current at: 9 December 2031\n\nThe border is shut.", []),
    ],
)
def test_a_shelf_date_and_a_still_current_line_name_no_event(
    text: str, expected: list[str]
) -> None:
    assert sorted(_events(text)) == expected


def test_a_mandate_that_will_expire_is_still_an_event() -> None:
    """Only a label's "Expires:" names a shelf date; a mandate expiring is a fact."""
    assert sorted(_events("The mission's mandate will expire on 31 May 2031.")) == ["2031-05-31"]


def test_a_programme_s_timed_lines_are_entries_of_their_day() -> None:
    text = (
        "STATE VISIT OF THE PRESIDENT OF ARDANIA\n\nProgramme of the visit, subject to change.\n\n"
        "Monday, 24 May 2031\n11:30  Arrival of the President; official welcome ceremony\n"
        "13:00  Lunch at the palace\n\nTuesday, 25 May 2031\n10:00  Official talks"
    )
    assert sorted((event.date.text, event.title) for event in draft(text)) == [
        ("2031-05-24", "11:30 Arrival of the President; official welcome ceremony"),
        ("2031-05-24", "13:00 Lunch at the palace"),
        ("2031-05-25", "10:00 Official talks"),
    ]


def test_a_wrapped_line_that_opens_on_an_hour_is_no_entry() -> None:
    text = (
        "The Secretary-General notes that the ceasefire took effect at\n"
        "06:00 local time on 1 May 2031 and has so far held."
    )
    assert _events(text)["2031-05-01"][0] == "The ceasefire took effect at 06:00 local time"


def test_a_share_against_the_last_election_is_a_comparison() -> None:
    text = (
        "All lists had been registered by 31 October 2030. Turnout was 37 per cent, against "
        "35 per cent at the 2026 elections. The final results came on 10 December."
    )
    assert sorted(_events(text)) == ["../2030-10-31", "2030-12-10"]


def test_a_letterhead_date_over_a_list_still_dates_the_page() -> None:
    text = (
        "Caspian Operating Company\nProject update\nAtyrau, 14 October 2031\n\n"
        "- The investment decision was taken on 5 May 2029.\n"
        "- First oil is expected next year."
    )
    assert sorted(_events(text)) == ["2029-05-05", "2032"]


def test_a_plan_in_an_undated_text_lies_after_the_latest_day_told() -> None:
    """With no publication day, "will be on 13 March" after "recorded in 1279" and "On 14
    February 2031 ... spoke" is 13 March 2031, not 1279."""
    text = (
        "VALE HISTORY SOCIETY - Newsletter No. 12\n\n"
        "On 14 February 2031 Dr Ana Holt spoke to 40 members about the mills of the valley. "
        "The first mill is recorded in 1279, at Hatch Green.\n\n"
        "Our next talk, on the canal, will be on 13 March at the Village Hall."
    )
    assert _events(text)["2031-03-13"][1] == "tentative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before a day range is no label of a room: the range stays
        ("The forum met in Astana 3-5 June 2031.", ["2031-06-03/2031-06-05"]),
        # a count between two numbers that look like old years is no span of years
        ("Membership rose from 1200 to 1500 members.", ["1200"]),
    ],
)
def test_rules_for_labels_and_old_years_stay_narrow(text: str, expected: list[str]) -> None:
    assert sorted(_events(text)) == expected


def test_an_opening_phrase_with_its_own_subject_is_no_inverted_subject() -> None:
    text = "On Monday the bank was a lender of last resort. It cut rates on 4 May 2031."
    assert _events(text)["2031-05-04"][0] == "The bank cut rates"


@pytest.mark.parametrize(
    "page",
    [
        # "by" inside a sentence is no byline
        '<html><body><p>Entries are accepted by <time datetime="2031-03-31">31 March</time>.'
        "</p></body></html>",
        # a paragraph closed by the next one leaves its class behind
        '<html><body><p class="meta">Photo<p>The fair opens on '
        '<time datetime="2031-05-15">15 May</time>.</body></html>',
    ],
)
def test_a_time_in_the_story_never_dates_the_page(page: str) -> None:
    assert read_article(page, source_id="page").published is None


def test_a_plan_in_a_paragraph_without_a_date_lies_ahead_of_the_publication() -> None:
    text = (
        "Ardania will serve a three-year term beginning on 1 January 2032.\n\n"
        "The Council's next organisational meeting is scheduled for 6 December."
    )
    assert _events(text, published="2031-10-10")["2031-12-06"][1] == "tentative"


def test_a_list_entry_goes_on_over_its_indented_lines() -> None:
    text = (
        "Key measures\n\n- Measure 1: a complaint mechanism must be in place by 31\n"
        "  March 2032.\n- Measure 2: a draft law must be submitted no later than\n"
        "  December 2033."
    )
    assert sorted(_events(text, published="2031-08-22")) == ["../2032-03-31", "../2033-12"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry thanks all Member States.\n\nDushanbe, 18 June 2031",
        "PLEDGE TRACKER\nRights Monitor - Last updated: 3 November 2031\n\nNotes follow.",
        "The Parties agree to meet again.\n\nDone at Baku, on 14 May 2031, in one original.",
    ],
)
def test_a_closing_place_and_date_or_an_updated_line_is_the_document_s_own(text: str) -> None:
    assert _events(text) == {}


def test_a_report_s_place_and_date_line_is_no_event_but_gives_its_year() -> None:
    text = (
        "NORDHAV ENERGY ASA - THIRD QUARTER 2031 OPERATIONS UPDATE\nStavanger, 23 October 2031\n\n"
        "Production\nThe Alder B platform was shut for planned maintenance from 4 to 19 August."
    )
    assert _events(text) == {
        "2031-08-04/2031-08-19": ("The Alder B platform was shut for planned maintenance", None)
    }


def test_a_state_since_a_year_after_a_first_in_another_clause_goes_on() -> None:
    """ "first held in 1868 ... and has been raced on the reservoir since 1972": the "first"
    is of the other clause, so the state goes on from 1972; "the first win since 1972" is a
    comparison."""
    text = "The race was first held in 1868 on the river and has been run on the lake since 1972."
    assert sorted(_events(text, published="2031-08-26")) == ["1868", "1972/.."]
    assert _events("It was their first win since 1972.", published="2031-08-26") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive's participle is no past: the plan lies ahead
        ("He will present his proposed budget to the council on March 4.", "2031-03-04"),
        # an irregular past: the day lies behind
        ("Talks between the club and the council broke down on Friday.", "2031-01-31"),
        ("The two ferries ran aground on Friday.", "2031-01-31"),
    ],
)
def test_the_tense_of_the_verb_decides_which_way_a_day_lies(sentence: str, expected: str) -> None:
    assert list(_events(sentence, published="2031-02-04")) == [expected]


def test_a_habit_under_a_post_s_stamp_is_no_event_of_its_day() -> None:
    text = (
        "<html><body><h1>Latest news</h1>\n"
        "<article><h2>New fares from April</h2>\n"
        "<p>Posted on Thursday 20 February 2031 by Coastline Rail</p>\n"
        "<p>New fares will take effect on 1 April 2031.</p></article>\n"
        "<article><h2>Late trains on the coast line</h2>\n"
        "<p>Posted on Thursday 30 January 2031 by Coastline Rail</p>\n"
        "<p>Late trains run on the coast line every Friday and Saturday. From 6 to 27 February "
        "2031 we will trial a late train on Thursdays as well.</p></article></body></html>"
    )
    assert sorted(_events(text)) == ["2031-02-06/2031-02-27", "2031-04-01"]


def test_a_count_after_a_weekday_counts_back_from_that_day() -> None:
    text = "Crews reopened the pass on Monday, nine days after a rockfall closed it."
    assert sorted(_events(text, published="2031-06-11")) == ["2031-05-31", "2031-06-09"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The show, which ran from Thursday to Sunday, had 900 horses.", ["2031-07-17/2031-07-20"]),
        ("The fair will run from Friday to Sunday on the green.", ["2031-07-25/2031-07-27"]),
        ("The library is open from Tuesday to Saturday.", []),
    ],
)  # fmt: skip
def test_a_span_of_weekdays_told_in_the_past_or_the_future_is_one_span(
    sentence: str, expected: list[str]
) -> None:
    assert sorted(_events(sentence, published="2031-07-21")) == expected


def test_a_second_of_a_kind_is_no_count_and_another_affected_no_past() -> None:
    """ "has operated a second plant in Gdansk since 2004" is a state (another plant, no
    count); "will visit the other affected districts on Thursday" looks ahead."""
    assert list(_events("It has operated a second plant in Gdansk since 2004.")) == ["2004/.."]
    text = "I will visit the other affected districts on Thursday to meet farmers."
    assert list(_events(text, published="2031-08-04")) == ["2031-08-07"]


def test_a_month_compared_as_a_whole_after_a_clause_of_its_own_dates_nothing() -> None:
    text = "Storage has been low since February, and March was the driest March since 1953."
    assert list(_events(text, published="2031-04-10")) == ["2031-02/.."]


@pytest.mark.parametrize(
    "text",
    [
        "The old pier will be deliberately demolished in June 2031, the board said.",
        "Timeline\n\n- May 2031: Test running is scheduled to start on the whole line.",
    ],
)
def test_a_plan_with_an_adverb_before_its_participle_or_after_its_date_is_a_plan(
    text: str,
) -> None:
    """No publication day: only the verb tells that the date is still to come."""
    assert [status for _, status in _events(text).values()] == ["tentative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contest or a bill of its year is its event, no name
        ("The 1999 Ryder Cup was held at Brookline.", ["1999"]),
        ("The 2019 Finance Bill was passed by parliament.", ["2019"]),
        # an aside of two participles is one aside
        ("The ship, built in 1990 and renamed in 2012, sank on 3 March.",
         ["1990", "2012", "2031-03-03"]),
        # "is held" is a present, no past; an adverb before a main verb leaves it past
        ("On Friday the annual meeting is held in the village hall.", ["2031-04-04"]),
        ("Storms badly damaged the pier on Friday.", ["2031-03-28"]),
        # a deed signed by parties is a fact; an hour is no old year
        ("Treaty of Kell\n\nSigned 28 June 1919 by the two kingdoms.", ["1919-06-28"]),
        ("Tenders must be submitted no later than 1200 on 14 May 2031.", ["../2031-05-14"]),
        # another's word on the thing, not on the date; one's own claim
        ("The ferry sank on 3 March 1921, though the owner said it was seaworthy.", ["1921-03-03"]),
        ("The club claims it was founded in 1885.", ["1885"]),
        # a year wider than the day picked out of it
        ("In 1990 the band released three albums, the last on 3 December.", ["1990", "1990-12-03"]),
        # a service that starts daily from a month, a roadworks span gone by, a past state
        ("The new ferry will run daily from June.", ["2031-06"]),
        ("Flights will operate daily from June until September.", ["2031-06/2031-09"]),
        ("The road was closed from Monday to Wednesday for resurfacing.",
         ["2031-03-24/2031-03-26"]),
        # a record that tells of a day; the day's news told as a count
        ("His diary for 1916 records that his brother was killed at the Somme.", ["1916"]),
        ("Today there are more than 300 flights cancelled because of fog.", ["2031-04-01"]),
        # a closure told in its own clause before a level
        ("Attendance fell when the stadium shut on 4 March 2030 and was the lowest since 1990.",
         ["2030-03-04"]),
        # an open end before "and"; the end of a year's count
        ("She has chaired the trust from 2004 to present and lives in Kelso.", ["2004/.."]),
        ("The club's membership at the end of the year was 1875.", []),
    ],
)  # fmt: skip
def test_the_review_s_second_round(text: str, expected: list[str]) -> None:
    assert sorted(_events(text, published="2031-04-01")) == expected


def test_years_ago_this_week_then_the_day_is_that_day() -> None:
    text = "Forty years ago this week, on 15 March 1991, the ferry capsized in a gale."
    assert list(_events(text, published="2031-03-12")) == ["1991-03-15"]


def test_a_quoted_remark_to_reporters_is_no_briefing_of_the_day() -> None:
    """Reported speech to reporters, with no day of its own, is the day's briefing; a
    remark quoted word for word is only what was said."""
    text = (
        "ROTTERDAM, Feb 19 (Harbour Wire) - Dock workers ended a strike on Tuesday.\n\n"
        '"Nobody wanted this to last nine days," association chairman Henk Overmars told '
        "reporters.\n\nThe minister told reporters the port would be reviewed."
    )
    titles = {event.title for event in draft(text, published="2025-02-19")}
    assert not any(title.startswith("Nobody wanted") for title in titles)
    assert any(title.startswith("The minister told reporters") for title in titles)
