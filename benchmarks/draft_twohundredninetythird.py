"""The two-hundred-and-ninety-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a reservoir drawdown
notice, a lacrosse tournament report, a vinegar brewery company release, a cooper's account book
of the 1790s, a hazel dormouse survey report, a clockmaker's history, a transport minister's
statement, a bakery's HTML page, a late-night refreshment licence decision, a quilting history
and a whist drive fixtures card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYTHIRD_CORPUS",)


TWOHUNDREDNINETYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "halloway-footbridge-collapse",
        "wire story",
        None,
        """Iron footbridge over the Tern collapses, two hurt as town crossing is cut

TERNMOUTH, March 12, 2025 (Coastline Press) - A century-old iron footbridge across the River
Tern collapsed on Tuesday evening, dropping a section of its deck into the water and injuring
two pedestrians, police said.

Both were taken to Ternmouth General Hospital with injuries that were not life-threatening.
Divers searched the river through the night, and the harbour master said no one else was
thought to have been on the span when it gave way.

The Halloway Bridge, which carries about 3,000 people a day between the old town and the
railway station, opened in about 1912, according to the borough's heritage register. Its last
routine inspection took place on or about Feb. 4, a council spokeswoman said, and found "minor
corrosion" on two of the cross-girders.

The council approved a 1.2-million-pound repair scheme for the bridge in 2019, but the work was
postponed twice for lack of money. The span was shut for ten days in June 2023 while its
railings were repainted.

"We need to know whether anything in that inspection should have rung alarm bells," said
councillor Priya Moorcroft, who chairs the borough's infrastructure committee. "People walked
over that bridge every morning thinking it was safe."

An independent inquiry, led by a retired structural engineer, will open on Monday, the council
said. Engineers examining the wreckage are expected to report by the end of April.

Until then a temporary passenger ferry will run between the two banks from Saturday, with the
first crossing at 6 a.m. and the last at 11 p.m. Taxi firms said demand for the short trip
round by the road bridge had already doubled.

Shopkeepers on Quay Street, at the town end of the bridge, said trade had fallen sharply. "Half
my customers come over from the station side," said newsagent Ravi Sandhu.

A similar collapse at the Lowther footbridge, three miles upstream, killed a man in 1987 and led
to a national review of iron bridges of the period. Ternmouth has four other bridges of the same
design, all of which have been closed as a precaution.

