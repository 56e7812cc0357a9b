"""A hundred-and-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
drought monitor's monthly statement, a radio station's history, a standards body's withdrawal
notice, a ship's captain's voyage log, a botanical society's events page in HTML, a rail
operator's new fleet announcement, a speedway meeting report, a courts service's sitting dates
notice, a pier's history, an allotment society's newsletter and a pen maker's history). Facts
whose date a reader could take two ways (a season, "late 1970s", "next week") are left out of
the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTH_CORPUS",)

HUNDREDEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "mombasa-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """MOMBASA, Kenya, Oct 9 (Coastline News Agency) - Dock workers at the port of Mombasa
ended a strike on Monday after the state port authority agreed to raise overtime pay by 18
percent and to hire 600 permanent crane operators.

The walkout began on Sept. 28, when members of the Dockworkers' Union of Kenya blocked the
gates of the container terminal over unpaid allowances. Cargo volumes through the port fell
by 12 percent during the stoppage, the steepest drop since 2020, according to figures from the
Shippers Council.

The new agreement will take effect on November 1 and runs for three years. Shipping lines
will resume full schedules on Monday, the authority said in a statement.

The union, which was registered in 1963, represents about 7,400 workers. Its last major
stoppage, around 2016, lasted almost a month and ended with the dismissal of the authority's
managing director.

The port authority has been run by an interim board since March 2023, when the government
dissolved the previous board over procurement irregularities. Union secretary-general Hamisi
Odera said his members would "watch every pay slip", and that shop stewards would keep meeting
every Friday at Gate 18 until the first payments arrived.

Mombasa handled 1.62 million containers last year, making it the busiest port in East Africa.

