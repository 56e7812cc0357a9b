"""The two-hundred-and-forty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a pollen forecast
service's bulletins, a horse racing meeting report, a pumped hydro storage press release, a
stationmaster's diary of the 1870s, a swift nest survey, a soap works' history, a pensions
minister's state pension age statement, a council's HTML road closures page, a teaching
regulation panel decision, a basket maker's history and a badminton league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYSIXTH_CORPUS",)


TWOHUNDREDFORTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "halvik-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 17),
        """HALVIK, Oct 17 (Nordline) - Dockworkers at the port of Halvik returned to work on
Thursday after their union and the port operator reached a wage deal late on Wednesday, ending
a strike that had idled Scandinavia's third-busiest container terminal for ten days.

The walkout by some 2,300 members of the Harbour and Transport Workers' Union began on Oct. 7,
after talks on a new two-year contract broke down. Government mediator Ilse Norrby was
appointed on Oct. 11 and brought the two sides back to the table at the weekend.

Under the deal, basic pay will rise 4.8 percent on January 1 and a further 3.5 percent a year
after that. Union members will vote on the agreement on Monday, union chairman Per Ostvik
said, adding that he expected it to pass "by a wide margin".

Halvik Port Terminals said about 40 ships were waiting at anchor on Thursday morning and that
it hoped to clear the backlog by the end of October. Container volumes fell 11 percent in
September from a year earlier, the steepest drop since 2009, as shipping lines diverted cargo
to Gothenburg and Aarhus ahead of the strike.

The last major stoppage at Halvik, in 2016, lasted three weeks and cost the port operator an
estimated 310 million crowns. The terminal handles about 1,900 vessel calls a year and employs
2,950 people directly.

(Reporting by Sofie Lindqvist; Editing by Mark Dreyer)""",
        (
            expect("2024-10-17", "return"),
            expect("2024-10-16", "deal"),
            expect("2024-10-07", "walkout"),
            expect("2024-10-11", "mediator", "appoint"),
            expect("2025-01-01", "pay", planned=True),
            expect("2026-01-01", "pay", planned=True),
            expect("2024-10-21", "vote", planned=True),
            expect("../2024-10", "backlog", planned=True),
            expect("2024-09", "volumes"),
            expect("2016", "stoppage"),
        ),
    ),
    Text(
        "skerra-air-bergen-route",
        "press release",
        None,
        """PRESS RELEASE

Skerra Air to fly Dunmore-Bergen from June

DUNMORE, 9 April 2025 - Skerra Air, the island carrier, today put on sale the first direct
flights between Dunmore and Bergen, with the inaugural service scheduled for 2 June 2025.

The route was approved by the Norwegian Civil Aviation Authority on 27 March. It will be flown
three times a week, on Mondays, Wednesdays and Fridays, by a 72-seat ATR 72-600, with
introductory one-way fares from £59.

"Bergen has been the most requested destination in every customer survey we have run," said
chief executive Morag Leask. "Offshore workers, students and families have waited a long time
for this."

Skerra Air was founded in 2003 with two aircraft and a single route to Aberdeen. It opened its
first international service, to Stavanger, in 2008, and now carries about 410,000 passengers a
year on 11 routes. A Dunmore-Copenhagen service was suspended in March 2020 and has not
resumed.

The airline operates 14 aircraft. Two further ATR 72-600s are due to be delivered by the end
of 2025, and the company intends to add a second daily rotation to Stavanger once they arrive.

Bookings: skerra-air.co.uk or 01856 220 417 (08:00-18:00, Monday to Saturday).

Notes to editors
- Skerra Air Ltd is registered in Scotland, company number SC241190.
- Flight SK 310 departs Dunmore at 09:40 and arrives in Bergen at 12:05 local time.

Media contact: Euan Drever, press@skerra-air.co.uk, 07700 900 318

