"""A seventy-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
central bank statement, a wildlife reserve's sightings log, a theatre company history, a
software security advisory, a cycling race report, a cooperative's members' letter, a
consulate notice in HTML, a railway preservation society history, a coroner's inquest
summary, a town twinning history and a research station's season report). Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYEIGHTH_CORPUS",)

SEVENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 8),
        """MOMBASA, Kenya, Oct 8 (Meridian News) - Dock workers at Kenya's main port ended a
nine-day strike on Monday after the state port authority agreed to review their shift
allowances, union officials said.

The walkout began on September 29, when about 4,000 members of the Coast Dockworkers Union
stopped work at the container terminals. Ships queued outside the harbour for days.

The allowances have been frozen since July 2021, the union says, while living costs in the
city have risen sharply. Port throughput fell 6 percent in August, the steepest monthly drop
since 2017, according to authority figures.

A joint committee of union and management representatives will meet on Thursday to begin the
review. The authority said it expected to clear the backlog of some 11,000 containers by
October 20.

"We have shown that the port does not move without us," union secretary Halima Chepkoech told
reporters at the gate. Night shifts, she said, still run every Sunday at half pay.

The union last struck in March 2016. The government has described the port as central to its
Vision 2030 development programme, and transport officials declined to comment on the cost of
the stoppage.

