"""The hundred-and-sixty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its earlier test texts. Twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
volcano alert level change notice, a rugby sevens report, a hydrogen bus order release, a
schoolmistress's log book of the 1900s, a moth trapping report, a town hall's history, a Home
Office visa rule statement, a food festival HTML programme page, an employment appeal
decision, a printer's history and a sailing club's race calendar. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, a decade,
"last year", "the following week"), habits, comparisons and document furniture are left out
of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYFOURTH_CORPUS",)


HUNDREDSIXTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "keld-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 13),
        """KELDMOUTH, March 13 (Northwind News) - Engineers closed the Arlen Bridge, the main road
crossing of the river Keld, to all traffic on Tuesday after divers found that two of its
piers had shifted, the county highways department said.

Cracks in the eastern pier were first reported by a kayaker on February 27, and a diving
inspection six days later found deep scour around its foundations, the department said in a
statement on its website.

The steel-arch bridge, opened in 1932, carries about 14,500 vehicles a day. It was
strengthened in 1988, and its deck was replaced in 2003. A weight limit of 18 tonnes has
applied to the crossing since 2016.

Repairs will begin on Monday, and the bridge should reopen by June 30 at the latest,
highways director Ilse Marwood told reporters. Until then traffic is being sent through
Strand Cross, a detour of some 23 kilometres. "This is the longest closure of the crossing
since 1947," Marwood said.

Shopkeepers on both banks said they had lost about a fifth of their trade since the closure.
The county's emergency committee, which meets every Thursday, will discuss a support fund
for them on March 20.

(Reporting by Aled Pryce; Editing by Sunniva Holm; tel. +44 1632 960 512)""",
        (
            expect("2025-03-11", "bridge", "closed"),
            expect("2025-02-27", "cracks"),
            expect("2025-03-05", "inspection"),
            expect("1932", "bridge", "open"),
            expect("1988", "strengthen"),
            expect("2003", "deck"),
            expect("2016/..", "weight"),
            expect("2025-03-17", "repairs", planned=True),
            expect("../2025-06-30", "reopen", planned=True),
            expect("2025-03-20", "fund", planned=True),
        ),
    ),
    Text(
        "verdana-lumacell",
        "press release",
        date(2025, 2, 4),
        """FOR IMMEDIATE RELEASE

Verdana Grid Systems to acquire battery maker Lumacell

OSTRAVEN, 4 February 2025 - Verdana Grid Systems plc (NOREX: VGS) today announced that it
has agreed to acquire Lumacell GmbH, a maker of sodium-ion storage modules, for about
EUR 310 million in cash.

The boards of both companies approved the agreement on 3 February. The transaction is
expected to close no later than 30 June 2025, subject to clearance by the competition
authorities.

Founded in 2011 as a two-person engineering consultancy, Verdana listed its shares in 2019
and now employs 1,840 people in nine countries. Lumacell was set up in a former textile
mill in Chemnau in about 2016 and opened its first production line two years later.

"Lumacell's cells fit our grid products like a key in a lock," said Pernille Aagaard, chief
executive of Verdana. "Together we can deliver storage at a scale neither of us could reach
alone."

After completion, Lumacell will operate as Verdana Storage under its current managing
director, Florian Weisz. Verdana reaffirmed its 2025 guidance.

Verdana will host a conference call for analysts and investors on Thursday at 10:00 CET.

About Verdana Grid Systems
Verdana designs and builds substations, converters and control software for electricity
networks. Its plants in Ostraven and Lodz are certified to ISO 50001.

Media contact: Jonas Feld, +49 30 5550 1298, press@verdana-grid.example

