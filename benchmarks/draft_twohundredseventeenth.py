"""The two-hundred-and-seventeenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a flood forecasting
centre's river level bulletins, a show jumping report, an offshore wind port press release, a
ship's surgeon's journal of the 1830s, a hedgehog survey report, a foundry's history, a health
minister's waiting list statement, a concert hall's HTML refurbishment closures page, a care
standards tribunal decision, a bookbinder's history and a lacrosse league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTEENTH_CORPUS",)


TWOHUNDREDSEVENTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvosk-port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """TARVOSK, Oct 9 (Nordline) - About 40 cargo ships were waiting at anchor off Tarvosk on
Wednesday as a strike by crane operators at the country's second-largest port entered its
third day, harbour officials said.

The stoppage began at 6 a.m. on Monday after talks on a new wage agreement collapsed.
Negotiators for the Dockers' Federation and the port operator Tarvosk Terminals met again on
Tuesday under a government mediator but broke up without a deal shortly before midnight.

Federation chairman Oskar Lind said members would vote on Friday on a revised offer that
raises basic pay by 6.5 percent over two years. "If the members say no, we stay out," he told
reporters outside the terminal gates.

The transport ministry has told the operator that the backlog of ships must be cleared no
later than October 20 to avoid shortages of fertiliser ahead of planting. Container volumes at
Tarvosk fell 4.3 percent in September from a year earlier, the steepest drop since 2009, as
shipping lines diverted cargo to rival ports.

The port was privatised in 1998. Its last major strike, from May 3 to May 19, 2016, cost the
economy an estimated 90 million euros, according to the employers' association.

The federation, founded around 1951, represents some 2,300 of the port's 3,100 workers.
Crane operators earn on average 2,450 euros a month before tax.

