"""The hundred-and-ninety-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
storm surge warning, a bowls league report, a cargo bike scheme launch release, a shepherd's
day book of the 1880s, a dormouse nest box check, a cattle market's history, a housing
minister's cladding fund statement, an art gallery HTML events page, an employment tribunal
judgment, a rope works' history and a cycling club's sportive calendar. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season,
"next Wednesday", "last year" with no anchor, a decade) are left out of the expected events,
as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYSEVENTH_CORPUS",)


HUNDREDNINETYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-halted",
        "wire story with a dateline",
        date(2025, 2, 13),
        """KESTRELMOUTH, Feb 13 (Northgate News) - The operator of the only car ferry between
Kestrelmouth and the island of Sarn said on Thursday it would halt sailings on Monday after
its single vessel failed a safety inspection.

Sarn Crossing Ltd said the inspection, carried out on Tuesday by the Maritime Safety Agency,
found corrosion in the car deck of the MV Halcyon, which entered service in 1989. The ship
last had major repairs in about 2008.

Repairs at a dry dock in Ellesby are expected to take six weeks, and the company hopes to
resume sailings on or about March 31. Until then the island's 1,400 residents will rely on a
passenger launch chartered from Porth Ardle, which is to begin a reduced timetable on
February 18. Lorries carrying fuel and animal feed will be carried by a landing craft.

Sarn Crossing, a cooperative owned by islanders, has run the service since 1962. Its
managing director, Ewan Tregarth, said the company had set aside 2.1 million crowns for
the repairs but had not yet found a replacement vessel for the longer term.

"People here have been through this before," he said. "It is the longest suspension since
the winter of 2010, and we will not pretend it is easy."

The island council has called an emergency meeting for next Wednesday. Councillors meet on
the first Tuesday of every month, and the agenda for that meeting has been put back.

