"""The hundred-and-fortieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind (without reading the project's code, its other corpora or its output), in twenty
styles: a wire story with a dateline, a press release, a court opinion, an encyclopedia history,
a sports report, a company history, a mission summary, a government statement, an HTML news
page, a solar flare alert from a space weather centre, a motor racing grand prix report, a
stadium naming rights release, a country doctor's casebook of the 1890s, an ocean glider
deployment summary, a monastery's history, a trade ministry tariff notice, a bird observatory's
HTML sightings page, a broadcasting regulator ruling, an organ builder's history and an
obituary. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, a decade, "next week", "recently"), habits, comparisons and page
furniture are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTIETH_CORPUS",)


HUNDREDFORTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "glassworks-fire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """BRENNHOLT, March 14 (Nordline News) - Fire crews in Brennholt were still damping down
the ruins of the town's 140-year-old glassworks after a blaze that destroyed its main furnace
hall and put some 180 jobs in doubt.

The fire broke out shortly before midnight on Wednesday in a storeroom next to the furnaces,
the regional fire service said. Nobody was hurt. It was the worst fire in the town since 1961.

The glassworks was founded in 1885 by the brewer Aksel Varnum to make bottles for his beer.
It has been owned since 2009 by the Danish group Kalvo Industries, which makes tableware and
lamp glass for hotel chains.

Kalvo decided on Thursday to move production of its best-selling tumblers temporarily to its
plant at Sundby, chief executive Henrik Lassen said in a statement. The group expects a
decision on rebuilding the Brennholt works no later than June 30, he added.

Assessors from the group's insurer are expected on site on Monday. Representatives of the
Glass and Ceramics Union will meet Kalvo's management on March 20 to discuss short-time work.

In October 1998 a smaller fire in the cutting shop closed the works for around six weeks.
"We came back then and we will come back now," said Ebba Nilsen, a glass cutter who has worked
at the plant for 31 years and whose shift, like every shift, starts at 6 a.m.

The furnaces, which run at about 1,500 degrees, had been relined last winter.

(Reporting by Jonas Ekdahl; Editing by Mari Fosse)""",
        (
            expect("2025-03-12", "fire"),
            expect("1885", "glassworks", "found"),
            expect("2009/..", "own"),
            expect("2025-03-13", "production", "move"),
            expect("../2025-06-30", "decision", "rebuild", planned=True),
            expect("2025-03-17", "assessors", planned=True),
            expect("2025-03-20", "union", "meet", planned=True),
            expect("1998-10", "fire"),
        ),
    ),
    Text(
        "corvane-groundbreaking",
        "press release",
        date(2025, 6, 2),
        """Corvane Robotics Breaks Ground on Second Assembly Plant in Tessaly

Plant to create some 450 jobs as part of the company's Vision 2030 growth plan

TESSALY, Ohio, June 2, 2025 -- Corvane Robotics Inc. (NASDAQ: CRVN), a maker of collaborative
robot arms for small factories, today broke ground on a 210,000-square-foot assembly plant on
the former Hartwell foundry site in Tessaly.

The State of Ohio approved a $12 million job creation tax credit for the project on May 21.
Corvane will hold an open house for job applicants at the Tessaly Community Center on June 21.

Construction is scheduled to be completed in August 2026, and the first robot arms are to ship
from the plant no later than January 2027.

"We built our first arm on a kitchen table," said co-founder and chief executive Priya
Castellan. "Today we are building a home for the next 4,000 of them a year."

Founded in 2011 in a garage in Dayton, Corvane moved its headquarters to Tessaly in 2016 and
listed on Nasdaq two years later. Its robots now work in more than 1,900 plants in 23
countries.

About Corvane Robotics
Corvane Robotics designs and builds collaborative robot arms and the software that runs them.
Learn more at www.corvane.example.

Forward-looking statements: this release contains statements about future events that involve
risks and uncertainties described in the company's Form 10-K.

