"""A hundredth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
hydrographic office's notice to mariners, a choir's anniversary booklet, a supreme court's
constitutional ruling summary, a police appeal for witnesses, a mining town's HTML heritage
trail page, a car maker's model recall announcement, a snooker championship report, a housing
association's repair programme update, an abbey's building history, a student union's election
results and a clock maker's company history). Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTH_CORPUS",)

HUNDREDTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LISBON, Oct 9 (Iberia Press) - Dock workers at the port of Setubal walked out on Monday
over a new shift rota, leaving some 40 car carriers waiting at anchor off the Sado estuary,
the port authority said.

The stevedores' union SINPORT said the stoppage would last until management withdrew the
rota, which took effect on September 30. The union last struck in February 2021, when a
nine-day dispute halted the region's cement exports.

Port director Helena Ramalho, who has run the port since 2019, said 2,300 vehicles were stuck
on the quays, the largest backlog since 2016. On Tuesday she asked the labour ministry to
appoint a mediator.

Union leaders and employers will meet at the ministry in Lisbon on Friday, a ministry
spokesman said. A labour court ruling on whether the strike is lawful is expected by
October 18.

The port, whose Setubal 2030 plan foresees a second container terminal, handled about 7.1
million tonnes of cargo last year. Car makers ship through Setubal every Thursday under a
long-standing charter agreement, and the stoppage has already cost exporters an estimated
12 million euros, according to the AICEP trade agency.

"We are not against modernisation, we are against twelve-hour shifts announced by email,"
union spokesman Vitor Alves told reporters at the gate.

(Reporting by Marta Cunha; Editing by Paul Ferrand)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-30", "rota"),
            expect("2021-02", "struck"),
            expect("2019/..", "ramalho"),
            expect("2024-10-08", "mediator"),
            expect("2024-10-11", "meet", planned=True),
            expect("../2024-10-18", "ruling", planned=True),
        ),
    ),
    Text(
        "cork-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Northfield Biosciences opens EUR 210 million biologics plant in Cork

CORK, Ireland - 3 April 2025 - Northfield Biosciences Ltd today opened its new biologics
manufacturing plant at Ringaskiddy, an investment of EUR 210 million that will employ about
350 people at full capacity.

Cork County Council granted planning permission for the plant on 14 December 2021, and
construction began in June 2022. The first production line was validated by inspectors in
January 2025. Commercial shipments to customers in Europe and North America are scheduled to
start in September 2025, and a second production line is expected to be operational by June
2026.

"Ringaskiddy is the largest single investment in our history, and the biggest in the sector
since 2015," said Chief Executive Dr Niamh Coughlan. "It shows our
long-term commitment to Ireland and to the skilled people of Cork Harbour."

Northfield has manufactured in Ireland since 2008. It acquired the former Lee Valley Pharma
site in Little Island in 2013, which now houses its quality control laboratories.

About Northfield Biosciences
Northfield Biosciences was founded in Galway in 1998 and develops and manufactures monoclonal
antibodies and vaccines. It employs 1,940 people at five sites in Ireland, the Netherlands and
the United States.

Media contact:
Aoife Byrne, Head of Communications
+353 21 455 2019 | press@northfieldbio.ie

###""",
        (
            expect("2025-04-03", "open"),
            expect("2021-12-14", "permission"),
            expect("2022-06", "construction"),
            expect("2025-01", "validat"),
            expect("2025-09", "shipment", planned=True),
            expect("../2026-06", "second", planned=True),
            expect("2008/..", "manufactur"),
            expect("2013", "acquir"),
            expect("1998", "found"),
        ),
    ),
    Text(
        "water-agreement",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

HARLAN TIMBER PRODUCTS, LLC,
Plaintiff-Appellant,
v.
COOS VALLEY IRRIGATION DISTRICT,
Defendant-Respondent.

Coos County Circuit Court 22CV01187; A178342

Filed: February 12, 2025

KAMINS, J.

Plaintiff, which operates a sawmill on the Coquille River, appeals a judgment dismissing its
claim that defendant breached a water-delivery agreement. We affirm.

The parties signed the agreement on March 2, 1987. Under it, defendant was to deliver water
to the mill "no later than April 1 of each year" and in an amount of not less than 1,850
acre-feet. Plaintiff has drawn water under the agreement since 1988.

On or about July 19, 2021, during a severe drought, defendant cut its deliveries to the mill
by half. Plaintiff notified defendant of the alleged breach by letter dated August 4, 2021,
and filed this action on January 10, 2022. After a two-day bench trial in October 2023, the
trial court concluded that the agreement's force majeure clause excused the reduction, and it
entered judgment for defendant on November 21, 2023.

On appeal, plaintiff contends that a drought is not an "act of God" within the meaning of the
clause, relying on Dunning v. Klamath Water Users, 301 Or App 112 (2019). Dunning does not
assist plaintiff; the contract there had no force majeure clause at all. We review the trial
court's construction of the contract for errors of law, ORS 42.230, and its findings of fact
for any evidence.

The 1987 agreement expressly lists "drought, low river flow, or curtailment by the
Watermaster" among the excusing events. The record amply supports the finding that the
Watermaster curtailed defendant's own right in July 2021. The trial court did not err.

Affirmed.""",
        (
            expect("1987-03-02", "agreement"),
            expect("1988/..", "water"),
            expect("2021-07-19~", "cut"),
            expect("2021-08-04", "notif"),
            expect("2022-01-10", "action"),
            expect("2023-10", "trial"),
            expect("2023-11-21", "judgment"),
        ),
    ),
    Text(
        "marrowgate",
        "encyclopedia history",
        None,
        """Marrowgate

Marrowgate is a market town in the Lune valley in northern England, with a population of
11,240 at the 2021 census, its highest since 1911.

History

The site was settled circa 1040 by Norse farmers, who gave it its name, meaning "boundary
road". The town received a market charter from King John in 1207, and a stone bridge across
the Lune was built before 1350; three of its five arches survive.

During the First English Civil War, Royalist troops held the town from 1643 to 1644, and the
parish church of St Wilfrid was badly damaged during the siege that ended their occupation.
It was restored in 1662 with funds raised by the town's wool merchants.

The railway reached Marrowgate in 1849, and the Lune Mills, for a time the largest flax mill
in the north of England, opened the following year. At their height the mills employed 1,400
people. They closed in 1972, and the buildings now house small businesses and a museum.

The Marrowgate Improvement Act 1894 gave the town its first public water supply and the
covered market hall that still hosts a market every Tuesday and Saturday.

Since 1996 Marrowgate has been twinned with the Burgundian town of Semur-en-Auxois.

See also
- List of market towns in Lancashire
- Lune Mills Museum""",
        (
            expect("1040~", "settle"),
            expect("1207", "charter"),
            expect("../1350", "bridge"),
            expect("1643/1644", "royalist"),
            expect("1662", "restor"),
            expect("1849", "railway"),
            expect("1850", "mill"),
            expect("1972", "clos"),
            expect("1996/..", "twin"),
        ),
    ),
    Text(
        "harriers-win",
        "sports report",
        date(2025, 3, 16),
        """Harriers stun leaders to end unbeaten run

By Tom Ealing, Sports Reporter

Ashby Harriers ended Kingsmoor Town's 14-match unbeaten run with a 2-1 win at Kingsmoor
Park yesterday, their first away victory over the league leaders since 2009.

Kingsmoor had not lost since December 7, when they went down 3-0 at Felton Rovers, and they
led through a Callum Reid header after 22 minutes. But Harriers striker Dan Okafor, signed
from Felton in January, levelled before the break and then won it with a curling free kick in
the 84th minute.

"We've been knocking on the door for weeks," said Harriers boss Lisa Marsh, who has been in
charge since October 2022. "The lads train every Tuesday and Thursday night on a council
pitch, and today they played like a full-time side."

Kingsmoor manager Steve Barlow refused to blame the pitch, though the game went ahead only
after a 1.45pm inspection.

Harriers, founded in 1886 and the oldest club in the division, climb to fourth. They host
Felton on Wednesday, and the two sides meet Kingsmoor again in the County Cup semi-final at
Ashby on April 12.

Attendance: 1,987.

Kingsmoor Town: Price; Hale, Reid, Ngata, Fox; Lyle (Doran 70), Burke, Simms; Cole, Ward,
Mensah.
Ashby Harriers: Quinn; Patel, Webb, Amos, Kerr; Doyle, Marsh J, Lane; Ibe (Cross 88), Okafor,
Grant.""",
        (
            expect("2025-03-15", "win"),
            expect("2024-12-07", "felton"),
            expect("2025-01", "sign"),
            expect("2022-10/..", "marsh"),
            expect("1886", "found"),
            expect("2025-03-19", "host", planned=True),
            expect("2025-04-12", "semi", planned=True),
        ),
    ),
    Text(
        "halvorsen-foods",
        "company history",
        None,
        """Halvorsen Foods - Our story

From a fish-cake kitchen on the Bryggen quay to one of Norway's best-known food brands.

Ingrid Halvorsen founded the company in Bergen in 1923, selling fish cakes from a rented
kitchen behind her father's net store. The company's records suggest the first export
shipment, to Gothenburg, left Bergen in 1927, though some family accounts give 1929.

The first Halvorsen factory opened at Laksevag in 1931. During the German occupation,
production was halted from 1940 to 1945, and the factory was used by the Wehrmacht as a
store.

Under Ingrid's son Erling, the company grew into frozen foods. Halvorsen Foods ASA was listed
on the Oslo Stock Exchange on 12 May 1986, and bought the Danish soup maker Kjaer & Co. in
1998.

Since 2004 the company has been majority-owned by the Halvorsen Family Foundation, which
funds marine research at the University of Bergen.

A new headquarters and test kitchen at Damsgard will open in 2026, bringing the company's
380 office staff under one roof for the first time.

Our classic "1923" fish cake, made to Ingrid's original recipe, is still sold in every
Norwegian supermarket, and our Bergen shop is open every Saturday morning for factory
seconds.

Halvorsen Foods ASA | Org. no. 913 476 221 | Customer service: +47 55 19 23 00
(c) 2025 Halvorsen Foods""",
        (
            expect("1923", "found"),
            expect("1927?", "export"),
            expect("1931", "factory"),
            expect("1940/1945", "halt"),
            expect("1986-05-12", "list"),
            expect("1998", "kjaer"),
            expect("2004/..", "foundation"),
            expect("2026", "headquarter", planned=True),
        ),
    ),
    Text(
        "argo-2",
        "mission summary",
        None,
        """MISSION SUMMARY: ARGO-2

Target: near-Earth asteroid 2011 QV4
COSPAR ID: 2019-081A
Launch mass: 1,650 kg
Operator: European Deep Space Consortium (EDSC)

ARGO-2 is a sample-return mission to a small carbon-rich asteroid. It was launched on
14 November 2019 on an Ariane 5 rocket from Kourou, French Guiana.

After a cruise of almost two years, the spacecraft swung past Earth on 2 December 2021 to
gain speed, and entered orbit around 2011 QV4 on 9 June 2023. About three weeks later the
probe touched down for six seconds and collected an estimated 60 grams of regolith, the
largest sample taken from an asteroid since 2020.

ARGO-2 left the asteroid in March 2024 for the return journey. After a thruster fault, the
spacecraft has been in safe mode since 3 January 2025 while engineers test a software patch;
the return trajectory is not affected.

The sample capsule is scheduled to land at the Woomera range in South Australia on
22 September 2026. The samples will be curated at EDSC's laboratory in Leiden.

Key facts
- Cruise distance: 2,019 million km
- Sampling arm: 1.8 m
- Ground station passes: every Monday and Thursday

Page last updated: 18 March 2025""",
        (
            expect("2019-11-14", "launch"),
            expect("2021-12-02", "earth"),
            expect("2023-06-09", "orbit"),
            expect("2023-06-30~", "touch"),
            expect("2024-03", "left"),
            expect("2025-01-03/..", "safe"),
            expect("2026-09-22", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-flu",
        "government statement",
        None,
        """Ministry of Agriculture and Rural Development
Press statement - 4 June 2025

Highly pathogenic avian influenza confirmed in Zalesie district

The Chief Veterinary Officer confirmed an outbreak of highly pathogenic avian influenza
H5N1 at a commercial poultry farm near Zalesie on 28 May. A 3 km protection zone and a 10 km
surveillance zone have been in force around the farm since 29 May, and the movement of
poultry, eggs and litter within them is prohibited.

All 41,000 birds on the affected farm had been culled by 1 June. Tracing has found no link to
other holdings.

This is the first outbreak in commercial poultry in the country since January 2023, when the
disease was confirmed at two duck farms in the north-east. The risk to public health remains
very low.

Under the Animal Health Act 2019, keepers must report any suspicion of disease without delay.
Keepers of more than 50 birds are reminded that their flocks must be inspected every week.

If no further cases are found, the restrictions are expected to be lifted on 27 June.

The Minister, Dr Tomasz Wrobel, will visit the district on Monday to meet farmers and local
veterinary staff.

Keepers can report suspicion of disease on the 24-hour helpline 0800 112 2025.

Ends.

Notes to editors: Reference MRD/PR/2025/117.""",
        (
            expect("2025-05-28", "outbreak"),
            expect("2025-05-29/..", "zone"),
            expect("../2025-06-01", "cull"),
            expect("2023-01", "duck"),
            expect("2025-06-27", "lift", planned=True),
            expect("2025-06-09", "visit", planned=True),
        ),
    ),
    Text(
        "council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Latest news | Brindle Valley Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>Latest news</h1>
<ul class="news-list">
<li>
  <span class="date">12 February 2025</span>
  <h2><a href="/news/2025/0212-library">Central Library to reopen after roof repairs</a></h2>
  <p>The Central Library on Market Street, closed since 4 November, will reopen on Saturday
  1 March. The library was built in 1905 with a grant from Andrew Carnegie.</p>
</li>
<li>
  <span class="date">30 January 2025</span>
  <h2><a href="/news/2025/0130-budget">Cabinet approves 2025/26 budget</a></h2>
  <p>The Cabinet approved the council's 2025/26 budget on Tuesday, including a council tax
  rise of 4.99 per cent, the smallest since 2021.</p>
</li>
<li>
  <span class="date">20 January 2025</span>
  <h2><a href="/news/2025/0120-garden">New garden waste rounds</a></h2>
  <p>A new garden waste schedule will start on 3 March. Bins will then be collected every
  other Monday instead of every Friday.</p>
</li>
<li>
  <span class="date">9 January 2025</span>
  <h2><a href="/news/2025/0109-bridge">Bridge Street bridge reopens</a></h2>
  <p>Strengthening work on the Bridge Street bridge, which opened in 1911, was finished by
  20 December, and the bridge is now open to all traffic.</p>
</li>
</ul>
<footer>
  <p>&copy; 2025 Brindle Valley Council | Contact us: 01632 960 2024</p>
  <p>Page last updated 12 February 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2024-11-04/..", "library"),
            expect("2025-03-01", "reopen", planned=True),
            expect("1905", "built"),
            expect("2025-01-28", "budget"),
            expect("2025-03-03", "garden", planned=True),
            expect("1911", "bridge"),
            expect("../2024-12-20", "work"),
        ),
    ),
    Text(
        "humber-wreck",
        "notice to mariners",
        None,
        """HYDROGRAPHIC OFFICE
NOTICES TO MARINERS
Weekly Edition 19/2024, published 9 May 2024

117(T)/24 ENGLAND - East Coast - River Humber - Wreck. Buoyage. Dredging.

1. A dangerous wreck, least depth 4.2 m, was reported on 2 May 2024 in position
53 degrees 32.18'N, 000 degrees 08.44'E, close south of the Sunk Dredged Channel.

2. A temporary east cardinal light buoy, Q(3)10s, has marked the wreck since 3 May 2024, in
position 53 degrees 32.20'N, 000 degrees 08.61'E.

3. Salvage operations are expected to begin on or about 20 May 2024. Mariners are requested
to give the salvage vessels a wide berth and to keep a listening watch on VHF Channel 14.

4. Maintenance dredging will take place in the Sunk Dredged Channel from 13 to 24 May 2024,
daily between 0600 and 1800 UTC.

Charts affected: 109 - 1188 - 3497
Authority: Humber Estuary Services. Notice 89(T)/24 is cancelled.

118/24 ENGLAND - East Coast - Spurn Head - Light discontinued.

1. Spurn Head light, first exhibited in 1895, was permanently discontinued on 30 April 2024.
Amend the light list accordingly.

Chart affected: 1190 (INT 1560)

Note: temporary and preliminary notices, marked (T) and (P), are reviewed every quarter.""",
        (
            expect("2024-05-02", "wreck"),
            expect("2024-05-03/..", "buoy"),
            expect("2024-05-20~", "salvage", planned=True),
            expect("2024-05-13/2024-05-24", "dredg", planned=True),
            expect("1895", "exhibit"),
            expect("2024-04-30", "discontinu"),
        ),
    ),
    Text(
        "cecilia-singers",
        "choir's anniversary booklet",
        None,
        """ST CECILIA SINGERS OF WEXHAM
75 Years of Song, 1950-2025
Anniversary Booklet

A Word of Welcome

Dear friends, it is a joy to look back over three quarters of a century of music-making in
Wexham, and to thank every singer, accompanist and supporter who has kept us going.

Our Story

The choir was founded on 14 October 1950 by the organist of St Mary's, Margaret Pell, with
eleven singers and a borrowed piano. Its first public concert, a programme of Purcell and
Stanford, was given in the parish hall on 3 March 1951.

In June 1953 the choir sang at the town's Coronation celebrations, an occasion still
remembered by our oldest member, Joan Hadley. Exchanges with our friends in Wexheim followed:
the choir toured Germany in 1968, 1974 and 1981, and our hosts returned each visit.

Miss Pell retired around 1979, after almost thirty years at the helm. Our present director,
Owen Reece, has led the choir since 2011, and under him we have grown to 64 voices.

Our 75th anniversary concert, with Haydn's Creation, will be held in St Mary's Church on
Saturday 15 November 2025 at 7.30pm.

Join Us

We rehearse every Thursday at 7.30pm in St Mary's Hall. New voices are always welcome, and
members of our Friends' scheme, the 1950 Society, receive priority booking.

St Cecilia Singers of Wexham is a registered charity, no. 1019874.
Booklet designed and printed by Wexham Press, 2025.""",
        (
            expect("1950-10-14", "found"),
            expect("1951-03-03", "concert"),
            expect("1953-06", "coronation"),
            expect("1968", "tour"),
            expect("1974", "tour"),
            expect("1981", "tour"),
            expect("1979~", "retire"),
            expect("2011/..", "reece"),
            expect("2025-11-15", "anniversary", planned=True),
        ),
    ),
    Text(
        "assembly-ruling",
        "supreme court's constitutional ruling summary",
        None,
        """SUPREME COURT
PRESS SUMMARY

Kessler and others (Appellants) v Minister for Justice (Respondent)
[2025] SC 14
On appeal from [2024] CA 233

Judgment date: 26 March 2025

JUSTICES: Chief Justice Moran, Justice Adebayo, Justice Lindqvist, Justice Farrell,
Justice Osei

BACKGROUND TO THE APPEAL
The right of peaceful assembly has been protected by Article 40 of the Constitution since
1949. The Public Assembly (Amendment) Act 2022 came into force on 1 September 2022. Section 4
of that Act allows the police to ban any assembly within 500 metres of Parliament.

The appellants were arrested at a protest outside Parliament on 11 January 2023. The High
Court dismissed their challenge to section 4 on 5 July 2023, and the Court of Appeal dismissed
their appeal in June 2024.

JUDGMENT
Today the Supreme Court unanimously allows the appeal. Justice Adebayo gives the lead
judgment, with which the other Justices agree.

REASONS FOR THE JUDGMENT
A blanket ban, applied without regard to the size, purpose or likely effect of an assembly, is
not a proportionate restriction of the right [paras 41-58]. The Court declares section 4
invalid. To allow Parliament to legislate, the declaration is suspended: amending legislation
must be enacted no later than 30 September 2025 [para 77].

This summary is provided to help in understanding the Court's decision. It does not form part
of the reasons for the decision. The full judgment is the only authoritative document.""",
        (
            expect("1949/..", "assembly"),
            expect("2022-09-01", "force"),
            expect("2023-01-11", "arrest"),
            expect("2023-07-05", "challenge"),
            expect("2024-06", "appeal"),
            expect("2025-03-26", "allow"),
            expect("../2025-09-30", "legislation", planned=True),
        ),
    ),
    Text(
        "a614-collision",
        "police appeal for witnesses",
        date(2023, 11, 16),
        """Appeal for witnesses after motorcyclist seriously injured on A614

Officers are appealing for witnesses after a motorcyclist was seriously injured in a collision
on the A614 near Ollerton on Sunday evening.

The rider, a 47-year-old man from Worksop, was travelling south on a red Honda CB650 when he
was in collision with a car turning into Whitewater Lane at around 7.40pm. He remains in a
critical condition at the Queen's Medical Centre.

A second vehicle, a silver Vauxhall Astra, is believed to have been involved and did not stop.
The Astra was found abandoned in Mansfield on Tuesday.

A 34-year-old man was arrested on suspicion of causing serious injury by dangerous driving on
Monday. He has been released on bail and is due to answer bail on 8 December.

It is the third serious collision on this stretch of the A614 since 2019. The speed limit on
the stretch was cut to 50mph in March 2021, and average speed cameras are scheduled to be
installed by the end of 2024.

Sergeant Claire Dunmore, of the Roads Policing Unit, said: "We know the road was busy, and we
would like to hear from anyone who saw the Astra before or after the collision, or who has
dashcam footage."

Anyone with information is asked to call 101, quoting incident 675 of 12 November 2023, or
contact Crimestoppers anonymously on 0800 555 111.""",
        (
            expect("2023-11-12", "collision"),
            expect("2023-11-14", "astra"),
            expect("2023-11-13", "arrest"),
            expect("2023-12-08", "bail", planned=True),
            expect("2021-03", "speed"),
            expect("../2024", "camera", planned=True),
        ),
    ),
    Text(
        "carn-dhu-trail",
        "mining town's heritage trail page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Heritage Trail | Carn Dhu Heritage Trust</title>
</head>
<body>
<header>
  <h1>The Carn Dhu Heritage Trail</h1>
  <p class="updated">Last updated: 2 August 2024</p>
</header>
<p class="intro">A 3.5 km circular walk through the mining village of Carn Dhu. Allow 90
minutes.</p>
<ol class="trail">
  <li>
    <h2>Stop 1: Wheal Agnes Engine House</h2>
    <img src="/img/wheal-agnes.jpg" alt="Engine house, photographed in 1936">
    <p>Tin was worked on this hillside from about 1720. The engine house was built in 1852 for
    a 70-inch Cornish beam engine. Wheal Agnes closed in 1898, after the price of tin
    collapsed.</p>
  </li>
  <li>
    <h2>Stop 2: The Count House</h2>
    <p>The mine's count house, where the miners were paid, was built c. 1835. Since 2004 it has
    housed the trail's visitor centre and cafe, open every day from 10am to 4pm.</p>
  </li>
  <li>
    <h2>Stop 3: Miners' Chapel</h2>
    <p>The Methodist chapel opened on Christmas Day 1861. Its 1867 Memorial Window remembers the
    twelve men who died in the Wheal Agnes flood of 14 March 1867.</p>
  </li>
  <li>
    <h2>Stop 4: The Mineral Railway</h2>
    <p>The trackbed of the old mineral railway will be reopened as a footpath and cycleway in
    2026.</p>
  </li>
</ol>
<footer>
  <p>Carn Dhu Heritage Trust, registered charity 1102017 | Tel 01736 202186</p>
</footer>
</body>
</html>""",
        (
            expect("1720~", "tin"),
            expect("1852", "engine"),
            expect("1898", "clos"),
            expect("1835~", "count"),
            expect("2004/..", "visitor"),
            expect("1861-12-25", "chapel"),
            expect("1867-03-14", "flood"),
            expect("2026", "footpath", planned=True),
        ),
    ),
    Text(
        "corsano-recall",
        "car maker's model recall announcement",
        None,
        """VELORA MOTORS - PRESS ANNOUNCEMENT

Velora Motors announces voluntary recall of Corsano hatchbacks

TILBURG, the Netherlands, 12 September 2025 - Velora Motors is recalling 38,400 Corsano
hatchbacks of model years 2023 and 2024 because a fuel-pump relay may overheat and cause the
engine to stall.

The recall covers Corsano cars built at the Tilburg plant between 4 April 2023 and 19 January
2024. The fault was first identified in a customer report on 2 June 2025, and Velora opened an
internal investigation two weeks later. The relay's supplier had changed the part's design in
January 2024, which is why later cars are not affected.

Velora notified the Dutch vehicle authority RDW and other regulators on 8 September 2025. No
accidents or injuries have been reported.

Dealers will begin contacting owners on Monday. The repair, which takes about 40 minutes, is
free of charge, and all repairs are expected to be completed by the end of March 2026.

Owners can check whether their car is affected by entering its vehicle identification number
at velora.com/recall or by calling 0800 2023 4411, Monday to Friday, 8am to 6pm.

Recall reference: VM-R-2025-071. US campaign number: 25V-412.

About Velora Motors
Velora Motors builds compact and electric cars at plants in Tilburg and Gyor. The Corsano,
launched in 2016, is its best-selling model.""",
        (
            expect("2023-04-04/2024-01-19", "built"),
            expect("2025-06-02", "report"),
            expect("2025-06-16", "investigation"),
            expect("2024-01", "design"),
            expect("2025-09-08", "notif"),
            expect("2025-09-15", "contact", planned=True),
            expect("../2026-03", "repair", planned=True),
            expect("2016", "launch"),
        ),
    ),
    Text(
        "northern-classic",
        "snooker championship report",
        None,
        """SNOOKER

Tuesday 6 May 2025, 07:42 BST
By Gareth Lowe, Snooker Correspondent, Preston

Pryce edges Halloran to claim Northern Classic crown

Wales's Rhys Pryce won the Northern Classic at Preston Guild Hall on Monday night, beating
Ireland's Conor Halloran 10-7 in a tense final to lift the trophy and the 150,000-pound top
prize.

It was Pryce's first ranking title since the 2019 Shanghai Masters, and it followed a
remarkable week in which he made a 147 maximum in the semi-final against Ding Lei on
Saturday, the first in the tournament's history.

Level at 7-7, Pryce took the 15th frame with a nerveless 139 clearance and then won the next
two on the colours. "I've waited six years for this," said the 31-year-old, who turned
professional in 2012. "The maximum on Saturday gave me belief."

Pryce has been ranked inside the world's top 16 since 2021, and the win lifts him to ninth in
the one-year list.

The Northern Classic was first staged in 1998 and is played every spring at the Guild Hall.
The 2026 edition is scheduled to run from 27 April to 3 May 2026.

Final (best of 19 frames): R Pryce (Wal) 10-7 C Halloran (Ire)
Frame scores: 72-41, 0-124 (124), 65-58, ...""",
        (
            expect("2025-05-05", "pryce"),
            expect("2025-05-03", "maximum"),
            expect("2012", "professional"),
            expect("2021/..", "top"),
            expect("1998", "staged"),
            expect("2026-04-27/2026-05-03", "edition", planned=True),
        ),
    ),
    Text(
        "elmstead-repairs",
        "housing association's repair programme update",
        date(2024, 3, 28),
        """Riverside Homes Partnership - Tenant News

Elmstead estate: repairs programme update

Dear residents,

Here is the latest news on the improvement works on the Elmstead estate.

Damp and mould
Our surveyors completed the damp and mould survey of all 412 homes in January. Every home
rated "high risk" has now had a visit, and treatment work is under way.

Roofs and windows
The roof replacement on Block A was finished on 8 March, two weeks ahead of plan. Window
replacement in Block C began on Monday, and scaffolding will stay up while the work lasts.

Lifts
The lift replacement in Block D is scheduled from 15 April to 7 June. During this time a
stair-climber service will be available for residents who need it.

Kitchens
All kitchens on the estate are to be replaced by March 2026, in line with the Decent Homes
Standard. We will write to each household with its date.

Our contractor
Hallam Build has carried out our repairs on the estate since 2017. All their operatives carry
photo ID; please ask to see it.

Drop-in sessions
Our housing officers hold drop-in sessions every Wednesday from 2pm to 4pm at the Elmstead
Community Room.

Repairs line: 0300 123 2024 (24 hours)
Ref: RHP/EL/2024/03""",
        (
            expect("2024-01", "survey"),
            expect("2024-03-08", "roof"),
            expect("2024-03-25", "window"),
            expect("2024-04-15/2024-06-07", "lift", planned=True),
            expect("../2026-03", "kitchen", planned=True),
            expect("2017/..", "hallam"),
        ),
    ),
    Text(
        "kirkdale-abbey",
        "abbey's building history",
        None,
        """Kirkdale Abbey: A History of the Buildings

Kirkdale Abbey was founded in 1132 by a group of twelve Cistercian monks sent from Rievaulx,
on land given by the lord of Helmsley.

The first buildings were of timber. Work on the stone church began about 1150, starting, as
was usual, with the presbytery, and the nave was completed before 1200. The chapter house,
the finest room of the abbey, was rebuilt between 1220 and 1235 with a vaulted ceiling carried
on eight slender columns.

The abbey was dissolved on 4 December 1538, when the last abbot, Thomas Sedbergh, and
fourteen monks surrendered it to the king's commissioners. The lead was stripped from the
roofs the following year and melted down on site.

The central tower is said to have collapsed in a storm in 1617, though no contemporary record
of the fall survives.

Kirkdale has been in state care since 1929, when the ruins were cleared of ivy and fallen
masonry. Conservation of the west front will be completed in 2027.

Visiting
The abbey is open daily from 10am; last admission is at 4pm. The site is 1.5 miles north of
Kirkdale village (grid reference SE 578 867).

From the guidebook Kirkdale Abbey, second edition 2019.""",
        (
            expect("1132", "found"),
            expect("1150~", "church"),
            expect("../1200", "nave"),
            expect("1220/1235", "chapter"),
            expect("1538-12-04", "dissol"),
            expect("1539", "lead"),
            expect("1617?", "tower"),
            expect("1929/..", "care"),
            expect("2027", "west", planned=True),
        ),
    ),
    Text(
        "su-elections",
        "student union's election results",
        date(2025, 3, 14),
        """Students' Union Elections 2025: the results

Your new sabbatical officers have been elected!

Voting opened on Monday and closed on Thursday at 5pm, and the results were announced at a
packed count in the Union Bar last night. This year 6,412 students voted, a turnout of 31.4%,
the highest since 2016.

President: Amara Osei (Geography)
Amara, who joined the union council in 2023, won with 2,025 votes in the final round.

Vice-President Education: Liam Fraser (History)
Vice-President Welfare: Priya Nair (Medicine)
Vice-President Activities: Jonah Wells (Engineering)

The new officers will take office on 1 July, and the outgoing team will hand over to
them before then.

A referendum on the union's affiliation to the National Union of Students will be held in
October. The union has been affiliated to the NUS since 1971.

Thank you to everyone who stood, campaigned and voted. Candidates' expenses returns are
available at the Union Reception in Room 2.014.

Questions about the elections? Email elections@su.example.ac.uk. Complaints must be made
within 48 hours of the count, in line with Election Regulation 12.""",
        (
            expect("2025-03-10", "open"),
            expect("2025-03-13", "clos"),
            expect("2025-03-13", "result"),
            expect("2023", "council"),
            expect("2025-07-01", "office", planned=True),
            expect("2025-10", "referendum", planned=True),
            expect("1971/..", "affiliat"),
        ),
    ),
    Text(
        "thwaite-clocks",
        "clock maker's company history",
        None,
        """Thwaite & Sons - Clockmakers since 1794

Our heritage

Josiah Thwaite founded the business in Clerkenwell, London, in 1794, making bracket clocks
and watch movements for the trade. His grandson Edward moved the workshop to Coventry around
1850, drawn by the city's skilled watchmakers.

In 1868 Thwaite & Sons supplied the great turret clock for Coventry's new Corn Exchange, the
first of more than 400 public clocks the firm would build across Britain and the Empire. The
company has held a Royal Warrant since 1901.

On the night of 14 November 1940 the Spon Street factory was destroyed in the German air raid
that devastated the city. The firm carried on in rented rooms until the rebuilt factory
reopened in 1948.

In 2003 the business was acquired by the Swiss group Horlogerie Jura, which kept the Thwaite
name and the Coventry works.

A museum of horology, displaying clocks from the firm's archive, will open at the Coventry
works in May 2026.

Our "1794" mantel clock, with an eight-day movement, remains our best-selling design, and our
restorers still wind and regulate the Corn Exchange clock every Monday morning.

Thwaite & Sons Ltd, Spon Street, Coventry | Workshop: 024 7622 1868""",
        (
            expect("1794", "found"),
            expect("1850~", "coventry"),
            expect("1868", "turret"),
            expect("1901/..", "warrant"),
            expect("1940-11-14", "destroy"),
            expect("1948", "reopen"),
            expect("2003", "acquir"),
            expect("2026-05", "museum", planned=True),
        ),
    ),
)
