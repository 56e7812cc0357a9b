"""Texts written for the evaluation of ``kztimeline draft``, in the styles of real ones.

Each text imitates a kind of document the draft is asked to read (a wire story with its
dateline, a press release, a court judgment, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML page) without copying
any: the organisations and people are invented or only named, the facts are made up. Each
comes with the events a careful reader would put in a chronology: the EDTF date at the
precision and with the qualifier the text gives, key words the title must hold to name that
fact, and ``tentative`` for a plan. ``benchmarks/draft_dates.py`` scores against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ("CORPUS", "Expected", "Text", "expect")


@dataclass(frozen=True, slots=True)
class Expected:
    date: str
    words: tuple[str, ...]  # each must be in the title (case is ignored)
    status: str | None = None  # "tentative" for a plan or a forecast


@dataclass(frozen=True, slots=True)
class Text:
    name: str
    style: str
    published: date | None  # given as --published; None: the text dates itself or is undated
    text: str
    events: tuple[Expected, ...]


def expect(value: str, *words: str, planned: bool = False) -> Expected:
    """An expected event: its date, its title's key words, ``planned`` for tentative."""
    return Expected(value, words, "tentative" if planned else None)


CORPUS: tuple[Text, ...] = (
    Text("floods", "wire story", None, """\
Floods force evacuations in eastern region

UST-KAMENOGORSK, April 14, 2017 (Reuters) - Rescue teams evacuated more than 4,000 residents
from villages along the Irtysh river on Thursday after a sudden thaw swelled its tributaries.

The regional governor declared a state of emergency on Wednesday evening. Water levels peaked
at about 9 metres on or about April 12, officials said.

A similar flood in 2014 destroyed some 600 homes. The ministry will review its dam repair plan
by the end of May.

Reporting by Arman Seitov; Editing by Jane Moss
""", (
        expect("2017-04-13", "evacuated"),
        expect("2017-04-12", "state of emergency"),
        expect("2017-04-12~", "water"),
        expect("2014", "flood"),
        expect("../2017-05", "dam", planned=True),
    )),
    Text("strike", "wire story", date(2023, 9, 3), """\
Oil workers to strike over pay

ATYRAU, Sept. 3 — Workers at two oilfield service companies will stop work on Monday unless
talks on wages resume, their union said on Sunday.

The union first threatened a strike in June, when management froze bonuses. It held a one-day
walkout on August 15.

Talks are scheduled to resume on September 10.
""", (
        expect("2023-09-04", "stop work", planned=True),
        expect("2023-09-03", "union"),
        expect("2023-06", "threatened"),
        expect("2023-08-15", "union", "walkout"),
        expect("2023-09-10", "talks", planned=True),
    )),
    Text("airline", "press release", None, """\
Steppe Air to open route to Seoul

Press release, 12 March 2019

Steppe Air, the national low-cost carrier, announced today that it will launch three weekly
flights between Almaty and Seoul from 2 June 2019.

The airline carried 1.8 million passengers in 2018, up 14 percent from 2017. It took delivery of
its fifth Airbus A320neo on 28 February.

Tickets will be on sale from 15 March. The company expects to add a route to Tokyo in the
second half of 2020.
""", (
        expect("2019-03-12", "announced"),
        expect("2019-06-02", "flights", planned=True),
        expect("2018", "passengers"),
        expect("2017", "passengers"),
        expect("2019-02-28", "delivery"),
        expect("2019-03-15", "tickets", planned=True),
        expect("2020-07/2020-12", "tokyo", planned=True),
    )),
    Text("maintenance", "government statement", None, """\
Statement of the Ministry of Energy

Astana, 5 July 2021

The Ministry of Energy informs that the annual maintenance of the Tengiz processing plant will
take place from 1 to 20 August 2021. During this period, output is projected to fall by around
10 percent.

Maintenance at the plant was last carried out in September 2019. The ministry has monitored
fuel prices since January 2020 and will publish a review no later than 30 September.
""", (
        expect("2021-08-01/2021-08-20", "maintenance", planned=True),
        expect("2019-09", "maintenance"),
        expect("2020-01/..", "monitored"),
        expect("../2021-09-30", "review", planned=True),
    )),
    Text("loan", "court judgment", date(2016, 6, 1), """\
IN THE HIGH COURT OF JUSTICE

JUDGMENT

1. The claimant entered into a loan agreement with the defendant bank on 14 March 2011. The
loan was to be repaid by 31 December 2013 at the latest.

2. The claimant made the last payment on or about 3 October 2012. On 21 January 2014 the bank
issued a notice of default, and on 4 February 2014 it commenced these proceedings.

3. The hearing took place on 12 and 13 May 2016. For the reasons below, the claim is dismissed.
""", (
        expect("2011-03-14", "loan agreement"),
        expect("../2013-12-31", "repaid"),
        expect("2012-10-03~", "last payment"),
        expect("2014-01-21", "notice of default"),
        expect("2014-02-04", "bank", "proceedings"),
        expect("2016-05-12", "hearing"),
        expect("2016-05-13", "hearing"),
    )),
    Text("steelworks", "encyclopedia history", None, """\
Karaganda Metallurgical Works

The works were founded in 1960 as part of a plan to supply steel to the Soviet east. The first
blast furnace was lit in July 1960, and the first steel was cast the following year.

Production peaked in 1988 at around 6 million tonnes. After independence the plant was
privatised in 1995, and it was bought by a foreign group in 1996.

Since 2015 the works have belonged to a domestic holding, which renamed them in 2017.
""", (
        expect("1960", "founded"),
        expect("1960-07", "blast furnace"),
        expect("1961", "steel", "cast"),
        expect("1988", "production"),
        expect("1995", "privatised"),
        expect("1996", "bought"),
        expect("2015/..", "belonged"),
        expect("2017", "renamed"),
    )),
    Text("rink", "HTML page", None, """\
<!doctype html>
<html><head><title>History of the Medeu rink</title></head>
<body><nav>Home | Sport | History</nav><article>
<h1>History of the Medeu rink</h1>
<p>The Medeu high-altitude rink opened on 30 December 1951 with a natural ice surface.</p>
<p>Artificial ice was laid in 1972, and more than 120 world records were set there between
1972 and 1988.</p>
<p>The rink closed for reconstruction in 2008 and reopened in December 2010, shortly before the
Asian Winter Games, which were held from 30 January to 6 February 2011.</p>
</article></body></html>
""", (
        expect("1951-12-30", "opened"),
        expect("1972", "artificial ice"),
        expect("1972/1988", "records"),
        expect("2008", "closed"),
        expect("2010-12", "reopened"),
        expect("2011-01-30/2011-02-06", "asian winter games"),
    )),
    Text("football", "sports report", None, """\
Astana win third straight title

ALMATY, Nov 6, 2022 — FC Astana clinched the national championship on Saturday with a 2-0 win
over Kairat, their third title in a row.

Striker Ivan Petrov scored twice in the first half. He joined the club from Rostov in January
2021.

Astana, who also won the cup in 2016, 2018 and 2021, will play in the Champions League
qualifiers in July 2023. The season's final round is on November 12.
""", (
        expect("2022-11-05", "clinched"),
        expect("2021-01", "petrov", "joined"),
        expect("2016", "cup"),
        expect("2018", "cup"),
        expect("2021", "cup"),
        expect("2023-07", "champions league", planned=True),
        expect("2022-11-12", "final round"),
    )),
    Text("skier", "sports report", None, """\
Kazakh skier takes bronze

Published 18 January 2018

Alexei Poltoranin won bronze in the 15 km classic at the World Cup stage in Falun on Sunday,
his first podium since 2015.

The 30-year-old had missed most of the 2016 season after a doping ban. He will race next at the
Olympic Games, where the cross-country events begin on February 10.
""", (
        expect("2018-01-14", "bronze"),
        expect("2016", "missed"),
        expect("2018-02-10", "cross-country", planned=True),
    )),
    Text("textiles", "company history", None, """\
Our history

Kazakh Textiles was founded by two engineers in Shymkent in 1994. The company began exporting
to Russia three years later.

In 2003 it opened a second factory in Taraz, and in 2008 it listed its shares on the Kazakhstan
Stock Exchange. Sales passed 100 million dollars for the first time in 2012.

Since 2019 the company has run its own design studio in Almaty.
""", (
        expect("1994", "founded"),
        expect("1997", "exporting"),
        expect("2003", "company", "second factory"),
        expect("2008", "listed"),
        expect("2012", "sales"),
        expect("2019/..", "design studio"),
    )),
    Text("bank", "company history", date(2024, 2, 1), """\
About Altyn Bank

Founded in 1998 as a regional lender, Altyn Bank moved its head office to Almaty in 2001.

The bank was renamed in March 2007 after a merger with Shygys Credit. It has been listed in
London since 2010.

In 2024 the bank plans to open 20 new branches, and it is expected to complete a bond issue in
the first quarter of 2025.
""", (
        expect("1998", "founded"),
        expect("2001", "head office"),
        expect("2007-03", "renamed"),
        expect("2010/..", "bank", "listed"),
        expect("2024", "branches", planned=True),
        expect("2025-01/2025-03", "bond", planned=True),
    )),
    Text("soyuz", "mission summary", date(2018, 10, 10), """\
Mission summary: Soyuz MS-08

Soyuz MS-08 launched from the Baikonur Cosmodrome on 21 March 2018 and docked with the
International Space Station two days later.

The crew carried out two spacewalks, on 29 March and 14 June. After 197 days in orbit the
capsule landed in Kazakhstan on 4 October 2018.
""", (
        expect("2018-03-21", "launched"),
        expect("2018-03-23", "docked"),
        expect("2018-03-29", "spacewalks"),
        expect("2018-06-14", "spacewalks"),
        expect("2018-10-04", "landed"),
    )),
    Text("comet", "mission summary", date(2016, 10, 1), """\
Probe reaches comet

The probe, launched on 2 March 2004, entered orbit around the comet on August 6, 2014. Its lander
touched down on November 12, and sent data for about 60 hours.

The mission ended on 30 September 2016 when the orbiter was steered onto the surface.
""", (
        expect("2004-03-02", "launched"),
        expect("2014-08-06", "orbit"),
        expect("2014-11-12", "probe", "lander"),
        expect("2016-09-30", "mission ended"),
    )),
    Text("harvest", "government statement", date(2020, 10, 2), """\
Government statement on the grain harvest

The Government of Kazakhstan announced on 2 October 2020 that the grain harvest was complete in
all regions.

Farmers gathered some 20 million tonnes, against 17.4 million tonnes in 2019. Exports are
expected to begin in November.

The ban on fuel exports introduced on 1 April will remain in force until 31 December.
""", (
        expect("2020-10-02", "harvest"),
        expect("2019", "tonnes"),
        expect("2020-11", "exports", planned=True),
        expect("2020-04-01/2020-12-31", "ban"),
    )),
    Text("visit", "government statement", None, """\
Ministry of Foreign Affairs: briefing

Astana, 14 March 2024

The Minister of Foreign Affairs will pay an official visit to Japan from 18 to 20 March. The two
countries established diplomatic relations on 26 January 1992.

The ministry recalled that the previous visit at this level took place in 2019. A new consulate
in Osaka is scheduled to open in October.
""", (
        expect("2024-03-18/2024-03-20", "visit", planned=True),
        expect("1992-01-26", "diplomatic relations"),
        expect("2019", "previous visit"),
        expect("2024-10", "consulate", planned=True),
    )),
    Text("rate", "wire story", None, """\
Central bank holds rate

Story No. 48213 | Published 10:05 GMT, 24 July 2015

ALMATY, July 24 — The National Bank kept its base rate at 12 percent on Friday, the fourth hold
since February.

Photo: The bank's headquarters in Almaty, 23 July 2015. REUTERS/Marat Ospanov

The bank last cut the rate on 17 February. Its board will meet again on 21 August.
""", (
        expect("2015-07-24", "base rate"),
        expect("2015-02-17", "cut"),
        expect("2015-08-21", "bank", "board", planned=True),
    )),
    Text("satellite", "HTML page", None, """\
<!doctype html><html><head><title>KazSat-4 launch date set</title>
<meta property="article:published_time" content="2023-05-16T08:00:00+05:00"></head>
<body><nav>Home | News</nav><main>
<h1>KazSat-4 launch date set</h1>
<p>The national space agency said on Tuesday that the KazSat-4 communications satellite will be
launched in the first quarter of 2024.</p>
<p>The satellite was originally due to fly in 2022. Its predecessor, KazSat-3, has operated
since April 2014.</p>
<p>Testing of the satellite began on 3 April and will be completed by 30 November at the
latest.</p>
</main></body></html>
""", (
        expect("2023-05-16", "space agency"),
        expect("2024-01/2024-03", "launched", planned=True),
        expect("2022", "originally due"),
        expect("2014-04/..", "operated"),
        expect("2023-04-03", "testing", "began"),
        expect("../2023-11-30", "testing", "completed", planned=True),
    )),
    Text("turkistan", "encyclopedia history", None, """\
Turkistan

Turkistan is one of the oldest cities of Kazakhstan. The city served as the capital of the
Kazakh Khanate until 1729.

In 1864 it was taken by Russian forces. The mausoleum of Khoja Ahmed Yasawi was added to the
World Heritage List in 2003, and in 2018 Turkistan became the centre of a new region.
""", (
        expect("../1729", "capital"),
        expect("1864", "city", "taken"),
        expect("2003", "world heritage"),
        expect("2018", "centre"),
    )),
    Text("tremor", "wire story", None, """\
Tremor shakes Almaty

ALMATY, Jan 10, 2016 — A magnitude 4.8 earthquake shook Almaty late on Saturday, the emergencies
ministry said. No damage was reported.

It was the strongest tremor felt in the city since 2011. Residents will be told on Monday
whether schools reopen, and officials plan to inspect older buildings before the minister
arrives on Friday.
""", (
        expect("2016-01-09", "earthquake"),
        expect("2016-01-11", "schools", planned=True),
        expect("2016-01-15", "inspect", planned=True),
    )),
    Text("cycling", "HTML page", None, """\
<html><head><title>Cycling: Tour of Almaty</title>
<meta name="date" content="2019-09-30"></head><body>
<article><h1>Tour of Almaty ends in sprint</h1>
<p>By Dana Sultanova</p>
<p>The sixth Tour of Almaty ended on Sunday with a bunch sprint won by a Belgian rider.</p>
<p>The race, first held in 2013, was upgraded to the second tier of the international calendar
in 2017. The next edition is planned for 27 September 2020.</p>
</article></body></html>
""", (
        expect("2019-09-29", "ended"),
        expect("2013", "held"),
        expect("2017", "upgraded"),
        expect("2020-09-27", "edition", planned=True),
    )),
    Text("metro", "press release", None, """\
Almaty metro extension opens

Press office of the city administration, 2 December 2022

The second stage of Line 1 opened to passengers today, some six years after construction began
in 2016. About 40,000 people are expected to use the two new stations every day.

Work on Line 2 will start in 2023 and must be finished by 2027. The city first planned a metro
in 1978.
""", (
        expect("2022-12-02", "opened"),
        expect("2016", "construction"),
        expect("2023", "line 2", planned=True),
        expect("../2027", "finished", planned=True),
        expect("1978", "planned a metro"),
    )),
    Text("bribery", "court judgment", date(2020, 7, 29), """\
Decision of the Specialised Court

The defendant, a former deputy minister, was detained on 15 June 2019 and charged with bribery
two days later.

The prosecution alleged that he received payments from 2014 to 2017. The trial opened on 3 March
2020, and the verdict was delivered on 28 July 2020.

The defendant has been in custody since his arrest and may appeal within fifteen days.
""", (
        expect("2019-06-15", "detained"),
        expect("2019-06-17", "charged"),
        expect("2014/2017", "payments"),
        expect("2020-03-03", "trial"),
        expect("2020-07-28", "verdict"),
    )),
)  # fmt: skip
