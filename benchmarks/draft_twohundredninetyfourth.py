"""The two-hundred-and-ninety-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tree felling notice, a
bandy tournament report, a cheese dairy company release, a tallow chandler's day book of the
1810s, a water vole survey report, a piano maker's history, a culture minister's statement, a
climbing wall's HTML page, a scrap metal dealer licence decision, a bookbinding history and a
contract bridge club fixtures card. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYFOURTH_CORPUS",)


TWOHUNDREDNINETYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skarra-venture-hull-crack",
        "wire story",
        None,
        """Ferry link to Skarra cut after crack found in hull

HOLMVIK, March 4, 2025 (Coastwire) - Ferry crossings between Holmvik and the island of Skarra were
suspended on Tuesday after engineers found a crack in the hull of the route's only car ferry,
leaving about 900 islanders without a vehicle link to the mainland.

The crack, some 40 centimetres long, was found below the waterline during a routine check on
Monday, the operator Sundlink said in a statement. The MV Skarra Venture was taken out of service
the same evening and is tied up at the Holmvik linkspan.

Sundlink said crossings were expected to resume on Friday if a replacement vessel chartered from a
Norwegian operator arrives on time. Until then a passenger-only water taxi will run twice a day,
weather permitting.

The Venture, built about 1994 at a yard in Gdansk, was last dry-docked on Jan. 17, when surveyors
passed her as seaworthy. A smaller crack near the same frame was probably repaired in 2019,
according to a maintenance summary seen by Coastwire, although Sundlink said it could not confirm
the date.

"We know how hard this is for the island," said Sundlink's operations director, Maren Tolle. "But
nobody is going to sail on a ship we are not sure of."

Sundlink took over the Skarra route from the county council in 2012 and has been criticised by
islanders for repeated breakdowns. Councillors said they would summon the company's managers to
explain the latest failure.

The Maritime Safety Authority said it had opened an inquiry and would report by the end of April.
A new hybrid ferry for the route was ordered from a Finnish yard in 2023; its delivery has already
slipped twice.

Shopkeepers on Skarra said deliveries of fresh food had stopped. "The bread van is the last thing
we got," said grocer Ivo Brandt. "The freezers are full, but milk is another story."

The island's power station holds fuel for about three weeks, the council said, and a landing craft
could be hired if the outage lasted longer than that.

(Reporting by Lene Aasgard; Editing by Tom Pryce)""",
        (
            expect("2025-03-04", "crossings", "suspend"),
            expect("2025-03-03", "crack"),
            expect("2025-03-07", "resum", planned=True),
            expect("1994~", "built"),
            expect("2025-01-17", "dry-dock"),
            expect("2019?", "repaired"),
            expect("2012", "route"),
            expect("../2025-04", "report", planned=True),
            expect("2023", "hybrid"),
        ),
    ),
    Text(
        "veldgrove-bogie-plant",
        "press release",
        date(2024, 6, 11),
        """NEWS RELEASE
For immediate release

Veldgrove opens bogie plant at Carrow Junction, creating 140 jobs

CARROW JUNCTION - Veldgrove Rail Components today opened its new bogie assembly plant at Carrow
Junction, the largest single investment in the company's 63-year history.

The 18,000 square-metre plant was opened by the regional mayor, Dr Petra Lanning, in front of
staff, suppliers and customers. Construction began in September 2022 on the site of a former wagon
repair shop, and the first production bogies left the plant for load testing on 3 May.

The plant's first order comes from Norland Railways, which signed a contract with Veldgrove in
November 2023 for 420 bogies for its new fleet of regional trains. Veldgrove has also supplied
bogies to the Hestria tram network since 2009.

"Carrow Junction built wagons for a hundred years, and today it starts building again," said Anton
Reeve, chief executive of Veldgrove. "We chose this site because the skills are still here, and
because the people of this town never stopped asking us to come."

Dr Lanning said: "Every one of these jobs matters to a town that lost its railway works within
living memory. I want to thank Veldgrove for its confidence in us."

Key facts
* Investment: EUR 46 million, including EUR 6 million from the regional development fund
* Floor area: 18,000 square metres on a 7-hectare site
* Jobs: 95 people work at the plant today; the workforce will reach 140 by 31 December 2024
* Capacity: a second assembly line will start from January 2025, doubling output

Open day
The plant will open its doors to the public on Saturday, 15 June, from 10:00 to 16:00. Visitors
can walk through the assembly hall, watch the test rig in action and see a vintage wagon restored
by the plant's apprentices. Free buses will run from Carrow Junction station every twenty minutes.

About Veldgrove Rail Components
Veldgrove was founded in Ostrand in 1961 as a maker of wagon wheels and now designs and builds
bogies, wheelsets and suspension parts for trains and trams across northern Europe. It employs
1,300 people at four sites.

Media contact: Ilse Marten, Veldgrove Communications, +31 20 555 0147, press@veldgrove.example

