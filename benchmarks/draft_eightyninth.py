"""An eighty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML timeline page, a
national lottery's funding announcement, a shipyard's history, a horse show report, a public
inquiry's progress update, a ferry disaster anniversary feature, a hospital's history page in
HTML, a coastal erosion survey, a poet's biography, a public library closure notice, a veterans'
association newsletter and a standards body's revision notice). Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYNINTH_CORPUS",)

EIGHTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "rotterdam-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """ROTTERDAM, Oct 9 (Nordsee Wire) - Dock workers at the port of Rotterdam walked off the
job on Monday, halting container traffic at four terminals and leaving some 2,024 boxes
stranded on the quays, according to the port authority.

Talks between the Havenbond union and the employers' federation broke down around September 19.
The union gave notice of the action on September 23, and members approved the strike in a
ballot completed by October 4, a union official said.

The union says wages at the terminals have been frozen since January 2021, while the cost of
living in the region has risen by a fifth. "Our members have waited long enough," said
spokeswoman Ineke Bosveld.

Container throughput fell 3.1 percent last week, the sharpest weekly drop since 2009. Shipping
lines have begun diverting vessels to Antwerp and Hamburg.

The last full stoppage at the port, in 2002, lasted eleven days and cost the Dutch economy an
estimated 180 million euros.

Government-appointed mediators will meet both sides on Friday, a spokeswoman for the
infrastructure ministry said. Pickets gather at the terminal gates every morning at six.

