"""The two-hundred-and-thirty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a heatwave
health alert service's updates, a snooker tournament report, a battery storage press release,
a Georgian merchant's letter book of the 1780s, an otter spraint survey, a tannery's history,
an education minister's school buildings statement, a railway's HTML engineering works page,
a data protection regulator's penalty notice, a cooper's history and a rugby league club's
fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYNINTH_CORPUS",)


TWOHUNDREDTHIRTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "grain-strike-tarvik",
        "wire story with a dateline",
        date(2024, 10, 9),
        """TARVIK, Oct 9 (Northgate Press) - Dockworkers at the Tarvik grain terminal returned to
work on Tuesday, ending a 15-day strike that had left more than 30 bulk carriers waiting at
anchor in the bay, the terminal's operator said.

The stoppage began on Sept. 23 after talks on a new three-year contract broke down over
night-shift pay. Union leaders and Baltic Grain Handling agreed a deal late on Monday, under
which wages rise 6.5 percent this year and 4 percent in each of the next two.

Members of the Tarvik Port Workers' Union will vote on the contract on Oct. 15, union
secretary Mirela Koss said. "People went back because they trust the deal, but the vote is
what counts," she told Northgate Press by telephone.

Ships will resume loading on Thursday, once the conveyors have been inspected, the operator
said. It expects to clear the backlog of about 1.1 million tonnes of wheat and barley by the
end of November.

The strike was the longest at the port since 1994 and cost exporters an estimated $48 million
in demurrage, according to the national grain traders' association. Wheat futures on the
regional exchange fell 1.8 percent on Tuesday as the terminal reopened.

The terminal, built in 1978 with a 2,400-tonne-an-hour ship loader, handles about a third of
the country's grain exports. The last strike there, in 2016, lasted 11 days.

(Reporting by Daria Lunde; Editing by Paul Mercer)""",
        (
            expect("2024-10-08", "dockworkers", "return"),
            expect("2024-09-23", "stoppage", "began"),
            expect("2024-10-07", "deal", "agree"),
            expect("2024-10-15", "vote", planned=True),
            expect("2024-10-10", "loading", planned=True),
            expect("../2024-11", "backlog", planned=True),
            expect("2024-10-08", "wheat", "futures"),
            expect("1978", "built"),
            expect("2016", "strike"),
        ),
    ),
    Text(
        "halvard-training-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halvard Robotics to open £12 million automation training centre in Dunmore

DUNMORE, Scotland, 12 November 2024 - Halvard Robotics Ltd, the Scottish maker of welding and
inspection robots, said its new Automation Skills Centre on the Carron Road business park
will open on 3 February 2025.

Construction of the 2,800-square-metre centre began in April 2024 and is on schedule, the
company said. The centre will train up to 120 apprentices and 400 experienced technicians a
year in robot programming, maintenance and safety. The first intake of apprentices is
expected to enrol by the end of March 2025.

Members of the public, schools and local employers are invited to open days at the site on
14 and 15 December 2024.

"Every year we turn away good candidates because we have nowhere to train them," said Chief
Executive Fiona Gallacher. "This centre changes that, and it keeps skilled work in the Forth
valley."

The centre is funded jointly by Halvard and the Dunmore Regional Growth Fund, which approved a
£4.5 million grant on 30 September 2024.

About Halvard Robotics
Founded in 2011 in a rented unit in Falkirk, Halvard Robotics designs and builds robotic
welding cells and inspection crawlers. The company acquired Brightwell Automation in 2019 and
has supplied welding cells to shipyards on the Clyde since 2020. It employs 310 people and
reported revenue of £48.6 million for the year to 31 March 2024.

Media contact
Ewan Rait, Communications Manager
+44 (0)1324 496 018 | press@halvard-robotics.example

###""",
        (
            expect("2025-02-03", "centre", "open", planned=True),
            expect("2024-04", "construction"),
            expect("../2025-03", "apprentices", "enrol", planned=True),
            expect("2024-12-14", "open", "day", planned=True),
            expect("2024-12-15", "open", "day", planned=True),
            expect("2024-09-30", "grant"),
            expect("2011", "founded"),
            expect("2019", "acquired", "Brightwell"),
            expect("2020/..", "supplied"),
        ),
    ),
    Text(
        "mercer-v-cobbler-street-market",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DOLORES MERCER,                                   )
        Plaintiff-Appellant,                      )    No. 2-23-0418
v.                                                )
COBBLER STREET MARKET, INC.,                      )    Appeal from the Circuit Court
        Defendant-Appellee.                       )    of Harlan County, No. 22-CV-0117

Honorable Raymond T. Shields, Judge Presiding.

Filed June 18, 2024

OPINION

JUSTICE OKONKWO delivered the opinion of the court.

¶ 1 Plaintiff Dolores Mercer slipped on spilled detergent in an aisle of defendant's grocery
store on or about August 2, 2021, and fractured her left wrist. She sued under section 7 of
the Premises Liability Act of 1987. The circuit court granted summary judgment for defendant,
finding no evidence that defendant knew or should have known of the spill. We reverse.

¶ 2 I. BACKGROUND

¶ 3 Plaintiff filed her complaint on January 14, 2022. Discovery showed that the store adopted
a written floor-inspection policy in 2015 requiring an employee to walk each aisle every 30
minutes. The inspection log for the day of the fall shows an entry at 2:15 p.m. and none
after it; plaintiff fell at approximately 3:40 p.m. Luis Ortega, manager of the store since
March 2019, gave a deposition on July 6, 2022, in which he could not say who had been on
floor duty that afternoon.

