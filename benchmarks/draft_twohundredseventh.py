"""The two-hundred-and-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a heatwave health alert
series, a darts tournament report, a battery factory expansion release, a vicar's letters of
the 1900s, a hedgehog road casualty survey, a flour mill's history, a housing minister's
building safety statement, a public library's HTML branch closures page, a coroner's inquest
conclusion record, a bell foundry's history and a chess club's match calendar. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTH_CORPUS",)

TWOHUNDREDSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-norrsund-aground",
        "wire story with a dateline",
        date(2024, 11, 6),
        """HALDERN, Nov 6 (Coastline Press) - Salvage crews refloated the passenger ferry Norrsund
on Wednesday after it ran aground off the island of Skerra with 312 passengers and 41 crew
on board, the coast guard said.

The Lindqvist Line vessel ran aground on the Gravik bank at about 7:40 p.m. on Monday in
rising winds, shortly after leaving Skerra harbour for the mainland. No one was seriously
hurt. The passengers were taken off by lifeboats and a chartered tug on Tuesday morning
after spending the night on board.

"The hull is intact and she is no longer taking water," coast guard duty officer Linnea
Rask told reporters at the harbour. It was the first grounding on the route since 2003.

The Norrsund was towed to the Haldern shipyard for inspection. Lindqvist said it expected
the ferry to resume sailings on November 18 and would run a replacement service with a
chartered vessel until then. The Maritime Accident Board said it would publish a
preliminary report no later than December 20.

Captain Eirik Hald, who has commanded the Norrsund since 2019, was interviewed by police on
Tuesday, as is routine after a grounding, the board said.

Shares in Lindqvist Line fell 3.4 percent on Tuesday. The Norrsund was built in 1998 at a
Polish yard and joined the company's fleet in 2009. It carries about 450,000 passengers a
year on the 90-minute crossing and can take 1,200 people in summer.

