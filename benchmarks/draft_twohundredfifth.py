"""The two-hundred-and-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tsunami warning
centre's bulletin series, a weightlifting championship report, a wind farm repowering approval
release, a ship's surgeon's letters of the 1850s, a dragonfly transect survey report, a ferry
company's history, a health minister's hospital waiting list statement, a museum's HTML opening
hours changes page, a parole board decision, a clock maker's history and a ramblers' club walks
programme. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTH_CORPUS",)


TWOHUNDREDFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "portmere-dock-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 17),
        """PORTMERE, Oct 17 (Halcyon News) - Dockworkers at Portmere, the country's second-busiest
container port, voted on Wednesday to end a nine-day strike after the port authority offered
a 6.5 percent pay rise, union officials said.

The walkout began on Oct. 7 and left more than 40 container ships waiting at anchor off the
Skerry Banks, some of them for a week. Exporters of frozen fish and timber said they had lost
orders worth at least 90 million euros.

Cranes are expected to be working again on Friday morning, and the port authority said it
hoped to clear the backlog of ships by the end of November.

"Nobody wins a strike, but our members have been heard," said Maren Thulin, secretary of the
Portmere branch of the Transport and Harbour Workers' Union. The union's 3,100 members will
vote on the full agreement on Oct. 28.

Under the offer, the 6.5 percent pay rise takes effect on January 1, with a further rise of 3
percent in 2026. Night-shift allowances, paid every quarter, are unchanged.

Freight rates between Portmere and Rotterdam rose 11 percent last week, the steepest weekly
increase since March 2021, according to the shipping data firm Lattice Freight. It was the
first strike at the port since 1998.

Portmere handled 2.4 million containers last year. Its main channel was dredged in 2019 to
take ships of up to 16 metres' draught.