¶ 4 Defendant moved for summary judgment on September 30, 2022. After a hearing on December
12, 2022, the court granted the motion on February 7, 2023, reasoning that the log did not
show how long the detergent had been on the floor. Plaintiff filed a timely notice of appeal
on March 3, 2023.

¶ 5 II. ANALYSIS

¶ 6 We review summary judgment de novo. Kessler v. Halloway Foods, 2017 WM App (2d) 160233,
¶ 14. A gap of more than 80 minutes in a log that the store's own policy required every half
hour is evidence from which a jury could infer that the spill went unnoticed for longer than
a reasonable inspection would allow. Whether it did is a question of fact, not of law.

¶ 7 III. CONCLUSION

¶ 8 The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings consistent with this opinion.

¶ 9 Reversed and remanded.""",
        (
            expect("2021-08-02~", "slip"),
            expect("2022-01-14", "complaint"),
            expect("2015", "policy"),
            expect("2019-03/..", "manager"),
            expect("2022-07-06", "deposition"),
            expect("2022-09-30", "moved", "summary"),
            expect("2022-12-12", "hearing"),
            expect("2023-02-07", "granted", "motion"),
            expect("2023-03-03", "appeal"),
        ),
    ),
    Text(
        "kessering-history",
        "encyclopedia history",
        None,
        """Kessering

Kessering is a market town and civil parish in the district of North Alderwold, on the east
bank of the River Lenn. At the 2021 census it had a population of 14,382.

History

A settlement at the ford is mentioned in the charters of the abbey of St Osyth, and the town
is traditionally said to have been founded by the abbey's monks, perhaps in 1142. Kessering
received a market charter from Edward III in 1347, and its wool fair, held every year in
September, made it one of the richer towns of the county by the fifteenth century. The parish
church of St Wendreda was rebuilt in the Perpendicular style c. 1480; its tower, 38 metres
high, is the tallest in the district.

A fire that began in a bakehouse on Sheep Street on 6 May 1611 destroyed some 140 houses, and
much of the present town centre dates from the rebuilding that followed. The railway reached
the town in 1856, when the Alderwold and Lenn Valley Railway opened its station on Mill Road.
Three textile mills employed more than 2,000 people at their peak; all had closed by the end
of the 1920s.

Between 1939 and 1945 the requisitioned Kessering Park served as a depot for the Royal Army
Service Corps, and RAF Kessering, to the north of the town, was used by bombers from 1942 to
1945.

The Market Hall of 1658 was restored between 1994 and 1997 with a lottery grant. Kessering has
been twinned with Saint-Aubin-sur-Lenne in Normandy since 1972.

See also
- List of market towns in Alderwold
- River Lenn""",
        (
            expect("1142?", "founded"),
            expect("1347", "charter"),
            expect("1480~", "church", "rebuilt"),
            expect("1611-05-06", "fire"),
            expect("1856", "railway"),
            expect("1939/1945", "depot"),
            expect("1942/1945", "bomber"),
            expect("1994/1997", "hall", "restored"),
            expect("1972/..", "twinned"),
        ),
    ),
    Text(
        "rovers-beat-ashby",
        "sports report",
        date(2024, 11, 10),
        """Carrick double lifts Rovers past Ashby
By Tom Haldane | Sunday 10 November

Harcastle Rovers 3 Ashby Town 1

Danny Carrick scored twice as Harcastle Rovers beat Ashby Town 3-1 at Millfield on Saturday to
climb to fourth in the National League North, their first league win at the ground since
2009.

Carrick opened the scoring in the 23rd minute, turning in a low cross from Kai Benning, and
made it 2-0 eight minutes after the break with a header from a corner. Ashby pulled one back
through Lewis Orme on 71 minutes, but substitute Jamal Price settled it in stoppage time,
running clear from halfway to finish past Sam Tully.

Rovers manager Gareth Lunn, appointed in June after leaving Stockfield, praised his side's
discipline. "We've lost points from winning positions three times this season, and today
they saw it out," he said.

The win came at a cost. Centre-back Femi Okafor limped off with a hamstring injury after an
hour and will be assessed by the club's medical staff on Monday. Lunn said he was unlikely to
face Brackley Athletic, whom Rovers host at Millfield on Tuesday night (7.45pm kick-off).

Ashby, who knocked Rovers out of the FA Trophy in January 2022, have now gone five games
without a win and sit 19th.

Rovers, who were promoted in May 2023, are in the hat for the FA Trophy third round, with the
draw to be made on 18 November.

Rovers: Kemp; Hesketh, Okafor (Doyle 61), Marsh, Ibe; Benning, Quayle, Stott; Carrick,
Wray (Price 77), Lomas.

Attendance: 2,014.""",
        (
            expect("2024-11-09", "beat", "Ashby"),
            expect("2024-06", "appointed"),
            expect("2024-11-09", "Okafor", "limped"),
            expect("2024-11-11", "assessed", planned=True),
            expect("2024-11-12", "Brackley", planned=True),
            expect("2022-01", "knocked"),
            expect("2023-05", "promoted"),
            expect("2024-11-18", "draw", planned=True),
        ),
    ),
    Text(
        "penhallow-biscuits-history",
        "company history",
        None,
        """Our History | Penhallow & Daughters, Biscuit Makers, Truro

