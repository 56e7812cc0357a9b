"""The normaliser's specification: sentences and the dates they state, as EDTF.

Each row is a sentence (or the part of one that matters) and every date the normaliser must
find in it, in order. Relative dates are resolved against a fixed publication day,
Wednesday 14 November 2012, the day of the second seed article. A row with no dates is a
trap: a word or a number that looks like a date and is not one.
"""

from __future__ import annotations

from datetime import date

import pytest

from kztimeline.draft.dateline import dateline_year, read_dateline
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.tense import Tense, tense_of
from kztimeline.edtf import parse_date, parse_partial_date

PUBLISHED = date(2012, 11, 14)  # a Wednesday

FULL_DATES = [
    ("Kazakhstan was elected on November 12, 2012 in New York.", ["2012-11-12"]),
    ("Kazakhstan was elected on 12 November 2012 in New York.", ["2012-11-12"]),
    ("The vote took place on Nov. 12, 2012.", ["2012-11-12"]),
    ("The vote took place on 12 Nov 2012.", ["2012-11-12"]),
    ("The vote took place on November 12th, 2012.", ["2012-11-12"]),
    ("The vote took place on the 12th of November 2012.", ["2012-11-12"]),
    ("The vote took place on Monday, November 12, 2012.", ["2012-11-12"]),
    ("The vote took place on Monday, 12 November 2012.", ["2012-11-12"]),
    ("The vote took place on 2012-11-12.", ["2012-11-12"]),
    ("The Council was created in March 15, 2006 by resolution 60/251.", ["2006-03-15"]),
    ("The Council was established on 15 March 2006.", ["2006-03-15"]),
    ("NEW YORK, NOV. 12, 2012 - the Assembly voted.", ["2012-11-12"]),
    ("Members take their seats on 1 January 2013.", ["2013-01-01"]),
    ("The law was signed on Sept. 5, 2011.", ["2011-09-05"]),
    ("The law was signed on 29 February 2012.", ["2012-02-29"]),
    ("The report is dated 31/12/2012.", ["2012-12-31"]),
    ("The report is dated 12/31/2012.", ["2012-12-31"]),
    ("The report is dated 14.11.2012.", ["2012-11-14"]),
    ("The treaty was signed on the 3rd of May, 2010.", ["2010-05-03"]),
    ("Talks resumed December 25 2011 after a pause.", ["2011-12-25"]),
    ("The results came on Dec. 31, 1999.", ["1999-12-31"]),
    ("The session opened at 10:30 on 12 November 2012.", ["2012-11-12"]),
    ("The record shows 2012-11-12T10:00 as the time of the vote.", ["2012-11-12"]),
    ("On 1 July 2012 the law came into force, and it was amended on 3 March 2013.",
     ["2012-07-01", "2013-03-03"]),
    ("The board met on 7 Jan 2013 and on 9 Jan 2013.", ["2013-01-07", "2013-01-09"]),
    ("The Assembly adopted it on 14 December 1960.", ["1960-12-14"]),
]  # fmt: skip

