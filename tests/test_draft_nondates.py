"""Numbers and lines that look like dates and are none: a radiocarbon age, a year that
names a method, a rate counted per year, and a page's "last updated" line."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft
from tests.conftest import drafted_events


def _dates(text: str) -> list[str]:
    return [event.date.text for event in draft(text, published="2031-04-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Charcoal from the hearth gave 1840 ± 35 BP.",
        "A bone was dated to 3410 +/- 60 cal BP by the laboratory.",
        "Samples were prepared following the 2016 procedure of Adilova and Kim.",
        "The museum receives about 40,000 visitors every year.",
        "Rents in the old town rise by about 6% each year.",
        "Output grows by 3.5 per cent a year.",
        "Page last updated: 17.03.2031 | Feedback: info@example.org",
        # a document's own lines: its issue, its access date, its date in brackets
        "Issue 3 - 12 February 2031",
        "Retrieved 9 January 2031.",
        "(February 11, 2031)",
        "Date of decision: 3 March 2031",
        "Last Update Posted: 20 March 2031",
        "Issued: 14 March 2031 - J. Amadi, Secretary",
        "Submitted: February 3, 2031",
        "JUDGMENT SENT TO THE PARTIES ON 2 March 2031",
        "Last edited 9 March 2031",
        "Harbour Trust | Tel 01632 960 111 | Last modified: 2 March 2031",
        "Decision date: 3 March 2031",
        "Last reviewed: 2031-02-27.",
        "Profile last updated: 3 March 2031 | Member ID: 20312031",
        "This notice was last updated on 1 March 2031.",
        # a record's field of the period it covers
        "Covering dates: 1842-1911",
        "Monthly report: March 2031",
        # a figure's caption, a photo's caption, a count compared with all years since
        "Figure 2: Monthly rainfall, January 2019 to March 2031",
        "Photo caption: the old ferry at the pier in 1958.",
        "The parish has 2,140 residents, more than at any time since 1911.",
        # a record's number and day, quoted as its reference
        "Call 101 and quote incident 0892 of 14 March.",
        # a weekday that names a kind of day, in a habit's clause
        "Street markets usually fill the square after Sunday services.",
        # a holiday a habit keeps
        "The family still lights the lanterns every New Year's Eve.",
        # a record named by the year it keeps
        "The journal for 1897 is missing.",
        "The diary for 1916 was burned by his widow.",
        "The report for 2029 was delayed.",
        # a level over a period compared with the years since, after a number's point or an
        # owner's "'s"
        "Last year's turnout of 19.8% was the lowest since 2012.",
        "Rainfall in the Kell valley since the start of March has been the lowest since 1976.",
        # a season a daily habit keeps
        "The ruins are open daily from April to October.",
        "Boats leave the pier daily from May to September, weather permitting.",
        # an instrument or an award named by its year
        "Flocks remain housed under the 2029 Avian Influenza Prevention Order.",
        "Growers will be paid under the 2026 Orchard Grubbing Scheme.",
        "She held an 1851 Research Fellowship.",
        # a timetable's items, their hours written with a colon
        "Opening hours: Monday-Friday 9:00-18:00, Saturday 9:00-13:00.",
        # a change by a figure since a year, a month compared as a whole, a model's year
        "Nurses' pay has fallen by 12% in real terms since 2010.",
        "June was the wettest June since 1912.",
        "The museum shows a model of the harbour as it stood around the year 1700.",
        # a trophy and a club named by a year
        "New uniforms were paid for by the 1924 Trophy appeal.",
        "The 1851 Club of former staff meets in the Anchor.",
        # a shelf date after "all dates up to", a wine's window, a judgment's citation
        "Best before: all dates up to and including 31 March 2031",
        "Plum and violet; drink now to 2038.",
        "2030 MT 51",
        "[2029] UKSC 5",
        # a record unmatched since
        "They set a course record of 2:51, a time no crew has come close to since 1996.",
        # people told by their birth year, a law and a medal named by their years, a cup's
        # rounds
        "The jab is free for everyone born after 1995 who has not had two doses.",
        "Operators say the 2013 Port Labour Law lets them hire temporary crews.",
        "Three of her players were called up for the 2026 World Cup qualifiers.",
        "He was awarded the 1914-15 Star and the Victory Medal.",
        # a statute's edition and a statute named by its year
        "The notice did not satisfy Fla. Stat. section 627.4133 (2029), as amended by the 2028 "
        "statute.",
    ],
)
def test_no_event_is_drafted(text: str) -> None:
    assert list(draft(text, published="2031-04-01")) == []


def test_a_share_that_is_no_rate_still_dates_its_fact() -> None:
    """A percentage with its own year is a fact of that year, not a rate."""
    assert _dates("Rents rose by 6% in 2030.") == ["2030"]


def test_a_habit_without_a_count_is_still_said_to_go_on() -> None:
    """The rule that a rate is no event leaves "held every year" as it was."""
    assert [event.date.text for event in draft("The fair is held every year in Taraz.",
                                               published="2031-04-01")] == ["../2031"]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry sank in October last year.", ["2030-10"]),
        ("The school will reopen on 2 September next year.", ["2032-09-02"]),
        ("The well ran dry about three weeks ago.", ["2031-03-11~"]),
        ("The well ran dry three weeks ago.", ["2031-03-10/2031-03-16"]),
        # "that year" and "the same year" name the year of the text before
        ("The mine flooded in 1994. The pumps came on 2 June that year.",
         ["1994", "1994-06-02"]),
        ("The mine flooded in 1994. In August the same year it shut.", ["1994", "1994-08"]),
        # "in August two years later": the month of the year counted to
        ("The mine flooded in 1994. In August two years later it shut.", ["1994", "1996-08"]),
        ("The mine flooded in 1994. It shut in August, and two years later it reopened.",
         ["1994", "1994-08", "1996"]),
        # a later clause of its own with "later that year" stays a fact of its own
        ("The mine flooded on 4 May 1994, and later that year it shut.",
         ["1994", "1994-05-04"]),
    ],
)  # fmt: skip
def test_a_month_of_a_named_year_and_an_approximate_count_back(
    sentence: str, expected: list[str]
) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mosque was raised on a spring found around 1340.", ["1340~"]),
        ("The walls stood before 1480, and fell in 1723.", ["../1480", "1723"]),
        ("About 1300 pilgrims came.", []),
        ("The garrison numbered about 1450.", []),
    ],
)
def test_an_old_year_after_about_or_before_and_a_count(sentence: str, expected: list[str]) -> None:
    assert [event.date.text for event in draft(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('She wrote her dissertation, "Grain markets of the Volga, 1861-1914", in Kazan.', []),
        ("The museum opened an exhibition entitled “Paris in 1900” on 4 May 2031.", ["2031-05-04"]),
        ('"We will reopen the pier on 3 June 2031," the harbour master said.', ["2031-06-03"]),
        (
            "“The ferry ran aground on 2 February 2031,” a coastguard officer told reporters.",
            ["2031-02-02"],
        ),
        ('A spokesman said the line "closed on 9 January 2031 for repairs".', ["2031-01-09"]),
        ('His book "Salt" came out in 1990 and "Ash" in 1994.', ["1990", "1994"]),
    ],
)
def test_a_date_inside_a_quoted_name_of_a_work_is_part_of_the_name(
    sentence: str, expected: list[str]
) -> None:
    """A work's quoted title keeps its years to itself; quoted speech states facts."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tuition has gone up each year since 2019.", []),
        ("Fares on the ferry have risen annually since 2016.", []),
        ("The choir has sung in the cathedral annually since 1952.", ["1952/.."]),
        ("The ferry has sailed daily since 1968.", ["1968/.."]),  # a service that runs
        ("The programme has invited them every two years since 2016.", ["2016/.."]),
        ("The club has trained in the old drill hall since 2019.", ["2019/.."]),
        ("The regatta is rowed every year on the lake.", ["../2031"]),
        ("The book fair, staged every year since 1975, moved to the old mill.", []),
        # any occasion counted again, not only a unit of the calendar
        ("Turnout has risen at every election since 1997.", []),
        ("Membership has fallen in each survey since 2004.", []),
        ("The choir has sung in the cathedral every Easter since 1952.", []),
        ("Levels above 3.50 m have been recorded 11 times since 1968.", []),  # a count
        # a cadence by the week or the month goes on from its first, like a service
        ("The club has trained in the old drill hall every week since 2019.", ["2019/.."]),
        ("Prices have been checked at every market since 1990.", ["1990/.."]),
    ],
)
def test_a_trend_since_a_year_is_no_state_and_no_event(sentence: str, expected: list[str]) -> None:
    """A change made again every year from a year on dates nothing; a service or a series
    that recurs, and what has gone on since the year, is a state."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was the wettest summer on the island between 1961 and 1990.", []),
        ("Snowfall that winter was the heaviest measured in the valley in 1900-1950.", []),
        ("The worst storm in 1987 struck the coast.", ["1987"]),
        ("Its highest tide in 2014 flooded the harbour.", ["2014"]),
        ("The largest mill of the town was built between 1840 and 1850.", ["1840/1850"]),
        ("Exports fell fastest between 2008 and 2010.", ["2008/2010"]),
    ],
)
def test_a_span_after_a_superlative_is_only_its_scope(sentence: str, expected: list[str]) -> None:
    """A span that bounds a comparison dates nothing; a year of the fact compared stays."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team read the harbour logbooks for 1780-1795 against the customs ledgers.", []),
        ("She transcribed tax rolls covering the years 1802 to 1811.", []),
        ("Survey data from the 1990s were digitised in 2019.", ["2019"]),
        ("The minutes of 14 March 2030 record the vote.", ["2030-03-14"]),
        ("The registers were moved to the county archive in 1974.", ["1974"]),
    ],
)
def test_the_years_a_study_s_sources_cover_are_no_event(sentence: str, expected: list[str]) -> None:
    """Years that only say which records or data were used date nothing; a day after such a
    noun may be the meeting or the issue itself, and what befell the records stays."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will the ferry company restore the winter timetable next month?", []),
        ("Mr. Chairman, did the board approve the merger on 3 March 2031?", []),
        ("When will the new bridge open in 2033?", []),
        ("Why did the council close the swimming baths in May 2030?", ["2030-05"]),
        ("Is the councillor aware that the depot closed on 12 January 2031?", ["2031-01-12"]),
        ("Will the board restore the night bus, which was withdrawn in March 2030?", ["2030-03"]),
        ("Will she explain why the grant was cut on 1 February 2031?", ["2031-02-01"]),
        ("Will he say when the line will reopen in 2033?", []),
        # a passive after "be" asks of the future; its clause with "today" asks too
        ("When will the canal be dredged, and who runs the locks today?", []),
        ("When was the canal dredged, and who has run the locks since 2029?", ["2029/.."]),
        ("Did you know the lighthouse was first lit in 1872?", ["1872"]),
        # "is it true that" asks whether; the answer tells
        ("Is it true that the depot closed last month?", []),
        ("Is it correct that the harbour master resigned on 4 May 2029?", []),
        ("Q (Evening Post): Is it true he quit on 4 May 2029?\n\nA: He quit on 6 May 2029.",
         ["2029-05-06"]),
        ("Can I renew my permit online? Yes: the online service opened on 2 February 2031.",
         ["2031-02-02"]),
        ('"Will we reopen on 3 May?" the landlord asked, and the pub reopened on 9 May 2031.',
         ["2031-05-09"]),
    ],
)  # fmt: skip
def test_a_question_that_asks_whether_states_no_fact(text: str, expected: list[str]) -> None:
    """A yes-no question or a question about what will be dates nothing; a question that
    asks why something happened, a statement inside a question and an FAQ's answer do."""
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AVALANCHE ADVISORY\n\nIssued 07:00, Tuesday 1 April 2031\n\n"
         "Slab avalanches ran on Friday above Kell Pass. "
         "The next advisory will be issued at 16:00 today.", ["2031-03-28"]),
        ("Port notice\n\nNext bulletin: Monday 7 April 2031, 06:00.", []),
        ("The ministry said the next update will be published on 9 April 2031.", ["2031-04-09"]),
        ("The next edition of the fair will be held on 12 April 2031.", ["2031-04-12"]),
    ],
)  # fmt: skip
def test_a_bulletin_s_word_on_its_next_issue_is_page_furniture(
    text: str, expected: list[str]
) -> None:
    """The time a rolling alert gives for its own next issue is the page's cadence, no fact;
    a promised update and the next edition of an event are news."""
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The importer no longer rejects dates such as 2000-02-29T12:00 in old exports.", []),
        ("Write the day in full, e.g. 31 December 2029, on the form.", []),
        ("Set the expiry far ahead, for example 2099-01-01.", []),
        ("Storms such as the one on 16 October 1987 are rare.", ["1987-10-16"]),
        ("Several towns, such as Lewes in 2000, were flooded.", ["2000"]),
        (
            "Floods were common. For instance, on 3 May 2029 the bridge was swept away.",
            ["2029-05-03"],
        ),
    ],
)
def test_a_date_given_as_an_example_of_a_value_is_no_event(
    sentence: str, expected: list[str]
) -> None:
    """A date that only shows a kind of value dates nothing; an example that names a
    happening by its date stays."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guided walks leave each Tuesday in May.", []),
        ("Every Monday in June the ferry sails late.", []),
        ("The library opens every other Thursday.", []),
        ("On a Sunday in August 1914 the bells rang.", ["1914-08"]),
        ("Tours ran every Friday in October 2030.", ["2030-10"]),
        ("The vote was held on Sunday.", ["2031-03-30"]),
    ],
)
def test_the_weekday_of_a_weekly_habit_is_no_date(sentence: str, expected: list[str]) -> None:
    """A weekday after "every" or "a" names no week, and a month without a year that
    bounds such a habit comes back each year; a month with its year, and a weekday of a
    week that the text means, stay dated."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trustees set the levy for the year ahead at 310 pounds.", []),
        ("Ferry fares for 2032 will rise by 4 percent.", []),
        ("Ferry fares will rise in 2032.", ["2032"]),
        ("The tax rise planned for 2032 was dropped.", ["2032"]),
        ("The budget of 2010 cut pensions.", ["2010"]),
    ],
)
def test_the_year_a_sum_is_fixed_for_is_no_event(sentence: str, expected: list[str]) -> None:
    """A budget, a fee or a levy "for" a year only says what period it covers; when the
    sum changes, and a plan for a year, stay dated."""
    assert _dates(sentence) == expected


