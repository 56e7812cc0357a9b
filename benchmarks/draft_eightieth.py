"""An eightieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
ferry company's timetable change notice, a university obituary of a professor, a river
authority flood bulletin, a museum acquisition press note, a football club's HTML club history
page, a planning inspector's appeal decision, a bird observatory's monthly report, a clinical
research news brief, a national archive's catalogue description, a town's market charter
history and a school's head teacher letter). Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTIETH_CORPUS",)

EIGHTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrava-dock-strike",
        "wire story with a dateline",
        None,
        """KESTRAVA, Oct 9, 2024 (Northline News) - Dockworkers at the port of Kestrava walked off
the job on Monday, halting container traffic at the country's second-largest harbour and
leaving more than forty ships waiting at anchor.

The stevedores' union said its members had worked without a contract since their last
agreement expired on September 30. Talks with the terminal operator broke down on or about
October 2, when the company withdrew a pay offer of 6.5 percent.

Baltrade Terminals, which has operated the port since 2016 under a 30-year concession, said
the backlog was the largest since 2015 and that it had lost about 1,840 container moves a day.

The transport ministry has ordered both sides to restore normal operations no later than
October 20. A state mediator will meet union and company negotiators on Friday, a ministry
spokeswoman said.

A previous stoppage at Kestrava, in 2009, lasted eleven days and ended with a two-year wage
deal. Union leader Marta Velikova, who addresses members every Monday at the gate, said this
dispute "could be shorter or much longer".

Shipping agents said some carriers had begun diverting vessels to the port of Orsund, about
160 km up the coast.

