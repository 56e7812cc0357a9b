"""The hundred-and-thirty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind (without reading the project or running the tool), in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
river ice jam advisory, a basketball playoff report, a hotel opening press release, a war
correspondent's notebook of 1943, an archaeological survey by drone report, a fortress's
history, a central bank annual report foreword, a hiking club's HTML trip reports page, a
consumer ombudsman decision, a shoe factory's history and an obituary. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, "by
the 1890s", "Wednesday or Thursday", "within the week") are left out of the expected events,
as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYEIGHTH_CORPUS",)


HUNDREDTHIRTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-night-crossings-suspended",
        "wire story with a dateline",
        date(2025, 11, 6),
        """SKALHOLM, Nov 6 (Northline News) - The ferry operator Vesterlink suspended its night
crossings between Skalholm and Rauvik on Thursday after inspectors found cracks in the car
deck of its largest vessel, the Aurora Vesta.

Inspectors from the maritime safety board boarded the ship on Monday during a routine check
and ordered it to stay in port. The company said its two remaining vessels would keep the
day timetable, and that the night service will resume on Saturday, November 15, if a
chartered replacement arrives from Gdansk in time.

The Aurora Vesta, built in 1998 and refitted in 2011 and 2019, carries up to 1,600
passengers and 420 cars. Analysts said it was the worst disruption on the route since the
storms of January 2005.

Vesterlink was founded in about 1972 as a cooperative of island hauliers and now employs
some 900 people. Chief executive Petra Lindqvist said repairs to the deck should be
finished by December 12 at the latest. "We would rather lose a month of revenue than take
a risk with a hull," she told reporters at the harbour office.

Passengers booked on cancelled crossings, most of whom travel on Friday evenings, will be
offered refunds or seats on the day boats. The safety board is to publish its inspection
report on November 20.