def test_a_notice_s_date_of_issue_dates_the_notice_and_is_no_event() -> None:
    """A "Date of issue" line is the day the notice bears: no event of its own, and the
    day a term that runs on after it is told from; "Date of birth" stays a fact."""
    notice = (
        "SERVICE CHANGE\nDate of issue: 12 March 2031\n\nThe ferry to Kurmangazy was "
        "cancelled on 2 March 2031. Old tickets remain valid until 30 June 2031.\n"
    )
    drafted = {event.date.text: event.status for event in draft(notice)}
    assert drafted == {"2031-03-02": None, "../2031-06-30": "tentative"}
    record = "Aigerim Sadykova\nDate of birth: 4 May 1950\n\nShe joined the orchestra in 1972.\n"
    assert [event.date.text for event in draft(record)] == ["1950-05-04", "1972"]


def test_a_page_s_footer_gives_its_date_and_no_event() -> None:
    """A page's "updated" line in its footer dates the page, so a day after it is a plan;
    a footer with only a copyright year dates nothing."""
    page = (
        "<html><body><p>The spring fair opens on 12 May 2031. The society was founded in "
        "1990.</p><footer>(c) 2031 Fair Society | Last updated: 4 March 2031</footer>"
        "</body></html>"
    )
    drafted = {event.date.text: event.status for event in draft(page)}
    assert drafted == {"2031-05-12": "tentative", "1990": None}
    undated = page.replace(" | Last updated: 4 March 2031", "")
    assert {event.date.text: event.status for event in draft(undated)} == {
        "2031-05-12": None,
        "1990": None,
    }


