"""The hundred-and-eightieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind. Twenty texts in twenty styles: a wire story with a dateline, a press release, a
court opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space or scientific), a government statement, an HTML news page, a high wind warning, a
women's rugby cup report, a pharmacy chain closure release, a railway engineer's notebook of
the 1860s, a grey seal pup count report, a music hall's history, an environment minister's
beach water statement, a city farm HTML open days page, a charity tribunal decision, a
boatyard's history and a bridge club's results sheet. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, a decade, "mid-March", "this
summer") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTIETH_CORPUS",)


HUNDREDEIGHTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRAVIK, March 14 (Northline News) - The island ferry operator Sundwell Lines suspended
its Kestravik-Orrin crossing on Thursday after inspectors found cracks in the hull of its only
car ferry, leaving hundreds of islanders and hauliers without a link to the mainland.

Inspectors from the Maritime Safety Directorate boarded the vessel, the Orrin Star, on
Wednesday during a routine check and found corrosion damage below the waterline, the company
said. The ship was built in 1989 and was last overhauled in November 2022.

Sundwell, which has run the route since 2004, said a chartered replacement vessel would arrive
in Kestravik on Monday for crew training. The crossing is expected to resume on or about
March 24, chief executive Halvard Renning told reporters.

"We will not sail a ship we are not sure of," Renning said. "The islands have been patient
with us, and we owe them a straight answer."

It is the third suspension on the route since 2019. Orrin's island council, which meets every
second Tuesday, called an emergency session and demanded a permanent second vessel.

The regional transport department has promised a decision on funding for a second ship by
June 30. A new ferry would take at least three years to build, officials said.

Some 600 passengers and 90 freight vehicles use the 40-minute crossing on an average day.

(Reporting by Eira Lundqvist; Editing by Paul Ameobi; newsdesk +47 21 55 80 14)""",
        (
            expect("2025-03-13", "suspend", "crossing"),
            expect("2025-03-12", "inspectors"),
            expect("1989", "built"),
            expect("2022-11", "overhaul"),
            expect("2004/..", "route"),
            expect("2025-03-17", "vessel", "arrive", planned=True),
            expect("2025-03-24~", "resume", planned=True),
            expect("../2025-06-30", "decision", planned=True),
        ),
    ),
    Text(
        "kiln-plant-dunmore",
        "press release",
        date(2025, 9, 9),
        """Harrowgate Ceramics to Build Second Kiln Plant in Dunmore, Creating 140 Jobs

DUNMORE, England, September 9, 2025 /Commerce Wire/ -- Harrowgate Ceramics Ltd., the
tableware maker founded in 1952, today announced that its new kiln plant at the Dunmore Gate
industrial estate will begin production in February 2026.

Construction of the 38 million pound plant started in April 2024. The company will hold an
official opening ceremony at the site on Thursday, September 18, attended by suppliers, staff
and local officials. The plant is the largest investment in the company's history and its
biggest in the region since 1998.

Harrowgate acquired the Fennick glaze works in 2011 and listed its shares on the Northern
Growth Market in 2015. Its tableware is certified to ISO 14001 and sold in 31 countries.

"Dunmore gives us the capacity to keep up with orders from hotels and restaurants across
Europe," said chief executive Priya Calloway, who has led the company since 2019. "We chose a
site close to the families who have worked for us for three generations."

The company expects to hire 140 people at the plant by December 31, 2026, most of them from
the Dunmore area. Recruitment for the first 40 roles will open shortly.

About Harrowgate Ceramics
Harrowgate Ceramics Ltd. designs and makes porcelain and stoneware for the hospitality trade.
It employs 620 people at three sites in England.

Media contact:
Owen Tarrant, Harrowgate Ceramics
press@harrowgate-ceramics.example | +44 1632 960 412""",
        (
            expect("1952", "found"),
            expect("2026-02", "production", planned=True),
            expect("2024-04", "construction"),
            expect("2025-09-18", "opening", planned=True),
            expect("2011", "glaze"),
            expect("2015", "shares"),
            expect("2019/..", "calloway"),
            expect("../2026-12-31", "hire", planned=True),
        ),
    ),
    Text(
        "hollis-v-stonegate",
        "court opinion",
        None,
        """SUPERIOR COURT OF THE STATE OF CALDERA
COUNTY OF MARLOW

BRENNAN HOLLIS, Plaintiff,
v.
STONEGATE RENOVATIONS, INC., Defendant.

Case No. 2022-CV-01893

FINDINGS OF FACT AND CONCLUSIONS OF LAW AFTER BENCH TRIAL

This action arises from an unfinished renovation of plaintiff's house at 41 Alder Row. A bench
trial was held March 6 through 10, 2024. Having considered the testimony and the exhibits, the
Court finds and concludes as follows.

I. FINDINGS OF FACT

1. On or about March 3, 2021, plaintiff engaged defendant to replace the roof and rebuild the
rear extension of the house.
2. The parties signed a written contract on May 14, 2021, for a price of $184,500. Section 7
required the work to be completed no later than December 31, 2021.
3. Defendant's supplier delivered the roofing materials in full in November 2021. Defendant's
crews nevertheless worked only intermittently through the autumn, and defendant stopped work
on or about February 9, 2022, leaving the extension without a roof.
4. Plaintiff filed this action on August 2, 2022, alleging breach of contract and violation of
the Home Improvement Practices Act of 1979.

II. CONCLUSIONS OF LAW

5. Defendant breached Section 7 of the contract. Its excuse, a shortage of roofing materials,
is contradicted by its own delivery records.
6. Plaintiff is entitled to the reasonable cost of completing the work, which the Court finds
to be $97,250, less the $12,000 retained under the contract.

III. ORDER

Judgment shall be entered for plaintiff in the amount of $85,250, with interest at the
statutory rate. The Court will hear plaintiff's motion for attorney fees on July 15, 2024, at
9:00 a.m. in Department 12.

IT IS SO ORDERED.""",
        (
            expect("2024-03-06/2024-03-10", "trial"),
            expect("2021-03-03~", "engage"),
            expect("2021-05-14", "contract"),
            expect("../2021-12-31", "complet"),
            expect("2021-11", "materials"),
            expect("2022-02-09~", "stop", "work"),
            expect("2022-08-02", "filed"),
            expect("2024-07-15", "fees", planned=True),
        ),
    ),
    Text(
        "orlesby-canal",
        "encyclopedia history",
        None,
        """Orlesby Canal

The Orlesby Canal is a 23-mile (37 km) canal in the north of England linking the River Wend
at Orlesby with the coalfields around Hatchmoor. It was built to carry coal and lime and is
now used mainly by pleasure boats.

History

Construction began in c. 1793 under the engineer Samuel Drayne, after an Act of Parliament
had allowed a company of proprietors to raise 90,000 pounds. The 1,140-yard Hatchmoor Tunnel,
the longest on the line, was probably finished in 1798, although the company's minute books
for that year are lost. The canal opened throughout in 1802.

Traffic grew steadily until the railway reached the valley. The canal faced direct
competition from the Wend Valley Railway from 1847 onwards, and its tolls were cut several
times. Coal traffic dwindled between the wars, and the canal was closed to commercial traffic
in 1931.

Parts of the abandoned channel in Orlesby were filled in in 1950, 1956 and 1961 to make way
for roads and housing.

Restoration

The Orlesby Canal Trust was formed in 1987 to restore the waterway. Volunteers have since
reopened 14 miles to navigation. The trust aims to restore the full length by 2030, and has
bought the former wharf at Hatchmoor for use as a visitor centre.

See also
- Canals of Great Britain
- Wend Navigation""",
        (
            expect("1793~", "construction"),
            expect("1798?", "tunnel"),
            expect("1802", "open"),
            expect("1847/..", "competition"),
            expect("1931", "closed"),
            expect("1950", "filled"),
            expect("1956", "filled"),
            expect("1961", "filled"),
            expect("1987", "trust"),
            expect("../2030", "restore", planned=True),
        ),
    ),
    Text(
        "herons-beat-comets",
        "sports report",
        date(2025, 2, 16),
        """Herons hold off Comets to go top

By Dami Osei
Sunday 16 February 2025

HARBOUR CITY HERONS 88 WESTFIELD COMETS 79

The Harbour City Herons moved to the top of the National Basketball League on Saturday night
with an 88-79 win over the Westfield Comets in front of 2,018 spectators at the Quayside Arena.

Point guard Tayo Brandt, who has been with the Herons since 2021, scored 27 points, and
centre Mikel Sorensen added 14 rebounds before limping off in the fourth quarter.

It was revenge for a 91-70 defeat in Westfield on January 4. "We remembered that night,"
coach Anna Fleury said. "Nobody had to say anything in the locker room."

The Herons, who won their first league title in 1998 and their last in 2016, now lead the
Comets on points difference. Saturday's nine-point margin was their biggest against Westfield
since 2009.

Sorensen will have a scan on his knee and is expected to miss about three weeks.

The Herons host the Riverside Royals on Wednesday. The regular season ends in mid-March, and
the playoffs are expected to begin on or around March 28.""",
        (
            expect("2025-02-15", "comets"),
            expect("2021/..", "brandt"),
            expect("2025-01-04", "defeat"),
            expect("1998", "first", "title"),
            expect("2016", "title"),
            expect("2025-02-19", "royals", planned=True),
            expect("2025-03-28~", "playoffs", planned=True),
        ),
    ),
    Text(
        "bramble-and-wick",
        "company history",
        None,
        """Our history

Bramble & Wick has been blending tea in Leddington for well over a century.

Thomas Bramble and his brother-in-law Edwin Wick founded the firm in 1887 in a rented shop on
Market Lane, selling loose tea to the families of the town's mill workers. Trade grew quickly,
and in 1902 the partners moved into a four-storey warehouse beside the canal basin, where our
blending room still stands.

Thomas's son Arthur took over the business in 1921 and introduced the Bramble Breakfast blend
that is still our best seller. On 14 November 1940 an incendiary raid destroyed the warehouse
and most of its stock. Staff kept the shop supplied from a borrowed van, and the warehouse was
rebuilt two years later.

In the late 1960s the firm began supplying supermarkets. It merged with the Scottish blender
Gray & Lorne in 1973 and expanded abroad the following year, opening a sales office in
Rotterdam. Since 2008 Bramble & Wick has been owned by the Ashcombe family trust, which bought
it from the founders' descendants.

Today we buy from 46 estates in nine countries and pack around 4 million tins a year. Our
tasters meet every morning at eleven to sample the day's lots, as they have since the 1920s.

Looking ahead, we will open a visitor centre and tasting room in the old blending room in
2026.""",
        (
            expect("1887", "found"),
            expect("1902", "move", "warehouse"),
            expect("1921", "arthur"),
            expect("1940-11-14", "destroy"),
            expect("1942", "rebuilt"),
            expect("1973", "merge"),
            expect("1974", "expand"),
            expect("2008/..", "ashcombe"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "tessaly-sample-return",
        "mission summary",
        None,
        """Tessaly Asteroid Sample-Return Mission: Mission Summary

Mission type: sample return | Operator: European Small Bodies Consortium (ESBC)
Target: (48211) Marrow | Launch mass: 1,994 kg

Overview
Tessaly was launched on 5 October 2019 on a Vektor-2 rocket from the Ormsund launch site. It
performed an Earth gravity-assist flyby on 12 December 2020 and arrived at the asteroid
Marrow on 19 July 2023, after a cruise of almost four years.

Proximity operations
After mapping the surface for three months, the spacecraft touched down briefly on 2 and 9
November to collect samples, firing a tantalum pellet into the regolith each time. One of its
four reaction wheels failed on or about 14 January 2024, and engineers switched the
spacecraft to a three-wheel mode. Tessaly departed from Marrow in March 2024, carrying an
estimated 180 g of material.

Return and extension
The sample capsule is scheduled to land at the Kallbrekka range on 24 September 2026. After
releasing it, the spacecraft will be redirected towards the small asteroid 2011 QF4, which it
is expected to fly past around July 2028.

Instruments: TesCam (wide- and narrow-angle cameras), TIRS thermal spectrometer, laser
altimeter, sampling horn.""",
        (
            expect("2019-10-05", "launch"),
            expect("2020-12-12", "flyby"),
            expect("2023-07-19", "arrive"),
            expect("2023-11-02", "sample"),
            expect("2023-11-09", "sample"),
            expect("2024-01-14~", "wheel"),
            expect("2024-03", "depart"),
            expect("2026-09-24", "capsule", planned=True),
            expect("2028-07~", "qf4", planned=True),
        ),
    ),
    Text(
        "teign-valley-floods",
        "government statement",
        date(2025, 11, 5),
        """Department for Communities and Local Resilience
Statement by the Minister for Local Resilience, Gareth Penhallow, on the Teign Valley floods
Published 5 November 2025 | Ref: DCLR/PR/2025/418

The storm that struck the Teign Valley on Sunday 2 November brought more rain in twelve hours
than usually falls in a month. More than 600 homes were flooded and two road bridges were
destroyed. It was the worst flooding in the valley since 2007.

Yesterday I visited Brennock and Lower Hay and met families who have lost almost everything. I
want to thank the fire crews, the lifeboat volunteers and the council staff who worked through
the night to bring people to safety.

The Government will open an emergency grant scheme on Monday. Households will be able to claim
up to 5,000 pounds for immediate repairs and replacement of essentials, and applications must
be made no later than 31 January 2026. Councils will receive the money within ten working days
of each approved claim.

Since 2019 the Government has invested 210 million pounds in flood defences in the South West,
and the new defences at Teign Quay held. But we must learn from what happened upstream. The
independent review of the flood warning system, which I commissioned in March 2023, has been
asked to report by 30 June 2026.

Notes to editors
Media enquiries: press office, 0300 555 0142 (staffed every day, 8am to 8pm).""",
        (
            expect("2025-11-02", "storm"),
            expect("2025-11-04", "visit"),
            expect("2025-11-10", "grant", planned=True),
            expect("../2026-01-31", "applications", planned=True),
            expect("2019/..", "invest"),
            expect("2023-03", "review", "commission"),
            expect("../2026-06-30", "report", planned=True),
        ),
    ),
    Text(
        "carnford-library-reopens",
        "HTML news page",
        date(2025, 6, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<title>Central Library to reopen after 6m pound refit | Carnford Echo</title>
<meta name="date" content="2025-06-12">
</head>
<body>
<article>
<h1>Central Library to reopen on Saturday after 6m pound refit</h1>
<p class="byline">By Ruth Amadi, local democracy reporter |
<time datetime="2025-06-12">Thursday 12 June 2025</time></p>
<p>Carnford's Central Library will reopen its doors on Saturday, almost two and a half years
after it closed for a major refurbishment.</p>
<p>The listed building on Victoria Street closed in January 2023 for the 6 million pound
project, which has added a children's floor, a cafe and a lift to every level.</p>
<p>Built in 1909 with a gift from the shipowner Hector Lamond, the library was extended in 1964
and 1988. Builders found that the roof, thought to date from around 1930, was in far worse
condition than expected, which pushed the cost up by 1.2 million pounds.</p>
<p>While the work went on, a temporary branch operated in the Corn Exchange from 6 February
2023 to 31 May 2025, lending more than 90,000 books.</p>
<p>The council's cabinet will decide on the library's new opening hours by 1 September. Until
then it will open from 9am to 7pm on weekdays and from 9am to 4pm on Saturdays.</p>
<p>"People have waited a long time for this," said councillor Neil Bhatt. "It was worth it."</p>
</article>
<footer>&copy; 2025 Carnford Echo | Newsdesk: 01632 960 771</footer>
</body>
</html>""",
        (
            expect("2025-06-14", "reopen", planned=True),
            expect("2023-01", "close"),
            expect("1909", "built"),
            expect("1964", "extend"),
            expect("1988", "extend"),
            expect("1930~", "roof"),
            expect("2023-02-06/2025-05-31", "temporary", "branch"),
            expect("../2025-09-01", "opening", "hours", planned=True),
        ),
    ),
    Text(
        "storm-isla-wind-warning",
        "high wind warning",
        date(2025, 1, 23),
        """CALEDON MET OFFICE - SEVERE WEATHER WARNING
AMBER WARNING: HIGH WINDS
Issued: 04:12 Thursday 23 January 2025
Valid: 18:00 Friday 24 January to 06:00 Saturday 25 January
Areas: Western Isles, North Coast, Highland (west)
Reference: CMO-WW-2025-0117

Headline
Very strong west to south-westerly winds associated with Storm Isla are expected to bring
damaging gusts and disruption to travel from Friday evening into Saturday.

What to expect
- Gusts of 70 to 80 mph are likely on exposed coasts, with 90 mph possible on the highest
  headlands.
- Ferry services are likely to be cancelled on Saturday.
- Power cuts are possible, and some rural communities may be cut off by fallen trees.
- Large waves may throw spray and shingle onto coastal roads and sea fronts.

Further information
Storm Isla follows Storm Henrik, which brought gusts of 84 mph to Stornahaven on 9 January.
Isla could bring the strongest winds in the region since 2014. The record gust at the Cape
Moran station, 102 mph, was set on 6 February 1998.

Highland Council has said that schools in the west of the district will close at noon on
Friday. The Kyle Bridge operator will decide by 15:00 on Friday whether to close the crossing
to high-sided vehicles.

Warnings are reviewed at least every six hours. Call 0370 900 0100 for recorded forecasts.""",
        (
            expect("2025-01-24/2025-01-25", "wind", planned=True),
            expect("2025-01-25", "ferry", planned=True),
            expect("2025-01-09", "henrik"),
            expect("1998-02-06", "record", "gust"),
            expect("2025-01-24", "schools", planned=True),
            expect("../2025-01-24", "bridge", planned=True),
        ),
    ),
    Text(
        "dragons-win-womens-cup",
        "women's rugby cup report",
        date(2025, 4, 27),
        """WOMEN'S RUGBY | NATIONAL CUP FINAL

Dunmere Dragons 24 Calder Vale 17 (after extra time)

By Sian Pryce
Sunday 27 April 2025

Dunmere Dragons won the Women's National Cup for the fourth time on Saturday, coming from
behind to beat Calder Vale 24-17 after extra time at Parc Eryri.

The Dragons, founded in 1994 as the women's section of Dunmere RFC, lifted the trophy in 2005,
2007 and 2009 but had not reached a final since. Captain Ffion Rees, who has led the side since
2020, scored the decisive try in the 94th minute after a break by full-back Mali Jenkins.

Calder Vale led 17-10 at half-time and looked the stronger side for an hour, but two yellow
cards in the last quarter cost them. It was the first cup final to go to extra time since
2012.

The Dragons had beaten the holders Westbury 31-5 in the semi-final on 12 April.

"We have waited sixteen years for this," Rees said. "Every girl in that dressing room grew up
watching the 2009 team."

The squad will parade the trophy through Dunmere town centre on Monday, before the players
return to their clubs for the last league rounds. The new Premiership season is expected to
start on or about 6 September.""",
        (
            expect("2025-04-26", "dragons", "cup"),
            expect("1994", "found"),
            expect("2005", "trophy"),
            expect("2007", "trophy"),
            expect("2009", "trophy"),
            expect("2020/..", "rees"),
            expect("2025-04-12", "semi"),
            expect("2025-04-28", "parade", planned=True),
            expect("2025-09-06~", "season", planned=True),
        ),
    ),
    Text(
        "wellmere-pharmacy-closures",
        "pharmacy chain closure release",
        date(2025, 7, 8),
        """PRESS RELEASE
For immediate release: Tuesday 8 July 2025

Wellmere Pharmacy to close 14 branches in northern England

LEEDSBRIDGE - Wellmere Pharmacy, one of the region's longest-established chemist chains, will
close 14 of its 62 branches this summer, the company announced today.

The first to close will be the Holm Street branch in Carrowby, on Friday 1 August. The
remaining 13 branches will close between 4 August and 29 August. A full list is attached.

Patients who use the affected branches will have their repeat prescriptions transferred to a
nearby Wellmere branch or to a pharmacy of their choice by 25 July. Patients do not need to do
anything unless they wish to choose another pharmacy.

Wellmere was founded in 1961 by the pharmacist Doreen Wellmere, who opened her first shop in
Leedsbridge market, and had grown to 90 branches by 1999. It was acquired by Corvane Health
in 2018.

A consultation with the 160 staff affected began on 30 June. The company said it expected to
offer most of them jobs at other branches.

"Rising costs and a cut in dispensing fees have made these branches impossible to sustain,"
said managing director Ravi Mehta. "This is the largest round of closures in our history, and
not a decision we have taken lightly."

Notes to editors
Wellmere Pharmacy Ltd, registered in England no. 00698411.
Media enquiries: 0113 496 0219 | media@wellmere.example""",
        (
            expect("2025-08-01", "holm", planned=True),
            expect("2025-08-04/2025-08-29", "branches", "close", planned=True),
            expect("../2025-07-25", "prescriptions", planned=True),
            expect("1961", "found"),
            expect("../1999", "branches"),
            expect("2018", "corvane"),
            expect("2025-06-30", "consultation"),
        ),
    ),
    Text(
        "treddle-notebook-1863",
        "railway engineer's notebook of the 1860s",
        None,
        """Notebook of Josiah Treddle, Resident Engineer, Calder Vale Extension Railway
(transcribed from the original, Harling Record Office, ref. DR/14/3)

1863
Mar. 2. Began trial borings at Hebble cutting, 3 holes, clay over shale at 11 ft. Weather bad.
Mar. 9. Contractor's men arrived from Skipley, some 80 navvies with 14 horses. Huts put up by
the old turnpike bridge, which was built c. 1790 & will have to come down.
Ap. 17. Slip in the N. side of the cutting after two days' heavy rain, about 600 cu. yds. Men
on double shifts to clear it.
May 4 to 9. Laid the first length of permanent way from the junction, 34 chains, with Loco.
No. 1858 working the ballast train.
June 20. Mr Brancombe, the Engineer-in-chief, inspected the works. Says the viaduct is to be
finished by Michaelmas (29th Sept.) without fail. I doubt it. Paid the men, as every other
Saturday.
Aug. 3. Keystone of the third arch of the viaduct set, 4 p.m.

1864
Jan. 11. Capt. Rowe, R.E., for the Board of Trade, walked the line & passed it, with a limit
of 15 m.p.h. over the viaduct until the parapets are finished. The Company proposes opening
to passengers on 1st Feb., with four trains each way.""",
        (
            expect("1863-03-02", "borings"),
            expect("1863-03-09", "navvies"),
            expect("1790~", "bridge"),
            expect("1863-04-17", "slip"),
            expect("1863-05-04/1863-05-09", "permanent"),
            expect("1863-06-20", "inspect"),
            expect("../1863-09-29", "viaduct", planned=True),
            expect("1863-08-03", "keystone"),
            expect("1864-01-11", "rowe"),
            expect("1864-02-01", "opening", planned=True),
        ),
    ),
    Text(
        "skarra-head-seal-pups",
        "grey seal pup count report",
        None,
        """Skarra Head Grey Seal Pup Count 2024
Report to the Skarra Head Wildlife Trust | Report no. SH/SEAL/24

Summary
Grey seals were first recorded breeding at Skarra Head in about 1978, and the Trust has
monitored the colony since 1992. This report covers the 2024-25 breeding season.

Methods
Counts were made from the cliff-top hides once a week, weather permitting, by two observers
working independently. Pups were assigned to five moult stages so that newborn pups could be
told apart from those already counted.

Results
The first pup of the season was recorded on 19 October 2024 below Gull Rock. Numbers rose
quickly, and the peak count of 1,412 pups was made on 26 November, the highest count since
2019. A northerly storm on 3-4 December washed at least 60 young pups off the lower beaches,
and most cow-pup pairs at the North Geo were displaced. The survey ended on 20 January 2025,
when fewer than 30 pups remained on the beaches.

Estimated pup production for the season was 1,650 (95% CI 1,540-1,780).

Next season
The Trust plans to begin the 2025 survey on 1 October 2025 and will trial a drone count
alongside the cliff-top counts.

Contact: Dr Hanne Voss, seal survey coordinator, skarra.seals@example.org""",
        (
            expect("1978~", "breeding"),
            expect("1992/..", "monitor"),
            expect("2024-10-19", "first", "pup"),
            expect("2024-11-26", "peak"),
            expect("2024-12-03/2024-12-04", "storm"),
            expect("2025-01-20", "end"),
            expect("2025-10-01", "survey", planned=True),
        ),
    ),
    Text(
        "alhambra-grimsworth",
        "music hall's history",
        None,
        """The Alhambra Palace of Varieties, Grimsworth: a short history

The Alhambra opened on 26 December 1892 with a Boxing Night bill of acrobats, a ventriloquist
and the "Lancashire Nightingale", Bessie Crane. It was designed by the theatre architect
Walter Emmott for the brewer Joseph Haigh and seated 1,850 on three levels.

Local tradition holds that the comedian Dan Lark made his first professional appearance here,
perhaps in 1896, though no playbill survives to prove it.

On the night of 3 March 1906 a fire started in the paint room and gutted the auditorium. Haigh
rebuilt the hall with a steel-framed balcony, and the Alhambra reopened the following year
with seats for 2,100.

Like many halls, it turned to pictures. The Alhambra was converted to a cinema in 1931 and
became a bingo club in 1967. It was listed at Grade II in 1979 and closed in 1983, when the
bingo operator moved to a new site on the ring road.

Since 2012 the building has been run by the Alhambra Trust, which holds heritage open days
every September and has already restored the foyer and the circle bar. The trust hopes to
reopen the auditorium by December 2027, in time for the hall's 135th anniversary.""",
        (
            expect("1892-12-26", "open"),
            expect("1896?", "lark"),
            expect("1906-03-03", "fire"),
            expect("1907", "reopen"),
            expect("1931", "cinema"),
            expect("1967", "bingo"),
            expect("1979", "listed"),
            expect("1983", "close"),
            expect("2012/..", "trust"),
            expect("../2027-12", "auditorium", planned=True),
        ),
    ),
    Text(
        "carrow-sands-bathing-water",
        "environment minister's beach water statement",
        date(2025, 5, 20),
        """Ministry of Environment and Coasts
Written statement by the Minister for the Environment, Dr Alys Morgan, on bathing water quality
20 May 2025

The bathing water season began on 15 May, and many families will be heading to our beaches
over the coming weeks.

On Friday the Coastal Waters Agency published its results for the 2024 season: 97 of our 109
designated bathing waters met the required standard, and 84 were rated excellent, the best
results since 2015.

But the results are not good enough everywhere. Carrow Sands was rated poor in 2022 and 2023,
and the discharge from the Penlan storm overflow on 7 May shows that the problem has not gone
away.

I have therefore asked the Agency to take samples at Carrow Sands twice a week from 1 June
onwards, instead of weekly, and to publish every result within 48 hours. Under the
enforcement notice served on Penlan Water, the company must complete the upgrade of the
overflow no later than 31 March 2027.

I will visit Carrow Sands on Thursday to meet the residents' group that has campaigned for
cleaner water and to see the overflow for myself.

Sampling follows the Bathing Water Regulations 2013. Current advice for each beach is on the
Agency's website and on signs at the beach entrances.

Ends
Press office: 0300 025 1182""",
        (
            expect("2025-05-15", "season"),
            expect("2025-05-16", "results"),
            expect("2022", "poor"),
            expect("2023", "poor"),
            expect("2025-05-07", "discharge"),
            expect("2025-06-01/..", "sampl", planned=True),
            expect("../2027-03-31", "upgrade", planned=True),
            expect("2025-05-22", "visit", planned=True),
        ),
    ),
    Text(
        "millbrook-farm-open-days",
        "city farm HTML open days page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Open days 2025 | Millbrook City Farm</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/visit">Visit</a> |
<a href="/donate">Donate</a></nav></header>
<main>
<h1>Open days and events 2025</h1>
<p class="updated">Page updated Monday 3 March 2025</p>
<p>Millbrook City Farm was founded in 1978 on the old railway sidings behind Canal Street. We
are open every day from 9.30am to 4.30pm, and entry is free.</p>
<h2>Lambing Day: Saturday 22 March</h2>
<p>Meet the new lambs and the team who look after them. Tickets are free but must be booked
by Friday 14 March, as numbers are limited.</p>
<h2>Easter Trail: 18 to 21 April</h2>
<p>Follow the trail around the farm and find the hidden eggs. 2 pounds per child.</p>
<h2>Shearing Sunday: 1 June</h2>
<p>Watch our shearers at work, then have a go at carding and spinning the fleece.</p>
<h2>Closures</h2>
<p>The farm will be closed on Tuesday 6 May for staff training.</p>
<h2>School visits</h2>
<p>Our new barn, opened in June 2024, has room for a class of 30 and a teaching kitchen.</p>
</main>
<footer>Millbrook City Farm, Canal Street | Registered charity no. 1019876 |
Tel 0161 496 0733</footer>
</body>
</html>""",
        (
            expect("1978", "found"),
            expect("2025-03-22", "lambing", planned=True),
            expect("../2025-03-14", "book", planned=True),
            expect("2025-04-18/2025-04-21", "easter", planned=True),
            expect("2025-06-01", "shearing", planned=True),
            expect("2025-05-06", "close", planned=True),
            expect("2024-06", "barn"),
        ),
    ),
    Text(
        "okoro-hart-v-charity-commission",
        "charity tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
GENERAL REGULATORY CHAMBER (CHARITY)

Appeal Reference: CA/2023/0027

Between
DESMOND OKORO-HART, Appellant
and
THE CHARITY COMMISSION FOR ENGLAND AND WALES, Respondent

Before: Judge Helen Marsh; Tribunal Members Dr P. Quayle and S. Banerjee
Hearing: Field House, London

DECISION
The appeal is allowed in part. The removal order stands; the Commission must reconsider the
disqualification.

REASONS
1. The Harbourside Youth Trust ("the Charity") was registered on 11 June 2009. It runs sailing
and boatbuilding courses for young people in Portbury. The Appellant had been a trustee since
2011.
2. On or about 2 February 2021 the Appellant arranged the transfer of 48,000 pounds from the
Charity's reserves to a company of which he was a director, without a resolution of the board.
3. The Commission opened a statutory inquiry on 4 October 2022 under section 46 of the
Charities Act 2011. By an order dated 19 July 2023 it removed the Appellant as a trustee and
disqualified him from trusteeship for eight years.
4. The Appellant lodged his appeal on 14 August 2023. We heard the appeal on 3 and 4 June 2024.
5. We are satisfied that the transfer was misconduct in the administration of the Charity,
and removal was a proportionate response. The Commission did not, however, consider the
Appellant's repayment of the money in full before disqualifying him.
6. We therefore direct the Commission to reconsider the disqualification and to notify the
parties of its decision no later than 30 September 2024.""",
        (
            expect("2009-06-11", "register"),
            expect("2011/..", "trustee"),
            expect("2021-02-02~", "transfer"),
            expect("2022-10-04", "inquiry"),
            expect("2023-07-19", "remov"),
            expect("2023-08-14", "appeal"),
            expect("2024-06-03", "hear"),
            expect("2024-06-04", "hear"),
            expect("../2024-09-30", "reconsider", planned=True),
        ),
    ),
    Text(
        "pellows-yard-polrudden",
        "boatyard's history",
        None,
        """Pellow's Yard, Polrudden Creek: a history

The yard was founded in about 1868 by the shipwright Nathaniel Tregaskis, who took a lease on
the foreshore below the chapel and built pilot gigs and crabbers for the fishing families of
the creek.

The yard built its first steam launch, the Wren, in 1891, fitted with an engine from the
Simpson works numbered 1876. The stone slipway that still carries boats up from the creek dates
from 1904.

From 1940 to 1945 the yard built harbour launches and tenders for the Admiralty, employing up
to 70 men and women on two shifts.

The Tregaskis family sold the yard to the yacht designer Maurice Venn in 1959. Under Venn the
yard launched its 500th hull in 1972 and its first glass-fibre hull two years later, though
wooden boats remained the greater part of the work.

Since 1988 the yard has been run by the Pellow family, who specialise in restoring wooden
working boats and keep a register of every hull the yard has built. Craft are hauled out every
October for winter storage in the long shed.

In 2026 the yard will restore the old sail loft above the long shed as a workshop and a small
museum of the creek's boatbuilding.""",
        (
            expect("1868~", "found"),
            expect("1891", "steam", "launch"),
            expect("1904", "slipway"),
            expect("1940/1945", "admiralty"),
            expect("1959", "venn"),
            expect("1972", "500th"),
            expect("1974", "fibre"),
            expect("1988/..", "pellow"),
            expect("2026", "loft", planned=True),
        ),
    ),
    Text(
        "ashgrove-tuesday-pairs",
        "bridge club's results sheet",
        date(2025, 10, 15),
        """ASHGROVE BRIDGE CLUB (founded 1947)
Affiliated to the County Contract Bridge Association

RESULTS: TUESDAY PAIRS, 14 OCTOBER 2025
Director: Colin Fairbairn   Scorer: June Patel   Tables: 11   Boards: 24

North/South
1  Jean Ashworth & Peter Lyle        62.4%
2  Rose Kaminski & Derek Hale        56.9%
3  Alan Ferris & Mo Ridley           53.1%
4  Helen Goss & Tariq Shah           49.8%

East/West
1  Sunita Rao & Graham Pell          60.2%
2  Bill Carver & Ann Whitlow         55.0%
3  Lorna Price & Kevin Dunne         51.7%
4  Iris Moon & Frank Delaney         47.3%

Top on board 17: 4S by N/S, +620.

Notes
- Jean and Peter have now won the Tuesday pairs three times since 2019.
- Congratulations to Mary Wendover, who celebrated her 90th birthday on Sunday. She has been a
  member of the club since 1961.
- The Club Championship final will be played on Saturday 8 November, starting at 10.30.
- Annual subscriptions (45 pounds) are due by 31 October.
- Beginners' course: Mondays from 3 to 24 November, 7 to 9 pm. Please tell your friends.
- Sessions every Tuesday and Friday at 7.15 pm. Partners found on request.""",
        (
            expect("2025-10-14", "pairs"),
            expect("1947", "found"),
            expect("2025-10-12", "birthday"),
            expect("1961/..", "member"),
            expect("2025-11-08", "championship", planned=True),
            expect("../2025-10-31", "subscriptions", planned=True),
            expect("2025-11-03/2025-11-24", "course", planned=True),
        ),
    ),
)
