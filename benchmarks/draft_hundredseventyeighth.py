"""The hundred-and-seventy-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its earlier corpora, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a pollen forecast, a snooker final report, a desalination plant release, a policeman's
notebook of the 1890s, an eel pass monitoring report, a market cross's history, a transport
minister's rail timetable statement, a science museum HTML events page, a licensing appeal
decision, a bell foundry's history and a rambling club's walks programme. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "next week", "recently") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYEIGHTH_CORPUS",)


HUNDREDSEVENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-refloated",
        "wire story with a dateline",
        date(2025, 3, 13),
        """LOMBARD BAY, March 13 (Meridian Wire) - A passenger ferry that ran aground off Kessel
Island on Tuesday was refloated on Thursday morning, its operator said, and two tugs began
towing it to the repair yard at Port Arven.

The Saint Odile, carrying 212 passengers and 14 crew, struck a sandbank shortly after
leaving Lombard Bay at 7.40 a.m. All on board were taken off by lifeboats within five hours
and nobody was seriously hurt.

The national maritime accident board opened an inquiry on Wednesday and said it would
publish a preliminary report no later than April 11. Investigators have taken the ship's
voyage data recorder and are interviewing the master and the officer of the watch.

The operator, Bayline Ferries, said it expected the Saint Odile to be back in service by
April 30. Replacement sailings on its smaller vessel Kestrel will begin on Saturday, and
passengers holding tickets for the Saint Odile can travel on them without charge.

The 84-metre ferry was built in about 1998 at the Varne yard in Sunderhaven and joined
Bayline's fleet in 2006. It was the third grounding on the Kessel route since 2019, a
record that local councillors said showed the channel needed dredging. The route carries
about 1.1 million passengers a year.

"We are grateful to the lifeboat crews and to our own people, who kept everyone calm,"
Bayline's chief executive, Anouk Servais, said in a statement.

