"""The hundred-and-forty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any, with invented people,
organisations and facts. The twenty styles: a wire story with a dateline, a press release, a
court opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, a coastal erosion monitoring update, a
darts championship report, a film studio merger release, a pioneer woman's letters home of
the 1860s, an Antarctic ice core season summary, a priory's history, an education ministry
exam timetable notice, a canoe club's HTML news page, a land registry rectification
decision, a saddlery's history and a church's parish magazine diary of events.

Facts whose date a reader could take two ways (a season, a decade, "next year", "the years
between the wars") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYFOURTH_CORPUS",)

HUNDREDFORTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kessel-bridge-reopens",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORE, March 14 (Meridian Wire) - The Kessel Strait road bridge reopened to cars and
buses on Thursday, six weeks after a grain barge struck one of its piers and forced the
authorities to shut the main link between the island and the mainland.

The barge Onderwal, carrying 2,400 tonnes of wheat, hit the southern pier on January 30.
Engineers closed the bridge the same night after divers found cracks below the waterline.

The bridge, opened in 1964, normally carries some 38,000 vehicles a day. Ferries, which
have sailed every 20 minutes during the closure, carried more passengers in February than
in any month since 2008.

Heavy lorries will be allowed back on Monday, the Kessel Roads Authority said, once a final
load test has been completed. Repairs to the damaged pier are to be finished by June 30,
authority director Hanne Vosloo told a news conference.

"We will not cut corners on a structure that half the island depends on," she said.

Dalgren Shipping, which operates the Onderwal, was fined in 2019 after another of its
barges struck a lock gate upstream. The company said it was cooperating with investigators.

A report by the national transport safety board is due on or about April 22, a board
spokesman said.

(Reporting by Pieter Lanne; Editing by Carla Mendes)""",
        (
            expect("2025-03-13", "bridge", "reopen"),
            expect("2025-01-30", "barge", "pier"),
            expect("2025-01-30", "bridge", "close"),
            expect("1964", "bridge", "open"),
            expect("2025-03-17", "lorries", planned=True),
            expect("../2025-06-30", "repair", planned=True),
            expect("2019", "dalgren", "fine"),
            expect("2025-04-22~", "report", planned=True),
        ),
    ),
    Text(
        "halvik-second-plant",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Halvik Sensorworks to build second assembly plant in Trondvik

ØRLANDEN, Norway, 3 June 2025 — Halvik Sensorworks AS (OSE: HALV), a maker of sensors for
infusion pumps and patient monitors, today announced that it will build a second assembly
plant at the Trondvik business park, investing NOK 620 million over three years.

Construction will start on 1 September, and the plant is scheduled to begin production in
March 2026. The company expects to hire about 180 people by December 2026.

"Demand for our flow sensors has doubled in two years," said chief executive Eirik Solstad.
"Trondvik gives us room to grow close to the engineers who designed them."

Halvik was founded in 2004 by engineer Sigrun Aas in a rented workshop above a boat repair
yard. It listed on the Oslo exchange in 2015 and acquired the Danish sensor maker Medtrakk
two years later. Its order book is now the largest since 2018.

Halvik will publish its second-quarter results on 21 August.

The new plant will be certified to ISO 13485 and will run entirely on hydropower.

About Halvik Sensorworks
Halvik Sensorworks AS designs and manufactures precision sensors for medical devices. It
employs 540 people in Norway, Denmark and Poland.

Media contact: Ingrid Berge, +47 73 55 01 90, press@halvik.example""",
        (
            expect("2025-06-03", "plant"),
            expect("2025-09-01", "construction", planned=True),
            expect("2026-03", "production", planned=True),
            expect("../2026-12", "hire", planned=True),
            expect("2004", "found"),
            expect("2015", "list"),
            expect("2017", "medtrakk"),
            expect("2025-08-21", "results", planned=True),
        ),
    ),
    Text(
        "varga-v-brennock",
        "court opinion",
        None,
        """UNITED STATES DISTRICT COURT
DISTRICT OF NEW HALSTEAD

CORLISS VARGA, Plaintiff,
v.
BRENNOCK HOLDINGS LLC, Defendant.

Civil Action No. 22-cv-01184 (RMT)

Argued: January 9, 2024
Decided: February 12, 2024

MEMORANDUM OPINION AND ORDER

TALBOT, District Judge.

I. BACKGROUND

On or about March 1, 2019, Plaintiff Corliss Varga leased a ground-floor unit at 88 Orchard
Street from Defendant Brennock Holdings LLC ("Brennock"). On November 17, 2020, a pipe in
the unit above burst and flooded the premises. Varga notified Brennock in writing two days
later. Brennock did not begin repairs until January 2021, and Varga, who ran a bakery from
the unit, vacated the premises in or around April 2021.

Varga filed this action on June 8, 2022, alleging breach of the covenant of quiet enjoyment
and of the warranty of habitability under the Residential and Commercial Tenancies Act of
1986. Brennock moved for summary judgment on all counts.

II. DISCUSSION

Summary judgment is appropriate where there is no genuine dispute as to any material fact.
Brennock argues that the lease, at § 14(b), required written notice within 24 hours. The
record shows that notice was given within 48. Whether the delay prejudiced Brennock is a
question for the jury.

III. CONCLUSION

For the foregoing reasons, Defendant's motion for summary judgment is GRANTED as to Count II
and DENIED as to Count I. A status conference will be held on March 4, 2024.

SO ORDERED.""",
        (
            expect("2024-01-09", "argu"),
            expect("2024-02-12", "decid"),
            expect("2019-03-01~", "lease"),
            expect("2020-11-17", "pipe"),
            expect("2020-11-19", "notif"),
            expect("2021-01", "repair"),
            expect("2021-04~", "vacat"),
            expect("2022-06-08", "file"),
            expect("2024-03-04", "conference", planned=True),
        ),
    ),
    Text(
        "mardenholt-history",
        "encyclopedia history",
        None,
        """Mardenholt

History

The parish church of St Wystan is thought to date from 1190, although the year rests on a
single later chronicle and is disputed. Flemish weavers settled along the river c. 1340, and
the town received a market charter in 1412.

Mardenholt was sacked by border raiders in 1536 and again in 1541. Its cloth hall, built
between 1602 and 1609, survived both the Civil War and a fire that destroyed much of the
High Street; the hall is now a museum, closed for repairs and due to reopen in 2027.

The railway reached the town in 1857, and the first steam-powered mill opened the following
year. By the end of the century Mardenholt had eleven mills and a population of over 9,000.
The last mill closed in the late 1970s.

Since 1974 the town has formed part of the district of Lowmere. Its grammar school, one of
the oldest in the county, has 1,100 pupils.

See also
- List of market towns in Lowmere
- River Marden

References
1. Ashby, R. (1962). A History of Mardenholt. Lowmere: Harrow Press.""",
        (
            expect("1190?", "church"),
            expect("1340~", "weavers"),
            expect("1412", "charter"),
            expect("1536", "sack"),
            expect("1541", "sack"),
            expect("1602/1609", "hall"),
            expect("1857", "railway"),
            expect("1858", "mill"),
            expect("1974/..", "district"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "dunmore-kelby-report",
        "sports report",
        date(2025, 4, 27),
        """Pell double lifts Dunmore into play-off places

Dunmore Athletic 3 Kelby Rovers 1

By Sam Okorie, at Carrow Lane

Two goals from Jonas Pell took Dunmore Athletic into the play-off places on Saturday as
Kelby Rovers' unbeaten run ended at eleven games.

Pell, signed from Aldwick Town in January, opened the scoring after 14 minutes and added a
second from the penalty spot before the break. Rovers pulled one back through Dean Marsh,
but substitute Leo Tasker sealed it in stoppage time in front of 6,214 fans.

Rovers have not won at Carrow Lane since 2009, and manager Gary Holt admitted his side had
been second best. "We gave them two goals," he said.

Athletic, promoted in 2021 under Ola Brandt, who had taken charge in November 2019, now sit
fourth with three games left. They travel to Fenwick on Tuesday before the regular season
is due to end on May 10 with the visit of leaders Stanmoor.

The club's new 2,000-seat east stand is expected to open in August, in time for the first
home game of the new season.

Dunmore: Rees; Amoah, Fitch, Carver, Lyle; Dobbs, Hart (Tasker 78), Quinn; Ness, Pell,
Bright.
Rovers: Kerr; Walsh, Boyd, Marsh, Inglis; Penn, Coyle, Fry; Dale, Moss (Ward 70), Ibe.""",
        (
            expect("2025-04-26", "dunmore"),
            expect("2025-01", "pell", "sign"),
            expect("2021", "promot"),
            expect("2019-11", "brandt"),
            expect("2025-04-29", "fenwick", planned=True),
            expect("2025-05-10", "season", planned=True),
            expect("2025-08", "stand", planned=True),
        ),
    ),
    Text(
        "marrick-company-history",
        "company history",
        None,
        """Our history

Marrick & Sons was founded in 1887 by the brothers Aldo and Piet Marrick, who baked ship's
biscuits in a cellar on Quay Street, Hollesby. Their ginger snaps sold so well to the
fishing fleet that the firm moved to a purpose-built factory on Tanner's Lane in 1903.

The business was incorporated as a limited company in 1921 and sent its first export order,
forty tins of shortbread, to Halifax, Nova Scotia, in 1926. From 1940 to 1945 the factory
made ration biscuits for the armed forces and the civil defence services.

A fire destroyed the old Quay Street bakery around 1952; nobody was hurt, and the ovens at
Tanner's Lane were never idle. In 1988 the family sold a majority stake to Hollen Foods,
which kept the Marrick name and recipes.

Since 2011 the company has been owned by its 310 employees through the Marrick Trust. We
still bake our Original Snap to the 1887 recipe, and every Friday the staff canteen gives
the broken ones away free.

A second bakery, in Weldham, is to open in 2026 and will double our capacity for gluten-free
lines.

Marrick & Sons Ltd · Tanner's Lane · Hollesby · Company No. 00174226""",
        (
            expect("1887", "found"),
            expect("1903", "factory"),
            expect("1921", "incorporat"),
            expect("1926", "export"),
            expect("1940/1945", "ration"),
            expect("1952~", "fire"),
            expect("1988", "stake"),
            expect("2011/..", "employee"),
            expect("2026", "weldham", planned=True),
        ),
    ),
    Text(
        "veyra-mission-summary",
        "mission summary",
        None,
        """MISSION SUMMARY — VEYRA ASTEROID SAMPLE MISSION
Orbital Sciences Directorate, Caldera Space Agency · Document CSA-VY-SUM-003 Rev. B

Overview
Veyra is the agency's first sample-return mission. The 1,140 kg spacecraft was launched on
14 October 2019 from the Port Anselm launch complex aboard a Corvan-4 rocket.

Cruise
An Earth gravity-assist flyby on 2 November 2020 set Veyra on course for the near-Earth
asteroid 4417 Castellane. Contact was lost for nine hours around 12 August 2021, when a
software fault put the spacecraft into safe mode.

Proximity operations
Veyra entered orbit around Castellane on 9 July 2022 and mapped the surface for ten weeks.
Its lander, Pip, touched down on 21 September and returned images for 17 hours before its
battery ran out. Sampling ran from 3 to 7 March 2023, when the sampling arm made three
touch-and-go contacts and collected an estimated 60 g of regolith.

Departure and return
The spacecraft left orbit in about December 2023. The sample capsule is expected to land at
the Kelloway range in October 2026, and curation will take place at the agency's Irwell
laboratory. A final mission report is due by 31 December 2027.

Status
All instruments nominal as of the last telemetry pass. Next review: Mission Board 27.""",
        (
            expect("2019-10-14", "launch"),
            expect("2020-11-02", "flyby"),
            expect("2021-08-12~", "contact"),
            expect("2022-07-09", "orbit"),
            expect("2022-09-21", "lander"),
            expect("2023-03-03/2023-03-07", "sampl"),
            expect("2023-12~", "orbit"),
            expect("2026-10", "capsule", planned=True),
            expect("../2027-12-31", "report", planned=True),
        ),
    ),
    Text(
        "drought-ministerial-statement",
        "government statement",
        date(2025, 8, 6),
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, Dr Anneke Rosdahl, on the drought
Wednesday 6 August 2025

Reservoir storage across the southern catchments fell below 40 percent on 28 July, the
lowest level recorded for the time of year. Yesterday I convened the National Drought
Committee, which advised that restrictions on non-essential use are now necessary.

I have therefore made an order under section 12 of the Drought Act 2003. A ban on the use of
hosepipes for watering gardens and washing cars will come into force on Monday 11 August in
the South, Southeast and Lowland supply zones.

Water companies must submit updated contingency plans to my department no later than 22
August. Households that rely on private boreholes are not affected.

A similar ban was imposed in June 2018 and lifted in September of that year. I want to thank
the public for the care they showed then, and I am confident they will show it again.

The Committee meets every fortnight during a drought and will next meet on Thursday, when it
will consider whether agricultural abstraction licences should also be limited.

Ends

Notes to editors: Reservoir data are published daily at 10:00. Press office: 0300 555 0172.""",
        (
            expect("2025-07-28", "reservoir"),
            expect("2025-08-05", "committee"),
            expect("2025-08-11", "ban", planned=True),
            expect("../2025-08-22", "plans", planned=True),
            expect("2018-06", "ban"),
            expect("2018-09", "lift"),
            expect("2025-08-07", "committee", planned=True),
        ),
    ),
    Text(
        "brackwater-museum-html",
        "HTML news page",
        date(2025, 11, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Maritime museum reopens after refit | Brackwater Gazette</title>
</head>
<body>
<header><a href="/">Brackwater Gazette</a> &rsaquo; <a href="/news/">News</a></header>
<article>
<h1>Maritime museum reopens after two-year refit</h1>
<p class="byline">By Nell Trask &middot;
<time datetime="2025-11-20">20 November 2025</time></p>
<p>The Brackwater Maritime Museum reopened its doors on Tuesday after a &pound;6.2m
refurbishment that took more than two years.</p>
<p>The museum closed in March 2023. Trustees had approved the plans in October 2021, but
work was held up by a shortage of seasoned oak for the new galleries.</p>
<p>Founded in 1932 in the former harbourmaster's house, the museum now fills the whole of
the old Customs Quay. Its star exhibit is the lifeboat <em>Grace Pellow</em>, built c. 1870
and restored for the reopening.</p>
<p>A new gallery on the town's whaling trade will open on 6 December, and the café is to
reopen by Christmas, director Farah Quist said. Visitor numbers before the closure were
higher than in any year since 1998.</p>
<p>Entry is free on the first Sunday of every month.</p>
</article>
<footer>&copy; 2025 Brackwater Gazette &middot; <a href="/contact">Contact us</a></footer>
</body>
</html>""",
        (
            expect("2025-11-18", "reopen"),
            expect("2023-03", "clos"),
            expect("2021-10", "approv"),
            expect("1932", "found"),
            expect("1870~", "lifeboat"),
            expect("2025-12-06", "gallery", planned=True),
            expect("../2025-12-25", "café", planned=True),
        ),
    ),
    Text(
        "sandholm-cliffs-update",
        "coastal erosion monitoring update",
        date(2025, 10, 15),
        """SANDHOLM CLIFFS COASTAL MONITORING PROGRAMME
Update No. 14 — Autumn 2025
Issued: 15 October 2025 · Prepared by: East Marle Coastal Partnership

1. Surveys this period
The drone (UAV) photogrammetry survey of the full 3.8 km frontage was flown on 2 September.
The ground-based GNSS profile survey of Profiles P1–P14 followed on 9 September.

2. Cliff falls
A cliff fall of roughly 1,200 m³ occurred on or about 17 August between P6 and P8 and was
reported by a dog walker. The coastal footpath between P6 and P8 has been closed since 18
August and will stay closed until the slope has been assessed by a geotechnical engineer.

3. Retreat
Since the baseline survey of March 2009, the cliff top at P7 has retreated 14.2 m, an
average of 0.86 m per year. Retreat at P3, where rock armour was placed between 4 and 29
November 2021, has been negligible.

4. Next steps
The next full survey is scheduled for 10 March 2026. East Marle District Council expects to
decide whether to relocate the Sandholm Gap car park by 31 January 2026.

Contact: coastal.monitoring@eastmarle.example · Tel. 01502 448 310""",
        (
            expect("2025-09-02", "drone"),
            expect("2025-09-09", "gnss"),
            expect("2025-08-17~", "fall"),
            expect("2025-08-18/..", "footpath"),
            expect("2009-03", "baseline"),
            expect("2021-11-04/2021-11-29", "armour"),
            expect("2026-03-10", "survey", planned=True),
            expect("../2026-01-31", "park", planned=True),
        ),
    ),
    Text(
        "northern-open-darts",
        "darts championship report",
        date(2026, 1, 5),
        """DARTS

Dorsman crowned Northern Open champion

By Kev Ashdown

Luuk Dorsman won the Northern Open Darts Championship for the first time on Sunday night,
beating defending champion Craig Mabey 7-4 in a final that lasted just under an hour at the
Arena Halle in Wetzborg.

The 27-year-old Dutchman averaged 101.34, the highest in a Northern Open final since 2015,
and finished the match with a 121 checkout. He had hit a nine-dart finish in Saturday's
semi-final against Jamie Rourke, the first in the tournament's history, and is expected to
rise to fourth in the world rankings when they are next published on 7 January.

Dorsman first threw darts in a pub league in Arnhem around 2011 and turned professional in
2019. He reached the semi-finals here in 2022, 2023 and 2024 without once making the final.

"Three times I went home on Saturday night. This time I stayed for Sunday," he said,
holding the trophy and a cheque for £120,000.

Mabey, who has played in every edition since 2006, will play his farewell match at the
Masters in Ghent, which runs from 12 to 15 February. Dorsman is also entered.

The championship, first held in 1986, moves to a new venue in Hamburg for its next edition.

Results — Final: L Dorsman 7-4 C Mabey. Semi-finals: Dorsman 6-2 J Rourke; Mabey 6-5 A Kiel.""",
        (
            expect("2026-01-04", "dorsman"),
            expect("2026-01-03", "nine-dart"),
            expect("2011~", "darts"),
            expect("2019", "professional"),
            expect("2022", "semi-final"),
            expect("2023", "semi-final"),
            expect("2024", "semi-final"),
            expect("2026-02-12/2026-02-15", "masters", planned=True),
            expect("1986", "held"),
            expect("2026-01-07", "rankings", planned=True),
        ),
    ),
    Text(
        "lumenhall-greyfield-merger",
        "film studio merger release",
        date(2025, 9, 15),
        """Lumenhall Pictures and Greyfield Studios to Combine, Creating Lumenfield Entertainment

LOS ANGELES and LONDON, September 15, 2025 /PRNewsline/ — Lumenhall Pictures Inc. (NYSE:
LUMN) and Greyfield Studios plc (LSE: GRYF) today announced that they have entered into a
definitive agreement to merge in an all-stock transaction valuing the combined company at
approximately $8.4 billion.

Lumenhall shareholders will vote on the transaction at a special meeting on December 3. The
merger is expected to close on or before March 31, 2026, subject to regulatory approvals,
and the combined company will begin trading as Lumenfield Entertainment around April 2026.

Lumenhall was founded in 1948 by director Ruth Amsel and producer Sol Brandauer. Greyfield
opened its studio lot at Shepford in 1931; it was acquired by Calder Media in 1999 and spun
off as an independent company in 2012. Together the studios hold a library of more than
1,900 feature films.

"Two of the great independent studios are becoming one," said Lumenhall chief executive
Dana Whitcombe, who will lead the combined company.

Forward-Looking Statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially from those
expressed or implied.

Contacts: Media — Joel Arkin, +1 310 555 0148; Investors — Priya Nair, +44 20 7946 0321""",
        (
            expect("2025-09-15", "agreement"),
            expect("2025-12-03", "vote", planned=True),
            expect("../2026-03-31", "close", planned=True),
            expect("2026-04~", "trading", planned=True),
            expect("1948", "found"),
            expect("1931", "lot"),
            expect("1999", "calder"),
            expect("2012", "spun"),
        ),
    ),
    Text(
        "martha-quill-letters",
        "pioneer woman's letters home of the 1860s",
        None,
        """Camp on the Platte River, May 28th, 1864

Dear Mother,

We left St. Joseph on the 2nd of this month with eleven wagons, and I have not had a dry
stocking since. Henry is well and the oxen are holding up. Mr. Harlan, our captain, has
crossed the plains every summer since '52 and says we shall reach Fort Kearny by the 15th of
June if the river lets us. Kiss Father for me.

Your loving daughter, Martha

Bannack City, Idaho Territory, October 3rd, 1864

Dear Mother,

We came into Bannack on the 19th of September after a hard crossing of the divide. I must
tell you that our little Ellen died on the 4th of July near Independence Rock of a fever,
and we buried her under a cedar with her name cut in the board. I cannot write more of it.

Henry has taken a claim on Grasshopper Creek and means to have our cabin roofed by the 1st
of November. Flour is $28 the hundred.

Martha

Bannack, April 16th, 1865

Dearest Mother,

A son was born to us on the 11th of February, a fine boy, and we have named him Amos for
Father. We were snowed in for six weeks. Henry is to go down to Salt Lake for flour about
the 1st of May, and he will post this there.

Your daughter, Martha Quill""",
        (
            expect("1864-05-02", "joseph"),
            expect("../1864-06-15", "kearny", planned=True),
            expect("1864-09-19", "bannack"),
            expect("1864-07-04", "ellen"),
            expect("../1864-11-01", "cabin", planned=True),
            expect("1865-02-11", "son"),
            expect("1865-05-01~", "salt", planned=True),
        ),
    ),
    Text(
        "dome-sigrid-season-summary",
        "Antarctic ice core season summary",
        date(2025, 3, 30),
        """DOME SIGRID DEEP ICE CORE PROJECT (DSDIC)
Field Season Summary 2024/25
Report date: 30 March 2025 · Field leader: Dr Maren Høgli

Traverse
The eight-person traverse party left Halvard Coastal Station on 18 November 2024 with four
tractors and 62 t of cargo, and arrived at Dome Sigrid (3,233 m a.s.l.) on 2 December after
a 1,150 km crossing.

Drilling
Drilling resumed in the existing borehole on 9 December at 1,876 m. A blizzard halted work
from 28 to 31 December, with winds gusting to 38 m/s. The drill reached bedrock at 2,412 m
depth on 14 January 2025, the first time a core from this dome has sampled the basal ice.
The deepest ice is estimated to be roughly 740,000 years old.

Camp closure
The camp was closed on 3 February, and the last Twin Otter left the skiway at 16:40 local
time.

Cores and analysis
Some 540 m of core are being shipped frozen aboard RSV Kestrel and are expected to reach
Hobart about 20 April. Analysis of the deepest sections is to be completed by December 2026.

Background
The site was first surveyed by airborne radar in about 2016. Core sections are numbered
DS-0001 to DS-2412.

Logistics support: Nordic Polar Logistics. Contact: dsdic@polar.example""",
        (
            expect("2024-11-18", "traverse"),
            expect("2024-12-02", "dome"),
            expect("2024-12-09", "drill"),
            expect("2024-12-28/2024-12-31", "blizzard"),
            expect("2025-01-14", "bedrock"),
            expect("2025-02-03", "camp"),
            expect("2025-04-20~", "hobart", planned=True),
            expect("../2026-12", "analysis", planned=True),
            expect("2016~", "survey"),
        ),
    ),
    Text(
        "coldwater-priory-history",
        "priory's history",
        None,
        """Coldwater Priory

The priory of St Ebba at Coldwater was founded about 1135 for Augustinian canons from
Harrowden, on land given by Ralph de Mesnil. The first prior whose name is known, Walter,
witnessed a charter of the bishop in 1147.

The priory church was rebuilt on a larger scale between 1220 and 1260, and its aisled nave,
of nine bays, was among the longest in the diocese. A fire, perhaps in 1318, destroyed the
cloister and the canons' dormitory, and the house never fully recovered.

The priory was dissolved in 1536, when its income was assessed at £86, and the site was
granted to Sir Hugh Tanfield the following year. Tanfield pulled down the church for its
stone and built a house in the outer court, of which nothing now survives above ground.

Since 1951 the ruins have been in the guardianship of the state. Excavations in 1968, 1971
and 1975 uncovered the chapter house and the foundations of the infirmary.

The site is open daily from April to October; admission is free.

Further reading: M. Tressel, Coldwater Priory (Guidebook, 2nd edn, 2004).""",
        (
            expect("1135~", "found"),
            expect("1147", "walter"),
            expect("1220/1260", "rebuil"),
            expect("1318?", "fire"),
            expect("1536", "dissolv"),
            expect("1537", "tanfield"),
            expect("1951/..", "guardianship"),
            expect("1968", "excavation"),
            expect("1971", "excavation"),
            expect("1975", "excavation"),
        ),
    ),
    Text(
        "mareva-exam-timetable",
        "education ministry exam timetable notice",
        date(2026, 2, 10),
        """REPUBLIC OF MAREVA
MINISTRY OF EDUCATION AND VOCATIONAL TRAINING
National Examinations Directorate

NOTICE No. EM/EXM/2026/07
Date: 10 February 2026

NATIONAL CERTIFICATE OF SECONDARY EDUCATION (NCSE) 2026: EXAMINATION TIMETABLE

1. The Ministry informs candidates, parents and heads of schools that the timetable for the
2026 NCSE examinations was approved by the Examinations Council on 29 January.

2. Written examinations will be held from 4 May to 12 June 2026 in all registered centres.
Practical examinations in Biology, Chemistry and Physics are scheduled for 20–24 April.

3. Private candidates must register no later than 6 March. Late registration will not be
accepted under Regulation 14 of the Examinations Regulations 2011.

4. Mathematics Paper 2, originally set for Tuesday 26 May, has been moved to Thursday 28 May
to avoid a clash with the national holiday.

5. Papers begin at 08:30 each morning. Candidates must arrive 30 minutes early with their
index number (format 2026-XXXX-XXX).

6. Results will be published on or about 14 August, and appeals must be lodged by 4
September.

Signed: Dr Tomás Ebanks, Director of National Examinations
Enquiries: exams@moe.mareva.example · Tel. +1 767 448 2210""",
        (
            expect("2026-01-29", "timetable", "approv"),
            expect("2026-05-04/2026-06-12", "written", planned=True),
            expect("2026-04-20/2026-04-24", "practical", planned=True),
            expect("../2026-03-06", "regist", planned=True),
            expect("2026-05-28", "mathematics", planned=True),
            expect("2026-08-14~", "results", planned=True),
            expect("../2026-09-04", "appeal", planned=True),
        ),
    ),
    Text(
        "wendham-canoe-club-news",
        "canoe club HTML news page",
        date(2025, 6, 23),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Club news – Wendham Canoe Club</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/sessions">Sessions</a> | <a href="/news">News</a></nav>
<main>
<article class="post">
<h2>Regatta success and marathon entries open</h2>
<p class="meta">Posted by Jo Halloran on <time datetime="2025-06-23">23 June 2025</time></p>
<p>What a day! Our regatta on the Wend took place on Saturday in glorious sunshine, with 140
paddlers from nine clubs. Wendham juniors won six of the eleven K1 races.</p>
<p>Huge thanks to the volunteers who launched from the new pontoon, installed in April
with a grant from the county sports fund. Congratulations too to Priya and Tom, who passed
their Paddle Coach award on 14 June.</p>
<p>Next up is the Wend Marathon on Sunday 13 July. Entries close on 5 July at the latest,
so don't leave it to the last minute. The AGM will be held in the clubhouse on Thursday at
7.30pm.</p>
<p>Junior taster sessions run every Wednesday evening, and the club, founded in 1958, still
has spare lockers for new members. The clubhouse roof is to be replaced in September, so the
changing rooms will move to the boat shed for a month.</p>
</article>
</main>
<footer>Wendham Canoe Club &middot; Club no. 2071 &middot; <a href="/join">Join us</a></footer>
</body></html>""",
        (
            expect("2025-06-21", "regatta"),
            expect("2025-04", "pontoon"),
            expect("2025-06-14", "coach"),
            expect("2025-07-13", "marathon", planned=True),
            expect("../2025-07-05", "entr", planned=True),
            expect("2025-06-26", "agm", planned=True),
            expect("1958", "found"),
            expect("2025-09", "roof", planned=True),
        ),
    ),
    Text(
        "penhaligon-rectification",
        "land registry rectification decision",
        None,
        """PROPERTY CHAMBER — LAND REGISTRATION DIVISION
REF/2024/0391

BETWEEN
ODILE PENHALIGON (Applicant)
and
DERWENT GAUNT HOLDINGS LIMITED (Respondent)

Property: land at the rear of 14 Ferrer's Row, Alnmere
Title numbers: WK48213 and WK71190

Before: Judge R. Fenwick-Oduya
Date of decision: 7 March 2025

DECISION

1. The Applicant became registered proprietor of 14 Ferrer's Row on 12 May 2003. The
dispute concerns a strip of garden some 2.1 metres wide behind the house.

2. A close-boarded fence was put up along the present boundary in about 1975. The
Respondent's predecessor in title, Mr Edwin Gaunt, occupied the strip from 1988 until his
death in 2016, but he used it only to store timber.

3. On 30 October 2019 the Registrar, on the Respondent's application, registered the strip
under title WK71190. The Applicant applied for rectification on 2 February 2024, and the
matter was referred to the Tribunal. I inspected the site on 21 January 2025.

4. I find that the registration of the strip was a mistake within paragraph 1 of Schedule 4
to the Land Registration Act 2002.

5. I direct the Chief Land Registrar to rectify the register by removing the strip from
title WK71190 no later than 4 April 2025. Any submissions on costs must be filed by 21 March
2025.

Judge R. Fenwick-Oduya""",
        (
            expect("2025-03-07", "decision"),
            expect("2003-05-12", "proprietor"),
            expect("1975~", "fence"),
            expect("1988/2016", "occup"),
            expect("2016", "gaunt"),
            expect("2019-10-30", "regist"),
            expect("2024-02-02", "rectif"),
            expect("2025-01-21", "inspect"),
            expect("../2025-04-04", "rectif", planned=True),
            expect("../2025-03-21", "costs", planned=True),
        ),
    ),
    Text(
        "crabbe-saddlers-history",
        "saddlery's history",
        None,
        """CRABBE & SON, SADDLERS — A SHORT HISTORY

Josiah Crabbe, born c. 1801 the son of a Ketterby carter, served his apprenticeship in York
and opened a harness shop on Bridge Street, Ketterby, in 1829. His son Edwin took over the
business around 1860 and won a silver medal for a hunting saddle at the Northern Counties
Show in 1867.

The firm supplied cavalry saddles to the army from 1899 to 1902, when it employed
twenty-two men. As horse traffic declined, it turned increasingly to bridles and leather
cases in the years between the wars. The workshop moved to Mill Yard in 1934, and the shop
followed two years later.

Crabbe & Son has held a Royal Warrant since 1977. Each saddle is still cut and stitched by
hand and takes around 40 hours to make, and the pattern for the Ketterby hunting saddle has
barely changed since 1867.

The sixth generation, Hester Crabbe-Lowe, took over from her father in 2014. The firm plans
to open a saddlery training school in the old Bridge Street shop in 2027.

Crabbe & Son · Mill Yard · Ketterby · Est. 1829 · www.crabbesaddlers.example""",
        (
            expect("1801~", "born"),
            expect("1829", "shop"),
            expect("1860~", "edwin"),
            expect("1867", "medal"),
            expect("1899/1902", "army"),
            expect("1934", "workshop"),
            expect("1936", "shop"),
            expect("1977/..", "warrant"),
            expect("2014", "hester"),
            expect("2027", "school", planned=True),
        ),
    ),
    Text(
        "st-aldhelms-parish-diary",
        "church's parish magazine diary of events",
        date(2025, 9, 26),
        """ST ALDHELM'S, WICKERTON
The Parish Magazine · October 2025 · 50p

FROM THE VICARAGE
Thank you to everyone who came to our Patronal Festival on 14 September, which raised £412
for the bell fund. The restoration of our ring of six bells, the oldest of them cast in
1748, is to be completed by 30 November, and we hope to ring them again for Advent.

DIARY FOR OCTOBER
Sun 5 Oct    10.00   Harvest Festival Eucharist, with gifts for the Wickerton food bank
Sat 11 Oct   7.00pm  Quiz night in the church hall (teams of six, £5 each)
Thu 16 – Sat 18 Oct  Flower festival, "Wickerton Through the Ages", 10.00–4.00 daily
Fri 31 Oct   6.00pm  All Hallows' light party for children
Sun 2 Nov    6.00pm  All Souls' service of remembrance for the departed

EVERY WEEK
Tuesdays 9.30    Little Lambs toddler group
Wednesdays 10.00 Said Communion

FROM THE REGISTERS
Baptism: Florence Ivy Kettle, 7 September.
Funeral: Leonard Arthur Pask, aged 89, 19 September.

Vicar: The Revd Canon Ruth Elphick · Tel. 01632 960 455""",
        (
            expect("2025-09-14", "patronal"),
            expect("1748", "cast"),
            expect("../2025-11-30", "restoration", planned=True),
            expect("2025-10-05", "harvest", planned=True),
            expect("2025-10-11", "quiz", planned=True),
            expect("2025-10-16/2025-10-18", "flower", planned=True),
            expect("2025-10-31", "party", planned=True),
            expect("2025-11-02", "service", planned=True),
            expect("2025-09-07", "baptism"),
            expect("2025-09-19", "funeral"),
        ),
    ),
)
