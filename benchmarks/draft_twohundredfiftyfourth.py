"""The two-hundred-and-fifty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a sinkhole road closure
notice, a kabaddi match report, a nickel refinery's press release, a railway navvy's letters of
the 1840s, a puffin colony count, a pencil factory's history, a mental health minister's
statement, a crematorium's HTML page, a trademark opposition decision, an engraver's history
and a dodgeball league's fixtures card. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYFOURTH_CORPUS",)


TWOHUNDREDFIFTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "zelmora-grain-export-ban",
        "wire story with a dateline",
        date(2025, 3, 13),
        """ZELMORA CITY, March 13 (Meridian Wire) - Zelmora lifted its ban on wheat and barley
exports on Tuesday, the agriculture ministry said, four months after a dry autumn cut the
country's harvest to its smallest since 2012.

The ban, imposed on Nov. 18, 2024, was tightened on Dec. 2 to cover flour and bran. Traders
said the first licensed cargoes are expected to leave the port of Askel on Monday, with some
300,000 tonnes already booked for loading this month.

Exporters must register their contracts with the ministry by April 30 at the latest, and a
quota system will stay in place until the new crop is in, Deputy Agriculture Minister Oren
Valic told reporters. Parliament is due to debate the quota rules on March 25.

"We are not going back to an open market overnight," Valic said. "The quotas are there to
keep bread on the table at home."

Wheat futures in Askel fell 4.2 percent on Wednesday, their biggest one-day drop since August
2020, as buyers in the region priced in the return of Zelmoran grain.

The government has capped the retail price of bread since 2022 and spends about 1 percent of
its budget on the subsidy each year. Zelmora last halted grain exports in 2010, after a
drought that also forced it to import feed barley.

Millers welcomed the decision but warned that flour stocks remained tight. The Askel grain
exchange said trading volumes were running at roughly half their usual level for March.