1868: The beginning
Martha Penhallow began baking ship's biscuits for the Falmouth packet boats in a rented
bakehouse off Kenwyn Street in 1868. Her husband, a carter, delivered them to the quay, and
her daughters Jenifer and Loveday were packing and selling biscuits before they were twelve.

A new home
In 1874 the bakery moved to larger premises on Quay Street, where a steam-driven oven was
installed the following year. Around 1895 the company began exporting saffron biscuits to
Cornish communities in South Australia and Michigan, packed in tins printed in Bristol.

By royal appointment
A royal warrant was granted to the firm in 1902. During the Second World War the Quay Street
works was requisitioned by the Ministry of Food from 1940 to 1945 and turned out emergency
ration biscuits, more than 9 million packets in all.

Changing hands
Penhallow & Daughters was acquired by Hollins Foods in 1988. Hollins sold the Quay Street
works the following year and moved production to a new bakery at Threemilestone, which still
bakes every biscuit we make.

Back home
Since 2008 Penhallow & Daughters has been wholly employee-owned. Our 140 partners bake some
1,900 tonnes of biscuits a year, and every December we still make the Christmas fairings to
Martha's recipe.

Today
Our new visitor centre and shop at Threemilestone is due to open in 2026. Until then, you can
find our biscuits in the farm shop on the A390.

© 2025 Penhallow & Daughters Ltd. All rights reserved. Registered in England No. 00198704.""",
        (
            expect("1868", "baking"),
            expect("1874", "moved"),
            expect("1875", "oven"),
            expect("1895~", "export"),
            expect("1902", "warrant"),
            expect("1940/1945", "requisition"),
            expect("1988", "acquired", "Hollins"),
            expect("1989", "sold"),
            expect("2008/..", "employee"),
            expect("2026", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "selkie-lunar-orbiter",
        "mission summary",
        None,
        """SELKIE LUNAR ORBITER - MISSION SUMMARY
Northern Space Agency | Science Directorate | Document NSA-SD-0419 | Revision C, 5 March 2025

Mission:          Selkie (Lunar Polar Radar Orbiter)
Launch vehicle:   Auriga 2
Launch mass:      612 kg
Orbit:            100 km circular polar, 118 min period

Overview
Selkie was launched on 14 March 2022 from the Skerra launch site and entered lunar orbit on
2 April 2022 after a 19-day transfer. Following six weeks of commissioning, the spacecraft
began routine science operations on 19 May 2022. Its principal instrument, the SR-2 sounding
radar, mapped the permanently shadowed craters at both poles to a depth of about 30 metres.

Anomalies
On or about 11 January 2023 the primary star tracker failed, and the spacecraft entered safe
mode. Controllers switched to the redundant unit, and the camera and radar were recalibrated
the following month. No science data were lost.

Extended mission
The mission, designed to last two years, was extended in June 2023 after the review board
found propellant reserves of 41 kg, enough for about two more years of operations. In total
the radar has returned 2,046 radargrams covering 96 per cent of the polar regions.

End of mission
Selkie will be commanded to impact the Moon near the south pole no later than 30 September
2025, when its propellant is expected to run out. The final calibrated data set is expected
to be released through the agency archive in December 2025.

Key results
- First radar evidence of layered ice in Haworth crater.
- Detection of a buried lava tube beneath Mare Frigoris.
- A 1,750-km radar profile across the south polar basin.

Contact: selkie-science@nsa.example""",
        (
            expect("2022-03-14", "launched"),
            expect("2022-04-02", "orbit"),
            expect("2022-05-19", "science", "operations"),
            expect("2023-01-11~", "star", "tracker"),
            expect("2023-02", "recalibrated"),
            expect("2023-06", "extended"),
            expect("../2025-09-30", "impact", planned=True),
            expect("2025-12", "data", planned=True),
        ),
    ),
    Text(
        "orran-bridge-statement",
        "government statement",
        None,
        """Department of Infrastructure and Transport

Statement by the Minister for Infrastructure, Ciara Dunleavy, on the Orran River Bridge

22 May 2024

On Friday 10 May, a routine underwater inspection of the Orran River Bridge at Castlemoy
found cracking in two of the bridge's six piers. On the advice of the department's chief
engineer, the bridge was closed to all traffic at 6 a.m. on Monday 13 May.

I want to thank the people of Castlemoy and Ballindrum for their patience. I know that the
closure adds up to 40 minutes to many journeys, and that for the 11,000 vehicles that used
the bridge every day there is no easy alternative.

The bridge was opened in 1967 and was last strengthened in 1998. Engineers have now completed
a full survey, and temporary steel supports are being fitted. The bridge will reopen to cars
and light vans no later than 30 June. Heavy goods vehicles will remain diverted.

Extra school buses began running on Tuesday 14 May, and a free passenger ferry will begin
running between the two quays on Monday 27 May, every 20 minutes from 6 a.m. to 10 p.m.

In the longer term, the bridge must be replaced. I have asked the National Roads Office to
prepare a replacement scheme, with construction planned from 2026 to 2029. Some €14 million
has been set aside in Budget 2024 for the design and the temporary works.

Public information meetings will be held in Castlemoy on 4 and 11 June and in Ballindrum on
6 June. Details are available at infrastructure.gov.example/orran or by phoning 0800 414 2024.