MONTHS_AND_YEARS = [
    ("In February 2010, Kazakhstan presented its first national report.", ["2010-02"]),
    ("The protests began in March of 2012.", ["2012-03"]),
    ("The bank cut rates in Sept. 2009.", ["2009-09"]),
    ("The plant closed in December, 2011.", ["2011-12"]),
    ("The constitution was amended in May 2007.", ["2007-05"]),
    ("Production started in early March 2013.", ["2013-03"]),
    ("Kazakhstan became in 2010 the first Asian country to chair the OSCE.", ["2010"]),
    ("The 2012 parliamentary elections have introduced party pluralism.", ["2012"]),
    ("Observers criticised the conduct of the 2011 presidential election.", ["2011"]),
    ("The party has governed since 1991.", ["1991/.."]),
    ("The country sits on the Council until 2015.", ["../2015"]),
    ("Output should double by 2020.", ["../2020"]),
    ("The reform was announced in mid-2012.", ["2012"]),
    ("The deal was struck in early 2010.", ["2010"]),
    ("The company was founded in late 2008.", ["2008"]),
    ("The mine opened around 2005.", ["2005~"]),
    ("The census (2009) counted the population.", ["2009"]),
    ("2012's elections were the first with three parties.", ["2012"]),
    ("The party grew in the 1990s.", ["1990/1999"]),
    ("The economy boomed in the 2000s.", ["2000/2009"]),
    ("Prices rose in 2010 and 2012.", ["2010", "2012"]),
    ("Floods struck in 1995, 1999 and 2003.", ["1995", "1999", "2003"]),
    ("The mosque was built in 1880 or 1881.", ["1880?/1881?"]),
    ("The vote could come in May or in June 2013.", ["2013-05?/2013-06?"]),
    ("The 2014 budget was approved without debate.", ["2014"]),
    ("Exports grew by 15% in 2011.", ["2011"]),
    ("In 2011, 2000 people took part.", ["2011"]),
    ("Parties campaigned ahead of 2012 elections.", ["2012"]),
    ("2011 saw a poor harvest for farmers.", ["2011"]),
    ("2011 was a difficult year for farmers.", []),  # the year described, no fact in it
    ("By 2030, output will double.", ["../2030"]),
    ("The Games were held during the 2014 Winter Olympics season.", ["2014"]),
    ("The drought of the summer of 2010 cut the harvest.", ["2010"]),
    ("The plan runs to the end of 2012.", ["../2012"]),
    ("The rules were drafted at the end of 2012.", ["2012"]),
    ("The 2008-09 financial crisis hit the banks.", ["2008/2009"]),
    # the year a budget covers is not the day it was approved
    ("Parliament approved the budget for 2015 at its last sitting.", []),
    ("Parliament will vote on the budget in 2015.", ["2015"]),
    ("Passenger numbers rose 12 percent in the first half of 2014.", ["2014-01/2014-06"]),
    ("Profits fell in the third quarter of 2013.", ["2013-07/2013-09"]),
    ("Exports recovered in the last quarter of 2011.", ["2011-10/2011-12"]),
    ("Growth slowed in Q4 2012.", ["2012-10/2012-12"]),
    ("The bank expects a recovery in H2 2015.", ["2015-07/2015-12"]),
]  # fmt: skip

RANGES = [
    ("14-16 November in Brussels, 12th meeting opens of the Cooperation Committee.",
     ["2012-11-14/2012-11-16"]),
    ("November 15-16 in Djibouti, the 39th session of the OIC CFM will be held.",
     ["2012-11-15/2012-11-16"]),
    ("16-18 November Abu Dhabi is hosting an international forum.",
     ["2012-11-16/2012-11-18"]),
    ("The committee met 14–16 November 2012 in Brussels.", ["2012-11-14/2012-11-16"]),
    ("The committee met November 15–16, 2012 in Djibouti.", ["2012-11-15/2012-11-16"]),
    ("The committee met from 14 to 16 November 2012.", ["2012-11-14/2012-11-16"]),
    ("The fair ran between 5 and 9 May 2011.", ["2011-05-05/2011-05-09"]),
    ("The conference ran 30 November – 2 December 2012.", ["2012-11-30/2012-12-02"]),
    ("The conference ran November 30 to December 2, 2012.", ["2012-11-30/2012-12-02"]),
    ("The holiday lasted from 28 December 2012 to 3 January 2013.",
     ["2012-12-28/2013-01-03"]),
    ("The ceasefire held from 3 to 5 June 2011.", ["2011-06-03/2011-06-05"]),
    ("The treaty was in force from 1 March 2010 through 30 June 2011.",
     ["2010-03-01/2011-06-30"]),
    ("The war lasted from 1992 to 1995.", ["1992/1995"]),
    ("Kazakhstan sits on the Council 2013-2015.", ["2013/2015"]),
    ("He was ambassador 2010–12.", ["2010/2012"]),
    ("Growth slowed between 2008 and 2011.", ["2008/2011"]),
    ("The drought lasted January–March 2012.", ["2012-01/2012-03"]),
    ("The drought lasted from January to March 2012.", ["2012-01/2012-03"]),
    ("The mission lasted from January 2012 to March 2013.", ["2012-01/2013-03"]),
    ("The exhibition ran June 2010 – March 2011.", ["2010-06/2011-03"]),
    ("The party grew in the 1990s and 2000s.", ["1990/1999", "2000/2009"]),
    ("The holiday will run from 28 December to 2 January.", ["2012-12-28/2013-01-02"]),
]  # fmt: skip

