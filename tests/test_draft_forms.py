"""The written forms of a date the draft reads, one short sentence each, and the numbers
that look like years and are no date.

A sweep over the forms real texts use (orders of day and month, separators, ordinals,
decades, seasons, quarters, fiscal years, spans, lists, bounds, relative and anchored
dates, approximate and doubted ones), so that a form the grammar misses shows as one row.
Dates are resolved against Wednesday 14 November 2012; anchored rows count from Monday
3 May 2010, the date named before them.
"""

from __future__ import annotations

from datetime import date

import pytest

from kztimeline.draft import draft
from kztimeline.draft.normalise import find_dates
from kztimeline.edtf import parse_date, parse_partial_date

PUBLISHED = date(2012, 11, 14)  # a Wednesday
ANCHOR = parse_partial_date("2010-05-03")  # a Monday

DAYS = [
    ("The probe arrived on Aug. 6, 2014.", ["2014-08-06"]),
    ("The probe arrived on 6th August 2014.", ["2014-08-06"]),
    ("The probe arrived on August 6th, 2014.", ["2014-08-06"]),
    ("The probe arrived on 6 Aug 2014.", ["2014-08-06"]),
    ("The probe arrived on 2014-08-06.", ["2014-08-06"]),
    ("The probe arrived on 2014/08/06.", ["2014-08-06"]),
    ("The probe arrived on 6.8.2014.", ["2014-08-06"]),  # dots: the day comes first
    ("The probe arrived on 06/08/2014.", []),  # either order could be meant
    ("The ruling came on Christmas Day 2010.", ["2010-12-25"]),
    ("The ruling came on New Year's Eve 2010.", ["2010-12-31"]),
    ("The ruling came on New Year’s Day 2011.", ["2011-01-01"]),
    ("The fire broke out in the early hours of 3 May 1950.", ["1950-05-03"]),
    # A year before a noun gives way to the closer date of the same thing.
    ("The 1995 constitution was adopted on 30 August 1995.", ["1995-08-30"]),
    ("The 2011 law took effect in 2012.", ["2011", "2012"]),
    ("The vote came on the weekend of 3-4 May 2010.", ["2010-05-03/2010-05-04"]),
]  # fmt: skip

PERIODS = [
    ("The party grew in the 1990s.", ["1990/1999"]),
    ("The party grew in the early 1990s.", ["1990/1999"]),
    ("The band was popular in the '90s.", ["1990/1999"]),
    ("The town grew in the 1800s.", ["1800/1899"]),  # a century, not a decade
    ("The reform was announced in mid-2015.", ["2015"]),
    ("Production started in early March 2010.", ["2010-03"]),
    ("The company was founded in late 2019.", ["2019"]),
    ("The temple was rebuilt in the spring of 1998.", ["1998"]),
    ("The city fell in the winter of 1942.", ["1942"]),
    ("The bridge was under construction throughout 2010.", ["2010"]),
    ("Sales fell in Q3 2019.", ["2019-07/2019-09"]),
    ("Sales fell in 3Q 2019.", ["2019-07/2019-09"]),
    ("Sales fell in the third quarter of 2019.", ["2019-07/2019-09"]),
    ("Profits rose in fiscal 2020.", ["2020"]),
    ("Profits rose in FY2020.", ["2020"]),
    ("Profits rose in FY 2021.", ["2021"]),
    ("The club won the league in the 2019/20 season.", ["2019/2020"]),
    ("The club won the league in the 2019-20 season.", ["2019/2020"]),
    ("The harvest of 2008/2009 was poor.", ["2008/2009"]),
    ("The bank launched it in May '10.", ["2010-05"]),
    ("The ruling came in 2010 BC.", []),  # no year of the project's calendar
]  # fmt: skip

