"""The hundred-and-ninety-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents, with invented organisations, people and
facts: a wire story with a dateline, a press release, a court opinion, an encyclopedia
history, a sports report, a company history, a mission summary, a government statement, an
HTML news page, a wind chill advisory, a croquet tournament report, a library app launch
release, a nurse's letters from a field hospital of the 1850s, a water vole burrow survey, a
railway station's history, a digital minister's broadband voucher statement, a museum HTML
exhibitions page, a coroner's prevention of future deaths report, a pottery's history and a
local history society's lecture programme. Facts whose date a reader could take two ways (a
season, "recently", "next week") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYFOURTH_CORPUS",)

HUNDREDNINETYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "copper-mine-reopens",
        "wire story with a dateline",
        date(2025, 3, 14),
        """LORVIK, March 14 (Northline Press) - The Stellhammer copper mine in northern Lorvik
will reopen on Monday, almost a year after floodwater shut its lower galleries, owner
Grevmark Metals said in a statement.

The galleries flooded on April 2, 2024, when a pump station failed during heavy rain, and
some 340 miners were laid off about two weeks later. Pumping resumed in September 2024, and
inspectors declared the workings dry on January 20 this year.

Grevmark chief executive Ilse Varga said output would reach 60 percent of its former level
by June 30. "We are not promising miracles, but the ore is still there," she said.

The mine, opened in 1911, is the oldest working copper mine in the country. Its output last
year was the lowest since 1932, and the company booked a loss of 41 million crowns.

A state safety inspection of the restored pumps is scheduled for March 25, the mining
authority said. Miners' representatives, who meet management every Friday, said 280 of the
laid-off workers had been offered their jobs back.

Shares in Grevmark rose 4.2 percent to 118.60 crowns by 1430 GMT.

