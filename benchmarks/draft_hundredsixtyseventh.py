"""The hundred-and-sixty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project's code or its earlier batches, in twenty styles:
a wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary, a government statement, an HTML news
page, a snow avalanche bulletin, a triathlon report, a ferry service launch release, a
missionary's letters of the 1890s, a bumblebee transect report, a covered market's history, a
health ministry screening statement, a theatre HTML season page, a planning inspector's appeal
decision, a clockmaker's history and a bowling club secretary's minutes. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "next week", "recently") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYSEVENTH_CORPUS",)


HUNDREDSIXTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "viaduct-reopens",
        "wire story with a dateline",
        date(2025, 2, 12),
        """VELMORE, Feb 12 (Meridian Wire) - Freight trains crossed the Astle viaduct at Velmore
again on Wednesday, ending a closure that had cut the main line to the northern ports for
more than three weeks after a barge struck one of its piers.

The barge Hendrika, carrying about 900 tonnes of gravel, hit the viaduct on the night of
January 19. Engineers who inspected the piers the next day found a crack in the third one,
and repairs began on January 26, the line operator Northrail said.

The viaduct, opened in 1889 and widened in 1964, carries some 60 trains a day. The line had
not been shut for so long since the floods of 1953.

Passenger services will resume on Monday, after a final inspection on Saturday, Northrail
said. The company expects to finish strengthening the other piers by June 30, at a cost of
around 14 million crowns.

Regional prosecutors opened an investigation into the barge's owner, Dallen Shipping, on
February 3. The company said its skipper had followed the river authority's rules, which
require barges of more than 800 tonnes to be piloted below the Velmore lock.

Maintenance crews close the line for two hours every Sunday night, and Northrail said those
closures would continue as normal.