(Reporting by Declan Ashworth; Editing by Miriam Cole)""",
        (
            expect("2025-03-11", "collapse"),
            expect("1912~", "opened"),
            expect("2025-02-04~", "inspection"),
            expect("2019", "repair"),
            expect("2023-06", "shut"),
            expect("2025-03-17", "inquiry", planned=True),
            expect("../2025-04", "report", planned=True),
            expect("2025-03-15", "ferry", planned=True),
            expect("1987", "lowther"),
        ),
    ),
    Text(
        "brightmere-colwick-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brightmere Bioplastics opens its first full-scale plant at Colwick Fen

COLWICK FEN, 3 June 2025 -- Brightmere Bioplastics Ltd today opened its first full-scale
production plant, a 40-million-pound site that turns sugar-beet pulp into compostable
packaging film.

The plant was formally opened by the chair of the Fenland Growth Board, Dr Aled Fairweather, in
front of some 200 staff, growers and guests. Construction began in September 2023 on the site
of a former potato store beside the Colwick bypass.

Key facts
  * Capacity of 18,000 tonnes of film a year once fully running
  * 115 permanent jobs, 60 of them already filled
  * Feedstock from 140 farms within 40 miles of the site

"This is the day we stop being a pilot project and start being a manufacturer," said
Brightmere chief executive Hannah Okonjo. "Our growers have believed in this since the very
first field trials, and today is theirs as much as ours."

Brightmere was founded in 2008 as a spin-out of Tollbridge University, where the idea had grown
out of a student research project around 2006. The company has supplied compostable fruit trays
to the supermarket chain Harvey & Lund since 2017 from a small pilot line in Tollbridge.

On 20 May the company signed a five-year supply agreement with the coffee roaster Pellow &
Daughters, which will take roughly a third of the plant's output in its first year.

The plant will reach full capacity by the end of 2026. A second production line, for thicker
food trays, is expected to start in the first quarter of 2026, subject to planning consent
from Fenland District Council.

Brightmere will hold an open day for neighbours and growers at the site on Saturday 14 June,
from 10am to 4pm, with guided tours every half hour.

ENDS

Notes to editors
1. Brightmere Bioplastics Ltd is a private company registered in England and Wales.
2. Photographs of the opening are available on request.

Media contact: Joel Strand, Brightmere Bioplastics, press@brightmere.example, 01632 960411""",
        (
            expect("2025-06-03", "opened"),
            expect("2023-09", "construction"),
            expect("2008", "founded"),
            expect("2006~", "research project"),
            expect("2017/..", "supplied"),
            expect("2025-05-20", "agreement"),
            expect("../2026", "full capacity", planned=True),
            expect("2026-01/2026-03", "second", "line", planned=True),
            expect("2025-06-14", "open day", planned=True),
        ),
    ),
    Text(
        "harkness-tamsin-court",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DELIA HARKNESS,
                    Appellant,
        v.
OAKRIDGE RENTAL PARTNERS LLC,
                    Respondent.

No. 58211-4-II

PUBLISHED OPINION

Filed: November 14, 2024

VANTERPOOL, J. -- Delia Harkness appeals the trial court's judgment awarding possession and
unpaid rent to her landlord, Oakridge Rental Partners LLC. She argues that the court erred in
rejecting her defence that the apartment was unfit to live in. We agree in part, reverse, and
remand.

FACTS

Harkness signed a lease for a ground-floor unit at 114 Tamsin Court on April 1, 2016. The lease
renewed automatically each year. A leak from the unit above probably began in 2020; according to
Harkness, mould soon covered much of the bedroom ceiling.

Harkness stopped paying rent on or about September 1, 2021, and wrote to Oakridge the same week
asking for repairs. Oakridge served a notice to pay or vacate on October 15, 2021. The notice
required Harkness to vacate no later than January 31, 2022, if the arrears were not paid.

Harkness remained in the unit. Oakridge filed this unlawful detainer action on March 3, 2022.
After a two-day bench trial, the trial court entered judgment for Oakridge on August 9, 2023,
finding that Harkness had not given adequate written notice of the defects. Harkness filed her
notice of appeal two weeks later. We heard oral argument on September 10, 2024.

ANALYSIS

I. Standard of Review

We review findings of fact for substantial evidence and conclusions of law de novo. Whether a
tenant's letter satisfies the notice requirement of the Residential Tenancies Act, section
14(2), is a mixed question that we review de novo.

II. Written Notice of the Defects

The Act requires "written notice to the landlord, describing the condition." It does not require
a particular form. Harkness's letter names the leak, the mould, the bedroom, and the unit above.
It asks for a repair "as soon as you can." Nothing more was needed. The trial court's conclusion
that the letter was insufficient is not supported by the record.

III. Remedy

Because the trial court did not reach the amount of any rent abatement, we cannot decide it
here. That question turns on evidence the trial court is better placed to weigh.

CONCLUSION

We reverse the judgment and remand for a new trial on the amount of rent abatement, if any.

                                        Vanterpool, J.
WE CONCUR:
Ibarra, C.J.
Selden, J.""",
        (
            expect("2016-04-01", "lease"),
            expect("2020?", "leak"),
            expect("2021-09-01~", "stopped paying"),
            expect("2021-10-15", "served"),
            expect("../2022-01-31", "vacate"),
            expect("2022-03-03", "detainer"),
            expect("2023-08-09", "judgment"),
            expect("2023-08-23", "appeal"),
            expect("2024-09-10", "argument"),
        ),
    ),
    Text(
        "oskerby-canal-history",
        "encyclopedia history",
        None,
        """Oskerby Canal

The Oskerby Canal is a 14-mile (23 km) broad canal in the county of Wenmarsh, England, running
from the River Ouselet at Oskerby Basin to the market town of Lymford. Built to carry coal and
lime, it is now used mainly by pleasure boats and anglers.

Contents
1 History
1.1 Construction
1.2 Commercial era
1.3 Restoration
2 See also
3 References

History

Construction

An Act of Parliament for the canal was obtained in 1789 by a company of local landowners led by
Sir Edmund Faulke. Digging began c. 1790 under the engineer Josiah Trembath, who had learned his
trade on the Midland navigations. The first section, from Oskerby to the Hawley flight of locks,
opened in 1796, and the canal was extended to Lymford the following year.

Trembath did not enjoy his work for long: he died on or about 1 March 1801, reportedly of a
fever caught while surveying a branch to Saltby that was never built.

Commercial era

Traffic grew steadily in the 1840s, when as many as 60 boats a week were recorded passing
Hawley. In 1852 the company sold the canal to the Lymford and Oskerby Railway, which had little
interest in keeping it open. The last commercial cargo, a load of roadstone for Lymford, was
probably carried in 1932, although some sources give a later date.[1]

Restoration

The Oskerby Canal Society was formed in 1971 to campaign for the canal's reopening. Volunteers
cleared and rebuilt the Hawley flight over many years, and the whole canal reopened to
navigation on 22 May 2004, when a flotilla of 120 boats made the passage to Lymford.

Since 2010 the Hawley locks and the warehouses at Oskerby Basin have been a scheduled monument.

See also
* Canals of Wenmarsh
* Lymford and Oskerby Railway

References
1. Pelling, G. The Oskerby Navigation. Lymford: Ouselet Valley Press. pp. 88-91.
2. "Hawley Locks". Wenmarsh Historic Environment Record. Retrieved 4 March 2022.""",
        (
            expect("1789", "act"),
            expect("1790~", "digging"),
            expect("1796", "opened"),
            expect("1797", "extended"),
            expect("1801-03-01~", "died"),
            expect("1852", "sold"),
            expect("1932?", "cargo"),
            expect("1971", "formed"),
            expect("2004-05-22", "reopened"),
            expect("2010/..", "scheduled monument"),
        ),
    ),
    Text(
        "harrowgate-hawks-shield",
        "sports report",
        date(2025, 5, 19),
        """Hawks sink Dunmore to reach Challenge Shield semi-finals

By Callum Reddish

Harrowgate Hawks are two wins away from silverware after a 28-16 victory over Dunmore Rangers
at a rain-soaked Bellfield Park on Sunday.

It was sweet revenge for the Hawks, who lost 30-12 at Dunmore in the league on 12 April and
had looked short of ideas in attack ever since. This time full-back Tom Ekwueme ran in two
tries in the first quarter, and the home pack held firm through a nervous final ten minutes
after Dunmore had closed the gap to six points.

"We talked all week about that April game," said head coach Sian Maddox, who was appointed in
November 2023 after two seasons in charge of the academy. "The lads owed the supporters one."

The Hawks were without their captain, Ryan Follet, who tore a hamstring against Keldby on 3 May.
He is expected back by the end of June, which would rule him out of the rest of the cup run.

Maddox's side now face Saltley Steelers in the semi-final at Bellfield Park on Saturday, with a
3pm kick-off. The final is due to be played at the Cross Lane stadium in Carrowgate on 7 June.

Founded in 1889 by workers at the town's carpet mills, the Hawks last lifted the shield in 1998,
when a late drop goal beat Saltley in a replay. Several of that team were in the East Stand on
Sunday; the stand itself, rebuilt in 2021, was close to full for the first time this season.

Dunmore coach Len Hirst was left to rue a first-half sin-binning. "You can't give a side like
that ten minutes with an extra man," he said.

HARROWGATE: Ekwueme; Dyce, Bellamy, Okafor, Stroud; Pym, Kettle; Osei, Marsh, Allard, Quine,
Tansey, Rudd.
Tries: Ekwueme 2, Stroud, Rudd. Goals: Pym 6.

DUNMORE: Lacey; Hewitt, Graves, Norbury, Chen; Fell, Doyle; Abbot, Reid, Munro, Sutcliffe,
Bayliss, Orme.
Tries: Graves, Chen, Orme. Goals: Fell 2.

Referee: P. Haldane. Attendance: 4,112.""",
        (
            expect("2025-05-18", "dunmore"),
            expect("2025-04-12", "lost"),
            expect("2023-11", "appointed"),
            expect("2025-05-03", "hamstring"),
            expect("../2025-06", "back", planned=True),
            expect("2025-05-24", "semi-final", planned=True),
            expect("2025-06-07", "final", planned=True),
            expect("1889", "founded"),
            expect("1998", "shield"),
            expect("2021", "rebuilt"),
        ),
    ),
    Text(
        "hensley-marr-ropes",
        "company history",
        date(2025, 2, 1),
        """Our Story

Rope has been made on Quay Lane in Keddle for more than 150 years. Here is how a one-man
ropewalk became the last working rope works in the West Country.

THE BEGINNING
Thomas Hensley, a ship's rigger, set up a hand ropewalk behind the Anchor Inn in about 1868,
making cordage for the pilchard fleet. His ledgers from the first years have not survived, so
the exact year is not known.

A PROPER ROPEWALK
Hensley moved to new works on Quay Lane in 1891, with a covered walk 300 yards long, then the
longest in the county. The following year he took his foreman, William Marr, into partnership,
and the business was incorporated as Hensley & Marr Ltd.

ROPE FOR THE NAVY
From 1914 to 1918 the company made mooring lines and hawsers for the Admiralty, running the
walk on three shifts. Most of the spinners in those years were women from the town, and a
photograph of them hangs in our shop today.

THE FIRE
On the night of 2 February 1937 a fire started in the tarring house and ran the length of the
walk. Nobody was hurt, but almost every machine was lost. The works were rebuilt by the end of
1938, this time with a steel-framed walk and electric laying machines.

A FAMILY FIRM AGAIN
In 1962 the Marr family bought out the last of the Hensley shareholders, and the company has
been in the family's hands ever since. Our managing director, Kate Marr, is the fifth
generation to run it.

NEW FIBRES, OLD SKILLS
Since 1999 we have made ropes from synthetic fibres as well as from hemp, manila and cotton.
Today our lines go to sailing ships, theatres, zoos and gyms around the world, but every rope
is still laid on the same 300-yard walk.

WHAT'S NEXT
We will open a small museum of ropemaking in the old tarring house in 2026, with the hand
machines that survived the fire and the Admiralty order books. Visitors to the shop can already
book a guided walk along the ropewalk on Tuesdays and Fridays.

Hensley & Marr Ropes Ltd - Quay Lane, Keddle - Registered in England No. 00034117""",
        (
            expect("1868~", "ropewalk"),
            expect("1891", "moved"),
            expect("1892", "incorporated"),
            expect("1914/1918", "admiralty"),
            expect("1937-02-02", "fire"),
            expect("../1938", "rebuilt"),
            expect("1962", "bought"),
            expect("1999/..", "synthetic"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "ardent-lunar-pathfinder",
        "mission summary",
        date(2025, 9, 1),
        """ARDENT-2 LUNAR ORBITER - MISSION SUMMARY
Mission Operations Directorate, Kestrel Space Agency
Document KSA-MO-0412, revision C

Mission:          Ardent-2 (lunar polar orbiter)
Launch vehicle:   Corvid-M
Launch site:      Tamar Point, Launch Complex 2
Mission status:   Extended mission

1. OVERVIEW
Ardent-2 maps water ice in the permanently shadowed craters near the lunar south pole with a
neutron spectrometer and a low-light camera. The mission was first proposed around 2015 by a
team at the Hallam Institute as a follow-on to the Ardent-1 technology demonstrator.

2. TIMELINE
Ardent-2 launched on 14 February 2023 at 04:12 UTC. After a 17-day transfer the spacecraft
entered lunar orbit on 3 March and returned its first image of the surface three days later, an
oblique view of the rim of Harrow crater.

Science operations ran without interruption until on or about 20 July 2024, when a reaction
wheel fault put the spacecraft into safe mode. The exact time of the fault is uncertain because
it occurred during a gap in ground station coverage. Controllers restored normal operations
about two weeks later, using the three remaining wheels and a revised pointing scheme.

The primary mission ended on 14 February 2025, having met all of its minimum success criteria.
The complete primary-mission data set was released to the public archive on 1 July 2025.

3. EXTENDED MISSION
The extended mission will end no later than 30 June 2026, when the remaining propellant is
expected to fall below the reserve needed for a controlled disposal. At the end of the mission
the spacecraft is due to impact the surface in a targeted manoeuvre in August 2026, so that the
plume can be observed from Earth.

4. KEY FIGURES
   Orbits completed (to 31 Aug 2025) ........ 9,412
   Images returned ............................ 211,530
   Neutron spectra ............................ 3.1 million
   Safe-mode events ........................... 1

5. POINT OF CONTACT
Ardent-2 Mission Manager, Mission Operations Directorate, Kestrel Space Agency""",
        (
            expect("2015~", "proposed"),
            expect("2023-02-14", "launched"),
            expect("2023-03-03", "lunar orbit"),
            expect("2023-03-06", "first image"),
            expect("2024-07-20~", "safe mode"),
            expect("2024-08-03~", "restored"),
            expect("2025-02-14", "primary mission"),
            expect("2025-07-01", "data set"),
            expect("../2026-06-30", "extended mission", planned=True),
            expect("2026-08", "impact", planned=True),
        ),
    ),
    Text(
        "ferrow-lane-influenza",
        "government statement",
        None,
        """DEPARTMENT OF AGRICULTURE AND RURAL AFFAIRS

Statement: avian influenza at Ferrow Lane Farm, Dunholme district

Issued 8 April 2025

1. The Department confirms that highly pathogenic avian influenza (H5N1) was found in a
commercial laying flock at Ferrow Lane Farm, near Dunholme, on 28 March. The infection was
confirmed by the national reference laboratory the same evening.

2. A 3 km protection zone and a 10 km surveillance zone were put in place around the farm on
29 March. All 38,000 birds on the premises were humanely culled on 30 March.

3. Tests on the 14 other flocks inside the protection zone were completed on 4 April and found
no further cases. The risk to the public remains very low.

4. All keepers with more than 50 birds inside the zones must register with the Department no
later than 25 April. Registration can be made online or by telephone.

5. A compensation scheme for keepers whose birds were culled will open on 14 April. Payments
will be based on the market value of the birds on the day of culling.

6. The Department has held a national reserve of poultry vaccine since 2019. The chief
veterinary officer has advised that vaccination is not needed at this stage.

7. The last outbreak of avian influenza in the Dunholme district was in 2017, when two farms
were affected.

8. The Minister for Rural Affairs, Gwen Tallis, will visit the area on Thursday to meet keepers
and the local authority. The Minister said:

   "I want to thank the keepers and the field teams who have worked day and night since the
   first case. Their quick action has kept this outbreak to a single farm so far."

9. A review of the zones is expected in June, once the surveillance period has ended and the
results of further testing are known.

Notes
- The zones are shown on the Department's interactive map.
- Keepers should report suspicion of disease immediately to the animal health helpline.

Press office: 01632 960788 (out of hours: 01632 960789)""",
        (
            expect("2025-03-28", "influenza"),
            expect("2025-03-29", "zone"),
            expect("2025-03-30", "culled"),
            expect("2025-04-04", "tests"),
            expect("../2025-04-25", "register", planned=True),
            expect("2025-04-14", "compensation", planned=True),
            expect("2019/..", "vaccine"),
            expect("2017", "outbreak"),
            expect("2025-04-10", "visit", planned=True),
            expect("2025-06", "review", planned=True),
        ),
    ),
    Text(
        "pellbridge-carnegie-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carnegie library reopens after two-year refit | Pellbridge Courier</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="masthead"><a href="/">Pellbridge Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article class="story">
<h1>Carnegie library reopens after two-year refit</h1>
<p class="byline">By Nadia Fenwick &middot; <time datetime="2025-05-12">12 May 2025</time></p>
<figure><img src="/img/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored reading room, photographed on 9 May 2025.</figcaption></figure>
<p>Pellbridge's Carnegie library reopened to the public on Saturday, with a queue stretching
down Albion Street before the doors opened at 9am.</p>
<p>The Grade II listed building closed in October 2022 for a 3.4-million-pound refurbishment
that has replaced its roof, restored the domed reading room and added a lift.</p>
<p>The library was built in 1904 with a grant from the steelmaker Andrew Carnegie, and a
children's wing was added in 1966. A collection of estate maps, which is thought to have been
given to the library in 1911, has been cleaned and will go on display in the entrance hall.</p>
<p>The borough council approved the funding on 14 March 2023, after a campaign by the Friends
of Pellbridge Library that gathered more than 6,000 signatures.</p>
<blockquote><p>"People have told me they cried when they saw the dome again," said librarian
Owen Tasker.</p></blockquote>
<h2>What happens next</h2>
<ul>
<li>Evening opening, until 8pm on Tuesdays and Thursdays, will run from 2 June onwards.</li>
<li>A community cafe run by the Albion Trust will open in the former newspaper room on
1 July.</li>
<li>The local studies room in the basement will reopen by the end of the year, once its new
shelving has been fitted.</li>
</ul>
</article>
<aside class="most-read"><h2>Most read</h2>
<ol><li><a href="/news/bypass-delay">Bypass delayed again</a></li>
<li><a href="/sport/pellbridge-united">United sign keeper</a></li></ol>
</aside>
</main>
<footer><p>&copy; 2025 Pellbridge Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-10", "reopened"),
            expect("2022-10", "closed"),
            expect("1904", "built"),
            expect("1966", "children's wing"),
            expect("1911?", "maps"),
            expect("2023-03-14", "funding"),
            expect("2025-06-02/..", "evening", planned=True),
            expect("2025-07-01", "cafe", planned=True),
            expect("../2025", "local studies", planned=True),
        ),
    ),
    Text(
        "bracken-hollow-drawdown",
        "reservoir drawdown notice",
        None,
        """HALLINGDEN WATER

PUBLIC NOTICE
PLANNED DRAWDOWN OF BRACKEN HOLLOW RESERVOIR

Ref: HW/RES/BH/25-07
Notice date: 2 September 2025

What is happening
Hallingden Water will begin lowering the water level in Bracken Hollow Reservoir on
15 September. The level will be brought down by about six metres, and we expect it to reach
the new working level no later than 31 October. Water supplies to customers will not be
affected.

Why we are doing this
Bracken Hollow dam was built in 1923. During a routine inspection on 12 June 2025 our engineers
found seepage at the downstream toe of the embankment. A dive survey on 22 July confirmed that
the outlet valve tower also needs repair. Neither problem is an immediate danger, but the work
can only be done safely with the reservoir partly emptied.

The reservoir was last drawn down in 2011, when the spillway gates were replaced.

The works
Repair works will be carried out from 3 November 2025 to 27 February 2026. Refilling is
expected to start in March 2026, depending on rainfall, and may take several months.

Access and recreation
  - Fishing permits have been suspended since 1 August and will not be reissued until the
    reservoir is full again.
  - The circular footpath will stay open, apart from short diversions at the dam.
  - Please keep away from the exposed shoreline: the mud is soft and can be dangerous.
  - Dogs must be kept on a lead near the works compound.

Public information
A drop-in session was held at Bracken Hollow village hall on 28 August, where about 90 people
spoke to the project team. The display boards are on our website and in the hall foyer.

Environmental measures
Fish will be moved to the upper basin before the level falls below the outlet. An ecologist will
check the exposed margins for nesting birds and amphibians throughout the drawdown.

Contact
Bracken Hollow Project Team, Hallingden Water, Moor Road, Hallingden
Telephone 0800 555 0142 (8am to 6pm, Monday to Friday)

Issued by the Reservoir Safety Manager under section 10 of the Reservoirs Management Scheme.""",
        (
            expect("2025-09-15", "lowering", planned=True),
            expect("../2025-10-31", "working level", planned=True),
            expect("1923", "built"),
            expect("2025-06-12", "seepage"),
            expect("2025-07-22", "dive survey"),
            expect("2011", "drawn down"),
            expect("2025-11-03/2026-02-27", "repair", planned=True),
            expect("2026-03", "refilling", planned=True),
            expect("2025-08-01/..", "fishing"),
            expect("2025-08-28", "drop-in"),
        ),
    ),
    Text(
        "ravensby-northern-open",
        "lacrosse tournament report",
        date(2025, 7, 14),
        """Ravensby lift Northern Open in sudden-death thriller

Ravensby Lacrosse Club won the Northern Open on Sunday, beating Caddon Falcons 11-10 in
sudden-death extra time in front of a big crowd at Holme Park.

The three-day tournament, played from Friday to Sunday, drew 16 men's teams from across the
north and two from Scotland. Hot weather meant water breaks in every quarter, and the organisers
moved Saturday's later games to the evening.

Ravensby had not looked like champions in the group stage. On Saturday they beat Whitfield 14-6
but then drew 8-8 with Caddon, and they needed a late goal from attack Josh Penhale to edge
past Lowmoor in the semi-final on Sunday morning.

The final was a different story. Ravensby led 6-3 at half-time, but Caddon's long-stick
midfielder Ade Oyelaran inspired a comeback and the Falcons levelled with 40 seconds left.
Captain Tom Sayle won the opening face-off of extra time and fed Penhale, who buried the
winner from eight yards.

"That's the best lacrosse I've seen at this tournament," said Caddon coach Bill Sutter.

Ravensby, founded in 1976 by teachers at the town's grammar school, last won the Northern Open
in 2019. Their head coach, Imogen Sayle, Tom's older sister, joined the club from university
around 2014 and took charge of the first team last autumn.

The tournament was played for the third time on Holme Park's floodlit artificial pitch, which
was laid in 2022 with money from a lottery grant.

Next year's Open will be held on 10-12 July 2026. Before that, Ravensby travel to the national
championships, which are due to start on 2 August in Carrowgate.

RESULTS
  Final:       Ravensby 11, Caddon Falcons 10 (sudden-death extra time)
  Semi-finals: Ravensby 9, Lowmoor 8; Caddon Falcons 12, Whitfield 7
  Plate:       Lowmoor 10, Tyneside Lions 5
  MVP:         Ade Oyelaran (Caddon Falcons)""",
        (
            expect("2025-07-13", "caddon"),
            expect("2025-07-11/2025-07-13", "tournament"),
            expect("2025-07-12", "whitfield"),
            expect("1976", "founded"),
            expect("2019", "last won"),
            expect("2014~", "joined"),
            expect("2022", "pitch"),
            expect("2026-07-10/2026-07-12", "open", planned=True),
            expect("2025-08-02", "national championships", planned=True),
        ),
    ),
    Text(
        "harbottle-crane-denholm",
        "vinegar brewery company release",
        None,
        """NEWS RELEASE

Harbottle & Crane Vinegar Brewers Ltd
Mill Wynd, Lanchester

For release: 22 October 2025

HARBOTTLE & CRANE BUYS DENHOLM CIDER ORCHARDS

Harbottle & Crane, the Lanchester malt vinegar brewery, today completed the purchase of
Denholm Cider Orchards, a 60-acre family orchard in the Teesbank valley. The deal secures a
supply of bittersweet apples for the brewery's growing range of cider vinegars. Terms were not
disclosed.

Managing director Frances Crane said: "Vinegar is only as good as what goes into it. Owning
the orchard means we can follow every apple from the tree to the bottle."

About the brewery
The brewery was established in 1851 by Edwin Harbottle in a former tannery on Mill Wynd. Its
oak fermenting vats, installed around 1880, are still in use for the traditional malt vinegar,
which is matured for up to two years before bottling. A fire, probably in 1903, destroyed the
original malt store, and the company's records from before that date are incomplete.

The acetator hall, built in 1974, produces the brewery's faster-fermented vinegars for the
catering trade. Harbottle & Crane has held a royal warrant since 1957.

What the purchase means
  * A new cider vinegar made only with Denholm apples will go on sale from 3 November in
    independent shops and on the brewery's website.
  * The orchard's seven staff will join Harbottle & Crane on their current terms.
  * Production of cider vinegar will double by 2027 as the young trees planted at Denholm come
    into full bearing.

The brewery's visitor shop, opened on 5 May 2023, will stock the new vinegar from launch day
and will offer tastings on Saturdays.

-ENDS-

Notes to editors
Harbottle & Crane Vinegar Brewers Ltd employs 48 people and sells in 14 countries. High
resolution images are available from the press office.

Press office: Morag Dunn, 01632 960520, press@harbottlecrane.example""",
        (
            expect("2025-10-22", "purchase"),
            expect("1851", "established"),
            expect("1880~", "vats"),
            expect("1903?", "fire"),
            expect("1974", "acetator"),
            expect("1957/..", "royal warrant"),
            expect("2025-11-03", "cider vinegar", planned=True),
            expect("../2027", "double", planned=True),
            expect("2023-05-05", "visitor shop"),
        ),
    ),
    Text(
        "tidmarsh-cooper-ledger",
        "cooper's account book",
        None,
        """Account Booke of Saml. Tidmarsh, Cooper, in Fore Street, Wenbury. 1793.

[Transcribed from the original in the Wenbury Record Office, ref. D/TID/1. Spelling, capitals
and abbreviations as in the original; illegible words are shown thus: [...].]

                                                                    l.   s.   d.
1793
Jany 4th   Mr Wm Hobbs of the Swan Inn  Dr.
           To 2 new Hogsheads @ 12s. each                            1    4    0
           To hooping 3 old Barrels                                  0    4    6
Jany 17th  Mended 6 Butts for Mr Jas Pyle the Brewer,
           found new Heads to two of them                            0   11    0
Feby 2d    Recd of Mr Hobbs in part of his Acct                      1    0    0
           The Ballance to be pd. by the 1st of Octr next, as agreed.
Mar.       Bought of Jno Pell of Cullford abt the 20th,
           300 Oak Staves                                            2   15    0
           & 1 Hundd wt of Hoop Iron                                 0   18    0
           Carriage of the same                                      0    2    6
Apl 9th    Tuesday. Made 10 Firkins for the Widow Lacey's Dairy
           @ 2s. 3d.                                                 1    2    6
May        Thos Gedge bound Apprentice to me for 7 yrs,
           his Father pd the Premium of                              5    0    0
June 1st   To Mr Pyle, 4 new Kilderkins                              1    6    0
           Pd my man Rd Sloley his wages to this day                 0   12    0

Memdm. The old Shop by the Quay was burnt abt 1787 & all my Tools with it, so that I was
forced to borrow of my Brother for a Twelvemonth. Wrote this down that my Son may know it.

1794
Jany 1st   Settled wth Mr Pyle for all work done in the Year past,
           recd in full                                              3    7    6
           Gave the Boy Gedge a new Adze, his own being broke        0    3    0

Note on the transcription. The later entries in this book are in another hand and are not
transcribed here.""",
        (
            expect("1793-01-04", "hogsheads"),
            expect("1793-01-17", "butts"),
            expect("1793-02-02", "recd"),
            expect("../1793-10-01", "ballance", planned=True),
            expect("1793-03-20~", "staves"),
            expect("1793-04-09", "firkins"),
            expect("1793-05", "apprentice"),
            expect("1793-06-01", "kilderkins"),
            expect("1787~", "burnt"),
            expect("1794-01-01", "settled"),
        ),
    ),
    Text(
        "coldharbour-dormouse-survey",
        "hazel dormouse survey report",
        None,
        """COLDHARBOUR WOOD HAZEL DORMOUSE SURVEY 2025

Report to the Wenmarsh Wildlife Trust

Prepared by:      Dr Elin Marchbank, licensed dormouse surveyor (licence ref. WL/DM/0871)
Site:             Coldharbour Wood, grid ref. SX 612 447
Date of report:   18 November 2025

1. SUMMARY
Hazel dormice (Muscardinus avellanarius) were found breeding in Coldharbour Wood in 2025.
Seven individuals were handled during the season, including one litter of four young.

2. BACKGROUND
Dormice were reintroduced to the wood in 2008, when 38 captive-bred animals were released from
soft-release cages in compartment 2. The previous survey, in 2019, recorded two adults and no
evidence of breeding. The author has held a survey licence for this site since 2016.

3. METHODS
150 nest tubes were put up on 2 April 2025 along five transects of 30 tubes each, at 20 m
spacing. The survey ran from April to October 2025, with one check of every tube in each month,
following the national monitoring guidance.

4. RESULTS
Table 1. Nest tube checks at Coldharbour Wood, 2025

   Month       Tubes checked   Dormice   Nests (woven)
   May              150           1           3
   June             150           2           5
   July             149           2           7
   August           148           3           9
   September        148           6          11
   October          147           2          12

The first dormouse of the year, an adult male in torpor, was recorded on 14 May in transect C.
A breeding nest with four young was found on or about 9 September in transect E; the record
sheet for that check was damaged by rain and the date is partly illegible.

5. HABITAT MANAGEMENT
Hazel coppicing was carried out in compartment 3 in January 2024. The regrowth is now dense and
was used by at least two animals during the season.

6. RECOMMENDATIONS
  a) The next survey is due to start in April 2026, using the same tube positions.
  b) Bramble should be retained along the southern ride as a summer food source.
  c) This report will be submitted to the county biological records centre by 31 January 2026.

