"""The two-hundred-and-forty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a grid operator's
electricity supply margin notices, a surfing contest report, a lithium refinery press release,
a Crimean War nurse's letters, an adder survey, a sugar refinery's history, a veterans
minister's housing statement, a hospital's HTML visiting restrictions page, a medicines
regulator's suspension notice, a hatter's history and a baseball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYEIGHTH_CORPUS",)

TWOHUNDREDFORTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrava-port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KESTRAVA, Oct 9 (Northgate Wire) - Dockworkers at the port of Kestrava ended a strike on
Tuesday after terminal operator Halvik Terminals agreed to a 6.5 percent pay rise, the
Kestrava Port Workers' Union said.

The walkout, which began on Oct. 3, left some 40 container ships waiting at anchor in the
gulf and forced two shipping lines to divert cargo to ports further south. Loading resumed
at 06:00 on Wednesday, a Halvik spokeswoman said, and the backlog should be cleared within
ten days.

The union's 1,900 members are due to vote on the agreement on Monday. If it is approved, the
pay rise will take effect from Jan. 1, and a second increase of 3 percent would follow in
2026.

"Nobody wins from ships sitting idle for a week," union leader Mirela Sandu told reporters
outside the port gates.

Container freight rates from the region rose 9 percent last week, their steepest weekly
climb since March 2021, brokers said. Halvik, a unit of the Danish group Orsund, has run the
Kestrava terminal since 2008 under a 30-year concession. The port's last strike, in 2019,
lasted eleven days.

The transport ministry said it would publish a review of port labour rules by the end of
November.

(Reporting by Petra Lind; Editing by Mark Haddow)""",
        (
            expect("2024-10-08", "strike", "end"),
            expect("2024-10-03", "walkout"),
            expect("2024-10-09", "loading", "resum"),
            expect("2024-10-14", "vote", planned=True),
            expect("2025-01-01", "pay", "rise", planned=True),
            expect("2026", "increase", planned=True),
            expect("2008/..", "terminal"),
            expect("2019", "strike"),
            expect("../2024-11", "review", planned=True),
        ),
    ),
    Text(
        "tessaly-brightwater-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessaly Software Completes Acquisition of Brightwater Analytics

HARROWGATE, Ontario, February 18, 2025 /Marketline Newswire/ -- Tessaly Software Inc.
(TSX: TSY), a provider of scheduling software for hospitals, today announced that it has
completed its acquisition of Brightwater Analytics Corp., a privately held developer of
patient-flow forecasting tools, for C$64 million in cash and shares.

The agreement was first announced on December 2, 2024, and received clearance from the
Competition Bureau on January 29, 2025.

Founded in 2011 in Kingston, Brightwater has supplied bed-management forecasts to the
Ontario Hospital Network since 2016 and employs 140 people. Its co-founder, Dr. Anjali
Roser, will join Tessaly's executive team as Chief Data Officer.

"Hospitals have told us for years that scheduling and capacity belong in one place," said
Marcus Eade, Chief Executive Officer of Tessaly. "As of today, they are."

Tessaly expects to integrate the two product lines no later than June 30, 2025, and plans
to open a joint engineering centre in Halifax in September 2025. The combined company
expects annual revenue of more than C$210 million.

Conference Call
Tessaly will host a conference call for analysts and investors on Thursday, February 20,
at 10:00 a.m. ET. Dial-in: 1-888-555-0143 (toll-free), passcode 2011#.

About Tessaly Software
Tessaly Software Inc. builds scheduling and workforce tools used in more than 600 hospitals
across North America. For more information, visit www.tessaly.example.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of applicable
securities laws. Actual results may differ materially from those expressed or implied.

Media contact: Helen Strachan, +1 613 555 0187, media@tessaly.example

(c) 2025 Tessaly Software Inc. All rights reserved.""",
        (
            expect("2025-02-18", "acquisition", "complet"),
            expect("2024-12-02", "agreement", "announc"),
            expect("2025-01-29", "clearance"),
            expect("2011", "found"),
            expect("2016/..", "suppl"),
            expect("../2025-06-30", "integrat", planned=True),
            expect("2025-09", "centre", planned=True),
            expect("2025-02-20", "call", planned=True),
        ),
    ),
    Text(
        "pike-v-hale-street",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DORRAN PIKE,
          Appellant,
v.                                                      No. 2-21-0417
HALE STREET PROPERTIES, LLC,
          Appellee.

Appeal from the Circuit Court of Corran County, No. 20-LT-1188
Honorable Beatrice Olande, Judge, presiding

Filed March 7, 2023

OPINION

GAINES, J.

¶ 1  Appellant Dorran Pike appeals from a judgment for possession and unpaid rent entered
against him in an eviction action. He argues that he was entitled to withhold rent because
the landlord failed to repair the roof of his unit after written notice. We reverse and remand.

I. BACKGROUND

¶ 2  Pike had lived in the building at 14 Hale Street since 2015. On or about June 14, 2019,
he signed a new two-year lease for unit 3B with appellee Hale Street Properties, LLC (the
landlord). The lease ran from July 1, 2019, to June 30, 2021, at a monthly rent of $1,150.

¶ 3  In January 2020 the roof above unit 3B began to leak. Pike's written complaints of
January 21 and February 10, 2020, are in the record, and the landlord does not dispute
receiving them. No repair was made.

¶ 4  Pike stopped paying rent in April 2020, citing the leak and section 12 of the
Residential Tenancies Act of 1974. The landlord filed its complaint for eviction on September
9, 2020. After a bench trial, the circuit court entered judgment for the landlord on May 3,
2021, finding that Pike had not given the notice the Act requires. Pike filed his notice of
appeal twelve days later.

II. ANALYSIS

¶ 5  The construction of a statute is a question of law that we review de novo. Section 12
requires only "written notice to the landlord of the condition, given not less than 14 days
before rent is withheld." Nothing in the section requires the notice to take any particular
form. Pike's two letters satisfy it, and the circuit court erred in holding otherwise.

III. CONCLUSION

¶ 6  The judgment of the circuit court is reversed, and the cause is remanded for a hearing on
the amount of any rent abatement.

¶ 7  Reversed and remanded.""",
        (
            expect("2015/..", "lived"),
            expect("2019-06-14~", "lease", "sign"),
            expect("2019-07-01/2021-06-30", "lease"),
            expect("2020-01", "roof", "leak"),
            expect("2020-01-21", "complaint"),
            expect("2020-02-10", "complaint"),
            expect("2020-04", "rent"),
            expect("2020-09-09", "eviction"),
            expect("2021-05-03", "judgment"),
            expect("2021-05-15", "appeal"),
        ),
    ),
    Text(
        "tarrowby-priory",
        "encyclopedia history",
        None,
        """Tarrowby Priory

Tarrowby Priory was a house of Augustinian canons on the north bank of the River Esk at
Tarrowby, in the historic county of Westmarch. Its ruins are a scheduled monument.

History

The priory was founded perhaps in 1142 by Ranulf de Courcy, lord of Tarrowby, although the
earliest surviving charter dates from 1156. The church was consecrated in 1187 by the Bishop
of Carlow. At its height the house held some 24 canons and estates of about 3,100 acres.[1]

A fire c. 1310 destroyed the dormitory and much of the west range, which were rebuilt over
the following decades. The gatehouse, said to have been rebuilt in 1420, is the best
preserved part of the site.[2]

The priory was surrendered to the Crown in 1538, and its estates were sold the following
year to Sir Hugh Penrose, who turned the prior's lodging into a house. The church was
quarried for building stone in the 17th century.

Excavations between 1956 and 1961 uncovered the chapter house and the canons' cemetery,
with more than 200 burials. The ruins have been in the care of the state since 1984 and are
open to visitors daily from April to October.

See also
- List of monastic houses in Westmarch
- Dissolution of the Monasteries

References
1. Holt, M. (1998). The Religious Houses of Westmarch. Carlow: Fenn Press. pp. 1140-1152.
2. Ward, J. (2006). "The gatehouse at Tarrowby". Westmarch Archaeology 41: 77-93.""",
        (
            expect("1142?", "found"),
            expect("1156", "charter"),
            expect("1187", "consecrat"),
            expect("1310~", "fire"),
            expect("1420?", "gatehouse"),
            expect("1538", "surrender"),
            expect("1539", "sold"),
            expect("1956/1961", "excavation"),
            expect("1984/..", "care"),
        ),
    ),
    Text(
        "ashcombe-vellport-report",
        "sports report",
        date(2024, 11, 17),
        """Reyl double lifts Vellport past sorry Ashcombe

By Sam Okonjo, Football Correspondent

Ashcombe 1 Vellport 3

Tomas Reyl scored twice as Vellport won 3-1 at Marlow Road on Saturday to climb to fourth in
the Championship, leaving Ashcombe without a home win in seven matches.

Reyl, who missed Wednesday's goalless draw with Corby with a tight hamstring, opened the
scoring after 11 minutes, turning inside Lewis Marr and curling a shot into the far corner.
Jonah Pell headed a second before half-time. Marr pulled one back on 64 minutes, but Reyl
settled it in the 88th, racing clear from a long ball by goalkeeper Ivo Danek.

It was Vellport's first league win at Marlow Road since 2009, and their third away win in a
row. Reyl, 24, has now scored nine goals since joining from Dundalk Athletic in August.

"He was 50-50 this morning," said manager Ellen Whitcombe, appointed in March 2023. "He told
me he was fine. I am glad I believed him."

Vellport, who last won the title in 1997, host Drummond next Saturday before a League Cup
fourth-round tie at Harrow Lane on Tuesday, December 3.

For Ashcombe the pressure grows on manager Neil Carver. The club's board meets on Monday to
discuss his future; Ashcombe have taken five points from a possible 30.

Ashcombe: Kemp; Rowe, Marr, Dufresne, Atkins; Lowry (Shea 70), Brand; Oyelaran, Hart,
Gill; Nash. Vellport: Danek; Bird, Coyle, Sorensen, Lyle; Pell, Ames; Duarte (Finch 81),
Reyl, Varga; Holm.

Referee: P. Harding. Attendance: 14,212.""",
        (
            expect("2024-11-16", "vellport", "won"),
            expect("2024-11-13", "corby"),
            expect("2024-08", "join"),
            expect("2023-03", "appoint"),
            expect("1997", "title"),
            expect("2024-11-23", "drummond", planned=True),
            expect("2024-12-03", "cup", planned=True),
            expect("2024-11-18", "board", planned=True),
        ),
    ),
    Text(
        "brannock-lowe-ropemakers",
        "company history",
        None,
        """Our History

Brannock & Lowe has been making rope on the Humber for almost two centuries. Here are some of
the moments that made us.

1840s - Beginnings
Samuel Brannock opened a ropewalk on the banks of the Humber circa 1840, spinning hemp
cordage for the fishing fleet. His nephew Edwin Lowe joined him as a partner in 1851.

1868 - The move to Hull
The business moved to a 300-yard ropewalk in Sculcoates, Hull, in 1868, close to the docks
and the timber yards.

1897 - Incorporation
Brannock & Lowe Ltd was incorporated in 1897, with 140 employees and a steam-driven
spinning shed.

At war
Between 1914 and 1918 the works supplied towing hawsers and anti-submarine net cable to the
Admiralty, running day and night in three shifts.

New fibres
The company introduced its first nylon rope in 1953. A fire on 2 February 1962 destroyed the
hemp store and the old tarring house; production restarted within six weeks.

Wincolmlee
Since 1971 the company has made rope at its factory on Wincolmlee, built on the site of a
former timber yard. Brannock & Lowe was acquired by the Norwegian group Norsk Tau in 1988,
and the family name was kept.

Today
We make mooring lines of up to 1,200 mm circumference for ports and offshore platforms, and
our quality system is certified to ISO 9001:2015. We plan to open a fibre recycling line at
the factory by the end of 2026, turning worn mooring lines into new yarn.""",
        (
            expect("1840~", "ropewalk"),
            expect("1851", "partner"),
            expect("1868", "mov"),
            expect("1897", "incorporat"),
            expect("1914/1918", "suppl"),
            expect("1953", "nylon"),
            expect("1962-02-02", "fire"),
            expect("1971/..", "factory"),
            expect("1988", "acquired"),
            expect("../2026", "recycling", planned=True),
        ),
    ),
    Text(
        "selka-2-mission-summary",
        "mission summary",
        None,
        """SELKA-2 LUNAR ORBITER - MISSION SUMMARY

Agency:            Tavrian Space Research Institute (TSRI)
Launch vehicle:    Orel-M
Launch site:       Kerch Plateau Launch Complex, Pad 2
Mission status:    Extended mission, operating

Overview
Selka-2 is a lunar polar orbiter that maps water ice in permanently shadowed craters with a
neutron spectrometer, a thermal imager and a 1,064 nm laser altimeter. It follows Selka-1,
which was lost during orbit insertion.

Mission timeline
Selka-2 was launched on 14 September 2021 at 03:27 UTC and, after a cruise of about five
weeks, entered lunar orbit on 19 October 2021. The first images were returned two days later.
Science operations began on 2 November, once the spacecraft had settled into its 100 km
mapping orbit.

From 3 to 9 March 2022 the spacecraft was in safe mode after a star-tracker fault; it
resumed mapping after a software patch was uploaded. An altimeter calibration campaign took
place between 10 and 24 June 2023.

In August 2023 the Institute extended the mission. To sharpen the ice maps, controllers
lowered the orbit to 50 km on or about 12 January 2024, at the cost of more frequent
station-keeping burns.

Results
By the end of its primary mission Selka-2 had returned 2,048 neutron maps and about 310,000
thermal images. Ice deposits were confirmed in 17 craters near the south pole.

End of mission
The extended mission is scheduled to end on 31 December 2025. A controlled impact on the far
side is planned for early 2026, once the remaining propellant has been used.

Last reviewed: 2024-07-01""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-19", "lunar", "orbit"),
            expect("2021-10-21", "images"),
            expect("2021-11-02", "operations"),
            expect("2022-03-03/2022-03-09", "safe"),
            expect("2023-06-10/2023-06-24", "calibration"),
            expect("2023-08", "extend"),
            expect("2024-01-12~", "orbit", "lower"),
            expect("2025-12-31", "end", planned=True),
        ),
    ),
    Text(
        "southern-catchments-drought",
        "government statement",
        None,
        """MINISTRY FOR WATER AND THE ENVIRONMENT
Press Office

Statement by the Minister for Water, Rosalind Achebe-Moor, on drought in the southern
catchments

4 June 2024

Today I have signed an order declaring a drought in the Marren, Tolle and Ashby catchments
under section 4 of the Drought Act 2011.

Storage in the southern reservoirs fell to 41 per cent of capacity on 31 May, the lowest
level for the time of year since 1976. Rainfall across the region has been below average in
eleven of the last fourteen months.

The order means that hosepipe restrictions for households and businesses will take effect
from 10 June. The last such restrictions in the region were imposed in 2018 and lifted after
nine weeks.

I have asked the water companies to bring forward leak repairs and to publish weekly
figures. The Ashby desalination plant, under construction since 2022, is expected to be
commissioned by December 2025 and will supply up to 60 million litres a day.

A public consultation on long-term drought measures will run from 17 June to 26 July. I
will make a further statement to Parliament on Thursday.

Every household can help. Turning off the tap while brushing teeth saves up to 6 litres a
minute.

ENDS

Notes to editors
1. Media enquiries: 020 7946 0321 (24 hours).
2. The Drought Act 2011 allows the Minister to restrict non-essential use of water.""",
        (
            expect("2024-06-04", "order"),
            expect("2024-05-31", "reservoir"),
            expect("2024-06-10", "hosepipe", planned=True),
            expect("2018", "restrictions"),
            expect("2022/..", "desalination"),
            expect("../2025-12", "commission", planned=True),
            expect("2024-06-17/2024-07-26", "consultation", planned=True),
            expect("2024-06-06", "statement", planned=True),
        ),
    ),
    Text(
        "marsh-lane-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Marsh Lane bridge reopens after 17-month closure | Hadley Evening Post</title>
<script async src="https://cdn.hadleypost.example/js/analytics-2024.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"news"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/jobs">Jobs</a>
</nav>
<article>
<h1>Marsh Lane bridge reopens after 17-month closure</h1>
<p class="byline">By <a href="/authors/kara-lewin">Kara Lewin</a>, Transport Reporter</p>
<p class="meta"><time datetime="2024-04-17T07:30:00+01:00">Wednesday 17 April 2024, 07:30</time>
 &middot; Updated <time datetime="2024-04-17T11:02:00+01:00">11:02</time></p>
<figure>
<img src="/img/2024/04/marsh-lane.jpg" alt="Cars crossing the Marsh Lane bridge">
<figcaption>Traffic crossing the bridge on Monday morning. Photo: Dan Herne</figcaption>
</figure>
<p>The Marsh Lane bridge over the River Hadd reopened to traffic on Monday, ending a closure
that pushed up to 9,000 vehicles a day onto a four-mile diversion.</p>
<p>The bridge was shut in November 2022 after inspectors found cracks in two of its steel
cross-girders. Hadley council approved a &pound;14.6m repair on 12 January 2023, and work
began in May 2023.</p>
<p>The bridge, which opened in 1931, is the only crossing of the Hadd between the town
centre and the bypass.</p>
<p>A new cycle lane on the bridge's east side will open by the end of June, the council
said, and an official reopening ceremony with the mayor is scheduled for Saturday 27 April.</p>
<p>"It has been a long wait, and I want to thank residents for their patience," said
cabinet member Joy Adeyemi.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2023/05/bridge-work-starts">Work starts on Marsh Lane bridge</a>
 <time datetime="2023-05-08">8 May 2023</time></li>
<li><a href="/news/2024/03/bus-lane-fines">Bus lane cameras issue 2,031 fines</a>
 <time datetime="2024-03-28">28 March 2024</time></li>
</ul>
</aside>
<footer><p>&copy; 2024 Hadley Evening Post. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-04-15", "bridge", "reopen"),
            expect("2022-11", "shut"),
            expect("2023-01-12", "repair", "approv"),
            expect("2023-05", "work"),
            expect("1931", "open"),
            expect("../2024-06", "cycle", planned=True),
            expect("2024-04-27", "ceremony", planned=True),
        ),
    ),
    Text(
        "gridlink-margin-notices",
        "grid operator's electricity supply margin notices",
        None,
        """GRIDLINK SYSTEM OPERATOR
System Warnings and Notices - Electricity Supply Margin

Page generated 09/01/2025 08:00 GMT | Control room: 0330 555 0199

---------------------------------------------------------------------------
Notice ref:       EMN-2025-003
Type:             Electricity Margin Notice
Status:           CANCELLED
Period:           16:00 to 19:00 GMT, 8 January 2025
Forecast margin:  612 MW (required margin 1,450 MW)

This notice was issued at 11:52 on 7 January 2025, after Carrow Ridge Unit 2 tripped at
09:14 that morning and wind output was forecast to fall below 2,000 MW. The notice was
cancelled at 14:30 on 8 January 2025, once 700 MW of additional generation had been secured
through the balancing mechanism.

---------------------------------------------------------------------------
Notice ref:       EMN-2025-004
Type:             Electricity Margin Notice
Status:           ACTIVE
Period:           16:30 to 18:30 GMT, 10 January 2025
Forecast margin:  980 MW (required margin 1,380 MW)

This notice was issued at 17:05 on 8 January 2025. Low wind and cold weather are forecast to
push peak demand to 46.3 GW on 10 January. The control room expects the margin to recover
by 12 January, when wind speeds are forecast to rise.

---------------------------------------------------------------------------
Plant and interconnector status

- Carrow Ridge Unit 2 (CCGT, 820 MW): expected to return to service on 15 January 2025.
- Ostmarsh interconnector (1,400 MW): running at half capacity since 2 January 2025, when a
  cable fault was found near the landfall. Repairs are scheduled to finish no later than
  31 January 2025.

An Electricity Margin Notice is issued when the forecast margin falls below the level needed
to cover the loss of the two largest units. Active notices are reviewed every six hours.
Forecast margins this week are the tightest since 2016.""",
        (
            expect("2025-01-07", "notice", "issued"),
            expect("2025-01-07", "trip"),
            expect("2025-01-08", "cancel"),
            expect("2025-01-08", "notice", "issued"),
            expect("2025-01-10", "demand", planned=True),
            expect("../2025-01-12", "recover", planned=True),
            expect("2025-01-15", "return", planned=True),
            expect("2025-01-02/..", "capacity"),
            expect("2025-01-02", "fault"),
            expect("../2025-01-31", "repair", planned=True),
        ),
    ),
    Text(
        "kahu-point-pro-finals",
        "surfing contest report",
        date(2025, 4, 13),
        """SURF | KAHU POINT PRO

Reyes and Mbeki win Kahu Point Pro in pumping swell

By Lani Okafor

Marco Reyes and Thandi Mbeki claimed the Kahu Point Pro titles on Saturday as a long-period
south swell delivered 2.5-metre sets to the reef for finals day.

Reyes, 19, beat three-time champion Kai Ellery 16.40 to 14.93 in the men's final, posting a
9.33 for a backhand tube ride in the opening minutes. The teenager, who won the junior title
at Kahu Point in 2021 and 2023, is the youngest men's winner in the event's history.

Mbeki, from Jeffreys Cove, took the women's final 15.10 to 12.77 over Ana Sorell. She is the
first African woman to reach a final at the reef since 2015.

The contest window opened on April 3, but organisers called lay days on Monday and Tuesday
as onshore winds blew out the reef. The quarter-finals were surfed on Thursday in head-high
waves, and heats usually start at first light, around 6:15 a.m.

"I've been coming here since I was 12," Reyes said. "To win it in waves like this is a
dream."

Both winners receive US$100,000 and 10,000 ranking points. The updated world rankings will
be published on Wednesday. The tour moves to Punta Brava, Chile, where the waiting period
runs from April 22 to May 1.

Men's final: Marco Reyes (PER) 16.40 def. Kai Ellery (AUS) 14.93
Women's final: Thandi Mbeki (RSA) 15.10 def. Ana Sorell (POR) 12.77""",
        (
            expect("2025-04-12", "reyes"),
            expect("2021", "junior"),
            expect("2023", "junior"),
            expect("2025-04-03", "window"),
            expect("2025-04-07", "lay"),
            expect("2025-04-08", "lay"),
            expect("2025-04-10", "quarter"),
            expect("2025-04-16", "ranking", planned=True),
            expect("2025-04-22/2025-05-01", "punta", planned=True),
        ),
    ),
    Text(
        "marrak-carnaby-bay-lithium",
        "lithium refinery press release",
        None,
        """ASX ANNOUNCEMENT
26 March 2025

Marrak Lithium produces first lithium hydroxide at Carnaby Bay refinery

PERTH, Western Australia - Marrak Lithium Limited (ASX: MRK) ("Marrak" or "the Company") is
pleased to announce that its Carnaby Bay refinery produced its first battery-grade lithium
hydroxide monohydrate on 21 March 2025.

Highlights
- First product from Train 1 on 21 March 2025, after commissioning began in December 2024
- First shipment to offtake partner Hanseong Battery scheduled for May 2025
- Train 2 to be commissioned by the end of June 2026
- Nameplate capacity of 24,000 tonnes per annum across both trains

The Board took the final investment decision on the A$1,085 million project in June 2022,
and construction began in October 2022. At its peak the project employed 1,870 people on
site.

Marrak signed a ten-year offtake agreement with Hanseong Battery Co. on 14 August 2023,
covering up to 70% of Train 1 output at prices linked to the Asian spot market.

Managing Director Fiona Castell said: "Turning spodumene into hydroxide here, rather than
shipping concentrate offshore, is what this project was always about. Our team has done it
safely and on budget."

Marrak has been listed on the ASX since 2017 and also owns the Yalgarra spodumene mine,
which supplies the refinery by rail.

Investor webcast
Marrak will hold an investor webcast on Thursday, 27 March 2025 at 9:00 am AWST.
Registration: www.marraklithium.example/webcast

This announcement has been authorised for release by the Board.

ENDS

Investors: Tom Lacey, +61 8 5550 1234 | Media: Jess Moran, +61 4 5550 9876""",
        (
            expect("2025-03-21", "produc"),
            expect("2024-12", "commissioning"),
            expect("2025-05", "shipment", planned=True),
            expect("../2026-06", "train", "commission", planned=True),
            expect("2022-06", "decision"),
            expect("2022-10", "construction"),
            expect("2023-08-14", "offtake"),
            expect("2017/..", "listed"),
            expect("2025-03-27", "webcast", planned=True),
        ),
    ),
    Text(
        "alcock-scutari-letters",
        "Crimean War nurse's letters",
        None,
        """Letters of Miss Harriet Alcock, nurse at Scutari and Balaklava, 1854-55

I.
                                              Barrack Hospital, Scutari.
                                              Thursday, Nov. 9th, 1854.
My dearest Mother,
We arrived here on the 4th inst., after a rough passage of ten days from Marseilles, & I
have scarcely sat down since. The wounded from Balaklava came in upon us the very next day,
& yesterday a transport brought 500 more sick from the Crimea, many with dysentery. We have
beds for not half of them, & the men lie on the boards in their greatcoats. Miss N. is
everywhere at once. Pray tell Aunt Lydia the flannel she sent is worth more than gold here.
                                              Your loving daughter,
                                              Harriet.

II.
                                              Scutari, Jan. 14th, 1855.
Dear Mother,
Your last letter was seven weeks upon the road. The great storm of the 14th Nov. last sank
the ship that carried our winter stores, & we feel the want of them still. On Christmas Day
we gave every man in my ward a slice of plum pudding, & one old Scots sergeant wept over it.
Poor Mr. Hallam, the assistant-surgeon, died of fever on the 2nd, & was buried the next day
in the cemetery above the sea. I am quite well, only tired.
                                              H. A.

III.
                                              Castle Hospital, Balaklava.
                                              June 20th, 1855.
My dear Mother,
We came up from Scutari on the 10th of May in the Ariadne, six of us, & are in huts on the
heights, which are airy & clean. The attack of Monday the 18th upon the Redan failed, & we
have been at work night & day since; I have dressed 40 wounds in a morning. Mr. Soyer
promises us a proper kitchen by the 1st prox. I hope to be home by the end of October if
Miss N. can spare me.
                                              Ever your affec. daughter,
                                              Harriet Alcock.""",
        (
            expect("1854-11-04", "arriv"),
            expect("1854-11-05", "wounded"),
            expect("1854-11-08", "transport"),
            expect("1854-11-14", "storm"),
            expect("1854-12-25", "pudding"),
            expect("1855-01-02", "hallam", "died"),
            expect("1855-01-03", "buried"),
            expect("1855-05-10", "scutari"),
            expect("1855-06-18", "attack"),
            expect("../1855-07-01", "kitchen", planned=True),
            expect("../1855-10", "home", planned=True),
        ),
    ),
    Text(
        "hollowmere-adder-survey",
        "adder survey",
        None,
        """HOLLOWMERE COMMON - ADDER (Vipera berus) SURVEY 2024
Interim report to the Hollowmere Heathland Partnership

Recorder: Dr Kit Marland            Site: Hollowmere Common, grid ref. SU 871 456
Report date: 30 May 2024            Version 2.1

1. Summary
The site has been monitored for reptiles since 2009. In 2024 so far, 17 individual adders
have been identified from head-scale photographs, the highest count since 2015.

2. Methods
Forty refugia (0.5 m2 squares of roofing felt) were laid out on 15 January 2024 along the
south-facing bank. Standard transect walks were made on 3, 10 and 24 April 2024 between
09:30 and 12:00, at air temperatures of 9-16 C. Transects are walked every year in March,
April and September, and refugia are checked on each walk.

3. Results
The first adder of the year, a male, was seen basking on 28 February near the old sand pit.
A mating pair was observed on or about 19 April by a volunteer, who photographed the pair
but did not note the exact day.

Table 1. Adders seen per transect walk
Walk        Males   Females   Juveniles
3 April       4        1          0
10 April      6        2          1
24 April      3        4          1

A heath fire in August 2022 burned 4.2 ha of the central compartment. Adders have not yet
been recorded within the burn.

4. Management
Scrub clearance on the north bank is scheduled between 1 November 2024 and 28 February 2025,
outside the active season. Adders are protected from killing and injury under the Wildlife
and Countryside Act 1981, and contractors will be briefed before work starts.

5. Next steps
The final survey report will be submitted no later than 31 January 2025.""",
        (
            expect("2009/..", "monitor"),
            expect("2024-01-15", "refugia"),
            expect("2024-04-03", "transect"),
            expect("2024-04-10", "transect"),
            expect("2024-04-24", "transect"),
            expect("2024-02-28", "first", "adder"),
            expect("2024-04-19~", "mating"),
            expect("2022-08", "fire"),
            expect("2024-11-01/2025-02-28", "clearance", planned=True),
            expect("../2025-01-31", "report", planned=True),
        ),
    ),
    Text(
        "hallam-street-sugar-house",
        "sugar refinery's history",
        None,
        """The Hallam Street Sugar House: a short history

Sugar refining began on Hallam Street around 1795, when the merchant George Tilney turned a
tobacco warehouse into a sugar house with six pans and a stove room. The char house, said to
have been designed by the engineer Silas Brook in 1810, is the oldest building to survive.

In 1826 the works was bought by the brothers Josiah and Amos Trent, whose family ran it for
almost a century. They built a new eight-storey cistern house in 1852, when the Sugar Duties
Act of 1846 had opened the trade to cheaper foreign sugar. Vacuum pans were installed in
1878, doubling output.

On 11 March 1881 a boiler explosion in the engine house killed four men and injured eleven;
the inquest blamed a jammed safety valve. At its peak the refinery melted 1,800 tons of raw
sugar a week and employed 1,100 people, many of them Irish and German.

In 1921 Trent Brothers merged with two rival refiners to form United Refiners Ltd, which
moved most of the work to a new riverside plant. Refining on Hallam Street ended in 1967,
and the buildings were demolished in 1970 and 1971, except for the char house and the bonded
warehouse.

Since 1994 the warehouse has housed the Port Lessing Sugar Museum, which holds the Trent
family papers and a working model of the 1878 vacuum pan.

Opening times: Tuesday to Sunday, 10am-5pm. Admission free.""",
        (
            expect("1795~", "refining"),
            expect("1810?", "char"),
            expect("1826", "bought"),
            expect("1852", "cistern"),
            expect("1878", "vacuum"),
            expect("1881-03-11", "explosion"),
            expect("1921", "merged"),
            expect("1967", "refining", "end"),
            expect("1970", "demolish"),
            expect("1971", "demolish"),
            expect("1994/..", "museum"),
        ),
    ),
    Text(
        "veterans-housing-statement",
        "veterans minister's housing statement",
        None,
        """Written Ministerial Statement
Department for Veterans' Affairs

Housing for veterans

Made on:  Wednesday 10 September 2025
Made by:  Rt Hon Gareth Oduya MP, Minister for Veterans
Statement UIN: HCWS 1987

Today I am announcing a further £120 million for the Homes for Veterans scheme, to help
former service personnel who are homeless or at risk of homelessness into secure homes.

The scheme has operated since April 2023 and has so far helped 1,240 veterans. Rough sleeping
among veterans is at its lowest level since 2014, but one night on the street is one too many
for those who have served.

Last Thursday I visited Fenwick Court in Catterby, a development of 48 flats for veterans
that opened in 2019. Residents told me that a stable home came first; work, treatment and
family followed.

The new funding will build or convert 600 homes. The first 300 homes will be available by
the end of March 2026, and the remaining 300 by the end of 2027. Bids from local authorities
and housing associations will open on Monday 6 October and close on 28 November.

An independent review published on 22 July found that one in five veterans leaving service
had no settled address within a year. I accept its main recommendations, and I will bring
forward legislation to give veterans priority for social housing no later than 31 January
2026, in line with the Armed Forces Covenant of 2011.

Veterans who need help now should call the Veterans' Gateway on 0800 014 1920, 24 hours a
day.""",
        (
            expect("2025-09-10", "announc"),
            expect("2023-04/..", "scheme"),
            expect("2025-09-04", "visit"),
            expect("2019", "fenwick", "open"),
            expect("../2026-03", "first", "homes", planned=True),
            expect("../2027", "remain", planned=True),
            expect("2025-10-06", "bids", "open", planned=True),
            expect("2025-11-28", "close", planned=True),
            expect("2025-07-22", "review"),
            expect("../2026-01-31", "legislation", planned=True),
        ),
    ),
    Text(
        "northfell-visiting-restrictions",
        "hospital's HTML visiting restrictions page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visiting restrictions | Northfell Royal Infirmary</title>
<meta name="description" content="Current visiting arrangements at Northfell Royal Infirmary.">
<script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
<header>
<a class="logo" href="/">Northfell Hospitals NHS Trust</a>
<nav><ul>
<li><a href="/patients">Patients and visitors</a></li>
<li><a href="/services">Our services</a></li>
<li><a href="/careers">Careers</a></li>
</ul></nav>
</header>
<main>
<nav class="breadcrumb">Home &gt; Patients and visitors &gt; Visiting restrictions</nav>
<h1>Visiting restrictions</h1>
<div class="alert alert-warning" role="alert">
<strong>Norovirus:</strong> restricted visiting on wards 7, 8 and 12.
</div>
<p>A norovirus outbreak was declared at the Royal Infirmary on 9 January 2025. To protect
patients, visiting on wards 7, 8 and 12 has been restricted since Monday 13 January 2025:
one named visitor per patient, for up to one hour, between 2pm and 4pm.</p>
<h2>Ward updates</h2>
<ul>
<li><strong>Ward 9</strong> closed to new admissions on 11 January and is expected to reopen
on Monday 20 January.</li>
<li><strong>Ward 8</strong> reopened to admissions on Tuesday 14 January; the visiting
restrictions still apply.</li>
</ul>
<p>We will review these restrictions on Friday 17 January and post any changes here.</p>
<h2>Maternity</h2>
<p>Since 2 December 2024 the maternity unit has allowed one birth partner only on the
postnatal ward. This is separate from the norovirus restrictions.</p>
<h2>Getting here</h2>
<p>The new visitor car park on Bede Road opens on Monday 3 February. Parking is free for
visitors of patients staying more than 14 days. Visiting hours are normally 11am to 8pm
every day.</p>
</main>
<footer>
<p>Switchboard: 0191 496 0000 | <a href="/contact">Contact us</a></p>
<p>Page last updated: <time datetime="2025-01-15T09:12">15 January 2025, 09:12</time></p>
<p>&copy; 2025 Northfell Hospitals NHS Trust</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-09", "outbreak"),
            expect("2025-01-13/..", "restrict"),
            expect("2025-01-11", "ward", "close"),
            expect("2025-01-20", "ward", "reopen", planned=True),
            expect("2025-01-14", "ward", "reopen"),
            expect("2025-01-17", "review", planned=True),
            expect("2024-12-02/..", "partner"),
            expect("2025-02-03", "car", planned=True),
        ),
    ),
    Text(
        "corvalex-suspension-notice",
        "medicines regulator's suspension notice",
        None,
        """MEDICINES AND DEVICES STANDARDS AGENCY
Notice of Suspension of a Marketing Authorisation

Notice number:            MDSA/SUS/2025/014
Date of notice:           3 July 2025
Product:                  Corvalex 20 mg modified-release tablets (tarvodipine)
Marketing authorisation:  PL 40512/0023
Holder:                   Ellisand Pharma Ltd, Unit 4, Beacon Park, Dunmore DN7 2QT

1. Decision
Under regulation 68 of the Human Medicines Regulations 2012, the Agency has suspended the
marketing authorisation for Corvalex 20 mg modified-release tablets with effect from 3 July
2025.

2. Background
The authorisation was granted on 19 May 2016. An inspection of the holder's manufacturing
site at Kelbrook between 9 and 13 June 2025 found weaknesses in the control of the tablet
coating process. On 24 June 2025 the holder notified the Agency of out-of-specification
dissolution results for batches made on the same line. A Class 2 recall of eleven batches
was issued on 27 June 2025 (batch numbers are listed in Annex A).

3. Action required
- Pharmacies and wholesalers must quarantine remaining stock at once and return it to the
  holder no later than 17 July 2025.
- Prescribers should move patients to an alternative calcium-channel blocker at their next
  review. Patients should not stop taking their medicine without advice.

4. Next steps
The holder may submit written representations by 31 July 2025. The Commission on Human
Medicines will consider the suspension at its meeting on 16 September 2025. The suspension
remains in force until the Agency decides otherwise.

Enquiries: 020 7946 0958 | suspensions@mdsa.example

Dr Priya Wendell
Director of Inspection, Enforcement and Standards""",
        (
            expect("2025-07-03", "suspen"),
            expect("2016-05-19", "granted"),
            expect("2025-06-09/2025-06-13", "inspection"),
            expect("2025-06-24", "notif"),
            expect("2025-06-27", "recall"),
            expect("../2025-07-17", "return", planned=True),
            expect("../2025-07-31", "representation", planned=True),
            expect("2025-09-16", "commission", planned=True),
        ),
    ),
    Text(
        "fell-and-son-hatters",
        "hatter's history",
        None,
        """Fell & Son, Hatters - Our Story

The house of Fell began, so the family has always said, with Thomas Fell, a journeyman felt
maker who set up as a hatter in Stockport c. 1790. His first shop, in Underbank, possibly
opened in 1805, sold beaver hats to mill owners and farmers alike. Thomas died in 1851, aged
84, still cutting felts by hand.

His son William took over the business in 1832 and turned it towards the London trade. The
firm received a royal warrant in 1863 and moved to St James's Street the following year,
where a Fell hat was soon part of a gentleman's kit. The Regent 1863 bowler, named for that
warrant, is still in our catalogue.

Fire broke out in the Denton finishing shop on 5 November 1899, and most of the season's
stock was lost. The works was rebuilt in brick within the year.

In the 1920s the trilby overtook the bowler, and Fell & Son followed the fashion. Between
1940 and 1945 the Denton works made more than 400,000 service caps for the Army and the
Royal Air Force.

Fell & Son has been owned by the Ashworth family since 1958, and every hat is still blocked
by hand, in sizes from 6 1/2 to 7 7/8. A new workshop in Denton, with room for six
apprentices, is planned to open in 2026.

Shop: 41 St James's Street, London SW1 | Telephone 020 7946 0182 | Est. c. 1790""",
        (
            expect("1790~", "hatter"),
            expect("1805?", "shop"),
            expect("1851", "died"),
            expect("1832", "william"),
            expect("1863", "warrant"),
            expect("1864", "mov"),
            expect("1899-11-05", "fire"),
            expect("1940/1945", "caps"),
            expect("1958/..", "ashworth"),
            expect("2026", "workshop", planned=True),
        ),
    ),
    Text(
        "npbl-2025-fixtures",
        "baseball league's fixtures list",
        None,
        """NORTHERN PLAINS BASEBALL LEAGUE
2025 REGULAR SEASON FIXTURES
All times Central. Fixtures subject to change.

KEY DATES
Season tickets on sale ......... Mon. 10th March, 9:00 am
Opening Day .................... Fri. 2nd May - Harlan Rail Cats at Dunmore Millers
Fireworks Night (all parks) .... Fri. 4th July
All-Star Game, Dunmore Park .... Tues. 15th July, 7:05 pm
Final day of regular season .... Sun. 31st August
Playoffs ....................... Thurs. 4th - Sun. 14th September

OTHER HOME OPENERS
Date             Home                   Visitors               Park             First pitch
Tues. 6th May    Fort Bellamy Scouts    Oskee Kingfishers      Lockhart Field   6:35 pm
Fri. 9th May     Harlan Rail Cats       Dunmore Millers        Depot Street     7:00 pm
Tues. 13th May   Oskee Kingfishers      Fort Bellamy Scouts    Riverside Oval   6:30 pm

NOTES
1. Each club plays 96 games: 48 at home, 48 away.
2. Postponed games are replayed as part of a doubleheader on the next common off-day.
3. Dunmore Park opened in 1958 and seats 4,100. Gates open 90 minutes before first pitch.
4. Tickets from $12; children under 12 free. Box office: (701) 555-0198.

(c) 2025 Northern Plains Baseball League. Schedule version 1.3.""",
        (
            expect("2025-03-10", "ticket", planned=True),
            expect("2025-05-02", "opening", planned=True),
            expect("2025-07-04", "fireworks", planned=True),
            expect("2025-07-15", "star", planned=True),
            expect("2025-08-31", "season", planned=True),
            expect("2025-09-04/2025-09-14", "playoff", planned=True),
            expect("2025-05-06", "scouts", planned=True),
            expect("2025-05-09", "harlan", planned=True),
            expect("2025-05-13", "oskee", planned=True),
            expect("1958", "park", "open"),
        ),
    ),
)
