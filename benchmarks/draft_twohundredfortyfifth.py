"""The two-hundred-and-forty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a landslide monitoring
service's slope alerts, a judo championship report, a wave energy press release, an Arctic
explorer's sledging journal of the 1870s, a stag beetle survey, a ship chandler's history, a
farming minister's bovine TB statement, a planetarium's HTML show schedule changes page, a
medical practitioners tribunal determination, a tinsmith's history and a handball league's
fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYFIFTH_CORPUS",)


TWOHUNDREDFORTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "halvik-port-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVIK, Oct. 9 (Northline Press) - Dockworkers at the port of Halvik ended a nine-day
strike on Tuesday after the union and the terminal operators agreed a new pay deal, easing a
backlog that had left 37 container ships waiting at anchor in the bay.

The strike began on Sept. 30, two weeks after the Halvik Dockers' Union gave notice of the
stoppage on Sept. 16. It was the longest walkout at the port since 2011 and cost the
operators an estimated 40 million crowns a day, according to the chamber of commerce.

A state mediator, Ragna Solheim, was appointed on or about Oct. 2 and brought the two sides
back to the table last weekend. The deal raises basic pay by 6.5 percent over two years and
replaces the 2019 wage agreement, whose terms the union had called "a relic".

The union's 2,300 members will vote on the deal on Friday. Union secretary Olav Brekke said
he expected it to pass "by a clear margin". The union is to hold its congress in Bergvik
from March 3 to 5. The operators said they hoped to have all cranes running again and
loading resumed at every berth by Sunday.

The previous contract expired on June 30, and talks had broken down twice over the summer.
The port authority said it would open separate talks on automating the southern terminal in
January.

Halvik, the country's second-busiest port, handles about 1.4 million containers a year. It was
privatised in 1998, when the state sold its terminals to a group of shipping lines.

For inquiries, call the Northline desk on +47 22 18 40 00.

(Reporting by Anja Lunde; Editing by Peter Marsh)""",
        (
            expect("2024-10-08", "strike", "end"),
            expect("2024-09-30", "strike", "began"),
            expect("2024-09-16", "notice"),
            expect("2024-10-02~", "mediator", "appoint"),
            expect("2024-10-11", "vote", planned=True),
            expect("2025-03-03/2025-03-05", "congress", planned=True),
            expect("../2024-10-13", "loading", planned=True),
            expect("2024-06-30", "contract", "expired"),
            expect("2025-01", "talks", "automat", planned=True),
            expect("1998", "privatised"),
        ),
    ),
    Text(
        "valdren-fill-finish-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Valdren Biologics opens vaccine fill-finish facility in Ostermark

OSTERMARK, 12 February 2025 -- Valdren Biologics A/S, a maker of veterinary and human
vaccines, today opened its new fill-finish facility in Ostermark, a DKK 1.9 billion
investment that will more than double the company's capacity to fill vials and syringes.

Construction of the 14,000-square-metre plant began in March 2022. The national medicines
agency granted the site its manufacturing licence on 30 January 2025, and the first
commercial batches are expected to ship by the end of June. The plant is expected to reach
its full capacity of 40 million doses a year around 2027, and the company plans to add a
second filling line by 2028.

"This is the largest single investment in our history," said chief executive Mette Hallund.
"It brings filling, inspection and packing under one roof for the first time."

The facility employs 210 people and will employ about 350 at full capacity. It runs on
electricity from the 2023 Ostermark Solar Park and uses 30 percent less water per dose than
the company's older line in Brede.

Valdren will present the plant to analysts at an investor day on 18 March 2025 in
Copenhagen.

About Valdren Biologics
Founded in 2009 as a spin-out from the Ostermark Veterinary Institute, Valdren Biologics
develops and manufactures vaccines for livestock and people. The company was acquired by the
Lindqvist Group in 2016 and employs 1,150 people in four countries.

Media contact:
Sofie Brandt, Head of Communications
+45 70 20 14 88 | press@valdren.example

(c) 2025 Valdren Biologics A/S. All rights reserved.""",
        (
            expect("2025-02-12", "facility", "open"),
            expect("2022-03", "construction", "began"),
            expect("2025-01-30", "licence"),
            expect("../2025-06", "batches", "ship", planned=True),
            expect("2027~", "capacity", planned=True),
            expect("../2028", "line", planned=True),
            expect("2025-03-18", "investor", planned=True),
            expect("2009", "founded"),
            expect("2016", "acquired"),
        ),
    ),
    Text(
        "treadwell-v-dunmore-freight",
        "court opinion",
        None,
        """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALLAHAN

MARISOL TREADWELL,
                Plaintiff,
        v.                                        Case No. 23-cv-04187 (RJH)
DUNMORE FREIGHT SYSTEMS, INC.,
                Defendant.

MEMORANDUM OPINION AND ORDER

Filed: August 2, 2024

HALVORSEN, District Judge.

Plaintiff Marisol Treadwell brings claims of retaliation under Title VII of the Civil Rights
Act of 1964 against her former employer. Before the Court is Defendant's motion for summary
judgment (ECF No. 41). For the reasons below, the motion is GRANTED IN PART and DENIED IN
PART.

I. BACKGROUND

The following facts are undisputed unless noted. Dunmore Freight hired Treadwell as a
dispatcher on April 3, 2017. On or about November 14, 2022, she reported to the company's
human resources office that her supervisor had made comments about her pregnancy. Dunmore
placed her on unpaid leave on or about November 18, 2022, and terminated her employment on
December 1, 2022, citing two late shift reports.

Treadwell filed a charge of discrimination with the Equal Employment Opportunity Commission
on May 26, 2023. The Commission issued a notice of right to sue on September 12, 2023, and
Treadwell filed this action on December 6, 2023, within the 90 days allowed by 42 U.S.C. §
2000e-5(f)(1).

Defendant moved for summary judgment on March 8, 2024. The Court heard oral argument on the
motion on June 17, 2024.

II. DISCUSSION

Summary judgment is appropriate where there is no genuine dispute as to any material fact.
Fed. R. Civ. P. 56(a). Treadwell's termination came seventeen days after her complaint, a
proximity that courts in this Circuit have repeatedly found sufficient to support an
inference of causation. See Orloff v. Benning Corp., 912 F.3d 201, 209 (4th Cir. 2019).

III. CONCLUSION

Defendant's motion is DENIED as to the retaliation claim and GRANTED as to the claim for
punitive damages. The final pretrial conference remains set for October 21, 2024.

SO ORDERED.

Dated: August 2, 2024
/s/ Ruth J. Halvorsen
United States District Judge""",
        (
            expect("2017-04-03", "hired"),
            expect("2022-11-14~", "reported"),
            expect("2022-11-18~", "leave"),
            expect("2022-12-01", "terminated"),
            expect("2023-05-26", "charge"),
            expect("2023-09-12", "notice"),
            expect("2023-12-06", "action"),
            expect("2024-03-08", "summary", "judgment"),
            expect("2024-06-17", "argument"),
            expect("2024-10-21", "pretrial", "conference", planned=True),
        ),
    ),
    Text(
        "kessingford-history",
        "encyclopedia history",
        None,
        """Kessingford

History

Kessingford grew up at a ford on the River Tame, where an old drove road from the hills
crossed the valley. The place is first recorded in a charter of 1147, in which Earl Walter
granted the mill and fishery to the canons of Ashby. The parish church of St Aldric was
possibly begun in 1190; its west tower is a fifteenth-century addition.

The town received a market charter in 1268, and by the early fourteenth century it had a
weekly market and two annual fairs. The small Augustinian abbey outside the walls was
dissolved in 1538 and its buildings were largely quarried for stone. A grammar school was
founded perhaps in 1552, although no list of its masters survives from before the
seventeenth century.

A great fire c. 1702 destroyed much of the timber-framed town centre, which was rebuilt in
brick. The arcaded Market House, said to have been built in 1716, is the oldest building on
the square. Kessingford's growth as a textile town followed the improvement of its transport:
the canal reached the town in 1794 and the railway in 1847. At its height the town had
eleven silk and worsted mills employing some 4,500 people, and Mill Street, laid out in the
1830s, still has rows of weavers' cottages with long upper windows.

Between 1939 and 1945 the mills made parachute silk for the air ministry. The industry then
declined steadily; the last mill closed in 1983, and its buildings now house the Kessingford
Textile Museum. The town's population was 14,200 at the 2021 census.

See also
- River Tame (Westmoor)
- Ashby Priory

References
1. Harland, J. (1968). A History of Kessingford. Westmoor Record Society. pp. 12-40.""",
        (
            expect("1147", "charter"),
            expect("1190?", "church"),
            expect("1268", "market"),
            expect("1538", "abbey", "dissolved"),
            expect("1552?", "school"),
            expect("1702~", "fire"),
            expect("1716?", "market", "house"),
            expect("1794", "canal"),
            expect("1847", "railway"),
            expect("1939/1945", "parachute"),
            expect("1983", "mill", "closed"),
        ),
    ),
    Text(
        "rovers-beat-ashby",
        "sports report",
        date(2025, 3, 16),
        """League Two | Match report

Harford Rovers 3 Ashby Town 1

By Dan Ferris at Holloway Park

Harford Rovers beat Ashby Town 3-1 on Saturday to climb to sixth in League Two, their first
home win over Ashby since 2016 and a fourth straight league victory for Siobhan Kerr's side.

Kerr, appointed in November after the sacking of Mick Dolan, has turned a side that
conceded 21 goals in its first 12 games into the division's meanest defence. "We look like
a team that wants the ball now," she said.

Rovers went ahead in the 12th minute when Joel Okafor, who signed from Dunwell on
3 February, turned in a low cross from Tom Reyes. Ashby levelled through Liam Cho before the
break, but Okafor headed his second from a corner after 58 minutes and Reyes curled in a
third from 20 yards in stoppage time.

A crowd of 4,812, the biggest at Holloway Park this season, saw Rovers' keeper Sam Achterberg
make two fine saves from Cho in the second half.

Kerr said she expected captain Dale Lomas, out with a hamstring injury, to be back by the
end of March. Rovers travel to Carden City on Tuesday and host leaders Millbrook on
Saturday 22 March. Their county cup semi-final against Stanton is scheduled for 8 April.

The club's last promotion came in 2009, when it went up as champions under Terry Hale.

Rovers: Achterberg; Pike, Lomas (Grant 46), Ndiaye, Bell; Reyes, Kovac, Moss; Okafor,
Tanner (Ruiz 77), Wells.
Ashby: Pryce; Holt, Mason, Adeyemi, Lund; Cho, Barr, Finch (Doyle 70); Ives, Rook, Salt.
Referee: Karen Webb.""",
        (
            expect("2025-03-15", "rovers", "ashby"),
            expect("2024-11", "kerr", "appointed"),
            expect("2025-02-03", "okafor", "signed"),
            expect("../2025-03", "lomas", planned=True),
            expect("2025-03-18", "carden", planned=True),
            expect("2025-03-22", "millbrook", planned=True),
            expect("2025-04-08", "semi-final", planned=True),
            expect("2009", "promotion"),
        ),
    ),
    Text(
        "brenner-instruments-history",
        "company history",
        None,
        """Our History

Brenner Instruments: 140 years of measuring the world

Brenner Instruments was founded in 1884 by Elias Brenner, a watchmaker's son from Kassel,
in a two-room workshop above a bakery on Tanner's Row, Harrowgate. He made levels and
drawing instruments for the surveyors of the new county railways, and the firm's first
catalogue appeared around 1890, listing 64 items.

In 1902 the firm moved to larger premises on Wexley Road, where it added a foundry for
brass castings. Elias died in about 1919, and his sons incorporated the business as a
limited company in 1921. The Brenner 1935 pattern theodolite, accurate to five seconds of
arc, became the standard instrument of the Ordnance Office and remained in production for
three decades.

During the Second World War the works made range-finders and gun sights, and employed
over 900 people at its peak. Peace brought a return to civil work and a wider market: the
company opened branches in Leeds, Bristol and Glasgow in 1958, 1963 and 1971.

In 1994 Brenner merged with Pollard Optical to form Brenner Pollard plc, bringing
electronic distance measurement into the group. Since 2008 the company has been owned by the
Brenner Family Trust, which took it private again after fourteen years on the stock market.

Today Brenner Instruments employs 320 people and sells laser scanners and GNSS receivers in
40 countries. The firm expects to move to a new purpose-built site at Harwell Park by 2027,
bringing its three Harrowgate buildings together.

Visit our museum: Wexley Road, Harrowgate, open Tuesday to Saturday, 10:00-16:00.
Tel. 01423 556 120""",
        (
            expect("1884", "founded"),
            expect("1890~", "catalogue"),
            expect("1902", "moved"),
            expect("1919~", "died"),
            expect("1921", "incorporated"),
            expect("1958", "leeds"),
            expect("1963", "bristol"),
            expect("1971", "glasgow"),
            expect("1994", "merged"),
            expect("2008/..", "owned"),
            expect("../2027", "move", "harwell", planned=True),
        ),
    ),
    Text(
        "thessaly-comet-mission",
        "mission summary",
        None,
        """THESSALY - Mission summary

Mission type: comet rendezvous and lander
Operator: Central European Space Agency (CESA)
Target: comet 88P/Harwin
Page last revised: 10 January 2025

Overview
Thessaly was selected by CESA as its fourth medium-class mission in 2012. The 2,950 kg
spacecraft carried eleven instruments and the 98 kg lander Ostra.

Timeline
- Launch: 23 October 2019, 02:14 UTC, on a Vanguard 6 rocket from Kourou.
- Earth gravity-assist flyby: 5 November 2020, at an altitude of 1,460 km.
- Arrival at 88P/Harwin: 17 June 2023, after a journey of 5.2 billion km.
- Lander separation: 29 September 2023, 08:40 UTC. Ostra touched down at 15:52 UTC the same
  day after bouncing twice on the surface.
- Contact with Ostra was lost on or about 12 October 2023, when its batteries ran down in the
  shadow of a cliff.
- Perihelion: 4 February 2024, at 1.31 astronomical units from the Sun.

Status
The orbiter continues to map the nucleus from a distance of 30 km. Operations are to end no
later than 31 December 2025, when the spacecraft will be steered into a slow collision with
the nucleus. A final release of calibrated data to the public archive is planned for around
March 2026.

Key results
Thessaly's mass spectrometer found the highest ratio of deuterium to hydrogen measured in
any comet since the Giotto era, and its cameras recorded more than 400 outbursts of dust.

Contact: thessaly-science@cesa.example""",
        (
            expect("2012", "selected"),
            expect("2019-10-23", "launch"),
            expect("2020-11-05", "flyby"),
            expect("2023-06-17", "arriv"),
            expect("2023-09-29", "separat"),
            expect("2023-09-29", "touch"),
            expect("2023-10-12~", "contact", "lost"),
            expect("2024-02-04", "perihelion"),
            expect("../2025-12-31", "operations", "end", planned=True),
            expect("2026-03~", "data", "release", planned=True),
        ),
    ),
    Text(
        "water-minister-drought-statement",
        "government statement",
        None,
        """Department for Water and Rivers

Statement by the Minister for Water, Helen Caradoc, on drought measures

7 July 2025

Reservoir stocks across the eastern region have fallen to 61 per cent of capacity, the
lowest for the time of year since 1995. Rainfall since the start of March has been less than
half the long-term average, and the Met Service forecasts no significant relief this month.

On Thursday I met the chief executives of the six water companies serving the region. I
made clear to them that customers cannot be asked to save water while companies lose a
fifth of what they pump through leaking mains.

I am therefore announcing the following measures:

- A temporary use ban, covering hosepipes, sprinklers and the filling of private pools,
  will come into force across the eastern region on Monday 14 July.
- Each company must submit a leak reduction plan to the regulator no later than
  30 September.
- An independent review of drought resilience, chaired by Professor Ian Meller, will report
  to me by 31 December.

Since April the Emergency Irrigation Fund has been open to farmers whose licensed
abstraction is cut, with 12 million pounds available under the Water Resources Act 2011.

The National Drought Group, which was set up in 2012, will meet again on 21 July to review
the position. I will update the House before the summer recess.

Customers can find advice on saving water at water.gov.example or by calling 0300 123 4567.

ENDS""",
        (
            expect("2025-07-03", "met"),
            expect("2025-07-14", "ban", planned=True),
            expect("../2025-09-30", "leak", "plan", planned=True),
            expect("../2025-12-31", "review", planned=True),
            expect("2025-04/..", "fund"),
            expect("2012", "group", "set"),
            expect("2025-07-21", "group", "meet", planned=True),
        ),
    ),
    Text(
        "ferris-street-bridge-closed",
        "HTML news page",
        date(2024, 5, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ferris Street bridge closed after cracks found | Dunmore Evening Post</title>
  <script src="/static/js/analytics.min.js" async></script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news/local">Local</a> | <a href="/sport">Sport</a> |
  <a href="/weather">Weather</a>
</nav>
<article>
  <h1>Ferris Street bridge closed after cracks found</h1>
  <p class="byline">By Nadia Pruitt, Transport reporter |
    <time datetime="2024-05-22T07:45:00+01:00">Wednesday 22 May 2024, 07:45</time></p>
  <figure>
    <img src="/img/2024/05/ferris-bridge.jpg" alt="Barriers across the Ferris Street bridge">
    <figcaption>Barriers went up across the bridge on Monday. Photo: Evening Post</figcaption>
  </figure>
  <p>The Ferris Street bridge over the River Dun closed to all traffic on Monday after
  engineers found cracks in two of its steel cross-beams.</p>
  <p>The cracks were discovered during a routine inspection on the morning of 14 May, the
  council said. Pedestrians have been using a temporary footbridge since Tuesday.</p>
  <p>The bridge, built in 1931, carries about 18,000 vehicles a day. An inspection in
  March 2021 had found corrosion but judged the structure safe.</p>
  <p>Repairs are expected to take until 30 August and to cost around £2.4m. Bus route 14
  will be diverted via Kings Road starting on 27 May.</p>
  <p>A public meeting will be held at the Guildhall on Thursday at 7pm.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/local/council-budget">Council budget approved</a>
      <time datetime="2024-05-12">12 May 2024</time></li>
    <li><a href="/news/local/roadworks">Roadworks to close Kings Road lane</a>
      <time datetime="2024-04-30">30 April 2024</time></li>
  </ul>
</aside>
<footer><p>Updated <time datetime="2024-05-22T09:10">22 May 2024, 09:10</time></p>
<p>&copy; 2024 Dunmore Evening Post Ltd.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-20", "bridge", "closed"),
            expect("2024-05-14", "cracks", "discovered"),
            expect("2024-05-21/..", "footbridge"),
            expect("1931", "built"),
            expect("2021-03", "inspection"),
            expect("../2024-08-30", "repairs", planned=True),
            expect("2024-05-27", "bus", "diverted", planned=True),
            expect("2024-05-23", "meeting", planned=True),
        ),
    ),
    Text(
        "grauwand-slope-alert",
        "landslide monitoring service's slope alerts",
        None,
        """ALPINE SLOPE MONITORING SERVICE (ASMS) - Canton of Obertal
SLOPE ALERT BULLETIN No. 2025/17
Issued: 03 April 2025, 06:30 CEST          Next bulletin: 04 April 2025, 06:30 CEST

SITE: Grauwand rock slope above Oberried (municipality of Talwil)
CURRENT ALERT LEVEL: ORANGE (3 of 4)

SITUATION
Displacement at the upper extensometers (E2, E4) accelerated after 38 mm of rain in 24 hours.
Mean rate at E4: 14 mm/day (previous 7 days: 3 mm/day).

LOG (times CEST)
- 01 Apr 2025 16:40  Rate threshold exceeded at E4; duty geologist notified.
- 02 Apr 2025 21:15  Alert level raised from YELLOW to ORANGE.
- 02 Apr 2025 22:00  Cantonal road L214 closed between Talwil and Oberried.
- 03 Apr 2025 04:00  Evacuation of Oberried (23 residents, 9 buildings) in force since this
                     time; residents lodged at the Talwil school hall.

MEASURES
- Road L214 remains closed. No access for pedestrians or vehicles.
- A geologist inspection by helicopter is planned for 04 April, weather permitting.
- Radar scans every 10 minutes; automatic siren if rate exceeds 50 mm/day.

BACKGROUND
The monitoring network (6 extensometers, 2 GNSS stations, 1 ground radar) was installed in
2016. The previous ORANGE alert at this site lasted from 14 to 19 June 2024 and ended
without a slide. A slide of about 200,000 m3 on or about 28 May 1999 buried the old road; the
wall above Oberried is said to have collapsed possibly in 1808, destroying two farms.

ALERT LEVELS: GREEN 1 - YELLOW 2 - ORANGE 3 - RED 4 (evacuation of the wider zone)

Hotline (24 h): +41 27 555 01 17     asms.obertal.example/grauwand""",
        (
            expect("2025-04-01", "threshold"),
            expect("2025-04-02", "alert", "orange"),
            expect("2025-04-02", "road", "closed"),
            expect("2025-04-03/..", "evacuation"),
            expect("2025-04-04", "inspection", planned=True),
            expect("2016", "installed"),
            expect("2024-06-14/2024-06-19", "alert"),
            expect("1999-05-28~", "slide"),
            expect("1808?", "collapse"),
        ),
    ),
    Text(
        "velgrad-judo-day-two",
        "judo championship report",
        None,
        """EUROPEAN JUDO CHAMPIONSHIPS - DAY 2 REPORT

VELGRAD, 26 April 2025

Ilse Marquand won gold in the women's -63 kg on Saturday, throwing Spain's Lucia Ferrer for
ippon after 2:41 of golden score in a final that the Velgrad Arena crowd of 6,000 will not
soon forget.

The 24-year-old had knee surgery last September and only returned to the mat in the new
year. "Seven months ago I could not walk down stairs," she said. "Today I won the European
title." It was Lorvania's first European gold since 2014.

In the men's -81 kg, Georgia's Davit Beradze, who won the world title in 2023, beat
Tomas Novak of the Czech Republic with a waza-ari from a drop seoi-nage in the final.
Bronze medals went to Kenji Arslan (Turkey) and Pieter de Wolf (Netherlands).

The championships opened on Friday with the lighter categories, when France took three of the
four gold medals. The draw, held on Thursday, had put the top two seeds in the -63 kg in
the same half, but second seed Ana Horvat was knocked out in the first round.

PROGRAMME
Sunday: +78 kg, +100 kg and -100 kg (the heavyweights compete from 10:00; finals 16:00)
Monday: mixed team event

Points from Velgrad count towards the world ranking list, and the qualification window for
the world championships closes on 30 June.

Results: ejc2025.velgrad.example/results""",
        (
            expect("2025-04-26", "marquand", "gold"),
            expect("2024-09", "surgery"),
            expect("2023", "world", "title"),
            expect("2025-04-25", "championships", "opened"),
            expect("2025-04-24", "draw"),
            expect("2025-04-27", "heavyweights", planned=True),
            expect("2025-04-28", "team", planned=True),
            expect("2025-06-30", "qualification", planned=True),
        ),
    ),
    Text(
        "tidalforge-waveroll-grid",
        "wave energy press release",
        None,
        """PRESS RELEASE
EMBARGOED UNTIL 00:01 BST, TUESDAY 9 SEPTEMBER 2025

TidalForge connects its first full-scale wave energy converter to the grid

Stromness-on-Sea, 9 September 2025 - TidalForge Ltd today announced that its 2 MW WaveRoll
device is exporting power to the grid from the Skerrahead Marine Energy Test Site, the first
wave energy converter of its size to do so in Scottish waters for more than a decade.

The 1,100-tonne device was towed to the site from the Port of Kerran on 14 August and was
connected to the grid on 2 September. It will now run for an initial 18-month trial.

"WaveRoll has survived everything the Atlantic threw at it in the tank. Now it has to do
the same at sea," said chief executive Moira Lennox.

TidalForge was founded in 2015 as a spin-out from the University of the Isles. The design
was refined in tank tests between 2018 and 2020, and the company raised 12 million pounds in
a funding round in March 2024 to build the full-scale device. The Skerrahead site, which
opened in 2004, has hosted 31 devices from 14 developers.

A second device is scheduled for deployment next spring. TidalForge plans to take a final
investment decision on a 20 MW array off the west coast of Lewis by the end of 2026, and
expects to start building the array around 2028.

TidalForge will hold an open day for the public at the Port of Kerran on 27 September.

Notes to editors
- WaveRoll's rated output of 2 MW could supply around 1,500 homes.
- Photographs: tidalforge.example/media

Contact: Euan Baird, +44 1856 555 210, press@tidalforge.example""",
        (
            expect("2025-08-14", "towed"),
            expect("2025-09-02", "connected"),
            expect("2015", "founded"),
            expect("2018/2020", "tests"),
            expect("2024-03", "funding"),
            expect("2004", "site", "opened"),
            expect("../2026", "investment", "decision", planned=True),
            expect("2028~", "array", planned=True),
            expect("2025-09-27", "open", "day", planned=True),
        ),
    ),
    Text(
        "northern-party-sledge-journal",
        "Arctic explorer's sledging journal of the 1870s",
        None,
        """SLEDGE JOURNAL OF LIEUT. H. R. PELHAM, R.N.
Northern Party, sledges "Resolve" and "Hope" - H.M.S. Albatross, winter quarters, Cape Harlow.
1876.

April.
Mon. 3rd. - Left the ship at 10 a.m., the whole ship's company cheering us off. Two sledges,
14 men, 7 dogs; weights 1,480 lbs. Temp. -41 deg. Made 4 miles over rough floe.
Lt. Crozet with the Western party is to leave the ship for the W. coast on the 20th inst.

Tues. 4th. - Strong gale from N.; lay in the tent all day. Cooked once only to save fuel.

Fri. 7th. - Reached the depot laid by Crozet last autumn at 5 p.m. Found it intact save one
tin of pemmican torn open by a bear. Took up 120 lbs of provisions.

Sat. 15th. - Clear & bright. At noon sighted high land to the N.W., which I named Cape
Ellery after our surgeon. Dobson & Carter complain of stiff legs - I fear the scurvy.

Mon. 17th. - Reached lat. 83 deg. 02 min. N. by mer. alt. at noon, our farthest north. Hoisted
the colours and drank the Queen's health in the last of the rum. 14 days out.

Tues. 18th. - Turned back at 8 a.m. with light sledges. Carter unable to pull; placed him on
the sledge.

Tues. 25th. - Picked up our own depot at the Twin Hummocks. All well there.

Sun. 30th. - About noon sighted the masts of the ship from the top of a hummock, a joyful
sight. Read prayers.

May.
Thurs. 4th. - Regained the ship at 6 p.m. after 31 days out, all hands alive, Carter carried
the last 9 miles. Capt. Vance came out on the floe to meet us.""",
        (
            expect("1876-04-03", "left", "ship"),
            expect("1876-04-20", "crozet", "leave", planned=True),
            expect("1876-04-04", "gale"),
            expect("1876-04-07", "reached", "depot"),
            expect("1876-04-15", "sighted", "land"),
            expect("1876-04-17", "farthest"),
            expect("1876-04-18", "turned"),
            expect("1876-04-25", "depot"),
            expect("1876-04-30", "masts"),
            expect("1876-05-04", "regained"),
        ),
    ),
    Text(
        "dorrington-stag-beetle-survey",
        "stag beetle survey",
        None,
        """DORRINGTON WILDLIFE TRUST
Great Stag Beetle Hunt 2024 - Summary of results

Thank you to the 1,318 volunteers who sent us records this year. The survey ran from
15 May to 31 July 2024 and received 2,946 records of stag beetles (Lucanus cervus) from 412
sites across the county.

Key findings
- The first sighting of the year was reported on 19 May, a male flying at dusk over a
  garden in Kingsmead.
- Males outnumbered females by roughly three to one, as in most years.
- A pair was filmed mating on a rotting oak stump in Harlow Wood on 6 June 2024.
- A late female was found in Felling Lane on 2 August, two days after the survey closed.
- Records were 18% higher than in 2023, and the highest since 2019.

Background
The Trust launched the survey in 1998 to follow a species named as a priority in the 1994
county Biodiversity Action Plan. Since 2020 records have been submitted
through the Trust's online recording app, which checks each photograph before the record is
accepted. Stag beetle larvae spend up to seven years feeding in dead wood underground, and
adults usually emerge in late May and June.

How you can help
Leave dead wood to rot in your garden, and never tidy away old stumps. A training day for new
volunteers is planned for around 12 April 2025 at the Trust's Ashdown centre, and the survey
will open again on 15 May 2025. A full report on this year's records is expected to be
published by the end of October 2025.

Report sightings: records@dorringtonwildlife.example | 01632 960 448
Registered charity no. 1045678""",
        (
            expect("2024-05-15/2024-07-31", "survey"),
            expect("2024-05-19", "first", "sighting"),
            expect("2024-06-06", "pair", "filmed"),
            expect("2024-08-02", "female"),
            expect("1998", "launched"),
            expect("2020/..", "app"),
            expect("2025-04-12~", "training", planned=True),
            expect("2025-05-15", "survey", "open", planned=True),
            expect("../2025-10", "report", planned=True),
        ),
    ),
    Text(
        "pellow-ship-chandlers-history",
        "ship chandler's history",
        None,
        """PELLOW & SONS, SHIP CHANDLERS, FALBRIDGE
A Short History of the Firm

Josiah Pellow, a cooper's son from St Kew, is said to have opened a store on Falbridge Quay
in 1790, selling rope, tar, candles and ship's biscuit to the coasting trade. The earliest
surviving ledger of the business dates from 1803 and records sales to over sixty vessels.
Josiah died around 1826, leaving the store to his sons Thomas and John.

As ships grew larger and the old quay silted up, the business moved to Custom House Lane
circa 1840, taking a warehouse with a sail loft above it. The firm's most famous customer was
the tea clipper Morning Star, which the Pellows supplied in 1866 for her record run of 97
days from Foochow.

The premises were badly damaged by fire on 3 March 1897 and rebuilt the following year in
the red brick that still stands today. Between 1914 and 1918 the firm provisioned the
minesweepers based at Falbridge, and the Admiralty's letter of thanks hangs in the shop.

The coming of steam and then of oil reduced the trade in canvas and hemp, but the Pellows
adapted: since 1972 the shop has also sold yachting clothes and chandlery to the leisure
sailors who now fill the harbour. The last of the family, Arthur Pellow, retired when the
firm was acquired by the Truro-based Harbourside Group in 2003. The Pellow name, and the
brass bell over the door, remain.

Pellow & Sons, 4 Custom House Lane, Falbridge. Open Monday to Saturday, 8.30 am to 5.30 pm.""",
        (
            expect("1790?", "store", "opened"),
            expect("1803", "ledger"),
            expect("1826~", "died"),
            expect("1840~", "moved"),
            expect("1866", "supplied"),
            expect("1897-03-03", "fire"),
            expect("1898", "rebuilt"),
            expect("1914/1918", "minesweepers"),
            expect("1972/..", "yachting"),
            expect("2003", "acquired"),
            expect("2003", "retired"),
        ),
    ),
    Text(
        "bovine-tb-ministerial-statement",
        "farming minister's bovine TB statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Department for Farming and Rural Affairs
Bovine Tuberculosis: progress towards eradication
Made on: 11 March 2025
Made by: Gareth Pryor MP, Minister of State for Farming

In 2014 the then Government set out a strategy to eradicate bovine tuberculosis from the
High Risk Area of England by 2038. I want to update the House on progress and on the next
steps.

The annual statistics published on 20 February 2025 show that herd incidence in the High
Risk Area fell to 6.1 per cent in 2024, the lowest level since 2005. Badger culling licences
have been issued in the High Risk Area since 2013 under the Protection of Badgers Act 1992;
no new intensive cull licences will be granted, and the remaining licences will end as they
expire.

The cattle vaccine field trials, which began in 2021 on farms in Cornwall and Shropshire,
have shown encouraging results. The trials will conclude no later than December 2025, and
the Veterinary Medicines Directorate will then consider an application for a marketing
authorisation.

A consultation on strengthening cattle controls will open on 1 April 2025 and run for
twelve weeks. Among other measures, it proposes that pre-movement testing will be required
for all cattle moved out of the Edge Area from 6 April 2026, replacing the exemptions made
under the Tuberculosis (England) Order 2021.

Cattle in the High Risk Area will continue to be tested every six months, and herd keepers
will continue to receive compensation at table valuation rates.

I will place a copy of the statistics and the consultation documents in the Libraries of
both Houses.""",
        (
            expect("2014", "strategy"),
            expect("../2038", "eradicate", planned=True),
            expect("2025-02-20", "statistics"),
            expect("2024", "incidence"),
            expect("2013/..", "licences"),
            expect("2021", "trials", "began"),
            expect("../2025-12", "trials", "conclude", planned=True),
            expect("2025-04-01", "consultation", planned=True),
            expect("2026-04-06", "testing", planned=True),
        ),
    ),
    Text(
        "aldermoor-planetarium-schedule-changes",
        "planetarium's HTML show schedule changes page",
        date(2025, 11, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Schedule changes - Aldermoor Planetarium</title>
  <link rel="stylesheet" href="/css/site.css">
  <script src="/js/booking-widget.js" defer></script>
</head>
<body>
<header>
  <nav><a href="/">Home</a> <a href="/shows">Shows</a> <a href="/visit">Plan your visit</a>
  <a href="/schools">Schools</a> <a href="/tickets">Tickets</a></nav>
</header>
<main>
  <h1>Show schedule changes</h1>
  <p class="updated">Last updated <time datetime="2025-11-03">3 November 2025</time></p>

  <h2>Dome Theatre closure</h2>
  <p>The Dome Theatre will be closed from 10 to 14 November while our engineers service the
  digital projection system. The exhibition galleries stay open as usual.</p>

  <h2>New show</h2>
  <p><strong>Nightfall over Ceres</strong>, narrated by astronomer Priya Shah, will premiere
  on Friday 21 November at 19:00. Running time 35 minutes; suitable for ages 7+.</p>

  <h2>Leonids viewing night</h2>
  <p>The Leonids viewing night, originally set for 17 November, has been moved to
  <time datetime="2025-11-18">Tuesday 18 November</time> for a better moon. Tickets go on
  sale online on Wednesday 5 November.</p>

  <h2>Family mornings</h2>
  <p>Saturday Family Mornings return from 6 December, with shows at 10:30 and 11:45.</p>

  <h2>About our projector</h2>
  <p>Our old opto-mechanical star projector, installed in 1987, was replaced in September with
  a laser system showing 9 million stars.</p>

  <table class="regular">
    <tr><th>Day</th><th>Show</th><th>Time</th></tr>
    <tr><td>Every Sunday</td><td>Tonight's Sky (live)</td><td>11:00</td></tr>
    <tr><td>Weekdays</td><td>Journey to the Planets</td><td>14:00</td></tr>
  </table>
</main>
<footer>
  <p>Aldermoor Planetarium, Quarry Hill, Aldermoor | Box office 0161 496 0732</p>
  <p>&copy; 2025 Aldermoor Science Trust</p>
</footer>
</body>
</html>""",
        (
            expect("2025-11-10/2025-11-14", "closed", planned=True),
            expect("2025-11-21", "premiere", planned=True),
            expect("2025-11-18", "leonids", planned=True),
            expect("2025-11-05", "tickets", planned=True),
            expect("2025-12-06", "family", planned=True),
            expect("1987", "installed"),
            expect("2025-09", "replaced"),
        ),
    ),
    Text(
        "mpt-determination-wrey",
        "medical practitioners tribunal determination",
        None,
        """MEDICAL PRACTITIONERS TRIBUNAL SERVICE

Record of Determinations - Medical Practitioners Tribunal

PUBLIC RECORD

Dates: 03/02/2025 - 07/02/2025
Medical Practitioner's name: Dr Anselm WREY
GMC reference number: 7012345
Primary medical qualification: MB ChB 2006 University of Kelso
Type of case: New - Misconduct

Tribunal: Legally Qualified Chair Mrs Joan Ferrand; Medical Member Dr Kofi Asante;
Lay Member Mr David Rees

Determination on the Facts - 07/02/2025

Background
1. Dr Wrey qualified in 2006. Between 1 January 2021 and 30 June 2022 he worked as a locum
general practitioner at the Brookfield Medical Centre, Harwick.

2. On or about 14 March 2022 Dr Wrey prescribed 84 tablets of oxycodone 20 mg to Patient A
without reviewing her records, which showed a history of overdose. On 9 April 2022
Patient A was admitted to Harwick General Hospital; she was discharged on 16 April 2022.

3. The practice manager referred the matter to the GMC on 2 May 2022. An Interim Orders
Tribunal imposed conditions on Dr Wrey's registration on 18 August 2022, and those
conditions remain in place.

The Hearing
4. The Tribunal sat from 3 to 7 February 2025. Dr Wrey attended and was represented by
Mr Owen Hale, counsel. The GMC was represented by Ms Rita Dunne, counsel.

Findings
5. The Tribunal found paragraphs 1, 2(a) and 2(c) of the Allegation proved and paragraph
2(b) not proved, applying the civil standard of proof under Rule 17(2) of the General
Medical Council (Fitness to Practise) Rules 2004 and the Medical Act 1983.

6. The Tribunal will reconvene on 24 March 2025 to consider whether Dr Wrey's fitness to
practise is impaired.""",
        (
            expect("2006", "qualified"),
            expect("2021-01-01/2022-06-30", "locum"),
            expect("2022-03-14~", "prescribed"),
            expect("2022-04-09", "admitted"),
            expect("2022-04-16", "discharged"),
            expect("2022-05-02", "referred"),
            expect("2022-08-18", "conditions"),
            expect("2025-02-03/2025-02-07", "tribunal", "sat"),
            expect("2025-03-24", "reconvene", planned=True),
        ),
    ),
    Text(
        "cottle-tinsmith-mill-row",
        "tinsmith's history",
        None,
        """THE TINSMITH'S SHOP, MILL ROW
Haverley Heritage Trail - Point 7

Ezra Cottle, a tinsmith from Bridport, is thought to have arrived in Haverley c. 1835,
working at first from a lean-to behind the Bell Inn. The brick shop on Mill Row was built
perhaps in 1842; a deed of that decade describes "a new-built workshop with a forge and
chimney". Cottle made lanterns, kettles, baking tins and candle moulds for the farms of the
valley, and mended pots for a penny apiece.

Ezra died in 1871, aged 63, and his son William took over the business the following year.
William added a shop window and a sign reading "W. COTTLE - TIN & IRON PLATE WORKER", which
survives in the village hall. In 1908 the shop began making milk churns for the creamery at
Marston, and at its busiest it employed five men and two boys.

Enamelled and aluminium wares slowly took the trade away. The workshop closed in 1962, when
Albert Cottle, the last of the family, retired, and the tools were given to the county museum
in 1964. Visitors can see the bench, shears and soldering irons in the museum's Rural Crafts
gallery.

Since 2001 the building has housed the Tinplate Tearoom. Look up at the gable to see the
iron hook from which Cottle's lantern sign once hung.

Next: Point 8, the Old Creamery (200 yards along Mill Row).""",
        (
            expect("1835~", "arrived"),
            expect("1842?", "shop", "built"),
            expect("1871", "died"),
            expect("1872", "william"),
            expect("1908", "churns"),
            expect("1962", "closed"),
            expect("1962", "albert", "retired"),
            expect("1964", "tools"),
            expect("2001/..", "tearoom"),
        ),
    ),
    Text(
        "nordland-handball-fixtures",
        "handball league's fixtures list",
        date(2026, 1, 12),
        """NORDLAND HANDBALL LEAGUE - MEN'S DIVISION 1
Season 2025/26 - Fixtures, rounds 14 to 16
Issued by the league office, Mon 12 Jan

RESULT - ROUND 13
Sat 10 Jan      Brattas HK 31-27 Kvarnby HK        (att. 1,140)

ROUND 14
Sat 17 Jan  18:00   Kvarnby HK      v  Ostvik IF        Kvarnbyhallen
Sun 18 Jan  15:00   Lindholm HF     v  Brattas HK       Lindholm Arena

ROUND 15
Wed 21 Jan  19:30   Ostvik IF       v  Sandnes HK       Ostvik Sportshall

ROUND 16
Sat 24 Jan  17:00   Sandnes HK      v  Lindholm HF      Sandneshallen

POSTPONED MATCH
Ostvik IF v Lindholm HF (round 13, originally Sat 10 Jan, postponed because of ice on the
roads) will now be played on Tue 3 Feb, 19:30, Ostvik Sportshall.

NOTES
- The transfer window closes on 31 January at 23:59.
- The cup final will be played at Arena Nord on 14 March. Tickets 150 kr (under 16s 60 kr).
- Teams play each other twice, home and away; the top four go into the play-offs.
- Doors open 60 minutes before throw-off.

Standings after round 13: 1. Brattas 22 pts, 2. Lindholm 19, 3. Ostvik 18, 4. Kvarnby 16.

League office: +47 75 55 20 10 | kamper@nordlandhandball.example""",
        (
            expect("2026-01-10", "brattas", "kvarnby"),
            expect("2026-01-17", "kvarnby", "ostvik", planned=True),
            expect("2026-01-18", "lindholm", "brattas", planned=True),
            expect("2026-01-21", "ostvik", "sandnes", planned=True),
            expect("2026-01-24", "sandnes", "lindholm", planned=True),
            expect("2026-02-03", "ostvik", "lindholm", planned=True),
            expect("2026-01-31", "transfer", planned=True),
            expect("2026-03-14", "cup", "final", planned=True),
        ),
    ),
)