(Reporting by Piers Lindqvist; Editing by Mara Holt; +31 20 555 0147)""",
        (
            expect("2025-03-11", "aground"),
            expect("2025-03-13", "refloat"),
            expect("2025-03-12", "inquiry"),
            expect("../2025-04-11", "report", planned=True),
            expect("../2025-04-30", "service", planned=True),
            expect("2025-03-15", "sailings", planned=True),
            expect("1998~", "built"),
            expect("2006", "bayline"),
        ),
    ),
    Text(
        "frame-plant-opens",
        "press release",
        date(2024, 6, 18),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE
Marrowby, 18 June 2024

HALDEN CYCLES OPENS FRAME PLANT IN MARROWBY AND DOUBLES ITS OUTPUT

Halden Cycles Ltd today opened its new frame-welding plant on the Kilnfield estate in
Marrowby, the company's first factory outside its home town of Upper Tarring.

Building work on the 6,800 m2 plant began in September 2022. The contractor handed the
plant over on 2 May 2024, and the first frames came off the line in trial runs on 21 May.

Full production of 60,000 frames a year is scheduled to start in March 2025, and the plant
is expected to employ about 140 people by the end of 2025. "This is the biggest investment
in Marrowby since 2008," said council leader Harriet Ombe, who cut the ribbon.

Halden was founded in 1987 by the brothers Piet and Aldo Halden, who built racing frames in
a garage behind their father's shop. It launched its first e-bikes in 2015 and now sells in
eleven countries.

"Our customers have waited too long for their bikes," said managing director Sofie Halden.
"Marrowby lets us build frames in Britain again instead of shipping them halfway round the
world."

Residents are invited to an open day at the plant on Saturday 29 June, with factory tours
every hour and a children's cycling course.

ENDS

Notes to editors
Halden Cycles is certified to ISO 9001 and employs 410 people. Images are available on
request.

Media contact: Ines Varga, +44 1632 960418, press@haldencycles.example""",
        (
            expect("2024-06-18", "plant", "open"),
            expect("2022-09", "building"),
            expect("2024-05-02", "hand"),
            expect("2024-05-21", "frames"),
            expect("2025-03", "production", planned=True),
            expect("../2025", "employ", planned=True),
            expect("1987", "found"),
            expect("2015", "e-bike"),
            expect("2024-06-29", "open", "day", planned=True),
        ),
    ),
    Text(
        "cannery-demolition-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

No. 23-CA-0417

ORCHARD LANE HOLDINGS, LLC, Plaintiff-Appellant,
v.
CITY OF BRISLEY, Defendant-Appellee.

Filed: February 6, 2024

OPINION

HALVERSEN, J.

Orchard Lane Holdings, LLC appeals from the trial court's order of May 19, 2023, granting
summary judgment to the City of Brisley on Orchard Lane's claim for inverse condemnation.
We affirm.

I. BACKGROUND

Orchard Lane bought the former Brisley cannery site in 2016. On or about March 3, 2019, the
City's building inspector posted a notice declaring the cannery's north warehouse unsafe.
Orchard Lane did not apply for a permit to repair or demolish it, and on August 14 of that
year the City demolished the warehouse under the Unsafe Structures Act of 1952 and the
City's own unsafe buildings ordinance, which has been in force since 1961.

Orchard Lane filed suit on July 30, 2021. The City moved for summary judgment on the ground
that the claim was barred by the two-year limitations period. The trial court heard
argument on April 4, 2023, and granted the motion. Orchard Lane filed its notice of appeal
on June 12, 2023.

II. DISCUSSION

We review a grant of summary judgment de novo. A claim for inverse condemnation accrues when
the property is taken. Orchard Lane argues that the taking was not complete until the City
recorded its lien for the cost of demolition. We disagree. The warehouse was taken when it
was pulled down, and Orchard Lane knew that day that it had been.

III. CONCLUSION

The judgment is affirmed. Costs to appellee. The mandate shall issue no later than
March 7, 2024.

MORALES, P.J., and TRAN, J., concur.""",
        (
            expect("2023-05-19", "judgment"),
            expect("2016", "cannery"),
            expect("2019-03-03~", "notice"),
            expect("2019-08-14", "warehouse"),
            expect("1961/..", "ordinance"),
            expect("2021-07-30", "suit"),
            expect("2023-04-04", "argument"),
            expect("2023-06-12", "appeal"),
            expect("../2024-03-07", "mandate", planned=True),
        ),
    ),
    Text(
        "montbrisac-abbey",
        "encyclopedia history",
        None,
        """Montbrisac Abbey

Montbrisac Abbey (French: Abbaye Saint-Ferréol de Montbrisac) is a former Benedictine
abbey in the hill country west of Castelvaure. Its church and part of the cloister survive;
the monument is registered under reference PA00084321.

History

A monastic community at Montbrisac is first recorded in a charter of c. 1040, in which the
lord of Vaure gave the monks the mill and the tithes of the valley. The abbey church was
consecrated in 1112 by Bishop Aymar of Castelvaure, and for two centuries it remained the
largest church in the diocese.

A fire destroyed the dormitory in 1287, and the cloister was rebuilt the following year
with the capitals that survive today. During the wars of the fourteenth century the abbey
was sacked by mercenary companies in 1362, 1369 and 1374, and the community shrank to a
handful of monks.

The community was dissolved during the Revolution. The last abbot, Dom Gilles Ferrand, is
thought to have died in 1793, perhaps in prison at Lyon. The conventual buildings were sold
as national property and partly pulled down for stone; the church was closed again after
the 1905 law on the separation of the churches and the state.

Since 1921 the abbey church has served as the parish church of Montbrisac. A restoration
of the west front, whose sculpture has been eroded by frost, is planned to begin in 2026.

Architecture

The church has a nave of five bays, a transept and three apses. The cloister's north walk
keeps 24 of its original capitals, carved with scenes from the life of Saint Ferréol.""",
        (
            expect("1040~", "charter"),
            expect("1112", "consecrat"),
            expect("1287", "fire"),
            expect("1288", "cloister"),
            expect("1362", "sack"),
            expect("1369", "sack"),
            expect("1374", "sack"),
            expect("1793?", "abbot"),
            expect("1921/..", "parish"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "vale-reach-cup-final",
        "sports report",
        date(2025, 4, 6),
        """RUGBY UNION | NATIONAL CUP SEMI-FINAL
Carrow Vale 27 Hensby 19

By Dan Ostler, Sunday 6 April 2025

Two tries from winger Rhys Tallent carried Carrow Vale into the National Cup final with a
27-19 win over Hensby at Fallon Park on Saturday.

Hensby led 13-10 at half-time after a try from their flanker Cal Moran, but Vale's pack took
control after the break and Tallent finished two fine moves down the left in the space of
eight minutes.

It was sweet revenge for Vale, who had lost 22-20 to Hensby in the league at the same ground
on 15 February.

Vale will meet Dunmore Harlequins in the final at the National Stadium on Saturday 3 May.
It is their first final since 2009, and they last lifted the trophy in 1998.

"The boys have been building to this all season," said coach Liane Varro, who was appointed
in June 2022 after three years in charge of the under-20s. "We'll enjoy tonight and then we
go again."

Vale's fly-half Gareth Lowe limped off after 52 minutes with a knee injury and will have a
scan on Monday. He is a doubt for the final.

Hensby, who play every Friday night under the lights at Mill Meadow, host Carrow Vale in the
league again on Friday, when both sides are expected to rest players.

Carrow Vale: tries Tallent 2, Hughes; cons Lowe 2, Ravel; pens Lowe 2.
Hensby: try Moran; con Bright; pens Bright 4. Attendance: 4,812.""",
        (
            expect("2025-04-05", "vale"),
            expect("2025-02-15", "league"),
            expect("2025-05-03", "final", planned=True),
            expect("1998", "trophy"),
            expect("2022-06", "varro"),
            expect("2025-04-07", "scan", planned=True),
            expect("2025-04-11", "host", planned=True),
        ),
    ),
    Text(
        "kettleby-mills-history",
        "company history",
        None,
        """Kettleby Mills - Our history

Kettleby's began in 1884, when the miller Josiah Kettleby leased a watermill on the River
Arle at Hawbeck and started selling flour to bakers in the market towns along the valley.
Our Heritage 1884 loaf is still made to a recipe from his day.

In 1902 his sons installed roller mills, and in 1911 the firm moved to a steam mill beside
the railway at Cressing, where it could take grain by the wagon load. The company was
incorporated as Kettleby Mills Ltd on 1 March 1923.

The Cressing mill burned down in January 1940 and reopened the following year, working day
and night to feed a country at war.

In 1987 the business was bought by its managers, and it has been owned by an employee trust
since 2012. Every one of our 180 staff is a partner in the trust.

Our organic flour range was launched in around 1996, long before organic food was found on
supermarket shelves, and today it makes up a third of our sales.

We now mill some 90,000 tonnes of wheat a year, most of it grown within forty miles of
Cressing. Last summer's harvest gave us the best intake of local wheat since 1976.

Looking ahead

Our new mill on Cressing Road, which will run on power from its own solar roof, is
scheduled to be completed by the end of 2026. The old mill will be kept for our
stoneground flours.

Kettleby Mills Ltd, Station Road, Cressing. Registered in England No. 00184472.""",
        (
            expect("1884", "lease"),
            expect("1902", "roller"),
            expect("1911", "move"),
            expect("1923-03-01", "incorporat"),
            expect("1940-01", "burn"),
            expect("1941", "reopen"),
            expect("1987", "managers"),
            expect("2012/..", "trust"),
            expect("1996~", "organic"),
            expect("../2026", "mill", planned=True),
        ),
    ),
    Text(
        "halcyon-2-summary",
        "mission summary",
        None,
        """MISSION SUMMARY: HALCYON-2
Agency: Continental Space Office (CSO) | Target: comet 318P/Varga | Status: return cruise
Launch mass: 1,620 kg | Last updated: 15 May 2024

Halcyon-2 is the CSO's first mission to bring material from a comet's nucleus back to
Earth.

Timeline
- The spacecraft was launched on 14 November 2019 from the Orvela launch site.
- An Earth flyby on 2 December 2020 bent its path towards the outer asteroid belt.
- It arrived at comet 318P/Varga on 9 July 2022 and mapped the nucleus from an altitude of
  1,950 metres.
- The small hopper MARA was released on 26 September 2023. It sent back images of the
  surface for several weeks, but fell silent before 2 November 2023.
- Sample collection was attempted on 18 October 2023 and repeated three days later, after
  the first attempt gathered less material than planned.
- Halcyon-2 left the comet on 4 March 2024 and is now on its way home.

Next steps
The sample capsule is expected to land at the Kallara test range on 22 September 2026.
After releasing the capsule, the spacecraft will be retargeted towards the asteroid
(41872) Ossian, with arrival projected around 2031.

Science
The comet returns to perihelion every 6.4 years. Its nucleus, 2.3 km long, is darker than
charcoal and releases jets of water vapour and carbon dioxide as it nears the Sun. The
samples are expected to contain dust that has changed little since the Solar System formed.

Contact: Halcyon-2 project office, CSO, science.halcyon@cso.example""",
        (
            expect("2019-11-14", "launch"),
            expect("2020-12-02", "flyby"),
            expect("2022-07-09", "arrive"),
            expect("2023-09-26", "mara"),
            expect("../2023-11-02", "silent"),
            expect("2023-10-18", "sample"),
            expect("2023-10-21", "repeat"),
            expect("2024-03-04", "comet"),
            expect("2026-09-22", "capsule", planned=True),
            expect("2031~", "ossian", planned=True),
        ),
    ),
    Text(
        "saltmere-sea-wall",
        "government statement",
        date(2024, 8, 21),
        """Department for Coastal Affairs
News story | Published 21 August 2024

Saltmere flood defences: first section of sea wall complete

The Minister for Coastal Affairs, Ruth Ambrose, visited Saltmere on Tuesday to see the first
section of the new sea wall, which was completed on 9 August.

Work on the £38 million scheme began in March 2023. When complete it will protect 1,150
homes and businesses from a storm surge of the kind that is expected once in 200 years.

The second section is due to be finished by 31 March 2025. A public consultation on the
third phase, which includes a new pumping station at Fleet Lane, will run from 2 September
to 14 October 2024.

Saltmere has had a flood warning siren since 2011, and the Environment Office will test it
on the first Monday of every month while the works continue.

The Minister said:

"The people of Saltmere have lived with the fear of flooding for too long. This wall is the
first real answer to that fear, and I want everyone in the town to have their say on the
next stage."

Officials from the Department will hold a drop-in session at Saltmere Library on Thursday
29 August, from 2pm to 7pm, where residents can see the plans and ask questions.

Notes to editors
1. The scheme is funded under the Coast Protection Act 1949.
2. Press office: 020 7946 0312 (out of hours: 07700 900512).""",
        (
            expect("2024-08-20", "visit"),
            expect("2024-08-09", "wall"),
            expect("2023-03", "work"),
            expect("../2025-03-31", "second", "section", planned=True),
            expect("2024-09-02/2024-10-14", "consultation", planned=True),
            expect("2011/..", "siren"),
            expect("2024-08-29", "drop-in", planned=True),
        ),
    ),
    Text(
        "corn-exchange-reopens",
        "HTML news page",
        date(2023, 11, 17),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Old Corn Exchange reopens as arts centre | Wexley Gazette</title>
</head>
<body>
<header><a href="/">Wexley Gazette</a> <nav><a href="/news">News</a></nav></header>
<article>
<h1>Old Corn Exchange reopens as arts centre</h1>
<p class="byline">By Ruth Adebayo |
<time datetime="2023-11-17">Friday 17 November 2023</time></p>
<p>The Old Corn Exchange in Wexley reopened as an arts centre on Thursday after a three-year
refurbishment that cost £6.4 million.</p>
<p>The hall was built in 1863 for the town's grain merchants and served as a cinema from
1931 until 1978. It closed in December 2019, when inspectors found its roof unsafe.</p>
<p>Work began in October 2020. The builders handed the keys back to the council on
28 September this year, and the new café, studios and 320-seat hall were fitted out over
the following weeks.</p>
<p>"People told us it would never open again," said centre director Tomasz Keel. "Now it
is the finest room in the county."</p>
<p>An opening festival runs from 24 to 26 November, with concerts, a craft market and
free tours of the roof. A café run by the Wexley Bakehouse will open in the foyer in
January.</p>
<figure><img src="/img/exchange.jpg" alt="">
<figcaption>The Old Corn Exchange on Thursday. Photo: Wexley Gazette</figcaption></figure>
</article>
<footer>&copy; 2023 Wexley Gazette. Story ID 88213. Tel. 01632 960771</footer>
</body>
</html>""",
        (
            expect("2023-11-16", "reopen"),
            expect("1863", "built"),
            expect("1931/1978", "cinema"),
            expect("2019-12", "closed"),
            expect("2020-10", "work"),
            expect("2023-09-28", "keys"),
            expect("2023-11-24/2023-11-26", "festival", planned=True),
            expect("2024-01", "café", planned=True),
        ),
    ),
    Text(
        "eastern-lowlands-pollen",
        "pollen forecast",
        date(2025, 5, 12),
        """NATIONAL POLLEN SERVICE - POLLEN FORECAST
Region: Eastern Lowlands
Issued: Monday 12 May 2025, 10:00

Today: Birch VERY HIGH | Oak MODERATE | Grass LOW | Nettle LOW

Summary
Birch pollen has been at high levels since Saturday, and with warm, dry and breezy weather
it will reach a very high peak on Wednesday. Anyone with a birch allergy should keep windows
closed during the afternoon and take medication before going outside.

A band of rain on Friday will wash much of the pollen out of the air, bringing levels down
to moderate over the weekend.

The birch season began on 8 April this year, about ten days earlier than average, after the
mildest March on record at our Fenwick station.

Grass pollen, which affects about nine in ten hay fever sufferers, is still low, but the
grass season is expected to start around 20 May if the weather stays warm. Last year grass
pollen peaked on 3 June, when the count at Fenwick reached 214 grains per cubic metre.

How we forecast
Counts are taken each morning from traps on the roofs of four hospitals and combined with
the weather forecast. Levels are given on a scale of 1 (low) to 5 (very high).

Data: National Pollen Service / Met Office partnership. Licence 2019/44.""",
        (
            expect("2025-05-10/..", "birch", "high"),
            expect("2025-05-14", "peak", planned=True),
            expect("2025-05-16", "rain", planned=True),
            expect("2025-04-08", "birch", "season"),
            expect("2025-05-20~", "grass", planned=True),
            expect("2024-06-03", "grass", "peak"),
        ),
    ),
    Text(
        "northern-open-final",
        "snooker final report",
        date(2025, 2, 24),
        """SNOOKER
Renner ends Ashdown's reign in Northern Open thriller

SHEFFORD, Monday 24 February 2025

Tomas Renner won the Northern Open for the first time on Sunday night, beating defending
champion Dale Ashdown 10-8 in a final that did not finish until 11.42pm.

Ashdown, who made a 147 maximum break in his semi-final against Luca Ferri on Saturday, led
5-3 after the afternoon session. But Renner won six of the first seven frames in the
evening and sealed the title with a composed 74 break.

"I've dreamt about this since I was a kid," said Renner, who collects £100,000. "Dale is a
great champion and I had to play the best snooker of my life."

Renner, who turned professional in 2011, had lost his only previous ranking final, the
Coastal Classic in March 2019. He rises to ninth in the world rankings, his highest
position since 2016.

Ashdown had won the Northern Open in 2021, 2022 and 2024, and was bidding to become the first
player to lift the trophy four times.

Renner has little time to celebrate: he is due to play in the Harbour Cup qualifiers, which
begin on Thursday. He will defend his Northern Open title at Shefford Civic Hall from 16 to
22 February next year.

Final (best of 19): T Renner 10-8 D Ashdown. Frame scores (Renner first): 12-88, 70-41,
0-124, 65-60, 33-77, 1-92, 81-20, 43-69, 88-0, 71-30, 104-8, 63-52, 77-19, 0-131, 54-61,
90-12, 28-80, 74-9.""",
        (
            expect("2025-02-23", "renner"),
            expect("2025-02-22", "maximum"),
            expect("2011", "professional"),
            expect("2019-03", "coastal"),
            expect("2021", "ashdown"),
            expect("2022", "ashdown"),
            expect("2024", "ashdown"),
            expect("2025-02-27", "harbour", planned=True),
            expect("2026-02-16/2026-02-22", "defend", planned=True),
        ),
    ),
    Text(
        "tern-bay-desalination",
        "desalination plant release",
        date(2024, 7, 3),
        """NEWS RELEASE
Coral Point Water Authority
For release: 3 July 2024

Tern Bay desalination plant passes the halfway mark

Construction of the Tern Bay desalination plant is now more than half complete, the Coral
Point Water Authority said today.

The authority's board approved the plant in November 2021, and construction started on
15 February 2023. The intake tunnel, which runs 1.2 km out under the seabed, was finished
last month, and the roof of the main process hall is now in place.

Installation of the reverse-osmosis membranes is scheduled to begin in October. First water
is expected to flow into the network by June 2025, and the plant is projected to reach its
full output of 120 megalitres a day in 2026.

Coral Point has relied on the Kessing reservoir for most of its water since 1974. In January
this year the reservoir fell to 31 per cent of capacity, its lowest level since 1983.

"Tern Bay means our children will not have to watch the reservoir every summer and wonder
whether the taps will run," said the authority's chair, Dr Priya Falconer.

The plant's 2,400 solar panels will supply about a fifth of the power it uses.

Public tours of the construction site will run on Saturday 20 and Saturday 27 July. Places
are limited and must be booked online.

Media enquiries: Jonah Reyes, Communications Manager, 08 5550 1920
The Coral Point Water Authority is certified to ISO 14001.""",
        (
            expect("2021-11", "approv"),
            expect("2023-02-15", "construction"),
            expect("2024-06", "tunnel"),
            expect("2024-10", "membranes", planned=True),
            expect("../2025-06", "water", planned=True),
            expect("2026", "output", planned=True),
            expect("1974/..", "kessing"),
            expect("2024-01", "reservoir"),
            expect("2024-07-20", "tours", planned=True),
            expect("2024-07-27", "tours", planned=True),
        ),
    ),
    Text(
        "pc-sheddon-pocket-book",
        "policeman's notebook of the 1890s",
        None,
        """POCKET BOOK - P.C. 214 Albert Sheddon, K Division, Holbrook Street Station
1893

Tues. 14 March. On duty 6 a.m. At 9.15 a.m. in Lorrimer Street was called by Mrs Hannah
Tibbs, widow, of No. 12, who stated her house had been entered during the night by the
scullery window and a silver watch and two spoons taken. The watch was given to her by her
late husband in 1879. Her lodger Jas. Pell, carter, states he has lodged with her since 1890
and heard nothing. Reported same to Sgt. Rudd.

Wed. 15th. Informed by Sgt. Rudd that one Wm. Coker, a known receiver, was seen in the Crown
public house, Dyer's Lane, on or about the 10th inst. offering a watch for sale.

Thurs. 16th. 7.30 p.m. Arrested Wm. Coker at No. 3 Dyer's Court on Warrant No. 1874. Found
in his possession a silver watch answering the description. Prisoner said "I bought it
honest off a sailor." Conveyed to station and charged.

Fri. 17th. Attended Holbrook Police Court. Coker remanded in custody to Friday next, the
24th inst. Mrs Tibbs identified the watch by the inscription inside the case.

Sat. 18th. 6.50 a.m. Body of a man, unknown, taken from the canal by the lock-keeper at
Barrow Bridge. Conveyed to mortuary. No marks of violence seen.

Mon. 20th. Attended inquest at the Bell Inn on the body taken from the canal. Verdict
found drowned. Coroner directed description be circulated.

(signed) A. Sheddon P.C. 214. Examined: J. Rudd, Sgt.""",
        (
            expect("1893-03-14", "tibbs"),
            expect("1879", "watch"),
            expect("1890/..", "pell"),
            expect("1893-03-10~", "coker"),
            expect("1893-03-16", "arrest"),
            expect("1893-03-17", "remand"),
            expect("1893-03-24", "coker", planned=True),
            expect("1893-03-18", "body"),
            expect("1893-03-20", "inquest"),
        ),
    ),
    Text(
        "castle-weir-eel-pass",
        "eel pass monitoring report",
        None,
        """MARLE RIVERS TRUST - FISHERIES TEAM
Castle Weir eel pass, River Marle: monitoring report 2024
Report ref. MRT/EP/24/07 | Date: 11 November 2024 | Author: Dr Helen Okonjo

1. Background
The bristle-substrate eel pass at Castle Weir was installed in April 2019 to let young eels
climb the 2.1 m weir, which had blocked their way upstream for over a century. An automatic
trap counter has operated at the head of the pass since 1 May 2020.

2. Monitoring in 2024
Monitoring in 2024 ran from 2 April to 31 October. The trap was checked every morning and
all eels were counted, measured in batches and released upstream.

The first elvers of the year were recorded around 20 May, after the river warmed above
14 degrees. Numbers peaked on the night of 17 June, when 1,942 elvers passed the counter.
The pass was closed for repairs to the trap from 5 to 9 August, after debris from a storm
damaged the inlet screen.

3. Results
The season's total of 18,310 eels was nearly double the 2023 total and the highest since
monitoring began. Most were between 70 and 120 mm long.

4. Recommendations and next steps
A second pass at Mill Lane weir, 3 km upstream, is scheduled to be fitted by March 2025.
Monitoring at Castle Weir will resume on 1 April 2025.

Contact: fisheries@marlerivers.example | Registered charity no. 1152719""",
        (
            expect("2019-04", "install"),
            expect("2020-05-01/..", "counter"),
            expect("2024-04-02/2024-10-31", "monitoring"),
            expect("2024-05-20~", "elvers"),
            expect("2024-06-17", "peak"),
            expect("2024-08-05/2024-08-09", "repair"),
            expect("../2025-03", "mill lane", planned=True),
            expect("2025-04-01", "resume", planned=True),
        ),
    ),
    Text(
        "aldbury-market-cross",
        "market cross's history",
        None,
        """THE MARKET CROSS, ALDBURY ST GILES

A short history for visitors, published by the Aldbury Society

Aldbury was granted the right to hold a market by royal charter in 1227, and the market has
been held around the cross every Thursday for as long as anyone can remember.

The present cross was put up c. 1480, probably by the wool merchants of the town, on the
site of an earlier wooden cross. It had a tall octagonal shaft on three steps, topped by a
carved head showing the Crucifixion on one side and Saint Giles on the other.

The head was broken off, probably in 1643, when Parliamentary soldiers were quartered in
the town. Its fragments were found in a garden wall in Sheep Street during building work
and are now kept in the church.

A stone roof on eight columns was added in 1702, giving market traders shelter from the
rain, and the steps were relaid in 1768. The cross has been a scheduled monument since
1927.

On 14 October 1987 a delivery lorry reversed into two of the columns, and the roof was
propped with timber until the repairs were finished. The scars can still be seen on the
north side.

The Aldbury Society and the town council have raised £48,000 for conservation work to the
steps and columns, which will take place in 2025.

Please do not climb on the steps. Aldbury Society, 4 Church Row, Aldbury St Giles.""",
        (
            expect("1227", "charter"),
            expect("1480~", "cross"),
            expect("1643?", "head"),
            expect("1702", "roof"),
            expect("1768", "steps"),
            expect("1927/..", "scheduled"),
            expect("1987-10-14", "lorry"),
            expect("2025", "conservation", planned=True),
        ),
    ),
    Text(
        "rail-timetable-statement",
        "transport minister's rail timetable statement",
        date(2024, 10, 10),
        """WRITTEN MINISTERIAL STATEMENT
Department for Transport
Rail timetable changes: December 2024
Made on: 10 October 2024 | Statement UIN HCWS118
Made by: The Minister of State for Rail (Anita Crowther)

The new national rail timetable will take effect on Sunday 15 December. It will restore
half-hourly services between Coldbridge and Easterby and add 140 weekday trains across the
network. Operators must publish their final timetables no later than 1 November, so that
passengers can plan their journeys over Christmas.

Electrification of the Harwell to Coldbridge line was completed on 30 September, allowing
electric trains to run through to the coast for the first time.

Services between Coldbridge and Easterby were cut in May 2023 after the collapse of the
Ferrybank viaduct in April of that year. The rebuilt viaduct reopened to trains on Monday,
six weeks ahead of schedule, and I want to thank the engineers who worked through the
summer to achieve this.

Punctuality on the Eastern routes last year was the worst since 2008. Timetables change
twice a year, in May and December, and I have asked operators to use each change to build in
more reliable connections.

A further change, adding Sunday services on the Easterby branch, is expected in May 2025.

I will place a copy of the new timetable in the Libraries of both Houses.""",
        (
            expect("2024-12-15", "timetable", planned=True),
            expect("../2024-11-01", "publish", planned=True),
            expect("2024-09-30", "electrification"),
            expect("2023-05", "cut"),
            expect("2023-04", "viaduct", "collapse"),
            expect("2024-10-07", "viaduct", "reopen"),
            expect("2025-05", "sunday", planned=True),
        ),
    ),
    Text(
        "brightwater-whats-on",
        "science museum HTML events page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>What's on: March 2025 | Brightwater Science Museum</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> |
<a href="/whats-on">What's on</a></nav>
<main>
<h1>What's on: March 2025</h1>
<p>Brightwater Science Museum has been opening its doors to curious minds since it was
founded in 1896. Here is what is happening in March.</p>

<h2>Comets!</h2>
<p>Our new planetarium show runs from 1 to 30 March. Fly through the tail of a comet and
find out why they glow. Ages 6+. <strong>£6</strong></p>

<h2>Family Lab: Bubbles</h2>
<p><time datetime="2025-03-08">Saturday 8 March</time>, 10:30-16:00. Make giant bubbles and
find out what holds them together. Free, drop in.</p>

<h2>Museum Late: Science of Sleep</h2>
<p><time datetime="2025-03-13">Thursday 13 March</time>, 19:00-22:00. Talks, a silent disco
and a bar. Adults only.</p>

<h2>Lovelace Gallery</h2>
<p>The Lovelace Gallery has been closed since 6 January for refurbishment and will reopen
on 22 March with a new display on computing pioneers.</p>

<h2>Tinker Club</h2>
<p>Every Sunday, 14:00. Take apart old gadgets with our engineers.</p>

<h2>Did you know?</h2>
<p>Our Foucault pendulum, installed in 1958, swings from a 21-metre wire in the main
hall.</p>

<p>Booking for Easter holiday workshops opens on Monday 17 February.</p>
</main>
<footer>Brightwater Science Museum, Quay Road. Charity no. 1098832.
Tel. 0117 496 0555</footer>
</body>
</html>""",
        (
            expect("1896", "found"),
            expect("2025-03-01/2025-03-30", "comets", planned=True),
            expect("2025-03-08", "family lab", planned=True),
            expect("2025-03-13", "late", planned=True),
            expect("2025-01-06/..", "lovelace", "closed"),
            expect("2025-03-22", "reopen", planned=True),
            expect("1958", "pendulum"),
            expect("2025-02-17", "booking", planned=True),
        ),
    ),
    Text(
        "lantern-rooms-appeal",
        "licensing appeal decision",
        None,
        """HARWICK MAGISTRATES' COURT
LICENSING APPEAL - Licensing Act 2003, section 181

Case No. LA/2024/0091
THE LANTERN ROOMS LIMITED (Appellant)
v
HARWICK DISTRICT COUNCIL (Respondent)
and THE CHIEF OFFICER OF POLICE (Interested Party)

DECISION dated 28 March 2025

1. The appellant operates a late-night bar at 14-16 Quay Street, Harwick. Its premises
licence was first granted on 3 June 2015 and permits the sale of alcohol until 2 a.m.

2. On or about 2 July 2024 a customer was seriously injured in a fight outside the
premises. The police applied for a review of the licence on 12 August 2024, relying on that
incident and on eleven calls to the premises in the previous year.

3. The licensing sub-committee met on 19 September and revoked the licence. The appellant
lodged its appeal on 8 October 2024, and the licence has remained in force pending the
appeal.

4. Since January 2025 the appellant has operated a dispersal policy, with two door
supervisors on duty from 10 p.m. and a taxi marshal at closing time. The police accept that
no incident has been recorded since it was introduced.

5. The appeal was heard from 10 to 12 March 2025. I heard evidence from the designated
premises supervisor, from PC Hollis and from two residents of Quay Street.

6. I find that revocation was not necessary to promote the licensing objectives. The appeal
is allowed. The licence is reinstated on the conditions in the schedule, which must be in
place no later than 25 April 2025.

District Judge (Magistrates' Courts) S. Adeyemi""",
        (
            expect("2015-06-03", "grant"),
            expect("2024-07-02~", "injured"),
            expect("2024-08-12", "review"),
            expect("2024-09-19", "revoke"),
            expect("2024-10-08", "appeal"),
            expect("2025-01/..", "dispersal"),
            expect("2025-03-10/2025-03-12", "heard"),
            expect("../2025-04-25", "conditions", planned=True),
        ),
    ),
    Text(
        "wendlebury-bell-foundry",
        "bell foundry's history",
        None,
        """HALLOWAY & BRISK, BELLFOUNDERS, WENDLEBURY
A short history of the foundry

The oldest bell known from the Wendlebury foundry, cast by Thomas Halloway, is dated 1574 and
still hangs in the church at Little Hampden. Halloway and his sons cast bells in a yard
behind the Swan Inn, digging a new casting pit for every large bell.

The foundry moved to its present site in Church Lane in 1738, where the old furnace house
and moulding loft still stand. The tenor bell of St Mary's, Wendlebury, was cast here in
1781 and recast in 1802 and 1856, each time after it had cracked in use.

The Brisk family, bell-hangers from Oxley, joined the Halloways as partners in 1890, and the
firm took its present name the following year. During the Second World War the foundry cast
shell cases and ship's fittings, and bell-making stopped entirely.

The foundry was badly damaged by fire on or about 5 November 1951. Bell-casting resumed in
a rebuilt casting shop, and the firm went on to supply rings of bells to churches as far
away as New Zealand.

It has been run by the Okoro family since 1998. Today the foundry casts around 60 bells a
year, the largest weighing 1,250 kg, and its craftsmen tune every bell by hand on a lathe
more than a century old.

A new gas-fired furnace is to be commissioned in 2026, cutting the foundry's fuel use by a
third.

Visits: the foundry museum is open every Saturday, 10am-4pm. Tel. 01865 960133.""",
        (
            expect("1574", "bell"),
            expect("1738", "move"),
            expect("1781", "tenor"),
            expect("1802", "recast"),
            expect("1856", "recast"),
            expect("1890", "brisk"),
            expect("1891", "name"),
            expect("1951-11-05~", "fire"),
            expect("1998/..", "okoro"),
            expect("2026", "furnace", planned=True),
        ),
    ),
    Text(
        "thornbury-vale-walks",
        "rambling club's walks programme",
        None,
        """THORNBURY VALE RAMBLERS
Walks Programme: January to March 2026

Founded in 1949, the club welcomes walkers of all abilities. Walks leave from the Market
Square car park at 9.30am unless stated. Bring a packed lunch and wear boots. Dogs on leads
by arrangement with the leader.

Sun 11 Jan - New Year walk: Kessick Woods and Hanger Hill. 7 miles, moderate. Leader: Pat
Morrow (01632 960284). OS Explorer map 268.

Wed 21 Jan - Short walk: the Tarr Brook and Lower Mill. 4 miles, easy, finishing at the
Plough for lunch. Leader: Dev Sandhu.

Sat 7 Feb - Annual General Meeting at the Village Hall, 2pm, followed by tea and a slide
show of the Lakes weekend.

Sun 22 Feb - Coach walk: the Coastal Path from Merrow Cove to Saltby. 9 miles, strenuous.
Bookings for the coach must be made by 31 January; seats £14.

Fri 13 - Sun 15 March - Weekend away at Dunmere Youth Hostel. Two days of walking on the
high moor. Deposit due at booking.

Please note: the footpath across Hollin Ford has been closed since the floods of November
2025 and walks will be diverted by the lane. Grid ref. SU 412 186.

The Tuesday Strollers meet every Tuesday at 10am at the library for a gentle hour's walk.

Secretary: Jan Arkwright, 7 Orchard Close, Thornbury. membership@tvramblers.example""",
        (
            expect("1949", "found"),
            expect("2026-01-11", "kessick", planned=True),
            expect("2026-01-21", "tarr", planned=True),
            expect("2026-02-07", "meeting", planned=True),
            expect("2026-02-22", "coach", planned=True),
            expect("../2026-01-31", "booking", planned=True),
            expect("2026-03-13/2026-03-15", "weekend", planned=True),
            expect("2025-11/..", "footpath", "closed"),
        ),
    ),
)
