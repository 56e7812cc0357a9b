"""The hundred-and-seventieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without the tool or its code, in twenty styles: a wire story with a dateline, a
press release, a court opinion, an encyclopedia history, a sports report, a company history, a
mission summary, a government statement, an HTML news page, a wildfire evacuation order, a
chess olympiad report, a pharmaceutical plant expansion release, a ship's captain's letters of
the 1850s, a kingfisher nest survey report, a canal basin's history, a defence ministry base
closure statement, a concert hall HTML listings page, a licensing committee decision, a
cooperage's history and a women's institute's yearbook. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, a decade, "recently",
"after 1930"), habits, comparisons and document furniture are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTIETH_CORPUS",)


HUNDREDSEVENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "karrow-takeover-approved",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELDSTRAND, March 14 (Meridian Wire) - Shareholders of copper miner Karrow Resources
on Thursday approved a takeover by the mining group Austral Metals, clearing the main
hurdle for a deal that values the company at 4.2 billion dollars.

Austral first approached Karrow's board on January 20 with an offer of 31 dollars a share,
which the board rejected a week later as "opportunistic". The bidder raised its offer to
36.50 dollars on February 11, and Karrow's directors recommended it the same day.

About 87 percent of the votes cast at the meeting in Veldstrand backed the deal, the company
said. It is the largest mining takeover in the region since 2019.

The national competition authority is to rule on the transaction on Tuesday, and Austral
expects the deal to close by June 30. Karrow's shares rose 2.1 percent to 36.05 dollars in
early trading.

Karrow was founded in 1962 by the prospector Aurel Vance and listed on the Veldstrand
exchange in 1987. Its flagship Tamber Hill mine, opened in around 1988, produces some
120,000 tonnes of copper a year. Unions at the mine, who meet the management each quarter,
have asked for guarantees that its 1,900 jobs will be kept.

"We have bought a business with a long future," Austral chief executive Ingrid Salas said
in a statement.

(Reporting by Pita Ramhorst; Editing by Dana Kleiber)""",
        (
            expect("2025-03-13", "shareholders", "approv"),
            expect("2025-01-20", "approach"),
            expect("2025-01-27", "reject"),
            expect("2025-02-11", "offer"),
            expect("2025-02-11", "recommend"),
            expect("2025-03-18", "authority", planned=True),
            expect("../2025-06-30", "close", planned=True),
            expect("1962", "found"),
            expect("1987", "list"),
            expect("1988~", "mine", "open"),
        ),
    ),
    Text(
        "cellora-haldane-partnership",
        "press release",
        date(2024, 6, 4),
        """PRESS RELEASE

Cellora and Haldane Freight sign battery recycling partnership

NORTHAMPTON, UK, 4 June 2024 - Cellora Ltd, the battery recycling company, today announced
a ten-year partnership with logistics group Haldane Freight to recover lithium, nickel and
cobalt from the batteries of Haldane's electric lorry fleet. The agreement follows the
£48 million funding round that Cellora closed on 12 April, led by the Midlands Clean Growth
Fund.

Under the agreement, Haldane will send end-of-life battery packs to Cellora's pilot plant in
Corby, which opened in September 2022 and has processed some 3,400 tonnes of material since.
A full-scale plant next to the pilot site is scheduled to begin production in March 2026.

Cellora, founded in 2017 by the chemists Priya Anand and Joel Whitcombe, has supplied
recovered nickel to a cell maker in Wales since 2020.

"Haldane runs one of the largest electric fleets in Britain, and every pack that comes back
to us is a mine above ground," said Priya Anand, chief executive of Cellora.

Planning permission for the full-scale plant must be granted by 15 November 2024 for the
2026 start to hold, the company said. The Corby site is certified to ISO 14001.

Haldane Freight, which has operated from Daventry since 1964, converted its first lorries to
battery power in 2021.

- ENDS -

Media contact: Ruth Ellery, press@cellora.example, +44 1604 496012

Notes to editors: Cellora Ltd is a private limited company registered in England and Wales
(company no. 10876543).""",
        (
            expect("2024-06-04", "partnership"),
            expect("2022-09", "pilot", "open"),
            expect("2026-03", "production", planned=True),
            expect("2017", "found"),
            expect("2020/..", "nickel"),
            expect("2024-04-12", "funding"),
            expect("../2024-11-15", "permission", planned=True),
            expect("1964/..", "daventry"),
            expect("2021", "lorr"),
        ),
    ),
    Text(
        "harwell-v-dennison",
        "court opinion",
        date(2024, 5, 2),
        """IN THE COURT OF APPEALS OF THE STATE OF MARLOWE
DIVISION TWO

No. 2-23-0417

HARWELL PROPERTIES, LLC, Plaintiff-Appellee,
v.
DENNISON BAKERY, INC., Defendant-Appellant.

Appeal from the Circuit Court of Brant County, No. 22-CV-0093
Filed May 2, 2024

OPINION

JUSTICE OKONKWO delivered the opinion of the court.

¶ 1 Defendant Dennison Bakery, Inc. (Dennison), appeals the trial court's grant of summary
judgment for its landlord, Harwell Properties, LLC (Harwell), on a claim for unpaid rent. We
reverse and remand.

¶ 2 I. BACKGROUND

¶ 3 Dennison has operated a bakery at 118 Canal Street since 2009. The parties signed the
lease at issue on March 1, 2016, for a term of ten years. Section 14 of the lease suspends
rent while the premises are "untenantable by reason of fire or other casualty."

¶ 4 On or about October 3, 2021, a water main under Canal Street burst and flooded the
basement of the premises. Dennison has paid no rent since. Harwell served a notice of
default on November 15, 2021, and filed its complaint on January 10, 2022. The city
completed repairs to the main in the spring of 2022.

¶ 5 The trial court granted Harwell's motion for summary judgment on August 29, 2023,
holding that a flood is not a "casualty" within section 14. Dennison filed its notice of
appeal two days later.

¶ 6 II. ANALYSIS

¶ 7 We review a grant of summary judgment de novo. Under the Commercial Leases Act of 1987, a
term of a lease is given its plain and ordinary meaning. A "casualty" in the ordinary sense
is a sudden and unexpected event that causes damage; a burst main is such an event.

¶ 8 The trial court therefore erred. Whether the premises were in fact untenantable, and for
how long, is a question of fact for trial.

¶ 9 Reversed and remanded.""",
        (
            expect("2009/..", "bakery"),
            expect("2016-03-01", "lease"),
            expect("2021-10-03~", "burst"),
            expect("2021-11-15", "default"),
            expect("2022-01-10", "complaint"),
            expect("2023-08-29", "summary", "judgment"),
            expect("2023-08-31", "appeal"),
        ),
    ),
    Text(
        "brennick-town-history",
        "encyclopedia history",
        None,
        """Brennick

Brennick is a market town and civil parish on the River Aske in the north of the county of
Hallamshire. It has a population of about 8,300.

History

The earliest record of settlement is a grange founded c. 1140 by monks of Ormesby Abbey, who
drained the surrounding marshes for sheep pasture. The settlement later grew into a market
town serving the upper Aske valley.

Much of the medieval town was destroyed by fire on 9 August 1611. The parish church of
St Hild was rebuilt the following year with stone from the ruined grange. The river flooded
the lower town in 1771, 1795 and 1802, after which the banks of the Aske were raised.

The Aske Valley Railway reached Brennick in 1853, and the woollen mills of the town grew
rapidly; the largest, Calder Mill, employed some 1,200 people at its peak. The town hall
was probably built in 1924, to designs by the borough surveyor.

Since 1994 the town centre has been a conservation area. A bypass, long discussed, is
planned to open in 2027.

See also
- List of market towns in Hallamshire

References
1. Whitlow, E. (1998). A History of Brennick. Aske Press. p. 41.
2. Hallamshire Record Office, ref. DB/1287/4.""",
        (
            expect("1140~", "grange"),
            expect("1611-08-09", "fire"),
            expect("1612", "church"),
            expect("1771", "flood"),
            expect("1795", "flood"),
            expect("1802", "flood"),
            expect("1853", "railway"),
            expect("1924?", "hall"),
            expect("1994/..", "conservation"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "ashbury-top-of-table",
        "sports report",
        date(2025, 11, 16),
        """Ashbury go top after Kell double sinks Rovers

By Gareth Lowden, Sports Reporter | Sunday 16 November 2025

ASHBURY TOWN 3 MILLFORD ROVERS 1

Two goals from Danny Kell lifted Ashbury Town to the top of the Northern Premier table on
Saturday.

Kell, who had not scored since injuring his ankle against Brigham on 4 October, headed in
after 12 minutes and added a second from the penalty spot shortly after half-time. Rovers
pulled one back through Okoye before substitute Lewis Pratt made it 3-1 in stoppage time.

The win extends Ashbury's unbeaten run to nine league games, stretching back to their 2-0
defeat at Halton on 30 August.

Ashbury travel to Stockfield on Wednesday in the second round of the County Cup, and host
second-placed Drayton on 29 November, a game moved to a 12.30pm kick-off for television.

Manager Sian Crowther, appointed in January 2023 after the club's relegation the previous
season, has taken Ashbury top for the first time since 1998. "We train every Tuesday and
Thursday night like part-timers, because that's what we are," she said. "Today showed what
that buys you."

Ashbury: Marsh; Egan, Toller, Ibe, Rourke; Kell, Fenn, Doyle (Pratt 71), Sowande; Ward,
Amadi. Millford Rovers: Quinn; Bell, Okafor, Dale, Price; Okoye, Hart, Lyle; Mott, Venn,
Shaw.

Referee: P. Garside. Attendance: 1,874.""",
        (
            expect("2025-11-15", "ashbury", "top"),
            expect("2025-10-04", "kell", "injur"),
            expect("2023-01", "crowther", "appoint"),
            expect("2025-08-30", "halton"),
            expect("2025-11-19", "stockfield", planned=True),
            expect("2025-11-29", "drayton", planned=True),
        ),
    ),
    Text(
        "pellingham-cycles-history",
        "company history",
        None,
        """Our history

A century of Pellingham bicycles

Pellingham Cycles was founded in 1921 by the brothers Arthur and Cyril Pell in a rented
workshop behind their father's ironmonger's shop in Leek Street, Wolverton. The brothers
built roughly 300 frames in their first year, selling most of them to postmen and district
nurses.

The company moved to its present site on Canal Road in about 1930 and opened a second works
in Coventry in 1936. During the war both factories made parts for aircraft, and the
Coventry works later closed when production was brought together at Canal Road.

Pellingham exported its first bicycles to the Netherlands in 1958 and set up a Dutch sales
company the following year. Dutch riders still buy one in four of the bicycles we make.

Since 1998 the company has been owned by its employees through the Pellingham Trust. It won
the national Award for Enterprise in 2005, 2011 and 2019.

Today Pellingham employs 140 people and builds some 18,000 bicycles a year, each frame
brazed by hand. An electric touring model is due to go into production in spring 2026, and
the company will open its first showroom abroad, in Utrecht, in October 2025.

Pellingham Cycles Ltd, Canal Road, Wolverton. Company no. 00174211.""",
        (
            expect("1921", "found"),
            expect("1930~", "canal"),
            expect("1936", "coventry"),
            expect("1958", "export"),
            expect("1959", "dutch"),
            expect("1998/..", "employee"),
            expect("2005", "award"),
            expect("2011", "award"),
            expect("2019", "award"),
            expect("2025-10", "utrecht", planned=True),
        ),
    ),
    Text(
        "tessaly-mission-summary",
        "mission summary",
        None,
        """Mission summary: TESSALY

Agency: European Small Bodies Consortium (ESBC)
Target: near-Earth asteroid (1983) Halvard
Status: extended operations

Tessaly, a small orbiter with a 9 kg lander, was proposed by a team at the University of
Lund in 2014 and selected by ESBC in 2016.

The spacecraft was launched on 14 May 2021 from Kourou. After an Earth flyby on
30 November 2021 it reached Halvard and entered orbit on 2 February 2023, and released its
lander, Pip, on 19 March. Pip returned data for about 60 hours before its battery ran flat,
sending back the first close images of a boulder field on a near-Earth asteroid.

The orbiter had mapped the whole surface by 31 July 2023, ahead of schedule, at a
resolution of 20 cm per pixel. Its main mission ended on 1 February 2024.

In the extended mission the orbiter is measuring how sunlight changes the asteroid's spin.
A controlled descent onto the surface is planned for December 2025 to end the mission.

Key figures: launch mass 412 kg; distance from Earth at arrival 1.31 AU; orbit altitude
between 1.2 and 5 km.""",
        (
            expect("2014", "propos"),
            expect("2016", "select"),
            expect("2021-05-14", "launch"),
            expect("2021-11-30", "flyby"),
            expect("2023-02-02", "orbit"),
            expect("2023-03-19", "lander"),
            expect("../2023-07-31", "map"),
            expect("2024-02-01", "mission"),
            expect("2025-12", "descent", planned=True),
        ),
    ),
    Text(
        "edda-flood-recovery-fund",
        "government statement",
        date(2024, 10, 17),
        """Department for Communities and Local Resilience
News release | Published 17 October 2024 | Ref: DCLR/2024/117

£40 million recovery fund for households hit by Storm Edda

The Government today confirmed £40 million for the Community Flood Recovery Fund, from which
households and small businesses flooded during Storm Edda will be able to claim up to £7,500
each.

Storm Edda struck the north-west on 5 October, flooding around 2,100 homes in the Carrow and
Lenning valleys. It was the worst flooding in the region since 1953.

Resilience Minister Hannah Brightwell visited Carrow on Monday, where she met residents and
volunteers at the Methodist hall. She will return on Saturday to open a permanent recovery
centre in the town.

Councils have been able to claim emergency support grants since 7 October. Applications to
the fund will open on 1 November through local councils, and the first payments will be
made on 2 December. Applications must be submitted no later than 31 January 2025. A council
tax exemption for flooded homes will take effect on 1 January.

The fund was first set up in 2016, after Storm Corra, and has paid out £23 million since.

"No family should face the cost of a flood alone," the Minister said.

Notes to editors
The Fund is administered under the Civil Contingencies Act 2004. Press office: 0300 555 0144
(lines open Monday to Friday, 9am to 5pm).""",
        (
            expect("2024-10-17", "fund"),
            expect("2024-10-05", "edda"),
            expect("2024-10-14", "visit"),
            expect("2024-10-19", "centre", planned=True),
            expect("2024-10-07/..", "grant"),
            expect("2024-11-01", "applications", planned=True),
            expect("../2025-01-31", "applications", planned=True),
            expect("2024-12-02", "payment", planned=True),
            expect("2025-01-01", "tax", planned=True),
            expect("2016", "fund"),
        ),
    ),
    Text(
        "kessick-tram-extension",
        "HTML news page",
        date(2025, 6, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Line 3 tram extension to Kessick opens | Vale Courier</title>
<meta name="description" content="Trams reach Kessick after three years of works.">
</head>
<body>
<header class="site-header"><a href="/">Vale Courier</a> | <a href="/news">News</a> |
<a href="/transport">Transport</a></header>
<article>
<h1>Line 3 tram extension to Kessick opens to passengers</h1>
<p class="byline">By Nadia Ferrow, Transport Correspondent &middot;
<time datetime="2025-06-22">22 June 2025</time></p>
<p>The first passenger trams ran to Kessick on Saturday, when the 4.8 km extension of Line 3
opened after more than three years of construction.</p>
<p>The park-and-ride car park at Kessick will open on 1 September, and the council's
transport committee is expected to approve a further extension to Penhallow on 9 July.</p>
<p>Works began in March 2022 and were halted for several months in 2023 after contractors
found an uncharted gas main beneath Station Road.</p>
<p>Line 3 first opened between the city centre and Orlby Road in 1999. The city bought the
disused railway trackbed used by the extension in about 2008.</p>
<p>Councillor Rhys Amberley, who cut the ribbon at Kessick, said passenger numbers on the
line had doubled since 2015. "Trams will run every seven minutes, seven days a week," he
said.</p>
</article>
<aside><h2>Most read</h2><ul>
<li><a href="/news/2025/06/bin-collections">Bin collection changes in Orlby</a></li>
</ul></aside>
<footer><p>&copy; 2025 Vale Courier Media Ltd. Company no. 04417290.</p></footer>
</body>
</html>""",
        (
            expect("2025-06-21", "extension", "open"),
            expect("2022-03", "works"),
            expect("2023", "halt"),
            expect("1999", "line"),
            expect("2008~", "trackbed"),
            expect("2025-09-01", "park", planned=True),
            expect("2025-07-09", "penhallow", planned=True),
        ),
    ),
    Text(
        "cedar-bench-evacuation-order",
        "wildfire evacuation order",
        date(2025, 8, 7),
        """EVACUATION ORDER

Regional District of Tallis Valley - Emergency Operations Centre
Issued: Thursday, August 7, 2025, 3:40 PM
Order No. EO-2025-014
Fire: Cedar Bench Wildfire (K51204)

Due to immediate danger to life safety from the Cedar Bench Wildfire, the Regional District
of Tallis Valley has ordered the evacuation of the following properties, effective
immediately:
- 1850 to 2045 Cedar Bench Road
- All properties on Ridge Lane and Osprey Drive

This Order will remain in effect until rescinded. It will be reviewed on Saturday, August 9.

Residents must leave the area now and register at the reception centre at the Tallis
Community Hall, 4410 Main Street, open from 8 a.m. to 10 p.m. daily.

Background
The Cedar Bench Wildfire was discovered on Tuesday afternoon and has grown to roughly 3,800
hectares. An Evacuation Alert was issued for the area on Wednesday. Crews expect to contain
the fire's eastern flank by Monday.

Residents of the Ferris Creek area, evacuated on July 29 and allowed home on August 2,
remain on alert. Campfires have been banned across the district since July 18. The slopes
above Cedar Bench last burned in the Tallis Mountain fire of August 2003.

Information line: 250-555-0193 | tallisvalley.example/emergency""",
        (
            expect("2025-08-07", "evacuation"),
            expect("2025-08-05", "discover"),
            expect("2025-08-06", "alert"),
            expect("../2025-08-11", "flank", planned=True),
            expect("2003-08", "tallis", "fire"),
            expect("2025-07-29", "ferris", "evacuat"),
            expect("2025-08-02", "ferris", "home"),
            expect("2025-07-18/..", "campfire"),
            expect("2025-08-09", "review", planned=True),
        ),
    ),
    Text(
        "island-chess-olympiad-silver",
        "chess olympiad report",
        date(2025, 9, 15),
        """ISLAND CHESS FEDERATION - OLYMPIAD REPORT
Posted Monday 15 September 2025 by Tomasz Wyle

Silver in Port Sarame!

Our open team finished second at the 14th Island Nations Chess Olympiad, held in Port Sarame
from 3 to 14 September, our best result since 1996.

The team clinched the silver medal on Sunday with a 2.5-1.5 win over Cordela in the eleventh
and final round. The decisive game was on board one, where GM Efrem Lassiter, who became the
country's first grandmaster in 2019, outplayed his opponent in a long rook ending.

The turning point came in round seven on Tuesday, when we beat the top seeds, Malvera, 3-1.
Fifteen-year-old Mia Tolland, rated 1988 at the start of the event, scored 6/8 on board four
with a performance rating of 2291. Rounds began at 15:00 every day except the rest day.

The federation, founded around 1972 by a handful of clubs in Ardmore, now has some 1,400
members.

The team will be welcomed at Ardmore airport on Wednesday evening. The next Olympiad is to
be held in Kettering Bay in 2027.

Final standings (open): 1. Malvera 19; 2. Island Federation 17; 3. Cordela 16; 4. Tessaro 15.
Team: Lassiter, Mbeki, Orr, Tolland; reserve Pavlou. Captain: IM Rosa Deane.""",
        (
            expect("2025-09-03/2025-09-14", "olympiad"),
            expect("2025-09-14", "silver"),
            expect("2025-09-09", "malvera"),
            expect("2019", "grandmaster"),
            expect("1972~", "federation"),
            expect("2025-09-17", "welcom", planned=True),
            expect("2027", "kettering", planned=True),
        ),
    ),
    Text(
        "orrin-lisheen-expansion",
        "pharmaceutical plant expansion release",
        date(2025, 2, 26),
        """NEWS RELEASE

Orrin Biologics to invest EUR 310 million in sterile fill-finish expansion at Lisheen

CORK, Ireland - 26 February 2025 - Orrin Biologics plc (LSE: ORB) today announced a
EUR 310 million expansion of its manufacturing site at Lisheen, County Cork, adding a
sterile fill-finish facility for injectable medicines and about 280 permanent jobs. Cork
County Council granted planning permission for the project on 14 January.

Construction will begin in April, and the new building is expected to be mechanically
complete no later than December 2026. The first commercial batches are expected in the
second half of 2027. The facility is designed to meet the 2022 revision of EU GMP Annex 1.

Orrin acquired the Lisheen site in 2014. It received approval from the US Food and Drug
Administration (FDA) on 9 October 2018 and from the European Medicines Agency (EMA) the
following March. The site has manufactured Orrin's antibody medicine Corvelimab since 2016.

"Lisheen has grown with every product we have brought to patients," said Dr Aoife Brennan,
Chief Operating Officer. "This investment doubles its capacity."

About Orrin Biologics
Orrin Biologics develops and manufactures biologic medicines for immune disorders. It
employs 3,100 people in six countries.

Media enquiries: Conor Walsh, +353 21 555 0190, media@orrinbio.example
Investor relations: ir@orrinbio.example""",
        (
            expect("2025-02-26", "expansion"),
            expect("2025-04", "construction", planned=True),
            expect("../2026-12", "complete", planned=True),
            expect("2025-01-14", "permission"),
            expect("2014", "acquir"),
            expect("2018-10-09", "fda"),
            expect("2019-03", "ema"),
            expect("2016/..", "corvelimab"),
        ),
    ),
    Text(
        "treadwell-merrion-letters",
        "ship's captain's letters of the 1850s",
        None,
        """Letters of Captain Nathaniel Treadwell, master of the barque Merrion, to his wife Hannah

I.

Barque Merrion, Valparaiso Roads, 12th March 1853

My dearest Hannah,

We came to anchor here on the 9th inst. after a passage of 125 days from Liverpool, which
we left on the 4th of November last. We crossed the Line on the 2nd of December, and
rounded the Horn in this new year, about the 20th of January, in such weather as I have not
seen since the year '41. The ship made a good deal of water but is sound.

Mr Pryce the mate has been laid up with fever since the 28th ult., and I fear for him. We
shall discharge our coals and load copper ore for Swansea, and I hope to sail before the
1st of May. Kiss the children for me.

Your ever affectionate husband,
N. Treadwell

II.

Barque Merrion, at sea, lat. 34 S., long. 76 W., 30th April 1853

My dear Hannah,

We sailed from Valparaiso on the 24th inst. with 610 tons of ore and a fair wind. I have sad
news. Poor Pryce died on the 3rd of April and was buried ashore the following day, the
whole crew following him up the hill. I have written to his mother.

If the Lord spares us I expect to be at Swansea by the 31st of August. I will send word by
the first ship we speak.

Ever your loving husband,
N. Treadwell""",
        (
            expect("1853-03-09", "anchor"),
            expect("1852-11-04", "liverpool"),
            expect("1852-12-02", "line"),
            expect("1853-01-20~", "horn"),
            expect("1853-02-28/..", "fever"),
            expect("../1853-05-01", "sail", planned=True),
            expect("1853-04-24", "valparaiso"),
            expect("1853-04-03", "pryce", "die"),
            expect("1853-04-04", "buried"),
            expect("../1853-08-31", "swansea", planned=True),
        ),
    ),
    Text(
        "wendle-kingfisher-survey",
        "kingfisher nest survey report",
        None,
        """WENDLE VALLEY WILDLIFE TRUST
Kingfisher (Alcedo atthis) Nest Survey 2024 - River Wendle, Ashcombe to Fordley
Report ref. WVWT/ORN/24/07 | Grid: SO 1987 4521 to SO 2011 4388 | Author: D. Harcourt

1. Summary
The Trust has monitored this stretch of the River Wendle since 2011. This year, surveys were
carried out between 14 April and 30 June 2024 along 11.2 km of the river, with visits every
ten days from a canoe or the bank. Six occupied burrows were found.

2. Results
The first occupied burrow (site K3, below Ashcombe weir) was found on 2 May. On or about
18 May the pair at K5 abandoned their nest when the river rose 0.9 m after heavy rain. At K3
the first brood fledged around 11 June. Adults at K1 were seen carrying fish into the burrow
on 3, 5 and 9 June, but no young were seen there. The six occupied burrows compare with
nine in 2019.

Table 1. Sites: K1 Millbrook bend; K2 Ashcombe weir (unoccupied); K3 below weir; K4
Fordley bridge (unoccupied); K5 Hollow Meadow; K6 sewage works outfall.

3. Threats
Recent bank reinforcement at Fordley removed two historic nest banks. Disturbance by dogs
and anglers was noted at K6.

4. Recommendations
The survey will be repeated in 2025, and the first visit is to take place no later than
10 April. Landowners at K5 should be asked to fence the bank.""",
        (
            expect("2024-04-14/2024-06-30", "survey"),
            expect("2011/..", "monitor"),
            expect("2024-05-02", "burrow"),
            expect("2024-05-18~", "abandon"),
            expect("2024-06-11~", "fledg"),
            expect("2024-06-03", "fish"),
            expect("2024-06-05", "fish"),
            expect("2024-06-09", "fish"),
            expect("2025", "repeat", planned=True),
            expect("../2025-04-10", "visit", planned=True),
        ),
    ),
    Text(
        "hollin-wharf-basin-history",
        "canal basin's history",
        None,
        """Hollin Wharf Basin: a short history

Hollin Wharf Basin lies at the head of the Mardale Branch of the Tenbury and Severn Canal,
a mile below the village of Hollin. The basin is 1,820 feet long and 90 feet wide.

The basin was dug between 1794 and 1796 under the engineer Benjamin Orde, and it opened to
traffic on 24 June 1796 with the arrival of three boats of lime. Its two brick warehouses
were built about 1800. The basin was enlarged in 1822 and again in 1841, when the Hollin Iron
Company built its own loading arm on the north side.

Trade fell away after a railway opened along the valley. The last commercial cargo, a load
of coal for the Hollin gasworks, was unloaded in 1938, and the branch was formally closed in
1944. For forty years the basin silted up and the warehouses stood empty.

The Hollin Basin Trust, a volunteer charity, has leased the basin from the canal authority
since 1985. After years of dredging and rebuilding, the basin reopened to boats on 12 May
2001, when more than sixty craft took part in a rally.

The larger warehouse is to be converted into a heritage centre, due to open in 2026.

Visitor moorings: 48 hours. Enquiries: Hollin Basin Trust, The Wharf, Hollin.""",
        (
            expect("1794/1796", "dug"),
            expect("1796-06-24", "open"),
            expect("1800~", "warehouse"),
            expect("1822", "enlarg"),
            expect("1841", "enlarg"),
            expect("1938", "cargo"),
            expect("1944", "clos"),
            expect("1985/..", "lease"),
            expect("2001-05-12", "reopen"),
            expect("2026", "heritage", planned=True),
        ),
    ),
    Text(
        "fenwick-barracks-closure",
        "defence ministry base closure statement",
        date(2025, 11, 20),
        """MINISTRY OF DEFENCE
Written statement by the Minister for Defence Estates
20 November 2025

Future of Fenwick Barracks

Following the review of the defence estate announced in March 2024, I can today confirm that
Fenwick Barracks, near Allerby, will close by 31 March 2029.

The site first opened as an army training camp in 1939, and it has been home to the 4th
Battalion, the Border Rifles, since 1968. The battalion will move to Catterholm Garrison in
the summer of 2027; its headquarters company will relocate first, in January 2027.

I recognise the strength of the ties between the battalion and the people of Allerby.
Officials briefed the trade unions representing the 340 civilian staff at Fenwick on Monday,
and every member of staff will be offered a post at Catterholm or support to find other
work.

The Defence Infrastructure Organisation will hold a public meeting at Allerby Town Hall on
Tuesday. A public consultation on the future use of the site will run from 1 to 19 December.
The Ministry will work with Allerby District Council to bring the 96-hectare site back into
use, including for housing.

This statement is made under the Defence Estate Optimisation Programme. Further
information: defence-estates@mod.example, 020 7218 4400.""",
        (
            expect("2025-11-20", "confirm"),
            expect("2024-03", "review"),
            expect("../2029-03-31", "clos", planned=True),
            expect("1939", "camp"),
            expect("1968/..", "battalion"),
            expect("2027-01", "headquarters", planned=True),
            expect("2025-11-17", "union"),
            expect("2025-11-25", "meeting", planned=True),
            expect("2025-12-01/2025-12-19", "consultation", planned=True),
        ),
    ),
    Text(
        "wrexley-guildhall-whats-on",
        "concert hall HTML listings page",
        date(2025, 10, 27),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>What's on | Wrexley Guildhall</title>
</head>
<body>
<header><a href="/">Wrexley Guildhall</a>
<nav><a href="/whats-on">What's on</a> | <a href="/visit">Visit</a> |
<a href="/hire">Hire</a></nav>
</header>
<main>
<h1>What's on: winter season</h1>
<p class="intro">The Guildhall opened in 1884 and reopened in September 2019 after a
two-year refurbishment. Free lunchtime recitals are held every Wednesday at 1pm.</p>

<h2>November 2025</h2>
<p class="note">Tickets for all January concerts go on sale on Mon 3 Nov.</p>
<ul class="listings">
<li><span class="date">Sat 8 Nov, 7.30pm</span> <h3>Wrexley Philharmonic: Sibelius 2</h3>
<p>Conductor Ilse Marwood. Tickets &pound;12-&pound;38.</p></li>
<li><span class="date">Fri 21 Nov, 7.30pm</span> <h3>Kessler Quartet</h3>
<p>Haydn, Janacek and Schubert's Death and the Maiden.</p></li>
</ul>

<h2>December 2025</h2>
<ul class="listings">
<li><span class="date">Sat 6 Dec, 7pm</span> <h3>Messiah</h3>
<p>Wrexley Choral Society with period instruments.</p></li>
<li><span class="date">Wed 31 Dec, 9pm</span> <h3>New Year's Eve Gala</h3>
<p>Waltzes, polkas and fireworks on the square at midnight.</p></li>
</ul>

<h2>January 2026</h2>
<ul class="listings">
<li><span class="date">Sat 17 Jan, 7.30pm</span> <h3>Amara Oduya, piano</h3>
<p>Beethoven's last three sonatas.</p></li>
</ul>
</main>
<footer><p>Box office: 01632 961884 (Mon-Sat, 10am-5pm) &middot; &copy; Wrexley Guildhall
Trust</p></footer>
</body>
</html>""",
        (
            expect("1884", "open"),
            expect("2019-09", "reopen"),
            expect("2025-11-03", "tickets", planned=True),
            expect("2025-11-08", "philharmonic", planned=True),
            expect("2025-11-21", "kessler", planned=True),
            expect("2025-12-06", "messiah", planned=True),
            expect("2025-12-31", "gala", planned=True),
            expect("2026-01-17", "oduya", planned=True),
        ),
    ),
    Text(
        "lantern-rooms-licensing-decision",
        "licensing committee decision",
        None,
        """WESTBROOK DISTRICT COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DETERMINATION
Licensing Act 2003, section 35

Application ref: LIC/PR/2024/0388
Premises: The Lantern Rooms, 14-16 Quarry Hill, Westbrook WB3 7RT
Applicant: Corvane Leisure Ltd
Date of notice: 17 February 2025

1. A hearing was held on 12 February 2025 to determine an application to vary the premises
licence so as to extend the sale of alcohol on Fridays and Saturdays until 02:00.

2. The premises have held a premises licence since 2008 and have been operated by the
applicant since 14 March 2022.

3. The application was received on 3 December 2024. The consultation period ended on
31 December, and four representations were received, from Westbrook Police and three local
residents.

4. The Police told the Sub-Committee that on or about 9 November 2024 a serious assault took
place outside the premises after closing time, and that officers attended again on 22 and
30 November following reports of disorder.

5. Decision. The Sub-Committee granted the application in part: alcohol may be sold until
01:00 on Fridays and Saturdays. The variation will take effect on 1 April 2025. CCTV
covering the entrance must be installed no later than 31 March 2025.

6. Right of appeal. The applicant and any person who made a representation may appeal to the
magistrates' court within 21 days of the date of this notice.""",
        (
            expect("2025-02-12", "hearing"),
            expect("2008/..", "licence"),
            expect("2022-03-14/..", "corvane"),
            expect("2024-12-03", "received"),
            expect("2024-12-31", "consultation"),
            expect("2024-11-09~", "assault"),
            expect("2024-11-22", "attend"),
            expect("2024-11-30", "attend"),
            expect("2025-04-01", "variation", planned=True),
            expect("../2025-03-31", "cctv", planned=True),
        ),
    ),
    Text(
        "strathbarr-cooperage-history",
        "cooperage's history",
        None,
        """Strathbarr Cooperage - Our History

The cooperage on Mill Wynd, Dunallan, was first recorded c. 1790, when a cooper named James
Lennie made herring barrels there for the curing yards on the shore.

In 1856 the business was bought by Alexander Mackie, whose family ran it for four
generations. Mackie built the present workshop in 1868 and installed steam-driven saws about
twenty years later. A fire on 3 February 1911 destroyed the stave store, though the workshop
itself was saved by a bucket chain from the harbour.

The herring trade declined after 1930, and the Mackies turned to whisky. They won large cask
orders from the Glenbarr distillery in 1954, 1962 and 1971, and by then most of their work
was the repair of bourbon barrels shipped over from Kentucky.

Since 2004 the cooperage has been owned by the Dunallan Heritage Company. It still repairs
casks for six distilleries and trains an apprentice every year; each apprenticeship lasts
four years.

A visitor centre is to open in the rebuilt stave store in May 2026, with a viewing gallery
over the workshop floor.

Strathbarr Cooperage, Mill Wynd, Dunallan. Shop open 10:00-16:00, Monday to Saturday.
Tel. 01855 612300.""",
        (
            expect("1790~", "record"),
            expect("1856", "bought"),
            expect("1868", "workshop"),
            expect("1888~", "saw"),
            expect("1911-02-03", "fire"),
            expect("1954", "order"),
            expect("1962", "order"),
            expect("1971", "order"),
            expect("2004/..", "heritage"),
            expect("2026-05", "visitor", planned=True),
        ),
    ),
    Text(
        "hadleigh-cross-wi-yearbook",
        "women's institute's yearbook",
        None,
        """HADLEIGH CROSS WOMEN'S INSTITUTE
YEARBOOK 2026
Founded 1919 - Member of the Shireford Federation of WIs

President's letter

Dear Members,

What a busy year we have had! The highlight was our coach trip to Ambry Mill on 12 June 2025,
when 41 of us saw the great wheel turning again. Our centenary oak, planted on the green in
2019, is now taller than the bus shelter.

Mrs Joan Pettifer, our treasurer since 1998, has decided to stand down. Nominations for her
successor must reach the Secretary by 1 September 2026.

With best wishes,
Margaret Ashdown, President

Meetings are held on the second Tuesday of each month at 7.30pm in the Village Hall, except
August. Visitors are welcome (£4 including refreshments).

PROGRAMME 2026
Tues 13 January - "Bees and Beekeeping", a talk by Colin Fairley
Tues 10 February - Pancake party and bring-and-buy
Sat 16 May - Coach outing to Harwood House and Gardens (depart the green 8.30am)
Tues 13 October - Annual Meeting and election of officers

Committee: President Margaret Ashdown; Secretary Ruth Lamb (01632 960412);
Treasurer Joan Pettifer; Members Pat Doyle, Eileen Marsh.""",
        (
            expect("1919", "found"),
            expect("2025-06-12", "ambry"),
            expect("2019", "oak"),
            expect("1998/..", "treasurer"),
            expect("../2026-09-01", "nomination", planned=True),
            expect("2026-01-13", "bee", planned=True),
            expect("2026-02-10", "pancake", planned=True),
            expect("2026-05-16", "harwood", planned=True),
            expect("2026-10-13", "annual", planned=True),
        ),
    ),
)
