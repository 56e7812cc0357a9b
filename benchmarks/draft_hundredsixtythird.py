"""The hundred-and-sixty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a hail storm warning, a motorcycle trial report, a paper mill closure release, a
mountaineer's expedition diary of the 1950s, a wetland bird count report, a windmill trust's
history, a culture ministry heritage listing statement, a university open day HTML page, a
charity regulator inquiry report, a saddler's history and a church bell ringers' peal book.
The organisations, people and facts are invented. Facts whose date a reader could take two
ways (a season, a decade, "at the weekend", "within the year") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYTHIRD_CORPUS",)


HUNDREDSIXTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "holm-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRAVIK, March 12 (Northline News) - Ferry operator Brenna Lines suspended its
crossing between Kestravik and the island of Holm on Tuesday after inspectors found cracks
in the hull of its only vessel, the MV Solveig.

Inspectors from the national maritime authority boarded the ship on March 3 during a
routine survey and ordered ultrasound tests two days later. The results, received at the
weekend, showed cracking along a weld below the waterline, the authority said.

Brenna said a chartered replacement, the Nordkapp, would start sailing on Monday and that
repairs to the Solveig should be finished no later than June 30. Until then crossings,
which normally run every two hours, will be cut to four a day.

The Solveig, built in about 1994 at the Vellen yard, was last overhauled in November 2023.
The company has operated the route since 1987 and has no second ship of its own.

"People on Holm need this ferry for everything: school, hospital, shopping," said
councillor Aud Fennick, who represents the island's roughly 1,400 residents. It was the
third suspension of the service since 2019, she said.

Brenna chief executive Lars Omdahl said the firm would order a new vessel "within the
year" but gave no price or date.

(Reporting by Sigrid Haave; Editing by Paul Ennis)""",
        (
            expect("2025-03-11", "suspend"),
            expect("2025-03-03", "board"),
            expect("2025-03-05", "tests"),
            expect("2025-03-17", "replacement", planned=True),
            expect("../2025-06-30", "repair", planned=True),
            expect("1994~", "built"),
            expect("2023-11", "overhaul"),
            expect("1987/..", "route"),
        ),
    ),
    Text(
        "corvane-millbrook",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Corvane Foods to acquire Millbrook Dairy

GLENFORD, 4 June 2024 - Corvane Foods plc (LSE: CVF), the maker of chilled desserts, today
announced that it has agreed to acquire Millbrook Dairy Ltd, the farmer-owned creamery in
the Ardle valley, for GBP 86 million in cash.

The transaction has been approved by both boards and is expected to complete no later than
30 September 2024, subject to clearance by the Competition and Markets Board.

Millbrook was founded in 1921 by a cooperative of fourteen dairy farmers and today takes
milk from some 210 farms. Corvane entered the dairy market in 2009 and bought the
cheesemaker Arden Vale two years later.

Corvane will invest a further GBP 12 million in a new butter line at Glenford, where
production is due to begin in March 2025. All 340 Millbrook employees will transfer to
Corvane on their existing terms.

"Millbrook's milk field is the best in the country," said chief executive Helen Marsh.
"Together we can put Ardle butter on the shelf of every supermarket in Britain."

Corvane has been listed on the London Stock Exchange since 2016. Both companies' sites are
certified to ISO 22000.

Notes to editors
Corvane Foods plc employs 2,900 people at six sites and has annual revenue of about GBP
612 million.

Media contact: Priya Sandhu, +44 161 496 0732, press@corvane.example
###""",
        (
            expect("2024-06-04", "corvane", "millbrook"),
            expect("../2024-09-30", "transaction", planned=True),
            expect("1921", "millbrook", "found"),
            expect("2009", "dairy"),
            expect("2011", "arden"),
            expect("2025-03", "butter", planned=True),
            expect("2016/..", "list"),
        ),
    ),
    Text(
        "hollis-v-draymoor",
        "court opinion",
        date(2024, 2, 15),
        """IN THE COURT OF APPEAL OF THE PROVINCE OF WESTMARCH
CIVIL DIVISION
Case No. CA-2023-0417
15 February 2024

BETWEEN: HOLLIS FARMS LIMITED (Appellant/Claimant)
AND: DRAYMOOR AGRICULTURAL SUPPLIES LTD (Respondent/Defendant)

JUDGMENT OF THE COURT (Ferris J.A., Naidoo and Brack JJ.A. concurring)

1. This is an appeal from the order of Judge Tamsin Ure of the Eastfield County Court, who
on 9 May 2023 dismissed the appellant's claim for damages for a defective grain dryer.

2. The respondent has supplied farm machinery in the province since 2008. By a written
contract signed on 3 March 2019 it agreed to supply and install a continuous-flow dryer at
the appellant's farm at Coldharbour. The dryer was delivered on or about 12 August 2019.
The appellant's manager gave written notice of defects on 2 September 2019; fourteen days
later, on 16 September, the respondent replied denying liability. It collected the dryer
for testing the following month and has not returned it.

3. The appellant issued proceedings on 14 January 2021, relying on the terms implied by
section 14 of the Sale of Goods Act 1979. The appeal was heard on 23 January 2024.

4. The judge held that the notice was out of time under clause 11.2 of the contract, which
required notice "within 14 days of delivery". In our view she erred. Read with clause 6,
"delivery" means delivery of a dryer installed and in working order, which had not yet
taken place when the notice was given. The notice was given in time.

5. The appeal is allowed. The question of quantum is remitted to the County Court, which
is to list it for hearing no later than 31 July 2024. The respondent is to pay the
appellant's costs of the appeal.""",
        (
            expect("2023-05-09", "dismiss"),
            expect("2008/..", "machinery"),
            expect("2019-03-03", "contract"),
            expect("2019-08-12~", "dryer", "deliver"),
            expect("2019-09-02", "notice", "defects"),
            expect("2019-09-16", "liability"),
            expect("2019-10", "collect"),
            expect("2021-01-14", "proceedings"),
            expect("2024-01-23", "appeal", "heard"),
            expect("../2024-07-31", "quantum", planned=True),
        ),
    ),
    Text(
        "varnholm-canal",
        "encyclopedia history",
        None,
        """Varnholm Canal

The Varnholm Canal is a 23-mile (37 km) canal in the county of Esk Vale, running from the
river port of Varnholm to the coalfield at Brackley Moor through 17 locks.

History

The Varnholm Canal Act 1789 authorised a company of local coal owners to build the canal.
Construction began in 1791 under the engineer Josiah Crane, and the canal opened to
traffic in 1798. Coal was always its main cargo, carried in boats of about 30 tons. A
short branch to the limeworks at Hallet was added around 1835.

The Esk Vale Railway reached Varnholm in 1847, and the railway company bought the canal
the following year. Traffic declined steadily. The last commercial cargo was probably
carried in 1951, and the canal was formally closed in 1962, when the four lowest locks
were filled in and the basin at Varnholm was sold for housing.

Restoration

The Varnholm Canal Trust has worked to restore the waterway since 1978. Its volunteers,
who hold work parties every weekend, have rebuilt six locks and cleared nine miles of the
channel, and trip boats now run from Hallet wharf. The reopening of the upper section to
Brackley Moor is planned for 2027.

See also
- Canals of Esk Vale
- Josiah Crane (engineer)

References
1. Harwood, E. (1974). The Varnholm Canal. Esk Vale Press. pp. 12-58.""",
        (
            expect("1791", "construction"),
            expect("1798", "open"),
            expect("1835~", "branch"),
            expect("1847", "railway"),
            expect("1848", "bought"),
            expect("1951?", "cargo"),
            expect("1962", "clos"),
            expect("1978/..", "trust"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "rovers-beat-city",
        "sports report",
        date(2024, 11, 10),
        """Rovers end Elmfield hoodoo as Brandt double sinks City
By Cal Mercer, Football Correspondent | 10 November 2024

Kingsbridge Rovers 3 Dunmore City 1

Kofi Brandt scored twice as Kingsbridge Rovers beat Dunmore City 3-1 at Elmfield on
Saturday, lifting them to fourth in the Second Division.

Brandt, signed from Portree Athletic in January, opened the scoring in the 12th minute
and added a second from the penalty spot just before half-time. City's Joel Amankwah
pulled one back after 61 minutes before captain Ellis Varga headed in a corner in
stoppage time.

Varga only returned from a knee injury on 26 October. Manager Dace Holloway, appointed on
2 September after the sacking of Ray Gillan, said his captain had "changed the dressing
room".

"We train on set pieces every Thursday, and today you saw why," Holloway said.

Rovers host Ashdown on Wednesday and travel to Penmoor on 23 November. The club says the
new north stand, delayed by a dispute with the builder, should be open by August 2025.

The crowd of 18,204 was the biggest at Elmfield since 1998. Holloway's side, promoted in
May 2023, have now won five of their last six league games.

Kingsbridge: Ostrowski; Bell, Varga, Nunez, Okoro; Pryce, Hale (Ames 78), Dunn; Shaw,
Brandt, Lomax (Ibe 85).
Dunmore: Kerr; Walsh, Tiller, Amankwah, Reid; Booth, Flint, Sykes; Moss, Ogun, Platt.
Referee: M. Carden. Attendance: 18,204.""",
        (
            expect("2024-11-09", "rovers", "city"),
            expect("2024-01", "brandt", "sign"),
            expect("2024-10-26", "varga", "return"),
            expect("2024-09-02", "holloway", "appoint"),
            expect("2024-11-13", "ashdown", planned=True),
            expect("2024-11-23", "penmoor", planned=True),
            expect("../2025-08", "stand", planned=True),
            expect("2023-05", "promot"),
        ),
    ),
    Text(
        "strand-lumen-glass",
        "company history",
        None,
        """Our history - Strand & Lumen Glass

Strand & Lumen Glass was founded in 1868 by the glazier Edwin Strand in a rented yard
behind the Three Cups inn at Wexcombe. Around 1890 the firm moved to its present site on
Canal Street, where Strand's sons built the first of its coal-fired furnaces.

Demand for lamp glass and bottles grew quickly. In 1911, 1924 and 1937 the firm extended
the furnace hall, and between the wars it employed more than 400 people.

The business became a limited company in 1948 and was floated on the London Stock
Exchange the following year. After a difficult decade it gave up bottles and concentrated
on architectural and art glass, the work for which it is known today.

Since 1986 the company has been owned by the Strand Family Trust, and a great-great-
grandson of Edwin Strand chairs its board.

Our best-known product, lantern glass pattern no. 1936, is still pressed by hand every
Thursday, as it has been for generations.

Looking ahead, a new showroom and visitor gallery in the old packing shed will open in
2026, and the company plans to convert its last gas furnace to electric power by 2028.

Strand & Lumen Glass Ltd, Canal Street Works, Wexcombe. Registered in England No. 0448120.""",
        (
            expect("1868", "found"),
            expect("1890~", "canal"),
            expect("1911", "furnace"),
            expect("1924", "furnace"),
            expect("1937", "furnace"),
            expect("1948", "limited"),
            expect("1949", "float"),
            expect("1986/..", "trust"),
            expect("2026", "showroom", planned=True),
            expect("../2028", "furnace", "electric", planned=True),
        ),
    ),
    Text(
        "aps-2-mission",
        "mission summary",
        None,
        """Aurora Polar Sounder 2 (APS-2) - Mission summary

Agency: Nordic Space Office (NSO)
Mission type: Earth observation, upper atmosphere
Launch mass: 412 kg | Orbit: sun-synchronous, 690 km | COSPAR ID: 2022-041B

Overview
APS-2 measures the glow of the aurora and the density of the upper atmosphere over both
poles. It continues the record of APS-1, which was launched in 2009.

Mission history
APS-2 was launched on 18 April 2022 on an Arrow-2 rocket from the Skarnes launch site.
After commissioning it reached its operational orbit about two months later, and the
first calibrated data were released to scientists on 3 August 2022.

On 11 January 2023 the ultraviolet imager shut down after a power fault. Engineers
restored it by uploading new control software on 2 February, and no data have been lost
since then. The imager now records some 1,440 images a day.

In 2024 the NSO board extended the mission. Operations are expected to end no later than
December 2027, when the fuel reserved for manoeuvres will run low. De-orbiting is planned
for 2028, and the satellite should re-enter the atmosphere within five years of that.

Instruments
- UVI: ultraviolet imager (NSO / University of Tromvik)
- NDS: neutral density sounder
- MAG: fluxgate magnetometer

Data are free to all users through the NSO archive.""",
        (
            expect("2009", "aps-1"),
            expect("2022-04-18", "launch"),
            expect("2022-06~", "orbit"),
            expect("2022-08-03", "data"),
            expect("2023-01-11", "imager", "shut"),
            expect("2023-02-02", "restor"),
            expect("2024", "extend"),
            expect("../2027-12", "operations", planned=True),
            expect("2028", "de-orbit", planned=True),
        ),
    ),
    Text(
        "carrow-tolls",
        "government statement",
        date(2025, 1, 20),
        """DEPARTMENT FOR ROADS AND TRANSPORT
Press statement - 20 January 2025
Changes to tolls on the Carrow Estuary Crossing

The Minister for Roads, Ines Cathcart, met representatives of freight operators and bus
companies on Friday to discuss the new toll structure for the Carrow Estuary Crossing,
which the Government confirms today.

The new structure will take effect on 1 April. Cars will pay GBP 3.60 and heavy goods
vehicles GBP 9.80, while local residents registered with the discount scheme will continue
to pay GBP 1.00. Operators of frequent-user schemes must submit revised charging plans by
28 February.

A public consultation ran from 4 to 29 November 2024 and drew 6,812 responses, most of
them from residents of Carrow and Eastmouth.

The current flat toll of GBP 3.20 has been charged since 2012. Tolls are reviewed every
three years under the Carrow Crossing Act 1994, and the increase for cars is the largest
since the crossing opened.

The crossing opened in 1998 and carries some 41,000 vehicles a day.

The Minister said: "These changes keep the crossing affordable for the people who use it
every day, while paying for the maintenance it needs."

ENDS

Media enquiries: press office, 0300 555 0192""",
        (
            expect("2025-01-17", "freight"),
            expect("2025-01-20", "confirm"),
            expect("2025-04-01", "effect", planned=True),
            expect("../2025-02-28", "charging", planned=True),
            expect("2024-11-04/2024-11-29", "consultation"),
            expect("2012/..", "flat"),
            expect("1998", "crossing", "open"),
        ),
    ),
    Text(
        "castlegate-library",
        "HTML news page",
        date(2024, 5, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Castlegate Library reopens after refurbishment | Westerby Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Castlegate Library reopens after &pound;2.4m refurbishment</h1>
<p class="byline">By Nadia Frost &middot; <time datetime="2024-05-22">22 May 2024</time></p>
<p>Castlegate Library reopened to the public on Monday after 18 months of building work,
with a queue forming outside before the doors opened at 9am.</p>
<p>The council expects the second phase, a reading garden at the back of the building, to
be finished by September. A café run by the social enterprise Second Chapter will
open in the foyer on 1 July.</p>
<p>The Edwardian building, built in 1906 with a gift from the shipowner Samuel Pryde,
closed in November 2022. Councillors had approved the scheme in March 2022 after
surveyors found rot in the roof timbers.</p>
<p>A rear reading room was added around 1958 and has now been stripped back to its
original parquet floor. &ldquo;It is the most beautiful room in Westerby,&rdquo; said
librarian Owen Castell.</p>
<p>Opening hours are 9am to 5pm, Monday to Saturday.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/4471">Bypass works delayed</a></li></ul></aside>
<footer>&copy; 2024 Westerby Courier Ltd. Registered in England no. 04188321.</footer>
</body>
</html>""",
        (
            expect("2024-05-20", "reopen"),
            expect("../2024-09", "garden", planned=True),
            expect("2024-07-01", "café", planned=True),
            expect("1906", "built"),
            expect("2022-11", "clos"),
            expect("2022-03", "approv"),
            expect("1958~", "room"),
        ),
    ),
    Text(
        "eastern-hail-warning",
        "hail storm warning",
        date(2024, 6, 6),
        """NATIONAL WEATHER BUREAU - EASTERN REGION
SEVERE THUNDERSTORM WARNING: LARGE HAIL
Warning number: ER-0612/24
Issued: 11:40 Thursday 6 June 2024
Level: AMBER

Areas affected: Marrow Plain, Tessly Hills, Orrin Valley, coastal districts from Haddon
Point to Skerry

Valid from 14:00 Thursday 6 June until 02:00 Friday 7 June.

What to expect
Thunderstorms are expected to develop over the Marrow Plain this afternoon and move
north-east through the evening. Hail of 2 to 4 cm is likely in the strongest storms, with
gusts of 60 mph and up to 40 mm of rain in an hour. A second band of storms is forecast to
reach coastal districts on Saturday.

What to do
Move vehicles under cover, secure loose objects and stay indoors while storms pass. Do not
drive through flood water.

Background
On 28 May, hailstones up to 5 cm across broke greenhouse glass and flattened crops around
Tessly. Hail of about 7 cm fell at Orrin on 2 August 2019. The Bureau has issued
colour-coded warnings since 2015.

This warning is reviewed every three hours. Next update: 14:40.
Contact: forecast desk, 0370 900 0100""",
        (
            expect("2024-06-06/2024-06-07", "warning", planned=True),
            expect("2024-06-06", "thunderstorms", planned=True),
            expect("2024-06-08", "band", planned=True),
            expect("2024-05-28", "tessly"),
            expect("2019-08-02", "orrin"),
            expect("2015/..", "colour"),
        ),
    ),
    Text(
        "crag-hollow-trial",
        "motorcycle trial report",
        date(2024, 4, 16),
        """NORTHERN TRIALS CHAMPIONSHIP - ROUND 4
Crag Hollow National, Wharfdale MCC
Report by Gwen Atherley | posted 16 April 2024

Jed Marlow (Vertex 300) put a miserable start to the season behind him at Crag Hollow on
Sunday, losing just 14 marks over three laps of fifteen sections to win the Championship
class by six from Tom Bryer (Rexa).

Marlow had broken two fingers when he crashed in section 9 at the Bellside round on
10 March, and he admitted he was "still holding the bars like a teacup". It was a welcome
result for the rider who took the title in 2018, 2020 and 2022.

Round five is at Tarnhead on Sunday 12 May. Entries must be received by 3 May; the
organisers expect a full entry of 120 riders.

The course, a mix of limestone steps and a slippery beck, was first used for a national
trial in 1973, and the Wharfdale club has run the event since 1981. The club hopes to
stage a world championship round at Crag Hollow in 2026.

Results (Championship class)
1 J. Marlow (Vertex) 14; 2 T. Bryer (Rexa) 20; 3 S. Odell (Vertex) 23; 4 K. Rigg (Sherco)
27; 5 D. Fell (Rexa) 31.
Clubman: 1 A. Platt 9. Twinshock: 1 R. Hebden (Bultaco 250) 12.""",
        (
            expect("2024-04-14", "marlow", "win"),
            expect("2024-03-10", "crash"),
            expect("2018", "title"),
            expect("2020", "title"),
            expect("2022", "title"),
            expect("2024-05-12", "tarnhead", planned=True),
            expect("../2024-05-03", "entries", planned=True),
            expect("1973", "national"),
            expect("1981/..", "wharfdale"),
            expect("2026", "world", planned=True),
        ),
    ),
    Text(
        "riverside-mill-closure",
        "paper mill closure release",
        date(2025, 9, 3),
        """NEWS RELEASE
Ashgrove Paper Ltd
3 September 2025

Ashgrove Paper to close Riverside Mill at Kelby

Ashgrove Paper Ltd today announced that it intends to close its Riverside Mill at Kelby,
with the loss of around 240 jobs, after failing to find a buyer for the site.

Formal consultation with employees and the Paper and Print Workers' Union began on
Monday. A jobs fair with local employers will be held at Kelby Town Hall on 18 September.

Subject to the consultation, paper production will stop on 31 October and the last
finished reels will be shipped in November. The company expects the site to be cleared
and made safe no later than 31 March 2026.

Riverside Mill opened in 1884 and has made recycled packaging board since 1962. Its second
paper machine, PM2, was shut in 2019. Demand for the grades the mill produces has fallen
by a third since 2008, and its energy costs have doubled since 2021.

Managing director Fiona Grayling said: "This is a very sad day for Kelby. Riverside has
made paper for more than 140 years, and we did everything we could to find a future for
it."

Notes to editors
Ashgrove Paper operates three other mills, at Dunmore, Lathe Bridge and Skelton, which are
not affected.

Media: Callum Reid, 01632 960 418, media@ashgrovepaper.example""",
        (
            expect("2025-09-03", "clos"),
            expect("2025-09-01", "consultation"),
            expect("2025-09-18", "fair", planned=True),
            expect("2025-10-31", "production", planned=True),
            expect("2025-11", "reels", planned=True),
            expect("../2026-03-31", "clear", planned=True),
            expect("1884", "open"),
            expect("1962/..", "board"),
            expect("2019", "machine"),
        ),
    ),
    Text(
        "sarband-diary-1956",
        "mountaineer's expedition diary of 1950s",
        None,
        """KOH-I-SARBAND EXPEDITION, 1956
Personal diary of R. H. Talbot (typescript copy, club library ref. MS 1956/14)

April 28th. Reached Base Camp (15,200 ft) at four o'clock. Paid off the last of the Balti
porters; 34 loads safely stacked under the big boulder. Wilson cheerful, Hussain coughing.

May 3rd. Wilson, Pemba and I carried to the moraine shelf and put up Camp I at about
16,900 ft. Good snow, hard going after ten.

May 9th. Storm all day; nobody moved. Read Danby's notes again - the German party of (I
think) 1934 got no higher than the col. Wilson now hopes to try for the summit about the
25th.

May 13th. Camp II placed at the foot of the ice ridge, c. 19,800 ft. Snow blindness for
Hussain; goggles every day from now on, no arguments.

May 24th. Wilson and Pemba left Camp IV at five, reached the summit ridge by noon but
turned back at two in a rising wind. Bitterly disappointed.

May 27th. They went again at dawn and stood on top at 11.40. Both frostbitten in the toes.
Altimeter reading 23,410.

May 30th. All down at Base. Pemba reckons the monsoon will break about June 10th, so we
start back for Gilgit on June 1st, and Wilson means to cable the Club from there.""",
        (
            expect("1956-04-28", "base"),
            expect("1956-05-03", "camp"),
            expect("1934?", "german"),
            expect("1956-05-25~", "summit", planned=True),
            expect("1956-05-13", "camp"),
            expect("1956-05-24", "turn"),
            expect("1956-05-27", "summit"),
            expect("1956-05-30", "base"),
            expect("1956-06-10~", "monsoon", planned=True),
            expect("1956-06-01", "gilgit", planned=True),
        ),
    ),
    Text(
        "lowmere-january-count",
        "wetland bird count report",
        date(2025, 1, 28),
        """LOWMERE MARSHES - WETLAND BIRD COUNT
Monthly report: January 2025
Compiled by Ruth Ellery, count organiser, 28 January 2025

Summary
The January core count took place on Sunday 12 January 2025 in calm, frosty conditions,
with 14 counters covering all 9 sectors. Counts are made on the Sunday nearest the middle
of each month.

Dates ahead
Water levels on the east lagoon will be lowered by 15 March, ready for breeding waders.
The next core count is scheduled for Sunday 9 February.

Highlights
Whooper swans peaked at 212 on 5 January, roosting on the flooded east lagoon. A bittern
was seen at Reed Bay on 18 January, the first on the reserve since 2016. Wigeon reached
4,120, the highest January total since 2011.

Totals (core count): wigeon 4,120; teal 1,865; mallard 402; pintail 88; whooper swan 196;
lapwing 2,310; golden plover 1,050; curlew 141.

Site news
The new Reed Bay hide opened on 20 December 2024. The east lagoon was first flooded in
about 2003 to create winter habitat, and counts have been made at Lowmere since 1974.

Thanks to all counters. Records to r.ellery@lowmere.example or 01632 960 771.""",
        (
            expect("2025-01-12", "count"),
            expect("../2025-03-15", "water", planned=True),
            expect("2025-02-09", "count", planned=True),
            expect("2025-01-05", "swans"),
            expect("2025-01-18", "bittern"),
            expect("2024-12-20", "hide"),
            expect("2003~", "lagoon", "flood"),
            expect("1974/..", "count"),
        ),
    ),
    Text(
        "hensby-windmill",
        "windmill trust's history",
        None,
        """Hensby Windmill Trust - Our history
Registered charity no. 1048812

Hensby Mill was built in 1814 for the miller John Askew, on a rise west of the village
where it could catch the wind from the sea. It is a four-sailed tower mill of red brick,
22 metres tall to the cap.

The Askew family worked the mill for three generations. It lost two sails in a gale in
1881 and was repaired by the millwright Thomas Hirst of Bardon. Milling by wind stopped
around 1930, and for a time an oil engine drove the stones from the yard.

By the 1960s the mill was derelict. The Hensby Windmill Trust was founded in 1972 by a
group of villagers, and it bought the mill from the Askews' descendants the following
year.

New sails were fitted in 1989, 2004 and 2018, each set made by hand in our own workshop.
Since 2019 the mill has ground wholemeal flour for sale in the mill shop.

Our next big job is the fantail, which turns the cap into the wind. We aim to replace it
by 2027 and are raising GBP 60,000 towards the work.

Visit us: open 2-5pm on the second Sunday of each month, April to October. Admission free;
donations welcome.""",
        (
            expect("1814", "built"),
            expect("1881", "gale"),
            expect("1930~", "stop"),
            expect("1972", "trust", "found"),
            expect("1973", "bought"),
            expect("1989", "sails"),
            expect("2004", "sails"),
            expect("2018", "sails"),
            expect("2019/..", "flour"),
            expect("../2027", "fantail", planned=True),
        ),
    ),
    Text(
        "drovers-inn-listing",
        "culture ministry heritage listing statement",
        date(2025, 3, 12),
        """MINISTRY OF CULTURE, HERITAGE AND SPORT
Heritage listing decision
12 March 2025

Former Drovers' Inn, 14 Marl Street, Castleby
List entry number: 1498823 | Grade: II | Legislation: Historic Buildings Act 1990

The Minister for Culture today added the former Drovers' Inn in Castleby to the National
Heritage List at Grade II, following advice from the Historic Places Agency.

The Ministry expects to publish the full list entry, with map and description, by
31 March. The owner may ask for a review of the decision no later than 11 April.

Background
The application to list the building was made by the Castleby Civic Society on
4 September 2024. Agency inspectors visited the inn on 21 November and again on
9 December, when they were able to see the roof.

Reasons for designation
The inn was built c. 1740 and refronted in 1823, when the present sash windows and the
carriage arch were added. It is a rare survival of a drovers' inn on the road to the Marl
fairs, where cattle were sold every Tuesday. It closed as a public house when its licence
was surrendered in 1967, and the building has stood empty since 2019.

Contact: listing@culture.example.gov, 020 7946 0311""",
        (
            expect("2025-03-12", "list"),
            expect("../2025-03-31", "entry", planned=True),
            expect("../2025-04-11", "review", planned=True),
            expect("2024-09-04", "application"),
            expect("2024-11-21", "inspectors"),
            expect("2024-12-09", "inspectors"),
            expect("1740~", "built"),
            expect("1823", "refront"),
            expect("1967", "licence"),
            expect("2019/..", "empty"),
        ),
    ),
    Text(
        "marlow-vale-open-days",
        "university open day HTML page",
        date(2025, 2, 3),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Open Days 2025 | University of Marlow Vale</title>
<meta name="description" content="Visit our campus at an undergraduate open day.">
</head>
<body>
<header><a href="/" class="logo">University of Marlow Vale</a>
<nav><a href="/study">Study</a> <a href="/research">Research</a>
<a href="/visit">Visit</a></nav>
</header>
<main>
<h1>Undergraduate Open Days 2025</h1>
<p>Come and see our campus, meet our students and talk to the people who will teach you.
Our summer open day is on <strong>Saturday 14 June</strong> and our autumn open day on
<strong>Saturday 20 September</strong>.</p>
<h2>Booking</h2>
<p>Booking opens on 1 April. Places on subject talks are limited, so please book by 6 June
if you want to attend a talk at the summer open day.</p>
<ul>
<li>Campus tours leave every 30 minutes from the Library steps.</li>
<li>Free shuttle buses run from Hartley station (route U1).</li>
</ul>
<h2>About us</h2>
<p>The university was founded in 1964 and received its royal charter in 1966. Our
Engineering Hub opened in January 2024, and the new Students' Union building is scheduled
to open in October 2025.</p>
</main>
<footer>
<p>Visitor enquiries: 01632 960 225 | visit@marlowvale.example</p>
<p>Last updated: 3 February 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-06-14", "summer", planned=True),
            expect("2025-09-20", "autumn", planned=True),
            expect("2025-04-01", "booking", planned=True),
            expect("../2025-06-06", "talk", planned=True),
            expect("1964", "found"),
            expect("1966", "charter"),
            expect("2024-01", "engineering"),
            expect("2025-10", "union", planned=True),
        ),
    ),
    Text(
        "marden-youth-trust-inquiry",
        "charity regulator inquiry report",
        date(2024, 6, 12),
        """OFFICE OF THE CHARITY REGULATOR
Inquiry report: The Marden Youth Trust
Registered charity number 1116204
Published 12 June 2024

Summary
The Office of the Charity Regulator opened a statutory inquiry into The Marden Youth
Trust ("the charity") on 15 August 2022 under section 46 of the Charities Act 2011, after
its auditor reported concerns about payments to a company connected to a trustee.

Background
The charity was registered on 2 May 2006. Its purpose is to advance the education of young
people in Marden and the surrounding villages, and it has run a youth centre on Fold Lane
since 2008.

Findings
The inquiry found that a payment of GBP 48,000 was made on or about 11 March 2021 to
Brightwell Events Ltd, of which the then chair, Mr Gordon Pace, was a director. No trustee
declared the conflict of interest. Mr Pace resigned as chair in January 2022.

The regulator appointed interim managers on 3 October 2022. They recovered GBP 31,500 from
Brightwell Events Ltd and found that the youth centre's building was sound. The inquiry
closed on 30 April 2024.

Next steps
The trustees have agreed to transfer the charity's remaining assets, about GBP 210,000, to
the Marden Community Foundation by 31 December 2024, after which the charity will be
removed from the register.

Trustees of all charities must report serious incidents to the regulator promptly.""",
        (
            expect("2022-08-15", "inquiry", "open"),
            expect("2006-05-02", "regist"),
            expect("2008/..", "centre"),
            expect("2021-03-11~", "payment"),
            expect("2022-01", "resign"),
            expect("2022-10-03", "interim"),
            expect("2024-04-30", "inquiry", "clos"),
            expect("../2024-12-31", "transfer", planned=True),
        ),
    ),
    Text(
        "pettigrew-lowe-saddlers",
        "saddler's history",
        None,
        """Pettigrew & Lowe, Saddlers - A short history
Sheep Street, Market Weston

The saddlery traces its beginnings to about 1795, when William Pettigrew, a harness maker
from Leicester, set up a bench in a loft above the Bull yard. In 1842 his grandson moved
the business to its present shop in Sheep Street, where the original cutting board is
still in use.

Thomas Lowe, a journeyman who had married into the family, became a partner in 1871, and
his name was added to the sign two years later. A hunting saddle made in about 1887 for
the Master of the Weston Vale Hunt is now in the county museum. The firm received a royal
warrant in 1908.

Between 1914 and 1918 the workshop made bridles and ammunition pouches for the army, with
women taking the place of the men who had enlisted.

Motor cars nearly finished the trade. The Ashby family, who had kept a tack shop in the
town, have run the business since 1961; Margaret Ashby is the fourth of them at the bench.

Each of our saddles takes about forty hours to make and is stamped with a serial number;
saddle no. 1906 hangs in the shop window.

We plan to open a training workshop for apprentice saddlers in 2026, and the shop itself
will move into the restored Corn Exchange in the spring of 2027.""",
        (
            expect("1795~", "pettigrew"),
            expect("1842", "move"),
            expect("1871", "partner"),
            expect("1873", "sign"),
            expect("1887~", "saddle"),
            expect("1908", "warrant"),
            expect("1914/1918", "army"),
            expect("1961/..", "ashby"),
            expect("2026", "training", planned=True),
        ),
    ),
    Text(
        "cowbury-peal-book",
        "church bell ringers' peal book",
        None,
        """ST ALDHELM'S, COWBURY
PEAL BOOK OF THE COWBURY SOCIETY OF CHANGE RINGERS (extracts, vol. II)
Ring of eight, tenor 18-2-11 in E flat

Note on the bells. The old ring of six was augmented to eight in 1868 by Hallam & Sons of
Bristol, and the tenor was recast in 1911. The first peal on the eight is believed to
have been rung in 1872, but the board recording it was lost in the vestry fire.

No. 112. Saturday, 14 February 1925.
5040 Grandsire Triples in 3 hrs 4 mins.
1 A. Penfold, 2 J. Cole, 3 E. Marsh, 4 T. Ruddle, 5 H. Dray, 6 F. Cole, 7 S. Webb,
8 W. Heald (C).

No. 113. Saturday, 11 April 1925.
5056 Stedman Triples in 3 hrs 9 mins.
1 A. Penfold, 2 J. Cole, 3 E. Marsh, 4 G. Ruddle, 5 H. Dray, 6 F. Cole, 7 S. Webb,
8 W. Heald (C). Rung half-muffled in memory of the Revd. C. Orme, vicar.

No. 114. Wednesday, 12 May 1937.
Attempt for the Coronation of King George VI; lost after 2 hrs 10 mins when the 6th rope
broke.

Practice night is Thursday, 7.30 to 9 pm.

In 1952 the ringers found the frame rotten at the tenor pit. The bells are to be rehung
in a new steel frame in 1953, and no peals will be attempted until that is done.
G. Ruddle, Tower Captain""",
        (
            expect("1868", "augment"),
            expect("1911", "recast"),
            expect("1872?", "first"),
            expect("1925-02-14", "grandsire"),
            expect("1925-04-11", "stedman"),
            expect("1937-05-12", "coronation"),
            expect("1952", "rotten"),
            expect("1953", "rehung", planned=True),
        ),
    ),
)
