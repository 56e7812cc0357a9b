"""The two-hundred-and-forty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a dateline,
a press release, a court opinion, an encyclopedia history, a sports report, a company history, a
mission summary, a government statement, an HTML news page, a volcano observatory's activity
bulletins, a marathon race report, a carbon capture press release, an Edwardian nurse's diary of
the 1900s, a red squirrel survey, a shipyard's history, a justice minister's prison estate
statement, a library's HTML branch opening hours page, a pensions ombudsman determination, a
thatcher's history and a volleyball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYSECOND_CORPUS",)


TWOHUNDREDFORTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "korvath-port-strike",
        "wire story with a dateline",
        date(2024, 11, 21),
        """KORVATH, Nov 21 (Northline News) - Dockworkers at the port of Korvath returned to work on
Thursday after their union ended a nine-day strike on Wednesday evening, clearing the way for
some 40 cargo ships waiting at anchor to begin unloading.

The walkout began on November 12, a fortnight after talks on a new contract broke down on or
about October 28, union officials said. The previous agreement expired on June 30 and had been
extended twice while the two sides negotiated.

Members of the Korvath Port Workers' Union will vote on the tentative deal on Monday. If it is
approved, the new pay rates will apply from January 1, raising basic wages by 7.5 percent over
three years.

"Nobody wins a strike like this one," said union secretary Milan Ostrev, 58. "But our people
held together for nine days, and that counts for something."

The port authority said it expected to clear the backlog of containers by December 15. The
stoppage was the longest at Korvath since 2009, and shippers estimate that it held up goods
worth about 1.2 billion crowns.

Korvath handles roughly a third of the country's container traffic. The port was privatised
in 2003 under the 1998 Ports Act, and its operator, Baltrans Holdings, has been listed on the
Vienna stock exchange since 2011.

