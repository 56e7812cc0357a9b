"""The two-hundred-and-tenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a drought monitor's
weekly updates, a marathon race report, a rail electrification milestone press release, a
governess's diary of the 1890s, a seagrass meadow survey, a pottery works' history, a housing
minister's building safety statement, a zoo's HTML animal arrivals page, a planning inspector's
appeal decision, a piano maker's history and a darts league fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTENTH_CORPUS",)


TWOHUNDREDTENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-aldric-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORT ALDRIC, Oct 9 (Coastline Press) - Dockworkers at the Port of Aldric returned to work
on Wednesday after their union accepted a new pay offer late on Tuesday, ending a 16-day strike
that had left more than 40 container ships waiting at anchor.

The walkout began on Sept. 23 after talks between the Harbour Workers' Union and the port
operator, Aldric Terminals, broke down over night-shift pay. Members backed the deal by 2,318
votes to 904, the union said.

Under the agreement, basic wages will rise 6.5 percent from January 1, with a further increase
to be negotiated next autumn. Aldric Terminals said it expected the backlog of ships at anchor
to be cleared by the end of the month.

Transport minister Helena Vaucher, who had urged both sides to settle, said she would visit the
port on Friday to thank staff. An independent review of the port's dispute procedures is due
to report no later than March 31.

The strike was the longest at Aldric since 1989 and cost exporters an estimated 140 million
euros a day, according to the regional chamber of commerce. Container volumes fell 18 percent
in the week to Oct. 4.

The port, founded in 1887, handled 2.1 million containers last year. Aldric Terminals has run
it under a 30-year concession since 2008.

(Reporting by Petra Lindqvist; Editing by Mark Oduya)""",
        (
            expect("2024-10-09", "dockworkers", "return"),
            expect("2024-10-08", "union", "accept"),
            expect("2024-09-23", "walkout", "began"),
            expect("2025-01-01", "wages", "rise", planned=True),
            expect("../2024-10", "backlog", planned=True),
            expect("2024-10-11", "visit", planned=True),
            expect("../2025-03-31", "review", planned=True),
            expect("1887", "port", "founded"),
            expect("2008/..", "concession"),
        ),
    ),
    Text(
        "orvell-kesterford-hub",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orvell Foods opens £48 million cold-storage hub at Kesterford

KESTERFORD, England, 12 November 2024 /PRWire/ -- Orvell Foods plc (LSE: ORV), the frozen-food
maker, today opened a £48 million cold-storage and distribution hub at Kesterford Business
Park, the largest single investment in the company's 70-year history.

The 31,000-square-metre hub, where construction began in March 2023, holds 24,000 pallets at
minus 25°C and will supply 1,900 supermarkets across the Midlands and the North of England.
The first lorries left the site on 4 November during a week of trial runs.

"Kesterford puts us within four hours of 80% of our customers," said chief executive Gwen
Rashford. "It replaces our depot at Dunmore, which we have used since 1981 and which will
close by the end of March."

Orvell plans to recruit a further 150 warehouse staff, and a jobs fair will be held at the hub
on Saturday 23 November from 10am to 3pm. A rooftop solar array is expected to follow in the
spring.

Orvell Foods was founded in 1954 by Arthur and Mae Orvell in a rented shop in Dunmore and was
listed on the London Stock Exchange in 1997. The company will publish its half-year results on
5 February 2025.

ENDS

Notes to editors
Orvell Foods employs 3,200 people at seven sites. Revenue for the year to 31 March 2024 was
£612 million.

Media contact: Lena Moss, Head of Communications
+44 (0)1632 960 418 | press@orvellfoods.example
© 2024 Orvell Foods plc""",
        (
            expect("2024-11-12", "hub", "open"),
            expect("2023-03", "construction", "began"),
            expect("2024-11-04", "lorries"),
            expect("1981/..", "depot"),
            expect("../2025-03", "depot", "close", planned=True),
            expect("2024-11-23", "fair", planned=True),
            expect("1954", "founded"),
            expect("1997", "listed"),
            expect("2025-02-05", "results", planned=True),
        ),
    ),
    Text(
        "holloway-v-terrance",
        "court opinion",
        None,
        """IN THE CIRCUIT COURT OF BRANDT COUNTY
CIVIL DIVISION

HOLLOWAY MILLWORK, INC.,
          Plaintiff,
v.                                              Case No. 2021-CV-00417
TERRANCE BUILDERS, LLC,
          Defendant.

MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

Filed: August 22, 2023

I. BACKGROUND

The following facts are undisputed except where noted. On or about May 3, 2019, Holloway
Millwork, Inc. ("Holloway") and Terrance Builders, LLC ("Terrance") signed a subcontract under
which Holloway was to supply custom cabinetry for 64 units of the Linden Row apartments for
$1,287,500. Holloway delivered the cabinetry in two shipments, on July 8 and August 19, 2019.

Terrance's site manager inspected the units and, on September 16, 2019, sent Holloway a notice
listing 212 defects. Holloway contends that it completed all repairs by November 30, 2019;
Terrance disputes this. Terrance withheld the final payment of $193,125, and Holloway filed
this action on March 11, 2021, alleging breach of contract and violation of the Prompt Payment
Act of 1998. Terrance moved for summary judgment on February 6, 2023. The Court heard oral
argument on June 14, 2023.

II. ANALYSIS

Summary judgment is appropriate only where there is no genuine dispute as to any material
fact. Section 14.2 of the subcontract requires any claim to be brought "within eighteen (18)
months after final delivery." Terrance argues that final delivery occurred with the second
shipment, so that the period had run before Holloway sued. Holloway responds that repaired
units were redelivered piece by piece over the following months, and that "final delivery"
means delivery of conforming goods.

The subcontract does not define the term, and the affidavits of the two project managers
contradict each other on when the last repaired unit was accepted. That is a genuine dispute
of material fact which the Court cannot resolve on the papers.

III. CONCLUSION

For these reasons, Defendant's Motion for Summary Judgment (Doc. 58) is DENIED. A final
pretrial conference will be held on December 11, 2023 at 9:00 a.m., and the case remains set
for a bench trial beginning January 8, 2024.

SO ORDERED.

/s/ Margaret E. Solano
Circuit Judge""",
        (
            expect("2019-05-03~", "subcontract", "sign"),
            expect("2019-07-08", "deliver"),
            expect("2019-08-19", "deliver"),
            expect("2019-09-16", "notice"),
            expect("../2019-11-30", "repairs"),
            expect("2021-03-11", "file"),
            expect("2023-02-06", "summary"),
            expect("2023-06-14", "argument"),
            expect("2023-12-11", "conference", planned=True),
            expect("2024-01-08", "trial", planned=True),
        ),
    ),
    Text(
        "caerwen-history",
        "encyclopedia history",
        None,
        """Caerwen

Caerwen is a market town and community on the River Ossel in the county of Maesfor, Wales,
14 miles (23 km) west of Ludham. It had a population of 4,870 at the last census.

History

A settlement at the crossing of the Ossel is said to have existed in Roman times, but the town
grew up around a motte-and-bailey castle raised c. 1090 by the Norman lord Ralph de Mortaine.
The borough received its first charter from Roger, Earl of Maesfor, in 1241. A market is
still held in the square every Thursday.

The castle may have been burned during the rising of 1402, though the chronicle that records
the attack does not name it with certainty; it was in ruins by the 16th century. The parish
church of St Idloes was rebuilt between 1460 and 1485 and keeps its original hammerbeam roof.

During the First English Civil War the town changed hands twice before its Royalist garrison
surrendered to Parliament on 14 May 1646.

Flannel weaving brought modest prosperity in the early 19th century. The Ossel Valley Railway
reached Caerwen in 1864; the line closed to passengers in 1962 and the track was lifted soon
afterwards. Since 1974 the town has formed part of the district of Ossel Vale.

A bypass carrying the A4870 around the town centre is planned to open in 2027.

See also
- List of towns in Maesfor
- Ossel Valley Railway

References
1. Pryce, H. (1998). The Borough of Caerwen, 1241-1841. Ludham: Maesfor Record Society.
2. "Caerwen bypass: route confirmed". Maesfor Herald. 3 March 2023. Retrieved 9 May 2024.""",
        (
            expect("1090~", "castle"),
            expect("1241", "charter"),
            expect("1402?", "castle", "burn"),
            expect("1460/1485", "church", "rebuilt"),
            expect("1646-05-14", "surrender"),
            expect("1864", "railway"),
            expect("1962", "closed", "passengers"),
            expect("1974/..", "district"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "ashby-rovers-tolland",
        "sports report",
        date(2025, 3, 23),
        """Ashby Rovers 3-1 Tolland Town

By Dan Mercer
Sunday 23 March

Ashby Rovers came from behind to beat Tolland Town 3-1 on Saturday and move six points clear
at the top of the Northern Premier League, in front of 3,412 at Keld Lane, their biggest home
crowd since 2014.

Tolland led after nine minutes when Joel Akande rose unmarked to head in a corner, but Rovers
were level before the break through Sam Whitcombe, the striker signed from Brayford City in
January, who turned in Aaron Pike's low cross on 38 minutes.

The game turned when substitute Luca Ferrante came on just after the hour. The 19-year-old,
who made his first-team debut on Boxing Day, scored twice in eight minutes, curling in from 20
yards on 71 and tapping in a rebound on 79.

"We've been second-best in this fixture for years," said Rovers manager Keith Dunleavy, who
was appointed in October 2023. "Today the lads showed they want it more."

Tolland, champions in 2019, have now lost four in a row and sit ninth.

Rovers travel to Marsh United on Tuesday and host Denholm on Saturday 29 March. The club also
confirmed that the home game against Lowther Park, called off on 1 February because of a
frozen pitch, will be played on Tuesday 15 April, kick-off 7.45pm.

ASHBY ROVERS: Kemble; Hart, Osei, Lyle, Pike; Moran (Ferrante 62), Quinn, Dale; Whitcombe,
Bell, Yates. Goals: Whitcombe 38, Ferrante 71, 79.
TOLLAND TOWN: Rudd; Amis, Carver, Doyle, Fenn; Keys, Marr, Ibe; Akande, Lowe, Strand.
Goal: Akande 9.
Referee: P. Garside. Attendance: 3,412.""",
        (
            expect("2025-03-22", "beat"),
            expect("2025-01", "signed"),
            expect("2024-12-26", "debut"),
            expect("2023-10", "appointed"),
            expect("2019", "champion"),
            expect("2025-03-25", "marsh", planned=True),
            expect("2025-03-29", "denholm", planned=True),
            expect("2025-02-01", "lowther", "called"),
            expect("2025-04-15", "lowther", planned=True),
        ),
    ),
    Text(
        "mercer-haulage-history",
        "company history",
        None,
        """Mercer Haulage Group - Our History

A family firm since the beginning

Walter Mercer, a former colliery horse-keeper, is said to have bought his first lorry, a
second-hand Thornycroft, in 1926, using it to carry pit props from the docks at Harwell Bay to
the collieries of the Lydd valley. The business was incorporated as W. Mercer & Sons Ltd on
2 April 1934 with six vehicles.

Between 1940 and 1945 eleven of its fourteen lorries were requisitioned by the War Department,
and Walter kept the firm going with a single van and a horse-drawn dray. In 1949 the
long-distance fleet was nationalised under the Transport Act 1947, leaving the family with
local contract work.

Walter's granddaughter Margaret Mercer became managing director in 1978, at the age of 31,
the first woman to run a haulage company of its size in the county. Under her the firm moved
to its present depot at Carrow Junction in 1992, and it has operated a cross-dock warehouse in
Rotterdam since 2006.

Today Mercer Haulage runs 318 tractor units and 540 trailers, employs 760 people and covers
more than 41 million miles a year. Every December our drivers run the Lydd Valley toy convoy,
a tradition that began with Margaret's father.

Looking ahead

We have committed to converting our first 40 tractor units to hydrogen by 2028, and our
centenary will be marked with an open day at Carrow Junction on 6 June 2026. All former
employees and their families are welcome.

Mercer Haulage Group Ltd · Registered in England No. 00291734 · © Mercer Haulage 2025""",
        (
            expect("1926?", "lorry", "bought"),
            expect("1934-04-02", "incorporated"),
            expect("1940/1945", "requisition"),
            expect("1949", "nationalised"),
            expect("1978", "director"),
            expect("1992", "depot"),
            expect("2006/..", "rotterdam"),
            expect("../2028", "hydrogen", planned=True),
            expect("2026-06-06", "open", planned=True),
        ),
    ),
    Text(
        "arete2-mission-summary",
        "mission summary (space)",
        None,
        """ORVANE SPACE AGENCY - MISSION OPERATIONS DIRECTORATE

MISSION SUMMARY: ARETE-2 ASTEROID SAMPLE RETURN
Document: AR2-OPS-SUM-004   Issue: 3   Date: 18 February 2025
Classification: Public

1. OVERVIEW

ARETE-2 is the agency's first sample-return mission. Its target is the near-Earth asteroid
(48812) Kessa, a carbon-rich body about 1,987 m across. The spacecraft, with a launch mass of
2,140 kg, carries a sampling horn, a multispectral camera (MSC) and a laser altimeter.

2. MISSION TIMELINE

- Launch: 3 October 2018, 21:47 UTC, on a Harrow-5 vehicle from Korlu Launch Centre.
- Earth swing-by: 9 December 2019, closest approach 3,290 km over the South Pacific.
- Safe mode: from 14 to 29 April 2020, after ion thruster B shut down unexpectedly;
  operations resumed with thrusters A, C and D.
- Arrival at Kessa: 17 July 2021, at a stand-off distance of 20 km.
- Touchdown and sampling: 4 March 2022, 02:13 UTC. Estimated sample mass 5.8 g.
- Departure from Kessa: 11 November 2022.

3. CURRENT STATUS

Since 2 January 2023 the spacecraft has been in its return cruise, with the three remaining
thrusters operating at 92 % of nominal power. The Earth return capsule is expected to land at
the Tarrow Range on or about 22 September 2026. The sample curation facility at Velden must be
completed and certified no later than 30 June 2026.

4. NOTES

All times are UTC. Distances are approximate. This summary supersedes Issue 2 (5 June 2024).""",
        (
            expect("2018-10-03", "launch"),
            expect("2019-12-09", "swing"),
            expect("2020-04-14/2020-04-29", "safe", "mode"),
            expect("2021-07-17", "arriv"),
            expect("2022-03-04", "touchdown"),
            expect("2022-11-11", "depart"),
            expect("2023-01-02/..", "cruise"),
            expect("2026-09-22~", "capsule", planned=True),
            expect("../2026-06-30", "curation", planned=True),
        ),
    ),
    Text(
        "haaren-avian-influenza",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Press Office

Statement by the Minister for Agriculture, Dr Anneke Vos, on avian influenza in Lower Haaren

Friday 7 February 2025

I am announcing further measures to contain the outbreak of highly pathogenic avian influenza
(H5N1) in the Lower Haaren region.

The first case was confirmed on 21 January at a laying-hen farm near Oosterwijk. The virus has
since been found on eleven further premises; the latest, a turkey farm at Hemmen, was
confirmed on Wednesday. Some 640,000 birds have been culled. This is the largest outbreak in
the region since 2016.

I have therefore decided:

1. From 00:01 on Monday 10 February, all poultry in the Lower Haaren and Zeeland Polder
   districts must be housed.
2. The protection zone around Oosterwijk, in place since 22 January, will stay in force for
   at least another three weeks.
3. Compensation for culled birds will be paid no later than 31 March, under the Animal
   Health Act 2003.

I met representatives of the poultry sector on Tuesday to hear their concerns. I recognise how
hard these weeks have been for farming families.

Our national vaccination pilot for laying hens, begun in October 2023, will be extended to
turkeys from 1 April.

Farmers who notice signs of disease must report them at once to the Animal Health Helpline,
0800 555 0192, which is staffed 24 hours a day.

Press enquiries: +31 (0)70 555 0140""",
        (
            expect("2025-01-21", "case", "confirmed"),
            expect("2025-02-05", "hemmen"),
            expect("2025-02-10", "hous", planned=True),
            expect("2025-01-22/..", "zone"),
            expect("../2025-03-31", "compensation", planned=True),
            expect("2025-02-04", "sector"),
            expect("2023-10", "pilot"),
            expect("2025-04-01", "turkey", planned=True),
        ),
    ),
    Text(
        "hartsby-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hartsby Central Library reopens 20 months after flood | Hartsby Echo</title>
<meta property="article:published_time" content="2024-06-18T07:30:00+01:00">
<script>window.dataLayer=window.dataLayer||[];
dataLayer.push({section:"news",pubDate:"2024-06-18"});</script>
<script src="/static/js/app.min.js" defer></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<main>
<article>
<h1>Hartsby Central Library reopens 20 months after flood</h1>
<p class="byline">By Priya Marsh, Local Democracy Reporter ·
<time datetime="2024-06-18T07:30:00+01:00">18 June 2024</time> ·
Updated <time datetime="2024-06-18T11:02:00+01:00">11:02</time></p>
<figure>
  <img src="/img/library-reading-room.jpg" alt="Readers in the restored reading room">
  <figcaption>The restored reading room on its first morning. Photo: Tom Adair</figcaption>
</figure>
<p>Hartsby Central Library reopened to the public yesterday, almost 20 months after a burst
water main flooded its basement archive on 27 October 2022.</p>
<p>The Grade II-listed building on Corn Street opened in 1909, paid for by a grant from the
Whitlock Trust. Restoration work began in May 2023 and cost £3.4 million, of which the
council paid £1.9 million.</p>
<p>More than 11,000 water-damaged books were sent to a conservation studio in Leeds. About
9,200 have come back and the rest are expected to return by the end of September.</p>
<p>The local history room will reopen on 1 July, and Sunday opening, dropped in 2011 to save
money, will resume from 7 July.</p>
<p>"Visitor numbers yesterday morning were the highest we have seen since 2019," said library
manager Ruth Okonedo.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
  <li><a href="/news/library-flood-archive">Library flood: what was lost in the basement
  (28 October 2022)</a></li>
  <li><a href="/news/library-restoration-contract">£3.4m restoration contract awarded
  (12 April 2023)</a></li>
</ul>
</aside>
</main>
<footer>© 2024 Hartsby Echo Ltd. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>""",
        (
            expect("2024-06-17", "library", "reopen"),
            expect("2022-10-27", "flood"),
            expect("1909", "opened"),
            expect("2023-05", "restoration"),
            expect("../2024-09", "books", planned=True),
            expect("2024-07-01", "history", planned=True),
            expect("2011", "sunday", "dropped"),
            expect("2024-07-07", "sunday", planned=True),
        ),
    ),
    Text(
        "ardle-drought-monitor",
        "drought monitor's weekly updates",
        None,
        """ARDLE CATCHMENT DROUGHT MONITOR
Westmoor Water Authority - Hydrology Team
Weekly updates, summer 2024

----------------------------------------------------------------
UPDATE 14 · week ending Sunday 11 August 2024
----------------------------------------------------------------
Rainfall (catchment mean): 3.2 mm, 12% of the long-term average.
River flows: the Ardle at Kellow gauge fell to 0.41 m3/s on Thursday 8 August, the lowest
August flow since 1976.
Reservoirs: combined storage 44% (normal for the date: 71%).
Status: DROUGHT was declared for the Upper Ardle on 2 August. The temporary use ban
(hosepipe ban) has been in force since 26 July and remains in place.

----------------------------------------------------------------
UPDATE 15 · week ending Sunday 18 August 2024
----------------------------------------------------------------
Rainfall: 31.0 mm, almost all of it in thunderstorms on 14 and 15 August.
River flows: a brief recovery to 2.3 m3/s, now receding.
Reservoirs: 42%. The emergency pipeline from Holm reservoir was commissioned on Friday 16
August and is moving 18 Ml/d.
Actions: spray irrigation abstraction licences on the Upper Ardle will be suspended from
06:00 on Tuesday 20 August. Licence holders have been written to.

----------------------------------------------------------------
UPDATE 16 · week ending Sunday 25 August 2024
----------------------------------------------------------------
Rainfall: 19.4 mm, falling mainly on Wednesday 21 August.
River flows: 0.62 m3/s at Kellow.
Reservoirs: 41%.
Outlook: drier than average weather is likely to continue. The drought status of the Upper
Ardle will be reviewed on or before 6 September.

Next update: Monday 2 September. Queries: hydrology@westmoorwater.example · 01632 960 771""",
        (
            expect("2024-08-08", "fell"),
            expect("2024-08-02", "drought", "declared"),
            expect("2024-07-26/..", "ban"),
            expect("2024-08-14", "thunderstorm"),
            expect("2024-08-15", "thunderstorm"),
            expect("2024-08-16", "pipeline"),
            expect("2024-08-20", "irrigation", planned=True),
            expect("2024-08-21", "rain"),
            expect("../2024-09-06", "review", planned=True),
        ),
    ),
    Text(
        "castlebridge-marathon",
        "marathon race report",
        date(2025, 4, 6),
        """Tanui smashes Castlebridge course record as Ferreira takes women's title

By Hannah Lowe, Athletics Correspondent
6 April · 18:40

Amos Tanui broke the Castlebridge Marathon course record on Sunday, crossing the line on the
Quayside in 2:06:41 to take 52 seconds off the mark set by his compatriot Eliud Keter in 2018.

The 27-year-old, who made his marathon debut only last October, sat in a lead group of nine
through halfway in 63:02 before breaking clear on the long drag up Mill Hill at 35 km. "At 40
km I knew the record was there," he said. "The crowd carried me home."

In the women's race Inês Ferreira of Portugal won in 2:23:10, the fastest winning time here
since 2015, after dropping Marta Abebe on the same climb. Ferreira, who also won here in 2021,
dedicated the victory to her coach, who died in January.

A record 18,406 runners finished in cool, dry conditions, with 9C at the 9am start. The race,
first run in 1982 with 640 finishers, raised an estimated £2.3 million for charity.

Race director Colm Brady confirmed that next year's marathon will be held on 19 April 2026.
Entries open at 10am on Tuesday, and the charity ballot closes no later than 31 May.

RESULTS
Men: 1 Amos Tanui (KEN) 2:06:41 CR; 2 Berhanu Alemu (ETH) 2:07:15; 3 Joseph Kimeli (KEN)
2:07:58
Women: 1 Inês Ferreira (POR) 2:23:10; 2 Marta Abebe (ETH) 2:24:02; 3 Sian Pryor (GBR) 2:26:37
Wheelchair: Tom Haskett (GBR) 1:31:20; Lena Ostrova (UKR) 1:49:55""",
        (
            expect("2025-04-06", "tanui", "record"),
            expect("2018", "keter"),
            expect("2024-10", "debut"),
            expect("2021", "ferreira", "won"),
            expect("2025-01", "coach", "died"),
            expect("1982", "first"),
            expect("2026-04-19", "marathon", planned=True),
            expect("2025-04-08", "entries", planned=True),
            expect("../2025-05-31", "ballot", planned=True),
        ),
    ),
    Text(
        "calder-vale-electrification",
        "rail electrification milestone press release",
        None,
        """NEWS RELEASE
Northline Infrastructure
Issued: 2 May 2025, 10:30

First electric passenger train runs on the Calder Vale line

The first electric passenger train ran between Halden and Kirkmoor today, the biggest
milestone so far in the £412 million programme to electrify the 38-mile Calder Vale line.

The four-car Class 712 unit left Halden at 07:12 with 240 invited guests and regular
passengers on board and reached Kirkmoor 41 minutes later, six minutes faster than the diesel
timetable.

Key milestones
• January 2022: first foundations for overhead line masts installed at Brigg Lane
• 14 November 2023: track lowering through Shawcross Tunnel completed
• 23 March 2025: overhead wires between Halden and Kirkmoor energised at 25,000 volts
• 2 May 2025: first electric passenger service

What happens next
Engineers will now move on to the 14-mile Kirkmoor to Ashthorpe section, which is expected
to be energised by the end of 2025. The full electric timetable will start on 14 December
2025, and the line's diesel trains will be withdrawn no later than May 2026.

Programme director Sunita Rao said: "Electrification of this line was first proposed in the
1970s. Today passengers can finally see and hear the difference."

Notes to editors
1. The Calder Vale line opened in 1847. Electrification was approved by the Ministry of
   Transport in 2019 as part of the Northern Connectivity Plan 2019-2034.
2. Media enquiries: 0300 555 0146 (24 hours).""",
        (
            expect("2022-01", "foundations"),
            expect("2023-11-14", "tunnel"),
            expect("2025-03-23", "energis"),
            expect("2025-05-02", "first", "electric"),
            expect("../2025", "ashthorpe", planned=True),
            expect("2025-12-14", "timetable", planned=True),
            expect("../2026-05", "diesel", planned=True),
            expect("1847", "opened"),
            expect("2019", "approved"),
        ),
    ),
    Text(
        "governess-diary-1893",
        "governess's diary of the 1890s",
        None,
        """Diary of Edith Carrow, governess at Pelham Lodge

1893.

March.

Mon. 6th. Arrived at Pelham Lodge by the 4.15 from Lynford, very tired & my box not come.
Mrs. Ashworth civil but cool. Two girls, Maud (11) & Cecily (8), & a boy, Master Robert, who
goes to Harrowby at Michaelmas.

Tues. 7th. Began lessons. Maud reads nicely; Cecily knows her tables no further than the
sixes. Schoolroom bitterly cold, the fire not lit till 10.

Thurs. 9th. The Vicar, Mr. Ingram, called in the afternoon & stayed to tea. A kind old man,
but deaf.

Sat. 11th. Half-holiday. Mr. A. returned from town. He is to go abroad on the 20th, Mrs. A.
says, & will be gone six weeks. Robert's school fees are to be paid by the 1st prox., & I am
to write the letter to Dr. Selby for her.

Sun. 12th. Wrote to Mother after church.

Wed. 15th. Cecily feverish. Dr. Fenn came at 8 & says it is only a chill; she is to keep her
bed.

Fri. 17th. Rec'd Mother's letter of the 14th inst. Father's cough no better. I pray it is not
the old trouble.

April.

Tues. 4th. Lessons resumed after the Easter holiday. The girls very idle.""",
        (
            expect("1893-03-06", "arrived"),
            expect("1893-03-07", "lessons"),
            expect("1893-03-09", "vicar"),
            expect("1893-03-11", "returned"),
            expect("1893-03-20", "abroad", planned=True),
            expect("../1893-04-01", "fees", planned=True),
            expect("1893-03-12", "mother"),
            expect("1893-03-15", "fenn"),
            expect("1893-03-17", "letter"),
            expect("1893-04-04", "resumed"),
        ),
    ),
    Text(
        "porth-ysgol-seagrass-survey",
        "seagrass meadow survey",
        None,
        """KELLAN SOUND SEAGRASS MONITORING PROGRAMME
Survey Report No. 2024/3: Porth Ysgol meadow
Prepared for the Kellan Sound Marine Partnership
Date of issue: 19 August 2024 | Version 1.1

1. SUMMARY

The eelgrass (Zostera marina) meadow at Porth Ysgol was surveyed by divers and drop-down
camera from 3 to 7 June 2024. Mean shoot density was 212 shoots per square metre (n = 148
quadrats) and the meadow covered 41.6 ha, the largest extent recorded since monitoring began.

2. BACKGROUND

The meadow was first mapped in 1998 by the Countryside Council survey team. Aerial
photographs show that it lost about 40% of its area between 2006 and 2012, mostly around the
swing moorings off the slipway. Eco-moorings were installed at 18 of those moorings in 2019,
and a voluntary no-anchor zone has been in place since April 2020.

Volunteers planted roughly 1.2 million seeds in restoration plots B and C in November 2021.
Plot B now holds 2,150 shoots; plot C failed after a storm buried it under 30 cm of sand on
18 January 2023.

3. METHODS

Twelve fixed transects (T1-T12) were swum at low water, between 07:40 and 10:15 BST. Sediment
cores were taken at six stations. Wasting disease was scored on 300 leaves.

4. RECOMMENDATIONS

- A full repeat survey is scheduled for June 2025, with an aerial drone survey if funding
  allows.
- The Partnership should decide whether to make the no-anchor zone statutory no later than
  31 March 2025.
- Plot C should not be replanted until sediment levels have been monitored through one
  winter.

Contact: Dr Carys Penhale, Programme Officer, 01632 960 228""",
        (
            expect("2024-06-03/2024-06-07", "survey"),
            expect("1998", "mapped"),
            expect("2006/2012", "lost"),
            expect("2019", "moorings"),
            expect("2020-04/..", "anchor"),
            expect("2021-11", "planted"),
            expect("2023-01-18", "storm"),
            expect("2025-06", "survey", planned=True),
            expect("../2025-03-31", "zone", planned=True),
        ),
    ),
    Text(
        "hollins-bank-pottery",
        "pottery works' history",
        None,
        """HOLLINS BANK POTTERY, TUNMORE
A short history of the works

The Hollins Bank works is said to have been built in 1790 by Josiah Bagnall, a maker of
salt-glazed stoneware, although the stone over the gateway carrying that date was probably
reset from an older building. The pottery was certainly operating by 1802, when it appears in
the Tunmore rate book as "Bagnall's potworks, two ovens".

In 1838 the works passed to the Harcourt family, who built the two bottle ovens that still
dominate the yard. Their blue-printed "Willow Dale" pattern, introduced c. 1855, sold across
the Empire and is still the pattern most visitors ask about.

A fire on the night of 12 November 1871 destroyed the decorating shop and most of the copper
plates, and the Harcourts rebuilt it in brick. Between 1914 and 1918 the works made porcelain
insulators for the War Office, with a workforce that was two-thirds women.

Electric tunnel kilns replaced coal firing in the 1930s. The pottery closed on 29 March 1963
with the loss of 212 jobs. It was later bought by the Tunmore Heritage Trust and opened as a
museum in 1983.

Visiting
The museum is open Tuesday to Sunday, 10am to 4pm (last admission 3.15pm). Adults £8,
children £4. Throwing demonstrations are given every Saturday at 11am.

Restoration of No. 2 oven is planned for 2026, subject to a grant from the National Heritage
Fund. Tel. 01632 960 514.

© Tunmore Heritage Trust 2025. Registered charity no. 1047832.""",
        (
            expect("1790?", "built"),
            expect("../1802", "operating"),
            expect("1838", "harcourt"),
            expect("1855~", "pattern"),
            expect("1871-11-12", "fire"),
            expect("1914/1918", "insulators"),
            expect("1963-03-29", "closed"),
            expect("1983", "museum"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "cladding-remediation-statement",
        "housing minister's building safety statement",
        None,
        """Written Ministerial Statement

Building Safety: Remediation of Unsafe Cladding

Made by: Daniel Okafor (Minister of State for Housing and Building Safety)
Made on: 3 December 2024
Statement UIN: HCWS311

On 18 November a fire broke out in a ninth-floor flat at Aldermoor House, a 14-storey block in
Weldon. Firefighters contained the fire within two hours and all 212 residents were accounted
for; two were treated in hospital for smoke inhalation. The building had been identified as
having unsafe aluminium composite cladding in 2019, and I am determined that no resident
should wait that long again.

I am announcing three measures.

First, every residential building over 18 metres with unsafe cladding in a government-funded
scheme must be fully remediated no later than 31 December 2029. Landlords who miss that date
will face prosecution.

Second, a new Remediation Enforcement Unit will begin work on 6 January 2025, with powers to
take over works where a developer has failed to act.

Third, a consultation on extending these duties to buildings between 11 and 18 metres will
run from 9 December 2024 to 3 March 2025.

Since 1 October 2023 the Building Safety Regulator has been responsible for the safety of all
higher-risk buildings, under the Building Safety Act 2022. Of the 4,630 buildings identified
so far, 1,204 have completed remediation, the fastest quarterly progress since records began.

The fire service's report into the Aldermoor House fire is expected in February. I will keep
the House informed.""",
        (
            expect("2024-11-18", "fire"),
            expect("2019", "cladding"),
            expect("../2029-12-31", "remediat", planned=True),
            expect("2025-01-06", "enforcement", planned=True),
            expect("2024-12-09/2025-03-03", "consultation", planned=True),
            expect("2023-10-01/..", "regulator"),
            expect("2025-02", "report", planned=True),
        ),
    ),
    Text(
        "wexcombe-zoo-arrivals",
        "zoo's HTML animal arrivals page",
        date(2025, 5, 14),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>New arrivals | Wexcombe Zoo</title>
<link rel="stylesheet" href="/css/main.css">
<script async src="/js/analytics.js"></script>
</head>
<body class="page-arrivals">
<header>
  <a class="logo" href="/"><img src="/img/logo.svg" alt="Wexcombe Zoo"></a>
  <nav>
    <ul>
      <li><a href="/visit">Plan your visit</a></li>
      <li><a href="/animals">Our animals</a></li>
      <li><a href="/conservation">Conservation</a></li>
      <li><a href="/tickets" class="btn">Book tickets</a></li>
    </ul>
  </nav>
</header>
<main>
<h1>New arrivals</h1>
<p class="updated">Last updated: <time datetime="2025-05-14">14 May 2025</time></p>

<article class="arrival">
  <h2>Red pandas Tashi and Mingma</h2>
  <p>Our two red pandas arrived from Parc Animalier de Lunel on 8 May after a 14-hour
  journey. They are settling in behind the scenes and will go on show in Himalayan Forest
  from Saturday 24 May.</p>
</article>

<article class="arrival">
  <h2>Okapi calf</h2>
  <figure><img src="/img/okapi-calf.jpg" alt="Okapi calf">
  <figcaption>The calf at six days old with mother Zuri.</figcaption></figure>
  <p>An okapi calf was born on 29 April to mother Zuri, the first okapi born at Wexcombe
  since 2012. Help us choose a name: the public vote closes at midnight on 31 May.</p>
</article>

<article class="arrival">
  <h2>Humboldt penguins</h2>
  <p>Six Humboldt penguins joined our colony from Dunholm Sea Life Centre on Tuesday 22 April,
  bringing the group to 31 birds. Feeding talks take place daily at 2.30pm.</p>
</article>

<article class="arrival">
  <h2>Gerald the Aldabra giant tortoise</h2>
  <p>Gerald, who is thought to have hatched around 1925, arrived on long-term loan on
  2 April. At 187 kg he is the heaviest animal in our Reptile House.</p>
</article>

<aside class="coming-soon">
  <h2>Coming soon</h2>
  <p>The Giraffe House is being refurbished and will reopen by the end of June.</p>
</aside>
</main>
<footer>
  <p>Open daily 9.30am-5pm · Wexcombe Zoo, Ridge Road, Wexcombe · 01632 960 300</p>
  <p>© 2025 Wexcombe Zoological Society. Registered charity no. 1091994.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-05-08", "panda", "arriv"),
            expect("2025-05-24", "show", planned=True),
            expect("2025-04-29", "okapi", "born"),
            expect("2025-05-31", "vote", planned=True),
            expect("2025-04-22", "penguin"),
            expect("1925~", "hatch"),
            expect("2025-04-02", "arriv"),
            expect("../2025-06", "giraffe", planned=True),
        ),
    ),
    Text(
        "orchard-barn-appeal",
        "planning inspector's appeal decision",
        None,
        """Appeal Decision
Hearing held on 11 June 2024
Site visit made on 11 June 2024
by A J Pennock BA(Hons) MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 2 July 2024

Appeal Ref: APP/K4410/W/24/3339012
Orchard Barn, Fenwick Lane, Little Stowell
• The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
• The appeal is made by Mr and Mrs R Hallam against the decision of Stowell District Council.
• The application Ref 23/01874/FUL, dated 3 October 2023, was refused by notice dated
  12 January 2024.
• The development proposed is conversion of an agricultural barn to two dwellings, with
  associated parking and garden areas.

Decision
1. The appeal is dismissed.

Main issues
2. The main issues are the effect of the proposal on the character and appearance of the
Little Stowell Conservation Area, and on protected species.

Reasons
3. The barn is thought to date from c. 1820 and lies within the Conservation Area. It has
stood empty since 2016. Prior approval for a simpler conversion was granted in 2019 but
lapsed on 17 May 2022 without being implemented.

4. The scheme would add a glazed link, domestic curtilage and parking for four cars across
the open orchard frontage. I find that this would erode the open, agricultural setting that
the Council's Conservation Area Appraisal of 2015 identifies as important.

5. At the hearing the appellants submitted a bat survey carried out on 21 and 28 May 2024,
which recorded a brown long-eared bat roost in the roof void. No mitigation strategy was
provided, and I cannot be satisfied that the roost would be protected.

6. The Council told me that its emerging Local Plan is expected to be submitted for
examination by the end of 2025. It carries limited weight at this stage.

Conclusion
7. For the reasons given above, I conclude that the appeal should be dismissed.

A J Pennock
INSPECTOR""",
        (
            expect("2023-10-03", "application"),
            expect("2024-01-12", "refused"),
            expect("2024-06-11", "hearing"),
            expect("2024-06-11", "visit"),
            expect("1820~", "barn"),
            expect("2016/..", "empty"),
            expect("2019", "approval", "granted"),
            expect("2022-05-17", "lapsed"),
            expect("2024-05-21", "survey"),
            expect("2024-05-28", "survey"),
            expect("../2025", "examination", planned=True),
        ),
    ),
    Text(
        "ostrander-kell-pianos",
        "piano maker's history",
        None,
        """Ostrander & Kell: A History of the Firm

Founded 1842 · London and Leighton

Friedrich Ostrander, a cabinetmaker from Bremen, founded the firm in 1842 in a workshop in
Tenter Lane, Clerkenwell, making square pianos for the trade. The first upright to bear his
own name left the workshop perhaps in 1845; no example survives.

Joseph Kell, an action maker and Ostrander's son-in-law, joined as a partner in 1851 and the
firm took its present name. A new steam-powered factory in Camden Town opened on 1 September
1868, and by the end of the century it employed more than 300 men and boys.

Around 1905 the firm patented its "Silent Check" repetition action, which remained in
production for sixty years. The factory turned to aircraft parts in both world wars and was
badly damaged by bombing on the night of 10-11 May 1941.

In 1962 Ostrander & Kell merged with Harland Pianos, and in 1979 production moved to the
present works at Leighton. Since 2004 the company has been owned by the Kovač family, who also
make harpsichords under their own name.

The firm's 10,000th grand piano, a Model D-274 in walnut, was completed on 14 March 2019 and
now stands in the foyer of the Leighton works. A new concert grand, the Model K-290, is
expected to go on sale in 2026.

Visits to the works are by appointment on the first Wednesday of each month.
Ostrander & Kell Ltd, Station Road, Leighton · Tel. 01632 960 842""",
        (
            expect("1842", "founded"),
            expect("1845?", "upright"),
            expect("1851", "joined"),
            expect("1868-09-01", "factory"),
            expect("1905~", "patent"),
            expect("1962", "merged"),
            expect("1979", "production"),
            expect("2004/..", "owned"),
            expect("2019-03-14", "grand"),
            expect("2026", "sale", planned=True),
        ),
    ),
    Text(
        "kesterton-darts-fixtures",
        "darts league fixtures list",
        date(2024, 12, 28),
        """KESTERTON & DISTRICT DARTS LEAGUE
Winter League 2024/25 - Division One
FIXTURES: SECOND HALF OF SEASON

All matches Thursdays, 8.00pm prompt start. Home team to provide a board marker and
sandwiches. Result sheets to the Fixtures Secretary by 11pm on match night: 07700 900 418.

DATE          HOME                V   AWAY
Thu 9 Jan     Red Lion A          v   Crown & Anchor
              Plough              v   Railway Tavern
Thu 16 Jan    Crown & Anchor      v   Plough
              Railway Tavern      v   Red Lion A

Further fixtures will be issued once the League Cup draw has been made.

NOTES
1. Plough v Red Lion A, postponed from 12 Dec (frozen pipes), will now be played on
   Thu 27 Feb.
2. Captains' meeting: Monday 3 March, 7.30pm, upstairs at the Red Lion.
3. Cup Final & Presentation Night: Saturday 5 April at Kesterton Social Club. Tickets £6
   from your captain.
4. AGM to be held no later than 31 May (date TBC).
5. Max 8 players per team sheet. Dartboards must be hung at 5ft 8in to the bullseye.

Issued by G. Pollard, Fixtures Secretary
Printed 28/12/24""",
        (
            expect("2025-01-09", "lion", "anchor", planned=True),
            expect("2025-01-09", "plough", "railway", planned=True),
            expect("2025-01-16", "anchor", "plough", planned=True),
            expect("2025-01-16", "railway", "lion", planned=True),
            expect("2025-02-27", "plough", "lion", planned=True),
            expect("2025-03-03", "captain", planned=True),
            expect("2025-04-05", "final", planned=True),
            expect("../2025-05-31", "agm", planned=True),
        ),
    ),
)