(Reporting by Mats Ekdahl; Editing by Clare Hobson)""",
        (
            expect("2024-11-06", "refloat"),
            expect("2024-11-04", "ground"),
            expect("2024-11-05", "passengers"),
            expect("2024-11-18", "resume", planned=True),
            expect("../2024-12-20", "report", planned=True),
            expect("2019/..", "command"),
            expect("2024-11-05", "interview"),
            expect("2024-11-05", "shares"),
            expect("1998", "built"),
            expect("2009", "joined"),
        ),
    ),
    Text(
        "tessaly-brandt-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessaly Robotics to acquire Brandt Sensors, strengthening its machine vision business

LEEDHAM, England, 2 April 2025 -- Tessaly Robotics plc (LSE: TSLY), a maker of automated
inspection systems for food and pharmaceutical lines, today announced a definitive agreement
to acquire Brandt Sensors GmbH of Ulm, Germany, for EUR 186 million in cash.

The boards of both companies approved the transaction on 31 March 2025. Completion is
subject to merger clearance in Germany and is expected by 30 September 2025.

Founded in 1987 by the physicist Anton Brandt, Brandt Sensors makes line-scan cameras and
hyperspectral sensors used to sort grain, nuts and tablets. It opened sales offices in
Lyon, Turin and Brno in 2008, 2012 and 2019 and employs 410 people. Dr. Mareike Holt, who
has led Brandt as chief executive since 2016, will join Tessaly's executive board on
completion.

"Brandt's sensors already sit inside a third of our machines," said Owen Pritchard, chief
executive of Tessaly. "Bringing them in-house gives us control of the part that matters
most."

Tessaly reported revenue of GBP 412 million for 2024, its highest since its stock market
listing.

Tessaly will host a conference call for analysts and investors tomorrow, 3 April 2025, at
14:00 BST. Dial-in: +44 20 7946 0321, access code 2025#.

About Tessaly Robotics
Tessaly Robotics designs and builds inspection and handling systems at its sites in
Leedham and Pune. www.tessaly-robotics.example

Media contact: Harriet Cole, +44 20 7946 0388, press@tessaly-robotics.example

(c) 2025 Tessaly Robotics plc. All rights reserved.""",
        (
            expect("2025-04-02", "acquir"),
            expect("2025-03-31", "approved"),
            expect("../2025-09-30", "complet", planned=True),
            expect("1987", "founded"),
            expect("2008", "office"),
            expect("2012", "office"),
            expect("2019", "office"),
            expect("2016/..", "Holt"),
            expect("2025-04-03", "call", planned=True),
        ),
    ),
    Text(
        "keel-v-harwick-deposit",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MARRANE
DIVISION TWO

No. 2-23-0417

DANA KEEL, Plaintiff-Appellant,
v.
HARWICK PROPERTIES, LLC, Defendant-Appellee.

Appeal from the Circuit Court of Orland County, No. 22-CV-1186.
Honorable Grace T. Mullen, Judge Presiding.

Filed: August 9, 2024

OPINION

JUSTICE ABERNATHY delivered the opinion of the court.

1  Plaintiff Dana Keel appeals from the circuit court's grant of summary judgment for
defendant Harwick Properties, LLC, on her claim for the return of a security deposit under
the Residential Tenancies Act of 1973 (the Act). We reverse and remand.

I. BACKGROUND

2  Harwick has owned the apartment building at 410 Linden Street since 2019. On or about
March 3, 2021, Keel signed a one-year lease for unit 3B at a monthly rent of $1,450 and
paid a deposit of $2,900. The lease renewed automatically each March.

3  Harwick served a notice to quit on September 14, 2022, citing planned renovations. Keel
vacated the unit on or about October 31, 2022. Harwick withheld the entire deposit,
claiming damage to the flooring. Keel demanded the deposit by letter on November 14, 2022,
and filed suit two days later.

4  The circuit court granted Harwick's motion for summary judgment on May 2, 2023, finding
that Keel had not given a forwarding address within 30 days, as section 12(b) of the Act
requires. Keel filed a timely notice of appeal on May 30, 2023, and we heard oral argument
on April 17, 2024.

II. ANALYSIS

5  We review summary judgment de novo. Marsh v. Dell Realty Co., 212 Marr. App. 3d 44, 49
(1998). The legislature amended section 12 in 2015 to provide that a tenant's written
demand for the deposit serves as notice of a forwarding address. Pub. Act 99-214, sec. 3.
Keel's letter of November 14, 2022, gave her new address in full. The circuit court erred
in holding that the demand did not satisfy section 12(b).

III. CONCLUSION

6  The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings consistent with this opinion.

7  Reversed and remanded.""",
        (
            expect("2019/..", "owned"),
            expect("2021-03-03~", "lease"),
            expect("2022-09-14", "notice", "quit"),
            expect("2022-10-31~", "vacated"),
            expect("2022-11-14", "demand"),
            expect("2022-11-16", "suit"),
            expect("2023-05-02", "summary", "judgment"),
            expect("2023-05-30", "appeal"),
            expect("2024-04-17", "argument"),
            expect("2015", "amended"),
        ),
    ),
    Text(
        "varnholm-town-history",
        "encyclopedia history",
        None,
        """Varnholm

Varnholm is a market town in the district of Ostrau-Lehe, on the right bank of the river
Lehe, with about 9,400 inhabitants (2021).

History

The settlement is first mentioned in a deed of 1147 as Varneholm, when Count Adalbert of
Lehe granted its tithes to the abbey of Sankt Marien. A castle is said to have been built
on the hill above the ford in 1203, though nothing of it survives above ground. Varnholm
received town rights c. 1290 from the counts, and a wall with four gates followed during
the 14th century.

A fire in 1411 destroyed most of the timber houses and the parish church of St. Gallus,
which was rebuilt in brick. During the Thirty Years' War the town was occupied by Swedish
troops from 1631 to 1635 and lost nearly half of its people to plague and famine.

Varnholm remained a small farming town until the railway from Lehe to Kassenbruck reached
it in 1868. Tanneries and a match factory opened along the river in the following decades;
the match factory, long the largest employer, closed in the 1970s. In 1974 Varnholm was
merged with the neighbouring municipality of Ostrau.

Since 1992 the old town within the walls has been protected as an ensemble monument. A
bypass to take through traffic off the market square is planned to open in 2027.

Population

Year    Inhabitants
1816    1,850
1910    6,320
1970    10,110
2021    9,420

References

Heller, K. (1998). Geschichte der Stadt Varnholm. Lehe: Ostrauer Verlag, pp. 211-229.""",
        (
            expect("1147", "mentioned"),
            expect("1203?", "castle"),
            expect("1290~", "town", "rights"),
            expect("1411", "fire"),
            expect("1631/1635", "occupied"),
            expect("1868", "railway"),
            expect("1974", "merged"),
            expect("1992/..", "protected"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "kellow-rovers-beat-athletic",
        "sports report",
        date(2025, 3, 9),
        """Bremner double sinks old club as Rovers stretch unbeaten run

By Sam Jukes
Sunday 9 March

Kellow Rovers 3 Dunmore Athletic 1

Ola Bremner scored twice against his former club as Kellow Rovers beat Dunmore Athletic 3-1
at Kellow Park on Saturday to stretch their unbeaten league run to 13 matches, the club's
longest since 1994.

Bremner, who joined Rovers from Dunmore in January for a fee of about GBP 400,000, opened
the scoring in the 12th minute with a low shot from the edge of the area and added a second
from the penalty spot just before half-time. Dunmore pulled one back through Ade Olowu
after 58 minutes, but substitute Finn Carrick settled it with six minutes left.

Rovers' last league defeat came on 14 December, a 2-0 loss at Castlegate, and they have
taken 31 points from a possible 39 since.

The one worry for manager Lisa Dorn was midfielder Callum Kerr, who limped off with a
hamstring injury and will have a scan on Monday.

"We don't talk about the run in the dressing room," said Dorn, who has been in charge since
October 2022. "We talk about the next game, and that's a hard one."

Rovers visit Castlegate on Tuesday 18 March before the League Cup final against Harlow
Town, which is scheduled for 27 April at the National Stadium.

Kellow Rovers (4-3-3): Lindgren; Shaw, Adeyemi, Cole, Price; Kerr (Mayhew 40), Dowd,
Bryce; Nash, Bremner, Quinn (Carrick 70).
Attendance: 21,406.""",
        (
            expect("2025-03-08", "beat"),
            expect("2025-01", "joined"),
            expect("2024-12-14", "defeat"),
            expect("2025-03-10", "scan", planned=True),
            expect("2022-10/..", "Dorn"),
            expect("2025-03-18", "Castlegate", planned=True),
            expect("2025-04-27", "final", planned=True),
        ),
    ),
    Text(
        "harrow-lyle-toffee-history",
        "company history",
        None,
        """Our History

Harrow & Lyle: toffee makers of Wenbury

Edwin Harrow started boiling toffee in the back kitchen of his grocer's shop in Wenbury
around 1880, selling it by the quarter-pound to the mill workers on Canal Street. In 1887 he
went into partnership with his brother-in-law, the chemist Samuel Lyle, and the firm of
Harrow & Lyle was founded.

Demand grew quickly. In 1902 the firm moved to the former Cheapside carpet works by the
canal, where we still make our toffee today, and it became a limited company in 1923. The
famous 1937 Coronation Tin, with its gold crown and red ribbon, is still sought after by
collectors.

Between 1940 and 1945 the works were requisitioned by the Ministry of Supply and turned over
to making ration chocolate and dried egg. Toffee production resumed the following year,
although sugar rationing kept output low for some years.

The company was listed on the London Stock Exchange in 1961 and was acquired by the
Danfield Group in 1988, which still owns it. Since 2012 all the cocoa and sugar we buy has
been Fairtrade certified.

Today Harrow & Lyle employs 640 people and makes around 9,000 tonnes of toffee, fudge and
chocolate a year, from the original Wenbury Butter Toffee to our sea-salt caramels. We plan
to open a visitor centre at Cheapside in 2026, with a working copy of Edwin's kitchen.

Harrow & Lyle Ltd, Cheapside Works, Wenbury WB2 4HL. Registered in England No. 184512.""",
        (
            expect("1880~", "toffee"),
            expect("1887", "founded"),
            expect("1902", "moved"),
            expect("1923", "limited"),
            expect("1940/1945", "requisition"),
            expect("1946", "resum"),
            expect("1961", "listed"),
            expect("1988", "acquired"),
            expect("2012/..", "Fairtrade"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "arcus-2-venus-orbiter",
        "mission summary",
        None,
        """ARCUS-2 MISSION SUMMARY
Document ARC-MS-0045, Rev. 3 - 20 January 2025
Prepared by: Mission Operations Division, Halden Space Agency

1. OVERVIEW

ARCUS-2 is a Venus orbiter that studies the superrotation of the atmosphere and the
chemistry of the cloud deck. It carries six instruments with a total mass of 212 kg and is
operated from the Halden control centre in Vestby.

2. MISSION TIMELINE

- Launch: 12 February 2021, 04:17 UTC, on a Veyra-5 launcher from Port Aldane.
- First light from the wide-field imager was obtained on or about 24 March 2021, during
  commissioning.
- Earth gravity-assist flyby: 30 November 2021, closest approach 1,998 km.
- Venus orbit insertion: 3 August 2022, after a 54-minute main engine burn.
- Science operations began on 14 September, once the orbit had been lowered to
  250 x 66,000 km.
- On 9 March 2023 a star-tracker fault put the spacecraft into safe mode. It was
  recovered two days later with no loss of data.
- In June 2024 the agency's science board approved an extension of the mission.
- The primary mission ended on 31 December 2024.

3. RESULTS

ARCUS-2 has returned 41 TB of data. Its spectrometer measured winds of up to 110 m/s at
the cloud tops, faster than any earlier mission, and mapped sulphur dioxide at 70 km
altitude over a full Venus year of 225 Earth days.

4. OUTLOOK

The extended mission will end with a controlled entry into the Venusian atmosphere, which
is planned for December 2027, when the propellant runs low. The final calibrated data
release is scheduled for June 2028.

Contact: arcus2-ops@halden-space.example""",
        (
            expect("2021-02-12", "launch"),
            expect("2021-03-24~", "light"),
            expect("2021-11-30", "flyby"),
            expect("2022-08-03", "orbit"),
            expect("2022-09-14", "science"),
            expect("2023-03-09", "safe"),
            expect("2023-03-11", "recover"),
            expect("2024-06", "extension"),
            expect("2024-12-31", "primary"),
            expect("2027-12", "entry", planned=True),
            expect("2028-06", "release", planned=True),
        ),
    ),
    Text(
        "north-shelf-cod-quota",
        "government statement",
        None,
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS

Statement by the Minister for Fisheries, Aoife Ranagan TD, on North Shelf cod

Friday 17 January 2025

On Wednesday, the Council of Ministers agreed to cut the commercial quota for North Shelf
cod by 22 per cent for 2025, on the advice of the Marine Institute. The spawning stock is
at its lowest level since 1992, and we cannot wait for it to fall further.

The new quota will take effect on 1 March 2025. Owners of vessels over 12 metres that wish
to fish cod this year must register with the Sea Fisheries Authority no later than
14 February.

I have today opened a compensation scheme worth EUR 38 million for the crews and
processors most affected. Applications can be made online at fisheries.gov.example/cod or
by calling 1800 555 204.

These measures follow a public consultation that ran from 4 to 29 November 2024 and drew
1,312 responses. Since 2021 the cod fleet has been capped at 140 licences under the Sea
Fisheries Act 2019, and that cap will stay in place.

I will travel to Brussels on Monday to brief the Commission, and the Marine Institute will
complete a full review of the stock by the end of June.

ENDS

Notes for editors
1. The quota for 2025 is 18,400 tonnes, down from 23,600 tonnes.
2. Press Office: +353 1 555 0170 (out of hours: +353 87 555 0171).""",
        (
            expect("2025-01-15", "agreed"),
            expect("2025-03-01", "quota", "effect", planned=True),
            expect("../2025-02-14", "register", planned=True),
            expect("2025-01-17", "compensation"),
            expect("2024-11-04/2024-11-29", "consultation"),
            expect("2021/..", "capped"),
            expect("2025-01-20", "Brussels", planned=True),
            expect("../2025-06", "review", planned=True),
        ),
    ),
    Text(
        "wenmouth-tollbridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tollbridge reopens after eight-month closure | Wenmouth Echo</title>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({section: "news", pubYear: 2024, articleId: 88213});
</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's On</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Tollbridge reopens after eight-month closure</h1>
<p class="byline">By Priya Okafor, Transport Reporter &middot;
  <time datetime="2024-05-22T07:45:00+01:00">22 May 2024, 07:45</time> &middot;
  Updated <time datetime="2024-05-22T12:10:00+01:00">12:10</time></p>
<figure>
  <img src="/img/2024/05/tollbridge-reopen.jpg" alt="Cars crossing the Tollbridge">
  <figcaption>The first cars cross the Tollbridge. Photo: Dan Harker</figcaption>
</figure>
<p>The Tollbridge over the river Wenn reopened to traffic yesterday, eight months after it
was shut when inspectors found cracks in two of its steel hangers.</p>
<p>The bridge closed on 4 September last year. The repairs, which cost &pound;8.2 million,
were paid for by the county council and the Department for Transport.</p>
<p>Buses on the 14 and 14A routes returned to the bridge this morning, ending a diversion
that added up to 25 minutes to journeys.</p>
<p>A 7.5-tonne weight restriction will stay while the deck is resurfaced and is due to be
lifted by the end of June. The council is planning a ceremony for 8 June to mark the
reopening.</p>
<p>The bridge, built around 1934 to replace a chain ferry, was Grade II listed in 1988. It
carries about 18,000 vehicles a day.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
  <li><a href="/news/2024/03/12/council-budget">Council sets budget with &pound;3m for
  roads</a> <time datetime="2024-03-12">12 March 2024</time></li>
  <li><a href="/news/2023/09/05/tollbridge-shut">Tollbridge shut after cracks found</a>
  <time datetime="2023-09-05">5 September 2023</time></li>
</ul>
</aside>
<footer><p>&copy; 2024 Wenmouth Echo Ltd. All rights reserved.</p></footer>
<script src="/js/analytics.js?v=20240518"></script>
</body>
</html>""",
        (
            expect("2024-05-21", "reopened"),
            expect("2023-09-04", "closed"),
            expect("2024-05-22", "buses"),
            expect("../2024-06", "restriction", planned=True),
            expect("2024-06-08", "ceremony", planned=True),
            expect("1934~", "built"),
            expect("1988", "listed"),
        ),
    ),
    Text(
        "northmoor-heat-health-alerts",
        "heatwave health alert series",
        None,
        """NORTHMOOR HEALTH SECURITY AGENCY
Heat-Health Alert Service - bulletin series, July 2025

Heat-health alerts are issued each year between 1 June and 30 September.

------------------------------------------------------------------------
BULLETIN 1 of 3
Issued: 09:00 Monday 14 July 2025
Alert level: AMBER (East, South) | YELLOW (all other regions)

The Agency has today issued an Amber heat-health alert for the East and South regions.
Temperatures are expected to peak at 33C on Thursday, with overnight minimums above 20C in
cities. Significant impacts are likely across health and social care services, including a
rise in deaths among people aged 65 and over.

Actions: check on older neighbours; keep curtains closed on sunny windows; avoid the sun
between 11am and 3pm.

------------------------------------------------------------------------
BULLETIN 2 of 3
Issued: 09:00 Wednesday 16 July 2025
Alert level: RED (London) | AMBER (East, South) | YELLOW (all other regions)

The alert for London was raised to Red at 17:00 yesterday. The Met Service now expects
temperatures of up to 35C in central London.

London boroughs will open cooling centres on Thurs. 17th and Fri. 18th, 10:00-20:00. A
list of sites is at northmoor-hsa.example/cool or call 0300 555 0147. For medical advice
call 111; in an emergency call 999.

------------------------------------------------------------------------
BULLETIN 3 of 3
Issued: 16:00 Saturday 19 July 2025
Alert level: AMBER (London, East, South) | GREEN (all other regions)

The Red alert for London was lifted at 09:00 today and replaced by Amber. The highest
temperature of the episode, 35.1C, was recorded at Kessington on Thursday.

All remaining alerts are expected to end by Monday as cooler air arrives from the west.
This is the final bulletin for this episode unless conditions change.""",
        (
            expect("2025-07-14", "amber", "issued"),
            expect("2025-07-17", "peak", planned=True),
            expect("2025-07-15", "raised"),
            expect("2025-07-17", "cooling", planned=True),
            expect("2025-07-18", "cooling", planned=True),
            expect("2025-07-19", "lifted"),
            expect("2025-07-17", "recorded"),
            expect("../2025-07-21", "alerts", "end", planned=True),
        ),
    ),
    Text(
        "voss-northern-masters-darts",
        "darts tournament report",
        date(2024, 10, 14),
        """DARTS

Voss storms to Northern Masters title with Brackley masterclass

By Gary Felton, Darts Correspondent

Kieran Voss won his first major title at the Brackley Forum on Sunday night, beating
defending champion Jo Martens 11-7 in the final of the Northern Masters to collect the
GBP 120,000 first prize.

The 27-year-old from Wigton averaged 104.56, hit twelve 180s and sealed the match with a
170 checkout, the first left-hander to win the event since 2009.

Voss had announced himself in Saturday's semi-final with a nine-darter against Pete
Allardyce, the first ever thrown at the Forum. "I didn't sleep after that," he said. "I
just lay there counting trebles."

The tournament began on Thursday with 32 players. Martens, who won the Northern Masters in
2021, 2022 and 2023, led 5-3 at the interval but missed six darts at double to go 7-4 up
and never recovered.

Voss turned professional in 2016 after a spell as an electrician and has been coached by
former world finalist Dean Rourke since 2020. The win lifts him to sixth in the Order of
Merit.

He will defend his Players Championship title in Wigton on 2 November, and the World
Championship begins at the Palace Hall on 15 December.

FINAL: K Voss 11 J Martens 7 (averages 104.56-99.21).
SEMI-FINALS: Voss 7 Allardyce 4; Martens 7 R Dyer 5.""",
        (
            expect("2024-10-13", "won"),
            expect("2024-10-12", "nine-darter"),
            expect("2024-10-10", "tournament", "began"),
            expect("2021", "Martens"),
            expect("2022", "Martens"),
            expect("2023", "Martens"),
            expect("2016", "professional"),
            expect("2020/..", "coach"),
            expect("2024-11-02", "defend", planned=True),
            expect("2024-12-15", "world", planned=True),
        ),
    ),
    Text(
        "aldvik-sundberg-expansion",
        "battery factory expansion release",
        None,
        """PRESS RELEASE

Aldvik Cells to double capacity at Sundberg battery plant

SUNDBERG, Sweden - 3 February 2025 - Aldvik Cells AB today announced a SEK 4.2 billion
expansion of its battery cell factory in Sundberg, adding a second production line that will
double annual capacity from 16 GWh to 32 GWh.

The municipality of Sundberg granted the building permit last Tuesday. Construction of the
new hall is scheduled to begin in May 2025, and the second line is expected to start
production by the end of 2026, with full capacity expected in 2028.

The plant's first line began series production in November 2022 and now supplies cells to
three European truck makers. Since 2023 the factory has run entirely on hydroelectric power
from the Sunda river, giving cells a carbon footprint about 60 percent below the industry
average.

"Our customers have asked for more cells, sooner," said chief executive Johanna Ekberg.
"Sundberg has the power, the water and the people to deliver them."

Aldvik was founded in 2017 by Ekberg and two battery researchers from Nordvik University.
The expansion is part of the company's Aldvik 2030 plan and will create around 600 jobs;
recruitment is expected to start in the autumn.

About Aldvik Cells
Aldvik Cells AB develops and makes lithium-ion cells for heavy vehicles and energy storage.
It employs 1,340 people in Sundberg and Stockholm.

Media: Karin Lund, +46 8 555 0198, press@aldvik.example
Investor relations: +46 8 555 0199""",
        (
            expect("2025-02-03", "expansion"),
            expect("2025-01-28", "permit"),
            expect("2025-05", "construction", planned=True),
            expect("../2026", "second", "production", planned=True),
            expect("2028", "capacity", planned=True),
            expect("2022-11", "first", "production"),
            expect("2023/..", "hydroelectric"),
            expect("2017", "founded"),
        ),
    ),
    Text(
        "crome-little-hembury-letters",
        "vicar's letters of the 1900s",
        None,
        """Letters of the Rev. Henry J. Crome, Vicar of Little Hembury, to the Archdeacon of Tawford

I.
                                        The Vicarage, Little Hembury,
                                                3rd March, 1903.
My dear Archdeacon,
    I write to tell you that the new treble bell was hung on the 26th ult., & the ringers
are well pleased with it. I am sorry to say that old Mrs. Pellow died on Sunday last, aged
84. She had cleaned the brasses for more than forty years, & I doubt we shall see her like
again.
    The Confirmation is fixed for Thursday the 19th inst. I have eleven candidates, two of
them from Hembury Cross.
                                        Believe me, yr. obedt. servt.,
                                                H. J. Crome.

II.
                                        Little Hembury,
                                                Dec. 9th, 1904.
Dear Mr. Archdeacon,
    The schoolroom roof was finished on Sat. 3rd, a fortnight later than the builder
promised. The churchwardens meet on the 14th to settle his account, which comes to
47l. 10s., & I fear there will be words about it.
                                        Yrs. very truly,
                                                H. J. C.

III.
                                        The Vicarage,
                                                17 Jan. 1906.
My dear Archdeacon,
    The prize-giving for the Sunday School took place on Thursday the 4th, & the Squire
gave the prizes as usual. The Bishop's visitation, which I had expected on the 24th, is now
put off till Feb., as his Lordship is unwell.
    Mr. Dare the antiquary has been looking at our tower & thinks it was built perhaps in
1420, not in 1380 as the guide-book has it. He is to send me his notes.
    With kind regards to Mrs. Ingram,
                                        Yr. obedt. servt.,
                                                H. J. Crome.""",
        (
            expect("1903-02-26", "bell"),
            expect("1903-03-01", "Pellow", "died"),
            expect("1903-03-19", "Confirmation", planned=True),
            expect("1904-12-03", "roof"),
            expect("1904-12-14", "churchwardens", planned=True),
            expect("1906-01-04", "prize"),
            expect("1906-02", "visitation", planned=True),
            expect("1420?", "tower"),
        ),
    ),
    Text(
        "wessel-valley-hedgehog-survey",
        "hedgehog road casualty survey",
        None,
        """Wessel Valley Wildlife Trust
Hedgehog Road Casualty Survey 2024 - Summary Report
Published 12 March 2025 | Report no. WVWT/HOG/11

1. Summary

Volunteers recorded 1,846 hedgehogs killed on roads in the county during the 2024 survey,
which ran from 1 April to 30 September 2024 over 2,014 km of monitored road. The count is
9 percent lower than in 2023, but we cannot yet say whether this reflects fewer hedgehogs
or fewer journeys by volunteers.

The survey was launched in 2014 and has run every summer since. Since 2021 volunteers have
submitted their records through the HogWatch app, which logs the position of each find.

2. Results by month

Month       Casualties   Per 100 km
April          164          8.1
May            298         14.8
June           421         20.9
July           402         20.0
August         337         16.7
September      224         11.1

As in every year, casualties peaked in June and July, when males range widely at night in
search of females.

3. Hotspots and measures

The worst stretch was the A361 at Crossley. After the road was resurfaced in March 2024,
vehicle speeds rose and casualties on the stretch doubled. Two hedgehog tunnels were
installed under the B3120 at Fenny Cross on 14 May 2024; no casualties have been recorded
there since. The county council has agreed to put up warning signs at five hotspots by
31 July 2025.

4. Next steps

The 2025 survey will start on 1 April. Results will be presented at the Trust's AGM on
Thursday 22 May. To volunteer, call 01632 960 448 or visit wesselwildlife.example/hogs.""",
        (
            expect("2024-04-01/2024-09-30", "survey"),
            expect("2014", "launched"),
            expect("2021/..", "app"),
            expect("2024-03", "resurfaced"),
            expect("2024-05-14", "tunnels"),
            expect("../2025-07-31", "signs", planned=True),
            expect("2025-04-01", "survey", "start", planned=True),
            expect("2025-05-22", "presented", planned=True),
        ),
    ),
    Text(
        "carrow-flour-mill-history",
        "flour mill's history",
        None,
        """Carrow Mill - A Short History

A mill stood on this reach of the river Tane by 1086, and the manor's water rights passed
with the estate through the Middle Ages.

The present building was put up c. 1760 for the miller John Weller, in brick with a
weatherboarded lucam over the loading door. The Tapp family bought the mill in 1812 and
worked it for four generations.

In 1884 Josiah Tapp installed roller milling plant from a Manchester firm, and the mill
could then grind 2 tonnes of flour an hour. Fire destroyed the upper floors on the night
of 2 December 1909; the family rebuilt the following year, adding the iron-framed silo that
still dominates the yard.

Competition from the big port mills told in the end, and the mill closed in 1968. The
building stood empty until it was bought by the county council in 1993. Since 1995 the mill
has been run by the Carrow Mill Trust, whose volunteers grind flour on open days and sell
it in the mill shop.

The restoration of the waterwheel, which has not turned since the mill closed, is expected
to be completed in 2026 with the help of a GBP 240,000 lottery grant.

Visiting
Open every Sunday from Easter to October, 11am-4pm. Admission GBP 6, children free.
Carrow Mill, Mill Lane, Carrow TN8 3QD. Tel. 01632 960 352.""",
        (
            expect("../1086", "mill"),
            expect("1760~", "building"),
            expect("1812", "Tapp", "bought"),
            expect("1884", "roller"),
            expect("1909-12-02", "fire"),
            expect("1910", "rebuilt"),
            expect("1968", "closed"),
            expect("1993", "council"),
            expect("1995/..", "Trust"),
            expect("2026", "waterwheel", planned=True),
        ),
    ),
    Text(
        "cladding-remediation-statement",
        "housing minister's building safety statement",
        None,
        """Written Ministerial Statement

Building Safety: Remediation of Unsafe Cladding

Department for Housing and Communities
Made on: 11 September 2024
Made by: Rt Hon Delia Markham MP, Minister of State for Housing
Statement UIN HCWS118

Since the fire at Calder Court in Brentmouth on 9 November 2018, in which 14 people lost
their lives, successive governments have promised that residents would not be left living
in unsafe homes. Progress has been too slow.

On 2 September I published the Cladding Remediation Delivery Plan, which sets out how we
will speed up the work. Figures published by my department on 22 August show that 4,120
residential buildings of 11 metres and over have been identified with unsafe cladding, of
which 1,984 have completed remediation.

Developers that have not yet signed the Developer Remediation Contract must sign it no
later than 31 January 2025 or be barred from the planning system. All buildings over 18
metres with unsafe cladding in a government-funded scheme must be remediated by the end of
2029.

The Building Safety Regulator, which has been in operation since 1 October 2023 under the
Building Standards Act 2021, will take on 120 additional inspectors. A new register of
high-rise residential buildings will open on 1 December, so that residents can see the
status of their own building.

I will update the House on progress no later than 14 November. I will place a copy of the
plan in the Libraries of both Houses.""",
        (
            expect("2018-11-09", "fire"),
            expect("2024-09-02", "plan"),
            expect("2024-08-22", "figures"),
            expect("../2025-01-31", "sign", planned=True),
            expect("../2029", "remediat", planned=True),
            expect("2023-10-01/..", "Regulator"),
            expect("2024-12-01", "register", planned=True),
            expect("../2024-11-14", "update", planned=True),
        ),
    ),
    Text(
        "harnley-library-branch-closures",
        "public library's HTML branch closures page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Branch closures and changes to services | Harnley Libraries</title>
<script type="text/javascript">
  var cookieConsentYear = 2025; var branchCount = 14;
</script>
</head>
<body>
<header>
  <a href="/" class="logo">Harnley Council</a>
  <nav aria-label="Main"><ul>
    <li><a href="/libraries">Libraries</a></li>
    <li><a href="/libraries/opening-hours">Opening hours</a></li>
    <li><a href="/libraries/events">Events</a></li>
    <li><a href="/libraries/join">Join the library</a></li>
  </ul></nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/libraries">Libraries</a> &gt;
  Branch closures</nav>
<h1>Branch closures and changes to services</h1>
<div class="alert alert-warning"><strong>Eastgate Library will close permanently at 5pm on
  Saturday 29 March 2025.</strong></div>
<h2>Eastgate Library</h2>
<p>Following a public consultation, which ran from 1 October to 26 November 2024, the
council's cabinet approved the new library strategy on 22 January. Eastgate Library, which
opened in 1938, will close, and its services will move to the new Eastgate Community Hub on
Calder Street, which opens on Monday 5 May.</p>
<p>Please return any books on loan from Eastgate by Friday 28 March. Items can also be
returned to any Harnley library.</p>
<h2>Hollins Road Library</h2>
<p>Hollins Road Library closed on 14 February for roof repairs and is expected to reopen in
early May. The mobile library visits Hollins Road every Tuesday, 10am&ndash;1pm.</p>
<h2>Millbank Library</h2>
<p>Millbank Library will be closed from Monday 7 to Saturday 12 April while the building is
rewired. The nearest open branch is Central Library (open 9am&ndash;7pm, Mon&ndash;Sat).</p>
<p>Questions? Call 01632 960 210 or email libraries@harnley.gov.example</p>
</main>
<aside>
  <h2>Related pages</h2>
  <ul>
    <li><a href="/libraries/strategy-2025-2030">Library Strategy 2025&ndash;2030</a></li>
    <li><a href="/libraries/opening-hours">Opening hours (updated 1 March 2025)</a></li>
  </ul>
</aside>
<footer>
  <p>Page last updated: <time datetime="2025-03-03">3 March 2025</time></p>
  <p>&copy; Harnley Council 2025</p>
</footer>
<script src="/assets/js/site.min.js?v=2025.02.17"></script>
</body>
</html>""",
        (
            expect("2025-03-29", "Eastgate", "close", planned=True),
            expect("2024-10-01/2024-11-26", "consultation"),
            expect("2025-01-22", "approved"),
            expect("1938", "opened"),
            expect("2025-05-05", "hub", planned=True),
            expect("../2025-03-28", "return", planned=True),
            expect("2025-02-14", "Hollins", "closed"),
            expect("2025-04-07/2025-04-12", "Millbank", planned=True),
        ),
    ),
    Text(
        "pryce-inquest-record",
        "coroner's inquest conclusion record",
        None,
        """RECORD OF AN INQUEST

HM Senior Coroner for the County of Westmarch
Inquest touching the death of: Gareth Owen PRYCE
Case reference: WM-2023-0812

1. Name of the deceased (if known): Gareth Owen Pryce

2. Medical cause of death:
   1a  Traumatic brain injury
   1b  Fall from height

3. How, when and where the deceased came by his death:
   Mr Pryce, a self-employed roofer, was working on the roof of a barn at Hengoed Farm,
   Llanfair Rhos, on 6 August 2023 when he fell about 6 metres through a fragile roof
   light onto a concrete floor. He was taken by air ambulance to Westmarch General
   Hospital, where he died on 8 August 2023. The ladder and crawling boards he used had
   been bought in about 2015 and had not been checked since. The roof lights had last
   been inspected on or about 28 July 2023, and no warning signs were fitted.

4. Conclusion of the coroner as to the death: Accident.

5. Further particulars required to register the death:
   (a) Date and place of birth: 3 February 1961, Harrogate
   (b) Name and surname of deceased: Gareth Owen Pryce
   (c) Sex: Male
   (d) Date and place of death: 8 August 2023, Westmarch General Hospital
   (e) Occupation and usual address: Roofer, 12 Bryn Terrace, Llanfair Rhos LL77 4RT

Notes:
   The inquest was opened on 15 August 2023 and adjourned. The hearing took place from
   13 to 15 May 2024 with a jury of seven. Evidence was heard that Hengoed Farm Ltd changed
   its procedures for contractors on 1 March 2024. A report to prevent future deaths has
   been sent to the Health and Safety Executive, which must respond by 12 July 2024.

Signature of coroner: M. E. Llewellyn
Date: 15 May 2024""",
        (
            expect("1961-02-03", "birth"),
            expect("2023-08-06", "fell"),
            expect("2023-08-08", "died"),
            expect("2015~", "bought"),
            expect("2023-07-28~", "inspected"),
            expect("2023-08-15", "inquest", "opened"),
            expect("2024-05-13/2024-05-15", "hearing"),
            expect("2024-03-01", "procedures"),
            expect("../2024-07-12", "respond", planned=True),
        ),
    ),
    Text(
        "pardoe-bell-foundry-history",
        "bell foundry's history",
        None,
        """Pardoe & Sons Bell Foundry: A History

Bells have been cast at Whitechurch, on the edge of Amblecote, for more than four centuries.
The foundry is said to have been established in 1570 by a Flemish founder, Jan van Loo,
although no bell from his hand is known to survive.

Thomas Pardoe, a brazier from Bristol, took over the business c. 1702. He moved it to its
present site in Whitechurch Lane, probably in 1738, the date cut on the lintel of the old
casting shed. His descendants ran the foundry for the next two and a half centuries.

Between 1914 and 1918 the foundry turned to shell casings for the War Office, and its
bellhangers went to the front. For the new cathedral at Amblecote it cast the ring of
twelve in three stages, in 1926, 1927 and 1931; the tenor weighs 3,190 kg (62 cwt) and
sounds the note D.

After decades of decline the company went into administration in May 2017, and the furnace
fell silent for the first time in living memory. The foundry was acquired by the Pardoe
Bell Trust in 2019, and casting resumed the following year with a new treble for
St Olave's, Hinton. A museum in the old moulding shop is expected to open in 2026.

Tours of the foundry run on the first Saturday of each month at 10.30am and 2pm. Booking
is essential: telephone 01632 960 777.""",
        (
            expect("1570?", "established"),
            expect("1702~", "Pardoe"),
            expect("1738?", "moved"),
            expect("1914/1918", "shell"),
            expect("1926", "cathedral"),
            expect("1927", "cathedral"),
            expect("1931", "cathedral"),
            expect("2017-05", "administration"),
            expect("2019", "acquired"),
            expect("2020", "resumed"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "kelsall-chess-match-calendar",
        "chess club's match calendar",
        date(2024, 11, 20),
        """KELSALL CHESS CLUB
Match Calendar - Season 2024-25 (updated 20 Nov.)

Club nights: every Tuesday, 7.30pm, Kelsall Village Hall (upstairs room). Juniors 6.30pm.
Founded in 1921, the club runs two teams in the Dee Valley League. New members of all
strengths are welcome; the first three visits are free.

LEAGUE FIXTURES (home team first)

Date         Match                              Team   Result
Tue 17 Sep   Kelsall A v Runcorn A              A      Won 3.5-1.5
Thu 3 Oct    Frodsham v Kelsall A               A      Lost 1-4
Mon 28 Oct   Kelsall B v Northwich B            B      Won 4-1
Tue 19 Nov   Kelsall A v Chester City           A      Drawn 2.5-2.5
Tue 10 Dec   Kelsall A v Widnes                 A      -
Thu 9 Jan    Helsby v Kelsall B                 B      -

OTHER EVENTS

Tue 4 Feb    Club Lightning Tournament (5 min per player), entry GBP 3
Tue 20 May   Annual General Meeting - all members please attend

Notes
- Away matches: meet at the Hall at 6.45pm; drivers please tell the captain.
- Average rating of the A team: 1874 (ECF). Board 1: R. Moss (1998).
- Captains: A team - R. Moss (07700 900 415); B team - J. Patel (07700 900 872).
- Subs GBP 40 for the season (juniors GBP 15), due by the first club night.""",
        (
            expect("1921", "founded"),
            expect("2024-09-17", "Runcorn"),
            expect("2024-10-03", "Frodsham"),
            expect("2024-10-28", "Northwich"),
            expect("2024-11-19", "Chester"),
            expect("2024-12-10", "Widnes", planned=True),
            expect("2025-01-09", "Helsby", planned=True),
            expect("2025-02-04", "Lightning", planned=True),
            expect("2025-05-20", "Annual", "Meeting", planned=True),
        ),
    ),
)
