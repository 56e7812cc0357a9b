"""Texts written after the rules of ``kztimeline draft`` were settled and never used to
change one: scored on their own by ``benchmarks/draft_dates.py`` as the fairer estimate of
how the draft does on texts it has not seen. Same form as ``draft_corpus.py``."""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FRESH_CORPUS", "HELD_OUT_CORPUS", "LAST_CORPUS")


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


# A third batch, in twelve styles, written once the ten texts above had been read and every
# rule settled, and scored before any change it led to: its first reading is the estimate on
# unseen text. Each holds the numbers that look like years and are none (ages, durations,
# amounts, counts, page and case numbers, clock times, years used as adjectives, cited
# works, comparisons), beside the dated facts a reader would record.
FRESH_CORPUS: tuple[Text, ...] = (
    Text("smelter", "wire story", None, """\
Copper smelter fire halts output

BALKHASH, May 17, 2023 (Reuters) - A fire broke out at the Balkhash copper smelter at 0415 GMT
on Wednesday, forcing the plant to stop production, its owner said in a statement issued at
2015 GMT.

The smelter produces about 1200 tonnes of cathode copper a day. Output is expected to resume
by June 10, a company spokesman said, adding that the 2021 modernisation plan had replaced most
of the furnace lining.

The plant, built in 1938, last suffered a major fire in August 2008.

(Reporting by Dana Omarova; Editing by Mark Heinrich)
""", (
        expect("2023-05-17", "fire"),
        expect("../2023-06-10", "output", planned=True),
        expect("1938", "built"),
        expect("2008-08", "fire"),
    )),
    Text("payments", "press release", None, """\
FOR IMMEDIATE RELEASE

Saryarka Bank launches instant payments for small businesses

ALMATY, Kazakhstan, March 2, 2024 /PRNewswire/ -- Saryarka Bank today launched instant card
payments for its 45,000 small-business clients, the first step of the bank's 2024-2026 digital
strategy.

The service was tested with 300 shops between November 2023 and February 2024. Fees will fall
to 0.9% from April 1, 2024, and a version for online stores is planned for the third quarter.

"Our clients have asked for this for 10 years," said Chief Executive Marat Ospanov, 52, who
joined the bank in 2017.

About Saryarka Bank
Founded in 1998, Saryarka Bank serves 1.2 million customers. Media contact: +7 727 259 1998.

SOURCE Saryarka Bank
""", (
        expect("2024-03-02", "instant"),
        expect("2023-11/2024-02", "tested"),
        expect("2024-04-01", "fees", planned=True),
        expect("2024-07/2024-09", "online", planned=True),
        expect("2017", "joined"),
        expect("1998", "founded"),
    )),
    Text("plot", "court opinion", date(2023, 3, 14), """\
SUPREME COURT OF THE REPUBLIC
Case No. 6001-22-00-3gp/118

1. The claimant, Zhanar Ismailova, bought a plot of 0.12 hectares in the village of Kemer under
a contract dated 5 May 2009 (case file, p. 1994).

2. On 20 January 2021 the district administration cancelled her title, relying on Resolution
No. 2015 of the regional council (see Bekov v. Akimat, judgment of 3 June 2015, paras. 14-18).

3. The district court dismissed her claim on 9 September 2021; the regional court upheld that
decision on 16 February 2022.

4. The claimant, who was 67 at the time, has farmed the plot for 13 years.
""", (
        expect("2009-05-05", "bought"),
        expect("2021-01-20", "cancelled"),
        expect("2021-09-09", "dismissed"),
        expect("2022-02-16", "upheld"),
    )),
    Text("railway", "encyclopedia history", None, """\
Karatau-Zhanatas Railway

The Karatau-Zhanatas Railway is a 120-kilometre line that carries phosphate ore to the plants
of Taraz. It was built between 1963 and 1966.

Work began in the spring of 1963, and the first train reached Zhanatas on 7 November 1965. The
line was electrified in 1978.

A 1998 survey (Omarov 2003, pp. 112-118) found that the line carried some 1500 wagons a month.
Passenger services ended in 1996.
""", (
        expect("1963/1966", "built"),
        expect("1963", "work began"),
        expect("1965-11-07", "first train"),
        expect("1978", "electrified"),
        expect("1996", "passenger"),
    )),
    Text("hockey", "sports report", date(2023, 1, 12), """\
Barys edge Avangard in overtime

ASTANA, Jan 12 (Sports Wire) - Barys Astana beat Avangard Omsk 3-2 in overtime on Thursday to
end a five-game losing run.

Captain Nikita Mikhailis, 28, scored the winner 2:15 into extra time, his 20th goal of the
season. Barys had last beaten Avangard in October 2021.

Goalkeeper Henrik Karlsson, a veteran of the 2018 Winter Olympics, made 34 saves. Barys will
host Ak Bars Kazan on Saturday.
""", (
        expect("2023-01-12", "beat"),
        expect("2021-10", "beaten"),
        expect("2023-01-14", "ak bars", planned=True),
    )),
    Text("brewery", "company history", None, """\
Our history

Shymkent Brewing traces its roots to a small brewery opened by the merchant Ivan Sorokin in
1897. After the revolution the plant was nationalised, in 1920.

The brewery was privatised in 1994 and listed on the Kazakhstan Stock Exchange in 2007, when
it sold 25% of its shares for 2000 million tenge. It has brewed under licence for a Czech brand
since 2012.

Today its 650 employees produce more than 1,000,000 hectolitres a year. In 2022 the company
marked its 125th anniversary with a new visitor centre.
""", (
        expect("1897", "brewery"),
        expect("1920", "nationalised"),
        expect("1994", "privatised"),
        expect("2007", "listed"),
        expect("2012/..", "licence"),
        expect("2022", "anniversary"),
    )),
    Text("baiterek", "mission summary", None, """\
Baiterek-2 mission summary

Launch: 14 October 2025, 21:15 UTC, Baikonur Cosmodrome
Vehicle: Proton-M / Breeze-M

Baiterek-2 separated from its upper stage 9 hours 12 minutes after launch and reached its
orbital slot at 58.5 degrees East on 2 November 2025. The satellite, based on a 2019 design,
carries 28 Ku-band transponders and is expected to serve for 15 years.

Commercial service began on 1 December 2025. The satellite replaces Baiterek-1, launched in
2011, which will be moved to a graveyard orbit in 2026.
""", (
        expect("2025-10-14", "launch"),
        expect("2025-11-02", "slot"),
        expect("2025-12-01", "commercial service"),
        expect("2011", "launched"),
        expect("2026", "graveyard", planned=True),
    )),
    Text("reservoir", "government statement", None, """\
Ministry of Water Resources
Press service
Astana, 4 June 2024

Statement on the Koksaray reservoir

The Koksaray reservoir reached its highest level on record, 3.2 billion cubic metres, at 08:00
on 3 June. Releases into the Syr Darya were raised on the same day to 1,930 cubic metres a
second, twice the rate of 2017.

The reservoir was commissioned in 2011 to protect the lower river from winter floods. An
inspection of the dam will be completed no later than 1 July.

Residents of 14 villages downstream were advised on 28 May to move livestock to higher ground.
""", (
        expect("2024-06-03", "reservoir", "level"),
        expect("2024-06-03", "releases"),
        expect("2011", "commissioned"),
        expect("../2024-07-01", "inspection", planned=True),
        expect("2024-05-28", "advised"),
    )),
    Text("library", "HTML page", None, """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Library news</title>
<meta property="article:published_time" content="2022-11-15T09:00:00+06:00"></head>
<body>
<nav><a href="/">Home</a> | <a href="/archive/2021">2021 archive</a></nav>
<main>
<h1>National Library extends opening hours</h1>
<p>From 1 December the reading rooms will stay open until 21:00 on weekdays.</p>
<p>The library, which holds some 6.5 million items, opened its new building on Respublika
Avenue in 2004. Its manuscript collection was digitised between 2015 and 2020.</p>
<p>Founded in 1931 as a city library, it became the national library in 1991.</p>
</main>
<footer>&copy; 2008-2022 National Library. Page 2 of 14.</footer>
</body></html>
""", (
        expect("2022-12-01", "reading rooms", planned=True),
        expect("2004", "building"),
        expect("2015/2020", "digitised"),
        expect("1931", "founded"),
        expect("1991", "national library"),
    )),
    Text("composer", "obituary", date(2024, 2, 6), """\
Nurlan Abenov, composer, 1941-2024

Nurlan Abenov, whose songs were sung at every wedding in the country for half a century, died
on 3 February in Almaty. He was 82.

Born in a village near Semipalatinsk on 19 August 1941, he taught himself the dombra at the age
of seven and entered the Almaty Conservatory in 1959. His 1967 song "Steppe Evening" made his
name, and in 1975 he was named People's Artist.

He married the singer Roza Temirova in 1966; she died in 2010. A memorial concert will be held
at the Abai Opera House on 10 March.
""", (
        expect("2024-02-03", "died"),
        expect("1941-08-19", "born"),
        expect("1959", "conservatory"),
        expect("1975", "people's artist"),
        expect("1966", "married"),
        expect("2010", "died"),
        expect("2024-03-10", "memorial concert", planned=True),
    )),
    Text("kestrel", "product changelog", None, """\
Changelog - Kestrel Sync

## 4.2.0 - 2024-05-06
- Sync now resumes after a dropped connection (#2024).
- Dropped support for Windows 7, as announced on 2023-11-20.

## 4.1.1 - 2024-03-18
- Fixed a crash when a calendar held more than 1999 events.

## 4.0.0 - 2023-12-01
- New storage format; files written by 3.x are converted on first start.

Version 3.x will receive security fixes until 2024-12-31.
""", (
        expect("2024-05-06", "4.2.0"),
        expect("2023-11-20", "announced"),
        expect("2024-03-18", "4.1.1"),
        expect("2023-12-01", "4.0.0"),
        expect("../2024-12-31", "security fixes", planned=True),
    )),
    Text("sitting", "parliamentary record", None, """\
Mazhilis of the Parliament
Verbatim record of the plenary sitting, Wednesday, 11 October 2023
The sitting opened at 10:00.

Deputy A. Seitkali: Colleagues, the bill on rural roads was first read on 27 September. The
2022 audit found that 1,850 kilometres of roads built since 2015 already need repair. In 2019
the government promised to pave every village road within five years; that promise has not
been kept.

Minister B. Zhunusov: The programme was approved in March 2020 and its budget was cut in 2022.
We will submit a revised plan to the Mazhilis by 1 December.

Chair: The bill is adopted in second reading. The sitting closed at 12:40.
""", (
        expect("2023-09-27", "first read"),
        expect("2019", "promised"),
        expect("2020-03", "approved"),
        expect("2022", "budget"),
        expect("../2023-12-01", "revised plan", planned=True),
        expect("2023-10-11", "adopted"),
    )),
)  # fmt: skip


