"""The two-hundred-and-sixty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a parking suspension
notice, a sepak takraw match report, a manganese miner's release, an apothecary's ledger of the
1780s, a slow worm survey report, a snooker cue maker's history, a youth minister's statement,
a bowling alley's HTML page, a school admissions appeal panel decision, a mosaic workshop's
history and a skittles league fixture card. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late
July") are left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYFIRST_CORPUS",)


TWOHUNDREDSIXTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvellick-ferry-storm",
        "wire story with a dateline",
        date(2025, 3, 14),
        """TARVELLICK, March 14 (Coastline Wire) - Ferry services between the mainland and the
island of Tarvellick will resume on Monday, operator Skerrow Lines said, after a storm
damaged the island's main pier and halted all crossings.

The storm, which hit the island on March 9, tore away part of the pier's deck and left some
600 travellers stranded on both sides of the strait. Skerrow Lines suspended sailings on
Wednesday after engineers found that two of the pier's supporting piles had shifted.

The regional transport ministry approved emergency funding of 4 million euros for the repairs
on Thursday. It said a full structural inspection of the pier must be completed by March 31
at the latest, and that the first week of sailings would run on a reduced timetable.

"We have had worse winters, but never this much damage in one night," harbour master Ilse
Marren told reporters on the quay.

It was the strongest storm to hit the island since 1999, according to the national weather
office. The pier was built in 1962 and carries the island's only fuel pipeline.

Skerrow Lines has operated the crossing since 2011 under a contract with the ministry. Its
last suspension, in 2018, lasted nine days. The company plans to bring a larger,
hybrid-powered vessel into service on the route in 2027.

Island businesses said the closure had cost them about 300,000 euros a day in lost trade.

(Reporting by Ana Kessel; Editing by Tom Ruhl)""",
        (
            expect("2025-03-17", "ferry", "resum", planned=True),
            expect("2025-03-09", "storm"),
            expect("2025-03-12", "suspend"),
            expect("2025-03-13", "funding"),
            expect("../2025-03-31", "inspection", planned=True),
            expect("1962", "pier", "built"),
            expect("2011/..", "operat", "crossing"),
            expect("2018", "suspension"),
            expect("2027", "vessel", planned=True),
        ),
    ),
    Text(
        "quellbrook-reservoir-upgrade",
        "press release",
        None,
        """PRESS RELEASE
For immediate release: 4 June 2024

Quellbrook Water completes Harrowmere Reservoir upgrade

QUELLBROOK - Quellbrook Water today announced that the £38 million upgrade of Harrowmere
Reservoir was completed on 28 May, more than three months ahead of schedule.

Work on the project began in September 2022, after the water regulator approved the funding
in April 2021. Contractors raised and strengthened the crest of the dam, replaced the outlet
tower and fitted new spillway gates designed for a one-in-10,000-year flood.

Harrowmere, first filled in 1931, holds 9,400 million litres and supplies around 210,000
homes in the Harrow valley.

"This is the largest single investment we have made since 1974, and it secures our supply for
the next fifty years," said chief executive Anya Lorre, who joined the company in 2019.
"I want to thank our neighbours at Harrowmere for their patience during two years of works."

The company will hold a public open day at the reservoir on Saturday 15 June, with guided
walks across the dam and tours of the new valve house. A second phase, covering the treatment
works at Elsby, is scheduled to start in March 2025 and must be finished by the end of 2026
under the terms of the company's operating licence.

Quellbrook Water has supplied drinking water to the town since 1898 and today serves 640,000
customers. Its reservoirs are inspected by an independent panel engineer every ten years.

ENDS

