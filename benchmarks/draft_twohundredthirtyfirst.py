"""The two-hundred-and-thirty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a storm surge warning
service's bulletins, a fell race report, a battery storage press release, a missionary's letters
of the 1860s, a bat roost survey, a tannery's history, an education minister's school buildings
statement, a ferry operator's HTML sailing cancellations page, a parole board decision, a
wheelwright's history and a rugby league club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYFIRST_CORPUS",)

TWOHUNDREDTHIRTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "breska-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 7),
        """BRESKA, Oct 7 (Northline) - Dock workers at the grain port of Breska voted on Monday
to extend a strike that has left 38 bulk carriers waiting at anchor, the Harbour Workers'
Union said, after talks with the terminal operators collapsed on Friday.

The walkout began on Wednesday, when about 2,300 crane drivers, lashers and pilots stopped
work over a pay offer of 4.5 percent that the union called "an insult". Loading of wheat
and barley has been halted at all six berths.

Union leader Mirela Drost told reporters outside the port gates that members would hold a
second ballot on Thursday on whether to shut the container terminal as well. Mediators
appointed by the labour ministry said talks were expected to resume on or about October 14.

"We are not going back for a promise on a napkin," Drost said.

The port handled 11.2 million tonnes of grain last year, its highest volume since 2008, and
traders said the stoppage had already pushed freight rates on the route up 9 percent. The
transport ministry said it hoped the backlog of waiting ships would be cleared by the end of
November if work resumed soon.

Breska's last major strike, from 3 to 19 May 2016, cost exporters an estimated 40 million
euros. The port's grain terminal was built in 1911 and has been in private hands since 1997.
Its owner, the Norvo shipping group, values it at 1,997 million crowns.

