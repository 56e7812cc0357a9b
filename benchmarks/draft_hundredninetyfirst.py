"""The hundred-and-ninety-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: the organisations, people
and facts are invented. Its twenty styles: a wire story with a dateline, a press release, a
court opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, a volcanic activity update, a judo grand
prix report, a battery recycling plant release, a missionary's journal of the 1860s, a
dragonfly transect report, a pier pavilion's history, a culture secretary's listed buildings
statement, a concert hall HTML season page, a land registry adjudication, a candle maker's
history and a photographic society's programme. Facts whose date a reader could take two ways
(a season, a decade, "next week", "recently"), habits, comparisons and document furniture are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYFIRST_CORPUS",)


HUNDREDNINETYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRELPORT, March 14 (Northgate Wire) - The island ferry operator Solway Links
suspended all crossings to the Marra Islands on Thursday after inspectors found cracks in
the hull of its only large vessel, the Brenna Star.

The ship had returned from a refit in Gdynia on February 27 and had been back in service for
barely two weeks. Solway Links said the Brenna Star would be back on the route by April 4 at
the latest, once a welding crew had finished repairs in Kestrelport's dry dock.

A chartered replacement, the Orla, is due to arrive from Stranraer on Monday and should carry
its first passengers the following day, the company said in a statement.

The islands' council, which has paid a subsidy for the route since 2009, called an emergency
meeting for March 20. Complaints about cancellations last winter were the highest since 2018,
council leader Fergus Annand told reporters. "People cannot get to hospital appointments,"
he said. "This cannot go on."

The Brenna Star was built in about 1994 in Aberdeen and bought by Solway Links in 2011. About
2,600 people live on the three inhabited islands, and sailings normally leave Kestrelport
every morning at 07:15.

(Reporting by Ailsa Brodie; Editing by Martin Kerr; tel. +44 141 496 0331)""",
        (
            expect("2025-03-13", "suspend", "crossings"),
            expect("2025-02-27", "refit"),
            expect("../2025-04-04", "brenna", "route", planned=True),
            expect("2025-03-17", "orla", "arrive", planned=True),
            expect("2025-03-18", "passengers", planned=True),
            expect("2009/..", "subsidy"),
            expect("2025-03-20", "meeting", planned=True),
            expect("1994~", "built"),
            expect("2011", "bought"),
        ),
    ),
    Text(
        "biotech-research-centre",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Tallowmere Biotech opens £38 million research centre in Lindford

LINDFORD, 3 June 2025 - Tallowmere Biotech, the developer of enzyme therapies for rare
metabolic diseases, today opened its new research centre on the Riverside Science Park.

The four-storey centre was part-funded by a £14 million grant from the Northern Innovation
Fund, awarded on 12 March 2024. Construction began in January 2024 and was completed on
30 April 2025, two weeks ahead of schedule. The laboratories are certified to ISO 13485.

The first clinical trial to be run from the new laboratories is scheduled to start in
November, and the centre will employ about 120 scientists by December 2026.

"This building gives our teams room to grow," said chief executive Dr Priya Ansell. "Every
one of our programmes will be run from Lindford."

Councillor Ruth Oyelaran, who cut the ribbon, said the centre was the largest private
investment on the science park since it was laid out.

About Tallowmere Biotech
Founded in 2011 by Dr Priya Ansell and Dr Conor Maybury, Tallowmere moved to Lindford the
following year. It has been listed on the AIM market of the London Stock Exchange since 2017
and employs 310 people in Lindford and Basel.

Media contact: Hannah Kell, Tallowmere Biotech
+44 113 496 0712 | press@tallowmere.example

###""",
        (
            expect("2025-06-03", "centre", "open"),
            expect("2024-03-12", "grant"),
            expect("2024-01", "construction"),
            expect("2025-04-30", "complet"),
            expect("2025-11", "trial", planned=True),
            expect("../2026-12", "employ", planned=True),
            expect("2011", "found"),
            expect("2012", "lindford"),
            expect("2017/..", "list"),
        ),
    ),
    Text(
        "hale-v-brixley",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 2-23-0417

DORRAN HALE, Appellant,
v.
BRIXLEY PROPERTIES LLC, Appellee.

Appeal from the Circuit Court of Calder County, No. 20-CV-1188,
the Honorable Luis Pennock, Judge, presiding.

JUDGE MARQUAND delivered the opinion of the court.

OPINION

¶ 1 Appellant Dorran Hale appeals from a judgment for possession and damages entered against
him under the Residential Tenancies Act of 1986. We affirm.

¶ 2 I. BACKGROUND

¶ 3 Brixley Properties has owned the building at 41 Fennel Street since 2004. On or about
March 3, 2019, Hale signed a one-year lease for the ground-floor unit, which renewed
automatically each year thereafter.

¶ 4 Brixley served a notice to quit on August 14, 2020. Hale vacated the unit two days later
but left fixtures and equipment in it. Brixley filed suit on September 30, 2020.

¶ 5 After a bench trial, the circuit court entered judgment for Brixley on May 9, 2022,
awarding $11,430 in unpaid rent and damages. Hale filed his notice of appeal on June 2, 2022.
We heard argument on October 11, 2023.

¶ 6 II. ANALYSIS

¶ 7 Hale argues that the notice was defective under section 12(b) of the Act because it was
not served "not less than 30 days" before the date it named. The record shows otherwise. The
notice gave 45 days, and Hale acknowledged receipt in writing. His remaining arguments were
not raised below and are forfeited.

¶ 8 III. CONCLUSION

¶ 9 The judgment of the circuit court is affirmed.

¶ 10 Affirmed.""",
        (
            expect("2004/..", "own"),
            expect("2019-03-03~", "lease"),
            expect("2020-08-14", "notice"),
            expect("2020-08-16", "vacat"),
            expect("2020-09-30", "suit"),
            expect("2022-05-09", "judgment"),
            expect("2022-06-02", "appeal"),
            expect("2023-10-11", "argument"),
        ),
    ),
    Text(
        "varnholm-canal",
        "encyclopedia history",
        None,
        """Varnholm Canal

The Varnholm Canal is a 23-mile (37 km) navigable waterway in northern England linking the
River Tane at Varnholm with the former coal basin at Tillcote. It has 31 locks, 14 of them in
the Hesket flight, the steepest flight built in the county before 1800.

History

Construction began in 1791 under the engineer Josiah Brand, and the canal opened to traffic
in 1797. Coal, lime and grain made up most of its trade, and for half a century it paid its
shareholders a dividend.

The railway reached Varnholm in 1852, and the railway company bought the canal the following
year. Traffic declined through the later nineteenth century as the railway lowered its coal
rates, and commercial carrying ceased around 1931. The upper section was drained after a
breach and its locks were filled in.

Restoration

The Varnholm Canal Trust, a volunteer body, has carried out restoration since 1974. The
lower eleven miles were reopened in three stages, in 1989, 1996 and 2004, and now carry
hire boats and a trip boat from Varnholm basin.

The restored upper section, including the Hesket flight, is expected to reopen in 2027.

See also

Canals of England; Tane Navigation; List of canal locks in England""",
        (
            expect("1791", "construction"),
            expect("1797", "open"),
            expect("1852", "railway"),
            expect("1853", "canal"),
            expect("1931~", "carrying", "ceas"),
            expect("1974/..", "restoration"),
            expect("1989", "reopen"),
            expect("1996", "reopen"),
            expect("2004", "reopen"),
            expect("2027", "upper", "reopen", planned=True),
        ),
    ),
    Text(
        "rovers-beat-mireham",
        "sports report",
        date(2025, 9, 21),
        """Rovers end home drought as Pell double sinks Mireham

By Callum Reiss

Castleford Rovers 3 Mireham Town 1

Castleford Rovers beat Mireham Town 3-1 at Brook Lane on Saturday to record their first home
league win since April 2023.

Jonah Pell, who joined from Astley Athletic on August 29, scored twice in the first half,
heading in a corner on 11 minutes and curling a second into the top corner before the break.
Mireham pulled one back through Dev Sandhu after the interval, but substitute Kieran Obi
sealed the points with a low shot three minutes from time.

Mireham were without goalkeeper Ade Kolawole, who broke his wrist in training on 2 August,
and his stand-in was at fault for the second goal.

Manager Siân Royle, in charge since November 2024, said: "We have been knocking on the door
for weeks. The lads deserved that for the supporters."

Rovers, promoted in 2022, have now scored in every home match this season. Royle's side
travel to Denholme on Tuesday before the cup tie against Harrowby on October 4.

Castleford Rovers: Hale; Mensah, Dorsey, Lyle, Finch; Ward, Cope (Obi 70); Pell, Ainsley,
Tate; Gray.

Attendance: 6,412. Referee: P. Lund.""",
        (
            expect("2025-09-20", "beat"),
            expect("2025-08-29", "pell", "join"),
            expect("2025-08-02", "wrist"),
            expect("2024-11/..", "royle"),
            expect("2022", "promot"),
            expect("2025-09-23", "denholme", planned=True),
            expect("2025-10-04", "harrowby", planned=True),
        ),
    ),
    Text(
        "perrin-cycles-history",
        "company history",
        None,
        """Perrin Cycles: our story

Auguste Perrin, a French-born wheelwright, founded the company in 1907 in a workshop behind
his brother's forge on Dale Street, Brackwell. The business was incorporated as Perrin Cycles
Ltd in 1912 and moved to the Westgate Road works in 1919, where our frames are still brazed
by hand today.

From 1940 to 1945 the factory made ammunition boxes and folding bicycles for airborne troops,
and frame building for the public stopped entirely.

Exports began after the war. The first frames were shipped to Canada in about 1956, and
Perrin dealers soon opened in Toronto and Montreal.

Riders on Perrin frames won the national road championship in 1964, 1966 and 1971, and the
yellow-and-black Perrin jersey became one of the best-known sights in British club racing.

After three generations of family ownership, Perrin has belonged to the Calder Group since
1988. The Calder years brought investment in tooling and a return to racing sponsorship.

Today Perrin builds around 3,000 frames a year and exports to 22 countries. A new assembly
hall at Westgate Road will open in 2026, doubling the space for our frame builders.

Perrin Cycles Ltd, Westgate Road, Brackwell BK4 2RL | Company No. 00123874""",
        (
            expect("1907", "found"),
            expect("1912", "incorporat"),
            expect("1919", "westgate"),
            expect("1940/1945", "ammunition"),
            expect("1956~", "canada"),
            expect("1964", "championship"),
            expect("1966", "championship"),
            expect("1971", "championship"),
            expect("1988/..", "calder"),
            expect("2026", "assembly", "hall", planned=True),
        ),
    ),
    Text(
        "orrery-2-mission",
        "mission summary",
        None,
        """Mission summary: Orrery-2

Agency: Tessaly Space Agency (TSA) | Type: lunar orbiter and lander | Status: operating
Mass at launch: 1,840 kg | Orbit: 100 km polar

Orrery-2 is the Tessaly Space Agency's second lunar mission and its first to land. Its
orbiter maps water ice in the permanently shadowed craters of the south polar region.

The mission concept was first studied in roughly 2017, and the agency approved the mission in
March 2019. Orrery-2 was launched on 14 September 2023 from the Korvan launch site on a
Lyra-4 rocket. It entered lunar orbit on 2 October and released its lander, Pip, on
19 October. Pip touched down two days later on the rim of the crater Vessel D, the first
soft landing by a Tessalian spacecraft.

Pip operated for about 13 Earth days before the lunar night ended its mission. Its drill
reached a depth of 38 cm, and its spectrometer returned 214 measurements of the regolith.

Science operations with the orbiter's radar sounder have continued since November 2023. In
June 2024 the agency extended the mission. The orbiter is to be deliberately crashed into the
far side no later than March 2027, so that it cannot strike any future landing site.

Principal investigator: Dr Jarek Milo, Korvan Institute of Planetary Science""",
        (
            expect("2017~", "concept"),
            expect("2019-03", "approv"),
            expect("2023-09-14", "launch"),
            expect("2023-10-02", "orbit"),
            expect("2023-10-19", "pip", "releas"),
            expect("2023-10-21", "pip", "touch"),
            expect("2023-11/..", "science", "operations"),
            expect("2024-06", "extend"),
            expect("../2027-03", "crash", planned=True),
        ),
    ),
    Text(
        "drought-declared-statement",
        "government statement",
        date(2025, 7, 8),
        """MINISTRY OF WATER RESOURCES
Press statement | Ref. MWR/2025/114

Drought declared in eastern provinces

The Ministry declared a drought in the provinces of Ardel, Sorne and Vask on Monday, after
the driest spring on record and a dry start to the summer. A drought was last declared in the
region in 2018.

Restrictions on the use of hosepipes for watering gardens and washing cars will take effect
on 15 July. Water companies must submit their drought contingency plans to the Ministry no
later than 31 July.

The Ardel pumping station, out of use since 2021, will be recommissioned by 29 August to
move water from the river into the reservoir.

The Minister for Water Resources, Dr Rana Velic, will visit the Ardel reservoir on Thursday.
The reservoir, completed in 1963, is now at 41 per cent of capacity.

"Every household can help by using a little less water," the Minister said. "We will not
hesitate to use further powers under the Drought Act 1976 if the dry weather continues."

Reservoir levels are published on the Ministry's website every Friday.

Notes to editors
Press office: 0300 555 0190 (24 hours)""",
        (
            expect("2025-07-07", "drought", "declar"),
            expect("2018", "drought"),
            expect("2025-07-15", "hosepipe", planned=True),
            expect("../2025-07-31", "contingency", planned=True),
            expect("2021/..", "pumping"),
            expect("../2025-08-29", "pumping", "recommission", planned=True),
            expect("2025-07-10", "velic", "visit", planned=True),
            expect("1963", "reservoir", "complet"),
        ),
    ),
    Text(
        "marlow-street-library",
        "HTML news page",
        date(2025, 11, 5),
        """<article class="story">
<header>
<p class="kicker">Local news</p>
<h1>Marlow Street library reopens after £2.1m repair</h1>
<p class="byline">By Dana Pryce, local democracy reporter</p>
<time datetime="2025-11-05">5 November 2025</time>
</header>
<p>The Marlow Street library reopened on Monday, nearly two years after it closed in
January 2024 when part of its roof collapsed during a storm.</p>
<p>Repairs began in May 2024. The building, which was built in 1904 with a gift from the soap
manufacturer Ezra Colley, was handed back to the council on 24 October 2025. It has been a
listed building since 1979, which meant the slates and lantern had to be matched by hand.</p>
<p>"It was worth the wait," said library manager Joy Abara. Around 1,900 books that were
damaged by rainwater have been replaced.</p>
<p>A celebration with readings and a brass band will be held on Saturday 15 November. The
children's reading hour, held every Tuesday, returns next week.</p>
<p>The council expects to fit solar panels to the roof by March 2026.</p>
<aside class="factbox">
<h2>Opening hours</h2>
<p>Mon&ndash;Sat 9:00&ndash;18:00. Phone 01632 960 448.</p>
</aside>
</article>""",
        (
            expect("2025-11-03", "library", "reopen"),
            expect("2024-01", "clos"),
            expect("2024-05", "repairs"),
            expect("1904", "built"),
            expect("2025-10-24", "hand"),
            expect("1979/..", "list"),
            expect("2025-11-15", "celebration", planned=True),
            expect("../2026-03", "solar", planned=True),
        ),
    ),
    Text(
        "kerrow-volcano-update",
        "volcanic activity update",
        date(2025, 4, 17),
        """KERROW VOLCANO - ACTIVITY UPDATE No. 2025/07
Kerrow Volcano Observatory (KVO)
Issued: Thursday 17 April 2025, 10:00 local time
Volcano Alert Level: ORANGE | Aviation Colour Code: ORANGE

Summary
KVO raised the alert level from Yellow to Orange on 12 April. A 5 km exclusion zone around
the summit has been in force since 12 April, and residents of the upper slopes remain
evacuated.

An explosive eruption at 06:42 on 14 April produced an ash column about 7 km above the
summit. Ash fell in the village of Tarrow the following day, to a depth of 2 mm.

Monitoring
Seismicity: 142 volcano-tectonic earthquakes were recorded in the past 24 hours, compared
with an average of 20 a day. Inflation of the summit area has been measured since early
March. Sulphur dioxide emissions were about 2,300 tonnes a day.

Field work
A KVO team will install two additional seismometers on the north flank on Saturday.

Background
Kerrow last erupted in 1979. A larger eruption c. 1820 destroyed the old village of Tarrow.
The date of an earlier flank eruption, possibly 1744, is uncertain.

The next update will be issued as conditions change.
Contact: KVO duty scientist, +64 7 555 0192""",
        (
            expect("2025-04-12", "alert", "rais"),
            expect("2025-04-12/..", "exclusion", "zone"),
            expect("2025-04-14", "eruption"),
            expect("2025-04-15", "ash"),
            expect("2025-04-19", "seismometers", planned=True),
            expect("1979", "erupt"),
            expect("1820~", "eruption"),
            expect("1744?", "flank", "eruption"),
        ),
    ),
    Text(
        "varsenne-judo-grand-prix",
        "judo grand prix report",
        date(2025, 2, 24),
        """Judo: Okafor-Reyes strikes gold in Varsenne

Report by Elin Haust | Photos: IJF / Marco Deluca

The Varsenne Grand Prix, held from 21 to 23 February, drew 412 judoka from 58 nations to the
Palais des Sports, and the national team leaves with two golds and a bronze.

Tamsin Okafor-Reyes won the -63kg title on Saturday, throwing Japan's Mei Kanda for ippon
with a sode-tsurikomi-goshi 48 seconds into the final. It was her first Grand Prix gold since
2019. She had won bronze in Varsenne in 2021 and 2023.

"I have lost on this mat twice," she said. "Today I wanted to leave it as the winner."

Teammate Bruno Lestrade, who has trained at the Varsenne Judo Centre since 2020, took the
-90kg title on Sunday, beating Georgia's Levan Beridze by waza-ari in golden score. Anya
Sorel added bronze in the -52kg.

The gold medals are worth 700 ranking points each. The team travels next to the Tellus Grand
Slam, which runs from 7 to 9 March, and the world championships will be held in Korsa in
June.

Results, -63kg: 1. Okafor-Reyes; 2. Kanda; 3. Pirelli, Novak.
Results, -90kg: 1. Lestrade; 2. Beridze; 3. Almeida, Kato.""",
        (
            expect("2025-02-21/2025-02-23", "grand", "prix"),
            expect("2025-02-22", "okafor", "title"),
            expect("2021", "bronze"),
            expect("2023", "bronze"),
            expect("2020/..", "lestrade", "trained"),
            expect("2025-02-23", "lestrade", "title"),
            expect("2025-03-07/2025-03-09", "tellus", planned=True),
            expect("2025-06", "world", "championships", planned=True),
        ),
    ),
    Text(
        "cellcycle-brackwell-plant",
        "battery recycling plant release",
        date(2025, 5, 20),
        """PRESS RELEASE

Cellcycle UK breaks ground on Brackwell battery recycling plant

BRACKWELL, 20 May 2025 - Cellcycle UK today broke ground on its £210 million battery
recycling plant at the Brackwell Energy Park, the largest of its kind planned in Britain.

The 14-hectare site was home to the Brackwell B coal-fired power station, which operated from
1958 to 2016 and was demolished in 2019. Planning permission for the plant was granted on
2 December 2024.

The plant is expected to begin operations in 2027 and to reach its full capacity of roughly
30,000 tonnes of end-of-life batteries a year by 2029 at the latest. It will recover lithium,
nickel and cobalt for new battery cells and create about 350 jobs.

"Brackwell powered this region for sixty years. Now it will help power the next sixty,"
said Cellcycle chief executive Imogen Hart.

The plant will be run to the ISO 14001 environmental standard, and its black mass will be
processed on site.

About Cellcycle UK
Founded in 2019, Cellcycle opened its pilot line in Deeford in March 2022 and has recovered
battery-grade lithium carbonate there since 2023.

Media enquiries: Tom Varley, tom.varley@cellcycle.example, +44 1632 960 715""",
        (
            expect("2025-05-20", "ground"),
            expect("1958/2016", "power", "station"),
            expect("2019", "demoli"),
            expect("2024-12-02", "planning", "permission"),
            expect("2027", "operations", planned=True),
            expect("../2029", "capacity", planned=True),
            expect("2019", "found"),
            expect("2022-03", "pilot"),
            expect("2023/..", "lithium"),
        ),
    ),
    Text(
        "arkwright-ebenwa-journal",
        "missionary's journal of the 1860s",
        None,
        """From the journal of the Rev. Thomas Arkwright, Ebenwa Mission, 1864

March 3rd, 1864. - Reached the station at Ebenwa about noon, after eleven days upon the
river. Brother Hallam and his good wife received me most kindly, and gave me the room that
looks upon the garden.

March 6th. - Hallam tells me the chapel was raised about 1851 by Mr Pryor, who is now gone
home. The first convert, he thinks, was baptised in 1858, though he cannot be sure of the
year, the old book having been spoiled by the damp. Service is held at sunrise every day.

Sunday, 13th. - Baptised four adults and a child in the river below the chapel, before a
great company of people. Text: Acts viii. 36.

March 20th. - The boat for the coast is to leave on the 28th, and I
shall send these pages and my letters home by it.

April 2nd. - The boat got away only on the 30th, two days late, the men having waited for
the river to rise. Began the school this morning with eleven children, who sat upon the
floor, there being as yet no benches.

April 9th. - A quiet Sabbath. I have not ceased to think of my dear Ellen since she was taken
from me on the 9th of June, 1861, and I pray that her example may keep me faithful here.""",
        (
            expect("1864-03-03", "reach", "ebenwa"),
            expect("1851~", "chapel"),
            expect("1858?", "convert", "baptis"),
            expect("1864-03-13", "baptis"),
            expect("1864-03-28", "boat", planned=True),
            expect("1864-03-30", "boat"),
            expect("1864-04-02", "school"),
            expect("1861-06-09", "ellen"),
        ),
    ),
    Text(
        "sallow-fen-dragonflies",
        "dragonfly transect report",
        None,
        """Sallow Fen Dragonfly Transect - Interim Report 2024

Recorder: Gwen Allard | Transect: 1.8 km, 12 sections | Grid ref. TL 4123 8876
Report date: 20 September 2024

Background
The transect was set up in 2009 and is walked weekly between May and September in suitable
weather. The site has been managed by the Fen Trust since 1996.

Season summary
Twenty-one walks were completed this season. The first Hairy Dragonfly of 2024 was seen on
27 April in section 2. Norfolk Hawkers were recorded on 3, 9 and 16 June, with a peak of
seven on the last date. A Lesser Emperor patrolled section 7 on 2 August, the first record
for the site since 2015.

Numbers of Four-spotted Chaser were the lowest since the transect began, probably because of
the cold, wet weather in May. Banded Demoiselle counts were the highest on record.

Species totals (sections 1-12)
Hairy Dragonfly 14 | Norfolk Hawker 23 | Four-spotted Chaser 31 | Banded Demoiselle 188

Management
Pond dredging on sections 4-6 is scheduled for 14 October, and the new boardwalk across the
reedbed should be finished by 31 December. Volunteers meet on the first Saturday of each
month; contact the warden on 01638 555 204.""",
        (
            expect("2009", "transect"),
            expect("1996/..", "fen", "trust"),
            expect("2024-04-27", "hairy", "dragonfly"),
            expect("2024-06-03", "norfolk", "hawker"),
            expect("2024-06-09", "norfolk", "hawker"),
            expect("2024-06-16", "norfolk", "hawker"),
            expect("2024-08-02", "lesser", "emperor"),
            expect("2024-10-14", "dredging", planned=True),
            expect("../2024-12-31", "boardwalk", planned=True),
        ),
    ),
    Text(
        "skelby-pier-pavilion",
        "pier pavilion's history",
        None,
        """The Pavilion, Skelby Pier: a short history

Skelby Pier opened on 12 July 1871, when some four thousand people paid a penny each to
walk its 1,150 feet of deck. The Pavilion at the seaward end was added in 1893, to designs
by the Leeds architect Samuel Hurd, and soon became the town's favourite concert room.

On the night of 4 August 1921 fire destroyed the Pavilion. It was rebuilt in reinforced
concrete by 1924, with a sprung dance floor and seats for 900.

In 1940 the Army cut a gap in the deck to stop the pier being used as a landing stage by an
invader. The pier reopened in 1948, and summer shows ran every season until the crowds
began to go abroad.

The Pavilion has been Grade II listed since 1986. It closed in about 2008, when the last
operator gave up the lease, and stood empty for more than a decade. The Skelby Pier Trust
bought the pier and the Pavilion in 2019 and has raised £6.4 million for their repair.

The restored Pavilion is to reopen on 1 May 2026 with a café, a ballroom and a small museum
of the pier's history.

Skelby Pier Trust, registered charity no. 1184471. Tours every Saturday at 11am.""",
        (
            expect("1871-07-12", "pier", "open"),
            expect("1893", "pavilion", "add"),
            expect("1921-08-04", "fire"),
            expect("../1924", "rebuil"),
            expect("1940", "gap"),
            expect("1948", "reopen"),
            expect("1986/..", "list"),
            expect("2008~", "clos"),
            expect("2019", "trust"),
            expect("2026-05-01", "reopen", planned=True),
        ),
    ),
    Text(
        "post-war-listings-statement",
        "culture secretary's listed buildings statement",
        date(2025, 10, 16),
        """Written Ministerial Statement

Listed buildings: post-war public architecture

Department for Culture, Heritage and Sport
Made on: 16 October 2025 | Statement UIN HCWS1082

The Secretary of State for Culture, Heritage and Sport (Ms Orla Brenton):

Today I have added 14 buildings of the post-war period to the National Heritage List for
England, on the advice of Historic England, which I received on 2 September.

They include the Ashby Road bus garage in Hallamford, built in 1936 and enlarged after the
war with a shell-concrete roof of remarkable span, and the Orchard Estate in Wendle, designed
c. 1962 and completed in 1967, one of the best-preserved low-rise council estates of its
time.

I have also upgraded Tanner's Mill, Colbeck, to Grade II*. The mill has been in the hands of
the same family since 1807 and keeps its original water wheel.

Listing under the Planning (Listed Buildings and Conservation Areas) Act 1990 does not
prevent change, but it ensures that the special interest of these buildings is considered
when change is proposed.

Owners may ask for a review of any of these decisions. Requests must reach the Department no
later than 27 November 2025.

I will place a full list of the buildings in the Libraries of both Houses.""",
        (
            expect("2025-10-16", "buildings"),
            expect("2025-09-02", "advice"),
            expect("1936", "bus", "garage"),
            expect("1962~", "orchard", "design"),
            expect("1967", "orchard", "complet"),
            expect("2025-10-16", "tanner", "upgrad"),
            expect("1807/..", "family"),
            expect("../2025-11-27", "review", planned=True),
        ),
    ),
    Text(
        "aldermoor-hall-season",
        "concert hall HTML season page",
        date(2025, 8, 28),
        """<!DOCTYPE html>
<html lang="en">
<head><title>2025&ndash;26 Season | Aldermoor Hall</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's on</a> |
<a href="/visit">Visit</a></nav>
<main>
<h1>Our 2025&ndash;26 season</h1>
<p>The season opens on Friday 19 September with Bruckner's Seventh Symphony under our
principal conductor, Hana Witold, who has led the Aldermoor Philharmonic since 2021.</p>
<p>From 3 to 5 October the orchestra plays Mahler's Second, Fifth and Ninth symphonies in a
weekend of three concerts, with the Aldermoor Festival Chorus.</p>
<p>The New Year's concert on 1 January 2026 brings waltzes, polkas and a guest appearance by
the violinist Tomasz Ryl.</p>
<h2>Booking</h2>
<p>Tickets go on sale to members on Monday and to the public on 8 September.</p>
<ul>
<li>Coffee concerts every Sunday at 11:00</li>
<li>Box office: Mon&ndash;Sat 10:00&ndash;18:00, 0161 496 0870</li>
</ul>
<h2>About the hall</h2>
<p>The hall opened in 1958 and reopened after a two-year renovation in 2019. Its 1,600 seats
are among the best in the north for sound.</p>
</main>
<footer>&copy; Aldermoor Hall Trust. Registered charity 504433.</footer>
</body>
</html>""",
        (
            expect("2025-09-19", "season", "open", planned=True),
            expect("2021/..", "witold"),
            expect("2025-10-03/2025-10-05", "mahler", planned=True),
            expect("2026-01-01", "new", "year", planned=True),
            expect("2025-09-01", "members", planned=True),
            expect("2025-09-08", "public", planned=True),
            expect("1958", "open"),
            expect("2019", "renovation"),
        ),
    ),
    Text(
        "pascoe-v-hartwell",
        "land registry adjudication",
        None,
        """IN THE FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (LAND REGISTRATION)

REF. NO. 2023/0312

BETWEEN
MARGERY ELLEN PASCOE (Applicant)
and
DONALD IVES HARTWELL (Respondent)

Property: Land adjoining 7 Church Lane, Pellow
Title number: CL418820

DECISION

1. On 11 January 2023 the Applicant applied to HM Land Registry to be registered as
proprietor of a strip of land about 4 metres wide between her garden and the Respondent's
paddock, on the basis of adverse possession under Schedule 6 to the Land Registration Act
2002.

2. The Respondent objected on 20 March 2023, and the matter was referred to the Tribunal on
7 June 2023. I heard the case at Truro on 14 May 2024 and visited the site the following day.

3. The Respondent's father bought the paper title to the paddock in 1987.

4. The Applicant says that she has used the strip as part of her garden since 1999 and that
her late husband put up the present fence in or around 2001. An aerial photograph supplied by
the Respondent shows the fence in place. I accept her evidence.

5. For the reasons given above, I shall order the Chief Land Registrar to give effect to the
application.

Judge Rowan Ashdown
Dated this 12th day of July 2024""",
        (
            expect("2023-01-11", "appl"),
            expect("2023-03-20", "object"),
            expect("2023-06-07", "refer"),
            expect("2024-05-14", "hear"),
            expect("2024-05-15", "site"),
            expect("1987", "paddock"),
            expect("1999/..", "strip"),
            expect("2001~", "fence"),
            expect("2024-07-12", "decision"),
        ),
    ),
    Text(
        "wickham-lowe-candles",
        "candle maker's history",
        None,
        """Wickham & Lowe: two centuries of candle making

Family tradition says that William Wickham, a tallow chandler, began dipping candles in a
yard off Saltergate in Yarrow in about 1784. His son-in-law Josiah Lowe joined him in 1810,
bringing the money that bought the firm its first moulding frames.

The works moved to Canal Wharf in 1836 and began making stearine candles two years later,
when the brighter, cleaner candle was still a novelty in the north.

The company received a Royal Warrant in 1897, and candles from Canal Wharf lit the dining
rooms of three royal households.

On 19 March 1941 incendiary bombs destroyed the dipping shop. Production resumed in a
borrowed shed in May 1941, and the shop was rebuilt after the war.

We have made church candles for the diocese of Yarrow since 1952, and our No. 1884 Vestry
Candle is still dipped by hand every morning, as it has been for generations.

In 2024 we switched our whole range to rapeseed wax, and all our packaging will be
plastic-free by 2026.

Wickham & Lowe Ltd, Canal Wharf, Yarrow YR2 1CW | Shop open Tuesday to Saturday""",
        (
            expect("1784~", "candles"),
            expect("1810", "lowe", "join"),
            expect("1836", "canal", "wharf"),
            expect("1838", "stearine"),
            expect("1897", "royal", "warrant"),
            expect("1941-03-19", "bombs"),
            expect("1941-05", "production", "resum"),
            expect("1952/..", "church", "candles"),
            expect("2024", "rapeseed"),
            expect("../2026", "packaging", planned=True),
        ),
    ),
    Text(
        "yarrow-photo-society-programme",
        "photographic society's programme",
        date(2025, 9, 1),
        """YARROW & DISTRICT PHOTOGRAPHIC SOCIETY
Programme 2025-26

Meetings every Tuesday at 7.30pm in Room 3 of the Corn Exchange, unless shown otherwise.
Visitors welcome (£4 a night, first visit free).

Founded in 1893, the society has met at the Corn Exchange since 1958. It won the Northern
Federation of Camera Clubs trophy in 2024 with a panel of eight prints by five members.

Autumn
Tue 9 September - Opening night: members' summer images
Tue 16 September - "Light on the Moors", a talk by Fenella Draycott ARPS
Sat 4 October - Field trip to the Hesket locks (coach leaves the Corn Exchange at 8.00am)
Tue 21 October - Autumn print competition, judged by Alan Freer (entries by Tue 14 October)

Spring
Tue 13 January 2026 - Annual general meeting
Sat 7 to Sun 15 March 2026 - Annual exhibition, Yarrow Library

Subscriptions (£45, or £25 for under-25s) are due at the first meeting. Cameras and lenses
for loan: see the equipment secretary.

Programme secretary: Nadia Rook, 01904 555 318, programme@yarrowphoto.example""",
        (
            expect("1893", "found"),
            expect("1958/..", "corn", "exchange"),
            expect("2024", "trophy"),
            expect("2025-09-09", "opening", planned=True),
            expect("2025-09-16", "light", "moors", planned=True),
            expect("2025-10-04", "field", "trip", planned=True),
            expect("2025-10-21", "print", "competition", planned=True),
            expect("../2025-10-14", "entries", planned=True),
            expect("2026-01-13", "general", "meeting", planned=True),
            expect("2026-03-07/2026-03-15", "exhibition", planned=True),
        ),
    ),
)
