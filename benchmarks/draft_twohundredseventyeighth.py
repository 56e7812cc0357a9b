"""The two-hundred-and-seventy-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a water company's supply
interruption notice, a sitting volleyball match report, a pumice quarry company's release, a
toll keeper's account book of the 1850s, a little tern survey, a doll's house maker's history,
a prisons minister's statement, a paintball site's HTML page, a scrap metal dealer licence
decision, a quilling history and a pinochle club's fixtures card. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYEIGHTH_CORPUS",)


TWOHUNDREDSEVENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ostrevik-kalda-bridge-closure",
        "wire story with a dateline",
        date(2025, 3, 12),
        """OSTREVIK, March 12 (Baltline News) - Authorities in Ostrevik closed the city's main river
bridge to heavy traffic on Monday after inspectors found corrosion in two of its steel
cables, the regional roads agency said.

The Kalda Bridge carries about 38,000 vehicles a day. Engineers first
flagged cracking in a routine survey on Feb. 18 and returned with divers two days later,
agency director Teodor Rusk told reporters.

Lorries over 7.5 tonnes will be diverted over the Mellan ring road from Thursday, and a full
closure of the bridge for emergency repairs is planned for April 5-13. The agency expects to
award a repair contract by March 28.

"We would rather lose a week now than a bridge later," Rusk said.

The bridge, opened in 1964, was last refurbished in 1998-2001. The city council first commissioned a
feasibility study for a replacement span in 2017, which put the cost at roughly 410 million
euros, but has never set aside the money.

Traffic on the ring road is already at its heaviest since 2015, agency data show, and
hauliers warned of delays of up to an hour at peak times. The city council is due to vote
on Friday on funding for a temporary ferry link across the river.