SPANS_AND_LISTS = [
    ("The war lasted 1914–1918.", ["1914/1918"]),
    ("The war lasted 1914-18.", ["1914/1918"]),
    ("The festival ran from May to July 2003.", ["2003-05/2003-07"]),
    ("Exports rose 5% in January-March.", ["2012-01/2012-03"]),
    ("Rates were cut in January and March.", ["2012-01", "2012-03"]),
    ("Sales rose in May, June and July 2010.", ["2010-05", "2010-06", "2010-07"]),
    # One year for a list without one, the one that puts all of it where the tense says.
    ("The board met on 15 February, 20 May and 12 December.",
     ["2011-02-15", "2011-05-20", "2011-12-12"]),
    ("The board will meet on 20 December and 5 January.", ["2012-12-20", "2013-01-05"]),
    ("The vote may come in May or June.", ["2013-05?/2013-06?"]),  # one year, one of two
    ("The festival ran between 3 and 5 June 2004.", ["2004-06-03/2004-06-05"]),
    ("Between 2010 and 2015 the population grew.", ["2010/2015"]),
    ("The festival ran 3–5 June 2004.", ["2004-06-03/2004-06-05"]),
    ("The festival ran June 3-5, 2004.", ["2004-06-03/2004-06-05"]),
    ("Floods struck in 2005, 2007, and 2009.", ["2005", "2007", "2009"]),
    ("Prices rose in both 2010 and 2012.", ["2010", "2012"]),
    # A life in brackets after a name: born, died; not a war's or a period's span.
    ("Abai Kunanbayev (1845–1904) was a poet.", ["1845", "1904"]),
    # "c." before a life's span makes the birth approximate, not the death
    ("Ermek Tolen (c. 1872–1931) was a saddler.", ["1872~", "1931"]),
    ("Ermek Tolen (c. 1872 – c. 1931) was a saddler.", ["1872~", "1931~"]),
    ("World War II (1939–1945) was a global conflict.", ["1939/1945"]),
    ("The board met on 3, 5 and 7 May 2011.", ["2011-05-03", "2011-05-05", "2011-05-07"]),
]  # fmt: skip

QUALIFIED = [
    # a deadline named as such, and a round that may not take place at all
    ("The bid was submitted by the deadline of 30 October.", ["../2012-10-30"]),
    ("A possible second round of voting will be held on 2 December.", ["2012-12-02?"]),
    ("The possible causes were studied in 2010.", ["2010"]),
    # "this year" of a timeline's entry is the entry's year
    ("2009 - Since this year the ferry has run on biogas.", ["2009/.."]),
    # a deadline, though a clause of "when" follows it; "until ..., when" names the end's day
    ("The survey will be finished by the end of March 2013, when data will flow.", ["../2013-03"]),
    ("The mill ground grain until 1911, when a flood broke the dam.", ["1911"]),
    ("Output should double by 2030.", ["../2030"]),
    ("The deal is expected to be signed by mid-2024.", ["../2024"]),
    ("The work must be done no later than 31 March 2021.", ["../2021-03-31"]),
    ("The works must be finished by end-March 2013.", ["../2013-03"]),
    ("The vote will take place no earlier than 1 May 2013.", ["2013-05-01/.."]),
    ("The vote will not take place before May 2013.", ["2013-05/.."]),
    ("The vote will come in May 2013 at the earliest.", ["2013-05/.."]),
    # A bare year after a bound of comparison words is a year, not a count.
    ("The refinery is to restart no earlier than 2031.", ["2031/.."]),
    ("The loan must be repaid no later than 2029.", ["../2029"]),
    ("The herd counted no fewer than 1900 head.", []),
    ("The town has held a market since 1555.", ["1555/.."]),
    ("The river has been polluted since at least 2005.", ["2005/.."]),
    ("Roads have been closed since last week.", ["2012-11-05/.."]),
    ("Rescuers have worked since 3 a.m. on Sunday.", ["2012-11-11/.."]),
    ("As early as 2005, officials warned of floods.", ["2005"]),
    ("The plant has run from 2010 onwards.", ["2010/.."]),
    # A bound that is itself approximate.
    ("The ferry sailed daily until sometime around 1968.", ["../1968~"]),
    ("The ferry has sailed daily since about 1968.", ["1968~/.."]),
    ("The mill was shut until c. 1850.", ["../1850~"]),
    # A start and an "until" make a term, unless a clause turning away parts them.
    ("The choirmaster joined in 1981 and stayed until 1999.", ["1981/1999"]),
    ("The choirmaster retired in 1981 but sang until 1999.", ["1981", "../1999"]),
    # A span still open at its end: a CV's or a list's "– present", "to date".
    ("The choir has sung at the abbey from 1998 to the present.", ["1998/.."]),
    ("2011 – present: warden of the nature reserve", ["2011/.."]),
    ("April 2006 to date: editor of the parish newsletter", ["2006-04/.."]),
    ("The reserve was mapped in 2010 to present-day standards.", ["2010"]),
    ("The church was built circa 1200.", ["1200~"]),
    ("The church was built c. 1200.", ["1200~"]),
    ("The church was built ca. 1850.", ["1850~"]),
    ("The church was built c.1850 by monks.", ["1850~"]),
    ("The church was built in approximately 1850.", ["1850~"]),
    ("The church was built around 1850.", ["1850~"]),
    ("The church was built in 1620 or so.", ["1620~"]),
    ("The church was built in roughly 1620.", ["1620~"]),
    # What the text itself doubts.
    ("The church was built probably in 1620.", ["1620?"]),
    ("The church was probably built in 1620.", ["1620?"]),
    ("The church is believed to have been built in 1620.", ["1620?"]),
    ("The church is thought to date from 1620.", ["1620?"]),
    ("The hall was possibly designed in May 1890.", ["1890-05?"]),
    ("The fortress was probably founded in the 1460s.", ["1460?/1469?"]),
]  # fmt: skip