(Reporting by Samuel Otieno; Editing by Claire Dunmore)""",
        (
            expect("2024-10-07", "strike"),
            expect("2024-09-29", "walkout"),
            expect("2021-07/..", "allowance"),
            expect("2024-08", "throughput"),
            expect("2024-10-10", "committee", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("2016-03", "struck"),
        ),
    ),
    Text(
        "acoustics-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Halvorsen Acoustics to open first UK manufacturing plant in Leeds

LEEDS, 12 June 2023 - Halvorsen Acoustics, the Norwegian maker of studio monitors and
broadcast loudspeakers, is to build its first manufacturing plant outside Norway on the
Aire Valley business park.

Construction of the 9,000 square metre plant began on 2 May. The plant is scheduled to open
in March 2024 and will create about 140 jobs by the end of 2025.

"Britain has been our second home for decades," said chief executive Ingrid Halvorsen. "Making
our speakers here is the natural next step."

About Halvorsen Acoustics
Halvorsen Acoustics was founded in Bergen in 1987 by the engineer Leif Halvorsen and entered
the UK market around 1995. The company acquired the German cabinet maker Tonewerk GmbH in
2018 and has supplied monitors to the BBC since 2009. Its factories are ISO 9001:2015
certified, and its Model 2030 reference monitor won a design prize at the 2022 Broadcast
Technology Awards.

Notes to editors
Images of the plant site are available on request.

Media contact
Karen Blythe, Communications Manager
+44 113 496 0718
press@halvorsen-acoustics.example

ENDS""",
        (
            expect("2023-05-02", "construction"),
            expect("2024-03", "plant", "open", planned=True),
            expect("../2025", "jobs", planned=True),
            expect("1987", "founded"),
            expect("1995~", "uk market"),
            expect("2018", "acquire"),
            expect("2009/..", "bbc"),
        ),
    ),
    Text(
        "whitcomb-v-larchmont",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DANA WHITCOMB, Appellant,
v.
LARCHMONT PROPERTIES LLC, Appellee.

No. 2A-21-0917
Filed: March 3, 2023

OPINION

PRESCOTT, Judge.

This appeal asks whether a landlord may keep a tenant's security deposit to cover repairs it
never made. We hold that it may not.

I. BACKGROUND

On or about June 14, 2019, appellant Dana Whitcomb signed a two-year lease for an apartment
owned by appellee Larchmont Properties LLC. The lease incorporated the deposit provisions of
the Residential Tenancies Act of 1985, Westm. Stat. § 44-1907.

After a dispute over heating, Whitcomb moved out before April 1, 2021, leaving the keys with
the building manager. Larchmont retained the full deposit of $2,150, citing damage to the
kitchen floor, but produced no invoice for any repair.

Whitcomb sued in small claims court. The trial court entered judgment for Larchmont on
September 9, 2021, and Whitcomb filed her notice of appeal eleven days later. We heard
argument on Tuesday, January 17, 2023.

II. DISCUSSION

Section 44-1907(c) permits a landlord to withhold only "the reasonable cost of repairs
actually made or to be made." A landlord who neither repairs nor intends to repair has no cost
to recover. Larchmont's own manager testified that the floor was never replaced.

III. CONCLUSION

The judgment of the trial court is REVERSED, and the case is REMANDED with instructions to
enter judgment for Whitcomb in the amount of the deposit.

HALE, P.J., and ORTEGA, J., concur.""",
        (
            expect("2019-06-14~", "lease"),
            expect("../2021-04-01", "moved"),
            expect("2021-09-09", "judgment"),
            expect("2021-09-20", "appeal"),
            expect("2023-01-17", "argument"),
        ),
    ),
    Text(
        "kellbridge-history",
        "encyclopedia history",
        None,
        """Kellbridge

Kellbridge is a market town on the River Lenn, in the district of North Aldwick. Population
14,312 (2011 census).

History

The settlement grew up around a Cistercian grange founded circa 1140 by monks from Rievaulx.
Kellbridge received a market charter in 1274, and its woollen trade made it one of the richer
towns of the county. Some historians date the tower of St Mary's church to 1320, though the
evidence for this is uncertain.

The abbey estates were dissolved in 1538, and their lands were sold to the Fenwick family the
following year. In the 1600s weavers from Flanders settled in the lower town, where a street
is still called Flemish Row.

Transport improvements brought a second period of growth. The Lenn Navigation canal reached
Kellbridge in 1794 and the railway in 1847, when the town became a junction on the line from
York. Its annual horse fair, held every October, drew dealers from across the north.

The town hall, rebuilt in 1881 after a fire, has housed the Kellbridge Museum since 1974. The
museum's best-known object, the so-called 1066 Hoard, is in fact a collection of twelfth-century
coins.

See also
List of market towns in England""",
        (
            expect("1140~", "grange"),
            expect("1274", "charter"),
            expect("1320?", "tower"),
            expect("1538", "dissolved"),
            expect("1539", "sold"),
            expect("1794", "canal"),
            expect("1847", "railway"),
            expect("1881", "rebuilt"),
            expect("1974/..", "museum"),
        ),
    ),
    Text(
        "harbour-city-win",
        "sports report",
        date(2024, 3, 17),
        """Okonkwo double sends Harbour City top

By Daniel Frayne, Football Correspondent

Chidi Okonkwo scored twice as Harbour City beat Eastmoor Rovers 3-1 on Saturday to move top
of the Premier Division for the first time this season.

The striker, who joined from Valletta FC in January, opened the scoring after 11 minutes and
added a second from the penalty spot before half-time. It was City's first league win at the
Rovers ground since 1998.

Okonkwo now has 17 goals in all competitions, the most by a City player in a season since
1994. The club is expected to confirm his new three-year contract by the end of the month.

Manager Ruth Aldana, in charge since November 2022, praised her side's patience. "We did not
panic when they equalised," she said. "We kept the ball and waited."

Harbour City, last champions in 2009, face Eastmoor again in the cup semi-final on April 20.
Supporters have already been sent the design of the club's 2025 centenary kit.

Harbour City: Mensah; Doyle, Kowalczyk, Ibe, Farrant; Lutz, Oyelaran; Price (Abbey 78),
Santos, Rae; Okonkwo.

Attendance: 18,204.""",
        (
            expect("2024-03-16", "beat"),
            expect("2024-01", "joined"),
            expect("../2024-03", "contract", planned=True),
            expect("2022-11/..", "aldana"),
            expect("2009", "champion"),
            expect("2024-04-20", "semi-final", planned=True),
        ),
    ),
    Text(
        "brightwater-biscuits",
        "company history",
        None,
        """Brightwater Biscuits | Our story

Home > About us > Our story

A century of baking in Thornbury

Brightwater Biscuits began in 1921, when Agnes Whitlow started baking ginger snaps in the
back kitchen of her grocer's shop on Quay Street. Demand grew quickly, and around 1930 the
business moved to the old corn mill on Mill Lane, where we still bake today.

After the war the family invested in new equipment. Travelling ovens were installed in 1952,
1958 and 1963, each one longer than the last, and by the end of the decade the mill was
turning out biscuits for shops across the West Country.

In 1971 the Whitlow family sold a majority stake to the Severn Foods group, but Agnes's
grandson Robert bought the business back in 1989. Brightwater has been employee-owned since
2014, when Robert transferred his shares to a trust for the staff.

Our 1921 Recipe range still uses Agnes's original ginger snap mix, and every Friday the
bakery shop on Mill Lane sells the broken biscuits at half price.

Visit us: Mill Lane, Thornbury BS35 2ZZ
Call: 01454 555 019
(c) 2024 Brightwater Biscuits Ltd. Registered in England No. 01921346""",
        (
            expect("1921", "began"),
            expect("1930~", "moved"),
            expect("1952", "oven"),
            expect("1958", "oven"),
            expect("1963", "oven"),
            expect("1971", "sold"),
            expect("1989", "bought"),
            expect("2014/..", "employee-owned"),
        ),
    ),
    Text(
        "kestrel-orbiter",
        "mission summary",
        None,
        """KESTREL LUNAR ORBITER - MISSION SUMMARY

Mission ID: KST-2022-041 | International designator: 2022-154A
Last updated: 4 February 2025

Overview
Kestrel is a small lunar orbiter built by the Nordic Space Consortium to map water ice in
permanently shadowed craters near the Moon's south pole.

Timeline
Kestrel was launched on 9 November 2022 aboard a Vega-C rocket from Kourou. After a low-energy
transfer, the spacecraft entered lunar orbit on 14 December. Science operations began around
2 January 2023 from a polar orbit at an altitude of about 100 km.

A reaction wheel failed on 27 August 2023, and the spacecraft was in safe mode from 28 August
to 11 September 2023 while engineers switched to the spare wheel. The team believes, though
this has not been confirmed, that the wheel was damaged by a micrometeoroid in July 2023.

The mission was extended in 2024 to study the polar regions in a second lighting season.
Kestrel is scheduled to impact the lunar far side no later than December 2026, when its
remaining propellant will be used up.

Instruments
- Neutron spectrometer (NS-1)
- Shadow camera with a 1,024 x 1,024 pixel sensor
- Laser altimeter, 2,000 pulses per second

Contact: mission-office@nsc.example""",
        (
            expect("2022-11-09", "launch"),
            expect("2022-12-14", "orbit"),
            expect("2023-01-02~", "science"),
            expect("2023-08-27", "wheel"),
            expect("2023-08-28/2023-09-11", "safe mode"),
            expect("2023-07?", "micrometeoroid"),
            expect("2024", "extended"),
            expect("../2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement on the drought emergency
Issued: Wednesday 21 August 2024

The drought emergency declared by the Minister on 3 July remains in force across the eastern
and southern regions. Reservoir storage stands at 31 percent of capacity, the lowest level
recorded since 1976.

Hosepipe and garden watering restrictions, in place since 15 July, will continue until
further notice. Households are reminded that refuse vehicles wash down on Mondays only under
the exemption for public health.

Emergency funding of EUR 40 million for water carriers and leak repairs was approved by the
Cabinet on 13 August. The Minister, Orla Brennock TD, will visit the Aldwater reservoir on
Friday to meet local authority engineers.

The desalination plant at Port Carrow is expected to be operational by June 2025. Work on the
plant is being carried out under Section 12 of the Water Services Act 2003.

The previous drought emergency, in the eastern region alone, was lifted in October 2018.

Ends.

Press Office, Ministry of Water and Environment
Tel: 01 555 2003 | press@water.gov.example""",
        (
            expect("2024-07-03", "emergency"),
            expect("2024-07-15/..", "restriction"),
            expect("2024-08-13", "funding"),
            expect("2024-08-23", "visit", planned=True),
            expect("../2025-06", "desalination", planned=True),
            expect("2018-10", "lifted"),
        ),
    ),
    Text(
        "library-news",
        "HTML page",
        date(2024, 5, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Marlow Vale Libraries</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/branches">Branches</a> | <a href="/news">News</a></nav>
<h1>Library news</h1>
<ul class="news-list">
  <li>
    <time datetime="2024-05-02">2 May 2024</time>
    <h2><a href="/news/eastgate-reopens">Eastgate branch reopens</a></h2>
    <p>Eastgate Library reopened on 2 May after roof repairs. The branch closed on 11 January
    when water came through the ceiling of the children's room.</p>
  </li>
  <li>
    <time datetime="2024-04-18">18 April 2024</time>
    <h2><a href="/news/summer-reading">Summer Reading Challenge</a></h2>
    <p>This year's challenge will run from 6 July to 31 August in all eleven branches.</p>
  </li>
  <li>
    <time datetime="2024-04-03">3 April 2024</time>
    <h2><a href="/news/late-opening">Late opening at Central</a></h2>
    <p>Since 1 April, Central Library has stayed open until 8pm every Thursday.</p>
  </li>
  <li>
    <time datetime="2024-03-14">14 March 2024</time>
    <h2><a href="/news/mobile-library">New mobile library</a></h2>
    <p>The new mobile library van will begin its rounds around 20 May, visiting 38 villages.</p>
  </li>
  <li>
    <time datetime="2024-02-27">27 February 2024</time>
    <h2><a href="/news/hartley-bequest">Hartley bequest</a></h2>
    <p>The local studies archive has received the Hartley bequest, some 2,000 glass-plate
    photographs taken circa 1905, to be shown alongside the Marlow Vale 1900 Collection.</p>
  </li>
</ul>
<footer>(c) 2024 Marlow Vale Council | Last updated 2 May 2024 | Tel 01632 960 118</footer>
</body>
</html>""",
        (
            expect("2024-05-02", "reopen"),
            expect("2024-01-11", "closed"),
            expect("2024-07-06/2024-08-31", "challenge", planned=True),
            expect("2024-04-01/..", "central library"),
            expect("2024-05-20~", "mobile", planned=True),
            expect("1905~", "photograph"),
        ),
    ),
    Text(
        "ostravia-rate-cut",
        "central bank statement",
        None,
        """NATIONAL BANK OF OSTRAVIA
Monetary Policy Statement
6 November 2024 | Ref. MPS/2024/08

The Monetary Policy Committee decided today to lower the policy rate by 25 basis points to
4.50 percent.

Headline inflation fell to 2.9 percent in September, its lowest reading since March 2021, as
food and energy prices eased. Core inflation remained higher, at 3.6 percent. The Committee
had last cut the policy rate on 18 September, after it began the tightening cycle in May 2022.

On the Bank's central forecast, inflation is projected to return to the 2 percent target by
September 2025. Growth is expected to remain modest, at about 1.4 percent.

Reserve requirements for commercial banks have remained at 3 percent since January 2019 and
were not discussed at this meeting.

The Committee meets eight times a year. Its next monetary policy meeting will be held on
18 December 2024, and the minutes of today's meeting will be published on 20 November.

Press enquiries: Communications Department, +421 2 5555 1990""",
        (
            expect("2024-11-06", "rate"),
            expect("2024-09", "inflation"),
            expect("2024-09-18", "cut"),
            expect("2022-05", "tightening"),
            expect("../2025-09", "inflation", planned=True),
            expect("2019-01/..", "reserve"),
            expect("2024-12-18", "meeting", planned=True),
            expect("2024-11-20", "minutes", planned=True),
        ),
    ),
    Text(
        "saltmere-sightings",
        "wildlife reserve's sightings log",
        None,
        """SALTMERE MARSHES NATURE RESERVE
Recent sightings - week ending Sunday 22 September 2024

Mon 16 Sep: Osprey fishing over the Long Pool, c. 10:40, then drifting south.
Tue 17 Sep: Two Spoonbills on the East Scrape, the first on the reserve since 2019.
Thu 19 Sep: Otter reported from Heron Hide at dusk (unconfirmed - possibly a mink).
Sat 21 Sep: 140 Black-tailed Godwits and a juvenile Curlew Sandpiper on the scrape.

A Great White Egret has been present on the main reedbed since 8 September and is best seen
from the boardwalk in the early morning.

Coming up
Guided autumn migration walk: Saturday 28 September, 9am, from the visitor centre (booking
essential). Wardens expect the first Pink-footed Geese around 5 October.

Please note: Heron Hide is closed every Tuesday morning for maintenance. Dogs are not permitted
beyond the car park.

Reserve office: 01263 555 740 | Grid ref. TG 123 456 | Open 9am-5pm daily""",
        (
            expect("2024-09-16", "osprey"),
            expect("2024-09-17", "spoonbill"),
            expect("2024-09-19?", "otter"),
            expect("2024-09-21", "godwit"),
            expect("2024-09-08/..", "egret"),
            expect("2024-09-28", "walk", planned=True),
            expect("2024-10-05~", "geese", planned=True),
        ),
    ),
    Text(
        "lanternhouse-players",
        "theatre company history",
        None,
        """The Lanternhouse Players - Our History

The Lanternhouse Players were founded in 1968 by the schoolteachers Ruth and Alan Garside, who
rented a disused Methodist chapel on Tanner Street for five shillings a week. Their first
production, a staging of The Crucible, opened on 12 October 1968 to an audience of forty.

The company soon built a reputation beyond the town. It toured Ireland in 1974 and again in
1977, and moved into the larger Corn Exchange around 1985, after the chapel was sold for
housing. A fire in 1996 may have destroyed the early prompt books and programmes, but the
company's records from those years are unclear.

Since 2016 the Players have been led by the artistic director Mei Fairbanks, who has
championed new writing from the region. The Midwinter Revue, staged every December, remains
the company's best-loved tradition, and a grant from the Arts Council's 2020 Resilience Fund
kept the company going through the pandemic.

The Corn Exchange main house is now closed for rewiring and is scheduled to reopen in
September 2025 with a new production of Hobson's Choice.

Box office: 01422 555 968 | Registered charity no. 1019683""",
        (
            expect("1968", "founded"),
            expect("1968-10-12", "production"),
            expect("1974", "toured"),
            expect("1977", "toured"),
            expect("1985~", "corn exchange"),
            expect("1996?", "fire"),
            expect("2016/..", "fairbanks"),
            expect("2025-09", "reopen", planned=True),
        ),
    ),
    Text(
        "quillstream-advisory",
        "software security advisory",
        None,
        """Quillstream Security Advisory QSA-2024-0117

Title: Path traversal in the static file handler
CVE: CVE-2024-31905
Severity: High (CVSS 3.1 base score 8.1)
Published: 2024-07-09 | Last updated: 2024-07-11

Summary
A path traversal flaw in Quillstream's static file handler lets a remote attacker read files
outside the configured asset directory by sending an encoded request path.

Affected versions
Quillstream 3.2.0 through 3.8.3. The maintainers believe, though it has not been confirmed,
that the flaw was introduced in March 2022, when the handler was rewritten.

Timeline
The vulnerability was reported to the project on 21 May 2024 by an independent researcher.
A fix was released in Quillstream 3.8.4 on 2 July 2024. Exploitation attempts against public
servers were first observed on 5 July 2024.

Remediation
Upgrade to 3.8.4 or later. The Quillstream package mirror will stop serving vulnerable
releases by 1 August 2024. Support for the 3.6 branch will end on 31 December 2024, and no
backport will be made for it. Users of the legacy plugin version 2019.4 are not affected.

Credits
Thanks to Tomasz Wierzbicki for the report.

Contact: security@quillstream.example (PGP key 0x2024A1B7)""",
        (
            expect("2022-03?", "introduced"),
            expect("2024-05-21", "reported"),
            expect("2024-07-02", "fix"),
            expect("2024-07-05", "exploitation"),
            expect("../2024-08-01", "mirror", planned=True),
            expect("2024-12-31", "support", planned=True),
        ),
    ),
    Text(
        "tour-des-causses",
        "cycling race report",
        date(2025, 6, 8),
        """Tour des Causses: Brunel storms clear at Meyrueis to tighten grip on yellow

By Lucie Arnaud

Theo Brunel won Saturday's fifth stage of the Tour des Causses with a solo attack on the final
climb to Meyrueis, stretching his overall lead to 48 seconds.

The 29-year-old Frenchman, who took the yellow jersey on Thursday, broke clear of a group of
favourites about 6 kilometres from the line and held off the Belgian Jens Vermaelen. The
stage was ridden at an average of 42.7 km/h, the fastest mountain stage of the race since
2007.

The race began on Tuesday in Millau, where the Dutch sprinter Ruud Kamphuis won the opening
stage in a bunch finish. Kamphuis abandoned on Saturday after a crash in the neutral zone.

Brunel, who won the race in 2019 and 2021, has ridden for Team Ardoise since 2022. His team
has controlled the race since the first mountain stage, as it does in the Causses Classic
every May.

The race finishes on Wednesday in Rodez after two more days in the hills.

Stage 5 result: 1. Theo Brunel (Ardoise) 4h12'05"; 2. Jens Vermaelen (Lotto-Vitra) +0'21";
3. Pau Serrat (Kern) +0'34".""",
        (
            expect("2025-06-07", "stage"),
            expect("2025-06-05", "jersey"),
            expect("2025-06-03", "race", "began"),
            expect("2025-06-07", "kamphuis"),
            expect("2019", "won"),
            expect("2021", "won"),
            expect("2022/..", "ardoise"),
            expect("2025-06-11", "finish", planned=True),
        ),
    ),
    Text(
        "fernhill-members-letter",
        "cooperative's members' letter",
        None,
        """Fernhill Community Energy Co-operative Ltd
Registered Society No. 31987
The Old Forge, Fernhill, Powys

14 February 2025

Dear Member,

Thank you to everyone who came to the AGM on 23 November, when members approved the accounts
and voted to raise capital for a battery store at the Cefn site.

I am pleased to report that our second wind turbine has been generating since 9 January,
after the delays with the grid connection. Together the two turbines produced 1,847 MWh in
the last twelve months.

Interest of 3 percent on members' shares will be paid by 31 March. A new share offer for the
battery project will open on 1 March and close on 30 April; details are enclosed.

When the co-op was founded in 2011, few people believed a village could own its own power
station. We now have 612 members, and the board is expected to present the battery plans in
full at the next AGM in November.

Our volunteers' coffee morning is held on the first Saturday of every month in the Forge.

Yours sincerely,

Gwen Pryce
Secretary, on behalf of the Board

Registered under the Co-operative and Community Benefit Societies Act 2014.
Enquiries: 01597 555 201""",
        (
            expect("2024-11-23", "agm"),
            expect("2025-01-09/..", "turbine"),
            expect("../2025-03-31", "interest", planned=True),
            expect("2025-03-01/2025-04-30", "share offer", planned=True),
            expect("2011", "founded"),
            expect("2025-11", "agm", planned=True),
        ),
    ),
    Text(
        "veltria-consulate-notice",
        "consulate notice in HTML",
        None,
        """<html>
<head><title>Notices - Consulate General of the Republic of Veltria, Manchester</title></head>
<body>
<header><img src="/img/crest.png" alt="Coat of arms of Veltria">
<p>Consulate General of the Republic of Veltria in Manchester</p></header>
<main>
<article class="notice">
<h1>Holiday closure and new appointment system</h1>
<p class="meta">Posted on 10 December 2024</p>
<p>The Consulate General will be closed from 24 December 2024 to 2 January 2025. Emergency
travel documents can be requested by telephone during the closure.</p>
<p>From 6 January 2025, all passport and civil registry appointments must be booked through the
online system, which has been in a trial phase since 1 October.</p>
<p>Consul General Anneli Sorvik, who took up her post on 4 November, thanks citizens for their
patience during the change.</p>
<h2>Parliamentary elections</h2>
<p>Elections to the National Assembly will take place on Sunday 9 March 2025. Postal ballots
are expected to be dispatched around 10 February 2025 to voters registered abroad.</p>
</article>
</main>
<footer>
<p>Opening hours: Monday to Friday, 9:00-13:00 | Tel. +44 161 555 0199 | Form VR-2019 is
available at the reception desk.</p>
</footer>
</body>
</html>""",
        (
            expect("2024-12-24/2025-01-02", "closed", planned=True),
            expect("2025-01-06", "appointment", planned=True),
            expect("2024-10-01/..", "trial"),
            expect("2024-11-04", "sorvik"),
            expect("2025-03-09", "election", planned=True),
            expect("2025-02-10~", "ballot", planned=True),
        ),
    ),
    Text(
        "ashby-wendle-railway",
        "railway preservation society history",
        None,
        """ASHBY & WENDLE RAILWAY PRESERVATION SOCIETY
A short history of the line

The Ashby and Wendle branch closed to passengers on 5 March 1962 and to goods traffic in 1965,
and the track was lifted soon afterwards. The Ashby & Wendle Railway Preservation Society was
formed at a meeting in the Station Hotel in October 1967, with the aim of reopening the line.

After years of fundraising and volunteer work, the first public train ran from Ashby Road to
Mill Halt on 21 April 1973, hauled by the tank engine No. 4471 Lady Margaret, built circa 1924
for a colliery in Durham.

The extension to Wendle opened in 1989, two years later than planned. The original booking
office at Wendle has been a listed building since 1994 and now houses the society's shop and
small museum.

The society is expected to complete a new platform at Ashby Junction by 2027, giving
passengers a connection with the main line for the first time in more than sixty years.

Trains run every Sunday from April to October, with extra services during the school holidays.
The society's 1962 Club, named after the year the branch closed, has 340 members.

Talyllyn House, Station Road, Wendle | Charity no. 1042719 | Tel. 01530 555 621""",
        (
            expect("1962-03-05", "passenger"),
            expect("1965", "goods"),
            expect("1967-10", "society", "formed"),
            expect("1973-04-21", "train"),
            expect("1924~", "built"),
            expect("1989", "extension"),
            expect("1994/..", "listed"),
            expect("../2027", "platform", planned=True),
        ),
    ),
    Text(
        "reay-inquest",
        "coroner's inquest summary",
        None,
        """NORTH TYNESIDE CORONER'S COURT
Inquest touching the death of Callum James REAY
Inquest No. 0417/2024
Summary of conclusion

Mr Callum Reay, aged 58, of Percy Street, Whitley Bay, died on 14 November 2024 at the
Northumbria Specialist Emergency Care Hospital. He had been admitted two days earlier after
he was found on the floor of his kitchen by a carer. Neighbours told the court he was last seen
well on or about 9 November.

Mr Reay was diagnosed with Parkinson's disease in 2016 and received two care visits every day.
Evidence was heard that a scheduled visit on the morning of 10 November did not take place
because of a staffing error.

The inquest was opened on 20 November 2024 and adjourned for further enquiries. The senior
coroner, sitting on Thursday 3 April 2025, recorded a conclusion of accidental death,
contributed to by neglect.

The care agency said it had changed its rota system. The hospital trust said it would complete
a review of its falls policy by 30 June 2025. The coroner will consider whether to issue a
report under Regulation 28 of the Coroners (Investigations) Regulations 2013.

Coroner's Office, The Silverlink, North Shields | Tel. 0191 555 2013""",
        (
            expect("2024-11-14", "died"),
            expect("2024-11-12", "admitted"),
            expect("2024-11-09~", "seen"),
            expect("2016", "diagnosed"),
            expect("2024-11-10", "visit"),
            expect("2024-11-20", "inquest", "opened"),
            expect("2025-04-03", "conclusion"),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "hollinford-twinning",
        "town twinning history",
        None,
        """Hollinford Twinning Association - History of our links

The idea of twinning Hollinford with a French town was first proposed in 1962 by the
headmaster of the grammar school, Geoffrey Lambe, who had served in the Aveyron during the war.
After four years of letters and visits, the twinning charter was signed in Saint-Aubrac on
14 May 1966 and in Hollinford the following year.

Student exchanges between the two towns have run every summer since 1970, and more than 3,000
young people have taken part. A third partner, Wolkenbach in Bavaria, joined the link around
1978, after its brass band played at the Hollinford carnival.

The 1999 Friendship Oak in Memorial Park was planted by the three mayors to mark the new
millennium. Exchanges were suspended from 2020 to 2022 because of the pandemic, and resumed
with a coach trip of sixty members to Saint-Aubrac.

The association plans to mark the sixtieth anniversary of the charter in 2026 with a
festival in all three towns.

Membership costs 12 pounds a year. Meetings are held on the second Tuesday of each month at
the Hollinford Library, and new members are always welcome.

Secretary: Pat Orrell, 01282 555 966""",
        (
            expect("1962", "proposed"),
            expect("1966-05-14", "charter"),
            expect("1967", "hollinford"),
            expect("1970/..", "exchange"),
            expect("1978~", "wolkenbach"),
            expect("2020/2022", "suspended"),
            expect("2026", "anniversary", planned=True),
        ),
    ),
    Text(
        "halvard-point-season",
        "research station's season report",
        None,
        """HALVARD POINT RESEARCH STATION
Summer Season Report 2023-24
Station Leader: Dr Ingrid Solvang | Report date: 30 March 2024

1. Opening and logistics
The first flight of the season landed on the skiway on 28 October 2023, and the station was
fully staffed with 34 people soon afterwards. A blizzard confined all staff to the main building
from 9 to 12 January 2024, and two field parties sheltered in their emergency huts. The
station closed for winter on 4 March 2024.

2. Science
The deep ice core project reached bedrock around 19 December 2023, at a depth of 2,031 m. The
automatic weather station, operating since 2008, recorded a season minimum of -31.4 C.
Biologists counted 3,120 breeding pairs in the emperor penguin colony, the highest count since
2015. Sea-ice surveys were flown every Monday and Thursday when the weather allowed.

3. Infrastructure
The new laboratory module is scheduled to arrive on the resupply voyage in November 2024.

Station call sign: HVP-2024 | Radio room: +870 555 012 345""",
        (
            expect("2023-10-28", "flight"),
            expect("2024-01-09/2024-01-12", "blizzard"),
            expect("2024-03-04", "closed"),
            expect("2023-12-19~", "bedrock"),
            expect("2008/..", "weather station"),
            expect("2024-11", "module", planned=True),
        ),
    ),
)