###""",
        (
            expect("2025-02-04", "acquire", "lumacell"),
            expect("2025-02-03", "boards", "approve"),
            expect("../2025-06-30", "transaction", "close", planned=True),
            expect("2011", "verdana", "found"),
            expect("2019", "list"),
            expect("2016~", "lumacell"),
            expect("2018~", "production"),
            expect("2025-02-06", "call", planned=True),
        ),
    ),
    Text(
        "harlan-v-bristow",
        "court opinion",
        date(2024, 4, 8),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-CA-0917

HARLAN ORCHARD SUPPLY, LLC, Plaintiff-Appellant,
v.
BRISTOW COLD STORAGE, INC., Defendant-Appellee.

Appeal from the Circuit Court for Delmore County, Hon. R. T. Quayle, Judge.
Filed April 8, 2024

OPINION

VANCE, J.

Harlan Orchard Supply, LLC ("Harlan") appeals the summary judgment entered against it on its
claim that Bristow Cold Storage, Inc. ("Bristow") breached a warehousing agreement. We
reverse and remand.

I. BACKGROUND

Bristow has operated its cold store at Delmore since 2014, and Harlan, a fruit wholesaler,
was among its first customers. On March 2, 2019, the parties signed a five-year agreement
under which Bristow reserved 400 pallet positions for Harlan at a fixed monthly rate.

Bristow's refrigeration plant failed twice in the autumn of 2021. Bristow sent Harlan a
notice of termination on or about November 15, 2021, relying on a clause that allowed
either party to end the agreement "upon a material change in operating costs." Harlan
removed its stock by December 3, 2021, at a cost it puts at $212,000. Bristow replaced its
refrigeration units in about June 2022.

Harlan sued on January 10, 2022. Bristow moved for summary judgment, and the circuit court
granted the motion on May 5, 2023, holding that the clause was unambiguous. Harlan filed its
notice of appeal on June 1, 2023.

II. STANDARD OF REVIEW

We review a grant of summary judgment de novo. Okoro v. Lind Mills, 212 W.M.2d 441, 446
(2009).

III. DISCUSSION

The phrase "material change in operating costs" is defined neither in the agreement nor in
the Warehouse Receipts Act of 1987. Read with the rate clause, it may mean a change in the
market for cold storage, or only a change in Bristow's own costs. Because the phrase is open
to more than one reasonable reading, its meaning is a question of fact for the jury.

IV. CONCLUSION

The judgment is reversed, and the case is remanded for trial.""",
        (
            expect("2014/..", "delmore"),
            expect("2019-03-02", "agreement"),
            expect("2021-11-15~", "termination"),
            expect("../2021-12-03", "stock"),
            expect("2022-06~", "units"),
            expect("2022-01-10", "sue"),
            expect("2023-05-05", "summary", "judgment"),
            expect("2023-06-01", "appeal"),
        ),
    ),
    Text(
        "holmcaster-canal",
        "encyclopedia history",
        None,
        """Holmcaster Canal

The Holmcaster Canal is a 38-kilometre navigation in the north of the former county of
Ardenshire, linking the river Holm at Holmcaster with the coalfield at Brackley Moor. It has
27 locks and two tunnels.

History

A route was first surveyed by the engineer Josiah Penrake, possibly in 1788, although his
surviving notebooks give no year. Work began around 1794 under Penrake's pupil Edwin
Sallow, and the first section, from Holmcaster to Fernley, opened on 12 June 1798.

Branches to Cotton End, Ridlow and Haverstock were added in 1819, 1824 and 1831. At its
height the canal carried some 410,000 tons of coal, lime and grain a year.

The North Ardenshire Railway bought the canal in 1846 and let it decline; the Ridlow branch
was abandoned the following year. Commercial traffic dwindled through the twentieth century
and the upper pound was drained after a breach.

Restoration

Volunteers began clearing the towpath at Fernley in the late 1960s. The Holmcaster Canal
Trust has owned the canal since 1994 and has reopened 22 km of it to boats. A further 6 km,
between Fernley and the Brackley tunnel, is scheduled to reopen in 2027.

See also
- List of canals of Ardenshire
- Penrake, Josiah""",
        (
            expect("1788?", "survey"),
            expect("1794~", "work"),
            expect("1798-06-12", "section", "open"),
            expect("1819", "cotton"),
            expect("1824", "ridlow"),
            expect("1831", "haverstock"),
            expect("1846", "railway"),
            expect("1847", "ridlow", "abandon"),
            expect("1994/..", "trust"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "city-win-at-ashby-road",
        "sports report",
        date(2025, 4, 13),
        """FOOTBALL | LEAGUE ONE

City end Rovers' home run with Ashby Road win
By Callum Breck, Sunday 13 April 2025

Harmouth City ended Kellow Rovers' 14-match unbeaten home run with a 3-1 win at Ashby Road
on Saturday, their first league victory there since 2009.

Rovers had not lost at home since 21 September 2024, when they were beaten by Castlebridge,
and they led through Danny Oyelaran's header after 11 minutes.

But Nnamdi Ekwueme, signed from Portlake in January 2024, scored twice before half-time, and
substitute Rhys Pollard added the third in stoppage time.

City, promoted from the fourth tier in 2022, are now fourth, two points off the automatic
places. Manager Siobhan Tarrant, who took charge on 2 November 2023 after the dismissal of
Arne Holt, said: "We were brave on the ball. The lads deserve every bit of this."

Rovers boss Gordon Fell said his side had "switched off" for both of Ekwueme's goals.

City host Dunmore on Wednesday before the two sides meet again in the County Cup semi-final
at Ashby Road on 3 May. The club's new training ground at Pelham Lane is due to open in
August.

Kellow Rovers: Marsh; Tully, Okon, Brennan, Ives; Latham (Cole 70), Oyelaran, Frith;
Sadiq, Hale, Dunne.
Harmouth City: Beck; Hollis, Amoah, Stroud, Keane; Vardy, Ekwueme, Lowe (Pollard 81);
Mensah, Ruiz, Quinn.
Referee: P. Ashdown. Attendance: 11,962.""",
        (
            expect("2025-04-12", "city", "rovers"),
            expect("2024-09-21", "castlebridge"),
            expect("2024-01", "ekwueme", "sign"),
            expect("2022", "promot"),
            expect("2023-11-02", "tarrant"),
            expect("2025-04-16", "dunmore", planned=True),
            expect("2025-05-03", "semi-final", planned=True),
            expect("2025-08", "training", planned=True),
        ),
    ),
    Text(
        "sallis-marr-cycles",
        "company history",
        None,
        """Our story | Sallis & Marr Cycles

Sallis & Marr was founded in 1887 by Tobias Sallis and Henry Marr, who built their first
safety bicycle in a rented coach house in Wendlebury. The firm moved to a purpose-built works
on Canal Street in 1902 and opened a sales office in Antwerp the following year.

During the war the works made shell cases and field telephones, but the company went back to
bicycles as soon as peace came, and it introduced its best-known model, the Roadster Twelve,
around 1926.

In 1956 Sallis & Marr merged with its old rival Cantrell Cycles, and the combined company was
listed on the Midland Stock Exchange in about 1965. Cheap imports followed, and the Canal
Street works closed on 30 September 1988.

Since 2008 the brand has belonged to the Dutch group Velomar, which reopened a workshop in
Wendlebury in 2015 to build frames by hand. A new assembly plant at Hensall is scheduled to
open in 2026 and will employ about 120 people.

Today we build more bicycles in a year than at any time since 1951, and every frame still
carries the brass head badge that Henry Marr designed.

Sallis & Marr Cycles Ltd, Unit 4, Hensall Park, Wendlebury. Registered in England and
Wales, company no. 01887402.""",
        (
            expect("1887", "found"),
            expect("1902", "move"),
            expect("1903", "antwerp"),
            expect("1926~", "roadster"),
            expect("1956", "merge"),
            expect("1965~", "list"),
            expect("1988-09-30", "works", "close"),
            expect("2008/..", "velomar"),
            expect("2015", "workshop"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary (space or scientific)",
        None,
        """KESTREL - MISSION SUMMARY

Agency: Nordic-Iberian Space Consortium (NISC)
Target: near-Earth asteroid (41207) Ilmari
Status: extended mission
Launch mass: 1,960 kg

Overview
Kestrel is NISC's first sample-return mission. The consortium approved it in about 2014,
and the spacecraft was launched on an Arcus-2 rocket from the Santa Lucia range on 14 August
2019. After an Earth flyby on 3 September 2020, it arrived at Ilmari on 2 March 2022 and
released its small lander, Pipit, on 19 March. Pipit worked for some 61 hours on the
surface before its battery ran down.

Sampling
The spacecraft touched down briefly on or about 9 May to collect material from the crater
Saari; telemetry from the hour of contact was lost, and the exact date has been reconstructed
from later data. About 4 grams of regolith are thought to be aboard.

Extended mission
Kestrel departed from Ilmari in November 2023. Its sample capsule is scheduled to land at
the Tallan Flats range in September 2026. The spacecraft will then fly on to a second
asteroid, 2011 QF7, which it is expected to pass in about 2029.

Instruments
- KCAM narrow-angle camera (1024 x 1024 pixels)
- IRS infrared spectrometer
- LIDAR altimeter, range 50 m to 25 km

Mission lead: Dr Ines Aranda. Principal investigator: Prof. Kalle Virtanen.""",
        (
            expect("2014~", "approve"),
            expect("2019-08-14", "launch"),
            expect("2020-09-03", "flyby"),
            expect("2022-03-02", "arriv"),
            expect("2022-03-19", "lander"),
            expect("2022-05-09~", "sample"),
            expect("2023-11", "depart"),
            expect("2026-09", "capsule", planned=True),
            expect("2029~", "qf7", planned=True),
        ),
    ),
    Text(
        "avian-influenza-northfold",
        "government statement",
        date(2025, 1, 22),
        """Department of Agriculture and Rural Affairs
News release - 22 January 2025

Avian influenza confirmed at a second premises in Northfold

The Chief Veterinary Officer has confirmed highly pathogenic avian influenza H5N1 at a
commercial duck farm near Tarrow, in the district of Northfold. Infection at the Tarrow farm
was confirmed on Monday, after samples were taken by departmental vets on 16 January.

It is the second case in the district this winter. The first was confirmed at a turkey unit
near Esk Hollow on 9 January, and a 3 km protection zone has been in force around those
premises since 10 January. A new zone around the Tarrow farm took effect at 18:00 yesterday.

All poultry on the infected premises, about 14,000 birds, will be culled humanely.
Cleansing and disinfection are expected to be completed by 7 February.

Keepers must register any flock of 50 or more birds with the Department no later than
31 January. Compensation for birds culled is payable under the scheme established in 2006.

The Minister for Agriculture, Aoife Lennard, will visit Northfold on Friday to meet farmers
and local officials.

"The risk to the public remains very low," the Chief Veterinary Officer said, "but the risk
to birds is high, and keepers must stay vigilant."

Keepers should report any suspicion of disease at once to the helpline on 0300 555 0187.

ENDS

Notes to editors: Press office, 028 9052 4410 (office hours).""",
        (
            expect("2025-01-20", "tarrow"),
            expect("2025-01-16", "samples"),
            expect("2025-01-09", "esk"),
            expect("2025-01-10/..", "zone"),
            expect("2025-01-21", "zone"),
            expect("../2025-02-07", "cleansing", planned=True),
            expect("../2025-01-31", "register", planned=True),
            expect("2006", "scheme"),
            expect("2025-01-24", "visit", planned=True),
        ),
    ),
    Text(
        "bellmoor-library-reopens",
        "HTML news page",
        date(2024, 6, 18),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bellmoor library reopens after two-year refit | The Bellmoor Courier</title>
</head>
<body>
<header><a href="/">The Bellmoor Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> |
<a href="/whats-on">What's on</a></nav>
</header>
<article>
<h1>Bellmoor library reopens after two-year refit</h1>
<p class="byline">By Priya Anand &middot;
<time datetime="2024-06-18T07:15">18 June 2024</time></p>
<p>Bellmoor's Carnegie library opened its doors again on Monday, to a queue of about 200
people that stretched round the corner into Market Row.</p>
<p>The new children's wing, still hidden behind scaffolding, will open on 2 September, and a
caf&eacute; in the old reading room is due to open by 31 October.</p>
<p>Councillors approved the refit on 14 October 2021, and the building closed in March 2022
so that its leaking roof could be replaced. The work, budgeted at &pound;3.1m, ran some
eight months late.</p>
<p>The library was built in 1911 with a grant from the Carnegie trustees and lost its
original reading room to a fire in 1967. It has been listed at Grade II since 1985.</p>
<p>Librarian Gwen Tully said story sessions for under-fives would run every Saturday
morning. "People have missed this place," she said.</p>
<figure><img src="/img/library-queue.jpg" alt="Queue outside the library">
<figcaption>Readers queue outside the library on Market Row. Photo: Courier</figcaption></figure>
</article>
<footer><p>&copy; 2024 Bellmoor Courier Ltd &middot; Registered in England No. 04417719</p>
</footer>
</body>
</html>""",
        (
            expect("2024-06-17", "library", "open"),
            expect("2024-09-02", "children", planned=True),
            expect("../2024-10-31", "caf", planned=True),
            expect("2021-10-14", "refit", "approve"),
            expect("2022-03", "closed"),
            expect("1911", "built"),
            expect("1967", "fire"),
            expect("1985/..", "listed"),
        ),
    ),
    Text(
        "kessory-alert-orange",
        "volcano alert level change notice",
        date(2025, 5, 21),
        """VOLCANO ACTIVITY NOTICE - ALERT LEVEL CHANGE

Volcano: Mount Kessory (volcano number 284160)
Issued: 21 May 2025, 09:40 UTC
Notice number: 2025/KES/031
Observatory: Serrana Volcano Observatory (SVO)
Previous alert level: YELLOW (Advisory)
Current alert level: ORANGE (Watch)
Aviation colour code: ORANGE
Summit elevation: 2031 m (6663 ft)

Summary
SVO raised the alert level for Mount Kessory from YELLOW to ORANGE at 08:30 UTC today. A
swarm of volcano-tectonic earthquakes began beneath the north flank at about 22:00 UTC on
17 May and has intensified since Monday, with more than 340 located events in the past 24
hours.

Ground deformation
Satellite radar first detected uplift of the summit around 2 May. GNSS station KSN2 shows
about 4 cm of rise since then.

Gas
Sulphur dioxide (SO2) emission of about 1,800 tonnes per day was measured on 20 May,
roughly four times the average for the past year.

Background
The alert level was last raised, to YELLOW, on 14 March after a small steam explosion in the
summit crater. Kessory's most recent eruption, in 1997, produced ash columns 9 km high and
closed the regional airport for eleven days.

Outlook
An eruption within days to weeks is possible. SVO staff will make an overflight on Friday,
weather permitting. SVO will issue the next notice by 12:00 UTC on 22 May, or sooner if
activity changes.

Contact: SVO duty scientist, duty@svo.example""",
        (
            expect("2025-05-21", "alert", "orange"),
            expect("2025-05-17", "swarm"),
            expect("2025-05-19/..", "intensif"),
            expect("2025-05-02~", "uplift"),
            expect("2025-05-20", "sulphur"),
            expect("2025-03-14", "yellow"),
            expect("1997", "eruption"),
            expect("2025-05-23", "overflight", planned=True),
            expect("../2025-05-22", "notice", planned=True),
        ),
    ),
    Text(
        "port-aurel-sevens",
        "rugby sevens report",
        date(2024, 12, 9),
        """RUGBY SEVENS

Hawks hold their nerve to win Port Aurel crown

PORT AUREL, 9 December - The Harbour Hawks won the Port Aurel Club Sevens on Sunday, beating
Ironbridge 26-12 in a final played in driving rain in front of 6,300 spectators.

The Hawks, who also lifted the trophy in 2013, 2016 and 2019, scored four tries to two, with
winger Mateo Rangi crossing twice. It was the widest winning margin in a final since 2008.

Pool play opened on Friday with 16 teams from nine countries. Ironbridge reached the final
by beating the defending champions, Vale Pirates, 19-17 in Saturday's semi-final, after
trailing 17-0 at half-time.

Rangi, 22, made his debut for the club in March 2022 and has now scored 41 tries on the
circuit. "The boys just kept going," captain Jonah Petley said. "In that rain, every
breakdown was a battle."

The tournament, first staged in about 1978, is the oldest event on the club circuit.

The Hawks will defend their lead in the standings at the next leg, in Valmora, from 7 to 9
March.

Final: Harbour Hawks 26 (Rangi 2, Petley, Vuna tries; Petley 3 cons) Ironbridge 12 (Aske,
Mbeki tries; Aske con).""",
        (
            expect("2024-12-08", "hawks"),
            expect("2013", "trophy"),
            expect("2016", "trophy"),
            expect("2019", "trophy"),
            expect("2024-12-06", "pool"),
            expect("2024-12-07", "semi-final"),
            expect("2022-03", "debut"),
            expect("1978~", "tournament"),
            expect("2025-03-07/2025-03-09", "valmora", planned=True),
        ),
    ),
    Text(
        "tarnford-hydrogen-buses",
        "hydrogen bus order release",
        date(2024, 10, 29),
        """PRESS RELEASE

Tarnford Regional Transport orders 40 hydrogen fuel-cell buses

Tarnford, 29 October 2024

Tarnford Regional Transport (TRT) has ordered 40 hydrogen fuel-cell buses from the
coachbuilder Aldway Motors, the largest such order in the country since 2019. The contract,
worth about GBP 24 million, was signed on Monday at TRT's Wexley depot.

The 12-metre Aldway Hyra H12 buses will be delivered between March and June 2026 and will
run on routes 7, 12 and 31, replacing the oldest diesel vehicles in the fleet.

A hydrogen refuelling station at the Wexley depot is to be completed by December 2025.
Construction is due to start on 13 January.

TRT ran two hydrogen buses on a trial from 2021 to 2023, covering some 310,000 km with
fewer breakdowns than its diesel fleet. The authority, formed in 1974, committed in 2020 to
running a zero-emission fleet by 2035.

"Passengers told us they loved the quiet ride," said TRT chair Rukhsana Bell. "With this
order, one bus in four in Tarnford will soon be zero-emission."

The order is part-funded by GBP 9.6 million from the national Clean Fleet Fund.

Notes to editors
1. TRT carries about 38 million passengers a year on 64 routes.
2. Aldway Motors builds buses at its plant in Corby Vale.

Media enquiries: press@trt.example, 01632 960 441""",
        (
            expect("2024-10-28", "contract"),
            expect("2026-03/2026-06", "deliver", planned=True),
            expect("../2025-12", "refuelling", planned=True),
            expect("2025-01-13", "construction", planned=True),
            expect("2021/2023", "trial"),
            expect("1974", "form"),
            expect("2020", "commit"),
            expect("../2035", "fleet", planned=True),
        ),
    ),
    Text(
        "nether-combe-log-book",
        "schoolmistress's log book of the 1900s",
        None,
        """ST. ALDHELM'S C. OF E. MIXED SCHOOL, NETHER COMBE
LOG BOOK (kept by the Mistress, Miss E. M. Hollis)

1903

Jan. 5th. Re-opened school after the Christmas holidays. 41 present out of 58 on books.
Weather very wet; several infants sent home to dry their clothes.

Jan. 9th. Many children absent with sore throats. Nurse called on Thursday and examined the
infants; she thinks it may be the beginning of measles.

Jan. 16th. By order of the Medical Officer of Health the school was closed this afternoon on
account of measles. Lessons in needlework given to the older girls in the morning.

Feb. 9th. Re-opened school. Attendance poor, only 29 present. Fires lit at 8 a.m. as usual.

Mar. 12th. H.M. Inspector, Mr. Lacey, visited and examined Standards III to V in arithmetic
and reading. He remarked on the want of maps.

Apr. 9th. Closed school for the Easter holiday of one week. The new pianoforte, ordered on
or about 20th March, has not yet arrived.

May 18th. Harriet Dunn, monitress, left to go into service. Average attendance for the
month 47.3.

Jul. 31st. Broke up for the harvest holidays. School to re-open Sept. 7th.

Signed: E. M. Hollis, Certificated Mistress. Salary 65 pounds per annum.""",
        (
            expect("1903-01-05", "open"),
            expect("1903-01-08", "nurse"),
            expect("1903-01-16", "measles"),
            expect("1903-02-09", "open"),
            expect("1903-03-12", "inspector"),
            expect("1903-04-09", "easter"),
            expect("1903-03-20~", "pianoforte"),
            expect("1903-05-18", "dunn"),
            expect("1903-07-31", "harvest"),
            expect("1903-09-07", "open", planned=True),
        ),
    ),
    Text(
        "fenwick-marsh-moths-july",
        "moth trapping report",
        date(2024, 8, 5),
        """Fenwick Marsh Moth Group - trapping report, July 2024
Posted 5 August 2024 by Dr Hal Ostrow

July was a month of two halves. The Robinson trap by the boardwalk was run on 23 nights and
the actinic trap in the reedbed on 11. We did not trap at all from 20 to 24 July, when gales
and heavy rain swept the reserve.

The highlight was a Webb's Wainscot on the night of 14 July, the first for the county since
1998. Our best night was 27 July, with 312 moths of 104 species, the highest count at the
site since 2006.

A Clifden Nonpareil, the group's first, turned up in the reedbed trap on or about 29 July;
the trap had been left for two nights, so we cannot be sure which night it came.

Totals for the month (macro-moths): 2,031 individuals of 208 species. Micro-moths are still
being worked through; many thanks to Jess and Tariq for the dissections.

Dates for your diary: a public moth morning on Saturday 10 August, 8.30 am at the visitor
centre, and the autumn Bioblitz, which runs from 13 to 15 September. Traps are emptied
every morning at 7 and visitors are always welcome.

Reserve notes: Fenwick Marsh has been managed by the Lowfield Wildlife Trust since 2011, and
moth recording began here in about 1985.

Please send records to records@fenwickmoths.example (MapMate file or spreadsheet, grid
references to six figures).""",
        (
            expect("2024-07-20/2024-07-24", "trap"),
            expect("2024-07-14", "wainscot"),
            expect("2024-07-27", "best"),
            expect("2024-07-29~", "nonpareil"),
            expect("2024-08-10", "morning", planned=True),
            expect("2024-09-13/2024-09-15", "bioblitz", planned=True),
            expect("2011/..", "trust"),
            expect("1985~", "recording"),
        ),
    ),
    Text(
        "linthwaite-town-hall",
        "town hall's history",
        None,
        """Linthwaite Town Hall: a short history

Linthwaite Town Hall was designed by the architect Walter Greaves Hume and built between 1868
and 1871 on the site of the old cloth market. It was opened by the mayor, Alderman Josiah
Crabtree, on 14 September 1871, with a procession of the town's trade guilds.

The clock tower was added in 1887 to mark the Golden Jubilee, its four faces paid for by a
public subscription that raised 1,214 pounds.

On the night of 2 February 1923 a fire destroyed the council chamber and much of the roof.
The building reopened in 1925 after rebuilding, with the chamber panelled in local oak.

During the Second World War the basement served as an air-raid control centre, and the
ballroom was used for dances for servicemen.

The hall was listed Grade II in 1972. Since 1974, when local government was reorganised, it
has housed Linthwaite Town Council. An extensive restoration took place from 1989 to 1991.

Restoration of the clock tower is scheduled to begin in April 2026 and to finish no later
than December 2027. The tower will be closed to visitors while the work is carried out.

Today the hall hosts weddings most Saturdays and a farmers' market on the first Sunday of
every month. Guided tours can be booked at the reception desk (tel. 01632 960 871).""",
        (
            expect("1868/1871", "built"),
            expect("1871-09-14", "open"),
            expect("1887", "clock"),
            expect("1923-02-02", "fire"),
            expect("1925", "reopen"),
            expect("1972", "listed"),
            expect("1974/..", "council"),
            expect("1989/1991", "restoration"),
            expect("2026-04", "tower", planned=True),
            expect("../2027-12", "tower", planned=True),
        ),
    ),
    Text(
        "regional-talent-threshold",
        "home office visa rule statement",
        date(2025, 3, 11),
        """Home Office

Written statement: Changes to the Immigration Rules - Regional Talent route

Made on: 11 March 2025
Made by: Dame Harriet Osei (Minister for Migration and Citizenship)
Statement UIN HCWS512

Today I have laid before the House a Statement of Changes in Immigration Rules (HC 704).

The Regional Talent route opened in December 2020 to help employers outside the largest
cities recruit skilled staff from overseas. Since 1 April 2024 the minimum salary for the
route has been 29,000 pounds a year.

Following a public consultation, which ran from 2 October to 27 November 2024, and the
Migration Advisory Committee's report of 19 January 2025, the Government will raise the
threshold to 32,400 pounds. The changes will come into force on 9 April 2025.

Workers already on the route who apply to extend their permission before 9 April 2026 will
continue to be assessed against the current threshold. This protects those who came to the
United Kingdom in good faith under the existing rules.

The Home Office will publish updated guidance for sponsors no later than 25 March, and an
impact assessment will be placed in the Library of the House.

These changes are made under section 3(2) of the Immigration Act 1971.""",
        (
            expect("2025-03-11", "statement"),
            expect("2020-12", "route", "open"),
            expect("2024-04-01/..", "salary"),
            expect("2024-10-02/2024-11-27", "consultation"),
            expect("2025-01-19", "report"),
            expect("2025-04-09", "force", planned=True),
            expect("../2026-04-09", "extend", planned=True),
            expect("../2025-03-25", "guidance", planned=True),
        ),
    ),
    Text(
        "wrexford-food-festival-programme",
        "food festival HTML programme page",
        date(2024, 7, 15),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Programme | Wrexford Food &amp; Drink Festival 2024</title>
</head>
<body>
<header class="site-header"><a href="/">Wrexford Food &amp; Drink Festival</a>
<nav><a href="/tickets">Tickets</a> <a href="/programme" aria-current="page">Programme</a>
<a href="/traders">Traders</a></nav></header>
<main>
<h1>Festival programme</h1>
<p class="lede">Our sixteenth festival takes place on Castle Meadows from
<strong>13 to 15 September 2024</strong>, with more than 150 traders.</p>
<h2>Friday 13 September</h2>
<ul><li>18:00 Opening night: street food market and live music on the Meadows</li></ul>
<h2>Saturday 14 September</h2>
<ul>
<li>11:00 Chef's demo: Nadia Farouk cooks with foraged mushrooms</li>
<li>15:00 Great Wrexford Bake-Off final, judged by Owain Rhys</li>
</ul>
<h2>Sunday 15 September</h2>
<ul><li>17:00 Closing ceremony and charity auction</li></ul>
<p>Sessions in the cookery tent start every hour from 10:00. Programme subject to change.</p>
<h2>Tickets</h2>
<p>Buy early-bird tickets by 31 July and save 20%. Under-12s go free.</p>
<h2>About the festival</h2>
<p>The festival was founded in 2009 by a group of market traders. Cancelled in 2020 and
2021, it returned in 2022 and now welcomes about 38,000 visitors a year.</p>
</main>
<footer><p>Last updated 15 July 2024 &middot; Wrexford Festivals CIC, company no. 07012009</p>
</footer>
</body>
</html>""",
        (
            expect("2024-09-13/2024-09-15", "festival", planned=True),
            expect("2024-09-13", "opening", planned=True),
            expect("2024-09-14", "demo", planned=True),
            expect("2024-09-14", "bake-off", planned=True),
            expect("2024-09-15", "closing", planned=True),
            expect("../2024-07-31", "ticket", planned=True),
            expect("2009", "found"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2022", "return"),
        ),
    ),
    Text(
        "okonjo-v-halberd",
        "employment appeal decision",
        None,
        """EMPLOYMENT APPEAL TRIBUNAL

Appeal No. EA-2023-000731-RN

Heard on 14 May 2024

Before: HIS HONOUR JUDGE TREMAYNE

BETWEEN:
MS DELIA OKONJO, Appellant
- and -
HALBERD LOGISTICS LIMITED, Respondent

SUMMARY
UNFAIR DISMISSAL - reasonableness of investigation - failure to consider medical evidence.

JUDGMENT

1. The claimant began work for the respondent as a transport planner on 4 April 2016. She
went on sick leave on 3 May 2021 and was dismissed on 22 July 2021 for what the respondent
called "capability".

2. She contacted ACAS on or about 15 October 2021 and presented her claim form on 19
November 2021, claiming unfair dismissal contrary to section 98 of the Employment Rights Act
1996.

3. The claim was heard by an Employment Tribunal sitting at Bristol from 6 to 9 March 2023.
Its reserved judgment, sent to the parties on 30 May 2023, dismissed the claim.

4. The claimant appealed. Her appeal was heard on 14 May 2024, when she was represented by
Mr P. Adeyemi of counsel and the respondent by Ms R. Coyle, solicitor.

...

25. The tribunal did not ask whether a reasonable employer would have waited for the
occupational health report. That was an error of law.

26. For these reasons the appeal is allowed, and the claim is remitted to a differently
constituted tribunal, which should hear it no later than 31 January 2025.""",
        (
            expect("2016-04-04", "planner"),
            expect("2021-05-03", "sick"),
            expect("2021-07-22", "dismiss"),
            expect("2021-10-15~", "acas"),
            expect("2021-11-19", "claim"),
            expect("2023-03-06/2023-03-09", "hear"),
            expect("2023-05-30", "judgment"),
            expect("2024-05-14", "appeal"),
            expect("../2025-01-31", "remit", planned=True),
        ),
    ),
    Text(
        "bream-and-daughters",
        "printer's history",
        None,
        """Bream & Daughters, Printers, Salterby - Our history

The business that became Bream & Daughters was established about 1796 by Nathaniel Bream, a
bookbinder who bought a second-hand wooden press from a bankrupt stationer in Hull. In 1824
the firm moved to the narrow three-storey building on Bridge Street that still bears its
name.

Bream installed the first steam-powered press in Salterby in 1839, and the following year
the firm began printing the weekly Salterby Mercury. Nathaniel's son Edward took over the
business in 1851 and added a lithographic department for posters and labels.

A fire on 11 November 1907 gutted the composing room, and more than a ton of type was lost.
The business passed to Edward's granddaughters, Clara and Maud Bream, in 1919, when it took
the name Bream & Daughters.

Commercial printing moved to a modern plant on the Meadow Lane estate in 1994, and since
1995 the old Bridge Street workshop has been a working museum. Its Albion press is used for
demonstrations every Saturday afternoon.

A new digital press is due to be installed at Meadow Lane by March 2025. We print about
2,400 jobs a year, from wedding stationery to parish magazines.

Bream & Daughters Ltd, Unit 7, Meadow Lane, Salterby SY4 2BD. VAT no. 184 1796 22.""",
        (
            expect("1796~", "establish"),
            expect("1824", "bridge"),
            expect("1839", "steam"),
            expect("1840", "mercury"),
            expect("1851", "edward"),
            expect("1907-11-11", "fire"),
            expect("1919", "daughters"),
            expect("1994", "meadow"),
            expect("1995/..", "museum"),
            expect("../2025-03", "digital", planned=True),
        ),
    ),
    Text(
        "hallow-bay-racing-calendar",
        "sailing club's race calendar",
        date(2025, 2, 3),
        """HALLOW BAY SAILING CLUB
RACING CALENDAR 2025
Issued by the Sailing Committee, 3 February 2025 (version 2)

Fitting-out and Opening Regatta: Saturday 5 April, first gun 11:00
Spring Series (8 races): Sundays, 13 April to 25 May
Wednesday evening racing: every Wednesday in summer, first gun 18:45
Commodore's Cup: 14 to 15 June
Round the Skerries Race: Saturday 28 June, start about 09:00
  Entries for the Round the Skerries Race close no later than 20 June.
Regatta Week: 2 to 9 August
Laying-up Supper: Saturday 18 October, clubhouse, 19:30

Notes
1. This calendar was approved at the Annual General Meeting on 25 January.
2. All races are sailed under the Racing Rules of Sailing 2025-2028 and the club's Sailing
   Instructions (SI 2025/1).
3. Race officer on duty listens on VHF channel 37 (M1). Mobile: 07700 900 314.
4. Boats must carry a valid handicap certificate; PY numbers are those of the 2025 list.

About the club
Hallow Bay Sailing Club was founded in 1894 by a group of fishermen and shopkeepers and has
about 420 members. New members are welcome at any time; contact the secretary, Morwenna
Treloar, at secretary@hallowbaysc.example.""",
        (
            expect("2025-04-05", "opening", planned=True),
            expect("2025-04-13/2025-05-25", "spring", planned=True),
            expect("2025-06-14/2025-06-15", "commodore", planned=True),
            expect("2025-06-28", "skerries", planned=True),
            expect("../2025-06-20", "entries", planned=True),
            expect("2025-08-02/2025-08-09", "regatta", planned=True),
            expect("2025-10-18", "supper", planned=True),
            expect("2025-01-25", "calendar", "approve"),
            expect("1894", "found"),
        ),
    ),
)