(Reporting by Anna Veld; Editing by Piotr Cray)""",
        (
            expect("2025-03-10", "bridge", "clos"),
            expect("2025-02-18", "crack"),
            expect("2025-02-20", "divers"),
            expect("2025-03-13", "lorries", "divert", planned=True),
            expect("2025-04-05/2025-04-13", "closure", planned=True),
            expect("../2025-03-28", "contract", planned=True),
            expect("1964", "open"),
            expect("1998/2001", "refurbish"),
            expect("2017", "study"),
            expect("2025-03-14", "vote", planned=True),
        ),
    ),
    Text(
        "tarnwick-lowmere-battery-park",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tarnwick Grid Storage switches on its first battery park at Lowmere

LOWMERE, 4 June 2025 - Tarnwick Grid Storage Ltd. today switched on the 120-megawatt Lowmere
Battery Park, the company's first grid-scale site, after a construction period of roughly
fourteen months.

Construction began on 11 April 2024, and the first of 48 battery containers was delivered
on or about 2 September. Grid connection tests ran from 12 to 30 May 2025 under the
supervision of the regional network operator.

The site will be run from a new control centre in Lowmere, which opens on 1 September and
will also monitor the company's future sites.

A second site, at Fenholt, is expected to enter construction in 2026 and to be connected no
later than December 2027.

"Lowmere shows that a battery park can be built on time and on budget," said chief
executive Ines Coldray. "Fenholt will be twice its size."

Tarnwick was founded in 2019 by Coldray and engineer Ravi Ostmann and has been backed since
2021 by the infrastructure fund Pellhaven Capital. The company publishes its sustainability
report every October.

About Tarnwick Grid Storage
Tarnwick Grid Storage develops, builds and operates battery storage in the north of England.
Its sites help the grid balance supply from wind and solar farms.

Media contact: press@tarnwick.example | +44 161 555 0142
Ref. TGS/PR/2025/07
(c) 2025 Tarnwick Grid Storage Ltd. All rights reserved.""",
        (
            expect("2025-06-04", "switch", "lowmere"),
            expect("2024-04-11", "construction"),
            expect("2024-09-02~", "container", "deliver"),
            expect("2025-05-12/2025-05-30", "test"),
            expect("2025-09-01", "control", "centre", planned=True),
            expect("2026", "fenholt", "construction", planned=True),
            expect("../2027-12", "fenholt", "connect", planned=True),
            expect("2019", "found"),
            expect("2021/..", "pellhaven"),
        ),
    ),
    Text(
        "greston-holloway-retaliation-appeal",
        "court opinion",
        None,
        """Filed 3/3/25
IN THE COURT OF APPEAL OF THE STATE OF NEW CALDORA
THIRD APPELLATE DISTRICT

RENWICK HOLLOWAY, Plaintiff and Appellant,
v.
GRESTON MILLING COMPANY, Defendant and Respondent.

No. C-23-0418 (Super. Ct. No. 22CV01177)

OPINION

BRAXTON, J.

Appellant Renwick Holloway was employed by Greston Milling Company as a shift supervisor from
June 2014 until his dismissal on January 9, 2022. He sued on April 4, 2022, alleging that he
was dismissed for reporting dust hazards at the company's Orland plant, in violation of
section 1102.5 of the Labor Code, which has been in force in its present form since 1997.

I. BACKGROUND

Holloway testified that he first raised the dust problem orally with his foreman around
October 2021. On November 15, 2021, he wrote to the company's safety officer describing
three occasions on which the extraction fans had been switched off during a shift. Greston's
records show the complaint was logged two days later. On December 20, the plant manager
issued Holloway a written warning for lateness, the first in his seven years of service.

Greston contends the warning and the dismissal reflected a pattern of late arrivals. The
plant reviewed attendance every Monday as a matter of routine.

The trial court granted summary judgment for Greston on August 11, 2023, finding no triable
issue as to causation. Holloway filed a timely notice of appeal on September 5, 2023.

II. DISCUSSION

We review a grant of summary judgment de novo. The close timing between the written
complaint and the first warning, together with the absence of any earlier discipline, is
evidence from which a jury could infer a retaliatory motive.

III. DISPOSITION

The judgment is reversed, and the matter is remanded for further proceedings. Appellant
shall recover his costs on appeal.

We concur: HOLT, P. J.; MENDEZ, J.""",
        (
            expect("2014-06/2022-01-09", "employ"),
            expect("2022-01-09", "dismiss"),
            expect("2022-04-04", "sued"),
            expect("1997/..", "force"),
            expect("2021-10~", "raised", "dust"),
            expect("2021-11-15", "wrote", "safety"),
            expect("2021-11-17", "logged"),
            expect("2021-12-20", "warning"),
            expect("2023-08-11", "summary", "judgment"),
            expect("2023-09-05", "appeal"),
        ),
    ),
    Text(
        "drellmoor-canal-history",
        "encyclopedia history",
        None,
        """Drellmoor Canal

The Drellmoor Canal is a 31-mile (50 km) canal in the county of Westrand, England, linking
the River Aske at Pellbridge with the former coalfield around Drellmoor. It has 23 locks.

History

A canal was first proposed by local mine owners c. 1768, but the scheme lapsed for want of
subscribers. An Act of Parliament authorising construction was passed on 14 May 1791, and
work began the following year under the engineer Josiah Fenmarch. Progress was slowed by
the Carrow cutting, where the navvies met unexpected rock. The full line was probably
completed in 1800, although the company's minute books for that year are lost.

Coal made up nine-tenths of the canal's traffic. After its purchase by the Grand Westrand
Railway the canal declined steadily; the last commercial cargo, a load of roadstone, passed
through in about 1921, and the canal was formally abandoned by an Act of 1937.

Restoration

Restoration was first discussed at a public meeting in Pellbridge. Volunteers cleared the
Carrow flight of locks between 1974 and 1981, and the section from Pellbridge to Carrow
reopened to boats on 22 June 1991, two hundred years after the first Act. A further six
miles, to Drellmoor Basin, are due to reopen by 2027.

Like other canals in the county, the Drellmoor is partly drained for maintenance each
winter.

See also
Canals of Westrand

References
Fenmarch, J. (1802). Report on the Drellmoor Navigation. Pellbridge.
Westrand Record Office, D/DC/1-44.""",
        (
            expect("1768~", "propos"),
            expect("1791-05-14", "act"),
            expect("1792", "work"),
            expect("1800?", "complet"),
            expect("1921~", "cargo"),
            expect("1937", "abandon"),
            expect("1974/1981", "clear"),
            expect("1991-06-22", "reopen"),
            expect("../2027", "miles", "reopen", planned=True),
        ),
    ),
    Text(
        "harlowvale-kestrel-bay-rugby",
        "sports report",
        date(2025, 11, 16),
        """RUGBY UNION | NATIONAL ONE

Harlow Vale 27 Kestrel Bay 24

By Tom Aldane

Harlow Vale came from 17 points down to beat Kestrel Bay at Millbrook Park yesterday, their
first win over the league leaders since 2016.

Bay led 24-7 early in the second half after tries from Jonah Reece and Callum Oduya, but
their fly-half Ollie Crane was sent off in the 52nd minute for a high tackle and Vale made
the extra man count.

Winger Deri Mostyn, who signed from Corby Marsh in January 2024, scored twice in the last
ten minutes, and full-back Aled Price landed the winning penalty with the final kick of the
game.

"We have been poor in the first half all season, but the character in the second was
special," said Vale director of rugby Gwen Harker.

The result lifts Vale to fifth place. They visit Corby Marsh on Saturday, and hooker Sam
Pettigrew, who broke his hand on 1 November, is expected back for the home game against
Eastfield on December 6.

Kestrel Bay coach Lars Hennick, appointed in June 2023, refused to blame the red card. Crane
faces a disciplinary hearing on Tuesday.

Vale's new east stand, which opened in September 2024, held a crowd of 3,412.

Harlow Vale: Price; Mostyn, Evans, Hale, Dunn; Webb, Lusk; Ford, Pettit, Yates, Morgan,
Shaw, Ryle, Bowen, Cole (capt).""",
        (
            expect("2025-11-15", "beat"),
            expect("2024-01", "mostyn", "sign"),
            expect("2025-11-22", "corby", planned=True),
            expect("2025-11-01", "hand"),
            expect("2025-12-06", "eastfield", planned=True),
            expect("2023-06", "appoint"),
            expect("2025-11-18", "hearing", planned=True),
            expect("2024-09", "stand"),
        ),
    ),
    Text(
        "pennicks-larchford-biscuits-history",
        "company history",
        None,
        """Our story

Pennick's was founded in 1887, when Martha Pennick began selling ginger biscuits from her
bakery on Quay Street, Larchford. They sold out every market day, and within a few years she
was supplying grocers across the county.

Her son Albert took over the business in about 1910 and moved it to a purpose-built factory
on Mill Lane in 1913; the company was incorporated the following year. During both world
wars the factory baked ration biscuits for the Navy.

In 1952 Pennick's launched the Larchford Crunch, still its best-selling line. A fire
destroyed the packing hall on 3 March 1967, and production resumed in May, with the staff
packing biscuits by hand in the canteen until new machines arrived.

The family sold a majority stake to Hollin Foods in 1989 but bought it back in 2004. Since
2011 the business has been run by Martha's great-great-granddaughter, Claire Pennick-Roe, who
has kept the original recipe and the Quay Street shop.

A new bakery at Thornfield, which will double our capacity, is under construction and is
scheduled to open in March 2026.

We still bake every biscuit in Larchford, and every Christmas we give a tin to each of our
140 staff.

Pennick's of Larchford Ltd. Registered in England No. 00134217.
(c) Pennick's of Larchford 2025""",
        (
            expect("1887", "found"),
            expect("1910~", "albert"),
            expect("1913", "factory"),
            expect("1914", "incorporat"),
            expect("1952", "crunch"),
            expect("1967-03-03", "fire"),
            expect("1967-05", "production", "resum"),
            expect("1989", "stake"),
            expect("2004", "bought"),
            expect("2011/..", "claire"),
            expect("2026-03", "thornfield", planned=True),
        ),
    ),
    Text(
        "vellante-asteroid-mission-summary",
        "mission summary",
        None,
        """MISSION SUMMARY - VELLANTE

Mission:   Vellante (asteroid flyby and sample-return demonstrator)
Agency:    Meridian Space Agency
Launcher:  Corva-2, Corven Spaceport
Status:    Extended mission

Overview
Vellante was launched on 14 February 2021 to test a low-cost approach to collecting dust from
small near-Earth asteroids. The 410 kg spacecraft carries a wide-angle camera, a laser
altimeter and a sticky-foil sampler.

Mission events
The spacecraft flew past asteroid 6118 Tessaly on 9 October 2023 at a distance of some 850 km,
returning the first images of its double crater. It reached its main target, 2011 KR4, on
17 June 2024 and spent about seven weeks station-keeping above it. The sample capsule was
released on 3 August and landed in the Tarrow Desert two days later, well inside the
planned recovery zone.

Analysis of the grains began in September 2024 at the agency's curation laboratory and is
expected to conclude by June 2026.

A thruster anomaly on or about 21 January 2025 put the spacecraft into safe mode for eleven
days. The extended mission was approved on 4 March 2025; it will include a flyby of asteroid
2003 UV9 in November 2026.

Operations
The spacecraft is contacted through the agency's deep-space stations three times a week.

Document MSA-VEL-SUM-009 rev. 4 | Last updated 12 May 2025""",
        (
            expect("2021-02-14", "launch"),
            expect("2023-10-09", "tessaly"),
            expect("2024-06-17", "reach"),
            expect("2024-08-03", "capsule", "releas"),
            expect("2024-08-05", "land"),
            expect("2024-09", "analysis"),
            expect("../2026-06", "analysis", "conclu", planned=True),
            expect("2025-01-21~", "anomaly"),
            expect("2025-03-04", "approv"),
            expect("2026-11", "flyby", planned=True),
        ),
    ),
    Text(
        "skarvo-ferry-hollsund-statement",
        "government statement",
        None,
        """MINISTRY OF COASTAL AFFAIRS

Statement by the Minister, Dr Elin Marrow, on the Skarvø ferry service

Issued: Thursday 20 February 2025

The new ferry MV Hollsund will enter service on the Skarvø route on 1 April, replacing the
38-year-old MV Tarne, which will make its last crossing on 31 March.

The Hollsund was ordered in November 2021. Its delivery was held up by the insolvency of the
Brekke shipyard in May 2023, and the vessel finally arrived at Skarvø on 3 February this year. Crew
training began on Monday, and sea trials will run from 24 to 28 February.

Since 2019 the route has been operated by Norlys Ferries under a public service contract.

The Minister said: "I know how hard the last two years have been for the people of Skarvø,
who have relied on an old ship and a reduced timetable. The Hollsund is larger, quieter and
fully accessible, and it will carry 40 more cars on every sailing."

The Government will publish a replacement plan for the vessels on the other island routes
no later than 30 June.

Islanders have had a reduced winter timetable every year since 2020.

ENDS

Notes to editors
The Skarvø route carries about 210,000 passengers a year.

Ref: MCA/2025/044""",
        (
            expect("2025-04-01", "hollsund", "service", planned=True),
            expect("2025-03-31", "tarne", planned=True),
            expect("2021-11", "order"),
            expect("2023-05", "insolven"),
            expect("2025-02-03", "arriv"),
            expect("2025-02-17", "training"),
            expect("2025-02-24/2025-02-28", "trials", planned=True),
            expect("2019/..", "norlys"),
            expect("../2025-06-30", "plan", planned=True),
        ),
    ),
    Text(
        "wexcombe-museum-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Wexcombe Museum reopens after three-year refit | Wexcombe Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Wexcombe Museum reopens after three-year refit</h1>
<p class="byline">By Hana Drewitt &middot;
<time datetime="2025-09-08">Monday 8 September 2025</time></p>
<p>Wexcombe Museum reopened its doors on Saturday after a &pound;14m refurbishment, almost
three years after it closed in October 2022.</p>
<p>The building, a former corn exchange dating from c. 1862, became a museum in 1931. Work on
the new glass roof started in March 2023 and was finished on 30 April this year.</p>
<figure><img src="/img/museum-queue.jpg" alt="Visitors queue outside the museum">
<figcaption>Visitors queued from 9am. Photo: Courier</figcaption></figure>
<p>More than 2,300 visitors came through on the first day. A caf&eacute; will open on
22 September, and the upper galleries, still being fitted out, are expected to open by
December.</p>
<p>The museum's Roman mosaic, lifted in 2023 for conservation, was put back in place last
month.</p>
<p>Entry remains free on the first Sunday of every month.</p>
<aside><h2>Related</h2><ul><li><a href="/news/museum-closes-for-refit">Museum closes for refit</a>
</li></ul></aside>
</article>
<footer><p>&copy; 2025 Wexcombe Courier. Last updated 09:42, 8 September 2025.</p></footer>
</body>
</html>""",
        (
            expect("2025-09-06", "reopen"),
            expect("2022-10", "clos"),
            expect("1862~", "corn"),
            expect("1931", "museum"),
            expect("2023-03", "roof", "start"),
            expect("2025-04-30", "roof", "finish"),
            expect("2025-09-22", "caf", planned=True),
            expect("../2025-12", "galleries", planned=True),
            expect("2023", "mosaic", "lift"),
            expect("2025-08", "mosaic"),
        ),
    ),
    Text(
        "brackwater-pellow-road-water-interruption",
        "water supply interruption notice",
        None,
        """BRACKWATER WATER SERVICES

NOTICE OF PLANNED WATER SUPPLY INTERRUPTION

Notice no. BWS-INT-2025-0317 | Issued 11 March 2025

Areas affected: Orchard Rise, Pellow Road (nos. 1-88), Tansy Close, Wheeler's Yard

Dear Customer,

To replace a section of old cast-iron water main under Pellow Road, we need to turn off the
water supply to the streets listed above.

Date: Tuesday 18 March 2025
Time: 08:00 to approximately 16:00

If the work overruns, a second shut-off will be needed on Thursday 20 March from 09:00 to
13:00. Bottled water will be available at Orchard Rise community hall from 07:30 on the day.

Why is this work needed?
The main was laid in about 1954 and has burst three times since 2021, most recently on
2 February this year, when 140 homes lost water for nine hours. The work forms part of a
programme approved by the regulator in December 2024, under which 14 km of main in
Brackwater will be replaced by March 2027.

Road closure
Pellow Road will be closed to through traffic from 17 to 21 March. Access for residents will
be maintained at all times.

After your supply is restored
The water may look cloudy for a short time. This is caused by tiny air bubbles and is not
harmful. Run your cold kitchen tap until it clears.

Customers on our Priority Services Register will be contacted individually.

Enquiries: 0800 555 0190 (24 hours) | Please quote ref. PR/0317
This notice was last revised on 11 March 2025.""",
        (
            expect("2025-03-18", "supply", planned=True),
            expect("2025-03-20", "second", "shut", planned=True),
            expect("1954~", "laid"),
            expect("2025-02-02", "burst"),
            expect("2024-12", "programme", "approv"),
            expect("../2027-03", "replac", planned=True),
            expect("2025-03-17/2025-03-21", "pellow", "clos", planned=True),
        ),
    ),
    Text(
        "granwick-gryphons-sitting-volleyball",
        "sitting volleyball match report",
        date(2025, 10, 13),
        """MATCH REPORT | National Sitting Volleyball League - Division 1

Granwick Gryphons 3-1 Eastmere Eels
(25-19, 22-25, 25-21, 25-17)

Granwick Gryphons moved to the top of Division 1 on Saturday with a 3-1 win over Eastmere Eels
at Holbeck Leisure Centre, their fourth victory in a row.

Eastmere, runners-up last season, levelled the match by taking the second set on the back
of some fierce serving, but the Gryphons' block took over in the third. Captain Priya
Lowden, who made her international debut in 2019, finished with 17 points.

It was the Gryphons' first home match at Holbeck. The club, founded in 2012 by a group of
injured ex-servicemen, moved to the leisure centre last month after outgrowing the sports
hall at Granwick Academy.

Eastmere were without setter Tom Reyes, who had knee surgery on 2 October and is not expected
to play again this year.

"We are a bit spoilt now - a proper floor and proper lines," said Gryphons coach Dev Sandhu.
"The players train twice a week, and it shows."

The national league, which began in around 1991 with four clubs, now has fourteen.

Next up: the Gryphons travel to Ardley on Sunday 26 October, then host rounds seven and eight
at Holbeck on 8 and 22 November.

Player of the match: Priya Lowden (Granwick)
Report: club press officer, Nell Carver""",
        (
            expect("2025-10-11", "win"),
            expect("2019", "debut"),
            expect("2012", "found"),
            expect("2025-09", "moved"),
            expect("2025-10-02", "surgery"),
            expect("1991~", "league"),
            expect("2025-10-26", "ardley", planned=True),
            expect("2025-11-08", "host", planned=True),
            expect("2025-11-22", "host", planned=True),
        ),
    ),
    Text(
        "kalvassa-pumice-monte-rasa-permit",
        "pumice quarry company release",
        None,
        """PRESS RELEASE

Kalvassa Pumice AG

Kalvassa, 2 October 2025

Kalvassa Pumice secures permit to extend Monte Rasa quarry

Kalvassa Pumice AG, the island's largest producer of horticultural and construction pumice,
has received the regional environment office's permit to extend its Monte Rasa quarry by 18
hectares. The permit was signed on 26 September and is valid for fifteen years.

The company applied for the extension in June 2022. A public inquiry, which heard evidence
from residents, botanists and the island's farmers' association, was held between 14
November 2023 and 9 February 2024.

Extraction in the new area is scheduled to begin in March 2026. Restoration of the old
northern pit as grassland and a walking trail will be completed by the end of 2027.

"This permit secures around 90 jobs on the island for a generation," said chief executive
Dario Fenzi. "We will quarry the new area in small phases and restore each one as we go."

Pumice has been quarried at Monte Rasa since 1880. Kalvassa Pumice was formed in 1964 from
the merger of three family quarries and listed on the Basel exchange in 1998.

About Kalvassa Pumice
Kalvassa Pumice AG supplies lightweight aggregate and growing media to customers in 23
countries and employs 240 people. Its shares are traded under ISIN CH0012345678.

Media contact: media@kalvassa-pumice.example | Via del Porto 12, Kalvassa""",
        (
            expect("2025-09-26", "permit", "sign"),
            expect("2022-06", "appl"),
            expect("2023-11-14/2024-02-09", "inquiry"),
            expect("2026-03", "extraction", planned=True),
            expect("../2027", "restoration", planned=True),
            expect("1880/..", "quarr"),
            expect("1964", "form"),
            expect("1998", "listed"),
        ),
    ),
    Text(
        "hembury-gate-toll-account-book",
        "toll keeper's account book of the 1850s",
        None,
        """WRACKLEY AND HEMBURY TURNPIKE TRUST
Hembury Gate. Account Book of Thos. Merrifield, Collector, 1853-1856

p. 1

1853
Jan. 1. Took the gate at a rent of 212 pounds per ann., as let by auction at the Swan
Inn, Wrackley, on the 27th Decr. last. Paid first month's rent to Mr Lowe, clerk to the
Trustees.
May 9. Wrackley Fair. 412 head of cattle & 60 sheep through the gate. Extra man hired for
the day, 2s.
Carried forward .......... 41. 6. 4.

p. 2

1854
Abt. June 20. Mr Cole's waggon broke the bar. He refused the toll & was summoned.
July 3. Before the Justices at Wrackley. Cole fined 10s. & costs, & to pay for the bar.
Sept. Cholera at Hembury. Traffic much reduced all the month; the carrier from Dunford
stopped.
Memdm. Tolls are always light in the week after Michaelmas.
Carried forward .......... 58. 11. 0.

p. 3

1855
Mar. 12. New Table of Tolls in force by order of the Trustees: 1d. more on every carriage
drawn by two horses, & the same on every score of sheep.
Memdm. The railway is to be opened to Wrackley in October next, which will be the ruin of
this gate.

1856
Jan. 1. Gave up the gate. The Trustees have let it to Wm. Dunning at 150 pounds, being all
it will fetch now.

Examined & allowed, J. Lowe, Clerk.""",
        (
            expect("1852-12-27", "auction"),
            expect("1853-01-01", "took", "gate"),
            expect("1853-05-09", "fair"),
            expect("1854-06-20~", "waggon"),
            expect("1854-07-03", "fined"),
            expect("1854-09", "cholera"),
            expect("1855-03-12", "table"),
            expect("1855-10", "railway", planned=True),
            expect("1856-01-01", "gave"),
        ),
    ),
    Text(
        "salterby-spit-little-tern-survey",
        "little tern survey",
        None,
        """SALTERBY SPIT LITTLE TERN PROJECT
Breeding season report 2024
Prepared by Coastwatch Norvale - reserve warden Imogen Tally
Report ref. CWN/LT/24/03 | Version 1.2 | 15 November 2024

1. Summary
The first birds were seen on 24 April, and the fence around the colony was completed two days
later. Hatching began around 7 June. A fox got inside the fence on the night of 11-12 July
and took at least nine chicks before it was driven off. Fledging was recorded from 1 to 29
July, with an estimated 96 young fledged, the best result since 2009. The last terns had
left the site by 18 August.

2. Methods
Counts are made every three days from the shingle ridge, using telescopes, and nests are
marked with numbered canes. Volunteers log disturbance on a standard form.

Table 1. Season summary
Adults (peak count) ........ 212
Nests ...................... 104
Young fledged (est.) ....... 96

3. History of the site
The colony was first recorded in 1967. The spit has been designated a Special Protection
Area since 2001.

4. Plans
A new electric fence, powered by a solar panel on the ridge, will be installed before
15 April 2025.

Acknowledgements
Thanks to the 38 volunteers who gave 1,900 hours of their time this year.

(c) Coastwatch Norvale 2024""",
        (
            expect("2024-04-24", "birds", "seen"),
            expect("2024-04-26", "fence"),
            expect("2024-06-07~", "hatch"),
            expect("2024-07-11/2024-07-12", "fox"),
            expect("2024-07-01/2024-07-29", "fledg"),
            expect("../2024-08-18", "left"),
            expect("1967", "recorded"),
            expect("2001/..", "protection"),
            expect("../2025-04-15", "electric", "fence", planned=True),
        ),
    ),
    Text(
        "fellwick-miniatures-dolls-house-history",
        "doll's house maker's history",
        None,
        """A short history of Fellwick Miniatures

Fellwick Miniatures began in a garden shed in Amblestone in 1972, when cabinet-maker Gordon
Fellwick built a Georgian doll's house for his daughter's sixth birthday. Friends asked for
copies, and soon he was working every evening and weekend.

In 1983 the firm moved to the old Methodist chapel on Brook Street, which is still its
workshop. Gordon's wife, Ann, designed its first range of miniature furniture, launched at
the London Toy Fair in January 1986; a range of working lighting followed two years later.

The 'Ashby Hall' kit, the firm's best seller, was introduced around 1991 and has sold more
than 12,000 copies in 30 countries. Every house is still cut, sanded and painted by hand.

Gordon retired in 2004, handing the business to his daughter Ruth, the girl for whom the
first house was made. Since 2010 Fellwick has also restored antique doll's houses for
collectors and museums.

A fire in the workshop on 9 January 2021 destroyed stock worth 60,000 pounds; the workshop
reopened on 1 March 2021, and the team worked through the summer to rebuild the range.

A new shop and gallery of the firm's work will open next to the chapel in May 2026.

Every December the workshop holds an open day, when visitors can watch the makers at work.

Fellwick Miniatures Ltd, The Chapel, Brook Street, Amblestone.""",
        (
            expect("1972", "began"),
            expect("1983", "chapel"),
            expect("1986-01", "furniture"),
            expect("1988", "lighting"),
            expect("1991~", "ashby"),
            expect("2004", "retir"),
            expect("2010/..", "antique"),
            expect("2021-01-09", "fire"),
            expect("2021-03-01", "reopen"),
            expect("2026-05", "shop", planned=True),
        ),
    ),
    Text(
        "ravensholt-prison-capacity-statement",
        "prisons minister's statement",
        None,
        """Written Ministerial Statement

Department of Justice and Corrections

Prison capacity

Made on: 22 May 2025
Made by: Harriet Conmore (Minister of State for Prisons)

Since my statement to the House on 3 March, the adult male prison population has continued to
rise, and pressure on places remains acute. Capacity has not been this tight since 2007.

I can confirm that HMP Ravensholt, a new 1,400-place prison, accepted its first prisoners on
12 May. A second new prison, at Dunmore Fields, is under construction and is expected to open
in October 2026.

The temporary release scheme introduced in September 2024 will end on 30 June. The rapid
deployment cells are now all in use; the last 120 were installed on or around 9 May.

The Prison Service has been operating under emergency measures, known as Operation
Safeguard, since 14 October 2024. Police cells continue to be available to hold prisoners
overnight where no prison place can be found.

The independent sentencing review, which reported on 6 February 2025, recommended greater use of
community sentences for short offences. The Government will respond to it in full, and we
will publish the Prison Capacity Annual Statement no later than 31 July.

I will continue to keep the House updated.

HCWS612""",
        (
            expect("2025-03-03", "statement"),
            expect("2025-05-12", "ravensholt"),
            expect("2026-10", "dunmore", planned=True),
            expect("2024-09", "scheme", "introduc"),
            expect("2025-06-30", "scheme", "end", planned=True),
            expect("2025-05-09~", "install"),
            expect("2024-10-14/..", "safeguard"),
            expect("2025-02-06", "review"),
            expect("../2025-07-31", "annual", planned=True),
        ),
    ),
    Text(
        "hollowmere-woods-paintball-news-html",
        "paintball site HTML page",
        date(2025, 4, 9),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Site news | Hollowmere Woods Paintball</title>
</head>
<body>
<header>
<a href="/" class="logo">Hollowmere Woods Paintball</a>
<nav><ul>
<li><a href="/book">Book now</a></li>
<li><a href="/prices">Prices</a></li>
<li><a href="/news" aria-current="page">News</a></li>
</ul></nav>
</header>
<main>
<h1>Site news</h1>
<section class="notice">
<h2>Woodland zone closed this Saturday</h2>
<p>Because of storm damage on Monday night, the Woodland zone will be closed on Saturday
while tree surgeons make it safe. All bookings for that day will be moved to the Bunker and
Village zones.</p>
</section>
<section>
<h2>New zone: The Quarry</h2>
<p>Our fourth game zone, The Quarry, opens to the public on Saturday 26 April. Building started
in November, and the zone was test-played by our marshals on 29 March.</p>
</section>
<section>
<h2>Junior Days</h2>
<p>Low-impact paintball for 8-11s runs every Sunday morning. Our next Junior Tournament is on
17 May; teams of five, 15 pounds a player.</p>
</section>
<section>
<h2>About us</h2>
<p>Hollowmere Woods has been running games since 2006. We took over the former Hollowmere army
training area in 2013 and have been run by the Dace family since about 2019.</p>
</section>
</main>
<footer>
<p>Hollowmere Woods Paintball Ltd &middot; Company no. 05891234 &middot; &copy; 2006&ndash;2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-04-07", "storm"),
            expect("2025-04-12", "woodland", "clos", planned=True),
            expect("2025-04-26", "quarry", planned=True),
            expect("2024-11", "building"),
            expect("2025-03-29", "test"),
            expect("2025-05-17", "tournament", planned=True),
            expect("2006/..", "games"),
            expect("2013", "army"),
            expect("2019~/..", "dace"),
        ),
    ),
    Text(
        "dunnock-metals-scrap-licence-decision",
        "scrap metal dealer licence decision",
        None,
        """MARLSTON BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE

Scrap Metal Dealers Act 2013 - Application to renew a site licence

Applicant: Dunnock Metals Recycling Ltd
Site: Unit 4, Ferriby Lane Industrial Estate, Marlston
Licence no.: SMD/0047

Decision
At a hearing on 14 August 2025, the Sub-Committee decided to refuse the application to renew
the licence.

Background
Dunnock Metals first registered as a scrap metal dealer with the Council in 1998, under the
previous legislation, and has held a site licence at Ferriby Lane since 1 December 2015. The
licence was last renewed on 1 December 2022 and expires on 30 November 2025.

The application for renewal was received on 2 June 2025. On 18 March 2025, officers of the
Council and Marlston Police visited the site and found that no records of purchases had been
kept for several weeks. A warning letter had been sent to the company on or about 10 October
2023 about similar failings.

The company's director, Mr Lee Harrow, was convicted on 4 July 2025 at Marlston Magistrates'
Court of buying scrap metal for cash, contrary to section 12 of the Act.

Reasons
The Sub-Committee is not satisfied that the applicant is a suitable person to carry on
business as a scrap metal dealer. It gave weight to the conviction and to the repeated
failure to keep records.

Right of appeal
The applicant may appeal to the magistrates' court within 21 days of receiving this notice.

Date of notice: 19 August 2025
Signed: Cllr R. Amsel, Chair of the Sub-Committee""",
        (
            expect("2025-08-14", "refuse"),
            expect("1998", "registered"),
            expect("2015-12-01/..", "site", "licence"),
            expect("2022-12-01", "renewed"),
            expect("2025-11-30", "expir", planned=True),
            expect("2025-06-02", "received"),
            expect("2025-03-18", "visit"),
            expect("2023-10-10~", "warning"),
            expect("2025-07-04", "convict"),
        ),
    ),
    Text(
        "vellvalley-quilling-history",
        "quilling history",
        None,
        """Paper filigree in the Vell Valley

Quilling, the rolling of narrow strips of paper into coils and scrolls that are pinched and
glued into patterns, reached the Vell Valley from the convent schools of the south, where it
was used to decorate reliquaries and the covers of prayer books.

The pattern book The Filigree Cabinet, by Mrs Honora Vade of Corrinford, was published in
London c. 1786 and made the craft a pastime for the daughters of the valley's mill owners.
Tea caddies, workboxes and framed panels survive in many local houses.

The craft was revived in 1921 by the Corrinford schoolmistress Edith Marl, who taught it to
her pupils as a cheap alternative to embroidery. She founded the Vell Valley Quillers' Guild
on 9 March 1927, and the guild held its first exhibition the following year. Marl probably
died in 1958, though no burial record has been found.

In 1974 the guild's members made the Corrinford Screen, a four-panel folding screen of some
30,000 coils, which has been on display at the Vell Valley Museum since 1976.

The guild's centenary exhibition will be held at the museum from 9 March to 30 April 2027,
and a digitised catalogue of its archive is expected by 2026.

Every year on 9 March the guild holds a founders' supper.

Further reading: M. Ansty, Coils and Scrolls: Quilling in the Valley (Corrinford, 1999).""",
        (
            expect("1786~", "cabinet"),
            expect("1921", "reviv"),
            expect("1927-03-09", "guild", "found"),
            expect("1928", "first", "exhibition"),
            expect("1958?", "died"),
            expect("1974", "screen"),
            expect("1976/..", "display"),
            expect("2027-03-09/2027-04-30", "centenary", planned=True),
            expect("../2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "tallowby-pinochle-club-fixtures",
        "pinochle club fixtures card",
        None,
        """TALLOWBY PINOCHLE CLUB
Fixtures 2025 - Autumn Card

Club nights every Tuesday, 7.30 pm, at the Drover's Arms, Tallowby.
Tuesdays not listed below are ordinary club nights.

Sep  2    Season opens - partners drawn for the Ladder
Sep 16    v. Fenwick Marsh (home)
Oct 14    County Pairs, first round (at Brenham British Legion)
Oct 28    A.G.M., 7 pm prompt - nominations to the secretary
Dec  9    Christmas Shield and supper (tickets 12 pounds from the secretary)

RULES OF PLAY
Double-deck partnership pinochle, 1,500 to win.
Meld must be shown before the first trick.
Bidding opens at 50 and rises by 10.
Ties postponed by bad weather will be replayed on the following Tuesday.

NOTES
The club was founded in 1948 and has met at the Drover's Arms since 1983.
Subs (25 pounds, juniors 10 pounds) are due by 30 September.
Visitors are always welcome on club nights - first evening free.
Please let the captain know by the Sunday if you cannot play in a match.

President: Mr A. Bellamy      Captain: Mr D. Oates
Secretary: Mrs J. Ketteridge, 01632 960 418

Printed by Tallowby Press, 08/25""",
        (
            expect("2025-09-02", "season", "open", planned=True),
            expect("2025-09-16", "fenwick", planned=True),
            expect("2025-10-14", "county", "pairs", planned=True),
            expect("2025-10-28", "a.g.m", planned=True),
            expect("2025-12-09", "shield", planned=True),
            expect("1948", "found"),
            expect("1983/..", "drover"),
            expect("../2025-09-30", "subs", planned=True),
        ),
    ),
)
