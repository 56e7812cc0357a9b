"""The two-hundred-and-eleventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a river ice break-up
bulletin series, a fencing world cup report, a carbon capture plant press release, a surveyor's
field notebook of the 1840s, a red squirrel monitoring report, a paper mill's history, a justice
minister's prison capacity statement, a botanical garden's HTML glasshouse restoration page, an
employment appeal tribunal judgment, a sword smith's history and a bowls club's match
programme. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "late 1970s", "early 2025", "late July") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDELEVENTH_CORPUS",)

TWOHUNDREDELEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrava-dock-strike-ends",
        "wire story with a dateline",
        date(2024, 11, 6),
        """KESTRAVA, Nov 6 (Baltic Ledger) - Dockworkers at the port of Kestrava ended a nine-day
strike on Tuesday after the port operator agreed to a 6.5 percent pay rise, the dockers' union
said, clearing the way for about 140 stranded ships to be unloaded.

Some 2,300 members of the Transport and Port Workers' Union walked out on Oct. 28 after talks
on a new wage agreement collapsed, halting container traffic at the country's second-largest
port.

Union members will vote on the deal on Friday, union chairman Edvin Saar told reporters at the
harbour gate. "We expect a clear yes, but the members have the last word," he said.

Under the agreement, the first increase will be paid on Jan. 1, and a second rise of 3 percent
a year later. Overtime rates for night shifts go up by 12 percent.

Port operator Kestrava Terminals said it expected to clear the backlog of vessels by Nov. 20.
Container volumes have fallen by more than a third during the stoppage, the steepest drop
since the pandemic year of 2020, the company said.

Transport Minister Liva Orm is expected to visit the port on Monday to meet both sides and
discuss a long-delayed plan to dredge the outer channel.

The port, founded in 1911, handles about 1.9 million containers a year and employs 4,100
people. The last strike there, in 2019, lasted three weeks and cost the economy an estimated
120 million euros, according to the central bank.

