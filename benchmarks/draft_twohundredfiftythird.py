"""The two-hundred-and-fifty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tree preservation
order notice, a sumo tournament report, a graphite mine's press release, a convict ship
surgeon's journal of the 1830s, a bat roost survey, an umbrella maker's history, an energy
minister's statement, a marina's berths HTML page, a traffic penalty tribunal decision, a
luthier's workshop history and a pickleball league's fixtures card. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYTHIRD_CORPUS",)


TWOHUNDREDFIFTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "skarvholm-smelter-fire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TORVANGEN, March 12 (Norrland Wire) - A fire at the Skarvholm copper smelter in northern
Torvangen forced the plant to halt production on Monday night, owner Brennvik Metals said,
and around 300 workers were evacuated from the site.

The blaze started in a conveyor gallery shortly before 23:00 and was brought under control
early on Tuesday, the regional rescue service said. No one was injured.

Brennvik said production is expected to restart on Friday, although the damaged converter
aisle could stay shut for longer. Environmental inspectors from the county board will visit
the site on Tuesday, a board spokesman said.

The company had warned on Feb. 27 that a shortage of spare parts was straining maintenance,
and the smelter has run at reduced capacity since Jan. 6.

Copper prices on the Nordic metals exchange rose 2.1 percent on Tuesday, their biggest daily
gain since November 2023, traders said, citing the outage among other factors.

Skarvholm, which opened in 1962, is the region's largest industrial employer with about
1,100 staff. It was previously closed for extended maintenance in 2017 and 2022, each time
for roughly three weeks.

"We were lucky that the night shift knew exactly what to do," plant manager Sigrid Aalto
told local radio.

(Reporting by Johan Lerke; Editing by Tove Marsh)""",
        (
            expect("2025-03-10", "fire", "halt"),
            expect("2025-03-11", "blaze", "control"),
            expect("2025-03-11", "copper", "rose"),
            expect("2025-03-14", "production", "restart", planned=True),
            expect("2025-03-18", "inspectors", "visit", planned=True),
            expect("2025-02-27", "warn"),
            expect("2025-01-06/..", "reduced", "capacity"),
            expect("1962", "opened"),
            expect("2017", "closed"),
            expect("2022", "closed"),
        ),
    ),
    Text(
        "velmora-kiln-plant",
        "press release",
        None,
        """PRESS RELEASE
For immediate release

Velmora Ceramics breaks ground on second kiln plant in Brask

BRASK, 4 June 2024 - Velmora Ceramics AS, the Nordic maker of glazed wall and floor tiles,
has started building its second kiln plant at the Osterby industrial park outside Brask.

Planning consent for the 38,000-square-metre plant was granted in February, and
construction began on 15 April. The building is to be completed by the end of March 2025.
The main kiln line, ordered from Fornaci Lupo of Sassuolo, is due to arrive in October.

"Demand for large-format tiles has outgrown our first plant," said chief executive Hanne
Lykke. "This investment doubles our capacity and keeps production close to our customers."

The company has supplied tiles to the Brask metro since 2011 and will deliver the wall
finishes for the metro's new Nordbro line. Around 140 people will work at the new plant.

Residents are invited to an open day at the construction site on Saturday 22 June, with
guided site tours every hour from 10:00.

About Velmora Ceramics
Velmora Ceramics was founded in Brask in 1988 by the ceramicist Eirik Velmo. It acquired
Dunholt Tiles in 2003 and listed on the Brask Stock Exchange the following year. The group
employs 520 people in Norway and Denmark.

Media contact: Ingrid Saele, +47 555 01 234, press@velmora.example
(c) 2024 Velmora Ceramics AS. All rights reserved.""",
        (
            expect("2024-02", "consent", "granted"),
            expect("2024-04-15", "construction", "began"),
            expect("../2025-03", "complet", planned=True),
            expect("2024-10", "kiln", "arrive", planned=True),
            expect("2011/..", "supplied", "metro"),
            expect("2024-06-22", "open", "day", planned=True),
            expect("1988", "founded"),
            expect("2003", "acquired", "dunholt"),
            expect("2004", "listed"),
        ),
    ),
    Text(
        "quendale-deposit-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 22-0917

DORIAN FELLOWES, Appellant,
v.
QUENDALE PROPERTIES LLC, Appellee.

Appeal from the Circuit Court of Harlan County, Hon. Mara Vint, Judge.

OPINION

REYES, J.

This appeal concerns the return of a security deposit under the Residential Tenancies Act.
We reverse in part and remand.

I. Background

On or about March 3, 2019, Fellowes signed a lease for a unit at 14 Corbin Street owned by
Quendale. The lease ran from April 1, 2019, through March 31, 2021, and required a deposit of
$4,800. Fellowes moved in on the first day of the term, and about two months later the unit's
water heater failed. He repaired it himself and deducted the cost from his rent.

Quendale served a notice to quit on June 14, 2020, citing the short payments. The parties
agree that Fellowes vacated the unit no later than July 31, 2020. He filed this action for the
return of his deposit on September 2, 2020. Quendale sent him an itemized list of deductions,
totalling $4,650, on October 19, 2020.

The circuit court granted summary judgment to Quendale on May 11, 2022, holding that the rent
deductions were a breach that forfeited the deposit. Fellowes filed his notice of appeal on
June 8.

II. Analysis

Section 12(b) of the Act requires a landlord to return the deposit, or to deliver an itemized
list of deductions, within thirty days after the tenant vacates. Even on the latest date the
record allows, Quendale's list came more than six weeks too late. A landlord who misses the
statutory period forfeits the right to withhold any part of the deposit. The circuit court
did not address the timing of the list, and that was error.

III. Conclusion

The judgment is reversed insofar as it denied the return of the deposit, and the case is
remanded for a determination of the amount due, with statutory interest.

Page 4 of 4""",
        (
            expect("2019-03-03~", "lease", "signed"),
            expect("2019-04-01/2021-03-31", "lease"),
            expect("2019-06~", "water", "heater"),
            expect("2020-06-14", "notice", "quit"),
            expect("../2020-07-31", "vacated"),
            expect("2020-09-02", "filed", "action"),
            expect("2020-10-19", "list", "deductions"),
            expect("2022-05-11", "summary", "judgment"),
            expect("2022-06-08", "notice", "appeal"),
        ),
    ),
    Text(
        "harrowmere-canal-history",
        "encyclopedia history",
        None,
        """Harrowmere Canal

The Harrowmere Canal is a 23-mile (37 km) canal in the county of Wendshire, England, linking
the River Lode at Coldbridge with the former coalfield around Harrowmere. It has 31 locks and
two tunnels.

History

The canal was authorised by an Act of Parliament in 1791. Its engineer, Josiah Penlow, thought
to have been born in 1752, had previously surveyed routes for the Tame Navigation. Work began
in about 1793 and the canal opened throughout in 1798, at a cost of 142,000 pounds, nearly
double the estimate.

A six-mile branch to the limeworks at Sallow Edge was built between 1805 and 1811. Coal
traffic reached its height in the 1840s, when more than 300,000 tons a year passed through
Harrowmere locks. Competition from the railways led to a long decline, and the canal was
closed to commercial traffic in 1931.

Restoration

The locks at Coldbridge have been a scheduled monument since 1994. After a decade of volunteer
work, the section from Coldbridge to Penlow Wharf was reopened to navigation on 14 May 2002,
and it now carries more boats each year than at any time since the 1890s. The Sallow Edge
branch is to reopen in 2027, once a new aqueduct over the Harrowmere bypass has been built.

See also

Canals of Wendshire; Tame Navigation

References

1. Priddy, A. (1988). The Canals of the West Midlands Fringe. Ludlow: Marcher Press.""",
        (
            expect("1791", "authorised"),
            expect("1752?", "penlow", "born"),
            expect("1793~", "work", "began"),
            expect("1798", "opened"),
            expect("1805/1811", "branch"),
            expect("1931", "closed"),
            expect("1994/..", "scheduled", "monument"),
            expect("2002-05-14", "reopened"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "kelbyford-rovers-ashby",
        "sports report",
        date(2024, 11, 17),
        """Rovers end Marlow Park hoodoo as Danso double sinks Ashby

By Tom Rydal

Ashby Town 1 Kelbyford Rovers 3

Kelbyford Rovers beat Ashby Town 3-1 at Marlow Park on Saturday, their first win there since
2009, to climb to fifth in the National League North.

Kwame Danso, signed from Stockholt in August, scored twice before half-time, first turning
in Lee Barr's low cross and then curling a free kick into the top corner. Ashby pulled one
back through Lewis Orme's penalty after the break, but substitute Jamie Kell sealed it in
stoppage time.

It was a fourth straight league win for Gareth Pine, who took charge on 2 October after the
sacking of Steve Mallin. "The lads have bought into what we're doing," Pine said. "But we
haven't won anything yet."

The result avenged a 2-0 home defeat by Ashby on 12 March last season, when Rovers finished
with nine men. Rovers were promoted to this division in 2021 and reached the play-offs the
following year.

Captain Dean Whitlow limped off with a hamstring injury and will have a scan on Monday.
Rovers host Corby Vale on Wednesday and travel to leaders Hexley United on 30 November.

Ashby Town: Grant; Pryce, Okoro, Minns, Hale; Dyer, Orme, Sutton (Kaye 70); Rudd, Fenn, Ash.

Kelbyford Rovers: Lyle; Barr, Whitlow (Cope 58), Ince, Mapp; Gray, Tollis, Nye; Danso,
Wragg (Kell 80), Sowe.

Referee: P. Hendry. Attendance: 1,842.""",
        (
            expect("2024-11-16", "beat", "ashby"),
            expect("2024-08", "danso", "signed"),
            expect("2024-10-02", "pine", "charge"),
            expect("2024-03-12", "defeat"),
            expect("2021", "promoted"),
            expect("2022", "play-offs"),
            expect("2024-11-18", "scan", planned=True),
            expect("2024-11-20", "corby", planned=True),
            expect("2024-11-30", "hexley", planned=True),
        ),
    ),
    Text(
        "quillmoor-cycles-history",
        "company history",
        None,
        """Our story

A shed in Dunmore Lane

Quillmoor Cycles was founded in 1921 by Albert and Edith Quillmoor, who built racing frames in
a shed behind their house in Dunmore Lane, Lowick. Demand from the local clubs grew quickly,
and in 1934 the business moved to a purpose-built works on Canal Road.

War and after

From 1939 to 1945 the Canal Road works made folding bicycles for airborne troops, alongside
tail-wheel assemblies for training aircraft. The post-war boom in cycling to work kept the
order books full: by 1950 the company employed 400 people.

The family sold the firm in about 1962 to the Ransome Group, which launched the Quillmoor
Tourer in 1971 and the lightweight Arrow in 1975, the model many riders still associate with
the name. Under pressure from imports, Ransome later moved frame building abroad.

Back to Lowick

The brand was revived in 2006 by Albert's great-grandson, Tom Quillmoor, and has been owned
by the employee trust Quillmoor Partners since 2014. Every frame is again brazed by hand in
Lowick, and each year the team rides the Founders' Hundred from the old shed in Dunmore Lane
to Canal Road.

A museum of the company's bicycles is planned to open in the restored Canal Road works in
2026.

Quillmoor Cycles Ltd, Canal Road, Lowick. Registered in England no. 04120621.""",
        (
            expect("1921", "founded"),
            expect("1934", "moved"),
            expect("1939/1945", "folding", "bicycles"),
            expect("../1950", "employ"),
            expect("1962~", "sold"),
            expect("1971", "tourer"),
            expect("1975", "arrow"),
            expect("2006", "revived"),
            expect("2014/..", "owned"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "ardentis-lunar-orbiter",
        "mission summary",
        None,
        """ARDENT-2 LUNAR ORBITER - MISSION SUMMARY
Western Space Agency (WSA) | Document WSA-MS-0412 | Last updated 12 February 2024

Overview

Ardent-2 was a small lunar orbiter carrying a wide-angle imager, a neutron spectrometer and a
rideshare lander, Pip. Development was approved in 2016 as a low-cost pathfinder for the
agency's polar resources programme.

Timeline

Ardent-2 was launched on a Kestrel 4 rocket from Oranmore on 14 July 2021. After a 19-day
cruise it entered lunar orbit on 2 August, and Pip touched down in Mare Serenitatis on
September 9, two days after separating from the orbiter. The lander returned images and
temperature data for eleven days.

The primary mission ended in March 2022. An extended mission ran from April 2022 to December
2023, during which the orbiter mapped polar hydrogen deposits from an altitude of 30 km.

Contact was lost on or about 3 January 2024, probably after the failure of a reaction wheel.
With no propellant left to raise its orbit, the spacecraft is expected to impact the surface
by June 2025.

Successor

Ardent-3, a larger orbiter with a radar sounder, is scheduled for launch in October 2026.

Key facts

Launch mass: 410 kg | Orbit: 100 km polar | Images returned: 212,000 | Data released to the
public every six months

Contact: missions@wsa.example""",
        (
            expect("2016", "approved"),
            expect("2021-07-14", "launched"),
            expect("2021-08-02", "orbit"),
            expect("2021-09-09", "pip", "touched"),
            expect("2021-09-07", "separat"),
            expect("2022-03", "primary", "ended"),
            expect("2022-04/2023-12", "extended"),
            expect("2024-01-03~", "contact", "lost"),
            expect("../2025-06", "impact", planned=True),
            expect("2026-10", "ardent-3", "launch", planned=True),
        ),
    ),
    Text(
        "caldmere-hosepipe-ban",
        "government statement",
        None,
        """Ministry of Environment and Water

News story

Minister announces hosepipe ban for the Caldmere and Lowe valleys

Published 14 August 2023

Statement by the Minister for Water, Priya Nandal:

"Reservoir stocks in the Caldmere and Lowe valleys fell to 41 per cent of capacity on
10 August, the lowest for the time of year since records began. Water companies reported a
record demand of 2,900 megalitres on 25 July, and rainfall this summer has been barely a
third of the average.

"I have therefore agreed to a temporary use ban, which will come into force on Friday
18 August. It will be reviewed no later than 30 September.

"I will meet the chief executives of the four water companies on Wednesday to agree how
leakage repairs can be accelerated. Every summer we ask households to use water wisely, and
this year I am asking businesses to do the same.

"Many people will remember the last ban, in 2018. Since then we have published a national
Emergency Drought Plan, in March 2022, and approved the new reservoir at Cald Fell in 2021.
That reservoir is due to be completed in 2029."

Notes to editors

1. A temporary use ban prohibits the use of a hosepipe to water gardens, wash cars or fill
pools. Exemptions apply for Blue Badge holders.
2. Press office reference: MEW/PR/2023/118.""",
        (
            expect("2023-08-10", "reservoir", "fell"),
            expect("2023-07-25", "record", "demand"),
            expect("2023-08-18", "ban", "force", planned=True),
            expect("../2023-09-30", "review", planned=True),
            expect("2023-08-16", "meet", planned=True),
            expect("2018", "ban"),
            expect("2022-03", "drought", "plan"),
            expect("2021", "reservoir", "approved"),
            expect("2029", "complet", planned=True),
        ),
    ),
    Text(
        "harlwick-bridge-closure",
        "HTML news page",
        date(2025, 5, 6),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harl Bridge shut after cracks found | Harlwick Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Harl Bridge shut after cracks found in river pier</h1>
<p class="byline">By <span class="author">Amira Cole</span>, Local Democracy Reporter</p>
<p>The Harl Bridge, the main road crossing in Harlwick, was closed to all traffic on Monday
after engineers found cracks in one of its river piers.</p>
<p>The cracks were spotted during a routine inspection on 28 April, Harlwick Borough Council
said. Around 18,000 vehicles use the bridge every day.</p>
<p>Council leader Dev Rainey said the bridge would reopen to cars on Friday 16 May once
temporary props were in place, but that lorries would stay banned.</p>
<p>The council will hold a drop-in session for residents and traders at the town hall on
Thursday.</p>
<figure><img src="/img/harl-bridge.jpg" alt="Barriers across the Harl Bridge">
<figcaption>Barriers on the bridge on Monday. Photo: Harlwick Courier</figcaption></figure>
<p>The bridge was built in 1896 and widened in 1958. It was last closed for repairs in about
1990. A full replacement, long planned, is expected to begin in 2027.</p>
<p>"It is the worst possible timing for the shops in Bridge Street," said trader Nia Holt.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/88190">Market hall roof repairs</a></li></ul>
</aside>
<footer><p>&copy; 2025 Harlwick Courier Ltd. Story ID 88214.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-05", "bridge", "closed"),
            expect("2025-04-28", "inspection"),
            expect("2025-05-16", "reopen", planned=True),
            expect("2025-05-08", "drop-in", planned=True),
            expect("1896", "built"),
            expect("1958", "widened"),
            expect("1990~", "closed", "repairs"),
            expect("2027", "replacement", planned=True),
        ),
    ),
    Text(
        "ashcombe-rectory-tpo",
        "tree preservation order notice",
        None,
        """TOWN AND COUNTRY PLANNING ACT 1990
TOWN AND COUNTRY PLANNING (TREE PRESERVATION) (ENGLAND) REGULATIONS 2012

ASHCOMBE DISTRICT COUNCIL

TREE PRESERVATION ORDER No. 7/2025
LAND AT THE OLD RECTORY, MILL STREET, WENBURY

NOTICE IS HEREBY GIVEN that Ashcombe District Council made the above Order on 28 February
2025. The Order protects one oak (T1), two limes (T2, T3) and a group of yews (G1) shown on
the attached plan.

The Order took effect on that day on a provisional basis. It will continue in force for six
months unless the Council confirms it before then; if it is not confirmed, it will lapse on
28 August 2025.

REASONS FOR MAKING THE ORDER

On 12 February 2025 the Council received notice of an intention to fell T1 and T2. The
Council's tree officer inspected the trees on 19 February and considers them of high amenity
value. The oak, planted around 1820, is one of the oldest trees in Wenbury. The site has been
within the Wenbury Conservation Area since 1976. An earlier order on the land, TPO 14/1989,
was revoked in 2004 when the rectory was sold.

OBJECTIONS AND REPRESENTATIONS

Any objection or representation must be made in writing, state the trees concerned and the
reasons, and be received by the Council no later than 4 April 2025. The Council expects to
consider confirmation of the Order at its Planning Committee on 10 June 2025.

A copy of the Order and plan may be inspected at the Council Offices, Bridge Street, Wenbury,
Monday to Friday, 9am to 5pm.

Dated 28 February 2025

Signed: R. Okafor, Head of Legal Services
on behalf of Ashcombe District Council""",
        (
            expect("2025-02-28", "order", "made"),
            expect("2025-08-28", "lapse", planned=True),
            expect("2025-02-12", "fell"),
            expect("2025-02-19", "inspected"),
            expect("1820~", "oak", "planted"),
            expect("1976/..", "conservation", "area"),
            expect("2004", "revoked"),
            expect("2004", "rectory", "sold"),
            expect("../2025-04-04", "objection", planned=True),
            expect("2025-06-10", "committee", planned=True),
        ),
    ),
    Text(
        "kirimaru-nagoya-basho",
        "sumo tournament report",
        date(2024, 7, 28),
        """SUMO: Kirimaru takes third Emperor's Cup as Nagoya meet closes

NAGOYA (Japan Sports Press) - Ozeki Kirimaru beat sekiwake Hoshinada with an overarm throw on
Sunday to finish the Nagoya Grand Sumo Tournament at 13-2 and lift his third Emperor's Cup.

The Mongolian-born wrestler, who had lost to komusubi Tobizakura on Friday, needed a win to
avoid a playoff with rank-and-filer Hakuyama, who beat Wakanoumi earlier in the
day to close on 12-3.

Kirimaru's earlier titles came in March 2022 and January 2023. He was promoted to ozeki in
2021 and will be chasing promotion to sumo's top rank of yokozuna in the autumn.

Hakuyama's 12 wins were the most by a maegashira in Nagoya since 2012, and he took the
Fighting Spirit Prize for the second time.

Yokozuna Terunami, absent since the January tournament with a knee injury, watched from the
stands. His stablemaster said he hopes to return for the next meet.

The 15-day meet ran from July 14 to 28 at the Aichi Prefectural Arena in front of full houses
every day, the Japan Sumo Association said.

The rankings for the September tournament will be released on Aug. 26, and the tournament
will open at the Ryogoku Kokugikan in Tokyo on Sept. 8.

RESULTS (Day 15, top division, selected)
Kirimaru (13-2) def. Hoshinada (9-6)
Hakuyama (12-3) def. Wakanoumi (7-8)
Tobizakura (8-7) def. Asakaze (6-9)""",
        (
            expect("2024-07-28", "kirimaru"),
            expect("2024-07-26", "lost", "tobizakura"),
            expect("2022-03", "title"),
            expect("2023-01", "title"),
            expect("2021", "ozeki", "promot"),
            expect("2024-01/..", "terunami", "absent"),
            expect("2024-07-14/2024-07-28", "meet"),
            expect("2024-08-26", "rankings", planned=True),
            expect("2024-09-08", "tournament", "open", planned=True),
        ),
    ),
    Text(
        "carrowby-graphite-offtake",
        "graphite mine's press release",
        None,
        """ASX ANNOUNCEMENT | 9 October 2024

CARROWBY GRAPHITE LIMITED (ASX: CGX)

Offtake signed and Wirrida infill drilling complete

HIGHLIGHTS
- Binding offtake agreement signed with Korean anode maker Hanbit Materials
- 4,200 m infill drilling programme at Wirrida completed on schedule
- Final investment decision targeted by 30 June 2025

Perth, Western Australia - Carrowby Graphite Limited (Carrowby or the Company) is pleased to
report progress at its Wirrida flake graphite project in the Gascoyne region.

The infill drilling programme ran from 3 July to 27 September 2024 and comprised 61
reverse-circulation holes. Assays are pending and will be used to update the Mineral
Resource estimate.

The offtake agreement, signed on 2 October, covers 40,000 tonnes a year of flake concentrate
for five years from first production.

Wirrida was granted Mining Lease M52/1187 on 14 May 2023, and the Definitive Feasibility
Study was released in November 2023. Carrowby has held the Wirrida tenements since 2017.

Next steps

Subject to financing, the Company is targeting a final investment decision by 30 June 2025,
with construction scheduled to begin in August 2025 and first concentrate shipments expected
in March 2026.

Managing Director Lena Torvik said: "With a binding offtake in hand and drilling done, Wirrida
is now one of the most advanced graphite projects outside China, even with prices at their
lowest since 2020."

The Company's Annual General Meeting will be held in Perth on 21 November 2024.

This announcement was authorised for release by the Board.

ENDS""",
        (
            expect("2024-07-03/2024-09-27", "drilling"),
            expect("2024-10-02", "offtake", "signed"),
            expect("2023-05-14", "mining", "lease"),
            expect("2023-11", "feasibility", "study"),
            expect("2017/..", "tenements"),
            expect("../2025-06-30", "investment", "decision", planned=True),
            expect("2025-08", "construction", planned=True),
            expect("2026-03", "shipments", planned=True),
            expect("2024-11-21", "general", "meeting", planned=True),
        ),
    ),
    Text(
        "alderwick-convict-journal",
        "convict ship surgeon's journal of the 1830s",
        None,
        """MEDICAL AND SURGICAL JOURNAL of His Majesty's Convict Ship ALDERWICK, Thomas Reddan,
Surgeon Superintendent, on a Voyage to Van Diemen's Land, 1835.

Tuesday 14th April. At Woolwich. Received on board 180 male convicts from the York hulk,
with their irons and bedding. Examined every man; rejected two as unfit for the voyage, one
with a scrofulous neck, one with an old hernia. Issued lime juice.

May 20th. Crossed the Line at noon. Weather very hot; the prisoners' deck much confined. Had
the men up in messes of thirty to wash and air their bedding, as is my custom each morning
when the weather allows.

May 23rd. John Harker, convict, died this morning of dysentery after a long illness. He was
tried at Lancaster in March 1834 for stealing calico, and told me he was born in 1811 or
thereabouts. Committed his body to the deep at 4 p.m., the Master reading the service.

June 11th. Fumigated the prison with chloride of lime. The fever which began among the
prisoners about the 2nd inst. is abating; nine men remain in the hospital, none dangerously.
Bled two of them.

August 9th, Sunday. Sighted the coast of Van Diemen's Land at daybreak, bearing N.E. about
thirty miles. Performed divine service on the quarter-deck; the prisoners very orderly and
clean. The Master expects to anchor at Hobart Town on Thursday, if the wind holds.

Remarks. Of the 180 received, one died at sea and 171 are in good health. I attribute the
small loss chiefly to cleanliness, lime juice, and exercise on deck.

T. Reddan, Surgeon R.N.""",
        (
            expect("1835-04-14", "convicts", "received"),
            expect("1835-05-20", "crossed", "line"),
            expect("1835-05-23", "harker", "died"),
            expect("1834-03", "tried"),
            expect("1811~", "born"),
            expect("1835-06-11", "fumigat"),
            expect("1835-06-02~", "fever"),
            expect("1835-08-09", "sighted"),
            expect("1835-08-13", "anchor", "hobart", planned=True),
        ),
    ),
    Text(
        "hollinthwaite-barn-bats",
        "bat roost survey",
        None,
        """HOLLIN BARN, HOLLINTHWAITE - BAT ROOST ASSESSMENT AND EMERGENCE SURVEYS

Report ref: BRS/22/117 | Revision B | Issued 30 September 2022
Prepared for: Mr and Mrs D. Ashworth | Prepared by: Fellside Ecology Ltd

1. Summary

Hollin Barn is a two-storey stone field barn built c. 1850, which has been unused since 2009.
A preliminary roost assessment on 11 May 2022 found bat droppings in the hayloft and classed
the barn as having high suitability for roosting bats. Dusk emergence surveys were carried out
on 7 June, 29 June and 21 July 2022. Up to 14 common pipistrelles and a single brown
long-eared bat were seen emerging from gaps under the ridge tiles. A survey by another
consultant in 2015 recorded no bats.

2. Survey visits

Table 1
| Date       | Sunset | Temp. | Surveyors | Bats emerging |
| 07/06/2022 | 21:32  | 14 C  | 3         | 9             |
| 29/06/2022 | 21:40  | 16 C  | 3         | 14            |
| 21/07/2022 | 21:24  | 17 C  | 4         | 11            |

3. Assessment

The barn supports a maternity roost of common pipistrelle, a species which in this area
typically forms such roosts between May and August. The loss of the roost without mitigation
would be an offence.

4. Recommendations

Conversion works to the barn are programmed to begin in November 2022 and cannot lawfully
proceed without a mitigation licence. The licence application will be submitted to Natural
England by 14 October 2022. Four bat boxes are to be fixed to the ash tree east of the barn
before works begin, and a bat loft is to be built into the new roof.

(c) Fellside Ecology Ltd 2022. Not to be reproduced without permission.""",
        (
            expect("1850~", "built"),
            expect("2009/..", "unused"),
            expect("2022-05-11", "assessment"),
            expect("2022-06-07", "emergence"),
            expect("2022-06-29", "emergence"),
            expect("2022-07-21", "emergence"),
            expect("2015", "survey"),
            expect("2022-11", "conversion", "works", planned=True),
            expect("../2022-10-14", "licence", planned=True),
        ),
    ),
    Text(
        "pellbrook-umbrella-house",
        "umbrella maker's history",
        None,
        """Pellbrook & Sons: a history of the house

The firm was founded in 1847 by Josiah Pellbrook, a whalebone cutter who began covering
umbrella frames in a back room off Tanner's Row, Bristol. Around 1860 he moved the business
to larger premises in Cheapgate, where the shop still stands, its original mahogany counter
intact.

Pellbrook's son William won the firm a royal warrant in 1889 and turned it towards the
carriage trade, making silk umbrellas with handles of malacca cane, horn and silver.

The Cheapgate workshop was bombed in May 1941. Production continued in a church hall on
Quay Street throughout the war, and the workshop was rebuilt by 1949 to the old plan.

In 1972 the family sold the firm to the Harmond group, buying it back in 1985 when Harmond
retreated from retail. Pellbrook has made the umbrellas used in the Bristol Old Playhouse's
productions since 1998, including the famous collapsing umbrella in its long-running farce.

Today every Pellbrook umbrella is still cut, sewn and finished by hand in Cheapgate, and each
year the workshop repairs some 3,000 umbrellas, many of them older than their owners. A second
shop, in London's Burlington Row, will open in 2026.

Pellbrook & Sons Ltd | 14 Cheapgate, Bristol | (c) 2024""",
        (
            expect("1847", "founded"),
            expect("1860~", "moved"),
            expect("1889", "royal", "warrant"),
            expect("1941-05", "bombed"),
            expect("../1949", "rebuilt"),
            expect("1972", "sold"),
            expect("1985", "back"),
            expect("1998/..", "playhouse"),
            expect("2026", "shop", planned=True),
        ),
    ),
    Text(
        "ostrelund-energy-statement",
        "energy minister's statement",
        None,
        """Oral statement to Parliament

Energy security update

Delivered on: Thursday 6 March 2025 (Original script, may differ from delivered version)
From: Department for Energy and Grid and Clara Whitcombe MP, Minister of State for Energy

Madam Deputy Speaker, with permission, I will make a statement on energy security.

On 1 March, the Ostrelund interconnector to Norway entered commercial service, adding 1.4
gigawatts of import capacity, enough to supply two million homes. When wholesale prices
peaked in August 2022, the highest since records began, this country had no such link.

The Energy Security Act, passed in 2023, gave us the powers to plan the grid as a whole.
Coal generation in this country ended in September 2024, when the last unit at Ratcliffe Moor
shut down, and I pay tribute to the generations of workers who kept the lights on.

Households will see the benefit. The price cap will fall by 6 per cent on 1 April. Our
consultation on grid connection reform, launched on 12 February, closes on 26 March, and I
will publish the results of the sixth offshore wind auction on Tuesday.

The last of our older nuclear units, at Heysham Point, will close no later than 2028. We are
working with the operator to secure the skills of its workforce, and every quarter my
department will report to the House on progress.

Madam Deputy Speaker, energy security is national security. I commend this statement to the
House.""",
        (
            expect("2025-03-01", "interconnector"),
            expect("2022-08", "prices", "peaked"),
            expect("2023", "act", "passed"),
            expect("2024-09", "coal", "ended"),
            expect("2024-09", "ratcliffe"),
            expect("2025-04-01", "price", "cap", planned=True),
            expect("2025-02-12", "consultation", "launched"),
            expect("2025-03-26", "consultation", "closes", planned=True),
            expect("2025-03-11", "auction", planned=True),
            expect("../2028", "nuclear", "close", planned=True),
        ),
    ),
    Text(
        "brackwater-marina-berths",
        "marina's berths HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Berths &amp; Moorings | Brackwater Marina</title>
<meta name="description" content="Annual, winter and visitor berths at Brackwater Marina">
</head>
<body>
<nav><a href="/">Home</a> <a href="/berths">Berths</a> <a href="/boatyard">Boatyard</a>
<a href="/contact">Contact</a></nav>
<main>
<h1>Berths &amp; Moorings</h1>
<p>Brackwater Marina opened in 1987 with 120 berths and was awarded its first Gold Anchor in
2009. The boatyard was extended in 2015, and today we offer 410 fully serviced pontoon berths
with water, electricity and wifi.</p>
<h2>Pontoon works</h2>
<p>Pontoon C was replaced between 4 November and 20 December 2024, adding 36 berths for boats
up to 14 m. Dredging of the approach channel is scheduled for 10&ndash;14 March 2025; the
entrance will be closed two hours either side of low water on those days.</p>
<h2>Visitor berths</h2>
<p>Twenty new visitor berths on the outer hammerhead will open on 1 April 2025. Visitors are
asked to call the marina office on VHF channel 80 before entering.</p>
<h2>Fuel berth</h2>
<p class="notice">The fuel berth has been closed since 15 January 2025 for repairs to the fuel
line. We expect it to reopen by 28 February.</p>
<h2>Annual berths 2025</h2>
<table>
<tr><th>Length</th><th>Annual (&pound;/m)</th><th>Winter (&pound;/m)</th></tr>
<tr><td>up to 8 m</td><td>498</td><td>212</td></tr>
<tr><td>8&ndash;12 m</td><td>545</td><td>231</td></tr>
<tr><td>over 12 m</td><td>596</td><td>254</td></tr>
</table>
<p>Berth holders' lift-out and launch bookings open on Monday 3 February. Every October the
yard lifts out more than 150 boats for winter storage, so please book early.</p>
</main>
<footer>
<p>Brackwater Marina Ltd &middot; Company no. 02081987 &middot; &copy; 2025</p>
<p>Page last updated 20 January 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1987", "opened"),
            expect("2009", "gold", "anchor"),
            expect("2015", "boatyard", "extended"),
            expect("2024-11-04/2024-12-20", "pontoon", "replaced"),
            expect("2025-03-10/2025-03-14", "dredging", planned=True),
            expect("2025-04-01", "visitor", "berths", planned=True),
            expect("2025-01-15/..", "fuel", "closed"),
            expect("../2025-02-28", "reopen", planned=True),
            expect("2025-02-03", "bookings", planned=True),
        ),
    ),
    Text(
        "dunsby-bus-lane-appeal",
        "traffic penalty tribunal decision",
        None,
        """TRAFFIC PENALTY TRIBUNAL
England and Wales (outside London)

Case reference: DN05417-2408
Appellant: Ms Harriet Vole
Authority: Dunsby City Council
VRM: KX19 PLD
PCN number: DC40833917
Contravention date: 03 Jun 2024
Contravention: 34J Being in a bus lane
Adjudicator: Nadia Crewe
Decision: Appeal allowed

Reasons

1. The Council's camera recorded the Appellant's car in the Brook Street bus lane at 08:41 on
3 June 2024, and a penalty charge notice followed by post.

2. Ms Vole made representations on 17 June, saying that she had followed diversion signs. The
Council rejected them on 22 July. Her appeal was received by the Tribunal on or about
12 August; nothing turns on the exact date.

3. The bus lane was created in 2019 by the Dunsby (Brook Street) Bus Lane Order. The Council
says that camera enforcement signs have been in place since March 2021, and I accept that.

4. However, the Council's own highways notice, which Ms Vole produced, shows that the bus lane
was suspended between 1 and 5 June 2024 while a gas main was replaced, and that traffic was
directed through it. The Council's case summary does not mention the suspension.

5. I heard the appeal by telephone on 7 November. Ms Vole attended; the Council did not, and
sent no written response to the notice.

6. I am not satisfied that a contravention occurred. The appeal is allowed. The Council must
cancel the penalty charge notice and refund the 35 pounds paid by the Appellant no later than
12 December 2024.

Nadia Crewe
Adjudicator""",
        (
            expect("2024-06-03", "recorded"),
            expect("2024-06-17", "representations"),
            expect("2024-07-22", "rejected"),
            expect("2024-08-12~", "appeal", "received"),
            expect("2019", "created"),
            expect("2021-03/..", "signs"),
            expect("2024-06-01/2024-06-05", "suspended"),
            expect("2024-11-07", "heard"),
            expect("../2024-12-12", "refund", planned=True),
        ),
    ),
    Text(
        "lanternwick-darrow-workshop",
        "luthier's workshop history",
        None,
        """The Darrow Workshop, Lantern Street

Anselm Darrow opened his workshop in a room above a chandler's shop in Wexley in 1926, after
an apprenticeship in Mittenwald. He made his first cello in 1928 and his first viola the
following year. A viola in the Wexley Museum that may have been made in 1931 is the earliest
of his instruments to survive, though its label is too damaged to be sure.

Around 1937 Darrow moved to 9 Lantern Street, the narrow house the workshop still occupies,
with the varnish room in the attic. Ruth Okes joined him as an apprentice in 1952 and took
over the workshop in 1968, when Darrow retired.

Under Okes the workshop turned increasingly to repairs and restoration for orchestral
players, a reputation it keeps. Her grand-nephew, Callum Reyes, has run the workshop since
2011. It takes a new apprentice every three years and still makes four or five new
instruments a year, all on Darrow's moulds.

On 9 October 2019 a Darrow violin sold at auction in London for 86,000 pounds, a record for
an English maker of his generation. The workshop's centenary will be marked by an exhibition
of Darrow and Okes instruments at the Wexley Museum in 2026.

Visits by appointment. The Darrow Workshop, 9 Lantern Street, Wexley.""",
        (
            expect("1926", "opened"),
            expect("1928", "cello"),
            expect("1929", "viola"),
            expect("1931?", "viola"),
            expect("1937~", "moved"),
            expect("1952", "okes", "joined"),
            expect("1968", "took", "over"),
            expect("1968", "retired"),
            expect("2011/..", "reyes"),
            expect("2019-10-09", "violin", "sold"),
            expect("2026", "exhibition", planned=True),
        ),
    ),
    Text(
        "tidewell-pickleball-fixtures",
        "pickleball league's fixtures card",
        None,
        """TIDEWELL PICKLEBALL LEAGUE
Division 1 Fixtures - 2025 Season
All matches at Tidewell Leisure Centre, courts 1-6, first serve 6.30pm

Registration closes Friday 28 March. Every team must field at least two women in each match.

WK | DATE       | HOME            | AWAY
1  | Tue 8 Apr  | Dink Dynasty    | Kitchen Kings
2  | Tue 15 Apr | Net Results     | Dink Dynasty
3  | Tue 6 May  | Kitchen Kings   | Net Results
4  | Tue 13 May | Dink Dynasty    | Net Results

Courts will be resurfaced from 28 April to 2 May, so week 3 is not played until 6 May.

FINALS NIGHT: Friday 6 June, top two teams, best of five rubbers. Spectators welcome.

Results to the fixtures secretary by 10pm on match night, please. Balls are supplied by the
home team.

League founded 2022 | 2024 champions: Kitchen Kings

Fixtures secretary: Pat Lomond, 07700 900412 | Printed 3/3/25 | (c) Tidewell Pickleball
Club 2025""",
        (
            expect("2025-03-28", "registration", "closes", planned=True),
            expect("2025-04-08", "dink", "kitchen", planned=True),
            expect("2025-04-15", "net", "dink", planned=True),
            expect("2025-05-06", "kitchen", "net", planned=True),
            expect("2025-05-13", "dink", "net", planned=True),
            expect("2025-04-28/2025-05-02", "resurfaced", planned=True),
            expect("2025-06-06", "finals", planned=True),
            expect("2022", "founded"),
            expect("2024", "champions"),
        ),
    ),
)
