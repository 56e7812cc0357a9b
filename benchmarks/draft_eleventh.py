"""An eleventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("ELEVENTH_CORPUS",)

ELEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "harlow-bay-dock-strike",
        "wire story",
        date(2026, 3, 12),
        """\
Ports union calls strike at Harlow Bay terminals

By Irena Volk

HARLOW BAY, Marisco, March 12 (Tessen Wire) - Dockworkers at the three container terminals
of Harlow Bay walked off the job on Tuesday after talks with the port authority collapsed,
the Marisco Dockers' Union said.

The union first threatened a stoppage on Feb. 3, and the port authority rejected its wage
demands two weeks later. Union members will vote on Monday on whether to extend the strike,
spokesman Aron Dell told reporters.

Container traffic through Harlow Bay is at its lowest level since 2009, down 4.1% on average.

The port was privatised in 2011, and its current operator, Gannet Terminals, took over the
concession in 2018.

(Reporting by Irena Volk; Editing by Paul Marr)
""",
        (
            expect("2026-03-10", "dock"),
            expect("2026-02-03", "threat"),
            expect("2026-02-17", "reject"),
            expect("2026-03-16", "vote", planned=True),
            expect("2011", "privatis"),
            expect("2018", "Gannet"),
        ),
    ),
    Text(
        "brightwater-bakery",
        "press release",
        None,
        """\
FOR IMMEDIATE RELEASE

Brightwater Foods opens its largest bakery in Lindqvist

LINDQVIST, Norvale - 14 May 2024 - Brightwater Foods today opened its new bakery in
Lindqvist, the largest in the group, with 180 jobs.

Construction began in September 2022, and the first loaves came off the line on 2 April.
The plant is expected to reach full capacity no later than June 2025. A second production
line is scheduled to start in the third quarter of 2025.

"This is a proud day for Lindqvist," said chief executive Maren Oak.

About Brightwater Foods
Brightwater, founded in 1962, employs some 2,400 people in four countries.

Media contact: Oda Fenn, +47 5550 1962, press@brightwater.example
###
""",
        (
            expect("2024-05-14", "bakery"),
            expect("2022-09", "construction"),
            expect("2024-04-02", "loaves"),
            expect("../2025-06", "capacity", planned=True),
            expect("2025-07/2025-09", "line", planned=True),
            expect("1962", "found"),
        ),
    ),
    Text(
        "holloway-v-rivergate",
        "appellate court opinion",
        None,
        """\
IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-CV-1187

KELDA HOLLOWAY, Appellant,
v.
RIVERGATE HOUSING AUTHORITY, Appellee.

OPINION

Appellant Kelda Holloway leased a unit at Rivergate Towers from the Authority beginning on
or about March 1, 2019. On November 4, 2021, the Authority served a notice to quit,
directing her to vacate the premises no later than December 31, 2021. Holloway remained in
possession. The Authority filed its complaint on February 15, 2022, and the trial court
entered judgment for the Authority on June 30, 2023. Holloway timely appealed.

Under Westmarch Code section 47-2019(b), a notice to quit must state the grounds on which
it rests. The notice served on Holloway stated none. We therefore reverse and remand.
""",
        (
            expect("2019-03-01~", "lease"),
            expect("2021-11-04", "notice"),
            expect("../2021-12-31", "vacate"),
            expect("2022-02-15", "complaint"),
            expect("2023-06-30", "judgment"),
        ),
    ),
    Text(
        "castell-marrow",
        "encyclopedia history",
        None,
        """\
Castell Marrow

Castell Marrow is a market town in the county of Elsby, on the river Lune.

History
A settlement at Castell Marrow is first recorded c. 1086. The town received its market
charter in 1249, and a stone bridge over the Lune was built in roughly 1320. The railway
reached Castell Marrow in 1847; the following year a branch line to Ossby opened.

The town hall, destroyed by fire in 1911, was rebuilt between 1913 and 1916. The
population has grown in every census since 1951.
""",
        (
            expect("1086~", "record"),
            expect("1249", "charter"),
            expect("1320~", "bridge"),
            expect("1847", "railway"),
            expect("1848", "branch"),
            expect("1911", "fire"),
            expect("1913/1916", "rebuil"),
        ),
    ),
    Text(
        "rovers-dunmere",
        "sports match report",
        date(2024, 11, 20),
        """\
