"""The hundred-and-forty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool. Twenty styles, one text each:
a wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary (space), a government statement, an HTML
news page, a landslide risk bulletin, a golf open championship report, a mining company results
release, a homesteader's diary of the 1870s, a particle physics experiment run summary, a spa
town's history, a health ministry vaccination campaign statement, a community garden's HTML
blog, a patent infringement judgment, a circus's history and an obituary. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "last week", "within a decade") are left out of the expected events, and so are
habits, comparisons ("the lowest since 2015") and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYFIRST_CORPUS",)


HUNDREDFORTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "solvange-recount",
        "wire story with a dateline",
        date(2025, 3, 13),
        """SOLVANGE, March 13 (Northgate News Agency) - The electoral commission of Solvange
province ordered a full recount of last month's governor's race on Thursday, after auditors
found that ballots from 14 districts had been counted twice.

The vote was held on February 23. Preliminary results published on February 26 gave the
incumbent, Ilse Marandi, a lead of 1,812 votes over her challenger, Petr Vauclain, who lodged
a formal complaint on March 3.

Commission chair Odile Rastrand said the recount would begin on Monday and must be finished by
April 4 at the latest. The new governor is to be sworn in on April 15.

"We would rather be late than wrong," Rastrand told reporters in the provincial capital.

Marandi, who has governed the province since 2017, called the decision regrettable but
understandable. Vauclain's campaign said it would send observers to every counting centre.

The margin is the narrowest in a Solvange governor's race since 1989, and turnout, at 58.4
percent, was the lowest in two decades.

The commission, set up in around 1994 to take elections out of the hands of the provincial
interior office, has ordered partial recounts before but never a full one. Its seven members
meet every Tuesday while a count is under way.