TERMS = [
    ("The country will take up its membership on January 1, 2013 and sit on the Council "
     "until 2015.", ["2013-01-01/2015"]),
    ("Marat Sarsenbayev was elected to the HRC Committee on January 17, 2012 for a term until "
     "the end of 2012.", ["2012-01-17", "2012-01-17/2012-12-31"]),
    ("It should also be noted that January 17, 2012, the RK CEC member Marat Sarsenbayev was "
     "elected to the HRC Committee for a term until the end of 2012.",
     ["2012-01-17", "2012-01-17/2012-12-31"]),
    ("He served as chair from 2005 until 2009.", ["2005/2009"]),
    ("The law will remain in force until the end of March 2013.", ["../2013-03"]),
    ("The minister said on 5 May 2012 that the ban would stay until 2015.",
     ["2012-05-05", "../2015"]),
    ("She has chaired the body since 2010.", ["2010/.."]),
    ("He took office on 2 April 2007 and served until 2011.", ["2007-04-02/2011"]),
    ("She was appointed on 3 March 2010 for a five-year mandate until 2015.",
     ["2010-03-03", "2010-03-03/2015"]),
    ("Members of the Council serve for a period of three years.", []),
    ("Membership takes effect from 1 January 2013.", ["2013-01-01"]),
    # what the act does to another dates the act alone, in its own year; the subject's own
    # state after a comma is still a term
    ("The bank renewed its licence on 4 October, allowing it to trade until March 2016.",
     ["2012-10-04"]),
    ("The court froze the assets on 9 March 2010, keeping them locked until 2012.",
     ["2010-03-09"]),
    ("The mayor was sworn in on 4 October 2011, serving until 2015.", ["2011-10-04/2015"]),
    ("She joined the board on 1 May 2010, chairing its audit committee until 2013.",
     ["2010-05-01/2013"]),
]  # fmt: skip

WITHOUT_A_YEAR = [
    ("On Nov. 13 the ministry said the vote was fair.", ["2012-11-13"]),
    ("The summit will be held on 3 December.", ["2012-12-03"]),
    ("The summit was held on 3 December.", ["2011-12-03"]),
    ("The talks will take place on 10 November.", ["2013-11-10"]),
    ("The forum opens on 20 November.", ["2012-11-20"]),
    ("Elections are due on 4 March.", ["2013-03-04"]),
    ("In March the parliament approved the law.", ["2012-03"]),
    ("The law passed in May.", ["2012-05"]),
    ("Prices fell last November.", ["2011-11"]),
    ("Prices will be reviewed next March.", ["2013-03"]),
    ("In January the council will meet again.", ["2013-01"]),
    ("Elections are planned for next May.", ["2013-05"]),
    ("The plan is to open the line this December.", ["2012-12"]),
    ("Snow fell in mid-November.", ["2012-11"]),
    ("The company was founded on 15 March.", ["2012-03-15"]),
    ("The minister said on Nov. 7 that talks had failed.", ["2012-11-07"]),
    ("The museum will open on 1 June.", ["2013-06-01"]),
    ("Nov 14. MFA", ["2012-11-14"]),
    ("Kazakhstan will hold an early election on 26 April, the commission said on Wednesday.",
     ["2013-04-26", "2012-11-14"]),
    ("The festival held every year in September will run from 20 to 27 September.",
     ["2013-09-20/2013-09-27"]),
    # "for next year" says what a thing is for, not that the sentence looks forward
    ("The club signed him on 5 May for next season.", ["2012-05-05"]),
    ("The board approved the budget for next year on 5 May.", ["2012-05-05"]),
    ("The board meets on 5 May to set the budget for next year.", ["2013-05-05"]),
    ("Tickets for next week's show went on sale on Monday.",
     ["2012-11-19/2012-11-25", "2012-11-12"]),
]  # fmt: skip