E. Marchbank""",
        (
            expect("2008", "reintroduced"),
            expect("2019", "previous survey"),
            expect("2016/..", "licence"),
            expect("2025-04-02", "nest tubes"),
            expect("2025-04/2025-10", "survey ran"),
            expect("2025-05-14", "first dormouse"),
            expect("2025-09-09~", "breeding nest"),
            expect("2024-01", "coppicing"),
            expect("2026-04", "next survey", planned=True),
            expect("../2026-01-31", "submitted", planned=True),
        ),
    ),
    Text(
        "brell-wexcombe-clocks",
        "clockmaker's history",
        date(2025, 11, 3),
        """The Brells of Wexcombe: a family of clockmakers

Wexcombe and District Historical Society - Local History Notes, No. 14

Josiah Brell was born in the village of Stennet in about 1742, the son of a blacksmith. In 1756
he was apprenticed to Abraham Quarrie, a clockmaker of Clerkenwell, for the usual term of seven
years. Little is known of his time in London, though a watch paper with his name survives in
the Society's collection.

Brell came back to the west and set up his own shop in Wexcombe market place in 1768. His early
work was mostly thirty-hour longcase clocks with single hands and brass dials, sold to farmers
and tradesmen of the district for two or three pounds apiece.

His best-known work is the turret clock of St Wenna's church, completed in 1774 and still wound
by hand by a team of volunteers. The churchwardens' accounts record a payment to "Mr Brell for
the new Clock & Dial" of 42 pounds.

