"""The two-hundred-and-thirty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an avalanche warning
service's bulletins, a sailing regatta report, a tidal energy press release, a Victorian
governess's diary of the 1860s, a dormouse nest tube survey, a glassworks' history, a transport
minister's ferry services statement, a museum's HTML gallery closures page, a licensing
committee's decision, a saddler's history and a hockey league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYEIGHTH_CORPUS",)


TWOHUNDREDTHIRTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "saule-bridge-barge",
        "wire story with a dateline",
        date(2024, 11, 14),
        """TARVIK, Nov 14 (Baltic Newswire) - A gravel barge struck a pillar of the Saule rail
bridge near Tarvik late on Tuesday, forcing the national railway to halt all traffic over the
Vilna River, operator Raudtee Group said on Thursday.

The barge, carrying about 2,300 tonnes of gravel downstream, hit the bridge at around
11:40 p.m. No one was injured. Divers inspected the damaged pillar on Wednesday and found
cracks up to 4 metres long below the waterline, the company said.

Chief executive Mart Kaljuste told reporters that trains would resume over a temporary
single track no later than November 29 and that a full repair was expected to be finished by
the end of March. Replacement buses will start running between Tarvik and Polva on Friday.

Prosecutors opened a criminal case on Thursday against the barge's captain, a 54-year-old
Latvian citizen, on suspicion of negligent navigation. His employer, Daugava Freight, could
not be reached for comment at +371 6700 1182.

The bridge carries some 40 trains a day, including most of the timber and fertiliser bound
for the port of Sillaste. Analysts at Norvik Bank put the loss to shippers at 1.5 million
euros a week. It is the third collision with the bridge since 2009 and the longest closure
since the floods of 2010.

The steel bridge opened in 1936, was blown up by retreating troops in 1944 and was rebuilt
in 1951.