RELATIVE = [
    ("The council met yesterday.", ["2012-11-13"]),
    ("Yesterday the council met.", ["2012-11-13"]),
    ("The council meets today.", ["2012-11-14"]),
    ("The council meets tomorrow.", ["2012-11-15"]),
    ("Shots were heard last night.", ["2012-11-13"]),
    ("The minister arrived this morning.", ["2012-11-14"]),
    ("The minister resigned last week.", ["2012-11-05/2012-11-11"]),
    ("Last week the minister resigned.", ["2012-11-05/2012-11-11"]),
    ("The minister will travel next week.", ["2012-11-19/2012-11-25"]),
    ("Talks continue this week.", ["2012-11-12/2012-11-18"]),
    ("Inflation rose last month.", ["2012-10"]),
    ("The bill goes to parliament next month.", ["2012-12"]),
    ("Trade grew this month.", ["2012-11"]),
    ("The minister said earlier this month that talks had stalled.", ["2012-11"]),
    ("The economy shrank last year.", ["2011"]),
    ("The economy will grow next year.", ["2013"]),
    ("Growth slowed this year.", ["2012"]),
    ("A vote is expected later this year.", ["2012"]),
    ("The plant closed two years ago.", ["2010"]),
    ("The plant closed three days ago.", ["2012-11-11"]),
    ("The plant closed a week ago.", ["2012-11-05/2012-11-11"]),
    ("The plant closed six months ago.", ["2012-05"]),
    ("The plant closed 10 days ago.", ["2012-11-04"]),
    ("The minister said on Monday that talks would resume.", ["2012-11-12"]),
    ("He will travel to Beijing on Friday.", ["2012-11-16"]),
    ("The committee met on Wednesday.", ["2012-11-14"]),
    ("The committee will meet on Wednesday.", ["2012-11-21"]),
    ("Rebels attacked the town last Friday.", ["2012-11-09"]),
    ("Rebels may attack next Tuesday.", ["2012-11-20"]),
    ("On Thursday the parliament votes on the budget.", ["2012-11-15"]),
    ("On Sunday thousands gather in the square.", ["2012-11-11"]),
    ("Fighting eased over the past week.", ["2012-11-05/2012-11-11"]),
    ("Water levels are expected to peak on Monday or Tuesday.", ["2012-11-19?/2012-11-20?"]),
    ("Prices should settle in the coming month.", ["2012-12"]),
    ("Fighting resumed over the weekend.", ["2012-11-10/2012-11-11"]),
    ("Talks will resume at the weekend.", ["2012-11-17/2012-11-18"]),
    ("The march is planned for next weekend.", ["2012-11-24/2012-11-25"]),
    # a clock time at either end of two weekdays names the hour of one span
    ("The ring road will be shut from 20:00 Friday until 06:00 Monday.",
     ["2012-11-16/2012-11-19"]),
    ("A frost warning covers 9pm Thursday to 3am Saturday.", ["2012-11-15/2012-11-17"]),
    ("Trains stopped at 9 p.m. on Monday and ran again at 5 a.m. Tuesday.",
     ["2012-11-12", "2012-11-13"]),
    # a weekday after "a", "every", "each": a habit, no day ("a Sunday fair")
    ("Since 2004 the village has kept a Sunday fair.", ["2004/.."]),
    ("Every Tuesday the library opens late.", []),
    ("The choir sings on each Friday of Lent.", []),
    ("The choir performed on Friday.", ["2012-11-09"]),
]  # fmt: skip

ANNUAL = [
    ("The Minister of Foreign Affairs annually takes part in a High-level segment.",
     ["../2012"]),
    ("The forum is held every year in Astana.", ["../2012"]),
    ("Each year the council reviews its work.", ["../2012"]),
    ("The prize is awarded once a year.", ["../2012"]),
    ("The forum, held every year since 2006, opened again.", []),  # a habit since
    ("She was the top player in the world each year.", []),  # a habit, no event
]  # fmt: skip

TRAPS = [
    ("A total of 183 out of 193 UN member states voted for Kazakhstan.", []),
    ("Of the 193 member-nations 183 had voted for Kazakhstan.", []),
    ("Prices may rise in the coming months.", []),
    ("Talks May Resume After the Holiday", []),
    ("The government may decide to act.", []),
    ("Thousands March on Almaty", []),
    ("Protesters march to the square every evening.", []),
    ("Workers joined the May Day rally.", []),
    ("Theresa May said the talks were useful.", []),
    ("The plan is part of the Strategy 2050 programme.", []),
    ("The Kazakhstan-2050 strategy was presented.", []),
    ("The hall holds 2,000 people.", []),
    ("Some 2000 people attended.", []),
    ("The motion passed by 2000 votes to 150.", []),
    ("The army sent 1500 troops.", []),
    ("The Council was created by resolution 60/251.", []),
    ("The 67th session of the General Assembly opened.", []),
    ("Over the 20-year record of cooperation it is the best result.", []),
    ("In total, 18 new member states were elected.", []),
    ("Flight 2012 landed safely.", []),
    ("The Council consists of 47 countries.", []),
    ("Resolution 2231 was adopted.", []),
    ("The report runs to 1,500 pages.", []),
    ("The dispute over the 1,500 delegates continued.", []),
    ("Kazakhstan, Pakistan, Korea, Japan and the UAE applied for the five seats.", []),
    ("The report is dated 05/06/2012.", []),  # either order could be meant
    ("The law was signed on 30 February 2012.", []),  # no such day
    ("Room 1905 was locked.", []),
    ("At the end of the 19th century the town grew.", []),
    ("The firm earned $2012 million.", []),
    ("He scored 2012 points.", []),
    ("The curfew lasts until 1800 GMT.", []),
]  # fmt: skip

