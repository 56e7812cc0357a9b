"""The hundred-and-sixtieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool. Twenty styles, one text each:
a wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary (space or scientific), a government
statement, an HTML news page, a river ice jam advisory, a cross-country ski race report, a
battery recycling plant release, a cabin boy's diary of the 1850s, a hedgerow survey report, a
tide mill's history, a fisheries ministry quota statement, a community cinema HTML listings
page, a school admissions appeal decision, a bookbinder's history and a railway society's
newsletter. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "last summer", "the 1990s", "next year") are left out of the
expected events, as are habits, comparisons and page furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTIETH_CORPUS",)


HUNDREDSIXTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-fire-contained",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELMORA, March 13 (Meridian Wire) - Firefighters brought a blaze at the Kastra
copper smelter outside Velmora under control on Wednesday, the regional fire service said,
more than a day after it forced the evacuation of some 600 workers.

The fire started late on Monday in a conveyor building next to the smelter's main furnace
and spread to a storage hall overnight, fire service spokesman Piet Amsel told reporters.
No one was seriously hurt.

Kastra, which has owned the smelter since 2009, said it could not yet say when production
would restart. The plant, built in 1962 by the state mining company Velrud, was last shut
by a fire on or about August 4, 1987, according to records held by the town archive.

Labour inspectors will visit the site on Monday, the provincial labour office said. The
environment agency said it expected to publish air-quality readings from its three
monitoring stations by March 21, and advised residents within 2 km of the plant to keep
their windows closed.

It was the worst industrial fire in the province since 2016. Kastra's shares fell 3.1
percent in Velmora trading, and the company said its 2025 output guidance of 118,000 tonnes
of cathode copper was under review.

Smelter workers, who attend a safety briefing at the start of every shift, were sent home
on full pay.

(Reporting by Ilse Varga; Editing by Rob Tennant; +31 20 555 0142)""",
        (
            expect("2025-03-12", "blaze", "control"),
            expect("2025-03-10", "fire", "start"),
            expect("2009/..", "kastra", "own"),
            expect("1962", "built"),
            expect("1987-08-04~", "shut"),
            expect("2025-03-17", "inspectors", "visit", planned=True),
            expect("../2025-03-21", "readings", planned=True),
        ),
    ),
    Text(
        "fermentation-centre-opens",
        "press release",
        date(2025, 2, 18),
        """FOR IMMEDIATE RELEASE

Norrbay Biolabs Opens Precision Fermentation Centre in Aldwick

ALDWICK, England, February 18, 2025 /Norrbay Newsroom/ -- Norrbay Biolabs, a maker of
enzymes for the food and textile industries, today opened its new precision fermentation
centre on the Aldwick Science Park, a GBP 64 million investment that will employ about 140
people at full output.

The company bought the 4.2-hectare site from the former Aldwick Dairies cooperative in June
2022, and construction began in March 2023. The centre houses eight 50,000-litre fermenters
and a downstream processing hall.

"This is the largest single investment in our history," said chief executive Hanna
Lindqvist-Obi. "When we founded Norrbay in 2011 we brewed our first enzymes in a rented unit
with two benchtop vessels."

Norrbay launched its first commercial product, the baking enzyme Crumbase, in 2014. It now
supplies customers in 23 countries.

The centre is expected to reach full capacity by September 2025. A second production line
is scheduled to open in January 2027, subject to planning consent.

Norrbay will hold a recruitment day for process technicians at the centre on Saturday,
March 8. Candidates can register at careers.norrbay.example.

About Norrbay Biolabs
Norrbay Biolabs develops and manufactures industrial enzymes. The company is certified to
ISO 9001:2015 and ISO 14001:2015 and is headquartered in Aldwick.

Media contact: Joel Carver, +44 1632 960 418, press@norrbay.example

###""",
        (
            expect("2025-02-18", "centre", "open"),
            expect("2022-06", "site", "bought"),
            expect("2023-03", "construction"),
            expect("2011", "found"),
            expect("2014", "launch"),
            expect("../2025-09", "capacity", planned=True),
            expect("2027-01", "line", planned=True),
            expect("2025-03-08", "recruitment", planned=True),
        ),
    ),
    Text(
        "fontaine-v-harrowgate",
        "court opinion",
        None,
        """Filed 11/21/24

IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

DELIA FONTAINE,
    Plaintiff and Appellant,
v.
HARROWGATE LOGISTICS, INC.,
    Defendant and Respondent.

No. B-2023-0417
(Calder County Super. Ct. No. 21CV01986)

APPEAL from a judgment of the Superior Court of Calder County, Ruth A. Menzies, Judge.
Reversed and remanded.

Fontaine began work for Harrowgate as a dispatcher on or about March 3, 2008. Harrowgate's
attendance policy, in force since 2015, permits termination after six unexcused absences in
a rolling twelve-month period. Fontaine took four days of medical leave in December 2020.
Harrowgate counted those days as unexcused, and she was dismissed on January 15, 2021.

She filed her complaint on April 2, 2021, alleging wrongful termination in violation of
public policy and of Labor Code section 1102.5. The trial court granted Harrowgate's motion
for summary judgment on June 9, 2023, and Fontaine filed her notice of appeal ten days
later. We heard argument on September 12, 2024.

Harrowgate contends the leave was never properly requested. The record shows otherwise:
Fontaine's supervisor approved the leave in writing, and the company's own payroll records
mark it "approved - medical." A triable issue of material fact therefore exists as to the
reason for her dismissal. (See Ortega v. Bellmont Foods (2011) 194 Cal.App.4th 1230, 1241.)

DISPOSITION

The judgment is reversed. The matter is remanded to the trial court, which shall set the
case for trial no later than March 31, 2025. Appellant shall recover her costs on appeal.

HOLLOWAY, J.

WE CONCUR:
ARMSTEAD, P. J.
NAKAGAWA, J.""",
        (
            expect("2008-03-03~", "dispatcher"),
            expect("2015/..", "policy"),
            expect("2020-12", "leave"),
            expect("2021-01-15", "dismiss"),
            expect("2021-04-02", "complaint"),
            expect("2023-06-09", "summary", "judgment"),
            expect("2023-06-19", "notice", "appeal"),
            expect("2024-09-12", "argument"),
            expect("../2025-03-31", "trial", planned=True),
        ),
    ),
    Text(
        "dravnik-history",
        "encyclopedia history",
        None,
        """Dravnik

Dravnik (German: Drauneck) is a market town in the upper Selva valley, with about 6,400
inhabitants. It lies at the foot of Castle Hill, where the old road from Selvach crosses the
river.

History

A settlement at the ford below Castle Hill is first mentioned in a charter of the abbey of
St Emmeram c. 1140. The lords of Drauneck granted the town its market rights in 1287, and a
weekly market is held on Thursdays in the upper square.

Fires destroyed much of the old town in 1411 and again in 1532. The town hall on the upper
square, probably completed in 1602, is the only public building to survive from the period
of rebuilding. From 1550 until 1806 Dravnik belonged to the Duchy of Velden, whose governors
resided in the castle and collected a toll on timber floated down the Selva.

The railway from Selvach reached the town in 1871, and two sawmills and a tannery opened
along the river in the decades that followed. Dravnik was the seat of its own district until
the administrative reform of 1974, when it was merged into the district of Selvach-Land.

Dravnik has been twinned with the Breton port of Locmaria since 1992. Its brass band, the
oldest in the valley, plays on the upper square every Sunday in summer.

See also
- Duchy of Velden
- Selva Valley Railway""",
        (
            expect("1140~", "mention"),
            expect("1287", "market"),
            expect("1411", "fire"),
            expect("1532", "fire"),
            expect("1602?", "hall"),
            expect("1550/1806", "duchy"),
            expect("1871", "railway"),
            expect("1974", "merged"),
            expect("1992/..", "twin"),
        ),
    ),
    Text(
        "rovers-promotion",
        "sports report",
        date(2025, 4, 13),
        """Rovers seal promotion with Abara double
By Danny Whitcombe, Sunday 13 April 2025

Harlow Rovers are back in the Northern Premier League after Lewis Abara's two goals beat
Castleford Town 2-0 at Meadow Lane on Saturday.

Abara, who joined from Castleford on a free transfer in January, struck after 14 minutes
and again on the hour in front of a crowd of 3,118, the biggest at Meadow Lane since 1998.

The win wiped out the memory of Tuesday's 3-1 defeat at Stalybridge, which had left Rovers
needing four points from their last three games.

Manager Gemma Rooke, appointed in November 2023 after Rovers had finished 17th, has won 41
of her 77 league matches in charge. "When I came in, the club had been drifting ever since
we were relegated in 2019," she said. "These players deserve everything they get tonight."
Rooke is expected to sign a new two-year contract before the end of April.

Rovers visit Marske United on Saturday, April 26, before the trophy is presented after the
final home game against Whitby on May 3.

Club captain Sam Okoye, who still coaches the under-12s every Thursday evening, said the
squad would "enjoy tonight and then go again".

Harlow Rovers: Pryce; Dunmore, Okoye, Achterberg, Lyle; Fenn, Osei (Holt 78), Marr;
Tewkes, Abara, Baird (Cole 84).""",
        (
            expect("2025-04-12", "castleford"),
            expect("2025-01", "abara", "join"),
            expect("2025-04-08", "defeat"),
            expect("2023-11", "rooke", "appoint"),
            expect("2019", "relegat"),
            expect("../2025-04", "contract", planned=True),
            expect("2025-04-26", "marske", planned=True),
            expect("2025-05-03", "trophy", planned=True),
        ),
    ),
    Text(
        "halvard-rope-history",
        "company history",
        None,
        """Our History | Halvard & Sons Rope Co.

Halvard & Sons was founded in 1884 by Jacob Halvard, a ship's rigger from Saltby, who spun
his first hemp ropes on a 300-yard ropewalk behind the Anchor Inn. In 1902 the firm moved
to larger premises on Dock Road, where it still stands today.

Demand from the herring fleets carried the business through hard times, and Halvard ropes
were exported to Norway in 1921, 1924 and 1927, each time under contracts with a Bergen
fishing cooperative. The business became a limited company around 1936, with Jacob's
grandsons Arthur and Frank as its first directors.

From 1951 to 1963 the firm also made fishing nets, a venture that ended when cheap synthetic
nets arrived from abroad. The Brenner family, who bought the company from the last of the
Halvards, have owned it since 1978.

Today we employ 46 people and produce some 900 kilometres of rope a year, from traditional
three-strand manila to polyester mooring lines rated to 12,000 kg. Our Dock Road works, a
listed building, opens to visitors on the first Saturday of every month.

A new ropewalk, the first to be built in Saltby for over a century, is expected to open in
2026. It will let us lay ropes up to 220 metres long in a single piece.

Halvard & Sons Rope Co. Ltd - Registered in England No. 00291884 - Dock Road, Saltby""",
        (
            expect("1884", "found"),
            expect("1902", "move"),
            expect("1921", "export"),
            expect("1924", "export"),
            expect("1927", "export"),
            expect("1936~", "limited"),
            expect("1951/1963", "nets"),
            expect("1978/..", "brenner"),
            expect("2026", "ropewalk", planned=True),
        ),
    ),
    Text(
        "aurel-2-summary",
        "mission summary",
        None,
        """AUREL-2 LUNAR ORBITER - MISSION SUMMARY
Document ref. ASA-MS-2023-11 | Status: final

Overview
Aurel-2 was a lunar polar orbiter built by the Aurel Space Agency (ASA) to map water ice in
permanently shadowed craters. It carried a neutron spectrometer, a laser altimeter and the
LUCA-2100 thermal imager.

Timeline
The spacecraft was launched on 14 March 2019 from the Karsten coastal range on a Vela-4
rocket. After a near-direct transfer it entered lunar orbit on 2 April, and the thermal
imager returned its first images two days later.

The primary mission ended in June 2020, having mapped 97% of both polar regions. An extended
mission ran from July 2020 to December 2022, during which the orbit was lowered to 35 km.
The thermal imager was switched off around 18 May 2022 after a fault in its cooler.

Contact with Aurel-2 was lost on or about 9 January 2023, probably when the spacecraft struck
the surface near Peary crater; the impact site has not been identified.

Results
Aurel-2 returned 2,048 thermal mosaics and around 1.3 million altimeter shots. Its data show
that ice is patchy, concentrated in the coldest floors of small craters rather than spread
across the large basins.

Successor
Aurel-3, a lander, is scheduled to launch in October 2027 and will use the Aurel-2 maps to
choose its landing site.""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-04-02", "orbit"),
            expect("2019-04-04", "images"),
            expect("2020-06", "primary", "mission"),
            expect("2020-07/2022-12", "extended"),
            expect("2022-05-18~", "imager"),
            expect("2023-01-09~", "contact"),
            expect("2027-10", "aurel-3", planned=True),
        ),
    ),
    Text(
        "flood-grants-statement",
        "government statement",
        date(2025, 1, 24),
        """Ministry of Housing and Communities
Statement by the Minister for Housing, Alma Credland
Published 24 January 2025

The Minister for Housing today announced grants of up to GBP 8,000 for households whose
homes were flooded in the storm of 11-12 December.

Storm Idris brought the wettest December since 1934 to parts of the Kelby and Wrayton
districts, and about 4,200 homes were flooded. "The families I met in Wrayton told me they
need help now, not in the spring," the Minister said.

Applications open on Monday 3 February and must be submitted no later than 31 March 2025.
Grants are normally paid within 28 days of approval.

The grants will be paid through the Household Resilience Fund, which has operated since
2019 and has so far helped 11,300 households install flood doors, pumps and raised
electrics. A previous emergency scheme, set up after the floods of February 2020, closed in
2021.

The Minister will visit flood-hit businesses in Kelby on Wednesday.

Notes to editors
1. Eligibility is set out in the Flood Recovery (Grants) Regulations 2025.
2. Press office: 020 7946 0311 (out of hours: 07700 900214).""",
        (
            expect("2025-01-24", "grants", "announce"),
            expect("2024-12-11/2024-12-12", "storm"),
            expect("2025-02-03", "applications", "open", planned=True),
            expect("../2025-03-31", "applications", planned=True),
            expect("2019/..", "fund"),
            expect("2020-02", "floods"),
            expect("2021", "scheme", "closed"),
            expect("2025-01-29", "visit", planned=True),
        ),
    ),
    Text(
        "westholm-library-reopens",
        "HTML news page",
        date(2024, 12, 12),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Westholm library reopens after two-year closure | Westholm Courier</title></head>
<body>
<header><a href="/">Westholm Courier</a> <nav>News | Sport | What's on</nav></header>
<article>
<h1>Westholm library reopens after two-year closure</h1>
<p class="byline">By Priya Haldane |
<time datetime="2024-12-12T09:15">12 December 2024</time></p>
<p>Westholm's public library reopened on Tuesday, more than two years after it was shut for
urgent roof repairs.</p>
<p>The listed building on Market Street closed in August 2022, when engineers found rot in
the main roof trusses. Repairs cost the council 2.7 million pounds, about a third more than
first estimated.</p>
<p>The library was built in 1931 with a gift from a local shipowner and was extended in 1968
and again in 1989, when the children's wing was added.</p>
<p>"People have asked me every week when we would open," said librarian Colm Reddy, who has
worked at the library since 1996.</p>
<p>A community cafe run by the Westholm Trust will open in the former reading room on
January 6. The council expects to receive the final bill from its contractor by March 31.</p>
<p>Opening hours are 9am to 7pm Monday to Friday and 10am to 4pm on Saturdays.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/1987">Bypass plan goes to inquiry</a></li></ul></aside>
<footer>&copy; 2024 Westholm Courier Ltd | Registered office: 14 Quay Street</footer>
</body>
</html>""",
        (
            expect("2024-12-10", "library", "reopen"),
            expect("2022-08", "closed"),
            expect("1931", "built"),
            expect("1968", "extended"),
            expect("1989", "wing"),
            expect("1996/..", "reddy"),
            expect("2025-01-06", "cafe", planned=True),
            expect("../2025-03-31", "bill", planned=True),
        ),
    ),
    Text(
        "kellan-ice-jam",
        "river ice jam advisory",
        date(2025, 3, 4),
        """NORTH KELLAN RIVER AUTHORITY
RIVER ICE JAM ADVISORY - KELLAN RIVER, BRENTMOOR TO OSSLEY
Issued: 07:30 Tuesday 4 March 2025 | Advisory No. 2025-06 | Gauge 02KL004

SITUATION
An ice jam formed on Sunday at Hollis Bend, about 3 km downstream of the Brentmoor road
bridge. Water levels upstream of the jam rose by about 1.2 m on Monday. Ice cover formed on
this reach around 20 January and is 45 to 60 cm thick.

OUTLOOK
The Authority expects the jam to release around Thursday, which could cause a rapid rise in
levels downstream at Ossley. Properties in Lower Ossley should prepare for possible flooding.

HISTORY
In February 2014 a jam at the same bend flooded 37 properties in Lower Brentmoor. Jams form
at this reach in most winters.

ACTIONS
Brentmoor Township opened a reception centre at the Elm Street school on Monday. Residents
of Mill Row and Riverside Lane should be ready to leave at short notice. Do not walk on the
ice or attempt to break it up.

The next advisory will be issued by 16:00 on Wednesday, or earlier if conditions change.

Flood line: 0345 988 1188 | This advisory supersedes Advisory No. 2025-05.""",
        (
            expect("2025-03-02", "jam", "formed"),
            expect("2025-03-03", "level"),
            expect("2025-01-20~", "cover"),
            expect("2025-03-06~", "release", planned=True),
            expect("2014-02", "flood"),
            expect("2025-03-03", "reception", "centre"),
            expect("../2025-03-05", "advisory", planned=True),
        ),
    ),
    Text(
        "brunnalp-10k-classic",
        "cross-country ski race report",
        date(2025, 2, 8),
        """Holm pulls clear on final climb to win Brunnalp 10 km
BRUNNALP, 8 February - Sigrid Holm of Norrvik IF won the women's 10 km classic at the
Brunnalp Nordic weekend on Saturday, pulling away on the final climb to finish 14.6 seconds
ahead of Katja Reiner in 27:48.3.

It was a second win in three days for the 24-year-old, who also took Thursday's freestyle
sprint on the floodlit stadium loop.

Holm's first World Cup podium came in December 2021, but she broke her wrist in a training
fall on 3 January 2024 and missed the rest of that season. "There were mornings I did not
want to look at skis," she said.

The Brunnalp trail network, open since 1994, was widened on the climb to the Kapfhutte
after last winter. Organisers had feared for the race after a week of rain, and volunteers
rebuilt the tracks on Friday with snow stored under sawdust.

Holm leads the team in the 4 x 5 km relay on Sunday, when conditions are expected to turn
colder. The season finale will be held in Kvarnby from 14 to 16 March.

Women's 10 km classic: 1. S. Holm (Norrvik IF) 27:48.3; 2. K. Reiner (SC Talgau) +14.6;
3. M. Lindfors (Vaara Ski) +22.1; 4. E. Dahl (Norrvik IF) +31.9; 5. T. Moser (SC Talgau)
+40.2.""",
        (
            expect("2025-02-08", "holm", "classic"),
            expect("2025-02-06", "sprint"),
            expect("2021-12", "podium"),
            expect("2024-01-03", "wrist"),
            expect("1994/..", "trail"),
            expect("2025-02-07", "tracks"),
            expect("2025-02-09", "relay", planned=True),
            expect("2025-03-14/2025-03-16", "finale", planned=True),
        ),
    ),
    Text(
        "cellcycle-hollin-plant",
        "battery recycling plant release",
        date(2025, 4, 2),
        """PRESS RELEASE

Cellcycle Recovery starts commercial operations at Hollin black mass plant

HOLLIN, 2 April 2025 - Cellcycle Recovery Ltd said today that its lithium-ion battery
recycling plant in Hollin began commercial operations on Monday, processing the first
batches of end-of-life electric vehicle packs supplied under its agreement with carmaker
Vantor.

Work on the plant started with a groundbreaking in September 2023, and the environmental
permit was granted on 14 February 2024. The plant shreds and separates battery packs into
black mass, a powder rich in lithium, nickel and cobalt, and into copper and aluminium foils.

Founded in 2018 by chemical engineers Ayo Benning and Clara Stroud, Cellcycle has run a
pilot line in Wexley since 2020.

The Hollin plant is designed to process up to 20,000 tonnes of batteries a year and is
expected to reach that capacity by the end of 2026. Cellcycle plans to start construction of
a hydrometallurgical refining line on the same site in November this year, which would turn
black mass into battery-grade lithium carbonate.

"Recycling has to happen close to where the packs end their lives," said Benning. The plant
is designed to meet the recycled-content targets of EU Regulation 2023/1542.

The public is invited to an open day at the plant on Saturday, April 12.

Notes to editors: Cellcycle Recovery Ltd, Unit 7, Hollin Park. Investor relations:
ir@cellcycle.example. Certified to ISO 14001 and ISO 45001.""",
        (
            expect("2025-03-31", "operations"),
            expect("2023-09", "ground"),
            expect("2024-02-14", "permit"),
            expect("2018", "found"),
            expect("2020/..", "pilot"),
            expect("../2026", "capacity", planned=True),
            expect("2025-11", "refining", planned=True),
            expect("2025-04-12", "open", "day", planned=True),
        ),
    ),
    Text(
        "pask-journal-1854",
        "cabin boy's diary of the 1850s",
        None,
        """From the journal of William Pask, cabin boy aboard the barque Meridian, 1854
(transcribed from the original in the Saltmere Maritime Museum, MS 1854/3)

Tuesday March 14th 1854. Sailed from Liverpool this morning with a fair wind, bound for
Valparaiso with coals and hardware. I am to wait on the Captain and the mate and keep the
cabin clean. My father went to sea about 1821 and says it is a fine life if a boy minds his
work.

Thursday 16th. A heavy gale all day. At two bells in the forenoon watch we lost the fore
topmast and two men were hurt. I was sick and Cook gave me biscuit soaked in tea.

April 2nd. Fine weather these ten days. We crossed the Line on or about the 28th of March,
the mate says, but there was no shaving for me as the Captain would not have it.

April 22nd. Tom Harker the carpenter's mate died of the fever two days ago and was buried at
sea this morning with the ensign over him. The Captain read the service and all hands stood
bare-headed. Captain says we shall make Valparaiso by the end of May if the Horn is kind
to us.

May 28th. Arrived Valparaiso at last and came to anchor in the bay at four bells in the
afternoon watch. The mate says I have done well and may go ashore with the boat if I
keep my tongue civil.""",
        (
            expect("1854-03-14", "sailed"),
            expect("1821~", "father"),
            expect("1854-03-16", "topmast"),
            expect("1854-03-28~", "line"),
            expect("1854-04-20", "harker", "die"),
            expect("1854-04-22", "buried"),
            expect("../1854-05", "valparaiso", planned=True),
            expect("1854-05-28", "arrived"),
        ),
    ),
    Text(
        "ashcombe-hedgerow-survey",
        "hedgerow survey report",
        None,
        """LITTLE ASHCOMBE PARISH COUNCIL
Hedgerow Survey 2024 - Summary Report
Report No. HS/24/07 | Prepared by Wenna Trelask MCIEEM for the parish council

1. Introduction
Fieldwork was carried out from 6 to 24 May 2024 by the surveyor and eleven volunteers,
following the national hedgerow survey handbook. Twenty-three hedges (H1-H23) totalling
6.8 km were recorded, between grid references SU 4127 1983 and SU 4380 2041.

2. History
Most of the parish's field boundaries were set out under the enclosure award of c. 1780, and
their straight lines and hawthorn planting reflect it. Hedge H12 along Church Lane is older:
it appears on the tithe map, drawn in 1841, and holds nine woody species in a 30 m length.

H7, the former boundary between Long Ground and Pit Field, was removed in about 1965 to make
a single arable field. H3 was replanted by pupils of the village school in November 2009.

3. Condition
Since 2016 fourteen hedges have been managed under a Higher Tier stewardship agreement, and
these are in markedly better condition than the rest. Nine hedges are flailed every autumn
to the same height, leaving gaps at the base.

4. Recommendations
H5 should be laid before 28 February 2025, outside the bird nesting season. A resurvey of
all hedges is planned for 2029. Hedges that qualify as important under the Hedgerows
Regulations 1997 are listed in Appendix B.""",
        (
            expect("2024-05-06/2024-05-24", "fieldwork"),
            expect("1780~", "enclosure"),
            expect("1841", "tithe"),
            expect("1965~", "removed"),
            expect("2009-11", "replanted"),
            expect("2016/..", "stewardship"),
            expect("../2025-02-28", "laid", planned=True),
            expect("2029", "resurvey", planned=True),
        ),
    ),
    Text(
        "saltmere-tide-mill",
        "tide mill's history",
        None,
        """Saltmere Tide Mill - A Short History
Saltmere Mill Trust, visitor leaflet

A tide mill at Saltmere is first recorded around 1170, when the monks of Brackley Priory
were granted "the mill on the salt water" together with its pond. The mill worked by
trapping the rising tide behind a dam and letting it out through the wheel as the tide fell,
so the miller's hours changed every day with the tide.

The present building was erected in 1793 by the miller Thomas Rudd, who reused timbers from
an earlier mill on the site. A second, iron wheel was added in 1856. The mill ceased
grinding in 1938, when the last miller, Albert Rudd, retired, and it later served as a store
for a boatyard.

The Saltmere Mill Trust bought the derelict building in 1975. Restoration, carried out by
volunteers from 1979 to 1984, replaced the sluice gates and rebuilt the great spur wheel.
The wheel turned again on 21 June 1986, on a spring tide, in front of some 2,000 visitors,
and the mill has been open to the public since 1987.

Milling demonstrations are held on the first Sunday of each month when the tides allow. The
Trust will replace the main sluice gate in 2026 with the help of a heritage grant.

Admission: adults 6 pounds, children free. Registered charity no. 1017932.""",
        (
            expect("1170~", "recorded"),
            expect("1793", "building"),
            expect("1856", "iron"),
            expect("1938", "grinding"),
            expect("1975", "trust"),
            expect("1979/1984", "restoration"),
            expect("1986-06-21", "wheel"),
            expect("1987/..", "public"),
            expect("2026", "sluice", planned=True),
        ),
    ),
    Text(
        "western-shelf-quotas",
        "fisheries ministry quota statement",
        date(2024, 12, 18),
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS
News release 112/2024 - 18 December 2024

Minister confirms 2025 fishing opportunities for the Western Shelf

Fisheries Minister Teodor Vasquez today confirmed the catch limits for the national fleet,
after an agreement was reached with neighbouring coastal states in Tarnholm on Tuesday.

The quota for Western Shelf cod will be cut by 12 per cent to 8,350 tonnes. The stock has
been below its precautionary biomass limit since 2017, and the Ministry's scientists
recommended a larger cut in advice published in October. The haddock quota rises by 6 per
cent, the biggest increase since 2011.

"These are difficult numbers for the inshore fleet," the Minister said. "But the cod stock
recovered once before, in the 1990s, and it can recover again."

The new limits apply from 1 January. Vessel owners must submit their catch plans to the
Fisheries Agency no later than 15 January, and the mid-year review of the cod quota will
take place in June.

Inshore vessels under 10 metres continue to report landings each week through the
e-logbook app.

Enquiries: Press Office, tel. 0131 496 0702""",
        (
            expect("2024-12-18", "confirm"),
            expect("2024-12-17", "agreement"),
            expect("2017/..", "stock"),
            expect("2024-10", "advice"),
            expect("2025-01-01", "apply", planned=True),
            expect("../2025-01-15", "plans", planned=True),
            expect("2025-06", "review", planned=True),
        ),
    ),
    Text(
        "regal-whats-on",
        "community cinema HTML listings page",
        date(2025, 5, 28),
        """<html>
<head><title>What's On | The Regal Community Cinema, Ferrisby</title></head>
<body>
<div id="top"><img src="/img/regal-logo.png" alt="The Regal"> <a href="/book">Book</a> |
<a href="/membership">Membership</a> | <a href="/hire">Hire the hall</a></div>
<h1>What's On</h1>
<p class="intro">The Regal, run by volunteers since 2003, is Ferrisby's only cinema. The
building stood empty from 1979 until 1991, when the town council bought it back from a bingo
operator.</p>
<h2>This week</h2>
<ul class="listings">
<li><strong>Friday 30 May, 7.30pm</strong> - <em>The Salt Road</em> (12A, 118 min). A quiet
drama about a ferryman's last season on the estuary.</li>
<li><strong>Saturday 31 May, 2pm</strong> - Family matinee: <em>Captain Pebble</em> (U).
Tickets 3 pounds.</li>
<li><strong>Tuesday 3 June, 7.30pm</strong> - <em>Northern Lights Over Rhos</em> (PG),
followed by a Q&amp;A with director Elin Parry.</li>
</ul>
<h2>Coming up</h2>
<p>The Ferrisby Film Festival runs from 12 to 15 June. Booking opens on Monday at 10am.</p>
<p>Film Club meets every Wednesday at 2pm in the Circle Bar. New members always welcome.</p>
<footer><p>Regal Community Cinema CIO | Charity No. 1104977 | 01632 960 557 |
&copy; 2025</p></footer>
</body>
</html>""",
        (
            expect("2003/..", "volunteers"),
            expect("1979/1991", "empty"),
            expect("1991", "council"),
            expect("2025-05-30", "salt", "road", planned=True),
            expect("2025-05-31", "pebble", planned=True),
            expect("2025-06-03", "northern", "lights", planned=True),
            expect("2025-06-12/2025-06-15", "festival", planned=True),
            expect("2025-06-02", "booking", planned=True),
        ),
    ),
    Text(
        "ansah-admission-appeal",
        "school admissions appeal decision",
        date(2024, 7, 25),
        """INDEPENDENT ADMISSION APPEAL PANEL - BRACKENSHIRE COUNTY COUNCIL
Decision letter
Appeal reference: AP/2024/0193
School: Holloway Park Academy (published admission number 180)
Appellants: Mr and Mrs R. Ansah, for their son K. Ansah
Date: 25 July 2024

The panel considered this appeal at a hearing held on 23 July 2024 and decided to uphold it.

Background
The family moved to their current address on Linden Road around January 2023. Their
application for a Year 7 place, naming Holloway Park Academy as first preference, was
submitted on 12 October 2023. On 1 March 2024 the local authority refused K a place at
Holloway Park, which was oversubscribed, and offered him one at Brackenshire High, the
family's third preference. The appeal was lodged on 10 May 2024.

Consideration
The school's admission number has been 180 since 2019, and it admitted 186 pupils in
September 2023 after successful appeals. The panel accepted that K's elder sister has
attended the school since September 2021. It found that the admission arrangements had not
been correctly applied: the local authority measured the home-to-school distance from the
family's previous address.

Decision
The appeal is upheld. K should be admitted to Holloway Park Academy and is expected to start
on 4 September 2024. The school must confirm the place to the family in writing by 2 August
2024.

This decision is binding on the admission authority. Clerk to the panel: Nadia Forbes,
tel. 01632 960 844.""",
        (
            expect("2024-07-23", "hearing"),
            expect("2023-01~", "moved"),
            expect("2023-10-12", "application"),
            expect("2024-03-01", "refus"),
            expect("2024-05-10", "lodged"),
            expect("2019/..", "admission"),
            expect("2023-09", "pupils"),
            expect("2021-09/..", "sister"),
            expect("2024-09-04", "start", planned=True),
            expect("../2024-08-02", "confirm", planned=True),
        ),
    ),
    Text(
        "merrow-bookbinders",
        "bookbinder's history",
        None,
        """Josiah Merrow & Son, bookbinders of Wendham

Josiah Merrow was apprenticed to the Wendham binder Samuel Cave in about 1823 and set up his
own bindery in Threadneedle Yard, probably in 1831. His early work was plain: ledgers and
account books for the town's merchants, bound in reversed calf.

Merrow's tooled morocco bindings won medals at the exhibitions of 1851, 1855 and 1862, and
the firm moved to larger premises on Fleet Lane the following year. At its height the
workshop employed fourteen forwarders and finishers, and its gilt panel bindings were sold
through booksellers in three counties.

Josiah died in March 1879. His son Edwin ran the firm from 1879 until 1911, and the Fleet Lane
building later became a printing works.

Merrow's finishing tools, some 600 brass stamps, rolls and fillets, have been held by the
Wendham Museum since 1958, and a selection of bindings is shown there each summer. The
museum is to publish a catalogue of the tools in 2026.

Bindings from the workshop can be recognised by a small ticket reading "MERROW, BINDER,
WENDHAM" pasted inside the front board, or by the tool numbered 47, a leaping hare.""",
        (
            expect("1823~", "apprentic"),
            expect("1831?", "bindery"),
            expect("1851", "medal"),
            expect("1855", "medal"),
            expect("1862", "medal"),
            expect("1863", "fleet"),
            expect("1879-03", "josiah", "die"),
            expect("1879/1911", "edwin"),
            expect("1958/..", "museum"),
            expect("2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "branch-line-autumn",
        "railway society's newsletter",
        date(2025, 9, 12),
        """THE BRANCH LINE
Newsletter of the Millbrook & Ashby Railway Society | Issue 214 | Autumn 2025

Chairman's notes

What a summer! The highlight was No. 4 "Ashby" returning to steam on Saturday 23 August,
hauling a four-coach train to Kelsey Halt in front of several hundred members and visitors.
Her boiler overhaul began in 2019 at Tanfield Works, and the frames were done here at Ashby
by the Wednesday gang.

No. 4 was built in 1907 by Harland & Pyne of Leeds for the contractor who laid our line. The
branch itself closed to passengers on 2 January 1961, and the Society, founded in 1968 to
save it, ran its first public trains in 1975.

Brake van No. 1875 is back in traffic after a repaint. Thanks to everyone who helped.

Dates for your diary
- Diesel gala: this Sunday, with the shunter and the railcar in action.
- AGM: Saturday 18 October, 2pm, Ashby station waiting room.
- Santa specials run every weekend in December.

Millbrook extension
The Light Railway Order for the extension to Millbrook was granted in May 2024. Track
laying has reached the old Kelsey quarry siding, and the line is expected to open in 2027.

Volunteers for the permanent way gang meet every Tuesday at 9am. Editor: Hal Pennock,
14 Station Road, Ashby. Membership enquiries: 01632 960 212.""",
        (
            expect("2025-08-23", "steam"),
            expect("2019", "overhaul"),
            expect("1907", "built"),
            expect("1961-01-02", "closed"),
            expect("1968", "found"),
            expect("1975", "trains"),
            expect("2025-09-14", "gala", planned=True),
            expect("2025-10-18", "agm", planned=True),
            expect("2024-05", "order"),
            expect("2027", "extension", planned=True),
        ),
    ),
)