(Reporting by Jana Pelc; Editing by Mark Hollis)""",
        (
            expect("2024-11-21", "return", "work"),
            expect("2024-11-20", "strike", "end"),
            expect("2024-11-12", "walkout"),
            expect("2024-10-28~", "talks", "broke"),
            expect("2024-06-30", "agreement", "expired"),
            expect("2024-11-25", "vote", planned=True),
            expect("2025-01-01", "pay", "rates", planned=True),
            expect("../2024-12-15", "backlog", planned=True),
            expect("2003", "privatised"),
            expect("2011/..", "listed"),
        ),
    ),
    Text(
        "halverd-membrane-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halverd Water Technologies opens membrane plant in Dunmore

DUNMORE, Scotland, 3 February 2025 -- Halverd Water Technologies plc (LSE: HWT), which makes
filtration membranes for desalination and industrial water reuse, today opened its new
manufacturing plant at Kelso Road Business Park in Dunmore.

The £48 million plant, on which construction began in April 2023, will produce up to 900,000
square metres of membrane a year and employs 85 people. First commercial shipments are
scheduled for 14 April, and the company plans to hire a further 60 staff by the end of 2026.

"Dunmore gives us the capacity to meet demand we have been turning away," said chief
executive Fiona Rennick. "Water scarcity is not a forecast any more. It is an invoice."

The plant was opened by Scotland's business minister, Alasdair Moyes, who toured the clean
rooms with apprentices from Dunmore College. Halverd received a £6.2 million grant from
Scottish Enterprise towards the project in November 2023.

Halverd was founded in 2011 as a spin-out from the University of Dunmore and acquired Pellmar
Filtration of Rotterdam in 2019. Since 2016 it has supplied membranes to the Al Qarra
desalination works, the largest plant in the Gulf to use ceramic membranes.

About Halverd Water Technologies
Halverd designs and manufactures ceramic and polymer membranes for water treatment. The
company employs 410 people in the UK and the Netherlands and has annual revenue of around
£61 million.

Media contact:
Ewan Dalgleish, Head of Communications
+44 1382 555 0192 | press@halverd.example

© 2025 Halverd Water Technologies plc""",
        (
            expect("2025-02-03", "plant", "open"),
            expect("2023-04", "construction"),
            expect("2025-04-14", "shipments", planned=True),
            expect("../2026", "hire", planned=True),
            expect("2023-11", "grant"),
            expect("2011", "founded"),
            expect("2019", "acquired", "Pellmar"),
            expect("2016/..", "supplied"),
        ),
    ),
    Text(
        "brantley-v-cordova-notice",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF WESTMARCH

BRANTLEY HARDWARE, INC.,
        Plaintiff-Appellant,
    v.
CORDOVA MUTUAL INSURANCE COMPANY,
        Defendant-Appellee.

No. 2023-CA-0418
Filed January 17, 2025

OPINION

HALVORSEN, J.

This appeal asks whether an insured that gave notice of a loss by telephone satisfied a
policy condition requiring "prompt written notice." We hold that it did not, but that the
insurer must show prejudice before denying coverage on that ground. We therefore reverse.

I. BACKGROUND

Brantley Hardware, Inc. ("Brantley") leased a warehouse in Port Elgin on March 1, 2018.
Cordova Mutual Insurance Company ("Cordova") insured the building and its contents under a
commercial property policy whose term ran from January 1, 2020 to December 31, 2020.

On or about June 5, 2020, after several days of heavy rain, part of the warehouse roof
collapsed. Brantley says that its manager telephoned Cordova's local agent no later than
July 20, 2020; Cordova has no record of the call. Brantley sent written notice of the loss on
September 29, 2020. By letter dated October 14, 2020, Cordova denied the claim for late notice.

Brantley sued on February 2, 2021. After discovery, the Circuit Court of Harlan County granted
summary judgment to Cordova on May 9, 2023, reasoning that the notice condition was a
condition precedent under the 2016 amendments to the Insurance Code, section 38-14(b). This
appeal followed.

II. DISCUSSION

A. Standard of review

We review a grant of summary judgment de novo, viewing the record in the light most
favorable to the non-moving party. Petrakis v. Dunmore Fire Ins. Co., 412 W.3d 77, 81 (2019).
Summary judgment is proper only where there is no genuine dispute of material fact and the
movant is entitled to judgment as a matter of law. Id.

B. The notice condition

The policy required the insured to give Cordova "prompt written notice" of any loss. A
telephone call, even if made, is not written notice...""",
        (
            expect("2018-03-01", "leased"),
            expect("2020-01-01/2020-12-31", "policy"),
            expect("2020-06-05~", "roof", "collapsed"),
            expect("../2020-07-20", "telephoned"),
            expect("2020-09-29", "written", "notice"),
            expect("2020-10-14", "denied", "claim"),
            expect("2021-02-02", "sued"),
            expect("2023-05-09", "summary", "judgment"),
        ),
    ),
    Text(
        "ashwell-magna-history",
        "encyclopedia history",
        None,
        """Ashwell Magna

Ashwell Magna is a market town and civil parish on the River Lenn, about 11 miles (18 km)
north-west of Carlbury. The population at the 2021 census was 6,412.

History

The Augustinian priory of St Wendreda was possibly founded in 1124 by Robert de Vaux, a
tenant of the bishops of Carlbury, and the town grew up outside its gates. Henry III granted
Ashwell a market charter in 1253, and a three-day fair on the feast of St Wendreda followed in
1261. The parish church of St Mary was largely rebuilt circa 1480 in the Perpendicular style,
paid for by the town's wool merchants.

The priory was dissolved in 1538 and its lands passed to the Carew family, who built Ashwell
Court from its stone. A fire in 1666 destroyed some forty houses around the market place; a
second fire two years later burned the timber Guildhall, which was rebuilt in brick in 1671.

The wool trade declined through the 18th century, but the town revived when the Lenn Valley
Railway reached Ashwell Magna in 1847. A tannery opened c. 1852 beside the station and was for
many years the largest employer in the town; it closed in the 1920s.

Since 1974 the town has formed part of the district of West Harl. A wool fair is still held
every year in July on the Market Square, and the town's population is the highest it has been
since the Middle Ages.

Landmarks

- St Mary's Church, Grade I listed
- The Guildhall (1671), now a museum of local history
- Ashwell Court, rebuilt after a fire and open to the public on summer weekends

See also
- List of market towns in England

References
1. Harker, J. (1988). A History of Ashwell Magna. Carlbury: Lenn Valley Press. p. 44.""",
        (
            expect("1124?", "priory", "founded"),
            expect("1253", "market", "charter"),
            expect("1261", "fair"),
            expect("1480~", "church", "rebuilt"),
            expect("1538", "dissolved"),
            expect("1666", "fire"),
            expect("1668", "fire", "Guildhall"),
            expect("1671", "Guildhall", "rebuilt"),
            expect("1847", "railway"),
            expect("1852~", "tannery"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "dunmore-rovers-ellisford",
        "sports report",
        date(2024, 3, 10),
        """Dunmore Rovers 3 Ellisford Athletic 1

By Gareth Pryce at Castle Park

Dunmore Rovers moved into the play-off places on Saturday with a 3-1 win over Ellisford
Athletic, their first home league win since October.

Kofi Mensah, 23, put the hosts ahead in the 12th minute with a low shot from the edge of the
area and added a second from the penalty spot just before half-time after Luke Brannigan was
tripped. Ellisford pulled one back through Sam Oduya on 58 minutes, but substitute Harry Quill
settled it with a header from a corner in stoppage time.

It was a sixth win in ten league games for manager Niall Devlin, who was appointed on
2 January after the sacking of Tony Vail on 28 December. "We have a group that believes in
itself again," Devlin said. "The play-offs are in our hands now."

Ellisford, who have not won away since their opening game, remain 19th, four points above the
relegation zone.

Rovers visit Harrowgate on Tuesday night and then face Calder Town in the county cup
semi-final, which is scheduled for 13 April at the Racecourse Ground.

Rovers were last promoted in 2007 and have lost the play-off final three times, in 1998,
2001 and 2004.

Dunmore Rovers: Keane; Ashby, Toller, Makinde, Doyle; Brannigan, Price (Quill 77), Oyelaran;
Fitch, Mensah, Lowry.
Ellisford Athletic: Hale; Rudd, Banner, Kosik, Welsh; Oduya, Marr, Pettit (Dent 70); Cole,
Abara, Finney.
Referee: Michael Strand. Attendance: 14,210.""",
        (
            expect("2024-03-09", "Rovers", "Ellisford"),
            expect("2024-01-02", "Devlin", "appointed"),
            expect("2023-12-28", "Vail", "sack"),
            expect("2024-03-12", "Harrowgate", planned=True),
            expect("2024-04-13", "semi", planned=True),
            expect("2007", "promoted"),
            expect("1998", "final"),
            expect("2001", "final"),
            expect("2004", "final"),
        ),
    ),
    Text(
        "fenwright-cycles-story",
        "company history",
        None,
        """Our Story

Fenwright Cycles has built bicycles in Ashby Vale for well over a century. This is how a
blacksmith's son with a rented shed became the oldest cycle maker in the Midlands.

Beginnings

Thomas Fenwright began repairing bicycles in a rented shed on Mill Lane circa 1890. His first
complete machine, the Fenwright Roadster, is said to have been sold in 1893 to the town's
doctor, who rode it until he was 80. In 1902 the company opened its first factory on Station
Road, employing 40 men and boys.

War and peace

Between 1914 and 1918 the Station Road works made shell cases for the War Office, and the
bicycle line was kept going by a handful of older craftsmen. In the 1950s Fenwright exported
tourers to Canada, Australia and New Zealand.

Coming together

In 1968 Fenwright merged with its old rival Coleby & Sons, and the following year the
combined company moved its headquarters to the former Coleby works at Hatch End. A management
buyout in 1994, led by the founder's great-grandson Peter Fenwright, returned the firm to
family hands.

Today

Since 2012 every Fenwright frame has been brazed by hand in Ashby Vale, by a team of eleven
frame builders. We build around 3,000 bicycles a year. Every year in June we hold the
Fenwright Ride, a 100-mile loop through the Vale open to riders on any make of bicycle.

We plan to open a museum of the company's history in the old Station Road works in 2026.

Fenwright Cycles Ltd, Hatch End Works, Ashby Vale AV3 7QT
Tel. 01530 555 771
© 2024 Fenwright Cycles Ltd. All rights reserved.""",
        (
            expect("1890~", "repair"),
            expect("1893?", "Roadster", "sold"),
            expect("1902", "factory"),
            expect("1914/1918", "shell"),
            expect("1968", "merged"),
            expect("1969", "headquarters"),
            expect("1994", "buyout"),
            expect("2012/..", "frame", "brazed"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "ardent-lunar-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY
Ardent Lunar Orbiter (ALO)
Orbis Space Agency - Directorate of Science
Document ALO-MS-007, Issue 3 | Status as of 15 March 2024

1. Overview

ALO is a small lunar orbiter that maps water ice in permanently shadowed craters near the
lunar south pole with a neutron spectrometer and a thermal imager. The mission concept was
proposed in 2014, and development began in about 2016 after the agency's science programme
committee selected it from 23 candidate missions. The spacecraft has a dry mass of 310 kg.

2. Mission timeline

- Launch: 7 September 2021, 03:14 UTC, on a Vela-2 rocket from Kourva Spaceport.
- Lunar orbit insertion: 19 September, after a 12-day transfer.
- First science images: 2 October 2021.
- Safe mode: the spacecraft entered safe mode on 11 February 2022 after a star-tracker fault
  and resumed science operations three days later.
- Orbit lowering: periapsis lowered from 100 km to 30 km between 3 and 9 May 2023.
- End of primary mission: 30 June 2023.

3. Extended mission

The agency approved an extended mission in August 2023. It concentrates on repeated
low-altitude passes over the craters Shackleton-B and Ardent. The extended mission is
scheduled to end no later than 31 December 2025, when the remaining propellant will be used
for a controlled impact.

4. Key results

- Around 40,000 thermal images and 2,100 hours of neutron data returned to date.
- Hydrogen concentrations in Ardent crater are the highest measured by any orbiter since 2009.
- 14 peer-reviewed papers published using ALO data.

5. Contacts

Project Scientist: Dr. Lena Marsh, ALO Science Operations Centre, Tel. +49 6151 555 0217""",
        (
            expect("2014", "proposed"),
            expect("2016~", "development"),
            expect("2021-09-07", "launch"),
            expect("2021-09-19", "orbit"),
            expect("2021-10-02", "images"),
            expect("2022-02-11", "safe"),
            expect("2022-02-14", "resum"),
            expect("2023-05-03/2023-05-09", "lower"),
            expect("2023-06-30", "primary"),
            expect("2023-08", "extended", "approved"),
            expect("../2025-12-31", "extended", "end", planned=True),
        ),
    ),
    Text(
        "harrow-bridge-funding",
        "government statement",
        None,
        """Ministry of Transport and Infrastructure

News story
Funding confirmed for replacement of Harrow Bridge
12 August 2024

The Minister for Transport, Rhian Caddick, today confirmed £36 million of funding to replace
Harrow Bridge, which carries the A742 over the River Tarne at Harrowby.

The bridge was closed to all traffic on 3 June after a principal inspection carried out on
29 May found severe corrosion in two of its steel hangers. Engineers advised that the
structure could not safely be reopened, even to light vehicles.

The Minister said:

"I know how much disruption this closure has caused to families and businesses in Harrowby.
Today's funding means a new bridge, built to last another hundred years, not another repair."

A temporary footbridge for pedestrians and cyclists will be in place by the end of September.
The tender for the design and construction of the new bridge opens on 2 September and will
close on 30 October, and the contract is expected to be awarded in December. Construction is
expected to take around two years.

Background

Harrow Bridge opened in 1936 and was strengthened in 1978 and 1996. Around 14,000 vehicles a
day used the crossing before its closure, and the signed diversion via Tarnebridge adds up to
11 miles to some journeys. All bridges on the strategic road network are inspected under the
2015 Bridge Inspection Code at least every six years.

Notes to editors

Journalists can contact the Ministry press office on 029 2055 0481 (24 hours).

Published 12 August 2024
Last updated 13 August 2024""",
        (
            expect("2024-08-12", "funding", "confirm"),
            expect("2024-06-03", "closed"),
            expect("2024-05-29", "inspection"),
            expect("../2024-09", "footbridge", planned=True),
            expect("2024-09-02", "tender", "open", planned=True),
            expect("2024-10-30", "tender", "close", planned=True),
            expect("2024-12", "contract", planned=True),
            expect("1936", "bridge", "opened"),
            expect("1978", "strengthened"),
            expect("1996", "strengthened"),
        ),
    ),
    Text(
        "pellbury-museum-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pellbury Museum to reopen after £6m restoration | Tarne Valley Echo</title>
<script async src="/static/js/ads.bundle.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "news"});</script>
</head>
<body>
<header>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
</header>
<main>
<article>
<h1>Pellbury Museum to reopen after £6m restoration</h1>
<p class="byline">By Hannah Oakes, Local Democracy Reporter ·
<time datetime="2023-11-08T07:45:00+00:00">Wednesday 8 November 2023</time></p>

<figure>
<img src="/img/2023/11/pellbury-hall.jpg" alt="The main hall of Pellbury Museum">
<figcaption>Conservators at work on the main hall ceiling in May. Photo: Tarne Valley
Echo</figcaption>
</figure>

<p>Pellbury Museum will reopen to the public on Saturday, more than three years after it shut
its doors.</p>
<p>The museum closed in March 2020 at the start of the pandemic. A serious roof leak, discovered
on 14 February 2021, flooded two galleries and damaged part of the Alder collection of
Victorian watercolours.</p>
<p>The Heritage Fund awarded the museum trust a £4.1 million grant in July 2021, and the
restoration began in January 2022. Workers replaced 2,300 slate tiles and restored the
painted ceiling of the main hall.</p>
<p>"People in Pellbury have waited a long time for this," said trust chair Dev Mistry.
"We are opening with the best displays this building has ever had."</p>
<p>The museum was built around 1889 as the town's Literary Institute. Its founding collection,
the watercolours of the mill owner Joseph Alder, was donated in 1902. Visitor numbers in the
year before it closed were the highest since 2008.</p>
<p>Free tickets for the opening weekend go on sale at 10am tomorrow on the trust's website. A
new tearoom in the former reading room will open on 1 December.</p>
</article>

<aside class="related">
<h2>Related stories</h2>
<ul>
  <li><a href="/news/town-hall-clock">Town hall clock back in time</a>
  <time datetime="2023-11-02">2 Nov 2023</time></li>
  <li><a href="/news/alder-watercolours">Flood-hit watercolours saved</a>
  <time datetime="2021-03-19">19 Mar 2021</time></li>
</ul>
</aside>
</main>
<footer>
<p>© 2023 Tarne Valley Echo. Newsdesk: 01772 555 0148</p>
</footer>
<script src="/static/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2023-11-11", "reopen", planned=True),
            expect("2020-03", "closed"),
            expect("2021-02-14", "leak"),
            expect("2021-07", "grant"),
            expect("2022-01", "restoration"),
            expect("1889~", "built"),
            expect("1902", "donated"),
            expect("2023-11-09", "tickets", planned=True),
            expect("2023-12-01", "tearoom", planned=True),
        ),
    ),
    Text(
        "teravai-activity-bulletins",
        "volcano observatory's activity bulletins",
        None,
        """KALUN VOLCANO OBSERVATORY
Teravai Volcano - Activity Bulletins
All times local (UTC+10)

----------------------------------------------------------------------
BULLETIN No. 1 | 02 May 2022 | 09:00
Volcano Alert Level: YELLOW (Advisory), raised from GREEN
Aviation Colour Code: YELLOW

A swarm of volcano-tectonic earthquakes began beneath the summit at 23:40 on 1 May. More than
160 events have been located at depths of 2-5 km; the largest was M2.8. No surface changes
have been seen from the web cameras. The Volcano Alert Level was raised to Yellow at 08:00
today.

Teravai's last magmatic eruption was in 1979. The volcano has been monitored continuously by
the observatory since 1983.

----------------------------------------------------------------------
BULLETIN No. 2 | 04 May 2022 | 08:30
Volcano Alert Level: ORANGE (Watch)
Aviation Colour Code: ORANGE

A small phreatic explosion occurred at 06:12 this morning, sending an ash plume to about
2 km above the crater rim. Light ash fall was reported in Upper Wai village, 7 km downwind.
The Volcano Alert Level was raised to Orange at 07:00. An overflight to measure sulphur
dioxide is scheduled for tomorrow, weather permitting.

Residents should stay out of the 3 km exclusion zone and keep roof gutters clear of ash.

----------------------------------------------------------------------
BULLETIN No. 3 | 09 May 2022 | 10:00
Volcano Alert Level: ORANGE (Watch)
Aviation Colour Code: ORANGE

Intermittent ash emission continued from 5 to 8 May, with plumes no higher than 1.5 km. A
small lahar descended Wai Creek on 7 May after heavy rain, but did not reach the road bridge.
Seismicity has declined to about 20 events per day.

Sulphur dioxide emission remains high, at roughly 1,150 tonnes per day, the highest measured
at Teravai since 1979. The exclusion zone remains in place and will be reviewed on 16 May.

Contact: Duty Volcanologist, +675 555 0190 | www.kalunvo.example/teravai""",
        (
            expect("2022-05-01", "swarm"),
            expect("2022-05-02", "alert", "yellow"),
            expect("2022-05-04", "explosion"),
            expect("2022-05-04", "alert", "orange"),
            expect("2022-05-05", "overflight", planned=True),
            expect("2022-05-05/2022-05-08", "ash"),
            expect("2022-05-07", "lahar"),
            expect("1979", "eruption"),
            expect("1983/..", "monitor"),
            expect("2022-05-16", "review", planned=True),
        ),
    ),
    Text(
        "harlow-bay-marathon",
        "marathon race report",
        date(2023, 4, 24),
        """ATHLETICS

Okello and Marchetti take Harlow Bay honours in the heat

By Priya Natesan, Athletics Correspondent

Kenya's Daniel Okello won the Harlow Bay Marathon on Sunday in 2 hours 8 minutes 19 seconds,
pulling clear of his compatriot Isaac Rono on the climb to Signal Point with six kilometres
left. Italy's Giulia Marchetti won the women's race in 2:24:50, almost two minutes ahead of
the defending champion, Anna Lindqvist of Sweden.

Temperatures had reached 24C by the time the leaders turned onto the waterfront, and the
course record of 2:07:41 was never under threat. "At 30k I stopped looking at the watch and
started racing people," said Okello, 29, who finished third here in 2019.

Marchetti, 33, ran alone for the last 15 kilometres. She will defend her national title in
Turin on 10 June. "This was the test I wanted," she said.

A record 31,400 runners started at 8.30am from Founders' Square. The race was first held in
1982, with 212 finishers, and moved to its waterfront course in 2009. It was cancelled in
2020 and 2021 during the pandemic.

Entries for next year's race open on 1 May, and organisers expect the 35,000 places to sell
out within a week.

Results
Men: 1 D Okello (Ken) 2:08:19; 2 I Rono (Ken) 2:08:51; 3 T Ferreira (Por) 2:10:02.
Women: 1 G Marchetti (Ita) 2:24:50; 2 A Lindqvist (Swe) 2:26:41; 3 M Bekele (Eth) 2:27:15.""",
        (
            expect("2023-04-23", "Okello", "marathon"),
            expect("2023-04-23", "Marchetti", "women"),
            expect("2019", "Okello", "third"),
            expect("2023-06-10", "defend", planned=True),
            expect("1982", "held"),
            expect("2009", "waterfront"),
            expect("2020", "cancelled"),
            expect("2021", "cancelled"),
            expect("2023-05-01", "entries", planned=True),
        ),
    ),
    Text(
        "aberlow-carbon-store-fid",
        "carbon capture press release",
        None,
        """NEWS RELEASE

Partners take final investment decision on Aberlow Carbon Store

ABERLOW, 19 September 2024 - Norrin Energy, Calder Cement and Westfirth Power today
announced a final investment decision on the £2.3 billion Aberlow Carbon Store, which will
capture carbon dioxide from a cement works and a gas-fired power station on the Firth of
Aberlow and store it beneath the North Sea.

The three companies formed the consortium in June 2021, after a pilot plant at Calder's
Aberlow kiln captured 40 tonnes of CO2 a day from 2019 to 2021. The project was awarded its
storage licence in March 2023.

Construction of the compression plant is to begin before the end of this year, and the
first injection of CO2 into the depleted Halmer gas field is expected in 2027. At full
capacity the project will capture 1.5 million tonnes of CO2 a year, and the partners aim to
have stored 20 million tonnes by 2035. Norrin Energy has operated the Halmer field since
2015.

"This is the largest industrial investment on the Firth since 1974, and it keeps two
industries in Aberlow that would otherwise have had no future here," said Norrin chief
executive Sunniva Dahl.

The project is supported by a contract for difference under the 2008 Climate Change Act
framework and is expected to create 1,100 jobs during construction.

Notes to editors
- Norrin Energy is an independent oil and gas operator with assets in the central North Sea.
- Calder Cement produces 1.1 million tonnes of cement a year at Aberlow.
- Westfirth Power operates the 840 MW Westfirth gas-fired power station.

Media enquiries: Tom Erskine, +44 131 555 0286, media@norrin.example""",
        (
            expect("2024-09-19", "investment", "decision"),
            expect("2021-06", "consortium", "formed"),
            expect("2019/2021", "pilot"),
            expect("2023-03", "licence"),
            expect("../2024", "construction", planned=True),
            expect("2027", "injection", planned=True),
            expect("../2035", "tonnes", planned=True),
            expect("2015/..", "Halmer", "operat"),
        ),
    ),
    Text(
        "nurse-marchbank-diary-1903",
        "Edwardian nurse's diary of the 1900s",
        None,
        """From the diary of Nurse Edith Marchbank, St Agatha's Hospital for Children, Brackley St.

1903

Jan. 5th, Mon. - Returned to the hospital after my Christmas leave, v. tired from the train.
Sister Prowse cross about the linen cupboard. Nurse Amos, who has been at St Agatha's since
1881, says she has seen seven Matrons come & go.

Thurs. 8th - A little boy, Albert Finch, aged 4, admitted with diphtheria. Dr Lisle fears
for him. His mother sat on the stairs all evening & would not be sent home.

Sat. 10th - Mr Haldane performed a tracheotomy on Albert at 2 a.m. I held the lamp & did not
disgrace myself. He breathes easier.

Feb. 2nd - Matron says I am to sit the examination for my certificate on the 16th inst.
Must learn my bandaging & the doses by heart.

Fri. 20th - Heard this morning I have passed! Wrote home at once. Sister Prowse said "Well
done, Nurse" & nothing more, wh. from her is a great deal.

March

Mon. 9th - Letter from Mother. Father's fall on the 1st not so bad as feared, only a sprained
wrist, but he cannot work the cart. Albert Finch went home to his mother on Saturday, fat &
quite well; she brought me a bunch of violets. Matron has granted me leave from the 12th to
the 14th to go home & help.

Cocoa 2d., stamps 1s., new cap strings 4d.""",
        (
            expect("1903-01-05", "returned"),
            expect("1881/..", "Amos"),
            expect("1903-01-08", "Finch", "admitted"),
            expect("1903-01-10", "tracheotomy"),
            expect("1903-02-16", "examination", planned=True),
            expect("1903-02-20", "passed"),
            expect("1903-03-01", "fall"),
            expect("1903-03-07", "Finch", "home"),
            expect("1903-03-12/1903-03-14", "leave", planned=True),
        ),
    ),
    Text(
        "glenmarra-red-squirrel-survey",
        "red squirrel survey",
        None,
        """GLENMARRA RED SQUIRREL GROUP
Autumn Survey 2023: Summary Report
Report date: 12 December 2023 | Ref. GRSG/23/04

1. Summary

Volunteers recorded red squirrels at 31 of the 44 monitored sites (70%), the best result
since 2015. Grey squirrels were detected at 3 sites, down from 9 in 2021. No signs of disease
were seen in any of the 212 camera images of red squirrels.

2. Methods

The survey was carried out from 4 to 22 September 2023 using hair tubes and trail cameras
baited with hazelnuts. Each site was checked every 7 days by two volunteers.

3. Background

Red squirrels live in the glen's conifer woods, most of which were planted in 1994 on former
sheep grazing. Grey squirrels were first recorded in the glen in about 1985, and a grey
squirrel control programme has operated in the glen since 2012. Squirrelpox was confirmed on
17 October 2022 in a dead red squirrel found near Dunlachan; no further cases have been
found.

4. Results by area

| Area          | Sites | Reds present | Greys present |
|---------------|-------|--------------|---------------|
| Upper Glen    | 14    | 12           | 0             |
| Dunlachan     | 12    | 8            | 1             |
| Marra Woods   | 18    | 11           | 2             |

5. Next steps

- Camera data will be lodged with the North Highland Records Centre by 31 January 2024.
- Two new feeding stations will be installed at Dunlachan in March 2024.
- The next full survey is scheduled for September 2025.

Contact: survey co-ordinator Morag Tulloch, 01463 555 208, glenmarrareds@example.org""",
        (
            expect("2023-09-04/2023-09-22", "survey"),
            expect("1994", "planted"),
            expect("1985~", "grey", "recorded"),
            expect("2012/..", "control"),
            expect("2022-10-17", "squirrelpox"),
            expect("../2024-01-31", "data", planned=True),
            expect("2024-03", "feeding", planned=True),
            expect("2025-09", "next", "survey", planned=True),
        ),
    ),
    Text(
        "carrick-lowe-shipyard",
        "shipyard's history",
        None,
        """CARRICK & LOWE, SHIPBUILDERS, PORT ARDLE
A Short History of the Yard

The yard was established about 1867 by the engineer James Carrick and the timber merchant
Samuel Lowe on a strip of foreshore at the mouth of the River Ardle. Its first vessels were
wooden coasters and fishing smacks. Perhaps in 1871 the partners built their first steamer,
the paddle tug Ardle Belle, although no builder's list survives from those years.

Carrick & Lowe launched its first steel ship, the collier Marion Shaw, in 1884, and
soon employed some 2,200 men on four building berths. Its best-known ship, the liner
Queen of Morven, was launched on 3 April 1931 before a crowd of 30,000, the largest ever seen
on the Ardle.

Between 1939 and 1945 the yard built 62 corvettes and frigates for the Admiralty. In 1956 it
delivered its 500th ship, the tanker Loch Carran, and in the 1960s it turned to bulk
carriers and ferries.

Carrick & Lowe was nationalised in 1977 as part of the state shipbuilding group. Orders fell
away, and the yard closed in 1986 with the loss of 1,400 jobs; it reopened the following
year as a ship repair yard under local ownership, using the old fitting-out basin and the
No. 2 dry dock.

Since 2004 the former drawing office and the 1931 launching slip have housed the Port Ardle
Maritime Museum, which holds the yard's plans, half-models and photographs. The repair yard
still employs about 180 people and docks around 60 vessels a year.

Sources: Port Ardle Maritime Museum archive, yard list nos. 1-512; R. McBean, Ships of the
Ardle (1992).""",
        (
            expect("1867~", "established"),
            expect("1871?", "steamer"),
            expect("1884", "steel"),
            expect("1931-04-03", "Morven"),
            expect("1939/1945", "corvettes"),
            expect("1956", "500th"),
            expect("1977", "nationalised"),
            expect("1986", "closed"),
            expect("1987", "reopened"),
            expect("2004/..", "museum"),
        ),
    ),
    Text(
        "prison-capacity-statement",
        "justice minister's prison estate statement",
        None,
        """Written Ministerial Statement

Prison Capacity

Made on: 14 May 2024
Made by: The Secretary of State for Justice (Rt Hon Helen Garside MP)
Statement UIN HCWS512

Today I am announcing a temporary early release scheme to relieve pressure on the adult male
prison estate in England and Wales.

On 10 May the prison population stood at 88,214, within 700 places of usable operational
capacity. It has risen by almost 6,000 since 2019, and the male estate is fuller than at any
time since records began.

The Early Release Scheme will come into force on 3 June. Under it, eligible prisoners serving
standard determinate sentences may be released up to 18 days before their automatic release
date under the Criminal Justice Act 2003. Prisoners convicted of sexual offences, terrorism
or serious violence will be excluded, and every release will be subject to licence conditions
and, where necessary, electronic tagging.

The scheme will be overseen by an independent panel, which will report to me no later than
30 September on its operation.

I can also confirm that HMP Ashgrove, a new 1,700-place category C prison near Keldon, is
scheduled to open in March 2025, and that 500 rapid-deployment cells will be installed at
12 sites by the end of June. HMP Dunsford, which closed in 2017, reopened in February 2023 as
a 240-place resettlement prison and is now full.

Public protection remains my first priority. I will keep the House updated on the
population and the operation of the scheme, and I am placing a copy of the eligibility
criteria in the Library of the House.""",
        (
            expect("2024-05-14", "announc"),
            expect("2024-05-10", "population"),
            expect("2024-06-03", "scheme", "force", planned=True),
            expect("../2024-09-30", "panel", planned=True),
            expect("2025-03", "Ashgrove", planned=True),
            expect("../2024-06", "cells", planned=True),
            expect("2017", "Dunsford", "closed"),
            expect("2023-02", "Dunsford", "reopened"),
        ),
    ),
    Text(
        "millbrook-library-hours",
        "library's HTML branch opening hours page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Millbrook Library - opening hours and contact | Harlow Vale Libraries</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<nav aria-label="Main">
  <ul>
    <li><a href="/libraries">Find a library</a></li>
    <li><a href="/catalogue">Catalogue</a></li>
    <li><a href="/ebooks">eBooks and audiobooks</a></li>
    <li><a href="/join">Join the library</a></li>
  </ul>
</nav>
<main>
<h1>Millbrook Library</h1>
<p>14 Chapel Street, Millbrook HV4 2LP &middot; Tel. 0161 555 0347</p>

<div class="notice notice--warning">
  <h2>Closed for refurbishment</h2>
  <p>Millbrook Library will be closed for refurbishment from Monday 6 January to Friday
  17 January 2025. The library will reopen on Saturday 18 January with new self-service
  kiosks and a refitted children's area. Books can be returned to any other branch.</p>
</div>

<h2>Opening hours</h2>
<table class="hours">
  <tr><th>Monday</th><td>9:00 - 17:00</td></tr>
  <tr><th>Tuesday</th><td>9:00 - 19:00</td></tr>
  <tr><th>Wednesday</th><td>Closed</td></tr>
  <tr><th>Thursday</th><td>9:00 - 19:00</td></tr>
  <tr><th>Friday</th><td>9:00 - 17:00</td></tr>
  <tr><th>Saturday</th><td>10:00 - 16:00</td></tr>
  <tr><th>Sunday</th><td>12:00 - 16:00</td></tr>
</table>

<h2>Bank holidays</h2>
<p>The library will be closed on Friday 18 April (Good Friday) and Monday 21 April (Easter
Monday).</p>

<h2>Fines amnesty</h2>
<p>Overdue fines on returned books will be waived from 1 to 28 February 2025.</p>

<h2>About this library</h2>
<p>Millbrook Library opened in 1962 in the former Chapel Street school. It introduced
self-service issue in 2009 and has opened on Sundays since 2018, one of only three branches
in the borough to do so. A new study room will open upstairs in spring 2025.</p>
</main>
<footer>
<p>Page last updated: <time datetime="2025-01-02">2 January 2025</time></p>
<p>&copy; 2025 Harlow Vale Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-06/2025-01-17", "refurbish", planned=True),
            expect("2025-01-18", "reopen", planned=True),
            expect("2025-04-18", "closed", planned=True),
            expect("2025-04-21", "closed", planned=True),
            expect("2025-02-01/2025-02-28", "fines", planned=True),
            expect("1962", "opened"),
            expect("2009", "self-service"),
            expect("2018/..", "Sunday"),
        ),
    ),
    Text(
        "calder-v-brightwater-trustees",
        "pensions ombudsman determination",
        None,
        """CAS-28817-K4T2

Ombudsman's Determination

Applicant       Mrs Ruth Calder
Scheme          Brightwater Group Pension Scheme (the Scheme)
Respondent      The Trustees of the Scheme (the Trustees)

Outcome

1. I uphold Mrs Calder's complaint in part, and the Trustees shall take the action set out
in paragraph 24 below.

Detailed Determination

Material facts

2. Mrs Calder joined the Scheme on 1 April 1989. She left employment with Brightwater Foods
Limited on 31 August 2006 and became a deferred member, entitled to benefits from age 60 under
the Scheme's 2001 Definitive Trust Deed and Rules.

3. On or about 14 January 2021, Mrs Calder asked the Trustees for a retirement quotation. The
Trustees issued a quotation on 3 February 2021 showing a pension of £11,240 a year.

4. Relying on that figure, Mrs Calder took her benefits on 1 June 2021 and reduced her hours
in her part-time job.

5. In or around November 2022, the Trustees discovered that the quotation had been
calculated on the wrong salary. They reduced Mrs Calder's pension to £9,015 a year on
1 January 2023 and asked her to repay an overpayment of £3,896.

6. Mrs Calder complained under the Scheme's internal dispute resolution procedure. The
Trustees rejected her complaint on 9 May 2023.

Conclusions

22. Mrs Calder is entitled only to the benefits provided under the Rules, and the Trustees
were right to correct her pension. However, their error has caused her serious distress and
inconvenience, and she changed her position in reliance on the quotation.

Directions

24. The Trustees shall, no later than 30 April 2024, pay Mrs Calder £1,000 for the serious
distress and inconvenience caused, and shall write off the overpayment of £3,896.

Camilla Drayton
Deputy Pensions Ombudsman
12 March 2024""",
        (
            expect("1989-04-01", "joined"),
            expect("2006-08-31", "left"),
            expect("2021-01-14~", "Calder", "quotation"),
            expect("2021-02-03", "Trustees", "quotation"),
            expect("2021-06-01", "benefits"),
            expect("2022-11~", "discovered"),
            expect("2023-01-01", "reduced"),
            expect("2023-05-09", "rejected"),
            expect("../2024-04-30", "pay", planned=True),
        ),
    ),
    Text(
        "pennock-thatchers-history",
        "thatcher's history",
        None,
        """The Pennocks of Little Sowerby: Master Thatchers

The Pennock family has thatched roofs in the villages of the Sowerby valley for more than two
hundred years, and the firm is now in its seventh generation.

The first Pennock thatcher, Josiah, is said to have come to Little Sowerby from Wiltshire and
was working in the parish c. 1790. His son Amos rethatched the nave of St Giles' church,
perhaps in 1821; the churchwardens' accounts for that year record a payment of £14 6s. to
"Pennock for the reed", but do not say which roof.

In the 1880s the family took on apprentices for the first time. William Pennock took over
the business in 1904 and moved the yard to its present site behind the Plough Inn. Between
1914 and 1918 the yard stood idle while William and both his apprentices served in France.

A fire in the rick-yard in 1927 destroyed a whole season's stock of wheat reed, and the
family was kept going by a loan from the vicar. William's grandson George won the county
show thatching prize in 1962, 1965 and 1971, and his spars and liggers are still used to
teach apprentices.

Since 1999 the firm has been run by George's daughter, Sarah Pennock, who works with two
apprentices and her nephew Tom. A well-laid roof of combed wheat reed lasts 30 to 40 years,
and the firm rethatches about a dozen roofs a year, most of them listed buildings.

Pennock & Daughter, Master Thatchers
The Yard, Church Lane, Little Sowerby | Tel. 01725 555 639""",
        (
            expect("1790~", "Josiah"),
            expect("1821?", "rethatched"),
            expect("1904", "William", "business"),
            expect("1914/1918", "idle"),
            expect("1927", "fire"),
            expect("1962", "prize"),
            expect("1965", "prize"),
            expect("1971", "prize"),
            expect("1999/..", "Sarah"),
        ),
    ),
    Text(
        "northern-counties-volleyball-fixtures",
        "volleyball league's fixtures list",
        None,
        """NORTHERN COUNTIES VOLLEYBALL LEAGUE
Women's Division 1 - Fixtures 2024-25 (first half)
Issued by the Fixtures Secretary, Carol Whitlam

Team sheets for all clubs must reach the Fixtures Secretary no later than 20 September 2024.
Unregistered players may not take part in any league match.

Date               Time    Home                      Away                      Venue
Sat 5 Oct 2024     19:00   Hartley Hawks             Ribblesdale Spikers       Hartley LC
Sun 6 Oct 2024     14:00   Millbeck Mariners         Calder Valley Blockers    Millbeck Sports Hall
Sat 19 Oct 2024    18:30   Ribblesdale Spikers       Millbeck Mariners         Clitheroe Road
Sun 3 Nov 2024     15:00   Calder Valley Blockers    Hartley Hawks             Todmore Academy
Sat 16 Nov 2024    19:00   Hartley Hawks             Millbeck Mariners         Hartley LC
Sat 30 Nov 2024    18:30   Ribblesdale Spikers       Calder Valley Blockers    Clitheroe Road

Notes
1. Matches are best of five sets. Warm-up begins 45 minutes before the first serve.
2. Home teams provide a first referee, two line judges and a scorer for every match.
3. Results must be phoned in to 01282 555 0914 by 22:00 on match day.
4. The League Cup final will be played on Sunday 13 April 2025 at Kirkholme Arena.

Division 1 champions 2023-24: Hartley Hawks
The Northern Counties Volleyball League was founded in 1978 and is affiliated to Volleyball
England.""",
        (
            expect("../2024-09-20", "team", "sheets", planned=True),
            expect("2024-10-05", "Hawks", "Spikers", planned=True),
            expect("2024-10-06", "Mariners", "Blockers", planned=True),
            expect("2024-10-19", "Spikers", "Mariners", planned=True),
            expect("2024-11-03", "Blockers", "Hawks", planned=True),
            expect("2024-11-16", "Hawks", "Mariners", planned=True),
            expect("2024-11-30", "Spikers", "Blockers", planned=True),
            expect("2025-04-13", "Cup", "final", planned=True),
            expect("1978", "founded"),
        ),
    ),
)
