"""The two-hundred-and-seventy-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a fireworks display
notice, a footgolf competition report, a vinegar brewery company release, a tallow chandler's
account book of the 1870s, a bee orchid survey, a tin soldier maker's history, an aviation
minister's statement, a dog grooming salon's HTML page, an animal boarding licence decision, a
bobbin lace history and a gin rummy league fixtures card. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, "early 2026", "the early
eighteenth century", "next week") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYNINTH_CORPUS",)


TWOHUNDREDSEVENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skarvlund-ferry-aground",
        "wire story with a dateline",
        date(2025, 3, 14),
        """MARROWICK, March 14 (Eastsea Wire) - A passenger ferry that ran aground off the island of
Tellholm on Wednesday was refloated at high tide on Friday, its operator Skarvlund Lines said,
and it will be towed to a shipyard in Marrowick on Sunday for inspection.

The Tellholm Star, built in 1998, was carrying 212 passengers and 41 crew when it struck a
sandbank shortly before 10 p.m. No one was hurt. All were brought ashore by lifeboat and coast
guard launch on Thursday, the coast guard said.

The Maritime Safety Board opened an investigation on Thursday and said it would publish
preliminary findings by April 30. Skarvlund said sailings between Marrowick and Tellholm would
resume on March 24 with a chartered vessel.

"The ship left the channel. We do not yet know why," Skarvlund chief executive Aino Rask told
reporters at the Marrowick terminal.

Skarvlund has operated the route since 1987. The Tellholm Star lost power in the same strait
on Jan. 19, 2023, and drifted for three hours before a tug reached it. Wednesday's was the
first grounding of a passenger ship in the strait since 2011.

Shares in Skarvlund fell 4 percent on Thursday, their biggest one-day drop since October 2022.

(Reporting by Jonas Eklund; Editing by Clare Moffat)""",
        (
            expect("2025-03-12", "aground"),
            expect("2025-03-14", "refloat"),
            expect("2025-03-16", "tow", planned=True),
            expect("1998", "built"),
            expect("2025-03-13", "brought", "ashore"),
            expect("2025-03-13", "investigation"),
            expect("../2025-04-30", "findings", planned=True),
            expect("2025-03-24", "sailings", "resum", planned=True),
            expect("1987/..", "route"),
            expect("2023-01-19", "power"),
            expect("2025-03-13", "shares"),
        ),
    ),
    Text(
        "oxtaby-cycles-second-plant",
        "press release",
        None,
        """NEWS RELEASE
For immediate release

Oxtaby Cycles to build second assembly plant in Drumlane

DRUMLANE, 3 June 2025 - Oxtaby Cycles Ltd today announced plans for a second assembly plant on
the former Harcourt brickworks site in Drumlane, creating 140 jobs.

Construction is to begin in August, and the plant is expected to start production no later
than April 2026. Recruitment for the first 60 roles will open on 16 June through the company's
website.

"Demand for our cargo and electric models has outgrown the Canal Street works," said managing
director Fiona Oxtaby. "This plant keeps our growth in Drumlane, where it all started."

Founded in 1962 by brothers Alec and Tom Oxtaby in a railway arch behind Drumlane station, the
company moved to its present site on Canal Street in 1979 and began exporting to the
Netherlands the following year. It introduced its first electric bicycle, the Lane-E, in
about 2016. Oxtaby has supplied frames to the Drumlane Police cycle unit since 2019.

The company now assembles more bicycles than at any time since 1989.

Notes to editors
Oxtaby Cycles Ltd is a family-owned maker of bicycles and frames based in Drumlane. It employs
310 people at its Canal Street works.

Media contact: Priya Nandra, press@oxtaby.example, 01632 960 418

(c) 2025 Oxtaby Cycles Ltd. Company No. 00719034.

