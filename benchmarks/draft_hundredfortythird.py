"""The hundred-and-forty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or the earlier batches, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
volcanic ash advisory for aviation, a squash tournament report, a software acquisition press
release, a lock-keeper's daybook of the 1900s, a soil survey field report, a covered market's
history, a treasury spending review statement, a choral society's HTML concert page, a planning
appeal costs decision, a bell foundry's history and a university convocation notice. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, a decade, "last year", a financial year) are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYTHIRD_CORPUS",)


HUNDREDFORTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-operator-insolvency",
        "wire story with a dateline",
        date(2025, 3, 14),
        """OSTRAVEN, March 14 (Northgate News) - Bluewater Ferries, which runs four routes across
the Ostra Sound, filed for insolvency protection on Thursday, leaving about 600 crew members
unsure whether they will be paid this month.

The company said its last crossing had sailed from Ostraven on Wednesday night. A rescue bid
from the Ostraven port authority was rejected by the company's lenders on February 27.
Services are to resume on April 7 under an interim operator appointed by the regional
transport board, a board spokesman said.

Court-appointed administrator Ilse Varga will meet creditors on Tuesday. Passengers holding
tickets must claim refunds by April 30, she said in a statement. Varga added that she hoped
to find a buyer for the company's two newest vessels by May 31.

Bluewater was founded in 1962 as a single-vessel service to the outer islands and opened its
mainland route the following year. Its troubles began in about 2019, when fuel costs rose
sharply and two of its older vessels failed safety inspections.

"We ran out of road," chief executive Piet Marsden told staff in an email seen by Northgate
News. "Nobody wanted to be the one to stop the boats."

It is the third ferry operator in the region to fail since 2008. Crossings on the busiest
route ran every 40 minutes in summer, under timetables approved under the 1994 Maritime
Safety Act.

(Reporting by Anouk Brandt; Editing by Samuel Okoro)""",
        (
            expect("2025-03-13", "insolvency"),
            expect("2025-03-12", "crossing"),
            expect("2025-02-27", "bid"),
            expect("2025-04-07", "resume", planned=True),
            expect("2025-03-18", "creditors", planned=True),
            expect("../2025-04-30", "refunds", planned=True),
            expect("../2025-05-31", "buyer", planned=True),
            expect("1962", "found"),
            expect("1963", "mainland"),
            expect("2019~", "troubles"),
        ),
    ),
    Text(
        "calibration-laboratory-opens",
        "press release",
        None,
        """Halvard Instruments opens calibration laboratory in Brennstad

BRENNSTAD, Norway, 4 June 2025 - Halvard Instruments AS today opened a 2,400-square-metre
calibration laboratory at its Brennstad headquarters, doubling the company's capacity for
testing pressure and flow meters. The laboratory will begin accepting customer instruments
on 1 July.

Construction of the laboratory began in March 2024 and cost about NOK 180 million. The
building was designed to meet the requirements of ISO/IEC 17025; Halvard has held
accreditation under that standard since 2011.

"Our customers in offshore energy have waited too long for their instruments," said chief
executive Petra Lunde. "Now most of them will be back on the platform in five working days."

Halvard plans to open a second laboratory, in Tallinn, in 2026, and expects to hire about 40
technicians for the two sites by March 2026. Revenue rose 12 per cent in the last financial
year, the company's strongest growth since 2015.

About Halvard Instruments
Halvard Instruments AS was founded in 1987 by engineer Olav Halvard in a garage in Brennstad.
It employs 310 people and serves customers in 28 countries. Halvard is a member of the
Norwegian Metrology Association.

