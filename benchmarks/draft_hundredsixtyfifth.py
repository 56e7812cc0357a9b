"""The hundred-and-sixty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the project or running the tool. Twenty styles, one text
each: a wire story with a dateline, a press release, a court opinion, an encyclopedia history,
a sports report, a company history, a mission summary (space), a government statement, an
HTML news page, a freezing rain warning, a canoe slalom report, a vaccine approval release, a
naval surgeon's journal of the 1800s, a seagrass meadow survey report, a brewery tap's history,
a treasury bond issuance statement, a zoo HTML events page, a land tribunal boundary decision,
a quarry's history and an allotment society's notices. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, a decade, "mid-April",
"last summer", "after the First World War") are left out of the expected events, as are
habits, comparisons, document furniture and durations with no anchor.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYFIFTH_CORPUS",)


HUNDREDSIXTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "viaduct-bearings",
        "wire story with a dateline",
        date(2025, 3, 13),
        """KELDMOUTH, March 13 (Northgate Wire) - The Senn viaduct at Keldmouth will close to trains
on Monday after inspectors found cracked bearings under two of its spans, the regional rail
authority said.

Inspectors found the cracks on Tuesday during a routine survey, and engineers imposed a
20 km/h speed limit on the viaduct the same evening.

The line is expected to reopen around April 25, when replacement bearings are due from a
foundry in Rennick, authority spokesman Idris Kalu said. Replacement buses will run every
15 minutes between Keldmouth and Astley Cross while the viaduct is shut.

The 14-arch viaduct, opened in 1871, carries about 140 trains a day and is the only rail link
between the coast and the Senn valley. It was last closed for repairs in 1994, and its deck
was rebuilt between 2008 and 2010 at a cost of 31 million euros.

The closure will be the longest on the line since 1962, said Mara Venn of the passenger
group Senn Valley Rail Users. "People who commute from the valley are going to lose an hour
a day," she said.

(Reporting by Oskar Lind; Editing by Hana Seto)""",
        (
            expect("2025-03-17", "viaduct", "close", planned=True),
            expect("2025-03-11", "crack"),
            expect("2025-03-11", "speed", "limit"),
            expect("2025-04-25~", "reopen", planned=True),
            expect("1871", "viaduct", "open"),
            expect("1994", "repair"),
            expect("2008/2010", "deck"),
        ),
    ),
    Text(
        "welding-plant-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvorsen Robotics opens welding-arm plant in Odenstad

ODENSTAD, 4 June 2024 – Halvorsen Robotics AS today opened its new assembly plant at the
Kvern Business Park, creating 210 jobs and tripling the company's capacity for industrial
welding arms.

The first production line is to be fully operational by the end of September, and a second
hall is scheduled to open in March 2026. Construction of the 18,000 m² plant began in
February 2023.

"We started in a garage with two engineers," said chief executive Ingrid Halvorsen, who
founded the company with her brother Eirik in 2011. "Today we ship to 14 countries."

Halvorsen has supplied welding arms to shipyards in the Baltic region since 2015. The
plant's flagship model, the HR-2030, can lay a 40-metre seam in under ten minutes. The plant
is certified to ISO 3834 and runs on electricity from the nearby Fjellvik wind farm.

About Halvorsen Robotics
Halvorsen Robotics AS develops and manufactures welding robots for shipbuilding and heavy
industry. The company employs 640 people and is headquartered in Odenstad.

Media contact: Tone Ask, +47 21 55 04 18, press@halvorsen-robotics.example""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2023-02", "construction"),
            expect("../2024-09", "production", planned=True),
            expect("2026-03", "hall", planned=True),
            expect("2011", "found"),
            expect("2015/..", "suppl"),
        ),
    ),
    Text(
        "dorrance-v-carrow",
        "court opinion",
        None,
        """COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HELENA DORRANCE, Appellant,
v.
CARROW PROPERTIES LLC, Respondent.

No. 58114-2-II
Filed November 18, 2024

OPINION

VASQUEZ-LIND, J. — Helena Dorrance appeals the trial court's order granting summary judgment
to her former landlord, Carrow Properties LLC, on her claim for the return of her security
deposit under the Residential Tenancy Act of 1973. We reverse and remand.