(Reporting by Grace Wanjiru; Editing by Tom Abuya)
((grace.wanjiru@coastlinenews.example; +254 41 555 0192))
CNA-2024-10-09-0417""",
        (
            expect("2024-10-07", "strike"),
            expect("2024-09-28", "walkout"),
            expect("2024-11-01", "agreement", planned=True),
            expect("2024-10-14", "schedule", planned=True),
            expect("1963", "union"),
            expect("2016~", "stoppage"),
            expect("2023-03/..", "board"),
        ),
    ),
    Text(
        "harrowgate-acquires-brightmoor",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Analytics agrees to acquire Brightmoor Sensors

LEEDS, England - 20 February 2025 - Harrowgate Analytics plc (LSE: HRG), the industrial data
company, today announced that it has agreed to acquire Brightmoor Sensors Ltd, a maker of
vibration monitors for wind turbines, for GBP 64 million in cash.

Brightmoor was founded in 2009 by two engineers from the University of Sheffield and employs
210 people at its plant in Rotherham. Since 2017, Brightmoor has supplied the monitoring units
for every turbine built by Eastwold Energy, and it won the Queen's Award for Enterprise in 2021
and again in 2023.

The transaction is expected to complete in April 2025, subject to the approval of the
Competition and Markets Authority. Brightmoor will keep its name and its management team.

"Brightmoor fits our Vision 2030 plan exactly," said Harrowgate chief executive Priya
Lindqvist. "Their sensors see a bearing fail weeks before it happens."

Harrowgate, which was founded in 1998 and listed on the London Stock Exchange in 2006, expects
the deal to add to earnings in its first full year. It reports results every six months.

About Harrowgate Analytics
Harrowgate Analytics plc helps manufacturers and energy companies turn machine data into
decisions. It employs 1,450 people in nine countries.

Media contact: Tom Ferris, +44 113 496 0732, press@harrowgate.example
Ref: PR-25-014

###""",
        (
            expect("2025-02-20", "acquire"),
            expect("2009", "brightmoor", "found"),
            expect("2017/..", "suppl"),
            expect("2021", "award"),
            expect("2023", "award"),
            expect("2025-04", "transaction", planned=True),
            expect("1998", "harrowgate", "found"),
            expect("2006", "list"),
        ),
    ),
    Text(
        "okafor-v-linwell-logistics",
        "court opinion",
        None,
        """Filed 3/6/25
IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA
SECOND APPELLATE DISTRICT, DIVISION SIX

DANIEL OKAFOR,
    Plaintiff and Appellant,
v.
LINWELL LOGISTICS, INC.,
    Defendant and Respondent.

B331874
(Ventura County Super. Ct. No. 56-2022-00571203)

Appellant Daniel Okafor began working for respondent Linwell Logistics, Inc. as a forklift
supervisor on or about June 2, 2014. Linwell's written safety policy, in force since 2011,
required supervisors to report damaged racking to the warehouse manager.

Appellant reported loose anchor bolts on the racking to the human resources department before
December 15, 2021. Linwell terminated his employment on January 17, 2022, citing repeated
lateness. Appellant filed his complaint under Labor Code section 1102.5 on April 11, 2022.

The trial court granted Linwell's motion for summary judgment on August 29, 2023, concluding
that appellant had not shown the lateness explanation was a pretext. Appellant filed a timely
notice of appeal on September 20, 2023.

We review the grant of summary judgment de novo. (Lawson v. PPG Architectural Finishes, Inc.
(2022) 12 Cal.5th 703, 712.) Under section 1102.6, once an employee shows that the report was a
contributing factor, the burden shifts to the employer to show by clear and convincing evidence
that it would have taken the same action anyway. The time records Linwell relies on show 14
late arrivals over six years, none of which led to discipline at the time.

A triable issue of fact remains. The judgment is reversed. Appellant shall recover his costs
on appeal.

CERTIFIED FOR PUBLICATION.

    GILBERT, P. J.
We concur:
    YEGAN, J.
    BALTODANO, J.""",
        (
            expect("2014-06-02~", "work"),
            expect("2011/..", "policy"),
            expect("../2021-12-15", "report"),
            expect("2022-01-17", "terminat"),
            expect("2022-04-11", "complaint"),
            expect("2023-08-29", "judgment"),
            expect("2023-09-20", "appeal"),
        ),
    ),
    Text(
        "kellmark-castle",
        "encyclopedia history",
        None,
        """Kellmark Castle

Kellmark Castle is a ruined fortress on a basalt spur above the river Aune, 4 km north of the
town of Kellmark. Its curtain wall, 1,462 metres long, is the longest surviving in the region.

History

The first stone keep was built circa 1240 by the lords of Aunefeld, replacing a timber
stronghold of which only the ditch survives. A chapel may have been added in 1310, although
the only evidence is a single charter of doubtful authenticity.

The castle was besieged in 1462 by the forces of the bishop of Welden and partly slighted; it
was rebuilt the following year with gun towers at the four corners. Between 1588 and 1603 it
served as a state prison, and its most famous inmate, the reformer Matthias Roder, wrote his
Letters from the Tower there.

A fire destroyed the east wing on 14 March 1791, and the family abandoned the site for their
new house at Oberaune. The ruins passed through several owners until they were acquired by the
state in 1952. Kellmark has been open to the public since 1958, and it is protected under the
Ancient Monuments Act 1913 as amended.

Architecture

The keep rises to 31 metres. The gun towers of 1463 are among the earliest in the country to
have been designed for artillery from the start. Guided tours run every Sunday from April to
October.

See also
- List of castles in the Aune valley

References
1. Hartl, E. (1987). Burgen an der Aune. Welden: Kreisverlag. p. 114.""",
        (
            expect("1240~", "keep"),
            expect("1310?", "chapel"),
            expect("1462", "besieg"),
            expect("1463", "rebuilt"),
            expect("1588/1603", "prison"),
            expect("1791-03-14", "fire"),
            expect("1952", "acquir"),
            expect("1958/..", "open"),
        ),
    ),
    Text(
        "ashcombe-cup-final",
        "sports report",
        date(2025, 5, 30),
        """FOOTBALL

Ashcombe end 38-year wait as Mensah double sinks Rovers

By Owen Pritchard

Ashcombe Town won the County Senior Cup final on Thursday night, beating Dunmore Rovers 3-1 in
front of 4,218 supporters at Priory Lane to lift their first trophy since 1987.

Kofi Mensah, who joined the club from Harlow in January 2023, scored twice in the first half,
and captain Sam Eddowes added a third from the penalty spot after 71 minutes.

It completes a remarkable turnaround under manager Lisa Kerr, who was appointed on 3 November
2024 with the side bottom of the Premier Division. Kerr's team reached the final with a 2-0
win at Hartwell in the semi-final on May 8.

"The players train every Tuesday and Thursday after full-time jobs," Kerr said. "Nobody will
ever tell them this was luck."

The club, founded around 1892 by workers at the town's tannery, will hold a victory parade
through the town centre on Sunday, starting from the war memorial at 2pm.

The cup win also brings a place in the regional qualifying round, and Ashcombe will play the
first leg of their qualifier on 10 July against opposition to be drawn next month.

Ashcombe: Lowe; Adeyemi, Eddowes, Price, Hart; Marsh, Doyle (Okon 78), Finch; Mensah, Gale,
Burke.

Man of the match: Kofi Mensah (No. 9)""",
        (
            expect("2025-05-29", "final"),
            expect("2023-01", "mensah", "join"),
            expect("2024-11-03", "appoint"),
            expect("2025-05-08", "semi"),
            expect("1892~", "found"),
            expect("2025-06-01", "parade", planned=True),
            expect("2025-07-10", "qualifier", planned=True),
        ),
    ),
    Text(
        "aldwick-biscuits-history",
        "company history",
        None,
        """Our History | Aldwick Biscuits

From a back-street bakery to the nation's biscuit tin

Aldwick Biscuits was founded in 1874 by Hannah and Joseph Aldwick, who baked ginger nuts above
a grocer's shop on Carver Street, Sheffield. Demand grew so quickly that the company moved to a
purpose-built factory at Neepsend in 1902, and it received a royal warrant the following year.

Between 1940 and 1945 the Neepsend lines made hard ration biscuits for the armed forces, and
the factory was one of the few in the city to escape the Blitz undamaged.

Aldwick was listed on the London Stock Exchange on 12 June 1961. Around 1988 it was acquired by
the Northern Foods group, which closed the original Carver Street shop and modernised the
ovens. Since 2006 the company has been owned by its employees through the Aldwick Trust, which
holds every share on their behalf.

Today we bake more than 40 million biscuits a year, and our Ginger Crunch still follows
Hannah's 1874 recipe. A new bakery in Wrexham is scheduled to open in 2026, adding 180 jobs.

Aldwick Biscuits Ltd. Registered in England No. 00185574. Registered office: Neepsend Works,
Sheffield S3 8AF. Customer care line 0114 496 0875 (Monday to Friday, 9am-5pm).""",
        (
            expect("1874", "found"),
            expect("1902", "factory"),
            expect("1903", "warrant"),
            expect("1940/1945", "ration"),
            expect("1961-06-12", "list"),
            expect("1988~", "acquir"),
            expect("2006/..", "employee"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "pelican-2-mission",
        "mission summary",
        None,
        """PELICAN-2 LUNAR ORBITER - MISSION SUMMARY

Agency: Consortium for Lunar Exploration (CLE)
Mission ID: PLC-2019-03        Catalogue number: 44012
Orbit: polar, 100 x 120 km

Pelican-2 was launched on 3 February 2019 at 04:12 UTC on a Vega-C rocket from Kourou, French
Guiana. After a direct transfer of eight days, the spacecraft entered lunar orbit on 11
February, and two days later it deployed the small Curlew lander towards the crater Peary.
Curlew returned 212 images before its batteries failed.

The orbiter's primary mission ended in August 2020, after mapping 97 percent of the south polar
region at 2 metres per pixel. An extended mission ran from 1 September 2020 to 31 December
2022, during which the orbiter lowered its periapsis to 30 km to study ice deposits in
permanently shadowed craters.

Contact with Pelican-2 was lost on or about 4 January 2023, probably because of a failure in
the star tracker. Ground stations have attempted a recovery every 14 days since then without
success.

The orbiter's decaying orbit is expected to bring it down on the far side in 2027. Its data
archive, 41 terabytes in all, is available from the CLE Planetary Data Service.

Key figures: launch mass 1,240 kg; dry mass 610 kg; power 1,150 W.""",
        (
            expect("2019-02-03", "launch"),
            expect("2019-02-11", "orbit"),
            expect("2019-02-13", "lander"),
            expect("2020-08", "primary"),
            expect("2020-09-01/2022-12-31", "extended"),
            expect("2023-01-04~", "contact"),
            expect("2027", "far side", planned=True),
        ),
    ),
    Text(
        "ferran-flood-barrier-statement",
        "government statement",
        None,
        """Ministry of Water and Environment
Press statement
Published 12 September 2025

Minister sees progress on the Lower Ferran flood barrier

The Minister for Water and Environment, Ruth Calloway, visited the Lower Ferran flood barrier
site on Thursday and met the engineers working on the barrier's two steel gates.

Construction began in March 2022, two years after the floods of 14 to 16 February 2020 forced
the evacuation of 3,100 homes in Ferran and Millbrook. The barrier will be operational by
December 2026 and will protect the town against a once-in-200-year flood.

A public consultation on the landscaping of the riverside path opened on 1 September 2025 and
will close on 30 October 2025. Residents can respond online or at the library in Ferran, which
holds drop-in sessions every Wednesday.

The Ferran Valley Partnership, which brings together the council, farmers and the water
company, has received annual funding from the Ministry since 2019.

The Minister said: "The people of Ferran have waited long enough. This barrier will let them
sleep at night when the river rises."

Notes to editors
1. The barrier is funded under the Flood Defence Act 2010 at a total cost of 212 million.
2. Media enquiries: 0300 123 4567 (press office, 24 hours).

Last updated 12 September 2025""",
        (
            expect("2025-09-11", "visit"),
            expect("2022-03", "construction"),
            expect("2020-02-14/2020-02-16", "flood"),
            expect("../2026-12", "operational", planned=True),
            expect("2025-09-01", "consultation", "open"),
            expect("2025-10-30", "consultation", "close", planned=True),
            expect("2019/..", "funding"),
        ),
    ),
    Text(
        "riverside-library-news",
        "HTML page (news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Riverside Library</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>Library news</h1>
<p class="posted">Posted Monday 2 June 2025</p>
<ul class="news">
  <li><h2>Maker space now open</h2>
    <p>Our new maker space, with two 3D printers and a laser cutter, opened on Saturday on the
    first floor. Book a slot at the front desk.</p></li>
  <li><h2>Main Library closure</h2>
    <p>The Main Library will close from 16 to 27 June 2025 while contractors repair the roof.
    The Eastgate branch stays open as usual.</p></li>
  <li><h2>Author talk</h2>
    <p>Crime writer Helen Marsh will give a talk about her new novel on 19 June at the
    Eastgate branch. Tickets are free.</p></li>
  <li><h2>Storytime</h2>
    <p>Storytime for under-fives runs every Wednesday at 10:30 in the children's room.</p></li>
  <li><h2>No more fines</h2>
    <p>Overdue fines were abolished in January 2024, and loans have since risen by 14 percent,
    the biggest rise since 2009.</p></li>
  <li><h2>Did you know?</h2>
    <p>The Eastgate branch was built in 1908 with a grant from Andrew Carnegie, and the library
    has offered free internet access since 2012.</p></li>
</ul>
<footer><p>Riverside Library, 21 Quay Road. Call 555-0142.</p>
<p>&copy; 2025 Riverside City Council</p></footer>
</body>
</html>""",
        (
            expect("2025-05-31", "maker"),
            expect("2025-06-16/2025-06-27", "close", planned=True),
            expect("2025-06-19", "talk", planned=True),
            expect("2024-01", "fines"),
            expect("1908", "built"),
            expect("2012/..", "internet"),
        ),
    ),
    Text(
        "western-basin-drought-march",
        "drought monitor's monthly statement",
        None,
        """WESTERN BASIN DROUGHT MONITOR
Monthly statement - issued 6 March 2025
Statement no. 2025/03

Summary
February rainfall across the Western Basin was 38% of the long-term average, the driest
February since 1997. Severe drought (category D2) has persisted across the upper catchment
since August 2024 and now extends to the lower valley.

Water supply
Storage in the Corran reservoir group fell to 41% on 28 February, against 73% at the same
point last year. The Basin Water Authority introduced a hosepipe ban on 14 January, and the
Authority will review the restrictions on Monday 17 March.

Groundwater
Levels at the Hadley borehole fell below the alert threshold on 2 February. Twelve of the 19
monitored boreholes are now classed as "notably low".

Outlook
The seasonal forecast gives a 60% chance of below-average rainfall over the next three months.
The last drought emergency in the basin was declared in about 1976.

Background
The Drought Monitor began operating in 2003 as a partnership of the Basin Water Authority, the
Met Service and the regional farming union. It publishes a statement on the first Thursday of
every month.

Next statement: 3 April 2025
Enquiries: drought@westernbasin.example, tel. 01632 960 117""",
        (
            expect("2024-08/..", "drought"),
            expect("2025-02-28", "storage"),
            expect("2025-01-14", "ban"),
            expect("2025-03-17", "review", planned=True),
            expect("2025-02-02", "groundwater"),
            expect("1976~", "emergency"),
            expect("2003", "monitor"),
        ),
    ),
    Text(
        "harbour-fm-history",
        "radio station's history",
        None,
        """About us: the Harbour FM story

Harbour FM 96.3 (and, for many years, 1152 AM) has been the voice of the Solent coast for more
than four decades.

The station won its licence in 1978, beating three rival groups, and made its first broadcast
on 1 October 1979 from a converted sail loft on Camber Quay. The first record played was "Sailing"
by Rod Stewart, a choice listeners still request every anniversary.

As the audience grew, Harbour moved studios to Quay Street in 1986 and again, to the Harbourside
Centre, in 1994. Around 1999 it merged with its neighbour Coastline Radio to form Harbour
Coastline Broadcasting, although the on-air name never changed.

Jenny Ross has presented the breakfast show since 2008, and her Friday phone-in, "Ask the
Harbourmaster", has raised more than 400,000 pounds for the RNLI. The Top 40 countdown still
goes out every Sunday afternoon.

Harbour began broadcasting on DAB digital radio on 2 March 2015, and today more than half of
our listening is digital. Harbour will switch off its FM transmitter in 2027, when the whole
service moves to digital and online.

Harbour FM is a trading name of Harbour Coastline Broadcasting Ltd, licensed under the
Broadcasting Act 1990. Studio line: 023 9296 1152.""",
        (
            expect("1978", "licence"),
            expect("1979-10-01", "broadcast"),
            expect("1986", "studio"),
            expect("1994", "harbourside"),
            expect("1999~", "merge"),
            expect("2008/..", "breakfast"),
            expect("2015-03-02", "dab"),
            expect("2027", "fm", planned=True),
        ),
    ),
    Text(
        "nsi-4410-withdrawal",
        "standards body's withdrawal notice",
        None,
        """NATIONAL STANDARDS INSTITUTE
NOTICE OF WITHDRAWAL

Reference: NSI/WN/2025/117
Date of notice: 20 February 2025

Standard: NSI 4410:2012, Timber decking - Specification for load-bearing boards
Committee: B/518, Structural timber

The Institute gives notice that NSI 4410:2012 will be withdrawn with effect from 1 June 2025.

NSI 4410 was first published in 2012 and was amended in 2016 and 2019 to bring its strength
classes into line with European practice. The standard has been under review since March 2023,
when the committee found that its test method for slip resistance no longer reflected current
practice.

Committee B/518 voted to withdraw the standard on 29 January 2025. Its content is superseded in
part by ISO 21930:2024 and in part by a new national standard, NSI 4418, which is expected to
be published in October 2025.

Users may continue to refer to NSI 4410:2012 in existing contracts. Certification bodies that
audit decking products every 12 months should use the new test method from the date of
withdrawal.

Comments on this notice should be sent to the committee secretary, B/518 (tel. +44 20 7946
0018, standards@nsi.example). Copies of withdrawn standards remain available from the
Institute's archive, price 48.00.""",
        (
            expect("2025-06-01", "withdraw", planned=True),
            expect("2012", "publish"),
            expect("2016", "amend"),
            expect("2019", "amend"),
            expect("2023-03/..", "review"),
            expect("2025-01-29", "vote"),
            expect("2025-10", "4418", planned=True),
        ),
    ),
    Text(
        "skerry-light-voyage-log",
        "ship's captain's voyage log",
        None,
        """MV SKERRY LIGHT - MASTER'S VOYAGE LOG
Voyage 24/07   Aberdeen - Lerwick - Torshavn
Master: Capt. I. Fraser

Tuesday 3 September 2024
0640 Departed Aberdeen, Regent Quay, with 38 containers and 1,012 t general cargo. Wind SW 4,
sea moderate, barometer 1012 hPa. Chief engineer reports the port generator has been running
rough since 31 August; we sail on the starboard set.

Wednesday 4 September
Wind NW 7 veering N 8 by noon. Hove to 1130-1600 east of Fair Isle, position 59 31N 001 12W.
Two lashings on bay 14 renewed. All crew well.

Thursday 5 September
Arrived Lerwick, Holmsgarth terminal, 0915. Discharged 22 containers. Agent confirms the
Torshavn berth is free. Watches kept every four hours as usual.

Saturday 7 September
Sailed Lerwick 0500. Pilot boarded at 0450 and disembarked off Bressay. Course 315.

Remarks
Generator spares ordered through the agent. Hull showing wear at the waterline; last drydock
was in about 2021, and the owners should be advised. We expect to reach Torshavn on Monday 9
September, weather permitting.

I. Fraser, Master""",
        (
            expect("2024-09-03", "depart"),
            expect("2024-08-31/..", "generator"),
            expect("2024-09-04", "hove"),
            expect("2024-09-05", "arriv"),
            expect("2024-09-07", "sail"),
            expect("2021~", "drydock"),
            expect("2024-09-09", "torshavn", planned=True),
        ),
    ),
    Text(
        "glenmoor-botanical-events",
        "botanical society's events page in HTML",
        date(2025, 3, 6),
        """<html>
<head><title>Events - Glenmoor Botanical Society</title></head>
<body>
<header><h1>Glenmoor Botanical Society</h1>
<p class="tagline">Growing knowledge since 1921 | Registered charity no. 1042917</p></header>
<main>
<h2>Forthcoming events</h2>
<dl>
  <dt>Saturday 15 March, 10am-1pm</dt>
  <dd>The spring plant sale will be held in the Glenmoor College quad. Members' seedlings,
  cuttings and bulbs; all proceeds go to the herbarium fund.</dd>
  <dt>Thursday 10 April, 7.30pm</dt>
  <dd>Dr Ana Petrakis will give an illustrated talk on the orchids of Crete. Members free,
  visitors 5.</dd>
  <dt>17-18 May</dt>
  <dd>A weekend visit to the gardens of Bodnant and Plas Newydd is planned, with coach travel
  from Glenmoor. Booking essential.</dd>
</dl>
<h2>About the Society</h2>
<p>The Society was founded in 1921 by a group of teachers and nurserymen. Our herbarium of some
12,000 sheets has been housed at Glenmoor College since 1967.</p>
<p>The annual show was cancelled in 2020 and 2021, and returned in 2022 with a record 640
entries. Members meet on the second Thursday of every month from September to June.</p>
</main>
<footer><p>Contact: secretary@glenmoorbotanical.example | 01632 960 450</p>
<p>Page last updated 28 February 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-03-15", "sale", planned=True),
            expect("2025-04-10", "orchid", planned=True),
            expect("2025-05-17/2025-05-18", "visit", planned=True),
            expect("1921", "found"),
            expect("1967/..", "herbarium"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2022", "show"),
        ),
    ),
    Text(
        "northmoor-class-812",
        "rail operator's new fleet announcement",
        None,
        """Northmoor Rail - News

First new Class 812 train arrives in the North
Posted on 18 November 2024

The first of Northmoor Rail's 42 new Class 812 electric trains arrived at Heaton depot on
Friday after a four-day journey from the factory in Derby.

Northmoor placed the GBP 486 million order with Alder Rolling Stock in July 2022, three years
after the company was awarded the Northern Lines franchise in 2019. The trains will replace the
Class 150 fleet, which has been in service since 1986 and is among the oldest on the network.

Testing on the Tyne Valley line will begin in January 2025, and the new trains are due to enter
passenger service by December 2025. The last of the 42 trains is expected to be delivered in
2026.

Each five-car Class 812 has 310 seats, air conditioning, power sockets at every seat and space
for six bicycles. The fleet is central to Northmoor's Rail Vision 2030 plan to cut journey
times by 15 percent.

"This is a big day for passengers who have put up with trains older than they are," said
managing director Callum Reid.

Northmoor Rail runs 640 services every weekday across 118 stations.

Press office: 0161 496 0200 | media@northmoorrail.example""",
        (
            expect("2024-11-15", "arriv"),
            expect("2022-07", "order"),
            expect("2019", "franchise"),
            expect("1986/..", "class 150"),
            expect("2025-01", "test", planned=True),
            expect("../2025-12", "passenger", planned=True),
            expect("2026", "deliver", planned=True),
        ),
    ),
    Text(
        "kestrels-speedway-report",
        "speedway meeting report",
        date(2024, 8, 25),
        """SPEEDWAY

Kestrels 51 Wolves 39

Kestrels kept their play-off hopes alive with a convincing win over Westbrook Wolves at
Kestrel Park on Saturday night.

Captain Ryan Hale, who signed for the club in March 2021, dropped just one point from five
rides and clocked 57.9 seconds in heat 7, the fastest time on the track since 1998.

The result means Kestrels have been unbeaten at home since 11 May, and the crowd of 2,140 was
the largest of the season. Reserve Lewis Cope, who broke his collarbone at Redcar on 3 August,
watched from the pits.

Kestrels face Redcar away on Thursday, and a win there would confirm a top-four finish. The
play-off semi-final first leg is scheduled for 14 September.

Kestrel Park, which opened around 1929 as a greyhound stadium, stages meetings every Saturday
from March to October.

Kestrels 51: Hale 14+1, Dyer 11+2, Novak 9, Marsh 7+1, Brandt 6, Ellis 3+1, Finn 1.
Wolves 39: Sorensen 12, Pike 9+1, Walsh 7, Hughes 5, Lund 4+2, Gray 2, Tate 0.

Heat 15: Hale, Sorensen, Dyer, Pike. 58.4 sec.""",
        (
            expect("2024-08-24", "wolves"),
            expect("2021-03", "hale", "sign"),
            expect("2024-05-11/..", "unbeaten"),
            expect("2024-08-03", "collarbone"),
            expect("2024-08-29", "redcar", planned=True),
            expect("2024-09-14", "play-off", planned=True),
            expect("1929~", "open"),
        ),
    ),
    Text(
        "western-circuit-sittings",
        "courts service's sitting dates notice",
        date(2025, 9, 12),
        """COURTS SERVICE
Circuit Court - Western Circuit
Notice of sitting dates
Ref: CS/WC/2025/38

The Circuit Court will sit at Ballyford Courthouse from 6 to 24 October 2025 for civil,
criminal and family law business. The Court will then sit at Carrick from 3 to 14 November
2025.

A family law list will be called at Ballyford on Tuesday 30 September 2025 at 10.30am for the
purpose of fixing hearing dates. Practitioners are reminded that the Court sits for family
law matters every Monday during a sitting.

Dunmore Courthouse has been closed since 1 July 2024 for refurbishment and is expected to
reopen in February 2026. Until then, Dunmore business will be heard at Carrick.

Applications to adjourn any matter listed for the Ballyford sitting must be lodged with the
County Registrar no later than 26 September 2025.

Ballyford Courthouse, built in 1842, is a protected structure. Wheelchair access is by the
side entrance on Mall Road. Practitioners should note that jurisdiction limits under the
Courts Act 1971, as amended, apply.

Enquiries: Office of the County Registrar, Ballyford, tel. (091) 555 0123,
ballyford@courts.example. Office hours 10am to 1pm and 2pm to 4pm, Monday to Friday.""",
        (
            expect("2025-10-06/2025-10-24", "ballyford", planned=True),
            expect("2025-11-03/2025-11-14", "carrick", planned=True),
            expect("2025-09-30", "family", planned=True),
            expect("2024-07-01/..", "dunmore"),
            expect("2026-02", "reopen", planned=True),
            expect("../2025-09-26", "adjourn"),
            expect("1842", "built"),
        ),
    ),
    Text(
        "carrington-pier-history",
        "pier's history",
        None,
        """Carrington Pier: a history

Carrington Pier was built under the Carrington Pier Act 1867 by a company of local hoteliers.
Its design is sometimes attributed to Eugenius Birch and may date from 1866, but no drawings
survive.

The pier opened on 24 May 1869 with a length of 900 feet. It was extended to 1,240 feet in 1888
so that paddle steamers could call at low tide, and a pavilion seating 800 was added at the
pier head.

A storm destroyed the pier head around 1897, and the pavilion was rebuilt further inshore. In
1940 the Army blew a 60-foot gap in the deck to stop it being used as a landing stage by
invaders; the pier reopened in 1948 after repairs costing 21,000 pounds.

Fire broke out in the amusement arcade on the night of 2-3 July 1974 and destroyed half the
pavilion. The pier was closed for most of the next decade, and its owners went into
liquidation in 1985.

The Carrington Pier Trust has owned the pier since 2003. It restored the deck with a lottery
grant and now opens the pier every day from Easter to October. Walking to the end and back, a
distance of 2,480 feet, is a local tradition on Boxing Day.

The pier is listed Grade II.""",
        (
            expect("1866?", "design"),
            expect("1869-05-24", "open"),
            expect("1888", "extend"),
            expect("1897~", "storm"),
            expect("1940", "gap"),
            expect("1948", "reopen"),
            expect("1974-07-02/1974-07-03", "fire"),
            expect("1985", "liquidation"),
            expect("2003/..", "trust"),
        ),
    ),
    Text(
        "hollins-lane-newsletter",
        "allotment society's newsletter",
        None,
        """HOLLINS LANE ALLOTMENT SOCIETY
Newsletter - June 2025

From the chair
What a start to the season! The water troughs were switched on on 1 April, a fortnight earlier
than last year, and almost every plot is now under cultivation.

Open day
Our open day will be held on Saturday 14 June from 11am to 3pm. There will be plant stalls,
teas in the hut and a scarecrow competition for children. Please bring cakes!

Security
There were break-ins at four sheds around 18 May. The police have been informed. Please lock
your shed and report anything suspicious to Plot 19 (Dave).

Plot inspections
The committee will inspect all plots on 21 June. Plots that are less than three-quarters
cultivated will receive a warning letter.

Rents
As agreed at the AGM on 9 March, rents will rise from 1 October to 42 pounds for a full plot
and 24 pounds for a half plot.

History corner
The society was founded in 1917 under the wartime cultivation scheme, and it has leased the
site from the council since 1952. Members still compete every August for the Silver Jubilee
1977 Cup for the best-kept plot.

The trading hut is open every Sunday from 10am to noon.

Secretary: Joan Pilling, 07700 900123, hollinslane@allotments.example""",
        (
            expect("2025-04-01", "water"),
            expect("2025-06-14", "open day", planned=True),
            expect("2025-05-18~", "break-in"),
            expect("2025-06-21", "inspect", planned=True),
            expect("2025-03-09", "agm"),
            expect("2025-10-01", "rent", planned=True),
            expect("1917", "found"),
            expect("1952/..", "lease"),
        ),
    ),
    Text(
        "ardent-pen-history",
        "pen maker's history",
        None,
        """The Ardent Pen Company - Our story

The Ardent Pen Company was founded in 1905 by Walter Greaves in a workshop on Legge Lane, in
Birmingham's Jewellery Quarter. Greaves patented his lever-filling mechanism in 1911, and within
a decade Ardent was making 3,000 pens a week.

The firm's best-known pen, the Model 1926, was in fact launched in 1928, two years late; the
name had already been printed in the catalogue. Its 14-carat No. 2 nib was copied across Europe.

The Legge Lane factory was bombed in November 1940. For the rest of the war, Ardent pens were
made in a former laundry in Redditch. Around 1952 Ardent began making ballpoints, but the cheaper
imports of the 1960s hit the company hard, and production of fountain pens ceased before 1981.

The brand was revived in 2014 by Greaves's great-grandson, Tom Greaves, with a small range of
hand-turned pens. Ardent has made pens in Walsall since 2016, where a team of nine still fits
every nib by hand.

Each Ardent pen carries a serial number: the 1905 Heritage edition, for example, runs from
0001 to 1905.

Ardent Pen Company Ltd, Unit 4, Pratts Lane, Walsall WS2 9AT. Tel. 01922 496 118.""",
        (
            expect("1905", "found"),
            expect("1911", "patent"),
            expect("1928", "launch"),
            expect("1940-11", "bomb"),
            expect("1952~", "ballpoint"),
            expect("../1981", "production"),
            expect("2014", "reviv"),
            expect("2016/..", "walsall"),
        ),
    ),
)