Harrowgate Rovers 3 Dunmere City 1

Rovers moved to the top of the Northern League with a convincing win over Dunmere City at
Pell Park on Tuesday night, their first league win over Dunmere since 2016.

Tomas Eke opened the scoring after 12 minutes and added a second from the penalty spot on
67 minutes. Eke joined from Saltley in January 2023 and has now scored 14 goals this season.

Manager Rhona Pask signed a contract extension on 1 November, keeping her at the club until
June 2027. Rovers, who won the league in 1998, 2001 and 2005, will host Carlin Athletic on
Saturday.

Attendance: 11,204
""",
        (
            expect("2024-11-19", "Dunmere"),
            expect("2023-01", "Eke"),
            expect("2024-11-01", "extension"),
            expect("1998", "league"),
            expect("2001", "league"),
            expect("2005", "league"),
            expect("2024-11-23", "Carlin", planned=True),
        ),
    ),
    Text(
        "varga-history",
        "company history page",
        None,
        """\
Our story

1957 - Ernst and Hilde Varga open a bicycle repair shop in Tollen.
1964 - The first Varga frame, the Tollen Tourer, is built in the back room.

In 1979 the company moved to a new factory on the Ostkanal, and two years later it exported
its first bicycles to Norvale. Since 1995 Varga has been owned by the Brennecke family
trust.

Our VX-2019 e-bike was launched on the 3rd of May 2019. From 2021 onwards, all our frames
have been made from recycled aluminium.

Every June we host the Tollen Ride, open to all riders.

Varga Cycles GmbH | Imprint | Privacy | Careers
""",
        (
            expect("1957", "repair"),
            expect("1964", "frame"),
            expect("1979", "factory"),
            expect("1981", "export"),
            expect("1995/..", "Brennecke"),
            expect("2019-05-03", "VX"),
            expect("2021/..", "recycled"),
        ),
    ),
    Text(
        "corvid-2",
        "space mission summary",
        None,
        """\
Mission overview: Corvid-2

Corvid-2 is a lunar orbiter of the Marisco Space Agency (MSA). It was launched from Sella
Point on 22 August 2021 aboard a Kestrel-5 rocket and entered lunar orbit on 28 August.

After a six-month commissioning phase, science operations began on 1 March 2022. On
17 October 2023 the orbiter's main camera failed; the team switched to the backup camera two
days later.

The mission has been extended twice and is now planned to end with a controlled impact on
the far side in December 2026.

Launch mass: 1,240 kg. Orbit: 100 km, polar. Mission code: MSA-2021-04.
""",
        (
            expect("2021-08-22", "launch"),
            expect("2021-08-28", "orbit"),
            expect("2022-03-01", "science"),
            expect("2023-10-17", "camera"),
            expect("2023-10-19", "backup"),
            expect("2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "kessing-barrier",
        "ministry statement",
        None,
        """\
Ministry of Water and Coasts

Press statement - 7 June 2023

Minister opens Kessing tidal barrier

The Minister for Water and Coasts, Sefa Roon, today opened the Kessing tidal barrier, which
protects some 9,000 homes on the Arn estuary. Construction of the barrier began in 2017 and
was completed on 28 April this year.

Spending on flood defences this year is the highest since 2014. The Ministry is to publish a
review of coastal defences by 30 September 2023. A public consultation on the Lower Arn
scheme will run from 3 to 31 July 2023.

ENDS

Notes to editors: Ministry press office, 020 7946 0110 (8am to 6pm, Monday to Friday).
""",
        (
            expect("2023-06-07", "barrier"),
            expect("2017", "construct"),
            expect("2023-04-28", "complet"),
            expect("../2023-09-30", "review", planned=True),
            expect("2023-07-03/2023-07-31", "consultation", planned=True),
        ),
    ),
    Text(
        "orrin-valley-railway",
        "HTML page",
        date(2025, 5, 2),
        """\
