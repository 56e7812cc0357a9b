"""The two-hundred-and-sixty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a borough council's
graffiti removal notice, a horseshoe pitching club's tournament report, a bauxite miner's stock
exchange release, a turnpike gatekeeper's ledger of the 1820s, a lapwing survey report, a snow
globe maker's history, an energy minister's statement to parliament, a water park's HTML page,
a forestry authority's felling licence decision, a history of paper marbling and a quoits
league's fixtures card. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYSEVENTH_CORPUS",)


TWOHUNDREDSIXTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "quervalle-tunnel-reopening",
        "wire story with a dateline",
        date(2025, 3, 12),
        """QUERVALLE, March 12 (Tessaline News) - The Quervalle rail tunnel reopened to freight
trains on Monday, five weeks after a rockfall blocked its northern portal, operator Brennick
Rail said.

The rockfall, on Feb. 2, buried some 300 metres of track under loose shale and cut the main
freight route between the coastal ports and the inland steelworks at Harsk. Engineers cleared
the last of the debris on March 7.

Passenger trains will return on Thursday, March 20, once new signalling has been tested,
Brennick said in a statement. It plans to fit steel netting over the portal by the end of June
at the latest.

Steelmaker Orvatt Metals said the closure had cost it around 14,000 tonnes of shipments. Its
shares are down 6 percent since the rockfall, their worst run since October 2022.

The tunnel, opened in 1887 and widened in 1961 and again in 1994, normally carries about 60
freight trains a day. A government inquiry into slope maintenance along the line is expected
to report in September.

"We were lucky nobody was under that rock," Brennick chief executive Ilse Varnhold told
reporters at the portal.

