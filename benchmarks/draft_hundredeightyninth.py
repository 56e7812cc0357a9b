"""The hundred-and-eighty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents and copying none: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
storm surge warning, a darts championship report, a satellite broadband launch release, a
governess's letters of the 1840s, a barn owl box monitoring report, a swing bridge's history,
a housing minister's building safety statement, a folk festival HTML line-up page, a
magistrates' sentencing remarks, a hat factory's history and a gardening society's show
schedule. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, a decade, "next week", "recently") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYNINTH_CORPUS",)


HUNDREDEIGHTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "refinery-blaze-out",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRAN, March 14 (Meridian News) - Firefighters put out the last of a blaze at the
Kestran oil refinery on Thursday, two days after an explosion in a distillation unit forced
the evacuation of some 600 nearby homes, the plant's operator said.

Northgate Energy, which owns the refinery, said no one had been killed. Eleven workers were
treated in hospital for burns and smoke inhalation, and all but one have gone home.

The refinery, built in 1964 and expanded in 1981, processes about 180,000 barrels a day and
is the largest employer in the district. The fire was the worst industrial accident in the
province since 1992, according to the provincial fire service.

It was not the plant's first incident. An earlier leak, on or about 9 August 2019 according
to court filings, released several tonnes of hydrocarbon vapour into a storm drain, and
Northgate paid a fine of 2.4 million crowns.

Safety inspectors from the provincial labour ministry are scheduled to enter the damaged unit
on Monday, once engineers have confirmed the structure is stable. Northgate said it expected
to restart the undamaged units no later than April 30, and that fuel supplies to the region's
filling stations would not be interrupted.

Residents' representatives, who meet the company every quarter, said they would ask for an
independent inquiry. "We were told after the last leak that it would never happen again,"
said one of them, Ilse Varga, 58.

(Reporting by Petr Salonen; Editing by Hana Moreau; +46 8 555 0192)""",
        (
            expect("2025-03-13", "blaze"),
            expect("2025-03-11", "explosion"),
            expect("1964", "built"),
            expect("1981", "expand"),
            expect("2019-08-09~", "leak"),
            expect("2025-03-17", "inspect", planned=True),
            expect("../2025-04-30", "restart", planned=True),
        ),
    ),
    Text(
        "fenwick-plant-opens",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Fenwick Robotics Opens 220-Job Assembly Plant in Dunmore

DUNMORE, Ohio, June 3, 2025 /PRNewsfire/ -- Fenwick Robotics Inc. (NASDAQ: FNWK) today
opened its new assembly plant on Route 9 in Dunmore, adding 220 jobs to the region and
doubling the company's capacity for its FR-2040 welding arm. The first robots built in
Dunmore are to ship to customers no later than September 30.

Construction of the 310,000-square-foot facility began in February 2023. The plant is
certified to ISO 9001 and will run two shifts from the outset.

"Dunmore is where we started, and it is where we are growing," said chief executive Alana
Whitcombe, who founded the company in 2009 with two engineers from Carrow State University.

Fenwick has opened plants in 2012, 2016 and 2020, each of them in Ohio. A second assembly
line in Dunmore is planned to open in March 2026, subject to demand.

About Fenwick Robotics
Fenwick Robotics designs and builds industrial robots for welding, painting and packaging.
The company employs more than 1,400 people and serves customers in 31 countries.

Forward-Looking Statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media contact:
Dana Kerrigan, Fenwick Robotics
press@fenwickrobotics.example | +1 (614) 555-0147

SOURCE Fenwick Robotics Inc.""",
        (
            expect("2025-06-03", "plant", "open"),
            expect("2023-02", "construction"),
            expect("2009", "found"),
            expect("2012", "plant"),
            expect("2016", "plant"),
            expect("2020", "plant"),
            expect("../2025-09-30", "ship", planned=True),
            expect("2026-03", "line", planned=True),
        ),
    ),
    Text(
        "hale-v-orchard-row",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HALE BAKERY SUPPLY, LLC,                     No. 58214-7-II
                 Appellant,
       v.                                    UNPUBLISHED OPINION
ORCHARD ROW PROPERTIES, INC.,
                 Respondent.

VANCE, J. - Hale Bakery Supply appeals a summary judgment awarding its former landlord
unpaid rent and fees. We affirm.

                                   FACTS

On or about March 3, 2019, Dorsey Hale, the company's owner, signed a lease for a
ground-floor unit at 14 Orchard Row. The premises had operated as a bakery since 1987. The
lease ran from April 1, 2019 to March 31, 2022, with rent due on the first day of each
month.

Hale stopped paying rent in November 2020, citing a fall in trade. Orchard Row served a
notice to pay or vacate and filed suit on January 12, 2021. The trial court granted summary
judgment for Orchard Row on August 4, 2022. Hale filed a notice of appeal on September 1.

                                  ANALYSIS

We review summary judgment de novo. Pell v. Darrow, 212 Wm.2d 44, 51 (2009). Hale argues
that the Landlord and Tenant Act of 1974, WMC 59.12.030, excused performance because the
landlord failed to repair a roof leak. But the lease placed roof repairs on the tenant, and
Hale offered no evidence that the leak made the unit unusable. The trial court did not err.

Orchard Row requests attorney fees on appeal under section 27 of the lease. We grant the
request, subject to compliance with RAP 18.1.

Affirmed.

                                        VANCE, J.
WE CONCUR:
        OKONKWO, C.J.          LINDGREN, J.""",
        (
            expect("2019-03-03~", "lease", "sign"),
            expect("1987/..", "bakery"),
            expect("2019-04-01/2022-03-31", "lease"),
            expect("2020-11", "rent"),
            expect("2021-01-12", "suit"),
            expect("2022-08-04", "judgment"),
            expect("2022-09-01", "appeal"),
        ),
    ),
    Text(
        "morwick-history",
        "encyclopedia history",
        None,
        """Morwick

Morwick is a market town and civil parish in the district of Ryeland, on the north bank of
the River Leaze. It had a population of 9,870 at the most recent census.

History

The settlement is first recorded c. 1150, as Morewic, a grange of the Cistercian abbey of
Haltby. It received a charter for a weekly market and an annual fair in 1284. The parish
church of St Ealdred was rebuilt, probably in 1412, by the wool merchant John Fressel, whose
brass survives in the chancel.

During the Civil War Morwick Castle was held for the King. Parliamentary troops besieged it
in 1643 and again the following year, and it was slighted in 1646; only the gatehouse
still stands. The town's cloth trade, for most of the eighteenth century the largest in the
county, declined with the rise of the mills further west.

The Morwick and Selby Railway reached the town in 1849, and the station closed in 1966. The
former goods shed is now a climbing centre.

Under the Local Government Act 1972, Morwick lost its borough council. Since 1974 the town
has formed part of the district of Ryeland, whose offices are in the old corn exchange.

See also
  List of market towns in Ryeland
  Haltby Abbey

References
  1. Ryeland Historical Society (1988). Morwick: A Town and its Market, pp. 12-40.
  2. Fressel, M. (2004). "The brasses of St Ealdred's". Church Monuments 19: 77-91.""",
        (
            expect("1150~", "record"),
            expect("1284", "charter"),
            expect("1412?", "church"),
            expect("1643", "besieg"),
            expect("1644", "besieg"),
            expect("1646", "slighted"),
            expect("1849", "railway"),
            expect("1966", "station", "clos"),
            expect("1974/..", "ryeland"),
        ),
    ),
    Text(
        "rovers-beat-city",
        "sports report",
        date(2025, 11, 9),
        """Halvorsen double sends Rovers fourth

By Callum Reddy, Sunday 9 November 2025

Fellgate Rovers 3 Hartsea City 1

A second-half double from Jonas Halvorsen gave Fellgate Rovers a 3-1 win over Hartsea City
at Millgate Park on Saturday, lifting them to fourth in the table.

Halvorsen, who signed from Dunmere in January, now has nine goals in 13 league games. City
led through Ade Mensah's header after 20 minutes, but Rovers levelled before the break when
Tom Pryer turned in a corner.

It was a personal landmark for manager Petra Lindqvist, who was appointed on 3 June after
relegation cost her predecessor his job: Rovers had not won four league games in a row
since 1998.

The result also ended a long wait against City at this ground. Rovers' previous home league
win over Hartsea came on 14 February 2009.

There was bad news on the injury front. Captain Sam Okoro had knee surgery on Thursday and is
expected to miss about six weeks.

Rovers will host Ashvale on Wednesday in the league, and the club said the repaired North
Stand would reopen around 1 December. The club, founded in 1889, plays its reserve fixtures
every other Tuesday at Colley Lane.

Rovers: Barrett; Lowe, Okafor, Kitson, Mayhew; Pryer, Dale (Vance 71), Fenn; Rudd,
Halvorsen, Cole.
Attendance: 14,203.""",
        (
            expect("2025-11-08", "rovers", "win"),
            expect("2025-01", "halvorsen", "sign"),
            expect("2025-06-03", "lindqvist", "appoint"),
            expect("2009-02-14", "win"),
            expect("2025-11-06", "surgery"),
            expect("2025-11-12", "ashvale", planned=True),
            expect("2025-12-01~", "stand", "reopen", planned=True),
            expect("1889", "found"),
        ),
    ),
    Text(
        "tarrow-cycles-history",
        "company history",
        None,
        """Our History | Tarrow Cycles

From a back-street workshop to Britain's oldest family frame builder

Tarrow Cycles was founded in 1898 by Albert Tarrow, a blacksmith's son from Lenbridge who
built his first frame in a shed behind his father's forge. The business moved to larger
premises on Carding Street in 1904, where the red-brick works still stands.

From 1940 to 1945 the factory made no bicycles at all. Instead its lathes turned out shell
cases and aircraft fittings, and its workforce, two-thirds of them women, grew to nearly 300.

After the war Tarrow returned to racing. Riders on Tarrow frames won the national road
championship in 1957, 1962 and 1968, and the Tarrow "Sprint" of the 1960s is still sought
by collectors. The company was listed on the stock exchange around 1971, although the family
kept a controlling share.

Hard times followed. Cheap imports halved sales and the company shrank back to a single
workshop. Since 1999 it has been owned by the Tarrow Trust, set up by Albert's
granddaughter Margaret to keep frame building in Lenbridge.

Today our twelve builders make around 600 frames a year, each one brazed by hand. The
company plans to open a museum of Tarrow bicycles in the old paint shop in 2027.

Visit us: Carding Street Works, Lenbridge LN4 2TQ. Workshop tours every Saturday at 11 am.""",
        (
            expect("1898", "found"),
            expect("1904", "carding", "street"),
            expect("1940/1945", "shell"),
            expect("1957", "championship"),
            expect("1962", "championship"),
            expect("1968", "championship"),
            expect("1971~", "listed"),
            expect("1999/..", "trust"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "calyx-mission-summary",
        "mission summary (space)",
        None,
        """CALYX - Mission Summary

Agency: Meridian Space Agency (MSA)
Mission type: asteroid sample return
Target: near-Earth asteroid 2019 QX4 ("Tessel")
Launch mass: 2,065 kg

Calyx was launched on 12 December 2021 on a Helion-5 rocket from the Orano launch site. After
a year in a looping orbit around the Sun it swung past the Earth on 3 October 2022, a flyby
that bent its path towards Tessel.

The cruise was not uneventful. Ground contact was lost on or about 5 May 2023, when a fault
in the star tracker put the spacecraft into safe mode; controllers needed about 40 hours to
restore communications.

Calyx arrived at Tessel on 14 July 2024 and spent the next months mapping its rubble-strewn
surface from an altitude of 5 km. The sampling arm touched the asteroid on 2 November 2024,
and the spacecraft backed away two days later with an estimated 60 g of regolith in its
capsule.

Departure from Tessel is scheduled for 2 March 2026. The sample capsule is to return to
Earth in September 2027, landing at the Kerrin test range, where a team will fly it by
helicopter to the curation facility at Almeda.

Principal investigator: Dr Ruth Ansari, Almeda University
Mission status: operational
Page last reviewed: MSA Science Directorate""",
        (
            expect("2021-12-12", "launch"),
            expect("2022-10-03", "flyby"),
            expect("2023-05-05~", "contact", "lost"),
            expect("2024-07-14", "arriv"),
            expect("2024-11-02", "sampl"),
            expect("2024-11-04", "back"),
            expect("2026-03-02", "departure", planned=True),
            expect("2027-09", "return", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        date(2025, 4, 22),
        """Ministry of Agriculture and Rural Affairs
Statement: avian influenza confirmed near Dellow

Issued: 22 April 2025

The Chief Veterinary Officer has confirmed highly pathogenic avian influenza H5N1 in a flock
of laying hens at a farm near Dellow, in the county of Brenshire.

Samples taken from the premises on 18 April tested positive at the national reference
laboratory. All birds on the farm are being humanely culled.

A 3 km protection zone and a 10 km surveillance zone have been in force around the premises
since 19 April. Within them, poultry must be housed and movements of birds, eggs and litter
need a licence. The zones will be reviewed on 6 May.

All keepers in Brenshire with more than 50 birds must register their flocks with the Animal
Health Service by 30 April. Keepers can register online or by calling 0300 555 0184.

The region's last outbreak, confirmed in November 2022, led to the culling of some 90,000
birds. Powers to set up the zones come from the Animal Health Act 1981.

The Minister for Rural Affairs, Joanna Pell, will visit the area on Thursday to meet farmers
and local officials. She said: "Swift action is our best defence. I urge every keeper,
large or small, to stay alert and report any signs of disease at once."

The risk to public health remains very low. Properly cooked poultry and eggs are safe to eat.

Ends
Press office: 020 7946 0321""",
        (
            expect("2025-04-18", "samples"),
            expect("2025-04-19/..", "zone"),
            expect("2025-05-06", "review", planned=True),
            expect("../2025-04-30", "register", planned=True),
            expect("2022-11", "outbreak"),
            expect("2025-04-24", "pell", "visit", planned=True),
        ),
    ),
    Text(
        "library-reopens-html",
        "HTML news page",
        date(2025, 9, 5),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Central library reopens after £14m refit | Ashford Vale Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
  <h1>Central library reopens after £14m refit</h1>
  <p class="byline">By Nadia Brook, Local Democracy Reporter
    <time datetime="2025-09-05T07:30">5 September 2025</time></p>
  <p>Ashford Vale's central library reopened to the public yesterday after a £14m
  refurbishment that restored its glass dome and added a children's wing.</p>
  <p>A café run by a local charity will open on the ground floor on 1 October, and a
  festival of readings and workshops will run from 12 to 14 September.</p>
  <p>The Grade II listed building on Queen's Parade closed in March 2022, when inspectors
  found that parts of the dome were unsafe. It first opened in 1911, paid for by a gift
  from the mill owner Samuel Harker, and was listed in 1973.</p>
  <p>Around 2,000 people passed through the doors on the first day, the council said.</p>
  <figure><img src="/img/library-dome.jpg" alt="The restored dome">
    <figcaption>The restored dome, photographed in August 2025</figcaption></figure>
  <p>Opening hours are 9am to 6pm, Monday to Saturday.</p>
</article>
<footer>&copy; 2025 Ashford Vale Courier. Registered in England No. 04418812.</footer>
</body>
</html>""",
        (
            expect("2025-09-04", "library", "reopen"),
            expect("2022-03", "clos"),
            expect("1911", "open"),
            expect("1973", "listed"),
            expect("2025-10-01", "caf", planned=True),
            expect("2025-09-12/2025-09-14", "festival", planned=True),
        ),
    ),
    Text(
        "saltmere-surge-warning",
        "storm surge warning",
        date(2025, 12, 14),
        """COASTAL FLOOD FORECASTING SERVICE
STORM SURGE WARNING - EAST COAST (SALTMERE TO KELLING POINT)
Reference: SW-2025-114
Issued: 0600 GMT Sunday 14 December 2025

Severity: SEVERE FLOOD WARNING - danger to life

A deep area of low pressure moving south-east across the North Sea, combined with strong
northerly winds and high spring tides, will produce a storm surge along this coast.

The surge is expected to peak on Monday evening, with water levels up to 1.2 m above the
predicted tide at Saltmere and 0.9 m at Kelling Point. Waves of 4 to 5 m may overtop sea
defences.

The Saltmere tidal barrier will be closed from Sunday evening until Tuesday 16 December.
Residents and businesses should move vehicles from the seafront car parks before 2200 on
Sunday. Rest centres will open at Saltmere Leisure Centre and Kelling Village Hall.

Outlook: a second, smaller surge is forecast around Thursday 18 December.

Background: the last comparable surge, on 5 December 2013, flooded 140 properties in
Saltmere. Levels on this occasion could be the highest recorded since 1953.

Do not walk, drive or swim in flood water. Keep away from sea fronts and promenades.

Floodline: 0345 988 1188
Next update: 1200 GMT""",
        (
            expect("2025-12-15", "surge", "peak", planned=True),
            expect("2025-12-14/2025-12-16", "barrier", planned=True),
            expect("../2025-12-14", "vehicles", planned=True),
            expect("2013-12-05", "flood"),
            expect("2025-12-18~", "surge", planned=True),
        ),
    ),
    Text(
        "darts-world-final",
        "darts championship report",
        date(2026, 1, 5),
        """DARTS

Marsh finally lands the world title

By Owen Tilley | Monday 5 January 2026

Kieran Marsh became world champion at the fifth attempt on Sunday night, beating the
Belgian Luc Dewaele 7-4 in a final that swung back and forth before a sell-out crowd at
Alexandra Hall.

The 31-year-old from Wolverhampton had already made headlines in the tournament with a
nine-darter in his second-round win on 19 December. In the final he averaged 104.6, the
highest in a world final since 2017, and hit a 170 checkout to break throw in the ninth set.

Marsh, who turned professional in about 2012, had reached the semi-finals in 2019, 2021
and 2023 without getting any further. "I thought maybe it was never going to happen," he
said, holding the trophy. "Three times I went home on semi-final night."

Dewaele, who practises for six hours every day, was gracious in defeat. "He was better when
it mattered," he said.

Marsh collects £500,000 and moves to second in the world rankings. He has little time to
celebrate: the Premier League season begins on 5 February in Belfast, and he has already
been named as one of its eight players.

Final result: K Marsh 7-4 L Dewaele (3-0, 2-3, 3-1, 1-3, 3-2, 2-3, 3-0, 0-3, 3-1, 3-1, 3-2)""",
        (
            expect("2026-01-04", "marsh", "world"),
            expect("2025-12-19", "nine-darter"),
            expect("2012~", "professional"),
            expect("2019", "semi-final"),
            expect("2021", "semi-final"),
            expect("2023", "semi-final"),
            expect("2026-02-05", "premier", "league", planned=True),
        ),
    ),
    Text(
        "skyreach-launch-release",
        "satellite broadband launch release",
        date(2025, 10, 9),
        """PRESS RELEASE - 9 October 2025

Skyreach Orbital launches first 24 broadband satellites

LONDON - Skyreach Orbital Ltd today confirmed that the first 24 satellites of its
low-Earth-orbit broadband constellation were launched on Tuesday from the Vallena spaceport
aboard a Corvid-2 rocket. All 24 have deployed their solar arrays and are in contact with
the company's control centre in Harwell.

The next batch of 24 satellites is scheduled for launch on 20 November. Beta service for
farms, schools and rural businesses will start in selected regions no later than March 2026,
and commercial service is expected in mid-2026. The full constellation of 288 satellites is
to be complete by the end of 2027.

The launch follows the award of the company's spectrum licence by the national regulator on
14 May 2024. Skyreach was founded in 2020 by former telecoms executives Priya Nandakumar and
Glen Ostrow and has raised £410 million.

Customers will connect through the Skyreach SR-2030 terminal, a flat panel antenna about the
size of a laptop, priced at £299.

"Tuesday was the day our satellites stopped being a slide deck," said chief executive Priya
Nandakumar. "Now we can start closing the rural broadband gap for real."

Notes to editors
Skyreach Orbital Ltd is registered in England and Wales, company number 12874455.
Images: skyreach.example/media
Contact: Holly Brand, +44 20 7946 0772, press@skyreach.example""",
        (
            expect("2025-10-07", "satellites", "launch"),
            expect("2024-05-14", "licence"),
            expect("2020", "found"),
            expect("2025-11-20", "launch", planned=True),
            expect("../2026-03", "beta", planned=True),
            expect("../2027", "constellation", planned=True),
        ),
    ),
    Text(
        "governess-letters",
        "governess's letters of the 1840s",
        None,
        """Letters of Miss Harriet Lowry, governess, to her sister Ann

I.
                                               Thornleigh Hall, March 3rd, 1843.
My dearest Ann,
I reached Thornleigh at last on the 27th of February, very cold and very stiff after two
days upon the coach. Mrs Ashby received me kindly enough, though she looks upon a governess
as something between a lady and a housemaid. There are three pupils, of whom Miss Clara is
the eldest and the most troublesome. Mrs Ashby expects to go to Bath with the girls on the
20th of April, and I am to go with them. Have you heard from Robert? It is four years since
he sailed for Calcutta in 1839, and not a line this twelvemonth.

II.
                                               Thornleigh, 14th August 1843.
Dear Ann,
We returned from Bath on the 2nd, and I was never so glad to see a schoolroom. We walk out
every morning at ten, rain or shine. Mrs Ashby tells me she was married, I think, in the year
1831, though she is very close about such things and I dare not ask.

III.
                                               Harrowgate, 9th January 1845.
Dearest Ann,
You will see by the direction that I have left Thornleigh. I quitted it on the 30th of
December, 1844, after a scene with Mrs Ashby which I will not write down. I have been with
Mrs Carlow and her two little boys since the 2nd of January, and I am already far happier.
My salary is forty pounds, ten more than before.
                                               Ever your affectionate sister,
                                               Harriet""",
        (
            expect("1843-02-27", "thornleigh"),
            expect("1843-04-20", "bath", planned=True),
            expect("1839", "sail"),
            expect("1843-08-02", "return"),
            expect("1831?", "marri"),
            expect("1844-12-30", "thornleigh"),
            expect("1845-01-02/..", "carlow"),
        ),
    ),
    Text(
        "barn-owl-box-report",
        "barn owl box monitoring report",
        None,
        """Vale Barn Owl Group - Nest Box Monitoring Report, 2025 season

Site: Hollins Farm, Pollard Lane (box HF-3, pole-mounted)
Recorder: M. Threlfall   Schedule 1 disturbance licence: CL29/2014

Background
Box HF-3 was installed on 12 February 2021 on the edge of a rough grassland margin. It was
first occupied by barn owls in 2022 and has been used every year since.

Visit log
Date        Observer     Contents                              Notes
2025-03-20  MT           adult roosting, no eggs               pellets fresh
2025-04-14  MT, JB       female brooding, 5 eggs               not flushed
2025-05-12  MT           4 chicks, 1 addled egg                chicks c. 2-3 weeks
2025-05-28  MT, JB, RP   4 chicks ringed                       ring nos. GV71801-04

Summary
Counting back from the size of the chicks, the first egg was laid around 2 April. All four
chicks were ringed on 28 May under the group's licence, and all four had fledged by 10 July,
the landowner reported. The clutch of 5 is the largest at this site since 2022.

Visits are made about every two weeks from March to July and are kept under 10 minutes.

Next steps
The box will be cleaned out and the old nest material removed on 15 January 2026, outside
the breeding season. A second box is to be put up 400 m to the north once the landowner
agrees.

Report submitted to the county bird recorder.""",
        (
            expect("2021-02-12", "install"),
            expect("2022", "occupied"),
            expect("2025-03-20", "roost"),
            expect("2025-04-14", "eggs"),
            expect("2025-04-02~", "egg", "laid"),
            expect("2025-05-12", "chicks"),
            expect("2025-05-28", "ringed"),
            expect("../2025-07-10", "fledged"),
            expect("2026-01-15", "clean", planned=True),
        ),
    ),
    Text(
        "carrow-swing-bridge",
        "swing bridge's history",
        None,
        """Carrow Swing Bridge

The Carrow Swing Bridge carries Dock Road across the entrance to the Inner Basin at
Portlow. It is one of the few Victorian swing bridges in the country still on its original
turntable.

The first crossing here, a timber lifting bridge, was built c. 1790 for the new basin.
Rising traffic and larger ships made it obsolete within a century. In 1893 the harbour
commissioners adopted a design for a swing span by the engineer Walter Keane. The present
bridge opened on 21 June 1897, when the commissioners' steam yacht Petrel passed through on
its first swing.

For forty years the 60 m span was turned by hand, with eight men on capstan bars. In 1938
the hand gear was replaced by electric motors, and the swing time fell from twenty minutes
to four.

On 11 March 1962 the coaster Helga Brandt struck the bridge in a gale, bending two main
girders. It was the worst accident in the history of the port. The bridge was listed at
Grade II in 1985.

Since 2004 the bridge has been fixed shut to shipping except on heritage days, when it is
swung for visitors on the first Sunday of each month. A restoration of the turntable and
the keeper's cabin, funded by the Lottery, is planned to begin in 2027.

Length: 60 m. Weight of span: about 1,180 tonnes. Owner: Portlow Harbour Trust.""",
        (
            expect("1790~", "timber", "bridge"),
            expect("1893", "design"),
            expect("1897-06-21", "open"),
            expect("1938", "electric"),
            expect("1962-03-11", "struck"),
            expect("1985", "listed"),
            expect("2004/..", "fixed"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "building-safety-statement",
        "housing minister's building safety statement",
        date(2025, 3, 12),
        """Building Safety Update
Statement made on 12 March 2025
Made by: The Minister of State for Housing (Ruth Calder MP)

With permission, I would like to update the House on our work to make residential
buildings safe.

The fire at Larch Court on 9 August 2021, in which four residents lost their lives, showed
how far our system had failed. Since then we have built a new regime. The Building Safety
Regulator began work in October 2023, and since 6 April 2024 no new residential building
over 18 metres may be built without its approval.

Progress on remediation is real but too slow. By 28 February this year, 412 buildings with
unsafe cladding had been fully remediated, and work had started on a further 611. We will
publish a new fire safety code for high-rise homes on 30 June, and our consultation on
second staircases will close on Friday; I encourage everyone with an interest to respond.

I can announce today that all buildings over 18 metres with unsafe cladding are to be
remediated no later than 2029, and that developers who do not sign the remediation contract
will be barred from the planning system.

Residents should not have to wait years to feel safe in their homes. This Government will
not rest until every one of them does. I commend this statement to the House.

HCWS512""",
        (
            expect("2021-08-09", "larch", "court"),
            expect("2023-10", "regulator"),
            expect("2024-04-06/..", "approval"),
            expect("../2025-02-28", "remediated"),
            expect("../2029", "remediat", planned=True),
            expect("2025-06-30", "code", planned=True),
            expect("2025-03-14", "consultation", planned=True),
        ),
    ),
    Text(
        "brackenford-folk-lineup",
        "folk festival HTML line-up page",
        date(2025, 12, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Line-up 2026 - Brackenford Folk Festival</title></head>
<body>
<header><h1>Brackenford Folk Festival</h1>
<p class="tagline">Friday 24 - Sunday 26 July 2026 &middot; Millbrook Farm, Brackenford</p>
</header>
<main>
<h2>The 2026 line-up</h2>
<p>Three days of music, dance and song return to the farm next summer. First held in 1978 in
the back room of the Plough, the festival has been held at Millbrook Farm since 2009.</p>
<h3>Friday 24 July</h3>
<p>Opening ceilidh on the main stage with the Rushmoor Band, with a set by Eliza Penhale.</p>
<h3>Saturday 25 July</h3>
<p>The Haybarn Quartet headline the main stage, with Tom Askew &amp; the Drovers in
support.</p>
<h3>Sunday 26 July</h3>
<p>Morris sides process through Brackenford, ending at the main stage for the Mairi Dunn
Trio.</p>
<h2>Tickets</h2>
<p>Early-bird weekend tickets (&pound;95) must be bought by 31 January. Camping passes go on
sale with the tickets. Under-12s free.</p>
<p class="small">Workshops run every morning from 10am. Line-up subject to change.</p>
</main>
<footer><p>Page updated 2 December 2025 &middot; Registered charity no. 1120457</p></footer>
</body>
</html>""",
        (
            expect("2026-07-24/2026-07-26", "festival", planned=True),
            expect("1978", "first"),
            expect("2009/..", "millbrook"),
            expect("2026-07-24", "ceilidh", planned=True),
            expect("2026-07-25", "haybarn", planned=True),
            expect("2026-07-26", "morris", planned=True),
            expect("../2026-01-31", "tickets", planned=True),
        ),
    ),
    Text(
        "magistrates-sentencing-remarks",
        "magistrates' sentencing remarks",
        date(2025, 10, 17),
        """DUNBRIDGE MAGISTRATES' COURT
R v Connor James WADE
Case no. 11DB0472325
Sentencing remarks of the Bench - Friday 17 October 2025

Mr Wade, please stand.

On 2 June this year, at about 11.40 at night, you drove a Ford Focus along Station Road in
Dunbridge at more than twice the speed limit, after drinking. You lost control, mounted the
pavement and struck a garden wall. By good fortune no one was walking past.

You were arrested at the scene. The breath test showed 71 micrograms of alcohol in 100
millilitres of breath, more than twice the legal limit. You were charged on 4 June and you
pleaded guilty at your first hearing on 8 August, for which you receive full credit.

We have read the pre-sentence report. You are 24. You have a previous conviction for
possession of cannabis from 2019, and another, for careless driving, in 2021. You have
told the probation officer that you drink most weekends.

This offence crosses the custody threshold, but we have decided that the sentence can be
suspended. You will serve 16 weeks' imprisonment, suspended for 12 months, with 150 hours of
unpaid work. Your first appointment with the probation service is on Monday. You are
disqualified from driving for 30 months.

You must also pay £850 in compensation to the owner of the wall, no later than 14 November,
and costs of £85.

If you commit any further offence during the next year, you can expect to go to prison.""",
        (
            expect("2025-06-02", "station", "road"),
            expect("2025-06-04", "charged"),
            expect("2025-08-08", "guilty"),
            expect("2019", "conviction"),
            expect("2021", "careless"),
            expect("2025-10-20", "probation", planned=True),
            expect("../2025-11-14", "compensation", planned=True),
        ),
    ),
    Text(
        "corran-webb-hat-works",
        "hat factory's history",
        None,
        """Corran & Webb: a history of the Bell Street hat works

The firm of Corran & Webb was established around 1862 by Daniel Corran, a journeyman hatter,
and his brother-in-law Thomas Webb, in two rooms above a dyer's shop in Fore Street. Their
trade was in felt hats for working men, sold by the gross to outfitters in the northern
towns.

Demand grew quickly. The partners moved to a yard in Bell Street in 1878 and built the
present works two years later, with its tall chimney and a plank shop for shaping the felt
over boiling water. By 1907 the firm employed 420 people, and it was said that every
third bowler hat in the country had passed through Bell Street.

On 3 February 1931 a fire destroyed the blocking shop and much of the stock. The works were
rebuilt, although many of the older hands never returned. The firm's apprentices, who
started at fourteen under the rules of the 1875 Factory Act, were trained on the top floor
until the last of them left.

Men stopped wearing hats, and the firm did not find a new market. Production of felt hats
ended in 1968, and the works closed in 1974 after a short spell making caps.

Since 1991 the building has housed the Bell Street Hat Museum, where visitors can see the
restored planking kettles working on the last Saturday of every month.

Further reading: A. Corran, Felt and Fire (Bell Street Press, 1996).""",
        (
            expect("1862~", "establish"),
            expect("1878", "bell", "street"),
            expect("1880", "works", "built"),
            expect("../1907", "employ"),
            expect("1931-02-03", "fire"),
            expect("1968", "production"),
            expect("1974", "clos"),
            expect("1991/..", "museum"),
        ),
    ),
    Text(
        "lower-ashcott-show-schedule",
        "gardening society's show schedule",
        None,
        """LOWER ASHCOTT HORTICULTURAL SOCIETY
(founded 1921)

SCHEDULE OF THE ANNUAL SUMMER SHOW
to be held in the Memorial Hall, Church Lane, on
SATURDAY 8 AUGUST 2026
Open to the public 2 pm - 5 pm. Admission 50p, children free.

The show has been held in the Memorial Hall since 1952.

ENTRIES
Entry forms, with fees of 20p per class, must reach the Show Secretary by Wednesday
5 August. No entries will be accepted on the day.

STAGING
Exhibits may be staged on Friday 7 August, 6 pm - 9 pm, or on the morning of the show,
8 am - 10.30 am. Judging begins at 11 am prompt and the hall will be closed to exhibitors.

TROPHIES
The Hartley Cup, first awarded in 1934, goes to the exhibitor with most points in the
vegetable classes. The Rose Bowl is for the best exhibit in show.

CLASSES - VEGETABLES
1. 3 onions, dressed            2. 5 shallots
3. 6 pods of runner beans       4. 3 carrots, stump-rooted
5. Heaviest marrow              6. 1 cabbage, any variety

CLASSES - FLOWERS
7. 3 stems sweet peas           8. 1 specimen rose
9. Vase of mixed garden flowers, not more than 12 stems

Judges' decisions are final. Exhibits to be shown in accordance with The Horticultural
Show Handbook (2021 edition). Members' evenings are held on the first Tuesday of every
month.

Show Secretary: Mrs P. Danvers, 4 Orchard Close, Lower Ashcott. Tel. 01432 555016""",
        (
            expect("2026-08-08", "show", planned=True),
            expect("1921", "found"),
            expect("1952/..", "memorial", "hall"),
            expect("../2026-08-05", "entry", planned=True),
            expect("2026-08-07", "stag", planned=True),
            expect("1934", "hartley", "cup"),
        ),
    ),
)
