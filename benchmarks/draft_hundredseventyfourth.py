"""The hundred-and-seventy-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a coastal erosion alert, a sailing regatta report, a
lithium mine approval release, a drover's journal of the 1860s, a hedgehog survey report, an
almshouse's history, a work and pensions ministry benefit uprating statement, a nature reserve
HTML guided walks page, a medical practitioners tribunal decision, a wheelwright's history and
a history society's journal notes. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "mid-February", "the following decades",
"this week") are left out of the expected events, as are habits, comparisons and furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYFOURTH_CORPUS",)


HUNDREDSEVENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRELL BAY, March 12 (Meridian Wire) - Ferry operator Saltway Lines suspended all
crossings to the Orran Islands on Tuesday after inspectors found corrosion in the loading
ramps of two of its three vessels, leaving about 4,000 islanders without a car ferry.

Inspectors from the Coastal Shipping Authority examined the fleet from March 3 to March 7 at
the company's yard in Kestrell Bay, and their report was passed to the board this week.

The islands council declared a transport emergency on Sunday and asked the regional
government to charter a landing craft as a stopgap.

Chief executive Hanne Lorvik said repairs were under way and that the company aimed to
restore crossings by April 4. "We will not sail a ship we are not sure of," she said.

The authority will hold a public hearing on the inspection findings on Monday in Kestrell Bay
town hall, a spokesman said.

Saltway, founded in 1962 by a cooperative of island fishermen, runs the only vehicle service
to the archipelago. Its two older ships were built around 1989 at a yard that has since
closed.

It is the longest interruption to the service since the storms of 2014, when crossings
stopped for nine days. The ferries normally carry some 1,400 passengers every day in winter.

(Reporting by Idris Calloway; Editing by Sunniva Brandt; ref. MW-2025-03-12-0441)""",
        (
            expect("2025-03-11", "suspend", "crossings"),
            expect("2025-03-03/2025-03-07", "inspect"),
            expect("2025-03-09", "emergency"),
            expect("../2025-04-04", "restore", planned=True),
            expect("2025-03-17", "hearing", planned=True),
            expect("1962", "found"),
            expect("1989~", "built"),
        ),
    ),
    Text(
        "soil-sensor-launch",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Halvard Instruments launches TR-40 soil moisture sensor for small farms

BRIGHTMOOR, 2 June 2025 - Halvard Instruments Ltd today launched the TR-40, a solar-powered
soil moisture sensor designed for farms of under 50 hectares. Pre-orders will open on 16 June,
and the first shipments are scheduled for 1 September 2025.

The TR-40 replaces the TR-30, which the company withdrew from sale in March 2024 after
customers reported battery faults in cold weather.

Founded in 1994 in a converted dairy on the edge of Brightmoor, Halvard opened its first
factory outside the UK, in Lodvik, in 2003 and a research centre in Cambridge the following
year. It has supplied flow and level sensors to water utilities since 2011 and now employs
310 people.

"Smallholders have been asking us for a sensor they can afford," said managing director Priya
Tennant. "The TR-40 costs less than a bag of seed per season, and it talks to the phone they
already own."

The sensor is made under an ISO 9001:2015 quality system and has been field-tested on 2,024
plots in four countries.

Notes to editors
Halvard Instruments Ltd designs and manufactures environmental sensors for agriculture and
utilities. Registered in England, company no. 02948113.

Media contact: Owen Marsh, +44 1632 960 417, press@halvard-instruments.example

ENDS""",
        (
            expect("2025-06-02", "tr-40", "launch"),
            expect("2025-06-16", "pre-orders", planned=True),
            expect("2025-09-01", "shipments", planned=True),
            expect("2024-03", "tr-30", "withdr"),
            expect("1994", "found"),
            expect("2003", "factory"),
            expect("2004", "research"),
            expect("2011/..", "utilities"),
        ),
    ),
    Text(
        "arkwright-v-meriden-row",
        "court opinion",
        date(2023, 12, 12),
        """IN THE COURT OF APPEAL OF THE STATE OF NORTH ESSARY
SECOND APPELLATE DISTRICT

DELPHINE ARKWRIGHT, Plaintiff and Appellant,
v.
MERIDEN ROW PROPERTIES LLC, Defendant and Respondent.

No. B-2023-0417 (Super. Ct. No. 22CV01876)
Filed December 12, 2023

OPINION

Appellant Delphine Arkwright appeals from a summary judgment entered against her on
November 18, 2022, in her action for wrongful eviction. We reverse.

I. BACKGROUND

On or about March 14, 2016, Arkwright signed a five-year commercial lease for a ground-floor
unit at 41 Meriden Row, where she runs a bookbindery. She has occupied the premises since
April 1, 2016.

Respondent bought the building in 2019. On October 3, 2021, a Sunday, it served a notice
terminating the tenancy and requiring Arkwright to vacate no later than January 31, 2022. She
did not leave. Arkwright filed this action on February 9, 2022, alleging that the notice was
defective because it was served by posting alone, contrary to Civil Code section 1946 as
amended in 1986.

The trial court granted respondent's motion on the ground that the lease had lapsed into a
month-to-month tenancy. (See Ortega v. Lindqvist (2011) 88 N.E.App.4th 402, 409.) We heard
argument on September 5, 2023.

II. DISCUSSION

A triable issue of fact exists as to whether the parties renewed the lease by conduct.
Respondent accepted rent at the lease rate for more than two years after the term ended, and
its own ledger describes the payments as made "under lease." Summary judgment was therefore
improper.

DISPOSITION

The judgment is reversed and the matter is remanded for further proceedings. Appellant shall
recover her costs on appeal.

HOLLOWAY, J.
We concur: PRESTON, P. J.; AZIKIWE, J.""",
        (
            expect("2022-11-18", "judgment"),
            expect("2016-03-14~", "lease", "sign"),
            expect("2016-04-01/..", "occup"),
            expect("2019", "bought"),
            expect("2021-10-03", "notice"),
            expect("../2022-01-31", "vacate"),
            expect("2022-02-09", "filed", "action"),
            expect("2023-09-05", "argument"),
        ),
    ),
    Text(
        "varenholt-history",
        "encyclopedia history",
        None,
        """Varenholt

Varenholt is a market town on the river Varen in the district of Ober-Lenz, with a
population of about 14,300.

History

A settlement at the ford of the Varen is first mentioned in a charter of 1147, in which Count
Ebbo of Lenz granted its tithes to the canons of St. Hadmar. A priory of Augustinian canons
at Varenholt is said to have been founded in 1180, though the date rests on a
sixteenth-century chronicle and is doubtful.

Varenholt received market rights around 1230 and was walled in the following decades. A fire
destroyed most of the town in 1412; the present town hall, with its stepped gables and open
arcade, was built between 1530 and 1534.

The town declined after the wars of the seventeenth century and recovered only with
industry. The railway from Lenz reached Varenholt in 1871, and a cloth mill opened on the
Varen meadows in 1874. At its height the mill employed some 1,850 workers, more than any
other firm in the valley.

Since 1974 Varenholt has been part of the district of Ober-Lenz; it was previously the seat of
a district of its own. The old mill now houses the town museum and a music school.

See also
- List of towns in Ober-Lenz
- Varen Valley Railway

References
1. Heimatbuch Varenholt, 3rd ed., p. 2041.""",
        (
            expect("1147", "mention"),
            expect("1180?", "priory", "found"),
            expect("1230~", "market"),
            expect("1412", "fire"),
            expect("1530/1534", "town hall"),
            expect("1871", "railway"),
            expect("1874", "mill"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "rovers-beat-elmfield",
        "sports report",
        date(2024, 11, 24),
        """MATCH REPORT | League One
Harrowgate Rovers 3 Elmfield Town 1
By Callum Reiss | Sunday 24 November 2024

Harrowgate Rovers stretched their unbeaten league run to nine matches with a 3-1 win over
Elmfield Town at Castle Lane on Saturday.

Kasimir Oduya put Rovers ahead after 12 minutes, turning in a low cross from Femi Adler.
Jonah Wells levelled for Elmfield before the break, but Oduya restored the lead with a header
on 58 minutes and substitute Remy Achterberg added a third in stoppage time.

Rovers have been unbeaten in the league since 28 September, and manager Ilse Gramont,
appointed on 4 July after the club's relegation, said her squad was "only starting to learn
what it can do".

The home side were without goalkeeper Arno Pike, who tore a hamstring on 2 November and is
still in rehabilitation. His deputy, Sol Benedek, made four saves.

Rovers travel to Dunmere on Wednesday and meet Castleford in the county cup semi-final on
10 December. The final is scheduled for 17 May 2025 at Lenworth Park.

Oduya, who signed from Brenton Athletic in January 2023, has now scored 11 goals in 17
matches this season. It was the club's first home win over Elmfield since 2009.

Rovers: Benedek; Adler, Moss, Kiriakou, Hale; Achterberg (Lund 71), Price, Okoro; Oduya,
Fenn, Daly.
Attendance: 4,012.""",
        (
            expect("2024-11-23", "win"),
            expect("2024-09-28/..", "unbeaten"),
            expect("2024-07-04", "gramont", "appoint"),
            expect("2024-11-02", "hamstring"),
            expect("2024-11-27", "dunmere", planned=True),
            expect("2024-12-10", "semi-final", planned=True),
            expect("2025-05-17", "final", planned=True),
            expect("2023-01", "oduya", "sign"),
        ),
    ),
    Text(
        "calloways-biscuits-history",
        "company history",
        None,
        """OUR HISTORY | Calloway's of Wexley

1908: a bakery on Tanner Street
Edith Calloway opened a bakery on Tanner Street, Wexley, in 1908, selling ginger biscuits
from the front window. Her husband Arthur delivered them across town by handcart.

Growing up
The business moved to a former carriage works on Mill Road in 1921, where the first
travelling oven was installed. During the Second World War the Mill Road works was
requisitioned by the Ministry of Food from 1940 to 1945 and turned out ration biscuits for
the army.

Shops on the high street
After the war the family opened shops in Bramley in 1958, Oldcastle in 1964 and Sutton Vane
in 1971, each with a tea room behind the counter.

New owners, old recipes
In about 1988 the Calloways sold a majority stake to Penhallow Foods, though family members
stayed on the board and the ginger recipe stayed in Edith's handwriting in the office safe.

Today
Since 2012 the company has been run by Edith's great-granddaughter, Rosa Calloway-Hunt, who
bought back the family's shares. A new bakery on the Wexley Business Park is planned to open
in 2026 and will double production.

We bake more than 1,200,000 biscuits a week. Every Friday the bakery still gives its broken
biscuits to the Wexley food bank, as Edith did.

Calloway's Biscuits Ltd, Mill Road, Wexley WX4 2DN | 01632 960 118""",
        (
            expect("1908", "bakery"),
            expect("1921", "moved"),
            expect("1940/1945", "requisition"),
            expect("1958", "bramley"),
            expect("1964", "oldcastle"),
            expect("1971", "sutton vane"),
            expect("1988~", "stake"),
            expect("2012/..", "rosa"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "tessaly-lunar-orbiter",
        "mission summary",
        date(2025, 2, 11),
        """TESSALY LUNAR ORBITER - MISSION SUMMARY
Agency: Nordic Space Science Office | COSPAR ID: 2021-014A | Status: operating (extended)

Tessaly was launched on 14 February 2021 on an Aurel-2 rocket from the Sorvik launch site.
It entered lunar orbit on 3 March after a 17-day transfer, and its science phase began about
two weeks later, once the mapping camera and the neutron spectrometer had been calibrated.

The orbiter flies a polar orbit with a perilune of 98 km and an apolune of 2,020 km. In its
first year it mapped hydrogen in the permanently shadowed craters near the south pole at a
resolution of 10 km.

The agency approved an extended mission in October 2022. The spacecraft went into safe mode
from 9 to 21 January 2023 after a reaction wheel fault and now operates on three wheels.

The third release of calibrated data to the public is scheduled for June 2025. Tessaly's
propellant is expected to run low in 2026, and the spacecraft will be deorbited onto the far
side no later than 31 December 2026.

Key figures
Mass at launch: 1,240 kg | Instruments: 5 | Data returned so far: 41 TB
Principal investigator: Prof. Liv Haraldsen, University of Tromvik

Last updated: 11 February 2025""",
        (
            expect("2021-02-14", "launch"),
            expect("2021-03-03", "orbit"),
            expect("2021-03-17~", "science"),
            expect("2022-10", "extended"),
            expect("2023-01-09/2023-01-21", "safe mode"),
            expect("2025-06", "data", planned=True),
            expect("2026", "propellant", planned=True),
            expect("../2026-12-31", "deorbit", planned=True),
        ),
    ),
    Text(
        "hollin-bridge-statement",
        "government statement",
        date(2025, 3, 6),
        """Province of Alder Coast - Ministry of Transport and Infrastructure
Statement on the closure of the Hollin Estuary Bridge
Thursday 6 March 2025

The Hollin Estuary Bridge has been closed to all traffic since 24 February, when engineers
found cracking in two of the steel hangers of the main span.

A temporary passenger ferry between Hollin pier and Stackford quay began running yesterday,
with sailings every 30 minutes from 6am to 10pm. The Minister for Transport, Ruth
Adeyemi-Kell, will visit the site on Monday and meet the leaders of Hollin and Stackford
councils.

Repairs are expected to be completed by 31 October. A public consultation on a replacement
crossing will run from 17 March to 28 April, and its results will be published.

"I know how hard this is for the people and businesses who depend on this crossing," the
Minister said. "Safety must come first, and we will keep people informed at every step."

The bridge, which opened in 1967, is 2,150 metres long and carries about 21,000 vehicles a
day. A weight limit of 7.5 tonnes has applied since 2019.

Ends.
Media enquiries: Ministry press office, 0161 496 0732""",
        (
            expect("2025-02-24/..", "bridge", "closed"),
            expect("2025-03-05", "ferry"),
            expect("2025-03-10", "visit", planned=True),
            expect("../2025-10-31", "repairs", planned=True),
            expect("2025-03-17/2025-04-28", "consultation", planned=True),
            expect("1967", "opened"),
            expect("2019/..", "weight limit"),
        ),
    ),
    Text(
        "carnwell-library-reopens",
        "HTML news page",
        date(2024, 9, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Carnwell library reopens after refit | Carnwell Courier</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Carnwell library reopens after two-year refit</h1>
<p class="byline">By Nadia Forsythe |
<time datetime="2024-09-20T07:30">20 September 2024</time></p>
<p>Carnwell's central library reopened to the public yesterday after a refurbishment that
kept its doors shut for two and a half years.</p>
<p>The listed building on Quarry Street closed in March 2022 so that its roof, wiring and
heating could be replaced. The work cost 4.6 million pounds.</p>
<p>The library was designed around 1911 by the borough architect Walter Penrose and opened in
1913, paid for by the shipowner Hugh Danvers.</p>
<p>A rooftop reading garden and cafe will open on Saturday, and work on a new children's wing
is due to begin in January 2025.</p>
<p>Library manager Tess Oyelaran said 1,900 people came through the doors on the first day,
the most on a single day since 1999.</p>
<p>Opening hours: 9am to 7pm, Monday to Saturday.</p>
</article>
<aside><h2>Most read</h2><ul>
<li><a href="/news/2024/09/18/bus-route-cut">Bus route 14 to be cut</a></li>
</ul></aside>
<footer>&copy; 2024 Carnwell Courier</footer>
</body>
</html>""",
        (
            expect("2024-09-19", "reopen"),
            expect("2022-03", "closed"),
            expect("1911~", "designed"),
            expect("1913", "opened"),
            expect("2024-09-21", "garden", planned=True),
            expect("2025-01", "children", planned=True),
        ),
    ),
    Text(
        "pellow-cliffs-alert",
        "coastal erosion alert",
        date(2025, 2, 4),
        """COASTAL EROSION ALERT - AMBER
Issued by: Saltmarsh District Council, Coastal Management Team
Alert ref: CEA-2025/014 | Issued: Tuesday 4 February 2025, 10:15

Location: Pellow Cliffs, between Gull Steps and the old lifeboat slipway

What has happened
A section of cliff about 40 metres long collapsed onto the beach on Sunday night after heavy
rain. No one was hurt. The coast path between Gull Steps and Pellow car park has been closed
since Monday morning, and diversion signs are in place.

What happens next
Council engineers and a geotechnical surveyor will inspect the cliff on Thursday. Residents
of the four properties on Cliff Row have been told they must leave their homes by
28 February; the council is arranging temporary accommodation. A rock revetment scheme for
this frontage is scheduled to start in 2027, subject to funding.

Background
The cliff top here has retreated about 6 metres since 2019. The last major collapse at this
spot happened on or about 11 January 2014, when a similar length of cliff fell.

Advice to the public
- Keep at least 10 metres back from the cliff edge.
- Do not walk on the beach below the cliffs around high water (14:40 today).
- Report new cracks or falls at once.

Contact: Coastal Management Team, 01632 960 228 (24 hours)""",
        (
            expect("2025-02-02", "cliff", "collapse"),
            expect("2025-02-03/..", "path", "closed"),
            expect("2025-02-06", "inspect", planned=True),
            expect("../2025-02-28", "leave", planned=True),
            expect("2027", "revetment", planned=True),
            expect("2014-01-11~", "collapse"),
        ),
    ),
    Text(
        "estwick-harbour-week",
        "sailing regatta report",
        date(2024, 8, 8),
        """Harbour Week ends with fourth title for Minerva
Estwick Sailing Club | Regatta report | Thursday 8 August 2024

The Estwick Harbour Week, sailed from 3 to 7 August, ended with Tamsin Arlow's Minerva
taking the Cruiser Class trophy, with 62 boats racing in four classes.

Racing on Monday was abandoned after gusts of more than 35 knots swept the harbour mouth, and
the race committee sailed two races on Tuesday to make up the programme. Minerva won both.

Arlow, who also won the trophy in 2011, 2015 and 2019, said the light winds of the final day
had suited her crew. Minerva, a 34-foot sloop launched in 2021, finished no lower than third
in any race.

Cruiser Class - final results
1. Minerva (T. Arlow) 9 pts
2. Kittiwake (R. Danes) 14 pts
3. Sea Lark (sail no. GBR 1987) 17 pts

The club, founded in about 1882 by the harbour pilots, thanks its volunteers and the
Estwick Harbour Board. Next year's Harbour Week is scheduled for 2 to 6 August 2025.

Results in full: estwicksc.example/results | Club office: 01632 960 745""",
        (
            expect("2024-08-03/2024-08-07", "harbour week"),
            expect("2024-08-05", "abandon"),
            expect("2024-08-06", "races"),
            expect("2011", "arlow", "trophy"),
            expect("2015", "arlow", "trophy"),
            expect("2019", "arlow", "trophy"),
            expect("2021", "launch"),
            expect("1882~", "found"),
            expect("2025-08-02/2025-08-06", "harbour week", planned=True),
        ),
    ),
    Text(
        "kellerby-lithium-approval",
        "lithium mine approval release",
        date(2025, 6, 18),
        """MEDIA RELEASE
Department of Mines and Resources, Western Tarran
18 June 2025

Minister approves Kellerby lithium mine with strict conditions

The Minister for Mines, Joaquim Radebe, today granted a mining lease to Silverbrook Lithium
Pty Ltd for the Kellerby spodumene project, 80 km north-east of Port Halden, subject to 46
conditions.

Silverbrook lodged its application in November 2022. Public hearings were held in Port
Halden from 4 to 15 March 2024, and the Environmental Review Panel delivered its report on
2 April 2025. The company has held an exploration licence over the area since 2017.

Under the conditions, Silverbrook must lodge a rehabilitation bond of $38 million no later
than 30 September 2025. Construction is expected to start in March 2026, and the company
projects first production of spodumene concentrate in 2028, with output of about 240,000
tonnes a year over a mine life of 17 years.

"This approval shows that Western Tarran can grow a critical minerals industry without
cutting corners," Minister Radebe said. "The conditions on water and on Aboriginal heritage
are the strictest we have set."

The lease was granted under section 71 of the Mining Act 1992. Lease number: ML 2025/117.

Media contact: Freya Doyle, 08 6550 0192""",
        (
            expect("2025-06-18", "lease", "grant"),
            expect("2022-11", "application"),
            expect("2024-03-04/2024-03-15", "hearings"),
            expect("2025-04-02", "panel", "report"),
            expect("2017/..", "exploration"),
            expect("../2025-09-30", "bond", planned=True),
            expect("2026-03", "construction", planned=True),
            expect("2028", "production", planned=True),
        ),
    ),
    Text(
        "halloran-droving-journal",
        "drover's journal of the 1860s",
        None,
        """Journal of Wm. Halloran, drover, Mungaree to Goulburn, with Mr. Pettigrew's bullocks.
[Transcribed by the Tarwin Historical Society from MS 2207, folios 14-16. Spelling kept.]

Monday 4th June 1866. Left Mungaree station at daybreak with 1,150 head and six men. Fine
and cold. Made 9 miles to the Bell Creek.

Tuesday 5th. Crossed the Lachlan at Sandy Ford, water up to the saddle flaps. Same ford where
I lost 40 head in the flood of '61. Lost none today thank God.

6th to 8th. Rain without let. Lay by the three days at O'Byrne's paddock, the men in the
woolshed.

Sat. 9th. On the road again. At Cowra store got a letter from Mr. Pettigrew, written about
the 1st inst., he wants the bullocks at the Goulburn yards by the 20th and no later.

Thursday 14th. Counted the mob at Binda, 1,146 head, four short since the ford. Young Riley
lame, sent him back with the spare horses.

Tuesday 19th. Reached the Goulburn yards at 4 o'clock, a day ahead of the master's time. Paid
the men 2 pound each on account.

Thursday 21st. Sale. Bullocks made 6 pound 10 a head. Mr. P. well pleased and says he will
want me again in the spring. Drank his health at the Commercial. Home by the coach.""",
        (
            expect("1866-06-04", "left", "mungaree"),
            expect("1866-06-05", "crossed"),
            expect("1861", "lost"),
            expect("1866-06-06/1866-06-08", "lay by"),
            expect("1866-06-01~", "letter"),
            expect("../1866-06-20", "goulburn", planned=True),
            expect("1866-06-14", "counted"),
            expect("1866-06-19", "reached"),
            expect("1866-06-21", "sale"),
        ),
    ),
    Text(
        "ashcombe-hedgehog-survey",
        "hedgehog survey report",
        None,
        """Ashcombe Hedgehog Survey 2024 - Summary Report
Ashcombe & District Wildlife Group | Report no. AWG/HS/24 | November 2024

1. Introduction
The group has run garden wildlife surveys in Ashcombe since 2006, and carried out its first
two hedgehog surveys in 2014 and 2019. This report covers the third, carried out from 1 April
to 30 September 2024 with the help of 58 households.

2. Methods
Volunteers placed 64 footprint tunnels in gardens and on allotments from 8 to 19 April, at
grid references including SP 2013 4587 and SP 2041 4602. Tunnels were checked every Tuesday
and Friday, and householders logged sightings through an online form.

3. Results
The first hedgehog of the season was recorded on 3 April in a garden on Orchard Close, and
the last sighting came on or about 27 September. Footprints were found in 23 of the 64
tunnels (36%), a lower share than in either earlier survey. Seven hedgehogs were found dead
on roads, the highest number since 2010.

4. Next steps
The group will repeat the survey in 2029. It also plans to open 13 cm "hedgehog highway" gaps
in the fences of 40 gardens by 31 March 2025, and asks residents to leave log piles and
avoid slug pellets.

Contact: survey coordinator Dr Imogen Pryce, hedgehogs@ashcombewildlife.example""",
        (
            expect("2006/..", "surveys"),
            expect("2014", "hedgehog", "survey"),
            expect("2019", "hedgehog", "survey"),
            expect("2024-04-01/2024-09-30", "survey"),
            expect("2024-04-08/2024-04-19", "tunnels"),
            expect("2024-04-03", "first", "hedgehog"),
            expect("2024-09-27~", "last", "sighting"),
            expect("2029", "survey", planned=True),
            expect("../2025-03-31", "highway", planned=True),
        ),
    ),
    Text(
        "whitcombe-almshouses",
        "almshouse's history",
        None,
        """The Whitcombe Almshouses, Lower Stenton: A Short History
Visitor leaflet, revised edition | The Whitcombe Charity, registered charity no. 1012218

Dame Alice Whitcombe, widow of a London salter, left 600 pounds in her will of 1618 to build
"six houses for poor women of Stenton". She died, probably in 1620, and the first row of
houses was built around 1622 on land beside the churchyard.

In 1731 a fire that began in the bakehouse of the Swan inn destroyed two of the houses; they
were rebuilt in brick the following year, which is why the south end of the row is red while
the rest is grey stone.

Since 1890 the almshouses have been administered by the trustees of the Stenton Municipal
Charities, who appoint the residents and keep the buildings in repair. The row was listed at
Grade II* in 1951 and was restored between 1962 and 1965, when each house was given a
bathroom and the roofs were relaid with the old stone slates.

Today the almshouses provide eleven homes for people over 60 with local connections. Four new
flats in the former coach house will open in 2026.

Residents still attend a service in the chapel every Whit Sunday, as Dame Alice's will
required, and the founder's portrait hangs in the common room.

Open days: second Saturday of each month, 2pm to 4pm. Enquiries: the Clerk, 01632 960 583.""",
        (
            expect("1618", "will"),
            expect("1620?", "whitcombe"),
            expect("1622~", "built"),
            expect("1731", "fire"),
            expect("1732", "rebuilt"),
            expect("1890/..", "administer"),
            expect("1951", "listed"),
            expect("1962/1965", "restor"),
            expect("2026", "flats", planned=True),
        ),
    ),
    Text(
        "benefit-uprating-statement",
        "work and pensions ministry benefit uprating statement",
        date(2025, 11, 20),
        """Written Ministerial Statement
Department for Work and Pensions
Made on: Thursday 20 November 2025 | Statement UIN HCWS1187

Benefit and Pension Rates 2026/27

The Secretary of State for Work and Pensions (Mr Idris Pembrey): I have today completed my
annual review of benefit and pension rates under section 150 of the Social Security
Administration Act 1992. The new rates will come into force on 6 April 2026.

The basic and new State Pensions will rise by 4.1%, in line with the growth in average
earnings in May to July 2025, as required by the triple lock, which has applied since 2011.

Working-age benefits, and benefits for disabled people and carers, will be uprated by 3.8%,
the rate of CPI inflation in September 2025. The standard minimum guarantee in Pension Credit
will rise by the same percentage as earnings, to 238.00 pounds a week.

The benefit cap, last reviewed in November 2023, will be raised in line with prices.

The uprating orders will be laid before Parliament no later than 31 January 2026. Claimants
will be told of their new award amounts from mid-February, and a full table of the proposed
rates is published today as a House paper.

This Government is committed to a welfare system that protects pensioners and supports
people into work.""",
        (
            expect("2025-11-20", "review", "rates"),
            expect("2026-04-06", "rates", planned=True),
            expect("2025-05/2025-07", "earnings"),
            expect("2011/..", "triple lock"),
            expect("2025-09", "cpi"),
            expect("2023-11", "cap"),
            expect("../2026-01-31", "orders", planned=True),
        ),
    ),
    Text(
        "fenmoor-guided-walks",
        "nature reserve HTML guided walks page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Guided walks | Fenmoor Marshes Nature Reserve</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/visit">Visit</a> &gt; Guided walks</nav>
<main>
<h1>Guided walks 2025</h1>
<p class="updated">Updated 2 April 2025</p>
<p class="notice"><strong>Notice:</strong> the Heron Hide boardwalk is closed for repairs and
will reopen on 1 May.</p>
<ul class="events">
<li><h3>Dawn chorus walk</h3><p>Sunday 4 May, 5am. Meet at the visitor centre. 8 pounds,
booking essential.</p></li>
<li><h3>Bats at dusk</h3><p>Friday 13 June, 9pm. Bring a torch. Detectors provided.</p></li>
<li><h3>Fungus foray</h3><p>Saturday 11 October, 10am, with mycologist Dr Petra Lindgren.
Not suitable for dogs.</p></li>
<li><h3>Pond dipping for families</h3><p>Every Wednesday in August, 2pm.</p></li>
</ul>
<p>Thank you to everyone who came on our winter wildfowl walk on 15 February: 48 of you
braved the sleet!</p>
<h2>About the reserve</h2>
<p>Fenmoor Marshes opened as a nature reserve in 1987 on 212 hectares of former peat
diggings. The heronry in the alder carr was established around 1995 and now holds about
30 nests.</p>
</main>
<footer>Fenmoor Marshes Trust | Bookings: 01632 960 904 | Charity no. 1051987</footer>
</body>
</html>""",
        (
            expect("2025-05-01", "boardwalk", "reopen", planned=True),
            expect("2025-05-04", "dawn chorus", planned=True),
            expect("2025-06-13", "bats", planned=True),
            expect("2025-10-11", "fungus", planned=True),
            expect("2025-02-15", "wildfowl"),
            expect("1987", "reserve"),
            expect("1995~", "heronry"),
        ),
    ),
    Text(
        "korval-tribunal-decision",
        "medical practitioners tribunal decision",
        date(2024, 7, 12),
        """MEDICAL PRACTITIONERS TRIBUNAL SERVICE
Record of Determinations - Medical Practitioners Tribunal | PUBLIC RECORD

Dates: 08/07/2024 - 12/07/2024
Medical Practitioner's name: Dr Anselm KORVAL
GMC reference number: 7012345
Type of case: New - Misconduct
Outcome: Suspension, 9 months

Determination on facts, impairment and sanction

1. Dr Korval has been on the medical register since 2004. At the material time he worked as
a salaried general practitioner at Fernlea Surgery, Brackley.

2. On or about 17 August 2021, Dr Korval issued a repeat prescription for a strong opioid to
Patient A without reviewing the patient or the record, despite an alert on the file.

3. The practice manager received a written complaint from Patient A's daughter on 2 November
2021 and referred the matter to the GMC later that month.

4. An Interim Orders Tribunal imposed conditions on Dr Korval's registration on 15 March 2022.

5. The hearing took place from 8 to 12 July 2024. Dr Korval attended and was represented by
counsel. The Tribunal found the facts proved and his fitness to practise impaired by reason
of misconduct, applying Rule 17(2)(l) of the General Medical Council (Fitness to Practise)
Rules 2004 and section 35D of the Medical Act 1983.

Sanction
6. The Tribunal determined to suspend Dr Korval's registration for nine months. The
suspension will take effect on 9 August 2024 unless Dr Korval appeals, which he may do no
later than 8 August 2024. A review hearing will be held before the suspension ends.""",
        (
            expect("2004/..", "register"),
            expect("2021-08-17~", "prescription"),
            expect("2021-11-02", "complaint"),
            expect("2021-11", "referr"),
            expect("2022-03-15", "conditions"),
            expect("2024-07-08/2024-07-12", "hearing"),
            expect("../2024-08-08", "appeal", planned=True),
            expect("2024-08-09", "suspension", planned=True),
        ),
    ),
    Text(
        "pargeter-wheelwrights",
        "wheelwright's history",
        None,
        """The Pargeter Wheelwrights of Long Hassop
Long Hassop Village Museum | Gallery guide no. 3

Wheels were made in Long Hassop long before the Pargeters came, but the family business
begins with John Pargeter, who set up as a wheelwright beside the Green in about 1790.

His grandson Thomas took over the shop in 1834 and in turn handed it to his own son, Samuel,
in 1869. Thomas's harvest wagon, with its elm hubs and ash spokes, won a silver medal at the
county show of 1851.

Samuel enlarged the workshop in 1882 and added a smithy for tyring wheels two years later.
The tyring platform, an iron disc 1,860 mm across, still lies in the yard behind the museum.
At its busiest the shop made some 120 wheels a year for farms across the parish.

Demand for wooden wheels fell away as tractors and rubber tyres came in. The last of the
family, Walter Pargeter, closed the shop in 1957 and gave his tools and patterns to the
museum.

The reconstructed workshop has been on show in this gallery since 1979. A wheel-making
demonstration takes place on the first Sunday of each month. The museum plans to move the
workshop to a new timber-framed gallery, which is expected to open in 2027.

Please do not touch the tools. Guide text by the museum's volunteers.""",
        (
            expect("1790~", "john pargeter"),
            expect("1834", "thomas"),
            expect("1869", "samuel"),
            expect("1851", "medal"),
            expect("1882", "enlarged"),
            expect("1884", "smithy"),
            expect("1957", "closed"),
            expect("1979/..", "workshop"),
            expect("2027", "gallery", planned=True),
        ),
    ),
    Text(
        "brandling-society-notes",
        "history society's journal notes",
        date(2025, 5, 2),
        """THE BRANDLING HISTORY SOCIETY JOURNAL
Vol. 76, No. 2 (May 2025) - Notes and News

Annual General Meeting. The Society's 76th AGM was held on 12 March in the Corn Exchange,
with 61 members present. The officers were re-elected and the subscription is unchanged.

Obituary. We record with regret the death on 9 April of Ernest Wyvill, aged 97. He was a
founder member when the Society was formed in 1949 and edited this journal for thirty years.

Next meeting. The summer lecture will be given on Tuesday in the Corn Exchange by Dr Miriam
Castellane, on "Brandling's lost windmills". Members and visitors are welcome; tea from 7pm.

Excursion. The summer excursion to Alnmere Castle will take place on Saturday 14 June 2025;
the coach leaves the Market Cross at 9.00. Please book with the Secretary.

Contributions. Articles and notes for the November issue should reach the editor by 31 July
2025.

Acquisitions. Mr R. Pollard has given the Society a lease, signed in 1703, for a cottage on
Ferry Lane, together with later deeds (accession nos. 1702-1709).

Church bells. Our member Mrs J. Ekwueme reports that the tenor bell at St Oswald's bears no
date. The churchwardens' accounts suggest that it was cast in 1654, though the entry may
refer to a recasting.

Editor: Dr H. Marr, 14 Ferry Lane, Brandling | Tel. 01632 960 377""",
        (
            expect("2025-03-12", "agm"),
            expect("2025-04-09", "wyvill"),
            expect("1949", "society", "formed"),
            expect("2025-05-06", "lecture", planned=True),
            expect("2025-06-14", "excursion", planned=True),
            expect("../2025-07-31", "articles", planned=True),
            expect("1703", "lease"),
            expect("1654?", "bell"),
        ),
    ),
)
