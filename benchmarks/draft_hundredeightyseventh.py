"""The hundred-and-eighty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space or scientific), a government statement, an HTML
news page, an avalanche bulletin, a curling bonspiel report, a water utility's main
replacement release, a ship's surgeon's journal of the 1830s, a great crested newt pond
survey, a market hall's history, a health minister's vaccination programme statement, a
repertory cinema HTML listings page, a licensing sub-committee decision, a rope works'
history and a bell-ringers' society newsletter. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, a decade, "recently",
"next week") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYSEVENTH_CORPUS",)


HUNDREDEIGHTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skerry-air-grounding",
        "wire story with a dateline",
        date(2025, 3, 14),
        """LUNDHAVEN, March 14 (Meridian Wire) - The regional airline Skerry Air grounded its
entire fleet of eleven turboprops on Thursday after inspectors found cracks in the
landing-gear brackets of two aircraft, stranding about 4,000 passengers across the islands.

Engineers first spotted a hairline crack on March 3 during a routine check at the airline's
hangar in Lundhaven, the company said in a statement. A second aircraft showed similar
damage when it was examined a week later.

Skerry Air, founded in about 1989 by a group of island fishermen and a retired air force
pilot, bought the aircraft second-hand in two batches, in 2011 and 2014. It is the first
fleet-wide grounding for a carrier in the region since 2008.

The national Civil Aviation Authority said it would publish its findings by April 30 at
the latest. Chief executive Ingrid Halloran told reporters that flights would resume on
Monday if replacement brackets, flown in overnight from a supplier in Toulouse, pass their
tests. "Nobody boards one of our planes until we are certain," she said.

The airline's planes are normally inspected every 600 flight hours. Ferry operators said
they had added extra sailings on the routes to Marra and Hollin Sound.