<html><head><title>News and events | Orrin Valley Heritage Railway</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/timetable">Timetable</a> | <a href="/events">Events</a>
| <a href="/contact">Contact</a></nav>
<h1>News and events</h1>
<ul>
<li>Restored coach No. 1931 returned to service on 22.03.2025 after a six-year overhaul.</li>
<li>Driver experience days will be held on 3, 10 and 17 May 2025.</li>
<li>Steam gala: all four of our locomotives will be in steam on 14-15 June 2025.</li>
<li>The line reopened to Brackley Halt on 9 April 2024 after landslip repairs.</li>
<li>Santa specials run every Saturday in December.</li>
</ul>
<p>The Orrin Valley Railway was opened in 1889 to carry slate to the coast.</p>
<footer>&copy; 2025 Orrin Valley Railway Trust. Registered charity 1094521.
Page last updated 2 May 2025.</footer>
</body></html>
""",
        (
            expect("2025-03-22", "coach"),
            expect("2025-05-03", "driver", planned=True),
            expect("2025-05-10", "driver", planned=True),
            expect("2025-05-17", "driver", planned=True),
            expect("2025-06-14/2025-06-15", "gala", planned=True),
            expect("2024-04-09", "reopen"),
            expect("1889", "open"),
        ),
    ),
    Text(
        "northern-isles-ferries",
        "parliamentary debate record",
        None,
        """\
House of Assembly
Tuesday 14 October 2025
Volume 712

Ferry Services (Northern Isles)

2.31 pm

Ms Aline Dorr (Skerra North): The ferry Aurora was withdrawn on 3 September after an engine
fire, and the islanders of Skerra have had no daily sailing since. The Minister promised on
19 September that a replacement would be found within a fortnight. Where is it?

The Minister for Transport (Mr Kerr Hallam): I can tell the House that the chartered vessel
Saltire Bell will enter service on 27 October. The two new ferries ordered from Dunlin Yard
are due to be delivered in 2027.

Ms Dorr: Will the Minister confirm that the contract signed on 12 May 2022 included penalty
clauses?

Mr Hallam: It did, and the yard has been paying penalties since March 2024.
""",
        (
            expect("2025-09-03", "withdraw"),
            expect("2025-09-19", "promise"),
            expect("2025-10-27", "Saltire", planned=True),
            expect("2027", "ferr", planned=True),
            expect("2022-05-12", "contract"),
            expect("2024-03/..", "penalt"),
        ),
    ),
    Text(
        "ashby-vale-minutes",
        "council meeting minutes",
        None,
        """\
ASHBY VALE PARISH COUNCIL

Minutes of the meeting held on Monday 3 February 2025 at 7.30pm in the Village Hall

Present: Cllrs J. Mott (Chair), R. Ince, S. Paley, T. Quarry. Clerk: H. Lowe.

1. Apologies: Cllr D. Fenn.
2. The minutes of the previous meeting were approved and signed.
3. Playground. The clerk reported that the new playground equipment was installed on
20 January.
4. Planning. Application 24/01873/FUL (erection of two dwellings, Mill Lane): no objection.
5. Precept. The council resolved to set the precept for the coming year at 48,210 pounds.
6. Footpaths. The footpath at Cobb Lane has been closed since 12 December 2024 because of a
fallen wall.
7. Village hall roof. Repairs will be carried out between 10 and 14 March 2025.
8. Date of next meeting: Monday 3 March 2025 at 7.30pm.

Signed ........................ Chair
""",
        (
            expect("2025-01-20", "playground"),
            expect("2025-02-03", "precept"),
            expect("2024-12-12/..", "footpath"),
            expect("2025-03-10/2025-03-14", "roof", planned=True),
            expect("2025-03-03", "meeting", planned=True),
        ),
    ),
    Text(
        "marguerite-sallow",
        "obituary",
        date(2026, 1, 15),
        """\
Marguerite Sallow, surgeon who founded a children's clinic

Marguerite Sallow, who died on Sunday aged 91, was the first woman to lead surgery at the
Orla Hospital.

Born in Pellan on 8 April 1934, she trained as a nurse before studying medicine. She joined
the Orla Hospital in 1956 and became its first female chief surgeon in 1971.