# What the words around a date say of it: approximate, a bound, a state that goes on, or a
# comparison that dates nothing.
QUALIFIERS = [
    ("The crew boarded on or about 3 October 2012.", ["2012-10-03~"]),
    ("The town was founded around March 1890.", ["1890-03~"]),
    ("The fort was built circa 1712.", ["1712~"]),
    ("The works must be completed by 31 October 2011 at the latest.", ["../2011-10-31"]),
    ("The report is due no later than June 2019.", ["../2019-06"]),
    ("The bridge was finished before 1 May 2010.", ["../2010-05-01"]),
    ("The town has held a fair since 1555.", ["1555/.."]),
    ("Prices have risen from 2010 onwards.", ["2010/.."]),
    ("The index posted its biggest gain since December 2011.", []),
    ("It was the first rate cut since 2009.", []),
    ("The court reserved judgment until today.", ["../2012-11-14"]),
    ("It did not deliver until August 2014.", ["2014-08"]),  # it happened then
    ("Turnout was the lowest in a presidential vote since 1999.", []),
    ("After 1991 the observatory was run by the academy of sciences.", ["1991/.."]),
    ("After 1991 the observatory was closed for a year.", ["1991"]),  # one event
]
# Dates named but not stated: a year naming a work or describing someone, a citation, a
# measure to compare with, an amount; beside each, the shape that does state a date.
NAMED_ONLY = [
    ("The 2021 modernisation plan replaced the furnace lining.", []),
    ("A 1998 survey found that the line carried some 1500 wagons a month.", []),
    ("His 1967 song made his name.", []),
    ("The satellite, based on a 2019 design, carries 28 transponders.", []),
    ("It is the first step of the bank's 2024-2026 digital strategy.", []),
    ("Karlsson, a veteran of the 2018 Winter Olympics, made 34 saves.", []),
    ("The city lost its bid for the 2022 Winter Olympics.", []),
    ("It relied on a decree (see Bekov v. Akimat, judgment of 3 June 2015, paras. 14-18).",
     []),
    ("The line carried ore (Omarov 2003, pp. 112-118).", []),
    ("Releases were raised to twice the rate of 2017.", []),
    ("Exports were higher than in 2019.", []),
    ("It sold 25% of its shares for 2000 million tenge.", []),
    ("Revenue rose back to 2019 levels.", []),
    ("The 2018 champions Kairat finished fourth.", []),
    ("Our 2030 goal: carbon-neutral production.", []),
    ("Roads built since 2015 already need repair.", []),
    ("Prices increased since 2010.", ["2010/.."]),
    ("© 2008-2022 National Library. Page 2 of 14.", []),
    ("Copyright 2021 Steppe Air.", []),
    ("The statement was issued at 2015 GMT.", []),
    ("The 30-year-old has farmed the plot for 20 years.", []),
    ("The contract is in the case file, p. 1994.", []),
    ("Sync now resumes after a dropped connection (#2024).", []),
    ("Media contact: +7 727 259 1998.", []),
    ("The audit is due no later than June 2020.", ["../2020-06"]),
    ("Next year's race will be held on 27 September 2013.", ["2013-09-27"]),
    ("Last year's floods destroyed 600 homes.", ["2011"]),
    ("The census (2009) counted 16 million people.", ["2009"]),
    ("The 2016 survey was published in March 2017.", ["2017-03"]),
]  # fmt: skip
# Lists give one date each; the years of a list are years without another cue.
LISTS = [
    ("Elections were held in 2005, 2007, and 2009.", ["2005", "2007", "2009"]),
    ("Elections were held in 2005, 2007 and 2009.", ["2005", "2007", "2009"]),
    ("Hearings were held on 3, 5 and 7 May 2012.", ["2012-05-03", "2012-05-05", "2012-05-07"]),
    ("Hearings were held on 3 and 7 May 2012.", ["2012-05-03", "2012-05-07"]),
    ("Hearings were held on May 3, 5 and 7, 2012.", ["2012-05-03", "2012-05-05", "2012-05-07"]),
    ("The firm opened in 1973, and expanded abroad the following year.", ["1973", "1974"]),
    ("The law passed in March 2010 and took effect the following month.", ["2010-03", "2010-04"]),
]
# A month or day without a year in a clause that looks forward, even in the present tense;
# a quarter, or a half "of the year", without a year too (a match has halves as well).
FORWARD = [
    ("Analysts expect a cut in the first quarter.", ["2013-01/2013-03"]),
    ("Profit rose in the first half of the year.", ["2012-01/2012-06"]),
    ("He scored twice in the first half.", []),
    ("The plant will reopen by the end of the year.", ["../2012"]),
    ("Roads close before the minister arrives on Saturday.", ["2012-11-17"]),
    ("The council approved new terms beginning January 1.", ["2013-01-01"]),
    # a promise looks forward from the day it is told, though its verb is in the past
    ("The utility has promised to restore supply by 10 February.", ["../2013-02-10"]),
    ("The utility restored supply on 10 February.", ["2012-02-10"]),
]

