"""The two-hundred-and-thirtieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a wildfire incident
update log, a cyclocross race report, a water company's reservoir press release, a governess's
diary of the 1850s, a dormouse nest tube survey, a paper mill's history, a health minister's
vaccination programme statement, a museum's HTML gallery closures page, a licensing committee
decision, a saddler's history and a hockey club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTIETH_CORPUS",)


TWOHUNDREDTHIRTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "harlund-dock-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HARLUND, Oct 9 (Baltic Ledger) - Dockworkers at the port of Harlund returned to work on
Tuesday after a nine-day strike that left more than 40 container ships waiting at anchor,
the port authority said.

The strike began on September 30 when talks between the Harlund Stevedores' Union and the
employers' group PortCo broke down over night-shift pay. Union members voted on Monday to
accept a revised offer of a 6.5 percent rise spread over two years.

"We have lost about 310,000 tonnes of throughput," port director Mette Sandvold told
reporters, adding that the backlog of waiting ships should be cleared by October 25.

The new agreement takes effect on November 1 and runs to the end of 2026. A mediator
appointed by the labour ministry will meet both sides again on Friday to settle a remaining
dispute over pensions.

Container volumes at Harlund fell 4 percent in September, the steepest monthly drop since
March 2020. The port handles about 1.8 million containers a year and employs 2,300 people.
In 2011 crane operators at the port staged a three-day strike over shift patterns.

Harlund was opened as a free port in 1907 and was privatised in 1998 under the 1997 Ports
Act. PortCo shares closed 1.2 percent higher at 184.50 crowns.

(Reporting by Jonas Eklund; Editing by Claire Moffat)""",
        (
            expect("2024-10-08", "return", "work"),
            expect("2024-09-30", "strike", "began"),
            expect("2024-10-07", "vote"),
            expect("../2024-10-25", "backlog", planned=True),
            expect("2024-11-01", "agreement", planned=True),
            expect("2024-10-11", "mediator", planned=True),
            expect("2024-09", "volumes"),
            expect("2011", "crane", "strike"),
            expect("1907", "free port"),
            expect("1998", "privatis"),
        ),
    ),
    Text(
        "orrin-foods-distribution-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orrin Foods opens chilled distribution centre in Maddock Vale

MADDOCK VALE, England, 17 February 2025 -- Orrin Foods plc (LSE: ORF), the maker of Lantern
soups and ready meals, today opened a 42,000 sq m chilled distribution centre at Maddock Vale
Business Park, creating 380 jobs.

The £64 million centre, on which construction began in March 2023, will handle up to 2,200
pallets an hour at full capacity and was built to the 2021 BREEAM Outstanding standard. The
first deliveries to supermarket customers left the site on 10 February during a trial week.
A second phase, a 9,000 sq m frozen store, is scheduled to open in September 2026.

Orrin has run its northern deliveries from a leased depot in Hallbridge since 2012. The
lease expires on 31 March 2025, and the Hallbridge depot will close by the end of April;
all 140 staff there have been offered roles at Maddock Vale.

"This is the biggest single investment in our 94-year history," said chief executive Priya
Venn. "It puts our chilled products within four hours of 80 per cent of the population."

About Orrin Foods
Founded in 1931 as a family bakery in Pellham, Orrin Foods employs 4,100 people at six
sites and reported revenue of £1.12 billion in the year to 28 September 2024.

Media contact: Helen Marsh, +44 (0)161 555 0192, press@orrinfoods.example
© 2025 Orrin Foods plc""",
        (
            expect("2025-02-17", "centre", "open"),
            expect("2023-03", "construction"),
            expect("2025-02-10", "deliveries"),
            expect("2026-09", "frozen", planned=True),
            expect("2012/..", "depot"),
            expect("2025-03-31", "lease", planned=True),
            expect("../2025-04", "depot", "close", planned=True),
            expect("1931", "found"),
        ),
    ),
    Text(
        "halverson-v-draymoor-schools",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND DIVISION

No. 23-CV-0418

HALVERSON BUILDERS, INC.,
Appellant,
v.
DRAYMOOR COUNTY SCHOOL DISTRICT,
Appellee.

Filed May 6, 2024

OPINION

RENNICK, Judge.

I. BACKGROUND

On or about June 14, 2019, the District and Halverson entered into a written contract for
the construction of a gymnasium at Draymoor High School for a price of $8,400,000. Section
14.2 of the contract allowed the District to withhold liquidated damages of $2,750 for each
day of delay.

The District issued its first change order on October 7, 2019. Halverson sent written
notice of a claim for additional time about two weeks later. Substantial completion was
certified on January 19, 2021, more than five months after the contract date. On February
3, 2021, the District withheld $412,000 in liquidated damages from the final payment.

Halverson filed suit on April 22, 2021, alleging that the delay was caused by the District's
change orders. After a bench trial held from March 6 to March 9, 2023, the trial court
entered judgment for the District on June 30, 2023. Halverson timely appealed.

II. ANALYSIS

Halverson argues that the notice requirement of Section 9.4 is unenforceable under the 2017
Public Works Contracts Act. We disagree. The statute voids clauses that bar claims entirely;
it does not forbid a reasonable time limit for giving notice. The trial court found, on
ample evidence, that Halverson's notice did not identify the days claimed. That finding is
not clearly erroneous.

III. CONCLUSION

The judgment is affirmed. The matter is remanded for a hearing on costs, which the trial
court shall hold no later than September 30, 2024.

RENNICK, J.

We concur:
OKONKWO, P.J.
TALBOT, J.""",
        (
            expect("2019-06-14~", "contract"),
            expect("2019-10-07", "change order"),
            expect("2019-10-21~", "notice"),
            expect("2021-01-19", "completion"),
            expect("2021-02-03", "damages"),
            expect("2021-04-22", "suit"),
            expect("2023-03-06/2023-03-09", "trial"),
            expect("2023-06-30", "judgment"),
            expect("../2024-09-30", "hearing", planned=True),
        ),
    ),
    Text(
        "carrowby-town-history",
        "encyclopedia history",
        None,
        """Carrowby

Carrowby is a market town and civil parish on the River Leth, 14 miles (23 km) north-west of
Hexford. At the 2021 census it had a population of 8,906.

History

A settlement at the ford is first recorded in a charter of King Eadwig, possibly of 956,
which grants land "at Carra's by" to the abbey of Selham. The parish church of St Elfrida is
said to have been built in 1180, although little of the Norman fabric survives.

Carrowby received its market charter from Henry III in 1252. The town was burned by Scottish
raiders in 1322 and again c. 1388, after which the townsmen built an earthen rampart, part
of which can still be traced behind Tanner's Row. A grammar school was founded in 1561 by
Sir Roger Haithwaite, a London mercer born in the town.

The wool trade made the town prosperous in the later Middle Ages. The railway reached
Carrowby in 1847, and the Italianate town hall on Market Square was built between 1862 and
1864 to designs by John Pell. The station closed in 1964, and the trackbed is now a cycle
path. The population grew every decade from 1951 onwards, the fastest rise in the district.

Carrowby has been twinned with Saint-Aubin-sur-Loir in France since 1973.

See also
List of market towns in Hexfordshire

References
1. Hexfordshire Record Society, vol. 12 (1988), pp. 41-57.""",
        (
            expect("0956?", "settlement"),
            expect("1180?", "church"),
            expect("1252", "market"),
            expect("1322", "burn"),
            expect("1388~", "burn"),
            expect("1561", "school"),
            expect("1847", "railway"),
            expect("1862/1864", "town hall"),
            expect("1964", "station"),
            expect("1973/..", "twin"),
        ),
    ),
    Text(
        "wellbrook-garrowby-rugby",
        "sports report",
        date(2025, 3, 16),
        """RUGBY UNION | NORTHERN PREMIERSHIP

Wellbrook 27 Garrowby 24

Pritchard boot keeps Wellbrook on top

By Tom Hadleigh at Mill Lane

Wellbrook kept their grip on first place in the Northern Premiership with a 27-24 win over
Garrowby on Saturday, fly-half Evan Pritchard landing a penalty from 40 metres in the 79th
minute.

Garrowby led 24-17 with ten minutes left after winger Sam Okafor's second try, but a
driving maul from the restart brought Wellbrook level and Pritchard did the rest. It was
Wellbrook's 14th win in 17 league games and their first home win over Garrowby since 2016.

Pritchard, 22, who joined from Hallam in 2023, finished with 17 points. "I've missed that
kick a hundred times in training," he said. "Not today."

The sides had met at Garrowby on 4 January, when Wellbrook won 31-10 in driving rain.

Captain Luke Ferris, who broke his wrist on 22 February, is expected to return for the trip
to Scarsdale on Saturday. The final round of the regular season is on 12 April, when
Wellbrook host Kirkham, and the play-off final will be played at Halstead Park on 3 May.

Wellbrook were relegated in 2019 and have been rebuilding since under director of rugby
Mark Allonby, who played 212 games for the club.

Wellbrook: Tries: Dale, Morgan, Hughes. Cons: Pritchard 3. Pens: Pritchard 2.
Garrowby: Tries: Okafor 2, Bell. Cons: Ward 3. Pen: Ward.
Attendance: 3,412. Referee: C. Lowther.""",
        (
            expect("2025-03-15", "Garrowby"),
            expect("2023", "Pritchard", "join"),
            expect("2025-01-04", "Garrowby"),
            expect("2025-02-22", "wrist"),
            expect("2025-03-22", "Scarsdale", planned=True),
            expect("2025-04-12", "Kirkham", planned=True),
            expect("2025-05-03", "final", planned=True),
            expect("2019", "relegat"),
        ),
    ),
    Text(
        "tamsworth-fyne-history",
        "company history",
        None,
        """Tamsworth & Fyne — Our Story

Home > About us > Our story

Beginnings
Josiah Fyne opened a bakery on Carter Street, Dunmore, in 1868, selling bread and ship's
biscuit to the boats on the canal. His nephew Albert Tamsworth joined him as a partner in
1874, and the firm took the name Tamsworth & Fyne the following year.

The Ginger Crown
Our best-known biscuit, the Ginger Crown, was first baked around 1890 to a recipe of
Albert's wife, Martha. It is still made to the same recipe, and we bake around 40 million of
them a year.

Riverside Works
The firm moved to the purpose-built Riverside Works in 1903. Between 1914 and 1918 the
works made ration biscuits for the army, turning out up to 60 tons a week. In the 1950s the
old brick ovens gave way to continuous tunnel ovens.

A public company
Tamsworth & Fyne became a public company in 1962 and was acquired by the Colbrook Group in
1987. Every December the works still opens its doors to the families of employees.

Today
We have used only free-range eggs since 2008, and all our packaging has been recyclable
since 2022. A new wholemeal line at Riverside is expected to start production in 2026,
creating 45 jobs.

Contact us | Careers | Privacy
© Tamsworth & Fyne 2024. Registered in England No. 00714388.""",
        (
            expect("1868", "bakery"),
            expect("1874", "partner"),
            expect("1875", "name"),
            expect("1890~", "Ginger Crown"),
            expect("1903", "Riverside"),
            expect("1914/1918", "ration"),
            expect("1962", "public"),
            expect("1987", "acquired"),
            expect("2008/..", "eggs"),
            expect("2022/..", "packaging"),
            expect("2026", "production", planned=True),
        ),
    ),
    Text(
        "halcyon-1-lunar-orbiter",
        "mission summary",
        None,
        """HALCYON-1 LUNAR ORBITER — MISSION SUMMARY

Agency: European Space Research Agency (ESRA)
Mission type: lunar polar orbiter
Launch mass: 1,987 kg
Status: extended mission

Overview
Halcyon-1 was launched on 12 September 2021 at 03:47 UTC from Kourou on a Vega-C rocket.
After a low-energy transfer it performed lunar orbit insertion on 17 October, and returned
its first image of the south polar region on 21 October.

The nominal science phase began on 1 November 2021. The laser altimeter has returned data
continuously since 2 November 2021, and has mapped 93 per cent of the terrain poleward of
80 degrees south.

Anomalies
A reaction wheel failed on 9 May 2022. The spacecraft spent about three weeks in safe mode
while controllers reconfigured it to fly on the three remaining wheels.

Milestones
- 2,000th orbit completed on 14 August 2022.
- 1,024 gigabits of data returned by the end of the first year of operations.
- Nominal mission ended on 31 October 2023; extended mission approved by the ESRA Council.

Future
A controlled impact on the lunar far side is planned for December 2026, once the propellant
margin falls below 5 kg. A successor, Halcyon-2, carrying a lander, is expected to launch in
2028.

Last reviewed: 11 March 2025""",
        (
            expect("2021-09-12", "launch"),
            expect("2021-10-17", "insertion"),
            expect("2021-10-21", "image"),
            expect("2021-11-01", "science"),
            expect("2021-11-02/..", "altimeter"),
            expect("2022-05-09", "wheel"),
            expect("2022-08-14", "orbit"),
            expect("2023-10-31", "nominal"),
            expect("2026-12", "impact", planned=True),
            expect("2028", "Halcyon-2", planned=True),
        ),
    ),
    Text(
        "corran-valley-line-statement",
        "government statement",
        None,
        """MINISTRY OF INFRASTRUCTURE AND TRANSPORT

Written statement by the Minister for Rail, Gareth Olowe MP, on the Corran Valley Line

22 January 2025

The Corran Valley Line has been closed since 8 November 2024, when a landslip near Tallow
Bridge undermined 60 metres of track. I want to set out for the House what has been done
and what will happen next.

Engineers from RailGrid completed the ground survey on 10 January. It found that the
cutting had been weakened by water from a blocked culvert. Work to stabilise the cutting
will begin on 3 February and is expected to take about ten weeks. I have approved funding of
£18.5 million for this work from the 2019 Rail Resilience Fund.

Replacement buses will continue to run every 30 minutes between Corran and Tallow until the
line reopens, which we expect no later than 30 April. I have asked RailGrid to report to me
by the end of March on the condition of the other 14 cuttings on the route. The line was
last closed by a landslip in 2012, for five months.

Passengers who hold season tickets are entitled to compensation for the closure. Claims must
be made by 28 February through the operator's website or by telephone on 0300 555 0147.

I am grateful to the communities of the valley for their patience, and to the engineers who
have worked through the winter in difficult conditions.

Gareth Olowe MP
Minister for Rail""",
        (
            expect("2024-11-08", "landslip"),
            expect("2024-11-08/..", "closed"),
            expect("2025-01-10", "survey"),
            expect("2025-02-03", "cutting", planned=True),
            expect("../2025-04-30", "reopen", planned=True),
            expect("../2025-03", "report", planned=True),
            expect("2012", "landslip"),
            expect("../2025-02-28", "claims", planned=True),
        ),
    ),
    Text(
        "brinmouth-library-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brinmouth Central Library reopens after £12m refit | Brinmouth Echo</title>
<script src="/static/js/analytics.js" async></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's on</a>
</nav>
<article>
<h1>Brinmouth Central Library reopens after £12m refit</h1>
<p class="byline">By Nadia Kerr, Local Democracy Reporter</p>
<p class="meta"><time datetime="2024-09-16T07:15:00+01:00">Monday 16 September 2024</time>
 · Updated <time datetime="2024-09-16T10:02:00+01:00">10:02</time></p>
<figure>
  <img src="/img/library-reading-room.jpg" alt="Restored reading room">
  <figcaption>The restored reading room, photographed on Thursday. Photo: Owen Price</figcaption>
</figure>
<p>Brinmouth Central Library reopened to the public on Saturday after a two-year, £12
million refurbishment, with more than 4,000 visitors on the first day.</p>
<p>The Grade II listed building, designed by the borough architect Edith Caird, opened in
1936. It closed in August 2022 when inspectors found asbestos in the roof void. The
contract for the work was signed on 12 December 2022, and builders moved in in January
2023.</p>
<p>An opening ceremony was held on Friday evening, when the novelist Ruth Abara unveiled a
plaque in the entrance hall.</p>
<p>A cafe on the ground floor will open on 1 October. Rhyme time for under-fives returns
every Tuesday morning.</p>
<p>The council plans to refurbish the Eastgate branch library in 2026, a spokesperson said.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
  <li><a href="/news/library-asbestos">Library shut as asbestos found (18 August 2022)</a></li>
  <li><a href="/news/branch-cuts">Five branch libraries face cuts (3 March 2023)</a></li>
</ul>
</aside>
<footer>© 2024 Brinmouth Echo Ltd</footer>
<script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>""",
        (
            expect("2024-09-14", "reopen"),
            expect("1936", "open"),
            expect("2022-08", "closed"),
            expect("2022-12-12", "contract"),
            expect("2023-01", "builders"),
            expect("2024-09-13", "ceremony"),
            expect("2024-10-01", "cafe", planned=True),
            expect("2026", "Eastgate", planned=True),
        ),
    ),
    Text(
        "calder-ridge-fire-log",
        "wildfire incident update log",
        None,
        """CALDER RIDGE FIRE — INCIDENT UPDATES
Harrow County Fire Authority | Incident HCF-2025-0318
Information line: 01632 960 441 (08:00-20:00)

UPDATE 6 — 14 Aug 2025, 18:00
Fire area 1,940 ha. Containment 65%. 310 personnel, 4 helicopters. Crews held the eastern
flank overnight. Full containment is expected by 18 August. The A629 will reopen at 06:00
on Friday 15 August. A community meeting will be held on Saturday 16 August, 19:00, at
Calder Village Hall.

UPDATE 5 — 13 Aug 2025, 17:30
The evacuation order for Lower Calder was lifted at 16:00 today. Residents may return but
should expect smoke. Boil-water notice remains in place for Calder Mill Lane.

UPDATE 4 — 12 Aug 2025, 21:00
Fire area 1,610 ha. Containment 20%. The A629 was closed at 11:30 between Harrow Cross and
Stainby because of smoke.

UPDATE 3 — 12 Aug 2025, 07:00
Overnight the fire crossed Calder Beck. No structures lost.

UPDATE 2 — 11 Aug 2025, 19:30
Evacuation ORDER issued for Lower Calder (approx. 140 homes) at 19:05. Rest centre open at
Harrow Leisure Centre.

UPDATE 1 — 11 Aug 2025, 15:10
Fire reported at 14:20 on open moorland west of Calder Ridge. Crews from 6 stations
attending. Cause under investigation.

BACKGROUND
A county-wide burn ban has been in force since 1 July. This is the largest moorland fire in
the county since 2018. Do not fly drones near the fire area.""",
        (
            expect("2025-08-11", "reported"),
            expect("2025-08-11", "evacuation"),
            expect("2025-08-12", "crossed"),
            expect("2025-08-12", "closed"),
            expect("2025-08-13", "lifted"),
            expect("../2025-08-18", "containment", planned=True),
            expect("2025-08-15", "reopen", planned=True),
            expect("2025-08-16", "meeting", planned=True),
            expect("2025-07-01/..", "ban"),
        ),
    ),
    Text(
        "hessleton-cyclocross-round-5",
        "cyclocross race report",
        None,
        """NORTH COUNTRY CYCLOCROSS LEAGUE
ROUND 5 · HESSLETON PARK · SUNDAY 24 NOVEMBER 2024

Lindqvist makes it three as Hessleton turns to soup

Maya Lindqvist (Tynedale CC) won the elite women's race at a waterlogged Hessleton Park,
riding clear of Ella Marsh on the second of five laps and running the off-camber bank every
time. It was her third win of the season after victories at Crayford on 13 October and
Ashby Moor on 3 November.

"I ran more than I rode," said Lindqvist, who turned 19 in August. "The bike weighed about
twelve kilos by the end."

Joe Barraclough (Ryedale Wheelers) won the elite men's race by 41 seconds after Tom Ivers
punctured in the pits on the last lap. The course, first used in 2009, had been shortened
to 2.4 km after the river field flooded.

Elite women: 1. M. Lindqvist (Tynedale CC) 44:18; 2. E. Marsh (Velo Dales) +0:52;
3. K. Osei (Hessleton RC) +1:40.
Elite men: 1. J. Barraclough (Ryedale Wheelers) 58:41; 2. T. Ivers (Coldfell) +0:41;
3. D. Harker (Hessleton RC) +1:12.

Next up
Round 6 is at Bramley Quarry on Sunday 8 December. Entries close at midnight on Wednesday
4 December; no entries on the day. The National Championships will be held at Ellerby from
11 to 12 January.

Series leaders wear the white jersey at every round. Results are provisional until 48 hours
after the race.""",
        (
            expect("2024-11-24", "Lindqvist"),
            expect("2024-11-24", "Barraclough"),
            expect("2024-10-13", "Crayford"),
            expect("2024-11-03", "Ashby"),
            expect("2009", "course"),
            expect("2024-12-08", "Bramley", planned=True),
            expect("2024-12-04", "entries", planned=True),
            expect("2025-01-11/2025-01-12", "Championships", planned=True),
        ),
    ),
    Text(
        "greythwaite-reservoir-hosepipe-ban",
        "water company's reservoir press release",
        None,
        """Northvale Water — News release
Embargoed until 00:01, Tuesday 3 June 2025

Hosepipe ban for Greythwaite customers as reservoir falls to 38 per cent

Northvale Water today announced a temporary use ban, known as a hosepipe ban, for 640,000
customers supplied from Greythwaite Reservoir. The ban will come into force on Friday 13
June.

Stocks at Greythwaite have fallen to 38 per cent of capacity, against 71 per cent at this
time last year, after the driest spring in the catchment since 1976.

Greythwaite Reservoir was completed in 1929 and its dam was raised by 4 metres in 1968. We
last imposed restrictions in 2018, from 6 July to 21 September.

A new 11 km pipeline from the Ashdale boreholes has been under construction since October
2024 and is due to be completed by the end of July, when it will supply up to 25 million
litres a day. The ban will be reviewed on 1 August.

Operations director Karen Booth said: "We know this is unwelcome. Every litre saved now
keeps more water in the reservoir for the autumn."

Customers can report leaks 24 hours a day on 0800 555 0321. Fines of up to £1,000 can be
imposed for breaking the ban.

Notes to editors
1. Northvale Water was formed in 1989 and supplies 2.1 million customers.
2. Photographs of the reservoir are available on request.

ENDS""",
        (
            expect("2025-06-03", "announc"),
            expect("2025-06-13", "ban", planned=True),
            expect("1929", "reservoir", "completed"),
            expect("1968", "raised"),
            expect("2018-07-06/2018-09-21", "restrictions"),
            expect("2024-10/..", "pipeline", "construction"),
            expect("../2025-07", "pipeline", "complet", planned=True),
            expect("2025-08-01", "review", planned=True),
            expect("1989", "formed"),
        ),
    ),
    Text(
        "harriet-welby-diary-1853",
        "governess's diary of the 1850s",
        None,
        """Ashcombe Hall, 1853.

Mon. Jan. 3rd. — Arrived at Ashcombe by the afternoon coach, very cold & stiff. Mrs.
Dorrington kind but grave. My room at the top of the house looks over the stable yard.

Wed. 5th. — Began lessons with Miss Clara (11) & Master Edwd. (8). Clara quick at her French,
Edwd. will not sit still above ten minutes together. Mr. D. away at the Sessions.

Sat. 22nd. — Letter from dear Mamma. Tom is to sail for Calcutta on the 9th prox. in the
Marlborough; how I wish I might see him before he goes. Wrote to him by the evening post.

Wed. 26th. — Clara ill with the measles. Dr. Pryce came twice. Lessons given up for the
present & Edwd. sent to his aunt at Wenham.

Tues. Feb. 1st. — We came up to town. The house in Brook Street very damp; fires lit in
every room.

Mon. 14th. — Took the children to the Panorama in Leicester Square. Edwd. much affected by
the burning of Moscow. Mrs. D. says they go every year on this day.

Thurs. Mar. 3rd. — Heard that poor Miss Tyler, governess at the Rectory, died on Tuesday
last, aged but 26. I have been in service since 1849 & have never felt the want of a friend
so much as now.

Fri. 25th. Lady Day. — Received my quarter's salary, £7 10s. Sent £2 to Mamma.""",
        (
            expect("1853-01-03", "arrived"),
            expect("1853-01-05", "lessons"),
            expect("1853-02-09", "Tom", "sail", planned=True),
            expect("1853-01-26", "measles"),
            expect("1853-02-01", "town"),
            expect("1853-02-14", "Panorama"),
            expect("1853-03-01", "Tyler", "died"),
            expect("1849/..", "service"),
            expect("1853-03-25", "salary"),
        ),
    ),
    Text(
        "brackenridge-dormouse-tubes",
        "dormouse nest tube survey",
        None,
        """HAZEL DORMOUSE NEST TUBE SURVEY — SUMMARY SHEET

Site: Brackenridge Wood (ref. BW-07), grid ref. SU 412 873
Surveyor: R. Alleyne (licence 2023-10542-CLS), assisted by T. Moor
Tubes: 50, at 20 m spacing, numbered T1-T50

Set-up
The 50 nest tubes were put up on 28 April 2024 along the eastern hedgerow and the ride
edge of compartment 3, in hazel and bramble at 1-1.5 m height.

Checks
Date        | Tubes checked | Dormice | Nests | Notes
21/05/2024  | 50            | 0       | 0     | Wood mouse in T12
18/06/2024  | 50            | 0       | 1     | First nest (woven, green hazel leaves) in T23
16/07/2024  | 49            | 2       | 3     | Two adults torpid, T23 and T40; T7 lost
19/08/2024  | 49            | 5       | 4     | Female with 4 pups (eyes closed) in T31
23/09/2024  | 49            | 3       | 4     | Adult male 22 g in T40

Notes
Dormice were last recorded in the wood in 1997 (county records centre). The wood has been
managed by coppicing on a 12-year rotation since 2015. Weights are taken to the nearest gram.

Next steps
- Tubes will be left in place over winter and checked again from April 2025.
- Records will be submitted to the National Dormouse Monitoring Programme no later than
  31 January 2025.

Sheet completed 2 October 2024.""",
        (
            expect("2024-04-28", "tubes"),
            expect("2024-06-18", "nest"),
            expect("2024-07-16", "adults"),
            expect("2024-08-19", "pups"),
            expect("1997", "recorded"),
            expect("2015/..", "coppic"),
            expect("2025-04", "check", planned=True),
            expect("../2025-01-31", "records", planned=True),
        ),
    ),
    Text(
        "linthwaite-paper-mill-history",
        "paper mill's history",
        None,
        """Linthwaite Paper Mill: a short history

Paper is said to have been made at Linthwaite as early as 1690, when a fulling mill on the
Hebble was let to "a paper maker of Halifax", but no product of that date survives. The
first mill for which records survive was built by Nathaniel Orme c. 1742, with two vats and
a Hollander beater.

The first Fourdrinier machine in the valley was installed at Linthwaite in 1821. A fire
destroyed the rag house on 9 November 1856, and it was rebuilt in stone the following year.
The Hollins family bought the mill in 1872 and ran it for more than a century.

Between 1890 and 1895 the mill went over from rags to wood pulp imported from Norway. A
strike in 1911 over the ten-hour day lasted eleven weeks. At its peak the mill employed 420
people and made 1,850 tons of paper a year, most of it for ledgers and account books.

The mill closed on 30 June 1982. The 1909 machine, the last of its kind in England, was sold
to a museum in Finland in 1985. Since 2004 the buildings have housed the Linthwaite Heritage
Centre, which holds paper-making days every summer.

Further reading: M. Hollins, Paper on the Hebble (Linthwaite, 1998).""",
        (
            expect("1690?", "paper"),
            expect("1742~", "mill", "built"),
            expect("1821", "Fourdrinier"),
            expect("1856-11-09", "fire"),
            expect("1857", "rebuilt"),
            expect("1872", "Hollins"),
            expect("1890/1895", "pulp"),
            expect("1911", "strike"),
            expect("1982-06-30", "closed"),
            expect("1985", "sold"),
            expect("2004/..", "Heritage"),
        ),
    ),
    Text(
        "winter-vaccination-statement",
        "health minister's vaccination programme statement",
        None,
        """MINISTRY OF HEALTH

Statement by the Minister of Health, Dr Anneke Vos, on the 2025-26 winter vaccination
programme

Thursday 4 September 2025

This winter's vaccination programme will begin on Monday 22 September, when residents of
care homes for older adults will be offered both flu and COVID-19 vaccines. Everyone aged 75
and over will be eligible from 1 October, followed by other adults in clinical risk groups.

Booking through the national health app opens on 15 September. Those without a smartphone
can book on 0300 555 0200 or at any pharmacy taking part.

Our aim is that every care home has had a visit from a vaccination team no later than 31
October. The programme will close on 31 January 2026.

The independent Joint Committee on Vaccination met on 12 June and advised that the programme
should follow the same groups as last year. We signed the vaccine supply contracts in March,
and 14.2 million doses of flu vaccine are already in the country.

The RSV vaccine for adults aged 75 to 79, introduced on 1 September 2024, has now reached 61
per cent uptake. Last winter 7.9 million flu doses were given, the most since 2021, and I
want to see that number rise again.

Vaccination is free, safe and the best protection we have. I urge everyone who is offered it
to take it up.

Dr Anneke Vos
Minister of Health

Notes: Press office 020 7946 0311. This statement replaces the notice of 28 August.""",
        (
            expect("2025-09-22", "care home", planned=True),
            expect("2025-10-01", "75", planned=True),
            expect("2025-09-15", "booking", planned=True),
            expect("../2025-10-31", "visit", planned=True),
            expect("2026-01-31", "close", planned=True),
            expect("2025-06-12", "Committee"),
            expect("2025-03", "contracts"),
            expect("2024-09-01", "RSV"),
        ),
    ),
    Text(
        "ashfield-museum-gallery-closures",
        "museum's HTML gallery closures page",
        date(2025, 5, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gallery closures | Ashfield Museum</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<header>
<nav>
  <a href="/visit">Visit</a> | <a href="/whats-on">What's on</a> |
  <a href="/collections">Collections</a> | <a href="/support">Support us</a>
</nav>
</header>
<main>
<h1>Gallery closures and changes</h1>
<p class="updated">Last updated <time datetime="2025-05-02">2 May 2025</time></p>
<p>We are sorry for any disappointment. Please check this page before you travel.</p>
<ul class="closures">
  <li><strong>Egyptian Gallery (Room 4)</strong> will be closed from 6 May to 30 June for
  re-roofing. The mummy of Nesmin will be on show in the Atrium during the closure.</li>
  <li><strong>Clockmakers' Gallery (Room 11)</strong> has been closed since 14 January while
  the cases are replaced. It will reopen in the autumn.</li>
  <li><strong>Print Room</strong> will be closed on 10, 17 and 24 May for staff training.
  The Print Room is always closed on Sundays.</li>
  <li><strong>The Terrace Cafe</strong> reopened on 28 April after refurbishment.</li>
  <li><strong>East lift</strong>: out of service; we expect it back in service by 16 May.
  Please use the west lift or call 0161 496 0723 for help.</li>
</ul>
<figure>
  <img src="/img/room4-scaffold.jpg" alt="Scaffolding in Room 4">
  <figcaption>Scaffolding goes up in Room 4, April 2025.</figcaption>
</figure>
</main>
<aside>
<h2>You may also like</h2>
<a href="/whats-on/late-fridays">Late Fridays: open till 9pm on the first Friday of the
month</a>
</aside>
<footer>
<p>© 2025 Ashfield Museum Trust. Registered charity no. 1093847.</p>
</footer>
<script>initConsent({ site: "ashfield" });</script>
</body>
</html>""",
        (
            expect("2025-05-06/2025-06-30", "Egyptian", planned=True),
            expect("2025-01-14/..", "Clockmakers"),
            expect("2025-05-10", "Print Room", planned=True),
            expect("2025-05-17", "Print Room", planned=True),
            expect("2025-05-24", "Print Room", planned=True),
            expect("2025-04-28", "Terrace"),
            expect("../2025-05-16", "lift", planned=True),
        ),
    ),
    Text(
        "copper-kettle-licensing-decision",
        "licensing committee decision",
        None,
        """DORRINGFORD DISTRICT COUNCIL
LICENSING SUB-COMMITTEE — DECISION NOTICE

Premises: The Copper Kettle, 14 Mill Street, Dorringford DR4 2PL
Licence holder: Kettle Leisure Ltd
Application: variation of premises licence (Licensing Act 2003, section 34)
Members: Cllr J. Ashby (Chair), Cllr P. Nwosu, Cllr R. Hale
Date of notice: 16 April 2025

1. The application was received on 3 February 2025. It sought to extend live music and the
sale of alcohol on Fridays and Saturdays from 23:30 to 01:00.

2. Representations were received from Dorringford Police and from 11 local residents before
the consultation period closed on 3 March 2025.

3. The premises have held a premises licence since 2006. Officers of Environmental Health
visited on 14 and 21 December 2024 after complaints of amplified music audible in Weir Lane.

4. The Sub-Committee held a hearing on 9 April 2025, at which the applicant's solicitor,
Sergeant D. Quayle and three residents spoke.

5. Decision. The Sub-Committee grants the application in part. The sale of alcohol may
continue until 00:30 on Fridays and Saturdays; live music must end at 23:30.

6. Conditions. The licence holder must install a noise limiter, set by Environmental Health,
no later than 9 June 2025. Doors and windows are to be kept closed after 21:00.

7. Appeal. Any party may appeal against this decision to the magistrates' court by 7 May
2025.

Signed: J. Ashby, Chair""",
        (
            expect("2025-02-03", "application", "received"),
            expect("2025-03-03", "consultation"),
            expect("2006/..", "licence"),
            expect("2024-12-14", "visit"),
            expect("2024-12-21", "visit"),
            expect("2025-04-09", "hearing"),
            expect("../2025-06-09", "limiter", planned=True),
            expect("../2025-05-07", "appeal", planned=True),
        ),
    ),
    Text(
        "pennock-saddlers-history",
        "saddler's history",
        None,
        """PENNOCK & SONS — SADDLERS AND HARNESS MAKERS
Our history

The business is believed to have been founded by William Pennock, a journeyman saddler from
Walsall, perhaps in 1820, in a rented room behind the George Inn at Thaxford. The earliest
surviving invoice, for a side-saddle and two bridles supplied to the Reverend H. Lusk, is
dated 4 March 1831.

William moved the shop to Market Place in 1838. His son Thomas won the contract to supply
saddlery to the county yeomanry c. 1855, and the firm's name appears in every trade
directory from then on. Thomas died in 1889, and the firm passed to his sons Arthur and
Frederick, who gave it its present name.

Between 1914 and 1918 the workshop made more than 3,000 sets of harness for the Army. A fire
on 2 February 1926 destroyed the upper workshop and most of the old pattern books.

Since 1972 we have made bespoke saddles only, each fitted to horse and rider. In 2011 the
workshop moved to Tanyard Lane, where there was room for a fitting arena; the Market Place
shop remains our showroom. We plan to open a fitting room in Newmarket in 2026.

Each saddle takes around 40 hours to make and carries our maker's stamp and a number; saddle
No. 1820 left the workshop last spring.

Pennock & Sons, 3 Market Place, Thaxford. Tel. 01632 960 274.""",
        (
            expect("1820?", "found"),
            expect("1831-03-04", "invoice"),
            expect("1838", "Market Place"),
            expect("1855~", "yeomanry"),
            expect("1889", "died"),
            expect("1914/1918", "harness"),
            expect("1926-02-02", "fire"),
            expect("1972/..", "bespoke"),
            expect("2011", "Tanyard"),
            expect("2026", "Newmarket", planned=True),
        ),
    ),
    Text(
        "fenwick-park-hockey-fixtures",
        "hockey club's fixtures list",
        date(2025, 9, 22),
        """FENWICK PARK HOCKEY CLUB
Men's 1st XI — Fixtures 2025/26 (North Premier Division)
Updated 22 Sep

Date      | Opponent            | H/A | Push back | Result
Sat 13 Sep | Oakhurst            | H   | 14:00     | W 3-1
Sat 20 Sep | Blackmoor           | A   | 13:30     | L 0-2
Sat 27 Sep | Kingsmead           | H   | 14:00     |
Sat 4 Oct  | St Aldhelm's        | A   | 13:30     |
Sat 11 Oct | Harwell Town        | H   | 14:00     |
Sat 18 Oct | no fixture (half-term)
Sat 25 Oct | Cup Round 1 (opponent TBC) | TBC | TBC |
Sat 1 Nov  | Oakhurst            | A   | 12:30     |

Meet 1 hour before push back at home, 90 minutes for away games (minibus from the
clubhouse). Match fees £8, students and juniors £4.

AGM: Thursday 9 October, 7.30pm, in the clubhouse. Nominations for committee posts to the
secretary, please.

The club was founded in 1921 and has played at Fenwick Park since 1968. Training every
Tuesday and Thursday, 19:30-21:00, on the water-based pitch.

Pitch bookings: 01632 960 118 | Secretary: Ruth Bailey""",
        (
            expect("2025-09-13", "Oakhurst"),
            expect("2025-09-20", "Blackmoor"),
            expect("2025-09-27", "Kingsmead", planned=True),
            expect("2025-10-04", "Aldhelm", planned=True),
            expect("2025-10-11", "Harwell", planned=True),
            expect("2025-10-25", "Cup", planned=True),
            expect("2025-11-01", "Oakhurst", planned=True),
            expect("2025-10-09", "AGM", planned=True),
            expect("1921", "found"),
            expect("1968/..", "Fenwick Park"),
        ),
    ),
)