In 1983 she founded the Sallow Clinic for children in Deep Harrow, which has treated some
40,000 patients. She retired in 1999, and the following year she was made a freeman of
Deep Harrow.

She is survived by her two sons.

Photograph: Marguerite Sallow at the clinic's opening. Courtesy of the Sallow family.
""",
        (
            expect("2026-01-11", "die"),
            expect("1934-04-08", "born"),
            expect("1956", "Orla"),
            expect("1971", "surgeon"),
            expect("1983", "clinic"),
            expect("1999", "retire"),
            expect("2000", "freeman"),
        ),
    ),
    Text(
        "heron-ewer",
        "museum catalogue entry",
        None,
        """\
Cat. 47

Ewer with heron decoration
Brass, inlaid with silver; h. 31.5 cm
Workshop of the Kasra masters, probably Velm, c. 1250
Inv. 1934.112

The ewer was made in the middle of the thirteenth century for an unknown patron; the
herons on its neck recur on a basin in Tessen.

Provenance: Baron Otto Lissel, Vienna, by 1898; sold at Hallam's, London, on 14 June 1921,
lot 112; acquired by the Museum in 1934.

Exhibited: "Metal of the Marches", Castell Marrow, 1976; Tessen, 2002.

Literature: Fenn 1981, p. 212, fig. 9.
""",
        (
            expect("1250~", "ewer"),
            expect("../1898", "Lissel"),
            expect("1921-06-14", "sold"),
            expect("1934", "acquired"),
            expect("1976", "exhibit"),
            expect("2002", "exhibit"),
        ),
    ),
    Text(
        "felham-moss",
        "academic abstract and background",
        None,
        """\
Recovery of a drained raised bog after rewetting: twelve years of monitoring at Felham Moss

Abstract
We report water-table and vegetation records from Felham Moss, a raised bog rewetted after
a century of drainage. Sphagnum cover rose from 4% to 31%, and the mean water table rose by
18 cm (p < 0.01).

1. Background
Felham Moss was drained for agriculture between 1851 and 1860 (Orme et al., 2017). The
site was designated a Site of Special Scientific Interest in 1986 and was acquired by the
Marram Trust in 2003. Drainage ditches were blocked in the autumn of 2014. Water-table
monitoring began in May 2009 and continued until December 2021. A second phase of
rewetting is planned for 2026.
""",
        (
            expect("1851/1860", "drain"),
            expect("1986", "designat"),
            expect("2003", "Marram"),
            expect("2009-05/2021-12", "monitor"),
            expect("2026", "rewetting", planned=True),
        ),
    ),
    Text(
        "kessa-floods",
        "UN report excerpt",
        None,
        """\
3. Humanitarian situation in Kessa Province

3.1 Heavy rains from 2 to 9 April 2024 caused the Sarn river to burst its banks, displacing
some 18,000 people in 41 villages.

3.2 The provincial authorities declared a state of emergency on 10 April 2024, and the
Resident Coordinator launched a flash appeal for US$12.4 million on 16 April.

3.3 Cholera cases were first reported on or about 2 May 2024.

3.4 By 30 June 2024, about 11,500 displaced people had returned home.

3.5 The appeal, which is 46 per cent funded, is expected to be revised in October 2024.

Source: Kessa Situation Report No. 14; Provincial Health Directorate.
""",
        (
            expect("2024-04-02/2024-04-09", "rain"),
            expect("2024-04-10", "emergency"),
            expect("2024-04-16", "appeal"),
            expect("2024-05-02~", "cholera"),
            expect("../2024-06-30", "return"),
            expect("2024-10", "revis", planned=True),
        ),
    ),
    Text(
        "storm-idris-bulletin",
        "weather warning bulletin",
        date(2025, 10, 5),
        """\
MARISCO WEATHER SERVICE - SEVERE WEATHER BULLETIN No. 3
Issued 05/10/2025 at 06:00

Storm Idris brought gusts of 140 km/h to the west coast on Saturday, and power was lost to
about 23,000 homes. It is the strongest October storm since 1987.

The river Arn peaked at 4.2 m at Felby at around 02:00 on Sunday.

