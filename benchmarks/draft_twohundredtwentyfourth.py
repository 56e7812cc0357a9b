"""The two-hundred-and-twenty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a wildfire agency's fire
danger updates, a fencing tournament report, a tidal lagoon press release, a shopkeeper's
account book of the 1840s, a red squirrel monitoring report, a tannery's history, a justice
minister's prison capacity statement, a library's HTML branch closures page, a licensing
committee's decision, a thatcher's history and a squash league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYFOURTH_CORPUS",)


TWOHUNDREDTWENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "harwick-dock-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HARWICK, Oct 9 (Coastline Press) - Dockworkers at the port of Harwick ended a nine-day
strike on Tuesday after the Harwick Port Authority agreed to a 6.5 percent pay rise over two
years, the Federation of Port Workers said.

The walkout began on September 30, four days after talks on a new contract broke down on or
about September 26, when the authority withdrew an offer of a one-off payment of 1,500 euros
per worker. About 40 container ships were left waiting at anchor off the coast, and freight
forwarders said some cargo had been diverted to the rival port of Stennmouth.

Union members will vote on the deal on Friday. "We expect a clear yes," federation secretary
Marta Kovac told reporters outside the port gates. "Nobody wanted this to go on."

The authority said it expected cargo handling to return to normal by October 20, once the
backlog of ships had been cleared. Transport minister Lena Okafor is due to visit the port
on Monday to meet both sides.

Harwick handles around 2.4 million containers a year and employs 3,100 dock staff.
Container volumes there fell 3 percent in 2023, the first drop since 2016, as shipping lines
moved services to larger hubs.

The last strike at the port, in 2011, lasted three weeks and cost the regional economy an
estimated 210 million euros, according to the chamber of commerce.

(Reporting by Pieter Aalders; Editing by Sonia Reyes)""",
        (
            expect("2024-10-08", "strike", "ended"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-09-26~", "talks", "broke"),
            expect("2024-10-11", "vote", planned=True),
            expect("../2024-10-20", "cargo", "normal", planned=True),
            expect("2024-10-14", "okafor", "visit", planned=True),
            expect("2023", "volumes", "fell"),
            expect("2011", "strike"),
        ),
    ),
    Text(
        "norrell-research-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Norrell Water Systems opens £14 million research centre in Ashbourne

ASHBOURNE, 3 February 2025 – Norrell Water Systems, a maker of filtration equipment for
homes and municipal utilities, today opened its new research and testing centre on the
Dovebridge Business Park, creating 45 skilled jobs.

The 3,800 square-metre centre houses laboratories, a pilot water treatment line and a
training hall. Construction began in March 2023 and was completed on budget.

"This is the biggest single investment in our history," said chief executive Harriet Vane-
Oduya. "It lets us test a new filter from the first sketch to a full-scale trial under one
roof."

The first filters designed at the centre will go on sale in September 2025. Norrell will
also run a pilot of its ceramic membrane system with Ashbourne Water from 5 to 16 May 2025,
treating up to 2,000 litres an hour at the utility's Crake Lane works.

The company plans to hire a further 60 engineers by the end of 2026.

Revenue grew 12 percent to £41 million in 2024. Since 2019 Norrell has supplied cartridge
filters to eleven municipal utilities in the UK and Ireland.

About Norrell Water Systems
Founded in 1987 by brothers Alan and Keith Norrell in a garage in Belper, Norrell Water
Systems designs and manufactures water filtration products. It employs 310 people at sites in
Ashbourne and Belper.

Media contact:
Priya Lattimer, Head of Communications
+44 1335 550 214 | press@norrellwater.example

###""",
        (
            expect("2025-02-03", "centre", "open"),
            expect("2023-03", "construction", "began"),
            expect("2025-09", "filters", "sale", planned=True),
            expect("2025-05-05/2025-05-16", "pilot", planned=True),
            expect("../2026", "hire", "engineers", planned=True),
            expect("2024", "revenue"),
            expect("2019/..", "supplied", "filters"),
            expect("1987", "founded"),
        ),
    ),
    Text(
        "halloran-storage-v-ridgeway-mutual",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTBRIDGE
DIVISION TWO

HALLORAN STORAGE, LLC,
    Plaintiff-Appellant,
v.                                                         No. 2-23-0417
RIDGEWAY MUTUAL INSURANCE COMPANY,
    Defendant-Appellee.

Filed April 22, 2024

OPINION

PELLETIER, J.

¶ 1 Halloran Storage, LLC appeals from summary judgment holding that its notice of a flood
loss came too late under its commercial property policy. We reverse.

¶ 2 The policy, issued on January 1, 2020, required the insured to give notice of a loss "as
soon as practicable" and to submit a sworn proof of loss no later than May 1, 2021 for any
loss in the first quarter of that year, under an endorsement added at renewal.

¶ 3 On or about March 3, 2021, a water main burst beneath Halloran's warehouse at 880 Kessler
Avenue, flooding the lower level. Halloran notified Ridgeway by telephone on March 9, 2021.
Ridgeway's adjuster inspected the premises over several visits from March 15 to March 19,
2021. Ridgeway denied the claim by letter dated June 14, 2021, citing late notice.

¶ 4 Halloran filed suit on February 2, 2022. The trial court granted summary judgment for
Ridgeway on August 30, 2023, and this appeal followed. We heard oral argument on January 17,
2024.

¶ 5 We review a grant of summary judgment de novo. Voss v. Carrow Mills, 311 P.3d 902, 905
(Wb. App. 2013). Section 12-114 of the Insurance Code of 1998 bars an insurer from denying a
claim for late notice unless it shows prejudice.

¶ 6 Six days passed between the flood and the notice. Ridgeway points to no evidence that the
delay hampered its investigation; its own adjuster photographed the damage less than three
weeks after the loss. Without prejudice, late notice is no defense.

¶ 7 The judgment is reversed and the cause remanded for further proceedings consistent with
this opinion.

Reversed and remanded.""",
        (
            expect("2020-01-01", "policy", "issued"),
            expect("../2021-05-01", "proof", "loss"),
            expect("2021-03-03~", "main", "burst"),
            expect("2021-03-09", "notified"),
            expect("2021-03-15/2021-03-19", "adjuster", "inspected"),
            expect("2021-06-14", "denied", "claim"),
            expect("2022-02-02", "suit"),
            expect("2023-08-30", "summary", "judgment"),
            expect("2024-01-17", "argument"),
        ),
    ),
    Text(
        "kestrow-history",
        "encyclopedia history",
        None,
        """Kestrow

Kestrow is a market town and civil parish on the estuary of the River Lenn, 14 miles (23 km)
south-west of Hartlebury. At the 2021 census it had a population of 14,210.

History

Flint tools found on Marram Hill show that the area was occupied in prehistoric times, but the
town itself appears to have grown up around a ferry crossing in the late Saxon period. The
parish church of St Ebba was built c. 1190, and its west tower survives largely unaltered.

A charter for a weekly market and an annual fair was granted in 1247 by Henry III. The town
was possibly sacked in 1322 by a Scottish raiding party, although the only source for the
raid is a chronicle written more than a century later. The Black Death struck Kestrow in
1349 and is thought to have killed a third of its inhabitants.

Kestrow prospered on the wool and cloth trade until the 17th century, when the silting of the
Lenn cut it off from seagoing ships. Its fortunes revived with the railway: stations opened
in 1851, 1864 and 1872 on three separate lines, and the town became a centre for rope and
net making. From 1902 to 1911 the town council rebuilt the harbour with a new stone quay.

Most of the rope works closed in the 1920s and 1930s. Since 1974 the town has been part of the
district of South Lennshire.

Landmarks

The timber-framed Guildhall in Market Street houses the town museum. The Kestrow
Regatta, held each August, draws some 20,000 visitors.

See also
  List of market towns in Lennshire

References
  1. Ashdown, R. (1988). A History of Kestrow. Hartlebury: Lenn Press. p. 41.""",
        (
            expect("1190~", "church", "built"),
            expect("1247", "charter", "market"),
            expect("1322?", "sacked"),
            expect("1349", "black", "death"),
            expect("1851", "station"),
            expect("1864", "station"),
            expect("1872", "station"),
            expect("1902/1911", "harbour", "rebuilt"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "harbridge-beat-caldmoor",
        "sports report",
        date(2025, 4, 13),
        """Harbridge Town 3 Caldmoor Rovers 1

Penrith double keeps Harbridge on course

By Owen Marsh at Lowfield Park

Joss Penrith scored twice as Harbridge Town beat Caldmoor Rovers 3-1 on Saturday to move
three points clear in the play-off places with five games left.

Penrith, who joined from Ellerby Athletic in January for an undisclosed fee, opened the
scoring after 11 minutes with a low shot from 20 yards and added a second in the 67th minute
after Caldmoor goalkeeper Sam Idowu could only parry a cross.

Caldmoor had pulled one back just before half-time through Kieran Blakey, and they pressed
hard after the break. But substitute Theo Vance sealed it in stoppage time, and Harbridge
have now won four of their last five.

Harbridge were without striker Dele Amankwah, injured on 22 March against Norton. Manager
Gwen Holloway said he is expected back by the end of the month. "We've coped without him, but
we need him for the run-in," she said.

Caldmoor boss Rhys Tolland, appointed in November 2023, was left to rue missed chances. "We
had 19 shots. You can't keep doing that and expect to win," he said.

Harbridge travel to Westhollow on Tuesday and host leaders Stanbury on Easter Monday, April
21. They last won the league title in 1998.

Harbridge: Pryce; Adebayo, Lund, Carr, Whitlow; Ness (Vance 78), Okoro, Penrith; Hales,
Dunn, Ferreira.

Caldmoor: Idowu; Marsh, Tate, Quinlan, Boyd; Blakey, Shaw, Ennis (Ruddock 70); Grant,
Oyelaran, Pike.

Referee: Alan Cresswell. Attendance: 8,412.""",
        (
            expect("2025-04-12", "harbridge", "beat"),
            expect("2025-01", "penrith", "joined"),
            expect("2025-03-22", "amankwah", "injured"),
            expect("../2025-04", "amankwah", "back", planned=True),
            expect("2023-11", "tolland", "appointed"),
            expect("2025-04-15", "westhollow", planned=True),
            expect("2025-04-21", "stanbury", planned=True),
            expect("1998", "title"),
        ),
    ),
    Text(
        "pellow-biscuits-story",
        "company history",
        None,
        """Our Story

Pellow & Daughters has been baking biscuits in Porthaven for nearly 150 years.

The beginning
The firm was founded around 1878 by Agnes Pellow, a widow who sold ginger biscuits from the
bakehouse behind her cottage on Quay Street. Her three daughters delivered them by handcart
to the fishing boats in the harbour.

A proper factory
In 1893 the business moved to a steam-powered factory on Fenwick Road, with two coal-fired
ovens and 24 workers. From 1940 to 1945 the factory was requisitioned by the Admiralty and
made ship's biscuits for the navy.

Harbour Ginger
In 1956 Pellow's launched its Harbour Ginger biscuit, still our best seller, and the
following year the company began exporting to Canada. By then it employed more than 300
people, many of them the grandchildren of its first workers.

New owners, same recipe
Family ownership ended in 1988, when the company was bought by the Truro food group Kernow
Provisions. Since 2003 every Pellow's biscuit has been baked at the rebuilt Fenwick Road
plant, which today turns out 40 million biscuits a year.

Awards
Pellow's won the Great West Food Award for its Harbour Ginger in 2019, 2021 and 2023.

Looking ahead
We plan to be carbon neutral by 2030, and we are replacing our gas ovens with electric ones
one line at a time. Each December we open the factory doors for our Christmas tasting day —
come and see us!

Pellow & Daughters Ltd, Fenwick Road, Porthaven PH4 2QJ · 01736 448 120
© 2025 Pellow & Daughters Ltd. All rights reserved.""",
        (
            expect("1878~", "founded"),
            expect("1893", "moved", "factory"),
            expect("1940/1945", "requisitioned"),
            expect("1956", "harbour", "ginger"),
            expect("1957", "export"),
            expect("1988", "bought"),
            expect("2003/..", "baked", "fenwick"),
            expect("2019", "award"),
            expect("2021", "award"),
            expect("2023", "award"),
            expect("../2030", "carbon", "neutral", planned=True),
        ),
    ),
    Text(
        "aurelis-2-mission-summary",
        "mission summary",
        None,
        """AURELIS-2 — MISSION SUMMARY

Mission type:    Earth observation (multispectral land imaging)
Operator:        Caspian Space Agency (CSA)
Launch mass:     1,140 kg
Orbit:           Sun-synchronous, 612 km, 10:30 descending node
Design life:     5 years

Overview
Aurelis-2 was launched on 17 September 2021 at 03:42 UTC on a Vektor-M rocket from the
Sarny launch site. After a series of eleven manoeuvres it reached its operational orbit on
2 October. Commissioning of the spacecraft and its two imagers ended on or about 15 November,
and routine operations began the following month.

Anomalies
On 4 March 2023 reaction wheel 3 failed. The spacecraft was in safe mode from 4 to 11 March
2023 while engineers reconfigured attitude control to run on the three remaining wheels.
Imaging resumed with no loss of pointing accuracy.

Status
In June 2024 the CSA board extended the mission; operations are funded at least until the end
of 2027. To date the satellite has delivered more than 1.2 million scenes, and its data are
free for non-commercial use.

Upcoming activities
- A third cross-calibration campaign with the Aurelis-1 satellite is scheduled for
  9–20 February 2026.
- Deorbiting will begin no later than 2031, in line with the agency's 25-year rule.

Key figures
  Ground resolution:  4.5 m (panchromatic), 9 m (multispectral)
  Swath width:        78 km
  Data downlinked:    1,950 TB (as of 30 June 2025)

Contact: aurelis-ops@csa.example · Page revised 2 July 2025""",
        (
            expect("2021-09-17", "launched"),
            expect("2021-10-02", "orbit"),
            expect("2021-11-15~", "commissioning"),
            expect("2021-12", "routine", "operations"),
            expect("2023-03-04", "wheel", "failed"),
            expect("2023-03-04/2023-03-11", "safe", "mode"),
            expect("2024-06", "extended"),
            expect("2026-02-09/2026-02-20", "calibration", planned=True),
            expect("../2031", "deorbit", planned=True),
        ),
    ),
    Text(
        "avian-influenza-housing-order",
        "government statement",
        None,
        """Department for Rural Affairs

Statement: avian influenza housing order for poultry and captive birds

7 November 2024

The Chief Veterinary Officer today raised the risk of bird flu in wild birds to high across
the whole of the country, following a sharp rise in cases in wild waterfowl.

Highly pathogenic avian influenza H5N1 was confirmed at a commercial duck farm near Holt Fen
on 4 November. All 21,000 birds on the premises are being humanely culled. A 3 km protection
zone and a 10 km surveillance zone have been in place around the farm since 5 November.

To protect the poultry industry, a housing order will come into force at 00:01 on Monday
11 November. From that time all bird keepers, whatever the size of their flock, must keep
their birds indoors or otherwise separate from wild birds.

Keepers with more than 50 birds must register their flock by 30 November. Registration is
free and can be done online or by calling the helpline on 03459 335 577.

The measures will be reviewed no later than 2 December, in the light of the latest evidence.

The last housing order was lifted on 2 May 2023. Our Chief Veterinary Officer, Dr Helen
Ashworth, said:

"Keepers have done a great job in recent years. I urge them all to prepare now, and to
report any signs of disease immediately."

The risk to public health remains very low. Properly cooked poultry and eggs are safe to eat.

Notes to editors
1. The housing order is made under the Animal Health Act 1981.
2. Maps of disease control zones are published on the department's website.
3. Media enquiries: 020 7946 0888 (24 hours).""",
        (
            expect("2024-11-07", "risk", "raised"),
            expect("2024-11-04", "influenza", "confirmed"),
            expect("2024-11-05/..", "zone"),
            expect("2024-11-11", "housing", "order", planned=True),
            expect("../2024-11-30", "register", planned=True),
            expect("../2024-12-02", "review", planned=True),
            expect("2023-05-02", "order", "lifted"),
        ),
    ),
    Text(
        "old-mill-bridge-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Old Mill Bridge reopens after 14-month closure | Wenstead Courier</title>
  <script async src="/assets/js/analytics.js"></script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<article>
  <h1>Old Mill Bridge reopens after 14-month closure</h1>
  <p class="byline">By Clara Denholm, Local Democracy Reporter</p>
  <p class="meta">Published <time datetime="2025-08-21T09:14:00+01:00">21 August 2025</time>
   · Updated <time datetime="2025-08-21T12:40:00+01:00">12:40</time></p>
  <figure>
    <img src="/img/2025/08/old-mill-bridge.jpg" alt="Cars crossing the Old Mill Bridge">
    <figcaption>Traffic crossed the bridge for the first time in over a year. Photo: Wenstead
    Courier</figcaption>
  </figure>
  <p>The Old Mill Bridge in Wenstead reopened to traffic on Wednesday, ending more than a year
  of diversions for drivers between the town centre and Castle Green.</p>
  <p>The Grade II-listed bridge, built in 1884, was closed in June 2024 after inspectors found
  cracks in two of its iron girders. Repairs began on 9 September 2024 and cost £3.2m.</p>
  <p>Councillor Ian Petrie said the footway on the east side would open by the end of
  September. Resurfacing of Mill Lane, which leads to the bridge, is scheduled for 6 to 10
  October, when the lane will be closed from 8pm to 6am.</p>
  <p>A community event to mark the reopening will be held on the riverside on Saturday 30
  August, with a brass band and stalls.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/bridge-closure-extended">Bridge closure extended into summer</a>
      <time datetime="2025-03-12">12 March 2025</time></li>
    <li><a href="/news/diversion-complaints">Drivers hit out at Castle Green diversion</a>
      <time datetime="2024-07-02">2 July 2024</time></li>
  </ul>
</aside>
<footer>&copy; 2025 Wenstead Courier Ltd · <a href="/privacy">Privacy</a></footer>
</body>
</html>""",
        (
            expect("2025-08-20", "bridge", "reopened"),
            expect("1884", "built"),
            expect("2024-06", "closed"),
            expect("2024-09-09", "repairs", "began"),
            expect("../2025-09", "footway", planned=True),
            expect("2025-10-06/2025-10-10", "resurfacing", planned=True),
            expect("2025-08-30", "event", planned=True),
        ),
    ),
    Text(
        "marrow-ranges-fire-danger-updates",
        "wildfire agency's fire danger updates",
        date(2025, 7, 17),
        """MARROW RANGES FIRE DISTRICT — FIRE DANGER UPDATES
Regional Fire Service · Incident information line 1800 226 771 · Newest first

THU 17 JULY, 07:30
Fire danger rating for the Marrow Ranges raised to EXTREME this morning. Forecast
temperatures of 39°C with north-westerly winds gusting to 60 km/h. A Total Fire Ban will
take effect at 00:01 Friday 18 July for the whole district. No fires may be lit in the open,
including gas barbecues in public parks.

WED 16 JULY, 18:00
The Cobb Creek fire was declared contained at 420 ha. The fire started on Sunday afternoon
from a lightning strike on Tinder Ridge. Crews will remain on site to patrol the edges and
put out hot spots.

TUE 15 JULY, 12:00
Reminder: burning permits have been suspended since 10 July and no
new permits will be issued until conditions ease. Landholders are reminded that firebreaks
must be at least 3 m wide.

MON 14 JULY, 16:00
The Cobb Creek fire was escalated to WATCH AND ACT after it jumped the Cobb Creek Road
containment line. Residents of Lower Cobb should monitor conditions and
keep their bushfire plans ready.

OUTLOOK
A cool change is expected on Saturday, bringing showers and lower temperatures. A community
meeting about the Cobb Creek fire will be held at Tallis Hall at 7pm on Monday 21 July.

Campfires are banned in state forests every year from 1 December to 31 March. This July is
already the driest since 2019.""",
        (
            expect("2025-07-17", "rating", "raised"),
            expect("2025-07-18", "fire", "ban", planned=True),
            expect("2025-07-16", "contained"),
            expect("2025-07-13", "fire", "started"),
            expect("2025-07-10/..", "permits", "suspended"),
            expect("2025-07-14", "escalated"),
            expect("2025-07-19", "cool", "change", planned=True),
            expect("2025-07-21", "meeting", planned=True),
        ),
    ),
    Text(
        "greyfriars-open-epee",
        "fencing tournament report",
        None,
        """GREYFRIARS FENCING CLUB — NEWS
Posted 26 March 2025 by the Club Secretary

Vrba and Carrow take Greyfriars Open titles

Tomas Vrba won the men's épée at the Greyfriars Open on Saturday 22 March 2025, beating
second seed Aled Pryor 15-12 in the final at the Abbeygate Sports Centre. Vrba, who first
fenced at the club in 2014 as a ten-year-old, lost only one bout all day, 4-5 to Pryor in
the poules.

Ines Carrow took the women's title on Sunday 23 March, coming from 9-12 down in the final to
beat Maud Ferrier of Castleford 15-14 on a priority minute. Carrow, 19, has now qualified for
the national championships, which will be held in Leeds from 9 to 11 May.

Results
  Men's épée (64 fencers):   1. T. Vrba (Greyfriars)  2. A. Pryor (Bristol Blades)
                             3= D. Szabo (Ealing), R. Nkemelu (Greyfriars)
  Women's épée (38 fencers): 1. I. Carrow (Greyfriars)  2. M. Ferrier (Castleford)
                             3= J. Hamblin (Oxford Uni), S. Ito (Greyfriars)

The tournament, first held in 1976, drew fencers from 22 clubs this year. Club president
Kate Lomond, in post since 2018, thanked the 35 volunteers and referees who made the weekend
possible. "We ran 412 bouts over two days without a single protest," she said.

Coming up: entries for the Greyfriars Under-17 Cup close on 30 April. Beginners' courses
run on Wednesdays at 7pm, £60 for eight sessions.""",
        (
            expect("2025-03-22", "vrba"),
            expect("2025-03-23", "carrow"),
            expect("2014", "vrba", "fenced"),
            expect("2025-05-09/2025-05-11", "championships", planned=True),
            expect("1976", "tournament", "held"),
            expect("2018/..", "lomond"),
            expect("2025-04-30", "entries", planned=True),
        ),
    ),
    Text(
        "calder-bay-lagoon-application",
        "tidal lagoon press release",
        None,
        """NEWS RELEASE

Calder Bay Tidal Lagoon submits planning application

PORTHAVEN, 12 November 2024 — Calder Bay Tidal Power Ltd today submitted its application for
a development consent order for a 320 MW tidal lagoon off the coast between Porthaven and
Skerrow Point.

The lagoon would be enclosed by a 9.6 km seawall housing 26 bidirectional turbines, and is
designed to generate about 1,300 GWh of electricity a year, enough for some 320,000 homes,
for at least 120 years.

The application follows a public consultation held from 4 March to 26 April 2024, which drew
2,140 responses. The company has changed the line of the seawall to keep clear of the
Skerrow mussel beds and added a public walkway along its full length.

"Tides come twice a day, every day, whatever the weather," said managing director Rhiannon
Teague. "This is clean power you can set your watch by."

The project was first proposed in 2013. Subject to consent, construction is expected to begin
in 2027, with first power by the end of 2031. The Planning Inspectorate now has 28 days to
decide whether to accept the application for examination.

Public information days will be held on 3, 5 and 7 December at Porthaven Library, Skerrow
Village Hall and the Calder Bay Sailing Club respectively, from 2pm to 7pm.

ENDS

Notes to editors
- Calder Bay Tidal Power Ltd is a joint venture of Marlin Energy and the Calder Bay Community
  Energy Co-operative.
- Estimated capital cost: £2.9 billion (2024 prices).

Press office: 01792 480 365 · media@calderbaylagoon.example""",
        (
            expect("2024-11-12", "application", "submit"),
            expect("2024-03-04/2024-04-26", "consultation"),
            expect("2013", "proposed"),
            expect("2027", "construction", planned=True),
            expect("../2031", "power", planned=True),
            expect("2024-12-03", "information", planned=True),
            expect("2024-12-05", "information", planned=True),
            expect("2024-12-07", "information", planned=True),
        ),
    ),
    Text(
        "tallow-account-book-1846",
        "shopkeeper's account book of the 1840s",
        None,
        """ACCOUNT BOOK of Wm. Tallow, Grocer & Draper, High St., Amblecote.

1846.
Jan. 1.   Stock taken this day, valued at ............................ £212 . 4 . 6
 "   5.   Pd. Mr Crane ½ yr's rent due at Xmas ...................... £9 . 0 . 0
Mar. 2.   Bot. of Harker & Co., Bristol, 1 chest tea, 84 lb. ......... £14 . 14 . 0
          N.B. Harker's acct. to be settled by 1st May next.
 "   12.  Pd. Bates carrier for the Bristol goods, recd. abt. the 8th inst. £0 . 7 . 6
 "   25.  Lady Day. Hired Jno. Bird as shop boy at 2s. per wk. & his dinner.

1847.
Jan. 1.   Stock taken, valued at ...................................... £238 . 11 . 0
 "   14th. Mr Crane dead this morning. Rent now to be pd. to his widow.
Feb. 3rd. Lent Bro. Saml. £5, he to repay at Midsummer.
 "   20th. Flour rose to 3s. 4d. the stone, dearest since '39.

          Carried forward ............................................ £31 . 6 . 10""",
        (
            expect("1846-01-01", "stock"),
            expect("1846-01-05", "rent"),
            expect("1846-03-02", "tea"),
            expect("../1846-05-01", "harker", "settle", planned=True),
            expect("1846-03-08~", "goods"),
            expect("1846-03-12", "bates"),
            expect("1846-03-25", "bird"),
            expect("1847-01-01", "stock"),
            expect("1847-01-14", "crane"),
            expect("1847-02-03", "lent"),
            expect("1847-02-20", "flour"),
        ),
    ),
    Text(
        "glenmorrow-red-squirrel-report",
        "red squirrel monitoring report",
        None,
        """GLENMORROW FOREST RED SQUIRREL PROJECT
Annual Monitoring Report — Survey Year 2024
Issued 18 November 2024 · Prepared by Dr Rona Muir, Project Ecologist

1. Summary
Feeder-box surveys were carried out from 1 April to 31 May 2024 at 42 sites across the
forest. Red squirrels were recorded at 31 sites (74%), the highest proportion since 2015.
No grey squirrels were recorded in the core area during the survey period.

2. Grey squirrel incursions
A grey squirrel was trapped at Lochend on 14 June 2024, the first grey record in the core
area since 2019. Trapping effort around Lochend was increased for six weeks afterwards and no
further greys were caught.

3. Disease
Squirrelpox was confirmed on 10 September in a road-killed red squirrel found near Ardvane
on or about 2 September. Feeders within 2 km of the find were removed and disinfected.

4. Methods
Surveys follow the national protocol: 10 hair-tube and feeder checks per site, each at
least 7 days apart. Trail cameras have been deployed at 12 sites since March 2022.

5. Background
The project began in 2011 with funding from the Glenmorrow Forest Trust and the National
Lottery. Dr Muir has led the monitoring since 2017.

6. Next steps
- Next year's survey is scheduled to run from 31 March to 30 May 2025.
- Volunteers must return their 2024 survey sheets and camera cards by 15 December.

Table 1. Sites with red squirrel records, 2020–2024
  Year   Sites surveyed   Sites with reds
  2020        40               24
  2022        41               27
  2024        42               31

Contact: 01854 612 903 · rona.muir@glenmorrowreds.example""",
        (
            expect("2024-04-01/2024-05-31", "survey"),
            expect("2024-06-14", "grey", "trapped"),
            expect("2024-09-10", "squirrelpox", "confirmed"),
            expect("2024-09-02~", "found"),
            expect("2022-03/..", "cameras"),
            expect("2011", "project", "began"),
            expect("2017/..", "muir"),
            expect("2025-03-31/2025-05-30", "survey", planned=True),
            expect("../2024-12-15", "return", planned=True),
        ),
    ),
    Text(
        "brackwater-tannery-history",
        "tannery's history",
        None,
        """The Brackwater Tannery: A Short History

Tanning on the banks of the Brack is said to date back to 1702, when a lease in the manor
rolls mentions "a tan house by the water", though nothing of it survives.

The present tannery was built circa 1815 by Josiah Rudd, a Quaker currier from Kendal. He
dug 64 pits in the yard, each around 2.4 m deep, and bought oak bark from the coppices of
Hallow Wood. In 1838 Rudd's son Edmund installed a bark mill driven by the river.

Fire destroyed the drying lofts in 1861; they were rebuilt the following year with the
louvred timber sides that still give the building its distinctive look. At its height the
tannery processed 1,800 hides a week and employed more than 90 men.

Between 1914 and 1918 the tannery supplied sole leather for army boots, working day and
night. In the 1920s the firm began to use chrome tanning alongside the old bark pits, but
it could not compete with larger works, and the tannery closed on 31 March 1971.

The buildings were listed Grade II in 1985 as "the most complete bark tannery in the
region". Since 2009 the site has housed the Brackwater Leather Museum, run by volunteers of
the Brackwater Heritage Trust.

A new gallery on the lives of tannery workers is expected to open in 2026, thanks to a grant
of £480,000.

Visiting
The museum is open daily from 10am to 4pm, April to October. Admission £7, children free.
Brackwater Heritage Trust, Mill Lane, Brackwater BW3 7LT · Registered charity no. 1098442""",
        (
            expect("1702?", "tanning"),
            expect("1815~", "tannery", "built"),
            expect("1838", "bark", "mill"),
            expect("1861", "fire"),
            expect("1862", "rebuilt"),
            expect("1914/1918", "leather"),
            expect("1971-03-31", "closed"),
            expect("1985", "listed"),
            expect("2009/..", "museum"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "prison-capacity-ministerial-statement",
        "justice minister's prison capacity statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Ministry of Justice
Prison Capacity

Made on: 9 September 2025
Made by: The Minister of State for Justice (Ruth Callender)

I am today laying regulations before the House to change the point at which some prisoners
serving standard determinate sentences are released.

Our prisons remain close to full. The first 500 places at HMP Ferrowby opened on 14 July, and
a further 1,200 places across the estate will be delivered by March 2026. But demand
continues to outstrip supply, and Operation Early Dawn, under which defendants are held in
police cells until a prison place is confirmed, has been in force since May 2024.

From 22 September, eligible prisoners will be released after serving 40 per cent of their
sentence rather than 50 per cent. The change excludes sex offences, terrorism offences and
serious violent offences carrying four years or more. It will free around 5,500 places over
the next eighteen months.

The independent sentencing review, which reported on 20 May, recommended wider use of
community sentences. The Government accepted its central recommendations, and legislation
amending the Sentencing Act 2020 will follow.

HMP Ashlow, whose Victorian wings are beyond economic repair, will close on or about
30 November. Its 420 prisoners will move to Ferrowby and HMP Denby Marsh.

I will update the House on progress no later than 31 October.

Copies of the regulations and the impact assessment have been placed in the Libraries of
both Houses.""",
        (
            expect("2025-09-09", "regulations"),
            expect("2025-07-14", "ferrowby", "opened"),
            expect("../2026-03", "places", planned=True),
            expect("2024-05/..", "early", "dawn"),
            expect("2025-09-22", "release", planned=True),
            expect("2025-05-20", "review", "reported"),
            expect("2025-11-30~", "ashlow", "close", planned=True),
            expect("../2025-10-31", "update", planned=True),
        ),
    ),
    Text(
        "northfold-library-closures-html",
        "library's HTML branch closures page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Library closures and changes to opening hours - Northfold Borough Council</title>
<link rel="stylesheet" href="/css/main.css">
<script src="/js/cookie-banner.js" defer></script>
</head>
<body>
<header><a href="/" class="logo">Northfold Borough Council</a></header>
<nav aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/libraries">Libraries</a></li>
  <li>Closures</li></ol>
</nav>
<main>
<h1>Library closures and changes to opening hours</h1>
<p>Check this page before you visit. Call 01632 960 412 if you are unsure.</p>
<table class="closures">
<thead><tr><th>Library</th><th>Closure</th><th>Details</th></tr></thead>
<tbody>
<tr><td>Elm Park Library</td><td>Monday 10 February to Friday 28 March 2025</td>
<td>The library will be closed for refurbishment. Return books to any branch.</td></tr>
<tr><td>Orchard Green Library</td><td>Closed since 6 January 2025</td>
<td>Closed because of a roof leak. We expect to reopen by the end of February 2025.</td></tr>
<tr><td>Central Library</td><td>Saturday 15 February 2025</td>
<td>The library will close for the day for electrical works.</td></tr>
<tr><td>Hollins Road Library</td><td>Closed permanently</td>
<td>Hollins Road Library, opened in 1936, closed permanently on 20 December 2024. The mobile
library now stops outside every Tuesday, 10am to 1pm.</td></tr>
</tbody>
</table>
<h2>Recent improvements</h2>
<p>Self-service kiosks were installed at Central Library in May 2024, and the library is open
until 8pm on Thursdays.</p>
</main>
<aside>
<h2>Related pages</h2>
<ul>
<li><a href="/libraries/consultation">Library services consultation (closed 30 Sept 2024)</a></li>
<li><a href="/libraries/opening-hours">Opening hours</a></li>
</ul>
</aside>
<footer><p>Page last updated: 4 February 2025</p>
<p>&copy; 2025 Northfold Borough Council</p></footer>
</body>
</html>""",
        (
            expect("2025-02-10/2025-03-28", "elm", "park", planned=True),
            expect("2025-01-06/..", "orchard", "green"),
            expect("../2025-02", "reopen", planned=True),
            expect("2025-02-15", "central", planned=True),
            expect("1936", "hollins", "opened"),
            expect("2024-12-20", "hollins", "closed"),
            expect("2024-05", "kiosks"),
        ),
    ),
    Text(
        "copper-kettle-licensing-decision",
        "licensing committee's decision",
        None,
        """HARTSFIELD DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DETERMINATION
Licensing Act 2003 — Application for a Premises Licence
Premises: The Copper Kettle, 14 Mill Street, Hartsfield HF2 8PD
Applicant: Kettle & Co. Ltd
Hearing date: 6 August 2025
Members: Cllr J. Adeyemi (Chair), Cllr P. Marsh, Cllr S. Whitfield

1. The application
The application was received on 12 June 2025. It seeks permission to sell alcohol for
consumption on the premises from 11:00 to 23:00 Monday to Saturday and 12:00 to 22:30 on
Sunday, and to provide recorded music indoors.

2. Representations
Eleven representations from local residents were received during the consultation period,
which ran from 13 June to 10 July 2025. They raised noise from the rear yard and people
smoking in Mill Street late at night. Police officers visited the premises on or about
18 July and made no representation.

3. Background
The premises have operated as a café since 2016. A previous licence held by a different
operator was revoked in March 2012 following disorder.

4. Determination
Having heard the applicant, two residents and the licensing officer, the Sub-Committee
granted the application on 6 August 2025, subject to the conditions below. It considered the
licensing objectives and the council's Statement of Licensing Policy (2021).

5. Conditions
(a) The rear yard shall not be used by customers after 21:00.
(b) A noise management plan must be submitted no later than 29 August 2025.
(c) CCTV shall be kept in working order and recordings kept for 31 days.

The licence will take effect on 1 September 2025.

6. Right of appeal
Any party may appeal to the magistrates' court within 21 days of being notified of this
decision.

Signed: Cllr J. Adeyemi, Chair
Date of notice: 8 August 2025""",
        (
            expect("2025-06-12", "application", "received"),
            expect("2025-06-13/2025-07-10", "consultation"),
            expect("2025-07-18~", "police", "visited"),
            expect("2016/..", "café"),
            expect("2012-03", "revoked"),
            expect("2025-08-06", "granted"),
            expect("../2025-08-29", "noise", "plan", planned=True),
            expect("2025-09-01", "licence", "effect", planned=True),
        ),
    ),
    Text(
        "hesketh-thatching-history",
        "thatcher's history",
        None,
        """HESKETH & SON, MASTER THATCHERS
Three generations on the roofs of the Vale

My grandfather, Walter Hesketh, started thatching around 1931, when he was fourteen,
carrying bundles of long straw up the ladder for old Tom Pargeter of Little Wickham. Tom
paid him a shilling a day and taught him everything he knew.

After the war Walter set up on his own. His first big job was re-thatching the church of
St Mary, Ashcombe, in 1947 — still the only thatched church in the county. He and my father,
Dennis, formed W. Hesketh & Son in 1962, and between them they kept more than 400 roofs in the
Vale watertight.

The great storm of October 1987 tore the ridges off dozens of cottages in a single night. We
worked through that winter and well into the next summer to put them right.

In 1990, 1994 and 1999 my father won the long-straw class at the Master Thatchers'
Association competition. I took over the business in 2004, after twelve years as his
apprentice and labourer. We have used water reed from the Broadland beds since 2008, as well
as wheat straw grown for us by two farms near Ashcombe.

A well-laid long-straw roof lasts 25 to 30 years, and the ridge is usually renewed every 10
to 15. My daughter Amy, the fourth generation, will complete her apprenticeship in 2026.

For a free survey and quotation, call Mark Hesketh on 01380 724 556.
Member of the Master Thatchers' Association.""",
        (
            expect("1931~", "walter", "thatching"),
            expect("1947", "church"),
            expect("1962", "formed"),
            expect("1987-10", "storm"),
            expect("1990", "won"),
            expect("1994", "won"),
            expect("1999", "won"),
            expect("2004", "took", "business"),
            expect("2008/..", "water", "reed"),
            expect("2026", "apprenticeship", planned=True),
        ),
    ),
    Text(
        "mercia-vale-squash-fixtures",
        "squash league's fixtures list",
        date(2025, 9, 22),
        """MERCIA VALE SQUASH LEAGUE
Division 2 — Fixtures, first half of season
Issued by the Fixtures Secretary, 22/9

NOTES
* The AGM held on 2 September 2025 approved the new five-string format and the £12 match fee.
* Team sheets must reach the Fixtures Secretary by 30 September.
* Postponed matches must be played no later than 16 December. Unplayed matches will be
  awarded 3-0 to the team not at fault.
* Play starts at 7.00pm unless both captains agree otherwise.
* Beckbury joined the league in 2019 and are promoted to Division 2 this season.

FIXTURES (home team first)
  Tues. 7th Oct     Harrowgate A    v  Linfield          Harrowgate Leisure Centre
  Tues. 14th Oct    Linfield        v  Stoke Priory      Linfield Club
  Tues. 21st Oct    Stoke Priory    v  Harrowgate A      Priory Park Courts
  Thurs. 30th Oct   Beckbury        v  Linfield          Beckbury Sports Club
                    (rearranged from Tues. 28th: courts unavailable)
  Tues. 4th Nov     Harrowgate A    v  Beckbury          Harrowgate Leisure Centre

Second-half fixtures will be issued in December. Play-offs: 24–26 April 2026 at Stoke Priory.

Results to the Results Secretary by noon the day after the match:
  Tel. 07700 900 482 · results@merciavalesquash.example""",
        (
            expect("2025-09-02", "agm"),
            expect("../2025-09-30", "team", "sheets", planned=True),
            expect("../2025-12-16", "postponed", planned=True),
            expect("2019", "beckbury", "joined"),
            expect("2025-10-07", "harrowgate", "linfield", planned=True),
            expect("2025-10-14", "linfield", "priory", planned=True),
            expect("2025-10-21", "priory", "harrowgate", planned=True),
            expect("2025-10-30", "beckbury", "linfield", planned=True),
            expect("2025-11-04", "harrowgate", "beckbury", planned=True),
            expect("2025-12", "fixtures", "issued", planned=True),
            expect("2026-04-24/2026-04-26", "play-offs", planned=True),
        ),
    ),
)
