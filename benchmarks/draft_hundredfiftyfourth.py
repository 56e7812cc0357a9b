"""The hundred-and-fifty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its earlier test texts. Twenty styles, one text
each: a wire story with a dateline, a press release, a court opinion, an encyclopedia history,
a sports report, a company history, a mission summary (space), a government statement, an HTML
news page, a storm surge warning, a cyclo-cross race report, a wind turbine order release, a
drover's diary of the 1860s, a glacier retreat survey report, a botanical glasshouse's history,
a health ministry vaccination statement, a museum exhibition HTML page, a coroner's inquest
finding, a biscuit factory's history and a rail timetable change notice. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, "next
week", "the late 1970s", "some decades later") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYFOURTH_CORPUS",)


HUNDREDFIFTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-operator-insolvency",
        "wire story with a dateline",
        date(2025, 3, 14),
        """SALTMERE, March 14 (Northwind News) - Saltmere Lines, the ferry operator that has linked
the Fennick islands to the mainland for more than six decades, filed for insolvency on
Thursday, leaving about 1,100 islanders without a scheduled crossing.

The company suspended all sailings on Monday after its main lender, Coastbank, refused to
extend a credit line worth 14 million crowns. Its two ships are tied up at the Saltmere quay,
with their crews still on board.

Founded in 1961 by the fishermen's cooperative of Ostre Fennick, Saltmere Lines was bought in
about 2014 by the investment group Harrowgate Capital. In its filing, the company said 2024
had been its worst year since 2009, with passenger numbers down by a fifth and fuel costs up
by a third.

Creditors will meet on Tuesday at the district court in Kellby, the court-appointed
administrator, Runa Vassgaard, told reporters. She said she would decide no later than April 30
whether the company could be sold as a going concern or would have to be wound up.

"There is interest from two operators on the mainland, but nobody buys a ferry company in a
week," Vassgaard said.

The regional government said a chartered replacement vessel would begin sailing next week.
Until this month, ferries left Saltmere every morning at 6.15 and returned at dusk.

(Reporting by Ivo Brandt; Editing by Claire Mensah)""",
        (
            expect("2025-03-13", "insolvency"),
            expect("2025-03-10", "sailings"),
            expect("1961", "found"),
            expect("2014~", "bought"),
            expect("2025-03-18", "creditors", planned=True),
            expect("../2025-04-30", "decide", planned=True),
        ),
    ),
    Text(
        "dairy-cheese-plant",
        "press release",
        date(2024, 6, 3),
        """PRESS RELEASE - For immediate release

Brackwater Dairy Co-operative opens cheese plant at Kellow Vale

KELLOW VALE, 3 June 2024 - Brackwater Dairy Co-operative today announced that its new cheese
plant at Kellow Vale started production on 28 May. The official opening, with the regional
agriculture minister Hedda Lorne, will take place on 14 June.

The plant can process up to 400,000 litres of milk a day and will make hard and semi-hard
cheeses for the home market and for export. The co-operative's board approved the investment
of 86 million euros on 7 December 2021, and construction began in September 2022. A second
production line, for soft cheeses, is scheduled to come online in March 2025.

Founded in 1923 by 31 farming families, the co-operative now has 612 member farms. Forty-four
of them have supplied organic milk since 2019, and their organic intake grew by 11 per cent in
the last financial year, the strongest growth since 2015.

"This plant means that the milk from our valleys is turned into cheese in our valleys," said
chief executive Arvid Solberg. "It secures the income of our members for a generation."

The plant is certified to ISO 22000 and runs on 100 per cent renewable electricity.

Notes to editors
Brackwater Dairy Co-operative holds its annual general meeting every April in Kellow Vale.