(Reporting by Anni Sorvali; Editing by Jonas Berg; +358 9 4242 7700)""",
        (
            expect("2025-11-06", "suspend", "crossings"),
            expect("2025-11-03", "inspectors", "board"),
            expect("2025-11-15", "night", "resume", planned=True),
            expect("1998", "built"),
            expect("2011", "refit"),
            expect("2019", "refit"),
            expect("1972~", "vesterlink", "found"),
            expect("../2025-12-12", "repairs", planned=True),
            expect("2025-11-20", "report", planned=True),
        ),
    ),
    Text(
        "corvane-diagnostics-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Corvane Biosystems to build diagnostics plant at Lieden Science Park

LIEDEN, 14 May 2025 - Corvane Biosystems N.V. (Euronext: CRVB) today announced that it will
build a diagnostics manufacturing plant at the Lieden Science Park, creating around 300
jobs. Construction is scheduled to begin in September 2025, and the plant is expected to
ship its first test kits in March 2027.

The EUR 140 million investment follows a ten-year supply agreement signed with the national
health service on 2 April 2025.

"Demand for rapid testing has outgrown our pilot line," said Ruben Taal, Chief Executive
Officer of Corvane. "With this plant we can serve every hospital in the country from one
site, and cut delivery times in half."

Corvane was founded in 2009 by Dr. Elif Maarsen as a spin-off of Lieden University and
listed on Euronext Amsterdam in 2016. Since 2021 the company has been the sole supplier of
rapid sepsis tests to 40 hospitals in the Benelux.

Management will present the project to investors at the company's capital markets day on
26 June 2025.

About Corvane Biosystems
Corvane Biosystems develops and manufactures rapid diagnostic tests for hospitals and
clinics. Its quality system is certified to ISO 13485:2016. The company employs 620 people
in Lieden and Ghent.

Media contact
Saskia de Vries, Head of Communications
+31 71 555 0192 | press@corvane.example

###""",
        (
            expect("2025-05-14", "plant"),
            expect("2025-09", "construction", planned=True),
            expect("2027-03", "test", "kits", planned=True),
            expect("2025-04-02", "supply", "agreement"),
            expect("2009", "corvane", "found"),
            expect("2016", "listed"),
            expect("2021/..", "supplier"),
            expect("2025-06-26", "capital", "markets", planned=True),
        ),
    ),
    Text(
        "hollis-v-trelawney",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF WESTMARCH
SECOND DISTRICT

No. 2-23-0417

HOLLIS GRAIN COOPERATIVE, Plaintiff-Appellee,
v.
TRELAWNEY FREIGHT LINES, INC., Defendant-Appellant.

Opinion filed February 11, 2025

JUSTICE ABERNATHY delivered the judgment of the court, with opinion.

¶ 1 This appeal arises from a contract for the carriage of grain. Hollis Grain Cooperative
(Hollis), which has operated the grain elevator at Marlow since 1987, entered into a
haulage agreement with Trelawney Freight Lines (Trelawney) on or about March 3, 2021. Under
section 4 of the agreement, Trelawney was to collect the harvest no later than October 15,
2021.

¶ 2 Trelawney's trucks did not arrive until October 29. By then, Hollis alleges, some 3,800
tonnes had spoiled in temporary storage. Hollis filed suit on January 18, 2022. After a
bench trial held from March 6 to March 9, 2023, the circuit court entered judgment for
Hollis on May 2, 2023, awarding $1.2 million in damages. Trelawney filed its notice of
appeal on May 30, 2023.

¶ 3 Trelawney argues that the delay was excused by the force majeure clause, pointing to
flooding on State Route 9. The record shows that the route was closed from October 10 to
October 14, 2021, and open thereafter. Trelawney offers no explanation for the fifteen days
that followed, and the trial court's finding that the delay was not excused is not against
the manifest weight of the evidence. See 5 Westm. Comp. Stat. 2-615 (2020).

¶ 4 For these reasons, we affirm the judgment of the circuit court. The cause is remanded
for the limited purpose of fixing costs; the circuit court is to hear the parties on costs
on April 3, 2025.

¶ 5 Affirmed and remanded.""",
        (
            expect("1987/..", "hollis", "elevator"),
            expect("2021-03-03~", "haulage", "agreement"),
            expect("../2021-10-15", "collect", "harvest"),
            expect("2021-10-29", "trucks", "arrive"),
            expect("2022-01-18", "suit"),
            expect("2023-03-06/2023-03-09", "trial"),
            expect("2023-05-02", "judgment"),
            expect("2023-05-30", "appeal"),
            expect("2021-10-10/2021-10-14", "route", "closed"),
            expect("2025-04-03", "costs", planned=True),
        ),
    ),
    Text(
        "kerrowmouth-history",
        "encyclopedia history",
        None,
        """Kerrowmouth

Kerrowmouth is a market town and former port at the mouth of the River Kerrow, in the
district of West Kerrow. Population: 8,412 (2021 census).

History

A settlement at the river mouth is recorded in c. 1086 as a fishing hamlet of eleven
households. The town received a market charter in 1227, and a stone bridge was built across
the Kerrow around 1340; three of its arches survive. The oldest standing house, the
Tollhouse on Quay Street, is traditionally dated to 1521, a date that some historians
doubt.

The harbour silted up over the following centuries and trade moved to Brackley Sound. In
1643 the town was besieged by parliamentary forces; its small royalist garrison
surrendered on 14 September of that year after the bridge gate was mined.

The railway reached Kerrowmouth in 1859, and the town grew quickly as a resort in the
decades that followed. The Kerrow woollen mill, opened in 1862, was for a century the
largest employer in the district; it closed in 1971, and its buildings now house a museum
and artists' studios.

Since 1974 the town has been part of the district of West Kerrow. The Kerrowmouth Regatta,
held every August, is the oldest rowing event in the county.

See also
- River Kerrow
- Siege of Kerrowmouth

References
1. Pryce, A. (1998). A History of Kerrowmouth. Kerrow Press. p. 44.""",
        (
            expect("1086~", "settlement"),
            expect("1227", "market", "charter"),
            expect("1340~", "bridge"),
            expect("1521?", "tollhouse"),
            expect("1643", "besieged"),
            expect("1643-09-14", "garrison", "surrender"),
            expect("1859", "railway"),
            expect("1862", "mill", "opened"),
            expect("1971", "mill", "closed"),
            expect("1974/..", "west", "kerrow"),
        ),
    ),
    Text(
        "harlow-beat-dunmore",
        "sports report",
        date(2025, 4, 13),
        """NORTHERN LEAGUE

Harlow Athletic 3 Dunmore Rovers 1

By Kieran Walsh | Sunday 13 April 2025

Harlow Athletic moved six points clear at the top of the Northern League on Saturday with a
3-1 win over Dunmore Rovers in front of 6,214 at Castle Meadow.

Rovers led through Danny Okoro's header on 12 minutes, but striker Jonas Meyer, who joined
from Aalborg in January 2023, equalised before the break and added a second from the spot
on the hour. Substitute Theo Grant sealed it in stoppage time. It was Harlow's biggest win
over Rovers since 2009.

Harlow were relegated in 2019 and promoted back two years later, and have not won the
title since they last lifted it in 1988. Manager Ines Carvalho, in charge since October
2022, said she expects her side to clinch it by May 3.

"We don't look at the table," Carvalho said. "We look at the next game, and the next game
is a hard one."

That game comes on Wednesday, when Harlow travel to Westbridge, before the derby against
Carlow Town on Easter Monday, April 21. Rovers, who train at Castle Meadow every Tuesday
under a ground-share deal, drop to seventh.

Harlow: Pearce; Adeyemi, Lund, Castro, Hale; Obi, Marsh (Grant 78); Kerr, Meyer, Doyle;
Sato.""",
        (
            expect("2025-04-12", "harlow", "win"),
            expect("2023-01", "meyer", "join"),
            expect("2019", "relegated"),
            expect("2021", "promoted"),
            expect("1988", "title"),
            expect("2022-10/..", "carvalho"),
            expect("../2025-05-03", "clinch", planned=True),
            expect("2025-04-16", "westbridge", planned=True),
            expect("2025-04-21", "derby", planned=True),
        ),
    ),
    Text(
        "ostrander-bicycle-history",
        "company history",
        None,
        """Ostrander Cykelfabrik - Our history

For more than a century, Ostrander has built bicycles in Tillberg. Here are the milestones
of a family firm that grew from a repair bench into a brand known across Scandinavia.

1921 - Brothers Karl and Emil Ostrander open a repair shop in a former smithy on
Storgatan, Tillberg.

1928 - The first Ostrander frame, the Model A, leaves the workshop. Some 400 are sold the
following year, most of them to postmen and farmhands.

1940-1945 - With steel rationed, the works repair military bicycles and build handcarts.

c. 1956 - The company moves to its present site on Ringvagen (the exact year is not
recorded in the firm's papers).

1973 - Ostrander exports its first bicycles to Norway, and the following year to Germany.

1998 - On or about 1 October, the Halvorsen Group takes over the company, which stays in
Tillberg.

Since 2012 - All Ostrander frames are made from recycled aluminium at the Tillberg plant.

2026 - A new assembly hall, doubling capacity to 40,000 bicycles a year, is scheduled to
open in April.

Today Ostrander employs 210 people and sells through 600 dealers. Every bicycle is still
checked by hand before it leaves Ringvagen.

Ostrander Cykelfabrik AB | Ringvagen 14, 573 41 Tillberg | Org. nr 556012-3456""",
        (
            expect("1921", "repair", "shop"),
            expect("1928", "frame"),
            expect("1929", "sold"),
            expect("1940/1945", "military", "bicycles"),
            expect("1956~", "moves"),
            expect("1973", "norway"),
            expect("1974", "germany"),
            expect("1998-10-01~", "halvorsen"),
            expect("2012/..", "recycled", "aluminium"),
            expect("2026-04", "assembly", "hall", planned=True),
        ),
    ),
    Text(
        "helix-2-mission-summary",
        "mission summary",
        None,
        """MISSION SUMMARY: HELIX-2 LUNAR POLAR ORBITER
Austral Space Agency - Directorate of Science
Document ASA-SCI-MS-0042, issue 3 | Last updated: 12 November 2024

Overview
HELIX-2 is a 680 kg orbiter that maps water ice in permanently shadowed craters near the
lunar south pole. It carries a neutron spectrometer, a laser altimeter and a thermal
imager.

Mission timeline
HELIX-2 was launched on 17 August 2023 on a Tern-4 rocket from Cape Aurel. It entered
lunar orbit on 2 September and began science operations on 21 September, after a
commissioning phase of about two weeks. On or about 30 January 2024 one of the four
reaction wheels failed; the team has since flown the spacecraft on three wheels.

Since 14 February 2024 the orbiter has operated in a low frozen orbit of 40 by 90 km.
Water-ice deposits in the Amundsen and Faustini craters were mapped from March to May 2024.
In June 2024 the agency extended the mission by two years.

Outlook
A first public release of the ice maps is expected by 30 April 2025. Operations are
scheduled to end on 31 December 2026, when the orbiter will be lowered into a controlled
impact near the south pole.

Heritage
HELIX-2 builds on HELIX-1, which observed the Moon from 2014 to 2017 with a smaller
spectrometer. Science data are archived every six months in the agency's planetary data
system.

Contact: helix2-ops@asa.example""",
        (
            expect("2023-08-17", "launch"),
            expect("2023-09-02", "lunar", "orbit"),
            expect("2023-09-21", "science", "operations"),
            expect("2024-01-30~", "reaction", "wheel"),
            expect("2024-02-14/..", "frozen", "orbit"),
            expect("2024-03/2024-05", "ice", "mapped"),
            expect("2024-06", "extend"),
            expect("../2025-04-30", "release", planned=True),
            expect("2026-12-31", "impact", planned=True),
            expect("2014/2017", "helix-1"),
        ),
    ),
    Text(
        "sallen-bridge-statement",
        "government statement",
        date(2025, 7, 3),
        """Ministry of Infrastructure and Water Management
News | Statement | 3 July 2025

Statement by the Minister on the closure of the Sallen Bridge

The Sallen Bridge on the A7 will remain closed to heavy goods vehicles until further
notice. Safety is our first concern, and we will not reopen the bridge to lorries until
engineers are certain that it can bear them.

Inspectors found corrosion in two of the suspension cables on 26 June, and the bridge was
closed to all traffic the following day. It reopened to cars and buses on Monday, with a
speed limit of 50 km/h and a single lane in each direction.

The bridge, opened in 1967, carries some 38,000 vehicles a day. It was last renovated
between 2008 and 2010. A replacement crossing was first proposed in 2019, and work on it is
to begin in 2027.

The government will publish an independent engineering assessment no later than 15 August.
Hauliers who must take the 40 km diversion via Ostbrug may claim compensation from 1 August
onwards; the scheme is described at the address below.

The Minister will visit the bridge on Tuesday and meet the mayors of Sallen and Ostbrug.

Press office: +31 70 456 7890 | pers@minienw.example
Reference: IenW/BSK-2025/187203""",
        (
            expect("2025-06-26", "corrosion"),
            expect("2025-06-27", "bridge", "closed"),
            expect("2025-06-30", "reopen"),
            expect("1967", "opened"),
            expect("2008/2010", "renovated"),
            expect("2019", "replacement", "proposed"),
            expect("2027", "work", planned=True),
            expect("../2025-08-15", "assessment", planned=True),
            expect("2025-08-01/..", "compensation", planned=True),
            expect("2025-07-08", "minister", "visit", planned=True),
        ),
    ),
    Text(
        "brenton-library-reopens",
        "HTML news page",
        date(2024, 9, 21),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carnegie library reopens after five-year restoration | Brenton Gazette</title>
<meta name="article:published_time" content="2024-09-21T08:05:00-05:00">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/obits">Obituaries</a></nav>
<article>
<h1>Carnegie library reopens after five-year restoration</h1>
<p class="byline">By Nora Feld | Sat, Sep 21, 2024</p>
<p>The Carnegie library on Elm Street reopened to the public on Friday after a restoration
that cost about $14 million. Contractors had handed the building back to the city on
August 30, two weeks behind schedule.</p>
<p>The library was built in 1908 with a $25,000 grant and was listed on the National
Register of Historic Places in 1979. It closed in November 2019, when water damage was
found in the roof of the reading room, and restoration work began in March 2021.</p>
<p>The reading room's stained-glass dome, removed around 1955 and stored in a barn outside
town, has been put back in place. "People cried when they looked up," head librarian
Carla Munoz said.</p>
<p>The children's wing will open on October 5, and extended evening hours start Monday.
The library board plans to reopen the rooftop terrace on November 1. Story time will be
held every Thursday at 10 a.m.</p>
<figure><img src="/img/library-0921.jpg" alt="">
<figcaption>The reading room on Friday. (Photo: Ben Ostrow / Brenton Gazette)</figcaption>
</figure>
</article>
<footer>&copy; 2024 Brenton Gazette | 412 Main St. | (555) 014-2231</footer>
</body>
</html>""",
        (
            expect("2024-09-20", "library", "reopen"),
            expect("2024-08-30", "contractors"),
            expect("1908", "built"),
            expect("1979", "national", "register"),
            expect("2019-11", "closed"),
            expect("2021-03", "restoration", "began"),
            expect("1955~", "dome", "removed"),
            expect("2024-10-05", "children", planned=True),
            expect("2024-09-23", "evening", "hours", planned=True),
            expect("2024-11-01", "terrace", planned=True),
        ),
    ),
    Text(
        "athabrook-ice-jam-advisory",
        "river ice jam advisory",
        date(2025, 3, 18),
        """PROVINCIAL RIVER FORECAST CENTRE
ICE JAM ADVISORY - ATHABROOK RIVER AT FORT CALDER
Issued: 10:30 AM MST Tuesday March 18 2025
Advisory No. 2025-07

SITUATION
An ice jam formed on Sunday evening about 6 km downstream of Fort Calder, near the Ridley
Bend. Water levels at station 07DA014 rose 2.1 m in 24 hours and are now within 0.4 m of
the top of the Lower Flats dike, which has protected the river flats since 1998.

Residents of the Lower Flats were asked on Monday to prepare for a possible evacuation.
The town has opened a reception centre at the arena.

OUTLOOK
Levels may peak on Wednesday or Thursday depending on how the jam moves. Daytime
temperatures are forecast to rise above freezing by Saturday, and breakup of the main ice
cover upstream is expected to begin around March 24.

BACKGROUND
The last major ice jam flood at Fort Calder occurred on April 2, 1997, when 140 homes were
flooded. Minor flooding of the river flats was recorded in 2014, 2018 and 2020. Breakup at
Fort Calder usually occurs in the first half of April.

NEXT ISSUE
The next advisory will be issued no later than Thursday, March 20, at 10 AM, or earlier if
conditions change.

Public information line: 1-800-555-0142 | rfc.example/advisories""",
        (
            expect("2025-03-16", "ice", "jam"),
            expect("1998/..", "dike"),
            expect("2025-03-17", "residents", "evacuation"),
            expect("../2025-03-22", "temperatures", planned=True),
            expect("2025-03-24~", "breakup", planned=True),
            expect("1997-04-02", "flood"),
            expect("2014", "flooding"),
            expect("2018", "flooding"),
            expect("2020", "flooding"),
            expect("../2025-03-20", "advisory", planned=True),
        ),
    ),
    Text(
        "comets-force-game-seven",
        "basketball playoff report",
        date(2025, 5, 16),
        """PLAYOFFS | WESTERN CONFERENCE SEMIFINALS, GAME 6

Comets force Game 7 behind Alvarez's 34 points

By Dana Whitlock, Staff Writer
Published May 16, 2025

The Riverton Comets beat the Port Hale Mariners 108-101 on Thursday night to level their
second-round series at 3-3, as Marco Alvarez scored 34 points and grabbed 11 rebounds.

The Comets had looked finished after losing Game 5 in Port Hale on Tuesday by 22 points.
The series opened on May 4, and the home team has won every game since.

Game 7 is scheduled for Sunday at the Mariners' Harbor Arena. Tickets go on sale at 10 a.m.
Saturday, and the Mariners said they expect the 18,500-seat arena to sell out within
minutes.

Alvarez, who was drafted by Riverton in 2019, has scored at least 25 points in nine straight
playoff games. "I don't think about the numbers," he said. "I think about Sunday."

Riverton last reached the conference finals in 2011 and has not won a Game 7 since 2004.
Coach Lars Brennan, in charge since December 2023, has stuck with an eight-man rotation.
Guard Tyrese Hollings, out since April 27 with a sprained ankle, did not dress again.

The Mariners, who have made the playoffs in each of the last six seasons, shot 38 percent
from the field.

SCORING: Alvarez 34, Okafor 21, Lindgren 17; Mariners: Baptiste 29, Reyes 18.""",
        (
            expect("2025-05-15", "comets", "beat"),
            expect("2025-05-13", "game", "5"),
            expect("2025-05-04", "series", "opened"),
            expect("2025-05-18", "game", "7", planned=True),
            expect("2025-05-17", "tickets", planned=True),
            expect("2019", "alvarez", "drafted"),
            expect("2011", "conference", "finals"),
            expect("2023-12/..", "brennan"),
            expect("2025-04-27/..", "hollings"),
        ),
    ),
    Text(
        "saltmarsh-house-opens",
        "hotel opening press release",
        None,
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

The Saltmarsh House opens its doors on the Wyremouth harbour front

Wyremouth, 2 June 2025 - Harlan Hospitality Group today opened The Saltmarsh House, a
64-room boutique hotel in the former Custom House on Wyremouth's harbour front.

The Grade II listed building was completed in about 1832 to collect duties on the town's
timber and salt trade. HM Customs moved out in 1987, and the building stood empty for most
of the following three decades. Harlan acquired it in March 2021, and restoration began the
following January under the conservation architects Pell & Orme.

Guests can choose from harbour-view rooms, a library bar in the old Long Room and twelve
suites in the former bonded warehouse, which will be completed by 30 September. Tideline,
the hotel's restaurant led by chef Maud Ferrers, will open on 20 June, and a rooftop spa is
expected to follow in 2026.

"We wanted to keep the bones of the building and let the sea do the rest," said Oliver
Harlan, managing director of the group, which was founded in 2004 and now operates nine
hotels in England and Wales.

Opening rates start at GBP 165 per night, including breakfast, for stays from Sunday to
Thursday.

Notes to editors
High-resolution images are available on request.

Media contact: Priya Nandra, Brightside PR
+44 1253 555 0187 | priya@brightside.example""",
        (
            expect("2025-06-02", "saltmarsh", "opened"),
            expect("1832~", "completed"),
            expect("1987", "customs", "moved"),
            expect("2021-03", "harlan", "acquired"),
            expect("2022-01", "restoration"),
            expect("../2025-09-30", "suites", planned=True),
            expect("2025-06-20", "tideline", planned=True),
            expect("2026", "spa", planned=True),
            expect("2004", "found"),
        ),
    ),
    Text(
        "calloway-notebook-1943",
        "war correspondent's notebook of 1943",
        None,
        """NOTEBOOK No. 7 - R. H. Calloway, The Northern Dispatch
Sicily, July-August 1943. (Pencil; some pages water-stained.)

Sat. 10 July 1943. Came ashore with the second wave at 0540 on the beach the planners call
Amber Green. Surf high, two landing craft broached. Lt. Harker says the battalion must be
on the ridge before the heat. Wrote nothing worth sending.

Mon. 12 July. Ridge taken yesterday after a fight for the white farmhouse; 14 killed in
B Company. Censor at brigade says copy goes out on the 14th, by the mail launch.

18 July. Sent 1,200 words by despatch rider. Heard that Calder of the Evening Star was
wounded on the 15th, not badly. Harker talks at night: says he first went to sea in 1928,
as a boy on a collier, and was in France in 1940. Says he was born in 1911, though he is
not sure of it - the parish lost the register.

3 Aug. Moved up behind the guns. The major says we shall be in the town within the week;
I have heard that every week since we landed. The division is to be relieved on or about
10 August and go back to the coast to refit.

7 Aug. Nothing to report. Everyone writes home on Sundays and the letters all say the
same thing.

(Back cover: expenses 14s. 6d.; cable rate 1943 - 3d. a word.)""",
        (
            expect("1943-07-10", "ashore"),
            expect("1943-07-11", "ridge", "taken"),
            expect("1943-07-14", "copy", planned=True),
            expect("1943-07-18", "sent"),
            expect("1943-07-15", "calder", "wounded"),
            expect("1928", "harker", "sea"),
            expect("1940", "france"),
            expect("1911?", "harker", "born"),
            expect("1943-08-03", "moved"),
            expect("1943-08-10~", "division", "relieved", planned=True),
        ),
    ),
    Text(
        "harrowdown-drone-survey",
        "archaeological survey by drone report",
        None,
        """HARROWDOWN HILL: AERIAL SURVEY BY UNCREWED AIRCRAFT
Report DS-2024-11 | Wessex Upland Archaeology Ltd | Report date: 4 November 2024
Grid reference: SU 3471 8842 | Permit ref. CAA-OA-20817

1. Summary
Photogrammetric and LiDAR flights were flown over Harrowdown Hill hillfort from 14 to 16
October 2024. A previously unrecorded double-ditched enclosure was identified on
15 October on the north-eastern spur, outside the main rampart.

2. Background
The hillfort was first recorded by the antiquarian Thomas Lisle in 1794. Trial trenches in
1952 and 1961 recovered Iron Age pottery from the inner ditch. An RAF vertical photograph
taken around 1947 shows faint cropmarks on the spur, but they were not interpreted at the
time. The landowner, Mrs J. Carrow, has allowed access for research since 2016.

3. Method
Flights at 60 m above ground level with a quadcopter carrying a 45-megapixel camera and a
LiDAR unit (firmware 07.01). Ground control: 14 points, RTK GNSS. Flights were made each
morning between 08:00 and 11:00 to use low-angle light.

4. Results
The enclosure measures about 85 by 60 m. Its two ditches are 6 m apart and show as
earthworks no higher than 0.3 m.

5. Recommendations
A geophysical survey of the spur is planned for March 2025. The results are to be
submitted to the county Historic Environment Record by 30 June 2025.

Prepared by: D. Okonjo MCIfA | Checked by: R. Havers""",
        (
            expect("2024-10-14/2024-10-16", "flights"),
            expect("2024-10-15", "enclosure", "identified"),
            expect("1794", "recorded"),
            expect("1952", "trench"),
            expect("1961", "trench"),
            expect("1947~", "photograph"),
            expect("2016/..", "access"),
            expect("2025-03", "geophysical", planned=True),
            expect("../2025-06-30", "historic", "environment", planned=True),
        ),
    ),
    Text(
        "skarvik-fortress-history",
        "fortress's history",
        None,
        """Skarvik Fortress

Skarvik Fortress stands on a granite headland guarding the narrow entrance to Skarvik
fjord. Its pentagonal plan, five bastions and deep rock-cut ditch make it one of the best
preserved early modern fortifications in the north.

Construction began in 1614 on the orders of King Haldor II, and the five main bastions were
finished around 1630. The star-shaped outer ring was, by tradition, designed in 1642 by
the Dutch engineer Pieter van der Hoek, but no drawings by him survive and the attribution
is uncertain.

The fortress withstood a siege of eleven weeks in 1658. Its garrison, reduced by hunger and
disease to 300 men, surrendered on 3 November. In 1720 the fortress was returned to the
crown under the peace treaty. After 1815 only a few companies of veterans were kept there.

The army decommissioned the fortress in 1899. It served as a state prison from 1903 to
1946, and since 1961 it has been a museum run by the Skarvik Historical Society.

Restoration of the powder magazine, the only original roof in the fortress, is scheduled
to be completed by 2027.

Visiting
Open daily 10:00-17:00 from May to September. Guided tours leave the main gate every hour.
Admission NOK 120, children free.""",
        (
            expect("1614", "construction"),
            expect("1630~", "bastions"),
            expect("1642?", "outer", "ring"),
            expect("1658", "siege"),
            expect("1658-11-03", "garrison", "surrender"),
            expect("1720", "returned"),
            expect("1899", "decommission"),
            expect("1903/1946", "prison"),
            expect("1961/..", "museum"),
            expect("../2027", "powder", "magazine", planned=True),
        ),
    ),
    Text(
        "veloria-central-bank-foreword",
        "central bank annual report foreword",
        None,
        """CENTRAL BANK OF VELORIA - ANNUAL REPORT 2024

Foreword by the Governor

Inflation came back within reach of our target in the year under review, and wage growth
slowed without a rise in unemployment.

The Monetary Policy Committee lowered the policy rate four times, first on 7 March and last
on 12 December, bringing it to 3.25 per cent. On 1 July the Bank took over the supervision
of payment institutions from the Financial Markets Authority, a task that will grow as
more payments move to mobile wallets. Consumer prices rose by 2.6 per cent over the year,
the lowest rate since 2020.

The Bank was established in 1926 and has been independent of the government since 1998.
Independence is not a privilege but a duty to explain ourselves; this report, like the
press conference held after each Committee meeting, is part of that duty.

We expect inflation to remain close to the 2 per cent target in 2025. The first notes of
our new banknote series, printed on polymer, will be issued in October 2025. Our new
headquarters on Harbour Square, under construction since 2022, is to be completed by
December 2026.

I would like to thank the staff of the Bank for their work in a demanding year.

Anja Telvik
Governor
Velora City, 20 March 2025

ISSN 1402-7720""",
        (
            expect("2024-03-07", "rate"),
            expect("2024-12-12", "rate"),
            expect("2024-07-01", "supervision"),
            expect("1926", "established"),
            expect("1998/..", "independent"),
            expect("2025", "inflation", planned=True),
            expect("2025-10", "banknote", planned=True),
            expect("2022/..", "headquarters", "construction"),
            expect("../2026-12", "headquarters", planned=True),
        ),
    ),
    Text(
        "ardmore-fellwalkers-trip-reports",
        "hiking club's HTML trip reports page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Trip reports - Ardmore Fellwalkers</title></head>
<body>
<header><h1>Ardmore Fellwalkers</h1>
<p>Founded in 1968 - walks every second Sunday, all welcome</p></header>
<main>
<h2>Trip reports</h2>
<p class="updated">Page last updated 3 March 2025</p>

<article>
<h3>Glas Beinn traverse, Saturday 8 February</h3>
<p>Eleven of us left the Inverlair car park at 08:15 in clear frost. Good snow on the
tops and axes needed on the final slope. The summit cairn, said to have been built around
1890 by estate stalkers, was half buried. Back at the cars by 16:30. <em>- Ruth M.</em></p>
</article>

<article>
<h3>Ben Corrach, Sunday 23 February</h3>
<p>The footbridge at Allt Dubh has been closed since 12 January, so we crossed at the ford,
which is fine in dry weather. Third time lucky: we were turned back by storms in 2019 and
2022, but this time we made the top in thin cloud. Lunch in the Corrach bothy, rebuilt by
volunteers in 1993. <em>- Tom K.</em></p>
</article>

<h2>Coming up</h2>
<ul>
<li>Sat 15 March - Loch Eilt circuit, 18 km (leader: Tom)</li>
<li>Thu 3 April - AGM at the Drover's Inn, 19:30</li>
</ul>
</main>
<footer>Ardmore Fellwalkers | Scottish charity SC041234 | secretary@ardmorefw.example</footer>
</body>
</html>""",
        (
            expect("1968", "found"),
            expect("2025-02-08", "glas", "beinn"),
            expect("1890~", "cairn"),
            expect("2025-02-23", "ben", "corrach"),
            expect("2019", "turned", "back"),
            expect("2022", "turned", "back"),
            expect("1993", "bothy"),
            expect("2025-01-12/..", "footbridge"),
            expect("2025-03-15", "loch", "eilt", planned=True),
            expect("2025-04-03", "agm", planned=True),
        ),
    ),
    Text(
        "pellow-v-brightwave",
        "consumer ombudsman decision",
        None,
        """ENERGY AND UTILITIES OMBUDSMAN - FINAL DECISION

Complaint reference: EUO-2024-08815
Complainant: Mr J Pellow
Business: Brightwave Energy Ltd
Date of decision: 9 January 2025

The complaint
1. Mr Pellow complains that Brightwave billed him for gas after he had switched to another
supplier, and that it did not deal with his complaint properly.

What happened
2. Brightwave, which has held a gas supply licence since 2011, began supplying Mr Pellow's
home on or about 1 March 2019. Mr Pellow asked to switch supplier on 14 May 2024, and the
switch was completed on 3 June.
3. Brightwave nevertheless sent Mr Pellow a final bill for GBP 412.67 on 19 August,
covering a period after the switch. Mr Pellow complained to Brightwave on 22 August. It
issued its final response on 30 October, rejecting the complaint. Mr Pellow brought his
complaint to us on 4 November.

My findings
4. Under Standard Licence Condition 14 (as amended in 2013), a supplier must issue a final
bill within six weeks of the supply ending. The bill was issued eleven weeks after the
switch and charged for gas that Brightwave did not supply.

My decision
5. I uphold the complaint. Brightwave must cancel the bill and pay Mr Pellow GBP 150 for
the trouble caused. It must confirm to us by 23 January 2025 that the bill has been
cancelled. Mr Pellow must tell us by 6 February 2025 whether he accepts this decision; if
he does, it will be binding on Brightwave.

Harriet Ashdown
Ombudsman""",
        (
            expect("2011/..", "licence"),
            expect("2019-03-01~", "supplying"),
            expect("2024-05-14", "switch"),
            expect("2024-06-03", "switch", "completed"),
            expect("2024-08-19", "final", "bill"),
            expect("2024-08-22", "complain"),
            expect("2024-10-30", "final", "response"),
            expect("2024-11-04", "complaint"),
            expect("../2025-01-23", "confirm", planned=True),
            expect("../2025-02-06", "accept", planned=True),
        ),
    ),
    Text(
        "hallam-shoe-works-history",
        "shoe factory's history",
        None,
        """The Hallam Shoe Works, Kettlebury: a short history

Shoemaking came to Kettlebury with Josiah Hallam, a journeyman from Northampton, who
probably opened his first workshop in Bridge Street in 1851, putting out work to some dozen
closers and makers in their cottages.

A steam-powered factory on Mill Lane followed in 1876, and a second storey was added two
years later to house the new American sewing machines. By the 1890s the works employed more
than 300 people, a third of them women.

During the First World War the factory made boots for the army, some 400,000 pairs
between 1915 and 1918. A fire on the night of 2-3 March 1931 destroyed the cutting room and
most of the stock of leather; the firm was back at work within weeks.

The Hallam family sold the business in about 1962 to the Northcote Group, which closed the
factory on 28 February 1985 and moved production to Portugal. The building was converted
into flats in 2003, keeping the chimney and the cast-iron columns of the making room.

Since 2015 a small workshop on the ground floor has again made shoes by hand, selling
mainly online. A museum of the town's shoe trade, with machines lent by former workers, is
to open in the old boiler house in 2026.

Kettlebury Local History Society, Occasional Paper 12 (2nd edition, 2024). Tel. 01536 555 212.""",
        (
            expect("1851?", "workshop"),
            expect("1876", "factory"),
            expect("1878", "storey"),
            expect("1915/1918", "boots"),
            expect("1931-03-02/1931-03-03", "fire"),
            expect("1962~", "sold"),
            expect("1985-02-28", "closed"),
            expect("2003", "flats"),
            expect("2015/..", "workshop"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "edith-marrow-obituary",
        "obituary",
        date(2025, 1, 17),
        """OBITUARIES

Edith Marrow, mapmaker of the Northern Isles

By Callum Reid | Friday 17 January 2025

Edith Marrow, who drew the maps of the Northern Isles Survey for four decades and made the
islands' coastlines familiar to a generation of sailors, died on Tuesday at her home in
Stennport. She was 86.

Born in Carnmouth on 2 April 1938, the daughter of a lighthouse keeper, she learned to draw
by copying Admiralty charts at the kitchen table. She joined the Survey as a junior
draughtswoman in 1961 and became its chief cartographer in 1979, the first woman to hold
the post.

Her Atlas of the Northern Isles, published in 1988, was reprinted in 1994 and 2006 and is
still carried on most of the ferries that cross the Firth. Colleagues remember her for
walking every stretch of coast she drew, often alone and in any weather.

She retired in about 2001 but went on drawing walking maps for the islands' schools, and
every spring she led a survey of the seabird cliffs for the local trust.

A memorial service will be held at St Olaf's Church, Stennport, on Saturday 1 February. A
retrospective exhibition of her maps is to open at the Stennport Museum in May.

She is survived by her nephew, Andrew, and by her partner of 30 years, the painter Ruth
Gale.""",
        (
            expect("2025-01-14", "marrow", "died"),
            expect("1938-04-02", "born"),
            expect("1961", "joined", "survey"),
            expect("1979", "chief", "cartographer"),
            expect("1988", "atlas", "published"),
            expect("1994", "reprint"),
            expect("2006", "reprint"),
            expect("2001~", "retire"),
            expect("2025-02-01", "memorial", planned=True),
            expect("2025-05", "exhibition", planned=True),
        ),
    ),
)