(Reporting by Petra Valdane; Editing by Sunil Aberg; desk +47 21 55 0193)""",
        (
            expect("2025-03-13", "fleet", "ground"),
            expect("2025-03-03", "crack"),
            expect("2025-03-10", "second", "aircraft"),
            expect("1989~", "found"),
            expect("2011", "aircraft"),
            expect("2014", "aircraft"),
            expect("../2025-04-30", "findings", planned=True),
            expect("2025-03-17", "flights", "resume", planned=True),
        ),
    ),
    Text(
        "fennick-robotics-plant",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Fennick Robotics opens £48 million assembly plant in Brightwell

BRIGHTWELL, 2 June 2025 - Fennick Robotics Ltd today opened its new assembly plant on the
Brightwell Gate business park, creating 310 jobs and doubling the company's capacity for
warehouse picking arms.

Construction of the 22,000 square metre plant began in October 2023. It is the company's
largest investment since 2015 and has been certified to ISO 9001 from its first day.

Founded in 2009 by engineers Hester Fennick and Adebayo Cole in a rented garage, the
company has supplied picking arms to Northgate Grocers since 2019 and now employs 740
people in three countries.

The first production line is to reach full output by 30 September, and a second phase,
adding a training centre and a test hall, is scheduled to begin in March 2026.

"Brightwell gave us our first customer, and it is right that our biggest plant is here,"
said Hester Fennick, chief executive. "We will be hiring throughout the year."

Residents are invited to an open day at the plant on Saturday 14 June, with guided tours
every hour from 10:00.

Notes to editors
Fennick Robotics designs and builds robotic arms for logistics and food handling.

Media contact: Orla Penhale, press@fennick-robotics.example, +44 1632 960 418
ENDS""",
        (
            expect("2025-06-02", "plant", "open"),
            expect("2023-10", "construction"),
            expect("2009", "found"),
            expect("2019/..", "northgate"),
            expect("../2025-09-30", "production", planned=True),
            expect("2026-03", "second", "phase", planned=True),
            expect("2025-06-14", "open", "day", planned=True),
        ),
    ),
    Text(
        "haskett-v-millbrook",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DOREEN HASKETT, Appellant,
v.
MILLBROOK FREIGHT SERVICES, INC., Respondent.

No. 58214-3-II
Filed February 11, 2025

OPINION

CALLOWAY, J. - Doreen Haskett appeals the summary dismissal of her claim that Millbrook
Freight Services discharged her for reporting a safety violation, contrary to the Westmarch
Whistleblower Protection Act of 1987. We reverse and remand.

FACTS
Millbrook hired Haskett as a dispatcher on or about March 2, 2019. On January 14, 2021,
she reported to the state transport inspectorate that two trucks had been sent out with
defective brakes. Millbrook dismissed her on February 8, citing "repeated lateness." Her
personnel file showed no written warning before that date.

Haskett filed her complaint in Darrow County Superior Court on July 30, 2021. The trial
court granted Millbrook's motion for summary judgment on November 3, 2023, holding that
the lateness records were undisputed. Haskett filed her notice of appeal on December 1.

ANALYSIS
Summary judgment is appropriate only where no genuine issue of material fact remains.
Here, the timing alone - twenty-five days between the report and the dismissal - raises
such an issue. A jury could find that the stated reason was a pretext.

CONCLUSION
The order granting summary judgment is reversed. On remand, the superior court shall hold
a scheduling hearing no later than June 30, 2025.

WE CONCUR: Ostrander, C.J.; Pell, J.""",
        (
            expect("2019-03-02~", "hired"),
            expect("2021-01-14", "reported"),
            expect("2021-02-08", "dismissed"),
            expect("2021-07-30", "complaint"),
            expect("2023-11-03", "summary", "judgment"),
            expect("2023-12-01", "appeal"),
            expect("../2025-06-30", "hearing", planned=True),
        ),
    ),
    Text(
        "brenholm-town-history",
        "encyclopedia history",
        None,
        """Brenholm

Brenholm is a market town on the River Lessing, in the district of Upper Varde. It had a
population of 11,840 at the last census.

History
A settlement grew up around a grange of the Cistercian abbey of Saint Aldric, founded
c. 1140 on the north bank of the river. The town received its market charter in 1287
from Count Ebbe II, and a stone bridge is recorded there soon after.

Much of the timber town burned in 1540, and the market square was rebuilt in brick the
following year. A visitation of plague, possibly in 1603, is said by the parish chronicle
to have carried off a third of the inhabitants, although the burial registers for that
decade are lost.

Weaving dominated the economy until the late eighteenth century, when the trade moved to
the coalfield towns. The railway from Varde reached Brenholm in 1869, and the town has
been the seat of the district since 1871.

Landmarks
The abbey church survives, much altered, as the parish church. The town hall of 1784
faces the market square; its clock, with a bell of 1,200 kilograms, strikes the hours.

See also
- Upper Varde District
- Cistercian granges in the Lessing valley""",
        (
            expect("1140~", "found"),
            expect("1287", "charter"),
            expect("1540", "burn"),
            expect("1541", "rebuilt"),
            expect("1603?", "plague"),
            expect("1869", "railway"),
            expect("1871/..", "seat"),
            expect("1784", "town", "hall"),
        ),
    ),
    Text(
        "rovers-win-at-castlebrook",
        "sports report",
        date(2025, 4, 13),
        """Ellery's double sends Rovers to the top

By Marcus Trent, Sunday 13 April 2025

Kingsmere Rovers moved top of the Northern League on Saturday with a 4-1 win away at
Dunmoor Athletic.

Kofi Ellery, signed from Harrowgate Town in January, scored twice in the first half. He has
now scored nine goals in eleven games for the club. Tomasz Wren added a third from the
penalty spot after 58 minutes and substitute Ade Lomax headed the fourth in stoppage time.
It was the club's biggest away victory since 1999.

Manager Fiona Garside, in charge since October 2022, said afterwards: "We have been
building towards this. The players deserve it." Rovers, founded in 1884, last won the
league title in 2016 and were relegated three seasons later.

Rovers play Castlebrook United at home on Wednesday, and the League Cup final against
Saltley is scheduled for May 24 at the National Stadium.

Dunmoor: Halls; Reyes, Pike, Obi, Marsh; Lind, Coyle (Frost 64); Amadi, Tate, Hurst;
Devlin. Rovers: Sato; Kerr, Baptiste, Moss, Gunn; Wren, Hale; Ellery (Lomax 80), Ross,
Pryce; Doherty. Attendance: 6,214. Referee: G. Stanhope.""",
        (
            expect("2025-04-12", "win"),
            expect("2025-01", "ellery", "signed"),
            expect("2022-10/..", "garside"),
            expect("1884", "found"),
            expect("2016", "league"),
            expect("2025-04-16", "castlebrook", planned=True),
            expect("2025-05-24", "final", planned=True),
        ),
    ),
    Text(
        "halvorsen-pike-history",
        "company history",
        None,
        """Our history

Halvorsen & Pike began in 1898, when the Norwegian baker Nils Halvorsen and his English
partner Walter Pike founded a biscuit bakehouse behind a chapel in Leaford. Their oat
rounds sold to the mill workers of the town for a halfpenny each.

In 1912 the firm moved to a purpose-built factory beside the canal at Ferry Lane, where
ovens fired with coal turned out some three tons of biscuits a day. Around 1930 it
introduced the Ginger Crisp, still our best-selling line.

The Ferry Lane factory was requisitioned in 1940 for the manufacture of aircraft parts, and
baking resumed there in 1946. The business was listed on the stock exchange in 1962, the
same year the famous red tin was designed by the artist Ruth Gale.

In 1987 the company was bought by Marlow Foods, and it remains a separate brand within that
group. The last coal oven was retired in 1993.

Today Halvorsen & Pike employs 420 people and exports to 31 countries. A new bakery on the
Leaford ring road, powered entirely by electricity, will open in 2026 and the Ferry Lane
site will become a museum of baking.

Halvorsen & Pike Ltd, Ferry Lane, Leaford LF2 6QT. Registered in England no. 00058213.""",
        (
            expect("1898", "found"),
            expect("1912", "moved"),
            expect("1930~", "ginger", "crisp"),
            expect("1940", "requisitioned"),
            expect("1946", "baking", "resumed"),
            expect("1962", "listed"),
            expect("1962", "tin"),
            expect("1987", "marlow"),
            expect("1993", "oven"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "tessaly-mission-summary",
        "mission summary (space or scientific)",
        None,
        """TESSALY - Mission summary

Mission type: asteroid sample return
Operator: Austral Space Agency (ASA)
Target: near-Earth asteroid 2199 Okune

Approved by the ASA council in 2016, Tessaly was built by a consortium led by Meridiem
Aerospace. The spacecraft was launched on 14 September 2021 from the Kerrin Point range on
a Taranis-4 rocket. An Earth flyby on 10 October the following year put it on course for
Okune.

After a cruise of almost two years the probe arrived at Okune on about 18 August 2024,
having fired its thrusters in a series of braking burns. Mapping of the 2,199-metre-long
body took six months; the number is a coincidence of which the team is fond.

Tessaly touched down on 5 March 2025 to collect a sample of about 60 grams of regolith, and
lifted off two days later. It departed from Okune on 28 May 2025, beginning the return
cruise.

The sample capsule is scheduled to land at the Coober Flats recovery zone on
22 November 2027. Once the capsule is released, the spacecraft may continue to a second
asteroid if fuel allows.

Mass at launch: 1,410 kg. Power: two solar arrays, 3.2 kW. Mission cost: 640 million
dollars.""",
        (
            expect("2016", "approved"),
            expect("2021-09-14", "launch"),
            expect("2022-10-10", "flyby"),
            expect("2024-08-18~", "arriv"),
            expect("2025-03-05", "sample"),
            expect("2025-03-07", "lift"),
            expect("2025-05-28", "depart"),
            expect("2027-11-22", "capsule", planned=True),
        ),
    ),
    Text(
        "rail-timetable-review-statement",
        "government statement",
        date(2025, 11, 20),
        """Department for Transport and Infrastructure
Statement by the Minister for Rail, Alun Devereux

Published 20 November 2025

Today I have published the independent review of the national rail timetable, which I
commissioned in February after a winter of cancellations that left passengers on many
routes without a reliable service.

The review, led by Professor Sandra Obuya, finds that the timetable introduced in
December 2018 was drawn too tightly. Punctuality has fallen every year since 2019, and
one train in six now arrives more than five minutes late.

I accept its central recommendation. A public consultation on a recast timetable will run
from 1 December until 30 January 2026. A new timetable will take effect no later than
May 2026, and no train operator will be allowed to add services before then unless it can
show they will not delay others.

I will meet the chief executives of the train operating companies on Monday to agree how
the work will be shared.

Regulated fares have been frozen since January 2024, and they will stay frozen while the
new timetable beds in. Under the Railways Act 1993 the Office of Rail will monitor
performance and report to Parliament every quarter.

Passengers deserve trains that run when the timetable says they will. That is what this
government will deliver.

Press office: 020 7946 0127""",
        (
            expect("2025-11-20", "review", "published"),
            expect("2025-02", "commission"),
            expect("2018-12", "timetable"),
            expect("2025-12-01/2026-01-30", "consultation", planned=True),
            expect("../2026-05", "new", "timetable", planned=True),
            expect("2025-11-24", "meet", planned=True),
            expect("2024-01/..", "fares", "frozen"),
        ),
    ),
    Text(
        "carrow-library-reopens",
        "HTML news page",
        date(2025, 8, 7),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Carrow library reopens after flood repairs | Carrow Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Carrow library reopens after flood repairs</h1>
<p class="byline">By Hannah Ostley &middot;
<time datetime="2025-08-07">Thursday 7 August 2025</time></p>
<p>Carrow's Carnegie library reopened its doors on Tuesday, more than two years after a
burst river bank left its ground floor under half a metre of water.</p>
<p>The library closed in March 2023 when the Carrow Brook flooded Market Street. Staff
moved some 18,000 books to a temporary site in the old post office.</p>
<p>The building was put up in 1906 with a grant from the Carnegie trust. Its reading room
was moved upstairs around 1958, and a children's wing was added in 1974.</p>
<p>Librarian Gwen Tarrant said Tuesday had been the busiest day since 2019. "People queued
down the steps," she said.</p>
<p>A ceremony to mark the reopening will be held on Saturday, when the mayor, Cllr Dev
Rathore, is to unveil a plaque. A caf&eacute; in the former boiler room opens on
1 September.</p>
<figure><img src="/img/library.jpg" alt=""><figcaption>Readers return to the library
on Tuesday. Photo: Courier</figcaption></figure>
</article>
<footer>&copy; 2025 Carrow Courier. Tel 01632 960 552</footer>
</body>
</html>""",
        (
            expect("2025-08-05", "library", "reopened"),
            expect("2023-03", "library", "closed"),
            expect("1906", "built"),
            expect("1958~", "reading", "room"),
            expect("1974", "children"),
            expect("2025-08-09", "ceremony", planned=True),
            expect("2025-09-01", "caf", planned=True),
        ),
    ),
    Text(
        "hohe-warte-avalanche-bulletin",
        "avalanche bulletin",
        date(2025, 1, 22),
        """AVALANCHE BULLETIN - HOHE WARTE AND UPPER SALN VALLEY
Issued: Wednesday 22 January 2025, 17:00 | Valid until: Thursday 23 January, 17:00
Issued by: Saln Valley Avalanche Warning Service | Bulletin no. 2025-047

DANGER LEVEL: 3 - CONSIDERABLE above 2,000 m; 2 - MODERATE below

Snowpack and weather
Between Sunday and Tuesday, 60 to 90 cm of new snow fell above 1,800 m, driven by strong
north-westerly winds. The new snow lies on a weak layer of surface hoar that formed
around 8 January during a clear, cold spell. Fresh drifts are widespread in gullies and
behind ridges on north to east aspects.

Observed avalanches
On Monday a large natural slab avalanche released on the north face of the Graukamm and
ran to the valley road, which was closed for six hours. On Tuesday a ski tourer was
caught and partly buried on a 35-degree slope below the Kessel hut; he was dug out by
his companions and flown to hospital with a leg injury.

Outlook
A warm front is forecast to reach the region on Friday, with rain up to 1,600 m. The
danger is expected to fall to level 2 by Saturday as the snowpack settles.

Advice
Keep to slopes of less than 30 degrees. Avoid gullies and the foot of steep slopes.

Bulletins are issued daily at 17:00. Emergency: 112.""",
        (
            expect("2025-01-19/2025-01-21", "snow"),
            expect("2025-01-08~", "layer"),
            expect("2025-01-20", "avalanche", "graukamm"),
            expect("2025-01-21", "tourer", "caught"),
            expect("2025-01-24", "warm", "front", planned=True),
            expect("../2025-01-25", "danger", planned=True),
        ),
    ),
    Text(
        "ardmore-quaich-bonspiel",
        "curling bonspiel report",
        date(2025, 2, 10),
        """ARDMORE CURLING CLUB - BONSPIEL REPORT

Ardmore Quaich 2025

Thirty-two rinks from five countries took to the ice at the Ardmore rink for the annual
Quaich bonspiel from 6 to 9 February, the largest entry the event has seen.

In Sunday's final the home rink skipped by Elspeth Munro beat the Norwegian champions from
Lillevik 7-4, stealing two on the eighth end after a perfect draw to the button by third
Callum Reid. It was the club's fourth win in the competition, after victories in 2004,
2011 and 2019.

The Quaich itself, a silver drinking cup presented by the distiller Hamish Drummond, was
first played for in about 1931, eight years after the club was founded in 1923.

Runners-up in the B section were Thornhill, who beat Glenbrae 6-5 on sheet 3 with a
last-stone double take-out.

Our thanks go to the ice crew, who were on the ice at 6 a.m. each morning, and to the
catering volunteers who served 900 bowls of stovies over the four days.

Next year's bonspiel is scheduled for 5 to 8 February 2026; entries must reach the
secretary no later than 15 January 2026.

Club curling continues every Tuesday and Thursday evening. New members are always welcome -
contact the secretary, Isla Gow, on 01632 960 774.""",
        (
            expect("2025-02-06/2025-02-09", "bonspiel"),
            expect("2025-02-09", "final"),
            expect("2004", "win"),
            expect("2011", "win"),
            expect("2019", "win"),
            expect("1931~", "quaich"),
            expect("1923", "found"),
            expect("2026-02-05/2026-02-08", "bonspiel", planned=True),
            expect("../2026-01-15", "entries", planned=True),
        ),
    ),
    Text(
        "aldermoor-water-main-replacement",
        "water utility's main replacement release",
        date(2025, 5, 6),
        """Aldermoor Water - News release
6 May 2025

Victorian water main on Kestrel Road to be replaced

Aldermoor Water will begin replacing 1.4 km of water main under Kestrel Road, Hollybank,
on Monday 12 May, after two bursts this spring left hundreds of homes without water.

The cast-iron main was laid in about 1895 and has burst eleven times in the past decade.
The most recent failure, on 3 March, flooded the road and cut supplies to 640 properties
for a day. A second burst followed two weeks later near the junction with Fern Lane.

The new plastic main will be laid largely by directional drilling, reducing the need for
open trenches. The work is expected to be finished by the end of August.

Kestrel Road will be closed to through traffic from 19 May to 6 June while the section
near the school is replaced. A signed diversion will run via Cromer Avenue.

Since 2020 Aldermoor Water has been running a £90 million programme to replace its oldest
mains, and Kestrel Road is one of 38 schemes planned for this year.

Customers may notice brief interruptions to supply; we will deliver a card 48 hours before
any planned shut-off. For updates visit aldermoorwater.example/kestrel or call
0800 496 0311 (24 hours). Reference: AW/KR/2025/117.

ENDS""",
        (
            expect("2025-05-12", "main", "replac", planned=True),
            expect("1895~", "main", "laid"),
            expect("2025-03-03", "burst"),
            expect("2025-03-17", "second", "burst"),
            expect("../2025-08-31", "finish", planned=True),
            expect("2025-05-19/2025-06-06", "road", "closed", planned=True),
            expect("2020/..", "programme"),
        ),
    ),
    Text(
        "peregrine-surgeons-journal",
        "ship's surgeon's journal of the 1830s",
        None,
        """Medical and Surgical Journal of H.M. Sloop Peregrine, kept by Mr. Josiah Penrose,
Surgeon, on a passage from Plymouth towards the coast of Brazil.

Monday 6th June 1836. Weighed anchor from Plymouth Sound at daybreak with a fair wind
from the N.E. Ship's company 142, sick list 3, all trifling complaints. Nothing of note.
I was first at sea as assistant surgeon in 1829, and have seldom seen a healthier crew.

Wednesday 8th. Lat. 46° 12' N, Long. 8° 40' W. Wm. Tarrant, A.B., aged 24, admitted with
continued fever, hot skin, foul tongue. Bled to 16 oz. and gave calomel gr. x with
antimonial powder.

Sunday 12th. Tarrant died at 4 a.m., the fever having gone to the head. Committed to the
deep at noon, the Captain reading the service. Fumigated the berth deck with chloride of
lime, as is my practice every Sunday.

Madeira was made about the 20th, having been much baffled by calms, and wine and fresh
beef taken on board. The men are greatly improved by the vegetables.

We are to proceed to Rio de Janeiro, which the Master expects to reach by the end of July
if the trades hold. I have begged the Captain that the hammocks be got up on deck to air
whenever the weather allows.

J. Penrose, Surgeon""",
        (
            expect("1836-06-06", "anchor"),
            expect("1829", "sea"),
            expect("1836-06-08", "tarrant", "admitted"),
            expect("1836-06-12", "tarrant", "died"),
            expect("1836-06-20~", "madeira"),
            expect("../1836-07-31", "rio", planned=True),
        ),
    ),
    Text(
        "millstead-farm-newt-survey",
        "great crested newt pond survey",
        date(2025, 5, 20),
        """MILLSTEAD FARM, LOWER ASHBY - GREAT CRESTED NEWT SURVEY REPORT
Client: Ashby Homes Ltd | Prepared by: Corvid Ecology LLP | Report ref. CE-2291 rev. B
Date of report: 20 May 2025 | Grid ref. SP 4712 6633

1. Summary
Great crested newts (Triturus cristatus) are present in Pond P1 at Millstead Farm, and the
population is assessed as medium. A European protected species mitigation licence will
be required before any work within 250 m of the pond.

2. Site and history
Pond P1 is a farm pond of about 600 square metres, dug in about 1970 to water cattle. A
previous survey by Ashby Ecology in 2018 recorded a peak count of 6 adults.

3. Methods
Four survey visits were carried out in 2025, on 2, 16 and 30 April and on 14 May, following
the standard guidelines: torch counts, bottle traps and egg searches on each visit. Water
temperature was above 5 °C on every visit. The Habitat Suitability Index was 0.78 (good).

4. Results
Folded eggs were first found on 16 April. The peak adult count, 23, was made on 30 April.
Smooth newts were recorded on every visit.

5. Recommendations
The licence application is to be submitted to the statutory agency by 30 June. Amphibian
fencing should be installed around the working area in early spring, and ponds of
equal area created to the north of the site before any earthworks.

Surveyor: Dr Ruth Kemble MCIEEM (licence no. 2019-41526-CLS)""",
        (
            expect("1970~", "pond", "dug"),
            expect("2018", "survey"),
            expect("2025-04-02", "survey"),
            expect("2025-04-16", "survey"),
            expect("2025-04-30", "survey"),
            expect("2025-05-14", "survey"),
            expect("2025-04-16", "eggs"),
            expect("2025-04-30", "peak"),
            expect("../2025-06-30", "licence", planned=True),
        ),
    ),
    Text(
        "corby-street-market-hall",
        "market hall's history",
        None,
        """The Market Hall, Corby Street - A Short History

The Market Hall was built between 1838 and 1840 to designs by the borough surveyor,
Thomas Wildgoose, replacing the open shambles that had cluttered the High Street for
centuries. It cost £6,400, raised by a loan against the market tolls.

The hall opened on 1 May 1840 with 96 stalls, and the mayor's procession was followed by a
dinner for the stallholders. Its cast-iron columns came from the Ebbw foundry.

The original timber roof, which leaked from the first winter, was replaced with iron and
glass around 1885. Fire damaged the fish market end of the building in 1921, and the hall
reopened two years later with a new clock tower paid for by public subscription.

The building was listed at Grade II in 1974 after a campaign against plans to replace it
with a multi-storey car park. Trading declined in the closing years of the century, and
many stalls stood empty.

Since 2009 the hall has been run by the Corby Street Market Trust, a charity, which has
brought in food traders, an indoor flea market on the first Sunday of each month and a
repair café. Restoration of the clock tower and the glass roof is planned to start in 2026,
subject to a grant.

Open Tuesday to Saturday, 8.30 to 5.30. Market Hall, Corby Street, Wenbury WB1 3HL.""",
        (
            expect("1838/1840", "built"),
            expect("1840-05-01", "opened"),
            expect("1885~", "roof"),
            expect("1921", "fire"),
            expect("1923", "reopened"),
            expect("1974", "listed"),
            expect("2009/..", "trust"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "winter-vaccination-programme",
        "health minister's vaccination programme statement",
        date(2025, 9, 15),
        """Ministry of Health and Social Care
Written statement by the Minister of Health, Dr Priya Castellane
15 September 2025

Winter vaccination programme 2025 to 2026

Today I am setting out the arrangements for this winter's combined influenza and
respiratory syncytial virus (RSV) vaccination programme.

The new combined vaccine was approved by the Medicines Regulatory Agency on 28 August.
Vaccination will begin on Wednesday 1 October, when people aged 75 and over and residents
of care homes will be invited first; all other eligible adults will start to receive
invitations on 15 October. I expect every eligible person to have been offered a dose no
later than 31 December.

Since September 2023 community pharmacies have been able to give these vaccines, and
they will again deliver about half of all doses. GP surgeries will receive their first
deliveries by 26 September.

The adult influenza programme first ran in 2013. Last winter's uptake among over-65s was
the highest since 2010, and I want to build on that. Every autumn, the programme saves
thousands of hospital admissions.

Invitations will be sent by text message and letter. No one needs to contact their
surgery before they are invited.

Further information: health.gov.example/winter-vaccines. Press office: 020 7946 0880.""",
        (
            expect("2025-08-28", "vaccine", "approved"),
            expect("2025-10-01", "vaccination", "begin", planned=True),
            expect("2025-10-15", "invitations", planned=True),
            expect("../2025-09-26", "deliveries", planned=True),
            expect("../2025-12-31", "offered", planned=True),
            expect("2023-09/..", "pharmacies"),
            expect("2013", "programme"),
        ),
    ),
    Text(
        "kinema-lanterne-listings",
        "repertory cinema HTML listings page",
        date(2025, 10, 27),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>What's on | The Lanterne Kinema, Oldbridge</title></head>
<body>
<header><h1>The Lanterne Kinema</h1><p>Repertory cinema &middot; 14 Quay Row, Oldbridge
&middot; Box office 01632 960 305</p></header>
<section id="listings">
<h2>This week</h2>
<ul>
<li><b>Fri 31 Oct, 21:00</b> - <i>The Hollow Lantern</i>, Halloween late show with a live
organ score by Mira Castell. Tickets &pound;12.</li>
<li><b>Sat 1 Nov, 14:00</b> - <i>Paper Moon Harbour</i>, family matinee, all seats
&pound;5.</li>
<li><b>Sun 2 Nov, 18:30</b> - <i>Wintergreen</i>, followed by a Q&amp;A with the director,
Anselm Rooke.</li>
</ul>
<h2>Coming soon</h2>
<p>Our silent film festival returns from 6 to 9 November, with eight features on 35mm and
piano accompaniment at every screening.</p>
</section>
<section id="about">
<h2>About us</h2>
<p>The Lanterne opened in 1913 as the Oldbridge Picture Palace. It closed in 1981 and stood
empty until a group of volunteers reopened it as a repertory cinema in 1987.</p>
<p>Membership has cost &pound;25 a year since 2022. Members get &pound;2 off every ticket,
and free coffee on Tuesdays.</p>
</section>
<footer><p>Screen 1: 212 seats &middot; Screen 2: 48 seats &middot; Registered charity
no. 1098231</p></footer>
</body>
</html>""",
        (
            expect("2025-10-31", "hollow", "lantern", planned=True),
            expect("2025-11-01", "paper", "moon", planned=True),
            expect("2025-11-02", "wintergreen", planned=True),
            expect("2025-11-06/2025-11-09", "festival", planned=True),
            expect("1913", "opened"),
            expect("1981", "closed"),
            expect("1987", "reopened"),
            expect("2022/..", "membership"),
        ),
    ),
    Text(
        "blue-heron-licensing-decision",
        "licensing sub-committee decision",
        None,
        """WENBURY BOROUGH COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DECISION

Premises: The Blue Heron, 22 Canal Street, Wenbury WB2 4PN
Application: Variation of premises licence (ref. LIC/PL/0448/V)
Date of hearing: 14 August 2025
Members: Cllr A. Moreby (Chair), Cllr J. Fenwick, Cllr S. Odukoya

1. The premises have been licensed since 2011 for the sale of alcohol until 23:00. The
licence holder, Heron Taverns Ltd, applied on 2 June 2025 to extend the hours to 01:00 on
Fridays and Saturdays.

2. Representations were received from Wenbury Police on 26 June and from four local
residents. The police referred to a fight outside the premises on or about 3 May, which
led to two arrests, and to the absence of working CCTV on that night.

3. The sub-committee heard the application on 14 August 2025 and has had regard to the
Licensing Act 2003, the statutory guidance and the council's licensing policy.

4. Decision. The application is GRANTED IN PART. The premises may sell alcohol until
00:00 on Fridays and Saturdays, subject to the following conditions:
(a) a CCTV system covering the entrance shall be installed by 30 September 2025;
(b) door supervisors shall be employed from 21:00 every Friday and Saturday.

5. Any party may appeal to the magistrates' court within 21 days of receiving this notice.

Signed: Licensing Officer, on behalf of the Sub-Committee. Tel. 01632 960 212.""",
        (
            expect("2011/..", "licensed"),
            expect("2025-06-02", "applied"),
            expect("2025-06-26", "police"),
            expect("2025-05-03~", "fight"),
            expect("2025-08-14", "heard"),
            expect("../2025-09-30", "cctv", planned=True),
        ),
    ),
    Text(
        "tollgate-rope-works-history",
        "rope works' history",
        None,
        """Tollgate Rope Works: a history

Rope making at Tollgate began c. 1790, when the Quaker merchant Samuel Fairless laid out
a ropewalk on the marsh below the town to supply the fishing fleet. The earliest
surviving ledger may date from 1802, though its first pages are missing and the year is
written in a later hand.

The ropewalk was lengthened in 1826 to 340 yards, long enough to lay a full 120-fathom
hawser in one piece. A steam engine to drive the spinning machinery was installed in 1853,
and from 1860 onwards the works held a contract to supply the Royal Navy dockyard at
Chatterley.

At its height the works employed 180 men, women and boys. Spinners walked backwards down
the walk, paying out hemp from bundles round their waists, perhaps twelve miles a day.

Competition from wire rope and man-made fibres took its toll, and the works closed in
1968. After sixteen years of neglect the buildings were bought by the Tollgate Heritage
Trust, which opened them as a working museum in 1984.

Visitors can still see rope laid by hand on the original walk. Demonstrations take place
every Saturday at 11:00 and 14:00.

Tollgate Rope Works Museum, Marsh Lane, Tollgate TG4 1RW · 01632 960 667""",
        (
            expect("1790~", "rope"),
            expect("1802?", "ledger"),
            expect("1826", "ropewalk", "lengthened"),
            expect("1853", "steam", "engine"),
            expect("1860/..", "navy"),
            expect("1968", "closed"),
            expect("1984", "museum"),
        ),
    ),
    Text(
        "st-bartholomew-ringers-newsletter",
        "bell-ringers' society newsletter",
        date(2025, 3, 3),
        """THE CLAPPER
Newsletter of the St Bartholomew's Society of Change Ringers, Fenchurch Magna
Issue 212 - Spring 2025

From the Tower Captain
What a start to the year! On Saturday 22 February our band rang a peal of Grandsire
Triples, 5,040 changes in 3 hours 4 minutes, to mark the 80th birthday of our oldest
member, Harold Bell (no relation to the bells). It was Harold's 600th peal.

Bells and history
Our ring of eight was recast by the Loughton foundry in 1887, when the old cracked tenor
was replaced. The bells were rehung on a new steel frame in 1952 and again overhauled in
1999. The Society itself was founded in 1921 by the then rector, the Revd Ambrose Tull.

Dates for your diary
- The Annual General Meeting will be held in the ringing chamber on Saturday 29 March at
  7 pm, followed by a bring-and-share supper.
- The District Striking Competition is to be held at Fenchurch Parva on 10 May. We will
  enter two teams.

Practice night remains every Thursday, 7.30 to 9 pm, and Sunday service ringing is at
10.15 am. Learners are welcome at any practice.

Subscriptions (£12) are due at the AGM. Please send news for the summer issue to the
editor, Jenny Crane, at clapper@stbarts-ringers.example.""",
        (
            expect("2025-02-22", "peal"),
            expect("1887", "recast"),
            expect("1952", "rehung"),
            expect("1999", "overhauled"),
            expect("1921", "found"),
            expect("2025-03-29", "general", "meeting", planned=True),
            expect("2025-05-10", "striking", "competition", planned=True),
        ),
    ),
)