# Seven more, written after the fixes the third batch led to, and scored once, as a check
# that those fixes are general and not fitted to the texts that showed the faults.
LAST_CORPUS: tuple[Text, ...] = (
    Text("pension", "wire story", date(2023, 5, 10), """\
Kazakh lawmakers approve pension reform

ASTANA, Kazakhstan (AP) - Kazakhstan's lower house of parliament on Wednesday approved a pension
reform that will raise the retirement age for women to 63 by 2028, the biggest change to the
system since 1998.

The bill, first proposed in the government's 2021 budget message, now goes to the Senate, which
is expected to vote on it in June. The 59-year-old labour minister, Tamara Duisenova, said
1.2 million women would be affected over 10 years.

The pension age for women was last raised in 2018.
""", (
        expect("2023-05-10", "approved"),
        expect("../2028", "retirement age", planned=True),
        expect("2023-06", "vote", planned=True),
        expect("2018", "raised"),
    )),
    Text("temirtau", "encyclopedia history", None, """\
Temirtau

Temirtau is an industrial city in the Karaganda Region. It was founded in 1905 as the
settlement of Zhaur, and received city status in 1945.

The Karaganda Metallurgical Plant, whose first blast furnace was lit in 1960, made the city the
country's steel centre. In 1959 riots broke out among construction workers. The population
peaked at about 230,000 in 1989 and has declined since.

See also: Karaganda Encyclopedia (2nd ed., 1987), p. 214.
""", (
        expect("1905", "founded"),
        expect("1945", "city status"),
        expect("1960", "blast furnace"),
        expect("1959", "riots"),
        expect("1989", "peaked"),
    )),
    Text("football", "sports report", None, """\
Astana clinch title with two games to spare

Published 29 October 2022, 22:40

FC Astana won their seventh Kazakhstan Premier League title on Saturday with a 2-0 win over
Tobol, their first since 2019.

Striker Marin Tomasov, 34, scored both goals. The 2018 champions Kairat finished fourth.

Astana will play in the Champions League qualifiers next July.
""", (
        expect("2022-10-29", "title"),
        expect("2023-07", "champions league", planned=True),
    )),
    Text("lease", "court opinion", None, """\
IN THE HIGH COURT OF JUSTICE
Claim No. HC-2019-001843

JUDGMENT

1. By a lease dated 14 August 2012 the claimant let the warehouse to the defendant for a term of
15 years.

2. The defendant stopped paying rent in April 2019. A notice to quit was served on 3 June 2019
and the claim was issued on 21 October 2019.

3. The trial took place over three days, 8 to 10 March 2021. I reserved judgment.

Dated: 2 April 2021
""", (
        expect("2012-08-14", "lease"),
        expect("2019-04", "stopped paying"),
        expect("2019-06-03", "notice"),
        expect("2019-10-21", "claim"),
        expect("2021-03-08/2021-03-10", "trial"),
    )),
    Text("tea", "HTML page", None, """\
<html><head><title>About us</title></head><body><main><h1>About Kazyna Tea</h1>
<p>Kazyna Tea was founded in Almaty in 1991 by two brothers who imported tea from Georgia. In
1997 the company built its first packing plant, which still runs today.</p>
<p>Sales passed 10,000 tonnes in 2008, and in 2013 the firm began exporting to Kyrgyzstan.
Since 2020 all its packaging has been recyclable.</p>
<p>Our 2030 goal: carbon-neutral production.</p>
</main><footer>&copy; 1991-2024 Kazyna Tea LLP</footer></body></html>
""", (
        expect("1991", "founded"),
        expect("1997", "packing plant"),
        expect("2008", "sales"),
        expect("2013", "exporting"),
        expect("2020/..", "packaging"),
    )),
    Text("landing", "mission summary", None, """\
Soyuz MS-28 landing

The Soyuz MS-28 capsule landed in the steppe southeast of Dzhezkazgan at 0854 GMT on
9 December 2026, ending a 240-day mission.

The three crew members had launched from Baikonur on 12 April. During the flight they carried
out two spacewalks, on 3 July and 18 September, and hosted the Progress MS-33 cargo ship.

The next crew is due to launch on 20 March 2027.
""", (
        expect("2026-12-09", "landed"),
        expect("2026-04-12", "launched"),
        expect("2026-07-03", "spacewalks"),
        expect("2026-09-18", "spacewalks"),
        expect("2027-03-20", "crew", planned=True),
    )),
    Text("gas", "government statement", None, """\
Statement by the Ministry of Energy
17 January 2025

The Ministry of Energy reports that gas supplies to Ekibastuz were fully restored at 06:30 on
16 January, two days after an accident at the Karaganda compressor station.

Repairs to the station are to be completed by 1 February. Under the 2023-2029 gas development
plan, a second pipeline to the city will be built by 2027.

A similar accident in January 2021 left 5,000 homes without heating for a week.
""", (
        expect("2025-01-16", "restored"),
        expect("2025-01-14", "accident"),
        expect("../2025-02-01", "repairs", planned=True),
        expect("../2027", "pipeline", planned=True),
        expect("2021-01", "accident"),
    )),
)  # fmt: skip