###""",
        (
            expect("2025-06-03", "plant"),
            expect("2025-08", "construction", planned=True),
            expect("../2026-04", "production", planned=True),
            expect("2025-06-16", "recruitment", planned=True),
            expect("1962", "founded"),
            expect("1979", "moved"),
            expect("1980", "export"),
            expect("2016~", "electric"),
            expect("2019/..", "frames"),
        ),
    ),
    Text(
        "briscombe-v-tarnwell-lease",
        "court opinion",
        None,
        """IN THE SUPERIOR COURT OF HALVERTON COUNTY
CIVIL DIVISION

BRISCOMBE HOLDINGS LLC,
        Plaintiff,
    v.                                         Case No. CV-2023-04418
TARNWELL BAKERY INC.,
        Defendant.

MEMORANDUM OPINION AND ORDER ON PLAINTIFF'S MOTION FOR PARTIAL SUMMARY JUDGMENT

I. BACKGROUND

The following facts are undisputed except where noted. On or about March 2, 2021, Briscombe
Holdings LLC ("Briscombe") and Tarnwell Bakery Inc. ("Tarnwell") entered into a ten-year lease
of commercial premises at 14 Mill Row. Tarnwell took possession on April 1, 2021, and opened
its bakery there the following month.

Tarnwell asserts that the premises flooded in August 2022 because the roof had been badly
repaired by a previous tenant, perhaps in 2019; the record does not establish that date.
Briscombe served a notice of default on January 9, 2023, and filed this action eleven days
later. Tarnwell vacated the premises no later than June 30, 2023, according to the building
manager's log.

Briscombe moved for partial summary judgment on liability. The Court heard argument on
January 23, 2025.

II. DISCUSSION

Summary judgment is appropriate where there is no genuine dispute as to any material fact.
Harlow v. Pence Mills, 88 Halv. App. 3d 210, 214 (2016). A tenant who remains in possession
may not withhold rent on account of disrepair unless it has given written notice of the
defect. Id. at 216. Tarnwell gave none. Its counterclaim for damage caused by the flooding,
however, raises questions of fact that cannot be resolved on this record.

III. ORDER

The motion is GRANTED as to liability for unpaid rent and DENIED as to Tarnwell's
counterclaim. The counterclaim will proceed to a bench trial, which is scheduled for May 5,
2025.

IT IS SO ORDERED.

/s/ Helena M. Okafor
Judge of the Superior Court""",
        (
            expect("2021-03-02~", "lease"),
            expect("2021-04-01", "possession"),
            expect("2021-05", "bakery"),
            expect("2022-08", "flood"),
            expect("2019?", "roof"),
            expect("2023-01-09", "notice"),
            expect("2023-01-20", "action"),
            expect("../2023-06-30", "vacat"),
            expect("2025-01-23", "argument"),
            expect("2025-05-05", "trial", planned=True),
        ),
    ),
    Text(
        "ellerhaven-canal-history",
        "encyclopedia history",
        None,
        """Ellerhaven Canal

The Ellerhaven Canal is a 38-kilometre (24 mi) broad canal linking the port of Ellerhaven with
the market town of Cobbridge. It has 19 locks and one tunnel.

History

Proposals for a canal along the Ell valley were first made around 1760, but the scheme found
too few subscribers. An Act authorising the Ellerhaven Navigation Company to build the canal
was passed in 1791, and construction began the following year under the engineer Josiah Brant.
The first section, from Ellerhaven to Cobb's Lock, opened on 12 May 1796; the collapse of the
Harl Tunnel delayed the rest of the line by some two years.

Traffic peaked c. 1840, when more than 300,000 tons of coal and lime were carried a year, but
fell away once the railway reached Cobbridge. Commercial traffic ceased in 1938.

Restoration

Volunteers began clearing the overgrown locks by hand. Restored sections
reopened to boats in 1983, 1990 and 2002. The Ellerhaven Canal Trust has owned the canal since
1988. The Harl Tunnel remains closed; the trust aims to reopen it by 2030, subject to funding.

See also
  Canals of the Ell valley

References
  Brant, J. (1805). An Account of the Ellerhaven Navigation. Cobbridge.
  Mellor, S. (1998). Waterways of the Ell Valley. Ellerhaven: Towpath Press.""",
        (
            expect("1760~", "proposals"),
            expect("1791", "act"),
            expect("1792", "construction"),
            expect("1796-05-12", "section"),
            expect("1840~", "traffic", "peak"),
            expect("1938", "ceased"),
            expect("1983", "reopen"),
            expect("1990", "reopen"),
            expect("2002", "reopen"),
            expect("1988/..", "trust"),
            expect("../2030", "tunnel", planned=True),
        ),
    ),
    Text(
        "brackmoor-rovers-eldham",
        "sports report",
        date(2025, 11, 2),
        """Rovers end home drought as Anand double sinks Eldham

Brackmoor Rovers 3 Eldham Town 1

By Gareth Linton

Lewis Anand scored twice as Brackmoor Rovers beat Eldham Town 3-1 at Kelso Road on Saturday,
their first home league win since August.

Anand, signed from Calder Athletic in January, opened the scoring in the 23rd minute and added
a second from the penalty spot just after half-time. Eldham pulled one back through Callum
Reay before substitute Tom Greaves sealed it in stoppage time.

It was a first home win for manager Dean Cotter, who was appointed on October 6 after his
predecessor, Steve Mallin, was sacked on September 29. Eldham had beaten Rovers 4-0 in the
corresponding fixture on March 9.

"The lads needed that," Cotter said. "We've been playing well without getting the results,
and at last the finishing was there."

Rovers, who have played at Kelso Road since 1921 and last won promotion in 2014, climb to
14th. They travel to Fenwick on Tuesday and host leaders Harbury City on November 15.

Brackmoor Rovers: Hale; Mensah, Doyle, Keane, Pratt; Lowe, Obi (Greaves 71), Ward; Firth,
Anand, Clegg.
Eldham Town: Marsh; Kerr, Blake, Ings, Tate; Reay, Holt, Dunn; Swift, Cole (Nash 60), Fry.
Referee: P. Gould. Attendance: 4,812.""",
        (
            expect("2025-11-01", "beat"),
            expect("2025-01", "sign"),
            expect("2025-10-06", "appoint"),
            expect("2025-09-29", "sack"),
            expect("2025-03-09", "eldham", "beat"),
            expect("1921/..", "kelso"),
            expect("2014", "promotion"),
            expect("2025-11-04", "fenwick", planned=True),
            expect("2025-11-15", "harbury", planned=True),
        ),
    ),
    Text(
        "pellingham-paints-history",
        "company history",
        None,
        """Pellingham Paints - Our History

1888 - The beginning
Samuel Pellingham, a journeyman painter, opens a colour shop on Wharf Lane in Castlebury,
grinding pigments by hand in the back room.

c. 1902 - The first factory
With orders from the Castlebury railway works, the business moves to a purpose-built mill on
the River Dane. A steam-driven roller mill is installed around the same time.

1923 - Pellingham & Sons
Samuel's sons Arthur and Walter become partners. The firm registers its first trade mark, the
kingfisher, the following year.

1940-1945 - War work
The mill produces camouflage paint for the war effort. It is damaged by fire on 14 March 1941
and rebuilt within months.

1994 - Independence
After a period as part of the Corrin Group, the company returns to family ownership in a
management buyout led by Ruth Pellingham, Samuel's great-granddaughter.

Greener paint
Since 2015 every Pellingham tin has been made from recycled steel, and our Riverline range
contains no solvents at all.

Today and tomorrow
We employ 185 people at our Northfield works and sell in 22 countries. A new distribution
centre at Northfield is scheduled to open in spring 2026, and we aim to be carbon-neutral by
2030.

(c) Pellingham Paints Ltd 2025. All rights reserved.""",
        (
            expect("1888", "shop"),
            expect("1902~", "mill"),
            expect("1902~", "roller"),
            expect("1923", "partners"),
            expect("1924", "trade", "mark"),
            expect("1940/1945", "camouflage"),
            expect("1941-03-14", "fire"),
            expect("1994", "family"),
            expect("2015/..", "recycled"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "corvane-orbiter-final-summary",
        "mission summary",
        None,
        """CORVANE-2 LUNAR ORBITER - MISSION SUMMARY
Document CV2-OPS-0114, revision C

Agency: Halden Space Agency (HSA)
Launch: 14 September 2019, 03:12 UTC, Orvik Launch Centre
Launch vehicle: Skarn-4
Mass at launch: 1,180 kg

Mission overview
Corvane-2 maps the lunar south polar region in visible and infrared light and relays data for
surface landers. After a three-week cruise the spacecraft entered lunar orbit on 5 October and
reached its 100 km science orbit two weeks later than planned, after a thruster anomaly.

Operations
The mission has been extended twice, in 2021 and in 2023. On 8 March 2022 the infrared camera
failed; engineers restored it about four months later by switching to a backup power path.

Status
The orbiter has relayed data for the Tessa lander since January 2024. A final orbit-lowering
campaign is to begin in August 2026, and the spacecraft is to be deliberately crashed near the
south pole no later than December 2026.

Key dates
  2019-09-14   Launch
  2019-10-05   Lunar orbit insertion
  2022-03-08   Infrared camera failure

Prepared by the Corvane-2 Flight Operations Team. Last updated 2 May 2025.""",
        (
            expect("2019-09-14", "launch"),
            expect("2019-10-05", "lunar", "orbit"),
            expect("2021", "extended"),
            expect("2023", "extended"),
            expect("2022-03-08", "camera", "fail"),
            expect("2022-07~", "restor"),
            expect("2024-01/..", "tessa"),
            expect("2026-08", "campaign", planned=True),
            expect("../2026-12", "crash", planned=True),
        ),
    ),
    Text(
        "venmarsh-flood-statement",
        "government statement",
        date(2025, 2, 6),
        """MINISTRY OF ENVIRONMENT AND WATER
Statement on the flooding in the Venn valley

The Minister for Environment and Water, Dr Ilse Maren, visited Corlach and Low Venn on
Wednesday and met residents whose homes were flooded when the Venn burst its banks on Sunday
night.

Around 1,400 households were evacuated. The river peaked at 6.82 metres at the Corlach gauge
early on Monday, the highest level recorded there since 1968. The flood warning for the lower
valley was lifted on Tuesday afternoon.

The Government has today approved an emergency relief fund of 25 million crowns. Affected
households will be able to apply from Monday, and the first payments will be made by 28
February. The Minister will return to the valley on Saturday to meet the mayors of the six
affected municipalities.

The Corlach flood wall held. "Without it, the centre of the town would have been under water,"
the Minister said. Construction of a second wall at Low Venn will begin in the autumn.

An independent review of the flood response will report to Parliament no later than 30 June.

Residents can obtain information from the flood helpline, open daily from 8:00 to 20:00.

Issued by the Press Office. Reference PR-2025-031.""",
        (
            expect("2025-02-02", "burst"),
            expect("2025-02-03", "peak"),
            expect("2025-02-04", "warning"),
            expect("2025-02-05", "visit"),
            expect("2025-02-06", "fund"),
            expect("2025-02-10", "apply", planned=True),
            expect("../2025-02-28", "payments", planned=True),
            expect("2025-02-08", "return", planned=True),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "quillmoor-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quillmoor library reopens after two-year refit | Quillmoor Courier</title>
</head>
<body>
<header><a href="/">Quillmoor Courier</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Quillmoor library reopens after two-year refit</h1>
<p class="byline">By Nadia Fell &middot; <time datetime="2025-09-19">19 September 2025</time></p>
<p>Quillmoor Central Library reopened to the public on Thursday after a refit that took almost
two years and cost 7.4 million pounds.</p>
<p>The red-brick building closed on 30 September 2023, when workers found asbestos behind the
reading-room panelling. The council approved the refit budget on 6 February 2024. The works
were originally due to finish in spring 2025.</p>
<p>The library has stood on Bell Street since 1906. Councillor Ravi Osei, who cut the ribbon,
called it "the town's front room". The new children's wing will open on 4 October, and a
caf&eacute; run by the Bell Street Trust is expected to follow in November.</p>
<figure><img src="/img/library.jpg" alt="Library reading room"><figcaption>The restored reading
room, photographed on 12 September. Photo: Quillmoor Courier</figcaption></figure>
<p>Loans fell by about a third while services ran from a temporary site in the Market Hall,
which opened around 20 November 2023 and closed on Wednesday.</p>
</article>
<footer><p>Last updated: 19 September 2025 16:42</p><p>&copy; 2025 Quillmoor Courier Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-18", "reopen"),
            expect("2023-09-30", "closed"),
            expect("2024-02-06", "budget"),
            expect("1906/..", "bell"),
            expect("2025-10-04", "children", planned=True),
            expect("2025-11", "caf", planned=True),
            expect("2023-11-20~", "market", "open"),
            expect("2025-09-17", "market", "clos"),
        ),
    ),
    Text(
        "harnby-bonfire-fireworks-notice",
        "fireworks display notice",
        None,
        """HARNBY BONFIRE SOCIETY
PUBLIC NOTICE - FIREWORKS DISPLAY

Event:     Harnby Bonfire Night fireworks display
Date:      Saturday 8 November 2025
Location:  Harnby Recreation Ground, Mill Lane
Licence:   HBC/ENT/2025/0193

The Harnby Bonfire Society will hold its fireworks display on Saturday 8 November 2025. Gates
open at 17:30; the bonfire will be lit at about 18:45 and the display will begin at 19:30 and
last around 20 minutes.

Road closures
Mill Lane and Church Walk will be closed to traffic from 16:00 on 8 November until 01:00 on 9
November. Please do not park on the verges.

Bad weather
If the display cannot go ahead because of high winds, it will take place on Sunday 9 November
at the same times.

About us
The Society was founded in 1952 and has held its display on the Recreation Ground every
November since. Last year's display was cancelled on the day, 5 November 2024, when gusts
reached 50 mph, and held instead on 9 November 2024.

The event was licensed by Harnby Borough Council on 14 August 2025. Neighbours with concerns,
or with animals that may be distressed by the noise, may contact the Society's safety officer,
Jo Whitlam, no later than 24 October 2025.

No sparklers, no dogs, no glass. Under-12s must be accompanied by an adult.

Harnby Bonfire Society is a registered charity (No. 1049872). Printed 2 October 2025.""",
        (
            expect("2025-11-08", "display", planned=True),
            expect("2025-11-08/2025-11-09", "mill", "lane", planned=True),
            expect("2025-11-09", "display", planned=True),
            expect("1952", "founded"),
            expect("2024-11-05", "cancelled"),
            expect("2024-11-09", "held"),
            expect("2025-08-14", "licensed"),
            expect("../2025-10-24", "contact", planned=True),
        ),
    ),
    Text(
        "tarrowby-footgolf-open",
        "footgolf competition report",
        date(2025, 6, 23),
        """FOOTGOLF | TARROWBY OPEN

Kerr holds his nerve on the last to take Tarrowby title

Marco Kerr of Hillbeck Footgolf Club won the Tarrowby Open on Sunday, holing a 20-metre kick
on the 18th at Tarrowby Park to finish on 4 under par, one ahead of defending champion Dana
Ruiz.

The two-round event drew 96 players from 11 clubs, the biggest field in the tournament's
history. Heavy rain on Saturday morning delayed the first round by about an hour.

Kerr, 24, took up the sport in 2021 after a knee injury ended his football career. He
finished second at the regional championship on 17 May and lost in a play-off at Dunmore
about two weeks later.

Ruiz, who won here in 2023 and 2024, led after the first round on 67 but dropped three shots
on the back nine.

In the women's division, Ellie Stroud won by five shots. The junior title went to 15-year-old
Sam Petrovic.

Results (par 72)
 1. M. Kerr (Hillbeck)     68  72  140
 2. D. Ruiz (Tarrowby)     67  74  141
 3. J. Oduya (Clayfield)   71  71  142
 4. P. Haines (Tarrowby)   73  70  143

The Tarrowby Open counts towards the national ranking. The next ranking event, the Clayfield
Classic, will be played from 12 to 13 July. Entries will close on Friday.

Report: Tarrowby Footgolf Association""",
        (
            expect("2025-06-22", "kerr", "open"),
            expect("2025-06-21", "delay"),
            expect("2021", "sport"),
            expect("2025-05-17", "regional"),
            expect("2025-05-31~", "dunmore"),
            expect("2023", "ruiz"),
            expect("2024", "ruiz"),
            expect("2025-07-12/2025-07-13", "clayfield", planned=True),
            expect("2025-06-27", "entries", planned=True),
        ),
    ),
    Text(
        "grellow-vinegar-vats",
        "vinegar brewery company release",
        None,
        """GRELLOW & DAUGHTERS, MALT VINEGAR BREWERS
PRESS RELEASE - 11 March 2025

Grellow's restores its oak vats and returns to slow-brewed malt vinegar

HOLMSTEAD - Grellow & Daughters, the Holmstead malt vinegar brewery, today unveiled the four
oak acetifier vats it has restored in its Tanner Street brewhouse, where they had stood idle
for more than forty years. The first vat was refilled on 3 March, and the first barrels of
slow-brewed vinegar are expected to be bottled in early 2026.

The vats were built in 1894 by the cooper William Hesketh and used until the brewery moved to
stainless steel generators. Restoration began in October 2023 with a grant from the Holmstead
Heritage Fund, approved on 22 June of that year.

"Slow brewing takes months, not days," said head brewer Orla Grellow, the fifth generation of
her family at the brewery. "It gives a rounder, softer vinegar, the kind my grandfather made."

The brewery was founded in 1839 by Josiah Grellow and has stood on Tanner Street since 1867.
It produces around 2.1 million litres of vinegar a year.

Brewhouse tours will resume on 5 April, and a shop and tasting room will open at the brewery
by the summer. Grellow's will also show the restored vats at the Holmstead Food Festival from
16 to 18 May.

-ENDS-

For more information: press@grellow.example
Grellow & Daughters Ltd, Tanner Street, Holmstead. VAT No. 184 2277 61""",
        (
            expect("2025-03-11", "unveil"),
            expect("2025-03-03", "refill"),
            expect("1894", "built"),
            expect("2023-10", "restoration"),
            expect("2023-06-22", "grant"),
            expect("1839", "founded"),
            expect("1867/..", "tanner"),
            expect("2025-04-05", "tours", planned=True),
            expect("2025-05-16/2025-05-18", "festival", planned=True),
        ),
    ),
    Text(
        "fenmoss-chandler-day-book",
        "tallow chandler's account book of the 1870s",
        None,
        """FENMOSS & Co., TALLOW CHANDLERS, WICK STREET, BARROWGATE
Day Book, 1874-1875 (extract)

Transcribed from the original volume in the Barrowgate Record Office, ref. D/FEN/3/2.
Spelling and abbreviations are as written; sums are in pounds, shillings and pence. Words in
square brackets are the transcriber's. The book runs from the firm's quarter day to quarter
day; only the entries for the melting house are given here.

                                                                   L   s   d
1874
Oct.  2    Rec'd of Mr Pask, butcher, 3 cwt rough fat @ 28s        4   4   0
  "  1[7?] Render'd 5 cwt; greaves sold to Ward the dog-meal man   0  11   0
           [day partly torn away; perhaps the 17th]
Nov. 23    Boiler crack'd in the night. Hobb the smith to mend
           it Thursday next.
Dec.  1    Paid Hobb the smith for mending boiler & new rivets     0  12   6

1875
Jan.  4    Rec'd of the Gas Co. for 40 lb. moulds, deliver'd
           abt. the 20th Nov. last                                 1   2   0
Mar.  8    Mr F. to Lewby about the lease of the new melting
           house; to be sign'd the 25th of this month.

Memorandum. Gas lamps put up in Wick Street 1872. Dips 7d the lb. this winter, as last. Pay
the carter every Saturday.""",
        (
            expect("1874-10-02", "fat"),
            expect("1874-10-17?", "render"),
            expect("1874-11-23", "boiler"),
            expect("1874-11-26", "mend", planned=True),
            expect("1874-12-01", "paid", "hobb"),
            expect("1875-01-04", "gas"),
            expect("1874-11-20~", "moulds"),
            expect("1875-03-08", "lewby"),
            expect("1875-03-25", "sign", planned=True),
            expect("1872", "lamps"),
        ),
    ),
    Text(
        "wendle-bee-orchid-survey",
        "bee orchid survey",
        None,
        """Wendle Chalk Pit Local Nature Reserve
Bee Orchid (Ophrys apifera) Survey Report 2024
Prepared for Wendle Parish Council by the Wendle Downs Conservation Volunteers
Report no. WDCV/24/07

1. Summary
Bee orchids were counted at Wendle Chalk Pit on 4, 11 and 18 June 2024. The peak count, 212
flowering spikes, was made on 11 June, more than double the 2023 total and the highest since
counts began.

2. Background
The colony was first recorded by the botanist Edith Marlowe around 1983. The Parish Council
has managed the pit as a reserve since 1996, and the volunteers have counted the orchids each
June since 2009.

3. Methods
Each count was made along six fixed transects by two to four volunteers. A spike was counted
as flowering if at least one flower was open. The warden saw the first open flower of the
season on about 29 May.

4. Results and management
Flowering was over by 2 July. The lower meadow was cut after seed had set, as agreed with the
grazier. Rabbit damage was heavier than usual; a rabbit-proof fence along the east boundary,
approved by the Council on 14 August, is to be put up in November 2024.

5. Recommendations
The meadow should not be cut before 1 July in any year. Counts should continue on the same
transects, and scrub on the upper slope should be cleared each winter.

Report date: 30 September 2024""",
        (
            expect("2024-06-04", "count"),
            expect("2024-06-11", "count"),
            expect("2024-06-18", "count"),
            expect("1983~", "recorded"),
            expect("1996/..", "reserve"),
            expect("2024-05-29~", "flower"),
            expect("../2024-07-02", "flowering"),
            expect("2024-08-14", "fence", "approved"),
            expect("2024-11", "fence", planned=True),
        ),
    ),
    Text(
        "brask-lund-tin-figures",
        "tin soldier maker's history",
        None,
        """Brask & Lund: a short history of a tin figure workshop

Brask & Lund was founded in Oldenmark in 1851 by the pewterer Henrik Brask, who had learned to
engrave slate moulds as an apprentice in Halbeck. His first flat figures were hussars and
grenadiers barely 3 cm high, painted by his wife and sold from a stall at the Christmas market.

Brask took his nephew Peder Lund into partnership in 1860, and the firm moved to larger
premises on Kobbergade in 1866. Most of its casters and painters were women working at home.

The workshop's best-known series, the 'Battle of Ravnsholt' set of 300 figures, was first
offered, probably in 1889, in the firm's printed catalogue; it was reissued in 1913 and 1964.
During the First World War tin was requisitioned, and casting stopped from 1916 to 1919.

After the last of the Lund family retired, the moulds, some 6,000 of them, passed to the
Oldenmark Town Museum in 1983, which has cast figures from them for its shop since 1985. A new
catalogue of the moulds is to be published in 2026.

Dating figures
Collectors date Brask & Lund figures by the maker's mark: an engraved 'B' before 1866, 'B&L'
afterwards. Figures cast by the museum carry a small 'OM' on the base.""",
        (
            expect("1851", "founded"),
            expect("1860", "partnership"),
            expect("1866", "kobbergade"),
            expect("1889?", "ravnsholt"),
            expect("1913", "reissued"),
            expect("1964", "reissued"),
            expect("1916/1919", "casting"),
            expect("1983", "museum"),
            expect("1985/..", "cast"),
            expect("2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "korvel-runway-minister-statement",
        "aviation minister's statement",
        date(2025, 4, 24),
        """Statement by the Minister of Aviation, Ines Varga, on the closure of the main runway at
Korvel International Airport

Madam Speaker, I wish to update the House on the situation at Korvel International Airport.

On Tuesday, at 14:05, a crack was found in the surface of the main runway during a routine
inspection. The airport operator closed the runway at once, and more than 230 flights were
cancelled on Tuesday and Wednesday. The cross runway reopened for smaller aircraft on
Wednesday evening.

Engineers from the Civil Aviation Authority have inspected the damage. Their advice is that
temporary repairs can be completed by Sunday, and the main runway is expected to reopen on
Monday morning with a reduced weight limit. A full resurfacing will now be brought forward to
the autumn.

The runway was last resurfaced in 2009 and was extended by 400 metres in 2015. I have asked
the Authority to report to me, no later than 31 May, on why the crack was not found at the
inspection on 11 April.

I thank the airline staff, the air traffic controllers and the thousands of passengers whose
journeys were disrupted. Airlines have agreed to waive rebooking fees for affected passengers.

Since 2018 the operator has been required to publish its runway inspection reports, and I
expect the report of this incident to be published next week.

I commend this statement to the House.""",
        (
            expect("2025-04-22", "crack"),
            expect("2025-04-22", "runway", "closed"),
            expect("2025-04-22", "cancelled"),
            expect("2025-04-23", "cancelled"),
            expect("2025-04-23", "cross"),
            expect("../2025-04-27", "repairs", planned=True),
            expect("2025-04-28", "reopen", planned=True),
            expect("2009", "resurfaced"),
            expect("2015", "extended"),
            expect("../2025-05-31", "report", planned=True),
            expect("2025-04-11", "inspection"),
            expect("2018/..", "required"),
        ),
    ),
    Text(
        "pawsworth-grooming-news-html",
        "dog grooming salon HTML page",
        date(2025, 8, 4),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News | Pawsworth Dog Grooming, Linbury</title>
</head>
<body>
<nav>
<a href="/">Home</a> | <a href="/prices">Prices</a> |
<a href="/book">Book online</a> | <a href="/news">News</a></nav>
<main>
<h1>Salon news</h1>
<section>
<h2>We're moving next door!</h2>
<p>After nine happy years at 4 Station Parade, Pawsworth is moving into the larger shop at
No. 6. We will close at 4 pm on Saturday and reopen in the new salon the following Tuesday.
Appointments booked for the move days have been changed; we will call you.</p>
</section>
<section>
<h2>Meet Kasia</h2>
<p>Kasia Nowak joined our team on 14 July as a senior groomer. She qualified in 2019 and has
won two regional styling awards. She works Wednesdays to Saturdays.</p>
</section>
<section>
<h2>Hydrotherapy pool</h2>
<p>Our new hydrotherapy pool should be ready by the end of September. Introductory sessions
will run from 6 to 17 October at half price.</p>
</section>
<section>
<h2>Thank you!</h2>
<p>Pawsworth opened on Station Parade in March 2016 with one table and one dryer. We were
voted Linbury's best small business on 20 June, our first award since opening.</p>
</section>
<table>
<caption>Opening hours</caption>
<tr><th>Mon</th><td>Closed</td></tr>
<tr><th>Tue&ndash;Fri</th><td>8:30&ndash;17:30</td></tr>
<tr><th>Sat</th><td>8:00&ndash;16:00</td></tr>
</table>
</main>
<footer>
<p>&copy; 2016&ndash;2025 Pawsworth Dog Grooming &middot; Page last updated 4 August 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-08-09", "close", planned=True),
            expect("2025-08-12", "reopen", planned=True),
            expect("2025-07-14", "joined"),
            expect("2019", "qualified"),
            expect("../2025-09", "pool", planned=True),
            expect("2025-10-06/2025-10-17", "sessions", planned=True),
            expect("2016-03", "opened"),
            expect("2025-06-20", "voted"),
        ),
    ),
    Text(
        "hessleby-kennels-licence-decision",
        "animal boarding licence decision",
        None,
        """HESSLEBY DISTRICT COUNCIL
Licensing Sub-Committee
Licensing of Activities Involving Animals - Boarding for Dogs and Cats

DECISION NOTICE
Application ref: AW/2025/0412
Premises: Thornfield Boarding Kennels, Moor Road, Hessleby
Licence holder: Mrs Gail Ashdown

1. The Sub-Committee met on 9 September 2025 to consider an application by Mrs Ashdown to renew
the licence for the boarding of up to 40 dogs and 12 cats at Thornfield Boarding Kennels.
Thornfield has been licensed for boarding since 2014.

2. An inspection on 3 July 2025 by the Council's Animal Welfare Officer found that two kennel
blocks lacked adequate ventilation and that records of vaccinations were incomplete.
Improvement notices were served on 10 July. A follow-up visit on or about 21 August found the
records in order; the ventilation works had not begun.

3. The Sub-Committee heard from Mrs Ashdown, who said that her contractor was booked to start
on 22 September and the works would be finished within three weeks. A complaint from a
neighbour about barking at night, received on 28 July, was also considered.

4. Decision. The licence is renewed for one year, with a star rating of two, subject to the
following conditions:
  (a) the ventilation works to kennel blocks B and C are completed by 31 October 2025;
  (b) no more than 24 dogs are boarded until the works are signed off by an officer;
  (c) vaccination records are kept for every animal.

5. The licence will run from 1 October 2025 to 30 September 2026. The holder may appeal to the
magistrates' court within 21 days of receiving this notice.

Head of Licensing, Hessleby District Council""",
        (
            expect("2025-09-09", "application"),
            expect("2014/..", "licensed"),
            expect("2025-07-03", "inspection"),
            expect("2025-07-10", "notices"),
            expect("2025-08-21~", "follow-up"),
            expect("2025-09-22", "contractor", planned=True),
            expect("2025-07-28", "complaint"),
            expect("../2025-10-31", "ventilation", planned=True),
            expect("2025-10-01/2026-09-30", "licence", planned=True),
        ),
    ),
    Text(
        "marlstow-bobbin-lace-history",
        "bobbin lace history",
        None,
        """Bobbin lace in Marlstow

Bobbin lace was being made in the villages around Marlstow by 1635, when the vicar of Ashby
Parva complained that girls were "kept from the catechism by their pillows". The craft is
thought to have come with Flemish refugees who settled in the town around 1570, though no
document proves it.

The Marlstow point ground, a fine net with small cloth-stitch sprigs, was developed in the
early eighteenth century. A survey made in 1790 for the county justices counted some 6,000
women and children working at the pillow in the district. Lace schools, where children as
young as five learned the craft, were held in most villages.

Machine-made net reached the Marlstow market in 1823, and prices for handmade lace fell by half
within a decade. A revival began in 1906, when Lady Clare Ormsby opened a showroom on Sheep
Street to sell the work of village lacemakers to London buyers.

Bobbins were often turned from bone or fruitwood and inscribed with names, dates or mottoes; a
favourite in the Marlstow Museum reads 'Mary 1841'.

The Marlstow Lace Guild, formed in 1975, has held classes at the museum since 1988. The
museum's collection of some 2,300 bobbins was catalogued between 2004 and 2009, and a new
gallery for it is due to open in 2026.""",
        (
            expect("../1635", "made"),
            expect("1635", "vicar"),
            expect("1570~", "refugees"),
            expect("1790", "survey"),
            expect("1823", "machine"),
            expect("1906", "showroom"),
            expect("1975", "guild"),
            expect("1988/..", "classes"),
            expect("2004/2009", "catalogued"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "corrow-gin-rummy-fixtures",
        "gin rummy league fixtures card",
        None,
        """CORROW & DISTRICT GIN RUMMY LEAGUE
Division One - Fixtures 2025-26
All matches on Thursdays, 7.45 pm start. Home team named first.

  Sep 11, 2025   Red Lion A v Corrow Legion
  Oct 9          Corrow Legion v Station Hotel
  Nov 6          Red Lion B v Red Lion A
  Dec 4          Christmas Pairs at Corrow Legion
  Jan 8, 2026    Red Lion A v Station Hotel
  Mar 19         Cup final & presentation night, Station Hotel

Notes
1. The AGM was held on Aug 28, 2025, when the new scoring rules were adopted.
2. Matches postponed for any reason must be played within 14 days.
3. Hundred-point games; 3 league points for a win, 1 for a loss by under 50.
4. Red Lion B won last season's title on the final night, Mar 20, 2025.
5. League founded 1964.

Team captains please send results to the Secretary by the Saturday after each match.

Secretary: Bill Pryor, 14 Hill Rise, Corrow. Tel. 01632 960 772
Card printed Aug 30, 2025""",
        (
            expect("2025-09-11", "red", "legion", planned=True),
            expect("2025-10-09", "legion", "station", planned=True),
            expect("2025-11-06", "red", "lion", planned=True),
            expect("2025-12-04", "pairs", planned=True),
            expect("2026-01-08", "red", "station", planned=True),
            expect("2026-03-19", "final", planned=True),
            expect("2025-08-28", "agm"),
            expect("2025-03-20", "title"),
            expect("1964", "founded"),
        ),
    ),
)
