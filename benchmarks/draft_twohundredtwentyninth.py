"""The two-hundred-and-twenty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a dateline,
a press release, a court opinion, an encyclopedia history, a sports report, a company history, a
mission summary, a government statement, an HTML news page, a heatwave health alert service's
bulletins, a rowing regatta report, a hydrogen plant press release, a land surveyor's field book
of the 1820s, a hedgehog survey, a ropeworks' history, a transport minister's rail franchise
statement, a library's HTML branch closures page, a planning appeal decision, a clockmaker's
history and a netball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYNINTH_CORPUS",)


TWOHUNDREDTWENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-walkout-port-aldren",
        "wire story with a dateline",
        date(2024, 11, 7),
        """PORT ALDREN, Nov 7 (Coastline Press) - Deckhands and engineers on the Aldren Straits
ferry line walked off the job on Monday in a dispute over new rosters, cancelling more than 340
sailings and stranding hundreds of freight drivers on both sides of the strait.

Talks between the operator, Straitlink Ferries, and the Maritime Crews Union broke down on
Wednesday after nine hours, the union said. Its executive will hold a ballot on Saturday on
whether to extend the walkout into December.

The state conciliation service said a mediation session is scheduled for November 14 in
Kelmouth. Straitlink said it expected to restore a full timetable no later than November 20,
using crews hired through agencies.

The dispute began when the company gave notice of the new rosters on or about Sept. 12. The
union's pay contract expired on October 31, and crews have worked without one since.

"We are losing about 4.2 million crowns a day," Straitlink chief executive Hanne Rovik told
reporters at the terminal. It is the first strike on the line since 2016 and the longest on any
ferry route in the country since the 2009 dockers' dispute.

Straitlink, which runs five vessels and carries some 1.9 million passengers a year, was
privatised in 1998. Its crews work two weeks on and two weeks off.

