"""The two-hundred-and-fifty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a level crossing closure
notice, a skeleton race report, a rare earth separation plant's press release, a mapmaker's
survey journal of the 1820s, a deer count report, a brush maker's history, a sports minister's
statement, an ice rink's HTML sessions page, a sports arbitration decision, a stained glass
studio's history and a rounders league's fixtures card. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early
2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYSEVENTH_CORPUS",)


TWOHUNDREDFIFTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "zelmora-dam-spillway",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ZELMORA, March 12 (Lantern Wire) - Operators of the Zelmora dam opened all six spillway
gates on Monday for the first time in twelve years, as the reservoir behind it rose to within
half a metre of its crest after a week of torrential rain, state utility Hidrovale said.

The rain, which began on March 4, swelled the Tresa river and its tributaries across the
northern province. Civil protection officials evacuated about 3,000 residents of riverside
villages downstream of the dam on Sunday as a precaution.

The reservoir peaked on Tuesday and is now falling by about ten centimetres an hour, a
Hidrovale spokesman said. Engineers will inspect the dam wall and the gate hoists on Friday,
once the flow through the spillway has dropped.

"The structure behaved exactly as it was designed to," chief engineer Tomas Varga told
reporters at the dam. "What worried us was the forecast, not the concrete."

The 94-metre dam, completed in 1987, supplies about a fifth of the province's electricity.
Inflows into the reservoir this week were the highest since 1998, according to the national
hydrological service, which measures them every spring and autumn.

Hidrovale said it expected to restore full power output from the plant by March 31 at the
latest. A government inquiry into how the dam is operated in floods, ordered in 2021 after
complaints from downstream farmers, is due to report in June.

(Reporting by Ana Ferreira; Editing by Paul Maddox)""",
        (
            expect("2025-03-10", "spillway", "gates"),
            expect("2025-03-04", "rain"),
            expect("2025-03-09", "evacuat"),
            expect("2025-03-11", "reservoir", "peak"),
            expect("2025-03-14", "inspect", planned=True),
            expect("1987", "dam", "complet"),
            expect("../2025-03-31", "power", "restore", planned=True),
            expect("2021", "inquiry", "ordered"),
            expect("2025-06", "inquiry", "report", planned=True),
        ),
    ),
    Text(
        "velmar-electric-buses",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Velmar Transit orders 40 electric buses for Halbrook routes

HALBROOK, 4 June 2024 - Velmar Transit today signed a contract with coachbuilder Orrin
Vehicles for 40 battery-electric single-deck buses, the largest single order in the
company's 93-year history.

The first 12 buses are scheduled to enter service on routes 7 and 12 in March 2025. The
remaining 28 will follow by the end of 2026, when every bus leaving the company's Corrin Road
depot will be zero-emission.

The order is partly funded by a GBP 14 million grant awarded by the Regional Transport Fund on
22 May. Velmar will invest a further GBP 19 million of its own.

Velmar began trialling two electric buses on route 7 in September 2022. The trial, which
ended on 31 January 2024, showed energy costs per mile 38% below those of the diesel fleet
and no loss of reliability in winter.

To charge the new fleet, the Corrin Road depot, built in 1964, will be rebuilt from October,
with 40 charging points and a new substation. Services will run normally during the works.

"Our passengers told us during the trial that they want quieter, cleaner buses," said Helen
Marsh, Velmar's managing director. "From next spring, that is exactly what they will get."

- ENDS -

Notes to editors
About Velmar Transit: Velmar Transit was founded in 1931 as the Halbrook & District Motor
Omnibus Company. It runs 210 buses on 46 routes and employs 640 people.

Media contact: press@velmartransit.example | 01632 960 114
(c) 2024 Velmar Transit Ltd. Registered in England No. 00261433.""",
        (
            expect("2024-06-04", "contract", "signed"),
            expect("2025-03", "buses", "service", planned=True),
            expect("../2026", "remaining", planned=True),
            expect("2024-05-22", "grant"),
            expect("2022-09", "trialling"),
            expect("2024-01-31", "trial", "ended"),
            expect("1964", "depot", "built"),
            expect("2024-10", "depot", "rebuil", planned=True),
            expect("1931", "founded"),
        ),
    ),
    Text(
        "fealeworth-tractor-warranty",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF WESTMARCH

No. S-2024-0187

DORAN FEALE, Appellant,
v.
MORROW IMPLEMENT COMPANY, Respondent.

Filed November 14, 2024

OPINION

JUSTICE ABERNATHY delivered the opinion of the Court.

This appeal asks whether a dealer's "as is" disclaimer, printed on the back of a sales
invoice, excludes the implied warranty of merchantability under our commercial code. We hold
that it does not.

I.

On March 3, 2021, Feale bought a used 2009 Harland tractor from Morrow Implement Company, of
Fealeworth, for $42,500. Two days later, he noticed hydraulic fluid pooling beneath the
machine and reported it to Morrow by telephone. Morrow's service manager told him the leak
was "normal for the model." On or about April 19, 2021, the hydraulic pump failed while Feale
was cutting hay, and the tractor could not be moved from the field.

Feale filed suit on January 10, 2022, alleging breach of the implied warranty of
merchantability. The district court granted summary judgment to Morrow on August 2, 2023,
reasoning that the invoice disclaimed all warranties. The Court of Appeals affirmed on May
16, 2024. We granted review on September 5, 2024, and heard oral argument on October 8, 2024.

II.

Since 1998, section 2-316(2) of the code has required that a written disclaimer of
merchantability be conspicuous. A term is conspicuous when a reasonable person against whom
it is to operate ought to have noticed it. Cf. Pell v. Dunmore Motors, 212 Westm. 88 (2006).

The disclaimer here appears in eight-point grey type on the reverse of the invoice, beneath
the heading "General Terms," and nothing on the front refers to it. Feale signed only the
front. Morrow argues that he was an experienced farmer who had bought machinery before. That
is beside the point: the statute asks what the document shows, not what the buyer knew.

III.

The judgment of the Court of Appeals is reversed, and the case is remanded to the district
court for trial.

It is so ordered.

CHIEF JUSTICE ORLANDO, JUSTICE KIM and JUSTICE FAIRWEATHER concur.""",
        (
            expect("2021-03-03", "bought", "tractor"),
            expect("2021-03-05", "noticed", "fluid"),
            expect("2021-04-19~", "pump", "failed"),
            expect("2022-01-10", "suit"),
            expect("2023-08-02", "summary", "judgment"),
            expect("2024-05-16", "affirmed"),
            expect("2024-09-05", "review"),
            expect("2024-10-08", "argument"),
            expect("1998/..", "disclaimer", "conspicuous"),
        ),
    ),
    Text(
        "osterwick-town-history",
        "encyclopedia history",
        None,
        """Osterwick

Osterwick is a market town in the district of Lenne, on the left bank of the river Aller,
about 30 km north-east of the district capital. Population (2022 census): 17,480.

History

Early history
Osterwick grew up around a grange of the Cistercian abbey of Marienrode. A weekly market is
first recorded at the grange c. 1180. The parish church of St Nikolai may have been
consecrated in 1204, though the only source for the date is a chronicle written more than
three centuries later.

The town received its charter from Count Otto II of Lenne in 1342. Its walls were begun in
1390 and completed about 1420; two of the four original gates survive. A fire in 1566
destroyed most of the timber houses, and the town was rebuilt in stone over the following
decades. During the Thirty Years' War Osterwick was occupied by Swedish troops from 1631 to
1634, and its population fell by almost half.

Industrial era
The railway from Lenne reached the town in 1859, and the first mechanised textile mill opened
the following year. At the turn of the century there were eleven mills, employing most of the
town's working population. Mill wages were paid fortnightly, on Fridays, well into the
twentieth century.

Modern town
Osterwick has been the seat of the Lenne district administration since 1952. The old mills
now house a museum, a college and flats, and the town is one of the region's most visited.

See also
- List of towns in Lenne district
- Marienrode Abbey

References
1. Haller, K. (1987). Osterwick: Stadt und Stift. Lenne: Kreisverlag. pp. 14-52.""",
        (
            expect("1180~", "market"),
            expect("1204?", "church", "consecrat"),
            expect("1342", "charter"),
            expect("1390", "walls", "begun"),
            expect("1420~", "walls", "complet"),
            expect("1566", "fire"),
            expect("1631/1634", "occupied", "swedish"),
            expect("1859", "railway"),
            expect("1860", "mill", "opened"),
            expect("1952/..", "seat", "district"),
        ),
    ),
    Text(
        "quarnby-rovers-kelby-win",
        "sports report",
        date(2024, 11, 24),
        """RUGBY UNION | CHAMPIONSHIP

Brede double ends Quarnby's Kelby Park hoodoo

By Sam Oakes

Kelby 19 Quarnby Rovers 27

Quarnby Rovers won at Kelby Park on Saturday for the first time since 2009, with winger
Ollie Brede scoring two tries in a ten-minute spell after the break.

It was the perfect answer to a week of criticism after the 31-10 defeat at Harrowgate seven
days earlier, and it lifts Rovers to fifth in the table.

Brede, who also scored a hat-trick against Dunmore on November 9, finished off a flowing
move from halfway in the 47th minute and added his second when he charged down a clearance
kick and won the race to the touchdown.

Captain Rhys Tannock, who signed from Carlow in 2021, kicked three conversions and two
penalties but limped off late on with a hamstring problem. He is a doubt for Friday, when
the sides meet again in the cup at Quarnby Lane.

"We talk every week about playing for eighty minutes, and today we did it," said head coach
Marta Lind, who took over on 1 July. "Ollie was outstanding, but the pack won us that game."

Kelby, who led 13-6 at half-time, have now lost four home games in a row. Their director of
rugby, Gareth Penhale, said the club's new 4,000-seat stand is still due to open in March,
and that "the supporters who fill it deserve better than that second half".

The Championship final is scheduled for 17 May at the national stadium.

Kelby: Tries - Morgan, Iles. Pens - Hart 3.
Quarnby: Tries - Brede 2, Okafor. Cons - Tannock 3. Pens - Tannock 2.
Attendance: 3,812.""",
        (
            expect("2024-11-23", "won", "kelby"),
            expect("2024-11-16", "defeat", "harrowgate"),
            expect("2024-11-09", "hat-trick"),
            expect("2021", "signed"),
            expect("2024-11-29", "meet", planned=True),
            expect("2024-07-01", "took", "over"),
            expect("2025-03", "stand", "open", planned=True),
            expect("2025-05-17", "final", planned=True),
        ),
    ),
    Text(
        "carrowby-cycles-history",
        "company history",
        None,
        """Carrowby Cycles - Our History

Edwin Carrowby founded the company in 1896 in a rented forge on Mill Lane, Thorsby, building
safety bicycles to order for local doctors and clergymen. Demand grew quickly. The business
moved to larger premises on Ledge Street in 1903 and built its first motorcycle the following
year, a 2.5 hp machine that Edwin raced himself at the county show.

From 1940 to 1945 the Ledge Street works made parts for aircraft and folding bicycles for
airborne troops. After the war the firm returned to bicycles, and in about 1952 it introduced
the Swallow, a lightweight ladies' roadster that remained its best-selling model for two
decades.

Carrowby won contracts to supply the Post Office with delivery bicycles in 1958, 1963 and
1971, and for a time the firm's heavy black "Carrowby Carrier" was a familiar sight on every
high street in the country.

The Dutch group Veltro bought the company in 1987 and moved most production abroad, keeping
only a small design office in Thorsby. Since 2004 Carrowby has been owned by its staff, and
every frame is once again brazed and painted in Thorsby by hand.

Today the company employs 85 people and sells in 14 countries. Every year in May we open the
workshop to visitors for the Thorsby Bike Festival, and our order book is the fullest it has
been since 1971.

A new factory on the Thorsby business park is to open in 2026, doubling our capacity and
bringing wheel-building back in-house for the first time in forty years.

(c) 2025 Carrowby Cycles Ltd | Company No. 04977312 | Privacy | Cookies""",
        (
            expect("1896", "founded"),
            expect("1903", "moved", "ledge"),
            expect("1904", "motorcycle"),
            expect("1940/1945", "aircraft"),
            expect("1952~", "swallow"),
            expect("1958", "contract", "post"),
            expect("1963", "contract", "post"),
            expect("1971", "contract", "post"),
            expect("1987", "veltro", "bought"),
            expect("2004/..", "owned", "staff"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "veskari-probe-mission",
        "mission summary",
        None,
        """MISSION SUMMARY: VESKARI

Mission type: asteroid sample return
Target: asteroid (5118) Tessary
Mission number: VX-2016-03
Launch mass: 1,412 kg
Status: return cruise

Veskari was launched on 14 February 2019 from the Arnhavn launch site on an Aster-5 rocket.
It made an Earth gravity assist on 3 March 2020, passing 3,120 km above the South Atlantic.
In August 2021 one of the four reaction wheels failed; the spacecraft continued on the three
remaining wheels and its thrusters.

Veskari arrived at Tessary on 27 June 2022, and released the Pika lander on 9 October. Pika
operated for about 40 hours on the surface before its battery ran out, returning
close-up images of a boulder field and measurements of surface temperature.

The sampling touch-down took place on 11 January 2023. The spacecraft fired a tantalum
projectile into the surface and collected an estimated 6 grams of regolith, about twice the
mission requirement. Veskari left Tessary on or about 2 December 2023; the exact time of the
departure burn was not published.

The sample capsule is scheduled to land at the Orrefjell test range on 19 September 2026. After
releasing the capsule, the spacecraft will use its remaining fuel to fly past the near-Earth
asteroid 2004 QK in 2028.

Principal investigator: Dr. Liv Sandaker. Mission operations: Veskari Science Operations
Centre. Page reference VX-SUM-07, revision 4.""",
        (
            expect("2019-02-14", "launched"),
            expect("2020-03-03", "gravity", "assist"),
            expect("2021-08", "reaction", "wheel"),
            expect("2022-06-27", "arrived", "tessary"),
            expect("2022-10-09", "lander"),
            expect("2023-01-11", "sampling"),
            expect("2023-12-02~", "left", "tessary"),
            expect("2026-09-19", "capsule", "land", planned=True),
            expect("2028", "fly", "past", planned=True),
        ),
    ),
    Text(
        "hollinmere-drought-statement",
        "government statement",
        None,
        """DEPARTMENT FOR ENVIRONMENT AND WATER

Written ministerial statement: drought in the eastern region

Made by the Secretary of State, Rt Hon Carys Mowbray MP
18 July 2025

On 2 June I declared a drought in the eastern region. Rainfall since then has been about
40 per cent of the long-term average, and reservoir stocks fell to 54 per cent on 15 July,
the lowest for the time of year since 1976.

On Wednesday I met the chief executives of the five water companies that serve the region,
together with the Environment Agency and the National Farmers' Association. I made clear that
supplies to homes, hospitals and schools must be protected.

A temporary use ban, covering the use of hosepipes to water gardens and wash cars, will take
effect from Monday 21 July in the areas served by Hollinmere Water and Eastmark Water. Water
companies must submit updated drought plans to my department no later than 31 August.

The first of our new transfer pipelines, between Hollinmere and Cressbrook, has been in
operation since May and is moving 18 million litres a day. It is one of four pipelines paid
for from the GBP 40 million we announced in March 2024 to link the region's reservoirs. Work
on the new Hollin reservoir, under construction since 2022, continues on schedule, and it is
expected to be filled by 2029.

Farmers and growers who abstract water under licence will be contacted by the Environment
Agency directly. Every summer the Agency reviews abstraction licences in the region.

I will continue to keep the House informed.

HCWS 811""",
        (
            expect("2025-06-02", "drought", "declared"),
            expect("2025-07-15", "reservoir", "stocks"),
            expect("2025-07-16", "met", "chief"),
            expect("2025-07-21", "ban", planned=True),
            expect("../2025-08-31", "drought", "plans", planned=True),
            expect("2024-03", "announced", "million"),
            expect("2025-05/..", "pipeline", "operation"),
            expect("2022/..", "hollin", "construction"),
            expect("../2029", "filled", planned=True),
        ),
    ),
    Text(
        "quillonby-library-reopens",
        "HTML news page",
        date(2025, 4, 17),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quillonby library reopens after GBP 2.4m refit | Quillonby Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a
href="/whats-on">What's on</a></nav>
<article>
<h1>Quillonby library reopens after GBP 2.4m refit</h1>
<p class="byline">By Jenny Holt, local democracy reporter</p>
<p>Quillonby's Brent Library reopened on Tuesday after an 18-month refurbishment that has
restored its domed reading room and added a lift to the first floor.</p>
<p>The building closed in October 2023, when contractors found that the roof timbers were far
more decayed than surveys had shown. The library, which opened in 1908 with money left by the
mill owner Josiah Brent, has been listed since 1974.</p>
<p>Council leader Imran Qadir said the council had approved the scheme in March 2022 "when
nobody knew what was under the slates". More than 1,100 people came through the doors on the
first day, the busiest day for the library since 2019.</p>
<figure>
<img src="/img/brent-library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored reading room. Photo: Courier staff, 2025</figcaption>
</figure>
<p>A cafe run by the social enterprise Second Helpings will open on the ground floor on Monday,
and the children's author Maya Thorne will give a reading in the reading room on May 3.</p>
<p>Work on the glass roof lantern is due to be finished by the end of June. Until then the
north gallery remains closed.</p>
<p>The library is open every day except Sunday, from 9am to 7pm.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass plan goes to inquiry</a></li></ul>
</aside>
<footer><p>(c) 2025 Quillonby Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-15", "library", "reopened"),
            expect("2023-10", "closed"),
            expect("1908", "opened"),
            expect("1974/..", "listed"),
            expect("2022-03", "approved", "scheme"),
            expect("2025-04-21", "cafe", planned=True),
            expect("2025-05-03", "reading", planned=True),
            expect("../2025-06", "roof", "lantern", planned=True),
        ),
    ),
    Text(
        "brindlethorpe-level-crossing",
        "level crossing closure notice",
        None,
        """NORTHFELL RAILWAYS

NOTICE OF TEMPORARY CLOSURE
BRINDLETHORPE LANE LEVEL CROSSING (BRL 14m 32ch)

Our ref: LC/2025/117                  Date of notice: 14 April 2025

Northfell Railways gives notice that, to allow the renewal of the crossing deck, barriers and
road markings, Brindlethorpe Lane level crossing will be CLOSED TO ALL VEHICLES from 22:00 on
Friday 9 May 2025 until 06:00 on Monday 12 May 2025.

A second closure will follow from 23 to 25 May 2025, between the same hours.

Pedestrians and cyclists will be escorted across the railway by our staff throughout, except
on the night of Saturday 10 May, when the footpath crossing will also be closed between 23:00
and 05:00 while the new barrier mechanisms are tested.

DIVERSION
Vehicles will be diverted via Station Road, the A6071 and Moss Lane (approximately 4.5 miles).
Emergency services have been informed.

BACKGROUND
The crossing was last renewed in 1994. Following a near miss between a farm tractor and a
passenger train on 6 January 2025, the Office of Rail Safety approved the works on 3 March
2025. The crossing is expected to be replaced by a footbridge and a road underpass in about
2027, subject to funding.

REPRESENTATIONS
Representations about this closure must be received no later than 30 April 2025 at the
address below or by email to crossings@northfell.example.

Signed: D. Ashworth, Route Asset Manager (Level Crossings)
Northfell Railways, Signal House, Brindlethorpe BT4 9QR""",
        (
            expect("2025-05-09/2025-05-12", "closed", planned=True),
            expect("2025-05-23/2025-05-25", "second", "closure", planned=True),
            expect("2025-05-10", "footpath", planned=True),
            expect("1994", "renewed"),
            expect("2025-01-06", "near", "miss"),
            expect("2025-03-03", "approved", "works"),
            expect("2027~", "footbridge", planned=True),
            expect("../2025-04-30", "representations", planned=True),
        ),
    ),
    Text(
        "velsberg-skeleton-world-cup",
        "skeleton race report",
        date(2025, 1, 25),
        """SKELETON | WORLD CUP, VELSBERG

Kestner bounces back from training crash to win at Velsberg

By Hanna Roos

Mia Kestner of Germany won the women's skeleton World Cup race at Velsberg on Friday,
beating Canada's Jade Orlov by 0.21 seconds over two runs for her first World Cup victory
since 2022.

Kestner, who crashed in training on Wednesday and needed four stitches in her chin, was
third after the first run but set a track record of 52.41 seconds in the second, taking the
fast Kreisel bend lower than anyone else in the field.

"After Wednesday I wasn't sure I would even start," Kestner said. "My coach told me to slide
the way I always slide on this track. I listened for once."

The Velsberg track, built in 1987, is one of the slowest starts on the circuit, and the
sliders with the strongest push have traditionally won here. Kestner took up skeleton in 2016
after a career as a heptathlete and made her World Cup debut two years later.

The men's race will take place on Sunday, with Britain's Tom Allard leading the overall
standings. The World Cup then moves on to Ostrand, where the next races will be held on
Friday, before the World Championships, scheduled for 20 to 23 February at Lake Harven.

Women's results (two runs):
1. Mia Kestner (GER) 1:44.93
2. Jade Orlov (CAN) 1:45.14
3. Sofia Brandt (AUT) 1:45.30
4. Yuki Aramaki (JPN) 1:45.52
5. Elin Haga (NOR) 1:45.61""",
        (
            expect("2025-01-24", "kestner", "won"),
            expect("2025-01-22", "crashed"),
            expect("1987", "track", "built"),
            expect("2016", "took", "skeleton"),
            expect("2018", "debut"),
            expect("2025-01-26", "men", "race", planned=True),
            expect("2025-01-31", "ostrand", planned=True),
            expect("2025-02-20/2025-02-23", "world", "championships", planned=True),
        ),
    ),
    Text(
        "skarnholt-rare-earth-plant",
        "rare earth separation plant's press release",
        None,
        """Skarnholt Rare Earths AS - Press release

Skarnholt, 2 September 2025

Skarnholt produces first separated NdPr oxide at Vellesund plant

Skarnholt Rare Earths AS (OSE: SKRE) today announced that its Vellesund separation plant
produced its first batch of separated neodymium-praseodymium (NdPr) oxide on 28 August, at a
purity of 99.5 per cent, above the specification agreed with customers.

Commissioning of the solvent-extraction circuit began in May 2025, two months behind the
schedule set when construction started in March 2023. The plant is expected to reach its
nameplate capacity of 3,000 tonnes of separated oxides a year by June 2026.

First commercial shipments are scheduled for November under the offtake agreement signed on
14 July 2024 with the German motor maker Brandel Antriebe. A final investment decision on a
second line, for the heavy rare earths dysprosium and terbium, is expected in early 2026.

The plant takes mixed rare earth carbonate from the company's Skarvik mine, which has been in
operation since 2021, and is the first of its kind to run on hydropower alone.

"Every tonne of oxide we separate here is a tonne that does not have to cross the world to
reach a European magnet maker," said chief executive Ingrid Solvang.

About Skarnholt Rare Earths
Skarnholt Rare Earths AS was founded in 2019 and is listed on the Oslo Stock Exchange. Its
environmental permit for the Vellesund plant was granted in January 2023. The company reports
its production every quarter.

Forward-looking statements
This release contains forward-looking statements, which are subject to risks and
uncertainties. Actual results may differ materially from those expressed or implied.

Contact: Per Aasen, investor relations, +47 55 00 00 00""",
        (
            expect("2025-08-28", "first", "oxide"),
            expect("2025-05", "commissioning"),
            expect("2023-03", "construction"),
            expect("../2026-06", "capacity", planned=True),
            expect("2025-11", "shipments", planned=True),
            expect("2024-07-14", "offtake"),
            expect("2021/..", "skarvik", "operation"),
            expect("2019", "founded"),
            expect("2023-01", "permit"),
        ),
    ),
    Text(
        "stennetdale-survey-journal",
        "mapmaker's survey journal of the 1820s",
        None,
        """Journal of the Survey of Stennetdale, kept by Lieut. Jas. Harrowby, R.E.
Vol. II.

Tuesday, 4th June 1822. Left Carrow at six o'clock with the chain party of four men and two
carts. Weather fair, wind westerly. Lodged at the Plough, Stennet; very indifferent beds.

Thursday 6th. Fixed the first station on Beacon Hill and set up the signal staff, 14 feet,
whitened. Mr. Aske the vicar very obliging, and lent us his pony.

Wednesday 12th. Measured the base line along the sands at Wrayholme, 4 miles 3 furlongs and
some chains, twice over, the two measures agreeing within two inches. The men much fatigued.
We shall begin the triangulation of the northern hills on Monday next, if the weather holds.

Monday 24th. Much rain these ten days. The small theodolite was lost at Crag End, on the 19th
I think, though Corpl. Dunn will have it the 20th; it has not been found, and I have this day
written to the Board for another.

The sexton at Stennet holds that the tower was raised in 1650 or
thereabouts, yet the old county map, made about 1760, shows no tower at all. I put more faith
in the sexton than in the map, which errs by a mile in the position of the town.

Tuesday 2nd July. Completed the northern triangle, the angles closing within 4 seconds.
Orders from the Board by the carrier: all instruments to be returned to the Tower by
the 30th of September, the survey of the dale to be finished or not.

N.B. The men are paid every Saturday at the Plough.""",
        (
            expect("1822-06-04", "left", "carrow"),
            expect("1822-06-06", "station", "beacon"),
            expect("1822-06-12", "base", "line"),
            expect("1822-06-17", "triangulation", planned=True),
            expect("1822-06-19?", "theodolite", "lost"),
            expect("1822-06-24", "board"),
            expect("1650~", "tower"),
            expect("1760~", "map"),
            expect("1822-07-02", "northern", "triangle"),
            expect("../1822-09-30", "instruments", "returned", planned=True),
        ),
    ),
    Text(
        "glenarrow-deer-count",
        "deer count report",
        None,
        """GLENARROW DEER MANAGEMENT GROUP

Red Deer Population Count 2025 - Summary Report
Report ref. GDMG/25/04                                Prepared 2 May 2025

1. Method
The count area (14,200 ha, eleven estates) was covered by a helicopter count on 18 March
2025. Two ground counts of the eastern beats followed on 20 and 24 March, where woodland
cover made the aerial count unreliable. Counters worked in pairs with tally sheets and GPS.

2. Results
                 Stags     Hinds    Calves    Total
  2025           1,142     2,318      611     4,071

Density was 28.7 deer per square kilometre of open hill, the highest since 2011.

3. Comparison with previous counts
Full counts were made in 2019, 2021 and 2023 using the same method, giving totals of 3,402,
3,655 and 3,918. The population has therefore grown by about 20 per cent in six years,
mainly in hinds.

4. Management
The group was formed in 1998 by the eleven estates of the catchment. The Allt Mor woodland
regeneration area has been fenced since 2017 and is excluded from the count.

The hind cull will run from 21 October 2025 to 15 February 2026, with a target of 640 hinds
across the group. Stags are culled every year between August and October, and the stag
target will be set at the group meeting.

5. Next count
The next full count is planned for about March 2027, with a dung-count survey of the
woodland areas in between.

Prepared by: R. McInnes, Deer Officer
Circulation: group members; NatureScot area office""",
        (
            expect("2025-03-18", "helicopter", "count"),
            expect("2025-03-20", "ground", "count"),
            expect("2025-03-24", "ground", "count"),
            expect("2019", "count"),
            expect("2021", "count"),
            expect("2023", "count"),
            expect("1998", "formed"),
            expect("2017/..", "fenced"),
            expect("2025-10-21/2026-02-15", "hind", "cull", planned=True),
            expect("2027-03~", "count", planned=True),
        ),
    ),
    Text(
        "pessendine-brushworks-history",
        "brush maker's history",
        None,
        """Pessendine & Sons, Brush Makers - A History of the Firm

The firm traces its beginnings to a workshop opened c. 1838 by William Pessendine, a
bone-handle turner, in Tanner's Yard, Cradleigh. He made tooth, nail and shaving brushes for
the chemists of the town, and his wife Hannah drew the bristles into the stocks by hand.

The business moved to Crane Street in 1851, into a former tannery with room for twenty
hands. The first steam-powered boring machine was installed there in 1874, and the firm's
catalogue soon ran to more than three hundred patterns. In 1902 Pessendine & Sons was granted
a royal warrant as brush makers to the household.

Between 1915 and 1918 the works made brushes for the army - kit brushes, gun-cleaning brushes
and shaving brushes - in numbers that William's grandson George later called "beyond
counting". Nylon bristles were introduced in about 1948, though the firm still sells
pure-bristle hairbrushes to this day.

Fire destroyed the drying sheds in 1961, and they were rebuilt the following year on the same
footprint. Since 1993 the firm has been based on the Lowfield estate, where the old Crane
Street machinery stands beside its modern successors.

Every brush is still finished and inspected by hand, and the firm's export sales last year
were its best since 1970. The company will mark its 190th anniversary in 2028 with an
exhibition at the Cradleigh Museum.

Pessendine & Sons Ltd, Unit 4, Lowfield Estate, Cradleigh. Registered No. 00118844.
(c) Pessendine & Sons 2025.""",
        (
            expect("1838~", "workshop", "opened"),
            expect("1851", "crane", "street"),
            expect("1874", "boring", "machine"),
            expect("1902", "royal", "warrant"),
            expect("1915/1918", "army"),
            expect("1948~", "nylon"),
            expect("1961", "fire"),
            expect("1962", "rebuilt"),
            expect("1993/..", "lowfield"),
            expect("2028", "anniversary", planned=True),
        ),
    ),
    Text(
        "ferrowmont-sports-fund-statement",
        "sports minister's statement",
        None,
        """MINISTRY OF CULTURE AND SPORT

Statement by the Minister for Sport, Nadia Ferrow, on the Community Sport Facilities Fund

11 March 2025

Today I am announcing a GBP 120 million Community Sport Facilities Fund to repair and build
pitches, pools and sports halls in the towns that need them most.

On Thursday I met the chairs of our national governing bodies in Ferrowmont. They told me
what every club secretary in the country already knows: that too many changing rooms are
closed, too many pitches waterlogged and too many pools past their best. Participation in
organised sport has fallen every year since 2016, and it is hardest to find a place to play
in the areas where people are least active.

Applications will open on 1 April and close on 30 June. The first grants are expected to be
awarded by September, and half of the fund is reserved for projects in the most deprived
third of local authorities.

This builds on the National Stadium Strategy published in 2019 and on our work in schools.
Since January 2023 every state school has been required to offer two hours of physical
education a week, and we will keep that commitment.

We won the right to host the Northern Youth Games in November 2023, and we will host them in
2027. I want the young people who compete in those Games to have trained in facilities they
are proud of, in their own towns.

I will report to Parliament on the fund's progress every six months.

ENDS

Press office ref: MCS/PR/2025/044""",
        (
            expect("2025-03-11", "fund", "announc"),
            expect("2025-03-06", "met", "chairs"),
            expect("2025-04-01", "applications", "open", planned=True),
            expect("2025-06-30", "applications", "close", planned=True),
            expect("../2025-09", "grants", planned=True),
            expect("2019", "stadium", "strategy"),
            expect("2023-01/..", "physical", "education"),
            expect("2023-11", "host"),
            expect("2027", "youth", "games", planned=True),
        ),
    ),
    Text(
        "brennock-ice-rink-sessions",
        "ice rink's HTML sessions page",
        date(2024, 12, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Public Sessions | Brennock Ice Rink</title>
</head>
<body>
<header>
<h1>Brennock Ice Rink</h1>
<nav><a href="/">Home</a> <a href="/sessions">Sessions</a> <a href="/clubs">Clubs</a>
<a href="/parties">Parties</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h2>Public skating sessions</h2>
<p>Our regular sessions run every Tuesday and Thursday evening (19:00-21:00) and every Saturday
and Sunday afternoon (14:00-16:30). Skate hire is included in the price.</p>
<p class="notice">Welcome back! The rink reopened on 2 November after our new chiller plant was
installed. Thank you for your patience.</p>
<p>This Saturday the Brennock Blizzards ice hockey team will play the Dunmore Stags at 18:00,
so the afternoon public session will end at 16:00 that day.</p>
<h3>Christmas and New Year</h3>
<table>
<thead><tr><th>Date</th><th>Session</th><th>Times</th></tr></thead>
<tbody>
<tr><td>Friday 20 December</td><td>Christmas Disco Skate</td><td>19:00-22:00</td></tr>
<tr><td>25 and 26 December</td><td>Rink closed</td><td>-</td></tr>
<tr><td>31 December</td><td>New Year's Eve Skate</td><td>21:00-01:00</td></tr>
</tbody>
</table>
<h3>January</h3>
<p>The rink will close for ice maintenance from 6 to 10 January. Learn to Skate courses for
children and adults start on Saturday 11 January and run for ten weeks.</p>
<p>Prices: adults GBP 8.50, under-16s GBP 6.50, family ticket GBP 26.</p>
</main>
<footer>
<p>Brennock Ice Rink opened in 1972 and is run by Brennock Leisure Trust, registered charity
no. 1049711.</p>
<p>(c) 2024 Brennock Leisure Trust</p>
</footer>
</body>
</html>""",
        (
            expect("2024-11-02", "reopened"),
            expect("2024-12-21", "hockey", planned=True),
            expect("2024-12-20", "disco", planned=True),
            expect("2024-12-25", "closed", planned=True),
            expect("2024-12-26", "closed", planned=True),
            expect("2024-12-31", "eve", planned=True),
            expect("2025-01-06/2025-01-10", "maintenance", planned=True),
            expect("2025-01-11", "learn", "skate", planned=True),
            expect("1972", "opened"),
        ),
    ),
    Text(
        "tavrin-anti-doping-appeal",
        "sports arbitration decision",
        None,
        """SPORTS ARBITRATION PANEL - APPEALS DIVISION

ARBITRAL AWARD

delivered in Case SAP 2024/A/0312
Ysolde Tavrin v. International Road Cycling Union (IRCU)

Panel: Prof. Alain Dumesnil (President); Ms Ruth Okonjo; Mr Pavel Hrubes
Seat of the arbitration: Geneva                     Date of award: 16 December 2024

I. FACTS

1. The Appellant, Ms Ysolde Tavrin, is a professional road cyclist registered with the IRCU.

2. On 14 June 2023, the Appellant provided an out-of-competition urine sample at her home.

3. On 5 July 2023, the accredited laboratory reported an adverse analytical finding for
clostebol, an anabolic agent that has been on the Prohibited List since 2018.

4. The Respondent provisionally suspended the Appellant on 11 July 2023. The B-sample was
opened on or about 2 August 2023 and confirmed the finding.

5. On 19 February 2024, the Respondent's Disciplinary Tribunal imposed a period of
ineligibility of four years. On 8 March 2024, the Appellant filed her Statement of Appeal.

6. A hearing was held in Geneva on 21 October 2024. The Appellant attended in person.

II. MERITS

7. The Appellant contends that the substance entered her body through a healing ointment used
by her partner. The Panel accepts, on the balance of probability, that this was the source,
and finds that she bore no significant fault or negligence.

III. DECISION

The Sports Arbitration Panel rules that:

1. The appeal filed by Ms Ysolde Tavrin is partially upheld.

2. The period of ineligibility is reduced to two years, with credit for the period of
provisional suspension already served. The Appellant's period of ineligibility shall end on
10 July 2025.

3. All other prayers for relief are dismissed.

Operative part notified to the parties on the date of the award.""",
        (
            expect("2023-06-14", "urine", "sample"),
            expect("2023-07-05", "adverse", "finding"),
            expect("2018/..", "prohibited", "list"),
            expect("2023-07-11", "suspended"),
            expect("2023-08-02~", "b-sample"),
            expect("2024-02-19", "ineligibility", "four"),
            expect("2024-03-08", "appeal"),
            expect("2024-10-21", "hearing"),
            expect("2025-07-10", "ineligibility", "end", planned=True),
        ),
    ),
    Text(
        "ambrinsford-glass-studio",
        "stained glass studio's history",
        None,
        """The Ambrinsford Glass Studio: a short history

The studio was founded in 1884 by Clara and Joseph Wetherell, who had met as apprentices in a
London glass-painting workshop, in a loft above a coachbuilder's yard in Ambrinsford. Its first
major commission, the east window of St Ebba's, Harle, was installed in 1889, and its deep
ruby glass and crowded, lively figures soon brought work from all over the diocese.

A window at Pellow chapel, unsigned but close in style to the Harle glass, may date from 1892;
if so, it would be the studio's earliest surviving domestic work.

The studio's largest undertaking, the nave and aisle windows of Drumlow Cathedral, occupied it
from 1896 to 1903. Around 1910 it moved to a larger workshop by the canal, with its own kiln.
Clara died in 1921. Their daughter Edith later took over the studio and ran it for forty
years.

Many of the studio's windows were lost in the air raids of 1941. Edith and a team of six
replaced most of them between 1949 and 1956, sometimes from the original cartoons, which
survived in the studio's plan chests.

Since 2011 the studio has been run as a cooperative of its glaziers. It is now restoring the
Drumlow windows once more, in work due to be complete by 2027, and every year in September it
opens its doors to the public for a weekend of demonstrations.

Ambrinsford Glass Studio, Canal Wharf, Ambrinsford. Visits by appointment.""",
        (
            expect("1884", "founded"),
            expect("1889", "window", "installed"),
            expect("1892?", "pellow"),
            expect("1896/1903", "drumlow"),
            expect("1910~", "moved"),
            expect("1921", "clara", "died"),
            expect("1941", "lost"),
            expect("1949/1956", "replaced"),
            expect("2011/..", "cooperative"),
            expect("../2027", "restoring", planned=True),
        ),
    ),
    Text(
        "maplewick-rounders-fixtures",
        "rounders league's fixtures card",
        None,
        """MAPLEWICK & DISTRICT ROUNDERS LEAGUE
Founded 1979

SUMMER LEAGUE 2025 - FIXTURES CARD

All league matches are played on Tuesdays, first bat 6.30pm sharp. Umpires to arrive by
6.15pm. Please bring your own bats.

Registrations closed on 14 April. Match fees (GBP 4 per player per match) must be paid to
the treasurer by 31 May.

OPENING NIGHT - Tue 6 May
  Friendly round-robin, all teams, Maplewick Rec

ROUND 1 - Tue 13 May
  Kestle Blues v Orchard Belles ............ Pitch 1
  Hedgers v Sparrow Lane ................... Pitch 2
  Bramley Batters v Riverside Rollers ...... Pitch 3

ROUND 2 - Tue 20 May
  Orchard Belles v Hedgers ................. Pitch 1
  Sparrow Lane v Bramley Batters ........... Pitch 2
  Riverside Rollers v Kestle Blues ......... Pitch 3

ROUND 3 - Tue 3 June
  Kestle Blues v Sparrow Lane .............. Pitch 1
  Bramley Batters v Orchard Belles ......... Pitch 2
  Hedgers v Riverside Rollers .............. Pitch 3

CUP FINAL - Sat 12 July, 2pm, Bramley Rec
  Top two teams after Round 3. Teas provided.

AGM - Thu 25 September, 7.30pm
  Maplewick Arms (function room). All members welcome.

Fixtures secretary: Jo Pennock, 07700 900 481
Printed 04/25 by Maplewick Print Co. - Card no. 0417""",
        (
            expect("1979", "founded"),
            expect("2025-04-14", "registrations", "closed"),
            expect("../2025-05-31", "fees", planned=True),
            expect("2025-05-06", "opening", "night", planned=True),
            expect("2025-05-13", "round", planned=True),
            expect("2025-05-20", "round", planned=True),
            expect("2025-06-03", "round", planned=True),
            expect("2025-07-12", "cup", "final", planned=True),
            expect("2025-09-25", "agm", planned=True),
        ),
    ),
)
