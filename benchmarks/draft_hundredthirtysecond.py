"""The hundred-and-thirty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or the earlier batches, in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
cyclone advisory, a tennis tournament report, a merger press release, a naturalist's field
diary, a satellite operations summary, a canal's history, an electoral commission statement, a
local history society's HTML page, a maritime accident investigation report, a printing works'
history and a festival's ticketing schedule. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, a decade, "two seasons later") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYSECOND_CORPUS",)

HUNDREDTHIRTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "colliery-rescue",
        "wire story with a dateline",
        date(2025, 3, 14),
        """GRENHOLM, March 14 (Meridian Wire) - Rescue teams on Friday brought the last two of 11
trapped miners to the surface at the flooded Kessing colliery in northern Valmark, ending an
operation that had drawn crews from three provinces.

Water from a disused working broke into the lower galleries on Sunday night, cutting off a
maintenance shift of 11 men some 400 metres below ground. The first four miners were brought
up on Tuesday, and five more two days later, after divers cleared a flooded crosscut.

All 11 were taken to hospital in Grenholm; doctors said none was in danger.

The colliery, opened in 1911, is one of the last deep mines still working in the region. A
fire in about 1987 killed four men there. Its owner, Dravec Mining, has held the lease since
2009 and employs about 640 people at the site, where shifts go down every morning at six.

Regional officials called the flooding the worst in the coalfield since 1962.

The national mines inspectorate will open an inquiry on Tuesday, a spokesman said. Dravec
said pumping out the lower galleries should be finished by March 28, and that production
would not restart before the inspectorate had reported.

