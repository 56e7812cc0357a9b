"""The hundred-and-sixty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its earlier test texts. Twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a storm surge warning, a curling championship report, a steelworks furnace relight
release, a soldier's diary of 1916, a red squirrel count report, a lido's history, a transport
ministry speed limit statement, a museum HTML exhibitions page, a pensions ombudsman
determination, a tannery's history and a choral society's newsletter.

Facts whose date a reader could take two ways (a season, a decade, "late 2028", "after the
concert") are left out of the expected events, as are habits, comparisons and furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYEIGHTH_CORPUS",)

HUNDREDSIXTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-insolvency",
        "wire story with a dateline",
        date(2025, 3, 14),
        """LOWMARSH, March 14 (Meridian Wire) - Islebridge Ferries, the only operator of a car
ferry to the Skerrin Islands, filed for insolvency protection on Thursday, leaving some 4,000
islanders without a regular crossing to the mainland.

The company said its two vessels, the Skerrin Maid and the Ronan, would stay in port until an
administrator is appointed. A hearing at the Lowmarsh commercial court is set for Tuesday.

Islebridge lost its main subsidy on January 31, when the county council's contract lapsed,
and warned on February 12 that it could run out of cash within weeks. Its chief executive,
Hollis Brandt, resigned two days later.

The regional transport authority said it would charter a replacement vessel from a Norwegian
operator by March 28 at the latest. Until then, a passenger-only launch will sail twice a day
from Lowmarsh pier. "We will not leave the islands cut off," authority chair Dervla Morrin
said.

Bookings had fallen 11 percent over the past year, the steepest fall since 2009, the company
said in its filing.

The Skerrin Islands Association, which has campaigned for a fixed link since 1994, will meet
transport ministers in the capital on Monday. Its chair, Fintan Roe, said the collapse showed
"what we have been saying for thirty years".

Islebridge was founded in 1962 by a group of island fishermen and has run the route under
contract since 1988.