FACTS

Carrow has owned the four-unit building at 212 Orchard Row since 2009. On February 20, 2019,
Dorrance signed a written lease for unit 3, for a term from March 1, 2019 to February 28,
2021, at a monthly rent of $1,450.

On August 14, 2020, a supply pipe in the ceiling of unit 3 burst and flooded the kitchen and
hallway. Dorrance notified Carrow in writing two days later. Carrow's contractor did not
inspect the unit until September 9, 2020. Dorrance, who says that mould had by then spread to
the bedroom, moved out on or about September 30, 2020, and returned the keys by mail.

Carrow kept the $2,900 deposit. Dorrance filed her complaint in Pierce Falls Superior Court on
January 11, 2021. On June 2, 2023, the court granted Carrow's motion for summary judgment,
ruling that Dorrance had abandoned the premises. This appeal followed.

ANALYSIS

We review summary judgment de novo. A tenant who leaves because the premises have become
unfit to live in does not abandon them. RTA § 12(4). Whether unit 3 was fit after the flood
is a disputed question of material fact that only a trial can resolve.

We reverse the order of June 2, 2023, and remand for trial.""",
        (
            expect("2009/..", "carrow", "own"),
            expect("2019-02-20", "lease", "sign"),
            expect("2019-03-01/2021-02-28", "lease"),
            expect("2020-08-14", "pipe", "burst"),
            expect("2020-08-16", "notif"),
            expect("2020-09-09", "inspect"),
            expect("2020-09-30~", "move"),
            expect("2021-01-11", "complaint"),
            expect("2023-06-02", "summary", "judgment"),
        ),
    ),
    Text(
        "varnholt-history",
        "encyclopedia history",
        None,
        """Varnholt

Varnholt is a small town in the Ulden valley, on the right bank of the river Ulde.

History

An abbey of Augustinian canons was perhaps founded on the hill above the ford in 1092,
although the charter that records it survives only in a later copy and may be a forgery. The
settlement itself is first mentioned c. 1140, as Varneholte, in a list of the abbey's tithes.
Count Ortwin II granted it market rights in 1297.

The town burned in 1414 and again in 1523, the second fire destroying the abbey church. From
1555 until 1803 Varnholt belonged to the Prince-Bishopric of Selm, whose bailiffs built the
present town hall around 1590. After the secularisation the town passed to the Duchy of
Ardenberg.

The railway from Selm reached Varnholt in 1868, and the population more than doubled in the
following decades, when two tanneries and a match factory opened near the station. Since
1974 the town has been part of the district of Ulden-Marsch.

Culture

Varnholt has held a horse fair every October since the Middle Ages. The town hall, one of the
best-preserved in the region, houses a museum of local history with some 4,000 objects.""",
        (
            expect("1092?", "abbey", "found"),
            expect("1140~", "mention"),
            expect("1297", "market"),
            expect("1414", "burn"),
            expect("1523", "burn"),
            expect("1555/1803", "bishopric"),
            expect("1590~", "hall"),
            expect("1868", "railway"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "brackenford-tollan",
        "sports report",
        date(2024, 11, 17),
        """Brackenford end drought with derby win over Tollan
By Ciara Maddox | Sunday 17 November 2024

Brackenford 3 Tollan 1

Jonas Pell scored twice as Brackenford beat Tollan 3-1 at Mill Lane on Saturday to record
their first home league win since August.

Pell, who joined from Ardley Rovers in January, headed in Ada Quist's corner after 11 minutes
and added a second from the penalty spot before half-time. Tollan's Rami Osei pulled one back
in the 58th minute, but substitute Leon Tamm sealed the points with four minutes left.

It was a first home win for Ruth Okoro, who was appointed head coach on 2 October, four days
after the club sacked Dean Halloway. "We've worked on set pieces every day," Okoro said.
"Today they paid off."

Brackenford, who last won the league in 1987, climb to 14th. Tollan have not won away since
March and stay in the bottom three.

Attendance: 8,214.

