"""The two-hundred-and-ninetieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a level crossing closure
notice, a korfball tournament report, a mushroom farm company release, a saddler's day book of
the 1820s, a natterjack toad survey report, a kite maker's history, a fisheries minister's
statement, an escape room's HTML page, a street trading consent decision, a marquetry history
and a cribbage league fixtures card. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETIETH_CORPUS",)


TWOHUNDREDNINETIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "ashgrove-spillway-crack",
        "wire story",
        None,
        """Crack found in Ashgrove dam spillway, reservoir to be lowered

HALLOWMERE, March 12, 2025 (Meridian Wire) - Engineers found a crack in the concrete spillway of
the Ashgrove dam on Tuesday, and the regional water board began lowering the reservoir behind it
on Wednesday as a precaution, officials said.

The crack, about 14 metres long, was spotted by a maintenance crew clearing branches and silt
from the spillway apron. The board said there was no immediate danger to the 6,000 people who
live in the Lower Tarn valley below the dam, but it asked residents to keep away from the
riverbanks and told anglers that the footpath along the east bank would stay shut.

"We are taking water out slowly and in a controlled way," said Idris Callen, the board's chief
engineer. "This is not an emergency, and we intend to keep it that way."

The earth-and-concrete dam was built about 1936 to supply the mill towns of the valley. It was
last strengthened in 2004, when the board drove steel anchors into the spillway walls. A routine
inspection on Feb. 20 found nothing out of order, according to the board's published log.

The drawdown will be completed by March 21, the board said, leaving the reservoir at roughly
half its usual level. Engineers will then be able to see the full length of the crack and decide
whether the slab has to be cut out. Repair work is expected to start in June and could take most
of the summer.

Residents have been invited to a public meeting at Tarnside village hall on Monday. Several
families who lived through the 1987 flood, when a burst embankment upstream sent water through
the lower village, said they wanted clearer warnings this time.

"My father lost his workshop and everything in it," said Maren Holt, 58, who runs a garage by
the bridge. "People here do not take dams on trust any more."

The reservoir normally fills to the brim each spring. The board said the lowered level would not
threaten supplies, as storage across its five other reservoirs stood at its highest for the time
of year since 1994. It also plans to review the condition of every spillway it owns, a
spokeswoman said.

(Reporting by Petra Lund; Editing by Colm Areson)
""",
        (
            expect("2025-03-11", "crack"),
            expect("2025-03-12", "lowering"),
            expect("1936~", "built"),
            expect("2004", "strengthened"),
            expect("2025-02-20", "inspection"),
            expect("../2025-03-21", "drawdown", planned=True),
            expect("2025-06", "repair", planned=True),
            expect("2025-03-17", "meeting", planned=True),
            expect("1987", "flood"),
        ),
    ),
    Text(
        "corvel-recycling-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Corvel Cells opens battery recycling plant at Harlow Vale

Harlow Vale, 4 June 2024 - Corvel Cells Ltd today opened its first full-scale lithium battery
recycling plant, a 9,000-square-metre building on the former Ransome brickworks site at Harlow
Vale Business Park.

The plant will recover lithium, nickel and cobalt from used electric-vehicle batteries and from
the scrap of battery factories. When running at full capacity it will process 12,000 tonnes of
battery material a year and employ about 140 people, most of them recruited locally.

Construction began in September 2022, after the company secured a GBP 4 million innovation grant
in 2021. On 12 March this year Corvel signed a supply partnership with the carmaker Dunmore
Motors, which will send its warranty returns and worn-out battery packs to Harlow Vale.

The plant is expected to reach full capacity by the end of 2026. A second processing line, which
refines the recovered metals into battery-grade salts, will take material from 1 January 2025
onwards.

"Not long ago this was a sketch on a whiteboard," said Dr Anwen Prosser, Corvel's chief
executive and co-founder. "Today we are turning old batteries into the raw materials for new
ones, here in the Vale, and keeping that value in the region."

Corvel was founded in 2013 by Dr Prosser and Tomas Reddy, two chemists from the University of
Harlow. Its pilot plant, a converted warehouse in Kestle Road, opened in 2019 and has processed
around 1,600 tonnes of batteries so far. The Kestle Road site will remain the company's research
centre.

Councillor Mei Ashdown, leader of Harlow Vale District Council, said: "This is exactly the kind
of skilled, forward-looking employer we hoped would come to the old brickworks."

Members of the public can tour the new plant at an open day on Saturday 15 June. Places are
limited and must be booked in advance through the company's website.

- ENDS -

Notes to editors

1. Corvel Cells Ltd is a privately owned company registered in Harlow Vale. It employs 210
   people across its two sites.
2. High-resolution images of the plant are available on request.

Media contact: Leni Fairweather, press office, Corvel Cells Ltd, 01632 960 418
""",
        (
            expect("2024-06-04", "opened"),
            expect("2022-09", "construction"),
            expect("2021", "grant"),
            expect("2024-03-12", "partnership"),
            expect("../2026", "full capacity", planned=True),
            expect("2025-01-01/..", "line", planned=True),
            expect("2013", "founded"),
            expect("2019", "pilot plant"),
            expect("2024-06-15", "open day", planned=True),
        ),
    ),
    Text(
        "hartwell-greystone-parlor",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEW ALDRIDGE
SECOND DISTRICT

HARTWELL AGRICULTURAL SUPPLY, INC.,        )  Appeal from the Circuit Court
     Plaintiff-Appellant,                  )  of Benford County.
                                           )
v.                                         )  No. 19-L-2207
                                           )
GREYSTONE DAIRY COOPERATIVE,               )  Honorable Lydia Ostrander,
     Defendant-Appellee.                   )  Judge, presiding.

No. 2-21-0734
Filed: August 9, 2023

JUSTICE FELDT delivered the judgment of the court, with opinion.
Justices Amadi and Roche concurred in the judgment and opinion.

OPINION

I. BACKGROUND

The parties first did business in about 2012, when Hartwell began selling feed mixers to the
Cooperative's member farms. On or about May 3, 2018, they signed a written agreement under which
Hartwell would supply and install a milking parlor system at the Cooperative's Ruddle Road
facility. The agreement required Hartwell to deliver the equipment no later than December 1,
2018.

Hartwell did not meet that date. In an e-mail of November 20, 2018, the Cooperative's operations
manager told Hartwell to send the equipment "as soon as you can." Hartwell delivered it on
January 14, 2019. Two weeks later, the Cooperative sent a written notice rejecting the system on
the ground that two of its vacuum pumps did not conform to the specifications. Hartwell removed
the equipment and, in March 2019, filed suit for the contract price of $486,000.

