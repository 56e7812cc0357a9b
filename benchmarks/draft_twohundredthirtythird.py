"""The two-hundred-and-thirty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a river flood warning
service's updates, a triathlon race report, an offshore wind farm press release, a naval
surgeon's journal of the 1790s, a great crested newt survey, a brewery's history, a culture
minister's heritage listing statement, a leisure centre's HTML pool closures page, an employment
tribunal judgment, a blacksmith's history and a cricket club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYTHIRD_CORPUS",)


TWOHUNDREDTHIRTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "saltmere-dock-strike-vote",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SALTMERE, Oct. 9 (Northgate News) - Dockworkers at the port of Saltmere voted on Tuesday
to end a strike that had halted container traffic at the country's second-busiest harbour,
the Harbour and Transport Workers' Union said.

The strike began on Sept. 30 after talks on a new wage agreement broke down. Members backed
a deal offering a 6.5 percent pay rise over two years by 1,412 votes to 388, the union said.

Work will resume with the morning shift on Thursday, and the union and the port operator,
Saltmere Terminals, are to sign the agreement no later than Oct. 31.

"We have been patient, and this time patience paid," union regional secretary Mara
Lindqvist, 54, told reporters outside the union hall.

Around 40 ships are waiting at anchor off the coast. The harbour authority said it expected
to clear the backlog by Oct. 20, though shipping agents warned that some carriers had already
diverted cargo to rival ports. Exporters have put the cost of the stoppage at about 90
million euros.

Container volumes at Saltmere fell 14 percent in September from a year earlier, the steepest
drop since 2009, according to port data.

Saltmere Terminals bought the port's container business in 2003 under the 1998 Ports Act,
which opened state harbours to private operators. Dockworkers there previously walked out
in 2016 and 2019, both times for less than a week.

(Reporting by Jonas Eklund; Editing by Clare Whitby)""",
        (
            expect("2024-10-08", "vote"),
            expect("2024-09-30", "strike", "began"),
            expect("2024-10-10", "work", "resume", planned=True),
            expect("../2024-10-31", "sign", "agreement", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("2024-09", "volumes", "fell"),
            expect("2003", "bought"),
            expect("2016", "walk"),
            expect("2019", "walk"),
        ),
    ),
    Text(
        "quellmark-acquires-vantor",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quellmark Robotics to Acquire Vantor Grippers, Expanding Soft-Handling Portfolio

LYNDHURST, Ohio, February 18, 2025 /BizNewsWire/ -- Quellmark Robotics, Inc. (NASDAQ: QMRK),
a maker of collaborative robot arms for food and pharmaceutical packaging, today announced
that it has entered into a definitive agreement to acquire Vantor Grippers GmbH of
Esslingen, Germany, for $84 million in cash.

The transaction was approved by the boards of both companies on February 14 and is expected
to close no later than June 30, 2025, subject to customary regulatory approvals.

Founded in 2009, Vantor launched its first vacuum-free soft gripper in March 2014 and has
supplied grippers to Quellmark since 2012. Its 140 employees will join Quellmark's end-of-arm
tooling division.

"Vantor's grippers are already on a third of the robots we ship," said Dana Whitcombe,
Chief Executive Officer of Quellmark. "Bringing the team in-house lets us design the arm and
the hand together."

Quellmark opened assembly plants in Akron in 2017 and in Dayton in 2020 and expects to build
Vantor grippers in Dayton as well as in Esslingen.

Conference Call
Quellmark will host a conference call for investors on Thursday, February 20, 2025, at
10:00 a.m. ET. Dial-in: +1 216-555-0143, passcode 7719.

About Quellmark Robotics
Quellmark Robotics designs and builds lightweight robot arms for packaging lines in more
than 30 countries. Learn more at quellmark.example.

Forward-Looking Statements
This release contains forward-looking statements that involve risks and uncertainties.

Media Contact: Lena Farrow, press@quellmark.example, +1 216-555-0190

(C) 2025 Quellmark Robotics, Inc. All rights reserved.""",
        (
            expect("2025-02-18", "acquire"),
            expect("2025-02-14", "approved"),
            expect("../2025-06-30", "close", planned=True),
            expect("2009", "found"),
            expect("2014-03", "launch"),
            expect("2012/..", "suppl"),
            expect("2017", "akron"),
            expect("2020", "dayton"),
            expect("2025-02-20", "call", planned=True),
        ),
    ),
    Text(
        "harrow-v-delmont-supply",
        "court opinion",
        None,
        """DISTRICT COURT OF APPEAL OF THE STATE OF CORALIA
FOURTH DISTRICT

HARROW FARM SUPPLY, INC.,
Appellant,

v.

DELMONT SEALS LLC,
Appellee.

No. 4D23-0871

[January 7, 2025]

Appeal from the Circuit Court for Palmer County; Rosa Whitlow, Judge; L.T. Case No.
20-CA-4412.

PER CURIAM.

Harrow Farm Supply, Inc. appeals a final summary judgment entered for Delmont Seals LLC on
Harrow's claim for breach of a supply contract. Because a genuine dispute of material fact
remains as to whether Delmont gave the notice the contract required, we reverse.

Delmont began supplying hydraulic seals to Harrow around 2011. The parties signed a
five-year written supply agreement on or about March 3, 2019. Section 9 of the agreement
required either party to give ninety days' written notice of termination, and invoices were
payable by the 15th of each month.

It is undisputed that Harrow paid Delmont's final invoice no later than April 30, 2020. On
May 14, 2020, Delmont wrote to Harrow that it "would be unable to continue shipments," and it
terminated the agreement on June 1, 2020. Delmont's president testified that he first raised
the price dispute with Harrow in early 2020.

Harrow filed its complaint in August 2020. The trial court granted Delmont's motion for
summary judgment on February 28, 2023, reasoning that the letter of May 14 was notice under
section 9. Harrow filed a timely notice of appeal on March 24, 2023, and we heard oral
argument on September 12, 2024.

A notice of termination must be clear and unequivocal. See § 672.309(3), Cor. Stat. (2019);
Brill v. Oakes Mfg. Co., 211 So. 3d 102 (Cor. 4th DCA 2016). Whether the letter met that
standard is a question for the jury.

Reversed and remanded for further proceedings.

GROSS, MAY and KUNTZ, JJ., concur.""",
        (
            expect("2011~", "supply"),
            expect("2019-03-03~", "agreement", "sign"),
            expect("../2020-04-30", "invoice", "paid"),
            expect("2020-05-14", "wrote"),
            expect("2020-06-01", "terminat"),
            expect("2020-08", "complaint"),
            expect("2023-02-28", "summary", "judgment"),
            expect("2023-03-24", "appeal"),
            expect("2024-09-12", "argument"),
        ),
    ),
    Text(
        "brakefield-canal",
        "encyclopedia history",
        None,
        """Brakefield Canal

The Brakefield Canal is a 23-mile (37 km) canal in the north of Calderia, running from the
River Wend at Brakefield to the Hollins valley. It has 41 locks, which raise it 312 feet
(95 m) above the river.

History

The canal was promoted by a group of Brakefield wool merchants and coal owners. Construction
is said to have begun in 1791 under the engineer Thomas Albury, although no contract for that
year survives. The canal opened to traffic in about 1797. Around 1820 a short branch to Hollins
Quarry was added to carry building stone.

The canal carried about 190,000 tons in 1828, its busiest year. In 1846 the canal company
merged with the Brakefield and Northern Railway, and traffic declined steadily from the 1880s
as coal moved to the railway.

The canal was formally closed in 1938 under the Brakefield Navigation (Abandonment) Act 1937,
and several locks were filled in during the Second World War.

Restoration

Between 1974 and 1981 volunteers of the Brakefield Canal Society cleared the channel and
rebuilt 17 locks. The canal reopened to boats on 2 May 1983. Since 1990 it has been managed by
the Brakefield Waterways Trust, which reports some 4,000 boat movements a year.

The restoration of the Hollins branch is planned to be completed by 2027.

See also
- Canals of Calderia
- Wend Navigation

References
1. Hadley, J. (1969). The Canals of the Northern Dales. p. 1797.""",
        (
            expect("1791?", "construction"),
            expect("1797~", "open"),
            expect("1820~", "branch"),
            expect("1846", "merge"),
            expect("1938", "closed"),
            expect("1974/1981", "volunteers"),
            expect("1983-05-02", "reopen"),
            expect("1990/..", "manage"),
            expect("../2027", "restoration", planned=True),
        ),
    ),
    Text(
        "linwood-beat-harcastle",
        "sports report",
        date(2024, 11, 24),
        """Kerr double sends Linwood top

By Sam Oduya

Linwood United 3 Harcastle Town 1

Ross Kerr scored twice as Linwood United beat Harcastle Town 3-1 at Eastmoor on Saturday to
go top of the Northern Counties League for the first time this season.

Kerr, 31, who joined from Corbridge Athletic in January 2022, headed in Ben Lyle's corner in
the 12th minute and added a second from the penalty spot in the 58th. It was Linwood's first
league win over Harcastle since 1997.

Harcastle pulled one back through Ollie Denton on 70 minutes, but their hopes faded when
Lewis Gray was sent off seven minutes later for a second booking. Substitute Jamal Price
sealed it in stoppage time.

Manager Dean Whitfield, who signed a two-year contract extension on Thursday, praised his
side's patience. "We didn't panic at 2-1. That's the difference from last year," he said.

The sides drew 2-2 in the reverse fixture on 17 August. Gray's three-match ban begins with
Harcastle's County Cup tie at Mossbank on 7 December.

Linwood, promoted in 2019, host Corbridge on Wednesday (kick-off 7.45pm).

Linwood: Marsh; Okoro, Fenn, Tate, Lyle; Barr, Quayle (Price 80); Hale, Kerr, Dunn.
Harcastle: Webb; Gray, Holt, Ames, Rudd; Denton, Kay; Lowe, Mills, Reid.
Attendance: 1,987.""",
        (
            expect("2024-11-23", "beat"),
            expect("2022-01", "join"),
            expect("2024-11-21", "contract"),
            expect("2024-08-17", "drew"),
            expect("2024-12-07", "ban", planned=True),
            expect("2019", "promot"),
            expect("2024-11-27", "host", planned=True),
        ),
    ),
    Text(
        "fennimore-textiles-history",
        "company history",
        None,
        """Our history

Fennimore Textiles is believed to have been founded in 1887, when the brothers Edwin and Amos
Fennimore rented two looms in a loft above a chandler's shop in Callerby. No papers from the
first years survive, and the family dated the business from a wedding photograph.

In 1903 the firm moved to the purpose-built Mill Lane works, where the 1903 chimney still
stands over the car park. During the 1920s the mill became known for its hard-wearing
worsted cloth, sold to tailors across the north.

Between 1940 and 1945 the company made parachute silk and webbing for the Air Ministry,
working three shifts a day with a staff that was mostly women.

Fennimore Textiles plc was listed on the London Stock Exchange on 12 June 1962. From about
1975 the company began exporting its cloth to Scandinavia and Japan, which soon took half of
its output.

In 1998 the business was acquired by the Haldane Group, which kept the Fennimore name. Since
2008 the company has operated solely from its Callerby site, after closing its finishing
plant in Rothley.

Today more than 240 people work for us, and our 1887 Collection of heritage tweeds is sold in
14 countries.

Looking ahead, we plan to open a new dyeing works in 2026 that will reuse 80 per cent of its
water.

Fennimore Textiles Ltd, Mill Lane, Callerby. Registered in England No. 00412877.""",
        (
            expect("1887?", "found"),
            expect("1903", "moved"),
            expect("1940/1945", "parachute"),
            expect("1962-06-12", "listed"),
            expect("1975~", "export"),
            expect("1998", "acquired"),
            expect("2008/..", "operat"),
            expect("2026", "dye", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY: KESTREL LUNAR ORBITER

Agency: Aurelian Space Agency (ASA)
Mission type: Lunar polar orbiter
Launch mass: 1,240 kg
Status: Extended mission
Document revised: 5 November 2024

OVERVIEW
Kestrel was built to map water ice in permanently shadowed craters near the lunar south pole
with a neutron spectrometer and an infrared imaging spectrometer.

MISSION TIMELINE
Kestrel was launched on 4 March 2021 aboard a Veyra-2 rocket from the Osterholm launch site.
Fifteen days later, on 19 March, it entered a 100 km polar orbit. The first images were
released on 2 April 2021.

The infrared spectrometer's cryocooler failed on or about 11 May 2021, and the instrument has
since worked only at reduced sensitivity. The one-year primary mission ended on 18 March 2022.

In January 2023 the agency extended the mission to 2026. The orbit was lowered to 40 km in
three burns on 3, 9 and 17 August 2023, improving the resolution of the neutron maps.

RESULTS
Kestrel has mapped 2,048 craters and found signs of ice in 117 of them. Further orbit changes
may be made in early 2025.

END OF MISSION
Kestrel is expected to impact the lunar surface no later than 30 June 2026. The full data
archive is scheduled for public release in 2027.

Contact: ASA Public Affairs, +44 1632 960 771""",
        (
            expect("2021-03-04", "launch"),
            expect("2021-03-19", "orbit"),
            expect("2021-04-02", "images"),
            expect("2021-05-11~", "cryocooler", "fail"),
            expect("2022-03-18", "primary", "end"),
            expect("2023-01", "extend"),
            expect("2023-08-03", "lower"),
            expect("2023-08-09", "lower"),
            expect("2023-08-17", "lower"),
            expect("../2026-06-30", "impact", planned=True),
            expect("2027", "archive", planned=True),
        ),
    ),
    Text(
        "rail-fares-freeze-statement",
        "government statement",
        None,
        """Department for Transport and Infrastructure

Written ministerial statement: Regulated rail fares 2025

Made on: 5 December 2024
Made by: Helen Marsh MP, Secretary of State for Transport and Infrastructure

Today I am confirming that regulated rail fares in England will be frozen for 2025.

The freeze will take effect on 2 January 2025 and will cover season tickets, off-peak
returns and most commuter fares, about 1 in 5 journeys on the network.

Regulated fares rose by 4.9 per cent in March 2024, the largest rise since 2012. Fares were
last frozen in 2021, and passengers have told us clearly that another rise of that size would
price them off the railway.

A public consultation on fares ran from 14 October to 22 November 2024 and received 3,418
responses. A summary of responses will be published alongside this statement.

Since 2019 the Government has funded the Rail Passenger Discount Scheme, which gives
jobseekers half-price travel, and it will continue to do so.

Fares have normally been adjusted each January under the Railways Act 1993. I have asked the
Office of Rail Standards to complete a review of the fares structure no later than 31 March
2025, so that future rises are set in a simpler and fairer way.

I will meet train operators on Monday 9 December to agree how the freeze will be applied to
their ticketing systems.

The cost of the freeze, around GBP 310 million, will be met from within the Department's
existing budget.""",
        (
            expect("2024-12-05", "fare"),
            expect("2025-01-02", "freeze", planned=True),
            expect("2024-03", "fares"),
            expect("2021", "frozen"),
            expect("2024-10-14/2024-11-22", "consultation"),
            expect("2019/..", "fund"),
            expect("../2025-03-31", "review", planned=True),
            expect("2024-12-09", "meet", planned=True),
        ),
    ),
    Text(
        "carraway-library-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Carraway Library reopens after two-year refit | Elmbridge Courier</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "local"});</script>
</head>
<body>
<nav class="site-nav">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li>
    <li><a href="/whats-on">What's on</a></li>
  </ul>
</nav>
<article>
<h1>Carraway Library reopens after two-year refit</h1>
<p class="byline">By Priya Nandra &middot;
  <time datetime="2024-05-17T07:30:00+01:00">Friday 17 May 2024</time> &middot;
  Updated <time datetime="2024-05-17T11:02:00+01:00">11:02</time></p>
<figure>
  <img src="/img/2024/05/carraway-reading-room.jpg" alt="The restored reading room">
  <figcaption>The restored reading room on Thursday. Photo: Elmbridge Courier</figcaption>
</figure>
<p>Carraway Library reopened to the public on Thursday after a &pound;4.2m refurbishment that
kept its doors shut for almost two years.</p>
<p>The Grade II listed building on Station Road closed in May 2022, when surveyors found dry
rot in the roof timbers of the reading room.</p>
<p>Built in 1911 with money from the mill owner Arthur Carraway, the library was later
extended: the children's wing was added around 1935.</p>
<p>Elmbridge Borough Council approved the funding in March 2023. "People have waited a long
time, and I think they will say it was worth it," said councillor Joan Effiong.</p>
<p>A caf&eacute; run by the charity Open Door will open on 1 June, and the local studies
archive will move back by the end of July. The library will stay open until 8pm every
Thursday.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/2024/03/12/library-date-set">Library reopening date set</a>
      <time datetime="2024-03-12">12 March 2024</time></li>
    <li><a href="/news/2023/11/02/station-road-works">Station Road works to start</a>
      <time datetime="2023-11-02">2 November 2023</time></li>
  </ul>
</aside>
<footer><p>&copy; 2024 Elmbridge Courier Ltd. Tel. 01632 960 118</p></footer>
<script src="/static/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2024-05-16", "reopen"),
            expect("2022-05", "closed"),
            expect("1911", "built"),
            expect("1935~", "wing"),
            expect("2023-03", "approv"),
            expect("2024-06-01", "caf", planned=True),
            expect("../2024-07", "archive", planned=True),
        ),
    ),
    Text(
        "river-arle-flood-updates",
        "river flood warning service's updates",
        None,
        """FLOOD WARNING SERVICE
River Arle at Densford and Lowmill
Warning area code: 061FWF22ARLDEN
Current status: Flood alert (downgraded from flood warning)
Last updated: 09:15 Wednesday 13 November 2024

Floodline: 0300 555 0192 (24 hours)

--------------------------------------------------
Update 4 - 09:15 Wednesday 13 November 2024
The flood warning for Densford and Lowmill was downgraded to a flood alert this morning.
River levels are falling steadily and are expected to return to normal by Friday. Please
stay away from riverside paths, which remain slippery.

--------------------------------------------------
Update 3 - 18:30 Tuesday 12 November 2024
Levels at the Densford gauge peaked at 3.42 m at 02:15 this morning, the highest since
February 2020. The B4120 at Lowmill Bridge has been closed since 07:00 today and will stay
closed until the bridge has been inspected.

--------------------------------------------------
Update 2 - 16:00 Monday 11 November 2024
We issued a flood warning at 14:40 today for properties on Mill Lane and Weir Street.
Pumps will be deployed at Lowmill on Tuesday. Our staff are checking the Densford flood gates
every two hours.

--------------------------------------------------
Update 1 - 10:05 Sunday 10 November 2024
A flood alert was issued at 10:00 today for the River Arle. Between 40 and 60 mm of rain fell
across the catchment on Saturday. Properties in Lowmill last flooded in 1998 and 2007.

--------------------------------------------------
What you should do: prepare a flood kit, move valuables upstairs and sign up for free
warnings. This service is updated at least once a day while a warning is in force.""",
        (
            expect("2024-11-13", "downgrad"),
            expect("../2024-11-15", "levels", planned=True),
            expect("2024-11-12", "peak"),
            expect("2024-11-12/..", "closed"),
            expect("2024-11-11", "warning"),
            expect("2024-11-12", "pumps", planned=True),
            expect("2024-11-10", "alert"),
            expect("2024-11-09", "rain"),
            expect("1998", "flood"),
            expect("2007", "flood"),
        ),
    ),
    Text(
        "bramwater-triathlon-report",
        "triathlon race report",
        date(2025, 6, 16),
        """RACE REPORT
Quell storms to third Bramwater title

Bramwater Triathlon (standard distance) - results and report

Marta Quell won the Bramwater Triathlon on Sunday in 1:58:41, pulling clear of the women's
field on the second lap of the bike course and running the 10 km alone.

Organisers shortened the swim from 1,500 m to 750 m on Saturday evening after the lake
temperature dropped to 14.2C. Transition closed at 06:45 and the first wave set off at 07:00.

Quell's previous wins came in 2022 and 2023. She said the third win meant "more than the
other two put together" after a long spell out with a stress fracture. The course record
of 1:55:02 was set by Anya Fell in 2018.

The men's race was won by local man Tobias Wren in 1:49:12, 38 seconds ahead of Karl Aston.

There were 412 finishers, the most since 2019, and 61 club members raced.

Quell will race the European Championships in Valencia on 12 July. Entries for the 2026 race
open on 1 September.

The event has been organised by Bramwater Tri Club since 2004 and relies on about 90
volunteers. Thank you to everyone who marshalled, and to the Bramwater Sailing Club for the
safety boats.

RESULTS (top three)
Women: 1 M Quell 1:58:41; 2 H Dorn 2:01:15; 3 S Patel 2:03:40
Men: 1 T Wren 1:49:12; 2 K Aston 1:49:50; 3 L Moss 1:51:03""",
        (
            expect("2025-06-15", "quell", "won"),
            expect("2025-06-14", "swim", "shorten"),
            expect("2022", "quell"),
            expect("2023", "quell"),
            expect("2018", "record"),
            expect("2025-06-15", "wren"),
            expect("2025-07-12", "championship", planned=True),
            expect("2025-09-01", "entries", planned=True),
            expect("2004/..", "organis"),
        ),
    ),
    Text(
        "skerrow-bank-first-power",
        "offshore wind farm press release",
        None,
        """PRESS RELEASE

Skerrow Bank offshore wind farm delivers first power

ABERLEA, 2 April 2025 - Skerrow Wind Ltd, a joint venture of Halvard Energy and Northmere
Power, today confirmed that the Skerrow Bank offshore wind farm, 38 km off the Brannock
coast, delivered its first power to the national grid on 31 March.

Offshore installation of the project's 64 turbines began in August 2024, and 22 are now in
place. All 64 turbines are due to be installed by December 2025, with full commercial
operation expected by the end of 2026. The export cables were laid from 3 to 28 June 2024.

The project received development consent on 22 February 2019 and took its final investment
decision in November 2021, four years after the seabed lease was awarded in 2017.

"First power is the moment a construction site becomes a power station," said Ailsa
Morven, Project Director. "Our crews have worked through a hard winter to get here."

Once complete, the 960 MW wind farm will generate enough electricity for about 1,100,000
homes and make a large contribution to Brannock's 2030 target of 50 GW offshore. Its
operations and maintenance base at Kirkhaven will open in spring 2026, creating 120 jobs.

A community benefit fund of GBP 1.2 million a year will open for applications on 1 July
2025.

Notes to editors
- Skerrow Wind Ltd was formed in 2016. Halvard Energy holds 60 per cent and Northmere Power
  40 per cent.
- Each turbine has a rated capacity of 15 MW and a rotor diameter of 236 m.

Media enquiries: Fraser Lamont, +44 1224 496 0330, press@skerrowwind.example""",
        (
            expect("2025-03-31", "power"),
            expect("2024-08", "install"),
            expect("../2025-12", "install", planned=True),
            expect("../2026", "operation", planned=True),
            expect("2024-06-03/2024-06-28", "cable"),
            expect("2019-02-22", "consent"),
            expect("2021-11", "investment"),
            expect("2017", "lease"),
            expect("2025-07-01", "fund", planned=True),
            expect("2016", "formed"),
        ),
    ),
    Text(
        "surgeon-journal-alder-1794",
        "naval surgeon's journal of the 1790s",
        None,
        """Journal of Mr. Thos. Penrose, Surgeon,
kept on board His Majesty's Sloop Alder.
1794.

Augt. 3d. Sunday. Sailed from Spithead in company with the Convoy for Madeira. Wind W.S.W.,
fresh breezes & squally. Many of the Landsmen sea-sick; gave them nothing.

4th. Jno. Barrow, Seaman, fell from the Main top upon the Booms & fractured his right Thigh.
Reduced the fracture & applied splints. Gave him an Opiate at night.

7th. A low Fever appeared among the Marines; six on the List with head-ach & heat of skin.
Ordered the berths to be cleaned & sprinkled with vinegar.

9th. Barrow died at 4 P.M., having been delirious since the forenoon. Buried him at Sea the
following day at noon, the Capt. reading the Service.

12th. Anchored in Funchal Roads at 10 A.M. Fine weather, the Town very pleasant from the
water.

14th. Wm. Kemp, Marine, with the Flux; says he was born abt. 1760, tho' he looks a man of
fifty. Gave him rhubarb & a light diet. Serve out Wine to the Sick every forenoon.

The Capt. intends to weigh on Tuesday next, the 19th, if the wind serves. I have served as
Surgeon in the Service since 1789 & never had so many down with Fever in a Summer passage.

T. P.""",
        (
            expect("1794-08-03", "sailed"),
            expect("1794-08-04", "fell"),
            expect("1794-08-07", "fever"),
            expect("1794-08-09", "died"),
            expect("1794-08-10", "buried"),
            expect("1794-08-12", "anchor"),
            expect("1794-08-14", "flux"),
            expect("1760~", "born"),
            expect("1794-08-19", "weigh", planned=True),
            expect("1789/..", "serv"),
        ),
    ),
    Text(
        "hobbs-farm-newt-survey",
        "great crested newt survey",
        None,
        """GREAT CRESTED NEWT SURVEY REPORT

Site: Land at Hobb's Farm, Wexcombe
Client: Marlowe Homes Ltd
Report ref: ECO-2291-GCN rev B
Issue date: 28 June 2024
Author: K. Lindley BSc MCIEEM, Fernbank Ecology (tel. 01632 960 552)

1. SUMMARY
Great crested newts are present in two of the three ponds within 250 m of the site. The
population is assessed as medium. A mitigation licence will be required.

2. METHODS
A Habitat Suitability Index (HSI) assessment of the three ponds was carried out on 2 April
2024. Environmental DNA samples were collected from Ponds 1-3 on 17 April 2024.
Population-size-class surveys (torching, bottle trapping and egg searches) were made on four
visits: 16 and 29 April and 13 and 28 May 2024. Methods followed the 2001 Herpetofauna
Workers' Manual. Surveys are normally carried out between mid-March and mid-June, and night
air temperatures were above 5C on all visits.

3. RESULTS
Pond | Area (m2) | HSI  | eDNA     | Peak adult count
P1   | 1,200     | 0.81 | positive | 23
P2   | 340       | 0.72 | positive | 9
P3   | 85        | 0.41 | negative | 0

The peak count of 23 adults was recorded at Pond 1 on 13 May 2024. Pond 2 was dug in about
2002 as a field drain and is now well vegetated. Pond 3 was probably created in the 1950s.
A survey by Greystone Ecology in 2016 also found great crested newts in Pond 1.

4. RECOMMENDATIONS
A mitigation licence application will be submitted to the Natural Heritage Agency by the end
of August 2024. Temporary amphibian fencing must be installed no later than 1 March 2025,
before newts leave their hibernation sites, and a receptor pond will be created on the
eastern boundary.""",
        (
            expect("2024-04-02", "assessment"),
            expect("2024-04-17", "sample"),
            expect("2024-04-16", "survey"),
            expect("2024-04-29", "survey"),
            expect("2024-05-13", "survey"),
            expect("2024-05-28", "survey"),
            expect("2024-05-13", "count"),
            expect("2002~", "dug"),
            expect("2016", "greystone"),
            expect("../2024-08", "licence", planned=True),
            expect("../2025-03-01", "fenc", planned=True),
        ),
    ),
    Text(
        "tedders-brewery-story",
        "brewery's history",
        None,
        """TEDDER'S BREWERY - OUR STORY

Brewing on Cooper's Yard is said to have begun in 1780, when the parish rate book mentions
"a brewhouse at the Yard", though nobody knows who ran it.

Josiah Tedder, a maltster from Ashby, bought the brewhouse in 1832 and sold his ale to the
inns along the turnpike. A fire in 1869 destroyed the malt store, and the tower brewery that
still stands was rebuilt in 1871, with a steam engine that ran until the 1950s.

Tedder's Best Bitter was first brewed c. 1900 and has been our best seller ever since.

After two world wars and a shrinking estate of pubs, the family sold to Crowhurst Breweries
in 1961, and Crowhurst closed the site in 1979. For fifteen years the tower stood empty.

On 14 February 1994 Josiah's great-great-granddaughter Ruth Tedder reopened the brewery with
a 10-barrel plant and two employees. Since 2011 every Tedder's beer has been brewed with water
from our own 60-metre well.

Building work on a new taproom will start in September 2025, and we hope to pour the first
pints there in spring 2026.

Visit us
Brewery tours run every Saturday at 2pm (GBP 15, including three thirds). Try our 1832
Porter (5.2% ABV), brewed to a recipe from Josiah's own notebook.

Tedder's Brewery, Cooper's Yard, Ashby Lane. Tel. 01632 960 904""",
        (
            expect("1780?", "brew"),
            expect("1832", "bought"),
            expect("1869", "fire"),
            expect("1871", "rebuilt"),
            expect("1900~", "bitter"),
            expect("1961", "sold"),
            expect("1979", "closed"),
            expect("1994-02-14", "reopen"),
            expect("2011/..", "well"),
            expect("2025-09", "building", planned=True),
        ),
    ),
    Text(
        "ferrier-street-baths-listing",
        "culture minister's heritage listing statement",
        None,
        """Ministry of Culture, Heritage and Sport

News story: Ferrier Street Baths listed at Grade II*

Statement by the Minister for Culture, Heritage and Sport, Ines Carbery
22 January 2025

I have today decided to add the Ferrier Street Baths in Rowanport to the National Heritage
List at Grade II*, on the advice of Heritage Rowan.

The baths opened in 1908 and are among the finest Edwardian public baths in the country,
with their glazed barrel roof, tiled galleries and original slipper baths. A Turkish bath
suite was added c. 1925 and keeps its marble plunge pool.

The baths closed to swimmers in March 2019, when the roof over the main pool was found to be
unsafe. The Ferrier Baths Trust applied for listing on 4 September 2023, and Heritage Rowan
recommended listing in November 2024 after a full assessment.

Listing under the Planning (Listed Buildings) Act 1990 does not mean the building must stay
as it is, but it does mean that its special interest is considered in any decision about its
future. Only 9 per cent of listed buildings are listed at Grade II*.

The Trust expects repair works to begin by the end of 2026, once funding is in place. I will
visit the baths on Friday to meet the Trust's volunteers and hear their plans.

Ends

Notes to editors
Enquiries: press office, 020 7946 0318""",
        (
            expect("2025-01-22", "list"),
            expect("1908", "open"),
            expect("1925~", "turkish"),
            expect("2019-03", "closed"),
            expect("2023-09-04", "appl"),
            expect("2024-11", "recommend"),
            expect("../2026", "repair", planned=True),
            expect("2025-01-24", "visit", planned=True),
        ),
    ),
    Text(
        "harwick-pool-closures-html",
        "leisure centre's HTML pool closures page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pool closures and changes - Harwick Leisure Centre</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/cookie-banner.js" defer></script>
</head>
<body>
<header>
  <a class="logo" href="/">Harwick Leisure Trust</a>
  <nav>
    <a href="/swimming">Swimming</a> | <a href="/gym">Gym</a> |
    <a href="/classes">Classes</a> | <a href="/contact">Contact</a>
  </nav>
</header>
<main>
<h1>Pool closures and changes</h1>
<p class="updated">Page last updated: <time datetime="2025-02-03">3 February 2025</time></p>
<p>Harwick Leisure Centre opened in 1986, and its pools were last refurbished in 2012. Please
check this page before you travel.</p>
<table class="closures">
  <caption>Planned closures, February and March 2025</caption>
  <thead>
    <tr><th>Date</th><th>Pool</th><th>Details</th></tr>
  </thead>
  <tbody>
    <tr><td>Monday 10 - Friday 14 February 2025</td><td>Main pool</td>
      <td>Closed all day for filter maintenance</td></tr>
    <tr><td>Saturday 22 February 2025</td><td>Learner pool</td>
      <td>Closed for the Harwick Otters gala</td></tr>
    <tr><td>Friday 14, 21 and 28 March 2025</td><td>Main pool</td>
      <td>Closes at 18:00 for club training</td></tr>
  </tbody>
</table>
<h2>Other notices</h2>
<ul>
  <li>The flume has been closed since 27 January 2025 while a cracked section is
    replaced.</li>
  <li>The sauna and steam room will reopen on Saturday 1 March 2025.</li>
  <li>The spring term of swimming lessons begins on Monday 24 February 2025.</li>
  <li>Aqua-fit runs every Wednesday, 07:00-08:00, in the main pool.</li>
</ul>
</main>
<footer>
  <p>Harwick Leisure Centre, Bell Street. Tel. 01632 960 414</p>
  <p>&copy; 2025 Harwick Leisure Trust. Registered charity no. 1104417.</p>
</footer>
<script>document.querySelectorAll('time').forEach(function (t) { t.title = t.dateTime; });</script>
</body>
</html>""",
        (
            expect("1986", "opened"),
            expect("2012", "refurb"),
            expect("2025-02-10/2025-02-14", "main", planned=True),
            expect("2025-02-22", "learner", planned=True),
            expect("2025-03-14", "close", planned=True),
            expect("2025-03-21", "close", planned=True),
            expect("2025-03-28", "close", planned=True),
            expect("2025-01-27/..", "flume"),
            expect("2025-03-01", "sauna", planned=True),
            expect("2025-02-24", "lesson", planned=True),
        ),
    ),
    Text(
        "okafor-v-castlereagh-tribunal",
        "employment tribunal judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Mr D Okafor
Respondent: Castlereagh Logistics Ltd

Heard at: Leeds Employment Tribunal (in person)
Before: Employment Judge Pryce; Ms A Holroyd; Mr P Nash

Case No: 1803344/2023

JUDGMENT

The unanimous judgment of the Tribunal is that the claim of unfair dismissal is well founded
and succeeds. The claim of wrongful dismissal is dismissed on withdrawal.

REASONS

1. The hearing took place on 8, 9 and 10 October 2024. The claimant gave evidence and called
one witness; the respondent called three.

2. The claimant was employed by the respondent as a transport planner from 3 June 2019 until
his dismissal on 17 February 2023. He was then 42, and his gross weekly pay was GBP 712.

3. On or about 12 January 2023 the claimant raised a written grievance about the allocation
of overtime. The respondent says he had been warned about his conduct in late 2022, but
there is no record of any warning.

4. ACAS early conciliation ran from 2 March to 13 April 2023, and the claim form was presented
on 5 May 2023, within time.

5. The respondent's disciplinary policy was revised in or around 2017. It requires an
investigation meeting before any disciplinary hearing. None was held.

6. Under section 98 of the Employment Rights Act 1996, the respondent has not shown that it
followed a fair procedure, and the dismissal was unfair.

REMEDY

7. The parties must send each other schedules of loss by 6 December 2024. A remedy hearing
will be listed no later than 31 January 2025.

Employment Judge Pryce
Date: 4 November 2024
JUDGMENT SENT TO THE PARTIES ON 6 November 2024""",
        (
            expect("2024-10-08", "hearing"),
            expect("2024-10-09", "hearing"),
            expect("2024-10-10", "hearing"),
            expect("2019-06-03", "employ"),
            expect("2023-02-17", "dismiss"),
            expect("2023-01-12~", "grievance"),
            expect("2023-03-02/2023-04-13", "conciliation"),
            expect("2023-05-05", "claim"),
            expect("2017~", "revis"),
            expect("../2024-12-06", "schedule", planned=True),
            expect("../2025-01-31", "remedy", planned=True),
        ),
    ),
    Text(
        "stallbridge-old-forge",
        "blacksmith's history",
        None,
        """THE OLD FORGE, STALLBRIDGE - A SHORT HISTORY

A smithy is recorded at Stallbridge in 1623, when the manor court fined "Hugh the smyth" for
letting his cinders block the lane. Where that smithy stood is not known.

The present stone building possibly dates from 1760; its datestone over the door is now too
worn to read. It has a single hearth, a lean-to shoeing shed and a stone tyring plate in the
yard.

William Abbot, a wheelwright's son from Combe, took on the forge c. 1841, and his family
worked it for more than a century. The great anvil, stamped "1812" and weighing 2 cwt, came
with the tenancy.

Between 1899 and 1902 the forge shod remounts for the county yeomanry, and the Abbots took on
two extra journeymen. In the 1930s the work turned more and more to farm machinery.

The last horse was probably shod here in 1957. The forge ceased working in 1963, when Frank
Abbot retired at 71.

The building was restored between 1998 and 2001 by the Stallbridge Heritage Group, with help
from a lottery grant of GBP 86,000. Since 2003 the forge has been run by a working smith, and
it opens for demonstrations on the first Sunday of every month.

Leaflet printed 2019. Stallbridge Heritage Group, registered charity 1078340.""",
        (
            expect("1623", "smithy"),
            expect("1760?", "building"),
            expect("1841~", "abbot"),
            expect("1899/1902", "shod"),
            expect("1957?", "horse"),
            expect("1963", "ceased"),
            expect("1998/2001", "restor"),
            expect("2003/..", "run"),
        ),
    ),
    Text(
        "hatherley-cc-fixtures-2025",
        "cricket club's fixtures list",
        None,
        """HATHERLEY CRICKET CLUB

FIXTURES 2025 - 1st XI (Wessex League, Division Two)

Date          Opponents                     Venue   Start    Competition
Sat 26 Apr    Pavilion opening & nets day   -       11.00am  -
Sat 3 May     Oakhurst                      Home    1.00pm   League
Sun 11 May    Penrose CC                    Away    2.00pm   County Cup R1
Sat 17 May    Dunford                       Away    1.00pm   League
Sat 24 May    Brackley Vale                 Home    1.00pm   League

NOTES
* Subscriptions are due by 30 April. Adults GBP 120, juniors GBP 45.
* Nets every Tuesday and Thursday from 6pm.
* Teas GBP 4, please tell the tea rota if you cannot make your date.
* Ground record: 312-4 v Dunford, 1994.
* 2nd XI fixtures are on the back of this card. Players must be available by Wednesday
  evening; selection is posted in the pavilion on Thursdays.
* Colts coaching (under-11 to under-15) starts on Sunday 4 May at 10am, GBP 3 a session.
* The annual dinner will be held at the Red Lion on Saturday 11 October. Tickets from the bar.

The club was founded in 1879 and has played at Mill Meadow since 1921. New members are
always welcome, whether you bat, bowl, score or make the teas.

Fixture secretary: Graham Pell, 07700 900 462, fixtures@hatherleycc.example""",
        (
            expect("2025-04-26", "pavilion", planned=True),
            expect("2025-05-03", "oakhurst", planned=True),
            expect("2025-05-11", "penrose", planned=True),
            expect("2025-05-17", "dunford", planned=True),
            expect("2025-05-24", "brackley", planned=True),
            expect("../2025-04-30", "subscriptions", planned=True),
            expect("2025-05-04", "coaching", planned=True),
            expect("2025-10-11", "dinner", planned=True),
            expect("1879", "found"),
            expect("1921/..", "play"),
        ),
    ),
)