(Reporting by Kadri Mets; Editing by Paul Whitfield)""",
        (
            expect("2024-11-12", "barge", "struck"),
            expect("2024-11-13", "divers", "inspect"),
            expect("../2024-11-29", "trains", "resume", planned=True),
            expect("../2025-03", "repair", planned=True),
            expect("2024-11-15", "buses", planned=True),
            expect("2024-11-14", "case"),
            expect("1936", "bridge", "open"),
            expect("1944", "blown"),
            expect("1951", "rebuilt"),
        ),
    ),
    Text(
        "hartwell-minstead-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Hartwell & Pryce to acquire Minstead Dairies for £48 million

LEEDSWORTH, England, 3 February 2025 /Wireline/ -- Hartwell & Pryce Foods plc (AIM: HPF), the
regional food wholesaler, today signed an agreement to acquire Minstead Dairies Ltd, a
family-owned maker of cheese and cultured butter, for £48 million in cash and shares.

The acquisition is subject to approval by the Competition Office and is expected to complete
no later than 30 April 2025. Integration of Minstead's distribution with Hartwell's own fleet
will begin on 1 May, the company said.

"Minstead has made cheese the same way since its founders bought their first herd in 1978,
and we intend to keep it that way," said chief executive Ruth Okafor. "Their Holt creamery,
which opened in September 2022, gives us capacity we could not build ourselves for years."

Hartwell & Pryce reported revenue of £612 million for 2024, up 12 percent, its fastest growth
since 2016. Minstead employs 140 people and sells 3,100 tonnes of cheese a year.

Hartwell & Pryce will host a call for investors and analysts on Thursday 6 February at 09:00
GMT. Dial-in: +44 20 7946 0388, access code 2025.

About Hartwell & Pryce
Hartwell & Pryce was founded around 1921 as a grocery in Leedsworth market and has been
listed on AIM since 2014. It supplies 4,800 shops, pubs and schools across the North of
England.

Media contact: Tom Brearley, tom.brearley@hartwellpryce.example, +44 113 496 0721

© 2025 Hartwell & Pryce Foods plc

###""",
        (
            expect("2025-02-03", "acquire"),
            expect("../2025-04-30", "complete", planned=True),
            expect("2025-05-01", "integration", planned=True),
            expect("1978", "herd"),
            expect("2022-09", "creamery"),
            expect("2025-02-06", "call", planned=True),
            expect("1921~", "founded"),
            expect("2014/..", "listed"),
        ),
    ),
    Text(
        "ellison-corwin-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEW HALDEN
SECOND DISTRICT

MARGARET ELLISON d/b/a ELLISON FLORAL, Plaintiff-Appellant,
v.
CORWIN PROPERTIES, LLC, Defendant-Appellee.

No. 2A-24-0317
Filed March 12, 2025

Appeal from the Superior Court of Dunmore County, Hon. Frances Albee, Judge.

OPINION

REYES, J.

[1] Margaret Ellison rented a ground-floor shop from Corwin Properties under a five-year
commercial lease signed on or about June 1, 2019. On August 14, 2021, a storm drain behind
the building overflowed and flooded the shop to a depth of some 30 inches. Ellison notified
Corwin in writing two days later and asked that the premises be restored under section 9 of
the lease.

[2] Corwin did not restore the shop. Instead, by a letter dated September 30, 2021, it
terminated the lease, citing the casualty clause. Ellison vacated the premises by October 31,
2021, and filed suit for breach of contract on March 3, 2022, seeking $186,400 in lost
profits and fixtures.

[3] The trial court granted summary judgment for Corwin on January 9, 2024, holding that the
casualty clause allowed termination whenever repairs would take more than 120 days. We heard
argument on November 6, 2024.

[4] We do not read the clause so broadly. Under the 1987 Commercial Tenancies Act, a landlord
who relies on a casualty clause bears the burden of showing that the condition it invokes was
met. Corwin offered no estimate of the repair time beyond the affidavit of its own manager,
who conceded that a contractor had quoted "about three months." That is a disputed fact.

[5] The judgment is reversed as to the breach-of-contract claim and affirmed in all other
respects. On remand, the trial court shall hold a hearing on damages no later than May 15,
2025.

Reversed in part, affirmed in part, and remanded.

KOWALSKI, C.J., and DEAN, J., concur.""",
        (
            expect("2019-06-01~", "lease", "sign"),
            expect("2021-08-14", "flood"),
            expect("2021-08-16", "notif"),
            expect("2021-09-30", "terminat"),
            expect("../2021-10-31", "vacat"),
            expect("2022-03-03", "suit"),
            expect("2024-01-09", "summary", "judgment"),
            expect("2024-11-06", "argument"),
            expect("../2025-05-15", "hearing", planned=True),
        ),
    ),
    Text(
        "brackenmoor-history",
        "encyclopedia history",
        None,
        """Brackenmoor

Brackenmoor is a market town and civil parish in the Harrowdale district of Westmarch,
England, on the River Skell. Population 4,903 (2021 census).

History

The church of St Ebba, the oldest building in the town, was possibly founded in 1120 by monks
from Fountwell Priory, although its earliest surviving masonry is of the 13th century.
Brackenmoor received a market charter in 1286. The town was largely burned in a Scottish raid
c. 1460, and little of the medieval town survives.

Lead mining on the moor began c. 1690 and dominated the local economy for two centuries. The
town hall on Market Street is said to have been built in 1790, though no building accounts
survive. The railway arrived in 1849, when the Skell Valley Railway opened a branch line from
Wendbury, and the population peaked at 6,412 in 1891.

The mines closed one by one between 1901 and 1908 as cheaper imported lead undercut local
production, and by 1931 the population had fallen below 4,000. Under the Local Government Act
1972 the town became part of Harrowdale district in 1974. The Brackenmoor Lead Mining Museum
opened in 1988 in the former smelt mill, and since 1993 the town has held a folk festival
every July.

See also
- List of market towns in Westmarch
- Skell Valley Railway

References
1. Pennock, R. (1968). A History of Brackenmoor. Wendbury: Skell Press. pp. 14-19.
2. Westmarch County Council (2004). Brackenmoor Conservation Area Appraisal.""",
        (
            expect("1120?", "church"),
            expect("1286", "charter"),
            expect("1460~", "burn"),
            expect("1690~", "mining"),
            expect("1790?", "hall"),
            expect("1849", "railway"),
            expect("1891", "population", "peak"),
            expect("1901/1908", "mines", "clos"),
            expect("../1931", "population", "fall"),
            expect("1974", "district"),
            expect("1988", "museum"),
        ),
    ),
    Text(
        "kestrel-rovers-ashby",
        "sports report",
        date(2025, 3, 9),
        """MATCH REPORT

Kestrel Rovers 3 Ashby Town 1

Ola Benn scored twice as Kestrel Rovers beat ten-man Ashby Town 3-1 at Holme Park on
Saturday, their first league win at the ground since 2017.

Benn, 23, who joined from Ferrow United in August 2023, opened the scoring in the 14th minute
with a low shot inside the near post and added a second from the penalty spot after 67
minutes. Lewis Hay pulled one back for Ashby before substitute Jamal Ofori made it 3-1 in
stoppage time.

Ashby's Dean Corr was sent off for a second booking just before half-time. The club's appeal
against the red card will be heard by the league's disciplinary panel on Thursday.

Rovers manager Petra Lind, appointed in January after the sacking of Gary Moss, has now taken
16 points from seven games. "We've found a way to win ugly, and at this stage of the season
I'll take it," she said.

The club announced on Friday that captain Sam Whitlock had signed a contract extension until
2027, ending talk of a move to the Championship.

The attendance was 8,214. Rovers host Ferrow United on Tuesday (kick-off 19:45) before the
County Cup quarter-final away to Brigham, scheduled for Saturday 22 March. Defender Kane Amos,
who has a hamstring injury, is expected to miss both games.

Kestrel Rovers: Pryce; Amadi, Holt, Farrell, Quinn; Ward, Whitlock (c), Dunne (Ofori 78);
Sykes, Benn, Mallory.""",
        (
            expect("2025-03-08", "Rovers", "Ashby"),
            expect("2023-08", "Benn", "join"),
            expect("2025-03-13", "appeal", planned=True),
            expect("2025-01", "Lind", "appoint"),
            expect("2025-03-07", "contract"),
            expect("2025-03-11", "Ferrow", planned=True),
            expect("2025-03-22", "quarter", planned=True),
        ),
    ),
    Text(
        "marlowe-finch-history",
        "company history",
        None,
        """Our history

Marlowe & Finch was founded in 1887 by Edwin Marlowe, a chemist, and his brother-in-law
Arthur Finch, who mixed writing ink in a rented cellar on Lister Lane, Bradmoor. Demand from
the town's mills and counting-houses grew quickly, and in 1894 the firm moved to the
three-storey works on Canal Street that it still occupies. It became a limited company in
1902.

Our best-known ink, Copperplate 1923, is still made to Arthur Finch's recipe, and we still
fill every bottle by hand on the second floor.

Between 1940 and 1945 the Canal Street works was requisitioned to make marking dyes for the
Admiralty. Around 1953 the company made its first ballpoint refills, and Edwin's grandson,
Geoffrey Marlowe, took over as managing director in 1961. By 1980 Marlowe & Finch inks were
exported to 40 countries.

In 1998 the family sold the company to the Dutch stationery group Vandertol, which kept the
brand, the recipes and the Bradmoor works. The works has been carbon-neutral since 2011,
powered by a water turbine on the canal and 640 solar panels on the roof.

Today we employ 312 people and make some 4.5 million bottles and cartridges a year. Looking
ahead, a second factory at Kellbrook is scheduled to open in 2026, giving us room to bring
our cartridge production back from contract fillers.

© Marlowe & Finch Ltd 2024 · Registered in England No. 00274512 · Canal Street, Bradmoor""",
        (
            expect("1887", "founded"),
            expect("1894", "moved"),
            expect("1902", "limited"),
            expect("1940/1945", "requisition"),
            expect("1953~", "ballpoint"),
            expect("1961", "Geoffrey"),
            expect("../1980", "export"),
            expect("1998", "sold"),
            expect("2011/..", "carbon"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "vessa-sample-return",
        "mission summary",
        None,
        """Kestrel Asteroid Sample Return - Mission Summary

Last updated: 12 March 2025

Overview
Kestrel is a sample return mission of the Eurasian Space Consortium (ESC) to the near-Earth
asteroid (2215) Vessa, a carbon-rich body about 900 metres across. Its main goals are to map
the asteroid, collect at least 10 g of surface material and return it to Earth.

Mission timeline
- Kestrel was launched on 14 October 2021 on a Vanta 2 rocket from the Korra spaceport.
- About 40 days after launch, the near-infrared spectrometer NIRS failed during a routine
  calibration; the team has since relied on the visible camera and the thermal imager.
- The spacecraft made an Earth flyby on 3 October 2022 at an altitude of 2,110 km.
- Kestrel arrived at Vessa on 19 June 2024, and the team released its first close-up images
  five days later.
- The sampling arm touched the surface on 2 December 2024 and collected an estimated 60 g of
  material, six times the minimum requirement.
- During solar conjunction, from 4 to 19 January 2025, no commands were sent to the
  spacecraft.
- Kestrel departed Vessa on 11 March 2025 after a 25-second firing of its ion engines.

Next steps
The return capsule is scheduled to land at the Kerrin Desert test range on 27 September 2027.
A decision on extending the mission to a second asteroid is expected by March 2026.

Key facts
Launch mass: 1,986 kg | Power: 2 x 11 m2 solar arrays | Mission cost: EUR 410 million""",
        (
            expect("2021-10-14", "launch"),
            expect("2021-11-23~", "fail"),
            expect("2022-10-03", "flyby"),
            expect("2024-06-19", "arrive"),
            expect("2024-06-24", "images"),
            expect("2024-12-02", "sampl"),
            expect("2025-01-04/2025-01-19", "conjunction"),
            expect("2025-03-11", "depart"),
            expect("2027-09-27", "capsule", "land", planned=True),
            expect("../2026-03", "decision", planned=True),
        ),
    ),
    Text(
        "oster-avian-influenza",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE, FOOD AND RURAL AFFAIRS

Statement by the Minister, Helen Achterberg, on avian influenza in Oster County

21 January 2025

On 14 January, laboratory tests confirmed highly pathogenic avian influenza H5N1 at a
commercial laying farm near Vellum, Oster County. It is the first case in the county since
November 2022.

A 3 km protection zone and a 10 km surveillance zone have been in place around the farm since
16 January. The culling of the farm's 38,000 birds was completed on 19 January, and cleaning
and disinfection are under way.

Yesterday I met representatives of the poultry and egg industry and of the veterinary
association in Vellum. I thanked them for their rapid cooperation and heard their concerns
about the cost of the restrictions.

To reduce the risk of further spread, a housing order requiring all poultry in Oster, Danby
and Wrenn counties to be kept indoors will take effect from 00:01 on Monday 27 January. The
national emergency committee will meet again on Thursday to review the risk level.

Farmers whose birds were culled are entitled to compensation under the Animal Health Act
1981. Applications must be submitted no later than 31 March 2025. Advice is available on the
helpline, 0300 020 0301, from 8:00 to 18:00 every weekday.

Members of the public should not touch sick or dead wild birds and should report them to the
helpline.

Ends""",
        (
            expect("2025-01-14", "confirm"),
            expect("2025-01-16/..", "zone"),
            expect("2025-01-19", "cull"),
            expect("2025-01-20", "industry"),
            expect("2025-01-27", "housing", planned=True),
            expect("2025-01-23", "committee", planned=True),
            expect("../2025-03-31", "applications", planned=True),
        ),
    ),
    Text(
        "halton-road-library",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Halton Road Library reopens after £3.2m refurbishment | Ashcombe Echo</title>
<script async src="https://cdn.echo-ads.example/tag.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/jobs">Jobs</a>
</nav>
<article>
<h1>Halton Road Library reopens after £3.2m refurbishment</h1>
<p class="byline">By Priya Sandhu, Local Democracy Reporter ·
<time datetime="2024-06-18T07:30:00+01:00">18 June 2024</time> ·
Updated <time datetime="2024-06-19T10:12:00+01:00">19 June 2024</time></p>
<figure>
<img src="/img/halton-library-1935.jpg" alt="The reading room with readers at long tables">
<figcaption>The reading room in 1935. Photo: Ashcombe Archives</figcaption>
</figure>
<p>Halton Road Library reopened to the public on Monday, twenty months after it closed for
repairs to its roof and heating.</p>
<p>The Grade II listed building, built in 1908 with a gift from the ironmaster Samuel Pike,
closed in October 2022 when water was found in the ceiling of the reading room. Ashcombe
Council said the building works were finished by the end of May, leaving three weeks to
return 46,000 books to the shelves.</p>
<p>The library was saved from closure in 2011 after a campaign by residents, who collected
9,000 signatures. "People never stopped asking when it would open," said librarian Moira
Kent.</p>
<p>A community café will open on 1 July, and Saturday opening hours will be extended from
7 September, Councillor Joan Mawer said.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2024/05/31/library-date">Library reopening date confirmed</a>
<time datetime="2024-05-31">31 May 2024</time></li>
<li><a href="/news/council-budget">Council budget 2024/25: what it means for you</a></li>
</ul>
</aside>
<footer>© 2024 Ashcombe Echo. All rights reserved.</footer>
<script>window.dataLayer = window.dataLayer || [];
dataLayer.push({section: "news", published: "2024-06-18"});</script>
</body>
</html>""",
        (
            expect("2024-06-17", "reopen"),
            expect("1908", "built"),
            expect("2022-10", "closed"),
            expect("../2024-05", "works"),
            expect("2011", "saved"),
            expect("2024-07-01", "caf", planned=True),
            expect("2024-09-07", "hours", planned=True),
        ),
    ),
    Text(
        "vessen-avalanche-bulletins",
        "avalanche warning bulletins",
        None,
        """VESSEN AVALANCHE WARNING SERVICE
Regional bulletin - Northern Vessen Alps

Issued: Fri 7 Feb 2025, 17:00 | Valid until: Sat 8 Feb 2025, 17:00
Danger level: 4 - HIGH above 1800 m, 3 - CONSIDERABLE below 1800 m

Snowfall began on Wednesday evening and has brought 80-110 cm of new snow above 2000 m,
with strong north-westerly winds forming deep drifts in gullies and on east-facing slopes.
Many natural avalanches were observed on Thursday in the Ralm valley, some reaching the valley
floor. The Oberfell road was closed at 09:30 this morning after a large avalanche covered it
near km 14.
Advice: Stay on open pistes and avoid all slopes steeper than 30 degrees.

----------------------------------------------------------------
Issued: Sat 8 Feb 2025, 17:00 | Valid until: Sun 9 Feb 2025, 17:00
Danger level: 3 - CONSIDERABLE

The danger level was lowered to 3 today as the snowpack began to settle, but fresh wind slabs
remain easy to trigger. A skier was caught by a slab avalanche below the Grauspitz at about
11:00 today and was dug out unhurt by companions. Controlled blasting on the slopes above
the Oberfell road is planned for Sunday morning.

----------------------------------------------------------------
Issued: Sun 9 Feb 2025, 17:00 | Valid until: Mon 10 Feb 2025, 17:00
Danger level: 3 - CONSIDERABLE above 2200 m, 2 - MODERATE below

The Oberfell road reopened at 14:00 today. Settling is good on sunny slopes below 2400 m. A
new front is forecast to arrive on Tuesday night with 30-50 cm of snow above 1500 m, and the
danger will rise again.

Bulletins are issued daily at 17:00 from December to April. Hotline +43 512 580 839.""",
        (
            expect("2025-02-05", "snowfall"),
            expect("2025-02-06", "avalanches"),
            expect("2025-02-07", "road", "closed"),
            expect("2025-02-08", "danger", "lower"),
            expect("2025-02-08", "skier"),
            expect("2025-02-09", "blasting", planned=True),
            expect("2025-02-09", "road", "reopen"),
            expect("2025-02-11", "front", planned=True),
        ),
    ),
    Text(
        "carrow-bay-week",
        "sailing regatta report",
        date(2025, 8, 14),
        """CARROW BAY WEEK - DAY 4 REPORT
Thursday 14 August

Tidemark wins both races as the breeze finally arrives

Paul Rennick's Tidemark (GBR 4417) won both races in the Class 1 fleet today and moves into
the overall lead of Carrow Bay Week with two days left to sail.

The regatta opened on Monday 11 August with a single race for the 62-boat fleet, and racing
on Tuesday was abandoned at 15:20 after the committee boat waited four hours for wind. At a
protest hearing on Wednesday evening, the international jury disqualified Sea Breeze from
race 2 for a port-and-starboard incident at the windward mark.

Today the south-westerly filled in at 12-18 knots, and the race committee sounded the first
warning signal at 10:55. Tidemark led at every mark of the first race and came from fifth to
win the second by 40 seconds. "We finally had a breeze the boat likes," said Rennick, 67, who
first sailed the regatta as a boy.

The final races are scheduled for Friday and Saturday, with the prize-giving at 18:00 on
Saturday at the Royal Carrow Yacht Club. Carrow Bay Week, first held, it is thought, in 1874,
has not had such light winds since 2003.

Results, Class 1 (after 5 races, 1 discard)
1. Tidemark (GBR 4417), Paul Rennick - 4 pts
2. Kittiwake (IRL 1998), Aoife Brennan - 9 pts
3. Sea Breeze (GBR 2012), Mark and Jo Tully - 12 pts""",
        (
            expect("2025-08-14", "Tidemark"),
            expect("2025-08-11", "regatta", "open"),
            expect("2025-08-12", "abandon"),
            expect("2025-08-13", "disqualif"),
            expect("2025-08-15", "race", planned=True),
            expect("2025-08-16", "race", planned=True),
            expect("2025-08-16", "prize", planned=True),
            expect("1874?", "held"),
        ),
    ),
    Text(
        "skerrow-tidal-first-power",
        "tidal energy press release",
        None,
        """PRESS RELEASE
EMBARGOED UNTIL 00:01 BST, TUESDAY 10 JUNE 2025

Skerrow Tidal delivers first power from Sound of Carran array

KIRKHAVEN, Orkmere - The first turbine of Skerrow Tidal Energy's 12 MW tidal stream array in
the Sound of Carran delivered power to the grid on 4 June, the company said today.

The 2 MW turbine, the first of six, was installed on the seabed between 14 and 28 April in a
series of slack-water operations from the heavy-lift vessel Storm Petrel. The project
received marine consent in 2019, and onshore construction began in March 2023.

The remaining five turbines are expected to be operational by the end of 2026, when the
array will produce enough electricity for about 9,000 homes. A second phase of 30 MW is
planned to begin construction in 2027, subject to a Contract for Difference in Allocation
Round 8.

The array will be formally opened by the First Minister, Alasdair Greig, on 3 July.

"The Sound of Carran has some of the fastest tides in Europe, reaching 4.2 metres a second,"
said chief executive Morag Tulloch. "Today shows that power from them is no longer a
promise."

Notes to editors
1. Skerrow Tidal Energy Ltd was founded in 2012 in Kirkhaven and has tested turbines at sea
   since 2016.
2. Images and video are available at skerrowtidal.example/press.

Media contact: Fiona Rae, +44 1856 555 0142, press@skerrowtidal.example

ENDS""",
        (
            expect("2025-06-04", "power"),
            expect("2025-04-14/2025-04-28", "install"),
            expect("2019", "consent"),
            expect("2023-03", "construction"),
            expect("../2026", "operational", planned=True),
            expect("2027", "phase", planned=True),
            expect("2025-07-03", "open", planned=True),
            expect("2012", "founded"),
            expect("2016/..", "test"),
        ),
    ),
    Text(
        "governess-diary-1863",
        "governess's diary",
        None,
        """From the diary of Miss Harriet Lowell, governess

1863.

Jan. 5th. Mon. Arrived at Hatherley Grange this afternoon by the 2.15 from Derby, very tired
& cold. Mrs. Ashby kind but grave. My room is at the top of the house & looks on the park.

Thurs. 8th. Began lessons with Miss Clara & Master Edwd.--French, the globes, & a little
drawing. Clara quick, Edwd. idle & sulky when corrected.

Sat. 17th. A letter from dear Mamma at last. Papa much better & able to sit up an hour in
the afternoons. I must send her something from my quarter's money when it comes.

Sun. 18th. To church twice with the children. Mr. Pell preached on the talents, 45 minutes
by Edwd.'s watch, & Edwd. was made to write out the text after tea.

Thurs. 22nd. Clara feverish with a cold; Dr. Rowe called & ordered her to bed. Read to her
all afternoon. It is five years now since I went first into a situation, at Mrs. Crane's in
'58, & I have never been so far from home nor so much alone.

Feb. 2nd. Mon. Came up to Town with the family by the early train. The house in Brook St.
is dark & smells of paint, & the schoolroom looks on a wall.

Fri. 6th. My birthday--six & twenty. Clara gave me a pen-wiper of her own making & I was
very near crying.

Sat. 7th. Mrs. A. says a dancing master is to come to the children on Monday the 9th, & I
am to sit in & play for them. 3 guineas the dozen lessons.""",
        (
            expect("1863-01-05", "arrive"),
            expect("1863-01-08", "lessons"),
            expect("1863-01-17", "letter"),
            expect("1863-01-18", "church"),
            expect("1863-01-22", "Rowe"),
            expect("1858", "Crane"),
            expect("1863-02-02", "Town"),
            expect("1863-02-06", "birthday"),
            expect("1863-02-09", "dancing", planned=True),
        ),
    ),
    Text(
        "pellow-wood-dormice",
        "dormouse nest tube survey",
        None,
        """PELLOW WOOD HAZEL DORMOUSE SURVEY
Nest tube monitoring - 2024 season summary

Site: Pellow Wood (SX 4127 6630), 6.2 ha ancient semi-natural woodland
Surveyor: Dr Anna Kemble, under Natural England licence 2022-61234-SCI-SCI
Report compiled: 2 December 2024

1. Methods
Fifty nest tubes were put up along two transects on 12 April 2024, at 20 m intervals, tied
to the underside of horizontal hazel and bramble stems at 1-1.5 m height. Tubes were checked
on 14 May, 18 June, 20 August and 17 September. The July check was missed because the access
track was flooded. Checks otherwise follow the standard monthly protocol, April to November.

2. Results

Check   Tubes with nests   Dormice seen
May     0                  0
June    2                  0
Aug     5                  1
Sept    7                  5

The first nest, a woven ball of stripped honeysuckle bark, was found on 18 June. The first
dormouse, an adult female of 21 g, was found in tube B17 on 20 August. At the September check
the same tube held a litter of four young, their eyes not yet open (about 14-16 days old).

The tubes were taken down on or about 5 November 2024, after leaf fall.

3. Discussion
Pellow Wood has been surveyed with nest tubes since 2019. Seven nests is the best count in
any year so far, and the breeding record is the first for the wood. The hazel coppice cut in
compartment 3 should provide good feeding within three to five years.

4. Next season
The tubes will be redeployed by 30 April 2025, with ten extra tubes along the new hedge.""",
        (
            expect("2024-04-12", "tubes"),
            expect("2024-05-14", "check"),
            expect("2024-06-18", "check"),
            expect("2024-08-20", "check"),
            expect("2024-09-17", "check"),
            expect("2024-06-18", "nest"),
            expect("2024-08-20", "dormouse"),
            expect("2024-09-17", "litter"),
            expect("2024-11-05~", "taken"),
            expect("2019/..", "survey"),
            expect("../2025-04-30", "redeploy", planned=True),
        ),
    ),
    Text(
        "pellingford-glassworks",
        "glassworks history",
        None,
        """Pellingford Glassworks: A Short History

Glassmaking at Pellingford perhaps began in 1680, but no furnace of that date has been found,
and the Huguenot Dutoit family, long named as its founders, appear in the parish books only
as dealers in sand "by the sand pitt". The brick cone that
dominates the site was built c. 1745 and is one of only four such cones surviving in England.

In 1791 the works was bought by Josiah Tallant, a Stourwick merchant, whose family ran it for
140 years. A fire on 9 November 1812 destroyed the cutting shop and the warehouse, but the
cone survived. Under Tallant & Sons the works made bottles and window glass and, in the
1850s, lenses for lighthouses.

Competition from machine-made bottles from the Continent ate into the firm's trade, and the
works closed in 1931. The cone was listed as a scheduled monument in 1968, after a campaign
by the Pellingford Society, and it was restored between 2004 and 2009 with £2.7 million from
the Heritage Fund. The Pellingford Glass Museum opened in the restored cone in 2010.

In 2023 the furnace was relit for the first time since 1931, and glassblowers now work in
the cone from Wednesday to Sunday, 10.30 to 16.00. A new studio for resident artists is
scheduled to open in September 2026.

Visiting: adults £9, children free. The cone is 24 metres high; the climb to the gallery has
118 steps.""",
        (
            expect("1680?", "glass"),
            expect("1745~", "cone", "built"),
            expect("1791", "bought"),
            expect("1812-11-09", "fire"),
            expect("1931", "closed"),
            expect("1968", "listed"),
            expect("2004/2009", "restor"),
            expect("2010", "museum"),
            expect("2023", "furnace"),
            expect("2026-09", "studio", planned=True),
        ),
    ),
    Text(
        "western-isles-ferries",
        "ministerial ferry statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Ferry services to the Western Isles
Minister for Transport and Islands, Rhona Gillespie MSP
4 September 2025

Presiding Officer,

I wish to update Parliament on the disruption to lifeline ferry services on the Little
Minch routes, and on the steps the Government and Caledonian Island Ferries are taking.

The MV Isle of Carran was withdrawn from service on 22 August after a gearbox failure on
passage from Uig. Engineers have traced the fault to a cracked bearing housing, and repairs
are expected to be completed by 19 September.

To restore capacity, the chartered vessel MV Nordlys entered service on the Uig-Tarbert
route on Monday, carrying up to 140 cars a day. Sailings to Lochmaddy continue on a reduced
timetable of two return crossings a day.

The new vessel MV Glen Ard, ordered in 2019 from Clydeport Marine, was delivered on 28 July
after three years of delays. She is now in crew familiarisation and will enter service on
the Uig-Lochmaddy route no later than 31 October.

The winter timetable will run from 26 October 2025 to 28 March 2026. Fares on all lifeline
routes have been frozen since April 2023 and will remain so for the whole winter.

Cancellations in August were the highest for that month since 2016, and I recognise the
hardship this has caused to island businesses and families. Islanders can claim refunds on
0800 066 5000 or at any terminal.

I will update Parliament again on 1 October.

Rhona Gillespie MSP
Minister for Transport and Islands""",
        (
            expect("2025-08-22", "withdrawn"),
            expect("../2025-09-19", "repair", planned=True),
            expect("2025-09-01", "Nordlys"),
            expect("2019", "order"),
            expect("2025-07-28", "deliver"),
            expect("../2025-10-31", "Glen", "service", planned=True),
            expect("2025-10-26/2026-03-28", "timetable", planned=True),
            expect("2023-04/..", "fares"),
            expect("2025-10-01", "Parliament", planned=True),
        ),
    ),
    Text(
        "harwick-gallery-closures",
        "museum HTML closures page",
        None,
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Gallery closures and changes | Harwick Museum of Art and History</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
<header>
<nav aria-label="Main">
<ul>
<li><a href="/visit">Visit</a></li>
<li><a href="/whats-on">What's on</a></li>
<li><a href="/collections">Collections</a></li>
<li><a href="/support">Support us</a></li>
</ul>
</nav>
</header>
<main>
<h1>Gallery closures and changes</h1>
<p class="meta">Last updated <time datetime="2025-05-12">12 May 2025</time></p>
<p>Some galleries are closed for repairs or changes to displays. Please check this page
before you visit.</p>
<section>
<h2>Closed now</h2>
<ul>
<li><strong>Gallery 4, Ceramics</strong> closed on <time datetime="2025-01-06">6 January
2025</time> for roof repairs and will reopen later in the year.</li>
<li><strong>East Wing lift</strong> has been out of service since
<time datetime="2025-04-28">28 April 2025</time>. Galleries 14-16 can be reached by the
stairs only. For step-free help, call 01632 960 418.</li>
</ul>
</section>
<section>
<h2>Coming up</h2>
<ul>
<li><strong>Gallery 12, Textiles</strong> will be closed from Monday 19 May to Friday
23 May 2025 while the costume cases are reinstalled.</li>
<li><strong>Gallery 2, Silver</strong>, which opened in 1962, will close permanently on
<time datetime="2025-06-01">1 June 2025</time> ahead of the Sculpture Court redevelopment.
The new Sculpture Court is expected to open by the end of 2027.</li>
</ul>
</section>
<section>
<h2>Recently reopened</h2>
<p>Gallery 7, Natural History, reopened on Friday 2 May 2025 after a six-month refit, with
its 1,860 bird specimens back on display.</p>
<figure>
<img src="/media/gallery7-1911.jpg" alt="Gallery 7 with glass cases">
<figcaption>Gallery 7 in 1911, before its first refit. © Harwick Museums</figcaption>
</figure>
</section>
<p>Late opening: we are open until 21:00 on the first Friday of every month.</p>
</main>
<footer>
<p>Related: <a href="/press/2025-04-14-sculpture-court">Sculpture Court plans approved
(press release, 14 April 2025)</a></p>
<p>&copy; 2025 Harwick Museums Trust. Registered charity no. 1098765.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-06", "Ceramics"),
            expect("2025-04-28/..", "lift"),
            expect("2025-05-19/2025-05-23", "Textiles", planned=True),
            expect("1962", "Silver", "open"),
            expect("2025-06-01", "Silver", "close", planned=True),
            expect("../2027", "Sculpture", planned=True),
            expect("2025-05-02", "reopen"),
        ),
    ),
    Text(
        "anchor-vaults-licence",
        "licensing committee decision",
        None,
        """EASTMERE BOROUGH COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DETERMINATION

Licensing Act 2003 - Application to vary a premises licence (section 34)

Premises:       The Anchor Vaults, 14 Quay Street, Eastmere EM2 4QT
Applicant:      Harbourside Inns Ltd
Hearing:        17 October 2024, Committee Room 2, Town Hall
Members:        Cllr P. Danso (Chair), Cllr R. Whitcombe, Cllr S. Yeo
Date of notice: 21 October 2024

1. The application, received on 2 August 2024, sought to extend the hours for the sale of
alcohol on Fridays and Saturdays from 23:00 to 01:30 and to permit live music indoors until
00:30.

2. The premises licence was first granted in 2005. Mr Karl Oduya has been the designated
premises supervisor since March 2019.

3. Representations were received from Eastmere Police on 28 August 2024 and from 11 local
residents. The Council's environmental protection team recorded noise complaints about the
premises on 3, 10 and 24 May 2024.

4. The Sub-Committee heard the application on 17 October 2024. It heard from Ms Lena Park,
solicitor for the applicant, from PC Dawn Ellery for the police and from three residents.

5. Decision. The Sub-Committee has decided to grant the application in part. The sale of
alcohol on Fridays and Saturdays may continue until 00:30, and live music must end by 23:00.
Doors and windows must be kept closed after 21:00. The varied licence will take effect on
1 November 2024.

6. Right of appeal. The applicant, or any person who made a relevant representation, may
appeal to the magistrates' court within 21 days of this notice, that is no later than
11 November 2024.

Signed: J. Morrow, Licensing Manager, on behalf of the Sub-Committee""",
        (
            expect("2024-08-02", "application", "receiv"),
            expect("2005", "granted"),
            expect("2019-03/..", "supervisor"),
            expect("2024-08-28", "representation"),
            expect("2024-05-03", "noise"),
            expect("2024-05-10", "noise"),
            expect("2024-05-24", "noise"),
            expect("2024-10-17", "hear"),
            expect("2024-11-01", "effect", planned=True),
            expect("../2024-11-11", "appeal", planned=True),
        ),
    ),
    Text(
        "harrow-saddlers-history",
        "saddler's history",
        None,
        """J. HARROW & SON
Saddlers and Harness Makers · Market Place, Wendbury · Est. c. 1840

Our Story

The workshop behind our shop is older than the business. A saddler may have worked there
before James Harrow, perhaps in 1820, for an awl and a half-moon knife of that period were
found under the floorboards when we relaid them.

James Harrow, a journeyman from Walsall, set up on his own in Sheep Street circa 1840, making
cart harness for the farms of the vale. His son Thomas joined him in 1866, and the sign
"J. Harrow & Son" went up the following year. The shop moved to 22 Market Place in 1902, and
our 1902 Hunter saddle is still made to the pattern Thomas drew for the new premises.

After the war, with the farm horses gone, Thomas's granddaughter Edith Harrow took over in
1947 and turned the business to riding saddles, running it for twenty-four years with two
apprentices and a treadle machine that is still in use.

We have made and fitted the saddles of the Fenmoor Hunt since 1988. Lucy Harrow-Bell, 41,
Edith's great-niece and a Master Saddler, took over the business in 2015.

Looking ahead: the workshop will move to the Old Tannery on Mill Lane by the end of 2026,
giving us room to train three more apprentices. The shop will stay in Market Place.

Opening hours: Tues-Sat 9.00-17.00 · Tel. 01386 552 190""",
        (
            expect("1820?", "saddler"),
            expect("1840~", "James"),
            expect("1866", "Thomas", "join"),
            expect("1867", "sign"),
            expect("1902", "moved"),
            expect("1947", "Edith"),
            expect("1988/..", "Fenmoor"),
            expect("2015", "Lucy"),
            expect("../2026", "Tannery", planned=True),
        ),
    ),
    Text(
        "midland-hockey-fixtures",
        "hockey fixtures list",
        date(2025, 1, 24),
        """MIDLAND WOMEN'S HOCKEY LEAGUE
Division 2 - Fixtures list No. 7
Issued Friday 24 January

All matches to push back at the times shown. Home clubs appoint umpires. Results to be
texted to the fixtures secretary on 07700 900 412 by 18:00 on match day.

Date         Time   Home                Away           Venue
Sat 1 Feb    12:00  Wexham              Carlow Park    Wexham Academy (2G)
Sat 1 Feb    13:30  Ilford Vale         Stanmoor       Vale Sports Centre
Sun 2 Feb    11:00  CUP R2: Redbridge   Hadley         Redbridge Park
Sat 8 Feb    12:30  Stanmoor            Wexham *       Stanmoor Rec
Sat 15 Feb   14:00  Carlow Park         Ilford Vale    Carlow Park School
Sat 22 Feb   -      No league fixtures: Cup semi-finals (draw to follow)

* Rearranged fixture. The original match was postponed on 18 January because of a frozen
pitch.

Notes
- Player registrations for the rest of the 2024/25 season must be submitted no later than
  28 February.
- The league AGM will be held on Tues. 4 March at 19:30 in the Stanmoor clubhouse.
- Teams fielding an unregistered player will be fined £50 and lose the match 5-0.

Fixtures Secretary: Gail Hutton""",
        (
            expect("2025-02-01", "Wexham", "Carlow", planned=True),
            expect("2025-02-01", "Ilford", "Stanmoor", planned=True),
            expect("2025-02-02", "Redbridge", "Hadley", planned=True),
            expect("2025-02-08", "Stanmoor", "Wexham", planned=True),
            expect("2025-02-15", "Carlow", "Ilford", planned=True),
            expect("2025-02-22", "semi", planned=True),
            expect("2025-01-18", "postpone"),
            expect("../2025-02-28", "registration", planned=True),
            expect("2025-03-04", "AGM", planned=True),
        ),
    ),
)
