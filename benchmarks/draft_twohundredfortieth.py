"""The two-hundred-and-fortieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a storm surge service's
alerts, a golf tournament report, an electric ferry press release, a missionary's journal of the
1850s, a hedgehog survey, a paper mill's history, a housing minister's building safety
statement, a ski resort's HTML lift status page, a professional conduct panel decision, a
wheelwright's history and a darts league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTIETH_CORPUS",)


TWOHUNDREDFORTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "ship-aground-port-elswick",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORT ELSWICK, Oct 9 (Coastline News) - Salvage crews refloated the container ship Maren
Voss late on Tuesday, a day after it ran aground on a sandbank at the mouth of the River
Tarrow, and the port reopened to traffic at 6 a.m. on Wednesday, the harbour authority said.

The 2,400-container vessel ran aground at 6:40 a.m. on Monday in thick fog while it was
waiting for a pilot. It had sailed from Halvorsund on or about Sept. 28 with a cargo of
furniture, tyres and frozen fish. None of its 22 crew was hurt, and divers found no sign of a
fuel leak.

"She came off on the evening tide with four tugs pulling," harbour master Colm Averill told
reporters. "We were lucky with the weather."

The owner, Tessaline Shipping, said it expected to finish unloading damaged containers by
Oct. 20 and would then move the ship to a dry dock in Brevik for inspection. A hearing by the
Marine Accident Board is scheduled for Nov. 5.

The grounding was the worst at Port Elswick since 2013, when a bulk carrier blocked the
channel for nine days. The channel was dredged in 2016 and 2019, and local pilots have warned
that silt has built up again.

The Maren Voss was built in 2009 in South Korea and is registered in Malta. About 140 ships a
month call at the port, which handled 1.8 million tonnes of cargo last year.

(Reporting by Petra Lindahl; Editing by Sam Okafor)""",
        (
            expect("2024-10-08", "refloat"),
            expect("2024-10-09", "port", "reopen"),
            expect("2024-10-07", "aground"),
            expect("2024-09-28~", "sail"),
            expect("../2024-10-20", "unload", planned=True),
            expect("2024-11-05", "hearing", planned=True),
            expect("2016", "dredg"),
            expect("2019", "dredg"),
            expect("2009", "built"),
        ),
    ),
    Text(
        "harrowgate-tenby-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Biologics completes acquisition of Tenby Cell Sciences

LEEDHAM, England, 11 February 2025 -- Harrowgate Biologics plc (LSE: HRBG), a developer of
cell-based assays for drug discovery, today completed its acquisition of Tenby Cell Sciences
Ltd, a Cardiff company that makes cryopreserved human liver cells, for £48 million in cash.

The agreement was first announced on 2 December 2024 and received clearance from the
Competition and Markets Authority on 28 January. Tenby's 85 employees will join Harrowgate's
research division.

Tenby was founded in 2007 by Dr Megan Price and Dr Huw Rees as a spin-out from Cardiff
University, and has supplied liver cells to NHS laboratories since 2019.

"Tenby gives us the one thing our customers kept asking for," said Alistair Fenn, chief
executive of Harrowgate. "Together we can offer a complete toxicology package, from the cell
to the report."

Harrowgate will expand Tenby's laboratory in Cardiff. The new wing is scheduled to open in
September 2025, and the company expects to add 60 jobs in Wales by the end of 2026. The
acquisition will be reflected in the full-year results, which Harrowgate will report on
20 March 2025.

About Harrowgate Biologics
Harrowgate Biologics plc was founded in 1998 and listed on the London Stock Exchange in 2014.
It employs 410 people in Leedham and Basel.

Forward-looking statements
This release contains forward-looking statements. Actual results may differ materially from
those expressed or implied. Nothing in this release is a profit forecast for the purposes of
the Companies Act 2006.

Media contact: Ruth Okonjo, +44 113 496 0758, press@harrowgatebio.example

© 2025 Harrowgate Biologics plc""",
        (
            expect("2025-02-11", "acquisition", "complet"),
            expect("2024-12-02", "agreement", "announce"),
            expect("2025-01-28", "clearance"),
            expect("2007", "Tenby", "founded"),
            expect("2019/..", "suppl"),
            expect("2025-09", "wing", "open", planned=True),
            expect("../2026", "jobs", planned=True),
            expect("2025-03-20", "results", planned=True),
            expect("1998", "founded"),
            expect("2014", "listed"),
        ),
    ),
    Text(
        "hollis-v-braymoor",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF NORTH CALDER

No. 23-0417

HOLLIS COLD STORAGE, INC., Appellant,
v.
BRAYMOOR CONSTRUCTION CO., Appellee.

Appeal from the Circuit Court for Ferris County; Hon. Dana L. Whitcomb, Judge.

Filed March 7, 2025

OPINION

KESSLER, Justice.

I. BACKGROUND

On or about June 14, 2019, Hollis Cold Storage, Inc. ("Hollis") and Braymoor Construction Co.
("Braymoor") signed a contract for a 60,000-square-foot refrigerated warehouse in Ferris
County. The contract price was $4.2 million. Work was substantially complete by October 2020,
and Hollis took possession of the building on November 2, 2020.

On January 22, 2021, after a heavy snowfall, a section of the roof over the loading dock
collapsed. No one was injured. Hollis's general manager e-mailed photographs of the damage to
Braymoor on January 23, 2021. Hollis filed suit on April 3, 2021, alleging breach of contract
and negligence.

Braymoor moved for summary judgment, arguing that Hollis had not given the written notice of
defect required by section 14.2 of the contract and by the Construction Defect Reform Act of
2009, Calder Code § 33-5-101 et seq. The circuit court granted summary judgment for Braymoor
on August 30, 2023. Hollis filed its notice of appeal on September 18, 2023, and the case was
argued before this Court on November 12, 2024.

II. DISCUSSION

We review a grant of summary judgment de novo. Calder R. Civ. P. 56(c). The Act requires
notice "in writing, describing the defect with reasonable particularity." It does not require
a particular form. An e-mail that attaches photographs of a collapsed roof, names the building
and asks the contractor to inspect it describes the defect with all the particularity the
statute demands. The circuit court erred in holding otherwise.

III. CONCLUSION

The judgment of the circuit court is reversed, and the case is remanded for further
proceedings consistent with this opinion.

Reversed and remanded.""",
        (
            expect("2019-06-14~", "contract"),
            expect("../2020-10", "complet"),
            expect("2020-11-02", "possession"),
            expect("2021-01-22", "roof", "collaps"),
            expect("2021-01-23", "photograph"),
            expect("2021-04-03", "suit"),
            expect("2023-08-30", "judgment"),
            expect("2023-09-18", "appeal"),
            expect("2024-11-12", "argu"),
        ),
    ),
    Text(
        "marrowick-town",
        "encyclopedia history",
        None,
        """Marrowick

Marrowick is a market town and civil parish in the county of Eastholm, England, on the River
Leddon, 14 miles (23 km) north-east of Hullbridge. At the 2011 census it had a population of
14,320.

History

A settlement grew up beside a Cistercian grange founded c. 1180 by monks from Rievell Abbey.
The town received a market charter from Edward III in 1342, and a Thursday market is still
held in the square. St Aldhelm's Church is said to have been built in 1390, although its
tower is a later addition.

Marrowick prospered on the wool trade until the 16th century and declined thereafter. The
Leddon Navigation canal opened in 1794, linking the town to the port of Hullbridge, and
brought a brief revival. The railway reached Marrowick in 1847, and the canal closed to
traffic in 1863.

Between 1914 and 1918 the Leddon Barracks on the edge of the town housed a training battalion
of the Eastholm Regiment. The town grew slowly in the 1920s and 1930s, when a brickworks and
a sugar-beet factory were its largest employers.

Under the Local Government Act 1972 the borough was merged into the new district of North
Eastholm in 1974. A bypass opened in 1988, and the market square was pedestrianised in 2006.

Notable people

* Sir Henry Aske (1732–1801), engineer of the Leddon Navigation
* Mary Colborne (1866–1940), suffragist

See also

* List of market towns in Eastholm

References

1. Eastholm Record Office, Marrowick borough papers, 1342–1974.""",
        (
            expect("1180~", "founded"),
            expect("1342", "charter"),
            expect("1390?", "church"),
            expect("1794", "canal", "open"),
            expect("1847", "railway"),
            expect("1863", "canal", "clos"),
            expect("1914/1918", "barracks"),
            expect("1974", "merged"),
            expect("1988", "bypass"),
            expect("2006", "pedestrian"),
        ),
    ),
    Text(
        "ketterly-hallam-report",
        "sports report",
        date(2025, 3, 16),
        """Ketterly Town 1 Hallam Rovers 2
County League One

By Jo Marsh at Ketterly Road
Sun 16 Mar

Dane Osei came off the bench to score an 87th-minute winner as Hallam Rovers came from behind
to beat Ketterly Town on Saturday and climb to fourth in County League One.

It was Rovers' first win at Ketterly Road since 2011, and it was deserved. Ketterly, relegated
from the National North in 2022, led through Harry Blane's 11th-minute header, but Rovers
levelled five minutes after the break when Tom Aldous, 34, swept in from the edge of the box.

Osei, signed from Brockley in January for an undisclosed fee, had been on the pitch for six
minutes when he turned his marker and drove the ball low into the far corner.

"He's the player we've been missing," said Rovers manager Lena Fairhurst, who was appointed on
2 December after Mick Tolley was sacked. "We've lost one game in twelve since I came in, and
the lads believe now."

There was a worry for Rovers when captain Sam Reddick limped off with a hamstring problem; he
will have a scan on Monday. Rovers host Wexmoor on Wednesday (7.45pm) before the County Cup
final against Ashby Vale, which is scheduled for 26 April at Burnside Park.

Attendance: 6,214

Ketterly Town: Doyle; Pike, Marr, Evans, Quinn; Blane, Shaw (Kerr 70), Hunt; Rowe, Tate,
Lloyd.

Hallam Rovers: Birch; Cole, Reddick (Nash 58), Grant, Amis; Aldous, Fenn, Moore (Osei 81);
Parr, Lyle, Dunn.

Referee: P. Harland""",
        (
            expect("2025-03-15", "Rovers", "Ketterly"),
            expect("2022", "relegat"),
            expect("2025-01", "Osei", "sign"),
            expect("2024-12-02", "appoint"),
            expect("2025-03-17", "scan", planned=True),
            expect("2025-03-19", "Wexmoor", planned=True),
            expect("2025-04-26", "final", planned=True),
        ),
    ),
    Text(
        "brattle-ropes-history",
        "company history",
        None,
        """Our History

Brattle & Sons has made rope in Saltmarsh for more than 150 years. These are the moments that
shaped the company.

1868
Samuel Brattle founded the business in a rented ropewalk on Quay Street with two apprentices,
spinning hemp for the herring fleet.

1891
With orders from the Admiralty, the firm moved to a purpose-built 300-yard ropewalk at
Fenside, where it still stands. In the 1920s the company began making wire rope for
colliery winding gear.

1934
Brattle & Sons was incorporated as a limited company, with Samuel's grandsons Arthur and Ned
as its first directors.

12 May 1941
An incendiary raid set the Fenside works on fire, destroying the tarring house and most of
the stock. Production moved to a barn at Hollow Farm, and the rebuilt works reopened two years
later.

1986
The company was listed on the Unlisted Securities Market, raising £2.5 million for new
braiding machines.

2004
Brattle was acquired by the Dutch marine group Van Oordt, which brought synthetic fibres and
export markets to Fenside.

2015
A management and employee buy-out took the company back into British hands. Brattle has been
owned by an employee trust since 2015.

Today
About 300 people work at Fenside, making mooring lines for offshore wind farms, rigging for
tall ships and our Brattle 1868 range of traditional hemp rope. We plan to open a rope
recycling line at Fenside in 2026, turning worn mooring lines into new yarn.

Brattle & Sons Ltd · Fenside Ropewalk · Saltmarsh · Registered in England No. 00293411""",
        (
            expect("1868", "founded"),
            expect("1891", "moved"),
            expect("1934", "incorporated"),
            expect("1941-05-12", "fire"),
            expect("1943", "reopen"),
            expect("1986", "listed"),
            expect("2004", "acquired"),
            expect("2015", "buy"),
            expect("2015/..", "trust"),
            expect("2026", "recycling", planned=True),
        ),
    ),
    Text(
        "perihelion-solar-observer",
        "mission summary",
        None,
        """PERIHELION SOLAR OBSERVER (PSO) - MISSION SUMMARY
Document PSO-OPS-0113, issue 4, revised 2 April 2025

Overview
PSO studies the origin of the solar wind from an elliptical orbit that brings it closer to
the Sun than any earlier spacecraft of the agency. Launch mass 1,650 kg; heat shield rated to
1,400 degrees C; ten instruments.

Mission history
PSO was launched on 4 August 2021 at 03:12 UTC on an Ardent-5 rocket from the Saltire Point
spaceport. After a commissioning phase, the spacecraft made its first gravity-assist flyby of
Venus on 19 February 2022, passing 2,130 km above the cloud tops, and it has operated in full
science mode since 1 March 2022. A second Venus flyby followed on 9 January 2023, lowering
perihelion to 0.19 AU.

Anomalies
On 2 October 2023 a star tracker fault put the spacecraft into safe mode. Engineers uploaded a
software patch, and science observations resumed about three weeks later. No data from the
in-situ instruments were lost.

Extended mission
The agency's science programme committee approved an extension of the mission on 14 May 2024,
funding operations for a further five years.

Upcoming milestones
- The closest perihelion of the primary mission, at 0.07 AU, is scheduled for
  24 December 2025.
- A third Venus flyby is expected in June 2026.

Data policy
All PSO data are released to the public archive within 90 days of receipt on the ground.

Contact: PSO Science Operations Centre, pso-soc@agency.example""",
        (
            expect("2021-08-04", "launch"),
            expect("2022-02-19", "flyby"),
            expect("2022-03-01/..", "science"),
            expect("2023-01-09", "flyby"),
            expect("2023-10-02", "safe"),
            expect("2023-10-23~", "resum"),
            expect("2024-05-14", "extension"),
            expect("2025-12-24", "perihelion", planned=True),
            expect("2026-06", "flyby", planned=True),
        ),
    ),
    Text(
        "avian-influenza-dunholt",
        "government statement",
        None,
        """Department for Rural Affairs and Food
Press statement
Published 4 November 2024

Avian influenza confirmed in turkeys near Dunholt

Highly pathogenic avian influenza H5N1 was confirmed in a commercial flock of turkeys near
Dunholt, Wessington, on Friday 1 November. A second case was confirmed on 2 November at a
free-range egg farm near Ashby Marsh, 6 km away.

All 38,000 birds on the two premises were humanely culled on 3 November. A 3 km protection
zone and a 10 km surveillance zone are in place around both farms.

The Chief Veterinary Officer, Dr Fiona Marsh, has ordered all poultry and captive birds in
Wessington and the neighbouring counties to be housed. The housing order takes effect from
00:01 on Thursday 7 November. The previous housing order in the area was lifted on 18 April.

Dr Marsh said: "These are the first cases in Wessington since 2022. Keepers must act now:
house their birds, clean footwear and vehicles, and report any sign of disease straight away.
The risk to the public remains very low."

Dr Marsh will brief the farming unions on Wednesday. The department will review the housing
order no later than 30 November.

Keepers whose birds are culled on our orders are paid compensation under a scheme in place
since 2006, made under the Animal Health Act 1981.

Suspicion of avian influenza must be reported at once to the Animal Health Line on
03000 200 301. Keepers with more than 50 birds must register their flock.

Ends""",
        (
            expect("2024-11-01", "confirm", "turkey"),
            expect("2024-11-02", "second"),
            expect("2024-11-03", "cull"),
            expect("2024-11-07", "housing", planned=True),
            expect("2024-04-18", "lift"),
            expect("2024-11-06", "brief", planned=True),
            expect("../2024-11-30", "review", planned=True),
            expect("2006/..", "scheme"),
        ),
    ),
    Text(
        "tollmere-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tollmere Bridge reopens after 16-month repair | Fenwick Evening Post</title>
<script async src="https://ads.example-cdn.net/tag.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"news"});</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul></nav>
<article>
<h1>Tollmere Bridge reopens after 16-month repair</h1>
<p class="byline">By <a href="/authors/nia-pryce">Nia Pryce</a>, Local Democracy Reporter</p>
<p class="dates"><time datetime="2024-06-12T08:30:00+01:00">12 June 2024, 08:30</time>
&middot; Updated <time datetime="2024-06-12T11:05:00+01:00">11:05</time></p>
<figure><img src="/img/tollmere-1932.jpg" alt="The bridge with horse-drawn carts">
<figcaption>The bridge in 1932, 45 years after it opened. Photo: Fenwick Archive</figcaption>
</figure>
<p>Tollmere Bridge reopened to traffic yesterday, 16 months after engineers shut it because
two of its cast-iron arches had cracked.</p>
<p>The Grade II-listed bridge, built in 1887, was closed in February last year. A survey in
2022 found cracks in the arches, and the contractor Pellow Civils started work in May 2023.
The repair cost &pound;6.4m.</p>
<p>Traffic on the Fenwick bypass was the heaviest since 2019 during the closure, and traders
on Mill Road said they had lost a third of their custom.</p>
<p>Resurfacing of the Mill Road approach will begin on 1 July, and the council said the new
cycle lane across the bridge would open by the end of August. A ceremony with the mayor is
planned for Saturday.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/market-hall-roof">Market hall roof bill rises again</a>
<time datetime="2024-05-28">28 May 2024</time></li>
<li><a href="/news/school-bus-cuts">Parents fight school bus cuts</a>
<time datetime="2024-06-04">4 June 2024</time></li>
</ul></aside>
<footer><p>&copy; 2024 Fenwick Evening Post. All rights reserved.</p></footer>
<script src="/js/comments.min.js" defer></script>
</body>
</html>""",
        (
            expect("2024-06-11", "reopen"),
            expect("1887", "built"),
            expect("2023-02", "clos"),
            expect("2022", "survey"),
            expect("2023-05", "work"),
            expect("2024-07-01", "resurfac", planned=True),
            expect("../2024-08", "cycle", planned=True),
            expect("2024-06-15", "ceremony", planned=True),
        ),
    ),
    Text(
        "ostley-surge-alerts",
        "storm surge service's alerts",
        date(2023, 12, 9),
        """EASTERN COAST SURGE SERVICE
Tidal flood alerts - Ostley Estuary
Latest first

ALERT 3 - SEVERE FLOOD WARNING
Issued: 05:40 GMT Sat 9 Dec

Situation: A Severe Flood Warning was issued at 05:30 today for Ostley Quay and Saltings Road.
A surge of up to 1.4 m is forecast to coincide with this evening's high tide. The surge peak
is expected around 21:40 tonight; water levels could be the highest since 31 January 1953.

Actions:
- The Kessing tidal barrier, completed in 1984, will close at 15:00 today.
- A rest centre will open at Ostley Leisure Centre, Marsh Lane, from 17:00.
- Residents of Saltings Road should move valuables upstairs and be ready to leave.
- A second, smaller surge peak is expected at about 10:05 on Sun 10 Dec.

Next update: by 11:00 today, or sooner if the forecast changes.
Floodline: 0300 555 0147 (24 hours)

ALERT 2 - FLOOD WARNING
Issued: 18:20 GMT Fri 8 Dec

The Flood Alert for the Ostley Estuary was upgraded to a Flood Warning at 18:15 on Fri 8 Dec
as forecasts of the surge increased. Owners of properties on the Quay should fit flood gates
and move cars to higher ground.

ALERT 1 - FLOOD ALERT
Issued: 16:00 GMT Thu 7 Dec

A Flood Alert was issued at 16:00 on Thu 7 Dec for the Ostley Estuary. Strong northerly winds
are forecast over the weekend. Flood alerts are issued for this coast most winters; this is
not a cause for alarm, but stay alert.

Do not walk, drive or swim through flood water. 30 cm of moving water can float a car.""",
        (
            expect("2023-12-09", "severe"),
            expect("2023-12-09", "peak", planned=True),
            expect("1984", "barrier", "complet"),
            expect("2023-12-09", "barrier", "close", planned=True),
            expect("2023-12-09", "rest", planned=True),
            expect("2023-12-10", "peak", planned=True),
            expect("2023-12-08", "upgrad"),
            expect("2023-12-07", "alert"),
        ),
    ),
    Text(
        "kilmory-open-golf",
        "golf tournament report",
        None,
        """KILMORY, Scotland - Sunday, June 8, 2025

Lardner holds her nerve to win the Kilmory Open

By Craig Munro

Ines Lardner of Sweden closed with a six-under-par 66 on Sunday to win the Kilmory Ladies
Open by two strokes, finishing on 13 under after rounds of 70-68-71-66.

The third round was suspended at 4:12 p.m. on Saturday when lightning was detected near the
links, with 18 players still on the course. It was completed early on Sunday morning, and
Lardner, who had been three behind overnight, started the final round one shot off the lead.

She drew level with a birdie at the 14th and went ahead for good when Mae Tanaka of Japan
found a pot bunker at the 17th. Tanaka, who holed a 40-yard bunker shot for an eagle at the
16th, finished alone in second at 11 under.

"I told my caddie on the 15th tee that the wind was our friend today," Lardner said. "When
the rain came I just kept hitting it low."

Lardner, 29, turned professional in 2016 and won her only previous tour event at the
Ravensmoor Classic in April 2019. She played for Europe in the 2023 Halvard Cup and said this
was "the best day of my life on a golf course".

The tournament was first played in 1979. The links were redesigned in 2008 by the architect
Fergus Doig, who added 400 yards and rebuilt all 96 bunkers.

The first prize was $450,000 from a total purse of $3 million. Lardner heads next to the
Western Masters, which starts Thursday at Pinegate.

Leading final scores (par 72):
275 I. Lardner (SWE) 70-68-71-66
277 M. Tanaka (JPN) 69-70-67-71
279 C. Brodie (SCO) 72-68-70-69""",
        (
            expect("2025-06-08", "Lardner"),
            expect("2025-06-07", "suspend"),
            expect("2025-06-08", "round", "complet"),
            expect("2016", "professional"),
            expect("2019-04", "Ravensmoor"),
            expect("1979", "played"),
            expect("2008", "redesign"),
            expect("2025-06-12", "Masters", planned=True),
        ),
    ),
    Text(
        "carrick-spirit-ferry",
        "electric ferry press release",
        None,
        """PRESS RELEASE
19 February 2025

Firthlink's first electric ferry ready for sea trials

Firthlink Ferries Ltd, which has operated the Carrick-Dunmore crossing since 1978, confirmed
today that its first all-electric ferry, MV Carrick Spirit, will begin sea trials in April.

The 74-metre vessel was launched at the Arnholm Marine yard in Rostova on 17 January 2025,
ten months after its keel was laid in March 2024. The contract for two ships was signed in
2023 at a cost of £21 million each, with support from the Green Ports Fund.

The ship's 1,400 kWh battery can be recharged in 12 minutes at each end of the route. On
5 February the shore charging station at Dunmore pier was completed, and a second station at
Carrick will be finished before the ship arrives.

Carrick Spirit carries 150 passengers and 40 cars. It will enter service on the 25-minute
crossing no later than 1 September 2025, replacing the diesel ferry MV Islay Rose, which has
served the route since 1994. Its sister ship, Dunmore Spirit, is expected to follow in spring
2026.

"This is the biggest change on the crossing since the first car ferry," said Firthlink
managing director Kirsty Moodie. "Our passengers will notice the quiet before anything else."

The switch to electric power is expected to cut the crossing's emissions by about 3,000
tonnes of CO2 a year.

ENDS

Notes to editors
Firthlink Ferries carries 600,000 passengers a year on three routes.
Media enquiries: Euan Baird, 0131 496 0072, media@firthlink.example""",
        (
            expect("1978/..", "crossing"),
            expect("2025-04", "trials", planned=True),
            expect("2025-01-17", "launch"),
            expect("2024-03", "keel"),
            expect("2023", "contract"),
            expect("2025-02-05", "charging"),
            expect("../2025-09-01", "service", planned=True),
            expect("1994/..", "Islay"),
        ),
    ),
    Text(
        "harcourt-kalimbo-journal",
        "missionary's journal of the 1850s",
        None,
        """Journal of the Rev. Wm. Harcourt, Kalimbo Station

1853.

Tues. Jan. 4th. - Reached Kalimbo at noon, after eleven days upon the river, & was welcomed
by Mr. Ashby & the people of the station. The station was begun, it is said, in 1838, by the
late Mr. Coles, whose grave is beneath the great fig tree.

Thurs. 6th. - Mr. Ashby, who came out in 1847, shewed me the gardens & the school. 40
scholars, of whom 12 read tolerably. Maize & beans very fine.

Tues. 11th. - Baptised four converts at the river, Mr. A. assisting. A great concourse, &
much singing. Text, Acts viii. 36.

Fri. 14th. - Sent letters to the Committee & to my brother down the river by canoe. The mail
steamer is expected at the coast on the 20th inst., if the bar be passable.

Tues. 25th. - Began the study of the language in earnest with Tomasi, who is patient beyond
praise. Rain all day. Therm. 84 deg.

Feb. 2nd. - Laid the foundation stone of the new chapel, 40 ft. by 22, with a short service.
The people bring reeds for the roof every morning.

Sat. 12th. - Mrs. H. taken with fever on or abt. the 9th & still very low; the quinine nearly
done. I have written for more. The Chief Mosega is to come on Sunday the 20th to hear the
preaching, & I pray he may be moved.""",
        (
            expect("1853-01-04", "Kalimbo"),
            expect("1838?", "station"),
            expect("1853-01-06", "garden"),
            expect("1847", "Ashby"),
            expect("1853-01-11", "baptis"),
            expect("1853-01-14", "letters"),
            expect("1853-01-20", "steamer", planned=True),
            expect("1853-01-25", "language"),
            expect("1853-02-02", "foundation"),
            expect("1853-02-09~", "fever"),
            expect("1853-02-20", "Mosega", planned=True),
        ),
    ),
    Text(
        "wenlow-hedgehog-survey",
        "hedgehog survey",
        None,
        """Wenlow Valley Hedgehog Survey 2023 - Summary Report
Wenlow Valley Wildlife Group | Report issued 15 January 2024

1. Background
The Hogwatch network of volunteer recorders has been operating in the Wenlow Valley since
2015. Hedgehogs emerge from hibernation every year in March or April, and road casualties
usually peak in May, when males roam widely in search of mates.

2. Methods
The 2023 survey ran from 1 May to 31 August 2023. 112 volunteers placed footprint tunnels in
64 gardens and 18 hedgerow sites, and checked each tunnel every five days.

3. Results
- The first hedgehog of the season was recorded on 3 May in a garden in Hatchley.
- Prints were found in 41 of 82 tunnels (50%), the lowest share since 2016.
- 27 road casualties were reported, 11 of them on the B4190 between Hatchley and Orme.
- Volunteers cut 13 cm holes in garden fences at Orchard Close on 12 and 19 June, linking
  23 gardens into one "hedgehog highway".

4. Rescue
The Wenlow Hedgehog Rescue, opened in 2019, took in 58 animals during the year, including
23 underweight juveniles.

5. Next steps
- Records will be submitted to the National Mammal Atlas no later than 31 March 2024.
- The 2024 survey will begin on 1 May 2024. Training evenings for new volunteers are planned
  for 9 and 16 April at Hatchley Village Hall, 7.30pm.

Contact: hogwatch@wenlowwild.example | 01632 960 418
Registered charity no. 1102873""",
        (
            expect("2015/..", "network"),
            expect("2023-05-01/2023-08-31", "survey"),
            expect("2023-05-03", "first"),
            expect("2023-06-12", "fence"),
            expect("2023-06-19", "fence"),
            expect("2019", "rescue"),
            expect("../2024-03-31", "submit", planned=True),
            expect("2024-05-01", "survey", planned=True),
            expect("2024-04-09", "training", planned=True),
            expect("2024-04-16", "training", planned=True),
        ),
    ),
    Text(
        "holmbridge-paper-mill",
        "paper mill's history",
        None,
        """Holmbridge Paper Mill: a short history
From the Holmbridge Mill Museum guidebook

The mill on the River Cray is said to have been built in 1790 by the miller John Tansley,
who ground corn and fulled cloth there before turning to paper. Rags from the towns of the
valley were sorted, boiled and beaten in the mill's vats, and each sheet was made by hand.

The first paper machine, a Fourdrinier bought second-hand from a mill in Kent, was installed
c. 1835. It could make a continuous web of paper five feet wide.

In 1852 the mill was bought by Thomas Greave, whose family ran it for more than a century.
Greave built the chimney and the rag house, which was destroyed by fire in 1871 and rebuilt
the following spring. The mill was converted to electric power in 1903.

Between 1940 and 1945 Holmbridge produced map paper for the War Office, and the women of the
village worked in shifts around the clock. In the 1950s the mill specialised in blotting and
filter papers.

Competition from larger mills took its toll, and the mill closed in 1982 with the loss of
64 jobs. The Holmbridge Mill Trust was formed in 1989 to save the buildings, and the mill
reopened as a museum in 1996.

Today visitors can see the beating engines, the drying lofts and the 1835 machine, which the
museum plans to restore to working order by 2027. Paper is made by hand in the vat room on
the first Sunday of every month.

Holmbridge Mill Museum, Cray Lane, Holmbridge. Open daily 10.00-16.30.
Guidebook text © 2019 Holmbridge Mill Trust""",
        (
            expect("1790?", "built"),
            expect("1835~", "machine"),
            expect("1852", "Greave"),
            expect("1871", "fire"),
            expect("1903", "electric"),
            expect("1940/1945", "map"),
            expect("1982", "closed"),
            expect("1989", "trust"),
            expect("1996", "museum"),
            expect("../2027", "restore", planned=True),
        ),
    ),
    Text(
        "building-safety-statement",
        "housing minister's building safety statement",
        None,
        """Written Ministerial Statement

Building Safety Update

Made on: 14 November 2024
Made by: Rt Hon Claire Ashdown MP, Minister of State for Housing
Statement number: HCWS211

Today I am updating the House on the Government's work to make residential buildings safe.

The fire at Carden House, a 14-storey block in Lessington, on 28 August was a stark reminder
of what is at stake. Nobody died, thanks to the fire brigade's swift response, but 61
households lost their homes. The investigation into the cause is continuing.

The ban on combustible cladding, in force since December 2018, has stopped new buildings from
being clad with dangerous materials. The Cladding Remediation Fund, opened in 2021, has so
far paid for work on 1,720 buildings, and the number of buildings starting work this quarter
is the highest since records began.

Our consultation on medium-rise buildings closed on 3 October and received 2,340 responses. I
can confirm today that the owners of residential buildings between 11 and 18 metres tall
must register them with the regulator no later than 30 June 2025. Under the Building Safety
Act 2022, the Building Safety Regulator will become a standalone body from 1 April 2026.

I will publish a Remediation Acceleration Plan before the end of the year, setting out firm
dates by which every unsafe building must be fixed. I will also meet the Carden House
residents' association on Monday to hear their concerns directly.

Leaseholders should not pay for problems they did not cause. Where developers and freeholders
refuse to act, we will pursue them through the courts.

I commend this statement to the House.""",
        (
            expect("2024-08-28", "fire"),
            expect("2018-12/..", "ban"),
            expect("2021", "fund"),
            expect("2024-10-03", "consultation"),
            expect("../2025-06-30", "register", planned=True),
            expect("2026-04-01", "regulator", planned=True),
            expect("../2024", "acceleration", planned=True),
            expect("2024-11-18", "residents", planned=True),
        ),
    ),
    Text(
        "alpvera-lift-status",
        "ski resort's HTML lift status page",
        date(2025, 2, 1),
        """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lift &amp; piste status | Alpvera Ski Resort</title>
<link rel="stylesheet" href="/css/main.css">
<script src="/js/snow-widget.min.js" defer></script>
<script>var LIFT_FEED = "/api/lifts?resort=alpvera&ts=1738395900";</script>
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/tickets">Lift passes</a> |
<a href="/lifts" class="active">Lift status</a> | <a href="/webcams">Webcams</a></nav>
<main>
<h1>Lift status</h1>
<p class="updated">Last updated 07:45, Sat 1 Feb</p>
<table class="lifts">
<thead><tr><th>Lift</th><th>Type</th><th>Status</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Alpvera Gondola</td><td>10-seat gondola</td><td class="closed">Closed</td>
<td>Cable inspection; the gondola reopens Monday at 08:30</td></tr>
<tr><td>Glacier Express</td><td>4-seat chair</td><td class="closed">Closed</td>
<td>Glacier Express closed since Thursday (high winds)</td></tr>
<tr><td>Sorrel Six</td><td>6-seat chair</td><td class="open">Open</td>
<td>New lift, opened in December 2023</td></tr>
<tr><td>Nursery drag</td><td>Surface lift</td><td class="open">Open</td>
<td>Open 09:00-16:00 daily</td></tr>
</tbody>
</table>
<section class="snow">
<h2>Snow report</h2>
<ul><li>New snow (24 h): 40 cm</li><li>Base depth: 185 cm</li>
<li>Avalanche danger: 3 (considerable)</li></ul>
</section>
<section class="events">
<h2>What's on</h2>
<ul>
<li>Night skiing on the Sorrel run on 7, 14 and 21 February, 18:00-21:00 (lift pass +
EUR 12).</li>
<li>The Kandahar Cup slalom has been moved to Sunday 9 February because of the wind.</li>
<li>Torchlight descent by the ski school every Friday at 17:30.</li>
</ul>
<p>The 2024/25 season is scheduled to close on Sunday 20 April.</p>
</section>
<figure><img src="/img/sorrel-grooming.jpg" alt="">
<figcaption>Grooming on the Sorrel run, January 2024</figcaption></figure>
</main>
<footer>&copy; 2025 Alpvera Bergbahnen AG &middot; Tel. +41 27 555 01 90</footer>
</body>
</html>""",
        (
            expect("2025-02-03", "gondola", planned=True),
            expect("2025-01-30/..", "glacier"),
            expect("2023-12", "opened"),
            expect("2025-02-07", "night", planned=True),
            expect("2025-02-14", "night", planned=True),
            expect("2025-02-21", "night", planned=True),
            expect("2025-02-09", "slalom", planned=True),
            expect("2025-04-20", "season", planned=True),
        ),
    ),
    Text(
        "pelham-conduct-decision",
        "professional conduct panel decision",
        None,
        """NURSING AND CARE STANDARDS COUNCIL
Fitness to Practise Committee - Substantive Hearing

Registrant:        Ms Joanne Pelham
Registration no.:  09C1734E
Case reference:    FTP/2022/0417
Hearing dates:     10-12 September 2024
Decision date:     13 September 2024
Panel:             Mr R. Osei (Chair), Ms L. Grant (Registrant member), Dr P. Hume

DECISION AND REASONS

1. Ms Pelham, aged 46, joined Brookfield Care Home as a registered nurse in 2014. She was
dismissed on 30 June 2022.

2. The charge is that on or about 6 March 2022, on a night shift, she failed to give
prescribed insulin to Resident A and recorded on the medication chart that she had done so.

3. The home referred Ms Pelham to the Council on 19 April 2022. An interim suspension order
was imposed on 2 June 2022 and has been reviewed every six months since.

4. The panel heard the case from 10 to 12 September 2024 under Rule 17 of the Fitness to
Practise Rules 2019. Ms Pelham attended and was represented. The panel heard from two
witnesses and read 214 pages of documents.

5. The panel found the charge proved. Recording a dose that was not given was dishonest, and
Resident A's blood sugar rose to 24.6 mmol/L before the error was found.

6. Sanction. The panel imposes a suspension order of 12 months. The order will take effect on
14 October 2024, unless Ms Pelham appeals. A review hearing will be held before
14 October 2025. Ms Pelham may attend and should bring evidence of further training.

Signed: R. Osei, Chair""",
        (
            expect("2014", "joined"),
            expect("2022-06-30", "dismiss"),
            expect("2022-03-06~", "insulin"),
            expect("2022-04-19", "referr"),
            expect("2022-06-02", "interim"),
            expect("2024-09-10/2024-09-12", "hearing"),
            expect("2024-10-14", "suspension", planned=True),
            expect("../2025-10-14", "review", planned=True),
        ),
    ),
    Text(
        "hale-wheelwrights",
        "wheelwright's history",
        None,
        """Hale & Son, Wheelwrights, Cressbury: A History
Cressbury Local History Society, Occasional Paper No. 14

The wheelwright's shop on Mill Lane is one of the last in the county where wheels are still
made in the old way. Its founder, Josiah Hale (1809-1884), was apprenticed to a wheelwright
in Ledbury, possibly in 1823, and walked to Cressbury to seek work when his time was out.

The business was established circa 1840 in a yard behind the Bell Inn. Josiah appears in the
1851 census as "wheelwright, employing 3 men", and his account books record wheels, carts and
barrows for farms across the Vale.

In 1866 Hale moved the business to larger premises on Mill Lane, and a forge for tyring
wheels was added in 1880. His grandson Walter built wagons until the trade declined; the last
farm wagon wheel was made in 1938, after which the shop turned to repairs, gates and coffins.

The workshop, with its circular tyring platform, was listed Grade II in 1976. Walter's son
Ernest retired in 1991, and the building stood empty for a decade.

Between 2001 and 2003 the Cressbury Heritage Trust restored the building, and it reopened as a
working workshop in 2004. The wheelwright Tom Arden now makes wheels for carriages, museums
and film companies. A wheel of 12 spokes takes him about 120 hours to make.

Further reading: Cressbury Local History Society, Trades of the Vale (1998), pp. 41-57.""",
        (
            expect("1823?", "apprentic"),
            expect("1840~", "establish"),
            expect("1866", "moved"),
            expect("1880", "forge"),
            expect("1938", "wheel"),
            expect("1976", "listed"),
            expect("1991", "retired"),
            expect("2001/2003", "restor"),
            expect("2004", "reopen"),
        ),
    ),
    Text(
        "wexbury-darts-fixtures",
        "darts league's fixtures list",
        date(2024, 9, 30),
        """WEXBURY & DISTRICT DARTS LEAGUE
Winter League 2024/25 - Premier Division Fixtures (weeks 1-2)
Issued Mon 30 Sept by the Fixtures Secretary

NOTES
* Following the AGM held on 2 September at the Royal Oak, the Premier Division has six teams.
* Registration forms and fees (£15 per player) must reach the Secretary no later than Friday
  4 October. Unregistered players may not play.
* All matches start at 8.00pm prompt. Home team provides supper.
* Results to be phoned in by 11pm on match night.

WEEK  DATE         HOME              AWAY
1     Tue 8 Oct    Red Lion A        Plough
1     Tue 8 Oct    Royal Oak         Wheatsheaf
1     Tue 8 Oct    Fox & Hounds      Bell B
2     Tue 15 Oct   Plough            Royal Oak
2     Tue 15 Oct   Wheatsheaf        Fox & Hounds
2     Tue 15 Oct   Bell B            Red Lion A

Weeks 3-10 follow on the next sheet.

CUP DATES
* Singles Knockout final: Sat 7 Dec, British Legion, 7.30pm
* Pairs Knockout final: Sat 14 Dec, British Legion, 7.30pm
* No matches 24 and 31 Dec (Christmas break).
* Presentation night: date TBC.

Fixtures Secretary: Dave Pryor, 07700 900412
Hon. Secretary: Sue Marsh, 07700 900788""",
        (
            expect("2024-09-02", "AGM"),
            expect("../2024-10-04", "registration", planned=True),
            expect("2024-10-08", "lion", "plough", planned=True),
            expect("2024-10-08", "oak", "wheatsheaf", planned=True),
            expect("2024-10-08", "fox", "bell", planned=True),
            expect("2024-10-15", "plough", "oak", planned=True),
            expect("2024-10-15", "wheatsheaf", "fox", planned=True),
            expect("2024-10-15", "bell", "lion", planned=True),
            expect("2024-12-07", "singles", planned=True),
            expect("2024-12-14", "pairs", planned=True),
        ),
    ),
)
