"""News paragraphs written for the tests of ``kztimeline draft``, with the dates they state.

Each article is realistic in shape (headline, byline or dateline, several paragraphs, dates in
the forms news agencies use) and covers a different topic. ``EXPECTED`` lists every dated
fact a careful reader would put in a chronology, as EDTF at the precision the text gives.
The benchmark in ``benchmarks/draft_dates.py`` scores ``kztimeline draft`` and
``dateparser.search_dates`` against the same lists.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Article(NamedTuple):
    name: str
    text: str
    published: date | None  # given on the command line; None: the article dates itself
    expected: frozenset[str]


CENTRAL_BANK = Article(
    "central-bank",
    """\
Kazakhstan cuts base rate as inflation slows

By Dana Omarova

ALMATY, March 5, 2013 (Reuters) – Kazakhstan's central bank cut its base rate by half a
percentage point to 5.5 percent on Tuesday, citing inflation that slowed to 6.0 percent in
February.

The bank expects inflation to stay within its target corridor of 6 to 8 percent this year.
Governor Grigori Marchenko told reporters that the next rate decision is due on 15 April.

Kazakhstan's economy grew 5.0 percent last year, down from 7.5 percent in 2011, as oil output
stalled at the giant Kashagan field, where production is now expected to start in June.
""",
    None,
    frozenset({"2013-03-05", "2013-02", "2013", "2013-04-15", "2012", "2011", "2013-06"}),
)

ELECTION = Article(
    "election",
    """\
Kazakhstan to hold early presidential election in April

ASTANA, Feb. 25 – Kazakhstan will hold an early presidential election on 26 April, the Central
Election Commission said on Wednesday, nearly two years ahead of schedule.

President Nursultan Nazarbayev, who has led the country since 1991, signed the decree calling
the vote on 25 February 2015 after a proposal by the Assembly of the People of Kazakhstan.

Candidates may register until 15 March. The previous election, held on 3 April 2011, gave
Nazarbayev 95.5 percent of the vote.
""",
    None,
    frozenset({"2015-04-26", "2015-02-25", "1991/..", "../2015-03-15", "2011-04-03"}),
)

EARTHQUAKE = Article(
    "earthquake",
    """\
Earthquake shakes southern Kazakhstan

ALMATY, 29 May 2011 – An earthquake of magnitude 5.2 struck the mountains south of Almaty late
on Saturday, damaging dozens of houses in three villages, the emergencies ministry said on
Sunday.

Rescuers worked through the night. Yesterday the ministry sent 300 tents and a field hospital
to the area. A similar tremor hit the same region in January 2010.

The government will decide next week how much aid to pay to the families.
""",
    None,
    frozenset({"2011-05-28", "2011-05-29", "2010-01", "2011-05-30/2011-06-05"}),
)

OPERA = Article(
    "opera",
    """\
Astana Opera opens its season with a new Abai

The Astana Opera opened its fifth season on Friday with a new staging of Abai, the first
Kazakh opera, which premiered in 1944.

The festival of classical music that the house holds every year in September will this time run
from 20 to 27 September, with orchestras from Vienna and Seoul.

Tickets go on sale on 1 August.
""",
    date(2017, 6, 9),
    frozenset({"2017-06-09", "1944", "2017-09-20/2017-09-27", "2017-08-01"}),
)

STATE_VISIT = Article(
    "state-visit",
    """\
Kazakh and Chinese leaders sign pipeline deal

BEIJING, 7 September 2013 – President Xi Jinping and President Nursultan Nazarbayev signed 22
agreements worth 30 billion dollars in Astana on Saturday, including a stake in the Kashagan
oil field.

Xi arrived in Astana on September 6 for a three-day state visit, part of a tour of Central Asia
that ends at the summit of the Shanghai Cooperation Organisation in Bishkek on 13 September.
""",
    None,
    frozenset({"2013-09-07", "2013-09-06", "2013-09-13"}),
)

PIPELINE = Article(
    "pipeline",
    """\
Pipeline agreements signed

September 8, 2013

Kazakhstan and China signed 22 agreements worth 30 billion dollars on 7 September 2013 during
the state visit of President Xi Jinping to Astana.

The two presidents also opened the second line of the Kazakhstan–China gas pipeline, which
has carried gas since 2009.
""",
    None,
    frozenset({"2013-09-07", "2009/.."}),
)

BUDGET_PAGE = Article(
    "budget",
    """\
<!doctype html>
<html lang="en">
<head>
<title>Parliament approves 2015 budget</title>
<meta property="article:published_time" content="2014-12-03T09:00:00+06:00">
<script>var archived = "1 January 2099";</script>
<style>p { margin: 0 }</style>
</head>
<body>
<nav>Home | Archive of 12 March 2001</nav>
<article>
<h1>Parliament approves 2015 budget</h1>
<p>The Mazhilis approved the budget for 2015 on Wednesday, two weeks after the government
cut its oil price forecast.</p>
<p>The budget takes effect on 1 January and runs to 31 December 2015.
The Senate votes on it next week.</p>
</article>
</body>
</html>
""",
    None,
    # the year the budget is for is its period, 1 January to 31 December, not a fact; the
    # forecast was cut two weeks before that Wednesday
    frozenset({"2014-12-03", "2014-11-19", "2015-01-01/2015-12-31", "2014-12-08/2014-12-14"}),
)

COURT = Article(
    "court",
    """\
Court jails former bank chief

LONDON, Feb 17 (Reuters) - A London court on Monday sentenced the former chairman of BTA Bank,
Mukhtar Ablyazov, in absentia to 22 months in prison for contempt of court, a ruling his
lawyers said they would appeal.

Ablyazov fled Britain in February 2012 after the High Court found that he had lied about his
assets. The bank, which was nationalised in 2009, accuses him of embezzling up to $6 billion.

A hearing on the appeal is set for March 24-26. Ablyazov was arrested in France on July 31,
2013.
""",
    None,
    frozenset({"2014-02-17", "2012-02", "2009", "2014-03-24/2014-03-26", "2013-07-31"}),
)

ARTICLES = (
    CENTRAL_BANK,
    ELECTION,
    EARTHQUAKE,
    OPERA,
    STATE_VISIT,
    PIPELINE,
    BUDGET_PAGE,
    COURT,
)