RELATIVE = [
    ("The minister resigned on Tuesday.", ["2012-11-13"]),
    # Weekdays listed after "on" are each a date, in one run of days.
    ("The ferries will stop on Thursday and Friday.", ["2012-11-15", "2012-11-16"]),
    ("The ferries will stop on Wednesday and Friday.", ["2012-11-21", "2012-11-23"]),
    ("The fair is held on the first Sunday of each month.", []),  # a habit
    # A time ago restated by the date it comes to: the date as written, once.
    ("Twelve years ago, on 3 June 2000, the mill burned.", ["2000-06-03"]),
    ("The minister resigned last week.", ["2012-11-05/2012-11-11"]),
    ("The minister resigned yesterday.", ["2012-11-13"]),
    ("The minister resigned the day before yesterday.", ["2012-11-12"]),
    ("The minister will resign the day after tomorrow.", ["2012-11-16"]),
    ("The vote will be held in ten days.", ["2012-11-24"]),
    ("The plant opened on Monday last week.", ["2012-11-05"]),
    ("The plant opened this past weekend.", ["2012-11-10/2012-11-11"]),
    ("The plant opened last summer.", ["2012"]),
    ("The plant opened last autumn.", ["2011"]),  # this autumn is not over
    ("The plant will open next spring.", ["2013"]),
    ("The plant opened at the start of the year.", ["2012"]),
    ("The plant opened in the second half of last year.", ["2011-07/2011-12"]),
    ("The plant will open in the first quarter of next year.", ["2013-01/2013-03"]),
    ("The plant will open in two years' time.", ["2014"]),
    ("The plant closed in two years.", []),  # how long it took, not when
    ("The plant opened two decades ago.", ["1992"]),
    ("Azarenka awaits in Saturday's final.", ["2012-11-17"]),
    ("The strike will last until Friday.", ["../2012-11-16"]),  # "last" is a verb here
    ("Prices rose at the beginning of May.", ["2012-05"]),  # no present tense in "beginning"
    ("The Senate will vote before the end of the month.", ["../2012-11"]),
    ("The minister said that pensions would rise from January.", ["2013-01"]),
    ("Shares have been suspended since January.", ["2012-01/.."]),  # a start is past
    ("Shares have risen 40 percent since January.", []),  # a change by a figure
    ("The bank has cut rates twice, in March and in June.", ["2012-03", "2012-06"]),
]  # fmt: skip

