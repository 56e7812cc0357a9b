"""The two-hundred-and-fifty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a forestry agency's ash
dieback tree felling notice, an orienteering championship report, a ferro-alloy plant press
release, a militia captain's orderly book of the 1770s, a pine marten survey, a salt works'
history, a science minister's statement on a research institute, a recycling centre's HTML
opening-hours and news page, a press complaints regulator's ruling, a cutler's history and a
padel league's fixtures list. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYSECOND_CORPUS",)


TWOHUNDREDFIFTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "orvellen-copper-mine-flood",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ORVELLEN, March 12 (Brightwater News) - Tarsk Mining halted all underground work at its
Orvellen copper mine on Monday after water broke into the two lowest galleries, the company
said, adding that it expects to restore full production by May 15.

Some 300 miners were brought to the surface within four hours and none was hurt. Pumping
began on Tuesday, and engineers will inspect the walls of the main shaft on Friday before
deciding whether the upper levels can reopen, a Tarsk spokesman said.

The mine, opened in 1962, was bought by Tarsk from the state holding company Orvel Metals in
2004. A smaller flood in 1998 closed its lowest level for about six weeks.

Copper for three-month delivery rose 2.1 percent in London on the news, its largest daily
gain since November 2022, as traders weighed the loss of the mine's concentrate.

The regional mines inspectorate said it had opened an inquiry into the cause of the flood
and would report by the end of June. The Orvellen Miners' Federation has called a meeting
of its members for March 20 to discuss pay for the weeks the mine stands idle.

"Our first concern was to get everyone out, and we did," chief executive Anneke Vos said in
a statement. "Now we have to understand where the water came from."

(Reporting by Tomas Reiner; Editing by Clare Ashdown)""",
        (
            expect("2025-03-10", "work", "halt"),
            expect("../2025-05-15", "production", planned=True),
            expect("2025-03-11", "pumping"),
            expect("2025-03-14", "inspect", planned=True),
            expect("1962", "mine", "open"),
            expect("2004", "bought"),
            expect("1998", "flood"),
            expect("../2025-06", "inquiry", "report", planned=True),
            expect("2025-03-20", "meeting", planned=True),
        ),
    ),
    Text(
        "hanstoft-signalling-contract",
        "press release",
        None,
        """PRESS RELEASE

Hanstoft Rail Systems signs EUR 212 million signalling contract for the Vessmark line

HANSTOFT, Denmark, 4 February 2025 - Hanstoft Rail Systems A/S today signed a contract with
the national rail infrastructure manager Banevik to replace the signalling and train control
on the 148-kilometre Vessmark line, the largest order in the company's history.

Banevik launched the tender in May 2024 and selected Hanstoft from four bidders. Detailed
design work will start in March 2025. Installation of the new interlockings and trackside
equipment is planned between 2026 and 2028, and the first section, from Vessmark to Orby,
is to enter service by December 2027 at the latest. The whole line is expected to be fully
commissioned in 2029.

"This contract shows that a mid-sized Danish supplier can deliver a complete signalling
system," said chief executive Birgit Holm.

About Hanstoft Rail Systems
Hanstoft Rail Systems was founded in 1987 as a maker of level-crossing controls and delivered
its first ETCS installation in 2011. The company has been listed on Nasdaq Copenhagen since
2019 and employs 640 people in Denmark, Sweden and Poland. Its order book is the largest it
has held since 2015.

Media contact: Lars Kjeldsen, +45 70 11 22 33, press@hanstoft-rail.example

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties.

(c) 2025 Hanstoft Rail Systems A/S. Company reg. no. 1987 4410.""",
        (
            expect("2025-02-04", "contract", "sign"),
            expect("2024-05", "tender"),
            expect("2025-03", "design", planned=True),
            expect("2026/2028", "installation", planned=True),
            expect("../2027-12", "section", "service", planned=True),
            expect("2029", "commission", planned=True),
            expect("1987", "founded"),
            expect("2011", "etcs"),
            expect("2019/..", "listed"),
        ),
    ),
    Text(
        "delacourt-storage-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF MARROWELL
SECOND DISTRICT, DIVISION THREE

DELACOURT STORAGE, LLC, Plaintiff and Respondent,
v.
FENNIMORE PRINT WORKS, INC., Defendant and Appellant.

No. B2024-0193 (Super. Ct. No. 23CV01176)

OPINION

Fennimore Print Works, Inc. (Fennimore) appeals from a judgment awarding unpaid rent to its
landlord, Delacourt Storage, LLC (Delacourt). We affirm in part and remand.

I. BACKGROUND

On or about March 3, 2021, Delacourt leased a 9,000-square-foot warehouse unit to Fennimore.
In or about August 2022, a roof leak damaged paper stock stored in the unit. Fennimore gave
written notice of the leak on September 14, 2022, and again on October 2. Delacourt did not
repair the roof. Fennimore withheld rent from November 2022 through February 2023, and
Delacourt filed suit on March 30, 2023. Fennimore has occupied a replacement unit at a
neighboring facility since July 2023.

After a bench trial held January 8 through 10, 2024, the trial court entered judgment for
Delacourt on February 21, 2024, in the amount of $86,400.

II. DISCUSSION

A tenant may withhold rent only where the defect renders the premises untenantable. (Harlow
v. Penning (2009) 41 Mar.App.5th 212, 219.) Substantial evidence supports the trial court's
finding that the warehouse remained usable. The court erred, however, in awarding attorney
fees without a hearing.

III. DISPOSITION

The judgment is affirmed as to rent. The award of fees is reversed, and the matter is
remanded with directions that the trial court hold a hearing on fees by September 30, 2025.
Each party shall bear its own costs on appeal.

OKAFOR, J.

We concur:
LINDQVIST, P. J.
MARTELL, J.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2022-08~", "leak"),
            expect("2022-09-14", "notice"),
            expect("2022-10-02", "notice"),
            expect("2022-11/2023-02", "rent", "withheld"),
            expect("2023-03-30", "suit"),
            expect("2023-07/..", "replacement"),
            expect("2024-01-08/2024-01-10", "trial"),
            expect("2024-02-21", "judgment"),
            expect("../2025-09-30", "hearing", "fees", planned=True),
        ),
    ),
    Text(
        "calvenna-abbey-history",
        "encyclopedia history",
        None,
        """Calvenna Abbey

Calvenna Abbey is a former Cistercian monastery in the valley of the Esk Ridd, about 6 km
north of the market town of Harrowfold. Its church survives as a parish church; the cloister
buildings house a school.

History

The abbey was founded c. 1140 by monks from Rievelle, and it is first mentioned in a charter
of 1157 confirming its lands. It grew to be the richest house in the valley, with granges as
far as the coast. Fire destroyed the dormitory in 1348 and again in 1411, and the east range
was rebuilt after each fire.

The abbey was dissolved in 1539; its church became the parish church the following year,
while the rest of the site was sold to the Markham family. The Markhams converted the
cloister into a house between 1612 and 1618. The west tower was probably added in 1702,
although the parish accounts for that year are incomplete.

Since 1921 the former house has been occupied by Calvenna School, which is to move to new
premises on the edge of Harrowfold in 2027. The church, restored in the 1880s, is the
largest medieval building in the district after Harrowfold Minster.

Architecture

The nave of eight bays retains its twelfth-century arcades; the choir was lengthened in the
fourteenth century. Traces of wall painting survive in the south aisle.

See also
- List of Cistercian monasteries in Esk Ridd
- Harrowfold Minster

References
1. Pryor, A. (1978). The Cistercians of the North Dales. Harrowfold: Dale Press.
2. Calvenna Parish Records, vol. 3 (1539-1700).""",
        (
            expect("1140~", "founded"),
            expect("1157", "charter"),
            expect("1348", "fire"),
            expect("1411", "fire"),
            expect("1539", "dissolved"),
            expect("1540", "parish", "church"),
            expect("1612/1618", "cloister", "house"),
            expect("1702?", "tower"),
            expect("1921/..", "school"),
            expect("2027", "school", "move", planned=True),
        ),
    ),
    Text(
        "brackwell-rovers-tamsey-rugby",
        "sports report",
        date(2025, 4, 13),
        """Rugby Union | Northern Premier

Rovers end Holm Park hoodoo to stay in the hunt

Brackwell Rovers 24 Tamsey 19

By Dan Pilling

Brackwell Rovers beat Tamsey 24-19 at Holm Park on Saturday, their first win there since
2016, to move into the last of the play-off places with two rounds left.

Winger Kofi Oduya scored two tries in the first half and fly-half Rhys Marden kicked 14
points, including the penalty that settled a tense final ten minutes. Tamsey, who had won
their previous six home games, rallied through two tries from their pack but could not
find a way past a defence marshalled by captain Ollie Lewin, who joined from Carrow in 2021.

Rovers were without flanker Jess Amory, who was injured on March 29 against Dunmere, and
head coach Gareth Sell said she is not expected back before the play-offs.

"We talked all week about staying in the fight for eighty minutes, and we did," Sell said.

Rovers face Kelham at home on Friday, when a bonus-point win would secure their place. The
semi-finals are scheduled for May 10 and May 11, and the final will be played at Dunmere
Park on May 24.

It has been a swift recovery for a club that was relegated in 2019 and promoted back to the
Northern Premier in 2022. Rovers have reached the play-offs in every season they have
finished in the top four.

Brackwell Rovers: Hale; Oduya, Penn, Strand, Mace; Marden, Kerr; Ash, Dunne, Bell, Lewin
(capt), Frost, Okoro, Wade, Leigh.""",
        (
            expect("2025-04-12", "rovers", "beat"),
            expect("2021", "lewin", "joined"),
            expect("2025-03-29", "amory", "injured"),
            expect("2025-04-18", "kelham", planned=True),
            expect("2025-05-10", "semi", planned=True),
            expect("2025-05-11", "semi", planned=True),
            expect("2025-05-24", "final", planned=True),
            expect("2019", "relegated"),
            expect("2022", "promoted"),
        ),
    ),
    Text(
        "pellgrove-instruments-history",
        "company history",
        None,
        """Our History | Pellgrove Instruments

From a back-room workshop to precision measurement for the world

1908 - The beginning
Pellgrove Instruments was founded in 1908 by the watchmaker Albert Pellgrove, who built
pressure gauges for the steam laundries of Marlow Vale in a room behind his shop.

1921-1926 - Growing up
The company moved to larger premises on Harlan Street in 1921 and opened a second works at
Denby Cross in 1926.

The war years
From 1940 to 1945 both works made altimeters and boost gauges for aircraft, and the workforce
grew to almost 900.

Going abroad
Around 1950 Pellgrove began exporting to the Netherlands and Scandinavia, and in 1964 the
company was listed on the Marlow Vale stock exchange. In 1987 it was acquired by the Swiss
group Aldermatt, which brought electronic sensing to the range. Production of mechanical
dial gauges ended by 1995.

Today
Pellgrove has been headquartered at the Denby Cross Technology Park since 2003. A new
calibration plant in Gdansk is planned to open in 2026. Every year in June, apprentices from
all our sites meet for the Pellgrove Challenge, a tradition older than most of our products.

Our values: accuracy, patience and honesty, the three things Albert Pellgrove asked of every
apprentice.

Careers | Contact | Sitemap
(c) 2024 Pellgrove Instruments Ltd. Registered in Marlow Vale No. 0044190.""",
        (
            expect("1908", "founded"),
            expect("1921", "harlan", "moved"),
            expect("1926", "works", "opened"),
            expect("1940/1945", "altimeters"),
            expect("1950~", "export"),
            expect("1964", "listed"),
            expect("1987", "acquired"),
            expect("../1995", "production", "ended"),
            expect("2003/..", "headquartered"),
            expect("2026", "calibration", "plant", planned=True),
        ),
    ),
    Text(
        "corvane-lunar-orbiter-summary",
        "mission summary",
        None,
        """CORVANE-2 LUNAR ORBITER - MISSION SUMMARY

Agency: Ostrava Regional Space Office (ORSO)    Mission status: extended operations
Launch vehicle: Veyra 3    Launch site: Kallin Point, pad 2

Overview
Corvane-2 was launched on 17 September 2022 at 03:14 UTC to map water ice in permanently
shadowed craters near the lunar south pole. After a 15-day cruise it entered lunar orbit on
2 October, and the first science images were returned two days later.

Primary mission
The primary mission ended on 30 June 2023, having mapped 94 percent of the target region at
a resolution of 5 m. Since 1 July 2023, operations have been run from the Veller ground
station rather than the ORSO control centre.

Extended mission
A safe-mode event on or about 11 March 2024 interrupted observations for nine days; the
cause was traced to a star-tracker fault. The orbit was lowered to 50 km in May 2024 to
improve resolution over the crater floors.

End of mission
Corvane-2 is to be deliberately impacted on the far side in about February 2026, when its
propellant runs out. The complete data archive is scheduled to be released by 31 March 2026
at the latest.

Key facts
Mass at launch: 742 kg
Instruments: neutron spectrometer, laser altimeter, narrow-angle camera
Orbits completed (to date): more than 11,200

Page last updated: 14 January 2025 | Document ORSO-MS-2022-07""",
        (
            expect("2022-09-17", "launched"),
            expect("2022-10-02", "orbit"),
            expect("2022-10-04", "images"),
            expect("2023-06-30", "primary", "ended"),
            expect("2023-07-01/..", "veller"),
            expect("2024-03-11~", "safe"),
            expect("2024-05", "orbit", "lowered"),
            expect("2026-02~", "impact", planned=True),
            expect("../2026-03-31", "archive", planned=True),
        ),
    ),
    Text(
        "ardwyn-drought-measures-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, Helen Caradoc, on drought measures
Friday 22 November 2024

On Tuesday, the Cabinet approved a set of emergency measures to protect public water supply
in the eastern counties of Ardwyn, where reservoir stocks have fallen to levels we have not
seen in a generation.

Reservoir stocks stood at 31 percent of capacity on 20 November, the lowest for November
since 1976. Rainfall this autumn has been 40 percent below the long-term average.

A ban on the use of hosepipes for gardens, cars and private pools will take effect on
Monday. The emergency desalination unit at Port Carrow, commissioned in 2019, will run at
full capacity from 1 December. Emergency funding of 40 million pounds for leakage repairs
was approved on 14 November, and work crews are already in the field.

I will continue to meet the chairs of the regional water boards to agree further steps.
A review of these measures will be completed no later than 31 January 2025.

The last hosepipe ban in the eastern counties, in 2012, lasted about five months. I hope
that this one will be shorter, but that depends on the weather and on all of us.

I want to thank households and businesses who are already saving water. Every litre counts.

ENDS

Notes to editors: Ref. MWE/2024/311. Further information: press office, 020 7946 0311.""",
        (
            expect("2024-11-19", "cabinet", "approved"),
            expect("2024-11-20", "reservoir"),
            expect("2024-11-25", "hosepipe", "ban", planned=True),
            expect("2019", "commissioned"),
            expect("2024-12-01", "desalination", planned=True),
            expect("2024-11-14", "funding"),
            expect("../2025-01-31", "review", planned=True),
            expect("2012", "ban"),
        ),
    ),
    Text(
        "harrowby-library-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harrowby Central Library reopens after two-year refit | Harrowby Gazette</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/local">Local</a></nav></header>
<article>
<h1>Harrowby Central Library reopens after two-year refit</h1>
<p class="byline">By Meera Shah, local democracy reporter &middot;
<time datetime="2025-06-05T08:30">5 June 2025</time></p>
<p>Harrowby Central Library reopened to the public on Tuesday, almost two and a half years
after it closed for renovation in January 2023.</p>
<p>The council approved the &pound;6.2m scheme in October 2021 to repair the roof of the
1903 building, install a lift and create a children's floor. Work was held up for about four
months after asbestos was found in the basement in March 2024.</p>
<figure><img src="/img/library-reading-room.jpg" alt="Reading room">
<figcaption>The restored reading room, photographed on 2 June 2025.</figcaption></figure>
<p>Staff began moving 80,000 books back from the Westgate store on or about 20 May. The
local studies collection is to reopen on 16 June, and a formal opening by the mayor is
scheduled for Saturday 14 June. A caf&eacute; on the ground floor will open in July.</p>
<p>&ldquo;People have been asking every week when we would be back,&rdquo; said library
manager Tom Whitlow.</p>
</article>
<aside><h2>Most read</h2><ul><li>
<a href="/news/bus-routes">Bus routes to change</a></li></ul></aside>
<footer><p>&copy; 2025 Harrowby Gazette. Last updated 6 June 2025, 10:12.</p></footer>
</body>
</html>""",
        (
            expect("2025-06-03", "library", "reopened"),
            expect("2023-01", "closed"),
            expect("2021-10", "council", "approved"),
            expect("1903", "building"),
            expect("2024-03", "asbestos"),
            expect("2025-05-20~", "books", "moving"),
            expect("2025-06-16", "local", "studies", planned=True),
            expect("2025-06-14", "opening", "mayor", planned=True),
            expect("2025-07", "caf", planned=True),
        ),
    ),
    Text(
        "brackenside-ash-dieback-felling",
        "forestry agency's ash dieback tree felling notice",
        None,
        """STATE FORESTRY SERVICE - EASTERN DISTRICT
PUBLIC NOTICE: TREE FELLING, BRACKENSIDE WOOD

Notice date: 3 February 2025          Reference: FN/2025/0117

Why we are felling
Ash dieback, a disease caused by the fungus Hymenoscyphus fraxineus, was first confirmed in
Brackenside Wood in 2016. A survey in September 2024 found that about 60 percent of the ash
trees along the public paths are now dead or in severe decline and may drop branches without
warning.

What will happen
Felling works will take place from 17 February to 14 March 2025. A felling licence for the
work was granted on 20 January 2025. All works must be completed by 31 March, before the
start of the bird nesting season.

Access
- The Brackenside car park will be closed on 24 February while timber is loaded.
- The Ridge Path will be closed while works are under way. Please follow the diversion signs.
- Do not cross barriers or enter a felling site, even when machines appear to be idle.

What happens next
The felled areas will be replanted with oak, hornbeam and wild cherry; replanting is planned
for November 2025. The wood has been managed by the Service since 1952, and we inspect its
paths every year in May.

Contact
Eastern District Office, Mill Lane, Harrowfold. Tel 01632 960 412.
Works supervisor: Kieran Doyle.

This notice is issued under section 14 of the Forestry Act 1967.""",
        (
            expect("2016", "ash", "dieback"),
            expect("2024-09", "survey"),
            expect("2025-02-17/2025-03-14", "felling", planned=True),
            expect("2025-01-20", "licence"),
            expect("../2025-03-31", "completed", planned=True),
            expect("2025-02-24", "car", "park", planned=True),
            expect("2025-11", "replant", planned=True),
            expect("1952/..", "managed"),
        ),
    ),
    Text(
        "kelsmoor-orienteering-championships",
        "orienteering championship report",
        date(2025, 9, 8),
        """NATIONAL ORIENTEERING CHAMPIONSHIPS - KELSMOOR FOREST

Ravenscar take three titles in testing terrain

Report by Ingrid Solheim, results service

Rough open moorland and steep, boulder-strewn forest made for a hard weekend at Kelsmoor,
where 412 runners from 38 clubs contested the national titles.

The middle-distance race on Friday was won by Ella Brand (Ravenscar OK) in 31:42, ahead of
Sofie Lind. Brand, who broke her ankle in April 2023, took her first senior title in 2018
and called this win "the one I doubted I would ever get".

On Saturday, Ravenscar's Jonas Marr won the men's long distance by almost four minutes
after the leaders lost time at control 14. Sunday's relays went to Ravenscar in the women's
class and to Tarn Valley in the men's, Tarn Valley's first relay medal since 2009.

The championships were first held at Kelsmoor in 1987. The area was remapped in about 2021,
and organisers said the new map "more than proved itself".

Results (top three, men's long)
1. Jonas Marr (Ravenscar OK) 1:28:05
2. Piet Haller (Tarn Valley) 1:31:57
3. Aled Rees (Nordmoor) 1:33:10

What's next
The selection committee will name the team for the Nordic match by 15 September at the
latest. Next year's championships will be held on 12-14 June 2026 at Halsey Crags.

Full results and split times are on the federation website. Entry fees are unchanged from
2024.""",
        (
            expect("2025-09-05", "middle", "brand"),
            expect("2023-04", "ankle"),
            expect("2018", "title"),
            expect("2025-09-06", "long", "marr"),
            expect("2025-09-07", "relay"),
            expect("1987", "first", "held"),
            expect("2021~", "remapped"),
            expect("../2025-09-15", "team", planned=True),
            expect("2026-06-12/2026-06-14", "championships", planned=True),
        ),
    ),
    Text(
        "varnholt-ferrosilicon-furnace-restart",
        "ferro-alloy plant press release",
        None,
        """Varnholt Alloys AS - Press release
11 March 2025

VARNHOLT ALLOYS TO RESTART FERROSILICON FURNACE 2 AFTER NEW POWER DEAL

Varnholt Alloys will restart ferrosilicon furnace 2 at its Skarvik plant in May 2025, after
signing a ten-year power purchase agreement with the hydropower producer Elvdal Kraft on
6 March. The furnace was idled in October 2023, when spot electricity prices made
production unprofitable.

About 120 workers who were laid off when the furnace stopped will be rehired from April.
Furnace 3 was relined in January, and the plant now runs two of its three furnaces.

"Affordable, predictable power is what a smelter needs above all, and we now have it for a
decade," said plant director Kari Aune.

The Skarvik plant was built in 1958 and has produced ferromanganese since 1974. A new filter
plant commissioned in 2021 cut dust emissions by 70 percent. Its output is now at the lowest
level since 1993.

Varnholt will publish its annual results on 27 March.

About Varnholt Alloys
Varnholt Alloys produces ferrosilicon, ferromanganese and microsilica for the steel and
foundry industries. It employs 540 people in Norway.

Contact: Eirik Moe, communications, +47 55 00 12 34

This press release contains forward-looking statements. Org. no. 912 345 678.""",
        (
            expect("2025-05", "furnace", "restart", planned=True),
            expect("2025-03-06", "power", "agreement"),
            expect("2023-10", "idled"),
            expect("2025-04", "rehired", planned=True),
            expect("2025-01", "furnace", "relined"),
            expect("1958", "built"),
            expect("1974/..", "ferromanganese"),
            expect("2021", "filter"),
            expect("2025-03-27", "results", planned=True),
        ),
    ),
    Text(
        "thorne-militia-orderly-book",
        "militia captain's orderly book of the 1770s",
        None,
        """ORDERLY BOOK of Capt. Elias Thorne's Company, 2d Battalion, Wendham County Militia

Camp at Halloway's Ferry, Augt 12th 1776
Parole Providence. C. Sign Warren.
The Company to parade tomorrow morning at six o'Clock under arms, for inspection by the
Colonel. Every man to appear clean, with his firelock in good order.
At a Court Martial held yesterday, whereof Lieut. Bragg was President, Jno. Wells, private,
was tried for desertion & found guilty. He is sentenced to receive twenty lashes on
Wednesday next at the head of the Company.

Augt 14th
Parole Albany. C. Sign Schuyler.
The men to draw two days' provisions & hold themselves in readiness to march on Friday.
The Serjeants to make returns of arms & ammunition by Thursday noon at the latest. No man
to fire his piece in camp on any pretence whatever.

Camp at Pell's Hill, Augt 19th
Parole Hartford. C. Sign Putnam.
The Company, having marched from the Ferry on the 17th inst., arrived at this Camp yesterday.
The Capt. directs that the tents be struck every morning at Reveille & aired.

Septr 2d 1776
Parole Wendham. C. Sign Liberty.
The Colonel returns his thanks to the Company for their good conduct in the skirmish at
Crane's Ford on the 29th ult.
The men whose time expires on the 15th inst. are desired to re-enlist for the Campaign;
the Company having served since it was raised in May 1775, the Capt. hopes none will leave
it now.
A True Copy. E. Thorne, Capt.""",
        (
            expect("1776-08-13", "parade", planned=True),
            expect("1776-08-11", "court", "martial"),
            expect("1776-08-14", "lashes", planned=True),
            expect("1776-08-16", "march", planned=True),
            expect("../1776-08-15", "returns", planned=True),
            expect("1776-08-17", "marched"),
            expect("1776-08-18", "arrived"),
            expect("1776-08-29", "skirmish"),
            expect("1776-09-15", "expires", planned=True),
            expect("1775-05", "raised"),
        ),
    ),
    Text(
        "glenharrow-pine-marten-survey",
        "pine marten survey",
        None,
        """GLENHARROW FOREST PINE MARTEN SURVEY 2024 - SUMMARY REPORT
Prepared for the Glenharrow Forest Trust by Westmarch Ecology, January 2025
Report ref. WME/24/PM/03

1. Background
Pine martens were last recorded in Glenharrow around 1920, when the last known animal was
trapped by a gamekeeper. A hair-tube survey in 2014 found no evidence of the species. Between
2019 and 2021, 18 martens were released in the neighbouring Ardmore Forest under a licensed
reintroduction.

2. Methods
Twenty-four camera traps baited with peanut butter and jam were deployed from 4 March to
29 April 2024. Scat transects of 2 km were walked in October 2024. Den boxes were checked
for use each month.

3. Results
The first marten was detected on 11 March, at camera 7 near Burnside. Martens were recorded
at 15 of the 24 cameras. One den box in compartment 12 has been occupied since May 2023.
A road-killed male was found on the A831 on or about 2 August 2024 and was sent for
post-mortem.

4. Conclusions
The results show that martens have recolonised most of the forest. The density is lower
than in Ardmore, which is the densest population recorded in the region since surveys began.

5. Recommendations
The next full survey is due in 2027. Genetic analysis of the hair samples collected at
the cameras is under way.

Table 1. Camera detections by month
Month      Cameras active   Detections
March      24               31
April      23               46""",
        (
            expect("1920~", "last", "recorded"),
            expect("2014", "hair"),
            expect("2019/2021", "released"),
            expect("2024-03-04/2024-04-29", "camera"),
            expect("2024-10", "scat"),
            expect("2024-03-11", "first", "detected"),
            expect("2023-05/..", "den", "box"),
            expect("2024-08-02~", "road"),
            expect("2027", "survey", planned=True),
        ),
    ),
    Text(
        "wichbury-salt-works-history",
        "salt works' history",
        None,
        """A Short History of the Wichbury Salt Works

Salt was already being boiled from the brine springs at Wichbury by 1086, when the Domesday
survey recorded eleven salt-pans in the manor. For five centuries the pans were worked by
small tenants, who paid the lord in salt.

In 1603 the manor leased the whole of the brine rights to a single partnership, the
Wichbury Salt Company, and around 1690 rock salt was discovered beneath the town while a
well was being sunk. Coal-fired iron pans replaced the old lead ones.

The nineteenth century brought steam. The company installed steam-heated pans in 1823 and
1831, and the railway reached Wichbury in 1846. A wharf on the canal followed the next year,
and by then the works shipped salt to every port on the west coast.

Competition from the big chemical works and subsidence in the town centre brought decline.
The works closed in 1969, and the brine shaft was capped.

The revival came with a small group of enthusiasts. Since 2008 a cooperative has produced
flake salt in open pans on the old site, using brine pumped from a new borehole. A visitor
centre in the restored pan house is due to open in 2026.

Wichbury salt is still harvested by hand, and every September the town holds its Salt Fair,
as it has for as long as anyone can remember.

Text: Wichbury Local History Society, 2023. Photographs courtesy of the Wichbury Archive.""",
        (
            expect("../1086", "salt", "boiled"),
            expect("1603", "leased"),
            expect("1690~", "rock", "salt"),
            expect("1823", "steam", "pans"),
            expect("1831", "steam", "pans"),
            expect("1846", "railway"),
            expect("1847", "wharf"),
            expect("1969", "closed"),
            expect("2008/..", "cooperative"),
            expect("2026", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "brannoch-institute-minister-statement",
        "science minister's statement on a research institute",
        None,
        """DEPARTMENT FOR SCIENCE AND INNOVATION
Written statement by the Minister for Science, Dr Owen Prydderch
The Brannoch Institute for Marine Research
9 October 2024

The Brannoch Institute for Marine Research, founded in 1967, is one of our most respected
scientific bodies, and it has been at its campus on the Brannoch estuary since 1989. The
House will know that the Institute has faced serious difficulties this year.

The previous director resigned on 2 August, following concerns about the management of
research funds. In March 2024 the Institute's board commissioned an independent review of
its governance, which delivered its report to me on 30 September.

On Monday I met staff at the Institute to hear their views at first hand. I was struck by
their commitment, and by the quality of the work they continue to do in difficult
circumstances.

I am today announcing the following steps. I will appoint an interim director by the end of
the month. The Institute's core grant will be restored in full from
1 January. A new strategy for the Institute is expected to be published in March 2025,
after consultation with staff and with the research councils.

I will update the House again when the strategy is published. I am placing a copy of the
review in the Library of the House.

HCWS 118""",
        (
            expect("1967", "founded"),
            expect("1989/..", "campus"),
            expect("2024-08-02", "director", "resigned"),
            expect("2024-03", "review", "commissioned"),
            expect("2024-09-30", "report"),
            expect("2024-10-07", "met", "staff"),
            expect("../2024-10", "interim", "director", planned=True),
            expect("2025-01-01", "grant", planned=True),
            expect("2025-03", "strategy", planned=True),
        ),
    ),
    Text(
        "fenwold-recycling-centre-html",
        "recycling centre's HTML opening-hours and news page",
        date(2025, 8, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Fenwold Road Recycling Centre - opening hours and news</title></head>
<body>
<nav><a href="/">Fenwold District Council</a> &gt; <a href="/bins">Bins and recycling</a></nav>
<main>
<h1>Fenwold Road Recycling Centre</h1>
<h2>Opening hours</h2>
<table>
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday to Friday</td><td>8:00 to 17:00</td></tr>
<tr><td>Saturday and Sunday</td><td>9:00 to 16:00</td></tr>
</table>
<p>Last entry is 15 minutes before closing. Bookings have been required for all visits
since June 2020.</p>
<h2>News</h2>
<ul>
<li><strong>Closed Friday:</strong> the centre will be closed this Friday for repairs to
the weighbridge.</li>
<li><strong>Bank holiday:</strong> the centre will be closed on Monday 25 August.</li>
<li><strong>Mattresses:</strong> from 1 September we will accept mattresses for recycling
(maximum two per visit).</li>
<li><strong>Re-use shop:</strong> our new re-use shop opened on Saturday. Donations of
furniture and bicycles are welcome.</li>
<li><strong>Garden waste:</strong> permits for 2026 go on sale on 3 November.</li>
</ul>
<h2>About the centre</h2>
<p>The centre opened in 1994 and was extended in 2011. A van permit scheme was introduced
in April 2023; vans and trailers need a permit on every visit.</p>
</main>
<footer><p>&copy; 2025 Fenwold District Council | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>""",
        (
            expect("2020-06/..", "bookings"),
            expect("2025-08-22", "weighbridge", planned=True),
            expect("2025-08-25", "bank", "holiday", planned=True),
            expect("2025-09-01", "mattresses", planned=True),
            expect("2025-08-16", "shop", "opened"),
            expect("2025-11-03", "permits", planned=True),
            expect("1994", "opened"),
            expect("2011", "extended"),
            expect("2023-04", "van", "permit"),
        ),
    ),
    Text(
        "calderbridge-press-complaint-ruling",
        "press complaints regulator's ruling",
        None,
        """INDEPENDENT PRESS STANDARDS COUNCIL
Decision of the Complaints Committee
Ref. 01873-25   Marcus Orrell v The Calderbridge Courier
Issued: 14 May 2025

Summary of complaint
1. Marcus Orrell complained that The Calderbridge Courier breached Clause 1 (Accuracy) of
the Editors' Code in an article headlined "Planning chief waved through friend's flats",
published on 3 January 2025.
2. The article reported a council planning meeting on 18 December 2024. It said that the
complainant, who has been employed by the council as head of planning since 2017, had
"personally approved" an application by a former colleague.

Relevant correspondence
3. The complainant wrote to the newspaper on 7 January, saying the application had been
decided by the committee, not by him. The newspaper replied two weeks later, declining to
amend the article. He complained to the Council on 12 February. The newspaper amended the
online article on or about 20 February, removing the word "personally".

Findings of the Committee
4. The Committee noted that the minutes of the meeting recorded a vote of the committee.
The claim that the complainant approved the application himself was significantly
inaccurate, and the newspaper had not taken care when it had the minutes available. The
Committee upheld the complaint at its meeting on 13 May, as it did in Council decision
04117-23.

Remedial action required
5. The newspaper must publish this adjudication on its website by 28 May. A correction will
also appear on page 2 of the print edition on Thursday.

The Council's Complaints Committee meets every month. Decisions are final.""",
        (
            expect("2025-01-03", "article", "published"),
            expect("2024-12-18", "planning", "meeting"),
            expect("2017/..", "employed"),
            expect("2025-01-07", "wrote"),
            expect("2025-01-21", "replied"),
            expect("2025-02-12", "complained"),
            expect("2025-02-20~", "amended"),
            expect("2025-05-13", "upheld"),
            expect("../2025-05-28", "adjudication", planned=True),
            expect("2025-05-15", "correction", planned=True),
        ),
    ),
    Text(
        "tansley-cutlers-history",
        "cutler's history",
        None,
        """JOSEPH TANSLEY & SON, CUTLERS, HALLOWMERE
A history of the firm

Joseph Tansley was apprenticed to the pen-knife maker Samuel Hibbert in about 1770, and he
registered his own mark, a crossed key and star, with the Cutlers' Company in 1781. He worked
at first from a single hearth in a yard off Sheaf Row.

The business moved to larger works on Well Lane in 1804, and Joseph took his son William into
partnership in 1812, when the firm took the name it still bears. Under William the firm's
sporting knives won a medal at the Great Exhibition of 1851.

The twentieth century brought new materials and new demands. From 1915 to 1918 the firm made
bayonets and trench knives for the army, and it made its first stainless steel table blades
in 1922. Like most Hallowmere cutlers, Tansley shrank after the war; the Well Lane works were
vacated by 1975, and the firm moved into a single unit on the Brook Street estate.

Since 1998 the firm has been run by the Okafor family, who bought it from the last of the
Tansleys and revived hand-forged kitchen knives. The firm's 250th anniversary will be marked
in 2031 with an exhibition at the Hallowmere Museum of Industry.

Tansley knives are still ground, hafted and sharpened by hand, as they were in Joseph's day.

Registered office: Unit 4, Brook Street Estate, Hallowmere. Company no. 01812044.""",
        (
            expect("1770~", "apprenticed"),
            expect("1781", "mark"),
            expect("1804", "well", "lane"),
            expect("1812", "partnership"),
            expect("1851", "medal"),
            expect("1915/1918", "bayonets"),
            expect("1922", "stainless"),
            expect("../1975", "vacated"),
            expect("1998/..", "okafor"),
            expect("2031", "anniversary", planned=True),
        ),
    ),
    Text(
        "northfold-padel-league-fixtures",
        "padel league's fixtures list",
        date(2025, 10, 8),
        """NORTHFOLD PADEL LEAGUE
Autumn Division One - Fixtures and Results

All matches best of three sets, golden point. Home team supplies balls.
Courts: Lindell Courts (LC), Westgate Smash Centre (WS), Harbour Padel (HP)

ROUND ONE - Saturday 27 September (played)
Lindell A 2-1 Westgate Smash  |  Harbour Aces 0-2 Corrie Padel  |  Northfold Vets 2-0 Lindell B

ROUND TWO - Saturday 4 October (played)
Corrie Padel 2-0 Lindell A  |  Westgate Smash 1-2 Northfold Vets
Harbour Aces v Lindell B - abandoned (rain), replay date to be confirmed

ROUND THREE - Saturday 11 October
Lindell B v Corrie Padel (LC 10:00)  |  Northfold Vets v Harbour Aces (HP 11:30)
Westgate Smash v Lindell A (WS 13:00)

ROUND FOUR - Saturday 18 October
Lindell A v Northfold Vets (LC 10:00)  |  Corrie Padel v Westgate Smash (WS 11:30)
Lindell B v Harbour Aces (LC 13:00)

No fixtures on Saturday 1 November (school half-term).

ROUND FIVE - Saturday 8 November
Harbour Aces v Lindell A (HP 10:00)  |  Westgate Smash v Lindell B (WS 11:30)
Northfold Vets v Corrie Padel (LC 13:00)

FINALS DAY - Sunday 7 December, Lindell Courts
Top four after Round Five. Semi-finals 10:00, final 14:00.

Notes
Results must be reported to the league secretary by 20:00 on the day of the match.
The league was founded in 2021 and has grown from four teams to six.
Fixtures last revised 6 October. (c) Northfold Padel League 2025.""",
        (
            expect("2025-09-27", "round", "one"),
            expect("2025-10-04", "round", "two"),
            expect("2025-10-11", "round", "three", planned=True),
            expect("2025-10-18", "round", "four", planned=True),
            expect("2025-11-08", "round", "five", planned=True),
            expect("2025-12-07", "finals", planned=True),
            expect("2021", "founded"),
        ),
    ),
)
