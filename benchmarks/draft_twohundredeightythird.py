"""The two-hundred-and-eighty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a public right of way
extinguishment notice, a sepak takraw tournament report, a truffle orchard company release, a
carrier's waybill book of the 1820s, a marsh fritillary butterfly survey report, a fountain pen
maker's history, a water minister's statement, a board game cafe's HTML page, a skin piercing
registration decision, a rag rug making history and a piquet club fixtures card. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "early 2025", "late July") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYTHIRD_CORPUS",)


TWOHUNDREDEIGHTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "vessa-bridge-scour",
        "wire story with a dateline",
        None,
        """\
Rail bridge over the Vessa shut after divers find scour damage

KESTRAVIK, Oct. 8, 2024 (Northline News) - Rail operator Halden Norrway closed its bridge over
the Vessa river on Sunday after divers found that floodwater had stripped the gravel bed from
around two of its stone piers, cutting the only rail link between Kestravik and the coast.

Engineers first noticed a slight dip in the track on or about Sept. 29 and imposed a walking-pace
restriction for trains, the company said. Divers went down beside the piers on Saturday morning
and reported the damage to the operator's control room that evening.

Replacement buses will run between Kestravik and Skarholm from Thursday, adding about 40 minutes
to the journey. The operator expects the bridge to reopen by Dec. 20 at the latest, once the
piers have been ringed with steel sheet piling and the holes packed with rock.

"We will not run a train over that bridge until we are sure of every stone," chief engineer
Maret Lunde told reporters at Kestravik station.

The nine-arch bridge was built in 1887 for the Kestravik and Coast Railway and was strengthened
about 1952, when heavier locomotives came into service on the line. It was last closed for
repairs in 2009, for eleven weeks, after a barge struck one of its piers.

A 20 km/h limit has applied to trains on the bridge since 2019, when an inspection found cracks
in the mortar of the central arch. Local councillors have asked for years for a second crossing,
which the national rail plan has so far not funded.

Timber mills in the upper valley, which send about 30 freight trains a month over the bridge,
said they would move their loads to road in the meantime. Hauliers warned of queues on the coast
road, where one lane is shut for resurfacing.

Floods in the region have been the worst in four decades, with the Vessa reaching its highest
level on record at the Skarholm gauge.

(Reporting by Halvard Ekstrom; Editing by Sara Quist)
""",
        (
            expect("2024-10-06", "closed"),
            expect("2024-09-29~", "dip"),
            expect("2024-10-05", "divers"),
            expect("2024-10-10", "buses", planned=True),
            expect("../2024-12-20", "reopen", planned=True),
            expect("1887", "built"),
            expect("1952~", "strengthened"),
            expect("2009", "repairs"),
            expect("2019/..", "limit"),
        ),
    ),
    Text(
        "taldine-ossbury-plant",
        "press release",
        date(2025, 6, 17),
        """\
NEWS RELEASE
For immediate release

Taldine Motors to build electric bus plant at Ossbury

* 600 jobs at former gasworks site
* First buses due off the line by the end of 2027

OSSBURY - Taldine Motors Ltd, the independent bus and coach builder, today signed an agreement
with Ossbury Borough Council to build an electric bus assembly plant on the former Grange Lane
gasworks site, bringing vehicle manufacturing back to the town for the first time in a generation.

The company bought the 14-hectare site on 2 April for an undisclosed sum. Subject to planning
consent, groundwork will begin in September, and the first buses are expected to leave the line
by the end of 2027. The plant will employ about 600 people from 2028 onwards, most of them
recruited locally through an apprenticeship scheme run with Ossbury College.

A public consultation on the plans will run from 30 June to 25 July. Residents will be able to
see drawings of the plant, ask questions of the design team and comment online or in writing.

"Ossbury built buses for a century, and it will build them again," said Taldine chief executive
Nadia Okafor. "The site has the rail siding, the space and, above all, the people we need for
the next chapter of our story."

Councillor Peter Mbeki, leader of Ossbury Borough Council, said: "This is the biggest
investment in the town in my lifetime, and it puts a derelict site back to work."

ENDS

About Taldine Motors
Taldine Motors was founded in 1964 by the brothers Arthur and Leonard Taldine in a railway arch
in Wexley. It built its first battery-electric bus in 2016 and has supplied the Ossbury city
network since 2019. The company employs 1,150 people at its Wexley and Brantham works and is
owned by the Taldine family.

Notes to editors
1. Images of the proposed plant are available on request.
2. The planning application reference is OBC/25/0381.

Media contact: Hannah Cole, press office, press@taldine.example, 01632 960 418
""",
        (
            expect("2025-06-17", "agreement"),
            expect("2025-04-02", "site", "bought"),
            expect("2025-09", "groundwork", planned=True),
            expect("../2027", "buses", planned=True),
            expect("2028/..", "employ", planned=True),
            expect("2025-06-30/2025-07-25", "consultation", planned=True),
            expect("1964", "founded"),
            expect("2016", "electric bus"),
            expect("2019/..", "supplied"),
        ),
    ),
    Text(
        "brandt-crane-warranty",
        "court opinion",
        None,
        """\
COURT OF APPEAL OF WESTMARCH
SECOND DIVISION

No. 23-0417

BRANDT LIFTING SERVICES, INC., Plaintiff-Appellee,
v.
CORRIGAN HEAVY EQUIPMENT CO., Defendant-Appellant.

Filed September 11, 2024

Appeal from the District Court for Pellow County, Hon. R. T. Ashdown, Judge.

OPINION

MARLOWE, J.

I. BACKGROUND

Brandt Lifting Services, Inc. ("Brandt") bought a 90-tonne crawler crane from Corrigan Heavy
Equipment Co. ("Corrigan") under a written contract signed on June 3, 2019. The contract gave a
twelve-month warranty against defects in "materials and workmanship" and required Brandt to give
written notice of any claim within thirty days of discovering the defect.

The crane was delivered to Brandt's yard on or about August 14, 2019. On November 2, 2020, while
lifting a precast beam at a bridge site, the crane's boom hoist failed and the boom fell across
an empty access road. No one was hurt. Brandt's engineer found a cracked weld in the hoist drum
the following day, and Brandt sent Corrigan a notice of claim on November 20, 2020.