(Reporting by Pieter Kalff; Editing by Hanna Ross)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-19~", "talks"),
            expect("2024-09-23", "notice"),
            expect("../2024-10-04", "ballot"),
            expect("2021-01/..", "wage"),
            expect("2002", "stoppage"),
            expect("2024-10-11", "mediator", planned=True),
        ),
    ),
    Text(
        "fjordlys-cell-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Fjordlys Batteries to build cell plant in Mo i Rana

OSLO, Norway, June 4, 2025 -- Fjordlys Batteries AS today announced plans for a battery cell
plant in Mo i Rana, northern Norway, with an annual capacity of 2,400 MWh at full output.

Construction is scheduled to begin in March 2026, and the first cells are expected to leave
the line in 2028. The plant will employ about 350 people.

Founded in 2017 as a spin-off of the Norwegian University of Science and Technology, Fjordlys
opened its pilot line in Trondheim on 12 September 2021 and closed a NOK 1.2 billion funding
round about two months later. The company has supplied coastal ferry operator Hurtigsund with
marine battery packs since 2023.

"Mo i Rana gives us clean power, a port and a skilled workforce," said chief executive Sigrid
Aalvik. "This is the heart of our Fjordlys 2030 strategy."

The investment remains subject to a final decision by the board.

About Fjordlys Batteries
Fjordlys Batteries designs and manufactures lithium iron phosphate cells for maritime and
industrial use. The company is headquartered in Trondheim.

Media contact:
Jonas Brekke, +47 22 41 20 19, press@fjordlys.example

###""",
        (
            expect("2025-06-04", "plant"),
            expect("2026-03", "construction", planned=True),
            expect("2028", "cell", planned=True),
            expect("2017", "found"),
            expect("2021-09-12", "pilot"),
            expect("2021-11~", "fund"),
            expect("2023/..", "suppl"),
        ),
    ),
    Text(
        "halvorsen-lease-appeal",
        "court opinion",
        None,
        """IN THE SUPREME COURT
STATE OF NORTH DAKOTA

Filed March 18, 2024

Case No. 20230188

Marta Halvorsen, Plaintiff and Appellee
v.
Dakota Prairie Storage, LLC, Defendant and Appellant

Appeal from the District Court of Cass County, East Central Judicial District.

AFFIRMED.

Opinion of the Court by Lindqvist, Justice.

[1] Dakota Prairie Storage appeals from a judgment awarding Halvorsen damages for breach of a
commercial lease. We affirm.

I

[2] On or about July 14, 2019, the parties signed a five-year lease of a warehouse in West
Fargo. Halvorsen, the landlord, served notice of termination on February 3, 2020, citing
unpaid rent. Dakota Prairie vacated the premises no later than March 31, 2020, but left
equipment behind and refused to pay the remaining rent.

[3] After a bench trial, the district court entered judgment on September 9, 2022. Dakota
Prairie filed its notice of appeal twenty-eight days later. We heard oral argument on
January 11, 2024.

II

[4] Under N.D.C.C. section 47-16-13, a tenant who abandons leased property remains liable for
rent. See Olsen v. Riverbend Farms, 2011 ND 45, 795 N.W.2d 1. Dakota Prairie argues the
landlord failed to mitigate. The district court found that Halvorsen advertised the warehouse
weekly and that no tenant could be found. That finding is not clearly erroneous.

[5] The judgment is affirmed.

[6] Jon R. Lindqvist
Anne Marie Haugen
Daniel J. Brekke""",
        (
            expect("2019-07-14~", "lease"),
            expect("2020-02-03", "notice"),
            expect("../2020-03-31", "vacat"),
            expect("2022-09-09", "judgment"),
            expect("2022-10-07", "appeal"),
            expect("2024-01-11", "argument"),
        ),
    ),
    Text(
        "varnholm-history",
        "encyclopedia history",
        None,
        """Varnholm

Varnholm is a town on the western shore of the Lindvik fjord and the administrative centre of
the district of the same name. Population (2020 census): 14,212.

History

The settlement is first mentioned in a charter of c. 1183, in which the bishop of the diocese
granted fishing rights in the fjord to the canons of his cathedral. A Benedictine priory,
perhaps founded in 1230, stood on the hill above the harbour; only its crypt survives.

Varnholm received market rights in 1347, and its herring market, held every August, drew
merchants from the Hanseatic towns. The town burned in 1521 and again in 1604, when only the
church and two stone warehouses were left standing.

The Lutheran Reformation had been introduced by 1540, and the priory lands passed to the
crown. Varnholm has been the seat of the district governor since 1866.

The railway from the capital reached the town in 1872, and a deep-water harbour was dredged
the following year. Its shipyards and canneries made the town the largest on the coast; its
present population is the highest since 1900.

See also
- 1347 Charter Museum
- List of towns on the Lindvik fjord""",
        (
            expect("1183~", "charter"),
            expect("1230?", "priory"),
            expect("1347", "market"),
            expect("1521", "burn"),
            expect("1604", "burn"),
            expect("../1540", "reformation"),
            expect("1866/..", "seat"),
            expect("1872", "railway"),
            expect("1873", "harbour"),
        ),
    ),
    Text(
        "harbury-promotion",
        "sports report",
        date(2025, 5, 11),
        """FOOTBALL

Harbury seal promotion at Vale Park

By Tom Ashdown, Sports Reporter

Harbury Town secured promotion to the second tier on Saturday with a 2-1 win over Castleford
Athletic, their first promotion since 1987.

A crowd of 2,019 packed into Vale Park, which opened in 1924 and whose record crowd of 9,312
was set in about 1951, to see striker Kieran Doyle score in the 34th and 78th minutes. Doyle,
who joined on loan from Leeds in January, has scored 14 goals in 17 games.

Manager Ruth Okafor, appointed on 4 November 2023 with the club bottom of the table, said:
"Eighteen months ago people were asking if this club would survive. Look at it now."

They were right to ask. Harbury were in administration from March to June 2019, and only a
supporters' trust bid saved them from being wound up.

The club will play its first second-tier match on August 9, and the fixture list for the
2025/26 season is due to be published on June 18.

The players were to be presented with their medals at the Harbury Cup, contested every Easter
Monday between the town's amateur sides, but the ceremony has been moved to the ground.

Harbury Town: Ellis; Marsh, Adeyemi, Rowe, Patel; Quinn, Lowe, Barker; Singh, Doyle, Hart.""",
        (
            expect("2025-05-10", "promot"),
            expect("1924", "open"),
            expect("2025-01", "join"),
            expect("2023-11-04", "appoint"),
            expect("2019-03/2019-06", "administration"),
            expect("2025-08-09", "match", planned=True),
            expect("1951~", "record"),
            expect("2025-06-18", "fixture", planned=True),
        ),
    ),
    Text(
        "brennwald-history",
        "company history",
        None,
        """Brennwald & Söhne: Our History

From a village forge to the kitchens of forty countries

Brennwald & Söhne was founded in 1868 by Anton Brennwald, a blacksmith in Solingen who began
forging table knives for the merchants of Cologne. His sons Karl and Emil moved the business to
a larger works on the Wupper around 1890, where steam hammers replaced the hand forge.

From 1915 to 1918 the works were converted to munitions, turning out bayonets and shell cases.
The works were destroyed in an air raid on 12 March 1945, and for three years the family
traded in tools salvaged from the ruins.

Production resumed in 1948, and the first stainless steel range followed two years later. It
remains on sale today as the 1868 Collection, though the knives themselves have been
redesigned many times.

Brennwald & Söhne was listed on the Frankfurt stock exchange in 1986. Since 2009 the company
has been owned by the Danish housewares group Nordholm, which kept the brand, the Solingen
works and its 640 employees.

Today the company's annual sales of about 212 million euros are the highest since 1990, and
more than half of them are made outside Germany. Every knife is still ground and polished by
hand in Solingen.

Visit our factory shop, open Monday to Saturday, 10:00-18:00.""",
        (
            expect("1868", "found"),
            expect("1890~", "move"),
            expect("1915/1918", "munition"),
            expect("1945-03-12", "raid"),
            expect("1948", "production"),
            expect("1950", "stainless"),
            expect("1986", "list"),
            expect("2009/..", "own"),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """KESTREL-2 - MISSION SUMMARY

Mission ID: KST-2018-03 | Last updated: 2 February 2025

Kestrel-2 is a sample-return mission to the near-Earth asteroid (4412) Oreskes, built and
operated by the European Small Bodies Consortium.

Launch and cruise
Kestrel-2 was launched on 17 October 2018 on a Vega-C rocket from Kourou, French Guiana. Its
ion engine was first ignited around 20 November 2018. The spacecraft performed an Earth flyby
on 4 March 2020. Contact was lost for 40 hours in January 2021 after a software fault; the
team restored it by switching to the backup computer.

At the asteroid
The probe arrived at Oreskes on 23 June 2022 and began global mapping three days later. A
series of orbit-lowering manoeuvres was completed before 30 July 2022. On 8 November 2022 the
spacecraft made a touchdown lasting six seconds and collected an estimated 40 grams of
material.

Return
After leaving Oreskes, Kestrel-2 turned for home. Its sample capsule is scheduled to return to
Earth in December
2026, landing in the Woomera range in South Australia.

Key figures
Mass at launch: 1,412 kg | Asteroid diameter: 2,017 m | Orbital period at Oreskes: 11 hours""",
        (
            expect("2018-10-17", "launch"),
            expect("2018-11-20~", "engine"),
            expect("2020-03-04", "flyby"),
            expect("2021-01", "contact"),
            expect("2022-06-23", "arriv"),
            expect("2022-06-26", "mapping"),
            expect("../2022-07-30", "manoeuvre"),
            expect("2022-11-08", "touchdown"),
            expect("2026-12", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """Ministry of Environment and Water

STATEMENT | 22 August 2023

Drought emergency: further measures for the eastern counties

The Minister for Environment and Water, Clare Tennant, declared a drought emergency in the
eastern counties on 1 August. Reservoir storage stands at 38 percent, the lowest since 1976.

Restrictions on garden watering and car washing have been in force since 14 July and will
remain in place. Water tankers began supplying three villages in the Hallow Valley on
17 August, after wells there ran dry.

The last drought order in the region was issued in 2018. Under the Water Resources Act 2009,
the Ministry may now limit abstraction by farms and industry.

The Minister will visit the reservoir at Hallow Dene on Friday to meet engineers and farmers.
A new desalination plant on the coast, approved by the cabinet in principle, is expected to be
operational by 2027.

Households are asked to cut their use by 15 percent. Advice is published every Monday on the
Ministry's website.

Helpline: 0800 2023 114
Press office: press@environment-water.example""",
        (
            expect("2023-08-01", "drought"),
            expect("2023-07-14/..", "restriction"),
            expect("2023-08-17", "tanker"),
            expect("2018", "order"),
            expect("2023-08-25", "visit", planned=True),
            expect("../2027", "desalination", planned=True),
        ),
    ),
    Text(
        "riverside-bridge-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Riverside Bridge - Project timeline | Eastmoor Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/roads">Roads and transport</a> &gt; Riverside Bridge</nav>
<h1>Riverside Bridge: project timeline</h1>
<p>The Riverside Bridge links the town centre with the new homes at Castle Wharf. Contract ref.
RB/2017/044.</p>
<ul class="timeline">
  <li><strong>2016</strong> &ndash; Council commissions a feasibility study for a river
crossing.</li>
  <li><strong>March 2018</strong> &ndash; Planning consent granted.</li>
  <li><strong>c. 2019</strong> &ndash; Ground investigation finds old mine workings under the
east bank.</li>
  <li><strong>4 May 2021</strong> &ndash; Construction starts.</li>
  <li><strong>By December 2022</strong> &ndash; All six deck sections lifted into place.</li>
  <li><strong>15 July 2024</strong> &ndash; Bridge opens to pedestrians; cyclists follow two
weeks later.</li>
  <li><strong>2026</strong> &ndash; Landscaping of the east bank to be completed.</li>
</ul>
<p>The bridge was designed by Halden Partners and has a main span of 96 metres. It carries
about 4,000 people a day. The council expects the old ferry slipway beside the bridge to be
removed no later than March 2025.</p>
<p>The bridge is cleaned every Tuesday morning; expect short closures of the footway.</p>
<p>Questions? Call 01632 960 2018.</p>
<footer>Page last reviewed: 3 February 2025</footer>
</body>
</html>""",
        (
            expect("2016", "feasibility"),
            expect("2018-03", "consent"),
            expect("2019~", "ground"),
            expect("2021-05-04", "construction"),
            expect("../2022-12", "deck"),
            expect("2024-07-15", "pedestrian"),
            expect("2024-07-29", "cyclist"),
            expect("2026", "landscaping", planned=True),
            expect("../2025-03", "slipway", planned=True),
        ),
    ),
    Text(
        "lottery-ropeworks-grant",
        "national lottery's funding announcement",
        date(2024, 3, 6),
        """NATIONAL LOTTERY HERITAGE FUND - NEWS

£4.2 million to bring Fenmouth's Old Ropeworks back to life

Thanks to National Lottery players, the Fenmouth Ropeworks Trust has today been awarded a grant
of £4.2 million to restore the Old Ropeworks, one of the longest industrial buildings in
England.

The ropewalk, built around 1790, supplied rigging to the naval dockyards for more than a
century and a half. It closed around 1971 and stood empty for almost fifty years. The trust bought
the building in 2019, and it submitted its application to the Fund before 31 July 2023.

Restoration will start in September, and the building is expected to reopen to visitors in
May 2026 with a museum, workshops and a cafe.

"This is a building the town thought it had lost," said trust chair Anita Bellweather.

Since its launch in November 1994, the National Lottery has raised more than £48 billion for
good causes. Every week, players raise around £30 million for projects across the UK.

Project reference: NL-2023-11873

Notes to editors
The National Lottery Heritage Fund distributes money raised by the National Lottery to
heritage projects under the Heritage 2033 strategy.
Media enquiries: 020 7946 0184""",
        (
            expect("2024-03-06", "grant"),
            expect("1790~", "built"),
            expect("1971~", "close"),
            expect("2019", "bought"),
            expect("../2023-07-31", "application"),
            expect("2024-09", "restoration", planned=True),
            expect("2026-05", "reopen", planned=True),
            expect("1994-11", "launch"),
        ),
    ),
    Text(
        "hallstrand-yard",
        "shipyard's history",
        None,
        """The Hallstrand Yard, 1760-1986

Shipbuilding at Hallstrand began circa 1760, when the Gray family laid down coastal brigs on
the mudflats below the village. For a century the yard built only in wood.

That changed with the SS Merle, the yard's first iron steamer, launched on 2 April 1859 before
a crowd said to number ten thousand. A dry dock opened in 1881, and a second in 1897, allowing
the yard to repair the largest colliers on the east coast.

Between 1939 and 1945 Hallstrand built 214 vessels for the Admiralty, most of them corvettes
and minesweepers. Yard No. 1812, the frigate HMS Tarrant, was its largest warship.

The yard was nationalised in 1977 as part of the new state shipbuilding corporation, but orders
dried up. The last ship, the ferry Isle of Brae, left the slipway on 28 February 1986; the yard
closed about three months later, with the loss of 1,100 jobs.

Today the Hallstrand Heritage Trust runs guided tours of the dry docks every Sunday from Easter
to October. The 1881 Dock is a listed monument.""",
        (
            expect("1760~", "shipbuilding"),
            expect("1859-04-02", "merle"),
            expect("1881", "dock"),
            expect("1897", "dock"),
            expect("1939/1945", "vessel"),
            expect("1977", "nationalis"),
            expect("1986-02-28", "slipway"),
            expect("1986-05~", "close"),
        ),
    ),
    Text(
        "glenmoor-horse-show",
        "horse show report",
        date(2025, 7, 21),
        """EQUESTRIAN

Tallyman makes it three at Glenmoor

By Fiona Ledward

Tallyman, the grey gelding owned by the Carr family of Kirkdale, was crowned champion hunter
at the Glenmoor County Horse Show, which ran from Thursday to Sunday on the society's
showground outside Hexley. He also won the title in 2022 and 2023.

The show drew a record 1,240 entries, the most since 2008, across 96 classes. Judging began at
9am each day.

The Glenmoor show was first held in 1889 as a one-day fair for farm horses. The showground has
been owned by the Glenmoor Agricultural Society since 1952.

In the dressage arena, Ellen Maddox took the 2025 Glenmoor Cup on her mare Quiet Storm. Maddox
retired from competition about 2015 and returned to the ring last year.

Results, supreme champion: 1 Tallyman (A. Carr); 2 Bellhaven Rose (J. Munro); 3 Dunmore Lad
(P. Ashby).

Next year's show will be held from 16 to 19 July, the society confirmed.""",
        (
            expect("2025-07-17/2025-07-20", "show"),
            expect("2022", "tallyman"),
            expect("2023", "tallyman"),
            expect("1889", "first"),
            expect("1952/..", "showground"),
            expect("2015~", "retire"),
            expect("2024", "return"),
            expect("2026-07-16/2026-07-19", "show", planned=True),
        ),
    ),
    Text(
        "brackenfield-inquiry-update",
        "public inquiry's progress update",
        None,
        """THE BRACKENFIELD DAM INQUIRY

Progress update - 30 January 2025

Inquiry ref. BDI/2023/01

1. The Inquiry was established on 9 May 2023 to examine the failure of the Brackenfield dam on
17 November 2022, in which four people died and more than 300 homes were flooded.

2. Phase 1 hearings, on the history of the dam and the events of the night of the failure,
ran from 3 to 28 June 2024. The Inquiry heard from 61 witnesses and has received some 1,400
documents.

3. An interim report with eleven urgent recommendations was published on 21 October 2024.
The Inquiry has asked the Environment Agency to report on their implementation.

4. Phase 2 hearings, on the regulation of reservoirs, are scheduled to begin on 7 April at the
Guildhall, Brackenfield. Core participants must provide their witness statements no later than
28 February.

5. The Chair, Dame Helen Ormsby, expects to publish her final report by the end of 2026.

6. Hearings are streamed live on the Inquiry's website and recordings are posted every
evening.

Contact: Inquiry Secretariat, 0300 123 2022, contact@brackenfield-inquiry.example""",
        (
            expect("2023-05-09", "establish"),
            expect("2022-11-17", "dam"),
            expect("2024-06-03/2024-06-28", "hearing"),
            expect("2024-10-21", "interim"),
            expect("2025-04-07", "phase", planned=True),
            expect("../2025-02-28", "statement", planned=True),
            expect("../2026", "final report", planned=True),
        ),
    ),
    Text(
        "saint-colm-anniversary",
        "ferry disaster anniversary feature",
        date(2024, 3, 12),
        """FEATURE

'We still hear the bell': forty years since the Saint Colm

By Morag Ennis

Forty years ago this week, on 15 March 1984, the ferry MV Saint Colm capsized in a gale at the
mouth of Loch Arrach. Of the 212 people on board, 61 died.

The vessel, built in 1967 for the short crossing to the islands, had been loaded with its bow
doors open. The wreck was raised two months later and towed to the Clyde, where it was broken
up.

A public inquiry reported in 1986, blaming the operator for overloading and poor training.
The operator was dissolved around 1990, and no one was ever prosecuted. Survivors have
campaigned since 1985 for a full apology from the government.

"I was fourteen," said Iain Macrae, who swam to a lifeboat. "Every year on 15 March I go down
to the pier, and I still hear the ship's bell."

The memorial on the quay at Port Arrach was unveiled in 1994. A service will be held there on
Friday, the anniversary, led by the Moderator of the Church of Scotland.

The Ferry Safety Act 1988, passed in the wake of the disaster, made bow-door alarms compulsory
on all roll-on roll-off ships.""",
        (
            expect("1984-03-15", "capsiz"),
            expect("1967", "built"),
            expect("1984-05", "wreck"),
            expect("1986", "inquiry"),
            expect("1990~", "dissolv"),
            expect("1985/..", "campaign"),
            expect("1994", "memorial"),
            expect("2024-03-15", "service", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-history-html",
        "hospital's history page in HTML",
        None,
        """<html>
<head><title>Our history - St Aldhelm's Hospital</title></head>
<body>
<header><a href="/">St Aldhelm's Hospital NHS Trust</a> | <a href="/about">About us</a></header>
<main>
<h1>Our history</h1>
<p>St Aldhelm's was founded as a cottage hospital in 1874, with twelve beds paid for by the
wool merchants of the town.</p>
<p>The hospital's first X-ray apparatus was installed about 1903, one of the earliest in the
county.</p>
<h2>War and peace</h2>
<p>From 1915 to 1919 the hospital served as an auxiliary military hospital, caring for more
than 3,000 wounded soldiers.</p>
<p>St Aldhelm's joined the National Health Service on 5 July 1948.</p>
<p>A maternity wing opened in 1962 and closed in 1995, when births moved to the county
hospital.</p>
<h2>Today</h2>
<p>St Aldhelm's has been a teaching hospital of the University of Wessex since 2001. A new
emergency department is scheduled to open in 2027, funded by the Aldhelm 150 appeal.</p>
<p>Ward 1874, our newest ward, is named after the year of our founding.</p>
</main>
<footer>&copy; 2025 St Aldhelm's Hospital NHS Trust | Registered charity no. 1048821 |
Last updated 14/01/2025</footer>
</body>
</html>""",
        (
            expect("1874", "found"),
            expect("1903~", "x-ray"),
            expect("1915/1919", "military"),
            expect("1948-07-05", "join"),
            expect("1962", "maternity"),
            expect("1995", "maternity"),
            expect("2001/..", "teaching"),
            expect("2027", "emergency", planned=True),
        ),
    ),
    Text(
        "skelby-cliff-survey",
        "coastal erosion survey",
        None,
        """NORTH SEA COASTAL MONITORING PROGRAMME

Annual Survey Report: Skelby to Hornwick
Report no. CMP/2023/07 | Issued 11 December 2023

1. Summary

Topographic and beach profile surveys of the Skelby frontage were carried out between 4 and
8 September 2023. Since the baseline survey of 2008, the cliff top at Profile 15 (grid ref.
TA 2019 6871) has retreated by about 14 m, a mean rate of 0.9 m per year.

2. Notable events

A major cliff fall occurred on or about 27 January 2023 north of the Skelby caravan park,
removing some 6,000 cubic metres of till. Two properties on Cliff Lane were demolished before
30 June 2023 as a precaution. Access to the beach path below the caravan park has been closed
since March 2023.

3. Defences

The rock revetment at Hornwick, built in 1991, continues to protect the village frontage,
though toe scour was noted at Profile 22.

4. Method

Lidar flights are flown every spring, and GPS profiles are walked each September.

5. Next steps

The next full survey is scheduled for September 2024.

Prepared by: Coastal Monitoring Team, Tel. 01723 383 2015""",
        (
            expect("2023-09-04/2023-09-08", "survey"),
            expect("2008", "baseline"),
            expect("2023-01-27~", "fall"),
            expect("../2023-06-30", "demolish"),
            expect("2023-03/..", "path"),
            expect("1991", "revetment"),
            expect("2024-09", "survey", planned=True),
        ),
    ),
    Text(
        "edith-carrow-biography",
        "poet's biography",
        None,
        """Edith Carrow (1891-1962)

Edith Carrow was an English poet whose spare, salt-bitten lyrics of the Yorkshire coast won
her a small but devoted readership in her lifetime and a larger one after it.

She was born on 3 February 1891 in Whitby, the daughter of a jet carver. She left school at
fourteen and worked in her father's shop, writing at night. She published her first pamphlet,
Nine Tides, around 1912.

In 1919 she married the painter Leonard Hesketh; they separated in 1927, and she never
remarried. Her best-known collection, The Salt Hours, appeared in 1931 and was praised by
critics for its plain diction.

By 1934 Carrow had moved to Cornwall, and she lived for the rest of her life in a cottage above
Porthgwidden. A late poem, Lantern, was possibly written in 1944, though it was found among
her papers only after her death. She died at Penzance on 11 November 1962.

Her Poems 1912-1950 was reissued by a small press decades after her death. The Edith Carrow
Prize for a first collection is awarded each autumn.

Works
- Nine Tides (c. 1912)
- The Salt Hours (1931)
- Poems 1912-1950""",
        (
            expect("1891-02-03", "born"),
            expect("1912~", "pamphlet"),
            expect("1919", "marri"),
            expect("1927", "separat"),
            expect("1931", "salt"),
            expect("../1934", "cornwall"),
            expect("1944?", "lantern"),
            expect("1962-11-11", "died"),
        ),
    ),
    Text(
        "eastgate-library-closure",
        "public library closure notice",
        None,
        """EASTGATE LIBRARY - NOTICE OF TEMPORARY CLOSURE

Posted: Monday 3 June 2024

Eastgate Library will close at 5pm on Saturday 15 June for urgent repairs to its roof. The
library is expected to reopen in January 2025.

Why are we closing?

Water damage was found during a routine inspection on 14 May. Engineers found that the roof
timbers, which have not been replaced since the building opened in 1908, are no longer safe.
The council's cabinet approved the closure and a repair budget of £1.9 million on Thursday.

The library was last refurbished in 1987, when the children's library was added on the first
floor.

What happens now?

- Books can be returned to any library in the borough.
- Overdue fines have been suspended since 1 April and will not be charged during the closure.
- The home library service continues every Wednesday as usual.
- Rhyme Time moves to Westfield Library, Tuesdays at 10:30.

We are sorry for the disruption. Thank you for your patience.

Eastgate Library, 2 Market Street. Tel. 01632 960 1908
Library Services, Eastmoor Borough Council""",
        (
            expect("2024-06-15", "close", planned=True),
            expect("2025-01", "reopen", planned=True),
            expect("2024-05-14", "inspection"),
            expect("1908", "open"),
            expect("2024-05-30", "approv"),
            expect("1987", "refurbish"),
            expect("2024-04-01/..", "fine"),
        ),
    ),
    Text(
        "regiment-association-newsletter",
        "veterans' association newsletter",
        date(2024, 9, 30),
        """THE DISPATCH

Newsletter of the 14th Field Regiment Association | Issue 112

FROM THE CHAIRMAN

Comrades,

What a weekend! Our reunion in Catterick on 14 September drew 186 members and guests, the most
since the Association was formed in 1961. My thanks to the Committee and to the Sergeants' Mess
for their hospitality.

REMEMBRANCE

The Association will march at the Cenotaph again this year. The parade will form up at 10:30 on
Sunday 10 November on Horse Guards Avenue. Names to the Secretary, please.

LAST POST

It is with great sadness that we report the death of Major (Retd) Colin Dunstable, who died on
2 August after a short illness. Colin served with the Regiment from 1968 to 1991 and was with
it when it deployed to Cyprus in 1974. He was our Treasurer for twenty years.

SUBSCRIPTIONS

Annual subscriptions of £15 must be paid no later than 31 December. Members who pay by
standing order need do nothing.

BRANCH NEWS

The Northern Branch meets every first Thursday at the Drill Hall, Darlington. The 1974 Cyprus
veterans' lunch is on the branch calendar as usual.

Chairman: Brian Hollis, 07700 900 1961
Secretary: Pat Kerr, 14 Gun Lane, Larkhill""",
        (
            expect("2024-09-14", "reunion"),
            expect("1961", "form"),
            expect("2024-11-10", "parade", planned=True),
            expect("2024-08-02", "died"),
            expect("1968/1991", "serve"),
            expect("1974", "cyprus"),
            expect("../2024-12-31", "subscription", planned=True),
        ),
    ),
    Text(
        "en-16940-revision",
        "standards body's revision notice",
        None,
        """EUROPEAN COMMITTEE FOR TIMBER STANDARDS (ECTS)

REVISION NOTICE RN 2025/04

Date of issue: 12 May 2025

Subject: Revision of EN 16940:2019, Timber structures - Dowel-type fasteners - Test methods

1. EN 16940:2019 was first published in March 2019. It has been cited in the Official Journal
of the European Union under the Construction Products Regulation since 2020.

2. Work on the revision began around June 2022 in Technical Committee ECTS/TC 7. A public
enquiry on the draft ran from 6 January to 31 March 2024 and drew 412 comments.

3. The revised edition, EN 16940:2025, was approved by the technical committee on 28 April
2025. Its main changes are a new test for screws in cross-laminated timber (clause 7.3.2) and
a revised Annex ZA.

4. The new edition will be available from national standards bodies from 1 July 2025.
National standards bodies must withdraw conflicting national standards no later than
30 November 2025.

5. Laboratories accredited to ISO/IEC 17025:2017 should review their test procedures.

ECTS Secretariat, Rue de la Loi 2019, Brussels. Tel. +32 2 550 20 19""",
        (
            expect("2019-03", "publish"),
            expect("2020/..", "cite"),
            expect("2022-06~", "revision"),
            expect("2024-01-06/2024-03-31", "enquiry"),
            expect("2025-04-28", "approv"),
            expect("2025-07-01", "available", planned=True),
            expect("../2025-11-30", "withdraw", planned=True),
        ),
    ),
)
