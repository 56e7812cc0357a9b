"""The two-hundred-and-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the draft's code or its earlier batches, in twenty styles: a
wire story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a heat
warning for farmers, a sailing regatta report, a rural bus route launch release, a ploughman's
diary of the 1900s, an otter survey, a canal wharf's history, a housing minister's homelessness
statement, a choir's HTML concerts page, a pensions ombudsman determination, a hat factory's
history and a photographic society's exhibition calendar. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, a decade, "late
1960s", "last summer", "in the spring") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRD_CORPUS",)


TWOHUNDREDTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "island-airline-buyer",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PORT ALVER, March 14 (Meridian Wire) - Alverline, the island airline that grounded its
fleet last month, said on Friday it had found a buyer, and that it would resume flights
between Port Alver and the outer islands on Monday, March 24.

The carrier stopped all flights on February 17 after its insurer withdrew cover. Two days
later the Civil Aviation Directorate suspended its operating licence, which the regulator
restored on Thursday after the buyer guaranteed the airline's debts.

The buyer, the Skerra Holding group, agreed to pay about 12 million crowns for the airline,
according to a filing with the Port Alver stock exchange. The deal is expected to close by
April 30, subject to approval by the competition board.

Alverline was founded in 1987 as an air ambulance service and began scheduled passenger
flights in 1991. Before the grounding its traffic was at the highest level since 2008, but
fuel costs and a dispute with pilots left it with losses.

Chief executive Ragna Holm said the first weeks would be flown on a reduced timetable of six
daily departures. "We fly to the islands every day of the year, and we intend to keep doing
so," she said. The airline's 214 staff have been paid from an emergency fund set up by the
county.

Skerra, which has owned the island ferry operator Nordsund since 2019, plans to merge the
booking systems of the two companies in 2026.

(Reporting by Eirik Sandvold; Editing by Paula Mbeki)""",
        (
            expect("2025-03-14", "buyer"),
            expect("2025-03-24", "flights", planned=True),
            expect("2025-02-17", "stop"),
            expect("2025-02-19", "licence", "suspend"),
            expect("2025-03-13", "licence", "restor"),
            expect("../2025-04-30", "deal", planned=True),
            expect("1987", "found"),
            expect("1991", "passenger"),
            expect("2019/..", "nordsund"),
            expect("2026", "booking", planned=True),
        ),
    ),
    Text(
        "oatcake-bakery-tarnley",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Brightwell Foods to build second bakery at Tarnley Gate

TARNLEY, 2 June 2025 - Brightwell Foods Ltd, the family-owned maker of oatcakes and
crispbreads, today announced plans for a second bakery on the Tarnley Gate industrial
estate, which received planning consent on 14 May. Construction is scheduled to start in
September 2025, and the bakery is expected to begin production in spring 2027.

The £18 million bakery will create around 140 jobs. Brightwell has leased the 4.2-hectare
plot from Tarnley Borough Council since 2021.

Recruitment for the first 60 posts will open on or about 1 October 2026, and new staff will
train at the Canal Road bakery from 1 to 26 February 2027.

Managing director Fiona Brightwell said: "My grandparents baked their first oatcakes above a
grocer's shop. Every generation since has had to find more room, and Tarnley Gate gives us
room for the next thirty years."

About Brightwell Foods
Brightwell was founded in 1952 by Agnes and Walter Brightwell on Mill Street, Tarnley. The
company moved to its present bakery on Canal Road in 1968 and won the gold medal of the
Northern Food Awards in 2003 and 2016. It employs 310 people and sells in 14 countries.

Media contact: Priya Lal, Brightwell Foods, 01632 960418, press@brightwell.example
###""",
        (
            expect("2025-06-02", "bakery"),
            expect("2025-09", "construction", planned=True),
            expect("2021/..", "lease"),
            expect("2025-05-14", "planning", "consent"),
            expect("2026-10-01~", "recruitment", planned=True),
            expect("2027-02-01/2027-02-26", "train", planned=True),
            expect("1952", "found"),
            expect("1968", "move"),
            expect("2003", "medal"),
            expect("2016", "medal"),
        ),
    ),
    Text(
        "pruett-v-castellan",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HARLAN D. PRUETT,                                  No. 58213-4-II
                   Appellant,
        v.                                         PUBLISHED OPINION
CASTELLAN GRAIN COOPERATIVE,
                   Respondent.                     Filed: April 22, 2025

VELASCO, J. - Harlan Pruett appeals the order granting summary judgment on his claim that
Castellan Grain Cooperative dismissed him in violation of public policy. We affirm.

                                  FACTS

Pruett began work as an elevator operator at Castellan's Dunmore terminal in or about 2009.
Castellan's attendance policy, in force since January 1, 2018, permits dismissal after three
unexcused absences in any twelve months.

On or about March 3, 2021, Pruett told a state grain inspector that the terminal's
dust-collection system had failed. Castellan suspended him on March 19 and dismissed him on
April 6, 2021, citing three unexcused absences. The record shows that the plant manager had
drafted the dismissal letter on February 26, 2021, days before Pruett spoke to the inspector.

Pruett filed this action on October 12, 2022. The trial court granted Castellan's motion for
summary judgment on August 30, 2024, and Pruett appealed the following month.

                                 ANALYSIS

We review summary judgment de novo. Nyberg v. Coastal Lumber Co., 188 Wm. App. 402, 411
(2015). To survive the motion, Pruett had to show that his report was a substantial factor
in the decision to dismiss him. Id. at 414. A decision taken before the protected conduct
cannot have been caused by it. Pruett offers no evidence that the letter of February 26 was
revised, or that the manager knew of a complaint Pruett had not yet made.

The trial court did not err.

Affirmed.

                                                   Velasco, J.
WE CONCUR: Orme, C.J.; Takahashi, J.""",
        (
            expect("2009~", "work"),
            expect("2018-01-01/..", "policy"),
            expect("2021-03-03~", "inspector"),
            expect("2021-03-19", "suspend"),
            expect("2021-04-06", "dismiss"),
            expect("2021-02-26", "letter"),
            expect("2022-10-12", "file"),
            expect("2024-08-30", "summary judgment"),
            expect("2024-09", "appeal"),
            expect("2025-04-22", "affirm"),
        ),
    ),
    Text(
        "holmsby-history",
        "encyclopedia history",
        None,
        """Holmsby

Holmsby is a market town and civil parish in the Vale of Lyne, in the county of Westerdale.
It lies 14 miles (23 km) west of Carrow on the old road to the coast.

History

A settlement at Holmsby is first mentioned in a land grant of c. 940, in which the king gave
"Holmesbi" to the minster at Carrow. The town received a market charter in 1227, and a stone
bridge over the Lyne was built some forty years later. Floods damaged the bridge again and
again; it was rebuilt in 1598 and 1702, and its present seven arches date from the second
rebuilding.

A grammar school, endowed by the wool merchant Thomas Ashby, has existed in the town since
1562. The wool trade declined in the late 17th century, and Holmsby became a centre of
leather tanning.

The Holmsby Canal opened in 1796. The railway reached the town in 1849, and the canal closed
to traffic the following year; much of its bed now lies under the station car park.

The town grew little in the 20th century. The great flood of the late 1960s destroyed the
cattle market, which was not rebuilt. A bypass to take through traffic away from the High
Street is expected to open in 2027.

See also
- List of bridges over the River Lyne

References
1. Carrow Cartulary, fol. 12v.
2. Westerdale Record Office, DR/HOL/1562/4.""",
        (
            expect("0940~", "grant"),
            expect("1227", "market"),
            expect("1267~", "bridge"),
            expect("1598", "rebuilt"),
            expect("1702", "rebuilt"),
            expect("1562/..", "school"),
            expect("1796", "canal", "open"),
            expect("1849", "railway"),
            expect("1850", "canal", "clos"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "rovers-beat-wexley",
        "sports report",
        date(2025, 11, 9),
        """Baird double ends Rovers' home drought

By Sam Aldous

Calder Rovers 3 Wexley Athletic 1

Tom Baird scored twice as Calder Rovers beat Wexley Athletic 3-1 at Millfield on Saturday
for their first home league win since the opening day of the season.

Baird, who signed from Eastport City on 1 September, opened the scoring after 12 minutes,
turning in Kofi Mensah's low cross. Wexley levelled through Dean Farrow just before the
break, but Baird headed Rovers back in front on 58 minutes and substitute Luca Pirelli added
a third in stoppage time. It was Rovers' first win over Wexley since 1998.

"The lads have been knocking on the door for weeks, and this one has been coming," said
manager Dana Okoro, who has been in charge since January 2023.

Rovers, promoted to the National League in 2019 and relegated in 2022, climb to eighth.

Rovers travel to Hallam Town on Tuesday, and the FA Trophy replay against Brigg is scheduled
for 19 November at Millfield. They will still be without defender Ali Sayer, who tore a
hamstring against Stoke Ferry on 18 October and is expected to return around 1 December.

Calder Rovers: Whitlow; Sayle, Okafor, Brannigan, Tewes; Mensah, Holt (Pirelli 71), Quist;
Ndiaye, Baird, Corr. Att: 2,841.""",
        (
            expect("2025-11-08", "wexley"),
            expect("2025-09-01", "baird", "sign"),
            expect("2023-01/..", "okoro"),
            expect("2019", "promot"),
            expect("2022", "relegat"),
            expect("2025-10-18", "hamstring"),
            expect("2025-12-01~", "return", planned=True),
            expect("2025-11-11", "hallam", planned=True),
            expect("2025-11-19", "replay", planned=True),
        ),
    ),
    Text(
        "marrow-lindqvist-history",
        "company history",
        None,
        """Our history

Marrow & Lindqvist was founded in 1883 by the ropemaker Jonas Lindqvist and the ship
chandler Edwin Marrow, in a rope walk three hundred yards long beside the harbour at
Saltcote. The partners moved the works inland to Brackley Fields in 1907 and began making
steel wire rope there the following year.

Our ropes went to sea on the great liners: in 1925 we supplied the mooring hawsers for the
Aurelian and her sister ship Castellane. Around 1950 the company turned to synthetic fibres,
and by 1960 nylon ropes made up half of its output.

Marrow & Lindqvist was listed on the Saltcote Stock Exchange on 3 May 1972. In 1999 it was
bought by the Dutch group Van Roon, and it remains the group's rope-making arm.

Since 2011 the Brackley Fields works has run entirely on electricity from its own wind
turbines, and every rope leaves the works with a test certificate to ISO 2307. Today we
employ 420 people and export to more than 60 countries.

The next chapter is already being written. A new testing laboratory for offshore mooring
lines is to open at Brackley Fields in 2026, with a 400-tonne tensile test bed, the largest
of its kind in northern Europe.

Marrow & Lindqvist Cordage Ltd · Brackley Fields, Saltcote SC4 7RW · Registered in
Westerdale No. 00184215""",
        (
            expect("1883", "found"),
            expect("1907", "move"),
            expect("1908", "wire"),
            expect("1925", "hawser"),
            expect("1950~", "synthetic"),
            expect("../1960", "nylon"),
            expect("1972-05-03", "list"),
            expect("1999", "van roon"),
            expect("2011/..", "wind"),
            expect("2026", "laboratory", planned=True),
        ),
    ),
    Text(
        "halcyon-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY - HALCYON LUNAR ORBITER
Westerly Space Agency · Planetary Science Directorate · Document WSA-PSD-2025-017

Halcyon was a small orbiter built to map water ice in the permanently shadowed craters near
the Moon's south pole. The mission was approved in November 2016 as the third flight of the
agency's Pathfinder line.

Launch and cruise
Halcyon was launched on 14 July 2021 from the Kestrel Point range on a Vanta-2 rocket. After
a low-energy cruise it entered lunar orbit on 9 August. Following three weeks of
commissioning, its primary science phase ran from 1 September 2021 to 31 August 2023.

Results
The neutron spectrometer (NSX-2019) and the ice camera returned 41 terabytes of data. The
orbiter circled the Moon every two hours, passing over each crater roughly once a month. In
October 2024 the orbit was lowered to 20 km to sharpen the maps of the deepest craters.

Status
Contact with Halcyon was lost on or about 2 February 2025, probably after a failure of the
reaction wheels. Tracking suggests the orbiter will strike the far side no later than 30 June
2026. A final archive release to the Planetary Data Node is scheduled for March 2026.

Principal investigator: Dr Anneli Rask, Saltcote University""",
        (
            expect("2016-11", "approv"),
            expect("2021-07-14", "launch"),
            expect("2021-08-09", "lunar orbit"),
            expect("2021-09-01/2023-08-31", "science"),
            expect("2024-10", "lower"),
            expect("2025-02-02~", "contact"),
            expect("../2026-06-30", "far side", planned=True),
            expect("2026-03", "archive", planned=True),
        ),
    ),
    Text(
        "dorn-ammonia-spill",
        "government statement",
        date(2025, 8, 18),
        """MINISTRY OF ENVIRONMENT AND WATER
Press Office · Statement
Monday 18 August 2025

Ammonia spill in the River Dorn: update

On Saturday 16 August, a road tanker carrying liquid fertiliser overturned on the B2190 near
Dornford, and about 9,000 litres of ammonia solution entered the River Dorn. The Ministry's
incident team is on site.

Samples taken on 17 and 18 August show ammonia at up to twelve times the safe level for fish
over a stretch of some six kilometres below Dornford Weir. A ban on fishing and on taking
water for livestock from this stretch has been in force since Sunday. The Ministry will
review the ban on 1 September in the light of further sampling.

Farmers and anglers who have suffered losses may claim compensation from the operator's
insurer. Claims must be submitted by 30 September.

The Minister for Environment and Water, Ingrid Vale, will visit Dornford on Thursday to meet
residents and the incident team.

The tanker's operator, Harlow Bulk Liquids, holds a carrier's licence that was last renewed
in 2019. The Ministry has asked the Chemicals Inspectorate to examine the licence and the
vehicle.

The river has not suffered a spill of this size since 2009.

Enquiries: incident line 0800 555 0193 (open every day, 08:00-20:00).
Ends""",
        (
            expect("2025-08-16", "tanker"),
            expect("2025-08-17", "sample"),
            expect("2025-08-18", "sample"),
            expect("2025-08-17/..", "ban"),
            expect("2025-09-01", "review", planned=True),
            expect("2019", "licence"),
            expect("../2025-09-30", "claim", planned=True),
            expect("2025-08-21", "visit", planned=True),
        ),
    ),
    Text(
        "carrow-library-reopens",
        "HTML news page",
        date(2025, 5, 21),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year closure | Carrow Evening Post</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a>
</nav></header>
<article>
<h1>Central Library reopens after two-year closure</h1>
<p class="byline">By Helen Quayle &middot; <time datetime="2025-05-21T07:30">21 May 2025</time>
</p>
<p>Carrow's Central Library reopened its doors on Tuesday after a &pound;6.2m repair of its
roof and reading rooms, with a queue of readers stretching along Abbey Street.</p>
<p>A new children's library on the ground floor will open on 2 June, and Sunday opening will
begin on 1 July.</p>
<p>The library closed in January 2023 after rainwater came through the glass dome of the
main reading room.</p>
<p>The building was built in 1906 with a gift from the shipowner Alfred Carrow, and was
extended in 1958 and 1974. The city council has run it since 1921.</p>
<p>"People have missed this place more than we knew," said council leader Priya Nandra.</p>
<p>The library is open from 9am to 7pm every weekday and from 10am to 4pm on Saturdays.</p>
</article>
<aside><h2>Most read</h2>
<ul>
<li><a href="/news/2025/05/bus-lane-fines">Bus lane fines to rise from &pound;60 to
&pound;70</a></li>
<li><a href="/news/2025/05/market-stalls">Market traders win fight over stall rents</a></li>
</ul></aside>
<footer>&copy; 2025 Carrow Evening Post. Registered in England No. 04418273.</footer>
</body>
</html>""",
        (
            expect("2025-05-20", "reopen"),
            expect("2023-01", "clos"),
            expect("1906", "built"),
            expect("1958", "extend"),
            expect("1974", "extend"),
            expect("1921/..", "council"),
            expect("2025-06-02", "children", planned=True),
            expect("2025-07-01", "sunday", planned=True),
        ),
    ),
    Text(
        "westerdale-heat-alert",
        "heat warning for farmers",
        date(2025, 7, 7),
        """WESTERDALE FARMING ADVISORY SERVICE
HEAT ALERT FOR FARMERS AND GROWERS - LEVEL 3 (AMBER)
Issued: Monday 7 July 2025, 10:00 | Ref: FAS/HT/25/04

The Met Service forecasts temperatures of 33-35C in the Vale of Lyne and the southern dales
on Wednesday and Thursday, with night-time lows above 20C. The amber alert is in force from
12:00 on Tuesday until 21:00 on Friday. Cooler air is expected to reach the county from the
west on Saturday.

The dry spell, which began around 20 May, has left soils very dry. A hosepipe ban for the
Vale water zone took effect on 1 July, and Harnmoor reservoir fell below half of its
capacity on 3 July. Farmers may still draw water for livestock under their abstraction
licences.

Livestock
- Check water troughs at least twice a day; a dairy cow can drink 150 litres on a hot day.
- Move stock to shade between 11:00 and 16:00; do not load or transport animals in the heat
  of the day.
- Poultry and pig units: run ventilation at full capacity overnight.

Crops and fire
- Stubble burning is prohibited until further notice.
- Keep a water bowser and beaters by any field being harvested.
- Report field fires on 999 first, then to the Advisory Service.

Last summer's heatwave cost county farms an estimated 1,800 head of poultry.

Farm Support Line: 0300 555 0172 (open daily 07:00-22:00)
Westerdale Farming Advisory Service, Agricultural Offices, Hollin Road, Carrow""",
        (
            expect("2025-07-09", "temperature", planned=True),
            expect("2025-07-10", "temperature", planned=True),
            expect("2025-07-08/2025-07-11", "alert", planned=True),
            expect("2025-07-12", "cooler", planned=True),
            expect("2025-05-20~", "dry spell"),
            expect("2025-07-01", "hosepipe"),
            expect("2025-07-03", "reservoir"),
        ),
    ),
    Text(
        "halloran-bay-regatta",
        "sailing regatta report",
        date(2025, 8, 11),
        """HALLORAN BAY SAILING CLUB - REGATTA REPORT

Quinlan keeps the Commodore's Cup in the bay
by Marcus Tierney, Sailing Secretary

The 145th Halloran Bay Regatta ran from 6 to 10 August, with 112 boats in nine classes and,
for once, a full programme of racing in every class but one.

Orla Quinlan and her crew on Tern II won the Commodore's Cup on Sunday, taking the deciding
race by just over a minute from the Kilbride entry Spindrift. Quinlan's father Declan won the
Cup in 1988 in the same boat. Tern II's time of 2 hours 14 minutes was the fastest for the
course since 1999.

Racing on Thursday was abandoned after the wind rose to 35 knots in the bay. All racing
was run from the committee boat Marlin, as the clubhouse has been closed for repairs since
March. The club's new committee boat is due to be delivered by 1 May 2026.

The club was founded in 1872, and its first regatta was held in 1874. The Commodore's Cup, a
silver ewer given by Commodore Henry Blake, was first presented in 1903.

Next year's regatta will be sailed from 5 to 9 August 2026. Entries open in the spring.

Results in full: see the club noticeboard or hbsc.example/results.""",
        (
            expect("2025-08-06/2025-08-10", "regatta"),
            expect("2025-08-10", "cup"),
            expect("1988", "declan"),
            expect("2025-08-07", "abandon"),
            expect("1872", "found"),
            expect("1874", "regatta"),
            expect("1903", "present"),
            expect("2025-03/..", "clubhouse"),
            expect("../2026-05-01", "committee boat", planned=True),
            expect("2026-08-05/2026-08-09", "regatta", planned=True),
        ),
    ),
    Text(
        "fellrider-bus-launch",
        "rural bus route launch release",
        date(2025, 7, 24),
        """NEWS RELEASE - Westerdale County Council
24 July 2025 - for immediate use

New Fellrider bus to link upper dale villages

A new bus route, the 74 Fellrider, will start on Monday 1 September, linking eleven villages
in the upper Lyne valley with the market town of Holmsby and the railway at Carrow.

Printed timetables will be delivered to every household on the route by 22 August. A launch
day with free travel on all journeys will be held on Saturday 30 August, starting at Kelder
village hall.

The council won £1.4 million from the national Rural Mobility Fund on 12 June, after a public
consultation that ran from 3 to 28 March and drew 1,386 responses.

The route replaces the 73, which was withdrawn in 2019, and brings back a Sunday service to
the upper dale; the last Sunday bus ran there in 2014. Buses will run every two hours from
07:10 to 19:10, Monday to Saturday, with four journeys on Sundays.

The route will be run by Ridgeway Coaches of Kelder, which has served the dales since 1964,
using three new 33-seat low-floor buses.

Councillor Ruth Ambler, cabinet member for transport, said: "For the first time since 2014,
people in Kelder and Scarth will be able to get to church, to the hospital or to a Sunday job
without a car."

Notes to editors
1. The Rural Mobility Fund was created under the Transport (Rural Areas) Act 2023.
2. Route map and timetable: westerdale.example/fellrider

Press office: 01632 960 770 · press@westerdale.example""",
        (
            expect("2025-09-01", "route", planned=True),
            expect("../2025-08-22", "timetable", planned=True),
            expect("2025-08-30", "launch", planned=True),
            expect("2025-06-12", "fund"),
            expect("2025-03-03/2025-03-28", "consultation"),
            expect("2019", "withdrawn"),
            expect("2014", "sunday"),
            expect("1964/..", "ridgeway"),
        ),
    ),
    Text(
        "pellow-ploughman-diary",
        "ploughman's diary of the 1900s",
        None,
        """THE DIARY OF AMOS PELLOW, PLOUGHMAN
Trewin Farm, parish of St Keverne Minor - the year 1907
Transcribed by the Lanmoor Local History Group, spelling as in the original.

Jan 2. Wensday. Hard frost, ground like iron. Took Blossom to Pengellys forge to be shod,
2s 4d.

Jan 14. Begun ploughing the Long Close with Blossom and Captain. Ground heavy. Old Jacka says
he have ploughed this close every year since about 1860.

Feb 28. Master went to Penvose market and bought a new Ransome plough, £4 10s. Rain all day.

Mar 11. Tried the new plough in Quarry Field. She do run sweet. Captain lame in the near
fore, the farrier thinks from a stone picked up on or about the 8th.

Apr 6. Sowed the barley in Quarry Field, 9 bushel to the acre. Master says we shall start on
the mangolds Monday next, and the ploughing match at Trewartha Barton is to be on 3rd October
and I am to go with Blossom and Captain.

Apr 20. Our boy born this morning about 5 oclock, to be called William. Mother and child
doing well. Master gave me the day.

Note by the transcribers: only this volume of the diary survives. It was given to the group
in 2019 by Amos Pellow's great-granddaughter, Mrs Jenna Rowe of Porthcarrow.""",
        (
            expect("1907-01-02", "shod"),
            expect("1907-01-14", "long close"),
            expect("1907-02-28", "plough"),
            expect("1907-03-11", "plough"),
            expect("1907-03-08~", "stone"),
            expect("1907-04-06", "barley"),
            expect("1907-04-08", "mangold", planned=True),
            expect("1907-10-03", "match", planned=True),
            expect("1907-04-20", "born"),
            expect("2019", "diary"),
        ),
    ),
    Text(
        "wend-otter-survey",
        "otter survey",
        None,
        """RIVER WEND OTTER SURVEY 2024 - SUMMARY OF FINDINGS
Wend Valley Wildlife Trust · Report WVWT/OS/24 · Grid refs SO 412 630 to SO 287 744

1. Method
The survey followed the standard national method: 600 m of bank searched for spraints,
footprints and other signs at each of 48 sites. Fieldwork was carried out between 9 and 20
September 2024 by eleven trained volunteers. The river was previously surveyed in 1991 and
2008, and the same sites were used.

2. Background
Otters disappeared from the upper Wend around 1965, when pesticide residues were high across
the catchment, and were first recorded again at Colford Mill, probably in 1994. The Wend has
been a Special Area of Conservation since 2005.

3. Results
Signs were found at 41 of the 48 sites (85%), against 19 sites in the first survey and 33 in
the second. A dog otter was found dead on the B4312 at Lyde Bridge on 2 March 2024; it is
the third road casualty on this stretch since 2015. During the fieldwork, a fresh spraint was
found at Hobb's Weir on 14 September, the furthest upstream record since 1962.

4. Recommendations
- Two artificial holts will be built on the Lidd Brook by December 2025.
- Otter ledges should be fitted under Lyde Bridge when the deck is next resurfaced.
- A repeat survey is planned for September 2027; the Trust now aims to survey the river
  about every three years.

Contact: Dr Ruth Ellery, Conservation Officer, r.ellery@wvwt.example""",
        (
            expect("2024-09-09/2024-09-20", "fieldwork"),
            expect("1991", "survey"),
            expect("2008", "survey"),
            expect("1965~", "disappear"),
            expect("1994?", "colford"),
            expect("2005/..", "conservation"),
            expect("2024-09-14", "spraint"),
            expect("2024-03-02", "dead"),
            expect("../2025-12", "holt", planned=True),
            expect("2027-09", "survey", planned=True),
        ),
    ),
    Text(
        "coldharbour-wharf",
        "canal wharf's history",
        None,
        """Coldharbour Wharf - a short history
Wend Valley Canal Trust · Heritage leaflet no. 7

Coldharbour Wharf was built in 1794-95 by the Wend Navigation Company, to serve the lime
quarries on Coldharbour Hill. It opened to traffic on 12 October 1795, when the company's
first boat, the Endeavour, unloaded forty tons of coal here.

The stone warehouse beside the basin was added in about 1820. Four lime kilns worked at the
wharf from 1834 to 1890; two of them can still be seen behind the cottages.

Trade fell away after the railway came to the valley, but coal boats called until the last
commercial cargo was unloaded in March 1957. The canal itself was closed in 1961, and the
basin was filled with rubbish.

Restoration began in 1988, when a party of volunteers cleared the first hundred yards of the
cut, and the wharf reopened to boats in 2001. Since 2004 the warehouse has housed the Wend
Valley Canal Museum, open at weekends from Easter to October.

New visitor moorings for twelve boats are to be completed by 31 March 2026.

Wend Valley Canal Trust, registered charity no. 1054321. Leaflet text © 2025.""",
        (
            expect("1794/1795", "built"),
            expect("1795-10-12", "open"),
            expect("1820~", "warehouse"),
            expect("1834/1890", "kiln"),
            expect("1957-03", "cargo"),
            expect("1961", "clos"),
            expect("1988", "restoration"),
            expect("2001", "reopen"),
            expect("2004/..", "museum"),
            expect("../2026-03-31", "moorings", planned=True),
        ),
    ),
    Text(
        "renner-homelessness",
        "housing minister's homelessness statement",
        date(2025, 11, 20),
        """DEPARTMENT OF HOUSING AND COMMUNITIES
Statement by the Minister for Housing, Tobias Renner TD, on homelessness
Thursday 20 November 2025

Every one of the 14,210 people in emergency accommodation tonight is a person the State has
failed, and I do not hide from that figure. It is the highest since 2014.

Since the Homeless Action Plan was launched in March 2024, local authorities have moved
more than 6,000 households out of emergency accommodation. But demand has risen faster than
we have been able to respond, and much of that rise followed the end of the eviction
moratorium on 31 March 2023.

Government on Tuesday approved an additional €40 million for homeless services this winter.
The Renters' Protection Act, which came into force on 1 July, has already halved the number
of no-fault notices served on families.

Cold-weather shelters will open in all 31 local authority areas on 1 December. The Rapid
Build programme will deliver 1,200 modular homes by the end of 2026; the first 200 are
already being built. We will publish the Homelessness Prevention Bill by 31 January.

I will meet the chief executives of the local authorities on Monday to agree a plan for the
families who have been in hotels for more than a year. No child should spend Christmas in a
single hotel room, and I intend to hold every authority to that.

Ends.
Press Office, Department of Housing and Communities: 01 555 0142""",
        (
            expect("2024-03", "action plan"),
            expect("2023-03-31", "moratorium"),
            expect("2025-11-18", "approv"),
            expect("2025-07-01", "protection"),
            expect("2025-12-01", "shelter", planned=True),
            expect("../2026", "homes", planned=True),
            expect("../2026-01-31", "bill", planned=True),
            expect("2025-11-24", "meet", planned=True),
        ),
    ),
    Text(
        "lynebridge-choral-concerts",
        "choir HTML concerts page",
        date(2025, 9, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Concerts 2025-26 | Lynebridge Choral Society</title>
</head>
<body>
<nav><a href="/">Home</a> <a href="/concerts">Concerts</a> <a href="/join">Join us</a></nav>
<main>
<h1>Concerts 2025&ndash;26</h1>
<p class="updated">Page updated <time datetime="2025-09-03">3 September 2025</time></p>
<p>Tickets for all our concerts went on sale on 1 September, from the box office at
Lynebridge Town Hall or online.</p>
<ul class="concerts">
<li><h2>Requiem by candlelight: Faur&eacute; and Parry</h2>
<p><time datetime="2025-10-11T19:30">Saturday 11 October 2025, 7.30pm</time> &middot;
St Mary's Church, Lynebridge</p></li>
<li><h2>Carols for Lynebridge</h2>
<p>Sunday 14 December, 3pm &middot; Lynebridge Town Hall</p></li>
<li><h2>Bach: St John Passion</h2>
<p>Friday 27 March 2026, 7pm &middot; St Mary's Church</p></li>
<li><h2>Summer Serenade</h2>
<p>June 2026 (date to be confirmed) &middot; Abbey Gardens</p></li>
</ul>
<h2>About the choir</h2>
<p>Lynebridge Choral Society was founded in 1949 by the organist Cyril Penhale. Helen Marsh
has been our director of music since 2012. We rehearse every Tuesday, 7.30-9.30pm, in the
Abbey Rooms; new singers are always welcome.</p>
<p>Last season's Messiah on 8 December 2024 raised &pound;3,400 for the Lyne Valley
Hospice.</p>
</main>
<footer>Registered charity no. 502318 &middot; &copy; 2025 Lynebridge Choral Society</footer>
</body>
</html>""",
        (
            expect("2025-09-01", "tickets"),
            expect("2025-10-11", "requiem", planned=True),
            expect("2025-12-14", "carols", planned=True),
            expect("2026-03-27", "passion", planned=True),
            expect("2026-06", "serenade", planned=True),
            expect("1949", "found"),
            expect("2012/..", "marsh"),
            expect("2024-12-08", "messiah"),
        ),
    ),
    Text(
        "mr-d-halvergate-scheme",
        "pensions ombudsman determination",
        None,
        """PENSIONS OMBUDSMAN

Ombudsman's Determination
Applicant:   Mr D
Scheme:      Halvergate Engineering Pension Scheme (the Scheme)
Respondent:  The Trustees of the Scheme (the Trustees)
Case ref:    CAS-71392-K4R8

Outcome
1. I uphold Mr D's complaint in part. The Trustees may pay Mr D's pension at the correct
rate, but they shall pay him £1,500 for the serious distress and inconvenience their error
caused.

Detailed determination
Background
2. Mr D joined the Scheme on 1 April 1988. He left service on 30 June 2009 and became a
deferred member.
3. In a letter of 15 May 2022 the Scheme administrator, Calloway Pensions, quoted Mr D a
pension of £14,200 a year. Relying on that quotation, Mr D retired on 2 September 2022.
4. On or about 20 January 2023, during a data cleanse, Calloway found that Mr D's
pensionable salary had been overstated. The Trustees reduced his pension to £11,050 a year
on 1 March 2023 and did not seek to recover the overpayment.
5. Mr D complained under the Scheme's internal dispute resolution procedure on 12 April
2023. The Trustees did not uphold the complaint in their stage two decision of 9 October
2023.

Conclusions
6. A member is entitled only to the benefits the Scheme rules provide, and a quotation
cannot create a right to more. But the quotation was a clear misstatement, Mr D relied on it
in giving up his job, and the Trustees' handling of his complaint added to his distress.

Directions
7. The Trustees shall pay Mr D £1,500 by 14 July 2025.

Camilla Roe
Deputy Pensions Ombudsman
16 June 2025""",
        (
            expect("1988-04-01", "join"),
            expect("2009-06-30", "service"),
            expect("2022-05-15", "quot"),
            expect("2022-09-02", "retire"),
            expect("2023-01-20~", "salary"),
            expect("2023-03-01", "reduc"),
            expect("2023-04-12", "complain"),
            expect("2023-10-09", "decision"),
            expect("../2025-07-14", "pay", planned=True),
            expect("2025-06-16", "uphold"),
        ),
    ),
    Text(
        "ainsworth-hat-works",
        "hat factory's history",
        None,
        """Ainsworth's Hat Works, Wardley - a history
Wardley Hat Museum · Mill Lane · Wardley WD3 2HJ

Felt hats were first made in the cottages around Wardley in about 1790, from rabbit fur
taken in the warrens on the moor. Joseph Ainsworth, a journeyman hatter from the next
valley, founded his own business in 1846 with two journeymen and a boy, in a workshop behind
the Black Bull.

His sons Samuel and Thomas built the four-storey factory in Mill Lane, which opened in 1872.
By 1900 it employed more than 600 people, and it made a quarter of a million hats a year.

On the night of 9 February 1911 a fire destroyed the finishing shop and the stock of hats
for the coming season; the shop was rebuilt within a year. The works turned over to making
military caps in 1915 and again in 1940.

The fashion for hats faded after the war, and Ainsworth's closed in 1981 with the loss of
140 jobs. Since 2003 the restored building has housed flats and the Wardley Hat Museum,
which keeps the factory's blocking and pressing machines in working order.

The museum is now closed for refurbishment and will reopen in May 2026 with a new gallery of
hats made at Wardley. Until then, demonstrations of hat blocking are given on the first
Saturday of each month at the Wardley Institute.

Wardley Hat Museum Trust, registered charity no. 1109876""",
        (
            expect("1790~", "felt"),
            expect("1846", "found"),
            expect("1872", "factory"),
            expect("../1900", "employ"),
            expect("1911-02-09", "fire"),
            expect("1915", "military"),
            expect("1940", "military"),
            expect("1981", "clos"),
            expect("2003/..", "museum"),
            expect("2026-05", "reopen", planned=True),
        ),
    ),
    Text(
        "carrow-photographic-exhibition",
        "photographic society's exhibition calendar",
        date(2026, 1, 5),
        """CARROW PHOTOGRAPHIC SOCIETY
Founded 1891 · Affiliated to the Northern Counties Photographic Federation

132nd ANNUAL EXHIBITION 2026 - CALENDAR FOR ENTRANTS
Issued 5 January 2026

Entries open        Now, online at cps.example/exhibition
Closing date        Entries by midnight, Saturday 31 January
Selection day       Saturday 14 February (closed to the public)
Print hand-in       Thursday 5 March, 6-9pm, Corn Exchange
Exhibition          7 to 21 March 2026, Corn Exchange, daily 10am-5pm
Awards evening      Friday 20 March, 7.30pm, Corn Exchange
Touring show        Lowfield Library, 6 April - 2 May

Entry fee £12 for up to 4 images (£8 for members under 25). Prints no larger than
50 x 40 cm mounted; digital files 1920 x 1080 pixels. Prize fund £1,500.

The Society was founded in 1891 and held its first exhibition in 1893 in the Assembly Rooms.
Club nights are held every Wednesday from September to May at St Luke's Hall, and visitors
are welcome at any meeting.

This year's selectors are Maria Okonjo FRPS, Daniel Hurst ARPS and Ellen Tay.

Enquiries: Exhibition Secretary, Ann Foley, 07700 900418, exhibition@cps.example""",
        (
            expect("../2026-01-31", "entries", planned=True),
            expect("2026-02-14", "selection", planned=True),
            expect("2026-03-05", "print", planned=True),
            expect("2026-03-07/2026-03-21", "exhibition", planned=True),
            expect("2026-03-20", "awards", planned=True),
            expect("2026-04-06/2026-05-02", "lowfield", planned=True),
            expect("1891", "found"),
            expect("1893", "first", "exhibition"),
        ),
    ),
)