def test_a_memo_s_date_field_dates_the_memo_among_its_header_lines() -> None:
    """A "DATE:" line among a memo's header lines dates the memo, so its weekdays count
    from it; it is no event, and the header lines around it do not hide it."""
    memo = (
        "DATE: 3 March 2031 (Monday)\nFROM: Facilities Office, East Campus\nTO: All staff\n"
        "SUBJECT: CANTEEN WORKS IN BUILDING 4\nREF: FAC/2031/118\n\n"
        "The canteen will close on Friday for repairs."
    )
    assert {event.date.text: event.status for event in draft(memo)} == {"2031-03-07": "tentative"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sheep fair takes place in September every year.", []),
        ("The mill shuts on 1 August each year for repairs.", []),
        # a month with its own year stays dated, whatever follows
        ("In June 2029 every year group sat the new test.", ["2029-06"]),
        ("The mill shut in August 2029.", ["2029-08"]),
    ],
)
def test_a_month_before_every_year_is_the_habit_s_month_not_this_year_s(
    sentence: str, expected: list[str]
) -> None:
    """ "in September every year" says when the habit comes back, as "every year in
    September" does; neither names the September of the year of publication, and the habit
    its months tell is no event."""
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date named only to be corrected, and the paper's own piece named by its day
        ("The bridge opened on 12 May 2030, not 13 May 2030 as we reported.", ["2030-05-12"]),
        ("A review on Friday misnamed the conductor of the Vale Choir.", []),
        ("The vote was held in March 2030 rather than in April 2030.", ["2030-03"]),
        # a docket's or a law's number names its year
        (
            "HIGH COURT OF ARDEN\nCivil Appeal No. 12 of 2030\n\n"
            "The appeal was heard on 4 May 2031.",
            ["2031-05-04"],
        ),
        # a reference list's entry names its year of publication, no event
        ("2. Serra, L. (1998). Salt Roads of the North. Bergen: Fold, pp. 4-19.", []),
        # a number that labels a room or an item is no day of a range
        (
            "Salt and Iron\nHalvard Museum, Gallery 3 - 14 March to 27 July 2031\n\n"
            "The museum shows the forges of the coast.",
            ["2031-03-14/2031-07-27"],
        ),
        ("The fair ran from 3 - 14 March 2030.", ["2030-03-03/2030-03-14"]),
        # a record's own line, with more of its fields after a bar
        (
            "TRANSCRIPT - Harbour Voices, episode 12\n"
            "Recorded 02.03.2031 | Running time 00:51:12\nGuest: Ana Ruiz, harbour pilot\n\n"
            "Q: When did you start?\nRUIZ: I took my licence in 2009.",
            ["2009"],
        ),
    ],
)
def test_dates_named_without_anything_happening_on_them(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit of every second or alternate weekday
        ("Our volunteers meet every second Wednesday at the office.", []),
        ("The club meets on alternate Wednesdays.", []),
        # a habit's months, every one listed after "each"
        ("The panel meets twice a year, each April and October.", []),
        # a byline's date, and a report's next issue
        ("INTERVIEW\nInterview by Ana Lind, 2 March 2031. Edited for length.", []),
        ("Next update: 13 February 2031", []),
        # a year naming a law, session laws, and the period dates are for
        ("The court relied on the 2019 constitution.", []),
        ("Governor signed (Chapter 214, Laws of 2030).", []),
        ("Term dates for 2031-32 are on the website.", []),
        # an encyclopedia page's edit line, a report's period
        (
            "History\nThe town was founded in 1150.\n\nThis page was last edited on 2 March 2030.",
            ["1150"],
        ),
        ("Reporting period: June 2030\n\n1. The team met the mayor on 3 June.", ["2030-06-03"]),
        # a notice's own lines: sent, issued, filed, published in a gazette, a banner, an issue
        (
            "NORTHWIND AIR\nSent: 10 September 2030\n\nYour flight was moved on 2 May 2029.",
            ["2029-05-02"],
        ),
        ("Notice issued 3 March 2031\n\nThe bridge closed on 2 May 2029.", ["2029-05-02"]),
        ("Published in the Official Gazette on 20 January 2031.", []),
        ("Broadcast: Monday 15 September 2031, 07:40", []),
        ("Decided: September 16, 2031", []),
        ("For immediate release - 14 May 2031", []),
        ("Village newsletter · Issue 212 · October 2030", []),
        # a work's title that ends on the span of years it covers
        ("AMBER AND SALT: PAINTERS OF THE BALTIC, 1860-1920", []),
        # people and things a year names: a captain, a runner-up, a building's part
        ("The winner was the son of their 1971 cup-winning captain.", []),
        ("Its old boys include the 1988 Grand National runner-up Tamsin Bay.", []),
        (
            "A new stand, replacing the 1926 pavilion's upper deck, is due to open in 2032.",
            ["2032"],
        ),
        # a label's shelf life, and a batch's days made after it
        ("Pack: 250 g. Best before: 30 May 2031 and 6 June 2031.", []),
        (
            "BROOK FOODS RECALLS OAT BARS\n\nBrook Foods is recalling its oat bars.\n\n"
            "Product details\nPack size: 500 g\nBest before: 30/06/2031\n"
            "Batch codes: L12 to L19 (made between 2 and 9 March 2031)\n",
            ["2031-03-02/2031-03-09"],
        ),
        # a law report's pages and its year, and a section of a code
        (
            "OPINION\n\nThe tenant sued under 42 U.S.C. Sec. 1983 on 3 March 2030. See Ortega "
            "v. Brandt, 512 F.3d 1996, 2001 (4th Cir. 2008); Kessler v. Rowe, 289 N.C. 1979 "
            "(1976); Linwood v. Hale, 311 Wb. 2d 440, 447 (2011).",
            ["2030-03-03"],
        ),
        # a printed work's columns and pages, a measure, an index's base, a book a year names
        ("Hansard, Vol. 712, cols 2014-2046.", []),
        ("See pp. 1998-2003 of the report.", []),
        ("The camera takes 2048 x 2048 pixel frames.", []),
        ("The price index was rebased to 2015=100 in February 2031.", ["2031-02"]),
        ("A consultation on moving to a 2030 base closes on 28 June 2031.", ["2031-06-28"]),
        ("Evensong follows the 1662 Book of Common Prayer.", []),
        # a win not had since a year: the last one is told only in passing
        ("The club has not won a trophy since the 2019 cup final.", []),
        ("The Falcons have never beaten Northport since 2016.", []),
        ("The road has not been repaired since 2019.", ["2019/.."]),
        # a season named by its two years, unless it is when something happened
        ("Subscribers to the 2031/32 season have priority booking.", []),
        ("Timetable 2031/32 available online.", []),
        ("The club won the cup in the 2029/30 season.", ["2029/2030"]),
        # ... but a col is a pass
        ("We will attempt the col on the 17th of May 2031.", ["2031-05-17"]),
        # "N years ago today" is the day itself, said again in full after it
        ("Forty years ago today, on 1 April 1991, the lifeboat station opened.", ["1991-04-01"]),
        ("Ten years ago today the new pier opened.", ["2021-04-01"]),
        # a holiday before the day that gives it in full, and a season a colon says closer
        ("The New Year's Day swim on 1 January 2032 starts at noon.", ["2032-01-01"]),
        (
            "Next spring we go further: our tour runs from 3 to 9 April 2032.",
            ["2032-04-03/2032-04-09"],
        ),
    ],
)
def test_named_periods_habits_and_page_lines_are_no_events(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level of a quantity over a period, compared with the years since
        ("Grain exports last year were the highest since 2011.", []),
        ("Ferry traffic this summer was the lowest since 2009.", []),
        ("The storm this year was the worst since 1953.", ["2031"]),
        # counts of people or things, any superlative, a pronoun telling of them again
        ("Enrolment in the 2029-30 academic year was the highest since 1990.", []),
        ("Traffic at the crossing in 2029 was the busiest since 2019.", []),
        ("Appeals rose, and in 2030 they were the most numerous since 2016.", []),
        ("In 2030 they were the first club to win the cup twice.", ["2030"]),
        # a level a year set, things told by when they hold, a head line's update
        ("Annual inflation remains well below its 2028 peak.", []),
        ("Timetables valid from 14 December are available at stations.", []),
        ("The new fares are valid from 1 March 2031.", ["2031-03-01"]),
        # a statute's edition, amendments, a register and an agreement named by their year
        ("It replaces the 2019 coalition agreement, signed on 3 May 2030.", ["2030-05-03"]),
        ("The court upheld an assessment under ORS 308.205 (2029). We affirm.", []),
        ("Taxpayer argues that the court misread the 2029 amendments.", []),
        ("Voter lists are compiled from the 2030 consular register.", []),
        # the release itself, and a weekly habit from a month on
        ("This press release contains forward-looking statements.", []),
        ("The Gulls play their home games every Friday and Sunday from October.", []),
        # things of a kind told by when they were made, a census named by its year, a
        # case's year, a headline's level
        ("Passports issued before 2012 do not have a chip.", []),
        ("The pier was built in 1987.", ["1987"]),
        ("Population (2021 census): 8,904", []),
        ("It cited the results of the 2030 Population and Housing Census.", []),
        ("Under the rule of Harlow v. Benton (1998), the claim fails.", []),
        ("Road deaths in first quarter lowest since 2009", []),
        # an assessment, a baseline and a declaration named by their year
        ("Results of the 2030 national learning assessment remain below the 2018 baseline.", []),
        ("Recalling the 2022 Tallinn Declaration on Green Shipping Corridors,", []),
        # a signature, a situation report's period after its number, use-by dates
        ("Martin Greaves Chairman 30 June 2031", []),
        ("The affected packs carry use-by dates up to and including 20 August.", []),
        # a page's list of its sources
        ("Sources: parish registers of Heptonstall; 1841 and 1851 censuses.", []),
        # a plan given up for another
        ("The probe, originally planned for 2029, is now due by 30 June 2031.", ["../2031-06-30"]),
        ("The vote, initially scheduled for 3 May, was held on 10 May 2030.", ["2030-05-10"]),
        # a share compared with an earlier survey, and a scope of a comparison
        ("Otters were seen at 30% of sites, against 52% in the survey of 2019.", []),
        ("The 1910 census counted 9,000 people, the highest figure before 1990.", []),
        # a minister's written question asks
        ("To ask the Secretary of State how many grants have been paid since 2028.", []),
        ("Figures for April 2031 onwards will be published next quarter.", []),
        ("Answered by Minister Ann Lowe, 10 March 2031", []),
        ("References\n1. ^ Varga, P. (1988). Charters of the Drava. p. 14.", []),
    ],
)
def test_levels_comparisons_questions_and_references_date_no_event(
    text: str, expected: list[str]
) -> None:
    assert _dates(text) == expected


