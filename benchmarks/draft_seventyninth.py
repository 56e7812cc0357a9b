"""A seventy-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML timeline page, a
harbour authority notice to mariners, a local history society talk summary, a tech company's
incident postmortem, an orchestra's season brochure, a parliamentary debate summary, a zoo's
news page in HTML, a war memorial's roll of honour notes, a cooperative bank's annual letter, a
mountain hut's guestbook excerpt, a court's press summary and a village fete programme). Facts
whose date a reader could take two ways (a season, "late 1970s", "next week") are left out of
the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYNINTH_CORPUS",)

SEVENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "shrimp-plant-closes",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALIFAX, Oct. 9 (Maritime Press) - Seaboard Harvest Foods said on Monday it would
close its shrimp processing plant in Port Ellery, Nova Scotia, ending more than seven decades
of fish processing in the town of 2,100 people.

The plant, which opened in 1952, will stop processing on Nov. 29, the company said. About 340
workers are affected.

Chief executive Marion Teed, who has led Seaboard since 2019, said landings at the plant had
fallen to their lowest level since 1993. The company had sought a rescue loan from the
province, but those talks collapsed on Sept. 27, according to two people familiar with the
matter.

Seaboard filed a closure plan with the provincial labour department before Oct. 1, as the law
requires of any employer cutting more than 50 jobs.

The union local, which meets every second Thursday at the Legion hall, will hold a members'
vote on the company's severance offer on Friday. "People here have given their whole working
lives to that building," said local president Darrell Mosher.

Seaboard bought the plant from the Ellery family in 1986 and added a freezing line two years
later. It still runs a smaller plant in Yarmouth, which is not affected.

(Reporting by Claire Boudreau; Editing by Tom Hanlon)
Copyright 2024 Maritime Press. All rights reserved.""",
        (
            expect("2024-10-07", "close"),
            expect("1952", "open"),
            expect("2024-11-29", "stop", planned=True),
            expect("2019/..", "teed"),
            expect("2024-09-27", "talks"),
            expect("../2024-10-01", "plan"),
            expect("2024-10-11", "vote", planned=True),
            expect("1986", "bought"),
            expect("1988", "freezing"),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Recyclis inaugurates its first industrial battery recycling plant in Saint-Priest

Lyon, 12 March 2025 - Recyclis SA (Euronext Growth: ALRCY), the French specialist in lithium
battery recycling, today inaugurated its plant in Saint-Priest, near Lyon, in the presence of
regional and industry representatives.

Construction of the 18,000 square metre site began in June 2023. After a trial run from 2 to
6 December 2024, the first black mass was shipped to refiners in January 2025.

The plant will reach its full capacity of 15,000 tonnes of batteries a year by the end of 2026.
A second shredding line is scheduled to open in September 2027, in line with the company's
"Horizon 2030" plan and the recycled-content targets of EU Regulation 2023/1542.

"This is the day our process leaves the laboratory for good," said Chief Executive Officer
Hélène Marchetti.

Recyclis received a grant of about EUR 38 million from the EU Innovation Fund in 2024, which
covers roughly a third of the investment.

About Recyclis
Founded in 2014 in Grenoble, Recyclis develops hydrometallurgical processes that recover
lithium, nickel and cobalt from end-of-life batteries. The company has been listed on Euronext
Growth Paris since 2021 and employs 210 people.

Press contact
Agence Lumen - Camille Roux
+33 4 72 00 19 85 | presse@recyclis.example
###""",
        (
            expect("2025-03-12", "inaugurat"),
            expect("2023-06", "construction"),
            expect("2024-12-02/2024-12-06", "trial"),
            expect("2025-01", "ship"),
            expect("../2026", "capacity", planned=True),
            expect("2027-09", "line", planned=True),
            expect("2024", "grant"),
            expect("2014", "found"),
            expect("2021/..", "listed"),
        ),
    ),
    Text(
        "attendance-policy-appeal",
        "court opinion",
        None,
        """FOR PUBLICATION
UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT

DANIELA RUIZ, Plaintiff-Appellant,
v.
MARLOW FREIGHT SYSTEMS, INC., Defendant-Appellee.

No. 23-1184
D.C. No. 2:21-cv-01377
OPINION
Filed June 3, 2024

Before: CALLAHAN, NGUYEN, and PRESCOTT, Circuit Judges.
Opinion by Judge Nguyen

I.

Marlow Freight hired Daniela Ruiz as a dispatcher on or about March 15, 2019. Marlow had
adopted its written attendance policy before January 2020, and Ruiz acknowledged receiving it.
After a series of absences she attributes to her pregnancy, Marlow terminated her employment
on January 8, 2021.

Ruiz filed a charge of discrimination with the EEOC on or about April 2, 2021, well within the
300 days allowed by 42 U.S.C. § 2000e-5(e)(1). She filed this action in the district court on
September 14, 2021, asserting claims under Title VII of the Civil Rights Act of 1964 and the
Pregnancy Discrimination Act.

The district court granted summary judgment to Marlow on February 27, 2023, holding that Ruiz
had not shown that the policy was applied to her differently than to comparable employees.
Ruiz filed her notice of appeal on March 20, 2023.

II.

We review a grant of summary judgment de novo. Lopez v. Harmon Logistics, 611 F.3d 1207, 1211
(9th Cir. 2010). Summary judgment is proper only where there is no genuine dispute of material
fact. Fed. R. Civ. P. 56(a).

AFFIRMED in part, REVERSED in part, and REMANDED.""",
        (
            expect("2019-03-15~", "hire"),
            expect("../2020-01", "policy"),
            expect("2021-01-08", "terminat"),
            expect("2021-04-02~", "charge"),
            expect("2021-09-14", "action"),
            expect("2023-02-27", "judgment"),
            expect("2023-03-20", "appeal"),
        ),
    ),
    Text(
        "sarnow-bridge",
        "encyclopedia history",
        None,
        """Sarnow Bridge

The Sarnow Bridge (German: Sarnower Brücke) is a medieval stone arch bridge over the river
Elde in the town of Sarnow. It is 212 metres long and has fourteen arches.

History

A wooden crossing existed at the site by 1342, when a charter of the Counts of Schwerin
mentions a toll collected "at the bridge of Sarnow". The present stone bridge was built c.
1480, probably by masons from Lübeck.

The great flood of 1597 swept away two arches. They were repaired in 1601, 1604 and 1610,
each time with timber spans that were later replaced in stone. The small chapel on the
central pier is of uncertain date; it may have been added in 1512.

Tolls were levied on the bridge from 1650 to 1802, when the duchy abolished internal duties.
Vehicle traffic now crosses the river on a concrete bridge downstream, and the old bridge is
open only to pedestrians and cyclists.

The bridge has been a protected monument since 1923. The Sarnow Bridge Society, founded by
local residents, holds a lantern walk across it every December.

See also
- List of medieval bridges in Germany
- Elde (river)""",
        (
            expect("../1342", "crossing"),
            expect("1480~", "built"),
            expect("1597", "flood"),
            expect("1601", "repair"),
            expect("1604", "repair"),
            expect("1610", "repair"),
            expect("1512?", "chapel"),
            expect("1650/1802", "toll"),
            expect("1923/..", "monument"),
        ),
    ),
    Text(
        "harbour-town-title",
        "sports report",
        date(2025, 5, 18),
        """FOOTBALL | NATIONAL LEAGUE NORTH

Harbour Town seal title in front of record crowd

By Gareth Lyle, Sports Reporter

Harbour Town are champions. A second-half header from captain Liam Dunne gave them a 1-0 win
over Brackley Rovers at the Quayside on Saturday and put the title beyond the reach of
second-placed Alnmouth with one game left.

A crowd of 6,214, the biggest at the ground since 2009, stayed long after the final whistle.
Dunne, who has been at the club since 2014, met a corner from Ollie Price on 63 minutes and
powered it in off the underside of the bar.

It completes a remarkable turnaround. Town were relegated in 2019 and promoted two years
later, and manager Sean Hollis, appointed in November 2023, inherited a side sitting 19th.

"The lads train every Tuesday and Thursday night after work," said Hollis. "Nobody gave us a
chance."

The trophy will be presented after the final game, at home to Chester Vale on Saturday, May
24. An open-top bus parade through the town centre is scheduled for the following day.

Harbour Town: Kerr; Amadi, Dunne, Walsh, Booth; Price, Ferreira (Tate 77), Lowe; Okafor,
Mensah, Riley. Booked: Lowe.""",
        (
            expect("2025-05-17", "win"),
            expect("2014/..", "dunne"),
            expect("2019", "relegat"),
            expect("2021", "promot"),
            expect("2023-11", "appoint"),
            expect("2025-05-24", "trophy", planned=True),
            expect("2025-05-25", "parade", planned=True),
        ),
    ),
    Text(
        "hartwell-ropeworks",
        "company history",
        None,
        """HARTWELL & SONS ROPEWORKS LTD
Our history

Hartwell & Sons was founded in 1868 by Samuel Hartwell, a sailmaker's son, in a rented loft
beside the old dock at Hull. Demand from the trawler fleet grew quickly, and the firm moved to
the Canal Street works around 1891, where our 1,200-foot ropewalk still stands.

The business was incorporated as a limited company in 1920. From 1939 to 1945 the works
supplied mooring lines and cargo nets to the Royal Navy, and women made up most of the
workforce for the first time.

In 1962 Hartwell began making rope from synthetic fibres, and it opened a second plant in
Ghent the following year to serve customers on the Continent. The Ghent plant closed in 1994.

The company has been owned by the Pryce family since 1977. Today it employs 85 people and
sells to offshore, marine and arborist customers in more than 40 countries. We celebrated our
150th anniversary in 2018 with an open day that drew 3,000 visitors.

Every rope still carries our red marker yarn, first registered as a trade mark under the
Merchandise Marks Act 1887.

Hartwell & Sons Ropeworks Ltd, Canal Street, Hull HU2 8LS
Tel 01482 555 019 | Company No. 00162081""",
        (
            expect("1868", "found"),
            expect("1891~", "moved"),
            expect("1920", "incorporat"),
            expect("1939/1945", "navy"),
            expect("1962", "synthetic"),
            expect("1963", "ghent"),
            expect("1994", "closed"),
            expect("1977/..", "pryce"),
            expect("2018", "anniversary"),
        ),
    ),
    Text(
        "selene-pathfinder",
        "mission summary",
        None,
        """Selene Pathfinder - Mission summary

Mission type: Lunar orbiter
Operator: European Lunar Consortium
COSPAR ID: 2022-017A
Launch mass: 1,450 kg

Selene Pathfinder was launched on 14 February 2022 on a Vega-C rocket from Kourou, French
Guiana. After a low-energy transfer, it entered lunar orbit on 3 May and then settled into a 100 km
polar mapping orbit.

Nominal science operations ran from 1 July 2022 to 30 June 2024. Calibrated data have been
publicly archived with the ESA Planetary Science Archive since October 2022.

The Kestrel sub-satellite was released on 9 June 2023 to sample the thin lunar exosphere and
struck the surface two days later near Shackleton crater.

The mission was extended in July 2024. The end of mission is planned for December 2025, and
the spacecraft will make a controlled impact on the far side no later than 31 January 2026.

Instruments
- LUMA wide-angle camera (2048 x 2048 pixels)
- NIRS near-infrared spectrometer
- Laser altimeter, 10 Hz

Page last updated: 2 June 2025""",
        (
            expect("2022-02-14", "launch"),
            expect("2022-05-03", "orbit"),
            expect("2022-07-01/2024-06-30", "science"),
            expect("2022-10/..", "archiv"),
            expect("2023-06-09", "released"),
            expect("2023-06-11", "struck"),
            expect("2024-07", "extend"),
            expect("2025-12", "end", planned=True),
            expect("../2026-01-31", "impact", planned=True),
        ),
    ),
    Text(
        "drought-restrictions",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement on the drought in the eastern districts
4 August 2025

Since 15 July, a level-2 water restriction has been in force in eleven eastern districts.
Rainfall this summer has been the lowest in the national record, and reservoir storage stands
at 38 percent of capacity.

The Minister, Ms Annika Lindqvist, met district officials in Hallby on Friday to review local
supply. On 29 July the cabinet approved an emergency drought fund of 40 million crowns for
municipal water utilities.

Under the restriction, garden watering and car washing are banned, and households are asked to
cut their use by 20 percent. Utilities must submit leak reports to the Ministry no later than
1 September. The last level-3 restriction was imposed in 2018.

The restrictions will be reviewed on 18 August. The desalination plant at Korsby is expected
to enter service around March 2026, which will secure supply for some 60,000 residents.

The Ministry publishes reservoir levels every Monday on its website. The measures are taken
under section 14 of the Water Services Act 2014.

Advice line for households: 0800 455 210
Press office: press@water-env.example""",
        (
            expect("2025-07-15/..", "restriction"),
            expect("2025-08-01", "met"),
            expect("2025-07-29", "fund"),
            expect("../2025-09-01", "leak", planned=True),
            expect("2018", "impos"),
            expect("2025-08-18", "review", planned=True),
            expect("2026-03~", "desalination", planned=True),
        ),
    ),
    Text(
        "tramway-timeline",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>History of the Westport Tramway | Westport Transit</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; History</nav>
<h1>History of the Westport Tramway</h1>
<p>From horse cars to low-floor trams: key moments in 128 years of rail transport in the city.</p>
<ul class="timeline">
  <li><strong>1897</strong> &ndash; The first horse tram line opens between the station and the
harbour.</li>
  <li><strong>1904</strong> &ndash; The network is electrified.</li>
  <li><strong>c. 1925</strong> &ndash; The Milltown depot is built to house the growing fleet.</li>
  <li><strong>1956, 1958 and 1961</strong> &ndash; The last three tram lines close and are replaced
by buses.</li>
  <li><strong>14 September 2002</strong> &ndash; Trams return to Westport with the opening of Line
1.</li>
  <li><strong>2015</strong> &ndash; Since this year the whole network has run on renewable
electricity.</li>
  <li><strong>2027</strong> &ndash; The extension of Line 2 to Westhaven is planned to open.</li>
</ul>
<p>Historic car No. 1904 runs on heritage days. Trams run every 7 minutes on weekdays. Route 12
connects with Line 1 at Central Square.</p>
<footer>
  <p>&copy; 2025 Westport Transit Authority &middot; Customer service 0300 123 4567</p>
  <p>Last updated: 3 March 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1897", "horse"),
            expect("1904", "electrif"),
            expect("1925~", "depot"),
            expect("1956", "close"),
            expect("1958", "close"),
            expect("1961", "close"),
            expect("2002-09-14", "line 1"),
            expect("2015/..", "renewable"),
            expect("2027", "westhaven", planned=True),
        ),
    ),
    Text(
        "notice-to-mariners",
        "harbour authority notice to mariners",
        None,
        """PORT OF KILBRANNAN HARBOUR AUTHORITY
NOTICE TO MARINERS No. 27 of 2025
Issued: 2 June 2025

KILBRANNAN APPROACH CHANNEL - DREDGING, WRECK AND DRAUGHT RESTRICTION

Charts affected: BA 2007, BA 2131

1. Mariners are advised that maintenance dredging will take place in the Approach Channel from
9 June to 4 July 2025. The dredger MERSEY SWAN will display the signals required by Rule 27 of
the COLREGS and will keep watch on VHF Channel 12.

2. The wreck of the fishing vessel MV TARRANT, which sank on or about 17 May 2025, lies in
position 55°41.20'N 005°27.85'W in a charted depth of 14 metres. A hydrographic survey of the
wreck was carried out on Thursday.

3. Port hand buoy PH-4 was found off station on 28 May and has been re-laid in its charted
position.

4. Since 20 May, the channel has been restricted to vessels with a draught of 8.5 metres or
less. The works are expected to be completed by 11 July.

5. Notice to Mariners No. 19 of 2025 is hereby cancelled.

Vessels must report to Kilbrannan Port Control every time they pass the fairway buoy.

Harbour Master: Capt. Fiona MacIver
Port Control: +44 1586 720 199 | VHF Ch 12 and 16""",
        (
            expect("2025-06-09/2025-07-04", "dredg", planned=True),
            expect("2025-05-17~", "tarrant"),
            expect("2025-05-29", "survey"),
            expect("2025-05-28", "buoy"),
            expect("2025-05-20/..", "restrict"),
            expect("../2025-07-11", "complet", planned=True),
        ),
    ),
    Text(
        "mill-talk",
        "local history society talk summary",
        date(2025, 10, 30),
        """ASHCOMBE LOCAL HISTORY SOCIETY - Newsletter No. 112

October talk: "The Rise and Fall of Crane's Mill"

Our October meeting, held on 14 October in the Methodist schoolroom, drew 46 members and
visitors to hear Dr Ruth Okonedo on the water mill that once stood at the foot of Mill Lane.

Dr Okonedo showed that a mill was built on the site c. 1760, although a weir is mentioned much
earlier in the manor rolls. The mill burned down in 1834 and was rebuilt the following year,
this time with an iron wheel cast in Bristol. She reminded us that the 1832 Reform Act had
just given the miller, as a £10 householder, a vote.

The last miller, Josiah Crane, seems to have died in 1911, though the parish register is
damaged and the year is uncertain. After decades as a grain store, the mill was converted into
six flats in 1987; the wheel pit can still be seen from the footpath.

Members are reminded that the Society meets on the second Tuesday of every month at 7.30pm,
and that subscriptions (£12, or £18 for couples) are now due.

Our next meeting will be on Tuesday 11 November, when John Pell will speak on "Ashcombe at
War". All welcome.

Hon. Secretary: Margaret Hoole, 01395 562 041""",
        (
            expect("2025-10-14", "meeting"),
            expect("1760~", "built"),
            expect("1834", "burn"),
            expect("1835", "rebuilt"),
            expect("1911?", "crane"),
            expect("1987", "convert"),
            expect("2025-11-11", "meeting", planned=True),
        ),
    ),
    Text(
        "api-outage-postmortem",
        "tech company's incident postmortem",
        None,
        """Postmortem: Public API outage of 18 March 2025

Posted 21 March 2025 by the Stratus Reliability Team | Incident INC-2025-0318

Summary
On 18 March 2025, from 09:12 to 11:47 UTC, the Stratus public API returned HTTP 503 errors for
roughly 62% of requests. At peak the error rate reached 2,140 requests per second and p99
latency rose to 1,850 ms. No customer data was lost.

Root cause
A change to the rate-limiter configuration was merged on 17 March. It passed review but set a
connection limit of zero for one region, which the config service then pushed to every
region. A similar failure in our deploy pipeline occurred in November 2023; the safeguard
added then covered application code, not configuration.

What we changed
- Since 19 March, every configuration change requires two approvers.
- The on-call runbook for the config service was rewritten around 20 March.
- We run a config rollback drill every Wednesday.

What comes next
We will complete the migration of the config service to staged, per-region rollouts by 30
April. A follow-up review with affected enterprise customers is scheduled for Thursday.

We are sorry. This outage fell well short of our 99.95% availability commitment, and service
credits will be applied automatically.

Status page: status.stratus.example""",
        (
            expect("2025-03-18", "api"),
            expect("2025-03-17", "merg"),
            expect("2023-11", "failure"),
            expect("2025-03-19/..", "approv"),
            expect("2025-03-20~", "runbook"),
            expect("../2025-04-30", "migrat", planned=True),
            expect("2025-03-27", "review", planned=True),
        ),
    ),
    Text(
        "orchestra-season",
        "orchestra's season brochure",
        date(2025, 6, 10),
        """NORTHERN PHILHARMONIC
2025-26 SEASON

Welcome from the Chief Conductor

Dear friends,

It is a joy to present my seventh season with this orchestra, which I have led as Chief
Conductor since 2019. Since the Harbour Hall reopened after its renovation in October 2023,
we have played to more full houses than at any time since 1998.

The season opens on Friday 26 September 2025 with Beethoven's Fifth and a new concerto by
Amira Sayed. Mahler's Second Symphony, "Resurrection", follows on 14 and 15 November with
the Northern Festival Chorus.

The New Year's Day concert on 1 January 2026 brings waltzes, polkas and, by popular demand,
Tchaikovsky's 1812 Overture.

Next spring we travel further than ever: our tour to Japan runs from 3 to 14 April 2026, with
concerts in Tokyo, Osaka and Nagoya.

Founded in 1947 by a group of demobilised musicians, the Northern Philharmonic has never
stopped believing that great music belongs to everyone.

Katarina Vogel, Chief Conductor

Family concerts every Sunday at 11am | Subscriptions from £145
Box office 0161 907 9000 | northernphil.example""",
        (
            expect("2019/..", "conductor"),
            expect("2023-10", "reopen"),
            expect("2025-09-26", "season", planned=True),
            expect("2025-11-14", "mahler", planned=True),
            expect("2025-11-15", "mahler", planned=True),
            expect("2026-01-01", "new year", planned=True),
            expect("2026-04-03/2026-04-14", "tour", planned=True),
            expect("1947", "found"),
        ),
    ),
    Text(
        "rental-cap-debate",
        "parliamentary debate summary",
        None,
        """HOUSE OF ASSEMBLY - DEBATE SUMMARY
Wednesday 12 February 2025

Residential Tenancies (Amendment) Bill - Second Reading (resumed)

The Bill, introduced by the Minister for Housing, Ms Priya Naidoo, on 28 January, amends the
Residential Tenancies Act 1998. The second reading debate, which was adjourned on Tuesday,
resumed at 2.15pm.

Ms Naidoo said the Bill would replace the rent cap, which has been frozen at 3 percent since
2020, with a cap linked to inflation. She said the new scheme will begin on 1 July and would
cover some 210,000 households.

For the Opposition, Mr Declan Ferris (Eastvale) said the 1998 Act had been amended in 2006 and
2013 "without ever fixing the basic problem of supply". He noted that rents were rising faster
than at any time since 2008.

Ms Helen Tamatea (Greens) moved an amendment to exempt social housing providers; the amendment
was negatived on voices.

The Bill passed its second reading today, 31 votes to 22. The committee stage is expected to
begin around 4 March.

Hansard reference: Vol. 712, cols 2014-2046
The House sits every Tuesday, Wednesday and Thursday during session.""",
        (
            expect("2025-01-28", "introduc"),
            expect("2025-02-11", "adjourn"),
            expect("2020/..", "cap"),
            expect("2025-07-01", "scheme", planned=True),
            expect("2006", "amend"),
            expect("2013", "amend"),
            expect("2025-02-12", "second reading"),
            expect("2025-03-04~", "committee", planned=True),
        ),
    ),
    Text(
        "red-panda-cub",
        "zoo's news page in HTML",
        None,
        """<article class="news-item">
  <header>
    <p class="breadcrumb"><a href="/news">News</a> / Animals</p>
    <h1>Red panda cub born at Lindenbrook Zoo</h1>
    <p class="meta">Posted on <time datetime="2025-04-08">8 April 2025</time> by the Keeper Team</p>
  </header>
  <figure>
    <img src="/img/panda-cub.jpg" alt="Red panda cub in nest box">
    <figcaption>The cub during its health check. Photo: Lindenbrook Zoo</figcaption>
  </figure>
  <p>We are delighted to announce that our red panda Suri gave birth to a healthy cub on
  <strong>19 March</strong>. It is the first red panda birth at Lindenbrook since 2016.</p>
  <p>Suri arrived from Rotterdam Zoo in 2021 as part of the European breeding programme and was
  paired with our male, Tashi. The cub had its first health check on Thursday and weighed
  410 grams.</p>
  <p>The red panda enclosure has been closed to visitors since 1 March to give the family
  peace. The cub is expected to go on show around 20 May, once it starts leaving the nest box.</p>
  <p>Lindenbrook Zoo opened in 1934 and today cares for more than 900 animals.</p>
  <aside>
    <p>Keeper talks every Saturday at 14:00 &middot; Open daily 9:30&ndash;17:00</p>
    <p>Adopt a red panda from &pound;45 &middot; Call 01632 960 418</p>
  </aside>
</article>""",
        (
            expect("2025-03-19", "cub"),
            expect("2021", "suri"),
            expect("2025-04-03", "health check"),
            expect("2025-03-01/..", "enclosure"),
            expect("2025-05-20~", "show", planned=True),
            expect("1934", "open"),
        ),
    ),
    Text(
        "roll-of-honour",
        "war memorial's roll of honour notes",
        None,
        """ST MICHAEL'S, LOWER BRACEY - ROLL OF HONOUR
Notes on the names, compiled by the Parish Heritage Group

FURSE, Albert, Private, 8th Bn. Devonshire Regiment, No. 240917. Son of a farm labourer at
Coombe End, he enlisted at Exeter in September 1914 and was killed in action at Mametz on 1 July
1916. Buried Devonshire Cemetery, grave II.B.14.

BREEN, Harold, Lance Corporal, 2nd Bn. Royal Berkshire Regiment. Died of wounds on or about 22
March 1918 during the German spring offensive; the war diary and the casualty list give
different days. Commemorated at Pozières.

KEMP, Thomas, Gunner, Royal Garrison Artillery. Born circa 1897 at the mill cottages. He
served in Salonika and died of malaria; he is buried at Mikra British Cemetery, plot 1918.

HALE, Sidney, Private, Labour Corps. His date of death is uncertain; he may have died in 1917,
but no record of his burial has been found.

The memorial, a granite cross by the lychgate, was unveiled on 11 November 1921 by Colonel
W. H. Bracey. The names of the six men who died in 1939-45 were added in 1949.

A wreath is laid at the cross every Remembrance Sunday. Further information from the Parish
Office, 01884 552 301.""",
        (
            expect("1914-09", "enlist"),
            expect("1916-07-01", "killed"),
            expect("1918-03-22~", "breen"),
            expect("1897~", "kemp"),
            expect("1917?", "hale"),
            expect("1921-11-11", "unveil"),
            expect("1949", "added"),
        ),
    ),
    Text(
        "coop-bank-letter",
        "cooperative bank's annual letter",
        None,
        """Raiffeisenbank Rennfeld eG
Letter to our members on the 2024 financial year

Rennfeld, 14 March 2025

Dear members,

2024 was a good year for your bank. Our operating result of EUR 6.2 million is the highest
since 2008, and member deposits grew by 4.1 percent.

Since 1 January 2024, every member has been able to open an account and sign loan documents
entirely in our app. Around September 2024 the number of members passed 40,000 for the first
time.

We also had to take a hard decision: our branch in Oberau closed on 31 October 2024, and its
customers are now served from Rennfeld and by our mobile branch, which visits the village
every Tuesday morning.

Our bank was founded in 1899 by 23 farmers as a savings and loan society. It merged with the
Volksbank Talheim in 2011 and today serves the whole upper Lauter valley.

The annual general meeting will be held on Thursday 22 May 2025 in the Rennfeld town hall. The
Supervisory Board proposes a dividend of 3 percent, which will be paid by 30 June.

With cooperative greetings,

Martina Hegele, Chair of the Management Board
Registered with the cooperative register of Stuttgart, GnR 1899
IBAN DE12 6006 9527 0000 4021 88""",
        (
            expect("2024-01-01/..", "app"),
            expect("2024-09~", "member"),
            expect("2024-10-31", "branch"),
            expect("1899", "found"),
            expect("2011", "merg"),
            expect("2025-05-22", "meeting", planned=True),
            expect("../2025-06-30", "dividend", planned=True),
        ),
    ),
    Text(
        "hut-guestbook",
        "mountain hut's guestbook excerpt",
        None,
        """CHAMANNA DA VADRET (2,861 m) - from the guestbook

The hut was built in 1894 by the Engadin section of the Swiss Alpine Club. The excerpts
below are transcribed as written; spelling has not been corrected.

3.8.2023 - Summit of Piz Vadret at 7:40 today, first time for both of us! Perfect snow on the
north ridge. Thanks Reto for the rösti. - Anna & Lukas, Zürich

16.8.2023 - Stuck here by the storm from 14 to 16 August 2023, three days of cards and tea.
My grandfather signed this same book around 1961; I found his name on page 88. - Pieter
de Vries, Utrecht

9.7.2024 - The new roof, flown in by helicopter on 2 July, looks great and no more drips on
bed 14! The warden, Reto, has run this hut since 2009 and still bakes the best bread in the
valley. We will come back on 1 August next year for the national day. - Famiglia Rota, Bergamo

The hut is open every year from mid-June to the end of September. Reservations: +41 81 854
22 06.""",
        (
            expect("1894", "built"),
            expect("2023-08-03", "summit"),
            expect("2023-08-14/2023-08-16", "storm"),
            expect("1961~", "grandfather"),
            expect("2024-07-02", "roof"),
            expect("2009/..", "reto"),
            expect("2025-08-01", "back", planned=True),
        ),
    ),
    Text(
        "library-closure-press-summary",
        "court's press summary",
        None,
        """PRESS SUMMARY

9 July 2025

R (on the application of Hollins) (Respondent) v Bradwell Borough Council (Appellant)
[2025] UKSC 27
On appeal from [2023] EWCA Civ 1502

Justices: Lord Reed (President), Lord Hodge, Lady Simler, Lord Stephens, Lord Richards

BACKGROUND TO THE APPEAL
On 3 May 2022 Bradwell Borough Council decided to close four of its seven branch libraries to
save money. Library services in those areas have been provided by a mobile library van since
January 2023. Mrs Hollins, a resident of one of the affected wards, issued a claim for judicial
review on 1 August 2022, arguing that the council had not met its duty under section 7 of the
Public Libraries and Museums Act 1964.

The High Court dismissed the claim on 15 March 2023. The Court of Appeal allowed Mrs Hollins'
appeal on 12 December 2023. The Supreme Court heard the council's appeal on 4 and 5 February
2025.

JUDGMENT
The Supreme Court today unanimously dismisses the appeal. Lord Stephens gives the judgment, with
which the other Justices agree.

REASONS FOR THE JUDGMENT
The council did not assess the needs of elderly and disabled residents before deciding
(paras 45-52). The council must reconsider its decision no later than 30 September 2025.

This summary is provided to help in understanding the Court's decision. It does not form part
of the reasons for the decision. The full judgment is the only authoritative document.""",
        (
            expect("2022-05-03", "close"),
            expect("2023-01/..", "van"),
            expect("2022-08-01", "claim"),
            expect("2023-03-15", "dismiss"),
            expect("2023-12-12", "allow"),
            expect("2025-02-04", "heard"),
            expect("2025-02-05", "heard"),
            expect("2025-07-09", "dismiss"),
            expect("../2025-09-30", "reconsider", planned=True),
        ),
    ),
    Text(
        "village-fete",
        "village fete programme",
        date(2025, 6, 2),
        """LITTLE HADDON SUMMER FETE
Saturday 12 July, 1pm - 5pm, on the Green

Programme

1.00pm  Opening by the Rector, the Revd Jo Amis
1.30pm  Dog show (classes from £1 per entry)
2.30pm  Maypole dancing by Haddon Primary School
3.15pm  Tug of war - back at last after being cancelled in 2020 and 2021!
4.30pm  Grand raffle draw

Produce and craft show in the village hall: entries must be received by Friday 4 July.
Schedules from the post office.

The weekend ends with the Duck Race on the brook on Sunday 13 July at 3pm.

A bit of history: the fete was first held in 1953 to mark the coronation, and the village hall,
where teas will be served, was rebuilt in 1978. Last year the fete raised £4,310 for the
church roof and the playgroup.

This year we are raising money for our entry in the 2026 Village of the Year competition.

The WI meets in the hall every Tuesday; the fete committee meets on the first Monday of the
month. Volunteers please call Sue Barlow on 01844 290 117.""",
        (
            expect("2025-07-12", "fete", planned=True),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("../2025-07-04", "entries", planned=True),
            expect("2025-07-13", "duck", planned=True),
            expect("1953", "first"),
            expect("1978", "rebuilt"),
            expect("2024", "raised"),
        ),
    ),
)
