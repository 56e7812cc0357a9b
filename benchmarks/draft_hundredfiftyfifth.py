"""The hundred-and-fifty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a wildfire evacuation order, a sailing regatta
report, a pharmaceutical recall release, a lifeboat coxswain's service log of the 1920s, a
seabird colony count report, a lighthouse's history, a transport ministry road pricing
statement, a jazz club HTML gig page, a licensing committee decision, a tannery's history and
a society's annual report. The organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, a decade, "next week", "recently") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYFIFTH_CORPUS",)

HUNDREDFIFTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ostra-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELMARSK, March 13 (Northgate News) - Rail engineers closed the Ostra bridge, the
only rail crossing of the river between Velmarsk and the coast, on Tuesday after flood water
scoured away part of the stone pier that carries its central span.

The river reached its highest level at the Velmarsk gauge since 1987, the regional water
authority said. Flood warnings issued on March 8 for the lower valley remain in force.

The bridge was opened in 1912 and rebuilt in about 1954, when its timber approach spans were
replaced with steel. Inspectors found the damage during a routine dive survey; the pier had
last been strengthened after floods in the 1990s.

Repairs will begin on Monday, the regional rail operator Valtrak said in a statement, and are
expected to be completed by May 30. Freight trains will be diverted through Hollen from March
18 to April 4, adding about two hours to each journey, while passengers will travel between
Velmarsk and Sander by replacement bus.

"We cannot take risks with a structure that carries 40 trains a day," Valtrak's chief
engineer, Dagny Roos, told reporters at the site. She said divers would check the other
piers every week until the river falls.

Local businesses said the closure would cost them customers at the start of the tourist
season. Line 1954 freight services to the port were not affected.

(Reporting by Erik Lindahl; Editing by Sofie Marr)""",
        (
            expect("2025-03-11", "bridge", "closed"),
            expect("2025-03-08", "flood", "warnings"),
            expect("1912", "bridge", "opened"),
            expect("1954~", "rebuilt"),
            expect("2025-03-17", "repairs", planned=True),
            expect("../2025-05-30", "repairs", "completed", planned=True),
            expect("2025-03-18/2025-04-04", "freight", "diverted", planned=True),
        ),
    ),
    Text(
        "halvern-dunmoor-centre",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Halvern Biosystems Opens Dunmoor Research Centre

DUNMOOR, June 3, 2025 -- Halvern Biosystems, a developer of enzyme-based diagnostic tests,
today announced the opening of its new research centre on the Dunmoor Science Park. The
four-storey building houses laboratories for assay development, a pilot manufacturing line
and a training suite for hospital laboratory staff.

Construction began in February 2023 on a former railway goods yard, and the building was
designed to meet the park's low-carbon standard.

"This centre gives our scientists the space they have needed for years," said Dr. Irene
Castell, chief executive officer. "It is the largest investment in our history."

Halvern was founded in 2009 by Dr. Castell and the chemist Paul Verhoeven in a rented
laboratory in Leyford, and moved its headquarters to Dunmoor in 2016. Its tests are now used
in 31 countries.

The centre will employ roughly 180 scientists and technicians by the end of 2026. A second
building, for clinical sample handling, is scheduled to open in September 2027.

About Halvern Biosystems
Halvern Biosystems develops rapid diagnostic tests for hospital and field use. The company
is certified to ISO 13485 and employs 420 people in three countries.

Media contact:
Nadia Fenwick, Halvern Biosystems
press@halvern-bio.example | +44 1632 960 418

###""",
        (
            expect("2025-06-03", "opening", "centre"),
            expect("2023-02", "construction"),
            expect("2009", "found"),
            expect("2016", "headquarters"),
            expect("../2026", "employ", planned=True),
            expect("2027-09", "building", planned=True),
        ),
    ),
    Text(
        "marchetti-v-orland-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH CALDERA
DIVISION TWO

GIULIA MARCHETTI, Appellant,
v.
ORLAND PROPERTY HOLDINGS LLC, Respondent.

No. 2-23-0417
Filed April 22, 2024

OPINION

HASKELL, J.

Appellant Giulia Marchetti appeals from the summary judgment entered against her on her
claim for the return of a security deposit. We affirm.

I. BACKGROUND

On or about July 14, 2021, Appellant signed a written lease for a ground-floor unit at 88
Weller Street owned by Respondent. The lease ran for a term of two years and required a
deposit of $4,200.

Respondent served notice of termination on January 5, 2022, citing unpaid rent for three
months. Under the notice, Appellant was required to vacate the premises no later than
February 28. She remained in the unit until mid-March, and Respondent retained the deposit
to cover unpaid rent and cleaning.

Appellant filed suit in the Bardell County Superior Court on March 3, 2022, alleging that the
retention violated section 14 of the Residential Tenancies Act of 1986. After discovery,
Respondent moved for summary judgment, and the trial court granted the motion on November 9,
2022. Appellant timely appealed, and we heard oral argument on February 6, 2024.

II. DISCUSSION

We review a grant of summary judgment de novo. The Act permits a landlord to retain a deposit
for unpaid rent if an itemized statement is delivered within 21 days. The record shows that
such a statement was delivered, and Appellant identifies no genuine dispute of material fact
as to its contents.

The judgment is affirmed.

WE CONCUR: OYELARAN, P.J.; STREETER, J.""",
        (
            expect("2021-07-14~", "lease", "signed"),
            expect("2022-01-05", "notice", "termination"),
            expect("../2022-02-28", "vacate"),
            expect("2022-03-03", "suit"),
            expect("2022-11-09", "summary", "judgment"),
            expect("2024-02-06", "argument"),
        ),
    ),
    Text(
        "brennick-town-history",
        "encyclopedia history",
        None,
        """Brennick

Brennick is a market town in the Wend valley, 14 km north-west of the county town of
Alderham.

History

The settlement is first mentioned in a charter of c. 1140, in which the lord of the manor
gave its mill to the priory of St Osyth. It was granted market rights in 1286, and its wool
trade made it one of the richest towns in the county.

The chronicler Aldo of Brennick was probably born in the town in 1203, though no record of
his baptism survives. His chronicle is the main source for the town's early history.

Brennick was burnt by raiders in 1412 and again in 1467; on both occasions the church
survived. The Augustinian abbey at the east end of the town, the largest landowner in the
parish, was dissolved in 1539, and its buildings were quarried for stone.

Since 1602 Brennick has been the seat of the county's quarter court, which sits in the
Moot Hall on Bridge Street. The weekly market is still held there every Thursday.

The railway reached the town in 1851, bringing a brief boom in tanning and brewing. The
station closed in 1966, and the line is now a cycle path. The town's population, the
smallest it has been since 1901, is about 6,300.

Landmarks

The Moot Hall, the abbey gatehouse and the fifteenth-century church of St Mary are listed
buildings. Bridge Street has 112 listed houses.

See also
- Wend Valley Railway
- Priory of St Osyth""",
        (
            expect("1140~", "charter"),
            expect("1286", "market", "rights"),
            expect("1203?", "aldo", "born"),
            expect("1412", "burnt"),
            expect("1467", "burnt"),
            expect("1539", "abbey", "dissolved"),
            expect("1602/..", "court"),
            expect("1851", "railway"),
            expect("1966", "station", "closed"),
        ),
    ),
    Text(
        "harlow-rovers-win",
        "sports report",
        date(2025, 11, 9),
        """Rovers end drought with late Kestle winner

By Owen Priddy, Sunday 9 November 2025

Harlow Rovers 2 Dunmere Athletic 1

A header from Jamal Kestle in the 88th minute gave Harlow Rovers their first derby win over
Athletic since 2013 in Saturday's match at Castle Meadow, lifting them out of the bottom three.

Kestle, signed from Carrow Town in January, met a corner from captain Liam Hurst at the near
post after Athletic had equalised through a penalty ten minutes earlier. Rovers had gone
ahead just before half-time when Tom Asante turned in a low cross.

It was a fourth game unbeaten for manager Grace Okonjo, who took over on 2 September after the
sacking of Phil Mayne. "The players deserved that," she said. "We have been knocking on the
door for weeks."

The club, promoted to the second tier in 2019, still have the worst home record in the
division. Rovers visit Pelham in the county cup quarter-final on Wednesday, and leaders
Stanmore will come to Castle Meadow on 22 November.

Goalkeeper Ben Ashdown, injured in training last month, is expected to be fit by 6 December.
Rovers play on Saturdays at 3pm, and the club's under-21 side trains every Tuesday evening.

Attendance: 9,214.""",
        (
            expect("2025-11-08", "win"),
            expect("2025-01", "kestle", "signed"),
            expect("2025-09-02", "okonjo"),
            expect("2019", "promoted"),
            expect("2025-11-12", "cup", "pelham", planned=True),
            expect("2025-11-22", "stanmore", planned=True),
            expect("../2025-12-06", "ashdown", "fit", planned=True),
        ),
    ),
    Text(
        "teague-ropeworks-history",
        "company history",
        None,
        """Our History

Teague & Marlow Ropeworks began in 1887, when the sailmaker Samuel Teague and his
brother-in-law Arthur Marlow set up a rope walk of 300 yards beside the harbour at Kelsby.
They made hemp cordage for fishing boats and the coastal trade.

The business was incorporated as a limited company in 1903. Outgrowing the harbour site, it
moved to a new works on the canal at Ferrow the following year, where steam machinery
replaced hand spinning.

In 1921, 1928 and 1935 the company opened branch warehouses in Hull, Bristol and Glasgow,
supplying merchant shipping across the country. Wire rope was added to the range after the
Second World War.

Since 1962 Teague & Marlow shares have been listed on the Northern Stock Exchange. The family
sold its controlling interest to the Brandt Cordage group in about 1988, but the Teague name
was kept. Our best-selling Line 1450 mooring hawser, introduced for the offshore industry, is
still made at Ferrow.

Today the company employs 380 people, and every rope leaves the works with a test
certificate. Each year we take on apprentices from local schools.

Looking ahead

Teague & Marlow plans to open a plant making recycled-fibre rope at Ferrow in 2027, the
largest investment in the works since 1904.""",
        (
            expect("1887", "rope", "walk"),
            expect("1903", "incorporated"),
            expect("1904", "moved", "ferrow"),
            expect("1921", "branch"),
            expect("1928", "branch"),
            expect("1935", "branch"),
            expect("1962/..", "listed"),
            expect("1988~", "sold"),
            expect("2027", "plant", planned=True),
        ),
    ),
    Text(
        "aster-2-mission",
        "mission summary",
        None,
        """ASTER-2 MISSION SUMMARY

Mission type: asteroid sample return
Operator: Continental Space Research Agency (CSRA)
Spacecraft mass at launch: 1,840 kg

Aster-2 was launched on 14 March 2019 from the Korvik launch centre on a Tessar-4 rocket,
bound for the near-Earth asteroid 2011 QX7. It performed an Earth flyby on 8 December 2019
to raise its orbit, and a second in December of the following year.

The spacecraft arrived at the asteroid on 21 June 2021 and released its lander, Pebble, on
September 3. Pebble hopped three times across the surface and sent data for some 60 hours
before its battery ran down, as planned.

Aster-2 fired a tantalum projectile into the surface and collected about 5 grams of material
on its second touchdown. The sample capsule separated over the Pacific and landed in the
Murrin desert on or about 5 December 2023; recovery teams reached it within three hours.

Status

The main spacecraft remains healthy and has enough propellant for further operations. An
extended mission, approved by the CSRA council, will run from January 2024 until March 2027,
with flybys of two further asteroids.

Principal investigator: Prof. Hana Weiler, Institute of Planetary Science, Orsk""",
        (
            expect("2019-03-14", "launched"),
            expect("2019-12-08", "flyby"),
            expect("2020-12", "flyby"),
            expect("2021-06-21", "arrived"),
            expect("2021-09-03", "lander"),
            expect("2023-12-05~", "capsule"),
            expect("2024-01/2027-03", "extended", "mission", planned=True),
        ),
    ),
    Text(
        "drought-support-scheme",
        "government statement",
        date(2025, 8, 20),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

News release | 20 August 2025

Minister announces drought support for livestock farmers

The Minister for Agriculture, Helena Voss, today announced a 60 million crown support scheme
for livestock farmers affected by this summer's drought.

Rainfall in the eastern provinces has been the lowest since 1976, and many farms have used
their winter fodder stocks to feed animals on parched pasture.

Under the scheme, farmers may claim up to 40 crowns per head of cattle for bought-in fodder.
Applications open on 1 September and must be submitted no later than 31 October. Payments are
expected to begin in November.

The scheme replaces the earlier fodder fund, which closed in March 2024 after its budget was
spent.

"Farmers have done everything they can, and they should not have to sell their herds because
of the weather," the Minister said. She will visit affected farms in Ostmark province on
Friday with representatives of the farmers' union.

Farmers can check their eligibility on the Ministry's website or call the helpline, which is
open every weekday from 8 a.m. to 6 p.m.

Notes to editors
1. The scheme is made under section 12 of the Agricultural Support Act 2014.
2. Press office: +45 3312 0044, press@agri-ministry.example""",
        (
            expect("2025-08-20", "drought", "support"),
            expect("2025-09-01", "applications", "open", planned=True),
            expect("../2025-10-31", "applications", planned=True),
            expect("2025-11", "payments", planned=True),
            expect("2024-03", "fodder", "fund"),
            expect("2025-08-22", "visit", planned=True),
        ),
    ),
    Text(
        "eastway-tram-vote",
        "HTML news page",
        date(2025, 2, 5),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Council backs Eastway tram line | Merriton Evening Post</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Transport</nav>
<article>
<h1>Council backs Eastway tram line after decades of delay</h1>
<p class="byline">By Rhiannon Tate, Transport Reporter |
<time datetime="2025-02-05T09:12">5 February 2025</time> | Updated 14:32</p>
<p>Merriton City Council voted on Tuesday to go ahead with the Eastway tram line, a 9 km
route linking the city centre with the university and the Eastway estate.</p>
<p>The line was first proposed in about 1998 and shelved in 2004 when the government withdrew
funding. A public consultation ran from 3 to 28 June 2024 and drew more than 6,000
responses.</p>
<p>The council will hold a final vote on the budget by 31 March. Construction is due to start
in spring 2026, and the first trams are expected to run in 2029.</p>
<p>"This is the biggest transport decision in Merriton since the ring road," said council
leader Amir Sohal.</p>
<p>Merriton's last tram ran on 30 April 1957, when the old network was replaced by buses.</p>
<figure><img src="/img/tram-1957.jpg" alt="">
<figcaption>A tram on Castle Street, 1956. Photo: Merriton Archives</figcaption></figure>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/4521">Bin collections change</a></li></ul>
</aside>
<footer>&copy; 2025 Merriton Evening Post</footer>
</body>
</html>""",
        (
            expect("2025-02-04", "council", "voted"),
            expect("1998~", "proposed"),
            expect("2004", "shelved"),
            expect("2024-06-03/2024-06-28", "consultation"),
            expect("../2025-03-31", "budget", planned=True),
            expect("2029", "trams", planned=True),
            expect("1957-04-30", "tram"),
        ),
    ),
    Text(
        "pine-hollow-evacuation",
        "wildfire evacuation order",
        date(2025, 7, 21),
        """KESTREL COUNTY SHERIFF'S OFFICE
OFFICE OF EMERGENCY SERVICES

*** EVACUATION ORDER ***
Issued: Monday, July 21, 2025, 3:40 PM
Incident: Pine Hollow Fire | Incident No. KC-25-0318

The Kestrel County Sheriff has issued an EVACUATION ORDER for Zones KES-14, KES-15 and
KES-17 (Pine Hollow Road east of Miller Creek, Juniper Flats, and Upper Sawmill Road). This
is a lawful order to leave now.

Residents must leave no later than 6:00 PM today. Take your pets, medications and
important documents. Do not return until officials say it is safe.

The Pine Hollow Fire started on Saturday near the Miller Creek campground and has burned
about 4,200 acres. An evacuation warning was issued for these zones on July 20. Fire crews
report 10 percent containment.

Much of the area last burned in 2008, but heavy brush has regrown on the slopes above Juniper
Flats.

SHELTER: An evacuation center is open at Kestrel Valley High School, 1200 Orchard Ave. Large
animals can be taken to the county fairgrounds.

A community meeting will be held Thursday at 7 PM at the high school gym. Zones will be
reassessed on or about July 25.

Red flag conditions are expected each afternoon with gusts to 35 mph.

For updates: kestrelcounty.example/fire | Call 211 | Text PINEFIRE to 888-777""",
        (
            expect("2025-07-21", "evacuation", "order"),
            expect("../2025-07-21", "leave", planned=True),
            expect("2025-07-19", "fire", "started"),
            expect("2025-07-20", "warning"),
            expect("2008", "burned"),
            expect("2025-07-24", "meeting", planned=True),
            expect("2025-07-25~", "reassessed", planned=True),
        ),
    ),
    Text(
        "calloway-cup-regatta",
        "sailing regatta report",
        date(2025, 8, 11),
        """CALLOWAY CUP 2025: HARTE TAKES FOURTH TITLE IN FINAL-DAY SHOWDOWN

Report by Marcus Fell, Calloway Bay Yacht Club

Monday 11 August 2025 - Saskia Harte and her crew on Tern III won the Calloway Cup for the
fourth time on Sunday, beating Olwen Price's Firecrest by a single point after nine races.

The regatta opened on 4 August in light airs, and the first two days produced four races
for the 38-strong fleet. On Wednesday the race committee abandoned racing after gusts of 40
knots, the strongest wind recorded at the regatta since 1999, flattened the outer marks.

Firecrest led going into the last day, but Harte won the final race by two minutes after
picking the left side of the course in a shifting westerly. "We gambled and it paid off,"
she said on the dock.

Harte, who also won the event in 2015, 2018 and 2022, now trails only the late Duncan Moyle,
who took five titles. The cup, first sailed in about 1874 as a match between two fishing
smacks, is one of the oldest club trophies on the coast.

Results (after one discard): 1. Tern III (S. Harte) 14 pts; 2. Firecrest (O. Price) 15;
3. Blue Heron (J. Madsen) 23.

The club will also host the national keelboat championship from 12 to 14 September.
Next year's Calloway Cup is scheduled for 2 to 8 August 2026. The club's Wednesday evening
series continues every week until the end of September.""",
        (
            expect("2025-08-10", "harte", "won"),
            expect("2025-08-04", "regatta", "opened"),
            expect("2025-08-06", "abandoned"),
            expect("2015", "harte", "won"),
            expect("2018", "harte", "won"),
            expect("2022", "harte", "won"),
            expect("1874~", "cup", "sailed"),
            expect("2025-09-12/2025-09-14", "championship", planned=True),
            expect("2026-08-02/2026-08-08", "calloway", "cup", planned=True),
        ),
    ),
    Text(
        "norvex-tablet-recall",
        "pharmaceutical recall release",
        date(2025, 4, 16),
        """COMPANY ANNOUNCEMENT

Pellham Pharma Issues Voluntary Nationwide Recall of Norvex (metoprolol succinate)
Extended-Release Tablets, 50 mg, Due to Dissolution Failure

WESTBROOK, April 16, 2025 - Pellham Pharma Inc. is voluntarily recalling four lots of Norvex
50 mg extended-release tablets to the consumer level. Laboratory testing found that tablets
from these lots may release the drug faster than specified.

The affected lots (NX24117, NX24118, NX25002 and NX25009) were manufactured between January 2
and February 14, 2025, and shipped to wholesalers and pharmacies between January 20 and March
31, 2025. The company became aware of the issue on April 9 during routine stability testing
and notified the FDA on April 11.

To date, Pellham Pharma has not received any reports of adverse events related to this
recall. Norvex, approved in 2014, is used to treat high blood pressure and angina.

Patients should not stop taking their medicine without speaking to their doctor or
pharmacist. Pharmacies should return unused stock of the affected lots by June 30, 2025.
Replacement stock is expected to be available around May 12.

Consumers with questions may contact Pellham Pharma at 1-800-555-0142, Monday through
Friday, 8 a.m. to 5 p.m. ET. Adverse reactions may be reported to the FDA's MedWatch program.

This recall is being conducted with the knowledge of the U.S. Food and Drug Administration.

Contact: Dana Whitlock, Communications, media@pellhampharma.example""",
        (
            expect("2025-04-16", "recall"),
            expect("2025-01-02/2025-02-14", "manufactured"),
            expect("2025-01-20/2025-03-31", "shipped"),
            expect("2025-04-09", "aware"),
            expect("2025-04-11", "fda", "notified"),
            expect("2014", "approved"),
            expect("../2025-06-30", "return", planned=True),
            expect("2025-05-12~", "replacement", planned=True),
        ),
    ),
    Text(
        "st-carrick-service-log",
        "lifeboat coxswain's service log of the 1920s",
        None,
        """ST. CARRICK LIFEBOAT STATION -- RECORD OF SERVICES
Lifeboat "William and Jane Hollis" (O.N. 612)
Coxswain: Robt. Penhale (coxswain since 1919).  Hon. Sec.: Rev. A. J. Trethewey

Date       Launched  Returned  Wind/Sea     Casualty, service rendered
---------  --------  --------  -----------  ----------------------------------------------
1926
Nov. 28    04.10     09.45     S.W. 8, v.   Ketch "Mary Anne" of Fowey, dragging anchors
                               rough        in the bay. Took off crew of 3. Ketch went
                                            ashore at Polgwyn; total loss.
Dec. 19    22.30     01.15     N.W. 6       Steam drifter "Good Intent" with fouled
                                            propeller. Towed into harbour.
1927
Jan. 6     13.00     00.40     S. 7, heavy  S.S. "Corvena" of Cardiff aground on the
                               swell        Manacle Ledge. Stood by 11 hrs; she refloated
                                            on the flood tide. No assistance required.
Feb. 2-3   16.20     10.05     E. 5, snow   Search for missing crabber "Pride" of
                                            St. Carrick, 2 men. Nothing found. Wreckage
                                            picked up by Porthallow boat later.

Remarks. Boat exercised monthly as usual, crew of 14. Cox. Penhale awarded the Institution's
bronze medal for the service to the "Mary Anne"; medal to be presented at the annual meeting in
London on 24th March. Boat to go to Cowes for overhaul on or about 1st April; reserve boat
No. 27 to cover the station.

(Signed) R. Penhale, Coxswain""",
        (
            expect("1919/..", "penhale", "coxswain"),
            expect("1926-11-28", "mary", "anne"),
            expect("1926-12-19", "good", "intent"),
            expect("1927-01-06", "corvena"),
            expect("1927-02-02/1927-02-03", "search", "pride"),
            expect("1927-03-24", "medal", planned=True),
            expect("1927-04-01~", "overhaul", planned=True),
        ),
    ),
    Text(
        "skarholm-seabird-count",
        "seabird colony count report",
        None,
        """SKARHOLM SEABIRD COLONY COUNT 2024
Report to the Skarholm Island Trust | Prepared by L. Øvreås and T. McKinnon

1. Summary

Whole-colony counts of the cliff-nesting seabirds on Skarholm were made from 3 to 9 June
2024 by a team of four. Puffin burrows on the north slope were surveyed on 21 April, before
the vegetation grew. The colony has been monitored since 1986, with full counts every five
years.

2. Results

Species             Unit    2024
Fulmar              AOS     612
Kittiwake           AON   1,214
Guillemot           IND   8,930
Razorbill           IND     744
Puffin              AOB   2,105
Gannet              AON      58

Razorbill numbers are the lowest recorded on the island since 2007. Gannets, first recorded
breeding on the west stack in 2011, continue to increase.

3. Pressures

Avian influenza was confirmed in dead great skuas on 12 July 2022, and skua numbers have
not recovered. Brown rats were removed in an eradication programme that ran from 2016 to
2018, and the island was declared rat-free in March 2020. Puffin burrow density on the north
slope has risen since then.

4. Next steps

Data will be submitted to the national Seabird Monitoring Database by 31 December 2024. The
next full census is planned for June 2029.""",
        (
            expect("2024-06-03/2024-06-09", "counts"),
            expect("2024-04-21", "puffin", "burrows"),
            expect("1986/..", "monitored"),
            expect("2011", "gannets"),
            expect("2022-07-12", "influenza"),
            expect("2016/2018", "eradication"),
            expect("2020-03", "rat-free"),
            expect("../2024-12-31", "data", "submitted", planned=True),
            expect("2029-06", "census", planned=True),
        ),
    ),
    Text(
        "greystack-point-light",
        "lighthouse's history",
        None,
        """Greystack Point Lighthouse: A History

Mariners rounding Greystack Point have long feared the Hounds, a reef of black rock that
runs half a mile out from the headland. A coal beacon was lit on the headland in c. 1690 by
the merchants of Dunhaven, but it was often left unlit in bad weather.

The reef claimed the brig Hesper, probably in 1799, with the loss of all eleven of her crew;
the parish registers for those years are incomplete. Petitions for a proper light followed.

The present granite tower, 31 metres high, was built between 1839 and 1842 to a design by the
engineer Thomas Brodie. It was first lit on 1 October 1842 with an oil lamp and reflectors. A
fog signal was added in 1875, and the light was electrified in 1931.

Greystack was automated in 1987; the last keepers left on 30 June that year. Since 2004 the
station has been managed by the Coastal Lights Trust, which opened the keepers' cottages as
holiday lets.

The light flashes white every 15 seconds and can be seen for 23 nautical miles. Visitors can
climb the tower on summer weekends.

Restoration of the lantern and the cast-iron gallery will begin in 2026, funded by a heritage
grant and public donations.""",
        (
            expect("1690~", "beacon"),
            expect("1799?", "hesper"),
            expect("1839/1842", "tower", "built"),
            expect("1842-10-01", "lit"),
            expect("1875", "fog", "signal"),
            expect("1931", "electrified"),
            expect("1987", "automated"),
            expect("1987-06-30", "keepers", "left"),
            expect("2004/..", "trust"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "ringway-road-pricing",
        "transport ministry road pricing statement",
        date(2025, 5, 27),
        """Department for Transport and Infrastructure
Press Office

Statement by the Secretary of State on road pricing for the Aldport Ringway
Published 27 May 2025

The Secretary of State for Transport, Owen Maddox, today confirmed that a distance-based
charge will be introduced on the Aldport Ringway from 1 April 2026.

The Ringway opened in 1974 and was designed for 60,000 vehicles a day. It now carries more
than 140,000, and traffic at peak hours is the heaviest it has been since
2019. A pilot, in which 4,000 volunteer drivers were charged by satellite tracking, ran from
6 January to 30 June 2024 and cut their peak-hour journeys by 11 per cent.

"Building more lanes will not solve congestion on the Ringway," the Secretary of State said.
"A fair charge, with the money spent on buses and rail, will."

The charge will be set at 9 pence per kilometre at peak times and 3 pence at other times,
and will rise with inflation each April. Drivers with disabilities and emergency vehicles
will be exempt.

A consultation on the detailed rules opens today. Responses must be received no later than
8 July. Regulations will be laid before Parliament in September under the Road Charging Act
2019.

Enquiries: press.office@dti.example | 020 7946 0321 (out of hours: 020 7946 0999)""",
        (
            expect("2025-05-27", "confirmed", "charge"),
            expect("2026-04-01", "charge", "introduced", planned=True),
            expect("2025-05-27", "consultation", "opens"),
            expect("1974", "ringway", "opened"),
            expect("2024-01-06/2024-06-30", "pilot"),
            expect("../2025-07-08", "responses", planned=True),
            expect("2025-09", "regulations", planned=True),
        ),
    ),
    Text(
        "blue-lantern-gigs",
        "jazz club HTML gig page",
        date(2025, 9, 29),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What's On | The Blue Lantern Jazz Club, Corrin Street</title>
</head>
<body>
<header><h1>The Blue Lantern</h1><p>Live jazz in the cellar since the sixties</p></header>
<main>
<p class="updated">Listings updated Monday 29 September 2025</p>
<p>Tomorrow night the Tuesday jam session returns after the summer break: bring your horn,
sign up at the bar. Jam nights run every Tuesday, doors 7.30pm, free entry.</p>
<h2>Coming up</h2>
<ul class="gigs">
<li><time datetime="2025-10-03">Fri 3 Oct</time> - <b>Imani Cole Quartet</b> - hard bop from
the Leeds tenor player's new album. &pound;16 / &pound;12</li>
<li><time datetime="2025-10-11">Sat 11 Oct</time> - <b>Pavel Rusk Trio</b> - SOLD OUT</li>
<li>Tue 21 - Thu 23 Oct - <b>Marguerite Osei</b> three-night residency with strings.
&pound;20 per night</li>
<li><time datetime="2025-10-31">Fri 31 Oct</time> - <b>Hallowe'en Swing Ball</b> with the
Corrin Street Stompers</li>
</ul>
<h2>About the club</h2>
<p>The Blue Lantern opened in a former wine cellar in 1961. It closed in 1989 when the
building was sold, and reopened under its present owners on 14 February 1994. Booth No. 1961
is where the club's founder, Ray Dellow, sat every night.</p>
</main>
<footer><p>12 Corrin Street &middot; Box office 0161 496 0733 &middot; Open Tue-Sun</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-30", "jam", "session", planned=True),
            expect("2025-10-03", "imani", "cole", planned=True),
            expect("2025-10-11", "pavel", "rusk", planned=True),
            expect("2025-10-21/2025-10-23", "osei", "residency", planned=True),
            expect("2025-10-31", "swing", "ball", planned=True),
            expect("1961", "opened"),
            expect("1989", "closed"),
            expect("1994-02-14", "reopened"),
        ),
    ),
    Text(
        "anchor-vaults-review",
        "licensing committee decision",
        None,
        """FENWICH BOROUGH COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DECISION

Premises: The Anchor Vaults, 4 Quay Lane, Fenwich FN2 7QA
Application: Review of premises licence (Licensing Act 2003, s.51)
Licence No.: PL/0942 | Applicant: Fenwich Division, Coastshire Police
Hearing date: 14 January 2025

1. The premises licence for The Anchor Vaults was first granted on 3 March 2011. The
designated premises supervisor (DPS), Mr Kevin Thorley, has been in post since 2019.

2. On or about 2 November 2024 police attended the premises after a reported assault in the
bar, in which a customer suffered a fractured jaw. Officers found that the CCTV system was
not working and that no incident log had been kept.

3. The police applied for a review of the licence on 18 November 2024. Representations were
received from the environmental health service and from two local residents.

4. The Sub-Committee met on 14 January 2025 and heard from the police, the residents and
the licence holder's solicitor.

5. Decision. The Sub-Committee has decided to suspend the licence from 5 February to 4 March
2025 and to add conditions. A working CCTV system covering all public areas must be installed
no later than 28 February 2025, and door staff must be employed every Friday and Saturday
from 9 pm.

6. Any party may appeal to the magistrates' court within 21 days of this notice.

Chair: Cllr D. Amesbury""",
        (
            expect("2011-03-03", "licence", "granted"),
            expect("2019/..", "thorley"),
            expect("2024-11-02~", "police", "attended"),
            expect("2024-11-18", "review"),
            expect("2025-01-14", "sub-committee", "met"),
            expect("2025-02-05/2025-03-04", "suspend", planned=True),
            expect("../2025-02-28", "cctv", planned=True),
        ),
    ),
    Text(
        "ashby-lane-tannery",
        "tannery's history",
        None,
        """The Ashby Lane Tannery

Leather has been made beside the River Wend at Kelsey Bridge for three centuries. Tanning
pits were dug on the meadow below the bridge around 1720, fed by a leat from the mill
stream, and oak bark from the Forest of Rhee supplied the tannin.

Joseph Ashby, a currier from Leicester, bought the yard in 1794 and gave it his name. His
sons lost the bark store and drying sheds in a fire in 1836, the worst in the town since
1741, and rebuilt them in brick the following year. Their long drying loft, with its louvred
sides, still stands.

Bark tanning gave way to chrome tanning in 1908, cutting the time a hide spent in the pits
from a year to a few weeks. From 1915 to 1918 the tannery worked day and night on leather
for army boots and harness.

The Ashby family sold the business in about 1962 to a group of Northampton shoe makers. It
nearly closed in the 1980s, but a management buy-out saved it. Since 1999 the tannery has
again used oak bark alone, and it is now one of only two bark tanneries left in the country.
Hides still lie in the pits for twelve months.

A museum of the leather trade is to open in the old drying loft in 2026.""",
        (
            expect("1720~", "pits"),
            expect("1794", "ashby", "bought"),
            expect("1836", "fire"),
            expect("1837", "rebuilt"),
            expect("1908", "chrome"),
            expect("1915/1918", "army", "boots"),
            expect("1962~", "sold"),
            expect("1999/..", "oak", "bark"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "drenford-society-report",
        "society's annual report",
        None,
        """DRENFORD NATURAL HISTORY SOCIETY
Registered Charity No. 504117
ANNUAL REPORT OF THE COUNCIL FOR THE YEAR 2024

The Society, founded in 1872 by a group of Drenford schoolmasters and clergymen, exists to
study and record the wildlife of the district and to share that knowledge.

Meetings. The Annual General Meeting was held on 16 March 2024 at the Corn Exchange, with 58
members present. Lectures continued on the second Tuesday of each month from October to
April. The field meeting to Harrow Fen on 8 June was cancelled owing to heavy rain; other
field meetings were well attended.

Library and collections. In October the Society moved its library to the new study room at
Drenford Town Museum, where members may consult it on weekdays. The herbarium, begun by our
founder Edwin Marr in c. 1880, now holds some 11,000 sheets.

Officers. Our President, Dr Ruth Abara, who has served since 2019, will step down at the
next AGM on 15 March 2025. Council thanks her for six years of energetic leadership.
Subscriptions for the coming year must be paid by 31 January.

Finance. The accounts show a surplus of 1,240 pounds, the first since 2017, largely from
the sale of the Society's new county flora.

J. M. Harland, Hon. Secretary""",
        (
            expect("1872", "society", "found"),
            expect("2024-03-16", "annual", "general", "meeting"),
            expect("2024-06-08", "field", "meeting"),
            expect("2024-10", "library"),
            expect("1880~", "herbarium"),
            expect("2019/..", "abara"),
            expect("2025-03-15", "abara", "step", planned=True),
            expect("../2025-01-31", "subscriptions", planned=True),
        ),
    ),
)