(Reporting by Tomas Reyd; Editing by Ana Kessler)""",
        (
            expect("2025-03-10", "tunnel", "reopen"),
            expect("2025-02-02", "rockfall"),
            expect("2025-03-07", "debris"),
            expect("2025-03-20", "passenger", planned=True),
            expect("../2025-06", "netting", planned=True),
            expect("1887", "tunnel", "open"),
            expect("1961", "widen"),
            expect("1994", "widen"),
            expect("2025-09", "inquiry", planned=True),
        ),
    ),
    Text(
        "calvenor-membrane-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Calvenor Filtration Opens Second Membrane Plant in Ostrey Falls

OSTREY FALLS, Minn., June 4, 2025 /PRNewsline/ -- Calvenor Filtration, a maker of ceramic
water-treatment membranes, today opened its second manufacturing plant, a 210,000-square-foot
site on the grounds of the former Ostrey paper mill.

Construction began in April 2023. The plant's first production line was commissioned on May
19, 2025, and shipped its first membranes to the city of Parrow on May 30.

Hiring for a second line will begin on July 7, and the line is scheduled to start up by March
2026, bringing the plant's workforce to about 180.

"Ostrey Falls made paper for a century. Now it will make the filters that keep a million
people's water clean," said Calvenor chief executive Dana Wirth.

The Minnesota Department of Employment approved a $4.2 million job-training grant for the
project on Nov. 8, 2024.

Calvenor will hold a public open house at the plant on Saturday, June 14, from 10 a.m. to
2 p.m.

About Calvenor Filtration
Founded in 2009 in Duluth, Calvenor Filtration has supplied ceramic membranes to municipal
water systems since 2012 and today serves more than 400 utilities in North America. For more
information, visit www.calvenor.example.

Forward-Looking Statements
This release contains forward-looking statements, including statements about production,
hiring and capacity. Actual results may differ materially from those expressed or implied.

Media Contact: Priya Holm, +1 218 555 0147, press@calvenor.example

(c) 2025 Calvenor Filtration Inc. All rights reserved.""",
        (
            expect("2025-06-04", "plant", "open"),
            expect("2023-04", "construction"),
            expect("2025-05-19", "line", "commission"),
            expect("2025-05-30", "membranes"),
            expect("2025-07-07", "hiring", planned=True),
            expect("../2026-03", "line", "start", planned=True),
            expect("2024-11-08", "grant"),
            expect("2025-06-14", "house", planned=True),
            expect("2009", "found"),
            expect("2012/..", "suppl"),
        ),
    ),
    Text(
        "pellisk-storage-lien-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESSANY
SECOND DISTRICT

HARLOW DRAYMAN, Plaintiff-Appellant,
v.
PELLISK STORAGE COMPANY, Defendant-Appellee.

No. 2-24-0917
Opinion filed February 18, 2026

Appeal from the Circuit Court of Tamsworth County, No. 23-CV-1142.
Honorable R. Okafor, Judge, presiding.

JUSTICE OSEI delivered the judgment of the court, with opinion.

OPINION

¶ 1 Plaintiff Harlow Drayman rented a self-storage unit from defendant Pellisk Storage Company
beginning on or about March 1, 2021. When he fell behind on rent, Pellisk mailed him a notice
of lien on January 9, 2023, and sold the contents of the unit at auction eighteen days later.

¶ 2 Drayman sued on June 30, 2023, claiming that the notice was defective because it was sent by
ordinary first-class mail. The Self-Service Storage Facility Act (the Act) has required notice
by certified mail since 1998. 770 Wess. Comp. Stat. 95/4 (West 2022).

¶ 3 The circuit court granted summary judgment to Pellisk on April 2, 2024, reasoning that
Drayman had actual notice because he spoke with the facility manager by telephone on or about
January 15, 2023. Drayman appealed.

¶ 4 We review summary judgment de novo. Brannock v. Sill, 2019 WS App (2d) 180233, ¶ 12.
Statutes that allow a creditor to sell a debtor's property without a court order are strictly
construed. Id. ¶ 15. Actual notice is no substitute for the notice the Act requires: a
telephone call cannot tell the occupant the amount due, the date of the sale and his right to
redeem, each of which section 4 demands in writing.

¶ 5 Because the notice did not comply with the Act, the sale was unlawful and summary judgment
should not have been entered. We reverse and remand for a hearing on damages. Any petition for
rehearing shall be filed no later than March 4, 2026.

¶ 6 Reversed and remanded.""",
        (
            expect("2026-02-18", "opinion"),
            expect("2021-03-01~", "rent"),
            expect("2023-01-09", "notice", "lien"),
            expect("2023-01-27", "auction"),
            expect("2023-06-30", "sued"),
            expect("1998/..", "certified"),
            expect("2024-04-02", "summary", "judgment"),
            expect("2023-01-15~", "telephone"),
            expect("../2026-03-04", "rehearing", planned=True),
        ),
    ),
    Text(
        "varnholm-canal-history",
        "encyclopedia history",
        None,
        """Varnholm Canal

The Varnholm Canal is a 38-kilometre canal in the province of Ostmark, linking Lake Esterhav
with the Gull estuary at Varnholm. Once the busiest inland waterway in the province, it is now
used mainly by pleasure craft.

History

Proposals for a canal across the Esterhav moors date from c. 1760. An act authorising its
construction was passed in 1791, and digging began the following year under the engineer
Pieter Sandvoort. Money ran out more than once, and the canal was not opened to traffic until
14 May 1811.

Traffic peaked in 1868, when some 9,000 vessels passed the eleven locks at Hesk; the opening of
the Esterhav railway four years later began a long decline. The canal company was nationalised
in 1948, and the canal was closed to commercial shipping in 1971.

Restoration

Volunteers of the Varnholm Canal Trust restored the eastern section between 1995 and 2001, and
since 2009 boats have been able to navigate the whole length again. The Hesk locks are to be
rebuilt by 2030, at an estimated cost of 26 million crowns.

Like most northern canals, the Varnholm froze for several weeks each winter, and an
ice-breaking barge was kept at Hesk for the purpose.

See also
Canals of Ostmark

References
1. Sandvoort, P. (1812). Report on the Varnholm Navigation. Varnholm.
2. Lind, K. (2004). The Varnholm Canal, 1791-1971. Hesk: Hesk Press.""",
        (
            expect("1760~", "proposals"),
            expect("1791", "act"),
            expect("1792", "digging"),
            expect("1811-05-14", "open"),
            expect("1868", "traffic", "peak"),
            expect("1872", "railway"),
            expect("1948", "nationalis"),
            expect("1971", "closed"),
            expect("1995/2001", "restor"),
            expect("2009/..", "navigate"),
            expect("../2030", "locks", "rebuil", planned=True),
        ),
    ),
    Text(
        "hollinvale-marrick-match",
        "sports report",
        date(2025, 9, 14),
        """Hollin Vale 3 Marrick Town 1

Vale go top as Pyke keeps up his scoring run

By Dev Anand

Hollin Vale went top of the Northern Counties League on Saturday with a 3-1 win over Marrick
Town at Fellgate Road, their first home league win over their neighbours since 2017.

Jonas Pyke opened the scoring after 12 minutes, turning in a low cross from Amir Soto, and
added a second from the penalty spot just before half-time. Pyke, who joined from Ardley
Rovers in January, has now scored in six straight games.

Marrick pulled one back through Lewis Crane early in the second half, but their hopes faded
when captain Sol Baptiste was sent off for a second booking on 71 minutes. He will miss
Wednesday's county cup tie at Deeping. Substitute Kofi Mensah sealed it in stoppage time.

It was sweet revenge for Vale, who were knocked out of the FA Trophy by Marrick on Tuesday,
September 2.

"We owed them one," said Vale manager Corinna Hale. "But nobody gets a medal in September."

Vale, promoted in May 2024, travel to Stainforth next Saturday before hosting Kelby Athletic
on September 27. Fellgate Road has been the club's home since 1923.

Hollin Vale: Grant; Osei, Marsh, Toller, Finch; Soto, Heap, Dyer (Mensah 80); Pyke, Lowe,
Barraclough.
Marrick Town: Sykes; Bell, Baptiste, Quayle, Ngata; Crane, Holt, Pearce; Devlin, Amos
(Reid 64), Kerr.
Referee: P. Hollis. Attendance: 1,846.""",
        (
            expect("2025-09-13", "marrick"),
            expect("2025-01", "pyke", "join"),
            expect("2025-09-17", "baptiste", "cup", planned=True),
            expect("2025-09-02", "trophy"),
            expect("2024-05", "promot"),
            expect("2025-09-20", "stainforth", planned=True),
            expect("2025-09-27", "kelby", planned=True),
            expect("1923/..", "fellgate"),
        ),
    ),
    Text(
        "ketterby-biscuit-history",
        "company history",
        None,
        """Ketterby's of Hexworth: Our Story

1868-1900: Ovens on Mill Lane

Josiah Ketterby opened a bakery on Mill Lane, Hexworth, around 1868, selling bread and penny
buns to the families of the canal boatmen. He began supplying ship's biscuits to the Hexworth
docks in 1874, and the following year he took on his first apprentice, his nephew Alfred.

1900-1945: The Canal Street years

Alfred Ketterby built the Canal Street factory in 1907, with a steam oven sixty feet long that
was the talk of the county. Our famous ginger snaps were first baked there, probably in 1911,
although no wrapper survives from before the First World War. The factory was requisitioned
to make army rations in 1940 and handed back to the family five years later, short of sugar,
short of men and with its oven in need of a complete rebuild.

1945 to today

Ketterby's has held a royal warrant since 1956. Four generations on, the family still runs the
business, and every December the whole workforce bakes the biscuits for the Christmas tree in
the town square, as it has done for as long as anyone can remember.

A new oven hall at Canal Street is due to open in 2026, doubling our capacity and bringing
forty new jobs to Hexworth. We are proud to bake where Josiah baked.

Ketterby & Sons Ltd, Canal Street, Hexworth. Registered in England no. 00098812.""",
        (
            expect("1868~", "bakery"),
            expect("1874", "biscuits"),
            expect("1875", "apprentice"),
            expect("1907", "factory"),
            expect("1911?", "ginger"),
            expect("1940", "requisition"),
            expect("1945", "handed"),
            expect("1956/..", "warrant"),
            expect("2026", "oven", "hall", planned=True),
        ),
    ),
    Text(
        "kestelpoint-orrery-summary",
        "mission summary",
        None,
        """TALVI SPACE AGENCY - MISSION OPERATIONS DIRECTORATE
MISSION SUMMARY: ORRERY-2 LUNAR RELAY SATELLITE
Document TSA-MOD-2025-0412, Rev. B - status as of 30 April 2025

1. OVERVIEW
Orrery-2 relays communications between Earth and landers on the far side of the Moon. It is
the agency's second relay satellite and carries two S-band and one Ka-band transponder.

2. FLIGHT TIMELINE
Launch: 14 January 2025, 03:12 UTC, aboard a Vireo-4 rocket from Kestel Point.
Trans-lunar injection: two days later, after a 5 min 40 s burn of the upper stage.
Lunar orbit insertion: 24 January, 19:47 UTC, into a 400 x 8,600 km elliptical orbit.
Commissioning of the payload was completed on or about 18 February.

3. ANOMALIES
Reaction wheel 3 failed on 2 March during a momentum-dump manoeuvre. The spacecraft entered
safe mode and was recovered within nine hours. It has flown on the backup wheel since 5 March,
with no loss of pointing accuracy.

4. OPERATIONS
The first relay session with the Tarn-1 lander took place on 11 March and returned 1.2 GB of
images and seismometer data. Relay passes are scheduled twice each Earth day.

5. FORWARD PLAN
An orbit-raising manoeuvre is scheduled for 9 June to lengthen the passes over the Tarn-1 site.
Tarn-2 will be launched in 2026, and Orrery-2 is expected to support its descent.

Prepared by: M. Aalto, Flight Director. Approved by: S. Kivi, Mission Manager.
Distribution: TSA internal. Page 1 of 1.""",
        (
            expect("2025-01-14", "launch"),
            expect("2025-01-16", "injection"),
            expect("2025-01-24", "orbit", "insertion"),
            expect("2025-02-18~", "commissioning"),
            expect("2025-03-02", "wheel", "fail"),
            expect("2025-03-05/..", "backup"),
            expect("2025-03-11", "relay", "session"),
            expect("2025-06-09", "manoeuvre", planned=True),
            expect("2026", "tarn-2", "launch", planned=True),
        ),
    ),
    Text(
        "vaskburg-bridge-restrictions",
        "government statement",
        None,
        """MINISTRY OF TRANSPORT AND PUBLIC WORKS
Republic of Calderra

PRESS STATEMENT
Ref: MTPW/PS/2025/188
Issued: Wednesday 22 October 2025

Hessel Bridge: restrictions on heavy goods vehicles

1. The Ministry confirms that the Hessel Bridge on the N7 over the river Vask has been closed
to vehicles over 7.5 tonnes since 17 October 2025. The restriction follows a routine inspection
on 15 October, during which engineers found cracking in two of the bridge's steel bearings.

2. The bridge remains open to cars, buses and emergency vehicles. A diversion for heavy goods
vehicles via the A14 and Orlen was signposted on Tuesday.

3. The Minister, Dr Ana Loewe, visited the bridge on Monday with the Ministry's chief engineer.
She will meet the mayors of Vaskburg and Orlen on Friday to discuss the effect of the diversion
on local roads.

4. Repairs are expected to begin on 1 December and must be completed by 31 March 2026 at the
latest. The contract has been awarded to Staalbouw Renn.

5. The Hessel Bridge was opened in 1968 and was last strengthened in 2007. It carries about
21,000 vehicles a day, one in eight of them heavy goods vehicles.

6. The Ministry publishes the inspection results for all national bridges each year in June.

Ends.

Media enquiries: press@mtpw.example""",
        (
            expect("2025-10-17/..", "closed"),
            expect("2025-10-15", "inspection"),
            expect("2025-10-21", "diversion"),
            expect("2025-10-20", "loewe", "visit"),
            expect("2025-10-24", "mayors", planned=True),
            expect("2025-12-01", "repairs", "begin", planned=True),
            expect("../2026-03-31", "complet", planned=True),
            expect("1968", "opened"),
            expect("2007", "strengthen"),
        ),
    ),
    Text(
        "tarrowby-library-reopening",
        "HTML news page",
        date(2025, 4, 8),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tarrowby library to reopen after flood repairs | Tarrowby Courier</title>
</head>
<body>
<header><a href="/">Tarrowby Courier</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Tarrowby library to reopen after flood repairs</h1>
<p class="byline">By Nell Oduya &middot; Tuesday</p>
<p>Tarrowby's central library will reopen to the public on Saturday, eleven months after
floodwater from the Tarrow Beck poured into its ground floor.</p>
<p>The building closed on 9 May last year, when about 12,000 books were lost. Contractors
finished laying the new floor on Friday, and the shelves are being restocked this week.</p>
<p>The Friends of Tarrowby Library have run a pop-up lending desk in the market hall since
June 2024. "People kept borrowing through all of it," said the group's chair, Rosa
Pettifer.</p>
<p>The council settled its insurance claim in February. The library, which opened in 1904 and
was extended in 1936 and again in 1978, will also get a flood barrier at its river door.</p>
<p>A children's reading festival is planned for 24 to 27 April, and evening opening will
return in June.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass plan goes to inquiry</a></li></ul>
</aside>
<footer><p>&copy; 2025 Tarrowby Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-12", "reopen", planned=True),
            expect("2024-05-09", "closed"),
            expect("2025-04-04", "floor"),
            expect("2024-06/..", "desk"),
            expect("2025-02", "insurance"),
            expect("1904", "opened"),
            expect("1936", "extended"),
            expect("1978", "extended"),
            expect("2025-04-24/2025-04-27", "festival", planned=True),
            expect("2025-06", "evening", planned=True),
        ),
    ),
    Text(
        "pennickvale-graffiti-notice",
        "graffiti removal notice",
        None,
        """PENNICK VALE BOROUGH COUNCIL
Street Scene Services

NOTICE REQUIRING THE REMOVAL OF GRAFFITI
Local Amenity (Defacement) Act 2011, section 14

Notice no. GR/2025/0317

To: The owner or occupier
Premises: Unit 4, Tannery Yard, Coldbrook Road, Pennick Vale PV3 7TR

1. This notice is served on 3 June 2025.

2. Graffiti on the south-facing wall of the premises was reported to the Council on 28 May
2025 and inspected by an enforcement officer two days later. The Council is satisfied that it
is detrimental to the amenity of the area.

3. You are required to remove the graffiti by 1 July 2025.

4. If the graffiti has not been removed by that date, the Council's contractor, Brightwall
Services Ltd, will attend on Thursday 3 July 2025 to remove it, and the Council may recover
its costs from you.

5. You may appeal against this notice to the magistrates' court. Any appeal must be lodged no
later than 24 June 2025.

6. Our records show that this wall was last cleaned by the Council on 14 February 2024 under
the Free Graffiti Removal Scheme, which has operated since April 2019. Please note that the
scheme will close to commercial premises on 31 December 2025.

Signed: M. Adeyemi
Head of Street Scene Services

Enquiries: streetscene@pennickvale.example, 01632 960 418
(Monday to Friday, 9 am to 5 pm)""",
        (
            expect("2025-06-03", "notice", "served"),
            expect("2025-05-28", "reported"),
            expect("2025-05-30", "inspect"),
            expect("../2025-07-01", "remove", planned=True),
            expect("2025-07-03", "attend", planned=True),
            expect("../2025-06-24", "appeal", planned=True),
            expect("2024-02-14", "cleaned"),
            expect("2019-04/..", "scheme"),
            expect("2025-12-31", "scheme", "close", planned=True),
        ),
    ),
    Text(
        "tallowmere-horseshoe-open",
        "horseshoe pitching report",
        None,
        """TALLOWMERE HORSESHOE PITCHERS' CLUB
The Ringer - Newsletter No. 84, August 2025

TALLOWMERE OPEN REPORT

The 31st Tallowmere Open was pitched on Saturday, August 9, at the Mill Pond courts, with 46
pitchers in six classes. A thunderstorm held things up for about an hour after lunch, but all
classes finished before dark.

Championship Class: Del Garrity took his fourth Open title, going 7-0 and pitching 71.4
percent ringers, the best average at the Open since 1994. He first won the Open in 1998 and
won it again in 2003 and 2011. Runner-up was Marcy Tolliver at 6-1.

Class B: Ray Dunphy 6-1, 48.2%. Class C: Junie Pratt 5-2, 39.0%.
Juniors: 12-year-old Aiden Roark, pitching from 30 feet, won with 27 ringers.

Courts: The new clay pits, finished on July 28 by Gus Hanley and crew, got plenty of
compliments. Thanks also to the Lions Club for the burgers.

COMING UP
* State Doubles at Harnett Park, August 23-24. Entries must reach the secretary by August 16.
* Annual meeting and pot-luck supper: Tuesday, Sept. 30, 6:30 pm at the clubhouse.

The club has pitched at Mill Pond since 1972. Club nights are every Tuesday and Thursday from
April through October, weather permitting. Dues ($25) are payable to Treasurer Lois Pike.""",
        (
            expect("2025-08-09", "tallowmere", "open"),
            expect("2025-08-09", "garrity", "title"),
            expect("1998", "garrity"),
            expect("2003", "garrity"),
            expect("2011", "garrity"),
            expect("2025-07-28", "clay", "pits"),
            expect("2025-08-23/2025-08-24", "doubles", planned=True),
            expect("../2025-08-16", "entries", planned=True),
            expect("2025-09-30", "annual", "meeting", planned=True),
            expect("1972/..", "mill"),
        ),
    ),
    Text(
        "varrak-bauxite-shipment",
        "bauxite release",
        None,
        """ASX ANNOUNCEMENT
17 February 2026

VARRAK RESOURCES LIMITED (ASX: VRK)

FIRST BAUXITE SHIPMENT FROM TINDALL PLATEAU

Highlights
* First shipment of 68,000 wet tonnes departs the Port of Cawley
* Mining ramping up ahead of schedule
* Second shipment scheduled for 9 March 2026

Varrak Resources Limited (Varrak or the Company) is pleased to announce that the first shipment
of bauxite from its Tindall Plateau Mine left the Port of Cawley on 15 February 2026 aboard the
bulk carrier MV Oriel Star, bound for an alumina refinery in Shandong Province, China.

Mining began on 12 January, some three weeks ahead of the schedule set out in the Company's
definitive feasibility study, which was completed in August 2022. Varrak acquired the Tindall
tenements in 2019. Construction began in September 2023 and the 42 km haul road to Cawley was
finished the following June.

The second shipment is scheduled for 9 March, and the mine is expected to reach its nameplate
rate of 3 million tonnes a year by December 2026. The Board expects that the Company could pay
its first dividend in 2027.

Managing Director Glen Tarrant said: "Tindall was a line on a map when we bought it. Today it
is an export business, and we have built it without a single lost-time injury."

This announcement has been authorised for release by the Board of Varrak Resources Limited.

For further information: Glen Tarrant, Managing Director, +61 8 6555 0192
ABN 41 612 009 384""",
        (
            expect("2026-02-15", "first", "shipment"),
            expect("2026-03-09", "second", "shipment", planned=True),
            expect("2026-01-12", "mining"),
            expect("2022-08", "feasibility"),
            expect("2019", "tenements"),
            expect("2023-09", "construction"),
            expect("2024-06", "haul", "road"),
            expect("../2026-12", "nameplate", planned=True),
            expect("2027", "dividend", planned=True),
        ),
    ),
    Text(
        "shellingcross-turnpike-ledger",
        "turnpike gatekeeper's ledger of the 1820s",
        None,
        """THE SHELLING CROSS GATE
Account & Memorandum Book kept by Amos Wrenfield, Gatekeeper to the Trustees of the Hexford
and Shelling Turnpike Road

1824.
Mar. 3. Took the gate this day as keeper, at a weekly wage of 12s. & the house rent free.
Received of Mr Holt the Clerk the new Table of Tolls.
Mar. 25. Paid to Mr Holt the quarter's takings, 38l. 6s. 2d.
May 1. Shelling fair. Took 9l. 4s. 6d. at the gate, the most in one day since I came.
June. About the 20th, a great flood in the Brook; the road under water & the gate shut.
Every Sunday the parson's chaise & all going to church pass toll free, as by the Act.

1825.
Jan. 8. Trustees met at the Crown & resolved to raise the tolls upon waggons with narrow
wheels from the 25th of March next.
Nov. 14? (not set down at the time) The Hexford carrier robbed of his purse a mile below the
gate by two men on foot. Gave notice to the Constable, but they were not taken.

1826.
Oct. 2. The new weighing engine for waggons set up at the gate by Mr Bream of Hexford. The first
waggon weighed the day following, a wool waggon of Mr Stott's, & found 9 cwt over.

Memorandum. Gate keys, 2; lamp, 1; Table of Tolls, 1; staff, 1. Delivered up complete.
A.W.""",
        (
            expect("1824-03-03", "keeper"),
            expect("1824-03-25", "takings"),
            expect("1824-05-01", "fair"),
            expect("1824-06-20~", "flood"),
            expect("1825-01-08", "trustees"),
            expect("1825-03-25", "tolls", planned=True),
            expect("1825-11-14?", "carrier", "robbed"),
            expect("1826-10-02", "weighing"),
            expect("1826-10-03", "weighed"),
        ),
    ),
    Text(
        "marrowfen-lapwing-survey",
        "lapwing survey",
        None,
        """MARROWFEN WILDLIFE TRUST
Breeding Lapwing Survey, Marrowfen Levels: 2025 Season Report
Report ref. MWT/ORN/25/06 - Surveyor: H. Adebayo

1. Summary
Thirty-four pairs of lapwing held territory on the Levels this year, up from 27 in 2024 and
the highest count since 2009. Productivity was estimated at 0.71 chicks fledged per pair.

2. Methods
The standard three-visit method was used. Visits were made on 8 and 22 April and 13 May 2025,
each between dawn and 10:00, walking fixed transects across fields F1 to F9.

3. Results
Display and scraping were widespread by the first visit. The first chicks were seen on or about
2 May in field F4. Heavy rain from 17 to 19 May flooded the lower scrapes in F6 and F7, and at
least five nests were lost.
The predator-exclusion fence put up around fields F3 to F5 in March 2024 again appeared
effective: 21 of the 34 pairs nested inside it.

4. Management
The Levels have been grazed under a Higher Tier agri-environment agreement since 2016. Cattle
are turned out each year in mid-May, after most clutches have hatched.

5. Recommendations
The Trust will repair the broken sluice at Dyke End by February 2026 so that winter water levels
can be held. The survey will be repeated in April 2026 using the same transects.

(c) Marrowfen Wildlife Trust 2025. Registered charity no. 1094455.""",
        (
            expect("2025-04-08", "visit"),
            expect("2025-04-22", "visit"),
            expect("2025-05-13", "visit"),
            expect("2025-05-02~", "chicks"),
            expect("2025-05-17/2025-05-19", "rain"),
            expect("2024-03", "fence"),
            expect("2016/..", "grazed"),
            expect("../2026-02", "sluice", planned=True),
            expect("2026-04", "survey", planned=True),
        ),
    ),
    Text(
        "tessbach-snow-globe-history",
        "snow globe maker's history",
        None,
        """A short history of the Varga workshop, Tessbach

The Varga snow globe workshop began in a garden shed behind Ferenc Varga's glass shop in
Tessbach. His wife, Elke Varga, was making her first globes there in about 1921, filling
blown-glass spheres with water and chips of bone for snow.

Her first patent, for a "snow" of ground porcelain that fell slowly and did not discolour, was
granted on 4 March 1927. The most famous of the early designs, the Church in Winter, cannot be
dated exactly: family tradition puts it in 1931, but no catalogue of that year survives.

The workshop moved to larger rooms on the Muehlweg in 1934. During the war it made thermometer
glass, and globe production did not resume until 1949. Expropriated in 1972, the business was
returned to the family in 1991, with most of its moulds intact.

Since 1998 the workshop has been run by Elke's great-granddaughter, Lena Varga-Holt, who still
blows every sphere by hand. Each globe takes about three days to finish, and the workshop has
never made more than 20,000 in a year.

Every November the workshop opens its doors for the Tessbach Christmas market. A small museum
in the original shed is planned to open in 2027.""",
        (
            expect("1921~", "globe"),
            expect("1927-03-04", "patent"),
            expect("1931?", "church"),
            expect("1934", "moved"),
            expect("1949", "production", "resum"),
            expect("1972", "expropriat"),
            expect("1991", "returned"),
            expect("1998/..", "lena"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "callowbrand-outage-statement",
        "energy minister's statement",
        None,
        """MINISTERIAL STATEMENT
Callowbrand Interconnector Outage
The Hon. Ruth Ochieng-Marlow MP, Minister for Energy
House of Assembly, Thursday 6 November 2025

Madam Speaker, I rise to inform the House about the loss of supply that affected some 410,000
households in the southern region last week.

At 4.52 p.m. on Tuesday, 28 October, the Callowbrand interconnector tripped after a fault at the
Calder Point converter station. The system operator shed load across four districts to protect
the grid. Most customers were back on supply within six hours, and the last were reconnected
at 10 p.m. the following day.

This was the largest outage in our state since 2004. It should not have happened.

The interconnector was commissioned in 2012 and carries up to a fifth of our peak demand. Since
1 July 2024, network operators have been required to hold fast-start reserve equal to the
largest single infeed, and I am advised that this reserve performed as designed.

I have asked the Energy Regulator to report to me on the causes of the trip by 15 December.
The government will also bring forward its storage auction: 2 gigawatts of battery capacity
will be auctioned in March 2026. The Ferrow B coal station closed in 2023, so firm capacity
matters more every year.

I will return to the House on Tuesday with the operator's preliminary findings, and I commend
this statement to the House.""",
        (
            expect("2025-10-28", "interconnector", "trip"),
            expect("2025-10-29", "reconnect"),
            expect("2012", "commission"),
            expect("2024-07-01/..", "reserve"),
            expect("../2025-12-15", "regulator", planned=True),
            expect("2026-03", "auction", planned=True),
            expect("2023", "ferrow"),
            expect("2025-11-11", "return", planned=True),
        ),
    ),
    Text(
        "splashmoor-waterpark-html",
        "water park HTML page",
        date(2025, 5, 20),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Opening times &amp; news - Splashmoor Water Park</title>
<meta name="description" content="Opening dates, ride news and offers at Splashmoor Water Park,
Lowther Bay.">
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/tickets">Tickets</a> | <a href="/rides">Rides</a>
</nav>
<main>
<h1>Opening times &amp; news</h1>
<section id="dates">
<h2>Summer opening</h2>
<p>The outdoor park opens for the summer on <strong>Saturday 24 May</strong>, 10am to 6pm daily.
The last day of the season is <strong>Sunday 7 September</strong>.</p>
<ul>
<li>Adults-only evenings every Thursday in July and August, 7pm to 10pm.</li>
<li>The Lazy River has been closed for repairs since Friday 2 May. We are sorry for the
disappointment.</li>
<li>Our new ride, the <em>Cyclone</em>, opened last Friday. Riders must be 1.2m or taller.</li>
</ul>
</section>
<section id="news">
<h2>Latest news</h2>
<article>
<h3>Wave pool back with a bang</h3>
<p>The wave pool reopened to season-pass holders last Saturday after a &pound;1.2m refit, with a
new wave machine and a heated beach. Splashmoor first opened in 1996 and added its indoor hall
in 2008; the Jubilee Slide, installed around 2001, is still our most popular ride.</p>
</article>
<article>
<h3>Lifeguard recruitment day</h3>
<p>Want to work with us this summer? Come to our recruitment day on Wednesday, 10am to 3pm, in
the indoor hall. Bring swimwear and photo ID.</p>
</article>
</section>
</main>
<footer><p>&copy; 2019-2025 Splashmoor Leisure Ltd &middot; Lowther Bay &middot; <a
href="/privacy">Privacy</a></p></footer>
</body>
</html>""",
        (
            expect("2025-05-24", "park", "open", planned=True),
            expect("2025-09-07", "last", "season", planned=True),
            expect("2025-05-02/..", "river"),
            expect("2025-05-16", "cyclone"),
            expect("2025-05-17", "wave", "pool"),
            expect("1996", "opened"),
            expect("2008", "indoor", "hall"),
            expect("2001~", "jubilee"),
            expect("2025-05-21", "recruitment", planned=True),
        ),
    ),
    Text(
        "brackenhurst-felling-licence",
        "felling licence decision",
        None,
        """KELDER FORESTRY AUTHORITY
Felling Licence Decision Notice

Application no.: FLA/NW/2025/0442
Applicant: Thornmere Estate Partnership
Woodland: Brackenhurst Plantation, Thornmere (grid ref. NY 412 073), 18.6 ha
Decision: LICENCE GRANTED WITH CONDITIONS

1. Background
The application, received on 3 June 2025, seeks consent to clearfell 14.2 ha of Sitka spruce
and Scots pine planted c. 1955, and to thin the remaining 4.4 ha. A previous licence for
thinning in the same woodland was issued in 2014.

2. Consultation
The application was entered on the public register of felling applications from 12 June to 10
July 2025. One objection was received, from Harlow Brook Parish Council on 9 July, concerning
the use of Mill Lane by timber lorries. An officer visited the site on 24 July.

3. Decision
Having considered the objection, the Authority granted this licence on 11 September 2025,
subject to the conditions below.

4. Conditions
(a) Felling must be completed by 10 September 2030.
(b) No felling may take place between 1 March and 31 July in any year, to protect nesting birds.
(c) The felled area must be restocked with mixed broadleaves and conifers by 31 March 2032 at
the latest, and the restocking maintained for ten years.
(d) Timber lorries must not use Mill Lane on school days between 08:00 and 09:15.

5. Review
The applicant may ask for a review of the conditions within three months of the date of this
notice.

Signed for the Authority: J. Okonkwo-Reid, Area Forester, North West
Date of notice: 11 September 2025""",
        (
            expect("2025-06-03", "received"),
            expect("1955~", "planted"),
            expect("2014", "thinning"),
            expect("2025-06-12/2025-07-10", "register"),
            expect("2025-07-09", "objection"),
            expect("2025-07-24", "visit"),
            expect("2025-09-11", "grant"),
            expect("../2030-09-10", "felling", "complet", planned=True),
            expect("../2032-03-31", "restock", planned=True),
        ),
    ),
    Text(
        "vessely-marbling-history",
        "paper marbling history",
        None,
        """Paper marbling in Europe

Paper marbling, the art of floating colours on a thickened bath and lifting them onto a sheet,
came to Europe from the Ottoman world. Travellers and diplomats were bringing marbled sheets
home from Istanbul by 1600, pasting them into the albums of friends they met on their
journeys. The earliest dated European example, in an album kept by a student at Altdorf, was
made in 1616.

Workshops north of the Alps soon learned the craft. A Nuremberg binder, Hans Kessel, is said to
have taken it up around 1650, and marbled endpapers became the mark of a good binding for the
next two centuries.

The recipes were closely kept until the London marbler Edwin Harrowby published The Marbler's
Art in 1853. In 1885 the Bohemian bookbinder Anton Vessely introduced a size made of carrageen
moss, which held colours better than the gum tragacanth then in use, and two years later he
opened a school of marbling in Prague.

Cheap machine-printed imitations had largely replaced hand marbling by 1920. A revival began in
1970, led by craft binders in Britain and the United States, and the Guild of Marblers,
founded in 1982, has held an exhibition every third year since. The Guild is to open a study
collection in Bath in 2026.""",
        (
            expect("../1600", "sheets"),
            expect("1616", "earliest"),
            expect("1650~", "kessel"),
            expect("1853", "harrowby"),
            expect("1885", "carrageen"),
            expect("1887", "school"),
            expect("../1920", "imitations"),
            expect("1970", "revival"),
            expect("1982", "guild"),
            expect("2026", "collection", planned=True),
        ),
    ),
    Text(
        "wendleby-quoits-fixtures",
        "quoits fixtures card",
        None,
        """WENDLEBY & DISTRICT QUOITS LEAGUE
(Established 1891)

FIXTURES - SEASON 2025

President: Cllr. T. Brackley
Hon. Secretary: W. Ambler, 4 Ferry Row, Wendleby
Hon. Treasurer: Mrs J. Dodd

Sat. 26 April   OPENING DAY - all clubs at Wendleby Green, 2 p.m.
Thu. 1 May      Wendleby Green v Cragside
Thu. 8 May      Harlow Arms v Wendleby Green
Sat. 12 July    Singles Championship, at Cragside
Sat. 16 Aug.    League Cup Final, at Harlow Arms
Sat. 6 Sept.    Presentation Night & Annual Meeting, Wendleby Institute, 7.30 p.m.

League matches start 7 p.m. prompt. Ends to be cleaned and clay watered by 6.30 p.m. Home
clubs to provide the hob-stakes, a marker and a sponge.

Subscriptions (15 pounds per club, 3 pounds per player) to be paid to the Hon. Treasurer by 30
April.

Rule 9 (throwing distance 11 yards from hob to hob) has been in force since 1952 and will not
be altered. Disputes to be referred to the Secretary within seven days.

Champions 2024: Cragside.

Printed by Dobson & Son, Market Street, Wendleby.""",
        (
            expect("1891", "establish"),
            expect("2025-04-26", "opening", planned=True),
            expect("2025-05-01", "wendleby", "cragside", planned=True),
            expect("2025-05-08", "harlow", "wendleby", planned=True),
            expect("2025-07-12", "singles", planned=True),
            expect("2025-08-16", "cup", "final", planned=True),
            expect("2025-09-06", "presentation", planned=True),
            expect("../2025-04-30", "subscriptions", planned=True),
            expect("1952/..", "rule"),
            expect("2024", "champions"),
        ),
    ),
)