(Reporting by Ilse Marrow; Editing by Tom Ferris)""",
        (
            expect("2025-03-11", "ban", "lift"),
            expect("2024-11-18", "ban", "impos"),
            expect("2024-12-02", "tighten"),
            expect("2025-03-17", "cargo", planned=True),
            expect("../2025-04-30", "register", planned=True),
            expect("2025-03-25", "debate", planned=True),
            expect("2025-03-12", "futures"),
            expect("2022/..", "bread", "price"),
            expect("2010", "halt"),
        ),
    ),
    Text(
        "tessikor-smart-meter-contract",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessikor Instruments wins order for 220,000 AquaLine smart water meters

HALDEN BAY, 4 June 2024 - Tessikor Instruments Ltd. today signed a contract with Nordvale
Water to supply 220,000 AquaLine ultrasonic water meters, the largest order in the company's
history.

Installation will begin in the Halden Bay district in September 2024 and is scheduled to be
completed by the end of 2026. The first 5,000 meters were shipped from Tessikor's Crossmoor
plant on 28 May, following a pilot that ran from 8 January to 30 April in 1,200 homes in
Westwick.

During the pilot, leaks were flagged within 36 hours on average, compared with around three
weeks for conventional mechanical meters. Nordvale estimates that the meters will save some
4 million litres of water a day once all are installed.

"Every litre we stop losing underground is a litre our customers do not pay to treat," said
Anika Brandt, Chief Executive of Tessikor. "This contract shows what a mid-sized
manufacturer in the region can deliver."

Tessikor, founded in 1983, began producing ultrasonic meters in 2015 and opened the Crossmoor
plant the following year. The company expects to hire 60 technicians for the roll-out. Its
half-year results will be published on 12 September.

About Tessikor Instruments
Tessikor Instruments Ltd. designs and manufactures water and heat metering equipment for
utilities in eleven countries. The company employs 640 people at two sites.

Media contact: Jon Aske, +44 1632 960 418, press@tessikor.example

(c) 2024 Tessikor Instruments Ltd. All rights reserved.
###""",
        (
            expect("2024-06-04", "contract"),
            expect("2024-09", "installation", "begin", planned=True),
            expect("../2026", "complet", planned=True),
            expect("2024-05-28", "ship"),
            expect("2024-01-08/2024-04-30", "pilot"),
            expect("1983", "found"),
            expect("2015", "ultrasonic"),
            expect("2016", "plant", "open"),
            expect("2024-09-12", "results", planned=True),
        ),
    ),
    Text(
        "dravenholt-warehouse-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DRAVENHOLT STORAGE LLC, Plaintiff-Appellee,
v.
KESSRING LOGISTICS, INC., Defendant-Appellant.

No. 2-23-0417
Filed March 7, 2024

Appeal from the Superior Court of Pellam County, No. CV-22-1186.
AFFIRMED AND REMANDED.

OPINION

MARSH, Judge:

1. This appeal concerns a commercial lease. On or about February 1, 2019, Dravenholt leased
a 40,000-square-foot warehouse in Pellam County to Kessring for a term of five years. Kessring
vacated the premises on or about January 14, 2022, leaving unpaid rent of $212,000.

2. Dravenholt filed suit on June 3, 2022. Kessring answered and counterclaimed on July 11,
asserting that the roof had leaked since April 2020 and that the building was unfit for the
storage of paper goods. After a bench trial held May 8 through May 10, 2023, the trial court
entered judgment for Dravenholt on August 22, 2023. Kessring timely filed its notice of appeal
on September 19, 2023.

3. Section 9.2 of the lease required the tenant to give written notice of any defect "no
later than thirty days after discovery." A tenant who withholds rent without such notice does
so at its own risk. See Harlan v. Ostrow, 412 P.3d 88, 91 (Westm. App. 2017). The record
contains no notice from Kessring before the rent stopped, and the trial court did not err in
finding that the counterclaim failed for that reason.

4. Dravenholt requests its attorney fees on appeal under Section 14 of the lease. We grant the
request and remand for the trial court to determine the amount, the determination to be made
no later than June 30, 2024.

5. The judgment is affirmed, and the matter is remanded for proceedings consistent with this
opinion.

CONCURRING: RIOS, Presiding Judge, and TALBOT, Judge.""",
        (
            expect("2019-02-01~", "lease"),
            expect("2022-01-14~", "vacat"),
            expect("2022-06-03", "suit"),
            expect("2022-07-11", "counterclaim"),
            expect("2020-04/..", "roof", "leak"),
            expect("2023-05-08/2023-05-10", "trial"),
            expect("2023-08-22", "judgment"),
            expect("2023-09-19", "appeal"),
            expect("../2024-06-30", "fees", planned=True),
        ),
    ),
    Text(
        "ulvarrin-abbey-history",
        "encyclopedia history",
        None,
        """Ulvarrin Abbey

Ulvarrin Abbey is a ruined Cistercian monastery on the north bank of the river Brenn, about
two kilometres west of the town of Ulvarrin. It is among the best-preserved monastic ruins of
the Brennach valley and is open to visitors.

History

The abbey was founded c. 1148 by a colony of monks from Saint-Orbe, on land granted by Count
Aldric of Brennach. Building proceeded slowly: the church was consecrated in 1203, and the
chapter house was completed the following year. After a fire, the east range was rebuilt
between 1290 and 1312, when the present dormitory undercroft was vaulted.

The community, never more than forty monks, declined after the Black Death. It was
dissolved in 1539, and the nave roof was stripped for its lead about 1550. The site then
passed through several families and was used as a quarry for the building of Ulvarrin Hall.

The ruins have been owned by the Ulvarrin Abbey Trust since 1921. Conservation works in 1962
stabilised the west front, which had been shored with timber since the previous century. A
new visitor centre beside the gatehouse is planned to open in 2027.

Architecture

The church follows the standard Cistercian plan, with an aisled nave of eight bays, a short
presbytery and transepts each with two eastern chapels. The west front retains its great
doorway of five orders; the lancets above it are among the earliest of their kind in the
region. The chapter house is notable for its ribbed vault carried on four slender piers.

See also
- List of Cistercian houses in the Brennach valley
- Ulvarrin Hall

References
1. Harwood, M. (1984). The Abbeys of the Brennach. Ulvarrin: Abbey Trust Press, pp. 12-40.""",
        (
            expect("1148~", "found"),
            expect("1203", "church", "consecrat"),
            expect("1204", "chapter", "house"),
            expect("1290/1312", "rebuil"),
            expect("1539", "dissolv"),
            expect("1550~", "roof"),
            expect("1921/..", "trust"),
            expect("1962", "conservation"),
            expect("2027", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "pendrewith-rovers-county-cup",
        "sports report",
        date(2024, 11, 3),
        """COUNTY CUP, THIRD ROUND
Pendrewith Rovers 3 Castlemere Town 1

By Dan Hulme

Pendrewith Rovers reached the fourth round of the county cup for the first time since 2009
with a 3-1 win over Castlemere Town at Quarry Lane on Saturday.

Jonah Pike, who joined Rovers from Castlemere in January, opened the scoring against his old
club after eleven minutes, turning in a low cross from Aled Morris at the near post. Castlemere
levelled before the break through a Dominic Ferry penalty, but Pike restored the lead just
after the hour and substitute Kyle Varney settled the tie with a header from a corner in
stoppage time.

Pike has scored in every home game since August, and his manager was quick to praise him.
"He knows this league inside out," said Ruth Calloway, who has been in charge at Quarry Lane
since October 2021. "We were patient, and we got our reward."

Rovers, promoted in 2022 and again in 2023, sit fourth in the Southern Combination and travel
to Larkhill Athletic in the league on Wednesday. The fourth-round draw will be made on November
11.

They will be without captain Eli Sorrel at Larkhill. The centre-half picked up his fifth
booking of the season on Tuesday against Brisley and serves a one-match ban.

For Castlemere, the defeat ends a run of four straight wins. Their last victory at Quarry Lane
came on 14 March 2015, when a young Pike was still in their academy.

The attendance of 2,411 was the highest at the ground since 1998.

Pendrewith Rovers: Hale; Morris, Okafor, Dunne, Rees; Tallis, Brook (Varney 70), Quayle;
Pike, Marsh, Ellery.""",
        (
            expect("2024-11-02", "castlemere"),
            expect("2024-01", "pike", "join"),
            expect("2021-10/..", "calloway"),
            expect("2022", "promot"),
            expect("2023", "promot"),
            expect("2024-11-06", "larkhill", planned=True),
            expect("2024-11-11", "draw", planned=True),
            expect("2024-10-29", "booking"),
            expect("2015-03-14", "victory"),
        ),
    ),
    Text(
        "morcaster-biscuit-company-history",
        "company history",
        None,
        """Our Story - The Morcaster Biscuit Company

The Morcaster Biscuit Company traces its roots to a small bakery that Thomas Morcaster opened
on Fenwick Street, Harlow Cross, around 1872. His ship's biscuits were sold to the canal boats
that tied up at the wharf below, and they soon had a name well beyond the town.

His son Albert built the first biscuit factory on the canal wharf in 1898 and registered the
Morcaster name as a trademark the following year. The business was incorporated as the
Morcaster Biscuit Company Limited on 2 April 1907, with Albert as its first chairman.

During the First World War the wharf factory baked hard tack for the army, and women ran its
ovens for the first time. A second factory at Lindow was requisitioned by the government from
1940 to 1945 and used as a store for aircraft parts.

In 1968 the Morcaster family sold a majority stake to Bellhaven Foods. The company has been
owned by the Harrowgate Group since 2004, and it still bakes the Ginger Crown to Albert's
recipe.

The canal wharf factory closed in March 2016, after 118 years of baking. Its buildings have
housed the Morcaster Heritage Centre since 2018, where visitors can see the original
Victorian ovens and the company's collection of biscuit tins.

Today Morcaster makes more than 40 million packets of biscuits a year at Lindow and employs
520 people. A new production line for oat biscuits is due to start at Lindow in 2026.

(c) The Morcaster Biscuit Company Limited 2024. Registered in England No. 00091844.""",
        (
            expect("1872~", "bakery"),
            expect("1898", "factory"),
            expect("1899", "trademark"),
            expect("1907-04-02", "incorporat"),
            expect("1940/1945", "requisition"),
            expect("1968", "stake"),
            expect("2004/..", "harrowgate"),
            expect("2016-03", "clos"),
            expect("2026", "line", planned=True),
        ),
    ),
    Text(
        "vellandra-lunar-orbiter-summary",
        "mission summary",
        None,
        """MISSION SUMMARY: VELLANDRA-2 LUNAR ORBITER

Agency: Ostmark Space Agency (OSA)
Mission type: Lunar orbiter - radar mapping and surface thermal survey
Status: Extended mission
Mass at launch: 1,240 kg

Launch and cruise
Vellandra-2 was launched on 14 August 2021 at 03:12 UTC aboard a Kerrin-4 rocket from the
Tarsk coastal range. After a cruise of about 23 days it entered lunar orbit on 6 September
and lowered itself to a 100 km circular science orbit over the following two weeks.

Primary mission
The primary mission ran from 1 October 2021 to 30 September 2023. The synthetic aperture radar
failed on 2 March 2022 when a memory fault froze its controller; it was restored by a software
patch uploaded on 17 March. Contact with the spacecraft was lost for about 40 hours around 25
December 2022 during a safe-mode event caused by a star tracker fault.

Extended mission
Since 12 January 2024 the orbiter has flown in an elliptical 30 x 200 km orbit that allows
radar imaging of the polar craters at higher resolution. The final mapping data set is to be
released on 1 March 2025. A controlled impact near the crater Holm is planned for no later
than December 2026, before the propellant runs out.

Key results
- First radar map of the lunar south polar region at 5 m resolution
- Thermal survey of 14 permanently shadowed craters

Instruments: SAR-L (radar), TIR-2 (thermal imager), LNS (neutron spectrometer)

Page last updated: 10 October 2024 | Document OSA-VL2-SUM-007 rev. C""",
        (
            expect("2021-08-14", "launch"),
            expect("2021-09-06", "lunar", "orbit"),
            expect("2021-10-01/2023-09-30", "primary", "mission"),
            expect("2022-03-02", "radar", "fail"),
            expect("2022-03-17", "restor"),
            expect("2022-12-25~", "contact"),
            expect("2024-01-12/..", "elliptical"),
            expect("2025-03-01", "data", planned=True),
            expect("../2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "skorreby-flood-defence-statement",
        "government statement",
        None,
        """MINISTRY OF THE ENVIRONMENT
Press statement | 21 February 2025 | Ref. MoE/2025/041

Minister announces 1.4 billion kroner for Skorre valley flood defences

The Minister for the Environment, Lena Hovdal, today announced 1.4 billion kroner for flood
defences along the Skorre river, the largest single investment in flood protection in the
country's history.

The floods of 9 to 12 October 2023 damaged some 2,300 homes in Skorreby and the lower valley
and closed the E14 road for eleven days. The valley's previous flood on that scale was in
1967.

The government set up the Skorre Valley Flood Board on 15 November 2023. The board delivered
its report on 30 June last year, and the programme announced today follows its main
recommendations: raised embankments at Nedre Holm and Skorreby, a flood storage area at Lyngmo
and new warning gauges on the upper river.

Construction of the first embankment, at Nedre Holm, will start in April 2025. The whole
programme is to be completed by 2030.

Since 1 January 2024, homeowners in the valley have been able to apply for grants of up to
80,000 kroner for flood doors, pumps and other property-level protection.

"People in Skorreby have lived with the fear of the river for too long," the minister said.
"This is a promise that the next flood will not find them unprotected."

The minister will visit Skorreby on Thursday 27 February to meet the mayor and residents
whose homes were flooded.

Contact: Press office, Ministry of the Environment, tel. +47 22 00 41 00

This statement was last updated on 21 February 2025 at 11:30.""",
        (
            expect("2025-02-21", "defence"),
            expect("2023-10-09/2023-10-12", "flood"),
            expect("1967", "flood"),
            expect("2023-11-15", "board"),
            expect("2024-06-30", "report"),
            expect("2025-04", "embankment", planned=True),
            expect("../2030", "programme", planned=True),
            expect("2024-01-01/..", "grant"),
            expect("2025-02-27", "visit", planned=True),
        ),
    ),
    Text(
        "glasvenny-library-reopening",
        "HTML news page",
        date(2024, 5, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Glasvenny library to reopen after roof repair | The Glasvenny Courier</title>
</head>
<body>
<header>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
</header>
<article>
<h1>Glasvenny library to reopen after two-year roof repair</h1>
<p class="byline">By Sara Quint, Local Democracy Reporter</p>
<p>Glasvenny Central Library will reopen on Saturday, the town council confirmed on Tuesday,
ending a closure that began in March 2022 when plaster fell from the reading-room ceiling.</p>
<p>Contractors finished work on the roof on May 3, and the building was handed back to the
council on Wednesday after a final safety inspection.</p>
<figure>
<img src="/img/library-roof.jpg" alt="Scaffolding on the library roof">
<figcaption>Scaffolding on the library's north front. Photo: Courier</figcaption>
</figure>
<p>The library, which opened in 1908 as a gift of the ironmaster Hugh Carrick, has a
Grade II listing. The repairs cost about 2.6 million pounds, most of it from a heritage
grant.</p>
<p>"People have been remarkably patient," said Councillor Fiona Dalgetty. "We think they
will be delighted with what they find."</p>
<p>Opening hours will be extended to 8pm on weekdays from June 3. The temporary library in
the Market Hall, open since April 2022, will close on May 25.</p>
<p>Visitor numbers at the library rose every year from 2015 until the closure.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass inquiry date set</a></li></ul>
</aside>
<footer><p>&copy; 2024 Glasvenny Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-18", "reopen", planned=True),
            expect("2024-05-14", "council", "confirm"),
            expect("2022-03", "clos"),
            expect("2024-05-03", "roof"),
            expect("2024-05-15", "hand"),
            expect("1908", "library", "opened"),
            expect("2024-06-03", "hours", planned=True),
            expect("2022-04/..", "temporary"),
            expect("2024-05-25", "temporary", "clos", planned=True),
        ),
    ),
    Text(
        "kinnoway-mill-lane-sinkhole",
        "sinkhole road closure notice",
        None,
        """KINNOWAY COUNTY COUNCIL - HIGHWAYS AND TRANSPORT
ROAD TRAFFIC REGULATION ACT 1984 - SECTION 14(2)
NOTICE OF TEMPORARY ROAD CLOSURE (EMERGENCY)

Ref: KCC/TTRO/2025/118

Road affected: B4417 Mill Lane, Upper Kinnoway, between its junctions with Station Road and
Tanner's Row (approx. 320 metres).

Reason: A sinkhole approximately 4 metres wide and 3 metres deep opened in the carriageway of
Mill Lane on or about 2 July 2025. The road was closed as an emergency measure at 11:40 on 3
July and will remain closed to all traffic, including pedestrians, until the repair is
complete.

Ground-penetrating radar surveys were made on 4 and 7 July. They show a void extending
beneath the northern footway, linked to old lead workings. A previous collapse on this
section was filled with concrete in 1994, and the lane has been subject to a 7.5-tonne weight
limit since 2009.

Repair works are expected to start on Monday 14 July 2025 and to last about three weeks. The
road is expected to reopen no later than 8 August 2025.

This order comes into force on 9 July 2025 and may remain in force for up to 18 months or
until the works are complete, whichever is sooner.

Alternative route: Station Road, Kelso Street and Tanner's Row. The diversion will be signed.
Access to properties in Mill Lane will be maintained from the Tanner's Row end.

Enquiries: Network Management Team, 0300 555 0142, quoting the reference above. Inspections
of roads in former mining areas are carried out every spring.

Dated: 8 July 2025

R. Haddon
Director of Highways and Transport""",
        (
            expect("2025-07-02~", "sinkhole"),
            expect("2025-07-03", "clos"),
            expect("2025-07-04", "survey"),
            expect("2025-07-07", "survey"),
            expect("1994", "collapse"),
            expect("2009/..", "weight", "limit"),
            expect("2025-07-14", "repair", planned=True),
            expect("../2025-08-08", "reopen", planned=True),
            expect("2025-07-09", "order", planned=True),
        ),
    ),
    Text(
        "carvossa-panthers-kabaddi",
        "kabaddi match report",
        date(2024, 12, 18),
        """SOUTHERN KABADDI LEAGUE
Carvossa Panthers 38 Bexworthy Bulls 31

Carvossa Panthers stayed top of the Southern Kabaddi League with a 38-31 win over Bexworthy
Bulls at the Riverside Arena on Tuesday night, their best start to a season since 2019.

Raider Arjun Dhillon collected 14 raid points, including a super raid in the 31st minute that
wiped out three Bulls defenders and turned a two-point game into a rout. The Panthers
inflicted an all-out five minutes later, and the Bulls never recovered.

Dhillon, who signed from Bexworthy in August, has now scored 112 raid points in eleven
matches. "I know how they defend, so I know where the gaps are," he said after the match.

Defender Kiran Mehra returned to the mat after missing two matches with a knee injury
sustained on 30 November, and made five tackles, including a super tackle on Bulls captain
Ravi Sood.

The Panthers, champions in 2019 and 2022, travel to Ostrel on Saturday to face the Ostrel
Warriors. The league then breaks for the national championships, which run from 27 December
to 5 January, and resumes with the All-Star match on 12 January.

The Bulls, who sacked coach Devan Rao on 9 December, have lost six of their last seven
matches and are ninth of ten. Interim coach Suresh Pillai said his players had "given away
too many bonus points".

Raid points: Dhillon 14, Gill 6, Natarajan 4 (Panthers); Sood 9, Kaur 7 (Bulls).
Tackle points: Mehra 5, Bhatt 3 (Panthers); Joshi 4 (Bulls).
Attendance: 1,870.""",
        (
            expect("2024-12-17", "bexworthy"),
            expect("2024-08", "dhillon", "sign"),
            expect("2024-11-30", "injury"),
            expect("2019", "champion"),
            expect("2022", "champion"),
            expect("2024-12-21", "ostrel", planned=True),
            expect("2024-12-27/2025-01-05", "championship", planned=True),
            expect("2025-01-12", "all-star", planned=True),
            expect("2024-12-09", "rao"),
        ),
    ),
    Text(
        "norraskel-nickel-refinery-restart",
        "nickel refinery's press release",
        None,
        """NORRASKEL METALS ASA - PRESS RELEASE
Harnvik, 22 January 2025

Norraskel Metals returns Harnvik nickel refinery to full production

Norraskel Metals ASA ("Norraskel" or "the company") announces that the Harnvik nickel refinery
returned to full capacity on 20 January 2025. The refinery's electrolysis hall was shut down
on 11 November 2024 after a fire in a rectifier transformer; no one was injured.

Production in the fourth quarter of 2024 was approximately 9,800 tonnes of nickel cathode,
compared with 13,100 tonnes a year earlier. The company's insurance covers both the damage
and the loss of production, less a deductible of NOK 20 million.

The board approved the expansion of the refinery on 14 March 2023, and construction began in
June that year. The expansion, which will raise capacity from 48,000 to 60,000 tonnes of
nickel a year, is expected to start commissioning in September 2026.

The Harnvik refinery was built in 1929 and has processed nickel matte from the Kvalsund mine
since 2011. Nickel prices are currently at their lowest level since 2020.

"We have brought the refinery back safely and ahead of our own schedule," said Chief
Executive Officer Sigrid Lunde. "The expansion remains on track."

Financial calendar
- Fourth-quarter and full-year results 2024: 13 February 2025
- Capital markets day, Harnvik: on or around 10 June 2025

For further information, please contact:
Erik Sande, Head of Investor Relations, +47 900 11 223

This information is subject to the disclosure requirements pursuant to Section 5-12 of the
Securities Trading Act. Published 22.01.2025 07:00 CET.""",
        (
            expect("2025-01-20", "capacity"),
            expect("2024-11-11", "shut"),
            expect("2023-03-14", "approv"),
            expect("2023-06", "construction"),
            expect("2026-09", "commission", planned=True),
            expect("1929", "built"),
            expect("2011/..", "matte"),
            expect("2025-02-13", "results", planned=True),
            expect("2025-06-10~", "capital", "markets", planned=True),
        ),
    ),
    Text(
        "trelowan-navvy-letters",
        "railway navvy's letters of the 1840s",
        None,
        """Three letters of Thomas Reddaway, navvy, to his sister Ann Trelowan at Cardew, written
while
he worked on the Halbury and Northfield Railway. Spelling as in the originals.

I.
Camp at Brackley Cutting, 14th April 1845

Dear Sister,
I take up my pen to let you know I am in good health hoping this finds you the same. We
arrived here on the 2nd of this month from the Hallam tunnel and are lodged in a hut with
nine other men. I have been on the railways since 1838 and never saw such hard rock. A man
named Cooper was killed by a fall of earth on Saturday last and we buried him by
subscription. The ganger says the cutting must be done by the end of September. I shall
send money for Mother as I do every quarter day.

II.
Northfield, 3rd November 1845

Dear Ann,
The cutting was finished on the 20th of October and we are now on the viaduct at 3s 6d a
day. There was a riot at the tommy shop on the 25th ult. when the contractor paid in tickets
again, and two men were taken up by the constables. The directors say the line will open on
the 1st of June next, but the men do not believe it.

III.
Northfield, 9th March 1846

Dear Sister,
I was paid off on Saturday the 28th of February when the viaduct was keyed. I mean to walk
to Liverpool and take ship for America about the 20th of this month, if I can get a passage
for four pound. Tell Mother not to fret. I will write from New York.
Your loving brother,
Thos. Reddaway""",
        (
            expect("1845-04-02", "arriv"),
            expect("1838/..", "railway"),
            expect("1845-04-12", "cooper", "killed"),
            expect("../1845-09", "cutting", planned=True),
            expect("1845-10-20", "cutting", "finish"),
            expect("1845-10-25", "riot"),
            expect("1846-06-01", "line", "open", planned=True),
            expect("1846-02-28", "paid"),
            expect("1846-03-20~", "ship", planned=True),
        ),
    ),
    Text(
        "feorlund-puffin-colony-count",
        "puffin colony count",
        None,
        """FEORLUND ISLAND SEABIRD MONITORING PROGRAMME
Atlantic puffin (Fratercula arctica): whole-colony count 2024

Report no. FSM/24/03 | Compiled by: I. Nordahl, island warden | Date: 19 September 2024

1. Summary
Apparently occupied burrows (AOB) were counted on 10-14 May 2024 by a team of six. The
colony held 11,420 AOB, down 8% on the last whole-colony count in 2019. Whole-colony counts
have been made every five years since 1979.

2. Results by sub-colony
Sub-colony       2019 AOB   2024 AOB   Change
North Slope        4,980      4,610      -7%
East Bank          3,720      3,150     -15%
Skarvhol           3,710      3,660      -1%
Total             12,410     11,420      -8%

3. Season notes
The first puffins were seen ashore on 28 March, about a week later than the average for the
island. Birds carrying fish, the first sign of chicks being fed, were observed around 22 June.
A storm on 3 July washed out some 300 burrows on the East Bank, where the turf is thinnest.
The last birds left the colony on or about 9 August.

4. Predators
Brown rats were eradicated in a baiting programme that ran from October 2007 to March 2008.
Bait stations are checked twice a year, and no rat sign was found.

5. Recommendations
A study of breeding productivity on the East Bank is to begin in 2025. The next whole-colony
count is planned for May 2029.

Feorlund Island Trust. Registered charity SC04418. Data may be used with acknowledgement.""",
        (
            expect("2024-05-10/2024-05-14", "count"),
            expect("2019", "count"),
            expect("2024-03-28", "ashore"),
            expect("2024-06-22~", "fish"),
            expect("2024-07-03", "storm"),
            expect("2024-08-09~", "left"),
            expect("2007-10/2008-03", "baiting"),
            expect("2025", "productivity", planned=True),
            expect("2029-05", "count", planned=True),
        ),
    ),
    Text(
        "astravel-pencil-works-history",
        "pencil factory's history",
        None,
        """A SHORT HISTORY OF THE ASTRAVEL PENCIL WORKS

Tradition has it that graphite was first found on Astravel Fell in 1565, when a storm uprooted
an ash tree on the fellside, though no document confirms the story. For two centuries the
"wad" was dug, guarded and sold by the pound in London.

The brothers Joseph and Samuel Penrith set up a pencil workshop in a former bobbin mill on the
Astra Beck in 1832. Their pencils were made of sawn graphite strips glued into cedar, and
every one was finished by hand. The brothers built a steam-powered saw mill at the works in
1856 and the lacquering shop in 1863.

The works was incorporated as the Astravel Pencil Company Ltd on 17 October 1898. By then it
employed more than a hundred people, many of them women who sorted and stamped the pencils.

The company has made the Fellside drawing pencil, in fourteen grades from 8B to 6H, since
1936. During the Second World War it also made pencils with hidden maps for airmen.

A fire on the night of 4 February 1958 destroyed the grinding shop. Production resumed in
April, in a temporary shed lent by the county council, and the new shop was finished within
the year.

The old lacquering shop is now the Astravel Pencil Museum, and it welcomes more visitors
each year than the works has employees. A graphite-free pencil, the EcoFell, is to be
launched in 2025.

(c) Astravel Pencil Company Ltd 2023. Printed in Astravel.""",
        (
            expect("1565?", "graphite"),
            expect("1832", "workshop"),
            expect("1856", "saw"),
            expect("1863", "lacquer"),
            expect("1898-10-17", "incorporat"),
            expect("1936/..", "fellside"),
            expect("1958-02-04", "fire"),
            expect("1958-04", "resum"),
            expect("2025", "ecofell", planned=True),
        ),
    ),
    Text(
        "haldrune-crisis-care-statement",
        "mental health minister's statement",
        None,
        """HALDRUNE NATIONAL ASSEMBLY
Written Ministerial Statement: Crisis Care Review - Government Response
Made by: Dr Orla Fenwick MA, Minister for Mental Health
Date: Tuesday 11 March 2025

Today I am publishing the Government's response to the Crisis Care Review, which the
Government commissioned on 6 June 2024. I want to thank the review's chair, Professor Idris
Pryce, and the more than 3,000 people with lived experience who gave evidence to it.

Since 1 April 2024 anyone in crisis can call the free, 24-hour 116 800 line. It has answered
around 41,000 calls, and in nine cases out of ten the caller did not need to go to an
emergency department. Funding for the line was secured in the budget last October.

The review's central finding is that people in crisis still too often wait in emergency
departments that are not the right place for them. We will therefore open four crisis cafes
by the end of this year. The first, in Ostmere, opened on Monday, and I visited it that
evening.

Waiting times for talking therapies remain the longest since 2016. That is not acceptable,
and we will publish a recovery plan for them.

The Mental Health (Amendment) Bill will be introduced in the Assembly on 25 March. I expect
its main provisions to come into force in April 2026, once the new code of practice has been
consulted on.

I will meet the Royal College of Psychiatrists on Thursday to discuss the workforce plan, and
I will update Members again before the summer recess.

Statement reference: WMS-2025-0311-MH""",
        (
            expect("2025-03-11", "publish"),
            expect("2024-06-06", "commission"),
            expect("2024-04-01/..", "line"),
            expect("2024-10", "funding"),
            expect("../2025", "caf", planned=True),
            expect("2025-03-10", "ostmere"),
            expect("2025-03-25", "bill", planned=True),
            expect("2026-04", "force", planned=True),
            expect("2025-03-13", "college", planned=True),
        ),
    ),
    Text(
        "ymbrelake-crematorium-updates",
        "crematorium's HTML page",
        date(2025, 9, 4),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Service updates - Ymbrelake Crematorium - Ymbrelake Borough Council</title>
</head>
<body>
<header>
<p class="council">Ymbrelake Borough Council | Bereavement Services</p>
<h1>Ymbrelake Crematorium: service updates</h1>
</header>
<main>
<section id="chapel">
<h2>East Chapel refurbishment</h2>
<p>The East Chapel will close from Monday for refurbishment, including new seating, lighting
and a hearing loop. The chapel is expected to reopen on 3 November. Services already booked in
the East Chapel have been moved to the West Chapel at the same times, and families have been
contacted.</p>
</section>
<section id="cremators">
<h2>New cremators</h2>
<p>Two new cremators, installed in January, have been in use since 14 April. They use about
a third less gas than the old ones and are fitted with mercury filters.</p>
</section>
<section id="garden">
<h2>Garden of Remembrance</h2>
<p>The crematorium opened in 1956, and the Garden of Remembrance was laid out two years later,
in 1958. Since 1 January 2024, ashes not collected within six months are scattered in the
garden after written notice to the applicant.</p>
<p>A Service of Remembrance is held every year in December. This year's service will be held
on Sunday 7 December at 3pm in the West Chapel. All are welcome.</p>
</section>
<section id="parking">
<h2>Car park</h2>
<p>The car park will be resurfaced on 22 September and will be closed that day. Parking will
be available at Ymbrelake Cemetery, a short walk away.</p>
</section>
<p>Fees are reviewed every April. See our <a href="/bereavement/fees">fees page</a>.</p>
</main>
<footer>
<p>Ymbrelake Crematorium, Holm Road, Ymbrelake YB4 2QT | 01632 960 771</p>
<p>&copy; Ymbrelake Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-08", "chapel", "clos", planned=True),
            expect("2025-11-03", "reopen", planned=True),
            expect("2025-01", "cremator", "install"),
            expect("2025-04-14/..", "cremator", "use"),
            expect("1956", "crematorium", "open"),
            expect("1958", "garden"),
            expect("2024-01-01/..", "ashes"),
            expect("2025-12-07", "service", planned=True),
            expect("2025-09-22", "car", "park", planned=True),
        ),
    ),
    Text(
        "quillmarsh-gold-opposition",
        "trademark opposition decision",
        None,
        """TRADE MARKS ACT 1994

IN THE MATTER OF APPLICATION No. UK00003812455
BY LANTERN BREW CO LTD
TO REGISTER THE TRADE MARK QUILLMARSH GOLD IN CLASSES 32 AND 33

AND IN THE MATTER OF OPPOSITION No. 512774
BY QUILLMARSH BREWERIES PLC

DECISION O/0418/24

Background and pleadings

1. On 14 July 2022, Lantern Brew Co Ltd ("the applicant") applied to register the trade mark
QUILLMARSH GOLD for beers, lagers and non-alcoholic beverages. The application was published
for opposition purposes on 2 September 2022.

2. On 1 December 2022, Quillmarsh Breweries plc ("the opponent") filed a notice of opposition
under sections 5(2)(b) and 5(3) of the Act. It relies on its earlier mark QUILLMARSH,
registered on 9 May 1997 for beer. The opponent says it has brewed beer under that name since
1884.

3. The applicant denies the grounds. It says that it began selling its lager under the mark
on or about 1 March 2022 without any confusion coming to its attention.

4. The opponent filed evidence, a witness statement of its company secretary Mr Harlan Doyle,
on 3 May 2023. The applicant filed no evidence. A hearing took place before me by video
conference on 18 April 2024; both parties were represented by trade mark attorneys.

Decision

5. The marks are highly similar and the goods are identical. Taking account of the enhanced
distinctiveness of the earlier mark, I find there is a likelihood of confusion. The
opposition under section 5(2)(b) succeeds, and I need not consider section 5(3).

Costs

6. I order Lantern Brew Co Ltd to pay Quillmarsh Breweries plc costs of 1,850 pounds, to be
paid no later than 28 June 2024.

Dated this 16th day of May 2024

A. Kerridge
For the Registrar""",
        (
            expect("2022-07-14", "appl"),
            expect("2022-09-02", "publish"),
            expect("2022-12-01", "opposition"),
            expect("1997-05-09", "regist"),
            expect("1884/..", "brew"),
            expect("2022-03-01~", "selling"),
            expect("2023-05-03", "evidence"),
            expect("2024-04-18", "hearing"),
            expect("../2024-06-28", "costs", planned=True),
        ),
    ),
    Text(
        "ruthenvale-engraver-pellow",
        "engraver's history",
        None,
        """PELLOW, EZRA, engraver, of Ruthenvale

Ezra Pellow was born at Ruthenvale, probably in 1791, the son of a clockmaker of Bridge
Street. He was apprenticed to the copperplate engraver Simeon Hart of Carlow Street in 1805,
and set up on his own account in a room above a bookseller's shop in the Corn Market in 1813.

His plates for the Survey of the Western Moors, engraved between 1818 and 1824, made his name:
the survey's hill shading, cut with a fine graver and a roulette, was praised by the Society
of Arts. Pellow took his former pupil William Crane into partnership, and the firm of Pellow
& Crane engraved the notes of the Ruthenvale Bank from 1829 to about 1850, besides trade cards,
bookplates and the town's freedom certificates.

Engravers of Pellow's generation usually served a seven-year apprenticeship, and most worked
all their lives in a single room; Pellow's shop, with four presses, was among the largest
outside the capital.

Pellow died on 3 March 1858 and was buried at St Aldhelm's. Crane carried on the business
under the old name until his own death in 1871, when the plates and presses were sold.

A collection of 412 proofs from the shop has been held by the Ruthenvale Museum since 1934,
together with the firm's order book. An exhibition of Pellow's banknote work is planned for
2026.

Sources: Ruthenvale Museum, Pellow papers MS 118; Bank of Ruthenvale minute books.""",
        (
            expect("1791?", "born"),
            expect("1805", "apprentic"),
            expect("1813", "own", "account"),
            expect("1818/1824", "survey"),
            expect("1829/1850~", "notes"),
            expect("1858-03-03", "died"),
            expect("1871", "crane"),
            expect("1934/..", "proofs"),
            expect("2026", "exhibition", planned=True),
        ),
    ),
    Text(
        "kesterfold-dodgeball-fixtures",
        "dodgeball league's fixtures card",
        None,
        """KESTERFOLD SOCIAL DODGEBALL LEAGUE
AUTUMN FIXTURES 2025 - DIVISION ONE
Venue: Kesterfold Leisure Centre, Sports Hall 2
All matches 7.00pm unless stated. Best of 7 games, foam balls, 6-a-side.

Team fees (120 pounds per team) to be paid no later than Fri 5 Sep.

WK  DATE          COURT A                          COURT B
1   Tue 16 Sep    Ballistics v Dodge Knights       Lime Street Lions v The Wobblers
                  Slam Dunkirk v Net Results (Court C)
2   Tue 23 Sep    Net Results v Ballistics         The Wobblers v Slam Dunkirk
                  Dodge Knights v Lime Street Lions (Court C)
3   Tue 30 Sep    Lime Street Lions v Ballistics   Dodge Knights v Slam Dunkirk
                  The Wobblers v Net Results (Court C)
4   Tue 7 Oct     Slam Dunkirk v Lime Street Lions Ballistics v The Wobblers
                  Net Results v Dodge Knights (Court C)

CUP FINAL: Sat 22 Nov, 2.00pm, Main Hall. Top two teams after week 8 qualify.

Summer league final, played Tue 26 Aug: Lime Street Lions 4 The Wobblers 3.

League founded 2014. Champions 2024: Dodge Knights.

Points: win 3, draw 1, loss 0. Teams must field at least two players of each gender. Referees
are drawn from the teams not playing on court. Any team failing to turn up forfeits 3-0.
Rearranged matches are played in the Thursday slot at 8.00pm.

Contact: fixtures@kesterfolddodgeball.example | Card v2, issued 1 Sep 2025""",
        (
            expect("../2025-09-05", "fees", planned=True),
            expect("2025-09-16", "ballistics", planned=True),
            expect("2025-09-23", "net", "results", planned=True),
            expect("2025-09-30", "lions", planned=True),
            expect("2025-10-07", "dunkirk", planned=True),
            expect("2025-11-22", "cup", "final", planned=True),
            expect("2025-08-26", "summer", "final"),
            expect("2014", "founded"),
            expect("2024", "champions"),
        ),
    ),
)
