"""The hundred-and-sixty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or the earlier batches, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a sea fog
advisory, a hockey cup final report, an airline route launch release, a country doctor's
casebook of the 1890s, an ancient woodland survey report, a market hall's history, an energy
ministry price cap statement, a farmers' market HTML dates page, an information tribunal
decision, a hat maker's history and a parish council's annual report. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "between the wars") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYFIRST_CORPUS",)


HUNDREDSIXTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "tunnel-reopens-after-rockfall",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRELL, March 12 (Northgate Wire) - Freight trains ran through the Kestrell tunnel
on Tuesday, six weeks after a rockfall closed it on January 28, the rail operator Varnmoor
Lines said.

Some 300 tonnes of sandstone fell onto the track at the tunnel's northern portal in the early
hours of that day. Nobody was hurt, but the line between Kestrell and Orrin Bay, the main
freight route to the coast, was cut.

Passenger services will resume on Monday, March 17, with a reduced timetable of 22 trains a
day, Varnmoor said in a statement. A full structural inspection of the bore is to be
completed by April 30.

The tunnel was opened in 1889 and enlarged for taller wagons in 1931. It carries about 40
trains on a normal weekday. A previous rockfall, on or about 3 February 1967, closed the line
for five weeks, according to the company's records.

Repairs cost about 14 million crowns, the highest bill for a single incident since 2008,
Varnmoor finance director Jens Albrecht said. Track inspectors walk the tunnel every Sunday
night, and the company said it would add a second weekly check.

"We know the region's businesses have been patient," chief executive Hella Ostrand told
reporters at the Kestrell depot. Freight customers moved about 1,700 wagonloads by road
during the closure.

(Reporting by Pia Lindqvist; Editing by Tom Marsh)""",
        (
            expect("2025-03-11", "trains"),
            expect("2025-01-28", "rockfall"),
            expect("2025-03-17", "passenger", planned=True),
            expect("../2025-04-30", "inspection", planned=True),
            expect("1889", "open"),
            expect("1931", "enlarge"),
            expect("1967-02-03~", "rockfall"),
        ),
    ),
    Text(
        "calibration-laboratory-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Brightfen Analytics opens calibration laboratory in Dunmore

DUNMORE, 4 June 2024 - Brightfen Analytics Ltd, the independent testing company, today
opened its new calibration laboratory at the Dunmore Science Park, doubling the capacity of
its pressure and temperature testing services.

The 2,400 square-metre laboratory was built from September 2022 to March 2024 at a cost of
£11.5 million and will employ 64 technicians when fully staffed. The first customer audits
of the new laboratory are scheduled for 15 July. It has been designed to meet ISO/IEC 17025
requirements and uses heat recovered from the park's data centre.

Brightfen was founded in 2003 by the metrologists Aoife Redmond and Kasim Oyelaran in a
rented unit in Carrowby, and has operated in Dunmore since 2011. It now serves about 900
customers in the energy, food and pharmaceutical sectors. A second regional site is
expected to open in 2026.

"This is the biggest single investment we have made since the company began," said chief
executive Aoife Redmond. "It means customers will no longer wait weeks for a certificate."

Brightfen calibrates more than 30,000 instruments each year.

ENDS

Notes to editors
Brightfen Analytics Ltd is registered in Scotland, company number SC248113.

Media contact: Fergus Lyle, +44 131 496 0712, press@brightfen.example""",
        (
            expect("2024-06-04", "laboratory", "open"),
            expect("2022-09/2024-03", "built"),
            expect("2024-07-15", "audit", planned=True),
            expect("2003", "found"),
            expect("2011/..", "dunmore"),
            expect("2026", "site", planned=True),
        ),
    ),
    Text(
        "meridian-flooring-v-holloway",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF ESSLAND (CIVIL DIVISION)
ON APPEAL FROM THE CARNFORD COUNTY COURT
Case No: CA-2023-000417

Between:
MERIDIAN FLOORING LIMITED - Appellant
and
HOLLOWAY ESTATES (NORTH) LLP - Respondent

JUDGMENT

Lady Justice Farrant:

1. This is an appeal from the order of HHJ Conway in the Carnford County Court, made on
17 May 2023, dismissing the appellant's claim for the return of a rent deposit of £48,000.

2. The appellant took a lease of a warehouse unit at 14 Quarry Road, Carnford, on 1 April
2016 for a term of ten years. The lease was excluded from the security of tenure provisions
of the Landlord and Tenant Act 1954. Clause 7.2 allowed either party to break the lease on
six months' notice.

3. On or about 12 March 2021 the respondent served a break notice. The appellant paid all
outstanding rent before 1 June 2021, and it vacated the premises on 30 June 2021. The
respondent nevertheless kept the deposit, saying that the cost of dilapidations exceeded it.

4. The appellant issued proceedings on 9 November 2021. After a three-day trial the judge
held that the break notice was valid and that dilapidations of £51,200 had been proved.

5. We heard the appeal on 6 February 2024. For the reasons that follow I would allow it:
the judge did not deduct the value of the works the respondent never carried out.

[...]

32. The deposit, with interest, is to be repaid, and the respondent is to pay the costs of
the appeal by 2 May 2024.

Lord Justice Amberley: I agree.

Lord Justice Okonjo: I also agree.""",
        (
            expect("2023-05-17", "claim"),
            expect("2016-04-01", "lease"),
            expect("2021-03-12~", "notice"),
            expect("../2021-06-01", "rent"),
            expect("2021-06-30", "vacat"),
            expect("2021-11-09", "proceedings"),
            expect("2024-02-06", "appeal"),
            expect("../2024-05-02", "costs", planned=True),
        ),
    ),
    Text(
        "velmont-history",
        "encyclopedia history",
        None,
        """Velmont

Velmont is a market town and civil parish in the county of Harrowshire, on the River Lune
Minor, 14 miles (23 km) north-west of Carnford. It lies on the B1247 road and has a
population of about 8,900.

History

A church was built at Velmont c. 1120, probably on the site of an earlier timber chapel, and
parts of its Norman tower survive in the present church of St Aldhelm. The town received a
market charter from King Henry III in 1247. Velmont may have been sacked by Welsh raiders in
1403, though the only source for the attack, a chronicle written a century later, is
unreliable.

From 1450 onwards the town prospered from the wool trade, and its cloth hall, fulling mills
and merchants' houses date from this period. A fire in 1688 destroyed much of the High
Street, and the town hall was rebuilt in brick the following year.

The Lune Valley Railway reached Velmont in 1862, bringing tanneries and a brewery. In 1911
the population reached 11,400, its highest recorded figure; it fell steadily after the
tanneries closed between the wars.

Velmont holds a market every Thursday and a horse fair each October.

See also
- List of market towns in Harrowshire

References
1. Dunstan, R. (1987). A History of Velmont. Carnford: Lune Press. p. 42.""",
        (
            expect("1120~", "church"),
            expect("1247", "charter"),
            expect("1403?", "sack"),
            expect("1450/..", "wool"),
            expect("1688", "fire"),
            expect("1689", "hall"),
            expect("1862", "railway"),
            expect("1911", "population"),
        ),
    ),
    Text(
        "vale-go-top",
        "sports report",
        date(2025, 4, 6),
        """Vale go top as Bamford double sinks Marston

By Kieran Doyle, Sports Reporter

Harlow Vale 3 Marston Athletic 1

HARLOW Vale went top of the Northern Premier table on Saturday with a deserved win over
Marston Athletic at Brook Lane.

Oni Bamford, signed from Eastwick Rovers on 31 January, scored twice in the first 25
minutes. His first was a low drive after Tariq Mensah's pass split the Marston defence; his
second, a header from a corner, came five minutes later.

Marston pulled one back through Dean Sollis before the break, but Vale captain Jordan Pike
restored the two-goal lead with a free kick on 68 minutes.

Vale travel to Kestonbury on Tuesday and meet Marston again in the county cup semi-final on
April 19.

Manager Ruth Calder, in charge since October 2022, said: "We have been building for this.
The lads know there is still a long way to go."

Vale, founded in 1897 by workers at the Harlow ironworks, have lost only twice at home this
season. The crowd of 14,212 was the biggest at Brook Lane since 1974.

Vale: Hurst; Adeyemi, Pike, Laine, Morrow; Mensah, Quill (Dunn 80), Ferris; Okoro, Bamford
(Lowe 86), Varga.
Marston: Price; Kell, Odum, Barrow, Stiles; Grant, Sollis, Vance (Hare 70); Mbeki, Tull,
Ross.
Referee: S. Halloran (Carnford).""",
        (
            expect("2025-04-05", "marston"),
            expect("2025-01-31", "bamford", "sign"),
            expect("2025-04-08", "kestonbury", planned=True),
            expect("2025-04-19", "semi", planned=True),
            expect("2022-10/..", "calder"),
            expect("1897", "found"),
        ),
    ),
    Text(
        "harrowgate-pumps-history",
        "company history",
        None,
        """Our history

Harrowgate Pumps Ltd

1921 - 1956
The company was founded in 1921 by the engineer Alma Roker in a rented shed behind the
Lowbridge gasworks, making hand pumps for farms. In 1934 the firm moved to a purpose-built
works on Canal Street, and in 1938 it began exporting to the Low Countries. From 1940 to 1945
the works built bilge and fire pumps for the navy, employing some 600 people at its wartime
peak.

1956 - 2009
Alma Roker's son Peter took over as managing director in about 1956 and steered the company
towards industrial and municipal pumps. New factories opened in 1968, 1974 and 1983, at
Lowbridge, Orrin Bay and Halse respectively. Its best-selling pump is still the R-1750, a
design that has changed little in sixty years.

2009 - today
Since 2009 Harrowgate has been owned by the Tessaly group, and it remains the largest
employer in Lowbridge, with 1,150 staff. A new test centre at Halse is due to open in 2026,
allowing pumps of up to 4 megawatts to be tested at full load.

Harrowgate Pumps Ltd. Registered in England No. 00174921.""",
        (
            expect("1921", "found"),
            expect("1934", "move"),
            expect("1938", "export"),
            expect("1940/1945", "navy"),
            expect("1956~", "peter"),
            expect("1968", "factor"),
            expect("1974", "factor"),
            expect("1983", "factor"),
            expect("2009/..", "tessaly"),
            expect("2026", "test", planned=True),
        ),
    ),
    Text(
        "tessera-lunar-orbiter",
        "mission summary",
        date(2025, 2, 3),
        """Tessera - Mission Summary

Mission type: Lunar orbiter
Operator: Essland Space Agency (ESSA)
COSPAR ID: 2021-087A
Launch mass: 1,140 kg

Overview
Tessera is ESSA's first lunar mission. It was launched on 14 September 2021 on a Kestrel-5
rocket from the Marrow Point range and entered lunar orbit on 2 October, after an 18-day
cruise. Two days after orbit insertion, the science team released the first image of the
south polar region.

Science
The orbiter carries a wide-angle mapping camera, a neutron spectrometer and a laser
altimeter. The mapping camera failed on or about 19 May 2022, most likely because of a
radiation-damaged power regulator; it had returned some 41,000 images. The spectrometer and
the altimeter continue to work normally.

Extensions
ESSA extended the mission twice, in 2023 and in 2024, to study seasonal changes in the
hydrogen signal near the poles.

Future
Science operations are planned to end by 31 December 2025. The spacecraft will then be
lowered into a controlled impact near the crater Harlan in March 2026.

Page last updated: 3 February 2025""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-04", "image"),
            expect("2022-05-19~", "camera"),
            expect("2023", "extend"),
            expect("2024", "extend"),
            expect("../2025-12-31", "operations", planned=True),
            expect("2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "rural-speed-limits",
        "government statement",
        date(2024, 10, 22),
        """MINISTRY OF TRANSPORT
Press Office
22 October 2024

Statement by the Minister for Roads, Helena Vasquez, on rural speed limits

The Minister for Roads today announced that the default speed limit on single-carriageway
rural roads will be cut from 60 mph to 50 mph. The new limits will take effect on 1 January
2025.

The decision follows a public consultation that ran from 3 to 28 June this year and received
about 4,100 responses, two thirds of them in favour of the change. Funding of £40 million
for new signs and enforcement cameras was first committed in March 2022.

Deaths on rural roads fell in 2023, to 612, the lowest figure since 1952, but rural roads
still account for more than half of all road deaths.

The Minister will meet the leaders of rural councils on Thursday to discuss the signage
programme. An independent review of the change will report no later than 30 September 2025.

"Slower roads are safer roads," the Minister said. "This is a change that villages have
asked us for, year after year."

Notes to editors
1. Speed limits are set under the Road Traffic Regulation Act 1984.
2. Enquiries: 020 7946 0321 (out of hours: 020 7946 0000).""",
        (
            expect("2024-10-22", "announc"),
            expect("2025-01-01", "limit", planned=True),
            expect("2024-06-03/2024-06-28", "consultation"),
            expect("2022-03", "funding"),
            expect("2023", "deaths"),
            expect("2024-10-24", "council", planned=True),
            expect("../2025-09-30", "review", planned=True),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2025, 5, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year refit | Marlow Evening Post</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Central Library reopens after two-year refit</h1>
<p class="byline">By Sunita Rao &middot; <time datetime="2025-05-20">Tuesday 20 May 2025</time>
</p>
<p>Marlow's Central Library on Quay Street reopened to the public yesterday after a
refurbishment that cost roughly &pound;6.2 million.</p>
<p>The Grade II listed building closed in May 2023 so that its leaking roof could be replaced
and a lift installed. It was built in 1904 with a gift from the shipowner Edmund Tarrant.</p>
<p>The library has held the borough's archive since 1952, and the archive reading room on the
top floor has been enlarged to seat 40 researchers.</p>
<p>A caf&eacute; run by the charity Open Kitchen will open on Saturday, and the council
expects the reading garden to be finished around 1 July.</p>
<p>"People have been asking for two years when they can come back," said the borough
librarian, Ola Brennan.</p>
<p>Story time for under-fives is held every Wednesday at 10.30am.</p>
</article>
<footer><p>&copy; 2025 Marlow Evening Post. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-19", "reopen"),
            expect("2023-05", "clos"),
            expect("1904", "built"),
            expect("1952/..", "archive"),
            expect("2025-05-24", "caf", planned=True),
            expect("2025-07-01~", "garden", planned=True),
        ),
    ),
    Text(
        "varne-bank-sea-fog",
        "sea fog advisory",
        date(2025, 4, 10),
        """ESSLAND MARITIME WEATHER SERVICE
SEA FOG ADVISORY No. 25/062
ISSUED 0520 UTC THURSDAY 10 APRIL 2025
SUPERSEDES ADVISORY 25/061

AREAS: FENWICK APPROACHES, VARNE BANK, TARRANT CHANNEL

SITUATION
A slow-moving area of high pressure lies over the sea areas. Warm moist air is drifting over
sea surface temperatures of 8 to 9 C, which have stayed below 9 C since 28 March, and is
producing widespread sea fog.

Dense fog formed over the Varne Bank late on Wednesday 9 April and has spread west.
Visibility at the Varne light vessel was 80 metres at 0400 UTC.

FORECAST
Visibility is forecast to fall below 200 metres across all areas during Thursday, locally
below 50 metres near the coast. Brief brightening is possible at times in the afternoon.
Fog is expected to clear from the west around Saturday 12 April as a cold front arrives.

IMPACTS
The Essland Coastguard closed the Tarrant Channel to craft under 12 metres on Wednesday
evening. Ferry sailings from Porthlew are suspended until further notice. A similar episode
on 2-4 April 2023 led to two groundings off Porthlew.

Mariners should proceed at safe speed, keep radar watch and sound fog signals.

NEXT ADVISORY: 1100 UTC THURSDAY 10 APRIL 2025""",
        (
            expect("2025-03-28/..", "temperature"),
            expect("2025-04-09", "fog", "form"),
            expect("2025-04-10", "visibility", planned=True),
            expect("2025-04-12~", "clear", planned=True),
            expect("2025-04-09", "channel"),
            expect("2023-04-02/2023-04-04", "grounding"),
        ),
    ),
    Text(
        "stags-win-coronation-cup",
        "hockey cup final report",
        date(2025, 4, 28),
        """Stags win Coronation Cup in overtime thriller

By Mhairi Dunlop
Monday 28 April 2025

Carnford Stags 4 Lowbridge Lynx 3 (OT)

THE Carnford Stags are Coronation Cup champions again after Ilya Voronin's wrist shot 6:41
into overtime beat the Lowbridge Lynx in front of a sold-out Harbour Arena on Sunday night.

The Stags booked their place in the final when they completed a 4-1 semi-final series win
over the Orrin Bay Sharks on April 19, and they looked the fresher side for most of the
first two periods.

The Stags, who lifted the trophy in 1988, 1994 and 2009, still trailed 3-1 going into the
third period before goals from Declan Wray and defenceman Tobias Frick forced the extra
session. At 66 minutes and 41 seconds of play, it was the longest final since 1971.

Voronin, who joined the club from a Latvian side in about 2016, said: "I have waited a long
time for this one. The boys never stopped skating."

Lynx goaltender Marek Hollis made 44 saves and was named the final's most valuable player.

A victory parade will leave the City Chambers at noon on Wednesday, and season tickets for
next winter go on sale on 1 June. The Stags play their home games at Harbour Arena every
Saturday from October.

Goals - Stags: Okafor, Wray, Frick, Voronin. Lynx: Dale 2, Petersen.""",
        (
            expect("2025-04-27", "cup"),
            expect("2025-04-19", "semi"),
            expect("1988", "trophy"),
            expect("1994", "trophy"),
            expect("2009", "trophy"),
            expect("2016~", "voronin"),
            expect("2025-04-30", "parade", planned=True),
            expect("2025-06-01", "tickets", planned=True),
        ),
    ),
    Text(
        "skerryway-valmora-route",
        "airline route launch release",
        date(2025, 2, 18),
        """NEWS RELEASE
Skerryway Air
18 February 2025

Skerryway Air to fly Aberlin to Valmora

Skerryway Air, the regional airline, will launch a new twice-weekly service between Aberlin
and the island of Valmora. Tickets went on sale today at skerryway.example, with
introductory one-way fares from 49 euros including taxes.

The inaugural flight, SK410, will depart Aberlin at 07:15 on Monday 2 June and arrive in
Valmora at 08:40. Frequency will rise to four flights a week by 1 July, and the route will
be flown with the airline's ATR 72-600 aircraft.

Norrow Air withdrew from the route in March 2019, leaving Valmora without a direct link to
the mainland capital.

"Islanders have told us again and again that they want this route back," said Skerryway's
commercial director, Ines Haldor. "We think it will be one of our busiest."

About Skerryway Air
Skerryway began flying in 1998 with a single turboprop between Aberlin and the Skerry Isles,
and opened its maintenance base at Aberlin in about 2012. It now operates 14 aircraft on 31
routes and carries more than half a million passengers a year.

Media enquiries: Katrin Vale, +44 1224 555 0199, media@skerryway.example""",
        (
            expect("2025-02-18", "tickets"),
            expect("2025-06-02", "flight", planned=True),
            expect("../2025-07-01", "four", planned=True),
            expect("2019-03", "norrow"),
            expect("1998", "flying"),
            expect("2012~", "base"),
        ),
    ),
    Text(
        "harle-casebook-1893",
        "country doctor's casebook of the 1890s",
        None,
        """CASEBOOK OF EDWIN HARLE, M.R.C.S., L.S.A.
Surgeon, Ashcombe, Harrowshire. Vol. IV.

14th Jan. 1893. - Called at 3 a.m. to Mrs. Pollard, Low Farm. Labour tedious; delivered of
a girl at half past six, both doing well. Mr. Pollard tells me the farm has been in his
family since 1781. Fee 10s. 6d.

17th Jan. - Rode out to Low Farm again. Mother and child thriving. Left an iron tonic for
the mother (Mist. Ferri, No. 37 in my book).

2nd Feb. - Thos. Merrick, carter, aged 41. Kicked by his horse on or about the 30th ult. and
did not send for me, the fool. Simple fracture of the left tibia, the limb much swollen. Set
the leg and applied splints. To rest a month at least.

3rd March. - Measles at the National School: eleven children down with it, among them the
Bateman twins. Advised the managers to close the school, which they did the same
afternoon. It is to reopen on the 20th if no fresh cases appear.

6th March. - Called to the younger Bateman twin, fever very high and the breathing quick.
Sat with the child till morning. Fear pneumonia.

(Attend the Union workhouse every Tuesday, as usual. Paid Dawes the blacksmith 4s. for
shoeing the cob.)""",
        (
            expect("1893-01-14", "girl"),
            expect("1781/..", "family"),
            expect("1893-01-17", "farm"),
            expect("1893-01-30~", "kick"),
            expect("1893-02-02", "leg"),
            expect("1893-03-03", "clos"),
            expect("1893-03-20", "reopen", planned=True),
            expect("1893-03-06", "bateman"),
        ),
    ),
    Text(
        "harrow-wood-survey",
        "ancient woodland survey report",
        date(2024, 7, 2),
        """HARROW WOOD, LITTLE HADDON
Ancient Woodland Survey - Report HW/2024/07
Prepared for the Lowfield Woodland Trust by Ashdown Ecology
Report date: 2 July 2024
Grid reference: SP 4318 9052 | Area: 23.6 ha

1. Summary
Harrow Wood is an ancient semi-natural woodland of oak, ash and hazel on heavy clay. It has
been managed by the Lowfield Woodland Trust since 1987.

2. History
The wood appears as 'Harewde' in a charter of c. 1150 granting pannage to the priory of St
Neot. It is shown, with much the same boundary as today, on estate maps of 1746 and 1812.
The hazel understorey was cut on a 12-year rotation until coppicing ceased around 1920; most
stools are now overgrown. A wartime felling of the north-east compartment is recorded in the
Trust's files but not dated.

3. Field survey
Field survey was carried out between 14 and 18 May 2024 by two surveyors. Seventeen ancient
woodland indicator species were recorded, including herb paris, wood anemone and toothwort.
The NVC community is predominantly W10 (Quercus robur - Pteridium aquilinum - Rubus
fruticosus woodland).

4. Recommendations
A bat roost survey is scheduled for August 2024. The Trust aims to restore coppice rotation
to at least four compartments by 2030. Deer browsing should be monitored annually.""",
        (
            expect("1987/..", "manag"),
            expect("1150~", "charter"),
            expect("1746", "map"),
            expect("1812", "map"),
            expect("1920~", "coppic"),
            expect("2024-05-14/2024-05-18", "field"),
            expect("2024-08", "bat", planned=True),
            expect("../2030", "restor", planned=True),
        ),
    ),
    Text(
        "butter-market-hall",
        "market hall's history",
        None,
        """The Butter Market Hall, Carnford

A short history, from the guidebook on sale at the hall (price £2)

Markets have been held on Carnford's Cornhill for more than seven centuries. The town's
market charter was granted in 1302, and a timber market house stood on the site by 1420.

The present hall was built in 1776-78 to designs by the county surveyor, Thomas Ingleby,
with an open arcade of Tuscan columns below and a corn loft above. Its clock was added in
1851, and gas lighting followed two years later. For a century the arcade housed the
Saturday butter and egg market, which gave the building its name.

Trading declined after the Second World War. The hall closed as a market in 1968 and for
twenty years was used as a furniture store. It reopened as a craft and food market in 1994
after a public appeal raised £420,000, and it has been run by the Carnford Market Trust since
1996.

The slate roof and the clock turret are to be restored in 2026-27, for which the Trust has
secured a grant from the Heritage Fund.

The hall is open Tuesday to Saturday, 9am to 4pm. Guided tours on the first Sunday of each
month; telephone 01632 960 115.""",
        (
            expect("1302", "charter"),
            expect("../1420", "timber"),
            expect("1776/1778", "built"),
            expect("1851", "clock"),
            expect("1853", "gas"),
            expect("1968", "clos"),
            expect("1994", "reopen"),
            expect("1996/..", "trust"),
            expect("2026/2027", "roof", planned=True),
        ),
    ),
    Text(
        "price-cap-statement",
        "energy ministry price cap statement",
        date(2025, 8, 27),
        """MINISTRY OF ENERGY
Statement on the default tariff price cap
Published 27 August 2025

The energy regulator, Enreg, today announced that the default tariff cap will fall by 3 per
cent on 1 October, taking the typical household's annual bill to about 1,690 crowns. Enreg
will publish the next cap level by 25 November.

The Minister for Energy, Dara Koval, welcomed the announcement. "Every fall in the cap is
welcome, but too many families are still struggling," she said. The Government will set out
further support for low-income households on Monday.

The current cap, in force since 1 July, is already the lowest since 2021. The cap was
introduced in January 2019 to protect customers on default tariffs, and it peaked in October
2022, when wholesale gas prices reached record levels.

Households on prepayment meters will see the same reduction. Bills usually rise each winter
as consumption grows, and the Ministry urges customers to check whether they are on the best
tariff for them.

Notes
The cap is set under the Domestic Gas and Electricity (Tariff Cap) Act 2018.
Press office: 020 7946 0880""",
        (
            expect("2025-08-27", "announc"),
            expect("2025-10-01", "fall", planned=True),
            expect("../2025-11-25", "publish", planned=True),
            expect("2025-09-01", "support", planned=True),
            expect("2025-07-01/..", "force"),
            expect("2019-01", "introduc"),
            expect("2022-10", "peak"),
        ),
    ),
    Text(
        "ashcombe-market-dates",
        "farmers' market HTML dates page",
        date(2025, 3, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Market dates | Ashcombe Farmers' Market</title>
</head>
<body>
<header><h1>Ashcombe Farmers' Market</h1>
<nav><a href="/">Home</a> <a href="/stallholders">Stallholders</a> <a href="/dates">Dates</a>
<a href="/contact">Contact</a></nav></header>
<main>
<h2>Market dates 2025</h2>
<p>We meet on the first Saturday of every month, 9am to 1pm, in the Corn Exchange car
park.</p>
<p>Our March market, on 1 March, drew about 40 stalls despite the rain. Thank you to everyone
who came!</p>
<h3>Coming up</h3>
<ul>
<li>Saturday 5 April</li>
<li>Saturday 3 May</li>
<li>Saturday 7 June (with the Ashcombe Cheese Awards)</li>
<li>Saturday 5 July</li>
</ul>
<p>The Christmas market will be held on Sunday 14 December, 10am to 3pm, inside the Corn
Exchange.</p>
<h3>About us</h3>
<p>The market began in 2008 with eleven stalls on the village green, and it has been held in
the Corn Exchange car park since 2019. Every stallholder grows, rears or makes what they
sell within 30 miles of Ashcombe.</p>
<p>Pitch fees: &pound;22 per stall, &pound;12 for charities. Call 01632 960 428 or email
stalls@ashcombemarket.example.</p>
</main>
<footer><p>Page updated 12 March 2025 &middot; Registered charity no. 1187204</p></footer>
</body>
</html>""",
        (
            expect("2025-03-01", "market"),
            expect("2025-04-05", "market", planned=True),
            expect("2025-05-03", "market", planned=True),
            expect("2025-06-07", "market", planned=True),
            expect("2025-07-05", "market", planned=True),
            expect("2025-12-14", "christmas", planned=True),
            expect("2008", "began"),
            expect("2019/..", "park"),
        ),
    ),
    Text(
        "priestley-v-information-commissioner",
        "information tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
GENERAL REGULATORY CHAMBER
(INFORMATION RIGHTS)

Appeal Reference: EA/2024/0183

Heard at: Carnford Civil Justice Centre

Before
TRIBUNAL JUDGE R. MBEKI
TRIBUNAL MEMBER D. HOLLIS
TRIBUNAL MEMBER S. QUARTEY

Between
ALAN PRIESTLEY (Appellant)
and
THE INFORMATION COMMISSIONER (First Respondent)
CARNFORD BOROUGH COUNCIL (Second Respondent)

DECISION
The appeal is allowed. The Council must disclose the withheld information to the Appellant
by 28 March 2025.

REASONS
Background
1. On 4 September 2023 the Appellant asked the Council for copies of the contract and the
performance reports for the management of its leisure centres, under the Freedom of
Information Act 2000 ("FOIA").

2. The Council refused the request on 2 October 2023, relying on section 43(2) FOIA
(commercial interests). An internal review upheld the refusal on or about 14 December 2023;
the Council's letter is undated, and the Appellant says he received it on 18 December.

3. The Appellant complained to the Commissioner, who issued decision notice IC-281734-K9P2
on 19 April 2024 upholding the Council's position. The Appellant lodged his appeal with the
Tribunal on 15 May 2024.

4. The Tribunal heard the appeal on 3 and 4 February 2025. The Council called its head of
leisure services; the Appellant represented himself.""",
        (
            expect("../2025-03-28", "disclos", planned=True),
            expect("2023-09-04", "ask"),
            expect("2023-10-02", "refus"),
            expect("2023-12-14~", "review"),
            expect("2023-12-18", "receiv"),
            expect("2024-04-19", "notice"),
            expect("2024-05-15", "lodg"),
            expect("2025-02-03", "hear"),
            expect("2025-02-04", "hear"),
        ),
    ),
    Text(
        "pellingham-hatters-history",
        "hat maker's history",
        None,
        """Pellingham & Daughters - Hatters, Carnford

Our history

Martha Pellingham, a widow of thirty-four, opened a millinery shop on Cheap Street in 1842,
trimming straw bonnets for the farmers' wives who came into Carnford on market day. Her
daughters Ada and Lucy took over the business around 1870 and added men's felt hats.

The firm bought a small felt works at Dunham in 1889, and in 1897 it was appointed hatter to
the Duchess of Harrowshire. The appointment lapsed in 1936 on the Duchess's death, but the
firm still keeps her order book in its window.

The Cheap Street shop was destroyed by incendiary bombs on the night of 14 November 1940. It
reopened two years later in borrowed premises on Sheep Street, with most of its blocks
saved from the fire by the foreman, Walter Ince.

Since 2011 the workshop has been in the old Corn Mill on Dunham Lane, where visitors can
watch hats being blocked and stitched by hand. Our best-selling trilby, the No. 1851, is
made there from rabbit felt. A small hat museum will open in the mill in spring 2026.

Every hat is still finished by hand, as it has been since Martha's day.

Pellingham & Daughters, 3 Cheap Street, Carnford. Telephone 01632 960 302.""",
        (
            expect("1842", "open"),
            expect("1870~", "daughters"),
            expect("1889", "felt"),
            expect("1897", "appoint"),
            expect("1936", "lapse"),
            expect("1940-11-14", "bomb"),
            expect("1942", "reopen"),
            expect("2011/..", "mill"),
        ),
    ),
    Text(
        "little-haddon-annual-report",
        "parish council's annual report",
        None,
        """LITTLE HADDON PARISH COUNCIL
Annual Report 2024-25

Chairman's introduction
It is my pleasure to present the Council's annual report for the year ending 31 March 2025.
This report will be presented to the Annual Parish Meeting in the village hall on Wednesday
21 May 2025 at 7.30pm, and all residents are welcome.

Play area
After three years of fundraising, the new play area on the recreation ground opened on
12 July 2024. It was paid for by the Haddon Wind Farm community fund and by 140 donations
from residents.

Councillors
Cllr Joan Abery resigned in September 2024 after eleven years on the Council, and Mr Ravi
Sandhu was co-opted on 7 November to fill the vacancy. The next ordinary elections will be
held in May 2027.

Finance
The Council set the precept for 2025/26 at £38,400 on 16 January 2025, an increase of 2.1 per
cent. The accounts for the year were signed off without qualification.

Highways and footpaths
The bus shelter on Church Lane, which has stood since 1936, was repainted by volunteers in the
spring. Work to resurface Footpath 14 between Mill Lane and the church is expected to be
completed by 30 June 2025.

The Council meets on the second Tuesday of each month at 7.30pm in the village hall.

Clerk: Mrs P. Dunmore, 01632 960 771, clerk@littlehaddon.example""",
        (
            expect("2025-05-21", "meeting", planned=True),
            expect("2024-07-12", "play"),
            expect("2024-09", "resign"),
            expect("2024-11-07", "sandhu"),
            expect("2027-05", "election", planned=True),
            expect("2025-01-16", "precept"),
            expect("1936/..", "shelter"),
            expect("../2025-06-30", "footpath", planned=True),
        ),
    ),
)
