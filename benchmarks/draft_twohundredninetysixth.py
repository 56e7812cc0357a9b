"""The two-hundred-and-ninety-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a bridge weight
restriction notice, a fistball tournament report, a cider press company release, a blacksmith's
day book of the 1870s, a barn owl survey report, a globe maker's history, an education
minister's statement, a record shop's HTML page, a gambling premises licence decision, a
lacemaking history and a bezique league fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYSIXTH_CORPUS",)


TWOHUNDREDNINETYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "velmark-cable-stall",
        "wire story",
        None,
        """Forty-one passengers rescued after Velmark cable car stalls over gorge

VELMARK, March 12, 2025 (Coastwire) - Rescue crews winched 41 passengers to safety from a stalled
cable car above the Tarrow gorge on Tuesday evening, after a drive motor failed halfway along the
line, the operator said.

The last group of passengers was lowered to the valley floor shortly after 2 a.m. on Wednesday,
almost eight hours after the cabins came to a halt. Three people were treated for mild
hypothermia at the regional hospital in Orsk Bay and released in the morning.

"We have never had to evacuate the line cabin by cabin before," said Ilse Marrow, director of
operations at Tarrow Lifts, which has run the cable car since 2011. "The crews did remarkable
work in the dark and the wind."

The line, which opened in 1987, carries about 300,000 people a year, most of them skiers bound
for the upper slopes of Mount Haldor. Its drive system was last overhauled on or about Nov. 4
last year, according to maintenance records seen by Coastwire.

A similar stall in 2016 left 12 passengers stranded for three hours, but the cabins were brought
back to the station once the backup motor was started. On Tuesday the backup motor also failed
to engage, Marrow said.

The regional transport inspectorate said it would open an inquiry on Monday. The cable car will
stay shut until the inspection is finished, which the company expects by the end of April.

Velmark's tourist board said hotel cancellations had been "modest" so far. The town council is
due to decide in June whether to bring forward a plan to replace the cabins, which was first
discussed in 2019 and shelved for lack of money.

Ski instructor Pavel Dunne, who was in the second cabin with his two children, said passengers
had passed round chocolate and sung songs to keep warm. "My daughter wants to ride it again
tomorrow," he said. "I told her we'll take the bus."

(Reporting by Mara Kessel; Editing by Tom Aske)""",
        (
            expect("2025-03-11", "rescu"),
            expect("2025-03-12", "lowered"),
            expect("2011/..", "run", "cable car"),
            expect("1987", "opened"),
            expect("2024-11-04~", "overhauled"),
            expect("2016", "stall"),
            expect("2025-03-17", "inquiry", planned=True),
            expect("../2025-04", "inspection", planned=True),
            expect("2025-06", "council", "decide", planned=True),
            expect("2019", "discussed"),
        ),
    ),
    Text(
        "hobbs-ford-waterworks",
        "press release",
        None,
        """NEWS RELEASE

Pellingham Water Trust opens 38m pound treatment works at Hobb's Ford

Pellingham, 24 June 2025 - Pellingham Water Trust today opened its new treatment works at Hobb's
Ford, which will supply clean drinking water to 62,000 homes across the upper Pell valley.

The works replace the Victorian filter beds at Cold Ash, built c. 1905, which have reached the
end of their working life. The Cold Ash site will be decommissioned by 31 December 2026 and
handed over to the county wildlife trust as a wetland reserve.

Planning permission for Hobb's Ford was granted on 14 March 2021, and construction began in
September 2022. More than 400 people worked on the site at the busiest point of the build, and
over 1,200 local people toured it at a preview open day on Saturday 14 June.

"This is the biggest investment the Trust has made in its history," said chief executive Ruth
Amsel. "The Trust has supplied this valley since 1952, and these works will let us go on doing
so for another seventy years."

Key facts
- Capacity: 48 million litres a day
- New mains laid: 31 km
- Solar panels on site: 2,400
- Homes served: 62,000

The second phase of the project, a 12 km pipeline to the villages of Erne and Stoke Pell, is due
to start on 1 September. Customers in those villages will be told about road closures at least
four weeks in advance.

Household bills will rise by 2 per cent from April 2026 onwards to pay for the new works, the
first rise above inflation since 2017, subject to approval by the regulator.

ENDS