(Reporting by Marta Kivi; Editing by Sam Wheeler)""",
        (
            expect("2024-11-05", "strike", "end"),
            expect("2024-10-28", "walk"),
            expect("2024-11-08", "vote", planned=True),
            expect("2025-01-01", "increase", planned=True),
            expect("2026-01-01", "rise", planned=True),
            expect("../2024-11-20", "backlog", planned=True),
            expect("2024-11-11", "visit", planned=True),
            expect("1911", "found"),
            expect("2019", "strike"),
        ),
    ),
    Text(
        "orrin-pellfield-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orrin Water Technologies Completes Acquisition of Pellfield Membranes

LYNDHURST, Ohio, Feb. 18, 2025 /PRNewsline/ -- Orrin Water Technologies, Inc. (NYSE: ORWT), a
provider of industrial water treatment systems, today announced that it has completed its
acquisition of Pellfield Membranes LLC, a privately held maker of ceramic filtration membranes
based in Akron, Ohio, for $312 million in cash.

The transaction, first announced on December 9, 2024, received antitrust clearance on
January 27, 2025.

Founded in 1987, Pellfield employs about 260 people at two plants in Akron and Canton. Since
2016 it has supplied membranes to Orrin for its PureLine systems, and its sales have grown
faster over the past two years than at any time since 2011.

"Bringing Pellfield into Orrin gives us control of the technology at the heart of our
fastest-growing product line," said Dana Kowalczyk, President and Chief Executive Officer of
Orrin.

Pellfield will operate as a business unit within Orrin's Industrial segment. Orrin expects to
complete the integration by September 30, 2025, and plans to open a membrane research center
in Akron in 2026.

Conference Call
Orrin will host a conference call to discuss the acquisition on February 20, 2025, at
10:00 a.m. ET. Dial-in: 1-877-555-0193; conference ID 4417.

About Orrin Water Technologies
Orrin Water Technologies designs, builds and services water treatment systems for food,
chemical and power customers in more than 40 countries. For more information, visit
www.orrinwater.example.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media Contact: Grace Lindqvist, (216) 555-0147, media@orrinwater.example

SOURCE Orrin Water Technologies, Inc.""",
        (
            expect("2025-02-18", "acquisition", "complet"),
            expect("2024-12-09", "announc"),
            expect("2025-01-27", "clearance"),
            expect("1987", "found"),
            expect("2016/..", "suppl"),
            expect("../2025-09-30", "integration", planned=True),
            expect("2026", "research", planned=True),
            expect("2025-02-20", "call", planned=True),
        ),
    ),
    Text(
        "whitcomb-v-harborview",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-0417
Filed March 12, 2024

DANA WHITCOMB,
Plaintiff-Appellant,

v.

HARBORVIEW PROPERTIES, LLC,
Defendant-Appellee.

Appeal from the District Court for Carrow County, Ruth Eklund, Judge.

A tenant appeals the grant of summary judgment to her landlord on her claim for damage caused
by a burst pipe. REVERSED AND REMANDED.

Considered by Tabor, P.J., and Greer and Mullins, JJ.

GREER, Judge.

I. Background Facts and Proceedings.

Harborview Properties has owned the apartment building at 410 Lakeside Drive since 2009. On or
about June 3, 2021, Dana Whitcomb signed a one-year lease for unit 3B. On August 15, 2021, a
supply pipe in the unit above burst, flooding Whitcomb's apartment and destroying furniture,
clothing, and a piano she valued at $14,500.

Whitcomb vacated the unit before September 1, 2021, and filed this action on January 10, 2022,
alleging Harborview breached its duty under Westmarch Code section 562.15 (2021) to keep the
premises in a fit and habitable condition. Harborview moved for summary judgment, arguing a
waiver clause in the lease barred the claim. The district court granted the motion on May 2,
2023, and Whitcomb appealed on May 30, 2023.

II. Standard of Review.

We review summary judgment rulings for correction of errors at law. Morrow v. Dane, 944
N.W.2d 101, 105 (Westm. 2020).

III. Analysis.

The Residential Landlord and Tenant Act of 1978 forbids a lease clause by which a tenant
agrees to waive a landlord's duty to repair. The waiver in paragraph 14 of Whitcomb's lease is
of exactly that kind, and it cannot support judgment for Harborview. Whether Harborview knew or
should have known of the leak is a disputed question of fact for trial.

IV. Disposition.

We reverse the grant of summary judgment and remand for further proceedings.

REVERSED AND REMANDED.""",
        (
            expect("2009/..", "own"),
            expect("2021-06-03~", "lease"),
            expect("2021-08-15", "pipe", "burst"),
            expect("../2021-09-01", "vacat"),
            expect("2022-01-10", "file"),
            expect("2023-05-02", "grant"),
            expect("2023-05-30", "appeal"),
        ),
    ),
    Text(
        "varnholm-bridge",
        "encyclopedia history",
        None,
        """Varnholm Bridge

Varnholm Bridge (Norvic: Varnholmsbrua) is a stone arch bridge over the river Selde in the old
town of Varnholm. With nine arches and a total length of 1,712 feet, it is the longest
surviving pre-industrial bridge in the region.

History

A ford at the site is mentioned in a charter of the bishops of Odby, and a ferry is recorded
there in the later Middle Ages. A timber bridge was possibly built in 1612 by the town
council. It was swept away by floods in 1689 and 1702, and was rebuilt each time at the
expense of the merchants' guild.

Construction of the present stone bridge started c. 1765 under the military engineer Carl
Edvard Lind (1721-1790) and was completed in 1771. Lind's design, with its pointed cutwaters,
was copied for several smaller bridges in the province.

To carry the new tramway, the deck was widened between 1898 and 1901. During the Second World
War retreating troops blew up two of the arches; the bridge was repaired from 1947 to 1950
with stone from the original quarry at Hest. It was listed as a protected monument in 1962,
and has been closed to motor traffic since 1985.

Today the bridge carries some 14,000 pedestrians and cyclists a day. A midsummer market is
held on it every year, and it is the best-known image of the town.

See also
- List of bridges over the Selde
- Hest quarry

References
1. Aune, K. (1994). Selde bruer. Varnholm: Byhistorisk forlag. pp. 41-67.""",
        (
            expect("1612?", "timber"),
            expect("1689", "swept"),
            expect("1702", "swept"),
            expect("1765~", "construction"),
            expect("1771", "complet"),
            expect("1898/1901", "widen"),
            expect("1947/1950", "repair"),
            expect("1962", "monument"),
            expect("1985/..", "closed"),
        ),
    ),
    Text(
        "harlow-rovers-dunmere",
        "sports report",
        date(2025, 4, 13),
        """RUGBY UNION | CHAMPIONSHIP CUP QUARTER-FINAL

Rovers hold off holders Dunmere to reach first semi in eight years

By Gareth Price

Harlow Rovers 27 Dunmere 19

Harlow Rovers are through to the Championship Cup semi-finals for the first time since 2017
after a bruising 27-19 win over holders Dunmere at Ashgrove Park on Saturday.

Winger Tobi Okafor scored two of Rovers' three tries, taking his tally for the club to 50
since his debut in September 2019, and fly-half Connor Weir kicked 12 points in front of a
crowd of 4,812 at the 93-year-old ground.

Dunmere, who won the cup in 2021 and 2023, led 13-10 at half-time but lost flanker Ross
Baird to a yellow card on 54 minutes, and Rovers scored twice while he was off.

"We've talked all season about winning the big moments," Rovers head coach Mel Arkwright
said. "Today we did. The lads emptied the tank."

The win came at a cost: captain Jamie Lowther went off with a knee injury after 31 minutes
and is expected to return in May.

Rovers will play Carlow Harlequins in the semi-final next Saturday at Ashgrove Park, kick-off
3pm. The final is scheduled for 10 May at Kellbrook Stadium.

Harlow Rovers: Mensah; Okafor, Dale, Fenn, Bright; Weir, Coles; Ward, Pike, Hale, Lowther
(capt), Grant, Mayo, Sutton, Adeyemi.

Dunmere: Kerr; Lyle, Boyd, Innes, Shaw; Fyfe, Rae; Moir, Kyle, Gow, Baird, Nairn, Hay, Reid,
Cowie.

Referee: S. Whitlock.""",
        (
            expect("2025-04-12", "rovers", "dunmere"),
            expect("2019-09", "debut"),
            expect("2021", "cup"),
            expect("2023", "cup"),
            expect("2025-05", "return", planned=True),
            expect("2025-04-19", "semi", planned=True),
            expect("2025-05-10", "final", planned=True),
        ),
    ),
    Text(
        "hartwell-lyme-biscuits",
        "company history",
        None,
        """Our Story

Hartwell & Lyme has been baking biscuits in Sowerby Mill for 150 years. Here is how a
one-oven bakehouse became one of the north's best-loved biscuit makers.

1874 - A bakehouse on Wharf Street
Ellen Hartwell, a widow with four children, founded the business in 1874, selling ginger
biscuits from a single oven behind her shop on Wharf Street.

1891 - Hartwell & Lyme
In 1891 her son Arthur went into partnership with George Lyme, a miller's son from the next
valley, and the firm took the name it still bears. Around 1905 the company moved to a
steam-powered factory beside the canal, baking 1,874 tins a week - a number, the old bakers
said, chosen in Ellen's honour.

War and peace
Between 1914 and 1918 the factory made ration biscuits for the army. In the 1950s our Custard
Crown became a teatime favourite across the north, and the factory ran two shifts a day.

Changing hands
In 1968 the firm was acquired by Dorrington Foods. The following year the original Wharf
Street bakehouse closed, and its oven went to the town museum, where you can still see it.
Since 2004 the company has been owned by its employees through the Hartwell & Lyme Employee
Trust.

Looking ahead
We plan to open a visitor centre and shop at the canal-side factory in 2026. And every
December, as always, we will bake a single batch of Ellen's ginger biscuits to her original
recipe.

Home | Our biscuits | Our story | Careers | Contact
(c) 2025 Hartwell & Lyme Ltd. Registered in England No. 00187412.""",
        (
            expect("1874", "found"),
            expect("1891", "partnership"),
            expect("1905~", "moved"),
            expect("1914/1918", "ration"),
            expect("1968", "acquired"),
            expect("1969", "bakehouse", "closed"),
            expect("2004/..", "own"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "selka-2-lunar-orbiter",
        "mission summary",
        None,
        """SELKA-2 LUNAR ORBITER - MISSION SUMMARY
Astral Research Agency (ARA), Mission Operations Office
Document ARA-SK2-MS-014, Revision C

1. Overview
Selka-2 is ARA's second lunar mission and its first to carry a synthetic-aperture radar. Its
objectives are to map water ice in the permanently shadowed craters near the lunar south pole
and to test an autonomous navigation system for later landers.

2. Mission timeline
Selka-2 was launched on 14 February 2022 at 03:41 UTC on a Vektor-5 rocket from the Orlin
launch site. After a 16-day transfer, the spacecraft entered lunar orbit on 2 March, in an
elliptical orbit of 200 by 4,000 km. Two days later it lowered itself into a circular polar
orbit at 100 km. The radar returned its first images on 9 March.

The primary mission ended on 1 March 2023, and ARA approved an extension the same month.

On or about 17 June 2023 one of the four reaction wheels failed. The spacecraft has been
controlled with the remaining three wheels and its thrusters, at some cost in pointing
accuracy.

3. Status and plans
As of this revision the spacecraft has completed more than 11,000 orbits and returned 48 TB
of data, the largest lunar radar data set since the 1990s. ARA plans to end operations no
later than 31 December 2025, when the remaining propellant will be used for a controlled
impact on the far side.

Its successor, the Selka-3 lander, is expected to launch in 2027.

4. Key figures
Launch mass ........ 1,420 kg
Orbit .............. 100 km, polar
Radar band ......... S-band, 2,022 MHz
Data returned ...... 48 TB""",
        (
            expect("2022-02-14", "launch"),
            expect("2022-03-02", "orbit"),
            expect("2022-03-04", "lower"),
            expect("2022-03-09", "images"),
            expect("2023-03-01", "primary"),
            expect("2023-03", "extension"),
            expect("2023-06-17~", "wheel"),
            expect("../2025-12-31", "operations", planned=True),
            expect("2027", "lander", planned=True),
        ),
    ),
    Text(
        "lorne-avian-influenza",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Press Office

Statement on avian influenza in Lorne District
22 January 2025

The Ministry confirms that highly pathogenic avian influenza (H5N1) was detected at a
commercial poultry farm near Keswold, Lorne District, on 17 January. The farm was placed under
restriction the same night.

A 10 km surveillance zone has been in force around the farm since 18 January. The culling of
some 42,000 birds on the premises was completed on 20 January, and cleansing and disinfection
are expected to be finished by 29 January.

This is the first outbreak in commercial poultry in the country since November 2022.

The following measures apply:

- All keepers of 50 or more birds in Lorne District must register their flocks with the
  Ministry by 31 January.
- A housing order requiring all poultry in the district to be kept indoors will take effect
  at 00:01 on 27 January.
- Bird gatherings, including shows and markets, are suspended until further notice.

Subject to the results of surveillance testing, the surveillance zone is expected to be lifted
on 17 February.

Minister Halvard Stenberg will meet representatives of the Poultry Farmers' Association on
Friday to discuss compensation, which is paid at market value under the Animal Health Act
1998.

Keepers who notice signs of disease should call the Animal Disease Helpline on 0300 555 0199
(open 24 hours). The risk to public health remains very low.

Ends

Published 22 January 2025""",
        (
            expect("2025-01-17", "detect"),
            expect("2025-01-17", "restriction"),
            expect("2025-01-18/..", "zone"),
            expect("2025-01-20", "cull"),
            expect("../2025-01-29", "disinfection", planned=True),
            expect("../2025-01-31", "register", planned=True),
            expect("2025-01-27", "housing", planned=True),
            expect("2025-02-17", "lift", planned=True),
            expect("2025-01-24", "meet", planned=True),
        ),
    ),
    Text(
        "bramhope-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bramhope Central Library to reopen after £4.2m refurbishment | Bramhope Courier</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2X1"></script>
<script>window.dataLayer = window.dataLayer || []; gtag('config', 'G-7Q2X1');</script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a> | <a href="/whats-on">What's On</a></nav>
<article>
<h1>Bramhope Central Library to reopen after £4.2m refurbishment</h1>
<p class="byline">By Priya Lal, Local Democracy Reporter ·
<time datetime="2024-09-26T07:30:00+01:00">Thursday 26 September 2024</time></p>
<figure>
<img src="/img/library-reading-room-1931.jpg" alt="Readers at long tables">
<figcaption>The reading room in 1931. Photo: Bramhope Archives</figcaption>
</figure>
<p>Bramhope Central Library will reopen on Saturday after a two-year refurbishment that has
restored its Edwardian reading room and added a children's library and a lift.</p>
<p>The council approved the £4.2m scheme in March 2022, and the Grade II listed building
closed five months later, in August 2022. Work began in January 2023 but was held up by the
discovery of asbestos in the roof void, which pushed the reopening back from spring.</p>
<p>The library was built in 1906 with an £8,000 grant from a steel magnate's trust, and an
extension was added in 1974.</p>
<p>Councillor Ruth Adebayo, cabinet member for culture, said: "This building has been the
town's front room for more than a century, and it is ready for the next one."</p>
<p>A café run by the social enterprise Brew Forward will open on 14 October, and late
opening until 8pm on Thursdays will begin on 7 November.</p>
<p>The library holds 62,000 books. Opening hours are 9am to 5pm, Monday to Saturday. For
details call 0113 496 0732.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/asbestos-library-roof">Asbestos found in library roof</a>
<time datetime="2023-06-14">14 June 2023</time></li>
<li><a href="/news/library-revamp-approved">Council backs library revamp</a>
<time datetime="2022-03-10">10 March 2022</time></li>
</ul>
</aside>
<footer>
<p>Last updated <time datetime="2024-09-26T11:02:00+01:00">26 September 2024, 11:02</time></p>
<p>© 2024 Bramhope Courier Ltd</p>
</footer>
<script src="/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2024-09-28", "reopen", planned=True),
            expect("2022-03", "approv"),
            expect("2022-08", "closed"),
            expect("2023-01", "work"),
            expect("1906", "built"),
            expect("1974", "extension"),
            expect("2024-10-14", "caf", planned=True),
            expect("2024-11-07", "late", planned=True),
        ),
    ),
    Text(
        "dorren-river-ice-bulletins",
        "river ice break-up bulletin series",
        None,
        """DORREN RIVER BASIN - RIVER ICE BREAK-UP BULLETINS
Northern Hydrological Service, Forecast Centre Aldmoor
Duty forecaster: tel. 01847 555 210 (24 h)

================================================================
BULLETIN No. 4 - Issued 09:00, Tuesday 29 April 2025

Situation: Ice at Marten Crossing began moving at 14:32 on 28 April and ran for two hours
before jamming at Pike Bend. Water at the Pike Bend gauge rose 1.9 m in six hours.

Navigation on the lower Dorren below Hesk has been closed since 27 April. The seasonal ice
road between Aldmoor and Hesk closed on 14 April and will not reopen this season.

Outlook: Further movement is likely over the next 48 hours as daytime temperatures reach 9 °C.

================================================================
BULLETIN No. 5 - Issued 09:00, Wednesday 30 April 2025

Situation: The Pike Bend jam held overnight. The county issued an evacuation order for the
46 residents of Pike Bend at 23:00 on 29 April. The Dunvale gauge peaked at 6.84 m at 03:00
today, its highest level since 2013.

Outlook: Break-up at Dunvale is expected between 2 and 4 May. The average break-up date at
Dunvale is 7 May (1961-2020 record).

================================================================
BULLETIN No. 6 - Issued 12:00, Friday 2 May 2025

Situation: Ice cleared Dunvale at 11:20 on 1 May, earlier than forecast, and water levels are
falling at all gauges. The evacuation order for Pike Bend was lifted at 18:00 the same day.
The flood watch issued with Bulletin No. 3 is cancelled as of this bulletin.

Ferry service: Crews will begin clearing the ferry ramp at Rook Landing no later than 9 May,
and the Rook Landing ferry is expected to resume service on 12 May.

This is the final bulletin of the 2025 break-up season.""",
        (
            expect("2025-04-28", "ice", "mov"),
            expect("2025-04-27/..", "navigation"),
            expect("2025-04-14", "road"),
            expect("2025-04-29", "evacuation", "issu"),
            expect("2025-04-30", "peak"),
            expect("2025-05-02/2025-05-04", "break", planned=True),
            expect("2025-05-01", "ice", "clear"),
            expect("2025-05-01", "evacuation", "lift"),
            expect("2025-05-02", "cancel"),
            expect("../2025-05-09", "ramp", planned=True),
            expect("2025-05-12", "ferry", planned=True),
        ),
    ),
    Text(
        "quell-saltara-epee",
        "fencing world cup report",
        date(2025, 3, 3),
        """Fencing | World Cup

Quell wins épée gold in Saltara, Valdoria fifth in team event

Mon 3 Mar · Valdorian Fencing Federation news

Mara Quell won the women's épée World Cup in Saltara on Saturday, beating Kira Dovan of
Ostmark 15-12 in the final. It was her first World Cup gold since January 2023.

Quell, 27 and seeded 14th, came through a pool of seven without a defeat and beat the world
No. 1, Selin Arat, 15-14 in the semi-final with a hit in the last second.

On Sunday Quell, Ines Parr, Liv Strand and Tove Amari finished fifth in the team event after
losing 45-41 to Ostmark in the quarter-final.

Quell took up fencing in 2006 at the Ravnik club and made her senior World Cup debut in
November 2016. She has been coached since 2019 by Pietro Sandrin. "She fenced with her head
today, not her nerves," Sandrin said.

What's next
The team travels to the Grand Prix in Hollin from 21 to 23 March. The European Championships
are scheduled for 16-21 June in Korvan, and the federation will announce its squad for the
World Championships by 15 May.

Results - Women's épée, individual
1. Mara Quell (VAL)
2. Kira Dovan (OST)
3. Selin Arat (KAR), Yuna Hal (SOR)

Share · Print · Back to news""",
        (
            expect("2025-03-01", "quell"),
            expect("2025-03-02", "team"),
            expect("2006", "fencing"),
            expect("2016-11", "debut"),
            expect("2019/..", "coach"),
            expect("2025-03-21/2025-03-23", "prix", planned=True),
            expect("2025-06-16/2025-06-21", "european", planned=True),
            expect("../2025-05-15", "squad", planned=True),
        ),
    ),
    Text(
        "skarvik-carbon-capture",
        "carbon capture plant press release",
        None,
        """PRESS RELEASE

Nordhaven Energy begins CO2 injection at Skarvik carbon capture plant

Stavenmouth, 9 October 2025 - Nordhaven Energy ASA (OSE: NORDH) today confirmed that the
Skarvik carbon capture and storage plant has begun injecting carbon dioxide into the Brynja
sandstone formation, 2,600 metres below the seabed. The first tonnes of CO2 captured at the
Halvik cement works were injected on 7 October.

The project reached a final investment decision in June 2022, and construction of the capture
unit began the following year. The Ministry of Energy granted the storage licence on 3 March
2023, and mechanical completion was achieved on 14 July 2025.

"Skarvik shows that heavy industry can cut its emissions at scale," said chief executive
Sigrun Haldorsen.

The plant is designed to capture 400,000 tonnes of CO2 a year, around half of the cement
works' emissions, and is expected to reach full capacity by the end of March 2026. A second
capture line, which would double the plant's capacity, is planned to start up in 2028. The
Halvik cement works, which has been in operation since 1958, employs 310 people.

An official opening ceremony with the Minister of Energy will take place at Halvik on
20 November 2025.

Skarvik is the largest industrial carbon capture project in Northern Europe to start up since
2019.

About Nordhaven Energy
Nordhaven Energy ASA develops low-carbon energy and storage projects in the North Sea region.

Contact: Press office, +47 555 19 580, press@nordhaven.example

(c) 2025 Nordhaven Energy ASA""",
        (
            expect("2025-10-07", "inject"),
            expect("2022-06", "investment"),
            expect("2023", "construction"),
            expect("2023-03-03", "licence"),
            expect("2025-07-14", "mechanical"),
            expect("../2026-03", "full", "capacity", planned=True),
            expect("2028", "line", planned=True),
            expect("1958/..", "operation"),
            expect("2025-11-20", "ceremony", planned=True),
        ),
    ),
    Text(
        "tarrow-valley-field-book",
        "surveyor's field notebook of the 1840s",
        None,
        """FIELD BOOK No. 3
Survey of the proposed New Line of Road, Carrick to Bellagh, by the Tarrow Valley.
Jas. Delacourt, Asst. Surveyor.
1843.

June.

Mon. 5th. Left Carrick 6 a.m. with Mr. Hurley & the two chainmen, Pat Byrne & Michl.
Doyle. At the Old Mill by 11. Examined the ground N. of the river, v. boggy. Lodged at
Finnegan's.

Tues. 6th. Commenced the chaining at the B.M. on the Old Mill door-step, 312.40 ft. above
L.W. Ran 47 ch. by evening. Fine & warm.

Wed. 7th. Rain all day. No work. Plotted yesterday's line & wrote up the book.

Thurs. 8th. Reached the ford at Bellagh, 3 m. 5 fur. 20 ch. from the Mill. Took levels of
both approaches. The old bridge below the ford was built, as the people say, in 1790; two
arches gone. An old man of 84 yrs. remembers the great flood of '99 carrying them off.

Sat. 10th. Paid off the chainmen for the week, £2 4s. 6d. between them. Recd. the Board's
letter of the 6th inst., directing that the line be kept clear of Ld. Tarrow's demesne wall.

Mon. 12th. Mr. Ormsby, the engineer, came up from Carrick & went over the line with me. He
approves the crossing at Bellagh & purposes to have the cutting begun there by the 1st prox.
Mr. O. to return on the 19th inst. to see the levels.

July.

Sat. 1st. Cutting begun at Bellagh with 40 men & 6 horses, Mr. Ormsby present. Mr. H. to
Dublin with the plans.""",
        (
            expect("1843-06-05", "carrick"),
            expect("1843-06-06", "chaining"),
            expect("1843-06-07", "rain"),
            expect("1843-06-08", "ford"),
            expect("1790?", "bridge"),
            expect("1843-06-10", "paid"),
            expect("1843-06-06", "letter"),
            expect("1843-06-12", "ormsby"),
            expect("../1843-07-01", "cutting", planned=True),
            expect("1843-06-19", "return", planned=True),
            expect("1843-07-01", "cutting"),
        ),
    ),
    Text(
        "kelder-red-squirrel-2024",
        "red squirrel monitoring report",
        None,
        """KELDER FOREST RED SQUIRREL MONITORING PROGRAMME
Annual Report 2024
Prepared for the Kelder Forest Partnership by Northfield Ecology Ltd
Report ref. NE-2471 · Issued March 2025

1. Summary
The programme has monitored red squirrels across the 4,600 ha Kelder Forest stronghold since
2009. Occupancy was 86% (31 of 36 feeder stations), up from 81% the previous year, and no
grey squirrel has been recorded in the core area.

2. Methods
Surveys follow the national feeder-station protocol: hair tubes and trail cameras at 36
stations, checked weekly over a three-week period every April and September. In 2024 the
spring survey ran from 8 to 26 April and the autumn survey from 16 September to 4 October.

3. Results
Table 1. Stations with detections
Survey        Stations   Reds   Greys
Spring 2024   36         30     0
Autumn 2024   36         31     1

A grey squirrel was photographed at station H7 (Hob's Wood) on 3 June 2024, the first grey
inside the buffer zone since 2017. It was trapped and removed by the Partnership ranger on
11 June.

A dead red squirrel was found near Carr Lane on or about 20 August; squirrelpox was confirmed
by the veterinary laboratory on 2 September. No further cases have been found.

4. Next steps
- The 2025 spring survey will begin on 7 April 2025.
- Grey squirrel control in the buffer zone should be reviewed by 30 June 2025.
- Current funding from the Northern Heritage Fund is due to end on 31 March 2026; a renewal
  bid must be submitted no later than 30 September 2025.

Contact: Dr Anna Rusk, Northfield Ecology, 01632 960 477""",
        (
            expect("2009/..", "monitor"),
            expect("2024-04-08/2024-04-26", "spring"),
            expect("2024-09-16/2024-10-04", "autumn"),
            expect("2024-06-03", "photograph"),
            expect("2024-06-11", "trap"),
            expect("2024-08-20~", "found"),
            expect("2024-09-02", "confirm"),
            expect("2025-04-07", "survey", planned=True),
            expect("../2025-06-30", "review", planned=True),
            expect("2026-03-31", "funding", planned=True),
            expect("../2025-09-30", "bid", planned=True),
        ),
    ),
    Text(
        "glenrannoch-paper-mill",
        "paper mill history",
        None,
        """Glenrannoch Paper Mill: a short history
Compiled by the Glenrannoch Heritage Group

Beginnings
Paper was perhaps first made on the Rannoch Burn in 1720, when a "paper miln" is mentioned in
a dispute over water rights, though the reference is uncertain. The mill was certainly
working by 1748, when it appears in the Dunmore estate rent roll, let to one John Pirie,
papermaker.

Machines and fire
Hand-made paper gave way to machine-made in 1826, when the Pirie family installed the mill's
first paper machine. A fire destroyed the rag house on 3 February 1851, but the machine house
was saved. The rag house was rebuilt about 1853 in the local red sandstone.

The Strathmore years
In 1897 the mill was bought by the Strathmore Paper Company, which rebuilt it almost
entirely. Between 1940 and 1945 Glenrannoch made map and chart paper for the War Office.

Expansion and closure
PM3 started up in 1962 and PM4 in 1971. At its peak in the 1970s the mill employed about 640
people and turned out some 1,962 tonnes of paper a week.

Falling demand for coated paper led to the mill's closure on 30 June 2008, with the loss of
212 jobs. The buildings were then converted into flats and workshops; the conversion was
completed c. 2015.

The Heritage Group meets on the first Tuesday of every month in the old time office. New
members are always welcome.""",
        (
            expect("1720?", "paper"),
            expect("../1748", "working"),
            expect("1826", "machine"),
            expect("1851-02-03", "fire"),
            expect("1853~", "rebuilt"),
            expect("1897", "bought"),
            expect("1940/1945", "map"),
            expect("1962", "pm3"),
            expect("1971", "pm4"),
            expect("2008-06-30", "clos"),
            expect("2015~", "conver"),
        ),
    ),
    Text(
        "prison-capacity-statement",
        "justice minister's prison capacity statement",
        None,
        """Written Ministerial Statement
Ministry of Justice

Prison capacity

Statement made by the Secretary of State for Justice (Rt Hon Helen Markby MP) on 15 July 2025
Statement UIN HCWS812

I wish to update the House on the measures the Government is taking to manage prison
capacity.

Last week the adult male estate had 312 spare places, less than 0.4% of operational
capacity and the lowest margin since comparable records began in 2007.

Since September 2024, eligible prisoners serving standard determinate sentences have been
released at 40% of their sentence rather than 50%. The independent Sentencing Review, which I
commissioned in October 2024, reported on 16 May, and the Government accepted its main
recommendations on 3 June.

We are also building. HMP Ravenscar opened its first new houseblock, with 245 places, on
2 June. A further 1,200 places will be delivered across the estate by the end of March 2026,
and the new prison at Fenwick Moor is expected to open in 2027.

The Sentencing Bill, which will give effect to the Review's recommendations, will be
introduced in this House on 22 July. Until its provisions are in force the Government will
not hesitate to use emergency measures. In May 2023 the previous Government triggered
Operation Early Dawn, which allows defendants to be held in police cells until a prison place
is available. Changes to section 244 of the Criminal Justice Act 2003 will be set out in the
Bill.

I will update the House again before the summer recess.

Helen Markby""",
        (
            expect("2024-09/..", "releas"),
            expect("2024-10", "commission"),
            expect("2025-05-16", "report"),
            expect("2025-06-03", "accept"),
            expect("2025-06-02", "houseblock"),
            expect("../2026-03", "places", planned=True),
            expect("2027", "fenwick", planned=True),
            expect("2025-07-22", "bill", planned=True),
            expect("2023-05", "dawn"),
        ),
    ),
    Text(
        "ardmore-palm-house",
        "botanical garden HTML glasshouse restoration page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Palm House restoration | Ardmore Botanic Garden</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body class="page-project">
<header><a class="logo" href="/">Ardmore Botanic Garden</a>
<nav aria-label="Main"><ul><li><a href="/visit">Visit</a></li>
<li><a href="/whats-on">What's on</a></li><li><a href="/science">Science</a></li>
<li><a href="/support-us">Support us</a></li></ul></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/projects">Projects</a> ›
Palm House restoration</nav>
<h1>Restoring the Palm House</h1>
<p class="meta">Published <time datetime="2024-11-18">18 November 2024</time></p>
<p class="lead">Our Victorian Palm House, one of the earliest curvilinear glasshouses of
wrought iron and glass, is nearing the end of its first full restoration in forty years.</p>
<figure><img src="/media/palm-house-1905.jpg" alt="The Palm House seen from the pond">
<figcaption>The Palm House from the pond, c. 1905. Ardmore archive.</figcaption></figure>
<h2>A short history</h2>
<p>The garden was founded around 1798 as a physic garden for the town's medical school. The
Palm House was built between 1856 and 1859 to designs by the engineer Thomas Quinlan
(1811-1872). Its tallest palm, a Chilean wine palm, was planted around 1870. The house was
last restored from 1984 to 1988.</p>
<h2>The project</h2>
<p>The Palm House closed to the public on 1 November 2021, and restoration began in March
2022 with the removal of 16,000 panes of glass. The last of the new panes was fitted on
7 October 2024.</p>
<p>Replanting is under way. The large palms stayed in place under a protective frame
throughout the works and will be joined by some 1,859 smaller plants from our nursery; all
plants are to be back in the house by the end of February 2025.</p>
<h2>Reopening</h2>
<p>The Palm House will reopen on Saturday 5 April 2025. Entry is included in garden
admission (adults £12, concessions £9, under-16s free).</p>
<aside class="related"><h3>You might also like</h3><ul>
<li><a href="/news/rock-garden-reopens">Rock garden reopens</a>
<time datetime="2024-06-03">3 June 2024</time></li>
<li><a href="/news/palm-house-appeal">Palm House appeal reaches target</a>
<time datetime="2023-09-12">12 September 2023</time></li></ul></aside>
</main>
<footer><p>Ardmore Botanic Garden is a registered charity, No. SC004521.
© 2024 Ardmore Botanic Garden</p></footer>
<script src="/assets/js/analytics.js" async></script>
</body>
</html>""",
        (
            expect("1798~", "founded"),
            expect("1856/1859", "built"),
            expect("1870~", "planted"),
            expect("1984/1988", "restor"),
            expect("2021-11-01", "closed"),
            expect("2022-03", "restoration"),
            expect("2024-10-07", "pane"),
            expect("../2025-02", "plants", planned=True),
            expect("2025-04-05", "reopen", planned=True),
        ),
    ),
    Text(
        "ferrier-v-brackley-logistics",
        "employment appeal tribunal judgment",
        None,
        """Neutral Citation Number: [2025] EAT 61
Case No: EA-2024-000912-JOJ

EMPLOYMENT APPEAL TRIBUNAL
Rolls Building, Fetter Lane, London, EC4A 1NL

Date: 2 May 2025

Before:
HIS HONOUR JUDGE TAVENER

Between:
MS JOANNA FERRIER                                   Appellant
- and -
BRACKLEY LOGISTICS LIMITED                          Respondent

Mr Owen Pryce (instructed by Carrow Law Centre) for the Appellant
Ms Hannah Leigh (instructed by Thorne Dacre LLP) for the Respondent

Hearing date: 11 March 2025

JUDGMENT

SUMMARY
PREGNANCY AND MATERNITY DISCRIMINATION
The employment tribunal failed to ask why the claimant was selected for redundancy. The
appeal is allowed and the claim under section 18 of the Equality Act 2010 is remitted.

HIS HONOUR JUDGE TAVENER:

Introduction
1. The claimant began working for the respondent as a warehouse shift supervisor on 4 January
2016. On or about 14 September 2022 she told her line manager, Mr Dale, that she was pregnant.
She was dismissed on 19 October 2022, ostensibly for redundancy.

2. Following early conciliation through ACAS between 12 December 2022 and 20 January 2023,
she presented her claim on 2 February 2023. The tribunal (Employment Judge Ashby sitting with
members) heard the claim from 13 to 17 May 2024, and its reserved judgment was sent to the
parties on 28 June 2024. The claimant lodged her notice of appeal on 8 August 2024.

3. The tribunal directed itself by reference to Hartley v Kinross Foods Ltd [2019] ICR 1180,
but it did not go on to make findings about the reason for the selection.

Disposal
4. For these reasons the appeal is allowed. The claim is remitted to a freshly constituted
tribunal, and the parties should agree directions for the rehearing no later than 30 June
2025.""",
        (
            expect("2016-01-04", "working"),
            expect("2022-09-14~", "pregnant"),
            expect("2022-10-19", "dismiss"),
            expect("2022-12-12/2023-01-20", "conciliation"),
            expect("2023-02-02", "present"),
            expect("2024-05-13/2024-05-17", "heard"),
            expect("2024-06-28", "judgment"),
            expect("2024-08-08", "appeal"),
            expect("../2025-06-30", "directions", planned=True),
        ),
    ),
    Text(
        "aldane-forge-history",
        "sword smith's history",
        None,
        """The Aldane Forge: Four Centuries of Blades
Kessel Row, Brannock

Origins
According to family tradition, the forge was founded in 1562 by Hanno Aldane, a smith from
the upper valley, though no document of the time names him. The earliest surviving blade
bearing the running-wolf mark was forged in 1604 and hangs today in the town museum.

Guild and growth
In 1688 the Brannock Guild of Bladesmiths granted the forge the right to proof its own
blades, a privilege held by only three workshops in the city. Around 1750 the workshop moved
from the old town to Kessel Row, where a water wheel drove its tilt hammers.

From 1803 to 1815 the Aldane Forge supplied sabres to the army, turning out as many as 1,200
blades in a single year under Master Jorin Aldane (c. 1770-1838). The forge closed in 1931
after the death of Oskar Aldane, the last of the old line.

Revival
The forge was reopened in 1987 by Oskar's great-grandson Tomas Aldane, who had trained as a
knifemaker. It has been run as a working museum since 1994, and every September the smiths
hold an open forge weekend.

Our blades today
Each blade is forged from folded steel of some 500 layers and takes six to eight weeks to
make. Commissions: +44 1632 960 803.

The Aldane Forge Trust plans to open a new exhibition hall beside the water wheel in 2026.

(c) 2025 The Aldane Forge Trust""",
        (
            expect("1562?", "found"),
            expect("1604", "blade"),
            expect("1688", "guild"),
            expect("1750~", "moved"),
            expect("1803/1815", "sabre"),
            expect("1931", "closed"),
            expect("1987", "reopen"),
            expect("1994/..", "museum"),
            expect("2026", "exhibition", planned=True),
        ),
    ),
    Text(
        "ashcombe-park-bowls-programme",
        "bowls club match programme",
        None,
        """ASHCOMBE PARK BOWLING CLUB
Est. 1908

OFFICIAL MATCH PROGRAMME - 50p
Saturday 14 June 2025
ASHCOMBE PARK v MARLOW VALE
Friendly Fours · Roll-up 1.30 pm · Play starts 2.00 pm

FROM THE PRESIDENT
Good afternoon, and a warm welcome to our old friends from Marlow Vale. The green is in fine
fettle thanks to our greenkeeper, Len Foster, who has tended it every week for thirty years.
Tea and cakes will be served in the clubhouse after play.

A LITTLE HISTORY
The club was founded in 1908 by workers from the Ashcombe brickworks. Our clubhouse was
opened by the Mayor, Alderman J. R. Pike, on 3 May 1958, and the club went on to win the
County Fours championship in 1973, 1981 and 1999.

CLUB NOTICES
- Club championships: entries to the Match Secretary by 30 June, please.
- Open Day: Sunday 29 June, 10 am to 4 pm. Bring a friend - flat shoes essential!
- Finals Day will be held on Saturday 6 September, followed by the presentation supper.
- Tuesday evening roll-ups continue every week from 6.30 pm.
- Annual subscription £95; juniors £20.

TODAY'S TEAMS
Rink 1: D. Carter, M. Singh, P. Hollis, R. Mayhew (skip)
Rink 2: J. Webb, S. Okoro, A. Fenwick, G. Lister (skip)

FORTHCOMING FIXTURES
Sat 21 June    Hollybrook (A)               2.00
Sat 28 June    County Cup Rd 2 v Denholm (H)  2.00

Programme printed by Ashcombe Print, 01632 960 114""",
        (
            expect("1908", "founded"),
            expect("1958-05-03", "clubhouse"),
            expect("1973", "fours"),
            expect("1981", "fours"),
            expect("1999", "fours"),
            expect("../2025-06-30", "entries", planned=True),
            expect("2025-06-29", "open", "day", planned=True),
            expect("2025-09-06", "finals", planned=True),
            expect("2025-06-21", "hollybrook", planned=True),
            expect("2025-06-28", "denholm", planned=True),
        ),
    ),
)