After discovery, both parties moved for summary judgment. The circuit court granted the
Cooperative's motion on October 5, 2021, holding that the late delivery was itself a material
breach that excused the Cooperative's performance. Hartwell filed its notice of appeal on
November 2, 2021. We heard oral argument on May 16, 2023.

II. ANALYSIS

Summary judgment is proper only where the pleadings, depositions, and admissions on file, viewed
in the light most favorable to the nonmoving party, show that there is no genuine issue of
material fact. Our review is de novo.

Hartwell argues that time was not of the essence and that the e-mail waived the delivery
deadline. The Cooperative replies that a request for prompt delivery waives nothing, and that
the pumps were nonconforming in any event. Whether a party has waived a contractual deadline by
its conduct is ordinarily a question of fact. A reasonable trier of fact could read the e-mail
as an acceptance of a later delivery, and the record on the pumps is in sharp conflict. Neither
question could be resolved on the papers.

III. CONCLUSION

For the reasons stated, we reverse the judgment of the circuit court and remand the cause for
further proceedings consistent with this opinion.

Reversed and remanded.
""",
        (
            expect("2012~", "business"),
            expect("2018-05-03~", "agreement"),
            expect("../2018-12-01", "deliver"),
            expect("2018-11-20", "e-mail"),
            expect("2019-01-14", "delivered"),
            expect("2019-01-28", "notice", "reject"),
            expect("2019-03", "suit"),
            expect("2021-10-05", "granted"),
            expect("2021-11-02", "appeal"),
            expect("2023-05-16", "oral argument"),
        ),
    ),
    Text(
        "wexcombe-market-town",
        "encyclopedia history",
        None,
        """Wexcombe

Wexcombe is a market town and civil parish in the Ferne valley, eleven miles north-west of
Castleford Magna. The town lies at the lowest bridging point of the River Ferne and is known for
its timber-framed wool hall and its large perpendicular church.

History

Origins and the Middle Ages

A small Augustinian priory was founded beside the river crossing c. 1190, and the settlement
that grew up at its gate took the name of the older hamlet on the hill above. The king granted
the town a weekly market and an annual fair in 1254, and the market place was laid out on the
level ground between the priory and the ford.

The parish church of St Aldhelm was largely rebuilt, probably in 1412, when the wool trade had
made the town's clothiers rich; the west tower still bears the arms of the Pentelow family, who
are thought to have paid for it.

Civil war

The town changed hands twice during the civil war. A garrison loyal to Parliament held the old
priory house through a siege lasting from 3 to 17 August 1644, and surrendered on terms when its
powder ran out.

Canal and railway

The Ferne Navigation reached Wexcombe in the 1790s, and coal barges from the lower valley
tied up at the new basin below the bridge. The Ferne Valley Railway opened its station at the
north end of the town on 12 May 1847, and a goods yard was added the following year. The canal
carried little traffic after the railway came and was abandoned in stages.

Twentieth century

Ashby's silk mill, for a century the largest employer in the town, closed in 1931, and the
building became a furniture depository. Since 1974 Wexcombe has formed part of the district of
South Ferneshire, and the old town hall houses the district council's local office.

Landmarks

The wool hall on the market place, the priory gatehouse and the five-arched bridge are all
listed buildings. The canal basin has been restored as a small marina.
""",
        (
            expect("1190~", "priory"),
            expect("1254", "market"),
            expect("1412?", "church"),
            expect("1644-08-03/1644-08-17", "siege"),
            expect("1790/1799", "navigation"),
            expect("1847-05-12", "railway"),
            expect("1848", "goods yard"),
            expect("1931", "mill"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "brackley-wanderers-cup",
        "sports report",
        date(2024, 10, 14),
        """Brackley Wanderers Women 3 Ferrisford Athletic Women 1

Wanderers march into the last 16 of the County Cup

By Jodie Marsh

Brackley Wanderers reached the last 16 of the Southern Counties Women's Cup with a deserved 3-1
win over Ferrisford Athletic at Mill Lane on Sunday, in front of a crowd of 412.

Ellie Garside opened the scoring after eleven minutes, turning sharply on the edge of the box and
curling a shot inside the far post. Garside, who signed from Dunmore Town in August, has now
scored seven goals in nine games for her new club.

Ferrisford levelled just before half-time through Abi Lomax, but Wanderers took control after
the break. Centre-back Priya Dhanda headed in a corner on 58 minutes, and substitute Chloe Ware
made the game safe with a low finish in stoppage time.

"We were a bit nervy early on, but the second half was the best we've played all season," said
manager Kerry Oduya, who was appointed on 2 January 2023 after two years in charge of the
club's under-18s. "The girls deserve this."

Wanderers were without captain Sian Rudd, who has a hamstring strain. Rudd is expected back by
the end of the month, although Oduya said the club would not take risks with her.

The draw for the next round will be made on Thursday, with ties due to be played on the weekend
of 9-10 November. Wanderers return to league action at home to Penmore Rangers on Saturday.

The club, founded in 1971 as a works side at the Brackley gasworks, reached the final of this
competition in 2009, losing 2-0 to Castle Rovers. Oduya was a teenage substitute that day.

Brackley Wanderers: Fenn; Okafor, Dhanda, Price, Wilde; Tarrant, Heslop (Ware 78), Moss;
Garside, Lang (Kerr 70), Booth.

Ferrisford Athletic: Quayle; Hurst, Dean, Nolan, Ashe; Lomax, Pike, Brennan (Cole 65); Ives,
Marr, Foley.

Referee: Gemma Straw.
""",
        (
            expect("2024-10-13", "last 16"),
            expect("2024-08", "garside", "signed"),
            expect("2023-01-02", "appointed"),
            expect("../2024-10", "rudd", planned=True),
            expect("2024-10-17", "draw", planned=True),
            expect("2024-11-09/2024-11-10", "ties", planned=True),
            expect("2024-10-19", "penmore", planned=True),
            expect("1971", "founded"),
            expect("2009", "final"),
        ),
    ),
    Text(
        "pellow-bakehouse-porthlenna",
        "company history",
        None,
        """Our story: four generations of Pellow's

The first Pellow loaf was baked around 1888, when Jory Pellow, a tin miner's son from Carnvean,
took over a small bakehouse behind the Ship Inn at Porthlenna. He baked through the night and
sold his bread from a handcart on the quay before the boats went out.

