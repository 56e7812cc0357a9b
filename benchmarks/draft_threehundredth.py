"""The three-hundredth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a cattle grid
installation notice, a roller derby tournament report, a smokehouse company release, a hatter's
day book of the 1850s, a natterjack toad survey report, a harpsichord maker's history, an energy
minister's statement, a tattoo studio's HTML page, an animal boarding licence decision, a
woodturning history and a mahjong club fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THREEHUNDREDTH_CORPUS",)


THREEHUNDREDTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dravenskar-pass-landslide",
        "wire story with a dateline",
        None,
        """Landslide shuts Dravenskar pass railway, reopening weeks away

DRAVENSKAR, March 12, 2025 (Coastline Press) - A landslide buried a 200-metre stretch of the
single-track railway through the Dravenskar pass on Monday, cutting the only rail link between
the port of Holmvik and the upland towns, the line's operator said.

No train was on the section when thousands of tonnes of rock and wet clay slid from the cutting
above the Teller viaduct shortly after 4 a.m. A freight train bound for Holmvik stopped about
two kilometres short of the slip after its driver saw debris on the track.

Fjellbane Rail said its engineers will begin a full inspection of the cutting on Thursday, once
geologists have confirmed that the slope has stopped moving. Replacement buses will start
running between Holmvik and Ardal on Friday.

"We are not going to put a train back on that track until we are certain the hillside is safe,"
operations director Sigrun Hael told reporters at the Ardal depot. The company hopes to reopen
the line by the end of April, but said that depended on the weather.

The line opened in 1911 and carries about 1,200 passengers a day as well as timber and fish. The
same cutting was hit by a smaller slide on or about Feb. 14, 1987, which closed the railway for
nine days. It was reinforced with rock anchors and steel netting in 2016.

Fjellbane has monitored the slope with tilt sensors since 2019. The sensors picked up movement
some hours before the slip, and the company said it would examine why no alarm reached the
signal box at Ardal.

The regional transport authority has ordered an independent inquiry into the landslide and the
warning system. Its report is due no later than June 30, the authority said in a statement.

Rainfall in the pass in the first ten days of March was the heaviest for that period since
records began in 1958, according to the national weather service.

