"""The two-hundred-and-seventy-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a temporary traffic
order notice, an underwater hockey match report, a kelp processing plant release, a well
sinker's book of the 1860s, a damselfly survey, a spinning top maker's history, a fire services
minister's statement, a bouldering wall's HTML page, a busking licence decision, an origami
history and a mahjong league's fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYFOURTH_CORPUS",)


TWOHUNDREDSEVENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "brennvik-falla-landslide",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRENNVIK, March 12 (Coastline Press) - Freight trains were running again between the
port of Brennvik and the inland terminal at Osterhaug on Tuesday, eight days after a
landslide buried some 200 metres of track below the Falla tunnel, state rail operator
Nordbane said.

The slide came down shortly before 4 a.m. on March 3 after a week of heavy rain, cutting the
only rail link between the port and the timber districts inland. Nobody was hurt.

Passenger services on the line, which carries about 1.1 million travellers a year, are to
restart on Monday, the company said. Engineers have cleared roughly 30,000 cubic metres of
rock and mud and laid a temporary track bed, and a permanent retaining wall will be completed
by the end of June at the latest, at a cost of about 90 million crowns.

Regional governor Anja Velde will visit the site on Friday with the transport minister.

"Every day the line is shut, logs pile up on the quay," said Tor Ekeland, who heads the
Brennvik Timber Exporters' Association. Members had lost more business than in any
disruption since 2009, he said.

The Falla line opened in 1911. It was last closed by a slide in 2017, for three weeks.

A government review of slope safety along the coastal lines, ordered on Feb. 20 after two
smaller slides near Vessa, is due to report in September.

(Reporting by Jonas Brekke; Editing by Clare Whitlow)""",
        (
            expect("2025-03-11", "freight"),
            expect("2025-03-03", "slide"),
            expect("2025-03-17", "passenger", planned=True),
            expect("../2025-06", "wall", planned=True),
            expect("2025-03-14", "visit", planned=True),
            expect("1911", "line", "open"),
            expect("2017", "clos"),
            expect("2025-02-20", "review", "order"),
            expect("2025-09", "review", "report", planned=True),
        ),
    ),
    Text(
        "quellmoor-tervik-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quellmoor Biosystems completes acquisition of Tervik Enzymes

HALDEN, 4 June 2025 - Quellmoor Biosystems AG (Halden: QMB) today announced that it has
completed the acquisition of Tervik Enzymes A/S, a maker of industrial enzymes for the baking
and brewing industries, for EUR 148 million in cash.

The transaction, first announced on 18 February, received clearance from the national
competition authority on 27 May. Tervik's 310 employees and its plant at Sandvig join
Quellmoor's Industrial Biology division.

"Tervik brings us decades of know-how in enzymes that work at low temperatures, exactly where
our brewing customers want to go," said Dr. Lene Hartwig, Chief Executive Officer of
Quellmoor. "We welcome its people to the group."

Tervik has supplied enzymes to the bakery chain Brodhus since 1994. Quellmoor expects to
fully integrate Tervik's sales and distribution by the end of the year, and the first jointly
developed product, a low-temperature brewing enzyme, is scheduled for launch in March 2026.

Conference call
Quellmoor will hold a call for analysts and investors on 11 June 2025 at 14:00 CET. Dial-in
details are available at the investor relations page.

About Quellmoor Biosystems
Founded in 2003 in Halden, Quellmoor develops microbial and enzyme solutions for food, feed
and industrial processes. It employs 1,150 people in six countries.

Forward-looking statements
This release contains forward-looking statements that are subject to risks and
uncertainties. Actual results may differ materially from those expressed or implied.

Media contact: Sofie Brandal, +47 555 01 234, press@quellmoor.example

(c) 2025 Quellmoor Biosystems AG. All rights reserved.""",
        (
            expect("2025-06-04", "acquisition", "complet"),
            expect("2025-02-18", "announc"),
            expect("2025-05-27", "clearance"),
            expect("1994/..", "suppl"),
            expect("../2025", "integrat", planned=True),
            expect("2026-03", "launch", planned=True),
            expect("2025-06-11", "call", planned=True),
            expect("2003", "founded"),
        ),
    ),
    Text(
        "marrowgate-brandt-roof",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS FOR THE DISTRICT OF WESTMARCH

HELGA BRANDT, Appellant,
v.
MARROWGATE HOLDINGS LLC, Appellee.

No. 23-CA-0418
Appeal from the Circuit Court for Kelby County

OPINION

ORTEGA, J.

This appeal asks whether a commercial tenant may withhold rent when her landlord fails to
repair the roof. We hold that, under section 12 of the Commercial Tenancies Act, she may, and
we reverse.

I.

Brandt took a five-year lease of a ground-floor bakery unit at 14 Tanner Row from Marrowgate
on or about March 1, 2019. The lease obliged Marrowgate to keep the roof "in good and
substantial repair." Water began to come in over the ovens, and Brandt notified Marrowgate in
writing on August 2, 2021. Marrowgate did not answer.

Brandt stopped paying rent in November 2021. Marrowgate served a notice to quit on January
14, 2022, and filed this action for possession and arrears eleven days later. The roof appears
to have been repaired in April 2022, although the record on the point is thin. After a bench
trial, the circuit court entered judgment for Marrowgate on May 30, 2023, holding that the
lease gave no right to withhold rent. Brandt appealed, and we heard argument on September 9,
2024.

II.

Section 12 of the Act, as amended in 2016, provides that a tenant "may withhold rent, in
whole or in part, for any period during which the landlord is in material breach of a
repairing covenant." Marrowgate argues that the amendment reaches only leases made after it
took effect. Brandt's lease postdates the amendment, so the argument fails on its own terms.
Nor did Brandt waive the right by paying rent while the leak continued; the statute requires
no election, and the lease contains no waiver clause.

III.

The judgment is reversed, and the case is remanded for the circuit court to determine how
much rent was properly withheld. The parties shall file any motion for costs by December 13,
2024.

REVERSED and REMANDED.

MOLINA and FAIRFAX, JJ., concur.""",
        (
            expect("2019-03-01~", "lease"),
            expect("2021-08-02", "notif"),
            expect("2021-11", "stop", "rent"),
            expect("2022-01-14", "notice"),
            expect("2022-01-25", "action"),
            expect("2022-04?", "roof", "repair"),
            expect("2023-05-30", "judgment"),
            expect("2024-09-09", "argument"),
            expect("2016", "amend"),
            expect("../2024-12-13", "costs", planned=True),
        ),
    ),
    Text(
        "kellerby-canal-history",
        "encyclopedia history",
        None,
        """Kellerby Canal

The Kellerby Canal is a 23-kilometre canal in the county of Harrowdale, linking the market
town of Kellerby with the River Wend at Osley. It has 17 locks, eleven of them in the Osley
flight.

History

The canal was promoted by Kellerby mill owners led by the ironmaster Thomas Garside, who
wanted cheaper coal for their engines. It was built between 1792 and 1798 under the engineer
Robert Maudsley, and a short branch to the lime works at Cray was added c. 1820.

The arrival of the Harrowdale Railway at Kellerby in 1851 took most of the coal traffic, and
the canal company was bought by the railway the following year. Traffic then declined
steadily. The last commercial cargo, a load of roadstone for Osley, was probably carried in
1938, and the canal was formally closed to navigation in 1944.

Restoration

The Kellerby Canal Trust, formed by local volunteers, has leased the canal from the county
council since 1972. The Osley flight was reopened in stages in 1989, 1994 and 2001. The trust
aims to restore the full length by 2030, although a crossing of the main road at Fenby remains
unfunded. Every year in May it holds a boat rally in Kellerby basin, the largest surviving
canal basin in the county.

See also
Canals of Harrowdale
Wend Navigation""",
        (
            expect("1792/1798", "built"),
            expect("1820~", "branch"),
            expect("1851", "railway"),
            expect("1852", "bought"),
            expect("1938?", "cargo"),
            expect("1944", "closed"),
            expect("1972/..", "lease"),
            expect("1989", "reopen"),
            expect("1994", "reopen"),
            expect("2001", "reopen"),
            expect("../2030", "length", planned=True),
        ),
    ),
    Text(
        "halsted-rovers-carrow",
        "sports report",
        date(2025, 10, 5),
        """Lenz double sends Rovers top

By Gareth Pell

Carrow Athletic 1 Halsted Rovers 3

Tomas Lenz scored twice as Halsted Rovers went top of the Northern League with a 3-1 win at
Carrow Athletic on Saturday, their first league victory at Brookside since 1998.

Lenz, signed from Dunmere in August for an undisclosed fee, opened the scoring after 19
minutes with a low shot across Ben Tarrant. Carrow levelled through Danny Hale before the
break, but Rovers captain Kofi Mensah headed them back in front from a corner and Lenz ran
clear to add the third with ten minutes left.

Carrow captain Owen Pryce was sent off for a second booking midway through the second half
and will miss Wednesday's cup tie against Marsden Town.

"That was a proper away performance," said Rovers manager Ida Morgan, who was appointed on 2
June. "We defended the box and we were ruthless at the other end."

Carrow, relegated from the Premier Division in 2023, have now lost three in a row. The sides'
last meeting, on 22 February, finished goalless.

Rovers host Wexley United on 18 October. Work on the club's new West Stand, which it says will
be completed by March, has cut the home capacity to 3,200.

Carrow: Tarrant; Webb, Pryce, Olsen, Rudd; Hale, Moss, Kerr; Dyer, Byrne, Sowerby.
Rovers: Lindqvist; Park, Mensah, Doyle, Achebe; Fenn, Lowe, Ruiz; Lenz, Cole, Harte.
Referee: P. Whitcombe. Attendance: 2,814.""",
        (
            expect("2025-10-04", "rovers", "win"),
            expect("2025-08", "lenz", "sign"),
            expect("2025-10-08", "cup", planned=True),
            expect("2025-06-02", "morgan", "appoint"),
            expect("2023", "relegat"),
            expect("2025-02-22", "meeting"),
            expect("2025-10-18", "wexley", planned=True),
            expect("../2026-03", "stand", planned=True),
        ),
    ),
    Text(
        "ostler-pumps-history",
        "company history",
        None,
        """Our History

Ostler Pumps was founded in 1888 by Jakob Ostler, a blacksmith's son, in a rented smithy on
Mill Street, Wrenfield. His first products were cast-iron hand pumps for village wells.

The business moved to larger premises on Canal Street in 1897 and took on its first
apprentices the following year. Around 1910 it began making rotary pumps for farm irrigation,
which soon became its main line.

From 1915 to 1918 the works was given over to munitions, turning shell cases for the War
Office. After the war Jakob's son Walter brought the firm back to pumps, and it was
incorporated as Ostler Pumps Ltd on 3 April 1925. Ostler pumps won gold medals at the Imperial
Trade Fair in 1931 and 1937, and the firm's catalogues of the period were printed in four
languages.

Walter's son Erik joined the board after national service and guided the firm through the
move to electric drives. Since 2004 the company has been owned by its employees through the
Ostler Employee Trust, which holds all of its shares on their behalf.

Today Ostler makes pumps for irrigation, drainage and fire fighting, and sells them in more
than thirty countries. Every year our apprentices still build one hand pump entirely by hand,
as Jakob's first apprentices did. A new assembly plant at Wrenfield Gate is to open in 2026,
doubling our capacity for fire pumps.

Ostler Pumps Ltd - Canal Street, Wrenfield - Registered in England No. 0020871""",
        (
            expect("1888", "founded"),
            expect("1897", "moved"),
            expect("1898", "apprentice"),
            expect("1910~", "rotary"),
            expect("1915/1918", "munitions"),
            expect("1925-04-03", "incorporat"),
            expect("1931", "gold", "medal"),
            expect("1937", "gold", "medal"),
            expect("2004/..", "owned"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "wren-tessaly-mission",
        "mission summary",
        None,
        """TESSALY SAMPLE RETURN MISSION (TSR-1 "WREN") - MISSION SUMMARY

Agency: Northern Space Consortium (NSC)
Document: NSC-TSR-SUM-004, rev. C, updated 10 January 2025
Spacecraft mass at launch: 1,240 kg
Launch vehicle: Aurel-5

Overview
Wren is a sample return mission to the near-Earth asteroid 6718 Tessaly, a carbon-rich body
about 700 m across. The mission was selected for development in 2015.

Timeline
Wren was launched from the Sorvik range on 14 March 2021. After a cruise of two and a half
years it arrived at Tessaly on 19 September 2023 and released the small lander Pip nine days
later. Pip returned surface images for roughly a week; contact with it was lost on or about 4
October.

The first sampling attempt, on 11 January 2024, was aborted when a proximity sensor on the
arm tripped. A second attempt, on 26 January, collected an estimated 60 g of regolith. Wren
departed Tessaly on 30 May 2024 and is now on its return cruise.

Status and plans
The spacecraft is in good health. The sample capsule is scheduled to land at the Kessen test
range on 22 November 2026. Initial analysis of the sample will be completed by the end of
2027 at the curation facility in Aalvik. After releasing the capsule, the main spacecraft
will be placed in a heliocentric orbit for possible extended operations.

Key facts
Distance travelled to Tessaly: 1.9 billion km
Time at Tessaly: 254 days
Instruments: 5 (camera, lidar, spectrometer, thermal imager, sampling arm)""",
        (
            expect("2015", "selected"),
            expect("2021-03-14", "launch"),
            expect("2023-09-19", "arriv"),
            expect("2023-09-28", "pip", "releas"),
            expect("2023-10-04~", "contact", "lost"),
            expect("2024-01-11", "abort"),
            expect("2024-01-26", "collect"),
            expect("2024-05-30", "depart"),
            expect("2026-11-22", "capsule", planned=True),
            expect("../2027", "analysis", planned=True),
        ),
    ),
    Text(
        "lindmark-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER RESOURCES
Press statement
Issued: Thursday 17 July 2025
Ref: MWR/PS/2025/114

Statement by the Minister for Water Resources, Halvard Ness, on drought measures in the
Lindmark region

After the driest June in the Lindmark region since 1976, I declared a drought on Tuesday under
section 9 of the Water Act.

The reservoirs that supply Lindmark and Aldwick have been below 40 per cent of capacity since
3 July. Without significant rain they will fall below 30 per cent within a month.

I have therefore agreed the following measures with Lindmark Water and Aldwick Water:

- A temporary ban on the use of hosepipes and sprinklers by households will apply from Monday
  21 July.
- The Aldwick-Lindmark emergency pipeline, completed in 2019, will be brought into use by the
  end of this month.
- Farmers whose crops are affected may apply to the Drought Relief Scheme between 28 July and
  29 August.

The last drought order in the region was made in 2018 and lifted after eleven weeks. I do not
take these steps lightly, and I thank householders for the care they already take: the
average resident uses about 140 litres a day, well below the national figure.

I will review these measures with the water companies on 1 September, and sooner if the
weather changes.

Ends

Notes to editors
1. The Drought Relief Scheme is administered by the Rural Payments Office.
2. Reservoir levels are published every Monday on the ministry's website.""",
        (
            expect("2025-07-15", "drought", "declar"),
            expect("2025-07-03/..", "reservoir"),
            expect("2025-07-21", "hosepipe", planned=True),
            expect("2019", "pipeline", "complet"),
            expect("../2025-07", "pipeline", "use", planned=True),
            expect("2025-07-28/2025-08-29", "relief", planned=True),
            expect("2018", "drought", "order"),
            expect("2025-09-01", "review", planned=True),
        ),
    ),
    Text(
        "selvanne-maritime-museum",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Maritime museum reopens after three-year renovation | Selvanne Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/city">City</a> | <a href="/culture">Culture</a></nav>
</header>
<article>
<h1>Maritime museum reopens after three-year renovation</h1>
<p class="byline">By <span class="author">Rhea Castell</span> &middot;
<time datetime="2025-05-14">14 May 2025</time></p>
<p>The Selvanne Museum of Maritime History reopened to the public on Tuesday after a
&euro;38 million renovation that kept its doors shut for more than three years.</p>
<p>The museum closed in January 2022. The renovation contract was awarded to Darrow Bau on
8 March 2022, and work on the leaking roof began that summer.</p>
<p>The museum opened in 1934 in a former customs house built around 1860 on the north quay.</p>
<figure><img src="/img/museum-hall.jpg" alt="The restored main hall">
<figcaption>The restored main hall on Tuesday. Photo: Ilse Marr</figcaption></figure>
<p>A new gallery devoted to ships' figureheads will open on 1 June, and an exhibition on the
harbour fire of 1911, which destroyed forty warehouses on the quay, runs from 20 May to
30 September.</p>
<p>"We have given the city its harbour back," director Anouk Fell said at the reopening.</p>
<p>The city council has approved a second phase, including a boat hall on the old slipway,
which is expected to start in 2027.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/city/tram-works">Tram works move to Harbour Street</a>
</li></ul></aside>
<footer><p>Last updated: 15 May 2025, 09:12</p><p>&copy; 2025 Selvanne Courier</p></footer>
</body>
</html>""",
        (
            expect("2025-05-13", "reopen"),
            expect("2022-01", "closed"),
            expect("2022-03-08", "contract"),
            expect("1934", "museum", "open"),
            expect("1860~", "built"),
            expect("2025-06-01", "figurehead", planned=True),
            expect("1911", "fire"),
            expect("2025-05-20/2025-09-30", "exhibition", planned=True),
            expect("2027", "phase", planned=True),
        ),
    ),
    Text(
        "calderwick-mill-lane-order",
        "temporary traffic order notice",
        None,
        """CALDERWICK BOROUGH COUNCIL

ROAD TRAFFIC REGULATION ACT 1984 - SECTION 14(1)

THE CALDERWICK BOROUGH COUNCIL (MILL LANE AND STATION ROAD, HEPWORTH) (TEMPORARY PROHIBITION
OF THROUGH TRAFFIC) ORDER 2025

NOTICE IS HEREBY GIVEN that Calderwick Borough Council intends to make the above Order, its
intention having first been advertised in the Calderwick Gazette on 9 October 2025, to enable
carriageway resurfacing and drainage works to be carried out by Tarnfield Surfacing Ltd.

THE EFFECT OF THE ORDER will be temporarily to prohibit any vehicle from proceeding in:

(a) Mill Lane, Hepworth, between its junctions with Kiln Street and Bridge Road, from 3
November 2025 until 14 November 2025;

(b) Station Road, Hepworth, for its entire length, on 17 and 18 November 2025, between 09:30
and 15:30.

Temporary traffic signals will be in place on Wexcombe Road on or about 24 November 2025 while
the contractor removes its site compound.

ALTERNATIVE ROUTE: via Kiln Street, Church Hill and Bridge Road, and vice versa.

The prohibition will apply only when and where the appropriate traffic signs are displayed.
Access for emergency vehicles and pedestrians will be maintained at all times. The Order may
remain in force for up to 18 months, but the works are expected to be finished within the
dates given above.

An earlier Order for these works, made on 2 June 2025, was revoked on 30 June 2025 when the
works were postponed.

Any objection or representation about this proposal must be made in writing to the address
below no later than 30 October 2025, quoting reference TTRO/25/0412.

Dated this 16th day of October 2025

P. Ainsworth
Head of Highways and Transport
Town Hall, Calderwick CW1 4RT""",
        (
            expect("2025-10-09", "gazette"),
            expect("2025-11-03/2025-11-14", "mill", planned=True),
            expect("2025-11-17", "station", planned=True),
            expect("2025-11-18", "station", planned=True),
            expect("2025-11-24~", "signals", planned=True),
            expect("2025-06-02", "earlier", "order"),
            expect("2025-06-30", "revoked"),
            expect("../2025-10-30", "objection", planned=True),
        ),
    ),
    Text(
        "thornley-squids-octopush",
        "underwater hockey match report",
        date(2025, 4, 7),
        """UNDERWATER HOCKEY | Midlands Regional Championships

Squids hold their breath - and the title

Thornley Squids are Midlands champions again after beating Brackwell Barracudas 4-2 in
Saturday's final at the Thornley Leisure Pool.

Playing six-a-side on the bottom of a two-metre pool, with four rolling substitutes, the
Squids were 2-0 down inside five minutes before their captain, Ruth Okafor, flicked home from
close range. Okafor, who took up the sport at university around 2009, added a second before
half-time, and goals from Dev Malhotra and 16-year-old Jess Cairns sealed it.

"We were breathless, literally," said coach Pete Lindgren. "But we kept our shape on the
bottom and the puck did the work."

The Squids, formed in 1996, last won the title in 2017, and before that in 2014.

Sunday's plate competition for the group-stage losers was abandoned at lunchtime when the
pool's filtration plant failed, and it will be replayed at Brackwell on 26 April.

Both finalists qualify for the national championships in Sheffield on 17-18 May.

Off the bottom, treasurer Mick Doyle warned that the club's pool hire costs have gone up by
almost a third since 2022, and the committee will put a rise in subscriptions to members at
the AGM.

The junior section restarts on Thursday 24 April, and sessions will then run every Thursday
from 6pm. New players aged 11 to 17 are welcome; masks, fins and sticks are provided.

Final: Thornley Squids 4 (Okafor 2, Malhotra, Cairns) Brackwell Barracudas 2 (Reyes, Amis).""",
        (
            expect("2025-04-05", "squids", "final"),
            expect("2009~", "okafor"),
            expect("1996", "formed"),
            expect("2017", "won", "title"),
            expect("2014", "won", "title"),
            expect("2025-04-06", "plate", "abandon"),
            expect("2025-04-26", "replay", planned=True),
            expect("2025-05-17/2025-05-18", "national", planned=True),
            expect("2025-04-24", "junior", planned=True),
        ),
    ),
    Text(
        "skervay-kelp-plant",
        "kelp processing plant release",
        None,
        """NEWS RELEASE

Skervay Seaweed opens islands' first alginate plant

STORNHAVEN, 22 September 2025 - Skervay Seaweed Ltd today officially opened its 19 million
pound kelp processing plant at Ardnish Pier, the first facility in the islands to turn
wild-harvested kelp into alginate for the food and pharmaceutical industries.

Construction began in March 2024. The first trial batches were processed on 2 July, and
commercial production started on 1 September. The plant employs 46 people and will process
around 12,000 wet tonnes of kelp a year once a second drying line comes on stream next spring.
Skervay expects to reach full capacity by June 2026 at the latest.

Harvesting is carried out under licences granted by the Marine Directorate in 2023. Each bed
is cut only once every four years, so that the kelp forest can regrow between harvests.

"Kelp has washed up on these shores for ever. Now the value it creates stays here too," said
Mhairi Lennox, managing director of Skervay. "We are proud that most of our team grew up
within ten miles of the pier."

The plant will hold an open day for local residents on Saturday 4 October, with guided tours
every hour.

ENDS

Notes to editors
1. Skervay Seaweed Ltd was founded in 2017 by Mhairi Lennox and Calum Roy and has harvested
kelp in Hollan Sound since 2019.
2. Alginate is a natural thickener extracted from brown seaweeds and is used in foods,
wound dressings and dental moulds.
3. High-resolution images are available on request.

Press contact: Iona Macrae, press@skervay.example, 01632 960 771""",
        (
            expect("2025-09-22", "plant", "open"),
            expect("2024-03", "construction"),
            expect("2025-07-02", "trial"),
            expect("2025-09-01", "production"),
            expect("../2026-06", "capacity", planned=True),
            expect("2023", "licence"),
            expect("2025-10-04", "open", "day", planned=True),
            expect("2017", "founded"),
            expect("2019/..", "harvest"),
        ),
    ),
    Text(
        "hartwell-pell-daybook",
        "well sinker's book of the 1860s",
        None,
        """From the day-book of Josiah Pell, well sinker, of Hartwell (transcribed; spelling and
abbreviations as in the original)

1863.
March 4th. Began a well for Mr Abbot at Coldharbour Farm. Self, Wm. & the boy. Ground hard.
March 19th. Struck water at 62 ft. in the blue clay, very strong, had to bail all night.
April 2nd. Finished steining & put on the cover. Recd of Mr Abbot 14 pounds 3s. 6d., the
rest to follow.

1864.
Sept. 9th. The well at the Parsonage fell in at 40 ft. Tom Hale hurt in the leg, not bad,
the Dr. says a week.
Next day began to clear it out, & had the bricks up again by the 17th. Rector very civil,
sent out beer.

1866.
Feb. 12th to 17th. Deepened the Union well 9 ft., the water being very low after the frost.
Paid Wm. 2s. a day, the boy 9d.

Mem. The old well at the Bell Inn was dug, as my father told me, about 1790, by his father,
with a windlass & one horse. It is 96 ft. & never yet failed.

Mem. I went down my first well with my father at Upton in 1851, if I remember right. I was
then eleven years old & was let down in the bucket.

Mem. To sink a new well at Upton Mill in May next. Mr Crane to find the bricks & the
lime, I to find the men & the tackle. Price agreed at 4s. the foot.

Reckoned up the year. Wells sunk 7, deepened 3, cleaned 11. Never a man lost.""",
        (
            expect("1863-03-04", "well", "abbot"),
            expect("1863-03-19", "water"),
            expect("1863-04-02", "finished"),
            expect("1864-09-09", "parsonage"),
            expect("1864-09-10", "clear"),
            expect("../1864-09-17", "bricks"),
            expect("1866-02-12/1866-02-17", "deepen"),
            expect("1790~", "bell"),
            expect("1851?", "first"),
            expect("1866-05", "upton", "mill", planned=True),
        ),
    ),
    Text(
        "wendle-damselfly-survey",
        "damselfly survey",
        None,
        """WENDLE WILDLIFE TRUST

Lower Wendle Valley: Southern Damselfly (Coenagrion mercuriale) Survey 2024
Summary report

Report ref. WWT/ECO/24/07 - Version 1.2 - 12 November 2024
Surveyor: Dr F. Amadi

1. Background
Southern damselfly was first recorded in the Lower Wendle valley in 1998, on the spring-fed
runnels below Hatch Farm. The trust has managed the site under a grazing agreement since
2006. The runnels were re-profiled in the winter of 2021-22 to remove encroaching reed.

2. Methods
Transect counts of adults were made on 14, 21 and 28 June and on 3 July 2024, between 11:00
and 15:00 in suitable weather (above 17 C, wind below Beaufort 4). Each visit walked the same
1.2 km route along the runnels, recording adults, pairs in tandem and ovipositing females.

3. Results
Tenerals (freshly emerged adults) were first seen on or about 25 May during a casual visit.
The peak count, 214 adults, was made on 3 July, compared with 160 in 2023 and 171 in 2022.

Table 1. Transect counts, 2024
Date    | Adults | Pairs in tandem
14 Jun  |   88   |   6
21 Jun  |  152   |  11
28 Jun  |  197   |  19
3 Jul   |  214   |  23

4. Recommendations
Scrub along the eastern runnel should be cut back by 31 January 2025, outside the flight
season. The next full survey will be made in June 2025, on the same transect route. Counts at
the site are made every year in June and early July, and should continue to be.""",
        (
            expect("1998", "first", "recorded"),
            expect("2006/..", "managed"),
            expect("2024-06-14", "count"),
            expect("2024-06-21", "count"),
            expect("2024-06-28", "count"),
            expect("2024-07-03", "count"),
            expect("2024-05-25~", "teneral"),
            expect("../2025-01-31", "scrub", planned=True),
            expect("2025-06", "survey", planned=True),
        ),
    ),
    Text(
        "ashcombe-pettigrew-tops",
        "spinning top maker's history",
        None,
        """Pettigrew & Daughter, Top Makers: A Short History

Samuel Pettigrew, a wheelwright in the village of Ashcombe, turned his first wooden tops for
his own children in 1874. Orders from neighbours soon kept his lathe busy, and in 1881 he
opened a shop on Ashcombe's Market Row; two years later he added a workshop behind it for ten
turners.

The firm's best-known toy, the "Humming Ned" whip top with its brass whistle band, appeared
c. 1900 and is still made on the original pattern, from beech grown within a day's cart ride
of the workshop.

Samuel's daughter Edith ran the firm from 1919 to 1961 and gave it its present name. On the
night of 9 February 1923 the workshop was destroyed by fire; she rebuilt it in brick, with
a north light over every lathe.

Cheap imports closed the workshop in 1986. It was revived in 2003 by Edith's great-nephew,
the turner Daniel Pettigrew, and has occupied the old tannery on Brook Street since 2011.
Each December the workshop holds a spinning contest in the market hall, and the longest spin
on a Humming Ned, 11 minutes 40 seconds, still stands.

A new illustrated catalogue, with every top we make and the story of each, is due in 2026.

Pettigrew & Daughter - The Old Tannery, Brook Street, Ashcombe""",
        (
            expect("1874", "first", "tops"),
            expect("1881", "shop"),
            expect("1883", "workshop"),
            expect("1900~", "humming"),
            expect("1919/1961", "edith"),
            expect("1923-02-09", "fire"),
            expect("1986", "closed"),
            expect("2003", "revived"),
            expect("2011/..", "tannery"),
            expect("2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "redwick-harlow-court-statement",
        "fire services minister's statement",
        None,
        """Written Ministerial Statement
Department for Communities and Resilience
Fire and rescue: evacuation alert systems in high-rise residential buildings
Made on: Tuesday 11 March 2025
Statement reference: WMS-25-031
Minister of State for Fire and Resilience (Moira Castellan)

On 24 February a fire broke out on the ninth floor of Harlow Court, a 14-storey block of flats
in Redwick. Two residents died and 31 were taken to hospital. I know the whole House will
join me in sending our sympathy to their families, and in thanking the firefighters of the
Redwick and Calder Fire and Rescue Service. The inquest into the deaths was opened on Monday
and adjourned.

On 26 February I commissioned the Chief Fire and Rescue Inspector, Dr Samuel Ekwueme, to
report on the evacuation of the building. I received his interim report last Thursday. It
finds that the alert system sounded only on the floor of the fire, and that residents above
it were warned by neighbours and firefighters knocking on doors.

I will publish the interim report in full, with the Government's response, no later than 31
March.

Fire and rescue authorities have been under a statutory duty to inspect high-rise
residential buildings since April 2005, and that duty remains. But the interim report shows
that inspection alone is not enough. I can therefore confirm that a new national standard for
evacuation alert systems will come into force on 1 October 2026. A public consultation on
the draft standard will run from 2 June to 25 August 2025.

Deaths in fires in high-rise homes last year were the lowest since 2010. That is no comfort to
the families of Harlow Court, and we will not wait for another fire to act.""",
        (
            expect("2025-02-24", "fire"),
            expect("2025-03-10", "inquest"),
            expect("2025-02-26", "commission"),
            expect("2025-03-06", "interim", "receiv"),
            expect("../2025-03-31", "publish", planned=True),
            expect("2005-04/..", "duty"),
            expect("2026-10-01", "standard", planned=True),
            expect("2025-06-02/2025-08-25", "consultation", planned=True),
        ),
    ),
    Text(
        "cragloft-bouldering-news",
        "bouldering wall HTML page",
        date(2025, 9, 10),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News &amp; events | Cragloft Bouldering</title>
</head>
<body>
<header class="site-header"><a href="/" class="logo">Cragloft</a>
<nav><ul><li><a href="/prices">Prices</a></li><li><a href="/kids">Kids</a></li><li>
<a href="/news" aria-current="page">News</a></li></ul></nav>
</header>
<main>
<h1>What's on at the wall</h1>
<section id="reset">
<h2>Cave reset</h2>
<p>The cave will close on <strong>Monday</strong> for a full strip and reset. Our setters will
have new problems on every wall by the time it reopens on Thursday, and the slab gets a
refresh the week after.</p>
</section>
<section id="comp">
<h2>Autumn Send</h2>
<p>Our members' comp is back on <time datetime="2025-09-27">Saturday 27 September</time>:
40 problems, three categories, pizza. Sign up at reception.</p>
</section>
<section id="kids">
<h2>Kids' club</h2>
<p>A new Saturday morning kids' club starts on 4 October, for ages 7 to 12, every Saturday
from 9 to 10.30.</p>
</section>
<section id="news">
<h2>News</h2>
<p>Thanks to everyone who came to last Saturday's route-setting workshop; it sold out in two
days. The new 40&deg; training board arrived on 28 August and is now open to members.</p>
<p>We opened in March 2019, and our members' prices have stayed the same since January 2022.
That won't change this year.</p>
</section>
</main>
<footer>
<p>Opening hours: Mon&ndash;Fri 10:00&ndash;22:00, Sat&ndash;Sun 09:00&ndash;20:00</p>
<p>&copy; 2025 Cragloft Climbing Ltd &middot; Page updated 9 Sept</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-15", "cave", "clos", planned=True),
            expect("2025-09-18", "reopen", planned=True),
            expect("2025-09-27", "comp", planned=True),
            expect("2025-10-04", "kids", planned=True),
            expect("2025-09-06", "workshop"),
            expect("2025-08-28", "board"),
            expect("2019-03", "opened"),
            expect("2022-01/..", "prices"),
        ),
    ),
    Text(
        "kestleford-wilk-busking",
        "busking licence decision",
        None,
        """KESTLEFORD CITY COUNCIL
Licensing Sub-Committee

DECISION NOTICE

Application: Street Performance (Busking) Licence, Market Square pitch B
Applicant: Mr Teodor Wilk
Reference: LIC/BSK/2025/0093
Members: Cllr A. Dunmore (Chair), Cllr R. Pask, Cllr S. Ofori

1. The application was received on 2 May 2025 and was advertised for 21 days. Two
representations were received, both from traders on the east side of the square. The second
arrived on or about 23 May, and the Licensing Officer accepted it as made in time.

2. The Sub-Committee heard the application on 19 June 2025. Mr Wilk attended and was not
represented. One objector, Mrs P. Hollis, attended and spoke.

3. Mr Wilk told the Sub-Committee that he has played the accordion in the square since about
2016, and that his previous licence expired on 31 March 2025. The objectors complained of
amplified backing tracks; Mr Wilk confirmed that he does not use amplification and has no
wish to.

4. DECISION. The Sub-Committee resolved to grant the licence for the period 1 July 2025 to 30
June 2026, subject to the standard conditions and to the following:
(a) performances are limited to 10:00-13:00 and 15:00-18:00;
(b) no single performance may last more than 45 minutes;
(c) no amplification of any kind.

5. The Licensing Officer will review the allocation of pitches in the Market Square no later
than 31 January 2026, and the Sub-Committee asks that traders be consulted.

6. This decision was sent to the applicant and to both objectors on 24 June 2025. Any party
may appeal to the magistrates' court within 21 days of receiving it.

Signed: J. Okonedo, Licensing Officer, on behalf of the Sub-Committee""",
        (
            expect("2025-05-02", "application", "received"),
            expect("2025-05-23~", "second"),
            expect("2025-06-19", "heard"),
            expect("2016~/..", "accordion"),
            expect("2025-03-31", "expired"),
            expect("2025-07-01/2026-06-30", "licence", planned=True),
            expect("../2026-01-31", "review", planned=True),
            expect("2025-06-24", "sent"),
        ),
    ),
    Text(
        "marrelund-paper-folding",
        "origami history",
        None,
        """Paper folding in Marrelund

The folding of paper into figures has a long history in the port city of Marrelund, where
paper arrived by barge from the mills of the interior. The earliest surviving folded model in
the city archive, a small crane pressed between the pages of a merchant's ledger, is thought to
date from about 1740.

The first printed folding instructions in the local language appeared in 1797, in a
children's almanac published by the bookseller Hendrik Lous. Folding entered the schools
through the kindergarten teacher Agnes Brel, who introduced it at her school in Vossgade in
1854; by 1870 it was taught in every infant school in the province.

The Marrelund Paper-Folding Society was founded on 12 May 1931 by eleven teachers and an
engraver. Wet folding, in which thick paper is dampened so that it can be shaped into curves,
may have been used first by the Society's member Osk Varne as early as 1948, though no dated
model of his survives. The Society held its first convention in 1952 and its second two years
later, and it has published the quarterly journal Fold since 1966. Every year in November its
members fold a thousand cranes for the city's children's hospital.

The Society's collection of some 6,000 models is to be shown in a museum of paper folding,
planned to open in the old Lous bookshop in 2027.

See also: Paper crane; Kindergarten movement in Marrelund""",
        (
            expect("1740~", "crane"),
            expect("1797", "instructions"),
            expect("1854", "brel"),
            expect("../1870", "taught"),
            expect("1931-05-12", "society", "founded"),
            expect("1948?", "wet", "folding"),
            expect("1952", "first", "convention"),
            expect("1954", "second", "convention"),
            expect("1966/..", "journal"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "wendlebury-mahjong-fixtures",
        "mahjong league fixtures card",
        None,
        """WENDLEBURY & DISTRICT MAHJONG LEAGUE
Affiliated to the Northern Mahjong Association since 2011

SPRING SEASON 2026 - FIXTURES CARD

All league matches on Tuesdays, 7.30 pm prompt, at the home team's venue.
Four players a side, 16 hands, Association scoring.

Team entries and fees (12 pounds per team) to the Secretary by Friday 2 January, please.

Rd | Date       | Round      | Home          | Away
1  | Tue 13 Jan | East Wind  | Red Dragons   | Bamboo Circle
   |            |            | Jade Tiles    | Plum Blossom
2  | Tue 27 Jan | South Wind | Plum Blossom  | Red Dragons
   |            |            | Bamboo Circle | Jade Tiles
3  | Tue 10 Feb | West Wind  | Red Dragons   | Jade Tiles
   |            |            | Plum Blossom  | Bamboo Circle
4  | Tue 24 Feb | North Wind | Jade Tiles    | Red Dragons
   |            |            | Bamboo Circle | Plum Blossom

FINALS DAY - Sat 14 March, Wendlebury Community Hall, 10 am. The top two teams in the table
play the Championship Final; third and fourth play for the Plate.

Holders: Red Dragons, league champions in 2023 and 2025.

Notes
- Home teams provide tiles, racks and tea.
- Results to the Secretary by the Thursday after each match.
- A team unable to play must give 48 hours' notice.

Secretary: Joan Ashby, 14 Elm Close, Wendlebury - 01632 960 418
Card printed December 2025""",
        (
            expect("2011/..", "affiliat"),
            expect("../2026-01-02", "entries", planned=True),
            expect("2026-01-13", "east", planned=True),
            expect("2026-01-27", "south", planned=True),
            expect("2026-02-10", "west", planned=True),
            expect("2026-02-24", "north", planned=True),
            expect("2026-03-14", "finals", planned=True),
            expect("2023", "champion"),
            expect("2025", "champion"),
        ),
    ),
)