def test_where_and_when_a_record_was_made_is_no_event() -> None:
    text = (
        "ORAL HISTORY\nRecorded in Almaty, spring 2030.\n\n"
        "Q: When?\nA: The museum opened on 3 May 2029."
    )
    assert _dates(text) == ["2029-05-03"]


def test_a_head_line_s_update_in_brackets_is_the_page_s_own_date() -> None:
    text = (
        "RIVER RIGHTS WATCH - CASE BRIEFING\nAnna Kerr, union leader (updated 3 April 2031)\n\n"
        "Anna Kerr was arrested on 16 September 2030."
    )
    assert [event.date.text for event in draft(text, published="2031-04-03")] == ["2030-09-16"]


def test_a_correction_s_account_of_the_error_dates_nothing() -> None:
    """A corrections column: what a piece wrongly said names no event, nor does it take the
    column's date; the correction after it stays."""
    text = (
        "Corrections and clarifications\n\nSaturday 14 February 2031\n\n"
        "- A preview said the Linden Folk Festival would return on 12 June. Organisers say it "
        "will take place from 19 to 21 June.\n\n"
        "- An obituary of the architect Rosalind Meath (4 February, page 44) gave her year of "
        "birth as 1938. She was born in 1937.\n"
    )
    assert sorted(event.date.text for event in draft(text)) == ["1937", "2031-06-19/2031-06-21"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another body's report is news, not a correction
        (
            "A report by Human Rights Watch said soldiers killed 12 villagers on 3 March.",
            ["2031-03-03"],
        ),
        # a past's own future, an invitation, a book's publication, a volume released
        ("On 3 March the ferry, which would later sink, left port.", ["2031-03-03"]),
        ("She was invited to the reception on 12 March.", ["2031-03-12"]),
        ("Published in 1859, the book sold out in a day.", ["1859"]),
        ("Volume 2, released on 3 March 2030, sold 10,000 copies.", ["2030-03-03"]),
        # "they" with no count, records that are things, the adjective "last"
        ("In March they were the most popular band in the country.", ["2031-03"]),
        ("The 2020 floods destroyed records at the town hall.", ["2020"]),
        ("The last planned meeting takes place on 12 June.", ["2031-06-12"]),
        # a month before a name, a sale in a year, a count after a month
        ("Friends gathered around June Carter on 3 March 2030.", ["2030-03-03"]),
        ("Ministers sold in 2019 the state airline.", ["2019"]),
        ("By June 1200 had signed up.", ["../2030-06"]),
    ],
)
def test_ordinary_sentences_the_narrower_rules_leave_alone(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


def test_a_doubt_ends_where_its_speaker_is_named() -> None:
    text = "It is unclear whether the ceasefire will hold, officials said on Monday."
    assert _dates(text) == ["2031-03-31"]


def test_a_reporting_period_after_a_report_s_number_is_its_time() -> None:
    text = (
        "CHOLERA OUTBREAK - MANGOCHI DISTRICT\n"
        "Situation Report No. 7 | Reporting period: 1-28 February 2031\n\n"
        "- No deaths have been recorded since 20 February."
    )
    assert [event.date.text for event in draft(text)] == ["2031-02-20/.."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in" before the rough word makes an old number a time, whatever follows
        ("The first kiln was fired in about 1541 by potters from Delft.", ["1541~"]),
        # "more than" after a year is no count of it
        ("By 1900 more than four hundred weavers worked in the valley.", ["../1900"]),
        # "read-only" is no "only since"
        ("The old catalogue has been read-only since 2 May 2024.", ["2024-05-02/.."]),
        # a doubt reaches the date across a long clause of its own verb
        (
            "The monks possibly carried the relics of the saint to the new abbey church at "
            "Lindholm in 1102.",
            ["1102?"],
        ),
        # a life's first after "Born", a year opening a line with a quoted title
        ("Born 1954 in Tromsø, Norway", ["1954"]),
        ('2016  "Harbour Lights: Photographs of the North Sea"', ["2016"]),
        # a year after a place that closes a provenance's entry; a statute's year is none
        ("by descent to his son, Aldo Ferri, Milan, 1962;", ["1962"]),
        ("The claim was barred under the Limitation Act, 2012;", []),
        # a comparison with last year, and a habit's months, date nothing
        ("Sowed the beans on 2 April, ten days earlier than last year.", ["2025-04-02"]),
        ("As every year, the ferry runs a night service in July and August.", []),
    ],
)
def test_years_read_and_not_read_by_the_words_around_them(text: str, expected: list[str]) -> None:
    """A number is a year, or a date is an event, by the words around it."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-05-03")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head's fields on one line, one of them the notice's own day
        (
            "CONTRACT NOTICE - SUPPLIES\nNotice dispatched: 10 March 2025      Reference: "
            "RW-2025/12\n\nTenders must be received by 14 April 2025.",
            ["../2025-04-14"],
        ),
        (
            "FIELD REPORT\nTeam: Delta | Date of report: 22 November 2024\n\n"
            "The team reached the camp on 18 November 2024.",
            ["2024-11-18"],
        ),
        # a field of news beside the notice's own day stays
        (
            "TENDER\nOpening of tenders: 15 April 2025, Date of notice: 3 March 2025\n\n"
            "The contract covers two years.",
            ["2025-04-15"],
        ),
        # signatures: a place and a day over a name and a role, a role of a body, a unit
        (
            "The board approved the accounts on 2 March 2025.\n\nBergen, 18 March 2025\n"
            "Kari Holm, Deputy Registrar",
            ["2025-03-02"],
        ),
        (
            "The board approved the accounts on 2 March 2025.\n\n"
            "Anders Berg Chair of the Board Bergen, 13 March 2025",
            ["2025-03-02"],
        ),
        (
            "Fuel prices will rise on 1 April 2025.\n\nIssued by the Press Office, 7 February 2025",
            ["2025-04-01"],
        ),
        # a field after a section's number, a masthead's issue, a notice named by its day
        (
            "Two ambulances will be bought in 2026.\n\nSection VI: Complementary information "
            "VI.5 Date of dispatch of this notice: 5 September 2025",
            ["2026"],
        ),
        ("The hall reopened on 3 May 2025.\n\nMay 2025 | Issue 88", ["2025-05-03"]),
        ("Notice of 20 November 2025\n\nThe ferry stopped on 3 November 2025.", ["2025-11-03"]),
    ],
)
def test_a_document_s_own_lines_date_nothing(text: str, expected: list[str]) -> None:
    """A head's date field among others, a signature and an issuing line are the
    document's own record of itself, no event, at the head or at the foot of a long text."""
    assert sorted(drafted_events("Notice\n\n" + text)) == expected
    body = "\n\n".join(["The notice is sent to every member of the association."] * 9)
    assert sorted(drafted_events(f"Notice\n\n{body}\n\n{text}")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The licence was suspended on 3 July 2017 under the 1996 Fisheries Act.", ["2017-07-03"]),
        ("Her third atlas won the 1980 Nordic Language Prize.", []),
        (
            "The assembly will vote on the 2030 host on 30 September.",
            ["2026-09-30"],
        ),
        ("Buses run every Monday, Wednesday, Friday and Sunday.", []),
    ],
)
def test_a_year_in_a_name_and_a_habit_s_weekdays_date_nothing(
    text: str, expected: list[str]
) -> None:
    """ "the 1996 Fisheries Act", "the 2030 host" name things by a year; weekdays listed
    after "every" are a habit's."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2026-09-22")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an old year after "by", and a year that names a series or a year group
        ("A timber bridge stood on the ford here by 1150.", ["../1150"]),
        ("Membership of the guild increased by 1450.", []),
        ("The abbey appears on the 1873 series of county banknotes.", []),
        ("The Class of 1980 met again on 14 June 2025.", ["2025-06-14"]),
        # "since" before a clause of its own: the clause's year is a point
        (
            "The choir sings in the old mill, its home since the choir moved there in 2011.",
            ["2011"],
        ),
        # a time of day between a deadline and "at the latest"
        ("Last day for entries: 2 May 2025, 17:00 at the latest.", ["../2025-05-02"]),
        # a masthead's number and month
        (
            "Parish Letter No. 42 | November 2024\n\nThe hall reopened on 3 November 2024.",
            ["2024-11-03"],
        ),
        # a doubt stops at "but was"
        (
            "The organ was possibly built in 1790 but was not installed until 1802.",
            ["1790?", "1802"],
        ),
        # the days of the year a habit keeps
        ("Interest is payable each 30 June and 31 December.", []),
    ],
)
def test_more_years_and_days_read_by_the_words_around_them(text: str, expected: list[str]) -> None:
    """Old years after "by", years that only name, a clause after "since", a deadline's
    hour, a masthead, a doubt's end and a habit's days."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-06-20")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I try to observe every clear Friday.", []),
        ("Opening times: Monday 9am-5pm; Saturday 10am-1pm.", []),
        ("The board approved the 2025-26 school calendar on 14 January 2025.", ["2025-01-14"]),
        ("Copies of the 2025 Lakeside Anthology are on sale at the door.", []),
        ("Lund, P. Tides of the delta. Coastal Studies 41, 233-249 (2024).", []),
        ("The ministry has set the herring quota at 12,000 tonnes for 2026.", []),
        ("Supply of atlases for secondary schools, school year 2026/27.", []),
        ("1968 – From 1968 onwards the press prints the city directory.", ["1968/.."]),
        (
            "The survey took place from 4 to 9 May 2022, not from 4 to 9 June 2022 as printed.",
            ["2022-05-04/2022-05-09"],
        ),
    ],
)
def test_habits_names_citations_and_figures_date_nothing(text: str, expected: list[str]) -> None:
    """A habit's weekday after an adjective or a timetable's label, a year that names a
    calendar or an anthology, a journal's reference, a quota set for a year, the year a
    supply is for, an entry's head restated, and a date a correction denies."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-11-28")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CLUB NEWS No. 88 April 2025\n\nThe boathouse reopened on 2 April 2025.", ["2025-04-02"]),
        ("Training every Tuesday evening and Saturday morning.", []),
        ("Its free Sunday concerts run all summer.", []),
        ("Fees for 2025/26 are due at the meeting.", []),
        ("Money for the 2029 cycle must be found early.", []),
        ("The ruling follows the 2019 sector inquiry into cement.", []),
        # a deadline stays one though a "when" clause follows it
        (
            "The firm left the cartel no later than 30 June 2020, when its director resigned.",
            ["../2020-06-30"],
        ),
        # a doubt reaches a date set off by a comma
        (
            "The pilot had probably flown the route before, in September 2024, though no log "
            "shows it.",
            ["2024-09?"],
        ),
    ],
)
def test_a_club_s_habits_fees_and_inquiries_date_nothing(text: str, expected: list[str]) -> None:
    """A masthead's number and month, weekdays of a habit, the year a fee or a cycle is
    for, an inquiry named by its year; a deadline and a doubt keep their marks."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-04-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timeline's entry whose head year its text restates, with a day or a doubt
        ("1911 - The first tram leaves the works for Graz on 2 March.", ["1911-03-02"]),
        ("1999 – The web shop opens, probably in 1999 (records are incomplete).", ["1999?"]),
        # a doubt in brackets after the day of an entry
        (
            "The harbour closed on 2 October 2022.\n\nOct 19, 2022 (possibly) - A third boat is "
            "seized off Bari.\n\nOct 25, 2022 - The crew is freed.",
            ["2022-10-02", "2022-10-19?", "2022-10-25"],
        ),
        # names of a prize, an exchange of notes; a level of throughput
        ("She won the 1985 Reporter of the Year award.", []),
        ("The treaty replaces the 1998 Exchange of Notes on Visas.", []),
        ("Cargo throughput in the first quarter was the highest since 2015.", []),
        # a release's banner after its date, a blog's month navigation, a notice's title
        (
            "The museum reopened on 3 September 2024.\n\n12 September 2024 - for immediate release",
            ["2024-09-03"],
        ),
        ("The lamp failed on 4 June 2019.\n\n« May 2019 | July 2019 »", ["2019-06-04"]),
        ("Title: School transport 2025–2029", []),
    ],
)
def test_entries_names_and_a_page_s_own_lines(text: str, expected: list[str]) -> None:
    """An entry's head year restated, a doubt after an entry's day, names and levels by a
    year, and a page's own lines."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-04-17")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CV's name over its "Born" line: the birth is a fact, not the page's date
        (
            "CURRICULUM VITAE\n\nHelena Marta Lind-Berg\nBorn 14 August 1961 in Bergen, Norway\n\n"
            "CAREER\n1987–1991   Attaché, Embassy in Vienna",
            ["1961-08-14", "1987/1991"],
        ),
        # a collection moved to a day is a new day, no bound
        ("Notes\n\nThe bin collection will be moved to Saturday 15 February.", ["2025-02-15"]),
        # a state since a year, however long "than necessary"
        ("Notes\n\nThe firm has kept the data for longer than necessary since 2018.", ["2018/.."]),
        # a film's year and director, a habit's season
        ("Notes\n\nThe Salt Orchard (1962, dir. Leni Kovac) closes the season.", []),
        ("Notes\n\nWe meet every other Thursday from October to March.", []),
    ],
)
def test_a_life_s_first_line_moved_days_states_and_a_film_s_year(
    text: str, expected: list[str]
) -> None:
    """Each as a careful reader takes it."""
    assert sorted(drafted_events(text, published="2025-02-11")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crossing was converted to automatic half barriers in 1989.", ["1989"]),
        ("Fri 17 & Sat 18 Oct - The Havel Brothers play Monk.", ["2025-10-17", "2025-10-18"]),
        ("A brine pit is named in a charter of about 1180.", ["1180~"]),
        (
            "The outbreak occurred probably in 2019, but records from that year are lost.",
            ["2019?"],
        ),
    ],
)
def test_half_a_programme_s_two_days_an_old_charter_and_that_year(
    text: str, expected: list[str]
) -> None:
    """ "half barriers in 1989" compares nothing; "17 & Sat 18 Oct" are two days; "a
    charter of about 1180" is a rough year; "from that year" restates the year."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-09-01")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit's words only where they make one: each of these is one day
        ("Each country on Monday submitted its plan.", ["2025-05-05"]),
        ("The Sunday talks ended without agreement.", ["2025-05-04"]),
        ("Visiting hours: the ward reopens to visitors on Monday.", ["2025-05-12"]),
        ("The mayor, who turns 60 on 3 June, will retire next year.", ["2025-06-03", "2026"]),
        ("The government has approved the plan on 20 June.", ["2024-06-20"]),
        ("The two sides meet again after they drew on Saturday.", ["2025-05-10"]),
        ("England won the 2019 series against Australia.", ["2019"]),
        ("«We will reopen on 5 June», the mayor said.", ["2025-06-05"]),
        ("Title: School transport 2025-2029 was awarded on 3 March.", ["2025-03-03"]),
        ("The petition was signed by 1450.", []),
    ],
)
def test_ordinary_sentences_the_rules_of_this_round_leave_alone(
    text: str, expected: list[str]
) -> None:
    """Sentences a review tried on the rules for habits, asides, the present perfect,
    timetables, names, page lines and old years: each reads as a reader takes it."""
    assert sorted(drafted_events("Notes\n\n" + text, published="2025-05-10")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shire council sets 2031/32 budget",
        "Comments on the draft 2031-32 budget close on 9 January 2031.",
    ],
)
def test_a_budget_s_years_only_name_it(text: str) -> None:
    assert "2031/2032" not in drafted_events(text, published="2030-12-01")