Brandt filed its complaint on March 8, 2021. After a bench trial held from April 10 to 14, 2023,
the district court found that the weld had been defective when the crane left Corrigan's works
and entered judgment for Brandt in the amount of $1,284,000 on May 22, 2023. Corrigan filed its
notice of appeal two weeks later. We heard oral argument on February 6, 2024.

II. DISCUSSION

A. The warranty period

Corrigan argues first that the warranty had expired before the failure. We disagree. By the
contract's own terms the twelve-month period ran from "acceptance," not from delivery, and the
record shows that Brandt signed the acceptance certificate on December 9, 2019, after the crane
passed its load test. A failure in November 2020 therefore fell within the warranty.

B. Notice

Corrigan next argues that Brandt's notice was late. It was not. Brandt discovered the defect
when its engineer found the cracked weld; the notice followed seventeen days later, well within
the thirty days allowed. Corrigan's reliance on Halvorsen v. Dray Marine, 41 W.App. 212, is
misplaced, since the buyer there waited more than a year.

III. CONCLUSION

The judgment of the district court is AFFIRMED.

DELANEY and OKAFOR, JJ., concur.
""",
        (
            expect("2019-06-03", "contract"),
            expect("2019-08-14~", "delivered"),
            expect("2020-11-02", "boom"),
            expect("2020-11-03", "weld"),
            expect("2020-11-20", "notice"),
            expect("2021-03-08", "complaint"),
            expect("2023-04-10/2023-04-14", "trial"),
            expect("2023-05-22", "judgment"),
            expect("2023-06-05", "appeal"),
            expect("2024-02-06", "oral argument"),
            expect("2019-12-09", "acceptance"),
        ),
    ),
    Text(
        "orlen-navigation-canal",
        "encyclopedia history",
        None,
        """\
Orlen Navigation

The Orlen Navigation is a former canal, 23 miles (37 km) long, in the county of Wexmoor, England,
linking the market town of Harlby with the tidal river Sele at Orlen Quay. Most of it has been
restored for leisure boating.

History

Proposals for a navigation to carry coal and lime up the Harl valley were first discussed c.
1790, when the engineer Josiah Pettifer surveyed a line for a group of Harlby merchants. An Act
of Parliament authorising the canal was passed in 1794, and cutting began at Orlen Quay the
following spring. Money ran short during the war with France and work stopped for several years.

The canal was finally opened throughout on 12 May 1801, and a short branch to the lime works at
Cresby followed soon after. Traffic was heaviest in the 1830s, when more than 90,000 tons a year
passed Orlen lock, most of it coal bound inland and grain bound for the quay.

Decline

The opening of the Harlby and Sele Railway in 1847 took most of the coal trade, and the railway
company bought the canal two years later. Maintenance was neglected, and the Cresby branch was
abandoned about 1880. The last commercial boat, carrying timber to Harlby, probably passed
through in 1932; the navigation was formally closed by a warrant of abandonment dated 1 July
1937. Several locks were filled in and two bridges were lowered in the years that followed.

Restoration

The Orlen Canal Society was formed in 1971 to campaign for the canal's reopening, and its
volunteers have cleared much of the towpath. The section from Orlen Quay to Larrow lock was
reopened to boats in 2006 after a restoration costing 3.2 million pounds. The society's plan to
restore the last four miles into Harlby, including a new aqueduct over the ring road, is
expected to cost about 14 million pounds; work is due to begin in 2027.

See also
- Canals of Wexmoor
- List of canal aqueducts in England

References
1. Pettifer, J., A Report on the Intended Navigation (Harlby, 1791).
2. Orlen Canal Society, The Orlen Navigation: A Guide (3rd edn, 2012).
""",
        (
            expect("1790~", "discussed"),
            expect("1794", "act"),
            expect("1801-05-12", "opened"),
            expect("1847", "railway"),
            expect("1849", "bought"),
            expect("1880~", "abandoned"),
            expect("1932?", "boat"),
            expect("1937-07-01", "closed"),
            expect("1971", "society"),
            expect("2006", "reopened"),
            expect("2027", "work", planned=True),
        ),
    ),
    Text(
        "dunmere-rovers-cup-tie",
        "sports report",
        date(2025, 11, 16),
        """\
Rovers end Ashcombe hoodoo to reach quarter-finals

County Senior Cup, third round
Dunmere Rovers 3 (Brierley 38, Mayne 71, 90+3) Ashcombe Town 1 (Okoro 9)
Att: 1,412

By Callum Reid

Dunmere Rovers reached the quarter-finals of the County Senior Cup with a 3-1 win over Ashcombe
Town at Mill Lane on Saturday, their first victory against their neighbours since a 2-0 league
win in April 2019.

Rovers went behind after nine minutes when Jay Okoro rose above two defenders to head in a
corner, and for half an hour the visitors looked the sharper side. But Tom Brierley, who joined
on loan from Harwick City in August, levelled seven minutes before the break with a curling
shot from the edge of the area, his sixth goal in the competition.

Substitute Ellis Mayne put Rovers ahead with a low shot on 71 minutes and made sure in
stoppage time, running on to a long clearance and rounding the goalkeeper.

Rovers have been unbeaten since 2 September, a run of eleven games in all competitions. Manager
Gary Holt, appointed on 14 October 2024 after the club's relegation, said his side would "enjoy
tonight and forget about it by Monday".

"I told them at half-time that nobody remembers the first goal," Holt said. "They believed it."

Captain Sam Ward, who broke a bone in his foot in training on or about 25 October, watched from
the stand. He is expected to return for the league visit of Corley on December 6.

Quarter-final ties are due to be played on Saturday 10 January. Rovers last got this far in
2014, when they lost the final to Harwick on penalties.

