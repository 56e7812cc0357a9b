"""The two-hundred-and-twenty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a volcano observatory's
activity updates, a cyclo-cross report, a desalination plant press release, a whaling
captain's letters of the 1850s, an otter spraint survey, a paper mill's history, a housing
minister's building safety statement, a botanic garden's HTML glasshouse closures page, an
information commissioner's decision notice, a glassblower's history and a darts league's
fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYTHIRD_CORPUS",)


TWOHUNDREDTWENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrava-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KESTRAVA, Oct 9 (Northgate Press) - Dockworkers at the port of Kestrava returned to work
on Tuesday, ending a nine-day strike that had left more than 60 container ships waiting at
anchor off the coast, the port authority said.

The strike began on September 30 after talks on a new wage agreement collapsed. Negotiators
reached a deal late on Monday night under which wages will rise by 12.5 percent over two
years, with the first increase taking effect January 1.

Members of the Kestrava Dockers' Union will vote on the agreement on Friday. Marek Halas,
who has headed the union since 2016, said he expected it to pass "by a wide margin".

The port operator, Kestrava Terminals, filed a complaint with the labour court on Monday
seeking damages from the union, a company spokeswoman said. She declined to give a figure.

Shipping agents said the backlog of ships should be cleared by the end of October. The port
normally handles about 340 ships a month, and this was the longest stoppage there since 1996.

Kestrava Terminals, which runs the port under a 40-year concession, was created when the
port was privatised in 2008. Cargo volumes last year were the highest since 2019, at 2.1
million containers.

(Reporting by Dana Korvel; Editing by Phil Masters)""",
        (
            expect("2024-10-08", "return"),
            expect("2024-09-30", "strike", "began"),
            expect("2024-10-07", "deal"),
            expect("2025-01-01", "increase", planned=True),
            expect("2024-10-11", "vote", planned=True),
            expect("2016/..", "union"),
            expect("2024-10-07", "complaint"),
            expect("../2024-10", "backlog", planned=True),
            expect("2008", "privatis"),
        ),
    ),
    Text(
        "harrowfield-film-line",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowfield Bioplastics opens compostable film line at Leedsworth

LEEDSWORTH, England, 2 April 2025 /PRWire/ -- Harrowfield Bioplastics Ltd, a maker of
plant-based packaging films, today opened its new compostable film line at its Leedsworth
site, doubling the company's output to 18,000 tonnes a year.

Construction of the 6,400 square metre hall began in May 2023. The line is expected to
reach full capacity by the end of September, and a second line is scheduled to start
production in March 2026.

"Demand for home-compostable film is the strongest we have seen since 2019," said chief
executive Priya Oakes. "Our customers want packaging that breaks down in a garden compost
bin within 26 weeks, and this line lets us give them that."

Harrowfield has supplied own-brand bread and salad bags to Grenmore supermarkets since 2017.
Ms Oakes will present the new film at the Packworld trade fair in Hallburg on 14 May.

About Harrowfield Bioplastics
Founded in 2011 by Priya Oakes and Martin Leigh, Harrowfield Bioplastics employs 210 people
in Leedsworth and Ottersby. Its films are certified to EN 13432.

Media contact:
Helen Marsh, +44 (0)113 496 0718, press@harrowfield-bio.example

(c) 2025 Harrowfield Bioplastics Ltd. All rights reserved.

###""",
        (
            expect("2025-04-02", "line", "open"),
            expect("2023-05", "construction"),
            expect("../2025-09", "capacity", planned=True),
            expect("2026-03", "second", "line", planned=True),
            expect("2017/..", "suppl"),
            expect("2025-05-14", "packworld", planned=True),
            expect("2011", "founded"),
        ),
    ),
    Text(
        "brindle-v-fairmart",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH ARDEN

DOROTHY BRINDLE, Appellant,
v.
FAIRMART STORES, INC., Appellee.

No. 23-0417
Filed March 3, 2025

Appeal from the District Court of Colter County, Hon. Ruth Amsel, Judge.

OPINION

HAVERLY, Judge.

Dorothy Brindle appeals from the summary judgment entered against her on her premises
liability claim. We reverse and remand.

I. BACKGROUND

On or about June 12, 2021, Brindle slipped on spilled liquid soap in aisle 7 of the
Fairmart store on Route 40 in Colter and fractured her wrist. Fairmart's written sweep
policy, in effect since March 2018, required an employee to walk every aisle once each hour
and to record the time on a log. The log for that morning shows an entry at 9:15 a.m. and
none after it; Brindle fell shortly before 11:00 a.m.

Brindle filed suit on January 18, 2022, alleging that Fairmart had constructive notice of
the spill. The store manager, Greg Oyelaran, was deposed on May 4, 2023, and testified that
the store was short-staffed that day. On August 30, 2023, the district court granted
Fairmart's motion for summary judgment, holding that Brindle had offered no evidence of how
long the soap had been on the floor. Brindle filed her notice of appeal on September 21,
2023. We heard oral argument on November 6, 2024.

II. DISCUSSION

Summary judgment is proper only when there is no genuine issue of material fact. Pell v.
Danbury Grain Co., 312 N.A.3d 88, 91 (N. Ard. 2017). Under the 2019 Premises Liability
Reform Act, a store owner's own inspection records may support an inference of how long a
hazard existed. A gap of nearly two hours in a log that should show an entry every hour is
evidence from which a jury could find that Fairmart should have discovered the spill.

III. CONCLUSION

The judgment of the district court is reversed, and the case is remanded for trial.

REVERSED AND REMANDED.""",
        (
            expect("2021-06-12~", "slip"),
            expect("2018-03/..", "policy"),
            expect("2022-01-18", "suit"),
            expect("2023-05-04", "depos"),
            expect("2023-08-30", "summary", "judgment"),
            expect("2023-09-21", "appeal"),
            expect("2024-11-06", "argument"),
        ),
    ),
    Text(
        "oldmere-town-history",
        "encyclopedia history",
        None,
        """Oldmere

Oldmere is a market town and civil parish in the county of Wendshire, England, on the River
Lenn. At the 2021 census it had a population of 11,482.

History

A settlement is first recorded as Aldemere in a charter of about 1140, when the manor
belonged to the bishops of Carwick. Oldmere Priory is said to have been built in 1190 by
Walter de Brey, although no building of that date survives. The parish church of St
Brannoc was begun perhaps in 1210 and enlarged in the 15th century.

Henry III granted the town a charter for a weekly market and an annual fair in 1253. The
market is still held every Thursday. A fire in 1702 destroyed much of the town centre, and
most of the buildings on Sheep Street date from the rebuilding that followed.

The Oldmere and Carwick Railway opened its station on the north side of the town in 1851.
Population grew fastest in the 1880s, when two tanneries and a brush works were built near
the wharf. Between 1914 and 1918 the former priory house served as an auxiliary military
hospital. The station closed in 1964 and the line was lifted the following year.

The town has grown since the 1970s as a commuter settlement for Carwick. A bypass to take
through traffic off the High Street is expected to open in 2027.

See also
 List of market towns in Wendshire

References
 1. Carter, J. (1988). A History of Oldmere. Carwick: Lenn Press. p. 42.
 2. "Oldmere Conservation Area Appraisal" (PDF). Wendshire District Council. 2015.""",
        (
            expect("1140~", "recorded"),
            expect("1190?", "priory", "built"),
            expect("1210?", "church"),
            expect("1253", "market"),
            expect("1702", "fire"),
            expect("1851", "station", "open"),
            expect("1914/1918", "hospital"),
            expect("1964", "station", "closed"),
            expect("1965", "lifted"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "ashvale-rovers-corran",
        "sports report",
        date(2024, 11, 17),
        """RUGBY UNION | PREMIER DIVISION

Ashvale Rovers 24 Corran Bay 17

Reddin's late try ends Corran hoodoo

By Sam Treloar
Sunday Herald, 17 November

Tom Reddin's try four minutes from time gave Ashvale Rovers their first win at Corran Park
since 2009 yesterday and kept them top of the Premier Division.

Rovers, unbeaten since their opening-day defeat, have now won eight in a row. They were
without captain Luke Amadi, who injured a hamstring in the win over Pellow on 2 November.
Head coach Mark Dunstan, appointed in June 2022, said Amadi is expected to return for the
Challenge Cup tie at Trewin on 30 November.

Corran led 17-10 at half-time through tries from wing Josh Pascoe and No 8 Ben Tully, and a
crowd of 6,812 sensed a first home win over Rovers in 15 years. But the visitors' pack took
control after the break. Prop Kieran Vosper was driven over in the 58th minute, Reddin
converted his own try in the 76th, and Corran could not find a way back.

Before kick-off both sides stood for a minute's silence in memory of former Corran chairman
Alf Gorley, who died on Tuesday aged 81.

"I've won the league here in my head a hundred times," said Dunstan, whose side last won the
title in 1998. "Today it felt close to real."

Rovers host Dunmarsh at the Ashvale Ground on Saturday (kick-off 3pm).

Corran Bay: Pascoe; Hale, Mordue, Kitto, Penrose; Jory, Yelland; ...
Ashvale Rovers: Reddin; Moss, Dearlove, Finch, Ashby; Clegg, Sumner; ...
Referee: P. Gannon""",
        (
            expect("2024-11-16", "corran"),
            expect("2024-11-02", "injur"),
            expect("2022-06", "appointed"),
            expect("2024-11-30", "return", planned=True),
            expect("2024-11-12", "gorley"),
            expect("1998", "title"),
            expect("2024-11-23", "dunmarsh", planned=True),
        ),
    ),
    Text(
        "teller-ropemakers-history",
        "company history",
        None,
        """Teller & Sons - Our history

1868 - 1939
Josiah Teller founded the firm in 1868 with a single rope walk on the marshes at Brackwater,
making hawsers for the fishing fleet. The business moved to larger premises on Quay Street
c. 1885, where the 300-yard rope walk still stands. It was incorporated as Teller & Sons Ltd
in 1902, by which time it employed 140 people.

1939 - 1972
Between 1939 and 1945 the works made cargo nets and towing lines for the Admiralty. On 14
February 1957 a fire gutted the tarring house, and production moved to temporary sheds for
eighteen months. Teller & Sons was listed on the Ellesmouth Stock Exchange in 1972.

1972 - today
Synthetic fibres replaced manila and hemp during the 1970s. The firm was acquired by Norland
Group in 2004 and kept its name. Since 2012 all braiding has been done at Harwick, while the
Quay Street walk makes heritage ropes for museum ships and film sets.

A new line for recycled-polyester mooring ropes is expected to start production in 2026.

Teller & Sons Ltd - Quay Street, Brackwater BW3 1TL - 01632 960 442
(c) 2024 Teller & Sons. Registered in England No. 00072141.""",
        (
            expect("1868", "founded"),
            expect("1885~", "moved"),
            expect("1902", "incorporated"),
            expect("1939/1945", "admiralty"),
            expect("1957-02-14", "fire"),
            expect("1972", "listed"),
            expect("2004", "acquired"),
            expect("2012/..", "braiding"),
            expect("2026", "line", planned=True),
        ),
    ),
    Text(
        "lumen-2-mission-summary",
        "mission summary",
        None,
        """LUMEN-2 LUNAR ORBITER - MISSION SUMMARY

Agency: Aldran Space Agency (ASA)
Mission type: lunar polar orbiter (mapping, volatiles)
Launch mass: 1,850 kg
Orbit: 100 km polar, period 117 min

Background
A second Lumen mission was first proposed, possibly in 2014, by the planetary science group
at Tarrow University. ASA selected it in 2016 from eleven candidate missions.

Mission timeline
- Launch: 3 February 2022, on a Corvid-2 rocket from the Moreau launch site.
- Lunar orbit insertion: 9 March 2022, after a 34-day transfer.
- First global mapping data released to the public in August 2022.
- The primary mission ended on 30 June 2023 after 2,400 orbits.
- On 17 October 2023 a star tracker fault put the spacecraft into safe mode. Science
  operations resumed eleven days later on the backup tracker.

Results
The neutron spectrometer found hydrogen in permanently shadowed craters near the south pole
at concentrations up to three times those measured by Lumen-1. The laser altimeter has
mapped 98 per cent of the surface at 5 m resolution, and the thermal camera recorded the
lowest temperature yet measured on the Moon, 29 K, in Hallam crater.

Future
The spacecraft's fuel is expected to last until late 2025. ASA plans to deorbit Lumen-2 onto
the far side no later than 31 December 2025, and a final data release is scheduled for June
2026.

Mission page maintained by ASA Public Affairs. Page reviewed 2024.""",
        (
            expect("2014?", "proposed"),
            expect("2016", "selected"),
            expect("2022-02-03", "launch"),
            expect("2022-03-09", "orbit"),
            expect("2022-08", "mapping"),
            expect("2023-06-30", "mission", "end"),
            expect("2023-10-17", "safe"),
            expect("2023-10-28", "resum"),
            expect("../2025-12-31", "deorbit", planned=True),
            expect("2026-06", "release", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        None,
        """DEPARTMENT OF WATER AND ENVIRONMENT

Statement by the Minister for Water, Hon. Clara Nyberg, on drought measures

11 July 2025

Following the driest spring in the eastern region since records began, I am today setting
out further steps to protect public water supplies.

The Department declared drought status for the Eastern and Midland regions on 30 June. Since
then conditions have worsened. Storage at the Carrow and Halden reservoirs fell to 41 per
cent of capacity on 7 July, against a seasonal average of 68 per cent.

The National Drought Committee met yesterday and advised that a temporary use ban is now
needed. A ban on the use of hosepipes and sprinklers for gardens, car washing and filling
private pools will take effect on 18 July in both regions. Fines of up to $1,000 apply under
the 2010 Water Management Act.

Water utilities must submit revised drought plans to the Department no later than 1 August.
Those plans must show how leakage will be cut; utilities in the two regions lose about 19
per cent of treated water every year.

The new pipeline between Halden and the Ostby treatment works came into service on 2 July
and is now moving 40 million litres a day to the towns worst affected.

I will visit the Carrow reservoir and the Ostby works on Monday to meet the teams there. The
Department will complete a review of the drought response by the end of September and will
publish it.

Media enquiries: 02 6140 3377""",
        (
            expect("2025-06-30", "drought"),
            expect("2025-07-07", "reservoir"),
            expect("2025-07-10", "committee"),
            expect("2025-07-18", "ban", planned=True),
            expect("../2025-08-01", "plans", planned=True),
            expect("2025-07-02", "pipeline"),
            expect("2025-07-14", "visit", planned=True),
            expect("../2025-09", "review", planned=True),
        ),
    ),
    Text(
        "brindley-library-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brindley Library reopens after 16-month refurbishment | Wendshire Gazette</title>
<script async src="/js/analytics.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/notices">Notices</a>
</nav>
<article>
<h1>Brindley Library reopens after 16-month refurbishment</h1>
<p class="byline">By Anna Feld &middot; <time datetime="2024-05-21T07:30">21 May 2024</time>
  &middot; Updated <time datetime="2024-05-21T12:05">12:05</time></p>
<figure>
  <img src="/img/brindley-reading-room-1910.jpg" alt="The reading room in c. 1910">
  <figcaption>The reading room in c. 1910. Photo: Wendshire Archives</figcaption>
</figure>
<p>Brindley Library reopened on Monday, with more than 400 people through the doors
before lunchtime.</p>
<p>The library, which opened in 1909, closed in January 2023 after water from a leaking
roof damaged the ceiling of the reading room. Work on the new roof and lift began in April
2023.</p>
<p>A mobile library ran from 6 February 2023 to 17 May 2024, stopping in the market square
twice a week.</p>
<p>Councillors expect the new caf&eacute; to open by the end of June, and a children's
garden is planned for 2025. The council's cabinet will vote on longer opening hours on
4 June.</p>
<p>"It's the busiest Monday we've had since 2019," said librarian Ruth Okafor.</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/library-roof-2023">Library roof repairs to cost &pound;3.1m</a>
      <time datetime="2023-03-02">2 March 2023</time></li>
    <li><a href="/news/mobile-library">Mobile library timetable</a>
      <time datetime="2023-02-01">1 February 2023</time></li>
  </ul>
</aside>
<footer><p>&copy; 2024 Wendshire Gazette. 01632 960 771</p></footer>
<script src="/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2024-05-20", "reopen"),
            expect("1909", "library", "open"),
            expect("2023-01", "closed"),
            expect("2023-04", "work"),
            expect("2023-02-06/2024-05-17", "mobile"),
            expect("../2024-06", "caf", planned=True),
            expect("2025", "garden", planned=True),
            expect("2024-06-04", "vote", planned=True),
        ),
    ),
    Text(
        "mount-varrick-activity-updates",
        "volcano observatory's activity updates",
        None,
        """KETTLE ISLAND VOLCANO OBSERVATORY
Mount Varrick - Activity Updates

Current status: Volcano Alert Level WARNING - Aviation Color Code ORANGE
(newest update first; all times local)

----------------------------------------------------------------------
Friday, 16 August 2024, 09:30
Lava fountaining at the summit vent stopped at about 03:10 this morning, and tremor has
fallen to the levels seen before the eruption. Sulphur dioxide emissions remain high, around
6,500 tonnes per day. Highway 9 between Tolley and Bask has been closed since 15 August and
remains closed. An overflight with the Civil Defence helicopter is planned for Saturday to
map the new lava flows.

----------------------------------------------------------------------
Thursday, 15 August 2024, 18:00
Fountains up to 300 m high continued through the day. An ash plume reached 7.2 km above sea
level at 11:40, and the Aviation Color Code was raised to RED at 11:55. Light ashfall was
reported in Tolley and Bask.

----------------------------------------------------------------------
Wednesday, 14 August 2024, 10:15
An eruption began at approximately 02:30 this morning from a fissure on the upper south
flank. It was preceded by a swarm of more than 1,400 small earthquakes; the Volcano Alert
Level was raised to WATCH on Monday.

Mount Varrick last erupted in 1987, when lava reached the sea at Orr Point. An earlier
eruption, around 1840, is known only from oral accounts. Field crews will install four
additional GPS stations on the north flank by 31 August.

----------------------------------------------------------------------
Next update: Saturday 17 August, or sooner if activity changes.
Duty scientist: 0800 555 0192 - Subscribe to alerts: kivo.example/alerts""",
        (
            expect("2024-08-16", "fountain"),
            expect("2024-08-15/..", "highway"),
            expect("2024-08-17", "overflight", planned=True),
            expect("2024-08-15", "plume"),
            expect("2024-08-15", "red"),
            expect("2024-08-14", "eruption", "began"),
            expect("2024-08-12", "watch"),
            expect("1987", "erupt"),
            expect("1840~", "erupt"),
            expect("../2024-08-31", "gps", planned=True),
        ),
    ),
    Text(
        "hollin-park-cyclocross",
        "cyclo-cross report",
        date(2024, 12, 9),
        """North Pennine Cyclo-cross League - Round 4 report
Hollin Park
Posted Monday 9 December by the Race Secretary

ELITE/SENIOR MEN
Callum Ryder took his third win of the season at a muddy Hollin Park on Sunday, pulling away
from Dev Sandhu on the fifth of eight laps. Organisers had rerouted the bottom of the course
after the Hollin brook burst its banks on 2 December, adding a 200 m run-up that split the
field early. Ryder, who turned professional in 2019, finished in 58:41, 34 seconds clear.

WOMEN
Series leader Jess Arden, winner of the 2023 national title, crashed heavily in Round 3 at
Brantley on 24 November and rode cautiously here to finish fourth. Holly Penn won her first
senior race, holding off Mia Collier on the final run-up.

RESULTS (top 5 elite men)
1 Callum Ryder (Tyneside Wheelers) 58:41
2 Dev Sandhu (Hexworth CC) +0:34
3 Owen Pratt (Fellside RT) +1:02
4 Sam Liddle (Hexworth CC) +1:30
5 Rory Bain (unattached) +2:11

WHAT'S NEXT
Round 5 is at Marston Fen on 22 December (first race 9:30am, 12 pounds on the day). The
National Championships will be held at Castleby on 11 and 12 January; entries for the
nationals must be in no later than 20 December.

Thanks as always to our 40 marshals. Every round, please wash bikes only at the wash
station.""",
        (
            expect("2024-12-08", "ryder"),
            expect("2024-12-02", "brook"),
            expect("2019", "professional"),
            expect("2024-11-24", "crash"),
            expect("2024-12-08", "penn"),
            expect("2024-12-22", "marston", planned=True),
            expect("2025-01-11", "champion", planned=True),
            expect("2025-01-12", "champion", planned=True),
            expect("../2024-12-20", "entries", planned=True),
        ),
    ),
    Text(
        "port-ashdown-desalination",
        "desalination plant press release",
        None,
        """NEWS RELEASE

Port Ashdown desalination plant officially opened

3 March 2025 - PORT ASHDOWN

Coastal Water Corporation (CWC) is pleased to announce that the Port Ashdown Desalination
Plant was officially opened today by the Minister for Water Security, Ms Leonie Faraday.

The $890 million plant uses reverse osmosis to turn seawater from the Ashdown Strait into
drinking water. It delivered its first water into the regional network on 19 December 2024
and is now supplying 95,000 cubic metres a day. It is expected to reach its full capacity of
150,000 cubic metres a day by June.

CWC signed the design-and-build contract with the Halvorsen-Pike joint venture in August
2020, and construction started in November 2021. At the peak of works, 1,150 people were
employed on site.

The plant stands on the site of a salt works founded about 1880, and the old brine pans
have been kept as a wetland habitat.

"This plant means Port Ashdown will never again face the water restrictions it lived with
between 2017 and 2019," Ms Faraday said.

Construction of a second stage, which would double output, is scheduled to begin in 2026.
A 60-megawatt solar farm to offset the plant's electricity use is expected to come online
in 2027.

Facts and figures
- Intake tunnel: 1.4 km
- Membranes: 16,800 elements
- Energy use: 3.2 kWh per cubic metre

Media: Jo Renner, CWC Communications, 1300 555 214""",
        (
            expect("2025-03-03", "open"),
            expect("2024-12-19", "first", "water"),
            expect("../2025-06", "capacity", planned=True),
            expect("2020-08", "contract"),
            expect("2021-11", "construction"),
            expect("1880~", "salt"),
            expect("2017/2019", "restrictions"),
            expect("2026", "second", "stage", planned=True),
            expect("2027", "solar", planned=True),
        ),
    ),
    Text(
        "harriet-coffin-letters",
        "whaling captain's letters of the 1850s",
        None,
        """Ship Harriet Coffin, at sea,
Lat. 4 deg. 10 min. N., Long. 27 deg. W.
Sept. 18th 1853.

My dear Wife,
I send this by the brig Osprey, which we spoke this morning bound to Boston. We left
Westhaven Aug. 9th as you know & had a hard passage to the Western Islands. We took our
first whale on the 6th inst., a small sperm whale that made 28 bbls., & crossed the Line on
the 14th. All hands well except Jos. Folger who has a bad hand. We expect to touch at
Talcahuano about the first of January & you may write me there.
Kiss the children for me.
Your affectionate husband,
Reuben Marsh

Talcahuano, Jan. 9th 1854.

Dear Mary,
We arrived here the 5th inst. after a long passage round the Horn, which we passed Dec. 12th
in a gale of wind. I am sorry to say we lost a boat on Christmas day, stove by a large bull,
but no man hurt. We have 320 bbls. of sperm oil below. We sail to-morrow for the Off-Shore
Ground & I shall not write again for some months.
Yours ever,
R. Marsh

Ship Harriet Coffin, Off-Shore Ground,
April 2nd 1855.

My dear Mary,
On the 27th ult. we raised a large school & took three whales, which will make near 150
bbls., so that we have now 1,150 bbls. in all. Poor Capt. Swain of the Almira died at Paita
the 14th Feb. of a fever. We gam with the Ellsport ships whenever we fall in with them. I
hope to start for home by the 1st of October next, God willing.
Give my love to Mother & the children.
R. M.""",
        (
            expect("1853-09-18", "osprey"),
            expect("1853-08-09", "westhaven"),
            expect("1853-09-06", "whale"),
            expect("1853-09-14", "line"),
            expect("1854-01-01~", "talcahuano", planned=True),
            expect("1854-01-05", "arriv"),
            expect("1853-12-12", "horn"),
            expect("1853-12-25", "boat"),
            expect("1854-01-10", "sail", planned=True),
            expect("1855-03-27", "whales"),
            expect("1855-02-14", "swain"),
            expect("../1855-10-01", "home", planned=True),
        ),
    ),
    Text(
        "lenn-otter-spraint-survey",
        "otter spraint survey",
        None,
        """RIVER LENN CATCHMENT OTTER SURVEY 2024
Summary of results
Prepared for the Lenn Rivers Trust by Wendshire Mammal Group - Report no. WMG/24/03

1. Method
Survey sites (n = 143) were bridges, weirs and confluences. Each site was searched for
spraint (otter droppings) along 600 m of bank, following the national survey method.
Fieldwork took place between 4 and 15 March 2024, after a dry fortnight.

2. Background
Otters were lost from the Lenn during the organochlorine pesticide era and are thought to
have returned in 2002, probably from the Carrow. The catchment was surveyed in 2009, 2014
and 2019, using the same 143 sites each time. The Trust has run a mink control programme on
the upper Lenn since 2016.

3. Results
Otter signs were found at 118 of 143 sites (83%), the highest proportion since surveys
began. A total of 1,987 spraints was counted. Fresh spraint with fish scale and crayfish
remains was found at site 14 (Millford weir) on 12 March, the first record there.

Table 1. Positive sites by survey year
 Year   Sites positive   %
 2009    61              43
 2014    87              61
 2019   104              73
 2024   118              83

4. Recommendations
- Keep the mink rafts on the upper Lenn checked every fortnight.
- Fit an otter ledge under the Hesby road bridge.
- The next survey is planned for 2029, at the same sites and in the same month.""",
        (
            expect("2024-03-04/2024-03-15", "fieldwork"),
            expect("2002?", "return"),
            expect("2009", "survey"),
            expect("2014", "survey"),
            expect("2019", "survey"),
            expect("2016/..", "mink"),
            expect("2024-03-12", "spraint"),
            expect("2029", "survey", planned=True),
        ),
    ),
    Text(
        "fennick-paper-mill-history",
        "paper mill's history",
        None,
        """Fennick Mill: a short history

The first mill on the Sallow at Fennick is said to have been built in 1790 for fulling
cloth, though no lease earlier than the nineteenth century survives. Thomas Hollis bought it
c. 1820 and turned it over to paper, making writing paper by hand from linen rags.

The first Fourdrinier machine was installed in about 1836, and by mid-century the mill
employed 90 people. A flood in 1872 swept away the machine house and the old wheel; the mill
was rebuilt the following year with a steam engine, although a smaller waterwheel was kept
for the beaters until the 1880s.

From 1911 to 1968 Hollis supplied watermarked paper for the National Bank's notes, and the
mill yard was guarded day and night. The owners, Brantwell Paper, closed the mill in 1981
with the loss of 140 jobs. The Fennick Mill Trust opened the buildings as a working museum
in 1994; each October it holds a hand-made paper fair.

A new visitor centre and machine hall, funded by a 2.3 million pound grant, are planned to
open in 2026.

Fennick Mill Trust, Mill Lane, Fennick. Registered charity 1042178.""",
        (
            expect("1790?", "built"),
            expect("1820~", "bought"),
            expect("1836~", "fourdrinier"),
            expect("1872", "flood"),
            expect("1873", "rebuilt"),
            expect("1911/1968", "bank"),
            expect("1981", "close"),
            expect("1994", "museum"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "larkfield-building-safety-statement",
        "housing minister's building safety statement",
        None,
        """Building Safety Update

Statement made on 24 June 2025
Statement UIN HCWS512
Made by: Minister of State for Housing (Ann Keverne MP)

On 9 June a fire at Larkfield Tower in Ashby East killed three residents and forced 214
people from their homes. My thoughts remain with the families.

Larkfield Tower was reclad in 2014 with an aluminium composite material (ACM) panel system.
The independent review of the fire led by Professor Dafydd Rees was published yesterday. It
found that the panels were of the same type banned on new high-rise homes under the 2018
regulations, and that the building's owner had not acted on a warning from the fire
service.

I am today announcing three measures:
- Inspection of all residential blocks over 18 metres with similar cladding, to be completed
  by 30 September. Owners will bear the cost.
- New regulations banning ACM panels in the refurbishment of any residential building, to
  come into force on 1 April 2026.
- A consultation on extending the ban to buildings of 11 metres and above, which will open
  on 7 July and close on 29 September.

Since the Building Safety Fund opened in March 2021, 1,214 buildings have started or
completed remediation. The Building Safety Regulator, in operation since April 2023 under
the Building Safety Act 2022, will lead the inspections.

I will update the House before the summer recess.""",
        (
            expect("2025-06-09", "fire"),
            expect("2014", "reclad"),
            expect("2025-06-23", "review", "publish"),
            expect("../2025-09-30", "inspection", planned=True),
            expect("2026-04-01", "regulations", planned=True),
            expect("2025-07-07", "consultation", planned=True),
            expect("2025-09-29", "consultation", planned=True),
            expect("2021-03", "fund"),
            expect("2023-04/..", "regulator"),
        ),
    ),
    Text(
        "ellerby-glasshouse-closures-html",
        "botanic garden's HTML glasshouse closures page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Glasshouse closures | Ellerby Botanic Garden</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/cookie-consent.js" defer></script>
</head>
<body>
<header>
<nav aria-label="Main">
  <ul>
    <li><a href="/visit">Visit</a></li>
    <li><a href="/whats-on">What's on</a></li>
    <li><a href="/glasshouses" aria-current="page">Glasshouses</a></li>
    <li><a href="/membership">Membership</a></li>
  </ul>
</nav>
</header>
<main>
<h1>Glasshouse closures</h1>
<p class="updated">Last updated: <time datetime="2025-09-02">2 September 2025</time></p>
<p>We are sorry that some of our glasshouses are closed while we carry out essential work.
The outdoor garden is open every day from 10am.</p>

<section id="palm-house">
<h2>Palm House</h2>
<p><strong>Closed</strong> since <time datetime="2025-07-01">1 July 2025</time> for
restoration of the roof glazing. The Palm House, built in 1858, is the garden's oldest
glasshouse. Restoration is due to be completed by March 2026, and we hope to reopen the
house in spring 2026.</p>
<figure>
  <img src="/img/palm-house-scaffold.jpg" alt="Scaffolding around the Palm House dome">
  <figcaption>Scaffolding went up in June. Photo &copy; Ellerby Botanic Garden</figcaption>
</figure>
</section>

<section id="temperate-house">
<h2>Temperate House</h2>
<p>The Temperate House will close from <time datetime="2025-09-15">15</time> to
<time datetime="2025-09-26">26 September 2025</time> while the heating system is replaced.</p>
</section>

<section id="alpine-house">
<h2>Alpine House</h2>
<p>Reopened on <time datetime="2025-08-28">28 August 2025</time> after the replacement of its
vents. Open daily, 10am to 4pm.</p>
</section>

<section id="waterlily-house">
<h2>Waterlily House</h2>
<p>The Waterlily House will be closed on 4 and 5 October 2025 for filming. It is open as
normal on other days.</p>
</section>

<section id="fernery">
<h2>Fernery</h2>
<p>The Fernery closed on 3 March 2025 after storm damage to its north wall and reopened on
19 June 2025.</p>
</section>
</main>
<footer>
<p>Ellerby Botanic Garden, Ellerby Road, EL4 2BG &middot; 01632 960 118 &middot;
Registered charity no. 1098765 &middot; &copy; 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-07-01/..", "palm", "closed"),
            expect("1858", "built"),
            expect("../2026-03", "restoration", planned=True),
            expect("2025-09-15/2025-09-26", "temperate", planned=True),
            expect("2025-08-28", "alpine"),
            expect("2025-10-04", "waterlily", planned=True),
            expect("2025-10-05", "waterlily", planned=True),
            expect("2025-03-03", "fernery", "close"),
            expect("2025-06-19", "fernery", "reopen"),
        ),
    ),
    Text(
        "ashbourne-vale-decision-notice",
        "information commissioner's decision notice",
        None,
        """Freedom of Information Act 2000 (FOIA)
Decision notice

Date: 17 October 2024

Public Authority: Ashbourne Vale Borough Council
Address: Civic Centre, Market Street, Ashbourne Vale

Reference: IC-284571-K2P3

Decision (including any steps ordered)

1. The complainant requested information about the Council's contract with Orvane Ltd for
   the management of its leisure centres. The Council withheld the information under section
   43(2) of FOIA (commercial interests).
2. The Commissioner's decision is that the Council was not entitled to rely on section 43(2)
   to withhold the pricing schedule.
3. The Council must disclose the pricing schedule to the complainant no later than
   21 November 2024. Failure to comply may result in the Commissioner making written
   certification of this fact to the High Court pursuant to section 54 of FOIA.

Request and response

4. On 6 February 2024, the complainant wrote to the Council and requested: "A copy of the
   contract for leisure management awarded to Orvane Ltd in 2019, with all schedules."
5. The Council responded on 5 March 2024, refusing the request under section 43(2).
6. Following an internal review, the Council wrote to the complainant on 22 April 2024 and
   maintained its position.

Scope of the case

7. The complainant contacted the Commissioner on 30 April 2024 to complain about the way
   the request had been handled.

Reasons for decision

8. In its submission of 14 June 2024, the Council argued that disclosure would harm Orvane's
   position in a retendering exercise due in 2025. The Commissioner notes that the prices
   are now more than five years old.
9. The Council has told the Commissioner it will publish a redacted version of the contract
   on its website by 31 December 2024.

Right of appeal

10. Either party has the right to appeal against this decision notice to the First-tier
    Tribunal (Information Rights) within 28 calendar days of the date on which this notice
    is sent.

Signed
Jane Pellow
Group Manager, Office of the Information Commissioner""",
        (
            expect("../2024-11-21", "disclos", planned=True),
            expect("2024-02-06", "request"),
            expect("2019", "contract"),
            expect("2024-03-05", "respon"),
            expect("2024-04-22", "review"),
            expect("2024-04-30", "complain"),
            expect("2024-06-14", "submission"),
            expect("2025", "retender", planned=True),
            expect("../2024-12-31", "publish", planned=True),
        ),
    ),
    Text(
        "vesely-glasshouse-history",
        "glassblower's history",
        None,
        """The Vesely Glasshouse - a family history

The Vesely family settled in Harnby circa 1840, bringing with them the Bohemian craft of
cutting and engraving glass. Jan Vesely set up a small furnace behind the Bell inn, possibly
in 1848, and sold drinking glasses and lamp chimneys at Harnby market.

His son Karel Vesely won a bronze medal for a ruby-flashed goblet at the Kelsey
International Exhibition in 1878, and orders from London dealers followed. The furnace was
rebuilt between 1901 and 1903 with a gas producer, and at its peak the glasshouse employed
twenty-two blowers, cutters and boys.

After the Second World War the glasshouse stood empty for almost four decades. Karel's
great-granddaughter Anna Vesely reopened it as a studio in 1977, working alone at first
with a furnace she built from second-hand firebrick. Since 1985 the studio has trained one
apprentice at a time, and eleven of them now run workshops of their own.

Work from the studio was shown at the Harnby Museum in 1996, 2001 and 2008, and a
ruby goblet made to Karel's 1878 pattern is in the museum's permanent collection. Anna, now
78, still blows glass twice a week. The family plans to open a gallery in the old cutting
shop in 2026.

Vesely Glass, Bell Yard, Harnby - open Tuesday to Saturday, 10am-5pm - 01632 960 305""",
        (
            expect("1840~", "settl"),
            expect("1848?", "furnace"),
            expect("1878", "medal"),
            expect("1901/1903", "rebuilt"),
            expect("1977", "reopen"),
            expect("1985/..", "apprentice"),
            expect("1996", "museum"),
            expect("2001", "museum"),
            expect("2008", "museum"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "red-lion-darts-fixtures",
        "darts league's fixtures list",
        date(2024, 9, 20),
        """PELLHAM & DISTRICT DARTS LEAGUE
Division One - Season 2024-25
RED LION 'A' - FIXTURES (first half)
Issued Fri 20 Sept by the Fixture Secretary

All league matches on Thursdays, 8.00pm start, home team provides supper. Captains to text
results to the Secretary (07700 900418) no later than 11pm on match night.

The season opens on Thursday 3 October. Player registrations must reach the Secretary no
later than Fri 27 Sept (2 pounds per player). Fixtures were agreed at the AGM on 5 September.

Wk  Date        Opponents          H/A
1   Thu 3 Oct   Plough             H
2   Thu 10 Oct  Coach & Horses     A
3   Thu 17 Oct  Fleece             H
4   Thu 24 Oct  Bell               A
5   Thu 31 Oct  Plough             A

Second-half fixtures will be issued at the December meeting.

Cup Final: Sat 15 March, Pellham Social Club, 7.30pm.

Notes: 180s and finishes of 100 or more to be written on the scoresheet. Best of 9 legs, 501
double out. Any match not played on the night must be rearranged within 14 days.""",
        (
            expect("2024-10-03", "season", planned=True),
            expect("../2024-09-27", "registration", planned=True),
            expect("2024-09-05", "agm"),
            expect("2024-10-03", "plough", planned=True),
            expect("2024-10-10", "coach", planned=True),
            expect("2024-10-17", "fleece", planned=True),
            expect("2024-10-24", "bell", planned=True),
            expect("2024-10-31", "plough", planned=True),
            expect("2025-03-15", "final", planned=True),
        ),
    ),
)