Brell's son Caleb joined the business, probably in 1789, and the dials from then on are signed
"Brell & Son". Josiah Brell died on 3 March 1801 and is buried in St Wenna's
churchyard, a short walk from the clock he built.

Caleb Brell carried on the firm for another half century, moving to larger premises on Fore
Street and turning increasingly to watch repairs and the sale of imported clocks. The last
clock known to bear the firm's name is dated 1853; the shop was sold after Caleb's death.

Brell clocks today
About 60 Brell clocks are known. A longcase clock by Josiah Brell with a painted moon dial sold
at auction in Exford on 11 October 2019 for 9,200 pounds, a record for the maker. Owners of
Brell clocks are asked to contact the Society so that they can be added to the register.

Exhibition
The Society's exhibition "Time in Wexcombe" will open at the Town Museum on 6 June 2026, with
twelve Brell clocks lent by private owners and the churchwardens' accounts of 1774.

Further reading
  - Loveday, R. Clockmakers of the Western Counties (Exford, 1988)
  - Society archive, boxes 31-33 (Brell papers)""",
        (
            expect("1742~", "born"),
            expect("1756", "apprenticed"),
            expect("1768", "shop"),
            expect("1774", "turret clock"),
            expect("1789?", "caleb", "joined"),
            expect("1801-03-03", "died"),
            expect("1853", "last clock"),
            expect("2019-10-11", "auction"),
            expect("2026-06-06", "exhibition", planned=True),
        ),
    ),
    Text(
        "kelder-valley-landslip",
        "transport minister's statement",
        None,
        """Statement by the Minister for Transport on the Kelder Valley line

