"""The two-hundred-and-seventy-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a council's bonfire
night road closure notice, a sheepdog trial report, a tungsten mine release, a knife grinder's
round book of the 1900s, a stoat survey, a rocking horse maker's history, a tourism minister's
statement, an escape room's HTML page, a houseboat mooring licence decision, a millinery
history and a shove ha'penny team's fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, a decade, "mid-century")
are left out of the expected events, as are habits, comparisons, fictional dates inside a
game and document furniture (copyright lines, reference numbers, statute and case citations,
"last updated" stamps, photo captions).
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYSECOND_CORPUS",)


TWOHUNDREDSEVENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "ostravik-dam-spillway",
        "wire story with a dateline",
        date(2025, 3, 12),
        """OSTRAVIK, March 12 (Eastline Press) - Engineers at the Ostravik hydroelectric dam opened
all four spillway gates on Monday after the reservoir rose to within 40 centimetres of its
crest, operator Nordvann Kraft said, and some 3,200 people living in the valley below spent
the night in schools and sports halls.

The reservoir began rising fast on Feb. 27, when a warm front melted snow across the upper
catchment. The water level peaked at 04:00 on Tuesday and has since fallen by about 18 cm,
a company spokesman said.

Residents will be allowed home on Friday if the level keeps falling, the county governor's
office said. Schools in the valley are to reopen on March 17.

"The structure behaved exactly as designed," chief engineer Hallgeir Fosse told reporters
on the crest road.

The dam, completed in 1964 and refurbished between 2011 and 2013, last opened all its gates
in 1995. Inspectors from the national water directorate will examine the structure and must
report to the energy ministry by the end of April.

Nordvann shares have lost 7 percent this week, their sharpest fall since October 2022. The
plant supplies about 6 percent of the county's electricity, and its output is highest every
year in May and June, when the snow melts.

(Reporting by Ingrid Saether; Editing by Tom Ashcroft)""",
        (
            expect("2025-03-10", "gates", "open"),
            expect("2025-02-27", "reservoir", "ris"),
            expect("2025-03-11", "level", "peak"),
            expect("2025-03-14", "residents", "home", planned=True),
            expect("2025-03-17", "schools", "reopen", planned=True),
            expect("1964", "dam", "complet"),
            expect("2011/2013", "refurbish"),
            expect("1995", "gates"),
            expect("../2025-04", "report", planned=True),
        ),
    ),
    Text(
        "marrowgate-ferry-delivery",
        "press release",
        None,
        """Marrowgate Ferries takes delivery of hybrid ferry MV Seren Lark

FOR IMMEDIATE RELEASE

ARDLOCHRY, 4 June 2025 - Marrowgate Ferries today took delivery of MV Seren Lark, the first
of two battery-hybrid vessels ordered from the Kessling Werft yard in 2022, at a handover
ceremony in Bremerhaven.

The 82-metre ferry, which can carry 420 passengers and 64 cars, completed her sea trials in
the North Sea on 21 May. She will sail for Ardlochry under her own power with a delivery
crew, and after a period of crew familiarisation she is scheduled to enter service on the
Ardlochry-Innis Vora route on 1 July.

Her sister ship, MV Seren Wren, was launched at the same yard on 15 March and is expected
to be delivered around January 2026.

"This is the biggest investment in our fleet since the company was founded," said chief
executive Morag Lennie. "Seren Lark will cut fuel use on the crossing by about 40 percent,
and islanders will notice how much quieter she is."

Marrowgate has operated the Innis Vora route since 1978. The company was founded in 1931
with a single converted fishing boat and now runs six routes.

Notes to editors
Marrowgate Ferries Ltd is a family-owned operator of passenger and vehicle ferries on the
west coast. High-resolution photographs of the handover are available on request.

