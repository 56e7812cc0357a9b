"""The two-hundred-and-eighty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a burial ground closure
notice, a quoits championship report, a smokehouse company release, a maltster's account book of
the 1850s, a swift nest survey report, a ropemaker's history, a tourism minister's statement, a
florist's HTML page, a tattoo studio registration decision, a beekeeping history and a shove
ha'penny league fixtures card. The organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYSEVENTH_CORPUS",)


TWOHUNDREDEIGHTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "brennavik-cutting-landslide",
        "wire story with a dateline",
        None,
        """Landslide cuts Brennavik coast railway, line shut for weeks

BRENNAVIK, March 12, 2025 (Coastwire) - A landslide swept about 30 metres of track into a gully
on the Brennavik coast railway late on Monday, cutting the only rail link between the port and
the inland junction at Tolsby, the line's operator said.

No train was on the section when the hillside gave way shortly before midnight. A northbound
freight service stopped less than two kilometres short of the slip after the signaller lost the
track circuits, Nordkyst Rail said in a statement.

Freight trains were diverted over the longer inland route via Skarvik on Tuesday, adding around
four hours to each journey. Replacement buses for passengers will run from Friday, the company
said, and it hopes to reopen the line by the end of April.

"We are talking about weeks, not days," operations director Signe Halvard told reporters at the
site. "The ground is still moving, and nobody goes down there until the geologists say so."

Geologists from the regional council inspected the slope on February 20 after residents reported
cracks in a farm track above the cutting, according to an inspection note seen by Coastwire. The
note recommended closer monitoring but no closure of the line.

The council approved a drainage scheme for the cutting in November 2022, but work on it has not
started. A smaller slide at the same spot in 2019 closed the railway for nine days, and local
people say the hillside has been weeping water for as long as anyone can remember.

The single-track railway was built about 1890 to carry timber and salted fish south. It now
handles some 1.1 million tonnes of freight a year, mostly crushed rock and frozen seafood, as well
as four passenger trains a day in each direction.

Opposition members of parliament said the transport committee would question Nordkyst Rail and
council officials at a hearing on March 25. "Someone has to explain why a scheme approved more
than two years ago is still sitting in a drawer," said committee member Arne Lyster.

Nordkyst Rail shares were little changed in Oslo trading.

(Reporting by Eirik Sand; Editing by Paula Creed)""",
        (
            expect("2025-03-10", "landslide"),
            expect("2025-03-11", "freight", "divert"),
            expect("2025-03-14", "buses", planned=True),
            expect("../2025-04", "reopen", planned=True),
            expect("2025-02-20", "geologists", "inspect"),
            expect("2022-11", "drainage"),
            expect("2019", "slide"),
            expect("1890~", "railway", "built"),
            expect("2025-03-25", "hearing", planned=True),
        ),
    ),
    Text(
        "hollins-beck-works",
        "press release",
        None,
        """NEWS RELEASE
Wendle Valley Water
For immediate release

WENDLE VALLEY WATER OPENS HOLLINS BECK TREATMENT WORKS

Harrowgate, 3 June 2025 - Wendle Valley Water today opened its new Hollins Beck water treatment
works, the largest single investment the company has made since it was formed.

The GBP 48 million works takes over from the old filter beds at Ashby Lane, built in 1938, which
can no longer cope with the colour and sediment that heavy rain washes off the moors.

Construction began in September 2022 on a former quarry site above the village of Hollins. The
new works will supply around 40,000 homes in Harrowgate and the upper valley from 1 July, once
the last water quality tests have been signed off by the drinking water regulator.

The scheme was first proposed in 2018, after two dry summers left the Wendle reservoirs at their
lowest recorded levels. A second phase, adding a membrane filtration stage, is expected to be
completed in 2027.

Chief executive Moira Tennant said:

"Hollins Beck is built for the next sixty years, not the last sixty. Our customers have been
patient through three years of lorries and road closures, and I want to thank them for it. From
next month, the water in their taps will come from one of the most modern works in the north."

Residents can tour the works at a public open day on Saturday 14 June, from 10am to 3pm. Places
are limited and must be booked through the company's website.

The company is also asking customers what they want from its next five-year business plan.
Responses to the consultation must be received no later than 30 September.

ENDS

Notes to editors

1. Wendle Valley Water was founded in 1961 and supplies drinking water to about 310,000 people
   in the Wendle and Orle valleys.
2. Hollins Beck can treat up to 38 megalitres of water a day.
3. Photographs of the works are available on request.