ROWS = (
    FULL_DATES
    + MONTHS_AND_YEARS
    + RANGES
    + TERMS
    + WITHOUT_A_YEAR
    + RELATIVE
    + ANNUAL
    + TRAPS
    + NAMED_ONLY
    + QUALIFIERS
    + LISTS
    + FORWARD
)


def test_the_table_has_at_least_150_expressions() -> None:
    """The specification is broad enough to say something about most news sentences."""
    assert len(ROWS) >= 150
    assert len({sentence for sentence, _ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:48] for row in ROWS])
def test_normalised_dates(sentence: str, expected: list[str]) -> None:
    """Every date of the sentence is found, at the precision written, and nothing else."""
    assert [mention.value for mention in find_dates(sentence, published=PUBLISHED)] == expected


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:48] for row in ROWS])
def test_every_value_is_a_date_the_project_reads(sentence: str, expected: list[str]) -> None:
    """Each value is valid EDTF of the project's subset, and its text is in the sentence."""
    for mention in find_dates(sentence, published=PUBLISHED):
        parse_date(mention.value)
        assert sentence[mention.start : mention.end] == mention.text


class TestWithoutPublicationDate:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The summit will be held on 3 December.",
            "The council met yesterday.",
            "The minister said on Monday that talks would resume.",
            "The minister resigned last week.",
            "The forum is held every year in Astana.",
        ],
    )
    def test_what_needs_the_day_of_publication_is_left_out(self, sentence: str) -> None:
        """Without a publication day, nothing is guessed: no year, no week, no day."""
        assert find_dates(sentence) == []

    def test_a_day_counted_from_another_needs_that_day(self) -> None:
        """ "The following day" is left out when no day was named before it."""
        assert find_dates("The following day, the council met.") == []

    def test_full_dates_need_no_publication_day(self) -> None:
        found = find_dates("It was founded on 15 March 2006 and grew in 2010.")
        assert [mention.value for mention in found] == ["2006-03-15", "2010"]


