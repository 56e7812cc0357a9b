"""A ninetythird batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
heritage trust's appeal newsletter, a weather station's annual summary, a ship launch press
release, a court of arbitration award summary, a village hall's centenary history in HTML, a
chess federation's rating list news, a river ferry's history, a hospital's infection outbreak
statement, a literary festival programme, a bank's branch closure notice and an emigrant's
memoir excerpt). Facts whose date a reader could take two ways (a season, "late 1970s", "next
week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYTHIRD_CORPUS",)

NINETYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Meridian Press) - Dockworkers at the port of Setubal walked
out on Monday, halting car exports from the Palmela assembly plant, as a dispute over night
shift pay dragged into its second week.

The stevedores' union SEAL filed notice of the strike on September 20, saying the employers'
association had refused to index wages to inflation. Its collective agreement expired on
31 December 2023, and talks on a new one have stalled.

The port's container and ro-ro terminals have been run by the concession holder Navisado since
2004. A spokeswoman for Navisado said about 4,800 vehicles were waiting on the quays, "the
biggest backlog since the pandemic".

Mediation talks at the labour ministry will resume on Friday, a ministry official said. Under
Law 23/2019 the government must set minimum services no later than October 15 if the stoppage
continues.

The last strike at Setubal, in 2012, lasted five weeks and ended with a pay deal brokered by
the then labour minister. Union leader Ines Carvalho, who addresses members outside the gate
every Saturday morning, said the workers were "ready to stay out as long as it takes".

Palmela builds around 230,000 cars a year, most of them shipped from Setubal.

(Reporting by Tiago Mendes; Editing by Clare Hollis)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-20", "notice"),
            expect("2023-12-31", "agreement"),
            expect("2004/..", "navisado"),
            expect("2024-10-11", "talks", planned=True),
            expect("../2024-10-15", "minimum"),
            expect("2012", "strike"),
        ),
    ),
    Text(
        "harwell-biofoods-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Harwell Biofoods opens £62 million oat drink plant in Castleford

Leeds, 4 March 2025 - Harwell Biofoods Ltd today opened its new oat drink plant at the Wheldon
Road industrial estate in Castleford, creating about 140 jobs.

Construction of the 18,000 square metre plant began in June 2023 on the site of a former glass
works. The plant is certified to ISO 22000:2018 and runs on electricity from a 4.2 MW solar
array on its roof.

The plant is expected to reach its full capacity of 90 million litres a year by December 2025.
A second filling line, for barista products, is scheduled to open in March 2026.

"This is the biggest investment in our history," said chief executive Priya Onslow. Harwell
was founded in 1998 by two farmers' sons in a barn near Tadcaster and has supplied Northgate
supermarkets since 2011. Its drinks are now sold in 14 countries.

Councillor Graham Tate, leader of Wakefield Council, said: "Every week we are asked where the
new jobs are. Here they are."

Notes to editors
Harwell Biofoods Ltd is a private company registered in England (No. 03561204). Images are
available on request.

Media contact: Ruth Ambler, Harwell Biofoods, +44 (0)113 496 0712,
press@harwellbiofoods.example

ENDS""",
        (
            expect("2025-03-04", "open"),
            expect("2023-06", "construction"),
            expect("../2025-12", "capacity", planned=True),
            expect("2026-03", "line", planned=True),
            expect("1998", "found"),
            expect("2011/..", "northgate"),
        ),
    ),
    Text(
        "merriday-v-castlegate",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

DANA MERRIDAY, d/b/a Merriday Ceramics, Plaintiff and Appellant,
v.
CASTLEGATE PROPERTIES LLC, Defendant and Respondent.

No. B2022-0418 (Super. Ct. No. 21-CV-06631)
Filed June 2, 2023

OPINION

Appellant Dana Merriday appeals from a judgment in favor of her former landlord. We affirm.

I. BACKGROUND

On or about March 3, 2019, Merriday signed a five-year lease of a ground-floor studio at
1940 Harbor Way at a monthly rent of $4,250. The lease incorporated the repair provisions of
the 2017 Commercial Tenancy Act.

Rent fell into arrears. Castlegate served a notice of default on November 14,
2020. Merriday vacated the premises no later than January 31, 2021; the parties dispute the
exact day, but nothing turns on it.

Merriday filed her complaint in the superior court on April 6, 2021, alleging constructive
eviction. The matter was tried to the court from May 9 through May 12, 2022. The court found
that the roof leaks Merriday complained of had been reported to Castlegate each winter but
were repaired within the period the lease allowed. Judgment for Castlegate was entered on
August 1, 2022, and this timely appeal followed.

II. DISCUSSION

A tenant claiming constructive eviction must show that the landlord's breach substantially
interfered with beneficial enjoyment (Civ. Code, § 1927). Substantial evidence supports the
trial court's finding that it did not.

III. DISPOSITION

The judgment is affirmed. Respondent shall recover its costs on appeal.

HOLLOWAY, P.J.
We concur: ADEBAYO, J., FISCHER, J.""",
        (
            expect("2019-03-03~", "lease"),
            expect("2020-11-14", "notice"),
            expect("../2021-01-31", "vacat"),
            expect("2021-04-06", "complaint"),
            expect("2022-05-09/2022-05-12", "tri"),
            expect("2022-08-01", "judgment"),
        ),
    ),
    Text(
        "kerrow-abbey",
        "encyclopedia history",
        None,
        """Kerrow Abbey

Kerrow Abbey is a ruined Cistercian monastery on the north bank of the River Tallan, two miles
east of the market town of Kerrowford. It is a Grade I listed building.

History

The abbey was founded circa 1140 by monks from Rievaulx on land given by the lord of
Tallandale. The church was consecrated in 1187, although the nave was not finished for another
generation. At its height the community held some 14,000 acres of upland pasture and sold wool
to Flemish merchants.

The east range was largely destroyed by fire in about 1320 and rebuilt on a smaller scale.
Kerrow was dissolved in 1539, and the site was granted to Sir Edmund Rayle the following year.
Rayle's descendants quarried the claustral buildings for stone and built a house, Kerrow Hall,
from it; the hall itself was later pulled down.

The ruins have been in state care since 1932. Excavations were carried out in 1968, 1971 and
1975, uncovering the chapter house floor and the abbots' graves.

In culture

The abbey is described in the 1911 edition of a well-known county guide as "the most
melancholy ruin in the north", and it appears in several landscape paintings. Visitors are
admitted daily from 10 a.m.; an open-air service is held in the nave each August.

See also
- List of Cistercian monasteries in England
- Tallandale""",
        (
            expect("1140~", "found"),
            expect("1187", "consecrat"),
            expect("1320~", "fire"),
            expect("1539", "dissol"),
            expect("1540", "grant"),
            expect("1932/..", "care"),
            expect("1968", "excavat"),
            expect("1971", "excavat"),
            expect("1975", "excavat"),
        ),
    ),
    Text(
        "ashby-rovers-title",
        "sports report",
        date(2025, 4, 27),
        """FOOTBALL

Rovers end 31-year wait as Okafor seals the title

By Martin Pell, Football Correspondent

Ashby Rovers won the Northern Premier title on Saturday with three games to spare, beating
Stanmore Town 2-0 in front of 11,408 supporters at the Brook Lane ground, the biggest crowd
there since 2009.

Rovers last won the league in 1994, when the present captain, Sean Darby, was not yet born.

Much of the credit belongs to manager Lisa Keane, who was appointed in November 2022 with the
club fourth from bottom. Keane, who has her players running hill sprints every Monday, said
she had "never doubted this group".

Dele Okafor, who scored both goals on Saturday, had knee surgery on January 12 and returned six
weeks later. He now has 24 league goals this season.

The trophy will be presented after the home match against Fenwick on May 10. As champions,
Rovers enter the 2025/26 qualifying rounds of the Northern Shield, which are expected to begin
around July 22.

Stanmore, who have lost their last five, remain two points above the relegation places.

Ashby Rovers: Lund; Hart, Darby, Mensah, Kowal; Reyes, Fenn (Doyle 78); Price, Okafor, Tully;
Ames. Booked: Fenn.""",
        (
            expect("2025-04-26", "title"),
            expect("1994", "league"),
            expect("2022-11", "appoint"),
            expect("2025-02-23", "return"),
            expect("2025-05-10", "trophy", planned=True),
            expect("2025-07-22~", "qualif", planned=True),
        ),
    ),
    Text(
        "brannock-ropeworks",
        "company history",
        None,
        """Our History - Brannock & Sons Ropemakers

Brannock & Sons was founded in 1871 by William Brannock, a ship's rigger who set up a rope walk
behind the Anchor Inn at Gravesmouth. Within twenty years the business had outgrown the yard,
and in 1893 it moved to the Dockside mill, where the company's 400-yard rope walk still stands.

The firm was incorporated as a limited company in 1920. Long before the 1908 Factory Act
reached the rope trade, the Brannocks had given their spinners a half day every Saturday.

Manila and sisal remained the mainstay until a synthetic fibre line was introduced c. 1955,
first for trawler nets and later for yacht rigging. Brannock ropes went abroad too: the company
expanded into Canada in 1972 and into Australia the following year, opening depots at Halifax
and Fremantle.

Today the company makes over 1,200 miles of rope a year for sailing, arboriculture and theatre
rigging, and holds a Royal Warrant. It has been owned by the Brannock Family Trust since 2008,
when the last family managing director, Margaret Brannock, retired.

Brannock & Sons Ropemakers Ltd, Dockside Mill, Gravesmouth. Company No. 00168214.""",
        (
            expect("1871", "found"),
            expect("1893", "move"),
            expect("1920", "incorporat"),
            expect("1955~", "synthetic"),
            expect("1972", "canada"),
            expect("1973", "australia"),
            expect("2008/..", "trust"),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """KESTREL-2 ASTEROID SAMPLE RETURN - MISSION SUMMARY

Mission ID: K2-0917 | Agency: European Small Bodies Office | Status: cruise (return)

Overview
Kestrel-2 is a 1,340 kg sample-return spacecraft sent to the near-Earth asteroid 2003 KV11,
a dark carbon-rich body about 620 metres across. The mission was the top-ranked small mission
of the 2018 decadal survey.

Timeline
Kestrel-2 was launched on 14 September 2021 from Kourou on a Vega-C rocket. After a year of
cruise it performed an Earth swing-by on 30 November 2022, passing 3,100 km above the Pacific.
The spacecraft arrived at 2003 KV11 on 5 June 2024 and spent ten weeks mapping the surface from
orbit.

Its single touch-and-go sampling manoeuvre took place on August 19, collecting an estimated
90 grams of regolith. The spacecraft departed the asteroid on or about 2 December, once the
Earth return window opened.

Return
The sample capsule is scheduled to land at the Woomera range in Australia in September 2026.
The capsule will be flown to the curation facility in Harwell within days of landing.

Operations
The flight team uplinks commands every eight hours during cruise through the 35-metre antennas
at Cebreros and Malargue.""",
        (
            expect("2021-09-14", "launch"),
            expect("2022-11-30", "swing"),
            expect("2024-06-05", "arriv"),
            expect("2024-08-19", "sampl"),
            expect("2024-12-02~", "depart"),
            expect("2026-09", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-emergency-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press statement | 18 January 2024

Minister declares drought emergency in the eastern districts

The Minister of Water and Environment, Hon. Sara Lindqvist-Mbeki, today declared a drought
emergency in the districts of Osterby, Kalmvik and Harrow Plain under section 12 of the Water
Act 2014.

Storage in the three districts' main reservoirs fell below 30 per cent of capacity on
2 January, the lowest level recorded since 1992. Rainfall in the last four months has been
less than half the long-term average.

Stage 2 restrictions will take effect from Monday. Garden watering will be allowed only before
8 a.m. on every Sunday and Wednesday, and the filling of private pools will be banned. A
hosepipe ban has been in force in Osterby since March 2023 and remains in place.

The last drought emergency in the region was declared in 2017.

The Government is also accelerating the Kalmvik desalination plant, which is now due for
completion by the end of 2026.

"Every litre counts," the Minister said. "I thank households and farmers for the effort they
have already made."

Households can report leaks on the free helpline 0800 555 0142 (open 24 hours).

ENDS
Media enquiries: press@mwe.example.gov | Ref. MWE/PS/2024/006""",
        (
            expect("2024-01-18", "drought"),
            expect("2024-01-02", "reservoir"),
            expect("2024-01-22", "restrict", planned=True),
            expect("2023-03/..", "hosepipe"),
            expect("2017", "emergency"),
            expect("../2026", "desalination", planned=True),
        ),
    ),
    Text(
        "fenmouth-libraries-news",
        "HTML page (a news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Fenmouth Libraries</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/catalogue">Catalogue</a> | <a
href="/news">News</a></nav></header>
<main>
<h1>Library news and service changes</h1>
<p>Changes to our branches this year. Opening hours for all branches are on the
<a href="/hours">hours page</a>; the Central branch rhyme time runs every Tuesday at 10:30.</p>
<ul class="news-list">
  <li><strong>8 January 2025</strong> - The Central branch closed for roof repairs after water
  damaged the local studies room.</li>
  <li><strong>3 to 14 February 2025</strong> - A temporary book drop was open in the Town Hall
  foyer while Central was shut.</li>
  <li><strong>Since 1 March 2025</strong> - The Elmfield branch has opened on Sundays, from
  11:00 to 15:00.</li>
  <li><strong>24 March 2025</strong> - The Central branch will reopen with a new
  self-service area.</li>
  <li><strong>c. May 2025</strong> - A new electric mobile library is expected to enter service,
  visiting 32 villages.</li>
</ul>
<p class="note">Loans due while Central is closed have been extended. Fines have not been
charged since 2019.</p>
</main>
<footer>
<p>Fenmouth Libraries, 1 Castle Street, Fenmouth FN1 2AB. Tel 01632 960 448.</p>
<p>Last updated: 10 March 2025 | &copy; 2025 Fenmouth Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-08", "close"),
            expect("2025-02-03/2025-02-14", "book drop"),
            expect("2025-03-01/..", "elmfield"),
            expect("2025-03-24", "reopen", planned=True),
            expect("2025-05~", "mobile", planned=True),
            expect("2019/..", "fines"),
        ),
    ),
    Text(
        "saltmarsh-windmill-appeal",
        "heritage trust's appeal newsletter",
        date(2024, 3, 28),
        """THE SALTMARSH WINDMILL TRUST
Newsletter No. 47 - Spring 2024
Registered charity 1094481

SAVE OUR SAILS: THE APPEAL IS LAUNCHED

Dear Friends,

Our appeal to restore the mill's sails and cap was launched on 1 March at a packed meeting in
the Reading Room, and I am delighted to report that £41,650 has already been pledged towards
our target of £180,000.

A little history for our newer members. Saltmarsh Mill was built in 1816 by the millwright
John Ives for the Cole family, and ground corn for the village for more than a century. It
ceased working around 1921, when the last miller, Arthur Cole, retired. The mill lost its sails
in the great storm of 16 October 1987 and has stood as a bare tower ever since.

The Trust has cared for the mill since 1994, when the parish council handed it over on a
99-year lease. A structural survey of the tower was completed by January, and it found the
brickwork sound but the cap frame rotten.

If the appeal succeeds, millwrights are expected to begin work in May 2025. The mill could then
turn again for the first time since 1921.

HOW YOU CAN HELP
- Give online at saltmarshmill.example/appeal or by cheque to the Treasurer.
- Come to the open days, held on the second Sunday of every month from 2 to 5 pm.
- Tell a friend: every new member brings the sails a little closer.

With thanks,
Helen Marsh, Chair
Enquiries: 01632 960 771""",
        (
            expect("2024-03-01", "appeal"),
            expect("1816", "built"),
            expect("1921~", "ceas"),
            expect("1987-10-16", "sail"),
            expect("1994/..", "trust"),
            expect("../2024-01", "survey"),
            expect("2025-05", "millwright", planned=True),
        ),
    ),
    Text(
        "brackenhill-annual-summary",
        "weather station's annual summary",
        None,
        """BRACKENHILL OBSERVATORY
Annual Climatological Summary - 2023
WMO station index 03512 | Altitude 212 m

General
2023 was the warmest year since 1990 at Brackenhill, with a mean temperature of 10.4 °C, 0.9 °C
above the 1991-2020 average. Total rainfall was 912.4 mm, 108 per cent of average. The station
has recorded daily observations continuously since 1887.

Extremes
The highest temperature of the year, 33.1 °C, was reached on 11 June during a short heatwave.
The lowest temperature, -9.4 °C, was recorded on 18 January after a clear, calm night with
snow lying.

The wettest day was 24 September, when 52.6 mm of rain fell in under nine hours. Storm Hollis
brought the strongest gusts of the year, 71 knots, on 1-2 November, bringing down two trees in
the enclosure.

Frost
The first air frost of the autumn cannot be dated with certainty because the screen sensor
failed for several nights; it probably occurred on 20 October.

Instruments
The manual screen is read every morning at 09 UTC. A new automatic weather station is scheduled
to replace the old logger in April 2024, after a year of parallel running.

Compiled by the Observatory Volunteers. Data may be revised. Tel 01632 960 215.""",
        (
            expect("1887/..", "record"),
            expect("2023-06-11", "highest"),
            expect("2023-01-18", "lowest"),
            expect("2023-09-24", "wettest"),
            expect("2023-11-01/2023-11-02", "storm"),
            expect("2023-10-20?", "frost"),
            expect("2024-04", "station", planned=True),
        ),
    ),
    Text(
        "aurora-fjell-launch",
        "ship launch press release",
        None,
        """NEWS RELEASE

Korsvik Yard launches battery-hybrid ferry Aurora Fjell

KORSVIK, Norway - 12 September 2024 - Korsvik Skipsverft AS today launched the double-ended
ferry Aurora Fjell (IMO 9874512), the first of two battery-hybrid vessels for the fjord operator
Vestlinjen.

The 112-metre ferry, which will carry 600 passengers and 160 cars, slid down the slipway at
11:40 after being named by Vestlinjen's longest-serving deckhand, Eva Strand.

Steel cutting for the hull began in January 2023, and the keel was laid on 21 June 2023.
Aurora Fjell's engines meet the IMO Tier III standard, and her 9.8 MWh battery pack is sized
to meet Vestlinjen's 2030 zero-emission target on the Halsa crossing.

Outfitting will now continue at the quay. Sea trials are scheduled to start around 15 March
2025, and the yard expects to deliver the ferry to Vestlinjen by the end of May 2025. Her
sister ship, hull no. 118, is on the building berth.

"Korsvik has built ferries since 1952, but never one as quiet as this," said yard director
Lars Hagen.

About Korsvik Skipsverft
Korsvik Skipsverft AS employs 430 people and has delivered 96 vessels. The yard holds an open
day every June.

Contact: Ingrid Lie, communications, +47 700 11 432, press@korsvik.example""",
        (
            expect("2024-09-12", "launch"),
            expect("2023-01", "steel"),
            expect("2023-06-21", "keel"),
            expect("2025-03-15~", "trial", planned=True),
            expect("../2025-05", "deliver", planned=True),
            expect("1952/..", "ferries"),
        ),
    ),
    Text(
        "cas-award-summary",
        "court of arbitration award summary",
        None,
        """COURT OF ARBITRATION FOR SPORT
MEDIA RELEASE

Lausanne, 5 July 2024

THE CAS DISMISSES THE APPEAL OF THE SPRINTER MARCUS ODEH

Arbitration CAS 2023/A/9876 Marcus Odeh v. World Athletics Integrity Unit

The Court of Arbitration for Sport (CAS) has today dismissed the appeal filed by the sprinter
Marcus Odeh against the decision of the Disciplinary Tribunal, which had imposed a period of
ineligibility of four years on him.

Mr Odeh provided an out-of-competition urine sample on 14 April 2023, which was found to
contain a prohibited anabolic agent. A provisional suspension was imposed on 2 May 2023. Before
the Disciplinary Tribunal and the CAS, the athlete argued that the substance came from a
contaminated food supplement, which he said he had bought on or about 20 March 2023 at a
pharmacy in Doha.

The Disciplinary Tribunal rejected this explanation in its decision of 9 November 2023. The
athlete filed his appeal at the CAS on 27 November. A hearing was held in Lausanne from 11 to
12 March 2024.

The Panel found that the athlete had not established, on a balance of probability, how the
substance entered his body, as Article 10.2.1 of the 2021 World Anti-Doping Code requires. The
four-year period of ineligibility is therefore confirmed.

The full award will be published on the CAS website by 31 July 2024.

Contact: Media and Communications, CAS, +41 21 613 50 00""",
        (
            expect("2024-07-05", "dismiss"),
            expect("2023-04-14", "sample"),
            expect("2023-05-02", "suspension"),
            expect("2023-03-20~", "bought"),
            expect("2023-11-09", "tribunal"),
            expect("2023-11-27", "appeal"),
            expect("2024-03-11/2024-03-12", "hearing"),
            expect("../2024-07-31", "award", planned=True),
        ),
    ),
    Text(
        "little-brampton-hall-centenary",
        "village hall's centenary history in HTML",
        None,
        """<html>
<head><title>Our History - Little Brampton Village Hall</title></head>
<body>
<div id="banner"><h1>Little Brampton Village Hall</h1><p>A hundred years at the heart of the
village</p></div>
<div id="content">
<h2>How the hall came to be</h2>
<p>The idea of a hall was first raised at a public meeting in the schoolroom on
<b>3 March 1922</b>, when the vicar proposed a memorial to the men of the parish who had
not come home. Colonel Henry Abbott gave the land on Mill Lane in <b>1923</b>, and the
villagers raised &pound;1,150 by whist drives and a Michaelmas fair.</p>
<p>The hall was opened on <b>14 November 1925</b> by Lady Abbott.</p>
<h2>The middle years</h2>
<p>Electric light was installed c. 1934, replacing the old oil lamps. The hall was
requisitioned by the War Office in 1940 as a billet for an anti-aircraft battery and was
returned to the village in 1946, needing a new floor.</p>
<p>It has been a registered charity since 1962 (Charity no. 302114). The badminton club has
met there every Thursday evening for fifty years.</p>
<h2>Centenary</h2>
<p>A centenary dance will be held on Saturday 15 November 2025, with a band playing the
music of 1925. All are welcome.</p>
<img src="hall1925.jpg" alt="The hall on its opening day, 1925">
<p class="caption">The hall on its opening day, 1925.</p>
</div>
<div id="footer">Bookings: 01632 960 334 | &copy; Little Brampton Village Hall Trust 2025</div>
</body>
</html>""",
        (
            expect("1922-03-03", "meeting"),
            expect("1923", "land"),
            expect("1925-11-14", "open"),
            expect("1934~", "electric"),
            expect("1940", "requisition"),
            expect("1946", "return"),
            expect("1962/..", "charit"),
            expect("2025-11-15", "dance", planned=True),
        ),
    ),
    Text(
        "chess-rating-list-news",
        "chess federation's rating list news",
        None,
        """Northland Chess Federation - News

March 2025 rating list: Varga stays on top, Haldane joins the 2500 club

Posted on 1 March 2025 by the Ratings Officer

The March 2025 rating list is now available on the federation website. Ratings are
recalculated at the start of every month.

GM Erik Varga remains the national number one on 2618, although he lost 9 points at the
Riverton Congress. Varga has topped the list since September 2023.

The big story is IM Fiona Haldane, who gained 31 points to reach 2503. Haldane secured her
final grandmaster norm at the Riverton Congress, held from 10 to 18 February. The FIDE Council
confirmed her title on Tuesday, making her the federation's sixth grandmaster and the first
woman to hold the title.

Among the juniors, 11-year-old Ravi Menon, born in 2013, climbed 212 points to 1987, the
largest monthly gain on the list since 2014.

The federation's rating system was introduced in 1970, and the full archive of lists can be
searched online.

The next rating list will appear on 1 April. Results of tournaments ending after 25 March will
be rated on the May list.

Queries: ratings@northlandchess.example""",
        (
            expect("2023-09/..", "top"),
            expect("2025-02-10/2025-02-18", "congress"),
            expect("2025-02-25", "title"),
            expect("2013", "born"),
            expect("1970", "introduc"),
            expect("2025-04-01", "list", planned=True),
        ),
    ),
    Text(
        "holm-reach-ferry",
        "river ferry's history",
        None,
        """The Holm Reach Ferry

A crossing of the River Wend at Holm Reach is one of the oldest in the county. The right to
take tolls at the ferry was granted by royal charter in 1247 to the prior of Holm, and the
ferrymen paid the priory a rent of twelve eels a year.

For centuries the crossing was made by rowing boat. A chain ferry, hauled across on a chain
laid on the river bed, was installed around 1790, and a steam ferry took over from 1868,
charging a fare of 1d for foot passengers.

The worst day in the ferry's history was 12 February 1902, when the steam ferry capsized in a
flood tide and four passengers drowned. An inquiry under the 1888 Local Government Act blamed
the overloading of cattle on the deck.

Traffic grew steadily in the motor age, and on summer weekends queues stretched back into the
village. The new Holm Bridge was opened on 4 May 1961, and the ferry closed two days later.

The crossing was revived by the Holm Reach Ferry Society, and a volunteer-run launch has
carried foot passengers and cyclists since 1998. It sails every 20 minutes at weekends from
Easter to October.

Further reading: R. Dunmore, Crossings of the Wend (Holm Press).""",
        (
            expect("1247", "charter"),
            expect("1790~", "chain"),
            expect("1868", "steam"),
            expect("1902-02-12", "capsiz"),
            expect("1961-05-04", "bridge"),
            expect("1961-05-06", "clos"),
            expect("1998/..", "launch"),
        ),
    ),
    Text(
        "st-aldric-norovirus",
        "hospital's infection outbreak statement",
        None,
        """ST ALDRIC'S HOSPITAL NHS TRUST
Statement: norovirus outbreak on Rowan and Beech wards
Friday 6 December 2024

St Aldric's Hospital is managing an outbreak of norovirus on two of its medical wards.

The first cases were identified on Sunday, when three patients on Rowan ward developed
vomiting and diarrhoea. Beech ward was closed to new admissions on 3 December after further
cases were confirmed there. In all, 38 patients and 11 members of staff have had symptoms.

Visiting on both wards has been restricted since Wednesday to one named visitor per patient,
and visitors are asked to wash their hands with soap and water every time they enter or
leave.

Dr Alison Reeve, director of infection prevention and control, said: "Norovirus spreads very
easily. Our infection control team, formed in 2009, has put in place the measures that have
worked for us before." The number of cases is the highest the hospital has seen since 2019.

Both wards are expected to reopen by 13 December if no new cases are reported. A review of the
outbreak will report to the Trust board on 19 December.

People with symptoms should not visit any hospital until 48 hours after their symptoms have
stopped, and should call NHS 111 for advice.

Ref: IPC/24/117
Communications team: 01632 960 500""",
        (
            expect("2024-12-01", "case"),
            expect("2024-12-03", "beech"),
            expect("2024-12-04/..", "visit"),
            expect("2009", "team"),
            expect("../2024-12-13", "reopen", planned=True),
            expect("2024-12-19", "review", planned=True),
        ),
    ),
    Text(
        "wyvern-literary-festival",
        "literary festival programme",
        date(2025, 5, 20),
        """WYVERN LITERARY FESTIVAL 2025
Programme highlights

Welcome

The Wyvern Literary Festival returns to Dorchester Magna from Friday 4 to Sunday 13 July, with
more than 90 events for readers of all ages.

Founded in 1989 by the bookseller Anne Crane and a handful of friends, the festival has been
held in the Corn Exchange since 2004 and now welcomes some 22,000 visitors each year.

Highlights

- Opening night: Jonah Preece, winner of the 2024 Wyvern Prize, in conversation about his
  novel The Salt Ledger.
- The poet laureate, Grace Okonkwo, will read from her new collection on Tuesday 8 July in
  the Assembly Rooms.
- Margaret Hale, whose debut novel was published in 1997, returns with a talk on forty years
  of keeping a diary.
- Children's tent: storytelling every morning at 10, free.

The shortlist for this year's Wyvern Prize will be announced around 20 June.

Tickets

Tickets go on sale to members on 2 June and to the general public a week later.
Box office: 01632 555 019 | wyvernlitfest.example/tickets
Concessions: £2 off all events priced £8 or more.

The Wyvern Literary Festival is a registered charity (no. 1043377).""",
        (
            expect("2025-07-04/2025-07-13", "festival", planned=True),
            expect("1989", "found"),
            expect("2004/..", "corn exchange"),
            expect("2025-07-08", "read", planned=True),
            expect("1997", "novel"),
            expect("2025-06-20~", "shortlist", planned=True),
            expect("2025-06-02", "ticket", planned=True),
            expect("2025-06-09", "public", planned=True),
        ),
    ),
    Text(
        "northbank-branch-closure",
        "bank's branch closure notice",
        None,
        """Northbank
Market Place, Wellstead WS3 1AA

14 August 2024

Dear Customer,

Important: we're closing our Wellstead branch

We are writing to let you know that our Wellstead branch will close on Friday 15 November 2024.
Your account number and sort code (40-12-76) will not change.

We know this is an important branch to many of you. It has served the town since it opened in
1874 and was refurbished in 2011. But the way our customers bank has changed: counter
transactions at Wellstead have fallen by 61 per cent since 2019, and most of our customers
now bank online or on the app.

How you can still bank with us
- Post Office: you have been able to pay in cash and withdraw money at the Post Office,
  22 High Street, since 2016, and you can continue to do so.
- Mobile branch: our mobile branch will visit the Market Place every Thursday from 10:00 to
  13:00. Its first visit will be on 21 November.
- Telephone: call us on 0345 600 1234, 24 hours a day.

Safe deposit customers were written to separately before 1 July and have been asked to
arrange collection of their items.

Under the 2023 Access to Cash rules, an independent assessment has been carried out, and a
shared banking hub is not needed in Wellstead.

Yours faithfully,

Daniel Okoro
Head of Branch Network, Northbank plc""",
        (
            expect("2024-11-15", "close", planned=True),
            expect("1874", "open"),
            expect("2011", "refurbish"),
            expect("2016/..", "post office"),
            expect("2024-11-21", "mobile", planned=True),
            expect("../2024-07-01", "deposit"),
        ),
    ),
    Text(
        "salt-road-home-memoir",
        "emigrant's memoir excerpt",
        None,
        """From Salt Road Home: A Finnish Boyhood and a Canadian Life, by Aarne Koskinen

Chapter 4. The Crossing

I was born in Kallavesi in 1931, the third of five children. My father left for Canada in
1936 to work on the railways, promising to send for us within a year. The war kept us apart
for thirteen.

Mother, my sisters and I sailed from Hamburg on 2 May 1949 aboard the Beaverhill, in a cabin
numbered 214 that smelled of diesel and cabbage. We arrived in Halifax eleven days later. My
father was waiting on Pier 21 in a suit he had bought for the occasion, and I did not know him.

We went north by train to Sudbury. I took work in the nickel mine around 1950, lying about my
age, and stayed underground for twenty-two years. Every Sunday I wrote a letter home to my
grandmother, though she answered perhaps one in five.

I married Elsa Niemi, a cook at the boarding house, on 6 August 1955. People said the winter
of 1947 had been the worst since the war, but they had not seen a Sudbury February.

I went back to Kallavesi only once, in 1967, I think, though Elsa always said it was the year
after. The lake was smaller than I remembered.""",
        (
            expect("1931", "born"),
            expect("1936", "father"),
            expect("1949-05-02", "sail"),
            expect("1949-05-13", "arriv"),
            expect("1950~", "mine"),
            expect("1955-08-06", "marri"),
            expect("1967?", "back"),
        ),
    ),
)
