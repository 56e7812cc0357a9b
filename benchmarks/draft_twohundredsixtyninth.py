"""The two-hundred-and-sixty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a shellfish harvesting
closure notice, a dragon boat race report, a charcoal works release, a miller's grinding book
of the 1810s, a grass snake survey, a toy soldier maker's history, a space minister's
statement, a soft play centre's HTML page, a referee misconduct panel decision, a chair caning
history and a pub quiz league's fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early
2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYNINTH_CORPUS",)


TWOHUNDREDSIXTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "quillhaven-refinery-fire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """QUILLHAVEN, March 14 (Calder Press) - A fire that broke out at the Quillhaven refinery
on Wednesday was extinguished early on Thursday, operator Brenmar Energy said, and the plant's
main crude unit will restart on Monday if safety checks allow.

No one was hurt in the blaze, which started in a pump house next to the 180,000
barrel-per-day crude distillation unit, but some 300 workers were evacuated and a column of
smoke was visible from the coast road for hours.

The refinery had only just come back from planned maintenance that kept it shut from Jan. 20
to Feb. 9. Gasoline exports from its jetty are expected to resume around March 24, two
traders familiar with the loading schedule said.

The regional safety inspectorate said its inspection of the damaged section must be completed
by March 31 at the latest, and Brenmar said it would publish a report on the cause of the fire
in April.

Quillhaven, which opened in 1968, is the country's oldest working refinery. Its last serious
fire, in 2017, shut the plant for six weeks.

Diesel margins in the region climbed 11 percent after the fire, their biggest one-day rise
since August 2022, as buyers priced in the loss of supply. Brenmar shares fell 2.3 percent.

"We take every incident seriously and will learn from this one," plant manager Oskar Veldt
said in a statement.

