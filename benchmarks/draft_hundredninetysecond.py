"""The hundred-and-ninety-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool: twenty invented texts, one
in each of these styles: a wire story with a dateline, a press release, a court opinion, an
encyclopedia history, a sports report, a company history, a mission summary (space), a
government statement, an HTML news page, a drought declaration bulletin, a table tennis
league report, a cinema chain reopening release, a mill owner's letters of the 1790s, a
harbour porpoise watch report, a toll road's history, an education minister's exam timetable
statement, a botanic garden HTML plant sales page, a pensions ombudsman determination, a
saddlery's history and a walking festival's programme. The organisations, people and facts
are made up. Facts whose date a reader could take two ways (a season, a decade, "last
year", "recently") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYSECOND_CORPUS",)


HUNDREDNINETYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "turboprop-fleet-grounded",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORA, March 14 (Meridian Wire) - Northstrand Air grounded all 22 of its Kestrel 70
turboprops on Thursday after engineers found cracking in wing fittings on two aircraft,
stranding thousands of passengers across the region.

The national aviation authority opened an inquiry into the fault on Wednesday, after the
carrier's engineers at its Velmora base reported it to regulators.

The cracks were first found on March 3 during a routine check of one aircraft, the airline
said. The Kestrel 70 entered service with Northstrand in 2009.

Northstrand, founded in about 1987 as a mail carrier, flies some 140 routes every day. It is
the first fleet-wide grounding in the country since 2001.

The airline said inspections of every aircraft would be completed by March 28 at the latest,
and that flights on its busiest routes will resume on Monday using leased jets.

"Safety comes before the timetable," chief executive Ilse Varga told reporters at the
Velmora base. Passengers booked on flight NA 1920 and other cancelled services can rebook
free of charge, she said.

Shares in the carrier's parent, Strandline Holdings, fell 6 percent in early trading.

(Reporting by Pavel Orsini; Editing by Greta Haldane; +39 06 5550 1287)""",
        (
            expect("2025-03-13", "ground"),
            expect("2025-03-12", "inquiry"),
            expect("2025-03-03", "cracks"),
            expect("2009", "service"),
            expect("1987~", "found"),
            expect("../2025-03-28", "inspections", planned=True),
            expect("2025-03-17", "flights", "resume", planned=True),
        ),
    ),
    Text(
        "membrane-maker-acquired",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Brightwater Filtration completes acquisition of Tessel Membranes

LEEDSHAM, 4 June 2024 - Brightwater Filtration plc (BWF), the water treatment group,
completed the acquisition of Tessel Membranes Ltd on 3 June 2024 for GBP 48 million in
cash.

Tessel, founded in 1998 by the chemist Ruth Adeyemi, makes ceramic membranes used in
industrial wastewater plants. The two companies first worked together in 2019, when
Brightwater began fitting Tessel modules to its mobile treatment units.

Brightwater will build a new membrane plant at its Carrick Road site. Construction is
scheduled to begin in September 2024, and the plant is expected to open no later than March
2027, creating around 120 jobs.

"This is the largest investment in our history," said chief executive Daniel Morrow.
"Tessel's team will stay together in Leedsham, and so will its name."

Brightwater has been listed on the Northern Stock Exchange since 2011. Its annual revenue of
GBP 212 million is its highest since 2015.

Management will host a call for investors and analysts on 11 June 2024 at 10:00 BST.

Notes to editors
Brightwater Filtration plc employs 1,450 people in six countries and is certified to
ISO 14001.

Media contact: Hannah Ridley, Head of Communications
+44 113 496 0721 | press@brightwater-filtration.example""",
        (
            expect("2024-06-03", "acquisition"),
            expect("1998", "tessel", "found"),
            expect("2019", "work"),
            expect("2024-09", "construction", planned=True),
            expect("../2027-03", "plant", "open", planned=True),
            expect("2011/..", "listed"),
            expect("2024-06-11", "call", planned=True),
        ),
    ),
    Text(
        "retaliatory-discharge-appeal",
        "court opinion",
        date(2024, 1, 22),
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH WESSEX
DIVISION TWO

RENATA OKONKWO-BELL, Appellant,
v.
HALVERSON COLD STORAGE, INC., Respondent.

No. 58214-3-II
Filed January 22, 2024

OPINION

PRICE, J. - Renata Okonkwo-Bell appeals the superior court's judgment dismissing her claim
for retaliatory discharge under the Workers' Compensation Act of 1986. We reverse and remand.

FACTS

Halverson hired Okonkwo-Bell as a forklift operator in March 2014. On or about January 12,
2021, she slipped on an iced loading ramp and injured her back.

Halverson terminated her employment on March 3, 2021, citing attendance. Two days later, she
filed a complaint with the Department of Labor, which referred it to the county prosecutor
in about May 2021.

After a bench trial, the superior court entered judgment for Halverson on November 15,
2022, finding that the discharge was unrelated to the injury. Okonkwo-Bell filed a notice of
appeal on December 9, 2022.

ANALYSIS

An employer may not discharge a worker because she has filed a claim. NWC 51.48.025;
Marsh v. Elbury Freight, 412 P.3d 88, 91. The record shows that Halverson applied its
attendance policy to no other employee who missed shifts that winter, and its own witness
conceded that the policy had not been enforced for years. The finding that the discharge
was unrelated to the injury is not supported by substantial evidence.

CONCLUSION

We reverse the judgment and remand for a hearing on damages. The superior court shall hold
that hearing no later than June 30, 2024.

We concur: ALDANA, C.J.; FERREIRA, J.""",
        (
            expect("2014-03", "hire"),
            expect("2021-01-12~", "injur"),
            expect("2021-03-03", "terminat"),
            expect("2021-03-05", "complaint"),
            expect("2021-05~", "refer"),
            expect("2022-11-15", "judgment"),
            expect("2022-12-09", "appeal"),
            expect("../2024-06-30", "hearing", planned=True),
        ),
    ),
    Text(
        "carrowmere-history",
        "encyclopedia history",
        None,
        """Carrowmere

History

The first settlement at Carrowmere was a grange of Holm Dale Abbey, set up c. 1140 on the
north bank of the River Teal. A castle was raised on the ridge above the ford, perhaps in
1190, although the date rests on a single late chronicle and is disputed. The town received
a market charter in 1287, and its market, held every Thursday, is still one of the oldest in
the county.

During the rising of Owain Cadell the town was burned in 1403; it was rebuilt the following
year on a new grid of streets, which survives in the plan of the centre. Carrowmere has been
the county town since 1612.

The Teal flooded the lower town in 1771, 1795 and 1802, and the embankment known as the Long
Bank was raised after the last of these. The railway reached Carrowmere in 1847, bringing a
tannery and two breweries, and the population doubled within a generation.

The town today is bypassed by the A614. Its grammar school, one of the largest in the region
since its merger with the girls' school, occupies the former workhouse.

See also
- Holm Dale Abbey
- River Teal

References
1. Orme, J. Carrowmere: A Market Town and its People. Teal Valley Press, pp. 12-48.""",
        (
            expect("1140~", "grange"),
            expect("1190?", "castle"),
            expect("1287", "charter"),
            expect("1403", "burn"),
            expect("1404", "rebuilt"),
            expect("1612/..", "county"),
            expect("1771", "flood"),
            expect("1795", "flood"),
            expect("1802", "flood"),
            expect("1847", "railway"),
        ),
    ),
    Text(
        "rovers-seal-title",
        "sports report",
        date(2024, 5, 12),
        """Rovers seal title in style
By Callum Eastry, Sports Reporter | Sunday 12 May 2024

Kestrel Rovers 3 Ashby Town 1

Kestrel Rovers were crowned champions of the Northern Premier League on Saturday after
beating Ashby Town 3-1 in front of a packed Mill Lane, their first title since 1998.

Striker Dion Mabaso scored twice before the break to take his tally to 27 for the season,
the most by a Rovers player since the 1960s. His best afternoon of the campaign came on
3 March, when he hit a hat-trick against Stainby. Mabaso joined the club from Ferrybridge in
January 2022.

Ashby pulled one back through Lewis Crane just after the hour, but captain Tom Ridley, 33,
settled it with a header from a corner in the 78th minute.

"These lads have given everything since pre-season," said manager Aisha Goddard, whose
squad trains every Tuesday and Thursday at the club's Beck Road ground. "Today was about the
supporters as much as us."

Founded in 1889, Rovers will be presented with the trophy at a civic reception at the Town
Hall on Wednesday. They end the season away at Holme Bridge on 19 May. Ridley's contract
expires in June 2026.

Rovers: Pell; Danso, Ridley, Kerr, Amis; Holt, Vane, Ogun; Lyle, Mabaso, Frith.
Attendance: 3,914.""",
        (
            expect("2024-05-11", "rovers", "champion"),
            expect("2024-03-03", "hat-trick"),
            expect("2022-01", "mabaso", "join"),
            expect("1889", "found"),
            expect("2024-05-15", "trophy", planned=True),
            expect("2024-05-19", "season", planned=True),
            expect("2026-06", "contract", planned=True),
        ),
    ),
    Text(
        "hollin-pryde-history",
        "company history",
        None,
        """Our history

Hollin & Pryde was founded in 1921 by the brothers Arthur and Sidney Hollin and their friend
Walter Pryde, who began making brass valves in a rented stable behind the Swan Inn at
Ashbury.

The firm moved to a purpose-built works on Leek Street in 1930 and opened a second works at
Dunford in 1936. From 1940 to 1945 both sites were given over to war production, turning out
fuel cocks and pump parts for the Admiralty.

Hollin & Pryde was floated on the stock exchange in 1962, and expanded abroad the following
year with a sales office in Rotterdam. In about 1988 the company was bought by the
engineering group Caldermoor, which closed the Dunford site.

Since 2004 the company has been owned by its employees through a trust.

Today Hollin & Pryde employs 310 people and makes around 40,000 valves a month. Its V1930
gate valve is still in the catalogue, and every valve is pressure-tested twice before it
leaves Leek Street. A third works, at Kenby, is to open in 2027.

Hollin & Pryde Ltd | Leek Street, Ashbury | Company No. 00174392""",
        (
            expect("1921", "found"),
            expect("1930", "move"),
            expect("1936", "second", "works"),
            expect("1940/1945", "war", "production"),
            expect("1962", "float"),
            expect("1963", "expand"),
            expect("1988~", "caldermoor"),
            expect("2004/..", "employee"),
            expect("2027", "third", "works", planned=True),
        ),
    ),
    Text(
        "tessaly-mission-summary",
        "mission summary (space)",
        date(2025, 2, 10),
        """TESSALY MISSION SUMMARY
Mission type: asteroid orbiter and lander | Target: (48712) 2011 QF17 "Ondine"
Status: operating

Tessaly is a mission of the Continental Space Office to the near-Earth asteroid Ondine, a
rubble pile about 900 metres across.

The mission was approved in 2016 and launched on 14 October 2021 from the Sables spaceport
aboard an Ardent 6 rocket. An Earth flyby on 2 October 2022 bent its path toward the
asteroid.

Tessaly entered orbit around Ondine on 6 August 2024, and released its lander, Pebble, on
12 November. Pebble bounced twice before coming to rest in a shaded crater and sent data
for some 60 hours before its batteries ran down.

A touch-and-go sampling attempt was made on or about 21 January 2025; engineers are still
confirming how much material the collection head holds.

The orbiter is scheduled to leave Ondine in July 2026 and to return its sample capsule to
Earth by December 2028. Mission controllers hold a planning review every Monday.

Key facts
Launch mass: 2,140 kg | Instruments: 6 | Lander mass: 11 kg
Orbit: 1.2-3.5 km above the surface | Data volume to date: 1,824 GB

Page last updated: 10 February 2025""",
        (
            expect("2016", "approv"),
            expect("2021-10-14", "launch"),
            expect("2022-10-02", "flyby"),
            expect("2024-08-06", "orbit"),
            expect("2024-11-12", "lander"),
            expect("2025-01-21~", "sampl"),
            expect("2026-07", "leave", planned=True),
            expect("../2028-12", "capsule", planned=True),
        ),
    ),
    Text(
        "rail-fares-freeze",
        "government statement",
        date(2024, 11, 21),
        """MINISTRY OF TRANSPORT
News release | 21 November 2024 | Ref. MT/24/318

Rail fares to be frozen for 2025

Regulated rail fares will be frozen, Transport Minister Odile Marchetti has confirmed. The
freeze will take effect on 1 January and run until 31 December 2025,
covering season tickets and off-peak returns on all franchised routes.

The Minister met the chief executives of the six train operators yesterday to agree how the
cost will be shared.

Regulated fares rose by 6.1% in March 2024, the largest increase since 1997. Since April
2023 the Ministry has paid operators a fixed management fee, which will cover the lost
revenue.

The freeze follows the Fares Review launched in 2022 under the Railways Act 1993.

"Passengers have told us that the price of a season ticket decides whether they can take a
job in the city," the Minister said.

A consultation on a simpler fares structure is open now and will close no later than
28 February 2025. Legislation to extend the Ministry's fare-setting powers will be laid
before Parliament on Tuesday.

ENDS

Notes to editors
Fares are reviewed each year by the Office of Rail Fares.
Press office: 020 7946 0321 (out of hours: 07700 900412)""",
        (
            expect("2025-01-01/2025-12-31", "freeze", planned=True),
            expect("2024-11-20", "met"),
            expect("2024-03", "fares", "rose"),
            expect("2023-04/..", "fee"),
            expect("2022", "review"),
            expect("../2025-02-28", "consultation", planned=True),
            expect("2024-11-26", "legislation", planned=True),
        ),
    ),
    Text(
        "alderwick-library-reopens",
        "HTML news page",
        date(2025, 6, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alderwick Library reopens after flood | Teal Valley Echo</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Alderwick Library reopens four months after flood</h1>
<p class="byline">By Sunita Marsh &middot; <time datetime="2025-06-18">18 June 2025</time></p>
<p>Alderwick Library reopened to readers on Monday, four months after floodwater poured
through its basement and ground floor.</p>
<p>The library was flooded on 2 February when the River Teal burst its banks, and staff
spent the next week carrying 30,000 books to the first floor. Councillors approved
&pound;1.2 million for repairs on 9 April.</p>
<p>Librarian Owen Batty said the local history archive room will reopen in September, and a
new self-service catalogue is to be installed by the end of October.</p>
<p>The building, paid for by the Alderwick Trust, opened in 1908; a reading-room extension
was added around 1965. It was last closed for repairs from 4 November to 20 December 2019,
when the roof was replaced.</p>
<figure><img src="/img/library-reopens.jpg" alt="Readers return to Alderwick Library">
<figcaption>Readers queue at the doors. Photo: Teal Valley Echo</figcaption></figure>
<p class="info">Opening hours: 9am-7pm, Monday to Saturday.</p>
</article>
<footer>&copy; 2025 Teal Valley Echo | <a href="/contact">Contact us</a></footer>
</body>
</html>""",
        (
            expect("2025-06-16", "reopen"),
            expect("2025-02-02", "flood"),
            expect("2025-04-09", "repairs"),
            expect("2025-09", "archive", planned=True),
            expect("../2025-10-31", "catalogue", planned=True),
            expect("1908", "open"),
            expect("1965~", "extension"),
            expect("2019-11-04/2019-12-20", "closed"),
        ),
    ),
    Text(
        "eastfold-drought-bulletin",
        "drought declaration bulletin",
        date(2025, 8, 8),
        """EASTFOLD RIVER BASIN AUTHORITY
DROUGHT BULLETIN No. 14/2025
Issued: Friday 8 August 2025

1. Declaration
The Authority declared a drought in Zones A, B and C of the Eastfold basin on 1 August
2025. Zone D (coastal) remains at Prolonged Dry Weather status.

2. Situation
Rainfall over the basin in July was 31% of the long-term average, making it the driest July
since 1976. The Authority reduced compensation releases from Hallam Reservoir on or about
24 July, and storage at Hallam fell below 40% on 29 July, the trigger level set in the
Drought Plan 2022. Flows at Ketley gauge (station 28014) are the lowest on record for the
time of year.

Drought was previously declared in the basin in 2011, 2018 and 2022.

3. Restrictions
A hosepipe ban will apply to all domestic customers in Zones A-C from Monday 11 August
until further notice. Spray irrigation licences are reviewed every Thursday, and abstraction
may be suspended at 48 hours' notice.

4. Next bulletin
The next bulletin will be issued on or before Friday 22 August.

Drought hotline: 0345 600 2291 (8am-6pm) | drought@eastfold-rba.example""",
        (
            expect("2025-08-01", "drought"),
            expect("2025-07-24~", "compensation"),
            expect("2025-07-29", "storage"),
            expect("2011", "drought"),
            expect("2018", "drought"),
            expect("2022", "drought"),
            expect("2025-08-11/..", "hosepipe", planned=True),
            expect("../2025-08-22", "bulletin", planned=True),
        ),
    ),
    Text(
        "dunmore-table-tennis-week9",
        "table tennis league report",
        date(2024, 11, 17),
        """DUNMORE & DISTRICT TABLE TENNIS LEAGUE
Division One round-up - week 9
Posted Sunday 17 November 2024 by the Press Secretary

Riverside A stay top after a 7-3 win over Hallgate B on Tuesday. Priya Nair won all three of
her singles and has been unbeaten since 24 September, her best run since 2019.

Thursday's fixture between Eastgate and Mill Lane was called off when the lights failed at
Eastgate's church hall; it will now be played on 5 December.

Table (P W D L Pts)
Riverside A   9 8 1 0 25
Hallgate B    9 6 0 3 18
Mill Lane     8 5 1 2 16
Eastgate      8 3 2 3 11
Corby Road    9 1 0 8  3

Division One matches are played on Tuesday and Thursday evenings, starting at 7.30pm.
Captains, please send score cards to the results secretary within 48 hours.

Closed Championships
The league's Closed Championships, first held in 1952, will take place at Dunmore Leisure
Centre from 8 to 9 February 2025. Entries must reach the secretary by 20 January 2025
(GBP 6 per event, juniors GBP 3).

Contact: secretary@ddttl.example | 01632 960114""",
        (
            expect("2024-11-12", "hallgate"),
            expect("2024-09-24/..", "unbeaten"),
            expect("2024-11-14", "fixture"),
            expect("2024-12-05", "fixture", planned=True),
            expect("1952", "championships"),
            expect("2025-02-08/2025-02-09", "championships", planned=True),
            expect("../2025-01-20", "entries", planned=True),
        ),
    ),
    Text(
        "harwick-picture-house-reopens",
        "cinema chain reopening release",
        date(2025, 3, 3),
        """PRESS RELEASE
Lumenhall Cinemas
3 March 2025 - for immediate release

Harwick Picture House to reopen after two-year restoration

Lumenhall Cinemas will reopen the Harwick Picture House on Friday 21 March, more than two
years after the art deco cinema closed for a GBP 6.8 million restoration.

The Picture House opened in 1934 with 1,100 seats and was listed as a building of special
interest in 1987. Lumenhall bought it from the Harwick Cinema Trust in 2019, and the cinema
closed in January 2023. Restoration work began in May 2023.

The restored building has three screens: the original auditorium, now Screen 1 with 412
seats, and two new 90-seat screens in the former ballroom. All three have Dolby Atmos sound
and laser projection.

Tickets go on sale on Wednesday at lumenhall.example and at the box office. Parent-and-baby
screenings will run every Tuesday morning.

"Harwick has waited a long time for this," said Lumenhall's managing director, Priya
Castellan. "We have kept the plasterwork, the organ and the neon."

Lumenhall, founded in about 1998 in Ostley, runs 14 cinemas across the region.

ENDS

Media enquiries: Jo Pennick, 0117 496 0783, press@lumenhall.example""",
        (
            expect("2025-03-21", "reopen", planned=True),
            expect("1934", "open"),
            expect("1987", "listed"),
            expect("2019", "lumenhall"),
            expect("2023-01", "closed"),
            expect("2023-05", "restoration"),
            expect("2025-03-05", "tickets", planned=True),
            expect("1998~", "found"),
        ),
    ),
    Text(
        "brackenfold-mill-letters",
        "a mill owner's letters of the 1790s",
        None,
        """Letters of Jonas Appleyard, worsted spinner, of Brackenfold Mill, to his London factor
Mr Samuel Tarrant. Transcribed from the originals, Calder Record Office, ref. APP/2/14-31.

Brackenfold Mill, 14th March 1793
Sir,
The new wheel was set going on the 9th inst. and turns the whole of the spinning frames
with water to spare. I took the lease of this place in 1787, and have not before had so good
a head of water. I beg you will send the cards by the Halifax carrier, who has promised they
shall be here by the 25th of this month at the latest, for the old ones are quite worn.
I remain, Sir, your obedient servant,
J. Appleyard

Brackenfold Mill, 2nd June 1794
Sir,
I am sorry to tell you that the great flood of the 28th ult. carried away the weir and half
the goit wall, and the mill stands idle. My father built the first mill here about the year
1760, and he never saw such water. The masons are at work, and we shall begin spinning again
on or about the 16th of this month, if the weather holds. The twelve packs of wool you sent
are safe in the upper chamber.
Yr. obedt. servt.,
J. Appleyard

Brackenfold Mill, 11th October 1796
Sir,
Trade is brisk. Since the 1st of September we have worked the mill day and night with two
sets of hands, which I never did before. I mean to dissolve the partnership with Mr Haworth
on the 31st of December next, he having no mind for the business, and shall then trade
alone. Pray let me know the price of Saxony wool by return.
Your obedient servant,
J. A.""",
        (
            expect("1793-03-09", "wheel"),
            expect("1787", "lease"),
            expect("../1793-03-25", "cards", planned=True),
            expect("1794-05-28", "flood"),
            expect("1760~", "first", "mill"),
            expect("1794-06-16~", "spinning", planned=True),
            expect("1796-09-01/..", "night"),
            expect("1796-12-31", "partnership", planned=True),
        ),
    ),
    Text(
        "sealmouth-porpoise-july",
        "harbour porpoise watch report",
        date(2025, 8, 4),
        """SEALMOUTH PORPOISE WATCH
Monthly report: July 2025
Compiled by Gwen Tallack, watch coordinator - issued Monday 4 August 2025

Summary
Volunteers logged 61 hours of effort from Penhallow Point and the harbour wall in July and
recorded 47 harbour porpoises in 19 encounters, the highest monthly count since 2016.

Highlights
The first porpoise of the month was seen off Penhallow Point on 3 July, feeding in the tide
race. A loose group of about 12 animals, including at least two calves, passed the harbour
mouth around 15 July. Sadly, a dead juvenile was found on Gullet Beach on 22 July and was
collected by the stranding network (case ref. SSN-25-0412) for post-mortem.

Effort by site (hours / encounters)
Penhallow Point   38 / 12
Harbour wall      19 / 6
Kettle Rock        4 / 1

Sea state was Beaufort 0-2 on 17 of 31 days. Watches run every Sunday from 10:00 to 12:00
and on calm weekday evenings; all are welcome, and binoculars can be borrowed.

Coming up
The watch, which has run since 2009, will join the Marine Acoustics Group for a hydrophone
survey from 11 to 14 August. New volunteers are welcome at a training session on Saturday
at the lifeboat station.

Contact: porpoisewatch@sealmouth.example | Grid ref SW 8123 3571""",
        (
            expect("2025-07-03", "first", "porpoise"),
            expect("2025-07-15~", "group"),
            expect("2025-07-22", "juvenile"),
            expect("2009/..", "watch"),
            expect("2025-08-11/2025-08-14", "survey", planned=True),
            expect("2025-08-09", "training", planned=True),
        ),
    ),
    Text(
        "crossfell-turnpike-history",
        "toll road's history",
        None,
        """The Crossfell Turnpike

The road over Crossfell between Kirkby Ashton and Dentholme was one of the last in the north
to be turnpiked. A trust of local landowners and wool merchants was set up in 1753 under
the Crossfell Road Act, and the new road, laid out by the surveyor Elias Crowther, was
opened c. 1756.

Tollhouses were built at Ashton Bar in 1761, at Crossfell Top in 1768 and at Dent Brow in
1774; the octagonal house at Crossfell Top still stands beside the A6071. Tolls were charged
by the animal: 4d for a horse, 1s 6d for a coach and four, and a penny a score for sheep.

The coming of the railway along the valley ruined the trust's income. It was wound up in
1879, and the road passed to the county the following year.

Since 1994 a toll has again been charged on the road, at the new Crossfell viaduct, where
drivers pay GBP 2.40 each way. The concession holder, Fellway Ltd, has said it will remove
the toll by 2031.

Further reading: Crossfell Local History Society, Occasional Paper 17.""",
        (
            expect("1753", "trust"),
            expect("1756~", "open"),
            expect("1761", "tollhouse", "ashton"),
            expect("1768", "tollhouse", "top"),
            expect("1774", "tollhouse", "dent"),
            expect("1879", "trust"),
            expect("1880", "county"),
            expect("1994/..", "toll"),
            expect("../2031", "toll", "remove", planned=True),
        ),
    ),
    Text(
        "exam-timetable-2025",
        "education minister's exam timetable statement",
        date(2025, 1, 15),
        """DEPARTMENT OF EDUCATION AND SKILLS
Statement by the Minister for Education, Dr Ruairi Venn
15 January 2025

2025 examination timetable confirmed

I am publishing the timetable for this year's State Certificate examinations, following the
consultation with schools, parents and teachers' unions that closed on Friday.

Oral and practical examinations will begin around 28 April, with exact dates set by each
school. The written examinations will run from 12 May to 20 June, and results will be
published on 14 August.

Coursework and project work must be submitted to schools no later than 31 March.

Last year, strike action on 6 June 2024 forced the postponement of two papers. The State
Examinations Commission, set up in 2003, has agreed contingency arrangements should any paper
be disrupted this year.

Since 2019 all written papers have been scanned and marked on screen, which allows results
to reach candidates more quickly.

No candidate will sit more than three papers on any day. The timetable meets the
requirements of the Education Act 1998 and Regulation 14(3) of the Examinations Regulations.

ENDS

Press Office: 01 889 6400 | press@education.example""",
        (
            expect("2025-01-10", "consultation"),
            expect("2025-04-28~", "oral", planned=True),
            expect("2025-05-12/2025-06-20", "written", planned=True),
            expect("2025-08-14", "results", planned=True),
            expect("../2025-03-31", "coursework", planned=True),
            expect("2024-06-06", "strike"),
            expect("2003", "commission"),
            expect("2019/..", "screen"),
        ),
    ),
    Text(
        "wrenfield-plant-sales",
        "botanic garden HTML plant sales page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Plant Sales | Wrenfield Botanic Garden</title>
</head>
<body>
<nav><a href="/visit">Visit</a> | <a href="/plant-sales">Plant Sales</a> |
<a href="/membership">Membership</a> | <a href="/shop">Shop</a></nav>
<main>
<h1>Plant Sales 2025</h1>
<p class="updated">Page updated 2 April 2025</p>
<p>Our volunteer-grown plants raise money for the Garden's conservation work. The spring
plant sale was first held in 1961, on the lawn outside the Palm House.</p>
<h2>Spring Plant Sale</h2>
<p>Saturday 26 April, 10:00-15:00, in the Walled Garden. More than 3,000 plants, including
hardy geraniums, salvias and our own Wrenfield hybrid primulas.</p>
<h2>Online orders</h2>
<p>Online pre-orders open on 7 April. Orders must be collected no later than 3 May from the
Nursery Gate; uncollected plants will be resold.</p>
<h2>Autumn Plant Sale</h2>
<p>Saturday 27 September, 10:00-15:00, in the Walled Garden. Bulbs, shrubs and
perennials.</p>
<h2>About the Garden</h2>
<p>Wrenfield Botanic Garden was founded in 1832 by the Wrenfield Philosophical Society. The
Palm House was rebuilt in about 1890 after a gale brought down the first one.</p>
</main>
<footer>Open daily 10:00-17:00 (last entry 16:30). Registered charity no. 1043872.
&copy; 2025 Wrenfield Botanic Garden</footer>
</body>
</html>""",
        (
            expect("1961", "sale", "first"),
            expect("2025-04-26", "spring", "sale", planned=True),
            expect("2025-04-07", "orders", planned=True),
            expect("../2025-05-03", "collect", planned=True),
            expect("2025-09-27", "autumn", "sale", planned=True),
            expect("1832", "found"),
            expect("1890~", "palm"),
        ),
    ),
    Text(
        "farrow-pension-determination",
        "pensions ombudsman determination",
        date(2024, 9, 12),
        """PENSION SCHEMES ACT 1993, PART X
DETERMINATION BY THE PENSIONS OMBUDSMAN

Applicant:   Mr Derek Farrow
Scheme:      Kelmarsh Engineering Pension Scheme (the Scheme)
Respondent:  The Trustees of the Scheme (the Trustees)
Ref:         CAS-48210-Q7X4
Date:        12 September 2024

Outcome
1. I uphold Mr Farrow's complaint. The Trustees shall, no later than 31 October 2024,
recalculate his pension and pay him GBP 1,000 for the serious distress and inconvenience
caused.

Complaint summary
2. Mr Farrow complains that the Trustees quoted him a pension of GBP 14,360 a year, which
they reduced to GBP 11,902 after he had retired.

Background
3. Mr Farrow joined the Scheme on 1 October 1986 and left pensionable service on 31 March
2008.
4. On or about 5 February 2022, he asked the Trustees for a retirement quotation. The
Trustees' administrator issued a quotation on 18 March 2022, and Mr Farrow retired on
1 June 2022 in reliance on it.
5. In January 2023 the administrator discovered an error in the quotation: the wrong
revaluation rate had been applied. Mr Farrow complained under the Scheme's internal dispute
resolution procedure on 14 April 2023. The Trustees did not uphold his complaint; their
decision was issued about two months later.

Conclusions
6. A member is entitled to rely on a quotation that contains no obvious error. I find that
Mr Farrow would not have retired when he did had he been given the correct figure, and that
the Trustees' handling of his complaint added to his distress.

Directions
7. The Trustees shall take the steps in paragraph 1 by the date given there.

Camilla Ashdown
Deputy Pensions Ombudsman""",
        (
            expect("../2024-10-31", "recalculat", planned=True),
            expect("1986-10-01", "joined"),
            expect("2008-03-31", "service"),
            expect("2022-02-05~", "quotation"),
            expect("2022-03-18", "quotation"),
            expect("2022-06-01", "retire"),
            expect("2023-01", "error"),
            expect("2023-04-14", "complain"),
            expect("2023-06~", "decision"),
        ),
    ),
    Text(
        "thorne-vickery-saddlers",
        "saddlery's history",
        None,
        """Thorne & Vickery, Saddlers and Harness Makers
Market Row, Kelbury

Our story

Josiah Thorne set up as a harness maker in a lean-to off Kelbury's Horse Fair in about 1842.
His hunting saddles won a bronze medal at the Great Northern Exhibition in 1862, and the
business moved to the present shop on Market Row in 1871.

Josiah's nephew Henry took William Vickery into partnership in 1889, giving the firm the name
it still bears. From 1914 to 1918 the workshop made cavalry saddles and bandoliers for the
War Office, employing 23 hands.

A fire damaged the back workshop, probably in 1941; the firm's own records for the war years
were lost in it, so the date is not certain.

Since 1997 the shop has been run by Clare and Martin Harte, who both trained here as
apprentices. Every saddle is still cut from English bridle leather and hand-stitched at eight
stitches to the inch, and each one carries the shop's number on the flap; saddle No. 1871
left the bench last winter.

A new two-year apprenticeship will start in 2026 in partnership with Kelbury College.

Opening hours: Tuesday to Saturday, 9am-5pm. Telephone 01632 960772.""",
        (
            expect("1842~", "harness"),
            expect("1862", "medal"),
            expect("1871", "market"),
            expect("1889", "vickery"),
            expect("1914/1918", "war"),
            expect("1941?", "fire"),
            expect("1997/..", "harte"),
            expect("2026", "apprenticeship", planned=True),
        ),
    ),
    Text(
        "ridgeway-walking-festival",
        "walking festival's programme",
        date(2025, 7, 1),
        """RIDGEWAY VALLEYS WALKING FESTIVAL 2025
Saturday 6 - Sunday 14 September
Programme (published 1 July 2025)

Welcome
The festival, first held in 2004, runs from 6 to 14 September this year with 38 guided walks
for every ability, from gentle riverside strolls to the 20-mile Ridgeway Challenge.

Walk highlights

Sat 6 Sept - Opening walk: Abbey and Ridge (10 miles, grade 3)
Leaves the Market Cross at 9:30. The opening walk visits the ruins of Grisedale Abbey,
dissolved in 1536, and St Ninian's chapel, built around 1720, before climbing to the ridge.

Wed 10 Sept - Night walk: Owls and Stars (4 miles, grade 1)
Meet at 20:30 at Low Fold car park. Bring a torch and warm layers.

Daily - Short morning walks
Leave the Tourist Information Centre every morning at 9:30 (2-3 miles, grade 1).

Booking
Book by 31 August. Places on the night walk are limited to 20, and dogs are welcome on walks
marked D. Walks are graded 1 (easy) to 4 (strenuous). Maps: OS Explorer OL19.

Enquiries: festival@ridgewayvalleys.example | 01539 620118""",
        (
            expect("2004", "first", "festival"),
            expect("2025-09-06/2025-09-14", "festival", planned=True),
            expect("2025-09-06", "opening", "walk", planned=True),
            expect("1536", "abbey"),
            expect("1720~", "chapel"),
            expect("2025-09-10", "night", "walk", planned=True),
            expect("../2025-08-31", "book", planned=True),
        ),
    ),
)