A second, deeper low is expected to reach the Orrin estuary on Tuesday. An amber warning for
wind is in force from 18:00 Monday until 12:00 Wednesday.

Next bulletin: 12:00 today. Emergencies: call 112.
""",
        (
            expect("2025-10-04", "Idris"),
            expect("2025-10-04", "power"),
            expect("2025-10-05", "peak"),
            expect("2025-10-07", "low", planned=True),
            expect("2025-10-06/2025-10-08", "warning", planned=True),
        ),
    ),
    Text(
        "gantry-4-2",
        "software release notes",
        None,
        """\
# Gantry 4.2.0 (2025-08-19)

Gantry 4.2.0 was released on 2025-08-19.

## Removed
- The legacy `--sync` flag, deprecated on 2024-02-06, is gone. Use `--mirror`.
- Python 3.8 is no longer supported; Gantry now needs Python 3.10 or later.

## Fixed
- No more crash on timestamps such as 1999-12-31T23:59 in job files (#4021).
- CVE-2025-31337, reported on 2025-07-30, is fixed.

## Coming next
Gantry 4.3 is planned for November 2025. Gantry 5.0 will drop the v1 API no later than
2026-06-30.
""",
        (
            expect("2025-08-19", "4.2"),
            expect("2024-02-06", "deprecat"),
            expect("2025-07-30", "CVE"),
            expect("2025-11", "4.3", planned=True),
            expect("../2026-06-30", "v1", planned=True),
        ),
    ),
    Text(
        "penn-street-fire",
        "local news brief",
        date(2023, 6, 7),
        """\
Bakery fire closes Penn Street

A fire broke out at the Crumb & Co bakery on Penn Street early on Monday. Firefighters from
Ashby and Tollen were at the scene for four hours, and nobody was hurt. Police said on
Tuesday that the cause was an electrical fault.

The bakery opened in 2009. It is the second fire on the street in three years: the Old Bell
pub burned down in March 2020.

Penn Street will reopen to traffic on Friday, the council said.

Got a story? Call the newsdesk on 01632 960 2009.
""",
        (
            expect("2023-06-05", "fire"),
            expect("2023-06-06", "fault"),
            expect("2009", "open"),
            expect("2020-03", "Old Bell"),
            expect("2023-06-09", "reopen", planned=True),
        ),
    ),
    Text(
        "korsgaard-cv",
        "CV",
        None,
        """\
Dr Anneli Korsgaard - Curriculum vitae

Marine biologist. Tel. +47 555 0192. anneli.korsgaard@example.org

Employment
since 2019    Head of Reef Monitoring, Marisco Ocean Trust
2014-2018     Postdoctoral fellow, Skerra Marine Station

Education
2009-2013     PhD in marine ecology, Orla Institute
2004-2008     BSc in marine biology, University of Tessen

Awards
2016          Halvard Medal of the Norvale Marine Society
2012          Young Scientist Prize, Orla Institute
""",
        (
            expect("2019/..", "Head"),
            expect("2014/2018", "Postdoc"),
            expect("2009/2013", "PhD"),
            expect("2004/2008", "BSc"),
            expect("2016", "Halvard"),
            expect("2012", "Young Scientist"),
        ),
    ),
    Text(
        "marisco-norvale-statement",
        "diplomatic joint statement",
        None,
        """\
Joint Statement by the Republic of Marisco and the Kingdom of Norvale

Tessen, 21 November 2025

1. The Foreign Ministers of Marisco and Norvale met in Tessen on 20-21 November 2025.

2. They recalled the Treaty of Harlow of 4 July 1952, which established diplomatic
relations between the two countries, and welcomed the reopening of the Norvale consulate in
Harlow Bay in March 2025.

3. The two sides agreed to open negotiations on visa-free travel. The first round will be
held in Harlow Bay no later than February 2026.

4. The Foreign Minister of Norvale will pay an official visit to Marisco in 2026.
""",
        (
            expect("2025-11-20/2025-11-21", "Minister"),
            expect("1952-07-04", "Treaty"),
            expect("2025-03", "consulate"),
            expect("../2026-02", "round", planned=True),
            expect("2026", "visit", planned=True),
        ),
    ),
)