Brackenford travel to Maywick on Wednesday before hosting leaders Carden on November 30.""",
        (
            expect("2024-11-16", "tollan"),
            expect("2024-01", "pell", "join"),
            expect("2024-10-02", "okoro", "appoint"),
            expect("2024-09-28", "halloway", "sack"),
            expect("1987", "league"),
            expect("2024-11-20", "maywick", planned=True),
            expect("2024-11-30", "carden", planned=True),
        ),
    ),
    Text(
        "mertens-ropeworks",
        "company history",
        None,
        """Our history
Mertens & Daughters Ropeworks, Sallow Quay

Agathe Mertens, the widow of a ship's chandler, founded the ropewalk on the Sallow Quay
waterfront in 1869 with four spinners and a borrowed horse. The business outgrew its shed
almost at once and moved to the long ropewalk on Tanner's Lane the following year. Her
daughters Ilse and Marthe took over in 1891 and gave the firm its present name.

Steam-driven laying machines were installed around 1895. From 1941 to 1945 the ropewalk made
cargo nets and mooring lines for the navy, working day and night shifts.

The company was listed on the Sallow exchange in 1962, and from 1971 onwards it has spun only
synthetic fibres. In 2008 the family sold the business to the Holm Group, which still runs it
under the Mertens name.

Our best-selling line, the Mertens 1869 braid, is still laid by hand on the old walk, and
every spring we open the ropewalk to visitors.

A new plant at Quayside Park is planned to open in 2027, when rope-making will leave Tanner's
Lane after more than 150 years.""",
        (
            expect("1869", "found"),
            expect("1870", "move"),
            expect("1891", "daughter"),
            expect("1895~", "steam"),
            expect("1941/1945", "nets"),
            expect("1962", "list"),
            expect("1971/..", "synthetic"),
            expect("2008", "holm"),
            expect("2027", "plant", planned=True),
        ),
    ),
    Text(
        "perihelion-2",
        "mission summary",
        None,
        """PERIHELION-2 — MISSION SUMMARY
Meridian Space Agency | Heliophysics Division | Last updated: 14 March 2025

Mission type: solar probe    Launch mass: 685 kg    Power: 1,200 W

Perihelion-2 samples the solar wind and the inner corona from an orbit that dips within
7 million km of the Sun's visible surface.

Perihelion-2 was launched on 12 May 2021 on an Arcus-5 rocket from the Tarvik range. It used a
flyby of Venus on 3 December to lower its perihelion, and reached its operational orbit
around 20 March 2022, after a final engine burn.

The probe has returned coronal data since June 2022, apart from a safe-mode episode from 9 to
14 August 2023, when a star tracker failed during orbit 17. Its plasma instrument recorded the
densest solar wind seen by any spacecraft since Corona-1 in 1998.

In February 2024 the agency approved an extension of the mission. The closest approach of the
mission, 6.1 million km from the photosphere, will take place on 30 September 2025.
Operations are now planned to end in December 2027.""",
        (
            expect("2021-05-12", "launch"),
            expect("2021-12-03", "venus"),
            expect("2022-03-20~", "orbit"),
            expect("2022-06/..", "data"),
            expect("2023-08-09/2023-08-14", "safe"),
            expect("2024-02", "exten"),
            expect("2025-09-30", "closest", "approach", planned=True),
            expect("2027-12", "operations", "end", planned=True),
        ),
    ),
    Text(
        "drought-emergency-statement",
        "government statement",
        date(2025, 1, 22),
        """MINISTRY OF WATER AND RURAL AFFAIRS
Statement by the Minister, Ilse Varga, on the drought emergency
Wednesday 22 January 2025

The drought emergency that I declared on 5 August 2024 remains in force for the eastern
catchments, but the rains of the past three weeks allow us to begin relaxing it.

Hosepipe restrictions, introduced on 12 August 2024 in the Tarrow and Lune supply zones, will
end on 28 February 2025. Reservoir storage stands at 61 per cent, the highest January level
since 2014.

Farmers whose wells failed last summer will be able to claim from the €30 million Rural
Water Fund. Applications will be open from 3 to 28 March 2025, and payments are expected by
the end of June.

I will visit the Tarrow reservoir and the pumping station at Kell on Friday to meet the
operators who have kept supplies going. The emergency committee, which meets every Tuesday,
will continue to do so until the emergency is lifted.

