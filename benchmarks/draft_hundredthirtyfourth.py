"""The hundred-and-thirty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or the other batches, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, an
avalanche bulletin, a sailing race report, a museum closure press release, a sheep farmer's year
book, a rover mission weekly summary, a castle's history, a treasury statement on bonds, a town
twinning association's HTML page, an arbitration award summary, a piano maker's history and a
school term dates letter. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "next week", "recently") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYFOURTH_CORPUS",)


HUNDREDTHIRTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kessel-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORTVALE, March 13 (Meridian Wire) - The Kessel river bridge, which links Portvale with
its northern suburbs, was closed to all traffic on Wednesday after inspectors found cracks in
two of its steel hangers, the city's transport authority said.

Engineers first noticed corrosion during a routine inspection on February 4, and a weight
limit of 7.5 tonnes was imposed two days later. Residents had complained for years about
potholes and rust stains on the approach spans.

The bridge, opened in 1931, carries about 38,000 vehicles a day. It was last fully refurbished
between 1994 and 1997. The city council commissioned a study of a replacement crossing in
about 2019 but shelved it for lack of money.

Transport commissioner Aldo Renquist told a news conference that a temporary footbridge for
pedestrians and cyclists would open on Monday, and that repairs were expected to be completed
by September 30. "We will not reopen a bridge we cannot trust," he said.

Local businesses called the closure the worst disruption to the city's traffic since the
floods of 2007. Commuters who use the bridge every weekday face detours of up to 40 minutes,
and the authority urged drivers to use the ring road between 7 and 9 a.m.

(Reporting by Selma Andrade; Editing by Piet Varga; tel. +31 20 555 0142)""",
        (
            expect("2025-03-12", "bridge", "closed"),
            expect("2025-02-04", "corrosion"),
            expect("2025-02-06", "weight", "limit"),
            expect("1931", "bridge", "opened"),
            expect("1994/1997", "refurbish"),
            expect("2019~", "study"),
            expect("2025-03-17", "footbridge", planned=True),
            expect("../2025-09-30", "repairs", planned=True),
        ),
    ),
    Text(
        "veltro-oat-plant",
        "press release",
        date(2024, 6, 4),
        """AARHOLT, Norway, 4 June 2024 /Nordwire/ -- Veltro Foods ASA (OSE: VELT) today opened
its new oat-drink plant in Aarholt, the largest single investment in the company's history
and a cornerstone of its Veltro 2030 growth strategy.

Construction of the 18,000-square-metre plant began in March 2022. The facility, certified to
ISO 22000, runs on hydropower and will process oats from some 400 farms in the region.

"Today is a proud day for everyone at Veltro," said chief executive Kaja Mørland. "We are
turning Norwegian oats into products that people across the Nordics want to drink."

A second production line is scheduled to start in February 2026. The company expects the plant
to reach its full capacity of 120 million litres a year by December 2026.

About Veltro Foods
Veltro was founded in 1952 by the dairy farmer Ingrid Solvang and is listed on the Oslo
exchange. It acquired the Swedish bakery group Brinna in 2018 and has supplied the national
school milk programme since 2015. The group employs 2,100 people in four countries and reported
revenue of NOK 6.4 billion last year.

Veltro will present the plant and its updated financial targets at its capital markets day on
19 September.

Media contact:
Henrik Aas, Head of Communications
+47 22 55 01 90 | press@veltro.example

Forward-looking statements: This release contains statements about future events that are
subject to risks and uncertainties.""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2022-03", "construction"),
            expect("2026-02", "line", planned=True),
            expect("../2026-12", "capacity", planned=True),
            expect("1952", "found"),
            expect("2018", "brinna"),
            expect("2015/..", "programme"),
            expect("2024-09-19", "capital", "markets", planned=True),
        ),
    ),
    Text(
        "halden-v-corvin",
        "court opinion",
        date(2023, 11, 14),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 22-CA-0417                                               FILED: November 14, 2023

HALDEN TIMBER SUPPLY, LLC, Plaintiff-Appellee,
v.
CORVIN BUILDERS, INC., Defendant-Appellant.

Appeal from the District Court of Orrin County, Hon. M. Treadwell, Judge.

OPINION

PRYOR, Judge.

Corvin Builders, Inc. appeals from a judgment awarding Halden Timber Supply, LLC $184,250 for
lumber sold and delivered. Corvin argues that the lumber was nonconforming and that it
rejected the goods in time. We affirm.

I. BACKGROUND

On or about May 3, 2019, the parties entered into a written agreement under which Halden would
supply kiln-dried framing lumber for a 96-unit apartment project. Halden delivered the lumber
between June 10 and June 14, 2019. Its invoice required payment no later than July 31, 2019.

Corvin did not pay. In a letter dated August 2, 2019, Corvin's president asserted for the
first time that part of the lumber was warped. Halden filed its complaint on January 15, 2020.
After a two-day bench trial, the district court found that Corvin had accepted the goods and
entered judgment for Halden on March 3, 2022. Corvin filed its notice of appeal 28 days later.
We heard argument on September 12, 2023.

II. DISCUSSION

Under Wm. Code § 42-2607, a buyer who accepts goods must notify the seller of a breach within
a reasonable time. See Marlow v. Keene, 2011 WM App 14, ¶ 9. The trial court found that Corvin
used the lumber for seven weeks before complaining, and that finding is not clearly erroneous.

Affirmed.""",
        (
            expect("2019-05-03~", "agreement"),
            expect("2019-06-10/2019-06-14", "delivered", "lumber"),
            expect("../2019-07-31", "payment"),
            expect("2019-08-02", "letter"),
            expect("2020-01-15", "complaint"),
            expect("2022-03-03", "judgment"),
            expect("2022-03-31", "notice", "appeal"),
            expect("2023-09-12", "argument"),
        ),
    ),
    Text(
        "velmora-history",
        "encyclopedia history",
        None,
        """Velmora

Velmora is a market town on the river Aun in the province of Ostrand, with a population of
about 14,200. It is known for its timber-framed old town and its Tuesday cattle market.

History

The settlement is first recorded c. 1140 as Velmur, in a list of tithes owed to the bishops of
Kessburg. A Cistercian priory was founded there possibly in 1203, although the date rests on a
charter that several historians regard as a later forgery. Velmora received its town charter
from Count Aldric II in 1287, and the town walls were begun soon afterwards.

A fire in 1542 destroyed most of the timber houses around the market square; the present
buildings largely date from the rebuilding that followed. The town declined during the wars of
the 17th century and did not regain its medieval population until the industrial era.

The railway from Kessburg reached Velmora in 1869, and a station building designed by the
architect Paul Henneke was completed the following year. Tanneries and a brewery grew up along
the river, and the town hosted the provincial agricultural show in 1905, 1911 and 1923.

Velmora escaped serious damage in both world wars. The old town has been a protected heritage
area since 1995, and the cattle market, held every Tuesday, is the largest in the province
since the closure of the market at Dorn.

See also
- List of towns in Ostrand
- Aun valley railway

References
1. Haller, J. (1988). Velmora: Stadt und Markt. Kessburg: Aun-Verlag. p. 1287.""",
        (
            expect("1140~", "recorded"),
            expect("1203?", "priory"),
            expect("1287", "charter"),
            expect("1542", "fire"),
            expect("1869", "railway"),
            expect("1870", "station"),
            expect("1905", "show"),
            expect("1911", "show"),
            expect("1923", "show"),
            expect("1995/..", "heritage"),
        ),
    ),
    Text(
        "ferrow-castlemere",
        "sports report",
        date(2024, 11, 17),
        """Ferrow Athletic 2 Castlemere Rovers 1

By Dan Whitcombe | Sunday 17 November 2024

Ferrow Athletic climbed to third in the Northern League on Saturday with a 2-1 win over
Castlemere Rovers, their first victory at Marsh Lane since 2009.

Tomasz Lindqvist headed Ferrow in front in the 23rd minute, Castlemere levelled through Eli
Marr just after the break, and substitute Ryo Adeyemi settled it with a low shot in the 81st
minute in front of a crowd of 8,412.

Coach Ilse Brandvold, appointed in June 2023, said the result showed how far her side had come.
"When we lost 3-1 here on 9 March, we were a team without a plan," she said. "Now we know
exactly what we are doing."

Striker Jonah Okonjo, who tore a hamstring on October 26, watched from the stands. He is
expected to return for the derby against Pellham on December 7.

Ferrow, founded in 1899, have not finished in the top three since 1977, and the board has
promised supporters a decision on the redevelopment of the North Stand by January 31.

Ferrow host Dunmore Town on Wednesday, while Castlemere, who train every morning at their
Riverside complex, travel to Ashgate.

Ferrow: Pell; Haraldsen, Mbeki, Costa, Wynn; Lindqvist, Ortiz (Adeyemi 70), Brook; Sato,
Kerr, Flint.""",
        (
            expect("2024-11-16", "win"),
            expect("2023-06", "brandvold", "appointed"),
            expect("2024-03-09", "lost"),
            expect("2024-10-26", "hamstring"),
            expect("2024-12-07", "derby", planned=True),
            expect("1899", "found"),
            expect("../2025-01-31", "decision", planned=True),
            expect("2024-11-20", "dunmore", planned=True),
        ),
    ),
    Text(
        "brightwater-cycles",
        "company history",
        None,
        """Brightwater Cycle Company - Our Story

It started with a borrowed lathe. In 1884 Thomas Ashdown, the son of a blacksmith, founded the
Brightwater Cycle Company in a workshop behind his father's forge in Kettering Vale, building
safety bicycles to order for local doctors and clergymen.

Word spread quickly. Brightwater machines won gold medals at the national cycle exhibitions in
1900, 1905 and 1910, and within a generation the firm employed more than 300 people.
Ashdown's sons took over the business after his death and incorporated it as a limited
company around 1925.

Hard times came when cheap imports flooded the market. In 1961
Brightwater merged with Harlow Motor Works, and for two decades it built mopeds as well as
bicycles. The company returned to its roots in 1979, when it introduced the Clubman 2000 frame,
a lightweight touring design that is still in the catalogue today.

Brightwater has been owned by the Dutch group Velocia since 1988, but every frame is still
brazed by hand in Kettering Vale, and each one carries the stamped brass head badge that
Thomas Ashdown designed.

Looking ahead, a new factory on the Mill Lane industrial estate is planned to open in 2026,
doubling our capacity for hand-built frames. Our workshop tours run every Saturday; book on
01536 400 188.""",
        (
            expect("1884", "found"),
            expect("1900", "medal"),
            expect("1905", "medal"),
            expect("1910", "medal"),
            expect("1925~", "incorporat"),
            expect("1961", "merge"),
            expect("1979", "clubman"),
            expect("1988/..", "velocia"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "aster-2-summary",
        "mission summary (space)",
        None,
        """ASTER-2 - Mission Summary

Mission type: asteroid rendezvous and sample return
Target: (2981) Pellucida, a carbon-rich near-Earth asteroid
Agency: Continental Space Agency (CSA) with the Orbis Institute

Aster-2 was approved as a medium-class mission in around 2012, after Aster-1 had shown that a
small spacecraft could operate close to a low-gravity body. The 1,340 kg spacecraft was
launched on 14 March 2019 from the Kourel launch site on a Vanta-6 rocket.

After an Earth gravity assist on 3 March 2021, which bent its path towards the asteroid,
Aster-2 arrived at Pellucida on 27 August 2023 and entered a 20 km station-keeping position.
The small lander Kite was deployed on November 9 and returned images and magnetometer data from
the surface for 41 hours. Contact with Kite was lost two days later, when its battery ran out.

The main spacecraft collected about 5.4 g of surface material in two touch-and-go manoeuvres
and left Pellucida on 11 December 2024. Its return capsule is scheduled to land in the Ardent
Desert test range in December 2027, where a recovery team will take it to a clean-room
facility. Operations of the main spacecraft will end no later than 31 March 2030, unless an
extended mission to a second asteroid is approved.

Key figures: 4 instruments; data volume 2.1 TB; mission cost EUR 612 million.""",
        (
            expect("2012~", "approved"),
            expect("2019-03-14", "launch"),
            expect("2021-03-03", "gravity", "assist"),
            expect("2023-08-27", "arrived"),
            expect("2023-11-09", "kite", "deployed"),
            expect("2023-11-11", "contact"),
            expect("2024-12-11", "left"),
            expect("2027-12", "capsule", planned=True),
            expect("../2030-03-31", "operations", planned=True),
        ),
    ),
    Text(
        "estaria-water-emergency",
        "government statement",
        date(2025, 8, 14),
        """MINISTRY OF WATER AND ENVIRONMENT - REPUBLIC OF ESTARIA
Statement by the Minister, Hanne Voss
Ref. MWE/PR/2025/088

The Government has today declared a state of water emergency in the provinces of Arlen and
Tovik, under section 12 of the Water Resources Act 1994.

Reservoir levels in both provinces stand at 31 per cent of capacity. Rainfall this summer has
been less than half of the long-term average, and the Tovik reservoir is at its lowest level
since measurements began. A ban on the use of garden hoses and sprinklers has been in force
since 1 August.

At its meeting on Monday, the Cabinet approved an emergency fund of 40 million crowns for
farmers and municipal water companies. Farmers may apply for support from the fund no later
than 30 September.

The last such emergency, declared in July 2011, lasted four months and cost the economy an
estimated 300 million crowns. We have learned from it: the network of emergency wells built
after that drought is ready to be used.

I will visit the Tovik reservoir and the emergency wells at Oskaby on Saturday, together with
the regional governors. The Government will review all measures on 1 October.

I ask every household to save water. Please water gardens only with collected rainwater, and
report leaks to your municipality.

Hanne Voss, Minister for Water and Environment

Press office: +372 555 0190 | Helpline for farmers: 1525""",
        (
            expect("2025-08-14", "emergency", "declared"),
            expect("2025-08-01/..", "ban"),
            expect("2025-08-11", "fund"),
            expect("../2025-09-30", "apply", planned=True),
            expect("2011-07", "emergency"),
            expect("2025-08-16", "visit", planned=True),
            expect("2025-10-01", "review", planned=True),
        ),
    ),
    Text(
        "corran-hall-reopens",
        "HTML news page",
        date(2025, 4, 23),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Corran Hall reopens after three-year renovation | Corran Evening Post</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/culture">Culture</a> | <a href="/news">News</a></nav>
<article>
  <h1>Corran Hall reopens after three-year renovation</h1>
  <p class="byline">By Maeve Dunleavy &middot;
    <time datetime="2025-04-23">23 April 2025</time></p>
  <p>Corran Hall, the city's largest concert venue, reopened to the public on Tuesday after a
  renovation that cost roughly &pound;62 million, about &pound;15 million more than planned.</p>
  <p>The hall closed in January 2022. Workers replaced the roof, restored the plaster ceiling
  and rebuilt the stage, and the number of seats fell from 2,040 to 1,850.</p>
  <p>Built in 1911 to designs by the architect Edith Carrow, the hall was badly damaged by
  fire in 1943 and restored between 1949 and 1952. The Corran Philharmonic, which has played
  in the hall since 1920, gave a short concert for the builders at the reopening.</p>
  <p>A gala concert with the orchestra and the soprano Lidia Moraes is scheduled for 10 May.
  Tickets for the summer season go on sale on Friday, and the free Sunday morning recitals
  will continue as before.</p>
  <figure><img src="/img/corran-hall.jpg" alt="Corran Hall">
    <figcaption>The restored ceiling, photographed on 17 April 2025. Photo: J. Hale</figcaption>
  </figure>
</article>
<footer>&copy; 2025 Corran Evening Post &middot; Tel. 0141 555 0123</footer>
</body>
</html>""",
        (
            expect("2025-04-22", "reopened"),
            expect("2022-01", "closed"),
            expect("1911", "built"),
            expect("1943", "fire"),
            expect("1949/1952", "restored"),
            expect("1920/..", "philharmonic"),
            expect("2025-05-10", "gala", planned=True),
            expect("2025-04-25", "tickets", planned=True),
        ),
    ),
    Text(
        "tarvel-avalanche-bulletin",
        "avalanche bulletin",
        date(2025, 2, 11),
        """AVALANCHE BULLETIN - NORTHERN TARVEL ALPS
Avalanche Warning Service Tarvel | Issued: Tuesday 11.02.2025, 17:00

DANGER LEVEL: 4 - HIGH above 1800 m, 3 - CONSIDERABLE below

Main problems: new snow, wind slabs

Snowpack
Between 8 and 10 February, 70 to 90 cm of new snow fell above 1800 m, the largest three-day
total in the region since January 2019. Strong north-westerly winds have built deep wind slabs
in gullies and bowls on east and south-east aspects. The new snow lies on a hard rain crust
that formed on 4 February, when rain fell up to about 2,200 m; the bond to this crust is poor.

Observations
On Sunday a skier triggered a slab avalanche 1.2 m deep on the north face of the Grauhorn at
2,450 m; he was carried 300 m but was not buried. Several spontaneous avalanches reached the
valley floor near Ostalp. The Valtar pass road (L214) has been closed since Monday.

Tendency
The danger is expected to decrease to level 3 on Thursday as the snowpack settles. A further
20 to 30 cm of snow is forecast for Saturday, with renewed wind slab formation.

Advice
Stay on moderately steep terrain below 30 degrees. Keep well away from run-out zones. Ski
tours on east-facing slopes above 2,000 m should be avoided.

Bulletins are published daily at 17:00. Emergency: 112.""",
        (
            expect("2025-02-08/2025-02-10", "snow"),
            expect("2025-02-04", "crust"),
            expect("2025-02-09", "avalanche"),
            expect("2025-02-10/..", "road", "closed"),
            expect("2025-02-13", "danger", planned=True),
            expect("2025-02-15", "snow", planned=True),
        ),
    ),
    Text(
        "skerry-cup-2023",
        "sailing race report",
        date(2023, 9, 24),
        """SKERRY CUP: WINDRUSH TAKES LINE HONOURS IN LIGHT-AIR MARATHON

Brenmouth Yacht Club | Race report | 24 September 2023

Forty-one yachts set off from Brenmouth on Monday for the 34th Skerry Cup, a 480-mile course
around the outer islands, in a breeze that barely reached ten knots.

The 60-foot Windrush, skippered by Aoife Brannock, led from the start. She rounded the Halsey
light on Wednesday morning, almost a day behind the schedule of a typical year, and crossed the
finish line off Brenmouth pier at 03:14 on Friday after 4 days, 15 hours and 44 minutes at sea.

It was a hard race for the smaller boats. Marlin retired with a broken rudder on Thursday and
was towed into Castlebay by the lifeboat. The race record of 3 days and 9 hours, set by Gale
Runner in 2013, was never threatened.

First sailed in 1957, the Skerry Cup is held every two years. Entries this year were the
highest since 1989.

Twelve boats were still at sea this morning, and the last of them are expected to finish by
Tuesday. The prize-giving will take place at the club on Saturday, 30 September, at 19:00.

Provisional results (line honours): 1 Windrush (A. Brannock); 2 Tern III (K. Olafsen);
3 Seabright (M. Cole). Full results at brenmouthyc.example/results; protests must be lodged at
the race office within two hours of finishing.""",
        (
            expect("2023-09-18", "set", "off"),
            expect("2023-09-20", "halsey"),
            expect("2023-09-22", "finish", "line"),
            expect("2023-09-21", "marlin", "retired"),
            expect("2013", "record"),
            expect("1957", "first", "sailed"),
            expect("../2023-09-26", "last", planned=True),
            expect("2023-09-30", "prize", planned=True),
        ),
    ),
    Text(
        "harwick-museum-closure",
        "museum closure press release",
        date(2025, 1, 9),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE
9 January 2025

HARWICK MUSEUM OF MARITIME HISTORY TO CLOSE FOR MAJOR RENOVATION

The Harwick Museum of Maritime History will close its doors to the public on Sunday 2 March
2025 for a complete renovation of its building. The work, approved by the city council on
12 December, will replace the heating and roof, add a lift and create two new galleries.

To say goodbye to the old displays, the museum will hold a farewell weekend of free admission
from 28 February to 2 March. While the building is closed, selected objects, including the
famous ship's bell of the Anna Kalder, will be shown at Harwick Central Library from 3 to
28 June.

The museum is expected to reopen in 2027.

"This building has served us well, but our visitors deserve better," said director Ruth
Penhallow. "We want the collection to be here for another century."

Notes to editors
- The museum was founded in 1898 by the Harwick Shipowners' Society and moved into the former
  customs house on the quay in 1936.
- Its collection of 37 ship figureheads was donated by the Kalder family in about 1950.
- The museum is open daily except Mondays and receives some 120,000 visitors a year.

Press contact: Owen Trask, +44 1255 555 019, press@harwickmuseum.example""",
        (
            expect("2025-03-02", "close", planned=True),
            expect("2024-12-12", "approved"),
            expect("2025-02-28/2025-03-02", "farewell", planned=True),
            expect("2025-06-03/2025-06-28", "library", planned=True),
            expect("2027", "reopen", planned=True),
            expect("1898", "found"),
            expect("1936", "customs", "house"),
            expect("1950~", "figurehead"),
        ),
    ),
    Text(
        "brackenrigg-year-book",
        "sheep farmer's year book",
        None,
        """BRACKENRIGG FARM - YEAR BOOK 2023
Holding no. 24/318/0042 | Flock mark BR 1948

Flock: 640 Fellside ewes, 180 gimmers, 18 tups.

Tupping. Tups went in on 15 October last year and came out on 5 December. Raddle colours
changed every 16 days (red, blue, black).

Scanning. Scanned on 24 January: 148 per cent, 31 ewes empty. Empties sold at Kelby
store sale.

Lambing. Lambing began on 2 April in wet, cold weather, and the last ewe had lambed by
29 April. 894 lambs marked; losses 6.1 per cent, mostly in the first storm.

Shearing. Clipped from 3 to 5 July with the Moffat brothers' gang; wool 1.9 kg a fleece.

Sales. Store lambs to Kelby mart on 14 September: 212 sold, average £96. Draft ewes sold
privately.

Schemes. We have been in the Upland Meadows stewardship scheme since 2016, so the two hay
meadows are not cut before 15 July (every year, under the agreement).

Notes. Grandfather bought Brackenrigg in 1948 with 200 ewes and a borrowed dog. Worming every
six weeks through summer; feet checked at every gather.

Plans for next year: new handling pens to be built in February, and keep 200 gimmers.""",
        (
            expect("2022-10-15", "tups", "went"),
            expect("2022-12-05", "tups", "came"),
            expect("2023-01-24", "scanned"),
            expect("2023-04-02", "lambing", "began"),
            expect("../2023-04-29", "lambed"),
            expect("2023-07-03/2023-07-05", "clipped"),
            expect("2023-09-14", "mart"),
            expect("2016/..", "stewardship"),
            expect("1948", "bought"),
            expect("2024-02", "pens", planned=True),
        ),
    ),
    Text(
        "tessaly-weekly-summary",
        "rover mission weekly summary",
        date(2024, 6, 10),
        """Tessaly Rover - Weekly Mission Summary
Sols 1201-1207 | Posted by the Surface Operations Team, 10 June 2024

Tessaly, which landed in Kolva crater on 18 February 2021, spent this week at the edge of the
crater's western fan, where it has been exploring the ancient river delta since March 2022.

On Tuesday (sol 1202) the rover drilled its 31st rock core, from a fine-grained layered
outcrop the team has nicknamed "Selje". Images from the drill hole show thin grey and red
laminae, which may record changing water levels in the ancient lake.

On Thursday the team commanded a 142-metre drive toward a boulder field on the fan's upper
surface. The drive stopped after 96 metres when the autonomous navigation system judged a
slope too steep; the remaining distance will be covered in the next drive.

Power remains a concern. A regional dust storm that began on about 28 May has reduced the
sunlight reaching the solar array by about 20 per cent, and the team has cut back on
night-time heating of the robotic arm.

Looking ahead, the team plans to collect the next sample on 14 June, after the rover reaches
the boulder field. Solar conjunction will interrupt commanding from 11 to 25 November, when
the Sun lies between Earth and Mars.

Flight software: R14.2. Odometry to date: 28.61 km.""",
        (
            expect("2021-02-18", "landed"),
            expect("2022-03/..", "delta"),
            expect("2024-06-04", "core"),
            expect("2024-06-06", "drive"),
            expect("2024-05-28~", "dust", "storm"),
            expect("2024-06-14", "sample", planned=True),
            expect("2024-11-11/2024-11-25", "conjunction", planned=True),
        ),
    ),
    Text(
        "dunmarrow-castle",
        "castle's history",
        None,
        """Dunmarrow Castle - History

Dunmarrow Castle stands on a basalt rock above the Firth of Marrow. The first defences on the
rock were probably a timber palisade, but nothing of them survives.

The stone keep was built c. 1180 by Hugh de Marrow, a Norman knight who held the lands from the
crown. The small chapel in the inner ward was perhaps consecrated in 1233; the date comes from
an inscription recorded by an antiquarian and since lost.

The castle was besieged in 1321 for six weeks and surrendered only when the well ran dry. In
1502 it passed by marriage to the Carrick family, who added the great hall and the gatehouse
that visitors still walk through today.

During the Civil War the Carricks held Dunmarrow for the king. After its capture it was
slighted by Parliamentary troops in 1646, and for two centuries it stood as a roofless ruin.

The shipbuilder Robert Ewart bought the ruin and restored it between 1884 and 1891, re-roofing
the hall and rebuilding the east range as a family home. His granddaughter opened the castle
to the public in 1952. Since 1984 it has been in the care of the Dunmarrow Trust, a charity.

A new visitor centre at the foot of the rock is due to open in May 2026.

Opening times: daily 10:00-17:00 (last entry 16:15). Admission: adults £9.50, children £5.
Group bookings: 01620 555 1180.""",
        (
            expect("1180~", "keep"),
            expect("1233?", "chapel"),
            expect("1321", "besieged"),
            expect("1502", "carrick"),
            expect("1646", "slighted"),
            expect("1884/1891", "restored"),
            expect("1952", "public"),
            expect("1984/..", "trust"),
            expect("2026-05", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "treasury-stock-2034-auction",
        "treasury statement on bonds",
        date(2025, 12, 19),
        """DEBT MANAGEMENT OFFICE - HM TREASURY OF ALBANY
Press notice PN 47/25 | 19 December 2025

AUCTION OF 4¼% TREASURY STOCK 2034

The Debt Management Office (DMO) announces that it will auction £4,000 million nominal of
4¼% Treasury Stock 2034 (ISIN AB00BN1Q2034) on Tuesday 6 January 2026. The auction will
settle on Thursday 8 January.

The stock was first issued by syndication on 7 February 2024 and was reopened at auction on
2 December at an average yield of 4.31%. The amount in issue is currently £28,750 million
nominal. The stock will be redeemed at par on 7 September 2034. Coupons are paid in equal
half-yearly instalments on 7 March and 7 September.

The auction is consistent with the financing remit for 2025-26, which was revised on
26 November. Bids are accepted through the DMO's bidding system between 09:00 and
10:30, and the Post-Auction Option Facility is open to primary dealers.

Since 1 April 2024 auction results have been announced within 15 minutes of the close of
bidding.

The DMO expects to publish its gilt auction calendar for April to June 2026 on or about
27 February.

Enquiries: Gilt dealing desk, 020 7555 6000. This notice does not constitute an offer to
sell or a solicitation of an offer to buy any securities.""",
        (
            expect("2026-01-06", "auction", planned=True),
            expect("2026-01-08", "settle", planned=True),
            expect("2024-02-07", "syndication"),
            expect("2025-12-02", "reopened"),
            expect("2034-09-07", "redeemed", planned=True),
            expect("2025-11-26", "remit"),
            expect("2024-04-01/..", "results"),
            expect("2026-02-27~", "calendar", planned=True),
        ),
    ),
    Text(
        "ashby-saint-vellac-twinning",
        "town twinning association's HTML page",
        date(2025, 9, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Ashby Parva - Saint-Vellac Twinning Association</title></head>
<body>
<header><h1>Ashby Parva &amp; Saint-Vellac Twinning Association</h1>
<p><em>Jumelage Ashby Parva - Saint-Vellac</em></p></header>
<main>
<section id="about">
<h2>About us</h2>
<p>Our association was founded in 1971 by a group of parents and teachers at Ashby Parva
school. The twinning charter between Ashby Parva and Saint-Vellac, a wine village of 1,900
people in the Loire valley, was signed in the Saint-Vellac town hall on 14 May 1972, and a
return ceremony took place in Ashby that October.</p>
<p>Delegations from Ashby visited Saint-Vellac for its wine festival in 1985, 1998 and 2012.
Since 2019 the association has also been linked with the village of Brzezno in Poland.</p>
<p>Pupils from both schools exchange letters every term, and our Annual General Meeting is
held each March in the village hall.</p>
</section>
<section id="news">
<h2>Coming up</h2>
<p><strong>Autumn visit to Saint-Vellac:</strong> our group will travel to Saint-Vellac from
9 to 12 October, staying with host families. The coach leaves the village green at 06:30.
Places must be booked by 19 September; the cost is &pound;185 per adult.</p>
</section>
</main>
<footer><p>Contact: secretary@ashbytwinning.example &middot; 01858 555 1972</p>
<p>&copy; 2025 Ashby Parva Twinning Association &middot; Registered charity no. 1098765</p>
</footer>
</body>
</html>""",
        (
            expect("1971", "association", "found"),
            expect("1972-05-14", "charter"),
            expect("1972-10", "ceremony"),
            expect("1985", "delegation"),
            expect("1998", "delegation"),
            expect("2012", "delegation"),
            expect("2019/..", "brzezno"),
            expect("2025-10-09/2025-10-12", "visit", planned=True),
            expect("../2025-09-19", "booked", planned=True),
        ),
    ),
    Text(
        "orlen-v-sanmar-award",
        "arbitration award summary",
        date(2023, 4, 5),
        """CALDERA CHAMBER OF COMMERCE - ARBITRATION INSTITUTE
Award Summary | Case No. CCC/A/2019/114 | Published 5 April 2023

Orlen Dredging B.V. (Claimant) v. Port Authority of Sanmar (Respondent)

Tribunal: Prof. Ines Valcárcel (President), Mr. Hugo Brandt, Dr. Amina Sefu
Seat: Caldera | Language: English | Rules: 2017 Arbitration Rules of the Institute

The dispute

Under a contract signed on 2 March 2016, the Claimant undertook to dredge the approach channel
to the port of Sanmar to a depth of 14.5 metres. The works were to be completed by 30 June
2017. After repeated delays, which the Claimant attributed to unforeseen rock, the Respondent
terminated the contract on 18 October 2018 and called the performance bond.

The proceedings

The Claimant filed its Request for Arbitration on 11 September 2019. The tribunal was
constituted on or about 20 January 2020. An evidentiary hearing was held in Caldera from 6 to
10 June 2022, with nine witnesses and four experts.

The award

In its Final Award of 15 March 2023 the tribunal held that the rock was a foreseeable
condition under clause 4.12, but that the termination was premature under Article 1231 of the
Civil Code of Sanmar. The Respondent is to pay EUR 12.4 million plus interest to the Claimant
no later than 30 April 2023. Each party bears its own costs.

This summary is published with the consent of the parties. It is not an official text of the
award.""",
        (
            expect("2016-03-02", "contract", "signed"),
            expect("../2017-06-30", "works"),
            expect("2018-10-18", "terminated"),
            expect("2019-09-11", "request"),
            expect("2020-01-20~", "tribunal"),
            expect("2022-06-06/2022-06-10", "hearing"),
            expect("2023-03-15", "award"),
            expect("../2023-04-30", "pay", planned=True),
        ),
    ),
    Text(
        "bruckner-vey-pianos",
        "piano maker's history",
        None,
        """Brückner & Vey - A History of the Firm

Brückner & Vey was founded in 1853 in Haldern by the cabinet maker Carl Brückner and the
organ builder Friedrich Vey, who had met while repairing the organ of the town church. Their
first instruments were square pianos for middle-class parlours, but they soon turned to
concert grands as well.

The firm's reputation was made at the great exhibitions. Brückner & Vey won medals at the
world exhibitions of 1867, 1873 and 1878, and its patented double-escapement action was taken
up by several pianists of the day.

The original factory on the Mühlgraben was destroyed by fire around 1890. Carl Brückner's son
Otto rebuilt it on a larger site by the railway, and production rose to 2,000 instruments a
year. The firm celebrated its 100,000th piano on 2 October 1911 with a concert in the
factory hall.

After the Second World War the factory lay in the eastern zone. The firm was nationalised in
1948 and for four decades built upright pianos for export under the Haldern name. It was
privatised in 1992 and bought back by descendants of the Vey family. Since 2004 Brückner & Vey
has been part of the Korvald Music Group, and its model 212 concert grand is played in many
European halls.

A new workshop for the restoration of historic instruments is to open in September 2026.""",
        (
            expect("1853", "found"),
            expect("1867", "medal"),
            expect("1873", "medal"),
            expect("1878", "medal"),
            expect("1890~", "fire"),
            expect("1911-10-02", "100,000th"),
            expect("1948", "nationalised"),
            expect("1992", "privatised"),
            expect("2004/..", "korvald"),
            expect("2026-09", "workshop", planned=True),
        ),
    ),
    Text(
        "kestrel-lane-term-dates",
        "school term dates letter",
        date(2025, 7, 14),
        """Kestrel Lane Primary School
Kestrel Lane, Marlow Heath MH4 2QT | Tel. 01494 555 207 | office@kestrel-lane.example
Headteacher: Mrs J. Okafor

14 July 2025

Dear Parents and Carers,

Term dates for 2025-26

As the school year draws to a close, I am writing with the term dates for next year so that
you can plan ahead.

Autumn term: the school will be closed to pupils for staff training (INSET) on Monday 1 and
Tuesday 2 September, and will reopen for all pupils on Wednesday 3 September. Half term runs
from Monday 27 October to Friday 31 October. The autumn term ends on Friday 19 December at
1.30 p.m.

Spring term: school begins again on Monday 5 January 2026.

Please return the enclosed consent forms for next year's swimming lessons by Friday 18 July.
Swimming takes place every Thursday afternoon for Years 3 and 4.

Thank you all for making this such a special year. The school, which opened in 1875,
celebrated its 150th anniversary with a summer fete on 21 June, and more than 600 former
pupils, parents and neighbours came to join us.

With best wishes for a restful summer,

J. Okafor
Headteacher""",
        (
            expect("2025-09-01", "inset", planned=True),
            expect("2025-09-02", "inset", planned=True),
            expect("2025-09-03", "reopen", planned=True),
            expect("2025-10-27/2025-10-31", "half", "term", planned=True),
            expect("2025-12-19", "autumn", "term", planned=True),
            expect("2026-01-05", "spring", "term", planned=True),
            expect("../2025-07-18", "consent", planned=True),
            expect("1875", "opened"),
            expect("2025-06-21", "fete"),
        ),
    ),
)