(Reporting by Anneli Roos; Editing by Marcus Dell)""",
        (
            expect("2025-03-17", "mine", "reopen", planned=True),
            expect("2024-04-02", "flood"),
            expect("2024-04-16~", "miners", "laid"),
            expect("2024-09", "pumping"),
            expect("2025-01-20", "dry"),
            expect("../2025-06-30", "output", planned=True),
            expect("1911", "mine", "open"),
            expect("2025-03-25", "inspection", planned=True),
        ),
    ),
    Text(
        "aldervane-bakery",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Aldervane Foods opens £48m bakery in Rushford

RUSHFORD, 4 June 2024 - Aldervane Foods today opened its new bakery on the Kettering Road
estate in Rushford, the largest single investment in the company's 62-year history.

Construction began in March 2022, and the first trial loaves came off the line on
12 February 2024. The plant can bake up to 1.2 million loaves a week and will employ about
220 people by 31 December.

A second line, for rolls and flatbreads, is scheduled to start production in January 2025.

Aldervane was founded in 1962 by Harold and Ada Brennick as a single shop in Pellow Street,
and moved its baking to the former Carrow corn mill in 1978. Since 2019 the company has been
owned by an employee trust, which holds all 400,000 of its shares.

"Rushford has baked our bread for forty-six years, and this keeps us here for the next
forty," said managing director Sunita Brennick, Harold and Ada's granddaughter.

ENDS

Notes to editors
Aldervane Foods supplies 1,100 independent shops and three regional supermarket chains.
Media contact: Joel Marsh, press@aldervane.example, 01632 960 412""",
        (
            expect("2024-06-04", "bakery", "open"),
            expect("2022-03", "construction"),
            expect("2024-02-12", "loaves"),
            expect("../2024-12-31", "employ", planned=True),
            expect("2025-01", "line", planned=True),
            expect("1962", "found"),
            expect("1978", "mill"),
            expect("2019/..", "trust"),
        ),
    ),
    Text(
        "marlowe-trust-v-eastbridge",
        "court opinion",
        date(2025, 2, 7),
        """IN THE COURT OF APPEAL OF THE STATE OF NEW HARLOW
SECOND DISTRICT

MARLOWE PROPERTY TRUST, Appellant,
v.
CITY OF EASTBRIDGE, Appellee.

Case No. 23-CA-0417
Filed: February 7, 2025

OPINION

OKONKWO-REYES, J.

The appellant trust bought the warehouse at 14 Fenner Street on or about March 3, 2016. The
building, a brick structure of four storeys, had stood vacant since 2014.

On June 11, 2019, the City adopted Ordinance 19-88, which placed the Fenner Street block in
a conservation overlay. The trust applied for a demolition permit on August 2 of that year,
and the City's planning board denied it on October 15. The trust filed this action in the
circuit court on January 9, 2020, claiming a taking without compensation under the Land Use
Act of 1987.

After a bench trial, the circuit court entered judgment for the City on May 28, 2023, and the
trust timely appealed. We hold that the circuit court applied the wrong standard to the
trust's claim of economic loss.

Accordingly, the judgment is REVERSED and the case REMANDED for further proceedings
consistent with this opinion. The parties shall file supplemental briefs on the measure of
compensation no later than March 21, 2025.

BRANDT, C.J., and SOLIS, J., concur.""",
        (
            expect("2016-03-03~", "bought"),
            expect("2014/..", "vacant"),
            expect("2019-06-11", "ordinance"),
            expect("2019-08-02", "permit"),
            expect("2019-10-15", "denied"),
            expect("2020-01-09", "action"),
            expect("2023-05-28", "judgment"),
            expect("../2025-03-21", "briefs", planned=True),
        ),
    ),
    Text(
        "varnholm-history",
        "encyclopedia history",
        None,
        """Varnholm

Varnholm is a port city on the estuary of the Ostra, and the second largest city of the
region. Its population is about 84,000.

History

A settlement at Varnholm is first recorded c. 1140, in a charter of the abbey of St Oda.
Work on the cathedral of St Brand was begun around 1230 and continued for more than a
century. The town received market rights in 1287, and its merchants soon dominated the salt
trade of the lower Ostra.

A great fire, probably in 1519, destroyed most of the timber town; the stone houses of the
Kornmarkt date from the rebuilding that followed. Under the Treaty of Kell, which ended the
Northern War on 4 May 1648, the city passed to the crown of Dalmark.

The railway from the capital reached the city in 1857. The harbour was deepened in 1881,
1903 and 1925, each time to take larger steamships, and by the 1930s Varnholm handled more
grain than any other port in the region.

Since 1994 Varnholm has been the seat of the Ostra regional assembly, which meets in the
restored Customs House.

See also
 - List of cathedrals in the Ostra region
 - Treaty of Kell""",
        (
            expect("1140~", "settlement"),
            expect("1230~", "cathedral"),
            expect("1287", "market"),
            expect("1519?", "fire"),
            expect("1648-05-04", "treaty"),
            expect("1857", "railway"),
            expect("1881", "harbour", "deepen"),
            expect("1903", "harbour", "deepen"),
            expect("1925", "harbour", "deepen"),
            expect("1994/..", "seat", "assembly"),
        ),
    ),
    Text(
        "kestrel-ashcombe",
        "sports report",
        date(2024, 11, 24),
        """Kestrel Town 3 Ashcombe Rovers 1

By Dara Whitlock
Sunday 24 November 2024

Kestrel Town climbed to third in the Northern League with a deserved win at Marsh Lane on
Saturday, their first home victory over Ashcombe since 2009.

Jonah Pell put them ahead after 11 minutes, turning in Reuben Fay's low cross, and added a
second from the penalty spot before half-time. Ashcombe's Colm Rourke pulled one back with a
header on 64 minutes, but substitute Eli Grant settled it in stoppage time.

Manager Corin Aske, appointed on 2 September after Neil Dunmore was sacked on 28 August, has
now taken 19 points from nine games. "We train every Thursday on set pieces and it showed,"
he said.

The fixtures come thick and fast. Town travel to Brisbury on Tuesday for the League Cup
quarter-final, before hosting leaders Felling on Saturday 7 December.

Ashcombe, who were founded in 1884 and won the league title in 1977 and 1993, have not won
away from home since early October and sit 14th.

Kestrel Town: Hale; Moss, Adeyemi, Tarrant, Quin; Fay, Lowe (Grant 78), Brook; Pell,
Sandford, Cole.

Attendance: 4,218.""",
        (
            expect("2024-11-23", "win"),
            expect("2024-09-02", "aske", "appoint"),
            expect("2024-08-28", "dunmore", "sack"),
            expect("2024-11-26", "quarter", planned=True),
            expect("2024-12-07", "felling", planned=True),
            expect("1884", "found"),
            expect("1977", "league", "title"),
            expect("1993", "league", "title"),
        ),
    ),
    Text(
        "halden-instruments",
        "company history",
        None,
        """Halden Instruments - Our History

Halden Instruments began in about 1923, when Ernst Halden, a watchmaker from Lindau, started
repairing ships' barometers in a rented room in Quay Street, Corvale.

The firm sold its first marine compass in 1931 and was incorporated as Halden & Sons Ltd in
1936. During the Second World War the works made aircraft instruments for the Air Ministry,
and the Quay Street factory was bombed on the night of 14 November 1940; nobody was hurt.

Production moved to the present site at Fenwick Park in 1952, and the following year the
company launched the Halden Echo, one of the first echo sounders small enough for inshore
fishing boats. More than 30,000 were sold.

Ernst's grandson Paul Halden became managing director in 1979. He steered the company
through the move from analogue to electronic navigation and retired in 2011.

Since 2015 Halden has been part of the Norlund group, while keeping its name, its works and
its 260 staff in Corvale. A new test laboratory for sonar equipment is due to open at Fenwick
Park in March 2026.

Halden Instruments Ltd. Registered in England No. 00318842.
Fenwick Park, Corvale CV4 7HN""",
        (
            expect("1923~", "barometers"),
            expect("1931", "compass"),
            expect("1936", "incorporat"),
            expect("1940-11-14", "bomb"),
            expect("1952", "fenwick"),
            expect("1953", "echo"),
            expect("1979", "managing", "director"),
            expect("2011", "retire"),
            expect("2015/..", "norlund"),
            expect("2026-03", "laboratory", planned=True),
        ),
    ),
    Text(
        "corvid-2-orbiter",
        "mission summary",
        None,
        """CORVID-2 LUNAR POLAR ORBITER - MISSION SUMMARY

Mission ID: CVD-2 | COSPAR ID: 2021-087A | Mass at launch: 1,140 kg

Corvid-2 was launched on 14 September 2021 aboard a Talon-4 rocket from the Sennet Range.
After a cruise of some five weeks it entered lunar orbit on 19 October, and it reached its
final 100 km polar orbit about two weeks later, after eleven braking burns.

Science operations began on 1 December 2021. The orbiter's radar sounder mapped ice deposits
in 26 permanently shadowed craters, and its thermal camera produced the first complete night
temperature map of the south polar region.

The primary mission ended in December 2022. It was extended twice, in 2023 and 2025, to
continue the ice survey and to relay data from landers on the far side.

One of the four reaction wheels failed on 3 June 2024, and since then the spacecraft has
been flying in a three-wheel mode that limits pointing at the poles.

With its propellant running low, the orbiter is scheduled to be deorbited into the Peary
crater region no later than 30 September 2026. All data are archived at the Lunar Data
Centre within six months of receipt.

Principal investigator: Dr Hana Kessler, Institute for Planetary Science""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-19", "orbit"),
            expect("2021-11-02~", "polar", "orbit"),
            expect("2021-12-01", "science", "operations"),
            expect("2022-12", "primary", "mission"),
            expect("2023", "extend"),
            expect("2025", "extend"),
            expect("2024-06-03", "wheel"),
            expect("2024-06-03/..", "three-wheel"),
            expect("../2026-09-30", "deorbit", planned=True),
        ),
    ),
    Text(
        "avian-flu-housing-order",
        "government statement",
        date(2025, 1, 16),
        """Ministry of Rural Affairs

Statement: avian influenza housing order to be lifted
Published 16 January 2025

The Minister for Rural Affairs, Ruth Calloway, has confirmed that the mandatory housing order
for poultry, introduced on 2 December 2024 after outbreaks in three counties, will be lifted
at 12:00 on Monday 3 February 2025.

The last confirmed case in a commercial flock was found at a turkey farm near Ashby on
21 December 2024. Surveillance in the protection zones has found no further infection.

All keepers of 50 or more birds must register their flocks on the national poultry register
by 28 February. A compensation scheme for keepers whose birds were culled has been open
since 9 January and has so far paid 112 claims.

The minister will meet representatives of the egg and poultry industry in Carlow on Tuesday
to discuss biosecurity for the spring migration.

Housing orders are made under the Animal Health Act 1981. Keepers should continue to clean
and disinfect footwear every day and keep wild birds away from feed.

Ends

Press office: 0300 555 0142 | Reference: MRA/PR/25/007""",
        (
            expect("2024-12-02", "housing", "order"),
            expect("2025-02-03", "order", "lift", planned=True),
            expect("2024-12-21", "case"),
            expect("../2025-02-28", "register", planned=True),
            expect("2025-01-09/..", "compensation"),
            expect("2025-01-21", "meet", planned=True),
        ),
    ),
    Text(
        "garnet-road-lido",
        "HTML news page",
        date(2024, 5, 22),
        """<article class="story">
<h1>Garnet Road lido to reopen after £3m refit</h1>
<p class="byline">By Nia Trask, local democracy reporter |
<time datetime="2024-05-22T07:30">22 May 2024</time></p>
<figure><img src="/img/lido-2024.jpg" alt="The refilled pool">
<figcaption>The refilled pool on Tuesday. Photo: Ash Vale Council</figcaption></figure>
<p>Garnet Road lido will reopen to swimmers on Saturday, nineteen months after it closed.</p>
<p>The open-air pool, which opened in 1936, closed in October 2022 when engineers found
cracks in its concrete basin. Work on a new stainless steel lining began in March 2023, and
the contractor completed it last month.</p>
<p>Tickets go on sale online from Thursday. An adult swim will cost £6.50, and season
tickets £95.</p>
<p>The council said the lido would close for the season on 15 September, two weeks later
than in previous years. Early swims at 7am will run every weekday.</p>
<p>The lido was listed at Grade II in 1998, and campaigners from the Friends of Garnet Road
had feared it would never reopen. "We have been waiting for this day," said chair Bev
Ostrowski.</p>
<p class="tags">Tags: <a href="/tag/ash-vale">Ash Vale</a>,
<a href="/tag/leisure">Leisure</a></p>
</article>""",
        (
            expect("2024-05-25", "lido", "reopen", planned=True),
            expect("1936", "open"),
            expect("2022-10", "closed"),
            expect("2023-03", "lining"),
            expect("2024-04", "complet"),
            expect("2024-05-23", "tickets", planned=True),
            expect("2024-09-15", "close", planned=True),
            expect("1998", "listed"),
        ),
    ),
    Text(
        "ostrander-wind-chill",
        "wind chill advisory",
        date(2025, 1, 13),
        """URGENT - WINTER WEATHER MESSAGE
National Weather Service Ostrander ND
415 AM CST Mon Jan 13 2025

NDZ014-015-021-022-132230-
Pell-Ostrander-Lamar-Kettle Rural-
415 AM CST Mon Jan 13 2025

...WIND CHILL ADVISORY IN EFFECT FROM 6 PM THIS EVENING TO 10 AM CST TUESDAY...
...WIND CHILL WATCH IN EFFECT FROM WEDNESDAY EVENING THROUGH FRIDAY MORNING...

* WHAT...For the Wind Chill Advisory, very cold wind chills expected. Wind chills as low as
  35 below zero. For the Wind Chill Watch, dangerously cold wind chills as low as 45 below
  zero possible.

* WHERE...Pell, Ostrander and Lamar counties.

* WHEN...For the Wind Chill Advisory, from 6 PM this evening to 10 AM CST Tuesday. For the
  Wind Chill Watch, from Wednesday evening through Friday morning.

* IMPACTS...The cold wind chills could cause frostbite on exposed skin in as little as
  10 minutes.

* ADDITIONAL DETAILS...Warming centers in Ostrander County will open at 5 PM today and stay
  open through Friday. School districts in Pell and Ostrander counties will close on
  Tuesday. Temperatures are expected to climb back above freezing by Sunday.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

Use caution while traveling outside. Wear appropriate clothing, a hat, and gloves.

&&

$$

KOVAC""",
        (
            expect("2025-01-13/2025-01-14", "advisory", planned=True),
            expect("2025-01-15/2025-01-17", "watch", planned=True),
            expect("2025-01-13/2025-01-17", "warming", "centers", planned=True),
            expect("2025-01-14", "school", planned=True),
            expect("../2025-01-19", "freezing", planned=True),
        ),
    ),
    Text(
        "harrowby-open",
        "croquet tournament report",
        date(2024, 7, 8),
        """HARROWBY CROQUET CLUB
Tournament report: the Harrowby Open, 2024
Posted by the tournament manager, Monday 8 July 2024

Forty-two players contested the 61st Harrowby Open from 3 to 7 July on the club's six
lawns. The lawns, relaid in about 1995, ran fast after a dry week, and few breaks were
broken down by the hoops.

The championship singles was won by Imogen Sallis, who beat the holder, Rafe Dunstan, +26tp
in the final on Sunday. Her 26-point margin was the widest in a Harrowby final since 1987.
Sallis, who joined the club in 2009, took the plate in 2012 and 2016 but had never before
reached the final of the main event.

The doubles went to Tom Akande and Beryl Fox, who won all five of their games. The handicap
singles was won by 14-handicapper Graham Lusk, playing in only his second tournament.

Our thanks to the referees, to the catering team, who served teas every afternoon, and to
the groundsman, Pete Warrender.

The club was founded in 1898 and celebrates its 127th season this year. The next event is
the Harrowby Handicap, to be played on Saturday 17 August. Entries must reach the manager by
31 July (entry fee £18; lawns open 9.30am).""",
        (
            expect("2024-07-03/2024-07-07", "open"),
            expect("1995~", "lawns", "relaid"),
            expect("2024-07-07", "final"),
            expect("2009", "join"),
            expect("2012", "plate"),
            expect("2016", "plate"),
            expect("1898", "found"),
            expect("2024-08-17", "handicap", planned=True),
            expect("../2024-07-31", "entries", planned=True),
        ),
    ),
    Text(
        "shelflink-app",
        "library app launch release",
        date(2025, 4, 7),
        """NEWS RELEASE
Fenmoor County Council - Libraries and Culture
Monday 7 April 2025

Fenmoor Libraries launches ShelfLink app

Fenmoor County Libraries today launched ShelfLink, a free app that lets members borrow
e-books and audiobooks, renew loans, reserve titles and book computer sessions from their
phones.

The app was tested by 600 members in a pilot that ran from 13 January to 14 March. Version
2.1, released for the launch, adds a barcode scanner so that members can check whether a
book they see in a shop is in stock at their local library.

Members can still use the old Fenmoor Reader website until 30 June, when it will be switched
off. Self-service lockers for collecting reservations will be installed at Hale and Tanwick
libraries in September.

The county library service was formed in 1974, when the Fenmoor and Tanwick services merged,
and it began lending e-books in 2011.

Cllr Priya Hollins, cabinet member for communities, will demonstrate the app at Hale Library
on Thursday. "Your library now fits in your pocket," she said.

ShelfLink is available for iOS and Android. Libraries are open late until 8pm every
Wednesday.

ENDS
Media enquiries: press@fenmoor.gov.example | 01632 960 777""",
        (
            expect("2025-04-07", "shelflink", "launch"),
            expect("2025-01-13/2025-03-14", "pilot"),
            expect("2025-06-30", "website", planned=True),
            expect("2025-09", "lockers", planned=True),
            expect("1974", "formed"),
            expect("2011", "e-books"),
            expect("2025-04-10", "demonstrat", planned=True),
        ),
    ),
    Text(
        "sister-coyle-letters",
        "nurse's letters from a field hospital of the 1850s",
        None,
        """LETTERS OF SISTER HARRIET COYLE FROM THE HOSPITAL AT KASIMKOY

[Editor's note: the civil hospital at Kasimkoy, on the Asian shore of the Dardanelles,
which these letters describe from its first weeks, was closed in July 1856. The letters are
printed from the originals, with the spelling kept.]

I.
Kasimkoy, 14th March 1855.
My dear Mother, - We sailed from Marseilles about the 26th of February and landed here on
the 9th of March, after a rough passage in which poor Miss Ellery was ill every day. The
first wards were opened on Saturday the 10th, and already we have sixty men, mostly with
fever and frost-bitten feet. I rise at five each morning and am seldom in bed before eleven.

II.
Kasimkoy, 2nd May 1855.
Since the 20th of April we have had cholera in the lower huts, and Dr Pryce, who was so kind
to us, died of it on the 28th. We buried him on the hill above the bay. A new ward for two
hundred beds is to be opened by the end of this month, if the carpenters are spared.

III.
Kasimkoy, 9th September 1855.
Dearest Mother, - News came this morning that Fort Malek fell yesterday, and the men in my
ward cheered until the orderlies had to quiet them. I cannot tell you when I shall be home,
but pray that it may be before the winter.
Your loving daughter, Harriet.""",
        (
            expect("1856-07", "hospital", "closed"),
            expect("1855-02-26~", "sailed"),
            expect("1855-03-09", "landed"),
            expect("1855-03-10", "wards", "opened"),
            expect("1855-04-20/..", "cholera"),
            expect("1855-04-28", "pryce", "died"),
            expect("../1855-05-31", "ward", planned=True),
            expect("1855-09-08", "fort", "fell"),
        ),
    ),
    Text(
        "marlow-brook-water-voles",
        "water vole burrow survey",
        None,
        """WATER VOLE (Arvicola amphibius) BURROW SURVEY - MARLOW BROOK, 2024
Report ref. WV/24/031 | Client: Tarn Valley Drainage Board | Surveyor: Dr K. Ansell CEcol

1. Summary
Two surveys of the 2.4 km reach between Ferry Lane and the Marlow sluice were carried out on
16 April and 11 June 2024. Active burrows were found in four of the six sections.

2. Background
Water voles were last recorded on this reach in about 2009. American mink were trapped out
of the catchment between 2014 and 2016, and 150 captive-bred voles were released at Ferry
Lane on 3 August 2019. The brook has been managed under a stewardship agreement since 2017.

3. Results
Section | Length (m) | Burrows | Latrines | Feeding stations
A       | 400        | 12      | 5        | 9
B       | 450        | 7       | 3        | 4
C       | 380        | 0       | 0        | 1
D       | 420        | 19      | 8        | 14

4. Recommendations
Bank reprofiling by the drainage board is scheduled to begin on 7 October 2024 and must keep
to the west bank in sections B and D. A repeat survey is to be carried out by 30 September
2025. Water voles and their burrows are protected under the Wildlife and Countryside Act
1981; a licence will be needed if any burrow is to be disturbed.""",
        (
            expect("2024-04-16", "survey"),
            expect("2024-06-11", "survey"),
            expect("2009~", "recorded"),
            expect("2014/2016", "mink"),
            expect("2019-08-03", "release"),
            expect("2017/..", "stewardship"),
            expect("2024-10-07", "reprofiling", planned=True),
            expect("../2025-09-30", "repeat", "survey", planned=True),
        ),
    ),
    Text(
        "hollins-cross-station",
        "railway station's history",
        None,
        """Hollins Cross railway station

Hollins Cross is a station on the Tarn Valley line, serving the village of Hollins Cross
and the nearby quarries. It is managed by Northern Dales Rail. Station code: HLX.

History
The station was opened by the Ashby and Tarn Valley Railway on 1 June 1862. Its original
timber building burned down on 2 January 1879 and was replaced by the present stone
building, with its ornate bargeboards, the following year.

The station was busiest around the turn of the century, when up to 30 trains a day called
and stone from the quarries left by a siding behind the down platform. Goods traffic ended
on 4 May 1964, and the signal box closed two days later.

The station has been unstaffed since 1971, when the booking office was converted into a
waiting room. The cast-iron footbridge, listed at Grade II in 1987, is to be restored in
2026, and step-free access to both platforms is expected to be completed by December 2026.

Services
Trains call every hour in each direction between Ashby and Tarnmouth, with extra trains on
Saturdays. The journey to Ashby takes about 22 minutes.""",
        (
            expect("1862-06-01", "station", "open"),
            expect("1879-01-02", "burn"),
            expect("1880", "stone", "building"),
            expect("1964-05-04", "goods"),
            expect("1964-05-06", "signal", "box"),
            expect("1971/..", "unstaffed"),
            expect("1987", "listed"),
            expect("2026", "footbridge", planned=True),
            expect("../2026-12", "step-free", planned=True),
        ),
    ),
    Text(
        "gigabit-voucher-statement",
        "digital minister's broadband voucher statement",
        date(2025, 2, 25),
        """Written Ministerial Statement
Department for Digital Infrastructure
Made on: 25 February 2025 | Statement UIN HCWS418

Gigabit Broadband Voucher Scheme

The Minister for Digital Connectivity (Aled Morgan):

Since its launch on 1 April 2021, the Gigabit Broadband Voucher Scheme has helped to connect
around 112,000 rural homes and businesses to gigabit-capable broadband. Gigabit coverage in
the rural areas covered by the scheme reached 80 per cent in November 2024.

I can now announce changes to the scheme. From 1 May 2025, the maximum voucher for small and
medium-sized businesses will rise from £3,500 to £5,000, and the voucher for homes will stay
at £1,500. Suppliers who wish to offer the higher vouchers must register under the new terms
by 15 April. The scheme will then close to new applications on 31 March 2026.

Vouchers will continue to complement the procurements under Project Gigabit. Contracts for
the Northern Fells and Tarn Valley lots were signed in 2023 and 2024 respectively, and
together will bring gigabit connections to 61,000 premises.

My department will publish an independent evaluation of the scheme in June 2025. I will
place a copy of the revised scheme rules in the Libraries of both Houses.""",
        (
            expect("2021-04-01", "scheme", "launch"),
            expect("2024-11", "coverage"),
            expect("2025-05-01", "voucher", planned=True),
            expect("../2025-04-15", "suppliers", "register", planned=True),
            expect("2026-03-31", "close", planned=True),
            expect("2023", "northern", "fells"),
            expect("2024", "tarn", "valley"),
            expect("2025-06", "evaluation", planned=True),
        ),
    ),
    Text(
        "fenland-museum-exhibitions",
        "museum HTML exhibitions page",
        date(2025, 3, 3),
        """<main id="exhibitions">
<h1>Exhibitions</h1>
<section class="current">
<h2>Now showing</h2>
<article>
<h3>Salt and Silver: Early Photography in the Fens</h3>
<p class="dates">24 January &ndash; 27 April 2025 &middot; Gallery 3 &middot; Free</p>
<p>Calotypes and salt prints of fen villages, drainage works and skating matches.</p>
</article>
</section>
<section class="coming">
<h2>Coming soon</h2>
<article>
<h3>Threads of the Ouse: Quilts 1780&ndash;1920</h3>
<p class="dates">Opens 17 May 2025 &middot; Gallery 1</p>
<p>Forty quilts from farmhouses along the river, many never shown before.</p>
</article>
<p class="notice">Gallery 2 closes for refurbishment on 12 May and will reopen around
1 September. Summer late: the museum will stay open until 9pm on Friday 6 June.</p>
</section>
<section class="past">
<h2>Past exhibitions</h2>
<ul>
<li>The Drowned Villages, 2023</li>
<li>Fen Tigers: Skating on the Ice, 2021&ndash;2022</li>
</ul>
</section>
<section class="about">
<p>The Fenland Museum opened in the former corn exchange in 1968 and reopened after a full
refurbishment in May 2019. Admission is free on the first Sunday of every month.</p>
</section>
</main>
<footer>&copy; 2025 Fenland Museum &middot; Registered charity 1092837 &middot;
Page updated 3 March 2025</footer>""",
        (
            expect("2025-01-24/2025-04-27", "salt", "silver"),
            expect("2025-05-17", "threads", planned=True),
            expect("2025-05-12", "gallery", "closes", planned=True),
            expect("2025-09-01~", "gallery", "reopen", planned=True),
            expect("2025-06-06", "late", planned=True),
            expect("2023", "drowned", "villages"),
            expect("2021/2022", "fen", "tigers"),
            expect("1968", "museum", "open"),
            expect("2019-05", "reopen"),
        ),
    ),
    Text(
        "pell-pfd-report",
        "coroner's prevention of future deaths report",
        date(2024, 10, 11),
        """REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

THIS REPORT IS BEING SENT TO: 1. Chief Executive, Tarnside Hospitals NHS Trust

1 CORONER
I am Helen Marsh, Assistant Coroner for the coroner area of East Tarnside.

2 CORONER'S LEGAL POWERS
I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and
regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.

3 INVESTIGATION and INQUEST
On 14 March 2024 I commenced an investigation into the death of Arthur James Pell, aged 81.
The investigation concluded at the end of the inquest on 9 October 2024.

4 CIRCUMSTANCES OF THE DEATH
Mr Pell was admitted to Tarnside General Hospital on 2 March 2024 after a fall at home. On
or about 5 March he fell again on Ward 12 and struck his head. A CT scan was not performed
until the following day. He died on 8 March 2024 of a subdural haemorrhage.

5 CORONER'S CONCERNS
(1) The trust's falls policy, last revised in 2019, does not require a doctor to review a
patient who has fallen and is taking anticoagulants within one hour.
(2) The trust told the inquest that a revised policy will be introduced by January 2025, but
no draft has been shared with ward staff.

6 ACTION SHOULD BE TAKEN
In my opinion action should be taken to prevent future deaths.

7 YOUR RESPONSE
You are under a duty to respond to this report within 56 days of the date of this report,
namely by 6 December 2024.

9 Dated: 11 October 2024   Helen Marsh, Assistant Coroner for East Tarnside""",
        (
            expect("2024-03-14", "investigation"),
            expect("2024-10-09", "inquest"),
            expect("2024-03-02", "admitted"),
            expect("2024-03-05~", "fell"),
            expect("2024-03-06", "scan"),
            expect("2024-03-08", "died"),
            expect("2019", "policy", "revised"),
            expect("../2025-01", "policy", planned=True),
            expect("../2024-12-06", "respond", planned=True),
        ),
    ),
    Text(
        "brackenside-pottery",
        "pottery's history",
        None,
        """The Brackenside Pottery: a short history

Potting at Brackenside goes back to around 1760, when the farmer Samuel Ord began firing
coarse red earthenware from the clay in his lower fields.

Josiah Wrenn took over the works in 1794 and built the two bottle kilns that still stand
beside the beck. The pottery became known for its blue-banded kitchenware, first made in
1823, which was sold from Carlisle to Leeds; pieces are impressed WRENN on the base.

After Wrenn's grandson Thomas died in 1888, the firm was sold the following year to the
Haddow family, who kept it going through two wars with a workforce that never rose above
forty. The works closed on 30 June 1960, and the buildings stood empty until a group of six
potters reopened them as a cooperative in 1976.

The bottle kilns were restored between 2001 and 2003 with help from the National Heritage
Fund, and have been scheduled monuments since 2005. They are fired once a year, on the last
Saturday of September, for the Kiln Night open day.

A new visitor centre and shop, in the old packing house, is to open in 2026.

Brackenside Pottery CIC, Beck Lane, Brackenside CA16 4RT. Open Tuesday to Sunday, 10-4.""",
        (
            expect("1760~", "ord", "earthenware"),
            expect("1794", "wrenn", "took"),
            expect("1823", "blue-banded"),
            expect("1888", "thomas", "died"),
            expect("1889", "sold", "haddow"),
            expect("1960-06-30", "closed"),
            expect("1976", "cooperative"),
            expect("2001/2003", "kilns", "restored"),
            expect("2005/..", "scheduled", "monuments"),
            expect("2026", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "tarnbrook-lecture-programme",
        "local history society's lecture programme",
        None,
        """TARNBROOK & DISTRICT LOCAL HISTORY SOCIETY
Lecture Programme 2025-2026

Meetings are held on the second Tuesday of each month at 7.30pm in the Methodist Hall,
Church Lane. Members free, visitors £3. Refreshments from 7pm.

Tuesday 14 October 2025
"Hedges and Ditches: the Tarnbrook Enclosure" - Dr Margaret Lyle
The enclosure of Tarnbrook's open fields was completed in 1806. Dr Lyle uses the award map
to show who gained and who lost.

Tuesday 11 November 2025
"Names on the Stone" - Peter Harkness
The village war memorial was unveiled on 25 June 1921. Peter tells the stories of the 34 men
named on it.

December - no meeting.

Tuesday 13 January 2026
"Mills of the Tarn" - Alison Crewe
From the medieval corn mill to the Low Mill, which burned down in about 1852.

Tuesday 10 February 2026
Annual General Meeting, followed by members' short talks.

The society was founded in 1972 and publishes a journal, Tarnbrook Past (ISSN 0962-1458).
Secretary: Mrs J. Dobbs, 3 Mill Row, Tarnbrook. Tel. 01632 960 318.""",
        (
            expect("2025-10-14", "enclosure", planned=True),
            expect("1806", "enclosure"),
            expect("2025-11-11", "stone", planned=True),
            expect("1921-06-25", "memorial", "unveiled"),
            expect("2026-01-13", "mills", planned=True),
            expect("1852~", "low", "mill"),
            expect("2026-02-10", "meeting", planned=True),
            expect("1972", "found"),
        ),
    ),
)