(Reporting by Ilse Marr; Editing by Paul Danforth; +46 8 555 019 64)""",
        (
            expect("2025-02-12", "trains", "viaduct"),
            expect("2025-01-19", "barge"),
            expect("2025-01-20", "crack"),
            expect("2025-01-26", "repair"),
            expect("1889", "viaduct", "open"),
            expect("1964", "widen"),
            expect("2025-02-17", "passenger", planned=True),
            expect("2025-02-15", "inspection", planned=True),
            expect("../2025-06-30", "strengthen", "piers", planned=True),
            expect("2025-02-03", "investigation"),
        ),
    ),
    Text(
        "cooperative-solar-farm",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Brindlemoor Energy Cooperative
Harwick, 3 June 2025

BRINDLEMOOR COOPERATIVE TO BUILD SECOND SOLAR FARM AT OSTLEY FEN

Brindlemoor Energy Cooperative today announced that it will build a 38-megawatt solar farm on
former farmland at Ostley Fen, after the district council granted planning consent on 28 May.
Members had approved the investment at an extraordinary general meeting on 17 April, with 91
per cent of votes in favour.

A community share offer to raise £4.5 million opens on 16 June and closes on 25 July. Shares
cost £1 each, with a minimum holding of 250.

Construction is scheduled to begin in September 2025, and the first panels are expected to
feed the grid by March 2026. Once complete, the farm will supply around 11,000 homes.

"This is the largest thing our members have ever taken on," said Odette Lysander, who has
chaired the board since 2019. "It keeps the power, and the profits, in the valley."

The cooperative was founded in 2009 by 140 residents of Harwick and opened its first solar
farm, at Kettle Lane, in 2014. It now has some 6,200 members.

ENDS

Notes to editors
Brindlemoor Energy Cooperative Ltd is a society registered under the Co-operative and
Community Benefit Societies Act 2014, society number 31877R. Its accounts follow ISO 50001
energy reporting.

Media contact: Jem Haldane, press@brindlemoor.coop, 01632 960 441""",
        (
            expect("2025-06-03", "announce", "solar"),
            expect("2025-05-28", "consent"),
            expect("2025-04-17", "investment"),
            expect("2025-06-16", "offer", "open", planned=True),
            expect("2025-07-25", "offer", "close", planned=True),
            expect("2025-09", "construction", planned=True),
            expect("../2026-03", "grid", planned=True),
            expect("2019/..", "lysander"),
            expect("2009", "found"),
            expect("2014", "first", "farm"),
        ),
    ),
    Text(
        "warehouse-roof-appeal",
        "court opinion",
        date(2025, 4, 8),
        """IN THE SUPERIOR COURT OF APPEAL OF THE COMMONWEALTH OF EASTMERE
SECOND DIVISION

No. A-2291-23

HALVERSON MARINE SUPPLY, INC., Plaintiff-Appellant,
v.
PORTWAY LOGISTICS LLC, Defendant-Appellee.

Filed: April 8, 2025

OPINION

BRASK, J.

Halverson Marine Supply appeals from the order of the Eastmere County Court entered on
November 14, 2023, dismissing its complaint as untimely. We reverse.

I.

The parties signed a warehousing agreement on or about March 2, 2017. Portway stored
Halverson's stock at a depot in Caldry until the agreement ended on December 31, 2020. On
January 27, 2020, Portway told Halverson that rainwater was leaking into one bay of the depot.
On the night of February 9, 2020, a roof section above that bay collapsed, and Halverson says
it lost inventory worth about $1.2 million. It gave written notice of its claim on February
21, 2020, and filed suit on February 18, 2023.

Section 8 of the agreement requires any claim to be brought "within three years after the
claim arises." After a hearing on October 30, 2023, the trial court held that the claim arose
when Portway reported the leak, and that the suit came three weeks too late.

II.

We review a dismissal on limitations grounds de novo. Arlen v. Stroud, 312 E.2d 44 (1998).
A claim for lost goods arises when the goods are lost, not when a risk of loss first appears.
Nothing in section 8, or in the Commercial Limitations Act of 1986, points the other way. The
suit was filed within three years of the collapse and was timely.

III.

The order of dismissal is reversed and the case is remanded. The trial court shall hold a
case management conference no later than June 30, 2025.

Reversed and remanded.""",
        (
            expect("2025-04-08", "reverse"),
            expect("2023-11-14", "dismiss"),
            expect("2017-03-02~", "sign", "agreement"),
            expect("2020-12-31", "agreement", "end"),
            expect("2020-01-27", "leak"),
            expect("2020-02-09", "roof", "collapse"),
            expect("2020-02-21", "notice"),
            expect("2023-02-18", "suit"),
            expect("2023-10-30", "hearing"),
            expect("../2025-06-30", "conference", planned=True),
        ),
    ),
    Text(
        "marrowby-history",
        "encyclopedia history",
        None,
        """Marrowby

Marrowby is a market town and civil parish in the district of Ulsden, on the north bank of
the river Lune Beck. It has a population of about 8,400.

History

A settlement at the ford is first recorded in a charter of c. 1120, when the manor belonged
to the priory of St Aldhelm. The town's market charter is traditionally dated to 1247, though
the original document does not survive and the earliest copy is of the fifteenth century.

The priory was dissolved in 1538, and its lands passed to the Farrant family, who kept the
old gatehouse as a manor court for two centuries. A fire on 14 May 1702 destroyed most of the
timber houses of the high street, which was rebuilt in brick.

The Marrowby Canal reached the town in 1796, and the railway in 1848. Trade grew quickly, and
by the end of the century the town had three breweries and a tannery. The station closed in
1964, and the line through it was lifted four years after that.

Since 1985 the old corn exchange has housed the Marrowby Museum, which holds the Farrant
papers. A bypass to the east of the town is planned to open in 2027.

See also: List of market towns in Ulsden""",
        (
            expect("1120~", "settlement"),
            expect("1247?", "market", "charter"),
            expect("1538", "priory", "dissolve"),
            expect("1702-05-14", "fire"),
            expect("1796", "canal"),
            expect("1848", "railway"),
            expect("1964", "station", "close"),
            expect("1968", "line", "lifted"),
            expect("1985/..", "museum"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "corrie-beat-rovers",
        "sports report",
        date(2025, 3, 9),
        """FOOTBALL | NORTHERN LEAGUE

Corrie Athletic 3 Denholm Rovers 1

By Fenn Mackay, Sunday 9 March 2025

Corrie Athletic moved four points clear at the top of the Northern League on Saturday with a
3-1 win over Denholm Rovers at Strathpark, their first home win over Rovers since 2011.

Aldo Brenn, signed from Kelso Town in January 2024, scored twice before half-time, turning in
a low cross from Jamie Ure after 12 minutes and heading in a corner on 38. Rovers pulled one
back through Dan Sowerby early in the second half, but substitute Callum Reid settled it with
a shot from the edge of the box in the 81st minute.

It was a measure of revenge for Corrie. Rovers had won the reverse fixture 2-0 at Denholm on
26 October, a result that left Corrie sixth in the table.

"We were hurting after Denholm," said manager Ross Tulloch, in charge since June 2022. "The
lads have not lost in eleven games since."

Corrie, founded in 1883, train every Tuesday and Thursday night at the Strathpark annexe, and
Tulloch said he would rest several players before a busy fortnight.

Corrie travel to Ashby United on Wednesday for the League Cup semi-final. The final is
scheduled for 5 April at Hampden Lane.

Corrie: Moyes; Ure, Baird, Innes, Dowie; Reid (Lyle 70), Brady, Keith; Mair, Brenn, Sime.
Rovers: Hay; Sowerby, Craik, Pollock, Tait; Wells, Gow, Nairn; Flett, Drever, Rae.
Referee: K. Lennox. Attendance: 2019.""",
        (
            expect("2025-03-08", "rovers", "win"),
            expect("2024-01", "brenn"),
            expect("2024-10-26", "reverse", "fixture"),
            expect("2022-06/..", "tulloch"),
            expect("1883", "found"),
            expect("2025-03-12", "semi", planned=True),
            expect("2025-04-05", "final", planned=True),
        ),
    ),
    Text(
        "harrow-lane-biscuits",
        "company history",
        None,
        """Harrow Lane Biscuits - Our Story

Four generations of baking

Agnes Pell began baking ginger biscuits for sale in her kitchen in Wellbury in about 1911.
She opened a shop on Harrow Lane in 1913 and took her nephew Walter Pell into partnership the
following year, when the business took the name it still carries.

In the 1920s the firm moved to a factory at Cleat Wharf, where the ovens were fired with coal
brought up the canal. Harrow Lane biscuits were granted royal warrants in 1935, 1952 and 1977,
and the warrant crest still appears on every tin.

The factory was bombed on the night of 9 October 1940, and for the rest of the war the Pells
baked in a borrowed barn at Estwick. Walter's daughter Ruth rebuilt the Cleat Wharf ovens and
ran the company for thirty-one years.

Since 1988 the company has been owned by the Pell Family Trust, which returns a share of
profits to the Wellbury almshouses. We still use Agnes's ginger recipe, and every batch is
tasted before it leaves the wharf.

What's next

We will open a visitor centre and museum at Cleat Wharf by December 2025, and a new bakery at
Marston Park should follow in spring 2026. Our biggest seller remains the Harrow Snap, as it
has been every year since 1958.

Harrow Lane Biscuits Ltd, Cleat Wharf, Wellbury WB4 2QT. Company no. 00219135.""",
        (
            expect("1911~", "biscuits"),
            expect("1913", "shop"),
            expect("1914", "partner"),
            expect("1935", "warrant"),
            expect("1952", "warrant"),
            expect("1977", "warrant"),
            expect("1940-10-09", "bomb"),
            expect("1988/..", "trust"),
            expect("../2025-12", "visitor", planned=True),
        ),
    ),
    Text(
        "halcyon-mission",
        "mission summary",
        date(2025, 3, 4),
        """HALCYON - Comet Sample Return Mission
Mission summary | Aurelian Space Agency | Last updated: 4 March 2025

Overview
Halcyon is the agency's first mission to bring back material from a comet. It was approved
in 2012 and built by a consortium of nine institutes. Launch mass: 1,985 kg.

Timeline
Halcyon was launched on 14 November 2019 on a Vesta-4 rocket from the Kareela range. It made
an Earth flyby on 2 December 2020 to gain speed for the outer journey. A solar panel fault on
7 February 2021 left the spacecraft in safe mode for about two weeks.

The probe entered orbit around comet 71P/Ostrander on 18 August 2022 and collected its sample
on 9 November, touching the surface for six seconds. It fired its engines to leave the comet
around 20 May 2023 and is now on its way home.

What comes next
The sample capsule is expected to land at the Kareela range on 24 September 2026. The main
spacecraft will then fly past the Earth and go on to a second target if its fuel allows.
Mission operations are scheduled to end by 31 December 2026.

Key facts
Target: comet 71P/Ostrander | Orbit period of the comet: 6.4 years
Sample mass collected: at least 60 g | Instruments: 7

Contact: halcyon-press@asa.example | Image credits: ASA/Halcyon team""",
        (
            expect("2012", "approve"),
            expect("2019-11-14", "launch"),
            expect("2020-12-02", "flyby"),
            expect("2021-02-07", "fault"),
            expect("2022-08-18", "orbit"),
            expect("2022-11-09", "sample"),
            expect("2023-05-20~", "leave"),
            expect("2026-09-24", "capsule", "land", planned=True),
            expect("../2026-12-31", "operations", planned=True),
        ),
    ),
    Text(
        "lessor-basin-drought",
        "government statement",
        date(2025, 5, 16),
        """DEPARTMENT OF WATER AND RURAL AFFAIRS

MEDIA STATEMENT
Issued: Friday 16 May 2025

Stage 3 water restrictions for the Lessor Basin

The Minister for Water, the Hon. Priya Castellane, today announced that stage 3 water
restrictions will apply across the Lessor Basin from 1 June 2025 until 31 August 2025.

Stage 2 restrictions have been in force since 3 March. Under stage 3, households may water
gardens only on Tuesday and Saturday evenings, and irrigators will receive 40 per cent of
their allocation. Rainfall in the basin so far this year is the lowest for the period since
1902.

The Minister met the basin's irrigation councils in Tarrow on Tuesday to discuss the
measures. "Nobody wants restrictions, but the dams are at 22 per cent," she said.

Emergency funding of $42 million, approved by Cabinet on 12 May, will be paid to eligible
farmers by 30 June. The Government will review the restrictions on 28 July, and earlier if
heavy rain falls.

The Lessor Basin Water Plan, adopted in 2016, will be revised in 2026 to take account of the
last three dry years.

Media enquiries: Tom Allard, 02 6100 4411 | media@dwra.example""",
        (
            expect("2025-05-16", "announce"),
            expect("2025-06-01/2025-08-31", "stage 3", planned=True),
            expect("2025-03-03/..", "stage 2"),
            expect("2025-05-13", "councils"),
            expect("2025-05-12", "cabinet"),
            expect("../2025-06-30", "farmers", planned=True),
            expect("2025-07-28", "review", planned=True),
            expect("2016", "plan", "adopt"),
            expect("2026", "revise", planned=True),
        ),
    ),
    Text(
        "fenwick-library-reopens",
        "HTML news page",
        date(2025, 9, 27),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fenwick Street library reopens after rebuild | The Dunmore Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/local">Local</a></nav>
<article>
<h1>Fenwick Street library reopens after two-year rebuild</h1>
<p class="byline">By Carys Holt |
<time datetime="2025-09-27">Saturday 27 September 2025</time></p>
<figure><img src="/img/fenwick-reading-room.jpg" alt="Reading room">
<figcaption>The restored reading room on Friday. Photo: Dunmore Courier</figcaption></figure>
<p>The Fenwick Street library reopened to readers on Friday, two years after it closed for a
rebuild that doubled its floor space.</p>
<p>The library, paid for by the Ashworth Trust, opened in about 1906. Councillors approved the
&pound;6.8m scheme to restore and extend it in March 2022, and the building closed its doors on
30 September 2023. Builders moved in on 8 January 2024.</p>
<p>More than 1,100 people came through the doors on the first day. In 2019, its busiest year,
the library had some 310,000 visits.</p>
<p>The mayor, Cllr Sanjay Mehra, will perform the official opening on Thursday, and a cafe on
the ground floor opens on 1 November. Staff hope to open on Sundays from January.</p>
<p>Story hour for under-fives runs every Tuesday at 10am.</p>
</article>
<footer>&copy; 2025 Dunmore Courier Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-09-26", "reopen"),
            expect("1906~", "library", "open"),
            expect("2022-03", "scheme"),
            expect("2023-09-30", "close"),
            expect("2024-01-08", "builders"),
            expect("2025-10-02", "official", "opening", planned=True),
            expect("2025-11-01", "cafe", planned=True),
        ),
    ),
    Text(
        "harnfjell-avalanche-bulletin",
        "snow avalanche bulletin",
        date(2025, 2, 6),
        """AVALANCHE BULLETIN - HARNFJELL REGION
Issued: Thursday 6 February 2025, 17:00 | Valid until: Friday 7 February 2025, 17:00
Danger level: 3 - CONSIDERABLE above 1,800 m | 2 - MODERATE below 1,800 m

Avalanche problems: wind slab, persistent weak layer

Snow has been falling since Monday, and about 60 cm of new snow now lies above 2000 m, with
drifts of well over a metre on lee slopes facing north and east. Strong westerly winds have
moved the new snow into deep, poorly bonded slabs near ridges and in gullies.

A natural avalanche released on the north face of Vargtind on Wednesday afternoon and buried
the access road to the Rimstad hut for about 300 m. On Tuesday a skier triggered a slab 40 cm
deep near Skarvbu at 1,950 m; he was not carried down and was not injured.

The new snow lies on a weak layer of surface hoar that formed around 20 January during a long
clear spell. Stability tests show the layer still reactive on shaded slopes above 1,700 m.
The snowpack in the lower valleys is the thinnest for the time of year since 2014.

Outlook
A warm front is expected to reach the region on Saturday, with rain up to about 1,500 m and
wet snow avalanches likely on steep grassy slopes. As the snowpack settles, the danger is
likely to fall to level 2 by Sunday.

Travel advice: avoid steep lee slopes above 1,800 m. Keep to well-used routes in forest.

Bulletins are issued daily at 17:00.
Observations: obs@harnfjell-snow.example | 0047 7755 1200""",
        (
            expect("2025-02-03/..", "snow"),
            expect("2025-02-05", "vargtind"),
            expect("2025-02-04", "skier"),
            expect("2025-01-20~", "hoar"),
            expect("2025-02-08", "front", planned=True),
            expect("../2025-02-09", "level 2", planned=True),
        ),
    ),
    Text(
        "ellmere-triathlon",
        "triathlon report",
        date(2025, 6, 16),
        """TRIATHLON

Nyberg takes third Ellmere title in cold-water race

By Rosa Quint | Monday 16 June 2025

Ingrid Nyberg won the Ellmere Lake Triathlon for the third time on Sunday, adding to her
victories of 2019 and 2022 with a commanding run over the final 10 km.

The swim was cut from 1,500 m to 750 m because the lake was at about 15 degrees, and Nyberg
came out of the water in fourth place, 40 seconds down on Hanne Vos. She caught the Dutch
athlete on the climb to Garth Moor and finished in 1:58:40, more than two minutes clear.

"I was freezing for the whole bike leg," said Nyberg, who has trained with the Ostvik club
since 2016. "But the run here always suits me."

The men's race, held on Saturday in steady rain, went to Tomas Aird of Keswater, who crossed
the line in 1:49:12 wearing bib number 1997. Last year's winner, Pavel Rusu, was fourth.

Nyberg will next race at the European championships in Valdora on 12 July. She does two long
open-water swims every Wednesday through the summer.

The Ellmere race was first held in 1994, when 86 athletes took part; this year there were
1,240 finishers. Organisers said the 2026 edition will be held on 14 June, with the full
1,500 m swim restored if the water allows.

Results: Women - 1 Nyberg (Ostvik) 1:58:40; 2 Vos (Zeeland TC) 2:00:51; 3 Hart (Ellmere)
2:02:05. Men - 1 Aird (Keswater) 1:49:12; 2 Okoro (Lune) 1:49:58.""",
        (
            expect("2025-06-15", "nyberg", "win"),
            expect("2019", "nyberg"),
            expect("2022", "nyberg"),
            expect("2016/..", "ostvik"),
            expect("2025-06-14", "aird"),
            expect("2025-07-12", "european", planned=True),
            expect("1994", "first"),
            expect("2026-06-14", "edition", planned=True),
        ),
    ),
    Text(
        "skerrylink-ferry-launch",
        "ferry service launch release",
        date(2025, 3, 11),
        """PRESS RELEASE
Skerrylink Ferries Ltd
Embargoed until 00:01, Tuesday 11 March 2025

NEW YEAR-ROUND FERRY TO LINK ARDNISH AND CORRAN BAY

Skerrylink Ferries will launch a year-round passenger and vehicle ferry between Ardnish and
Corran Bay on 2 May, cutting the journey between the two towns from 95 minutes by road to 35
minutes by sea.

Bookings open on Monday 17 March at skerrylink.example and by phone on 01852 300 211.

The new vessel, MV Sula Brae, was launched at the Kilbride yard on 21 January and completed
her sea trials on 28 February. She carries up to 140 passengers and 24 cars.

Harbour works at Corran Bay, including a new linkspan, are due to be finished by 25 April. A
summer timetable with six return crossings a day will run from 30 June to 7 September; in
winter there will be four.

"Ardnish and Corran Bay have waited a long time for this," said managing director Fiona
Gallacher.

The route was last served by the Corran Steam Packet Company, which ran it from 1921 to
1968. Skerrylink was founded in 2018 and operates three other routes in the Western Isles.

- ENDS -

Notes to editors: Skerrylink Ferries Ltd, registered in Scotland, company no. SC591977.
Fares from £9.50 for foot passengers. Press office: Euan Dow, 01852 300 219.""",
        (
            expect("2025-05-02", "ferry", "launch", planned=True),
            expect("2025-03-17", "bookings", planned=True),
            expect("2025-01-21", "sula"),
            expect("2025-02-28", "trials"),
            expect("../2025-04-25", "harbour", planned=True),
            expect("2025-06-30/2025-09-07", "timetable", planned=True),
            expect("1921/1968", "packet"),
            expect("2018", "found"),
        ),
    ),
    Text(
        "kalinde-mission-letters",
        "missionary's letters of the 1890s",
        None,
        """LETTERS FROM KALINDE
From the Rev. Josiah Amblecote to the Secretary of the Upland Missionary Society,
1892-1895. Selected; spelling as in the originals.

Kalinde Station, 9th October 1892.
Dear Mr. Treadgold,- We reached Kalinde on the 27th ult., after a journey of some seven weeks
from the coast. Mrs. Amblecote was laid low with fever for ten days but is now quite well.
The school-room, begun by my predecessor Mr. Voss in 1889, still wants a roof. The first
mission here was attempted, I am told, in 1868, though Mr. Voss thought it a year or two later.

Kalinde Station, 5th April 1893.
Our daughter Ellen was born on the 21st of last month, and mother and child are doing well.
The school opened on Monday last with thirty-four scholars, and more come each morning. We
hold a service every Sunday under the great fig tree, for want of a chapel.

Kalinde, 30th June 1894.
The well was finished on the 14th inst., and the women no longer walk to the river. The
Bishop's party is expected here about the 20th of next month; I pray the road holds.

Kalinde Station, 18th January 1895.
The new chapel was opened on the 27th of December last, with above two hundred present. My
health obliges me to ask for leave, and I hope to sail for England in the spring. Mr. Harrow
is to take charge of the station on 1st March, and I could wish for no better successor.
Believe me, dear Sir, yours faithfully,
J. Amblecote.""",
        (
            expect("1892-09-27", "reach"),
            expect("1889", "school"),
            expect("1868?", "mission"),
            expect("1893-03-21", "born"),
            expect("1893-04-03", "school", "open"),
            expect("1894-06-14", "well"),
            expect("1894-07-20~", "bishop", planned=True),
            expect("1894-12-27", "chapel"),
            expect("1895-03-01", "harrow", planned=True),
        ),
    ),
    Text(
        "ferncliff-bumblebee-transect",
        "bumblebee transect report",
        None,
        """Ferncliff Meadows bumblebee transect - 2024 season report

Recorder: Dilys Amberley | Grid ref. SE 1987 4302 | Transect length 1.9 km, 10 sections
Submitted to the Northern Bumblebee Monitoring Scheme

Summary
Queens emerged from hibernation around 10 March, judging by records from nearby gardens. The
first walk, on 14 March, found a single Bombus terrestris queen feeding on willow in section
2. The first B. pascuorum worker was seen on 22 April, about a week earlier than last year.

Numbers built through June, and the peak count of 212 bees came on 19 July, mostly on
knapweed and field scabious in sections 6 to 8. The meadow was cut for hay on 3 September,
two weeks later than planned because of wet weather, and counts fell sharply afterwards. The
last walk, on 24 October, found no bees at all.

Species
Eight species were recorded. Bombus hypnorum, first recorded on the site in 2017, was seen on
nearly every walk. No cuckoo bumblebees were seen after mid-June.

Site management
Ferncliff Meadows has been managed as a hay meadow by the Dales Wildlife Trust since 2008.
Walks take place once a month from March to October, between 11:00 and 15:00, in
temperatures above 13 C.

Plans for 2025
A second transect along the east bank of Ferncliff Beck is planned, with the first walk to
take place in April 2025. Volunteers are welcome; contact the recorder on 07700 900 414.

Totals: 1,203 bees over 8 walks (2023: 1,147).""",
        (
            expect("2024-03-10~", "queens"),
            expect("2024-03-14", "first", "walk"),
            expect("2024-04-22", "pascuorum"),
            expect("2024-07-19", "peak"),
            expect("2024-09-03", "cut"),
            expect("2024-10-24", "last", "walk"),
            expect("2017", "hypnorum"),
            expect("2008/..", "meadow"),
            expect("2025-04", "second", "transect", planned=True),
        ),
    ),
    Text(
        "pellingford-covered-market",
        "covered market's history",
        None,
        """PELLINGFORD COVERED MARKET
From the Pellingford Civic Society's guide to the buildings of the town

The borough council bought the site of the old shambles in 1862 and held a design
competition the following year, won by the young architect Ephraim Toller of Hadley. The
market hall opened on 6 October 1866, with 86 stalls under an iron and glass roof cast at the
Tolland Foundry. Traders paid their rents on each quarter day, and the butchers kept to the
north aisle.

A fire on 2 February 1911 destroyed the north aisle, which was rebuilt by 1913 to Toller's
original design. Electric lighting was installed in c. 1920, replacing the gas brackets, some
of which can still be seen above the fish stalls.

The hall survived a proposal to demolish it in the 1960s and was listed at Grade II in 1972.
It was restored between 1989 and 1991, when the roof was reglazed and the clock over the
south entrance was put back in working order.

Today the market has 54 stalls, more than at any time since 1939, and the traders' committee
still meets on the first Monday of each month. The council plans to replace the roof glazing
again between April and November 2026; the market will stay open throughout the work.

Pellingford Civic Society, registered charity no. 504128. Guide no. 14, third edition.""",
        (
            expect("1862", "site"),
            expect("1863", "competition"),
            expect("1866-10-06", "hall", "open"),
            expect("1911-02-02", "fire"),
            expect("../1913", "rebuilt"),
            expect("1920~", "lighting"),
            expect("1972", "listed"),
            expect("1989/1991", "restor"),
            expect("2026-04/2026-11", "glazing", planned=True),
        ),
    ),
    Text(
        "lung-screening-extension",
        "health ministry screening statement",
        date(2025, 1, 22),
        """MINISTRY OF HEALTH
Press Office | Valmora | Wednesday 22 January 2025

STATEMENT: National lung cancer screening to be extended

The Minister of Health, Dr Anselm Rook, announced on Monday that lung cancer screening with
low-dose CT scans will be offered to all adults aged 55 to 74 who smoke or have smoked.

From 1 April 2025, invitations will be sent to everyone eligible in the northern and coastal
regions. Tenders for twelve mobile CT units close on 28 February, and a first progress report
will be published by 30 September. The programme is to cover the whole country by the end of
2027.

The extension follows a pilot programme that began in three regions in September 2021. Its
first results, published in the Valmora Medical Journal on 3 June 2024, showed that seven in
ten cancers found by screening were at an early, treatable stage. The National Screening
Committee recommended the extension on 11 November 2024.

Lung cancer has been the leading cause of cancer death in the country every year since 1987.
"Finding it early saves lives, and this programme will find it early," Dr Rook said.

Anyone with a persistent cough, breathlessness or unexplained weight loss should see their
doctor without waiting for an invitation.

Screening information line: 0800 1990 2025 (Monday to Friday, 8am to 6pm)
Press enquiries: press@health.example""",
        (
            expect("2025-01-20", "announce"),
            expect("2025-04-01", "invitations", planned=True),
            expect("2025-02-28", "tenders", planned=True),
            expect("../2025-09-30", "report", planned=True),
            expect("../2027", "country", planned=True),
            expect("2021-09", "pilot"),
            expect("2024-06-03", "results"),
            expect("2024-11-11", "committee"),
        ),
    ),
    Text(
        "lantern-theatre-season",
        "theatre HTML season page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Season 2025-26 | The Lantern Theatre, Ashcombe</title>
</head>
<body>
<header><a href="/">The Lantern</a>
<nav><a href="/whats-on">What's on</a> | <a href="/visit">Visit</a> |
Box office 01632 960 772</nav>
</header>
<main>
<h1>Season 2025-26</h1>
<p class="intro">Our 75th season as a theatre brings two new productions, a Christmas show
and a gala for the Lantern Appeal.</p>
<section class="show">
<h2>The Glass Orchard</h2>
<p class="dates">12 September - 4 October 2025</p>
<p>Mira Castell's new play about three sisters and an orchard nobody wants to sell.</p>
</section>
<section class="show">
<h2>Uncle Vanya</h2>
<p class="dates">16 October - 8 November</p>
<p>A new version by Owen Lark. Relaxed performance every Tuesday matinee.</p>
</section>
<section class="show">
<h2>The Snow Queen</h2>
<p class="dates">28 November - 3 January</p>
<p>Our Christmas show for everyone over five. Running time 2h 10 including interval.</p>
</section>
<section class="event">
<h2>Lantern Appeal Gala</h2>
<p class="dates"><time datetime="2025-12-13">Saturday 13 December</time>, 7pm</p>
<p>Songs, scenes and supper on the stage, in aid of the new fly tower.</p>
</section>
<section class="booking">
<h2>Booking</h2>
<p>Priority booking opens to Lantern Friends on 1 July and general booking on 15 July.</p>
</section>
<section class="history">
<h2>About the Lantern</h2>
<p>The Lantern opened in 1927 as a cinema and was converted into a theatre in 1951.</p>
</section>
</main>
<footer>&copy; 1927-2025 The Lantern Trust. Registered charity no. 1019273.</footer>
</body>
</html>""",
        (
            expect("2025-09-12/2025-10-04", "orchard", planned=True),
            expect("2025-10-16/2025-11-08", "vanya", planned=True),
            expect("2025-11-28/2026-01-03", "snow queen", planned=True),
            expect("2025-12-13", "gala", planned=True),
            expect("2025-07-01", "booking", "friends", planned=True),
            expect("2025-07-15", "general", "booking", planned=True),
            expect("1927", "cinema"),
            expect("1951", "convert"),
        ),
    ),
    Text(
        "long-barn-appeal",
        "planning inspector's appeal decision",
        date(2025, 2, 3),
        """Appeal Decision
Site visit made on 14 January 2025
by Joanna Harcourt BA (Hons) MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 3 February 2025

Appeal Ref: APP/K2230/W/24/3341987
Long Barn, Hollins Lane, Upper Stennet, Wealdham TN17 5QP
- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The appeal is made by Mr and Mrs D Fairlie against the decision of Wealdham District Council.
- The application Ref 23/01977/FUL, dated 6 June 2023, was refused by notice dated 19 October
  2023.
- The development proposed is the conversion of a barn to a dwelling with a rear extension.

Decision
1. The appeal is dismissed.

Main issue
2. The main issue is the effect of the proposal on the character and appearance of the
building, which is a non-designated heritage asset, and of the surrounding countryside.

Reasons
3. Long Barn is a timber-framed threshing barn built in about 1840. The appellants say it has
stood vacant since 2009. Prior approval for the conversion of the adjoining stable to a
dwelling was granted in 2019, and that work is complete.
4. Policy HE4 of the Wealdham Local Plan, adopted in March 2022, supports the reuse of rural
buildings where the works respect their form and character. The two-storey extension would
almost double the footprint of the barn and hide its east elevation.
5. The Upper Stennet Neighbourhood Plan is expected to go to referendum in May 2025. As it has
not yet been made, I give it limited weight.

Conclusion
6. For the reasons given above, I conclude that the appeal should be dismissed.

J Harcourt
INSPECTOR""",
        (
            expect("2025-01-14", "site visit"),
            expect("2025-02-03", "appeal", "dismiss"),
            expect("2023-06-06", "application"),
            expect("2023-10-19", "refus"),
            expect("1840~", "barn", "built"),
            expect("2009/..", "vacant"),
            expect("2019", "stable"),
            expect("2022-03", "local", "plan"),
            expect("2025-05", "referendum", planned=True),
        ),
    ),
    Text(
        "quill-clockmakers",
        "clockmaker's history",
        None,
        """Quill of Hartsmoor: a family of clockmakers

Thomas Quill was born at Thornby in about 1762, the son of a blacksmith. He was apprenticed
to the clockmaker Abel Strand of Yarrowgate in 1776 and set up on his own in Hartsmoor Market
Place once his indentures ended. His thirty-hour and eight-day longcase clocks, with painted
dials bought in from Birmingham, are still common in farmhouses across the dale.

Thomas won the silver medal of the Hartsmoor Society of Arts in 1791, 1796 and 1803, each
time for a regulator. A regulator now in the town museum may have been made by him in 1815,
though it bears no date and its case is later.

Thomas died in 1830, and his son Ebenezer took over the business two years later, once his
father's debts were settled. Under Ebenezer the firm turned to turret clocks for churches and
mills, and the highest known Quill serial number is 1846, on the clock of Low Mill at Esk
Bridge.

The firm passed to Ebenezer's grandsons and was wound up in or about 1907, when the last of
them retired. Quill clocks are wound once a week, and the museum's regulator is wound every
Friday by a volunteer.

An exhibition, "Quill: Time in Hartsmoor", will run at Hartsmoor Museum from 4 April to 28
September 2026, with clocks lent by private owners.

Further reading: B. Lister, Clockmakers of the Northern Dales (Hartsmoor, 1988), pp. 41-67.""",
        (
            expect("1762~", "born"),
            expect("1776", "apprentic"),
            expect("1791", "medal"),
            expect("1796", "medal"),
            expect("1803", "medal"),
            expect("1815?", "regulator"),
            expect("1830", "die"),
            expect("1832", "ebenezer"),
            expect("1907~", "wound"),
            expect("2026-04-04/2026-09-28", "exhibition", planned=True),
        ),
    ),
    Text(
        "ashgrove-bowls-minutes",
        "bowling club's secretary's minutes",
        date(2025, 4, 8),
        """ASHGROVE BOWLING CLUB
Minutes of the Committee Meeting held on Tuesday 8 April 2025 at 7.30 pm in the Pavilion

Present: Mrs J. Oakes (President, in the chair), Mr D. Kerr (Secretary), Mrs P. Lowe
(Treasurer), Mr A. Singh, Mrs M. Royle, Mr T. Blythe.
Apologies: Mr G. Firth.

1. Minutes of the previous meeting were read, approved and signed.

2. In memoriam. The President reported with sadness that Ron Petch, a member for over fifty
years and four times club champion, died on 2 April. His funeral will take place at St
Mark's Church on Friday at 11 am, and members are asked to wear club blazers. A minute's
silence was observed.

3. Greenkeeper's report. Mr Blythe reported that the green was scarified on 24 March and
top-dressed two days later. The green will open for play on Saturday 26 April, with the
President's Drive at 2 pm.

4. Treasurer's report. The Treasurer will obtain quotes by 31 May for a replacement for the
mower, which was bought in 2011 and needs a new cutting cylinder. Membership stands at 64,
the highest since 2008. Bank balance: £3,412.18.

5. Fixtures. The club will host the county pairs finals on Sunday 17 August. Club nights will
be held every Wednesday from May, starting at 6 pm.

6. Any other business. Mrs Oakes, who has been President since 2019, said she would stand
again at the AGM. Mr Singh offered to repaint the scoreboards.

7. Date of next meeting: Tuesday 13 May 2025 at 7.30 pm.

The meeting closed at 9.05 pm.

Signed ........................ (Chair)    Date ............""",
        (
            expect("2025-04-02", "petch"),
            expect("2025-04-11", "funeral", planned=True),
            expect("2025-03-24", "scarif"),
            expect("2025-03-26", "top-dress"),
            expect("2025-04-26", "green", "open", planned=True),
            expect("../2025-05-31", "quotes", planned=True),
            expect("2011", "mower"),
            expect("2025-08-17", "pairs", planned=True),
            expect("2019/..", "oakes"),
            expect("2025-05-13", "meeting", planned=True),
        ),
    ),
)