ENDS""",
        (
            expect("2024-05-10", "inspection"),
            expect("2024-05-13", "bridge", "closed"),
            expect("1967", "opened"),
            expect("1998", "strengthened"),
            expect("../2024-06-30", "reopen", planned=True),
            expect("2024-05-14", "school", "buses"),
            expect("2024-05-27", "ferry", planned=True),
            expect("2026/2029", "construction", planned=True),
            expect("2024-06-04", "meeting", planned=True),
            expect("2024-06-11", "meeting", planned=True),
            expect("2024-06-06", "meeting", planned=True),
        ),
    ),
    Text(
        "westhaven-museum-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour museum reopens after three-year refit | Westhaven Courier</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "culture"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/culture">Culture</a>
  <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Harbour museum reopens after three-year refit</h1>
<p class="byline">By Anya Pryce |
 <time datetime="2025-07-17T07:30:00+01:00">Thursday 17 July 2025</time> |
 Updated <time datetime="2025-07-17T11:02:00+01:00">11:02</time></p>
<figure>
  <img src="/img/2025/07/museum-hall.jpg" alt="The restored main hall">
  <figcaption>Visitors in the restored main hall on Wednesday. Photo: Lewis Carne</figcaption>
</figure>
<p>The Westhaven Maritime Museum reopened to the public on Wednesday, three and a half years
after it closed for a &pound;9.2 million refit.</p>
<p>The museum closed in January 2022, after a storm in February 2020 had left its roof leaking
into the galleries. Work on the building, a former sail loft built c. 1892, started in
September 2022.</p>
<p>More than 1,800 visitors came through the doors, director Helen Voss said. Entry will be
free until 31 August, after which tickets will cost &pound;8 for adults.</p>
<p>The new east wing, which will house the lifeboat <em>Mary Stannard</em>, is scheduled to
open on 3 March 2026. The lifeboat, launched in 1931, saved 212 lives before it was retired
in 1969.</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/culture/2025/05/12/lifeboat-moves">Lifeboat moved to museum site</a>
      <time datetime="2025-05-12">12 May 2025</time></li>
    <li><a href="/news/2022/01/08/museum-closes">Museum shuts its doors for refit</a>
      <time datetime="2022-01-08">8 January 2022</time></li>
  </ul>
</aside>
<footer><p>&copy; 2025 Westhaven Courier Ltd | Tel. 01934 550 1892</p></footer>
</body>
</html>""",
        (
            expect("2025-07-16", "museum", "reopen"),
            expect("2022-01", "closed"),
            expect("2020-02", "storm"),
            expect("1892~", "built"),
            expect("2022-09", "work", "started"),
            expect("../2025-08-31", "free", planned=True),
            expect("2026-03-03", "wing", planned=True),
            expect("1931", "launched"),
            expect("1969", "retired"),
        ),
    ),
    Text(
        "heat-alert-updates-july",
        "heatwave health alert service's updates",
        None,
        """NATIONAL HEALTH PROTECTION SERVICE
Heat-Health Alerting System | Alert updates: Eastern and Midlands regions

UPDATE 4 - Issued 11:00, Thursday 17 July 2025
All heat-health alerts were lifted at 09:00 today and no alert is now in force. Thank you to
the health and social care staff who worked through the hot spell. A review of the alert
period, including hospital admissions and excess deaths, will be published no later than
29 August.

UPDATE 3 - Issued 08:30, Monday 14 July 2025
A temperature of 35.8C was recorded at Harwell Fen on Sunday, the highest July reading in the
Eastern region since 2006. Overnight temperatures stayed above 22C in central Norbridge, where
Norbridge General Hospital opened a cooling centre for outpatients on Saturday evening. The
amber alert remains in force and is expected to end by Thursday as cooler air arrives from
the west.

UPDATE 2 - Issued 16:00, Saturday 12 July 2025
The yellow alert for the Eastern region has been raised to amber with immediate effect. The
Midlands remains at yellow. Care homes should check residents' fluid intake at least every
two hours.

UPDATE 1 - Issued 10:00, Friday 11 July 2025
We have issued a yellow heat-health alert for the Eastern and Midlands regions. Temperatures
are expected to peak at 34C on Sunday.

Advice for the public
- Stay out of the sun between 11am and 3pm, and keep curtains closed on sunny windows.
- Check on older neighbours and relatives, and anyone who lives alone.
- For advice call the Heat Line on 0300 555 0142 (8am to 8pm, seven days a week).

Alert levels: green (summer preparedness), yellow, amber, red. Alerts are issued from 1 June to
30 September each year.""",
        (
            expect("2025-07-17", "alerts", "lifted"),
            expect("../2025-08-29", "review", planned=True),
            expect("2025-07-13", "temperature", "recorded"),
            expect("2025-07-12", "cooling", "centre"),
            expect("../2025-07-17", "alert", "end", planned=True),
            expect("2025-07-12", "amber"),
            expect("2025-07-11", "yellow", "alert"),
            expect("2025-07-13", "peak", planned=True),
        ),
    ),
    Text(
        "baltic-open-final",
        "snooker tournament report",
        date(2025, 2, 24),
        """SNOOKER

Fenwick crowns Baltic Open win with a maximum

By Owen Grier, Snooker Correspondent

Liam Fenwick completed a memorable week in Riga on Sunday night, beating Belgium's Pieter
Hals 10-7 in the final of the Baltic Open and making a 147 along the way.

The 31-year-old from Gateshead trailed 5-3 after the afternoon session but won five of the
first six frames in the evening. His maximum, the first of the tournament and the 14th of his
career, came in the 12th frame and earned him a £15,000 bonus on top of the £80,000 winner's
cheque.

It is Fenwick's first ranking title since the 2019 Gibraltar Open, and it will lift him from
13th to seventh in the world rankings when they are updated on Tuesday.

Hals, who had knocked out world champion Declan Moor in the quarter-finals on Friday, was
generous in defeat. "Liam played the best session I've seen all season," he said. "I had
nothing to answer it with."

Fenwick had needed a deciding frame to beat Rao Jun 6-5 in Saturday's semi-final, fluking the
final black after a 43-minute frame that ended at 11.20pm.

Fenwick turned professional in 2012 and reached his first ranking final in 2016, losing 9-4
to Moor at the Welsh Open. He practises every morning at the Northern Snooker Centre in
Leeds.

The Baltic Open has been staged at the Arena Daugava since 2021. Next up for Fenwick is the
Welsh Masters in Llandudno, which starts on 3 March.

Final (best of 19): L Fenwick (Eng) 10-7 P Hals (Bel)
Frame scores (Fenwick first): 0-82, 71-40, 12-88, 64-55, 33-71, 1-103, 77-30, 20-69, 92-0,
68-25, 88-14, 147-0, 54-61, 80-9, 70-48, 0-124, 63-38.""",
        (
            expect("2025-02-23", "Hals", "final"),
            expect("2025-02-25", "rankings", planned=True),
            expect("2025-02-21", "knocked", "Moor"),
            expect("2025-02-22", "Rao"),
            expect("2012", "professional"),
            expect("2016", "reached", "final"),
            expect("2021/..", "staged"),
            expect("2025-03-03", "Masters", planned=True),
        ),
    ),
    Text(
        "oakmere-hatherley-battery",
        "battery storage press release",
        None,
        """NEWS RELEASE

Oakmere Energy starts construction of 200 MW Hatherley battery

LEEDS, 8 April 2025 - Oakmere Energy plc (LSE: OAKE) broke ground on Monday 7 April on the
Hatherley Battery Energy Storage System near Selby, which at 200 MW / 400 MWh will be one of
the largest battery projects in the North of England.

Oakmere signed the engineering, procurement and construction contract with Valtrek Power
Systems on 2 April. Valtrek will supply 96 lithium iron phosphate battery containers, with
the first deliveries expected in October 2025. Energisation is planned by 31 December 2026,
and the project is expected to begin commercial operation in March 2027.

The project received planning permission from Selby District Council in September 2023 after
a six-month consultation, and secured its 200 MW grid connection with the national
transmission operator in 2022.

"Hatherley will store enough power to supply around 300,000 homes for two hours at the
evening peak," said Chief Executive Martin Oduya. "It is the kind of flexibility the grid has
been short of ever since the 2021 winter price spike."

Oakmere has operated solar farms in Yorkshire and Lincolnshire since 2017. The Hatherley
project is financed by a £142 million debt package arranged by Northbridge Bank, which
reached financial close on 31 March 2025.

Notes to editors
1. Oakmere Energy plc is headquartered in Leeds and has 1,250 MW of solar and storage in
   operation or construction.
2. One megawatt of battery capacity with two hours' duration gives 2 MWh of storage.

Media enquiries: Priya Shah, +44 (0)113 496 0771, media@oakmere.example""",
        (
            expect("2025-04-07", "ground"),
            expect("2025-04-02", "contract"),
            expect("2025-10", "deliveries", planned=True),
            expect("../2026-12-31", "energis", planned=True),
            expect("2027-03", "operation", planned=True),
            expect("2023-09", "permission"),
            expect("2022", "connection"),
            expect("2017/..", "solar"),
            expect("2025-03-31", "financial", "close"),
        ),
    ),
    Text(
        "penrose-letter-book",
        "Georgian merchant's letter book",
        None,
        """LETTER BOOK OF JOSIAH PENROSE, MERCHANT, BRISTOL

1784

Bristol, 3d March 1784
To Mr. Wm. Hartley, Lisbon
Sir,
Your favour is come safe to hand, & I note what you say of the price of Oranges. The Brig
Mary, Capt. Jno. Tremayne, sail'd from Kingroad the 28th ult. with 120 Bales of Cloth & 30
Casks of Tin on our joint Acct., & I trust she will be with you before this reaches you. I
have further shipt on board the Betsey, Capt. Lowe, 40 Hhds. of Pilchards, which is to sail
the 10th inst. if the wind serves. Pray remit the Proceeds by Bills at 60 days on Messrs.
Child & Co.
I am, Sir, yr. most obedt. Servt.
J. Penrose

Bristol, 23d March 1784
To Messrs. Dacosta & Son, Lisbon
Gent.,
The Betsey, detain'd near a week by contrary Winds, sail'd on Tues. 16th inst. I have this
day drawn a Bill on you for £312 10s. at 60 days, which please to honour. My Son sets out for
London on Monday next to settle with the Underwriters, & will wait on your Mr. Dacosta there.
I remain, Gent., yr. humble Servt.
J. Penrose

1785

Bristol, 9th Jany. 1785
To Mr. Wm. Hartley, Lisbon
Sir,
It is with great concern I acquaint you that the Mary was lost off Cape Finisterre on or
about the 18th Decr. last, the Master & 6 of the Crew being saved by a Portugueze Fishing
Boat. The Underwriters at Lloyd's paid our Claim on the 4th inst., being £1,780 upon the
Cargo, whereof your half share shall be remitted by the next Post. My late Father began this
Trade with your House perhaps in 1760, & I hope it shall not end with this misfortune.
I am, Sir, with great regard, yr. obedt. Servt.
J. Penrose""",
        (
            expect("1784-02-28", "Mary", "sail"),
            expect("1784-03-10", "Betsey", "sail", planned=True),
            expect("1784-03-16", "Betsey", "sail"),
            expect("1784-03-23", "bill"),
            expect("1784-03-29", "London", planned=True),
            expect("1784-12-18~", "Mary", "lost"),
            expect("1785-01-04", "claim", "paid"),
            expect("1760?", "trade"),
        ),
    ),
    Text(
        "lenn-otter-survey",
        "otter spraint survey",
        None,
        """RIVER LENN OTTER SURVEY 2024
Summary report | Alderwold Rivers Trust | ref. ART/MAM/24/03

1. Introduction
The Alderwold Rivers Trust surveyed the River Lenn and its main tributaries for signs of otter
(Lutra lutra) from 3 to 14 June 2024. The survey repeats the standard site searches carried
out by the Trust in 2012, 2016 and 2020, so that the results can be compared directly.

2. Methods
Forty sites were searched for spraints, footprints, feeding remains and resting places. Each
site was a 600 m stretch of bank, searched once by two surveyors within 10 m of the water.
Spraints were aged as fresh, recent or old. Grid references are given to 8 figures (e.g.
SK 2031 1987).

3. Results
Signs of otter were found at 29 of the 40 sites (72.5%), compared with 23 sites in 2020 and 9
in 2012. Fresh spraint was recorded at 17 sites. A possible natal holt was located in an ash
root-plate below Hollin Weir on or about 9 June; it will be watched by camera trap through the
autumn and is not shown on the public map.

The upper Lenn above Kessering remains the weakest stretch. An otter was photographed by a
trail camera at Mill Weir on 22 February 2023, the first confirmed record for that stretch in
living memory, but only two old spraints were found there this year.

4. Mink
Mink trapping with monitoring rafts has been carried out on the lower river since 2019. No
mink signs were found during the survey.

5. Recommendations
- Keep the location of the Hollin Weir holt confidential.
- Install two artificial holts on the upper Lenn by the end of March 2025.
- Repeat the survey in June 2026, using the same 40 sites.

Surveyors: R. Aske, M. Dunford, K. Pell. Report date: 30 August 2024.""",
        (
            expect("2024-06-03/2024-06-14", "survey"),
            expect("2012", "survey"),
            expect("2016", "survey"),
            expect("2020", "survey"),
            expect("2024-06-09~", "holt"),
            expect("2023-02-22", "otter", "photographed"),
            expect("2019/..", "mink", "trapping"),
            expect("../2025-03", "artificial", "holt", planned=True),
            expect("2026-06", "survey", planned=True),
        ),
    ),
    Text(
        "hobbs-tannery-history",
        "tannery's history",
        None,
        """Hobb's Tannery, Ravensford: a short history

Leather has been tanned beside the Ravens Brook for a very long time. Tanning on the site is
said to have begun in 1720, though no deed before the 1780s mentions the pits.

Thomas Hobb, a currier from Kendal, bought the yard in 1803 and enlarged it to 60 pits. A
water-powered bark mill was added c. 1830, grinding oak bark brought down from the Furness
coppices by cart. On the night of 11 November 1857 a fire destroyed the drying lofts and most
of the stock; the brick lofts that replaced them still stand.

The firm was slow to change. Vegetable tanning in pits, which took up to a year for a
sole-leather hide, remained the rule until Hobb's switched its lighter leathers to chrome
tanning in 1911. From 1914 to 1918 the tannery worked day and night on harness and boot
leather for the army.

In the decades after the Second World War demand for heavy leather fell away. The works
closed in 1979. The Ravensford Civic Trust bought the buildings and reopened them as a working
museum seven years later. The buildings have been listed Grade II* since 1972, and the last
complete set of 24 oak-bark pits in the county is preserved in the lower yard.

Visiting
The museum is open from Easter to October, Wednesday to Sunday, 10.30 to 4.30. Admission:
adults £7.50, children free. A new learning centre in the old bark store is planned to open
in 2027.

Ravensford Civic Trust, registered charity no. 1018830.""",
        (
            expect("1720?", "tanning"),
            expect("1803", "bought"),
            expect("1830~", "mill"),
            expect("1857-11-11", "fire"),
            expect("1911", "chrome"),
            expect("1914/1918", "leather"),
            expect("1979", "closed"),
            expect("1986", "museum"),
            expect("1972/..", "listed"),
            expect("2027", "learning", planned=True),
        ),
    ),
    Text(
        "school-buildings-statement",
        "education minister's school buildings statement",
        None,
        """Department for Schools and Skills

Written ministerial statement: School buildings - condition survey and rebuilding programme

Made by: Dafydd Pryce MP, Minister for Education
Date: 2 July 2024
Statement number: HCWS418

The department completed its survey of the school estate in March 2024. Surveyors visited all
21,804 school buildings in England's maintained and academy sectors and found lightweight
aerated concrete roof panels, which can fail without warning, in 214 schools.

On the advice of structural engineers, 38 of those schools closed the affected blocks on 14
June. I issued guidance to headteachers on emergency accommodation on 20 June, and all pupils
at those schools had returned to face-to-face teaching by 28 June, most of them in temporary
classrooms. I pay tribute to the staff who made that possible in a fortnight.

The cost of emergency works this financial year is estimated at £96 million, the largest
single call on the condition budget since 2015. It will be met from the department's existing
budget. Schools with panels that remain in use will be re-inspected every six months.

Today I am announcing a School Rebuilding Programme for the 50 schools in the worst
condition, with rebuilding to take place between 2025 and 2030. The first tranche of 15
schools will be named by the end of September. For the remaining places, the bidding window
for responsible bodies will open on 1 October, and applications must be submitted no later
than 13 December 2024.

Nothing in this statement alters the duties of local authorities under the Education Act 1996.
I will place a copy of the survey report in the Libraries of both Houses.""",
        (
            expect("2024-03", "survey"),
            expect("2024-06-14", "closed"),
            expect("2024-06-20", "guidance"),
            expect("../2024-06-28", "returned"),
            expect("2024-07-02", "programme"),
            expect("2025/2030", "rebuilding", planned=True),
            expect("../2024-09", "tranche", planned=True),
            expect("2024-10-01", "bidding", planned=True),
            expect("../2024-12-13", "applications", planned=True),
        ),
    ),
    Text(
        "northvale-engineering-works",
        "railway HTML engineering works page",
        date(2024, 11, 1),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Planned engineering works | Northvale Railway</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script defer src="/assets/js/journey-planner.js"></script>
</head>
<body>
<header>
  <a class="logo" href="/">Northvale Railway</a>
  <nav><a href="/tickets">Tickets</a> <a href="/travel-updates">Travel updates</a>
  <a href="/engineering-works" aria-current="page">Engineering works</a>
  <a href="/help">Help</a></nav>
</header>
<main>
<h1>Planned engineering works: Stanmere line</h1>
<p class="updated">Last updated:
  <time datetime="2024-11-01">Friday 1 November 2024</time></p>
<p>We're renewing track, signals and bridges between Aldwick and Stanmere as part of the
&pound;86m Stanmere Line Upgrade. The work is due to be completed by the end of March 2025.
Please check before you travel.</p>
<table class="works">
<thead><tr><th>Date</th><th>What's happening</th><th>How to travel</th></tr></thead>
<tbody>
<tr><td>Sat 9 - Sun 10 Nov</td>
  <td>No trains between Aldwick and Fenby all weekend while the Wexcombe bridge deck is
  waterproofed.</td>
  <td>Buses replace trains, adding about 25 minutes.</td></tr>
<tr><td>Sun 17 Nov</td>
  <td>Track renewal at Fenby station. Trains between Fenby and Stanmere start at 11:00.</td>
  <td>Buses before 11:00.</td></tr>
<tr><td>19, 20 and 21 Nov</td>
  <td>Overnight signalling tests at Calder Junction from 23:30 to 05:00. Last trains from
  Stanmere leave at 22:45.</td>
  <td>Night buses every 60 minutes.</td></tr>
<tr><td>Wed 25 Dec - Thu 2 Jan</td>
  <td>Stanmere tunnel closed for drainage work. No trains between Fenby and Stanmere.</td>
  <td>Buses replace trains.</td></tr>
</tbody>
</table>
<h2>Completed work</h2>
<p>The new bridge at Wexcombe was lifted into place on Sunday 27 October, and the 1890s
footbridge at Fenby has been taken away for restoration.</p>
</main>
<footer>
<p>Call us on 0345 600 1890 | &copy; 2024 Northvale Railway Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("../2025-03", "complet", planned=True),
            expect("2024-11-09/2024-11-10", "Aldwick", planned=True),
            expect("2024-11-17", "track", "renewal", planned=True),
            expect("2024-11-19", "signalling", planned=True),
            expect("2024-11-20", "signalling", planned=True),
            expect("2024-11-21", "signalling", planned=True),
            expect("2024-12-25/2025-01-02", "tunnel", planned=True),
            expect("2024-10-27", "bridge", "lifted"),
        ),
    ),
    Text(
        "kestrel-lettings-penalty",
        "data protection regulator's penalty notice",
        None,
        """DATA PROTECTION COMMISSIONER

PENALTY NOTICE
Section 155, Data Protection Act 2018

To:         Kestrel Lettings Group Limited
Of:         4 Harbour Chambers, Portsmere PM1 3QX
Reference:  ENF0912345
Date:       19 August 2025

1. The Commissioner has decided to issue Kestrel Lettings Group Limited ("Kestrel") with a
penalty notice under section 155 of the Data Protection Act 2018. This notice imposes a
penalty of £2,450,000 for infringements of Articles 5(1)(f) and 32 of the UK GDPR.

Summary of the infringement
2. Between 2 and 9 March 2023 an attacker used a compromised administrator account to access
Kestrel's tenant referencing system and copied the records of 1,204,311 current and former
tenants, including bank details and copies of passports.
3. Kestrel discovered the intrusion on 10 March 2023 and notified the Commissioner on 14 March
2023.
4. The Commissioner's investigation found that multi-factor authentication had not been
enabled for administrator accounts, and that Kestrel's password policy had not been reviewed
since 2016.

Procedure
5. The Commissioner issued a notice of intent on 5 November 2024. Kestrel made written
representations on 20 December 2024 and attended an oral hearing on 4 February 2025.

Mitigation
6. The Commissioner has taken into account that Kestrel has employed a full-time data
protection officer since April 2023, and that it had enabled multi-factor authentication on
all of its systems by 30 June 2023.

Payment
7. The penalty must be paid to the Commissioner's office by BACS transfer no later than 18
September 2025. The penalty is not tax deductible.

Rights of appeal
8. Kestrel may appeal against this notice to the First-tier Tribunal (General Regulatory
Chamber) within 28 days of the date of this notice.

Harriet Osei
Director of Investigations, for and on behalf of the Commissioner""",
        (
            expect("2023-03-02/2023-03-09", "access"),
            expect("2023-03-10", "discovered"),
            expect("2023-03-14", "notified"),
            expect("2024-11-05", "intent"),
            expect("2024-12-20", "representations"),
            expect("2025-02-04", "hearing"),
            expect("2023-04/..", "officer"),
            expect("../2023-06-30", "authentication"),
            expect("../2025-09-18", "paid", planned=True),
        ),
    ),
    Text(
        "marrow-coopers-history",
        "cooper's history",
        None,
        """A. MARROW & SONS, COOPERS | CASK LANE, BURTON | SINCE 1858

The Marrow family history

Abel Marrow was apprenticed to a Burton cooper c. 1846, at the age of fourteen, and served
seven years before working as a journeyman in the town's breweries. In 1858 he set up his own
yard behind the Bell Inn on Horninglow Street, with two apprentices and a borrowed stove.

The yard's fortunes were made by the brewers. From 1872 Marrow's held a contract to repair
casks for the Trent Valley Brewery, and in the 1880s the firm employed 34 coopers. The
business moved to its present home on Cask Lane, perhaps in 1890; the rate books for those
years are missing, and the earliest photograph of the new shop is not dated.

In August 1914 eleven of the firm's nineteen coopers enlisted together in the 6th North
Staffords; four did not come home.

The brewers' move to steel and aluminium kegs nearly finished the trade. Marrow's made its
last wooden cask for Trent Valley in 1963 and survived on repair work and garden tubs. Since
1998 the yard has made and rebuilt casks for Scotch whisky distillers and English wine
makers, and it trains its own apprentices again: Kieran Marrow, Abel's
great-great-great-grandson, completed the four-year course on 14 September 2012, the first
to do so under the revived scheme.

The Duke of Gloucester visited the yard on 3 May 2008, in the firm's 150th year.

Today six coopers raise about 400 new casks a year, each of 54 gallons or more, and repair
some 2,000 more.

Visits by appointment: 01283 555 0187.""",
        (
            expect("1846~", "apprenticed"),
            expect("1858", "yard"),
            expect("1872/..", "contract"),
            expect("1890?", "moved"),
            expect("1914-08", "enlisted"),
            expect("1963", "cask"),
            expect("1998/..", "whisky"),
            expect("2012-09-14", "course"),
            expect("2008-05-03", "visited"),
        ),
    ),
    Text(
        "brackwater-bulls-fixtures",
        "rugby league club's fixtures list",
        date(2025, 4, 3),
        """BRACKWATER BULLS RLFC | Est. 1895
2025 Championship Fixtures & Results
Last updated: 3 April 2025

All kick-offs 15:00 unless stated. H = Home (Mill Lane), A = Away.

Rnd  | Date                     | Opponent          | H/A | Result / KO
1    | Sun 16 Feb               | Hallam Hawks      | H   | W 24-12
2    | Sat 22 Feb               | Garsby Giants     | A   | L 10-18
3    | Sun 2 Mar                | Pendle Rangers    | H   | W 30-6
4    | Sun 9 Mar                | Keld Wolves       | A   | P-P (waterlogged pitch)
5    | Sun 30 Mar               | Thornby Miners    | A   | L 8-26
6    | Sun 6 Apr                | Marsden Moor      | H   | 15:00
7    | Fri 18 Apr (Good Friday) | Hallam Hawks      | A   | 12:30
4    | Wed 23 Apr               | Keld Wolves       | A   | 19:45 (rearranged)
CC3  | Sat 3 May                | Challenge Cup Round 3, opponent TBC | - | TBC

Notes
- Round 4 at Keld was called off at 10:30 on the morning of the game after a pitch
  inspection, and has been rearranged for Wednesday 23 April.
- Season tickets (£180 adults, £95 concessions) are still on sale from the club shop, open
  Tue-Sat 10:00-16:00. Ticket office: 01632 960 455.
- Under-12s go free to every home league game.
- The Bulls have played at Mill Lane since 1921.""",
        (
            expect("2025-02-16", "Hallam"),
            expect("2025-02-22", "Garsby"),
            expect("2025-03-02", "Pendle"),
            expect("2025-03-09", "Keld"),
            expect("2025-03-30", "Thornby"),
            expect("2025-04-06", "Marsden", planned=True),
            expect("2025-04-18", "Hallam", planned=True),
            expect("2025-04-23", "Keld", planned=True),
            expect("2025-05-03", "Challenge", "Cup", planned=True),
            expect("1921/..", "Mill"),
        ),
    ),
)