Media contact:
Ingrid Saether, Head of Communications
+47 55 01 23 45 | press@halvard-instruments.example""",
        (
            expect("2025-06-04", "laboratory", "open"),
            expect("2025-07-01", "instruments", planned=True),
            expect("2024-03", "construction"),
            expect("2011/..", "accreditation"),
            expect("2026", "tallinn", planned=True),
            expect("../2026-03", "technicians", planned=True),
            expect("1987", "found"),
        ),
    ),
    Text(
        "pinecrest-v-marlow",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

PINECREST TURBINE WORKS, INC., Plaintiff-Appellee,
v.
MARLOW HYDRO COOPERATIVE, Defendant-Appellant.

No. 2-23-0417

OPINION

JUSTICE ALVAREZ-KOENIG delivered the opinion of the court:

1 Defendant Marlow Hydro Cooperative appeals from the summary judgment entered against it on
Pinecrest Turbine Works' claim for the unpaid price of two turbines. We affirm.

I. BACKGROUND

2 The parties began trading in about 2014, when Pinecrest supplied replacement runners for
the Ode River plant, which Marlow has operated since 1988. On March 3, 2019, they signed a
contract for two 4.5-megawatt turbines at a price of $2,960,000. Delivery was due on or
before June 1, 2019.

3 Pinecrest delivered the turbines on or about August 15, 2019. Marlow installed them, ran
them through the autumn, and paid nothing. It contends that the late delivery was a material
breach that excused payment under section 2-609 of the Westmarch Commercial Code of 1961.

4 Pinecrest sued on January 9, 2020. After discovery, the trial court granted Pinecrest's
motion for summary judgment on November 22, 2022, and Marlow filed its notice of appeal on
December 5. We heard oral argument on September 12, 2023.

II. ANALYSIS

5 We review the grant of summary judgment de novo. A buyer who accepts goods, and keeps
using them knowing that they were tendered late, cannot afterwards reject them for that
delay. Marlow accepted the turbines, has used them for more than three years, and never gave
notice of rejection. Its remedy, if any, was a claim for damages caused by the delay, which
it has never pleaded.

III. CONCLUSION

6 The judgment of the circuit court of Ardley County is affirmed.

Affirmed.""",
        (
            expect("2014~", "trading"),
            expect("1988/..", "operat"),
            expect("2019-03-03", "contract"),
            expect("../2019-06-01", "delivery"),
            expect("2019-08-15~", "deliver"),
            expect("2020-01-09", "sue"),
            expect("2022-11-22", "summary", "judgment"),
            expect("2022-12-05", "appeal"),
            expect("2023-09-12", "argument"),
        ),
    ),
    Text(
        "kessling-bridge",
        "encyclopedia history",
        None,
        """Kessling Bridge

Kessling Bridge is a medieval stone bridge carrying the old Harwell road over the River Lenn
at Kessling, in the county of Westmoor. Its seven pointed arches make it the longest
surviving medieval bridge in the county.

History
The first bridge on the site, of timber, was built c. 1180 by the canons of Lenmouth Priory.
It was swept away by a flood in 1338, and for more than sixty years travellers crossed the
Lenn by ferry.

The present stone bridge was completed in 1402. A chantry chapel on its central pier is
traditionally said to have been consecrated in 1420, though no record of the consecration
survives and the date may be a later invention. Tolls were charged from 1610 until 1878, when
the county bought the bridge and freed it.

The carriageway was widened in 1789 and 1856, each time by building out over new cutwaters on
the upstream side; the older masonry can still be seen from the riverbank below.

Present day
The bridge has been a scheduled monument since 1951. Some 9,000 vehicles cross it each day,
and a weight limit of 7.5 tonnes applies. A restoration of the parapets, funded by Westmoor
County Council, is expected to be completed in 2027.

See also
List of medieval bridges in Westmoor""",
        (
            expect("1180~", "timber"),
            expect("1338", "flood"),
            expect("1402", "stone"),
            expect("1420?", "consecrat"),
            expect("1610/1878", "tolls"),
            expect("1878", "bought"),
            expect("1789", "widen"),
            expect("1856", "widen"),
            expect("1951/..", "monument"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "rovers-win-at-elmfield",
        "sports report",
        date(2024, 11, 17),
        """Rovers end Elmfield hoodoo as Pell strikes twice

By Callum Reade

Elmfield Town 1 Ashcombe Rovers 2

Ashcombe Rovers came from behind to beat Elmfield Town 2-1 at Brook Lane on Saturday.

Jonah Pell, signed from Dunford Athletic in August, headed the equaliser six minutes after
half-time and turned in Kieran Adu's low cross with eight minutes left. He has now scored
seven goals in eight games, including both in the 3-1 win over Carrick on 2 November.

Elmfield had led through Dan Okafor's penalty on 31 minutes. Rovers missed their club
captain Ben Orme, who has been out with a hamstring injury since 19 October and is expected
back for the home game against Brigg on 14 December. Sam Lyle wore the armband.

It was Rovers' first league win at Brook Lane since 2009. "Jonah does the same thing every
training session - he gets in the box," said manager Rhona Tait, who was appointed in
January 2023.

Rovers, who were relegated in 2021 and promoted two years later, climb to sixth.

They host Ashby Vale on Tuesday and travel to Welling for the cup second round on
30 November.

Elmfield: Price; Dunne, Achebe, Walsh, Tiller; Okafor, Brandt, Hughes; Lowe, Sesay, Finch.
Ashcombe: Hale; Mensah, Lyle, Corrie, Banks; Adu, Fenwick, Moyo; Grant, Pell, Dixon.
Referee: Martin Cole. Attendance: 4,812.""",
        (
            expect("2024-11-16", "elmfield"),
            expect("2024-08", "sign"),
            expect("2024-11-02", "carrick"),
            expect("2024-10-19/..", "orme"),
            expect("2024-12-14", "brigg", planned=True),
            expect("2023-01", "appoint"),
            expect("2021", "relegat"),
            expect("2023", "promot"),
            expect("2024-11-19", "ashby", planned=True),
            expect("2024-11-30", "welling", planned=True),
        ),
    ),
    Text(
        "tollan-and-rees-history",
        "company history",
        None,
        """Our history

Tollan & Rees was founded in 1884 by Agnes Tollan and her brother-in-law Hugh Rees, who baked
oatcakes in a back room behind a grocer's shop in Carrick Wynd, Dunmore. The partners moved
to a purpose-built works on the canal basin in 1902 and incorporated the business as a limited
company in 1910.

The biscuit that made the firm's name, the Ginger Crumb, was introduced around 1925 and is
still baked to the original recipe. The works turns out some 40 million of them each year,
and every packet still carries Agnes Tollan's signature.

Tollan & Rees shares were listed on the Northern Stock Exchange in 1968. Harrowfield Foods
acquired the company in 1997, and sold it back to the Rees family two years later.

Since 2015 the company has been led by Catriona Rees, great-great-granddaughter of Hugh Rees.
Under her, the firm has cut the sugar in its core range by a fifth and switched the canal
works to renewable electricity. Sales are now the highest since 1968.

A second bakery, at Kelty Road on the edge of Dunmore, is due to open in 2026 and will bring
120 new jobs to the town.

Tollan & Rees Ltd, Canal Works, Dunmore DN2 4HT. Registered in Scotland no. SC004417.""",
        (
            expect("1884", "found"),
            expect("1902", "move"),
            expect("1910", "incorporat"),
            expect("1925~", "ginger"),
            expect("1968", "list"),
            expect("1997", "acquir"),
            expect("1999", "sold"),
            expect("2015/..", "catriona"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "astraea-mission",
        "mission summary",
        None,
        """ASTRAEA - MISSION SUMMARY

Mission type: asteroid sample return
Operator: Meridian Space Agency (MSA)
Target: near-Earth asteroid (88211) Veyla
Launch mass: 2,150 kg
Launch vehicle: Vela-4

Overview
Astraea is the MSA's first mission to bring material from an asteroid back to Earth. Veyla,
about 480 metres across, orbits the Sun every 1.9 years. The mission was selected in
November 2016 from four candidate proposals.

Timeline
Astraea was launched on 14 September 2021 from the Sarn launch site. It made an Earth flyby
on 2 October 2022, which bent its orbit toward Veyla, and arrived at the asteroid on 19 June
2024. Science operations began three days later.

On 8 August a fault in one solar array drive cut the power available to the instruments by
roughly a quarter. Mapping continued at a reduced rate while engineers worked round the
fault.

Current status and plans
The spacecraft is mapping Veyla from an altitude of about 2 km. The first sample collection
attempt is planned for on or about 11 March 2025, with a backup attempt, if one is needed, no
later than 30 April. Astraea is scheduled to leave Veyla in November 2025, and its return
capsule is expected to land on the Tarn Flats test range in September 2027.

Instruments: AVC wide-angle camera; VIRS infrared spectrometer; LRA laser altimeter;
SCU sample collection unit.""",
        (
            expect("2016-11", "select"),
            expect("2021-09-14", "launch"),
            expect("2022-10-02", "flyby"),
            expect("2024-06-19", "arriv"),
            expect("2024-06-22", "science"),
            expect("2024-08-08", "array"),
            expect("2025-03-11~", "sample", planned=True),
            expect("../2025-04-30", "backup", planned=True),
            expect("2025-11", "leave", planned=True),
            expect("2027-09", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        date(2025, 4, 22),
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, Hon. Delia Marsh, on the drought
22 April 2025

The Government declared a drought in the eastern and central catchments on 3 March.
Rainfall between 1 February and 15 April was 38 per cent of the long-term average, and
reservoir levels have fallen steadily since January; the main reservoirs now stand at 54 per
cent of capacity. This is the most severe drought since 2018.

On Thursday I met the chief executives of the five regional water companies. We agreed that
restrictions on the use of hosepipes and sprinklers will take effect on 1 May in the eastern
and central catchments. Farmers holding abstraction licences will be contacted individually
by their regional council.

The drought response fund, established in 2019, will provide a further 40 million dollars to
rural councils for emergency supplies of drinking water.

My Ministry will publish a full review of the country's drought resilience no later than
30 June.

I ask every household to play its part. Watering a garden every evening can use more water
than a family of four drinks in a month. Short showers, full washing machines and a bucket
instead of a hose all make a difference.

Media enquiries: Ministry press office, 04 471 2200""",
        (
            expect("2025-03-03", "drought"),
            expect("2025-02-01/2025-04-15", "rainfall"),
            expect("2025-01/..", "reservoir"),
            expect("2025-04-17", "companies"),
            expect("2025-05-01", "restrictions", planned=True),
            expect("2019", "fund"),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "harwick-library-reopens",
        "HTML news page",
        date(2025, 9, 5),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harwick library reopens after two-year repair | Harwick Courier</title>
</head>
<body>
<header><a href="/">Harwick Courier</a> <nav>News | Sport | What's on</nav></header>
<article>
<h1>Harwick library reopens after two-year repair</h1>
<p class="byline">By Maya Lindqvist | <time datetime="2025-09-05">5 September 2025</time></p>
<figure><img src="/img/library-0905.jpg" alt="">
<figcaption>The reading room on Thursday. Photo: Tom Hale</figcaption></figure>
<p>Harwick's Carnegie library reopened to the public on Thursday, more than two years after
a storm brought down part of its roof.</p>
<p>Library manager Priya Dhar said the number of visitors on Thursday was "beyond anything we
hoped". A cafe run by the Friends of Harwick Library will open in the foyer on 1 October, and
the author Nell Ashdown will give the first of the autumn talks on Saturday 13 September.
Talks are held on the second Saturday of every month.</p>
<p>The library was founded in 1908 with a grant from the Carnegie trustees. The building has
been owned by the council since 1974. It closed in June 2023 after the storm damage.</p>
<p>Funding for the repairs was approved by the council in March 2024, and works began the
following month. The final bill was about 3.2 million pounds.</p>
</article>
<footer>&copy; 2025 Harwick Courier Ltd. Registered in England no. 04471203</footer>
</body>
</html>""",
        (
            expect("2025-09-04", "reopen"),
            expect("2025-10-01", "cafe", planned=True),
            expect("2025-09-13", "ashdown", planned=True),
            expect("1908", "found"),
            expect("1974/..", "own"),
            expect("2023-06", "close"),
            expect("2024-03", "funding"),
            expect("2024-04", "works"),
        ),
    ),
    Text(
        "karstavik-ash-advisory",
        "volcanic ash advisory for aviation",
        date(2025, 8, 12),
        """FVXX27 MRVA 121530
VA ADVISORY
DTG: 20250812/1530Z
VAAC: MERIDIAN
VOLCANO: KARSTAVIK 373140
PSN: N6418 W01852
AREA: NORDLAND
SUMMIT ELEV: 1491M
ADVISORY NR: 2025/014
INFO SOURCE: SATELLITE. WEBCAM. PILOT REPORTS. NORDLAND MET OFFICE.
AVIATION COLOUR CODE: RED
ERUPTION DETAILS: ERUPTION STARTED AT 12/0905Z. ASH PLUME TO FL250 REPORTED BY PILOTS AND
CONFIRMED BY RADAR.
OBS VA DTG: 12/1500Z
OBS VA CLD: SFC/FL250 N6425 W01900 - N6450 W01740 - N6430 W01650 - N6412 W01830 -
N6425 W01900 MOV NE 30KT
FCST VA CLD +6 HR: 12/2100Z SFC/FL250 N6440 W01910 - N6520 W01620 - N6450 W01510 -
N6410 W01820 - N6440 W01910
FCST VA CLD +12 HR: 13/0300Z SFC/FL200 N6450 W01850 - N6600 W01430 - N6510 W01300 -
N6420 W01750 - N6450 W01850
FCST VA CLD +18 HR: 13/0900Z SFC/FL150 N6500 W01800 - N6630 W01240 - N6530 W01100 -
N6430 W01700 - N6500 W01800
RMK: ERUPTION FOLLOWS SEISMIC UNREST SINCE 28 JUL. NORDLAND VOLCANO OBSERVATORY RAISED THE
COLOUR CODE TO ORANGE ON 10 AUG. LAST ERUPTION OF KARSTAVIK IN MAR 2019 LASTED ABOUT 3
WEEKS. ERUPTION EXPECTED TO CONTINUE. ASH DISPERSION MODEL RUN EVERY 6 HR. PILOTS ARE
REQUESTED TO REPORT VA ENCOUNTERS.
NXT ADVISORY: NO LATER THAN 20250812/2130Z""",
        (
            expect("2025-08-12", "eruption"),
            expect("2025-08-12", "observ"),
            expect("2025-08-12", "forecast", planned=True),
            expect("2025-08-13", "forecast", planned=True),
            expect("2025-08-13", "forecast", planned=True),
            expect("2025-07-28/..", "unrest"),
            expect("2025-08-10", "orange"),
            expect("2019-03", "eruption"),
            expect("../2025-08-12", "advisory", planned=True),
        ),
    ),
    Text(
        "harbour-city-open-squash",
        "squash tournament report",
        date(2025, 3, 10),
        """Castell reclaims Harbour City Open crown

SQUASH | By Devi Ramsay

Amira Castell won the Harbour City Open for a fourth time on Sunday, beating top seed Yuki
Harada 11-8, 9-11, 11-6, 7-11, 11-9 in 84 minutes on the glass court at Pier 4.

Castell turned professional in about 2014 and won the title here in 2019, 2021 and 2023.
"This one feels different," she said. "I've lost to Yuki three times this season."

In Saturday's semi-final Castell, who has been ranked world No. 4 since January, needed five
games and 97 minutes to get past Nour Salem. She is expected to climb to No. 3 when the next
rankings are published on 1 April.

The Harbour City Open, played from 3 to 9 March at Pier 4, drew a record 11,400 spectators
over the week. It was the first women's final at the event to go to five games since 2017.
The 1,200-seat glass court is put up on the pier every spring.

Harada, who trains every morning at the Eastgate club, said she would "watch the last game
back a hundred times".

Results - final: A. Castell bt Y. Harada 3-2. Semi-finals: Castell bt N. Salem 3-2;
Harada bt L. Moreau 3-0.""",
        (
            expect("2025-03-09", "castell", "win"),
            expect("2014~", "professional"),
            expect("2019", "title"),
            expect("2021", "title"),
            expect("2023", "title"),
            expect("2025-03-08", "semi"),
            expect("2025-01/..", "ranked"),
            expect("2025-04-01", "rankings", planned=True),
            expect("2025-03-03/2025-03-09", "open"),
        ),
    ),
    Text(
        "corvant-acquires-ledgerly",
        "software acquisition press release",
        None,
        """Corvant Systems to Acquire Ledgerly, Expanding Its Cloud Accounting Platform

Acquisition adds 14,000 small-business customers

SAN MATEO, Calif., Feb. 18, 2025 /BizTrade Wire/ -- Corvant Systems, Inc. (NASDAQ: CRVT), a
provider of finance software for small businesses, today announced that it has signed a
definitive agreement to acquire Ledgerly, Inc., a privately held cloud bookkeeping company
based in Austin, Texas, for approximately $410 million in cash and stock.

Founded in 2013 by Maya Okonkwo and Felix Brandt, Ledgerly launched its cloud product in 2016
and passed 10,000 paying customers in 2022. It raised a $60 million Series C round in March
2021 and has been profitable since 2020.

The transaction, approved by the boards of both companies, is expected to close by June 30,
2025, subject to regulatory approvals.

Corvant previously acquired payroll specialist Tabwise in 2019 and invoicing start-up Numa in
2023. "Ledgerly is the piece our customers have asked for," said Corvant CEO Daniel Reyes.

Conference Call
Corvant will host a conference call for investors on Wednesday, February 19, at 8:00 a.m. ET.
A replay will be available at investors.corvant.example for 90 days.

About Corvant Systems
Corvant serves more than 90,000 businesses in North America and Europe with payroll,
invoicing and expense software. Version 12.4 of its platform is used by 3,100 accounting firms.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media Contact: Jordan Ellis, +1 650 555 0142, press@corvant.example""",
        (
            expect("2025-02-18", "agreement"),
            expect("2013", "found"),
            expect("2016", "launch"),
            expect("2022", "customers"),
            expect("2021-03", "series"),
            expect("2020/..", "profitable"),
            expect("../2025-06-30", "close", planned=True),
            expect("2019", "tabwise"),
            expect("2023", "numa"),
            expect("2025-02-19", "call", planned=True),
        ),
    ),
    Text(
        "kelsby-lock-daybook",
        "lock-keeper's daybook of the 1900s",
        None,
        """KELSBY LOCK.  DAY BOOK.
Kept by Wm. Harrow, keeper at this lock since March 1889.

1906.  June.
Date        Up  Down  Remarks
Mon.   4     6    4   Wind S.W. fresh. Barge "Emily" of Reading through at 7 a.m. with 40
                      tons of timber for Mr. Grice. Top gates leaking bad.
Tues.  5     3    5   Carpenter from the Conservancy came about the top gates. Says new
                      gates to be fitted by the 30th inst. Paid tolls 14s. 6d. to the
                      collector, as every Tuesday.
Sat.   9     0    0   Flood. No traffic. Water 2 ft. 3 in. over the towpath, highest
                      since 1894. Wife and boy moved the fowls up to the loft.
Tues. 12     8    7   Water down. Traffic resumed. Two steam launches through, one of
                      them the "Curlew" belonging to Col. Ashby.
Thurs. 14    5    6   Mr. Pocock, Inspector, came and looked at the roof of the lock house.
                      He says the lock was built about 1771 and the house is to be new
                      built in 1908.
Mon.  18     4    4   Carpenters fitted the new top gates. Lock shut 9 till 4. Gave the
                      men beer, 1s. 2d.

Tolls taken this month: 3 l. 11s. 4d.   Boats through: 1287 tons.""",
        (
            expect("1889-03/..", "harrow"),
            expect("1906-06-04", "emily"),
            expect("1906-06-05", "carpenter"),
            expect("../1906-06-30", "gates", planned=True),
            expect("1906-06-09", "flood"),
            expect("1906-06-12", "traffic"),
            expect("1906-06-14", "inspector"),
            expect("1771~", "built"),
            expect("1908", "house", planned=True),
            expect("1906-06-18", "gates"),
        ),
    ),
    Text(
        "ardmore-soil-survey",
        "soil survey field report",
        None,
        """FIELD REPORT - SOIL SURVEY
Report no.: SR-2024-31
Site: North Field, Ardmore Home Farm (grid ref. NT 4127 6953)
Surveyors: K. Lindgren, O. Baptiste
Dates of survey: 14-16 May 2024
Report date: 21 May 2024

1. Conditions during survey
Heavy rain fell on 9 May, five days before the first visit, and the lower pits (P4-P6) were
waterlogged below 45 cm. The upper pits were moist throughout.

2. Site history
The field was under permanent grass from 1948 until 1979, when it was ploughed out for
cereals. Clay tile drains were laid in about 1965 (farm records), and the outfall to the
Ardmore Burn was rebuilt in 2011. Ground limestone was applied at 5 t/ha in March 2023. The
field was last cultivated in autumn 2022, for winter barley.

3. Profiles
Six pits were dug and described following the Soil Survey Field Handbook (1976 edition).
Texture by hand; Munsell colours moist.
P1  0-28 cm   Ap   dark greyish brown (10YR 4/2) sandy clay loam; pH 6.2
    28-60 cm  Bw   yellowish brown (10YR 5/4) sandy clay loam; few stones
P4  0-25 cm   Ap   very dark greyish brown (10YR 3/2) clay loam; pH 5.9
    25-70 cm  Bg   grey (10YR 6/1) clay with many ochreous mottles
Soils: Linton series on the upper slope, Cairn series in the hollow.

4. Follow-up
Samples from each horizon were sent to the laboratory on 16 May 2024; results are expected
by 28 June. A second visit to auger the eastern headland is scheduled for 3 September.""",
        (
            expect("2024-05-14/2024-05-16", "survey"),
            expect("2024-05-09", "rain"),
            expect("1948/1979", "grass"),
            expect("1979", "plough"),
            expect("1965~", "drains"),
            expect("2011", "outfall"),
            expect("2023-03", "lime"),
            expect("2024-05-16", "samples"),
            expect("../2024-06-28", "results", planned=True),
            expect("2024-09-03", "visit", planned=True),
        ),
    ),
    Text(
        "halbury-market-hall",
        "covered market's history",
        None,
        """Halbury Market Hall: a short history

King Henry III granted Halbury a market charter in 1247, and markets have been held in the
town on Tuesdays and Saturdays ever since. For centuries trading took place in the open
street around the market cross, built around 1600 and still standing at the top of Sheep
Street.

The covered hall was the idea of the town's improvement commissioners, who wanted the
butchers and fishmongers off the street. Designed by the architect Joseph Whitlow, it opened
on 12 October 1853 with 84 stalls. An iron and glass roof over the fish market was added in
1871.

Fire broke out on the night of 3 January 1920 and destroyed the east range. The hall
reopened about eighteen months later, with the east range rebuilt in brick.

The building was listed at Grade II in 1974. A council plan to demolish it for a shopping
centre was abandoned in 1986 after a campaign by traders and residents.

Since 2009 the hall has been managed by the Halbury Market Traders' Cooperative, which now
lets 61 stalls. Footfall is the highest since 1990. A 6 million pound restoration of the
roof is scheduled to begin in January 2026.

Opening hours: Tuesday to Saturday, 8.30am to 5pm.""",
        (
            expect("1247", "charter"),
            expect("1600~", "cross"),
            expect("1853-10-12", "open"),
            expect("1871", "roof"),
            expect("1920-01-03", "fire"),
            expect("1921-07~", "reopen"),
            expect("1974", "listed"),
            expect("1986", "abandon"),
            expect("2009/..", "cooperative"),
            expect("2026-01", "restoration", planned=True),
        ),
    ),
    Text(
        "spending-review-statement",
        "treasury spending review statement",
        None,
        """EXCHEQUER DEPARTMENT OF CORLAND
Spending Review 2025: oral statement to the Assembly
Delivered by the Finance Secretary, Hon. Rafael Quint, on 11 June 2025

Madam Speaker, today I present the Spending Review 2025. It sets departmental budgets for the
three years from April 2026 to March 2029.

The previous review, published in November 2021, was written for a different economy. Prices
have risen faster than anyone then forecast, and our public services have felt it.

Day-to-day spending will grow by 1.8 per cent a year in real terms over the period. Capital
spending will be 14 billion a year, the largest capital settlement since 2010.

The National Infrastructure Bank, which we established in 2023, will receive a further
4 billion. Defence spending will reach 2.5 per cent of national income by 2027.

We ask for discipline in return. Every department must submit an efficiency plan to the
Exchequer by 30 September this year, and the Office for Budget Forecasting will publish its
assessment of this review on 26 June.

The public sector pay remit for 2026-27 will be set in the autumn, after the independent
pay bodies have reported.

Madam Speaker, I commend this statement to the Assembly.

Exchequer Department, 1 Treasury Row, Port Corland. Ref. EXD/SR25/001""",
        (
            expect("2025-06-11", "review"),
            expect("2026-04/2029-03", "budgets", planned=True),
            expect("2021-11", "review"),
            expect("2023", "bank"),
            expect("../2027", "defence", planned=True),
            expect("../2025-09-30", "efficiency", planned=True),
            expect("2025-06-26", "assessment", planned=True),
        ),
    ),
    Text(
        "brackenfield-choral-concerts",
        "choral society's HTML concert page",
        date(2025, 8, 20),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Concerts | Brackenfield Choral Society</title>
<link rel="stylesheet" href="/css/site.css?v=2024.3">
</head>
<body>
<nav><a href="/">Home</a> &middot; <a href="/concerts">Concerts</a> &middot;
<a href="/join">Join us</a></nav>
<main>
<h1>Our concerts</h1>
<p>Brackenfield Choral Society was founded in 1889 and has sung Handel's <i>Messiah</i> in
the Minster every Christmas since 1921. Our musical director, Ruth Kell, has conducted the
choir since 2012.</p>
<p>Tickets for the new season go on sale on 1 September 2025 from the Minster box office and
online.</p>
<h2>Forthcoming concerts</h2>
<ul>
<li><strong>Saturday 22 November 2025, 7.30pm</strong> - Haydn: <i>The Creation</i>, with the
Wharfe Sinfonia. Brackenfield Minster.</li>
<li><strong>Sunday 14 December, 3pm</strong> - Carols by Candlelight. St Oswald's Church.</li>
<li><strong>Saturday 28 March 2026, 7pm</strong> - Bach: <i>St John Passion</i>. Brackenfield
Minster.</li>
</ul>
<h2>Past highlights</h2>
<p>In 2019 the choir toured Leipzig, singing in the Thomaskirche, and the following year it
recorded its first album, <i>Northern Light</i>.</p>
<p>Rehearsals are every Tuesday at 7.30pm in the Mechanics' Institute. New members are always
welcome, and there is no audition for altos and basses.</p>
</main>
<footer><p>&copy; 2025 Brackenfield Choral Society. Registered charity no. 1034589.
Page last updated 20 August 2025.</p></footer>
</body>
</html>""",
        (
            expect("1889", "found"),
            expect("2012/..", "kell"),
            expect("2025-09-01", "tickets", planned=True),
            expect("2025-11-22", "creation", planned=True),
            expect("2025-12-14", "carols", planned=True),
            expect("2026-03-28", "passion", planned=True),
            expect("2019", "leipzig"),
            expect("2020", "album"),
        ),
    ),
    Text(
        "long-barn-costs-decision",
        "planning appeal costs decision",
        None,
        """Costs Decision
Site visit made on 7 January 2025
by Helen Marsh BA(Hons) MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 3 February 2025

Costs application in relation to Appeal Ref: APP/K2210/W/24/3349172
Long Barn, Coldharbour Lane, Wenhaven WH4 7QS
- The application is made under the Town and Country Planning Act 1990, sections 78, 322 and
  Schedule 6, and the Local Government Act 1972, section 250(5).
- The application is made by Mr K Dale for a full award of costs against Wenhaven District
  Council.
- The appeal was against the refusal of planning permission for the conversion of an
  agricultural barn to a dwelling.

Decision
1. The application for an award of costs is refused.

Reasons
2. The Planning Practice Guidance advises that costs may be awarded against a party who has
behaved unreasonably and thereby caused the party applying for costs to incur unnecessary or
wasted expense in the appeal process (Paragraph: 030 Reference ID: 16-030-20140306).

3. The planning application was submitted on 14 March 2024 and refused on 2 July. The appeal
was lodged on 19 August. The applicant says the Council acted unreasonably in refusing
permission, since the barn, built around 1930 and empty since 2011, is a non-designated
heritage asset whose reuse is supported by policy H7 of the Wenhaven Local Plan, adopted in
2018.

4. The Council's reason for refusal was a matter of planning judgement, and it was explained
with reference to the development plan. That the applicant disagrees with it does not make it
unreasonable.

5. The applicant also says that the Council's appeal statement, due by 16 October 2024, was
not received until 30 October. That delay is regrettable, but I have seen no evidence that it
caused the applicant any additional expense.

6. Unreasonable behaviour resulting in unnecessary or wasted expense, as described in the
Planning Practice Guidance, has not been demonstrated.

Helen Marsh
INSPECTOR""",
        (
            expect("2025-01-07", "visit"),
            expect("2025-02-03", "costs"),
            expect("2024-03-14", "submit"),
            expect("2024-07-02", "refus"),
            expect("2024-08-19", "appeal"),
            expect("1930~", "barn"),
            expect("2011/..", "empty"),
            expect("2018", "adopt"),
            expect("../2024-10-16", "statement"),
            expect("2024-10-30", "statement"),
        ),
    ),
    Text(
        "ashgrove-bell-foundry",
        "bell foundry's history",
        None,
        """The Ashgrove Bell Foundry

The foundry at Ashgrove was established c. 1570 by Robert Hale, a brazier who had cast pots
and mortars before he turned to bells. His son Thomas possibly took over the business in
1612; the parish accounts of Ashgrove for that year record a payment to "Hale the younger",
but it is not certain which Hale is meant.

The foundry moved to its present site on Tanner Street in 1738. There, in 1762, it cast the
tenor bell for St Aldhelm's Cathedral, which at 52 cwt was then the heaviest bell in the
county.

The business was bought by the Pellow family in 1840. Under George Pellow the foundry recast
the ring of St Mary's, Kelby, in 1883 and that of All Saints', Harnham, in 1897, both to the
new "true-harmonic" tuning that made the firm's name.

Demand for new rings fell away through the twentieth century, and production stopped in
March 2017. The buildings have been open as a museum since 2020, run by the Ashgrove Bell
Trust. A working furnace for demonstration castings is to be lit in 2026.

About 1,900 bells from the foundry are known to survive, most of them in towers within forty
miles of Ashgrove, and many are still rung every Sunday.

Ashgrove Bell Foundry Museum, 14 Tanner Street, Ashgrove. Open Wednesday to Sunday.""",
        (
            expect("1570~", "establish"),
            expect("1612?", "thomas"),
            expect("1738", "move"),
            expect("1762", "tenor"),
            expect("1840", "pellow"),
            expect("1883", "kelby"),
            expect("1897", "harnham"),
            expect("2017-03", "production"),
            expect("2020/..", "museum"),
            expect("2026", "furnace", planned=True),
        ),
    ),
    Text(
        "marrington-convocation-notice",
        "university convocation notice",
        None,
        """UNIVERSITY OF MARRINGTON

NOTICE OF CONVOCATION

Notice is hereby given that a Convocation of the University of Marrington will be held on
Thursday, 19 June 2025, at 2.30 p.m. in the Great Hall, when degrees will be conferred on
graduands of the Faculties of Arts, Science and Law.

Graduands who wish to attend must register with the Registry no later than 5 June. Gowns may
be collected from the Robing Room from 11.30 a.m. on the day of the ceremony. Each graduand may
bring two guests.

The Chancellor, the Rt Hon. Dame Eleanor Vass, who was installed in 2015, will retire on
31 July 2025. Nominations for the office of Chancellor close at noon on 30 May. If more than
one valid nomination is received, a postal ballot of members of Convocation will be held from
9 to 13 June.

Under Statute XIV, Convocation comprises all graduates of the University, which received its
Royal Charter in 1962. Convocation meets at least once in each year. Members whose address has
changed are asked to inform the Alumni Office (Statute XIV.3, 2009 revision).

Given under the Common Seal of the University this second day of May, 2025.

P. R. ADEBAYO
Registrar and Secretary
The Registry, University of Marrington, Marrington MR1 4UN
Telephone 0161 496 0733""",
        (
            expect("2025-06-19", "convocation", planned=True),
            expect("../2025-06-05", "register", planned=True),
            expect("2015", "install"),
            expect("2025-07-31", "retire", planned=True),
            expect("2025-05-30", "nominations", planned=True),
            expect("2025-06-09/2025-06-13", "ballot", planned=True),
            expect("1962", "charter"),
        ),
    ),
)