Rovers: Pell; Adeyemi, Grant, Fowler, Nash; Brierley, Costa (Mayne 64), Hurst; Lowe, Denton,
Quaye.
""",
        (
            expect("2025-11-15", "reached"),
            expect("2025-08", "brierley", "joined"),
            expect("2025-09-02/..", "unbeaten"),
            expect("2024-10-14", "appointed"),
            expect("2025-10-25~", "broke"),
            expect("2025-12-06", "return", planned=True),
            expect("2026-01-10", "quarter-final", planned=True),
            expect("2014", "final"),
        ),
    ),
    Text(
        "hallam-dyce-ropewalk",
        "company history",
        date(2025, 2, 3),
        """\
Hallam & Dyce: two hundred years of rope

A family rope walk

William Hallam, a ship's chandler in Ashby Staithe, laid out a 300-yard rope walk behind his
warehouse on Tanner's Lane about 1820. He made cables and running rigging for the colliers and
Baltic timber ships that crowded the staithe, spinning hemp by hand with a wheel turned by a boy.

In 1848 his grandson Thomas took a cousin, James Dyce, into partnership, and the firm has traded
as Hallam & Dyce ever since.

Fire and steam

The works burned down in 1874 and again in 1889, and were rebuilt each time with more
steam-powered machinery. By the turn of the century the company employed 140 people and sold
rope to fishing fleets as far away as Iceland.

In 1931 Hallam & Dyce bought its rival, the Staithe Cordage Company, and the following year it
began making wire rope for collieries and cranes.

A new factory

Man-made fibres changed everything. The old rope walk closed on 30 June 1971, and production
moved to a purpose-built factory on the Carr Lane estate, where nylon and polyester ropes are
still braided today.

Owned by the people who make it

Since 2011 the company has been owned by its employees through a trust. We make about 4,000
kilometres of rope a year, for sailing, arboriculture, theatre rigging and heritage ships.

Back to Tanner's Lane

The old rope walk, restored with a heritage grant awarded in March 2024, will reopen as a
museum and visitor centre in the spring of 2026. Our offices are due to move back to Tanner's
Lane by the end of September 2025, so that visitors will be able to watch rope being laid on
the original walk, as it was two centuries ago.

Our story in numbers
- 7 generations of the Hallam family in the business
- 300 yards: the length of the original walk
- 4,000 kilometres of rope a year
""",
        (
            expect("1820~", "rope walk"),
            expect("1848", "partnership"),
            expect("1874", "burned"),
            expect("1889", "burned"),
            expect("1931", "bought"),
            expect("1932", "wire rope"),
            expect("1971-06-30", "closed"),
            expect("2011/..", "owned"),
            expect("2024-03", "grant"),
            expect("../2025-09", "offices", planned=True),
        ),
    ),
    Text(
        "tessel-ferrin-sample",
        "mission summary",
        date(2025, 9, 1),
        """\
TESSEL-2 MISSION SUMMARY

Mission:     Tessel-2 (asteroid sample return)
Agency:      Nordvast Space Agency, Directorate of Space Science
Target:      near-Earth asteroid (48812) Ferrin
Status:      return cruise

Overview

Tessel-2 is the agency's second sample-return mission and its first to an asteroid. The
1,180 kg spacecraft carries a sampling arm, a wide-angle camera, a laser altimeter and a
re-entry capsule with room for up to 100 grams of surface material.

Timeline

Tessel-2 was launched on 4 December 2022 on a Corvan-5 rocket from the Skarsund range. It flew
past Earth for a gravity assist on 5 December 2023, a year and a day after launch, and fired
its main engine to brake into orbit around Ferrin on 19 June 2024.

After three months of mapping, the first sampling attempt, on 2 October, was aborted about
four metres above the surface when the altimeter reported a boulder under the arm. A second
attempt nine days later succeeded, collecting an estimated 40 grams of dust and pebbles, which
were sealed in the capsule the same afternoon.

The spacecraft left Ferrin on 28 February 2025. Contact was lost for about 36 hours from 14 March
2025 after a star tracker fault; the spacecraft put itself into safe mode and was recovered by
the flight team at Vastby.

Next steps

The capsule is expected to land in the Kvarren test range on or about 18 September 2027. After
releasing it, the spacecraft will be sent on to a second, smaller asteroid, which it is due to
pass in 2029 at a distance of about 500 kilometres.

Key figures

Distance travelled to date: 1.9 billion km
Images returned: 61,400
Engine burns: 212

Mission team: Principal investigator Prof. Ingrid Solberg (Vastby University); project manager
Dr Erik Andresen.
""",
        (
            expect("2022-12-04", "launched"),
            expect("2023-12-05", "earth"),
            expect("2024-06-19", "orbit"),
            expect("2024-10-02", "aborted"),
            expect("2024-10-11", "collecting"),
            expect("2025-02-28", "left"),
            expect("2025-03-14", "contact"),
            expect("2027-09-18~", "capsule", planned=True),
            expect("2029", "asteroid", planned=True),
        ),
    ),
    Text(
        "calder-court-evacuation",
        "government statement",
        None,
        """\
MINISTRY OF HOUSING AND LOCAL GOVERNMENT

Statement on the evacuation of Calder Court, Wendlebury

Issued: Thursday 20 March 2025
Reference: MHLG/PR/2025/041

1. On Tuesday evening the Wendlebury Fire Service advised that Calder Court, a 14-storey block of
96 flats on the Ferris Lane estate, should be evacuated after engineers found corrosion in the
steel ties that hold its external concrete panels. Wendlebury Borough Council moved all
residents to hotels and rest centres overnight. Nobody was injured.

2. The Minister for Housing, Ms Anita Sorensen, visited the estate on Wednesday afternoon and met
residents and council staff at the Ferris Lane community centre.

3. The Minister has today approved emergency funding of 4.2 million pounds for Wendlebury Borough
Council to house the residents and to carry out urgent surveys of similar buildings.

4. Calder Court was built in 1968 using a large-panel system. Its panels were last inspected on
or about 11 May 2021, when no defects requiring action were reported. Five blocks of the same
design elsewhere in the country were demolished between 1994 and 2002.

5. Since 2018 councils have been required to report the condition of large-panel blocks to the
Ministry every five years. Officials are checking whether Calder Court's returns were complete.

6. A structural report on the block is to be published by 30 April. The Council will hold a
meeting for residents on Monday 24 March at Ferris Lane Primary School, and the Minister has
asked to attend.