def test_an_issued_line_dates_the_bulletin_and_heads_no_entry() -> None:
    """ "Issued: ..., 18:00 local time" under a bulletin's title is the day it bears: its
    weekdays count from it, and the reference line under it is no event."""
    text = (
        "RIVER ISKAR FLOODS\nBulletin No. 4\nIssued: 12 May 2031, 18:00 local time\n"
        "Ref: FB-31-0512\n\n"
        "The river peaked on Saturday. Schools will reopen on Thursday.\n"
    )
    assert set(drafted_events(text)) == {"2031-05-10", "2031-05-15"}


def test_a_history_s_submitted_on_is_a_fact() -> None:
    text = "Application 31/0042/FUL - a new shopfront. Submitted on 14 January 2031."
    assert list(drafted_events(text)) == ["2031-01-14"]


def test_a_log_s_number_before_its_day_is_no_span() -> None:
    """ "Callout 17/31 - 4 May" is a numbered callout on 4 May, not a span from the 31st."""
    text = (
        "Penwyn Rescue Team: callout log\n\n"
        "Callout 17/31 - 4 May\nTwo walkers were found on the ridge at 16:20."
    )
    assert list(drafted_events(text, published="2031-06-01")) == ["2031-05-04"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bulleted chronology is no news list: its line after a date is the entry
        (
            "Our year\n\n* 3 May 2024\n* Ground broken for the new library\n* 10 June 2024\n"
            "* Roof completed on time\n",
            None,
            {"2024-05-03": None, "2024-06-10": None},
        ),
        # a season in review, and a life's career after a sentence naming a season, are history
        (
            "Season 1997/98 in review\n\nThe club was promoted on 2 May 1997.\n\n"
            "9 August 1997: a 3-0 win at home to Leeds.\n\n"
            "2 May 1998: relegation on the final day.\n",
            None,
            {"1997-05-02": None, "1997-08-09": None, "1998-05-02": None},
        ),
        (
            "Harold Pike (1921-1994)\n\nPike spent one season at Rovers before the war. He was "
            "born in Leeds on 3 May 1921.\n\nCareer\n\n1946: joins Leeds United.\n\n"
            "1952: moves to Hull City as captain.\n",
            None,
            {"1921-05-03": None, "1946": None, "1952": None},
        ),
        # a century is no day of the month; a register's name is no dateline
        ("The hall had been rebuilt by the 18th-century owners.", "2031-03-10", {}),
        (
            "Burials in St Mary churchyard\n\nSmith, John Henry, 4 May 1890 - 2 June 1950, farmer "
            "of Low Moor.\n",
            None,
            {"1890-05-04/1950-06-02": None},
        ),
        # a fair's "Held on" line is the fair
        (
            "Ashby Summer Fair\n\nHeld on Saturday 5 July 2031 on the village green\n\n"
            "The fair raised 400 pounds.",
            None,
            {"2031-07-05": None},
        ),
    ],
)
def test_the_review_s_sentences_keep_their_reading(
    text: str, published: str | None, expected: dict[str, str | None]
) -> None:
    events = drafted_events(text, published=published)
    assert {value: status for value, (_, status) in events.items()} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" of a state that goes on: these days, not the day
        ("The aquarium opened in 1961 and today cares for 300 species.", ["1961"]),
        ("Today the old mill houses a printing museum.", []),
        ("Today, the cooperative has more than 2,000 members.", []),
        # "today" of something done that day
        ("The harbour board today announces a new ferry route.", ["2031-04-01"]),
        ("Today the council has approved the budget.", ["2031-04-01"]),
        # a habit quoted with the day it paid off
        ('"We drill every Tuesday, and today it paid off," the coach said.', []),
        ('"We test the pumps every Saturday, and it worked last weekend," she said.', []),
        ("The ferry sails every day, but today it was cancelled by the storm.", ["2031-04-01"]),
        # a heading of these days
        ("History\n\nThe mill was built in 1820.\n\nHarnwick today\n\nIt makes paper.", ["1820"]),
    ],
)
def test_today_of_a_state_is_these_days(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news of the day with "today", and a quoted habit followed by an event of the day
        ("The harbour board today holds its annual meeting.", ["2031-04-01"]),
        ("The minister today has a meeting with union leaders.", ["2031-04-01"]),
        ('"We meet every Monday, and today we voted to strike," the rep said.', ["2031-04-01"]),
        # a decade or a year before an event's noun is the event's time
        ("The 1990s recession hit the coalfield hard.", ["1990/1999"]),
        ("The 1929 crash's effects lasted a decade.", ["1929"]),
        # "-ed" after "to" and a place is a past
        ("Flights to Paris resumed on 14 April.", ["2030-04-14"]),
        # initials end a sentence before a word; a law report's before a number
        ("She grew up in Washington D.C. In 1990 she moved to Boston.", ["1990"]),
        # days abbreviated with a stop are no law report
        (
            "The miners struck on 12 Jan. 1990, 4 Feb. 1991 and 7 Mar. 1992.",
            ["1990-01-12", "1991-02-04", "1992-03-07"],
        ),
        # a holiday restated after a comma
        ("On Christmas Day, 25 December 1914, soldiers played football.", ["1914-12-25"]),
        # "this year" after the entry's clause is the text's year
        ("2015 - The club won the league; this year it is bottom of the table.", ["2015", "2031"]),
    ],
)
def test_the_review_s_sentences(text: str, expected: list[str]) -> None:
    assert sorted(_dates(text)) == sorted(expected)