(Reporting by Sander Veij; Editing by Clare Mott)""",
        (
            expect("2024-10-16", "vote", "strike"),
            expect("2024-10-07", "walkout", "began"),
            expect("2024-10-18", "cranes", planned=True),
            expect("../2024-11", "backlog", planned=True),
            expect("2024-10-28", "vote", "agreement", planned=True),
            expect("2025-01-01", "pay", planned=True),
            expect("2026", "rise", planned=True),
            expect("2019", "dredged"),
        ),
    ),
    Text(
        "orvane-acquires-tessa-metals",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orvane Cycle to Acquire Tessa Metals, Expanding Battery Recycling Capacity in Europe

HALVERSTON, Mass., Feb. 26, 2025 /PRWire/ -- Orvane Cycle Inc. (NASDAQ: ORVC), a recycler of
lithium-ion batteries, today announced that it has signed a definitive agreement to acquire
Tessa Metals GmbH of Leipzig, Germany, for $212 million in cash.

Founded in 2011, Tessa Metals recovers nickel, cobalt and lithium from spent electric-vehicle
batteries at two plants in Saxony. It opened its second plant, in Dresden, in March 2019 and
processed some 31,000 tonnes of battery material last year.

"Tessa gives us a European footprint overnight," said Dana Whitcombe, Orvane's chief
executive officer. "Together we will be able to recover metals from 100,000 tonnes of
batteries a year by 2028."

The transaction has been approved by the boards of both companies and is expected to close no
later than June 30, 2025, subject to regulatory approvals. Orvane plans to expand the Dresden
plant in 2026.

Orvane Cycle was listed on the Nasdaq in October 2018. It reported revenue of $1.2 billion for
fiscal 2024, up 18% from the previous year.

Conference Call
Orvane will host a conference call for investors at 8:30 a.m. ET on Thursday, February 27,
2025. Dial-in: +1 (800) 555-0143, passcode 4471902.

About Orvane Cycle
Orvane Cycle Inc. operates five battery recycling plants in the United States and Canada and
employs 1,900 people.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media Contact: Jo Perrin, +1 (617) 555-0188, press@orvanecycle.example
Source: Orvane Cycle Inc.""",
        (
            expect("2025-02-26", "agreement"),
            expect("2011", "founded"),
            expect("2019-03", "plant"),
            expect("../2028", "recover", planned=True),
            expect("../2025-06-30", "close", planned=True),
            expect("2026", "expand", planned=True),
            expect("2018-10", "listed"),
            expect("2025-02-27", "call", planned=True),
        ),
    ),
    Text(
        "halberg-v-crownstead-greenhouse",
        "court opinion",
        None,
        """SUPERIOR COURT OF THE STATE OF NEW CAMDEN
HARLOW COUNTY

HALBERG NURSERIES, LLC,
                Plaintiff,
        v.                                  Civil Action No. HAR-22-CV-04417
CROWNSTEAD GLASS & STEEL, INC.,
                Defendant.

MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

I. BACKGROUND

The following facts are undisputed except where noted. Halberg Nurseries, LLC ("Halberg")
grows bedding plants near Tilden. On or about April 12, 2021, Halberg contracted with
Crownstead Glass & Steel, Inc. ("Crownstead") for the construction of a 60,000-square-foot
greenhouse at a price of $2,340,000. Crownstead began work on the site on or about May 3,
2021. The contract called for completion within eight months.

The structure was not substantially complete until March 30, 2022. In the meantime, on or
about January 20, 2022, a section of the partly glazed roof collapsed under snow, destroying
plants stored beneath it. Halberg contends that the roof trusses did not meet the snow-load
standard of the 2018 Harlow County Building Code; Crownstead contends that the loss was caused
by Halberg's failure to heat the structure.

II. PROCEDURAL HISTORY

Halberg filed this action on August 9, 2022, alleging breach of contract and breach of
warranty. Crownstead moved for summary judgment on June 2, 2023. The Court heard oral argument
on November 14, 2023.

III. DISCUSSION

Summary judgment is appropriate only where there is no genuine dispute as to any material
fact. Pell v. Danbury Mills, 311 N.Cam. 45, 49 (1998). Here the parties' experts disagree on
the design snow load and on the temperature inside the structure on the night of the
collapse. Those are questions for the jury.

IV. CONCLUSION

For these reasons, Defendant's motion for summary judgment is DENIED. A status conference is
set for March 25, 2024, at 10:00 a.m. The parties shall complete expert depositions no later
than June 28, 2024, and trial is expected to begin in September 2024.

SO ORDERED.

Dated: March 4, 2024                        /s/ Margaret A. Leone
                                            Judge of the Superior Court""",
        (
            expect("2021-04-12~", "contract"),
            expect("2021-05-03~", "work"),
            expect("2022-03-30", "complete"),
            expect("2022-01-20~", "roof", "collapse"),
            expect("2022-08-09", "filed"),
            expect("2023-06-02", "summary", "judgment"),
            expect("2023-11-14", "argument"),
            expect("2024-03-25", "conference", planned=True),
            expect("../2024-06-28", "depositions", planned=True),
            expect("2024-09", "trial", planned=True),
        ),
    ),
    Text(
        "aldermoor-canal",
        "encyclopedia history",
        None,
        """Aldermoor Canal

The Aldermoor Canal is a 31-mile (50 km) broad canal in the north of England, linking the
River Tarne at Coldbeck with the former Aldermoor coalfield at Henthorpe. Nineteen miles of it
are navigable.

History

A canal to carry Aldermoor coal to the Tarne was first proposed c. 1765 by the landowner Sir
Ralph Cheyne, but the scheme lapsed for want of subscribers. It was revived by a group of
Coldbeck merchants, and the Aldermoor Navigation Act 1791 authorised a company to raise
£180,000. Construction began in 1792 under the engineer Josiah Pellow. The 1,204-yard Hestle
Tunnel, said to have been dug by 400 navvies, was completed perhaps in 1799, and the canal
opened throughout on 18 May 1801.

Traffic grew steadily in the 1820s and 1830s. The arrival of the Tarne Valley Railway at
Henthorpe in 1853 took much of the coal trade, and the canal company sold out to the railway
in 1858. The last commercial cargo, a load of coal for Coldbeck gasworks, passed through the
tunnel on 2 October 1938, and the canal was formally abandoned after the Second World War.

Restoration

The Aldermoor Canal Trust was formed in 1971. Between 1985 and 1994 its volunteers rebuilt 14
locks on the lower canal. The Trust plans to reopen the Hestle Tunnel by 2027, at an estimated
cost of £21 million.

See also
Canals of Great Britain

References
1. Pellow, J. (1802). A Report on the Aldermoor Navigation. Coldbeck.
2. Harker, M. (1987). The Aldermoor Canal. Tarne Books. p. 112.
3. "Hestle Tunnel appeal launched". Coldbeck Gazette. 4 March 2021. Retrieved 9 July 2023.""",
        (
            expect("1765~", "proposed"),
            expect("1792", "construction"),
            expect("1799?", "tunnel"),
            expect("1801-05-18", "opened"),
            expect("1853", "railway"),
            expect("1858", "sold"),
            expect("1938-10-02", "cargo"),
            expect("1971", "trust", "formed"),
            expect("1985/1994", "locks"),
            expect("../2027", "tunnel", "reopen", planned=True),
        ),
    ),
    Text(
        "harrowgate-beat-bellport",
        "sports report",
        date(2025, 3, 9),
        """Marsh double sends Harrowgate four points clear

By Dan Quill

Harrowgate Town 3 Bellport Rovers 1

Leo Marsh scored twice against his old club as Harrowgate Town beat Bellport Rovers 3-1 at the
Kilnfield on Saturday to move four points clear at the top of the Northern Premier League.

Marsh, 29, who signed from Bellport in January 2024, opened the scoring in the 14th minute
with a low shot from 20 yards and added a second from the penalty spot after 61 minutes, when
Dylan Crewe was tripped by the Rovers captain Sam Ojo. Bellport pulled one back through the
substitute Kai Brennan in the 78th minute before Tom Hesketh headed in a corner in stoppage
time.

It was Harrowgate's first league win over Bellport since August 2019, and a crowd of 2,019,
the biggest at the Kilnfield this season, stayed to applaud the players off.

"We were patient, and Leo was ruthless," said manager Ruth Okafor, appointed in November 2023.
"But we have won nothing yet."

Harrowgate, who last won the league title in 1987, were relegated in 2021 and bounced straight
back the following season.

Rovers, who have lost only once at home since Boxing Day, host Castleford on Tuesday night.
Harrowgate travel to second-placed Wexley Athletic on Saturday 15 March. They have already
reached the county cup final, which will be played at Moss Lane on April 26.

Harrowgate Town: Pryce; Adeyemi, Holt, Carver, Lusk; Crewe, Bannon (Whitley 84), Hesketh;
Sayer, Marsh, Olsen (Ruddock 76). Subs not used: Grant, Ellery.
Bellport Rovers: Kemp; Ojo, Fenn, Ashdown, Rees; Pike, Lowther (Brennan 66), Doyle; Cato,
Mbeki, Sturridge.
Referee: Gareth Lyle. Attendance: 2,019.""",
        (
            expect("2025-03-08", "bellport"),
            expect("2024-01", "signed"),
            expect("2023-11", "appointed"),
            expect("1987", "title"),
            expect("2021", "relegated"),
            expect("2025-03-11", "castleford", planned=True),
            expect("2025-03-15", "wexley", planned=True),
            expect("2025-04-26", "final", planned=True),
        ),
    ),
    Text(
        "tamsin-hale-biscuits-story",
        "company history",
        None,
        """Tamsin & Hale - Our Story

It began in a back kitchen in Moorbridge in about 1894, when Ada Tamsin started baking ginger
biscuits to sell at the town's Saturday market. Her nephew Walter Hale joined her in 1902, and
the following year the pair opened their first shop, on Cobb Street.

The first Tamsin & Hale factory, on the banks of the Leet, opened on 4 June 1911. Between 1914
and 1918 it baked ration biscuits for the army, and many of our bakers served in France. In the
1920s our tins travelled as far as India and Argentina.

Our best-loved biscuit, the Oat Crunch, was launched in 1934 and is still baked to Ada's
recipe - 1,934 of them every minute, at our Fenton Park bakery.

A fire destroyed the old Leet bakehouse on 11 February 1952. Nobody was hurt, and two years
later production moved to a new site at Fenton Park, where it remains.

For fifteen years the company belonged to Norland Foods, until the Hale family bought it back.
Since 2015 every one of our biscuits has been made without palm oil, and we plan to be carbon
neutral by 2030.

Today 410 people work for Tamsin & Hale, and we still bake in Moorbridge every day of the
week.

Tamsin & Hale Ltd, Fenton Park, Moorbridge MB4 2LT
Registered in England No. 00127733 | © 2024 Tamsin & Hale Ltd""",
        (
            expect("1894~", "bak"),
            expect("1902", "joined"),
            expect("1903", "shop"),
            expect("1911-06-04", "factory"),
            expect("1914/1918", "ration"),
            expect("1934", "crunch"),
            expect("1952-02-11", "fire"),
            expect("1954", "production"),
            expect("2015/..", "palm"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission-summary",
        "mission summary",
        None,
        """KESTREL-2 ASTEROID SAMPLE RETURN - MISSION SUMMARY
Status as of 30 June 2024

Spacecraft:       Kestrel-2 (KS-2)
Launch mass:      1,988 kg
Launch vehicle:   Corvan-4B, Lantern Point Space Centre
Target:           near-Earth asteroid (41877) 1998 QK12 "Tamarind"

Overview
Kestrel-2 was launched on 14 September 2021 at 03:12 UTC. After an Earth gravity-assist flyby
on 2 October 2022, at an altitude of 3,140 km, the spacecraft arrived at Tamarind on 7 June
2023 and spent the next six months mapping its surface.

After one of the four reaction wheels failed in late August 2023, science operations resumed
on about 18 September, once the team had switched the spacecraft to a three-wheel mode.

Sampling
Two touch-and-go sampling attempts were made, on 19 and 26 January 2024. The first was aborted
4 m above the surface when a hazard sensor tripped; the second collected an estimated 6.5 g of
regolith. The spacecraft departed Tamarind on 3 April 2024 and is now cruising back to Earth.

Next steps
- The sample capsule is scheduled to land at the Calder Range test site on 11 December 2026.
- The capsule will be opened at the Hollis Curation Facility within about two weeks of
  landing.
- After releasing the capsule, the spacecraft is expected to fly by the small asteroid
  (99412) Ollerin in 2029.

Principal investigator: Dr Hana Ribeiro
Page last updated: 2 July 2024""",
        (
            expect("2021-09-14", "launch"),
            expect("2022-10-02", "earth", "flyby"),
            expect("2023-06-07", "arrived"),
            expect("2023-09-18~", "resumed"),
            expect("2024-01-19", "sampl"),
            expect("2024-01-26", "sampl"),
            expect("2024-04-03", "departed"),
            expect("2026-12-11", "capsule", planned=True),
            expect("2029", "ollerin", planned=True),
        ),
    ),
    Text(
        "eastern-basin-drought-emergency",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
MEDIA STATEMENT
22 August 2025

Minister Landell declares drought emergency in the Eastern Basin

Reservoir levels in the Eastern Basin fell to 31 per cent of capacity on 20 August, the lowest
level for the time of year since records began in 1961. Rainfall since January has been less
than half the long-term average.

Having consulted the Basin Water Board and the four water utilities, the Government has today
declared a Stage 3 drought emergency for the Eastern Basin under section 14 of the Water
Services Act 2007.

The following measures will apply:
  - A ban on the use of hosepipes and garden sprinklers will take effect on 1 September.
  - Water utilities must submit leakage-reduction plans to the Ministry no later than
    30 September 2025.
  - Car washes and golf courses will be limited to 40 per cent of their usual use.

The emergency will be reviewed on or before 15 October.

"Every household can help, and every litre counts," said the Minister of Water and
Environment, Priya Landell. "We will not hesitate to go further if the rains fail again."

The Kettering Dam desalination plant, commissioned in March 2023, is now running at its full
capacity of 150 million litres a day. A second plant, at Port Avon, is expected to come online
by the end of 2027.

Minister Landell will visit farmers and water officials in Weston Vale on Tuesday.

Media enquiries: Thabo Reyes, 012 555 0199, media@mwe.gov.example

ENDS""",
        (
            expect("2025-08-20", "reservoir"),
            expect("2025-08-22", "declared"),
            expect("2025-09-01", "hosepipe", planned=True),
            expect("../2025-09-30", "leakage", planned=True),
            expect("../2025-10-15", "review", planned=True),
            expect("2023-03", "commissioned"),
            expect("../2027", "avon", planned=True),
            expect("2025-08-26", "visit", planned=True),
        ),
    ),
    Text(
        "dunmore-tram-extension-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ashgrove tram extension to open in September | Dunmore Courier</title>
<script async src="https://stats.dunmorecourier.example/t.js"></script>
<script>window.dc = window.dc || []; dc.push({section: "transport", id: 88412});</script>
</head>
<body>
<nav class="site-nav">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/news/">News</a></li>
    <li><a href="/news/transport/">Transport</a></li>
    <li><a href="/sport/">Sport</a></li>
  </ul>
</nav>
<main>
<article>
<h1>Ashgrove tram extension to open in September after signalling fault</h1>
<p class="byline">By Nora Fenwick, Transport Reporter</p>
<p class="meta"><time datetime="2024-05-21T07:30:00+01:00">Tuesday 21 May 2024, 07:30</time>
 &middot; Updated <time datetime="2024-05-21T16:05:00+01:00">16:05</time></p>
<figure>
  <img src="/img/2024/05/line2-test-tram.jpg" alt="A tram at Quarry Hill depot">
  <figcaption>A test tram at Quarry Hill depot in April. Photo: Dunmore Courier</figcaption>
</figure>
<p>The &pound;310m extension of Dunmore's Line 2 to Ashgrove will open to passengers on
14 September, five months later than planned, the city's transport authority confirmed on
Monday.</p>
<p>Test running on the 4.2km extension was suspended on 2 March after a fault in the
signalling system left two trams stranded in the Kelso Road tunnel. It resumed on 29 April,
and the authority said the system had since run for 400 hours without a fault.</p>
<p>Track laying was finished last October.</p>
<p>"We would rather open late than open with a system we don't trust," said Councillor Imran
Dale, chair of the transport committee. A public open day with free rides is planned for
Saturday 7 September.</p>
<p>Line 2, which opened in 2009, carried 11.2 million passengers last year, the most since it
opened. A decision on the business case for a Line 3 to the airport is expected by the end of
the year.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/transport/bus-fares">Bus fares to rise by 10p</a>
      <time datetime="2024-05-14">14 May 2024</time></li>
    <li><a href="/news/transport/kelso-road-cycle-lane">Kelso Road cycle lane approved</a>
      <time datetime="2024-04-30">30 April 2024</time></li>
  </ul>
</aside>
</main>
<footer><p>&copy; 2024 Dunmore Courier Ltd. All rights reserved.</p></footer>
<script src="/js/comments.min.js" defer></script>
</body>
</html>""",
        (
            expect("2024-09-14", "open", planned=True),
            expect("2024-05-20", "confirmed"),
            expect("2024-03-02", "suspended"),
            expect("2024-04-29", "resumed"),
            expect("2023-10", "track"),
            expect("2024-09-07", "open", "day", planned=True),
            expect("2009", "line", "opened"),
            expect("../2024", "decision", planned=True),
        ),
    ),
    Text(
        "varua-tsunami-threat-messages",
        "tsunami warning centre's bulletin series",
        None,
        """SOUTH CORAL SEA TSUNAMI WARNING CENTRE

TSUNAMI THREAT MESSAGE NUMBER 1
ISSUED AT 2231 UTC SUN 06 JUL 2025

...PRELIMINARY EARTHQUAKE PARAMETERS...

  * MAGNITUDE      7.6
  * ORIGIN TIME    2218 UTC JUL 06 2025
  * COORDINATES    17.4 SOUTH 168.9 EAST
  * DEPTH          25 KM / 16 MILES
  * LOCATION       NEAR THE VARUA ISLANDS

...EVALUATION...

  * AN EARTHQUAKE WITH A PRELIMINARY MAGNITUDE OF 7.6 OCCURRED NEAR THE VARUA ISLANDS AT
    2218 UTC ON SUNDAY JULY 6 2025.
  * HAZARDOUS TSUNAMI WAVES ARE POSSIBLE FOR COASTS LOCATED WITHIN 1000 KM OF THE EPICENTER.

...ESTIMATED TIMES OF INITIAL TSUNAMI ARRIVAL...

  LOCATION         REGION          COORDINATES     ARRIVAL TIME
  --------------------------------------------------------------
  PORT LENARD      VARUA ISLANDS   17.7S 168.3E    2249 UTC JUL 06
  AMBRY BAY        NEW ALDEN       15.2S 167.1E    0027 UTC JUL 07
  KALO POINT       TOKELAI         19.9S 171.6E    0112 UTC JUL 07

THE NEXT MESSAGE WILL BE ISSUED BY 2330 UTC.

TSUNAMI THREAT MESSAGE NUMBER 3
ISSUED AT 0105 UTC MON 07 JUL 2025

...TSUNAMI OBSERVATIONS...

  GAUGE LOCATION   COORDINATES    TIME (UTC)     AMPLITUDE
  ---------------------------------------------------------
  PORT LENARD      17.7S 168.3E   2259 JUL 06    0.92M/3.0FT
  AMBRY BAY        15.2S 167.1E   0041 JUL 07    0.35M/1.1FT

  * AN AFTERSHOCK OF MAGNITUDE 6.1 OCCURRED AT 2344 UTC JUL 06 ABOUT 40 KM NORTH OF THE
    MAIN SHOCK. IT DID NOT GENERATE A TSUNAMI.
  * THE WAVE AT PORT LENARD WAS THE LARGEST RECORDED THERE SINCE 1999.

TSUNAMI THREAT MESSAGE NUMBER 4 - FINAL
ISSUED AT 0420 UTC MON 07 JUL 2025

  * BASED ON ALL AVAILABLE DATA THE THREAT HAS PASSED, AND THE TSUNAMI WARNING FOR THE VARUA
    ISLANDS IS NOW CANCELLED.
  * THIS WILL BE THE FINAL MESSAGE ISSUED FOR THIS EVENT UNLESS ADDITIONAL INFORMATION
    BECOMES AVAILABLE.

$$""",
        (
            expect("2025-07-06", "earthquake"),
            expect("2025-07-06", "lenard", planned=True),
            expect("2025-07-07", "ambry", planned=True),
            expect("2025-07-07", "kalo", planned=True),
            expect("2025-07-06", "lenard"),
            expect("2025-07-07", "ambry"),
            expect("2025-07-06", "aftershock"),
            expect("2025-07-07", "cancel"),
        ),
    ),
    Text(
        "karvina-weightlifting-day-five",
        "weightlifting championship report",
        date(2025, 11, 14),
        """CONTINENTAL WEIGHTLIFTING CHAMPIONSHIPS - DAY 5 REPORT

KARVINA, 14 November

Voss equals championship record to take 71kg gold

Mirela Voss of Germany won the women's 71kg title on Friday evening with a total of 252kg,
lifting 113kg in the snatch and 139kg in the clean and jerk.

Her final lift equalled the championship record and gave her a winning margin of 4kg over
Poland's Kinga Mrozek (248kg). Elif Sarac of Turkey took bronze with 241kg.

Voss, 24, had surgery on her left knee in March and was not sure of her place in the team
until the autumn. "I didn't know if I would even be here," she said. "To win with the last
lift of the night is something I will never forget." She won bronze medals at these
championships in 2021 and 2023.

Results - Women's 71kg
  1. Mirela Voss (GER)      113 / 139 / 252
  2. Kinga Mrozek (POL)     110 / 138 / 248
  3. Elif Sarac (TUR)       108 / 133 / 241
  4. Ines Lagarde (FRA)     106 / 131 / 237

Anti-doping
Two lifters from the men's 61kg category were provisionally suspended on Wednesday after
positive out-of-competition tests, the federation's integrity unit said.

Schedule
The men's 89kg final is on Saturday, and the championships close on Sunday 16 November with
the men's +109kg. Results from Karvina count towards qualification for the 2028 Olympic Games.
The next championships will be held in Split from 3 to 10 October 2026.""",
        (
            expect("2025-11-14", "71kg"),
            expect("2025-03", "surgery"),
            expect("2021", "bronze"),
            expect("2023", "bronze"),
            expect("2025-11-12", "suspended"),
            expect("2025-11-15", "89kg", planned=True),
            expect("2025-11-16", "close", planned=True),
            expect("2026-10-03/2026-10-10", "split", planned=True),
        ),
    ),
    Text(
        "garth-moel-repowering-consent",
        "wind farm repowering approval release",
        None,
        """NEWS RELEASE
Energy Consents Unit, Department for Climate and Rural Affairs

Issued: 3 April 2025        Reference: ECU/WF/2291

Minister approves repowering of Garth Moel wind farm

The Minister for Energy, Cerys Aldred, has today granted consent for the repowering of the
Garth Moel wind farm in the Cambrian uplands, replacing its 34 original turbines with 12
larger machines.

Garth Moel has generated electricity since December 1996 and was one of the first commercial
wind farms in the region. Its 600 kW turbines, 42 metres to the blade tip, will be replaced by
turbines of up to 6.2 MW and 180 metres to the tip, raising the site's capacity from 20.4 MW
to 74.4 MW.

The application by Moel Renewables Ltd was submitted on 14 June 2023. A public inquiry sat at
Llanfair Hall from 9 to 18 October 2024, and the Inspector's report was received by the
Minister on 20 January 2025.

Key conditions of the consent:
  * decommissioning of the existing turbines must begin no later than 31 March 2027;
  * no construction traffic during the bird nesting season each year (1 April to 31 July);
  * a community benefit fund of £5,000 per MW per year, which will open for applications on
    1 January 2030;
  * the new turbines are expected to be operational by the end of 2029.

"Garth Moel showed a generation ago what wind could do. Repowering will let the same hillside
power three times as many homes," the Minister said.

Notes to editors
1. The decision was taken under section 36 of the Energy Infrastructure Act 2022.
2. The decision letter and the Inspector's report are published on the Unit's website.
3. Press office: 0300 555 0176 (out of hours 07700 900 331).""",
        (
            expect("2025-04-03", "consent"),
            expect("1996-12/..", "generat"),
            expect("2023-06-14", "submitted"),
            expect("2024-10-09/2024-10-18", "inquiry"),
            expect("2025-01-20", "report"),
            expect("../2027-03-31", "decommission", planned=True),
            expect("2030-01-01", "fund", planned=True),
            expect("../2029", "operational", planned=True),
        ),
    ),
    Text(
        "calliope-surgeon-letters",
        "ship's surgeon's letters of the 1850s",
        None,
        """H.M.S. Calliope, Valparaiso Bay,
3rd March 1853.

My dearest Eliza,

We came to an anchor here on the 27th ult., after a passage of 58 days from Rio, the last
three weeks of it very boisterous. We rounded the Horn on the 9th Feby. in a gale that carried
away our fore-topmast, & I had my hands full with broken limbs for a week after.

I grieve to tell you that poor Jenkins, the carpenter's mate, died on Tuesday last of the
dysentery, & was buried ashore the next day. He was but 23 yrs. of age.

The Captain is to sail for Callao on the 10th inst., & I shall write again from there. Direct
yr. letters to me c/o Messrs. Gibbs & Co., Lima.

Ever yr. affect. brother,
Thos. Ancell

                                   ---

Callao, 19th April.

My dear Eliza,

We arrived here on Saturday the 16th, & found the yellow fever in the squadron. It broke out
in the Amphitrite about the 1st of the month, & she has lost eleven men. I keep our people on
board & burn tar between decks morning & evening, which the men laugh at, but we have not one
case.

Love to Mother & the girls.
Thos. A.

                                   ---

Valparaiso, 2d Novr. 1854.

My dearest Eliza,

I am glad to tell you that I was promoted Surgeon on the 18th Sept. last, & have now a cabin
to myself & 15s. a day.

We are ordered home at last, & expect to sail on or about the 20th inst. I hope to be with you
all by the spring, & brown as a Chilean.

Yr. ever affectionate brother,
Thos. Ancell""",
        (
            expect("1853-02-27", "anchor"),
            expect("1853-02-09", "horn"),
            expect("1853-03-01", "died"),
            expect("1853-03-02", "buried"),
            expect("1853-03-10", "sail", "callao", planned=True),
            expect("1853-04-16", "arrived"),
            expect("1853-04-01~", "fever"),
            expect("1854-09-18", "promoted"),
            expect("1854-11-20~", "sail", planned=True),
        ),
    ),
    Text(
        "heathfield-dragonfly-transect-2024",
        "dragonfly transect survey report",
        None,
        """HEATHFIELD COMMON DRAGONFLY TRANSECT
Annual Report, 2024 season

Recorder: Gwen Partridge
Report date: 12 November 2024

1. Summary
The 1.8 km transect around the six ponds on Heathfield Common has been walked since 2009,
following the standard method of the national dragonfly monitoring scheme. In 2024 nineteen
walks were completed between 2 May and 27 September. A total of 2,014 adults of 17 species was
counted, the highest total since 2018, with Common Darter and Azure Damselfly the most
numerous.

2. Weather
Three visits, on 4, 11 and 18 June, were abandoned because of rain or wind, and the June total
was the lowest on record. July was warm, and three of its four walks counted over 200 insects.

3. Notable records
  * The first Hairy Dragonfly of the year was seen at Pond 2 on 9 May, eleven days earlier
    than in 2023.
  * A male Small Red-eyed Damselfly was recorded at Pond 6 on 23 July, the first record for
    the site.
  * Emperor Dragonflies were seen egg-laying at Pond 4 every week through the summer.

4. Site management
  * Pond 3 was dredged and re-profiled by the Heathfield Conservators last winter.
  * Scrub clearance around Pond 5 is scheduled to be completed by 28 February 2025.
  * Cattle grazing returns to the north compartment each autumn.

5. The 2025 season
Walks will resume on or about 1 May 2025. New volunteers are welcome: please contact the
recorder on 01632 960 772.

Table 1. Top five species, 2024 (2023 in brackets)
  Common Darter            612  (540)
  Azure Damselfly          488  (391)
  Four-spotted Chaser      203  (177)
  Large Red Damselfly      161  (150)
  Emperor Dragonfly         74   (68)""",
        (
            expect("2009/..", "transect"),
            expect("2024-05-02/2024-09-27", "walks"),
            expect("2024-06-04", "abandoned"),
            expect("2024-06-11", "abandoned"),
            expect("2024-06-18", "abandoned"),
            expect("2024-05-09", "hairy"),
            expect("2024-07-23", "damselfly"),
            expect("../2025-02-28", "scrub", planned=True),
            expect("2025-05-01~", "resume", planned=True),
        ),
    ),
    Text(
        "strand-isles-ferry-history",
        "ferry company's history",
        None,
        """STRAND & ISLES FERRY COMPANY
A Short History

Boats have crossed the Sound of Kerrin for as long as anyone can remember. The stone slipway
at Strand, said to have been built in 1820 by the Laird of Kerrin, is still used by our
smaller vessels today.

The company traces its origins to a rowing ferry that the boatman Hugh McAra ran between Strand
and Port Ellan in Victorian times, charging a penny a head. A steam launch, the Kerrin Belle,
took over the crossing c. 1890.

The Strand & Isles Ferry Company was incorporated on 2 April 1903. Between 1940 and 1945 the
whole fleet was requisitioned by the Admiralty, and islanders were carried across the Sound by
a single hired fishing boat.

Our first car ferry, the MV Mairi Rose, entered service in 1958 and could carry eight cars.
Three sister ships joined her in 1964, 1966 and 1971.

After a long period in private hands, the company has been owned by the Kerrin Islands Council
since 1997. Today our five ships make more than 30 crossings a day in summer.

Our newest vessel, a 45-metre diesel-electric hybrid ferry now being built at Clydemouth, is
expected to enter service in 2026.

Strand & Isles Ferry Company | Pier Road, Strand, Isle of Kerrin KR1 1AA
Bookings 01632 960 100""",
        (
            expect("1820?", "slipway"),
            expect("1890~", "belle"),
            expect("1903-04-02", "incorporated"),
            expect("1940/1945", "requisitioned"),
            expect("1958", "mairi"),
            expect("1964", "sister"),
            expect("1966", "sister"),
            expect("1971", "sister"),
            expect("1997/..", "owned"),
            expect("2026", "hybrid", planned=True),
        ),
    ),
    Text(
        "waiting-lists-ministerial-statement",
        "health minister's hospital waiting list statement",
        None,
        """ORAL STATEMENT
Hospital waiting lists
Dr Anwen Morcar, Minister for Health and Social Care
Tuesday 11 February 2025

Presiding Officer, I want to update Members on what we are doing to bring down hospital
waiting lists.

The waiting list has now fallen for five months in a row, and the number of people waiting
more than two years is the lowest since 2019.

Winter has been hard. The resident doctors' strike from 14 to 17 January led to 9,800
appointments and operations being postponed, and every one of those patients has now been
offered a new date.

Capacity is growing. The Westbrook surgical hub opened on 6 January and will carry out 7,000
hip, knee and cataract operations a year. Since 1 January, patients referred for orthopaedic
surgery have been able to choose any hospital in the country with a shorter wait.

The £240 million announced in the Budget on 30 October last year is being spent on:
  - new diagnostic centres at Penhallow and Carne, which will open in June and September
    respectively;
  - 120 extra beds for planned surgery at Morva General;
  - evening and weekend clinics in every health board.

Members will remember the gains of the 2018 Planned Care Programme. We intend to go further.
We will eliminate waits of over 65 weeks by the end of March, and waits of over 52 weeks by
March 2026.

I have today asked Professor Ilse Varga to lead an independent review of outpatient booking,
and I will publish a full recovery plan no later than 30 April.

Thank you, Presiding Officer.""",
        (
            expect("2025-01-14/2025-01-17", "strike"),
            expect("2025-01-06", "westbrook"),
            expect("2025-01-01/..", "choose"),
            expect("2024-10-30", "budget"),
            expect("2025-06", "penhallow", planned=True),
            expect("2025-09", "carne", planned=True),
            expect("../2025-03", "65", planned=True),
            expect("../2026-03", "52", planned=True),
            expect("2025-02-11", "review"),
            expect("../2025-04-30", "recovery", planned=True),
        ),
    ),
    Text(
        "harwick-museum-opening-hours-html",
        "museum's HTML opening hours changes page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Opening hours and closures - Harwick Museum</title>
<script src="/static/js/cookie-consent.js"></script>
</head>
<body>
<nav aria-label="Main">
  <a href="/">Home</a> | <a href="/visit/">Visit</a> | <a href="/whats-on/">What's on</a> |
  <a href="/collections/">Collections</a> | <a href="/shop/">Shop</a>
</nav>
<main>
<h1>Opening hours and closures</h1>
<section>
<h2>Normal opening hours</h2>
<p>Tuesday to Sunday, 10:00&ndash;17:00 (last entry 16:15). Closed on Mondays, except bank
holidays. Admission is free. The Riverside Caf&eacute; is open 10:00&ndash;16:30.</p>
</section>
<section>
<h2>Changes to opening hours</h2>
<ul class="changes">
  <li><time datetime="2025-03-17">Monday 17 March</time>: <strong>open</strong>
    10:00&ndash;17:00 for the St Patrick's Day holiday.</li>
  <li><time>24 March</time> to <time>28 March</time>: <strong>closed</strong> for the
    installation of new lighting in the Lindqvist Gallery.</li>
  <li>Saturday 5 April: the caf&eacute; will close at 15:00 for a private event.</li>
  <li><time datetime="2025-04-18">Good Friday, 18 April</time>: open as normal.</li>
</ul>
<p class="notice">The museum closed early, at 13:30, on Saturday 1 March because of a power
cut. We apologise to everyone whose visit was cut short.</p>
</section>
<section>
<h2>East Wing</h2>
<p>The East Wing has been closed for refurbishment since 6 January 2025 and will reopen on
<time datetime="2025-06-14">14 June 2025</time> with a new display of the Harwick Hoard,
found by a ploughman in 1978.</p>
<p>Late opening: the first Thursday of every month, until 20:30.</p>
</section>
</main>
<footer>
<p>Harwick Museum, Castle Street, Harwick HW1 2AB &middot; Tel 01632 960 414</p>
<p>Page last updated <time datetime="2025-03-03">3 March 2025</time> &middot;
&copy; 2025 Harwick Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-17", "patrick", planned=True),
            expect("2025-03-24/2025-03-28", "closed", planned=True),
            expect("2025-04-05", "caf", planned=True),
            expect("2025-04-18", "friday", planned=True),
            expect("2025-03-01", "closed"),
            expect("2025-01-06/..", "east", "closed"),
            expect("2025-06-14", "reopen", planned=True),
            expect("1978", "found"),
        ),
    ),
    Text(
        "holloway-parole-decision",
        "parole board decision",
        None,
        """PAROLE BOARD
DECISION SUMMARY

Name:             Darren Keith HOLLOWAY
Prison number:    A4471KT
Establishment:    HMP Eastleigh Grange
Review type:      Oral hearing (second review)
Hearing date:     8 May 2025
Decision date:    21 May 2025
Panel:            two independent members, one psychologist member

1. Introduction
1.1 Mr Holloway, now 47, was sentenced on 12 October 2011 to life imprisonment for the murder
of Stephen Pyle, committed on or about 3 February 2010. His minimum term of 14 years, less
time spent on remand, expired in February 2024.

2. Evidence
2.1 Mr Holloway has been held in open conditions since August 2023. He has completed eleven
periods of release on temporary licence without incident.
2.2 He completed the Kaizen programme in 2019 and the Thinking Skills Programme between 2015
and 2016. In November 2018 he was found in possession of a mobile phone; this was his last
adjudication.
2.3 The oral hearing took place by video link on 8 May 2025. The panel heard evidence from
Mr Holloway, his prison and community offender managers and a prison psychologist.

3. Decision
3.1 The panel is satisfied that imprisonment is no longer necessary for the protection of the
public and directs Mr Holloway's release. Release is expected to take place no later than
20 June 2025, once approved premises accommodation is confirmed.
3.2 His licence conditions will include residence at designated accommodation, an exclusion
zone covering the Westgate district and a curfew from 21:00 to 07:00.

Marion Cole
Panel Chair
21 May 2025""",
        (
            expect("2011-10-12", "sentenced"),
            expect("2010-02-03~", "murder"),
            expect("2024-02", "expired"),
            expect("2023-08/..", "open"),
            expect("2019", "kaizen"),
            expect("2015/2016", "thinking"),
            expect("2018-11", "phone"),
            expect("2025-05-08", "hearing"),
            expect("../2025-06-20", "release", planned=True),
        ),
    ),
    Text(
        "thwaite-orme-clockmakers",
        "clock maker's history",
        None,
        """THWAITE & ORME OF KENDRICK
A history of the clockmaking firm

Josiah Thwaite (1771-1840) was apprenticed to a Leeds watchmaker, perhaps in 1786, and opened
his own shop in Kendrick c. 1795. The earliest surviving clock with his name is an eight-day
longcase with a painted dial, now in the town museum.

His son-in-law Matthew Orme became a partner in 1821, and the firm took the name Thwaite &
Orme the following year. The turret clock the partners made for St Oswald's church first
struck the hours on 23 December 1834 and was paid for by public subscription.

Between 1850 and 1875, under Orme's son Henry, the workshop in Fell Street made some 4,000
clocks, many of them for export to the colonies. Henry Orme won a silver medal at the
Universal Exhibition in Paris in 1867 for a regulator with a mercury pendulum.

The business declined after the 1890s and was later sold to a Bradford firm, which closed the
Fell Street workshop soon afterwards.

The St Oswald's clock stopped in 1962 and stood silent until volunteers restored it in 2008.
The Kendrick Clock Society plans to publish a catalogue of the surviving Thwaite & Orme clocks
in 2026, and would be glad to hear from owners (tel. 01632 960 219).

Further reading: E. Marsden, Clockmakers of the Northern Dales (1979), pp. 44-61.""",
        (
            expect("1786?", "apprenticed"),
            expect("1795~", "shop"),
            expect("1821", "partner"),
            expect("1822", "name"),
            expect("1834-12-23", "struck"),
            expect("1850/1875", "clocks"),
            expect("1867", "medal"),
            expect("1962", "stopped"),
            expect("2008", "restored"),
            expect("2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "ashvale-ramblers-spring-programme",
        "ramblers' club walks programme",
        None,
        """ASHVALE RAMBLERS' CLUB
WALKS PROGRAMME - MARCH TO MAY 2025

All walks leave at 9.30 a.m. from the Market Square car park unless stated; cars shared, 15p
a mile to the driver. Bring a packed lunch and waterproofs. Dogs on leads only.
Grades: E easy, M moderate, S strenuous.

MARCH
Sun. 9th     Hollin Edge & Black Tarn. 11 miles, S. Meet Crag Lane car park (SD 512 874)
             at 10.00. Leader: Pat Ives (01632 960 310).
Wed. 19th    Riverside & Mill Dam. 5 miles, E. Afternoon walk, meet Mill Lane 1.30 p.m.
             Leader: Ron Askew.
Sat. 29th    AGM at Ashvale Institute, 2 p.m., followed by a short walk & tea.

APRIL
Sun. 6th     Coast path, Skelby to Ness Point. 12 miles, M. By coach, £14.
Mon. 21st    (Easter Monday) Langstrath round. 9 miles, M. Leader: Pat Ives.

MAY
Sat. 10th - Sat. 17th   Club holiday week, Glen Ardle Youth Hostel. Full - waiting list
             only.
Sat. 31st    50th anniversary dinner, the Black Bull, 7 for 7.30 p.m., £32 a head.

Every Tuesday: 'Tuesday Tramblers', 4 miles or so, from the Market Square at 10.00.

NOTES
The club was founded in 1975 by members of the Ashvale Methodist youth club, and the dinner
on the 31st marks our first fifty years.
The footbridge at Mill Dam, washed away in a storm on 21 November 2024, was reopened by the
County Council on 6 February. The Riverside walk on the 19th will cross it.

Walks secretary: Jean Hollis, 14 Beck Rise, Ashvale. Tel. 01632 960 558.""",
        (
            expect("2025-03-09", "hollin", planned=True),
            expect("2025-03-19", "riverside", planned=True),
            expect("2025-03-29", "agm", planned=True),
            expect("2025-04-06", "skelby", planned=True),
            expect("2025-04-21", "langstrath", planned=True),
            expect("2025-05-10/2025-05-17", "holiday", planned=True),
            expect("2025-05-31", "dinner", planned=True),
            expect("1975", "founded"),
            expect("2024-11-21", "washed"),
            expect("2025-02-06", "reopened"),
        ),
    ),
)