7. The Building Safety Fund will be extended from 1 April to cover structural defects as well as
fire safety, so that councils can bid for the cost of repairs to blocks of this kind.

8. The Minister said: "The people of Calder Court have done nothing wrong. They will not pay for
this, and they will be kept informed at every stage."

Notes
- Residents with questions should call the council's helpline on 01632 960 772.
- Media enquiries: MHLG press office, 020 7946 0331.
""",
        (
            expect("2025-03-18", "evacuated"),
            expect("2025-03-19", "visited"),
            expect("2025-03-20", "funding"),
            expect("1968", "built"),
            expect("2021-05-11~", "inspected"),
            expect("1994/2002", "demolished"),
            expect("2018/..", "required"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-03-24", "meeting", planned=True),
            expect("2025-04-01", "extended", planned=True),
        ),
    ),
    Text(
        "lowmarsh-library-reopens",
        "HTML news page",
        None,
        """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Lowmarsh library reopens two years after flood | Fenland Courier</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Fenland Courier</a>
<nav><a href="/news/">News</a> | <a href="/sport/">Sport</a> |
<a href="/whats-on/">What's on</a></nav>
</header>
<main>
<article class="story">
<h1>Lowmarsh library reopens two years after flood</h1>
<p class="byline">By <span class="author">Priya Lond</span> &middot;
<time datetime="2025-04-22T09:30">Tuesday 22 April 2025</time></p>
<figure><img src="/img/lowmarsh-library.jpg" alt="The library's new reading room">
<figcaption>Readers in the new ground-floor reading room. Photo: Fenland Courier</figcaption>
</figure>
<p>Lowmarsh library reopened to the public on Monday, more than two years after floodwater
filled its ground floor to a depth of almost a metre.</p>
<p>The Victorian building on Bridge Street was flooded on 27 January 2023, when the River Lowe
burst its banks after three days of heavy rain. Staff moved the surviving books to a temporary
branch in the town hall the following month.</p>
<p>Repair work began in October 2023 and was meant to finish last autumn, but it was held up
when builders found dry rot in the roof timbers.</p>
<p>The library first opened in 1887, paid for by a local brewer, Samuel Ketteridge, and has
been run by the county council since 1974.</p>
<p>Councillor Jean Abara, who cut the ribbon, said: "People have waited a long time for this,
and it was worth the wait."</p>
<p>The library will open on Sundays from 4 May onwards. A public meeting on plans for a flood
barrier on the Lowe will be held at the library on Thursday, and the barrier is due to be
finished by the end of 2026.</p>
<aside class="related"><h2>Related</h2>
<ul>
<li><a href="/news/2023/01/lowe-floods">River Lowe floods: 200 homes evacuated</a></li>
<li><a href="/news/2024/06/library-dry-rot">Dry rot delays library reopening</a></li>
</ul>
</aside>
</article>
</main>
<footer><p>&copy; 2025 Fenland Courier. Page updated 23 April 2025.</p></footer>
</body>
</html>
""",
        (
            expect("2025-04-21", "reopened"),
            expect("2023-01-27", "flooded"),
            expect("2023-02", "moved"),
            expect("2023-10", "repair"),
            expect("1887", "opened"),
            expect("1974/..", "council"),
            expect("2025-05-04/..", "sundays", planned=True),
            expect("2025-04-24", "meeting", planned=True),
            expect("../2026", "barrier", planned=True),
        ),
    ),
    Text(
        "tathe-footpath-fourteen",
        "right of way extinguishment notice",
        None,
        """\
WEXCOMBE COUNTY COUNCIL

HIGHWAYS ACT 1980, SECTION 118

THE WEXCOMBE COUNTY COUNCIL (PUBLIC FOOTPATH No. 14, PARISH OF LOWER TATHE)
PUBLIC PATH EXTINGUISHMENT ORDER 2025

NOTICE IS HEREBY GIVEN that the above Order was made on 3 March 2025 by Wexcombe County Council.

The effect of the Order, if confirmed without modification, will be to extinguish the public
right of way on foot shown by a bold black line on the Order map, running from Tathe Mill Lane
(grid reference ST 4412 3307) north-east for about 410 metres to its junction with Footpath
No. 15 at Quarry Gate (ST 4445 3329), and having a width of 1.5 metres throughout.

The Order is made on the ground that the path is not needed for public use. The path has been
impassable since 2014, when the land it crosses was taken into the working area of Ridley's
Quarry, and a permissive route around the quarry edge has been open to walkers since 1 August
2016. The path was first recorded on the definitive map for the area, published about 1953. An
earlier order to divert it, made in 1987, was never confirmed.

Lower Tathe Parish Council, the local ramblers' group and the statutory undertakers were
consulted on 17 January 2025 and raised no objection.

A copy of the Order and the Order map may be seen free of charge at County Hall, Wexcombe,
between 9 a.m. and 5 p.m. on Mondays to Fridays, and at Lower Tathe village shop during its
normal opening hours. Copies may also be bought at a charge of 5 pounds, or viewed on the
Council's website.

Any representations about or objections to the Order may be sent in writing to the Rights of
Way Team, County Hall, Wexcombe WX1 2QA, or by email to prow@wexcombe.example, quoting reference
PPO/LT/14, no later than 9 April 2025. Please state the grounds on which they are made.

If no representations or objections are duly made, or if any so made are withdrawn, the Council
may confirm the Order as an unopposed order. If the Order is opposed it will be sent to the
Secretary of State for decision, and a public inquiry, if one is needed, is expected to be held
in September 2025.

Dated 12 March 2025

R. J. Pemberton
Director of Legal Services
County Hall, Wexcombe WX1 2QA
""",
        (
            expect("2025-03-03", "order", "made"),
            expect("2014/..", "impassable"),
            expect("2016-08-01/..", "permissive route"),
            expect("1953~", "definitive map"),
            expect("1987", "divert"),
            expect("2025-01-17", "consulted"),
            expect("../2025-04-09", "objections", planned=True),
            expect("2025-09", "inquiry", planned=True),
        ),
    ),
    Text(
        "merriden-takraw-open",
        "sepak takraw tournament report",
        date(2025, 11, 10),
        """\
