"""The hundred-and-forty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
drought water restrictions notice, a fencing championships report, an airport expansion
consent release, a district nurse's diary of 1948, a fossil dig season report, a pier's
history, a Home Office immigration rules statement, a bowls club's HTML results page, a data
protection authority fine decision, a paper mill's history and a conference call for papers.
The organisations, people and facts are invented. Each text comes with the events a careful
historian would put in a chronology: the EDTF date at the precision and with the qualifier
the text gives, key words the title must hold, and ``planned`` for a plan or a forecast.
Facts whose date a reader could take two ways (a season, "early 2026", a decade, "this
month"), habits, comparisons and document furniture are left out.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYEIGHTH_CORPUS",)


HUNDREDFORTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "cray-ferry-resumes",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORT ELLANE, March 13 (Meridian Wire) - Ferry services between Port Ellane and the island
of Cray resumed on Wednesday after an eleven-day suspension, the longest on the route since
1999, the operator Brisk Sound Lines said.

The company halted both daily crossings after its vessel Kittiwake struck the western
breakwater on March 1 in gusts of more than 60 knots, injuring four passengers. The Marine
Accident Board opened an inquiry two days later, and said on Monday that its inspectors had
found no fault in the ship's steering gear.

Chief inspector Ruth Anand said the board would publish an interim report by April 30. A
second vessel, the Fulmar, is scheduled to return from refit on March 24, restoring the full
timetable of six sailings a day.

Island councillors, who normally meet on Thursdays, have called a special session for
Tuesday to discuss compensation for businesses on Cray.

Brisk Sound, founded in 1961 as a cooperative of island fishermen, has run the crossing
since 1974. A petition signed in around 2019 by 1,400 residents called for a third ship,
which the company says it cannot afford.

"We know how much the island depends on us," managing director Colm Reid told Meridian
Wire. "Nobody wants a repeat of this month."

(Reporting by Ilse Brandt; Editing by Owen Marsh)""",
        (
            expect("2025-03-12", "resum"),
            expect("2025-03-01", "breakwater"),
            expect("2025-03-03", "inquiry"),
            expect("2025-03-10", "fault"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-03-24", "fulmar", planned=True),
            expect("2025-03-18", "session", planned=True),
            expect("1961", "found"),
            expect("1974/..", "crossing"),
            expect("2019~", "petition"),
        ),
    ),
    Text(
        "velmora-second-plant",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Velmora Biosystems to build second enzyme plant in Wexham

ALDBRIDGE, England - 2 June 2025 - Velmora Biosystems Ltd, the maker of enzyme-based
cleaning products, today announced plans for a second production site at Harrowgate
Business Park in Wexham, a £38 million investment expected to create around 140 jobs.

The plant is expected to start production by March 2027, and construction is to begin in
September 2025. It will use the company's low-temperature fermentation process, certified to
ISO 14001, and will run entirely on renewable electricity.

"Demand for Brightwash has outgrown our Aldbridge site," said chief executive Hana
Lindqvist. "Wexham gives us room to grow and keeps our jobs in the region."

A public information evening on the Wexham plant will be held at Wexham Community Hall on
Thursday 19 June.

Velmora was founded in 2009 by biochemists Hana Lindqvist and Dev Arora in a rented
laboratory in Aldbridge, and moved to its current headquarters on Fenwick Road in 2014. Its
Brightwash range, launched in March 2018, is now sold in 22 countries. Velmora has been a
certified B Corporation since 2021 and reports its carbon emissions every quarter.

Notes to editors
Velmora Biosystems Ltd is registered in England and Wales, company number 06891234.
Photographs of the proposed site are available on request.

Media contact: Priya Salt, Head of Communications
+44 1632 960418 | press@velmora.example

###""",
        (
            expect("2025-06-02", "second"),
            expect("2025-09", "construction", planned=True),
            expect("../2027-03", "production", planned=True),
            expect("2025-06-19", "evening", planned=True),
            expect("2009", "found"),
            expect("2014", "headquarters"),
            expect("2018-03", "brightwash"),
            expect("2021/..", "corporation"),
        ),
    ),
    Text(
        "meriden-v-cassel-falls",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF NORTH ALDERA
SECOND DISTRICT

MERIDEN HOLDINGS, LLC,
        Plaintiff-Appellant,
v.                                              No. CA-2023-0418
TOWN OF CASSEL FALLS,
        Defendant-Appellee.

Filed February 11, 2025

Appeal from the Superior Court of Orrin County, No. 21-CV-1986. Hon. Dana Whitlock, Judge.

OPINION

RAVEL, J.

Meriden Holdings, LLC appeals from a summary judgment upholding the Town of Cassel Falls'
revocation of a building permit. We affirm.

I. BACKGROUND

Meriden bought the former Cassel Falls tannery site on or about April 3, 2019. On January
15, 2020, the Town issued a permit for forty-two apartments on the site, on condition that
the old drying shed be demolished no later than December 31, 2020. Meriden did not begin
demolition until the following March. On May 6, 2021, the Town's building inspector wrote
to Meriden that the permit was void, and the Town Council upheld the revocation after a
hearing on June 8.

Meriden sued the Town on August 30, 2021. The Superior Court granted the Town's motion for
summary judgment on October 4, 2023, and Meriden timely appealed.

II. DISCUSSION

We review a summary judgment de novo. See Harlan v. Dunmore County, 211 N.A.3d 1047, 1052
(N.A. Ct. App. 2009). Meriden argues that the emergency orders issued by the Governor in
March 2020 excused its delay. But the orders exempted construction work, and Meriden never
asked the Town for an extension. The condition was plain, and it was not met.

III. DISPOSITION

The judgment is affirmed. Costs on appeal are awarded to the Town.

We concur: OKAFOR, P.J.; LINDGREN, J.""",
        (
            expect("2019-04-03~", "tannery"),
            expect("2020-01-15", "permit"),
            expect("../2020-12-31", "demoli", "shed"),
            expect("2021-03", "demoli"),
            expect("2021-05-06", "void"),
            expect("2021-06-08", "revocation"),
            expect("2021-08-30", "sue"),
            expect("2023-10-04", "judgment"),
            expect("2020-03", "order"),
        ),
    ),
    Text(
        "kelmscar-town",
        "encyclopedia history",
        None,
        """Kelmscar

Kelmscar is a market town and civil parish in the Vale of Orrin, about 11 miles (18 km)
north-west of Dunmere. The B1871 road passes through the town centre.

History

Finds of pottery suggest a settlement near the river crossing in the Roman period. The
earliest written record is a charter of c. 1140, which mentions a chapel "at Kelmescore".
The town received a market charter in 1227, and the church of St Oda was rebuilt around
1460 in the Perpendicular style. A fire, probably in 1624, destroyed much of the High
Street; the parish registers for those years are lost.

The wool trade made Kelmscar prosperous. The Orrin Navigation reached the town in 1771,
and the railway followed. The town hall was completed in 1858 and the corn exchange two
years later. Between 1890 and 1895 the population doubled, as two tanneries and a boot
factory opened beside the canal.

Since 1974 Kelmscar has been part of the district of West Orrin. A bypass to take the
B1871 away from the High Street, debated by councils for decades, is scheduled to open in
2027.

See also
- List of places in the Vale of Orrin
- Kelmscar Town F.C.

References
1. Harwood, J. (1998). A History of the Vale of Orrin. Dunmere: Orrin Press, p. 214.""",
        (
            expect("1140~", "chapel"),
            expect("1227", "market"),
            expect("1460~", "rebuil"),
            expect("1624?", "fire"),
            expect("1771", "navigation"),
            expect("1858", "hall"),
            expect("1860", "exchange"),
            expect("1890/1895", "population"),
            expect("1974/..", "district"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "harlow-vale-dunmere",
        "sports report",
        date(2025, 4, 13),
        """FOOTBALL | NORTHERN COUNTIES LEAGUE

Tell double sends Harlow Vale four points clear

By Sam Okoro
Sunday 13 April 2025

Harlow Vale 3 Dunmere Athletic 1

Harlow Vale moved four points clear at the top of the Northern Counties League with a 3-1
win over Dunmere Athletic at Kestrel Park on Saturday.

Vale have now won nine home games in a row. Their last home defeat came on 8 February, a
0-2 loss to Carrow Town.

Jonah Tell scored twice before half-time, the second a header from Ola Brandt's corner, to
take his tally for the season to 19, the most by a Vale player since 1987. Dunmere pulled
one back through Kit Marlow after the break, but substitute Reuben Ash settled it in
stoppage time to give Vale their first home league win over Dunmere since 2011. A crowd of
1,962 watched.

Manager Effie Dunn was appointed in about October 2023. Vale were relegated in 2019 and
promoted back two years later, and Dunn has built her side around the players who came up
with them. "We don't look at the table," she said. "We look at Tuesday."

Vale travel to Carrow Town on Tuesday and host Mossbridge, their nearest challengers, on
Easter Monday, 21 April. The club plays most of its home games on Saturday afternoons.

HARLOW VALE: Pike; Ndlovu, Brandt, Osei, Farrell; Ames, Duffy (Ash 78), Lorne; Okafor,
Tell, Ruiz.""",
        (
            expect("2025-04-12", "dunmere"),
            expect("2025-02-08", "carrow"),
            expect("2023-10~", "appoint"),
            expect("2019", "relegat"),
            expect("2021", "promot"),
            expect("2025-04-15", "carrow", planned=True),
            expect("2025-04-21", "mossbridge", planned=True),
        ),
    ),
    Text(
        "tallis-brook-history",
        "company history",
        None,
        """About us | Our story

Tallis & Brook: a hundred years of Grenmouth bread

Tallis & Brook began in 1923, when Ada Tallis opened a bakery on Mill Lane in Grenmouth
with a single coal-fired oven and a delivery bicycle. Her nephew Walter Brook joined her as
a partner in about 1931, and in 1936 the business took the name it still trades under.

Flour rationing tested the firm through the war years, but it came out of them growing. In
1952 it moved to a purpose-built bakery on Quay Road, where it still bakes today, and it
won contracts with the Fairway grocery chain in 1964 and with the county's schools in 1971.

In 1988 the family sold a majority stake to Orrin Foods, and Walter's grandson Peter Brook
bought it back in 2003. "We wanted the name over the door to mean something again," he said
at the time.

Since 2016 we have baked only with flour milled within 50 miles of Grenmouth. Our
sourdough, first made in the original Mill Lane shop, still uses a starter that is fed
every morning, and our bakers start work at 3 a.m., six days a week.

A second bakery, at Hythe Cross, is due to open in November 2026 and will supply our shops
in the east of the county.

Tallis & Brook Ltd · Quay Road, Grenmouth GR4 1TB · Company no. 00271936""",
        (
            expect("1923", "tallis", "bakery"),
            expect("1931~", "partner"),
            expect("1936", "name"),
            expect("1952", "quay"),
            expect("1964", "fairway"),
            expect("1971", "school"),
            expect("1988", "stake"),
            expect("2003", "back"),
            expect("2016/..", "flour"),
            expect("2026-11", "hythe", planned=True),
        ),
    ),
    Text(
        "halcyon-mission",
        "mission summary",
        None,
        """HALCYON
Mission summary | Commonwealth Space Office | Mission ID CSO-2019-07
Status: extended mission

Overview
Halcyon is a small asteroid orbiter and lander built to study 5309 Orrinhausen, a
carbon-rich asteroid about 3.1 km across. The mission was proposed in 2011 and selected by
the CSO in around 2014 from eleven candidate missions.

Timeline
Halcyon was launched on 14 July 2019 on a Tarn-4 rocket from the Mareth launch site. After
a cruise of roughly eighteen months, the spacecraft arrived at Orrinhausen on 19 February
2021 and entered a 12 km orbit on 3 March.

The lander Petrel touched down on 27 June 2021 in the crater later named Dawe Basin and
returned 1,024 images before its batteries were exhausted. The primary mission ended on
31 December 2022; an extended mission had been approved the month before.

Extended mission
Halcyon now orbits at 20 km and maps the whole surface every 9.4 days. A final close flyby,
at 2 km, is planned for around 14 April 2026, and the mission is scheduled to conclude in
September 2026.

Key facts
Launch mass: 1,980 kg | Power: 2,100 W at 1 AU | Data returned to date: 4.6 TB""",
        (
            expect("2011", "propos"),
            expect("2014~", "select"),
            expect("2019-07-14", "launch"),
            expect("2021-02-19", "arriv"),
            expect("2021-03-03", "orbit"),
            expect("2021-06-27", "petrel"),
            expect("2022-12-31", "primary"),
            expect("2022-11", "approv"),
            expect("2026-04-14~", "flyby", planned=True),
            expect("2026-09", "conclu", planned=True),
        ),
    ),
    Text(
        "rural-bus-statement",
        "government statement",
        date(2025, 1, 28),
        """Department for Rural Communities

Ministerial statement
Published 28 January 2025

Rural bus network: statement by the Minister for Rural Communities, Helen Ashdown

Today I am announcing £64 million of funding to protect bus routes in rural areas.

In October 2024 we asked every county council to report which of its supported services
were at risk. By the deadline of 6 December, 31 of the 34 councils had responded, and
together they identified 412 routes that could be withdrawn.

The consultation on how the money should be shared closed on Friday, and I am grateful to
the 1,870 people and organisations who took part.

The first payments will be made to councils on 1 April 2025. Each council must then publish
its route plan no later than 30 June, so that passengers know what will run from the autumn
timetable.

The £2 single-fare cap, in place since January 2023, remains unchanged and will be reviewed
in the autumn. The number of rural routes has fallen by a quarter since 2010; this funding
is meant to stop that decline.

I will meet bus operators and council leaders in Penmoor on Thursday to discuss how the
routes will be chosen.

The Rural Transport Act 1985 places a duty on councils to secure the services they consider
appropriate.

Media enquiries: 020 7946 0321 | newsdesk@drc.gov.example""",
        (
            expect("2025-01-28", "million"),
            expect("2024-10", "council"),
            expect("../2024-12-06", "respond"),
            expect("2025-01-24", "consultation"),
            expect("2025-04-01", "payment", planned=True),
            expect("../2025-06-30", "plan", planned=True),
            expect("2023-01/..", "cap"),
            expect("2025-01-30", "operator", planned=True),
        ),
    ),
    Text(
        "corn-street-library",
        "HTML news page",
        date(2024, 11, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Corn Street library to reopen after flood repairs | Belhaven Courier</title>
<meta name="article:published_time" content="2024-11-20T07:30:00Z">
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt;
<a href="/news/local">Local</a></nav>
<article>
<h1>Corn Street library to reopen after flood repairs</h1>
<p class="byline">By <a href="/staff/ngozi-field">Ngozi Field</a> &middot;
<time datetime="2024-11-20">Wednesday 20 November 2024</time></p>
<p>Belhaven's Corn Street library will reopen on Monday 2 December, almost a year after a
burst water main flooded its basement.</p>
<p>The main burst on 27 December 2023, soaking about 9,000 books and maps. Volunteers moved
the surviving stock to a temporary home in the Guildhall within a week.</p>
<p>Repairs started in May this year and were finished on Friday, the council said. The work
cost &pound;610,000, most of it paid by the council's insurers.</p>
<p>The library opened in 1894, paid for by the shipowner Isaac Merriot, and has been a listed
building since 1972. It lends around 1,200 books every week.</p>
<p>A conservation team will now restore the damaged maps, and the council expects to reopen
the basement map room by June 2025.</p>
<figure><img src="/img/2024/11/cornstreet.jpg" alt="Corn Street library">
<figcaption>The library's reading room, photographed in 2019. Photo: Courier</figcaption>
</figure>
</article>
<aside><h2>Related</h2><ul>
<li><a href="/news/2023/12/28/library-flood">Library basement flooded
(28 December 2023)</a></li>
</ul></aside>
<footer>&copy; 2024 Belhaven Courier Ltd</footer>
</body>
</html>""",
        (
            expect("2024-12-02", "library", "reopen", planned=True),
            expect("2023-12-27", "burst"),
            expect("2024-05", "repair", "start"),
            expect("2024-11-15", "repair", "finish"),
            expect("1894", "open"),
            expect("1972/..", "listed"),
            expect("../2025-06", "map", planned=True),
        ),
    ),
    Text(
        "wessand-hosepipe-ban",
        "drought water restrictions notice",
        None,
        """WESSAND WATER LIMITED

NOTICE OF TEMPORARY USE BAN
Water Industry Act 1991, section 76

Wessand Water Limited gives notice that, because of a serious shortage of water for
distribution, a Temporary Use Ban (commonly called a hosepipe ban) will come into force at
00:01 on Friday 18 July 2025 in its Eastern Supply Area (postcodes WS1 to WS9 and DN14).

Why we are doing this
On 7 July 2025 stocks at Hallow Tor reservoir stood at 41% of capacity, against 68% at this
time in an average year. Spring rainfall in the Orrin catchment was 54% of the long-term
average, the lowest since 1976.

What you cannot do
While the ban is in force you must not use a hosepipe to water a garden, clean a car or
boat, fill a paddling pool or swimming pool, or clean paths and patios. You may still use
watering cans, buckets and water from water butts. Blue Badge holders are exempt. Anyone
who breaks the ban may be fined up to £1,000.

Representations
Anyone may object to or comment on the ban. Representations must reach us in writing no
later than 5pm on Thursday 10 July 2025, at Drought Team, Wessand House, Carrow Road,
Dunmere DN1 4WW, or by email to drought@wessand.example.

A public drop-in session on the ban will be held at Carrow Library on Tuesday 15 July 2025,
from 2pm to 7pm.

We have also applied to the Environment Agency for a drought permit to take more water from
Orrin Weir, and expect a decision by 31 August. Since 1 April our crews have repaired more
than 3,100 leaks.

The previous ban in this area ran from 5 August to 30 November 2022.

Dated 4 July 2025
M. Havers, Director of Water Resources, Wessand Water Limited
Registered in England No. 02366678""",
        (
            expect("2025-07-18", "ban", planned=True),
            expect("2025-07-07", "reservoir"),
            expect("../2025-07-10", "representation", planned=True),
            expect("2025-07-15", "session", planned=True),
            expect("../2025-08-31", "permit", planned=True),
            expect("2022-08-05/2022-11-30", "ban"),
        ),
    ),
    Text(
        "national-fencing-championships",
        "fencing championships report",
        date(2025, 5, 18),
        """FENCING

Ross claims third national épée title in Northgate

By Clara Went, Sunday 18 May 2025

Morven Ross of Calder Sword Club won her third national women's épée title on Sunday,
beating former champion Ana Pell 15-11 in the final at the Northgate Arena.

Ross, 27, led 8-4 at the break and never let Pell back in. She first won the title in 2019
and retained it in 2021, but missed the 2023 championships with a knee injury and went out
in the semi-finals a year later.

The National Championships, held from 16 to 18 May, drew 412 fencers, the largest entry
since 2008. Idris Kanu of Leith Blades took the men's sabre title on Friday, and on Saturday
Tomasz Wren, 19, won the men's foil final, the youngest winner of the event since 1997.

Ross now turns to the Continental Championships, which open on 14 June, and the federation
will confirm its team for the world championships no later than 30 June.

"I train every Tuesday and Thursday night after work," said Ross, an engineer. "Days like
this are why."

Results
Women's épée: 1 Morven Ross (Calder SC); 2 Ana Pell (Orrin Fencing); 3= Lia Santos, Hope Adair
Men's sabre: 1 Idris Kanu (Leith Blades); 2 Sol Baptiste (Calder SC)
Men's foil: 1 Tomasz Wren (Dunmere FC); 2 Ari Goldman (Northgate Épée)""",
        (
            expect("2025-05-18", "ross"),
            expect("2019", "title"),
            expect("2021", "retain"),
            expect("2023", "miss"),
            expect("2024", "semi"),
            expect("2025-05-16/2025-05-18", "championship"),
            expect("2025-05-16", "kanu"),
            expect("2025-05-17", "wren"),
            expect("2025-06-14", "continental", planned=True),
            expect("../2025-06-30", "team", planned=True),
        ),
    ),
    Text(
        "tarnfield-runway-consent",
        "airport expansion consent release",
        date(2025, 9, 11),
        """NEWS RELEASE
Department for Infrastructure Planning
11 September 2025

Development consent granted for Tarnfield Airport runway extension

The Secretary of State for Infrastructure has today granted development consent for a
650-metre extension of Tarnfield Airport's runway and a new 14-stand terminal pier,
following an examination that ran from 4 November 2024 to 2 May 2025.

Tarnfield Airport Holdings submitted its application on 19 June 2024, and it was accepted
for examination four weeks later. The Examining Authority sent its report and
recommendation to the Secretary of State on 1 August 2025.

The consent is subject to 46 requirements. Among them, the airport must open a noise
insulation scheme for nearby homes no later than 31 March 2026, night flights between 23:30
and 06:00 remain banned, and annual passengers are capped at 9 million. Construction is
expected to begin in early 2026, and the extended runway is to open by the end of 2029.

Tarnfield was built as a wartime airfield in around 1941 and has handled civil flights
since 1958. Passenger numbers are now the highest since 2019.

Anyone wishing to challenge the decision in the High Court must do so within six weeks.

Notes to editors
1. The application was made under the Planning Act 2008. Project reference TR020009.
2. The decision letter and the Examining Authority's report are published on the National
Infrastructure Planning website.

Press office: 0300 123 4567 (out of hours: 07700 900461)""",
        (
            expect("2025-09-11", "consent"),
            expect("2024-11-04/2025-05-02", "examination"),
            expect("2024-06-19", "submit"),
            expect("2024-07-17", "accept"),
            expect("2025-08-01", "recommendation"),
            expect("../2026-03-31", "insulation", planned=True),
            expect("../2029", "runway", planned=True),
            expect("1941~", "airfield"),
            expect("1958/..", "civil"),
        ),
    ),
    Text(
        "nurse-croft-diary-1948",
        "district nurse's diary of 1948",
        None,
        """From the diary of Nurse Edith Croft, district nurse for Lowick and Carr Fell, 1948
(transcribed by the Carr Fell Local History Society; spelling as in the original)

Tues. 6 Jan. Snow on the fell road, walked the last mile to Hollins. Mrs Amos delivered of
a girl at 4 a.m., 7 lb, both well. Dr Pryce is to come up on the 8th to see them.

Fri. 16 Jan. Measles at Carr Fell school, eleven cases. Visiting every house with a child
under five. Mr Dale the schoolmaster is to close the school on the 19th.

Mon. 2 Feb. The Association will hand the district over to the County on 5 July, when the
new Health Service begins. I am to stay on as district nurse, salary £300. Bed by 10 as
usual.

Mon. 9 Feb. Carr Fell school open again today. Looked at every child's throat before
lessons.

Sat. 28 Feb. New Austin car delivered! No more pushing the bicycle up Hollins bank. Paid
for out of the Association's grant.

Wed. 10 Mar. Old Mrs Ferrie of Low Garth died this morning, aged 91. She was born, she
always told me, in about 1856, and remembered the great flood. Laid her out with her
daughter. Funeral fixed for Sat. 13th at St Bega's.""",
        (
            expect("1948-01-06", "amos"),
            expect("1948-01-08", "pryce", planned=True),
            expect("1948-01-16", "measles"),
            expect("1948-01-19", "close", planned=True),
            expect("1948-07-05", "county", planned=True),
            expect("1948-02-09", "school"),
            expect("1948-02-28", "austin"),
            expect("1948-03-10", "ferrie", "die"),
            expect("1856~", "born"),
            expect("1948-03-13", "funeral", planned=True),
        ),
    ),
    Text(
        "skelda-bay-dig-2024",
        "fossil dig season report",
        None,
        """ORRIN CLIFFS ICHTHYOSAUR PROJECT
Field season report 2024 | Report OCP-FR-24 | Prepared by Dr Anneke Voss (site director)

1. Background
Marine reptile bones were first described from Skelda Bay by the collector Agnes Hale in
c. 1838. The Skelda Estate has allowed excavation on its foreshore since 2019. Our team
found a partial skull at Quarry Face B in 2021, and further vertebrae of the same animal in
2022 and 2023. The rocks are Lower Jurassic, roughly 190 million years old.

2. The 2024 season
The season ran from 8 July to 2 August 2024 with a crew of fourteen, including six students
from the University of Dunmere. We worked Face B on falling tides, usually for four to five
hours a day.

On 17 July the team exposed a near-complete front paddle lying beside the ribcage. It was
jacketed in plaster and lifted two days later, then taken to the Orrin Museum laboratory by
road. Twenty-two further bones were recorded, numbered OCP 2024.117 to OCP 2024.138.

3. Next steps
Preparation of the paddle is to be completed by March 2025. The 2025 season is scheduled
for 7 to 25 July 2025, subject to renewal of the Estate's permission and of the
conservation licence (ref. NE/2019/4471).

Contact: ocp-fieldwork@orrinmuseum.example""",
        (
            expect("1838~", "hale"),
            expect("2019/..", "excavation"),
            expect("2021", "skull"),
            expect("2022", "vertebra"),
            expect("2023", "vertebra"),
            expect("2024-07-08/2024-08-02", "season"),
            expect("2024-07-17", "paddle"),
            expect("2024-07-19", "lift"),
            expect("../2025-03", "preparation", planned=True),
            expect("2025-07-07/2025-07-25", "season", planned=True),
        ),
    ),
    Text(
        "wendle-bay-pier",
        "pier's history",
        None,
        """Wendle Bay Pier: a history

Wendle Bay Pier was designed by the engineer Josiah Kemp and opened on 21 May 1872, when
some 8,000 people paid a penny each to walk its 1,440-foot deck. A pavilion for concerts
was added at the seaward end in 1891, and electric lighting around 1900.

A storm in January 1938 tore away the landing stage and two of the kiosks. In 1940 the Army
removed a 60-foot section of the deck to stop the pier being used by an invading force; the
gap was bridged after the war, and the pier reopened to the public in 1948.

The pavilion burned down in the early hours of 3 August 1974. The fire, thought to have
started in the kitchen, was the worst on any pier in the county since 1909, and the
pavilion was never rebuilt.

The pier has been owned by the Wendle Bay Pier Trust since 1996. The Trust carries out a
full inspection every winter.

A £4.2 million restoration of the deck and substructure is due to start in October 2025,
and should finish by June 2027. The pier will stay open throughout, with sections closed in
turn.

Opening hours: daily from 9 a.m. (10 a.m. November to March). Admission free.
Wendle Bay Pier Trust, registered charity no. 1058217""",
        (
            expect("1872-05-21", "open"),
            expect("1891", "pavilion"),
            expect("1900~", "lighting"),
            expect("1938-01", "storm"),
            expect("1940", "section"),
            expect("1948", "reopen"),
            expect("1974-08-03", "pavilion"),
            expect("1996/..", "trust"),
            expect("2025-10", "restoration", planned=True),
            expect("../2027-06", "finish", planned=True),
        ),
    ),
    Text(
        "immigration-rules-statement",
        "home office immigration rules statement",
        date(2025, 10, 14),
        """Written ministerial statement
Home Office

Statement of changes in Immigration Rules
Made on: 14 October 2025
Statement number: HCWS1182
Made by: Daniel Frame MP (Minister for Migration and Borders)

Today I am laying before the House a Statement of Changes in Immigration Rules (HC 1359).
Unless stated otherwise, the changes will take effect on 5 November 2025.

Seasonal Worker route
The Seasonal Worker route has been open to horticulture since 2019. On 1 January 2026 it
will open to forestry as well, with an annual allocation of 2,000 visas.

Care Worker route
Following the public consultation that ran from 2 June to 25 August 2025, the minimum
salary threshold for care workers will rise to £25,600 in April 2026. Sponsors will be
given guidance on the new threshold in good time.

Electronic Travel Authorisation
Since 26 February 2025, visitors from 48 countries have needed an Electronic Travel
Authorisation (ETA) to travel to the UK. The ETA requirement will be extended to a further
nine countries no later than 31 March 2026.

Family route
I will update the House on the review of the family route on Thursday.

These changes are made under section 3(2) of the Immigration Act 1971.""",
        (
            expect("2025-10-14", "changes"),
            expect("2025-11-05", "effect", planned=True),
            expect("2019/..", "horticulture"),
            expect("2026-01-01", "forestry", planned=True),
            expect("2025-06-02/2025-08-25", "consultation"),
            expect("2026-04", "threshold", planned=True),
            expect("2025-02-26/..", "eta"),
            expect("../2026-03-31", "extend", planned=True),
            expect("2025-10-16", "family", planned=True),
        ),
    ),
    Text(
        "ferncliffe-bowls-results",
        "bowls club's HTML results page",
        date(2025, 8, 18),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Results 2025 - Ferncliffe Bowls Club</title></head>
<body>
<header><h1>Ferncliffe Bowls Club</h1>
<p>Founded 1907 &middot; Bowling on the Ferncliffe Road green since 1911</p></header>
<nav><a href="/">Home</a> | <a href="/fixtures">Fixtures</a> | <a href="/results">Results</a>
| <a href="/join">Join</a></nav>
<main>
<h2>Results 2025</h2>
<p class="updated">Page updated Monday 18 August 2025</p>
<h3>Men's Saturday League, Division 2</h3>
<table>
<tr><th>Date</th><th>Opponents</th><th>H/A</th><th>Shots</th><th>Result</th></tr>
<tr><td>Sat 12 Jul</td><td>Hollybank</td><td>H</td><td>84-61</td><td>Won</td></tr>
<tr><td>Sat 26 Jul</td><td>Copse Lane</td><td>A</td><td>70-77</td><td>Lost</td></tr>
<tr><td>Sat 16 Aug</td><td>Milford Park</td><td>H</td><td>79-79</td><td>Drawn</td></tr>
</table>
<h3>Ladies' County Triples</h3>
<p>Congratulations to Joan Petts, Mo Adeyemi and Rose Carr, who won the county triples final
at Brackley on Sunday, beating Oakhurst 19-12. They go forward to the national finals at
Royston Green from 1 to 6 September.</p>
<h3>Coming up</h3>
<ul>
<li>Sat 23 Aug - Dunstan (A), roll-up 1.45pm</li>
<li>Sat 30 Aug - Elm Road (H), roll-up 1.45pm</li>
<li>Fri 10 Oct - Presentation dinner, Ferncliffe Arms, 7 for 7.30pm</li>
</ul>
<p>Club nights are every Wednesday from 6.30pm. New members always welcome: first three
sessions free.</p>
</main>
<footer>&copy; Ferncliffe Bowls Club 2025 &middot; Affiliated to Bowls Orrinshire, club no.
1962</footer>
</body>
</html>""",
        (
            expect("1907", "found"),
            expect("1911/..", "green"),
            expect("2025-07-12", "hollybank"),
            expect("2025-07-26", "copse"),
            expect("2025-08-16", "milford"),
            expect("2025-08-17", "triples"),
            expect("2025-09-01/2025-09-06", "national", planned=True),
            expect("2025-08-23", "dunstan", planned=True),
            expect("2025-08-30", "elm", planned=True),
            expect("2025-10-10", "dinner", planned=True),
        ),
    ),
    Text(
        "harwick-pharmacy-fine",
        "data protection authority fine decision",
        None,
        """INFORMATION RIGHTS AUTHORITY
Enforcement decision | Case reference IRA/ENF/2024/0311
Controller: Harwick Pharmacy Group Ltd, 12 Tanner Street, Dunmere DN2 3PX

Summary
1. This decision, adopted on 9 April 2025, imposes an administrative fine of €420,000 on
Harwick Pharmacy Group Ltd ("Harwick") for infringements of Articles 5(1)(f) and 32 of
Regulation (EU) 2016/679 (the GDPR).

Facts
2. On 14 February 2024 Harwick notified the Authority of a personal data breach, three days
after it had discovered that a backup server holding the prescription records of some
61,000 customers was exposed to the internet without a password.
3. The server first became publicly accessible on or about 2 November 2023, when a firewall
rule was changed. Harwick's own logs show that the last security update to the server was
applied in 2021.
4. The Authority opened an investigation on 4 March 2024 and sent Harwick a draft decision
on 30 October 2024. Harwick made written submissions on 2 December.

Assessment
5. Harwick failed to apply appropriate technical and organisational measures. The Authority
notes that Harwick cooperated fully and has since encrypted all of its backups. The amount
of the fine reflects Harwick's annual turnover of €38.2 million.

Orders
6. Harwick must complete the corrective measures set out in Annex 2 no later than 30 June
2025 and report to the Authority on them.
7. Harwick may appeal against this decision to the Regional Administrative Court within 30
days of notification.

Signed for the Authority: Dr Miriam Kessel, Commissioner""",
        (
            expect("2025-04-09", "fine"),
            expect("2024-02-14", "notif"),
            expect("2024-02-11", "discover"),
            expect("2023-11-02~", "accessib"),
            expect("2021", "update"),
            expect("2024-03-04", "investigation"),
            expect("2024-10-30", "draft"),
            expect("2024-12-02", "submission"),
            expect("../2025-06-30", "corrective", planned=True),
        ),
    ),
    Text(
        "ashgill-paper-mill",
        "paper mill's history",
        None,
        """Ashgill Mill: a short history

Paper has been made beside the River Ashe at Ashgill for almost three centuries. In 1736
John Dawe, a Quaker stationer from Kendrick, leased the old fulling mill there and fitted it
with vats to make paper by hand from linen rags.

The first paper machine, a Fourdrinier bought second-hand from a Dunmere mill, was
installed in about 1824, and a second, larger machine followed in 1839. Water power later
gave way to steam.

The Dawe family sold the mill to the Northern Paper Company in 1897. Ten years later, on 14
November 1907, a fire destroyed the finishing house and rag store; the machine house was
saved by the mill's own fire brigade.

Ownership passed to the Kellhaven Group in 1962. Production peaked at 31,000 tonnes in
1979, when the mill employed 640 people; today's workforce of 212 is the smallest since
1946.

Since 2004 the mill has made only recycled board, most of it for food packaging, and its
PM4 machine runs around the clock, seven days a week.

A biomass boiler to replace the gas-fired plant is planned to come into use by the end of
2026, cutting the mill's carbon emissions by about 70%.

Ashgill Mill Visitor Centre is open on the first Sunday of each month, April to October.""",
        (
            expect("1736", "lease"),
            expect("1824~", "machine"),
            expect("1839", "second"),
            expect("1897", "northern"),
            expect("1907-11-14", "fire"),
            expect("1962", "kellhaven"),
            expect("1979", "peak"),
            expect("2004/..", "recycled"),
            expect("../2026", "boiler", planned=True),
        ),
    ),
    Text(
        "icca-2026-call-for-papers",
        "conference call for papers",
        None,
        """CALL FOR PAPERS

ICCA 2026: 14th International Conference on Coastal Archives
"Tides of record: archives, coasts and climate"
University of Halvorsen, 8-11 June 2026

The International Conference on Coastal Archives brings together archivists, historians,
geographers and climate scientists who work with records of the sea and the shore. The
first conference was held in Aberglas in 2001; since 2008 it has met every two years, and
the 2020 meeting was cancelled and replaced by an online seminar.

We invite proposals for papers, panels and posters on any aspect of coastal records,
including historic tide gauges, shipwreck registers, harbour board minutes, oral history
and the digitisation of maps made before 1900.

Abstracts of no more than 300 words should be submitted through the conference website no
later than 15 December 2025. Authors will be notified of acceptance on 13 February 2026,
and early registration closes on 31 March 2026.

A pre-conference workshop for early-career researchers will run on Sunday 7 June, and
selected papers are expected to appear in a special issue of the Journal of Littoral
History in 2027.

Important dates
Abstract deadline: 15 December 2025
Notification of acceptance: 13 February 2026
Early registration closes: 31 March 2026
Conference: 8-11 June 2026

Organising committee: Dr Ines Marlow (chair), Prof. Kwame Asante, Dr Ruth Ellery
Contact: icca2026@halvorsen.example | Room 1.06, Strand Building""",
        (
            expect("2026-06-08/2026-06-11", "conference", planned=True),
            expect("2001", "aberglas"),
            expect("2020", "cancel"),
            expect("../2025-12-15", "abstract", planned=True),
            expect("2026-02-13", "notif", planned=True),
            expect("2026-03-31", "registration", planned=True),
            expect("2026-06-07", "workshop", planned=True),
            expect("2027", "issue", planned=True),
        ),
    ),
)
