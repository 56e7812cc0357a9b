"""A hundred-and-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
solar observatory's space weather alert, a youth orchestra's history, an aviation authority's
safety directive, a field hospital's daily log, a heritage railway's timetable page in HTML, a
shipyard's launch announcement, a triathlon report, a schools ministry's exam timetable
statement, a lead mine's history, a cooperative's annual general meeting notice and a bell
foundry's history). Facts whose date a reader could take two ways (a season, "late 1970s",
"next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINTH_CORPUS",)

HUNDREDNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kisumu-water-licence",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KISUMU, Kenya, Oct 9 (Lakeside Wire) - Kenya's water regulator suspended the
operating licence of the private utility that supplies Kisumu on Tuesday, after laboratory
tests found sewage bacteria in the city's piped water.

Samples taken on Sept. 27 at four reservoirs showed coliform counts well above the national
limit, the Water Services Regulatory Board said. About 140 people were treated for diarrhoea
at city hospitals between Sept. 28 and Oct. 3, according to the county health office, the
worst outbreak linked to the network since 2009.

The company, Ziwa Water Services, has run the city's supply since 2017. It won the
concession around March 2016 in a tender that opposition councillors said at the time was
rushed through under the 2016 Water Act.

In a statement, Ziwa said it had replaced all chlorination pumps at its Dunga works by
Aug. 31 and blamed a burst trunk main for the contamination. "We reject any suggestion of
negligence," managing director Peter Ouma said.

The regulator will hold a public hearing on the suspension on Monday. Until then the county
government will truck water to the worst-hit estates, where residents already queue every
morning at standpipes.

Customers with complaints can call the board's hotline on 0800 720 144.

(Reporting by Achieng Otieno; Editing by Mark Devlin)""",
        (
            expect("2024-10-08", "suspend"),
            expect("2024-09-27", "sample"),
            expect("2024-09-28/2024-10-03", "treat"),
            expect("2017/..", "ziwa"),
            expect("2016-03~", "concession"),
            expect("../2024-08-31", "pump"),
            expect("2024-10-14", "hearing", planned=True),
        ),
    ),
    Text(
        "harrowgate-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Biomaterials completes acquisition of Pennine Sutures

Leeds, 12 June 2025 - Harrowgate Biomaterials plc (AIM: HBM), the maker of resorbable
surgical implants, today completed its acquisition of Pennine Sutures Ltd for GBP 38 million.

The deal was first agreed on 3 March, subject to approval by the Competition and Markets
Authority, which cleared it last month without conditions.

Pennine Sutures, based in Wakefield, employs 212 people. Harrowgate will invest a further
GBP 9 million in a new extrusion line at the Wakefield site, where production is expected to
begin in March 2026.

"Bringing Pennine into the group gives us the full wound-closure range," said chief executive
Dr Amira Castell. "Our revenue last year was the highest since 2019, and this deal puts the
group on course for its 2030 growth targets."

Harrowgate was founded in 1998 as a spin-out from the University of Leeds and has been
listed on AIM since 2014. Its products are certified to ISO 13485:2016.

Harrowgate will hold a call for investors and analysts on Tuesday 17 June at 9.00am.

-ENDS-

Notes to editors
Harrowgate Biomaterials plc develops and manufactures implants used in orthopaedic and
soft-tissue surgery in 31 countries.

Media contact: Jonah Pell, Ridings Communications, +44 113 496 0821,
harrowgate@ridingscomms.example""",
        (
            expect("2025-06-12", "acqui"),
            expect("2025-03-03", "agree"),
            expect("2025-05", "clear"),
            expect("2026-03", "production", planned=True),
            expect("1998", "found"),
            expect("2014/..", "listed"),
            expect("2025-06-17", "call", planned=True),
        ),
    ),
    Text(
        "whitcombe-v-grangers",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

DANA WHITCOMBE, Plaintiff-Appellant,
v.
GRANGERS HOME SUPPLY, INC., Defendant-Respondent.

No. A181204
Filed: March 4, 2025.

OPINION

LORENZ, J.

Plaintiff appeals from a judgment dismissing her negligence claim. The appeal was argued
before this court on November 6, 2024. We reverse and remand.

I. BACKGROUND

Defendant has operated a hardware store on Alder Street in Medford since 2009. On or about
August 14, 2021, plaintiff was injured when an overloaded shelving unit in the store's garden
aisle collapsed onto her. The parties agree that plaintiff sent written notice of her claim to
defendant no later than January 10, 2022.

Plaintiff filed suit on February 2, 2022. Defendant moved for summary judgment, arguing that
the shelving had been inspected every Monday and that no prior collapse had been reported. The
trial court granted the motion on May 19, 2023, and plaintiff appealed on June 12, 2023.

II. ANALYSIS

Summary judgment is appropriate only where there is no genuine issue of material fact.
ORCP 47 C; Jones v. General Motors Corp., 325 Or 404, 939 P2d 608 (1997). A weekly inspection
routine does not, by itself, establish that a shelf loaded with 1,400 pounds of bagged soil was
reasonably safe on the day in question. Defendant's own manager testified that the unit's rated
capacity was 900 pounds.

III. CONCLUSION

Because a reasonable juror could find that defendant knew or should have known of the
overloading, the trial court erred.

Reversed and remanded.""",
        (
            expect("2009/..", "store"),
            expect("2021-08-14~", "injur"),
            expect("../2022-01-10", "notice"),
            expect("2022-02-02", "suit"),
            expect("2023-05-19", "grant"),
            expect("2023-06-12", "appeal"),
            expect("2024-11-06", "argu"),
        ),
    ),
    Text(
        "kestrelholm-castle",
        "encyclopedia history",
        None,
        """Kestrelholm Castle

Kestrelholm Castle is a ruined tower-house castle on a rocky promontory above the River
Lune, in the parish of Aldstone. It is a Grade I listed building and a scheduled monument.

History

The earliest part of the castle, the square keep, was built circa 1270 by Sir Walter de
Kestrel, whose family had long held the manor. Its walls are up to 3.2
metres thick.

During the border wars the castle was besieged in 1403 and again in 1405; on the second
occasion the garrison surrendered after eleven days. The estate was forfeited to the Crown and
granted to the Ormsby family in 1541.

The Ormsbys modernised the residence, and the great hall had been rebuilt in the new
fashion by 1590. The family's fortunes later declined. A fire, possibly in
1687, gutted the hall, and the castle was thereafter used only as a farm store.

Modern era

Protection under the 1913 Ancient Monuments Act came late, and much of the east range had
collapsed before the site was taken into guardianship. The castle has been in the care of the
Northern Heritage Trust since 1951. Excavations directed by the archaeologist Hilda Marsh from
1978 to 1983 uncovered the foundations of a kitchen block and a medieval well 14 metres deep.

Around 1,200 visitors come to the castle every summer weekend, and the trust stages a
reenactment on the first Sunday of each August.

See also
- List of castles in Lancashire
- Ormsby baronets""",
        (
            expect("1270~", "keep"),
            expect("1403", "besieg"),
            expect("1405", "besieg"),
            expect("1541", "grant"),
            expect("../1590", "hall"),
            expect("1687?", "fire"),
            expect("1951/..", "trust"),
            expect("1978/1983", "excavat"),
        ),
    ),
    Text(
        "harbour-city-ravensmoor",
        "sports report",
        date(2025, 4, 13),
        """Aldous double keeps Harbour City in the hunt

By Gareth Pryce, Football Correspondent

Harbour City 3 Ravensmoor 1

Tom Aldous scored twice as Harbour City beat Ravensmoor 3-1 at the Quayside on Saturday to
move within two points of the Championship play-off places.

Aldous, who signed from Bexley Rovers in January, opened the scoring in the 12th minute and
added a second on 67 minutes after Ravensmoor's Kofi Mensah had equalised. Substitute Liam
Harte made sure in stoppage time. It was City's first league win over Ravensmoor since 2009.

Manager Rui Pinto, in charge since October 2023, praised his side's patience. "We talked all
week about keeping the ball," he said. "The boys did exactly that."

City, who last won the title in 1987, have the league's best home record, with 11 wins from
20. Attendance: 18,204.

Ravensmoor, who have not won away all season, sit 19th.

City travel to Bexley Rovers on Wednesday for a rearranged game, and the final round of the
regular season is scheduled for May 17. The two clubs also meet every pre-season in a
friendly for the Harbour Hospice Cup.

HARBOUR CITY (4-3-3): Knight; Osei, Bramwell, Doyle, Fenn; Carr, Ibe, Walsh; Aldous (Harte
80), Moss, Quinn.""",
        (
            expect("2025-04-12", "beat"),
            expect("2025-01", "sign"),
            expect("2023-10/..", "pinto"),
            expect("1987", "title"),
            expect("2025-04-16", "bexley", planned=True),
            expect("2025-05-17", "final round", planned=True),
        ),
    ),
    Text(
        "marrow-finch-biscuits",
        "company history",
        None,
        """Our Story - Marrow & Finch Biscuits

From a back-street bakehouse to a household name

Marrow & Finch was founded in 1884 by Agnes Marrow and her cousin Daniel Finch, who baked oat
biscuits in a rented kitchen in Penrith and sold them from a handcart on market days. Agnes's
original recipe is still used for our 1884 Recipe range.

The business moved to Carlisle in 1902 to be close to the railway. The following year it
built the Caldew Works, which at the time was the largest biscuit factory north of Leeds and
which remains our home today.

From 1940 to 1945 the Caldew ovens were turned over to ration biscuits for the armed forces,
and more than 14,000 tonnes left the works for the front.

Peacetime brought new tastes. Around 1958 the company introduced Highland Shortbread, which
soon became its best-selling line and is still baked to a recipe card that hangs in the
factory canteen.

Marrow & Finch was listed on the London Stock Exchange in 1971 and was acquired by Dunmore
Foods in 1998. Under Dunmore it has kept its own name, its own bakers and its own tins.

Today we employ 640 people and bake about 1,900 tonnes of biscuits every week, and each
December our staff hand-decorate tins for local hospices.

Contact us: Caldew Works, Carlisle CA2 5XY | 01228 496 330""",
        (
            expect("1884", "found"),
            expect("1902", "move"),
            expect("1903", "caldew"),
            expect("1940/1945", "ration"),
            expect("1958~", "shortbread"),
            expect("1971", "listed"),
            expect("1998", "acqui"),
        ),
    ),
    Text(
        "tessera-2-mission",
        "mission summary",
        None,
        """Tessera-2 - Mission Summary

Mission type: Lunar lander
Operator: European Lunar Consortium
COSPAR ID: 2023-019A
Launch mass: 1,250 kg

Overview

Tessera-2 was a small robotic lander built to test precision landing and to study the
regolith of the Mare Nubium. It was the first lander of the programme set out in the 2019
Lunar Exploration Roadmap.

Mission timeline

Tessera-2 was launched on 14 February 2023 aboard a Vega-C rocket from Kourou. After a
low-energy transfer it entered lunar orbit on 2 March, and it landed on 19 March, 410 metres
from its target point.

The lander operated for one lunar day, sending more than 2,300 images and the first
heat-flow measurements from the region. Contact was lost on or about 2 April as the landing
site entered the lunar night.

Controllers at Darmstadt made repeated attempts to wake the lander from 20 to 25 April, once
the site was again in sunlight, but no signal was received and the mission was declared
complete.

Legacy

Data from Tessera-2 are released to researchers every quarter through the consortium archive.
A successor, Tessera-3, is scheduled to launch in 2027 with a small rover.

Last updated: 11 January 2025""",
        (
            expect("2023-02-14", "launch"),
            expect("2023-03-02", "orbit"),
            expect("2023-03-19", "land"),
            expect("2023-04-02~", "contact"),
            expect("2023-04-20/2023-04-25", "wake"),
            expect("2027", "tessera-3", planned=True),
        ),
    ),
    Text(
        "severn-flood-statement",
        "government statement",
        None,
        """Department for Environment and Rural Affairs

Statement on flooding in the Severn valley

Issued: Monday 3 November 2025

The Environment Minister, Rachel Dunmore, visited flood-hit communities in Worcestershire and
Shropshire on Friday and met emergency crews in Bewdley and Shrewsbury.

Rainfall between 24 and 27 October was the heaviest recorded in the catchment since 1998.
Around 1,200 homes were evacuated on 27 October when the river overtopped temporary barriers
at Bewdley. Severe flood warnings have been in force on the upper Severn since 26 October.

The government's review of temporary defences, published in 2023, recommended permanent
walls at four of the worst-affected towns. Work on the first of these began in July 2024.

An emergency recovery fund of £45 million will open to applications from households and
businesses on 1 December. All damaged defences are expected to be repaired by 31 March 2026.

The Minister said: "I have seen the damage for myself. We will stand by these communities for
as long as it takes."

Councils are reminded of their duties under the Flood and Water Management Act 2010.

Notes
1. Flood warnings are reviewed every six hours.
2. The public can check their flood risk on 0345 988 1188.

Press office: 0300 555 0142""",
        (
            expect("2025-10-31", "visit"),
            expect("2025-10-24/2025-10-27", "rainfall"),
            expect("2025-10-27", "evacuat"),
            expect("2025-10-26/..", "warning"),
            expect("2023", "review"),
            expect("2024-07", "work"),
            expect("2025-12-01", "fund", planned=True),
            expect("../2026-03-31", "repair", planned=True),
        ),
    ),
    Text(
        "brackwater-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Brackwater Town Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Council news</h1>
<ul class="news-list">
<li>
<h2><a href="/news/library-reopens">Library reopens after refurbishment</a></h2>
<p class="meta"><time datetime="2025-09-18">18 September 2025</time></p>
<p>Brackwater Library reopened on 18 September after a refurbishment that began in May. The
library first moved into the former Corn Exchange in 1932 and now has a children's room and 12
public computers.</p>
</li>
<li>
<h2><a href="/news/bus-station">Bus station closed for resurfacing</a></h2>
<p class="meta"><time datetime="2025-09-03">3 September 2025</time></p>
<p>The bus station on Quay Road has been closed since 2 September for resurfacing. Buses stop
on Mill Street in the meantime.</p>
</li>
<li>
<h2><a href="/news/neighbourhood-plan">Have your say on the Neighbourhood Plan</a></h2>
<p class="meta"><time datetime="2025-10-01">1 October 2025</time></p>
<p>The consultation on the draft Brackwater Neighbourhood Plan 2026-2040 will close on 30
October. Paper copies are at the library.</p>
</li>
<li>
<h2><a href="/news/christmas-market">Christmas market dates announced</a></h2>
<p class="meta"><time datetime="2025-10-02">2 October 2025</time></p>
<p>This year's Christmas market will run from 28 November to 21 December in Market Square, with
late opening every Friday until 8pm.</p>
</li>
<li>
<h2><a href="/news/remembrance">Remembrance Sunday arrangements</a></h2>
<p class="meta"><time datetime="2025-10-02">2 October 2025</time></p>
<p>The Remembrance parade will take place on Sunday 9 November, leaving St Mary's Church at
10.40am. Roads around the war memorial will be closed for an hour.</p>
</li>
</ul>
</main>
<footer>
<p>Bins are collected every Tuesday. Report a missed bin on 01632 960 447.</p>
<p>Page last updated 3 October 2025 &middot; &copy; 2025 Brackwater Town Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-18", "reopen"),
            expect("2025-05", "refurbish"),
            expect("1932", "corn"),
            expect("2025-09-02/..", "bus"),
            expect("2025-10-30", "consultation", planned=True),
            expect("2025-11-28/2025-12-21", "market", planned=True),
            expect("2025-11-09", "parade", planned=True),
        ),
    ),
    Text(
        "kilnsey-cme-watch",
        "solar observatory's space weather alert",
        None,
        """KILNSEY SOLAR OBSERVATORY - SPACE WEATHER FORECAST CENTRE
SPACE WEATHER ALERT
Serial Number: 2417
Issued: 2025 Jan 06 1420 UTC

WATCH: Geomagnetic Storm Category G3 (Strong) Predicted

A coronal mass ejection (CME) left the Sun early on 5 January, following an X1.8 flare from
Active Region 3947 that peaked at 0412 UTC. Coronagraph imagery shows a full halo, and the
cloud is travelling at an estimated 1,450 km/s.

Model runs indicate that the CME is expected to arrive at Earth on 7 January. Strong (G3)
storm levels are likely after its arrival.

Region 3947 rotated onto the visible disk on 31 December and has grown rapidly; it is now the
largest sunspot group seen since May 2024 and retains a complex magnetic configuration.

Background: Solar Cycle 25 peaked around October 2024. A comparable halo CME on 10 October
2024 produced aurora that was seen as far south as Andalusia and caused brief GPS outages
across northern Europe.

Potential impacts: voltage irregularities on power grids; degraded HF radio on high-latitude
routes; increased orbital drag on low Earth orbit satellites; aurora may be visible at
mid-latitudes.

This watch will be reviewed by 1800 UTC. The three-day forecast is issued every day at 0030
and 1230 UTC.

Forecast desk: +44 1756 700 214 | alerts@kilnsey-solar.example""",
        (
            expect("2025-01-05", "ejection"),
            expect("2025-01-07", "arriv", planned=True),
            expect("2024-12-31", "rotat"),
            expect("2024-10~", "cycle"),
            expect("2024-10-10", "aurora"),
        ),
    ),
    Text(
        "nyso-history",
        "youth orchestra's history",
        None,
        """Northumbria Youth Symphony Orchestra
Home > About us > Our history

The Northumbria Youth Symphony Orchestra (NYSO) was founded in 1963 by the conductor Elspeth
Rowe, who wanted the county's best young players to have a full symphony orchestra of their
own. Sixty-one players gave the first concert in Hexham Abbey on 14 December of that year,
with Dvorak's Eighth Symphony on the programme.

Under Rowe the orchestra toured West Germany in 1972, 1975 and 1979, each time staying with
the families of its partner orchestra in Bielefeld. Rowe retired in 1988 and was succeeded by
the cellist Martin Ebdon.

Around 1995 a junior string ensemble was added for players aged 9 to 12; it now supplies more
than half of the orchestra's violin section.

Since 2004 the orchestra has been based at Sage Gateshead, where it rehearses every Saturday
in term time. Players aged 13 to 21 may audition, and more than 1,900 young musicians have
passed through its ranks.

Looking ahead, the orchestra will make its BBC Proms debut at the Royal Albert Hall on 2
August 2026, playing a new work by the Newcastle composer Ruth Adair.

Please support our 2026 Proms Appeal, which helps families with travel and accommodation
costs.

Northumbria Youth Symphony Orchestra is a registered charity, No. 1092264.""",
        (
            expect("1963", "found"),
            expect("1963-12-14", "concert"),
            expect("1972", "tour"),
            expect("1975", "tour"),
            expect("1979", "tour"),
            expect("1988", "retire"),
            expect("1995~", "string"),
            expect("2004/..", "sage"),
            expect("2026-08-02", "proms", planned=True),
        ),
    ),
    Text(
        "ca340-wing-fitting-ad",
        "aviation authority's safety directive",
        None,
        """AVIATION SAFETY AUTHORITY
AIRWORTHINESS DIRECTIVE

AD No.: 2025-0117
Issue date: 21 May 2025
Supersedes: AD 2019-0233
ATA 57 - Wings - Wing-to-Fuselage Attach Fitting - Inspection

Applicability: Calder Aerospace CA-340 aeroplanes, all manufacturer serial numbers from 1102
through 1987.

Reason:
The CA-340 has been in commercial service since 2008. On 9 January 2025 an operator reported a
cracked wing-to-fuselage attach fitting, found during a routine 1,200 flight-hour inspection.
A second cracked fitting was found on another aeroplane during a scheduled check on 2 April
2025. The investigation points to stress corrosion in fittings from one forging batch.

This condition, if not detected and corrected, could lead to failure of the attach fitting and
loss of structural integrity of the wing.

Calder Aerospace issued Service Bulletin SB 57-0042 on 28 April 2025, giving instructions for
an eddy-current inspection of the fittings.

Required actions:
(1) Within 600 flight hours after the effective date of this AD, or before 31 December 2025,
whichever occurs first, inspect both attach fittings in accordance with SB 57-0042.
(2) Repeat the inspection every 1,200 flight hours thereafter.
(3) Before the next flight, replace any fitting on which a crack is found.

Effective date: this AD becomes effective on 4 June 2025.

Contact: Airworthiness Directorate, Certification Division
Tel. +49 221 8999 0000 | ad-enquiries@asa.example""",
        (
            expect("2008/..", "service"),
            expect("2025-01-09", "report"),
            expect("2025-04-02", "second"),
            expect("2025-04-28", "bulletin"),
            expect("../2025-12-31", "inspect", planned=True),
            expect("2025-06-04", "effective", planned=True),
        ),
    ),
    Text(
        "fh3-daily-log",
        "field hospital's daily log",
        None,
        """FIELD HOSPITAL 3 (FH3) - DAILY LOG
Location: Nyunzu transit camp, grid 35M 4381 2093
Log ref: FH3/24/012
Date: Thursday 14 March 2024 (Day 12)
Duty officer: Dr Sana Oduya

1. STATUS
FH3 opened on 3 March. Admissions in last 24 h: 47 (total since opening: 512). Bed occupancy
88%. Two deaths overnight, both severe dehydration on arrival.

2. INFRASTRUCTURE
Generator 2 failed at 02:15 on Tuesday. It was repaired the same afternoon by the logistics
team; theatre ran on battery for 40 minutes. Water tank B chlorinated, residual 0.5 mg/l.

3. CLINICAL
The cholera treatment unit has been operating since 9 March; 31 patients on oral rehydration,
6 on IV. Measles vaccination of under-fives in the camp was completed by 11 March (2,310
children). Ward rounds every morning at 07:00 and every evening at 19:00.

4. LOGISTICS
Supply convoy from Kalemie expected on Saturday with IV fluids and 2 t of ORS. Fuel stock 3
days. Radio schedule on channel 1430 every two hours.

5. PERSONNEL
Surgical team 2 will rotate out on or about 20 March. Night staffing remains one nurse short.

6. ACTIONS
- Logistics to request spare alternator.
- Hygiene promoters to visit blocks C and D.

Signed: S. Oduya, duty officer, 21:30""",
        (
            expect("2024-03-03", "open"),
            expect("2024-03-12", "fail"),
            expect("2024-03-12", "repair"),
            expect("2024-03-09/..", "cholera"),
            expect("../2024-03-11", "vaccinat"),
            expect("2024-03-16", "convoy", planned=True),
            expect("2024-03-20~", "rotat", planned=True),
        ),
    ),
    Text(
        "wyvern-valley-timetable",
        "heritage railway's timetable page in HTML",
        date(2025, 2, 10),
        """<html>
<head><title>Timetable 2025 | Wyvern Valley Railway</title></head>
<body>
<div id="header"><img src="/img/logo.png" alt="Wyvern Valley Railway"><p>Booking line: 01632
960 118</p></div>
<h1>2025 Timetable</h1>
<p>The 2025 season opens on Saturday 29 March, when steam trains will run between Wyvern Bridge
and Pendle Halt.</p>
<table class="timetable">
<tr><th>Wyvern Bridge dep.</th><td>10:15</td><td>11:45</td><td>14:30</td><td>16:00</td></tr>
<tr><th>Pendle Halt arr.</th><td>10:50</td><td>12:20</td><td>15:05</td><td>16:35</td></tr>
</table>
<p>On Green timetable days trains run every 45 minutes. Please arrive 15 minutes before
departure.</p>
<h2>Special events</h2>
<ul>
<li><strong>Steam Gala</strong>: the gala will run from 24 to 26 May, with three visiting
locomotives.</li>
<li><strong>Santa Specials</strong>: Santa Specials will run on 13 and 14 December; booking is
essential.</li>
</ul>
<h2>Our locomotives</h2>
<p>No. 5619 <em>Caer Wyvern</em> returned to service in June 2023 after a ten-year overhaul in
our Wyvern Bridge works.</p>
<h2>About the railway</h2>
<p>The Wyvern Valley Railway Company was formed by volunteers in 1971, two years after British
Rail closed the line. The line reopened to Pendle Halt in 1987.</p>
<div id="footer"><p>Adult return &pound;18.50 &middot; Child &pound;9.25 &middot; Registered
charity 1014872 &middot; &copy; 2025 Wyvern Valley Railway</p></div>
</body>
</html>""",
        (
            expect("2025-03-29", "season", planned=True),
            expect("2025-05-24/2025-05-26", "gala", planned=True),
            expect("2025-12-13", "santa", planned=True),
            expect("2025-12-14", "santa", planned=True),
            expect("2023-06", "return"),
            expect("1971", "form"),
            expect("1969", "clos"),
            expect("1987", "reopen"),
        ),
    ),
    Text(
        "isle-of-corran-launch",
        "shipyard's launch announcement",
        None,
        """CALDERMOUTH MARINE ENGINEERING
NEWS RELEASE

Caldermouth, 8 July 2025

MV Isle of Corran takes to the water

The hybrid ferry MV Isle of Corran, Yard No. 1094, was launched at Caldermouth on Saturday in
front of some 3,000 spectators. The ship was named by Morag Lindsay, head teacher of Corran
Primary School, whose pupils chose the name in a competition.

Steel was first cut for the vessel on 12 September 2023, and her keel was laid two months
later. The 1,800-tonne hull was built from 42 blocks in the yard's covered hall.

Fitting-out will now continue at the north quay. Sea trials are expected to begin around
January 2026, and delivery to Island Ferries Ltd is scheduled for April 2026. The ferry will
carry 140 passengers and 32 cars on the Corran-Ardgour crossing, one of the routes named in
the Islands Connectivity Plan 2030.

"Every launch here is a day the whole town turns out for," said yard director Calum Reid.
"This one means a great deal to a workforce that has kept the faith through hard times."

Caldermouth has built ships since 1868 and has launched more than 1,090 vessels. The yard was
taken into public ownership in 2019 after its last private owner went into administration.

ENDS

Media enquiries: Fiona Shaw, communications manager, 01475 555 0193,
press@caldermouth-marine.example""",
        (
            expect("2025-07-05", "launch"),
            expect("2023-09-12", "steel"),
            expect("2023-11", "keel"),
            expect("2026-01~", "trial", planned=True),
            expect("2026-04", "deliver", planned=True),
            expect("1868/..", "ship"),
            expect("2019", "ownership"),
        ),
    ),
    Text(
        "ullswater-triathlon",
        "triathlon report",
        date(2025, 8, 25),
        """Okafor smashes Ullswater course record

By Hannah Royce

Grace Okafor broke the women's course record at the Ullswater Middle Distance Triathlon on
Sunday, finishing in 4:21:37 to win by almost nine minutes.

The 27-year-old took more than four minutes off the record set in 2018 by Scotland's Ailsa
Reid, despite a swim shortened to 1,500 metres because of the low water temperature. Her
half-marathon split of 1:22:04 was the fastest by a woman at the event since 2011.

Okafor, who only took up the sport in about 2019 after a rowing career at Durham, turned
professional in March last year. "I still feel like a beginner on the bike," she said.

In the men's race Tomas Lindqvist of Sweden won in 3:58:02, ahead of local favourite Sam
Kerr. A total of 1,412 athletes finished, a record for the race, which was first held in 1996.

Okafor will race next at the world championship final in Wollongong on 18 October.

Organisers said registration for next year's race will open on 1 September. Entries are
capped at 1,500, and the host club's athletes train in the lake every Wednesday evening from
May onwards.

Results: ullswatertri.example/results""",
        (
            expect("2025-08-24", "okafor"),
            expect("2018", "reid"),
            expect("2019~", "sport"),
            expect("2024-03", "profession"),
            expect("1996", "held"),
            expect("2025-10-18", "championship", planned=True),
            expect("2025-09-01", "registration", planned=True),
        ),
    ),
    Text(
        "national-exam-timetable",
        "schools ministry's exam timetable statement",
        None,
        """MINISTRY OF EDUCATION AND SKILLS
Press Statement
Ref: MOE/EXM/2025/04
Issued: 20 January 2025

2025 National Secondary Certificate: examination timetable confirmed

The Ministry of Education and Skills has confirmed the timetable for this year's National
Secondary Certificate examinations. The timetable was agreed with the three examination boards
on 9 January.

Written papers will run from Monday 2 June to Friday 27 June. Practical and oral assessments
will take place between 12 and 23 May in candidates' own schools.

Schools must register their candidates no later than 28 February. Late entries will incur a
fee of 45 per candidate.

Results will be published on 14 August, and certificates will reach schools in the autumn.

Following the 2024 series, in which a mathematics paper was leaked on 5 June 2024 and
candidates had to sit a replacement paper nine days later, all papers will be delivered to
schools in sealed digital packages. Digital marking, used for all written papers since 2022,
will continue.

Papers start at 9:00 every morning and candidates must be seated 15 minutes earlier. The pass
rate last year was the highest since 2015.

Schools are reminded of their duties under the Education Act 1996. Parents with questions may
call the examinations helpline on 0800 731 2025.

ENDS""",
        (
            expect("2025-01-09", "agree"),
            expect("2025-06-02/2025-06-27", "written", planned=True),
            expect("2025-05-12/2025-05-23", "practical", planned=True),
            expect("../2025-02-28", "regist", planned=True),
            expect("2025-08-14", "result", planned=True),
            expect("2024-06-05", "leak"),
            expect("2024-06-14", "replacement"),
            expect("2022/..", "digital"),
        ),
    ),
    Text(
        "scarth-gill-mine",
        "lead mine's history",
        None,
        """Scarth Gill Lead Mine

Scarth Gill is a former lead mine in upper Arkendale, North Yorkshire, England. Its spoil
heaps, flue and smelt mill chimney are prominent landmarks on the Arkendale Way.

History

Lead was worked in the dale long before written records. A grant of mining rights to the
canons of Bolton Priory in a charter of c. 1180 is the first documentary reference to the
mine.

Large-scale working began with the Scarth Gill Mining Company, which was formed in 1782 by a
group of Richmond merchants. The company drove the main drainage adit, Brandy Bottle Level,
between 1790 and 1804, and the smelt mill at the foot of the gill had been built by 1810.

Output peaked in 1857, when 2,140 tons of dressed ore were raised and the mine employed about
300 men and boys. Inspections under the 1872 Metalliferous Mines Regulation Act found the
deeper workings poorly ventilated, and falling lead prices made them uneconomic. Work seems to
have stopped in 1891, though some sources give 1889.

Today

The site has been a scheduled monument since 1997. The flue, 740 metres long, and the chimney
survive, as do the remains of the ore hearths. Guided walks leave the village car park every
second Sunday, and the mine levels themselves are closed to the public.

Location: grid reference SE 0712 6634.

References
- Raistrick, A. (1955). Mines and Miners of Swaledale.""",
        (
            expect("1180~", "charter"),
            expect("1782", "formed"),
            expect("1790/1804", "level"),
            expect("../1810", "smelt"),
            expect("1857", "output"),
            expect("1891?", "stop"),
            expect("1997/..", "monument"),
        ),
    ),
    Text(
        "fenland-growers-agm",
        "cooperative's annual general meeting notice",
        None,
        """FENLAND GROWERS CO-OPERATIVE LIMITED
Registered Society No. 31487R

NOTICE OF ANNUAL GENERAL MEETING

Notice is hereby given that the seventy-ninth Annual General Meeting of Fenland Growers
Co-operative Limited will be held on Thursday 12 June 2025 at 7.30pm at Chatteris Community
Hall, Park Street, Chatteris.

BUSINESS
1. To approve the minutes of the previous Annual General Meeting, held on 13 June 2024.
2. To receive the accounts for the year ended 31 January 2025.
3. To elect directors. John Fell, a director since 2011, does not seek re-election.
4. To appoint the auditors.
5. To consider motions from members.

Motions from members must be received by the Secretary no later than 23 May 2025.

Members are reminded that the co-operative, founded in 1946 by 23 growers around Chatteris,
completed its merger with Wisbech Packers in 2019. Details of the 2024 Members' Dividend
Scheme are enclosed with this notice.

Members unable to attend may vote by proxy. Proxy forms must be lodged at least 48 hours
before the meeting. The packhouse is open for members' collections every Monday and Thursday.

By order of the Board

Karen Odell, Secretary
Dated: 2 May 2025

Registered office: Station Road, March, Cambridgeshire PE15 8NQ. Tel. 01354 650 221""",
        (
            expect("2025-06-12", "meeting", planned=True),
            expect("2024-06-13", "meeting"),
            expect("2011/..", "fell"),
            expect("../2025-05-23", "motion", planned=True),
            expect("1946", "found"),
            expect("2019", "merger"),
        ),
    ),
    Text(
        "hollins-wray-foundry",
        "bell foundry's history",
        None,
        """Hollins & Wray Bell Foundry

The Hollins & Wray foundry in Loughford, Leicestershire, is one of the oldest bell foundries in
England still casting bells.

Origins

The foundry traces its origins to around 1570, when the itinerant founder Robert Hollins
settled in the town. Its earliest surviving bell, the treble at St Peter's, Ashby Magna, was
cast in 1613. The works moved to its present site on Bell Lane in 1738.

Notable bells

In 1784 the foundry cast a new tenor of 24 cwt for St Oswald's, Kirkham. It cracked while
being rung for a wedding and was recast two years later. The largest bell the foundry ever
made weighed 3,150 kg.

The Wray family

The Wray family owned the foundry from 1802 to 1962 and built up a trade in tower clocks and
handbells. A fire destroyed the moulding shop, probably in 1841, and most of the early order
books were lost with it.

Recent history

After a long decline in orders for new rings, the business was put up for sale. Since 2016 the
foundry has been run by the Loughford Bell Trust, which has kept the casting floor at work and
opened a museum in the old tuning shop.

Visiting

The museum is open daily from 10am to 4pm, and local change-ringers practise in the foundry
tower every Thursday evening. Tel. 01509 555 212.""",
        (
            expect("1570~", "origin"),
            expect("1613", "treble"),
            expect("1738", "move"),
            expect("1784", "tenor"),
            expect("1786", "recast"),
            expect("1802/1962", "wray"),
            expect("1841?", "fire"),
            expect("2016/..", "trust"),
        ),
    ),
)