TOURNAMENT REPORT

9th Merriden Open Sepak Takraw Championships
Merriden Sports Hall, 6-9 November

Kestrel Regu from Harlow Vale won the men's regu title for the first time on Sunday, beating
the holders, Tanjung Club, 2-1 (15-12, 13-15, 17-15) in a final that lasted 71 minutes. Their
tekong, Dev Rahman, served six aces in the deciding set, and striker Luca Brandt finished the
match with a roll spike that the Tanjung blockers never saw.

The women's regu was decided on Saturday, when Ardley Phoenix beat Northgate 2-0 (15-9, 15-11)
to keep the title they first won in 2022. Their feeder, Mei Lin Okafor, was named player of the
tournament.

Entries and format

Thirty-four teams from seven countries took part, a record for the event. The new doubles
competition, added this year to match the international calendar, ran on Thursday and Friday
and was won by the Scottish pair Ross and Adair.

The championships were first staged in 2016 by the Merriden Takraw Club with eight teams on a
single court. They were cancelled in 2020, and have since grown to four courts and a live
stream.

Results

Men's regu
  Semi-finals: Kestrel Regu 2 Eastbay 0; Tanjung Club 2 Merriden A 1
  Final: Kestrel Regu 2 Tanjung Club 1

Women's regu
  Semi-finals: Ardley Phoenix 2 Merriden Ladies 0; Northgate 2 Kestrel Women 1
  Final: Ardley Phoenix 2 Northgate 0

Doubles
  Final: Ross/Adair 2 Harlow Vale B 1

What next

An umpiring course run by the national federation will be held at the hall on 29 and 30
November; places are free for club members. The national championships are due to be held in
Merriden in March 2026, the first time they have come to the town.

Thanks to our volunteers, the hall staff, and the sponsors, Corrow Building Society.

Report by Anna Keel, tournament secretary
""",
        (
            expect("2025-11-06/2025-11-09", "championships"),
            expect("2025-11-09", "kestrel"),
            expect("2025-11-08", "ardley"),
            expect("2022", "title"),
            expect("2025-11-06/2025-11-07", "doubles"),
            expect("2016", "staged"),
            expect("2020", "cancelled"),
            expect("2025-11-29", "course", planned=True),
            expect("2025-11-30", "course", planned=True),
            expect("2026-03", "national championships", planned=True),
        ),
    ),
    Text(
        "gorsebank-truffiere-harvest",
        "truffle orchard company release",
        date(2026, 1, 12),
        """\
GORSEBANK TRUFFLES LTD - COMPANY RELEASE

Strong start to Gorsebank's black truffle harvest

Gorsebank Truffles, the Marcher Hills grower, lifted 11.4 kg of Perigord black truffles (Tuber
melanosporum) in the first week of its harvest, which began on 5 January. The best single find
weighed 212 g.

The orchard

Our truffiere covers nine hectares of thin limestone soil above the village of Pencraig. The
first 1,100 oak and hazel seedlings, their roots inoculated with truffle spores, were planted
in April 2012; a further 1,300 followed over the next two winters.

The first truffle, a 38 g specimen found by the farm's Lagotto dog Bramble, was unearthed on 19
February 2018. Our founders believe that an even earlier one was probably dug up and eaten by
badgers in 2017, judging by the scratched ground they found under tree 414.

Commercial sales began in December 2019, and since 2021 Gorsebank has supplied fresh truffles to
restaurants in London, Bristol and Cardiff. Most of the crop is sold within 48 hours of harvest.

Looking ahead

The company will plant a second orchard, at Pentre Fawr, in March, using seedlings raised in
its own nursery. Gorsebank is working towards organic certification, which it expects to
receive by the end of 2027.

Truffle hunting days for the public, with Bramble and her handler, will run on Saturday 7
February, with lunch in the farm barn. Places are limited to 12 and can be booked online.

"Truffles teach you patience," said co-founder Dr Owen Pritchard. "We waited six years for the
first one. Now the trees are doing the work, and we are finally learning to keep up with them."

Notes for editors
- Gorsebank Truffles Ltd is a family company based at Pencraig, near Knighton Vale.
- Photographs of the harvest are available from the press contact below.
- Press contact: Sian Pritchard, sian@gorsebank.example
""",
        (
            expect("2026-01-05", "harvest"),
            expect("2012-04", "planted"),
            expect("2018-02-19", "first truffle"),
            expect("2017?", "badgers"),
            expect("2019-12", "sales"),
            expect("2021/..", "supplied"),
            expect("2026-03", "second orchard", planned=True),
            expect("../2027", "organic", planned=True),
            expect("2026-02-07", "hunting", planned=True),
        ),
    ),
    Text(
        "pargeter-thornby-waybill",
        "carrier's waybill book",
        None,
        """\
WAY BILL BOOK
Saml. Pargeter, Common Carrier, Thornby to Hexley & back
Waggon sets out from the Bell, Thornby, every Monday at 6 o'clock

Memm. My Father first put a waggon on this road c. 1795, wch I have kept going since his death
in 1819.

Octr. 2d 1826. Mony. Set out from the Bell w. the long waggon & 6 horses.
  Recd of Mr Jno. Harker, Draper, 2 trusses of cloth, wt 3 cwt 1 qr .......... 0 -  9 -  6
  Of Mrs Tovey, 1 box, to be left at the Swan, Hexley ......................... 0 -  1 -  0
  Of Wm. Lisle, 4 firkins butter .............................................. 0 -  6 -  0
  Of the Revd. Mr Amory, 1 hamper & 1 parcel books ............................ 0 -  2 -  3
Octr. 4th. Wedy. Arrd at Hexley abt noon. Roads very heavy beyond Cotterel hill.
  Delivd all goods as above. Recd for the back carriage, of Messrs Bream & Co.,
  3 hhds sugar ................................................................ 0 - 15 -  0
Octr. 7th. Saty. Home again. Paid turnpike at Cotterel gate 1s 4d. Horses fed at the
  Plough, 2s.

Novr. 13th. Mony. Bay mare Captain lame, left her at Rd. Gammon's, Farrier, Cotterel.
  Hired a horse of him for the journey, 3s 6d.