In the longer term, the Government is committed to completing the Owlen storage reservoir by
2030, as provided for in the Water Resources Act 1991.

Press office: 0301 555 0142 | press@water.gov.example""",
        (
            expect("2024-08-05", "emergency", "declar"),
            expect("2024-08-12", "restriction"),
            expect("2025-02-28", "restriction", "end", planned=True),
            expect("2025-03-03/2025-03-28", "appli", planned=True),
            expect("../2025-06", "payment", planned=True),
            expect("2025-01-24", "visit", planned=True),
            expect("../2030", "owlen", planned=True),
        ),
    ),
    Text(
        "ashcombe-library",
        "HTML news page",
        date(2023, 9, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<title>Ashcombe library reopens after two-year refit | Ashcombe Courier</title>
<meta name="date" content="2023-09-08">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Ashcombe library reopens after two-year refit</h1>
<p class="byline">By Priya Nandakumar &middot;
<time datetime="2023-09-08">Friday 8 September 2023</time></p>
<p>Ashcombe's Pellham library reopened its doors on Thursday after a £2.4m refurbishment,
with around 1,200 visitors passing through on the first day.</p>
<p>The listed building on Market Street closed in March 2021. Building work started in June
2021 and had been due to finish last spring, but was delayed when contractors found asbestos
in the roof.</p>
<p>Built in 1906 with a grant from the Pellham trust, the library gained a rear extension in
1968, which has now been replaced by a glass reading room overlooking the churchyard.</p>
<p>A café run by the charity Open Door will open on Monday, and the mayor, Cllr Tom Ayles,
will perform an official opening on 30 September.</p>
<p>The library is open from 9am to 7pm every day except Sunday.</p>
</article>
<footer><p>&copy; 2023 Ashcombe Courier. Registered in England No. 04519923.</p></footer>
</body>
</html>""",
        (
            expect("2023-09-07", "library", "reopen"),
            expect("2021-03", "clos"),
            expect("2021-06", "work"),
            expect("1906", "built"),
            expect("1968", "extension"),
            expect("2023-09-11", "café", planned=True),
            expect("2023-09-30", "official", "opening", planned=True),
        ),
    ),
    Text(
        "freezing-rain-brandt",
        "freezing rain warning",
        date(2025, 1, 14),
        """NORTHERN LAKES WEATHER OFFICE
FREEZING RAIN WARNING - ORANGE
Issued: 04:45 Tuesday 14 January 2025
Areas: Brandt County, Osler Valley, Lake Minnow shore

What: Freezing rain, with ice accumulations of 5 to 10 mm on untreated surfaces.

When: Freezing rain is expected to begin on Wednesday evening and to continue into Thursday
morning.

Details: A winter storm watch issued on Sunday has been upgraded to a warning. A slow-moving
low crossing the lakes will push mild air over a shallow layer of sub-zero air at the ground.
Temperatures are forecast to rise above zero on Friday, ending the risk of ice.

Impacts: Power lines and tree branches may break under the weight of ice. Travel will be
hazardous. The last comparable ice storm in the region, on 23 January 2017, left some 40,000
homes without power for up to four days.

Road crews began pre-treating highways 7 and 12 on Monday. The Brandt County School Board has
announced that all schools will close on Thursday.

Advice: Avoid travel if you can. Keep torches and spare batteries at hand and check on
elderly neighbours. To report a power cut, call 1-800-555-0199.

Next update: 16:00 today.""",
        (
            expect("2025-01-15/2025-01-16", "freezing", "rain", planned=True),
            expect("2025-01-12", "watch"),
            expect("2025-01-17", "temperature", planned=True),
            expect("2017-01-23", "ice", "storm"),
            expect("2025-01-13", "treat"),
            expect("2025-01-16", "schools", "close", planned=True),
        ),
    ),
    Text(
        "voss-water-slalom",
        "canoe slalom report",
        date(2024, 6, 10),
        """CANOE SLALOM | CONTINENTAL CUP, ROUND 2
Halden wins K1 at Voss Water as Brekke takes C1
Monday 10 June 2024 | By Anton Liebig

Marit Halden won the women's K1 final at the Voss Water course on Saturday, clearing all 23
gates without a touch in 96.41 seconds after qualifying only ninth in Friday's heats.

The 27-year-old, who made her senior national team debut in 2016 and won bronze at the
European Championships in 2019, finished 1.8 seconds ahead of Greta Solis. "I have paddled
this course every winter since I was twelve, and today it showed," Halden said.

The Voss Water course, opened in about 2001 and rebuilt with adjustable obstacles in 2018,
drew some 6,500 spectators over the weekend. It was the venue's first Continental Cup race in
twelve years.

In the men's C1 final on Sunday, Jon Brekke recovered from a two-second touch on gate 17 to
win by 0.31 seconds from Teo Marchetti.

The series continues at Lindsey Basin from 28 to 30 June, where a team event will also be
held, before the final at Corran on 14 September.""",
        (
            expect("2024-06-08", "halden", "k1"),
            expect("2024-06-07", "heats"),
            expect("2016", "debut"),
            expect("2019", "bronze"),
            expect("2024-06-09", "brekke"),
            expect("2001~", "course", "open"),
            expect("2018", "rebuil"),
            expect("2024-06-28/2024-06-30", "lindsey", planned=True),
            expect("2024-09-14", "corran", planned=True),
        ),
    ),
    Text(
        "respiva-approval",
        "vaccine approval release",
        None,
        """NORDAL MEDICINES AGENCY
Press release | 27 February 2025 | Ref. NMA/PR/2025/017

Agency approves first RSV vaccine for adults aged 60 and over

The Nordal Medicines Agency (NMA) granted a marketing authorisation on 26 February 2025 to
Respiva, a vaccine against respiratory syncytial virus (RSV) developed by Kestrel Biologics,
for adults aged 60 years and over.

Kestrel submitted its application in June 2024. The decision rests on a phase 3 trial that ran
from October 2021 to March 2023 in some 24,000 adults in 11 countries, whose main results were
published in May 2023. Vaccination reduced RSV lower respiratory tract disease by 83 per cent
over the first season.

"RSV puts thousands of older people in hospital every winter," said Dr Sanna Holt, head of
the NMA vaccines unit. "This is an important new tool."

The National Immunisation Committee will meet on 12 March 2025 to advise on who should be
offered the vaccine first. Kestrel expects the first doses to reach pharmacies by September
2025, and the ministry plans to begin a vaccination campaign on 1 October 2025.

ATC code: J07BX05. Media enquiries: press@nma.example, +47 22 55 01 90.""",
        (
            expect("2025-02-26", "authoris"),
            expect("2024-06", "application"),
            expect("2021-10/2023-03", "trial"),
            expect("2023-05", "results"),
            expect("2025-03-12", "committee", planned=True),
            expect("../2025-09", "doses", planned=True),
            expect("2025-10-01", "campaign", planned=True),
        ),
    ),
    Text(
        "corvinus-surgeon-journal",
        "naval surgeon's journal of the 1800s",
        None,
        """MEDICAL AND SURGICAL JOURNAL of Her Majesty's Sloop Corvinus, Commander R. Ashdown,
kept by Edward Harrowby, Surgeon. 1843.

Feb. 27th. Sailed from Simon's Bay for the Mauritius. Wind S.E., fresh. Ship's company
healthy; 2 on the sick list with ulcers.

March 2nd. Lat. 31° 40' S., Long. 36° 12' E. Three cases of fever admitted, all from the
foretop. Gave each an emetic and 10 grs. of calomel.

March 5th. John Pellow, A.B., aged 24, died of the fever at 4 a.m.; a quiet and willing man.

March 11th. Anchored in Port Louis at 2 p.m. Thermometer 84° in the shade.

March 12th. Landed the sick, nine men in all, to the naval hospital. The Captain proposes to
sail for Trincomalee on or about the 20th inst.

March 21st. Put to sea for Trincomalee, a day later than intended, leaving 6 men behind in
hospital. Lime juice served daily to all hands.

Remarks. I have observed this fever among the ships of the squadron since the year 1838, and
am persuaded that it is taken aboard with the water from the river at Port Louis, not from
the air. The sick list is the longest we have had since leaving Spithead.""",
        (
            expect("1843-02-27", "sail"),
            expect("1843-03-02", "fever"),
            expect("1843-03-05", "pellow"),
            expect("1843-03-11", "port", "louis"),
            expect("1843-03-12", "hospital"),
            expect("1843-03-20~", "trincomalee", planned=True),
            expect("1843-03-21", "trincomalee"),
            expect("1838/..", "fever"),
        ),
    ),
    Text(
        "carrick-seagrass-survey",
        "seagrass meadow survey report",
        None,
        """CARRICK SOUND SEAGRASS MEADOW SURVEY 2024
Report No. CSM-24-03 | Prepared for Carrick Sound Harbour Commission by Tidewrack Ecology Ltd

1. Summary
The intertidal and subtidal Zostera marina meadows of Carrick Sound were surveyed from 3 to
7 June 2024 by drop-down camera and diver transects at 42 stations. The meadow at Pellan Bay
covers an estimated 38.6 ha, some 14 per cent more than in 2021.

2. Background
The meadows were first mapped in 1986, when they covered about 120 ha. Most of the Pellan Bay
bed was lost to wasting disease in about 1992, and recovery has been slow. Restoration
planting by the Sound Trust began in the autumn of 2019, and some 250,000 seeds were sown by
hand in November 2020. Since 2021 the harbour commission has replaced 34 swing moorings in the
meadows with eco-moorings.

3. Methods
Shoot density was counted in 0.25 m² quadrats along transects T1 to T6, following the regional
protocol (version 2.1). Metadata follow ISO 19115.

4. Recommendations
The survey should be repeated every three years; the next survey is scheduled for June 2027.
The full dataset will be deposited with the Marine Records Archive by 31 March 2025.

Contact: survey@tidewrack.example""",
        (
            expect("2024-06-03/2024-06-07", "survey"),
            expect("1986", "map"),
            expect("1992~", "disease"),
            expect("2020-11", "seed"),
            expect("2021/..", "mooring"),
            expect("2027-06", "survey", planned=True),
            expect("../2025-03-31", "dataset", planned=True),
        ),
    ),
    Text(
        "grindle-tap-history",
        "brewery tap's history",
        None,
        """THE GRINDLE TAP - A SHORT HISTORY
(printed on the back of our menu)

The cellar under your feet is the oldest part of the building: its brick vault dates from
around 1790, when this was a maltster's store. Hester Grindle, a widow with seven children,
founded the Grindle Lane Brewery here in 1838 and sold her first ales from the window.

The brewery tap was licensed in 1851, and for more than a century the men from the brewhouse
were paid partly in beer. Grindle's was bought by Castellan Breweries in 1959, which closed
the brewhouse in 1967. The tap carried on as a free house from 1968 until 2012, run for most
of those years by the Mayhew family.

Brewing resumed in 2013, when three friends installed a ten-barrel kit in the old malt store,
and the tap reopened two years later after a full restoration.

Our flagship 1838 Porter is brewed to a recipe found in Hester's daybook. Cask ales change
every Friday and the quiz is on Tuesday nights.

Next on the list: we plan to open a beer garden in the old yard in May 2026.

Dogs welcome. Grindle Tap, 4 Grindle Lane. Tel 0113 496 0718.""",
        (
            expect("1790~", "cellar"),
            expect("1838", "brewery", "found"),
            expect("1851", "licens"),
            expect("1959", "castellan"),
            expect("1967", "clos"),
            expect("1968/2012", "free", "house"),
            expect("2013", "brewing"),
            expect("2015", "reopen"),
            expect("2026-05", "beer", "garden", planned=True),
        ),
    ),
    Text(
        "ostravia-bond-reopening",
        "treasury bond issuance statement",
        None,
        """REPUBLIC OF OSTRAVIA - PUBLIC DEBT MANAGEMENT OFFICE
Press statement No. 41/2025
Vallis, 7 October 2025

Reopening of the 3.25% Treasury Bond (ISIN OS0000A3XK19)

The Public Debt Management Office (PDMO) announces that it will auction up to EUR 2,000
million of the 3.25% Treasury Bond on Tuesday 14 October 2025 through the auction system of
the Bank of Ostravia.

The bond was first issued by syndication on 9 January 2025 in an amount of EUR 5,000 million.
It pays an annual coupon on 15 March and will mature on 15 March 2035. Settlement of the
reopening will take place on Thursday 16 October 2025.

The two remaining auctions of the 2025 calendar will be held on 11 November and 9 December.
The issuance calendar for 2026 will be published by 19 December 2025.

Ostravia has been rated A+ by Meridian Ratings since June 2022. The issue is made under the
Public Debt Act 1999 and the Annual Borrowing Decree.

Contact: PDMO Investor Relations, +38 1 555 0190, ir@pdmo.example""",
        (
            expect("2025-10-14", "auction", planned=True),
            expect("2025-01-09", "issu"),
            expect("2035-03-15", "matur", planned=True),
            expect("2025-10-16", "settlement", planned=True),
            expect("2025-11-11", "auction", planned=True),
            expect("2025-12-09", "auction", planned=True),
            expect("../2025-12-19", "calendar", planned=True),
            expect("2022-06/..", "a+"),
        ),
    ),
    Text(
        "ferncombe-zoo-whats-on",
        "zoo HTML events page",
        date(2025, 4, 2),
        """<html>
<head><title>What's on | Ferncombe Zoo</title></head>
<body>
<header><img src="/img/logo.svg" alt="Ferncombe Zoo">
<nav><a href="/visit">Visit</a> <a href="/tickets">Tickets</a>
<a href="/whats-on">What's on</a></nav>
</header>
<main>
<h1>What's on this spring</h1>
<p class="updated">Page last updated: 2 April 2025</p>
<section id="news">
<h2>Zoo news</h2>
<p>Our Amur tigress Sasha gave birth to two cubs on 9 March. Mother and cubs are doing well
and should be on view from mid-April.</p>
<p>Keepers' talks are held daily at the giraffe house; see the board at the main gate for
times.</p>
</section>
<section id="events">
<h2>Events</h2>
<ul>
<li><strong>Sat 12 April – Sun 27 April</strong>: Easter Egg Trail around the zoo, included
in admission.</li>
<li><strong>22–25 April</strong>: The reptile house will be closed for maintenance.</li>
<li><strong>Thursday 1 May</strong>: Our new lemur walkthrough, Lemur Lane, opens to
visitors.</li>
<li><strong>Fri 16 May, 6pm–10pm</strong>: Night at the Zoo (adults only). Tickets must be
booked by 10 May.</li>
<li><strong>Every day</strong>: Penguin feeding at 11:30 and 15:00.</li>
</ul>
</section>
<section id="about">
<h2>About us</h2>
<p>Ferncombe Zoo opened in 1957 in the grounds of Ferncombe Hall and now cares for more than
1,400 animals of 160 species.</p>
</section>
</main>
<footer>&copy; 2025 Ferncombe Zoological Society &middot; Registered charity 1048211</footer>
</body>
</html>""",
        (
            expect("2025-03-09", "cub"),
            expect("1957", "zoo", "open"),
            expect("2025-04-12/2025-04-27", "trail", planned=True),
            expect("2025-04-22/2025-04-25", "reptile", planned=True),
            expect("2025-05-01", "lemur", planned=True),
            expect("2025-05-16", "night", planned=True),
            expect("../2025-05-10", "ticket", planned=True),
        ),
    ),
    Text(
        "alder-v-pryce-boundary",
        "land tribunal boundary decision",
        None,
        """LANDS AND BOUNDARIES TRIBUNAL
Case reference: LBT/BD/2023/0147
Property: 12 and 14 Wickham Rise, Orlestone
Applicant: Mrs Sophie Alder
Respondent: Mr Gareth Pryce
Tribunal Judge: R. Osterley
Decision date: 12 March 2024

DECISION

1. The boundary between 12 and 14 Wickham Rise is the line A-B on the plan annexed to this
decision. The Chief Land Registrar is directed to give effect to this decision by 30 April
2024.

REASONS

2. Both properties were formerly part of the garden of Orchard House and were divided by a
conveyance dated 4 May 1962, whose plan is expressly "for identification only".

3. A close-boarded fence was put up along the disputed line in about 1975, and a beech hedge
was planted beside it. Mr Pryce bought No. 14 in 1998. Mrs Alder bought No. 12 on 30 November
2016.

4. In September 2021 Mr Pryce removed the hedge and part of the fence and built a garage wall
some 0.6 m to the west of the old line. Mrs Alder applied to the Tribunal on 3 February 2023.

5. At my site inspection on 17 January 2024 I saw the stumps of the old fence posts, which
match the line of the hedge on aerial photographs. I find that the owners treated that line
as the boundary for more than forty years, and nothing in the Land Registration Act 2002
prevents me from determining it as such.""",
        (
            expect("../2024-04-30", "registrar", planned=True),
            expect("1962-05-04", "conveyance"),
            expect("1975~", "fence"),
            expect("1998", "pryce"),
            expect("2016-11-30", "alder"),
            expect("2021-09", "hedge"),
            expect("2023-02-03", "appli"),
            expect("2024-01-17", "inspection"),
        ),
    ),
    Text(
        "cullan-edge-quarry",
        "quarry's history",
        None,
        """CULLAN EDGE QUARRY: A SHORT HISTORY
Cullan Edge Heritage Group - Information board 3

Grey gritstone has been dug on Cullan Edge since at least the 1600s, but organised quarrying
began in 1781, when the Earl of Marley granted a 21-year lease to the mason Thomas Ibbet.

A horse-drawn tramway down to the Marley Canal opened in 1824, and the quarry shipped stone
for the harbour works at Saltness in 1852, 1855 and 1859.

On 9 March 1887 a rockfall on the north face killed four men, among them Ibbet's
great-grandson Walter. In about 1900 the workforce peaked at some 300 men, many of whom lived
in the terraces of Quarry Row. Demand fell after the First World War, and the quarry closed in
1958.

Cullan Edge has been a local nature reserve since 1994, and the flooded lower pit is now home
to great crested newts. A waymarked heritage trail around the old workings will open in 2026.

Please keep to the paths. Climbing on the quarry faces is not permitted.

Board funded by the Marley Estate Trust, grant ref. 1887/22.""",
        (
            expect("1781", "lease"),
            expect("1824", "tramway"),
            expect("1852", "harbour"),
            expect("1855", "harbour"),
            expect("1859", "harbour"),
            expect("1887-03-09", "rockfall"),
            expect("1900~", "workforce"),
            expect("1958", "quarry", "clos"),
            expect("1994/..", "reserve"),
            expect("2026", "trail", planned=True),
        ),
    ),
    Text(
        "pennyfield-allotment-notices",
        "allotment society's notices",
        date(2025, 3, 3),
        """PENNYFIELD ALLOTMENT SOCIETY
Notice board - posted Monday 3 March 2025

ANNUAL GENERAL MEETING
The AGM will be held on Saturday 22 March at 10am in the trading hut. Nominations for the
committee to the secretary by 15 March, please.

RENTS
Plot rents for 2025/26 are due by 31 March. Full plot £48, half plot £26.

WATER
The troughs will be turned on on Tuesday 1 April, weather permitting. Please do not use
hosepipes on site.

SEED SWAP
Thank you to everyone who came to the seed swap on Sunday - over 60 packets changed hands.

COMMITTEE
Joan Ferris stepped down as treasurer on 28 February. Our thanks to Joan for her careful work.
The society, founded in 1919 on land given by the Pennyfield estate, is looking for a new
treasurer. Plot inspections take place on the first Saturday of every month.

BONFIRES
A reminder that bonfires have been banned on site since 1 January 2023.

Waiting list: 37 names. Contact the secretary, Ruth Kimani, plot 19A, tel. 07700 900417.""",
        (
            expect("2025-03-22", "agm", planned=True),
            expect("../2025-03-15", "nominat", planned=True),
            expect("../2025-03-31", "rent", planned=True),
            expect("2025-04-01", "trough", planned=True),
            expect("2025-03-02", "seed", "swap"),
            expect("2023-01-01/..", "bonfire"),
            expect("2025-02-28", "ferris"),
            expect("1919", "society", "found"),
        ),
    ),
)