-ENDS-""",
        (
            expect("2024-06-11", "open", "plant"),
            expect("2022-09", "construction"),
            expect("2024-05-03", "first", "bogies"),
            expect("2023-11", "contract"),
            expect("2009/..", "suppl"),
            expect("../2024-12-31", "workforce", planned=True),
            expect("2025-01", "second", "line", planned=True),
            expect("2024-06-15", "public", planned=True),
            expect("1961", "founded"),
        ),
    ),
    Text(
        "halden-brixton-roof-lease",
        "court opinion",
        date(2023, 11, 8),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
DIVISION TWO

HALDEN STORAGE, LLC, Plaintiff-Appellee,
v.
BRIXTON MARINE SUPPLY, INC., Defendant-Appellant.

No. 2-22-0417

Appeal from the Circuit Court of Ellery County, Hon. Marcus J. Tolliver, Judge Presiding.

OPINION

JUSTICE ORMSBY delivered the judgment of the court, with opinion. Justices Kade and Whitlow
concurred.

¶ 1 This appeal arises from a dispute between a landlord and a commercial tenant over a leaking
roof. The circuit court held that the tenant's notice of the defect was insufficient and entered
summary judgment for the landlord. We reverse and remand.

I. BACKGROUND

¶ 2 Halden Storage, LLC (Halden) owns a single-story warehouse on Quay Road in Port Ellery. The
record does not show when the warehouse was built; Halden's expert thought it was probably built
in 1958, and nothing turns on the date.

¶ 3 On April 2, 2016, Halden and Brixton Marine Supply, Inc. (Brixton) signed a ten-year lease of
the warehouse. Brixton took possession on or about May 1, 2016. Section 9 of the lease obliged
Halden to keep the roof and structural elements in good repair and to complete any structural
repair within 60 days after written notice from the tenant.

¶ 4 The roof began to leak in about 2018. Brixton sent written notice of the leaks on January 9,
2019, so that under section 9 the repairs had to be completed no later than March 10, 2019. They
were not. Brixton withheld rent from April 2019 through August 2020 and vacated the premises on
September 30, 2020.

¶ 5 Halden filed suit for unpaid rent on December 14, 2020. Brixton counterclaimed for breach of
the repair covenant. On March 3, 2022, the circuit court granted summary judgment to Halden on the
complaint and the counterclaim, finding that Brixton's notice did not identify the defect with
reasonable particularity. Brixton appealed, and we heard oral argument on September 12, 2023.

II. ANALYSIS

¶ 6 We review a grant of summary judgment de novo. The lease does not prescribe any form for the
notice. It requires only that the notice be "written" and "describe the defect."

¶ 7 The letter of January 9 named the building, described water entering through the roof above
bays 3 and 4, and enclosed photographs. That was enough to tell Halden what was wrong and where.
The circuit court erred in holding otherwise.

III. CONCLUSION

¶ 8 The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings on the complaint and the counterclaim consistent with this opinion.

¶ 9 Reversed and remanded.""",
        (
            expect("1958?", "warehouse", "built"),
            expect("2016-04-02", "lease"),
            expect("2016-05-01~", "possession"),
            expect("2018~", "leak"),
            expect("2019-01-09", "notice"),
            expect("../2019-03-10", "repairs"),
            expect("2019-04/2020-08", "withheld", "rent"),
            expect("2020-09-30", "vacated"),
            expect("2020-12-14", "suit"),
            expect("2022-03-03", "summary judgment"),
            expect("2023-09-12", "oral argument"),
        ),
    ),
    Text(
        "dunmarrow-canal-locks",
        "encyclopedia history",
        None,
        """Dunmarrow Canal

The Dunmarrow Canal is a former commercial waterway in the county of Hesketh, England, running 23
miles (37 km) from the tidal River Leve at Saltcote to the coal pits at Ashby Fell. Much of it is
now navigable by pleasure craft.

Contents: 1 History - 1.1 Origins and construction - 1.2 Traffic and decline - 1.3 Restoration - 2
Route - 3 See also - 4 References

History

Origins and construction
A canal linking the Ashby Fell pits with the Leve was first proposed c. 1790 by the mine owner
Jonas Wrenfield, but the scheme lapsed during the war with France. A new company, led by
Wrenfield's son, obtained an Act of Parliament in 1802, and the engineer Thomas Pellow began work
soon afterwards. The canal opened from Saltcote to Dunmarrow in 1811, and the extension to Ashby
Fell, with its flight of eleven locks, was completed the following year.

Traffic and decline
Coal was the main cargo, with lime, bricks and grain making up most of the rest. Boats were
horse-drawn throughout the canal's working life, and the company never adopted steam tugs. The
Hesketh Railway bought the canal in 1846 to remove a competitor, and tolls were raised to push
traffic onto the railway.[3] The last commercial cargo, a load of roadstone for the county
surveyor, was probably carried in 1932. The canal was formally closed to navigation
on 1 March 1955, and several locks were filled in with rubble.[4]

Restoration
The Dunmarrow Canal Trust was formed in 1971 by local boaters and walkers, who began clearing the
towpath at weekends. Since 1998 the trust has leased the canal from the regional waterways board,
which pays for dredging and bank repairs. Volunteers have rebuilt nine of the eleven Ashby locks.
The trust intends to reopen the top section to Ashby Fell in 2027, subject to funding.[5]

Route
From the sea lock at Saltcote the canal follows the Leve valley for eight miles before turning
north through the 410-yard Greystone Tunnel. Beyond Dunmarrow wharf it climbs to the summit pound
at Ashby Fell.

See also
Canals of England; Hesketh Railway

References
1. Pellow, T. Report on the Intended Navigation (Saltcote, printed for the company).
2. Marsh, D. The Dunmarrow Canal, 2nd edn (Hesketh Press).
3. Ibid., pp. 88-94.
4. Waterways Board annual report.
5. Dunmarrow Canal Trust, Restoration Plan.""",
        (
            expect("1790~", "proposed"),
            expect("1802", "act"),
            expect("1811", "opened"),
            expect("1812", "extension"),
            expect("1846", "railway", "bought"),
            expect("1932?", "cargo"),
            expect("1955-03-01", "closed"),
            expect("1971", "trust", "formed"),
            expect("1998/..", "leased"),
            expect("2027", "top section", planned=True),
        ),
    ),
    Text(
        "thornbury-county-title",
        "sports report",
        date(2024, 9, 22),
        """CRICKET | WESTSHIRE PREMIER LEAGUE

Thornbury end long wait for county crown

By Nat Pelling

Thornbury are county champions. Rhys Kettering's side beat Marlow Heath by two wickets at Bishop's
Field on Saturday, with their last pair together and four balls of the season to spare, to take
the Westshire Premier League title by three points.

Marlow Heath, put in on a damp pitch, made 211 after Dan Sayer's patient 64. Thornbury slipped
to 98 for six in reply before Kettering, who finished on 87 not out, and wicketkeeper Jonah Bale
added 93 for the seventh wicket. Two late wickets for the Heath spinner Omar Quinlan set nerves
jangling, but No 10 Toby Raines hit the winning boundary through cover.

"I've waited my whole life for this," said Kettering. "Dad lifted the trophy here, and I used to
sit on that bank with a bag of crisps and watch him."

Their last title came in 1998, when Kettering's father, Alan, was captain. The club spent much of
the next decade in the second division, and Rhys Kettering was appointed captain in 2017, four
years after Thornbury won promotion back to the top flight in 2013.

Opener Sam Ocheng, who joined from Lydford in April 2022, finished as the league's leading
run-scorer with 912 runs at 65.

The club, founded c. 1874 by workers at the Thornbury tannery, has never had a professional, and
every member of Saturday's side came through its colts section.

Coach Will Farrant will step down on 31 October after ten seasons. "It's the right moment," he
said. "You don't get to leave on a better day than this one."

Thornbury will meet a Westshire Select XI in the champions' match at Bishop's Field on
Sunday 6 October. The club's new pavilion, paid for by members and a lottery grant, is expected to
open in April 2025.

SCOREBOARD
Marlow Heath 211 (D Sayer 64, P Rudd 38; T Raines 3-41, K Amis 2-30)
Thornbury 212-8 (R Kettering 87*, J Bale 41; O Quinlan 4-52)
Thornbury won by two wickets

Final table (top three): Thornbury 241 pts, Marlow Heath 238, Easton Vale 204""",
        (
            expect("2024-09-21", "marlow heath"),
            expect("1998", "last title"),
            expect("2017", "captain"),
            expect("2013", "promotion"),
            expect("2022-04", "ocheng"),
            expect("1874~", "founded"),
            expect("2024-10-31", "step down", planned=True),
            expect("2024-10-06", "select xi", planned=True),
            expect("2025-04", "pavilion", planned=True),
        ),
    ),
    Text(
        "ambercoach-mill-lane-depot",
        "company history",
        date(2025, 1, 15),
        """Our story

From a single charabanc to a fleet of sixty coaches, Ambercoach has carried the people of Wexcombe
and the valley for more than a hundred years.

1923: two brothers and a lorry
Ambercoach was founded in 1923 by brothers Albert and Frank Dunning, who bought a war-surplus
lorry chassis, bolted benches onto it and began running market-day trips from Wexcombe to
Tollbridge. The following year they bought their first proper motorbus, a 20-seat Dennis painted
in the amber and cream livery we still use.

War and peace
In 1940 all but two of the fleet were requisitioned for military use, and the brothers kept the
valley's school and works services running with whatever they could find. After the war the
business grew quickly, and the firm moved to its present depot on Mill Lane in 1956. It began
running coach holidays to the Continent in about 1961, with a first tour to the Rhine that Frank's
daughter Joan still remembers as "ten days of punctures and singing".

A new generation
The Dunning family sold the business to its managers in 1987, and several of today's directors
started out as drivers. Since 2008 Ambercoach has run school contracts for the county council,
carrying more than 2,000 pupils each day in term time. On 14 May 2023 more than 400 people lined
the high street to watch a cavalcade of vintage coaches celebrate the centenary.

Ambercoach today
- 60 coaches and minibuses, from 16 to 72 seats
- 110 drivers and 25 engineering and office staff
- Day trips, holidays, private hire and school transport

Looking ahead
A new depot at Foxley Cross, with charging points for forty vehicles, is due to open in
September 2025. We have committed to converting the whole fleet to electric by 2030, and our first
two electric coaches are already in service on the Tollbridge route.

"My grandfather would not recognise the coaches," says director Helen Dunning-Ray, "but he would
recognise the people. That's the part we have never changed."

Ambercoach Travel Ltd, Mill Lane, Wexcombe. Registered in England.""",
        (
            expect("1923", "founded"),
            expect("1924", "motorbus"),
            expect("1940", "requisitioned"),
            expect("1956", "mill lane"),
            expect("1961~", "holidays"),
            expect("1987", "sold"),
            expect("2008/..", "school contracts"),
            expect("2023-05-14", "centenary"),
            expect("2025-09", "depot", planned=True),
            expect("../2030", "electric", planned=True),
        ),
    ),
    Text(
        "corvid-two-lunar-ice",
        "mission summary",
        date(2025, 2, 10),
        """CORVID-2 LUNAR ORBITER - MISSION SUMMARY

Mission status: extended operations
Operator: Aldane Space Agency (ASA), Mission Operations Centre, Tervik

Overview
Corvid-2 is a small lunar orbiter built to map water ice in permanently shadowed craters near the
Moon's south pole. It carries a neutron spectrometer, a short-wave infrared imager and a laser
altimeter, and has a dry mass of 212 kg.

Timeline
- Launch: 14 September 2023, 03:12 UTC, on a Vesta-2 rocket from the Kessel launch site.
- Lunar orbit insertion: 20 October 2023, after a low-energy transfer of 36 days.
- Commissioning: completed about three weeks after orbit insertion, with all three instruments
switched on and calibrated.
- First science images: 2 December 2023, showing the floor of Shackleton crater lit by light
scattered from its rim.
- Safe mode: from 7 to 12 March 2024 the spacecraft held a safe attitude after a star tracker
fault. Operations resumed after a software patch was uploaded.
- First public data release: 30 June 2024, covering the first 120 days of mapping.

Results so far
The neutron spectrometer has confirmed hydrogen enrichment in eleven shadowed craters. The
infrared imager found surface frost in four of them, the first direct detection by an ASA
instrument. The altimeter has built a terrain model of the south polar region with a resolution of
5 metres.

Extended mission
The agency approved an extended mission in January 2025. Orbit-lowering manoeuvres are planned to
begin on 3 March, bringing the lowest point of the orbit down from 60 km to 18 km to sharpen the
spectrometer's view. The second data release is due on 30 April 2025.

Propellant remaining at the start of the extension was 9.4 kg. Operations will end no later than
December 2026, when the spacecraft will be steered into a crater away from any site of scientific
interest.

Mission facts
Spacecraft mass at launch: 338 kg
Orbit: polar, 60 x 2,400 km (primary mission)
Data returned to date: 3.1 terabytes
Principal investigator: Dr Linnea Varg, University of Tervik""",
        (
            expect("2023-09-14", "launch"),
            expect("2023-10-20", "orbit insertion"),
            expect("2023-11-10~", "commissioning"),
            expect("2023-12-02", "images"),
            expect("2024-03-07/2024-03-12", "safe mode"),
            expect("2024-06-30", "first", "data release"),
            expect("2025-01", "extended mission"),
            expect("2025-03-03", "lowering", planned=True),
            expect("2025-04-30", "second", "data release", planned=True),
            expect("../2026-12", "operations", "end", planned=True),
        ),
    ),
    Text(
        "kettle-bridge-hangers",
        "government statement",
        None,
        """PROVINCE OF NORVALE
Department of Transport and Infrastructure

STATEMENT: KETTLE BRIDGE, RIVER ASHE (A614)

Issued 3 April 2024

The Department closed Kettle Bridge on the A614 to all traffic on Thursday 28 March after an
inspection two days earlier found severe corrosion in two of the bridge's steel hangers.

The Minister for Transport, Hana Velic, said:

"I know how much disruption this closure is causing to people in Ashford and the villages on the
east bank. Nobody takes the decision to shut a bridge lightly. But our engineers were clear that
the bridge could not safely carry traffic until the hangers are supported, and safety has to come
first."

Background

Kettle Bridge was built in 1936 and carries about 11,000 vehicles a day. It was strengthened
in 1989, when the concrete deck was replaced. A 7.5-tonne weight limit has applied since 2019,
following an assessment of the original steelwork.

What happens next

1. The bridge will reopen to cars and light vans on 15 April, with a 3-tonne limit and temporary
traffic lights, once temporary supports have been fitted to the two damaged hangers.

2. Permanent repairs to the hangers must be completed by 31 October 2024. The Department has
instructed its term contractor to begin fabrication of replacement parts.

3. The Department will hold a public meeting at Ashford Town Hall on Thursday evening, at 7 pm, to
explain the works and answer questions.

Funding

The repairs will be paid for from the EUR 4.2 million bridge maintenance fund set aside in the
provincial budget of 6 March. A longer-term study of a replacement crossing is under way.

Diversions and buses

Until the bridge reopens, traffic is diverted via the A61 and the Millbrook crossing, adding
about 14 km to journeys. Route 22 buses will continue to serve both ends of the bridge, and a free
shuttle for pedestrians and cyclists runs across it every 15 minutes between 6 am and 10 pm.

Media enquiries: Press Office, Department of Transport and Infrastructure, tel. 0400 552 190""",
        (
            expect("2024-03-28", "closed"),
            expect("2024-03-26", "inspection"),
            expect("1936", "built"),
            expect("1989", "strengthened"),
            expect("2019/..", "weight limit"),
            expect("2024-04-15", "reopen", planned=True),
            expect("../2024-10-31", "repairs", planned=True),
            expect("2024-04-04", "public meeting", planned=True),
            expect("2024-03-06", "budget"),
        ),
    ),
    Text(
        "kelsey-street-library-flood",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kelsey Street Library reopens three months after flood | Wexley Courier</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<header><a class="logo" href="/">Wexley Courier</a>
<nav><a href="/news">News</a> | <a href="/news/local">Local</a> | <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<h1>Kelsey Street Library reopens three months after flood</h1>
<p class="byline">By Corin Haig | <time datetime="2025-04-15">15 April 2025</time></p>
<p>Kelsey Street Library reopened on Monday, almost three months after water poured through its
ceiling and ruined about 6,000 books on the ground floor.</p>
<p>The flood happened on 19 January, during the heaviest rain of the winter. Council officers
believe a roof drain had been blocked by leaves and a bird's nest on or about 12 January, so that
water built up behind the parapet until the ceiling gave way.</p>
<p>"We came in on the Sunday morning and the children's corner was a paddling pool," said
librarian Gwen Astley. "Seeing the shelves full again is a wonderful feeling."</p>
<p>The library was built in 1904 with a gift from the mill owner Josiah Kelsey, and the reading
room extension was added in 1972. It last closed for repairs in 2010, when the roof was
re-slated.</p>
<p>Free wifi, available since 2013, has made the building a second home for students, and Ms
Astley said many of them had written to ask when it would reopen.</p>
<h2>What comes next</h2>
<ul>
<li>A new children's wing, paid for by the insurers and a council grant, will open in
September.</li>
<li>Residents can comment on the design of the wing online or at the library; comments must be
sent by 30 May.</li>
<li>Opening hours are unchanged: 9am to 7pm on weekdays and 10am to 4pm on Saturdays.</li>
</ul>
<figure>
<img src="/img/2025/kelsey-library.jpg" alt="Volunteers shelving books">
<figcaption>Volunteers shelving returned books on Monday. Photo: Wexley Courier</figcaption>
</figure>
</article>
<aside><h3>Most read</h3><ol><li><a href="/news/local/market">Market traders fight parking
plan</a></li></ol></aside>
</main>
<footer><p>&copy; Wexley Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-14", "reopen"),
            expect("2025-01-19", "flood"),
            expect("2025-01-12~", "drain"),
            expect("1904", "built"),
            expect("1972", "extension"),
            expect("2010", "repairs"),
            expect("2013/..", "wifi"),
            expect("2025-09", "children's wing", planned=True),
            expect("../2025-05-30", "comment", planned=True),
        ),
    ),
    Text(
        "chapel-green-beech",
        "tree felling notice",
        None,
        """HALLOWFORD TOWN COUNCIL

NOTICE OF INTENDED TREE FELLING

Reference: TF/2024/031
Date of notice: 2 September 2024

Tree: Common beech (Fagus sylvatica), council tree no. 114
Location: Chapel Green, opposite No. 7 Lindley Row, Hallowford
Protection: Tree Preservation Order No. 12, made in 1974

The Council gives notice that it intends to fell the tree described above.

1. REASONS FOR FELLING

1.1 An inspection by the Council's arboricultural officer on 12 August 2024 found extensive decay
caused by the fungus Kretzschmaria deusta at the base of the trunk. Resistograph readings show
that less than a third of the stem wall is sound on the north side.

1.2 A large limb fell onto the footway on 4 July, narrowly missing a parked car. Nobody was hurt.

1.3 The tree has been monitored since 2016, when a first fruiting body was noticed. A crown
reduction carried out in March 2011 relieved some weight, but further reduction would not make the
tree safe.

2. ABOUT THE TREE

The beech is a well-loved feature of Chapel Green and was planted about 1880, when the green was
laid out by the Lindley estate. It is around 24 metres tall. The Council recognises the strength
of local feeling and has not reached this decision lightly.

3. THE WORKS

3.1 Felling will take place from 16 to 20 September 2024, weather permitting.

3.2 Lindley Row will be closed to vehicles while the crown is taken down, and a pedestrian
diversion will be signed around the green.

3.3 The stump will be ground out and the timber will be kept for seating and play equipment on the
green.

3.4 Two replacement trees, a beech and a small-leaved lime, are to be planted in November 2024.

4. OBJECTIONS AND COMMENTS

Any objection or comment must be made in writing and received no later than 13 September 2024,
quoting the reference above, by post to the Town Clerk, Hallowford Town Council, Market Hall,
Hallowford, or by email to trees@hallowford.example.

Signed: R. Okonedo
Town Clerk""",
        (
            expect("2024-09-16/2024-09-20", "felling", planned=True),
            expect("../2024-09-13", "objection", planned=True),
            expect("2024-08-12", "inspection"),
            expect("2024-07-04", "limb"),
            expect("2016/..", "monitored"),
            expect("2011-03", "crown reduction"),
            expect("1880~", "planted"),
            expect("1974", "preservation order"),
            expect("2024-11", "replacement", planned=True),
        ),
    ),
    Text(
        "orshamn-bandy-final",
        "bandy tournament report",
        None,
        """BANDY

Lindvik take Orshamn Cup after extra-time thriller

ORSHAMN, 9 February 2025 - Lindvik BK won the Orshamn Cup for the first time in 38 years on
Saturday, beating the holders Storholm 5-4 after extra time in front of 3,200 spectators at the
Kvarnvallen outdoor rink.

Captain Erik Halvarsson scored the winner from a corner in the 104th minute, two minutes before
the end of extra time, and his team-mates buried him under a pile of bodies on the ice.

"We were dead on our feet," said Halvarsson. "Then the corner came, and I just hit it."

The four-day tournament, played from 5 to 8 February, brought together eight clubs from three
countries. Lindvik won their group without a defeat and beat Ostra Vallby 3-1 in the semi-finals.

Storholm led 4-2 with a quarter of an hour of normal time left, but Lindvik's Finnish midfielder
Aatu Rinne scored twice in five minutes to force extra time.

Lindvik, founded in 1912, last won the cup in 1987. Halvarsson made his debut for the club in 2011
and has played more than 400 games for them.

Ice and weather
The organisers praised the rink staff, who began making the natural ice on or about 20 January
after a mild start to the winter. Temperatures stayed between minus 6 and minus 11 throughout the
tournament.

What's next
Lindvik travel to Sundbro for the quarter-final of the national cup on Wednesday. The Kvarnvallen
rink will be renovated from May, when work on new lighting and a covered stand is due to begin,
and the cup will move to the new Orshamn Arena in 2026.

FINAL
Lindvik BK - Storholm IF 5-4 a.e.t. (2-2, 4-4)
Goals: Halvarsson 2, Rinne 2, Berg - Nyman 3, Lunde

SEMI-FINALS
Lindvik BK - Ostra Vallby 3-1
Storholm IF - Kaupa SC 6-2""",
        (
            expect("2025-02-08", "lindvik", "cup"),
            expect("2025-02-05/2025-02-08", "tournament"),
            expect("1912", "founded"),
            expect("1987", "last won"),
            expect("2011", "debut"),
            expect("2025-01-20~", "ice"),
            expect("2025-02-12", "quarter-final", planned=True),
            expect("2025-05", "renovat", planned=True),
            expect("2026", "orshamn arena", planned=True),
        ),
    ),
    Text(
        "pellingham-blue-cave",
        "cheese dairy company release",
        date(2025, 5, 21),
        """PELLINGHAM DAIRY - NEWS

Pellingham Dairy announces GBP 3 million expansion as Wendle Blue wins gold

Pellingham Dairy, the family-run cheesemaker in the Wendle valley, today announced a GBP 3 million
expansion that will double the amount of cheese it can mature on the farm.

The centrepiece is a new maturing cave cut into the hillside behind the dairy, with room for
12,000 cheeses. Building work began on 14 April, and the cave will open in October.

The news follows a gold award for Wendle Blue at the Northern Dairy Show on 8 May, where judges
praised its "buttery texture and long, clean finish". From 2 June, Wendle Blue will be stocked by
Hollins supermarkets in 60 stores across the north.

A family farm
The dairy was founded in 1938 by Ada and Thomas Pellingham, who sold butter and a crumbly
farmhouse cheese at Wendle market. Their cloth-bound cheddar recipe, probably written down
in 1946, is still followed today. The family bought their first Shorthorn cows in 1957, and the
herd of 180 now supplies all the milk the dairy uses. Wendle Blue was first made about 1962, by
Ada's daughter-in-law Ruth.

"Gran used to say a cheese tells you when it's ready," said managing director Kate Pellingham.
"The new cave gives us the space to wait for it to tell us."

At a glance
- Herd: 180 Shorthorn cows, grazed on 400 acres
- Cheeses: Wendle Blue, Pellingham Cloth-Bound, Valley Crumbly, Wendle Smoked
- Staff: 42

Notes to editors
Pellingham Dairy is a member of the Specialist Cheesemakers Association. High-resolution images
are available on request.

Press contact: Tom Baird, tom@pellinghamdairy.example, 01890 442 317""",
        (
            expect("2025-05-21", "expansion"),
            expect("2025-04-14", "building work"),
            expect("2025-10", "cave", planned=True),
            expect("2025-05-08", "gold"),
            expect("2025-06-02", "hollins", planned=True),
            expect("1938", "founded"),
            expect("1946?", "recipe"),
            expect("1957", "shorthorn"),
            expect("1962~", "wendle blue"),
        ),
    ),
    Text(
        "marling-chandlery-day-book",
        "tallow chandler's day book",
        None,
        """DAY BOOK, Vol. the 3d.
Josiah Marling, Tallow Chandler & Soap Boiler, Fore Street, Kenbury

                                                                         £  s.  d.
1814. March
Thursd. 3d.  Recd. of Mr Saml. Hobbs, Butcher, 2 cwt. rough fat
             @ 3 1/2d. p. lb., on acct. ..............................  3   5   4
   Do.       Sold the Revd. Mr Ashe 1 doz. lb. mould candles
             for the Vicarage, pd. ....................................  0  14   0
   Do.       Melted & strain'd the fat in the great copper. Pd. Wm. Cole
             for his days work ........................................  0   1   6
Mon. 7th.    Sent to St Petrock's Church 4 doz. lb. dips for the vestry
             & the Lent evening service, to be chargd. to the
             Churchwardens at Easter ..................................  1  12   0
Wed. 9th.    Mr Grigg the Exciseman call'd & took acct. of 3 cwt. 1 qr.
             candles made since his last survey, viz. the 28th of Febry.
             Duty thereon as by his note ..............................  3  12  10
Sat. 12th.   Promis'd Mrs Penrose of the Angel Inn 10 doz. lb. dips by
             Saturday next, she to send her own boy & cart for them.
   Do.       Cash taken in the shop this week ..........................  2   8   7
Tues. 15th.  Ordered of Mr Treloar, Tinman, 2 new moulds of 12 pipes
             each, to be had by Lady Day, the 25th inst. Agreed at
             18s. the pair, the old moulds to go in part payment.
Frid. 18th.  Deliver'd to the Angel 10 doz. lb. dips as promis'd, a day
             before the time. Mrs Penrose pd. ready money ............  4   0   0
   Do.       Bot. of Jas. Rowe 1/2 cwt. kitchen stuff @ 2d. ............  0   9   4
   Do.       Pd. for cotton wick, 6 lb. @ 1s. 4d. ......................  0   8   0

1814. April
Mon. 4th.    Hired Jno. Vosper, a boy of 13 yrs., at 2s. p. week & his
             dinner, to fetch fat & mind the shop. His mother to have
             his wages.
   Do.       Sold at the door sundry dips & soap ......................  0  17   3

Memdm. Mr Hobbs's acct. for the fat of the 3d March was settled on or
abt. the 22d of that month, the receipt being since mislaid. To ask him
for a copy when next he calls.

Memdm. The great copper, bought of my Father's executors c. 1798, is
now past mending at the seam. Mr Treloar to look at it, & if it cannot
be made good, to enquire the price of a new one at Plymouth.

Note. Fat dear this spring on acct. of the few beasts kill'd. Must raise
the price of dips a 1/2d. the lb. if it hold so.""",
        (
            expect("1814-03-03", "fat"),
            expect("1814-03-07", "church"),
            expect("1814-03-09", "exciseman"),
            expect("1814-02-28", "survey"),
            expect("../1814-03-19", "penrose", planned=True),
            expect("../1814-03-25", "moulds", planned=True),
            expect("1814-03-18", "deliver"),
            expect("1814-03-22~", "settled"),
            expect("1814-04-04", "vosper"),
            expect("1798~", "copper"),
        ),
    ),
    Text(
        "pyle-brook-vole-latrines",
        "water vole survey report",
        None,
        """PYLE BROOK, ASHCOMBE: WATER VOLE (ARVICOLA AMPHIBIUS) SURVEY REPORT

Prepared for: Ashcombe Flood Alleviation Partnership
Prepared by: Greenbank Ecology Ltd
Report ref: GBE-1188-R01   Status: Final   Issue date: 30 October 2024

1. SUMMARY

1.1 Water voles are present along the whole of the surveyed 2.4 km of Pyle Brook. Fresh latrines,
feeding stations and burrows were recorded on both survey visits, and the population appears to
have grown since the last survey.

1.2 The proposed bank reprofiling works will affect burrows in Sections B and C. A displacement
licence will be needed before work starts.

2. BACKGROUND

2.1 Water voles were first recorded on Pyle Brook in 1976 by the county mammal group. The species
was later lost from the catchment, probably as a result of predation by American mink, and
about 120 captive-bred animals were released on the brook in about 2015 by the Ashcombe Rivers
Trust.

2.2 The Trust has maintained mink monitoring rafts along the brook since 2021. No mink tracks have
been recorded on the rafts in the last two years.

2.3 The previous survey, carried out in 2019, found 31 latrines in Sections A to C.

3. METHODS

3.1 The survey followed the standard two-visit method. The first survey visit was made
on 14 May 2024 and the second on 23 July 2024. Both banks were walked in full, and field signs
were recorded with a GPS.

4. RESULTS

Table 1. Field signs by section (both visits combined)

Section | Length (m) | Latrines | Feeding stations | Burrows
A       | 700        | 22       | 14               | 9
B       | 850        | 35       | 21               | 17
C       | 850        | 29       | 18               | 12

4.1 Section C was affected by a pollution incident on or about 2 June 2024, when slurry entered
the brook from a field drain. Fewer fresh signs were found in the lower 200 m of the section on
the second visit.

5. RECOMMENDATIONS

5.1 The reprofiling works are due to start in January 2025. Works within 5 m of burrows must be
completed before 28 February 2025, outside the breeding season, under a displacement licence.

5.2 A further survey should be carried out once the works are finished to confirm that voles have
returned to Sections B and C.

Surveyor: Hannah Fell BSc MCIEEM""",
        (
            expect("2024-05-14", "first", "visit"),
            expect("2024-07-23", "second", "visit"),
            expect("1976", "first recorded"),
            expect("2015~", "released"),
            expect("2021/..", "mink"),
            expect("2019", "previous survey"),
            expect("2024-06-02~", "pollution"),
            expect("2025-01", "reprofiling", "start", planned=True),
            expect("../2025-02-28", "complet", planned=True),
        ),
    ),
    Text(
        "hartwell-byre-lowther-wharf",
        "piano maker's history",
        None,
        """Hartwell & Byre, Pianoforte Makers of Camberwick: A Short History

The firm was founded in 1847 by Edwin Hartwell, a cabinet maker who had served his time with a
London piano maker, and his brother-in-law Samuel Byre, a tuner. They began by making square
pianos in a rented loft on Cheapside, Camberwick, with four workmen and a boy.

Demand from the town's new middle class grew quickly, and c. 1870 the partners moved to a
purpose-built works at Lowther Wharf, beside the canal, where seasoned timber could be landed
straight from the barges. The firm's first concert grand was shown at the Camberwick Exhibition of
1878 and won a silver medal, a success the partners advertised on every piano they made for the
next thirty years.

Edwin's son Arthur took over the management in 1891, after his father's death. Under Arthur the
firm turned away from grands and concentrated on upright pianos for parlours, chapels and schools,
which could be made in larger numbers and sold on hire purchase.

On the night of 9 November 1903 fire destroyed the Lowther Wharf works, together with most of the
firm's drawings and two years' stock of timber. The works were rebuilt the following year with a
steel frame and a sprinkler system, among the first in the county. The 10,000th piano left the
works in 1925 and was presented to Camberwick Grammar School, where it remained in use until
recent times.

Between 1940 and 1945 the works made wooden wing ribs and propellers for training aircraft, and
piano making stopped almost entirely. After the war the firm struggled against cheaper imports and
the rise of the radio and the gramophone. Piano production ended, probably in 1968, although the
firm's order books for its last years have not survived.

Since 1992 the Lowther Wharf building has housed the Hartwell Restoration Workshop, which rebuilds
old instruments of every make and keeps a small collection of Hartwell & Byre pianos open to
visitors by appointment.

Surviving models

Model       | Type                    | Height or length
Cabinet No. 2 | upright, overstrung   | 4 ft 2 in
Chapel      | upright, straight-strung | 4 ft 5 in
Parlour Grand | grand                 | 5 ft 8 in

Owners who wish to date an instrument may write to the workshop with its serial number, which is
stamped on the cast-iron frame beneath the lid.""",
        (
            expect("1847", "founded"),
            expect("1870~", "lowther wharf"),
            expect("1878", "concert grand"),
            expect("1891", "arthur"),
            expect("1903-11-09", "fire"),
            expect("1904", "rebuilt"),
            expect("1925", "10,000th"),
            expect("1940/1945", "aircraft"),
            expect("1968?", "production ended"),
            expect("1992/..", "restoration workshop"),
        ),
    ),
    Text(
        "vellmar-grand-theatre-roof",
        "culture minister's statement",
        None,
        """MINISTRY OF CULTURE, HERITAGE AND SPORT

Statement by the Minister for Culture, Aurelie Dastain

12 November 2024

Restoring the Grand Theatre of Vellmar

Today I am announcing funding of 38 million euros to restore the Grand Theatre in Vellmar, one of
the finest theatres of its age in the country and a place that generations of families know as
their own.

The Grand Theatre opened in 1911, and it was listed as a historic monument in 1972. It closed
on 30 June 2023, when engineers found that the timber trusses of the fly tower roof had been
weakened by decades of damp. Since then its company has played in schools, village halls and a
borrowed cinema, and I want to thank its artists and staff for their patience and their ingenuity.

We asked the public what they wanted from a restored theatre. The consultation closed
on 4 October, with more than 9,000 responses, and the message was clear: keep the old auditorium,
improve access for disabled visitors, and give young people a reason to come through the doors.

That is what this money will do. Building works will begin in January, and the theatre is expected
to reopen in September 2026. The restoration will:

- repair the fly tower roof and the painted ceiling of the auditorium;
- add lifts to every level and a new accessible entrance on Rue Colbert;
- create a studio and rehearsal room for the theatre's youth company.

We introduced free tickets for under-18s at the theatre's matinees in 2015, and I am pleased to
confirm that this scheme will continue when the building reopens.

While the works go on, the Vellmar Festival will take place from 20 to 27 June 2025 in a temporary
tent in Parc Roussel, and the company will continue its touring programme across the region.

I will visit the site on Friday with the mayor of Vellmar, Jean-Paul Orry, to meet the architects
and the company.

Aurelie Dastain
Minister for Culture, Heritage and Sport

Press office: presse@culture.example.gov, +33 1 55 00 12 12""",
        (
            expect("2024-11-12", "funding"),
            expect("1911", "opened"),
            expect("1972", "listed"),
            expect("2023-06-30", "closed"),
            expect("2024-10-04", "consultation"),
            expect("2025-01", "building works", planned=True),
            expect("2026-09", "reopen", planned=True),
            expect("2015", "free tickets"),
            expect("2025-06-20/2025-06-27", "festival", planned=True),
            expect("2024-11-15", "visit", planned=True),
        ),
    ),
    Text(
        "chapel-wall-bouldering",
        "climbing wall HTML page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Chapel Wall - Indoor Climbing in Brackley Vale</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header>
<a href="/" class="brand">The Chapel Wall</a>
<nav><a href="/prices">Prices</a> <a href="/sessions">Sessions</a> <a href="/youth">Youth</a>
<a href="/contact">Contact</a></nav>
</header>
<main>
<section class="hero">
<h1>Climb in a chapel</h1>
<p>We are an independent, community-owned climbing centre in the old Zion Methodist Chapel on
Tanner Street, built c. 1865 and saved from demolition by a group of local climbers.</p>
<p><a class="button" href="/book">Book an induction</a></p>
</section>
<section id="story">
<h2>Our story</h2>
<p>We took on the lease of the empty chapel in 2015 and, after a year of fundraising, scrubbing
and bolting, opened our doors in October 2016 with 40 roped lines under the old gallery. The
bouldering extension in the former Sunday school opened on 12 June 2021.</p>
<p>We started our youth squad in 2018, and our young climbers now compete across the region.</p>
</section>
<section id="news">
<h2>Latest news</h2>
<ul>
<li><strong>Closure:</strong> the main hall will be closed for resurfacing from 10 to 16 March.
The bouldering room stays open as normal.</li>
<li><strong>Competition:</strong> we host round 3 of the Vale Bouldering League on
Saturday 29 March. Entry is free for members; spectators welcome.</li>
<li><strong>New kit:</strong> our three new auto-belays went in on 20 January, so you can now
climb on your own on lines 1 to 3.</li>
<li><strong>Memberships:</strong> renew by 31 March to keep your current monthly price.</li>
</ul>
</section>
<section id="first-visit">
<h2>First time?</h2>
<p>Everyone who wants to climb on the ropes needs an induction first. Our instructors will show
you how to tie in, belay and lower, and you will be climbing on your own within the hour.
Bouldering needs no induction, just a short safety talk at the desk. Shoes and harnesses can be
hired for a small charge.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday to Friday</td><td>12:00 - 22:00</td></tr>
<tr><td>Saturday and Sunday</td><td>09:00 - 20:00</td></tr>
</table>
<p>Routes in the main hall are reset every Monday morning, so lines 10 to 18 may be closed until
noon.</p>
</section>
</main>
<footer>
<p>The Chapel Wall CIC, Tanner Street, Brackley Vale BV4 2QT | <a href="/privacy">Privacy</a></p>
</footer>
</body>
</html>""",
        (
            expect("1865~", "chapel", "built"),
            expect("2015", "lease"),
            expect("2016-10", "opened"),
            expect("2021-06-12", "bouldering extension"),
            expect("2018", "youth squad"),
            expect("2025-03-10/2025-03-16", "resurfacing", planned=True),
            expect("2025-03-29", "bouldering league", planned=True),
            expect("2025-01-20", "auto-belays"),
            expect("../2025-03-31", "renew", planned=True),
        ),
    ),
    Text(
        "kestrel-metals-gorse-lane",
        "scrap metal dealer licence decision",
        None,
        """EASTMORE DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

SCRAP METAL DEALERS ACT 2013 - DECISION NOTICE

Application ref:   LIC/SMD/24/0117
Applicant:         Kestrel Metals Ltd
Site:              Unit 4, Gorse Lane Trading Estate, Eastmore EM7 3RD
Licence type:      Site licence (renewal)
Date of hearing:   30 July 2024
Members:           Cllr J. Whitcombe (Chair), Cllr P. Amadi, Cllr S. Lowry
Notice issued:     7 August 2024

1. THE APPLICATION

1.1 Kestrel Metals Ltd applied on 3 June 2024 to renew its site licence for the yard at Gorse
Lane. The company has traded from the site since 1979 and was licensed under the Act in 2018 and
again in 2021.

1.2 Eastmore Police objected to the application. Their objection rests on the conviction of the
company's director, Mr Dale Furnish, in March 2022 for buying scrap metal for cash, contrary to
section 12 of the Act, for which he was fined.

2. THE HEARING

2.1 The Sub-Committee heard from the licensing officer, from PC Rachel Onyango for the police and
from Mr Furnish, who was represented by Ms Kaur of Fenwick Solicitors.

2.2 Mr Furnish accepted the offence and told the Sub-Committee that the yard had since stopped all
cash payments and now pays by bank transfer only. The police accepted that no further offences had
come to light.

3. DECISION AND REASONS

3.1 The Sub-Committee considered the statutory guidance and the Council's policy. It was satisfied
that the applicant remains a suitable person to hold a licence, having regard to the steps taken
since the conviction, and granted the licence subject to the conditions below.

3.2 The licence will take effect on 19 August 2024 and will run for three years.

4. CONDITIONS

(a) CCTV covering the weighbridge and the yard gate must be installed by 30 September 2024, and
recordings kept for 31 days.
(b) A record of every payment, with the seller's identity document, must be kept at the site and
produced on request.
(c) The licence must be displayed at the site entrance.

5. RIGHT OF APPEAL

The applicant or the police may appeal against this decision to the magistrates' court within 21
days of the date of this notice, that is by 28 August 2024.

Signed: M. Corrigan, Licensing Manager, for and on behalf of the Sub-Committee""",
        (
            expect("2024-06-03", "applied"),
            expect("2024-07-30", "hearing"),
            expect("1979/..", "traded"),
            expect("2018", "licensed"),
            expect("2021", "licensed"),
            expect("2022-03", "conviction"),
            expect("2024-08-19", "take effect", planned=True),
            expect("../2024-09-30", "cctv", planned=True),
            expect("../2024-08-28", "appeal", planned=True),
        ),
    ),
    Text(
        "fellmouth-binders-guild",
        "bookbinding history",
        None,
        """Bookbinding in Fellmouth

Fellmouth was for four centuries one of the busiest bookbinding towns outside the capital, serving
the cathedral, the grammar school and, later, the printers and publishers who settled along the
river.

Early bindings
The earliest surviving Fellmouth binding, a blind-stamped calf cover on a manuscript psalter now
in the cathedral library, was made c. 1480. Its tools, a lion, a rosette and a scroll reading
"Jhesus", turn up on a dozen later books and were probably used by a single workshop near the
cathedral close. The Stationers' and Binders' Guild of Fellmouth received its charter in 1563 and
kept a tight hold on apprenticeships for the next two hundred years.

Gold tooling probably reached the town in 1620, when the Flemish binder Pieter Hals settled in
Bridge Street; the first dated gilt binding made in Fellmouth is some years later.

The industrial bindery
Publisher's cloth came to the town in 1825, when the brothers Isaac and Eli Marsh began casing
books in dyed calico for a London firm. In 1868 Abel Crane opened a steam-powered bindery on Quay
Lane, with folding machines, a rolling press and, within a few years, more than two hundred
workers, most of them women.

The Crane bindery was shut by a strike from 2 May to 17 June 1911, when the folders and sewers
walked out over piece rates. The dispute ended with a small rise and the recognition of the union.

Decline and survival
Fine binding found a new home in the town when the Fellmouth School of Art began teaching it
in 1951. Crane's, by then owned by a national printing group, closed on 31 January 1979, and its
machines were sold for scrap.

Since 1984 the town museum has kept the Crane collection of finishing tools, type and pattern
books, and hand binders still work in two small studios on Bridge Street.

Further reading
- E. Ward, Fellmouth Bindings (Fellmouth Historical Society).
- M. Crane, Quay Lane Days: Memories of a Bindery.""",
        (
            expect("1480~", "earliest", "binding"),
            expect("1563", "guild"),
            expect("1620?", "gold tooling"),
            expect("1825", "cloth"),
            expect("1868", "crane", "bindery"),
            expect("1911-05-02/1911-06-17", "strike"),
            expect("1951", "school of art"),
            expect("1979-01-31", "closed"),
            expect("1984/..", "museum"),
        ),
    ),
    Text(
        "mallow-hill-swiss-teams",
        "contract bridge club fixtures card",
        date(2025, 8, 20),
        """MALLOW HILL BRIDGE CLUB
Founded 1951 - affiliated to the Wessex County Contract Bridge Association
Playing at the Assembly Rooms, Church Street, since 1983

FIXTURES CARD: SEPTEMBER 2025 TO JANUARY 2026

WEEKLY DUPLICATE
Monday 7.15 pm ... Open pairs (all standards welcome)
Thursday 1.30 pm .. Afternoon pairs, with a teaching table for improvers
Table money: members 3.50, visitors 5.00

SPECIAL EVENTS

Date        Day      Event                                   Director
---------   ------   -------------------------------------   ----------
2025
8 Sep       Mon      Club Pairs Championship (one session)   J. Hollis
11-12 Oct   Sat-Sun  Mallow Hill Swiss Teams Congress        D. Okafor
27 Nov      Thu      Annual General Meeting, 7.00 pm         -
15 Dec      Mon      Christmas Drive and supper              M. Frayne
2026
5 Jan       Mon      New Year Pairs                          J. Hollis

NOTES
* Swiss Teams Congress: entries by 1 Oct to the Congress Secretary, with the team fee of 60.00.
Play starts at 10.30 am on both days; lunch is served in the small hall.
* Club Pairs Championship: the winners hold the Tregarthen Salver for a year and represent the
club in the county heats.
* AGM: nominations for committee posts to the Secretary in writing at least fourteen days before
the meeting.
* Christmas Drive: please bring a plate of food; the club provides the mulled wine.
* No partner? Ring the partnership secretary before 5 pm on the day and we will do our best to
find you one.

CONVENTIONS
Standard English Acol is played at most tables. Convention cards must be available on request.
Alerting follows the current county rules.

OFFICERS
President: Mrs E. Tregarthen | Chair: Dr D. Okafor
Secretary: Mr P. Lane, 14 Orchard Rise, Mallow Hill (tel. 01632 960 412)
Congress Secretary: Mrs R. Sandhu (tel. 01632 960 877)

Mobile phones must be switched off in the playing room. Guests are always welcome.""",
        (
            expect("1951", "founded"),
            expect("1983/..", "assembly rooms"),
            expect("2025-09-08", "club pairs championship", planned=True),
            expect("2025-10-11/2025-10-12", "swiss teams", planned=True),
            expect("2025-11-27", "annual general meeting", planned=True),
            expect("2025-12-15", "christmas drive", planned=True),
            expect("2026-01-05", "new year pairs", planned=True),
            expect("../2025-10-01", "entries", planned=True),
        ),
    ),
)