ANCHORED = [
    ("Two weeks later the cabinet fell.", ["2010-05-17"]),
    ("A decade later the cabinet fell.", ["2020"]),
    ("Two decades later the cabinet fell.", ["2030"]),
    ("Twelve years later the cabinet fell.", ["2022"]),
    ("Twenty years later the cabinet fell.", ["2030"]),
    ("Later that year the cabinet fell.", ["2010"]),
    ("The cabinet fell later that month.", ["2010-05"]),
    ("The cabinet fell that same year.", ["2010"]),
    ("The cabinet fell that autumn.", ["2010"]),
    ("The cabinet fell the following Friday.", ["2010-05-07"]),
    ("The cabinet fell the next morning.", ["2010-05-04"]),
    ("The cabinet fell a year earlier.", ["2009"]),
    ("The cabinet fell the day after.", ["2010-05-04"]),
    ("The cabinet fell the day after the vote.", []),  # counted from the vote, not known
    ("The cabinet fell a few days later.", []),  # how many is not said
    ("Nearly 20 years later the cabinet fell.", ["2030~"]),
    ("Forty-one days later the cabinet fell.", ["2010-06-13"]),  # not "one day later"
    ("Forty-one days later, on 11 June, the cabinet fell.", ["2010-06-11"]),  # as written
    # The day written after a count keeps its own qualifier, and the count gives way to it.
    ("Three weeks later, on or about 24 May, the pass reopened.", ["2010-05-24~"]),
    ("Ten days later, around 13 May, the pass reopened.", ["2010-05-13~"]),
    ("Talks resumed on Friday, 7 January.", ["2011-01-07"]),  # the weekday gives the year
    # "took over" is a verb and its particle; "over the following days" a stretch
    ("Her deputy took over the following day.", ["2010-05-04"]),
    ("Prices eased over the following days.", []),
    ("Prices eased over the following month.", []),
]  # fmt: skip

# Numbers that look like years and are none.
NO_DATES = [
    ("The mill produced 2,015 tonnes of steel.", []),
    ("The ship sank at 2015 GMT.", []),
    ("See section 1983 of the code.", []),
    ("Call +7 7172 2012 00 for details.", []),
    ("The 2022 report was cited by the minister.", []),
    ("Exports were the highest since 2008.", []),
    # Any superlative compares, not only the common ones; a noun in -est does not.
    ("It was the rainiest April since 1983.", []),
    ("The port had its busiest week since around 2015.", []),
    ("The harvest festival has been held since 1850.", ["1850/.."]),
    ("The parish priest has served since 1990.", ["1990/.."]),
    ("The canal carried more barges than in any year since 1931.", []),
    ("Grain prices reached levels not seen since 1974.", []),
    ("More than 40 cafés have opened since 2015.", ["2015/.."]),
    ("The index fell 1.5% to 2015.3 points.", []),
    ("Around 2000 protesters marched.", []),
    ("Roughly 1900 delegates signed.", []),
    ("He was 1984 metres up.", []),
    ("The price was $2,012.", []),
    ("The reform came at the turn of the century.", []),  # no span the text fixes
    ("Objects, some dating from c. 1200, are on show.", []),  # the age of things
    ("The church dates from c. 1200.", ["1200~"]),  # when it was built
    ("The law 2010/45 was passed.", []),  # a number, not two years in a row
    ("It reported results for the three months ended 31 March 2012.", []),  # a period's end
    ("Temperatures in the 30s are common.", []),
    ("The union was not consulted, as the Labour Code of 2015 requires.", []),  # a law's name
    ("It broke Article 151 of the Code of Criminal Procedure of 2014.", []),
    ("The Constitution of March 1995 is still in force.", []),
    # a law named by its day is named by the day it was signed: a fact of its own
    ("They welcomed the Treaty of Paris of 10 February 1763 as the end of the war.",
     ["1763-02-10"]),
    ("The Law on Languages of 11 July 1997 made Kazakh the state language.", ["1997-07-11"]),
    # A thing named by the year of its make or its count.
    ("The clerk filled in the 1998 form by hand.", []),
    ("Her 1963 car still runs on the original engine.", []),
    ("The hamlet had 312 residents at the 1911 census.", []),
    ("The 1911 census was taken in April 1911.", ["1911-04"]),
    # A period described or measured as a whole: no fact happened in it.
    ("The 1980s were a decade of strikes in the coalfield.", []),
    ("2016 was a year of consolidation for the mill.", []),
    ("The farm's milk yield for 2011-12 was 6,400 litres a cow.", []),
    ("In 2015 there were 600 members of the rowing club.", []),
    ("Turnover in 2019 was 4.5 million euros.", []),
    ("Membership stood at 1,200 in March 2020.", []),
    ("By 1890 the parish had 2,300 souls.", []),
    ("Ticket sales for 2027 were up 6 percent.", []),
    # ... also a period counted from the publication
    ("Leeds drew 2-2 with Hull in the cup final last year.", ["2011"]),
    ("Network availability this year remains 99.95 percent.", []),
    ("Sales were 3 million units last year.", []),
    ("The school had 300 pupils when it opened in 1902.", ["1902"]),
    # ... but a year that is the time of a fact, or a figure that is news, stays a date.
    ("1991 was the year the tramway closed.", ["1991"]),
    ("The keeper was 70 when he retired in 1999.", ["1999"]),
    ("Wheat stocks reached 2 million tonnes in the first quarter of 2019.", ["2019-01/2019-03"]),
    ("The bridge opened in 1990 and was 400 metres long.", ["1990"]),
    ("The ferry company was sold last year.", ["2011"]),
]  # fmt: skip

