"""The hundred-and-twenty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the draft's code or its earlier test texts. Twenty styles,
one text each: a wire story with a dateline, a press release, a court opinion, an
encyclopedia history, a sports report, a company history, a mission summary (space), a
government statement, an HTML news page, a shipwreck survey report, a chess olympiad report,
a bank's rate decision statement, a vineyard's harvest journal, an airline's route
announcement, a cathedral's restoration history, an embassy travel advisory, a school's
centenary history, a pipeline incident report, a choir's concert tour diary and a planning
inquiry decision. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 2025", "the 1890s", "the 2022-23 winter") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYEIGHTH_CORPUS",)


HUNDREDTWENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "velmora-bridge-reopens",
        "wire story with a dateline",
        date(2025, 2, 20),
        """VELMORA, Feb 20 (Northgate Wire) - Engineers reopened the Velmora rail bridge to
freight trains on Thursday, eleven days after a gravel barge struck one of its piers and cut
the line between the river port and the coast.

The barge Hendrika lost steering in a strong current and hit the central pier on February 9.
Its three crew members were unhurt.

Passenger services are to resume on Monday, once inspectors from the national rail authority
have signed off the repairs, said a spokesman for Transvel, which has operated the line since
2002.

The bridge, opened in 1911 and strengthened in 1964, carries about 40 freight trains a day.
The closure was the longest on the line since 1997.

Transvel said it would seek damages from the barge's owner, Rhenvaart Logistics. Rhenvaart
filed an account of the accident with the river police on Tuesday and said it was
cooperating fully.

Hauliers, who meet Transvel every quarter to discuss capacity, said the closure had cost
them some 3.5 million euros in diversions and idle lorries.

The river safety board has opened an inquiry and is expected to publish its findings by
June 30.

(Reporting by Aino Kessler; Editing by Rafael Dunmore)""",
        (
            expect("2025-02-20", "bridge", "reopen"),
            expect("2025-02-09", "hendrika"),
            expect("2025-02-24", "passenger", planned=True),
            expect("2002/..", "transvel", "operat"),
            expect("1911", "open"),
            expect("1964", "strengthen"),
            expect("2025-02-18", "rhenvaart"),
            expect("../2025-06-30", "findings", planned=True),
        ),
    ),
    Text(
        "aldwick-tarrow-plant",
        "press release",
        date(2024, 11, 6),
        """FOR IMMEDIATE RELEASE

Aldwick Biosystems to build £38 million enzyme plant in Tarrow

TARROW, 6 November 2024 - Aldwick Biosystems Ltd, a maker of industrial enzymes, today
announced plans to build a fermentation plant at Tarrow Business Park, creating some 120
jobs.

The company bought the 4.2-hectare site from Tarrow Borough Council on 14 October.
Construction is scheduled to begin in January 2025, and the plant is expected to be in
production no later than December 2026.

"Tarrow gives us room to grow and a skilled workforce on the doorstep," said chief executive
Priya Hollin. "This is the largest investment in our history."

Aldwick was founded in 2009 as a spin-out of the University of Wrexford. It opened its first
plant, in Cullen, in 2012 and added a second production line there the following year. The
company has supplied enzymes to Europe's largest detergent makers since 2015 and now exports
to 31 countries.

Councillor Ben Asante, leader of Tarrow Borough Council, said the plant was "exactly the
kind of investment the business park was built for."

ENDS

Notes to editors
Aldwick Biosystems Ltd (company no. 06984213) is certified to ISO 9001:2015 and
ISO 14001:2015. Revenue in the year to March 2024 was £64 million.