ANCHORED = [
    ("Talks began on 3 May 2012 and ended two days later.", None, ["2012-05-03", "2012-05-05"]),
    ("The following day, the council met.", "2012-05-03", ["2012-05-04"]),
    ("The next day the army withdrew.", "2012-12-31", ["2013-01-01"]),
    ("A week later the army withdrew.", "2012-05-03", ["2012-05-10"]),
    ("Three days earlier the border had closed.", "2012-05-03", ["2012-04-30"]),
    ("On the same day the bank cut rates.", "2012-05-03", ["2012-05-03"]),
    ("The previous day, protesters had gathered.", "2012-03-01", ["2012-02-29"]),
    ("Voting ended on 12 November 2012; results came a day later.", "2012-01-01",
     ["2012-11-12", "2012-11-13"]),
    ("Two weeks later, on 20 May 2012, the law passed.", "2012-05-06",
     ["2012-05-20", "2012-05-20"]),
    ("In 2010 parliament granted him a title. Two years later, Astana hosted a congress.",
     None, ["2010", "2012"]),
    ("Six months later the law changed.", "2012-05", ["2012-11"]),
    ("Three months later the law changed.", "2012-11-20", ["2013-02"]),
    ("The next day the council met.", "2012", []),
    ("A year later the plant reopened.", "2012-05-03", ["2013"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "anchor", "expected"), ANCHORED)
def test_days_counted_from_the_day_named_before(
    sentence: str, anchor: str | None, expected: list[str]
) -> None:
    """ "Two days later" counts from the last date named, in the sentence or before it, and
    keeps the precision it carries: a year after a year is a year."""
    named = parse_partial_date(anchor) if anchor else None
    found = find_dates(sentence, published=PUBLISHED, anchor=named)
    assert [mention.value for mention in found] == expected


# A date without a year takes the year of the date named before it, when that date names a
# day, or lies far from the publication; else the publication date decides. The tense may
# refuse the year before: a plan would then be past.
YEARS_FROM_BEFORE = [
    ("The lander touched down on November 12.", "2010-08-06", ["2010-11-12"]),
    ("It opened its first shop in June.", "1973", ["1973-06"]),
    ("It opened its first shop in June.", "2012", ["2012-06"]),
    ("Output stalled; it will resume in March.", "1999-05-04", ["2013-03"]),
    ("The second stage followed on 20 to 27 February.", "1998-01-05", ["1998-02-20/1998-02-27"]),
]


@pytest.mark.parametrize(("sentence", "before", "expected"), YEARS_FROM_BEFORE)
def test_a_date_without_a_year_takes_the_year_named_before(
    sentence: str, before: str, expected: list[str]
) -> None:
    """The note says where the year came from, for the reader to check."""
    found = find_dates(sentence, published=PUBLISHED, year_anchor=parse_partial_date(before))
    assert [mention.value for mention in found] == expected
    assert all(mention.notes[0].startswith("year from ") for mention in found)


def test_a_date_without_a_year_names_where_its_year_came_from() -> None:
    (mention,) = find_dates("The lander touched down on November 12.", published=PUBLISHED)
    assert mention.notes == ("year from the publication date 2012-11-14",)
    (full,) = find_dates("It landed on November 12, 2014.", published=PUBLISHED)
    assert full.notes == ()


def test_a_range_without_its_first_year_takes_the_last_one() -> None:
    found = find_dates("The budget runs from 1 December to 31 March 2015.", published=PUBLISHED)
    assert [mention.value for mention in found] == ["2014-12-01/2015-03-31"]


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("The satellite will be launched in March 2017.", True),
        ("First flight is projected for October 2018.", True),
        ("The merger is expected to take place in the first quarter of 2017.", True),
        ("The satellite was launched in March 2010.", False),
        ("The vote was to be held in March 2010.", False),  # a plan already past
        # A forecast said by who makes it, even when its year has begun.
        ("On current trends we project a shortfall of water by 2040.", True),
        ("They anticipate a first harvest of the new vines in 2012.", True),
        ("The project to replant the vines ended in 2010.", False),
    ],
)
def test_plans_and_forecasts_are_marked(sentence: str, planned: bool) -> None:
    (mention,) = find_dates(sentence, published=PUBLISHED)
    assert mention.planned is planned


def test_what_cannot_be_dated_is_reported_not_dropped_silently() -> None:
    dropped: list[str] = []
    sentence = "The council met on Friday and will meet on 3 December in Astana."
    assert find_dates(sentence, dropped=dropped) == []
    assert dropped == ["on Friday", "3 December"]


class TestMentions:
    def test_a_term_knows_where_its_two_ends_are_written(self) -> None:
        sentence = "The country will take up its membership on January 1, 2013 and sit until 2015."
        (term,) = find_dates(sentence)
        assert term.term
        assert [sentence[start:end] for start, end in term.spans] == ["January 1, 2013", "2015"]

    def test_a_date_said_to_repeat_every_year_is_marked_annual(self) -> None:
        (mention,) = find_dates("The regatta, held every year on the lake, was rowed in 2006.")
        assert mention.annual
        assert not find_dates("The forum opened in 2006.")[0].annual