ROWS = DAYS + PERIODS + SPANS_AND_LISTS + QUALIFIED + RELATIVE + NO_DATES


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:48] for row in ROWS])
def test_written_forms(sentence: str, expected: list[str]) -> None:
    """Each form gives its date at the precision written, valid EDTF, and nothing else."""
    found = find_dates(sentence, published=PUBLISHED)
    assert [mention.value for mention in found] == expected
    for mention in found:
        parse_date(mention.value)


@pytest.mark.parametrize(("sentence", "expected"), ANCHORED, ids=[row[0][:48] for row in ANCHORED])
def test_anchored_forms(sentence: str, expected: list[str]) -> None:
    """A date counted from the one named before keeps the precision its words carry."""
    found = find_dates(sentence, published=PUBLISHED, anchor=ANCHOR, year_anchor=ANCHOR)
    assert [mention.value for mention in found] == expected


def test_an_old_charter_in_doubt_is_its_year_in_doubt() -> None:
    text = "A deed, perhaps of 1124, names an earlier mill on the site."
    assert [mention.value for mention in find_dates(text)] == ["1124?"]


def test_the_present_before_its_noun_leaves_the_day_closed() -> None:
    """ "12 May 1931 - The present hall is opened": "present" qualifies the hall, so the day
    is one day, not a span that goes on to now; "2019 - present" still goes on."""
    text = "12 May 1931 - The present hall, paid for by the guild, is opened by the mayor."
    assert [mention.value for mention in find_dates(text)] == ["1931-05-12"]
    assert [mention.value for mention in find_dates("2019 - present")] == ["2019/.."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The moat had been backfilled no later than 1200, as a sherd shows.", ["../1200"]),
        ("The entry is partly illegible; the year appears to be 1666, but it may be 1668.",
         ["1666?"]),
    ],
)  # fmt: skip
def test_an_old_bound_and_a_year_in_doubt_with_another_reading(
    text: str, expected: list[str]
) -> None:
    assert [mention.value for mention in find_dates(text)] == expected


def test_a_year_a_clause_gives_after_a_semicolon_is_titled_by_the_clause_before() -> None:
    text = "The entry for Ann Cowper is partly illegible; the year appears to be 1666."
    assert [event.title for event in draft(text)] == [
        "The entry for Ann Cowper is partly illegible"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new rite had been introduced by 1540, and the lands passed to the crown.",
         ["../1540"]),
        ("The canons were brewing ale for travellers by 1412, the rolls say.", ["../1412"]),
        ("A village grew up around a mill founded around 1240 by the canons.", ["1240~"]),
        ("The first mention of the manor is in a deed dated 1187.", ["1187"]),
        # counts stay counts
        ("Attendance had increased by 1450 on the year.", []),
    ],
)  # fmt: skip
def test_an_old_year_after_a_state_a_participle_or_a_document_s_date(
    text: str, expected: list[str]
) -> None:
    assert [mention.value for mention in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document, no record set
        ("The record shows that the club had used the same mat since 2018.", ["2018/.."]),
        # a rating, no year
        ("Ravi Menon, born in 2013, climbed 212 points to 1987.", ["2013"]),
        # a party disputes it
        ("He says he first complained in 2018, but the board disputes that.", ["2018?"]),
    ],
)  # fmt: skip
def test_a_record_a_rating_and_a_disputed_year(text: str, expected: list[str]) -> None:
    assert [mention.value for mention in find_dates(text)] == expected