Media contact: Helen Marsh, +44 1632 960412, press@aldwick-bio.example""",
        (
            expect("2024-11-06", "announc"),
            expect("2024-10-14", "site"),
            expect("2025-01", "construction", planned=True),
            expect("../2026-12", "production", planned=True),
            expect("2009", "found"),
            expect("2012", "plant"),
            expect("2013", "line"),
            expect("2015/..", "suppl"),
        ),
    ),
    Text(
        "marlowe-v-dessen-county",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF NORTH CALDER
SECOND APPELLATE DISTRICT

MARLOWE FREIGHT, INC.,
        Plaintiff and Appellant,
    v.                                                  No. 23-CA-0917
DESSEN COUNTY,
        Defendant and Respondent.

Filed March 4, 2024

OPINION

HARGREAVE, J.

Marlowe Freight, Inc. appeals from the summary judgment entered for Dessen County on
July 18, 2023. We affirm.

I. BACKGROUND

The County has owned the warehouse at 14 Pell Street since 1961. In 1998 it leased the
building to Marlowe for twenty-five years. Clause 19 of the lease required written notice of
renewal no later than ninety days before the term ended.

On or about January 10, 2023, Marlowe's operations manager telephoned the County's property
office to say that the company wished to renew. No written notice followed. The County
served a notice to quit on February 2, and Marlowe filed suit on March 15. The lease expired
on March 31, 2023, and Marlowe has remained in possession under a stay. The trial court
granted summary judgment for the County, and Marlowe appealed. We heard oral argument on
January 23, 2024.

II. DISCUSSION

Marlowe argues that the telephone call satisfied Clause 19, or that the County waived
written notice by its conduct. Neither argument succeeds. Section 12 of the Commercial
Tenancies Act of 1986 requires that a notice affecting an interest in land be in writing,
and nothing in the record shows that the County led Marlowe to believe otherwise. (See
Orrin v. Baye Mills (1979) 214 N.C.2d 88, 93.)

III. DISPOSITION

The judgment is affirmed. The stay is lifted, and Marlowe shall deliver up possession of the
premises no later than April 30, 2024. The County shall recover its costs on appeal.

WE CONCUR: OKAFOR, P. J.; LINDQVIST, J.""",
        (
            expect("2023-07-18", "judgment"),
            expect("1961/..", "own"),
            expect("1998", "lease"),
            expect("2023-01-10~", "telephon"),
            expect("2023-02-02", "notice"),
            expect("2023-03-15", "suit"),
            expect("2023-03-31", "lease", "expir"),
            expect("2024-01-23", "argument"),
            expect("../2024-04-30", "possession", planned=True),
        ),
    ),
    Text(
        "kellmarsh-history",
        "encyclopedia history",
        None,
        """Kellmarsh

Kellmarsh is a market town and civil parish in the Vale of Addry, on the north bank of the
River Senn. Its population is about 9,400.

History

The earliest record of the place is a charter of c. 1150 that mentions a mill at
"Kelmeresc". The manor passed to the priory of Hethfield, which obtained a market charter for
the town in 1227; a yearly fair on St Giles' day had been granted by 1241.

The parish church of St Aldhelm was largely rebuilt after a fire, possibly in 1473, that
destroyed the nave. Wool and later gloves made the town prosperous, and many of the
timber-framed houses in Bridge Street date from this period.

The Addry Navigation canal reached Kellmarsh in 1794, and the railway followed in 1852, when
the Senn Valley Railway opened its line from Harlby. Passenger trains ceased in 1966 and the
station was demolished three years later.

The town has been part of the district of Addry Vale since 1974. The former glove factory on
Mill Lane, the largest in England in the 1890s, was converted into flats in 2008.

See also
- List of market towns in the Vale of Addry

References
1. Hollis, M. (1988). A History of Kellmarsh. Harlby: Vale Press, p. 41.
2. Addry Vale District Council (2011). Kellmarsh Conservation Area Appraisal.""",
        (
            expect("1150~", "charter"),
            expect("1227", "market"),
            expect("../1241", "fair"),
            expect("1473?", "fire"),
            expect("1794", "canal"),
            expect("1852", "railway"),
            expect("1966", "passenger"),
            expect("1969", "demolish"),
            expect("1974/..", "district"),
            expect("2008", "convert"),
        ),
    ),
    Text(
        "ashby-rovers-cup",
        "sports report",
        date(2024, 3, 17),
        """Rovers edge Harlow to reach first County Cup semi-final in 35 years

By Dan Merriweather
Sunday 17 March 2024

Ashby Rovers are into the semi-finals of the County Cup for the first time since 1989 after
a 2-1 win over Harlow Town at Greyfield Park on Saturday.

Kofi Addo headed the winner in the 78th minute, meeting a corner from captain Sam Brightwell
at the near post. Harlow, who had beaten Rovers 3-0 in the league on 3 February, levelled
through Joel Marten shortly after half-time but could not find a second.

Addo, who signed from Wendover in August 2023, now has 14 goals this season. "He was
brilliant today," said manager Petra Lind, appointed in November 2022. "We've lost here
every year I've been at the club, so this one feels special."

Rovers, who play in the fourth tier, will meet holders Castleford in the semi-final at
Millbrook Stadium on April 13. Tickets go on sale to season-ticket holders on Wednesday.

Before that, Lind's side must fit in a rearranged league match at home to Dunmore on
Tuesday.

The club, founded in 1883, has never reached a final.

Ashby Rovers: Grieve; Holt, Okonjo, Marsh, Penn; Brightwell, Daly (Yusuf 70), Ferris; Addo,
Lowe, Kay.
Harlow Town: Stiles; Abara, Quinn, Delaney, Ruiz; Marten, Cole, Prentice (Ward 81); Hobbs,
Nwosu, Lyle.
Attendance: 2,914.""",
        (
            expect("2024-03-16", "harlow"),
            expect("2024-02-03", "harlow"),
            expect("2023-08", "addo", "sign"),
            expect("2022-11", "lind", "appoint"),
            expect("2024-04-13", "semi", planned=True),
            expect("2024-03-20", "tickets", planned=True),
            expect("2024-03-19", "dunmore", planned=True),
            expect("1883", "found"),
        ),
    ),
    Text(
        "halvard-pumps-history",
        "company history",
        None,
        """About us > Our history

A hundred years of moving water

Halvard Pumps began in 1921, when the engineer Oskar Halvard opened a repair workshop for
farm pumps behind his father's smithy in Vessby. His first pump of his own design, the
hand-operated H1, went on sale in 1926, and the business was incorporated as Halvard
Pumpar AB two years later. The first export order, probably in 1934, went to a dairy
cooperative in Finland.

In 1957 the company moved to its present site on Kanalvägen, where the foundry and the
assembly halls still stand. Electric submersible pumps have been our core business since
about 1975.

Oskar's grandson Erik Halvard led the company from 1981 to 2004. In that year the family
sold a majority stake to the investment group Nordkap, which still owns it.

In March 2019 we opened a test centre at Vessby where customers can watch their pumps run
at full load, and a new factory in Pune, India, is planned to open in 2026.

Today Halvard employs 640 people in eleven countries and sells pumps in more than 70. Every
pump we make is tested to EN 12050-1 before it leaves the factory.

Contact | Careers | Press | Cookie settings""",
        (
            expect("1921", "workshop"),
            expect("1926", "h1"),
            expect("1928", "incorporat"),
            expect("1934?", "export"),
            expect("1957", "move"),
            expect("1975~/..", "submersible"),
            expect("1981/2004", "erik"),
            expect("2004", "stake"),
            expect("2019-03", "test"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "tessera-mission-summary",
        "mission summary",
        date(2024, 5, 12),
        """TESSERA Mission Summary
Document TSR-OPS-0042, rev. 7 | Last updated: 12 May 2024

Mission: asteroid sample return | Target: (48213) 2011 QK7 | Launch mass: 1,840 kg

TESSERA was launched on 14 September 2019 on an Orin-5 rocket from the Sarnath launch
complex. Its ion engines were fired for the first time on 11 December, and it flew past
Earth on 3 October 2020 to gain speed for the outbound cruise.

The spacecraft arrived at 2011 QK7, a dark, carbon-rich asteroid about 600 metres across, on
22 June 2022. After four months of mapping, it touched down briefly on 19 October and
collected an estimated 90 grams of surface material.

TESSERA left the asteroid on or about 2 March 2023, when its engines were restarted for the
return cruise. It is on course for an Earth flyby in late 2025, during which the sample
capsule will be released. The capsule is scheduled to land at the Kelso Flats range on
8 December 2025.

After the release the spacecraft will stay in a solar orbit. Operations are to end no later
than 30 June 2026, when funding for the extended mission runs out.

Instruments: TCAM (camera), TIRS (infrared spectrometer), LIDAR-2, sampling arm SA-1.
Contact: tessera-ops@sarnath-space.example""",
        (
            expect("2019-09-14", "launch"),
            expect("2019-12-11", "engine"),
            expect("2020-10-03", "earth"),
            expect("2022-06-22", "arriv"),
            expect("2022-10-19", "touch"),
            expect("2023-03-02~", "left"),
            expect("2025-12-08", "capsule", planned=True),
            expect("../2026-06-30", "operations", planned=True),
        ),
    ),
    Text(
        "lower-senne-drought-alert",
        "government statement",
        date(2025, 5, 9),
        """MINISTRY OF WATER AND ENVIRONMENT
Press statement | 9 May 2025

Drought alert raised to stage two in the Lower Senne basin

The Ministry today raised the drought alert for the Lower Senne basin to stage two, after
the driest spring in the Ministry's records. A stage-one alert was issued for the basin on
14 March.

Under the stage-two measures, which take effect on Monday, irrigation from the Senne and its
tributaries will be allowed only between 20:00 and 06:00, and the filling of private
swimming pools is banned.

Water companies serving the basin must submit updated contingency plans to the Ministry no
later than 30 May. The Minister, Aurélie Vantongeren, will visit the Hollebeek reservoir,
now 38 per cent full, on Wednesday.

"Every household and every farm has a part to play," the Minister said.

The measures will be reviewed every fourteen days. The last stage-two alert in the basin,
declared in the summer of 2018, was lifted in September of that year. The national drought
plan under which the alerts are issued was adopted in 2011.

Press office: +32 2 555 01 77 | press@water-env.example""",
        (
            expect("2025-05-09", "alert", "rais"),
            expect("2025-03-14", "alert"),
            expect("2025-05-12", "measures", planned=True),
            expect("../2025-05-30", "contingency", planned=True),
            expect("2025-05-14", "visit", planned=True),
            expect("2018-09", "lift"),
            expect("2011", "adopt"),
        ),
    ),
    Text(
        "dunmere-library-reopens",
        "HTML news page",
        date(2024, 8, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central library reopens after two-year renovation | Dunmere Gazette</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central library reopens after two-year renovation</h1>
<p class="byline">By Ines Carrow |
<time datetime="2024-08-02">Friday 2 August 2024</time></p>
<p>Dunmere Central Library reopened to the public on Thursday after a &pound;6.2 million
renovation that added a roof terrace, a lift to every floor and 40 public computers.</p>
<p>The Grade II listed building closed on 30 July 2022. Work began that October, but was
held up for five months when asbestos was found in the basement.</p>
<p>Paid for by the industrialist Thomas Erlam, the library opened in 1906 and was extended in
1938. It lent more books in 1951 than in any year before or since.</p>
<p>A caf&eacute; on the ground floor will open on 19 August, and the new children's wing is
to be finished no later than 30 September. The mayor, Cllr Rosa Whitlock, will perform an
official opening on Saturday 7 September. A mobile library service for outlying villages is
due to start in October.</p>
<p>Opening hours: Monday to Saturday, 9:00&ndash;18:00. Members may borrow up to 12
items.</p>
</article>
<footer>&copy; 2024 Dunmere Gazette. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2024-08-01", "reopen"),
            expect("2022-07-30", "clos"),
            expect("2022-10", "work"),
            expect("1906", "open"),
            expect("1938", "extend"),
            expect("2024-08-19", "caf", planned=True),
            expect("../2024-09-30", "wing", planned=True),
            expect("2024-09-07", "official", planned=True),
            expect("2024-10", "mobile", planned=True),
        ),
    ),
    Text(
        "ellen-vasse-wreck-survey",
        "shipwreck survey report",
        date(2023, 12, 1),
        """WESTMARCH MARITIME ARCHAEOLOGY UNIT
Survey Report SR-2023/14
Wreck of the schooner Ellen Vasse, Corran Bay
Report date: 1 December 2023 | Author: Dr M. Tregarthen | Grid ref. SW 71842 26310

1. Summary
Divers from the Unit surveyed the wreck between 11 and 15 September 2023, following a report
of exposed timbers made by a local fisherman, Mr J. Pascoe, on 28 August. The remains lie at
a depth of 8-10 m on a sandy seabed, bearing 214 degrees from the end of Corran pier.

2. Historical background
The Ellen Vasse, a two-masted wooden schooner of 112 tons, was built at Penhallow in about
1862 and carried coal and china clay along the coast. She was lost in a south-westerly gale
on 17 November 1881 while seeking shelter in the bay; her crew of six were taken off by the
Corran lifeboat. A Board of Trade inquiry at Falworth the following month cleared her master
of blame.

A bronze bell was raised from the site by sport divers in about 1974 and is now in Corran
Museum.

3. Site description
About 14 m of the keel survives, with frames, a windlass and scattered iron ballast. The
exposure appears to follow the storms of the 2022-23 winter.

4. Recommendations
4.1 The site should be resurveyed no later than September 2025 to monitor erosion.
4.2 The Unit will submit a proposal for statutory designation to the heritage agency by
31 March 2024.
4.3 Divers should not disturb or remove material from the site.""",
        (
            expect("2023-09-11/2023-09-15", "survey"),
            expect("2023-08-28", "timbers"),
            expect("1862~", "built"),
            expect("1881-11-17", "lost"),
            expect("1881-12", "inquiry"),
            expect("1974~", "bell"),
            expect("../2025-09", "resurvey", planned=True),
            expect("../2024-03-31", "designation", planned=True),
        ),
    ),
    Text(
        "olympiad-round-nine",
        "chess olympiad report",
        date(2025, 9, 26),
        """Chess Olympiad, Round 9: Veltria's women stun the top seeds

Kavarna, 26 September 2025 - The Veltrian women's team produced the shock of the Olympiad in
Thursday's ninth round, beating the top seeds Arvonia 2.5-1.5 at the Kavarna Congress Hall.

On board one, IM Lira Santos outplayed GM Yelena Marchetti in a long Catalan. Santos, who
won the Veltrian championship in 2019, 2021 and 2023, converted an extra pawn after 71
moves, while the other three games were drawn.

The result lifts Veltria into a tie for second place. The country's best Olympiad result
remains a bronze medal won in 1994; it has been a member of FIDE since 1957.

The Olympiad opened on 15 September with 188 teams in the open section and 162 in the
women's. Round 10 starts at 15:00 on Saturday, and the eleventh and final round will be
played on Sunday, with the closing ceremony on Monday evening.

In the open section, Arvonia remain a match point clear after a 2-2 draw with Sorrenia,
whose top board, GM Teodor Vlasic, has now drawn all nine of his games.

Standings after Round 9 (women): 1. Arvonia 15; 2-4. Veltria, Sorrenia, Hallstadt 14;
5-9. Norvale, Kestria, Amaranth, Ondria, Pellavia 13.
Standings after Round 9 (open): 1. Arvonia 16; 2. Sorrenia 15; 3-5. Kestria, Hallstadt,
Norvale 14.""",
        (
            expect("2025-09-25", "veltria"),
            expect("2019", "championship"),
            expect("2021", "championship"),
            expect("2023", "championship"),
            expect("1994", "bronze"),
            expect("1957/..", "fide"),
            expect("2025-09-15", "olympiad", "open"),
            expect("2025-09-27", "round", planned=True),
            expect("2025-09-28", "round", planned=True),
            expect("2025-09-29", "closing", planned=True),
        ),
    ),
    Text(
        "lesmora-rate-decision",
        "bank's rate decision statement",
        date(2023, 6, 14),
        """BANK OF LESMORA
Monetary Policy Summary, June 2023
Published 14 June 2023 at 12:00

The Monetary Policy Committee (MPC) sets monetary policy to meet the 2% inflation target and
in a way that helps to sustain growth and employment.

At its meeting ending on 14 June 2023, the MPC voted by a majority of 6-3 to raise Bank Rate
by 0.25 percentage points, to 4.75%. Three members preferred to maintain Bank Rate at 4.5%.

Annual consumer price inflation fell to 7.9% in May but remains well above the target. The
Committee expects inflation to fall to around 3% by December 2024, as energy and food
prices ease and past increases in Bank Rate weigh on demand.

The temporary energy bill support scheme, introduced in October 2022, ends on 30 June. Bank
Rate has been raised at every meeting since December 2021.

The Committee will continue to monitor closely indications of persistent inflationary
pressures, and if there were evidence of more persistent pressures, further tightening in
monetary policy would be required.

The minutes of this meeting will be published on 28 June. The MPC's next decision will be
announced on Thursday 3 August.

Enquiries: Press Office, +44 20 7946 0311, press@bankoflesmora.example""",
        (
            expect("2023-06-14", "rate"),
            expect("2023-05", "inflation"),
            expect("../2024-12", "inflation", planned=True),
            expect("2022-10", "introduc"),
            expect("2023-06-30", "scheme", planned=True),
            expect("2023-06-28", "minutes", planned=True),
            expect("2023-08-03", "decision", planned=True),
        ),
    ),
    Text(
        "colombettes-harvest-2024",
        "vineyard's harvest journal",
        date(2024, 9, 18),
        """Domaine des Colombettes, Saint-Aubrac
Cellar book - harvest journal, vintage 2024 (kept by Léa Marchal)

Before the harvest. Budbreak came early this year, on or about 28 March, and the frost of
22 April took perhaps a fifth of the Chardonnay buds on the lower terraces. At the end of
August the south slope showed 12.1% potential alcohol, acids still high, so we waited.

5 September. First Chardonnay picked on the south slope at dawn. Fourteen pickers, 3.2
tonnes by noon. We pick by hand, as we have every year since Grandfather planted the slope.

9 September. Hail in the afternoon, ten minutes of it. Two rows of Pinot on the Combe lost.

12 September. Began the Pinot noir; finished it two days later. Good colour, healthy skins,
no rot to speak of.

18 September. Last grapes in - the old-vine Gamay from the top of the hill. The cellar was
dug by Grandfather around 1931, and his old basket press still does the Gamay. The new
pneumatic press should be delivered by 15 October. We plan to bottle the Chardonnay in
May 2025.

Total: 41 hl/ha, the smallest crop since 2017. Sugar and acid readings are in the lab
book.""",
        (
            expect("2024-03-28~", "budbreak"),
            expect("2024-04-22", "frost"),
            expect("2024-09-05", "chardonnay"),
            expect("2024-09-09", "hail"),
            expect("2024-09-12", "pinot"),
            expect("2024-09-14", "finish"),
            expect("2024-09-18", "grapes"),
            expect("1931~", "cellar"),
            expect("../2024-10-15", "press", planned=True),
            expect("2025-05", "bottl", planned=True),
        ),
    ),
    Text(
        "skyvale-valletta-route",
        "airline's route announcement",
        date(2025, 1, 15),
        """NEWS RELEASE | 15 January 2025

Skyvale Airways to fly Brenmoor-Valletta from March

Skyvale Airways will launch non-stop flights between Brenmoor and Valletta on 30 March, the
first day of its summer schedule. The route will be flown three times a week, on Mondays,
Wednesdays and Saturdays, with 180-seat Airbus A320s, and will go daily on 1 June.

Tickets went on sale on Tuesday, with one-way fares from EUR 49.

"Malta has topped our customer surveys two years running," said commercial director Oona
Feeney. "We are delighted to finally give our customers what they have asked for."

Skyvale began flying in 2008 with two leased turboprops and carried its ten-millionth
passenger in October 2023. It now serves 34 destinations from Brenmoor and Eastfield.

The airline also confirmed that its Brenmoor-Riga service, suspended since November 2022,
will not return. Brenmoor Airport's new terminal, due to open no later than December 2026,
will give Skyvale twelve additional stands.

Schedule (local times): SV 614 departs Brenmoor 07:40, arrives Valletta 11:55; SV 615
departs Valletta 12:45, arrives Brenmoor 15:10.

Media contact: press@skyvale.example | +353 1 555 0192""",
        (
            expect("2025-03-30", "valletta", planned=True),
            expect("2025-06-01", "daily", planned=True),
            expect("2025-01-14", "tickets"),
            expect("2008", "flying"),
            expect("2023-10", "passenger"),
            expect("2022-11/..", "riga"),
            expect("../2026-12", "terminal", planned=True),
        ),
    ),
    Text(
        "abbeymere-cathedral-restoration",
        "cathedral's restoration history",
        None,
        """Abbeymere Cathedral: a history of restoration

Building and early repairs
The present cathedral was begun c. 1190 on the site of a Saxon minster and consecrated in
1264. Its oak choir stalls were carved around 1390. The central tower collapsed, probably in
1541, and was rebuilt between 1560 and 1572 with stone taken from the dissolved priory of
St Wena.

Victorian restoration
The architect Giles Fennimore restored the west front from 1868 to 1874, replacing much of
the medieval sculpture with copies. His work was criticised at the time, and it is still
debated today.

Twentieth century
Fire broke out in the nave roof on 6 May 1921. The roof was rebuilt in concrete and oak, and
the charred medieval bosses were hung in the south aisle, where they remain.

The present campaign
The current programme of works began in 2016. The great east window, taken out in panels
for conservation, was reinstalled on 14 November 2022. Scaffolding on the spire is to be
taken down no later than March 2026, and the Dean and Chapter hope to turn to the cloisters
after that.

Visiting
The cathedral is open daily from 8:30 to 18:00, and evensong is sung at 17:30 every day
except Wednesday. Entry is free; a donation of £8 is suggested.

Abbeymere Cathedral Trust, registered charity no. 1148632.""",
        (
            expect("1190~", "begun"),
            expect("1264", "consecrat"),
            expect("1390~", "stalls"),
            expect("1541?", "collaps"),
            expect("1560/1572", "rebuilt"),
            expect("1868/1874", "west"),
            expect("1921-05-06", "fire"),
            expect("2016", "programme"),
            expect("2022-11-14", "reinstall"),
            expect("../2026-03", "scaffolding", planned=True),
        ),
    ),
    Text(
        "marovia-travel-advisory",
        "embassy travel advisory",
        date(2024, 4, 11),
        """Embassy of the Republic of Caldera in Marovia
Travel Advisory: Marovia
Last updated: Thursday 11 April 2024 | Level 3 - Reconsider travel

Summary
Anti-government protests have taken place in the capital, Sotra, since 2 April. On Tuesday,
police used tear gas and water cannon against demonstrators near the National Assembly. A
night-time curfew (22:00 to 05:00) has been in force in Sotra since Sunday.

Presidential elections are scheduled for 26 May. Further demonstrations are likely in the
run-up to the vote and after the results are announced.

Background
A state of emergency declared in 2019 after post-election violence was lifted in January
2021. Large protests had been rare since then.

Advice for Caldera citizens
- Avoid all demonstrations and large gatherings, even peaceful ones.
- Carry your passport or a certified copy at all times.
- Follow instructions from local authorities and monitor local media.
- Citizens in Marovia should register with the embassy's online service no later than
  30 April.

Consular services
The consular section will be closed on Friday for Marovia's National Day. It reopens on
Monday at 09:00.

Emergency line (24 h): +389 2 555 0140 | consular.sotra@caldera-mfa.example""",
        (
            expect("2024-04-02/..", "protests"),
            expect("2024-04-09", "gas"),
            expect("2024-04-07/..", "curfew"),
            expect("2024-05-26", "election", planned=True),
            expect("2019", "emergency"),
            expect("2021-01", "lift"),
            expect("../2024-04-30", "register", planned=True),
            expect("2024-04-12", "clos", planned=True),
            expect("2024-04-15", "reopen", planned=True),
        ),
    ),
    Text(
        "marlbridge-grammar-centenary",
        "school's centenary history",
        None,
        """Marlbridge Grammar School at 100

The school opened its doors on 15 September 1925 with 84 boys, four masters and a
headmaster, the Rev. Alfred Penwarden, in a converted wool warehouse on Tanner Street. The
house system, with its four houses named after local rivers, has been in use since 1931.

From 1939 to 1944 Marlbridge shared its buildings with St Olave's School, evacuated from
London; lessons ran in shifts, mornings for one school and afternoons for the other.

The science block on Highfield Road was opened in 1958 by the physicist Dame Cora
Whitfield, and a swimming pool followed four years later. Girls were first admitted to the
sixth form in 1972.

The school became an academy in 2012, and it has been rated outstanding at every inspection
since. A new sixth-form centre, with a library and twelve teaching rooms, is due to open in
September 2026.

Centenary events
The centenary will be marked by a service of thanksgiving in Marlbridge Minster on Sunday
14 September 2025 and a reunion dinner in the school hall the following evening. Tickets for
the dinner are available from the school office (01632 960881).

Old Marlbridgians who have photographs, programmes or letters from their school days are
asked to lend them to the archivist, Mrs Ruth Okoro, for the centenary exhibition.""",
        (
            expect("1925-09-15", "open"),
            expect("1931/..", "house"),
            expect("1939/1944", "shared"),
            expect("1958", "science"),
            expect("1962", "pool"),
            expect("1972", "girls"),
            expect("2012", "academy"),
            expect("2026-09", "centre", planned=True),
            expect("2025-09-14", "service", planned=True),
            expect("2025-09-15", "dinner", planned=True),
        ),
    ),
    Text(
        "northfen-line7-incident",
        "pipeline incident report",
        date(2024, 3, 18),
        """NORTHFEN GAS TRANSMISSION LTD
Pipeline Incident Report IR-2024-031 (final)

Asset: Line 7, Carrow to Ellesby, 24-inch (610 mm) steel, MAOP 70 barg
Location: KP 41.6, near Hollow Drove, Ellesby
Report date: 18 March 2024 | Prepared by: Integrity Engineering

1. Description of event
At approximately 02:15 on 4 March 2024 the control room at Carrow saw a pressure drop of 3.1
bar on Line 7 between valve stations VS-11 and VS-12. The section was isolated at 02:48, and
a patrol found the leak at KP 41.6 later that morning. No one was injured and the gas did
not ignite.

A landowner later told investigators that he had noticed a smell of gas near the drove on
or about 2 March but had not reported it.

2. Repair and return to service
A 6 m section of pipe was cut out and replaced between 6 and 9 March. Gas flow resumed on
10 March at a reduced pressure of 45 barg.

3. Cause
The leak was caused by external corrosion under a failed coating. The section was laid in
1971 and was last inspected with an in-line tool in June 2019.

4. Actions
- Full operating pressure is expected to be restored by 30 April, subject to the results of
  excavations at three further sites.
- An in-line inspection of the whole of Line 7 is scheduled to start on 13 May.
- The incident was notified under the Gas Pipelines (Safety) Regulations 1996.

Distribution: Energy Safety Authority; Ellesby Parish Council; file""",
        (
            expect("2024-03-04", "pressure"),
            expect("2024-03-02~", "smell"),
            expect("2024-03-06/2024-03-09", "replac"),
            expect("2024-03-10", "resum"),
            expect("1971", "laid"),
            expect("2019-06", "inspect"),
            expect("../2024-04-30", "pressure", planned=True),
            expect("2024-05-13", "inspection", planned=True),
        ),
    ),
    Text(
        "vellmoor-choir-baltic-diary",
        "choir's concert tour diary",
        date(2025, 7, 9),
        """Vellmoor Chamber Choir - Baltic tour diary
Posted by Hanne Brisk, choir secretary, Wednesday 9 July 2025

Friday 4 July. Thirty-two singers, one conductor and far too many suitcases flew from
Vellmoor to Riga. Nobody lost a passport, which must be a first.

Saturday. First concert of the tour, at St Gertrude's Church: a full house, and the Pärt
went better than it ever has in rehearsal. Several of us found the central market
afterwards; nobody was brave enough to buy the smoked eel.

Sunday. By coach to Tartu, four hours with a stop for pancakes. We sang at the evening
service in St John's Church, and the organist invited us back.

Tuesday 8 July. Our conductor, Ilse Varga, who has led the choir since 2011, gave a
masterclass at the Tallinn Conservatory while the rest of us walked the old town walls.
Some of the older members remembered our first Baltic tour, around 1994, when we sang in a
church that still had no roof.

Wednesday 9 July. Final concert tonight in the Tallinn Town Hall, with the Brahms motets we
rehearse every Thursday at home. We fly back to Vellmoor tomorrow.

Next summer's tour, to the fjords of western Norway, is planned for August 2026. Thanks to
everyone who sponsored us.""",
        (
            expect("2025-07-04", "riga"),
            expect("2025-07-05", "concert"),
            expect("2025-07-06", "tartu"),
            expect("2025-07-08", "masterclass"),
            expect("2011/..", "varga"),
            expect("1994~", "tour"),
            expect("2025-07-09", "final", planned=True),
            expect("2025-07-10", "fly", planned=True),
            expect("2026-08", "norway", planned=True),
        ),
    ),
    Text(
        "hollins-farm-appeal",
        "planning inquiry decision",
        date(2024, 2, 27),
        """Appeal Decision
by R. Castellane BA (Hons) MRTPI
an Inspector appointed by the Secretary of State
Decision date: 27 February 2024

Appeal Ref: APP/X9931/W/23/3318842
Land at Hollins Farm, Wetherden Lane, Brackley Cross
- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant outline planning permission.
- The appeal is made by Greystone Homes Ltd against the decision of Brackley District
  Council.
- The application Ref 22/01457/OUT, dated 3 March 2022, was refused by notice dated 14 June
  2023.
- The development proposed is up to 180 dwellings with open space and a new access.

Decision
1. The appeal is allowed and outline planning permission is granted, subject to the
   conditions in the attached schedule.

Procedural matters
2. The inquiry sat from 9 to 12 January 2024 and again on 16 January. I made an accompanied
   visit to the site on 17 January.

Main issues and reasons
3. The site lies outside the settlement boundary of the Brackley District Local Plan, which
   was adopted in 2015. The Council accepts that it cannot show a five-year supply of
   housing land. Its replacement plan is expected to be submitted for examination no later
   than December 2024, and the Council expects to adopt it in 2025.
4. Hollins Farmhouse, listed in 1952, stands 120 m from the nearest proposed dwelling. I
   find that its setting would be preserved.

Schedule of conditions
5. Development shall begin no later than 27 February 2027.

R. Castellane
INSPECTOR""",
        (
            expect("2022-03-03", "application"),
            expect("2023-06-14", "refus"),
            expect("2024-01-09/2024-01-12", "inquiry"),
            expect("2024-01-16", "inquiry"),
            expect("2024-01-17", "visit"),
            expect("2015", "adopt"),
            expect("../2024-12", "submit", planned=True),
            expect("2025", "adopt", planned=True),
            expect("1952", "listed"),
            expect("../2027-02-27", "development", planned=True),
        ),
    ),
)