Notes to editors
1. Pellingham Water Trust is a not-for-profit company supplying water to 140,000 homes.
2. Photographs of the opening are available from the press office on request.
3. Media contact: Dan Oyelaran, press office, 01632 960 412.""",
        (
            expect("2025-06-24", "opened", "treatment works"),
            expect("1905~", "filter beds"),
            expect("../2026-12-31", "decommissioned", planned=True),
            expect("2021-03-14", "planning permission"),
            expect("2022-09", "construction"),
            expect("2025-06-14", "open day"),
            expect("1952/..", "supplied"),
            expect("2025-09-01", "second phase", planned=True),
            expect("2026-04/..", "bills", planned=True),
        ),
    ),
    Text(
        "halverson-calder-lease",
        "court opinion",
        date(2024, 10, 3),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 23-1187

HALVERSON PROPERTIES, LLC, Plaintiff-Appellant,
v.
CALDER FREIGHT SERVICES, INC., Defendant-Appellee.

Appeal from the Superior Court for Dunmore County, Hon. Elena Ruiz, Judge.

OPINION

BRANNIGAN, J.

[P1] Halverson Properties owns a brick warehouse on Tenth Street in Dunmore. The record says
little about the building's age; a county assessor's card suggests it was probably constructed
in 1928. Nothing in this appeal turns on that.

[P2] On April 2, 2019, Halverson and Calder signed a five-year lease of the ground floor. Calder
took possession on or about May 1, 2019, and paid rent without incident for some eighteen
months. It stopped paying rent in January 2021, citing a collapse in its freight business.

[P3] Halverson sent a notice of default on March 9, 2021, demanding payment within thirty days.
Calder did not pay. It removed its equipment and vacated the premises at some point before June
30, 2021; the parties dispute the exact date, and the trial court made no finding on it.

[P4] Halverson filed its complaint on August 16, 2021, seeking unpaid rent for the remainder of
the term. Calder answered that Halverson had failed to mitigate its damages by seeking a new
tenant. On February 7, 2023, the trial court granted summary judgment to Calder, holding that
Halverson's efforts to relet the space were unreasonable as a matter of law. Halverson appealed,
and we heard oral argument on May 22, 2024.

[P5] We review a grant of summary judgment de novo. Whether a landlord's efforts to relet were
reasonable is ordinarily a question of fact. Halverson offered evidence that it listed the space
with two brokers and showed it to at least four prospective tenants. Calder offered evidence
that the asking rent was well above the market. That is a genuine dispute, and it is for the
trier of fact to resolve.

[P6] Calder argues in the alternative that the lease was terminated by Halverson's notice of
default. The notice did not say so, and the lease requires a separate written notice of
termination, which was never sent.

[P7] We reverse the judgment and remand for trial. Costs on appeal to Halverson.

WE CONCUR: OKAFOR, P.J., and LINDQVIST, J.""",
        (
            expect("1928?", "constructed"),
            expect("2019-04-02", "signed", "lease"),
            expect("2019-05-01~", "possession"),
            expect("2021-01", "stopped paying"),
            expect("2021-03-09", "notice of default"),
            expect("../2021-06-30", "vacated"),
            expect("2021-08-16", "complaint"),
            expect("2023-02-07", "summary judgment"),
            expect("2024-05-22", "argument"),
        ),
    ),
    Text(
        "skerrin-point-light",
        "encyclopedia history",
        None,
        """Skerrin Point Lighthouse

Skerrin Point Lighthouse is an active lighthouse on the northern headland of the Isle of Vane,
marking the entrance to the Vane Sound. It is one of the oldest surviving stone towers on the
Brask coast.

History

A coal beacon is recorded on the headland c. 1790, kept by the tenant of Skerrin farm in return
for a reduced rent. It was often unlit in bad weather, and at least nine vessels were lost on
the Skerrin ledges before a proper light was built.

The present tower was designed by the engineer Walter Abernethy and built between 1832 and 1835
for the Northern Lights Board. The light was first shown on 1 November 1835, from a fixed array
of twelve oil lamps and reflectors. Two keepers' cottages were added soon afterwards.

On the night of 14 January 1851 the emigrant ship Margaret Fell struck the outer ledge in a
gale; the keepers and men from the farm rescued 63 of the 80 people on board. The wreck led to a
public subscription for a fog signal, which was probably installed in 1908, although the Board's
own records for those years are incomplete.

A first-order Fresnel lens replaced the reflectors in 1872, and the light was converted to
electricity in 1954. The station was automated in 1961, and the last keepers were withdrawn the
following year.

The tower and cottages have been a listed monument since 1974. The cottages are now let as
holiday accommodation by the Vane Heritage Trust, which also opens the tower to visitors on
summer weekends.

Description

The tower is 29 metres tall, built of dressed granite and painted white, with a black lantern
and gallery. The light flashes white twice every fifteen seconds and has a range of 22 nautical
miles. The fog signal, silent for many years, is kept in working order by volunteers.

See also
- List of lighthouses on the Brask coast
- Margaret Fell (ship)""",
        (
            expect("1790~", "beacon"),
            expect("1832/1835", "tower", "built"),
            expect("1835-11-01", "first shown"),
            expect("1851-01-14", "margaret fell"),
            expect("1908?", "fog signal"),
            expect("1872", "fresnel"),
            expect("1954", "electricity"),
            expect("1961", "automated"),
            expect("1962", "keepers", "withdrawn"),
            expect("1974/..", "listed"),
        ),
    ),
    Text(
        "tarnley-hawks-title",
        "sports report",
        date(2025, 5, 18),
        """Hawks end 16-year wait as Amsel's late three sinks Carrow

By Jonah Pell

Tarnley Hawks are national champions again. Kit Amsel's three-pointer with four seconds left
gave the Hawks an 81-79 win over Carrow Vale in the league final at the Dunmere Arena on
Saturday, and sent 6,000 supporters in orange pouring on to the court.

The Hawks last won the title in 2009, when Amsel was eleven years old and watching from the same
stands. "I've dreamed about that shot since I was a kid," the guard said afterwards. "I just
didn't think my legs would still work."

Carrow led by nine at half-time and by six with three minutes left, before a Hawks zone defence
forced three turnovers in a row. Centre Bo Lindgren finished with 22 points and 14 rebounds, a
month after doctors had doubted he would play again this season: he broke a bone in his left
hand on March 29 and returned only for the semi-final against Eastham on Wednesday.

Head coach Sara Novik, appointed in November 2023 after the club's worst season in a decade,
gave the credit to her players. "They believed before anyone else did," she said.

The Hawks, founded in 1961 as a works team at the Tarnley rope mill, will parade the trophy
through the town centre on Tuesday, starting from the Market Cross at 6 p.m.

Captain Ray Osei, 36, is expected to announce by the end of the month whether he will play
another season. The club will represent the country in the European qualifying round from 9 to
12 September. Work on its new 4,000-seat arena on the old mill site began in October 2024.

FINAL
Tarnley Hawks 81 (Amsel 24, Lindgren 22, Osei 11)
Carrow Vale 79 (Mbeki 27, Hale 15, Doran 12)
Quarters: 18-22, 17-22, 25-16, 21-19
Attendance: 6,012""",
        (
            expect("2025-05-17", "hawks", "final"),
            expect("2009", "last won"),
            expect("2025-03-29", "broke"),
            expect("2025-05-14", "semi-final"),
            expect("2023-11", "appointed"),
            expect("1961", "founded"),
            expect("2025-05-20", "parade", planned=True),
            expect("../2025-05", "announce", planned=True),
            expect("2025-09-09/2025-09-12", "european", planned=True),
            expect("2024-10", "arena"),
        ),
    ),
    Text(
        "tilney-vosk-bells",
        "company history",
        None,
        """Tilney & Vosk: a ring through the years

Every Tilney & Vosk bell is still spun, polished and tuned by hand in Brantford. This is how we
got here.

THE BEGINNING
Samuel Tilney, a clockmaker's apprentice, started making brass bells for the new safety bicycles
in a shed behind his mother's house about 1893. His "Lark" bell, with its single clear note,
sold so well that in 1904 he took on a partner, the engineer Anton Vosk, and the two men moved
into a proper workshop on Holloway Street.

WAR AND PEACE
From 1915 to 1918 the workshop made fuse parts for the Ministry of Munitions, and bells were not
made again until the spring after the armistice. The chrome-plated "Clipper" followed in 1936
and became the firm's best seller for thirty years; you will still see them on old butchers'
bikes.

On the night of 11 May 1941 the Holloway Street works were destroyed by incendiary bombs. The
Vosk family saved the original tools and dies from the cellar, and the factory had been rebuilt
on the same site by 1948.

A FAMILY FIRM AGAIN
After decades of changing owners, the business was bought in 2004 by Samuel's
great-granddaughter, Helen Tilney-Marsh, and her husband Rob. They brought production back from
overseas, and since 2012 every bell has been made from recycled brass, most of it old plumbing
fittings from Brantford's own scrapyards.

Today a team of nine makes around 40,000 bells a year, from the classic Lark to the
"Bridleway", a loud two-tone bell designed with the help of horse riders and walkers.

WHAT'S NEXT
We are turning the old polishing shop into a small museum of the bicycle bell, which will open
to visitors in 2026. Until then, you are welcome to see the workshop on any of our open days,
which we announce in our newsletter.

Tilney & Vosk Ltd, Holloway Street, Brantford. Makers of bicycle bells for five generations.""",
        (
            expect("1893~", "started", "bells"),
            expect("1904", "partner"),
            expect("1915/1918", "fuse"),
            expect("1936", "clipper"),
            expect("1941-05-11", "destroyed"),
            expect("../1948", "rebuilt"),
            expect("2004", "bought"),
            expect("2012/..", "recycled brass"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "halcyon-lunar-orbiter",
        "mission summary",
        date(2025, 11, 20),
        """Halcyon-2 lunar orbiter: mission summary

Mission type: lunar mapping orbiter
Operator: Astral Survey Agency (ASA)
Launch mass: 1,140 kg
Status: extended mission, final phase

OVERVIEW
Halcyon-2 was launched on 14 February 2023 on a Corvid-3 rocket from the Teller Range
spaceport. After a slow transfer using a lunar flyby, the spacecraft entered a polar orbit
around the Moon on 2 March and returned its first images a week later, showing the floor of the
crater Wrangel in unprecedented detail.

PRIMARY MISSION
Over the next twelve months Halcyon-2 mapped 94 per cent of the lunar surface at a resolution of
50 cm per pixel. Its neutron spectrometer confirmed deposits of water ice in three permanently
shadowed craters near the south pole. The primary mission ended on 1 March 2024 and was
followed at once by a two-year extension.

ANOMALIES
The spacecraft entered safe mode on or about 17 August 2024, when telemetry was lost for nine
hours during a solar storm; controllers were unable to fix the exact time of the event. A leak
in the number 3 thruster probably began on 3 January 2025, although it was noticed only later,
during a routine check of propellant pressures. The craft is now flown on its five remaining
thrusters.

REMAINING PLAN
- The last orbit-lowering manoeuvre will be carried out on 12 December.
- The spacecraft will be deliberately crashed into the far side no later than 30 June 2026,
  before its propellant runs out.
- A full archive of mission data will follow the end of the mission. The first part of the
  archive, covering the primary mission, was released to the public in March 2025.

SCIENCE HIGHLIGHTS
- First high-resolution map of the lunar south polar region.
- Evidence of recent landslides on the walls of crater Wrangel.
- Thermal measurements of the night side at 12 local times.

Principal investigator: Dr Naomi Fairweather, Kelso Institute of Planetary Science.""",
        (
            expect("2023-02-14", "launched"),
            expect("2023-03-02", "orbit"),
            expect("2023-03-09", "first images"),
            expect("2024-03-01", "primary mission", "ended"),
            expect("2024-08-17~", "safe mode"),
            expect("2025-01-03?", "leak"),
            expect("2025-12-12", "manoeuvre", planned=True),
            expect("../2026-06-30", "crashed", planned=True),
            expect("2025-03", "archive", "released"),
        ),
    ),
    Text(
        "harnby-sea-wall",
        "government statement",
        None,
        """DEPARTMENT FOR COASTAL AFFAIRS

Statement on the breach of the Harnby sea wall

Issued: Thursday 6 November 2025

1. During the storm of Sunday night, waves breached the Harnby sea wall along a 60-metre length
near the lifeboat station, flooding 34 homes and the coast road. No lives were lost. The
Department thanks the emergency services, the lifeboat crew and the many volunteers who helped
residents through the night.

2. Emergency works began on Monday to close the breach with rock armour. The gap was sealed
yesterday, and the coast road has reopened to light traffic.

3. The Harnby wall was built in 1954, after the great flood of January 1953 claimed eleven lives
in the town. Its last major repair was carried out about 1987. In 2019 the Department began a
programme of inspections of all public sea defences, under which every wall is now inspected
every two years.

4. Permanent repairs will be completed by 19 December, weather permitting. The Minister for
Coastal Affairs, Ms Adaeze Grant, will visit Harnby on Monday to meet residents and members of
the town council.

5. The Department will consult on the long-term future of the Harnby frontage, including the
option of a new wall set further back from the beach. The consultation will run from 1 to 28
February 2026, and public meetings will be held in the town during that period.

6. Residents whose homes were flooded can claim an emergency grant of up to 2,500 pounds from
the district council. Claims should be made through the council's website or at the town hall.

ENDS

Notes
- Harnby has a population of about 4,200.
- The Department is responsible for 410 km of public sea defences.

Media enquiries: press office, Department for Coastal Affairs.""",
        (
            expect("2025-11-02", "breached"),
            expect("2025-11-03", "emergency works"),
            expect("2025-11-05", "sealed"),
            expect("1954", "built"),
            expect("1953-01", "flood"),
            expect("1987~", "repair"),
            expect("2019", "inspections"),
            expect("../2025-12-19", "permanent repairs", planned=True),
            expect("2025-11-10", "visit", planned=True),
            expect("2026-02-01/2026-02-28", "consultation", planned=True),
        ),
    ),
    Text(
        "corvey-alhambra-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alhambra to reopen on Friday after five-year restoration | Corvey Courier</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header>
<a class="logo" href="/">Corvey Courier</a>
<nav><a href="/news/">News</a> | <a href="/arts/">Arts</a> | <a href="/sport/">Sport</a></nav>
</header>
<main>
<article>
<h1>Alhambra to reopen on Friday after five-year restoration</h1>
<p class="byline">By Lena Vorst, Arts Reporter |
<time datetime="2025-04-08">8 April 2025</time></p>
<figure>
<img src="/img/alhambra-auditorium.jpg" alt="The restored auditorium">
<figcaption>The restored auditorium, with its repainted ceiling. Photo: Corvey Courier
</figcaption>
</figure>
<p>The Corvey Alhambra will reopen on Friday with a gala concert by the Corvey Philharmonic,
more than five years after the curtain last came down on the old music hall.</p>
<p>The theatre closed in March 2020, at the start of the pandemic, and surveyors later found
that the roof trusses above the auditorium were close to failing.</p>
<p>Built in 1911 for the impresario Felix Carne, the Alhambra was gutted by fire on 23 December
1926, during a pantomime rehearsal, and rebuilt behind its original front. It has been a listed
building since 1972.</p>
<p>Restoration work began in January 2023. Craftsmen have repaired the plasterwork, recovered
the seats in the original crimson and uncovered a painted ceiling that had been hidden under
later boarding.</p>
<blockquote><p>"People have been stopping us in the street to ask when they can come back in,"
said the trust's director, Owen Hale. "Now we can tell them."</p></blockquote>
<p>The box office reopened yesterday and sold more than 2,000 tickets in its first day. The
Alhambra's first full season will run from 6 May to 28 June, with comedy, opera and a summer
musical.</p>
<p>The &pound;14 million project was paid for by grants and a loan of &pound;3 million from the
council, which the Alhambra Trust expects to repay by 2030.</p>
<aside class="related"><h2>Related</h2>
<ul>
<li><a href="/arts/alhambra-ceiling">Hidden ceiling found at Alhambra</a></li>
<li><a href="/arts/pantomime-guide">Where to see a pantomime this winter</a></li>
</ul>
</aside>
</article>
</main>
<footer><p>&copy; Corvey Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-11", "reopen", planned=True),
            expect("2020-03", "closed"),
            expect("1911", "built"),
            expect("1926-12-23", "fire"),
            expect("1972/..", "listed"),
            expect("2023-01", "restoration"),
            expect("2025-04-07", "box office"),
            expect("2025-05-06/2025-06-28", "season", planned=True),
            expect("../2030", "repay", planned=True),
        ),
    ),
    Text(
        "oxley-beck-restriction",
        "bridge weight restriction notice",
        None,
        """WENDALE COUNTY COUNCIL

THE WENDALE COUNTY COUNCIL (OXLEY BECK BRIDGE, B6231 MILL LANE, HARTHWAITE)
(TEMPORARY 7.5 TONNE WEIGHT RESTRICTION) ORDER 2025

NOTICE IS HEREBY GIVEN that Wendale County Council intends to make an Order under section 14 of
the Highways Traffic Act, the effect of which will be to prohibit any vehicle whose maximum
gross weight exceeds 7.5 tonnes from using the length of road specified in the Schedule to this
Notice.

1. The restriction is needed because a principal inspection of Oxley Beck Bridge on 11 February
2025 found severe corrosion in the steel beams beneath the deck. The bridge, a single-span
stone arch built c. 1862 and widened with steel beams in 1979, carries the B6231 over Oxley
Beck.

2. The Order will come into force on 7 April 2025 and will remain in force until the bridge has
been strengthened. The Council expects to complete the strengthening works by 30 September
2026. Temporary advance warning signs were put up on 28 February.

3. Exemptions: the prohibition will not apply to emergency vehicles, or to any vehicle needing
access to premises on Mill Lane that can be reached only by crossing the bridge.

4. Diversion: vehicles over 7.5 tonnes will be diverted via the A684 and Back Lane, an extra
distance of about 4 miles.

5. Plans and a statement of the Council's reasons may be inspected at Harthwaite Library during
normal opening hours. Officers will be available to answer questions at drop-in sessions in the
library on Tuesday 25 March and Thursday 27 March, from 2 p.m. to 7 p.m.

6. Any objections must be made in writing, stating the grounds, to the address below no later
than 31 March 2025.

SCHEDULE
B6231 Mill Lane, Harthwaite: the length from its junction with Back Lane to a point 120 metres
north-east of Oxley Beck Bridge.

Dated: 3 March 2025

P. J. Hollings
Director of Highways and Transport
Wendale County Council, County Hall, Northallerby NA1 4RT
Reference: HT/TRO/25/014""",
        (
            expect("2025-02-11", "inspection"),
            expect("1862~", "built"),
            expect("1979", "widened"),
            expect("2025-04-07", "order", "force", planned=True),
            expect("../2026-09-30", "strengthening", planned=True),
            expect("2025-02-28", "signs"),
            expect("2025-03-25", "drop-in", planned=True),
            expect("2025-03-27", "drop-in", planned=True),
            expect("../2025-03-31", "objections", planned=True),
        ),
    ),
    Text(
        "brannock-fistball-open",
        "fistball tournament report",
        date(2025, 7, 21),
        """FISTBALL
Brannock take Elmsted Open after five-set final

Brannock Fistball Club won the Elmsted Open for the first time on Sunday, beating the holders,
Sorrel Park, 3-2 in a final that lasted almost two hours on the main pitch at Elmsted
Recreation Ground.

Sixteen men's and eight women's teams took part in the two-day tournament, now in its 32nd
year. The event was first held in 1994, when fistball in this country was played by a handful of
clubs with German-born members, and it has grown into the biggest grass tournament of the
summer.

Brannock, founded in 1978 by workers at the Brannock dye works, came through a wet group stage
on Saturday without dropping a set. Their coach, Lukas Brenner, who joined the club from TV
Aldenburg in August 2023, said his side had won the final "with the second ball". "Our defence
kept the ball alive when we were tired, and that is fistball," he said.

Sorrel Park led 2-1 in sets and had a match ball at 10-9 in the fourth, but attacker Jonas Feld,
playing his first full match since tearing a calf muscle on 4 May, hit the rope with his serve.
Brannock took the fifth set 11-9.

In the women's final, Sorrel Park beat the hosts Elmsted 3-0.

Both men's finalists go on to the national championships, which will be held in Corby Vale from
22 to 24 August. The national team, which includes three Brannock players, is due to compete in
the World Championship qualifiers in 2026.

Registration for next year's Elmsted Open opens on 1 December, the organisers said.

RESULTS
Men's final: Brannock 3 Sorrel Park 2 (11-8, 9-11, 11-7, 8-11, 11-9)
Men's third place: Elmsted 3 Kettering Turners 1
Women's final: Sorrel Park 3 Elmsted 0 (11-6, 11-8, 12-10)
Fair play award: Kettering Turners""",
        (
            expect("2025-07-20", "brannock", "won"),
            expect("1994", "first held"),
            expect("1978", "founded"),
            expect("2025-07-19", "group stage"),
            expect("2023-08", "joined"),
            expect("2025-05-04", "calf"),
            expect("2025-08-22/2025-08-24", "national championships", planned=True),
            expect("2026", "qualifiers", planned=True),
            expect("2025-12-01", "registration", planned=True),
        ),
    ),
    Text(
        "hollins-erack-launch",
        "cider press company release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Hollins Mill launches electric rack-and-cloth press for small cideries

ORCHARD VALE, 2 September 2025 - Hollins Mill Press Company, which has built cider presses in
Orchard Vale since 1936, today launched the Hollins E-Rack, an electric version of the
traditional rack-and-cloth press, designed for craft cider makers producing up to 20,000 litres
a year.

The E-Rack uses a quiet electro-hydraulic ram in place of the hand-pumped jack found on most
small presses. A full press of twelve cheeses can be built and squeezed in under forty minutes
by one person, the company says, against about two hours by hand.

Prototypes were tested at four cideries in the Vale and across the border from 9 to 27 October
2024, pressing more than 60 tonnes of fruit. "We were sceptical, because we love our old
press," said Megan Pryce of Tump Lane Cider, one of the trial sites. "But by the end of the
first week nobody wanted to go back to the pump handle."

Hollins Mill was founded in 1921 by Arthur Hollins, a wheelwright, in the village of Kemble
Cross, and built its first hydraulic press in 1958. The company expanded its workshop in March
2023 to make room for the new line, and now employs 23 people.

"Small producers are the backbone of the cider revival," said managing director Tom Hollins,
Arthur's great-grandson. "They need kit that saves their backs without losing what makes a
pressed cider special."

Availability
- The E-Rack costs 8,950 pounds plus VAT.
- First deliveries are expected from 13 October onwards, in time for the late varieties.
- Early-bird pricing of 7,950 pounds applies to orders placed no later than 30 November.

The press will be shown working for the first time at the Orchard Vale Apple Fair on Saturday
20 September, where visitors can bring their own fruit to press.

ENDS

Notes to editors
Hollins Mill Press Company Ltd is an independent, family-owned maker of cider and fruit
presses, mills and scratters, based at Mill Yard, Orchard Vale.
Press contact: Lucy Fenn, 01632 960 310""",
        (
            expect("2025-09-02", "launched", "e-rack"),
            expect("1936/..", "built", "cider presses"),
            expect("2024-10-09/2024-10-27", "tested"),
            expect("1921", "founded"),
            expect("1958", "hydraulic"),
            expect("2023-03", "expanded"),
            expect("2025-10-13/..", "deliveries", planned=True),
            expect("../2025-11-30", "early-bird", planned=True),
            expect("2025-09-20", "apple fair", planned=True),
        ),
    ),
    Text(
        "harker-forge-daybook",
        "blacksmith's day book",
        None,
        """DAY BOOK of Jno. Harker, Smith & Farrier, Sallow Green.

Memd. My Father Wm. Harker came to this Shop abt. 1838 & kept it till his death.

1874                                                                   s.  d.
Jany. 12. Mon. Mr Tapp, Church Fm. Shoeing grey mare all round         4 . 0
               Do.  New tyre to cart wheel                              6 . 6
               Bot. of Mr Gedge, Holt, new Anvil 2 cwt. 1 qr. 7 lb., to pay
               him by Lady Day next.                                L4 10 . 0
               Widow Pegg. Mending kettle & pot hooks                   0 . 9
Feby. 3rd to 5th.  Snow very deep. Forge shut all 3 days, no work done.
Mar. 17.       Hung 2 pr. new Gates at the Rectory for the Revd. Mr Ames,
               iron & labour                                        L1 12 . 0
Mar. 24.       Pd. Mr Gedge for the Anvil in full. Recd. his receipt.
Ap. 2.         Wife brot. to bed of a fine Boy abt. 4 in the morng. To be
               named Thos. after her Father. Mrs Pratt came to nurse.
               Mr Tapp. Sharpening 2 plough shares                      1 . 0
Sept. 29.      Michaelmas. Pd. Squire Dorrell half yr. rent of Shop &
               Cott.                                                L3  5 . 0
Octr.          Memd. Forge chimney blown down in the great gale & built up
               again by Saml. Mace on or abt. the 20th. Pd. him     L1  2 . 6

1875
Jany. 1. Fri.  Took Wm. Pegg, son of the Widow Pegg, apprentice for 5 yrs.
               Premium recd. of his mother                          L5  0 . 0
               Mr Ames. Shoeing cob, 2 new shoes, 2 removes             2 . 4

Memd. Owing to me this day: Mr Tapp 1.3.4, Mr Ames 0.17.6, Widow Pegg 0.4.0.
Memd. Iron now 9s. the cwt. at Holt, coals 22s. the ton delivered.""",
        (
            expect("1838~", "father"),
            expect("1874-01-12", "anvil"),
            expect("../1874-03-25", "pay", planned=True),
            expect("1874-02-03/1874-02-05", "forge shut"),
            expect("1874-03-17", "gates"),
            expect("1874-03-24", "gedge"),
            expect("1874-04-02", "boy"),
            expect("1874-09-29", "rent"),
            expect("1874-10-20~", "chimney"),
            expect("1875-01-01", "apprentice"),
        ),
    ),
    Text(
        "lower-ashby-owls",
        "barn owl survey report",
        date(2025, 1, 28),
        """LOWER ASHBY BARN OWL GROUP
Barn Owl Nest Box Survey 2024: Summary Report

1. INTRODUCTION
1.1 The Group carried out its first survey of barn owls in the Lower Ashby district in 2004.
Since 2009 volunteers have put up and looked after a network of nest boxes on farm
buildings and in hedgerow trees; 214 boxes are now in use.

2. METHODS
2.1 The 2024 survey ran from 1 March to 31 August 2024 under licence from the county wildlife
office. Each box was visited at least twice: once in spring to check for occupation, and once in
summer to count and ring the chicks.

3. RESULTS
3.1 The first egg of the season was recorded on 6 April, in a box at Holm Farm.
3.2 A pole box at Drayle Farm, empty since it was put up, was occupied on or about 20 May by a
pair that had lost their nest site when an old barn was demolished.
3.3 The vole crash of 2021, when only 19 pairs bred, now looks like a single bad year. Voles
were plentiful in the rough grass margins throughout the 2024 season.
3.4 Ringing: 88 chicks from 29 broods were ringed. A female ringed as a chick at Sallow Hill in
June 2019 was found dead on the A46 near Ashby on 14 November 2024, five years and five months
later.

Table 1. Summary of nest box checks
Year    Boxes checked    Occupied    Chicks ringed
2022    198              49          71
2023    205              54          80
2024    214              61          88

4. DISCUSSION
4.1 Road deaths remain the main known cause of death for ringed birds. The Group will continue
to ask the highways authority for owl-friendly verge cutting on the A46.

5. NEXT STEPS
5.1 The 2025 survey will begin on 1 March 2025.
5.2 The results of this survey will be sent to the County Bird Recorder by 31 March 2025.
5.3 Volunteers who can help with box repairs should contact the survey coordinator, Ann
Whitcombe.

Lower Ashby Barn Owl Group is a registered charity. With thanks to the 37 landowners who host
our boxes.""",
        (
            expect("2004", "first survey"),
            expect("2009/..", "nest boxes"),
            expect("2024-03-01/2024-08-31", "survey"),
            expect("2024-04-06", "first egg"),
            expect("2024-05-20~", "drayle"),
            expect("2021", "vole crash"),
            expect("2019-06", "ringed"),
            expect("2024-11-14", "found dead"),
            expect("2025-03-01", "survey", "begin", planned=True),
            expect("../2025-03-31", "results", planned=True),
        ),
    ),
    Text(
        "ferris-lund-globes",
        "globe maker's history",
        None,
        """Ferris & Lund

Ferris & Lund was a firm of globe makers in Carmouth, active for more than a century, whose
terrestrial and celestial globes were among the most widely used in the schools of the northern
counties in the nineteenth century.

Origins

Josiah Ferris, an engraver and map seller, began making globes c. 1810 in a workshop above his
print shop in Quay Street. His first 12-inch terrestrial globe was published in 1816 and
dedicated to the Carmouth Philosophical Society. In 1829 he took his former apprentice Henrik
Lund into partnership, and the firm traded as Ferris & Lund from that year.

Growth

In the 1840s the firm supplied globes to most of the grammar schools of the north, and its
pocket globes, in cases of fish skin, were sold by instrument makers as far away as Edinburgh.

A fire at the Quay Street workshop on 3 March 1857 destroyed most of the copper plates for the
gores, and the firm moved to larger premises in Kettle Lane the following year. The lost plates
were engraved again by Lund's son Edvard, and the firm's 18-inch library globe won a gold medal
at the Carmouth Exhibition of 1883.

Decline

Cheaper printed globes from German makers took much of the school trade in the last years of
the century. The firm's last hand-engraved gores were probably printed in 1911, after which it
used lithographed gores bought in. The firm closed in 1938, and its stock was sold at auction.

Legacy

The firm's records, tools and surviving plates have been held by the Carmouth Museum since 1952.
In 2014 a group of conservators set up a workshop in Kettle Lane making copies of the 1816 globe
from the original plates.

Surviving Ferris & Lund globes are found in many museum collections. They can be dated by their
cartouches, which name the firm and its address, and by the state of the map.

See also
- Globe gores
- Carmouth Museum""",
        (
            expect("1810~", "making globes"),
            expect("1816", "terrestrial globe"),
            expect("1829", "partnership"),
            expect("1857-03-03", "fire"),
            expect("1858", "moved"),
            expect("1883", "medal"),
            expect("1911?", "hand-engraved"),
            expect("1938", "closed"),
            expect("1952/..", "museum"),
            expect("2014", "workshop"),
        ),
    ),
    Text(
        "okonedo-curriculum-response",
        "education minister's statement",
        None,
        """Statement by the Minister for Schools, Harriet Okonedo MP
Friday 19 September 2025

Curriculum and Assessment Review: the Government's response

I want to begin by thanking the members of the independent Curriculum and Assessment Review, and
the thousands of teachers, parents and pupils who gave evidence to it. The review was launched
in March 2023 under Professor Imran Dale, and its final report was published on Wednesday.

The current national curriculum was introduced in 2014. Much of it has served schools well. But
the review found that the primary curriculum is too crowded, and that too many young people
still leave school without the reading and numeracy they need for work and for life.

The Government accepts the review's central recommendations.

First, a new curriculum in English, mathematics and science will be tried out in 40 pilot
schools in each region, beginning in January. Subject to what we learn from the pilot, it will
be taught in all schools from September 2027 onwards.

Second, we will consult on changes to examinations at sixteen, including a shorter written paper
in mathematics and more practical work in the sciences. The consultation will close no later
than 12 December, and I urge every teacher to take part in it.

Third, we will protect the time that teachers need to teach. The teachers' pay award of 4 per
cent took effect on 1 September. Since 2018 this Department has paid for a free reading book for
every child starting school, and that will continue.

I will meet the leaders of the teaching unions on Tuesday to discuss workload and training for
the new curriculum. Nothing in this response will work unless it works in the classroom.

ENDS

Notes to editors
1. The full Government response is available on the Department's website.
2. The review received more than 9,000 written submissions.
3. Press office: 020 7946 0310.""",
        (
            expect("2023-03", "review", "launched"),
            expect("2025-09-17", "final report"),
            expect("2014", "curriculum", "introduced"),
            expect("2026-01", "pilot", planned=True),
            expect("2027-09/..", "taught", planned=True),
            expect("../2025-12-12", "consultation", planned=True),
            expect("2025-09-01", "pay award"),
            expect("2018/..", "reading book"),
            expect("2025-09-23", "unions", planned=True),
        ),
    ),
    Text(
        "spindle-records-about",
        "record shop HTML page",
        date(2025, 6, 4),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>About us | Spindle Records, Canal Street, Lowbridge</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header>
<h1>Spindle Records</h1>
<p class="tagline">New &amp; second-hand vinyl, CDs and cassettes</p>
<nav><ul>
<li><a href="/">Home</a></li>
<li><a href="/stock">Stock</a></li>
<li><a href="/events">Events</a></li>
<li><a href="/about">About</a></li>
</ul></nav>
</header>
<main>
<section id="news">
<h2>Shop news</h2>
<ul>
<li><strong>Live in the shop this Saturday:</strong> the Fennick Brothers play an acoustic set
at 2pm to launch their new album. Free entry, but space is tight, so come early.</li>
<li><strong>Closed for refit:</strong> we will be shut from Saturday 14 to Monday 16 June while
we put in new racks. Mail order carries on as normal.</li>
</ul>
</section>
<section id="story">
<h2>Our story</h2>
<p>Spindle Records was opened in 1983 by Dave and Maureen Oduya in a former bakery on Tanner's
Row, with two crates of Dave's own soul singles and a borrowed till.</p>
<p>About 1990 we bought the whole stock of Harmony Records in Brinton when it closed, some
30,000 singles, many of them still in their paper sleeves. We are still selling them.</p>
<p>We moved to the bigger shop on Canal Street in 1997. In 2010, when the shop nearly closed,
our customers ran a crowdfunding appeal that paid the rent for a year; we have never forgotten
it.</p>
<p>Since 2019 the back room has been a cafe, run by Maureen's niece Tola. The listening booth
went in during March 2022, built by a customer from an old telephone box.</p>
<p>On 12 April this year Dave signed copies of his book about the Lowbridge soul scene for a
queue that stretched past the canal bridge.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Mon-Fri</th><td>10am - 6pm</td></tr>
<tr><th>Saturday</th><td>9am - 6pm</td></tr>
<tr><th>Sunday</th><td>11am - 4pm</td></tr>
</table>
<p>We buy collections. Call us on 01632 960 559 or bring your records in.</p>
</section>
</main>
<footer><p>Spindle Records, 14 Canal Street, Lowbridge LB1 3QP</p></footer>
</body>
</html>""",
        (
            expect("2025-06-07", "fennick", planned=True),
            expect("2025-06-14/2025-06-16", "refit", planned=True),
            expect("1983", "opened"),
            expect("1990~", "harmony"),
            expect("1997", "moved"),
            expect("2010", "crowdfunding"),
            expect("2019/..", "cafe"),
            expect("2022-03", "listening booth"),
            expect("2025-04-12", "signed"),
        ),
    ),
    Text(
        "marlow-street-gaming",
        "gambling premises licence decision",
        None,
        """WESTBURY DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DETERMINATION
Application for a premises licence (adult gaming centre)

Application reference: GAM/PL/0117
Premises: 42 Marlow Street, Westbury WB2 6HP
Applicant: Lucky Seven Leisure Ltd
Members: Cllr J. Pryor (Chair), Cllr A. Nwosu, Cllr D. Kettle
Date of notice: 14 March 2025

1. THE APPLICATION
1.1 An application for an adult gaming centre premises licence for 42 Marlow Street was
received by the Licensing Authority on 9 December 2024.
1.2 The premises, a former bank branch which closed in 2018, are at present vacant.
1.3 The applicant was granted an operating licence by the Gambling Commission in 2016 and runs
eleven adult gaming centres in the region.
1.4 A previous application by a different operator for these premises was refused by the
Sub-Committee on or about 20 June 2023. The minutes of that meeting could not be found, and
the Sub-Committee has given that decision no weight.

2. REPRESENTATIONS
2.1 Representations had to be made no later than 6 January 2025. Three were received: from
Westbury Police, dated 2 January 2025; from a ward councillor; and from the Marlow Street
Residents' Association.
2.2 The police asked for conditions on CCTV and staffing. The residents raised concerns about
noise late at night and about children being drawn into the premises.

3. THE HEARING
3.1 The Sub-Committee heard the application on 11 March 2025. The applicant was represented by
its compliance manager, Mr Neil Ashe. The police and the Residents' Association attended.
3.2 The Sub-Committee had regard to the licensing objectives, the Council's Statement of
Principles and the guidance to licensing authorities.

4. DECISION
4.1 The Sub-Committee has decided to grant the licence, subject to the mandatory and default
conditions and to the additional conditions in the Annex, which include CCTV, two staff on duty
after 8 p.m., and closing at 11 p.m.
4.2 The licence will take effect on 1 May 2025, provided the CCTV system has been installed and
approved by the police.

5. RIGHT OF APPEAL
5.1 The applicant and any person who made representations may appeal to the magistrates'
court. Any appeal must be lodged no later than 4 April 2025.

Signed: Cllr J. Pryor, Chair of the Licensing Sub-Committee""",
        (
            expect("2024-12-09", "application", "received"),
            expect("2018", "bank"),
            expect("2016", "operating licence"),
            expect("2023-06-20~", "refused"),
            expect("../2025-01-06", "representations"),
            expect("2025-01-02", "police"),
            expect("2025-03-11", "heard"),
            expect("2025-05-01", "take effect", planned=True),
            expect("../2025-04-04", "appeal", planned=True),
        ),
    ),
    Text(
        "pennick-bobbin-lace",
        "lacemaking history",
        None,
        """Lacemaking in Pennick

Pennick, a market town in the Harl valley, was for two centuries one of the main centres of
bobbin lace making in the region. At its height almost every cottage in the town had a lace
pillow by the window.

Early history

Bobbin lace was brought to Pennick c. 1620, by tradition by a family of Flemish weavers who
settled near the church. The trade was largely carried on by women and girls working at home
for dealers, who supplied the thread and bought the finished lace by the yard.

A lace school, where girls from the age of five learned to work the pillow, was founded in 1768
by the vicar's wife, Mrs Anne Thorley. Others soon followed, and at one time at least six
were at work in the town.

The nineteenth century

In 1823 the first machine-lace factory in the county opened at Brayford, twelve miles away, and
the price of hand-made lace began to fall. On 14 April 1830 the lacemakers of Pennick sent a
petition to Parliament asking for a duty on machine-made lace; it was signed by 1,406 people.

The number of lacemakers in the town reached its peak probably in 1851, when the census
recorded 1,912 women and girls in the trade. A flounce worked by Mary Ellery won a prize medal
at the International Exhibition of 1862, and for the old Queen's jubilee in 1887 the town
presented her with a shawl of Pennick point.

Decline and revival

The last of the lace schools had closed by 1900, and only a few elderly women still worked for
the dealers. The craft was kept alive by a handful of teachers until the Pennick Lace Guild was
founded in 1955. The town museum has had a lace gallery since 1978, where the Ellery flounce is
on show with a collection of more than 3,000 bobbins.

Terms
- Pillow: the stuffed cushion on which the lace is worked.
- Bobbin: a small turned spindle of bone or wood carrying the thread.
- Flounce: a deep border of lace for a dress.""",
        (
            expect("1620~", "brought"),
            expect("1768", "lace school", "founded"),
            expect("1823", "machine-lace factory"),
            expect("1830-04-14", "petition"),
            expect("1851?", "peak"),
            expect("1862", "flounce"),
            expect("1887", "shawl"),
            expect("../1900", "lace schools", "closed"),
            expect("1955", "guild"),
            expect("1978/..", "lace gallery"),
        ),
    ),
    Text(
        "hallam-bezique-card",
        "bezique league fixtures card",
        date(2025, 8, 28),
        """HALLAM & DISTRICT BEZIQUE LEAGUE
Founded 1949

FIXTURES CARD - SEASON 2025-26
KINGS ARMS 'A'
Tuesday nights, 7.45 p.m. prompt

Captain: Mrs J. Whitlow ........ tel. 01632 960 881
Vice-captain: Mr R. Amery ...... tel. 01632 960 237

DATE          OPPONENTS                               H/A    RESULT
Tue 16 Sep    OPENING NIGHT - Pairs Handicap at the Plough (all teams)
Tue 23 Sep    Railway Club                            H      ........
Tue 7 Oct     Dog & Partridge                         A      ........
Tue 21 Oct    Plough 'B'                              H      ........
Fri 19 Dec    CHRISTMAS SOCIAL & DRAW - Railway Club, 7.30 p.m.
Sat 25 Apr    FINALS NIGHT - League Shield & Whitlow Cup at the Plough

Fixtures from January will be given out at the Christmas Social.

HOLDERS
League Shield: Kings Arms 'A', who beat Plough 'A' 3-1 in the final on Sat 26 April 2025.
Whitlow Cup: Mr & Mrs D. Farrant (Railway Club).

At the AGM held on Thu 12 June 2025 the subscription was kept at 5 pounds per player.

LEAGUE RULES (EXTRACT)
1. A match is four games of two-handed bezique, 1,500 up, played with six packs (rubicon rules
   do not apply).
2. Home team to provide cards, markers and a table for each game.
3. Matches not started by 8.15 p.m. may be claimed by the team present.
4. Result cards to be sent to the Secretary within 7 days, signed by both captains.
5. Entries for the Whitlow Cup (pairs) to the Secretary by 30 September, fee 2 pounds per
   pair. Draw at the Christmas Social.
6. Disputes to be referred to the Committee, whose decision is final.

SCORING
Bezique 40   Double bezique 500   Sequence 250
Royal marriage 40   Common marriage 20
Four aces 100   Four kings 80   Four queens 60   Four jacks 40

OFFICERS
President: Mr A. Tolley
Hon. Secretary: Mrs P. Gaunt, 7 Vicarage Road, Hallam
Hon. Treasurer: Mr K. Lomax

Please keep this card and bring it to every match.""",
        (
            expect("1949", "founded"),
            expect("2025-04-26", "beat", "final"),
            expect("2025-06-12", "agm"),
            expect("2025-09-16", "opening night", planned=True),
            expect("2025-09-23", "railway club", planned=True),
            expect("../2025-09-30", "whitlow cup", planned=True),
            expect("2025-10-07", "partridge", planned=True),
            expect("2025-10-21", "plough 'b'", planned=True),
            expect("2025-12-19", "christmas social", planned=True),
            expect("2026-04-25", "finals night", planned=True),
        ),
    ),
)
