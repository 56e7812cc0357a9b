"""The two-hundred-and-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an avalanche bulletin
series, a rowing regatta report, a hydrogen bus trial press release, a land agent's letters of
the 1830s, an otter spraint survey, a canal company's history, a transport minister's rail
timetable statement, a cinema's HTML programme changes page, a rent tribunal decision, an organ
builder's history and a cricket club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTH_CORPUS",)


TWOHUNDREDSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-grounding-torvangen",
        "wire story with a dateline",
        date(2024, 10, 17),
        """TORVANGEN, Oct 17 (Nordwire) - Salvage crews refloated the passenger ferry Ilse Marit on
Wednesday, three days after it ran aground on a sandbar at the mouth of the Torva estuary
with 312 people on board, the coastguard said.

The ferry, operated by Kestrel Sound Lines, ran aground at about 6:40 p.m. on Sunday in thick
fog. All passengers were taken off by lifeboats and a pilot vessel before midnight; eleven
were treated for minor injuries and one crew member, aged 58, was kept in hospital until
Tuesday.

The Maritime Accident Board opened an investigation on Monday and said it expects to publish
an interim report by the end of November. "We will look at the bridge team, the charts and
the dredging record," chief investigator Sanna Holm told reporters in Torvangen.

Kestrel Sound Lines said the vessel would be towed to the Rauma yard for a hull inspection
and that it planned to resume the Torvangen-Lisk crossing on October 28 with a chartered
ship. Passengers with bookings were asked to call 0800 414 220.

The channel was last dredged in 2019, and local pilots warned in March 2023 that the bar
was shifting towards the fairway, according to letters seen by Nordwire. The grounding is
the first on the estuary since 2008.

The Ilse Marit, built in 1996, carries up to 600 passengers and 140 cars and makes the
45-minute crossing eight times a day in summer.