(Reporting by Jonas Brecht; Editing by Clara Mey)""",
        (
            expect("2024-10-07", "strike", "extend"),
            expect("2024-10-04", "talks", "collapse"),
            expect("2024-10-02", "walkout"),
            expect("2024-10-10", "ballot", planned=True),
            expect("2024-10-14~", "talks", "resume", planned=True),
            expect("../2024-11", "backlog", planned=True),
            expect("2016-05-03/2016-05-19", "strike"),
            expect("1911", "terminal", "built"),
            expect("1997/..", "private"),
        ),
    ),
    Text(
        "lysander-oat-mill",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Lysander Foods opens £64 million oat milling plant at Harnsby

HARNSBY, 2 September 2025 -- Lysander Foods plc (LSE: LYSF), the cereals and plant-drinks
maker, today opened its new oat milling plant on the Harnsby Gate industrial estate, the
largest single investment in the company's 38-year history.

The plant will process up to 90,000 tonnes of oats a year, bought from 210 farms within
60 miles of the site, and will employ 140 people. Construction began in March 2024, and the
first trial batches were milled on 11 July 2025. Lysander expects the plant to reach full
capacity no later than 31 March 2026.

"Harnsby has been our home since 1991, and this plant keeps our growth here, next to the
farms that grow our oats," said chief executive Priya Lomax. "Every one of these jobs is
local."

Lysander was founded in 1987 by a cooperative of eleven oat growers and was listed on the
London Stock Exchange in 2006. It acquired the Brask Mills porridge brand in 2019.

The company will hold a public open day at the plant on Saturday 20 September 2025, from
10am to 4pm, with mill tours every half hour.

Notes to editors
- Lysander Foods employs 1,940 people at five sites in the UK.
- Tonnage figures are based on 2024 harvest yields.
- High-resolution images are available on request.

Media contact: Hal Denny, +44 (0)1632 960 418, press@lysanderfoods.example

© 2025 Lysander Foods plc. All rights reserved.""",
        (
            expect("2025-09-02", "plant", "open"),
            expect("2024-03", "construction"),
            expect("2025-07-11", "batches"),
            expect("../2026-03-31", "capacity", planned=True),
            expect("1991/..", "Harnsby"),
            expect("1987", "founded"),
            expect("2006", "listed"),
            expect("2019", "Brask"),
            expect("2025-09-20", "open", "day", planned=True),
        ),
    ),
    Text(
        "hollis-v-brightwater",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 22-0417

DORA HOLLIS, Plaintiff-Appellant,
v.
BRIGHTWATER MARINA ASSOCIATES, LLC, Defendant-Appellee.

Appeal from the Superior Court for Carrow County, No. CV-20-1183

FILED March 3, 2023

OPINION

PELLAND, J.

This appeal asks whether the Recreational Use Immunity Act of 1974 shields a marina
operator from liability to a paying guest who fell on its dock. We hold that it does not,
and we reverse.

I.

Brightwater has operated the marina on Lake Carrow since 2011. On or about June 14, 2019,
Dora Hollis slipped on a wet gangway at the marina and fractured her wrist. She held a
seasonal slip permit, for which she had paid $1,150.

Hollis filed her complaint on August 2, 2020, alleging negligence. Brightwater answered and,
on May 17, 2021, moved for summary judgment, arguing that the Act barred the claim. The
trial court granted the motion on January 11, 2022, and Hollis filed a timely notice of
appeal on February 8, 2022. We heard oral argument on October 12, 2022.

II.

The Act, as amended in 1998, provides that an owner "who permits without charge any person
to use the property for recreational purposes" owes that person no duty to keep the premises
safe. Westm. Code § 41-702(a). The words "without charge" are plain. A fee paid for the
right to moor and walk the docks is a charge. See Ostrander v. Keel Lake Park, 311 Westm.
88, 94 (2009) (season pass holder was not a gratuitous user).

Brightwater argues that the permit fee paid only for the slip, not for use of the gangway.
The argument divides what the guest bought into parts the statute does not recognize. A
guest cannot reach a slip without the gangway.

III.

The judgment of the Superior Court is reversed, and the case is remanded for trial.

Reversed and remanded.

ODELL, C.J., and AMARI, J., concur.""",
        (
            expect("2011/..", "operat"),
            expect("2019-06-14~", "slip"),
            expect("2020-08-02", "complaint"),
            expect("2021-05-17", "summary", "judgment"),
            expect("2022-01-11", "grant"),
            expect("2022-02-08", "notice", "appeal"),
            expect("2022-10-12", "argument"),
            expect("1998", "amended"),
        ),
    ),
    Text(
        "marrow-canal",
        "encyclopedia history",
        None,
        """Marrow Canal

The Marrow Canal is a 34-mile (55 km) broad canal in the county of Fenshire, England,
linking the River Marrow at Abbotsley with the tidal River Wend at Saltham. It has 27 locks
and the 1,809-yard Hallam Tunnel.

History

A canal between the two rivers was first proposed c. 1785 by a group of Abbotsley wool
merchants. The route is said to have been surveyed by the engineer Josiah Crane, perhaps in
1788, although no copy of his plan survives. Parliament authorised the scheme in 1791, and
construction took place between 1792 and 1801, slowed by a shortage of money in the middle
of the decade. The canal opened throughout on 4 June 1801, when a fleet of eleven boats
carried coal from Saltham to Abbotsley.

Traffic, chiefly coal, grain and wool, grew steadily in the 1830s and 1840s. In 1856 the
canal company sold the waterway to the Fenshire Central Railway, which raised tolls to draw
trade onto its own line. The last commercial cargo, 40 tons of roadstone, was carried in
1938, and the canal was formally abandoned in 1951.

Restoration

Volunteers of the Marrow Canal Trust have worked on the canal since 1974. The restored
section from Saltham to Crane's Lock was reopened to boats on 21 May 2002, the busiest day
on the waterway since the 1840s. The Trust aims to reopen the full length of the canal by
2030, subject to funding for the Hallam Tunnel.

See also
- Canals of England
- Fenshire Central Railway

References
1. Hadley, R. (1979). The Canals of Fenshire. Abbotsley: Wend Press. pp. 41-66.""",
        (
            expect("1785~", "propos"),
            expect("1788?", "survey"),
            expect("1791", "authoris"),
            expect("1792/1801", "construction"),
            expect("1801-06-04", "open"),
            expect("1856", "railway"),
            expect("1938", "cargo"),
            expect("1951", "abandon"),
            expect("1974/..", "volunteer"),
            expect("2002-05-21", "reopen"),
            expect("../2030", "reopen", "full", planned=True),
        ),
    ),
    Text(
        "rovers-late-winner",
        "sports report",
        date(2024, 11, 17),
        """KELSEY ROVERS 2 DUNMORE ATHLETIC 1

By Aled Price
Sunday 17 November

A stoppage-time header from Tomás Riera gave Kelsey Rovers a 2-1 win over Dunmore Athletic
at Millfield on Saturday, lifting them to fourth in the Second Division and ending a run of
five games without a victory.

Athletic led through a 23rd-minute penalty from Gus Hartley after Rovers keeper Sam Loder
brought down Jay Milne. Rovers equalised ten minutes after the break, when Owen Peck's
corner was turned in by centre-back Idris Fenn, and Riera, 31, rose at the far post in the
93rd minute to win it. His previous goal came in the 3-0 win at Stanbridge on 5 October.

It was Rovers' first league win over Athletic since 1997, and only the second of Lena
Sorensen's tenure. Sorensen, appointed in January after the dismissal of Phil Garrow, said:
"We've been knocking on the door for six weeks. Today the door opened."

Athletic defender Kai Obi was sent off in the 88th minute for a second yellow card, and
manager Dean Cullis confirmed he would miss Wednesday's trip to Harrowfield. Cullis said the
club's appeal against the first booking would be heard by Friday at the latest.

Rovers travel to Castlebury on Tuesday and host leaders Whitmore Town in the county cup
quarter-final on 11 December.

Rovers: Loder; Abbey, Fenn, Marsh, Quill; Peck, Doyle (Tarrant 70), Nuñez; Riera, Cole
(Ibe 64), Strand.
Attendance: 8,412.""",
        (
            expect("2024-11-16", "Rovers"),
            expect("2024-10-05", "Stanbridge"),
            expect("2024-01", "Sorensen", "appoint"),
            expect("2024-11-16", "Obi", "sent"),
            expect("2024-11-20", "Harrowfield", planned=True),
            expect("../2024-11-22", "appeal", planned=True),
            expect("2024-11-19", "Castlebury", planned=True),
            expect("2024-12-11", "quarter", planned=True),
        ),
    ),
    Text(
        "harrow-vane-instruments",
        "company history",
        None,
        """Our History

Harrow & Vane Instruments has made weather and navigation instruments in Portlow for
well over a century. These are the moments that shaped us.

1896: Beginnings
Instrument maker Edwin Harrow opened a repair shop for ships' chronometers on Quay Lane,
Portlow, with a borrowed lathe and a single apprentice.

c. 1900: A partner
Harrow took on the barometer maker Albert Vane as his partner, and the firm became Harrow &
Vane.

1914-1918: War work
Between 1914 and 1918 the workshop turned almost wholly to war work, making some 26,000
prismatic compasses for the army and the navy.

1931: Fire
On the night of 9 February 1931 a fire destroyed the Quay Lane works. Production later moved
to the former tram depot on Mill Road, which remains our home today.

1952-1963: New ranges
The firm launched its aneroid barometers in 1952, its dial hygrometers in 1958 and, in 1963,
its first electronic anemometer, still sold in 40 countries.

1988: Part of a group
Harrow & Vane was acquired by the Solent Marine Group.

2004: Independent again
A management buy-out returned the company to independence, and since 2004 Harrow & Vane has
been employee-owned.

Looking ahead
We plan to open a visitor gallery at Mill Road in 2026, to mark 130 years of the firm.

Harrow & Vane Instruments Ltd, Mill Road, Portlow. Registered in England No. 00190577.""",
        (
            expect("1896", "shop"),
            expect("1900~", "Vane", "partner"),
            expect("1914/1918", "war"),
            expect("1931-02-09", "fire"),
            expect("1952", "barometer"),
            expect("1958", "hygrometer"),
            expect("1963", "anemometer"),
            expect("1988", "acquir"),
            expect("2004", "management"),
            expect("2004/..", "employee"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "argus-2-mission",
        "mission summary",
        None,
        """ARGUS-2 MISSION SUMMARY
Polar Ice Sounding Radar Satellite
Nordic Space Research Council | Document NSRC-A2-MS-007, Issue 3

1. Overview
ARGUS-2 measures the thickness of sea ice and the freeboard of ice shelves with a
dual-frequency radar altimeter. Its data extend the 2019 Ice Thickness Baseline and feed the
Council's weekly sea-ice charts. The mission was approved by the Council in 2016.

2. Mission timeline
ARGUS-2 was launched on 9 April 2021 at 22:14 UTC on a Vektor-1C rocket from the Halvøya
range. The spacecraft reached its 717 km sun-synchronous orbit two days later, after three
burns of its hydrazine thrusters. Commissioning was completed by 30 June 2021, and the first
calibrated ice-thickness maps were released on 12 July 2021.

From 3 to 7 November 2022 the satellite was in safe mode after a fault in one of its two
star trackers; no data were lost beyond that period. In March 2023 the Council extended the
mission by four years.

3. Status and outlook
The spacecraft is healthy, with 61 per cent of its propellant remaining. The data archive
will move to the new Skarvik ground segment no later than 31 March 2026. A sister satellite,
ARGUS-3, is scheduled for launch on 18 October 2026, and ARGUS-2 is expected to be deorbited
around December 2027.

Key figures
- Mass at launch: 1,180 kg
- Data volume: 2,048 Gbit per day
- Orbit repeat cycle: 369 days""",
        (
            expect("2016", "approved"),
            expect("2021-04-09", "launch"),
            expect("2021-04-11", "orbit"),
            expect("../2021-06-30", "commissioning"),
            expect("2021-07-12", "maps"),
            expect("2022-11-03/2022-11-07", "safe", "mode"),
            expect("2023-03", "extend"),
            expect("../2026-03-31", "archive", planned=True),
            expect("2026-10-18", "ARGUS-3", planned=True),
            expect("2027-12~", "deorbit", planned=True),
        ),
    ),
    Text(
        "water-abstraction-limits",
        "government statement",
        None,
        """Department for Rivers and Water Resources

Press statement: New limits on water abstraction in dry weather

Published 18 September 2025

The Secretary of State for Rivers, Anna Kellaway, today confirmed new limits on the amount
of water that farms, golf courses and industry may take from rivers when flows are low.

The limits follow a public consultation that ran from 4 to 29 August 2025 and drew 3,412
responses. They will take effect on 1 January 2026 and will apply to all 1,200 holders of
abstraction licences in the Senn and Orr catchments.

The Secretary of State said: "Three summers ago we watched rivers fail. On 9 August
2022 the River Senn dried out along a six-mile stretch below Harford, and thousands of fish
died. We cannot let that happen again."

Abstraction from the upper Senn has been suspended since March 2018. The Water Strategy
published in May 2021 promised that limits would be extended to the rest of the catchment.

The River Regulator will review every licence in the two catchments no later than 31 March
2027. Licence holders who lose more than a fifth of their allowance may apply to a £35
million transition fund, which opens in the spring.

The Secretary of State will meet the farming unions on Tuesday 23 September to discuss how
the limits will work at harvest.

The limits are made under section 57 of the Water Resources Act 1991.

Notes
1. River flow data are published daily at 9am on the department's website.
2. Press office: 0300 555 0192 (out of hours 0300 555 0193).""",
        (
            expect("2025-09-18", "limits", "confirm"),
            expect("2025-08-04/2025-08-29", "consultation"),
            expect("2026-01-01", "effect", planned=True),
            expect("2022-08-09", "Senn"),
            expect("2018-03/..", "suspend"),
            expect("2021-05", "strategy"),
            expect("../2027-03-31", "review", planned=True),
            expect("2025-09-23", "unions", planned=True),
        ),
    ),
    Text(
        "ferrybridge-tram-html",
        "HTML news page",
        date(2024, 5, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tram extension to Ferrybridge Quay opens after two-year delay | Alderton Post</title>
<script async src="/static/js/analytics.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"transport"});</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul></nav>
<article>
<h1>Tram extension to Ferrybridge Quay opens after two-year delay</h1>
<p class="byline">By Sana Okafor, Transport Reporter &middot;
<time datetime="2024-05-22T06:30:00+01:00">2 hours ago</time></p>
<p>The first passenger trams ran to Ferrybridge Quay on Tuesday morning, almost two years
late and £31 million over budget.</p>
<figure><img src="/img/tram-quay.jpg" alt="A tram at the Quay stop">
<figcaption>A tram at the new Quay stop on Tuesday. Photo: Sana Okafor</figcaption></figure>
<p>Work on the 1.8-mile line began in February 2020, three years after the council's
transport committee approved the scheme in 2017. The original contractor, Rellan Civils,
was replaced on 14 March 2023 after cracks were found in the viaduct over the Alder.</p>
<p>Repairs to the viaduct were finished on 30 January, and safety tests ran from 15 April
to 10 May.</p>
<p>Alderton Metro said trams would run every 12 minutes from 6am until midnight. A formal
opening ceremony with the mayor is planned for Saturday 1 June, and landscaping at the
Quay stop should be finished by 30 June.</p>
<p>"It's the busiest I've seen the Quay in fifteen years," said cafe owner Rhiannon
Baird.</p>
<p>A second phase, to Harbour Point, is expected to open by the end of 2027.</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/tram-viaduct-cracks">Tram viaduct cracks: what went wrong</a>
<time datetime="2023-03-15">15 Mar 2023</time></li>
<li><a href="/news/tram-fares">Tram fares to rise by 10p</a></li></ul></aside>
<footer><p>&copy; 2024 Alderton Post Ltd. Call the newsdesk on 01632 960 771.</p></footer>
<script src="/static/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2024-05-21", "trams"),
            expect("2020-02", "work"),
            expect("2017", "approv"),
            expect("2023-03-14", "replac"),
            expect("2024-01-30", "repairs"),
            expect("2024-04-15/2024-05-10", "tests"),
            expect("2024-06-01", "ceremony", planned=True),
            expect("../2024-06-30", "landscaping", planned=True),
            expect("../2027", "phase", planned=True),
        ),
    ),
    Text(
        "wend-surge-bulletins",
        "storm surge warning service's bulletins",
        date(2025, 1, 13),
        """EAST COAST SURGE WARNING SERVICE
Wend Estuary and Saltham Bay - Coastal Flood Bulletins

BULLETIN 1   Issued 0600 GMT Saturday 11 January
A deep low moving south-east across the North Sea is forecast to raise a storm surge on the
evening high tide tomorrow (predicted high water at Saltham 2140 GMT). Surge of 0.9-1.2 m
expected. ALERT level for Zones 3-5. Next bulletin 1800 GMT.

BULLETIN 2   Issued 1800 GMT Saturday 11 January
Forecast surge raised to 1.3-1.6 m. DANGER warning issued for Zones 3-5. Closure of the Wend
Barrier is likely. Residents of Marsh End and Quay Row should prepare to leave their homes.
Flood line: 0800 555 0170 (24 hours).

BULLETIN 3   Issued 0500 GMT Sunday 12 January
Saltham District Council ordered the evacuation of Marsh End at 0430 today; a rest centre
is open at Kingsway School. A still-water level of 5.2 m at Saltham would be the highest
since 1953. Forecast otherwise unchanged.

BULLETIN 4   Issued 0700 GMT Monday 13 January   FINAL
A peak surge of 1.48 m was recorded at Saltham at 2155 GMT on Sunday. The Wend Barrier was
closed at 1726 GMT on Sunday and reopened at 0310 GMT today. Minor overtopping at Quay Row;
no homes flooded.
DANGER warning lifted at 0600 GMT today. ALERT remains for Zone 5 until the 1020 GMT tide.
The barrier will be inspected by divers on Thursday 16 January. Saltham District Council
will complete damage surveys of the Quay Row sea wall by 31 January, and the service will
publish a full event report no later than 28 February.

Surge figures are provisional. Levels in metres above Ordnance Datum.""",
        (
            expect("2025-01-11", "danger", "warning"),
            expect("2025-01-12", "evacuation"),
            expect("2025-01-12", "surge"),
            expect("2025-01-12", "barrier", "closed"),
            expect("2025-01-13", "reopen"),
            expect("2025-01-13", "lifted"),
            expect("2025-01-16", "inspect", planned=True),
            expect("../2025-01-31", "surveys", planned=True),
            expect("../2025-02-28", "report", planned=True),
        ),
    ),
    Text(
        "skarth-horseshoe-race",
        "fell race report",
        date(2024, 6, 10),
        """SKARTH HORSESHOE FELL RACE - Cat AL, 16.4 km / 1,420 m
Race report by Gwen Toller, Skarth Harriers

Rob Ennis of Langmoor Fell Runners won Saturday's 52nd Skarth Horseshoe in 1:58:41, running
away from the field on the long climb to Black Crag in hot, hazy conditions. The record of
1:55:02, set by Ian Harker in 1986, was never under threat. First woman was Ellie Ward
(Dunstall AC) in 2:19:10, ninth overall.

214 runners started and 203 finished. Two retired with cramp at Scar Gap, and the mountain
rescue team were called to help a runner with a twisted knee at about 2.40pm.

The race was first run in 1972 with 19 starters. It moved from September to June in 2003 to
keep clear of the grouse shooting, and the course was re-routed around the foot of Black
Crag after a landslip there on 4 February. Our oldest finisher, Derek Pye, 74, has
now completed 41 Horseshoes.

Thanks as ever to Tom Haigh at Low Garth, in whose field the race has started since 1979, to
the marshals, and to the Skarth WI for the teas.

Full results will be posted on the club website by Wednesday. The junior races will be held
on Sunday 30 June, and next year's Horseshoe is pencilled in for Saturday 7 June 2025.

Results (top five)
1. Rob Ennis (Langmoor FR) 1:58:41
2. Callum Reid (Dunstall AC) 2:01:15
3. Arvid Lund (U/A) 2:03:02
4. Sean Platt (Skarth H) 2:04:49
5. Mark Oddie (Langmoor FR, V40) 2:05:30""",
        (
            expect("2024-06-08", "Ennis"),
            expect("1986", "record"),
            expect("1972", "first"),
            expect("2003", "mov"),
            expect("2024-02-04", "landslip"),
            expect("1979/..", "field"),
            expect("../2024-06-12", "results", planned=True),
            expect("2024-06-30", "junior", planned=True),
            expect("2025-06-07", "Horseshoe", planned=True),
        ),
    ),
    Text(
        "cold-harbour-battery",
        "battery storage press release",
        None,
        """NEWS RELEASE

Vantor Energy and Greyling Capital switch on 200 MW Cold Harbour battery

KESTON, 15 January 2025 - Vantor Energy and its investment partner Greyling Capital today
announced that the Cold Harbour battery energy storage system, one of the largest in the
country, has begun commercial operation.

The 200 MW / 400 MWh system, built on the site of a former oil depot that closed in about
1986, can store enough electricity to supply some 300,000 homes for two hours at the evening
peak. Its 2,016 battery modules are housed in 96 containers.

Keston Borough Council granted planning consent in October 2021, and the partners reached
financial close in 2022. Construction began in April 2023, and the grid connection to the
132 kV Keston substation was energised on 18 November 2024.

"Cold Harbour shows what storage can do for a grid that runs on wind," said Vantor chief
executive Maren Holt. "We have been partners with Greyling since 2019, and this is our
biggest project yet."

A second phase of 100 MW is expected to be complete by the end of 2026. A £250,000
community fund, paid for by the project, will open for applications on 3 March 2025.

ENDS

Notes to editors
Vantor Energy was founded in 2014 and develops battery and solar projects in the UK and
Ireland. Greyling Capital manages £4.2 billion of infrastructure assets.

Media enquiries: Ola Brandt, 020 7946 0321, media@vantor.example""",
        (
            expect("2025-01-15", "commercial", "operation"),
            expect("1986~", "depot"),
            expect("2021-10", "consent"),
            expect("2022", "financial"),
            expect("2023-04", "construction"),
            expect("2024-11-18", "grid"),
            expect("2019/..", "partner"),
            expect("../2026", "phase", planned=True),
            expect("2025-03-03", "fund", planned=True),
            expect("2014", "founded"),
        ),
    ),
    Text(
        "kolabe-mission-letters",
        "missionary's letters of the 1860s",
        None,
        """Letters of the Rev. Thomas Aske, of the Northern Bible Mission, to his brother

I.
Mission House, Kolabe,
March 3rd, 1864.

My dear Brother,
We arrived here on the 27th ult. after nineteen days on the river from the coast. Mrs A.
& the children bore the journey well, tho' little Kate was poorly at Nsala. The chief,
Mbatu, received us on Monday last with much ceremony & gave us ground for a house & garden
near the landing. I purpose to open a school on the 14th inst., if the carpenter has the
benches ready. Pray send the slates by the next box.
Your affecte. brother,
Thos. Aske.

II.
Kolabe, June 20th, 1864.

My dear William,
The school was opened as I proposed, tho' not till the 21st March, owing to the rains; 23
scholars now attend, & the chief's nephew reads the Gospel of Mark. I have been laid up
with fever since the 2nd inst. & write this from my bed. We baptised five on Sunday the
12th, the first fruits of this station. The Society allows us £30 a year for the school.
Ever yr. loving brother,
T. A.

III.
Kolabe, Jany. 9th, 1865.

Dear Brother,
On the 25th Decr. we opened the new chapel, with 140 present & singing such as you never
heard. I am now in my 41st year & feel it. Mrs A. sails for England, D.V., on or about the
1st March with the children, & I shall follow when a man can be spared. Mr. Pell of the
Society is expected here by the end of the month. Love to all at Thirsk.
Yr. affecte. brother,
Thos. Aske.""",
        (
            expect("1864-02-27", "arriv"),
            expect("1864-02-29", "Mbatu"),
            expect("1864-03-14", "school", planned=True),
            expect("1864-03-21", "school", "open"),
            expect("1864-06-02/..", "fever"),
            expect("1864-06-12", "baptis"),
            expect("1864-12-25", "chapel"),
            expect("1865-03-01~", "sail", planned=True),
            expect("../1865-01", "Pell", planned=True),
        ),
    ),
    Text(
        "old-rectory-bat-survey",
        "bat roost survey",
        None,
        """FENLIGHT ECOLOGY
Preliminary Roost Assessment and Bat Emergence Surveys

Site: The Old Rectory, Church Lane, Wexcombe
Client: Marlow Pryce Homes Ltd
Report ref.: ECO-2417-BR   Version: 1.1   Date: 9 August 2024
Surveyor: Dr Hana Sill MCIEEM (survey licence 2019-41602-CLS)

1. Summary
The Old Rectory is a two-storey brick house said to have been built in 1790, with a later
slate-roofed rear wing of c. 1870. The client proposes to convert the house into four flats
and to replace the roof of the wing.

A daytime inspection on 2 April 2024 found droppings in the roof void of the wing and
staining at two gaps under the ridge tiles. Three dusk emergence surveys were carried out on
14 May, 6 June and 22 July 2024.

2. Results
| Survey     | Sunset | Temp. | Bats emerging                       |
| 14/05/2024 | 20:52  | 13 C  | 4 common pipistrelle                |
| 06/06/2024 | 21:21  | 15 C  | 6 common pipistrelle, 1 long-eared  |
| 22/07/2024 | 21:17  | 17 C  | 9 common pipistrelle, 2 long-eared  |

A brown long-eared roost in the wing was first recorded by the Wexcombe Bat Group in about
1998. Pipistrelle counts here peak every year in July, when young bats first fly.

3. Recommendations
- A mitigation licence application is to be submitted by the end of August 2024.
- Roof works are to be carried out between 1 October 2024 and 31 March 2025, outside the
  maternity season, under the supervision of a licensed ecologist.
- A bat loft of at least 5 m x 3 m is to be kept in the main roof.

Fenlight Ecology Ltd, 14 Mill Yard, Wexcombe. Tel. 01632 960 245.""",
        (
            expect("1790?", "built"),
            expect("1870~", "wing"),
            expect("2024-04-02", "inspection"),
            expect("2024-05-14", "survey"),
            expect("2024-06-06", "survey"),
            expect("2024-07-22", "survey"),
            expect("1998~", "roost"),
            expect("../2024-08", "licence", planned=True),
            expect("2024-10-01/2025-03-31", "roof", "works", planned=True),
        ),
    ),
    Text(
        "coldbrook-tannery",
        "tannery's history",
        None,
        """The Coldbrook Tannery, Ashwell: A Short History

Tanning at Coldbrook is said to have begun in 1760, when the brook was first dammed to feed
the pits, but the earliest firm record is a lease of 1783 to Samuel Pryor, tanner, for "the
yard, pits and drying lofts at Coldbrook". Pryor's son Josiah built the bark mill c. 1805,
grinding oak bark brought down from the Ashwell woods by cart.

The yard grew quickly in the nineteenth century. A steam engine was installed in 1838 to
drive the bark mill and the pumps, and by mid-century the yard had 64 pits, each holding some
1,800 gallons of liquor. The great flood of 14 November 1866 swept away the drying sheds and
drowned two horses, and the sheds were rebuilt in brick.

Between 1914 and 1918 the yard produced sole leather for about 400,000 army boots. In 1926
the business became Pryor & Lister Ltd, when the Pryors took Leonard Lister of Bristol into
partnership. Trade fell away after the war, and the tannery closed in 1971, when the last
pits were emptied.

The buildings were listed Grade II in 1989, and they were converted to flats between 2008
and 2011, with the bark mill kept as a small museum. The Ashwell Heritage Trust opens the
mill to visitors on the second Sunday of every month, and plans to put the mill's waterwheel
back into working order in 2026.

Visitors are asked to park at the village hall. Ashwell Heritage Trail, leaflet no. 6.""",
        (
            expect("1760?", "tanning"),
            expect("1783", "lease"),
            expect("1805~", "bark"),
            expect("1838", "engine"),
            expect("1866-11-14", "flood"),
            expect("1914/1918", "leather"),
            expect("1926", "Lister"),
            expect("1971", "clos"),
            expect("1989", "listed"),
            expect("2008/2011", "convert"),
            expect("2026", "waterwheel", planned=True),
        ),
    ),
    Text(
        "school-buildings-statement",
        "education minister's school buildings statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Department for Education and Skills
School Buildings: Rebuilding Programme, Round Two
Made on: 26 November 2024
Made by: Minister for Schools, Ruth Calloway MP

Today I am announcing the next 38 schools to be rebuilt or refurbished under the School
Rebuilding Programme.

Between 2021 and 2023 the department surveyed all 1,912 school buildings in the state
sector. In September 2023 reinforced aerated concrete planks were found in the roofs of 14
schools. Four of those schools closed on 5 September 2023, and their pupils were taught in
nearby buildings and temporary classrooms while the roofs were propped.

The first round of the programme, announced in March 2022, covered 50 schools, of which 19
have now been completed. The 38 schools announced today were chosen on the condition of
their buildings alone, using the survey evidence.

Construction at the first 12 schools will begin in April 2025. All 38 projects are to be
completed by 2030, at a total cost of £1.4 billion. Schools will stay open while the work
is carried out.

Headteachers of the selected schools will receive letters setting out the next steps on
Monday 2 December. I will update Members on progress no later than 31 July 2025.

The funding is provided under section 14 of the Education Act 1996. A list of the 38
schools has been placed in the Library of the House.""",
        (
            expect("2024-11-26", "announc"),
            expect("2021/2023", "survey"),
            expect("2023-09", "concrete"),
            expect("2023-09-05", "clos"),
            expect("2022-03", "round"),
            expect("2025-04", "construction", planned=True),
            expect("../2030", "complet", planned=True),
            expect("2024-12-02", "letters", planned=True),
            expect("../2025-07-31", "update", planned=True),
        ),
    ),
    Text(
        "kyle-sound-ferry-status",
        "ferry operator's HTML sailing cancellations page",
        date(2025, 2, 6),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Service Status | Kyle Sound Ferries</title>
<script src="/assets/js/status-refresh.js" defer></script>
</head>
<body>
<nav><a href="/timetables">Timetables</a> | <a href="/book">Book</a> |
<a href="/status" class="active">Service Status</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Service Status</h1>
<p class="updated">Last updated: <time datetime="2025-02-06T06:45">06:45, Thu 6 Feb</time></p>

<section class="route status-red">
<h2>Ardmore - Innis Mor</h2>
<p><strong>All sailings today are cancelled</strong> because of gale-force winds.</p>
<p>Wednesday's 16:40 sailing from Innis Mor was turned back halfway because of heavy swell.</p>
<p>The 07:30 and 10:15 sailings on Friday are under review. A decision will be made by
18:00 today.</p>
</section>

<section class="route status-amber">
<h2>Kelvie - Sound of Lorn</h2>
<p>MV <em>Glen Ardyle</em> remains out of service after she went into dry dock at Garvel on
20 January for repairs to her bow thruster. She is expected to return to service on Friday
14 February.</p>
<p>A reduced timetable using MV <em>Colla</em> has operated since 21 January. Vehicle
capacity is limited to 18 cars per sailing.</p>
</section>

<section class="notice">
<h2>Summer timetable</h2>
<p>The summer timetable runs from 28 March to 18 October. Bookings open on 10 February.</p>
</section>
</main>
<footer>
<p>Customer line 0800 066 5000 (07:00-21:00). &copy; 2025 Kyle Sound Ferries Ltd.</p>
</footer>
<script>setInterval(refreshStatus, 300000);</script>
</body>
</html>""",
        (
            expect("2025-02-06", "cancel"),
            expect("2025-02-05", "turned"),
            expect("../2025-02-06", "decision", planned=True),
            expect("2025-01-20", "dock"),
            expect("2025-02-14", "return", planned=True),
            expect("2025-01-21/..", "reduced"),
            expect("2025-03-28/2025-10-18", "summer", planned=True),
            expect("2025-02-10", "bookings", planned=True),
        ),
    ),
    Text(
        "parole-decision-mercer",
        "parole board decision",
        None,
        """PAROLE BOARD
DECISION SUMMARY

Name: Darren Mercer
Prison: HMP Fordham
Case reference: PB/23/11874
Type of review: Oral hearing - indeterminate sentence (post-tariff)
Decision: Release directed
Date of decision: 11 April 2024

Sentence details
On 3 June 2014 Mr Mercer, then aged 24, was sentenced to life imprisonment for the attempted
murder of a man outside a nightclub in Wexley, an offence committed on or about 12 November
2013. The judge set a minimum term (tariff) of eight years, less time spent on remand. The
tariff expired in May 2022.

Previous reviews
At his last review, in March 2022, the Board declined to direct release but recommended a
move to open conditions. Mr Mercer has been held in open conditions at HMP Fordham since
August 2022. The Secretary of State referred his case to the Board in October 2023.

The hearing
The panel held an oral hearing by video link on 27 March 2024. It heard evidence from Mr
Mercer, his prison offender manager, his community offender manager and a prison
psychologist. He has completed 31 days of temporary release without any failure.

Panel decision
The panel was satisfied that imprisonment is no longer necessary for the protection of the
public. Release should take place no later than 9 May 2024. The licence will include a
curfew at approved premises for the first six months, a ban on entering the Wexley town
centre zone and a requirement to attend alcohol counselling every week.

This summary is published under the Parole Board Rules 2019.""",
        (
            expect("2013-11-12~", "offence"),
            expect("2014-06-03", "sentenced"),
            expect("2022-05", "tariff"),
            expect("2022-03", "declin"),
            expect("2022-08/..", "open", "conditions"),
            expect("2023-10", "referred"),
            expect("2024-03-27", "hearing"),
            expect("../2024-05-09", "release", planned=True),
        ),
    ),
    Text(
        "pennock-wheelwrights",
        "wheelwright's history",
        None,
        """Pennock's Wheelwright Shop, Little Harnham
A history by the Harnham Local History Society

The Pennock family are first found in Little Harnham perhaps in 1820, when "Wm. Pennock,
wheeler" witnessed the will of a neighbouring farmer. The shop on Green Lane, with its
sawpit and forge, was built c. 1840, and three generations of Pennocks worked there.

The shop's 1871 price list, which survives, charges 18s. for a cart wheel and £14 10s. for a
new farm wagon. The iron tyring platform in the yard, where hot tyres were shrunk onto the
wheels, was laid about 1868, and is the best preserved in the county.

In 1902 the business passed to Albert Pennock, who took on two journeymen and built wagons
for farms as far away as Steyning. Between 1914 and 1918 the shop made ammunition wagons for
the War Office. In the 1920s, as the horse gave way to the lorry, the Pennocks turned to
motor bodies and repairs. Albert retired about 1935, leaving the shop to his son Frank.

The shop closed in 1957, on Frank Pennock's death, and its tools and patterns were given to
the Wealdshire Rural Life Museum in 1962. The restored workshop was opened to the public
on 12 May 2001. The Society hopes to publish the shop's account books, which run to 1,120
pages, in 2026.

Open Saturdays, April to September, 2pm to 5pm. Admission free; donations welcome.""",
        (
            expect("1820?", "witness"),
            expect("1840~", "shop"),
            expect("1868~", "tyring"),
            expect("1902", "Albert"),
            expect("1914/1918", "wagons"),
            expect("1935~", "retir"),
            expect("1957", "clos"),
            expect("1962", "museum"),
            expect("2001-05-12", "open"),
            expect("2026", "publish", planned=True),
        ),
    ),
    Text(
        "bramwell-bulldogs-fixtures",
        "rugby league club's fixtures list",
        date(2025, 2, 12),
        """BRAMWELL BULLDOGS RLFC - Est. 1895
Northern Championship 2025: Fixtures & Results
Last updated 12 Feb 2025

Date          Opponent                          H/A   KO     Result
Sun 26 Jan    Oldcastle Rangers (friendly)      H     15:00  W 30-12
Sun 2 Feb     Hexley Hawks (Challenge Cup R3)   A     15:00  L 14-22
Sun 9 Feb     Tarnside Saints (Round 1)         H     15:00  W 26-18
Sun 16 Feb    Mossley Vale (Round 2)            A     15:00
Fri 21 Feb    Askern Miners (Round 3)           H     19:45
Sun 2 Mar     Carrbridge Knights (Round 4)      A     15:00
Sun 16 Mar    Felling Sharks (Round 5)          H     15:00
TBC           Holme Dale (Round 6)              A     TBC

Kick-off times are subject to change for television coverage. Fixtures from Round 6 onwards
will be confirmed by the league.

Tickets (Heathfield Lane, capacity 5,000)
Adults £18 | Concessions £12 | Under-16s £5 | Under-5s free
Season-ticket sales close on 28 February. Ticket office: 01924 555 207, open 10am-4pm
weekdays and from 12 noon on home match days.

Away travel: the supporters' coach leaves Heathfield Lane two and a half hours before
kick-off for every away game. Seats £15, book at the club shop.""",
        (
            expect("2025-01-26", "Oldcastle"),
            expect("2025-02-02", "Hexley"),
            expect("2025-02-09", "Tarnside"),
            expect("2025-02-16", "Mossley", planned=True),
            expect("2025-02-21", "Askern", planned=True),
            expect("2025-03-02", "Carrbridge", planned=True),
            expect("2025-03-16", "Felling", planned=True),
            expect("2025-02-28", "season", planned=True),
        ),
    ),
)