Thursday 6 March 2025

Mr Speaker, with permission, I will make a statement on the landslip that has closed the Kelder
Valley railway line between Ashby Mill and Penwarden.

In the early hours of Sunday, following two weeks of exceptional rainfall, some 8,000 tonnes of
earth and rock slid from the cutting above Crane's Bridge onto the line. Thankfully, no train
was in the section at the time, and no one was hurt.

I visited the site on Tuesday with the chief executive of Network West and saw for myself the
scale of the damage and the hard work of the engineers who are clearing it. Replacement buses
have run between Ashby Mill and Penwarden since Monday 3 March, and I thank passengers for their
patience.

I can tell the House that, on the current programme, the line will reopen by 31 March. A new
timetable, with an extra hourly service to Penwarden, will then apply from 18 May onwards.

The House will know that this is not the first time the cutting has failed. The line opened in
1862, and there was a smaller slip at the same spot in February 2020. The independent review of
earthworks on the line, which I commissioned after that event, reported on 20 January, and its
recommendations for drainage at Crane's Bridge are already being carried out.

On 14 November 2024 I announced 210 million pounds for the modernisation of the Kelder Valley
line. That money will pay for new drainage and rock netting along the whole route as well as for
electrification, which will be completed in 2028.

Let me be clear: the people of the valley deserve a railway they can rely on in all weathers,
and this Government will deliver it.

