"""The two-hundred-and-thirty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an earthquake agency's
aftershock reports, a cycling stage race report, a carbon capture press release, a country
parson's diary of the 1770s, a butterfly transect survey, a shipyard's history, a justice
minister's prisons statement, an airport's HTML flight disruption page, an ombudsman's
complaint decision, a bellfounder's history and a volleyball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYFIFTH_CORPUS",)


TWOHUNDREDTHIRTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "rail-strike-haldenburg",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALDENBURG, Oct 9 (Northline) - Train drivers at state-controlled rail operator Ferrovia
Nord returned to work on Wednesday after their union ended a four-day strike late on Tuesday,
accepting a pay offer it had rejected last month.

The walkout, which began on Saturday, halted almost all passenger services and left freight
stranded at the ports of Haldenburg and Osterwik. Ferrovia Nord said about 2,400 trains had
been cancelled.

Under the deal, drivers get a 6.5 percent rise at once and a further 3 percent rise next
April. Members of the Drivers' Union will vote on the agreement by Oct 25, union leader Marta
Kessel said. "We have not won everything, but we have won enough," she told reporters outside
the union's headquarters.

Transport Minister Jonas Brandt, who will meet union leaders on Monday to discuss new safety
rules for night shifts, welcomed the deal. A new national timetable is scheduled to take
effect on Dec. 15.

Freight volumes on the network fell 11 percent in September, the steepest monthly drop since
2009, according to the national statistics office.

Ferrovia Nord, privatised in 1998 under the 1997 Railways Act, still counts the state as its
largest shareholder with 51 percent. Drivers also struck in 2019 and 2021, each time for two
days.

(Reporting by Petra Lind; Editing by Mark Howell)""",
        (
            expect("2024-10-09", "return", "work"),
            expect("2024-10-08", "strike", "end"),
            expect("2024-09", "offer", "reject"),
            expect("2024-10-05", "walkout"),
            expect("2025-04", "rise", planned=True),
            expect("../2024-10-25", "vote", planned=True),
            expect("2024-10-14", "meet", planned=True),
            expect("2024-12-15", "timetable", planned=True),
            expect("2024-09", "freight"),
            expect("1998", "privatis"),
            expect("2019", "drivers"),
            expect("2021", "drivers"),
        ),
    ),
    Text(
        "orrin-enrollment-verity",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orrin Biologics Completes Enrollment in Phase 2 VERITY-2 Trial of ORB-214 in Hidradenitis
Suppurativa

Topline data expected by the end of September 2025; conference call on February 20

GRANTHAM, Mass., Feb. 18, 2025 /PRNewswire/ -- Orrin Biologics, Inc. (Nasdaq: ORBI), a
clinical-stage biotechnology company developing antibodies for chronic inflammatory skin
disease, today announced that it has completed enrollment in VERITY-2, its Phase 2 trial of
ORB-214 in adults with moderate-to-severe hidradenitis suppurativa. The final patient was
enrolled on February 11, 2025.

VERITY-2 began dosing in March 2023 and enrolled 246 patients at 58 sites in the United
States, Canada and Poland. Patients receive 150 mg or 300 mg of ORB-214, or placebo, every two
weeks for 16 weeks.

"Reaching full enrollment ahead of plan is a credit to our investigators and to the patients
who joined the study," said Dana Whitlock, M.D., Chief Medical Officer of Orrin. The U.S. Food
and Drug Administration granted Fast Track designation to ORB-214 in July 2024.

Orrin expects to report topline data by the end of September 2025 and plans to request an
End-of-Phase 2 meeting with the FDA no later than December 31, 2025. In January, the company
closed a $120 million Series C financing led by Harbour Point Capital.

Conference Call
Orrin will host a conference call and webcast on Thursday, February 20, 2025, at 8:30 a.m. ET.
Dial-in: 1-877-555-0142 (U.S.) or 1-412-555-0187 (international); conference ID 2025214.

About Orrin Biologics
Founded in 2016 and based in Grantham, Massachusetts, Orrin Biologics develops antibody
therapies for diseases of the skin. For more information, visit www.orrinbio.example.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Investor Contact: Paul Renner, (617) 555-0199, ir@orrinbio.example
(c) 2025 Orrin Biologics, Inc. All rights reserved.""",
        (
            expect("2025-02-11", "patient", "enrol"),
            expect("2023-03", "dosing"),
            expect("2024-07", "fast", "track"),
            expect("../2025-09", "topline", planned=True),
            expect("../2025-12-31", "meeting", planned=True),
            expect("2025-01", "financing"),
            expect("2025-02-20", "call", planned=True),
            expect("2016", "founded"),
        ),
    ),
    Text(
        "brant-motors-v-kestrel",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 2-20-0841

BRANT MOTORS, INC.,                           )  Appeal from the Circuit Court
        Plaintiff-Appellant,                  )  of Dorran County.
v.                                            )  No. 19-CV-0112
KESTREL AUTOMOTIVE GROUP, LLC,                )  Honorable Ellen R. Voss,
        Defendant-Appellee.                   )  Judge, presiding.

Filed June 3, 2022

JUSTICE HALVERSON delivered the opinion of the court.
Justices Okafor and Lindqvist concurred in the judgment and opinion.

OPINION

¶ 1 Plaintiff, Brant Motors, Inc., appeals the circuit court's grant of summary judgment to
defendant, Kestrel Automotive Group, LLC, on its claim under the Motor Vehicle Franchise Act
(Westm. Code § 44-210 et seq.). We affirm.

I. BACKGROUND

¶ 2 The parties signed a dealer agreement on March 1, 2017, under which plaintiff sold
defendant's vehicles from a showroom in Carver City. The Act, in force since January 1, 2016,
bars a manufacturer from ending a franchise without good cause and 90 days' written notice.

¶ 3 On or about September 30, 2018, defendant orally terminated the agreement through its
regional manager. Plaintiff objected by letter dated October 12, 2018. Defendant served a
written notice of termination on November 5, 2018.

¶ 4 Plaintiff filed its complaint on January 15, 2019. The circuit court granted defendant's
motion for summary judgment on August 4, 2020, finding that the written notice cured any defect
in the oral one. Plaintiff filed a timely notice of appeal on August 28, 2020, and we heard
oral argument on November 9, 2021.

II. ANALYSIS

¶ 5 We review a grant of summary judgment de novo. Marlow v. Ketch Trucks, Inc., 2011 WM App
(2d) 100412, ¶ 14. Plaintiff argues that the oral statement of its regional contact was itself
a termination, so that the 90-day period was never honored. The record does not bear this out:
plaintiff continued to order and sell vehicles for more than 90 days after the written notice.

III. CONCLUSION

¶ 6 For these reasons, the judgment of the circuit court of Dorran County is affirmed.

¶ 7 Affirmed.""",
        (
            expect("2017-03-01", "agreement"),
            expect("2016-01-01/..", "act", "force"),
            expect("2018-09-30~", "terminat"),
            expect("2018-10-12", "letter"),
            expect("2018-11-05", "notice"),
            expect("2019-01-15", "complaint"),
            expect("2020-08-04", "summary", "judgment"),
            expect("2020-08-28", "appeal"),
            expect("2021-11-09", "argument"),
        ),
    ),
    Text(
        "kastellon-abbey",
        "encyclopedia history",
        None,
        """Kastellon Abbey

Kastellon Abbey is a former Cistercian monastery near the village of Kastellon in the Orlen
valley. Its ruined church and the restored west range are among the best-preserved monastic
buildings of the region.

History

The abbey was founded c. 1120 by monks from Saint-Vellin, on land given by Count Radulf of
Orlen.[1] The abbey church was possibly consecrated in 1148, although the only source for that
date is a chronicle written three centuries later.[2]

A fire in 1349 destroyed the dormitory and the chapter house. In the same year the plague
reached the valley, and the chronicle records that only eleven of the forty monks survived.
The detached bell tower was perhaps added in 1420; its lower stage is clearly older than the
belfry above it.[3]

The abbey was dissolved in 1539, and its lands were sold to the Marren family in 1541. Between
1610 and 1624 the Marrens rebuilt the west range as a manor house, keeping the vaulted
cellarium as a kitchen.

Conservation

The ruins were restored from 1952 to 1961 by the state monuments office. Since 1994 the west
range has housed the Orlen Valley Museum, which stages a medieval fair every year in August.
The site appears on the 1882 Ordnance map as "Castle Ruin".

See also
- List of Cistercian monasteries in the Orlen valley

References
1. Hauk, G. (1978). Die Zisterzienser im Orlental. p. 44.
2. Chronicon Castellonense, fol. 12v.
3. Breyer, A. "The bell tower at Kastellon". Orlen Studies 12 (2004): 101-118. Retrieved 4
   May 2021.""",
        (
            expect("1120~", "founded"),
            expect("1148?", "consecrat"),
            expect("1349", "fire"),
            expect("1349", "plague"),
            expect("1420?", "tower"),
            expect("1539", "dissolv"),
            expect("1541", "lands", "sold"),
            expect("1610/1624", "rebuil"),
            expect("1952/1961", "restor"),
            expect("1994/..", "museum"),
        ),
    ),
    Text(
        "redcliffe-carrow-rugby",
        "sports report",
        date(2025, 3, 16),
        """RUGBY UNION | PREMIER DIVISION

Redcliffe 24 Carrow 19

Ellery's late try sends Redcliffe four points clear

By Tom Aske at Holm Park

Redcliffe moved four points clear at the top of the Premier Division after edging past Carrow
24-19 at a rain-soaked Holm Park on Saturday, their ninth home win in a row and the club's
longest such run since 2008.

Flanker Owen Tate went over in the 23rd minute and fly-half Rhys Penrose kicked 14 points, but
Carrow, who had held Redcliffe to a 17-17 draw at the Quarry on 2 November, led 19-17 with six
minutes left before replacement hooker Dan Ellery burrowed over from a five-metre lineout.

"We made hard work of it," said head coach Leanne Voss, who was appointed last June after
eight seasons in charge of the academy. "But the lads kept their heads when it mattered."

Captain Joel Marsh, 31, who made his debut for the club in 2014, was outstanding in the loose,
and the crowd of 11,204 was the largest at Holm Park this season.

Tate was shown a yellow card for a high tackle early in the second half and has been cited;
his disciplinary hearing is scheduled for Tuesday.

Redcliffe travel to Dunmore on Friday 28 March before meeting Ashby in the cup final at the
National Stadium on 10 May.

Redcliffe: Okoro; Hale, Brandt, Kemp, Lowe; Penrose, Gray; Vance, Mills, Odell, Ferris,
Marsh (capt), Tate, Byrne, Quinn. Replacements: Ellery, Shaw, Amis.
Referee: K Whitlow. Attendance: 11,204.""",
        (
            expect("2025-03-15", "redcliffe", "carrow"),
            expect("2024-11-02", "draw"),
            expect("2024-06", "appoint"),
            expect("2014", "debut"),
            expect("2025-03-18", "hearing", planned=True),
            expect("2025-03-28", "dunmore", planned=True),
            expect("2025-05-10", "final", planned=True),
        ),
    ),
    Text(
        "harrowgate-pencil-history",
        "company history",
        None,
        """Our History | The Harrowgate Pencil Company

From two rooms on Mill Street to the Netherby works

The Harrowgate Pencil Company was founded in 1868 by Josiah Fell, a stationer's clerk, in two
rented rooms above a saddler's shop on Mill Street. In 1891 the firm moved to a purpose-built
factory beside the canal at Netherby, where it still makes pencils today.

Around 1900 Fell's son Arthur introduced the Netherby No. 2, a hexagonal graphite pencil that
remains our best seller; we sell some 4 million of them a year.

Between 1914 and 1918 the factory made fuse components for the War Office and employed 600
people, most of them women. In the 1920s the firm added coloured pencils and crayons, and its
1951 Festival range of drawing sets is still sought after by collectors.

The company was listed on the Northern Stock Exchange in 1936. In 1971 Harrowgate merged with
its old rival Kestle & Sons, and the following year it closed the Kestle mill at Brayford,
moving all production to Netherby.

Since 2003 the company has been owned by the Fell Family Trust, which bought back the shares
of outside investors to keep the business independent.

Looking ahead

A new carbon-neutral factory on the Netherby site is scheduled to open in 2026. We also plan
to stop using plastic in our packaging by the end of 2025.

Harrowgate Pencil Company Ltd, Canal Wharf, Netherby NB4 2RT | Tel. 01632 960 868
(c) 2024 Harrowgate Pencil Company. All rights reserved.""",
        (
            expect("1868", "founded"),
            expect("1891", "moved"),
            expect("1900~", "introduc"),
            expect("1914/1918", "fuse"),
            expect("1936", "listed"),
            expect("1971", "merged"),
            expect("1972", "closed", "mill"),
            expect("2003/..", "owned"),
            expect("2026", "factory", planned=True),
            expect("../2025", "plastic", planned=True),
        ),
    ),
    Text(
        "selen-2-mission",
        "mission summary",
        None,
        """SELEN-2 LUNAR ORBITER AND LANDER - MISSION SUMMARY

Agency: Astralis Space Agency (ASA)
Status as of 1 June 2025: orbiter in extended mission; lander inactive
Launch vehicle: Vanta-3 | Launch mass: 2,140 kg | Orbit: 100 km, polar

Key dates
- Launch: 7 September 2021, 04:12 UTC, Kerrow Launch Centre
- Lunar orbit insertion: 19 September 2021

Mission
Selen-2 was launched on 7 September 2021 and entered lunar orbit twelve days later, on 19
September. The lander separated from the orbiter on 30 September and touched down in the Mare
Orientis basin on 2 October, the first soft landing by an ASA spacecraft.

The lander worked through six lunar days. Its batteries failed around 14 November 2021,
ending surface operations. On 3 January 2022 the orbiter lost contact with ground stations for
about 40 hours after a fault in its star tracker software; it was recovered by a patch sent
from the Halden deep-space station.

The orbiter's mission was extended twice, in 2022 and 2023. All science data from the lander
had been released to the public archive by the end of 2024.

The orbiter is expected to be crashed deliberately into the far side in March 2026, when its
propellant runs out.

Science highlights
- About 3,400 images of the landing region at 0.5 m per pixel
- Ground-penetrating radar profiles to a depth of 1,200 m
- Temperature records over 144 days at the landing site

Contact: ASA Public Affairs, +41 22 555 0171""",
        (
            expect("2021-09-07", "launch"),
            expect("2021-09-19", "orbit"),
            expect("2021-09-30", "separat"),
            expect("2021-10-02", "touch"),
            expect("2021-11-14~", "batter"),
            expect("2022-01-03", "contact"),
            expect("2022", "extend"),
            expect("2023", "extend"),
            expect("../2024", "data"),
            expect("2026-03", "crash", planned=True),
        ),
    ),
    Text(
        "valdora-measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH - REPUBLIC OF VALDORA
Press statement | 12 May 2025

Measles: national catch-up vaccination campaign to start on 2 June

The Ministry of Health declared a measles outbreak on 28 April after 37 cases were confirmed in
the Eastern Region. The first case, in a child aged 4, was reported on 3 April. Since 1
January, 214 cases have been confirmed nationwide, more than in the previous five years
together.

On Friday, the Minister of Health, Dr Amara Selis, met the directors of the 12 regional health
authorities to agree the plan for the campaign.

The campaign will begin on 2 June and will offer a free dose of the MMR vaccine to every child
and young adult who has missed one. Vaccination teams will visit schools from 9 to 27 June,
and health centres will hold walk-in clinics every Saturday. Regional health authorities must
submit their vaccination plans to the Ministry by 23 May.

Parliament is scheduled to debate the outbreak on 20 May.

"Measles is not a mild illness. Two doses protect 97 children in 100," Dr Selis said.

Valdora was certified measles-free by the World Health Organization in 2016. Under the 2019
Immunisation Act, schools must keep a record of each pupil's vaccinations.

Parents with questions can call the national health line on 0800 2016 555 (free, 8:00-20:00)
or visit www.health.gov.example/measles.

Ends.""",
        (
            expect("2025-04-28", "outbreak"),
            expect("2025-04-03", "case"),
            expect("2025-05-09", "met"),
            expect("2025-06-02", "campaign", planned=True),
            expect("2025-06-09/2025-06-27", "schools", planned=True),
            expect("../2025-05-23", "plans", planned=True),
            expect("2025-05-20", "debate", planned=True),
            expect("2016", "certified"),
        ),
    ),
    Text(
        "tarrow-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tarrow Bridge reopens after 15-month closure | Westerly Courier</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "news"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/weather">Weather</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Tarrow Bridge reopens after 15-month closure</h1>
<p class="byline">By Hannah Crewe &middot;
  <time datetime="2024-11-21T09:30:00Z">21 November 2024, 09:30</time> &middot;
  Updated <time datetime="2024-11-21T14:05:00Z">14:05</time></p>
<figure>
  <img src="/img/2024/11/tarrow-bridge.jpg" alt="Cars crossing Tarrow Bridge">
  <figcaption>The first cars cross the bridge this morning. Photo: Westerly Courier</figcaption>
</figure>
<p>Tarrow Bridge reopened to traffic at 7am today, fifteen months after inspectors found
cracks in two of its steel hangers.</p>
<p>The bridge closed on 3 August 2023. Harcourt Civil won the &pound;14.2m repair contract in
January this year, and work began on 11 March.</p>
<p>A 7.5-tonne weight limit will stay in place until resurfacing is finished; the council
expects to lift the limit by the end of March 2025.</p>
<p>Councillors will vote on 4 December on whether to charge lorries a &pound;1 toll.</p>
<p>The bridge, built in 1934, carries about 18,000 vehicles a day. A full structural
inspection is scheduled for 2026.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
  <li><a href="/news/2023/08/tarrow-bridge-shut">Tarrow Bridge shut after cracks found</a>
    <time datetime="2023-08-03">3 Aug 2023</time></li>
  <li><a href="/news/2024/10/ferry-fares">Ferry fares to rise in January</a>
    <time datetime="2024-10-14">14 Oct 2024</time></li>
</ul>
</aside>
<footer><p>&copy; 2024 Westerly Courier Ltd. Newsdesk 01632 960 411</p></footer>
</body>
</html>""",
        (
            expect("2024-11-21", "reopen"),
            expect("2023-08-03", "closed"),
            expect("2024-01", "contract"),
            expect("2024-03-11", "work"),
            expect("../2025-03", "limit", planned=True),
            expect("2024-12-04", "vote", planned=True),
            expect("1934", "built"),
            expect("2026", "inspection", planned=True),
        ),
    ),
    Text(
        "varna-ridge-aftershocks",
        "earthquake agency's aftershock reports",
        None,
        """NATIONAL SEISMOLOGICAL SERVICE
VARNA RIDGE EARTHQUAKE SEQUENCE

AFTERSHOCK BULLETIN No. 1
Issued: 2 February 2024, 09:00 UTC

A magnitude 6.1 earthquake occurred at 03:17 UTC on 2 February 2024, 14 km north-east of
Halvik, at a depth of 11 km. A tsunami advisory issued for the Halvik coast was lifted at 05:10
UTC. Up to 09:00 UTC, 184 aftershocks had been located, the largest of magnitude 4.2.

AFTERSHOCK BULLETIN No. 2
Issued: 3 February 2024, 15:00 UTC

The largest aftershock so far, of magnitude 5.0, occurred at 11:42 UTC today, 6 km south of
Sella. It caused further damage to buildings weakened by the main shock. A field team of six
seismologists was deployed to the epicentral area this morning to install 8 temporary stations.

Forecast for the next 7 days:
  M5 or larger:  12% chance
  M6 or larger:   2% chance

AFTERSHOCK BULLETIN No. 3
Issued: 5 February 2024, 12:00 UTC

A magnitude 4.6 aftershock occurred on 4 February at 21:08 UTC and was felt widely in Halvik
and Sella. The rate of aftershocks continues to decline as expected.

The same fault produced a magnitude 5.8 earthquake on 11 June 1987.

Building inspections in Halvik are to be completed by 16 February. The next bulletin will be
issued on 7 February at 12:00 UTC, or earlier if an aftershock of magnitude 5 or larger occurs.

Media enquiries: +30 210 555 0148 | Felt reports: www.nss.example/felt""",
        (
            expect("2024-02-02", "earthquake"),
            expect("2024-02-02", "advisory"),
            expect("2024-02-03", "aftershock"),
            expect("2024-02-03", "team"),
            expect("2024-02-04", "aftershock"),
            expect("1987-06-11", "earthquake"),
            expect("../2024-02-16", "inspection", planned=True),
            expect("2024-02-07", "bulletin", planned=True),
        ),
    ),
    Text(
        "varnes-stage-five",
        "cycling stage race report",
        date(2025, 5, 22),
        """TOUR OF THE VARNES - STAGE 5
Orvel > Mont Caste, 168 km | Thursday 22 May

Dalberg wins at Mont Caste as Ruiz keeps yellow

Lars Dalberg (Team Nordvik) won stage 5 of the Tour of the Varnes on Thursday, attacking 3.5 km
from the summit of Mont Caste to finish 14 seconds clear of Piet Aerts (Velox).

Race leader Tomas Ruiz (Celtar Pro) finished fourth and keeps the yellow jersey he took in
Tuesday's 28 km time trial at Orvel. Dalberg, who won the race in 2021 and 2023, moves up to
third overall, 1:12 behind Ruiz.

"My legs were empty at 1,800 metres, so I went before they could go," Dalberg said.

The bunch started without sprinter Jens Ott (Kordex), who crashed on Monday's third stage and
abandoned the race on Wednesday's rest day with a broken collarbone.

Organisers confirmed on Thursday morning that Friday's stage 6 will be shortened from 201 km to
150 km because snow is forecast on the Col de Ferre. Saturday's queen stage finishes at Lac
Verin, at 2,140 m, and the race ends in Castelbru on Sunday with a 112 km circuit race.

Stage 5 result
1. Lars Dalberg (Nordvik)      4h21'06"
2. Piet Aerts (Velox)          +0'14"
3. Marco Sella (Alpina)        +0'21"
4. Tomas Ruiz (Celtar Pro)     +0'29"

General classification
1. Tomas Ruiz (Celtar Pro)     18h02'44"
2. Piet Aerts (Velox)          +0'58"
3. Lars Dalberg (Nordvik)      +1'12"

Full results and photos: www.tourvarnes.example""",
        (
            expect("2025-05-22", "dalberg", "stage"),
            expect("2025-05-20", "jersey"),
            expect("2021", "dalberg"),
            expect("2023", "dalberg"),
            expect("2025-05-19", "crash"),
            expect("2025-05-21", "abandon"),
            expect("2025-05-23", "shorten", planned=True),
            expect("2025-05-24", "verin", planned=True),
            expect("2025-05-25", "race", planned=True),
        ),
    ),
    Text(
        "aberloch-ccs-injection",
        "carbon capture press release",
        None,
        """PRESS RELEASE

First carbon dioxide injected at Aberloch storage hub

ABERLOCH, Scotland, 9 September 2025 - Northsea Carbon Storage Ltd (NCS) today confirmed that
its Aberloch carbon capture and storage hub began injecting carbon dioxide into the depleted
Morven gas field, 2,300 metres below the seabed, on 2 September.

The project reached a final investment decision in November 2022, and drilling of its two
injection wells began in March 2023. NCS was awarded its storage licence by the Offshore
Storage Authority in 2021.

The first phase captures CO2 from the Kelty cement works and the Aberloch power station. NCS
expects annual injection to reach 1.5 million tonnes by the end of 2027. Construction of a
26 km pipeline spur to the Grangeford refinery is to be completed no later than 30 June 2026,
and a second phase, doubling capacity, is expected to start operations in 2028.

"Every tonne we store is a tonne that does not reach the atmosphere," said chief executive
Fiona Macrae. Since 2019 NCS has worked in partnership with the University of Dunmarron on
monitoring of the seabed above the store.

Notes to editors
- NCS was founded in 2018 and is owned by Caledon Energy (60%) and Fjordvest (40%).
- The Morven field produced gas from 1986 to 2017 and held about 40 billion cubic metres.
- Capture rates quoted are design figures of 95%.

Media contact: Iain Drummond, +44 (0)131 555 0173, press@ncs.example""",
        (
            expect("2025-09-02", "inject"),
            expect("2022-11", "investment"),
            expect("2023-03", "drilling"),
            expect("2021", "licence"),
            expect("../2027", "injection", planned=True),
            expect("../2026-06-30", "pipeline", planned=True),
            expect("2028", "phase", planned=True),
            expect("2019/..", "partnership"),
            expect("2018", "founded"),
            expect("1986/2017", "gas"),
        ),
    ),
    Text(
        "weston-parson-diary-1774",
        "country parson's diary of the 1770s",
        None,
        """1774.

Jan. 3. Mon. Buried this Morning Widow Parkin of this Parish, aged 84 Years. Very cold &
a sharp Wind at N.E. Gave the Clerk for tolling the Bell 0. 1. 0.

Jan. 6. Thurs. Rode to Norwich on my Mare & dined at the King's Head. Paid Mr. Quarles for a
new Wig 1. 1. 0. Home by 7 in the Evening, very dark & dirty.

Jan. 12. Wed. My Tithe Audit this Day at the Parsonage. 19 Farmers dined with me & paid their
Tithe; recd. in all 236. 4. 0. They drank 6 Bottles of Port & went away merry at 11.

Jan. 20. Thurs. Recd. a Letter from my Sister Pounsett that my Brother John was married at
Castle Cary on the 10th inst. to Miss Clarke of Shepton. Wrote my Brother a Letter of Joy.

Jan. 27. Thurs. The River froze over this Day, the first time in my Memory. Old Mr. Dade says
that my Father, who came to be Rector of Ansford abt. 1740, told him of a like Frost in his
Youth.

Feb. 5. Sat. Killed a Pig, weighed 12 Stone 4 Pounds. Mr. Custance sent his Servant to say
he will dine with me on Tuesday the 15th inst. Mem. The Tower of our Church, said to have been
built in 1480, wants pointing badly; spoke to Ben about it.""",
        (
            expect("1774-01-03", "buried"),
            expect("1774-01-06", "norwich"),
            expect("1774-01-12", "tithe"),
            expect("1774-01-20", "letter"),
            expect("1774-01-10", "married"),
            expect("1774-01-27", "froze"),
            expect("1740~", "rector"),
            expect("1774-02-05", "pig"),
            expect("1774-02-15", "dine", planned=True),
            expect("1480?", "tower"),
        ),
    ),
    Text(
        "holmfield-transect-2023",
        "butterfly transect survey",
        None,
        """HOLMFIELD COMMON BUTTERFLY TRANSECT
Annual Report for 2023
Compiled by R. Tillett, transect co-ordinator, 20 November 2023

1. Summary
The transect was walked on 25 of the 26 weeks of the recording season, which ran from 1 April
to 29 September 2023. We counted 3,912 butterflies of 24 species, the lowest total since 2012.
Thanks to the 14 volunteer recorders, who walk the route every week between 11:00 and 15:00
when the weather allows.

2. Site and route
The transect was established in 2006 by the Holmfield Conservation Group. It is 2.4 km long
and has six sections. Marbled White was first recorded on the site in 2019 and now breeds in
sections 2 and 3.

3. Notable records
- The first Orange-tip of the year was seen on 14 April, in section 1.
- Meadow Brown peaked on 8 July, with 212 counted in a single walk.
- A probable Silver-studded Blue was seen on about 23 June in section 5 but not photographed.
- A late Small Copper was seen on 12 October, after the end of the recording season.

4. Management
Scrub was cleared from sections 4 and 5 on 3, 10 and 17 February 2023 by volunteer work
parties. Cattle grazing will be reintroduced on the southern slope by the end of March 2024,
and the Group plans to add a seventh section along the new hedge in 2025.

5. Counts of the commonest species
Species            2022    2023
Meadow Brown      1,204   1,033
Ringlet             655     498
Gatekeeper          540     461
Small Heath         310     227

Records are sent to the county recorder each December.""",
        (
            expect("2023-04-01/2023-09-29", "season"),
            expect("2006", "established"),
            expect("2019", "marbled"),
            expect("2023-04-14", "orange"),
            expect("2023-07-08", "meadow"),
            expect("2023-06-23~", "silver"),
            expect("2023-10-12", "copper"),
            expect("2023-02-03", "scrub"),
            expect("2023-02-10", "scrub"),
            expect("2023-02-17", "scrub"),
            expect("../2024-03", "grazing", planned=True),
            expect("2025", "section", planned=True),
        ),
    ),
    Text(
        "kessock-lunn-shipyard",
        "shipyard's history",
        None,
        """Kessock & Lunn: A Short History of the Yard

The shipyard at Inverbrae Point was established circa 1840 by the brothers Alexander and Duncan
Kessock, who built wooden fishing smacks and coastal schooners on the open shingle. Their
partnership with the engineer Hamish Lunn dates from about 1853, and the yard launched its first
iron-hulled ship, the collier Margaret Lunn, in 1857. The dry dock, still visible today, was
perhaps dug in 1862; the yard's ledgers for that decade are lost.

Between 1914 and 1918 the yard built 42 vessels for the Admiralty, among them 11 minesweepers
and a hospital ship. At its peak it employed 3,100 men and boys.

The yard's largest ship, the liner Aurelian of 21,400 gross tons, was launched on 4 May 1931
by the Duchess of Strathbane in front of a crowd of some 30,000. Orders dried up in the years
that followed, and the east berths stood empty until rearmament.

The yard was nationalised in 1977 and closed in 1984, when the last ship on the stocks, the
ferry Isle of Carra, was towed away for fitting out elsewhere. 1,900 workers lost their jobs.

Since 2001 the former engine shop has housed the Inverbrae Heritage Centre, open daily from
10:00 to 16:00 between Easter and October. The centre plans to restore the yard's 1898 steam
crane by 2027 and is raising 250,000 pounds for the work.

Inverbrae Heritage Centre, Point Road, Inverbrae | 01632 960 184""",
        (
            expect("1840~", "established"),
            expect("1853~", "partnership"),
            expect("1857", "iron"),
            expect("1862?", "dock"),
            expect("1914/1918", "vessels"),
            expect("1931-05-04", "aurelian"),
            expect("1977", "nationalis"),
            expect("1984", "closed"),
            expect("2001/..", "heritage"),
            expect("../2027", "crane", planned=True),
        ),
    ),
    Text(
        "kestria-prisons-statement",
        "justice minister's prisons statement",
        None,
        """Prison capacity
Statement by the Minister of Justice, Helen Arkwright
Delivered in the Assembly, Tuesday 9 July 2024

Madam Speaker, with permission, I will make a statement on the state of our prisons.

On Friday the prison population of Kestria reached 88,412, leaving fewer than 700 places free
across the whole estate. We are, quite simply, running out of room.

On 28 June, prisoners at HMP Carrick took control of two wings for eleven hours. Four officers
were injured. The Chief Inspector's report on Carrick, published on 2 July, describes a prison
holding 140 per cent of the number it was built for.

The previous government announced 20,000 new prison places in 2021. Fewer than 6,000 have
been delivered.

I will therefore lay regulations before the House on Monday to move the point of automatic
release for standard sentences from 50 to 40 per cent. Releases under the scheme will begin on
1 August. Those serving sentences for offences under the 2011 Domestic Abuse Act, and all
terrorist offenders, are excluded.

An independent sentencing review, chaired by Dame Ruth Okonjo, will report no later than 31
October. The new prison at Eldon Moor, with 1,700 places, will open by the end of 2026.

I commend this statement to the House.""",
        (
            expect("2024-07-05", "population"),
            expect("2024-06-28", "carrick"),
            expect("2024-07-02", "report"),
            expect("2021", "announc"),
            expect("2024-07-15", "regulations", planned=True),
            expect("2024-08-01", "release", planned=True),
            expect("../2024-10-31", "review", planned=True),
            expect("../2026", "eldon", planned=True),
        ),
    ),
    Text(
        "brenmoor-snow-disruption",
        "airport's HTML flight disruption page",
        date(2025, 1, 18),
        """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Travel updates | Brenmoor Airport</title>
<script src="/assets/js/flight-status.min.js" defer></script>
</head>
<body>
<nav class="main-nav">
  <a href="/arrivals">Arrivals</a> | <a href="/departures">Departures</a> |
  <a href="/parking">Parking</a> | <a href="/help">Help</a>
</nav>
<main>
<div class="alert alert--red" role="alert">
  <h1>Snow: runway closed - check with your airline before you travel</h1>
  <p>Last updated: <time datetime="06:40">Sat 18 Jan, 06:40</time></p>
</div>
<p>Heavy snow began falling at 19:00 on Friday, and our runway has been closed since
22:00 on Friday 17 January. All departures and arrivals today have been cancelled.</p>
<p>We expect to reopen the runway on Sunday 19 January, subject to the weather.</p>
<h2>Rebooking</h2>
<p>Passengers booked on cancelled flights can rebook free of charge with their airline.
Rebooking requests must be made no later than 31 January.</p>
<table class="flights">
  <tr><th>Flight</th><th>To</th><th>Scheduled</th><th>Status</th></tr>
  <tr><td>NX 1432</td><td>Amsterdam</td><td>07:15</td><td>Cancelled</td></tr>
  <tr><td>BR 2025</td><td>Dublin</td><td>08:05</td><td>Cancelled</td></tr>
  <tr><td>NX 1990</td><td>Oslo</td><td>09:40</td><td>Cancelled</td></tr>
</table>
<h2>Other news</h2>
<p>Terminal 2 remains closed for refurbishment and will reopen on 3 February.</p>
<p>Our de-icing fleet was doubled in 2023 to 14 vehicles.</p>
</main>
<footer>Customer helpline 0345 555 2025 &middot; &copy; Brenmoor Airport 2025</footer>
</body>
</html>""",
        (
            expect("2025-01-17", "snow"),
            expect("2025-01-17/..", "runway", "closed"),
            expect("2025-01-18", "cancel"),
            expect("2025-01-19", "reopen", "runway", planned=True),
            expect("../2025-01-31", "rebook", planned=True),
            expect("2025-02-03", "terminal", planned=True),
            expect("2023", "de-icing"),
        ),
    ),
    Text(
        "greyfield-damp-decision",
        "ombudsman's complaint decision",
        None,
        """HOUSING OMBUDSMAN SERVICE

Decision
Case reference: 202309118
Landlord: Greyfield Homes Association
Complainant: Ms R
Date of decision: 9 April 2024

The complaint
1. Ms R complains about the landlord's handling of her reports of damp and mould in her
two-bedroom flat, where she has lived since 2015 as an assured tenant with her two children.

Background and summary of events
2. Ms R first reported damp in the children's bedroom in or around November 2022.
3. The landlord's contractor visited on or about 3 January 2023 and recommended a mould wash;
no cause was investigated.
4. Ms R made a formal complaint on 6 March 2023. The landlord's stage 1 response, dated 20
April 2023, apologised for delays but did not say what it would do.
5. Repairs to a blocked roof gutter were completed on 14 August 2023.
6. Ms R referred her complaint to us on 2 October 2023.

Assessment
7. The landlord's Damp and Mould Policy 2021 sets a target of 20 working days to inspect a
report of damp. It took some eight months to find the cause. This was maladministration.

Orders
8. Within four weeks of this decision the landlord must pay Ms R 850 pounds.
9. The landlord must complete a full damp survey of the property by 31 May 2024 and send a copy
to Ms R and to us.
10. The landlord must review its damp and mould policy and report to us no later than 30 June
2024.

Caseworker: J. Amadi""",
        (
            expect("2015/..", "lived"),
            expect("2022-11~", "damp"),
            expect("2023-01-03~", "visit"),
            expect("2023-03-06", "complaint"),
            expect("2023-04-20", "response"),
            expect("2023-08-14", "repairs"),
            expect("2023-10-02", "referred"),
            expect("../2024-05-31", "survey", planned=True),
            expect("../2024-06-30", "policy", planned=True),
        ),
    ),
    Text(
        "ashcombe-bell-foundry",
        "bellfounder's history",
        None,
        """The Ashcombe Bell Foundry: a history

Bells have been cast in Wendleby for well over four hundred years. The foundry is said to date
from 1570, although the earliest bell known to have come from it is a treble cast in 1602 for
St Michael's, Thorne, which still rings there.

By 1738 the foundry had moved from the churchyard to larger premises in Whitcross Lane, where a
loam pit 12 feet deep allowed heavier bells to be cast. William Ashcombe took over the
business c. 1790 and gave it the name it kept for the next two centuries.

The great bell for Harrowby Cathedral, weighing 4 tons 7 cwt, was cast on 12 June 1856 in a
pit dug in the foundry yard. It took three days to cool. The foundry's catalogue later sold
smaller copies as the "1856 Pattern" hand bell.

Between 1940 and 1945 the foundry turned to war work, casting bronze fittings for
minesweepers. Bell orders returned after the war, and at its height the firm hung some 60
rings a year.

The foundry closed in 2017, when the last of the family retired. Since 2019 the buildings have
been a museum of bellfounding, run by the Wendleby Bell Trust. The Trust plans to recast the
cracked tenor of St Michael's, Thorne, in 2026 in the restored furnace.

Wendleby Bell Trust, Whitcross Lane, Wendleby | Registered charity no. 1187402""",
        (
            expect("1570?", "foundry"),
            expect("1602", "treble"),
            expect("../1738", "moved"),
            expect("1790~", "ashcombe"),
            expect("1856-06-12", "harrowby"),
            expect("1940/1945", "war"),
            expect("2017", "closed"),
            expect("2019/..", "museum"),
            expect("2026", "recast", planned=True),
        ),
    ),
    Text(
        "nvl-fixtures-second-half",
        "volleyball league's fixtures list",
        date(2025, 1, 6),
        """NORTHERN VOLLEYBALL LEAGUE
Women's Division 1 - Fixtures, second half of the 2024-25 season
Issued Mon 6 Jan | All times local | Subject to change

Date        Time   Home                Away                Venue
Sat 11 Jan  19:00  Harlow Hawks        Castor Spikers      Riverside Sports Hall
Sun 12 Jan  14:00  Wendover Blockers   Ely Aces            Wendover Leisure Centre
Sat 25 Jan  18:30  Castor Spikers      Wendover Blockers   Castor Academy
Sat 1 Feb   19:00  Ely Aces            Harlow Hawks        Ely Dome *
Sat 15 Feb  17:00  Harlow Hawks        Wendover Blockers   Riverside Sports Hall
Sun 2 Mar   15:00  Ely Aces            Castor Spikers      Ely Dome

* Rearranged fixture, originally set for 14 Dec and postponed after a roof leak at the Ely
Dome.

Play-offs (top four): 29-30 March, Northgate Arena.
Cup final: Sat 12 April, 19:30, Northgate Arena.

Notes
- Transfer registrations must reach the League Secretary no later than 31 January.
- Home teams must confirm the two referees at least 10 days before each match.
- Shirt numbers 1-20 only; libero shirts in a contrasting colour.
- The league AGM is held each year in June.

League Secretary: Carol Mabey, fixtures@nvl.example, 07700 900 214
Northern Volleyball League, est. 1979""",
        (
            expect("2025-01-11", "harlow", "castor", planned=True),
            expect("2025-01-12", "wendover", "ely", planned=True),
            expect("2025-01-25", "castor", "wendover", planned=True),
            expect("2025-02-01", "ely", "harlow", planned=True),
            expect("2025-02-15", "harlow", "wendover", planned=True),
            expect("2025-03-02", "ely", "castor", planned=True),
            expect("2025-03-29/2025-03-30", "play-off", planned=True),
            expect("2025-04-12", "cup", planned=True),
            expect("../2025-01-31", "transfer", planned=True),
        ),
    ),
)