(Reporting by Mats Kvale; Editing by Sara Lindqvist)""",
        (
            expect("2024-11-04", "walk"),
            expect("2024-11-06", "talks"),
            expect("2024-11-09", "ballot", planned=True),
            expect("2024-11-14", "mediation", planned=True),
            expect("../2024-11-20", "timetable", planned=True),
            expect("2024-09-12~", "notice"),
            expect("2024-10-31", "contract", "expir"),
            expect("1998", "privatis"),
        ),
    ),
    Text(
        "harnell-enzyme-laboratory",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harnell Biosciences opens enzyme laboratory in Osterby

OSTERBY, Denmark, 12 February 2025 -- Harnell Biosciences A/S (OMX: HRNL) today opened its new
enzyme research laboratory at the Osterby Science Park, a DKK 410 million investment that will
employ 160 scientists and technicians.

The company's board approved the investment on 4 November 2022, and construction began in
March 2023 on the site of a former sugar-beet depot. The 9,400 square-metre building houses 24
fermentation lines and a sensory panel for bakery trials.

"Since 2018 we have supplied baking and brewing enzymes to customers in more than 40 countries,
and this laboratory lets us develop the next generation here in Denmark," said chief executive
Mette Larsgaard.

First customer shipments of enzymes developed at the site are expected in April. A second
phase, a pilot plant for food-grade proteins, is scheduled to open in September 2026, and
Harnell plans to hire a further 120 staff by the end of 2025.

Harnell was founded in 2009 as a spin-out of Osterby University. Its annual revenue of DKK 612
million is the highest since 2016.

About Harnell Biosciences
Harnell Biosciences A/S develops and produces enzymes for the food, brewing and feed
industries. The company holds an open day at its Osterby sites every year in June.

Media contact: Jonas Brix, +45 7012 3456, press@harnell.example
(c) 2025 Harnell Biosciences A/S. All rights reserved.""",
        (
            expect("2025-02-12", "laboratory", "open"),
            expect("2022-11-04", "approv"),
            expect("2023-03", "construction"),
            expect("2018/..", "suppl"),
            expect("2025-04", "shipments", planned=True),
            expect("2026-09", "phase", planned=True),
            expect("../2025", "hire", planned=True),
            expect("2009", "founded"),
        ),
    ),
    Text(
        "quint-v-brightwater-storage",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA
SECOND APPELLATE DISTRICT, DIVISION THREE

MARLA QUINT, Plaintiff and Appellant,
v.
BRIGHTWATER STORAGE, LLC, Defendant and Respondent.

No. B304417
(Lanford County Super. Ct. No. 19STCV05122)
Filed September 3, 2021

APPEAL from a judgment of the Superior Court of Lanford County, Rosa Medell, Judge. Reversed
and remanded.

I. BACKGROUND

Quint had rented storage units from Brightwater since 2012. On March 1, 2016, she signed a new
lease for a climate-controlled unit at Brightwater's Eastgate facility. Paragraph 14 of the
lease limited Brightwater's liability to $5,000 "for any loss whatsoever."

On or about June 18, 2018, a storm drain behind the facility overflowed and water entered
Quint's unit, destroying furniture, paintings and papers she valued at $186,400. Quint notified
Brightwater in writing on June 20, 2018. Brightwater's site manager testified that he last
inspected the drains perhaps in April 2018, but he kept no log.

Quint filed her complaint on February 11, 2019, alleging negligence and breach of contract.
The trial court granted Brightwater's motion for summary judgment on October 2, 2020, holding
that paragraph 14 barred recovery beyond $5,000. Quint filed a timely notice of appeal on
October 29, 2020.

II. DISCUSSION

A clause limiting liability does not shield a party from the consequences of its own gross
negligence. (Civ. Code, section 1668; Pellham v. Ostrander Warehousing (2004) 118 Cal.App.4th
902, 911.) The evidence that the drains went uninspected for some two months before the flood
raises a triable issue of material fact as to gross negligence. Summary judgment was therefore
improper.

III. DISPOSITION

The judgment is reversed, and the matter is remanded for further proceedings. Quint shall
recover her costs on appeal.

MERCADO, J.

We concur:
LIANG, P. J.
DRISCOLL, J.""",
        (
            expect("2012/..", "rent"),
            expect("2016-03-01", "lease"),
            expect("2018-06-18~", "drain"),
            expect("2018-06-20", "notif"),
            expect("2018-04?", "inspect"),
            expect("2019-02-11", "complaint"),
            expect("2020-10-02", "judgment"),
            expect("2020-10-29", "appeal"),
        ),
    ),
    Text(
        "kestwick-town-history",
        "encyclopedia history",
        None,
        """Kestwick

Kestwick is a market town and civil parish in the county of Orlshire, on the north bank of the
River Tamm. It had a population of 11,240 at the last census.

History

The monks of Ravensholme Priory began holding a weekly market at the ford over the Tamm circa
1140. Kestwick received a royal charter in 1268, which granted it a fair on the feast of St
Ebba. The parish church of St Ebba is said to have been built in 1310, though the present nave
is later. The castle that guarded the ford was probably abandoned by 1500, and much of its
stone was reused in the houses of Bridge Street.

The Black Death reached Kestwick in 1349 and may have killed a third of its people. A fire in
1671 destroyed some 140 houses in Market Street and Sheep Lane.

Industry

Woollen mills lined the Tamm for much of the modern period; at their peak they ran 1,850
looms. The railway arrived in 1847, and the gasworks opened the following year. In the 1920s
the town's mills were among the largest employers in the county.

The mills closed between 1958 and 1964, unable to compete with imported cloth. A bypass opened
in 1992, taking through traffic away from the town centre.

Twinning

Kestwick has been twinned with Saint-Orbe in France since 1976. A twinning fair is held in the
Market Place every year in September.

See also
- List of market towns in Orlshire
- Ravensholme Priory""",
        (
            expect("1140~", "market"),
            expect("1268", "charter"),
            expect("1310?", "church"),
            expect("../1500", "castle"),
            expect("1349", "death"),
            expect("1671", "fire"),
            expect("1847", "railway"),
            expect("1848", "gasworks"),
            expect("1958/1964", "mills"),
            expect("1992", "bypass"),
            expect("1976/..", "twinned"),
        ),
    ),
    Text(
        "harbridge-beat-calder",
        "sports report",
        date(2024, 3, 10),
        """NORTHERN COUNTIES LEAGUE | MATCH REPORT

Harbridge Town 3 Calder Rovers 1

By Dale Pritchard

Kwame Osei scored twice as Harbridge Town beat Calder Rovers 3-1 at Mill Lane on Saturday to
move four points clear at the top of the Northern Counties League.

Osei, who joined from Lisk Athletic in January 2023, opened the scoring after 11 minutes and
added a second from the penalty spot just before half-time, taking his tally for the season to
24. Calder's Rhys Amos pulled one back in the 67th minute before substitute Leon Hart sealed it
in stoppage time.

It was Harbridge's first league win over Calder since 1997 and their eighth in a row at home,
the best run at Mill Lane since the 1985-86 season. Attendance: 2,143.

Calder, who appointed Simon Greaves as manager only on Tuesday, have now lost four straight.
"Give me time," Greaves said. "We train twice a week and that has to change."

Harbridge, relegated in 2021, won promotion the following year and have not lost at home since
the opening day. They host Dunmore on Wednesday night, kick-off 7.45pm, and face Orley Vale in
the county cup semi-final, which is scheduled for April 6. The club must also lodge its ground
grading licence application with the league by the end of March.

Harbridge: Pell; Marsh, Odunsi, Crane, Fife; Dale, Tran (Hart 78), Booth; Kerr, Osei, Lowe.
Calder: Ibbotson; Reed, Gale, Mahon, Platt; Amos, Yeo, Grant; Stead, Ward (Nunn 60), Diallo.""",
        (
            expect("2024-03-09", "Harbridge", "Calder"),
            expect("2023-01", "join"),
            expect("2024-03-05", "appoint"),
            expect("2021", "relegat"),
            expect("2022", "promotion"),
            expect("2024-03-13", "Dunmore", planned=True),
            expect("2024-04-06", "semi", planned=True),
            expect("../2024-03", "licence", planned=True),
        ),
    ),
    Text(
        "ardley-finch-history",
        "company history",
        None,
        """Our History

Ardley & Finch was founded c. 1872, when Thomas Ardley, a baker's son, and his cousin Edwin
Finch started selling ship's biscuits from a shop in Lowgate, Hullingford.

In 1889 the partners moved to a purpose-built bakery on Canal Street, and in 1903 the business
became a limited company, Ardley & Finch Ltd.

Between 1940 and 1945 the Canal Street works was requisitioned by the Ministry of Food, turning
out emergency ration biscuits at a rate of some 1,860 tonnes a month.

The Ardley Digestive, still our best seller, was launched in 1951. Marrow Foods acquired the
company in 1987; seven years later, in 1994, a management buy-out led by Claire Finch returned
it to independent ownership.

Since 2011 every biscuit we bake has been certified free of palm oil, and in the 1990s we were
among the first bakers in the region to print full ingredients on every packet.

Our new bakery at Hesketh Park is expected to open in 2026, doubling our capacity.

Today we bake 40 million packets a year and employ 310 people. Every November we open the Canal
Street bakery to visitors for our Biscuit Week.

Ardley & Finch Ltd, Canal Street, Hullingford HU4 2BX. Registered in England No. 00078311.""",
        (
            expect("1872~", "founded"),
            expect("1889", "moved"),
            expect("1903", "limited"),
            expect("1940/1945", "requisition"),
            expect("1951", "launch"),
            expect("1987", "acqui"),
            expect("1994", "buy"),
            expect("2011/..", "certif"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "lyra-2-lunar-orbiter",
        "mission summary",
        None,
        """LYRA-2 LUNAR ORBITER - MISSION SUMMARY
Cassian Space Agency | Planetary Missions Office
Status: Extended mission

Overview
Lyra-2 was launched on 14 May 2022 at 03:12 UTC from the Sorvik launch site aboard a Tarrin-3
rocket. After a 19-day cruise the spacecraft entered lunar orbit on 2 June and returned its
first images of the far side on 9 June.

Lyra-2 builds on Lyra-1, which was launched in 2015 and mapped the south polar region.

Operations
The orbiter entered safe mode from 3 to 7 October 2022 after a star-tracker fault, and
engineers restored it with a software patch. The laser reflector was calibrated against ground
stations around 20 January 2023. The infrared spectrometer stopped returning data on or about
11 August 2023; the cause is thought to be a failed cryocooler.

Extended mission
The agency extended the mission in March 2024. Science operations are to end no later than 31
December 2026, after which the orbiter will be lowered until it strikes the far side.

Key figures
- Orbit: 100 km, polar
- Launch mass: 1,420 kg
- Data returned to date: 2,031 gigabits
- Ground stations: Sorvik, Mellan Point, Karoo-3

Contact: missions@cassian-space.example""",
        (
            expect("2022-05-14", "launch"),
            expect("2022-06-02", "orbit"),
            expect("2022-06-09", "images"),
            expect("2015", "Lyra-1"),
            expect("2022-10-03/2022-10-07", "safe"),
            expect("2023-01-20~", "calibrat"),
            expect("2023-08-11~", "spectrometer"),
            expect("2024-03", "extend"),
            expect("../2026-12-31", "operations", planned=True),
        ),
    ),
    Text(
        "eastern-basin-drought-statement",
        "government statement",
        None,
        """PRESS STATEMENT
Ministry of Water and Rural Affairs
22 April 2024

Drought measures for the Eastern Basin
Statement by the Minister for Water, Ruth Okonedo

The Government declared a drought in the Eastern Basin on 2 April, following the driest winter
on record for the region. Reservoir stocks stand at 41 per cent, the lowest for the time of
year since 1976.

Yesterday I met the chief executives of the four water companies serving the basin. We agreed
that a temporary use ban, commonly called a hosepipe ban, will take effect from 1 May. Under the
Water Resources Act 2019, companies must give customers at least seven days' notice.

Since 2020 the companies have been required to report leakage to the regulator, and they do
so every week. I have asked them to publish those figures on their websites.

We are also making 30 million pounds available to farmers for on-farm water storage.
Applications must reach the Ministry no later than 15 June. An independent review of the
basin's water supply will report by the end of July. The new Ferrow reservoir, the first to be
built in the region since 1983, will open in 2027.

The last drought in the Eastern Basin was declared in 2018. We must not wait for the next one to
act.

Enquiries: 0300 555 0192 (Monday to Friday, 9am to 5pm)

ENDS""",
        (
            expect("2024-04-02", "drought"),
            expect("2024-04-21", "met"),
            expect("2024-05-01", "ban", planned=True),
            expect("2020/..", "leak"),
            expect("../2024-06-15", "applications", planned=True),
            expect("../2024-07", "review", planned=True),
            expect("2027", "reservoir", planned=True),
            expect("2018", "drought"),
        ),
    ),
    Text(
        "marlow-street-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Marlow Street bridge reopens after 17-month closure | Dunhaven Courier</title>
<script async src="/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<nav class="site-nav">
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul>
</nav>
<main>
<article>
<h1>Marlow Street bridge reopens after 17-month closure</h1>
<p class="byline">By Priya Hallett, Transport Reporter</p>
<p class="meta">Published <time datetime="2024-08-15T09:30:00+01:00">15 August 2024, 09:30</time>
 | Updated <time datetime="2024-08-16T11:05:00+01:00">16 August 2024</time></p>
<figure>
  <img src="/img/marlow-bridge-archive.jpg" alt="The bridge with horse-drawn carts">
  <figcaption>The bridge pictured around 1910. Photo: Dunhaven Archive</figcaption>
</figure>
<p>The Marlow Street bridge reopened to traffic on 14 August 2024, 17 months after engineers shut
it when a crack was found in one of its cast-iron girders.</p>
<p>The crack was spotted during an inspection on 28 February 2023, and the bridge was closed on
3 March 2023. Repairs began in June 2023 and cost 6.8 million pounds.</p>
<p>Bus routes 4 and 12 will return to the bridge from Monday 2 September, Dunhaven Council said.
Work on a widened footway on the east side is due to be completed by the end of November.</p>
<p>The bridge was built c. 1896 by the Dunhaven Iron Company and was listed in 1974. It is
inspected every six months.</p>
<p>"This is the busiest crossing in town and people have been very patient," said councillor
Tom Reyes.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/2023/03/03/bridge-shut">Marlow Street bridge shut after crack found</a>
    <time datetime="2023-03-03">3 March 2023</time></li>
    <li><a href="/news/2024/05/20/bus-diversions">Bus diversions to stay until summer</a>
    <time datetime="2024-05-20">20 May 2024</time></li>
  </ul>
</aside>
</main>
<footer><p>&copy; 2024 Dunhaven Courier Ltd</p></footer>
<script src="/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2024-08-14", "reopen"),
            expect("2023-02-28", "crack"),
            expect("2023-03-03", "closed"),
            expect("2023-06", "repairs"),
            expect("2024-09-02", "bus", planned=True),
            expect("../2024-11", "footway", planned=True),
            expect("1896~", "built"),
            expect("1974", "listed"),
        ),
    ),
    Text(
        "north-west-heat-health-bulletins",
        "heatwave health alert service's bulletins",
        None,
        """NORTHERN CLIMATE AND HEALTH SERVICE
Heat-Health Alert Service - Bulletins for the North-West region

-----------------------------------------------------------------------
Bulletin NW-2024-11 | Issued 08:00 Monday 15 July 2024
Alert level: AMBER

An Amber heat-health alert is in force for the North-West from 09:00 on Tuesday 16 July until
21:00 on Friday 19 July. Peak temperatures of 32-33C are expected on Thursday, with overnight
minima above 20C in towns and cities.

Actions for health and social care providers:
- Check on older people and those living alone, especially those aged 75 and over.
- Keep indoor areas below 26C where possible.
- Review staffing for the weekend.

-----------------------------------------------------------------------
Bulletin NW-2024-12 | Issued 16:00 Wednesday 17 July 2024
Alert level: RED

The alert was raised to Red at 15:30 today. The Red alert comes into force at 00:00 on
Thursday 18 July; the end time is unchanged. A temperature of 34.1C was recorded at Fellbridge
on Tuesday 16 July, the highest July reading there since 2006.

-----------------------------------------------------------------------
Bulletin NW-2024-13 | Issued 10:00 Saturday 20 July 2024
Alert level: GREEN

The Red alert ended at 21:00 on Friday 19 July as planned. Hospital emergency admissions for
heat-related illness rose 18% between 16 and 19 July compared with the week before. The service
will review its summer plan with local authorities on 1 August.

-----------------------------------------------------------------------
Bulletins are issued daily at 08:00 from 1 June to 15 September.
Heat-health helpline: 0345 601 7788 (24 hours)""",
        (
            expect("2024-07-16/2024-07-19", "amber", planned=True),
            expect("2024-07-18", "temperatures", planned=True),
            expect("2024-07-17", "raised"),
            expect("2024-07-18", "red", planned=True),
            expect("2024-07-16", "recorded"),
            expect("2024-07-19", "ended"),
            expect("2024-07-16/2024-07-19", "admissions"),
            expect("2024-08-01", "review", planned=True),
        ),
    ),
    Text(
        "tamsford-regatta-report",
        "rowing regatta report",
        None,
        """TAMSFORD ROWING CLUB - NEWSLETTER
26 June 2024

Tamsford Regatta: eights triumph on home water

What a weekend! The Tamsford Regatta ran on Saturday 22 June and Sunday 23 June in glorious
sunshine, with 412 crews from 38 clubs racing on the Tamm.

Results
- Grand Challenge Eights: our men's first eight beat Kelbury RC by a length in Sunday's final.
- Women's Double Sculls: Hana Okoro and Beth Lisle set a course record of 7:41 in Saturday's
  heat, before losing the final to Marsh Cut by a canvas.
- J16 Quads: semi-finalists, a great effort from a young crew.

A bit of history
The regatta was first held in 1868, and the club's first eight raced here around 1872. The
course was lengthened to 1,900 metres in 1925. The regatta was cancelled in 2020 and 2021, so
it was a joy to see the bank so full again.

Club notices
- The new boathouse extension is expected to be finished by September.
- Next outing: Castlebridge Sprints, Saturday 13 July. The boat trailer leaves at 6:30am.
- Junior training camp at Lake Orm from 3 to 5 July. Forms to Coach Dee, please.
- Subscriptions are due every April; a few of you still owe for this year!

Captain: Rob Ashworth | captain@tamsfordrc.example""",
        (
            expect("2024-06-22/2024-06-23", "regatta"),
            expect("2024-06-23", "eight"),
            expect("2024-06-22", "record"),
            expect("1868", "regatta"),
            expect("1872~", "race"),
            expect("1925", "lengthen"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("../2024-09", "boathouse", planned=True),
            expect("2024-07-13", "Sprints", planned=True),
            expect("2024-07-03/2024-07-05", "camp", planned=True),
        ),
    ),
    Text(
        "valtmar-port-kessing-hydrogen",
        "hydrogen plant press release",
        None,
        """PRESS RELEASE

Valtmar Energy takes final investment decision on Port Kessing green hydrogen plant

Port Kessing, 9 October 2024 - Valtmar Energy today took the final investment decision on a 200
MW electrolysis plant at Port Kessing, the largest renewable hydrogen project yet approved in
the country. Total investment is EUR 640 million.

The plant will produce up to 28,000 tonnes of hydrogen a year, drawing on power from the
1,960-megawatt Skarr offshore wind farm. Construction will start in January 2025, and first
hydrogen is expected in 2027.

The project secured its grid connection agreement on 18 June 2024 and its environmental permit
on 2 September. Valtmar carried out a feasibility study for the site in 2021 with the Port
Kessing Harbour Authority. Since 2019 the company has operated a 5 MW pilot electrolyser at its
Lund Ness site.

An offtake agreement with Brannock Steel, which plans to use the hydrogen in place of natural gas
at its rolling mill, is to be signed no later than 31 December.

"Today's decision puts Port Kessing at the heart of a new industry," said chief executive
Annika Strand. The project is a cornerstone of Valtmar's 2030 Strategy.

About Valtmar Energy
Valtmar Energy develops wind, solar and hydrogen projects across the Nordic region.

Media enquiries: +46 8 555 012 34 | press@valtmar.example""",
        (
            expect("2024-10-09", "decision"),
            expect("2025-01", "construction", planned=True),
            expect("2027", "hydrogen", planned=True),
            expect("2024-06-18", "grid"),
            expect("2024-09-02", "permit"),
            expect("2021", "feasibility"),
            expect("2019/..", "pilot"),
            expect("../2024-12-31", "offtake", planned=True),
        ),
    ),
    Text(
        "ashgrove-survey-field-book",
        "land surveyor's field book of the 1820s",
        None,
        """FIELD BOOK
Survey of the Parish of Ashgrove for the Inclosure Commissioners
J. Wetherall, Land Surveyor
1824

April
Mon. 5th. Commenced the survey at Ashgrove Cross, with Tho. Pike & young Ellis as chainmen.
  Weather fair. Took the bearings of the church tower from the Cross.
Tues. 6th. Rain all day, no work done.
Thurs. 8th. Measured the Common, 212 a. 3 r. 14 p. by the chain. Much furze on the E. side.
Mon. 12th. Mr Pell the Commissioner rode over & viewed the work. Dined with him at the Swan.
Thurs. 15th. Chain broke at Holt brook; mended by the smith at Coldharbour, 1s. 4d.
Sat. 17th. Compared our lines with the old map of the manor, made about 1760, which is much
  in error on the N. side of the parish.

May
Mon. 3rd. Finished the field work. Paid the chainmen 18s. 6d. each.
Wed. 5th. Rec'd a letter from Mr Pell. The Award to be read at the Vestry on the 20th inst.,
  & the fair plan to be delivered to the Commissioners by the 29th Sept. next at the latest.

Memorandum. 1 chain = 4 poles = 22 yds. Allow 10 links in 1000 for the slope of the ground.""",
        (
            expect("1824-04-05", "commenc"),
            expect("1824-04-06", "rain"),
            expect("1824-04-08", "measur"),
            expect("1824-04-12", "Pell"),
            expect("1824-04-15", "chain"),
            expect("1824-04-17", "compared"),
            expect("1760~", "map"),
            expect("1824-05-03", "finish"),
            expect("1824-05-05", "letter"),
            expect("1824-05-20", "award", planned=True),
            expect("../1824-09-29", "deliver", planned=True),
        ),
    ),
    Text(
        "fenmoor-hedgehog-survey-2023",
        "hedgehog survey",
        None,
        """FENMOOR WILDLIFE TRUST
Garden Hedgehog Survey 2023 - Summary of Results
Report date: 12 December 2023
Prepared by: Dr Nia Rowntree, Conservation Officer

1. Background
The Garden Hedgehog Survey began in 2009. Since 2016 the Trust has also monitored hedgehogs on
four of its nature reserves with trail cameras.

2. Methods
Footprint tunnels were installed in 62 gardens on 18 and 19 April 2023, and volunteer training
took place on 22 April. The survey ran from 1 May to 30 September 2023. Volunteers checked their
tunnels every Monday and Thursday and replaced the ink cards weekly.

3. Results
- Hedgehog footprints were recorded in 29 of 62 gardens (47%), the lowest share since 2014.
- The first hedgehog of the season was recorded on 3 May in a garden on Larkhill Road.
- The highest nightly count, 27 animals across all sites, came on 14 July.
- An injured hedgehog was rescued around 9 August and taken to the Orrin Valley rescue centre.
- Mean weight of the animals weighed: 1,020 g (n = 14).

4. Next steps
Results will be submitted to the National Hedgehog Database by 31 January 2024. The 2024 survey
will start on 1 May 2024; new volunteers can register by calling 01632 960 318.

Thank you to all 118 volunteers who took part.""",
        (
            expect("2009", "survey"),
            expect("2016/..", "monitor"),
            expect("2023-04-18", "tunnels"),
            expect("2023-04-19", "tunnels"),
            expect("2023-04-22", "training"),
            expect("2023-05-01/2023-09-30", "survey"),
            expect("2023-05-03", "first"),
            expect("2023-07-14", "count"),
            expect("2023-08-09~", "rescued"),
            expect("../2024-01-31", "submit", planned=True),
            expect("2024-05-01", "survey", planned=True),
        ),
    ),
    Text(
        "hallam-ropeworks-history",
        "ropeworks' history",
        None,
        """Hallam's Ropeworks, Sallow Quay: A History

The ropeworks at Sallow Quay is said to have been established in 1790 by Samuel Hallam, a
sailmaker from Kelmouth. Its covered ropewalk, 1,100 feet long, is among the longest surviving
in the country.

The firm's fortunes were made in 1805, when it won its first contract to supply cordage to the
naval dockyard at Kelmouth. John Hallam, Samuel's nephew, took over the business c. 1815, and in
1838 he installed a steam engine to drive the forming machines.

A fire in 1861 destroyed the hemp stores and the tarring house; they were rebuilt in brick the
following year. In the 1880s the works employed over 200 men and boys.

Between 1914 and 1918 the works produced towing hawsers and mooring lines for the War Office,
working day and night shifts. Competition from synthetic fibres and cheaper imports followed,
and the ropeworks closed in 1971.

The Sallow Quay Trust bought the buildings and opened them as a museum in 1984. Restoration of
the ropewalk roof, funded by a grant of 2.3 million pounds, is due to be completed by 2026.

Rope-making demonstrations are held every Saturday from Easter to October. Admission: adults
8.50 pounds, children free.""",
        (
            expect("1790?", "establish"),
            expect("1805", "contract"),
            expect("1815~", "took"),
            expect("1838", "steam"),
            expect("1861", "fire"),
            expect("1862", "rebuilt"),
            expect("1914/1918", "produc"),
            expect("1971", "closed"),
            expect("1984", "museum"),
            expect("../2026", "restoration", planned=True),
        ),
    ),
    Text(
        "eastern-lines-franchise-statement",
        "transport minister's rail franchise statement",
        None,
        """Written Ministerial Statement
Department for Transport

Eastern Lines Rail Franchise

Made on: 4 March 2025
Made by: Daniel Abara MP (Minister of State for Rail)

Today I am announcing that the Eastern Lines franchise has been awarded to Corvane Rail Ltd.

The competition for the franchise was launched in September 2023. Bids were received by 15 July
2024 from three shortlisted bidders, and each was assessed against the same published criteria
for price, quality and deliverability.

The current operator, Northway Trains, was placed under a remedial plan in 2022 after its
punctuality fell to 78.4 per cent, the worst on the network since 2008. Its contract expires on
31 May 2025. Corvane will take over services on 1 June 2025.

Under the new contract Corvane will:
- replace the entire fleet with 42 new electric trains by December 2027;
- introduce a new timetable on 14 December 2025, with a half-hourly service to Marlby and
  Crane Wells;
- cap regulated fare rises at inflation for the first three years.

The franchise is let under the Railways Act 1993 and will run for eight years, with an optional
extension of two years. Passengers will see no change to tickets or railcards at the handover.

I will place a copy of the summary of the contract in the Libraries of both Houses.""",
        (
            expect("2025-03-04", "award"),
            expect("2023-09", "competition"),
            expect("../2024-07-15", "bids"),
            expect("2022", "remedial"),
            expect("2025-05-31", "expir", planned=True),
            expect("2025-06-01", "Corvane", planned=True),
            expect("../2027-12", "trains", planned=True),
            expect("2025-12-14", "timetable", planned=True),
        ),
    ),
    Text(
        "orlbury-library-branch-closures",
        "library's HTML branch closures page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Library branch closures and changes | Orlbury Borough Council</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<header>
  <a class="logo" href="/">Orlbury Borough Council</a>
  <nav aria-label="Main"><a href="/bins">Bins and recycling</a> | <a href="/libraries">Libraries</a>
  | <a href="/planning">Planning</a> | <a href="/council-tax">Council tax</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/libraries">Libraries</a> &gt;
Branch closures</nav>
<main id="content">
<h1>Library branch closures and changes</h1>
<p>Following a public consultation that ran from 1 October to 12 November 2024, the Council's
Cabinet decided on 9 December 2024 to close Holm Lane Library and replace it with a mobile
library service.</p>
<h2>Current and planned changes</h2>
<table class="changes">
<thead><tr><th>Branch</th><th>Change</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Holm Lane</td><td>Closes permanently</td><td>28 February 2025</td></tr>
<tr><td>Eastgate</td><td>Closed for roof repairs</td><td>3 to 14 March 2025</td></tr>
<tr><td>Wells Road</td><td>Closed after flooding, reopening to be confirmed</td>
<td>Closed since 20 December 2024</td></tr>
<tr><td>Mobile library</td><td>New weekly service starts</td><td>7 April 2025</td></tr>
</tbody>
</table>
<p>Holm Lane Library opened in 1958. Please return items borrowed there by 21 February 2025, or
to any other branch after that date.</p>
<p>Eastgate opening hours: Monday to Friday 9:30 to 17:00. Tel. 01632 960 447.</p>
<aside>
  <h2>Related pages</h2>
  <ul><li><a href="/libraries/mobile">Mobile library timetable</a></li>
  <li><a href="/consultations/2024/libraries">Libraries consultation 2024: results</a></li></ul>
</aside>
</main>
<footer><p>Page last updated: 10 January 2025</p>
<p>&copy; Orlbury Borough Council 2025</p></footer>
<script src="/assets/js/site.min.js" defer></script>
</body>
</html>""",
        (
            expect("2024-10-01/2024-11-12", "consultation"),
            expect("2024-12-09", "Cabinet"),
            expect("2025-02-28", "Holm", planned=True),
            expect("2025-03-03/2025-03-14", "Eastgate", planned=True),
            expect("2024-12-20/..", "Wells"),
            expect("2025-04-07", "mobile", planned=True),
            expect("1958", "open"),
            expect("../2025-02-21", "return", planned=True),
        ),
    ),
    Text(
        "hollins-barn-appeal-decision",
        "planning appeal decision",
        None,
        """Appeal Decision
Site visit made on 14 May 2024
by Helen Marsh BA(Hons) MRTPI
an Inspector appointed by the Secretary of State
Decision date: 3 June 2024

Appeal Ref: APP/K2210/W/24/3341876
Hollins Barn, Sedge Lane, Upper Wendle, Orlshire WD7 4QP
- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The appeal is made by Mr and Mrs T Carrow against the decision of Wendle District Council.
- The application Ref 23/01145/FUL, dated 21 August 2023, was refused by notice dated
  9 November 2023.
- The development proposed is conversion of a barn to a dwelling with a two-storey extension.

Decision
1. The appeal is dismissed.

Main issue
2. The main issue is the effect of the proposal on the significance of Hollins Barn, a Grade
II listed building.

Reasons
3. Hollins Barn dates from c. 1850 and was listed in 1987. The appellants state that it has
been vacant since 2009. Its roof was replaced, perhaps in 1974, with corrugated sheeting.
4. Planning permission for a more modest conversion was granted in 2015 but lapsed in 2018
without being implemented. I give it little weight.
5. I carried out an unaccompanied site visit on 14 May 2024. The proposed extension would
enclose the open threshing bay and harm the plan form that gives the barn its significance.
6. The National Planning Policy Framework was revised in December 2023. The Council's emerging
Local Plan is expected to be adopted in 2025, but it is at an early stage and I give it limited
weight.

Conclusion
7. For the reasons given above, I conclude that the appeal should be dismissed.

Helen Marsh
INSPECTOR""",
        (
            expect("2023-08-21", "application"),
            expect("2023-11-09", "refus"),
            expect("1850~", "barn"),
            expect("1987", "listed"),
            expect("2009/..", "vacant"),
            expect("1974?", "roof"),
            expect("2015", "granted"),
            expect("2018", "lapsed"),
            expect("2024-05-14", "visit"),
            expect("2023-12", "Framework"),
            expect("2025", "adopt", planned=True),
        ),
    ),
    Text(
        "threlkeld-clockmakers-history",
        "clockmaker's history",
        None,
        """Threlkeld & Sons, Clockmakers of Ambleford

Joseph Threlkeld is thought to have been apprenticed to a clockmaker in Carbridge about 1768.
The earliest surviving Threlkeld clock, an eight-day long-case clock in an oak case, was made
perhaps in 1775, while he was still a journeyman. He opened his own shop on Bridge Street,
Ambleford, in 1779.

In 1796 Joseph made the turret clock for St Anne's Church, which struck the hours over the
market square for more than two centuries. A long-case clock inscribed "Jos. Threlkeld
Ambleford 1801" stands in the hall of the town museum.

Joseph died in 1812, and his son William took over the workshop. William won a silver medal in
1862 at the Lanchester Exhibition for a regulator with a mercury pendulum. In all the workshop
made some 1,840 clocks. Under William's grandsons the firm turned to repairs, and the last clock
left the workshop in 1931.

The Bridge Street shop reopened as the Threlkeld Clock Museum in 2003. The St Anne's turret
clock, removed for restoration in 2019, is scheduled to be rehung in its tower in 2026.

The museum is open Wednesday to Sunday, 10am to 4pm. Clocks are wound every Monday morning.""",
        (
            expect("1768~", "apprentic"),
            expect("1775?", "earliest"),
            expect("1779", "shop"),
            expect("1796", "turret"),
            expect("1812", "died"),
            expect("1812", "William"),
            expect("1862", "medal"),
            expect("1931", "last"),
            expect("2003", "museum"),
            expect("2019", "removed"),
            expect("2026", "rehung", planned=True),
        ),
    ),
    Text(
        "wrenfield-netball-fixtures",
        "netball league's fixtures list",
        None,
        """WRENFIELD & DISTRICT NETBALL LEAGUE
DIVISION ONE - FIXTURES, SPRING SEASON 2025
Issued 2 December 2024

All matches at Wrenfield Leisure Centre. Matches are played every Tuesday; first centre pass
7.00pm, 8.00pm and 9.00pm.

ROUND 1 - Tue 7 January
  7.00pm  Court 1  Orchard Belles v Wrenfield Hawks
  8.00pm  Court 2  Millbrook Mavericks v Castle Comets
ROUND 2 - Tue 14 January
  7.00pm  Court 1  Castle Comets v Orchard Belles
  8.00pm  Court 2  Wrenfield Hawks v Millbrook Mavericks
ROUND 3 - Tue 21 January
  7.00pm  Court 1  Millbrook Mavericks v Orchard Belles
  8.00pm  Court 2  Castle Comets v Wrenfield Hawks
ROUND 4 - Tue 4 February
  7.00pm  Court 1  Wrenfield Hawks v Orchard Belles
  8.00pm  Court 2  Castle Comets v Millbrook Mavericks

CUP FINAL - Tuesday 25 March, Court 1, 7.30pm

Notes
1. Team registrations and fees (165 pounds per team) must reach the League Secretary no later
   than 13 December 2024.
2. An umpiring course for C Award candidates will be held on Sat 11 Jan, 10am to 3pm.
3. AGM: Thursday 3 April 2025, 7.30pm, Wrenfield Cricket Club.
4. Results must be texted to the Results Secretary by 10pm on match night.
5. The League was founded in 1974. Past champions are listed on the website.

League Secretary: Jo Pennant, 07700 900 514""",
        (
            expect("2025-01-07", "round", planned=True),
            expect("2025-01-14", "round", planned=True),
            expect("2025-01-21", "round", planned=True),
            expect("2025-02-04", "round", planned=True),
            expect("2025-03-25", "final", planned=True),
            expect("../2024-12-13", "registration", planned=True),
            expect("2025-01-11", "umpir", planned=True),
            expect("2025-04-03", "AGM", planned=True),
            expect("1974", "founded"),
        ),
    ),
)