(Reporting by Hanna Voss; Editing by Pieter Grahame)""",
        (
            expect("2025-02-17", "halt", "sailings", planned=True),
            expect("2025-02-11", "inspection"),
            expect("1989", "halcyon", "service"),
            expect("2008~", "repairs"),
            expect("2025-03-31~", "resume", planned=True),
            expect("2025-02-18", "launch", "timetable", planned=True),
            expect("1962/..", "service"),
        ),
    ),
    Text(
        "pump-plant-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvorsen Fluid Systems opens pump assembly plant in Brackwater

BRACKWATER, 4 June 2024 - Halvorsen Fluid Systems today opened its new pump assembly plant
on the Marsh Lane industrial estate in Brackwater, the largest single investment in the
company's history.

Construction of the 14,000 square metre plant began in March 2023. The building brings
together assembly and testing lines that were previously spread across three sites, and it
is certified to ISO 9001:2015. A second assembly line will open in September, and the plant
is expected to reach full production by March 2025.

The company was founded in 1957 by the engineer Ivo Halvorsen, who built his first
centrifugal pump in a garage behind the family's hardware shop. Halvorsen moved its head
office to Brackwater in 1994 and has supplied pumps to the Brackwater Water Board since
1971.

"This plant is a vote of confidence in the town and in the people who work here," said
chief executive Marit Halvorsen, the founder's granddaughter. The group's order book is
the strongest it has been since 2011.

The plant will employ about 240 people when both lines are running and will run two shifts
a day, five days a week. The company expects to have hired all of its new staff by the end
of the year.

Notes to editors
Halvorsen Fluid Systems designs and builds pumps for water utilities, irrigation and
industry. It employs 1,150 people in four countries.

Media contact: Joanna Pike, communications manager
press@halvorsen-fluid.example | +44 1632 960 412

-ENDS-""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2023-03", "construction"),
            expect("2024-09", "line", planned=True),
            expect("../2025-03", "production", planned=True),
            expect("1957", "found"),
            expect("1994", "office"),
            expect("1971/..", "water board"),
            expect("../2024", "staff", planned=True),
        ),
    ),
    Text(
        "corvane-v-dunmore",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTLAKE
THIRD DISTRICT

CORVANE LOGISTICS, INC., Appellant,
v.
DUNMORE PROPERTIES LLC, Appellee.

No. 3-23-0417
Opinion filed April 22, 2024

JUSTICE ABERNATHY delivered the opinion of the court.

Appellant Corvane Logistics, Inc. appeals from a judgment entered on September 8, 2023,
awarding appellee Dunmore Properties LLC unpaid rent and damages under a commercial lease.
We affirm.

I. BACKGROUND

The parties signed a ten-year lease of a warehouse on Fenwick Road on March 1, 2016. Corvane
paid rent on the first day of every month without incident for nearly five years.

On or about January 14, 2021, Dunmore served a notice of default, asserting that Corvane had
sublet part of the premises without consent in breach of section 14.2 of the lease. Corvane
denied the breach but vacated the premises on May 30 of that year. Dunmore filed suit on
August 2, 2021, seeking rent for the remainder of the term. Dunmore relet the warehouse to
a new tenant in about March 2022.

After a four-day bench trial that began on June 12, 2023, the trial court found that the
sublease was a material breach and that Dunmore had made reasonable efforts to relet the
warehouse, as Civil Code section 1951.2 requires. This appeal followed. We heard argument on
February 6, 2024.

II. ANALYSIS

Corvane's principal argument is that the notice of default was defective because it was
sent to an old address. The lease, however, required notice to the address stated in
section 22, and Corvane never gave notice of any change.

III. CONCLUSION

The judgment is affirmed. The matter is to be returned to the trial court, which shall hear
Dunmore's motion for fees and costs no later than July 1, 2024.""",
        (
            expect("2023-09-08", "judgment"),
            expect("2016-03-01", "lease"),
            expect("2021-01-14~", "notice", "default"),
            expect("2021-05-30", "vacate"),
            expect("2021-08-02", "suit"),
            expect("2022-03~", "relet"),
            expect("2023-06-12", "trial"),
            expect("2024-02-06", "argument"),
            expect("../2024-07-01", "fees", planned=True),
        ),
    ),
    Text(
        "vellmoor-abbey",
        "encyclopedia history",
        None,
        """Vellmoor Abbey

Vellmoor Abbey is a ruined Cistercian monastery in the valley of the River Leane, two miles
north of the market town of Harnby. It was one of the wealthiest religious houses in the
region and is now a scheduled monument.

History

The abbey was founded c. 1140 by a group of twelve monks from the mother house at Clairmont,
on land given by the lord of Harnby, Ralph de Vere of Staunton. Building in stone began
soon after. The abbey church was consecrated in 1178, and a chapter house was added the
following year.

Standing near a border road, Vellmoor suffered repeatedly in the wars of the fourteenth
century: it was sacked by raiders in 1322, 1327 and 1341, and its flocks of some 6,000 sheep
were driven off on each occasion. The monks rebuilt the cloister after the last attack, and
its carved capitals are the finest surviving work at the site.

The abbey was dissolved in March 1539. Its lands were sold to Sir Edmund Carrow the
following year, and the church roof was stripped of its lead. Stone from the ruins was used
in many houses in Harnby, where the monks had held a market every Thursday.

The ruins

The remains include the west front of the church, the chapter house and the south range of
the cloister. The ruins have been in the care of the Vellmoor Trust since 1951. A
restoration of the west front, whose upper gable is propped by timber shoring, is planned
to begin in 2026.

See also: Cistercian houses of the Leane valley; Carrow family.""",
        (
            expect("1140~", "found"),
            expect("1178", "church", "consecrat"),
            expect("1179", "chapter house"),
            expect("1322", "sack"),
            expect("1327", "sack"),
            expect("1341", "sack"),
            expect("1539-03", "dissolv"),
            expect("1540", "lands", "sold"),
            expect("1951/..", "trust"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "rovers-beat-calder-vale",
        "sports report",
        date(2024, 11, 24),
        """Makepeace double sends Rovers soaring

By Callum Reddy, Sports Reporter

HARWICK Rovers came from two goals down to beat Calder Vale 3-2 at Mill Lane on Saturday,
their first home win against the Valers since 2009.

Calder Vale led through a Tom Aske header after eleven minutes and Kofi Mensah's penalty
just before half-time, but the home side were transformed after the break. Striker Dion
Makepeace, signed from Ostbury Town in August, pulled one back on 52 minutes and levelled
with a curling shot on 70. Substitute Jack Orme won it in stoppage time.

Captain Lewis Penhale returned after missing the 1-0 defeat at Tenby Athletic on November
16 with a hamstring strain, and his presence steadied a back four that had conceded eleven
goals in five games.

"The lads showed real character," said manager Priya Castell, who took charge in January
2023. "We train every Thursday night for moments like that."

The attendance of 3,412 was the highest at Mill Lane since the 2019-20 season. Rovers,
founded in 1884, hope to raise that further once the new north stand is finished; it is
expected to open in March.

Rovers host league leaders Saltley Town on Tuesday night and then travel to Dunmere on
December 7.

Rovers: Hale; Brandt, Penhale, Okoro, Sim; Varga, Lunn (Orme 78), Quist; Bell, Makepeace,
Ditta.
Calder Vale: Rourke; Fenn, Aske, Marsh, Kelly; Mensah, Dobie, Platt; Swain, Hurst, Ige.""",
        (
            expect("2024-11-23", "rovers", "calder vale"),
            expect("2024-08", "makepeace"),
            expect("2024-11-16", "tenby"),
            expect("2023-01", "castell"),
            expect("1884", "found"),
            expect("2025-03", "stand", planned=True),
            expect("2024-11-26", "saltley", planned=True),
            expect("2024-12-07", "dunmere", planned=True),
        ),
    ),
    Text(
        "pellow-biscuits",
        "company history",
        None,
        """Our story

Pellow & Daughters has been baking biscuits in Tamsford for more than 150 years.

The business was founded in 1868 by Hester Pellow, a baker's widow who sold ginger snaps
and oat biscuits from a shop on Bridge Street. Demand grew quickly: she opened a second
bakery on Mill Row in 1874 and a steam-powered factory on Quarry Road around 1890.

Hester's daughters Ada and Florence took over the business in about 1896, and the firm has
carried their name ever since. Ada invented the Tamsford Thin, a crisp butter biscuit that
is still made to her recipe and sold in the same blue tin.

During the Second World War the Quarry Road factory was requisitioned in 1940 to make
aircraft parts, and the bakers moved to a rented hall in the market place. The factory was
returned to the family in 1946, and biscuit making resumed there the following spring.

Pellow & Daughters was listed on the stock exchange in 1972 and acquired by Brantwood Foods
in 2004. It keeps its own name, its own recipes and its own bakers, who today make some 40
million biscuits a year.

Since 2011 the original Quarry Road site has housed the Pellow Biscuit Museum, where
visitors can see the steam ovens and the tin-printing press. A new bakery at Tamsford
Business Park, which will double our capacity, is due to open in 2026.

Pellow & Daughters Ltd, Quarry Road, Tamsford TM4 2QR. Company no. 00181868.""",
        (
            expect("1868", "found"),
            expect("1874", "second bakery"),
            expect("1890~", "factory"),
            expect("1896~", "daughters"),
            expect("1940", "requisition"),
            expect("1946", "return"),
            expect("1972", "listed"),
            expect("2004", "brantwood"),
            expect("2011/..", "museum"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "tessaly-mission",
        "mission summary",
        None,
        """TESSALY - Mission summary
Meridian Space Agency | Science Directorate | Last updated: 14 June 2024

Overview
Tessaly is a small-body mission to the near-Earth asteroid 2004 QT12 (Ardent), a rubble-pile
object about 480 m across. Its aims are to map the asteroid, land a small package on its
surface and return a sample of dust to Earth.

Mission timeline
Tessaly was launched on 14 May 2019 from the Korvel launch site on a Sentinel-5 rocket. It
flew past Venus on 2 November 2019 and past Earth on 9 October of the following year, using
both planets' gravity to reach the asteroid's orbit.

On 21 August 2022 the spacecraft entered orbit around Ardent. Its lander, Pebble, touched
down two days later and sent back surface images and temperature data for 61 hours before
its battery was exhausted.

After 18 months of mapping, Tessaly released its sample capsule in February 2024. Primary
science operations ended in March 2024, and the mission was extended on 2 April 2024 to
study the asteroid's small moon.

Next steps
The sample capsule is expected to land in the Ashkar Desert on 29 September 2025, where a
recovery team will take it to the agency's curation laboratory. The spacecraft is due to
end its mission with a controlled impact on the moon in about June 2026.

Key facts
Launch mass: 1,240 kg | Power: 2 x 9 m2 solar arrays | Mission cost: 410 million euros
Contact: science.comms@meridian-space.example""",
        (
            expect("2019-05-14", "launch"),
            expect("2019-11-02", "venus"),
            expect("2020-10-09", "earth"),
            expect("2022-08-21", "orbit"),
            expect("2022-08-23", "pebble"),
            expect("2024-02", "capsule", "release"),
            expect("2024-03", "operations"),
            expect("2024-04-02", "extend"),
            expect("2025-09-29", "capsule", "land", planned=True),
            expect("2026-06~", "impact", planned=True),
        ),
    ),
    Text(
        "ashcombe-line-funding",
        "government statement",
        date(2025, 3, 17),
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE
Statement by the Minister, Aurelio Venn
17 March 2025

Reopening of the Ashcombe line

The Minister for Transport, Aurelio Venn, today confirmed funding of 310 million for
reopening the railway between Ashcombe and Pellinger to passenger trains.

The 42-kilometre line closed to passengers in 1966 and to freight in 1983. Since then the
towns along it have been among the worst connected in the country, with bus journeys to
Pellinger taking more than an hour.

A feasibility study, completed in November 2023, found that the track bed was intact along
almost all of its length. The Brede viaduct, built around 1868, will need to be
strengthened, and four new stations will be built.

The ministry has held talks with the three county councils on the route since 2021. They
have agreed to contribute to the stations and to the bus links that will serve them.

Contractors are invited to tender for the first phase of works. Tenders must be submitted
no later than 30 May. Works will start in the summer, and passenger services are expected
to begin in December 2027.

"The people of the Ashcombe valley have waited almost sixty years for this," the Minister
said. "Passenger numbers on our railways are now the highest since 2012, and lines like
this one are how we meet that demand."

Press office: +31 70 555 0188 | press@mti.example
Reference: MTI/PR/2025/044""",
        (
            expect("2025-03-17", "funding"),
            expect("1966", "passengers"),
            expect("1983", "freight"),
            expect("2023-11", "study"),
            expect("1868~", "viaduct"),
            expect("2021/..", "talks"),
            expect("../2025-05-30", "tenders", planned=True),
            expect("2027-12", "services", planned=True),
        ),
    ),
    Text(
        "stenbury-library-reopens",
        "HTML news page",
        date(2024, 9, 6),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Stenbury library reopens after flood repairs | Stenbury Herald</title>
<meta name="description" content="Central Library welcomes readers back after ten months">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Stenbury library reopens after flood repairs</h1>
<p class="byline">By Amira Holt | <time datetime="2024-09-06">6 September 2024</time></p>
<p>Stenbury Central Library reopened to the public on Thursday, ten months after floodwater
from the River Sten filled its basement and ruined much of the local history collection.</p>
<p>The building was flooded on November 3 last year, when the river rose more than two
metres in a night. Repairs began in February, and the contractor, Ostler Build, handed the
building back to the council on August 20.</p>
<p>The Art Deco building, designed by the architect Nora Quaile, opened in 1936 and is
listed. Its reading room ceiling, painted with the signs of the zodiac, has been cleaned.</p>
<p>A coffee bar on the ground floor will open on September 16. Staff expect the local
studies room, where 1,900 damaged books are still being dried, to reopen by the end of
October. The council plans an open day on Saturday 21 September, with tours of the
restored reading room.</p>
<p>The council expects to recover most of the 2.4 million cost of the repairs from its
insurers.</p>
<figure><img src="/img/library.jpg" alt="Readers queue outside the library">
<figcaption>Readers queue outside the library on Thursday. Photo: Dev Kaur</figcaption>
</figure>
<p>Opening hours: Monday to Saturday, 9:00 to 17:00.</p>
</article>
<footer>&copy; 2024 Stenbury Herald. 12 Market Street, Stenbury.</footer>
</body>
</html>""",
        (
            expect("2024-09-05", "library", "reopen"),
            expect("2023-11-03", "flood"),
            expect("2024-02", "repair"),
            expect("2024-08-20", "ostler"),
            expect("1936", "building"),
            expect("2024-09-16", "coffee bar", planned=True),
            expect("../2024-10", "local studies", planned=True),
            expect("2024-09-21", "open day", planned=True),
        ),
    ),
    Text(
        "wexmere-surge-warning",
        "storm surge warning",
        date(2024, 11, 12),
        """COASTAL FLOOD FORECASTING CENTRE
STORM SURGE WARNING - WEXMERE COAST (ZONE C4)
Issued: 05:40 GMT Tuesday 12 November 2024        Next update: 17:00 GMT

SEVERITY: AMBER - DANGER TO LIFE POSSIBLE

What to expect
A deep low pressure system moving east across the North Sea will drive a storm surge of up
to 1.2 m above predicted tide levels onto the Wexmere coast. The surge is expected to reach
the coast on Wednesday 13 November, peaking at the evening high tide (18:20). A second,
smaller peak is forecast on Thursday morning. Waves of 4 to 5 m are likely to overtop sea
walls between Harlow Bay and Kelby Point.

Levels may approach those of 5 December 2013 in the inner estuary.

What we are doing
The Harlow Bay tidal barrier will be closed at 14:00 on Wednesday. Temporary barriers are
being put up on the Kelby Point promenade, where the sea defences breached on 2 February were
repaired over the summer.

This warning will be reviewed no later than 16:00 on Wednesday. It expires at 12:00 on
Friday 15 November unless extended.

What you should do
- Move vehicles away from seafront car parks.
- Do not walk on sea walls or promenades.
- Sandbags are available at Wexmere fire station, open 24 hours a day.

Tide times (Wexmere harbour): HW 06:02 / 18:20   LW 12:11 / 00:33
Floodline: 0345 988 1188 | Warning ref: CFFC-C4-2411-03""",
        (
            expect("2024-11-13", "surge", planned=True),
            expect("2024-11-14", "peak", planned=True),
            expect("2024-11-13", "barrier", planned=True),
            expect("2024-02-02", "breach"),
            expect("../2024-11-13", "review", planned=True),
            expect("2024-11-15", "expire", planned=True),
        ),
    ),
    Text(
        "marlow-bowls-week-14",
        "bowls league report",
        None,
        """MARLOW & DISTRICT BOWLS LEAGUE
Division One - Week 14 report
Matches played Wednesday 14 August 2024

Oakfield Park extended their lead at the top of the table with a 78-51 win over Cressley,
taking all four rinks. The Oakfield skip Ben Ashdown, 81, who has played for the club since
1969, drew the last wood of the night to within an inch of the jack on rink three.

Cressley, champions in 2003, 2005 and 2011, have now lost four matches in a row, their
worst run since 1987, and sit sixth. Their captain, Gwen Fairley, said the side were "rusty
but not finished".

Fixtures
The Thornby v Harlow Green match, postponed on 31 July because of rain, will now be played
on Monday 19 August at Thornby (6.15pm start). League matches continue every Wednesday until
the end of the season.

Open Pairs
The Open Pairs finals will be played at Oakfield Park on Sunday 1 September. Spectators are
welcome; teas will be served from 3pm.

Winter league
Entries for the winter indoor league at the Marlow Bowls Centre close on 30 August at the
latest. Forms from the league secretary.

The league was formed in 1926 with six clubs and now has 22.

Table (top four): Oakfield Park P14 Pts 108; Kingsmead P14 Pts 96; Harlow Green P13 Pts 90;
Sandy Lane P14 Pts 84.

League secretary: Don Patel, 07700 900318""",
        (
            expect("2024-08-14", "oakfield", "cressley"),
            expect("1969/..", "ashdown"),
            expect("2003", "cressley"),
            expect("2005", "cressley"),
            expect("2011", "cressley"),
            expect("2024-07-31", "postpone"),
            expect("2024-08-19", "thornby", planned=True),
            expect("2024-09-01", "pairs", planned=True),
            expect("../2024-08-30", "entries", planned=True),
            expect("1926", "league", "form"),
        ),
    ),
    Text(
        "lendbury-cargo-bikes",
        "cargo bike scheme launch release",
        date(2025, 3, 3),
        """PRESS RELEASE
Embargoed until 00:01, Monday 3 March 2025

Free cargo bike trials for Lendbury businesses

Lendbury City Council and the cycling charity Wheelwise today launched Pedal Freight, a
scheme that lends electric cargo bikes to small businesses free of charge for up to four
weeks.

Forty bikes, each able to carry up to 150 kg, are available to shops, cafes, tradespeople
and couriers in the city centre. The first bikes will be collected from the new hub at Canal
Wharf on Thursday, and riders will get a free two-hour training session before they set
off.

The scheme follows a pilot in the Riverside ward, which ran from May to September 2024 and
took an estimated 2,100 van trips off the road. It is paid for by a grant of 480,000 pounds
awarded by the Active Travel Fund in October 2024. The scheme is funded until March 2026,
when the council will decide whether to continue it.

Applications for the second round of loans must be in by 1 June.

Councillor Ruth Adeyemi, cabinet member for transport, said: "Since 2019 the number of vans
delivering in the centre has doubled. Pedal Freight shows traders there is another way."

Notes to editors
1. Wheelwise, founded in 2016, is a registered charity (no. 1187432) that runs cycle training
and bike loans in the Lendbury area.
2. Businesses can apply at lendbury.example/pedalfreight.
3. Photographs of the bikes are available on request.

Media enquiries: Lendbury City Council press office, 01632 960 771""",
        (
            expect("2025-03-03", "pedal freight", "launch"),
            expect("2025-03-06", "bikes", planned=True),
            expect("2024-05/2024-09", "pilot"),
            expect("2024-10", "grant"),
            expect("2026-03", "decide", planned=True),
            expect("../2025-06-01", "applications", planned=True),
            expect("2016", "wheelwise"),
        ),
    ),
    Text(
        "high-craigs-day-book",
        "shepherd's day book of the 1880s",
        None,
        """DAY BOOK OF JOHN ELDER, SHEPHERD AT HIGH CRAIGS
In the parish of Kirkhope. 1883.

Jan. 9. Snow all day & drifting. Dug out 14 ewes from the drift at Black Syke, 2 dead. Old
Tam says it is the worst snow since '60. Fed hay to the hoggs as every morning.

Feb. 20. Drove 30 wedders to Hexford. Sold them to Mr Dodd at 28s. a head.

Mar. 28. Lambing begun. 3 pair twins & one ewe cast on her back at the dyke foot.

Apr. 30. Lambing done. 412 lambs from 390 ewes, the best year I mind.

June 18 to 20. Clipping, with 6 men from Low Craigs. Sent 1860 lb. of wool by the carrier.

July 14. Mended the Black Syke dyke, which Old Tam says was built about the year '47.

Sept. 3. At Keldmoor tup sale. Bought a Cheviot tup for the Master, 9 guineas.

Oct. 2. Master says the sale of the draft ewes is fixed for the 16th at Hexford.

Nov. 11. Martinmas. Engaged with the Master for another year at 27 pounds & a cow's grass
& 40 stone of meal.""",
        (
            expect("1883-01-09", "ewes"),
            expect("1883-02-20", "wedders"),
            expect("1883-03-28", "lambing", "begun"),
            expect("1883-04-30", "lambing", "done"),
            expect("1883-06-18/1883-06-20", "clipping"),
            expect("1883-07-14", "dyke"),
            expect("1847~", "dyke", "built"),
            expect("1883-09-03", "tup"),
            expect("1883-10-16", "sale", planned=True),
            expect("1883-11-11", "engaged"),
        ),
    ),
    Text(
        "brockle-wood-dormice",
        "dormouse nest box check",
        None,
        """HAZEL DORMOUSE NEST BOX CHECK - RECORD SHEET
Site: Brockle Wood (site ref. BW/07)   Grid ref: SU 412 873   Boxes: 50

Date of check: 21 September 2024   Weather: dry, 14 C, light wind   Start 09:30 / end 12:10
Licensed handlers: A. Penrose (licence 2023-12345-CLS), J. Whitcombe
Helpers: 3 volunteers from the Brockle Wood Group

Summary
All 50 boxes checked. Dormice found in 9 boxes (12 adults, 11 young), the highest count at
this site since 2019. 6 boxes with old dormouse nests only; 4 boxes used by wood mice; 2 by
blue tits (old nests).

Notable records
Box 17: adult female (22 g) with four young, eyes open, fur grey. Young estimated born
around 3 September.
Box 31: torpid adult male, 19 g, in a tight woven nest. Not handled further.
Box 44: lid broken - replaced.

Previous check on 24 August found dormice in 6 boxes.

Site notes
The boxes were put up in March 2016 along the coppiced ride in the northern compartment. The
site has been monitored under the National Dormouse Monitoring Programme since 2017, with
checks each month from May to October.

Actions
Next check: 19 October (final check of the season). All boxes are to be cleaned out and any
damaged ones repaired by 30 November, before hibernation is well under way.

Data entered to NDMP online: yes / no   Record sheet version 4.2""",
        (
            expect("2024-09-21", "check"),
            expect("2024-09-03~", "young", "born"),
            expect("2024-08-24", "check"),
            expect("2016-03", "boxes"),
            expect("2017/..", "monitor"),
            expect("2024-10-19", "check", planned=True),
            expect("../2024-11-30", "clean", planned=True),
        ),
    ),
    Text(
        "hexford-auction-mart",
        "cattle market's history",
        None,
        """A HISTORY OF HEXFORD AUCTION MART

Cattle have changed hands in Hexford for more than seven centuries. A charter granted by the
Crown in 1253 allowed the town a market every Tuesday and a fair at Michaelmas, and for
six hundred years beasts were sold in the streets around the market cross.

The coming of the railway changed everything. Livestock sales moved from the streets to a
purpose-built mart beside the station on Station Road in 1879, two years after the railway
arrived, and cattle could now be sent to the city markets in a day.

The Hexford Farmers' Auction Company was formed in 1902 and bought the mart from the railway
company the following year. Under the auctioneer William Rourke it became one of the
busiest store cattle markets in the north.

An outbreak of foot-and-mouth disease closed the mart from March to September 1952. A
record of 4,112 cattle sold in a single day was set on 9 October 1978, a turnover that
remains the biggest since the mart opened.

Since 1994 sales have been held at the Hexford Agricultural Centre on the bypass, with
modern pens, a heated sale ring and parking for 300 lorries. The old Station Road site was
demolished c. 1996 and is now a supermarket.

The company remains owned by some 900 farmer shareholders. A new pedigree sale ring is to
open in April 2026.

Hexford Auction Mart Ltd, Agricultural Centre, Hexford HX7 3LT. Sales every Tuesday and
Friday.""",
        (
            expect("1253", "charter"),
            expect("1877", "railway"),
            expect("1879", "mart"),
            expect("1902", "company", "form"),
            expect("1903", "bought"),
            expect("1952-03/1952-09", "closed"),
            expect("1978-10-09", "record"),
            expect("1994/..", "centre"),
            expect("1996~", "demolish"),
            expect("2026-04", "ring", planned=True),
        ),
    ),
    Text(
        "cladding-fund-statement",
        "housing minister's cladding fund statement",
        date(2025, 1, 28),
        """WRITTEN MINISTERIAL STATEMENT
Building Safety: Cladding Remediation Fund
Made on: 28 January 2025
Made by: Rt Hon Sarah Lindqvist MP, Minister of State for Housing
Statement number: HCWS412

Today I am announcing an increase of 1.4 billion pounds in the Cladding Remediation Fund, so
that no leaseholder in a building over 11 metres pays to remove unsafe cladding.

An independent review, published in December 2018 after the fire at Sefton Tower, set out
the danger that combustible cladding poses. The fire at Carrow Court in Eastleigh on 3 May
2019, in which seven people died, showed how much remained to be done, and many of the
changes we have since made are now law under the Building Safety Act 2022.

The fund opened to applications in July 2021. By 31 December 2024, remediation had started
or been completed on 1,212 buildings. That is progress, but it is not fast enough.

New rules will require building owners to register every building over 11 metres with the
Building Safety Regulator by 30 September 2025. The Remediation Bill, which will give the
regulator powers to fine owners who delay, will be introduced in Parliament on 11 February.
Our aim is that all buildings over 18 metres with unsafe cladding are remediated by the end
of 2029.

I will update the House every quarter on progress.

Enquiries: building.safety@housing.example""",
        (
            expect("2025-01-28", "increase"),
            expect("2019-05-03", "fire"),
            expect("2018-12", "review"),
            expect("2021-07", "fund"),
            expect("../2024-12-31", "remediation"),
            expect("../2025-09-30", "register", planned=True),
            expect("2025-02-11", "bill", planned=True),
            expect("../2029", "remediat", planned=True),
        ),
    ),
    Text(
        "quayside-gallery-events",
        "art gallery HTML events page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>What's on | Quayside Gallery</title></head>
<body>
<header><h1>Quayside Gallery</h1><p>Free entry | Tuesday to Sunday, 10:00 to 17:00</p></header>
<main>
<h2>What's on</h2>
<section class="exhibition">
<h3>Salt and Iron: Prints of the Estuary</h3>
<p class="dates">12 April to 29 June 2025</p>
<p>Sixty etchings and woodcuts of the estuary's salt marshes, shipyards and wrecks, from the
collection of the printmaker Ines Carrow and her students.</p>
</section>
<h2>Events</h2>
<ul>
<li><strong>Artist talk: Ines Carrow</strong> - Saturday 26 April, 14:00. Free, booking
essential.</li>
<li><strong>Late opening</strong> - Friday 9 May, until 21:00, with music from the Harbour
Strings.</li>
<li><strong>Family print workshop</strong> - every Sunday in May, 11:00. Suitable for ages
5 and up.</li>
<li><strong>Closing party</strong> - 28 June, 18:00 to 20:00.</li>
</ul>
<h2>Past exhibitions</h2>
<p>Harbour Lights: Painting the Night Quay (18 January to 23 March 2025)</p>
<h2>About the gallery</h2>
<p>The Quayside Gallery opened in 1998 in a former sail loft built c. 1840. The gallery is
closed on Mondays and on 25 and 26 December.</p>
</main>
<footer><p>Page last updated 2 April 2025 | &copy; 2025 Quayside Gallery, registered charity
no. 1081234 | Tel. 01632 960 554</p></footer>
</body>
</html>""",
        (
            expect("2025-04-12/2025-06-29", "salt and iron", planned=True),
            expect("2025-04-26", "talk", planned=True),
            expect("2025-05-09", "late opening", planned=True),
            expect("2025-06-28", "closing party", planned=True),
            expect("2025-01-18/2025-03-23", "harbour lights"),
            expect("1998", "gallery"),
            expect("1840~", "sail loft"),
        ),
    ),
    Text(
        "okonjo-v-halden-care",
        "employment tribunal judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Ms R Okonjo
Respondent: Halden Care Homes Ltd
Heard at: Wrexford            On: 3 to 5 March 2025
Before: Employment Judge Pryor, Mr D Ellison, Ms K Sharma
Case Number: 1804567/2023

JUDGMENT
The claim of unfair dismissal is well founded and succeeds. The claim of detriment for
making a protected disclosure is dismissed.

REASONS

1. The claim was heard over three days from 3 to 5 March 2025. The claimant represented
herself; the respondent was represented by Mr T Bayliss, counsel.

2. The respondent has operated Elmfield House, a 60-bed nursing home, since 2009. The
claimant joined the respondent on 1 September 2014 as a senior care assistant. Her record
was unblemished.

3. On or about 2 May 2023 the claimant raised a written grievance about changes to the night
rota. A grievance meeting took place on 18 May, chaired by the home manager.

4. The claimant was suspended on 20 June, and she was dismissed for gross misconduct following
a disciplinary hearing on 12 July 2023. She appealed on 19 July, and the appeal was rejected
on 15 August.

5. We find that the respondent did not carry out a reasonable investigation before deciding
to dismiss. Witnesses named by the claimant were never interviewed.

6. A remedy hearing will be listed for a date no later than 30 June 2025. The parties are
to exchange documents on remedy within 28 days of this judgment.

Employment Judge Pryor
Sent to the parties on: 2 April 2025
Early conciliation certificate: R123456/23/89""",
        (
            expect("2025-03-03/2025-03-05", "hearing"),
            expect("2009/..", "elmfield"),
            expect("2014-09-01", "joined"),
            expect("2023-05-02~", "grievance"),
            expect("2023-05-18", "meeting"),
            expect("2023-06-20", "suspend"),
            expect("2023-07-12", "dismiss"),
            expect("2023-07-19", "appeal"),
            expect("2023-08-15", "appeal", "reject"),
            expect("../2025-06-30", "remedy", planned=True),
        ),
    ),
    Text(
        "port-sallow-rope-works",
        "rope works' history",
        None,
        """The Port Sallow Rope Works

Rope-making on the site at Port Sallow is first recorded, perhaps, in 1723, when a
churchwarden's account mentions "the roper's walk by the strand", though the entry may refer
to a site nearer the harbour.

The present ropewalk, a single-storey building 340 yards long, was built in 1788 by the
merchant Daniel Finlay to supply the ships fitting out in the harbour. In it men walked
backwards spinning hemp yarn from bundles tied around their waists, and a rope of 120
fathoms could be laid in a day.

After Finlay's death in 1811 the works passed to his nephew, Robert Gow, who added a tarring
house in 1815 and a hemp store in 1819. Steam machinery was installed c. 1862, and the works
employed some 400 people at its height, making everything from fishing lines to hawsers for
the navy.

Demand fell with the coming of wire rope and man-made fibres. The works closed on 31 March
1971, the last traditional rope works on the coast.

The buildings were listed in 1975, and after a long restoration the ropewalk reopened as a
museum in May 1994. Volunteers demonstrate rope-making every Saturday, and visitors can
make a skipping rope to take home.

A conservation of the tarring house, whose roof timbers are decaying, will be completed by
2027 with a grant from the Heritage Buildings Fund.

Port Sallow Rope Works Trust, Strand Lane, Port Sallow. Open daily, April to October.""",
        (
            expect("1723?", "rope"),
            expect("1788", "ropewalk", "built"),
            expect("1811", "finlay", "death"),
            expect("1815", "tarring house"),
            expect("1819", "hemp store"),
            expect("1862~", "steam"),
            expect("1971-03-31", "closed"),
            expect("1975", "listed"),
            expect("1994-05", "museum"),
            expect("../2027", "conservation", planned=True),
        ),
    ),
    Text(
        "fellgate-wheelers-sportives",
        "cycling club's sportive calendar",
        date(2025, 1, 10),
        """FELLGATE WHEELERS - SPORTIVE CALENDAR 2025
Updated 10 January 2025

Our sportives are open to all riders, members or not. Entry includes a route card, GPX
file, feed stops, mechanical support and a mug of tea at the finish. Entries close seven
days before each event.

Sun 23 March - Spring Lanes 60 / 100 km
Quiet lanes south of Fellgate with one proper climb at Hob Bank. HQ: Fellgate Village Hall.
Start 08:00 to 09:30. Entry 22 pounds.

Sat 26 April - Reservoir Ramble 80 km (new route)
Gravel-friendly loop around the Kelda reservoirs. HQ: Kelda Sailing Club. Entry 25 pounds.

Sun 15 June - The Fellgate 160
Our classic, first ridden in 1996, over the four big cols of the Fell. 3,100 m of climbing.
HQ: Fellgate School. Entry 35 pounds; finishers receive the 160 cloth badge.

Sat 13 September - Autumn Audax 200
A 200 km audax with brevet card and controls at Wray, Harden and Cold Keld. Time limit 13h
30m. HQ: Fellgate Village Hall. Entry 15 pounds.

Please note: the Coastal Classic, last held on 8 September 2019, will not return until
we find a new HQ.

About the club
Fellgate Wheelers was founded in 1934 and has run sportives since 1989. Club runs leave the
Market Cross every Sunday at 08:30 and every Wednesday evening from April to September.
British Cycling event permits: 2025-0412 to 2025-0415.

Enquiries: events@fellgatewheelers.example""",
        (
            expect("2025-03-23", "spring lanes", planned=True),
            expect("2025-04-26", "reservoir ramble", planned=True),
            expect("2025-06-15", "160", planned=True),
            expect("2025-09-13", "audax", planned=True),
            expect("1996", "160"),
            expect("2019-09-08", "coastal classic"),
            expect("1934", "found"),
            expect("1989/..", "sportives"),
        ),
    ),
)