(Reporting by Hanne Brisk; Editing by Tom Calloway)""",
        (
            expect("2025-03-12", "fire", "broke"),
            expect("2025-03-13", "extinguish"),
            expect("2025-03-17", "crude", "restart", planned=True),
            expect("2025-01-20/2025-02-09", "maintenance"),
            expect("2025-03-24~", "gasoline", "export", planned=True),
            expect("../2025-03-31", "inspection", planned=True),
            expect("2025-04", "report", planned=True),
            expect("1968", "opened"),
            expect("2017", "fire"),
        ),
    ),
    Text(
        "halmarq-pell-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halmarq Biosystems completes acquisition of Pell Diagnostics

LYDDEN, England, 2 June 2025 - Halmarq Biosystems plc (LSE: HLMQ), the specialist maker of
laboratory reagents, today announced that it has completed its acquisition of Pell
Diagnostics Ltd, the Norwich-based developer of rapid infection tests.

The agreement to acquire Pell was signed on 14 February 2025 and received clearance from the
Competition and Markets Authority on 20 May. Pell will now operate as a division of Halmarq
under its existing name.

Pell began as a spin-out of the University of Carrow around 2006 and has supplied NHS hospital
laboratories since 2011. Its 180 staff will remain at the Norwich site. Halmarq expects the
integration of the two companies' ordering and distribution systems to be complete by the end
of 2025, and a new production line for Pell's respiratory panel is planned to start in March
2026.

"Pell's tests fit naturally alongside our reagents," said Dr Anya Kessler, Chief Executive of
Halmarq. "Together we can reach more laboratories, faster."

Halmarq will host a conference call for analysts and investors on Thursday, 5 June at 14:00
BST.

About Halmarq Biosystems
Founded in 1994, Halmarq Biosystems develops and manufactures reagents and controls for
clinical and research laboratories in more than 40 countries. The company publishes its annual
results each year in March.

Media contacts: Ruth Ambler, +44 (0)20 7946 0321, press@halmarq.example
Ref: HB/PR/2025/061

(c) 2025 Halmarq Biosystems plc. All rights reserved.""",
        (
            expect("2025-06-02", "complet", "acquisition"),
            expect("2025-02-14", "agreement", "signed"),
            expect("2025-05-20", "clearance"),
            expect("2006~", "spin"),
            expect("2011/..", "suppl"),
            expect("../2025", "integration", planned=True),
            expect("2026-03", "production", "line", planned=True),
            expect("2025-06-05", "call", planned=True),
            expect("1994", "founded"),
        ),
    ),
    Text(
        "marrowfield-tessock-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE PROVINCE OF ESTERMOOR
CIVIL DIVISION

Marrowfield Orchards Ltd v Tessock Haulage Ltd
Appeal No. CA-2023-0117
Judgment delivered: 18 April 2024

Before: Justice Orlov, Justice Pemberton-Hale and Justice Adisa

JUSTICE PEMBERTON-HALE (with whom Justice Orlov and Justice Adisa agree):

1. This is an appeal by the defendant haulier against an order of the Commercial Court
awarding the claimant damages for a consignment of apples spoiled in transit.

2. By a written contract dated 3 March 2019, Tessock agreed to carry the claimant's fruit in
refrigerated trailers to distribution centres in the north of the province. Tessock has held a
heavy goods operator's licence since 2012 and is an experienced carrier of chilled produce.

3. On or about 14 August 2020 a Tessock trailer carrying 22 tonnes of apples arrived at the
Hurlston depot with its refrigeration unit switched off. The consignment was rejected by the
buyer and destroyed.

4. The trial was heard on 4, 5 and 7 October 2022. The judge gave judgment for Marrowfield on
9 December 2022, finding that the driver had turned the unit off to save fuel. Tessock filed
its notice of appeal on 3 January 2023.

5. Tessock's principal ground is that clause 11 of the contract limited its liability to
10,000 pounds per consignment. The judge held that clause 11 does not protect a carrier from
the consequences of a deliberate act of its own driver. In my view she was plainly right to do
so: the clause speaks of loss "howsoever caused in the course of carriage", words apt to cover
accident and mechanical failure, not a decision to switch off the very equipment the contract
required.

6. For these reasons the appeal is dismissed. Tessock shall pay the judgment sum, with
interest, no later than 16 May 2024, together with the claimant's costs of the appeal, to be
assessed if not agreed.""",
        (
            expect("2019-03-03", "contract"),
            expect("2012/..", "licence"),
            expect("2020-08-14~", "trailer", "arrived"),
            expect("2022-10-04", "trial"),
            expect("2022-10-05", "trial"),
            expect("2022-10-07", "trial"),
            expect("2022-12-09", "judgment"),
            expect("2023-01-03", "notice", "appeal"),
            expect("2024-04-18", "appeal", "dismissed"),
            expect("../2024-05-16", "pay", planned=True),
        ),
    ),
    Text(
        "quellbrook-town-history",
        "encyclopedia history",
        None,
        """Quellbrook

Quellbrook is a market town and civil parish in the Harrowdale district, on the north bank of
the River Quell where the old drove road crossed it.

History

The town was founded c. 1140 by the lords of Ashmere, who laid out a broad market place and
burgage plots running down to the river. A stone bridge may have been built in 1217, although
the date rests on a single late chronicle and is doubted by most historians.

Quellbrook received a borough charter from Edward I in 1286. Ashmere Priory, which held much
of the land around the town, was dissolved in 1538 and its estates sold to the Fenwick family.

Most of the town burned in 1402 during a border raid. It was rebuilt the following year,
largely in timber, and several houses of that rebuilding survive in Bridge Street.

Cloth became the town's main trade. From 1760 to 1831 fulling mills operated along the river
below the bridge, until competition from the steam mills of the north closed the last of them.
The railway reached Quellbrook in 1859, and the population more than doubled over the next
forty years.

Since 1974 Quellbrook has been twinned with Saint-Ormel in Normandy. The weekly market is
still held every Thursday, as it has been for more than eight centuries.

See also
- List of market towns in Harrowdale

References
- Harrowdale Record Society, vol. 12 (1988), pp. 41-67.
- Pryor, J. A History of the Quell Valley (2003).""",
        (
            expect("1140~", "founded"),
            expect("1217?", "bridge"),
            expect("1286", "charter"),
            expect("1538", "priory", "dissolved"),
            expect("1402", "burned"),
            expect("1403", "rebuilt"),
            expect("1760/1831", "fulling", "mills"),
            expect("1859", "railway"),
            expect("1974/..", "twinned"),
        ),
    ),
    Text(
        "dunsmarrow-rovers-keldworth",
        "sports report",
        date(2024, 11, 17),
        """Dunsmarrow Rovers 3 Keldworth Town 1

By Callum Tresize

Dunsmarrow Rovers climbed to fourth in the Northern Premier table with a 3-1 win over
Keldworth Town at Ferry Lane on Saturday, their first home league win against Keldworth since
2016.

Jonah Ibe, back in the side after a hamstring injury he suffered on September 28, scored twice
in the first half, and substitute Aaron Pike made sure of the points with a low drive ten
minutes from time. Keldworth's late reply from a corner was no more than a consolation.

Rovers were without captain Lewis Maddow, who served the last game of a three-match ban for the
red card he was shown at Harlow on October 26.

Manager Ellis Krane, who was appointed in June, has now lost only twice in 17 league games.
"The lads ran themselves into the ground," he said. "We defended properly, and that is what
wins you points in this division."

It has been a turbulent few years for the club. Rovers won promotion to the National League
North in 2022 but were relegated the following year, and crowds fell sharply.

Rovers travel to Stainby on Wednesday and host Ormley in the FA Trophy on December 3. Off the
pitch, work on the club's new 4,000-capacity stadium at Millfield is on schedule, and the
stadium is due to open in August 2026.

Dunsmarrow Rovers: Hale; Kerr, Osei, Nunn, Platt; Bright, Dowd (Pike 70), Vance; Ibe, Tully,
Marsh.""",
        (
            expect("2024-11-16", "win", "keldworth"),
            expect("2024-09-28", "injury"),
            expect("2024-10-26", "red", "card"),
            expect("2024-06", "krane", "appointed"),
            expect("2022", "promotion"),
            expect("2023", "relegated"),
            expect("2024-11-20", "stainby", planned=True),
            expect("2024-12-03", "trophy", planned=True),
            expect("2026-08", "stadium", "open", planned=True),
        ),
    ),
    Text(
        "grislade-ropeworks-history",
        "company history",
        None,
        """Grislade & Sons: a short history

Grislade & Sons was founded in 1872 by Amos Grislade, a ropemaker from Hull, in a rented rope
walk beside the Tarrow docks. The business moved to purpose-built works at Saltings Lane in
1889, where a 300-yard covered walk allowed ropes to be laid in any weather.

Amos's sons incorporated the firm as a limited company in 1903. During the First World War,
from 1914 to 1918, the works made towing hawsers and netting for the Admiralty almost without
a break.

Trade fell away in the depression, and in about 1936 the firm was taken over by the Calder
Cordage Company, though the Grislade name was kept on every coil that left Saltings Lane.

After the Second World War the company looked abroad. It opened an export office in Rotterdam
in 1951 and a sales agency in Montreal the following year. Nylon and polyester lines soon
replaced manila and hemp, and the old tarring sheds were pulled down.

Grislade & Sons was listed on the London Stock Exchange on 14 May 1968, when demand from the
North Sea oil fields was beginning to grow.

Since 1999 the company has been owned by the Norwegian marine group Havtau, and today it makes
mooring lines for offshore wind farms as well as yacht rigging. The Saltings Lane rope walk,
now a listed building, is open to visitors on the first Sunday of every month.""",
        (
            expect("1872", "founded"),
            expect("1889", "move", "works"),
            expect("1903", "incorporat"),
            expect("1914/1918", "hawsers"),
            expect("1936~", "taken", "calder"),
            expect("1951", "export"),
            expect("1952", "montreal"),
            expect("1968-05-14", "listed", "exchange"),
            expect("1999/..", "havtau"),
        ),
    ),
    Text(
        "tallimir-lunar-orbiter",
        "mission summary",
        None,
        """TALLIMIR LUNAR ORBITER - MISSION SUMMARY
Document TLO-OPS-0042, Revision C
Prepared by the Tallimir Flight Operations Team, Orvane Space Agency

1. Overview
Tallimir is a small lunar orbiter built to map water ice in the permanently shadowed craters
near the Moon's south pole. The mission was first proposed in 2012 by a group of university
scientists and is operated from the agency's control centre at Brenhill.

2. Mission timeline
- Launch: 22 September 2021, on a Vantor-2 rocket from Essingham Spaceport.
- Lunar flyby: 3 November 2021, used to shed energy before a long low-energy transfer.
- Orbit insertion: the spacecraft entered lunar orbit on 18 June 2023 and released the Pebble
  micro-lander on 30 June. Pebble reached the surface but its signal was never received.
- Science operations: under way since 1 August 2023, with the neutron spectrometer and the
  infrared camera taking data on every orbit.

3. Anomalies
On or about 11 February 2024 one of the four reaction wheels began to show rising friction.
The wheel was switched off and the spacecraft now points with three wheels and its thrusters,
at a small cost in propellant.

4. Status and plans
The orbiter is healthy and has propellant for about three more years. End of mission is
planned for March 2027, and the spacecraft will be deorbited no later than 2028 so that it
leaves no debris in lunar orbit. The public data archive is updated every six months.

Last revised: 2 May 2024 | Distribution: unrestricted""",
        (
            expect("2012", "proposed"),
            expect("2021-09-22", "launch"),
            expect("2021-11-03", "flyby"),
            expect("2023-06-18", "orbit"),
            expect("2023-06-30", "lander"),
            expect("2023-08-01/..", "science", "operations"),
            expect("2024-02-11~", "reaction", "wheel"),
            expect("2027-03", "end", "mission", planned=True),
            expect("../2028", "deorbit", planned=True),
        ),
    ),
    Text(
        "ostrenne-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT - REPUBLIC OF OSTRENNE

Statement by the Minister for Water, Helena Vargo, on drought measures

8 July 2025

Following the driest June in the eastern provinces since 1976, I declared a state of drought
in the provinces of Marl and Eastfold on 1 July. The following day the government released 40
million krone in emergency funding for the water utilities of both provinces.

Bulk transfers of water from the Hessel reservoir to the Eastfold network began on 30 June and
are now running at full capacity. On Friday I visited the Lorne treatment works, where staff
are working around the clock to keep supplies flowing to 300,000 households.

We must all now use less water. A ban on the use of hosepipes and sprinklers will come into
force in both provinces on Friday 11 July. Farmers who irrigate from the rivers will receive
separate guidance from the provincial authorities.

I will meet the chief executives of the five regional water companies on Monday to agree
further steps to cut leakage. The drought measures will be reviewed no later than 31 August.

The last drought order in Eastfold was issued in 2018. To secure supply for the future, the new
reservoir at Callow Moor is due to be completed in 2029.

I thank everyone who is already saving water.

Issued by the Ministry press office. Ref. MWE/2025/118""",
        (
            expect("2025-07-01", "drought", "declared"),
            expect("2025-07-02", "emergency", "funding"),
            expect("2025-06-30", "transfers"),
            expect("2025-07-04", "visit", "lorne"),
            expect("2025-07-11", "hosepipe", planned=True),
            expect("2025-07-14", "meet", planned=True),
            expect("../2025-08-31", "review", planned=True),
            expect("2018", "drought", "order"),
            expect("2029", "reservoir", planned=True),
        ),
    ),
    Text(
        "pellwick-library-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pellwick library to reopen on Saturday after two-year closure | Pellwick Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Pellwick library to reopen on Saturday after two-year closure</h1>
<p class="byline">By <span class="author">Megan Orrell</span> &middot;
<time datetime="2025-04-23T09:15">23 April 2025</time></p>
<p>Pellwick's Carnegie library will reopen its doors on Saturday, more than two years after it
closed in January 2023 when plaster fell from the reading room ceiling.</p>
<p>The borough council approved 1.4 million pounds for repairs on 12 October 2023, after a
petition signed by 6,000 residents.</p>
<p>Work on the roof was finished last month, and the builders have since restored the
reading room's plasterwork and stained glass.</p>
<p>The library was built in 1907 with a grant from the Carnegie trust. A rear extension was
added in 1974 and will now house the children's library. Plans to restore the building were
first drawn up around 2019.</p>
<p>A cafe in the former caretaker's flat should open by June, the council said. The children's
author Tilly Marsh will give a reading on May 10.</p>
<p>Opening hours will be 9am to 5pm, Tuesday to Saturday, as before the closure.</p>
</article>
<footer>
<p>Last updated: <time datetime="2025-04-24">24 April 2025</time></p>
<p>&copy; 2025 Pellwick Courier Ltd. All rights reserved.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-04-26", "reopen", planned=True),
            expect("2023-01", "closed"),
            expect("2023-10-12", "approved"),
            expect("2025-03", "roof"),
            expect("1907", "built"),
            expect("1974", "extension"),
            expect("2019~", "plans"),
            expect("../2025-06", "cafe", planned=True),
            expect("2025-05-10", "reading", planned=True),
        ),
    ),
    Text(
        "skarrow-bay-shellfish-closure",
        "shellfish harvesting closure notice",
        None,
        """SKARROW BAY SHELLFISH HARVESTING AREAS
TEMPORARY CLOSURE NOTICE No. SH-2025-044

Issued by: Coastal Food Safety Unit, Harbour Office, Skarrow
Date of issue: 19 August 2025

AREA AFFECTED: Classified Area 4 (Tollin Sands) - common mussels and Pacific oysters

REASON FOR CLOSURE
Samples of mussels taken from Area 4 on 14 August contained Diarrhetic Shellfish Poisoning
(DSP) toxins above the regulatory limit of 160 micrograms OA eq/kg. A confirmatory sample taken
on 17 August gave a similar result.

ACTION
Area 4 is CLOSED to the harvesting of all bivalve molluscs from 18:00 on 19 August 2025 until
further notice. Harvesters with bags or trestles on Tollin Sands must remove all harvested stock
by 22 August. No shellfish from Area 4 may be placed on the market.

The next sampling round is scheduled for Monday 25 August, and results are expected around
27 August. The area will reopen only after two consecutive clear results from samples taken at
least 7 days apart.

OTHER AREAS
Area 6 (Gorran Pool) has been closed since 30 July because of elevated E. coli counts and
remains closed. Areas 1, 2, 3 and 5 are unaffected and remain open.

For reference, Area 4 was last closed for DSP from 2 to 23 September 2023. Biotoxin monitoring
in Skarrow Bay is carried out every week from April to October.

Signed: R. Haldane, Senior Food Safety Officer

[STAMP: COASTAL FOOD SAFETY UNIT - RECEIVED 19 AUG 2025]""",
        (
            expect("2025-08-14", "samples"),
            expect("2025-08-17", "confirmatory"),
            expect("2025-08-19/..", "closed", "harvesting"),
            expect("../2025-08-22", "remove", planned=True),
            expect("2025-08-25", "sampling", planned=True),
            expect("2025-08-27~", "results", planned=True),
            expect("2025-07-30/..", "gorran"),
            expect("2023-09-02/2023-09-23", "closed"),
        ),
    ),
    Text(
        "lanternmere-dragon-boat-festival",
        "dragon boat race report",
        date(2025, 6, 10),
        """LANTERNMERE DRAGON BOAT CLUB - CLUB NEWS

Red Lanterns take the 500m crown at Lake Orrin

What a weekend! Our open crew, the Red Lanterns, won the 500m Grand Final at the Lake Orrin
Dragon Boat Festival on Sunday in 2:04.31, the fastest winning time at the festival since 2012.

The weekend began with the eye-dotting ceremony on Friday evening, when the festival patron
painted the eyes on all 24 boats to wake the dragons. The Lanterns then won both of their heats
on Saturday, with drummer Mei Lin calling a blistering start in the second.

Sunday's final was close: we led by half a boat at 250m, and held off Caddow Paddlers by 0.8
seconds at the line. Steerer Dan Oakes said the new boat, delivered in April, made all the
difference on the turn of the wind.

A word of history for our newer members: the club was founded around 2011 by six friends with
one borrowed boat. We won our first national title in 2019 and retained it the following year.

Coming up: the crew races next at the Harrowmere Sprints on 28 June, and the National
Championships are on 16-17 August at Caddow Water. Training continues every Tuesday and
Thursday at 6.30pm from the boathouse; new paddlers are always welcome.

Posted by Jo Ferraby, club secretary""",
        (
            expect("2025-06-08", "grand", "final"),
            expect("2025-06-06", "ceremony"),
            expect("2025-06-07", "heats"),
            expect("2025-04", "delivered"),
            expect("2011~", "founded"),
            expect("2019", "title"),
            expect("2020", "retained"),
            expect("2025-06-28", "sprints", planned=True),
            expect("2025-08-16/2025-08-17", "championships", planned=True),
        ),
    ),
    Text(
        "brackenholt-charcoal-kiln",
        "charcoal works release",
        None,
        """NEWS RELEASE
Brackenholt Charcoal Works, Hollin Wood, Fellbridge
3 March 2025

BRACKENHOLT'S NEW RETORT KILN CUTS SMOKE AND DOUBLES BATCHES

Brackenholt Charcoal Works, the Fellbridge maker of British hardwood charcoal for barbecues and
artists, has brought a new retort kiln into service. The kiln was commissioned on 24 February,
and its first batch of lumpwood charcoal went on sale on Saturday.

The 85,000-pound retort, paid for in part by a Forestry Innovation grant awarded in October
2024, burns the wood gases given off during charring instead of releasing them as smoke.

Brackenholt's charcoal gained FSC certification in January, the first from a working coppice
in the county.

The works was established in 1931 by the Thwaite family. Its two old ring kilns, built in about
1962, will be kept for demonstrations. The company has managed the 140-acre Hollin Wood under a
lease from the Fellbridge Estate since 1998, cutting hazel and oak on a 15-year coppice
rotation.

"We aim to double our output by 2027 without felling a single extra tree," said manager Rosie
Thwaite.

The works will hold an open day on Saturday 12 April, with kiln demonstrations and guided
coppice walks.

ENDS

Notes to editors: Brackenholt charcoal is sold in 60 farm shops and garden centres. Images are
available on request. (c) Brackenholt Charcoal Works 2025.""",
        (
            expect("2025-02-24", "commissioned"),
            expect("2025-03-01", "batch", "sale"),
            expect("2024-10", "grant"),
            expect("2025-01", "certification"),
            expect("1931", "established"),
            expect("1962~", "ring", "kilns"),
            expect("1998/..", "lease"),
            expect("../2027", "double", "output", planned=True),
            expect("2025-04-12", "open", "day", planned=True),
        ),
    ),
    Text(
        "ridlowe-holloway-mill-book",
        "miller's grinding book of the 1810s",
        None,
        """GRINDING BOOK - HOLLOWAY MILL, near Ridlowe
kept by Saml. Ridley, Miller

Memdm. This Mill built by my Father Thos. Ridley abt. the year 1779. A new Wheel put in 1806 by
Jno. Ash of Ridlowe.

1813
Dec. 28. Stones dressed by Wm. Hollis. Pd. him 4s. 6d.

1814
Jan. 3. Ground 14 bush. wheat for Jas. Pardew, toll taken in kind.
Jan. 17 to the 24th. Hard frost, ice in the race. Mill stood idle.
Feb. 2. Ground 9 bush. barley for Mrs Cole of Wend Farm. Pd. in money 3s.
Mar. 9. New cog wheel put in by Jno. Ash, carpenter. To pay him 2 pounds 5s.
Apr. 11 (I think, being from home at Ridlowe market). Great flood, the water over the tail
race and into the meal house. Lost 2 sacks of flour.
Wm. Hollis to come again May 2 to dress the Stones.

Memdm. Rent to Mr Lacey due every Lady Day and Michaelmas, 12 pounds the half year.""",
        (
            expect("1779~", "built"),
            expect("1806", "new", "wheel"),
            expect("1813-12-28", "stones", "dressed"),
            expect("1814-01-03", "wheat"),
            expect("1814-01-17/1814-01-24", "idle"),
            expect("1814-02-02", "barley"),
            expect("1814-03-09", "cog"),
            expect("1814-04-11?", "flood"),
            expect("1814-05-02", "hollis", planned=True),
        ),
    ),
    Text(
        "netherwick-fen-grass-snakes",
        "grass snake survey",
        None,
        """NETHERWICK FEN NATURE RESERVE
Grass Snake (Natrix helvetica) Survey 2024 - Summary Report
Report ref. NF/REP/24/09 | Prepared by Anjali Crewe, Reserve Ecologist | Issued 14 November 2024

1. Methods
Forty artificial refugia (squares of roofing felt, 0.5 m2) were laid along the fen margins on
28 March 2024. They were checked weekly, in the morning and in dry weather where possible, and
were lifted on 30 September. The method follows the protocol of the previous survey in 2017, so
that the two years can be compared.

2. Results
The first grass snake of the year was recorded under refugium 17 on 9 April. A total of 63
encounters were logged over the season, with a peak count of 11 animals in a single check, the
highest since monitoring began. Most sightings were along the south ditch and the reed margins.

An egg clutch was found in the volunteers' compost heap on or about 2 July, and hatchlings were
seen around the heap on 3 September.

Table 1. Encounters by month, April to September: 9, 14, 17, 8, 6, 9 (total 63).

3. Site status and management
The fen has been a Site of Special Scientific Interest since 1986. Scrub along the south ditch
will be cleared by the end of February 2025, before the snakes emerge from hibernation, and the
survey will be repeated in 2027 using the same refugia positions.""",
        (
            expect("2024-03-28", "refugia", "laid"),
            expect("2024-09-30", "lifted"),
            expect("2017", "previous", "survey"),
            expect("2024-04-09", "first", "snake"),
            expect("2024-07-02~", "clutch"),
            expect("2024-09-03", "hatchlings"),
            expect("1986/..", "scientific"),
            expect("../2025-02", "scrub", planned=True),
            expect("2027", "survey", "repeated", planned=True),
        ),
    ),
    Text(
        "ambreycoyle-toy-soldiers",
        "toy soldier maker's history",
        None,
        """AMBREY & COYLE, MAKERS OF TOY SOLDIERS: A SHORT HISTORY

The firm of Ambrey & Coyle was founded in 1893 by Walter Ambrey, a brass-founder, and his
brother-in-law Edwin Coyle, in a workshop off Hackett Street in Islington. Its first catalogue
probably appeared in 1897, though no copy of it has ever been found.

The partners began hollow-casting figures in lead alloy from around 1900, pouring the metal
into brass moulds and tipping out the surplus so that each soldier was light and cheap. Boxed
sets of eight infantrymen or five cavalry, in red card boxes with a paper label, became the
firm's trademark.

The Hackett Street factory was destroyed by bombing in 1941, and production resumed at a new
works in Enfield in 1946. Ambrey & Coyle introduced its first plastic figures in 1958 and
stopped making metal soldiers two years later.

The family sold the business in 1976 to the toy group Merriday, which let the name lapse. The
brand was revived in 2004 by the collector Mark Ibbotson, who casts limited runs of
hollow-cast figures from the original moulds in a workshop in Hertford.

The Ambrey & Coyle Collectors' Club has met since 1981 and holds its fair every October.
Early boxed sets now sell for more than their weight in silver.""",
        (
            expect("1893", "founded"),
            expect("1897?", "catalogue"),
            expect("1900~", "hollow"),
            expect("1941", "factory", "destroyed"),
            expect("1946", "production", "resum"),
            expect("1958", "plastic"),
            expect("1960", "metal"),
            expect("1976", "sold"),
            expect("2004", "revived"),
            expect("1981/..", "club"),
        ),
    ),
    Text(
        "vestmark-space-minister",
        "space minister's statement",
        None,
        """MINISTRY OF TRADE, INDUSTRY AND SPACE - KINGDOM OF VESTMARK
Statement by the Minister for Space, Dr Ilse Brandvold
22 January 2025

This week marks an important step for Vestmark in space. On 20 January the Civil Aviation and
Space Authority granted a launch site licence to Skarnes Spaceport on the island of Hovde. The
first orbital launch from Skarnes is scheduled for September 2026.

Vestmark has been a full member of the European Space Agency since 2019, and our own national
space agency, VESA, was founded in 2010. Our national space strategy, published on 14 March
2023, set the goal of launching from our own soil before the end of this decade.

We have already shown what our industry can do. Our first national Earth observation satellite,
Nordlys-1, was launched on 2 November 2024 and began operations on 19 December, weeks ahead of
schedule. Its images are already helping fishermen and forest managers.

Investment in the space sector has grown every year since 2015, and the sector now employs more
than 4,000 people.

The government will publish a review of space regulation by the end of June. On Thursday I will
travel to Paris for a meeting of the ESA Council, where I will set out Vestmark's plans.

Press contact: Ministry press office, +47 00 00 00 00""",
        (
            expect("2025-01-20", "licence"),
            expect("2026-09", "orbital", planned=True),
            expect("2019/..", "member"),
            expect("2010", "founded"),
            expect("2023-03-14", "strategy"),
            expect("2024-11-02", "nordlys", "launch"),
            expect("2024-12-19", "operations"),
            expect("../2025-06", "review", planned=True),
            expect("2025-01-23", "paris", planned=True),
        ),
    ),
    Text(
        "wobbleton-soft-play-news",
        "soft play centre HTML page",
        date(2025, 2, 12),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News &amp; Opening Times | Wobbleton Soft Play</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/parties">Parties</a> | <a href="/prices">Prices</a></nav>
<main>
<h1>What's new at Wobbleton</h1>
<section>
<h2>We're open again!</h2>
<p>Thank you for your patience while we were closed for our big refurbishment from 6 January
to 31 January. We reopened on Saturday 1 February with a brand-new toddler zone and a bigger
cafe.</p>
<p>The ball pit was closed on Tuesday for repairs to its netting and will reopen as soon as the
new net arrives.</p>
</section>
<section>
<h2>Coming up</h2>
<ul>
<li><strong>This Friday</strong>: closed all day for staff first-aid training.</li>
<li><strong>Half-term</strong>: extended opening, 9am to 7pm, from 15 to 23 February.</li>
<li>Party bookings for April open on 1 March.</li>
<li>Our new three-level climbing frame is due to arrive around 20 March.</li>
</ul>
</section>
<section>
<h2>About us</h2>
<p>Wobbleton opened in 2016 in the old Carver's bakery warehouse and has been run by the Hollins
family since March 2024. Toddler mornings are every Monday and Wednesday, 9.30 to 11.30.</p>
</section>
</main>
<footer>
<p>Wobbleton Soft Play, Unit 4, Mill Yard, Wobbleton &middot; Tel 01632 960442</p>
<p>&copy; 2016&ndash;2025 Wobbleton Play Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-06/2025-01-31", "refurbishment"),
            expect("2025-02-01", "reopened"),
            expect("2025-02-11", "ball", "pit"),
            expect("2025-02-14", "training", planned=True),
            expect("2025-02-15/2025-02-23", "extended", planned=True),
            expect("2025-03-01", "party", "bookings", planned=True),
            expect("2025-03-20~", "climbing", "frame", planned=True),
            expect("2016", "opened"),
            expect("2024-03/..", "hollins"),
        ),
    ),
    Text(
        "carrowdene-referee-panel",
        "referee misconduct panel decision",
        None,
        """CARROWDENE COUNTY FOOTBALL ASSOCIATION
REFEREE MISCONDUCT PANEL - DECISION AND WRITTEN REASONS

Case ref: CCFA/RMP/2025/006
Referee: Mr Dale Fenwright (FAN 2290714)
Date of decision: 10 April 2025
Panel: Mrs J. Okafor (Chair), Mr P. Lusk, Mr T. Radley

1. Mr Fenwright is a Level 5 referee who has been registered with the Association since 2009.

2. On 15 March 2025 Mr Fenwright refereed the Carrowdene Sunday League Division One match
between Hatton Vale FC and Strelling Arms FC. After the final whistle he is alleged to have
used abusive language towards the Hatton Vale club secretary, Mrs Pauline Oyelaran.

3. Mrs Oyelaran reported the incident to the Association on 17 March. On or about 20 March Mr
Fenwright posted comments about the club on social media, which he later deleted.

4. Mr Fenwright was charged under Rule E3 on 21 March and denied the charge. The Panel heard
the case by video link on 8 April and found the charge proven on the balance of probability.

5. Previous record: on 3 November 2022 Mr Fenwright received a written warning for the late
submission of match reports.

6. Sanction: Mr Fenwright is suspended from all refereeing activity for 56 days with effect
from 14 April 2025 and is fined 75 pounds, which must be paid no later than 30 April 2025. He
must complete the Association's online respect course before he is next appointed to a match.

7. Mr Fenwright may appeal within 7 days of receiving these reasons.

Signed: J. Okafor, Chair""",
        (
            expect("2009/..", "registered"),
            expect("2025-03-15", "match"),
            expect("2025-03-17", "reported"),
            expect("2025-03-20~", "posted"),
            expect("2025-03-21", "charged"),
            expect("2025-04-08", "heard"),
            expect("2022-11-03", "warning"),
            expect("2025-04-14", "suspended", planned=True),
            expect("../2025-04-30", "paid", planned=True),
        ),
    ),
    Text(
        "sedgemoth-chair-caning",
        "chair caning history",
        None,
        """Chair caning in Sedgemoth: a history

Cane seating, woven from strips of rattan imported from the East Indies, reached Sedgemoth with
the London furniture trade around 1665. The earliest caned chair known in the town, a
high-backed armchair now in the Guildhall, is dated by its maker's mark to 1688.

By 1790 Sedgemoth had four chair-makers, each employing caners, many of them women and children
working at home for a few pence a seat.

In 1851 the Sedgemoth School for the Blind began teaching cane seating, and its pupils recaned
chairs for half the county for the next seventy years. The school's workshop closed in 1921.

Machine-woven sheet cane, which is pressed into a groove rather than threaded through drilled
holes, was probably first sold in the town in 1889, although the advertisement that records it
is undated and the year is uncertain. The Sedgemoth Guild of Caners was founded in 1898 to
protect the hand-woven trade.

A revival began in 1967, when the Technical College started evening classes in seat weaving.
The Sedgemoth Seat Weavers have met in the old school hall since 1990 and recane some 300
chairs a year, charging by the number of holes in the seat.

Further reading: M. Dunmore, Rush and Cane in the Marshland Towns (1994).""",
        (
            expect("1665~", "cane", "reached"),
            expect("1688", "armchair"),
            expect("../1790", "chair"),
            expect("1851", "teaching"),
            expect("1921", "closed"),
            expect("1889?", "sheet", "cane"),
            expect("1898", "guild"),
            expect("1967", "revival"),
            expect("1990/..", "seat", "weavers"),
        ),
    ),
    Text(
        "tumblegate-quiz-league-card",
        "pub quiz league fixtures card",
        date(2025, 9, 1),
        """TUMBLEGATE & DISTRICT PUB QUIZ LEAGUE
FIXTURES CARD - SEASON 2025/26 - DIVISION ONE

All matches Tuesdays, 8.30pm start. Home team supplies the question master and the sandwiches.

Date        | Event                  | Venue
------------+------------------------+--------------------------------
Tue 16 Sep  | Opening night          | Plough v Red Lion; Crown v Wheatsheaf
Tue 30 Sep  | Round 2                | Red Lion v Crown; Wheatsheaf v Plough
Tue 14 Oct  | Knockout Cup           | Draw made at the AGM
Tue 11 Nov  | Charity Quiz Night     | Crown (all teams)
Tue 13 Jan  | League resumes         | Plough v Crown; Red Lion v Wheatsheaf
Tue 24 Mar  | Finals Night           | Cup final and presentations, Tumblegate Social Club

NOTES
1. Team entry fees (40 pounds) must be paid to the treasurer by 10 September.
2. Results to the fixtures secretary by noon on the Thursday after each match.
3. The AGM held on 2 July 2025 agreed to add a picture round to every league match.
4. The League was founded in 1987 and now has 14 teams in two divisions.

Fixtures secretary: Gail Pruett, 07700 900318
Printed by Dray Print, Tumblegate""",
        (
            expect("2025-09-16", "opening", "night", planned=True),
            expect("2025-09-30", "round", planned=True),
            expect("2025-10-14", "cup", planned=True),
            expect("2025-11-11", "charity", planned=True),
            expect("2026-01-13", "resum", planned=True),
            expect("2026-03-24", "finals", planned=True),
            expect("../2025-09-10", "fees", planned=True),
            expect("2025-07-02", "agm"),
            expect("1987", "founded"),
        ),
    ),
)
