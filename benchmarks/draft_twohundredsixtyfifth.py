"""The two-hundred-and-sixty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a council's fly-tipping
warning notice, a canoe polo club's weekend report, a phosphate miner's media release, a
lamplighter's day-book of the 1830s, a bittern survey report, a surfboard maker's history, a
children's minister's written statement, a mini golf course's HTML news page, a sports
tribunal's anti-doping decision, a village woodturning history and a cribbage league's
fixtures card. The organisations, people and facts are invented. Facts whose date a reader
could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of the
expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYFIFTH_CORPUS",)


TWOHUNDREDSIXTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "torvennick-rail-landslide",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TORVENNICK, March 12 (Eastline News) - Rail services between Torvennick and the coastal
town of Lisk will resume on Monday, operator Corlan Rail said on Wednesday, after engineers
finished shoring up a cutting where a landslide buried the line earlier this month.

The slip came down shortly after midnight on March 3, dumping some 300 tonnes of rock and mud
across both tracks near the Harrow cutting. No train was passing at the time. Replacement
buses began running between the two towns the next morning.

Engineers cleared the last of the debris on Sunday, and a temporary steel retaining wall was
completed on Tuesday, Corlan said. A permanent repair is expected to begin in June and to
take about four months.

"We know how hard the past fortnight has been for people who rely on this line," Corlan's
operations director Nadia Rees told reporters at Torvennick station.

The regional rail inspectorate said it would report on the cause of the slip by April 30.
Residents of Harrow say water pours off the farmland above the cutting every winter, and
February was the wettest in the county since 1998, according to the regional weather
service.

The line was last closed by a landslide in 2014, for around six weeks. Corlan has operated
the route since 2017 under a 15-year franchise and carries some 1.4 million passengers a
year on it.

(Reporting by Idris Kemal; Editing by Sara Voss)""",
        (
            expect("2025-03-17", "services", "resum", planned=True),
            expect("2025-03-03", "slip"),
            expect("2025-03-04", "buses"),
            expect("2025-03-09", "debris"),
            expect("2025-03-11", "wall"),
            expect("2025-06", "repair", planned=True),
            expect("../2025-04-30", "report", planned=True),
            expect("2014", "closed"),
            expect("2017/..", "corlan"),
        ),
    ),
    Text(
        "harbelow-oat-drink-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harbelow Foods breaks ground on GBP 48 million oat drink plant in Dunsley

DUNSLEY, 18 June 2024 -- Harbelow Foods Ltd today broke ground on a GBP 48 million plant at
the Kerrow Park industrial estate that will make oat and pea drinks for supermarkets across
the UK and northern Europe.

The plant is scheduled to begin production in March 2025 and is expected to reach its full
capacity of 90 million litres a year by the end of 2026. It will create some 120 jobs, and
recruitment for the first 60 roles will open on 1 September.

Planning permission for the six-hectare site was granted by Dunsley Borough Council in
January, and the construction contract was awarded to Pellam Build on 2 May.

"This is the largest single investment in our history, and it keeps the value of our
members' oats here in the Vale," said chief executive Moira Quayle. "Demand for plant-based
drinks has grown every year for a decade, and we intend to meet it from Dunsley."

The plant will run on electricity from a solar farm on the neighbouring site and will reuse
around 70 per cent of its process water.

-ENDS-

About Harbelow Foods
Harbelow Foods was founded in 1962 as a dairy cooperative by 14 farming families in the Vale
of Dunsley. It launched its first plant-based drink in 2016 and a barista range the
following year. The company employs 640 people at three sites and has annual sales of
GBP 212 million.

Media contact: Lewis Tranter, press@harbelowfoods.example, 01632 960 418
(c) 2024 Harbelow Foods Ltd. Registered in England No. 00729114.""",
        (
            expect("2024-06-18", "ground"),
            expect("2025-03", "production", planned=True),
            expect("../2026", "capacity", planned=True),
            expect("2024-09-01", "recruitment", planned=True),
            expect("2024-01", "permission"),
            expect("2024-05-02", "contract"),
            expect("1962", "founded"),
            expect("2016", "plant-based"),
            expect("2017", "barista"),
        ),
    ),
    Text(
        "pikeholm-cold-storage-appeal",
        "court opinion",
        None,
        """SUPERIOR COURT OF THE STATE OF NORVALE
APPELLATE DIVISION
DOCKET NO. A-1187-24

PIKEHOLM ORCHARDS, LLC,
Plaintiff-Appellant,
v.
BRANNOCK COLD STORAGE, INC.,
Defendant-Respondent.

Decided February 6, 2025
Before Judges Okafor, Lindqvist and Dray.
On appeal from the Superior Court, Law Division, Aldermere County, Docket No. L-0412-23.

PER CURIAM

Plaintiff Pikeholm Orchards, LLC appeals from the May 9, 2024 order granting summary
judgment to defendant Brannock Cold Storage, Inc. We reverse and remand.

I.

On or about August 14, 2021, the parties entered into a written agreement under which
Brannock would store plaintiff's apple crop in its controlled-atmosphere warehouse at Keller
Falls. The agreement's term ran from September 1, 2021 through August 31, 2023. Brannock has
operated the warehouse since 1994.

On the night of October 22, 2022, a compressor serving Chamber 6 failed, and the temperature
in the chamber rose for some eleven hours before staff noticed. Plaintiff notified Brannock
in writing two days later that about 4,000 bins of fruit had been damaged. It filed its
complaint on March 3, 2023, alleging breach of contract and negligence.

The motion judge held that the limitation-of-liability clause in section 9 of the agreement
barred both claims. Plaintiff filed a timely notice of appeal on June 5, 2024.

II.

We review a grant of summary judgment de novo, applying the same standard as the motion
judge. A clause limiting liability is strictly construed against the party seeking its
protection, and it will not be read to cover a loss caused by that party's own negligence
unless it says so plainly. Section 9 does not.

III.

The record also discloses a genuine dispute as to whether Brannock's night staff checked the
alarm log as the warehouse manual required. That dispute is for a jury.

Reversed and remanded. The trial court shall list the matter for trial no later than
September 30, 2025. We do not retain jurisdiction.""",
        (
            expect("2025-02-06", "revers"),
            expect("2024-05-09", "summary", "judgment"),
            expect("2021-08-14~", "agreement"),
            expect("2021-09-01/2023-08-31", "term"),
            expect("1994/..", "warehouse"),
            expect("2022-10-22", "compressor"),
            expect("2022-10-24", "notified"),
            expect("2023-03-03", "complaint"),
            expect("2024-06-05", "appeal"),
            expect("../2025-09-30", "trial", planned=True),
        ),
    ),
    Text(
        "glenmarrowby-canal-history",
        "encyclopedia history",
        None,
        """Glenmarrowby Canal

The Glenmarrowby Canal is a 34-kilometre (21 mi) canal in the north of the county of Ardvane,
running from the river port of Glenmarrowby to the coalfield at Carrow Moss. It has 28 locks
and two tunnels, and the whole of its line is a scheduled monument.

History

A canal from Glenmarrowby to the Carrow Moss pits was first proposed around 1760 by the coal
owner Sir James Orrock, but the scheme lapsed on his death. A second company obtained an Act
of Parliament in 1792, and construction began the following year under the engineer Robert
Faill. The canal opened to traffic on 12 May 1801, and it was extended in stages to new pits
at Brackley in 1814, 1819 and 1826.

Traffic peaked in about 1845, when some 310,000 tonnes of coal passed along it, the heaviest
traffic of any canal in the county before 1850. It declined steadily after the opening of the
Carrow Moss railway, whose owners bought the canal company out and cut its tolls to divert
trade to their own line. Commercial traffic ceased in 1938.

Restoration

The Glenmarrowby Canal Trust, a volunteer body, has campaigned for the canal's restoration
since 1971. The lower 19 kilometres have been reopened to boats in stages, and restoration of
the Brackley lock flight, the last section still closed, is expected to be complete by 2028.

Route

From the basin at Glenmarrowby the canal climbs through the Orrock flight of eleven locks
before entering the 640-metre Kellan Tunnel. Beyond the summit pound it follows the contour
of the Moss valley to Carrow, where the original stone warehouse survives as a visitor
centre.

See also
- Canals of Ardvane

References
- Faill, Robert (1802). Report on the Glenmarrowby Navigation. Glenmarrowby: Orrock & Sons.
- Baird, Catriona (1996). The Coal Canals of Ardvane. Carrow: Moss Press. pp. 41-77.""",
        (
            expect("1760~", "proposed"),
            expect("1792", "act"),
            expect("1793", "construction"),
            expect("1801-05-12", "opened"),
            expect("1814", "extended"),
            expect("1819", "extended"),
            expect("1826", "extended"),
            expect("1845~", "traffic", "peak"),
            expect("1938", "commercial"),
            expect("1971/..", "campaign"),
            expect("../2028", "restoration", planned=True),
        ),
    ),
    Text(
        "penmarrack-city-ostley-win",
        "sports report",
        date(2024, 11, 17),
        """Ostley Town 1 Penmarrack City 3

By Gareth Venn

Penmarrack City went three points clear at the top of the Southern Combination after beating
Ostley Town 3-1 at Mill Lane on Saturday, their first win at Ostley since 2009.

Dario Fenn, signed from Carrow Athletic in August, scored twice in the opening half-hour, the
first a header from Jamie Pryce's corner and the second a low shot after he had rounded the
goalkeeper. Ostley pulled one back through Kyle Amos just before the interval, but substitute
Reece Obi settled it in stoppage time.

Ostley were without manager Lee Broad, who was handed a two-match touchline ban by the league
on Wednesday for comments made to a referee after their defeat at Hallam Rovers. His
assistant, Mo Khan, said the side had "given away two soft goals and paid for it".

City keeper Alfie Stone watched from the stand. He injured a knee against Hallam Rovers on
October 26 and is expected to be fit again by December 7, so Tom Lyle kept his place and
made two fine saves from Amos in the second half.

"The lads ground it out," said City manager Tom Carey. "Top of the league in November means
nothing, but I'd rather be there than anywhere else."

The crowd of 2,314 was Ostley's biggest since 1998.

City host Marsh United on Tuesday night before travelling to Wexham on November 23. Their
new 1,200-seat stand at the Quarry is due to open on January 1 for the derby with Hallam.

Ostley: Pike; Dunn, Harte, Osei, Reilly; Amos, Crane, Bell; Lowe (Tate 70), Marsh, Fry.
Penmarrack City: Lyle; Pryce, Moss, Adeyemi, Kerr; Fenn, Walsh, Gill (Obi 78); Dale, Hunt,
Ross.
Referee: P. Hanley. Attendance: 2,314.""",
        (
            expect("2024-11-16", "beat", "ostley"),
            expect("2024-08", "fenn"),
            expect("2024-11-13", "ban"),
            expect("2024-10-26", "injur"),
            expect("../2024-12-07", "fit", planned=True),
            expect("2024-11-19", "marsh", planned=True),
            expect("2024-11-23", "wexham", planned=True),
            expect("2025-01-01", "stand", planned=True),
        ),
    ),
    Text(
        "castellow-paints-history",
        "company history",
        None,
        """Castellow Paints: our history

Castellow Paints was founded in about 1887 by the brothers Aldo and Pietro Castellow, who
ground pigments by hand in a yard behind their father's ironmonger's shop in Wendle. Their
first customers were the coach builders of the town, who wanted a varnish that would stand up
to the salt spray of the coast road.

In 1902 the firm moved to a purpose-built works on Rook Street, and in 1911 it became a
limited company, with Pietro's son Enzo as its first managing director.

The Rook Street works were badly damaged by fire on 9 February 1926. They were rebuilt the
following year with the first electric paint mills in Wendle, and the rebuilt works are still
the heart of the company today.

Castellow introduced its first emulsion paint, Castlecoat, in 1953, and for three decades it
was the best-selling wall paint in the north. Every spring since 1960 the company has
repainted the town bandstand free of charge.

In 1989 the Castellow family sold the business to Norrland Coatings. Fifteen years of
Swedish ownership brought new colour-matching machines and a laboratory, but when Norrland
put the Wendle works up for sale the staff raised the money to buy it. Since 2004 Castellow
has been owned by its 310 employees through the Castellow Employee Trust.

A new water-based paint plant at Hessing is planned to open in 2026, replacing the oldest of
the Rook Street mills.

Castellow Paints Ltd | 14 Rook Street, Wendle | Company No. 00118264
(c) 2025 Castellow Paints Ltd. All rights reserved.""",
        (
            expect("1887~", "founded"),
            expect("1902", "moved"),
            expect("1911", "limited"),
            expect("1926-02-09", "fire"),
            expect("1927", "rebuilt"),
            expect("1953", "emulsion"),
            expect("1989", "sold"),
            expect("2004/..", "owned"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "veskara-solar-observatory-summary",
        "mission summary",
        None,
        """NORVANIAN SPACE AGENCY
VESKARA SOLAR WIND OBSERVATORY (VSO-1): MISSION SUMMARY
Document NSA-VSO-MS-004, rev. C, 12 August 2024

Objective
VSO-1 measures the solar wind, the interplanetary magnetic field and energetic particles
upstream of the Earth, giving about one hour's warning of geomagnetic storms.

Key figures
Mass at launch: 642 kg | Orbit: halo orbit about Sun-Earth L1 | Instruments: 4
Ground contact: one 4-hour pass daily via Sella Point and Kaarnes stations

Chronology
VSO-1 was launched on 14 April 2021 at 02:17 UTC on a Trident-2 rocket from Sella Point.
After a cruise of about eleven weeks it completed insertion into its halo orbit on 2 July
2021, and science operations began in September 2021 once its instruments had been
commissioned. The observatory detected its first coronal mass ejection around 11 October
2021.

On 18 January 2023 reaction wheel 3 failed, and the spacecraft entered safe mode the
following day. Engineers uploaded a new three-wheel attitude control mode, and science
operations resumed on 3 March.

The mission was extended in June 2024. Operations are now planned to end in December 2027,
when VSO-1 will be raised into a heliocentric disposal orbit. A successor, VSO-2, is
scheduled for launch in 2029 and will carry a coronagraph.

Results
Data from VSO-1 have been used in every national space weather forecast since its
commissioning. Its magnetometer recorded the strongest interplanetary field of the present
solar cycle, and its particle detector has been cross-calibrated with three other
observatories.

Prepared by the VSO-1 Project Office. Approved: L. Marten, Mission Manager.""",
        (
            expect("2021-04-14", "launch"),
            expect("2021-07-02", "insertion"),
            expect("2021-09", "science", "operations"),
            expect("2021-10-11~", "coronal"),
            expect("2023-01-18", "wheel"),
            expect("2023-01-19", "safe", "mode"),
            expect("2023-03-03", "resum"),
            expect("2024-06", "extended"),
            expect("2027-12", "end", planned=True),
            expect("2029", "successor", planned=True),
        ),
    ),
    Text(
        "ostravenn-drought-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND WATER
Press Office | Ref. MAW/ST/2025/118
Monday 21 July 2025

Statement by the Minister for Water, Helena Ostravenn, on the eastern drought

Today I am announcing further measures to protect water supplies in the eastern region,
where we declared a drought on 3 June after the driest spring since 1976.

Reservoir stocks in the region fell below 40 per cent on 14 July, the lowest level for the
time of year on record. On Friday I met the chief executives of the nine water companies
that serve the region, and they have agreed to act together.

A temporary use ban, commonly called a hosepipe ban, will come into force across the region
on 1 August. Gardens, cars and private pools may not be watered or filled with a hosepipe
until it is lifted.

A 25 million support fund for growers whose irrigation licences have been cut will open for
applications on Thursday. Water companies must submit revised drought plans to the regulator
by 15 September at the latest.

I will visit the Ashford treatment works on Wednesday to see the emergency transfer
pipeline, which began pumping water from the Selle valley on 10 July.

In the longer term we must build. The new Tellow reservoir, the first to be built in the
region since 1979, is expected to be completed in 2031.

Restrictions were last imposed in the region in 2018 and lasted some five months. I hope we
can lift these sooner, but that depends on the weather, and on all of us using water
wisely.

ENDS

Notes to editors
1. Temporary use bans are made under section 76 of the Water Supply Act 1991.
2. Reservoir levels are published every Monday on the Ministry's website.""",
        (
            expect("2025-06-03", "drought", "declared"),
            expect("2025-07-14", "reservoir"),
            expect("2025-07-18", "executives"),
            expect("2025-08-01", "ban", planned=True),
            expect("2025-07-24", "fund", planned=True),
            expect("../2025-09-15", "plans", planned=True),
            expect("2025-07-23", "visit", planned=True),
            expect("2025-07-10", "pipeline"),
            expect("2031", "tellow", planned=True),
            expect("2018", "restrictions"),
        ),
    ),
    Text(
        "inchmorvay-ferry-news-page",
        "HTML news page",
        date(2024, 5, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Inchmorvay ferry back in service after refit | Westshore Gazette</title>
</head>
<body>
<header class="masthead"><a href="/">Westshore Gazette</a> <nav>
<a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article class="story">
<h1>Inchmorvay ferry back in service after six-week refit</h1>
<p class="byline">By <span class="author">Ruth Calder</span> &middot; <span class="updated">Updated
2 hours ago</span></p>
<p>The MV Corran returned to the Inchmorvay crossing on Thursday, ending six weeks in which
islanders relied on a single twelve-seat passenger launch.</p>
<p>The vessel, built in 1987, went into dry dock at Portlach on March 18 for new propeller
shafts, and the work overran by almost a fortnight after corrosion was found in the hull.</p>
<p>A petition signed by some 400 residents, calling for a second vessel on the route, was
handed to Westshore Council on April 11.</p>
<p>Clyra Marine, which has run the service since 2011, said a replacement ship was due to
enter service in April 2027. Its summer timetable, with two extra sailings a day, starts on
May 20.</p>
<p>The council will hold a public meeting on the island on Tuesday.</p>
<p>&ldquo;Six weeks without a car ferry is six weeks without the doctor, the vet and the
bin lorry,&rdquo; said community council chair Iona Baird. The outage was the longest on
the route since 2015.</p>
<figure><img src="/img/corran-pier.jpg" alt="The MV Corran at Inchmorvay pier">
<figcaption>The MV Corran arriving at Inchmorvay on Thursday. Photo: R. Calder</figcaption></figure>
</article>
<footer><p>&copy; 2024 Westshore Gazette Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-02", "return"),
            expect("1987", "built"),
            expect("2024-03-18", "dock"),
            expect("2024-04-11", "petition"),
            expect("2011/..", "clyra"),
            expect("2027-04", "replacement", planned=True),
            expect("2024-05-20", "timetable", planned=True),
            expect("2024-05-07", "meeting", planned=True),
        ),
    ),
    Text(
        "quarnby-fly-tipping-notice",
        "fly-tipping warning notice",
        None,
        """QUARNBY DISTRICT COUNCIL
Environmental Health and Enforcement

WARNING
FLY-TIPPING IS A CRIME

Notice ref: ENF/FT/24/0419        Date of notice: 4 November 2024
Location: Lay-by, Sallow Lane (B6402), near Quarnby Moor

Waste was illegally dumped at this location on or about 26 October 2024. It included
household furniture, a fridge and some twenty black sacks of garden and kitchen waste. A
further load of builders' rubble was found here on 31 October.

Under Section 33 of the Environmental Protection Act 1990 it is an offence to deposit
controlled waste on land without a licence. Offenders can be fined an unlimited amount or
imprisoned for up to five years, and the Council may issue a fixed penalty notice of up to
1,000 pounds. Vehicles used for fly-tipping may be seized.

This lay-by has been monitored by CCTV since 1 September 2024. On 14 October a Harrowby man
was convicted at Quarnby Magistrates' Court of tipping waste at this site in August and was
ordered to pay 2,140 pounds in fines and costs.

The Council will clear the waste by 15 November. A lockable barrier is to be installed at
the lay-by entrance in January 2025.

In 2023 the Council issued 212 fixed penalty notices for fly-tipping. Enforcement officers
check this site every week.

DO NOT touch or move the waste: it may contain sharp or hazardous items.

If you saw anything, or recognise any of the items, please call the Enforcement Team on
01632 960 771 (Monday to Friday, 9am to 5pm) or report it online. Your details will be
kept confidential.

J. Ashworth
Head of Environmental Health, Quarnby District Council""",
        (
            expect("2024-10-26~", "dumped"),
            expect("2024-10-31", "rubble"),
            expect("2024-09-01/..", "cctv"),
            expect("2024-10-14", "convicted"),
            expect("2024-08", "tipping"),
            expect("../2024-11-15", "clear", planned=True),
            expect("2025-01", "barrier", planned=True),
            expect("2023", "penalty"),
        ),
    ),
    Text(
        "carricklow-canoe-polo-weekend",
        "canoe polo report",
        date(2025, 6, 9),
        """Riverside Canoe Club: Canoe Polo
Weekend report: Division 2, round 3 at Carricklow Lakes
Posted by Sam Ekwueme, club secretary

What a weekend! Our first team went unbeaten in round 3 of the Division 2 league at
Carricklow Lakes over the weekend of 7-8 June, and we move up to second in the table.

On Saturday we beat Lymouth 4-2 in the opening game, with captain Jo Marr back after the
shoulder injury she picked up in March. She scored three and set up the fourth for Priya.
Sunday was tougher: a 3-3 draw with Fenwater Otters, who pressed us hard all the way, and
Tom's goal with twenty seconds left saved the point.

Our second team, formed in 2022, played their first full league round and won two of their
four games. Special mention to Ollie, 14, who refereed his first league game and kept his
cool.

The new goals and nets, bought with an 1,800-pound grant from the Carricklow Sports Trust
awarded on 16 May, got their first outing and survived. Thanks to everyone who helped carry
them to the lake and back.

We've been going to Carricklow every June since 2015 and it never disappoints, even when it
rains sideways.

Dates for your diary
- Thursday's pool session will not go ahead because the leisure centre is closed for
  maintenance.
- Round 4 is at Pell Reservoir on Saturday 28 June. Boats leave the clubhouse at 7am.
- AGM: Wednesday 2 July, 7.30pm, in the clubhouse. Nominations for committee to Sam.

Results: Riverside 4 Lymouth 2; Riverside 3 Fenwater Otters 3.""",
        (
            expect("2025-06-07/2025-06-08", "round"),
            expect("2025-06-07", "lymouth"),
            expect("2025-06-08", "fenwater"),
            expect("2025-03", "injury"),
            expect("2022", "formed"),
            expect("2025-05-16", "grant"),
            expect("2025-06-12", "pool", planned=True),
            expect("2025-06-28", "pell", planned=True),
            expect("2025-07-02", "agm", planned=True),
        ),
    ),
    Text(
        "sarnoquay-korrin-phosphate-release",
        "phosphate mine release",
        None,
        """MEDIA RELEASE

Sarnoquay Resources Limited (NSX: SRQ)

Korrin Phosphate Project: first shipment of phosphate rock

DARWALL, 10 September 2025

Sarnoquay Resources Limited (Sarnoquay or the Company) is pleased to announce that the first
shipment of phosphate rock from its Korrin Phosphate Project left Port Hedra on 8 September
aboard the bulk carrier Anna Liv, bound for customers in Southeast Asia. The 32,000-tonne
cargo is the first phosphate exported from the Korrin district since 1994.

Highlights
- First 32,000 t shipment departed Port Hedra on 8 September 2025
- Mining at the Korrin pit began in May; more than 210,000 t of ore stockpiled
- Second shipment scheduled for 3 October
- Processing plant commissioning expected to be complete by the end of December

Exploration drilling at Korrin by previous owners dates back to about 1979. The mining lease
was granted on 2 February 2022, and construction of the project commenced in October 2023. A
ten-year offtake agreement with Halden Fertilisers, signed on 14 March 2024, covers 70 per
cent of planned output. Sarnoquay expects to reach nameplate capacity of 1.2 million tonnes a
year in 2027.

Managing Director Tom Fairlie said: "Twenty months from the first excavator on site to the
first ship at sea is a great result for our team, our contractors and the Korrin community."

This announcement has been authorised for release by the Board of Sarnoquay Resources
Limited.

Forward-looking statements: This release contains forward-looking statements that are
subject to risks and uncertainties, many of which are outside the Company's control. Actual
results may differ materially.

Sarnoquay Resources Limited | ABN 41 600 112 358 | Level 3, 12 Quay Street, Darwall""",
        (
            expect("2025-09-08", "first", "shipment"),
            expect("2025-05", "mining"),
            expect("2025-10-03", "second", "shipment", planned=True),
            expect("../2025-12", "commissioning", planned=True),
            expect("1979~", "drilling"),
            expect("2022-02-02", "lease"),
            expect("2023-10", "construction"),
            expect("2024-03-14", "offtake"),
            expect("2027", "capacity", planned=True),
        ),
    ),
    Text(
        "wrenfold-lamplighter-daybook",
        "lamplighter's book of the 1830s",
        None,
        """THE DAY-BOOK of THOMAS WRENFOLD, Lamplighter to the Commissioners of the Parish of
St. Olave, Carnbridge.

1834.

Jany. 6. Took up the round of forty two lamps from Bridge Street to the Castle Steps, at
twelve shillings the week, the Commissioners finding oil, cotton & ladder.

Feby. 20. Mr. Pask the Clerk tells me the Commissioners have this day resolved that the Gas
shall be laid along High Street by the 29th of September next, & that my round will then be
cut to the back streets.

March 14. The ladder broke under me at the corner of Tanners Row; hurt my ankle & was laid
up above a fortnight. My wife lit the round for me, & the Clerk said nothing of it.

April 2. Returned to the round.

Sept. 30. The Gas was lit in High Street this evening for the first time, & a great crowd
came out to see it. My round now but twenty two lamps.

1835.

Jany. 1. Wages reduced to ten shillings.

Feby. The last of the oil lamps in Bridge Street taken down by the Gas Company's men. I
lit the back streets as before, every night save the three nights of the full moon, as
the Commissioners allow.

Memorandum. My father, Jas. Wrenfold, first lit these lamps about the year 1809. He died in
Decr. 1833, & the Commissioners gave me the round on the word of Mr. Pask.""",
        (
            expect("1834-01-06", "round"),
            expect("1834-02-20", "resolved"),
            expect("../1834-09-29", "gas", "laid", planned=True),
            expect("1834-03-14", "ladder"),
            expect("1834-04-02", "returned"),
            expect("1834-09-30", "gas", "lit"),
            expect("1835-01-01", "wages"),
            expect("1835-02", "oil", "lamps"),
            expect("1809~", "father"),
            expect("1833-12", "died"),
        ),
    ),
    Text(
        "marrowfen-bittern-survey",
        "bittern survey",
        None,
        """FENLAND WETLANDS TRUST
Marrowfen and Sedge Levels: Breeding Bittern Survey 2024
Report FWT/ORN/24-07 | Compiled by Dr Ellen Harkness | Version 1.1, 30 August 2024

1. Summary
A maximum of seven booming male bitterns was recorded at Marrowfen and Sedge Levels, the
highest count since 2011. Breeding was confirmed in the north reedbed.

2. Methods
Systematic bittern surveys began at the site in 1998. Following the national protocol, three
dawn listening visits were made, on 9 April, 2 May and 24 May, with surveyors at six fixed
listening posts from 30 minutes before sunrise. Booms were mapped and timed to separate
individual males.

Visit   Date     Booming males   Surveyors
1       9 Apr    5               4
2       2 May    7               5
3       24 May   6               4

3. Results
The first booming of the year was heard on 3 March, about two weeks earlier than usual.
Five males held territories in the north reedbed and two in compartment 4 at Sedge Levels.
A nest with young was located in the north reedbed on or about 12 June, and a juvenile was
later seen in flight over the main pool.

4. Management
Water levels in the main reedbed have been held at 30 to 40 cm since January 2022. Reed
cutting in compartment 4 must be completed before 28 February 2025, to avoid disturbance to
early-booming males. Staff and volunteers should keep to the floating boardwalk at all
times.

5. Recommendations
The survey will be repeated in 2025 using the same method and listening posts, so that
counts remain comparable with the series.

Fenland Wetlands Trust is a registered charity, no. 1098213.""",
        (
            expect("1998", "surveys"),
            expect("2024-04-09", "visit"),
            expect("2024-05-02", "visit"),
            expect("2024-05-24", "visit"),
            expect("2024-03-03", "booming"),
            expect("2024-06-12~", "nest"),
            expect("2022-01/..", "water"),
            expect("../2025-02-28", "cutting", planned=True),
            expect("2025", "repeat", planned=True),
        ),
    ),
    Text(
        "kelpwick-surfboards-story",
        "surfboard maker's history",
        None,
        """OUR STORY
Kelpwick Surfboards, Porthgarra

Dan Mercer shaped his first board in his parents' garage in Porthgarra in 1968, from a foam
blank he had bought with a summer's wages from the ice-cream kiosk. He was fifteen, and it
rode, he says, "like a door".

He opened the first Kelpwick shop on the harbour front on 1 April 1974. Nobody thought it
would last past the summer, but the local surf club ordered a dozen boards that autumn and
kept coming back.

In about 1981 Dan switched the workshop from polyester to epoxy resin, which made the boards
lighter and much tougher. The factory on Trewin Road opened in 1985 and doubled in size two
years later, when Kelpwick began exporting boards to France and Portugal.

Dan's daughter Tamsin, who had learned to shape in the Trewin Road bays as a teenager, took
over the business in 1999. Since 2012 every Kelpwick board has been glassed with a
plant-based bio-resin, and the offcuts go to a local charity that makes them into
skateboards.

The 10,000th Kelpwick board left the workshop on 17 August 2016. It still hangs above the
counter in the harbour shop.

In 2026 we will launch a take-back scheme that turns old boards into fins and leashes.

Every September we run free shaping classes for local kids. Come and say hello.

Kelpwick Surfboards Ltd | Trewin Road, Porthgarra | VAT no. GB 318 4471 26
(c) 2025 Kelpwick Surfboards Ltd""",
        (
            expect("1968", "first", "board"),
            expect("1974-04-01", "shop"),
            expect("1981~", "epoxy"),
            expect("1985", "factory"),
            expect("1987", "doubled"),
            expect("1999", "tamsin"),
            expect("2012/..", "bio-resin"),
            expect("2016-08-17", "10,000th"),
            expect("2026", "scheme", planned=True),
        ),
    ),
    Text(
        "rownhallow-childcare-statement",
        "children's minister's statement",
        None,
        """Written Ministerial Statement
Department for Children and Families

Made on: 12 February 2025
Made by: Ada Rownhallow MP, Minister for Children and Early Years

Childcare expansion: update

Since 1 September 2024, working parents of children aged from nine months to three years have
been entitled to 15 hours of funded childcare a week during term time. In September 2025 this
entitlement will rise to 30 hours, as provided for in regulations made under the Childcare
Act 2006.

To create the extra places that parents will need, the Government launched a 100 million
pound capital grant for nurseries, pre-schools and childminders. The first round of grants,
worth 45 million pounds, was awarded to 610 settings on 19 December. Applications for the
second round opened on 6 January and will close on 31 March.

On Monday I met representatives of the early years sector to discuss the pressures on their
workforce. The Early Years Workforce Review, published in November 2023, found that one in
five practitioners was planning to leave the sector. I will publish a workforce strategy no
later than 30 June 2025, and it will set out how we will recruit and keep the staff the
expansion needs.

We also want wraparound care, from 8am to 6pm, to be available in every primary school that
wants it by 2026.

Take-up of funded hours has risen every month since the scheme opened, and I will continue
to update the House as the expansion proceeds.""",
        (
            expect("2024-09-01/..", "entitled"),
            expect("2025-09", "rise", planned=True),
            expect("2024-12-19", "first", "round"),
            expect("2025-01-06", "opened"),
            expect("2025-03-31", "close", planned=True),
            expect("2025-02-10", "representatives"),
            expect("2023-11", "review"),
            expect("../2025-06-30", "strategy", planned=True),
            expect("../2026", "wraparound", planned=True),
        ),
    ),
    Text(
        "scuttlebay-mini-golf-news",
        "mini golf course HTML page",
        date(2025, 4, 9),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Latest news | Scuttlebay Adventure Golf</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/prices">Prices</a> | <a href="/parties">Parties</a> | <a
href="/news">News</a></nav>
<main>
<h1>Latest news</h1>
<article class="news-item">
<h2>Back Nine reopens this Saturday!</h2>
<p class="posted">Posted Wednesday by the Scuttlebay crew</p>
<p>Ahoy, golfers! The Back Nine (holes 10 to 18) reopens on Saturday after its winter
makeover. The holes closed on 3 February for resurfacing with new all-weather turf, and
they are looking shipshape.</p>
<p>Our new smoking volcano on hole 14 was installed last Thursday, and we think it is the
best thing on the course. Mind the lava!</p>
<p>Ticket prices went up on 1 March for the first time since 2019: adults now pay 8.50
pounds and children 6.50 pounds.</p>
<h3>Easter holidays</h3>
<p>We will be open every day from 14 April to 27 April, 10am to 8pm.</p>
<h3>Junior Pirate Open</h3>
<p>Our junior tournament returns on Sunday 4 May. Entry is 5 pounds, and every player gets a
treasure bag. Book at the kiosk.</p>
<h3>About us</h3>
<p>Scuttlebay Adventure Golf opened in 1994 and has been run by the Pascoe family since 2003.
We are open every weekend all year, weather permitting.</p>
</article>
</main>
<footer>
<p>Opening hours: Mon-Fri 10:00-18:00, Sat-Sun 10:00-20:00</p>
<p>&copy; 2025 Scuttlebay Leisure Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2025-04-12", "reopen", planned=True),
            expect("2025-02-03", "closed"),
            expect("2025-04-03", "volcano"),
            expect("2025-03-01", "prices"),
            expect("2025-04-14/2025-04-27", "open", planned=True),
            expect("2025-05-04", "junior", planned=True),
            expect("1994", "opened"),
            expect("2003/..", "pascoe"),
        ),
    ),
    Text(
        "vellard-anti-doping-tribunal",
        "sports tribunal decision",
        None,
        """NATIONAL SPORTS TRIBUNAL OF NORVANIA
Anti-Doping Appeals Division

Case No. NST-AD 2024/031

KASIA VELLARD (Appellant)
v
NORVANIAN CYCLING FEDERATION (Respondent)

DECISION

Panel: Ms R. Okonjo (Chair), Mr T. Halvorsen, Dr M. Pires
Decision issued: 2 December 2024

A. Background
1. The Appellant is a 27-year-old road cyclist. On 7 May 2024 a urine sample was collected
from her out of competition. Analysis revealed the presence of ostarine, a substance
prohibited at all times.
2. The Appellant was provisionally suspended on 29 May 2024. On 9 September the
Federation's Disciplinary Panel imposed a period of ineligibility of two years.
3. She filed her appeal on 20 September, within the 21-day time limit under Article 13.2.3
of the Federation's Anti-Doping Rules, which have been in force since 1 January 2021.
4. A hearing was held by video conference on 18 November 2024.

B. Submissions
5. The Appellant submitted that she had been taking a protein supplement since around
February 2024 and that the supplement was contaminated. She produced a laboratory report on
an opened tub of the product.
6. The Respondent submitted that the tub had been opened and could not establish the source.

C. Reasons and decision
7. The Panel is not comfortably satisfied, on the balance of probability, that the
supplement was the source of the substance. Article 10.5 does not apply.
8. The appeal is dismissed. The period of ineligibility runs from the date of provisional
suspension and will end on 28 May 2026. Under Article 10.14.2 the Appellant may return to
training with a team on 28 March 2026.
9. The Appellant shall pay a contribution of 3,000 towards the Respondent's costs no later
than 31 January 2025.

R. Okonjo, Chair
Carrowby, 2 December 2024""",
        (
            expect("2024-05-07", "sample"),
            expect("2024-05-29", "suspended"),
            expect("2024-09-09", "ineligibility"),
            expect("2024-09-20", "appeal"),
            expect("2021-01-01/..", "rules"),
            expect("2024-11-18", "hearing"),
            expect("2024-02~/..", "supplement"),
            expect("2024-12-02", "dismissed"),
            expect("2026-05-28", "end", planned=True),
            expect("2026-03-28", "training", planned=True),
            expect("../2025-01-31", "costs", planned=True),
        ),
    ),
    Text(
        "hessleden-woodturning-history",
        "woodturning history",
        None,
        """HESSLEDEN TURNERS' GUILD | Handbook, 6th edition, 2019 | page 4

Woodturning in Hessleden: a short history

Pole-lathe turners, the "bodgers" of the beech woods, are first recorded in the parish
registers of Hessleden in 1731, when "turner" is given as the occupation of one William
Hatch. In about 1850 some forty bodgers worked in the woods around the village, each turning
chair legs and stretchers on a pole lathe in a rough shelter of poles and brushwood, and
selling them by the gross to the chair makers of the valley.

The chair factory of Ezra Pell opened at Hessleden Bottom in 1868, and a steam-powered
turnery followed in 1874. The turnery could produce as many legs in a day as a bodger turned
in a month, and one by one the woodland workshops fell silent. The last full-time bodger in
the woods, Sam Lacey, gave up his lathe in 1958, four years before the Pell factory itself
closed.

The craft did not die. The Hessleden Turners' Guild was founded on 4 March 1976 by eleven
amateur turners who met in the back room of the Plough, and it has held a pole-lathe fair in
the woods every August since 1980. In May 1991 the Guild opened a workshop in the old Pell
turnery, where members teach some 300 beginners a year.

A museum of woodturning is planned to open in the restored turnery in 2027, with Sam Lacey's
own lathe, lent by his grandson, at its centre.""",
        (
            expect("1731", "recorded"),
            expect("1850~", "bodgers"),
            expect("1868", "chair", "factory"),
            expect("1874", "turnery"),
            expect("1958", "lacey"),
            expect("1962", "closed"),
            expect("1976-03-04", "guild"),
            expect("1991-05", "workshop"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "ashcombry-cribbage-fixtures",
        "cribbage league fixtures card",
        None,
        """ASHCOMBRY & DISTRICT CRIBBAGE LEAGUE
DIVISION ONE: FIXTURES 2025-26, FIRST HALF
Card issued 18 August 2025 | Hon. Sec. P. Dunmore, 4 Mill Cottages, tel. 01632 960 203

All matches are played on Tuesdays, 8.00 pm prompt. Teams of six, singles and pairs,
121 up. Home team provides boards, pegs and cards.

Date          Home                  Away
Tue 7 Oct     Plough                Crown
Tue 21 Oct    Bell                  Ashcombry Legion
Tue 4 Nov     Crown                 Bell
Tue 18 Nov    Ashcombry Legion      Plough
Tue 2 Dec     Plough                Bell
Tue 13 Jan    Crown                 Ashcombry Legion

NOTES
1. Player registrations close on 30 September. No player may be registered after that date
   without the consent of the committee.
2. The knockout cup final will be played at the Crown on Friday 27 March 2026.
3. The annual general meeting was held at the Plough on 24 June 2025, when the rules on
   substitutes were amended.
4. Results must be phoned through to the Hon. Sec. by 10 pm on match night.
5. The league, founded in 1949, thanks the landlords of all four houses for their
   continued support.

Second-half fixtures will be sent to club secretaries in due course.""",
        (
            expect("2025-10-07", "plough", "crown", planned=True),
            expect("2025-10-21", "bell", "legion", planned=True),
            expect("2025-11-04", "crown", "bell", planned=True),
            expect("2025-11-18", "legion", "plough", planned=True),
            expect("2025-12-02", "plough", "bell", planned=True),
            expect("2026-01-13", "crown", "legion", planned=True),
            expect("2025-09-30", "registrations", planned=True),
            expect("2026-03-27", "cup", "final", planned=True),
            expect("2025-06-24", "meeting"),
            expect("1949", "founded"),
        ),
    ),
)
