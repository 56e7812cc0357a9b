"""The hundred-and-forty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents but copying none: the organisations, people and
facts are invented. The twenty styles are: a wire story with a dateline, a press release, a
court opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, a river gauge flood outlook, a snooker
final report, a battery factory investment release, a prisoner of war's diary of 1944, a bat
survey report, a ferry company's history, a transport ministry rail strike statement, a
women's institute HTML branch page, a financial ombudsman complaint decision, a rope works'
history and a village hall booking calendar letter.

Facts whose date a reader could take two ways (a season, a decade, "recently", "next week")
are left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYFIFTH_CORPUS",)


HUNDREDFORTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "silo-fire-out",
        "wire story with a dateline",
        date(2025, 3, 13),
        """KESTRAVIK, March 13 (Northgate Wire) - Firefighters in the Baltic port of Kestravik
put out a fire at the town's largest grain silo on Thursday, three days after it broke out,
the regional fire service said.

The blaze started on Monday evening in a conveyor housing at the top of the silo and spread
into two storage cells, sending smoke over the harbour and forcing the closure of the coast
road. No one was hurt.

The silo's owner, Baltgrain, said the conveyors had last been inspected on February 4 and no
faults had been found. The state safety board will open an investigation on Monday, a
spokeswoman for the board said.

About 1,960 tonnes of wheat were lost, the company estimated. It said it hoped to resume
loading ships by April 15, once engineers had checked the concrete.

The silo was built in 1962 and enlarged in 1988, and can hold some 40,000 tonnes of grain.
Baltgrain took it over from the municipality in about 2003.

It was the worst fire in Kestravik since 2009, the fire service said. Crews, who train at
the silo every spring, used drones to find hot spots inside the cells.