def test_today_s_is_no_day_of_years_ago_today() -> None:
    assert "2021-04-01" not in _dates("Ten years ago, today's champion was unknown.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release's number that looks like a day; a day written the same way still is one
        ("The final update, build 8.4.2019, will be published on 10 June.", ["2031-06-10"]),
        ("The plant opened on 8.4.2019.", ["2019-04-08"]),
        # a day of every year, a car's model years, a code's section and edition
        ('Water was to reach the mill "no later than April 1 of each year".', []),
        ("It recalls 38,400 hatchbacks of model years 2023 and 2024.", []),
        ("Grain left would be sold under Section 80-4-612, MCA (1997).", []),
        ("The 2019 model year was launched in May 2018.", ["2018-05"]),
        # a society, a cup's break and an asteroid named by a year
        ("Members of our scheme, the 1950 Society, receive priority booking.", []),
        ("He would not be drawn on the club's plans for the 2026 World Cup break.", []),
        ("The probe entered orbit around 2011 QV4 on 9 June 2023.", ["2023-06-09"]),
        ("The 1884 Society was founded in 1884.", ["1884"]),
        # a ruling's own day among its fields, after the record's other fields
        ("Judgment date: 26 March 2025", []),
        (
            "Dr Alan PENNICK GMC reference number: 7034512 Case reference: MPT-2023-118 Date "
            "of determination: 7 November 2023",
            [],
        ),
    ],
)
def test_numbers_names_and_a_ruling_s_own_day(text: str, expected: list[str]) -> None:
    assert sorted(_dates(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's and a panel's own lines; the next update after a contact line
        ("Opinion delivered and filed: March 12, 2024", []),
        ("Decision released: 8 April 2025", []),
        ("Summary published: 19 April 2024", []),
        ("Floodline: 0300 555 0192 (24 hours) Next update: 12:00 today", []),
        ("The decision was released on 8 April 2025.", ["2025-04-08"]),
        # a report's period after the body's name, a table's covering dates
        ("1st Ashby Scout Group Annual Report 2024-25", []),
        ("Covering dates – 1778-1846", []),
        # rules of a year, a season's contest, men of a war, a poster's quoted name
        ("It was adopted in accordance with Rule 34 of the Standing Orders of 2019.", []),
        ("The case falls under the UNCITRAL Arbitration Rules (2013).", []),
        ("It secures a place in the qualifying rounds of the 2025-26 Europa League.", []),
        ("The names of the men of 1939-45 were added in 1949.", ["1949"]),
        ('Their best-known poster, the "Parade of 1900", is now held by the museum.', []),
        # seasons and days a habit keeps
        ("Trip boats run daily from the basin between May and September.", []),
        ("Nowadays the circus tours Britain from March to November with a cast of 34.", []),
        ("A service is held at the cross on the second Sunday of every November.", []),
        (
            '"Every Monday we do the same drills for the last two minutes, and today it paid off."',
            [],
        ),
        ("He arrived between May and September 2019.", ["2019-05/2019-09"]),
    ],
)
def test_a_ruling_s_lines_names_of_a_year_and_seasons_of_a_habit(
    text: str, expected: list[str]
) -> None:
    assert sorted(_dates(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "We review de novo. Grafton v. Ohio Edison Co., 77 Ohio St.3d 102, 105 (1996).",
        "Gross issuance in 2024 totalled EUR 41.2 billion, the highest since 2012.",
        "Government bond auction calendar: second quarter 2025",
    ],
)
def test_a_case_s_report_a_figure_in_a_currency_and_a_calendar_s_period(text: str) -> None:
    assert _dates(text) == []
