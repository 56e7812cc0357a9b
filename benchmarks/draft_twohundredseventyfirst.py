"""The two-hundred-and-seventy-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a public toilet closure
notice, a karting championship report, a potash mine release, a chimney sweep's day book of
the 1850s, a pipistrelle bat survey, a yo-yo maker's history, a disabilities minister's
statement, a cat café's HTML news page, a dog breeding licence appeal decision, a marquetry
history and a whist drive fixtures card. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, a decade, "late 1970s", "early
2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYFIRST_CORPUS",)


TWOHUNDREDSEVENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "orvelle-lock-gate",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ORVELLE, March 12 (Caskfield Wire) - Grain barges will start moving through the Orvelle
river terminal again on Friday after engineers repaired a lock gate that jammed on Feb. 26,
the Lower Tarn Waterways Authority said on Wednesday.

Engineers lowered a replacement gate into place on Monday and tested it overnight, authority
director Hanne Visser told reporters. An earlier repair failed when a hydraulic ram split
during trials on March 4.

Some 60 barges carrying about 90,000 tonnes of wheat and barley have been stuck upstream
since the breakdown, and traders expect the first maize cargoes to reach the sea port of
Damsk around March 24. The closure is the longest on the river since 1998, brokers said.

"We are asking everyone to be patient for a few more days," Visser said. "Every barge will
have its turn."

The authority will inspect all 14 locks on the river by the end of June, she said, and has
asked the transport ministry for 40 million euros to replace its oldest gates.

The Orvelle terminal, owned by the farmers' cooperative Tarnagri, has handled grain since
1987 and shipped a record 2.1 million tonnes in 2023. Last year the river was closed for
four days in August for dredging.

(Reporting by Jonas Elmi; Editing by Clare Otway)""",
        (
            expect("2025-02-26", "gate", "jam"),
            expect("2025-03-14", "barges", planned=True),
            expect("2025-03-10", "replacement", "gate"),
            expect("2025-03-04", "ram", "split"),
            expect("2025-03-24~", "maize", planned=True),
            expect("../2025-06", "inspect", "locks", planned=True),
            expect("1987/..", "terminal", "grain"),
            expect("2023", "record"),
            expect("2024-08", "dredging"),
        ),
    ),
    Text(
        "quillmere-fenwick-deal",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillmere Robotics to acquire Fenwick Sensing

HALBROOK, England, 4 June 2025 - Quillmere Robotics Ltd ("QRL"), the maker of autonomous
pallet movers, today signed an agreement to acquire Fenwick Sensing Ltd, a supplier of lidar
modules for warehouse vehicles, for GBP 84 million in cash. The transaction is expected to
close by 30 September 2025, subject to clearance by the Competition Office.

Founded in 2011 by two university engineers, Fenwick has supplied the sensors in every QRL
vehicle since 2016. Its 65 staff in Carrow will join QRL when the deal completes.

The acquisition follows the opening of QRL's Brandt Valley assembly plant on 12 March, which
has already built more than 900 pallet movers. A second production line at the plant is
scheduled to start in January 2026, adding about 140 jobs. QRL's revenue rose 31 per cent
last year to GBP 212 million, its strongest growth since 2019.

"Bringing Fenwick in-house secures the part of our vehicles that matters most: how they
see," said Ros Adeyemi, chief executive, who co-founded QRL in 2014. "We have worked side by
side for nine years; now we will do it under one roof."

Ilse Marr, Fenwick's founder, will remain with the business as an adviser.

QRL will publish its half-year results on 23 July 2025.

- ENDS -

Notes to editors
Quillmere Robotics designs and builds autonomous vehicles for warehouses and distribution
centres and employs 610 people in England and the Netherlands.

Media contact: press@quillmere.example | +44 20 7946 0113
(c) 2025 Quillmere Robotics Ltd. Release ref. QRL/PR/2025/017""",
        (
            expect("2025-06-04", "agreement", "fenwick"),
            expect("../2025-09-30", "transaction", "close", planned=True),
            expect("2011", "fenwick", "found"),
            expect("2016/..", "sensors"),
            expect("2025-03-12", "plant", "open"),
            expect("2026-01", "production", "line", planned=True),
            expect("2024", "revenue"),
            expect("2014", "qrl", "found"),
            expect("2025-07-23", "results", planned=True),
        ),
    ),
    Text(
        "hargrove-delacy-boiler",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

HARGROVE MILLING CO., Plaintiff-Appellant,
v.
DELACY BOILER WORKS, INC., Defendant-Appellee.

No. 2-24-0917

Appeal from the Circuit Court of Tolburn County, No. 22-CV-3318,
Hon. Martin Ekwall, Judge Presiding.

OPINION

JUSTICE PELLAND delivered the opinion of the court:

P 1 Hargrove Milling Co. (Hargrove) appeals from the summary judgment entered on May 2, 2024,
in favor of Delacy Boiler Works, Inc. (Delacy). We reverse and remand.

P 2 I. BACKGROUND

P 3 On or about March 15, 2021, the parties signed a contract under which Delacy agreed to
supply and install a steam boiler at Hargrove's flour mill in Tolburn. Delacy finished the
installation on November 19, 2021, and the boiler failed a pressure test eight days later.
Hargrove shut the mill from December 1, 2021, to January 21, 2022, while the boiler was
rebuilt.

P 4 Hargrove sued on August 9, 2022, seeking $1.3 million in lost profits. Delacy relied on a
clause limiting its liability to the contract price. Hargrove answered that it never agreed
to that clause: the clause appears only in a revised set of terms that Delacy mailed in or
around June 2021, and Hargrove denies receiving them (R. 211).

P 5 II. ANALYSIS

P 6 Summary judgment is proper only where there is no genuine issue of material fact.
Ormsby v. Kell Farms, Inc., 2009 WM App (2d) 081144, P 14. Whether the revised terms reached
Hargrove is such an issue. That the same clause has appeared in Delacy's standard terms since
1994 does not show that Hargrove accepted it here.

P 7 III. CONCLUSION

P 8 The judgment of the circuit court is reversed, and the cause is remanded. On remand, the
circuit court shall set the matter for trial no later than June 30, 2025.

P 9 Reversed and remanded.""",
        (
            expect("2024-05-02", "summary", "judgment"),
            expect("2021-03-15~", "contract", "sign"),
            expect("2021-11-19", "installation", "finish"),
            expect("2021-11-27", "pressure", "test"),
            expect("2021-12-01/2022-01-21", "mill", "shut"),
            expect("2022-08-09", "sued"),
            expect("2021-06~", "revised", "terms"),
            expect("1994/..", "clause"),
            expect("../2025-06-30", "trial", planned=True),
        ),
    ),
    Text(
        "kessendorf-canal",
        "encyclopedia history",
        None,
        """Kessendorf Canal

The Kessendorf Canal is a partly disused 46-kilometre (29 mi) canal in the province of Lower
Harrland, linking the river Orm at Kessendorf with the port of Vesk. Its western section is
used by pleasure boats.

History

A canal between the Orm and the sea was first proposed by the Vesk merchant Aldo Brenn in
about 1762, but the scheme found no backers for three decades. An act authorising
construction was passed in 1791, and digging began the following year under the engineer
Thomas Garrow. Work stopped between 1797 and 1801 when the company ran out of money, and the
canal opened to traffic on 4 May 1809.

For much of the 19th century the canal carried coal down to the coast and grain back
inland; it was at its busiest in the 1840s. Competition from the Vesk railway reduced its
trade steadily, and the last commercial cargo is thought to have passed through in 1931.
The locks were then left to decay.

Restoration

The Kessendorf Canal Trust was formed in 1972. It reopened the first 12 km, from Vesk to
Marrow Lock, to pleasure boats in 1994, and has been rebuilding the flight of seven Garrow
locks at Helm since 2015. The trust aims to reopen the whole canal by 2030.

See also
List of canals in Lower Harrland

References
1. Harker, J. (1988). The Canals of Lower Harrland. Vesk: Tidemark Press. pp. 41-67.
2. Kessendorf Canal Trust (2019). Annual Report. p. 3.""",
        (
            expect("1762~", "propos"),
            expect("1791", "act"),
            expect("1792", "digging"),
            expect("1797/1801", "work", "stop"),
            expect("1809-05-04", "canal", "open"),
            expect("1931?", "cargo"),
            expect("1972", "trust", "form"),
            expect("1994", "reopen"),
            expect("2015/..", "rebuild", "locks"),
            expect("../2030", "reopen", "whole", planned=True),
        ),
    ),
    Text(
        "dunmarrow-rovers-pellbury",
        "sports report",
        date(2024, 11, 17),
        """Dunmarrow Rovers 3 Pellbury Town 1

By Gareth Lowe, at Cragside Park

Dunmarrow Rovers moved up to second in the Northern Premier Division with a deserved win over
Pellbury Town on Saturday, their first home victory in the fixture since 2009.

Kieran Doyle opened the scoring after 11 minutes, turning in Jamie Sefton's low cross, and
added a second from the penalty spot just before half-time. Doyle, who joined on loan from
Ashcombe on 2 September, now has nine goals in 12 league games.

Pellbury, relegated from the National North in 2022, pulled one back through Ola Mensah but
had midfielder Sam Oduya sent off for a second booking, and Ben Achterberg's header sealed it
in stoppage time. Town have now lost four in a row.

"We were brave on the ball and we earned that," said Rovers manager Tessa Grange, appointed
in October 2023. "But it means nothing if we don't back it up."

Rovers were without defender Ellis Morrow, who damaged an ankle ligament in the draw at
Tarnby on 26 October. He is expected back by the end of the month.

Grange's side travel to Hexley in the county cup on Tuesday and host leaders Marlow Athletic
on Saturday 23 November. The club has shared Cragside Park with Dunmarrow Cricket Club since
1996.

Dunmarrow Rovers: Pike; Lund, Achterberg, Okoro, Hale; Sefton, Marsh, Quayle; Doyle, Tait
(Brook 78), Amadi.

Attendance: 2,841.""",
        (
            expect("2024-11-16", "rovers", "win"),
            expect("2024-09-02", "doyle", "join"),
            expect("2022", "relegat"),
            expect("2023-10", "grange", "appoint"),
            expect("2024-10-26", "morrow", "ankle"),
            expect("../2024-11", "morrow", "back", planned=True),
            expect("2024-11-19", "hexley", planned=True),
            expect("2024-11-23", "marlow", planned=True),
            expect("1996/..", "shared"),
        ),
    ),
    Text(
        "mardle-finch-tea",
        "company history",
        None,
        """Mardle & Finch - Our story

It began in 1888, when Josiah Mardle, a ship's purser who had tired of the sea, opened a tea
warehouse on Quay Street in Lissport. His brother-in-law William Finch joined him as a
partner in 1902, and the firm took the name it still bears.

Around 1910 the partners began selling their own blend, Harbour Breakfast, in printed paper
packets - the first packaged tea sold in the town. It is still our best seller.

During the First World War the Admiralty requisitioned the warehouse, from 1916 to 1919, and
the business was run from a rented shed at the end of the fish quay. In 1934 the company
bought the Kellapara estate in the hills of Ceylon, which supplies a third of our leaf to
this day.

New packing halls were built at Fenner Road in 1961 and 1968, and by the end of the 1960s
Mardle & Finch tea was sold in every county in the country. Since 1987 the company has been
owned by the Drummond family trust, descendants of Josiah Mardle's daughter Ada.

The Quay Street warehouse closed in 2009, when blending moved to our present site at
Kirkhope. We have since bought the old building back, and we are turning it into a visitor
centre and tasting room, which is due to open in April 2026.

Mardle & Finch Ltd - Kirkhope Road, Lissport - Registered in England no. 00024117
(c) Mardle & Finch Ltd 2025 - Page last updated 3 February 2025""",
        (
            expect("1888", "warehouse", "open"),
            expect("1902", "finch", "partner"),
            expect("1910~", "blend"),
            expect("1916/1919", "requisition"),
            expect("1934", "kellapara"),
            expect("1961", "packing", "halls"),
            expect("1968", "packing", "halls"),
            expect("1987/..", "owned", "drummond"),
            expect("2009", "warehouse", "closed"),
            expect("2026-04", "visitor", planned=True),
        ),
    ),
    Text(
        "ostrelle-arven2-mission",
        "mission summary",
        None,
        """OSTRELLE SPACE OFFICE - MISSION SUMMARY
ARVEN-2 (Atmospheric Radiation and Vapour Explorer 2)
Document OSO-AR2-MS-004, revision C, 21 May 2024

Mission type: Earth observation (upper-atmosphere water vapour)
Launch: 17 August 2022, 04:12 UTC, Skerra Launch Centre, Halcyon-3 rocket
Orbit: 680 km, sun-synchronous, 06:00 descending node
Mass at launch: 1,140 kg

Summary
ARVEN-2 carries a limb-sounding spectrometer and a radiation monitor to map water vapour
between 15 and 80 km altitude. After four orbit-raising burns the spacecraft reached its
operational orbit on 2 September, and the first science data were returned on 19 September.

On or about 11 March 2023 one of the four reaction wheels failed; attitude control has since
used the remaining three. Calibrated data products have been public on the ARVEN data portal
since 1 March 2023. The spectrometer was switched off from 6 to 29 June 2023 while engineers
traced a calibration drift to a faulty heater.

Status and plans
In January 2024 the mission was extended; operations are now planned to end no later than
December 2026. To sharpen the vertical resolution of the spectrometer, the orbit will be
lowered to about 610 km in about March 2026. Re-entry is expected within five years of the
end of operations.

Key figures
Orbits completed (to 30 April 2024): 9,870
Data volume delivered: 212 TB""",
        (
            expect("2022-08-17", "launch"),
            expect("2022-09-02", "reached", "orbit"),
            expect("2022-09-19", "science", "data"),
            expect("2023-03-11~", "wheel", "fail"),
            expect("2023-03-01/..", "products", "public"),
            expect("2023-06-06/2023-06-29", "spectrometer"),
            expect("2024-01", "extend"),
            expect("../2026-12", "operations", "end", planned=True),
            expect("2026-03~", "orbit", "lower", planned=True),
        ),
    ),
    Text(
        "veldra-drought-support",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Republic of Veldra

Press office - 9 April 2025

Statement by the Minister of Agriculture, Ana Korvel, on support for livestock farmers in
the eastern districts

The Government today approved an emergency support package of 62 million crowns for
livestock farmers hit by the drought, which has lasted since October 2024 in the eastern
districts. The ministry set up a drought task force in November and has kept in daily
contact with the district offices ever since.

On Monday I met representatives of the Farmers' Union and the district mayors in Dravice.
They told me what I had seen for myself: pastures burnt brown, wells running dry and herds
sold at a loss. Contractors began hauling drinking water to 140 farms on 3 March, and that
service will continue for as long as it is needed.

Applications for support open on Tuesday 15 April and close on 30 May. The first payments
will be made by 20 June at the latest. Farmers can apply online or at any district office.

In 2018 a similar scheme paid compensation to some 2,300 farms. This package is larger, and
it is simpler: one form, one payment. Rainfall in the east this winter has been the lowest
since 1976, and I will not pretend that money alone can make up for it.

Ana Korvel
Minister of Agriculture and Rural Affairs

Ref. MZR-PR-2025/112""",
        (
            expect("2025-04-09", "support", "package"),
            expect("2024-10/..", "drought"),
            expect("2024-11", "task", "force"),
            expect("2025-04-07", "union"),
            expect("2025-03-03", "hauling", "water"),
            expect("2025-04-15", "applications", "open", planned=True),
            expect("2025-05-30", "applications", "close", planned=True),
            expect("../2025-06-20", "payments", planned=True),
            expect("2018", "scheme"),
        ),
    ),
    Text(
        "ravensholt-library-page",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ravensholt library to shut for 14-month revamp | Ravensholt Evening Post</title>
</head>
<body>
<header><a href="/">Ravensholt Evening Post</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article>
<h1>Ravensholt library to shut for 14-month revamp</h1>
<p class="byline">By <a href="/authors/priya-nand">Priya Nand</a>, Local Democracy Reporter
<time datetime="2025-05-22T07:00:00+01:00">Thursday 22 May 2025</time></p>
<p>Ravensholt Central Library will close on Saturday 31 May for a &pound;6.2m refurbishment
and is expected to reopen in July 2026, the city council said yesterday.</p>
<p>A temporary lending library will open in the former Hallam's department store on Station
Road on Monday 9 June, with computers, a children's corner and a home delivery service.</p>
<p>The Grade II listed building, designed by Edwin Sallow, opened in 1906 and was last
renovated in 1978. Its roof has leaked for years, and the council bought the empty bank next
door in 2021 to make room for a lift and a new entrance.</p>
<figure><img src="/img/library-crown-street.jpg" alt="Ravensholt Central Library">
<figcaption>The library on Crown Street, photographed in April 2025. Photo: Evening Post
</figcaption></figure>
<p>Councillors approved the scheme in January this year. A public consultation on it ran from
4 September to 27 October 2024 and drew 1,900 responses.</p>
<p>The local studies collection, moved to the county archive at Brindley in about 2012, will
come back to the library when it reopens.</p>
<p>"Libraries are about more than books," said Cllr Denise Oyelaran, cabinet member for
culture. Visitor numbers have fallen by about a third since 2015, the council says.</p>
</article>
</main>
<footer><p>&copy; 2025 Ravensholt Evening Post Ltd. All rights reserved.</p>
<p>Last updated: 22 May 2025, 18:40</p></footer>
</body>
</html>""",
        (
            expect("2025-05-31", "library", "close", planned=True),
            expect("2026-07", "reopen", planned=True),
            expect("2025-06-09", "temporary", planned=True),
            expect("1906", "building", "opened"),
            expect("1978", "renovat"),
            expect("2021", "bought", "bank"),
            expect("2025-01", "approv"),
            expect("2024-09-04/2024-10-27", "consultation"),
            expect("2012~", "collection", "moved"),
        ),
    ),
    Text(
        "pebblecombe-toilet-closure",
        "public toilet closure notice",
        None,
        """BRINWICK DISTRICT COUNCIL
Environmental Services - Coastal Facilities

PUBLIC NOTICE
TEMPORARY CLOSURE OF PUBLIC TOILETS

Location: Pebblecombe Seafront Public Conveniences, Marine Parade (opposite the bandstand)

The above toilets will be closed from Monday 10 March 2025 until Friday 4 April 2025
inclusive while the damaged block is repaired and a new Changing Places room is fitted.

The works follow a burst water main beneath the building on 18 February, which flooded both
the ladies' and the gents' and made the block unsafe to use. The block was built in 1936
and was last refurbished in 2004.

During the closure:
* A temporary toilet unit, with an accessible cubicle and baby-changing, will be in place in
  the Lifeboat Station car park from Wednesday 12 March.
* The nearest permanent toilets are at Harbour Car Park (open 8am-6pm daily) and in
  Pebblecombe Library during library opening hours.

Please note that the Eastcliff toilets were closed permanently on 30 September last year and
will not reopen.

The Changing Places room (hoist, adult-sized changing bench and peninsular WC) is expected to
be ready for use by the end of May at the latest.

A drop-in session on the new facilities will be held at Pebblecombe Library on Thursday
20 March, 2pm-5pm.

Seasonal opening hours (from reopening): 1 April - 30 September, 7am-8pm;
1 October - 31 March, 8am-5pm.

We apologise for any inconvenience.

R. Quilter
Head of Environmental Services

Ref: ENV/PC/0425      Date of notice: 3 March 2025""",
        (
            expect("2025-03-10/2025-04-04", "toilets", "closed", planned=True),
            expect("2025-02-18", "burst", "main"),
            expect("1936", "built"),
            expect("2004", "refurbish"),
            expect("2025-03-12", "temporary", "unit", planned=True),
            expect("2024-09-30", "eastcliff"),
            expect("../2025-05", "changing", "ready", planned=True),
            expect("2025-03-20", "session", planned=True),
        ),
    ),
    Text(
        "whinfell-karting-round5",
        "karting championship report",
        date(2025, 6, 16),
        """CARRBRIDGE KART CLUB - 2025 CLUB CHAMPIONSHIP
Round 5, Whinfell Raceway: report

Maisie Tolland took her third win of the year in the Junior X30 final on Sunday to move 14
points clear at the top of the standings with two rounds to go.

Saturday's practice was cut short by heavy rain, and the track was still damp for the first
heats on Sunday morning. Tolland, 16, who had won the opening round at Whinfell on 6 April
and finished second at Kimberton on 18 May, took pole for the final and led every lap.

"I lost the rear at the hairpin on lap three and just about held it," she said. "Dad said
keep it tidy, so I kept it tidy."

Drivers praised the circuit's new transponder timing system, installed in April, which put
live lap times on their phones for the first time.

In Senior Rotax, Dev Banerjee won for Falcon Motorsport, his first victory since 2023, after
leaders Callum Pyke and Niamh Rees tangled at Paddock Bend. The final was stopped on lap nine
after a three-kart collision and restarted over five laps; nobody was hurt. Falcon has run
karts at Whinfell since 2011.

Coming up
Round 6 takes place at Whinfell on 12-13 July, and the championship finale is at Brackley
Heath on 6 September. The club also holds an open test day for newcomers on Saturday 28 June
(arrive-and-drive karts available; book through the club office).

Junior X30 standings: 1 Tolland 212, 2 Hussain 198, 3 Crowe 171.""",
        (
            expect("2025-06-15", "tolland", "win"),
            expect("2025-06-14", "practice"),
            expect("2025-04-06", "opening", "round"),
            expect("2025-05-18", "second", "kimberton"),
            expect("2025-04", "timing"),
            expect("2011/..", "falcon"),
            expect("2025-07-12/2025-07-13", "round 6", planned=True),
            expect("2025-09-06", "finale", planned=True),
            expect("2025-06-28", "test", planned=True),
        ),
    ),
    Text(
        "kelsgarth-ormside-potash",
        "potash mine release",
        None,
        """KELSGARTH MINERALS PLC
("Kelsgarth" or "the Company")

27 November 2024

Ormside Potash Project: first ore hoisted to surface

Kelsgarth Minerals plc (AIM: KGM), the developer of the Ormside potash mine in north
Harrland, is pleased to announce that the first ore from the mine was hoisted to surface on
25 November 2024.

Highlights
* Shaft sinking began in March 2021; the production shaft reached the 1,150-metre ore
  horizon on 14 August 2024.
* Underground roadways have since advanced 2.3 km, ahead of plan.
* The Netherby processing plant is expected to be commissioned by the end of March 2025.
* First shipments of granular potash through the port of Tessholm are scheduled for June
  2025.
* Production guidance of 1.2 million tonnes of product in 2026 is maintained.

Hal Brenner, Chief Executive, commented:
"Hoisting the first ore is the moment this project stops being a plan and becomes a mine. I
thank our 640 employees and contractors for getting us here safely and on budget."

Safety
A contractor suffered a hand injury on 2 October, the project's first lost-time injury of
the year. He has since returned to work.

Background
The Ormside mining licence was granted in 2017 for a term of 50 years and covers 212 square
kilometres.

Webcast
The Company will host a webcast for analysts and investors at 10:00 GMT on Thursday.

Enquiries: Kelsgarth Minerals plc, +44 20 7946 0550

This announcement contains inside information for the purposes of Article 7 of Regulation
(EU) No 596/2014. LEI: 2138009KGMORSD24P171""",
        (
            expect("2024-11-25", "ore", "hoist"),
            expect("2021-03", "shaft", "sinking"),
            expect("2024-08-14", "shaft", "horizon"),
            expect("../2025-03", "processing", "plant", planned=True),
            expect("2025-06", "shipments", planned=True),
            expect("2026", "production", planned=True),
            expect("2024-10-02", "injury"),
            expect("2017", "licence", "grant"),
            expect("2024-11-28", "webcast", planned=True),
        ),
    ),
    Text(
        "hembry-sweep-daybook",
        "chimney sweep's book of the 1850s",
        None,
        """THE DAY BOOK OF JNO. HEMBRY, MASTER SWEEP, OF WELLSFORD
[Transcribed from the original in the Wellsford Town Museum, MS 1977/14]

1853.
Jany. 3. Swept kitchen & parlour flues at the Crown Inn for Mr Pettigrew. 2s. Took Boy Tom.
Feby. 2. Bound Thos. Lark apprentice before the Justices, aged 9 years, to serve 7 years.
Paid the clerk 1s.
Mar. (about the 20th). Bought of Mr Grice a new set of Smart's machine rods & brush, 18s.,
paid ready money.
Apr. 6 to 9. At Hallows Park, 23 chimneys, the family being from home. Recd. 1 li. 4s. 6d.
June 14. Went before the Vestry. They resolve no climbing boy to go up the chimneys of the
new Almshouses, but the machine only.
(Mem. Sweeps in this town are called out mostly between Michaelmas & Lady Day; the summer
is slack.)

1854.
Mar. 9. Mr Grice tells me the Vestry will advertise for a sweep for all the parish
buildings from the 25th inst., machines only.
Oct. 30. Great gale in the night. The stack at the Malthouse down through the roof.
Nov. 1. Agreed with Dunn the bricklayer to rebuild the Malthouse stack, to be done by the
15th. I to sweep it when done, gratis.

1855.
Jany. 12. Tom Lark run off in the frost. Returned the day after, very cold & sorry for
himself. Gave him his supper & no beating.""",
        (
            expect("1853-01-03", "crown"),
            expect("1853-02-02", "lark", "apprentice"),
            expect("1853-03-20~", "rods"),
            expect("1853-04-06/1853-04-09", "hallows"),
            expect("1853-06-14", "vestry"),
            expect("1854-03-25", "advertis", planned=True),
            expect("1854-10-30", "gale"),
            expect("1854-11-01", "agreed", "dunn"),
            expect("../1854-11-15", "rebuild", "stack", planned=True),
            expect("1855-01-12", "lark", "run"),
            expect("1855-01-13", "returned"),
        ),
    ),
    Text(
        "hollinfold-pipistrelle-survey",
        "pipistrelle bat survey",
        None,
        """HOLLINFOLD BARN, STAVELY ROAD, ASHWICK
BAT SURVEY REPORT: PIPISTRELLE ROOST

Prepared for: Mr and Mrs D. Carnaby
Prepared by: Fieldmouse Ecology Ltd
Report ref. FE-2024-031 - Issue 2 - 14 October 2024

1. Summary
The stone barn at Hollinfold supports a maternity roost of common pipistrelle (Pipistrellus
pipistrellus), with a peak emergence count of 212 bats. A few soprano pipistrelles also use
the building. The proposed conversion of the barn to two dwellings would destroy the roost
unless mitigation is provided.

2. Background
Records held by the Ashwick Bat Group show that the barn has held a maternity roost since
2006. A preliminary roost assessment of the building was carried out on 22 April 2024, when
droppings were found in the hayloft and beneath the ridge.

3. Survey effort
Three dusk emergence surveys were carried out, on 21 May, 18 June and 16 July 2024, by four
surveyors with bat detectors and two infrared cameras. Each survey began 15 minutes before
sunset and ran for at least 90 minutes after it.

Table 1. Survey conditions
Survey | Date       | Sunset | Temp. at start | Peak count
1      | 21/05/2024 | 21:04  | 14 C           | 96
2      | 18/06/2024 | 21:37  | 17 C           | 212
3      | 16/07/2024 | 21:29  | 16 C           | 187

4. Results
Bats emerged from gaps at the eastern gable and under the ridge tiles, typically 20 to 40
minutes after sunset, and foraged along the beck and the hedge line to the south.

5. Mitigation and next steps
Ten bat boxes were fixed to mature ash trees along the eastern boundary on 3 September 2024.
An application for a mitigation licence will be submitted to the Harrland Wildlife
Licensing Office by 15 November 2024. Subject to the licence, building works are expected to
begin in about February 2025, and a further emergence survey is planned for May 2025.""",
        (
            expect("2006/..", "maternity", "roost"),
            expect("2024-04-22", "assessment"),
            expect("2024-05-21", "survey"),
            expect("2024-06-18", "survey"),
            expect("2024-07-16", "survey"),
            expect("2024-09-03", "boxes"),
            expect("../2024-11-15", "licence", "application", planned=True),
            expect("2025-02~", "building", "works", planned=True),
            expect("2025-05", "further", "survey", planned=True),
        ),
    ),
    Text(
        "fairley-yoyo-history",
        "yo-yo maker's history",
        None,
        """Fairley Yo-Yo Company

The Fairley Yo-Yo Company is a toy maker based in Dunmere, best known for its wooden and,
later, plastic yo-yos.

History

The company was founded in 1931 by the brothers Amos and Leo Fairley, who had opened a
woodturning shop in Dunmere seven years earlier, making chair legs and broom handles. Their
first yo-yos were turned from rock maple, painted by hand and sold for five cents at
fairgrounds and corner shops.

During the Second World War, when timber was rationed, the factory went back to making tool
handles, from 1942 to 1945. In 1962, at the height of a national craze, the company sold
more than four million yo-yos, its best year by far.

A yo-yo with a ball-bearing axle followed in about 1978; a hand-made prototype in the
company archive is thought to date from 1976. The firm was sold to Marlstone Toys in 1989,
and production moved from Dunmere to a contract factory in Kellow in 2003.

Since 2012 the brand has again been owned by the Fairley family, and a small workshop in the
old Dunmere mill turns wooden yo-yos to order. A centenary edition is planned for 2031.

Products
Fairley Classic (wood), Comet (plastic), Skyline (ball-bearing), Centenary (planned)""",
        (
            expect("1931", "founded"),
            expect("1924", "woodturning"),
            expect("1942/1945", "handles"),
            expect("1962", "sold", "million"),
            expect("1978~", "bearing"),
            expect("1976?", "prototype"),
            expect("1989", "sold", "marlstone"),
            expect("2003", "production", "moved"),
            expect("2012/..", "owned"),
            expect("2031", "centenary", planned=True),
        ),
    ),
    Text(
        "brenfield-disability-statement",
        "disabilities minister's statement",
        date(2026, 2, 17),
        """Department for Work and Inclusion

Statement from the Minister for Disabled People, Lorna Casey MP

Work Access Grant: independent review and the Government's response

Today I am publishing the independent review of the Work Access Grant, which I commissioned
last July, together with the Government's response.

The grant has helped disabled people to get into work and stay in work since 1994. It pays
for support workers, specialist equipment and taxis where public transport is not an
option. In 2024 its budget passed 300 million pounds for the first time, but waiting times
have grown: the average applicant now waits 23 weeks for a decision, against nine weeks in
2019.

The review, led by Professor Nadia Okafor, received some 4,800 responses to a call for
evidence that ran from 1 September to 14 November 2025. Last Friday I visited the grant's
assessment centre in Brenfield and heard from staff and applicants about what has gone
wrong.

I accept 14 of the review's 18 recommendations. From 6 April the cap on annual awards will
rise to 70,000 pounds. A new online application service will be tested in three regions
from June and rolled out across the country by the end of 2027.

On Thursday I will meet organisations led by disabled people to discuss the remaining four
recommendations, and I will set out our response to them before the summer recess.

Copies of the review have been placed in the Library of the House.""",
        (
            expect("2026-02-17", "review", "publish"),
            expect("2025-07", "commission"),
            expect("1994/..", "grant", "helped"),
            expect("2024", "budget"),
            expect("2025-09-01/2025-11-14", "evidence"),
            expect("2026-02-13", "visited", "brenfield"),
            expect("2026-04-06", "cap", planned=True),
            expect("2026-06", "online", "tested", planned=True),
            expect("../2027", "rolled", planned=True),
            expect("2026-02-19", "meet", "organisations", planned=True),
        ),
    ),
    Text(
        "mogwell-cat-cafe",
        "cat café HTML page",
        date(2025, 4, 23),
        """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>News | Mogwell Cat Caf&eacute;, Lenford</title>
  <link rel="stylesheet" href="/css/site.css">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/book">Book a visit</a> | <a href="/cats">Meet the cats</a> |
<a href="/news" class="active">News</a></nav>
<main>
<h1>News from the lounge</h1>

<article>
<h2>Welcome, Biscuit and Pickle!</h2>
<p>Two new residents arrived from Hartsford Cat Rescue on Saturday: Biscuit, a ginger tom of
about six, and Pickle, a shy tortoiseshell. Please give them a few days to settle before you
ask for cuddles.</p>
</article>

<article>
<h2>Mabel has found her forever home</h2>
<p>Mabel, who came to us in October 2023, was adopted last Thursday by a lovely family in
Upper Lenford. She is our 150th adoption!</p>
</article>

<article>
<h2>Closed for a deep clean</h2>
<p>The caf&eacute; will be closed on <strong>Monday 28 April</strong> for our spring deep
clean. Bookings for that day have been moved to Tuesday, when our vet, Dr Kowal, will also
do the cats' check-ups.</p>
</article>

<article>
<h2>Kitten yoga is back</h2>
<p>Kitten yoga returns on Sunday 4 May and then runs every Sunday at 9am (&pound;14, mats
provided).</p>
</article>

<article>
<h2>Coming soon: Mogwell Lenham</h2>
<p>Our second caf&eacute;, on Lenham High Street, is due to open in September. We're
recruiting now!</p>
</article>

<section id="about">
<h2>About us</h2>
<p>We opened on Fenn Street in March 2019 with six cats from Hartsford Cat Rescue, and moved
into our larger home above the old bakery in 2022. Every cat here is looking for a home.</p>
<table>
<caption>Opening hours</caption>
<tr><th>Monday</th><td>Closed</td></tr>
<tr><th>Tuesday to Friday</th><td>10:00 to 18:00</td></tr>
<tr><th>Saturday and Sunday</th><td>09:00 to 19:00</td></tr>
</table>
</section>
</main>
<footer><p>&copy; 2025 Mogwell Cat Caf&eacute; Ltd | Company no. 11839204 | 14 Corn Street,
Lenford</p></footer>
</body>
</html>""",
        (
            expect("2025-04-19", "residents", "arrived"),
            expect("2023-10", "mabel", "came"),
            expect("2025-04-17", "mabel", "adopted"),
            expect("2025-04-28", "closed", planned=True),
            expect("2025-04-29", "check-ups", planned=True),
            expect("2025-05-04", "yoga", planned=True),
            expect("2025-09", "second", planned=True),
            expect("2019-03", "opened"),
            expect("2022", "moved"),
        ),
    ),
    Text(
        "fellside-spaniels-appeal",
        "dog breeding licence appeal decision",
        None,
        """GREYFORD MAGISTRATES' COURT

Appeal against refusal of a dog breeding licence
(Animal Welfare (Licensing of Activities Involving Animals) Regulations 2018, regulation 24)

Appellant: Mrs Carol Denning, trading as Fellside Spaniels
Respondent: Ashvale District Council
Case no. GMC/LIC/24/0031

DECISION AND REASONS

1. Mrs Denning has bred English springer spaniels at Fellside Farm, near Greyford, since
2009. She held a dog breeding licence from the Council from 2019 until 2024, most recently
with a four-star rating.

2. On or about 12 February 2024 a Council licensing inspector, Mr Paul Greer, inspected the
premises with the Council's vet. He found that two of the kennel blocks had no heating and
that one exercise run was too small for the number of dogs kept.

3. By a notice dated 8 March 2024 the Council refused to renew the licence. Mrs Denning
appealed within the 28 days allowed.

4. I heard the appeal on 1 August 2024. Mrs Denning gave evidence, as did Mr Greer and Ms
Anika Shore MRCVS, an independent vet who had inspected the kennels two days before the
hearing.

5. Ms Shore found that heaters had since been fitted to both blocks and that the dogs were
in good condition. I accept her evidence. The undersized run remains.

Decision

6. The appeal is allowed. The Council shall grant Mrs Denning a licence for one year, on
condition that the new exercise run is completed by 31 October 2024 at the latest. The
Council is to re-inspect the premises in January 2025.

7. No order as to costs.

District Judge (Magistrates' Courts) H. Morland
Decision given in writing on 7 August 2024""",
        (
            expect("2009/..", "bred"),
            expect("2019/2024", "held", "licence"),
            expect("2024-02-12~", "greer", "inspected"),
            expect("2024-03-08", "refused"),
            expect("2024-08-01", "heard", "appeal"),
            expect("2024-07-30", "inspected", "kennels"),
            expect("../2024-10-31", "run", "completed", planned=True),
            expect("2025-01", "re-inspect", planned=True),
            expect("2024-08-07", "decision"),
        ),
    ),
    Text(
        "vellacourt-marquetry",
        "marquetry history",
        None,
        """Marquetry in Vellacourt

Vellacourt, a market town on the river Lisle, has been known for inlaid furniture for more
than three centuries.

Origins
Huguenot joiners brought the craft to the town around 1680, settling in the lower town near
the tanneries. The most successful of them, Pieter Aalst, set up his own workshop on the Rue
des Tourneurs in 1702, and by the 1720s he was supplying cabinets and card tables to the
merchant houses of the coast.

The Orrery Cabinet
The workshop's most celebrated piece, the Orrery Cabinet, was made between 1738 and 1741
for the banker Etienne Roussel. Its doors show the planets in veneers of pear, box and
stained sycamore, with stars of ivory. Aalst's son Jan, who is believed to have designed it,
probably died in 1766; the parish register for that year is damaged.

Decline and revival
The guild of inlayers was dissolved in 1791, and for most of the following century the
trade survived only in repair work. The Vellacourt School of Art has taught marquetry since
1879, and its pupils still win most of the prizes at the national craft fairs.

The Orrery Cabinet was bought by the municipal museum in 1954 and restored between 1988 and
1990. It is to go on show again in the museum's new decorative arts wing, due to open in
2027.

Further reading
M. Daubenton, Les marqueteurs de Vellacourt (Vellacourt, 1996).""",
        (
            expect("1680~", "joiners"),
            expect("1702", "workshop"),
            expect("1738/1741", "orrery", "made"),
            expect("1766?", "died"),
            expect("1791", "guild", "dissolved"),
            expect("1879/..", "taught", "marquetry"),
            expect("1954", "bought"),
            expect("1988/1990", "restored"),
            expect("2027", "wing", planned=True),
        ),
    ),
    Text(
        "helmsby-whist-card",
        "whist drive fixtures card",
        None,
        """HELMSBY & DISTRICT WHIST LEAGUE
(Founded 1947)

FIXTURES CARD - SEASON 2025-26

All drives start at 7.30 p.m. prompt. Admission 3 pounds, including tea and biscuits.
Progressive whist, 24 hands; prizes for ladies, gentlemen and lowest score.

Thurs. 18 Sept.   OPENING DRIVE - Helmsby Village Hall
Thurs. 23 Oct.    Thwaite Methodist Schoolroom
Sat. 15 Nov.      ANNUAL DINNER & DRIVE - Plough Hotel, Helmsby
                  (tickets 18 pounds, to be paid to the Secretary by 1 Nov.)
Thurs. 11 Dec.    CHRISTMAS DRIVE - Stoneacre W.I. Hut (please bring a raffle prize)
                  No drive in January
Thurs. 19 Feb.    Thwaite Methodist Schoolroom
Thurs. 19 Mar.    FINAL DRIVE & PRESENTATION OF CUPS - Helmsby Village Hall

Scores from all six drives count towards the League table. Partners change every hand;
bring your own pencil. In bad weather ring the Secretary before setting out.

Secretary: Mrs J. Ackroyd, 4 Mill Lane, Helmsby. Tel. Helmsby 612.
Treasurer: Mr R. Penhale.

Printed by Thwaite Press, 2025""",
        (
            expect("1947", "founded"),
            expect("2025-09-18", "opening", planned=True),
            expect("2025-10-23", "thwaite", planned=True),
            expect("2025-11-15", "dinner", planned=True),
            expect("../2025-11-01", "tickets", planned=True),
            expect("2025-12-11", "christmas", planned=True),
            expect("2026-02-19", "thwaite", planned=True),
            expect("2026-03-19", "final", planned=True),
        ),
    ),
)