(Reporting by Annika Sorel; Editing by Piet Vandermeer)""",
        (
            expect("2025-03-13", "fire", "out"),
            expect("2025-03-10", "blaze", "start"),
            expect("2025-02-04", "inspect"),
            expect("2025-03-17", "investigation", planned=True),
            expect("../2025-04-15", "loading", planned=True),
            expect("1962", "built"),
            expect("1988", "enlarg"),
            expect("2003~", "baltgrain"),
        ),
    ),
    Text(
        "speaker-workshop-opens",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Fjordline Acoustics opens loudspeaker workshop in Drammen

DRAMMEN, Norway, 4 June 2024 - Fjordline Acoustics, the Norwegian maker of hand-built
loudspeakers, today announced the opening of a new workshop in Drammen, its largest
investment since 2015.

The 3,200-square-metre workshop began production on 20 May 2024 and will employ 55 people
when fully staffed. It will build the company's Skarv and Heritage 1997 ranges, with
cabinets made from Norwegian birch.

"Drammen gives us room to grow," said chief executive Ingrid Solheim. "We have outgrown
every building we have ever had."

Fjordline was founded in 1997 by the sound engineer Halvard Brekke. It moved to its current
headquarters in Lier in 2008 and opened its first shop abroad, in Gothenburg, the following
year. The Lier building will be turned into a listening showroom in 2025.

A new line of active speakers, the Skarv A, will go on sale on 1 September 2024. The company
expects to hire about 40 more staff by the end of 2025. Its speakers are sold in 23
countries.

About Fjordline Acoustics
Fjordline Acoustics AS designs and builds loudspeakers in Norway. Its workshops are
certified to ISO 9001.

Media contact: Eirik Nystad, press@fjordline-acoustics.example, +47 32 00 41 17

###""",
        (
            expect("2024-06-04", "workshop", "open"),
            expect("2024-05-20", "production"),
            expect("1997", "found"),
            expect("2008", "headquarters"),
            expect("2009", "shop"),
            expect("2025", "showroom", planned=True),
            expect("2024-09-01", "skarv", "sale", planned=True),
            expect("../2025", "hire", planned=True),
        ),
    ),
    Text(
        "farrow-v-calder",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF WESTMARCH
CIVIL DIVISION

Case No. CA-2023-0417

DELIA FARROW, Appellant,
v.
CALDER HOLDINGS LTD, Respondent.

Filed: 12 February 2024

OPINION

HALVERSON, J.

[1] The appellant rented a flat at 14 Quarry Row, Eastbridge, from the respondent. The
building, a former grain store, was converted into flats around 1985.

[2] On or about 3 March 2019 the appellant signed a written lease. The term ran from
1 April 2019 to 31 March 2022. On 14 January 2021 the respondent served a notice to quit,
relying on section 52 of the Residential Tenancies Act 1986.

[3] The appellant vacated the flat on 30 April 2021 and sought the return of her deposit of
1,450 pounds. The respondent kept the deposit and re-let the flat in about June 2021. Her
claim was filed in the District Court on 9 September 2021, and judgment for the respondent
was entered on 17 May 2023. The appellant filed her notice of appeal on 12 June 2023.

[4] The question is whether a notice to quit served during a fixed term can bring the lease
to an end before the term expires. The lease contains no break clause. Section 52 applies
only to periodic tenancies, and we hold that a notice served under it during a fixed term is
of no effect.

[5] It follows that the respondent was not entitled to keep the deposit against rent for a
period after the appellant had left at its request.

[6] The appeal is allowed. The matter is remitted to the District Court, which shall
determine costs no later than 29 March 2024.

MORLAND and ASHE, JJ., concur.""",
        (
            expect("1985~", "convert"),
            expect("2019-03-03~", "lease", "sign"),
            expect("2019-04-01/2022-03-31", "term"),
            expect("2021-01-14", "notice", "quit"),
            expect("2021-04-30", "vacat"),
            expect("2021-06~", "re-let"),
            expect("2021-09-09", "claim", "filed"),
            expect("2023-05-17", "judgment"),
            expect("2023-06-12", "appeal"),
            expect("../2024-03-29", "costs", planned=True),
        ),
    ),
    Text(
        "varrow-abbey",
        "encyclopedia history",
        None,
        """Varrow Abbey

Varrow Abbey is a ruined Cistercian monastery beside the River Esk, one mile south of the
village of Varrow. Its tithe barn, with a floor of some 1,140 square metres, is the largest
surviving barn in the county.

History

The abbey was founded c. 1140 by twelve monks sent from the abbey of Clairmont. It grew rich
on wool and received a market charter from the crown in 1287, which allowed it to hold a fair
at Varrow each Michaelmas.

The west tower may have been built in 1420, although the building accounts for that year are
incomplete and some historians place it later. The abbey was dissolved in 1538, and its
lands passed to the Hale family the following year. The Hales pulled down the cloister and
used its stone for Varrow Hall. A fire in about 1694 destroyed the roof of the nave, which
was never replaced.

Since 1951 the ruins have been in the care of the National Monuments Board. Conservation work
on the tower and the chapter house was carried out in 1979, 1984 and 1992. The site is open
to visitors every day except Christmas Day.

See also
- Cistercian houses in Eskdale

References
- Marlow, J. (1998). The Cistercians of Eskdale. Carden Press. pp. 201-214.""",
        (
            expect("1140~", "found"),
            expect("1287", "charter"),
            expect("1420?", "tower"),
            expect("1538", "dissolv"),
            expect("1539", "hale"),
            expect("1694~", "fire"),
            expect("1951/..", "care"),
            expect("1979", "conservation"),
            expect("1984", "conservation"),
            expect("1992", "conservation"),
        ),
    ),
    Text(
        "rovers-beat-corran",
        "sports report",
        date(2024, 11, 17),
        """Pell double lifts Ashbourne Rovers off the bottom
By Callum Reade | Sunday 17 November 2024

Ashbourne Rovers 3 Corran Athletic 1

Jonas Pell scored twice as Ashbourne Rovers beat Corran Athletic 3-1 at Mill Meadow on
Saturday to climb off the bottom of the Northern League for the first time this season.

Pell, who joined from Ravenna FC in January, headed in the opener after 12 minutes and
added a second from the penalty spot before half-time. Corran pulled one back through Dean
Aske, but substitute Kofi Mensah made sure in stoppage time.

Rovers had beaten Kelby Town 2-0 at home on 28 September but had lost six of their seven
games since. "It was our biggest win since 2019," said manager Tom Hallett, who was
appointed in 2022. "The lads have been working hard every day. Now they have their reward."

A crowd of 2,014 watched at Mill Meadow, which opened in 1923 and is the oldest ground in
the league.

Rovers travel to Millbrook on Wednesday 27 November, and defender Sam Okoro, out with a
hamstring injury, is expected to be fit by 1 December. The replay of their county cup tie
against Hesketh is scheduled for 3 December.

Ashbourne: Lyle; Darrow, Quist, Ibe, Farrant; Moss, Tennant; Reid (Mensah 78), Pell, Gale;
Haig.""",
        (
            expect("2024-11-16", "corran"),
            expect("2024-01", "pell", "join"),
            expect("2024-09-28", "kelby"),
            expect("2022", "appoint"),
            expect("1923", "meadow"),
            expect("../2024-12-01", "okoro", planned=True),
            expect("2024-11-27", "millbrook", planned=True),
            expect("2024-12-03", "replay", planned=True),
        ),
    ),
    Text(
        "brackwell-tiles-history",
        "company history",
        None,
        """Our History | Brackwell Tiles

Brackwell Tiles was founded in 1921 by the brothers Arthur and Sidney Brackwell in a rented
shed beside the canal at Fenton, with one coal-fired kiln and four workers. They moved to a
purpose-built works on Stoke Road in 1934 and began exporting to Canada in 1936.

During the Second World War tile making stopped, and from 1940 to 1945 the kilns made
porcelain insulators for the War Office. The old canal-side shed was pulled down in about
1960 to make way for a road.

In about 1972, when the last Brackwell retired, the company was bought by its managers. It
opened a second kiln in 1981, and a showroom in Leeds two years later. Our Heritage 1921
range, first drawn by Sidney Brackwell, is still pressed and glazed by hand.

Since 2006 all our glazes have been made with recycled glass, and we fire our kilns at night,
when electricity is cheapest. Today 86 people work at Stoke Road, and our tiles are laid in
homes, stations and swimming baths across Britain.

A new factory on the Longton Road site is planned to open in 2026, with electric kilns that
will halve the energy we use for each square metre of tile.

Brackwell Tiles Ltd, Stoke Road, Fenton. Company no. 00174392.""",
        (
            expect("1921", "found"),
            expect("1934", "stoke"),
            expect("1936", "export"),
            expect("1940/1945", "insulators"),
            expect("1960~", "shed"),
            expect("1972~", "managers"),
            expect("1981", "kiln"),
            expect("1983", "showroom"),
            expect("2006/..", "glaze"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "selkie-2-summary",
        "mission summary",
        None,
        """MISSION SUMMARY: SELKIE-2 LUNAR LANDER
Northern Space Agency - Mission Archive, fact sheet NSA-FS-118

Launch vehicle: Corvus-4 | Mass at launch: 2,017 kg | Landing site: 58.3 N, 12.1 W

Selkie-2 was the agency's first soft landing on the Moon. The mission was approved in 2016 to
test a lander that could later bring samples home, and carried a seismometer, a drill and a
camera mast built by the University of Tromvik.

The spacecraft's instruments were calibrated during a checkout at the launch site from 3 to
7 February 2021. Selkie-2 was launched on 14 March 2021, entered lunar orbit on 2 April and
landed in Mare Frigoris on 19 April. Its drill reached a depth of 1.2 m, the deepest of any
lander of its class.

The lander survived 14 lunar nights. Surface operations ended on 6 May 2022, when its heaters
failed. The orbiter went on relaying data from other missions and was switched off on or
about 11 October 2023, after its fuel ran low.

A follow-on mission, Selkie-3, is scheduled to launch in 2027 and is to return about 500 g of
soil to Earth. The agency says the full Selkie-2 data archive will be made public by the end
of 2025.

Contact: mission archive office, archive@nsa.example""",
        (
            expect("2016", "approv"),
            expect("2021-02-03/2021-02-07", "calibrat"),
            expect("2021-03-14", "launch"),
            expect("2021-04-02", "orbit"),
            expect("2021-04-19", "land"),
            expect("2022-05-06", "operations"),
            expect("2023-10-11~", "orbiter"),
            expect("2027", "selkie-3", planned=True),
            expect("../2025", "archive", planned=True),
        ),
    ),
    Text(
        "eastern-drought-statement",
        "government statement",
        date(2025, 7, 22),
        """Department for Water and Rivers

Statement: drought in the Eastern region
Published 22 July 2025

Reservoir levels in the Eastern region stood at 54% on 20 July, against a usual 78% for the
time of year. The Department declared drought status for the region on 8 July, after a dry
spring and a hot start to the summer.

Eastwater has told the Department that a temporary use ban, commonly called a hosepipe ban,
will come into force for its 1.9 million customers on Friday. Customers must not use a
hosepipe to water gardens, wash cars or fill paddling pools. Fire services and hospitals
are exempt.

All water companies in the region must submit updated drought plans no later than 15 August.
The Minister for Water, Rhiannon Kell, will visit Hanford reservoir on Thursday to see the
emergency pumping works.

Since 2019 water companies have been required to publish their leakage figures. The
Department expects them to reduce leaks further and will report on progress in the autumn.
This statement follows the National Drought Review, published in March 2023. Rainfall in
the region this spring was the lowest since 1976.

The Environment Agency reports river flows every Monday on its website.

Press office: 0300 123 4567 (out of hours: 0300 123 4568)""",
        (
            expect("2025-07-20", "reservoir"),
            expect("2025-07-08", "drought", "declar"),
            expect("2025-07-25", "ban", planned=True),
            expect("../2025-08-15", "plans", planned=True),
            expect("2025-07-24", "visit", planned=True),
            expect("2019/..", "leakage"),
            expect("2023-03", "review"),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2024, 5, 8),
        """<!DOCTYPE html>
<html lang="en-GB">
<head><title>Central Library reopens after refit | Ferrisford Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after &pound;3.4m refit</h1>
<p class="byline">By Hana Wexley | <time datetime="2024-05-08">8 May 2024</time></p>
<p>Ferrisford Central Library reopened on Tuesday after a four-month refit that has added a
children's floor, a study room and lifts to all three storeys.</p>
<p>The library closed on 12 January for the works. A cafe run by the charity Ferris Kitchen
will open on the ground floor in June.</p>
<p>Councillors approved the refit in about September 2022, after a survey found the heating
and wiring unsafe. Work on the leaking roof is due to start in about March 2025. "People
queued outside before the doors opened," said the librarian, Tomasz Biel.</p>
<p>The building, paid for by the mill owner Walter Ferris, opened in 1909. It was extended in
1967 and listed in 1991.</p>
<p>Last year the library had its busiest year since 1998. Opening hours: Mon-Sat 9:00-17:00.
</p>
<figure><img src="/img/library-2024.jpg" alt="The new children's floor">
<figcaption>The new children's floor. Photo: Courier</figcaption></figure>
</article>
<footer>&copy; 2024 Ferrisford Courier. Tel 01632 960 112</footer>
</body>
</html>""",
        (
            expect("2024-05-07", "reopen"),
            expect("2024-01-12", "closed"),
            expect("2024-06", "cafe", planned=True),
            expect("2022-09~", "approv"),
            expect("2025-03~", "roof", planned=True),
            expect("1909", "building"),
            expect("1967", "extend"),
            expect("1991", "listed"),
        ),
    ),
    Text(
        "tallow-flood-outlook",
        "river gauge flood outlook",
        date(2024, 11, 9),
        """RIVER TALLOW AT BRINDLE WEIR - FLOOD OUTLOOK
Gauge ref: 27041 | Issued 06:00 Saturday 9 November 2024 | Status: FLOOD WARNING IN FORCE

Current level: 3.62 m (06:00), rising slowly. Typical range: 0.30 m to 1.80 m.

Recent levels
The river peaked at 3.41 m at 21:00 on Thursday and fell overnight before rising again with
fresh rain from the hills. A flood warning for Brindle, Lower Mill and Weir Cottages was
issued at 14:00 on Friday.

Forecast
A further 25-35 mm of rain is forecast over the headwaters. The river is expected to peak at
about 3.9 m on Sunday evening. Contractors will close the Mill Lane flood gates on Sunday
morning as a precaution. Levels are expected to fall below the warning threshold of 3.20 m
by Wednesday. Engineers will inspect the weir on Monday once levels allow.

What you should do
Move valuables upstairs, park vehicles away from the river and keep away from flood water.

Gauge history
The gauge was installed in 1968. The highest level on record, 4.12 m, was reached on
23 December 1999. Levels above 3.50 m have been recorded 11 times since 1968.

Floodline: 0345 988 1188. This outlook is updated every six hours while a warning is in
force.""",
        (
            expect("2024-11-07", "peak"),
            expect("2024-11-08", "warning"),
            expect("2024-11-10", "peak", planned=True),
            expect("2024-11-10", "gates", planned=True),
            expect("../2024-11-13", "fall", planned=True),
            expect("2024-11-11", "weir", planned=True),
            expect("1968", "gauge"),
            expect("1999-12-23", "highest"),
        ),
    ),
    Text(
        "castell-northern-open",
        "snooker final report",
        date(2025, 2, 24),
        """Castell holds her nerve to win Northern Open
By Rhodri Vance | Monday 24 February 2025

Mira Castell won the Northern Open for the first time on Sunday, beating Dev Rahane 10-7 in
the final at the Corn Exchange in Halston and taking the winner's cheque of 120,000 pounds.

Castell led 6-3 after the afternoon session, was pegged back to 7-7 in the evening and then
took three frames in a row, clinching the title with a break of 87 in the 17th frame. It
was her first ranking title since 2021.

Rahane had made a 147 maximum in his semi-final against Ollie Brandt on Saturday and took
home an extra 15,000 pounds for it.

Castell is expected to rise to about fifth in the world rankings when they are updated on
Tuesday. She will defend her Welsh Masters title in Cardiff from 10 to 16 March.

"I practise six hours every day, and on days like this it pays," said Castell, who took up
the game aged nine in around 2005. She turned professional in 2016, reached her first
ranking final in 2019 and won the Welsh Masters in March 2024.

The Northern Open, first staged in 1987, moved to Halston in 2012.""",
        (
            expect("2025-02-23", "castell"),
            expect("2025-02-22", "maximum"),
            expect("2025-02-25", "rankings", planned=True),
            expect("2025-03-10/2025-03-16", "defend", planned=True),
            expect("2005~", "game"),
            expect("2016", "professional"),
            expect("2019", "final"),
            expect("2024-03", "welsh"),
            expect("1987", "staged"),
            expect("2012", "halston"),
        ),
    ),
    Text(
        "voltmere-gdansk-plant",
        "battery factory investment release",
        None,
        """Voltmere Cells to build EUR 1.2bn battery cell plant in Gdansk

GDANSK / TURKU, 17 September 2024 - Voltmere Cells Oy today signed an investment agreement
with the Port of Gdansk for a EUR 1.2 billion lithium iron phosphate cell factory, which is
to create up to 2,000 jobs.

The company acquired the 48-hectare site on the port's eastern quay on 2 July 2024. On
9 September the Pomeranian regional government approved a grant of EUR 180 million. Truck
maker Hallberg Trucks signed a supply agreement with Voltmere in August and will take a
third of the plant's output.

Construction will begin in January 2025, and the first cells are expected to come off the
line by the end of 2026. The plant is projected to reach its full capacity of 16 GWh a year
in 2028, enough for around 200,000 electric trucks and vans.

"Gdansk gives us a deep-water port, a skilled workforce and clean power from the Baltic,"
said chief executive Leena Aaltonen.

About Voltmere
Voltmere Cells was founded in Turku in 2018 and opened its first plant, in Vaasa, in 2021.
The Vaasa plant is to be doubled in size in 2025.
Its plants are certified to ISO 14001 and ISO 50001.

Investor relations: ir@voltmere.example | Media: +358 40 555 0192""",
        (
            expect("2024-09-17", "investment"),
            expect("2024-07-02", "site", "acquir"),
            expect("2024-09-09", "grant"),
            expect("2024-08", "hallberg"),
            expect("2025-01", "construction", planned=True),
            expect("../2026", "cells", planned=True),
            expect("2028", "capacity", planned=True),
            expect("2018", "found"),
            expect("2021", "vaasa"),
            expect("2025", "doubled", planned=True),
        ),
    ),
    Text(
        "penrose-pow-diary",
        "prisoner of war's diary of 1944",
        None,
        """Diary of Sgt. Walter Penrose, R.A.S.C., POW No. 21987, Stalag VII-K, 1944.
Transcribed by his granddaughter; his spelling and abbreviations are kept.

Sat. 3 June 1944
Red Cross parcels came today, first for five weeks. Canadian ones, with butter & Klim.
Thought of Tobruk, where I was put in the bag on 20 June 1942. Padre says the new chapel hut
will be finished by the 15th. Roll call at 0700 as every morning.

Tues. 6 June
News came through on the camp wireless this evening that our lads have landed in France.
Nobody slept. Goons very quiet.

Mon. 12 June
Ted Hollis caught with a map of the wire & got 14 days in the cooler. He is due out on the
26th. Sent him my fags via the cookhouse.

Thurs. 29 June
Came out of the sick bay today. Went down with dysentery on or about the 20th & lost count
of the days. Weight 8 st 2.

Sun. 9 July
Camp concert in the theatre hut. Jock did his Harry Lauder & brought the house down.

Sun. 16 July
Kommandant says we are to be moved east on 1 August. Nobody knows where. Burying this book
in a tin under hut 14 if they search us.""",
        (
            expect("1944-06-03", "parcels"),
            expect("1942-06-20", "tobruk"),
            expect("../1944-06-15", "chapel", planned=True),
            expect("1944-06-06", "france"),
            expect("1944-06-12", "caught"),
            expect("1944-06-26", "out", planned=True),
            expect("1944-06-29", "sick"),
            expect("1944-06-20~", "dysentery"),
            expect("1944-07-09", "concert"),
            expect("1944-08-01", "moved", planned=True),
        ),
    ),
    Text(
        "hollins-barn-bats",
        "bat survey report",
        None,
        """HOLLINS BARN, UPPER CRAYFORD - BAT SURVEY REPORT
Report ref: EC/24/117 | Client: Mr and Mrs D. Latham | Author: Sian Morrow BSc MCIEEM
Date of report: 12 August 2024

1. Summary
A daytime inspection of the barn was carried out on 14 May 2024. Dusk emergence surveys were
undertaken on 5 June and 21 July 2024. A day roost of common pipistrelles was confirmed in
the west gable; no maternity roost was found.

2. Site and history
Hollins Barn is a stone threshing barn with a slate roof. It was built c. 1850 and re-roofed
in the 1970s. The county bat group first recorded brown long-eared bats in the barn in
August 2009.

3. Results
A maximum of 23 common pipistrelles was counted emerging from the gable end. Conditions on
both evenings were dry, 14-16 C, with light wind; sunset was at 21:22 and 21:18.

4. Recommendations
A licence application will be submitted to the licensing authority by 30 September 2024.
Bat boxes will be installed on the north elevation by 15 March 2025, before any work starts.
The conversion of the barn is expected to begin in about May 2025. Works affecting the roof
should avoid the hibernation period, November to February.

Survey licence no. 2019-41122-CLS-CLS. Grid ref SE 2140 5678.""",
        (
            expect("2024-05-14", "inspection"),
            expect("2024-06-05", "emergence"),
            expect("2024-07-21", "emergence"),
            expect("1850~", "built"),
            expect("2009-08", "long-eared"),
            expect("../2024-09-30", "licence", planned=True),
            expect("../2025-03-15", "boxes", planned=True),
            expect("2025-05~", "conversion", planned=True),
        ),
    ),
    Text(
        "isles-ferry-history",
        "ferry company's history",
        None,
        """Isles Ferry Company - Our story

The Isles Ferry Company was established in 1889 by a group of Kirkvoe merchants to carry
the mails between Kirkvoe and the outer islands. Its first steamer, the Skerry Maid, entered
service in May 1890 and ran the route until she was scrapped in about 1921.

From 1914 to 1919 the company's three ships were requisitioned by the Admiralty, and
islanders relied on fishing boats for their post and supplies.

The first car ferry, the MV Hallin, was introduced in 1964 and could carry 24 cars. The
company merged with Western Isles Shipping in 1973, and the combined company was renamed
Isles & Western Ferries the following year.

Since 1998 the company has been owned by the Islands Council. Today our fleet of seven
vessels carries some 620,000 passengers a year, and sailings leave Kirkvoe every two hours
in summer.

A battery-electric vessel is due to enter service in spring 2026. The company expects to
retire its oldest ship, the MV Sula, by 2027.

Isles & Western Ferries, Pier Road, Kirkvoe KV1 1AA. Bookings: 01632 960 884.""",
        (
            expect("1889", "establish"),
            expect("1890-05", "skerry"),
            expect("1921~", "scrapped"),
            expect("1914/1919", "requisition"),
            expect("1964", "hallin"),
            expect("1973", "merge"),
            expect("1974", "renamed"),
            expect("1998/..", "council"),
            expect("../2027", "sula", planned=True),
        ),
    ),
    Text(
        "rail-strike-statement",
        "transport ministry rail strike statement",
        date(2024, 10, 2),
        """Ministry of Transport

Statement on planned strike action on the national railway
Published 2 October 2024
From: Ministry of Transport and Gareth Penhallow, Minister for Rail

The Rail and Transport Workers' Union (RTWU) has announced strikes on 8, 10 and 12 October.
The Ministry is disappointed that the union has chosen to disrupt passengers' journeys while
talks are still going on.

RTWU members voted for action in a ballot that closed on 20 September, on a turnout of 61%.
The Minister met the union's general secretary on Monday and made clear that the Government
wants a fair settlement. The previous pay agreement expired on 31 March, and the offer made
in July, a rise of 4.5% over two years, remains on the table. Further talks will take place
at the Ministry on Friday.

On strike days operators expect to run about 40% of normal services, with no trains after
19:00. Passengers should check before they travel. Season ticket holders can claim refunds
within 28 days. This would be the first national rail strike since 2022.

Media enquiries: 020 7946 0321""",
        (
            expect("2024-10-08", "strike", planned=True),
            expect("2024-10-10", "strike", planned=True),
            expect("2024-10-12", "strike", planned=True),
            expect("2024-09-20", "ballot"),
            expect("2024-09-30", "minister"),
            expect("2024-03-31", "agreement"),
            expect("2024-07", "offer"),
            expect("2024-10-04", "talks", planned=True),
        ),
    ),
    Text(
        "ashcombe-wi-page",
        "women's institute HTML branch page",
        date(2024, 12, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head><title>Ashcombe WI | Welcome</title></head>
<body>
<header><h1>Ashcombe Women's Institute</h1>
<nav><a href="/">Home</a> <a href="/programme">Programme</a> <a href="/join">Join us</a></nav>
</header>
<main>
<p class="updated">Page last updated 2 December 2024</p>
<h2>Coming up</h2>
<ul>
<li><strong>Tuesday 10 December</strong> - Christmas lunch at the Plough, 24 pounds.</li>
<li><strong>Tuesday 14 January 2025</strong> - Talk: "Bees in the Garden" by Jill Marsh.</li>
<li><strong>Saturday 22 February</strong> - Our new banner will be unveiled at the Group
meeting in Kelham.</li>
<li><strong>Saturday 8 March</strong> - Jam and marmalade competition, village hall.</li>
</ul>
<h2>About us</h2>
<p>Ashcombe WI was founded in 1919, one of the first institutes in the county. We meet at
7.30 pm on the second Tuesday of every month in Ashcombe Village Hall. New members are always
welcome.</p>
<p>In 1957 members raised 400 pounds for the new village hall, which opened in 1959. Our
centenary was celebrated in 2019 with a tea for 140 guests.</p>
</main>
<footer>&copy; Ashcombe WI 2024 &middot; Registered charity no. 1094417 &middot;
<a href="mailto:secretary@ashcombewi.example">Contact the secretary</a></footer>
</body>
</html>""",
        (
            expect("2024-12-10", "lunch", planned=True),
            expect("2025-01-14", "talk", planned=True),
            expect("2025-02-22", "banner", planned=True),
            expect("2025-03-08", "competition", planned=True),
            expect("1919", "found"),
            expect("1957", "raised"),
            expect("1959", "hall"),
            expect("2019", "centenary"),
        ),
    ),
    Text(
        "mr-k-v-harwell",
        "financial ombudsman complaint decision",
        None,
        """DRN-4471902

The complaint

Mr K complains that Harwell Bank plc won't refund two payments he made to a scammer.

What happened

Mr K has held a current account with Harwell since 2015. On 3 February 2023 he received a
call from someone claiming to be from Harwell's fraud team, who told him his account had been
compromised. He made two payments to a "safe account", of 5,100 pounds and 3,300 pounds, on
4 and 6 February. He realised he had been scammed when his daughter visited and reported it to
Harwell on 9 February 2023.

Harwell refused to refund him in its final response of 2 March 2023. It said Mr K had
ignored its warnings. Mr K referred his complaint to this service in about May 2023. Our
investigator issued her view on 11 October 2023, recommending that Harwell refund half of
the loss. Harwell disagreed, so the complaint came to me.

What I've decided - and why

Harwell signed up to the voluntary reimbursement code in 2019, and I've considered it along
with the Payment Services Regulations 2017. The warnings Harwell gave were general and did
not speak to a safe-account scam. I think Mr K also should have done more to check who was
calling him, so it is fair that the loss is shared.

My final decision

I uphold this complaint and require Harwell Bank plc to refund 50% of both payments, with
interest at 8% simple a year. Under the rules of the Financial Ombudsman Service, I'm
required to ask Mr K to accept or reject my decision before 30 April 2024.

Nadia Orwell
Ombudsman""",
        (
            expect("2015/..", "account"),
            expect("2023-02-03", "call"),
            expect("2023-02-04", "payment"),
            expect("2023-02-06", "payment"),
            expect("2023-02-09", "report"),
            expect("2023-03-02", "refus"),
            expect("2023-05~", "referred"),
            expect("2023-10-11", "investigator"),
            expect("2019", "code"),
            expect("../2024-04-30", "accept", planned=True),
        ),
    ),
    Text(
        "chatley-rope-works",
        "rope works' history",
        None,
        """Chatley Rope Works: a short history

Rope was first made at Chatley around 1680, for the herring boats that worked out of the
harbour below the town. The covered rope walk, 340 yards long, was built in 1790 by the Moss
family, who ran the works for the next six generations.

Spinning machinery was installed in 1836 and a steam engine in 1852, and by then the works
employed some 120 men, women and boys. From 1914 to 1918 the walk made towing hawsers and
mooring cable for the Navy, working day and night.

The Moss family sold the works in 1948. Cheap imported rope and nylon cord took its trade,
and it closed in 1971, when the last nine ropemakers were laid off.

Since 1984 the site has been a working museum, run by the Chatley Rope Works Trust with
forty volunteers. Rope is still made by hand on the walk every Wednesday, and visitors can
twist their own skipping rope.

The museum will reopen its restored tarring house on 12 April 2025, after two years of
repairs paid for by a heritage grant. The Trust hopes to buy the old Moss family house
next to the walk by the end of 2026.

Chatley Rope Works Trust, Quay Lane, Chatley. Registered charity 1027764.
Open daily 10:00-16:00, April to October.""",
        (
            expect("1680~", "rope"),
            expect("1790", "walk"),
            expect("1836", "spinning"),
            expect("1852", "steam"),
            expect("1914/1918", "hawsers"),
            expect("1948", "sold"),
            expect("1971", "closed"),
            expect("1984/..", "museum"),
            expect("2025-04-12", "tarring", planned=True),
            expect("../2026", "house", planned=True),
        ),
    ),
    Text(
        "netherby-hall-letter",
        "village hall booking calendar letter",
        date(2024, 8, 14),
        """NETHERBY VILLAGE HALL
Church Lane, Netherby NY3 4QT | Bookings: 01632 960 447 | Registered charity no. 302119

14 August 2024

Dear Hirers,

Booking calendar: dates for your diary

Thank you for your support over the past year. Please note the following changes.

The hall will be closed from 2 to 13 September while the floor is sanded and resealed.
Regular groups, such as Tuesday badminton and the Friday toddler group, will be contacted
separately.

Please return the enclosed form for any remaining dates this year by 30 August. Bookings for
next year will open on Monday 16 September, and the calendar will then be on the noticeboard
in the porch.

The harvest supper will be held on Saturday 5 October, and all hirers are welcome.

The committee agreed new hire rates at its meeting on 24 July. The main hall will cost 18
pounds an hour and the small room 11 pounds. The new rates will come into effect on
1 January 2025; existing bookings for this year keep the old rates.

The hall, built in 1921 as a war memorial, needs a new roof within five years, and the
committee would welcome ideas for fundraising.

Yours faithfully,

Margaret Tilley
Booking Secretary""",
        (
            expect("2024-07-24", "committee"),
            expect("2025-01-01", "rates", planned=True),
            expect("2024-09-02/2024-09-13", "closed", planned=True),
            expect("../2024-08-30", "form", planned=True),
            expect("2024-09-16", "bookings", planned=True),
            expect("2024-10-05", "harvest", planned=True),
            expect("1921", "built"),
        ),
    ),
)