Media contact: Ilse Parvin, +44 1632 960 418, press@brackwater.example""",
        (
            expect("2024-05-28", "production"),
            expect("2022-09", "construction"),
            expect("2021-12-07", "investment"),
            expect("2025-03", "line", planned=True),
            expect("2024-06-14", "opening", planned=True),
            expect("1923", "found"),
            expect("2019/..", "organic"),
        ),
    ),
    Text(
        "hollis-v-drennan",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE PROVINCE OF WESTMARCH
CIVIL DIVISION
Case No. CA-2021-0473

HOLLIS AGRICULTURAL SUPPLIES LTD., Plaintiff-Respondent,
v.
DRENNAN TRACTOR WORKS INC., Defendant-Appellant.

Appeal from the District Court of Orlen County (Amsel, J.)

OPINION of the Court, delivered by OYELARAN, J.

[1] On or about 12 March 2019 the parties concluded an oral agreement, later confirmed by
e-mail, under which Drennan was to deliver six compact tractors to Hollis no later than
30 September 2019. The tractors were not delivered. Hollis rescinded the agreement by letter of
11 October 2019 and bought replacement machines from another dealer at a higher price.

[2] Hollis sued on 4 February 2020, claiming the difference in price under section 42 of the
Sale of Goods Act 1979. The District Court granted summary judgment for Hollis on 17 August
2021. Drennan filed its notice of appeal ten days later.

[3] Drennan argues that no delivery date was ever agreed, and that the e-mail of its sales
manager was an estimate, not a promise. We disagree. The e-mail states a date, the order form
repeats it, and Drennan's own dispatch schedule lists the six tractors by serial number. A
seller who names a date and accepts payment against it is bound by it.

[4] We heard argument on 9 May 2022. For the reasons given above, the judgment on liability is
affirmed. The question of interest is remanded to the District Court, which is to decide it no
later than 1 December 2022.

Affirmed in part and remanded.

KESTERN and ABARA, JJ., concur.""",
        (
            expect("2019-03-12~", "agreement"),
            expect("../2019-09-30", "deliver"),
            expect("2019-10-11", "rescind"),
            expect("2020-02-04", "hollis"),
            expect("2021-08-17", "judgment"),
            expect("2021-08-27", "appeal"),
            expect("2022-05-09", "argument"),
            expect("../2022-12-01", "interest", planned=True),
        ),
    ),
    Text(
        "vellmoor",
        "encyclopedia history",
        None,
        """Vellmoor

Vellmoor is a market town on the river Aske, in the district of Lower Harnmark, with about
12,400 inhabitants. It is known for its half-timbered market square and its stone bridge.

History

The settlement is first mentioned in a charter of c. 1140 as Vellanmor. A Cistercian abbey was
possibly founded nearby in 1152, although the date rests on a single late chronicle and no
trace of the buildings has been found. Count Odo III granted the town market rights in 1287,
and it joined the league of the Aske towns some decades later.

Vellmoor burned in 1524 and again in 1611. After the second fire the town council required new
houses on the square to be built in stone, and the population did not recover its medieval
size for two centuries.

The railway from Harnby reached Vellmoor in 1868, and the station hotel opened the following
year. Small textile mills grew up along the river in the late 19th century.

Since 1974 Vellmoor has been part of the district of Lower Harnmark, after the old district of
Vellmoor-Land was dissolved. The flood of March 2010, the worst since 1883, covered the lower
town to a depth of a metre and led to the building of new river walls.

Culture

The town museum occupies the former grammar school. A horse fair is held on the square every
October, and the Aske regatta takes place each summer.

See also
- List of towns in Lower Harnmark
- Aske valley railway""",
        (
            expect("1140~", "charter"),
            expect("1152?", "abbey"),
            expect("1287", "market"),
            expect("1524", "burn"),
            expect("1611", "burn"),
            expect("1868", "railway"),
            expect("1869", "hotel"),
            expect("1974/..", "district"),
            expect("2010-03", "flood"),
        ),
    ),
    Text(
        "harrow-vale-derby",
        "sports report",
        date(2024, 11, 24),
        """Harrow Vale 2 Dunmore Athletic 1

By Kit Ambrose, Sunday 24 November 2024

Harrow Vale moved three points clear at the top of the Northern League on Saturday, beating
Dunmore Athletic 2-1 at a rain-soaked Ferris Park.

Joel Makinde, signed from Carrick Rovers in January, headed the opener after eleven minutes
from a corner by Sami Varga. Dunmore levelled just before the break through Owen Castell, but
substitute Leon Achterberg drove in the winner with six minutes left, in front of a crowd of
1,986.

Vale's only defeat of the season came on October 2, when they went down 3-0 at Dunmore in the
first meeting of the sides. Saturday's result was their first home win over their neighbours
since 1987. Manager Ruth Okonedo, appointed in the summer of 2023, has rebuilt the defence
around the veteran centre-back Pavel Horak.

"We train on this pitch every Tuesday and Thursday, so we knew what the mud would do," Okonedo
said. "The lads were brilliant."

The club, champions in 1998 and 2003, travel to Port Ellery on Wednesday before the County Cup
final against Stanmore on 14 December.

Harrow Vale: Brandt; Okafor, Horak, Lenz, Moyo; Varga, Kiel, Dunne; Makinde, Pires
(Achterberg 71), Tolland.
Dunmore Athletic: Sale; Quist, Amadi, Rourke, Fenn; Castell, Lowe, Ibsen; Hart, Nilsen, Dyer.
Referee: M. Corrigan.""",
        (
            expect("2024-11-23", "vale", "dunmore"),
            expect("2024-01", "makinde"),
            expect("2024-10-02", "dunmore"),
            expect("1998", "champion"),
            expect("2003", "champion"),
            expect("2024-11-27", "ellery", planned=True),
            expect("2024-12-14", "cup", "final", planned=True),
        ),
    ),
    Text(
        "pellow-and-sons",
        "company history",
        None,
        """Pellow & Sons - Our history

Pellow & Sons was founded in 1902 by the tinsmith Edwin Pellow in a rented shed behind the
Crown inn at Marbury. His enamelled milk pans sold well at the county fairs, and in 1919 the
firm moved to a purpose-built works on Canal Street. The following year it began exporting to
the Low Countries, shipping through the port of Hullerby.

During the Second World War the works made mess tins and ration cans for the army. It was
damaged in air raids in 1940, 1941 and 1943, but production never stopped for more than a
week.

The company was floated on the Marbury Stock Exchange in around 1962, and the "Pellow Blue"
enamel range, launched in 1968, became its best-seller for three decades. A difficult period
followed in the late 1970s, when cheap imports took much of the home market.

From 1988 onwards the firm has been owned by the Pellow Family Trust, which bought back the
listed shares and returned the company to private hands. Edwin's great-granddaughter, Alys
Pellow, has chaired the board since her father retired.

Today Pellow & Sons employs 340 people and sells in 27 countries. Every pan still leaves the
Canal Street works with a hand-stamped maker's mark. A new distribution warehouse at Dray Lane
is to be completed by 2027.""",
        (
            expect("1902", "found"),
            expect("1919", "move"),
            expect("1920", "export"),
            expect("1940", "raid"),
            expect("1941", "raid"),
            expect("1943", "raid"),
            expect("1962~", "exchange"),
            expect("1968", "blue"),
            expect("1988/..", "trust"),
            expect("../2027", "warehouse", planned=True),
        ),
    ),
    Text(
        "selkie-mission",
        "mission summary",
        None,
        """Mission summary: SELKIE

Agency: Northern Space Consortium (NSC)
Mission type: lunar orbiter and lander
Status: extended operations

SELKIE was launched on 3 March 2021 on a Corvan-2 rocket from the Skarvik range. After a
five-week transfer, the spacecraft entered lunar orbit on 9 April, and the small lander Tern
separated from it two days later. Tern touched down in Mare Frigoris on 14 April, the first
landing on the Moon by a consortium spacecraft.

The prime science phase ran from 1 May 2021 to 30 April 2023. The lander worked through
fourteen lunar days; contact with it was lost on or about 20 June 2022, when its batteries are
thought to have failed during the lunar night.

From a polar orbit of 100 km, the orbiter mapped water-ice deposits in permanently shadowed
craters at 5 m resolution and completed more than 2048 orbits before the end of the prime
phase. Its radar sounder found layered ice up to 12 m thick in Shackleton-type craters.

NSC extended the mission in April 2023, lowering the orbit to 40 km to sharpen the radar
images. The orbiter is expected to be crashed near the lunar south pole in about October 2026,
once its fuel runs out.

Key instruments: SELRAD radar sounder, NIRIS near-infrared spectrometer, TERNCAM descent
camera.""",
        (
            expect("2021-03-03", "launch"),
            expect("2021-04-09", "orbit"),
            expect("2021-04-11", "tern"),
            expect("2021-04-14", "tern"),
            expect("2021-05-01/2023-04-30", "science"),
            expect("2022-06-20~", "contact"),
            expect("2023-04", "extend"),
            expect("2026-10~", "crash", planned=True),
        ),
    ),
    Text(
        "hgv-toll-statement",
        "government statement",
        date(2025, 2, 7),
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE

Statement by the Minister, Ansel Thorvaldsen, on the heavy goods vehicle toll
7 February 2025

The Cabinet approved the scheme on 28 January after talks with the hauliers' associations, and
on Monday I introduced the Road Charging Bill in Parliament. It replaces the flat annual
vignette for lorries that has been in force since 2008 with a toll based on the distance
driven.

Under the Bill, the new toll will take effect on 1 July. Hauliers operating vehicles of more
than 12 tonnes must register with the tolling authority by 31 May. A public consultation on
the rates will run from 10 to 28 March, and the final rates will be published no later than
15 April.

Lorry traffic on our motorways is at its highest level since 2019. The vignette charges a
lorry that crosses the country every day the same as one that leaves its depot twice a year.
That is neither fair nor sustainable. The distance-based toll will also be lower for vehicles
with zero emissions.

The legal basis for road charging remains the Road Traffic Act 1994. The revenue will be spent
on the maintenance of the national road network.

Press office: +47 2298 4410 | press@samferdsel.example""",
        (
            expect("2025-02-03", "bill"),
            expect("2008/..", "vignette"),
            expect("2025-01-28", "cabinet"),
            expect("2025-07-01", "toll", planned=True),
            expect("../2025-05-31", "register", planned=True),
            expect("2025-03-10/2025-03-28", "consultation", planned=True),
            expect("../2025-04-15", "rates", planned=True),
        ),
    ),
    Text(
        "ashcombe-library-html",
        "HTML news page",
        date(2024, 9, 16),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Ashcombe library reopens - Ashcombe Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/local">Local</a></nav>
<article>
<h1>Ashcombe library reopens after two-year refit</h1>
<p class="byline">By Nadia Ferro &middot; <time datetime="2024-09-16T08:30">16 September
2024</time></p>
<p>Ashcombe Central Library reopened to readers on Saturday after a renovation that kept its
doors shut for two and a half years.</p>
<p>The Edwardian building on Mill Road, built in 1911 with a gift from the mill owner Josiah
Crane, closed in March 2022. Work began around August 2022 and finished more than a year late
after asbestos was found in the ceiling of the reading room.</p>
<p>The concrete extension added in 1976 has gone, replaced by a glass hall for the children's
library. "People queued round the block," said librarian Owen Patel. "We lent 900 books in the
first four hours."</p>
<p>A rooftop caf&eacute; will open on 1 October, and the local history archive is due to
return from storage by the end of November.</p>
<p>The library is open from 9am to 7pm every weekday and closes at 4pm on Saturdays.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass vote delayed</a></li></ul>
</aside>
<footer>&copy; 2024 Ashcombe Courier &middot; Tel 01632 960 771</footer>
</body>
</html>""",
        (
            expect("2024-09-14", "reopen"),
            expect("1911", "built"),
            expect("2022-03", "close"),
            expect("2022-08~", "work"),
            expect("1976", "extension"),
            expect("2024-10-01", "caf", planned=True),
            expect("../2024-11", "archive", planned=True),
        ),
    ),
    Text(
        "storm-surge-ilse",
        "storm surge warning",
        date(2025, 1, 14),
        """NATIONAL COASTAL FORECASTING SERVICE
STORM SURGE WARNING - AMBER
Reference: NCFS/SSW/25/004
Issued: 05:40 Tuesday 14 January 2025

Areas affected: Wexby Estuary, Holm Sands, Corran Bay

Situation
Storm Ilse, a deep depression, is forecast to cross the northern North Sea on Tuesday night.
Gale to severe gale north-westerly winds will drive a surge of 1.2 to 1.6 m above the
predicted astronomical tide, coinciding with spring tides.

Validity
This warning is valid from 18:00 Tuesday 14 January until 12:00 Thursday 16 January.

Expected impacts
The highest water levels are expected on Wednesday morning, around the high tide at 07:30.
Overtopping of sea walls and spray are likely at exposed promenades. Levels at Corran Bay could
be the highest since 5 December 2013.

Actions already taken
The Wexby tidal barrier, in operation since 1984, was closed on Monday evening as a
precaution. Holm Sands caravan park was evacuated on Sunday by the district council.

Advice
Keep away from sea fronts and do not drive through flood water. Check the flood warnings for
your area, which are updated every three hours.

Next update: no later than 17:00 today.
Floodline: 0345 988 1188""",
        (
            expect("2025-01-14", "ilse", planned=True),
            expect("2025-01-14/2025-01-16", "warning", planned=True),
            expect("2025-01-15", "level", planned=True),
            expect("1984/..", "barrier"),
            expect("2025-01-13", "barrier", "close"),
            expect("2025-01-12", "evacuat"),
        ),
    ),
    Text(
        "dunhaven-cyclocross",
        "cyclo-cross race report",
        date(2025, 1, 5),
        """CYCLO-CROSS | World Cup, round 11, Dunhaven

Velde rides away in the Dunhaven sand

By Joris Lammens - 5 January 2025

DUNHAVEN - Marit Velde took her third World Cup win of the season on Sunday, riding clear of
Elke Branson on the fourth of six laps through the dunes and holding her off to the line by
18 seconds.

Branson led for three laps, but a slip on the long sand section cost her the wheel, and Velde
never looked back. "In the sand you have to run when your legs say ride," Velde said. Velde
had also won at Hollebeek on 26 December, when she beat the same rival in the mud by almost a
minute.

The 26-year-old turned professional in 2019 and won the national title in 2021, 2022 and
2024. She trains most days on the dunes near her home and rides every Tuesday with her old
club in Westkerk.

The World Cup continues on Saturday at Maaskerk, before the world championships at Lindau-Oost
from 31 January to 2 February. Branson still leads the overall standings by 12 points.

Result (elite women, 6 laps)
1. Marit Velde (Delta Lease) 49:12
2. Elke Branson (Team Kortrak) +0:18
3. Noor Hendriks (Delta Lease) +0:51
4. Sanne Bultinck (Fenix-Vell) +1:20""",
        (
            expect("2025-01-05", "velde", "win"),
            expect("2024-12-26", "hollebeek"),
            expect("2019", "profession"),
            expect("2021", "national"),
            expect("2022", "national"),
            expect("2024", "national"),
            expect("2025-01-11", "maaskerk", planned=True),
            expect("2025-01-31/2025-02-02", "championship", planned=True),
        ),
    ),
    Text(
        "skellan-bank-order",
        "wind turbine order release",
        date(2025, 4, 22),
        """NORDVIND TURBINES A/S - Company announcement No. 14/2025

Nordvind receives order for 42 turbines for the Skellan Bank offshore wind farm

Aarhavn, 22 April 2025 - Nordvind Turbines has received an order from Saltire Offshore Energy
for 42 of its NV-15.0 turbines, with a combined capacity of 630 MW, for the Skellan Bank
project off the east coast. The contract was signed on 17 April.

Skellan Bank received development consent in November 2024. The order is subject to Saltire's
final investment decision, which is expected in about September 2025.

Turbine deliveries are scheduled to begin in May 2027 from Nordvind's blade factory in Tornby,
which opened in 2021, and the wind farm is to be fully commissioned by the end of 2028. The
agreement includes a 20-year service contract.

Saltire has operated the 210 MW Corran Rise wind farm since 2016, with turbines supplied by
Nordvind.

"Skellan Bank shows that our customers trust the NV-15.0 platform," said Nordvind chief
executive Mette Lauritsen. "It is the largest order in our history and will keep the Tornby
factory busy for two years."

Nordvind does not disclose the value of individual orders.

For further information:
Investor Relations, Hanne Skov, +45 7012 3456
Media Relations, Bo Kristiansen, +45 7012 3478""",
        (
            expect("2025-04-17", "sign"),
            expect("2024-11", "consent"),
            expect("2025-09~", "investment", planned=True),
            expect("2027-05", "deliver", planned=True),
            expect("2021", "factory"),
            expect("../2028", "commission", planned=True),
            expect("2016/..", "corran"),
        ),
    ),
    Text(
        "aldridge-drover-diary",
        "drover's diary of the 1860s",
        None,
        """Diary of Thomas Aldridge, drover. Mundara to Gresford, 1866.

Monday 3rd Sept. 1866. Left Mundara station at daybreak with 1140 head of store cattle, 6 men
& 22 horses. Mr. Pryde the owner says the rains will come before the month is out. Camped at
Bell's Creek. Good feed.

Wednesday 5th. Crossed the Ullin at the lower ford, water to the saddle flaps. Lost 3 beasts
drowned & one horse lamed.

Thursday. Cattle restless all night. Lost about 40 head in a rush before dawn, found 31 of
them by noon. Young Dawes thrown & his collar bone broke.

Sat. 8th. Rested the mob at Pike's Lagoon, water low & brackish. Dawes poorly.

Lost count of the days with the fever on me. About the 12th we came to the Gresford road, and
Macey took charge while I lay in the dray.

Monday 17th. Better. Met Constable Reilly at the Six Mile, who says the Gresford sale-yards
open on the 24th & prices good. Hope to reach Gresford by the 22nd. Wrote to Mrs A. Reilly knew
old Harker, with whom I first drove this road in 1863. We count the mob every evening & it
stands at 1097.""",
        (
            expect("1866-09-03", "mundara"),
            expect("../1866-09-30", "rain", planned=True),
            expect("1866-09-05", "ullin"),
            expect("1866-09-06", "rush"),
            expect("1866-09-08", "lagoon"),
            expect("1863", "harker"),
            expect("1866-09-12~", "road"),
            expect("1866-09-17", "reilly"),
            expect("1866-09-24", "sale", planned=True),
            expect("../1866-09-22", "gresford", planned=True),
        ),
    ),
    Text(
        "skarra-glacier-survey",
        "glacier retreat survey report",
        None,
        """GLACIER MONITORING REPORT 2024
Skarra Glacier (glacier ID SK-017), Vestfjell range
Prepared by: Institute for Mountain Hydrology, Survey Team B
Report no. IMH-GL-2024-11

1. Summary
The annual terminus survey of Skarra Glacier was carried out from 12 to 19 August 2024. The
terminus had retreated 38 m since the previous survey in September 2023, the largest annual
loss since 2003. The glacier tongue now ends at 1987 m a.s.l.

2. Background
Skarra Glacier was first measured in 1894 by the surveyor Halvor Brekke, who marked the
position of the terminus on a boulder that can still be seen. The monitoring programme has run
without a break since 1952. In total the terminus has retreated about 1.9 km since Brekke's
survey.

3. Observations
A proglacial lake formed in front of the tongue around 2008 and now covers 0.42 km2. According
to the shepherds at Skarra farm, part of the left lateral moraine collapsed into the lake on
or about 30 June 2024; the team found fresh debris and a new scar 60 m long.

4. Outlook
At the present rate of retreat, the lake is projected to reach the crest of the moraine dam by
2035. The municipality has been informed. The next terminus survey is planned for August 2025.

Contact: Dr. Ingrid Solheim, Institute for Mountain Hydrology, +47 5555 0192""",
        (
            expect("2024-08-12/2024-08-19", "survey"),
            expect("2023-09", "survey"),
            expect("1894", "measure"),
            expect("1952/..", "monitoring"),
            expect("2008~", "lake"),
            expect("2024-06-30~", "moraine"),
            expect("../2035", "lake", planned=True),
            expect("2025-08", "survey", planned=True),
        ),
    ),
    Text(
        "ormsby-palm-house",
        "botanical glasshouse's history",
        None,
        """The Palm House at Ormsby Botanic Garden: a short history

The Palm House was designed by the engineer Samuel Treloar and built between 1848 and 1852 of
wrought iron and hand-blown glass. It opened to the public on 12 May 1852, when some 3,000
visitors paid a penny each to walk among the palms.

The giant water lily, Victoria amazonica, flowered here for the first time in 1859, and it has
been grown in the central pool every summer since. A coal-fired boiler house was added c. 1890,
linked to the Palm House by a tunnel 150 yards long that carried the hot-water pipes.

The glazing was replaced in 1931 and again in 1987. The Palm House has been a listed building
since 1953, which means that every pane and rivet must match the original design.

After a survey found the ironwork badly corroded, the house closed in 2016 for a full
restoration. More than 16,000 panes were removed, and the iron frame was stripped, repaired and
painted in its original green. The Palm House reopened on 4 April 2021 with a new collection of
palms from the islands of the Indian Ocean.

It is to close again for about six months in 2026, when the heating is converted from gas to
heat pumps.

Visitor information: open daily 10:00 to 17:00. Tel. 0161 496 0733.""",
        (
            expect("1848/1852", "built"),
            expect("1852-05-12", "open"),
            expect("1859", "lily"),
            expect("1890~", "boiler"),
            expect("1931", "glazing"),
            expect("1987", "glazing"),
            expect("1953/..", "listed"),
            expect("2016", "clos"),
            expect("2021-04-04", "reopen"),
            expect("2026", "clos", planned=True),
        ),
    ),
    Text(
        "autumn-vaccination-campaign",
        "health ministry vaccination statement",
        date(2024, 9, 30),
        """Ministry of Health and Social Care
Press statement - 30 September 2024
Ref: MH/PS/2024/117

Autumn influenza and COVID-19 vaccination campaign to begin on Monday 7 October

The national autumn vaccination campaign will begin on Monday 7 October, the Ministry of
Health and Social Care confirmed. Online booking of appointments at surgeries and pharmacies
opens on Wednesday.

The updated COVID-19 vaccine was authorised by the National Medicines Agency on 19 September,
and the first 1.4 million doses arrived at the central depot on Friday.

People aged 65 and over, residents of care homes, pregnant women and people with long-term
conditions are eligible for both vaccines. Health and care workers in hospitals are asked to
be vaccinated by 15 November.

During last season's campaign, which ran from 2 October 2023 to 31 March 2024, 2.1 million
doses were given, the highest uptake since 2020. The free seasonal programme has existed since
2010.

The Minister of Health, Dr Yara Holm, said: "Flu and COVID still put thousands of people in
hospital every winter. Getting vaccinated every autumn is the simplest way to protect yourself
and the people around you."

Enquiries: Ministry press office, +353 1 555 0140, press@health.example""",
        (
            expect("2024-10-07", "campaign", planned=True),
            expect("2024-10-02", "book", planned=True),
            expect("2024-09-19", "authoris"),
            expect("2024-09-27", "dose"),
            expect("../2024-11-15", "worker", planned=True),
            expect("2023-10-02/2024-03-31", "campaign"),
            expect("2010/..", "programme"),
        ),
    ),
    Text(
        "marrow-harbour-light-html",
        "museum exhibition HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Ilse Marrow: Harbour Light - Kestrel Museum of Art</title></head>
<body>
<nav><a href="/visit">Visit</a> <a href="/exhibitions">Exhibitions</a>
<a href="/shop">Shop</a></nav>
<main>
<h1>Ilse Marrow: Harbour Light</h1>
<p class="dates">14 March - 31 August 2025 &middot; Gallery 4 &middot; Free</p>
<p>The exhibition will be on show from 14 March to 31 August 2025. It brings together seventy
paintings and drawings by one of the most admired painters of the northern coast.</p>
<p>Born in the fishing town of Skeld in 1881, Ilse Marrow trained in Copenhagen and Paris
before returning to the coast, where she painted until her death in 1947.</p>
<p>At the heart of the show is a group of twelve harbour scenes painted around 1910, lent by
private collectors and shown together for the first time. The museum acquired its first
Marrow, <em>Night Ferry</em>, in 1968. Since 2019 it has also held the Marrow family archive
of letters and sketchbooks.</p>
<h2>Events</h2>
<ul>
<li><strong>Curator's tour</strong> with Ama Lindqvist - Thursday 20 March, 18:00</li>
<li><strong>Lecture</strong>: "Light on the water" - Sunday 6 April, 14:00</li>
<li>Family drawing workshops every Saturday in April</li>
</ul>
</main>
<footer>Kestrel Museum of Art &middot; Open Tuesday to Sunday, 10:00-17:00 &middot; Closed
Mondays &middot; &copy; 2025</footer>
</body>
</html>""",
        (
            expect("2025-03-14/2025-08-31", "exhibition", planned=True),
            expect("1881", "marrow"),
            expect("1947", "marrow"),
            expect("1910~", "harbour"),
            expect("1968", "acqui"),
            expect("2019/..", "archive"),
            expect("2025-03-20", "tour", planned=True),
            expect("2025-04-06", "lecture", planned=True),
        ),
    ),
    Text(
        "pennick-inquest",
        "coroner's inquest finding",
        None,
        """CORONER'S COURT FOR THE NORTH DENSHIRE AREA
RECORD OF INQUEST
Case ref: ND-2023-1184

1. Name of the deceased: Gordon Alastair Pennick

2. Medical cause of death: 1a Carbon monoxide poisoning

3. How, when and where the deceased came by his death:
Mr Pennick, born on 2 June 1958, lived alone at 14 Weir Cottages, Lanford, a property let by
Lanford District Council. He was last seen alive by a neighbour on 9 November 2023 and was
found dead at his home on 14 November by police officers who forced entry after his sister
raised concerns. The pathologist's evidence was that he died on or about 11 November 2023.

The gas boiler in the kitchen had last been serviced in 2017. The flue was found to be
partly blocked by a bird's nest. A carbon monoxide alarm fitted in 2019 had no battery.

4. Conclusion of the coroner: Accident.

5. Further particulars:
The inquest was opened on 22 November 2023 and resumed on 6 March 2024, when I heard evidence
from the council's housing officer, a gas engineer and the pathologist. The council has told
the court that it will inspect the boilers in all 212 of its rented homes by 30 June 2024. I
shall also send a report under regulation 28 to the council, which must respond within 56
days.

Signed: Dr Priya Kalloway, Area Coroner
Date: 6 March 2024""",
        (
            expect("1958-06-02", "born"),
            expect("2023-11-09", "seen"),
            expect("2023-11-14", "found"),
            expect("2023-11-11~", "pennick"),
            expect("2017", "boiler"),
            expect("2019", "alarm"),
            expect("2023-11-22", "inquest", "open"),
            expect("2024-03-06", "inquest", "resum"),
            expect("../2024-06-30", "inspect", planned=True),
        ),
    ),
    Text(
        "harlow-and-finch",
        "biscuit factory's history",
        None,
        """Harlow & Finch - 150 years of baking in Dunsford

It all started in 1874, when Martha Finch began selling ginger biscuits from her husband's
bakery on Quay Lane. Her son Robert went into partnership with the miller Isaac Harlow in 1889,
and the firm of Harlow & Finch was born.

The Oaten Crisp, still our best-loved biscuit, was launched in 1897. Demand grew so fast that
a new factory on the river at Dunsford Wharf opened in 1905; it was extended the following
year, and again in 1924, when the great travelling oven was installed.

The company was granted a royal warrant in about 1925, and the crest still appears on every
packet. The tin-printing shop opened in 1931 and turned out the famous tartan biscuit tins that
many families in Dunsford still keep their buttons in.

Since 1999 Harlow & Finch has been part of the Aldwyn Foods group, but the recipes, the bakers
and the smell of toasted oats on a Monday morning have stayed on the Wharf. Today 430 people
bake more than 12,000 tonnes of biscuits a year.

The original ovens at the Wharf are to be replaced by an energy-efficient line by 2026, cutting
the factory's gas use by half.

Harlow & Finch Ltd, Dunsford Wharf, Dunsford DN4 7QA. Registered in England No. 00184723.""",
        (
            expect("1874", "ginger"),
            expect("1889", "partnership"),
            expect("1897", "oaten"),
            expect("1905", "factory"),
            expect("1906", "exten"),
            expect("1924", "exten"),
            expect("1925~", "warrant"),
            expect("1931", "tin"),
            expect("1999/..", "aldwyn"),
            expect("../2026", "oven", planned=True),
        ),
    ),
    Text(
        "nvr-timetable-december",
        "rail timetable change notice",
        date(2024, 11, 25),
        """NORTHERN VALLEYS RAILWAY
Customer notice: timetable change, December 2024
Notice no. NVR/TT/24-19 - published 25 November 2024

A new timetable comes into force on all Northern Valleys lines on Sunday 15 December 2024.

What is changing
- Ashby - Kelloway: trains every 30 minutes all day, following the electrification of the
  line, which reopened on 2 September after a summer closure.
- The 07:12 Ashby - Port Lorne service will start from Brenton at 07:04 instead.
- Sunday trains return to the Fell line for the first time since 2019.

Engineering works
- No trains will run between Kelloway and Port Lorne from 27 to 29 December while the
  Lorne viaduct is repaired. Replacement buses will run every hour.
- On Saturday, buses will replace trains between Ashby and Brenton after 20:00 for track
  renewal.

Your views
The consultation on this timetable closed on 31 July; 1,214 responses were received and a
summary is available at our stations.

The new timetable replaces the one that has been in force since 10 December 2023. Tickets
bought for travel after 14 December remain valid on the equivalent new trains.
Customer services: 0800 555 0199 (8am to 8pm daily).""",
        (
            expect("2024-12-15", "timetable", planned=True),
            expect("2023-12-10/..", "timetable"),
            expect("2024-09-02", "reopen"),
            expect("2024-12-27/2024-12-29", "lorne", planned=True),
            expect("2024-11-30", "bus", planned=True),
            expect("2024-07-31", "consultation"),
        ),
    ),
)