Novr. 25th. Saty. Captain died at Gammon's, on Thursday last I believe, tho' he did not send
  word. Pd him for her keep 4s. Her hide sold for 5s.

Decr. 26th. Tuesy. No journey on acct. of the Snow. Waggon in the yard.
Jany. 2d 1827. Waggon out again, the road being cut through by the parish men.
  Recd of Mr Harker, 3 trusses ................................................ 0 - 12 -  0
  Of Mrs Tovey, 1 basket fowls ................................................ 0 -  1 -  6

Memm. Bought of Mr Frogley of Lydd Farm a grey horse, 6 yrs old, for 14 pounds, on or
  abt the 10th Jany. To pay at Lady Day.

Memm. Agreed w. Mr Harker to carry all his goods at 2s the cwt from the 25th March next,
  he to find his own packing.

Memm. The hind wheel to be new tired, Jas. Cole, Wheelwright, 18s. Not yet done.

Carried forward to the next book ........................................ 2 - 15 -  3
""",
        (
            expect("1795~", "father"),
            expect("1819", "death"),
            expect("1826-10-02", "set out"),
            expect("1826-10-04", "hexley"),
            expect("1826-10-07", "home"),
            expect("1826-11-13", "lame"),
            expect("1826-11-23?", "died"),
            expect("1826-12-26", "snow"),
            expect("1827-01-02", "waggon"),
            expect("1827-01-10~", "grey horse"),
            expect("1827-03-25", "harker", planned=True),
        ),
    ),
    Text(
        "ruddock-moor-fritillary",
        "butterfly survey report",
        None,
        """\
RUDDOCK MOOR SSSI
Marsh Fritillary (Euphydryas aurinia) Monitoring Report 2025

Prepared for:  Wexcombe Wildlife Trust
Surveyor:      Dr Helen Carver, Carver Ecology
Report ref:    CE/RM/25/03
Issued:        6 October 2025

1. Summary

1.1 Adult marsh fritillaries were recorded on four of five transect visits between 21 May and
18 June 2025, with a peak count of 64 adults on 3 June. This is the best adult count since
monitoring began.

1.2 Larval webs were counted on 1 and 2 September in all eleven management compartments. A
total of 212 webs was found, an increase of 62 per cent on last year's count.

2. Site history

2.1 The colony was first recorded about 1985 by members of the county butterfly group. The
species was probably lost from the site in 1998, after grazing stopped and the devil's-bit
scabious was shaded out by purple moor-grass.

2.2 Conservation grazing with hardy ponies has taken place since 2012. Forty larval webs taken
under licence from Halsey Common were released on 14 April 2016, and the population has
persisted in every year since.

3. Methods

3.1 Adults were counted along a fixed 2.4 km transect between 10:00 and 16:00 in suitable
weather (at least 17 C with some sun, wind below force 5). Larval webs were searched for along
1 m wide strips in each compartment, and every web was marked with a numbered cane.

4. Results

Compartment   Webs 2025   Scabious cover   Sward height (cm)
C1            31          high             9
C2            12          medium           14
C3-C5         58          high             8
C6-C11        111         medium/high      10

5. Recommendations

5.1 Scrub clearance in compartments C7 and C8 should be completed by 28 February 2026, before
the scabious rosettes begin to grow.

5.2 Grazing should continue at the present level, with ponies removed from C1 while webs are
present.

5.3 Annual monitoring should continue using the same transect and web-search methods.

Helen Carver BSc PhD MCIEEM
""",
        (
            expect("2025-05-21/2025-06-18", "visits"),
            expect("2025-06-03", "peak"),
            expect("2025-09-01", "webs"),
            expect("2025-09-02", "webs"),
            expect("1985~", "recorded"),
            expect("1998?", "lost"),
            expect("2012/..", "grazing"),
            expect("2016-04-14", "released"),
            expect("../2026-02-28", "scrub", planned=True),
        ),
    ),
    Text(
        "wrenfield-nib-works",
        "fountain pen maker's history",
        date(2025, 5, 1),
        """\
Wrenfield Pens: A History

Beginnings

Edwin Wrenfield, a nib grinder trained in the pen trade of Calderbridge, set up on his own in a
rented attic on Sallow Street about 1885, selling steel nibs and dip pens to stationers and
schools. His wife Martha kept the books and packed the orders.

The self-filler

Fountain pens of the time had to be filled with an eye-dropper, and they leaked. In 1912 the
firm patented a lever filler that squeezed a rubber sac inside the barrel. The Wrenfield Lever
No. 2, launched on 1 March 1913, sold for seven shillings and sixpence and became the pen of
choice for clerks, teachers and, in the war that followed, officers at the front.

Fire

A fire on the night of 14 March 1941 destroyed the nib room and most of the company's records.
Production moved to a former Methodist chapel on Canal Row the following month, and within a
year the firm was again making 3,000 pens a week, many of them for the armed forces.

Decline

Cheap ballpoints hit sales hard after the war, and the works closed in 1974. The Wrenfield name
was sold to a stationery wholesaler, which used it on imported pens for a few years.

Revival

Edwin's great-granddaughter, Clare Wrenfield, bought back the name and revived the firm in 2009,
at first in her garden shed. Since 2015 every Wrenfield nib has been ground by hand in our
Sallow Street workshop, a few doors from the attic where Edwin began.

Our 140th year

To mark the 140th anniversary, a limited edition of the Lever No. 2 in ebonite will go on sale
on 14 June. The workshop is expected to move into the restored Canal Row chapel by the end of
the year, bringing the company back to the building that saved it.

Visiting us

The Sallow Street workshop is open to visitors on the first Saturday of each month. Nib
grinding demonstrations begin at 11 a.m. and 2 p.m.
""",
        (
            expect("1885~", "set up"),
            expect("1912", "patented"),
            expect("1913-03-01", "launched"),
            expect("1941-03-14", "fire"),
            expect("1941-04", "moved"),
            expect("1974", "closed"),
            expect("2009", "revived"),
            expect("2015/..", "ground"),
            expect("2025-06-14", "limited edition", planned=True),
            expect("../2025", "workshop", planned=True),
        ),
    ),
    Text(
        "eastmere-drought-measures",
        "water minister's statement",
        None,
        """\