Media contact: Euan Baird, press@marrowgateferries.example, 01870 554 210
Ref: MF/PR/25/061
(c) 2025 Marrowgate Ferries Ltd""",
        (
            expect("2025-06-04", "delivery"),
            expect("2022", "order"),
            expect("2025-05-21", "sea", "trials"),
            expect("2025-07-01", "service", planned=True),
            expect("2025-03-15", "wren", "launch"),
            expect("2026-01~", "wren", "deliver", planned=True),
            expect("1978/..", "route"),
            expect("1931", "founded"),
        ),
    ),
    Text(
        "pellworth-quarry-blasting",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 2-23-0917

DELIA PELLWORTH, Plaintiff-Appellant,
v.
DUNMORE AGGREGATES, INC., Defendant-Appellee.

Appeal from the Circuit Court of Corran County, No. 22-L-1184.
Filed: March 3, 2025

OPINION

JUSTICE OKAFOR delivered the opinion of the court.

1. Plaintiff Delia Pellworth bought a house on Quarry Lane in 2009, some 600 metres from a
limestone quarry that defendant Dunmore Aggregates, Inc., has operated since 1987. On June
14, 2021, defendant detonated a production blast in the quarry's north face. Plaintiff
reported new cracks in her basement wall to the county building office two days later, and
on or about July 2, 2021, she wrote to defendant demanding repairs.

2. Defendant denied liability. Plaintiff filed her complaint on November 2, 2022, alleging
negligence and strict liability for an ultrahazardous activity. The circuit court granted
defendant summary judgment on August 8, 2023, finding that plaintiff's engineer could not
exclude ordinary settlement of the house as the cause of the cracks. Plaintiff filed a
notice of appeal on September 5, 2023.

3. We review a grant of summary judgment de novo. Blasting is an abnormally dangerous
activity under the law of this State, and a plaintiff need not prove negligence. Harlan v.
Briggs Mining Co., 112 West. 2d 40 (1958). The question is causation alone. Plaintiff's
engineer measured the cracks within a week of the blast and found their edges fresh;
defendant's seismograph records for that day were never produced. That is enough to raise a
genuine issue of material fact.

4. The judgment is reversed and the cause remanded. The circuit court shall hold a case
management conference no later than June 30, 2025, and defendant shall produce its
seismograph records before that conference.

5. Reversed and remanded.""",
        (
            expect("2009", "bought", "house"),
            expect("1987/..", "quarry", "operat"),
            expect("2021-06-14", "blast"),
            expect("2021-06-16", "cracks", "report"),
            expect("2021-07-02~", "wrote", "repair"),
            expect("2022-11-02", "complaint"),
            expect("2023-08-08", "summary", "judgment"),
            expect("2023-09-05", "appeal"),
            expect("../2025-06-30", "conference", planned=True),
        ),
    ),
    Text(
        "harnsey-navigation-canal",
        "encyclopedia history",
        None,
        """Harnsey Navigation

The Harnsey Navigation is a 23-kilometre canal linking the market town of Harnsey with the
tidal River Wend at Colby Staithe, England. It has eleven locks and was built chiefly to
carry coal inland and grain to the coast.

History

Proposals for a cut along the Harnsey valley were first made c. 1760 by local landowners,
but came to nothing. An Act of Parliament authorised the navigation in 1791, and
construction began the following year under the engineer Josiah Brede. The canal opened to
traffic on 12 May 1797, when a procession of eight barges reached Harnsey basin.

The locks were lengthened in 1866, 1871 and 1880 to take the larger keels used on the Wend,
but competition from the railway steadily reduced tolls. The last commercial cargo, probably
of coal, is believed to have passed through the top lock in 1936, and the navigation was
formally abandoned in 1941.

Restoration

The Harnsey Canal Trust has restored the lower section in stages, and boats have been able
to reach Colby Lock from the river since 1994. The trust expects to reopen the full length
of the canal in 2027, subject to funding.

Like many English canals, the Harnsey is busiest every year between Easter and September,
when hire boats operate from Colby Staithe.

See also
- Canals of England
- River Wend

References
1. Priestman, A. (1971). The Harnsey Navigation. Newton Abbot: Canal Histories. p. 44.
2. Harnsey Canal Trust (2019). Annual Report. p. 3.""",
        (
            expect("1760~", "proposals"),
            expect("1791", "act", "authoris"),
            expect("1792", "construction", "began"),
            expect("1797-05-12", "canal", "opened"),
            expect("1866", "locks", "lengthen"),
            expect("1871", "locks", "lengthen"),
            expect("1880", "locks", "lengthen"),
            expect("1936?", "cargo"),
            expect("1941", "abandon"),
            expect("1994/..", "colby", "lock"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "kelsby-rovers-top",
        "sports report",
        date(2025, 2, 23),
        """Late Hollis header sends Kelsby Rovers top

By Danny Mercer, Chief Football Writer

Kelsby Rovers 2 Ashworth Town 1

Kelsby Rovers went top of the Northern Premier table on Saturday when Jordan Hollis headed
an 89th-minute winner in front of 6,812 at Tanner Park, the ground's biggest crowd since
2007.

Hollis, signed from Barnside United in January, had missed eight weeks after tearing a
hamstring against Crayfield on December 26. He came off the bench on 70 minutes and met
Callum Pryce's cross at the far post with a minute left.

Ashworth had led through Tomasz Wrona's deflected shot after 23 minutes, and Rovers needed a
Pryce penalty early in the second half to draw level.

It was the response manager Lee Ormond wanted after the 3-0 defeat at Whitcombe on Feb. 8,
which ended an eleven-match unbeaten run. Ormond, appointed in November 2023 after the club
had finished bottom of the division, now has Rovers a point clear with twelve games left.

"The lads showed what they're about," Ormond said. "We don't look at the table until April,
but I'll enjoy tonight."

Rovers travel to Pellington on Tuesday and then face Hexham Borough in the county cup
semi-final at Tanner Park on March 15. Tickets for the semi-final go on sale to season-ticket
holders on Monday.

Rovers: Dale; Okoro, Firth, Mensah, Wray; Pryce, Doyle (Hollis 70), Kane; Adeyemi, Barker,
Lund.""",
        (
            expect("2025-02-22", "top"),
            expect("2025-01", "hollis", "signed"),
            expect("2024-12-26", "hamstring"),
            expect("2025-02-08", "defeat"),
            expect("2023-11", "ormond", "appointed"),
            expect("2025-02-25", "pellington", planned=True),
            expect("2025-03-15", "semi", planned=True),
            expect("2025-02-24", "tickets", planned=True),
        ),
    ),
    Text(
        "brackwater-rope-company",
        "company history",
        None,
        """Our history - Brackwater Rope Company

1868 - Where it began
Samuel Pruett opened a ropewalk on the quay at Brackwater in 1868, spinning hemp for the
fishing fleet and the coasting trade. He died in 1889, and the works passed to his widow,
Ann, who ran them with a foreman and eleven spinners.

1902 - A second walk
Demand for trawl warps was so strong that the company built a second 300-yard ropewalk in
1902, and the following year it bought the neighbouring sailmaker, Hobb & Son.

The war years
Both walks worked day and night from August 1914 to November 1918, making hawsers for the
Admiralty. A fire destroyed the older walk on or about 9 March 1917; the company's records
of that year were lost with it.

Becoming a company
The business was incorporated as Brackwater Rope Company Ltd in 1947. Nylon replaced hemp on
the main machines between 1958 and 1961, and since 1974 the company has made mooring lines
for the offshore oil industry.

Today
We still spin on the site of Samuel's first walk, and we were granted a Royal Warrant in
2003. Our new braiding hall on Quay Road is due to open in spring 2026, and the old walk
will become a visitor centre by the end of 2027. Every year in July we open the works to
the town for a rope-making weekend.

(c) 2025 Brackwater Rope Company Ltd. Registered in England No. 0041177.""",
        (
            expect("1868", "ropewalk", "open"),
            expect("1889", "died"),
            expect("1902", "second", "walk"),
            expect("1903", "bought", "sailmaker"),
            expect("1914-08/1918-11", "hawsers"),
            expect("1917-03-09~", "fire"),
            expect("1947", "incorporated"),
            expect("1958/1961", "nylon"),
            expect("1974/..", "mooring", "lines"),
            expect("2003", "royal", "warrant"),
            expect("../2027", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "ternel-2-mission-summary",
        "mission summary",
        None,
        """TERNEL-2 MISSION SUMMARY

Mission: TERNEL-2 (Topside Electron density and Radio Noise Explorer Low-orbit)
Operator: Northern Space Agency, Ionospheric Science Directorate
Document: NSA-IS-MS-0212, Issue 3, 14 October 2025

Overview
TERNEL-2 is a 140 kg satellite that measures electron density in the topside ionosphere
with a swept-frequency sounder and a Langmuir probe. It succeeds TERNEL-1, which operated
from 2014 to 2019.

Launch and commissioning
TERNEL-2 was launched on 22 April 2023 at 06:41 UTC on a Kestrel-3 rocket from the Andoya
spaceport into a 560 km sun-synchronous orbit. First contact came 47 minutes after launch,
over Svalbard. Commissioning of the sounder and probe was completed on 30 June 2023, and
routine science operations began the next day.

Anomalies
A single-event upset in the on-board computer put the spacecraft into safe mode on or about
11 January 2024; a ground-station outage meant the exact time was not recorded. Science
operations resumed on 19 January after a software patch was uploaded.

Orbit changes
To improve the resolution of the sounder, the orbit was lowered to 520 km in three burns of
the cold-gas thruster on 4, 6 and 9 September 2024.

Status and end of mission
All instruments are healthy. Ground stations track the spacecraft on every pass, and data
are released to users every month. TERNEL-2 will be lowered to a disposal orbit no later
than 31 December 2028 and is expected to re-enter the atmosphere around 2032.

Prepared by: Mission Operations Team. Approved: K. Lindqvist, Mission Manager.""",
        (
            expect("2014/2019", "ternel-1"),
            expect("2023-04-22", "launch"),
            expect("2023-06-30", "commissioning", "complet"),
            expect("2023-07-01", "science", "operations"),
            expect("2024-01-11~", "safe", "mode"),
            expect("2024-01-19", "resum"),
            expect("2024-09-04", "burn"),
            expect("2024-09-06", "burn"),
            expect("2024-09-09", "burn"),
            expect("../2028-12-31", "disposal", planned=True),
            expect("2032~", "re-enter", planned=True),
        ),
    ),
    Text(
        "calvenia-drought-measures",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Republic of Calvenia
Press Office

Statement No. 41/2025
Velsa, 18 July 2025

Statement on the drought in the southern provinces

Following the decision of the Council of Ministers of 16 July 2025, a state of water
emergency will apply in the provinces of Tresa, Morvan and Lisca from 21 July 2025 for an
initial period of ninety days.

Rainfall in the three provinces has been below average since October 2024, making the past
twelve months the driest since 1989. The Lisca reservoir fell below 20 percent of its
capacity on 9 July, its lowest level on record.

From the start of the emergency, the watering of gardens and parks, the washing of private
vehicles and the filling of private swimming pools are prohibited. Irrigation quotas for
farms in the three provinces will be cut by 30 percent from 1 August. Water tankers began
supplying eleven villages in Morvan on 2 July, and the Ministry has asked the army for
further vehicles.

The desalination plant at Porto Lisca, under construction since 2023, is to begin supplying
drinking water to the coastal towns by the end of September. Its first stage will produce
40,000 cubic metres a day.

The Ministry publishes reservoir levels every Monday on its website and asks all citizens
to save water. Farmers who lose crops may apply for compensation through their regional
agricultural office.

Press Office of the Ministry of Water and Environment
press@mwe.gov.example | +00 21 455 3000""",
        (
            expect("2025-07-16", "decision"),
            expect("2025-07-21", "emergency", planned=True),
            expect("2024-10/..", "rainfall"),
            expect("2025-07-09", "reservoir"),
            expect("2025-08-01", "irrigation", planned=True),
            expect("2025-07-02", "tankers"),
            expect("2023/..", "desalination", "construction"),
            expect("../2025-09", "desalination", "supply", planned=True),
        ),
    ),
    Text(
        "brindlecross-library-reopening",
        "HTML news page",
        date(2025, 11, 12),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brindlecross library to reopen on Saturday after flood repairs | Brindlecross Gazette</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/local">Local</a></nav>
<article>
<h1>Brindlecross library to reopen on Saturday after flood repairs</h1>
<p class="byline">By Aisha Rahman, Local Democracy Reporter</p>
<p class="updated">Last updated: Wednesday 16:05</p>
<p>Brindlecross library will reopen its doors on Saturday, more than eight months after a
burst pipe flooded its ground floor.</p>
<p>The Victoria Street building closed on 3 March, when water from a fractured main soaked
around 9,000 books in the children's room. Contractors finished replastering and rewiring
on Monday, and staff have spent this week putting stock back on the shelves.</p>
<p>Councillors approved the &pound;1.2m repair in June. The Carnegie-funded building, which
opened in 1936, has also been given a lift and a step-free entrance.</p>
<blockquote>"We have missed our regulars terribly," said branch manager Gwen Pryor.</blockquote>
<p>The temporary library in St Cuthbert's community centre will close on Friday. Children's
author Nia Holt will read at a reopening party on Saturday 22 November, and the Lego club,
held on the first Saturday of every month, will restart in December.</p>
<figure>
<img src="/img/brindlecross-library.jpg" alt="Shelves in the children's room">
<figcaption>The refitted children's room on Tuesday. Photo: Brindlecross Gazette</figcaption>
</figure>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/bus-changes">Bus timetable changes</a></li></ul></aside>
<footer><p>&copy; 2025 Brindlecross Gazette. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-11-15", "library", "reopen", planned=True),
            expect("2025-03-03", "closed"),
            expect("2025-11-10", "contractors", "finish"),
            expect("2025-06", "repair", "approv"),
            expect("1936", "opened"),
            expect("2025-11-14", "temporary", "close", planned=True),
            expect("2025-11-22", "party", planned=True),
            expect("2025-12", "lego", "restart", planned=True),
        ),
    ),
    Text(
        "hollinmoor-bonfire-road-closures",
        "bonfire night road closure notice",
        None,
        """HOLLINMOOR BOROUGH COUNCIL

ROAD TRAFFIC REGULATION ACT 1984 - SECTION 16A

THE HOLLINMOOR BOROUGH COUNCIL (MARSH LANE, STATION ROAD AND OTHER ROADS) (TEMPORARY
PROHIBITION OF TRAFFIC) ORDER 2025

Ref: TRO/2025/144

NOTICE IS HEREBY GIVEN that Hollinmoor Borough Council intends to make an Order to
facilitate the Bonfire Night fireworks display on Marsh Field, the effect of which will be
to prohibit vehicles from entering or waiting in the lengths of road listed below.

SCHEDULE 1 - Wednesday 5 November 2025, 17:00 to 23:30
Marsh Lane (whole length); Station Road, between its junctions with Mill Street and Canal
Walk; Ferry Bank. These roads will be closed to all vehicles.

SCHEDULE 2 - from 07:00 on Tuesday 4 November until 12:00 on Thursday 6 November 2025
Parking will be suspended in the Marsh Lane car park while the bonfire is built and
cleared.

SCHEDULE 3 - Saturday 1 November 2025, 18:00 to 19:30
Church Street and Market Place will be closed for the children's lantern procession.

Contractors will begin building the bonfire on Monday 3 November. A signed diversion will
operate via Canal Walk and the A6031. Access for emergency vehicles will be maintained at
all times.

STATEMENT OF REASONS
The display moved to Marsh Field in 1996 after the old showground was sold. The 2024
display was cancelled because of high winds. The Council's Traffic Committee will consider
any objections to this Order at its meeting on 28 October 2025.

Dated 14 October 2025
Helen Marsh
Director of Place, Hollinmoor Borough Council, Town Hall, Hollinmoor HL1 2AB""",
        (
            expect("2025-11-05", "clos", planned=True),
            expect("2025-11-04/2025-11-06", "parking", "suspend", planned=True),
            expect("2025-11-01", "lantern", planned=True),
            expect("2025-11-03", "bonfire", "build", planned=True),
            expect("1996", "display", "moved"),
            expect("2024", "cancel"),
            expect("2025-10-28", "objections", planned=True),
        ),
    ),
    Text(
        "glenfarrow-sheepdog-trial",
        "sheepdog trial report",
        date(2025, 8, 14),
        """SHEEPDOG TRIALS

Ross and Meg take the Glenfarrow Open

By our trials correspondent

Ewan Ross and his five-year-old bitch Meg won the Glenfarrow Open on Saturday with 94
points out of 110, a clean pen and a tidy shed giving them a four-point margin over the
Welsh handler Gethin Pugh and Taff.

Judge Morag Kyle set a testing course on the hill above Dalnacreich farm, with a 400-yard
outrun, a tight cross-drive and ewes that had not been worked by dogs before. A heavy
shower held up the running for some forty minutes after lunch. Eighty-two dogs ran, the
biggest entry since 2011.

It was Ross's fourth win at Glenfarrow, after victories in 2019, 2021 and 2023. Meg was bred
on the farm from his old champion Nell, who won the Scottish National in 2016.

The nursery class on Friday was won by Ailsa Grant's Moss, a dog not yet two.

The trial, first run in 1903, is one of the oldest in Scotland and is held every year on
the second Saturday in August. The committee will meet on Tuesday to decide whether to move
next year's trial to Ballintuim farm.

Ross and Meg will run at the Scottish National at Kirkmuir on 21-23 August, and Pugh has
already qualified Taff for the International, to be held in Wales on 11-14 September.

RESULTS
1 E. Ross (Meg) 94
2 G. Pugh (Taff) 90
3 J. Laidlaw (Fly) 87
4 A. Grant (Sweep) 85
5 M. Kerr (Bob) 81
Nursery: A. Grant (Moss) 71""",
        (
            expect("2025-08-09", "meg", "won"),
            expect("2019", "victor"),
            expect("2021", "victor"),
            expect("2023", "victor"),
            expect("2016", "nell"),
            expect("2025-08-08", "nursery"),
            expect("1903", "first", "run"),
            expect("2025-08-19", "committee", planned=True),
            expect("2025-08-21/2025-08-23", "national", planned=True),
            expect("2025-09-11/2025-09-14", "international", planned=True),
        ),
    ),
    Text(
        "tressider-tungsten-mine",
        "tungsten mine release",
        None,
        """RNS Number: 4471K
Tressider Metals plc
7 October 2025

Tressider Metals plc
("Tressider" or "the Company")

First tungsten concentrate produced at Wheal Tressider

Tressider Metals plc (AIM: TRM) is pleased to announce that the processing plant at its
Wheal Tressider tungsten mine in Cornwall produced its first wolframite concentrate on 3
October 2025, some six weeks after the first ore was fed to the crushing circuit on or
about 22 August.

Highlights
- First concentrate grading 62 percent WO3, above the design specification.
- Commissioning of the gravity and flotation circuits is expected to be completed by 30
  November 2025.
- The first shipment of concentrate to the offtake partner, Rhein Hartmetall GmbH, is
  expected in December.
- Steady-state production of about 2,800 tonnes of concentrate a year is expected to be
  reached in 2027.

Background
Wheal Tressider last worked in 1986, when the collapse of the tungsten price forced its
closure. Tressider acquired the project in 2017, received planning consent on 12 February
2020, and began construction the following year.

Dr Alys Penrose, Chief Executive, said: "Wheal Tressider is producing tungsten for the first
time since 1986. I want to thank our team and the contractors who got us here safely."

For further information:
Tressider Metals plc - Alys Penrose, CEO - +44 (0)1209 000 000
Kestle & Co (Nominated Adviser) - Rob Fenwick

This announcement contains inside information for the purposes of Article 7 of the UK
version of Regulation (EU) No 596/2014, the Market Abuse Regulation.""",
        (
            expect("2025-10-03", "first", "concentrate"),
            expect("2025-08-22~", "ore", "fed"),
            expect("../2025-11-30", "commissioning", planned=True),
            expect("2025-12", "shipment", planned=True),
            expect("2027", "steady", planned=True),
            expect("1986", "clos"),
            expect("2017", "acquired"),
            expect("2020-02-12", "planning", "consent"),
            expect("2021", "construction"),
        ),
    ),
    Text(
        "hexley-knife-grinder-round-book",
        "knife grinder's round book of the 1900s",
        None,
        """THE ROUND BOOK OF AMOS TILLEY, GRINDER, OF HEXLEY

Transcribed from the original notebook in the Hexley Museum (accession no. HXM 1988.41).
Spelling and money as in the original; words in square brackets are the transcriber's.

1907
March

Mon 4th. Out by 6. Lower town. Ground 11 knives at the Bell & 3 pr shears for Mrs
Dorling. Took 2/4.

Thurs 7th. Barrow wheel broke at Cray bridge, the felloe split. Left it at Pettit the
wheelwright, he says it will be done by Saturday. Carried the stone home on my back.

Sat 9th. Fetched barrow from Pettit, paid 1/6. Rained.

Mon 11th. Morley Green fair. Ground for the stallholders all day, 4/9, best day since
Whitsun last.

Fri 15th [? - figure overwritten, could be 16th]. Paid Tom Ashby for the lodging, 3 weeks.

Tues 19th. Old stone worn past use. Ordered new stone from Sheffield by post, 7/-, to come
by the 30th.

Thurs 28th. Stone came by the carrier, 2 days early. Set it in the frame. Letter from
sister Lizzie, her baby came about the 25th, a boy, both well.

[Tilley marks each Monday "out by 6" throughout the book; he seems never to have worked on
a Sunday.]""",
        (
            expect("1907-03-04", "knives", "bell"),
            expect("1907-03-07", "wheel", "broke"),
            expect("../1907-03-09", "wheel", planned=True),
            expect("1907-03-09", "fetched", "barrow"),
            expect("1907-03-11", "fair"),
            expect("1907-03-15?", "lodging"),
            expect("1907-03-19", "stone", "order"),
            expect("../1907-03-30", "stone", planned=True),
            expect("1907-03-25~", "baby"),
            expect("1907-03-28", "stone", "came"),
        ),
    ),
    Text(
        "harrowdale-stoat-survey",
        "stoat survey",
        None,
        """HARROWDALE ESTATE - STOAT (Mustela erminea) SURVEY 2024
Summary report prepared for the Harrowdale Conservation Trust by Fellside Ecology Ltd
Report ref. FE/HCT/24/09 - Version 2, issued 6 January 2025

1. Background
Stoats were trapped as vermin on the estate's grouse moor for generations. In 2016 the
Trust bought the estate and ended predator control, and it has monitored stoats with
tracking tunnels since 2018.

2. Methods
Sixty baited tracking tunnels were set along six transects from 3 to 17 March 2024 (spring
session) and from 7 to 21 October 2024 (autumn session). Tunnels were checked every third
day and the tracking cards replaced. Eight camera traps were kept running at stone walls
throughout the year.

3. Results
Stoat tracks were recorded in 14 tunnels in spring and 23 in autumn, the highest autumn
count since monitoring began. Weasel tracks were found in 9 and 11 tunnels.

A female with at least four kits was seen near Thorn Gill around 4 June. A dead stoat was
found on the Keld road on 12 July, probably a road casualty. A camera trap at Black Sike
photographed a stoat in part-white winter coat on 28 November, the earliest winter-coat
record on the estate.

4. Recommendations
The spring session will be repeated from 2 to 16 March 2025 on the same transects. A full
report on the 2018-2024 series will be submitted to the Trust by 30 April 2025.

Table 1. Tunnels with stoat tracks
Session | Tunnels set | With stoat | With weasel
Spring 2024 | 60 | 14 | 9
Autumn 2024 | 60 | 23 | 11

Fellside Ecology Ltd, Unit 4, Mill Yard, Kendal. Registered in England No. 08812345.""",
        (
            expect("2016", "bought", "estate"),
            expect("2018/..", "tracking", "tunnels"),
            expect("2024-03-03/2024-03-17", "spring", "session"),
            expect("2024-10-07/2024-10-21", "autumn", "session"),
            expect("2024-06-04~", "kits"),
            expect("2024-07-12", "dead", "stoat"),
            expect("2024-11-28", "winter", "coat"),
            expect("2025-03-02/2025-03-16", "repeat", planned=True),
            expect("../2025-04-30", "report", planned=True),
        ),
    ),
    Text(
        "dappleford-rocking-horses",
        "rocking horse maker's history",
        None,
        """Dappleford Rocking Horses - Our Story

Walter Greenhalgh carved his first rocking horse in 1952, in the back shed of his cottage
at Dappleford, for his daughter Jean's fifth birthday. Neighbours asked for more, and by
1955 he had given up his job at the sawmill to carve full time.

In 1961 he moved into the old smithy on Mill Row, which is still our workshop, and the
following year he took on his first apprentice, Ron Abbott. Walter worked in the
traditional way: a laminated body of yellow pine, legs jointed by hand, real horsehair for
the mane and tail.

We know of one horse from those years that we would love to see again. A dapple-grey,
possibly made in 1968, was sent to a children's hospital in London; we have never found it.

Walter retired in 1979 and left the workshop to Ron. Jean's son, Tom Greenhalgh, took over
in 1998 and still carves every horse himself. Since 2004 we have also restored antique
horses, around sixty a year, from nursery rockers to Victorian bow-rockers.

Our 1,000th horse, a palomino called Barley, left the workshop on 14 December 2019 for a
family in Ayrshire.

Each horse takes about 200 hours to make, and we close every year for the first fortnight
of August. A small gallery of Walter's tools and early horses is being built next to the
smithy and will open to visitors in 2026.

Dappleford Rocking Horses, The Old Smithy, Mill Row, Dappleford. Est. 1952.
(c) 2025 Dappleford Rocking Horses""",
        (
            expect("1952", "first", "horse"),
            expect("../1955", "sawmill"),
            expect("1961", "smithy"),
            expect("1962", "apprentice"),
            expect("1968?", "dapple-grey"),
            expect("1979", "retired"),
            expect("1998", "took", "over"),
            expect("2004/..", "restored"),
            expect("2019-12-14", "barley"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "marisanto-tourism-statement",
        "tourism minister's statement",
        None,
        """MINISTRY OF TOURISM AND CULTURE
Government of Marisanto

MINISTERIAL STATEMENT BY THE HON. LUCIA FERRANTE-BOYD, MINISTER OF TOURISM AND CULTURE,
ON VISITOR ARRIVALS AND THE 2026 SEASON

Delivered in the House of Assembly, Port Santel, Tuesday 9 December 2025

Madam Speaker,

Figures released by the Statistical Office on 2 December show that Marisanto welcomed
412,000 stay-over visitors in the twelve months to October, the highest number since 2019.
This recovery did not happen by chance.

The Santel cruise pier, badly damaged by Hurricane Ines on 27 September 2024, reopened to
ships on 15 March. On Friday the Ministry signed a new airlift agreement with Caribe Sky,
which will add four weekly flights from Miami.

Madam Speaker, the electronic travel authorisation that this House approved in July will
replace paper landing cards from 1 February 2026. The visitor levy of five dollars a night,
introduced on 1 June 2023, will not rise next year.

The extension of the runway at Hamlin Field, started in 2024, is expected to be completed
by June 2026, allowing direct flights from Europe.

On Tuesday of next week I will travel to Miami to meet the three largest cruise lines, and
I will report to this House on my return.

Madam Speaker, our Heritage Week is celebrated every year in the second week of May, and I
invite every member to take part.

I thank you.

Issued by the Ministry of Tourism and Culture, Government Buildings, Port Santel.
Ref. MTC/STAT/2025/19""",
        (
            expect("2025-12-02", "figures", "released"),
            expect("2024-09-27", "damag"),
            expect("2025-03-15", "pier", "reopen"),
            expect("2025-12-05", "agreement", "sign"),
            expect("2025-07", "approv"),
            expect("2026-02-01", "landing", planned=True),
            expect("2023-06-01", "levy"),
            expect("2024", "runway", "start"),
            expect("../2026-06", "runway", "complet", planned=True),
            expect("2025-12-16", "miami", planned=True),
        ),
    ),
    Text(
        "lockwick-escape-rooms",
        "escape room HTML page",
        date(2025, 11, 6),
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News | Lockwick Escape Rooms</title>
<meta name="description" content="Escape rooms in the heart of Lockwick. Book online.">
</head>
<body>
<header>
<a href="/" class="logo">LOCKWICK ESCAPE ROOMS</a>
<nav><ul>
<li><a href="/rooms">Our rooms</a></li>
<li><a href="/book">Book now</a></li>
<li><a href="/vouchers">Gift vouchers</a></li>
</ul></nav>
</header>
<main>
<section class="news">
<h2>What's new</h2>
<article>
<h3>The Lighthouse Keeper opens on 14 November!</h3>
<p>Our fifth room, <strong>The Lighthouse Keeper</strong>, opens on Friday 14 November. You
have 60 minutes to find out why the lamp went dark on the night of 19 December 1898.</p>
<p>Bookings opened on Monday and the first two weekends are almost full, so
<a href="/book">book now</a>.</p>
</article>
<article>
<h3>Christmas and New Year</h3>
<p>We're closed on Christmas Day and Boxing Day (25 and 26 December). Gift vouchers are
valid for 12 months.</p>
<p><em>Pharaoh's Tomb</em> will close for refurbishment from 5 January to 30 January and
reopens with new puzzles on Saturday 31 January.</p>
</article>
</section>
<section class="about">
<h2>About us</h2>
<p>Lockwick Escape Rooms opened in the old Corn Exchange in 2017, and more than 40,000
players have tried to escape us since. The record for <em>The Bank Vault</em>, 31 minutes
12 seconds, was set by team "Lock Stock" on 2 August 2024.</p>
<table>
<tr><th>Room</th><th>Players</th><th>Difficulty</th></tr>
<tr><td>The Bank Vault</td><td>2-6</td><td>4/5</td></tr>
<tr><td>Pharaoh's Tomb</td><td>3-8</td><td>3/5</td></tr>
<tr><td>The Lighthouse Keeper</td><td>2-5</td><td>5/5</td></tr>
</table>
</section>
</main>
<footer>
<p>Lockwick Escape Rooms Ltd, Corn Exchange, Lockwick. Company no. 10584422.</p>
<p>&copy; 2017-2025 Lockwick Escape Rooms. Page last updated: Thursday.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-11-14", "lighthouse", "open", planned=True),
            expect("2025-11-03", "bookings", "opened"),
            expect("2025-12-25", "closed", planned=True),
            expect("2025-12-26", "closed", planned=True),
            expect("2026-01-05/2026-01-30", "refurbish", planned=True),
            expect("2026-01-31", "reopen", planned=True),
            expect("2017", "corn", "exchange"),
            expect("2024-08-02", "record"),
        ),
    ),
    Text(
        "ferrimead-houseboat-mooring-licence",
        "houseboat mooring licence decision",
        None,
        """FERRIMEAD NAVIGATION AUTHORITY
Licensing Sub-Committee - Decision Notice

Application No.: ML/2024/0382
Applicant: Mr Jonah Aske
Vessel: houseboat "Kittiwake" (unpowered, 16.8 m)
Site: Mooring 14, Tanner's Reach, River Ferri
Date of hearing: 11 March 2025
Date of this notice: 18 March 2025

1. The applicant applied on 2 October 2024 for a residential mooring licence for the
houseboat Kittiwake, which has been moored at Tanner's Reach since about 2014 under a series
of annual leisure licences.

2. The application was advertised on 17 October 2024. The Authority received nine
representations, seven in support. Officers inspected the site on 21 November 2024 and
again on 6 February 2025, when they found the bank protection in good order.

3. The Sub-Committee heard the application on 11 March 2025 and decided at the end of the
hearing to grant it. It was satisfied that the mooring does not obstruct navigation.

4. DECISION: The licence is GRANTED for a term of five years, from 1 April 2025 to 31 March
2030, subject to the following conditions:
(a) a sewage pump-out connection shall be installed no later than 30 June 2025;
(b) the hull shall be surveyed by a qualified marine surveyor before 31 December 2026;
(c) no more than two persons shall reside on the vessel.

5. This licence is issued under section 22 of the Ferrimead Navigation Act 1978. The fee is
payable every year on 1 April.

6. Right of appeal: the applicant, or any person who made representations, may appeal to the
Magistrates' Court within 21 days of the date of this notice.

Signed: Cllr R. Hallam, Chair, Licensing Sub-Committee""",
        (
            expect("2024-10-02", "appli"),
            expect("2014~/..", "moored"),
            expect("2024-10-17", "advertis"),
            expect("2024-11-21", "inspect"),
            expect("2025-02-06", "inspect"),
            expect("2025-03-11", "hear"),
            expect("2025-04-01/2030-03-31", "licence", planned=True),
            expect("../2025-06-30", "pump-out", planned=True),
            expect("../2026-12-31", "hull", planned=True),
        ),
    ),
    Text(
        "stenbury-millinery-history",
        "millinery history",
        None,
        """STENBURY AND DISTRICT LOCAL HISTORY SOCIETY
Occasional Paper No. 14

Chapter 3: The Hat Trade

Straw plaiting is first recorded in the villages around Stenbury about 1700, when plait was
sold at the Thursday market to hatters from London. For more than a century the trade
stayed in the cottages, where women and children plaited by the fire.

The first hat factory in the town, Joseph Vell's on Bridge Street, opened in 1834. A
straw bonnet in the Hat Museum is thought to have been made there in 1840, possibly by
Vell's daughter Ann. Vell's won a medal at the Great Exhibition of 1851.

The town's milliners formed a trade association in 1862, and the following year they opened
a school of design in the Corn Hall to train trimmers and blockers.

Felt hats brought the first large strike: the blockers at Harker & Dunn's felt works were
out from 3 to 29 May 1912. Cloche hats kept the factories busy in the 1920s, but the trade
shrank steadily after the war as fewer people wore hats.

Harker & Dunn, the last factory, closed in 1968. Its Bridge Street building now houses the
Stenbury Hat Museum, which has been open since 1994. A planned extension to the museum, with
a working blocking room, is to open in 2027.

Notes
1. Stenbury Vestry Minutes, 1701-1740 (County Record Office, ref. SV/2/3).
2. J. Harker, A Hundred Years of Hats (Stenbury, 1934).

(c) Stenbury and District Local History Society, 2023""",
        (
            expect("1700~", "plaiting"),
            expect("1834", "factory", "opened"),
            expect("1840?", "bonnet"),
            expect("1851", "medal"),
            expect("1862", "association"),
            expect("1863", "school"),
            expect("1912-05-03/1912-05-29", "strike"),
            expect("1968", "closed"),
            expect("1994/..", "museum"),
            expect("2027", "extension", planned=True),
        ),
    ),
    Text(
        "wendlecombe-shove-hapenny-fixtures",
        "shove ha'penny league fixtures card",
        date(2025, 9, 22),
        """THE BELL INN, WENDLECOMBE
SHOVE HA'PENNY - FIXTURES CARD
Wendlecombe & District League, Division One - first half of season

All matches Tuesdays, 8.00 pm prompt. Home side supplies the board, chalk and sandwiches.

Date      | Opponents         | H/A
Tue 7 Oct | Plough 'A'        | H
Tue 21 Oct | Royal Oak        | A
Tue 4 Nov | Fleece            | H
Tue 2 Dec | Railway Tavern    | A
Tue 6 Jan | Plough 'B'        | H

No matches Tue 23 and Tue 30 Dec (Christmas). Second-half fixtures on a separate card.

KNOCKOUT CUP FINAL: Friday 27 March, at the Royal Oak, 8.00 pm.

CLUB NOTES
The League AGM was held at the Plough on Friday 12 September; the fee stays at GBP 2 a
player. The League was founded in 1952 at the Fleece, with six teams.
Home matches are played on the Bell's slate board, made in 1890 and still the truest in the
league.

Captain: Ted Marlow. Spare players please give your name to Ted or behind the bar.

Printed by Wendlecombe Print, 2 Fore Street.""",
        (
            expect("2025-10-07", "plough", planned=True),
            expect("2025-10-21", "royal", "oak", planned=True),
            expect("2025-11-04", "fleece", planned=True),
            expect("2025-12-02", "railway", planned=True),
            expect("2026-01-06", "plough", planned=True),
            expect("2026-03-27", "cup", "final", planned=True),
            expect("2025-09-12", "agm"),
            expect("1952", "founded"),
            expect("1890", "board"),
        ),
    ),
)
