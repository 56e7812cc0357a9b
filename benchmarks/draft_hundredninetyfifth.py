"""The hundred-and-ninety-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or its earlier corpora, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a sea ice bulletin, a motocross round report, a dairy cooperative merger release, an
estate steward's letter book of the 1760s, a bat roost emergence count, a lido's history, a
veterans minister's medal statement, a farmers' market HTML dates page, an information
tribunal decision, a slate quarry's history and a rambling club's walks list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, a decade, "next week", "recently") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYFIFTH_CORPUS",)


HUNDREDNINETYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "aldersund-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VELDMARK, March 12 (Northwire) - Engineers closed the Aldersund suspension bridge to
all traffic on Tuesday after inspectors found cracks in two of its main cable anchorages,
the regional roads authority said.

The bridge, opened in 1964 and widened in 1989, carries about 38,000 vehicles a day
between Veldmark and the island of Sorre. It is the longest closure of the crossing since
2003.

Inspectors first noticed rust staining on the north anchorage on February 20, the
authority said, and a full survey of both anchorages followed two days later. Inspections
of the 1,400-metre span are carried out every spring.

Transport minister Elke Brandvold will visit the site on Friday. A temporary ferry service
between Veldmark harbour and Sorre is to start on March 17, with crossings every 40
minutes.

"Repairs are expected to be completed by September 30 at the latest," chief engineer
Pavel Heskin told reporters. Islanders' groups said the closure would cost local firms
several million crowns a month.

(Reporting by Ida Lunström; Editing by Marcus Oyelaran)""",
        (
            expect("2025-03-11", "bridge", "clos"),
            expect("1964", "bridge", "open"),
            expect("1989", "widen"),
            expect("2025-02-20", "rust"),
            expect("2025-02-22", "survey"),
            expect("2025-03-14", "brandvold", "visit", planned=True),
            expect("2025-03-17", "ferry", planned=True),
            expect("../2025-09-30", "repairs", planned=True),
        ),
    ),
    Text(
        "halvergate-robotics-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halvergate Robotics Opens $84 Million Assembly Plant in Bristow

BRISTOW, Ohio, June 4, 2024 /WireNet/ -- Halvergate Robotics, a maker of collaborative
robot arms for food processing, today opened its new assembly plant on the Bristow
Commerce Park, the company's largest investment to date. Halvergate was founded in 2009
in a garage in Dublin, Ohio.

The 210,000-square-foot plant will begin series production on July 1, starting with the
HR-2000 palletizing arm. A second assembly line will be installed between September 9 and
October 4, doubling capacity. The company expects the site to employ 250 people by the end
of 2025.

"When I joined Halvergate in 2016 we were twelve engineers in a rented unit," said chief
executive Dana Okonkwo-Reyes. "In March 2023 we shipped our 10,000th arm, and this plant
is how we get to the next 10,000."

The plant is certified to ISO 9001:2015 and runs on power from a 4.2-megawatt solar array
on its roof.

About Halvergate Robotics
Halvergate Robotics designs and builds robot arms for food and beverage plants. It is
headquartered in Columbus, Ohio.

Media contact: Priya Lantz, (614) 555-0142, press@halvergate-robotics.example""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2009", "found"),
            expect("2024-07-01", "production", planned=True),
            expect("2024-09-09/2024-10-04", "line", planned=True),
            expect("../2025", "employ", planned=True),
            expect("2016", "okonkwo-reyes", "join"),
            expect("2023-03", "10,000th"),
        ),
    ),
    Text(
        "marrow-v-kessing",
        "court opinion",
        None,
        """IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS
PROPERTY, TRUSTS AND PROBATE LIST (ChD)

Neutral Citation Number: [2022] EWHC 811 (Ch)
Claim No. PT-2020-000417

Between: MARROW ESTATES LIMITED (Claimant) and KESSING HOLDINGS LIMITED (Defendant)

JUDGMENT

1. By a lease dated 14 March 2011 the Claimant let a warehouse at Unit 7, Fallow Lane,
to the Defendant for a term of fifteen years. The lease is one to which Part II of the
Landlord and Tenant Act 1954 applies.

2. The Defendant's arrears began to accrue in about January 2019. There is in the bundle a
handwritten note from the Defendant's director, Mr Ansel, which is undated; it was perhaps
written in 2017, but nothing turns on it.

3. The Claimant's notice under section 146 was served on or about 3 October 2019. The
Defendant says it never received it. I find that it did.

4. The claim form was issued on 12 February 2020. The trial was delayed by the pandemic
and was heard before me from 9 to 11 November 2021.

5. For the reasons given above the claim succeeds. The Defendant shall pay the arrears of
£187,440, with interest at 8 per cent, no later than 28 April 2022.

MR JUSTICE HOLLINGWORTH""",
        (
            expect("2011-03-14", "lease"),
            expect("2019-01~", "arrears"),
            expect("2017?", "note"),
            expect("2019-10-03~", "notice", "served"),
            expect("2020-02-12", "claim", "issued"),
            expect("2021-11-09/2021-11-11", "trial"),
            expect("../2022-04-28", "pay", planned=True),
        ),
    ),
    Text(
        "grevholm-history",
        "encyclopedia history",
        None,
        """Grevholm

Grevholm is a market town on the river Ulla, in the district of Norrvik, with about
14,300 inhabitants.

History

A settlement grew up around a ford and a chapel of St Olaf, founded c. 1180 by monks from
Sorby. The town received its charter probably in 1347; the original document is lost and
the date rests on a later copy. A fire in 1612 destroyed most of the wooden houses around
the square.

The railway from Norrvik reached Grevholm in 1868, and the station building, designed by
Axel Fredin, was opened the following year. Brick and tile works grew up along the line,
and the town's population doubled within a generation.

The Ulla flooded the lower town in 1921, 1938 and 1952; the embankment built after the
last of these floods still protects the quay. A summer fair is held on the square each
year in the third week of July.

Since 1974 Grevholm has been part of Norrvik municipality, which also takes in eleven
rural parishes. The population fell in the 1980s but has grown again, and the present
figure is the highest since 1960.

See also: List of towns in Norrvik district""",
        (
            expect("1180~", "chapel", "found"),
            expect("1347?", "charter"),
            expect("1612", "fire"),
            expect("1868", "railway"),
            expect("1869", "station"),
            expect("1921", "flood"),
            expect("1938", "flood"),
            expect("1952", "flood"),
            expect("1974/..", "municipality"),
        ),
    ),
    Text(
        "carrick-rovers-win",
        "sports report",
        date(2025, 4, 27),
        """Rovers keep title hopes alive with late Dunleary double

By Conor Mulvihill

Carrick Rovers 3 Bellhaven Athletic 1

Two goals in the last eight minutes from substitute Tadhg Dunleary gave Carrick Rovers a
3-1 win over Bellhaven Athletic at Marsh Park on Saturday, their first home win against
Bellhaven since 1998.

Rovers were without captain Reuben Ilesanmi, who has been out since March 8 with a
hamstring injury, and fell behind when Bellhaven's Ola Brennan headed in on 23 minutes.

Manager Siobhan Garrity, appointed in January after the club's worst start in a decade,
sent on Dunleary just after the hour. The 19-year-old, who signed from Ardmore United on
February 2, struck twice after Lewis Achterberg's equaliser.

"He trains like that every Tuesday," Garrity said. "Now he's doing it on a Saturday."

Rovers, founded in 1911, are two points behind leaders Kilbrack with three games left.
They face Corlan Town at home on Wednesday and, should they get past Drumlee in the
semi-final, will play in the cup final at the National Stadium on May 24.

Carrick Rovers: Healy; Okafor, Byrne, Lindqvist, Moran; Achterberg, Fahey (Dunleary 61);
Quigley, Walsh, Nnamdi; Costello.""",
        (
            expect("2025-04-26", "win"),
            expect("2025-03-08/..", "ilesanmi", "injury"),
            expect("2025-01", "garrity", "appointed"),
            expect("2025-02-02", "dunleary", "sign"),
            expect("1911", "found"),
            expect("2025-04-30", "corlan", planned=True),
            expect("2025-05-24", "final", planned=True),
        ),
    ),
    Text(
        "tollander-biscuits-history",
        "company history",
        None,
        """Our History | Tollander & Sons Biscuits

1887 - 1939
Tollander & Sons was founded in 1887 by the baker Josiah Tollander, who sold ginger nuts
from a shop on Mill Street. He opened the first factory, on the canal at Quarry Bank, in
1892. The business was incorporated as a limited company in 1903 and began exporting to
the Netherlands and Norway the following year.

1939 - 1999
From 1940 to 1945 the Quarry Bank factory was requisitioned by the Ministry of Supply and
turned over to making ration biscuits. Tollander merged with the Heywood Baking Company
in 1968, and the enlarged firm was listed on the stock exchange in around 1972.

2000 - today
Since 2001 Tollander has been owned by the Brannock family trust, which took it private.
Our Original Ginger Nut still follows Josiah's 1887 recipe, and last year was our best
year for sales since 1999.

A new bakery at Wexley Gate is to open in 2026, adding 140 jobs. We still bake every
batch of ginger nuts on a Thursday, as Josiah did.

Tollander & Sons Ltd, Quarry Bank, Registered in England No. 00072114""",
        (
            expect("1887", "found"),
            expect("1892", "factory"),
            expect("1903", "incorporat"),
            expect("1904", "export"),
            expect("1940/1945", "requisition"),
            expect("1968", "heywood", "merge"),
            expect("1972~", "list"),
            expect("2001/..", "brannock"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "tessaly-mission",
        "mission summary",
        None,
        """TESSALY ORBITER AND LANDER - MISSION SUMMARY

Agency: Meridian Space Agency (MSA)     Mission ID: MSA-2019-041A
Target: Mars                           Status: Orbiter operating; lander silent

Tessaly was launched on 22 July 2019 from the Kaleva launch site aboard an Orion-5
rocket. After a cruise of seven months it entered Mars orbit on March 3, 2020, and the
lander separated and touched down in Arcadia Planitia on March 19.

The primary mission lasted one Martian year. The agency then approved an extended mission
from 1 January 2022 to 30 September 2023, in which the orbiter's camera mapped the
northern ice cap. Contact with the lander was lost around 4 June 2022, probably because
dust covered its solar panels; the team sends a wake-up command every sol.

The orbiter completed its 10,000th orbit on or about 11 August 2024 and still relays data
for other landers. A controlled deorbit is scheduled for 14 February 2026, when the
remaining propellant will be used to lower the spacecraft into the atmosphere.

Mass at launch: 2,215 kg. Instruments: TCAM, MIRS, RADAR-T.""",
        (
            expect("2019-07-22", "launch"),
            expect("2020-03-03", "orbit"),
            expect("2020-03-19", "lander", "touch"),
            expect("2022-01-01/2023-09-30", "extended", "mission"),
            expect("2022-06-04~", "contact", "lost"),
            expect("2024-08-11~", "10,000th", "orbit"),
            expect("2026-02-14", "deorbit", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        date(2025, 7, 18),
        """Department for Agriculture and Rural Affairs

Statement by the Minister for Agriculture, Hon. Teresa Mbeki-Law, on drought measures

Published 18 July 2025

Farmers across the eastern counties are facing one of the driest summers on record.
Rainfall in June was the lowest since 1976, and reservoir levels in the Ember valley fell
to 41 per cent on 10 July.

On Monday I met representatives of the Farmers' Union, the Water Authority and the
rural councils to agree what we do next.

Emergency restrictions on spray irrigation will apply from 1 August, except for crops
under cover. Under the Drought Relief Scheme, first introduced in 2018, farmers may apply
for support for additional feed and water haulage. Applications must be submitted by 15
September.

I will visit farms in the Ember valley on Tuesday to hear directly from those affected.
My officials hold a call with the water companies every Wednesday and will keep the
measures under review.

Media enquiries: press@agriculture.example, 0300 555 0199""",
        (
            expect("2025-07-10", "reservoir"),
            expect("2025-07-14", "met"),
            expect("2025-08-01/..", "restrictions", planned=True),
            expect("2018", "scheme"),
            expect("../2025-09-15", "applications", planned=True),
            expect("2025-07-22", "visit", planned=True),
        ),
    ),
    Text(
        "harwick-museum-reopens",
        "HTML news page",
        date(2024, 11, 21),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Harwick Museum reopens after four-year refit | Harwick Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/culture">Culture</a></nav>
<article>
<h1>Harwick Museum reopens after four-year refit</h1>
<p class="byline">By Nell Ashdown &middot;
<time datetime="2024-11-21">21 November 2024</time></p>
<p>The Harwick Museum of Art reopened to the public on Wednesday after a &pound;12.6m
refurbishment that has restored its glass-roofed central hall.</p>
<p>The museum closed in January 2021. The building was designed in 1902 by the architect
Ernest Vayle and opened in 1905; its original roof was replaced in about 1967 with the
concrete panels that have now been removed.</p>
<p>Among the treasures back on show are Japanese woodblock prints given by the collector
Ilse Marwick in 1958 and 1961. An exhibition of her prints will run from 6 December to
2 March 2025.</p>
<p>Late openings will be held on the first Friday of every month.</p>
<figure><img src="/img/hall.jpg" alt=""><figcaption>The restored central hall.
Photo: Harwick Courier</figcaption></figure>
</article>
<footer>&copy; 2024 Harwick Courier. Contact: 01632 960 441</footer>
</body>
</html>""",
        (
            expect("2024-11-20", "museum", "reopen"),
            expect("2021-01", "museum", "clos"),
            expect("1902", "design"),
            expect("1905", "open"),
            expect("1967~", "roof"),
            expect("1958", "marwick", "prints"),
            expect("1961", "marwick", "prints"),
            expect("2024-12-06/2025-03-02", "exhibition", planned=True),
        ),
    ),
    Text(
        "vessa-ice-bulletin",
        "sea ice bulletin",
        date(2025, 2, 6),
        """NORDIC ICE SERVICE - ICE BULLETIN No. 14/2025
Issued: Thursday 6 February 2025, 12:00 UTC

GENERAL SITUATION
Total ice extent reached 118,000 km2 on 4 February, the largest extent since 2011. The
inner Gulf of Vessa froze over completely on 1 February.

ICEBREAKER ASSISTANCE
Icebreaker FROSTVIK began assisting traffic to the northern ports on Monday.
Icebreaker KARHU remains in reserve at Lumio.

TRAFFIC RESTRICTIONS
Port of Kalvo: restrictions in force since 29 January. Only vessels of ice class 1A and
1A Super, of at least 2,000 dwt, are assisted.
Port of Lumio: restrictions will be introduced on Saturday.

OUTLOOK
With continued cold and easterly winds, the maximum ice extent is expected around
20 February. Ice thickness in the inner gulf is 25-40 cm, locally 50 cm.

SEASON
Ice formation in the Gulf of Vessa began on or about 2 December 2024, some ten days later
than the 1991-2020 average.

Ice charts are issued every Monday and Thursday.
Duty ice officer: +358 29 555 0140""",
        (
            expect("2024-12-02~", "ice", "formation"),
            expect("2025-02-04", "ice", "extent"),
            expect("2025-02-01", "froze"),
            expect("2025-02-03", "frostvik"),
            expect("2025-01-29/..", "kalvo", "restrictions"),
            expect("2025-02-08", "lumio", "restrictions", planned=True),
            expect("2025-02-20~", "maximum", planned=True),
        ),
    ),
    Text(
        "dunholt-motocross-round4",
        "motocross round report",
        date(2025, 5, 12),
        """NATIONAL MX CHAMPIONSHIP - ROUND 4, DUNHOLT

MX1: Castellan doubles up at Dunholt

Kieran Castellan took both MX1 motos at Dunholt on Sunday to stretch his lead in the
national championship to 31 points. The Harlow Racing rider, who last won at the Suffolk
circuit in 2019, holeshot the first moto and came through from sixth in the second.

Castellan has led the championship since Round 2 at Brackley on 13 April. Team-mate Jonas
Verhoeven finished second overall, Harlow's first one-two since 2008.

Title rival Lewis Daintree was a non-starter after breaking his collarbone in free practice
on Saturday. The team said he would be out for "several weeks".

The Dunholt track, carved out of a former sand quarry in 1974, was re-profiled over the
winter with a new whoops section and a longer start straight.

Round 5 takes place at Dunmere on June 1. Dunholt will also host the British Grand Prix
on 16-17 August.

MX1 overall: 1 Castellan (Harlow Kawasaki) 50 pts; 2 Verhoeven (Harlow Kawasaki) 42;
3 Osei (Team Redline Honda) 40; 4 Marchetti (GPX Yamaha) 36.""",
        (
            expect("2025-05-11", "castellan", "motos"),
            expect("2019", "castellan", "won"),
            expect("2025-04-13/..", "castellan", "led"),
            expect("2025-05-10", "daintree", "collarbone"),
            expect("1974", "track"),
            expect("2025-06-01", "round 5", planned=True),
            expect("2025-08-16/2025-08-17", "grand prix", planned=True),
        ),
    ),
    Text(
        "vale-harrow-dairy-merger",
        "dairy cooperative merger release",
        None,
        """PRESS RELEASE

Vale Dairy and Harrow Milk members back merger to form Westmoor Dairy Co-operative

MOORFIELD, 23 September 2025 - Members of two of the region's oldest dairy
co-operatives have voted to merge, creating a farmer-owned business with about 1,150
member farms and 1.3 billion litres of milk a year.

Members of Vale Dairy, founded in 1921, approved the merger at a special general meeting
on 9 September, and Harrow Milk, formed in 1958, followed on 16 September, with 88 per
cent of votes in favour.

The merger will take effect on 1 January 2026, when the combined co-operative will trade
as Westmoor Dairy. Clearance from the Competition Authority is expected by 30 November.

"Our members get paid on the 20th of every month, and that will not change," said Gwen
Talfryn, who has chaired Vale Dairy since 2017 and will chair the new board. The
co-operatives' current milk price of 42.1p a litre is the highest since 2014.

Notes to editors: Vale Dairy Co-operative Ltd (Reg. No. IP04411); Harrow Milk Ltd (Reg.
No. IP07132). Contact: Owen Price, 01745 555 218""",
        (
            expect("1921", "vale", "found"),
            expect("2025-09-09", "vale", "merger"),
            expect("1958", "harrow", "formed"),
            expect("2025-09-16", "harrow"),
            expect("2026-01-01", "merger", planned=True),
            expect("../2025-11-30", "clearance", planned=True),
            expect("2017/..", "talfryn", "chair"),
        ),
    ),
    Text(
        "caversey-letter-book",
        "estate steward's letter book of the 1760s",
        None,
        """LETTER BOOK OF THOMAS WRENFIELD, STEWARD TO THE RT HON. THE EARL OF CAVERSEY
(County Record Office, MS. 412, ff. 31-36)

Caversey Hall, 14th April 1764.
My Lord,
The new Coach-house was roofed on the 9th of this month, the Slates from Penrhos being
better than I look'd for. Mr Haddon the Surveyor is to come on the 2nd of May to measure
the Lower Farm, which has 100 Acres or thereabouts. The Rents due at Michaelmas are
always the slowest got in, and I fear Widow Pask will be behind again.
I am, my Lord, your most obedient Servant, Thos. Wrenfield

Caversey Hall, 30th June 1764.
My Lord,
We begun the Hay harvest on the 18th, and the great Elm in the Avenue fell in the Storm
of the 27th, breaking the Park pales in two places. It was planted, as the old Men say,
about 1690.
Thos. Wrenfield

Caversey Hall, 2nd February 1765.
My Lord,
Your Lordship's order that the Fishponds be cleansed before Lady Day next, the 25th
March, shall be obey'd. I am sorry to acquaint your Lordship that old John Brisley died
on the 29th January; he was made Woodward in 1731 and knew every Tree in the Chase.
Thos. Wrenfield""",
        (
            expect("1764-04-09", "coach-house", "roofed"),
            expect("1764-05-02", "haddon", planned=True),
            expect("1764-06-18", "hay", "harvest"),
            expect("1764-06-27", "elm"),
            expect("1690~", "elm", "planted"),
            expect("1731", "brisley", "woodward"),
            expect("1765-01-29", "brisley", "died"),
            expect("../1765-03-25", "fishponds", planned=True),
        ),
    ),
    Text(
        "old-mill-barn-bat-count",
        "bat roost emergence count",
        None,
        """BAT EMERGENCE SURVEY - RESULTS SUMMARY
Site: Old Mill Barn, Ferny Lane, Ashbury    Grid ref: SU 412 873
Client: Ashbury Barn Developments Ltd      Ref: ECO/24/118

1. Background
A maternity roost of soprano pipistrelles in the west gable was first recorded in 1994 by
the Downs Bat Group. Volunteer counts in 2021, 2022 and 2023 found 212, 240 and 198 bats.

2. Survey results
Dusk emergence count, 3 June 2024: 264 soprano pipistrelles, 2 brown long-eared bats.
Sunset 21:04; first bat 21:22; last bat 22:09. Temp. 14C, dry, wind Beaufort 1.
Second dusk count, 19 June: 281 soprano pipistrelles. This is the highest count at the
site since 2017. Surveyors: R. Okoye, H. Lindgren (licence no. 2019-41822-CLS-CLS).

3. Further work
A third count (dawn re-entry) will be carried out by 15 July. Bats are counted each
year in June to follow the colony.

4. Licensing
A mitigation licence application is expected to be submitted around 20 August, and no
works to the west gable may begin without it.""",
        (
            expect("1994", "roost", "recorded"),
            expect("2021", "count"),
            expect("2022", "count"),
            expect("2023", "count"),
            expect("2024-06-03", "count"),
            expect("2024-06-19", "count"),
            expect("../2024-07-15", "third", "count", planned=True),
            expect("2024-08-20~", "licence", planned=True),
        ),
    ),
    Text(
        "marlow-fields-lido-history",
        "lido's history",
        None,
        """Marlow Fields Lido - Our History

The lido was opened by the Mayor of Eastbridge, Alderman George Pellow, on 2 August 1937,
with a 50-metre pool, a fountain and three diving boards. From 1940 to 1946 it was closed
and the pool used as an emergency water supply for the fire service.

The high diving boards were removed in about 1978 after an insurance review, and
attendance fell through the following years. The council closed the lido in 1991 to save
money; a campaign group, the Friends of Marlow Fields Lido, was formed the following year.

After a long fight and a lottery grant the pool reopened in May 2006. It has been run by
the Marlow Fields Community Trust since 2012, with a small staff and more than 200
volunteers. The hottest day since 1976 brought a record 3,100 swimmers.

Solar water heating is to be installed by March 2026, so that the pool can open earlier.
The lido is open every day from late April to the end of September.

Marlow Fields Lido, Park Road, Eastbridge | Registered charity no. 1148720""",
        (
            expect("1937-08-02", "lido", "open"),
            expect("1940/1946", "closed"),
            expect("1978~", "diving", "boards"),
            expect("1991", "council", "closed"),
            expect("1992", "friends", "formed"),
            expect("2006-05", "reopen"),
            expect("2012/..", "trust"),
            expect("../2026-03", "solar", planned=True),
        ),
    ),
    Text(
        "operation-tidewall-medal",
        "veterans minister's medal statement",
        date(2025, 11, 6),
        """Ministry for Veterans

Written ministerial statement: Medal for Operation TIDEWALL

Minister for Veterans (Alun Rees-Mabry):

Today I am announcing that veterans of Operation TIDEWALL will receive a campaign medal.
The operation, which ran from 1 March 2003 to 30 June 2009, saw more than 9,000 service
personnel protect shipping lanes in the Gulf of Saran.

The previous government rejected a medal for TIDEWALL in 2016. In January 2024 I
commissioned an independent review of that decision under Sir Malcolm Odhiambo, and the
review panel reported on 14 October 2025. I have accepted all of its recommendations.

Applications will open on Monday through the Veterans Medal Office. The first medals will
be presented in March 2026, and applications must be received no later than 31 December
2027. Next of kin of those who have died may apply on their behalf.

As every year, we will remember all who served at the Cenotaph on Remembrance Sunday.

Statement HCWS 1184. Contact: Medal Office, 0800 555 0377""",
        (
            expect("2003-03-01/2009-06-30", "operation"),
            expect("2016", "rejected"),
            expect("2024-01", "review", "commission"),
            expect("2025-10-14", "panel", "report"),
            expect("2025-11-10", "applications", "open", planned=True),
            expect("2026-03", "medals", "presented", planned=True),
            expect("../2027-12-31", "applications", planned=True),
        ),
    ),
    Text(
        "kelby-farmers-market-dates",
        "farmers' market HTML dates page",
        date(2025, 2, 10),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Market dates 2025 | Kelby Farmers' Market</title></head>
<body>
<header><h1>Kelby Farmers' Market</h1><p>Local food, from no further than 30 miles</p></header>
<main>
<h2>Market dates 2025</h2>
<p>The market is held on the first Saturday of every month, 9am to 1pm, in the Corn
Exchange. Next dates:</p>
<ul>
<li>Saturday 1 March</li>
<li>Saturday 5 April</li>
<li>Saturday 3 May</li>
</ul>
<p>Our Christmas market will take place on 13-14 December, with late opening to 6pm.</p>
<h2>Stallholders</h2>
<p>Stall applications for the 2025 season must reach us by 28 February. Pitches cost
&pound;25 (&pound;15 for under-25s).</p>
<h2>About us</h2>
<p>Kelby Farmers' Market was founded in 2008 by six growers in the Market Place and moved
indoors to the Corn Exchange in 2015.</p>
<h2>Getting here</h2>
<p>The Corn Exchange is on Bridge Street, two minutes from the bus station. Free parking
is available in the Cattle Market car park on market mornings. Dogs on leads are welcome,
and there is step-free access through the side door on Tanner's Row.</p>
<h2>Regular stalls</h2>
<p>Holme Farm lamb and mutton, Riverside Bakery sourdough, Bramble Hill honey, Kelby
Creamery cheeses, Moor End eggs and seasonal vegetables from the Greenway growers.</p>
</main>
<footer>Kelby Farmers' Market CIC, company no. 07450312 &middot; 01223 555 680</footer>
</body>
</html>""",
        (
            expect("2025-03-01", "market", planned=True),
            expect("2025-04-05", "market", planned=True),
            expect("2025-05-03", "market", planned=True),
            expect("2025-12-13/2025-12-14", "christmas", "market", planned=True),
            expect("../2025-02-28", "applications", planned=True),
            expect("2008", "found"),
            expect("2015", "corn exchange"),
        ),
    ),
    Text(
        "halden-council-tribunal",
        "information tribunal decision",
        None,
        """First-tier Tribunal
(General Regulatory Chamber)
Information Rights

Appeal Reference: EA/2023/0412

Between: SIMONE FARRADAY (Appellant) and THE INFORMATION COMMISSIONER (First Respondent)
and HALDEN DISTRICT COUNCIL (Second Respondent)

Decided on the papers and at a hearing on 7 November 2023.

DECISION
1. The appeal is allowed. The Council must disclose the withheld information by
5 January 2024.

REASONS
2. On 4 May 2022 the Appellant asked the Council for the pricing schedule of its waste
collection contract with Greenline Services, which was signed in or around 2016.

3. The Council refused the request on 1 June 2022, relying on section 43(2) of the
Freedom of Information Act 2000 (commercial interests). Its internal review, completed on
or about 19 August 2022, upheld that refusal.

4. The Appellant complained to the Commissioner on 2 September 2022. In a decision notice
issued on 15 March 2023 (ref. IC-184402-K7T9) the Commissioner found for the Council.

5. We disagree. The contract expires next year and the prices are now of little
commercial value.

Judge Harriet Okwuosa""",
        (
            expect("2023-11-07", "hearing"),
            expect("../2024-01-05", "disclose", planned=True),
            expect("2022-05-04", "request"),
            expect("2016~", "contract", "signed"),
            expect("2022-06-01", "refused"),
            expect("2022-08-19~", "review"),
            expect("2022-09-02", "complain"),
            expect("2023-03-15", "decision", "notice"),
        ),
    ),
    Text(
        "cwm-garnedd-quarry-history",
        "slate quarry's history",
        None,
        """Cwm Garnedd Slate Quarry

Slate was first worked at Cwm Garnedd c. 1790, when local farmers opened small pits on the
hillside above the lake. The Garnedd Slate Company, formed by Liverpool investors, built
the first incline to the valley floor in 1828, and the quarry was connected to the
narrow-gauge railway to Porth Ysgo in 1864.

Output peaked in 1898, when more than 1,100 men worked on twenty galleries. A long
dispute over pay and the
"bargain" system led to a strike that lasted from 1900 to 1903, and many quarrymen never
returned.

Work continued on a smaller scale until the quarry closed in 1969. The county council
bought the site in 1977 and opened it as a museum the following year, with the workshops,
the water wheel and the barracks restored.

Since 1995 the inclines and the barracks have been a scheduled monument. Visitors can
walk the galleries on guided tours, which start every hour in summer.

Grid reference SH 612 594. Admission charges apply; see opening times.""",
        (
            expect("1790~", "slate", "worked"),
            expect("1828", "incline"),
            expect("1864", "railway"),
            expect("1898", "output", "peak"),
            expect("1900/1903", "strike"),
            expect("1969", "quarry", "closed"),
            expect("1977", "council", "bought"),
            expect("1978", "museum"),
            expect("1995/..", "scheduled", "monument"),
        ),
    ),
    Text(
        "peak-ramblers-walks-list",
        "rambling club's walks list",
        date(2025, 8, 28),
        """DERWENT VALE RAMBLERS - WALKS PROGRAMME, SEPTEMBER-OCTOBER 2025

Founded 1946. Affiliated to the Ramblers' Association. Non-members welcome on up to three
walks.

Sun 7 Sept - Kelder Edge and Harrop Moor. 9 miles, moderate. Meet 9.30 at Hathersedge
station car park (GR SK 233 810). OS Explorer OL1. Leader: Maggie Thorne, 07700 900 214.

Wed 17 Sept - Riverside ramble to Calver Mill. 5 miles, easy. Meet 10.00 at Grindlow
village hall. Leader: Bob Okafor.

Sat 27 Sept - Wolfscote Dale circular. 11 miles, strenuous. Meet 9.00 at Hartington
bus stop. Bring lunch. Leader: Anil Desai, 07700 900 683.

NOTE: The path through Brindle Wood has been closed since 12 August because of tree
felling, so the Brindle walk in the last programme has been dropped.

The club's AGM will be held on Thursday 9 October at 7.30pm in Grindlow village hall.

Evening strolls continue every Tuesday until the clocks change. Please check the website
the night before in case of bad weather.""",
        (
            expect("1946", "found"),
            expect("2025-09-07", "kelder", planned=True),
            expect("2025-09-17", "calver", planned=True),
            expect("2025-09-27", "wolfscote", planned=True),
            expect("2025-08-12/..", "brindle", "closed"),
            expect("2025-10-09", "agm", planned=True),
        ),
    ),
)