WRITTEN MINISTERIAL STATEMENT

Department for Water and Rivers

Drought in the eastern region: measures and outlook

Made on: Thursday 7 August 2025

The Minister for Water (Ms Ruth Ellery):

The eastern region was declared to be in drought on 1 August, after the driest six months in
the region since records began. I wish to update the House on the steps the Government and the
water companies are taking.

Storage in the region's reservoirs fell below half of capacity on 28 July and is now 44 per
cent. River flows in the Tarne and the Wensum Brook are exceptionally low, and the River
Authority has moved fish from two stretches of the Tarne.

On Tuesday I met the chief executives of Eastmere Water and Fenland Rivers Water. Eastmere Water
will introduce a temporary use ban, commonly known as a hosepipe ban, from 15 August. Fenland
Rivers has told me that it does not expect to need one this year.

The last such ban in the region was imposed on 5 April 2012 and lifted about two months later,
after an exceptionally wet spring.

Since April 2020 companies have been required to cut leakage by 15 per cent over five years.
Eastmere Water has met its target; Fenland Rivers has not, and I have asked the regulator to
consider what action is needed.

In the longer term, the Government remains committed to the Fallow Fen reservoir, which will be
the first new reservoir in the region for more than forty years. Construction will begin next
year.

I will update the House again no later than 10 September, or sooner if conditions worsen.

Customers can find advice on saving water on the websites of their water companies. I thank
farmers, businesses and households in the region for the care they are already taking.
""",
        (
            expect("2025-08-01", "drought"),
            expect("2025-07-28", "storage"),
            expect("2025-08-05", "met"),
            expect("2025-08-15", "ban", planned=True),
            expect("2012-04-05", "imposed"),
            expect("2012-06~", "lifted"),
            expect("2020-04/..", "leakage"),
            expect("2026", "construction", planned=True),
            expect("../2025-09-10", "update", planned=True),
        ),
    ),
    Text(
        "rolling-hex-cafe",
        "board game cafe HTML page",
        date(2025, 5, 28),
        """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us &amp; what's on | The Rolling Hex board game cafe</title>
</head>
<body>
<header><img src="/img/logo.svg" alt="The Rolling Hex">
<nav><ul><li><a href="/">Home</a></li><li><a href="/games/">Our games</a></li>
<li><a href="/book/">Book a table</a></li><li><a href="/about/">About &amp; events</a></li></ul>
</nav></header>
<main>
<section id="about">
<h2>About us</h2>
<p>It all started when our founder, Sam Okeke, began running a games club at Castle Street
library about 2015. Too many people turned up, so the club needed a home of its own.</p>
<p>The Rolling Hex opened its doors on 12 February 2019 in a former shoe shop on Castle Street,
with 300 games, eight tables and one very tired espresso machine.</p>
<p>We closed on 20 March 2020, like everyone else, and ran a game-lending service by bicycle
until we reopened on 4 July.</p>
<p>In 2023 we moved round the corner to the old Corn Exchange, where we now have 28 tables and
a library of more than 1,400 games, from quick card games to twelve-hour campaigns.</p>
</section>
<section id="whats-on">
<h2>What's on</h2>
<ul>
<li><strong>Every Tuesday</strong>: learn-to-play night. Our game gurus teach a new game each
week; no booking needed.</li>
<li><strong>Saturday 14 June</strong>: the Tidewater tournament, 10 a.m. to 6 p.m. Entry 12
pounds, including lunch. Prizes for the top three.</li>
<li><strong>21-22 June</strong>: we will be closed while the team runs the demo tables at the
Castleford Games Fair. Come and find us there!</li>
<li><strong>From 1 September</strong>: we will open on Mondays too, from noon to 10 p.m.</li>
</ul>
</section>
<section id="prices">
<h2>Prices</h2>
<table>
<tr><th>Table fee</th><td>5 pounds per person, all day</td></tr>
<tr><th>Under 12s</th><td>3 pounds</td></tr>
</table>
</section>
</main>
<footer><p>The Rolling Hex, Corn Exchange, Castle Street &middot;
<a href="mailto:hello@rollinghex.example">hello@rollinghex.example</a></p></footer>
</body>
</html>
""",
        (
            expect("2015~", "games club"),
            expect("2019-02-12", "opened"),
            expect("2020-03-20", "closed"),
            expect("2020-07-04", "reopened"),
            expect("2023", "moved"),
            expect("2025-06-14", "tournament", planned=True),
            expect("2025-06-21/2025-06-22", "closed", planned=True),
            expect("2025-09-01/..", "mondays", planned=True),
        ),
    ),
    Text(
        "needlepoint-halden-street",
        "skin piercing registration decision",
        None,
        """\
NORTHBRIDGE CITY COUNCIL
Licensing and Regulatory Sub-Committee

Local Government (Miscellaneous Provisions) Act 1982, sections 14 and 15

DECISION NOTICE

Application:      Registration of person and premises for cosmetic skin piercing
Applicant:        Mr Dario Fenn, trading as Needlepoint Studio
Premises:         41 Halden Street, Northbridge NB3 7LP
Reference:        LIC/SP/25/0112
Date of hearing:  11 March 2025
Date of notice:   14 March 2025

1. The application was received by the Council on 3 February 2025. It was referred to the
Sub-Committee because a complaint had been made about the applicant's earlier work.

2. Environmental health officers inspected the premises on 18 February 2025. They found the
studio clean and well laid out, with a separate hand-wash basin and a sharps contract in place,
but noted that the autoclave had no record of validation.

3. Mr Fenn was previously registered to carry out skin piercing at 7 Mill Row from 2016 until
that shop closed in December 2023.

4. The Sub-Committee considered a written complaint from a former client, received on or about
2 December 2024, alleging an infection after a cartilage piercing carried out by Mr Fenn at a
craft market stall on 23 November 2024. Mr Fenn accepted that he had pierced at the market and
that the stall was not registered. He said he had not understood that a separate registration
was needed.

