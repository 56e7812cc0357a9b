"""The hundred-and-forty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a fog
and visibility advisory for an airport, a table tennis tournament report, a charity appeal
press release, a nurse's wartime diary of 1917, a seismic network annual summary, a harbour's
history, a prime minister's office readout of a call, a railway museum's HTML news page, a
building regulator's enforcement notice, a perfume house's history and a newspaper obituary.
The organisations, people and facts are invented. Facts whose date a reader could take two
ways (a season, a decade, "recently", "next week") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYSECOND_CORPUS",)

HUNDREDFORTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-rescue-plan",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VESTRAVIK, March 14 (Northwire) - Creditors of the ferry operator Skarholm Lines voted on
Thursday to accept a rescue plan that keeps its four vessels sailing between the mainland and
the Orrelund islands, ending a six-week standoff.

The company filed for court protection on January 29, days after its main lender, Fjordbank,
froze a credit line of 40 million crowns. A district court in Vestravik appointed an
administrator on February 3.

Under the plan, the state-owned investor Nordkapital will take a 51 percent stake. The
transfer of the shares is to be completed no later than April 30, and the court will hold a
final hearing on Tuesday, the administrator, Hedda Lunn, told reporters.

Skarholm was founded in 1952 and has run the Orrelund route since 1967. It carries some 1.2
million passengers a year, and its ticket sales last quarter were the highest since 2008.

Islanders, who crowd the 0640 morning ferry every weekday, had feared the loss of the service.
The regional council said it would decide on a new ferry subsidy on or about March 27.

Skarholm's last crisis, in about 1991, ended with the sale of two of its ships to an operator
in the Baltic.

"We have bought time, not a future," said Per Aske, who chairs the Orrelund islanders'
association. "The subsidy vote is the real test."

(Reporting by Ivar Solheim; Editing by Clara Mbeki; +47 22 00 00 00)""",
        (
            expect("2025-03-13", "creditors"),
            expect("2025-01-29", "protection"),
            expect("2025-02-03", "administrator"),
            expect("../2025-04-30", "transfer", planned=True),
            expect("2025-03-18", "hearing", planned=True),
            expect("1952", "found"),
            expect("1967/..", "route"),
            expect("2025-03-27~", "subsidy", planned=True),
            expect("1991~", "crisis"),
        ),
    ),
    Text(
        "cell-therapy-facility",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Brightwater Biologics Opens Cell Therapy Manufacturing Facility in Corrin Bay

CORRIN BAY, June 4, 2024 -- Brightwater Biologics, Inc. (NASDAQ: BWBX) today announced the
opening of its 8,400-square-metre cell therapy manufacturing facility in Corrin Bay. The
site, built at a cost of roughly $120 million, produced its first clinical batch on May 21.

Construction began in March 2022, and the contractor completed the building in November 2023.
The facility is expected to reach full capacity no later than December 2025.

"Corrin Bay gives us the capacity to supply our trials and, in time, patients," said Dr.
Amara Velis, Chief Executive Officer of Brightwater. "We are proud to build it here."

Brightwater, founded in 2011 as a spin-out of Corrin University, has grown from six employees
to more than 900. The company will host an open day for local residents on Saturday, June 15,
and plans to hire 150 additional technicians by March 2025. Its lead candidate, BWB-207,
entered phase 2 trials in around 2020.

About Brightwater Biologics
Brightwater Biologics, Inc. develops engineered cell therapies for solid tumours. Its
research centre at 2040 Harbour Drive, Corrin Bay, employs about 300 scientists.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media Contact:
Jonah Pell, Brightwater Biologics
+1 617 555 0142 | press@brightwaterbio.example""",
        (
            expect("2024-06-04", "open"),
            expect("2024-05-21", "batch"),
            expect("2022-03", "construction"),
            expect("2023-11", "building"),
            expect("../2025-12", "capacity", planned=True),
            expect("2011", "found"),
            expect("2024-06-15", "open", "day", planned=True),
            expect("../2025-03", "hire", planned=True),
            expect("2020~", "trial"),
        ),
    ),
    Text(
        "devereux-v-kestrel",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF WESTMARCH

No. 2023-CV-0417

HARLAN P. DEVEREUX, Appellant,
v.
KESTREL MUTUAL INSURANCE COMPANY, Appellee.

Argued October 3, 2023 -- Decided February 12, 2024

OPINION

OKONJO, J., delivered the opinion of the Court.

[1] Appellant Harlan Devereux owned a grain warehouse in Pell County that was destroyed by
fire on or about August 3, 2021. Kestrel Mutual had insured the building since 2009 under a
policy renewed each January.

[2] The policy required the insured to submit a sworn proof of loss within sixty days of the
loss, that is, by October 2, 2021. Devereux submitted his proof of loss on November 22, 2021.
Kestrel denied the claim on January 14, 2022, citing the late filing.

[3] Devereux sued in the Pell County District Court on March 2, 2022. After a bench trial
held from 5 to 7 June 2023, the district court entered judgment for Kestrel on July 18, 2023,
and Devereux timely appealed.

[4] We review questions of contract interpretation de novo. Marsh v. Ardent Ins. Co., 2015 WM
44, para. 12. Section 31-7-112 of the Insurance Code of 1998 permits an insurer to deny a
claim for late proof only where the delay caused it prejudice. Kestrel showed that the debris
had been cleared before its adjuster could inspect the site, and the district court found
prejudice on that evidence. That finding is not clearly erroneous.

[5] Devereux's remaining arguments lack merit. The judgment of the district court is
AFFIRMED.

MARROW, C.J., and ESTEBAN and LINDQVIST, JJ., concur.""",
        (
            expect("2021-08-03~", "fire"),
            expect("2009/..", "insur"),
            expect("../2021-10-02", "proof"),
            expect("2021-11-22", "submit"),
            expect("2022-01-14", "claim"),
            expect("2022-03-02", "sue"),
            expect("2023-06-05/2023-06-07", "trial"),
            expect("2023-07-18", "judgment"),
            expect("2023-10-03", "argu"),
            expect("2024-02-12", "decid"),
        ),
    ),
    Text(
        "dunravel-history",
        "encyclopedia history",
        None,
        """Dunravel

Dunravel is a market town and civil parish in the county of Eastmoor, on the River Tarne. It
had a population of 11,300 at the most recent census.

History

The earliest record of Dunravel is a land grant probably dating from 1184, in which the
settlement appears as Dunrafel. A market charter was granted c. 1290, and the parish church of
St Ebba was rebuilt in 1412 after a fire destroyed the older timber building.

During the Succession Wars the town was besieged twice, in 1643 and 1645, and its castle was
slighted by order of the Council of the North the following year. Only the gatehouse survives.

The Eastmoor Canal reached Dunravel in 1794, and the railway arrived in 1861, when the
Tarne Valley line opened its station on Mill Lane. Wool and later leather brought prosperity,
and the tannery on Bridge Street was for a time the largest in the county.

Dunravel has been the seat of Eastmoor District Council since 1974. Construction of a bypass
to take heavy traffic out of the town centre is scheduled to begin in 2026.

Landmarks

The market hall, with its octagonal clock turret, stands on the site of the medieval
tolbooth. The Dunravel Show is held on the common every August.

See also
List of market towns in Eastmoor

References
1. Halloway, R. (1988). The Making of Dunravel. Eastmoor Record Society,
vol. 41, pp. 1184-1190.""",
        (
            expect("1184?", "grant"),
            expect("1290~", "charter"),
            expect("1412", "church"),
            expect("1643", "besieg"),
            expect("1645", "besieg"),
            expect("1646", "castle"),
            expect("1794", "canal"),
            expect("1861", "railway"),
            expect("1974/..", "council"),
            expect("2026", "bypass", planned=True),
        ),
    ),
    Text(
        "rovers-win-calder",
        "sports report",
        date(2024, 11, 10),
        """FOOTBALL | NORTHERN LEAGUE

Kamara double ends Rovers' Calder Park hoodoo

By Dan Whitlow
Sunday 10 November 2024

Port Calder 1 Ashford Rovers 3

Ashford Rovers won at Calder Park on Saturday for the first time since 1998, as two goals from
Idris Kamara lifted them to third in the Northern League.

Calder had led through Joe Fenn's header, but Kamara, who joined from Breck Town in January,
levelled before the break and put Rovers ahead with a low shot on 63 minutes. Substitute Ryo
Tanaka added a third in stoppage time. Kamara has now scored nine times this season.

Rovers manager Sam Oakes was appointed on 3 October after the sacking of Neil Brand on 28
September, and his side are unbeaten in six games since. "The lads believe again," Oakes said.

Calder's captain Luis Arana, who has played for the club since 2019, was sent off late on and
will miss the next three matches.

Rovers host leaders Millford United on Wednesday in the League Cup, and travel to Brenton
on 23 November. Their away fans, who follow the team to every match, were given a standing
ovation by the home supporters at the final whistle.

The two clubs first met in 1911, in the old Eastern Combination.

Port Calder: Hale; Rudd, Arana, Okoye, Finch; Dale, Mertens, Poole; Fenn, Sousa, Grieve.
Ashford Rovers: Kelly; Byrne, Shaw, Ito, Nolan; Reyes, Marsh, Duffy; Kamara, Lowe, Vance.
Attendance: 6,214.""",
        (
            expect("2024-11-09", "rovers"),
            expect("2024-01", "kamara", "join"),
            expect("2024-10-03", "appoint"),
            expect("2024-09-28", "brand"),
            expect("2024-11-13", "millford", planned=True),
            expect("2024-11-23", "brenton", planned=True),
            expect("2019/..", "arana"),
            expect("1911", "first"),
        ),
    ),
    Text(
        "greaves-tolland-history",
        "company history",
        None,
        """Our History | Greaves & Tolland, Cutlers since 1868

Greaves & Tolland was founded in Sheffcombe in 1868 by the brothers-in-law Amos Greaves and
Walter Tolland, who set up three grinding wheels in a rented shed beside the River Lowe. The
firm won a gold medal at the Vienna Trade Fair of 1873 for its folding pocket knives, and moved
to the larger Canal Street works in about 1885.

The company received a royal warrant in 1912. Our best-selling knife, the No. 1880 pattern
carving set, takes its name from its number in the old trade catalogue.

From 1939 to 1945 the Canal Street works made bayonets and surgical instruments, and more
than two hundred of our grinders and polishers served in the forces.

Greaves & Tolland launched its first stainless steel range in 1954 and exported it to Canada
and Australia the following year. The family sold control of the firm to Harrowgate Holdings
in 2003, and the Greaves name has remained on every blade.

Since 2016 all our cutlery has been made at the Brightside plant, which runs on power from
its own solar roof. A visitor centre at the old Canal Street works is scheduled to open in
April 2026, with a working grinding hull and the company archive.

Every knife is still sharpened by hand, and each apprentice spends a full year at the wheels
before being allowed to finish a blade.

Greaves & Tolland Ltd | Brightside Works, Sheffcombe SC3 8LT
Registered in England 00154321""",
        (
            expect("1868", "found"),
            expect("1873", "medal"),
            expect("1885~", "canal"),
            expect("1912", "warrant"),
            expect("1939/1945", "bayonet"),
            expect("1954", "stainless"),
            expect("1955", "export"),
            expect("2003", "harrowgate"),
            expect("2016/..", "brightside"),
            expect("2026-04", "visitor", planned=True),
        ),
    ),
    Text(
        "argo-2-mission",
        "mission summary",
        date(2024, 4, 12),
        """ARGO-2 Lunar Polar Orbiter -- Mission Summary

Mission: ARGO-2 | Agency: Continental Space Office (CSO) | Status: Extended mission
Last updated: 12 April 2024

Overview
ARGO-2 maps hydrogen and water ice in the permanently shadowed craters near the lunar south
pole from a polar orbit of about 100 km. It carries four instruments, including the LRX-2040
neutron spectrometer.

Mission timeline
ARGO-2 was launched on 14 September 2021 aboard a Caravel-4 rocket from the Kourena launch
site. The spacecraft entered lunar orbit on 2 October after a trans-lunar cruise of 18 days,
and began science operations about three weeks later, once its instruments had been checked.

The primary mission ended on 31 December 2022, having mapped 96 per cent of the polar region.
On March 8, 2023, one of the four reaction wheels failed; engineers restored full pointing
control by 20 March using the remaining wheels and the thrusters.

The extended mission is planned to continue until 30 June 2025. At the end of its life the
orbiter is to be steered into a controlled impact on the lunar surface, currently planned for
around 2026.

Operations
The spacecraft is controlled from the CSO operations centre in Valmont, with passes over the
ground stations at Kourena and Tarsby several times a day.

Contact: argo2-team@cso.example""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-23~", "science"),
            expect("2022-12-31", "primary"),
            expect("2023-03-08", "wheel"),
            expect("../2023-03-20", "pointing"),
            expect("2025-06-30", "extended", planned=True),
            expect("2026~", "impact", planned=True),
        ),
    ),
    Text(
        "selva-flooding-statement",
        "government statement",
        date(2025, 2, 6),
        """MINISTRY OF WATER AND ENVIRONMENT
Statement on the flooding of the Selva River

Issued: Thursday 6 February 2025
Ref: MWE/PR/2025/014

Heavy rainfall has continued over the upper Selva basin since 29 January, and the Ministry
is working with the regional authorities to protect lives and property.

The river peaked at 7.4 metres at Tarvo Bridge on Monday, its highest level since 1983. The
evacuation of some 1,200 residents of Lower Tarvo was completed on Tuesday evening, and all
have been given shelter in schools and sports halls.

The Minister, Ms Ilse Varga, visited the affected districts yesterday and will chair an
emergency meeting of the regional councils on Monday.

The state of emergency declared on 31 January remains in force. The Ministry will review it no
later than 14 February, in the light of the river forecasts.

Applications for compensation for damaged homes and businesses will open on 17 February.
Forms will be available at municipal offices and online.

Residents are reminded that flood sirens are tested at noon on the first Wednesday of every
month, and that the test does not mean danger.

The Ministry thanks the fire service, the army engineers and the many volunteers who have
filled more than 90,000 sandbags.

Press Office, Ministry of Water and Environment
Tel. +36 1 555 0190 | press@mwe.example""",
        (
            expect("2025-01-29/..", "rainfall"),
            expect("2025-02-03", "peak"),
            expect("2025-02-04", "evacuation"),
            expect("2025-02-05", "visit"),
            expect("2025-02-10", "meeting", planned=True),
            expect("2025-01-31", "emergency"),
            expect("../2025-02-14", "review", planned=True),
            expect("2025-02-17", "compensation", planned=True),
        ),
    ),
    Text(
        "ardwick-library-reopens",
        "HTML news page",
        date(2023, 9, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central library reopens after flood repairs | Ardwick Courier</title>
<meta name="date" content="2023-09-18">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central library reopens after two-year repair</h1>
<p class="byline">By Priya Nand &middot;
<time datetime="2023-09-18">18 September 2023</time></p>
<p>Ardwick Central Library reopened its doors on Saturday, nearly two years after a burst
water main flooded its basement archive on 11 October 2021.</p>
<p>Repairs began in May 2022 and cost about &pound;3.4 million, shared between the council
and its insurers.</p>
<p>The library, which opened in 1904, was designed by the architect Helena Marsh. Its local
studies collection, damaged in the flood, will return in stages from 2 October, with the last
boxes due back by 15 December.</p>
<p>The council said the ground-floor caf&eacute; would reopen on Monday 25 September.</p>
<p>"People queued round the block," said councillor Femi Adeyemi, who has chaired the
libraries committee since 2019. "That tells you what this building means."</p>
<figure>
<img src="/img/library-2023.jpg" alt="Readers in the main hall">
<figcaption>The reading room on Saturday. Photo: Ardwick Courier</figcaption>
</figure>
</article>
<footer>&copy; 2023 Ardwick Courier &middot; Registered in England No. 04512987</footer>
</body>
</html>""",
        (
            expect("2023-09-16", "reopen"),
            expect("2021-10-11", "flood"),
            expect("2022-05", "repair"),
            expect("1904", "open"),
            expect("2023-10-02", "collection", planned=True),
            expect("../2023-12-15", "boxes", planned=True),
            expect("2023-09-25", "caf", planned=True),
            expect("2019/..", "adeyemi"),
        ),
    ),
    Text(
        "kessing-fog-advisory",
        "fog and visibility advisory for an airport",
        date(2025, 1, 14),
        """AERODROME WARNING -- FOG AND LOW VISIBILITY
Kessing Airport (EKSG) | Meteorological Office, Kessing
Issued: 0415 UTC Tuesday 14 January 2025
Valid: 0500 UTC 14 Jan 2025 to 1200 UTC 15 Jan 2025
Warning No. EKSG-AW-0025

SITUATION: A slow-moving high pressure ridge lies over the region with light winds and a
saturated boundary layer.

Dense fog formed over the airfield at 2310 UTC on Monday 13 January. Runway visual range has
been between 125 and 300 metres since.

Low visibility procedures (LVP) have been in force since 0130 UTC today. Expect reduced
arrival rates of 18 movements per hour.

FORECAST: Visibility 100-200 m in fog, locally 50 m. Fog is expected to clear on Wednesday
15 January between 0900 and 1100 UTC as the wind backs south-westerly. A further fog episode is
possible on Thursday.

NOTAM: The ILS for runway 27 (Category III) will be unavailable for maintenance from 20 to
22 January.

The last dense fog episode, on 3 December 2024, caused 46 cancellations and 112 diversions.

Airlines are reminded that de-icing bays 3 and 4 are closed every night between 0100 and
0400 UTC.

Next update: 1000 UTC or earlier if required.
Duty forecaster: M. Hartig | Tel. +45 70 20 19 27""",
        (
            expect("2025-01-13", "fog", "form"),
            expect("2025-01-14/..", "procedures"),
            expect("2025-01-15", "clear", planned=True),
            expect("2025-01-16?", "fog", planned=True),
            expect("2025-01-20/2025-01-22", "maintenance", planned=True),
            expect("2024-12-03", "cancel"),
        ),
    ),
    Text(
        "riverside-open-2025",
        "table tennis tournament report",
        date(2025, 4, 27),
        """TABLE TENNIS | RIVERSIDE OPEN

Sato and Liang crowned as Riverside Open ends in Halden

Published 27 April 2025 | By Mei Okonkwo

The 2025 Riverside Open, held at the Halden Arena from 22 to 26 April, ended with a second
home title in two days.

Hana Sato won the women's singles on Saturday, beating the top seed Ines Varga 4-2
(11-8, 9-11, 11-6, 12-10, 7-11, 11-5) in a final of long backhand rallies. Sato, who won the
junior title here in 2016 and 2018, is the first Halden player to win the senior event since
2009.

Chen Liang had taken the men's singles on Friday, when he came back from 0-2 down against
Arno Moreau. Liang, rated 2150 points on the national list, has been ranked in the world top
20 since March 2023.

"I play here every Tuesday with my club, so the tables felt like home," Sato said.

The doubles titles went to the Danish pair Lund and Holm and to the Korean pair Park and Yoon.

The next edition of the Riverside Open is scheduled for 14 to 19 April 2026. The national
federation will decide by 30 June whether to move the event to the new arena in Tarrow.

RESULTS
Women's singles final: H. Sato bt I. Varga 4-2
Men's singles final: C. Liang bt A. Moreau 4-2
Women's doubles final: Lund/Holm bt Chen/Ortiz 3-1""",
        (
            expect("2025-04-22/2025-04-26", "open"),
            expect("2025-04-26", "sato"),
            expect("2025-04-25", "liang"),
            expect("2023-03/..", "rank"),
            expect("2016", "junior"),
            expect("2018", "junior"),
            expect("2026-04-14/2026-04-19", "open", planned=True),
            expect("../2025-06-30", "federation", planned=True),
        ),
    ),
    Text(
        "willowmere-hospice-appeal",
        "charity appeal press release",
        date(2024, 3, 12),
        """PRESS RELEASE -- FOR IMMEDIATE RELEASE
12 March 2024

Lanterns Trust launches GBP 2 million appeal to rebuild children's hospice wing after fire

The Lanterns Trust today launched an emergency appeal to rebuild the Rowan wing of
Willowmere Children's Hospice, which was destroyed by fire on 2 February. No one was hurt,
but the wing's eight family bedrooms and hydrotherapy pool were lost.

Willowmere, opened in 1996 by the Trust's founder Dr Gwen Harlow, has cared for more than
4,000 children with life-limiting conditions and their families.

The appeal aims to raise GBP 2 million by 31 December 2024. Demolition of the damaged wing is
due to begin on 8 April, and the new wing is expected to open in about September 2025.

Supporters can join the Lantern Walk, a 10 km sponsored walk around Willowmere Lake, on
Sunday 19 May. Hundreds of families walk with lanterns at dusk each year.

"The fire took a building, not our care," said Chief Executive Rosa Achebe. "With the public's
help, families will have their rooms back."

To donate GBP 10, text LANTERN to 70085, or visit lanternstrust.example/rebuild.

ENDS

Notes to editors
The Lanterns Trust was registered as a charity in 1994 (Registered Charity No. 1045321).
Willowmere Hospice supports around 300 families a year across the Thornvale region.

Media contact: Sam Idowu, Communications Manager, 01632 960 415,
media@lanternstrust.example""",
        (
            expect("2024-03-12", "appeal"),
            expect("2024-02-02", "fire"),
            expect("1996", "open"),
            expect("../2024-12-31", "raise", planned=True),
            expect("2024-04-08", "demolition", planned=True),
            expect("2025-09~", "wing", planned=True),
            expect("2024-05-19", "walk", planned=True),
            expect("1994", "regist"),
        ),
    ),
    Text(
        "sister-carrow-diary-1917",
        "nurse's wartime diary of 1917",
        None,
        """From the diary of Sister Edith Carrow, Q.A.I.M.N.S., No. 14 Casualty Clearing Station

Monday, 2nd April 1917. -- Arrived at Vaux-sur-Arne by ambulance train at 4 a.m. after
two days on the way. Snow still lying in the ditches. Our tents are on a slope above the
railway, and the mud is beyond anything I have seen. I have kept this diary since Christmas
1915 and have never been so cold.

Sunday, 8th April. -- Easter Day. The padre held a service in the receiving tent at dawn.
Everyone knows something is coming; the guns have not stopped for a week.

Monday, 9th. -- The big push began at dawn in sleet. Convoys all day; we took in some 600
wounded before midnight. I did not sit down until the night sister came on.

Wednesday, 11th. -- Snow again. Poor Sister Mabry was sent down the line to the base hospital
with a high fever. We are three short in the acute ward.

Saturday, 21st. -- Quieter. A letter from Mother. She says Tom's battalion sailed for
Salonika about the 10th, so he is out of this at least. Matron says the station is to move
forward on or about the 1st of May, and that leave will be granted in June to those who have
served longest. I shall not count on it. We wash the same blankets every morning and they are
never dry.""",
        (
            expect("1917-04-02", "arriv"),
            expect("1915-12-25/..", "diary"),
            expect("1917-04-08", "service"),
            expect("1917-04-09", "push"),
            expect("1917-04-11", "mabry"),
            expect("1917-04-10~", "battalion"),
            expect("1917-05-01~", "move", planned=True),
            expect("1917-06", "leave", planned=True),
        ),
    ),
    Text(
        "northland-seismic-2023",
        "seismic network annual summary",
        date(2024, 2, 15),
        """NORTHLAND SEISMIC NETWORK -- ANNUAL SUMMARY 2023
Network Operations Group, Karsten Institute of Geophysics
Report NSN-AR-2023 | Published 15 February 2024

1. Seismicity
During the year the network located 3,412 earthquakes in the monitored region; 27 had a
local magnitude of 3.0 or more. The largest event of the year was an ML 4.8 earthquake near
Halvik on 17 August 2023 at 03:12 UTC (event ID nsn2023qfkx), felt up to 140 km away and the
largest in the region since 1999. An ML 3.1 aftershock followed two days later.

A swarm of about 240 small earthquakes occurred beneath Lake Orren from 2 to 19 March. No
damage was reported.

2. Network operations
The network installed six new broadband stations in June, bringing the total to 58. Station
ORN2 was offline from 4 October to 11 November after a power failure at the site. Data
completeness for the year was 97.6 per cent.

The network, established around 1972 with three analogue stations, has run a public felt-
report service since 2014; it received 4,100 felt reports during the year. Automatic
solutions are reviewed by an analyst every morning.

3. Plans
The upgrade of station telemetry to 4G is scheduled to be completed by 30 June 2024.

Contact: nsn-ops@karsten.example | Data: doi:10.9999/NSN.2023""",
        (
            expect("2023-08-17", "earthquake"),
            expect("2023-08-19", "aftershock"),
            expect("2023-03-02/2023-03-19", "swarm"),
            expect("2023-06", "stations"),
            expect("2023-10-04/2023-11-11", "orn2"),
            expect("1972~", "establish"),
            expect("2014/..", "felt"),
            expect("../2024-06-30", "telemetry", planned=True),
        ),
    ),
    Text(
        "port-ellery-harbour",
        "harbour's history",
        None,
        """A Short History of Port Ellery Harbour

Fishing boats used the natural inlet at Port Ellery long before the first stone pier was
built there in about 1560, probably by the monks of St Aidan's, who took a tithe of the catch.

The Port Ellery Harbour Trust was created in 1791. Its engineer, Robert Kemble, built the North
Quay between 1794 and 1799, and the lighthouse on Gull Point was lit for the first time on 1
November 1832. Herring landings were at their highest in the years before the First World
War, when as many as 300 boats worked from the harbour.

Storms breached the breakwater in 1913, 1921 and 1936, and each time the Trust rebuilt it
higher. Berth 1850, named for its length in feet, still takes the largest visiting yachts.

Commercial fishing ended in 1978, when the last trawler was sold. Since 1985 the inner basin
has served as a marina with 420 berths, and the old fish market is now a restaurant.

The Trust plans to dredge the outer harbour in 2026 so that the lifeboat can launch at any
state of the tide. Harbour dues are still collected every Monday at the Trust office on the
quay, as the Harbours Clauses Act of 1847 requires.

Port Ellery Harbour Trust | The Quay, Port Ellery | Tel. 01632 960 771""",
        (
            expect("1560~", "pier"),
            expect("1791", "trust"),
            expect("1794/1799", "quay"),
            expect("1832-11-01", "lighthouse"),
            expect("1913", "breakwater"),
            expect("1921", "breakwater"),
            expect("1936", "breakwater"),
            expect("1978", "fishing"),
            expect("1985/..", "marina"),
            expect("2026", "dredg", planned=True),
        ),
    ),
    Text(
        "pm-call-valderra",
        "prime minister's office readout of a call",
        date(2025, 5, 21),
        """Prime Minister's Office
Press release | 21 May 2025

PM call with President Ocampo of Valderra: 21 May 2025

Prime Minister Aldous Kerr spoke to President Ines Ocampo of Valderra this afternoon.

The Prime Minister congratulated the President on her inauguration on 1 May and wished her
every success in her term.

The leaders discussed the free trade agreement signed in 2019, which entered into force the
following year, and agreed that trade between the two countries had grown strongly. They
agreed that their trade ministers would meet in Kestmouth on 12 June to begin a review of the
agreement.

The Prime Minister thanked the President for Valderra's condolences after the Harlow mine
disaster on Friday.

The President accepted the Prime Minister's invitation to make a state visit to Kestmouth in
September. Both leaders said they looked forward to seeing each other at the Ocean
Partnership summit on Saturday.

The leaders noted that their countries have had diplomatic relations since 1851, and agreed
to stay in close contact.

Published 21 May 2025
From: Prime Minister's Office, 10 Harcourt Row""",
        (
            expect("2025-05-21", "ocampo"),
            expect("2025-05-01", "inauguration"),
            expect("2019", "agreement"),
            expect("2020", "force"),
            expect("2025-06-12", "ministers", planned=True),
            expect("2025-05-16", "disaster"),
            expect("2025-09", "visit", planned=True),
            expect("2025-05-24", "summit", planned=True),
            expect("1851/..", "relations"),
        ),
    ),
    Text(
        "ravenscar-returns-to-steam",
        "railway museum's HTML news page",
        date(2024, 8, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News | Brackenfell Railway Museum</title>
</head>
<body>
<header>
<h1>Brackenfell Railway Museum</h1>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a> |
<a href="/support">Support us</a></nav>
</header>
<main>
<article>
<h2>Locomotive No. 4417 <em>Ravenscar</em> returns to steam</h2>
<p class="date">Posted on 3 August 2024 by the Restoration Team</p>
<p>After eleven years of work, our Class 5 locomotive No. 4417 <em>Ravenscar</em> returned
to steam on Thursday, when she moved up and down the yard under her own power.</p>
<p>Built at the Cragley Works in 1927, she was withdrawn by the Northern Railway in 1965 and
spent fourteen years in a scrapyard before the museum acquired her in 1979. Her restoration
started in 2013. The boiler inspectors certified her boiler on 24 July.</p>
<p><em>Ravenscar</em> will haul her first passenger train on our demonstration line on
Saturday 17 August. Tickets for the 17 August trains go on sale on Monday.</p>
<p>The engine shed has been closed to visitors since 15 July for roof repairs and is due to
reopen no later than 30 September.</p>
<p>Our volunteers meet every Wednesday evening. New members are always welcome.</p>
</article>
</main>
<footer>Brackenfell Railway Museum is a registered charity, No. 1102934. &copy; 2024</footer>
</body>
</html>""",
        (
            expect("2024-08-01", "steam"),
            expect("1927", "built"),
            expect("1965", "withdrawn"),
            expect("1979", "acqui"),
            expect("2013", "restoration"),
            expect("2024-07-24", "boiler"),
            expect("2024-08-17", "passenger", planned=True),
            expect("2024-08-05", "tickets", planned=True),
            expect("2024-07-15/..", "shed"),
            expect("../2024-09-30", "shed", "reopen", planned=True),
        ),
    ),
    Text(
        "tamsin-court-enforcement",
        "building regulator's enforcement notice",
        date(2024, 9, 9),
        """BUILDING SAFETY REGULATOR OF EASTHOLM
ENFORCEMENT NOTICE

Notice No.: BSR/EN/2024/0381
To: Corvane Developments Ltd (Company No. 08812345)
Premises: Tamsin Court, 40-58 Wharf Road, Eastholm EH4 2PQ
Date of notice: 9 September 2024

1. The Regulator inspected the premises on 14 August 2024. The inspection found that
fire-stopping around service penetrations in the common corridors of floors 2 to 9 had not
been installed in accordance with the plans approved on 2 March 2021, contrary to Part B of
Schedule 1 to the Building Regulations 2010 and the guidance in BS 9991:2015.

2. The building was completed in about June 2022 and has been occupied since 1 September 2022.

3. A previous notice about the smoke ventilation system, served on 3 May 2023, was complied
with.

4. You are required to:
(a) submit a remediation plan to the Regulator no later than 7 October 2024; and
(b) complete the remedial works by 31 March 2025.

5. The Regulator will re-inspect the premises on or about 14 April 2025.

6. Failure to comply with this notice is an offence. You may appeal to the Property Tribunal;
details are given in the enclosed guidance note.

Signed: D. Achterberg, Head of Enforcement
Building Safety Regulator of Eastholm, 1 Civic Square, Eastholm EH1 1AA
Tel. 01632 960 205 | enforcement@bsr-eastholm.example""",
        (
            expect("2024-08-14", "inspect"),
            expect("2021-03-02", "plans"),
            expect("2022-06~", "complet"),
            expect("2022-09-01/..", "occup"),
            expect("2023-05-03", "notice"),
            expect("../2024-10-07", "remediation", planned=True),
            expect("../2025-03-31", "works", planned=True),
            expect("2025-04-14~", "inspect", planned=True),
        ),
    ),
    Text(
        "maison-riel-history",
        "perfume house's history",
        None,
        """Maison Riel -- Our Story

In 1893 the glove-maker Aurelie Riel opened a small perfumery on the Rue des Tanneurs in
Vervelle, scenting her kid gloves with the jasmine and tuberose of the hills around the town.

Her son Lucien turned the shop into a perfume house. He launched Nuit d'Ambre in 1921 and Ciel
Vert in 1925; Nuit d'Ambre, with its 147 ingredients, remains the house's best-selling scent
and is still sold in the pleated flacon of its first edition.

Maison Riel moved its salon to Paris c. 1930, to a townhouse on the Rue de Varenne. The house
was closed from 1940 to 1944, and Lucien hid the formula books in the cellar of the Vervelle
distillery.

In 1962 the family sold a minority stake to the textile group Berthier, and the house
expanded to New York the following year with a boutique on Madison Avenue.

Since 2008 every Maison Riel fragrance has been composed in-house by the master perfumer
Solene Arbaud, who trained in the Vervelle distillery. Each spring the house's perfumers
still walk the jasmine fields at dawn to judge the harvest.

A museum devoted to the house's archive of 6,000 flacons and formula books is to open in
Vervelle in 2026.

Maison Riel SAS | 12 Rue de Varenne, Paris | maisonriel.example""",
        (
            expect("1893", "perfumery"),
            expect("1921", "nuit"),
            expect("1925", "ciel"),
            expect("1930~", "paris"),
            expect("1940/1944", "closed"),
            expect("1962", "stake"),
            expect("1963", "new york"),
            expect("2008/..", "arbaud"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "margit-hollis-obituary",
        "newspaper obituary",
        date(2024, 3, 18),
        """OBITUARIES

Margit Hollis obituary
Bridge engineer whose Tarn Gorge crossing became a landmark of the north

By Alan Pryce | Monday 18 March 2024

Margit Hollis, who has died aged 92, designed some of the most admired bridges of the
postwar decades, among them the Tarn Gorge Bridge, whose single concrete arch spans 210
metres. She died at her home in Aldport on 4 March.

Born in Aldport on 12 June 1931, the daughter of a shipwright, she qualified as a civil
engineer in 1954, one of only three women in her year. She joined the consulting firm Fenwick
& Rowe in 1956 and became its first female partner in 1971.

The Tarn Gorge Bridge, completed in 1968, carried the A69 over the river on a line that had
defeated two earlier designs. She drew its arch by hand, and she kept the drawings on her
study wall for the rest of her life.

She retired in about 1996 but continued to advise on the repair of historic bridges, and
walked the Tarn Gorge path every Sunday until her last year.

Her husband, the architect Piers Hollis, died in 2009. She is survived by their two sons.

A memorial service will be held at St Cuthbert's Church, Aldport, on Friday 12 April.

Margit Hollis, engineer, born 12 June 1931; died 4 March 2024""",
        (
            expect("2024-03-04", "died"),
            expect("1931-06-12", "born"),
            expect("1954", "qualif"),
            expect("1956", "fenwick"),
            expect("1971", "partner"),
            expect("1968", "tarn"),
            expect("1996~", "retire"),
            expect("2009", "piers"),
            expect("2024-04-12", "memorial", planned=True),
        ),
    ),
)