Media contact: Press Office, Wendle Valley Water, 01632 960 418, press@wendlevalley.example""",
        (
            expect("2025-06-03", "opened"),
            expect("1938", "filter beds"),
            expect("2022-09", "construction"),
            expect("2025-07-01", "supply", planned=True),
            expect("2018", "proposed"),
            expect("2027", "second phase", planned=True),
            expect("2025-06-14", "open day", planned=True),
            expect("../2025-09-30", "responses", planned=True),
            expect("1961", "founded"),
        ),
    ),
    Text(
        "orso-kestrel-commissions",
        "court opinion",
        date(2024, 11, 18),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 58211-4-II

DELPHINE ORSO, Appellant,

v.

KESTREL FIXTURES, INC., Respondent.

UNPUBLISHED OPINION

MARRANT, J. - Delphine Orso appeals the summary judgment dismissing her claim for unpaid sales
commissions against her former employer, Kestrel Fixtures, Inc. Because a genuine issue of
material fact remains as to whether the 2021 amendment to Kestrel's commission plan was ever
validly adopted, we reverse in part and remand.

FACTS

Kestrel, a maker of shop fittings, hired Orso as a regional sales representative on or about
March 4, 2019. She signed a written employment agreement on March 11, 2019, which incorporated
Kestrel's commission plan by reference. Kestrel has used the same plan, with minor changes,
since 2016.

In the spring of 2021 Kestrel revised the plan to cap commissions on any account above $500,000.
The record does not show who adopted the change. Kestrel's sales director testified that a
regional manager probably approved it in May 2021, but no written approval was produced.

Kestrel terminated Orso's employment on August 30, 2021. Its termination letter required her to
return her company laptop and sample cases by September 15, 2021, and stated that commissions
on her accounts would be calculated under the amended plan.

Orso filed this action in Dunmere County Superior Court on January 12, 2022, alleging that
Kestrel withheld $41,870 in commissions earned before her termination. The trial court granted
Kestrel's motion for summary judgment on June 5, 2023. Orso filed her notice of appeal 28 days
later.

We heard oral argument on October 8, 2024.

ANALYSIS

A. Standard of Review

We review an order granting summary judgment de novo, viewing the facts and all reasonable
inferences in the light most favorable to the nonmoving party.

B. The 2021 Amendment

Kestrel argues that the agreement allowed it to change the plan "from time to time." That is
so, but the agreement also required any change to be "approved in writing by an officer of the
Company." Kestrel has not shown that any officer approved the cap. A witness's belief that a
manager "probably" signed off is not proof of written approval by an officer. Whether the cap
bound Orso is therefore a disputed question of fact.

C. Attorney Fees

Because Orso has not yet prevailed, we decline to award fees on appeal.

CONCLUSION

We reverse the summary judgment as to commissions earned after the purported amendment, affirm
in all other respects, and remand for further proceedings consistent with this opinion.

WE CONCUR:

Hollis, C.J.
Aberdeen, J.""",
        (
            expect("2019-03-04~", "hired"),
            expect("2019-03-11", "agreement"),
            expect("2016/..", "plan"),
            expect("2021-05?", "approved"),
            expect("2021-08-30", "terminated"),
            expect("../2021-09-15", "return"),
            expect("2022-01-12", "filed", "action"),
            expect("2023-06-05", "summary judgment"),
            expect("2023-07-03", "notice of appeal"),
            expect("2024-10-08", "oral argument"),
        ),
    ),
    Text(
        "ellisford-canal-history",
        "encyclopedia history",
        None,
        """Ellisford Canal

The Ellisford Canal is a 23-mile (37 km) canal in the county of Wendshire, England, running from
the River Orle at Ellisford to the former coalfield at Brackham Moor. It has 31 locks and one
tunnel, at Coldmarsh. Most of its length has been restored and is navigable by small craft.

History

Construction

A canal to carry Brackham coal down to the Orle had been talked of for decades before a group of
Ellisford merchants raised the money for it. An Act of Parliament authorising the canal received
royal assent in 1791. Work started at the Ellisford end c. 1793 under the engineer Josiah
Mabberley, who had learned his trade on the Midland canals. Progress was slowed by the Coldmarsh
tunnel, which flooded twice during its digging.

The main line opened to traffic on 12 May 1802, with a procession of eleven coal boats into the
Ellisford basin. The short branch to Hatherley Wharf was completed the following year.

Operation and decline

Traffic was at its heaviest in the 1840s, when more than 200,000 tons of coal a year passed
through the Ellisford basin. The Wendshire and Orle Railway bought the canal in 1846 and ran it
down in favour of its own line along the valley. Maintenance was cut back, and by the end of
the century boats could only reach Brackham with half loads.

Commercial traffic probably ended in 1932, though some local histories give a later date. The
canal was formally abandoned under a ministry order in 1944, and several of the upper locks were
filled in or capped.

Restoration

The Ellisford Canal Trust was founded in 1971 by boaters and local historians who wanted to save
the Coldmarsh tunnel from demolition. Volunteer work parties cleared the towpath and rebuilt the
lower locks over the following decades. The first restored section, between Ellisford and
Coldmarsh, reopened on 22 July 2006.

Since 2012 the canal has been owned by the Waterways Heritage Company, a charity, which leases
the upper pounds to the trust for volunteer work.

See also

- Canals of Wendshire
- Brackham Moor Colliery

References

1. Pell, A. (1988). The Ellisford Canal. Wendshire Record Society.
2. Ellisford Canal Trust. A Guide to the Towpath. Trust leaflet.""",
        (
            expect("1791", "authoris"),
            expect("1793~", "work", "started"),
            expect("1802-05-12", "opened"),
            expect("1803", "branch"),
            expect("1846", "bought"),
            expect("1932?", "commercial traffic"),
            expect("1944", "abandoned"),
            expect("1971", "trust", "founded"),
            expect("2006-07-22", "reopened"),
            expect("2012/..", "owned"),
        ),
    ),
    Text(
        "halstow-marlowe-chase",
        "sports report",
        date(2025, 7, 20),
        """CRICKET

Halstow chase down 287 to reach Western Shield final

By Bryony Castle at Pennock Road

Halstow reached the final of the Western Shield for the first time in seven years on Saturday,
chasing down 287 against Ardwell with four balls to spare thanks to an unbeaten 112 from their
captain, Ravi Menon.

Ardwell had looked in control when Halstow slipped to 96 for 4 in the 22nd over. But Menon, who
joined the county from Cleave in 2021, put on 141 for the fifth wicket with the left-hander Joe
Starling, and the last 40 runs came in a rush of reverse sweeps and scampered twos.

"I've been here four years and this is the best I've seen the dressing room," Menon said. "The
young lads just refused to panic."

Halstow last won the Shield in 2018. They were without their opening bowler, Kit Marlowe, who
tore a side muscle in the nets on 28 June. The club said Marlowe is expected to be fit by 2
August, in time for the final.

Ardwell's innings had been built around 94 from Tom Haskett, but their last six wickets fell for
38 as the Halstow spinners tightened the screw. Ardwell coach Lewis Grey blamed "twenty minutes
of madness" for the defeat.

Halstow have little time to celebrate. They are back in four-day action against Brenmoor on
Wednesday, and the two-day final is scheduled for 9-10 August at Hatherleigh Park.

Pennock Road, where the ground opened around 1885, was full for the first time this summer.
The two counties first met there in 1889, and the old pavilion clock still runs six minutes fast.

Scores: Ardwell 286 for 9 (50 overs; Haskett 94, Ince 3-51). Halstow 287 for 6 (49.2 overs;
Menon 112 not out, Starling 68). Halstow won by four wickets.""",
        (
            expect("2025-07-19", "halstow", "final"),
            expect("2021", "menon", "joined"),
            expect("2018", "shield"),
            expect("2025-06-28", "marlowe", "tore"),
            expect("../2025-08-02", "fit", planned=True),
            expect("2025-07-23", "brenmoor", planned=True),
            expect("2025-08-09/2025-08-10", "final", planned=True),
            expect("1885~", "ground", "opened"),
            expect("1889", "first met"),
        ),
    ),
    Text(
        "torrance-hale-biscuits",
        "company history",
        None,
        """Our story

Torrance & Hale has been baking biscuits in Kelbury for more than a century and a half. Here is
how a bakehouse in Mill Street became one of the best-loved names on the biscuit aisle.

Beginnings

Margaret Torrance began selling oatcakes from her husband's bakehouse in Mill Street in about
1872. Her oatcakes were sold by the dozen to the carters who stopped at the Mill Street inn, and
word of them soon spread along the valley.

Her nephew Walter Hale joined her in the business, and in 1881 the pair opened their first
factory beside the Kelbury railway yard, with two coal-fired ovens and nineteen workers. The
following year their ginger snaps won a gold medal at the Kelbury Exhibition, and the recipe
has hardly changed since.

A limited company

Torrance & Hale Ltd was incorporated on 1 January 1903, with Walter Hale as its first chairman.
The company built a new bakery on the Carn Road site and gave its workers a dining room, a
savings bank and a brass band, which still plays at the Kelbury gala.

Across the water

After the war the firm looked abroad. It opened export depots in Rotterdam in 1955, Copenhagen in
1958 and Gothenburg in 1964, and for a time more of its shortbread was eaten in Scandinavia than
at home.

Changing hands

The last family directors sold the business to the Ambrey Foods group in 1998. Ambrey invested
in new wrapping lines but closed the old Carn Road bakery hall, which is now flats.

Owned by the people who make it

Since 2011 the company has been owned by an employee trust, after a buy-out led by the bakery
manager, Fiona Dunnet, and backed by almost every member of staff. Every employee is a partner
and shares in the profits.

What comes next

A new low-energy bakery on the Carnside estate is due to open in 2026. It will run on heat
recovered from the ovens and will let us double our oatcake output without a single extra
lorry on Mill Street.

Visit our factory shop at Carnside, Monday to Saturday, 9am to 5pm.""",
        (
            expect("1872~", "oatcakes"),
            expect("1881", "factory"),
            expect("1882", "gold medal"),
            expect("1903-01-01", "incorporated"),
            expect("1955", "rotterdam"),
            expect("1958", "copenhagen"),
            expect("1964", "gothenburg"),
            expect("1998", "sold"),
            expect("2011/..", "employee trust"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "tessel-moon-orbiter-summary",
        "mission summary",
        date(2025, 2, 3),
        """MISSION SUMMARY: TESSEL-2 LUNAR ORBITER

Agency:        Northern Space Directorate (NSD)
Spacecraft:    Tessel-2, 412 kg at launch
Launch vehicle: Arvik-3
Orbit:          100 km circular polar lunar orbit
Status:        Operating (primary mission)

OVERVIEW

Tessel-2 is a small orbiter built to map water ice in the permanently shadowed craters near the
Moon's south pole. The mission was approved in 2019 as a follow-on to the Tessel-1 technology
demonstrator and was built by the Hallin Instrument Works at a cost of 96 million euros.

MISSION TIMELINE

Tessel-2 was launched from the Skarholm range on 14 September 2024. After a low-energy transfer
it entered lunar orbit 25 days later, on 9 October, and lowered itself to its working altitude
over the following week. The first image from the neutron camera reached the ground on or about
15 October, although the team did not release it until calibration was complete.

On 2 December an attitude-control fault put the spacecraft into safe mode for the first time.
Engineers traced the fault to a software timing error in one of the reaction wheel controllers,
uploaded a patch, and recovered the spacecraft two weeks later. No science data were lost.

UPCOMING ACTIVITIES

- A calibration campaign for the infrared spectrometer is scheduled from 10 to 14 March, when
  the orbit's plane lines up with the terminator.
- The primary mission will end no later than 30 June 2026, depending on the fuel left.
- An extended mission, with a lower orbit of 30 km over the pole, is expected to begin in July
  2026 if the directorate approves it.

SCIENCE HIGHLIGHTS TO DATE

The neutron camera has already mapped 40 percent of the south polar region at a resolution of
12 km. The first ice maps will be released to the public once they have been checked against
radar data from other missions.

CONTACTS

Mission manager: Dr. Ingrid Vass, NSD Operations Centre, Halvik
Project scientist: Prof. Tomas Ruel, University of Aldmark""",
        (
            expect("2019", "approved"),
            expect("2024-09-14", "launched"),
            expect("2024-10-09", "lunar orbit"),
            expect("2024-10-15~", "first image"),
            expect("2024-12-02", "safe mode"),
            expect("2024-12-16", "recovered"),
            expect("2025-03-10/2025-03-14", "calibration", planned=True),
            expect("../2026-06-30", "primary mission", planned=True),
            expect("2026-07", "extended mission", planned=True),
        ),
    ),
    Text(
        "carrow-cattle-fever",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

Statement on bluetongue in Carrow district

Issued: 7 August 2025
Reference: MARA/AH/2025/114

1. The Ministry confirms that bluetongue virus has been found in a beef herd near Carrow. The
first case was confirmed by the national reference laboratory on 29 July. Two further cases on
neighbouring holdings have since been confirmed.

2. It is thought that the virus reached the farm on 18 July with a consignment of store cattle
bought at auction. Tracing of the other animals in that consignment is under way.

3. A ban on the movement of cattle, sheep and goats out of a 20 km zone around the first farm has
been in force since 30 July. Livestock markets inside the zone remain closed.

4. A compensation scheme for farmers who cannot sell stock because of the ban opened on Monday.
Applications can be made online or through the district office in Carrow.

5. The Minister for Agriculture, Ms Helena Borg, visited farms inside the zone on Tuesday and met
representatives of the Carrow Farmers' Union.

6. The Ministry has ordered 400,000 doses of vaccine. The first deliveries are expected by 20
August, and vaccination will begin inside the zone as soon as they arrive.

7. Testing of all cattle herds in the district will be completed no later than 31 October.

8. This is the first outbreak of bluetongue in the country since 2011, when the disease was
stamped out within four months.

9. The Minister will brief the agriculture committee of Parliament on 2 September.

10. Bluetongue does not affect people or food safety. Farmers who see signs of the disease in
their animals must report them at once to the district veterinary office.

Press Office
Ministry of Agriculture and Rural Affairs""",
        (
            expect("2025-07-29", "first case"),
            expect("2025-07-18?", "virus"),
            expect("2025-07-30/..", "ban"),
            expect("2025-08-04", "compensation"),
            expect("2025-08-05", "visited"),
            expect("../2025-08-20", "vaccine", planned=True),
            expect("../2025-10-31", "testing", planned=True),
            expect("2011", "outbreak"),
            expect("2025-09-02", "brief", planned=True),
        ),
    ),
    Text(
        "quenby-library-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quenby library reopens after flood repairs | Quenby Courier</title>
</head>
<body>
<header><a href="/">Quenby Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article>
<h1>Quenby library reopens after flood repairs</h1>
<p class="byline">By Ottilie Marsh, local democracy reporter</p>
<p class="dateline"><time datetime="2025-04-22">22 April 2025</time></p>
<p>Quenby Central Library reopened on Monday, more than fifteen months after floodwater
poured into its basement and ruined thousands of books.</p>
<p>The library closed after the River Queen burst its banks on 3 January 2024. Water rose to
almost a metre in the lower reading room, and the boiler, lift and wiring all had to be
replaced.</p>
<p>Repair work started in May 2024 and cost about &pound;2.3 million, most of it paid by the
council's insurers. The Edwardian building, built around 1905 with money from a local brewer,
also had its roof and windows restored while the scaffolding was up.</p>
<figure><img src="/img/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored lower reading room. Photo: Courier</figcaption></figure>
<p>The local studies archive, which was moved to a store in Fernley after the flood, came back
to the library on 14 April. Staff are still unpacking its 9,000 boxes.</p>
<p>A cafe run by the charity Open Door will open in the old newspaper room in June.</p>
<p>Councillor Dev Kaur, cabinet member for culture, said: &ldquo;People have missed this place
terribly. It is not just books &ndash; it is warmth, computers, a place for the children after
school.&rdquo;</p>
<p>The library has lent e-books since 2014, and borrowing of them rose sharply while the building
was shut. The first public library on the site opened in 1867 in two rooms above the corn
exchange.</p>
<p>Children's author Mara Penhale will give a reading to mark the reopening on Saturday at
11am.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/bypass">Bypass plans go to inquiry</a></li>
<li><a href="/news/market">Market traders fear parking changes</a></li></ul></aside>
</main>
<footer><p>&copy; Quenby Courier</p></footer>
</body>
</html>""",
        (
            expect("2025-04-21", "reopened"),
            expect("2024-01-03", "burst"),
            expect("2024-05", "repair work"),
            expect("1905~", "built"),
            expect("2025-04-14", "archive"),
            expect("2025-06", "cafe", planned=True),
            expect("2014/..", "e-books"),
            expect("1867", "first public library"),
            expect("2025-04-26", "reading", planned=True),
        ),
    ),
    Text(
        "ebbsworth-burial-closure",
        "burial ground closure notice",
        None,
        """BURIAL ACTS 1853 TO 1857

PUBLIC NOTICE

CLOSURE OF THE BURIAL GROUND OF ST EBBA, EBBSWORTH

NOTICE IS HEREBY GIVEN that the Parochial Church Council of the Parish of St Ebba, Ebbsworth,
resolved on 5 March 2025 to apply to the Secretary of State for an Order discontinuing burials in
the churchyard of St Ebba, Church Lane, Ebbsworth.

1. If the Order is made, the burial ground will be closed for new interments with effect from
1 July 2025. Cremated remains may still be interred in existing family graves, and the churchyard
will remain consecrated ground.

2. The churchyard was laid out c. 1790 on land given by the Ashcombe family, and it is thought
that it was consecrated by the Bishop in 1793. It was enlarged to the north in 1856. The chapel of
rest at the lower gate was listed as a building of special interest in 1971.

3. The last new grave was dug in 1998. The remaining ground is now too wet and too closely filled
for further graves to be dug safely.

4. Responsibility for the maintenance of the closed churchyard will pass to Ebbsworth Town Council,
as the law provides.

5. A public meeting to explain the proposal will be held in the Church Hall on Thursday 27 March
at 7.30 pm. Plans of the churchyard showing the reserved grave spaces may be inspected in the
church porch during daylight hours.

6. Any person wishing to object to the proposal must do so in writing, to the address below, by
11 April. Objections will be sent on to the Ministry with the application.

7. Holders of grave reservation certificates should contact the Parish Office, as their rights
may be affected.

Dated this 14th day of March 2025

Revd. Canon P. M. Whitlow, Vicar
Mrs E. Drury, Secretary to the Parochial Church Council

The Parish Office, St Ebba's House, Church Lane, Ebbsworth EB4 2LQ""",
        (
            expect("2025-03-05", "resolved"),
            expect("2025-07-01", "closed", planned=True),
            expect("1790~", "laid out"),
            expect("1793?", "consecrated"),
            expect("1856", "enlarged"),
            expect("1971", "listed"),
            expect("1998", "last new grave"),
            expect("2025-03-27", "meeting", planned=True),
            expect("../2025-04-11", "object", planned=True),
        ),
    ),
    Text(
        "ryecombe-quoits-final",
        "quoits championship report",
        date(2025, 9, 7),
        """QUOITS

Ellery rings the pin to take fourth national crown

From Colm Trease, Ryecombe

Tamsin Ellery won the National Quoits Championship for the fourth time at Ryecombe on Saturday,
ringing the pin with her last quoit of the day to beat the holder, Dafydd Pruett, by 21 points
to 19 in a final that went to the very last end.

Ellery, who throws for the Pengarth club, first won the title in 2016 and lifted it again in 2019
and 2022. Pruett, chasing a second successive crown, led 17-12 after the eleventh end, but two
"leaners" in a row gave Ellery the momentum she needed.

"I could hardly feel my fingers by the end," said Ellery, a 38-year-old farrier. "Dafydd threw
beautifully all afternoon. I just had a bit more luck on the clay."

Qualifying was held on Thursday, when a field of 64 was cut to 16 over eleven rounds on the
Ryecombe green. Entries closed on or about 20 August, organisers said, with players coming from
as far as the Orkneys and the Welsh borders.

The Ryecombe club, founded about 1880 by quarrymen from the Hesketh pits, relaid its clay beds
in 2023 with clay dug from the old brickworks pond. Visiting players praised the beds, which
held their shape through two days of showers.

County league fixtures resume on Tuesday, when Ryecombe host Pengarth in a repeat of last year's
cup final. Next year's championships will be held at Pengarth from 4 to 6 September 2026.

RESULTS

Final:
  T. Ellery (Pengarth) bt D. Pruett (Lowfold) 21-19

Semi-finals:
  T. Ellery bt J. Arkwright (Ryecombe) 21-14
  D. Pruett bt S. Mellor (Stanhope Vale) 21-17

Quarter-finals:
  Ellery bt Haig 21-9; Arkwright bt Nuttall 21-18;
  Pruett bt Bell 21-11; Mellor bt Raine 21-20

Plate: G. Nuttall (Ryecombe) bt A. Raine (Lowfold) 21-16""",
        (
            expect("2025-09-06", "ellery", "won"),
            expect("2016", "first won"),
            expect("2019", "lifted"),
            expect("2022", "lifted"),
            expect("2025-09-04", "qualifying"),
            expect("2025-08-20~", "entries"),
            expect("1880~", "founded"),
            expect("2023", "relaid"),
            expect("2025-09-09", "league", planned=True),
            expect("2026-09-04/2026-09-06", "championships", planned=True),
        ),
    ),
    Text(
        "garnock-smokehouse-kiln",
        "smokehouse company release",
        date(2025, 11, 10),
        """GARNOCK HARBOUR SMOKEHOUSE
Press information

New oak kiln and harbour shop as Garnock gears up for Christmas

Garnock Harbour Smokehouse, the family firm behind Garnock Kippers and Garnock Oak-Smoked
Salmon, has brought its biggest new kiln in seventy years into use and opened a shop on the
harbour front.

The brick-lined kiln, which can smoke two tonnes of fish at a time over oak chips from local
sawmills, was commissioned in October. It sits alongside the two old tar-black kilns that have
served the firm for generations, which will be kept for kippers.

The smokehouse shop opened on 1 November in the old harbour master's office. It sells the
full range of smoked fish, cheeses and pates, and runs tastings on Saturdays.

A long history on the harbour

The business was founded in 1926 by herring fisherman Alec Garnock, who smoked his own catch in
a shed behind his cottage. A fire destroyed that first smokehouse on or about 4 November 1957,
and the family moved to its present harbour premises the following year.

Garnock has exported smoked salmon to restaurants in the Netherlands since 2019, and the firm
won the supreme award at the Northern Larder Awards in 2024 for its hot-smoked sea trout.

Managing director Isla Garnock, the founder's great-granddaughter, said: "The new kiln means we
can say yes to orders we used to turn away. Our aim is to double our output by 2027 without
changing the way we smoke a single fish."

Christmas orders

Customers wanting delivery before Christmas must place their orders no later than 12 December.
Orders can be made online, by telephone or in the harbour shop.

ENDS

For further information, images or samples, please contact:
Rory Baird, Baird & Mather Communications, 01632 960 772, rory@bairdmather.example

About Garnock Harbour Smokehouse: an independent, family-owned smokehouse on the Garnock
harbour, employing 34 people.""",
        (
            expect("2025-10", "kiln"),
            expect("2025-11-01", "shop", "opened"),
            expect("1926", "founded"),
            expect("1957-11-04~", "fire"),
            expect("1958", "moved"),
            expect("2019/..", "exported"),
            expect("2024", "award"),
            expect("../2027", "double", planned=True),
            expect("../2025-12-12", "orders", planned=True),
        ),
    ),
    Text(
        "pettifer-malt-book",
        "maltster's account book of the 1850s",
        None,
        """MALT BOOK
Jas. Pettifer, Maltster, Stowley Wharf
Commenced Michaelmas 1853

Mem. This Malthouse was built by my late Father abt. 1821, on ground leas'd of Sir T. Verney.

                                                                   Qrs.    L.   s.  d.
1853
Oct.  3  Recd. of Mr. Jno. Harker, Cold Ashby, Barley
         @ 38s. p. qr., carriage pd. by him                         40    76   0   0
Oct. 10  Wetted the first Steep of the Season.  Mr. Danvers
         the Excise Officer attended & gaug'd the cistern            12
Nov. 14  Sold to Mr. Coombe of the Swan, Lynford, pale Malt
         @ 62s., to be pd. at Christmas                              20    62   0   0

1854
Jany.  5  Pd. the Excise, Malt Duty for the Qr., per
          Mr. Danvers's acct.                                             48  13   4
Feby. abt. the 20th  Kiln floor crack'd in the hard frost;
          tiles renew'd by Wm. Bragg, his bill                             3   7   6
Mar.  2  Agreed w. Mr. Coombe of the Swan to deliver him
          30 qrs. more of the same, not later than 1st May next
Mar. 25  Lady Day.  Pd. half a year's Rent to Sir T. Verney's
          Steward                                                        21   0   0
Apl.  8  Wetted the last Steep of the Season, 10 qrs.  Malting
          to cease till Michaelmas, the weather being too warm

Mem. The Barley this season very fine & dry, the best since I have had the Malting.
Mem. Owing from Mr. Coombe for Malt of Nov. last, 62 L., he promising pay't at Midsummer.
Mem. The Officer to have notice in writing 24 hours before any Barley is wetted, as the Act
     requires, on pain of 100 L.  Keep the Cistern & Couch frame clear for his gauging.
Mem. Wm. Bragg to look over the Kiln tiles again before the next Season begins.

          Carried forward                                               211   0  10""",
        (
            expect("1821~", "malthouse", "built"),
            expect("1853-10-03", "barley"),
            expect("1853-10-10", "first steep"),
            expect("1853-11-14", "sold", "malt"),
            expect("1854-01-05", "excise"),
            expect("1854-02-20~", "kiln floor"),
            expect("1854-03-02", "agreed"),
            expect("../1854-05-01", "deliver", planned=True),
            expect("1854-03-25", "rent"),
            expect("1854-04-08", "last steep"),
        ),
    ),
    Text(
        "larchbury-swift-survey",
        "swift nest survey report",
        date(2025, 10, 1),
        """LARCHBURY AND WENSTOW SWIFT GROUP

Swift Nest Survey 2025: Summary Report

Prepared for the Wenstow Valley Countryside Partnership

1. Summary

Volunteers recorded 71 occupied swift nest sites across Larchbury and Wenstow this year, up from
63 in the previous survey. The largest colony remains the tower of St Aldhelm's Church,
Larchbury, where swifts have nested since at least 1987.

2. Methods

The survey ran from 1 May to 31 July 2025. Twenty-two volunteers carried out evening watches of
one hour on 146 buildings, recording birds entering nest holes and "screaming parties" passing
along the rooflines. Each site was visited at least three times.

3. Results

3.1 Arrival and departure. The first swifts returned to Larchbury on 28 April, three days before
the survey began. The last birds were seen over Wenstow on 12 August.

3.2 Colonies. St Aldhelm's tower held 19 occupied nests. The peak count of the season, 84 birds
in a single screaming party, was made over Church Street on 9 July.

3.3 Nest boxes. Of the 42 nest boxes the group installed in 2021 on Larchbury library and the
fire station, 17 were occupied, against 11 last year. Call-back speakers were used at both sites.

3.4 Losses. Birds deserted the old Larch Mill site, probably in 2019, after its eaves were sealed
during conversion to flats. No swifts were seen entering the building this year.

Table 1. Occupied nest sites by area

  Area                   Sites    Nests    Change on last survey
  Larchbury centre         31       38       +5
  Larchbury east           12       14       +2
  Wenstow                  20       23       +1
  Outlying farms            8        8        0
  Total                    71       83       +8

4. Threats and opportunities

Roof repairs at Wenstow Primary School, which holds six nests, are due to take place in 2026.
The group has asked the school to fit swift bricks under the new eaves, and the county council
has agreed to discuss it.

5. Next steps

The next survey is expected to start on 1 May 2026. New volunteers are welcome; training
evenings will be advertised through the Partnership newsletter.

Report compiled by H. Ashdown and P. Mistry, Larchbury and Wenstow Swift Group.""",
        (
            expect("1987/..", "nested"),
            expect("2025-05-01/2025-07-31", "survey"),
            expect("2025-04-28", "first swifts", "returned"),
            expect("2025-08-12", "last birds"),
            expect("2025-07-09", "peak count"),
            expect("2021", "nest boxes"),
            expect("2019?", "deserted"),
            expect("2026", "roof repairs", planned=True),
            expect("2026-05-01", "next survey", planned=True),
        ),
    ),
    Text(
        "hadley-ropewalk-saltmouth",
        "ropemaker's history",
        None,
        """HADLEY'S ROPEWALK, SALTMOUTH
A short history of the rope works

For almost two and a half centuries the people of Saltmouth walked backwards for a living. The
long, low building that runs behind Quay Street is one of the last covered ropewalks left on the
coast, and the story of the Hadley family is the story of the town's trade with the sea.

The first walk

A ropewalk was laid out on the marsh edge c. 1740, when Saltmouth was fitting out ships for the
Baltic timber trade. It was an open walk, little more than a line of posts and a spinning wheel
at one end, and the rope was laid in the open air whatever the weather.

The Hadleys arrive

Thomas Hadley, a journeyman spinner from Bristol, took over the walk in 1788 with money lent by
his wife's father. He lengthened it to three hundred yards the following year, so that a full
cable of 120 fathoms could be laid in one piece. The walk was probably roofed in 1820, though the
oldest roof timbers have not been dated.

War and steam

The works won its first Navy contract in 1805, supplying cordage to the dockyard at Portholme,
and for the next forty years it rarely lacked orders. Steam-driven machinery was installed in
1862, and the number of hands fell from ninety to forty as the engine took the spinners' place.

Fire and decline

A fire on 1 June 1907 destroyed the hemp store and part of the walk; it was rebuilt within the
year, but the trade in natural fibre was already shrinking. The works struggled on with fishing
nets and bell ropes until it closed in 1974, the last Hadley retiring with it.

A working museum

The Saltmouth Ropewalk Museum opened in 1988 in the restored building. Since 2003 it has been run
by the Saltmouth Maritime Trust, whose volunteers still make rope on the walk for visitors, for
church bell towers and for historic ships.

Visiting: the museum is open from April to October, Tuesday to Sunday. Groups by appointment.""",
        (
            expect("1740~", "laid out"),
            expect("1788", "took over"),
            expect("1789", "lengthened"),
            expect("1820?", "roofed"),
            expect("1805", "navy contract"),
            expect("1862", "machinery"),
            expect("1907-06-01", "fire"),
            expect("1974", "closed"),
            expect("1988", "museum", "opened"),
            expect("2003/..", "trust"),
        ),
    ),
    Text(
        "merrow-isles-visitors",
        "tourism minister's statement",
        None,
        """GOVERNMENT OF THE MERROW ISLANDS
Ministry of Tourism, Culture and Heritage

STATEMENT BY THE MINISTER OF TOURISM, THE HON. CALLUM DRAYNE

Issued: 3 November 2025

Mr Speaker, colleagues, friends in the industry,

Today I am launching "Stay a Little Longer", our winter campaign to bring visitors to the islands
between November and March, when our guesthouses and ferries have room to spare.

Let me begin with the figures. In 2024 the islands received 1.2 million visitors, and they spent
more than 310 million dollars with our businesses. Those numbers matter to every family on these
islands.

The tourism levy, introduced on 1 April 2023, now pays for the upkeep of our footpaths, harbours
and heritage sites. Earlier this year, on 19 June, it paid for the reopening of the Harbour Trail
at Port Elwyn, closed for three years by cliff falls. The Green Harbour label, which the Ministry
introduced in 2017, now covers 84 businesses.

I can also announce three measures for the coming year.

First, visitors from our neighbouring countries will be able to travel here without a visa from
1 January 2026. The necessary regulations will be laid before this House shortly.

Second, the new terminal at Kelstow Airport is expected to open in March 2026, doubling the
number of passengers it can handle at the busiest times of the day.

Third, the Ministry will publish a new ten-year tourism strategy no later than 15 December,
after consultation with the islands' councils, the ferry companies and the Hoteliers'
Association.

From 4 to 6 November I will travel to the Atlantic Travel Market in Lisvane, where our
islands will have their own stand for the first time.

Tourism is not only about numbers. It is about keeping young people on the islands, keeping the
ferries running and keeping our shops open. I thank everyone in the industry for their work.

- ENDS -

Press Office, Ministry of Tourism, Culture and Heritage, Government Buildings, Port Elwyn""",
        (
            expect("2025-11-03", "campaign"),
            expect("2024", "visitors"),
            expect("2023-04-01", "levy"),
            expect("2025-06-19", "harbour trail"),
            expect("2017", "green harbour label"),
            expect("2026-01-01", "visa", planned=True),
            expect("2026-03", "terminal", planned=True),
            expect("../2025-12-15", "strategy", planned=True),
            expect("2025-11-04/2025-11-06", "travel market", planned=True),
        ),
    ),
    Text(
        "wrenfold-florist-page",
        "florist's HTML page",
        date(2026, 3, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wrenfold Flowers | Florist in Tadley Market Square</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Wrenfold Flowers</a>
<nav><ul><li><a href="/shop">Shop</a></li><li><a href="/weddings">Weddings</a></li>
<li><a href="/workshops">Workshops</a></li><li><a href="/about">About us</a></li></ul></nav>
</header>
<div class="banner"><p><strong>Easter flowers:</strong> please order by Thursday 26 March for
collection or local delivery.</p></div>
<main>
<section id="about">
<h1>About Wrenfold Flowers</h1>
<p>Flowers run in our family. Nana Win sold violets and wallflowers from a barrow in Tadley
market from around 1950, and she was still there, in her green coat, every Saturday we can
remember.</p>
<p>Her daughter June opened Wrenfold Flowers in a rented stall in 1989, and moved to our shop on
the corner of Market Square in 1996. Today the shop is run by June's son Tom and his partner,
Ama.</p>
<p>Since 2015 we have bought most of our flowers from a group of six growers within forty miles
of Tadley, so what you buy from us has not spent a week on a plane.</p>
<p>We won gold medals at the Coldbrook Flower Show in 2019 and 2023, and we still have the
photographs to prove it.</p>
</section>
<section id="workshops">
<h2>Workshops</h2>
<ul>
<li><strong>Spring wreath workshop</strong> &ndash; Saturday 14 March, 10am&ndash;1pm, &pound;55
including all materials and a cup of tea.</li>
<li><strong>Hand-tied bouquets</strong> &ndash; dates coming soon. Join our mailing list to hear
first.</li>
</ul>
</section>
<section id="opening">
<h2>Opening hours</h2>
<p>Monday to Saturday, 9am&ndash;5.30pm. Closed Sundays.</p>
<p class="notice">The shop will be closed for refurbishment from 6 to 9 April. Online orders
placed during that time will be delivered from 10 April.</p>
</section>
</main>
<footer>
<p>Wrenfold Flowers, 2 Market Square, Tadley &middot; 01632 960 215 &middot;
hello@wrenfold.example</p>
<p><a href="/privacy">Privacy</a> | <a href="/delivery">Delivery information</a></p>
</footer>
</body>
</html>""",
        (
            expect("../2026-03-26", "order", planned=True),
            expect("1950~", "violets"),
            expect("1989", "opened"),
            expect("1996", "moved"),
            expect("2015/..", "growers"),
            expect("2019", "gold medals"),
            expect("2023", "gold medals"),
            expect("2026-03-14", "wreath workshop", planned=True),
            expect("2026-04-06/2026-04-09", "closed", planned=True),
            expect("2026-04-10", "delivered", planned=True),
        ),
    ),
    Text(
        "inkwell-studio-registration",
        "tattoo studio registration decision",
        None,
        """ARDLEIGH BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE

Local Government (Miscellaneous Provisions) Act 1982, sections 15 and 16
Application for registration of premises for tattooing and body piercing

Applicant:          Ms Rhiannon Vale
Premises:           Inkwell Studio, 14a Brook Street, Ardleigh AR3 7JT
Reference:          EH/SP/25/0388
Date of decision:   9 October 2025

1. Background

1.1 The application was received on 12 August 2025. The premises were registered for tattooing
under the previous owner from 2014 until that registration lapsed in 2023, and have been empty
since.

1.2 The applicant holds a Level 2 award in infection control, which she completed on 16 June 2025,
and has worked as a tattooist at studios in the borough for several years.

2. Inspection

2.1 An environmental health officer inspected the premises on 2 September. She found the
treatment room in generally good order but noted that the hand-wash basin was not
wall-mounted, that there was no separate sink for cleaning equipment, and that sharps bins were
stored on the floor.

3. Representations

3.1 One objection was received, from a neighbouring business, on 19 September. It raised noise
late in the evening and the parking of clients' cars.

3.2 The sub-committee heard the application at its meeting on 7 October. The applicant and the
objector both attended and spoke.

4. Decision

4.1 The sub-committee has decided to GRANT registration, subject to the following conditions:

  (a) the works listed in paragraph 2.1 must be completed no later than 31 October 2025;
  (b) no tattooing or piercing may take place after 9 pm on any day.

4.2 The registration will take effect from 1 November 2025, provided condition (a) has been met
and confirmed in writing by the environmental health service.

4.3 A follow-up inspection will be carried out in January 2026.

4.4 The concerns about parking fall outside the sub-committee's powers under the Act.

5. Right of appeal

The applicant may appeal against any condition to the magistrates' court within 21 days of the
date of this notice.

Signed: Cllr. D. Okafor, Chair, Licensing Sub-Committee""",
        (
            expect("2025-08-12", "application", "received"),
            expect("2014/2023", "registered"),
            expect("2025-06-16", "infection control"),
            expect("2025-09-02", "inspected"),
            expect("2025-09-19", "objection"),
            expect("2025-10-07", "heard"),
            expect("../2025-10-31", "works", planned=True),
            expect("2025-11-01", "registration", "effect", planned=True),
            expect("2026-01", "follow-up inspection", planned=True),
        ),
    ),
    Text(
        "fenmere-beekeepers-history",
        "beekeeping history",
        None,
        """Fenmere and District Beekeepers' Association: a History

Bees and the valley

There have been bees in the Fenmere valley for as long as there have been orchards, and for most
of that time they lived in straw skeps under the cottage eaves, their honey taken by killing the
colony over a sulphur pit each autumn. The first movable-frame hive in the district was set up by
the rector of Oxley, the Revd. Arthur Pyne, in about 1864, and by his own account half the
parish came to watch him lift the frames out without a single sting.

The Association is born

Pyne and eleven other beekeepers founded the Fenmere and District Beekeepers' Association in
1881, with the aim of "teaching the cottager to keep bees humanely and profitably". The first
honey show was held in the Oxley schoolroom the following year, with classes for run honey,
comb honey and beeswax.

Disease and recovery

The so-called Isle of Wight disease reached the valley, probably in 1912, and within five
years most of the local colonies were dead. The Association restocked its members' hives with
Italian queens in 1919 and again in 1921, paid for by a subscription among the fruit growers,
who had seen their crops fall without pollinators.

A home at Home Farm

The Association has kept its teaching apiary at Home Farm, Wexcombe, since 1948, when the
Lacey family lent a corner of the old orchard rent-free. Generations of beginners have had their
first stings there, and the apiary still holds twenty colonies.

Varroa

The varroa mite was first found in the county on 14 June 1993, in a hive at Brindle Cross.
Members learned to treat their colonies and to count mites on sticky boards, and the
Association ran its first varroa clinic that summer.

Looking ahead

A new honey house at Home Farm, with an extracting room and space for teaching, is due to open in
2026. It is being paid for by a legacy from a former secretary and by members' own fundraising.

The Association meets on the second Tuesday of each month at the Wexcombe Village Hall.
Visitors are always welcome.""",
        (
            expect("1864~", "movable-frame hive"),
            expect("1881", "founded"),
            expect("1882", "honey show"),
            expect("1912?", "disease"),
            expect("1919", "restocked"),
            expect("1921", "restocked"),
            expect("1948/..", "apiary"),
            expect("1993-06-14", "varroa"),
            expect("2026", "honey house", planned=True),
        ),
    ),
    Text(
        "dunstow-shove-fixtures",
        "shove ha'penny league fixtures card",
        date(2025, 9, 1),
        """DUNSTOW & DISTRICT SHOVE HA'PENNY LEAGUE
Founded 1952

SEASON 2025-26  *  FIXTURES CARD

President: Mr R. Aske                 Hon. Secretary: Mrs J. Colley, 4 Tanyard Row, Dunstow
Hon. Treasurer: Mr P. Wren            Fixtures Secretary: Mr D. Hobb (01632 960 530)

KEY DATES
  Team registrations and fees to Hon. Sec. ............. by Tue 9 Sep 2025
  Opening night, both divisions ........................ Tue 16 Sep 2025
  Harrington Shield, Round 1 ........................... Tue 4 Nov 2025
  Singles Knock-out (at the Plough) .................... Tue 2 - Thu 4 Dec 2025
  Pardoe Cup Final (at the Bell) ....................... Fri 27 Mar 2026
  Annual General Meeting (Crown, 8 pm) ................. Thu 7 May 2026

DIVISION ONE                              1st half     2nd half
  Crown A          v  Plough                 Wk 1        Wk 10
  Bell A           v  Railway Tavern         Wk 1        Wk 10
  Plough           v  Bell A                 Wk 2        Wk 11
  Railway Tavern   v  Crown A                Wk 2        Wk 11
  Crown A          v  Bell A                 Wk 3        Wk 12
  Plough           v  Railway Tavern         Wk 3        Wk 12

DIVISION TWO                              1st half     2nd half
  Crown B          v  Wheatsheaf             Wk 1        Wk 10
  Bell B           v  Dunstow British Legion Wk 1        Wk 10
  Wheatsheaf       v  Bell B                 Wk 2        Wk 11
  Dunstow B.L.     v  Crown B                Wk 2        Wk 11
  Crown B          v  Bell B                 Wk 3        Wk 12
  Wheatsheaf       v  Dunstow B.L.           Wk 3        Wk 12

Week numbers count from opening night. League matches are played on Tuesdays, 8.15 pm prompt;
first-named team at home. Postponed matches must be played within 14 days.

PARDOE CUP
Holders: Bell A, who beat Crown A 5-4 in last season's final on Fri 28 Mar 2025.
The Cup was presented to the League c. 1960 by Alderman T. Pardoe, then landlord of the Bell.

RULES REMINDER
  * Nine coins a turn; a bed counts only when chalked by the opposing captain.
  * Boards must be dry-waxed only. No talc.
  * Results cards to the Fixtures Secretary by the Friday after the match.

Printed by Hobb & Son, Dunstow. Please keep this card behind the bar.""",
        (
            expect("1952", "founded"),
            expect("../2025-09-09", "registrations", planned=True),
            expect("2025-09-16", "opening night", planned=True),
            expect("2025-11-04", "harrington shield", planned=True),
            expect("2025-12-02/2025-12-04", "singles", planned=True),
            expect("2026-03-27", "pardoe cup final", planned=True),
            expect("2026-05-07", "annual general meeting", planned=True),
            expect("2025-03-28", "final"),
            expect("1960~", "presented"),
        ),
    ),
)