class TestTense:
    @pytest.mark.parametrize(
        ("sentence", "tense"),
        [
            ("The summit will be held in Astana.", Tense.FUTURE),
            ("The OIC session is to open in Djibouti.", Tense.FUTURE),
            ("He announced the upcoming events.", Tense.FUTURE),
            ("Kazakhstan was elected to the Council.", Tense.PAST),
            ("The minister said the vote was fair.", Tense.PAST),
            ("Kazakhstan presented its report.", Tense.PAST),
            ("All the 18 elected nations assume their duties.", Tense.NEUTRAL),
            ("Abu Dhabi is hosting a forum.", Tense.NEUTRAL),
            ("The United Nations meets in New York.", Tense.NEUTRAL),
        ],
    )
    def test_tense(self, sentence: str, tense: Tense) -> None:
        """An adjective in -ed ("the 18 elected nations", "United") is not a past tense."""
        assert tense_of(sentence) is tense


class TestDateline:
    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            ("ASTANA, Nov. 13 – During the session", (None, 11, 13, "Astana")),
            ("Nov 14. MFA", (None, 11, 14, None)),
            ("LONDON, 5 March 2014 — Talks resumed", (2014, 3, 5, "London")),
            ("Published: 13 November 2012", (2012, 11, 13, None)),
            ("Monday, November 12, 2012", (2012, 11, 12, None)),
            ("ALMATY, Kazakhstan, Jan 5 (Reuters) - Prices rose", (None, 1, 5, "Almaty")),
        ],
    )
    def test_read(self, paragraph: str, expected: tuple[int | None, int, int, str | None]) -> None:
        found = read_dateline(paragraph)
        assert found is not None
        assert (found.year, found.month, found.day, found.place) == expected

    @pytest.mark.parametrize(
        "paragraph",
        ["In February 2010, Kazakhstan presented", "March on Washington", "The 2012 elections"],
    )
    def test_a_sentence_is_not_a_dateline(self, paragraph: str) -> None:
        assert read_dateline(paragraph) is None

    def test_the_missing_year_is_the_one_nearest_the_articles_own_dates(self) -> None:
        """A dateline is near what the article reports and announces, not years away."""
        seed_1 = [date(2012, 11, 12), date(2013, 1, 1), date(2006, 3, 15)]
        seed_2 = [date(2006, 3, 15), date(2012, 1, 17), date(2013, 1, 1)]
        assert dateline_year(11, 13, seed_1) == 2012
        assert dateline_year(11, 14, seed_2) == 2012
        assert dateline_year(1, 3, [date(2012, 12, 30)]) == 2013
        assert dateline_year(2, 29, [date(2011, 3, 1)]) == 2012  # the leap year of the two
        assert dateline_year(5, 1, []) is None

    def test_an_article_comes_after_what_it_reports_in_the_past(self) -> None:
        """ "Ablyazov was arrested on July 31, 2013": a dateline of Feb 17 is then 2014, though
        17 February 2013 is nearer to that date."""
        arrest = [date(2013, 7, 31)]
        assert dateline_year(2, 17, arrest) == 2013
        assert dateline_year(2, 17, arrest, reported=arrest) == 2014


@pytest.mark.parametrize(
    "text",
    [
        "The show runs from Friday 4 to Sunday 13 July 2031.",
        "The show runs from Friday, July 4 to Sunday, July 13, 2031.",
        "The show runs Fri 4 - Sun 13 July 2031.",
    ],
)
def test_a_span_with_a_weekday_before_each_day_is_one_span(text: str) -> None:
    assert [mention.value for mention in find_dates(text)] == ["2031-07-04/2031-07-13"]


def test_a_weekday_of_a_span_tells_its_year_and_a_number_before_a_weekday_is_no_span() -> None:
    """ "from Thursday 16 January to Friday 17 January", told in 2031, is of 2031 (a
    Thursday) though its verb is past; "Issue 14 - Friday 21 March 2031" is one day."""
    text = "The minister ordered schools to close from Thursday 16 January to Friday 17 January."
    found = find_dates(text, published=date(2031, 1, 15))
    assert [mention.value for mention in found] == ["2031-01-16/2031-01-17"]
    issue = find_dates("Newsletter - Issue 14 - Friday 21 March 2031")
    assert [mention.value for mention in issue] == ["2031-03-21"]
