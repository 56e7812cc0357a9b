"""The hundred-and-seventy-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
tsunami watch bulletin, a table tennis open report, a wind turbine blade factory release, a
nurse's war diary of the 1940s, a bat roost survey report, a spa town pump room's history, an
interior ministry census statement, a public library HTML closures page, a rent tribunal
decision, a silversmith's history and a scout group's logbook. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, a decade,
"early in the new century", "soon afterwards") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYFIRST_CORPUS",)


HUNDREDSEVENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "port-eldren-silo-collapse",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PORT ELDREN, March 14 (Northline News) - Investigators are examining the wreckage of
a grain silo that collapsed at Port Eldren's river terminal on Wednesday, injuring two workers
and spilling some 18,000 tonnes of wheat across the quay.

The silo had passed a structural inspection on February 3, the terminal's operator, Eldren
Grain Handling, said in a statement, adding that it was cooperating fully with the regional
safety authority.

The authority said it would publish a preliminary report by April 30. A public hearing on
the collapse is scheduled for Tuesday at the town hall, where residents are expected to
raise concerns about dust.

The terminal's second silo, which was emptied as a precaution, will reopen on March 24 if
engineers approve it, the company said. Its staff check the level sensors in both silos
every Thursday.

"We need to know why a structure that was checked six weeks ago simply gave way," said
Councillor Hanna Lisowski, who chairs the port committee.

The concrete silo was built in about 1962. Eldren Grain Handling, a cooperative owned by 140
farmers, has run the terminal since 1989. It was the most serious accident at the port since
2004.

The two injured workers were treated in hospital and released.

(Reporting by Piet Anselm; Editing by Corinne Vale)""",
        (
            expect("2025-03-12", "silo", "collapse"),
            expect("2025-02-03", "inspection"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-03-18", "hearing", planned=True),
            expect("2025-03-24", "silo", "reopen", planned=True),
            expect("1962~", "silo", "built"),
            expect("1989/..", "terminal"),
        ),
    ),
    Text(
        "tessary-orvane-acquisition",
        "press release",
        date(2025, 6, 2),
        """Tessary Biofoods completes acquisition of Orvane Dairy Alternatives

LYON, France, 2 June 2025 /Agrinews Wire/ -- Tessary Biofoods SA, a maker of plant-based
cheeses and spreads, today announced that it has completed its acquisition of Orvane Dairy
Alternatives, the Ghent-based oat drink producer, for EUR 86 million.

The agreement was first announced on 14 February and received clearance from the
competition authorities on 21 May.

"Orvane brings us the oat expertise we have been looking for," said Claire Dumoulin, chief
executive of Tessary. "Together we can reach shoppers in eleven countries."

Orvane, which has supplied oat bases to Tessary since 2016, will keep its brand and its
plant in Ghent. The integration of the two companies' sales teams is to be completed no
later than 31 December 2025, and the first co-branded products will reach supermarket
shelves in September.

About Tessary Biofoods
Founded in 2011 and headquartered in Lyon, Tessary Biofoods employs 640 people at three
sites certified to ISO 22000. Its products are sold in 4,800 stores across Europe.

About Orvane Dairy Alternatives
Orvane was established in 2014 by the brothers Pieter and Joris Vanmeer and produces 38
million litres of oat drink a year.

Media contact: Elise Marchand, +33 4 72 10 20 30, press@tessary.example

SOURCE Tessary Biofoods SA""",
        (
            expect("2025-06-02", "acquisition"),
            expect("2025-02-14", "agreement"),
            expect("2025-05-21", "clearance"),
            expect("2016/..", "suppl"),
            expect("../2025-12-31", "integration", planned=True),
            expect("2025-09", "product", planned=True),
            expect("2011", "tessary", "found"),
            expect("2014", "orvane", "establish"),
        ),
    ),
    Text(
        "whitcombe-v-fenwick",
        "court opinion",
        None,
        """UNITED STATES DISTRICT COURT
DISTRICT OF NORTH CALDER

DANA WHITCOMBE, Plaintiff,
v.
FENWICK HOME STORES, INC., Defendant.

Case No. 2:23-cv-01187-RMT

MEMORANDUM OPINION AND ORDER DENYING DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

I. BACKGROUND

On or about March 3, 2021, Plaintiff Dana Whitcombe slipped on a wet floor near the garden
center entrance of Defendant's store in Lake Orrin. She fractured her left wrist and
underwent surgery in May 2021. Defendant occupies the premises under a lease that has been
in effect since January 1, 2019; the floor in that area had been resurfaced in 2018 by the
landlord.

Plaintiff filed this action on February 28, 2023, asserting negligence under state law.
Plaintiff's flooring expert, Dr. Kwame Aldous, examined the site in about April 2023 and
measured a wet coefficient of friction of 0.31. Defendant moved for summary judgment on
August 14, 2023. The Court heard argument on October 22, 2024.

II. LEGAL STANDARD

Summary judgment is appropriate where "there is no genuine dispute as to any material fact
and the movant is entitled to judgment as a matter of law." Fed. R. Civ. P. 56(a).

III. DISCUSSION

Defendant argues that it had no notice of the water. But its own incident log shows that
staff mopped the entrance every hour on rainy days, and a store manager testified that the
entrance mat had been missing for "a couple of weeks." A reasonable jury could find that
Defendant knew or should have known of the hazard.

IV. CONCLUSION

Defendant's Motion for Summary Judgment (ECF No. 42) is DENIED. Trial remains set for
June 9, 2025.

IT IS SO ORDERED.

Dated: November 12, 2024

/s/ Rosa M. Trevino
United States District Judge""",
        (
            expect("2021-03-03~", "slip"),
            expect("2021-05", "surgery"),
            expect("2019-01-01/..", "lease"),
            expect("2018", "resurfac"),
            expect("2023-02-28", "action"),
            expect("2023-04~", "expert"),
            expect("2023-08-14", "summary", "judgment"),
            expect("2024-10-22", "argument"),
            expect("2024-11-12", "deni"),
            expect("2025-06-09", "trial", planned=True),
        ),
    ),
    Text(
        "kestrinburg-history",
        "encyclopedia history",
        None,
        """Kestrinburg

Kestrinburg is a market town in the Vellen district, on the left bank of the river Aske.
Its population is about 14,800.

History

The settlement is first recorded in a charter of c. 1140, in which the counts of Aske
granted its mill to the abbey of Saint Odile. Kestrinburg received market rights in 1287
and was walled soon afterwards. Much of the town burned in 1402 and again in 1417; the
second fire destroyed the parish church, which was rebuilt over the following decades.

The abbey of Saint Odile was dissolved in about 1540 and its lands were sold to the town.
The town hall on the market square is traditionally dated to 1563, although some
historians place it a decade later on the evidence of its carved doorway.

After the Thirty Years' War Kestrinburg was ceded to the Duchy of Vellen in 1648. The duchy
was dissolved in 1806, and the town passed to the kingdom.

Industrialisation came late. The railway from Marrow reached Kestrinburg in 1871, and a
linen mill employing some 600 workers opened beside the station soon afterwards. The
population, which had barely changed since the Middle Ages, doubled within a generation.

From 1924 onwards the town has been the seat of the Vellen district administration. Its
population has changed little since the 1970s.

Landmarks

The five-arched Aske bridge, the town hall and the remains of the medieval wall, including
the Marrow Gate, are protected monuments.""",
        (
            expect("1140~", "charter"),
            expect("1287", "market", "rights"),
            expect("1402", "burn"),
            expect("1417", "burn"),
            expect("1540~", "abbey", "dissolv"),
            expect("1563?", "town", "hall"),
            expect("1648", "cede"),
            expect("1806", "duchy", "dissolv"),
            expect("1871", "railway"),
            expect("1924/..", "seat"),
        ),
    ),
    Text(
        "rovers-win-at-calder",
        "sports report",
        date(2025, 4, 13),
        """Rovers extend unbeaten run with win at Calder Park
By Niamh Corless | Sunday 13 April 2025

Ashworth Rovers 3 Calder Town 1

Ashworth Rovers moved to within two points of the top of the Northern League on Saturday,
coming from behind to beat Calder Town 3-1 at Calder Park.

Calder led through a Mattie Ross header after 12 minutes, but Jonas Mbeki levelled before
the break and added a second from the penalty spot on 67 minutes. Substitute Ike Farrant
sealed it in stoppage time.

Mbeki, who joined from Hallam City in January, now has nine goals in eleven games. He also
scored twice on March 29 against Dunbridge.

Rovers have been unbeaten since February 8, when they lost 2-0 at home to Wexcombe.

Rovers host Ashby Athletic on Wednesday night. The league's final round is scheduled for
May 17.

Manager Ellis Crane, appointed in October 2022, said: "The lads never stop running. We
train for these moments every Tuesday and Thursday, and it showed."

It was Rovers' first league win at Calder Park since 2009.

Calder Town: Hewitt; Oyelaran, Stott, Ross, Pemberton; Lyle (Cass 70), Deane, Abara;
Kovac, Tilley, Munro.
Ashworth Rovers: Quinlan; Dyer, Holm, Asante, Reid; Nkemelu, Bright, Sumner (I. Farrant
75); Lowe, Mbeki, Oduya.
Attendance: 6,214.""",
        (
            expect("2025-04-12", "rovers", "calder"),
            expect("2025-01", "mbeki", "join"),
            expect("2025-03-29", "dunbridge"),
            expect("2025-02-08/..", "unbeaten"),
            expect("2025-02-08", "wexcombe"),
            expect("2025-04-16", "ashby", planned=True),
            expect("2025-05-17", "final", "round", planned=True),
            expect("2022-10", "crane", "appoint"),
        ),
    ),
    Text(
        "hollin-vance-history",
        "company history",
        None,
        """Our history | Hollin & Vance Ropeworks

A rope walk on the river
Thomas Hollin and his brother-in-law George Vance founded the company in 1887 in a
400-yard rope walk beside the river Wend at Coldharbour. Their first customers were the
herring fleets of the east coast.

The move to Dunmere
Demand soon outgrew the rope walk, and early in the new century the firm moved to a
purpose-built mill at Dunmere, where it still stands today. From 1914 to 1918 the mill
supplied mooring lines and netting to the Admiralty, working three shifts a day.

Going abroad
The company opened sales offices in Rotterdam in 1952, in Hamburg in 1958 and in Oslo in
1961. By then nearly half of its ropes were sold overseas. The Oslo office closed in about
1990, when Norwegian customers began to order directly from Dunmere.

New owners
Hollin & Vance was listed on the London stock exchange in 1972 and was acquired by the
Bramwell Group the following year. It remains Bramwell's only rope business.

Today
Since 2015 the company has made all of its mooring ropes from recycled fibre, much of it
recovered from old fishing nets. Every year the team walks the length of the original
rope walk on Founders' Day.

A new plant beside the Dunmere mill, planned to open in 2026, will double the capacity for
synthetic ropes and create 45 jobs.

Contact us | Careers | Hollin & Vance Ropeworks Ltd, company no. 00019876""",
        (
            expect("1887", "found"),
            expect("1914/1918", "admiralty"),
            expect("1952", "office", "rotterdam"),
            expect("1958", "office", "hamburg"),
            expect("1961", "office", "oslo"),
            expect("1990~", "oslo", "clos"),
            expect("1972", "list"),
            expect("1973", "bramwell"),
            expect("2015/..", "recycled"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "orrery-2-mission-summary",
        "mission summary (space)",
        None,
        """ORRERY-2 LUNAR MISSION - MISSION SUMMARY
Agency: Meridian Space Agency (MSA) | COSPAR ID: 2022-118A | Launch mass: 1,450 kg

Overview
Orrery-2 is the agency's second lunar mission, made up of an orbiter and the small lander
Tessel. It was launched on 14 September 2022 aboard a Kestrel-4 rocket from the Aramis
Point launch site.

Cruise and landing
After an 18-day cruise the spacecraft entered lunar orbit on 2 October. The lander
separated from the orbiter about five days later and touched down in Mare Serenitatis on
9 October, the agency's first soft landing. Tessel returned images and seismic data until
contact was lost on 23 November, at the onset of the lunar night.

Orbiter operations
Since January 2023 the orbiter has operated in a 100 km polar mapping orbit, imaging the
surface at up to 0.5 m resolution. The camera team releases a new mosaic every month. The
mission was extended in 2024, with a second extension under review.

End of mission
To avoid leaving debris in a useful orbit, the orbiter will be deliberately crashed onto
the far side no later than March 2026.

Instruments: OMC narrow-angle camera, LRS radar sounder, TSX seismometer (lander).

Last updated: 20 January 2025""",
        (
            expect("2022-09-14", "launch"),
            expect("2022-10-02", "lunar", "orbit"),
            expect("2022-10-07~", "separat"),
            expect("2022-10-09", "touch"),
            expect("2022-11-23", "contact"),
            expect("2023-01/..", "mapping", "orbit"),
            expect("2024", "extend"),
            expect("../2026-03", "crash", planned=True),
        ),
    ),
    Text(
        "harrow-bridge-statement",
        "government statement",
        date(2024, 11, 7),
        """Ministry of Transport and Infrastructure
Statement on the Harrow Estuary Bridge
Published 7 November 2024

This statement sets out the Government's response to the structural problems found on the
Harrow Estuary Bridge.

Cracks in two of the bridge's steel hangers were found during a routine inspection on
17 October. As a precaution, the bridge was closed to heavy goods vehicles on 21 October,
and a 20 mph limit was imposed on all other traffic.

The bridge, opened in 1967, carries some 31,000 vehicles a day. Bridges of its size are
inspected every spring under the Roads Act 1980.

Repairs will take place from 2 December 2024 to 28 February 2025, funded by a £14 million
grant from the Ministry. The estuary councils must submit their diversion plans by
31 January.

The Minister of State for Roads will visit the site on Monday to meet hauliers and local
businesses.

"This is the first closure of a major estuary crossing to lorries since 2011, and we
understand the disruption it causes," the Minister said. "Safety must come first."

Enquiries: 0300 330 3000 | Press office reference PR-2024-311""",
        (
            expect("2024-10-17", "crack"),
            expect("2024-10-21", "clos"),
            expect("1967", "open"),
            expect("2024-12-02/2025-02-28", "repair", planned=True),
            expect("../2025-01-31", "diversion", planned=True),
            expect("2024-11-11", "visit", planned=True),
        ),
    ),
    Text(
        "vale-museum-reopens-html",
        "HTML news page",
        date(2025, 9, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harlow Vale Museum reopens after makeover | Vale Gazette</title>
<meta name="description" content="The museum in the old corn exchange is open again.">
</head>
<body>
<header><a href="/">Vale Gazette</a> &rsaquo; <a href="/news">News</a></header>
<article>
<h1>Harlow Vale Museum reopens after makeover</h1>
<p class="byline">By Oren Castell &middot;
<time datetime="2025-09-18T07:30">18 September 2025</time></p>
<p>The Harlow Vale Museum reopened to the public on Tuesday after a &pound;3.2 million
refurbishment that kept its doors shut for two and a half years.</p>
<p>The new caf&eacute; on the ground floor will open on 4 October, and a children's gallery
is due to follow in spring.</p>
<p>The final phase of work, on the roof, is to be finished no later than 15 December, the
council said.</p>
<p>"People have waited a long time," said curator Imelda Ruiz. "We have put 1,200 objects
back on display, including the Harlow hoard."</p>
<p>The museum closed in March 2023 so that builders could replace the heating, repair the
floors and add a lift. The building, a former corn exchange built around 1858, became the
town museum in 1931.</p>
<p>The museum is open Tuesday to Sunday, 10am to 5pm, and admission remains free.</p>
</article>
<footer>&copy; 2025 Vale Gazette &middot; <a href="/contact">Contact</a></footer>
</body>
</html>""",
        (
            expect("2025-09-16", "reopen"),
            expect("2025-10-04", "caf", planned=True),
            expect("../2025-12-15", "roof", planned=True),
            expect("2023-03", "clos"),
            expect("1858~", "corn", "exchange"),
            expect("1931", "museum"),
        ),
    ),
    Text(
        "coral-sea-tsunami-watch",
        "tsunami watch bulletin",
        None,
        """TSUNAMI WATCH BULLETIN NUMBER 002
SOUTH CORAL SEA TSUNAMI WARNING CENTRE
ISSUED AT 0412 UTC SATURDAY 08 NOVEMBER 2025

...THE TSUNAMI WATCH FOR PORT SELWYN AND THE KARO ISLANDS REMAINS IN EFFECT...

EVALUATION
AN EARTHQUAKE OF PRELIMINARY MAGNITUDE 7.4 OCCURRED AT 0351 UTC ON 08 NOVEMBER 2025
NEAR THE TRENCH SOUTH OF THE KARO ISLANDS.
  LATITUDE   17.9 SOUTH
  LONGITUDE 168.2 EAST
  DEPTH      24 KM

A MAGNITUDE 5.9 AFTERSHOCK WAS RECORDED AT 0402 UTC. SEA LEVEL READINGS CONFIRM THAT A
TSUNAMI WAS GENERATED. THE TIDE GAUGE AT LUMA REEF MEASURED A WAVE OF 0.4 METRES AT
0405 UTC.

FORECAST
THE FIRST WAVES ARE FORECAST TO REACH PORT SELWYN AT 0630 UTC 08 NOV AND KARO NORTH AT
0915 UTC 08 NOV. WAVES OF 0.5 TO 1.5 METRES ABOVE THE TIDE LEVEL ARE POSSIBLE.

HISTORICAL CONTEXT
AN EARTHQUAKE IN THIS REGION ON 14 JUNE 1978 GENERATED A TSUNAMI OF 2.1 METRES AT PORT
SELWYN. HISTORICAL RECORDS INDICATE THAT A DESTRUCTIVE TSUNAMI STRUCK THE KARO ISLANDS IN
ABOUT 1889. THE LUMA REEF GAUGE WAS INSTALLED IN 2019.

RECOMMENDED ACTIONS
PERSONS ON BEACHES AND IN LOW-LYING COASTAL AREAS SHOULD MOVE INLAND OR TO HIGHER GROUND.
BOATS IN HARBOURS SHOULD PUT TO SEA IF IT IS SAFE TO DO SO. LOCAL AUTHORITIES SHOULD
FOLLOW THEIR EMERGENCY PLANS.

THE NEXT BULLETIN WILL BE ISSUED AT 0500 UTC OR SOONER IF THE SITUATION CHANGES.

$$""",
        (
            expect("2025-11-08", "earthquake"),
            expect("2025-11-08", "aftershock"),
            expect("2025-11-08", "wave", "measur"),
            expect("2025-11-08", "selwyn", planned=True),
            expect("2025-11-08", "karo", "north", planned=True),
            expect("1978-06-14", "tsunami"),
            expect("1889~", "tsunami", "karo"),
            expect("2019", "gauge", "install"),
        ),
    ),
    Text(
        "marlow-open-table-tennis",
        "table tennis open report",
        date(2025, 7, 21),
        """Sato keeps her nerve to take Marlow Open crown
Table tennis | Monday 21 July 2025 | By Greta Hallam

Aiko Sato won the women's singles title at the Marlow Open on Sunday, beating the top
seed, Veronika Dusek, 11-7, 9-11, 11-4, 11-8 in the final at the Riverside Arena.

The tournament, which ran from 15 to 20 July, drew 312 players from 27 countries, a record
for the event.

In the men's final, played on Saturday evening, Lin Hao of Singapore beat the home
favourite Callum Reyes in five games, taking the decider 11-9.

Both champions are expected to compete at the Continental Cup in Rennes from 2 to 5
October.

Sato, 27, turned professional in 2016 and had already won the Marlow title in 2019, 2022
and 2023. She has been coached by her compatriot Kenji Mori since 2020 and practises her
backhand flick for an hour every morning. "The crowd here always lifts me," she said.

At 74 minutes, the men's final was the longest at the Marlow Open since 2008.

Results
Women's singles, final: A. Sato (JPN) bt V. Dusek (CZE) 3-1
Men's singles, final: Lin Hao (SGP) bt C. Reyes (ENG) 3-2
Women's doubles, final: Dusek/Novak (CZE) bt Arendt/Keller (GER) 3-0""",
        (
            expect("2025-07-20", "sato"),
            expect("2025-07-15/2025-07-20", "tournament"),
            expect("2025-07-19", "hao"),
            expect("2025-10-02/2025-10-05", "continental", "cup", planned=True),
            expect("2016", "professional"),
            expect("2019", "sato"),
            expect("2022", "sato"),
            expect("2023", "sato"),
            expect("2020/..", "coach"),
        ),
    ),
    Text(
        "skelby-blade-factory-expansion",
        "wind turbine blade factory release",
        date(2025, 3, 3),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Northwind Composites to double blade output at Skelby

SKELBY, 3 March 2025 - Northwind Composites today announced a £120 million expansion of its
wind turbine blade factory on the Skelby docks, which will add a second production hall and
create about 400 jobs.

The factory produced its 1,000th blade in January, three months ahead of plan.

Hiring of the first 150 technicians will begin on 1 September, and construction of the new
hall is scheduled to start in June. The first 115-metre blades for 15 MW offshore turbines
are expected to leave the hall no later than December 2026.

"Skelby has shown that this country can build the biggest components of the energy
transition," said chief executive Rhona Galbraith. "This investment secures that future
for another generation."

The plant, which opened in 2019 on the site of a former shipyard, has supplied blades to the
Dogger Reach offshore wind farm since 2021. It employs 820 people and holds ISO 9001 and
ISO 14001 certification.

Notes to editors
Northwind Composites is a joint venture of Arcwind Energy and the Tees Valley engineering
group Hallbeck, established in 2017. Its blades are made of glass and carbon fibre and
are 100% recyclable at end of life.

Media enquiries: Tom Ashdown, +44 1632 960 418, press@northwind.example

ENDS""",
        (
            expect("2025-03-03", "expansion"),
            expect("2025-01", "blade"),
            expect("2025-09-01", "hir", planned=True),
            expect("2025-06", "construction", planned=True),
            expect("../2026-12", "blade", planned=True),
            expect("2019", "plant", "open"),
            expect("2021/..", "dogger"),
            expect("2017", "establish"),
        ),
    ),
    Text(
        "ellery-nurse-diary-1941",
        "nurse's war diary of the 1940s",
        None,
        """From the diary of Sister Margaret Ellery, Q.A.I.M.N.S.(R), No. 14 General Hospital

Monday, 12th May 1941
Arrived at No. 14 General this afternoon after a filthy crossing. Ward 7 is mine, 24 beds,
all full. A convoy of sixty wounded came in at dusk and we were at it until two. Sister
Haig says we are to move up the line on Thursday. Nobody knows where.

Wednesday, 14th May 1941
Letter from Mother at last, posted on 20th April. Dad's old regiment, which he joined in
1915, has been in the news again and she is beside herself. Every morning at six we do the
dressings before the M.O.'s round; my hands are raw with the Lysol.

Saturday, 17th May 1941
We moved at last yesterday, a day late, in lorries with the canvas flapping and the dust
in everything. We are under canvas ourselves now, three to a tent. Found a scorpion in my
shoe this morning. Sister Haig laughed, but she checked her own.

Monday, 2nd June 1941
On night duty since 25th May and I have lost track of the days. Word came this morning
that the hospital ship Amaranth was sunk on or about 28th May with two of our girls
aboard. Nobody will say more. Matron says all leave is cancelled until further notice.
Wrote to Mother but could tell her nothing. Bed at nine a.m., up at four.""",
        (
            expect("1941-05-12", "arriv"),
            expect("1941-05-12", "convoy"),
            expect("1941-05-15", "move", planned=True),
            expect("1941-04-20", "letter"),
            expect("1915", "regiment"),
            expect("1941-05-16", "move"),
            expect("1941-05-25/..", "night", "duty"),
            expect("1941-05-28~", "amaranth"),
        ),
    ),
    Text(
        "oakhurst-barn-bat-survey",
        "bat roost survey report",
        None,
        """OAKHURST FARM BARN, LINDRIDGE LANE
PRELIMINARY ROOST ASSESSMENT AND EMERGENCE SURVEYS
Report ref.: HEC-24-117 | Client: Mr and Mrs P. Dorrance | Grid ref.: SU 4821 1907
Prepared by: Hazel Ecology Consultants Ltd | Report date: 22 July 2024

1. Introduction
1.1 The barn is a five-bay timber-framed structure of c. 1820 with a later brick lean-to.
It has been unused since 1998, and the owners propose to convert it into a dwelling.

2. Methods
2.1 A daytime inspection of the barn was carried out on 14 May 2024 by a licensed
ecologist using an endoscope and a high-powered torch.
2.2 Dusk emergence surveys were carried out on 4 June, 19 June and 8 July 2024, each
beginning 15 minutes before sunset and lasting two hours. Temperatures ranged from 12 to
17 degrees C, with light winds and no rain.

3. Results
3.1 Droppings of brown long-eared bats were found in the roof void above bays 2 and 3.
3.2 A roost of this species was previously recorded in the barn by the county bat group in
2011.
3.3 Up to four brown long-eared bats and a single common pipistrelle were seen emerging on
each survey.

4. Recommendations
4.1 The barn supports a day roost of low conservation status. A mitigation licence will be
required before conversion.
4.2 Two bat boxes are to be installed on the adjacent oak no later than 31 August 2024, and
a dedicated bat loft will be retained in the roof.
4.3 Works on the roof should be timed to avoid the maternity season.""",
        (
            expect("1820~", "barn"),
            expect("1998/..", "unused"),
            expect("2024-05-14", "inspection"),
            expect("2024-06-04", "emergence", "survey"),
            expect("2024-06-19", "emergence", "survey"),
            expect("2024-07-08", "emergence", "survey"),
            expect("2011", "roost"),
            expect("../2024-08-31", "box", planned=True),
        ),
    ),
    Text(
        "aldwell-pump-room-history",
        "spa town pump room's history",
        None,
        """The Pump Room, Aldwell Spa: a short history

The mineral spring at Aldwell was first noted for its healing properties around 1690, when
a local physician, Dr Josiah Fenn, published a pamphlet praising its "chalybeate virtue".

The first pump room, a modest timber pavilion over the well, was built in 1734 by the lord
of the manor. As visitors multiplied, it was replaced in 1789-91 by the present stone
building, designed by the architect Samuel Pell. Local tradition holds that Pell died in
the building in 1802, but the parish register records no burial.

The spa's fashionable years followed. The Duchess of Carrow took the waters in 1815, and
her visit brought a stream of imitators from London. The Assembly Rooms next door opened in
1824, with a ballroom lit by forty candles.

Decline set in with the railway age, as visitors went instead to the seaside. The baths
behind the pump room closed in 1949, and since 1952 the room itself has served as a tea
room. The spa water, at a steady 17.5 degrees C, is still poured from the original marble
fountain each morning.

A restoration of the roof and the fountain is planned to begin in 2026, subject to funding
from the county heritage trust.

Opening hours: daily 10.00-17.00. Admission free.
The Pump Room, Abbey Square, Aldwell AL3 9PR | Tel. 01632 960 215""",
        (
            expect("1690~", "spring"),
            expect("1734", "first", "pump"),
            expect("1789/1791", "replac"),
            expect("1802?", "pell", "die"),
            expect("1815", "duchess"),
            expect("1824", "assembly"),
            expect("1949", "baths", "clos"),
            expect("1952/..", "tea"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "estmark-census-statement",
        "interior ministry census statement",
        date(2026, 2, 20),
        """REPUBLIC OF ESTMARK - MINISTRY OF THE INTERIOR
Press statement No. 37/2026 | Vardby, 20 February 2026

Population and Housing Census 2026

The Ministry of the Interior announces that the national Population and Housing Census will
be conducted from 1 to 30 April 2026. All persons usually resident in Estmark at midnight
on 31 March 2026, the census reference moment, are to be counted.

For the first time, households will be able to complete the census online. The online
questionnaire will open on 16 March, and paper forms will be delivered to households that
ask for them.

Recruitment of 14,000 enumerators began on 3 February. Applications remain open until all
posts are filled.

The census is conducted under Act No. 214/2024 on Official Statistics, adopted by
Parliament on 12 December 2024. Estmark has held a census every ten years since 1956; the
previous one took place in 2016.

Preliminary results are to be published no later than 31 October 2026, and final results
in 2027.

Participation in the census is compulsory. Personal data will be used for statistical
purposes only and will not be shared with any other authority.

Census helpline: 0800 2026 100 (free of charge) | www.census.example.em""",
        (
            expect("2026-04-01/2026-04-30", "census", planned=True),
            expect("2026-03-31", "reference", planned=True),
            expect("2026-03-16", "questionnaire", planned=True),
            expect("2026-02-03", "recruitment"),
            expect("2024-12-12", "adopt"),
            expect("2016", "census"),
            expect("../2026-10-31", "preliminary", planned=True),
            expect("2027", "final", planned=True),
        ),
    ),
    Text(
        "wrenfield-library-closures-html",
        "public library HTML closures page",
        date(2025, 12, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Closures and service changes | Wrenfield Libraries</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/branches">Branches</a> |
<a href="/ebooks">eBooks</a></nav>
<main>
<h1>Closures and service changes</h1>
<p class="updated">Last updated: 2 December 2025</p>
<h2>Holiday closures</h2>
<p>All branches will be closed from 24 December to 1 January inclusive. The online
catalogue and the eBook service stay available throughout.</p>
<h2>Branch closures</h2>
<ul>
<li><strong>Central Library</strong>: closed on Monday 8 December for staff training.</li>
<li><strong>Hilltop Branch</strong>: closed since 17 November because of a roof leak. It
is expected to reopen by 12 January 2026. Books on loan from Hilltop can be returned to any
branch.</li>
<li><strong>Eastgate Branch</strong>: closed permanently on 29 November 2025. Its
collection has moved to the Riverside Library, which opened in 2023.</li>
</ul>
<h2>Mobile library</h2>
<p>There will be no mobile library service on Thursday because the vehicle is being
serviced. The van normally visits Kelby and Marsh End every Saturday morning.</p>
</main>
<footer><p>Wrenfield Council &middot; Libraries helpline 01632 960 771 &middot;
&copy; 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-12-24/2026-01-01", "branches", planned=True),
            expect("2025-12-08", "central", planned=True),
            expect("2025-11-17/..", "hilltop"),
            expect("../2026-01-12", "reopen", planned=True),
            expect("2025-11-29", "eastgate"),
            expect("2023", "riverside"),
            expect("2025-12-04", "mobile", planned=True),
        ),
    ),
    Text(
        "osei-rent-tribunal",
        "rent tribunal decision",
        None,
        """RESIDENTIAL RENT TRIBUNAL (NORTHERN REGION)

Case reference: NR/RT/2025/0147
Property: Flat 3, 18 Caxton Row, Hebworth HB2 4QT
Applicant (tenant): Mr Farid Osei
Respondent (landlord): Pellow Estates Ltd
Tribunal: Judge A. Marchetti, Mr R. Ng FRICS

DECISION AND REASONS

Background
1. The tenant has occupied the flat since 1 August 2016 under an assured periodic tenancy.
The current rent is £1,375 per month.
2. By a notice dated 3 February 2025 the landlord proposed a new rent of £1,650 per month,
to take effect on 1 April 2025. On 24 March 2025 the tenant referred the notice to the
tribunal.

Inspection
3. The tribunal inspected the property on 9 June 2025 in the presence of the tenant. It is
a two-bedroom first-floor flat in a converted Victorian house. The kitchen was last
refurbished in about 2009 and the units are worn. There is damp in the bathroom. The
landlord states that the gas boiler, which serves both the heating and the hot water, will
be replaced before 30 September 2025.

Determination
4. Having regard to the evidence and its own knowledge of rents in Hebworth, the tribunal
considers that the open-market rent for the flat in good condition would be £1,700 per
month. It deducts £180 for the dated kitchen, the damp and the lack of white goods.
5. The tribunal made its determination on 16 June 2025. The rent is £1,520 per month,
taking effect on 1 April 2025.

Judge A. Marchetti""",
        (
            expect("2016-08-01/..", "tenan"),
            expect("2025-02-03", "notice"),
            expect("2025-04-01", "rent"),
            expect("2025-03-24", "refer"),
            expect("2025-06-09", "inspect"),
            expect("2009~", "kitchen"),
            expect("../2025-09-30", "boiler", planned=True),
            expect("2025-06-16", "determination"),
        ),
    ),
    Text(
        "marsh-silversmiths-history",
        "silversmith's history",
        None,
        """Edwin Marsh & Sons: a Colbury silversmith and his sons

Edwin Marsh was born in c. 1819 and apprenticed to a spoon maker at the age of fourteen.
He registered his first maker's mark, a plain E M in an oblong punch, at the Colbury Assay
Office in 1846.

The business grew quickly. Marsh moved his workshop to Gale Street in 1858 and took his
sons Arthur and Walter into partnership in 1871, when the firm became Edwin Marsh & Sons.
He is said to have died in 1884, although no burial record has ever been found.

Under Arthur Marsh the firm turned to presentation silver. Its rowing cups, cast from
Pattern No. 1760, were shipped as far as Calcutta, and a table centrepiece won a gold medal
at the Antwerp exhibition of 1894. The firm has held a warrant as silversmith to the Crown
since 1911.

Marsh pieces are recognisable by the sterling lion, the Colbury castle mark and the maker's
mark EM&S in a shaped shield. Spoons were made in batches of twelve, and the workshop still
polishes every piece by hand.

Today the workshop employs eleven silversmiths, two of them descendants of Edwin. To mark
the firm's 180th anniversary, an exhibition of Marsh silver is planned to open at the
Colbury Museum in May 2026.

Visits to the Gale Street workshop by appointment only. Tel. 01632 960 884""",
        (
            expect("1819~", "born"),
            expect("1846", "mark"),
            expect("1858", "gale"),
            expect("1871", "partnership"),
            expect("1884?", "die"),
            expect("1894", "medal"),
            expect("1911/..", "warrant"),
            expect("2026-05", "exhibition", planned=True),
        ),
    ),
    Text(
        "corrin-scouts-logbook",
        "scout group's logbook",
        None,
        """1st CORRIN SCOUT GROUP (founded 1921) - TROOP LOGBOOK, VOL. 14
Troop meets every Friday 19:00-21:00, Scout Hut, Mill Lane (hut built c. 1964)

DATE       | ACTIVITY                                              | LEADER    | NOTES
-----------+-------------------------------------------------------+-----------+------------
05/04/2025 | Group AGM in the hut. Sue Rhodes re-elected Scout     | GSL Amos  | 31 present
           | Leader. Summer camp fixed for Fernley Wood,           |           |
           | 26 Jul - 2 Aug.                                       |           |
12/04/2025 | Hike to Brackenhill trig point, 14 km, Kestrel and    | ASL Ngata | Rain p.m.
           | Otter patrols. Map and compass practice on the way.   |           |
26/04/2025 | St George's Day parade through Corrin. Colour party:  | SL Rhodes | Band late
           | Pat Regan, Mo Hussain.                                |           |
03/05/2025 | Canoeing at Millpond Reservoir, 12 scouts. Pat Regan  | SL Rhodes | All dry!
           | presented with Chief Scout's Gold Award, the first in |           |
           | the group since 2019.                                 |           |
09/05/2025 | Troop night cancelled: roof leaking over the store.   | SL Rhodes | Kit moved
           | Parish council to finish repair by 31/05.             |           |

Patrol points (to 09/05): Kestrel 142, Otter 128, Heron 97, Fox 88.
Subs due: £15 per term. Hut key: ask Mr Amos, 14 Mill Lane.""",
        (
            expect("1921", "found"),
            expect("1964~", "hut"),
            expect("2025-04-05", "rhodes", "elect"),
            expect("2025-07-26/2025-08-02", "camp", planned=True),
            expect("2025-04-12", "hike"),
            expect("2025-04-26", "parade"),
            expect("2025-05-03", "canoe"),
            expect("2025-05-03", "award"),
            expect("2025-05-09", "cancel"),
            expect("../2025-05-31", "repair", planned=True),
        ),
    ),
)
