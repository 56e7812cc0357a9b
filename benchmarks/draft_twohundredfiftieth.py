"""The two-hundred-and-fiftieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a railway's level
crossing closure notice, a karate championship report, an aluminium smelter press release, a
country postmaster's daybook of the 1840s, an osprey nest survey, a jam factory's history, a
water minister's statement on reservoirs, a ski resort's HTML lift status and news page, an
architects' registration board decision, a stonemason's history and a floorball league's
fixtures list. The organisations, people and facts are invented. Facts whose date a reader
could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of the
expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTIETH_CORPUS",)


TWOHUNDREDFIFTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "dravnik-copper-mine-flood",
        "wire story with a dateline",
        date(2025, 11, 13),
        """DRAVNIK, Nov 13 (Eastline News) - Rescuers brought the last of 14 trapped miners to the
surface on Wednesday, four days after floodwater cut them off in a lower gallery of the
Dravnik copper mine, operator Velgor Metals said.

The shaft flooded on Nov. 8 when a main drainage pump failed during the night shift. Some
300 workers on the upper levels were evacuated within hours, but the 14 men working at
the 620-metre level were trapped behind rising water in a dry side chamber.

"Pumping will continue through the weekend, and production is expected to restart on
Monday," Velgor chief executive Anton Brisk told reporters at the pithead. All 14 miners
were taken to hospital in Harnow; two remain under observation.

A state mining commission will open an inquiry into the accident on Nov. 20, the industry
ministry said. The pumps that failed were installed in 2009, according to maintenance
records seen by Eastline News.

Velgor shares fell 4.2 percent on Thursday in Harnow, their sharpest one-day drop since
the company's listing.

Velgor has operated the mine since 1997. The pit last flooded in 2011, when two workers
died. The miners' union said this week's flooding was the worst at a Dravnik pit since
1984 and called for an independent check of every pump in the region.

Velgor said it would publish an independent safety report by the end of January.

