"""A hundred-and-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
river authority's flood warning update, a circus's touring history, an arbitration panel's
award summary, a lighthouse authority's notice of a light change, a village's war memorial
page in HTML, a university press's book launch announcement, a rugby sevens report, a
national park's trail closure notice, a cotton mill's history, a credit union's members'
letter and a cartography firm's history). Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFOURTH_CORPUS",)

HUNDREDFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "shipyard-strike-ends",
        "wire story with a dateline",
        date(2025, 9, 18),
        """GDANSK, Sept 18 (Nordic Wire) - Workers at the Wisla Northern shipyard ended a 16-day
strike on Wednesday after management agreed to a 9 percent pay rise, the Portowa union said.

The walkout began on September 2, when about 1,800 welders and fitters downed tools over
overtime rates. It was the longest stoppage at the yard since 1988, union leader Marta
Kowalczyk told reporters outside the main gate.

Both sides will sign the new wage agreement on Monday, a company spokesman said. Work on hull
2031, a 190-metre ferry ordered by a Finnish operator, is due to resume on Friday.

The yard, founded in 1957 as a repair base for the Baltic fishing fleet, has been under the
control of the state development fund since March 2019. A two-day stoppage around 2014 over
unpaid bonuses ended without a deal, and several of its organisers later left the yard.

Union delegates, who meet every Thursday in the yard canteen, said they would watch closely
how the overtime clause is applied. "We have a deal, not a miracle," Kowalczyk said.

Shares in the yard's listed parent, Baltmor, rose 3.2 percent in Warsaw trading.