(c) 2025 Skerra Air Ltd""",
        (
            expect("2025-04-09", "sale"),
            expect("2025-06-02", "inaugural", planned=True),
            expect("2025-03-27", "approved"),
            expect("2003", "founded"),
            expect("2008", "international"),
            expect("2020-03", "suspended"),
            expect("../2025", "deliver", planned=True),
        ),
    ),
    Text(
        "okafor-v-brixton-logistics",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
DIVISION TWO

RENATA OKAFOR, Appellant,
v.
BRIXTON LOGISTICS, INC., Respondent.

No. 58217-4-II

Filed March 4, 2025

UNPUBLISHED OPINION

HALVERSEN, J. - Renata Okafor appeals the trial court's order granting summary judgment to
her former employer, Brixton Logistics, Inc., on her claim of retaliatory discharge under the
Westmark Workplace Safety Act of 1998. We affirm.

FACTS

Brixton hired Okafor as a forklift operator in June 2014. Her annual reviews, prepared each
January, rated her performance as satisfactory or better. Brixton issued her a written
warning for attendance before May 1, 2021; the exact date of the warning is not in the record.
On May 17, 2021, Okafor reported to a shift supervisor that a loading dock guardrail was
missing.

Brixton terminated Okafor's employment on or about August 19, 2021. She filed a complaint with
the State Department of Labor on February 2, 2022, and sued in Pierce Valley Superior Court on
November 14, 2022. After discovery, including Okafor's deposition taken March 9, 2023, the
court granted Brixton's motion for summary judgment on May 8, 2024. Okafor filed a timely
notice of appeal on June 5, 2024.

ANALYSIS

We review summary judgment de novo. Hadley v. Orcas Mills, 188 Wm. App. 412, 419 (2015). To
survive the motion, Okafor had to produce evidence that her safety report was a substantial
factor in the decision to discharge her. WSC 49.17.160(1). The three months between the report
and the discharge, standing alone, do not create a genuine issue of material fact where, as
here, the employer documented attendance problems before the report was made.

Affirmed.

Halversen, J.

WE CONCUR: Mbeki, C.J.; Torvald, J.""",
        (
            expect("2014-06", "hired"),
            expect("../2021-05-01", "warning"),
            expect("2021-05-17", "report"),
            expect("2021-08-19~", "terminat"),
            expect("2022-02-02", "complaint"),
            expect("2022-11-14", "sued"),
            expect("2023-03-09", "deposition"),
            expect("2024-05-08", "summary"),
            expect("2024-06-05", "appeal"),
        ),
    ),
    Text(
        "castellmoor-history",
        "encyclopedia history",
        None,
        """Castellmoor

History

Castellmoor grew up around a ford on the River Tarne. A grange of Lindhurst Abbey was founded
at the ford, possibly in 1140, and the settlement that grew around it received a market
charter from the Crown in 1286. The parish church of St Aldric was built c. 1350, replacing a
timber chapel that had stood beside the ford.

A fire in 1622 destroyed most of the town's timber houses. The market hall is said to have
been rebuilt in 1794 to designs by a local mason, although no drawings survive.

Castellmoor prospered on wool. By 1830 it had eleven fulling mills and a population of 1,870.
The railway reached the town on 2 October 1861, and the Tarne Valley Mill, the largest,
employed 640 people at its peak in the 1880s. The mills closed one by one between 1925 and
1931, and the population fell by a third over the following decades.

Since 1974 the town has been part of the district of North Tarnedale. The Castellmoor Museum,
in the former corn exchange, opened in 1988 and holds the town's charter and a collection of
fulling stocks.

See also
- River Tarne
- Lindhurst Abbey
- Wool trade in North Tarnedale

References
1. Haythorne, E. (1967). A History of Castellmoor. Tarnedale Press, pp. 14-38.""",
        (
            expect("1140?", "grange"),
            expect("1286", "charter"),
            expect("1350~", "church"),
            expect("1622", "fire"),
            expect("1794?", "hall"),
            expect("../1830", "mills"),
            expect("1861-10-02", "railway"),
            expect("1925/1931", "mills", "closed"),
            expect("1974/..", "district"),
            expect("1988", "museum"),
        ),
    ),
    Text(
        "ashgate-rovers-penwick",
        "sports report",
        date(2025, 2, 16),
        """Ashgate Rovers 3 Penwick Town 1

By Callum Frere
Sunday 16 February

Dario Mensah scored twice as Ashgate Rovers beat Penwick Town 3-1 at Brookfield Park on
Saturday to climb to fourth in the Championship table.

Mensah, who joined from the Lisbon side Estrela in 2019, opened the scoring in the 12th minute
and added a second from the penalty spot in the 58th, his 100th league goal for the club.
Penwick, who had won their last three away games, pulled one back through Kit Harrow shortly
after the break before substitute Tom Ilesanmi sealed it in stoppage time.

It was a fifth win in six for manager Greta Sandvik, appointed in November after Lee Pardew
left for Morley. Her side were without defender Luka Brandt, who is serving a three-match ban
after being sent off against Morley on 1 February.

"We were brave on the ball and we defended the box," Sandvik said. "That's the standard now."

Rovers host Crawshaw on Wednesday (7.45pm kick-off) before their cup quarter-final at Denholm,
which is scheduled for Saturday 8 March. Captain Orrin Tate, out with a hamstring injury since
4 January, is expected back by the end of March.

Ashgate: Pryce; Odum, Vale, Kerr, Saltmarsh; Tiernan, Agyei (Ilesanmi 80), Roe; Mensah, Cole,
Hart.
Penwick: Lund; Barras, Foy, Okoro, Welsh; Harrow, Ince, Munro; Dade, Pell, Sykes.
Referee: P. Ansell. Attendance: 14,206.""",
        (
            expect("2025-02-15", "beat"),
            expect("2019", "joined"),
            expect("2024-11", "appointed"),
            expect("2025-02-01", "Brandt", "sent"),
            expect("2025-02-19", "Crawshaw", planned=True),
            expect("2025-03-08", "quarter", planned=True),
            expect("2025-01-04/..", "Tate"),
            expect("../2025-03", "Tate", "back", planned=True),
        ),
    ),
    Text(
        "wrenfield-cycles-history",
        "company history",
        None,
        """Our history

Wrenfield Cycles began in a blacksmith's yard in Allerby. Thomas Wrenfield is said to have
built his first bicycle frame there in 1891, and he began selling machines under his own name
around 1896.

1904 - The first Wrenfield factory opens on Canal Street, with 22 workers and a gas engine.

1939-1945 - Between 1939 and 1945 the Canal Street works built folding bicycles for the army,
turning out up to 600 a week.

1951 - The Wrenfield Tourer is launched. Its successor, the Tourer 1200, is still our
best-selling frame.

1968 - Wrenfield merges with the Castle Cycle Company of Dunholt, doubling its workforce.

12 October 1987 - Wrenfield shares are listed on the London Stock Exchange.

2002 - A management buyout led by Anne Wrenfield-Price, the founder's great-granddaughter,
returns the business to private hands.

Since 2015 - Wrenfield has been owned by the Dutch group Veldman Mobility, which has invested
in a new paint shop and in e-bike development.

Looking ahead

A new e-bike assembly plant at Allerby Moor is expected to open in 2026, creating 120 jobs.
Today Wrenfield builds around 38,000 bicycles a year and employs 310 people in Allerby.

Wrenfield Cycles Ltd, Canal Street, Allerby AL4 2WR. Registered in England No. 00081944.""",
        (
            expect("1891?", "frame"),
            expect("1896~", "sell"),
            expect("1904", "factory"),
            expect("1939/1945", "army"),
            expect("1951", "Tourer"),
            expect("1968", "merge"),
            expect("1987-10-12", "listed"),
            expect("2002", "buyout"),
            expect("2015/..", "Veldman"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "corvid-solar-imager",
        "mission summary",
        None,
        """CORVID SOLAR IMAGER (CSI) - MISSION SUMMARY

Agency: Northern European Space Consortium (NESC)
Orbit: halo orbit around the Sun-Earth L1 point
Mass at launch: 1,420 kg
Status: operational (primary mission)

Overview
CSI images the solar corona in extreme ultraviolet light and measures the solar wind upstream
of the Earth, giving forecasters about 45 minutes' warning of geomagnetic storms.

Mission timeline
- Launch: 3 November 2021, 06:47 UTC, on an Arrow-2 launcher from the Sorvik range.
- First light: the EUV telescope took its first image on 10 December 2021.
- Arrival at L1: CSI was inserted into its halo orbit on or about 20 February 2022, after a
  109-day cruise.
- Anomalies: the star tracker reset itself on 2 and 9 February 2023. The spacecraft spent
  3 to 9 July 2023 in safe mode after a reaction-wheel fault.
- Science operations have run without interruption since 10 July 2023.

Forward plan
- The primary mission will end on 3 November 2024; an extension to 2027 is under review.
- The second public data release is scheduled for 15 January 2025.
- Disposal: CSI is to be moved to a heliocentric graveyard orbit no later than 2030.

Key figures
Images returned: 2.9 million. Data volume: 1,850 TB. Propellant remaining: 61 kg.

Document NESC-CSI-SUM-004, issue 3. Last updated 12 March 2024.""",
        (
            expect("2021-11-03", "launch"),
            expect("2021-12-10", "first"),
            expect("2022-02-20~", "orbit"),
            expect("2023-02-02", "tracker"),
            expect("2023-02-09", "tracker"),
            expect("2023-07-03/2023-07-09", "safe"),
            expect("2023-07-10/..", "operations"),
            expect("2024-11-03", "primary", planned=True),
            expect("2025-01-15", "release", planned=True),
            expect("../2030", "graveyard", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        None,
        """Department for Water and Rivers

Statement on drought measures in the southern and eastern regions

22 July 2025

The Minister for Water, Helen Achterberg, has today approved a temporary use ban for customers
of Southmere Water, which will come into force on 1 August 2025.

Reservoir stocks across the southern region fell to 41 per cent of capacity on 20 July,
against a seasonal average of 68 per cent. Rainfall in June was the lowest recorded since 1976.
The Environment Agency declared drought status for the eastern region on 14 July, and hosepipe
restrictions have been in place for customers of Eastwold Water since 3 July.

The Minister said: "Nobody wants restrictions, but every litre we save now is a litre we will
have in September. I thank everyone who is already cutting back."

The Department has today released £12 million for emergency transfers between water company
networks. The Department will review the position with the water companies no later than
31 August 2025 and publish a further statement then.

A consultation on permanent changes to the Water Industry (Drought) Regulations 2011 will run
from 28 July to 5 September 2025.

The previous temporary use ban in the southern region was lifted in October 2022.

Customers can find out whether a ban applies to them on their water company's website or by
calling 0300 555 0142 (Monday to Friday, 8am to 6pm).

ENDS""",
        (
            expect("2025-07-22", "ban", "approv"),
            expect("2025-08-01", "force", planned=True),
            expect("2025-07-20", "reservoir"),
            expect("2025-07-14", "drought"),
            expect("2025-07-03/..", "restrictions"),
            expect("2025-07-22", "emergency"),
            expect("../2025-08-31", "review", planned=True),
            expect("2025-07-28/2025-09-05", "consultation", planned=True),
            expect("2022-10", "lifted"),
        ),
    ),
    Text(
        "tollmouth-bridge-reopens",
        "HTML news page",
        date(2024, 5, 22),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tollmouth Bridge reopens after 16-month repair | Tarnside Echo</title>
<script async src="https://cdn.tarnside-echo.co.uk/js/analytics.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"news"});</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul></nav>
<article>
<h1>Tollmouth Bridge reopens after 16-month repair</h1>
<p class="byline">By Nadia Fenwick, local democracy reporter &middot;
<time datetime="2024-05-22T06:30">22 May 2024, 6.30am</time></p>
<figure><img src="/img/2024/05/tollmouth-bridge.jpg" alt="Cars crossing Tollmouth Bridge">
<figcaption>The first cars cross Tollmouth Bridge on Tuesday morning. Photo: Tarnside
Echo</figcaption></figure>
<p>Tollmouth Bridge reopened to traffic on Tuesday, more than a year after cracks forced its
closure and added up to 40 minutes to journeys across the estuary.</p>
<p>Inspectors found cracking in two of the bridge's steel hangers during an inspection in
December 2022, and the county council closed the crossing on 9 January 2023. Contractor Harbin
Civil was appointed in May 2023 to carry out the &pound;8.4m repair.</p>
<p>The bridge, which opened in 1932, carries about 11,500 vehicles a day. A weight limit of 18
tonnes remains in place.</p>
<p>The footway on the east side will reopen in June, the council said, and snagging works
should be finished by the end of July. An official reopening ceremony is scheduled for
Saturday 8 June.</p>
<p>Council leader Priya Sandhu said: "People have been patient for a long time. This is a good
day for Tollmouth."</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/ferry-timetable-cut">Estuary ferry timetable cut</a>
<time datetime="2024-05-03">3 May 2024</time></li>
<li><a href="/news/bridge-repair-delay">Bridge repair delayed by steel shortage</a>
<time datetime="2023-11-14">14 November 2023</time></li>
</ul></aside>
<footer><p>&copy; 2024 Tarnside Echo. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-21", "reopen"),
            expect("2022-12", "crack"),
            expect("2023-01-09", "closed"),
            expect("2023-05", "appointed"),
            expect("1932", "opened"),
            expect("2024-06", "footway", planned=True),
            expect("../2024-07", "snagging", planned=True),
            expect("2024-06-08", "ceremony", planned=True),
        ),
    ),
    Text(
        "harrow-fields-pollen-bulletins",
        "pollen forecast service's bulletins",
        None,
        """HARROW FIELDS POLLEN SERVICE - DAILY BULLETINS
University of Eastmoor, Department of Plant Sciences
Hay fever line: 0845 600 2133 (recorded message, updated 07:00)

----------------------------------------------------------------------
BULLETIN 41 | Monday 12 May 2025 | issued 07:00

Grass pollen at the Harrow Fields trap reached 96 grains/m3 on Saturday, our first "high" day
of the year. Oak is past its peak and falling.
Forecast: warm and dry, with grass HIGH on Wednesday and Thursday.
Next bulletin: Thursday.

----------------------------------------------------------------------
BULLETIN 42 | Thursday 15 May 2025 | issued 07:00

Showers on Tuesday cut the grass count to 18 grains/m3. Birch season ended on or about 2 May
this year.
Forecast: grass VERY HIGH on Saturday 17 May as the weekend warms up. Take antihistamines
before going out.

Reminder: grass pollen normally peaks in mid-June in our region, and counts are usually
highest between 5pm and 8pm.

----------------------------------------------------------------------
BULLETIN 43 | Monday 19 May 2025 | issued 07:00

Saturday's count was 211 grains/m3, the highest May reading since 2018. Our new pollen app
was released on Friday for Android and iOS.
Forecast: MODERATE, falling LOW on Wednesday as rain arrives.

----------------------------------------------------------------------
About the service: the Harrow Fields volumetric trap has operated since 1994 on the roof of
the Lyle Building, 14 m above ground. Counts are checked by two analysts; the bulletin is
free to copy with credit.""",
        (
            expect("2025-05-10", "grass"),
            expect("2025-05-14", "high", planned=True),
            expect("2025-05-15", "high", planned=True),
            expect("2025-05-13", "showers"),
            expect("2025-05-02~", "birch"),
            expect("2025-05-17", "very", "high", planned=True),
            expect("2025-05-17", "count"),
            expect("2025-05-16", "app"),
            expect("2025-05-21", "low", planned=True),
            expect("1994/..", "trap"),
        ),
    ),
    Text(
        "kelbridge-cup-meeting",
        "horse racing meeting report",
        date(2025, 6, 20),
        """KELBRIDGE SUMMER MEETING - DAY TWO

Tamberlane lands the Kelbridge Cup for Hollis

From our Racing Correspondent, Kelbridge, Friday

Tamberlane (9/2) gave trainer Maeve Hollis the biggest win of her career when taking the
Kelbridge Cup by a length and a half yesterday, holding the late run of the favourite Quiet
Harbour (13/8) on ground that had dried to good to firm.

Ridden by Conor Daly, the five-year-old tracked the pace before going clear two furlongs out.
He had won a handicap at Ardmore on 31 May off a mark 9lb lower, and connections now plan to
go for the Gold Vase at Lanford on 12 July.

"He's improved every time we've run him," said Hollis, who saddled her first winner in 2011
from a yard of six horses and now trains 74.

Daly picked up a two-day whip ban, which he will serve on 3 and 4 July.

The Kelbridge Cup, first run in 1887, was worth £120,000 this year. Yesterday's 3.40, the Cup
itself, was delayed by eleven minutes after a loose horse ran off before the start.

Earlier, the 2.05 maiden went to Fen Light (11/10f), and Bold Tenant (20/1) caused the upset
of the afternoon in the 4.50 handicap.

The meeting concludes today with the Kelbridge Sprint (4.15).

Going: good to firm (watered). Attendance: 9,812.
Tote jackpot: £4,210.50.""",
        (
            expect("2025-06-19", "Cup"),
            expect("2025-05-31", "Ardmore"),
            expect("2025-07-12", "Vase", planned=True),
            expect("2011", "winner"),
            expect("2025-07-03", "ban", planned=True),
            expect("2025-07-04", "ban", planned=True),
            expect("1887", "Cup", "first"),
            expect("2025-06-19", "delayed"),
            expect("2025-06-20", "Sprint", planned=True),
        ),
    ),
    Text(
        "loch-corran-pumped-storage",
        "pumped hydro storage press release",
        None,
        """NEWS RELEASE

Loch Corran pumped storage scheme reaches final investment decision

GLASGOW, 3 September 2024 - Corran Hydro Ltd, a joint venture of Aldmore Energy and the
Northway Infrastructure Fund, today took the final investment decision on the 1,500 MW Loch
Corran pumped storage hydro scheme, the first scheme of its kind to be approved in Britain
since 1984.

The £3.1 billion project will pump water 520 metres uphill from Loch Corran to a new upper
reservoir at Coire Dubh when power is cheap, and release it through four reversible turbines
when demand peaks, storing up to 30 GWh. Enabling works on the access road began in June.

Key milestones
- 2017: site identified in a survey of 40 candidate locations
- 14 March 2023: planning consent granted by Scottish Ministers
- November 2023: grid connection agreement signed with the transmission operator
- 3 September 2024: final investment decision
- 2029: first power expected from units 1 and 2
- No later than 31 December 2030: full commercial operation of all four units

"Storage on this scale is what lets a windy country use its own wind," said managing director
Fiona Rennick. "We will need around 900 people on site at the peak of construction."

Residents can meet the project team at drop-in events in Invercorran village hall on 17, 18
and 24 September, from 2pm to 7pm.

Notes to editors
Corran Hydro Ltd is registered in Scotland (SC588120). Aldmore Energy holds 60 per cent and
the Northway Infrastructure Fund 40 per cent.

Media enquiries: 0141 496 0732 | media@corranhydro.co.uk""",
        (
            expect("2024-09-03", "decision"),
            expect("2024-06", "access", "road"),
            expect("2017", "site"),
            expect("2023-03-14", "consent"),
            expect("2023-11", "grid"),
            expect("2029", "power", planned=True),
            expect("../2030-12-31", "operation", planned=True),
            expect("2024-09-17", "drop", planned=True),
            expect("2024-09-18", "drop", planned=True),
            expect("2024-09-24", "drop", planned=True),
        ),
    ),
    Text(
        "ashcombe-junction-journal",
        "stationmaster's diary of the 1870s",
        None,
        """ASHCOMBE JUNCTION.  Station Master's Journal.  1874.

Jany.
Sat. 3rd.  Heavy snow from early morn. 4.15 down goods 2 hrs. 20 min. late, engine failed in
Brindle cutting. Lit fires in both waiting rooms & put sand on the platform.
Tues. 6th.  Mr Pollard, Dist. Inspector, came by the 11.20 & went over the books. All correct
but the lamp room dirty. Spoke to Hedley about it.

Feby.
Thurs. 12th.  Porter Jas. Hedley dismissed this day for drunkenness on duty. Paid him 14s. 6d.
owing. Wrote to the Co. for a man in his place.

Mar.
Wed. 4th.  New signal box at East end brought into use, 16 levers. Bell signals to Brindle
box as per instructions. Letter from the Secy. dated 2nd inst.: the new platform lamps to be
fitted before the end of the month.
Sat. 21st.  Lamp men came from Derby & fitted the new lamps, 8 on the up side & 6 on the down.
Looked out the old plans: the station was built about 1846, when the line came through.

Apl.
Mon. 6th.  Easter Monday. Excursion to Seabrook, 312 booked, 2 extra coaches. All back by
10.40 p.m. save one lad, who came by the milk train.

June
Mon. 1st.  Wenlow branch opened for passengers. First train 7.5 a.m., 23 passengers, flags on
the station & the band from Wenlow. Mrs B. made a cake for the staff.

Memo. Wages to be paid Saturdays as before. Coal 1 ton 4 cwt. in hand.""",
        (
            expect("1874-01-03", "snow"),
            expect("1874-01-06", "Pollard"),
            expect("1874-02-12", "dismiss"),
            expect("1874-03-04", "signal"),
            expect("1874-03-02", "letter"),
            expect("../1874-03", "lamps", planned=True),
            expect("1874-03-21", "fitted"),
            expect("1846~", "built"),
            expect("1874-04-06", "excursion"),
            expect("1874-06-01", "branch"),
        ),
    ),
    Text(
        "brackley-swift-survey",
        "swift nest survey",
        None,
        """Brackley St Mary's Swift Group
Swift Nest Survey 2024 - Summary Report
Prepared by J. Okonkwo and R. Tillet, 30 September 2024

1. Summary
The first swifts of the year were seen over the churchyard on 2 May 2024, a week later than
the ten-year average. Survey visits were made on the evenings of 8, 15 and 22 June, from 20:30
to 21:45, with two observers at each of the four watch points.

2. Results

Table 1. Occupied nests by site
| Site                 | 2023 | 2024 |
|----------------------|------|------|
| St Mary's tower      |   14 |   11 |
| Mill Street terrace  |    9 |    7 |
| Old School boxes     |    6 |    9 |
| Total                |   29 |   27 |

The peak screaming party, 64 birds, was counted on 22 June. Swifts have nested in the church
tower since 1985; the 11 nests found there this year are the fewest since 2016, probably
because two louvres were blocked during repairs. The 12 boxes on the Old School were installed
in 2019 and are now three-quarters occupied. The last swifts were seen on or about 9 August.

3. Recommendations
- Install 10 further boxes on the Mill Street terrace by the end of March 2025, before the
  birds return.
- Repeat the survey in June 2025, using the same watch points and timings.
- Ask the diocese to keep the tower louvres clear during any future works.

Contact: brackleyswifts@example.org | Records are shared with the county bird club.""",
        (
            expect("2024-05-02", "first", "swifts"),
            expect("2024-06-08", "visit"),
            expect("2024-06-15", "visit"),
            expect("2024-06-22", "visit"),
            expect("2024-06-22", "peak"),
            expect("1985/..", "nest"),
            expect("2019", "boxes"),
            expect("2024-08-09~", "last"),
            expect("../2025-03", "boxes", planned=True),
            expect("2025-06", "survey", planned=True),
        ),
    ),
    Text(
        "calder-street-soap-works",
        "soap works' history",
        None,
        """THE CALDER STREET SOAP WORKS, HEBBLEFORD: A SHORT HISTORY
Hebbleford Civic Society - Heritage Trail leaflet no. 7

Josiah Marl began boiling soap in a yard behind the Swan inn around 1820, selling bars of
yellow household soap from a handcart. He probably moved to the present site on Calder Street
in 1838, though the deeds of that year are lost.

Marl's sons installed steam-heated boiling pans in 1857, and the workforce grew to 140. The
firm's best-known product, Marl's No. 1873 Carbolic, took its number from the works recipe
book, not from a year.

On the night of 14 November 1902 fire gutted the boiling house; it was rebuilt within eight
months. The business became a limited company, J. Marl & Sons Ltd, in 1911. Between 1914 and
1918 the works recovered glycerine from its spent lyes for the munitions industry.

The Hebbleford works passed to United Soaps in 1934 and closed in 1967, when production moved
to the group's plant at Runcorn Bridge. The boiling house and its 41-metre chimney have been
listed buildings since 1992.

The Calder Street Trust plans to open a museum of the soap trade in the restored boiling
house in 2026.

Visiting: the Trust's visitor room is open on Saturdays, 10am to 4pm. Tel. 01422 718 045.""",
        (
            expect("1820~", "soap"),
            expect("1838?", "moved"),
            expect("1857", "pans"),
            expect("1902-11-14", "fire"),
            expect("1911", "limited"),
            expect("1914/1918", "glycerine"),
            expect("1934", "United"),
            expect("1967", "closed"),
            expect("1992/..", "listed"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "state-pension-age-statement",
        "pensions minister's state pension age statement",
        None,
        """Written Ministerial Statement

Department for Work and Pensions
Made on: 11 March 2025
Made by: Baroness Ellison of Tarnside, Minister for Pensions

State Pension age

The Pensions Act 2014 requires the Government to review State Pension age every six years,
taking into account life expectancy and an independent report.

State Pension age reached 66 for men and women in October 2020. Under current legislation it
will rise to 67 between 2026 and 2028, and to 68 between 2044 and 2046.

On 14 January 2025 I launched the third review of State Pension age and appointed Dr Mira
Castell to lead the independent report. Dr Castell's report, published on 3 March, recommends
that the rise to 68 should not be brought forward, and that the Government should publish
clearer information for people within ten years of their State Pension age.

The Government will set out its response no later than 30 September 2025. Before then we will
consult on the report's recommendations; the consultation will run from 18 March to 10 June
2025. The second review, which concluded in March 2023, found that a decision on the rise to
68 should wait for more data on life expectancy after the pandemic.

Since April 2016 the new State Pension has been paid to people reaching State Pension age.
Around 11.2 million people now receive the State Pension, and the full rate of the new State
Pension is £230.25 a week.

I will place a copy of the report in the Libraries of both Houses.""",
        (
            expect("2020-10", "66"),
            expect("2026/2028", "67", planned=True),
            expect("2044/2046", "68", planned=True),
            expect("2025-01-14", "review"),
            expect("2025-01-14", "appoint"),
            expect("2025-03-03", "published"),
            expect("../2025-09-30", "response", planned=True),
            expect("2025-03-18/2025-06-10", "consultation", planned=True),
            expect("2023-03", "second"),
            expect("2016-04/..", "paid"),
        ),
    ),
    Text(
        "wexham-road-closures",
        "council's HTML road closures page",
        date(2024, 11, 4),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Road closures and roadworks - Wexham Borough Council</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script src="/assets/js/cookie-banner.js" defer></script>
</head>
<body>
<header><a href="/" class="logo">Wexham Borough Council</a>
<nav aria-label="Main"><a href="/bins">Bins and recycling</a> | <a href="/roads">Roads and
transport</a> | <a href="/planning">Planning</a></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/roads">Roads and transport</a>
&gt; Road closures</nav>
<h1>Road closures and roadworks</h1>
<p class="meta">Last updated: <time datetime="2024-11-04">4 November 2024</time></p>
<h2>Current closures</h2>
<table>
<thead><tr><th>Road</th><th>Status</th><th>Details</th></tr></thead>
<tbody>
<tr><td>Kings Bridge</td><td>Closed since 14 October 2024</td><td>Gas main replacement by
Northgas. The old main was laid in 1936. Expected to reopen by 22 November.</td></tr>
</tbody>
</table>
<h2>Planned closures</h2>
<ul>
<li><strong>Mill Lane</strong> (between Church Street and the A412): closed from 11 to 15
November for resurfacing. Diversion via Station Road and Hatch End.</li>
<li><strong>Harbour Road</strong>: overnight closures, 8pm to 6am, on 18, 19 and 20 November
for drainage works. Access for residents only.</li>
</ul>
<h2>Recently reopened</h2>
<p>Station Road reopened on Friday 1 November, two days ahead of schedule.</p>
<p>Bin collections are not affected by any of these closures.</p>
<p>To report a problem on the road, call 01632 960 412 (24 hours).</p>
</main>
<footer><p>&copy; Wexham Borough Council 2024 | <a href="/accessibility">Accessibility</a>
</p></footer>
</body>
</html>""",
        (
            expect("2024-10-14/..", "Kings"),
            expect("1936", "laid"),
            expect("../2024-11-22", "reopen", planned=True),
            expect("2024-11-11/2024-11-15", "Mill", planned=True),
            expect("2024-11-18", "Harbour", planned=True),
            expect("2024-11-19", "Harbour", planned=True),
            expect("2024-11-20", "Harbour", planned=True),
            expect("2024-11-01", "Station"),
        ),
    ),
    Text(
        "harwell-prohibition-decision",
        "teaching regulation panel decision",
        None,
        """Teaching Regulation Agency

Decision of a professional conduct panel and decision on behalf of the Secretary of State

Teacher:                  Mr Darren Harwell
Teacher ref number:       0947128
Teacher date of birth:    2 July 1981
TRA reference:            21093
Date of determination:    19 February 2025
Former employer:          Fenmoor Academy, Eastwold

Introduction
A professional conduct panel of the Teaching Regulation Agency convened from 17 to 19
February 2025 at Marlow Court, Hexley, to consider the case of Mr Harwell. Mr Harwell attended
and was represented.

Allegations
It was alleged that Mr Harwell was guilty of unacceptable professional conduct in that,
whilst employed at Fenmoor Academy:
1. between 1 March and 30 April 2022 he sent inappropriate messages to Pupil A through a
   social media platform;
2. he failed to co-operate with the academy's investigation.

Summary of evidence
Mr Harwell was awarded qualified teacher status in 2014 and joined Fenmoor Academy as a teacher
of geography on 1 September 2016. He was suspended on 6 May 2022 pending an investigation and
was dismissed on 27 July 2022. The academy referred the matter to the agency on or about
15 August 2022.

Decision and reasons
The panel found allegation 1 proved and allegation 2 not proved, and recommended a
prohibition order.

Decision on behalf of the Secretary of State
The decision maker accepted the panel's recommendation on 24 February 2025. Mr Harwell is
prohibited from teaching indefinitely. He may apply for the order to be set aside after two
years at the earliest. He has a right of appeal to the High Court within 28 days.

Decision maker: Sarah Quenby, on behalf of the Secretary of State""",
        (
            expect("2025-02-17/2025-02-19", "panel"),
            expect("2022-03-01/2022-04-30", "messages"),
            expect("2014", "qualified"),
            expect("2016-09-01", "joined"),
            expect("2022-05-06", "suspended"),
            expect("2022-07-27", "dismissed"),
            expect("2022-08-15~", "referred"),
            expect("2025-02-24", "accept"),
        ),
    ),
    Text(
        "ellery-basket-makers",
        "basket maker's history",
        None,
        """Ellery & Daughters - Basket Makers, Thornmere

Our story

The Ellerys have made baskets at Thornmere for as long as anyone can remember. Samuel Ellery is
thought to have set up as a basket maker in the village in 1791, though the first record of the
name in the parish books is an apprenticeship of 1803.

The brick workshop on Withy Lane was built c. 1870 and is still where we work. Between 1915 and
1918 the workshop made some 40,000 wicker shell baskets for the War Office, with eleven men and
four women at the benches.

In 1937 the firm received a royal warrant for its picnic hampers. The floods of March 1947
drowned the withy beds at Longmoor, and it took three years to replant them. Edith Ellery took
over the business from her father in 1962, the first of the daughters in our name, and we have
run weekend basketry courses since 1999.

Today six of us make about 2,500 baskets a year, from log baskets to willow coffins. We cut our
own willow every winter, between December and March, and sell 1,200 bundles to other makers.

A new apprenticeship scheme, funded by the Heritage Crafts Fund, will begin in September 2025
with two places.

Ellery & Daughters, Withy Lane, Thornmere TA7 0QE | 01278 770 219 | (c) 2025""",
        (
            expect("1791?", "basket"),
            expect("1803", "apprentice"),
            expect("1870~", "workshop"),
            expect("1915/1918", "shell"),
            expect("1937", "warrant"),
            expect("1947-03", "flood"),
            expect("1962", "Edith"),
            expect("1999/..", "courses"),
            expect("2025-09", "scheme", planned=True),
        ),
    ),
    Text(
        "northvale-badminton-fixtures",
        "badminton league's fixtures list",
        date(2024, 8, 28),
        """NORTHVALE & DISTRICT BADMINTON LEAGUE
DIVISION ONE - FIXTURES 2024-25
Issued 28 August 2024 by the Fixtures Secretary

Entries for the season closed on 15 August with 38 teams in four divisions. The fixtures below
were agreed at the AGM held at Calder Leisure Centre on 4 June 2024.

Date         Home               Away               Venue
-----------  -----------------  -----------------  --------------------
Tue 17 Sep   Fenwick A          Holmbridge         Fenwick Sports Centre
Thu 26 Sep   Calder Shuttlers   Northvale Tigers   Calder Leisure Centre
Wed 4 Dec    Northvale Tigers   Fenwick A          Northvale High School
Thu 9 Jan    Fenwick A          Calder Shuttlers   Fenwick Sports Centre
Tue 11 Feb   Holmbridge         Northvale Tigers   Holmbridge Academy

Notes
1. All matches start at 7.30pm. Nine games per match: 3 men's doubles, 3 ladies' doubles,
   3 mixed doubles.
2. Postponed matches must be played by Saturday 22 March 2025.
3. The League Cup final will be held on Sat 29 March at Calder Leisure Centre.
4. Score cards to the Results Secretary within 48 hours: 07700 900 562.
5. Shuttles: feather, speed 77, supplied by the home team.

The League was founded in 1952, and 2024-25 is its 73rd season.""",
        (
            expect("2024-08-15", "entries"),
            expect("2024-06-04", "AGM"),
            expect("1952", "founded"),
            expect("2024-09-17", "Fenwick", "Holmbridge", planned=True),
            expect("2024-09-26", "Calder", "Tigers", planned=True),
            expect("2024-12-04", "Tigers", "Fenwick", planned=True),
            expect("2025-01-09", "Fenwick", "Calder", planned=True),
            expect("2025-02-11", "Holmbridge", "Tigers", planned=True),
            expect("../2025-03-22", "postponed", planned=True),
            expect("2025-03-29", "final", planned=True),
        ),
    ),
)