(Reporting by Elin Varsk; Editing by Paul Redfern)""",
        (
            expect("2024-10-09", "ships", "waiting"),
            expect("2024-10-07", "stoppage", "began"),
            expect("2024-10-08", "negotiators"),
            expect("2024-10-11", "vote", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("2024-09", "volumes", "fell"),
            expect("1998", "privatis"),
            expect("2016-05-03/2016-05-19", "strike"),
            expect("1951~", "federation", "found"),
        ),
    ),
    Text(
        "halbrook-northgate-campus",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halbrook Biosystems breaks ground on EUR 85 million research campus in Northgate

NORTHGATE, February 20, 2025 /Medwire/ -- Halbrook Biosystems N.V. (Euronext: HLBK), a
developer of enzyme-based diagnostic reagents, today broke ground on its new research and
development campus at the Northgate Science Park. The 14,000-square-metre campus is scheduled
to open in September 2026 and will house up to 320 scientists.

"Northgate is where Halbrook began, and it is where our next generation of tests will be
invented," said Chief Executive Marit Oosterveld.

Halbrook was founded in 2008 as a spin-out of the University of Northgate and acquired the
Scottish reagent maker Pellworth Labs in March 2021. Its rapid lupus assay received CE marking
on 12 November 2024. Revenue grew 31 percent last year, the company's strongest growth since
2015.

The company plans to complete the hiring of 120 new staff for the campus by the end of 2026.
Halbrook will present the project in detail at its Capital Markets Day on 18 March 2025 in
Amsterdam.

About Halbrook Biosystems
Halbrook Biosystems develops and manufactures enzyme-based reagents for clinical laboratories
in more than 40 countries. It employs 640 people at sites in the Netherlands, Scotland and
Poland.

Forward-looking statements
This release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially.

Media contact: Janne de Wit, +31 20 555 0147, press@halbrook.example

(c) 2025 Halbrook Biosystems N.V. All rights reserved.""",
        (
            expect("2025-02-20", "ground"),
            expect("2026-09", "campus", "open", planned=True),
            expect("2008", "found"),
            expect("2021-03", "pellworth"),
            expect("2024-11-12", "marking"),
            expect("../2026", "staff", planned=True),
            expect("2025-03-18", "capital", "markets", planned=True),
        ),
    ),
    Text(
        "pruitt-v-kestrel",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK

No. 23-0412

Filed April 2, 2024

DARNELL J. PRUITT, Appellant,

v.

KESTREL LOGISTICS, INC., Respondent.

Appeal from the District Court for Ames County, Hon. Lorna Beck, Judge.

REVERSED AND REMANDED.

HAYWOOD, Judge.

Appellant Darnell Pruitt challenges the district court's grant of summary judgment dismissing
his claim under the Westmark Whistleblower Act of 1987. Because genuine issues of material
fact remain as to causation, we reverse.

I. BACKGROUND

Kestrel Logistics hired Pruitt as a night dispatcher on or about June 3, 2016. The company's
written attendance policy, in effect since 2014, allowed dismissal after three unexcused
absences in any rolling 90-day period. Pruitt's supervisor, Gail Monroe, first raised concerns
about his attendance no later than December 2020, according to her own notes.

On February 22, 2021, Pruitt reported to the state Department of Transportation that Kestrel
drivers were exceeding hours-of-service limits. Kestrel terminated his employment on March 9,
2021, citing the attendance policy. He filed a charge with the Westmark Human Rights Commission
on August 30, 2021, and brought this action the following spring.

The district court granted Kestrel's motion for summary judgment on January 17, 2023,
concluding that Pruitt had not shown that his report caused his dismissal. Pruitt filed a
timely notice of appeal on February 14, 2023. We heard oral argument on November 6, 2023.

II. ANALYSIS

We review a grant of summary judgment de novo. Olsen v. Harbor Freight Co., 912 N.W.2d 334,
339 (Westm. 2018). Under the 2019 amendments to the Act, an employee need only show that the
report was a contributing factor in the adverse action. Westm. Stat. 181.932, subd. 1 (2022).
Seventeen days separated Pruitt's report from his dismissal, and the record does not show that
Kestrel enforced the attendance policy against any other dispatcher.

III. DISPOSITION

The judgment is reversed and the matter remanded for trial.""",
        (
            expect("2016-06-03~", "hired"),
            expect("2014/..", "policy"),
            expect("../2020-12", "concerns"),
            expect("2021-02-22", "reported"),
            expect("2021-03-09", "terminat"),
            expect("2021-08-30", "charge"),
            expect("2023-01-17", "summary", "judgment"),
            expect("2023-02-14", "appeal"),
            expect("2023-11-06", "argument"),
        ),
    ),
    Text(
        "brennick-abbey",
        "encyclopedia history",
        None,
        """Brennick Abbey

Brennick Abbey is a ruined Cistercian abbey near the village of Brennick in the county of
Lowmoor, England. The remains of its church and west range are among the best preserved of the
order in the north of the country.

History

The abbey was founded, possibly in 1132, by a colony of twelve monks from Holmcross under the
patronage of Walter de Brennick. Its church was consecrated c. 1160. In 1347 a fire destroyed
the dormitory and much of the library; the Brennick Psalter (c. 1250), now in the Lowmoor
Record Office, is one of the few books to survive.

The abbey was dissolved in 1539 and the site granted to Sir Hugh Marrable. Between 1540 and
1552 much of the church was pulled down and its stone sold to builders in the town. Marrable's
grandson converted the west range into a house c. 1601; it was extended in 1688, 1702 and
1745, and remained one of the largest houses in the county until the 19th century.

Archaeology and protection

The site was excavated between 1962 and 1968 by the Lowmoor Archaeological Society, which
uncovered the foundations of the chapter house and an infirmary measuring 1,130 square feet.
Since 1951 the ruins have been a scheduled monument, and they are now cared for by Heritage
Lowmoor. The abbey church measured 206 feet from east to west.

See also
List of Cistercian houses in England""",
        (
            expect("1132?", "found"),
            expect("1160~", "consecrat"),
            expect("1347", "fire"),
            expect("1539", "dissolv"),
            expect("1540/1552", "pulled"),
            expect("1601~", "convert"),
            expect("1688", "extend"),
            expect("1702", "extend"),
            expect("1745", "extend"),
            expect("1962/1968", "excavat"),
            expect("1951/..", "scheduled"),
        ),
    ),
    Text(
        "harrowby-calder-vale",
        "sports report",
        date(2023, 8, 14),
        """Reid hundred steers Harrowby to title-race win

By Sam Coulter

Harrowby moved within two points of the Northern League leaders after beating Calder Vale by
six wickets at Stanton Park on Sunday.

Calder Vale, put in on a damp pitch, were bowled out for 246 on Saturday, with seamer Ollie
Brandt taking five for 38. Opener Callum Reid then anchored the chase on Sunday with 112 not
out from 141 balls, his third century of the season.

Reid, 29, joined Harrowby from Ashcombe in 2019 and has now scored 1,984 runs in all
competitions for the club. "The ball was doing a bit early, so I just tried to be there at the
end," he said.

Captain Dev Mistry, who broke a finger in the nets on 28 July, watched from the pavilion and is
expected to return by the end of the month.

Harrowby travel to Oakfield on Thursday for a rearranged fixture, and the Northern League final
is scheduled for September 9 at Headingham. A title would be Harrowby's first since 1987. The
club plays its home games at Stanton Park every other Saturday from April.

Scores: Calder Vale 246 (Brandt 5-38); Harrowby 247-4 (Reid 112*, Shah 54).""",
        (
            expect("2023-08-13", "beat", "calder"),
            expect("2023-08-12", "bowled"),
            expect("2023-08-13", "reid"),
            expect("2019", "joined"),
            expect("2023-07-28", "finger"),
            expect("../2023-08", "return", planned=True),
            expect("2023-08-17", "oakfield", planned=True),
            expect("2023-09-09", "final", planned=True),
        ),
    ),
    Text(
        "pelling-biscuits-history",
        "company history",
        None,
        """Our Story

Pelling & Sons: a family of bakers

Jonah Pelling began baking ship's biscuits in a rented cellar in Saltmouth circa 1868. In 1874
he opened his first shop on Mill Street, and the following year his brother Amos joined him as
a partner, giving the firm the name it still bears.

The firm installed its first steam-driven ovens around 1903, and our Ginger Snap is still made
to the 1896 recipe. Between 1940 and 1945 the Mill Street bakery was given over to emergency
rations for the Admiralty, turning out 2,000 tins a day.

In 1962 the company moved to a purpose-built factory at Castlebridge, where 340 people now
work. Pelling & Sons was acquired by Harwell Foods in 1989, but a management buy-out led by
Jonah's great-granddaughter Ruth Pelling returned it to family hands in 2004.

Since 2010 we have baked only with wheat grown within 50 miles of the factory, and every
October we open the bakery doors to local schools.

Looking ahead

A new bakery at Saltmouth harbour is due to open in 2026, bringing biscuit-making back to the
town where it began.

Pelling & Sons Ltd, Castlebridge Road, Castlebridge. Visitor centre: 01632 960 418.""",
        (
            expect("1868~", "baking"),
            expect("1874", "shop"),
            expect("1875", "amos"),
            expect("1903~", "ovens"),
            expect("1940/1945", "rations"),
            expect("1962", "castlebridge"),
            expect("1989", "acquir"),
            expect("2004", "management"),
            expect("2010/..", "wheat"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "aster-2-lunar-orbiter",
        "mission summary",
        None,
        """ASTER-2 LUNAR ORBITER - MISSION SUMMARY
Document ASA-A2-MS-014 Rev C, issued 30 June 2024

Launch:          22 September 2021, 03:14 UTC, Korvan Spaceport, Helion-3 launcher
Mass at launch:  2,030 kg
Science orbit:   polar, 14 x 1,740 km

Overview
Aster-2 was launched on 22 September 2021 and entered lunar orbit eleven days later after a
direct transfer. It returned its first science data on 15 October 2021, and its radar sounder
has since mapped 91 percent of the permanently shadowed craters near the south pole. Its
periapsis of 14 km is the lowest of any lunar orbiter since 1976.

Operations
From 2 to 6 February 2022 the spacecraft was in safe mode following a star-tracker fault. A
software update uploaded on or about 10 May 2023 restored the tracker's full accuracy.

An extended mission was approved by the agency's science board in June 2023, and the primary
mission was completed on 30 September 2023.

Outlook
Aster-2 will act as a communications relay for the Aster-3 lander, which is expected to land
by the end of 2025. A controlled impact near Shackleton crater is planned for March 2026,
when the propellant remaining, now about 38 kg, runs out.

Contact: Aster-2 Project Office, asa-aster2@asa.example""",
        (
            expect("2021-09-22", "launch"),
            expect("2021-10-03", "orbit"),
            expect("2021-10-15", "data"),
            expect("2022-02-02/2022-02-06", "safe"),
            expect("2023-05-10~", "software"),
            expect("2023-06", "extended"),
            expect("2023-09-30", "primary"),
            expect("../2025", "land", planned=True),
            expect("2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "building-registration-statement",
        "government statement",
        None,
        """Department for Housing and Communities

Written Ministerial Statement: Building Safety - Registration of Higher-Risk Buildings

Made on: 5 July 2024
Made by: Imogen Farrell MP, Minister for Building Safety

Today I have laid before Parliament the Building Safety (Registration) Regulations 2024, which
will come into force on 1 October 2024.

The fire at Harlan Court on 14 May 2017 showed what happens when no one knows who is
responsible for a building. The Building Safety Regulator took on its full powers in April
2023, and these regulations complete the framework set out in the Building Safety Act 2022.

We consulted on the proposals from 12 January to 8 March 2024 and received 1,207 responses,
the largest number for any housing consultation since 2018. I am grateful to everyone who
took part.

Under the regulations, owners must register every residential building over 18 metres high
no later than 31 March 2025. Owners who fail to do so will face fines of up to 5,000 pounds.

The Remediation Fund, open since 2020, has so far paid 2.1 billion pounds towards the removal
of unsafe cladding from 1,340 buildings.

I will meet representatives of the insurance industry on Thursday 11 July to discuss premiums
for leaseholders in buildings still awaiting works.

Statement HCWS41""",
        (
            expect("2024-07-05", "laid"),
            expect("2024-10-01", "force", planned=True),
            expect("2017-05-14", "fire"),
            expect("2023-04", "regulator"),
            expect("2024-01-12/2024-03-08", "consult"),
            expect("../2025-03-31", "register", planned=True),
            expect("2020/..", "fund"),
            expect("2024-07-11", "meet", planned=True),
        ),
    ),
    Text(
        "kirkbrae-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kirkbrae library reopens after restoration | Fenwick Courier</title>
<script async src="https://tags.example/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || [];
dataLayer.push({"section": "local", "published": "2024-04-18"});</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's on</a></li></ul></nav>
<article>
<h1>Kirkbrae library reopens after 4.2m restoration</h1>
<p class="byline">By Moira Tennant | <time datetime="2024-04-18T07:30">18 April 2024</time>
| Updated <time datetime="2024-04-18T12:05">12:05</time></p>
<figure><img src="/img/kirkbrae-library.jpg" alt="Readers outside the library">
<figcaption>Readers queue outside the library on Wednesday morning. Photo: Ian Rusk
</figcaption></figure>
<p>Kirkbrae's Carnegie library reopened its doors on Wednesday, two and a half years after it
closed in November 2021 when cracks were found in its dome.</p>
<p>The sandstone building was completed in 1907. It is said to have been paid for by a grant
agreed in 1905 between the burgh council and the Carnegie trustees.</p>
<p>Councillors approved the 4.2 million pound restoration on 9 March 2022. Work began on
6 February 2023 and was finished by the end of January this year, three weeks ahead of
schedule.</p>
<p>A cafe on the ground floor will open in June. "People have been asking every week when we
would be back," said librarian Aileen Cowie, 58.</p>
<p>The library lends about 30,000 books a year and had more visitors in 2019 than in any year
since 1995.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/dome-cracks">Dome cracks force library closure</a>
<time datetime="2021-11-09">9 Nov 2021</time></li>
<li><a href="/news/library-vote">Councillors back library rescue</a>
<time datetime="2022-03-09">9 Mar 2022</time></li>
</ul></aside>
<footer><p>&copy; 2024 Fenwick Courier Ltd</p></footer>
</body>
</html>""",
        (
            expect("2024-04-17", "reopen"),
            expect("2021-11", "closed"),
            expect("1907", "complet"),
            expect("1905?", "grant"),
            expect("2022-03-09", "approv"),
            expect("2023-02-06", "work", "began"),
            expect("../2024-01", "finish"),
            expect("2024-06", "cafe", planned=True),
        ),
    ),
    Text(
        "river-aske-bulletins",
        "flood forecasting centre's river level bulletins",
        None,
        """NORTHERN RIVERS FLOOD FORECASTING CENTRE
River Level Bulletins - River Aske catchment

BULLETIN No. 1
Issued: 06:00 GMT, Tuesday 14 January 2025
Next bulletin: by 18:00 today

Situation: A Flood Warning for the River Aske at Harrow Bridge was issued at 16:00 on Monday
13 January. The Harrow Bridge gauge read 3.42 m at 05:45 this morning, against a typical
winter level of 1.10 m.

Forecast: Levels are expected to peak between 3.7 m and 3.9 m on Wednesday 15 January, most
likely in the afternoon. Property flooding is possible at Low Wharf and Tanners Row.

BULLETIN No. 3
Issued: 06:00 GMT, Thursday 16 January 2025

Situation: The Aske peaked at 3.81 m at 14:30 on Wednesday, the highest level recorded at
Harrow Bridge since December 2015. The Flood Warning was downgraded to a Flood Alert at 21:00
yesterday.

Forecast: Levels are falling at about 4 cm an hour and are expected to fall below 2.5 m by
Friday.

BULLETIN No. 4
Issued: 12:00 GMT, Friday 17 January 2025

Situation: All warnings and alerts on the River Aske were removed at 10:00 today.

Advice: Sandbag collection points at Harrow Bridge and Low Wharf will close at 17:00 on Monday
20 January. Residents can report flooding on 0345 988 1188 (24 hours).

This is the final bulletin for this event.""",
        (
            expect("2025-01-13", "warning", "issued"),
            expect("2025-01-14", "gauge"),
            expect("2025-01-15", "peak", planned=True),
            expect("2025-01-15", "peaked"),
            expect("2025-01-15", "downgrad"),
            expect("../2025-01-17", "fall", planned=True),
            expect("2025-01-17", "removed"),
            expect("2025-01-20", "sandbag", planned=True),
        ),
    ),
    Text(
        "hallam-park-grand-prix",
        "show jumping report",
        date(2024, 6, 3),
        """Hallam Park Grand Prix: Ferris and Quillon Bay land home win

By Lucy Ormerod

Niamh Ferris and the 12-year-old gelding Quillon Bay won the Hallam Park Grand Prix on Sunday,
the only pair to jump double clear over Tom Weyland's 1.60 m track. Their jump-off round of
42.17 seconds was the fastest in the class since 2016.

Ferris, 34, had won the Grand Prix in 2011, 2014 and 2019 on three different horses, but said
this one meant the most. "He is the first horse I have produced myself from a five-year-old,"
she said. Quillon Bay was bought from a breeder in Flanders in 2020.

Friday's Speed Derby went to Jonas Ekdal and Mirabel, who shaved almost two seconds off the
time of the runner-up, Clara Voss.

The prize fund of 150,000 pounds was shared among the 12 placed riders. Hallam Park hosts the
show every year over the first weekend of June.

The selectors will name the team by 10 June for the Nations Cup at Rotterhaven on 21 June.
Ferris said she plans to give the gelding a rest before the Aldersea Derby on 6 July.

Result: 1 Quillon Bay (N Ferris) 0/0, 42.17s; 2 Mirabel (J Ekdal) 0/4, 40.88s; 3 Tannery
Lad (C Voss) 0/4, 43.02s.""",
        (
            expect("2024-06-02", "grand", "prix"),
            expect("2011", "won"),
            expect("2014", "won"),
            expect("2019", "won"),
            expect("2020", "bought"),
            expect("2024-05-31", "speed"),
            expect("../2024-06-10", "team", planned=True),
            expect("2024-06-21", "nations", planned=True),
            expect("2024-07-06", "derby", planned=True),
        ),
    ),
    Text(
        "skelhaven-wind-quay",
        "offshore wind port press release",
        None,
        """NEWS RELEASE

Port of Skelhaven signs 180m pound deal to become offshore wind hub

12 September 2024

The Port of Skelhaven Authority today signed an agreement with turbine maker Nordvind Energy to
build a heavy-lift quay for the assembly and shipping of offshore wind turbines.

Construction of the 600-metre quay is scheduled to start in January 2025 and to be completed
by the end of 2026. The first 15 MW turbines are expected to ship from Skelhaven in 2027 to
the Dogger North array, 120 km offshore.

The port obtained a Harbour Revision Order for the development in May 2023 after a two-year
consent process. Since 2015 Skelhaven has been the operations and maintenance base for the Tern
Bank wind farm, whose 84 turbines supply power to about 400,000 homes.

"This is the biggest investment in the port since its harbour was built," said chief
executive Rhona Gilmour. The harbour was built c. 1850 by the Skelhaven Railway Company.

Nordvind expects to employ up to 450 people at the port once the quay is in full use.

ENDS

Notes to editors
The Port of Skelhaven Authority is a trust port. It handles around 2.3 million tonnes of cargo
a year.

Media enquiries: Callum Baird, 01964 555 212, media@skelhavenport.example""",
        (
            expect("2024-09-12", "signed", "agreement"),
            expect("2025-01", "construction", planned=True),
            expect("../2026", "complet", planned=True),
            expect("2027", "ship", planned=True),
            expect("2023-05", "order"),
            expect("2015/..", "base"),
            expect("1850~", "harbour", "built"),
        ),
    ),
    Text(
        "tern-surgeons-journal",
        "ship's surgeon's journal of the 1830s",
        None,
        """Journal of Edw. Mainwaring, Surgeon, H.M. Sloop Tern

1834

March

Mond. 3rd. Weighed from Plymouth Sound at 7 a.m., wind N.E., fresh. Ship's company 112 all
told; sick list 4, viz. catarrh 2, ulcer 1, debility 1.

Tues. 4th. Much sea. Several of the boys sea-sick. Gave the usual doses.

Wed. 5th. At 2 p.m. Jos. Hartley, A.B., aged 31, fell from the main-top upon the deck;
fracture of the left thigh & contusion of the head. Reduced the fracture & applied splints.
Bled him 12 oz.

Sun. 9th. Hartley died at 4 a.m., having been insensible since Friday. Committed to the deep
at noon, Capt. reading the service.

Frid. 14th. Anchored in Funchal Roads. Recd. 2 casks of lemons & fresh beef for the people.
The Capt. says we shall sail on the 18th.

April

Wed. 2nd. Lat. 12 deg. 14 min. N. First case of the fever, Wm. Cole, ord. seaman, aged 19;
hot skin, pain in the loins, tongue furred. Gave calomel & jalap.

Thurs. 10th. Cole died at 3 a.m. Buried him at sea in the forenoon. Fumigated the lower deck
with vinegar, as is done every week in these latitudes. Capt. expects to make Ascension about
the 20th inst., where I hope to land the sick.""",
        (
            expect("1834-03-03", "plymouth"),
            expect("1834-03-05", "fell"),
            expect("1834-03-09", "died"),
            expect("1834-03-14", "anchor"),
            expect("1834-03-18", "sail", planned=True),
            expect("1834-04-02", "fever"),
            expect("1834-04-10", "died"),
            expect("1834-04-10", "buried"),
            expect("1834-04-20~", "ascension", planned=True),
        ),
    ),
    Text(
        "harwick-hedgehog-survey",
        "hedgehog survey report",
        None,
        """Harwick Mammal Group

Hedgehog Survey 2023: Summary Report
Prepared by Dr Fen Ashby for the Group committee. Printed December 2023.

1. Introduction
The first Harwick Hedgehog Survey was carried out in 2011 by six volunteers. This year 48
volunteers took part, covering 60 sites across the parish.

2. Methods
Volunteers attended a training day at Harwick Village Hall on 18 March 2023. Fieldwork ran from
1 April to 30 September 2023. Footprint tunnels were set at the 60 sites on 3, 5 and 7 May and
checked every five days thereafter.

3. Results
The first hedgehog of the season was seen on 4 April at the Mill Lane allotments. Hedgehogs were
recorded at 27 of 60 sites (45%), the highest proportion since 2014. A total of 1,987 footprint
cards were examined. Hedgehogs usually emerge from hibernation in March, so April records are
expected.

4. Hedgehog Highways
Since 2016 the Group's Hedgehog Highways scheme has linked gardens by 13 cm holes in fences;
212 gardens now take part.

5. Next steps
The 2024 survey will begin on 6 April 2024, with volunteer training on 16 March. Survey data
will be submitted to the Lowshire Biological Records Centre no later than 31 January 2024.

Contact: hedgehogs@harwickmammals.example | Registered charity no. 1102845""",
        (
            expect("2011", "first", "survey"),
            expect("2023-03-18", "training"),
            expect("2023-04-01/2023-09-30", "fieldwork"),
            expect("2023-05-03", "tunnels"),
            expect("2023-05-05", "tunnels"),
            expect("2023-05-07", "tunnels"),
            expect("2023-04-04", "hedgehog"),
            expect("2016/..", "highways"),
            expect("2024-04-06", "survey", planned=True),
            expect("2024-03-16", "training", planned=True),
            expect("../2024-01-31", "data", planned=True),
        ),
    ),
    Text(
        "ashgrove-bell-foundry",
        "foundry's history",
        None,
        """Ashgrove Bell Foundry: a short history

The foundry is said to have been established in 1738 by Samuel Ashgrove, a brazier from
Lowden. The earliest bell known to bear the Ashgrove mark was cast in 1744 for the church of
St Mary, Lowden, and still rings there.

About 1829 the business moved to larger premises on Canal Street, beside the new wharf, where
a furnace could take 8 tons of metal at a time. It cast the great bell of St Aldric's
Cathedral, weighing 4,120 kg, in 1882, the largest bell cast in the county since 1700.

Between 1914 and 1918 the foundry made shell casings and ship's fittings for the Admiralty, and
its bell-founders were among the 1,840 local men who served. The foundry closed in 1971 when
orders dried up, but it reopened seven years later under the bell-hanger Peter Quayle.

Since 1995 it has been run by the Ashgrove Trust as a working museum, and visitors can watch a
casting on the first Saturday of each month. The Trust plans to recast the old ring of St
Mary's, Lowden, by 2027.

Ashgrove Bell Foundry, Canal Street, Lowden. Open Wednesday to Sunday, 10 am - 4 pm.""",
        (
            expect("1738?", "establish"),
            expect("1744", "bell"),
            expect("1829~", "moved"),
            expect("1882", "great"),
            expect("1914/1918", "shell"),
            expect("1971", "closed"),
            expect("1978", "reopen"),
            expect("1995/..", "museum"),
            expect("../2027", "recast", planned=True),
        ),
    ),
    Text(
        "waiting-list-statement",
        "health minister's waiting list statement",
        None,
        """Department of Health

Statement by the Minister for Health, Clodagh Byrne TD, on hospital waiting lists

Tuesday 4 March 2025

Figures published today by the National Treatment Register show that 612,400 people were
waiting for hospital treatment at the end of January, down 38,000 on a year earlier and the
lowest figure since 2019.

When I launched the Waiting List Action Plan in May 2023, I said that we would measure progress
in patients treated, not in promises. The new elective surgical hub at St Fintan's Hospital,
Ballykeel, opened on 10 February and has already carried out 900 procedures. Weekend operating
lists have run at six hospitals since September 2023.

On Friday 28 February I met hospital chief executives to agree targets for the year ahead. A
second hub, at Crayford, will open no later than 30 September 2025, and by the end of 2026 no
patient will wait more than 52 weeks for a first outpatient appointment.

Winter pressures every year slow the fall in waiting lists, and this year was no exception. I
want to thank staff for their work through January and February.

I will appear before the Joint Committee on Health on Thursday 13 March to set out the plan
for 2025 in detail.

ENDS

Press Office: 01 635 4000 | press@health.example""",
        (
            expect("2025-03-04", "figures", "published"),
            expect("2023-05", "action", "plan"),
            expect("2025-02-10", "hub", "open"),
            expect("2023-09/..", "weekend"),
            expect("2025-02-28", "met"),
            expect("../2025-09-30", "second", "hub", planned=True),
            expect("../2026", "wait", planned=True),
            expect("2025-03-13", "committee", planned=True),
        ),
    ),
    Text(
        "aldwyn-hall-closures",
        "concert hall's HTML refurbishment closures page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Refurbishment closures | Aldwyn Hall</title>
<script src="/js/cookie-consent.js" defer></script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's on</a> | <a href="/visit">Visit</a>
| <a href="/refurbishment" aria-current="page">Refurbishment</a></nav>
<main>
<h1>Our refurbishment: what's closed and when</h1>
<p class="updated">Last updated <time datetime="2025-05-02">2 May 2025</time></p>
<p>Aldwyn Hall opened in 1934 and was last refurbished in 1989. This summer we begin the biggest
programme of works in its history: new seats, a new organ console and step-free access to
every level.</p>
<figure><img src="/img/auditorium-1989.jpg" alt="">
<figcaption>The Main Auditorium in 1989. Photo: Aldwyn Hall archive</figcaption></figure>
<h2>Closures</h2>
<p>The Main Auditorium will be closed from 2 June to 19 September 2025 and reopens with a gala
concert on 20 September 2025. The Recital Room will close on 7 July 2025 and is due to reopen
on 1 December 2025.</p>
<table>
<tr><th>Space</th><th>Closes</th><th>Reopens</th></tr>
<tr><td>Main Auditorium</td><td>2 June 2025</td><td>20 September 2025</td></tr>
<tr><td>Recital Room</td><td>7 July 2025</td><td>1 December 2025</td></tr>
</table>
<h2>Box Office and tickets</h2>
<p>From 1 June the Box Office will operate from the Foyer Kiosk on Elm Street, open 10 am to
5 pm, Monday to Saturday. Tickets for performances after 20 September go on sale on 12 May.
</p>
</main>
<footer><p>Aldwyn Hall Trust, registered charity 1023456 | Box Office 0161 555 0190 |
&copy; 2025 Aldwyn Hall</p></footer>
</body>
</html>""",
        (
            expect("1934", "opened"),
            expect("1989", "refurbish"),
            expect("2025-06-02/2025-09-19", "auditorium", planned=True),
            expect("2025-09-20", "gala", planned=True),
            expect("2025-07-07", "recital", planned=True),
            expect("2025-12-01", "recital", "reopen", planned=True),
            expect("2025-06-01/..", "box", "office", planned=True),
            expect("2025-05-12", "sale", planned=True),
        ),
    ),
    Text(
        "greyfriars-care-v-inspectorate",
        "care standards tribunal decision",
        None,
        """First-tier Tribunal (Health, Education and Social Care Chamber)
Care Standards

Neutral Citation Number: [2024] UKFTT 217 (HESC)
Case No. 2023-1187.EA

BEFORE
Tribunal Judge Helen Caddick
Specialist Member Dr Anil Varma
Specialist Member Mrs Joan Pryce

GREYFRIARS CARE LIMITED
Appellant
-v-
THE CARE INSPECTORATE FOR ENGLAND
Respondent

DECISION

1. This is an appeal under section 21 of the Care Standards Act 2000 against the Respondent's
decision of 11 October 2023 to cancel the Appellant's registration in respect of Elmhurst
House, a care home for 34 older people.

2. We heard the appeal on 4 and 5 March 2024. The Appellant was represented by Mr Otway of
counsel and the Respondent by Ms Lake, solicitor.

Background

3. The Appellant has been registered as the provider of Elmhurst House since 2012. The post of
registered manager has been vacant since January 2023.

4. The Respondent inspected the home on 14 and 15 June 2023 and rated it Inadequate, finding
breaches of Regulation 12 of the 2014 Regulations. A notice of proposal to cancel registration
was issued on 2 August 2023. The Appellant's written representations, received on or about 1
September 2023, were not accepted.

5. The Appellant lodged its appeal on 6 November 2023.

Conclusion

6. We are satisfied that cancellation is proportionate. The appeal is dismissed.

Tribunal Judge Helen Caddick
Date Issued: 22 March 2024""",
        (
            expect("2023-10-11", "cancel"),
            expect("2024-03-04", "heard"),
            expect("2024-03-05", "heard"),
            expect("2012/..", "registered"),
            expect("2023-01/..", "vacant"),
            expect("2023-06-14", "inspected"),
            expect("2023-06-15", "inspected"),
            expect("2023-08-02", "proposal"),
            expect("2023-09-01~", "representations"),
            expect("2023-11-06", "lodged"),
        ),
    ),
    Text(
        "greaves-lowe-bookbinders",
        "bookbinder's history",
        None,
        """Greaves & Lowe, Bookbinders, of Quill Lane, Norchester: a history

Thomas Greaves (1781-1849) was apprenticed to the Norchester binder William Pask about 1795
and set up on his own account in Quill Lane in or about 1802. His earliest surviving signed
binding, a Book of Common Prayer in red morocco with 1,200 gilt tooling impressions, is
possibly from 1810.

In 1819 Greaves took his former apprentice Henry Lowe into partnership, and the firm became
known for its work for the cathedral library and the county's landed families. Greaves & Lowe
won medals at the London exhibitions of 1851, 1862 and 1867, each time for a folio bound in
straight-grain morocco.

A fire in 1887 destroyed most of the stock of tools and finished work; the bindery was rebuilt
the following year on the same site, with a gas-heated finishing room.

The firm ceased trading in 1968, when the last partner, Arthur Lowe, retired at the age of 74.
Its finishing tools, some 2,400 in number, are now in the Norchester Museum.

Further reading: M. Sefton, Binders of the Northern Counties (Norchester, 1984).""",
        (
            expect("1795~", "apprentic"),
            expect("1802~", "set", "up"),
            expect("1810?", "binding"),
            expect("1819", "partnership"),
            expect("1851", "medal"),
            expect("1862", "medal"),
            expect("1867", "medal"),
            expect("1887", "fire"),
            expect("1888", "rebuilt"),
            expect("1968", "ceased"),
        ),
    ),
    Text(
        "nmwll-fixtures-2025",
        "lacrosse league's fixtures list",
        None,
        """NORTH MIDLANDS WOMEN'S LACROSSE LEAGUE
Division One - Fixtures 2025
Issued 20 March 2025 by the Fixtures Secretary

All matches 2.00 pm face-off unless stated. Home team named first.

Round 1 - Sat 12 Apr
    Ashworth v Kelby Park
    Trentside v Harrowgate Uni

Round 2 - Sat 26 Apr
    Kelby Park v Trentside
    Harrowgate Uni v Ashworth (11.30 am)

Round 3 - Sat 10 May
    Trentside v Ashworth
    Harrowgate Uni v Kelby Park

Finals Day - Sun 15 June, Beeston Fields: 1st v 2nd, 2.00 pm

Notes
1. Team registrations must reach the Fixtures Secretary no later than 31 March.
2. The pre-season tournament, rained off on 15 March, will be replayed on Sun 6 April at
   Kelby Park.
3. The league, founded in 1976, now has 14 clubs in three divisions. Umpires are appointed
   every Monday for the following Saturday.
4. Home clubs must email the result and scoresheet to the Fixtures Secretary by 6 pm on
   match day.
5. Fixtures Secretary: Gill Haworth, 07700 900431, fixtures@nmwll.example""",
        (
            expect("2025-04-12", "ashworth", "kelby", planned=True),
            expect("2025-04-12", "trentside", "harrowgate", planned=True),
            expect("2025-04-26", "kelby", "trentside", planned=True),
            expect("2025-04-26", "harrowgate", "ashworth", planned=True),
            expect("2025-05-10", "trentside", "ashworth", planned=True),
            expect("2025-05-10", "harrowgate", "kelby", planned=True),
            expect("2025-06-15", "finals", planned=True),
            expect("../2025-03-31", "registrations", planned=True),
            expect("2025-03-15", "tournament"),
            expect("2025-04-06", "replay", planned=True),
            expect("1976", "found"),
        ),
    ),
)