(Reporting by Piotr Nowak; Editing by Helen Marsh)""",
        (
            expect("2025-09-17", "strike", "end"),
            expect("2025-09-02", "walkout"),
            expect("2025-09-22", "sign", planned=True),
            expect("2025-09-19", "resume", planned=True),
            expect("1957", "found"),
            expect("2019-03/..", "control"),
            expect("2014~", "stoppage"),
        ),
    ),
    Text(
        "harwick-second-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE
Press release no. 2025/07

Harwick Biosystems opens second enzyme plant in Leeuwarden

LEEUWARDEN, the Netherlands, 12 February 2025 - Harwick Biosystems B.V., a maker of industrial
enzymes for the dairy and baking industries, today opened its second production plant, a
EUR 84 million facility on the Zuiderhaven business park.

Construction of the 11,000-square-metre plant began in March 2023. The plant is expected to
reach full capacity no later than June 2026, when it will employ around 140 people. A second
fermentation line is scheduled to open in September 2027.

"Leeuwarden gives us room to grow close to our customers," said chief executive Ineke Hoekstra.
"This plant is the heart of our 2030 Sustainability Roadmap."

Harwick was founded in 2009 by three researchers from Wageningen. Its first product, a lactase
enzyme for lactose-free milk, was approved by European regulators on 14 November 2016. The
company has supplied enzymes to FrieslandDairy, its largest customer, since 2018.

The new plant runs on green electricity and is certified to ISO 14001:2015.

About Harwick Biosystems
Harwick Biosystems B.V. develops and produces enzymes for food manufacturers in 31 countries.
It employs 420 people.

Media contact:
Joost van der Meer, +31 58 204 1997, press@harwick-bio.example

###""",
        (
            expect("2025-02-12", "open"),
            expect("2023-03", "construction"),
            expect("../2026-06", "capacity", planned=True),
            expect("2027-09", "line", planned=True),
            expect("2009", "found"),
            expect("2016-11-14", "approv"),
            expect("2018/..", "suppl"),
        ),
    ),
    Text(
        "whitcombe-v-larchmont",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEW HAMPSTEAD

DANA WHITCOMBE, Appellant,
v.
LARCHMONT PROPERTY GROUP, LLC, Appellee.

No. 2023-CA-01984
Filed: June 3, 2025

OPINION

REYES, Judge.

Appellant Dana Whitcombe challenges the summary judgment entered against her on her claim
for breach of the warranty of habitability under the Residential Tenancies Act of 1978. We
affirm.

I. BACKGROUND

Appellee has managed the Birchwood Apartments since 2015. On or about October 3, 2021,
Whitcombe leased a second-floor unit there for twelve months. In about February 2022 a city
inspector examined the unit after tenants reported water damage from a failed roof drain.
According to the contractor's invoice, the repairs were completed no later than April 15,
2022; Whitcombe contends they were never completed at all.

Whitcombe filed suit on May 9, 2022, seeking rent abatement and damages. The trial court
granted summary judgment to appellee on August 17, 2023, finding no genuine dispute that the
roof drain had been repaired. Whitcombe filed her notice of appeal twenty-eight days later.

II. STANDARD OF REVIEW

We review a grant of summary judgment de novo. Hollis v. Marrow, 412 P.3d 1190, 1194 (2019).
A dispute is genuine only if a reasonable factfinder could resolve it for the nonmoving
party. Id.

III. DISCUSSION

Whitcombe's only evidence was her own affidavit, which states that the unit "still smelled of
damp" but does not identify any defect in the drain. That is not enough. See Tull v. Oakes,
388 P.3d 702 (2016).

AFFIRMED.""",
        (
            expect("2015/..", "manage"),
            expect("2021-10-03~", "lease"),
            expect("2022-02~", "inspect"),
            expect("../2022-04-15", "repair"),
            expect("2022-05-09", "suit"),
            expect("2023-08-17", "judgment"),
            expect("2023-09-14", "appeal"),
        ),
    ),
    Text(
        "valdmark-canal",
        "encyclopedia history",
        None,
        """Valdmark Canal

The Valdmark Canal is a 38-kilometre navigation linking the river Orne at Hessby with the
port of Valdmark. It has 17 locks and a maximum depth of 1,520 millimetres.

History

The canal was authorised under the 1789 Navigation Act, and construction began in 1791 under
the engineer Carl Ahlgren. It probably opened to traffic in 1798, although the company's
records for that decade are lost. Coal and timber were its main cargoes, and traffic peaked
at around 1840, when some 600 barges a year passed the summit lock.

Competition from the Hessby railway reduced tolls, and the canal closed to commercial traffic
in 1931. The canal company was dissolved the following year and the waterway passed to the
county, which drained the summit pound.

The Valdmark Canal Trust, formed by volunteers, has maintained the towpath since 1974.
Sections of the canal were listed as historic monuments in 1988 and 2003. After a restoration
costing 9.4 million crowns, the canal reopened for leisure boats on 21 May 2005.

Today the towpath is part of a long-distance cycle route, and trip boats run daily from
Valdmark basin between May and September.

See also
- List of canals in Scandinavia
- Hessby railway""",
        (
            expect("1791", "construction"),
            expect("1798?", "open"),
            expect("1840~", "traffic"),
            expect("1931", "closed"),
            expect("1932", "dissolv"),
            expect("1974/..", "towpath"),
            expect("1988", "listed"),
            expect("2003", "listed"),
            expect("2005-05-21", "reopen"),
        ),
    ),
    Text(
        "rovers-beat-ashby",
        "sports report",
        date(2024, 11, 23),
        """Football | Championship North

Kelso Rovers 3 Ashby Town 1

By Dan Whitlow, Sports Reporter

Kelso Rovers climbed to fourth place after beating Ashby Town 3-1 at Meadow Lane on Friday,
their first home win over Ashby since 2009.

Rovers had lost 1-0 at Brackley on 9 November and manager Sean Doyle made three changes.
Tomas Eze, signed from Grimsfield in January, opened the scoring in the 12th
minute with a header from a corner, and Luca Benn added a second before half-time.

Ashby pulled one back through Carl Amos after the break, but Eze sealed it with a low drive
in the 81st minute. The attendance was 14,212.

Rovers were without captain Jamie Hollis, who has been injured since 28 September with a
hamstring tear. Doyle said Hollis would not be rushed back.

"Kick-off at 7.45 on a Friday suits us," Doyle said. "The boys train every Wednesday night
under the lights and they were sharp."

Rovers, who last won the county cup in 1997, host leaders Marlow on Wednesday. Three of their
players are in the squad for the 2026 World Cup qualifiers next month.""",
        (
            expect("2024-11-22", "beat"),
            expect("2024-11-09", "lost"),
            expect("2024-01", "sign"),
            expect("2024-09-28/..", "injur"),
            expect("1997", "cup"),
            expect("2024-11-27", "host", planned=True),
        ),
    ),
    Text(
        "brennholt-history",
        "company history",
        None,
        """Brennholt & Sons - Our History

From a blacksmith's bench to the world's bicycles

Brennholt & Sons was founded in 1898 by Anton Brennholt, a blacksmith in the Black Forest town
of Weilbach, who began making brass bicycle bells for local dealers. His first design is still
sold today as the Model 1898.

Demand grew quickly, and Anton's sons opened the first factory circa 1905, with a workforce of
twelve. In 1923 the firm moved to a larger site beside the railway station, where it still
stands.

The family sold its majority stake to the Hagedorn group in 1961, and a listing on the
Stuttgart exchange followed the next year. The company has exported bells to Japan and the
United States since 1974; today three out of four bells leave Germany.

On 4 September 2012 Brennholt opened its new headquarters and design centre, a timber building
heated by waste heat from the polishing shop. The one-millionth bell of the year rolls off
the line every December, and employees vote on its engraving.

Brennholt & Sons GmbH - Bahnhofstrasse 18 - 77956 Weilbach - Tel. +49 7823 1898 0""",
        (
            expect("1898", "found"),
            expect("1905~", "factory"),
            expect("1923", "move"),
            expect("1961", "sold"),
            expect("1962", "listing"),
            expect("1974/..", "export"),
            expect("2012-09-04", "headquarters"),
        ),
    ),
    Text(
        "coral-2-mission",
        "mission summary",
        None,
        """CORAL-2 - Mission summary

Operator: Nordic Space Office
COSPAR ID: 2019-017A
Orbit: sun-synchronous, 705 km
Status: extended operations

CORAL-2 measures the colour of coastal waters to track algal blooms and sediment plumes in
the North Sea and the Baltic. It carries a 21-band imaging spectrometer and a small
thermal camera.

The satellite was launched on 14 March 2019 on a Vega rocket from Kourou. Its spectrometer
returned first images on 2 April, showing a bloom off the Danish coast. Commissioning was
completed by 30 June 2019, and routine products have been released to users every day since.

One of the four reaction wheels failed around 11 August 2021. Engineers reconfigured the
attitude control to work on three wheels, with a small loss in pointing accuracy.

The mission has been in an extended phase since January 2023, funded by the national
environment agencies. The
satellite is expected to be deorbited in 2028, using its remaining fuel to lower its orbit.

Data are distributed free of charge through the CORAL data portal. Over 1,900 users are now
registered, the most since launch.

Page last updated: 02/05/2024""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-04-02", "image"),
            expect("../2019-06-30", "commission"),
            expect("2021-08-11~", "wheel"),
            expect("2023-01/..", "extend"),
            expect("2028", "deorbit", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

Statement on avian influenza in Westmoor district

Issued: 3 June 2025

The Ministry confirms that highly pathogenic avian influenza (H5N1) was confirmed on Sunday in
a flock of 32,000 laying hens at a farm near Corby Edge, Westmoor district.

Samples were taken on 26 May after the farmer reported a rise in deaths, and were tested at the
national reference laboratory. A temporary control zone of 10 kilometres has been in
force around the farm since 27 May, under Regulation (EU) 2016/429.

The Minister, Helena Graves, will visit the district on Thursday to meet poultry farmers and
local veterinary officers. Compensation payments to affected farmers will be made no later
than 30 June.

The last outbreak in the region, in 2021, led to the culling of 110,000 birds. This year's case
is the largest in the district since 2016, but the risk to the public remains very low.

Keepers are reminded to check their birds every day and to report any signs of disease at once.

Helpline: 0800 112 2016 (8am to 6pm, Monday to Friday)

ENDS""",
        (
            expect("2025-06-01", "confirm"),
            expect("2025-05-26", "sample"),
            expect("2025-05-27/..", "zone"),
            expect("2025-06-05", "visit", planned=True),
            expect("../2025-06-30", "compensation", planned=True),
            expect("2021", "outbreak"),
        ),
    ),
    Text(
        "harlow-vale-news",
        "HTML page (a news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harlow Vale District Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>Council news</h1>
<ul class="news-list">
  <li class="news-item">
    <h2><a href="/news/eastgate-bridge">Eastgate bridge to close for deck repairs</a></h2>
    <p class="meta">Posted on 10 March 2025</p>
    <p>The Eastgate bridge will close to all traffic from 7 to 18 April while contractors
    replace its deck joints. Diversions will be signed via Mill Road.</p>
  </li>
  <li class="news-item">
    <h2><a href="/news/library-reopens">Central library reopens</a></h2>
    <p class="meta">Posted on 6 March 2025</p>
    <p>The central library reopened on Monday after a refurbishment costing &pound;2.1 million.
    The library closed in October 2023 when asbestos was found in the roof space. The market hall
    next door, built around 1860, will be surveyed next.</p>
  </li>
  <li class="news-item">
    <h2><a href="/news/council-tax">Council tax bills for 2025/26</a></h2>
    <p class="meta">Posted on 28 February 2025</p>
    <p>Bills for 2025/26 will be posted to all households by 14 March. Payments are taken on
    the first working day of every month.</p>
  </li>
  <li class="news-item">
    <h2><a href="/news/skate-park">New skate park opens</a></h2>
    <p class="meta">Posted on 24 February 2025</p>
    <p>Mayor Ruth Okafor opened the new skate park at Fennel Green on Saturday. Volunteers meet
    there every Sunday morning to pick litter.</p>
  </li>
</ul>
<footer><p>&copy; 2025 Harlow Vale District Council. Call 01279 555 0143.</p>
<p>Last updated 10/03/2025</p></footer>
</body>
</html>""",
        (
            expect("2025-04-07/2025-04-18", "bridge", planned=True),
            expect("2025-03-03", "reopen"),
            expect("2023-10", "closed"),
            expect("1860~", "built"),
            expect("../2025-03-14", "bill", planned=True),
            expect("2025-02-22", "skate"),
        ),
    ),
    Text(
        "river-wenning-flood-update",
        "river authority flood warning update",
        None,
        """NORTHERN RIVERS AUTHORITY
FLOOD WARNING UPDATE No. 7 - River Wenning at Kelby and Low Bentham

Issued: 06:00, Tuesday 14 January 2025
Severity: Flood Warning (flooding is expected, immediate action required)

Current situation
Heavy rain fell across the upper Wenning catchment from 10 to 12 January, with 96 mm recorded
at the Clapdale rain gauge. The river peaked at 4.31 m on the Kelby gauge (station 27041) at
22:00 on Monday, the highest level recorded there since 2000.

Residents of 40 homes on Mill Lane, Kelby, were evacuated on Sunday as a precaution. The B6480
Bentham Road has been closed since Saturday between Kelby bridge and the Fell Inn.

Forecast
River levels are now falling slowly. Levels are expected to drop below the warning threshold
by Thursday, provided no further heavy rain falls. We will remove the warning when levels
are below 3.1 m.

The flood defences at Low Bentham, completed in 2018, are working as designed and have
protected around 120 properties.

What you should do
- Keep away from flood water and do not drive through it.
- Check on neighbours, especially the elderly.
- River levels are checked every 15 minutes and published online.

Floodline: 0300 555 0192 (24 hours)
Next update: 12:00 today""",
        (
            expect("2025-01-10/2025-01-12", "rain"),
            expect("2025-01-13", "peak"),
            expect("2025-01-12", "evacuat"),
            expect("2025-01-11/..", "closed"),
            expect("../2025-01-16", "level", planned=True),
            expect("2018", "defence"),
        ),
    ),
    Text(
        "hoxley-circus-touring",
        "circus touring history",
        None,
        """Hoxley Brothers' Circus: a touring history

The Hoxley Brothers' Circus was founded in 1872 by William and Samuel Hoxley, two former
fairground tumblers from Leicester, with a single ring, six horses and a canvas tent seating
400. Its first tour of Ireland took place in 1880, travelling by horse-drawn wagon from Dublin
to Cork.

The brothers crossed to America around 1893, touring the river towns of the Ohio valley for two
seasons before returning home. Their best-known poster, the "Parade of 1900", is now held by
the Theatre Museum.

The circus has kept its winter quarters at Thornby Farm, Northamptonshire, since 1921. On
9 July 1934 fire destroyed the big top during a matinee at Kettering; all 1,200 spectators
escaped, but two horses died.

After the Second World War the company toured continental Europe from 1946 to 1951, playing in
more than 300 towns. The last elephant act was probably performed in 1999; the company's
records for that year are incomplete.

Today the circus tours Britain from March to November with a cast of 34, playing twice daily
in a tent that seats 2,400.""",
        (
            expect("1872", "found"),
            expect("1880", "ireland"),
            expect("1893~", "america"),
            expect("1921/..", "winter"),
            expect("1934-07-09", "fire"),
            expect("1946/1951", "tour"),
            expect("1999?", "elephant"),
        ),
    ),
    Text(
        "aldane-v-koru-award",
        "arbitration panel award summary",
        None,
        """NORDIC CHAMBER OF ARBITRATION
Case No. NCA/2023/114
Aldane Wind A/S v. Koru Turbine Systems Oy

SUMMARY OF FINAL AWARD
Summary published: 19 April 2024

The Panel (Ms. Sigrid Holm, presiding; Mr. Tomas Virtanen; Prof. Anne-Marie Roux) has rendered
its final award in this dispute under the NCA Rules and the UNCITRAL Arbitration Rules (2013).

Background
The parties signed a supply contract on 2 February 2019 for 24 turbine gearboxes at a price of
EUR 4,250,000. The Claimant delivered the gearboxes no later than 30 November 2020; the
Respondent does not dispute this. On 15 March 2021 the Respondent terminated the contract,
alleging defects in the bearings, and withheld the final instalment.

Proceedings
The Claimant served its notice of arbitration on or about 3 June 2021. A hearing was held in
Copenhagen from 6 to 10 November 2023, at which the Panel heard four experts.

Award
The final award was rendered on 12 April 2024. The Panel found that the bearing defects were
minor and that termination was unlawful. The Respondent is to pay the outstanding EUR 612,000,
with interest at 2.5 percent, no later than 11 June 2024. Each party bears its own costs.

This summary is not part of the award and has no legal effect.
Contact: registry@nca.example | +45 33 55 2013""",
        (
            expect("2019-02-02", "contract"),
            expect("../2020-11-30", "deliver"),
            expect("2021-03-15", "terminat"),
            expect("2021-06-03~", "arbitration"),
            expect("2023-11-06/2023-11-10", "hearing"),
            expect("2024-04-12", "award"),
            expect("../2024-06-11", "pay", planned=True),
        ),
    ),
    Text(
        "skerryvane-light-change",
        "lighthouse authority notice of a light change",
        None,
        """NORTHERN COASTS LIGHTHOUSE BOARD
NOTICE TO MARINERS No. 22 of 2025

Port Ellery, 10 March 2025

WEST COAST - SKERRYVANE LIGHTHOUSE - CHANGE OF CHARACTER

Position: 57 12.4'N 007 31.8'W
Charts affected: Admiralty Chart 2635
List of Lights: Vol. A, No. 3904

1. Mariners are advised that the character of Skerryvane Light will change on 1 April 2025,
from Fl(2) W 20s to Fl W 10s, when a new LED lantern is brought into service. The nominal
range will be reduced from 24 to 18 nautical miles.

2. During the installation work the light will be exhibited at a reduced range of 10 nautical
miles from 24 to 31 March 2025.

3. A temporary lit buoy (Q(6)+LFl 15s) has been on station 0.5 miles west of the lighthouse
since 14 February to mark the landing barge moorings. It will be withdrawn once the work is
complete.

4. Skerryvane Lighthouse was established in 1846 and was automated in 1987. Its fog signal
was discontinued in 2005. The light flashes every 20 seconds at present.

Mariners are requested to report any irregularity to the Board's Operations Centre,
tel. 01631 555 0726.

Admiralty Charts and Publications will be amended accordingly.

By order of the Board
R. M. Sinclair, Navigational Services Manager""",
        (
            expect("2025-04-01", "change", planned=True),
            expect("2025-03-24/2025-03-31", "reduced", planned=True),
            expect("2025-02-14/..", "buoy"),
            expect("1846", "establish"),
            expect("1987", "automat"),
            expect("2005", "fog"),
        ),
    ),
    Text(
        "ashcombe-war-memorial",
        "village war memorial page in HTML",
        None,
        """<html>
<head><title>Ashcombe War Memorial - Ashcombe Village Society</title></head>
<body>
<div id="header"><h1>Ashcombe War Memorial</h1>
<p class="crumbs">Home / Village history / War memorial</p></div>
<div id="content">
<p>The memorial on the green, a granite cross on a stepped base, bears the names of fourteen
men of Ashcombe who died in the Great War and four who died in the Second World War.</p>
<p>A memorial committee first met in the schoolroom in January 1919, and the cross was unveiled
by Colonel H. R. Lacey on Sunday 14 November 1920. The names of the men of 1939-45 were added
in 1949.</p>
<p>The stonework was cleaned and the lettering recut between 2 June and 30 September 2014, with
a grant from the War Memorials Trust. The memorial was listed at Grade II in 2016.</p>
<h2>Some of the names</h2>
<ul>
<li><b>Pte Albert Cole</b>, 1st Devons, service number 20417, was killed in action at Arras on
9 April 1917. He held the 1914-15 Star.</li>
<li><b>Sgt Walter Penny</b>, 2nd Devons, was reported missing on the Aisne on 27 May 1918. His body
was never found.</li>
</ul>
<p>A service of remembrance is held at the cross on the second Sunday of every November.</p>
<p class="photo-caption">The memorial after restoration, photographed by J. Marsh.</p>
</div>
<div id="footer"><p>Page last updated: 8 November 2023</p></div>
</body>
</html>""",
        (
            expect("1919-01", "committee"),
            expect("1920-11-14", "unveil"),
            expect("1949", "added"),
            expect("2014-06-02/2014-09-30", "lettering"),
            expect("2016", "listed"),
            expect("1917-04-09", "cole"),
            expect("1918-05-27", "penny"),
        ),
    ),
    Text(
        "lisbon-diary-launch",
        "university press book launch announcement",
        date(2025, 3, 10),
        """Cambrook University Press - Events

Book launch: "A Merchant's Year: The Diary of Joana Ferreira" by Dr Helen Ashby

Cambrook University Press invites you to the launch of Dr Helen Ashby's new book, which will
be published on 13 March. The launch will take place on Thursday 27 March at 6.30pm in the
Senate Room, with readings and a reception.

The book presents, in translation and with a full commentary, the diary of a Porto wine
merchant's widow, kept from 1788 to 1795. The diary was found in an attic in Porto around 2019
by the family's descendants, who lent it to the author. Dr Ashby's research on the Ferreira
family began in 2016 with a study of their shipping records.

Dr Ashby has taught Atlantic history at Cambrook since 2011. Her previous book was shortlisted
for the 2024 Wolfson History Prize.

"A Merchant's Year" - 352 pages, 24 colour plates
Hardback, GBP 30 - ISBN 978-1-80020-214-9

Admission is free, but places are limited. To reserve a place, contact the Publicity
Department on 01223 555 118 or events@cambrookpress.example. The press holds an author
evening on the last Thursday of each month during term.""",
        (
            expect("2025-03-13", "publish", planned=True),
            expect("2025-03-27", "launch", planned=True),
            expect("1788/1795", "diary"),
            expect("2019~", "found"),
            expect("2016", "research"),
            expect("2011/..", "taught"),
        ),
    ),
    Text(
        "samoa-win-lautoka-sevens",
        "rugby sevens report",
        date(2024, 4, 22),
        """RUGBY SEVENS | Oceania Sevens Series, Round 4, Lautoka

Samoa snatch late win over Kenya to take Lautoka title

By Mele Tuilagi

Samoa won the Lautoka leg of the Oceania Sevens Series on Sunday, beating Kenya 24-19 in a
tense final settled by a try from replacement Fa'alogo Leota with the last play of the game.

It was their first tournament win since 2017 and lifted them to third place in the series
standings.

Samoa had come through their pool matches on Friday and Saturday unbeaten, beating Tonga
31-7, Japan 26-12 and the hosts Fiji 17-14 in a bruising decider in front of 11,400 fans.

Captain Tomasi Aiono, who has led the side since 2022, scored twice in the semi-final against
Australia. "We kept believing," he said. "Every Monday we do the same drills for the last two
minutes of a game, and today it paid off."

Kenya, who reached the semi-finals in 2019 and 2023, were left to rue a yellow card for Daniel
Otieno in the 12th minute of the final.

Several players from both squads are expected to be named for the Paris 2024 Games. The next
round will be played in Apia from 3 to 5 May.""",
        (
            expect("2024-04-21", "final"),
            expect("2024-04-19", "pool"),
            expect("2024-04-20", "pool"),
            expect("2022/..", "led"),
            expect("2019", "semi"),
            expect("2023", "semi"),
            expect("2024-05-03/2024-05-05", "round", planned=True),
        ),
    ),
    Text(
        "granite-falls-trail-closure",
        "national park's trail closure notice",
        None,
        """Cascade Ridge National Park
Alerts & Conditions

TRAIL CLOSURE: Granite Falls Trail (Trailhead to Upper Falls)
Alert ID NP-24-0317 | Posted: August 14, 2024

The Granite Falls Trail has been closed since August 9 between the trailhead and the Upper
Falls overlook, after a large rockfall on the night of August 8 buried about 60 feet of the
trail under boulders. No one was injured.

Park geologists inspected the slope on Monday and found loose blocks above the trail that
could still fall. A trail crew will build a reroute around the slide area. Crews are expected
to finish the reroute by October 15, weather permitting.

The trail was built by Civilian Conservation Corps crews around 1936 and climbs 1,460 feet to
the falls. A similar closure after a washout lasted from July 2 to July 20, 2018.

Alternatives: the Lakeshore Loop and the Hemlock Ridge Trail remain open. Black bears are
active in the area every autumn; store food properly.

Do not enter the closed area. Violators may be fined under 36 CFR 1.5.

For current conditions call the Visitor Center at (406) 555-0188, open daily 8 a.m. to 5 p.m.""",
        (
            expect("2024-08-08", "rockfall"),
            expect("2024-08-09/..", "closed"),
            expect("2024-08-12", "inspect"),
            expect("../2024-10-15", "reroute", planned=True),
            expect("1936~", "built"),
            expect("2018-07-02/2018-07-20", "closure"),
        ),
    ),
    Text(
        "ashworth-low-mill",
        "cotton mill's history",
        None,
        """Ashworth Low Mill: a history

Ashworth Low Mill stands on the south bank of the river Roch, two miles above Rochdale. It was
built in 1824 by the brothers James and Thomas Ashworth as a water-powered spinning mill, five
storeys high, a few years after the 1819 Cotton Mills Act had begun to limit children's hours.

A beam engine was installed in 1837 to work alongside the waterwheel, and by mid-century the
mill held 1,840 looms and some 20,000 spindles.

During the Cotton Famine, when blockade cut off supplies of American cotton, the mill stood
closed from 1862 to 1864 and many of its hands emigrated. It was rebuilt after a fire in about
1878, this time with cast-iron columns and brick-arched floors.

The spinning rooms were converted to electric drive in 1912; the weaving shed followed two
years later. Production ended in 1968, when the last owners, Lancashire Combined Mills,
closed the site.

Ashworth Low Mill has been a Grade II listed building since 1985. After a long campaign by the
Roch Valley Heritage Society, the ground floor opened as a textile museum on 3 May 1991. The
museum's steam engine is run on the first Sunday of every month.""",
        (
            expect("1824", "built"),
            expect("1837", "engine"),
            expect("1862/1864", "closed"),
            expect("1878~", "fire"),
            expect("1912", "electric"),
            expect("1914", "weaving"),
            expect("1968", "production"),
            expect("1985/..", "listed"),
            expect("1991-05-03", "museum"),
        ),
    ),
    Text(
        "dockside-cu-letter",
        "credit union's members' letter",
        None,
        """DOCKSIDE CREDIT UNION LTD
14 Quay Street, Salford M5 4QT | Tel. 0161 555 0134
Authorised and regulated, firm reference 213047

2 September 2024

Dear Member,

I am writing with news from your credit union ahead of our Annual General Meeting.

This year's AGM will be held on Thursday 26 September at 7pm in the Salford Lads' Institute.
Members who cannot attend may vote by post; postal votes must reach us no later than
20 September.

On 30 August we paid a dividend of 1.5% on all savings accounts, our highest dividend since
2008. Our loan rates have stayed unchanged since April 2023, and we have no plans to raise them.

Our new branch at Eccles Cross opened on 15 July and has already welcomed more than 300 new
members. A mobile app will be launched in November, so that you can check your balance and
apply for a loan from your phone.

Dockside was founded in 1964 by dock workers who pooled their wages to lend to one another. We
are proud that, sixty years on, we still belong to our members. Our counters are open every
Saturday morning from 9am to noon.

Thank you for your continued support.

Yours sincerely,

Maureen Tully
Chair, Board of Directors""",
        (
            expect("2024-09-26", "agm", planned=True),
            expect("../2024-09-20", "vote", planned=True),
            expect("2024-08-30", "dividend"),
            expect("2023-04/..", "rate"),
            expect("2024-07-15", "branch"),
            expect("2024-11", "app", planned=True),
            expect("1964", "found"),
        ),
    ),
    Text(
        "lindqvist-hale-history",
        "cartography firm's history",
        None,
        """Lindqvist & Hale - Mapmakers since the age of engraving

Lindqvist & Hale was founded in Bristol circa 1837 by the Swedish engraver Nils Lindqvist and
the printer Edward Hale. The firm's first engraved map, of the Avon estuary, possibly dates
from 1840, but no copy survives.

Its first county atlas, of Somerset, was published in 1849 and sold by subscription. The
business moved to London in 1866, taking premises near Fleet Street, and its pocket maps of
London became a familiar sight on the omnibuses. The popular "1889 Edition" of its London
atlas is still reprinted.

The Fleet Street works and most of the copper plates were destroyed in the Blitz on
10 May 1941. The firm rebuilt its archive from surviving prints after the war.

Lindqvist & Hale moved its production to digital mapping in 1989, and has produced the
official transit map for the Severn Metro since 1995. In 2007 it was acquired by the Dutch
publisher Kaartgroep, while keeping its own name and its Bristol design studio.

Today the firm publishes 1:25,000 walking maps and bespoke maps for councils and museums. Its
best-selling sheet, No. 1904, covers the Mendip Hills.

Lindqvist & Hale Ltd, Harbourside, Bristol BS1 - www.lindqvisthale.example""",
        (
            expect("1837~", "found"),
            expect("1840?", "map"),
            expect("1849", "atlas"),
            expect("1866", "london"),
            expect("1941-05-10", "destroy"),
            expect("1989", "digital"),
            expect("1995/..", "transit"),
            expect("2007", "acquire"),
        ),
    ),
)