(Reporting by Anton Dresk; Editing by Laura Penn)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-30", "agreement", "expire"),
            expect("2024-10-02~", "talks"),
            expect("2016/..", "operat"),
            expect("../2024-10-20", "restore"),
            expect("2024-10-11", "mediator", planned=True),
            expect("2009", "stoppage"),
        ),
    ),
    Text(
        "halden-verrow-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halden Biosystems completes acquisition of Verrow Labs

CAMBRIDGE, UK - 12 March 2025 - Halden Biosystems plc (AIM: HLDN), a developer of enzyme
assays for food safety testing, today completed its acquisition of Verrow Labs Ltd, the
Dundee-based maker of rapid allergen kits.

The agreement was first signed on 14 January and approved by Verrow's shareholders at a general
meeting on 27 February. The consideration of GBP 18.4 million was paid in cash and new shares.

Verrow Labs was founded around 1998 as a spin-out of the University of Dundee and employs 64
people. Halden, founded in 2011, has been listed on AIM since 2019.

The combined business will open a new production facility in Livingston, which is expected to
begin operating in September 2025. Halden will also hold its first joint investor day with the
Verrow team on 2 June.

"Verrow's kits complement our ISO 17025 accredited assays," said Dr Priya Nandakumar, chief
executive of Halden. "Together we can serve laboratories in 40 countries."

Notes to editors
Halden Biosystems develops enzyme-based tests for more than 1,200 laboratory customers. Its
2024 Annual Report is available at halden-bio.example.

Media contact
Fiona Garvie, Halden Biosystems
+44 1223 555 0193 | press@halden-bio.example
Ref: HB-2025-07

ENDS""",
        (
            expect("2025-03-12", "acquisition"),
            expect("2025-01-14", "agreement", "sign"),
            expect("2025-02-27", "shareholder"),
            expect("1998~", "verrow", "found"),
            expect("2011", "halden", "found"),
            expect("2019/..", "list"),
            expect("2025-09", "facility", planned=True),
            expect("2025-06-02", "investor", planned=True),
        ),
    ),
    Text(
        "rivera-v-castlemoor",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE ELEVENTH CIRCUIT
No. 23-11874
MARISOL RIVERA, Plaintiff-Appellant,
v.
CASTLEMOOR LOGISTICS, INC., Defendant-Appellee.
Appeal from the United States District Court for the Middle District of Florida
(Filed August 5, 2024)

Before LANGFORD, OKAFOR, and BRISCOE, Circuit Judges.

OKAFOR, Circuit Judge:

Marisol Rivera appeals the grant of summary judgment to her former employer on her claims of
retaliation under Title VII of the Civil Rights Act of 1964. We affirm.

I.

Castlemoor hired Rivera as a dispatch supervisor on or about March 3, 2019. From January 2020
onward she was on a written performance improvement plan, which Castlemoor renewed every
ninety days. Rivera complained to human resources about a manager's conduct on April 14, 2021,
and Castlemoor terminated her employment on June 28, 2021.

Rivera filed a charge of discrimination with the Equal Employment Opportunity Commission on
December 1, 2021, well within the 300-day period of 42 U.S.C. Section 2000e-5(e)(1). After
receiving a right-to-sue notice, she brought this action. The district court granted summary
judgment to Castlemoor on February 9, 2023, concluding that the performance plan predated her
complaint by more than a year. Rivera filed a notice of appeal on March 8, 2023.

II.

We review a grant of summary judgment de novo. See Fed. R. Civ. P. 56(a). A plaintiff must show
that the protected activity was a but-for cause of the adverse action. Rivera points to the
ten weeks between her complaint and her dismissal, but temporal proximity alone does not
overcome an employer's documented, pre-existing concerns.

AFFIRMED.""",
        (
            expect("2019-03-03~", "hire"),
            expect("2020-01/..", "performance"),
            expect("2021-04-14", "complain"),
            expect("2021-06-28", "terminat"),
            expect("2021-12-01", "charge"),
            expect("2023-02-09", "summary judgment"),
            expect("2023-03-08", "appeal"),
        ),
    ),
    Text(
        "caer-wennol-castle",
        "encyclopedia history",
        None,
        """Caer Wennol Castle

Caer Wennol Castle is a ruined castle above the estuary of the Afon Wennol in west Wales.

History

A timber fortification probably stood on the site before the present stone castle, which was
built circa 1230 by the lords of Emlyn. The castle was granted to the Delacourt family in 1347
as a reward for service in Gascony, and they held it for nearly two centuries.

During the Wars of the Roses the castle was besieged in 1461 and again in 1471, on the second
occasion surrendering after a siege of six weeks. By 1540 the hall range had been partly burned,
and the antiquary John Leland described the castle as "sore decayed".

The ruins passed through several families. Between 1868 and 1874 the gatehouse was restored by
the architect Thomas Pryce-Rowlands, who added the present roof and battlements, a restoration
later criticised in Lord Ashby's 1884 History of the Welsh Marches.

The castle has been owned by the Wennol Heritage Trust since 1952, and the Trust opened the
inner ward to visitors in 1957. The curtain wall survives to a height of 11 metres on the
north side, and the site is recorded as monument number 1297.

Architecture

The plan is an irregular polygon with three round towers. The gatehouse is twin-towered and
was originally approached by a drawbridge over a rock-cut ditch.

References

Pryce, D. (1998). Castles of the Teifi Valley. Cardiff: Gwasg Wennol, p. 214.""",
        (
            expect("1230~", "built"),
            expect("1347", "grant"),
            expect("1461", "besieg"),
            expect("1471", "besieg"),
            expect("../1540", "burn"),
            expect("1868/1874", "restor"),
            expect("1952/..", "trust"),
            expect("1957", "open"),
        ),
    ),
    Text(
        "ashbridge-cup-final",
        "sports report",
        date(2025, 4, 27),
        """Ashbridge Rovers end 21-year wait with cup final win

By Callum Reddy

Ashbridge Rovers won the County Senior Cup on Saturday, beating Harlow Vale 2-1 after extra
time in front of 8,214 supporters at the Parkway Stadium. Rovers last lifted the trophy in 2004.

Striker Tomas Ilic, who joined from Dunmore Athletic in January 2023, scored the winner in the
112th minute, his 31st goal of the season. It was the club's first final since 1998, when they
lost on penalties.

Rovers had reached the final via a dramatic semi-final win over Kirkby Town on 9 April, when
goalkeeper Sam Okoro saved two penalties in the shoot-out.

"We train every Tuesday and Thursday night after work," said manager Leanne Foster, whose side
play in the ninth tier. "To do this in front of our own people means everything."

The victory came at a cost. Captain Jordan Mace was carried off with a knee injury and is
expected to undergo surgery on Tuesday, Foster confirmed.

As cup winners, Rovers qualify for the regional Champions Shield, and the draw for the first
round will be made on 16 June. The club, formed in 1946, will also parade the trophy through
the town centre next weekend.""",
        (
            expect("2025-04-26", "win"),
            expect("2004", "trophy"),
            expect("2023-01", "ilic", "join"),
            expect("2025-04-09", "semi"),
            expect("2025-04-29", "surgery", planned=True),
            expect("2025-06-16", "draw", planned=True),
            expect("1946", "form"),
        ),
    ),
    Text(
        "marlow-cordage-history",
        "company history",
        None,
        """Our History

Marlow Cordage began in 1887, when the ropemaker William Marlow set up a ropewalk on the
quayside at Tarrington with six employees and a horse-drawn spinning wheel.

The business moved to a larger works at Greyhaven in 1902, the year after the Factory and
Workshop Act 1901 came into force, and supplied mooring lines to the Royal Navy throughout the
First World War.

Marlow Cordage was incorporated as a limited company in 1921 and listed on the regional stock
exchange the following year. Around 1950 the company began making ropes from synthetic fibres,
one of the first British firms to do so.

In 1978 the family sold a majority stake to the Harwood engineering group, and in 2008 the
business was acquired by Nordline Marine of Bergen. Today Marlow makes more than 1,500 products,
from climbing ropes to offshore mooring systems.

Marlow has been headquartered at Greyhaven Business Park since 2013, and its factory holds
ISO 14001 certification. A new recycling line for end-of-life fishing nets is
planned to open in 2026.

Marlow Cordage Ltd, Greyhaven, Registered in England No. 00174423.""",
        (
            expect("1887", "ropewalk"),
            expect("1902", "move"),
            expect("1921", "incorporat"),
            expect("1922", "list"),
            expect("1950~", "synthetic"),
            expect("1978", "stake"),
            expect("2008", "acquir"),
            expect("2013/..", "headquarter"),
            expect("2026", "recycling", planned=True),
        ),
    ),
    Text(
        "vesta-orbiter-mission",
        "mission summary",
        None,
        """VESTA-2 ORBITER: MISSION SUMMARY

Agency: Nordic Space Office (NSO)
Mission type: Lunar orbiter and small lander
Status: Completed

Overview

Vesta-2 was the NSO's first mission beyond Earth orbit. The spacecraft launched on
14 February 2021 on a Vega-C rocket from Kourou, French Guiana, carrying four instruments and
the 38-kg Lumi lander.

After a slow transfer using lunar gravity assists, the orbiter entered lunar orbit on
2 September, reaching a final polar orbit of 1,200 km. The Lumi lander was released on
24 September and touched down near the crater Plaskett two days later, returning images
for 19 hours.

Operations

The orbiter mapped the polar regions until its fuel ran low. Its wide-angle camera failed
around 10 November 2022, but the radar sounder kept working. Engineers lost contact with the
spacecraft on 3 March 2023, and the mission was formally declared ended in June 2023.

A successor, Vesta-3, is scheduled to launch in 2028 and was ranked a priority in the agency's
2030 Exploration Strategy.

Key figures
Launch mass: 1,146 kg
Data returned: 2,310 gigabits

Last updated: 12 January 2025""",
        (
            expect("2021-02-14", "launch"),
            expect("2021-09-02", "orbit"),
            expect("2021-09-24", "lander", "release"),
            expect("2021-09-26", "touch"),
            expect("2022-11-10~", "camera"),
            expect("2023-03-03", "contact"),
            expect("2023-06", "end"),
            expect("2028", "vesta-3", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """Ministry of Water and Environment
Statement on the drought emergency
18 November 2024

The Minister for Water, Helena Brandt, met the chairs of the six regional water councils on
Friday to review the drought emergency, which the Government declared on 2 August.

Hosepipe and irrigation restrictions have been in force in the southern region since July.
Reservoir storage stood at 31 per cent last week, the lowest level for the time of year since
1976.

The Minister confirmed that an independent review of the regional councils' drought plans will
be completed no later than 31 January 2025. Its findings will be published in full.

The Government will also bring forward construction of the Saltmarsh desalination plant, which
is now scheduled to begin operating in March 2026, two years earlier than planned under the
Water Supply Act 2014.

The Drought Resilience Fund, established in 2019, will provide a further 12 million euros to
farmers, with applications opening on 2 December. Households can check restrictions on
0800 555 0123.

"We ask everyone to keep saving water," the Minister said. "Every litre counts."

Ends
Press office: +31 70 555 0182""",
        (
            expect("2024-11-15", "met"),
            expect("2024-08-02", "declar"),
            expect("2024-07/..", "restriction"),
            expect("../2025-01-31", "review", planned=True),
            expect("2026-03", "desalination", planned=True),
            expect("2019", "fund"),
            expect("2024-12-02", "application", planned=True),
        ),
    ),
    Text(
        "ferndale-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Ferndale Community Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Latest news</h1>
<ul class="news-list">
  <li><time datetime="2024-06-12">12 June 2024</time>
    <h2>Bin collections change</h2>
    <p>Household waste will be collected on Tuesdays instead of Fridays from 1 July. Recycling
    stays fortnightly.</p></li>
  <li><time datetime="2024-06-03">3 June 2024</time>
    <h2>Library reopens</h2>
    <p>Ferndale Library reopened on 3 June after repairs to flood damage from the storm of
    14 February. Opening hours are unchanged, with late opening every Thursday.</p></li>
  <li><time datetime="2024-05-20">20 May 2024</time>
    <h2>Playground consultation</h2>
    <p>More than 300 residents commented on plans for the Mill Lane playground before the
    consultation closed on 17 May. Work is scheduled to start on 2 September.</p></li>
  <li><time datetime="2024-05-08">8 May 2024</time>
    <h2>New chair elected</h2>
    <p>Councillor Aisha Rahman was elected chair at the annual meeting on 7 May. She has
    represented Ferndale West since 2017.</p></li>
</ul>
<p class="meta">Page last updated: 12 June 2024</p>
</main>
<footer>&copy; 2024 Ferndale Community Council | Tel 01632 960 418</footer>
</body>
</html>""",
        (
            expect("2024-07-01", "collect", planned=True),
            expect("2024-06-03", "library", "reopen"),
            expect("2024-02-14", "storm"),
            expect("2024-05-17", "consultation"),
            expect("2024-09-02", "work", planned=True),
            expect("2024-05-07", "rahman", "elect"),
            expect("2017/..", "represent"),
        ),
    ),
    Text(
        "skerry-ferries-timetable",
        "ferry company timetable change notice",
        None,
        """SKERRY FERRIES
Notice to passengers: Kilbrae - Inchmurrin route
Issued 4 March 2025

Reduced timetable during dry dock

From 31 March to 25 May 2025 the Kilbrae - Inchmurrin route will run a reduced timetable of
four return sailings a day while the MV Skerrin undergoes her annual overhaul.

The MV Skerrin will enter dry dock at Greenock on Monday 7 April. During the overhaul the
route will be served by the relief vessel MV Orla, which has been in service with Skerry Ferries
since 1994 and carries up to 22 cars.

Sailings depart Kilbrae every Tuesday at 07:15 for the livestock market; this sailing is not
affected. The full summer timetable will start on 26 May.

Recent disruption

Services were cancelled on 1 and 2 March because of gales. Passengers with tickets for those
days can claim a refund online.

Bookings

Bookings for the reduced timetable will open on Thursday at 09:00. Please quote route code 1402.

Booking line: 0345 555 0172 (8am to 6pm)
Skerry Ferries Ltd, Pier Road, Kilbrae. Timetable 2025/26 available online.""",
        (
            expect("2025-03-31/2025-05-25", "reduced", planned=True),
            expect("2025-04-07", "dry dock", planned=True),
            expect("1994/..", "orla"),
            expect("2025-05-26", "summer", planned=True),
            expect("2025-03-01", "cancel"),
            expect("2025-03-02", "cancel"),
            expect("2025-03-06", "booking", planned=True),
        ),
    ),
    Text(
        "obituary-professor-hale",
        "university obituary of a professor",
        None,
        """University of Northmoor - News

Obituary: Professor Edmund Hale, 1938-2025

Posted 21 January 2025 by the Faculty of Earth Sciences

Professor Edmund Hale, the glaciologist who led the university's first expeditions to
Svalbard, died on 9 January at the age of 86.

Born in 1938 in Whitby, Edmund studied geology at Durham before joining Northmoor as a lecturer
in 1967. He was appointed to a personal chair in 1979 and served as head of department for most
of the following decade.

Around 1985 he led the Austfonna ice-radar survey, whose measurements are still cited in
studies of Arctic ice loss. He was elected a Fellow of the Royal Society in 1991.

Edmund retired in 2003 but remained a familiar figure in the department, giving the Hale
Seminar every Thursday and supervising students well into his eighties. His 1972 textbook,
Ice and Rock, is in its seventh edition.

He is survived by his wife, Margaret, and two daughters. A memorial service will be held in the
University Chapel on 14 March.

Colleagues who wish to contribute memories may write to the Faculty Office, Room 1204,
Bramwell Building, or call 01632 960 341.""",
        (
            expect("2025-01-09", "die"),
            expect("1938", "born"),
            expect("1967", "join"),
            expect("1979", "chair"),
            expect("1985~", "survey"),
            expect("1991", "fellow"),
            expect("2003", "retire"),
            expect("2025-03-14", "memorial", planned=True),
        ),
    ),
    Text(
        "kell-flood-bulletin",
        "river authority flood bulletin",
        None,
        """RIVER KELL CATCHMENT AUTHORITY
FLOOD BULLETIN No. 47
Issued 06:00 Tuesday 14 January 2025
Next bulletin: 18:00 today

Current situation

The River Kell peaked at Millbridge gauge at 4.31 m on Sunday, the highest level recorded there
since 1947. Levels have since fallen by 40 cm but remain above the flood warning threshold.

Flood warnings have been in force for the Lower Kell and Millbridge since 10 January. Severe
flood warnings for Ashford Meadows were withdrawn on Monday.

The Kell tidal barrier was closed on 11 January and will stay closed while tides remain high.

Outlook

Levels at Millbridge are expected to fall below the warning threshold by Thursday, provided
rainfall stays below 10 mm a day. Survey teams will inspect the Kell embankment at Lowford on
Friday. Repairs to that embankment were completed in December 2024.

Advice

Do not walk or drive through flood water. Gauge readings are updated every 15 minutes on our
website.

Floodline: 0300 555 0147 (24 hours)
Bulletin reference KCA/FB/2025/047""",
        (
            expect("2025-01-12", "peak"),
            expect("2025-01-10/..", "warning"),
            expect("2025-01-13", "withdraw"),
            expect("2025-01-11", "barrier"),
            expect("../2025-01-16", "fall", planned=True),
            expect("2025-01-17", "inspect", planned=True),
            expect("2024-12", "repair"),
        ),
    ),
    Text(
        "museum-acquisition-van-aelst",
        "museum acquisition press note",
        None,
        """ALDERGATE MUSEUM OF ART
Press note | 3 September 2024

Museum acquires rare still life by Cornelia van Aelst

The Aldergate Museum of Art has acquired Still Life with Oysters and a Lemon by the Dutch
painter Cornelia van Aelst, bought at auction in London on 28 August with support from the 2024
Acquisitions Fund and the Friends of the Museum.

The painting, dated to about 1662, is one of only eleven works securely attributed to van Aelst.
It is first recorded in an inventory of the Hague collector Pieter Moens in 1704, and is thought
to have been exhibited in Antwerp in 1675, although no catalogue of that exhibition survives.

The museum acquired van Aelst's only other known flower piece in 1987. The two works will be
shown together in a new display in Gallery 12 from 15 October.

"This is a painter who has been written out of the story for too long," said director Dr Hannah
Leclerc. The purchase price of GBP 1,250,000 was met without public funding.

Image caption: Cornelia van Aelst, Still Life with Oysters and a Lemon, oil on panel, 48 x 39 cm.
Object number 2024.17.

For press enquiries: press@aldergate.example | 0121 496 0733
Notes to editors: The museum is open daily from 10:00 to 17:00, and until 21:00 every Friday.""",
        (
            expect("2024-08-28", "auction"),
            expect("1662~", "paint"),
            expect("1704", "inventory"),
            expect("1675?", "exhibit"),
            expect("1987", "flower"),
            expect("2024-10-15", "display", planned=True),
        ),
    ),
    Text(
        "harbury-town-fc-history",
        "football club's club history page in HTML",
        None,
        """<div class="page club-history">
<h1>Club History</h1>
<p class="intro">Harbury Town FC - "The Lamplighters"</p>

<h2>The early years</h2>
<p>Harbury Town Football Club was founded in 1889 by workers at the Harbury gasworks, which is
where the nickname <em>the Lamplighters</em> comes from. Around 1896 the club turned
professional, and in 1908 it moved to Station Road, its home for almost a century.</p>

<h2>Champions</h2>
<p>Town won the Northern Combination title in 1931 and 1934, and reached the fourth round of
the FA Cup in 1938, losing 3-1 in front of 17,206 spectators.</p>

<h2>Decline and revival</h2>
<p>After relegation in 1962 the club spent three decades in regional football. By 1975 the
old wooden main stand had been demolished on safety grounds.</p>
<p>Harbury has played at Riverside Park since 2001, when the Station Road site was sold for
housing. Riverside Park holds 4,500 and the record crowd is 3,911.</p>

<figure><img src="/img/1931-team.jpg" alt="The 1931 championship side">
<figcaption>The 1931 championship side, photographed at Station Road.</figcaption></figure>
</div>
<footer>&copy; 2025 Harbury Town FC | Registered club no. 1889</footer>""",
        (
            expect("1889", "found"),
            expect("1896~", "professional"),
            expect("1908", "station road"),
            expect("1931", "title"),
            expect("1934", "title"),
            expect("1938", "fa cup"),
            expect("1962", "relegat"),
            expect("../1975", "stand"),
            expect("2001/..", "riverside"),
        ),
    ),
    Text(
        "appeal-decision-oakfield-barn",
        "planning inspector's appeal decision",
        None,
        """Appeal Decision
Site visit made on 4 June 2024
by R. Okonjo BA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 19 June 2024

Appeal Ref: APP/K2210/W/24/3339876
Oakfield Barn, Lower Stretton Lane, Stretton Parva

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The application, for the conversion of a barn to two dwellings, was refused by Wealdham
  District Council by notice dated 12 December 2023.
- The appeal was lodged on 2 February 2024.

Decision

1. The appeal is dismissed.

Main issue

2. The main issue is the effect of the proposal on the significance of Oakfield Barn, a Grade II
listed building.

Reasons

3. The barn was built circa 1790 as part of the Oakfield estate and has been listed since 1972.
Its open interior and threshing doors are central to its significance.

4. Planning permission for a single dwelling was granted in 2015 but was never implemented and
lapsed in 2018. The present scheme would subdivide the interior with a first floor across the
threshing bay.

5. At my site visit I saw that the barn is in fair condition. Paragraph 202 of the Framework
requires harm to be weighed against public benefits; I find they do not outweigh it.

R. Okonjo
INSPECTOR""",
        (
            expect("2024-06-04", "site visit"),
            expect("2023-12-12", "refus"),
            expect("2024-02-02", "lodg"),
            expect("1790~", "built"),
            expect("1972/..", "listed"),
            expect("2015", "permission", "grant"),
            expect("2018", "lapse"),
        ),
    ),
    Text(
        "hollin-head-october-report",
        "bird observatory monthly report",
        None,
        """HOLLIN HEAD BIRD OBSERVATORY
Monthly report: October 2024

A month of strong easterlies brought the best autumn for scarce migrants in years.

The first Yellow-browed Warbler arrived on 3 October, and at least 14 had passed through by the
end of the month. A severe gale around 18 October grounded thousands of thrushes, with 2,300
Redwings counted on the 19th.

The highlight was a Pallas's Warbler that stayed in the Top Garden from 21 to 24 October, the
first on the island since 2006. A Red-flanked Bluetail was trapped and ringed on Wednesday
30 October.

Ringing

The observatory has run a ringing station at the Head since 1958. Staff and volunteers ringed
1,984 birds this month, including a Goldcrest carrying ring number NW41872 from Norway. The
Heligoland
trap is checked every morning at first light.

Dates for your diary

Our spring ringing course will run from 12 to 16 May 2025; places cost 240 pounds including
accommodation. The 2025 bird report goes to print soon.

Warden: Ellen Birkett | Tel 01632 960 772""",
        (
            expect("2024-10-03", "yellow-browed"),
            expect("2024-10-18~", "gale"),
            expect("2024-10-19", "redwing"),
            expect("2024-10-21/2024-10-24", "pallas"),
            expect("2024-10-30", "bluetail"),
            expect("1958/..", "ringing"),
            expect("2025-05-12/2025-05-16", "course", planned=True),
        ),
    ),
    Text(
        "inhaler-trial-brief",
        "clinical research news brief",
        date(2025, 2, 20),
        """RESEARCH NEWS

Old asthma drug cuts flare-ups in chronic cough trial

An inhaled drug already licensed for asthma reduced coughing fits by a third in adults with
chronic cough, according to results of the CLEAR-C trial published on Tuesday in the Journal
of Respiratory Medicine.

The trial, led by Professor Amira Haddad at the Northgate Clinical Research Unit, began
recruiting in May 2022 and enrolled 412 patients at 18 hospitals. The final participant had been
enrolled by March 2024, ahead of schedule.

Patients using the inhaler, velotropium, had 34 percent fewer coughing episodes than those on a
placebo over 24 weeks. Early findings were presented at the European Respiratory Congress on
9 November 2024.

Velotropium has been licensed for asthma since 2017 and costs about 1,150 pounds a year per
patient. Its use for cough is not covered by the 2019 national cough guideline.

A larger phase 3 trial, involving about 1,200 patients, is expected to start in January 2026,
Professor Haddad said. "Chronic cough is often dismissed, but it ruins lives," she added.

Trial registration: NCT05512347. Funded by the Northgate Health Research Trust.""",
        (
            expect("2025-02-18", "result"),
            expect("2022-05", "recruit"),
            expect("../2024-03", "enrol"),
            expect("2024-11-09", "present"),
            expect("2017/..", "licens"),
            expect("2026-01", "phase 3", planned=True),
        ),
    ),
    Text(
        "archive-harbour-commission",
        "national archive's catalogue description",
        None,
        """Reference: BT 412
Title: Records of the Port of Dunmere Harbour Commission
Covering dates: 1842-1911
Held by: The National Archives of Carrick
Extent: 214 volumes and 36 boxes
Level: Series

Administrative history

The Dunmere Harbour Commission was established under the Dunmere Harbour Act 1842 to build and
maintain the harbour's piers and to levy dues on shipping. It was abolished in 1911, when its
functions passed to the Dunmere Port Authority.

Scope and content

Minute books, ledgers, registers of harbour dues and correspondence. The earliest ledger was
possibly begun in 1848, although its first pages are missing. Many papers were damaged in a
fire at the Commission's offices circa 1890, and the minute books for 1855-1860 do not survive.

Custodial history

The records were transferred to the Archives by the Dunmere Port Authority in 1967.

Arrangement

The series was catalogued in 2009 and is arranged in the order of the original registers.

Access conditions: Open. Some volumes are fragile and may be seen on microfilm only (reels
MF 1-37).

Related material: see BT 413 for plans of the harbour works, 1845-1902.""",
        (
            expect("1842", "establish"),
            expect("1911", "abolish"),
            expect("1848?", "ledger"),
            expect("1890~", "fire"),
            expect("1967", "transfer"),
            expect("2009", "catalogu"),
        ),
    ),
    Text(
        "wendlebury-market-charter",
        "town's market charter history",
        None,
        """WENDLEBURY MARKET: A HISTORY OF THE CHARTER

Wendlebury Town Council | Heritage leaflet No. 3

Wendlebury's right to hold a market was granted by King Henry III in a charter dated 12 May
1252, which allowed the lord of the manor to hold a market every Thursday and to take tolls on
goods sold. The Thursday market has been held, with few interruptions, ever since.

A second charter of 1290 added an annual fair of three days at Michaelmas. The fair was famous
for its sheep and by the fifteenth century drew dealers from as far as Coventry.

About 1600 the market moved under cover into a new timber-framed market hall built by the
town's wool merchants; the hall burned down in 1698 and was not replaced.

In 1858 the town corporation bought the market rights from the Verney family for 2,400 pounds.
The market has been held in the Market Square since 1860, after the old shambles were
cleared.

The Markets and Fairs Clauses Act 1847 and, later, the Local Government Act 1888 changed how
the market was regulated, but the charter was never revoked.

Looking ahead

The 775th anniversary of the charter will be celebrated on 12 May 2027 with a charter fair and a
procession. Stallholders wishing to take part should contact the Market Office on 01632 960 219.""",
        (
            expect("1252-05-12", "charter"),
            expect("1290", "fair"),
            expect("1600~", "hall"),
            expect("1698", "burn"),
            expect("1858", "rights"),
            expect("1860/..", "square"),
            expect("2027-05-12", "anniversary", planned=True),
        ),
    ),
    Text(
        "head-teacher-letter",
        "school head teacher letter",
        None,
        """St Aidan's Community School
Moor Lane, Brackley Vale
Tel: 01632 960 555

Friday 7 March 2025

Dear Parents and Carers,

I am writing to let you know about a busy fortnight and about the weeks ahead.

As you know, the school was closed on Monday because the heating failed overnight. I am grateful
for your patience while our site team worked to put it right.

Inspectors visited us on Tuesday and Wednesday this week. They spoke to many pupils and staff,
and we expect the report to be published within a few weeks. I will share it with you as soon
as I can.

Parents' evening for Year 7 and Year 8 will take place on Thursday 20 March from 4pm to 7pm.
Booking opens on Monday through the school app.

Spring term ends on Friday 4 April at 1.30pm.

Our new science block, which has been under construction since October 2023, is due to open in
September 2025. Clubs will continue to run every Wednesday after school as usual.

St Aidan's has been part of the Vale Learning Trust since 2016, and admissions for 2025/26 are
now closed.

Yours sincerely,

Mrs J. Whitfield
Head Teacher""",
        (
            expect("2025-03-03", "clos"),
            expect("2025-03-04", "inspect"),
            expect("2025-03-05", "inspect"),
            expect("2025-03-20", "parents' evening", planned=True),
            expect("2025-03-10", "booking", planned=True),
            expect("2025-04-04", "term", planned=True),
            expect("2023-10/..", "construction"),
            expect("2025-09", "science", planned=True),
            expect("2016/..", "trust"),
        ),
    ),
)
