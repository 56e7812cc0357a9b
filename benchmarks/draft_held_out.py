"""Texts written after the rules of ``kztimeline draft`` were settled and never used to
change one: scored on their own by ``benchmarks/draft_dates.py`` as the fairer estimate of
how the draft does on texts it has not seen. Same form as ``draft_corpus.py``."""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HELD_OUT_CORPUS",)


HELD_OUT_CORPUS: tuple[Text, ...] = (
    Text("wheat", "wire story", None, """\
Wheat exports slow as rail bottleneck persists

KOSTANAY, Feb. 9, 2021 (Interfax) – Grain shipments from northern Kazakhstan fell by a third in
January, traders said on Tuesday, as a shortage of rail wagons held up deliveries to Central
Asian buyers.

The railway company ordered 1,200 new grain hoppers in November and expects the first of them
by April. Exports reached a record 8.2 million tonnes in the 2019/20 season.

The agriculture ministry will set export quotas for the spring on February 15.
""", (
        expect("2021-01", "shipments"),
        expect("2021-02-09", "traders"),
        expect("2020-11", "hoppers"),
        expect("../2021-04", "first", planned=True),
        expect("2021-02-15", "quotas", planned=True),
    )),
    Text("museum", "press release", date(2022, 4, 20), """\
National Museum to reopen its gold hall

The National Museum announced on Wednesday that its Hall of Gold will reopen to visitors on
1 June after a two-year renovation.

The hall first opened in 2014 and was closed in March 2020. Around 300 objects, some dating
from c. 1200, will be on show, among them pieces found near Issyk in 1969.

Guided tours are planned from 15 June onwards.
""", (
        expect("2022-04-20", "announced"),
        expect("2022-06-01", "hall", "reopen", planned=True),
        expect("2014", "opened"),
        expect("2020-03", "closed"),
        expect("1969", "found"),
        expect("2022-06-15/..", "tours", planned=True),
    )),
    Text("appeal", "court judgment", date(2019, 11, 5), """\
Court of Appeal: reasons for judgment

The appellant was convicted of fraud on 12 September 2018 and sentenced to four years. He lodged
his appeal on 2 October 2018, within the time allowed.

The offences were committed between January 2015 and June 2016. On 30 October 2019 this court
heard the appeal, and it reserved judgment until today.
""", (
        expect("2018-09-12", "convicted"),
        expect("2018-10-02", "appeal"),
        expect("2015-01/2016-06", "offences"),
        expect("2019-10-30", "heard"),
    )),
    Text("observatory", "encyclopedia history", None, """\
Tien Shan Astronomical Observatory

The observatory was established in 1957 on a plateau south of Almaty. Its first large
telescope was installed in 1963, and a second one followed in 1981.

After 1991 the observatory was run by the national academy of sciences. A new dome was built
between 2012 and 2014 and opened in October 2014.
""", (
        expect("1957", "established"),
        expect("1963", "telescope"),
        expect("1981", "second"),
        expect("1991/..", "academy"),
        expect("2012/2014", "dome"),
        expect("2014-10", "opened"),
    )),
    Text("marathon", "sports report", date(2019, 9, 23), """\
Almaty marathon draws record field

More than 16,000 runners took part in the Almaty Marathon on Sunday, the most since the race
was first held in 2013.

Kenya's David Kiprop won the men's race in 2:14:05. The women's winner, Aigul Bekova, also won
the race in 2017.

Next year's marathon will be held on 27 September 2020, the organisers said.
""", (
        expect("2019-09-22", "marathon"),
        expect("2013", "first held"),
        expect("2017", "won"),
        expect("2020-09-27", "marathon", planned=True),
    )),
    # Written after every rule of this branch was settled, and scored once as they stand.
    Text("flour", "company history", None, """\
Company profile

Dala Mills began as a single flour mill in Kostanay, opened by a farmers' cooperative in
1992. Two years later it bought a bakery chain in Astana.

The company was reorganised as a joint-stock company in 2006 and has exported flour to
Afghanistan since 2009. In 2015 it was acquired by a regional food holding, which closed the
original mill in 2019.
""", (
        expect("1992", "mill"),
        expect("1994", "bakery"),
        expect("2006", "joint-stock"),
        expect("2009/..", "exported"),
        expect("2015", "acquired"),
        expect("2019", "closed"),
    )),
    Text("cargo", "mission summary", date(2022, 11, 1), """\
Progress MS-20 cargo flight

Progress MS-20 lifted off from Baikonur on 3 June 2022 and reached the station about
3.5 hours later. It delivered some 2.5 tonnes of fuel, water and supplies.

The freighter will remain docked until the end of the year. Its successor, Progress MS-21,
was launched on 26 October.
""", (
        expect("2022-06-03", "lifted off"),
        expect("../2022", "docked", planned=True),
        expect("2022-10-26", "successor"),
    )),
    Text("visa", "government statement", date(2023, 11, 28), """\
Statement on visa-free entry

The Ministry of Foreign Affairs reports that citizens of 12 more countries will be able to
enter Kazakhstan without a visa from 1 January 2024.

The previous list was extended on 15 July 2022. Visa-free stays will be limited to 30 days,
and the rules are to be reviewed no later than December 2024.
""", (
        expect("2024-01-01", "visa", planned=True),
        expect("2022-07-15", "extended"),
        expect("../2024-12", "reviewed", planned=True),
    )),
    Text("theatre", "HTML page", None, """\
<html><head><title>Season opening</title>
<meta property="article:published_time" content="2021-09-03T10:00:00+06:00"></head>
<body><article><h1>Drama theatre opens its 90th season</h1>
<p>The Auezov Drama Theatre will open its 90th season on 10 September with a new production of
Abai's Path.</p>
<p>The theatre, founded in 1926, moved into its current building in 1981. The building was
last renovated between 2017 and 2019.</p>
<p>Tickets went on sale on Wednesday.</p>
</article></body></html>
""", (
        expect("2021-09-10", "season", planned=True),
        expect("1926", "founded"),
        expect("1981", "building"),
        expect("2017/2019", "renovated"),
        expect("2021-09-01", "tickets"),
    )),
    Text("pipeline-leak", "wire story", None, """\
Pipeline leak halts oil exports

AKTAU, March 8, 2022 (Reuters) - Kazakhstan halted oil exports through a Caspian pipeline on
Monday after a leak was found near the port, the operator said.

Repairs are expected to take about two weeks. The pipeline was last shut for maintenance in
October 2020, when flows resumed after four days.
""", (
        expect("2022-03-07", "halted"),
        expect("2020-10", "shut"),
    )),
)  # fmt: skip