I commend this statement to the House.

- ENDS -

Issued by the Department for Transport press office, 6 March 2025, 12:40.""",
        (
            expect("2025-03-02", "landslip"),
            expect("2025-03-04", "visited"),
            expect("2025-03-03/..", "replacement buses"),
            expect("../2025-03-31", "reopen", planned=True),
            expect("2025-05-18/..", "timetable", planned=True),
            expect("1862", "opened"),
            expect("2020-02", "slip"),
            expect("2025-01-20", "review"),
            expect("2024-11-14", "announced"),
            expect("2028", "electrification", planned=True),
        ),
    ),
    Text(
        "oakhouse-bakery-story",
        "bakery's HTML page",
        date(2025, 6, 10),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Our bakery | Oakhouse Bakers, Tillingford</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header><img src="/logo.png" alt="Oakhouse Bakers">
<nav><ul><li><a href="/">Home</a></li><li><a href="/bread">Our bread</a></li>
<li><a href="/cakes">Celebration cakes</a></li><li><a href="/about">Our bakery</a></li>
<li><a href="/contact">Find us</a></li></ul></nav>
</header>
<main>
<section id="news">
<h2>News from the bakehouse</h2>
<div class="notice"><p><strong>New shop!</strong> Our second shop, on Market Hill in Bramcote,
will open on Saturday 5 July. Come and say hello: the first 100 customers get a free
loaf.</p></div>
<p>Orders for summer wedding cakes must be placed by 30 June, please. We are nearly full for
August already.</p>
</section>
<section id="story">
<h2>Our story</h2>
<p>Oakhouse Bakers was opened in 1931 by Walter and Edie Penrose in a rented front room on Mill
Street. Walter baked through the night and Edie sold from the window in the morning.</p>
<p>In 1958 the bakery moved to its present home at 12 High Street, and the big brick oven at
the back was installed in about 1960. It is still lit at four o'clock every morning.</p>
<p>The Penroses' granddaughter, Lucy Abbott, took over the business in 2003. Since 2012 we have
baked our sourdough with a starter that Lucy brought back from a stay in San Francisco, and it
now outsells everything else we make.</p>
<p>The shop was closed for a full refit from 4 to 18 August 2024, when we opened up the old
flour store as a seating area with six tables.</p>
<p>On 9 November 2024 our seeded rye won gold at the Regional Bread Awards, the first award in
our history.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Monday to Friday</th><td>7am - 5pm</td></tr>
<tr><th>Saturday</th><td>7am - 3pm</td></tr>
<tr><th>Sunday</th><td>Closed</td></tr>
</table>
</section>
</main>
<footer><p>Oakhouse Bakers, 12 High Street, Tillingford &middot; 01632 960233</p></footer>
</body>
</html>""",
        (
            expect("2025-07-05", "second shop", planned=True),
            expect("../2025-06-30", "wedding cakes", planned=True),
            expect("1931", "opened"),
            expect("1958", "moved"),
            expect("1960~", "oven"),
            expect("2003", "took over"),
            expect("2012/..", "sourdough"),
            expect("2024-08-04/2024-08-18", "refit"),
            expect("2024-11-09", "gold"),
        ),
    ),
    Text(
        "quayside-grill-licence",
        "late-night refreshment licence decision",
        None,
        """TILLINGFORD DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DETERMINATION
Licensing Act 2003 - Application for the variation of a premises licence

Premises:        Quayside Grill, 7 Harbour Parade, Tillingford
Applicant:       Mr Erdem Kaya
Application ref: LIC/PV/24/0319
Date of hearing: 12 February 2025
Date of decision: 19 February 2025

Members: Cllr J. Whitlow (Chair), Cllr M. Osei, Cllr P. Brandreth

1. The application
1.1 The application, received on 2 December 2024, seeks to extend the hours for late night
refreshment on Fridays and Saturdays from 23:00 to 02:00.

1.2 The premises have traded as a hot food takeaway since 2018. A premises licence for the sale
of alcohol with meals was granted in 2019.

2. Representations
2.1 The consultation period ended on 30 December 2024. Four residents of Harbour Parade made
representations against the application, relating to noise and litter.

2.2 One resident referred to a complaint about noise from the premises in June 2023, which was
resolved by the fitting of a closer to the rear door.

2.3 The police did not object but noted that officers had visited the premises on or about
14 November 2024 following a disturbance in the street outside, and had found the premises
well managed.

3. The hearing
3.1 At the hearing on 12 February 2025 the sub-committee heard from the applicant, his agent
and two of the residents. It had regard to the council's statement of licensing policy and the
guidance issued under section 182 of the Act.

4. Decision
4.1 The sub-committee has decided to GRANT the application in part. Late night refreshment may
be provided until 01:00 on Fridays and Saturdays, subject to the conditions in Annex A.

4.2 The varied licence will take effect from 1 March 2025.

5. Right of appeal
5.1 The applicant and any person who made relevant representations may appeal to the
magistrates' court. An appeal must be lodged no later than 12 March 2025.

Annex A - Conditions
  (a) Door staff on Fridays and Saturdays from 22:00 until close.
  (b) No customers to queue outside after 00:30.
  (c) Litter to be cleared from Harbour Parade within 10 m of the premises at close.

Signed: J. Whitlow, Chair of the Sub-Committee""",
        (
            expect("2024-12-02", "application"),
            expect("2018/..", "takeaway"),
            expect("2019", "alcohol"),
            expect("2024-12-30", "consultation"),
            expect("2023-06", "complaint"),
            expect("2024-11-14~", "visited"),
            expect("2025-02-12", "hearing"),
            expect("2025-03-01", "take effect", planned=True),
            expect("../2025-03-12", "appeal", planned=True),
        ),
    ),
    Text(
        "wenmarsh-quilt-guild",
        "quilting history",
        None,
        """Quilting in Wenmarsh

Wenmarsh has one of the richest traditions of hand quilting in England, best known for its
whole-cloth quilts in plain white cotton, worked with feathers, fans and a central rose.

Early quilts
The earliest surviving Wenmarsh quilt, a silk coverlet stitched for a bride at Lymford Hall,
was made c. 1718. It is now in the county museum, together with the marking templates cut from
tin that were used to draw its patterns. Most early quilts, however, were made for use rather
than show, and few have survived.

The Dorrington show
Quilting came to wider notice in 1851, when three Wenmarsh quilts were shown at the Dorrington
Agricultural Show and one took the first prize for needlework. A Quilters' Club was formed at
Oskerby in 1862, and its members sold quilts to order through the village shop. The club's
first pattern book was probably printed in 1884; the only surviving copy has lost its title page.

Stamping and the club quilts
By the end of the century professional markers travelled the villages, drawing out patterns for
a few pence. Club quilts, paid for by weekly subscription, kept many widows in work.

War and decline
Between 1939 and 1945 quilters made thousands of cot quilts and bed covers for hospitals and
evacuees, often from the cloth of worn-out garments. After the war, with cheap blankets in the
shops, the craft declined quickly.

Revival
The revival began in 1971 with the founding of the Wenmarsh Quilters' Guild by a group of
women in Lymford. The Guild's great exhibition, held at Lymford Corn Exchange from 12 to 20 May
1984, drew more than 15,000 visitors and is still remembered by older members.

In 2002 the county museum acquired the Guild's collection of 140 quilts and templates. Since
2014 the Guild has kept a register of Wenmarsh quilts in private hands, which now lists more
than 900 pieces, each with a photograph and a note of its maker where known.

See also
  * Whole-cloth quilt
  * North Country quilting""",
        (
            expect("1718~", "earliest", "quilt"),
            expect("1851", "dorrington"),
            expect("1862", "club"),
            expect("1884?", "pattern book"),
            expect("1939/1945", "cot quilts"),
            expect("1971", "guild"),
            expect("1984-05-12/1984-05-20", "exhibition"),
            expect("2002", "acquired"),
            expect("2014/..", "register"),
        ),
    ),
    Text(
        "coronation-hall-whist",
        "whist drive fixtures card",
        None,
        """ST BRANNOCK WHIST CLUB
Founded 1947 - Members of the Wenmarsh Card Clubs Association

FIXTURES CARD - SEASON 2025-26

All drives at the Coronation Hall, Church Lane, St Brannock (our home since 1968)
unless shown otherwise. Doors 7.00 pm, eyes down 7.30 pm prompt.
Admission 3 pounds, members 2.50, including tea and biscuits at the interval.

SEPTEMBER 2025
  Fri  5   Opening Drive ................................ 24 hands, progressive
  Fri 19   Harvest Supper Drive ......................... supper included, 6 pounds

OCTOBER 2025
  Sat 18   Charity Drive for the Air Ambulance .......... raffle, at Brannock School

DECEMBER 2025
  Fri 19   Christmas Drive .............................. prizes of poultry and hampers

JANUARY 2026
  Tue 13   Annual General Meeting ....................... 7 pm, no drive

County Cup: entries to the Secretary by 30 September, please. Teams of four.

Last season: winners of the Marsh Cup 2024 (Mrs D. Penhale, Mr & Mrs R. Cole, Mr T. Yeo).

-----------------------------------------------------------------------
  Chairman:  Mr R. Cole              Secretary:  Mrs V. Trewin
             Tel. 01632 960412                   Tel. 01632 960477
-----------------------------------------------------------------------
CLUB NOTES
  * Partners need not be booked. Beginners welcome - we will teach you!
  * Annual subscription 10 pounds, payable at the Opening Drive or to the Treasurer.
  * Prizes for the highest lady, highest gent and a booby prize at every drive.
  * A lift can be arranged for members without transport - ask the Secretary.
  * If the hall is snowed in, drives are cancelled: listen for notices read out at church.
  * Please bring your own pencil. No mobile telephones at the tables, and no talking
    during play except to call trumps.

Treasurer: Mr T. Yeo. Hall keyholder: Mrs D. Penhale.
Printed by Brannock Print, Fore Street.""",
        (
            expect("1947", "founded"),
            expect("1968/..", "coronation hall"),
            expect("2024", "marsh cup"),
            expect("2025-09-05", "opening drive", planned=True),
            expect("2025-09-19", "harvest supper", planned=True),
            expect("2025-10-18", "charity drive", planned=True),
            expect("2025-12-19", "christmas drive", planned=True),
            expect("2026-01-13", "annual general meeting", planned=True),
            expect("../2025-09-30", "county cup", planned=True),
        ),
    ),
)  # fmt: skip
