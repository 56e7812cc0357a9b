"""The two-hundred-and-sixty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a dog control order
notice, a luge World Cup report, a tungsten project release, a river ferryman's log of the
1840s, a mayfly survey report, a skateboard maker's history, a pensions minister's statement,
a trampoline park's HTML page, a premises licence review decision, a dry stone walling history
and a dominoes league fixture card. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "early 1980s", "late May", "mid-2022") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYSECOND_CORPUS",)


TWOHUNDREDSIXTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "brannoch-smelter-restart",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRANNOCH, March 12 (Tessaly Press) - The Brannoch aluminium smelter restarted the first
of its three potlines on Monday, ten months after a power contract dispute forced it to shut,
owner Corvane Metals said.

The smelter closed on May 6 last year, when electricity supplier Westerly Grid cut off power
over some 40 million euros in unpaid bills. Corvane and Westerly signed a new ten-year supply
contract on Feb. 20, and power to the site was reconnected two days later.

A second potline is due to restart on Friday and the third by the end of April, plant manager
Ilse Korvik told reporters at the gates. She said full output of about 180,000 tonnes a year
was expected in June.

"We have 600 people who want their jobs back, and they will have them," Korvik said. Corvane
announced on Jan. 14 that 140 of the 740 jobs at the plant would go.

Corvane, which has owned the smelter since 1998, is the largest private employer in the
Brannoch valley. Aluminium prices have risen 4 percent over the past month, their biggest monthly
gain since mid-2022, which helped make the restart pay, analysts said.

The regional government, which guaranteed part of the new contract, said it had not been
asked for further aid.

(Reporting by Anka Veshti; Editing by Tom Prell)""",
        (
            expect("2025-03-10", "potline", "restart"),
            expect("2024-05-06", "smelter", "clos"),
            expect("2025-02-20", "contract", "sign"),
            expect("2025-02-22", "power", "reconnect"),
            expect("2025-03-14", "second", "potline", planned=True),
            expect("../2025-04", "third", planned=True),
            expect("2025-06", "output", planned=True),
            expect("2025-01-14", "jobs"),
            expect("1998/..", "owned"),
        ),
    ),
    Text(
        "quorlane-enzyme-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE
4 June 2024

Quorlane Biosystems opens enzyme plant in Tessington

TESSINGTON - Quorlane Biosystems, the industrial enzyme producer, today opened its new
fermentation plant at the Tessington Science Park, the company's largest investment to date.

Planning permission for the 14,000 m2 site was granted in November 2021, and construction
began in March 2022. Recruitment started around September 2023, and the first trial batch of
enzyme left the line on 14 February. The plant now employs 86 people.

The plant is expected to reach its full capacity of 2,400 tonnes a year by March 2025. A
second production line, for food-grade enzymes, is scheduled to open in 2026.

"Tessington is where we began, and it is where we will grow," said Dr Hanne Lavrell, Chief
Executive of Quorlane. "Every batch that leaves this site replaces a chemical process with a
biological one."

Quorlane was founded in 2009 as a spin-out of the University of Tessington, and it has
supplied detergent enzymes to Ardmore Home Care since 2015.

Notes to editors
Quorlane Biosystems Ltd is a private company with sites in Tessington and Varholm. It holds
37 patents.

Media contact: Priya Anand, press@quorlane.example, +44 1632 960 417
Ref: QB/PR/24-017
(c) 2024 Quorlane Biosystems Ltd. All rights reserved.""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2021-11", "planning", "grant"),
            expect("2022-03", "construction"),
            expect("2023-09~", "recruitment"),
            expect("2024-02-14", "trial", "batch"),
            expect("../2025-03", "capacity", planned=True),
            expect("2026", "second", "line", planned=True),
            expect("2009", "founded"),
            expect("2015/..", "suppl"),
        ),
    ),
    Text(
        "dunstrey-pomfret-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
Division Two

MARGARET DUNSTREY, Appellant,
v.
POMFRET HOLDINGS, LLC, Appellee.

No. 2-23-0117
Filed November 18, 2023

OPINION

CALLOWAY, J.

P1 Margaret Dunstrey appeals from a judgment awarding her former landlord, Pomfret Holdings,
LLC, $41,600 in unpaid rent. We affirm in part, reverse in part, and remand.

I. BACKGROUND

P2 On or about April 3, 2019, Dunstrey signed a five-year lease for a ground-floor retail unit
at 220 Canal Street, Orrin. She closed her bakery there and vacated the premises on January 15,
2020, long before the term was to end. Pomfret filed suit for the balance of the rent on March
2, 2020. It re-let the unit about four months after Dunstrey left.

P3 The trial court held a bench trial on September 12 and 13, 2022, and entered judgment for
Pomfret on December 5, 2022. Dunstrey filed her notice of appeal on January 3, 2023.

II. ANALYSIS

P4 Section 12-4 of the Landlord and Tenant Act, as amended in 2016, requires a landlord to make
reasonable efforts to re-let abandoned premises. Westmarch courts apply that duty to
commercial leases. See Harrow v. Lintel Co., 2018 WM App 44, P 9.

P5 The trial court awarded rent for the whole of the remaining term without crediting the rent
Pomfret received from the new tenant. That was error. A landlord who re-lets may recover only
the difference.

III. CONCLUSION

P6 The award of rent after the unit was re-let is reversed, and the matter is remanded for the
court to recalculate damages. In all other respects the judgment is affirmed.

Justices ORLEY and BRANDT concur.""",
        (
            expect("2019-04-03~", "lease", "sign"),
            expect("2020-01-15", "vacated"),
            expect("2020-03-02", "suit"),
            expect("2020-05~", "re-let"),
            expect("2022-09-12", "trial"),
            expect("2022-09-13", "trial"),
            expect("2022-12-05", "judgment"),
            expect("2023-01-03", "appeal"),
            expect("2016", "amend"),
        ),
    ),
    Text(
        "ostrelle-town-history",
        "encyclopedia history",
        None,
        """Ostrelle

Ostrelle is a market town and civil parish on the River Wend, 14 km north-east of Calbury. It
had a population of 8,412 at the last census.

History

A settlement at the ford is first recorded c. 1140, when the manor was held by the de Vaux
family. The Cistercian abbey of St Mary was founded in 1187 on land granted by Walter de Vaux,
and by 1290 the town had a weekly market and a fair. A borough charter was granted in 1348;
the following year the Black Death reached the town and is thought to have killed a third of
its people.

The stone bridge was rebuilt between 1512 and 1519 after floods carried away its timber
predecessor. After the dissolution the abbey passed to the Crane family, who used its stone
for their manor house. During the Civil War Ostrelle was besieged by Parliamentary forces in
1644 and again in 1646, when the castle was slighted.

The woollen trade later made the town prosperous. Since 1889 Ostrelle has
been the seat of the district council, which meets in the former corn exchange. The first
excavation of the abbey ruins, possibly in 1923, found the chapter house floor.

A horse fair is held every year on the second Tuesday of September.

See also
List of market towns in Calbury shire

References
Harrow, J. (1998). A History of Ostrelle. Calbury: Wend Press. p. 41.""",
        (
            expect("1140~", "recorded"),
            expect("1187", "abbey", "founded"),
            expect("../1290", "market"),
            expect("1348", "charter"),
            expect("1349", "death"),
            expect("1512/1519", "bridge", "rebuil"),
            expect("1644", "besieg"),
            expect("1646", "besieg"),
            expect("1889/..", "seat"),
            expect("1923?", "excavation"),
        ),
    ),
    Text(
        "quillby-rovers-away-win",
        "sports report",
        date(2024, 11, 24),
        """Quillby end Dunmere hoodoo as Farrant strikes twice

Dunmere Athletic 1 Quillby Rovers 3

By Gareth Mold

Quillby Rovers won at Dunmere for the first time since 2009 on Saturday, with Ossie Farrant
scoring twice in a nine-minute spell before half-time.

Farrant, signed from Calder City in August, turned in Lenny Booth's cross on 31 minutes and
then headed in a corner. It was only his third start since he broke his leg in March last year.

Dunmere pulled one back through Kaine Hollis after the break, but substitute Ade Ojo sealed it
in stoppage time. The sides had drawn 2-2 at Quillby when they last met, on 14 September.

"The lads have been brilliant since I came in," said manager Rob Yates, who was appointed on
2 October after Steve Lorn left by mutual consent. Rovers have now won five of his seven league
games in charge.

The result lifts Rovers to sixth. They face Calder City at home on Wednesday, and the
second-round cup draw will be made on Monday evening.

Quillby will play that game with a reduced crowd: the north stand has been closed since 30
August for roof repairs and is due to reopen on 7 December for the visit of Penbury.

Dunmere: Starr; Wilkes, Ona, Gray, Pike; Hollis, Drum (Tate 70), Kerr; Ince, Lowe, Reddy.
Quillby: Vance; Booth, Amos, Fry, Hart; Farrant, Muir, Dale (Ojo 78); Shaw, Leigh, Tarn.
Attendance: 3,914.""",
        (
            expect("2024-11-23", "won"),
            expect("2024-08", "signed"),
            expect("2023-03", "broke", "leg"),
            expect("2024-09-14", "drawn"),
            expect("2024-10-02", "appointed"),
            expect("2024-11-27", "calder", planned=True),
            expect("2024-11-25", "draw", planned=True),
            expect("2024-08-30/..", "stand", "clos"),
            expect("2024-12-07", "reopen", planned=True),
        ),
    ),
    Text(
        "larchmoor-biscuit-history",
        "company history",
        None,
        """Our History - The Larchmoor Biscuit Company

1874 - A baker's shop in Mill Lane
Thomas Larchmoor and his wife Ellen opened a bakery in Mill Lane, Brackwater, in 1874, selling
bread in the mornings and oat biscuits in the afternoons. Their ginger snaps soon outsold the
bread.

1892 - The move to Canal Wharf
In 1892 the family bought a disused warehouse at Canal Wharf, and the following year the first
biscuit factory opened there, with two steam ovens and forty hands.

War work
From 1940 to 1945 the factory made hard ration biscuits for the army, and the ginger snap was
off the shelves for the duration. Women ran the ovens; many stayed on after the war.

The Larchmoor Digestive
The Larchmoor Digestive, still our best seller, was introduced around 1953. It won the
Brackwater Fair gold medal in 1961, 1964 and 1969.

Today
The company has been owned by the Ashby Foods co-operative since 2002 and employs 310 people at
Canal Wharf. We still bake every biscuit in Brackwater, and every Christmas we open the factory
shop to the town for one weekend.

What comes next
A new bakery on the Westfield estate is planned to open in 2026, doubling our oven space. The
Canal Wharf site will remain our home.

(c) Larchmoor Biscuit Company 2024 - Registered in England No. 00183472""",
        (
            expect("1874", "bakery"),
            expect("1892", "warehouse"),
            expect("1893", "factory", "open"),
            expect("1940/1945", "ration"),
            expect("1953~", "digestive", "introduc"),
            expect("1961", "medal"),
            expect("1964", "medal"),
            expect("1969", "medal"),
            expect("2002/..", "owned"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "orvane-kestrel-lander",
        "mission summary",
        None,
        """ORVANE SPACE AGENCY - MISSION SUMMARY
KESTREL-2 LUNAR LANDER AND PIKA ROVER
Document OSA-MS-0417, revision B, issued 2 May 2024

Overview
Kestrel-2 was the agency's first soft landing on the Moon. The lander carried a seismometer, a
heat-flow probe and the 22 kg Pika rover.

Key dates
Launch: 14 September 2021, 03:12 UTC, Varenne Launch Complex
Lunar orbit insertion: 2 October 2021
Landing: 9 October, Palus Nebularum

Mission narrative
After an 18-day cruise the spacecraft entered lunar orbit on 2 October 2021 and landed a week
later, 300 m from its target. The Pika rover was deployed two days later and drove 1.4 km
before contact with it was lost on or about 27 December, when its battery is believed to have
frozen during the lunar night.

The lander went on returning seismic data through the winter. Surface operations ended on 18
March 2022, when a power fault silenced it. Controllers tried to reacquire its signal on 4 and
6 April 2022, without success.

Results
The seismometer recorded 31 moonquakes, the largest of magnitude 2.4. Heat-flow results were
published in the Orvane Journal of Planetary Science.

Outlook
The final calibrated data archive is to be released by the end of 2025. A successor mission,
Kestrel-3, is scheduled for launch in 2027 and will carry a sample return stage.

Prepared by: Mission Operations Division, OSA Varenne. Distribution: unlimited.""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-09", "land"),
            expect("2021-10-11", "rover", "deploy"),
            expect("2021-12-27~", "contact", "lost"),
            expect("2022-03-18", "operations", "end"),
            expect("2022-04-04", "reacquire"),
            expect("2022-04-06", "reacquire"),
            expect("../2025", "archive", planned=True),
            expect("2027", "kestrel-3", planned=True),
        ),
    ),
    Text(
        "hallendale-landslip-statement",
        "government statement",
        None,
        """Department for Infrastructure
Written statement: Hallendale line landslip
Minister for Infrastructure, Rt Hon Serena Okafor
17 January 2025

The Hallendale line between Wyeford and Castle Pell was closed on 4 December, when the
embankment at Marlow Cutting gave way. I want to update the House on the work to reopen it.

About 140 mm of rain fell on the valley between 28 November and 3 December, the wettest spell
recorded there since 1929. The slip carried some 30,000 tonnes of spoil onto the track. No one
was hurt.

Engineers completed their ground survey on 10 January, and I visited the site with them on
Tuesday. Network Rail Hallendale will begin repairs on 3 February, and the line is expected to
reopen by 31 March at the latest. The same embankment was strengthened in 2017, and the review
I have ordered will ask why that work did not hold.

A replacement bus service has run between all stations since 6 December. Season ticket
holders will be able to claim compensation from 1 February.

I will keep the House informed.

Ends
Ref: DfI/WS/2025/004""",
        (
            expect("2024-12-04", "line", "clos"),
            expect("2024-11-28/2024-12-03", "rain"),
            expect("2025-01-10", "survey"),
            expect("2025-01-14", "visit"),
            expect("2025-02-03", "repair", planned=True),
            expect("../2025-03-31", "reopen", planned=True),
            expect("2017", "strengthen"),
            expect("2024-12-06/..", "bus"),
            expect("2025-02-01", "compensation", planned=True),
        ),
    ),
    Text(
        "wendmoor-echo-library-fire",
        "HTML news page",
        date(2024, 4, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fire closes Pellby library | Wendmoor Echo</title>
</head>
<body>
<header><a href="/">Wendmoor Echo</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Fire closes Pellby library for weeks</h1>
<p class="byline">By Nadia Roe, local democracy reporter</p>
<p>Pellby's central library will stay shut for several weeks after a fire broke out in its
reading room on Sunday night.</p>
<p>Crews from Pellby and Ashcombe were called at about 11.20pm and had the blaze under control
within an hour. Wendmoor Fire and Rescue said on Monday that the fire was not being treated as
suspicious.</p>
<p>The library is expected to reopen in June. A temporary lending service will open in the town
hall on Thursday, and councillors will discuss the repairs on 24 April.</p>
<p>The Art Deco building, opened in 1936, was refurbished in 2012. Much of the rare local history
collection was spared because staff had moved it to the county archive in about 2020.</p>
<p>It is the second fire at the library: a blaze in 1978 destroyed the children's section.</p>
<figure><img src="/img/pellby-library.jpg" alt="Smoke damage in the reading room">
<figcaption>The reading room on Monday morning. Photo: Wendmoor Echo</figcaption></figure>
</article>
<footer><p>&copy; 2024 Wendmoor Echo Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-04-14", "fire"),
            expect("2024-04-15", "suspicious"),
            expect("2024-06", "reopen", planned=True),
            expect("2024-04-18", "lending", planned=True),
            expect("2024-04-24", "repairs", planned=True),
            expect("1936", "opened"),
            expect("2012", "refurbish"),
            expect("2020~", "archive"),
            expect("1978", "blaze"),
        ),
    ),
    Text(
        "brinhaven-dog-control-order",
        "dog control order notice",
        None,
        """BRINHAVEN DISTRICT COUNCIL
ANTI-SOCIAL BEHAVIOUR, CRIME AND POLICING ACT 2014
THE BRINHAVEN (DOG CONTROL) PUBLIC SPACES PROTECTION ORDER 2024
NOTICE OF MAKING OF ORDER

Ref: ENV/PSPO/2024/03

NOTICE IS HEREBY GIVEN that Brinhaven District Council made the above Order on 3 September
2024, having been satisfied that the activities it controls have had a detrimental effect on
the quality of life of those in the locality.

1. The Order was approved by the Council's Cabinet on 23 July 2024, following a public
consultation that ran from 8 May to 19 June 2024.

2. The Order comes into force on 1 October 2024 and will expire on 30 September 2027 unless it
is extended. The Council will review it in 2026.

3. It replaces the Brinhaven Dog Control Orders made on 12 March 2014, which will cease to have
effect on 30 September 2024.

4. The Order requires any person in charge of a dog:
(a) to remove its faeces forthwith from any public land in the district;
(b) to keep it on a lead not exceeding 2 metres in Brinhaven Memorial Gardens and on the
Promenade;
(c) to keep it off the Main Beach and North Sands between 1 May and 30 September in each year.

5. Signs will be in place at every restricted area by 27 September 2024.

6. A person who fails without reasonable excuse to comply with the Order commits an offence and
is liable on summary conviction to a fine not exceeding level 3 on the standard scale, or may
be offered a fixed penalty of 100 pounds.

7. The Order and a map of the restricted areas may be inspected free of charge at the Civic
Offices, Harbour Road, Brinhaven, between 9am and 4pm, Monday to Friday.

Dated 3 September 2024
Imogen Varley
Head of Legal and Democratic Services""",
        (
            expect("2024-09-03", "made"),
            expect("2024-07-23", "approv"),
            expect("2024-05-08/2024-06-19", "consultation"),
            expect("2024-10-01", "force", planned=True),
            expect("2027-09-30", "expir", planned=True),
            expect("2026", "review", planned=True),
            expect("2014-03-12", "orders"),
            expect("2024-09-30", "cease", planned=True),
            expect("../2024-09-27", "signs", planned=True),
        ),
    ),
    Text(
        "altenreit-luge-world-cup",
        "luge World Cup report",
        date(2025, 1, 19),
        """ALTENREIT, Jan 19 (Alpenwire) - Jonas Thalberg won the men's singles at the Altenreit
luge
World Cup on Sunday, a day after fellow German Mira Koslov took the women's race on the same
ice.

Thalberg, second after the first run, set a track record of 47.812 seconds in the second to
beat Italy's Davide Ronchi by 0.064 seconds. It was his third win of the season and his first
at Altenreit since 2021.

Koslov, who crashed heavily in training at Ostvik on Jan. 4 and missed the race there,
finished 0.11 seconds clear of Austria's Lena Paar on Saturday.

The team relay, postponed on Friday because of fog, will be run on Monday morning before the
teams travel on to Vessberg, where the next World Cup races are scheduled for Jan. 25-26.

The Altenreit track, rebuilt in 2019 with a new refrigeration system, will also host the world
championships from Feb. 7 to 9. The World Cup season ends at Calvera on March 2.

Men's singles, final standings (two runs):
1. Jonas Thalberg (GER) 1:35.701
2. Davide Ronchi (ITA) 1:35.765
3. Tobias Eder (AUT) 1:35.902
4. Kristaps Ozols (LAT) 1:36.018
5. Mateusz Wrona (POL) 1:36.114

(Reporting by Hanna Greil; Editing by Peter Voss)""",
        (
            expect("2025-01-19", "won", "singles"),
            expect("2025-01-18", "women"),
            expect("2025-01-04", "crash"),
            expect("2025-01-17", "relay", "postpon"),
            expect("2025-01-20", "relay", planned=True),
            expect("2025-01-25/2025-01-26", "vessberg", planned=True),
            expect("2019", "rebuil"),
            expect("2025-02-07/2025-02-09", "championships", planned=True),
            expect("2025-03-02", "season", "end", planned=True),
        ),
    ),
    Text(
        "mirrindi-tungsten-release",
        "tungsten project release",
        None,
        """ASX ANNOUNCEMENT
28 August 2024

MIRRINDI RESOURCES LIMITED (ASX: MRR)

TARRABOOL TUNGSTEN PROJECT: INFILL DRILLING CONFIRMS HIGH-GRADE CORE

Highlights
- Infill drilling program of 42 holes (6,180 m) completed on 9 August
- Best intercept 14 m at 0.92% WO3 from 38 m (TBD-117)
- Definitive Feasibility Study (DFS) on track for completion in December 2024

Mirrindi Resources Limited ("Mirrindi" or "the Company") is pleased to report assay results
from the infill drilling program at its 100%-owned Tarrabool Tungsten Project in the Northern
Ranges.

Assays for all 42 holes were received between 12 and 23 August and confirm the continuity of
the high-grade core beneath the historical open pit. The Tarrabool mine produced scheelite
concentrate from 1916 to 1958.

The Mining Lease was granted in November 2023. The Company lodged its environmental approval
application in March, and approval is expected by the end of the year. First concentrate
production is scheduled for 2027.

Managing Director Colin Harte said: "Tungsten prices are at their highest level since 2014, and
Tarrabool is one of very few Western projects that can be in production this decade."

Mirrindi will present the results at the Ranges Mining Forum on 11 September.

This announcement was authorised for release by the Board of Mirrindi Resources Limited.

Competent Person's Statement
The information in this announcement that relates to Exploration Results is based on
information compiled by Ms Jo Tran, a Member of the Australasian Institute of Mining and
Metallurgy.

Mirrindi Resources Limited ABN 41 609 227 381""",
        (
            expect("2024-08-09", "drilling", "complet"),
            expect("2024-12", "feasibility", planned=True),
            expect("2024-08-12/2024-08-23", "assay"),
            expect("1916/1958", "produc"),
            expect("2023-11", "lease"),
            expect("2024-03", "lodged"),
            expect("../2024", "approval", planned=True),
            expect("2027", "production", planned=True),
            expect("2024-09-11", "forum", planned=True),
        ),
    ),
    Text(
        "quarrelbend-ferry-log",
        "river ferryman's log of the 1840s",
        None,
        """THE FERRY BOOK OF THE CROSSING AT QUARREL BEND
kept by Josiah Tull, ferryman, Osage Fork

1846.
Feby. 26th. River froze over in the night from bank to bank. No crossing. Walked the mail over
on the ice, Mr Dobbs & I.
March 2d. Ice went out at daylight with a great noise. Crossed the mail rider & three foot
passengers. Took in 75 cents.
April 6th. Began running the flat boat at night, for the Barlow wagons wanting to get over
before the roads set.
April 21st. Eleven wagons of emigrants bound for the Iowa country crossed, the most in one day
that I can remember. Worked from light to dark. Took in $9.25.
May 1st. The County Commissioners raised the licence to twelve dollars the year, to be paid by
the 1st of July. Hard on a poor man.
Same week. Mr Pell's grey horse went over the side & drowned. He says I must pay for him. I say
not.

1847.
Jany 8th. The boat sunk at her moorings in the night, the ice having cut her. Raised her the
next day with Dobbs & two of the Crane boys & got her pumped out. New caulked her later in the
month, eleven dollars & my own labour.

Note. This boat was built by my father about the year 1824 and has carried most of the county
over the Fork. The commissioners now say a bridge is to be built here in 1850.""",
        (
            expect("1846-02-26", "froze"),
            expect("1846-03-02", "ice"),
            expect("1846-04-06", "night"),
            expect("1846-04-21", "wagons"),
            expect("1846-05-01", "licence"),
            expect("../1846-07-01", "paid", planned=True),
            expect("1847-01-08", "sunk"),
            expect("1847-01-09", "raised"),
            expect("1824~", "built"),
            expect("1850", "bridge", planned=True),
        ),
    ),
    Text(
        "ashbeck-mayfly-survey",
        "mayfly survey report",
        None,
        """RIVER ASHBECK FLY SURVEY
Ephemeroptera monitoring, 2023 season: summary report
Report ref. AFS/EPH/2023/07 - Issued 30 November 2023
Prepared for the Ashbeck Angling Trust by Dr Ruth Kellaway

1. Background
The Ashbeck mayfly monitoring scheme has run since 2008, with trained volunteers using the
standard three-minute kick-sample method. Results are compared with a baseline survey of all
twelve sites carried out in 1997.

2. Methods
Kick samples were taken at six sites on 15 May and 22 May 2023, with a one-minute hand search
at each. Adult counts were made from the bankside at dusk. Mayfly emerge on the Ashbeck every
year from late May, so both visits fell in the nymph season.

3. Results (nymphs per sample, selected sites)
Site | 15 May | 22 May | Baseline (1997)
1 Holme Weir | 62 | 71 | 140
2 Carr Bridge | 48 | 55 | 96
3 Low Ings | 12 | 9 | 88
4 Sedge Mill | 31 | 29 | 75

The main emergence of Ephemera danica began about 28 May and peaked on 4 June, a week later
than in 2022. Adult numbers at Site 4 fell sharply after a slurry pollution incident upstream on
or about 12 July; the Environment Agency is investigating.

4. Next steps
A repeat survey of all six sites is scheduled for 20 May 2024. The Trust will report the full
results to the catchment partnership by March 2024.

Signed: R. Kellaway, 30 November 2023""",
        (
            expect("2008/..", "scheme"),
            expect("1997", "baseline"),
            expect("2023-05-15", "sampl"),
            expect("2023-05-22", "sampl"),
            expect("2023-05-28~", "emergence"),
            expect("2023-06-04", "peaked"),
            expect("2023-07-12~", "pollution"),
            expect("2024-05-20", "survey", planned=True),
            expect("../2024-03", "report", planned=True),
        ),
    ),
    Text(
        "gullwake-skateboards-history",
        "skateboard maker's history",
        None,
        """GULLWAKE SKATEBOARDS - A SHORT HISTORY

It started in a garage. In 1976 surfer Danny Okoro and his cousin Rae began pressing maple
decks in his mother's garage in Port Leary, selling them out of the back of a van at the sea
wall. The following year they rented the old net loft on Quay Street and opened the first
Gullwake shop.

Through the early 1980s Gullwake boards were everywhere on the south coast. Then vert skating
faded, and in 1991 the company closed its factory and let all eleven staff go. Rae Okoro kept
the name alive, selling old stock by mail order, and relaunched the brand around 1995 with a
range of street decks.

From 1998 to 2004 Gullwake backed a pro team, the Gullwake Gang, whose video "Salt Lines" is
still passed around. The Port Leary deck won the Board of the Year award from Sidewalk Review
in 2006 and 2011.

Since 2014 every Gullwake deck has been pressed at a family-run mill in Aveiro, Portugal, from
seven plies of Canadian maple, and finished by hand back in Port Leary.

The next chapter: a public skatepark on the old ferry car park, which Gullwake and the town
council plan to open in 2026.

Gullwake Skateboards - Unit 4, Net Loft Yard, Port Leary - Est. 1976""",
        (
            expect("1976", "pressing"),
            expect("1977", "shop"),
            expect("1991", "factory", "clos"),
            expect("1995~", "relaunch"),
            expect("1998/2004", "team"),
            expect("2006", "award"),
            expect("2011", "award"),
            expect("2014/..", "pressed"),
            expect("2026", "skatepark", planned=True),
        ),
    ),
    Text(
        "carrisland-pensions-statement",
        "pensions minister's statement",
        None,
        """MINISTRY OF SOCIAL SECURITY
Statement by the Minister for Pensions, Aled Brennock MP
State Pension uprating and the Pensions Review
12 March 2025

Mr Speaker, with permission, I will make a statement on the state pension.

From 7 April the full new state pension will rise by 4.1 per cent, to 230.25 pounds a week.
That rise is the result of the triple lock, which this country introduced in 2011 and which
this Government will keep for the whole of this Parliament.

Between 3 and 14 February my department wrote to 1.2 million pensioners who may be entitled to
Pension Credit. Take-up is now at its highest since 2009, but too many still miss out.

On Monday I met the Pensions Advisory Group to discuss the Pensions Review, which I launched on
21 January. The review will report by the end of June.

I remind the House that the state pension age will rise from 66 to 67 between 2026 and 2028,
as the law already provides. Automatic enrolment, in place since 2012, has brought eleven
million more workers into a workplace pension, and the Pension Protection Fund, set up in 2005,
continues to stand behind members of failed schemes.

I commend this statement to the House.""",
        (
            expect("2025-04-07", "rise", planned=True),
            expect("2011", "triple"),
            expect("2025-02-03/2025-02-14", "wrote"),
            expect("2025-03-10", "advisory"),
            expect("2025-01-21", "launch"),
            expect("../2025-06", "report", planned=True),
            expect("2026/2028", "age", planned=True),
            expect("2012/..", "enrolment"),
            expect("2005", "fund"),
        ),
    ),
    Text(
        "zephyrbay-trampoline-page",
        "trampoline park's HTML page",
        date(2024, 7, 10),
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News &amp; updates | Zephyrbay Jump Trampoline Park</title>
<meta name="description" content="Opening times, sessions and news from Zephyrbay Jump.">
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/book">Book</a> | <a href="/parties">Parties</a> |
<a href="/news">News</a></nav>
<main>
<h1>News &amp; updates</h1>
<section class="notice">
<h2>We're closed for our summer refit</h2>
<p>The park has been closed since Monday while we replace the main court beds and padding. We
reopen on <strong>Saturday 13 July</strong> at 10am. All bookings for this week have been
refunded.</p>
<p>The refit follows our safety inspection on 5 July, which we passed with no actions. Our new
ninja course was fitted on 28 June.</p>
</section>
<section>
<h2>Coming up</h2>
<ul>
<li>Summer holiday sessions run from 22 July to 1 September - book early!</li>
<li>The Zephyrbay dodgeball league starts on Tuesday 23 July.</li>
<li>Sensory sessions move to Sundays from 4 August.</li>
<li>Toddler Bounce is every Monday and Wednesday, 9.30-11am.</li>
</ul>
</section>
<section>
<h2>About us</h2>
<p>We opened in March 2019 and celebrated our fifth birthday on 16 March with a free-jump day
for 400 local children.</p>
</section>
</main>
<footer><p>&copy; 2019-2024 Zephyrbay Jump Ltd - Company no. 11825603</p></footer>
</body>
</html>""",
        (
            expect("2024-07-08/..", "clos"),
            expect("2024-07-13", "reopen", planned=True),
            expect("2024-07-05", "inspection"),
            expect("2024-06-28", "ninja"),
            expect("2024-07-22/2024-09-01", "holiday", planned=True),
            expect("2024-07-23", "dodgeball", planned=True),
            expect("2024-08-04", "sensory", planned=True),
            expect("2019-03", "opened"),
            expect("2024-03-16", "birthday"),
        ),
    ),
    Text(
        "corrowby-licence-review",
        "premises licence review decision",
        None,
        """CORROWBY BOROUGH COUNCIL
LICENSING SUB-COMMITTEE
Licensing Act 2003 - Review of Premises Licence
Premises: The Tallow Rooms, 14-16 Dock Street, Corrowby CR2 4LT
Licence no. PL/0488
Applicant for review: Chief Officer of Police, Corrowby Division

NOTICE OF DETERMINATION

1. The Sub-Committee heard this review on 14 May 2024. The premises licence holder, Tallow
Leisure Ltd, was represented by Mr K. Adeyemi of counsel.

2. The premises licence was first granted on 24 November 2005 and permits the sale of alcohol
and regulated entertainment until 03:00 daily. Ms Dana Pryce has been the designated premises
supervisor since 2016. The licence was previously reviewed in 2012, when conditions on door
staff were added.

3. The police applied for this review on 2 April 2024. Their application relied on a serious
assault inside the premises in the early hours of 17 March and a further incident on or about
29 March, when a customer was found unconscious in the rear yard. The Sub-Committee viewed CCTV
of the first incident.

4. Determination. Having regard to the licensing objectives, and in particular the prevention of
crime and disorder, the Sub-Committee has decided:
(a) the terminal hour for all licensable activities is reduced from 03:00 to 01:00 with effect
from 1 June 2024;
(b) at least four SIA-licensed door supervisors shall be employed on Friday and Saturday nights,
and this condition shall be in place by 31 May 2024;
(c) the licence is not revoked.

5. Any party may appeal to the magistrates' court within 21 days of receiving this notice.

Dated: 21 May 2024
Signed: Cllr P. Marsh, Chair""",
        (
            expect("2024-05-14", "heard"),
            expect("2005-11-24", "granted"),
            expect("2016/..", "supervisor"),
            expect("2012", "reviewed"),
            expect("2024-04-02", "applied"),
            expect("2024-03-17", "assault"),
            expect("2024-03-29~", "incident"),
            expect("2024-06-01", "hour", planned=True),
            expect("../2024-05-31", "door", planned=True),
        ),
    ),
    Text(
        "skelbrand-dry-stone-walling",
        "dry stone walling history",
        None,
        """Dry stone walling in Skelbrand Dale

The dry stone walls of Skelbrand Dale are among the most complete field systems in the northern
uplands. They are built without mortar from limestone gathered off the fells, in two faces tied
with throughstones and filled with hearting.

Origins
Some walls around the abbey grange at Thorsby are medieval, but most of the dale's walls went
up during parliamentary enclosure between 1760 and 1840. The Enclosure Act for Skelbrand parish
was passed in 1778, and its commissioners laid out new allotments on the high fell with walls
to a set pattern: 5 ft 6 in high, 34 in wide at the base. By 1850 some 1,200 miles of wall stood
in the dale. The longest single run, the Greygill Wall, was built c. 1795 and climbs 1,400 ft
in four miles.

Decline and revival
After the great snow, probably in 1883, when sheep were buried against the walls for weeks,
many high allotments were abandoned. Walls fell faster than they were mended for almost a
century.

The Skelbrand Dry Stone Walling Association was founded in 1968 by farmers and a retired
schoolmaster, Arthur Lowe, and the following year it awarded its first craft certificates. Its
walling competition is held every August.

Today
Dry stone walling was added to the national Register of Endangered Crafts in 2019. A training
centre for young wallers is to open at Thorsby Grange in 2025.""",
        (
            expect("1760/1840", "enclosure"),
            expect("1778", "act"),
            expect("../1850", "miles"),
            expect("1795~", "greygill"),
            expect("1883?", "snow"),
            expect("1968", "founded"),
            expect("1969", "certificates"),
            expect("2019", "register"),
            expect("2025", "training", planned=True),
        ),
    ),
    Text(
        "carraby-dominoes-fixtures",
        "dominoes league fixture card",
        date(2024, 8, 20),
        """CARRABY & DISTRICT DOMINOES LEAGUE
Affiliated to the County Dominoes Association - Founded 1952

FIXTURE CARD - DIVISION ONE - SEASON 2024-25

All matches Thursdays, 8.15 pm prompt. Home team to provide a hot supper. Results to the
Secretary by 10 pm Friday.

Wk  Date     Home                 Away
1   12 Sep   Red Lion 'A'         Plough
2   19 Sep   Miners Arms          Red Lion 'A'
3   26 Sep   Plough               Station Hotel
4   3 Oct    Station Hotel        Miners Arms

(Rounds 5-18 on the reverse.)

KNOCKOUT CUP
Final: Friday 4 April 2025 at the Miners Arms, 7.30 pm.

PRESENTATION NIGHT
Friday 16 May 2025, Carraby Working Men's Club. Tickets 6 pounds from team captains.

NOTES
The AGM was held on 15 August at the Plough, when Bill Haworth was elected Secretary for a
12th year. Congratulations to the Plough, who clinched last season's title on 9 May.
Team registration fee 20 pounds. Spare sets of dominoes can be had from the Secretary.
The league has played on Thursday nights every season since it was founded.

Secretary: W. Haworth, 7 Pit Row, Carraby - 07700 900 318""",
        (
            expect("1952", "founded"),
            expect("2024-09-12", "red lion", "plough", planned=True),
            expect("2024-09-19", "miners", "red lion", planned=True),
            expect("2024-09-26", "plough", "station", planned=True),
            expect("2024-10-03", "station", "miners", planned=True),
            expect("2025-04-04", "final", planned=True),
            expect("2025-05-16", "presentation", planned=True),
            expect("2024-08-15", "agm"),
            expect("2024-05-09", "title"),
        ),
    ),
)