In 1903 the business moved to larger premises in Fore Street, where our shop still stands. The
following year Jory's son William bought the firm's first delivery cart and a grey cob called
Captain, and Pellow's bread began to reach the farms and hamlets up the valley.

During the war the bakery kept going on a ration of flour and a great deal of ingenuity. In the
1950s the old coal-fired ovens were converted to oil, which meant the bakers no longer had to
start work at two in the morning to get the fires going.

On 1 April 1962 a second shop opened on Quay Street in St Teval. Some customers thought the
opening date was a joke, but the queue on the first morning stretched past the harbour office.

Our records for the years that followed are patchy, because a fire in the bakehouse on or about
7 December 1979 destroyed most of the old ledgers along with the flour store. Nobody was hurt,
and the shop sold bread baked by friends in St Teval until the ovens were repaired.

William's grandson Peter took over from his father, probably in 1984, though the family still
argues about the year. Peter brought back the saffron buns and heavy cake that Jory had made,
and he started the tradition of the Christmas Eve pasty queue.

Since 1996 we have baked the bread for every primary school in the parish, and many of our
bakers first came to us on school visits. In 2008 Pellow's won the Gold Crust award for the best
independent bakery in the South West, and the certificate still hangs behind the counter.

Today the bakery is run by Peter's daughters, Tamsin and Kerensa, who are the fourth generation
of the family to bake in Fore Street. We still use Jory's recipe for our split rolls, and we
still start early, even if it is no longer two in the morning.
""",
        (
            expect("1888~", "loaf"),
            expect("1903", "fore street"),
            expect("1904", "cart"),
            expect("1950/1959", "ovens"),
            expect("1962-04-01", "second shop"),
            expect("1979-12-07~", "fire"),
            expect("1984?", "peter"),
            expect("1996/..", "school"),
            expect("2008", "gold crust"),
        ),
    ),
    Text(
        "tessaly-lunar-lander",
        "mission summary",
        date(2025, 2, 3),
        """Tessaly-2 mission summary

Mission:    Tessaly-2 (lunar orbiter, lander and rover)
Agency:     Commonwealth Space Authority (CSA)
Launcher:   Heron V
Status:     orbiter operating; lander and rover mission complete

Overview

Tessaly-2 was the CSA's first attempt at a soft landing on the Moon. The spacecraft combined a
polar mapping orbiter with a small lander carrying a 14-kilogram rover, named Pip, designed to
study ice-bearing soil near the lunar south pole.

Launch and cruise

Tessaly-2 was launched on a Heron V rocket from the Kestrel Point launch site on 14 September
2023. After two trajectory correction burns, the spacecraft fired its main engine and entered
lunar orbit three weeks later. The orbit was then lowered in stages to a 100-kilometre circular
polar orbit.

Landing and surface operations

The lander separated from the orbiter and touched down on 2 November near the rim of Rostand
crater, about 600 metres from the planned site. The rover Pip was driven down the ramp the next
day and covered 212 metres over the following fortnight, taking soil samples at six stops.

Surface operations ended on or about 17 November as the landing site passed into lunar night.
Controllers tried to wake the lander each time sunlight returned. A faint carrier signal was
received on 29 December, but no data could be recovered, and no contact has been made since.

Orbiter

The orbiter has mapped the south polar region with its radar and neutron instruments since
January 2024. It has returned more than 40 terabytes of data, and its maps of permanently
shadowed craters are being used to choose landing sites for later missions.

Future

Fuel on the orbiter is limited. The CSA plans to end the mission with a controlled impact, which
is expected to take place by the end of June 2026. A successor, Tessaly-3, carrying a larger
lander and a drill, is due to launch in 2027.

Key figures

Launch mass: 1,980 kg
Lander mass: 412 kg
Rover traverse: 212 m
Science data returned: 40+ TB
""",
        (
            expect("2023-09-14", "launched"),
            expect("2023-10-05", "orbit"),
            expect("2023-11-02", "touched down"),
            expect("2023-11-03", "rover"),
            expect("2023-11-17~", "surface operations"),
            expect("2023-12-29", "signal"),
            expect("2024-01/..", "mapped"),
            expect("../2026-06", "impact", planned=True),
            expect("2027", "tessaly-3", planned=True),
        ),
    ),
    Text(
        "varland-measles-outbreak",
        "government statement",
        None,
        """MINISTRY OF HEALTH AND SOCIAL CARE

Statement on measles cases in the Orvent region

Issued: 22 January 2025
Reference: MHSC/PR/2025/007

1. The Ministry of Health and Social Care confirms an outbreak of measles in the Orvent region.
As of this morning, 31 cases have been confirmed, 26 of them in children under ten. Four
children have been treated in hospital. There have been no deaths.

2. The first case was confirmed by the national reference laboratory on 6 January, in a child
who had recently returned from abroad. After further cases were linked to two primary schools in
Orvent town, the Chief Medical Officer declared an outbreak on Monday 13 January.

3. Enhanced surveillance has been in place across the region since 2 December, when health
boards were asked to report every suspected case within 24 hours.

4. A further 80,000 doses of the measles, mumps and rubella vaccine arrived at the regional store
on Monday. Walk-in vaccination clinics will open in Orvent, Daleby and Kirkhope on Saturday 25
January, with no appointment needed.

5. A catch-up programme for pupils who have missed one or both doses will run in all schools in
the region from 3 February to 28 March. Parents will receive a letter and a consent form through
their child's school.

6. The country was declared measles-free in 2016. The last outbreak, in 2019, affected 58
people. Vaccine coverage at age five has since fallen to 89 per cent, below the 95 per cent
needed to stop the disease from spreading.

7. The Minister, Dr Halla Renvik, said: "Measles is not a mild illness. The vaccine is safe, it
is free, and it is the best protection we can give our children. I urge every parent to check
their child's record this week."

8. The Minister will report to Parliament on the outbreak and on measures to raise vaccine
coverage no later than 14 February.

9. Further updates will be published on the Ministry's website every Tuesday and Friday.

ENDS

