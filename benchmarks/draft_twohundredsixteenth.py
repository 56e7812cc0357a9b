"""The two-hundred-and-sixteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a port authority's
notices to mariners, a ski jumping report, a battery storage press release, a stationmaster's
diary of the 1900s, a barn owl nest survey, a glassworks' history, a fisheries minister's quota
statement, a swimming pool's HTML maintenance closures page, a school admissions appeal
decision, a type foundry's history and a golf club's competition calendar. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTEENTH_CORPUS",)


TWOHUNDREDSIXTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-korvala",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KORVALA, Oct 9 (Northline Press) - The ferry operator Baltrenna Lines suspended all
sailings between Korvala and the island of Hesse on Wednesday after its largest vessel ran
aground in fog, the company said, leaving some 4,000 islanders without a car ferry.

The MV Saari Wind struck a sandbank off Tolva Point at about 6:40 p.m. on Monday with 212
passengers and 64 crew on board. All passengers were taken off by lifeboats and coastguard
launches within three hours, and the last crew members left the ship on Tuesday morning.

"We are not going to send any vessel out until we understand what went wrong," chief
executive Maret Kulla told a news conference in Korvala. Baltrenna aims to resume a reduced
timetable no later than Nov. 15, using a ship chartered from a Norwegian operator.

Salvage crews are expected to begin pumping fuel from the hull on Friday, weather
permitting. The national maritime investigation board said it would publish a preliminary
report on the grounding by the end of December.

The company, which carries about 1.1 million passengers a year and has not lost a sailing
to an accident since 2016, bought the Saari Wind from a Danish operator in 2009. The ship
was built in 1998 at the Rauma yard and can carry 640 passengers and 120 cars.

Islanders said the suspension came at the worst time, with the autumn potato harvest still
to be shipped to the mainland. "We have one road off this island, and it is water," said
Hesse council chairman Pekka Lind, 67.

(Reporting by Juha Rantanen; Editing by Clare Moss)""",
        (
            expect("2024-10-09", "suspend", "sailings"),
            expect("2024-10-07", "aground"),
            expect("2024-10-08", "crew", "left"),
            expect("../2024-11-15", "resume", "timetable", planned=True),
            expect("2024-10-11", "fuel", planned=True),
            expect("../2024-12", "report", planned=True),
            expect("2009", "bought"),
            expect("1998", "built"),
        ),
    ),
    Text(
        "tarrow-water-holm-lane",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tarrow Water awards £186 million contract for new Holm Lane treatment works

DARLSTON, 12 February 2026 -- Tarrow Water today awarded a £186 million contract to design
and build a new water treatment works at Holm Lane to Brackwell Nordhaus, a joint venture of
Brackwell Civil and Nordhaus Process Engineering.

The new works will replace the Holm Lane plant, opened in 1978, which supplies around
310,000 customers in Darlston and the Upper Tarrow valley. Tarrow Water's board approved the
investment on 20 January 2026 after a public consultation held from 3 to 28 November 2025.

Site preparation is scheduled to begin in April 2026, and the new works is expected to be
fully operational by the end of 2028. The existing plant will keep running until its
replacement has passed its commissioning tests.

"This is the largest single investment we have made since privatisation," said chief
executive Helen Ostrowe. "After last summer's drought, the valley needs a works that can
treat water from both reservoirs at once."

During the drought, levels at Upper Tarrow reservoir fell to 41 per cent. Tarrow Water
introduced a hosepipe ban on 14 July 2025 and lifted it on 2 October 2025.

About Tarrow Water
Tarrow Water was founded in 1946 as the Tarrow Valley Water Board. It supplies 1.2 million
people with drinking water every day and employs 1,140 staff.

Media contact: Priya Nandra, +44 1632 960 418, press@tarrowwater.example

###""",
        (
            expect("2026-02-12", "contract", "award"),
            expect("1978", "plant", "open"),
            expect("2026-01-20", "board", "approv"),
            expect("2025-11-03/2025-11-28", "consultation"),
            expect("2026-04", "site", "preparation", planned=True),
            expect("../2028", "operational", planned=True),
            expect("2025-07-14", "ban", "introduc"),
            expect("2025-10-02", "ban", "lift"),
            expect("1946", "founded"),
        ),
    ),
    Text(
        "harlan-pump-v-selby",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH ARDEN

No. 22-0917

HARLAN PUMP & VALVE CO., Plaintiff-Appellee,
v.
SELBY MUNICIPAL UTILITIES DISTRICT, Defendant-Appellant.

Appeal from the Circuit Court of Selby County, No. 20-CV-1182
Argued March 4, 2024 -- Filed June 28, 2024

Before MARLOWE, Chief Judge, and OKAFOR and DEVEREUX, Judges.

DEVEREUX, Judge.

This appeal asks whether a public utility that accepted pump deliveries without objection
may later refuse to pay for them because they arrived late. We hold that it may not, and
affirm.

I. BACKGROUND

On or about June 3, 2019, the District and Harlan signed a contract for forty-two
submersible pumps for the Eastgate lift station at a price of $2,310,000. Section 4.2
required delivery within ninety days of signing. Harlan delivered the first twenty units on
October 11, 2019, and the remaining twenty-two on November 4, 2019. District staff signed
each delivery receipt without noting any defect or delay.

The District paid nothing. On January 15, 2020, it notified Harlan that it would withhold
the full price "pending the assessment of delay damages under the 2017 Procurement
Ordinance." Harlan sued on March 2, 2020. The circuit court granted summary judgment for
Harlan on August 17, 2022, and entered final judgment two days later. The District filed its
notice of appeal on September 12, 2022.

II. DISCUSSION

A buyer who accepts goods may still recover damages for late delivery, but it must give the
seller notice of the breach within a reasonable time. The District's first complaint came
more than two months after the last delivery and nearly four months after the first. We
agree with the circuit court that the District waived its claim. See Orme Bros. v. Castell
Cnty., 188 N.A.3d 402, 409 (2016).

AFFIRMED.""",
        (
            expect("2019-06-03~", "contract", "sign"),
            expect("2019-10-11", "deliver", "first"),
            expect("2019-11-04", "deliver", "remaining"),
            expect("2020-01-15", "notif"),
            expect("2020-03-02", "sued"),
            expect("2022-08-17", "summary", "judgment"),
            expect("2022-08-19", "final", "judgment"),
            expect("2022-09-12", "appeal"),
        ),
    ),
    Text(
        "carrow-magna-history",
        "encyclopedia history",
        None,
        """Carrow Magna

History

A settlement at the ford of the River Lenn is recorded in a charter of c. 960, and the castle
on Tor Hill was probably begun around 1150 by the lords of Aubery. The town received a
market charter in 1284, and a stone bridge replaced the ford about 1330. Much of the town
was burned in a Scottish raid, possibly in 1406, although the only source for the event, the
Lenn Chronicle, was written more than a century later.

During the Civil War the castle was held for the King and was besieged twice between 1643
and 1645. The wool trade declined in the 18th century, and the population, 2,300 at the
first census, grew only slowly until the Lenn Valley Railway reached the town in 1863. A
tannery and two boot factories opened in the following decades.

Carrow Magna was made a municipal borough in 1888. The borough was abolished under the
Local Government Act 1972, and since 1974 the town has been part of the district of South
Lenndale. The castle ruins have been in the care of the Lenndale Heritage Trust since 1984.
The population was 11,482 at the 2021 census, the highest in the town's history.

See also
- River Lenn
- Lords of Aubery""",
        (
            expect("0960~", "settlement"),
            expect("1150~", "castle", "begun"),
            expect("1284", "market", "charter"),
            expect("1330~", "bridge"),
            expect("1406?", "burn"),
            expect("1643/1645", "besieged"),
            expect("1863", "railway"),
            expect("1888", "borough"),
            expect("1974/..", "district"),
            expect("1984/..", "trust"),
        ),
    ),
    Text(
        "harrowgate-kelsby-rugby",
        "sports report",
        date(2025, 11, 16),
        """RUGBY UNION | CHAMPIONSHIP

Okonjo strikes late as Harrowgate end Kelsby hoodoo

Kelsby 19 Harrowgate 27
By Tom Pellew at Brook Road

Harrowgate won at Kelsby on Saturday for the first time since 2011 as replacement wing Dami
Okonjo's try four minutes from time settled a bruising Championship match in front of 4,810
spectators.

The visitors trailed 19-13 at half-time after Kelsby fly-half Rhys Atwell kicked four
penalties and converted Sione Latu's 22nd-minute try. But Kelsby lost flanker Jack Brennock
to a red card for a high tackle in the 51st minute, and Harrowgate took control.

Captain Ollie Marsh went over from a lineout drive on the hour, and Okonjo, who joined the
club from Cardiff in January 2024, finished in the corner after a long pass from scrum-half
Cal Dyer. Dyer kicked the conversion and a late penalty.

"We have come here for years and left with nothing," said head coach Laura Fenwick, who was
appointed in May 2023 after eleven seasons as forwards coach. "Fourteen men is a big ask
against us, but we still had to earn it."

Kelsby, relegated from the Premiership in 2022, have now lost three in a row. Brennock faces
a disciplinary hearing on Tuesday evening and could miss the derby at home to Oldbridge on
Friday 28 November. Harrowgate host leaders Castlefield next Saturday.

Kelsby: Price; Hale, Latu, Okafor, Nuttall; Atwell, Rees; ...
Harrowgate: Birch; Amos, Webb, Clarke, Stead; Lowe, Dyer; ...
Referee: S Ahmed (RFU)""",
        (
            expect("2025-11-15", "harrowgate", "kelsby"),
            expect("2024-01", "okonjo", "join"),
            expect("2023-05", "fenwick", "appoint"),
            expect("2022", "relegat"),
            expect("2025-11-18", "hearing", planned=True),
            expect("2025-11-28", "derby", "oldbridge", planned=True),
            expect("2025-11-22", "castlefield", planned=True),
        ),
    ),
    Text(
        "ashdown-pryce-ropes",
        "company history",
        None,
        """Our History

Ashdown & Pryce traces its beginnings to a ropewalk opened by Samuel Ashdown on the quay at
Fennick around 1823. The business took its present name in 1841, when Ashdown went into
partnership with his son-in-law, the sailmaker Edwin Pryce. In 1858 the firm moved to a new
330-yard ropewalk on Marsh Lane, which is still the site of our works today.

At the turn of the century the company employed some 260 people and supplied cordage to
fishing fleets from Lerwick to Newlyn. It was incorporated as Ashdown & Pryce Ltd in 1921.

A fire on the night of 8 March 1947 destroyed the spinning shed. Production moved to
temporary premises in Fennick until the rebuilt shed opened in 1949, and our 1949 shed still
houses the laying machines.

The Pryce family sold the business to the Harland Marine group in 1988. A management buyout
followed in 2003, and the company has been employee-owned since 2011. Today our 85
co-owners make mooring lines, arborist ropes and heritage rigging for customers in 40
countries, and every rope still leaves the works with a hand-stamped tag.

A heritage centre in the old tar house at the end of the ropewalk is due to open in May
2026, with guided walks along the full 330 yards.

Ashdown & Pryce Ltd, Marsh Lane, Fennick. Company No. 00176544.""",
        (
            expect("1823~", "ropewalk"),
            expect("1841", "name"),
            expect("1858", "moved"),
            expect("1921", "incorporat"),
            expect("1947-03-08", "fire"),
            expect("1949", "shed"),
            expect("1988", "sold"),
            expect("2003", "buyout"),
            expect("2011/..", "employee"),
            expect("2026-05", "heritage", planned=True),
        ),
    ),
    Text(
        "expedition-417-selvane-ridge",
        "mission summary",
        None,
        """EXPEDITION 417 SUMMARY: SELVANE RIDGE PALEOCLIMATE
Research Vessel Aurora Halden
Issued by the Expedition Science Office, 12 May 2023

Expedition 417 sailed from Port Canavel on 4 March 2023 and reached its first site, SR-3A,
on 9 March after a transit of 1,450 nautical miles. Coring at SR-3A ran from 11 to 19 March
and recovered 612 m of sediment reaching back some 34 million years.

At the second site, SR-5, coring was interrupted on or about 2 April, when a storm with
gusts of 55 knots forced the crew to pull the drill string. Operations resumed on 5 April,
and the hole was completed on 14 April at 1,021 m below the seafloor, a record for the
ridge.

The Aurora Halden docked at Vell Harbour on 27 April. The core sections will be shipped to
the Northern Core Repository by the end of June, and the shipboard scientists are scheduled
to sample them there from 11 to 22 September 2023. A preliminary report is expected in
December.

Key numbers
- Days at sea: 54
- Cores recovered: 218
- Total core length: 1,633 m
- Scientists aboard: 31, from 11 countries

Co-chief scientists: Dr Ines Okoro (University of Lisbon), Dr Henrik Aas (Bergen)""",
        (
            expect("2023-03-04", "sailed"),
            expect("2023-03-09", "reached", "site"),
            expect("2023-03-11/2023-03-19", "coring"),
            expect("2023-04-02~", "interrupt"),
            expect("2023-04-05", "resum"),
            expect("2023-04-14", "complet"),
            expect("2023-04-27", "docked"),
            expect("../2023-06", "shipped", planned=True),
            expect("2023-09-11/2023-09-22", "sample", planned=True),
            expect("2023-12", "report", planned=True),
        ),
    ),
    Text(
        "storm-support-scheme",
        "government statement",
        None,
        """Ministry of Housing and Local Communities

Statement: support for households and businesses after Storms Ingrid and Halvor

15 January 2024

The Minister for Housing and Local Communities, Ruth Ambrose, today announced a £42 million
support scheme for households and small businesses affected by Storms Ingrid and Halvor.

Storm Ingrid reached the west coast on 3 January and Storm Halvor followed on 5 January,
bringing gusts of up to 92 mph and flooding more than 6,800 properties. The Government
activated the emergency assistance arrangements under the Flood Recovery Act 2009 on
6 January. The Minister visited flooded homes in Castlebridge and Ollerton on Thursday.

Payments of £500 per flooded household will begin on 22 January and will be made through
local councils. Applications must be submitted no later than 31 March 2024. A separate grant
for small businesses, of up to £10,000, will open on 1 February.

The Environment Agency will complete a review of flood defences in the affected catchments
by the end of June and report its findings to Parliament.

The Minister said: "This is the worst flooding these communities have seen in a generation.
No family should have to wait for help while they dry out their homes."

Notes to editors
1. Households can check eligibility by calling 0300 555 0192 (8am to 6pm, Monday to Friday).
2. Councils will be reimbursed within 30 days of each claim.""",
        (
            expect("2024-01-15", "scheme", "announc"),
            expect("2024-01-03", "ingrid"),
            expect("2024-01-05", "halvor"),
            expect("2024-01-06", "activat"),
            expect("2024-01-11", "visit"),
            expect("2024-01-22", "payments", planned=True),
            expect("../2024-03-31", "applications", planned=True),
            expect("2024-02-01", "grant", planned=True),
            expect("../2024-06", "review", planned=True),
        ),
    ),
    Text(
        "westmere-tram-vote",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Councillors back £1.2bn Westmere tram line | Westmere Evening Post</title>
<script async src="https://cdn.wepost.example/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || [];
dataLayer.push({"section": "news", "pubdate": "2025-05-21"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Councillors back £1.2bn tram line from Westmere to Callow Bridge</h1>
<p class="byline">By Anna Kowalczyk, Local Democracy Reporter ·
<time datetime="2025-05-21T07:45:00+01:00">Wednesday 21 May 2025, 7:45am</time> ·
Updated <time datetime="2025-05-21T11:02:00+01:00">11:02am</time></p>
<figure>
<img src="/img/tram-render-2024.jpg" alt="Artist's impression of a tram at Market Cross">
<figcaption>How a tram at Market Cross could look. Image: Westmere City Council</figcaption>
</figure>
<p>Westmere City Council voted on Tuesday to build a 14km tram line between the city centre
and Callow Bridge, 68 years after the city's last trams ran.</p>
<p>Councillors approved the full business case by 41 votes to 12 after a four-hour debate.
The Department for Transport agreed on 2 April to fund £860 million of the cost, and a
public consultation ran from 6 January to 14 February.</p>
<p>The council first proposed a tram in 2008 but shelved the plan in 2010. Its application
for a Transport and Works Act order will be submitted by the end of September.</p>
<p>Enabling works, including moving gas mains on Station Road, are scheduled to start in
March 2026, with the first passengers expected in 2029.</p>
<p>The last tram of the old network ran from Market Cross to Dunmore Park on 30 June 1957.
Opposition leader Gary Holt called the new line "the most expensive thing this council has
voted for since the ring road".</p>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/tram-consultation-opens">Tram consultation opens
<time datetime="2025-01-06">6 Jan 2025</time></a></li>
<li><a href="/news/dft-tram-funding">Government backs tram with £860m
<time datetime="2025-04-02">2 Apr 2025</time></a></li>
</ul>
</aside>
</article>
<footer><p>&copy; 2025 Westmere Evening Post Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-20", "council"),
            expect("2025-04-02", "fund"),
            expect("2025-01-06/2025-02-14", "consultation"),
            expect("2008", "propos"),
            expect("2010", "shelved"),
            expect("../2025-09", "application", planned=True),
            expect("2026-03", "works", planned=True),
            expect("2029", "passengers", planned=True),
            expect("1957-06-30", "last", "tram"),
        ),
    ),
    Text(
        "kestrel-haven-notice-17",
        "port authority's notices to mariners",
        None,
        """PORT OF KESTREL HAVEN
HARBOUR MASTER'S OFFICE

NOTICE TO MARINERS No. 17 of 2025
Date of issue: 30 May 2025

KESTREL HAVEN - MAIN CHANNEL - MAINTENANCE DREDGING AND TEMPORARY RELOCATION OF BUOY

1. Mariners are advised that maintenance dredging will be carried out in the Main Channel
between No. 4 and No. 9 buoys from 2 June to 20 June 2025 by the trailing suction hopper
dredger ORWELL SANDS (call sign 2BXK7).

2. The dredger will work 24 hours a day and will display the lights and shapes prescribed by
Rule 27 of the COLREGS 1972. Vessels shall pass at slow speed, keeping at least 100 metres
clear.

3. No. 6 Port Hand buoy (Fl(2) R 6s) was relocated on 28 May 2025 to position
51°56.42'N 001°17.08'E. It will be returned to its charted position on completion of the
works, on or about 23 June 2025.

4. A hydrographic survey of the channel will be carried out by the survey launch KESTREL
SURVEYOR on 24 and 25 June 2025, between 0700 and 1900 hrs.

5. Dredged material will be deposited at the licensed disposal site KH-2. All deposits must
be completed no later than 30 June 2025. The current marine licence expires on 30 June 2025.

6. Notice to Mariners No. 11 of 2025 is cancelled.

Vessels shall contact Kestrel Haven VTS on VHF Channel 14, or by telephone on
+44 1473 230 116, before entering the Main Channel.

Chart affected: 2693

Capt. R. J. Haddow
Harbour Master""",
        (
            expect("2025-06-02/2025-06-20", "dredging", planned=True),
            expect("2025-05-28", "buoy", "relocat"),
            expect("2025-06-23~", "buoy", "return", planned=True),
            expect("2025-06-24", "survey", planned=True),
            expect("2025-06-25", "survey", planned=True),
            expect("../2025-06-30", "deposit", planned=True),
            expect("2025-06-30", "licence", "expir", planned=True),
        ),
    ),
    Text(
        "brunner-sankt-ilgen",
        "ski jumping report",
        date(2026, 1, 18),
        """SKI JUMPING

Brunner soars to first World Cup win on home hill

SANKT ILGEN, Jan 18 - Nineteen-year-old Lukas Brunner won his first World Cup competition on
Saturday, jumping 139.5 and 141 metres on the large hill (HS 140) to beat Norway's Eirik
Solheim by 4.8 points in front of 18,500 spectators.

Brunner, who made his World Cup debut in Engelberg in December 2023, led after the first
round and held his nerve in a tailwind in the final. His 141 metres was the longest jump on
the hill since 2019. Brunner switched from Nordic combined to special jumping in 2021.

Friday's qualification was cancelled because of strong wind, and all 63 entered jumpers were
admitted to the competition. The second individual competition, on Sunday, has been brought
forward to 1 p.m. because snow is forecast for the afternoon.

Solheim, second for the fourth time this season, has led the overall World Cup standings
since 14 December and still has a lead of 112 points. "Lukas flew like he was on a string
today," Solheim said.

Results (HS 140): 1. Brunner (AUT) 298.6 points; 2. Solheim (NOR) 293.8; 3. Kowal (POL)
287.1; 4. Hirvonen (FIN) 285.4; 5. Takeda (JPN) 283.0.

The World Cup moves on to Harrbacken in Sweden, with a team competition on 24 January and an
individual competition on 25 January.""",
        (
            expect("2026-01-17", "brunner"),
            expect("2023-12", "debut"),
            expect("2021", "switch"),
            expect("2026-01-16", "qualification"),
            expect("2026-01-18", "second", "competition", planned=True),
            expect("2025-12-14/..", "standings"),
            expect("2026-01-24", "team", planned=True),
            expect("2026-01-25", "individual", planned=True),
        ),
    ),
    Text(
        "grenmoor-fallowfield-battery",
        "battery storage press release",
        None,
        """PRESS RELEASE

Grenmoor Energy's 200 MWh Fallowfield battery enters commercial operation

Aberwyn, Wales - 3 March 2025 - Grenmoor Energy today confirmed that its 100 MW / 200 MWh
Fallowfield battery energy storage system, the largest in Wales, has been in full commercial
operation since 1 March 2025.

The project reached financial close on 28 March 2024, and construction began in April 2024.
The 64 lithium iron phosphate battery containers were delivered between 12 and 30 August
2024, and Fallowfield was connected to the 132 kV network on 18 December 2024. The site
can store enough electricity to supply around 190,000 homes for two hours.

"Fallowfield shows that storage can be built at scale, on time and on budget," said chief
executive Sian Pritchard. "It will soak up surplus wind power at night and return it to the
grid at the evening peak."

Grenmoor plans to begin construction of its second project, the 250 MWh Hollins Cross
battery in Cumbria, in 2026, and aims to have 1 GWh of storage in operation by 2030.

About Grenmoor Energy
Founded in 2017, Grenmoor Energy develops, builds and operates grid-scale battery storage in
the UK. It is backed by the Caldera Infrastructure Fund II.

Media enquiries: Tom Eady, +44 29 2018 0443, media@grenmoor.example""",
        (
            expect("2025-03-01/..", "commercial", "operation"),
            expect("2024-03-28", "financial", "close"),
            expect("2024-04", "construction", "began"),
            expect("2024-08-12/2024-08-30", "containers"),
            expect("2024-12-18", "connect"),
            expect("2026", "hollins", planned=True),
            expect("../2030", "storage", planned=True),
            expect("2017", "founded"),
        ),
    ),
    Text(
        "brackley-junction-diary-1907",
        "stationmaster's diary of the 1900s",
        None,
        """BRACKLEY JUNCTION
Diary of Thos. Whitlock, Stationmaster
1907

Jan.

Mon. 7th. Up line blocked by snow at Hensby cutting from 4 a.m. The 8.15 Up Express 2 hrs
40 min. late. Sent the ganger & 6 men with shovels.

Tues. 8th. Line clear at 11.30. Thaw in the afternoon. Coal for the waiting rooms short,
wired Mr Pask.

Thurs. 10th. Goods train derailed at N. end of yard, 3 wagons off the road, no one hurt.
Breakdown gang from Tewford arr. 2.15 p.m.

Fri. 18th. Insp. Collard came by the 10.40 & went through the books. All correct save 3/6d
short in the parcels a/c., which I made good.

Tues. 22nd. New signal box at Hensby Jn. opened today. Old box to come down shortly.

Wed. 30th. Notice recd. that the Sunday School excursion to Scarbro' is fixed for Thurs.
20th June. 11 coaches req'd.

Feb.

Wed. 6th. Platforms whitewashed & lamps cleaned. Directors' inspection special to stop here
14th inst. at 11.20 a.m. Mrs W. much better.""",
        (
            expect("1907-01-07", "blocked"),
            expect("1907-01-08", "clear"),
            expect("1907-01-10", "derail"),
            expect("1907-01-18", "insp"),
            expect("1907-01-22", "signal", "box"),
            expect("1907-01-30", "notice"),
            expect("1907-06-20", "excursion", planned=True),
            expect("1907-02-06", "whitewash"),
            expect("1907-02-14", "special", planned=True),
        ),
    ),
    Text(
        "tessel-barn-owl-survey-2024",
        "barn owl nest survey",
        None,
        """LOWER TESSEL VALLEY BARN OWL GROUP
Nest Box Survey Report 2024

1. Summary
The group has monitored barn owl nest boxes in the Lower Tessel valley since 2012. In 2024,
58 boxes were checked, of which 23 held breeding pairs, the highest number since the survey
began.

2. Methods
Boxes were checked by licensed volunteers under a Schedule 1 disturbance licence. Visits were
made between 12 May and 30 June 2024, in daylight between 10:00 and 15:00, following the
group's 2012 protocol.

3. Results
Laying began early. Back-calculation from chick ages suggests that the first clutch, at
Hollow Farm (box LT-07), was started around 18 April. Mean clutch size was 4.6 eggs (n = 21).
Owlets were ringed at 19 boxes on 4, 12 and 21 June; 71 chicks were ringed in total. Two
boxes were lost when a barn at Crane's End collapsed on 9 March.

Volunteers record kestrels and stock doves in the boxes every year in April and May.

4. Next steps
- 15 replacement boxes will be built and installed by the end of February 2025.
- Volunteer training day: Saturday 8 March 2025, Tessel Village Hall, 10:00-13:00.
- The group's Schedule 1 licence must be renewed no later than 31 March 2025.

Compiled by Dr Fiona Marsh, County Bird Recorder. Contact: 01632 960 284.""",
        (
            expect("2012/..", "monitor"),
            expect("2024-05-12/2024-06-30", "visits"),
            expect("2024-04-18~", "clutch"),
            expect("2024-06-04", "ringed"),
            expect("2024-06-12", "ringed"),
            expect("2024-06-21", "ringed"),
            expect("2024-03-09", "barn", "collapse"),
            expect("../2025-02", "install", planned=True),
            expect("2025-03-08", "training", planned=True),
            expect("../2025-03-31", "licence", planned=True),
        ),
    ),
    Text(
        "harwick-glassworks-history",
        "glassworks' history",
        None,
        """The Harwick Glassworks: A Short History

The first glass cone at Harwick is said to have been built in 1782 by John Pellow, an
ironmaster who wanted bottles for the cider of his own orchards. Under the Dowling family,
who took over the works early in the next century, it turned to tableware, and in 1834 the
Dowlings introduced a pressing machine brought from Boston, one of the first in England.

A Dowling decanter won a medal at an international exhibition in London, possibly in 1862;
the medal survives, but the firm's records for those years do not. A second cone was added
around 1870 as the works grew to 300 hands.

The glassmakers struck for fourteen weeks in 1912 over the piece rates for pressed ware.
From 1940 to 1945 the works was requisitioned by the Ministry of Supply and made lamp glass
and periscope prisms.

The 1870 cone was demolished in 1972 after a survey found its brickwork unsafe. Production
ended on 27 September 1984, when the last furnace was let out and 112 workers were laid off.
The surviving cone has been run as a museum by the Harwick Glass Trust since 1998, and the
restoration of its furnace floor is planned to begin in 2027.

Opening times: Wednesday to Sunday, 10am-4pm. Admission £7.50.""",
        (
            expect("1782?", "cone", "built"),
            expect("1834", "pressing", "machine"),
            expect("1862?", "medal"),
            expect("1870~", "cone", "added"),
            expect("1912", "struck"),
            expect("1940/1945", "requisitioned"),
            expect("1972", "demolished"),
            expect("1984-09-27", "production", "ended"),
            expect("1998/..", "museum"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "fisheries-quota-statement-2026",
        "fisheries minister's quota statement",
        None,
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS

Statement by the Minister for Fisheries, Alistair Craigie, on fishing opportunities for 2026

Thursday 18 December 2025

Agreement was reached in the early hours of Wednesday at the North Sea coastal states talks
in Lerholm. It is a hard settlement for some of our fleets, but a responsible one.

The total allowable catch for North Sea cod will be 18,420 tonnes, a cut of 12 per cent and
the lowest since 2008. The scientific advice published on 30 June had recommended a cut of
20 per cent. I met representatives of the whitefish fleet in Peterhead on Monday, and I
pressed their case for a smaller reduction at every stage of the talks.

The new quotas will apply from 1 January 2026. The seasonal closure of the Orkan Bank
spawning grounds will run from 1 February to 30 April 2026, two weeks longer than this year.
Producer organisations must submit their quota management plans no later than 31 January
2026, and a mid-year review of the mackerel quota will take place in June 2026.

The Fisheries Transition Scheme, which opened in March 2019, has helped 214 vessels to
modernise. It will close to new applications on 31 December 2027.

Press office: 0131 496 0720 (out of hours: 07700 900 318)""",
        (
            expect("2025-12-17", "agreement"),
            expect("2025-06-30", "advice"),
            expect("2025-12-15", "representatives"),
            expect("2026-01-01", "quota", planned=True),
            expect("2026-02-01/2026-04-30", "closure", planned=True),
            expect("../2026-01-31", "management", planned=True),
            expect("2026-06", "review", planned=True),
            expect("2019-03", "scheme", "open"),
            expect("2027-12-31", "scheme", "close", planned=True),
        ),
    ),
    Text(
        "fenbury-pool-closures",
        "swimming pool's HTML maintenance closures page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pool closures and maintenance | Fenbury Leisure Centre</title>
<script src="/js/cookie-consent.js" defer></script>
</head>
<body>
<header>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/swimming">Swimming</a></li>
<li><a href="/timetables">Timetables</a></li><li><a href="/contact">Contact us</a></li>
</ul></nav>
</header>
<main>
<h1>Pool closures and maintenance 2025</h1>
<p class="updated">Page updated: <time datetime="2025-02-26">26 February 2025</time></p>
<p>We are sorry for any inconvenience while we carry out essential maintenance. Swimming
lessons affected by a closure will be rescheduled and your teacher will contact you.</p>
<table class="closures">
<thead><tr><th>Area</th><th>Closure</th><th>Details</th></tr></thead>
<tbody>
<tr><td>Sauna and steam room</td><td>Closed since Mon 10 February</td>
<td>Heater replacement. Expected to reopen on or about 24 March.</td></tr>
<tr><td>Main pool (25 m)</td><td>Mon 3 March to Fri 7 March</td>
<td>Drain-down and tile repairs</td></tr>
<tr><td>Learner pool</td><td>Mon 17 March</td><td>Water treatment plant service</td></tr>
<tr><td>Whole centre</td><td>Fri 18 April and Mon 21 April</td><td>Bank holidays</td></tr>
<tr><td>Flume</td><td>Until further notice</td><td>Awaiting parts</td></tr>
</tbody>
</table>
<p>The main pool is drained every year for its annual inspection. Our new changing village
opened on 6 January 2025 and has 12 family cubicles.</p>
<p>Questions? Call reception on 01632 960 555 (6:30am-10pm) or email
<a href="mailto:swim@fenburyleisure.example">swim@fenburyleisure.example</a>.</p>
</main>
<footer><p>&copy; 2025 Fenbury Leisure Trust. Registered charity no. 1098765.</p></footer>
</body>
</html>""",
        (
            expect("2025-02-10/..", "sauna"),
            expect("2025-03-24~", "reopen", planned=True),
            expect("2025-03-03/2025-03-07", "main", "pool", planned=True),
            expect("2025-03-17", "learner", planned=True),
            expect("2025-04-18", "centre", planned=True),
            expect("2025-04-21", "centre", planned=True),
            expect("2025-01-06", "changing"),
        ),
    ),
    Text(
        "kingsford-admission-appeal",
        "school admissions appeal decision",
        None,
        """NORTHMERE COUNCIL
INDEPENDENT ADMISSION APPEAL PANEL

Our ref: APP/2025/0418
Date: 2 July 2025

Dear Mr and Mrs Adeyemi,

Appeal for a Year 7 place at Kingsford Academy

Your appeal for your son, Tobi, was heard by an independent panel at Northmere Civic Centre
on Monday 30 June 2025. The panel members were Mrs J. Latham (chair), Mr P. Osei and
Ms R. Kerr. The academy was represented by its admissions officer.

Background
You applied for a place at Kingsford Academy on 28 October 2024. On national offer day,
3 March 2025, Tobi was offered a place at Hallam Park School, your fourth preference. You
lodged your appeal on 27 March 2025, within the time allowed under the School Admission
Appeals Code 2022. The academy's waiting list was re-ranked on 9 May 2025 and Tobi was
placed 14th.

Kingsford converted to academy status in 2013 and has been oversubscribed every year since.
Its published admission number is 210, and it has already admitted 210 pupils to Year 7.

Decision
The panel accepted that a further admission would cause some prejudice to the academy, but
found that Tobi's need to attend, in view of the evidence from his consultant, outweighed it.
Your appeal is therefore UPHELD.

Tobi will be admitted to Kingsford Academy in September 2025. The academy will contact you
no later than 18 July 2025 about its induction day.

Yours sincerely,

A. Fairbairn
Clerk to the Independent Appeal Panel""",
        (
            expect("2025-06-30", "heard"),
            expect("2024-10-28", "applied"),
            expect("2025-03-03", "offered"),
            expect("2025-03-27", "lodged"),
            expect("2025-05-09", "waiting"),
            expect("2013", "convert"),
            expect("2025-09", "admitted", planned=True),
            expect("../2025-07-18", "contact", planned=True),
        ),
    ),
    Text(
        "fenner-hale-type-foundry",
        "type foundry's history",
        None,
        """Fenner & Hale Letter Foundry: A History

The foundry is said to have been established in 1796 by Josiah Fenner, a punchcutter from
Birmingham, in a yard off Gravel Lane, Southwark. Its first specimen book appeared in 1802
and showed eleven sizes of roman and italic; the 1802 Specimen is now one of only three
known copies.

The foundry moved to larger premises in Chiswell Row c. 1830, and Fenner's former apprentice
Thomas Hale became a partner in 1841. The firm's best-known face, Hale Old Style, was cut
between 1858 and 1862 and was soon used by half the book printers in London. In the 1880s
the foundry adopted the American point system.

The Chiswell Row works was destroyed by bombing on the night of 29 December 1940, and the
firm carried on from a smaller foundry in Letchworth. Fenner & Hale cast its last type on
30 June 1972.

The foundry's punches and matrices, some 14,000 pieces, were acquired by the Meriden
Printing Museum in 1981. Hale Old Style was digitised from the original smoke proofs from
2015 to 2018, and a variable version of the digital family is planned for 2026.""",
        (
            expect("1796?", "establish"),
            expect("1802", "specimen"),
            expect("1830~", "moved"),
            expect("1841", "partner"),
            expect("1858/1862", "cut"),
            expect("1940-12-29", "destroyed"),
            expect("1972-06-30", "last", "type"),
            expect("1981", "acquired"),
            expect("2015/2018", "digitised"),
            expect("2026", "variable", planned=True),
        ),
    ),
    Text(
        "kestle-bay-golf-calendar-2026",
        "golf club's competition calendar",
        None,
        """KESTLE BAY GOLF CLUB
Est. 1893

COMPETITION CALENDAR 2026

Date            | Competition             | Format                       | Tee times
----------------|-------------------------|------------------------------|-------------
Sat 11 April    | Spring Medal            | Stroke play, qualifier       | 8.00-12.30
Sun 26 April    | Captain v Vice-Captain  | Matchplay, teams             | 1.00 shotgun
Sat 6 June      | Captain's Day           | Stableford                   | from 7.30
Sat 18 July     | Club Championship (R1)  | 18 holes stroke play         | from 7.00
Sun 19 July     | Club Championship (R2)  | 18 holes stroke play         | from 7.00
Sun 9 August    | Mixed Foursomes         | Greensomes                   | 9.00-11.00

Notes
- Entries for all competitions close at 6 p.m. two days before play.
- Entries for the Club Championship must be received by 30 June. Handicap limit 18.
- The Wednesday Roll-up is played every Wednesday from 8.30 a.m.
- The course will be closed for hollow-tining from 14 to 18 September.
- The Annual General Meeting will be held on Friday 27 November 2026 at 7.30 p.m. in the
  clubhouse.

Competition Secretary: D. Rowe, tel. 01632 960 771""",
        (
            expect("2026-04-11", "spring", "medal", planned=True),
            expect("2026-04-26", "vice", planned=True),
            expect("2026-06-06", "captain", "day", planned=True),
            expect("2026-07-18", "championship", planned=True),
            expect("2026-07-19", "championship", planned=True),
            expect("2026-08-09", "foursomes", planned=True),
            expect("../2026-06-30", "entries", planned=True),
            expect("2026-09-14/2026-09-18", "tining", planned=True),
            expect("2026-11-27", "general", planned=True),
        ),
    ),
)