(Reporting by Anneli Strand; Editing by Piet Mokoena; tel. +46 8 555 0142)""",
        (
            expect("2025-03-14", "last", "miners"),
            expect("2025-03-09", "water"),
            expect("2025-03-11", "first", "four"),
            expect("2025-03-13", "five"),
            expect("1911", "colliery"),
            expect("1987~", "fire"),
            expect("2009/..", "lease"),
            expect("2025-03-18", "inquiry", planned=True),
            expect("../2025-03-28", "pumping", planned=True),
        ),
    ),
    Text(
        "museum-gallery",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halvard Science Museum to open Tidewater Gallery

HALVARD, 7 November 2023 - The Halvard Science Museum will open its new Tidewater Gallery,
a 2,400-square-metre wing devoted to coasts, estuaries and sea-level change, on 14 March
2024.

Construction of the wing began in January 2022 on the site of the former tram depot and was
completed on 29 September 2023. Fitting out of the 60 interactive exhibits is now under way.

Members' pre-booking for the opening weekend opens on 4 December, and general tickets go on
sale on 8 January 2024. School groups will be able to book from the spring term.

"This is the museum's largest expansion since 1958, and the first new gallery in a
generation," said director Oona Pettersen.

The museum, founded in 1896 by the Halvard Philosophical Society, welcomes about 410,000
visitors a year. The Corrow Foundation has supported its education programme since 2011 and
has contributed 4.2 million to the new wing.

Notes to editors
- Images are available at press.halvardscience.example/tidewater
- The Halvard Science Museum is a registered charity (no. 1098765).
- Opening hours: daily 10:00-17:30, with late opening every Thursday until 21:00.

Press contact: Idris Fennimore, Head of Communications, +44 1632 960 214,
press@halvardscience.example

###""",
        (
            expect("2024-03-14", "gallery", "open", planned=True),
            expect("2022-01", "construction"),
            expect("2023-09-29", "complet"),
            expect("1896", "found"),
            expect("2011/..", "corrow"),
            expect("2023-12-04", "booking", planned=True),
            expect("2024-01-08", "tickets", planned=True),
        ),
    ),
    Text(
        "tannery-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

ORWELL TANNERY CO., Plaintiff-Appellant,
v.
BRINDLE HOLDINGS LLC, Defendant-Respondent.

No. 2-21-0418
Appeal from the Superior Court for Calder County, Case No. 19-CV-1184

OPINION

HAWTHORNE, J. -- This appeal concerns the termination of a commercial lease.

I. BACKGROUND

Orwell Tannery Co. has operated a tannery at 400 River Road since 1974 under a succession of
leases. The current lease with Brindle Holdings LLC began on March 1, 2015, for a term of ten
years, and allowed either party to terminate on ninety days' notice for "material breach."

On or about June 12, 2019, Brindle served a notice of termination, citing odour complaints
from neighbouring residents. The notice required Orwell to vacate the premises no later than
September 30, 2019. Orwell disputed the alleged breach and did not leave.

Orwell filed this action on October 4, 2019, seeking a declaration that the lease remained in
force. The trial court granted summary judgment to Brindle on May 17, 2021, and Orwell filed
its notice of appeal on June 2.

II. DISCUSSION

Under section 14(2) of the Commercial Tenancies Act of 1986, a landlord who terminates for
breach must identify the breach with reasonable particularity. The notice did so: it listed
twenty-three complaints logged by the county inspector and attached his report. Orwell's
argument that odour is inherent in tanning, and therefore cannot be a breach, was considered
and rejected below. We see no error.

III. CONCLUSION

Affirmed.

We concur: OKONJO, P.J.; LINDQVIST, J.""",
        (
            expect("1974/..", "tannery"),
            expect("2015-03-01", "lease"),
            expect("2019-06-12~", "notice", "termination"),
            expect("../2019-09-30", "vacate"),
            expect("2019-10-04", "action"),
            expect("2021-05-17", "judgment"),
            expect("2021-06-02", "appeal"),
        ),
    ),
    Text(
        "marrowgate",
        "encyclopedia history",
        None,
        """Marrowgate

Marrowgate is a market town and civil parish on the River Wend in the county of Easthallow.

Population: 14,230
OS grid reference: SE 4127
Postcode district: MW4

History

Marrowgate was founded c. 1140 as a market settlement at the lowest bridging point of the
Wend, probably by the canons of Selby Moor. Its minster was consecrated perhaps in 1192,
although the date is disputed. The town received a royal charter in 1287, and its walls were
built between 1320 and 1345.

Marrowgate was sacked by border raiders in 1403 and again in 1461, after which the walls were
strengthened. The cloth trade made it one of the richest towns in the county in the late 16th
century, and several merchants' houses of that period survive on Fleece Street.

The railway reached the town in 1849, and a second line, to Coldharbour, opened the following
year. Tanning and brewing replaced the cloth trade, and the population grew from about 3,000
to more than 11,000 in the course of the nineteenth century.

Marrowgate has been twinned with Saint-Aurel in France since 1972. Its market, held every
Tuesday and Saturday in the Shambles, is one of the oldest in the region.

See also
- List of market towns in Easthallow
- Wend Valley Railway""",
        (
            expect("1140~", "found"),
            expect("1192?", "minster"),
            expect("1287", "charter"),
            expect("1320/1345", "walls"),
            expect("1403", "sack"),
            expect("1461", "sack"),
            expect("1849", "railway"),
            expect("1850", "coldharbour"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "corran-wexley",
        "sports report",
        date(2024, 2, 18),
        """Ekwueme double sends Corran past Wexley

By Harriet Lomax

Wexley Rovers 1 Corran Athletic 3

Dami Ekwueme scored twice as Corran Athletic beat Wexley Rovers 3-1 at Mill Lane on Saturday
to climb to fourth in the Second Division.

Ekwueme, signed from Portvale Town in January for an undisclosed fee, opened the scoring after
11 minutes and added a second from the penalty spot early in the second half. Substitute Kofi
Brand made it 3-0 before Wexley's Ross Ingham headed a late consolation.

It was Corran's first win at Mill Lane since 2009, and the 2,114 travelling fans stayed long
after the final whistle.

"We have been building towards this," said manager Ilse Varga, in charge since November 2021.
"But we haven't won anything yet."

Wexley, relegated from the First Division in 2019 and promoted two seasons later, have now
lost four in a row.

Corran host Bellmoor on Tuesday, before the cup semi-final away at Dunross on March 2.
Defender Tom Ardle, out with a hamstring injury, is expected back around March 10.

Wexley: Pryce; Obi, Kallis, Moore, Tait; Henning, Doyle (Ingham 58); Rask, Amadi, Lowe.
Corran: Hale; Mbeki, Sorensen, Quinn, Dyer; Faulk, Osei (Brand 67); Lund, Ekwueme, Petit.
Referee: P. Garside. Attendance: 9,874.""",
        (
            expect("2024-02-17", "wexley"),
            expect("2024-01", "ekwueme", "sign"),
            expect("2021-11/..", "varga"),
            expect("2019", "relegat"),
            expect("2024-02-20", "bellmoor", planned=True),
            expect("2024-03-02", "semi", planned=True),
            expect("2024-03-10~", "ardle", planned=True),
        ),
    ),
    Text(
        "brackwell-pumps",
        "company history",
        None,
        """Our history

Brackwell Pumps was founded in 1923 by the brothers Alfred and Samuel Brackwell, who repaired
farm machinery in a rented shed behind the Swan Inn at Ledbury Cross. Their first product, the
hand-cranked Number 1905 bilge pump for river barges, is still made to order.

The business was incorporated as Brackwell Pumps Ltd on 2 April 1934. During the Second World
War the works made fire pumps for the civil defence services from 1940 to 1945, and Samuel
Brackwell sat on the regional production board.

Brackwell was listed on the London Stock Exchange in 1962 and opened its first plant abroad, in
Ghent, the following year. The company opened service centres in 1997, 2001 and 2006.

Since 2014 Brackwell has been part of the Halden Group, which has kept the name, the Ledbury
Cross works and the apprentice school; it was the largest takeover in the pump industry since
1999. Today the company employs 1,150 people and its pumps
are sold in more than 60 countries. All our sites are certified to ISO 9001.

A new headquarters and test centre at Ledbury Cross is to open in 2026.

Brackwell Pumps Ltd, Canal Street, Ledbury Cross. Registered in England no. 00291834.""",
        (
            expect("1923", "found"),
            expect("1934-04-02", "incorporat"),
            expect("1940/1945", "fire"),
            expect("1962", "list"),
            expect("1963", "ghent"),
            expect("1997", "service"),
            expect("2001", "service"),
            expect("2006", "service"),
            expect("2014/..", "halden"),
            expect("2026", "headquarters", planned=True),
        ),
    ),
    Text(
        "kestrel-ventra",
        "mission summary (space)",
        None,
        """Kestrel asteroid sample-return mission: summary

Mission: Kestrel (Norland Space Research Agency)
Target: near-Earth asteroid (5531) Ventra
Status: return cruise

Kestrel was launched on 11 September 2019 from the Vessel Point launch site on a Corvus-5
rocket. After an Earth flyby on 3 October 2020, which bent its trajectory towards Ventra, the
spacecraft arrived at the asteroid on 18 June 2022 and mapped its surface from orbits between
1 and 20 km.

Touch-and-go sampling attempts were made on 2 and 9 February 2023. The first was aborted 40 m
above the surface when a hazard camera flagged a boulder; the second collected an estimated
70 g of regolith. Kestrel departed from Ventra on about 20 May for the return cruise.

To save power, the mapping instruments have been switched off since 1 June 2023. Only the star
trackers and the navigation camera remain in use, and the ground team contacts the spacecraft
twice a week.

The sample capsule is scheduled to land in the Tarvick test range on 24 September 2025. A
recovery team will fly it to the curation facility at Lunden, where analysis is expected to
take several years.

Key figures
Launch mass: 1,873 kg
Ventra diameter: about 1,240 m
Distance travelled to date: 2,016 million km""",
        (
            expect("2019-09-11", "launch"),
            expect("2020-10-03", "flyby"),
            expect("2022-06-18", "arriv"),
            expect("2023-02-02", "sampl"),
            expect("2023-02-09", "sampl"),
            expect("2023-05-20~", "depart"),
            expect("2023-06-01/..", "instruments"),
            expect("2025-09-24", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-emergency",
        "government statement",
        date(2025, 6, 3),
        """MINISTRY OF AGRICULTURE AND WATER
Press Office

Statement on the drought emergency in the eastern provinces

The Minister of Agriculture and Water, Ms Daria Kovalenko, declared a drought emergency in the
provinces of Tarsa, Vell and Orun on 26 May, after rainfall in the region fell to 38 per cent
of the long-term average.

Restrictions on irrigation from rivers and public reservoirs have been in force since 1 May
and will remain until further notice. Livestock watering is exempt. This is the driest spring
recorded since 2003.

On Monday the Cabinet approved a relief package of 340 million for farmers in the affected
provinces. Payments will begin on 16 June. Applications must be submitted through the
ministry's portal or at district offices by 31 July.

The National Water Council, established in 1998, meets every two weeks and will advise the
Minister on whether the emergency should be extended to the southern provinces.

The Minister will visit farms in Tarsa province on Thursday, together with the Governor.

For further information: Press Office, tel. +359 2 555 0199, press@agriwater.example
Ref. MAW/2025/0614""",
        (
            expect("2025-05-26", "emergency"),
            expect("2025-05-01/..", "restrictions"),
            expect("2025-06-02", "relief"),
            expect("2025-06-16", "payments", planned=True),
            expect("../2025-07-31", "applications", planned=True),
            expect("1998", "council"),
            expect("2025-06-05", "visit", planned=True),
        ),
    ),
    Text(
        "eastbrook-library",
        "HTML news page",
        date(2022, 9, 29),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastbrook library reopens after flood repairs | Eastbrook Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></nav></header>
<article>
<h1>Central library reopens seven months after flood</h1>
<p class="byline">By Nadia Rahim, local democracy reporter</p>
<time datetime="2022-09-29T08:30">Thursday 29 September 2022</time>
<p>Eastbrook Central Library reopened on Wednesday after seven months of repairs, with queues
forming outside the doors before 9am.</p>
<p>A burst pipe flooded the basement stacks on 14 February. The building closed to the public
two days later, once engineers found water in the electrical system.</p>
<p>The library, which opened in 1934, was designed by the borough architect Herbert Coyle.
Repairs cost about £1.9 million. Librarians said Wednesday was the busiest day at the branch
since 2019.</p>
<p>The local studies room, sealed off since March, remains closed while damaged maps are
dried. A children's reading festival will be held from 15 to 22 October, and the council
expects the cafe to reopen by 30 November.</p>
<p>Opening hours are 9am to 7pm, Monday to Saturday.</p>
</article>
<footer><p>&copy; 2022 Eastbrook Courier. Published 29 September 2022, updated 10:14.</p>
</footer>
</body>
</html>""",
        (
            expect("2022-09-28", "library", "reopen"),
            expect("2022-02-14", "pipe"),
            expect("2022-02-16", "closed"),
            expect("1934", "open"),
            expect("2022-03/..", "studies"),
            expect("2022-10-15/2022-10-22", "festival", planned=True),
            expect("../2022-11-30", "cafe", planned=True),
        ),
    ),
    Text(
        "cyclone-mavira",
        "cyclone advisory",
        date(2025, 1, 22),
        """TROPICAL CYCLONE ADVISORY NUMBER 14
SEVERE TROPICAL CYCLONE MAVIRA (09S)
ISSUED BY THE CORAL COAST REGIONAL WEATHER CENTRE
AT 0900 UTC WEDNESDAY 22 JANUARY 2025

WARNING ZONE: PORT SELWYN TO CAPE HARLAN, INCLUDING THE ISLE OF TEVA.
A CYCLONE WARNING HAS BEEN IN EFFECT SINCE 0600 UTC TUESDAY FOR THE WARNING ZONE.

AT 0900 UTC SEVERE TROPICAL CYCLONE MAVIRA WAS LOCATED NEAR 17.4 SOUTH 148.2 EAST, ABOUT
310 KM EAST NORTHEAST OF PORT SELWYN, MOVING WEST SOUTHWEST AT 14 KM/H.
CENTRAL PRESSURE: 962 HPA. MAXIMUM WINDS: 150 KM/H NEAR THE CENTRE, GUSTS TO 205 KM/H.

MAVIRA FORMED FROM A TROPICAL LOW ON 18 JANUARY AND INTENSIFIED TO CATEGORY 3 ON MONDAY. IT
IS THE STRONGEST SYSTEM TO THREATEN THE COAST SINCE 2011.

FORECAST:
MAVIRA IS EXPECTED TO MAKE LANDFALL BETWEEN PORT SELWYN AND CAPE HARLAN ON THURSDAY AS A
CATEGORY 3 OR 4 SYSTEM. HEAVY RAINFALL IS FORECAST FROM THURSDAY TO SATURDAY, WITH 24-HOUR
TOTALS OF 200 TO 300 MM LIKELY. THE SYSTEM IS FORECAST TO WEAKEN BELOW CYCLONE STRENGTH BY
FRIDAY AS IT MOVES INLAND.

HAZARDS:
DESTRUCTIVE WINDS AND A STORM TIDE OF 1.5 TO 2 M ABOVE THE HIGHEST TIDE ARE LIKELY NEAR THE
CENTRE AT LANDFALL. FLASH FLOODING IS LIKELY IN LOW-LYING AREAS.

PEOPLE IN THE WARNING ZONE SHOULD SECURE LOOSE OBJECTS, CHECK EMERGENCY KITS AND FOLLOW THE
ADVICE OF LOCAL AUTHORITIES. CALL 132 500 FOR STORM DAMAGE ASSISTANCE.

NEXT ADVISORY AT 1500 UTC.""",
        (
            expect("2025-01-21/..", "warning"),
            expect("2025-01-18", "form"),
            expect("2025-01-20", "intensif"),
            expect("2025-01-23", "landfall", planned=True),
            expect("2025-01-23/2025-01-25", "rain", planned=True),
            expect("../2025-01-24", "weaken", planned=True),
        ),
    ),
    Text(
        "rosenvik-open",
        "tennis tournament report",
        date(2024, 7, 8),
        """Pollensa ends long wait with Rosenvik Open title

ROSENVIK, July 8 -- Marta Pollensa won her first tour title on Sunday, beating second seed
Ana Kirov 6-4, 3-6, 7-5 in a final that lasted two hours and 51 minutes.

The 26-year-old from Valdora had saved a match point in Friday's semi-final against Yuki
Hanabusa, and she needed five match points of her own in the final before Kirov netted a
backhand. Pollensa is the first left-hander to win the tournament since 1998.

"I turned professional in 2017 and I have lost six finals since then," Pollensa said. "I was
starting to think it would never happen."

Kirov, who won the title here in 2019 and 2022, said she had no regrets. "She played the big
points better. That's tennis."

The Rosenvik Open, first held in 1968, has been played at Rosenvik Park since 1985. The 2020
edition was cancelled because of the pandemic, and the event now draws about 60,000
spectators each year.

Pollensa, who will rise to No. 19 in the rankings after Sunday's win, next plays at the
Lindholm Open, which starts on July 22.

Results, women's singles
Semi-finals: M. Pollensa (VAL) bt Y. Hanabusa (KTO) 3-6, 7-6 (9-7), 6-2;
A. Kirov (MRN) bt L. Sandor (OSL) 6-1, 6-4.
Final: M. Pollensa (VAL) bt A. Kirov (MRN) 6-4, 3-6, 7-5.""",
        (
            expect("2024-07-07", "pollensa"),
            expect("2024-07-05", "semi"),
            expect("2017", "professional"),
            expect("2019", "kirov"),
            expect("2022", "kirov"),
            expect("1968", "held"),
            expect("1985/..", "park"),
            expect("2020", "cancel"),
            expect("2024-07-22", "lindholm", planned=True),
        ),
    ),
    Text(
        "nordvik-helmstad",
        "merger press release",
        date(2023, 5, 16),
        """PRESS RELEASE
Oslo and Rotterdam, 16 May 2023

Nordvik Kabel and Helmstad Wire to combine, creating a European leader in subsea and power
cables

Nordvik Kabel ASA ("Nordvik") and Helmstad Wire N.V. ("Helmstad") today signed a definitive
agreement to combine the two companies in an all-share merger. The boards of both companies
unanimously approved the terms on Monday.

Under the agreement, Helmstad shareholders will receive 0.842 new Nordvik shares for each
Helmstad share held. The combined company will be named Nordhelm, will be headquartered in
Oslo and will have about 9,800 employees in 14 countries.

Helmstad shareholders will vote on the merger at an extraordinary general meeting on 28 June.
The transaction is subject to regulatory approvals and is expected to close no later than 31
December 2023.

Nordvik, founded in 1919 as a telegraph cable works in Drammen, is the leading maker of
high-voltage subsea cables in the Nordic region. Helmstad, founded in 1947, makes power and
signal cables for rail and offshore wind. The two companies have worked together on subsea
interconnector projects since 2016.

"Together we can build the grid Europe needs," said Nordvik chief executive Sigrid Haugland.

Conference call for analysts and media: today at 10:00 CET, dial-in +47 21 55 50 00.

Forward-looking statements
This release contains forward-looking statements that involve risks and uncertainties.

Contacts: Nordvik Investor Relations, ir@nordvik.example; Helmstad Media, +31 10 555 0123""",
        (
            expect("2023-05-16", "agreement"),
            expect("2023-05-15", "approv"),
            expect("1919", "nordvik"),
            expect("1947", "helmstad"),
            expect("2016/..", "subsea"),
            expect("2023-06-28", "meeting", planned=True),
            expect("../2023-12-31", "close", planned=True),
        ),
    ),
    Text(
        "ardle-marsh-notebook",
        "naturalist's field diary",
        None,
        """Field notebook of R. H. Ashdown - Ardle Marsh and the gravel pits, 1987

12 April. Cold NE wind. First sand martins back over the east pit, nine birds at 4 p.m.,
hawking low over the water with a few swallows.

17 April. Sunny, still. Walked the alder carr to the heronry: fourteen nests occupied, two
more than last spring. Herons have nested in these alders since 1961 at least, according to
old Pargeter's notes.

20 April. Rain all morning. The marsh keeper tells me the otters came back to the lower sluice
about a fortnight ago; found fresh spraints on the concrete apron to confirm it.

23 April. Cuckoo heard from the carr at 6.10 a.m., three days earlier than last year. A reed
warbler wearing ring no. 1442 retrapped in the net by the reedbed, in good condition.

26 April. A bittern booming at dusk, I think - not certain, the wind was high and it stopped
after three calls. Must come back with better ears.

3 May. Drainage board men at the pump house say the west dyke will be cleared on the 11th. I
have asked them to leave the reed fringe. Swifts usually arrive here in the first week of
May; none yet.""",
        (
            expect("1987-04-12", "martins"),
            expect("1987-04-17", "nests"),
            expect("1961/..", "herons"),
            expect("1987-04-06~", "otters"),
            expect("1987-04-23", "cuckoo"),
            expect("1987-04-23", "warbler"),
            expect("1987-04-26?", "bittern"),
            expect("1987-05-11", "dyke", planned=True),
        ),
    ),
    Text(
        "sentra-2-week-41",
        "satellite operations summary",
        date(2024, 10, 14),
        """SENTRA-2 EARTH OBSERVATION MISSION
WEEKLY OPERATIONS SUMMARY No. 441
Reporting period: 7-13 October 2024 | Issued: 14 October 2024 | Flight Director: K. Ahlberg

1. SPACECRAFT STATUS
Sentra-2 (launched 22 April 2016, design life 7 years) has been operating in extended-life
mode since 1 March 2023. Platform nominal except as noted below. Propellant remaining: 18.3 kg.
Orbit number at end of period: 45,123.

2. EVENTS LOG
Date (UTC)   Time    Event
2024-10-08   14:22   Orbit maintenance manoeuvre OMM-37 executed, dV 0.042 m/s, nominal
2024-10-09   03:51   Star tracker B anomaly (stray light); attitude control switched to STR-A
2024-10-10   11:05   Imaging suspended for STR-B diagnostics
2024-10-11   09:40   Payload resumed nominal imaging after STR-B masked

3. PLANNED ACTIVITIES
- Orbit maintenance manoeuvre OMM-38 planned for 24 Oct, subject to conjunction screening.
- Flight software patch FSW 4.2.1 to be uploaded by 31 Oct at the latest.
- Halsnes ground station antenna maintenance: pass outage expected on or about 19 Oct.

4. REMARKS
Routine calibration sequences continue every Sunday. Downlink volume for the period: 2,048 GB
over 68 passes (Halsnes 41, Tromvik 27). No collision avoidance alerts above threshold.

Distribution: Flight Operations, Mission Management, Payload Data Ground Segment""",
        (
            expect("2016-04-22", "launch"),
            expect("2023-03-01/..", "extended"),
            expect("2024-10-08", "manoeuvre"),
            expect("2024-10-09", "tracker"),
            expect("2024-10-10", "suspend"),
            expect("2024-10-11", "resum"),
            expect("2024-10-24", "manoeuvre", planned=True),
            expect("../2024-10-31", "patch", planned=True),
            expect("2024-10-19~", "outage", planned=True),
        ),
    ),
    Text(
        "sallow-vale-canal",
        "canal's history",
        None,
        """The Sallow Vale Canal

The Sallow Vale Canal runs for 23 miles from the River Sallow at Nunford to the coalfield at
Brede Hill, climbing 312 feet through 34 locks. Lock 17, at Hallam Bridge, is the deepest on
the waterway.

The canal was authorised by an Act of Parliament in 1791, promoted by the coal owners of the
upper vale and a group of Nunford merchants. Work began in the summer of 1792 under the
engineer Thomas Gedling, and the first section, from Nunford to Hallam Bridge, opened on 5 June
1796. Money ran short during the war with France, and the whole canal was not completed until
1802.

Traffic peaked in about 1840, when coal, lime and grain filled the wharves at Nunford every
day of the week. Competition from the railways ended that prosperity within a generation, and
the last regular carrier gave up in the years after the First World War.

The canal was formally abandoned in 1955. A restoration trust was formed in 1971 by local
enthusiasts, and restored sections reopened in 1988, 1994 and 2003. The trust hopes to reopen
the Brede Hill flight, the last derelict length, by 2028.

Today the towpath is a public footpath along its whole length, and trip boats run from
Nunford wharf on summer weekends.""",
        (
            expect("1791", "authoris"),
            expect("1796-06-05", "section"),
            expect("1802", "complet"),
            expect("1840~", "traffic"),
            expect("1955", "abandon"),
            expect("1971", "trust"),
            expect("1988", "reopen"),
            expect("1994", "reopen"),
            expect("2003", "reopen"),
            expect("../2028", "flight", planned=True),
        ),
    ),
    Text(
        "varnland-municipal-results",
        "electoral commission statement",
        date(2023, 11, 7),
        """INDEPENDENT ELECTORAL COMMISSION OF VARNLAND
Statement on the certification of the 2023 municipal election results

The Commission on Monday certified the results of the municipal elections held on Sunday
29 October in all 212 municipalities.

Early voting ran from 23 to 27 October at 1,406 polling stations, and 18.2 per cent of those
who voted did so early. Overall turnout was 61.4 per cent, the highest at a municipal election
since 1994. Postal votes were accepted if they arrived by the close of polls.

In two wards the margin between the last elected and the first unelected candidate was below
the threshold of 0.5 per cent set by Regulation 2019/14. A recount in Orlen ward will take
place on Thursday, and one in Suvik ward on Friday. Candidates and their agents may attend.

Complaints about the conduct of the count must be lodged with the Commission no later than
14 November. Newly elected councils take office on 1 December.

The Commission, established under the Electoral Act 1992, has administered local elections
since 1996. It publishes full results by ward and polling station on its website, and its
board meets on the first Tuesday of each month.

Media enquiries: Communications Unit, +47 22 55 51 80, media@valg.example
Ref. IEC/23/118""",
        (
            expect("2023-11-06", "certif"),
            expect("2023-10-29", "elections"),
            expect("2023-10-23/2023-10-27", "early"),
            expect("2023-11-09", "recount", "orlen", planned=True),
            expect("2023-11-10", "suvik", planned=True),
            expect("../2023-11-14", "complaints", planned=True),
            expect("2023-12-01", "councils", planned=True),
            expect("1996/..", "administer"),
        ),
    ),
    Text(
        "addlestone-vane-society",
        "local history society's HTML page",
        None,
        """<html>
<head><title>About us - Addlestone &amp; Vane Local History Society</title></head>
<body>
<div id="banner"><img src="/img/mill-banner.jpg" alt="Tollbridge Mill, about 1905"></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/talks">Talks</a></li><li><a href="/join">Join</a></li></ul>
<h1>About the Society</h1>
<p>The Addlestone &amp; Vane Local History Society was founded in 1958 by a group of teachers
and parish councillors who wanted to record the villages before the new ring road changed
them. Our first newsletter appeared in March 1961, and we have met at St Brannoc's Hall since
1979.</p>
<p>In 1994 we published <em>Vane in Old Photographs</em>, which was reprinted in 2001 and 2012
and remains our best seller. The society's archive of deeds, maps and oral history tapes was
deposited with the county record office in about 1999, where members can consult it by
appointment.</p>
<h2>Meetings</h2>
<p>We meet on the second Thursday of every month except August, at 7.30pm. Visitors are
welcome (&pound;3 at the door).</p>
<h2>Next talk</h2>
<p>Dr Helen Marsh will speak on "Mills of the Vane" on Thursday 12 September 2024. No booking
is needed.</p>
<p class="small">Registered charity no. 1023311 | Page last updated 1 August 2024</p>
</body>
</html>""",
        (
            expect("1958", "found"),
            expect("1961-03", "newsletter"),
            expect("1979/..", "brannoc"),
            expect("1994", "publish"),
            expect("2001", "reprint"),
            expect("2012", "reprint"),
            expect("1999~", "archive"),
            expect("2024-09-12", "marsh", planned=True),
        ),
    ),
    Text(
        "elsabet-wind-grounding",
        "maritime accident investigation report",
        None,
        """MARINE SAFETY INVESTIGATION BOARD

Report on the investigation of the grounding of the general cargo vessel Elsabet Wind on Hound
Rock, Skerry Sound, on 3 February 2022

Report No 7/2023 | March 2023

SYNOPSIS

At about 0215 on 3 February 2022, the Corvian-flagged general cargo vessel Elsabet Wind
(IMO 9261847) grounded on Hound Rock at the southern entrance to Skerry Sound while on passage
to Brenport with 3,140 t of sawn timber. The vessel had departed Larnock on 1 February.

There were no injuries, but the hull was breached in two ballast tanks and about 12 t of fuel
oil escaped. She was refloated on 9 February by two salvage tugs and towed to Brenport,
arriving two days later.

The officer of the watch, alone on the bridge, had fallen asleep. The bridge navigational
watch alarm system had been switched off since leaving Larnock. The master had held a master's
certificate since 2014 and had been in command for five months.

Elsabet Wind was built in 2003 and had passed her last port state control inspection without
deficiencies. The company's safety management system was last audited on or about 12 October
2021; the audit did not examine bridge manning at night, contrary to the guidance in chapter V
of SOLAS 1974.

RECOMMENDATIONS

2023/107 The owners, Halvsund Shipping, are to complete a review of bridge watchkeeping
arrangements across their fleet by 30 June 2023.

2023/108 The flag administration is to remind operators that the watch alarm must be in use
whenever the vessel is under way.""",
        (
            expect("2022-02-03", "ground"),
            expect("2022-02-01", "depart"),
            expect("2022-02-09", "refloat"),
            expect("2022-02-11", "arriv"),
            expect("2014/..", "certificate"),
            expect("2003", "built"),
            expect("2021-10-12~", "audit"),
            expect("../2023-06-30", "review", planned=True),
        ),
    ),
    Text(
        "ferrand-lowe-printers",
        "printing works' history",
        None,
        """A short history of Ferrand & Lowe, printers, of Millrace Lane, Hexbury

Josiah Ferrand set up his first press, a second-hand Columbian, in a cellar in Cheapgate in
1832, printing handbills, auction catalogues and the notices of the Hexbury turnpike trust. He
was joined in 1858 by his son-in-law Edwin Lowe, when the firm took its present name, and the
business moved to the purpose-built Millrace Works in 1871.

The first steam cylinder press arrived in 1874, and the first Linotype machine c. 1899, making
Ferrand & Lowe one of the earliest houses in the county to set type by machine. A fire on the
night of 14 November 1911 destroyed the composing room and much of the firm's early archive;
work went on in borrowed premises at the Corn Hall.

The works printed ration books for the Ministry of Food from 1940 until 1953, and for many
years afterwards the annual reports of half the county's friendly societies. Our specimen book
still lists 1786 typefaces and ornaments.

Letterpress printing ceased in 1986, when the last two compositors retired and the firm turned
to offset lithography. The firm has been a workers' cooperative since 1992 and today employs
38 people in design, print and binding.

A museum of printing in the old composing room is planned to open in 2026, with the Columbian
press of 1832 as its centrepiece.

Ferrand & Lowe Ltd, Millrace Works, Millrace Lane, Hexbury HX2 4LP""",
        (
            expect("1832", "press"),
            expect("1858", "lowe"),
            expect("1871", "millrace"),
            expect("1874", "cylinder"),
            expect("1899~", "linotype"),
            expect("1911-11-14", "fire"),
            expect("1940/1953", "ration"),
            expect("1986", "letterpress"),
            expect("1992/..", "cooperative"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "glenharrow-tickets",
        "festival's ticketing schedule",
        date(2025, 2, 10),
        """GLENHARROW FOLK FESTIVAL 2025
Harrowmere Park
TICKETING SCHEDULE - updated 10 February

Thank you for your patience! Here is how tickets for this year's festival will be released.

EARLY BIRD (SOLD OUT)
Early-bird weekend tickets went on sale on 2 December 2024 and sold out four days later.

MEMBERS' PRESALE
Friends of Glenharrow members can buy weekend tickets from 10:00 on Wednesday, using the code
in their email. Limit 4 per member.

GENERAL SALE
Weekend tickets go on general sale at 10:00 on Friday 14 February 2025. Adult £145, youth
(12-17) £70, under-12s free. A £2.50 booking fee applies per order. Limit 6 per order.

DAY TICKETS
Day tickets for Friday, Saturday and Sunday will be released by 1 May at the latest, once the
full line-up has been announced.

REFUNDS
Refund requests must be made no later than 30 June. After that date tickets can be resold only
through our official exchange.

BOX OFFICE
The festival box office at the Corn Exchange is open every Saturday, 10:00-14:00.
Phone 01632 960 771 (Tuesday to Thursday).

The festival runs from 17 to 20 July 2025.""",
        (
            expect("2024-12-02", "early"),
            expect("2024-12-06", "sold"),
            expect("2025-02-12", "members", planned=True),
            expect("2025-02-14", "general", planned=True),
            expect("../2025-05-01", "day", "tickets", planned=True),
            expect("../2025-06-30", "refund", planned=True),
            expect("2025-07-17/2025-07-20", "festival", planned=True),
        ),
    ),
)