Press office: +00 10 555 0142
""",
        (
            expect("2025-01-06", "first case"),
            expect("2025-01-13", "outbreak"),
            expect("2024-12-02/..", "surveillance"),
            expect("2025-01-20", "doses"),
            expect("2025-01-25", "clinics", planned=True),
            expect("2025-02-03/2025-03-28", "catch-up", planned=True),
            expect("2016", "measles-free"),
            expect("2019", "outbreak"),
            expect("../2025-02-14", "report", planned=True),
        ),
    ),
    Text(
        "saltquay-customs-museum",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saltquay Maritime Museum reopens after restoration | Saltquay Courier</title>
</head>
<body>
<header><a href="/">Saltquay Courier</a>
<nav><a href="/news">News</a> | <a href="/whats-on">What's on</a> | <a href="/sport">Sport</a>
</nav></header>
<main>
<article>
<h1>Maritime museum reopens its doors after two and a half years</h1>
<p class="byline">By <a href="/authors/owen-brisk">Owen Brisk</a>,
<time datetime="2024-05-18">18 May 2024</time></p>
<figure><img src="/img/museum-hall.jpg" alt="The restored main hall">
<figcaption>The restored main hall of the old customs house.</figcaption></figure>
<p>Saltquay Maritime Museum reopened on Friday after a restoration that cost 3.2 million pounds,
with a queue of visitors stretching along the harbour wall before the doors opened.</p>
<p>The museum closed in October 2021 so that builders could repair the roof of the old customs
house, which was badly damaged in a storm in February 2020. Water had poured into the upper
gallery and the ship models had to be moved to a store in the town.</p>
<p>The granite customs house was built in 1862, when Saltquay was the busiest pilchard port on
the coast. It became a museum in 1958, after the customs service moved to offices at the new
ferry terminal.</p>
<p>Among the treasures back on show is the figurehead of the brig <em>Providence</em>, carved
about 1840 and rescued from a scrapyard by the museum's founder.</p>
<blockquote><p>"People have been stopping me in the street for two years asking when we would open
again," said director Ffion Lacey, who was appointed in 2019. "Now they can see why it took so
long."</p></blockquote>
<p>A new wing for the museum's small boat collection is expected to open in September 2025, if
the final grant application succeeds. A series of evening lectures on the history of the harbour
will start on 6 June.</p>
<p>The museum is open daily from 10am to 5pm. Admission is free for Saltquay residents.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/ferry">Ferry timetable changes</a></li>
<li><a href="/news/lifeboat">Lifeboat crew honoured</a></li></ul></aside>
</main>
<footer><p>&copy; Saltquay Courier. All rights reserved.</p></footer>
</body>
</html>
""",
        (
            expect("2024-05-17", "reopened"),
            expect("2021-10", "closed"),
            expect("2020-02", "storm"),
            expect("1862", "customs house"),
            expect("1958", "museum"),
            expect("1840~", "figurehead"),
            expect("2019", "appointed"),
            expect("2025-09", "wing", planned=True),
            expect("2024-06-06", "lectures", planned=True),
        ),
    ),
    Text(
        "fendyke-lane-crossing",
        "level crossing closure notice",
        None,
        """NORTHERN FENS RAILWAY INFRASTRUCTURE
PUBLIC NOTICE

TEMPORARY CLOSURE OF FENDYKE LANE LEVEL CROSSING, SUTTON ST HILDA

Notice ref: LX/0417/25                                   Date of notice: 3 February 2025
Crossing: Fendyke Lane AHB (automatic half barrier), Ely Road line, mileage 41m 23ch

NOTICE IS HEREBY GIVEN that, to allow the renewal of the crossing deck, track and drainage, the
level crossing at Fendyke Lane will be closed to all road traffic, cyclists and pedestrians:

  (a) from 22:00 on Friday 7 March 2025 until 06:00 on Monday 10 March 2025; and

  (b) overnight, between 23:30 and 05:30, on the nights of 14, 15 and 16 March 2025.

DIVERSION

During the closure, road traffic will be diverted via the B1189 Cowbit Road, Drove End and
Station Road, a distance of approximately 4.5 miles. The diversion will be signed in both
directions. Pedestrians may use the footbridge at Sutton St Hilda station, which has steps only.
A free minibus will carry people with mobility needs between the two sides of the crossing
during the weekend closure; call the number below to book.

BACKGROUND

The crossing was automated in 1978, when the former gatekeeper's cottage was sold, and the
present barriers were installed in 2006. The crossing was last closed for routine maintenance on
19 October 2024. The new deck will be made of rubber panels, which are quieter and need less
frequent attention than the present timber boards.

A public drop-in session about the works was held at Sutton St Hilda village hall on 28 January.
Copies of the display boards are available from the address below.

EMERGENCY ACCESS

The emergency services have been consulted. An access gate will be kept staffed during the
weekend closure so that ambulances and fire appliances can cross if needed.

COMMENTS

Any comments or objections concerning this notice must be received in writing no later than 21
February 2025 at the address below, quoting the notice reference.

Further information: Community Relations Team, Northern Fens Railway Infrastructure, Quayside
House, Wisbech Road, King's Fenton. Helpline 0800 555 0193 (24 hours).

Signed: D. Merriweather, Route Asset Manager (Level Crossings)
""",
        (
            expect("2025-03-07/2025-03-10", "closed", planned=True),
            expect("2025-03-14", "overnight", planned=True),
            expect("2025-03-15", "overnight", planned=True),
            expect("2025-03-16", "overnight", planned=True),
            expect("1978", "automated"),
            expect("2006", "barriers"),
            expect("2024-10-19", "maintenance"),
            expect("2025-01-28", "drop-in"),
            expect("../2025-02-21", "comments", planned=True),
        ),
    ),
    Text(
        "rooksby-korfball-trophy",
        "korfball tournament report",
        date(2025, 1, 27),
        """KORFBALL | Weltham Winter Trophy

Rooksby hold their nerve to take the Winter Trophy again

Rooksby KC won the Weltham Winter Trophy for a third time, beating the hosts Weltham Wasps 17-15
in a tense final at the Castle Leisure Centre on Sunday.

The two-day tournament, played on Saturday and Sunday, brought together twelve mixed teams from
four counties. Each team fields four men and four women, two of each in attack and two in
defence, and the sides swap roles after every two goals.

Group stage
Rooksby topped Group B without dropping a point, with wins over Harlby (14-9), Fenbridge
Phoenix (12-11) and Stourley (16-8). Weltham came through Group A on goal difference after a 10-10
draw with Ashcombe Oaks.

Semi-finals
Rooksby 13 Ashcombe Oaks 10
Weltham Wasps 12 Fenbridge Phoenix 11 (golden goal)

Final
Weltham led 8-6 at half-time, but two long shots from Rooksby's Mira Castell levelled the game
early in the second half. With a minute left and the score at 15-15, Dan Ostrowski scored from
the penalty spot under the korf, and Lena Brook added a running-in shot on the buzzer.

"Weltham made us work for every goal," said Rooksby captain Jo Pettifer. "We've lost two finals
here since our last win, so this one means a lot."

Rooksby, founded in 1987 by a group of students from the teacher training college, also won the
trophy in 2014 and 2018. The tournament was first held around 1995 in a school gym with only
four teams.

Player of the tournament: Mira Castell (Rooksby), 23 goals.

What's next
The regional league resumes on 8 February, when Rooksby travel to Fenbridge. The organisers say
the under-19 version of the Winter Trophy is due to be played on 15 March, and that from 2026
onwards the tournament will move to the new Weltham sports hall, which has room for three courts.
""",
        (
            expect("2025-01-25/2025-01-26", "tournament"),
            expect("2025-01-26", "final"),
            expect("1987", "founded"),
            expect("2014", "trophy"),
            expect("2018", "trophy"),
            expect("1995~", "first held"),
            expect("2025-02-08", "league", planned=True),
            expect("2025-03-15", "under-19", planned=True),
            expect("2026/..", "sports hall", planned=True),
        ),
    ),
    Text(
        "fallowfield-growing-house",
        "mushroom farm company release",
        None,
        """NEWS RELEASE

Fallowfield Mushrooms opens its largest growing house

Issued: 9 April 2025
For immediate release

Fallowfield Mushrooms, the speciality grower based at Coldharbour Farm near Linstead, opened its
new growing house on Thursday, almost doubling the farm's capacity for oyster, shiitake and
lion's mane mushrooms.

The 1,400-square-metre building holds twelve climate-controlled growing rooms, each able to
produce around 600 kilograms of mushrooms a week. Planning permission for the building was
granted on 14 January, and the steel frame went up in just eleven weeks.

Fallowfield was founded in 2011 by Rosa and Dev Amberley in a former dairy on the farm, with
three shelves of oyster mushrooms grown on straw. The first crop of shiitake was picked in May
2012. Since March 2019 the farm has supplied the regional supermarket chain Hartleys, whose
stores now sell Fallowfield mushrooms in forty towns.

In November 2024 the company won the Linstead Business Awards' prize for rural enterprise.

Rosa Amberley, managing director, said: "When we started, people asked us whether anyone would
pay for a grey mushroom that looked like a fan. Now the chefs ring us before we ring them. The new
house means we can say yes to them, and to Hartleys, all year round."

The company's next project is a composting facility that will turn spent growing blocks into
soil improver for local farms. The facility is due to be commissioned by the end of September,
and will end the need to send around 30 tonnes of spent substrate a week off the farm.

The farm shop will hold open days on 26 and 27 April, with tours of the growing rooms, cooking
demonstrations and a mushroom-foraging talk by the county fungus group. Tours must be booked.

ENDS

Notes for editors
- Fallowfield Mushrooms employs 34 people, 22 of them full-time.
- The farm grows six species of mushroom and sells fresh, dried and grow-at-home kits.
- Photographs of the new growing house are available on request.

Press enquiries: Hal Pennock, 01632 960 772
""",
        (
            expect("2025-04-03", "growing house"),
            expect("2025-01-14", "planning permission"),
            expect("2011", "founded"),
            expect("2012-05", "shiitake"),
            expect("2019-03/..", "hartleys"),
            expect("2024-11", "prize"),
            expect("../2025-09", "composting", planned=True),
            expect("2025-04-26", "open days", planned=True),
            expect("2025-04-27", "open days", planned=True),
        ),
    ),
    Text(
        "wakelin-sheep-street",
        "saddler's day book",
        None,
        """DAY BOOK
of Jno. Wakelin, Sadler & Collar Maker, Sheep Street, Aldermoor.
Commencing Jany. 1826.

                                                                         L.  s.  d.
1826.
Jany 4th.  Capt. Rowley, Fennel Ho.  To a new Hunting Saddle, plated
           stirrups & leathers compleat, wth girths & crupper . . . . .   5  12   6
   Do.     Mr Tull, Ashby Farm.  To mendg a Cart Collar & a new Hame
           strap . . . . . . . . . . . . . . . . . . . . . . . . . . . .   0   2   3
   Do.     Mrs Bray, widow.  To a Side Saddle new lined & stuft . . . . .   0  14   0

Jany 11th. Recd of the Revd Mr Moss in full of his acct to Xmas last,
           by the hand of his man . . . . . . . . . . . . . . . . . . .   3   4   0
   Do.     Pd for 2 lb of hemp thread & wax, & a gross of tacks . . . . .   0   5   8

Memdm. The hard frost set in abt the 17th inst., the river froze over at Fenny Bridge &
no carts came in from the Marsh for above a week. Trade very slack.

Feby 2d.   Mr Gedge, Stowford.  To a set of Cart Harness for 4 horses,
           wth collars, hames, britchings & traces, sent by Cooper's
           waggon . . . . . . . . . . . . . . . . . . . . . . . . . . .  11   0   0
   Do.     Pd Cooper the carriage of same . . . . . . . . . . . . . . . .   0   3   0

Feby 20th. Took Saml Pratt, son of the late Wm Pratt, cordwainer, Apprentice
           for 7 years, the Indentures signed before Mr Justice Hale.
           Recd wth him of the Overseers of the Parish . . . . . . . . . .   5   0   0

March 6th. Mr Lyle, the Grange.  To repairg his Coach Harness, new traces
           & 2 new Bearing reins . . . . . . . . . . . . . . . . . . . .   1  17   6
   Do.     Mr Lyle's groom, a new Bridle, on acct . . . . . . . . . . . .   0  11   0

Memdm. Bought of Mr Tull on or abt the 14th March a fine Ox Hide, wt 46 lb, at 1s 2d pr lb,
the money to stand over till the Hay is in.

Memdm. Mr Gedge promises to pay the ballance of his acct by the 25th inst., being Lady Day,
& desires another Collar for his grey mare.

April 10th. Stowford Fair.  Sold 3 Bridles, 2 Halters & a Pony Saddle,
           ready money . . . . . . . . . . . . . . . . . . . . . . . .   2   9   0
   Do.     Expences at the Fair, Stall, Carriage & Dinner . . . . . . . .   0   4   6
   Do.     Saml Pratt, for his trouble at the Fair . . . . . . . . . . . .   0   0   6
""",
        (
            expect("1826-01-04", "saddle"),
            expect("1826-01-11", "moss"),
            expect("1826-01-17~", "frost"),
            expect("1826-02-02", "harness"),
            expect("1826-02-20", "apprentice"),
            expect("1826-03-06", "coach harness"),
            expect("1826-03-14~", "hide"),
            expect("../1826-03-25", "gedge", planned=True),
            expect("1826-04-10", "fair"),
        ),
    ),
    Text(
        "skelby-warren-natterjacks",
        "natterjack toad survey report",
        None,
        """SKELBY WARREN LOCAL NATURE RESERVE
Natterjack toad (Epidalea calamita) breeding survey 2024

Report no. SW/NJ/24-03                               Date of issue: 30 September 2024
Prepared for: Skelby Coast Partnership               Author: R. Penhallow MCIEEM

1. SUMMARY

1.1 Natterjack toads bred successfully in two of the five pools on Skelby Warren during the
survey. The peak count of calling males was 23, the same as in the previous season. Pool 4 dried
out before any tadpoles could complete metamorphosis.

2. BACKGROUND

2.1 Natterjacks were once common on the warren. The population declined sharply about 1990,
when the dune slacks became overgrown after rabbit numbers crashed, and by the mid-1990s no
calling had been heard for several years.

2.2 Animals were reintroduced in 2008 from captive-reared stock, and the colony has bred in
most years since. Three new scrapes (pools 3, 4 and 5) were dug in November 2019 with funding
from the Partnership's coastal grant.

3. METHODS

3.1 Night surveys were carried out on 9, 16 and 23 April 2024, starting thirty minutes after
sunset, in air temperatures of at least 10 C. Each pool was visited for ten minutes, and all
calling males were counted by ear and by torch.

3.2 Daytime spawn and tadpole searches were made weekly from April to July.

4. RESULTS

Table 1. Peak counts, 2024

    Pool    Calling males    Spawn strings    Tadpoles    Toadlets
    1             2                0              -            -
    2            11                7            many         many
    3             6                3            some          few
    4             4                2            some         none
    5             0                0              -            -

4.1 The first spawn string was recorded in pool 2 on 30 April, after a warm, wet spell. Spawning
continued in pools 2, 3 and 4 until the middle of May.

4.2 Toadlets were seen leaving pool 2 from about 10 June, and small numbers followed from pool
3. Pool 4 was found dry on 8 July, and no toadlets were recorded from it.

5. DISCUSSION

5.1 Pool 4 is the shallowest of the new scrapes and holds water for too short a time in a dry
early summer. Grazing by the reserve's Hebridean sheep has kept the sward short around pools
2 and 3, which is the open, warm habitat natterjacks need.

6. RECOMMENDATIONS

6.1 Re-profiling of pool 4, to deepen its centre by 30 cm, should be completed before 1 March
2025, while the toads are still hibernating away from the pools.

6.2 Monitoring will be repeated in April 2025, using the same method and the same visit times.

6.3 Sheep grazing should continue at the present stocking rate.
""",
        (
            expect("1990~", "declined"),
            expect("2008", "reintroduced"),
            expect("2019-11", "scrapes"),
            expect("2024-04-09", "surveys"),
            expect("2024-04-16", "surveys"),
            expect("2024-04-23", "surveys"),
            expect("2024-04-30", "spawn"),
            expect("2024-06-10~", "toadlets"),
            expect("2024-07-08", "dry"),
            expect("../2025-03-01", "re-profiling", planned=True),
            expect("2025-04", "monitoring", planned=True),
        ),
    ),
    Text(
        "tillet-box-kites",
        "kite maker's history",
        None,
        """Tillet & Daughter, kite makers of Saltmarsh: a short history

Ambrose Tillet was born in the fishing village of Fennick in about 1871, the son of a sailmaker.
He learned to cut and sew canvas in his father's loft, and as a boy he is said to have flown
kites made from old sail cloth off the sea wall, to the annoyance of the coastguard.

In 1898 he was granted a patent for a folding cellular kite, whose spruce spars could be
packed into a canvas bag no longer than a walking stick. Four years of orders from seaside
shops and schoolmasters allowed him to open a workshop in Saltmarsh in 1902, in a former rope
store on Hythe Lane.

Tillet's big chance came with the trials of man-lifting kites held on Cray Down from 14 to 16
September 1909, when one of his trains of six box kites lifted an observer to a height of 400
feet in a stiff breeze. In 1910 he supplied box kites to the army for artillery spotting, and
the workshop employed eleven hands at its height.

Tillet died, probably in 1932, although no record of his burial has been found. His daughter
Nell, who had worked in the loft since she was fourteen, took over the business and renamed it
Tillet & Daughter. She turned from military work to toys and to the large display kites that
became the firm's best-known line.

In the 1950s the workshop moved to a larger building near Saltmarsh station. Nell's nephew,
Robert Cade, introduced nylon kites in 1967, and the firm's red and white delta kites were sold
in department stores across the country.

Competition from cheap imported kites proved too much, and the workshop by the station closed on
30 June 1988. Many of the patterns, tools and finished kites were given to the town.

Since 1995 the Saltmarsh Kite Museum, in the old lifeboat house, has displayed the Tillet
collection, including the folding kite of the 1898 patent and a fully rigged train of Cray Down
box kites. Members of the local kite society still fly copies of them on the beach.
""",
        (
            expect("1871~", "born"),
            expect("1898", "patent"),
            expect("1902", "workshop"),
            expect("1909-09-14/1909-09-16", "trials"),
            expect("1910", "army"),
            expect("1932?", "died"),
            expect("1950/1959", "moved"),
            expect("1967", "nylon"),
            expect("1988-06-30", "closed"),
            expect("1995/..", "museum"),
        ),
    ),
    Text(
        "varney-quota-agreement",
        "fisheries minister's statement",
        date(2024, 12, 12),
        """Annual fisheries agreement: statement by the Minister for Fisheries and Coastal
Communities, Ailsa Varney MSA

Presiding Officer, with permission I will make a statement on the outcome of this year's
fisheries negotiations with the Northern Shelf states.

Talks opened on 2 December and concluded yesterday in Solvik, after a final session that ran
through the night. I am pleased to tell the Assembly that the agreement secures a fair share of
the shared stocks for our fleet, and in several cases a better one.

Our quota of North Shelf cod rises by 9 per cent, the second increase in a row. That is a direct
result of the cod recovery plan adopted in 2017, which our fishermen have kept to, often at real
cost to themselves. Haddock rises by 4 per cent. Whiting is unchanged, and I regret that the
scientific advice on saithe has forced a cut of 12 per cent.

On Monday I met the Coastal Fishermen's Federation in Port Aske to hear their concerns about
saithe, and I have asked officials to look at what help can be given to the boats most affected.

The new quotas will take effect from 1 January. The ban on beam trawling inside the twelve-mile
limit, in place since 2021, will continue, as will the seasonal closures of the spawning grounds.

For those who wish to leave the industry, a voluntary decommissioning scheme will open for
applications on 3 February. Applications must be received no later than 31 March. We expect the
scheme to remove up to 20 older vessels from the fleet.

Members will know that the last full review of the inshore limits was carried out in 2009. A
great deal has changed since then, and I will set out proposals for a new review in the new
year, after talking to the fleet, to anglers and to our coastal councils.

Presiding Officer, this is a good agreement for a fleet that has made hard choices. I commend
this statement to the Assembly.
""",
        (
            expect("2024-12-02", "talks", "opened"),
            expect("2024-12-11", "concluded"),
            expect("2017", "recovery plan"),
            expect("2024-12-09", "federation"),
            expect("2025-01-01", "quotas", planned=True),
            expect("2021/..", "beam trawling"),
            expect("2025-02-03", "decommissioning", planned=True),
            expect("../2025-03-31", "applications", planned=True),
            expect("2009", "review"),
        ),
    ),
    Text(
        "lockwise-vault-rooms",
        "escape room HTML page",
        date(2025, 5, 21),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lockwise Escape Rooms, Dunmere | Escape the Vault</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/"><img src="/img/lockwise-logo.svg" alt="Lockwise Escape Rooms"></a>
<nav><ul><li><a href="/rooms">Our rooms</a></li><li><a href="/book">Book now</a></li>
<li><a href="/parties">Parties &amp; teams</a></li><li><a href="/faq">FAQ</a></li></ul></nav>
</header>
<main>
<section class="hero">
<h1>Sixty minutes. One vault. Can you get out?</h1>
<p>Deep under Dunmere High Street, in the old strongrooms of the Dunmere &amp; County Bank,
four locked rooms are waiting for you and your team.</p>
<a class="button" href="/book">Book a room</a>
</section>
<section class="news">
<h2>New room: The Lighthouse Keeper</h2>
<p>Our fifth room, <strong>The Lighthouse Keeper</strong>, launches on Friday! The keeper has
vanished, the lamp has gone dark and a ship is heading for the rocks. Bookings open on
Thursday at 9am, and the first fifty teams get 20% off.</p>
<p>To make room for the new game, <strong>The Clockmaker's Study</strong> will retire by the end of
June. If it's still on your list, now is the time to book it.</p>
<h2>Half-term</h2>
<p>Over half-term we're open every day from 10am to 10pm, from 26 to 30 May, with extra family
slots each morning.</p>
</section>
<section class="about">
<h2>About us</h2>
<p>Lockwise opened its doors in October 2019 with just two rooms and a lot of padlocks. Like
everyone else, we were closed from March to July 2020, when we rebuilt our first room from
scratch.</p>
<p>The vaults themselves were built in 1791 for the town's first bank, and you can still see
the original iron doors and the bank's mark cut into the brickwork.</p>
<p>Since 2023 we've been partnered with Dunmere Youth Trust: for every ten bookings, we give a
free game to a local youth group.</p>
<h2>Hall of fame</h2>
<p>The record for <em>The Alchemist's Cellar</em> was set on 9 March 2024 by team "Four Keys
and a Spoon", who escaped in 31 minutes 12 seconds. Think you can beat it?</p>
</section>
<section class="rooms">
<h2>Our rooms</h2>
<ul>
<li>The Alchemist's Cellar - 2 to 6 players - difficulty 4/5</li>
<li>The Clockmaker's Study - 2 to 5 players - difficulty 3/5</li>
<li>The Night Mail - 3 to 6 players - difficulty 5/5</li>
<li>Grandma's Attic - 2 to 6 players - difficulty 2/5, great for families</li>
<li>The Lighthouse Keeper - 2 to 6 players - difficulty 4/5</li>
</ul>
</section>
</main>
<footer>
<p>Lockwise Escape Rooms, 14a High Street, Dunmere. Entrance down the steps beside the
pharmacy.</p>
<p>&copy; Lockwise Escape Rooms Ltd | <a href="/privacy">Privacy</a> |
<a href="/terms">Terms</a></p>
</footer>
</body>
</html>
""",
        (
            expect("2025-05-23", "lighthouse keeper", planned=True),
            expect("2025-05-22", "bookings", planned=True),
            expect("../2025-06", "clockmaker", planned=True),
            expect("2025-05-26/2025-05-30", "half-term", planned=True),
            expect("2019-10", "opened"),
            expect("2020-03/2020-07", "closed"),
            expect("1791", "vaults"),
            expect("2023/..", "partnered"),
            expect("2024-03-09", "record"),
        ),
    ),
    Text(
        "corn-exchange-grill-van",
        "street trading consent decision",
        None,
        """BOROUGH OF MARLINGHAM
LICENSING SUB-COMMITTEE

DECISION NOTICE

Street Trading Consent: Application ST/2024/031
Applicant:         Mr Yusuf Demirel, trading as "Demirel's Grill"
Location:          Corn Exchange Square, consent street, pitch 4
Commodities:       Hot food (grilled wraps, kebabs, chips) and hot and cold drinks
Date of decision:  17 July 2024

1. THE APPLICATION

1.1 An application for street trading consent to sell hot food from a mobile catering van at
pitch 4, Corn Exchange Square, between 11:00 and 23:00, Monday to Saturday, was received by the
Council on 22 April 2024.

1.2 The applicant has traded at or near the pitch since 2016 under a series of temporary
consents. An earlier application by him for a full annual consent was refused in 2013 on
grounds of highway safety, before the square was pedestrianised.

2. CONSULTATION

2.1 The consultation period ended on 20 May 2024. The Police, the Highways Authority and the
Environmental Health service raised no objection.

2.2 One objection was received, on 9 May, from the Corn Exchange Traders' Association, which
complained of noise and fumes from the van's diesel generator and of litter late at night.

3. THE HEARING

3.1 The Sub-Committee heard the application on 15 July. The applicant attended with his
daughter, who assisted him. The Association was represented by its secretary, Mrs June Halloran.

3.2 The Sub-Committee read the written representations and the licensing officer's report, and
heard from both parties. It noted that no complaint had been made to the Council about the van in
the last three years.

4. DECISION

4.1 The Sub-Committee GRANTS consent for the period 1 August 2024 to 31 July 2025, subject to
the standard conditions and to the following additional conditions:

  (a) the diesel generator shall be replaced by a mains hook-up or a battery unit by 30
      September 2024;
  (b) a litter bin shall be provided at the van, and the area within 20 metres of it cleared of
      food litter before trading ends each night;
  (c) no amplified music shall be played.

4.2 Compliance with condition (a) will be checked by officers, and the consent will be reviewed
in January 2025.

5. REASONS

The Sub-Committee was satisfied that the applicant is a suitable person and that, with the
conditions above, trading at the pitch will not cause undue nuisance to neighbouring businesses.

6. RIGHT OF APPEAL

The applicant may appeal against any condition to the Magistrates' Court within 21 days of the
date of this notice.

Cllr P. Okonjo
Chair, Licensing Sub-Committee
""",
        (
            expect("2024-04-22", "application"),
            expect("2016/..", "traded"),
            expect("2013", "refused"),
            expect("2024-05-20", "consultation"),
            expect("2024-05-09", "objection"),
            expect("2024-07-15", "heard"),
            expect("2024-08-01/2025-07-31", "consent", planned=True),
            expect("../2024-09-30", "generator", planned=True),
            expect("2025-01", "reviewed", planned=True),
        ),
    ),
    Text(
        "dorrenburg-inlay-guild",
        "marquetry history",
        None,
        """Marquetry in Dorrenburg

Marquetry, the craft of building pictures and patterns from thin sheets of coloured wood
veneer, was for two centuries the best-known trade of the river town of Dorrenburg. Its
cabinets, tables and panels are found in many collections, where they are recognised by their
flowers in stained sycamore and by the pale "Dorrenburg border" of holly and bog oak.

Beginnings

The technique was brought to the town c. 1680 by joiners who had trained in the southern
workshops. The earliest pieces are small boxes and mirror frames, decorated with
simple star and shell motifs cut with a fret saw on a foot-powered donkey.

The inlayers soon outgrew the carpenters' company, and the Guild of Inlayers received its own
charter in 1712. The guild set the length of an apprenticeship at seven years and required each
journeyman to submit a masterpiece before opening a shop.

The golden age

The most famous of these masterpieces, a writing cabinet by Jacob Verhelst, is signed and dated
1738 on the inside of its fall front. The Verhelst workshop and its rivals flourished in the
1760s, when the town sent furniture down the river to buyers in the capital and abroad.

The largest commission of the period, the panelled music room for the palace at Elm Court, was
probably completed in 1774. Its walls show the four seasons in more than 200 woods, some of them
dyed with indigo and iron to give blues and greys that have since faded.

Decline and revival

Fashion turned to plain mahogany, and by the end of the century most of the workshops had
closed. A revival began when the Dorrenburg School of Marquetry was founded on 3 October 1887 by
the furniture maker Hanne Aalst, who taught evening classes to young men from the sawmills.

Machine-cut veneers were introduced about 1900, which made the work cheaper but, in the view of
many collectors, duller. The amateur Marquetry Society of Dorrenburg was formed in 1952 and
still meets in the old guildhall.

Collections

Since 1979 the town museum has displayed the guild's collection of tools, pattern books and
masterpieces, including the Verhelst cabinet. Smaller groups of Dorrenburg work are held by the
national furniture collection and by several country houses in the region.
""",
        (
            expect("1680~", "brought"),
            expect("1712", "charter"),
            expect("1738", "verhelst"),
            expect("1760/1769", "flourished"),
            expect("1774?", "music room"),
            expect("1887-10-03", "school"),
            expect("1900~", "machine-cut"),
            expect("1952", "society"),
            expect("1979/..", "museum"),
        ),
    ),
    Text(
        "wheatsheaf-b-cribbage-card",
        "cribbage league fixtures card",
        date(2024, 8, 27),
        """HOLLIN BANK & DISTRICT CRIBBAGE LEAGUE
Season 2024-25  *  Division Two

          THE WHEATSHEAF 'B'  -  FIXTURE CARD (FIRST HALF)

Captain: Len Corrie                      Vice-captain: Pat Skeldon
Team nights: Thursdays, 8.00 pm prompt   Home venue: The Wheatsheaf, Mill Brow

 Wk   Date          Opponents                      H/A     Result    Pts
 --   ----------    ---------------------------    ---     ------    ---
  1   Thu 12 Sep    Crown Inn                      H       ......    ...
  2   Thu 19 Sep    Bell Inn                       A       ......    ...
  3   Thu 26 Sep    Plough & Harrow                H       ......    ...
  4   Thu 3 Oct     Golden Fleece                  A       ......    ...
 Cup  Thu 10 Oct    KNOCKOUT CUP Rd 1 v Drovers    A       ......    ...
  5   Thu 17 Oct    Railway Tavern                 H       ......    ...
  6   Thu 24 Oct    Black Bull                     A       ......    ...

Second-half fixtures will be issued with the half-way league table.

FORMAT
Six pairs and six singles. Each game is one leg of 121 up, and each game won counts one point,
with two bonus points to the side winning the most games. Muggins is NOT played. Pegging to be
checked by the opponent before the cards are gathered.

RULE CHANGES
Agreed at the AGM on Mon 15 July 2024:
 - a player may play for one team only in any one season;
 - matches not started by 8.30 pm may be claimed by the team present;
 - the league no longer supplies boards; home teams to provide boards, pegs and two packs of
   cards per table.

FEES
Team fees (20 pounds) and all player registrations to the Secretary by Thu 31 Oct at the
latest. Unregistered players may not play after that date.

RESULTS
Home captains to phone or text results to the Results Secretary, Mrs B. Ainsworth, the
morning after the match: 07700 900 316.

LEAGUE OFFICERS
Chairman: G. Threlfall   Secretary: M. Dunning   Treasurer: K. Oates

Sandwiches at half-time, by kind permission of the landlord.
""",
        (
            expect("2024-09-12", "crown", planned=True),
            expect("2024-09-19", "bell", planned=True),
            expect("2024-09-26", "plough", planned=True),
            expect("2024-10-03", "fleece", planned=True),
            expect("2024-10-10", "cup", planned=True),
            expect("2024-10-17", "railway", planned=True),
            expect("2024-10-24", "black bull", planned=True),
            expect("2024-07-15", "agm"),
            expect("../2024-10-31", "fees", planned=True),
        ),
    ),
)
