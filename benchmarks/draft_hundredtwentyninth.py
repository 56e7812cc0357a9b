"""The hundred-and-twenty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a wildfire incident update, a cycling stage race
report, a central statistics release, a lighthouse keeper's journal, a publisher's author
announcement, a mill village history, a product recall notice, a polar expedition blog in
HTML, a tribunal employment judgment, a botanical garden's history and a council budget
timetable. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, a decade, "later in the spring") are left out of the expected events,
as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYNINTH_CORPUS",)


HUNDREDTWENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "aeroveld-grounding",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELDMOOR, March 13 (Northgate Wire) - Regional carrier Aeroveld suspended all flights
from Veldmoor airport on Thursday after inspectors grounded four of its six turboprop
aircraft over corroded wing fittings.

A mechanic at the airline's Lusk maintenance base reported cracks in a wing fitting on
Monday, and the civil aviation authority issued the grounding order two days later. About
3,100 passengers were booked on Aeroveld flights this week.

Aeroveld, founded in 1994 by former air force pilot Ines Marrow, carries around 400,000
passengers a year on eleven domestic routes. It last suspended operations in 2009, during a
dispute with its fuel supplier. The grounding is the largest in the country's civil fleet
since 2013, according to the authority.

The airline said it hoped to resume a reduced timetable on Monday, using two leased aircraft,
and would restore all routes by April 6 at the latest. Passengers holding tickets for travel
this month will be offered a refund or a seat on a later flight, chief executive Pavel
Dunmore told reporters at the airport.

"Safety comes before the timetable, every time," Dunmore said. "We would rather disappoint
people for three weeks than take a risk for a single day."

The authority will publish its inspection report on March 27, a spokeswoman said. She
declined to say whether other operators of the same aircraft type would be asked to carry
out checks.

(Reporting by Hanne Solberg; Editing by Marcus Ebbe; tel. +47 22 41 80 00)""",
        (
            expect("2025-03-13", "suspend", "flights"),
            expect("2025-03-10", "cracks"),
            expect("2025-03-12", "grounding", "order"),
            expect("1994", "found"),
            expect("2009", "operations"),
            expect("2025-03-17", "resume", planned=True),
            expect("../2025-04-06", "routes", planned=True),
            expect("2025-03-27", "inspection", "report", planned=True),
        ),
    ),
    Text(
        "halvorsen-freezer-hub",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvorsen Cold Chain opens automated freezer hub in Tarrow

TARROW, 4 June 2024 - Halvorsen Cold Chain Ltd., the refrigerated logistics group, today
opened its automated freezer hub at Tarrow Gate Business Park, the largest single investment
in the company's 61-year history.

Construction of the 38,000-square-metre hub began in March 2022 and was completed on
20 January 2024. The first pallets were received for trial runs on 15 April, and the hub now
stores frozen food for 14 retail and catering customers at temperatures down to -28 C.

The hub will employ around 240 people when fully staffed, which the company expects by
December 2025. Recruitment is being run with Tarrow College, which trains warehouse
technicians on a two-year course.

Founded in Tarrow in 1963 as an ice-delivery business, Halvorsen moved into refrigerated road
transport in about 1971 and listed on the Northern Exchange in 1998. It now operates 610
vehicles and nine depots.

"This building is a bet on Tarrow for the next forty years," said chief executive Signe
Halvorsen, granddaughter of the founder. "Our customers wanted more capacity close to the
ports, and this gives them exactly that."

A second phase, adding a pharmaceutical cold store, is scheduled to open in September 2026.

Notes to editors
Halvorsen Cold Chain Ltd. (NEX: HCC) is certified to ISO 22000. High-resolution images are
available on request.

Media contact: Ola Brekke, Head of Communications
press@halvorsen-coldchain.example | +44 1632 960 418""",
        (
            expect("2024-06-04", "open", "hub"),
            expect("2022-03", "construction"),
            expect("2024-01-20", "complet"),
            expect("2024-04-15", "pallets"),
            expect("../2025-12", "staff", planned=True),
            expect("1963", "found"),
            expect("1971~", "transport"),
            expect("1998", "list"),
            expect("2026-09", "phase", planned=True),
        ),
    ),
    Text(
        "meriden-v-ashby",
        "court opinion",
        None,
        """SUPERIOR COURT OF CALDER COUNTY
APPELLATE DIVISION

Case No. CV-2023-04417

MERIDEN MARINE SUPPLY, INC., Plaintiff and Respondent,
v.
JONAH T. ASHBY, Defendant and Appellant.

OPINION

PERALTA, J.

Appellant Jonah Ashby challenges a judgment entered against him on May 8, 2023, for the unpaid
balance of the price of a boat engine. We affirm.

I. BACKGROUND

Meriden Marine Supply sold Ashby a rebuilt inboard engine under a written agreement signed on
or about February 14, 2021. The agreement required payment in three instalments, the last of
them no later than September 30, 2021. Ashby paid the first two instalments but withheld the
third, asserting that the engine had overheated during sea trials on August 3.

Meriden filed suit on January 17, 2022. After a bench trial held from March 6 to 8, 2023, the
trial court found that Ashby had accepted the engine by continuing to use it for some eleven
months, and entered judgment for Meriden in the amount of $18,940. Ashby filed his notice of
appeal on June 2.

II. DISCUSSION

Under Commercial Code section 2606, acceptance occurs when the buyer, after a reasonable
opportunity to inspect the goods, fails to make an effective rejection. The record amply
supports the finding that Ashby did not reject the engine. He first complained in writing on
November 2, 2021, more than a month after the final instalment fell due, and he continued to
run the engine throughout the 2021 charter season.

Ashby's remaining contentions were not raised below and are forfeited.

III. DISPOSITION

The judgment is affirmed. Respondent shall recover its costs on appeal. A hearing on
respondent's motion for attorney fees is set for January 21, 2025.

We concur: HOLLIS, P. J.; MBEKI, J.""",
        (
            expect("2023-05-08", "judgment"),
            expect("2021-02-14~", "agreement"),
            expect("../2021-09-30", "instalment"),
            expect("2021-08-03", "overheat"),
            expect("2022-01-17", "suit"),
            expect("2023-03-06/2023-03-08", "trial"),
            expect("2023-06-02", "appeal"),
            expect("2021-11-02", "complain"),
            expect("2025-01-21", "hearing", planned=True),
        ),
    ),
    Text(
        "kessling-history",
        "encyclopedia history",
        None,
        """Kessling

Kessling is a market town in the Orve valley, on the road between Ardenholm and the coast. It
is the administrative seat of the Upper Orve district.

History

A chapel dedicated to Saint Hilda is recorded at Kessling in c. 1120, and a small settlement
grew up around it at the ford. The town received a market charter in 1284, after which its
weekly market drew traders from across the valley. The castle on the hill above the ford is
traditionally said to have been completed in 1302, although the date is uncertain and no
building accounts survive.

Kessling passed to the Duchy of Varn in 1411. Under the dukes the town prospered from the wool
trade, and a guildhall and a stone bridge were built in the following decades. Fires in 1602,
1651 and 1690 destroyed much of the timber-framed centre, which explains why most of the
surviving houses on the market place are of brick.

The town's fortunes declined as the wool trade moved to the larger towns downstream.
The railway reached Kessling in 1868, and a textile mill opened beside the station the
following year, employing at its peak some 900 workers. The mill closed in the late 1970s and
now houses a museum and workshops.

Kessling has been twinned with Sarnac, in Brittany, since 1974. Its population today is about
12,400.

See also
- Upper Orve (district)
- Duchy of Varn""",
        (
            expect("1120~", "chapel"),
            expect("1284", "charter"),
            expect("1302?", "castle"),
            expect("1411", "duchy"),
            expect("1602", "fire"),
            expect("1651", "fire"),
            expect("1690", "fire"),
            expect("1868", "railway"),
            expect("1869", "mill"),
            expect("1974/..", "twinned"),
        ),
    ),
    Text(
        "rovers-beat-halden",
        "sports report",
        date(2024, 11, 17),
        """Lomax double lifts Rovers into top six

By Dev Oduya, football correspondent

Kirkhaven Rovers 3 Halden Town 1

Kirkhaven Rovers climbed into the play-off places on Saturday with a 3-1 win over Halden Town
in front of a crowd of 14,206 at Dunmore Park.

Ade Lomax, signed from Tarrant Athletic in January, scored twice in the first half, first
heading in a corner from Callum Reddy and then finishing calmly after a long ball over the
Halden defence. Halden pulled one back through Joel Amankwah before the break, but substitute
Ryan Felts sealed it with a low shot ten minutes from time.

It was a fifth win in seven matches for a side that won promotion back to this division in
May, on penalties in the play-off final, five years after it was relegated in 2019. Manager
Sol Prentice, who has been in charge since October 2022, said his players had "earned the
right to look up the table".

"We train every Tuesday on set pieces, and it showed," Prentice said. "But there is a long way
to go."

Rovers host league leaders Castlebury on Wednesday, before a cup tie at Redwick on November
30. Defender Tom Ibsen is expected to miss both games with a hamstring strain. Saturday's
result was Rovers' first home win against Halden since 2016.

Kirkhaven Rovers: Marsh; Ibsen (Grady 38), Okoro, Vance, Pell; Reddy, Hale, Moss; Quin,
Lomax, Burke (Felts 70).
Referee: K. Ashdown. Attendance: 14,206.""",
        (
            expect("2024-11-16", "win"),
            expect("2024-01", "sign"),
            expect("2019", "relegat"),
            expect("2024-05", "promot"),
            expect("2022-10/..", "charge"),
            expect("2024-11-20", "castlebury", planned=True),
            expect("2024-11-30", "cup", planned=True),
        ),
    ),
    Text(
        "orrin-vale-history",
        "company history",
        None,
        """Our History

Orrin & Vale was founded in 1887 by the brothers-in-law Samuel Orrin and Edwin Vale, who made
riding boots to order in a rented loft above a saddler's shop in Northby. Their first ledger,
still kept in the company archive, records eleven pairs sold in the opening month.

The firm moved to its present factory on Cask Lane around 1902, when demand from the county's
farmers outgrew the loft. From 1915 to 1918 almost all of its output went to the army, and
the factory ran day and night shifts for the only time in its history.

In 1936 the company introduced its welted walking boot, the Fellman, and two years later it
opened its first shop in London, on Marlow Street. Our best-known style, the No. 1910 brogue,
takes its name from the pattern number in the cutting-room book, not from a year.

Orrin & Vale was bought by the Harcastle Group in 1979, then by its own managers in a buyout
in 1994. Since 2008 the company has been owned by an employee trust, and every member of
staff holds a share in it.

Every pair is still cut, closed and lasted by hand in Northby, and each craftsman signs the
inside of the boots they finish. We resole some 6,000 pairs a year.

A museum of boot-making in the old cutting room is planned to open in 2027. Until then, the
archive can be visited by appointment.

Orrin & Vale Ltd, Cask Lane, Northby. Registered in England No. 00024418.""",
        (
            expect("1887", "found"),
            expect("1902~", "factory"),
            expect("1915/1918", "army"),
            expect("1936", "fellman"),
            expect("1938", "shop"),
            expect("1979", "harcastle"),
            expect("1994", "buyout"),
            expect("2008/..", "trust"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "selka-orbiter",
        "mission summary (space or scientific)",
        None,
        """SELKA LUNAR ORBITER - MISSION SUMMARY

Mission type: lunar remote sensing
Operator: Nordic Institute for Space Physics (NISP)
Launch mass: 412 kg
Status: operational

Selka was conceived around 2012 at NISP as a low-cost orbiter to map water ice in the
permanently shadowed craters of the lunar south pole. It was launched on 19 September 2019
aboard a Vega-class rocket from Kourou and entered lunar orbit on October 3, after a
low-energy transfer.

After some six weeks of commissioning, science operations began on 18 November. The
orbiter's neutron spectrometer produced the first complete ice map of the Shackleton and
de Gerlache craters in its first year, and its camera has since imaged 94 per cent of the
polar region at a resolution of 2 metres.

A reaction wheel failed on 2 April 2021, and the flight team switched the spacecraft to a
three-wheel mode two days later. Fuel use rose slightly, but no science time was lost.

The mission was extended in 2022 and again in 2024, and Selka has so far returned roughly
40 terabytes of data to the ground station at Esrange, which it contacts twice a day.

Its orbit will be lowered to about 30 km in March 2026 for a final campaign of
high-resolution imaging, and Selka is expected to impact the far side by the end of 2026.

Principal investigator: Dr. Liv Aasen
Data archive: selka.nisp.example/archive""",
        (
            expect("2012~", "conceived"),
            expect("2019-09-19", "launch"),
            expect("2019-10-03", "orbit"),
            expect("2019-11-18", "science", "operations"),
            expect("2021-04-02", "wheel"),
            expect("2021-04-04", "three-wheel"),
            expect("2022", "extend"),
            expect("2024", "extend"),
            expect("2026-03", "orbit", "lower", planned=True),
            expect("../2026", "impact", planned=True),
        ),
    ),
    Text(
        "lower-bray-drought",
        "government statement",
        date(2025, 7, 22),
        """MINISTRY OF WATER AND ENVIRONMENT
Press statement - 22 July 2025

Hosepipe ban for the Lower Bray region

The Minister for Water, Cora Lindqvist, today announced a temporary ban on the use of
hosepipes and sprinklers across the Lower Bray region. The ban will come into force on
Friday 25 July and applies to all households and businesses supplied by the Lower Bray Water
Board.

Rainfall across the region this spring was around 48 per cent of the long-term average, the
lowest since 1976. Stocks in the region's three reservoirs have been below the drought
trigger level since 9 June and now stand at 41 per cent of capacity.

"Nobody wants restrictions in the middle of the summer," the Minister said. "But every litre
we save now is a litre we will not have to find in the autumn."

The ban will remain in place until reservoir levels recover, and it will be reviewed no later
than 30 September. The Water Board has also been directed to cut leakage from its network by
a fifth by March 2027 and to report on its progress every quarter.

The last ban in the region, introduced in 2018, lasted eleven weeks. Fines of up to 1,000
crowns may be imposed for breaches, although the Ministry expects most people to comply
voluntarily.

The Minister will visit the Hollin reservoir on Thursday to meet Water Board engineers.

Ends

Press Office: +46 8 555 010 20 | press@water-ministry.example""",
        (
            expect("2025-07-22", "ban", "announce"),
            expect("2025-07-25", "ban", planned=True),
            expect("2025-06-09/..", "trigger"),
            expect("../2025-09-30", "review", planned=True),
            expect("../2027-03", "leakage", planned=True),
            expect("2018", "ban"),
            expect("2025-07-24", "visit", planned=True),
        ),
    ),
    Text(
        "ashcombe-library-reopens",
        "HTML news page",
        date(2024, 2, 8),
        """<article class="story">
<header>
<p class="kicker">Ashcombe</p>
<h1>Riverside library reopens eight months after flood</h1>
<p class="byline">By Noor Halstead | <time datetime="2024-02-08">8 February 2024</time></p>
</header>
<figure><img src="/img/library-reopens.jpg" alt="Readers queue outside the library">
<figcaption>Readers queued from 8am. Photo: Ashcombe Courier</figcaption></figure>
<p>Ashcombe's central library reopened its doors on Thursday, eight months after floodwater
from the River Ashe swept through its ground floor.</p>
<p>The building flooded on 14 June last year when the Ashe burst its banks after a night of
heavy rain. About 30,000 books, most of the reference collection and all of the public
computers were lost.</p>
<p>Built in 1911 with a grant from the shipowner Henry Calloway, the library was extended in
1967 and listed in 1985, which meant that repairs had to use lime plaster and oak to match
the original work. The repairs cost about &pound;1.2m.</p>
<p>First through the door was retired postman Alf Denny, who said he first borrowed a book
there in around 1958. "It's like getting an old friend back," he said.</p>
<p>The children's floor will reopen on 4 March, and the local history room later in the
spring. The council says flood barriers along the riverside walk will be finished by
31 October.</p>
<p class="info">Opening hours: Monday to Saturday, 9am-6pm.</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/flood-barriers">Flood barrier
plan approved</a></li></ul></aside>""",
        (
            expect("2024-02-08", "reopen"),
            expect("2023-06-14", "flood"),
            expect("1911", "built"),
            expect("1967", "extend"),
            expect("1985", "listed"),
            expect("1958~", "borrow"),
            expect("2024-03-04", "children", planned=True),
            expect("../2024-10-31", "barriers", planned=True),
        ),
    ),
    Text(
        "copper-ridge-fire-update",
        "wildfire incident update",
        date(2025, 8, 10),
        """COPPER RIDGE FIRE - INCIDENT UPDATE #14
Sunday, August 10, 2025, 7:00 a.m.

Start date: August 2, 2025 | Cause: under investigation
Size: 18,420 acres | Containment: 41% | Total personnel: 1,112

Current situation: Crews made good progress on the north flank yesterday and completed a
dozer line along Forest Road 2150 on Saturday, tying the fire into the rocky ground below
Hatch Peak. Overnight, fire activity was moderate, with single trees torching in the Deer
Creek drainage. A Type 2 incident management team assumed command on August 5.

Evacuations: Evacuation orders for Pine Hollow were lifted Friday evening, and residents may
return with identification. The Level 3 "GO NOW" order remains in effect for the Upper Deer
Creek area.

Weather: Warm and dry today with afternoon winds of 10-15 mph. A red flag warning is forecast
for Tuesday, when winds are expected to gust to 40 mph and humidity to drop below 10 percent.

Outlook: Fire managers expect full containment by August 25 if the weather cooperates. This
is already the largest fire on the district since 2012. Crews are working 24-hour shifts on
the south flank.

Community meeting: A community meeting will be held Wednesday at 6 p.m. in the gym at
Ridgeline High School and streamed on the forest's page.

Closures: Forest Roads 2150 and 2170 and all trails in the Hatch Peak area remain closed.

Information line: (541) 555-0142, 8 a.m.-8 p.m. daily""",
        (
            expect("2025-08-02", "start"),
            expect("2025-08-09", "dozer", "line"),
            expect("2025-08-05", "command"),
            expect("2025-08-08", "evacuation"),
            expect("2025-08-12", "red", "flag", planned=True),
            expect("../2025-08-25", "containment", planned=True),
            expect("2025-08-13", "meeting", planned=True),
        ),
    ),
    Text(
        "marches-stage-five",
        "cycling stage race report",
        date(2025, 5, 15),
        """Ruvik takes stage and lead on the Bwlch Gwyn

ABERLOW, Wales (VeloWire) - Dane Ruvik of Team Skaldr won the fifth stage of the Tour of the
Marches on Thursday, attacking on the final climb of the Bwlch Gwyn to finish 38 seconds ahead
of a chasing group and take the race lead.

The 24-year-old Norwegian now leads Spain's Iker Ortiz by 21 seconds overall. Ortiz had worn
the yellow jersey since winning the opening prologue in Monmouth on Sunday, but he was
dropped two kilometres from the top.

"I felt good all day, so I told the team to ride hard from the bottom," said Ruvik, who turned
professional in 2021 and won the under-23 world title the year before.

The 178 km stage was the fastest of the race so far and the fastest on this route since 2009,
with an average speed of 43.6 km/h. The peloton climbs the Bwlch every year, but rarely with
the race lead at stake.

Friday's sixth stage, 212 km from Aberlow to Llanfair, is the longest of the race. Saturday's
mountain time trial to the top of Foel Ddu should decide the overall, before the race ends
with a flat stage into Carrow on Sunday.

The Tour of the Marches, first held in 1957, was raised to the sport's second tier last
season.

Stage 5 result: 1. D. Ruvik (NOR) Skaldr 4:04:11; 2. T. Mertens (BEL) Vanlo +0:38;
3. I. Ortiz (ESP) Celta Pro +0:38.""",
        (
            expect("2025-05-15", "fifth", "stage"),
            expect("2025-05-11", "prologue"),
            expect("2021", "professional"),
            expect("2020", "title"),
            expect("2025-05-16", "sixth", "stage", planned=True),
            expect("2025-05-17", "time", "trial", planned=True),
            expect("2025-05-18", "race", "ends", planned=True),
            expect("1957", "held"),
        ),
    ),
    Text(
        "marland-cpi-july",
        "central statistics release",
        date(2024, 8, 14),
        """STATISTICS MARLAND
Statistical release: Consumer Price Index, July 2024
Release date: 14 August 2024 | Next release: 13 September 2024

Main points

- Annual inflation, as measured by the Consumer Price Index (CPI), fell to 2.1% in July 2024,
  down from 2.6% in June.
- Fuel prices have been falling since April and were 4.3% lower than a year earlier.
- Food inflation, which peaked at 14.8% in October 2022, was 1.8%.
- The July rate is the lowest since March 2021.
- The index stood at 131.4 (2015=100).

Commentary

The fall in July was driven mainly by transport and housing costs. Prices of package holidays
rose by more than usual for the month, as they do each July, but this was outweighed by lower
petrol and diesel prices and by a cut in regulated energy tariffs.

Methodology

Statistics Marland revised its methodology for owner-occupied housing costs in January 2023.
A new household basket of goods and services will be introduced from February 2025, adding
streaming subscriptions and removing printed road atlases.

Related events

The Central Bank of Marland's rate-setting committee meets on 5 September 2024. The August
figures will be published in the next release.

Contact: Ilse Brandt, Prices Division | prices@statistics.marland.example | +372 625 9300""",
        (
            expect("2024-07", "inflation"),
            expect("2024-04/..", "fuel"),
            expect("2022-10", "food"),
            expect("2023-01", "methodology"),
            expect("2025-02", "basket", planned=True),
            expect("2024-09-05", "committee", planned=True),
            expect("2024-09-13", "release", planned=True),
        ),
    ),
    Text(
        "skerrow-journal",
        "lighthouse keeper's journal",
        None,
        """SKERROW POINT LIGHT
Journal of the Principal Keeper, A. MacRury - 1898

Jan. 3rd. Wind N.W., strong gale, heavy sea on the landing. Lit at 4.10 p.m. The relief boat
came round the point at noon but could not land and returned to Stromsay.

Jan. 5th. Wind W., moderate. Relief landed coal, oil and stores. Assistant Gunn returned from
his leave and resumed his watches.

Jan. 9th. Sunday. Wind S.E., fresh. At 2 p.m. sighted a barque in distress about 2 miles S.E.,
her foretopmast gone. Hoisted the signal. She made Kirkwall under her own sail by dark.

Jan. 14th. Wind N., light, hard frost. Letter from the Board: the Superintendent is expected
on the 20th for his inspection. The fog signal, installed about 1885, would not start this
morning; the engine cold. Got it going at 9 a.m.

Jan. 17th. Wind N.W., gale. Spray over the gallery; one pane of the lantern cracked and was
replaced from store.

Jan. 21st. Wind W., moderate. Superintendent Mr Stevenson landed at 11 a.m., a day late on
account of the weather, and inspected the station. Found all in order.

Jan. 26th. Wind S.W., fresh. Burner No. 2 cracked during the first watch; replaced from store.
Barometer 29.12, falling.

Feb. 1st. Wind S., light. Assistant Gunn to go on leave on or about the 10th, if the boat can
land. Lit at 4.52 p.m.""",
        (
            expect("1898-01-03", "relief", "boat"),
            expect("1898-01-05", "relief"),
            expect("1898-01-09", "barque"),
            expect("1885~", "fog", "signal"),
            expect("1898-01-20", "superintendent", planned=True),
            expect("1898-01-17", "pane"),
            expect("1898-01-21", "inspect"),
            expect("1898-01-26", "burner"),
            expect("1898-02-10~", "leave", planned=True),
        ),
    ),
    Text(
        "fallowfield-achterberg",
        "publisher's author announcement",
        date(2025, 3, 3),
        """FALLOWFIELD PRESS
Author announcement - London, 3 March 2025

Fallowfield Press signs Imogen Achterberg for two new novels

Fallowfield Press is delighted to announce that it has acquired world English-language rights
to two new novels by the prize-winning Dutch-British writer Imogen Achterberg. The deal was
agreed on Friday by publishing director Ruth Okafor with Joost Meijer of the Lindenhof
Agency.

The first of the novels, The Salt Orchard, follows three generations of a family of cherry
growers on the Kent marshes. It will be published in hardback on 11 September 2025, with the
second book to follow in spring 2027.

Achterberg's debut, Harbour Lights, published in 2019, won the Penfold Prize the following
year and has sold some 200,000 copies in eleven languages. Her second novel, The Glass Year,
followed in 2022. She was born in Utrecht in 1986 and has lived in Norwich since 2011, where
she teaches on the university's writing course.

"Imogen writes about land and family like nobody else," said Ruth Okafor. "We could not be
prouder to publish her."

Achterberg will discuss the new book at the Ravensbury Literary Festival on 24 May.

For further information, review copies and interview requests, please contact:
Clara Whitcombe, Publicity Director
clara.whitcombe@fallowfield.example | 020 7946 0321
The Salt Orchard | ISBN 978-1-9158-2204-7 | Hardback | GBP 18.99""",
        (
            expect("2025-02-28", "deal"),
            expect("2025-09-11", "salt", "orchard", planned=True),
            expect("2019", "harbour", "lights"),
            expect("2020", "prize"),
            expect("2022", "glass", "year"),
            expect("1986", "born"),
            expect("2011/..", "norwich"),
            expect("2025-05-24", "festival", planned=True),
        ),
    ),
    Text(
        "thornbeck-mill-village",
        "mill village history",
        None,
        """THORNBECK: A MILL VILLAGE AND ITS PEOPLE

Thornbeck grew up around a cotton mill built by the Ashworth family in 1792 on the fast-flowing
Thorn Beck, at a point where the valley narrows. Before the mill there were only three farms
and a fulling stock on the site.

A second, larger mill followed in about 1810, and by 1835 the village had 140 stone cottages,
a Methodist chapel, a school and a company shop. Wages were paid every second Friday in the
mill office, partly in tokens that could only be spent at the shop, a practice that
continued until the Truck Act made it illegal.

The weaving shed burned down on 6 December 1907, throwing some 200 weavers out of work for
most of the following winter. It was rebuilt with a saw-tooth roof that can still be seen from
the road.

The Ashworths sold out in 1858 to the Brindle company of Bolton, which ran the mills until
they closed in 1931, when the cotton trade collapsed.

The village was designated a conservation area in 1976, and the lower mill has housed the
Thornbeck Mill Museum since 1989. The museum's volunteers run the steam engine on the first
Sunday of every month.

Restoration of the great waterwheel, 32 feet across and the largest left in the county, is
due to be completed by 2026 with help from the heritage lottery fund.

Thornbeck Local History Society, Occasional Paper No. 14""",
        (
            expect("1792", "mill"),
            expect("1810~", "mill"),
            expect("../1835", "cottages"),
            expect("1907-12-06", "weaving", "shed"),
            expect("1858", "sold"),
            expect("1931", "closed"),
            expect("1976", "conservation"),
            expect("1989/..", "museum"),
            expect("../2026", "waterwheel", planned=True),
        ),
    ),
    Text(
        "kettleby-bar-recall",
        "product recall notice",
        date(2024, 11, 27),
        """PRODUCT RECALL

Kettleby's recalls Oat & Fig Bars because of possible hard plastic pieces

Date: 27 November 2024
Reference: FSA-PRIN-61-2024

Product details
Product: Kettleby's Oat & Fig Bars
Pack size: 6 x 35 g
Batch codes: L4301, L4302, L4303
Best before: 15 May 2025 and 22 May 2025

Risk statement
Kettleby's Bakery Ltd is recalling the above product because it may contain small pieces of
hard plastic, which make it unsafe to eat.

What happened
The problem was identified on 22 November 2024, after a customer found a piece of blue plastic
in a bar. The affected bars were made between 28 October and 1 November, when a guard on a
cutting machine was damaged. Stores were told to remove the product from their shelves on
Monday, and a follow-up inspection of the bakery by the local authority is scheduled for
3 December.

Kettleby's, which has made oat bars in Lincolnshire since 1948, has apologised to its
customers. No other Kettleby's products are affected.

Our advice to consumers
If you have bought the above product, do not eat it. Return it to the store where you bought
it for a full refund, with or without a receipt. Refunds can be claimed until 31 January 2025.

About product recalls
If there is a problem with a food product that means it should not be sold, it might be
withdrawn or recalled. Customer helpline: 0800 555 0199 (Monday to Friday, 9am to 5pm).""",
        (
            expect("2024-11-27", "recall"),
            expect("2024-11-22", "identified"),
            expect("2024-10-28/2024-11-01", "made"),
            expect("2024-11-25", "shelves"),
            expect("2024-12-03", "inspection", planned=True),
            expect("1948/..", "oat"),
            expect("../2025-01-31", "refund", planned=True),
        ),
    ),
    Text(
        "skua-traverse-day-41",
        "polar expedition blog in HTML",
        date(2025, 1, 18),
        """<div class="post">
<h2 class="post-title">Day 41: through the Halvard crevasse field</h2>
<p class="post-meta">Posted by Kari Lund &middot;
<time datetime="2025-01-18">Saturday 18 January 2025</time> &middot; 81&deg;47'S</p>
<p>We reached the Halvard crevasse field on Thursday and spent the next two days roped
together, probing every step. Tor fell into a snow bridge up to his waist once, but we had
him out in a minute, and the sledges are intact.</p>
<p>Since leaving Skua Camp on 8 December we have covered 612 km, which is about 40 km behind
the plan. The altimeter reads 2,140 m and the temperature this morning was -31 C.</p>
<p>My frostbitten toe, which I first noticed around 24 December, is healing well. I keep it
dry and check it every evening when we radio base at 19:00.</p>
<p>The idea for this traverse came to us in 2021, in a kitchen in Tromso. The route was last
attempted in 1994 by a Norwegian pair who turned back at the crevasses, so we knew this
stretch would be the crux.</p>
<p>Our resupply flight is due on Tuesday, weather permitting, with fuel for the final three
weeks. If the weather holds, we hope to reach the Pole by 2 February.</p>
<p>Thank you for all your messages. We read them aloud in the tent every night.</p>
<p class="tags">Tags: <a href="/tag/antarctica">Antarctica</a>,
<a href="/tag/crevasses">crevasses</a></p>
</div>""",
        (
            expect("2025-01-16", "crevasse"),
            expect("2024-12-08", "skua", "camp"),
            expect("2024-12-24~", "toe"),
            expect("2021", "idea"),
            expect("1994", "attempt"),
            expect("2025-01-21", "resupply", planned=True),
            expect("../2025-02-02", "pole", planned=True),
        ),
    ),
    Text(
        "okonjo-v-castlegate",
        "tribunal employment judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Ms R. Okonjo
Respondent: Castlegate Logistics Ltd

Heard at: Leeds      On: 3-5 September 2024
Before: Employment Judge Farrant, Mr P. Hale, Ms D. Singh

Case No: 1804412/2024

JUDGMENT

1. The claimant's complaint of unfair dismissal under the Employment Rights Act 1996 is well
founded and succeeds.
2. The complaint of direct age discrimination is dismissed.

REASONS

1. The claimant began work for the respondent as a transport planner on 12 April 2016. She was
dismissed on 29 February 2024, ostensibly by reason of redundancy.

2. On or about 8 January 2024 the respondent's operations director, Mr Garside, told her that
her role was "under review". He did not say that any other role was at risk, and no selection
criteria were ever put to her.

3. She raised a written grievance on 19 January. It was not heard until 4 March, after her
dismissal had taken effect, and the tribunal finds that the outcome had been decided before
the meeting.

4. Early conciliation took place between 2 April and 2 May 2024, and the claimant presented
her claim to the tribunal on 21 May 2024.

5. The respondent did not follow a fair procedure. The dismissal was unfair.

ORDERS

6. The parties shall send the tribunal their schedules of loss no later than 30 October 2024.
A remedy hearing is listed for 9 December 2024, with a time estimate of one day.""",
        (
            expect("2024-09-03/2024-09-05", "hear"),
            expect("2016-04-12", "began", "work"),
            expect("2024-02-29", "dismissed"),
            expect("2024-01-08~", "review"),
            expect("2024-01-19", "grievance", "raise"),
            expect("2024-03-04", "grievance", "hear"),
            expect("2024-04-02/2024-05-02", "conciliation"),
            expect("2024-05-21", "claim"),
            expect("../2024-10-30", "schedules", planned=True),
            expect("2024-12-09", "remedy", planned=True),
        ),
    ),
    Text(
        "calder-physic-garden",
        "botanical garden's history",
        None,
        """History of the Garden

The Calder Physic Garden was laid out in 1683 by the apothecary Thomas Wyle on a two-acre
plot beside the river, to grow the medicinal plants his students needed for their lessons.
Wyle probably died in 1702, and his garden was kept by his widow and then by a succession of
town apothecaries.

The garden passed to the university in c. 1790 and was enlarged to its present eleven acres.
Its herbarium, begun around 1820 by the first Regius Keeper, Dr Alexander Pirie, now holds
some 310,000 specimens, among them plants from the voyages of the 1840s.

The great glasshouse, designed by the engineer James Hollis, was completed in 1854; the palm
house followed in 1861 and the fern house in 1873. The three glasshouses still stand, although
the palm house lost most of its glass in a gale on 2 March 1949 and was reglazed over the
following two years.

Since 2003 the garden has been run by an independent trust, with the university keeping the
herbarium and a seat on the board. Entry to the outdoor garden is free, and the glasshouses
are open every day except Christmas Day.

The restored fern house is due to reopen in May 2026, after a three-year restoration of its
cast-iron frame and the replanting of its tree ferns.

Calder Physic Garden Trust is a registered charity, No. SC041877.""",
        (
            expect("1683", "laid", "out"),
            expect("1702?", "died"),
            expect("1790~", "university"),
            expect("1820~", "herbarium"),
            expect("1854", "glasshouse"),
            expect("1861", "palm", "house"),
            expect("1873", "fern", "house"),
            expect("1949-03-02", "gale"),
            expect("2003/..", "trust"),
            expect("2026-05", "fern", "reopen", planned=True),
        ),
    ),
    Text(
        "brackley-budget-timetable",
        "council budget timetable",
        date(2024, 10, 9),
        """BRACKLEY BOROUGH COUNCIL
Report to Cabinet - 9 October 2024
Agenda item 7: Budget timetable 2025/26

1. Purpose

1.1 This report sets out the timetable for setting the council's budget and council tax for
2025/26. The Chief Finance Officer will present the same timetable to the Audit Committee on
Monday.

2. Background

2.1 The council's Medium-Term Financial Strategy was approved by Cabinet on 17 July 2024. It
forecasts a funding gap of GBP 6.8m over three years. In 2023 the council drew GBP 4.1m from
its reserves to balance the budget, and the strategy assumes no further use of reserves.

2.2 Cabinet meets on the first Wednesday of each month; additional meetings are shown below.

3. Timetable

3.1 The key dates are:
- Public consultation on budget proposals: 14 November to 10 December 2024.
- Provisional local government finance settlement expected: around 19 December 2024.
- Overview and Scrutiny Committee review of the draft budget: 15 January 2025.
- Cabinet recommends the budget and council tax to Council: 5 February 2025.
- Full Council sets the budget and council tax: no later than 11 March 2025.
- Council tax bills issued to households: by 20 March 2025.

4. Recommendation

4.1 That Cabinet notes the budget timetable set out in section 3.

Contact officer: Priya Nandra, Chief Finance Officer, tel. 01632 960 774""",
        (
            expect("2024-10-14", "audit", "committee", planned=True),
            expect("2024-07-17", "financial", "strategy"),
            expect("2023", "reserves"),
            expect("2024-11-14/2024-12-10", "consultation", planned=True),
            expect("2024-12-19~", "settlement", planned=True),
            expect("2025-01-15", "scrutiny", planned=True),
            expect("2025-02-05", "recommend", planned=True),
            expect("../2025-03-11", "full", "council", planned=True),
            expect("../2025-03-20", "bills", planned=True),
        ),
    ),
)
