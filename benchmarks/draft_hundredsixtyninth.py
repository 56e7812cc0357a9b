"""The hundred-and-sixty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project's code or its other texts. Twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
dust storm advisory, a marathon swim report, a solar farm connection release, a lock
keeper's log of the 1920s, an otter spraint survey report, a pier's history, an education
ministry exam timetable statement, a botanical garden HTML events page, a financial
ombudsman decision, a ropeworks' history and a golf club's competition diary. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late May", "after the war", "two seasons later") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYNINTH_CORPUS",)


HUNDREDSIXTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "strait-bridge-closure",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELDMARK, March 14 (Northwire) - The Oster Strait road bridge, the only fixed link
between Veldmark and the island of Saarholm, will close to all traffic on Monday after
inspectors found corrosion in two of its main suspension cables, the regional roads agency
said.

Inspectors discovered the corrosion on Tuesday during a routine check of the cable
anchorages, agency director Pieter Hals told reporters at a news conference in Veldmark.
"We cannot take any risk with a structure of this age," he said.

Repairs are to be completed by April 30 at the latest, Hals said, although contractors have
warned that bad weather could delay work on the towers. A replacement ferry service will
start on March 19 with two chartered vessels, each able to carry some 60 cars, and islanders
will travel free of charge on Route 17 buses to the ferry terminal.

The 1.4-kilometre bridge opened in September 1962. It replaced a car ferry between the two
shores, and that ferry service ceased in 1963. The closure is the longest planned shutdown
of the link since 1987.

The last major repair to the bridge, carried out around 2004, closed one lane for three
months. Traffic on the bridge averages about 18,000 vehicles a day.

Saarholm's mayor, Ingrid Tolle, said businesses on the island feared losing customers. "Every
week of closure costs us money," she said.

(Reporting by Anders Molk; Editing by Ruth Ekwueme; +31 20 555 0142)""",
        (
            expect("2025-03-17", "bridge", "close", planned=True),
            expect("2025-03-11", "corrosion"),
            expect("../2025-04-30", "repair", planned=True),
            expect("2025-03-19", "ferry", planned=True),
            expect("1962-09", "bridge", "open"),
            expect("1963", "ferry", "cease"),
            expect("2004~", "repair"),
        ),
    ),
    Text(
        "dairy-acquisition",
        "press release",
        date(2024, 6, 5),
        """PRESS RELEASE

Brightwater Dairies completes acquisition of Holm & Daughters

CORVALE, 5 June 2024 - Brightwater Dairies plc has completed its acquisition of the organic
cheesemaker Holm & Daughters Ltd, the two companies said today.

The deal, first announced on 12 February, closed on Monday after the Competition and Markets
Board gave its approval on 28 May. Terms were not disclosed. The first jointly branded
cheeses will reach supermarket shelves on 1 September.

Holm & Daughters was founded in 1931 by Edda Holm in a farmhouse kitchen outside Corvale and
moved to its present creamery on the banks of the Lisk in 1958. The business is still run by
Edda Holm's granddaughter, Sigrid Holm-Baines, who will join the Brightwater board.

"We have made cheese the same way for ninety years, and that will not change," said Ms
Holm-Baines. "Brightwater gives us the means to reach shops we could never supply on our
own."

Brightwater plans to invest about EUR 14 million in the Lisk creamery by the end of 2026,
doubling its maturing capacity.

Brightwater, which began as a farmers' cooperative, collects milk from some 420 farms and
employs 1,900 people. Its milk intake this spring was the highest since 1994.

Notes to editors
Brightwater Dairies plc is listed on the Corvale Stock Exchange (ticker: BWD).

Media contact: Paul Inderby, Head of Communications
press@brightwater-dairies.example | +44 1632 960 418""",
        (
            expect("2024-02-12", "deal", "announc"),
            expect("2024-06-03", "deal", "close"),
            expect("2024-05-28", "approval"),
            expect("2024-09-01", "cheeses", planned=True),
            expect("1931", "found"),
            expect("1958", "creamery"),
            expect("../2026", "invest", planned=True),
        ),
    ),
    Text(
        "yacht-hull-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE PROVINCE OF WESTMARCH

Case No. 2023-CA-04417

DANIEL ORREY, Plaintiff-Appellant,
v.
SEAHAVEN MARINE SALES LTD., Defendant-Respondent.

OPINION

MARLOWE, J.

1. This appeal concerns the sale of a used sailing yacht, the Kittiwake. The appellant says
that the respondent knew of rot in the hull and concealed it.

2. The respondent's agent inspected the hull around February 2021 and prepared a condition
report that made no mention of rot. On or about 14 March 2021 the appellant agreed to buy the
yacht for 86,500 crowns. The respondent delivered the Kittiwake to the appellant's mooring
on 2 April 2021.

3. The appellant noticed soft planking within weeks of delivery. He notified the respondent
of the defect in writing on 19 May 2021 and commissioned his own survey. He filed his
complaint in the District Court on 7 January 2022, relying on section 14 of the Sale of
Goods Act 1979.

4. The District Court granted summary judgment to the respondent on 30 June 2023, finding
no evidence that the agent had seen the rot, and the appellant appealed on 21 July. We heard
oral argument on 4 March 2024.

5. We agree with the District Court. The condition report was prepared in good faith, and
the contract excluded the implied terms relied on. The appellant's own surveyor accepted
that the rot was concealed beneath paint applied by an earlier owner.

6. The judgment is affirmed. Costs to the respondent.

Marlowe, J., with whom Fennick and Abara, JJ., concur.""",
        (
            expect("2021-02~", "inspect"),
            expect("2021-03-14~", "buy"),
            expect("2021-04-02", "deliver"),
            expect("2021-05-19", "notif"),
            expect("2022-01-07", "complaint"),
            expect("2023-06-30", "summary", "judgment"),
            expect("2023-07-21", "appeal"),
            expect("2024-03-04", "argument"),
        ),
    ),
    Text(
        "brackenford-history",
        "encyclopedia history",
        None,
        """Brackenford

Brackenford is a market town on the River Tane, in the county of Westmere. Its population
is 11,912.

History

The settlement grew up around a priory founded c. 1140 by Augustinian canons from Lindham.
The town is first recorded in a charter of 1157, in which the bishop confirmed the canons'
rights to the mill and the ford. A market charter was probably granted in 1281, although
the original document is lost and the date rests on a later copy.

The priory was dissolved in 1538, and its nave became the parish church of St Giles. Fires
destroyed much of the timber-built town in 1602 and 1617; the rebuilding of the High Street
in stone lasted from 1620 to 1634 and gave the town its present appearance.

Brackenford remained a small wool town until the Industrial Revolution, when tanning and
brewing took the place of weaving. The railway reached the town in 1866, and the station
closed in 1964, when the branch line from Lindham was abandoned.

Since 1974 the town has been the seat of Brackenford District Council, which meets in the
former corn exchange. The town's weekly Thursday market is among the oldest in the county.

Notable buildings

The Priory Gatehouse, the Corn Exchange and the Tanners' Almshouses are listed
buildings. The town museum occupies the old grammar school.""",
        (
            expect("1140~", "priory", "found"),
            expect("1157", "record"),
            expect("1281?", "market"),
            expect("1538", "dissolv"),
            expect("1602", "fire"),
            expect("1617", "fire"),
            expect("1620/1634", "rebuild"),
            expect("1866", "railway"),
            expect("1964", "station", "close"),
            expect("1974/..", "council"),
        ),
    ),
    Text(
        "ravensholm-win",
        "sports report",
        date(2025, 2, 2),
        """FOOTBALL | LEAGUE ONE

Bremner double lifts Ravensholm

By Colm Ferriter

Ravensholm United moved up to fourth place after they beat Dunmore Town 3-1 at Castle Lane
on Saturday.

Striker Ola Bremner, signed from Kettering Athletic on January 14, scored twice in the first
half, both times from crosses by the full-back Teo Vass. Dunmore pulled one back through a
penalty before the substitute Jamie Orrin sealed the points in stoppage time.

United play Harwick Rovers in the County Cup quarter-final at home on Wednesday, with
kick-off at 7.45pm. The defender Ivo Tamm, who has missed six matches with a hamstring
injury, is expected to return around February 20.

"Ola has given us something we were missing," said manager Cal Dorrity, who has been in charge
since November 2022. "But we have a long way to go." He said the squad, which trains every
Tuesday and Thursday at the Moss Road ground, was "as fit as it has been all season".

United, promoted in May 2019 and relegated two seasons later, have now lost only once in
eleven games. It was their first league win away at Dunmore since 2009.

Attendance: 6,214.""",
        (
            expect("2025-02-01", "dunmore"),
            expect("2025-01-14", "bremner", "sign"),
            expect("2025-02-05", "quarter", planned=True),
            expect("2025-02-20~", "tamm", "return", planned=True),
            expect("2022-11/..", "dorrity"),
            expect("2019-05", "promot"),
        ),
    ),
    Text(
        "osgood-vale-history",
        "company history",
        None,
        """Our history | Osgood & Vale Pencil Company

Osgood & Vale was founded in 1887 by the cabinet maker Josiah Osgood and his brother-in-law
Henry Vale, in a workshop behind a chapel in Tallbridge's Mill Lane. Their first pencils
were cut from cedar shipped in from the coast and filled with graphite from the Borrow Fell
mine.

The business was incorporated as a limited company in 1903 and moved to a purpose-built
factory on Canal Street the following year. From 1940 to 1945 the factory made map cases and
aircraft instrument parts for the war effort, and pencil making almost stopped.

In 1952 the company introduced the Vale 7 drawing pencil, still our best seller. Exports,
which began around 1960, soon took Osgood & Vale pencils to drawing offices in forty
countries. The Osgood family sold control of the company to Harrowgate Industries in 1978,
and the factory was modernised in the years that followed.

Since 2011 the company has been owned by its employees through the Osgood & Vale Trust. Last
year was our best year for sales since 1969, and we now make about 31 million pencils a year.

A new visitor centre, with a working display of the original lathe, is planned to open
in 2026.

Osgood & Vale Pencil Company Ltd, Canal Street, Tallbridge. Registered in England No.
00078342.""",
        (
            expect("1887", "found"),
            expect("1903", "incorporat"),
            expect("1904", "factory"),
            expect("1940/1945", "map"),
            expect("1952", "vale 7"),
            expect("1960~", "export"),
            expect("1978", "sold"),
            expect("2011/..", "employee"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "tessaly-orbiter",
        "mission summary",
        None,
        """Mission summary: Tessaly lunar orbiter

Agency: Westmarch Space Directorate (WSD)
Mission type: lunar orbiter with impactor
Mass at launch: 1,284 kg

Tessaly was launched on 9 November 2021 on a Corvid-2 rocket from the Kessock range. After a
five-week cruise it entered lunar orbit on 15 December, following a braking burn that lasted
about 11 minutes. Its first images of the far side were returned two days later.

The orbiter carried a 38 kg impactor, Flint, which was released on 3 April 2022 and struck
the floor of the crater Vey on or about 5 April. Plumes from the impact were measured by
Tessaly's spectrometer for roughly 90 seconds.

Contact with the spacecraft was lost from 2 to 9 August 2023 after a fault in the star
tracker; engineers restored it by uploading new software. The primary mission ended on 14
December 2023, having mapped 96 per cent of the surface at a resolution of 2 metres.

An extended mission is now studying the south polar region. It is scheduled to end in
September 2026, and the orbiter is to be deorbited no later than 31 December 2026, when its
propellant will run out.

Principal investigator: Dr Halla Enwright, University of Norrbury.
Data are released to the public archive every six months.""",
        (
            expect("2021-11-09", "launch"),
            expect("2021-12-15", "orbit"),
            expect("2021-12-17", "images"),
            expect("2022-04-03", "flint", "release"),
            expect("2022-04-05~", "vey"),
            expect("2023-08-02/2023-08-09", "contact"),
            expect("2023-12-14", "primary", "end"),
            expect("2026-09", "extended", planned=True),
            expect("../2026-12-31", "deorbit", planned=True),
        ),
    ),
    Text(
        "hosepipe-ban-lifted",
        "government statement",
        date(2024, 4, 12),
        """DEPARTMENT FOR WATER AND RURAL AFFAIRS

Statement by the Minister for Water, Ciaran Molloy TD, on water supply in the south-west

Reference: DWRA/ST/2024/031

The hosepipe ban introduced in the counties of Dunhallow and Kilbrack on 1 March will be
lifted from Monday. Heavy rain over the past three weeks has refilled the main reservoirs
faster than expected: Kellow reservoir reached 78 per cent of capacity on Wednesday.

I want to thank households and businesses for their patience. Water use fell by about a
fifth during the ban, and that saving made a real difference. I will meet representatives
of the Farmers' Council in Dunhallow on Thursday 18 April to discuss the support available
to farms that lost crops in the dry weeks.

Rainfall in the first week of April was the highest for that week since 1998. But a drought
order was last issued in the region in 2018, and we cannot assume that we will not need one
again. For that reason a full review of the regional drought plan will be published by 30
June 2024. New rules on metering for large agricultural users will take effect on 1 January
2025, under powers in the Water Services Act 2007.

Members of the public can report leaks on the free line 1800 278 278, which is staffed every
day of the week.

ENDS

Press Office: +353 1 555 0199""",
        (
            expect("2024-03-01", "ban", "introduc"),
            expect("2024-04-15", "ban", "lift", planned=True),
            expect("2024-04-10", "kellow"),
            expect("2024-04-18", "meet", planned=True),
            expect("2018", "drought", "order"),
            expect("../2024-06-30", "review", planned=True),
            expect("2025-01-01", "meter", planned=True),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2025, 7, 30),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Central Library reopens after renovation | Porthwen Echo</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Central Library reopens its doors after 19-month renovation</h1>
<p class="byline">By Nerys Pugh, Local Democracy Reporter</p>
<p class="date"><time datetime="2025-07-30">Wednesday 30 July 2025</time></p>
<p>Porthwen's Central Library on Harbour Street reopened on Monday after a renovation that
cost about &pound;11.4 million and kept the building shut for more than a year and a
half.</p>
<p>A rooftop reading garden will open on 15 September, and the library will host author
readings on 4, 11 and 18 October. Late opening until 9pm will continue every Thursday.</p>
<p>The library closed in December 2023 so that builders could replace its roof and install
lifts. The sandstone building was built in 1909 with a grant from the shipowner Evan
Protheroe, and its children's wing, added in 1971, was extended in 1988.</p>
<p>&ldquo;This is the busiest first week we have had since 2015,&rdquo; said the library
manager, Owain Davies. Library cards issued before 2010 must be renewed at the front
desk.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/ferry">Ferry fares to rise</a></li></ul></aside>
<footer>&copy; 2025 Porthwen Echo Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-07-28", "reopen"),
            expect("2025-09-15", "garden", planned=True),
            expect("2025-10-04", "reading", planned=True),
            expect("2025-10-11", "reading", planned=True),
            expect("2025-10-18", "reading", planned=True),
            expect("2023-12", "closed"),
            expect("1909", "built"),
            expect("1971", "children", "wing"),
            expect("1988", "extend"),
        ),
    ),
    Text(
        "dust-storm-advisory",
        "dust storm advisory",
        date(2025, 5, 21),
        """NATIONAL METEOROLOGICAL SERVICE
DUST STORM ADVISORY No. 14/2025
Issued: 0600 local time, Wednesday 21 May 2025
Areas: Western districts (Qadir, Ras Helm, Tell Amar)

SITUATION
A low-pressure system formed over the Harran plateau on Monday and is moving east. Strong
north-westerly winds on its southern flank are lifting large amounts of dust.

FORECAST
A dense band of dust is expected to reach the western districts on Thursday afternoon.
Visibility may fall below 500 metres, and locally below 100 metres. Winds of 50-65 km/h,
gusting to 85 km/h, are forecast to ease by Saturday.

This advisory will expire at 1800 on Friday unless it is extended.

IMPACTS
Schools in Qadir and Ras Helm districts will close on Thursday, the Ministry of Education
has announced. Flights at Ras Helm airport were suspended on Tuesday evening as a
precaution. The last storm of comparable strength struck on 9 March 2022 and closed the
airport for about 36 hours.

ADVICE
Stay indoors where possible and keep windows closed. People with asthma or heart disease
should keep medicines at hand. Drivers should use dipped headlights and avoid the Route 40
desert highway.

Emergency line: 998. Health advice line: 800 4412.
Next advisory: 1800 local time.""",
        (
            expect("2025-05-19", "system", "form"),
            expect("2025-05-22", "dust", "reach", planned=True),
            expect("../2025-05-24", "wind", "ease", planned=True),
            expect("2025-05-23", "advisory", "expire", planned=True),
            expect("2025-05-22", "school", planned=True),
            expect("2025-05-20", "flight", "suspend"),
            expect("2022-03-09", "storm"),
        ),
    ),
    Text(
        "mordell-channel-swim",
        "marathon swim report",
        date(2024, 9, 17),
        """MORDELL CHANNEL SWIMMING ASSOCIATION
Observer's report - Swim No. 2024-031
Report filed: 17 September 2024

Swimmer: Ines Valcourt (Belgium)
Route: Harsey Point to Cap Ormel, solo, standard rules
Pilot boat: Sea Wren (pilot: Gus Tremayne)
Observer: Rhona Gilchrist

Ines Valcourt started from the beach at Harsey Point at 02:14 on Sunday 8 September 2024
and landed on the rocks below Cap Ormel at 17:52 the same day, a time of 15 hours 38
minutes. Water temperature ranged from 16.1 to 17.4 C. She fed every 30 minutes from the
boat, on warm carbohydrate drink and peaches.

Conditions were good for the first nine hours; after that a south-westerly wind of force 4
pushed her east, adding about 3 km to the course. The swimmer had qualified for the crossing
with a six-hour swim in Lake Orrin on or about 14 June.

The ratification committee will meet on 3 October to confirm the time. If ratified, it
will be the fastest crossing by a woman since 1994. Valcourt plans a two-way attempt in
2026.

Valcourt's first attempt on the channel, on 23 August 2022, was abandoned after about nine
hours because of jellyfish stings. Sea Wren has escorted crossings since 2011 and has
supported more than 140 successful swims.

Observer's signature: R. Gilchrist""",
        (
            expect("2024-09-08", "start"),
            expect("2024-09-08", "land"),
            expect("2024-06-14~", "qualif"),
            expect("2024-10-03", "ratifi", planned=True),
            expect("2026", "two-way", planned=True),
            expect("2022-08-23", "attempt"),
            expect("2011/..", "sea wren"),
        ),
    ),
    Text(
        "brook-fen-solar",
        "solar farm connection release",
        date(2025, 8, 11),
        """NEWS RELEASE
11 August 2025

Brook Fen Solar Farm connected to the grid

Fenland Renewables today confirmed that its 48 MW Brook Fen solar farm near Hollesby was
connected to the national grid on Friday, after energisation tests that ran from 28 July to
1 August.

Full commercial operation is expected by the end of September, once the final inverter
stations have been commissioned. A 20 MW battery storage system will be added in 2027.

The 96-hectare site has some 88,000 panels and will produce enough electricity for about
14,000 homes a year. Planning consent was granted by Hollesby District Council in 2022, and
construction began in October 2024.

The land was used as a wartime airfield from 1942 to 1946, and the old perimeter track now
serves as the site's access road. Sheep will graze between the rows of panels, and
hedgerows around the site have been replanted with 2,000 native shrubs.

"Brook Fen shows how solar can sit alongside farming," said Dana Whitlock, Fenland
Renewables' chief executive. A community benefit fund will pay GBP 1,000 per MW each year to
parishes around the site.

Connection was made to the 132 kV network at the Hollesby substation.

Media enquiries: media@fenlandrenewables.example | 01632 960 771""",
        (
            expect("2025-08-08", "connect"),
            expect("2025-07-28/2025-08-01", "test"),
            expect("../2025-09", "operation", planned=True),
            expect("2027", "battery", planned=True),
            expect("2022", "consent"),
            expect("2024-10", "construction"),
            expect("1942/1946", "airfield"),
        ),
    ),
    Text(
        "ashby-lock-log-1926",
        "lock keeper's log of the 1920s",
        None,
        """ASHBY LOCK, RIVER WENSUM NAVIGATION
Keeper's Journal - 1926
Keeper: W. Hollis

Date     | Weather       | Remarks
---------+---------------+------------------------------------------------------
Mar 3    | Hard frost    | Ice on upper gates broken 7 a.m. Passed 4 barges.
Mar 9    | Wet           | No. 2 sluice paddle jammed. Reported to Engineer.
Mar 10   | Wet           | Engineer's men came, paddle freed by noon.
Mar 22   | Fair          | Passed 6 barges, 1850 tons coal. Lock full all day.
May 4    | Fair          | Strike at the wharves. No craft passed.
Jun 24   | Fair          | Entered late: river came over the towpath about the 20th.

Memoranda
Engineer says new lower gates to be fitted by 30 Sept. Timber ordered from Lynn.
Lock built 1794 per the stone over the cottage door.
Lock house rebuilt in 1842, I think, but old Jenkins at the mill says later.
Father kept this lock 1889 to 1911.

Tolls taken this quarter: 41 pounds 7 shillings. Paid in to Company office every Saturday.""",
        (
            expect("1926-03-03", "ice"),
            expect("1926-03-09", "paddle", "jam"),
            expect("1926-03-10", "paddle", "free"),
            expect("1926-03-22", "barges"),
            expect("1926-05-04", "strike"),
            expect("1926-06-20~", "towpath"),
            expect("../1926-09-30", "gates", planned=True),
            expect("1794", "built"),
            expect("1842?", "lock house"),
            expect("1889/1911", "father"),
        ),
    ),
    Text(
        "wendle-otter-survey",
        "otter spraint survey report",
        date(2024, 6, 30),
        """UPPER WENDLE CATCHMENT PARTNERSHIP
Otter spraint survey 2024: summary report
Report date: 30 June 2024
Author: Dr Maeve Kinsella, Wendle Rivers Trust

1. Methods
Volunteers searched 52 standard sites (bridges, confluences and weirs) for spraint, tracks
and holts. The surveys were carried out between 6 and 19 May 2024, in low to normal flows.

2. Results
Otters were recorded on every main tributary except the Shaw Brook. A dead otter, a young
male, was found on the A641 at Calver Bridge on 2 March; a post-mortem showed it had been
hit by a vehicle. Fresh spraint was found at 31 of the 52 sites, compared with 22 sites in
2019.

3. Discussion
Otters were first recorded back on the Wendle in about 1996, after an absence of some thirty
years. The spread upstream has been helped by the fish pass at Holme weir, installed in
2021, and by better water quality. Mink control has operated on the lower river since 2016,
and no mink signs were found this year.

4. Next steps
Volunteers will receive refresher training on Saturday 14 September at the Trust's office.
The next full survey is scheduled for May 2027. We recommend an underpass at Calver Bridge.

Site grid references are listed in Appendix A (Table A1, sites 1-52).""",
        (
            expect("2024-05-06/2024-05-19", "survey"),
            expect("2024-03-02", "dead", "otter"),
            expect("1996~", "otter", "record"),
            expect("2021", "fish pass"),
            expect("2016/..", "mink"),
            expect("2024-09-14", "training", planned=True),
            expect("2027-05", "survey", planned=True),
        ),
    ),
    Text(
        "saltness-pier-history",
        "pier's history",
        None,
        """Saltness Pier: a short history

Saltness Pier was designed by the engineer Robert Fennimore for the Saltness Pier Company,
formed by local hoteliers who wanted a promenade to rival those of the larger resorts.
Construction began in 1869, and the pier opened on 14 July 1871 with a procession of bands
from the railway station to the pier gates.

The pier was 1,240 feet long. A storm in January 1881 destroyed the pier head and its
landing stage, and steamers could not call again until a new head was finished. A pavilion
was added in 1903 and an electric tramway the following year, carrying passengers to the
steamers at the far end.

In 1940 the pier was sectioned as a defence measure, a gap being cut in the deck to stop it
being used as a landing stage by an invader. It reopened after the war, but the tramway
never recovered its traffic and closed around 1950.

On the night of 2 August 1976 fire destroyed the pavilion, and the pier stood half empty for
many years. It has been listed at Grade II since 1985.

The Saltness Pier Trust, which bought the pier for one pound, is raising funds for a full
restoration. The work, costing about 9 million pounds, is due to be completed in 2027.

Opening hours: daily from 10 am. Admission free. Fishing permits from the kiosk.""",
        (
            expect("1869", "construction"),
            expect("1871-07-14", "open"),
            expect("1881-01", "storm"),
            expect("1903", "pavilion"),
            expect("1904", "tramway"),
            expect("1940", "section"),
            expect("1950~", "tramway", "close"),
            expect("1976-08-02", "fire"),
            expect("1985/..", "listed"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "exam-timetable-2024",
        "education ministry exam timetable statement",
        date(2023, 11, 8),
        """MINISTRY OF EDUCATION AND SKILLS
Statement on the Upper Secondary Certificate timetable
Circular 14/2023

The Minister has approved the timetable for next year's Upper Secondary Certificate, agreed
with the National Examinations Board on 30 October. Schools should register their candidates
online. Registration opens on Monday and closes on 1 December; late entries will incur a fee
of 40 euro per subject.

Since 2019, candidates have been permitted to sit the Applied Mathematics paper on screen,
and that option remains available. Candidates who need extra time must apply through their
school principal.

Practical and oral assessments in languages, music and the sciences must be completed by 17
May 2024. Marks are to be entered on the Board's portal within five working days of each
assessment.

The written examinations will run from 3 to 21 June 2024. The two mathematics papers will be
sat on Tuesday 4 June, with a break of one hour between them. The full timetable, subject by
subject, is attached to this circular.

Results will be published on 12 August, and candidates will be able to view their scripts
from the following week.

Queries: examinations@education.example | Helpline 0800 640 2024 (Monday to Friday, 9.00 to
17.00)""",
        (
            expect("2023-10-30", "timetable"),
            expect("2023-11-13", "registration", "open", planned=True),
            expect("2023-12-01", "registration", "close", planned=True),
            expect("2019/..", "screen"),
            expect("../2024-05-17", "assessment", planned=True),
            expect("2024-06-03/2024-06-21", "written", planned=True),
            expect("2024-06-04", "mathematics", planned=True),
            expect("2024-08-12", "results", planned=True),
        ),
    ),
    Text(
        "kelling-garden-events",
        "botanical garden HTML events page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What's on | Kelling Botanic Garden</title>
</head>
<body>
<header><a href="/">Kelling Botanic Garden</a> <a href="/visit">Visit</a>
<a href="/events">What's on</a></header>
<main>
<h1>What's on this spring</h1>
<p class="updated">Page updated Wednesday 2 April 2025</p>
<div class="notice"><p>The garden closed on Monday 31 March after storm damage to the
glasshouses and reopened on Tuesday. The Alpine House remains shut.</p></div>
<section class="event">
<h2>Orchid Festival</h2>
<p><strong>12&ndash;27 April</strong>, Victorian Palm House. More than 400 orchids in bloom.
</p>
</section>
<section class="event">
<h2>Guided walk: spring bulbs</h2>
<p><strong>Saturday 19 April</strong>, 11:00, meet at the Main Gate. Free with admission.</p>
</section>
<section class="event">
<h2>Spring plant sale</h2>
<p><strong>Sunday 4 May</strong>, 10:00&ndash;15:00, Nursery Yard. Card payments only.</p>
</section>
<section class="event">
<h2>Titan arum watch</h2>
<p>Our titan arum last flowered in June 2022. Staff expect a new flower in late May; follow
our live camera.</p>
</section>
<h2>About the garden</h2>
<p>The Victorian Palm House was built in 1858 and restored in 2019. Members' evenings are
held on the first Friday of every month.</p>
</main>
<footer>Kelling Botanic Garden, Registered Charity No. 1098231 | Open daily 10:00&ndash;17:00
</footer>
</body>
</html>""",
        (
            expect("2025-03-31", "closed"),
            expect("2025-04-01", "reopen"),
            expect("2025-04-12/2025-04-27", "orchid", planned=True),
            expect("2025-04-19", "walk", planned=True),
            expect("2025-05-04", "plant sale", planned=True),
            expect("2022-06", "arum"),
            expect("1858", "palm house", "built"),
            expect("2019", "restor"),
        ),
    ),
    Text(
        "northbay-ombudsman-decision",
        "financial ombudsman decision",
        None,
        """FINANCIAL OMBUDSMAN SERVICE

Final decision
Complaint reference: DRN-4471920
The complaint: Mr K v Northbay Building Society

What happened

Mr K took out a five-year fixed-rate mortgage with Northbay in or around May 2018. The fixed
rate ended on 31 May 2023, after which his account would revert to the society's standard
variable rate.

Mr K contacted Northbay on 12 April 2023 to arrange a new fixed-rate product. He says he was
told the application would be processed within two weeks. Northbay did not process the
application until 9 June 2023, so Mr K paid the higher variable rate for June.

Mr K complained on 20 June 2023. Northbay issued its final response on 18 August 2023,
accepting there had been a delay but offering only 75 pounds for the trouble caused. Our
investigator issued her view on 5 February 2024. She thought Northbay should refund the
extra interest. Northbay disagreed, and the complaint came to me.

What I've decided - and why

Northbay's own service standard is ten working days. Had it met that standard, the new rate
would have begun on 1 June 2023. I uphold the complaint. Northbay should refund the extra
interest with 8% simple interest a year and pay Mr K 250 pounds.

Under the rules of the Financial Ombudsman Service, I'm required to ask Mr K to accept or
reject my decision before 22 March 2024.

Helen Achterberg
Ombudsman""",
        (
            expect("2018-05~", "mortgage"),
            expect("2023-05-31", "fixed rate", "end"),
            expect("2023-04-12", "contact"),
            expect("2023-06-09", "application"),
            expect("2023-06-20", "complain"),
            expect("2023-08-18", "final response"),
            expect("2024-02-05", "investigator"),
            expect("../2024-03-22", "accept", planned=True),
        ),
    ),
    Text(
        "harkness-ropeworks-history",
        "ropeworks' history",
        None,
        """Harkness Ropeworks, Port Alder - History

Rope was made at Port Alder long before the Harkness family arrived, but the works as we know
it was established about 1790 by Thomas Harkness, a sailmaker from Whitby. The great rope
walk, a covered shed 370 yards long, was built in 1811, and the works supplied cable and
rigging to the navy from 1812 to 1815.

Through the nineteenth century the Harkness sons kept the works up to date. New spinning
machines were installed in 1854, 1862 and 1879, each set driven by a larger steam engine than
the last. At its height the works employed 260 men, women and boys, and a single order could
run to 3,000 fathoms of hemp cable.

Demand fell with the end of sail and again with the coming of man-made fibres. The works
closed in 1970 and reopened as a museum in 1988, run by the Port Alder Ropeworks Trust. Since
1995 the museum has made rope again for tall ships and for the bell-ringers of the county,
using the original machines.

A restored tar house, where yarn was once dipped in hot Stockholm tar, is to open to
visitors in 2026.

Visit us: open Tuesday to Sunday, 10 am to 4 pm. Group tours by arrangement. Registered
charity 512884.""",
        (
            expect("1790~", "establish"),
            expect("1811", "rope walk"),
            expect("1812/1815", "navy"),
            expect("1854", "machines"),
            expect("1862", "machines"),
            expect("1879", "machines"),
            expect("1970", "closed"),
            expect("1988", "museum"),
            expect("1995/..", "rope"),
            expect("2026", "tar house", planned=True),
        ),
    ),
    Text(
        "brackley-heath-diary",
        "golf club's competition diary",
        date(2025, 8, 12),
        """BRACKLEY HEATH GOLF CLUB
Competition diary - August and September 2025
Posted by the Competitions Secretary, Tuesday 12 August 2025

Results
Captain's Day was played on Saturday 9 August in glorious sunshine, and the Captain's Prize
was won by Derek Lyle with 41 Stableford points. The 14th green reopened on Thursday after
returfing; thank you to the greenkeepers for their work.

Coming up
- Autumn Foursomes: entries close on Friday. Sheets are on the board in the locker room.
- Club Championship: 36 holes, from Saturday 23 to Sunday 24 August. Handicap limit 12.
- Ladies' Open: Wednesday 3 September. Visitors welcome, entry 30 pounds.
- Pellow Trophy (mixed pairs): Sunday 14 September.

Course notes
The course will be closed for hollow-tining from 15 to 19 September. Buggies are banned on
the 7th fairway until further notice.

Regular events
The Seniors' Stableford is played every Tuesday and the Midweek Medal every Wednesday.
Handicap cards must be returned within 30 minutes of finishing.

From the archive
The Pellow Trophy was first played for in 1926. It was presented by the club's founding
captain, Major A. Pellow.

Pro shop: 01632 960 352""",
        (
            expect("2025-08-09", "captain"),
            expect("2025-08-07", "green", "reopen"),
            expect("2025-08-15", "foursomes", planned=True),
            expect("2025-08-23/2025-08-24", "championship", planned=True),
            expect("2025-09-03", "ladies", planned=True),
            expect("2025-09-14", "pellow", planned=True),
            expect("2025-09-15/2025-09-19", "hollow-tining", planned=True),
            expect("1926", "pellow", "trophy"),
        ),
    ),
)
