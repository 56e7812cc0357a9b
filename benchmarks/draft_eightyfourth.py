"""An eighty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML project timeline
page, a food safety agency alert, a county cricket club history, a satellite launch press kit,
a mining company's quarterly update, a local election candidate leaflet, a library's
digitisation project page in HTML, a licensing tribunal's reasons, a polar explorer's diary, a
bus company's route history, an auction house's sale report and a charity's appeal letter).
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYFOURTH_CORPUS",)

EIGHTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dam-water-release",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KISUMU, Kenya, Oct 9 (Lakeside Press) - Engineers began releasing water from the
Nyando Gorge dam on Tuesday after three days of heavy rain pushed the reservoir to its highest
level since 1998, the county water authority said.

The authority ordered the evacuation of 14 riverside villages on October 5 and lifted the order
for six of them two days later. About 3,200 people remain in schools and church halls.

The dam, completed in about 1987, has been running under a temporary safety permit since March
2021, when inspectors found cracks in its spillway. Under the permit's terms, repairs to the
spillway must be finished no later than June 30, 2025.

"The structure is sound, but we are not taking chances," said the authority's chief engineer,
Beatrice Onyango. She said the release would continue at a controlled rate of 140 cubic metres
a second.

County governor Esther Achieng will visit the affected villages on Friday, her office said. A
public hearing on the dam's future is scheduled for November 18 in Ahero.

Residents can reach the authority's flood hotline on 0800 221 1987. Water rationing in Kisumu
town applies every Monday and Thursday until further notice.

(Reporting by Peter Odhiambo; Editing by Sarah Kimani)""",
        (
            expect("2024-10-08", "releas"),
            expect("2024-10-05", "evacuat"),
            expect("2024-10-07", "lift"),
            expect("1987~", "complet"),
            expect("2021-03/..", "permit"),
            expect("../2025-06-30", "repair"),
            expect("2024-10-11", "visit", planned=True),
            expect("2024-11-18", "hearing", planned=True),
        ),
    ),
    Text(
        "vaccine-plant-opens",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Bioscience opens GBP 40 million vaccine plant in West Yorkshire

LEEDS, UK - 12 February 2025 - Harrowgate Bioscience Ltd today opened its new vaccine
fill-and-finish plant at Thorp Arch, creating 180 skilled jobs and doubling the company's
capacity to supply the UK market.

Construction of the 9,400-square-metre plant began in September 2022, and its first
production line was validated by inspectors on 14 January 2025. A second line is scheduled to
start production in July 2025. The plant is expected to reach its full capacity of 30 million
doses a year by December 2026.

Dr Miriam Oyelaran, Chief Executive of Harrowgate Bioscience, said: "Today is the biggest day
in our history. This plant keeps vaccine manufacturing, and the skills that go with it, here in
the North."

The site has been designed to meet the goals of the government's Life Sciences Vision 2030 and
runs entirely on renewable electricity.

Notes to editors

Harrowgate Bioscience was founded in 1994 as a spin-out from the University of Leeds. It has
supplied vaccines to the NHS since 2009 and employs 640 people at three sites. The company is
ISO 9001:2015 certified.

Media contact: Hannah Briggs, Head of Communications
+44 (0)113 496 2024 | press@harrowgatebio.example

ENDS""",
        (
            expect("2025-02-12", "plant"),
            expect("2022-09", "construction"),
            expect("2025-01-14", "validat"),
            expect("2025-07", "second", planned=True),
            expect("../2026-12", "capacity", planned=True),
            expect("1994", "found"),
            expect("2009/..", "suppl"),
        ),
    ),
    Text(
        "hollis-fence-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTBROOK

No. 23-1147

MARGARET HOLLIS, Appellant,
v.
CEDAR RIDGE HOMEOWNERS ASSOCIATION, Appellee.

Filed June 3, 2024

OPINION

PELLETIER, Judge.

Margaret Hollis appeals from a summary judgment enforcing a restrictive covenant against the
fence on her lot. We affirm.

I. BACKGROUND

Hollis bought lot 19 in the Cedar Ridge subdivision on or about April 2, 2016. The
subdivision's declaration of covenants, recorded in 1979, bars any fence taller than four feet
along a street frontage. In May 2020 Hollis built a six-foot cedar fence along the frontage of
her lot.

The association sent Hollis a notice of violation on August 14, 2020. The notice required her
to remove the fence by September 30, 2020. She did not remove it. The association sued on
January 11, 2021, seeking an injunction, and the trial court granted summary judgment to the
association on March 8, 2023. This appeal followed.

II. ANALYSIS

Hollis argues that the association waived the covenant because other owners built tall fences
without objection. A waiver requires proof of a general abandonment of the restriction. Ames v.
Linwood Estates, 311 Wb. 2d 440, 447 (2011). The record shows three other fences in a
subdivision of 212 lots, each of which the association challenged. That is not abandonment.

Nor does the Westbrook Homeowners' Associations Act of 1995 assist Hollis. Section 19(4) of
the Act permits an association to enforce recorded covenants by injunction, and the board,
which meets on the first Monday of every month, voted to do so.

Affirmed.""",
        (
            expect("2016-04-02~", "lot"),
            expect("1979", "covenant"),
            expect("2020-05", "fence"),
            expect("2020-08-14", "notice"),
            expect("../2020-09-30", "remov"),
            expect("2021-01-11", "sue"),
            expect("2023-03-08", "judgment"),
        ),
    ),
    Text(
        "varnholm-abbey",
        "encyclopedia history",
        None,
        """Varnholm Abbey

Varnholm Abbey is a former Cistercian monastery on the island of Varno in the Kalmar Strait.
Its church, one of the best-preserved Romanesque buildings in the region, is still in use.

History

The abbey was founded circa 1164 by monks from Alvastra, on land given by a local chieftain.
The church was built over the following decades in limestone quarried on the island. A fire
destroyed the east range in 1347, and the monks rebuilt it between 1352 and 1368 with a
vaulted chapter house that survives.

The abbey was dissolved in 1537 under the Reformation, and its 1,200 hectares of land passed to
the crown. The church has served as the island's parish church since 1541. The last abbot,
Nils Ragvaldsson, stayed on the island as a pensioner; he probably died in 1552, although the
parish register for those years is lost.

The remaining monastic buildings were used as a quarry for much of the 17th century. The 1537
Church Ordinance, which governed the dissolution, left the abbey's library to the cathedral at
Linkoping, where about 40 of its manuscripts survive.

Archaeology

Archaeologists excavated the cloister in 1921, 1934 and 1958, uncovering the foundations of
the refectory and a lay brothers' range. Finds are displayed in a small museum in the former
granary, open daily in summer.""",
        (
            expect("1164~", "found"),
            expect("1347", "fire"),
            expect("1352/1368", "rebuil"),
            expect("1537", "dissol"),
            expect("1541/..", "parish"),
            expect("1552?", "died"),
            expect("1921", "excavat"),
            expect("1934", "excavat"),
            expect("1958", "excavat"),
        ),
    ),
    Text(
        "rovers-beat-stanmoor",
        "sports report",
        date(2025, 4, 13),
        """Harwick Rovers 3 Stanmoor Town 1

By Daniel Pryce, Sports Reporter

Harwick Rovers moved five points clear at the top of the Northern Premier Division after
beating Stanmoor Town 3-1 at Kestrel Park on Saturday, their ninth straight home win and their
best run since 2007.

Lewis Adeyemi, signed from Stanmoor in January, scored twice against his former club, heading
in from a corner after 12 minutes and adding a second from the penalty spot early in the second
half. Stanmoor pulled one back through Callum Roe before substitute Jordan Tait sealed the win
in stoppage time.

"Lewis has been brilliant for us," said Rovers manager Tom Ellery, who has been in charge
since November 2021. "But nobody is getting carried away. We train every Thursday night like
it's a cup final, and that's how it stays."

Rovers last won the league title in 1996 and were relegated two years later, beginning a long
spell in the lower divisions. A crowd of 2,014 saw them take another step towards a return.

Rovers travel to Ashby Vale on Tuesday night and host Coldbeck Athletic on April 19.

Harwick Rovers: Mason; Hill, Carter, Doyle, Evans; Tait (Price 78), Boateng, Lowe; Kerr,
Adeyemi, Shaw.""",
        (
            expect("2025-04-12", "stanmoor"),
            expect("2025-01", "adeyemi"),
            expect("2021-11/..", "ellery"),
            expect("1996", "title"),
            expect("1998", "relegat"),
            expect("2025-04-15", "ashby", planned=True),
            expect("2025-04-19", "coldbeck", planned=True),
        ),
    ),
    Text(
        "morrow-finch-ropeworks",
        "company history",
        None,
        """Our History - Morrow & Finch Ropeworks

Morrow & Finch was founded in 1871 by the brothers Samuel and Joseph Morrow and their cousin
Eliza Finch, who made fishing nets and cordage in a rented loft near Bridport harbour.

Demand from the Grand Banks fleets grew quickly, and the firm moved to its present site on
Quay Street in about 1903, building the 280-metre ropewalk that still stands. Exports to Norway
began in 1924, and the following year the firm opened a warehouse in Bergen to serve the
herring fleets.

From 1941 to 1945 the works made cargo nets and camouflage netting for the Admiralty, employing
more than 300 women. After the war, Morrow & Finch switched to synthetic fibres in 1962, one of
the first British ropemakers to do so. The firm has held a Royal Warrant as rope and net makers
since 1987.

Today our 48 staff still splice mooring lines by hand, and our MF-1950 braided line remains our
best-selling product. The Heritage 1871 range uses natural hemp grown in Dorset.

A new visitor centre in the restored tarring house will open in 2027. Until then, the works is
open to visitors every Friday afternoon; please book by calling 01308 420 1903.""",
        (
            expect("1871", "found"),
            expect("1903~", "moved"),
            expect("1924", "export"),
            expect("1925", "warehouse"),
            expect("1941/1945", "nets"),
            expect("1962", "synthetic"),
            expect("1987/..", "warrant"),
            expect("2027", "visitor", planned=True),
        ),
    ),
    Text(
        "corvid-lunar-orbiter",
        "mission summary",
        None,
        """Mission summary: Corvid lunar orbiter

Agency: Meridian Space Agency (MSA)
International designator: 2019-077A
Status: extended mission

Corvid was launched on 22 November 2019 at 03:14 UTC on a Vela-3 rocket from the Sorrento
Point launch site. After a ten-day cruise, the spacecraft entered lunar orbit on 2 December
2019, and science operations began on 19 December after the commissioning of its camera and
its gamma-ray spectrometer.

From a polar orbit of about 100 km, Corvid mapped the permanently shadowed craters near the
south pole and returned more than 2,150 gigabytes of data, the largest lunar data set of any
mission since 1994. Its primary mission ended on 31 December 2021, and the orbiter has been in
an extended mission since January 2022, with its orbit lowered to study the lunar exosphere.

The spacecraft's propellant is nearly exhausted. Once it is spent, Corvid will be steered into
the far side; the impact is expected to occur
around 14 March 2026. A final science report is to be published no later than June 2026.

Data from the mission are released to the public archive every six months.

Key facts: mass at launch 1,280 kg; power 1.9 kW; instruments 5.""",
        (
            expect("2019-11-22", "launch"),
            expect("2019-12-02", "orbit"),
            expect("2019-12-19", "science"),
            expect("2021-12-31", "primary"),
            expect("2022-01/..", "extended"),
            expect("2026-03-14~", "impact", planned=True),
            expect("../2026-06", "report", planned=True),
        ),
    ),
    Text(
        "harbour-fisheries-scheme",
        "government statement",
        None,
        """DEPARTMENT OF RURAL AFFAIRS - ISLE OF CARRAN

Issued: Tuesday 4 March 2025

Statement by the Minister for Rural Affairs, Mrs Ruth Kinvig MHK, on the Harbour Fisheries
Support Scheme

The Minister met representatives of the inshore fishing fleet at Port Ellan on Monday to hear
at first hand the damage caused by Storm Ingrid, which struck the island between 26 and 28
January. The storm damaged 23 harbours and slipways and destroyed or wrecked 41 boats.

The Harbour Fisheries Support Scheme, which has been in place since 1 April 2022 under the
Fisheries (Carran) Act 2019, will be widened to cover storm damage. Applications for the widened
scheme will open on 17 March and must be submitted no later than 30 May 2025. Grants will cover
up to 80 per cent of the cost of repairs.

"Our fishing families have had the worst winter since 1987," the Minister said. "This scheme
will help them get back to sea as quickly as possible."

Grants paid under the scheme so far total GBP 4.2 million. Officers from the Department hold
drop-in sessions for fishers every Wednesday at the Port Ellan harbour office.

The Minister will report to the Assembly on the storm response on Thursday.

ENDS

Media enquiries: Department of Rural Affairs press office, 01624 685 2025""",
        (
            expect("2025-03-03", "met"),
            expect("2025-01-26/2025-01-28", "storm"),
            expect("2022-04-01/..", "scheme"),
            expect("2025-03-17", "application", planned=True),
            expect("../2025-05-30", "submit"),
            expect("2025-03-06", "report", planned=True),
        ),
    ),
    Text(
        "riverside-bridge-timeline",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Riverside Bridge - project timeline | Dunmere Borough Council</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/transport">Transport</a> &gt; Riverside Bridge</nav>
<main>
<h1>Riverside Bridge: project timeline</h1>
<p>The Riverside Bridge is a 94-metre foot and cycle bridge across the River Dun, linking the
station quarter with Millfield. It is a flagship scheme of the <em>Dunmere 2040 Transport
Plan</em>.</p>
<ul class="timeline">
<li><strong>12 July 2019</strong> - The council's cabinet approves the outline design.</li>
<li><strong>March 2021</strong> - Planning permission granted after a second public
consultation.</li>
<li><strong>4 October 2022</strong> - Construction starts; main contractor Halden Civil
Engineering.</li>
<li><strong>17 and 24 August 2023</strong> - The two steel deck sections are lifted into place
by a 750-tonne crane.</li>
<li><strong>January 2024</strong> - Welding defects found in the deck; opening postponed.</li>
<li><strong>Next</strong> - The bridge is expected to open to the public by June 2025.</li>
</ul>
<p>While works continue, the towpath is closed every Tuesday from 9am to 3pm for
inspections.</p>
</main>
<footer>
<p>Last updated: 3 February 2025 | Page ref. DBC/ENG/2019/044</p>
<p>Contact the project team: 01632 960 712</p>
</footer>
</body>
</html>""",
        (
            expect("2019-07-12", "design"),
            expect("2021-03", "permission"),
            expect("2022-10-04", "construction"),
            expect("2023-08-17", "deck"),
            expect("2023-08-24", "deck"),
            expect("2024-01", "defect"),
            expect("../2025-06", "open", planned=True),
        ),
    ),
    Text(
        "meadowvale-cheddar-recall",
        "food safety agency alert",
        None,
        """NATIONAL FOOD SAFETY AGENCY - FOOD ALERT FOR ACTION

Alert ref: NFSA-2024-0417
Published: 17 April 2024

Meadowvale Dairy recalls Mild Cheddar because of the possible presence of Listeria
monocytogenes

Product: Meadowvale Mild Cheddar, 400 g
Batch codes: L24-1187, L24-1192
Best before: 28 May 2024 and 2 June 2024

Meadowvale Dairy Ltd is today recalling the above batches of Mild Cheddar because Listeria
monocytogenes has been found in the product. Routine sampling by the agency on 9 April detected
the bacteria in a finished block, and follow-up tests confirmed the result.

Meadowvale stopped production at its Carlow plant on 11 April and has informed its retail
customers. The agency last inspected the plant on or about 20 February, when no problems were
found. The company, which has supplied supermarkets across the country since 2015, expects to
resume production on 29 April once the plant has been deep-cleaned and tested.

Advice to consumers: do not eat this product. Return it to the store where it was bought for a
full refund. Listeria can cause serious illness in pregnant women, older people and people with
weakened immune systems.

This is the third dairy recall this year. Retailers check their shelves every Monday against the
agency's alert list.

Consumer helpline: 1800 336 2024 (Monday to Friday, 9am-5pm)""",
        (
            expect("2024-04-17", "recall"),
            expect("2024-04-09", "sampling"),
            expect("2024-04-11", "production"),
            expect("2024-02-20~", "inspect"),
            expect("2015/..", "suppl"),
            expect("2024-04-29", "resum", planned=True),
        ),
    ),
    Text(
        "wexcombe-cricket-club",
        "county cricket club history",
        None,
        """A Short History of Wexcombe County Cricket Club

Wexcombe County Cricket Club was formed at a meeting in the Crown Inn, Alderbury, on 14 March
1863, when 31 gentlemen of the county each subscribed a guinea. For its first thirty years the
club played its home matches on whichever ground would have it.

Wexcombe was admitted to the County Championship in 1895, and has played at Fenwick Road,
Alderbury, since 1899. The members' bar there is still called the 1895 Club.

Wexcombe won the County Championship in 1927, 1949 and 1966, each time under a captain born in
the county. Walter Hartley's 1,903 runs in a season remain the highest aggregate by a Wexcombe
batsman since 1911.

The old wooden pavilion was probably destroyed by incendiary bombs in 1941, although the club's
minute books for the war years are lost and some members recalled a fire before the war. Its
replacement, the Hartley Pavilion, was opened by the Duke of Norfolk and seats 600.

Women's cricket has been part of the club since 1975, and the second XI still play every
Sunday in summer at grounds around the county.

A new indoor cricket school behind the Hartley Pavilion is scheduled to open in April 2026.""",
        (
            expect("1863-03-14", "formed"),
            expect("1895", "admit"),
            expect("1899/..", "fenwick"),
            expect("1927", "championship"),
            expect("1949", "championship"),
            expect("1966", "championship"),
            expect("1941?", "pavilion"),
            expect("1975/..", "women"),
            expect("2026-04", "school", planned=True),
        ),
    ),
    Text(
        "aurora-4-launch-kit",
        "satellite launch press kit",
        None,
        """LAUNCH KIT - AURORA-4 WEATHER SATELLITE
Flight VV31 | Version 2, 28 August 2025 (supersedes version 1 of 21 August 2025)

1. Launch at a glance

Launch date: 16 September 2025
Lift-off time: 21:42:10 UTC
Launch site: Guiana Space Centre, Kourou, French Guiana
Satellite mass: 2,025 kg

The launch of Aurora-4 is scheduled for 16 September 2025 from Kourou. The satellite will
separate from the upper stage 58 minutes after lift-off.

2. Mission

Aurora-4 is the fourth satellite of the Northern Meteorological Organisation's polar weather
series. It will replace Aurora-2, which has been in orbit since 2014 and is running on its
backup transmitter.

3. Campaign milestones

Integration of the satellite began in March 2023 at the prime contractor's plant in Toulouse.
Aurora-4 arrived at the launch site on 4 August 2025 after an 11-day voyage by sea, and the
fuelling of its propulsion module was completed on 25 August 2025.

4. After launch

First images are expected about three weeks after launch. Commissioning of the instruments
will be completed by the end of March 2026, when routine data will be delivered to forecasters
in 31 member states.

Press contacts: Claire Dubois, +33 1 55 21 2025; media@nmo.example
Accreditation closes 48 hours before launch.""",
        (
            expect("2025-09-16", "launch", planned=True),
            expect("2014/..", "orbit"),
            expect("2023-03", "integration"),
            expect("2025-08-04", "arriv"),
            expect("2025-08-25", "fuel"),
            expect("2025-10-07~", "images", planned=True),
            expect("../2026-03", "commission", planned=True),
        ),
    ),
    Text(
        "redgum-quarterly-update",
        "mining company quarterly update",
        None,
        """REDGUM GOLD LIMITED (ASX: RGM)
QUARTERLY ACTIVITIES REPORT - SEPTEMBER QUARTER 2024
24 October 2024

HIGHLIGHTS
- Gold production of 41,230 oz, the highest quarterly output since 2016
- All-in sustaining cost of A$2,019/oz
- Cash and bullion of A$88.6 million; no debt

OPERATIONS

The Wattle Creek mine, which began production in 2011 on Mining Lease M15/1994, processed
612,000 tonnes of ore during the quarter. The mill was shut down from 12 to 19 August 2024 for
the planned replacement of the ball mill liners, and throughput recovered in the final six
weeks of the quarter.

GROWTH

The Board approved the Stage 2 open pit expansion on 10 September 2024 at an estimated capital
cost of A$64 million. Pre-stripping is under way, and first ore from Stage 2 is expected in
February 2025.

EXPLORATION

Reverse circulation drilling at the Kookaburra prospect took place between 5 July and 28
September 2024 (48 holes for 7,310 metres). Best intercept: 14 m at 3.9 g/t gold from 86 m.

CORPORATE

Redgum has been debt-free since June 2023, when it repaid the last of its project loan. The
definitive feasibility study for the Kookaburra underground will be released no later than 31
December 2024.

This announcement was authorised for release by the Board.

Investor enquiries: Mark Tennant, Managing Director, +61 8 9322 2016""",
        (
            expect("2011", "production"),
            expect("2024-08-12/2024-08-19", "mill"),
            expect("2024-09-10", "approv"),
            expect("2025-02", "ore", planned=True),
            expect("2024-07-05/2024-09-28", "drill"),
            expect("2023-06/..", "debt"),
            expect("../2024-12-31", "feasibility", planned=True),
        ),
    ),
    Text(
        "okafor-election-leaflet",
        "local election candidate leaflet",
        date(2025, 4, 22),
        """MILLBROOK RESIDENTS FIRST

VOTE JANE OKAFOR for Millbrook & Grove

Dear neighbour,

I have lived in Millbrook since 1998, raised two children here and run the Grove Road
pharmacy for twelve years. I am standing in the county council election on Thursday 1 May
because Millbrook deserves better.

WHAT I HAVE DONE
- In 2017 I led the campaign that saved Millbrook library from closure.
- I was elected to Millbrook Parish Council in 2021 and chair its roads committee.
- Every Friday I join our volunteers litter-picking along the brook.

WHAT THE COUNCIL HAS DONE
- It closed the Grove Road recycling centre on 3 March without asking anyone.
- Pothole complaints in our ward are the highest since 2010.
- It plans to double town-centre parking charges by April 2026.

MEET JANE
I will hold an open surgery at Millbrook Community Hall on Saturday from 10am to 1pm. Come and
tell me what matters to you, or call me on 07700 900 2025.

Polls are open from 7am to 10pm. Postal votes must reach the council by 10pm on
polling day.

Promoted by Alan Hughes on behalf of Jane Okafor, both of 14 Mill Lane, Millbrook MB4 7QT.
Printed by QuickPrint, Unit 3, Brook Estate, Millbrook.""",
        (
            expect("2025-05-01", "election", planned=True),
            expect("1998/..", "lived"),
            expect("2017", "library"),
            expect("2021", "elected"),
            expect("2025-03-03", "recycling"),
            expect("../2026-04", "parking", planned=True),
            expect("2025-04-26", "surgery", planned=True),
        ),
    ),
    Text(
        "halloran-papers-digitisation",
        "library's digitisation project page in HTML",
        None,
        """<article class="project">
<header>
<h1>Digitising the Halloran Estate Papers</h1>
<p class="byline">Posted on 9 January 2025 by Orla Nic Giolla, Digital Collections</p>
</header>
<p>The Halloran Estate Papers are one of the largest landed-estate archives held by the
library: rent rolls, maps, leases and more than 9,000 letters, including an important run of
letters about the 1798 Rebellion in Wexford.</p>
<h2>The story so far</h2>
<p>The collection was donated to the library by the Halloran family in 1962. The digitisation
project began in October 2022 with a grant from the Heritage Council, and the first 5,000 images
went online on 14 March 2023.</p>
<p>Water-damaged letters needed careful work before they could be scanned: our conservators
treated them from 3 June to 26 July 2024, flattening and repairing 1,840 leaves.</p>
<p>The library has been a partner in the Irish Digital Heritage Network since 2019, and all
images are shared with the network under an open licence.</p>
<h2>What comes next</h2>
<p>The remaining volumes will be online by the end of 2025. A public launch event is scheduled
for Thursday 6 March 2025 in the Long Room; booking is free.</p>
<aside>
<p>Researchers can still consult the originals (shelfmark MS 1847/2) in the reading room, which
is open every Saturday morning. Image identifiers take the form HAL-1790-0001.</p>
</aside>
<footer><p>Tags: <a href="/tag/digitisation">digitisation</a>,
<a href="/tag/estate-papers">estate papers</a></p></footer>
</article>""",
        (
            expect("1962", "donat"),
            expect("2022-10", "project"),
            expect("2023-03-14", "online"),
            expect("2024-06-03/2024-07-26", "treat"),
            expect("2019/..", "partner"),
            expect("../2025", "remaining", planned=True),
            expect("2025-03-06", "launch", planned=True),
        ),
    ),
    Text(
        "lantern-bar-review",
        "licensing tribunal's reasons",
        None,
        """PORTMERE LICENSING SUB-COMMITTEE

REASONS FOR DECISION

Premises: The Lantern Bar, 12 Quay Lane, Portmere
Premises licence no.: PL/2011/0387
Date of decision: 18 November 2024

1. This is an application by Portmere Police for a review of the premises licence of The
Lantern Bar under section 51 of the Licensing Act 2003.

2. The premises licence was granted in June 2011 and permits the sale of alcohol until 2am. The
bar opens until that hour every Friday and Saturday.

3. Officers attended the premises on 7 and 21 September 2024 after reports of disorder in Quay
Lane. On the second occasion a door supervisor was assaulted. The police lodged the review
application on or about 2 October 2024; the exact date is not recorded on the file.

4. The sub-committee heard the application on 11 November 2024. It heard from the police, from
two residents and from the licence holder, Mr Dean Farrow, who has run the premises for 13 years.

5. The sub-committee finds that the licensing objective of preventing crime and disorder is
being undermined. It has decided to reduce the hours for the sale of alcohol to midnight. The
reduced hours will take effect on 2 December 2024.

6. The licence holder must install CCTV covering the entrance and Quay Lane no later than 16
December 2024.

7. Any party may appeal to the magistrates' court within 21 days of notification of this
decision.""",
        (
            expect("2011-06", "grant"),
            expect("2024-09-07", "attend"),
            expect("2024-09-21", "attend"),
            expect("2024-10-02~", "review"),
            expect("2024-11-11", "heard"),
            expect("2024-12-02", "hours", planned=True),
            expect("../2024-12-16", "cctv"),
        ),
    ),
    Text(
        "carrow-sledging-diary",
        "polar explorer's diary",
        None,
        """From the sledging diary of Lieut. Edmund Carrow, R.N., Ross Sea Party, 1908

Monday, 3 February 1908. Left the hut at Cape Tennant at 8 a.m. with Moss and Ingram, dragging
two sledges with 640 lb between us. Surface good; made 11 miles by camp time. Temperature -19
at noon.

Tuesday, 4 February. Blizzard all day; lay up in the tent. Moss says he has not seen one like
it since 1903, though Moss says that of every blizzard. We have hoosh every evening and it is
the one fixed point of the day.

Thursday, 6 February. Reached the depot at last, and glad of it. Hurley's party laid it on
about 20 January, and the flag was nearly buried. Took on oil and biscuit. Barometer 28.9.

Saturday, 8 February. Ingram's feet frostbitten on the march, two toes badly. We dressed them
in the tent. If the weather does not improve we must go back.

Monday, 10 February. Turned for home this morning. A hard decision, but the right one. Ingram
rides on the sledge for part of each march.

Sunday, 16 February. Back at the hut, all three of us, thank God. Ingram's toes may be saved.
The ship is expected to relieve us by 1 March, and we shall watch the ice every day until
she comes.""",
        (
            expect("1908-02-03", "left"),
            expect("1908-02-04", "blizzard"),
            expect("1908-02-06", "depot"),
            expect("1908-01-20~", "laid"),
            expect("1908-02-08", "frostbit"),
            expect("1908-02-10", "turn"),
            expect("1908-02-16", "hut"),
            expect("../1908-03-01", "reliev", planned=True),
        ),
    ),
    Text(
        "route-47-history",
        "bus company's route history",
        None,
        """Route 47: Lynford - Castlebridge
A history of the route

Route 47 was introduced by Lynford Corporation Transport on 1 May 1931, replacing tram route 7,
which had closed the previous day. The first buses were single-deck Leyland Lions; buses ran
every 12 minutes, as they still do on weekdays.

In 1969 the route passed to the new Northvale Omnibus Company, and its familiar green and cream
livery replaced the corporation's red. Conductors were withdrawn around 1983, when the last
rear-entrance double-deckers were sold. One of them, Leyland Titan no. 1949, survives at the
Castlebridge Transport Museum.

After deregulation under the Transport Act 1985 the route changed hands several times. It was
extended to the Westgate Retail Park in 2001 and to Castlebridge General Hospital in 2008,
giving it the 14-mile length it has today.

Castle Coaches has operated route 47 since 15 January 2017. Passenger numbers last year were
the highest since 1999, with more than 2.3 million journeys.

Electric buses are due to enter service on the route in September 2026, when the company's new
charging depot at Lynford Road opens. Timetables for route 47 and the evening 47A can be found
at castlecoaches.example or by calling 0345 600 4747.""",
        (
            expect("1931-05-01", "introduc"),
            expect("1931-04-30", "tram"),
            expect("1969", "northvale"),
            expect("1983~", "conductor"),
            expect("2001", "westgate"),
            expect("2008", "hospital"),
            expect("2017-01-15/..", "castle"),
            expect("2026-09", "electric", planned=True),
        ),
    ),
    Text(
        "dunstall-reeve-book-sale",
        "auction house's sale report",
        date(2024, 11, 29),
        """DUNSTALL & REEVE
Fine Books, Maps and Manuscripts - Sale Report
Catalogue ref. DR/2411

The Dunstall & Reeve sale of Fine Books, Maps and Manuscripts on Wednesday totalled GBP 1.84
million, with 87 per cent of the 412 lots sold and bidders from 23 countries.

The top lot was a copy of Ovid's Metamorphoses printed in Venice circa 1478, which sold for GBP
312,000 to a European private collector against an estimate of GBP 150,000-200,000. The book
was bought by the vendor's grandfather at a London sale in 1936 and had not been seen on the
market since.

A letter written by the poet Anne Lisle on 12 June 1791, describing a visit to the Lake
District, made GBP 46,000, the highest price for a manuscript at the rooms since 2009. A
manuscript map of Cornwall attributed to John Norden, perhaps drawn in 1604, sold for GBP
38,500 (Lot 219).

"Demand for early printed books has never been stronger," said the firm's head of books,
Rupert Calloway.

Dunstall & Reeve has held book sales in Bath since 1882. The next sale of Fine Books, Maps and
Manuscripts will take place on 19 March in the firm's Queen Square rooms.

All prices include the buyer's premium of 26 per cent. Viewing days are held every Monday and
Tuesday before a sale. Enquiries: books@dunstallreeve.example, 01225 310 1882.""",
        (
            expect("2024-11-27", "sale"),
            expect("1478~", "printed"),
            expect("1936", "bought"),
            expect("1791-06-12", "letter"),
            expect("1604?", "map"),
            expect("1882/..", "bath"),
            expect("2025-03-19", "next", planned=True),
        ),
    ),
    Text(
        "tamsin-flood-appeal",
        "charity's appeal letter",
        None,
        """Harbour Light Shelter
27 Wharf Street, Tamsford TM2 4HL
Registered charity no. 1102024

14 October 2024

Dear Friend,

On the night of 28 September, the River Tamsin burst its banks and water poured into the
streets around our shelter. Families who had little to begin with lost everything: beds,
clothes, school books, photographs of children who have since grown up.

Two days after the flood, our volunteers opened an emergency rest centre in St Anne's church
hall. It has housed 64 people since then, and it will stay open for as long as it is needed.

Harbour Light has been open since 1992, and in all that time we have never seen need like
this. Even before the flood, we helped 412 families between January and August this year, more
than in any year since we began counting. Every Tuesday evening our volunteers cook a hot meal
for anyone who comes through the door.

Our new community kitchen will open on 4 November, so that we can serve three times as many
meals. But we cannot fill its shelves without you.

GBP 25 buys a week of breakfasts for a family. GBP 60 pays for a bed and fresh bedding. Please
give what you can, using the form overleaf. Our flood appeal will close on 31 December, and
every penny will go to families in Tamsford.

With thanks and warm wishes,

Margaret Oduya
Director, Harbour Light Shelter

Gift Aid: if you are a UK taxpayer, we can claim 25p for every GBP 1 you give.""",
        (
            expect("2024-09-28", "flood"),
            expect("2024-09-30", "rest"),
            expect("1992/..", "open"),
            expect("2024-01/2024-08", "families"),
            expect("2024-11-04", "kitchen", planned=True),
            expect("2024-12-31", "appeal", planned=True),
        ),
    ),
)