Media contact:
Dana Whitcombe, Corvane Robotics
+1 614 555 0182 | press@corvane.example""",
        (
            expect("2025-06-02", "ground"),
            expect("2026-08", "construction", planned=True),
            expect("../2027-01", "ship", planned=True),
            expect("2025-05-21", "tax", "credit"),
            expect("2011", "found"),
            expect("2016", "headquarters"),
            expect("2018", "nasdaq"),
            expect("2025-06-21", "open", "house", planned=True),
        ),
    ),
    Text(
        "haldane-v-crestmoor",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
DIVISION TWO

RUTH HALDANE, Appellee,
v.
CRESTMOOR PROPERTIES LLC, Appellant.

No. 2 CA-CV 2023-0417
Filed February 11, 2025

OPINION

Judge Okonkwo-Reyes authored the opinion of the Court, in which Presiding Judge Lindqvist and
Judge Barros joined.

¶1 Crestmoor Properties appeals from the judgment awarding its former tenant, Ruth Haldane,
damages for breach of the warranty of habitability under the Residential Tenancies Act of 1974.
For the following reasons, we affirm.

FACTUAL AND PROCEDURAL BACKGROUND

¶2 Haldane signed a one-year lease for a second-floor apartment on or about March 3, 2019, and
renewed it each year thereafter. On January 8, 2021, she notified Crestmoor in writing that
the roof above her bedroom was leaking. Crestmoor did not repair the roof until in or about
May 2021, and by then mould had spread to two rooms.

¶3 Haldane vacated the apartment on September 30, 2021. She filed suit on 14 February 2022.
After a two-day bench trial, the superior court entered judgment for Haldane on June 6, 2023,
awarding $18,640 in damages. Crestmoor filed its notice of appeal on July 3, 2023.

DISCUSSION

¶4 Crestmoor argues that Haldane's renewals waived any claim arising before the last of them.
We disagree. A tenant does not waive the warranty by continuing to pay rent while asking for
repairs. See A.R.S. § 33-1324.

DISPOSITION

¶5 We affirm the judgment. Because Haldane is the successful party, she is entitled to her
reasonable attorney fees on appeal. We remand, and the superior court shall hold a hearing to
fix the amount of those fees no later than April 30, 2025.""",
        (
            expect("2019-03-03~", "lease"),
            expect("2021-01-08", "notif"),
            expect("2021-05~", "roof", "repair"),
            expect("2021-09-30", "vacat"),
            expect("2022-02-14", "suit"),
            expect("2023-06-06", "judgment"),
            expect("2023-07-03", "appeal"),
            expect("../2025-04-30", "hearing", planned=True),
        ),
    ),
    Text(
        "mirrowdale-history",
        "encyclopedia history",
        None,
        """Mirrowdale

Mirrowdale is a market town on the River Lune in the county of Ardrunshire, with a population
of about 11,000.

History

The settlement is first mentioned in a charter of c. 1142, in which the lord of Kellet granted
"the mill at Mirewdale" to the canons of Ardrun. It received market rights in 1278 and grew as
a centre of the wool trade.

Raiders from the north sacked the town in 1388 and again in 1403, burning the wooden church on
both occasions. From 1520 to 1803 Mirrowdale belonged to the prince-bishops of Ardrun, who
held a court in the town every quarter.

The town hall on Market Street is traditionally dated to 1592, although the date carved over
its door is doubtful and may be a later addition. The stone church of St Ninian was completed
around 1610.

The railway reached Mirrowdale in 1867, and cotton spinning soon overtook wool. The population
reached its peak of some 14,000 around 1910, then fell as the mills closed in the middle of
the century; the last of them, Rigg's Mill, is now a museum. Mirrowdale has been twinned with
Saint-Aubin-sur-Loire since 1974.

See also

- List of market towns in Ardrunshire
- Ardrun Cathedral""",
        (
            expect("1142~", "mention"),
            expect("1278", "market"),
            expect("1388", "sack"),
            expect("1403", "sack"),
            expect("1520/1803", "bishops"),
            expect("1592?", "town", "hall"),
            expect("1610~", "church"),
            expect("1867", "railway"),
            expect("1910~", "population"),
            expect("1974/..", "twin"),
        ),
    ),
    Text(
        "harrowgate-dunmere",
        "sports report",
        date(2025, 4, 27),
        """Harrowgate close in on title after beating Dunmere

By Callum Price, Kelso Park

Harrowgate United moved within three points of the Northern League title on Saturday with a
3-1 win over Dunmere Athletic in front of a record 6,812 crowd at Kelso Park.

Femi Adeyo, signed from Portcallan Rovers in January, scored twice in the first half, his
13th and 14th goals for the club. Dunmere pulled one back through Sean Maddox after the break
before Luke Tiernan's free kick settled it in the 88th minute.

It would be Harrowgate's first league title since 1987, and coach Irma Vell, in charge since
2022, refused to get carried away. "Nothing is won. We go to Portcallan on Wednesday and that
is all I am thinking about," she said.

Harrowgate have scored in every home game this season. The final round of matches is
scheduled for May 17, when they host Ashby Town. Work on the club's new 1,500-seat south stand
is expected to be finished by August.

Dunmere, relegated in 2021 and promoted back the following year, stay seventh on 51 points.
Their manager Pete Ruddock complained about the penalty that was not given when Maddox went
down in the 63rd minute. "Everyone in the ground saw it except one man," he said.

Harrowgate (4-3-3): Quinn; Barlow, Mensah, Okafor, Leigh; Tiernan, Sato, Rourke; Adeyo (Fenn
80), Lloyd, Castro.
Dunmere (4-4-2): Whitby; Hale, Kerr, Doyle, Amis; Ward, Price, Nolan, Frost; Maddox, Kyle.
Referee: Dan Oyelaran. Attendance: 6,812.""",
        (
            expect("2025-04-26", "win"),
            expect("2025-01", "adeyo", "sign"),
            expect("2022/..", "vell"),
            expect("2025-04-30", "portcallan", planned=True),
            expect("2025-05-17", "final", "round", planned=True),
            expect("2021", "relegat"),
            expect("2022", "promot"),
            expect("../2025-08", "stand", planned=True),
        ),
    ),
    Text(
        "tallis-roe-history",
        "company history",
        None,
        """Our history | Tallis & Roe Ropes

From a rope walk on the quay to fibre lines for the world's offshore fleets.

The firm traces its origins to a rope walk set up around 1868 by Samuel Tallis, a sailmaker's
son, on the quay at Wickmouth. In 1893 Tallis and his partner Edwin Roe moved the business to
a new works at Quayside, with a covered walk a quarter of a mile long.

From 1915 to 1918 the works made hawsers and towing lines for the Admiralty, running day and
night with a workforce of 600, most of them women.

Tallis & Roe merged with its Bristol rival Gainsford Cordage in 1962 and began to make lines
from nylon and polyester. In 1971, 1974 and 1979 the company opened plants in Ghent, Porto and
Kristiansand to serve the North Sea oil industry.

Since 2003 the company has been owned by the Norwegian group Kelda Marine. Today it employs
about 720 people and makes mooring lines for floating wind farms, tugs and cruise ships. Our
heaviest line, the 2024-series Titan, weighs more than 30 kg per metre.

Looking ahead, Tallis & Roe plans to open a line for recycling worn fishing nets into yarn at
Quayside in 2026.

Tallis & Roe Ropes Ltd, Quayside Works, Wickmouth WK3 7RT. Registered in England No. 0473219.""",
        (
            expect("1868~", "rope", "walk"),
            expect("1893", "works"),
            expect("1915/1918", "admiralty"),
            expect("1962", "merge"),
            expect("1971", "ghent"),
            expect("1974", "porto"),
            expect("1979", "kristiansand"),
            expect("2003/..", "own"),
            expect("2026", "recycl", planned=True),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary",
        None,
        """KESTREL - Mission summary

Kestrel is a comet rendezvous mission of the Continental Space Agency (CSA), built to study the
nucleus of comet 88P/Halvard and to deliver the small lander Pip to its surface.

Timeline

Kestrel was launched on 14 March 2019 on a Veyra-2 rocket from the Iles Sauvages spaceport.
To gain speed it flew past Earth twice, in December 2019 and December 2020, and reached the
comet on 2 November 2021 after a journey of 5.1 billion kilometres.

The orbiter released Pip eleven days later. The lander bounced twice before coming to rest in
the shadow of a cliff, where its solar panels received only about 90 minutes of light per
comet day. Contact with the lander was lost on or about 20 November, once its primary battery
was drained.

The orbiter has since mapped 94 per cent of the nucleus at a resolution of 30 cm and measured
the outgassing of water, carbon dioxide and glycine.

Status and plans

The orbiter's altitude will first be lowered in March 2026 to study the surface at close
range. The end of the mission is planned for 30 June 2026, when Kestrel will be set down
on the nucleus. The full calibrated data archive is to be made public by the end of 2027.

Key facts
Launch mass: 2,310 kg | Instruments: 11 | Mission cost: EUR 1.2 billion
Mission manager: Dr Ilse Marchetti | Contact: kestrel@csa.example""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-12", "earth"),
            expect("2020-12", "earth"),
            expect("2021-11-02", "comet"),
            expect("2021-11-13", "pip", "release"),
            expect("2021-11-20~", "contact", "lost"),
            expect("2026-03", "altitude", planned=True),
            expect("2026-06-30", "end", planned=True),
            expect("../2027", "archive", planned=True),
        ),
    ),
    Text(
        "aln-flood-statement",
        "government statement",
        date(2025, 11, 20),
        """MINISTRY OF WATER AND RURAL AFFAIRS

Statement by the Minister, Hon. Teodora Vasić, on the flooding in the Aln valley

Issued: Thursday 20 November 2025

The River Aln burst its banks on Monday night after three days of heavy rain, flooding more
than 1,400 homes in the districts of Lower Aln and Cressby. It is the highest level the river
has reached since 1947. I want to thank the fire crews, the army engineers and the volunteers
who worked through the night.

On Tuesday the government declared a state of emergency in both districts, releasing funds for
temporary housing and allowing the army to be deployed. The state of emergency will be
reviewed on 1 December.

The flood defences at Cressby, completed in 2014, held, and protected about 600 homes. The
breach was in the older embankment upstream of Lower Aln, which dates from the nineteenth
century. Repairs to the embankment are expected to be completed by the end of March 2026.

Households and businesses can claim compensation through the ministry's emergency fund.
Claims must be submitted by 31 January 2026, on form EF-7, at any district office or online.

I will visit Lower Aln on Saturday to meet residents and the district council.

Press office: +387 33 555 014 | press@water.gov.example""",
        (
            expect("2025-11-17", "aln", "banks"),
            expect("2025-11-18", "emergency"),
            expect("2025-12-01", "review", planned=True),
            expect("2014", "defences"),
            expect("../2026-03", "repair", planned=True),
            expect("../2026-01-31", "claims", planned=True),
            expect("2025-11-22", "visit", planned=True),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2025, 9, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Central Library reopens after renovation | Kellbridge Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Central Library reopens its doors after 15-month renovation</h1>
<p class="byline">By Aisha Mbeki &middot; <time datetime="2025-09-03">3 September 2025</time></p>
<p>Kellbridge's Central Library reopened on Tuesday after a &pound;9.4m renovation, with
queues forming on Carver Street an hour before the doors opened.</p>
<p>The library closed in June 2024 so that its leaking roof could be replaced and the building
made accessible. Donors raised some &pound;3m of the cost between 2022 and 2024.</p>
<p>The building, designed by the city architect Harold Venn, first opened in 1936. It was
listed as a protected monument around 1989, which meant that every window frame had to be
repaired rather than replaced.</p>
<p>A formal opening by the mayor, Grace Holloway, who was elected in 2021, is scheduled for
Saturday. A coffee shop will open on the ground floor on 1 October.</p>
<p>The second phase of work, on the upper reading rooms, is expected to begin in January 2026.
The library is open from 9am to 8pm every weekday.</p>
<figure><img src="/img/library.jpg" alt="Readers in the main hall">
<figcaption>Readers in the main hall. Photo: Courier</figcaption></figure>
</article>
<footer>&copy; 2025 Kellbridge Courier &middot; 14 Mill Lane, Kellbridge</footer>
</body>
</html>""",
        (
            expect("2025-09-02", "reopen"),
            expect("2024-06", "close"),
            expect("2022/2024", "donors"),
            expect("1936", "open"),
            expect("1989~", "listed"),
            expect("2021", "elected"),
            expect("2025-09-06", "formal", "opening", planned=True),
            expect("2025-10-01", "coffee", planned=True),
            expect("2026-01", "second", "phase", planned=True),
        ),
    ),
    Text(
        "x-flare-alert",
        "solar flare alert from a space weather centre",
        date(2025, 7, 8),
        """Space Weather Message Code: ALTXMF
Serial Number: 412
Issue Time: 2025 Jul 08 1432 UTC

ALERT: X-Ray Flux exceeded M5 and X-class flare observed
Centre for Space Weather Prediction, Boulder Annex

Summary: An X2.1 flare erupted from Region 4129 on 8 July, peaking at 1405 UTC. A Type II
radio sweep and a fast coronal mass ejection (CME) were observed shortly after the peak.

Region history: Region 4129 rotated onto the visible disk on 1 July as a simple group and grew
quickly into a complex magnetic configuration. It produced an M5.3 flare on 5 July and an M7.0
flare the next day.

Forecast: Initial model runs indicate the CME is expected to arrive at Earth on 10 July. A G3
(Strong) Geomagnetic Storm Watch is in effect for 10-11 July. Aurora may be visible at unusually
low latitudes. Region 4129 remains capable of further X-class flares and is expected to rotate
off the western limb around 14 July.

Potential impacts: Radio - Wide area blackouts of HF radio communication on the sunlit side of
Earth for about an hour. Power systems - Voltage irregularities possible. Spacecraft - Surface
charging possible.

Comment: The X2.1 event is the largest flare observed since October 2024.

Next update: by 2100 UTC. Forecasters on duty: R. Salgado, M. Whitfield.""",
        (
            expect("2025-07-08", "x2.1", "flare"),
            expect("2025-07-01", "region", "disk"),
            expect("2025-07-05", "m5.3"),
            expect("2025-07-06", "m7.0"),
            expect("2025-07-10", "cme", "arrive", planned=True),
            expect("2025-07-10/2025-07-11", "storm", "watch", planned=True),
            expect("2025-07-14~", "limb", planned=True),
        ),
    ),
    Text(
        "valmora-grand-prix",
        "motor racing grand prix report",
        date(2025, 6, 16),
        """Ferrante holds off Brandt to win Valmora Grand Prix

MOTOR RACING | Race report | Monday 16 June 2025

Luca Ferrante won the Valmora Grand Prix on Sunday, holding off the reigning champion Jonas
Brandt by 1.8 seconds after a final stint on worn hard tyres, his first win since 2023.

Ferrante had taken pole position for Scuderia Astoria in qualifying on Saturday with a lap of
1:21.406, and led every lap except the six after his only pit stop on lap 31. Brandt, champion
in 2021 and 2024, closed to within half a second with eight laps to go but could not find a
way past through the fast chicane at Santa Rita.

"The tyres were finished, I was finished, but the car held on," said Ferrante, who joined
Astoria in 2022.

The circuit, opened in 1958 and one of the oldest on the calendar, was resurfaced over the
winter, and several drivers struggled with grip in the first sector. Marc Delhomme finished
third for Voss Racing after starting ninth.

The next round, the Ostmark Grand Prix, takes place from 27 to 29 June 2025. Astoria's team
principal Gianna Rota said the upgraded floor would reach the cars no later than July 11.

The series' new engine regulations are due to come into force in 2027.

Result (57 laps): 1 Ferrante (Astoria) 1h32:11.402; 2 Brandt (Helix) +1.8s; 3 Delhomme (Voss)
+14.2s; 4 Ortiz (Helix) +19.9s; 5 Kask (Astoria) +33.0s.
Drivers' standings: 1 Brandt 168; 2 Ferrante 151; 3 Ortiz 122.""",
        (
            expect("2025-06-15", "ferrante", "win"),
            expect("2025-06-14", "pole"),
            expect("2021", "brandt", "champion"),
            expect("2024", "brandt", "champion"),
            expect("2022", "join"),
            expect("1958", "circuit", "open"),
            expect("2025-06-27/2025-06-29", "ostmark", planned=True),
            expect("../2025-07-11", "floor", planned=True),
            expect("2027", "regulations", planned=True),
        ),
    ),
    Text(
        "velora-park-naming",
        "stadium naming rights release",
        date(2025, 3, 4),
        """FOR IMMEDIATE RELEASE

HARBOR CITY FC AND VELORA INSURANCE ANNOUNCE TEN-YEAR NAMING RIGHTS PARTNERSHIP
Harbor City Stadium to become Velora Park

HARBOR CITY, March 4, 2025 - Harbor City FC and Velora Insurance have agreed a ten-year naming
rights partnership for the club's 27,000-seat home ground. The agreement was signed on
Monday at the stadium by club chairman Robert Ainsley and Velora chief executive Mei Tanaka.
Season ticket holders will be invited to a launch event at the stadium on March 15, where the
new Velora Park logo will be shown for the first time.

New signage on the stadium's exterior and in the concourses will be installed by June 20, and
under the partnership the stadium will carry the name Velora Park from July 1, 2025, to June
30, 2035. Financial terms were not disclosed.

The stadium opened in 2009 as Harbor City Stadium and hosted the national cup final in 2014
and 2018. Velora, founded in 1952, has been the club's shirt sponsor since 2019.

"Velora has been with us on the shirt, and now it will be on the building," Ainsley said.
"This is the largest commercial agreement in the club's history."

About Harbor City FC: Founded as Harbor City Athletic, the club plays in the Premier Division.

Media contacts:
Laura Kent, Harbor City FC, media@harborcityfc.example, (555) 010-2231
Omar Reyes, Velora Insurance, press@velora.example""",
        (
            expect("2025-03-03", "agreement", "signed"),
            expect("2025-07-01/2035-06-30", "velora", "park", planned=True),
            expect("../2025-06-20", "signage", planned=True),
            expect("2009", "stadium", "open"),
            expect("2014", "cup", "final"),
            expect("2018", "cup", "final"),
            expect("1952", "found"),
            expect("2019/..", "sponsor"),
            expect("2025-03-15", "launch", planned=True),
        ),
    ),
    Text(
        "pennock-casebook",
        "country doctor's casebook of the 1890s",
        None,
        """CASEBOOK  -  E. PENNOCK, M.B., SURGEON, HOLLIN
(practice taken over from my father in 1889)

1894.

Mar. 3. - Called at 2 in the morning to Low Fold. Mrs Thwaite, 4th confinement, delivered of
a boy after a long labour. Child small but lusty. Fee 10/6.

Mar. 9. - J. Arkle, quarryman at Birk Crag, left hand crushed by a falling block. Amputated
the 3rd and 4th fingers at the kitchen table, Dr Rowe giving chloroform. Dressed with carbolic.

Mar. 14. - Scarlet fever at Birk Hill: three children of the Sowerby family, two of the
Bells. All at the Board school. Wrote to the Board advising that the school be closed, which
they did two days later.

Mar. 22. - Arkle's hand going on well, no sign of sepsis. Visit the Birk Hill cases every
Tuesday and Friday until further notice.

Apr. 6. - No fresh cases of the fever this fortnight. The Board means to reopen the school on
the 23rd. Dr Rowe tells me he is to leave the district for a post at Leeds on the 30th, which
will leave me alone between here and Kirkby.

Apr. 12. - Old Mrs Dobson of Fell End died at 4 this morning, quietly. She was born, she
always said, in 1803 or thereabouts, and remembered the bells rung for Waterloo.

Memo. - Owing: Thwaite 10/6; Sowerby 1 guinea; Arkle (club patient) nil.""",
        (
            expect("1889", "practice"),
            expect("1894-03-03", "thwaite"),
            expect("1894-03-09", "arkle"),
            expect("1894-03-14", "scarlet", "fever"),
            expect("1894-03-16", "school", "clos"),
            expect("1894-04-12", "dobson", "died"),
            expect("1803~", "dobson", "born"),
            expect("1894-04-23", "school", "reopen", planned=True),
            expect("1894-04-30", "rowe", "leave", planned=True),
        ),
    ),
    Text(
        "petrel-glider-deployment",
        "ocean glider deployment summary",
        date(2025, 6, 2),
        """NORTH ATLANTIC GLIDER PROGRAMME - DEPLOYMENT SUMMARY
Mission ID: NAT-2025-03 | Platform: Seaglider SG-617 "Petrel" | Report date: 2 June 2025
Prepared by: Dr. Anneke Vos, Marine Autonomy Group, Port Errol Oceanographic Institute

1. Overview
SG-617 was deployed on 12 April 2025 at 0830 UTC from RV Halcyon at 58.21N, 21.47W and began
repeat dives to 1000 m along the Rockall Trough section. The glider was last serviced at the
institute around 20 March, when its oxygen optode was replaced.

2. Mission log
- On 19 April the glider crossed into the Iceland Basin.
- A leak alarm on 2 May triggered an automatic abort to the surface; the alarm was traced to a
  faulty sensor and dives resumed after 14 hours.
- From 6 to 11 May the glider rode out a storm at 200 m, surfacing only to transmit.
- Dive count to date: 212. Distance over ground: 1,146 km.

3. Data
Profiles are sent to the Global Telecommunication System every 6 hours. Conductivity
drift remains below 0.003 PSU.

4. Plans
A ballast adjustment by remote command is scheduled for 9 June. The glider is due to be
recovered on or about 15 July by RV Kittiwake west of the Hebrides.

The institute's glider programme has run since 2017 with funding from the National Ocean
Observing Fund (grant NOOF-1188). SG-617's previous deployment, in 2023, ended early after a
buoyancy pump fault.

Contact: gliders@perrol-oi.example""",
        (
            expect("2025-04-12", "deploy"),
            expect("2025-03-20~", "service"),
            expect("2023", "deployment"),
            expect("2025-04-19", "iceland", "basin"),
            expect("2025-05-02", "leak", "alarm"),
            expect("2025-05-06/2025-05-11", "storm"),
            expect("2025-06-09", "ballast", planned=True),
            expect("2025-07-15~", "recover", planned=True),
            expect("2017/..", "programme"),
        ),
    ),
    Text(
        "rothmere-abbey-history",
        "monastery's history",
        None,
        """A Short History of Rothmere Abbey

The Benedictine abbey of St Cuthwin stands where the Rothe meets the sea. The monks long
claimed that a charter of King Aldred granted them the valley in 1107, but the charter survives
only in a later copy and its date is doubtful. The community itself was founded c. 1120 by
monks from Ardrun, on land given by Walter de Rothe.

The abbey church was dedicated to St Cuthwin in 1147. Fire destroyed the cloister and the
dormitory in 1216, and the rebuilding took much of the thirteenth century; the great west
window dates from this time.

Rothmere was dissolved in 1539, when the last abbot, John Haxby, surrendered it to the King's
commissioners. The nave was kept for the people of the town, and from 1540 onwards it has
served as the parish church. The rest of the buildings were stripped of lead and fell into
ruin.

In 1872 the ruins were bought by the Catholic convert Lady Helena Marsh, who hoped to see monks
return. They did so in 1921, when a small community from the abbey of Saint-Pierre in
Normandy settled in her former house. The new abbey church, designed by Giles Hartley, was
consecrated on 11 July 1934.

Today twelve monks live at Rothmere. They sing the Office seven times each day and run a
bindery. The community plans to open a guest house for retreats in the restored gatehouse in
2026.

Rothmere Abbey, Abbey Lane, Rothmere. Church open daily 7am-7pm.""",
        (
            expect("1107?", "charter"),
            expect("1120~", "found"),
            expect("1147", "dedicat"),
            expect("1216", "fire"),
            expect("1539", "dissol"),
            expect("1540/..", "parish", "church"),
            expect("1872", "ruins", "bought"),
            expect("1921", "monks", "return"),
            expect("1934-07-11", "consecrat"),
            expect("2026", "guest", "house", planned=True),
        ),
    ),
    Text(
        "steel-antidumping-notice",
        "trade ministry tariff notice",
        date(2025, 10, 24),
        """MINISTRY OF TRADE AND INDUSTRY
Directorate of Trade Remedies

NOTICE TO IMPORTERS No. 17/2025
Date: 24 October 2025

Subject: Provisional anti-dumping duty on certain cold-rolled flat steel products originating
in the Republic of Ostavia (HS headings 7209 and 7211)

1. Following a complaint lodged on 3 March 2025 by the National Steel Producers' Association,
the Ministry opened an anti-dumping investigation on 14 April 2025 under Article 12 of the
Customs and Tariff Code of 1998.

2. The investigation has found provisionally that the products were exported at prices some
22% below their normal value, causing material injury to the domestic industry.

3. By Regulation 2025/118, a provisional anti-dumping duty of 18.6% will apply to imports of
the products from 1 November 2025 to 30 April 2026, in addition to the general tariff of 5%
in force since 1 January 2019.

4. Interested parties may submit written comments on the provisional findings no later than
21 November 2025. A public hearing will be held on 4 December at the Ministry, Room 310.

5. A final determination is expected by 14 March 2026.

6. Importers must declare the producer's name in box 44 of the customs declaration.

Enquiries: Trade Remedies Unit, tel. +381 11 555 0270, remedies@trade.gov.example""",
        (
            expect("2025-03-03", "complaint"),
            expect("2025-04-14", "investigation"),
            expect("2025-11-01/2026-04-30", "duty", planned=True),
            expect("2019-01-01/..", "tariff"),
            expect("../2025-11-21", "comments", planned=True),
            expect("2025-12-04", "hearing", planned=True),
            expect("../2026-03-14", "determination", planned=True),
        ),
    ),
    Text(
        "skerry-head-sightings",
        "bird observatory's HTML sightings page",
        date(2025, 10, 13),
        """<html>
<head><title>Latest sightings - Skerry Head Bird Observatory</title></head>
<body>
<div id="header"><h1>Skerry Head Bird Observatory</h1>
<p>Founded in 1957 &middot; Registered charity SC004471</p></div>
<h2>Latest sightings</h2>
<p class="updated">Page updated Monday 13 October 2025</p>
<ul>
<li><b>Sun 12 Oct</b> - First Short-eared Owl of the autumn came in off the sea at the
Point and went to roost in the Gully. 1 Little Bunting still at the Croft.</li>
<li><b>Sat 11 Oct</b> - A first-winter Red-flanked Bluetail was trapped and ringed in the
Gully. 2,300 Redwings and 400 Bramblings passed overhead.</li>
<li><b>Fri 10 Oct</b> - 14 Yellow-browed Warblers in the bushes around the Plantation. 1
Richard's Pipit over the Croft.</li>
</ul>
<h2>Notices</h2>
<ul>
<li>Ringing demonstrations take place every morning at 9am, weather permitting.</li>
<li>The next weekend ringing course runs 25-26 October; two places left.</li>
<li>The Heligoland trap in the Plantation will be rebuilt from 3 to 7 November. Volunteers
welcome!</li>
<li>The observatory closes for the winter on 2 November.</li>
</ul>
<p>Notes: the bluetail is only the fourth for Skerry Head; previous records were in 1994, 2008
and 2016. Yellow-browed Warbler numbers this week are the highest since 2016.</p>
<p>Please phone sightings to the warden on 01856 555 301.</p>
</body>
</html>""",
        (
            expect("1957", "found"),
            expect("2025-10-12", "short-eared", "owl"),
            expect("2025-10-11", "bluetail"),
            expect("1994", "bluetail"),
            expect("2008", "bluetail"),
            expect("2016", "bluetail"),
            expect("2025-10-10", "yellow-browed"),
            expect("2025-10-25/2025-10-26", "ringing", "course", planned=True),
            expect("2025-11-03/2025-11-07", "trap", planned=True),
            expect("2025-11-02", "close", planned=True),
        ),
    ),
    Text(
        "channel-nine-ruling",
        "broadcasting regulator ruling",
        date(2025, 9, 9),
        """BROADCAST STANDARDS AUTHORITY

Decision 2025/041
Complainant: Mr D. Farrant
Broadcaster: Channel Nine Radio Ltd (licence No. CR-0318)
Programme: The Drive with Kerry Mack
Standards: Accuracy (Standard 6), Fairness (Standard 8), Commercial Radio Code of Practice 2019
Decision date: 9 September 2025

Summary
1. During the programme broadcast on 14 May 2025, the presenter told listeners that a named
builder, Farrant Homes, had "gone bust owing millions" and was "running from its customers".
The company had not entered administration and was trading normally.

2. Mr Farrant complained to the broadcaster on 16 May. Channel Nine responded on 6 June,
saying the comments were "robust opinion". Mr Farrant then referred his complaint to the
Authority.

Decision
3. The Authority met on 2 September and upheld the complaint under both standards. The claim
was a statement of fact, not opinion, and it was wrong. The broadcaster made no attempt to
check it or to give Farrant Homes a chance to respond.

4. The Authority notes that Channel Nine, which has held its licence since 1998, was warned in
2022 for a similar breach in the same programme.

Orders
5. Channel Nine must broadcast a statement summarising this decision during The Drive, no
later than 30 September 2025, and pay costs of $4,000. The Authority will take this decision
into account when the station's licence comes up for renewal on 1 March 2027.""",
        (
            expect("2025-05-14", "broadcast"),
            expect("2025-05-16", "complain"),
            expect("2025-06-06", "respond"),
            expect("2025-09-02", "upheld"),
            expect("1998/..", "licence"),
            expect("2022", "warn"),
            expect("../2025-09-30", "statement", planned=True),
            expect("2027-03-01", "renewal", planned=True),
        ),
    ),
    Text(
        "haskell-brand-organs",
        "organ builder's history",
        None,
        """Haskell & Brand, Organ Builders - A History

Thomas Haskell, who had served his apprenticeship with the London builder James Alder, set up
his own workshop in Lindford in or about 1831. His first organ, a modest two-manual instrument
for St Mary's, Lindford, was installed in 1834 and still plays today.

In 1852 Haskell took his foreman Joseph Brand into partnership, and the firm became Haskell &
Brand. Between 1852 and 1914 it built some 400 organs for churches, chapels and town halls
across the north of England. Its largest, the four-manual organ of 72 stops in Westmere Town
Hall, was opened on 3 October 1888 with a recital by the blind organist William Speke.

The workshop on Foundry Lane burned down in 1903, destroying drawings and pipes for eleven
organs, and it was rebuilt the following year with electric blowers and a voicing room.

Demand for new organs fell away after the Second World War. From 1960 onwards the firm has
concentrated on restoration, and it now looks after more than 180 historic instruments,
including 43 of its own. Opus 212, the organ of St Jude's, Barnsett, is due back at the workshop
for cleaning in May 2026.

The Westmere organ, silent since the town hall's roof failed, is to be restored in 2026-27
with help from the Heritage Fund.

Haskell & Brand Ltd, Foundry Lane, Lindford LN4 2QP - Member of the Institute of British Organ
Building""",
        (
            expect("1831~", "workshop"),
            expect("1834", "first", "organ"),
            expect("1852", "partnership"),
            expect("1852/1914", "400"),
            expect("1888-10-03", "westmere"),
            expect("1903", "burn"),
            expect("1904", "rebuilt"),
            expect("1960/..", "restoration"),
            expect("2026-05", "cleaning", planned=True),
            expect("2026/2027", "westmere", "restor", planned=True),
        ),
    ),
    Text(
        "olsson-obituary",
        "obituary",
        date(2025, 2, 13),
        """Marguerite Olsson, glaciologist who measured the retreat of the Svalbard ice

Marguerite Olsson, who has died aged 86, spent five decades measuring how fast the glaciers of
Svalbard were shrinking, long before the subject made headlines.

Olsson died on Sunday at her home in Tromsø, her family said. She was born in Bergen on 2
August 1938, the daughter of a ship's engineer, and studied physics at the University of Oslo.

She joined the Polar Institute in 1962, and in 1966-67 led its first winter expedition to the
Kongsfjord glaciers, where she and three colleagues spent 14 months in a hut at 79 degrees
north. The stakes they drilled into the ice that winter are still measured every spring.

As director of the institute from 1981 to 1997 she fought to keep its long-term monitoring
programmes alive through repeated budget cuts. She was awarded the Nansen Medal in 1989 and
2003, the only scientist to receive it twice.

Colleagues remember a demanding, funny teacher who answered every letter by hand. "She never
let us round a number," said her former student, Professor Kari Haugland.

She is survived by her daughter Ingrid and two grandchildren.

The funeral will take place at Tromsø Cathedral on Friday. A memorial service will be held at
the Polar Institute on 1 March, and the institute is to launch a scholarship in her name in
2026.""",
        (
            expect("2025-02-09", "olsson", "died"),
            expect("1938-08-02", "born"),
            expect("1962", "join", "institute"),
            expect("1966/1967", "expedition"),
            expect("1981/1997", "director"),
            expect("1989", "nansen", "medal"),
            expect("2003", "nansen", "medal"),
            expect("2025-02-14", "funeral", planned=True),
            expect("2025-03-01", "memorial", planned=True),
            expect("2026", "scholarship", planned=True),
        ),
    ),
)