(Reporting by Ilse Marchetti; Editing by Tom Varga)""",
        (
            expect("2025-11-12", "rescu", "miners"),
            expect("2025-11-08", "shaft", "flood"),
            expect("2025-11-17", "production", "restart", planned=True),
            expect("2025-11-20", "inquiry", planned=True),
            expect("2009", "pumps", "install"),
            expect("2025-11-13", "shares", "fell"),
            expect("1997/..", "operat", "mine"),
            expect("2011", "pit", "flood"),
            expect("../2026-01", "safety", "report", planned=True),
        ),
    ),
    Text(
        "quellbrook-enzyme-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quellbrook Biosystems opens its first industrial enzyme plant

HALDERN, 4 March 2025 - Quellbrook Biosystems AG (HEX: QBS) today opened its first
industrial-scale enzyme plant at the Haldern Chemical Park, marking the company's move from
contract manufacturing to its own production.

Construction of the EUR 85 million plant began in June 2023. The facility uses Quellbrook's
patented fermentation strains to produce enzymes for detergents and food processing. The
first commercial shipments to customers are scheduled for May, and the plant is to reach
its full capacity of 4,000 tonnes a year by the end of 2026.

"Today we stop renting other people's tanks," said Dr. Lene Marquardt, Chief Executive
Officer of Quellbrook Biosystems. "This plant is the largest investment in our history, and
it will not be the last."

A second production line, costing some EUR 40 million, is to open in 2027 and will double
the site's output. Quellbrook will present the plant to investors at its capital markets
day on 19 March.

About Quellbrook Biosystems
Quellbrook was founded in 2011 as a spin-off of the University of Haldern. It acquired the
Danish enzyme developer Nordferm in 2018 and listed its shares on the Haldern Exchange the
following year. The company employs 620 people in three countries and holds an open day at
its Haldern campus every year in September.

Media contact:
Jonas Pfeil, Head of Communications
press@quellbrook.example | +49 000 5512 300

Ref. QB-PR-2025-017
(c) 2025 Quellbrook Biosystems AG. All rights reserved.""",
        (
            expect("2025-03-04", "plant", "open"),
            expect("2023-06", "construction"),
            expect("2025-05", "shipments", planned=True),
            expect("../2026", "capacity", planned=True),
            expect("2027", "line", planned=True),
            expect("2025-03-19", "investors", planned=True),
            expect("2011", "founded"),
            expect("2018", "acquired", "nordferm"),
            expect("2019", "listed"),
        ),
    ),
    Text(
        "tarrowby-haulage-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF WESTMARCH
Civil Appeal No. CA-2023-0412

BETWEEN: TARROWBY FARM SUPPLIES LTD (Appellant)
AND: MELDANE HAULAGE LTD (Respondent)

Before: Penhale, Stavely and Okonedo JJ.A.

REASONS FOR JUDGMENT

PENHALE J.A. (Stavely and Okonedo JJ.A. concurring):

[1] This appeal concerns a contract for the carriage of feed grain and the reach of a force
majeure clause.

[2] On or about 3 March 2021 the parties entered into a written haulage agreement under
which the respondent was to carry the appellant's grain from its silos at Tarrowby to mills
in the east of the province. The first delivery under it was made on 12 April, and
deliveries continued weekly through the early summer.

[3] Between 5 and 19 July 2021 the respondent suspended all deliveries, citing a shortage of
drivers. The appellant terminated the agreement by letter dated 2 August 2021 and notified
its claim for losses before 31 December 2021, as clause 14 required.

[4] The trial judge, in reasons given on 9 May 2023, held that the suspension was excused by
clause 11, the force majeure clause. Leave to appeal was granted on 18 October 2023.

[5] The respondent has been in administration since January 2024. Its administrators took
no part in the appeal.

[6] With respect, the trial judge erred. A shortage of drivers is an ordinary commercial
risk of a haulage business; it is not an event "beyond the reasonable control" of the
carrier within clause 11. The respondent did not show that it had tried to hire drivers or
to subcontract the work.

[7] The appeal is allowed. The matter is remitted to the trial court for the assessment of
damages, which is to be heard on 7 April 2025. The appellant shall have its costs of the
appeal.

Judgment delivered at Harnford, 14 February 2025.""",
        (
            expect("2021-03-03~", "agreement"),
            expect("2021-04-12", "delivery"),
            expect("2021-07-05/2021-07-19", "suspend"),
            expect("2021-08-02", "terminat"),
            expect("../2021-12-31", "claim"),
            expect("2023-05-09", "trial"),
            expect("2023-10-18", "leave"),
            expect("2024-01/..", "administration"),
            expect("2025-04-07", "damages", planned=True),
            expect("2025-02-14", "judgment"),
        ),
    ),
    Text(
        "valmesca-town-history",
        "encyclopedia history",
        None,
        """Valmesca

Valmesca is a town in the upper Drenn valley, at the foot of the Serra Alta, and the seat of
the district of the same name.

Population (2021 census): 14,200

History

Middle Ages
A Cistercian abbey was founded at Valmesca circa 1120, and the settlement that grew up around
its gate received a market charter in 1287. Its wool fairs drew merchants from the coast,
and the town later built its own walls and a guild hall. Valmesca was
sacked by the troops of Count Aldric in 1462 and again in 1478, when the abbey library was
burned.

Early modern period
A bishopric was probably established in 1560, although the founding bull is lost and the
first bishop whose name survives is recorded only later. The plague of 1630-1631 killed about
a third of the inhabitants, and the town did not regain its medieval population for two
centuries.

Industry
The railway reached Valmesca in 1864, and the first textile mill opened the following year.
At its height the town counted eleven mills, most of them along the Drenn. None of them
still works.

Present day
Since 1998 the walled old town has been a protected heritage site. Tourism and the regional
hospital are now the largest employers. The town hosts a wool fair every year in October, a
revival of the medieval fairs.

See also
- Abbey of Santa Maria de Valmesca
- Drenn Valley Railway

References
1. Oliva, M. (2004). Historia de Valmesca. Drenn: Editorial Alta, p. 112.""",
        (
            expect("1120~", "abbey", "founded"),
            expect("1287", "charter"),
            expect("1462", "sacked"),
            expect("1478", "sacked"),
            expect("1560?", "bishopric"),
            expect("1630/1631", "plague"),
            expect("1864", "railway"),
            expect("1865", "mill"),
            expect("1998/..", "heritage"),
        ),
    ),
    Text(
        "brellin-rovers-cup-win",
        "sports report",
        date(2025, 5, 11),
        """Rovers end 16-year wait for Regional Cup

By Dan Ferrow, Football Correspondent

Brellin Rovers won the Westmarch Regional Cup on Saturday, beating Ostford Athletic 3-1 in
front of a sold-out Calder Park.

Striker Joss Arden scored twice in the first half and set up the third for Mika Doyle
after the break. Ostford pulled one back through a late penalty, but Rovers were never in
danger. Arden, who joined from Ostford in January 2023, refused to celebrate either of his
goals against his old club.

It was the fourth cup in Rovers' history: they lifted the trophy in 1987, 1994 and 2009.
The crowd of 8,412 was the biggest at Calder Park since 1996.

Rovers reached the final by beating Kelmarsh Town on penalties in the semi-final on April
26, and manager Tomas Renn, in charge since 2021, signed a new two-year contract on
Thursday.

"The lads have waited a long time for this, and so have the fans," Renn said. "We enjoy it
tonight and then we go again."

Rovers return to league action away at Kelmarsh on Wednesday, and they finish the season at
home to Ostford on May 24, when the cup will be paraded around the ground.

Brellin Rovers: Marsh; Okafor, Liddell, Brandt, Wynne; Doyle, Carrick, Nowak; Pellow, Arden,
Sato.""",
        (
            expect("2025-05-10", "cup"),
            expect("2023-01", "arden", "joined"),
            expect("1987", "trophy"),
            expect("1994", "trophy"),
            expect("2009", "trophy"),
            expect("2025-04-26", "semi"),
            expect("2021/..", "renn"),
            expect("2025-05-08", "contract"),
            expect("2025-05-14", "kelmarsh", planned=True),
            expect("2025-05-24", "season", planned=True),
        ),
    ),
    Text(
        "pelwick-pottery-history",
        "company history",
        None,
        """Pelwick Pottery - Our History

Beginnings
Samuel Pelwick founded the pottery in 1872 in a rented kiln shed behind the Red Lion at
Stonebridge, making plain brown stoneware for farm kitchens. The firm moved to the
canal-side works on Wharf Street in 1890 and was incorporated as Pelwick & Sons Ltd the
following year. Around 1905 it began exporting to South America, where its blue-banded jugs
became a fixture of hotel dining rooms.

War and recovery
The Wharf Street works were bombed in May 1941, and two of the five bottle kilns were lost.
Production moved to a temporary shed in the town, and the rebuilt works reopened on 2 March
1946 with the first tunnel kiln in the district.

Growth
Pelwick was listed on the Westmarch Stock Exchange in 1961. Under Margaret Pelwick, the
founder's great-granddaughter, the firm added fine bone china to its range and opened
showrooms in three cities.

Today
Since 1999 Pelwick has been part of Hartland Group, which has kept the Pelwick name and the
Wharf Street works. A new electric kiln, the firm's first, is to be commissioned in 2026 and
will cut the works' gas use by half. Every year in June the works open their doors for the
Stonebridge Pottery Fair.

(c) 2025 Pelwick Pottery Ltd. Company No. 0017124. Wharf Street, Stonebridge.""",
        (
            expect("1872", "founded"),
            expect("1890", "moved"),
            expect("1891", "incorporated"),
            expect("1905~", "export"),
            expect("1941-05", "bombed"),
            expect("1946-03-02", "reopened"),
            expect("1961", "listed"),
            expect("1999/..", "hartland"),
            expect("2026", "kiln", planned=True),
        ),
    ),
    Text(
        "tessaly-lunar-orbiter-summary",
        "mission summary",
        None,
        """TESSALY-1 MISSION SUMMARY
Westmarch Space Agency - Lunar Exploration Programme
Document WSA-MS-0093 Rev. B - last revised 2 February 2025

Spacecraft: Tessaly-1 orbiter (1,240 kg) with the Pell lander (310 kg)
Launch vehicle: Vantor-2
Launch site: Kerrin Launch Complex, Pad 2

Mission overview
Tessaly-1 was launched on 14 September 2023 and followed a low-energy transfer to the Moon.
The spacecraft entered lunar orbit on 2 October and released the Pell lander two days later.
Pell touched down in Mare Frigoris on 11 October, the agency's first soft landing on another
body.

Surface operations
The lander returned 2,300 images and eleven days of seismometer data. Pell's surface mission
ended on or about 24 October, when its battery could no longer keep the electronics warm
through the lunar night; no signal was received after that date.

Orbital operations
The orbiter's primary mapping mission ran from November 2023 to May 2024 and produced a
5-metre resolution map of the north polar region. Since June 2024 the orbiter has been in an
extended mission, imaging permanently shadowed craters at low sun angles.

Future
With its propellant running low, the orbiter is expected to be deorbited in 2027 onto a
pre-selected site on the far side. A successor, Tessaly-2, is scheduled for launch in 2028
and will carry a small rover.

Key results
- first detection of water-ice signatures in Westmarch data
- gravity field model TLG-150

Contact: Tessaly project office, WSA Kerrin Centre.""",
        (
            expect("2023-09-14", "launch"),
            expect("2023-10-02", "orbit"),
            expect("2023-10-04", "lander", "releas"),
            expect("2023-10-11", "touch"),
            expect("2023-10-24~", "surface", "mission"),
            expect("2023-11/2024-05", "mapping"),
            expect("2024-06/..", "extended"),
            expect("2027", "deorbit", planned=True),
            expect("2028", "tessaly-2", planned=True),
        ),
    ),
    Text(
        "ardmoor-bus-fares-statement",
        "government statement",
        None,
        """ARDMOOR REGIONAL GOVERNMENT
Department for Transport

Statement by the Minister for Transport, Helga Brandt
22 January 2026

Fairer fares for Ardmoor

From 1 March, the single fare on every regional bus route in Ardmoor will be capped at 2.00.
The cap, first introduced in January 2023 as a temporary measure, was extended in 2024 and
again in 2025. Passenger numbers are now the highest since 2008, and the Government has
decided that the cap should stay.

Last Thursday the Cabinet approved 38 million of funding to keep the cap in place for the
next two years. Since 2019 the Government has run the regional network directly through
Ardmoor Bus, and the savings from that change will meet part of the cost.

A public consultation on free travel for people under 19 runs from 2 to 27 February.
Legislation to make the fare cap permanent will be introduced by the end of March, and a new
contactless ticketing system will be in place across the whole network by 30 September 2026
at the latest.

"Buses are how most people in Ardmoor get to work, to school and to the doctor," the Minister
said. "A fare they can count on is the least we owe them."

The Department publishes its bus punctuality report every September.

ENDS

Notes to editors
1. Ref: DfT-ARD/2026/014.
2. The consultation documents are available at transport.ardmoor.example/fares.""",
        (
            expect("2026-03-01", "cap", planned=True),
            expect("2023-01", "introduced"),
            expect("2024", "extended"),
            expect("2025", "extended"),
            expect("2026-01-15", "cabinet"),
            expect("2019/..", "network"),
            expect("2026-02-02/2026-02-27", "consultation", planned=True),
            expect("../2026-03", "legislation", planned=True),
            expect("../2026-09-30", "ticketing", planned=True),
        ),
    ),
    Text(
        "saltmere-pier-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saltmere pier reopens after three years | Saltmere Gazette</title>
</head>
<body>
<header><a href="/">Saltmere Gazette</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a></nav>
</header>
<article>
<h1>Saltmere pier reopens after three years</h1>
<p class="byline">By <a href="/authors/ruth-alder">Ruth Alder</a> |
<time datetime="2025-06-06T08:15">6 June 2025</time></p>
<p>Saltmere's Victorian pier reopened to the public on Thursday, more than three years after
storm damage forced it to shut.</p>
<p>The pier was closed in February 2022 after waves tore away part of the deck and two of its
cast-iron columns. Repair work began on 14 March 2023 and cost about 6.2 million pounds,
most of it from a national heritage grant.</p>
<figure><img src="/img/pier-0605.jpg" alt="The pier at sunrise">
<figcaption>The pier on Thursday morning. Photo: Saltmere Gazette</figcaption></figure>
<p>Built in 1891, the pier was lengthened by 60 metres in 1950. The town council has owned it
since 1978.</p>
<p>A free family day with music and a sandcastle contest will be held on Sunday, and a cafe
on the pier deck will open on Saturday 21 June. The council expects the final phase, a new
lifeboat slipway, to be finished by March 2026.</p>
<p>"People have been asking me every week when they can walk out to the end again," said
council leader Pat Munroe.</p>
<p class="updated">Last updated: 6 June 2025, 17:42</p>
</article>
<footer><p>&copy; 2025 Saltmere Gazette Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-06-05", "pier", "reopen"),
            expect("2022-02", "closed"),
            expect("2023-03-14", "repair"),
            expect("1891", "built"),
            expect("1950", "lengthened"),
            expect("1978/..", "owned"),
            expect("2025-06-08", "family", "day", planned=True),
            expect("2025-06-21", "cafe", planned=True),
            expect("../2026-03", "slipway", planned=True),
        ),
    ),
    Text(
        "brackmoor-harl-lane-crossing",
        "railway's level crossing closure notice",
        None,
        """BRACKMOOR RAIL

NOTICE OF TEMPORARY CLOSURE OF LEVEL CROSSING
Harl Lane Level Crossing (HRL 14), Brackmoor - Fenwick line

Ref: BR/LX/2025/0417                                   Issued: 3 September 2025

Brackmoor Rail gives notice that Harl Lane level crossing will be closed to all road users
and pedestrians from 22:00 on Friday 19 September until 06:00 on Monday 22 September 2025,
to allow the renewal of the crossing deck and the track beneath it.

A further overnight closure will take place on 4 and 5 October, from 23:00 to 05:00 each
night, to test the new barriers.

DIVERSION
Vehicles: via Fenwick Road and the B4410 (approx. 3.5 miles).
Pedestrians: via the Mill Lane footpath underbridge.
Emergency services have been informed and will be given access on request.

WHY THE WORK IS NEEDED
The crossing opened in 1868 and has been monitored by CCTV since 2014. Following a near miss
between a train and a delivery van on 11 June 2025, we reviewed the risk at this crossing.
Planning approval for a footbridge was granted in July 2025, and the public consultation on
closing the crossing closed on 29 August. The crossing is to close permanently by the end of
2027, when the footbridge opens.

We apologise for the disruption this work will cause.

Enquiries: Brackmoor Rail Helpline 0800 000 4417 (Mon-Fri 08:00-18:00)

Signed: R. Okeke, Route Asset Manager, Brackmoor Rail""",
        (
            expect("2025-09-19/2025-09-22", "clos", planned=True),
            expect("2025-10-04", "overnight", "closure", planned=True),
            expect("2025-10-05", "overnight", "closure", planned=True),
            expect("1868", "opened"),
            expect("2014/..", "cctv"),
            expect("2025-06-11", "near", "miss"),
            expect("2025-07", "approval"),
            expect("2025-08-29", "consultation"),
            expect("../2027", "permanent", planned=True),
        ),
    ),
    Text(
        "kumorin-karate-nationals",
        "karate championship report",
        date(2025, 10, 13),
        """Venn takes kata gold as Selbrook rule the team mat

KUMORIN - Aiko Venn won her third national kata title on Sunday as the Westmarch Karate
Championships closed at the Kumorin Arena, scoring 42.8 in the final against clubmate Rhea
Tamsin.

The three-day championships, which opened on Friday, drew 640 competitors from 58 clubs. The
federation has held the event in Kumorin since 2015, and the championships are held every
October.

Venn, who took up karate in about 2006 at a community hall in Selbrook, performed
Unsu in the final. "I changed my kata this morning," she said. "My coach nearly fainted."

Selbrook Dojo won the men's team kumite for the fourth time, having also taken the title in
2017, 2020 and 2023. They beat Harnford Budokan 3-2, the deciding bout going to an extra
minute.

In the individual kumite, Tobias Reyes (Kumorin Shotokan) won the men's -75kg gold and
Lina Okoro (Ostford Karate Club) the women's +68kg.

The national squad for the world championships will be named on Thursday. The worlds take
place in Lisbon from 18 to 23 November, and head coach Daniel Marr said he expected to take
"around fourteen" athletes.

Results
Kata, women: 1 Venn (Selbrook), 2 Tamsin (Selbrook), 3 Ito (Harnford)
Team kumite, men: 1 Selbrook Dojo, 2 Harnford Budokan, 3 Kumorin Shotokan""",
        (
            expect("2025-10-12", "kata"),
            expect("2025-10-10", "opened"),
            expect("2015/..", "held"),
            expect("2006~", "karate"),
            expect("2017", "kumite"),
            expect("2020", "kumite"),
            expect("2023", "kumite"),
            expect("2025-10-16", "squad", planned=True),
            expect("2025-11-18/2025-11-23", "world", planned=True),
        ),
    ),
    Text(
        "fjardholt-smelter-potline",
        "aluminium smelter press release",
        None,
        """PRESS RELEASE

Fjardholt Aluminium restarts Potline 2

Fjardholt, 27 January 2026 - Fjardholt Aluminium AS restarted Potline 2 at its Fjardholt
smelter on 20 January, bringing the plant back to two working potlines for the first time
in more than three years.

The potline was idled in October 2022, when power prices in the region rose to levels at
which the line could not run at a profit. The restart follows a ten-year power purchase
agreement signed with Norvang Kraft on 9 December 2025, which fixes the price of about
two-thirds of the smelter's electricity.

Recruitment of 180 operators began in November, and the last new operators will start work
in March. Full production of 95,000 tonnes a year from the potline is expected by the end of
June.

"Restarting a potline is slow, careful work: each of the 168 cells has to be heated and
filled one by one," said Chief Executive Siri Halvorsen. "We are doing it safely, and we are
doing it with people from this valley."

Fjardholt Aluminium will publish its results for the fourth quarter of 2025 on 12 February.

About Fjardholt Aluminium
The Fjardholt smelter opened in 1967 and was expanded in 1988. It produces primary aluminium
and extrusion billets for the building and automotive industries, and employs 760 people.

Contacts
Media: Erik Nygaard, +47 000 11 220
Investors: Kari Moe, +47 000 11 230

Fjardholt Aluminium AS - org. no. 934 118 002""",
        (
            expect("2026-01-20", "potline", "restart"),
            expect("2022-10", "idled"),
            expect("2025-12-09", "agreement"),
            expect("2025-11", "recruitment"),
            expect("2026-03", "operators", planned=True),
            expect("../2026-06", "full", "production", planned=True),
            expect("2026-02-12", "results", planned=True),
            expect("1967", "opened"),
            expect("1988", "expanded"),
        ),
    ),
    Text(
        "ashcombe-parva-postmaster-daybook",
        "country postmaster's daybook of the 1840s",
        None,
        """Day-Book of the Post Office at Ashcombe Parva
kept by Wm. Tolley, Postmaster. 1845.
(Accounts to be sent up to the Surveyor every Saturday.)

Monday 6th January. Mail cart two hours behind its time on account of the snow upon Fenny
Hill. Sold 14 stamps, and 3 letters paid in money.

Tuesday 7th. Received from the Surveyor a new dating stamp, the old one being worn past use.
Returned the old one by the cart, sealed.

Friday 10th. Wrote to the Surveyor for a new leather bag, the old one letting in the wet. His
clerk answers by the evening cart that it shall come on Thursday next.

Monday 13th. Roads impassable beyond the turnpike and the cart could not come through. No
mail this day. Mrs Garrow very anxious for a letter from her son at Bristol.

Wednesday 15th. Mail came in at noon with the bags of two days together. Worked till nine
o'clock at the sorting.

Saturday 18th. Mr Hobbs the Surveyor called and examined the books, which he found correct.
He remarked that the office has been kept by my family since 1811, and is the oldest in the
district. He will come again about the 1st of March.

Monday 3rd February. Received the new table of rates from London, and fixed it in the
window for the public to read. Sold 22 stamps, the most of any day this winter.

W. T.""",
        (
            expect("1845-01-06", "mail", "cart"),
            expect("1845-01-07", "dating", "stamp"),
            expect("1845-01-10", "bag"),
            expect("1845-01-16", "bag", planned=True),
            expect("1845-01-13", "impassable"),
            expect("1845-01-15", "mail"),
            expect("1845-01-18", "hobbs"),
            expect("1811/..", "family"),
            expect("1845-03-01~", "again", planned=True),
            expect("1845-02-03", "rates"),
        ),
    ),
    Text(
        "glenvarrick-osprey-survey",
        "osprey nest survey",
        None,
        """GLENVARRICK OSPREY PROJECT
Nest Monitoring Report - Report no. GOP/2025/03
Prepared by: M. Laidlaw and volunteer nest watchers

1. Summary
Three nests were monitored. Two produced young; one failed. Counts of fish deliveries are
made every year in the first week of June and are reported separately.

2. Nest A (Loch Varrick island pine)
The first adult, the ringed male Blue 7K, returned on 24 March 2025, and his mate joined him
within the week. Eggs were laid on 14 April, and hatching took place between 21 and 24 May.
Three chicks were ringed on 3 July and fledged c. 18 July. All three were later seen fishing
on the loch.

3. Nest B (Darroch plantation)
This nest has been occupied since 2019 by the same unringed pair. Two young were raised;
observation was from the forest track only, so no dates are given for this nest.

4. Nest C (Feithe bog)
A new pair built here in spring. The pair appear to have abandoned the nest on 9 May (date
uncertain; the hide was unmanned that week). No eggs were seen.

5. Background
Ospreys first bred at Glenvarrick in 1998, the first breeding record in the valley since
1916. Brood size at Nest A this year was the largest since monitoring began.

6. Actions for next season
The Nest A platform, damaged in the autumn gales, will be replaced by the end of February
2026. Monitoring will resume on 15 March 2026, and new volunteers are welcome.

Table 1. Nest outcomes
Nest | Occupied | Young fledged
A    | yes      | 3
B    | yes      | 2
C    | yes      | 0""",
        (
            expect("2025-03-24", "return"),
            expect("2025-04-14", "eggs"),
            expect("2025-05-21/2025-05-24", "hatch"),
            expect("2025-07-03", "ringed"),
            expect("2025-07-18~", "fledged"),
            expect("2019/..", "occupied"),
            expect("2025-05-09?", "abandon"),
            expect("1998", "bred"),
            expect("../2026-02", "platform", planned=True),
            expect("2026-03-15", "monitoring", planned=True),
        ),
    ),
    Text(
        "quinceford-jam-history",
        "jam factory's history",
        None,
        """Quinceford Preserves - A Short History

A kitchen on Orchard Row
Ada Quince, a farmer's widow, began boiling jam for sale in her kitchen at Quinceford in
1898, using plums from her late husband's orchard. Her damson jam soon won a county show prize,
and the grocers of Harnford took all she could make.

Steam and sugar
Around 1910 the firm installed its first steam-jacketed pans in a former malt house on Mill
Lane. During sugar rationing, from 1940 to 1953, Quinceford made mostly fruit pulp for the
armed forces and sold its jam only under licence. In 1957 the firm received a Royal Warrant
for its marmalade, which it still holds.

Dunhollow
The new factory at Dunhollow opened on 12 May 1964, with a canning line and a cold store.
A fire destroyed the old Mill Lane boiling house in 1971; it was rebuilt the following year
as the firm's marmalade kitchen, and it is still where every jar of Seville marmalade is
made.

Today
Since 2005 Quinceford has been owned by the Marrow Foods cooperative, whose 140 fruit growers
supply most of its fruit. Its strawberry jam now outsells the marmalade it is best known
for, and the firm still holds a pickers' fair every year in July.
Quinceford plans to open a visitor centre at
Dunhollow in 2026, with a working kitchen where visitors can make their own jam.

Quinceford Preserves Ltd, Dunhollow, Harnford. (c) 2025.""",
        (
            expect("1898", "jam"),
            expect("1910~", "pans"),
            expect("1940/1953", "rationing"),
            expect("1957", "warrant"),
            expect("1964-05-12", "factory", "opened"),
            expect("1971", "fire"),
            expect("1972", "rebuilt"),
            expect("2005/..", "owned"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "corrie-reservoir-statement",
        "water minister's statement on reservoirs",
        date(2025, 10, 14),
        """Oral Statement to the Assembly
Reservoir levels and the drought response
Dr Ifan Corrie, Minister for Water

Presiding Officer, with permission, I will make a statement on reservoir levels and on what the
Government is doing to secure the region's water supply.

This has been the driest summer in living memory. Reservoir stocks across the region fell to
47 per cent of capacity on 2 September, the lowest level since 1976. Rain since then has
helped, and on Friday the Environment Agency declared the drought over in the north-west.
The south has not yet recovered to the same degree.

The hosepipe ban, in force in the south since 11 July, will be lifted on Monday. I thank
every household and business that has saved water this summer.

Last Tuesday I met the chief executives of the four water companies. I told them plainly
that leakage must fall, and that they must publish revised drought plans no later than 31
January 2026.

In the Spending Review on 11 June, the Government set aside 2.1 billion pounds for new
water resources. Planning consent for the Havercombe reservoir was granted in March.
Construction will begin in 2027 and be completed by 2033. Havercombe will be the first new
reservoir in the region since 1992, and it will supply 300,000 people.

Presiding Officer, droughts will come again. We intend to be ready for the next one.""",
        (
            expect("2025-09-02", "stocks"),
            expect("2025-10-10", "drought"),
            expect("2025-07-11/..", "hosepipe"),
            expect("2025-10-20", "lifted", planned=True),
            expect("2025-10-07", "chief", "executives"),
            expect("../2026-01-31", "drought", "plans", planned=True),
            expect("2025-06-11", "spending", "review"),
            expect("2025-03", "consent"),
            expect("2027", "construction", planned=True),
            expect("../2033", "complet", planned=True),
        ),
    ),
    Text(
        "grauhorn-lift-status-page",
        "ski resort's HTML lift status and news page",
        date(2026, 2, 6),
        """<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Lift status &amp; news - Grauhorn Ski Area</title>
</head>
<body>
<header><h1>Grauhorn Ski Area</h1>
<p class="stamp">Last updated: Friday 07:45</p></header>
<section id="lifts">
<h2>Lift status</h2>
<table>
<tr><th>Lift</th><th>Type</th><th>Status</th></tr>
<tr><td>Grauhorn chair</td><td>4-seat chairlift</td><td class="open">Open</td></tr>
<tr><td>Glacier gondola</td><td>Gondola</td><td class="closed">Closed - wind</td></tr>
<tr><td>Alpspitz Express</td><td>6-seat chairlift</td><td class="open">Open</td></tr>
<tr><td>Kinderland</td><td>Magic carpet</td><td class="open">Open</td></tr>
</table>
<p>Night skiing every Friday and Saturday, 18:00-21:00, on the Kinderland slope.</p>
</section>
<section id="news">
<h2>News</h2>
<article><h3>Grauhorn chair back in service</h3>
<p>The Grauhorn chair reopened on Wednesday after a gearbox repair. Tuesday's snowfall of
60 cm, the heaviest since 2019, means every piste served by the chair is open.</p></article>
<article><h3>Glacier gondola</h3>
<p>Strong winds have closed the Glacier gondola. It is expected to reopen on Sunday if the
forecast holds.</p></article>
<article><h3>Grauhorn Freeride Challenge</h3>
<p>The Grauhorn Freeride Challenge will take place on Saturday 14 February on the north face.
Registration opened on Monday; places are limited to 80 riders.</p></article>
<article><h3>A new lift for the Alpspitz</h3>
<p>The Alpspitz Express, our new six-seat chairlift, opened on 20 December 2025. It replaced
the old Alpspitz T-bar, built around 1972. Snowmaking has covered all pistes since 2012.</p>
</article>
<p>The season ends on 12 April.</p>
</section>
<footer><p>&copy; 2026 Grauhorn Bergbahnen AG | <a href="/webcams">Webcams</a></p></footer>
</body>
</html>""",
        (
            expect("2026-02-04", "chair", "reopen"),
            expect("2026-02-03", "snowfall"),
            expect("2026-02-08", "gondola", planned=True),
            expect("2026-02-14", "freeride", planned=True),
            expect("2026-02-02", "registration"),
            expect("2025-12-20", "alpspitz"),
            expect("1972~", "t-bar"),
            expect("2012/..", "snowmaking"),
            expect("2026-04-12", "season", planned=True),
        ),
    ),
    Text(
        "westmarch-arb-hurst-decision",
        "architects' registration board decision",
        None,
        """ARCHITECTS REGISTRATION BOARD OF WESTMARCH
Professional Conduct Committee

Case reference: PCC/2025/031
Registrant: Mr Declan Hurst (Registration no. 48817)

DECISION AND REASONS

Background
1. Mr Hurst was entered in the Register of Architects on 14 May 2009. He has practised as
the sole principal of Hurst Design Studio, Harnford, since 2012.

The allegation
2. On or about 17 February 2023, Mr Hurst signed a completion certificate for a two-storey
extension at 12 Cable Row, Harnford, which he had not inspected. The extension was later
found to lack the fire separation shown on the approved drawings.

3. The Board received a complaint from the owners on 4 April 2023.

The hearing
4. The hearing took place on 8 and 9 October 2025. Mr Hurst attended, was represented, and
admitted the facts of the allegation.

Findings
5. The Committee reached its decision on 3 November 2025. It found that signing a
certificate for work the architect has not seen falls well below the standard expected of
a registered architect, and that the allegation of unacceptable professional conduct is
proved.

Sanction
6. The Committee has had regard to the Board's Sanctions Guidance (2021 edition). Mr Hurst's
name will be suspended from the Register for twelve months. The suspension will take effect
on 1 December 2025. He must complete the Board's course on professional certification before
30 November 2026, failing which the matter will be referred back to the Committee.

7. Mr Hurst may appeal against this decision within 28 days of its notification.

Signed: A. Rowntree (Chair), on behalf of the Committee""",
        (
            expect("2009-05-14", "register"),
            expect("2012/..", "principal"),
            expect("2023-02-17~", "certificate"),
            expect("2023-04-04", "complaint"),
            expect("2025-10-08", "hearing"),
            expect("2025-10-09", "hearing"),
            expect("2025-11-03", "decision"),
            expect("2025-12-01", "suspension", planned=True),
            expect("../2026-11-30", "course", planned=True),
        ),
    ),
    Text(
        "ebbert-stonemasons-history",
        "stonemason's history",
        None,
        """Ebbert & Sons, Stonemasons of Brindlecote: A History

The first yard
The yard in Mill Street was established circa 1760 by Josiah Ebbert, a mason from the
quarries at Hallow Edge who had worked on the bridges of the new turnpike. He cut
gravestones, doorsteps and mullions in the local grey sandstone, and trained his three sons
in the trade.

Church and town
Between 1803 and 1806 his son Thomas worked on the rebuilding of St Ovin's church, carving
the pinnacles of the west tower that still stand today. Thomas was admitted to the freedom of
the Masons' Company in 1821. In 1858 the firm moved to the larger Quarry Lane yard, and the
following year it cut the stone for Brindlecote Town Hall.

Machines and memorials
A steam saw was probably installed in 1881, though the firm's ledgers for that decade are
lost. After the Great War the yard carved the town's war memorial, unveiled in 1921, and the
names on more than forty village memorials across the county.

Today
Since 1987 the yard has held the maintenance contract for Harnford Cathedral, and a team of
six masons works on the cathedral fabric all year round. The firm has trained more
apprentices than any other yard in the county since 1900. A new apprentice workshop is due to
open in 2027, beside the Quarry Lane yard.

(c) Ebbert & Sons Ltd 2024. Quarry Lane, Brindlecote.""",
        (
            expect("1760~", "yard", "established"),
            expect("1803/1806", "rebuilding"),
            expect("1821", "freedom"),
            expect("1858", "moved"),
            expect("1859", "town", "hall"),
            expect("1881?", "steam", "saw"),
            expect("1921", "memorial"),
            expect("1987/..", "cathedral"),
            expect("2027", "workshop", planned=True),
        ),
    ),
    Text(
        "nordmark-floorball-fixtures",
        "floorball league's fixtures list",
        None,
        """NORDMARK FLOORBALL LEAGUE
Men's Division 1 - Fixtures 2025/26, remaining regular season and play-offs
Updated 26 February 2026 (version 7) - fixtures subject to change

The Nordmark Floorball League was founded in 2004; this is its 22nd season.

ROUND 13 - RESULTS (Saturday 21 February 2026)
Tallinger IBK      5-3  Norrvik FC
Hovmark Falcons    2-2  Eskerud IBF

REARRANGED MATCH
Eskerud IBF v Tallinger IBK, postponed from 31 January because of a frozen roof drain, was
played on Wednesday 18 February 2026. Tallinger won 6-4.

ROUND 14
Sat 7 Mar 2026   14:00  Tallinger IBK v Hovmark Falcons     Tallinger Sporthall
Sun 8 Mar 2026   15:00  Norrvik FC v Eskerud IBF            Norrvik Arena

ROUND 15
Wed 11 Mar 2026  19:00  Hovmark Falcons v Norrvik FC        Hovmark Hallen

PLAY-OFFS
Semi-finals (best of three): 21-29 March 2026, dates to be confirmed after Round 15.
Final: Saturday 18 April 2026, 16:00, Nordmark Arena.

Notes
1. All times are local. Doors open one hour before face-off.
2. Every Saturday match is streamed live on nordmarkfloorball.example/tv.
3. Ticket enquiries: tickets@nordmarkfloorball.example
4. Table and statistics are updated every Monday.""",
        (
            expect("2004", "founded"),
            expect("2026-02-21", "round", "13"),
            expect("2026-02-18", "eskerud", "tallinger"),
            expect("2026-03-07", "tallinger", "hovmark", planned=True),
            expect("2026-03-08", "norrvik", "eskerud", planned=True),
            expect("2026-03-11", "hovmark", "norrvik", planned=True),
            expect("2026-03-21/2026-03-29", "semi", planned=True),
            expect("2026-04-18", "final", planned=True),
        ),
    ),
)