(Reporting by Jonas Berg; Editing by Claire Whitcombe)""",
        (
            expect("2024-10-16", "ferry", "refloat"),
            expect("2024-10-13", "aground"),
            expect("2024-10-14", "investigation"),
            expect("../2024-11", "report", planned=True),
            expect("2024-10-28", "crossing", "resume", planned=True),
            expect("2019", "dredged"),
            expect("2023-03", "pilots", "warn"),
            expect("1996", "built"),
        ),
    ),
    Text(
        "fenwick-pressing-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Fenwick Orchard Foods to build £38 million pressing plant in Marlow Vale

MARLOW VALE, England, 9 September 2025 -- Fenwick Orchard Foods Ltd, the cider and apple
juice maker, today announced a £38 million investment in a pressing and bottling plant at
Hollins Cross Business Park, creating 140 jobs.

Planning consent for the 6.2-hectare site was granted by Marlow Vale District Council on
21 August 2025. Construction will begin on 3 November 2025, and the plant is expected to
press its first fruit in September 2026. At full capacity it will handle 60,000 tonnes of
apples a year, more than twice the company's present output.

"Our growers have asked us for years to take more of their fruit," said managing director
Priya Halloran. "This plant lets us say yes, and keeps the value of the harvest in the
Vale."

Fenwick was founded in 1934 by the brothers Walter and Edwin Fenwick and has pressed fruit
at its Stoke Ferris mill since 1951. The company planted new orchards of bush trees in 2012,
2015 and 2018, and buys from 85 independent farms.

Growers who wish to supply the new plant should register with the company no later than
31 January 2026. A growers' open evening will be held on Tuesday 14 October at 7 pm at the
Stoke Ferris mill.

About Fenwick Orchard Foods
Fenwick Orchard Foods Ltd employs 410 people and reported sales of £96 million in the year
to March 2025. Its brands include Halloway Press and Old Vale 1934 cider.

Media contact: Tom Reddy, +44 1632 960 418, press@fenwickorchard.example

###""",
        (
            expect("2025-09-09", "invest"),
            expect("2025-08-21", "consent"),
            expect("2025-11-03", "construction", planned=True),
            expect("2026-09", "fruit", planned=True),
            expect("1934", "founded"),
            expect("1951/..", "mill"),
            expect("2012", "orchard"),
            expect("2015", "orchard"),
            expect("2018", "orchard"),
            expect("../2026-01-31", "register", planned=True),
            expect("2025-10-14", "evening", planned=True),
        ),
    ),
    Text(
        "harlan-v-delacroix",
        "court opinion",
        None,
        """IN THE SUPERIOR COURT OF ALDERMOOR COUNTY
CIVIL DIVISION

HARLAN PRESS MACHINERY, INC.,
        Plaintiff,
    v.                                          Docket No. CV-2023-04417
DELACROIX PACKAGING CO.,
        Defendant.

MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

Filed February 12, 2025

I. BACKGROUND

The material facts are not disputed. The parties entered into a supply agreement on or about
March 3, 2021, under which Harlan was to deliver two rotary die-cutters for $1,030,500.
Harlan delivered the first machine on September 14, 2021, and the second on November 2, 2021.
The second machine failed its acceptance test on November 19, 2021. Delacroix's engineers
inspected it again on or about December 1, 2021, and Delacroix withheld the balance of
$618,500.

Harlan sent a notice of default dated January 7, 2022. It filed this action on June 30,
2023. Discovery closed on October 31, 2024.

II. DISCUSSION

Delacroix argues that the claim is barred by Section 9 of the agreement, which requires any
claim to be "brought within two (2) years after the cause of action accrues." In its view
the cause of action accrued when the machine failed its test. The Court disagrees. Under
Section 6.3, the balance fell due only on written demand, and a claim for the price accrues
when payment is due and refused. Harlan's demand was made by the notice of January 7, 2022;
the action, filed less than eighteen months later, is timely. See Orrin Tool Co. v. Bask,
214 A.3d 880, 884 (2019).

III. ORDER

For these reasons, Defendant's Motion for Summary Judgment (Dkt. 41) is DENIED. The parties
shall file a joint pretrial statement no later than March 14, 2025. A final pretrial
conference is set for April 2, 2025, at 9:30 a.m. in Courtroom 4B.

SO ORDERED.

/s/ Helena M. Ruiz
Judge of the Superior Court""",
        (
            expect("2021-03-03~", "agreement"),
            expect("2021-09-14", "deliver", "first"),
            expect("2021-11-02", "deliver", "second"),
            expect("2021-11-19", "test"),
            expect("2021-12-01~", "inspect"),
            expect("2022-01-07", "notice"),
            expect("2023-06-30", "action"),
            expect("2024-10-31", "discovery"),
            expect("../2025-03-14", "statement", planned=True),
            expect("2025-04-02", "conference", planned=True),
        ),
    ),
    Text(
        "kelderby-history",
        "encyclopedia history",
        None,
        """Kelderby

Kelderby is a market town and civil parish on the River Aske, 14 miles (23 km) north-east
of Harnford. At the 2021 census it had a population of 21,480.

History

The settlement is first recorded in a charter of c. 1150 as "Chelderbi", a name thought to
mean "the farmstead by the spring". The parish church of St Oda was perhaps begun in 1190,
although the oldest surviving work, the west tower, is a century later. A market charter
was granted in 1253, and the weekly Thursday market is still held in the square.

Scottish raiders burned the town in 1322, and it recovered only slowly; the wool trade
brought prosperity again in the later Middle Ages. The Kelderby Navigation, which made the
Aske passable to keels as far as the town bridge, opened in 1771, and the railway arrived
in 1847. Cotton spinning grew quickly after the coming of the railway, and by 1901 the
population had reached 14,000. The town returned two members until the Reform Act 1832 cut
its representation to one.

The mills closed one by one between 1958 and 1971, the last being Aske Bank Mill, whose
chimney remains a landmark. A bypass opened in 1994,
taking through traffic out of the market square.

A new footbridge over the Aske, linking the station to the riverside park, is planned to
open in 2027.

See also
- Kelderby Navigation
- St Oda's Church, Kelderby

References
1. Ashworth, R. (1988). The Aske Valley Towns. Harnford: Dale Press. p. 112.""",
        (
            expect("1150~", "recorded"),
            expect("1190?", "church"),
            expect("1253", "market", "charter"),
            expect("1322", "burn"),
            expect("1771", "navigation"),
            expect("1847", "railway"),
            expect("../1901", "population"),
            expect("1958/1971", "mills", "clos"),
            expect("1994", "bypass"),
            expect("2027", "footbridge", planned=True),
        ),
    ),
    Text(
        "ashbourne-vale-corrick",
        "sports report",
        date(2025, 3, 2),
        """RUGBY UNION | NATIONAL TWO NORTH

Moss inspires Ashbourne Vale comeback

Ashbourne Vale 27 Corrick 19

By Gareth Lyle at Mill Meadow

Ashbourne Vale came from 19-6 down to beat Corrick 27-19 at Mill Meadow on Saturday, their
first home win over the league leaders since 2016, and the man who turned the game was the
oldest on the field.

Dylan Moss, 34, who made his debut for the club in 2009 and signed a new one-year contract
on Thursday, scored one try and made another as Vale took control of the last quarter in
front of a crowd of 1,812.

Corrick led 19-6 at half-time after tries from wing Ollie Marsh and centre Kieran Doyle.
Vale's pack took over after the break: Moss drove over from a lineout on 52 minutes, and
prop Sione Taufa scored from close range on 64. Fly-half Rhys Talbot kicked the conversion
before limping off with an ankle injury; he will have a scan on Monday.

Replacement Josh Kerr kicked a penalty on 71 minutes to give Vale the lead, and Moss's
offload sent full-back Evan Price in at the corner three minutes from time.

"He has been doing that for sixteen years," said head coach Mark Pryce. "We just have to
stop him reading about his age."

Vale, who won the title in 1998 and 2003, move up to fourth. They travel to Penhallow next
Saturday, and the cup semi-final against Stanway is scheduled for April 12 at Mill Meadow,
kick-off 3pm.

Ashbourne Vale: Price; Hale, Ward, Okafor, Lyons; Talbot (Kerr 63), Burke; Taufa, Reid,
Hough, Banks, Carver, Moss (capt), Fenn, Doherty.""",
        (
            expect("2025-03-01", "Corrick"),
            expect("2009", "debut"),
            expect("2025-02-27", "contract"),
            expect("2025-03-03", "scan", planned=True),
            expect("1998", "title"),
            expect("2003", "title"),
            expect("2025-03-08", "Penhallow", planned=True),
            expect("2025-04-12", "semi", planned=True),
        ),
    ),
    Text(
        "brannock-cordage-history",
        "company history",
        None,
        """Our History

Brannock Marine Cordage began as a rope walk on the harbour at Portlow, where Josiah
Brannock, a sailmaker's son, started spinning hemp for the fishing fleet in about 1862. The
walk was 1,200 feet long, and for forty years the rope was laid by hand along it.

In 1889 the business moved to the Quay Street works, with steam-driven machinery and room
for a second walk. Between 1914 and 1918 the firm supplied rigging and hawsers to the navy,
and the following year it was incorporated as Brannock & Sons Ltd.

The company began making nylon rope in 1953, one of the first in the country to do so. On
4 February 1967 a fire destroyed the Quay Street works and most of the stock; the works had
been rebuilt at Cole Moor by 1969, on the site where we still make rope today.

Brannock was sold to the Halvard Group in 1998, and for thirteen years it was one brand among
many. In 2011 the family, led by Josiah's great-great-granddaughter Ruth Brannock, bought the
company back. Since 2016 we have made mooring lines for floating offshore wind turbines,
which now account for nearly half of our sales.

Today Brannock employs 186 people and sells to customers in 31 countries. We plan to open a
line for recycling old mooring ropes into new yarn in 2026.

Brannock Marine Cordage Ltd, Cole Moor, Portlow PL9 4RT. Registered in England No. 00158873.""",
        (
            expect("1862~", "spinning"),
            expect("1889", "moved"),
            expect("1914/1918", "rigging"),
            expect("1919", "incorporat"),
            expect("1953", "nylon"),
            expect("1967-02-04", "fire"),
            expect("../1969", "rebuilt"),
            expect("1998", "sold"),
            expect("2011", "bought"),
            expect("2016/..", "mooring"),
            expect("2026", "recycling", planned=True),
        ),
    ),
    Text(
        "peridot-mission-summary",
        "mission summary",
        None,
        """PERIDOT - Polar Exosphere and Regolith Imaging Orbiter
Mission Summary (document PRD-SUM-014, revision C)

Overview
PERIDOT is a small lunar orbiter built by the Halcyon Space Institute to map water ice in
permanently shadowed craters and to measure the thin lunar exosphere. Launch mass 412 kg;
science payload: a neutron spectrometer, a UV imager and a dust counter.

Mission timeline
- Launch: 18 May 2021, 03:14 UTC, on a Corvid-2 rocket from the Kesterby range.
- Lunar orbit insertion: the spacecraft entered a 1,850 km elliptical orbit on 9 June after
  a 22-day transfer.
- First light: the first image of the lunar far side was returned about a week later.
- Science operations began on 1 July 2021 in a 100 km polar orbit.
- Anomaly: a star tracker failure on 23 November 2022 put the spacecraft in safe mode; it
  was recovered two days later using the backup tracker.
- The extended mission was approved in March 2023.
- The orbit was lowered to 30 km at periapsis between 4 and 12 September 2024 for
  high-resolution neutron mapping.

Results
PERIDOT has completed more than 14,000 orbits and mapped ice deposits in 37 craters,
including the first evidence of layered frost in Sverdrup crater.

Plans
The end of the mission, a controlled impact near the south pole, is planned for no later
than 30 June 2026. The full calibrated data set is to be released to the public archive by
the end of 2026.

Last revised: 2 May 2025""",
        (
            expect("2021-05-18", "launch"),
            expect("2021-06-09", "orbit"),
            expect("2021-06-16~", "image"),
            expect("2021-07-01", "science"),
            expect("2022-11-23", "tracker"),
            expect("2022-11-25", "recover"),
            expect("2023-03", "extend"),
            expect("2024-09-04/2024-09-12", "orbit", "lower"),
            expect("../2026-06-30", "impact", planned=True),
            expect("../2026", "archive", planned=True),
        ),
    ),
    Text(
        "drought-statement-environment",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER
Statement by the Minister, Carys Aldred, on drought measures
21 January 2025

Following the driest January since 1976 in the south and east, I have today agreed to
water companies' requests for temporary use restrictions. A hosepipe ban will come into
force across the Lowmoor and Estuary supply areas on 1 February 2025.

Combined reservoir storage in these areas fell to 41 per cent on 19 January, against a
long-term average of 78 per cent for the time of year. When I met the chief executives of
the six affected water companies on Monday 20 January, they set out the steps they are
taking to protect supplies.

I have asked each company to submit an updated leakage plan by 28 February. Since 2019,
companies have been required to report leakage to the regulator every month, and I expect
those reports to show faster progress. The ban itself will be reviewed no later than
31 March.

In the longer term, the desalination plant at Ferncliff, which will supply 50 million litres
a day, is due to open in 2027. The last national hosepipe ban was lifted in October 2022.

Emergency powers under the Water Resources Act 1991 remain available should conditions
worsen. Customers can find advice on saving water at the Ministry website or by calling
0300 555 0192.

Ends

Notes to editors
1. The restrictions apply to about 3.4 million households.
2. Reservoir figures are published every Monday.""",
        (
            expect("2025-02-01", "ban", planned=True),
            expect("2025-01-21", "agree"),
            expect("2025-01-19", "reservoir"),
            expect("2025-01-20", "compan"),
            expect("../2025-02-28", "leakage", "plan", planned=True),
            expect("2019/..", "report"),
            expect("../2025-03-31", "review", planned=True),
            expect("2027", "desalination", planned=True),
            expect("2022-10", "lifted"),
        ),
    ),
    Text(
        "calder-street-library-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Calder Street library reopens 20 months after flood | Eastholm Courier</title>
  <script>window.dataLayer = window.dataLayer || [];
    dataLayer.push({"section": "local", "publishDate": "2024-07-11", "wordCount": 312});
  </script>
</head>
<body>
<nav class="top-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/jobs">Jobs</a>
</nav>
<article>
  <h1>Calder Street library reopens 20 months after flood</h1>
  <p class="byline">By Amira Sloane, Local Democracy Reporter ·
    <time datetime="2024-07-11T08:30:00+01:00">11 July 2024</time> ·
    Updated <time datetime="2024-07-11T14:05:00+01:00">14:05</time></p>
  <figure>
    <img src="/img/2024/07/calder-st-queue.jpg" alt="Readers queue outside the library">
    <figcaption>Readers queue outside on Wednesday morning. Photo: Ben Ryder</figcaption>
  </figure>
  <p>Calder Street library reopened on Wednesday, twenty months after floodwater filled its
  basement and ground floor.</p>
  <p>The flood on 8 November 2022 damaged about 60,000 books and the building's wiring. A
  temporary library opened in the Corn Exchange on or about 5 December 2022 and lent 41,000
  items before it closed.</p>
  <p>Repair work began in March 2023 and cost £2.3 million, most of it paid by the council's
  insurers. The building, built in 1908 with a gift from shipowner Arthur Penrose, is listed.</p>
  <p>The council said the library will open on Sundays from 1 September, and the local
  history archive is to return from storage by the end of October.</p>
  <p>"It has lent more books this week than in any week since 2015," said librarian Joy Akande.</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/2023/03/14/flood-report">Flood report blames blocked culvert</a></li>
    <li><a href="/news/2024/05/02/library-date">Library sets reopening date</a></li>
  </ul>
</aside>
<footer>© 2024 Eastholm Courier Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2024-07-10", "reopen"),
            expect("2022-11-08", "flood"),
            expect("2022-12-05~", "temporary"),
            expect("2023-03", "repair"),
            expect("1908", "built"),
            expect("2024-09-01", "Sunday", planned=True),
            expect("../2024-10", "archive", planned=True),
        ),
    ),
    Text(
        "valdene-avalanche-bulletins",
        "avalanche bulletin series",
        None,
        """VALDENE HIGHLANDS ALPINE SERVICE - AVALANCHE BULLETINS

No. 41 | Issued Thursday 6 February 2025, 17:00 | Valid until Friday 7 February, 17:00
Danger level: 4 (HIGH) above 2,200 m; 3 (CONSIDERABLE) below.
Since Tuesday 60-90 cm of new snow has fallen above 2,000 m, with strong north-west winds.
A large natural avalanche reached the Sella road near Pont Mirel this afternoon. The Col de
Varre road was closed at 14:30 today. The Sella ski lifts will stay closed on Friday.
Snowfall is expected to end by Monday 10 February.

No. 42 | Issued Friday 7 February 2025, 17:00 | Valid until Saturday 8 February, 17:00
Danger level: 4 (HIGH) above 2,200 m.
A ski tourer was caught by a slab at Punta Grava at around 11:15 today and dug out uninjured
by his companions. The Col de Varre road reopened at 16:00 after clearing. Artificial
release with explosives is planned on the Sella slopes tomorrow morning; the road will be
closed between 07:00 and 10:00.

No. 43 | Issued Sunday 9 February 2025, 08:00 | Valid until Sunday 9 February, 17:00
Danger level: 3 (CONSIDERABLE).
The danger level was lowered to 3 on Saturday after the snowpack settled. Glide-snow
avalanches remain possible on grassy slopes below 2,400 m. This season's snow depth at Pont
Mirel (248 cm) is the greatest since 1999. The last level-5 warning in the Valdene
Highlands was issued on 21 January 2018.

Emergency: 112. Bulletin line: 0471 22 90 11. Bulletins are issued daily at 17:00 from
December to April.""",
        (
            expect("2025-02-06", "avalanche"),
            expect("2025-02-06", "road", "clos"),
            expect("2025-02-07", "lifts", planned=True),
            expect("../2025-02-10", "snow", planned=True),
            expect("2025-02-07", "tourer"),
            expect("2025-02-07", "reopen"),
            expect("2025-02-08", "release", planned=True),
            expect("2025-02-08", "danger", "lower"),
            expect("2018-01-21", "warning"),
        ),
    ),
    Text(
        "harrowden-regatta-report",
        "rowing regatta report",
        date(2025, 7, 7),
        """HARROWDEN REGATTA: EIGHT TAKE THE GRAND

Club report by Tessa Mowbray, Club Captain

What a weekend on the Lenn. Our men's eight won the Grand Challenge final on Sunday by
three-quarters of a length from Kelmscott, in 6:02 over the 1,950 m course - two seconds
outside the course record set in 2013 by Kelmscott themselves. It is the first Grand for
the club and, fittingly, the first race for the new boat, the Margaret Ellis, which was
named at the boathouse on 14 June.

The women's double of Hana Pell and Rosie Quirke won their heat on Saturday in a headwind,
but lost the semi-final on Sunday to the eventual winners, Tamsford. Our J16 quad reached the
final of the 1967 Vase and finished third.

The regatta was first held in 1867 and this year drew 412 crews from 96 clubs. Thanks to
all who marshalled, cooked and towed - and to the parents who drove the trailer home at
11 p.m.

Coming up
- Tamsford Town Regatta, 19 to 20 July: entries for the eight and both doubles are in.
- National Championships, scheduled for 8-10 August at Kesterby Water Park: the
  club will send the eight and the J16 quad. Entries must be with me no later than 25 July.
- Outings continue every Tuesday and Thursday at 6.30 a.m.

Results (club crews)
Grand Challenge Cup (Open 8+) ............ Winners
Women's Double Sculls (2x) ............... Semi-final
1967 Vase (J16 4x) ....................... 3rd in final""",
        (
            expect("2025-07-06", "eight"),
            expect("2025-06-14", "named"),
            expect("2025-07-05", "heat"),
            expect("2025-07-06", "semi"),
            expect("1867", "regatta"),
            expect("2025-07-19/2025-07-20", "Tamsford", planned=True),
            expect("2025-08-08/2025-08-10", "championship", planned=True),
            expect("../2025-07-25", "entries", planned=True),
        ),
    ),
    Text(
        "wexborough-hydrogen-buses",
        "hydrogen bus trial press release",
        None,
        """NEWS RELEASE
Wexborough Borough Council and Lantern Buses

Hydrogen buses enter service on Route 7

Wexborough, 15 September 2025 - Wexborough Borough Council and Lantern Buses today began a
twelve-month trial of five hydrogen fuel cell buses on Route 7 between the railway station
and Orchard Park, the first passenger hydrogen buses in the county.

The council was awarded a £4.9 million grant for the trial from the Zero Emission Bus Fund
2024 in November 2024. The five double-deckers, built by Harcastle Coachworks, were
delivered in August 2025, and the refuelling station at the Cattle Market depot was
commissioned on 2 September. Each bus has a range of about 450 km and refuels in under ten
minutes at 350 bar.

Lantern Buses has run battery electric buses in Wexborough since 2019 and now operates 34
of them. "Hydrogen may suit our longest routes better than batteries," said operations
director Ian Mbeki. "This trial will tell us whether it does, and at what cost."

Residents can ride the buses free of charge on Saturday 20 September, when an open day will
be held at the depot from 10 a.m. to 3 p.m.

Results of a passenger survey will be published by the end of March 2026. The council will
decide whether to order a full hydrogen fleet no later than 31 October 2026, as part of the
Wexborough Clean Air Plan 2030.

ENDS

For more information: Council press office, 01632 960 552, press@wexborough.example""",
        (
            expect("2025-09-15", "trial"),
            expect("2024-11", "grant"),
            expect("2025-08", "delivered"),
            expect("2025-09-02", "station"),
            expect("2019/..", "electric"),
            expect("2025-09-20", "free", planned=True),
            expect("../2026-03", "survey", planned=True),
            expect("../2026-10-31", "decide", planned=True),
        ),
    ),
    Text(
        "whitlow-thornbury-letters",
        "land agent's letters of the 1830s",
        None,
        """Letters of James Whitlow, agent of the Thornbury estate, to the Earl of Aske

I.
Thornbury Lodge, 3rd March 1834.
My Lord,
I have the honour to report that the tenants' audit was held on the 27th ult. at the Bell,
when all the rents were paid save Mr Grice's of Holme Farm, who begs a month's grace. The
draining of the Low Meadows was begun on Friday last, with eleven men, & the tiles from
Crossley's kiln answer very well. I propose to let the mill by auction on the 20th inst.,
unless your Lordship wishes otherwise.
I have the honour to be, my Lord, your Lordship's most obedient humble Servant,
Jas. Whitlow

II.
Thornbury Lodge, April 12th, 1834.
My Lord,
The new cottages at Ashcombe were roofed on the 8th, & the families may go in at midsummer.
Timber was felled in Hanger Wood on the 9th & 10th, 46 oaks in all, which I have marked for
the Navy contractor. Rents received this half year £1,247. 10s. 6d.
Your Lordship's obedt. Servt.,
Jas. Whitlow

III.
Thornbury, Dec. 2, 1835.
My Lord,
The Assistant Commissioner under the Act of 1834 came on the 28th ult. & went over the old
workhouse, which was built, as I believe, about 1760, & which he pronounces quite unfit.
He would have the parishes unite & build anew. I shall wait upon your Lordship in Grosvenor
Square on the 14th inst. with the plans & the accounts of the year.
I remain, my Lord, with great respect, your Lordship's faithful Servant,
Jas. Whitlow""",
        (
            expect("1834-02-27", "audit"),
            expect("1834-02-28", "drain"),
            expect("1834-03-20", "auction", planned=True),
            expect("1834-04-08", "cottages"),
            expect("1834-04-09", "timber"),
            expect("1834-04-10", "timber"),
            expect("1835-11-28", "Commissioner"),
            expect("1760~", "workhouse"),
            expect("1835-12-14", "Grosvenor", planned=True),
        ),
    ),
    Text(
        "lenna-otter-survey",
        "otter spraint survey",
        None,
        """RIVER LENNA CATCHMENT OTTER SURVEY 2024
Lenna Rivers Trust - Survey Report LRT/OT/24

1. Summary
Otter (Lutra lutra) signs were found at 31 of 48 standard sites (65%) in the River Lenna
catchment. The survey was carried out between 4 and 15 March 2024, with repeat visits to
the twelve upland sites on 9, 11 and 13 September 2024 to check seasonal use.

2. Background
Otters are thought to have recolonised the upper Lenna around 1995, after an absence of
several decades. The catchment was previously surveyed in 2008, 2013 and 2018 using the
same 48 sites and method, allowing a direct comparison.

3. Method
At each site a 600 m length of bank was searched for spraints, footprints, feeding remains
and holts. Sites were located by grid reference (e.g. Site 17, Brackenholme weir, NY 1987
2034). Spraints were counted and classed as fresh or old.

4. Results
Spraints were most frequent on the main river below Lenna Bridge (Sites 3-11). No signs were
found on the Ashgill Beck tributary. A dead otter, an adult male, was found on the A681 at
Ravenstone on 2 February 2024 and passed to the national post-mortem scheme.

5. Recommendations
- Build an artificial holt at Brackenholme weir before 31 October 2024.
- Fit an otter ledge to the A681 culvert at Ravenstone.
- Repeat the full survey in 2029.

Surveyors: K. Armitage, L. Dunne. Report prepared for the Lenna Catchment Partnership.""",
        (
            expect("2024-03-04/2024-03-15", "survey"),
            expect("2024-09-09", "visit"),
            expect("2024-09-11", "visit"),
            expect("2024-09-13", "visit"),
            expect("1995~", "recolonis"),
            expect("2008", "survey"),
            expect("2013", "survey"),
            expect("2018", "survey"),
            expect("2024-02-02", "otter", "dead"),
            expect("../2024-10-31", "holt", planned=True),
            expect("2029", "survey", planned=True),
        ),
    ),
    Text(
        "aldwick-canal-history",
        "canal company's history",
        None,
        """THE ALDWICK AND COPLEY CANAL COMPANY
A short history

The line of a canal from Aldwick to the coal pits at Copley was surveyed circa 1790 by the
engineer Thomas Harl, whose plan, with 23 locks and a tunnel of 1,760 yards, is kept in the
county record office. The company was incorporated by Act of Parliament on 17 May 1792, with
a capital of £90,000 in shares of £100.

Cutting began at Aldwick in 1793. Copley tunnel gave great trouble and was possibly completed
in 1799; the company's minute books for those years are lost. The canal was opened
throughout on 1 June 1802, when a procession of nineteen boats carried coal into Aldwick.

For forty years the canal prospered. It was sold to the Aldwick and Western Railway in 1846,
and the railway company did little to keep it in repair. Commercial traffic had ceased by
1921, and the upper pound was drained.

The Aldwick Canal Society has worked to restore the canal since 1971. Its volunteers reopened
Copley top lock on 23 April 2016, and the society expects the whole line to be reopened by
2030, subject to funding for the tunnel.

The Society's boat, the Tom Harl, runs trips every Sunday from Easter to October from the
Wharf Inn. Membership £18 a year. Telephone 01632 960 234.""",
        (
            expect("1790~", "survey"),
            expect("1792-05-17", "incorporat"),
            expect("1793", "cutting"),
            expect("1799?", "tunnel"),
            expect("1802-06-01", "open"),
            expect("1846", "sold"),
            expect("../1921", "traffic"),
            expect("1971/..", "restor"),
            expect("2016-04-23", "lock"),
            expect("../2030", "reopen", planned=True),
        ),
    ),
    Text(
        "rail-timetable-statement",
        "transport minister's rail timetable statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT
Department for Transport
Rail timetable changes, December 2024
Made on: 4 November 2024
Made by: Owen Castell, Minister of State for Rail

The new national rail timetable will take effect on Sunday 15 December 2024. I met the
train operators and Network Rail on Friday 1 November to confirm that they are ready to run
it.

The timetable follows a public consultation, which ran from 3 June to 26 July 2024 and
received 4,118 responses. Many respondents asked for the return of evening trains on the
Harwick line. Since May 2022 the Harwick line has run a reduced hourly service after 8 p.m.
because of driver shortages. I can confirm that half-hourly evening services will be
restored from 6 January 2025, once the last 24 drivers in training have qualified.

Electrification of the Marlby branch was completed in September 2024, and from 15 December
electric trains will run through to Marlby every 30 minutes, cutting the journey to the
city by 11 minutes.

Punctuality in the last period was 84.2 per cent, the lowest since 2013. I have asked the
industry to publish a full review of performance on the Eastern routes no later than
31 March 2025. Further changes to the timetable are planned for May 2025.

Passengers' rights to compensation under the Rail Passengers Act 2019 are not affected. I
will place a copy of the consultation response in the Library of the House.""",
        (
            expect("2024-12-15", "timetable", planned=True),
            expect("2024-11-01", "operators"),
            expect("2024-06-03/2024-07-26", "consultation"),
            expect("2022-05/..", "reduced"),
            expect("2025-01-06", "evening", planned=True),
            expect("2024-09", "electrification"),
            expect("2024-12-15", "Marlby", planned=True),
            expect("../2025-03-31", "review", planned=True),
            expect("2025-05", "changes", planned=True),
        ),
    ),
    Text(
        "regal-programme-changes-html",
        "cinema's HTML programme changes page",
        date(2025, 10, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Programme changes - The Regal Picturehouse, Eastholm</title>
<script async src="/js/analytics.js"></script>
<script>var REGAL = {site: "eastholm", build: "2025.10.3"};</script>
</head>
<body>
<nav><a href="/">What's on</a> <a href="/events">Events</a> <a href="/members">Members</a>
<a href="/visit">Visit us</a> <a href="/hire">Hire</a></nav>
<main>
<h1>Programme changes</h1>
<p class="note">Last updated Wed 8 Oct, 11:40. Box office: 01632 960 771.</p>
<ul class="changes">
<li><time datetime="2025-10-07">Tue 7 Oct</time> - The 19:00 screening of
  <cite>Harbour Lights</cite> was stopped after 40 minutes because of a projector fault.
  Ticket holders may use their tickets for the replacement screening on
  <time datetime="2025-10-12">Sunday 12 October</time> at 14:00.</li>
<li><time datetime="2025-10-11">Sat 11 Oct</time> - The Q&amp;A with director Mara Velic
  moves from 18:00 to 19:15.</li>
<li>Screen 2 will be closed from 13 to 16 October for seat replacement. Screenings
  in those days move to Screen 1.</li>
<li>The Silent Film Club returns on <time datetime="2025-10-23">Thursday 23 October</time>
  with live accompaniment on our 1938 Compton organ.</li>
<li>Members: renewals are due by 31 October to keep your member price.</li>
</ul>
<figure><img src="/img/harbour-lights.jpg" alt="">
<figcaption><cite>Harbour Lights</cite> (2024), dir. Ines Carvalho, 112 min.</figcaption>
</figure>
<aside><h2>Also this month</h2>
<a href="/films/the-long-field">The Long Field</a> · <a href="/events/quiz">Film quiz</a></aside>
</main>
<footer>© 2025 Regal Picturehouse Ltd · Charity no. 1099214</footer>
</body>
</html>""",
        (
            expect("2025-10-07", "projector"),
            expect("2025-10-12", "screening", planned=True),
            expect("2025-10-11", "Velic", planned=True),
            expect("2025-10-13/2025-10-16", "Screen", "clos", planned=True),
            expect("2025-10-23", "Silent", planned=True),
            expect("../2025-10-31", "renewal", planned=True),
        ),
    ),
    Text(
        "flat-2-cresswell-rent",
        "rent tribunal decision",
        None,
        """RESIDENTIAL RENT TRIBUNAL - NORTHERN REGION

Case reference:   NR/RT/2024/0193
Property:         Flat 2, 17 Cresswell Terrace, Harnford HN3 6PL
Applicant:        Mr Daniel Okoro (tenant)
Respondent:       Cresswell Estates Ltd (landlord)
Tribunal:         Judge A. Penhaligon, Mr R. Tate FRICS
Date of decision: 23 September 2024

DECISION
The tribunal determines a rent of £985 per month, with effect from 1 July 2024.

REASONS
1. The tenancy began on or about 1 August 2009 and is an assured periodic tenancy under the
Housing Act 1988. The rent at the start was £525 per month.
2. On 14 May 2024 the landlord served a notice under section 13 proposing a rent of £1,150
per month. The tenant referred the notice to the tribunal on 24 June 2024.
3. The tribunal inspected the flat on 9 September 2024 in the presence of the tenant, and a
hearing was held at Harnford Justice Centre on 10 September 2024.
4. The flat is a two-bedroom first-floor flat in a converted 1890s house. The boiler was
installed c. 2003 and is near the end of its life. The kitchen was refitted in 2011 by the
tenant at his own expense, and under the tenancy that improvement is disregarded.
5. There is damp in the rear bedroom. The landlord's representative told the tribunal that
the damp repairs will be completed no later than 31 December 2024. The tribunal has taken
the present condition of the flat into account.
6. Comparable two-bedroom flats in good condition let at about £1,100 per month. Allowing
£115 for the disregarded kitchen and the damp, the tribunal determines £985.""",
        (
            expect("2024-07-01", "rent"),
            expect("2009-08-01~", "tenancy"),
            expect("2024-05-14", "notice"),
            expect("2024-06-24", "refer"),
            expect("2024-09-09", "inspect"),
            expect("2024-09-10", "hearing"),
            expect("2003~", "boiler"),
            expect("2011", "kitchen"),
            expect("../2024-12-31", "damp", planned=True),
        ),
    ),
    Text(
        "aldous-organ-builders-history",
        "organ builder's history",
        None,
        """ALDOUS & PELL, ORGAN BUILDERS - A HISTORY OF THE FIRM

The firm was founded circa 1840 by Samuel Aldous, a joiner who had worked for organ builders
in London, in a workshop behind the Swan in Wendham. His first recorded organ, for St Bride's
church at Coltham, is said to have been built in 1846; it was replaced in the 1890s and
nothing of it survives.

Aldous moved to the Ferry Lane works in 1868, where a tall erecting room allowed whole
instruments to be set up and voiced before delivery. His son Henry took over the business in
1881 and built the firm's largest instrument, the great organ of Wendham Town Hall, between
1892 and 1894: four manuals and 3,012 pipes, with a 32-foot pedal reed. It appears in the
works list as Opus 1904 only because Henry numbered his organs from his father's first.

Between 1940 and 1945 the works were requisitioned for aircraft parts, and the organ staff
were dispersed. In 1962 the firm merged with Pell & Co. of Harnford to become Aldous & Pell.

Since 1985 the firm has specialised in restoration, and its workshop has returned more than
sixty Victorian instruments to their original voicing. The firm restored the Town Hall
organ between 2019 and 2021, the first full restoration in its history.

A new two-manual organ for St Columba's church, Kirkhaven, is to be completed in 2026.

Aldous & Pell Ltd, Ferry Lane, Wendham WN2 1AX · Visits to the workshop by appointment.""",
        (
            expect("1840~", "founded"),
            expect("1846?", "Coltham"),
            expect("1868", "moved"),
            expect("1881", "Henry"),
            expect("1892/1894", "Town", "organ"),
            expect("1940/1945", "requisition"),
            expect("1962", "merge"),
            expect("1985/..", "restoration"),
            expect("2019/2021", "Town", "restor"),
            expect("2026", "Kirkhaven", planned=True),
        ),
    ),
    Text(
        "haywood-green-fixtures",
        "cricket club's fixtures list",
        None,
        """HAYWOOD GREEN CRICKET CLUB
Est. 1874 · Ground: The Rec, Haywood Green · Tel. 01632 960 318

2025 FIXTURES - 1st XI
Aldermoor League Division Two unless stated. Home matches start 1.00 pm.

Sat 3 May      Wexcombe             H
Sat 10 May     Bramley Heath        A
Sat 17 May     Oldcastle            H
Sun 25 May     Fennick (Cup R1)     A   12.30 pm
Sat 31 May     Tarrant              A
Sat 7 June     Lydgate St Mary      H

CLUB NOTES
The AGM was held on 28 February; thanks to all who came. Subscriptions (£95 adult, £40
junior) are due by 30 April. Nets are on Tuesday and Thursday evenings throughout April.

Club Day, with the President's XI v Vice-President's XI and a barbecue, will be on Sunday
20 July. The Annual Dinner will be held at the Plough on Friday 10 October, tickets £32.

The pavilion, opened in 1927, has new scorebox shutters thanks to a grant from the Parish
Council. Teas are £4.50; please sign up on the rota board.

Hon. Fixture Secretary: Paul Denholm, 14 Mill Close, Haywood Green.""",
        (
            expect("2025-05-03", "Wexcombe", planned=True),
            expect("2025-05-10", "Bramley", planned=True),
            expect("2025-05-17", "Oldcastle", planned=True),
            expect("2025-05-25", "Fennick", planned=True),
            expect("2025-05-31", "Tarrant", planned=True),
            expect("2025-06-07", "Lydgate", planned=True),
            expect("2025-02-28", "AGM"),
            expect("../2025-04-30", "subscription", planned=True),
            expect("2025-07-20", "Club", "Day", planned=True),
            expect("2025-10-10", "Dinner", planned=True),
            expect("1927", "pavilion"),
        ),
    ),
)