(Reporting by Elin Varde; Editing by Tomas Brekk)""",
        (
            expect("2025-03-10", "landslide"),
            expect("2025-03-13", "inspection", planned=True),
            expect("2025-03-14", "buses", planned=True),
            expect("../2025-04", "reopen", planned=True),
            expect("1911", "line", "opened"),
            expect("1987-02-14~", "slide"),
            expect("2016", "reinforced"),
            expect("2019/..", "monitored"),
            expect("../2025-06-30", "report", planned=True),
        ),
    ),
    Text(
        "skelby-treatment-works",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE
4 November 2024

Corrowdale Water awards contract for new Skelby treatment works

Corrowdale Water today announced that it has awarded a 148 million pound contract to build a new
water treatment works at Skelby, replacing the plant that has served the upper valley for more
than sixty years.

The contract has gone to a joint venture of Harrowgate Civils and Lunde Process Engineering.
Site clearance will begin in January 2025, and the new works are expected to be fully
operational by the end of 2027.

The existing Skelby works was commissioned in 1962 and last upgraded in 1994, when ultraviolet
disinfection was added. It treats about 60 million litres of water a day, drawn from the Skelby
and Marrow reservoirs, and its filters are now close to the end of their working life.

"This is the largest single investment we have ever made in the valley," said chief executive
Priya Castell. "Skelby has done its job well, but it was designed for a smaller population and a
different climate."

The plans were shaped by a public consultation that ran from 3 June to 28 July 2024 and drew
more than 900 responses, many of them about traffic on Skelby Lane. Planning permission was
granted by Corrowdale District Council on 17 September.

Residents can find out more at a drop-in information event at Skelby Village Hall on Thursday 21
November, from 2pm to 8pm. Construction traffic will use a temporary haul road from the main
valley road, and the company has committed to keeping the Skelby Lane footpath open throughout
the works.

ENDS

Notes to editors
1. Corrowdale Water has supplied drinking water to the Corrowdale valley since 1989 and serves
around 310,000 customers.
2. Harrowgate Civils is based in Penmoor and employs 1,400 people. Lunde Process Engineering
designs treatment plants for water companies in six countries.
3. Images of the proposed works are available on request.

Media enquiries: Jo Fenwick, press office, 01099 400 400""",
        (
            expect("2024-11-04", "contract"),
            expect("2025-01", "site clearance", planned=True),
            expect("../2027", "operational", planned=True),
            expect("1962", "commissioned"),
            expect("1994", "upgraded"),
            expect("2024-06-03/2024-07-28", "consultation"),
            expect("2024-09-17", "planning permission"),
            expect("2024-11-21", "drop-in", planned=True),
            expect("1989/..", "supplied"),
        ),
    ),
    Text(
        "halverson-roof-appeal",
        "court opinion",
        date(2023, 5, 18),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 22-CA-0417

HALVERSON ROOFING & SHEET METAL, INC.,
Plaintiff-Appellant,
v.
BRAKEFIELD UNIFIED SCHOOL DISTRICT,
Defendant-Appellee.

Appeal from the Superior Court for Dunmore County, Hon. Celia Ortrand, Judge.

OPINION

MARSH, J.

[1] This appeal arises from a contract to replace the roof of Brakefield Middle School.
Halverson Roofing & Sheet Metal, Inc. ("Halverson") challenges a judgment holding that
Brakefield Unified School District (the "District") lawfully terminated the contract for
default. We affirm in part, reverse in part, and remand.

I. BACKGROUND

[2] The parties signed the contract on April 2, 2019. It required Halverson to complete the roof
by September 30, 2019, so that the building could reopen for the fall term, and it expressly
made time of the essence.

[3] Halverson began work on or about May 20, 2019. The record shows that its crew was on site
for fewer than half of the available working days over the following two months, and it is
undisputed that the roof was not finished by the contractual deadline.

[4] Leaks were reported in three classrooms in November 2019. After an exchange of letters, the
District terminated the contract by notice dated January 14, 2020, and hired another contractor
to finish the work. Halverson filed this action on March 9, 2020, seeking the unpaid contract
balance of $412,600.

[5] The case was tried to the court from October 11 to October 15, 2021. The trial court found
that Halverson had materially breached the contract and entered judgment for the District on
February 3, 2022, including an award of $188,000 in completion costs. Halverson timely appealed,
and we heard argument on March 7, 2023.

II. DISCUSSION

A. Termination

[6] A party may terminate a construction contract for default only where the other party's
breach is material. Halverson argues that delays caused by the District's late approval of shop
drawings excused its performance. We disagree. The trial court's finding that Halverson, not the
District, caused the delay is supported by substantial evidence, and we will not disturb it.

B. Completion costs

[7] We reach a different conclusion on damages. The completion costs awarded include $54,000 for
a new drainage system that lay outside the scope of the original contract. The District may not
recover from Halverson the cost of work Halverson was never obliged to do.

III. CONCLUSION

[8] The judgment is affirmed as to liability, reversed as to the award of completion costs, and
remanded for further proceedings consistent with this opinion.

WE CONCUR: DELANEY, P.J.; OKONJO, J.""",
        (
            expect("2019-04-02", "signed"),
            expect("../2019-09-30", "complete", "roof"),
            expect("2019-05-20~", "work"),
            expect("2019-11", "leaks"),
            expect("2020-01-14", "terminated"),
            expect("2020-03-09", "filed"),
            expect("2021-10-11/2021-10-15", "tried"),
            expect("2022-02-03", "judgment"),
            expect("2023-03-07", "argument"),
        ),
    ),
    Text(
        "haverlock-canal-history",
        "encyclopedia history",
        None,
        """Haverlock Canal

The Haverlock Canal is a 23-mile (37 km) narrow canal in the north of Wendmoor, running from the
River Aske at Haverlock Basin to the former coalfield around Stanbury. It has 31 locks and one
tunnel, at Crossgill, and is owned by a charitable trust.

History

Construction
A canal to carry Stanbury coal down to the river was first proposed about 1765 by a group of
mine owners led by Sir Matthew Orme. An Act of Parliament authorising it was obtained in 1771,
and digging began the following year under the engineer Josiah Feld. The Crossgill tunnel proved
much harder to drive than expected, and the company twice had to raise fresh capital. The whole
line opened on 4 June 1779.

Decline
Traffic was heaviest in the 1840s, when more than 300,000 tons of coal a year passed through
Haverlock Basin. The opening of the Stanbury branch railway brought a rapid decline, and in 1852
the canal company was bought by the railway, which kept the waterway open but spent little on
it. Commercial carrying dwindled in the early twentieth century, and the canal was formally
closed to navigation, probably in 1932; the closure papers have not been found.

Restoration
The Haverlock Canal Society was formed in 1968 to campaign for the canal's reopening. Volunteers
spent more than thirty years clearing the towpath, dredging the pounds and rebuilding lock
gates, and a lottery grant paid for the relining of the Crossgill tunnel. The canal reopened
throughout its length on 12 May 2001, when a flotilla of forty boats travelled from Stanbury to
the basin.

Today
The locks, the tunnel portals and the basin warehouses have been a scheduled monument
since 2006. The canal is used mainly by pleasure boats, anglers and walkers, and the
towpath forms part of a long-distance cycle route.

See also
* List of canals of Wendmoor
* Stanbury coalfield
* Crossgill Tunnel""",
        (
            expect("1765~", "proposed"),
            expect("1771", "act"),
            expect("1772", "digging"),
            expect("1779-06-04", "opened"),
            expect("1852", "bought"),
            expect("1932?", "closed"),
            expect("1968", "society"),
            expect("2001-05-12", "reopened"),
            expect("2006/..", "scheduled monument"),
        ),
    ),
    Text(
        "harbourside-cup-final",
        "sports report",
        date(2024, 9, 22),
        """Harbourside lift Northern Women's Cup after extra-time thriller

By Kit Laverty

Harbourside Women won the Northern Women's Cup for the second time in their history on Saturday,
beating Cresswell Athletic 3-2 after extra time in front of 4,118 spectators at Pellow Park.

Captain Nia Okafor headed the winner in the 109th minute, rising above two defenders to meet a
corner from substitute Freya Lund. Okafor, who joined from Dunmore City in July 2022, had
earlier hit the crossbar with a penalty.

Cresswell led twice through Hanne Sorlie, whose second goal, a curling shot from the edge of the
area, looked to have won the tie with six minutes of normal time left. But Grace Tebbit
equalised almost at once with a low drive, and the Cresswell midfield tired badly in extra time.

"I've never been so tired or so happy," said Okafor. "We've waited a long time for this one, and
the fans deserved it as much as we did."

Founded in 1971 as a works team at the Harbourside shipyard, the club last won the cup in 2009.
Manager Ruth Calloway, appointed on 3 January after the sudden departure of her predecessor, has
now lost only twice in 31 games.

Harbourside reached the final the hard way, needing a replay to get past Ashby Vale in the
semi-final on August 28. They will parade the trophy through the town centre on Tuesday, setting
off from the old shipyard gates at 6pm.

The win also earns them a place in the qualifying round of the Inter-Regional Shield, which is
due to be played from 8 to 14 August 2025. Winger Tayo Adeyemi, who is recovering from a broken
foot, is expected to return by the end of October.

For Cresswell, beaten finalists for the third year running, there was little consolation. "We
gave everything," said their coach, Marta Blum. "Finals are cruel."

Harbourside: Pike; Ross, Tebbit, Achebe, Lowry; Okafor, Haines (Lund 71), Carr; Osei, Banner
(Doyle 88), Whitlow.""",
        (
            expect("2024-09-21", "won"),
            expect("2022-07", "joined"),
            expect("1971", "founded"),
            expect("2009", "last won"),
            expect("2024-01-03", "appointed"),
            expect("2024-08-28", "replay"),
            expect("2024-09-24", "parade", planned=True),
            expect("2025-08-08/2025-08-14", "qualifying round", planned=True),
            expect("../2024-10", "return", planned=True),
        ),
    ),
    Text(
        "tallow-breck-cordage",
        "company history",
        date(2025, 3, 1),
        """Our story

Tallow & Breck has made rope in Saltery for more than two hundred years. This page tells the
short version; the long one is in the company archive, which visitors are welcome to see by
appointment.

The beginnings

The business was founded c. 1790 by Ezra Tallow, a sailmaker's son who spun hemp rope for the
herring fleet in a yard behind the harbour inn. No papers survive from those first years, and
the date comes from a family memoir written long afterwards. In 1823 his son Daniel moved the
works to a new quarter-mile ropewalk on Breck Lane, which still stands and gives the firm the
second half of its name.

A limited company

Tallow & Breck Cordage Ltd was incorporated on 1 July 1898, with the Tallow family holding most
of the shares. Much of the ropewalk was destroyed by fire in 1911, and the family rebuilt it in
brick rather than timber. Through two world wars the firm made cable, towing hawsers and cargo
nets, and for a time employed more than two hundred people.

Synthetic fibres

After the second war the directors saw that natural fibre had had its day. The company bought
its first braiding machines in 1953 and began making nylon rope the following year, at first for
trawlers and later for yachts, climbers and the offshore industry.

Into the present

A management buyout in 1987 ended the family's control, though a Tallow still sits on the board.
The company has supplied mooring lines and sheets to the national sailing team since 2004, and
our laid ropes are used on many of the country's historic ships.

What comes next

We are now building a second factory on the Gull Point business park, where a new braiding hall
will open in 2026. The Breck Lane ropewalk will stay in use for our traditional three-strand
ropes, and the shop and archive will remain there.

Tallow & Breck Cordage Ltd, Breck Lane, Saltery. Registered company no. 00057112.""",
        (
            expect("1790~", "founded"),
            expect("1823", "moved"),
            expect("1898-07-01", "incorporated"),
            expect("1911", "fire"),
            expect("1953", "braiding machines"),
            expect("1954", "nylon"),
            expect("1987", "buyout"),
            expect("2004/..", "sailing team"),
            expect("2026", "braiding hall", planned=True),
        ),
    ),
    Text(
        "halcyon-polar-orbiter",
        "mission summary",
        date(2024, 12, 2),
        """Mission summary: HALCYON lunar polar orbiter

Agency: Aldmark Space Directorate (ASD)
Mission type: lunar orbiter (ice and surface mapping)
Status: extended mission

Overview

HALCYON is the Directorate's first mission beyond Earth orbit. Approved in 2017, it was designed
to map the permanently shadowed craters near the lunar south pole with a neutron spectrometer
and a low-light camera, and to test a small ion thruster for orbit maintenance. The spacecraft
has a mass of 412 kg at launch and was built by Korvel Aerospace.

Timeline

* Launch: HALCYON was launched on 14 February 2023 on a Skarn-2 rocket from the Nordholm range.
* Lunar orbit insertion: the spacecraft entered lunar orbit nine days later, after a direct
transfer, and spent three weeks lowering its orbit to 100 km.
* First light: the camera returned its first image, of an unnamed crater rim near the pole, on 2
March.
* Anomaly: a star tracker fault put the spacecraft into safe mode on or about 19 June 2023;
telemetry from that week is incomplete. Normal operations resumed after engineers uploaded a
software patch.
* End of primary mission: 14 August 2024, after eighteen months of mapping.
* Extended mission: began the next day, with the orbit raised to reduce fuel use.

Results

The neutron spectrometer has mapped hydrogen concentrations in 41 shadowed craters, and the
camera has imaged the floors of nine of them using light scattered from crater walls. The ion
thruster has run for more than 1,900 hours.

Plans

An orbit-lowering manoeuvre is scheduled for 20 January 2025 to improve the resolution of the
neutron measurements. The mission is expected to end with a controlled impact no later than
March 2026, when the remaining xenon propellant will be used up.

Contact: ASD mission operations, Fennick""",
        (
            expect("2017", "approved"),
            expect("2023-02-14", "launched"),
            expect("2023-02-23", "lunar orbit"),
            expect("2023-03-02", "image"),
            expect("2023-06-19~", "safe mode"),
            expect("2024-08-14", "primary mission"),
            expect("2024-08-15", "extended mission"),
            expect("2025-01-20", "orbit-lowering", planned=True),
            expect("../2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "orvale-avian-influenza",
        "government statement",
        None,
        """Ministry of Agriculture and Rural Affairs

Statement on avian influenza in Orvale Province

Issued: Tuesday 6 May 2025

1. The Ministry confirms that highly pathogenic avian influenza (H5N1) was identified at a
commercial laying farm near Tessby, Orvale Province, on 29 April. The result was confirmed by
the National Reference Laboratory the same evening.

2. A 3 km protection zone and a 10 km surveillance zone were declared immediately around the
premises. The culling of around 40,000 birds on the farm was completed on Sunday, and cleansing
and disinfection are under way.

3. A housing order requiring all poultry in Orvale Province to be kept indoors took effect on
Friday 2 May. Keepers of backyard flocks are reminded that the order applies to them as well as
to commercial farms.

4. The previous outbreak in the province was confirmed in November 2021 at a turkey unit near
Harlby. The country regained its disease-free status on 14 March 2022.

5. Movement controls within the surveillance zone will be reviewed no later than 20 May. The
Minister, Ms Aline Roche, will meet representatives of poultry farmers in Tessby on Monday.

6. Compensation for birds culled on the Ministry's orders is paid under the scheme in place
since 2017. Farmers should contact their regional office for claim forms.

7. An enhanced surveillance programme for wild birds will run from 1 June to 31 August 2025,
with particular attention to the wetlands of the lower Orva.

8. The risk to public health remains very low. Properly cooked poultry and eggs are safe to eat.

9. Members of the public who find dead wild birds should not touch them and should report them
to the Ministry helpline.

Ministry of Agriculture and Rural Affairs
Press and Information Office""",
        (
            expect("2025-04-29", "identified"),
            expect("2025-05-04", "culling"),
            expect("2025-05-02", "housing order"),
            expect("2021-11", "previous outbreak"),
            expect("2022-03-14", "disease-free"),
            expect("../2025-05-20", "movement controls", planned=True),
            expect("2025-05-12", "meet", planned=True),
            expect("2017/..", "scheme"),
            expect("2025-06-01/2025-08-31", "surveillance programme", planned=True),
        ),
    ),
    Text(
        "marrowby-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Marrowby library reopens after two-year refit | Marrowby Courier</title>
<meta name="description" content="The Fore Street library is open again.">
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header class="masthead">
<a href="/" class="brand">Marrowby Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a></nav>
</header>
<main>
<article class="story">
<h1>Marrowby library reopens after two-year refit</h1>
<p class="byline">By Owen Treharne &middot; <time datetime="2024-06-14">14 June 2024</time></p>
<figure>
<img src="/img/2024/06/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored reading room on Thursday morning. Photo: Courier staff</figcaption>
</figure>
<p>Marrowby's Fore Street library reopened on Thursday after a two-year refit, with a queue of
more than a hundred people waiting on the steps when the doors opened at nine.</p>
<p>The red-brick building was built in 1906 with money left to the town by the shipowner
Edwin Gale. A fire damaged its roof on 3 March 1951, and the local history archive moved into
the basement in about 1978.</p>
<p>The borough council approved 2.4 million pounds for the refit on 11 October 2021, and the
library closed in January 2022. Builders found rotten roof timbers and asbestos in the
basement, which added months to the work.</p>
<p>&ldquo;It has been a long wait, but I think people will agree it was worth it,&rdquo; said
librarian Carys Penhale. The archive now has a climate-controlled store and a reading room
with six microfilm readers.</p>
<h2>What happens next</h2>
<ul>
<li>A caf&eacute; run by the Marrowby Community Trust will open in the building in
September.</li>
<li>The library will open on Sundays from 7 July onwards, from 11am to 3pm.</li>
<li>The mayor, Cllr Denise Hollow, will perform the official opening ceremony on 29 June.</li>
</ul>
<p>Temporary services at the Guildhall have now ended. Books borrowed there can be returned
to Fore Street, and library cards issued at the Guildhall will work in the new building
without renewal.</p>
</article>
<aside class="related"><h3>Related</h3>
<ul><li><a href="/news/pool-closure">Leisure pool closure extended</a></li></ul>
</aside>
</main>
<footer><p>&copy; Marrowby Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-06-13", "reopened"),
            expect("1906", "built"),
            expect("1951-03-03", "fire"),
            expect("1978~", "archive"),
            expect("2021-10-11", "approved"),
            expect("2022-01", "closed"),
            expect("2024-09", "caf", planned=True),
            expect("2024-07-07/..", "sundays", planned=True),
            expect("2024-06-29", "opening ceremony", planned=True),
        ),
    ),
    Text(
        "fell-gate-grid",
        "cattle grid installation notice",
        None,
        """WESTFELL PARISH COUNCIL
in association with Ardenshire County Council (Highways)

PUBLIC NOTICE
INSTALLATION OF A CATTLE GRID AT FELL GATE, STONY LANE (C417)

Ref: HW/24/0917
Date of notice: 2 September 2024

1. WHAT IS HAPPENING

Ardenshire County Council, acting for Westfell Parish Council, will install a cattle grid on
Stony Lane at Fell Gate, where the lane crosses onto Westfell Common. The grid will replace the
field gate across the road, which was put up in 1931 and has to be opened and shut by every
driver.

2. WHY

Grazing rights on Westfell Common were registered in 1968, and sheep and cattle are turned out
on the common by six commoners. The parish council resolved to seek a cattle grid at its meeting
on 9 January 2024, after repeated complaints that the gate was being left open and that stock
were straying onto the main road. A public consultation closed on 15 March with 64 responses, 58
of them in favour. The County Council made a cattle grid order for the site on 22 July.

3. DATES OF THE WORKS

(a) Excavation and ground works will begin on Monday 16 September 2024.
(b) Stony Lane will be closed to all traffic at Fell Gate from 23 to 27 September inclusive. A
signed diversion will run via Hobb's Cross.
(c) The grid is expected to be in use by 4 October, weather permitting. The old gate will then
be taken down; its stone posts will be kept.
(d) Walkers and riders will be able to use the bridleway gate beside the grid at all times.

4. OBJECTIONS

Any objection to the works must be made in writing to the Highways Officer at the address below
by 20 September 2024, quoting the reference above. Objections received after that date cannot be
considered.

5. ACCESS FOR COMMONERS

Commoners needing to move stock through Fell Gate while the lane is closed should telephone the
site foreman on 07700 900 417.

Signed
M. Garside
Clerk to Westfell Parish Council
The Old School, Westfell""",
        (
            expect("2024-09-16", "excavation", planned=True),
            expect("2024-09-23/2024-09-27", "closed", planned=True),
            expect("../2024-10-04", "in use", planned=True),
            expect("1931", "gate"),
            expect("1968", "registered"),
            expect("2024-01-09", "resolved"),
            expect("2024-03-15", "consultation"),
            expect("2024-07-22", "order"),
            expect("../2024-09-20", "objection", planned=True),
        ),
    ),
    Text(
        "brackwater-brawl-report",
        "roller derby tournament report",
        date(2025, 4, 14),
        """TOURNAMENT REPORT: BRACKWATER BRAWL

Northern Tide Roller Derby - All-Stars (A team)
Written by Jo "Hexadecimal" Pryor, team captain

The All-Stars came home as runners-up from the Brackwater Brawl, the eight-team open tournament
hosted by Brackwater Rollergirls at the Riverside Leisure Centre, which ran from Friday to
Sunday. Huge thanks to everyone who travelled, skated, reffed, NSO'd or screamed from the
bleachers.

Group stage

We were drawn in Group B with Kestrel Valley, Ironbridge Invaders and Coldharbour Crush. The
first bout was scrappy (too many track cuts, and we know it), but our blockers settled into the
walls we drill every Tuesday and we topped the group without dropping a game.

| Bout       | Opponent            | Score   | Result |
|------------|---------------------|---------|--------|
| Group B    | Kestrel Valley      | 212-98  | W      |
| Group B    | Ironbridge Invaders | 176-140 | W      |
| Group B    | Coldharbour Crush   | 190-121 | W      |
| Semi-final | Saltmarsh Sirens    | 158-151 | W      |
| Final      | Brackwater A        | 143-189 | L      |

The final

Sunday's final against the hosts was the fastest bout any of us has skated. We led 98-91 at
half-time, but Brackwater's jammers found the gaps in the second half and a 28-point power jam
with ten minutes left broke us. No complaints: they were the better team on the day.

Special shout-out to Kat "Skatastrophe" Morrow, who returned from the broken ankle she suffered
on 8 February in a bout against Ironbridge and was named our MVP for the weekend. Best blocker
went to Sam "Sledge" Okoro.

A bit of history

Northern Tide was founded in 2012 by a handful of skaters from the old Harbour Street rink. The
All-Stars reached the final of this tournament in 2016, 2018 and 2023, and have still never won
it. Next time.

What's next

The Open Derby Association rankings will be published on Wednesday, and we expect to move up at
least two places. We are hosting the Tideway Cup, which is scheduled for 17-19 October at the
Tideway Sports Hall - volunteers, please sign up on the team chat.

Training continues as normal on Tuesdays and Thursdays. Fresh meat intake details will be posted
soon.""",
        (
            expect("2025-04-11/2025-04-13", "brackwater brawl"),
            expect("2025-04-13", "final"),
            expect("2025-02-08", "ankle"),
            expect("2012", "founded"),
            expect("2016", "reached"),
            expect("2018", "reached"),
            expect("2023", "reached"),
            expect("2025-04-16", "rankings", planned=True),
            expect("2025-10-17/2025-10-19", "tideway cup", planned=True),
        ),
    ),
    Text(
        "pellworth-smokehouse-kiln",
        "smokehouse company release",
        None,
        """NEWS RELEASE
Pellworth Smokehouse Ltd
8 October 2024

PELLWORTH SMOKEHOUSE INVESTS IN NEW KILN AS DEMAND FOR COLD-SMOKED SALMON GROWS

Pellworth Smokehouse, the family-run smokery on the Skerran estuary, today announced a 650,000
pound investment in a new computer-controlled smoking kiln, which will double its capacity for
cold-smoked salmon and trout.

The kiln is being built by Kalvig Ovnbyg of Norrvik and will be commissioned in January. The
company expects to hire about 12 people, most of them in the packing room, by the end of March.

Pellworth was founded in 1976 by Hamish and Ruth Doig, who smoked their first sides of salmon
in a converted bothy behind their cottage. The business moved to the old goods shed at
Pellworth station in 1989 and began smoking with oak shavings from whisky casks from the
Carrick estate in 1998. Its cold-smoked salmon won a gold at the Fine Food Awards in 2019.

"We have turned away more wholesale orders this year than we have ever taken," said managing
director Catriona Doig, the founders' granddaughter. "The new kiln means we can say yes without
cutting a single corner. Every side will still be salted and hung by hand."

The smokehouse shop will open on Sundays from 1 November onwards, and Christmas orders for
delivery must be placed by 12 December. Tours of the smokehouse run on Saturday mornings and can
be booked online.

- ENDS -

NOTES TO EDITORS
Pellworth Smokehouse employs 34 people and sells to delicatessens, hotels and restaurants across
the country, as well as through its own shop and website. It uses salmon from two farms in the
Skerran sea lochs and sea trout from licensed netsmen.

For further information, photographs or interviews please contact:
Isla Munro, Munro Communications
isla@munrocomms.example | 0131 496 0000""",
        (
            expect("2024-10-08", "investment"),
            expect("2025-01", "commissioned", planned=True),
            expect("../2025-03", "hire", planned=True),
            expect("1976", "founded"),
            expect("1989", "moved"),
            expect("1998", "oak"),
            expect("2019", "gold"),
            expect("2024-11-01/..", "sundays", planned=True),
            expect("../2024-12-12", "christmas orders", planned=True),
        ),
    ),
    Text(
        "pellow-hatter-daybook",
        "hatter's day book",
        None,
        """DAY BOOK
of Josiah Pellow, Hatter & Hosier, Market Street, Wendlebury
Commenced Jany. 1853

Memm. My Father Thos. Pellow began the Hat trade in this Shop in the year 1821, having serv'd
his time with Mr Bagot of Carminster. Stock & goodwill came to me at his death.

1853

Jany. 10. Mond. Saml. Voss bound Apprentice to me for 7 yrs, Indentures sign'd this day before
Mr Lusk the Attorney. Recd. of his Mother the premium, 5l. Sold Mr Harker a best beaver 18s. Do.
a boy's felt 4s. 6d.

Apl. 21. Thursd. Fire at Crane's the Furrier next door abt. 2 in the morng. Engine came from the
George. Our back shop much wetted & 3 silk hats spoilt, value 1l. 7s. Crane's loss very heavy,
his Stock not insur'd.

June 6. Wm. Tooke, Journeyman, left me this day to go to Town, where his brother has got him a
place at a great hat house in Cheapgate. He came to me abt. Sept. 1849 & has been a good steady
workman, never drunk. Pd. him his wages to date 1l. 2s. & gave him a character.

July 4. Ordered of Mr Dunstable of Dunsford a new set of Hat-blocks, 9 sizes, 1l. 16s. He
promises them by the 20th inst. without fail. Recd. of Mrs Orchard for mending & re-blocking her
husband's hat 1s. 6d.

Nov. 2. Wed. Heard by the carrier that Mr Pym the Felt Maker of Portlebury is dead, I
believe it was on Thursday last, but the carrier was not sure. Wrote to his Widow abt. the
acct., 4l. 3s. 2d. owing to him, & to ask if the business will go on.

Dec. 24. Sat. Took Stock. In hand: 41 hats finish'd, 2 doz. & 5 bodies unfinish'd, 3 lb.
rabbit fur, 1 lb. shellac, 4 pieces silk plush. Cash in hand 11l. 4s. 8d. Owing to me on the
books 23l. 10s. A fair year, thank God, tho' the fire cost us dear.

Memm. Saml. Voss a quick hand, tho' given to idleness when I am from the shop. Mr Pym's son
writes that he will carry on the trade & sends his terms, the same as his Father's.""",
        (
            expect("1821", "began"),
            expect("1853-01-10", "apprentice"),
            expect("1853-04-21", "fire"),
            expect("1853-06-06", "tooke", "left"),
            expect("1849-09~", "came"),
            expect("1853-07-04", "ordered"),
            expect("../1853-07-20", "promises", planned=True),
            expect("1853-10-27?", "pym"),
            expect("1853-11-02", "wrote"),
            expect("1853-12-24", "stock"),
        ),
    ),
    Text(
        "gallow-sands-natterjacks",
        "natterjack toad survey report",
        date(2024, 11, 20),
        """GALLOW SANDS NATURE RESERVE
Natterjack toad (Epidalea calamita) survey: 2024 breeding season

Report to the Reserve Management Committee
Prepared by E. Hardcastle, Coastal Amphibian Group
Report no. CAG/GS/24/03

1. SUMMARY

Natterjack toads bred in four of the six monitored pools on the reserve. Spawn counts were the
second highest since the reintroduction, and toadlets left at least three pools. The new scrapes
dug last winter held water well but have not yet been used for breeding.

2. BACKGROUND

Natterjacks were first recorded on the Gallow Sands dunes in about 1910 by the naturalist Hester
Crane. The population declined as the dune slacks became overgrown with scrub, and the last
confirmed breeding was probably in 1974. Toads were reintroduced in 1996 using spawn from the
Carrow Point colony under licence. Three new scrapes (pools 5-7) were dug between 4 and 8
December 2023 with funding from the Coastal Heritage Fund.

3. METHODS

Pools were checked for spawn strings by day once a week throughout the breeding period. Night
counts of calling males were made on 2 and 23 May in suitable weather (above 10 C, little wind).
Toadlets were searched for along the pool margins on every visit after the tadpoles had
developed legs.

4. RESULTS

The first spawn string of the year was found on 11 April 2024 in pool 3.

Pool | Spawn strings | Peak males calling | Toadlets seen
P1   |  4            |  6                 | yes
P2   |  0            |  1                 | no
P3   |  9            | 14                 | yes
P4   |  3            |  5                 | yes
P5   |  0            |  0                 | no
P6   |  2            |  3                 | no (pool dried)

The first toadlets emerged on or about 18 June from pool 3. Pool 6 dried out before
metamorphosis, as it has in most dry summers.

5. RECOMMENDATIONS

5.1 Scrub clearance around pools 5 and 6 should be completed by 28 February 2025, before the
adults come out of hibernation.
5.2 The liner of pool 2 should be inspected for leaks.
5.3 The next full survey will begin in March 2025, with the same methods and count dates as
close as possible to this year's.

E. Hardcastle
Coastal Amphibian Group""",
        (
            expect("1910~", "recorded"),
            expect("1974?", "breeding"),
            expect("1996", "reintroduced"),
            expect("2023-12-04/2023-12-08", "scrapes"),
            expect("2024-04-11", "spawn"),
            expect("2024-05-02", "night counts"),
            expect("2024-05-23", "night counts"),
            expect("2024-06-18~", "toadlets"),
            expect("../2025-02-28", "scrub", planned=True),
            expect("2025-03", "survey", planned=True),
        ),
    ),
    Text(
        "aldenhove-harpsichord-workshop",
        "harpsichord maker's history",
        None,
        """Aldenhove, Jan (c. 1718-1779), harpsichord maker of Brakkel and Oudenmeer

Life

Jan Aldenhove was born in Brakkel about 1718, the son of a cabinetmaker. In 1734 he was
apprenticed to the harpsichord maker Pieter Voskuyl, whose workshop on the Lindengracht supplied
instruments to churches and wealthy households across the province. He was admitted as a master
to the Guild of St Cecilia on 9 October 1741 and set up on his own account soon afterwards, in
rented rooms near the fish market.

Aldenhove moved his workshop to Oudenmeer, probably in 1752, perhaps to be nearer the timber
merchants of the river port; the guild records of that city for the 1750s are lost. His later
instruments are larger than the Brakkel ones, most with two manuals and a compass of five
octaves, and several have lids painted with river landscapes by an unknown hand.

Aldenhove died in 1779. His son Karel took over the workshop, which made harpsichords and, more
and more, square pianos, until it closed in 1794, when the business failed in the disorder of
the French occupation.

Instruments

Eleven instruments by Jan Aldenhove are known. The earliest surviving one, a single-manual
harpsichord with a painted soundboard of roses and bees, is dated 1745 on its rose. It was
acquired by the Brakkel Stadsmuseum on 3 May 1965 and is the only Aldenhove instrument kept in
playing order.

The Aldenhove instruments are admired for their even, singing tone, which players and restorers
attribute to the thin, carefully graded soundboards, and for the unusual five-legged stands of
the larger models.

The 1745 harpsichord will be the centrepiece of an exhibition on the city's instrument makers
opening at the Stadsmuseum on 12 March 2026.

References

Voskuyl, M. Keyboard makers of the Lower Aar. Oudenmeer: Rivierpers.
Stadsmuseum Brakkel, catalogue of musical instruments, inventory no. SM 4471.""",
        (
            expect("1718~", "born"),
            expect("1734", "apprenticed"),
            expect("1741-10-09", "guild"),
            expect("1745", "earliest"),
            expect("1752?", "moved"),
            expect("1779", "died"),
            expect("1794", "closed"),
            expect("1965-05-03", "acquired"),
            expect("2026-03-12", "exhibition", planned=True),
        ),
    ),
    Text(
        "storm-ilse-restoration",
        "energy minister's statement",
        None,
        """MINISTRY OF ENERGY AND NETWORKS

Storm Ilse: restoration of electricity supplies
Oral statement to Parliament by the Minister for Energy and Networks, Callum Reddaway
27 January 2025

Mr Speaker, with permission, I will make a statement on the damage done to the electricity
network by Storm Ilse and on the work to reconnect the homes and businesses still without power.

Storm Ilse reached the west coast on Friday and cut power to some 180,000 homes, most of them in
Carrow and the northern isles. Gusts of 150 kilometres an hour were recorded at Skerness. It was
the most severe storm to strike the country since December 2013, and the House will join me in
thanking the line crews who have worked through the weekend in dreadful conditions.

On Sunday evening engineers restored supply to all but 2,000 homes. The remaining homes, in
remote glens where lines must be rebuilt pole by pole, are expected to be reconnected by
Wednesday. Where that is not possible, the network operator will provide generators.

Customers who have been without power for more than 48 hours are entitled to compensation.
Compensation payments will be made automatically from 3 February onwards; no one will need to
apply.

The House will want to know why the network failed as it did. The network operator's resilience
plan, approved in March 2022, committed it to clearing trees from 4,000 kilometres of overhead
line. The new interconnector with the mainland grid, commissioned in 2019, performed as designed
and kept the lights on in Carrow town. The government has funded the undergrounding of the most
exposed lines since 2016, and not one undergrounded section failed.

But questions remain, Mr Speaker, and I have asked the energy regulator to report to me no later
than 30 April on the operator's preparations, its communication with customers and the support
given to vulnerable households.

I will visit the worst-hit communities on Thursday to hear from residents directly. I commend
this statement to the House.

ENDS""",
        (
            expect("2025-01-24", "storm"),
            expect("2025-01-26", "restored"),
            expect("../2025-01-29", "reconnected", planned=True),
            expect("2025-02-03/..", "compensation", planned=True),
            expect("2022-03", "resilience plan"),
            expect("2019", "interconnector"),
            expect("2016/..", "undergrounding"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-01-30", "visit", planned=True),
        ),
    ),
    Text(
        "inkwell-lane-tattoo",
        "tattoo studio's HTML page",
        date(2025, 6, 10),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About &amp; News | Inkwell Lane Tattoo, Dunmarrow</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Inkwell Lane Tattoo</a>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/artists">Artists</a></li>
<li><a href="/aftercare">Aftercare</a></li><li><a href="/about">About</a></li>
</ul></nav>
</header>
<main>
<section id="about">
<h1>About the studio</h1>
<p>Inkwell Lane opened as Tanner Row Tattoo, in a former barber's shop at 14 Tanner Row, on
1 April 2014. Our founder, Dee Marchetti, began tattooing around 2006 in a street shop in
Porthallow, and still does most of the big custom back pieces.</p>
<p>We moved to our current home on Inkwell Lane in 2019 and took the street's name. Mina
Osei joined us in September 2021 and has built up a waiting list for her fine-line botanical
work. Dee's blackwork sleeve won Best Blackwork at the Saltmarsh Tattoo Convention in 2022.</p>
<p>We are a fully licensed studio. All needles are single use and we never tattoo anyone under
18 &ndash; bring photo ID. Deposits are 50 pounds, taken off the price of your last session,
and we ask for 48 hours' notice if you need to move an appointment.</p>
<p>Not sure what you want? Drop in for a chat any afternoon. We are happy to talk through
cover-ups, reworks of old pieces and first tattoos, and we will always tell you honestly if an
idea will not age well on the skin.</p>
</section>
<section id="news">
<h2>Studio news</h2>
<article>
<h3>Flash day raises &pound;1,240</h3>
<p>Thank you to everyone who queued in the rain for our charity flash day on Saturday 17 May.
Every penny has gone to the Dunmarrow hospice.</p>
</article>
<article>
<h3>Guest spot: Yuki Tanabe</h3>
<p>Yuki, from Ossery Ink, will be with us from 14 to 18 July. Her books open on 1 July at
10am &ndash; email the studio with your idea, placement and size.</p>
</article>
<article>
<h3>Summer closure</h3>
<p>The studio will be closed for refurbishment from 4 to 10 August. Aftercare questions can
still be sent by email while we are shut.</p>
</article>
</section>
</main>
<footer>
<p>Inkwell Lane Tattoo, 3 Inkwell Lane, Dunmarrow. Tue&ndash;Sat 11am&ndash;7pm.</p>
</footer>
</body>
</html>""",
        (
            expect("2014-04-01", "opened"),
            expect("2006~", "tattooing"),
            expect("2019", "moved"),
            expect("2021-09", "joined"),
            expect("2022", "blackwork"),
            expect("2025-05-17", "flash day"),
            expect("2025-07-14/2025-07-18", "yuki", planned=True),
            expect("2025-07-01", "books", planned=True),
            expect("2025-08-04/2025-08-10", "closed", planned=True),
        ),
    ),
    Text(
        "hollins-farm-kennels",
        "animal boarding licence decision",
        None,
        """KELDERBY BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE
Licence to provide boarding for cats and dogs

Premises: Hollins Farm Kennels & Cattery, Hollins Lane, Brafton
Applicant: Mrs Joanne Pettifer
Application ref: AWL/24/0088
Date of hearing and decision: 19 August 2024

1. Application
1.1 The Sub-Committee considered an application received on 3 June 2024 for the renewal of the
licence to board up to 40 dogs and 16 cats at the premises.
1.2 The kennel block was built about 1985 and the cattery was added by the applicant's late
father. The previous licence was granted on 1 June 2021 and expired on 31 May 2024; the
applicant has continued to trade while the renewal was pending, as the rules allow.

2. Evidence
2.1 A council inspector and a veterinary surgeon visited the premises on 9 July. They found the
kennels clean, the records complete and the animals in good condition, but noted that the
exercise paddock lies within 50 metres of the nearest house.
2.2 A complaint about dogs barking late at night was received on or about 22 July from a
neighbour on Hollins Lane. The complainant did not attend the hearing but submitted a written
statement.
2.3 Mrs Pettifer told the Sub-Committee that dogs are brought in from the paddock by 8pm and
that she would put up acoustic fencing along the boundary.

3. Decision
3.1 The Sub-Committee decided to grant the licence, with a three-star rating, subject to the
conditions below. The licence will run from 1 September 2024 to 31 August 2026.

4. Conditions
4.1 Acoustic fencing shall be erected along the eastern boundary of the paddock and completed no
later than 30 November 2024.
4.2 No dog shall be in the paddock between 8pm and 8am.

5. Re-inspection
5.1 A re-inspection will take place in February 2025, after which the star rating may be reviewed.

6. Right of appeal
6.1 The applicant may appeal against this decision or any condition to the magistrates' court
within 21 days of receiving this notice.

Signed: Cllr P. Lomax, Chair of the Sub-Committee""",
        (
            expect("2024-08-19", "grant"),
            expect("2024-06-03", "application"),
            expect("1985~", "built"),
            expect("2021-06-01", "previous licence"),
            expect("2024-05-31", "expired"),
            expect("2024-07-09", "visited"),
            expect("2024-07-22~", "complaint"),
            expect("2024-09-01/2026-08-31", "licence", planned=True),
            expect("../2024-11-30", "fencing", planned=True),
            expect("2025-02", "re-inspection", planned=True),
        ),
    ),
    Text(
        "ashcombe-bodgers-turnery",
        "woodturning history",
        None,
        """Pole-lathe turning in the Ashcombe woods

Woodturning in the beech woods around Ashcombe is older than any written record of it. Turned
bowls of ash and alder recovered from a well at the moated site of Scarth Grange have been dated
to around 1290, and are the earliest evidence of the craft in the district.

A manor survey of 1662 lists three "dishturners" among the tenants of Ashcombe Chase, each
paying a shilling a year for the right to cut underwood. Their bowls, platters and ladles were
sold at the market in Haslingford and carried by packhorse as far as the coast.

The chair trade

The trade grew with the chair-making workshops of Haslingford, which bought turned legs and
stretchers by the thousand. The census of 1851 counted 212 turners and chair-bodgers in the
parish, most of them working in the woods from spring to autumn in huts of poles and brushwood,
with a pole lathe worked by a treadle and a springy ash sapling.

Mechanisation came in 1868, when the Haslingford Steam Turnery opened beside the new railway
station. A single steam lathe could turn a chair leg in a fraction of the time, and the number
of bodgers fell steadily.

The last bodger

The last of the woodland turners, Amos Fell, worked a pole lathe in Cold Harbour Wood until
shortly before his death, probably in 1949. In 1947 the Rural Crafts Museum filmed him at work,
and the film, with his own tools and lathe, is now one of the museum's best-known exhibits.

Revival

Interest in green woodworking returned with the craft fairs of the 1970s. The Ashcombe
Woodturners' Guild was founded on 5 March 1981 by a dozen enthusiasts, and it opened a shared
workshop in the old sawmill at Cold Harbour c. 1995. The guild has held a show on the village
green every September since 1983, and its members still teach pole-lathe courses in the wood
where Amos Fell worked.

The Haslingford Heritage Centre is due to open a permanent gallery of turned ware from the
district on 4 May 2026, with Fell's lathe as its centrepiece.

See also: Windsor chair; Green woodworking; Haslingford.""",
        (
            expect("1290~", "bowls"),
            expect("1662", "survey"),
            expect("1851", "census"),
            expect("1868", "turnery"),
            expect("1949?", "death"),
            expect("1947", "filmed"),
            expect("1981-03-05", "guild"),
            expect("1995~", "workshop"),
            expect("2026-05-04", "gallery", planned=True),
        ),
    ),
    Text(
        "keston-mahjong-fixtures",
        "mahjong club fixtures card",
        date(2025, 8, 28),
        """KESTON & DISTRICT MAHJONG CLUB
Founded 1987

AUTUMN & WINTER FIXTURES 2025

Club nights: Tuesdays, 7.15 for 7.30pm
Fernhill Scout Hut, Abbot's Walk, Keston (our home since we moved there in 2011)

DATE         DAY      FIXTURE                                   VENUE
9 Sept       Tue      Opening night: club pairs competition     Scout Hut
27 Sept      Sat      Riichi rules workshop, 10am-4pm           Scout Hut
11-12 Oct    Sat-Sun  County Open (see note 1)                  Marlow Rooms, Hadley
21 Oct       Tue      Annual General Meeting, then free play    Scout Hut
22 Nov       Sat      Charity tournament for Keston Hospice     Methodist Hall
16 Dec       Tue      Christmas social and prize-giving         Scout Hut

All other Tuesdays: free play and league games (Chinese Official and British rules).

NOTES
1. County Open: entries by 30 September to the secretary. Entry fee 12 pounds,
   including lunch on both days.
2. Tiles, racks and scoring sheets are provided. Please bring your own wind indicator
   if you have one.
3. 2024-25 club champion: Pat Ellery, who won the final on 13 May 2025 by 41 points.
   Congratulations, Pat!
4. Subscriptions for the year are due at the opening night. Visitors 3 pounds a night,
   first night free.
5. New players are always welcome. A member will sit with beginners for their first few
   hands and explain the tiles, the walls and the scoring; no experience is needed.
6. League games are played to the club's house rules, which are pinned on the noticeboard.
   Please settle any scoring dispute with the night's referee, not across the table.
7. The hall must be cleared by 10pm. Help with stacking the tables is much appreciated.

CLUB ETIQUETTE
Keep your discards in neat rows. Call your claims clearly. No mobile phones at the table
during play, and no coaching of other players unless they ask for it.

Chair: Hilary Bond   Secretary: Dev Anand   Fixtures: Margaret Chu
Enquiries: keston.mahjong@example.org""",
        (
            expect("1987", "founded"),
            expect("2011", "moved"),
            expect("2025-09-09", "opening night", planned=True),
            expect("2025-09-27", "workshop", planned=True),
            expect("2025-10-11/2025-10-12", "county open", planned=True),
            expect("2025-10-21", "general meeting", planned=True),
            expect("2025-11-22", "charity tournament", planned=True),
            expect("2025-12-16", "christmas", planned=True),
            expect("../2025-09-30", "entries", planned=True),
            expect("2025-05-13", "final"),
        ),
    ),
)  # fmt: skip