(Reporting by Ada Lindqvist; Editing by Marcus Oyelaran)""",
        (
            expect("2025-03-13", "insolvency"),
            expect("2025-03-18", "hearing", planned=True),
            expect("1962", "found"),
            expect("1988/..", "route"),
            expect("2025-01-31", "subsidy"),
            expect("2025-02-12", "warn"),
            expect("2025-02-14", "resign"),
            expect("../2025-03-28", "charter", planned=True),
            expect("1994/..", "campaign"),
            expect("2025-03-17", "meet", planned=True),
        ),
    ),
    Text(
        "fernwood-creamery",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Fernwood Dairies to build £48 million creamery at Aldbury

ALDBURY, 2 June 2025 - Fernwood Dairies, the farmer-owned cheese and butter maker, is to build
a new creamery on the former Aldbury brickworks site, creating around 180 jobs.

Mardale District Council granted planning permission for the scheme on 21 May, and Fernwood
will hold a public information evening at Aldbury village hall on Thursday 12 June, from 6pm
to 8pm. Construction is scheduled to begin in September, and the creamery is expected to be
producing cheese by December 2027. It will process up to 900,000 litres of milk a day.

Fernwood was founded in 1931 by the brothers Amos and Walter Fenn, who sold butter from a cart
at Aldbury market. The company bought Hilltop Creamery of Stenbury in 2014, and since 2019 it
has taken all of its milk from farms within 50 miles of Aldbury.

"This is the biggest investment in our history," said managing director Priya Halloran. "It
secures the future of our 240 member farms for a generation."

Plans for the creamery are on display at the Fernwood dairy shop, which is open daily.

ENDS

Notes to editors
Fernwood Dairies is a co-operative owned by 240 farming families. Its annual turnover of
£312 million is its highest since 2008. The company is certified to ISO 22000.

Media contact: Jonah Pryce, communications manager, 01632 960 418, press@fernwood.example""",
        (
            expect("2025-05-21", "permission"),
            expect("2025-09", "construction", planned=True),
            expect("../2027-12", "produc", planned=True),
            expect("1931", "found"),
            expect("2014", "hilltop"),
            expect("2019/..", "milk"),
            expect("2025-06-12", "information", planned=True),
        ),
    ),
    Text(
        "kemp-v-tarrow",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

ROSALIND KEMP, Plaintiff and Appellant,
v.
TARROW LOGISTICS, INC., Defendant and Respondent.

No. B-318842 (Super. Ct. No. 22CV04471)

OPINION

HALVERSON, J. - Rosalind Kemp appeals from a summary judgment entered against her on her claim
that Tarrow Logistics, Inc. dismissed her in retaliation for reporting unsafe loading
practices. We reverse.

I. BACKGROUND

Kemp was hired by Tarrow as a dispatcher in March 2016 and was promoted to shift supervisor in
or about 2018. In September 2021 she reported to the state Occupational Safety Board that
forklifts at Tarrow's Easton depot were operated by uncertified drivers. Tarrow posted her
position on an online job board on October 20, 2021, and terminated her employment on or about
November 3, 2021, citing "restructuring." Since February 2022 she has worked for another
carrier at lower pay.

Kemp filed a charge with the Westmarch Civil Rights Department on December 14, 2021, and sued
in superior court on April 8, 2022, under section 1102.5 of the Labor Code. Tarrow moved for
summary judgment, which the trial court granted on May 5, 2023. Kemp filed a timely notice of
appeal on June 1.

II. DISCUSSION

We review a grant of summary judgment de novo. (Hollis v. Brandt Freight Co. (2009) 172
Wm.App.4th 88, 94.) An employer's decision to advertise a position two weeks before the
employee who holds it is dismissed may support an inference that the stated reason is a
pretext. (Okoro v. Selden Mills (2017) 9 Wm.5th 311, 318.) Tarrow offered no evidence that any
other supervisor's post was cut. A triable issue of fact exists as to causation.

III. DISPOSITION

The judgment is reversed and the matter is remanded for trial. Kemp is to recover her costs on
appeal.

WE CONCUR: OSEI, P. J.; LINDGREN, J.""",
        (
            expect("2016-03", "hire"),
            expect("2018~", "promot"),
            expect("2021-09", "report"),
            expect("2021-10-20", "position"),
            expect("2021-11-03~", "terminat"),
            expect("2022-02/..", "carrier"),
            expect("2021-12-14", "charge"),
            expect("2022-04-08", "sue"),
            expect("2023-05-05", "summary judgment"),
            expect("2023-06-01", "appeal"),
        ),
    ),
    Text(
        "carrowmere-history",
        "encyclopedia history",
        None,
        """Carrowmere

Carrowmere is a market town in the Vale of Ostry, at the lowest ford of the river Ost. Its
population is about 11,500.

History

A settlement at the ford is first recorded in about 1140, when the manor was granted to the
priory of St Ebba. A small Cistercian abbey was founded nearby, perhaps in 1202, though its
foundation charter does not survive. The Earl of Ostry granted the town a weekly market in
1287; the market is still held every Thursday.

Carrowmere Castle, held for Parliament during the Civil War, was besieged and largely destroyed
in 1644. The town recovered slowly, and by the 18th century it was known for its woollen
cloth.

The railway reached Carrowmere in 1851, and the population roughly doubled over the next thirty
years. The town hall, designed by Hubert Kellaway in a Venetian Gothic style, was built in
1874-1876. The woollen industry declined in the 20th century: the three remaining mills closed
in 1958, 1963 and 1971, the last of them the Ostbank Mill, whose chimney, 61 metres high, still
stands.

Carrowmere has been twinned with Sainte-Odile in Normandy since 1979.

See also
- Vale of Ostry
- River Ost""",
        (
            expect("1140~", "record"),
            expect("1202?", "abbey"),
            expect("1287", "market"),
            expect("1644", "castle"),
            expect("1851", "railway"),
            expect("1874/1876", "town hall"),
            expect("1958", "mill"),
            expect("1963", "mill"),
            expect("1971", "mill"),
            expect("1979/..", "twin"),
        ),
    ),
    Text(
        "ashcombe-promotion",
        "sports report",
        date(2025, 4, 27),
        """Varga's Rovers seal promotion in style

Ashcombe Rovers 2 Dunmore Athletic 1

By Callum Hird
Sunday 27 April 2025

Ashcombe Rovers are back in the Championship. Goals from Kofi Adeyemi and Reece Tallon gave
Ilse Varga's side a 2-1 win over Dunmore Athletic at Mill Lane on Saturday, and with
second-placed Harwick only drawing, promotion was sealed with a game to spare.

Adeyemi, who joined on loan from Castleford City in January, opened the scoring after 23
minutes with his 12th goal in 16 games. Dunmore levelled through Jay Morrell just before
half-time, but Tallon headed the winner from a corner on 71 minutes.

It is the club's first promotion since 1998, and the crowd of 14,206, the biggest at Mill Lane
this season, stayed long after the final whistle.

Varga, appointed on 3 October 2024 after the sacking of Pete Lawless, has lost only three
league games since. "Nobody gave us a chance," she said. "These players have earned
everything."

Rovers, who have played at Mill Lane since 1911, will finish the season away at Northfleet on
Saturday, when the league trophy will be presented. An open-top bus parade through the town
centre is planned for the following day.

Dunmore, who have not won away since February, remain 19th, four points above the drop zone.

Ashcombe: Pell; Dacre, Moss, Ferreira, Lund; Tallon, Greaves (Ince 80), Obi; Ward,
Adeyemi (Kerr 88), Shaw.""",
        (
            expect("2025-04-26", "promotion"),
            expect("2025-01", "adeyemi"),
            expect("2024-10-03", "varga", "appoint"),
            expect("1911/..", "mill lane"),
            expect("2025-05-03", "northfleet", planned=True),
            expect("2025-05-04", "parade", planned=True),
        ),
    ),
    Text(
        "brisby-and-lowe",
        "company history",
        None,
        """Our history

Brisby & Lowe was founded in 1874 by Samuel Brisby and Thomas Lowe, two journeyman cutlers who
rented a pair of workshops on Pond Street, Hallamford. Their pen knives sold well, and in 1891
the partners moved to the larger Wharf Street works, where the firm still makes its knives
today. The following year it was registered as a limited company.

During the Great War the works turned to bayonets and surgical instruments; between 1915 and
1918 it supplied more than 400,000 bayonets to the War Office. On or about 12 March 1937 a
fire, probably started in the grinding shop, destroyed the east wing. The wing reopened the
following year, rebuilt with electric grinding wheels.

Brisby & Lowe introduced its first stainless steel table knives in about 1955, and its plain
Wharfline cutlery became a fixture of hotel dining rooms. In 1969 the firm was acquired by the
Consolidated Cutlery Group.

Since 2003 the company has again been owned by the Lowe family, after three of Thomas Lowe's
great-great-grandchildren bought it back from Consolidated. Every blade is still ground and
finished by hand, and each knife carries the maker's mark of the craftsman who made it.

A visitor centre and factory shop at Wharf Street are to open in 2026, the year of the firm's
152nd birthday.

Brisby & Lowe Ltd · Wharf Street Works · Hallamford · Company no. 00036112""",
        (
            expect("1874", "found"),
            expect("1891", "wharf street"),
            expect("1892", "limited"),
            expect("1915/1918", "bayonet"),
            expect("1937-03-12~", "fire"),
            expect("1938", "reopen"),
            expect("1955~", "stainless"),
            expect("1969", "acqui"),
            expect("2003/..", "own"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "tessaly-mission",
        "mission summary (space)",
        None,
        """TESSALY ASTEROID SAMPLE-RETURN MISSION - MISSION SUMMARY

Agency: Nordic-Baltic Space Agency (NBSA)
Target: asteroid (4821) Velmora, a carbonaceous near-Earth asteroid about 780 m across
Spacecraft mass at launch: 1,850 kg

Tessaly was launched on 14 September 2021 aboard a Kestrel-2 rocket from the Skarvik launch
site. After an Earth flyby on 2 October 2022, which bent its path towards the asteroid, the
spacecraft entered orbit around Velmora on 19 June 2024 and released its lander, Pip, on
30 July.

Pip hopped three times across the surface and returned images of a boulder field at 0.5 mm
per pixel. Its battery ran out around 2 August, some three days after landing, roughly as
planned.

On 11 November the orbiter touched down for four seconds and collected an estimated 80 g of
regolith in its sample chamber. In January 2025 the agency extended the mission by eighteen
months to allow a second mapping campaign of the asteroid's southern hemisphere.

Tessaly is scheduled to leave Velmora in March 2026. Its return capsule is expected to land in
the Ostervik desert range late in 2028, and the samples will be curated at the new Lindholm
Sample Facility, which is to be completed by June 2027.

Instruments: TVC visible camera, NIRS near-infrared spectrometer, LAS laser altimeter, RSE radio
science experiment.

Status: in orbit around Velmora; all systems nominal.""",
        (
            expect("2021-09-14", "launch"),
            expect("2022-10-02", "flyby"),
            expect("2024-06-19", "orbit"),
            expect("2024-07-30", "pip"),
            expect("2024-08-02~", "battery"),
            expect("2024-11-11", "sample"),
            expect("2025-01", "extend"),
            expect("2026-03", "leave", planned=True),
            expect("../2027-06", "facility", planned=True),
        ),
    ),
    Text(
        "eastern-drought",
        "government statement",
        date(2025, 7, 23),
        """News story

Drought declared in the Eastern Region

The Minister for Water has declared drought status for the Eastern Region and set out the
steps that will follow.

From: Ministry of Water and Rural Affairs and Elspeth Carrow MP
Published 23 July 2025

The Minister for Water, Elspeth Carrow, declared drought status for the Eastern Region on
Monday, after the National Drought Group met on 18 July to review river flows and reservoir
stocks.

Stocks at Hallam Reservoir, which supplies 1.4 million people, stood at 41% on 20 July,
against a normal 78% for the time of year.

A temporary ban on hosepipe use, announced by Eastwater plc yesterday, comes into force on
Friday. Restrictions on spray irrigation from rivers will come into force on 1 August. A
£12 million support scheme for affected farmers opens for applications on Monday 28 July.

The Ministry will review the drought status by 15 September.

Elspeth Carrow said: "Every drop we save now is water we will have in the autumn. I thank
households and farmers for the care they are already taking."

Background
Rainfall this summer has been the lowest in the region since 1976. The National Drought Group,
set up in 2012, brings together water companies, farmers and environmental bodies.

Media enquiries: 0300 555 0142
Ref: MWRA/PR/2025/118""",
        (
            expect("2025-07-21", "drought", "declar"),
            expect("2025-07-18", "group"),
            expect("2012", "group"),
            expect("2025-07-20", "reservoir"),
            expect("2025-07-22", "hosepipe"),
            expect("2025-07-25", "hosepipe", planned=True),
            expect("2025-08-01", "irrigation", planned=True),
            expect("2025-07-28", "support", planned=True),
            expect("../2025-09-15", "review", planned=True),
        ),
    ),
    Text(
        "tolworth-library-reopens",
        "HTML news page",
        date(2025, 11, 6),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Central library to reopen after roof repairs | Tolworth Sentinel</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central library to reopen after roof repairs</h1>
<p class="byline">By Hana Okonjo, local democracy reporter &middot;
<time datetime="2025-11-06">6 November 2025</time></p>
<p>Tolworth Central Library will reopen on Saturday 22 November, nine months after part of its
ceiling fell into the reading room.</p>
<p>The library closed on 14 February, when plaster from the dome came down an hour before
opening time. Nobody was hurt. Repairs to the roof began in April and cost about
&pound;2.3 million, the council said.</p>
<p>Since March a temporary library has operated from the market hall, lending around 3,000
books a week.</p>
<p>The council says opening hours may change. Residents can comment on the proposed new hours
online no later than 30 November.</p>
<p>The library opened in 1907, paid for by a gift from the shipowner Edwin Marlow, and was
listed in 1972. "People have been coming here for 118 years," said councillor Joan Pettifer,
who chairs the culture committee.</p>
</article>
<aside><h2>Most read</h2>
<ul><li>Bypass plan back on the table</li><li>Tolworth Town 3 Elmbridge 0</li></ul></aside>
<footer><p>&copy; 2025 Sentinel Media Ltd. Registered in England No. 04418271.</p></footer>
</body>
</html>""",
        (
            expect("2025-11-22", "reopen", planned=True),
            expect("2025-02-14", "clos"),
            expect("2025-04", "repair"),
            expect("2025-03/..", "market hall"),
            expect("1907", "open"),
            expect("1972", "list"),
            expect("../2025-11-30", "hours", planned=True),
        ),
    ),
    Text(
        "kessmouth-surge-warning",
        "storm surge warning",
        date(2025, 1, 14),
        """COASTAL FLOOD FORECASTING SERVICE - STORM SURGE WARNING
Warning number: SSW-2025-004
Issued: 05:40 GMT, Tuesday 14 January 2025
Area: North Sea coast from Kessmouth to Porthellis
Level: FLOOD WARNING (amber)

Summary
A storm surge of about 1.2 metres, driven by strong northerly winds behind Storm Imelda, is
forecast to coincide with a high spring tide on Wednesday evening. Water levels at Kessmouth
are expected to reach 4.1 metres above datum at around 19:20, the highest forecast for the
town since 2013. Storm Imelda was named on Monday.

Validity
This warning is in force from 18:00 Tuesday until 12:00 Thursday.

Actions
Residents of Low Quay, Fisher Row and Porthellis seafront should move valuables upstairs,
keep medicines and phones to hand and be ready to leave. The sea wall at Porthellis, breached
on 2 January, has been temporarily repaired with rock armour but may be overtopped. The
Kessmouth tidal barrier, in service since 1986, will be closed on Wednesday afternoon.

Background
This warning replaces the flood alert issued on Sunday. Surges are most dangerous around the
spring tides that follow each new and full moon.

Next update: 17:00 GMT, or sooner if conditions change.
Floodline: 0345 988 1188""",
        (
            expect("2025-01-15", "surge", planned=True),
            expect("2025-01-13", "imelda"),
            expect("2025-01-14/2025-01-16", "warning", planned=True),
            expect("1986/..", "service"),
            expect("2025-01-15", "barrier", "clos", planned=True),
            expect("2025-01-02", "wall"),
            expect("2025-01-12", "alert"),
        ),
    ),
    Text(
        "rennie-curling-title",
        "curling championship report",
        date(2025, 3, 24),
        """Rennie rink reclaims national title in extra-end thriller

National Women's Curling Championship, Braeburn Ice Rink

By Morven Ogilvie
24 March 2025

Team Rennie are national champions for the third time. Skip Isla Rennie drew to the button
with her last stone of an extra end at Braeburn Ice Rink on Sunday to beat Team Falconer 7-6
in a final that swung one way and then the other.

Falconer, whose rink has been together since 2021, led 5-3 after six ends, but Rennie's four in
the eighth turned the game. It was the first final to need an extra end since 2008. Rennie
first won the title in 2019 and again in 2022 with a different front end.

This time her rink needed a tie-breaker just to reach the play-offs after losing three of its
seven round-robin games, played from 17 to 21 March 2025. In Saturday's semi-final it beat the
defending champions, Team Strachan, 8-4.

"We practise every Tuesday and Thursday at six in the morning before work," said lead Kirsty
Dow. "Nights like this are why."

Rennie will represent the country at the World Women's Championship in Brayford from 15 to
23 April. The title also earns the rink a place at the Olympic trials, which are scheduled for
November.

Results
Final: Rennie 7, Falconer 6 (extra end)
Semi-finals: Rennie 8, Strachan 4; Falconer 9, MacAulay 5""",
        (
            expect("2025-03-23", "rennie"),
            expect("2021/..", "falconer"),
            expect("2019", "rennie"),
            expect("2022", "rennie"),
            expect("2025-03-17/2025-03-21", "round"),
            expect("2025-03-22", "semi"),
            expect("2025-04-15/2025-04-23", "world", planned=True),
            expect("2025-11", "olympic", planned=True),
        ),
    ),
    Text(
        "dunmarren-furnace-relit",
        "steelworks furnace relight release",
        date(2025, 10, 14),
        """NEWS RELEASE - Dunmarren Steel

Blast Furnace No. 4 back in operation after £61 million reline

DUNMARREN, 14 October 2025 - Dunmarren Steel's Blast Furnace No. 4 was relit on Sunday after a
seven-month reline, the largest engineering project at the works in almost two decades.

The furnace was blown out on 3 March, and contractors began stripping the old refractory
lining in April. Some 1,600 tonnes of new carbon and ceramic brick were laid over roughly
150,000 working hours. The first iron was tapped on Monday, about 26 hours after the relight.

The 140 employees who were temporarily laid off during the outage will return to work on
20 October, and the furnace is expected to reach its full output of 9,000 tonnes of iron a day
by 30 November. Blast Furnace No. 3 will then be taken off line for inspection in February
2026.

No. 4 was first blown in in 1959 and was last relined in 2006. The new lining is designed to
last around 18 years. Iron was first made at Dunmarren in about 1790, when the Carse Ironworks
built two charcoal furnaces by the river.

"Relighting a furnace is always a nervous moment," said works manager Gareth Penhallow. "The
team has done an extraordinary job, safely and on budget."

ENDS

Notes to editors
Dunmarren Steel employs 2,900 people and produces 3.1 million tonnes of steel a year. It holds
ISO 14001 and ISO 50001 certification.

Media enquiries: press office, 01324 555 210, media@dunmarrensteel.example""",
        (
            expect("2025-10-12", "furnace", "relit"),
            expect("2025-10-13", "tap"),
            expect("2025-03-03", "blown"),
            expect("2025-04", "lining"),
            expect("1959", "blown"),
            expect("2006", "relin"),
            expect("1790~", "iron"),
            expect("2025-10-20", "return", planned=True),
            expect("../2025-11-30", "output", planned=True),
            expect("2026-02", "inspection", planned=True),
        ),
    ),
    Text(
        "cotterill-diary-1916",
        "soldier's diary of 1916",
        None,
        """From the diary of Pte. Albert Henry Cotterill, 11th Bn., Loamshire Regiment
(transcribed by his granddaughter; spelling as in the original)

Thurs. 1st June 1916. Came up to the line tonight by the communication trench, raining all the
way and mud to the knees. Alf Gurney and me are the only two of our street left in the
company.

Sat. 3rd June. Jerry shelled the support trench all afternoon. Pte. Hollis killed by a
whizzbang, we buried him behind the lines about 10 at night. He was 19.

Sun. 4th. Church parade in the orchard at the back of the farm, the padre kept it short.

Sat. 24th June. Our guns started the big bombardment at dawn, never heard nothing like it, the
ground shakes all day and all night. We are to go over on the 29th so the Sergt. says.

Wed. 28th. Attack put off two days on account of the rain. Nobody says much. Wrote to Mother.

Sat. 1st July. Went over at 7.30 this morning behind the barrage. Alf hit in the leg crossing
no man's land, got him into a shell hole and lay out with him till dark, then crawled back.

Sun. 2nd. Roll call this morning, 212 answered out of 640. Alf sent down the line to the
dressing station, he waved to me. They say we shall be relieved by the 5th, please God. Alf
and me joined up together in Sept. 1914, and now I am the last of our street in the company.""",
        (
            expect("1914-09", "join"),
            expect("1916-06-01", "line"),
            expect("1916-06-03", "hollis"),
            expect("1916-06-04", "church"),
            expect("1916-06-24", "bombardment"),
            expect("1916-06-29", "over", planned=True),
            expect("1916-06-28", "attack"),
            expect("1916-07-01", "over"),
            expect("1916-07-02", "roll call"),
            expect("../1916-07-05", "reliev", planned=True),
        ),
    ),
    Text(
        "glen-arran-squirrel-count",
        "red squirrel count report",
        None,
        """GLEN ARRAN RED SQUIRREL GROUP
Autumn Squirrel Count 2024: Summary Report
Report no. GARSG/24/2

1. Summary
A total of 412 red squirrels, up 9% on the previous count and the highest total since 2011,
were recorded in this year's count, carried out from 7 to 20 October 2024 by 86 volunteers at
41 feeder stations in Glen Arran, Kilbride Forest and the Ellerby woods. Grey squirrels were
seen at three stations, all on the southern edge of the survey area.

2. Disease
Squirrelpox was confirmed in a dead red squirrel found near Ellerby on 2 August, the first case
in the glen since 2017. Feeders within 2 km were removed for six weeks. No further cases were
found during the count.

3. Grey squirrel control
Grey squirrels were first recorded in Glen Arran in 2009. Since 2015 the group has run a
trapping programme with the Arran Woodland Trust, removing 1,146 greys to date.

4. Habitat
Around 60 nest boxes were put up in Kilbride Forest in about 2020; 23 were in use this year.

5. The group and the next count
The group was founded in 1998 by Moira Lennox, and volunteers check the feeders every week
throughout the year. The next count is scheduled for 6 to 19 October 2025. New volunteers
should register by 15 September.

Contact: Sarah Quayle, survey coordinator, 01770 555 332""",
        (
            expect("2024-10-07/2024-10-20", "count"),
            expect("2024-08-02", "squirrelpox"),
            expect("2009", "grey"),
            expect("2015/..", "trap"),
            expect("2020~", "nest"),
            expect("1998", "found"),
            expect("2025-10-06/2025-10-19", "count", planned=True),
            expect("../2025-09-15", "regist", planned=True),
        ),
    ),
    Text(
        "westcliff-lido-history",
        "lido's history",
        None,
        """Our history

Westcliff Lido was opened on 28 June 1936 by the Mayor of Westcliff, Alderman George Tapley,
before a crowd of some 5,000. Designed by the borough engineer Harold Finch in the streamlined
style of the day, the 50-metre pool was filled with unheated sea water pumped up from the bay.

The lido was requisitioned by the Admiralty in 1940 and used to train naval divers. It
reopened to the public six years later. A ten-metre diving board, added in around 1950,
became the town's best-known landmark.

Visitor numbers fell as cheap holidays abroad took families elsewhere in the 1970s, and the
council closed the lido in 1989. The Friends of Westcliff Lido were formed in 1991 to fight
plans to fill in the pool, and after a ten-year campaign and a £3.4 million lottery grant the
restored lido reopened on 5 May 2001.

Since 2012 the pool has been heated to 23°C by solar panels and a heat pump, and it is now
open all year round. Our early-morning swimmers have their own club, the Westcliff Penguins,
who swim every day of the year whatever the weather.

In June 2036 we will celebrate the lido's centenary with a week of events. If you have
photographs or memories to share, please email history@westclifflido.example.

Westcliff Lido is run by the Westcliff Lido Trust, registered charity no. 1087724.""",
        (
            expect("1936-06-28", "open"),
            expect("1940", "requisition"),
            expect("1946", "reopen"),
            expect("1950~", "diving"),
            expect("1989", "clos"),
            expect("1991", "friends"),
            expect("2001-05-05", "reopen"),
            expect("2012/..", "heat"),
            expect("2036-06", "centenary", planned=True),
        ),
    ),
    Text(
        "default-20mph-limit",
        "transport ministry speed limit statement",
        date(2025, 9, 18),
        """Ministry of Transport
Press statement - 18 September 2025

Default 20 mph limit for residential streets

The Minister of Transport, Rhian Castell, today announced that the default speed limit on
restricted roads in built-up areas will be lowered from 30 mph to 20 mph on 1 April 2026.

The decision follows a public consultation that ran from 3 March to 26 May 2025 and drew 14,200
responses, 61% of them in favour. Pilot schemes in Ashby and Kelsall have been running since
2022; in their first two years, casualties on the streets concerned fell by around a quarter.

The 30 mph limit was introduced in built-up areas in 1935, when there were fewer than
2.5 million vehicles on the roads.

"Twenty is the right speed where people live, shop and go to school," the Minister said.
"Councils will keep the flexibility to retain 30 mph on main roads where it is safe."

Local authorities must publish a list of the roads they will keep at 30 mph no later than
31 January 2026. The regulations will be debated in Parliament on Tuesday.

Around 1,700 people die on the country's roads each year. The change will be made under
section 81 of the Road Traffic Regulation Act 1984. New signs are expected to cost an
estimated £32 million, met by the Ministry.

Notes to editors
Restricted roads are, in general, roads with street lighting at intervals of not more than
183 metres.

Press office: 020 7944 3021 (out of hours: 07700 900 614)""",
        (
            expect("2025-09-18", "announce"),
            expect("2026-04-01", "20", planned=True),
            expect("2025-03-03/2025-05-26", "consultation"),
            expect("2022/..", "pilot"),
            expect("1935", "30", "introduc"),
            expect("../2026-01-31", "list", planned=True),
            expect("2025-09-23", "debat", planned=True),
        ),
    ),
    Text(
        "harrowfield-exhibitions",
        "museum HTML exhibitions page",
        date(2026, 2, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Exhibitions | Harrowfield Museum of Making</title>
</head>
<body>
<header><a href="/">Harrowfield Museum of Making</a>
<nav><a href="/visit">Visit</a> <a href="/exhibitions">Exhibitions</a>
<a href="/collections">Collections</a> <a href="/shop">Shop</a></nav></header>
<main>
<h1>Exhibitions</h1>
<p>Open Tuesday to Sunday, 10:00-17:00. Late opening until 20:00 every Thursday. Free entry.</p>
<h2>Now showing</h2>
<section class="exhibition">
<h3>Glass and Fire: Beads of the Venetian Lagoon</h3>
<p class="dates">10 October 2025 - 15 March 2026 &middot; Gallery 4</p>
<p>Curator's talk with Dr Lucia Ferrante: Thursday 26 February, 18:30. Booking essential.</p>
<p>Eight hundred glass beads, from a rosary made around 1480 to the trade beads carried
across the Atlantic.</p>
</section>
<section class="exhibition">
<h3>The Kettering Bequest</h3>
<p>Clocks and scientific instruments, on long-term loan from the Kettering family since 2019.
Ground floor.</p>
</section>
<h2>Coming soon</h2>
<section class="exhibition">
<h3>The Weaver's Year</h3>
<p class="dates">18 April - 27 September 2026 &middot; Galleries 1 and 2</p>
<p>Twelve months in the life of a Harrowfield mill, told through its pattern books.</p>
</section>
<p class="notice">Gallery 4 will be closed from 16 to 27 March for the change of
exhibition.</p>
<h2>Past exhibitions</h2>
<ul>
<li>Paper Cities: Architects' Models (2024)</li>
<li>Small Worlds: Dolls' Houses (2023)</li>
</ul>
<p>The museum was founded in 1883 in the former Mechanics' Institute.</p>
</main>
<footer><p>Registered charity no. 1093318 &middot; &copy; 2026 &middot; Page updated
2 February 2026</p></footer>
</body>
</html>""",
        (
            expect("2025-10-10/2026-03-15", "glass"),
            expect("1480~", "rosary"),
            expect("2026-02-26", "talk", planned=True),
            expect("2019/..", "loan"),
            expect("2026-04-18/2026-09-27", "weaver", planned=True),
            expect("2026-03-16/2026-03-27", "clos", planned=True),
            expect("2024", "paper cities"),
            expect("2023", "small worlds"),
            expect("1883", "found"),
        ),
    ),
    Text(
        "ombudsman-halden-transfer",
        "pensions ombudsman determination",
        None,
        """Ombudsman's Determination

Applicant: Mr D
Scheme: Halden Engineering Pension Scheme (the Scheme)
Respondent: The Trustee of the Halden Engineering Pension Scheme (the Trustee)
Reference: PO-28471

Outcome
1. I uphold Mr D's complaint in part. The Trustee shall pay Mr D £1,000 for the significant
distress and inconvenience its delay caused him, no later than 31 January 2024.

Complaint summary
2. Mr D complains that the Trustee took more than five months to pay his transfer value, and
that he lost investment growth as a result.

Background
3. Mr D joined the Scheme on 1 September 1994. He left service in or about March 2019 and
became a deferred member.
4. Mr D requested a transfer value quotation on 14 May 2021. The Trustee sent a quotation on
or about 2 June 2021, guaranteed for three months. Mr D returned the discharge forms promptly.
5. The transfer value was eventually paid on 22 October 2021, after the guarantee period had
ended and the value had fallen by £6,412.
6. Mr D complained under the Scheme's internal dispute resolution procedure on 7 January 2022.
The Trustee's stage one response, dated 3 March, said the delay was caused by the
administrator's move to a new computer system. The stage two decision followed on 19 May and
did not uphold the complaint.
7. Mr D referred his complaint to the Pensions Ombudsman on 2 August 2022.

Ombudsman's decision
8. Under section 99 of the Pension Schemes Act 1993, a trustee must carry out a member's
request within six months of the guarantee date. I find that the Trustee should reasonably have
paid the transfer within ten working days of receiving the forms.

Directions
9. Within 28 days of the date of this Determination the Trustee shall recalculate the transfer
value and pay the difference, with interest, to Mr D's receiving scheme.

Camilla Strode
Deputy Pensions Ombudsman""",
        (
            expect("../2024-01-31", "pay", planned=True),
            expect("1994-09-01", "join"),
            expect("2019-03~", "service"),
            expect("2021-05-14", "request"),
            expect("2021-06-02~", "quotation"),
            expect("2021-10-22", "paid"),
            expect("2022-01-07", "complain"),
            expect("2022-03-03", "stage one"),
            expect("2022-05-19", "stage two"),
            expect("2022-08-02", "ombudsman"),
        ),
    ),
    Text(
        "pellows-tannery",
        "tannery's history",
        None,
        """A history of Pellow's Tannery, Millbrook

Leather has been made on the leat at Millbrook for centuries: a tan-yard on the site is
recorded in a manor survey of 1722.

The present business was founded in 1803 by Josiah Pellow, a currier from Bodmin, who leased
the yard and its twenty oak-bark pits. His grandson Edwin moved the works, probably in 1847, to
its present site downstream, where a stronger leat could drive the bark mill.

Pellow's made harness, saddle and boot leather for much of the nineteenth century. War Office
contracts for boot soles were signed in 1915, 1917 and 1940, and at its peak the tannery
employed some 130 people. A fire in about 1921 destroyed the drying lofts, which were rebuilt
in brick.

Hides still spend twelve to fifteen months in the pits, far longer than in the chrome tanning
that most of the industry adopted after the Second World War. Pellow's is now one of the last
oak-bark tanneries in Europe.

The tannery came close to closing in the recession of the early 1980s. A management buyout
saved it in 1996, and since 2011 Pellow's has been owned by its employees through a trust.

A new reed-bed effluent treatment system is to be completed by June 2026, cutting the yard's
water use by a third.

Tours of the yard run every Wednesday at 2pm; booking is essential.

Pellow's Tannery Ltd · Millbrook · Company no. 03187654""",
        (
            expect("1722", "record"),
            expect("1803", "found"),
            expect("1847?", "move"),
            expect("1915", "contract"),
            expect("1917", "contract"),
            expect("1940", "contract"),
            expect("1921~", "fire"),
            expect("1996", "buyout"),
            expect("2011/..", "employee"),
            expect("../2026-06", "effluent", planned=True),
        ),
    ),
    Text(
        "elmsworth-choral-newsletter",
        "choral society's newsletter",
        date(2025, 10, 3),
        """THE ELMSWORTH CHORAL SOCIETY - NEWSLETTER
No. 87 · Friday 3 October 2025
Registered charity no. 502117

From the Chair

Dear members,

Welcome back after the summer break! Our summer concert at St Aldhelm's on 21 June raised
£2,340 for Elmsworth Hospice, and the audience of 310 was our biggest since 2019. Thank you
all.

Come and Sing: Messiah
This Sunday we join the Kingsford Singers for a come-and-sing Messiah in Kingsford Minster.
Scores can be borrowed from the society library.

Christmas Concert
Our Christmas concert will be on Saturday 13 December at 7.30pm in St Aldhelm's, with carols
for choir and audience and a new setting of the Advent antiphons. Tickets £15.

Subscriptions
Subscriptions for 2025-26 (£120, concessions £80) are due by 31 October. Rehearsals continue
every Tuesday at 7.30pm in the Church Hall.

Anselm Cole
As many of you know, Anselm, who has been our musical director since 2003, will retire after
the Christmas concert. Auditions for his successor will be held on or around 20 January 2026.

A bit of history
The Society was founded in 1921 by the organist Edith Marsh. Our centenary, postponed by the
pandemic, was finally celebrated with a gala concert in 2022.

With best wishes,
Hilary Dunne, Chair
secretary@elmsworthchoral.example · 01632 960 771""",
        (
            expect("2025-06-21", "summer concert"),
            expect("2025-10-05", "messiah", planned=True),
            expect("2025-12-13", "christmas concert", planned=True),
            expect("2003/..", "director"),
            expect("2026-01-20~", "audition", planned=True),
            expect("../2025-10-31", "subscription", planned=True),
            expect("1921", "found"),
            expect("2022", "centenary"),
        ),
    ),
)