(Reporting by Anneke Vos; Editing by Rafael Duarte; +31 20 555 0143)""",
        (
            expect("2025-03-13", "recount", "order"),
            expect("2025-02-23", "vote"),
            expect("2025-02-26", "results"),
            expect("2025-03-03", "complaint"),
            expect("2025-03-17", "recount", "begin", planned=True),
            expect("../2025-04-04", "recount", "finish", planned=True),
            expect("2025-04-15", "sworn", planned=True),
            expect("2017/..", "marandi", "govern"),
            expect("1994~", "commission"),
        ),
    ),
    Text(
        "brightwater-sensor-plant",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Brightwater Instruments Opens $86 Million Sensor Plant in Kestrel Park

KESTREL PARK, Ohio, June 2, 2025 /PRNewsline/ -- Brightwater Instruments, Inc. (NASDAQ: BWTR),
a maker of industrial pressure and flow sensors, today opened its new manufacturing plant on
Route 41, the largest single investment in the company's history.

Construction of the 140,000-square-foot plant began in April 2023. The first production line
started trial runs on March 18, and a second line is scheduled to come online in October. The
plant will employ about 320 people by the end of 2026.

"Kestrel Park has been our home for two decades, and this plant keeps our future here," said
Dana Whitcombe, Brightwater's chief executive officer.

Brightwater was founded in 1987 by engineers Rosalind Achebe and Martin Fell in a rented
garage in Dayton. It shipped its one-millionth sensor in about 1999. The company moved its
headquarters to Kestrel Park in 2004 and listed on the NASDAQ in 2011.

About Brightwater Instruments
Brightwater Instruments designs and builds pressure, flow and level sensors for the water,
energy and food industries. Its plants are certified to ISO 9001:2015. The company employs
1,150 people in the United States, Mexico and Poland.

Forward-looking statements in this release are subject to risks described in the company's
annual report on Form 10-K.

Media contact:
Priya Lindqvist, Brightwater Instruments
+1 937 555 0188 | press@brightwater-instruments.example""",
        (
            expect("2025-06-02", "plant", "open"),
            expect("2023-04", "construction"),
            expect("2025-03-18", "trial"),
            expect("2025-10", "second", "line", planned=True),
            expect("../2026", "employ", planned=True),
            expect("1987", "found"),
            expect("1999~", "sensor"),
            expect("2004", "headquarters"),
            expect("2011", "nasdaq"),
        ),
    ),
    Text(
        "meyers-v-corbin",
        "court opinion",
        date(2025, 5, 9),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTLAKE
SECOND DISTRICT

HARLAN MEYERS, Plaintiff-Appellant,
v.
CORBIN FREIGHT LINES, INC., Defendant-Appellee.

No. 24-CA-0817
Appeal from the Circuit Court of Marrow County, No. 2022-CV-1146
Filed May 9, 2025

OPINION

ALVAREZ-PRICE, J.

Meyers appeals from a summary judgment in favor of his former employer on his claim of
retaliatory discharge. We reverse.

I. BACKGROUND

Meyers was hired by Corbin as a long-haul driver on or about August 14, 2019. By his own
account, he first warned his dispatcher about worn brakes on his assigned tractor in about
October 2021. On January 4, 2022, he reported the defect to the State Transport Authority.
Corbin dismissed him two days later, citing a late delivery.

Corbin's driver handbook, in force since 2015, requires drivers to report defects to a
supervisor before contacting any outside agency. Corbin contends that Meyers broke this rule.

Meyers filed suit on March 30, 2022, under the Westlake Whistleblower Protection Act of 1988.
The circuit court granted summary judgment to Corbin on November 2, 2023, holding that the
handbook rule was a legitimate ground for dismissal. Meyers timely appealed. We heard oral
argument on February 12, 2025.

II. ANALYSIS

Summary judgment is proper only where no genuine issue of material fact remains. The record
shows that the dispatcher logged Meyers's complaint about the brakes, so a jury could find
that he did report the defect internally first, as the handbook requires.

Reversed and remanded for further proceedings consistent with this opinion.""",
        (
            expect("2019-08-14~", "hire"),
            expect("2021-10~", "warn"),
            expect("2022-01-04", "report", "defect"),
            expect("2022-01-06", "dismiss"),
            expect("2015/..", "handbook"),
            expect("2022-03-30", "suit"),
            expect("2023-11-02", "summary", "judgment"),
            expect("2025-02-12", "argument"),
        ),
    ),
    Text(
        "orrisford-canal",
        "encyclopedia history",
        None,
        """Orrisford Canal

The Orrisford Canal is a 38-kilometre (24 mi) broad canal in the county of Wendle, running
from the River Aske at Hallam Quay to the coalfields north of Orrisford. It has 27 locks.

History

A canal linking Orrisford with the Aske was first proposed c. 1768 by the surveyor Josiah
Pellow, but the scheme lapsed for want of subscribers. The Orrisford Canal Company was
incorporated in 1791, and digging began the following year under the engineer Samuel
Crabtree. The section from Hallam Quay to Mellby opened on 12 May 1796; the full line was
completed in 1803, two years later than planned.

Coal traffic peaked around 1840, when some 310,000 tons a year passed through Lock 14, the
deepest lock built in England before 1800. The railway reached Orrisford in 1851 and tolls
fell steeply; the canal company was bought by the Wendle Valley Railway in 1866.

Commercial traffic dwindled through the early twentieth century, and the last coal boat
worked the canal in the 1930s.

Restoration

Since 1992 the canal has been managed by the Orrisford Canal Trust, a charity run largely by
volunteers. Restoration of the upper locks is projected to finish in 2027, subject to
funding.

See also
 - List of canals of England
 - Wendle Valley Railway""",
        (
            expect("1768~", "propos"),
            expect("1791", "incorporat"),
            expect("1792", "digging"),
            expect("1796-05-12", "section", "open"),
            expect("1803", "complet"),
            expect("1840~", "traffic", "peak"),
            expect("1851", "railway"),
            expect("1866", "bought"),
            expect("1992/..", "trust"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "rovers-millbrook",
        "sports report",
        date(2025, 4, 13),
        """Dunmore ends Rovers' drought as Millbrook are beaten at last

By Callum Reddy, Sunday 13 April 2025

MILLBROOK 1 ASHCOMBE ROVERS 2

Kofi Dunmore's header in the 89th minute gave Ashcombe Rovers a 2-1 win at Millbrook on
Saturday and lifted them four points clear of the relegation places with four games left
before the season ends on May 10.

Rovers' previous league win came on 1 February, 3-0 against Harwick, and this was their first
away win at Millbrook since 2009.

Dunmore, signed from Ashvale in January for an undisclosed fee, had barely been seen until he
rose above two defenders to meet Sam Pryce's corner. Ellis Marr had given Rovers the lead in
the 23rd minute before Tobi Ansah levelled for Millbrook just after the break.

"We have been knocking on the door for ten weeks," said manager Ruth Okonedo, in charge since
October 2023. "Today someone answered."

Rovers were relegated in 2021 and promoted back two years later, and Okonedo has made no
secret that staying up is the whole of this season's ambition. They travel to Castlegate on
Wednesday and host the league leaders, Brenford, in their final home game.

Rovers train at the club's Lowfield ground every morning except Sunday, and Okonedo said
there would be no day off this week.

Millbrook: Hale; Dyer, Costa, Maddox, Quill; Ansah, Reyes, Burke; Lott, Keane, Farrow.
Ashcombe Rovers: Price; Oduya, Hart, Nilsson, Gray; Pryce, Marr, Delaney; Ibe, Dunmore, Tate.
Attendance: 11,204. Referee: P. Langley.""",
        (
            expect("2025-04-12", "rovers", "win"),
            expect("2025-05-10", "season", "end", planned=True),
            expect("2025-02-01", "harwick"),
            expect("2025-01", "dunmore", "sign"),
            expect("2023-10/..", "okonedo"),
            expect("2021", "relegat"),
            expect("2023", "promot"),
            expect("2025-04-16", "castlegate", planned=True),
        ),
    ),
    Text(
        "tamsin-cycles",
        "company history",
        None,
        """Our story

Tamsin Cycles has built bicycles in Larkhill for more than a century. This is how we got here.

A repair shop on Chapel Street
Albert Tamsin opened a cycle repair shop on Chapel Street, Larkhill, in 1923, mending the
machines of mill workers at sixpence a puncture. In around 1930 he began brazing frames of his
own in the back room.

Fenwick Road and the Skylark
The business moved to a former tram depot on Fenwick Road in 1958, and the following year it
launched the Skylark, a lightweight roadster that sold more than 40,000 units. Riders on
Tamsin frames won the national road championship in 1964 and 1971.

Ups and downs
Albert's granddaughter Joan Tamsin sold the firm to the Corvane Group in 1988 and bought it
back in 2002, when Corvane closed its cycle division.

Made in Larkhill again
Since 2015 every Tamsin frame has been built in Larkhill, by a team of eleven. We still fit
every bike by hand, and every customer gets a free service each spring.

What comes next
A new workshop and showroom on the Fenwick Road site is to open in 2026, doubling our
capacity and giving us room to train apprentices again.

Tamsin Cycles Ltd, Fenwick Road, Larkhill LK3 9TQ. Company No. 00184223.""",
        (
            expect("1923", "shop"),
            expect("1930~", "frame"),
            expect("1958", "move"),
            expect("1959", "skylark"),
            expect("1964", "championship"),
            expect("1971", "championship"),
            expect("1988", "corvane"),
            expect("2002", "back"),
            expect("2015/..", "built"),
            expect("2026", "workshop", planned=True),
        ),
    ),
    Text(
        "peridot-orbiter",
        "mission summary",
        date(2025, 5, 2),
        """PERIDOT Lunar Orbiter - Mission Summary
Meridian Space Agency | Planetary Missions Directorate | Last updated 2 May 2025

Overview
PERIDOT (Polar Exploration of Regolith, Ice and Dust from Orbit) is a 640 kg orbiter studying
water ice in permanently shadowed craters near the lunar south pole.

Timeline
PERIDOT was launched on 19 November 2021 on a Corvus-2 rocket from the Sel Harbour range.
After a low-energy transfer it entered lunar orbit on December 4 and began science operations
on 1 January 2022, two weeks ahead of schedule.

The primary mission ended on 30 June 2023. An extended mission, approved in March of that
year, ran from July 2023 to December 2024 and lowered the orbit to 25 km over the pole.

On or about 14 March 2024 the probe's primary star tracker failed. The neutron spectrometer,
the first of its kind flown since 1998, has returned about 2,400 polar maps.

Current status
PERIDOT remains in a slowly decaying orbit. Controllers expect it to impact the far side in
about August 2026, after a final campaign of low passes. A follow-up lander, PERIDOT-L, is
planned to reach the south pole by 2029.

Key numbers
Launch mass: 640 kg | Orbit: 25 x 110 km | Data returned: 18.6 TB
Mission ID: MSA-PL-2019-04""",
        (
            expect("2021-11-19", "launch"),
            expect("2021-12-04", "orbit"),
            expect("2022-01-01", "science"),
            expect("2023-06-30", "primary"),
            expect("2023-03", "approv"),
            expect("2023-07/2024-12", "extend"),
            expect("2024-03-14~", "tracker"),
            expect("2026-08~", "impact", planned=True),
            expect("../2029", "lander", planned=True),
        ),
    ),
    Text(
        "distance-toll-statement",
        "government statement",
        date(2025, 10, 21),
        """MINISTRY OF INFRASTRUCTURE AND TRANSPORT
Press statement | Tuesday 21 October 2025 | Ref. MIT/PS/2025/214

Minister confirms distance-based toll for heavy goods vehicles

The Minister for Infrastructure and Transport, Dalia Verhoeven, today confirmed that a
distance-based toll for heavy goods vehicles over 12 tonnes will take effect on 1 January.

The public consultation on the toll opened on 2 June and closed on 29 August, and received
4,112 responses, most of them from haulage firms and local councils.

The Minister will present the implementing regulations to Parliament on Thursday. Operators
must register their vehicles with the toll operator, Via Nordica, no later than 30 November.
The time-based vignette, in place since 2009, will be withdrawn on 31 March 2026.

"Hauliers have asked for clarity, and this gives it to them," the Minister said. "A lorry that
drives 200 kilometres will pay for 200 kilometres, not for a whole year."

Toll rates will be reviewed every two years.

Notes to editors
1. The toll is levied under the Road Charging Act 2014, as amended.
2. Rates range from EUR 0.14 to EUR 0.31 per kilometre depending on weight and emission class.
3. Press office: +32 2 555 0191 (weekdays 09:00-17:00).""",
        (
            expect("2025-10-21", "toll", "confirm"),
            expect("2026-01-01", "toll", "effect", planned=True),
            expect("2025-06-02", "consultation", "open"),
            expect("2025-08-29", "consultation", "close"),
            expect("2025-10-23", "regulations", planned=True),
            expect("../2025-11-30", "register", planned=True),
            expect("2009/..", "vignette"),
            expect("2026-03-31", "vignette", "withdraw", planned=True),
        ),
    ),
    Text(
        "greyfield-library-html",
        "HTML news page",
        date(2025, 9, 6),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central library reopens after flood repairs | Greyfield Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Central library reopens after flood repairs</h1>
<p class="byline">By Hannah Ostrowski | <time datetime="2025-09-06">6 September 2025</time></p>
<p>Greyfield Central Library reopened its doors on Friday, almost fourteen months after a burst
water main flooded its basement archive on 11 July last year.</p>
<p>The city council approved &pound;2.1 million for repairs on 14 November, and contractors
began work in January 2025. About 38,000 books were dried, cleaned or replaced.</p>
<p>Chief executive Omar Feeney said a rare-books room will open on 1 October, and a
children's wing should follow in the spring.</p>
<p>The Portland-stone building was completed in 1936 to designs by Hubert Lanning. Its oldest
treasure, a hand-drawn parish map from c. 1720, survived the flood in a steel cabinet.</p>
<p>The library has been run by the Greyfield Libraries Trust since April 2016. Friday's visitor
count of 2,917 was the highest for a single day since 2012.</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/2024/07/12/library-flood">Flood
closes central library</a></li></ul></aside>
<footer>&copy; 2025 Greyfield Courier Ltd. Registered in England No. 04417702.</footer>
</body>
</html>""",
        (
            expect("2025-09-05", "library", "reopen"),
            expect("2024-07-11", "flood"),
            expect("2024-11-14", "approv"),
            expect("2025-01", "work"),
            expect("2025-10-01", "rare", planned=True),
            expect("1936", "complet"),
            expect("1720~", "map"),
            expect("2016-04/..", "trust"),
        ),
    ),
    Text(
        "carrow-scar-bulletin",
        "landslide risk bulletin",
        date(2025, 11, 17),
        """NORTHERN UPLANDS GEOHAZARD SERVICE
LANDSLIDE RISK BULLETIN No. 2025/117
Issued: 09:00, Monday 17 November 2025 | Area: Carrow valley and Ledwick | Risk level: AMBER

Summary
Ground movement on the Carrow Scar slope above Ledwick is accelerating. There is a moderate
likelihood of a further slope failure affecting the B4172 and properties on Scar Lane.

Situation
Rainfall of about 140 mm fell on the upper catchment between 12 and 15 November, roughly twice
the monthly average. A debris flow blocked the B4172 at Ledwick on Saturday evening. No one
was hurt. Movement at the Carrow Scar monitoring station has been accelerating since 9
November and reached 11 mm per day in the last 24 hours.

Forecast
Further heavy rain is forecast to arrive on Wednesday. Highways staff expect to reopen the
B4172 by 28 November if the slope stabilises.

History
The slope last failed in 1968, and again on or about 3 February 1994, when two cottages on
Scar Lane were abandoned. The 1994 failure is the largest recorded in the valley.

Advice
Residents of Scar Lane should be ready to leave at short notice. A public meeting will be
held at Ledwick village hall on Tuesday at 19:00. Inclinometer readings are taken every six
hours and this bulletin is updated daily.

Duty geologist: Dr Fenna Roskilly, 01786 555 204""",
        (
            expect("2025-11-12/2025-11-15", "rainfall"),
            expect("2025-11-15", "debris"),
            expect("2025-11-09/..", "movement"),
            expect("2025-11-19", "heavy", "rain", planned=True),
            expect("../2025-11-28", "reopen", planned=True),
            expect("1968", "fail"),
            expect("1994-02-03~", "fail"),
            expect("2025-11-18", "meeting", planned=True),
        ),
    ),
    Text(
        "westmarch-open",
        "golf open championship report",
        date(2025, 7, 21),
        """Afolayan holds his nerve to win the Westmarch Open

By Graeme Lowther, Golf Correspondent | Monday 21 July 2025

PORT ELLERY - Jonas Afolayan of Sweden won the 94th Westmarch Open Championship at Port
Ellery Links on Sunday, closing with a four-under-par 67 for a 14-under total of 270 and a
two-stroke victory over the American Cole Brannigan.

Afolayan, who took the lead with a 64 in the second round on Friday, bogeyed the 16th to let
Brannigan within one but birdied the 18th, a par five lengthened in around 2008, to close
it out.

The 31-year-old turned professional in 2016 and had twice finished runner-up in this
championship, in 2019 and 2023. His 270 was the lowest winning total at Port Ellery since
1997.

First played in 1927 over the old links at Gannet Head, the championship has been held at
Port Ellery eleven times. It returns here in 2031, while next year's edition will be played
at Gannet Head from 16 to 19 July.

Brannigan, who shot 65, said: "I gave him a chance on 16 and he didn't give it back."

Leading final scores (GB & I unless stated):
270 J Afolayan (Swe) 68 64 71 67
272 C Brannigan (USA) 69 70 68 65
274 R Tsang (HK) 70 66 70 68; E McQuarrie 67 71 69 67""",
        (
            expect("2025-07-20", "afolayan", "open"),
            expect("2025-07-18", "lead"),
            expect("2008~", "lengthen"),
            expect("2016", "professional"),
            expect("2019", "runner"),
            expect("2023", "runner"),
            expect("1927", "first", "played"),
            expect("2031", "return", planned=True),
            expect("2026-07-16/2026-07-19", "gannet", planned=True),
        ),
    ),
    Text(
        "halvard-q3-results",
        "mining company results release",
        date(2025, 10, 29),
        """NEWS RELEASE | TSX: HVM | OTCQX: HVMCF

Halvard Minerals Reports Third Quarter 2025 Results

TORONTO, October 29, 2025 - Halvard Minerals Corp. ("Halvard" or "the Company") today
reported results for the three months ended September 30, 2025. All amounts are in US dollars.

Highlights
- Copper production of 11,870 tonnes, up 9% on the second quarter and the highest quarterly
  output since 2018.
- All-in sustaining cost of $2.41 per pound.
- New mill at Tarrow Creek commissioned on August 12; nameplate capacity of 9,000 tonnes per
  day reached on October 3.

Operations
Hoisting at the Ruby shaft was halted for nine days after a ground fall on or about July 22.
No one was injured. The feasibility study for the Sable Lake copper-gold project, begun in
2023, is to be completed by June 30, 2026.

Outlook
The Company expects to produce roughly 48,000 tonnes of copper in 2026.

Dividend
The Board declared a quarterly dividend of C$0.04 per share, payable on December 15, 2025.
Halvard has paid a dividend every quarter since 2012.

Conference call
Management will host a conference call on Thursday, October 30, 2025 at 10:00 a.m. ET.
Dial-in: 1-800-555-0142.

Qualified person: technical information in this release was approved by Lena Marchetti,
P.Eng., a qualified person under NI 43-101.

Forward-looking information: This release contains forward-looking statements, including
production guidance, that involve risks and uncertainties.""",
        (
            expect("2025-10-29", "results"),
            expect("2025-08-12", "mill"),
            expect("2025-10-03", "nameplate"),
            expect("2025-07-22~", "ground", "fall"),
            expect("2023", "feasibility"),
            expect("../2026-06-30", "feasibility", planned=True),
            expect("2026", "produc", planned=True),
            expect("2025-12-15", "dividend", planned=True),
            expect("2025-10-30", "call", planned=True),
        ),
    ),
    Text(
        "pettigrew-diary-1874",
        "homesteader's diary of the 1870s",
        None,
        """From the diary of Ezra Pettigrew, Cottonwood Creek, Dakota Territory
(transcribed from the original in the Hollins County Historical Society, MS 1874/3)

1874

March 28th. Arrived at the claim with Martha and the two boys after nine days on the road
from Sioux City. Filed on the quarter section at the Land Office in Yankton on the 21st, fee
fourteen dollars. Snow in the hollows yet.

April 9th. Broke ground for the sod house on the rise by the creek. Martha says we shall have
a roof over us by the first of May.

April 30th. House finished, a day ahead of Martha's reckoning. Ashby came over to see it. He
has been on his claim across the creek since 1871 and says the soil is good but the winters
are cruel.

June 2nd. Corn in. Ten acres, and potatoes besides.

July 19th. Grasshoppers came at noon like a snowstorm, and by dark there was not a green
thing left on the place. Worst day since we came west.

Aug. 4th. Our daughter born at three in the morning. We shall call her Clara. Mrs Ashby
attended.

Sabbath. Meeting at Ashby's, as every Sunday.

Oct. 11th. Cold wind from the north. I shall go to Yankton for flour and coal on the 20th if
the weather holds.""",
        (
            expect("1874-03-28", "arrive"),
            expect("1874-03-21", "filed"),
            expect("1874-04-09", "ground"),
            expect("../1874-05-01", "roof", planned=True),
            expect("1874-04-30", "house", "finish"),
            expect("1871/..", "ashby"),
            expect("1874-06-02", "corn"),
            expect("1874-07-19", "grasshopper"),
            expect("1874-08-04", "born"),
            expect("1874-10-20", "flour", planned=True),
        ),
    ),
    Text(
        "helix2-run7-summary",
        "particle physics experiment run summary",
        date(2025, 8, 22),
        """HELIX-2 Collaboration - Run Coordination
Summary of Run 7 (physics data-taking, 2025)
Document HLX2-RC-2025-031 v1.2 | Prepared by: M. Okwuosa, T. Brandvold | 22 August 2025

1. Overview
Run 7 of the HELIX-2 detector at the Vessen Accelerator Laboratory recorded physics data from
3 March to 14 July 2025. Beam commissioning had started on 24 February, and stable beams were
first declared on 1 March. The detector recorded 41.2 fb^-1 of the 44.0 fb^-1 delivered, a
data-taking efficiency of 93.6%, the best of any HELIX run since 2017.

2. Incidents
A quench of the solenoid magnet on 9 May cost about 60 hours of beam. Runs 712 to 758 were
flagged for reprocessing after a timing fault in the calorimeter readout (ticket HLX-2011).

3. Detector status
The silicon tracker, in operation since 2019, shows radiation damage in line with
expectations. Its predecessor detector, HELIX-1, took data from 2009 to 2016.

4. Plans
Calibration constants for Run 7 will be frozen by 31 October 2025. Run 8 is scheduled to start
on or about 16 March 2026, and a long shutdown for the tracker replacement is projected for
2028. Shift sign-up opens two weeks before each run; shifters attend a safety briefing every
Monday.

Contact: run coordination, hlx2-runcoord@vessen-lab.example, ext. 4471""",
        (
            expect("2025-03-03/2025-07-14", "data"),
            expect("2025-02-24", "commissioning"),
            expect("2025-03-01", "stable", "beams"),
            expect("2025-05-09", "quench"),
            expect("2019/..", "tracker"),
            expect("2009/2016", "helix-1"),
            expect("../2025-10-31", "calibration", planned=True),
            expect("2026-03-16~", "run", "8", planned=True),
            expect("2028", "shutdown", planned=True),
        ),
    ),
    Text(
        "aldmere-wells-spa",
        "spa town's history",
        None,
        """Aldmere Wells: a short history of the spa

Issued by Aldmere Wells Town Council and the Aldmere Civic Society

The waters
Aldmere's three springs rise at a steady 21 degrees Celsius and carry iron, magnesium and a
trace of sulphur. A chapel was built over the largest, the Lady Well, in about 1290, and
pilgrims came to it for its cures until the Reformation.

The Georgian spa
The modern spa dates from 1742, when the physician Thomas Verrall published an analysis of the
waters claiming they cured gout, dropsy and melancholy. The Pump Room opened in 1771 and the
Assembly Rooms in 1784, and a crescent of lodging houses followed on the hill.

The Victorian boom
The Royal Baths opened on 6 June 1889 with 42 treatment rooms and a Turkish bath. Visitor
numbers peaked around 1900, when some 60,000 people a year took the cure.

Decline and revival
The Royal Baths closed in 1976 and the building stood empty for a generation. Aldmere has
been twinned with the German spa of Bad Sellheim since 1962. Restoration of the Pump Room
began in 2022 and is scheduled to be completed in 2026, when the springs will again be open
to visitors.

Every August the town holds its Well Dressing, a tradition revived in the 1950s.

Aldmere Wells Town Council, Market Place, Aldmere AW1 2HP. Tel. 01634 555 880.""",
        (
            expect("1290~", "chapel"),
            expect("1742", "analysis"),
            expect("1771", "pump", "room"),
            expect("1784", "assembly"),
            expect("1889-06-06", "baths", "open"),
            expect("1900~", "visitor"),
            expect("1976", "baths", "close"),
            expect("1962/..", "twin"),
            expect("2022", "restoration"),
            expect("2026", "restoration", "complet", planned=True),
        ),
    ),
    Text(
        "autumn-vaccination-campaign",
        "health ministry vaccination campaign statement",
        date(2025, 9, 10),
        """MINISTRY OF HEALTH AND SOCIAL CARE
Press statement - Wednesday 10 September 2025

Autumn vaccination campaign opens with call to over-65s

The Ministry of Health and Social Care today launched its autumn vaccination campaign against
influenza and RSV for the 2025-26 season.

Residents of care homes will be vaccinated first, starting on Monday. The programme will open
to all adults aged 65 and over on 1 October, and to pregnant women and people with long-term
conditions a week later. Pharmacies taking part must order their vaccine stock no later than
19 September.

Last season's campaign ran from 2 October 2024 to 28 February 2025 and reached 71 percent of
people aged 65 and over, the lowest uptake since 2015. The RSV vaccine for people aged 75 and
over has been offered since September 2024.

The Minister, Dr Aurelia Santangelo, received her own flu vaccine on Tuesday at the Mercy
Street health centre. "It took two minutes and it did not hurt," she said. "Please book yours."

The campaign will close on 31 January 2026. Appointments can be booked online or by calling
the national line, 0800 555 0110, which is open every day from 08:00 to 20:00.

Ends

Notes for editors: Vaccines are supplied under framework contract MHSC/2024/0117.""",
        (
            expect("2025-09-10", "campaign", "launch"),
            expect("2025-09-15", "care", "homes", planned=True),
            expect("2025-10-01", "adults", planned=True),
            expect("2025-10-08", "pregnant", planned=True),
            expect("../2025-09-19", "pharmac", planned=True),
            expect("2024-10-02/2025-02-28", "season"),
            expect("2024-09/..", "rsv"),
            expect("2025-09-09", "santangelo"),
            expect("2026-01-31", "close", planned=True),
        ),
    ),
    Text(
        "hollis-street-garden-blog",
        "community garden's HTML blog",
        date(2025, 3, 22),
        """<div class="blog-post" id="post-212">
<h2 class="entry-title">Spring update: new beds, seed swap and a sad goodbye</h2>
<p class="entry-meta">Posted by Wren Castellano on <time datetime="2025-03-22">22 March
2025</time> in <a href="/category/news">News</a></p>
<div class="entry-content">
<p>Hello growers! We broke ground on the six new raised beds last Saturday, and thanks to the
fourteen of you who turned up with spades and cake. The beds are wheelchair height and will
be allocated from the waiting list.</p>
<p>It is with great sadness that we share the news that Gus Delacroix, one of our founding
members, died on 2 March. Gus built the tool shed and most of the benches. We will plant a
pear tree in his memory on 12 April.</p>
<h3>Dates for your diary</h3>
<ul>
<li><strong>Seed swap:</strong> Sunday 6 April, 10am-1pm, in the shed.</li>
<li><strong>Water:</strong> the mains tap will be turned on by 15 April, frost permitting.</li>
<li><strong>Harvest festival:</strong> planned for Saturday 27 September.</li>
</ul>
<p>Work days are every first Saturday of the month. The frost last week killed the early
peas, so hold off sowing for now.</p>
<p>Some of our newer members have asked how all this started. The Hollis Street Garden began
in 2011 on a rubble-strewn lot, and the city granted us a 20-year lease in 2014. Our
beehives went in around 2019 and have kept us in honey ever since.</p>
</div>
<p class="tags">Tags: <a href="/tag/events">events</a>, <a href="/tag/2025">2025</a></p>
</div>""",
        (
            expect("2025-03-15", "raised", "beds"),
            expect("2025-03-02", "delacroix"),
            expect("2025-04-12", "pear", planned=True),
            expect("2025-04-06", "seed", "swap", planned=True),
            expect("../2025-04-15", "tap", planned=True),
            expect("2025-09-27", "harvest", planned=True),
            expect("2011", "garden"),
            expect("2014", "lease"),
            expect("2019~", "beehive"),
        ),
    ),
    Text(
        "lumatek-v-corvane",
        "patent infringement judgment",
        date(2025, 6, 4),
        """IN THE COMMERCIAL COURT OF VALDERRAN
PATENTS DIVISION

Case No. PD-2022-0093

Between:
LUMATEK OPTICS BV (Claimant)
and
CORVANE LENS LIMITED (Defendant)

JUDGMENT
Before: The Honourable Mrs Justice Ferreira-Holm
Hand-down date: 4 June 2025

Introduction
1. The Claimant is the proprietor of European Patent (VL) No. 2 918 404 ("the Patent") for an
anti-reflective lens coating. The Patent was filed on 17 January 2013 and granted on 9 August
2017. Subject to the outcome of these proceedings, it expires on 17 January 2033.

2. The Defendant began selling its ClearArc spectacle lenses in Valderran in or around May
2021. Lumatek sent a warning letter on 3 November 2021 and issued these proceedings on 22
February 2022. Corvane counterclaims for revocation.

3. The trial took place before me from 10 to 14 March 2025. Dr Ilona Brandt gave expert
evidence for the Claimant and Professor Kees Vermaak for the Defendant.

The prior art
4. Corvane relies on a trade brochure issued by Sandor Optik GmbH. It bears no date. Corvane
says that it was probably handed out at the Optica fair in Leipzig in 2011, but its only
witness could not be sure of the year.

5. For the reasons given below, I find that the brochure has not been shown to have been made
available to the public before the priority date, that the Patent is valid, and that the
ClearArc lenses infringe claims 1 and 7.

Disposal
6. The counterclaim is dismissed. The consequential hearing on relief will take place on 30
June 2025, and the parties are to file an agreed draft order by 4:00 pm on 23 June.""",
        (
            expect("2013-01-17", "filed"),
            expect("2017-08-09", "grant"),
            expect("2033-01-17", "expir", planned=True),
            expect("2021-05~", "sell"),
            expect("2021-11-03", "warning"),
            expect("2022-02-22", "proceedings"),
            expect("2025-03-10/2025-03-14", "trial"),
            expect("2011?", "brochure"),
            expect("2025-06-30", "hearing", planned=True),
            expect("../2025-06-23", "order", planned=True),
        ),
    ),
    Text(
        "circo-bellamonte",
        "circus's history",
        None,
        """Circo Bellamonte - 140 years under canvas

The Circo Bellamonte was founded in 1884 by the equestrian Giacomo Bellamonte, who had ridden
for travelling shows across Piedmont since boyhood. In about 1890 the circus bought its first
elephant, Regina, from a menagerie in Marseille, and in 1899 it first crossed to England,
playing Brighton, Leeds and Glasgow.

Giacomo died in 1912, and his daughter Rosa ran the circus from 1912 to 1951, through two
world wars and the requisition of its big top. Under Rosa the company settled its winter
quarters at Asti, which it has used since 1927.

In 1953 the Bellamonte became the first Italian circus to be broadcast on television, and its
Christmas show has been filmed every year since. Animal acts were dropped in 1998, and the
last elephants retired to a sanctuary in Tuscany.

The 140th anniversary tour ran from April to October 2024 and visited 61 towns in four
countries. A permanent venue for the company at its Asti winter quarters is to open in 2027,
with a 1,200-seat ring and a school for young performers.

Circo Bellamonte S.r.l. - Via dei Giostrai 12, 14100 Asti - P.IVA 01234560057""",
        (
            expect("1884", "found"),
            expect("1890~", "elephant"),
            expect("1899", "england"),
            expect("1912", "giacomo", "die"),
            expect("1912/1951", "rosa"),
            expect("1927/..", "winter", "quarters"),
            expect("1953", "television"),
            expect("1998", "animal"),
            expect("2024-04/2024-10", "tour"),
            expect("2027", "venue", planned=True),
        ),
    ),
    Text(
        "margit-oyelaran-obituary",
        "obituary",
        date(2025, 2, 14),
        """Obituaries

Margit Oyelaran, hydrologist who mapped the Serrana aquifer, dies at 88

By Teodor Halvorsen | Friday 14 February 2025

Margit Oyelaran, a hydrologist whose maps of the Serrana aquifer shaped water policy in three
provinces, died on Tuesday at her home in Vell Harbour. She was 88.

Her son, Femi Oyelaran, said the cause was heart failure. A memorial service will be held on
8 March at the Seamen's Church in Vell Harbour.

Born on 3 May 1936 in Kirkestad, the daughter of a ferry captain, she studied geology at the
University of Norrland and joined the National Water Survey in 1961. She led its groundwater
division from 1978 to 1996.

Her map of the Serrana aquifer, published in about 1983, showed for the first time that the
aquifer was being drained faster than rain could refill it. Farmers' groups attacked it; the
provincial governments adopted its limits within a decade.

She married the geologist Tunde Oyelaran in 1964. He died in 2009. She is survived by her
son, two daughters and five grandchildren.

She kept a rain gauge in her garden and read it every morning for sixty years.""",
        (
            expect("2025-02-11", "die"),
            expect("2025-03-08", "memorial", planned=True),
            expect("1936-05-03", "born"),
            expect("1961", "join"),
            expect("1978/1996", "division"),
            expect("1983~", "map"),
            expect("1964", "marri"),
            expect("2009", "tunde"),
        ),
    ),
)