5. At the hearing on 11 March 2025 the Sub-Committee heard from Mr Fenn, his representative and
the Council's senior environmental health officer.

6. DECISION. The Sub-Committee resolved to grant registration, subject to the Council's
byelaws, adopted in 2009, and to the following conditions:

(a) the autoclave must be validated by an approved engineer no later than 31 March 2025;
(b) no piercing is to be carried out away from the registered premises;
(c) written aftercare advice is to be given to every client.

The registration will take effect on 1 April 2025, provided that condition (a) has been met.

7. REASONS. The Sub-Committee was satisfied that the premises meet the byelaws and that the
applicant now understands the law. It gave weight to his clean record over seven years.

8. RIGHT OF APPEAL. The applicant may appeal against the conditions to the magistrates' court
within 21 days of the date of this notice.

Signed: Cllr P. Danvers, Chair of the Sub-Committee
""",
        (
            expect("2025-02-03", "application"),
            expect("2025-02-18", "inspected"),
            expect("2016/2023-12", "registered"),
            expect("2024-12-02~", "complaint"),
            expect("2024-11-23", "piercing"),
            expect("2025-03-11", "hearing"),
            expect("2009", "byelaws"),
            expect("../2025-03-31", "autoclave", planned=True),
            expect("2025-04-01", "registration", planned=True),
        ),
    ),
    Text(
        "tarrow-proggy-mats",
        "rag rug making history",
        None,
        """\
Rag rugs of the Tarrow valley

Rag rugs - known locally as proggy mats or hooky mats, according to how the cloth was worked -
were made in almost every cottage of the Tarrow valley for well over a century. They used up
worn-out clothes, cost nothing but time, and kept stone floors a little warmer.

Origins

The oldest surviving rug from the valley, a hooked mat with a border of red and black diamonds
now in the Cresby Museum, was made c. 1790. The oldest dated rug, with the year 1827 worked into
its border, came from a farmhouse at Hollins End.

Frames and hessian

In the 1840s most mat-makers worked on a backing of old flour sacks, and a mat usually took a
family the whole of the dark months. The long wooden mat frame, which let two or three people
work side by side, came into use about 1850, and cheap jute hessian soon replaced the sacks.

A pattern book published by the Tarrow Co-operative Society in 1893 offered thirty designs,
from simple borders to elaborate scrolls, and many surviving mats follow them closely.

Decline and revival

The Women's Institute held its first rug-making classes in the valley probably in 1932, and
mats were made in large numbers during the war, when new carpet could not be bought. Fitted
carpets later made the craft seem old-fashioned, and by the 1960s few families still kept a
frame.

The Tarrow Rag Rug Guild was founded on 9 October 1976 by six women who met at a craft fair in
Cresby. It now has more than 200 members and holds a mat-making day each month in the church
hall at Hollins End.

Collections

Cresby Museum has collected rag rugs since 1998 and now holds 140, the largest public
collection in the region. A touring exhibition drawn from it, Clippings, opened at the museum on
3 May 2019 and travelled to four other venues. A national inventory of surviving rag rugs, run
by the Guild with the museum, is expected to be complete by 2027.

Further reading
- M. Ashworth, Proggy and Hooky: Mat-making in the North (Cresby, 1984)
""",
        (
            expect("1790~", "oldest"),
            expect("1827", "dated"),
            expect("1850~", "frame"),
            expect("1893", "pattern book"),
            expect("1932?", "classes"),
            expect("1976-10-09", "guild", "founded"),
            expect("1998/..", "collected"),
            expect("2019-05-03", "exhibition"),
            expect("../2027", "inventory", planned=True),
        ),
    ),
    Text(
        "bellhouse-piquet-fixtures",
        "piquet club fixtures card",
        date(2025, 8, 20),
        """\
THE BELLHOUSE PIQUET CLUB
Founded 1897

FIXTURES, SEASON 2025-26

Club room: The Bellhouse Hotel, Market Place, Wendle. Play begins 7.30 p.m. prompt.

President:    Mrs A. Corbishley
Hon. Sec.:    Mr L. Varga, 12 Priory Walk, Wendle (tel. 01632 960 215)
Hon. Treas.:  Mr K. Dunn

DATE           FIXTURE                                       VENUE
Thu 11 Sept    Opening night: rubicon drive (six deals)      Home
Sat 18 Oct     Inter-club piquet festival                    Tarrant Town Hall
Thu 11 Dec     Christmas drive and supper                    Home
Thu 12 Mar     Annual General Meeting (8 p.m.)               Home
Sat 25 Apr     Corbishley Cup final and presentation         Bellhouse Hotel

No play from 18 December to 7 January inclusive.

League matches v. Shelby Card Club and the Wendle Constitutional Club, and the earlier rounds of
the Corbishley Cup, will be arranged by the captains and posted on the club room notice board.

NOTES

1. Subscriptions (12 pounds; juniors and students 5 pounds) are due by 30 September. Members
whose subscriptions are unpaid may not play in league matches.

2. The club has played rubicon piquet under the Wendle Rules since 1904. Copies of the rules are
kept behind the bar, and the Hon. Sec.'s ruling on any dispute is final.

3. League matches are played over six partie tables; each partie is six deals. Captains are
asked to confirm their teams to the Hon. Sec. by the Monday before each match.

4. Visitors are welcome on club nights at a table fee of 1 pound. Beginners can be taught on
request; please ask at the door.

5. Card fee for all club nights: 50p. Cards and scorepads are provided.

6. The club moved to the Bellhouse Hotel in 1962, when its old room at the Corn Exchange was
let to a dance school. Members' photographs of the move are on the wall of the club room.

Printed by Wendle Press, July 2025
""",
        (
            expect("1897", "founded"),
            expect("1962", "moved"),
            expect("1904/..", "rules"),
            expect("2025-09-11", "opening night", planned=True),
            expect("2025-10-18", "festival", planned=True),
            expect("2025-12-11", "christmas", planned=True),
            expect("2025-12-18/2026-01-07", "no play", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("2026-03-12", "annual general meeting", planned=True),
            expect("2026-04-25", "final", planned=True),
        ),
    ),
)