Notes to editors
Media contact: press office, 01632 960 118 | Ref: QW/PR/24/117
© 2024 Quellbrook Water Ltd. Registered in England and Wales No. 2183044.""",
        (
            expect("2024-05-28", "upgrade", "complet"),
            expect("2022-09", "work", "began"),
            expect("2021-04", "regulator", "fund"),
            expect("1931", "filled"),
            expect("2019", "lorre", "joined"),
            expect("2024-06-15", "open", "day", planned=True),
            expect("2025-03", "phase", planned=True),
            expect("../2026", "finish", planned=True),
            expect("1898/..", "supplied"),
        ),
    ),
    Text(
        "marrowell-v-tennick-freight",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTLAND
DIVISION TWO

JOANNA MARROWELL, Appellant,
v.
TENNICK FREIGHT SERVICES, INC., Respondent.

No. 58214-3-II

Argued November 5, 2024. Decided February 11, 2025.

OPINION

HALVERSEN, J. - Joanna Marrowell appeals the summary dismissal of her claim that Tennick
Freight Services discharged her in retaliation for reporting unsafe loading practices. We
reverse.

I. FACTS

Tennick hired Marrowell as a night dispatcher on March 2, 2015. Its written attendance
policy, in effect since 2014, allows employees up to six unexcused absences in any twelve
months. On or about July 19, 2021, shortly after Marrowell reported overloaded trailers to
the state labor department, Tennick terminated her employment, citing her attendance.

Marrowell filed her complaint in superior court on January 10, 2022. Tennick moved for
summary judgment, and the trial court granted the motion on August 30, 2023. Marrowell filed
her notice of appeal on September 14.

II. ANALYSIS

We review an order of summary judgment de novo. Kellam v. Orrin Mills, Inc., 188 Wn.2d 402,
409 (2017). Viewing the evidence in the light most favorable to Marrowell, a reasonable juror
could find that her report, and not her attendance, was a substantial factor in the decision
to discharge her. Tennick's own records show only four absences in the twelve months before
her termination, two fewer than its policy permits.

We note that the legislature has amended Westland Code section 41.12.210, effective January 1,
2026, to protect reports made to any state agency. The amendment does not govern this appeal,
and we express no view on its reach.

III. CONCLUSION

We reverse the order granting summary judgment and remand for trial.

WE CONCUR:
Oduya, C.J.
Frane, J.""",
        (
            expect("2024-11-05", "argu"),
            expect("2025-02-11", "decid"),
            expect("2015-03-02", "hired"),
            expect("2014/..", "policy"),
            expect("2021-07-19~", "terminat"),
            expect("2022-01-10", "complaint"),
            expect("2023-08-30", "summary", "judgment"),
            expect("2023-09-14", "notice", "appeal"),
            expect("2026-01-01", "amend", planned=True),
        ),
    ),
    Text(
        "orvemont-town-history",
        "encyclopedia history",
        None,
        """Orvemont

Orvemont is a market town and commune on the river Saule, in the former county of Bressac.
It lies at the point where the old road from Bressac to the coast crossed the river by a
ford, later replaced by a bridge of seven arches.

History

A wooden fort on the hill above the ford may date from 1090, though the date rests on a
single chronicle written three centuries later. The town itself was founded c. 1140 by the
lords of Vaudrel, who laid out its grid of streets below the fort. It received a market
charter from Count Aymer II in 1267, and its church of Saint-Leu was consecrated on 3 May
1302.

A fire destroyed most of the lower town in 1412; it was rebuilt in stone the following year.
The wealth of the cloth merchants can still be seen in the arcaded houses of the Place du
Marché.

The railway from Bressac reached Orvemont in 1861, and three woollen mills were built along
the river soon afterwards. The mills closed between 1958 and 1964, and the population fell by
almost a third. Tourism and a large dairy cooperative are now the main employers.

Orvemont has been twinned with the Welsh town of Llanfeyr since 1972. Its weekly market, held
every Thursday, still draws traders from the whole valley, and its August horse fair is the
oldest in the region.

Population: 8,412 (2021 census).

See also: List of communes of Bressac""",
        (
            expect("1090?", "fort"),
            expect("1140~", "founded"),
            expect("1267", "charter"),
            expect("1302-05-03", "consecrat"),
            expect("1412", "fire"),
            expect("1413", "rebuilt"),
            expect("1861", "railway"),
            expect("1958/1964", "mills", "closed"),
            expect("1972/..", "twinned"),
        ),
    ),
    Text(
        "brackwater-rovers-cup",
        "sports report",
        date(2024, 11, 17),
        """RUGBY UNION | COUNTY CUP SEMI-FINAL

Elmsford 17 Brackwater Rovers 24

By Gareth Pim

Brackwater Rovers reached the final of the County Cup with a gritty win over Elmsford at
Lanning Park on Saturday, their first victory on that ground since 2009.

Playing without captain Rhys Alder, who injured a hamstring in training on Tuesday, Rovers
trailed 17-10 at half-time and looked out of ideas. Tries from winger Sol Okafor and
replacement hooker Dan Peel, both converted by fly-half Evan Roe, turned the game in the last
quarter.

"We showed what this club is about," said head coach Marta Lind, who was appointed in June
2022. "Nobody gave us a chance after the way we played here in the league."

Elmsford had beaten Rovers 22-15 in a league game on 21 September, and the sides meet again in
the league on 8 February.

Alder will have a scan on Monday, and the club hopes he will be fit for the final, which is
scheduled for 14 December at the county ground in Hallam. Rovers last won the cup in 1998,
when Lind's father was in the pack.

Rovers are the oldest club in the county: their founder, Tom Briar, set them up around 1884
on a field behind his brewery. They play Elmsford twice a season in the league and, as most
years, have found the trip to Lanning Park the hardest of the lot.

Elmsford: tries Hale, Amis; pens Corr 2; con Corr.
Rovers: tries Webb, Okafor, Peel; cons Roe 3; pen Roe.
Attendance: 3,150.""",
        (
            expect("2024-11-16", "reach", "final"),
            expect("2024-11-12", "alder", "injur"),
            expect("2022-06", "lind", "appoint"),
            expect("2024-09-21", "beat"),
            expect("2025-02-08", "meet", planned=True),
            expect("2024-11-18", "scan", planned=True),
            expect("2024-12-14", "final", planned=True),
            expect("1998", "cup"),
            expect("1884~", "briar"),
        ),
    ),
    Text(
        "hembrook-cycles-history",
        "company history",
        None,
        """Our history

Hembrook Cycles was founded in 1903 by Walter Hembrook, a blacksmith's son, in a rented shed
behind the Crown Inn at Lisby. His first machines were sold to postmen and district nurses,
who valued them for their strong frames and simple three-speed hubs.

The firm moved to a purpose-built factory on Mill Lane in 1921 and added motorcycles to its
range the following year. From 1940 to 1945 the factory was given over to war work, making
folding bicycles for airborne troops and parts for aircraft seats.

Exports began around 1952, first to the Netherlands and Denmark and later to Canada. Hembrook
Cycles Ltd was listed on the stock exchange on 12 April 1968, at a time when Mill Lane
employed more than 1,400 people.

Falling sales and cheaper imports led to the company's sale to the Arvand group in 1987, and
Arvand ended production at Mill Lane two years later. For two decades the Hembrook name
appeared only on bicycles made abroad.

In the years that followed, Walter's great-granddaughter, Clare Hembrook, bought the name
back and revived the brand with a single touring frame. Our steel frames have been
hand-built in Porto since 2014, by a team of twelve brazers, and every one is still tested on
the same jig Walter designed.

A new workshop in Lisby, on the site of the original shed, is planned to open in 2027, with a
small museum of the firm's machines.

Hembrook Cycles. Made to be ridden since 1903.""",
        (
            expect("1903", "founded"),
            expect("1921", "factory"),
            expect("1922", "motorcycles"),
            expect("1940/1945", "war", "work"),
            expect("1952~", "exports"),
            expect("1968-04-12", "listed"),
            expect("1987", "sale", "arvand"),
            expect("1989", "production", "ended"),
            expect("2014/..", "porto"),
            expect("2027", "workshop", planned=True),
        ),
    ),
    Text(
        "ardis-asteroid-mission",
        "mission summary",
        None,
        """ARDIS: MISSION SUMMARY

Agency: Tellurian Space Agency (TSA)
Mission type: asteroid sample return
Target: near-Earth asteroid (41977) Vashti
Status: return cruise
Document: TSA-ARD-SUM-07, revision 3

Launch
Ardis was launched on 11 March 2019 at 04:12 UTC on a Corvan-4 rocket from the Ostmark
launch centre. Launch mass: 2,140 kg, including 410 kg of xenon propellant.

Cruise
On 9 March 2020 the spacecraft swung past Earth for a gravity assist that bent its path
towards Vashti. On 14 January 2021 its ion engine shut down after a software fault in the
power controller; controllers restarted it two days later and uploaded a patch.

Arrival and lander
Ardis entered orbit around Vashti on 2 August 2022 and released the small Pika lander on 19
October. Pika returned images and magnetometer data from the surface for 16 days; contact
with it was lost on or about 4 November, when its battery is thought to have run down.

Sampling
The orbiter touched down briefly on 7 June 2023 to collect about 80 grams of regolith, which
was sealed in the return capsule the same day. It left Vashti for Earth in December of that
year.

Return and end of mission
The sample capsule is expected to land at the Harran Flats test range in September 2026.
After releasing the capsule, the orbiter will be moved to a disposal orbit around the Sun no
later than 2028.

Last updated: 3 February 2025""",
        (
            expect("2019-03-11", "launch"),
            expect("2020-03-09", "earth"),
            expect("2021-01-14", "engine", "shut"),
            expect("2021-01-16", "restart"),
            expect("2022-08-02", "orbit"),
            expect("2022-10-19", "pika"),
            expect("2022-11-04~", "contact", "lost"),
            expect("2023-06-07", "touch"),
            expect("2023-12", "left"),
            expect("2026-09", "capsule", planned=True),
            expect("../2028", "disposal", planned=True),
        ),
    ),
    Text(
        "lessing-avian-influenza",
        "government statement",
        None,
        """MINISTRY OF RURAL AFFAIRS

Statement on avian influenza in Lessing district

Issued: 21 January 2025 | Ref. MRA/AI/2025/04

The Ministry confirms that highly pathogenic avian influenza (H5N1) was found at a commercial
turkey farm near Lessing on 9 January. The national risk level for poultry was raised from
medium to high the following day, and a 10-kilometre surveillance zone has been in force
around the premises since 12 January.

All 34,000 birds on the farm have been humanely culled. The cull was completed on 18 January,
and cleansing and disinfection of the premises is under way.

A housing order will take effect from 00:01 on Monday 27 January, requiring all poultry
keepers in the district, including those with backyard flocks, to keep their birds indoors.
Keepers whose birds were culled will be able to apply for compensation when the scheme opens
on 3 February.

The Minister for Rural Affairs, Halina Vorst, will visit the district on Friday to meet
farmers and the veterinary teams. An independent review of the response is to be completed
by 31 March and will be published.

This is the most serious outbreak in the country since 2016. The last case in Lessing
district was recorded in 2021, in a flock of free-range laying hens.

The risk to public health remains very low. Keepers should report any suspicion of disease to
the Ministry's animal health helpline on 0300 555 0190, which is open every day from 07:00 to
22:00.

ENDS""",
        (
            expect("2025-01-09", "influenza", "found"),
            expect("2025-01-10", "risk", "raised"),
            expect("2025-01-12/..", "surveillance", "zone"),
            expect("2025-01-18", "cull", "complet"),
            expect("2025-01-27", "housing", "order", planned=True),
            expect("2025-02-03", "compensation", planned=True),
            expect("2025-01-24", "visit", planned=True),
            expect("../2025-03-31", "review", planned=True),
            expect("2021", "case"),
        ),
    ),
    Text(
        "dunmarsh-bridge-closure",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dunmarsh Bridge closed after cracks found | Saule Valley Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a>
</nav></header>
<article>
<h1>Dunmarsh Bridge closed after cracks found in arches</h1>
<p class="byline">By Nadia Roe, local democracy reporter &middot; <time datetime="2025-05-08">8 May
2025</time></p>
<p>Dunmarsh Bridge was closed to all traffic on Tuesday after engineers found cracks in two
of its five stone arches.</p>
<p>The cracks were first spotted during a routine inspection on 29 April, Saule Valley
Council said, and divers confirmed on Monday that the river had scoured away part of one
pier's foundations.</p>
<p>Repairs are expected to take about six weeks, and the council hopes to reopen the bridge
around 20 June. A replacement bus service between Dunmarsh and Helby will run from Friday,
and the diversion adds eleven miles to the journey.</p>
<p>Councillors will meet on Monday to approve emergency spending of &pound;1.2m.</p>
<p>The bridge, opened in 1936, has been Grade II listed since 1998. It was last repaired
between 1989 and 1991, when its parapets were rebuilt.</p>
<figure><img src="/img/dunmarsh-bridge.jpg" alt="Dunmarsh Bridge">
<figcaption>Dunmarsh Bridge in 2019. Photo: Courier archive</figcaption></figure>
</article>
<footer><p>Last updated 9 May 2025, 10:14</p><p>&copy; 2025 Saule Valley Courier</p></footer>
</body>
</html>""",
        (
            expect("2025-05-06", "bridge", "closed"),
            expect("2025-04-29", "inspection"),
            expect("2025-05-05", "divers"),
            expect("2025-06-20~", "reopen", planned=True),
            expect("2025-05-09", "bus", planned=True),
            expect("2025-05-12", "meet", planned=True),
            expect("1936", "opened"),
            expect("1998/..", "listed"),
            expect("1989/1991", "repaired"),
        ),
    ),
    Text(
        "wexhamby-parking-suspension",
        "parking suspension notice",
        None,
        """WEXHAMBY BOROUGH COUNCIL
Highways and Parking Services

NOTICE OF TEMPORARY SUSPENSION OF PARKING BAYS

Notice ref: PS/2025/0419          Date of notice: 3 March 2025

Location: Carrow Street (north side, outside Nos. 12-40) and Fenn Row (both sides)

The Council, in exercise of its powers under section 49 of the Road Traffic Regulation Act
1984, gives notice that the resident permit bays at the above location will be suspended from
07:00 on Monday 10 March 2025 until 18:00 on Friday 14 March 2025.

The bays on Fenn Row will also be suspended on Saturday 22 and Sunday 23 March, and on Sunday
30 March, when a mobile crane will lift new valve chambers into place.

Reason: replacement of the gas main by Northmere Gas Networks. The works began on 6 January
2025 and are expected to be completed by the end of April 2025. The existing cast-iron main
was laid in 1911.

Controlled parking was introduced in Zone K in 2016. Holders of valid Zone K permits may park
in the pay-and-display bays on Orme Road, free of charge, during the suspension.

Vehicles left in a suspended bay may be removed to the vehicle pound at Lowgate and a Penalty
Charge Notice issued. Signs will be placed at least seven days before each suspension.

This notice replaces notice PS/2025/0388, which was withdrawn on 28 February 2025 after the
works were rescheduled.

Enquiries: Parking Services, 01632 960 557, quoting the notice reference.

Signed: R. Okonjo, Network Manager
For and on behalf of Wexhamby Borough Council""",
        (
            expect("2025-03-10/2025-03-14", "bays", "suspend", planned=True),
            expect("2025-03-22", "suspend", planned=True),
            expect("2025-03-23", "suspend", planned=True),
            expect("2025-03-30", "suspend", planned=True),
            expect("2025-01-06", "works", "began"),
            expect("../2025-04", "complet", planned=True),
            expect("1911", "laid"),
            expect("2016", "parking", "introduc"),
            expect("2025-02-28", "withdrawn"),
        ),
    ),
    Text(
        "serangkai-sepak-takraw",
        "sepak takraw match report",
        date(2025, 8, 24),
        """SEPAK TAKRAW | Regional Championships

Serangkai end eight-year wait for regu title

By Farid Hassim

BANDAR SELIMAU - Serangkai ended an eight-year wait for the regional regu title on Saturday,
beating defending champions Kuala Tenang 2-1 in a final that lasted nearly an hour at the
Dewan Seri Pagi.

After losing the first set 15-21, Serangkai took the second 21-18 and the decider 15-13,
with feeder Hafiz Omar setting up killer Zul Azhar for the roll spike that sealed it.
Tekong Amir Ridzuan served four aces in the deciding set.

Serangkai had needed three sets to get past Lembah Batu in Friday's semi-final. The
championships opened on 18 August with 14 regus in four groups, and Serangkai lost only one
set on the way to the knockout rounds.

"People said this team was too young. Today they answered," said coach Rosnah Idris, who took
over the squad in 2021 and promoted three players from the under-19 side.

Serangkai last won the regional crown in 2017. The sport is thought to have been brought to
the province around 1965 by teachers from the north, and the Dewan Seri Pagi, renovated in
2019, has hosted the championships every August since.

Serangkai will compete at the national championships in November, and Azhar, Omar and
Ridzuan have been named in the state team that will play at the national games from 4 to 9
December.

Final: Serangkai bt Kuala Tenang 15-21, 21-18, 15-13.
Semi-finals: Serangkai bt Lembah Batu 21-19, 18-21, 15-12; Kuala Tenang bt Tanjung Pasir
21-14, 21-17.""",
        (
            expect("2025-08-23", "title"),
            expect("2025-08-22", "semi"),
            expect("2025-08-18", "championships", "opened"),
            expect("2021", "rosnah"),
            expect("2017", "crown"),
            expect("1965~", "brought"),
            expect("2019", "renovat"),
            expect("2025-11", "national", "championships", planned=True),
            expect("2025-12-04/2025-12-09", "games", planned=True),
        ),
    ),
    Text(
        "korrabin-manganese-shipment",
        "manganese miner's release",
        None,
        """ASX ANNOUNCEMENT
15 July 2025

KORRABIN RESOURCES LIMITED (ASX: KRB)

FIRST MANGANESE ORE SHIPPED FROM TALLOW CREEK

Highlights
- First shipment of 32,000 wet tonnes of manganese lump ore departed Port Ellery on 2 July
  2025
- Commissioning of the processing plant completed on 20 June, on budget
- Second shipment expected to sail on or about 28 July

Korrabin Resources Limited ("Korrabin" or "the Company") is pleased to announce that the
first shipment of manganese ore from its 100%-owned Tallow Creek Project departed Port Ellery
on 2 July 2025, bound for a steel mill customer in East Asia.

The Company has held the Tallow Creek tenement since 2016. The deposit was first identified by
the state geological survey in 1978 but was not drilled until Korrabin's maiden program. The
mining lease was granted in November 2023, construction began in March 2024, and commissioning
of the dense media separation plant was completed on 20 June 2025.

Managing Director Sarah Penhale said: "The grades we are seeing in the pit are the best we
have recorded since drilling began, and the team has delivered the plant on budget."

Outlook
A second shipment is expected to sail on or about 28 July. A feasibility study on an
expansion to 1.5 million tonnes a year is scheduled for completion by 31 December 2025. The
Company's annual general meeting will be held in Esterby on 14 November 2025.

This announcement has been authorised for release by the Board of Korrabin Resources Limited.

Forward-looking statements: this announcement contains forward-looking statements which are
subject to risks and uncertainties. Mineral Resources are reported in accordance with the JORC
Code (2012 edition).""",
        (
            expect("2025-07-02", "shipment"),
            expect("2025-06-20", "commissioning", "complet"),
            expect("2025-07-28~", "second", "shipment", planned=True),
            expect("2016/..", "tenement"),
            expect("1978", "identified"),
            expect("2023-11", "lease", "granted"),
            expect("2024-03", "construction"),
            expect("../2025-12-31", "feasibility", planned=True),
            expect("2025-11-14", "meeting", planned=True),
        ),
    ),
    Text(
        "pellworth-apothecary-ledger",
        "apothecary's ledger of the 1780s",
        None,
        """DAY BOOK of John Ashby, Apothecary, at the Sign of the Golden Mortar, Pellworth.
                                                                    Fol. 14
1784                                                                £  s  d

Jan. 3d.  Mrs Pell, Highgate. Peruvian bark 1 oz., a cordial draught,
          & the powders for her daughter as before                   0  3  6
Do. 7th.  Mr Tanner, the Maltings. A blister plaster to the neck,
          & visit at night                                          0  2  0
Do. 19th. Recd of Mr Hollis, Attorney, in full of his acct. to
          Christmas last, by cash                                   1 14  0
Feb. 2d.  Bought of Messrs Dyer & Co., Druggists, Snow Hill, London:
          rhubarb 2 lb, ipecacuanha 4 oz, jalap 1 lb, camphor 8 oz,
          carriage by the Pellworth waggon                           2 11  0
Do. abt. the 20th. Delivered to the Workhouse by order of the
          Overseers, 4 doz. purging pills & 2 bottles of the
          saline mixture, to be charged to the parish               0  9  0
Mar. 1st. Called on Mr Tanner for his acct., unpaid since Oct. last,
          amounting to 1 6 4; he promises payment the 1st of April
          next, his malt being then sold.
Do. 5th.  Sent to Mrs Pell's by the boy, a vomit & 6 pills, she
          being worse of the ague                                   0  1  8

Memorandum. The shop & dwelling taken of Mr Crane the 29th Sept. 1781,
at eighteen pounds per annum, the rent payable quarterly.

                                             Carried forward    4 19 10""",
        (
            expect("1784-01-03", "bark"),
            expect("1784-01-07", "blister"),
            expect("1784-01-19", "hollis"),
            expect("1784-02-02", "dyer"),
            expect("1784-02-20~", "workhouse"),
            expect("1784-03-01", "tanner"),
            expect("1783-10/..", "unpaid"),
            expect("1784-04-01", "payment", planned=True),
            expect("1784-03-05", "pell"),
            expect("1781-09-29", "shop"),
        ),
    ),
    Text(
        "hallowfield-slow-worm-survey",
        "slow worm survey report",
        None,
        """HALLOWFIELD LANE, NETHERBY
REPTILE PRESENCE/ABSENCE SURVEY: SLOW WORM (Anguis fragilis)

Prepared for: Corvell Homes Ltd
Prepared by: Greenbank Ecology (T. Hale BSc MCIEEM)
Report ref. EC/2024/31 | Version 2 (interim) | Issued 10 May 2024

1. Summary
Slow worms are present on the site in low to medium numbers. A peak count of 11 adults and 4
juveniles was made on the third visit. No other reptile species were recorded.

2. Methods
Fifty roofing-felt refugia (0.5 m x 0.5 m) were laid along the rough grassland margins and
the northern hedge bank on 22 March 2024 and left to bed in for three weeks. The first three
of seven survey visits were made on 12, 19 and 26 April 2024, in suitable weather (9-18 °C,
no rain), following the Herpetofauna Workers' Guide. The remaining four visits will be
completed by the end of May 2024 and reported in Version 3.

3. Background
Slow worms were first recorded on the site in 1987, according to the county records centre.
The proposed receptor site at Ketch Meadow, 600 m to the east, has been managed as rough
grassland since about 2005 and holds no known slow worm population.

4. Legislation
Slow worms are protected against killing and injury under the Wildlife and Countryside Act
1981 (as amended).

5. Recommendations
Reptile-proof fencing is to be installed around the development footprint by the end of
August 2024. Slow worms will then be captured and translocated to Ketch Meadow in September
2024, after hibernacula and log piles have been built there. Site clearance should not begin
until the translocation is complete.

Table 1. Survey results
Visit | Date     | Adults | Juveniles
1     | 12 April | 4      | 0
2     | 19 April | 7      | 2
3     | 26 April | 11     | 4""",
        (
            expect("2024-03-22", "refugia"),
            expect("2024-04-12", "visit"),
            expect("2024-04-19", "visit"),
            expect("2024-04-26", "visit"),
            expect("../2024-05", "visits", planned=True),
            expect("1987", "recorded"),
            expect("2005~/..", "grassland"),
            expect("../2024-08", "fencing", planned=True),
            expect("2024-09", "translocat", planned=True),
        ),
    ),
    Text(
        "garrowby-cues-history",
        "snooker cue maker's history",
        None,
        """About Garrowby & Sons
Hand-made snooker and billiard cues

Garrowby & Sons was founded in 1919 by Albert Garrowby, a cabinet maker who had turned
cue-making from a hobby into a trade among the billiard halls of Hexley. Around 1934 Albert
made his first cue for a professional, the Welsh player Idris Mold, who used nothing else for
the rest of his career.

The Bridge Street workshop was bombed in 1941, and cue making did not resume until 1946, in a
former stable yard on Tanner's Row. Albert's son Harold introduced hand-spliced ash shafts
around 1958, and the splice, four ebony points set into the butt, is still the mark of a
Garrowby cue.

Harold's daughter Jean took over the business in 1972. She was the first woman to run a cue
workshop in the town, and under her the firm began making cues for players in Canada and
Australia.

On 6 May 2002 the workshop moved to its present home in the old Hexley tram depot. Since 2016
the company has been owned by its nine employees through an employee ownership trust.

Every cue is still made by hand from start to finish and takes up to 40 hours; we make about
600 a year, and each is signed by the maker. A showroom and cue-fitting studio at the depot is
planned to open in 2026.

Visit us: The Tram Depot, Wharf Road, Hexley. Open Monday to Friday, 9am to 5pm.
© 2025 Garrowby & Sons Ltd. All rights reserved.""",
        (
            expect("1919", "founded"),
            expect("1934~", "first", "cue"),
            expect("1941", "bombed"),
            expect("1946", "resum"),
            expect("1958~", "ash"),
            expect("1972", "jean"),
            expect("2002-05-06", "moved"),
            expect("2016/..", "employee"),
            expect("2026", "showroom", planned=True),
        ),
    ),
    Text(
        "quarnby-youth-minister-statement",
        "youth minister's statement",
        date(2025, 9, 14),
        """A statement from our Youth Minister

St Aldric's Church, Quarnby

Dear parents, carers and young people,

I am writing to let you know that on Thursday the leadership team took the difficult decision
to postpone this month's youth camp at Oakridge. The fire in the church hall kitchen on 3
September destroyed much of the camping kit we store there, and the insurers, to whom we sent
our claim two days later, have told us that it cannot be replaced in time.

The camp will now take place from 17 to 19 April 2026, at the same site. Deposits already paid
will be carried over, or refunded on request.

I would like to invite every family to a meeting in church on Tuesday at 7.30pm, where I will
explain the new arrangements and answer your questions. Youth Sunday on 5 October will go
ahead as planned, and our young people will lead the morning service.

In line with diocesan guidance, all our volunteer leaders will complete refresher safeguarding
training by 31 October.

St Aldric's youth group has been running since around 1994, and in all that time we have
camped at Oakridge every September. I know how much it means to many of you, and I share your
disappointment. When I began as your youth minister in January 2022, the first thing I was
told was "don't ever cancel camp"!

Please keep the hall team in your prayers as they clear up, and thank you for your patience.

With love and prayers,

Ben Achterberg
Youth Minister""",
        (
            expect("2025-09-11", "postpone"),
            expect("2025-09-03", "fire"),
            expect("2025-09-05", "claim"),
            expect("2026-04-17/2026-04-19", "camp", planned=True),
            expect("2025-09-16", "meeting", planned=True),
            expect("2025-10-05", "youth", "sunday", planned=True),
            expect("../2025-10-31", "training", planned=True),
            expect("1994~/..", "youth", "group"),
            expect("2022-01", "minister"),
        ),
    ),
    Text(
        "strikewell-lanes-news",
        "bowling alley's HTML page",
        date(2025, 6, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News &amp; Events | Strikewell Lanes, Farnley</title>
</head>
<body>
<header>
<h1>Strikewell Lanes</h1>
<p>24 lanes &middot; Ten Pin Bar &middot; diner &middot; open 10am&ndash;11pm every day</p>
<nav><a href="/">Home</a> <a href="/book">Book a lane</a> <a href="/parties">Parties</a> <a
href="/news">News</a></nav>
</header>
<main>
<h2>What's on this week</h2>
<ul>
<li><strong>Lanes 1&ndash;8 closed Tuesday to Thursday</strong> while the approaches are
resurfaced. Lanes 9&ndash;24 stay open as normal.</li>
<li>Our new scoring system went live last Friday &ndash; thanks for your patience while we ironed
out the bugs!</li>
<li><strong>Karaoke night</strong> returns to the Ten Pin Bar on Friday from 8pm.</li>
</ul>
<h2>Coming up</h2>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>Monday 16 June</td><td>Summer league starts (teams of four, 10 weeks)</td></tr>
<tr><td>Saturday 28 June</td><td>Junior Open for under-16s, &pound;5 entry</td></tr>
</table>
<h2>About us</h2>
<p>Strikewell opened in 1961 as Farnley's first ten-pin centre, with 12 lanes, and was
refurbished and doubled in size in 2008. It has been owned by the Okoro family since 1979.
The house record, a 299 game, was bowled by Pat Keane on 12 March 1994, and nobody has come
closer since.</p>
</main>
<footer><p>&copy; 2025 Strikewell Lanes Ltd &middot; 14 Mill Road, Farnley &middot; Company no.
01961214</p></footer>
</body>
</html>""",
        (
            expect("2025-06-03/2025-06-05", "lanes", "closed", planned=True),
            expect("2025-05-30", "scoring"),
            expect("2025-06-06", "karaoke", planned=True),
            expect("2025-06-16", "league", planned=True),
            expect("2025-06-28", "junior", planned=True),
            expect("1961", "opened"),
            expect("2008", "refurbish"),
            expect("1979/..", "okoro"),
            expect("1994-03-12", "record"),
        ),
    ),
    Text(
        "fenwold-admission-appeal",
        "school admissions appeal panel decision",
        None,
        """FENWOLD COUNCIL
INDEPENDENT APPEAL PANEL

School admission appeal: Year 7, Kettlemoor Academy
Appellant: Mrs L. Adeyemi        Child: T. Adeyemi
Case no. AP/25/0631              Date of this letter: 11 July 2025

Dear Mrs Adeyemi,

DECISION OF THE PANEL

Your appeal was heard by the panel on 9 July 2025. I am writing to tell you that the panel
has upheld your appeal.

1. Background
You applied for a place at Kettlemoor Academy on 12 January 2025, naming it as your first
preference. On 16 April 2025, national offer day, the local authority refused a place because
the school was oversubscribed, and offered a place at Linley High School. You lodged your
appeal on 13 May. The family moved to the area around March 2024, and your older son has
attended Kettlemoor since September 2022.

2. Stage one
The school's published admission number has been 180 since September 2019. The admission
authority told the panel that Year 7 classrooms are full and that a new classroom block is
expected to open in January 2026. The panel accepted that admitting another pupil would
prejudice the efficient use of resources.

3. Stage two
The panel considered the medical evidence about T.'s condition and the difficulty of the
journey to Linley, which would involve two buses. It decided that your case outweighs the
prejudice to the school.

4. Decision
The appeal is upheld. The decision is binding on the admission authority. The school will
contact you about uniform and induction; T. is expected to start at Kettlemoor on 3
September 2025.

Yours sincerely,

P. Marchetti
Clerk to the Independent Appeal Panel""",
        (
            expect("2025-07-09", "heard"),
            expect("2025-01-12", "applied"),
            expect("2025-04-16", "refused"),
            expect("2025-05-13", "appeal", "lodged"),
            expect("2024-03~", "moved"),
            expect("2022-09/..", "son"),
            expect("2019-09/..", "admission", "number"),
            expect("2026-01", "classroom", planned=True),
            expect("2025-09-03", "start", planned=True),
        ),
    ),
    Text(
        "castrenza-mosaic-workshop",
        "mosaic workshop's history",
        None,
        """The Castrenza Mosaic Workshop: a short history

The workshop was founded in 1888 by Pietro Castrenza, a mosaicist from Friuli who had come to
Northam to lay the floor of the new Corn Exchange. Its first large commission of its own, the
entrance floor of Northam Town Hall, was completed in 1897 and can still be seen today.

Around 1905 the business moved to the former Methodist chapel on Gate Street that it still
occupies. Between 1910 and 1914 it decorated the apses of eleven churches across the diocese,
working in Venetian smalti shipped in barrels by sea. The workshop probably made the
blue-and-gold mural at Northam Central station in 1931, though no contract survives to confirm
the date.

The workshop closed in 1940, when its younger craftsmen were called up, and reopened in 1947
under Pietro's grandson, Enzo Castrenza. Enzo's commissions were smaller: shop thresholds,
swimming baths and, above all, memorial panels.

The workshop's apprenticeship scheme has run since 1999 and has trained 48 mosaicists, many
of whom now run studios of their own.

In 2026 the workshop will move to larger premises in the restored Northam goods shed, where a
public gallery is to open the same year. Like every mosaic we make, the move has been planned
piece by piece.

Castrenza Mosaic Workshop, Gate Street, Northam. Commissions, restoration and courses.""",
        (
            expect("1888", "founded"),
            expect("1897", "town", "hall"),
            expect("1905~", "chapel"),
            expect("1910/1914", "churches"),
            expect("1931?", "mural"),
            expect("1940", "closed"),
            expect("1947", "reopened"),
            expect("1999/..", "apprentice"),
            expect("2026", "move", planned=True),
        ),
    ),
    Text(
        "dunnock-skittles-fixture-card",
        "skittles league fixture card",
        date(2026, 1, 5),
        """DUNNOCK & DISTRICT SKITTLES LEAGUE
Founded 1952

DIVISION ONE: FIXTURE CARD, SEASON 2025-26 (SECOND HALF)

All matches on Thursdays, 8.00pm start. Home team named first.

RESULTS TO DATE (FIRST HALF)
Thu 2 Oct    Red Lion A 5 - 1 Plough            Opening night
Thu 16 Oct   Crown 2 - 4 Red Lion A
Thu 11 Dec   Christmas Knockout Final, at the Bell: Crown beat Red Lion B by 14 pins

FIXTURES (SECOND HALF)
Thu 8 Jan    Bell Inn v Red Lion A
Thu 12 Feb   Red Lion B v Crown
Thu 12 Mar   Plough v Bell Inn                  Last league night
Fri 27 Mar   Annual General Meeting and presentation night, Red Lion, 7.30pm

SPRING PAIRS
Entries for the Spring Pairs must reach the Secretary by Sat 31 January. Entry £4 a pair.

RULES
1. Teams of eight; three legs of three balls each per player.
2. Postponed matches must be played within 14 days, by agreement of both captains.
3. Sticking-up is the duty of the home team. Sticks down by 10.45pm on all nights.
4. Results to the Secretary by the Saturday after each match.

Secretary: Mrs D. Pyke, 3 Orchard Close, Dunnock. Tel. 01632 960 412
Printed by Dunnock Print Co. for the League Committee""",
        (
            expect("1952", "found"),
            expect("2025-10-02", "plough"),
            expect("2025-10-16", "crown"),
            expect("2025-12-11", "knockout"),
            expect("2026-01-08", "bell", planned=True),
            expect("2026-02-12", "crown", planned=True),
            expect("2026-03-12", "plough", planned=True),
            expect("2026-03-27", "meeting", planned=True),
            expect("../2026-01-31", "pairs", planned=True),
        ),
    ),
)
