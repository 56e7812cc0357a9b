"""The hundred-and-eighty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents and copying none: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a heat
health alert, a judo championship report, a cinema chain reopening release, a governess's
letters of the 1900s, a moth light trap report, a tithe barn's history, an interior minister's
passport fee statement, a county archive HTML exhibitions page, a school exclusion review
panel decision, a soap works' history and a parish magazine's diary dates. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, "late
1970s", "last month", "within a decade") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYSECOND_CORPUS",)


HUNDREDEIGHTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "landslide-line-reopens",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRAVIK, March 12 (Northwind News) - Passenger trains ran again on the Kestravik-Olund
line on Tuesday for the first time in six weeks, after engineers cleared and rebuilt a stretch
of track buried by a landslide.

The slip came down on January 27, after a week of heavy rain, and carried some 300 metres of
embankment into the Olund river. No train was on the section at the time.

Regional operator Fjordlink said the line would run a reduced service at first. Engineers will
begin anchoring the slope above the cutting on Monday, and the full timetable is to be
restored by April 6, the company said in a statement.

"We have had people driving two hours a day to get to work," said Fjordlink's operations
director, Henrik Sall. "The first train out yesterday was full."

The single-track line, opened in 1894, carries about 4,800 passengers a day. A smaller slip
near the same cutting closed it for a month in about 1952, according to the county rail
society. The six-week closure was the longest on the line since 1987.

The transport ministry has ordered an inquiry into drainage along the route, and its report
must be delivered no later than June 30. Residents of Olund, who meet the operator every
quarter, have asked for the inquiry to cover three other cuttings on the line.

(Reporting by Signe Marthinsen; Editing by Paul Ekwueme; ref. NWN-0312-044)""",
        (
            expect("2025-03-11", "train"),
            expect("2025-01-27", "slip"),
            expect("2025-03-17", "slope", planned=True),
            expect("../2025-04-06", "timetable", planned=True),
            expect("1894", "line", "open"),
            expect("1952~", "slip"),
            expect("../2025-06-30", "report", planned=True),
        ),
    ),
    Text(
        "membrane-plant-opens",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Tessaline opens Brackmoor membrane plant, its largest in Europe

BRACKMOOR, 3 June 2025 - Tessaline Water Technologies, the water treatment specialist, opened
its new membrane filtration plant at Brackmoor Business Park yesterday. The regional economy
minister, Dr Clare Omondi, cut the ribbon in front of 200 staff and guests.

Construction of the 14,000 m2 plant began in February 2024. The first production line is now
running, and a second line will come on stream by March 2026, taking capacity to 90,000
membrane modules a year and employment on the site to 310.

"Brackmoor gives us the scale to serve utilities across the continent," said chief executive
Rhona Vasquez. "We have supplied municipal utilities since 2012, and demand has never been
stronger than it is this year."

Tessaline will hold a public open day at the site on Saturday 14 June, with guided tours of the
clean rooms and the test laboratory.

About Tessaline
Tessaline Water Technologies was founded in 2009 in Edinvale as a spin-out of the Edinvale
Institute of Chemistry and expanded to Scandinavia the following year. It is certified to
ISO 14001 and employs 1,150 people in seven countries.

Media contact: Joanna Briers, Head of Communications
press@tessaline.example | +44 131 496 0721
Ref: TWT/PR/2025/117

###""",
        (
            expect("2025-06-02", "plant", "open"),
            expect("2024-02", "construction"),
            expect("../2026-03", "second", "line", planned=True),
            expect("2012/..", "utilities"),
            expect("2025-06-14", "open", "day", planned=True),
            expect("2009", "found"),
            expect("2010", "scandinavia"),
        ),
    ),
    Text(
        "okonjo-reeve-v-halberd",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE REPUBLIC OF VARENNE
CIVIL DIVISION

Case No. CA-2023-0417

DANIEL OKONJO-REEVE, Appellant
v.
HALBERD LOGISTICS LIMITED, Respondent

Before: Justice M. Taverner, Justice S. Ilunga, Justice R. Coelho
Date: 18 April 2024

OPINION OF THE COURT (delivered by Justice Ilunga)

1. The appellant was employed by the respondent as a transport planner from on or about
3 March 2019. He was dismissed with immediate effect on 14 October 2021 for alleged gross
misconduct, namely the falsification of drivers' timesheets.

2. The appellant presented a claim of unfair dismissal to the Employment Tribunal on
9 December 2021. The claim was heard from 6 to 8 June 2022, and the Tribunal's reserved
judgment, dismissing the claim, was sent to the parties on 21 September 2022. The appellant
lodged his notice of appeal two days later. The appeal was argued before us on 27 February
2024, when we reserved judgment.

3. The principal ground is that the Tribunal failed to apply section 98(4) of the Employment
Relations Act 1996 to the respondent's refusal to hear two drivers at the internal appeal. We
accept that ground. A reasonable employer could not have shut out witnesses whose accounts
went to the heart of the charge, and the Tribunal did not ask itself whether this one had.

4. The remaining grounds fall away and we say nothing about them.

5. The appeal is allowed. The matter is remitted to a differently constituted Tribunal, which
shall hear it no later than 31 October 2024. Costs are reserved.""",
        (
            expect("2019-03-03~", "employ"),
            expect("2021-10-14", "dismiss"),
            expect("2021-12-09", "claim"),
            expect("2022-06-06/2022-06-08", "hear"),
            expect("2022-09-21", "judgment"),
            expect("2022-09-23", "appeal"),
            expect("2024-02-27", "argu"),
            expect("../2024-10-31", "tribunal", "hear", planned=True),
        ),
    ),
    Text(
        "brennholm",
        "encyclopedia history",
        None,
        """Brennholm

Brennholm is a market town in the district of Wester Audley, on the north bank of the river
Lisk, about 14 miles (23 km) upstream of Lisk Mouth.

History
The settlement at the ford is thought to have grown up around a small Cistercian priory
founded c. 1140 by monks from Rievesby. A stone church on the site was possibly consecrated in
1145, although the only source for the date is a sixteenth-century chronicle. The town
received a market charter from Henry III in 1253, and its Thursday market, still held every
week, became the largest wool market in the valley.

The priory was dissolved in 1538 and its buildings were largely quarried for stone. Much of
the timber-framed town centre burned in 1602, 1671 and 1720, and after each fire it was
rebuilt on the old plots, which explains the narrow frontages along Sheep Street.

The railway reached Brennholm in 1847, when the Lisk Valley Railway opened its station east of
the bridge, and the town grew as a centre for tanning and brewing. The last tannery closed in
the late 1970s.

Brennholm has been twinned with Ostervik in Norway since 1968. Its population is now larger
than at any time since the 14th century.

See also
- Lisk Valley Railway
- Rievesby Abbey

References
1. Harcourt, E. (1998). Brennholm: a Market Town. Audley Press. p. 212.""",
        (
            expect("1140~", "priory", "found"),
            expect("1145?", "church", "consecrat"),
            expect("1253", "charter"),
            expect("1538", "priory", "dissolv"),
            expect("1602", "burn"),
            expect("1671", "burn"),
            expect("1720", "burn"),
            expect("1847", "railway"),
            expect("1968/..", "twin"),
        ),
    ),
    Text(
        "rovers-win-at-brickfield",
        "sports report",
        date(2025, 9, 14),
        """CASTLEGATE ATHLETIC 1 HALDEN ROVERS 3
By Dan Holroyd
Sunday 14 September 2025

Halden Rovers won at the Brickfield Ground on Saturday as two goals from Tayo Mbeki lifted
them to third in the Northern Premier table.

Mbeki, signed from Wrexford on 1 September, opened the scoring after 12 minutes with a low
shot from 20 yards and added a second just before half-time. Castlegate pulled one back
through Liam Arkwright's penalty on 58 minutes, but captain Ross Doherty settled it with a
header in stoppage time.

Manager Ola Lindqvist, appointed in June after the departure of Mark Tennant, has now won four
of his first six league matches. "We're not getting carried away," he said. "We play every
Saturday and the league doesn't care about one result."

Rovers are at home to Stanbridge Town on Wednesday night, kick-off 7.45pm. Their derby with
Halden Borough, called off last month because of a waterlogged pitch, has been rearranged for
October 4.

Doherty, who joined the club in 2019 and has missed only four league games since, dedicated
the win to the 600 travelling fans. "They have put up with a lot at this ground," he said. It
was Rovers' first league win at the Brickfield since 2003.

Castlegate: Pearce; Obi, Hanlon, Reid, Munro; Arkwright, Lowe (Sefton 71), Daly; Kerr, Byrne,
Atkins (Quigley 64).
Rovers: Nilsen; Carr, Doherty, Ibe, Marsh; Tully, Grant, Osei (Bell 80); Mbeki, Ward, Pryce.
Referee: K. Sandhu. Attendance: 2,318.""",
        (
            expect("2025-09-13", "rovers"),
            expect("2025-09-01", "mbeki", "sign"),
            expect("2025-06", "lindqvist", "appoint"),
            expect("2025-09-17", "stanbridge", planned=True),
            expect("2025-10-04", "derby", planned=True),
            expect("2019", "doherty", "join"),
        ),
    ),
    Text(
        "holloway-and-pike",
        "company history",
        None,
        """Our history | Holloway & Pike Ropes

Holloway & Pike was founded in 1862, when ropemaker Thomas Holloway and ship's chandler Samuel
Pike leased a 300-yard rope walk beside the harbour at Sunderby. The partners supplied hemp
cordage to the fishing fleet and, within a decade, to the coastal steamers.

In 1889 the firm moved to the purpose-built Dockside Works, where the long brick rope walk
still stands. In 1914 the works turned over to war production, making hawsers and towing lines
for the Admiralty, and in 1919 it returned to civilian orders.

Holloway & Pike introduced synthetic fibres around 1955, one of the first British ropemakers
to do so, and nylon mooring lines soon made up half of its output.

In 1988 the family sold the business to the Marrow Group, a conglomerate that wanted the
Dockside site for housing. The arrangement did not last: the managers bought the firm back the
following year, with the help of a loan from the Sunderby Harbour Trust. Since 2004 a Holloway
family trust has held a majority of the shares.

Today we employ 140 people and make ropes for sailing, rescue and rigging, and every rope still
leaves the works with a numbered brass tag. Our new visitor centre in the old tar house is to
open in May 2026.

Holloway & Pike Ropes Ltd, Dockside Works, Sunderby SD4 7RW. Registered in England No. 172946.""",
        (
            expect("1862", "found"),
            expect("1889", "dockside"),
            expect("1914", "war"),
            expect("1919", "civilian"),
            expect("1955~", "synthetic"),
            expect("1988", "marrow"),
            expect("1989", "bought"),
            expect("2004/..", "trust"),
            expect("2026-05", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "halcyon-mission",
        "mission summary",
        None,
        """HALCYON - Mission summary
Mission type: asteroid sample return | Operator: Pan-Asian Space Consortium (PASC)
Target: near-Earth asteroid 2011 QK4 | Status: return cruise

Halcyon was approved as PASC's third deep-space mission in 2014 and launched from the Tenjo
Launch Complex on 11 November 2019 aboard a Koryu-3 rocket. After a year of cruise it swung
past Earth on 14 October 2020 to gain speed for the transfer to its target, 2011 QK4, a rubble
pile about 480 m across.

The spacecraft arrived at the asteroid on 2 March 2023 and spent three months mapping its
surface from a 20 km station. On June 19 it descended to the surface and fired a 5-gram
tantalum projectile, collecting an estimated 3.2 g of regolith in a touch-and-go manoeuvre
lasting six seconds. After a second survey, Halcyon left the asteroid on or about 30
September, the exact time of departure being blurred by the ion engines' slow thrust.

The return cruise is under way. The sample capsule is expected to land in the Wanaka Plain
recovery zone on 8 December 2026, after which the main spacecraft will be sent on an extended
mission to a second asteroid. PASC plans to end operations by 2028 at the latest.

Halcyon is the first asteroid sample return mission since 2010 and only the third in history.

Key facts
Launch mass: 1,260 kg | Power: 2 x 4.1 kW solar arrays | Data rate: up to 32 kbit/s""",
        (
            expect("2014", "approv"),
            expect("2019-11-11", "launch"),
            expect("2020-10-14", "earth"),
            expect("2023-03-02", "arriv"),
            expect("2023-06-19", "descen"),
            expect("2023-09-30~", "asteroid"),
            expect("2026-12-08", "capsule", planned=True),
            expect("../2028", "operations", planned=True),
        ),
    ),
    Text(
        "eastern-drought-order",
        "government statement",
        date(2025, 7, 22),
        """MINISTRY OF WATER AND RURAL AFFAIRS
Press statement | 22 July 2025

Drought order for the eastern catchments

On Monday the Minister for Water and Rural Affairs, Gwen Talbot, signed a drought order for
the Maren Lowlands and Fennick catchments, at the request of Eastwater Utilities.

Reservoir levels in the eastern region have been below the seasonal average since May, and the
storms of 3 and 4 July brought less than a third of the rain normally expected in the month.

The order allows Eastwater to restrict non-essential uses of water. A ban on the use of
hosepipes for watering gardens and washing cars will come into force on Friday 25 July.
Businesses that depend on water, such as car washes and garden centres, are not affected.

Farmers who draw water under licence may apply to the Rural Payments Office for hardship
relief. Applications must be received no later than 30 September.

The National Drought Group will meet on 1 September to review the measures. The group, set up
in 2022, brings together government, the water companies, farmers and environmental bodies.
Rainfall this spring was the lowest in the region since 1976.

"Every one of us can help by using a little less water each day," the Minister said.

Notes to editors
1. The order is made under section 73 of the Water Resources Act 1991.
2. Media enquiries: 0300 555 0184 (24 hours).""",
        (
            expect("2025-07-21", "drought", "order"),
            expect("2025-05/..", "reservoir"),
            expect("2025-07-03", "storm"),
            expect("2025-07-04", "storm"),
            expect("2025-07-25", "hosepipe", planned=True),
            expect("../2025-09-30", "application", planned=True),
            expect("2025-09-01", "group", planned=True),
            expect("2022", "group"),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2025, 2, 6),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central library to reopen after &pound;4.2m refit | Wendover Gazette</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a>
</nav></header>
<article>
<h1>Central library to reopen on Saturday after &pound;4.2m refit</h1>
<p class="byline">By Priya Castell, Local Democracy Reporter &middot;
<time datetime="2025-02-06T08:30">6 February 2025</time></p>
<p>Wendover's Central Library will reopen to readers on Saturday after a fifteen-month refit
costing some &pound;4.2 million, the county council said.</p>
<p>The Grade II listed building on Market Hill opened in 1931 and gained a children's wing in
1968. It closed on 4 November 2023 so that builders could replace its roof, install a lift and
open up the old reading room. Councillors had approved the plans in about March 2023, after a
survey found water getting into the book stacks.</p>
<p>The temporary service at the Corn Exchange will close at 5pm on Friday. A cafe run by the
charity Open Door is to open in the library by 31 March 2025, and late opening on Thursdays
will continue as before.</p>
<p>"It is the biggest investment in the library since it was built," said the mayor,
Cllr Joseph Adeyemi, who will cut the ribbon at 10am.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/bypass-consultation">Bypass consultation extended</a></li>
<li><a href="/news/school-meals">School meals price rise</a></li></ul></aside>
<footer><p>&copy; 2025 Wendover Gazette Ltd. Company no. 04918273.</p></footer>
</body>
</html>""",
        (
            expect("2025-02-08", "reopen", planned=True),
            expect("1931", "open"),
            expect("1968", "children", "wing"),
            expect("2023-11-04", "clos"),
            expect("2023-03~", "approv"),
            expect("2025-02-07", "corn", planned=True),
            expect("../2025-03-31", "cafe", planned=True),
        ),
    ),
    Text(
        "amber-heat-alert",
        "heat health alert",
        date(2025, 6, 30),
        """AMBER HEAT-HEALTH ALERT
Issued by: Caldermoor Health Protection Agency
Issued: 09:00, Monday 30 June 2025
Regions: North West, West Midlands, East Midlands
Alert period: 12:00 Tuesday 1 July 2025 to 18:00 Friday 4 July 2025

Summary
High temperatures are expected across the regions above for most of the week. Significant
impacts on health and social care services are likely, including a rise in deaths among
people aged 65 and over and those with heart or lung conditions.

Forecast
Daytime temperatures will climb through the week and are expected to peak at around 33C on
Wednesday 2 July, with overnight minimums of 18-20C in towns and cities. A cooler, fresher air
mass is likely to reach western areas later in the week.

Background
This alert replaces the yellow alert issued on Friday 27 June. The last amber alert for these
regions was issued on 19 June, when temperatures reached 32C at Calder Bridge. The
impact-based alerting system has been in operation since 1 June 2023. Temperatures this high
have not been recorded so early in July since 2018.

What to do
- Check on older neighbours and relatives every day.
- Keep out of the sun between 11:00 and 15:00.
- Close curtains on windows that face the sun.

The next update to this alert will be issued by 10:00 on Wednesday 2 July 2025.

For advice call 111. Alert reference: CHPA-HH-2025-014""",
        (
            expect("2025-07-01/2025-07-04", "alert", planned=True),
            expect("2025-07-02", "peak", planned=True),
            expect("2025-06-27", "yellow", "alert"),
            expect("2025-06-19", "amber", "alert"),
            expect("2023-06-01/..", "system"),
            expect("../2025-07-02", "update", planned=True),
        ),
    ),
    Text(
        "halvorsen-junior-gold",
        "judo championship report",
        date(2024, 9, 16),
        """JUDO | EUROPEAN JUNIOR CHAMPIONSHIPS, POREDA
Halvorsen takes European junior gold for Nordmark
By Ines Falk, 16 September 2024

Liv Halvorsen won the -63kg title at the European junior championships in Poreda on Saturday,
throwing Italy's Giulia Benassi for ippon with sode-tsurikomi-goshi after 2 min 41 sec of the
final. She is Nordmark's first European junior champion since 2011.

The championships, held from 12 to 15 September, drew 412 athletes from 41 countries. Nordmark
finished with one gold and two bronze medals, from Erik Saari at -73kg and Mona Dahl at -57kg.

Halvorsen must now confirm her place for the world junior championships in Lima, which run
from 6 to 9 October. The national federation said it would announce the squad by 20 September.

The 19-year-old took bronze at the world cadet championships in 2022 but missed most of last
season with a shoulder injury. "I told my coach in the warm-up room that I felt light," she
said.

Her coach, Anders Moe, won Olympic silver in 1996 and bronze in 2000. "She has the best grip
fighting in her age group," he said.

The Nordmark Judo Federation, founded in 1956, has 9,400 registered members and holds its
national grading every spring.

Results, women -63kg: 1. L. Halvorsen (NMK); 2. G. Benassi (ITA); 3. A. Krol (POL),
S. Moreau (FRA).""",
        (
            expect("2024-09-14", "title"),
            expect("2024-09-12/2024-09-15", "championships"),
            expect("2024-10-06/2024-10-09", "lima", planned=True),
            expect("../2024-09-20", "squad", planned=True),
            expect("2022", "cadet"),
            expect("1996", "silver"),
            expect("2000", "bronze"),
            expect("1956", "federation", "found"),
        ),
    ),
    Text(
        "harbury-grand-reopening",
        "cinema chain reopening release",
        date(2025, 10, 16),
        """PRESS RELEASE - Lumen Picturehouses
For immediate release: 16 October 2025

The Harbury Grand to reopen after five-year restoration

Lumen Picturehouses will reopen the Harbury Grand, the town's Art Deco picture palace, on
Friday 7 November, with a gala screening in aid of Harbury Hospice.

The Grand first opened its doors on 23 December 1936, and for more than eighty years it was
the town's main cinema. It closed in March 2020 and its owners went into administration later
that year, leaving the listed building empty and its roof leaking.

Lumen acquired the building in 2023, and restoration began in about January 2024. The work has
repaired the plaster ceiling of the 1,100-seat auditorium, restored the neon facade and added
three small screens in the former ballroom, one of them with a 70mm projector.

Tickets for the opening weekend go on sale at 9am on Monday at
lumenpicturehouses.example/harbury. Members will get 2 pounds off every Tuesday.

"We have run cinemas since 1998 and never taken on anything like the Grand," said Lumen's
managing director, Farah Quaile. "People here have waited a long time for this."

Notes to editors
Lumen Picturehouses operates 23 cinemas with 118 screens. Images are available on request.
Press contact: Tom Achebe, press@lumenpicturehouses.example, 020 7946 0377""",
        (
            expect("2025-11-07", "reopen", planned=True),
            expect("1936-12-23", "open"),
            expect("2020-03", "clos"),
            expect("2020", "administration"),
            expect("2023", "acquir"),
            expect("2024-01~", "restoration"),
            expect("2025-10-20", "tickets", planned=True),
            expect("1998/..", "cinemas"),
        ),
    ),
    Text(
        "governess-letters",
        "governess's letters of the 1900s",
        None,
        """Villa Ornella, Menton,
14th January 1903.

My dearest Mother,

We arrived here safely on the 10th, after two nights on the train from Calais, and the boys
were sick only once. The villa is very fine and looks over the bay, and I have a little room
of my own next to the schoolroom. Lady Harcastle has engaged a French master, so I am to take
the music and the drawing.

Master Edmund's birthday is to be kept on the 20th with a picnic at Cap Martin, if the mistral
allows it, and we are all to go on to Genoa on the 2nd of February. Lady H.'s brother, the
Colonel, who was wounded at Colenso in 1899, is staying with us and is very kind to the boys.

Your loving daughter,
Agnes

Hotel Bristol, Genoa,
9th February 1903.

Dearest Mother,

We came here on the 3rd, a day later than was intended, as Miss Clara had taken a chill and
the doctor would not let her travel. She is quite well again now. Lady H. speaks of returning
to England about the 15th of April, and I hope I may then have a week at home with you.

I have been very happy in the family. I entered Lady Harcastle's service in March 1901, and
she has never once spoken sharply to me. Please tell Father that I go to the English church
every Sunday, as I promised him.

Your affectionate daughter,
Agnes""",
        (
            expect("1903-01-10", "arriv"),
            expect("1903-01-20", "birthday", planned=True),
            expect("1903-02-02", "genoa", planned=True),
            expect("1899", "wound"),
            expect("1903-02-03", "genoa"),
            expect("1903-04-15~", "england", planned=True),
            expect("1901-03", "service"),
        ),
    ),
    Text(
        "hollinside-moth-trap",
        "moth light trap report",
        date(2025, 7, 20),
        """HOLLINSIDE GARDEN MOTH TRAP - WEEKLY REPORT
Week ending Sunday 20 July 2025 | Recorder: Gail Pennock | Grid ref. SE 412 478
Trap: 125W MV Robinson, run in this garden since 2008

Night        Moths  Species  Min C  Notes
Mon 14 Jul      62       31     13  breezy, cloud 6/8
Wed 16 Jul     118       47     16  warm and humid, best night of the year so far
Fri 18 Jul      94       40     15  Jersey Tiger (72.040) new for the garden

Comments
A warm, sticky week with three good nights. Wednesday's 118 moths was the highest count here
since 2014, with Dark Arches (73.162) and Common Footman making up a third of the catch.

The highlight came on Friday night, when a fresh Jersey Tiger sat on the egg boxes at dawn:
the first ever record for Hollinside and only the fourth for the parish. Rosy Footman turned up
again on the same night, and it has been recorded here only twice before, in 2019 and 2021.

Upcoming
The county moth group's public moth night at Ferngill Nature Reserve is planned for Saturday
26 July, from 21:30. Bring a torch and warm clothing.

All records for 2025 should reach the county recorder by 31 October, on the usual spreadsheet
or through iRecord.""",
        (
            expect("2008/..", "trap"),
            expect("2025-07-14", "moths"),
            expect("2025-07-16", "moths"),
            expect("2025-07-18", "moths"),
            expect("2025-07-18", "jersey", "tiger"),
            expect("2019", "rosy", "footman"),
            expect("2021", "rosy", "footman"),
            expect("2025-07-26", "moth", "night", planned=True),
            expect("../2025-10-31", "records", planned=True),
        ),
    ),
    Text(
        "ashcombe-tithe-barn",
        "tithe barn's history",
        None,
        """Ashcombe Tithe Barn: a short history

The great barn at Ashcombe was built around 1340 for the Benedictine abbey of Glastonby, to
store the tithe, the tenth part of the parish's grain, wool and hay that was owed to the
Church. Tree-ring dating shows that its oak roof timbers were felled in the winter of 1338-39.
At 51 metres long, it is one of the largest medieval barns in the west of England.

The abbey was dissolved in 1539, and the barn and its farm passed to the Verney family in 1543.
The barn was possibly used as a store by Parliamentary troops in 1644, though the only
evidence is a graffito of that year cut into the north door.

A fire in 1704 destroyed the east porch, which was rebuilt in 1706 with the date carved on its
lintel. The barn was listed Grade I in 1952.

The Ashcombe Barn Trust has cared for the building since 1987. Between 2019 and 2021 the whole
roof was re-covered with some 40,000 stone tiles, many of them salvaged from the original
roof. A new interpretation centre in the former cart shed is to open in 2026.

Visiting
The barn is open every Sunday from Easter to October, 11:00-16:00. Admission is free, but
donations are welcome. Ashcombe Barn Trust, registered charity no. 1043187.""",
        (
            expect("1340~", "built"),
            expect("1539", "abbey", "dissolv"),
            expect("1543", "verney"),
            expect("1644?", "troops"),
            expect("1704", "fire"),
            expect("1706", "rebuilt"),
            expect("1952", "listed"),
            expect("1987/..", "trust"),
            expect("2019/2021", "roof"),
            expect("2026", "interpretation", planned=True),
        ),
    ),
    Text(
        "passport-fees-statement",
        "interior minister's passport fee statement",
        date(2025, 2, 11),
        """Written Ministerial Statement
Ministry of the Interior
Passport fees
Made by: the Minister of the Interior, the Hon. Ruth Calder MP
Date: 11 February 2025

Today I am announcing changes to the fees charged for passports.

The fee for a standard adult passport applied for online will rise from 88.50 pounds to 94.50
pounds, and the fee for a paper application from 100.00 pounds to 107.00 pounds. The increase
will come into force on 10 April 2025. Applications received before that date will be charged
at the current rate.

Fees were last changed on 2 February 2023. Since then the cost of producing a passport has
risen by 11 per cent, largely because of the new polycarbonate data page. Child fees have
remained unchanged since 2019 and will not rise this year.

The Passport Office issued 5.6 million passports in 2024, 94 per cent of them within three
weeks. The digital application service, launched in 2017, now handles 87 per cent of all
applications. In real terms the adult fee remains lower than it was in 2009.

The regulations giving effect to these changes will be laid before the House on Thursday. An
independent review of the way passport fees are set will report by the end of 2026.

The fees are set under the Immigration and Nationality (Fees) Act 2014. Passports continue to
meet ICAO Document 9303.""",
        (
            expect("2025-04-10", "increase", planned=True),
            expect("2023-02-02", "fees", "chang"),
            expect("2019/..", "child"),
            expect("2024", "issue"),
            expect("2017", "digital"),
            expect("2025-02-13", "regulations", planned=True),
            expect("../2026", "review", planned=True),
        ),
    ),
    Text(
        "kingsgate-archives-exhibitions",
        "county archive HTML exhibitions page",
        date(2025, 2, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Exhibitions and events | Kingsgate County Archives</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/visit">Visit us</a> &gt; Exhibitions and events</nav>
<main>
<h1>Exhibitions and events</h1>
<p>Kingsgate County Archives was established in 1924 to collect the records of the county's
courts, parishes and estates. It moved to its present home on Abbey Walk in 1997.</p>

<h2>Current and forthcoming</h2>
<h3>Rails to the Sea: the Kingsgate and Saltby Railway</h3>
<p><strong>3 March - 28 June 2025</strong>, Searchroom Gallery. Plans, tickets and photographs
from the line's eighty years. The star item is an estate map drawn around 1760, which shows
the salt marshes before the embankment was built.</p>
<h3>Talk: Navvies and their camps</h3>
<p><strong>Thursday 20 March 2025, 7pm</strong>. Dr Aled Price on the men who built the line.
Free, but booking is essential (ref. EVT-0325).</p>

<h2>Past exhibitions</h2>
<ul>
<li><em>Voices of the Mill</em>, 14 May - 30 August 2024</li>
<li><em>Kingsgate at War</em>, 2018</li>
</ul>

<h2>Opening hours</h2>
<p>Tuesday to Saturday, 9.30am-4.30pm. The searchroom will be closed for stocktaking from 24 to
28 February 2025.</p>
<p>Please quote document references in full, for example D/KG/4/12.</p>
</main>
<footer><p>Last updated 12 February 2025 &middot; &copy; Kingsgate County Council</p></footer>
</body>
</html>""",
        (
            expect("1924", "establish"),
            expect("1997", "move"),
            expect("2025-03-03/2025-06-28", "rails", planned=True),
            expect("1760~", "map"),
            expect("2025-03-20", "navvies", planned=True),
            expect("2024-05-14/2024-08-30", "voices", "mill"),
            expect("2018", "war"),
            expect("2025-02-24/2025-02-28", "stocktaking", planned=True),
        ),
    ),
    Text(
        "marlow-vale-review-panel",
        "school exclusion review panel decision",
        None,
        """INDEPENDENT REVIEW PANEL
Review of the decision of the governing board of Marlow Vale Academy not to reinstate a
permanently excluded pupil

Pupil: Student A (Year 10)
Panel: Mrs J. Osei (chair), Mr P. Lindgren (head teacher member), Ms R. Banerjee (governor)
Clerk: T. Whitcombe
Date issued: 7 March 2025

1. Background
1.1 On or about 22 January 2025, Student A is alleged to have set off the fire alarm in a
science laboratory, causing the evacuation of the whole school during mock examinations.
1.2 Student A had received a five-day suspension in November 2024 for persistent disruption.
1.3 The head teacher permanently excluded Student A on 27 January 2025. The governing board
considered the exclusion on 10 February and declined to reinstate. Student A's parents applied
for a review on 19 February.

2. Findings
2.1 The panel held a hearing on 4 March 2025, attended by both parents, the head teacher and
the chair of the governing board.
2.2 The panel finds that the board's decision was flawed. The board did not view the CCTV
footage, and its minutes record no discussion of Student A's special educational needs, as
paragraph 3.12 of the statutory guidance requires.

3. Decision
3.1 The panel quashes the decision of the governing board and directs it to reconsider
reinstatement, which it must do no later than 21 March 2025.
3.2 If the board does not offer to reinstate Student A, an adjustment of 4,000 pounds will be
made to the school's budget under regulation 24 of the 2012 Regulations.""",
        (
            expect("2025-01-22~", "alarm"),
            expect("2024-11", "suspension"),
            expect("2025-01-27", "exclu"),
            expect("2025-02-10", "board", "consider"),
            expect("2025-02-19", "review"),
            expect("2025-03-04", "hearing"),
            expect("../2025-03-21", "reconsider", planned=True),
        ),
    ),
    Text(
        "pell-soap-works",
        "soap works' history",
        None,
        """The Pell Soap Works, Castlebridge: a history

Josiah Pell, a tallow chandler, established a small soap boiling works beside the Castlebridge
canal basin in 1834. He sold hard yellow soap by the pound to the town's laundries and, later,
to the cotton mills along the valley.

The firm moved to larger premises on Canal Street in about 1851, close to the new gasworks.
The works was extended in 1872 and again in 1880, when a second boiling house and a glycerine
recovery plant were built. By 1900 it employed some 400 people, many of them women in the
wrapping room, and Pell's "Primrose" bar was sold as far away as Cape Town.

Pell's was taken over by the Unilux combine in 1929, and production was slowly moved to the
combine's larger plants on the coast. The Castlebridge works closed on 31 March 1968 with the
loss of 160 jobs, and the buildings stood empty for two decades.

Since 1994 the old boiling house has housed the Castlebridge Museum of Industry, run by
volunteers. Its mill engine (works number 1886) is steamed on the first Sunday of every month.
Restoration of the second boiling house, with its original soap pans, is expected to be
completed in 2027.

Castlebridge Museum of Industry, Canal Street, Castlebridge. Open Wednesday to Sunday.""",
        (
            expect("1834", "establish"),
            expect("1851~", "canal", "street"),
            expect("1872", "extend"),
            expect("1880", "extend"),
            expect("../1900", "employ"),
            expect("1929", "unilux"),
            expect("1968-03-31", "clos"),
            expect("1994/..", "museum"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "st-aldhelms-diary-dates",
        "parish magazine's diary dates",
        date(2025, 11, 1),
        """ST ALDHELM'S, UPPER WINTERBOURNE
The Parish Magazine - November 2025 - 50p

DIARY DATES
Sunday 2 November - All Souls' service of remembrance for the departed, 6pm
Saturday 8 November - Christmas Fair in the village hall, 10am-2pm: stalls, tombola, grotto
Sunday 9 November - Remembrance Sunday: Act of Remembrance at the war memorial, 10.50am
Sunday 30 November - Advent Carol Service by candlelight, 6pm

Every Wednesday - Little Lambs toddler group, 10am, church room
Thursdays - bell practice, 7.30pm. New ringers always welcome.

PARISH NEWS
Our new vicar, the Revd Anna Pryce, was licensed by the Bishop of Kennet on 14 September in a
packed church. She and her husband Tom have settled into the vicarage and hope to meet as
many of you as possible over the coming months.

The Harvest Supper on 4 October raised 612 pounds for the Kennet Valley foodbank. Thank you to
everyone who cooked, served and washed up.

ROOF APPEAL
We still need 38,000 pounds to replace the lead on the nave roof. Please send pledges to the
treasurer, Mr Keith Bolt, by 30 November. St Aldhelm's, which was consecrated in 1287, has
kept its roof through seven centuries, and with your help it will keep it for many more.

Parish Office: 01632 960123 (Tuesday and Friday mornings)
Editor: Mrs Hilary Dunn""",
        (
            expect("2025-11-02", "souls", planned=True),
            expect("2025-11-08", "fair", planned=True),
            expect("2025-11-09", "remembrance", planned=True),
            expect("2025-11-30", "carol", planned=True),
            expect("2025-09-14", "licens"),
            expect("2025-10-04", "harvest", "supper"),
            expect("../2025-11-30", "pledges", planned=True),
            expect("1287", "consecrat"),
        ),
    ),
)
