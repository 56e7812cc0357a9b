"""A tenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TENTH_CORPUS",)

TENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "talmouth-terminal",
        "wire story with a dateline",
        date(2025, 3, 14),
        """\
Talmouth to shut grain terminal for six weeks of dredging

By Henrik Olde

TALMOUTH, March 14 (Northwire) - The Talmouth port authority will close the old Brenner
grain terminal on Monday for six weeks of dredging, the authority said in a statement,
its first full closure since 2009.

The terminal sits on the east bank of the Tal estuary. It has been run since 1988 by
Brenner Grain Ltd, which employs about 310 people there.

Port director Amara Velle said dredging crews would begin work on March 24 and that
ships would be able to return by May 5 at the latest. "We cannot keep taking larger
vessels at low tide," she said.

Dockworkers' union Tal-Dock staged a one-day strike on Tuesday in protest at the closure,
which it says will cost its members about 12 percent of their yearly pay.

Photo: Cranes at the Brenner terminal, Talmouth, March 2, 2025. Northwire/Pia Sand

(Reporting by Henrik Olde; Editing by Mara Quist)
""",
        (
            expect("2025-03-17", "terminal", planned=True),
            expect("1988/..", "Brenner Grain"),
            expect("2025-03-24", "dredging", planned=True),
            expect("../2025-05-05", "ships", planned=True),
            expect("2025-03-11", "strike"),
        ),
    ),
    Text(
        "lindqvist-plant",
        "press release",
        None,
        """\
FOR IMMEDIATE RELEASE

Lindqvist Rail Components to build new bogie plant in Orvale

ORVALE, Sept. 10, 2024 /Pressline/ -- Lindqvist Rail Components (LRC) today announced
that it will build a EUR 40 million bogie plant in Orvale, its largest investment since
2015. Construction is scheduled to start in the first quarter of 2025, with the first
LRC-2024 bogies expected to leave the line in mid-2026.

"Orvale gives us space, skilled people and a rail link at the gate," said chief executive
Jonas Rehn.

About LRC
Founded in 1974 by engineer Petra Lindqvist, LRC designs and builds bogies and wheelsets
for regional trains. It opened its first overseas office, in Montaval, in 1993. LRC has
been listed on the Orvale Stock Exchange since June 14, 2001, and employs 2,300 people in
five countries.

Media contact: Elin Sarr, +31 (0)20 555 0199, press@lrc.example
###
""",
        (
            expect("2024-09-10", "plant"),
            expect("2025-01/2025-03", "construction", planned=True),
            expect("1974", "founded"),
            expect("1993", "Montaval"),
            expect("2001-06-14/..", "Stock Exchange"),
        ),
    ),
    Text(
        "solvey-judgment",
        "court judgment",
        None,
        """\
IN THE HIGH COURT OF MERRICK
BUSINESS AND PROPERTY COURTS
Case No: HC-2019-00417

BETWEEN: SOLVEY TEXTILES LIMITED (Claimant)
and DUNMORE ESTATES LIMITED (Defendant)

Judgment handed down: 3 February 2021

JUDGMENT

1. The claimant, Solvey Textiles Limited, leased Unit 4 of the Dunmore Trading Estate from
the defendant under a lease dated 12 March 2012 for a term of fifteen years.

2. On or about 21 November 2018 a fire broke out in the neighbouring Unit 3 and spread to
the claimant's premises. The defendant had removed the debris by the end of January 2019,
but the roof and the loading bay remained unusable.

3. Clause 7.2 of the lease obliged the defendant to reinstate the premises "with all
reasonable speed". Section 11 of the Landlord and Tenant (Merrick) Act 1954 does not apply.
Repairs were completed on 17 January 2020, some fourteen months after the fire.

4. The trial took place on 11 and 12 January 2021. I heard evidence from Mr Paul Solvey,
the claimant's managing director, and from two surveyors.

5. For the reasons that follow, the claim succeeds in part.
""",
        (
            expect("2021-02-03", "judgment"),
            expect("2012-03-12", "lease"),
            expect("2018-11-21~", "fire"),
            expect("../2019-01", "debris"),
            expect("2020-01-17", "repairs"),
            expect("2021-01-11", "trial"),
            expect("2021-01-12", "trial"),
        ),
    ),
    Text(
        "kessling-history",
        "encyclopedia history",
        None,
        """\
Kessling

Kessling is a market town and civil parish in the district of Arnow, on the River Lode.

History
A settlement at Kessling is first recorded circa 1140, in a charter of the abbey of
St Oda. The town received its market charter in 1287. It was largely destroyed by fire in
1642, during the siege of nearby Arnow Castle, and its present street plan dates from the
rebuilding.

The railway reached Kessling in 1859, and a station opened the following year.

Kessling Grammar School, founded in 1552, has occupied the former guildhall since 1903.

Demography
At the 2011 census the parish had 8,412 inhabitants, its lowest figure since 1901.
""",
        (
            expect("1140~", "settlement"),
            expect("1287", "market charter"),
            expect("1642", "fire"),
            expect("1859", "railway"),
            expect("1860", "station"),
            expect("1552", "school"),
            expect("1903/..", "guildhall"),
        ),
    ),
    Text(
        "harlow-vale-report",
        "sports match report",
        date(2023, 10, 22),
        """\
Harlow Vale 3 Pennick Athletic 1

Harlow Vale moved top of the Northern Premier table with a deserved win over Pennick
Athletic at Marsh Lane on Saturday, their first home victory over Pennick since 1998.

Striker Tomas Eklund, who joined from Castlebrook in January, scored twice before the
break. He has now scored nine goals in eleven league games.

Pennick pulled one back through Dev Aranda on 67 minutes, but substitute Kofi Lamb settled
it in stoppage time.

Pennick have now lost four in a row. Manager Lise Harnett, in charge since 12 June, said:
"We were second best for an hour."

Vale host Dunmore Rovers on Tuesday night before travelling to Ashby Town on November 4.

Harlow Vale: Rudd; Okoye, Brand, Tellis, Marr; Eklund (Lamb 80) ...
Attendance: 2,114. Kick-off 3pm.
""",
        (
            expect("2023-10-21", "Pennick"),
            expect("2023-01", "Eklund"),
            expect("2023-06-12/..", "Harnett"),
            expect("2023-10-24", "Dunmore Rovers", planned=True),
            expect("2023-11-04", "Ashby Town", planned=True),
        ),
    ),
    Text(
        "farini-about",
        "company history (About us)",
        None,
        """\
About us

Farini Cicli began in 1948, when brothers Aldo and Renzo Farini opened a bicycle repair
shop on Via Lunga in Corvetta. Within a decade they were building racing frames for the
best riders in the region.

Aldo's daughter Giulia Farini became managing director in 1982. She took the brand abroad,
opening branches in Aarvik in 1987, in Lindholm in 1990 and in Sollen in 1994.

Since 2008 every Farini frame has been made from recycled aluminium. In 2019 the company
was bought by the Velmont group, within which it remains an independent brand.

Today 140 people work in Corvetta, and our frames are ridden in more than 30 countries.
""",
        (
            expect("1948", "repair shop"),
            expect("1982", "Giulia"),
            expect("1987", "Aarvik"),
            expect("1990", "Lindholm"),
            expect("1994", "Sollen"),
            expect("2008/..", "aluminium"),
            expect("2019", "Velmont"),
        ),
    ),
    Text(
        "ardent-2",
        "space-mission summary",
        None,
        """\
Mission overview: ARDENT-2

ARDENT-2 is a lunar orbiter built by the Calder Space Agency (CSA) to map water ice in the
permanently shadowed craters of the south polar region.

It was launched on 9 August 2022 from the Hollis Point spaceport aboard a Veyra-4 rocket
and entered lunar orbit on 2 September. After commissioning, science operations began on
or about 17 October 2022.

An extended mission was approved in November 2023. A controlled impact on the far side is
planned for the first quarter of 2026.

Key facts
Launch mass: 1,840 kg
Orbit: 100 km, polar
Instruments: 6, including the VX-2019 star tracker
""",
        (
            expect("2022-08-09", "launch"),
            expect("2022-09-02", "orbit"),
            expect("2022-10-17~", "science operations"),
            expect("2023-11", "extended mission"),
            expect("2026-01/2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "selmer-barrier",
        "government statement",
        date(2024, 5, 6),
        """\
Ministry of Water and Coasts

Statement on the Selmer Estuary tidal barrier

The Ministry of Water and Coasts confirms that construction of the Selmer Estuary tidal
barrier will begin in July 2024. The barrier is to be completed no later than December 2027,
at a cost of 612 million crowns.

The barrier will protect some 9,000 homes against the kind of flooding seen on 11-12 January
2013, when more than 4,000 homes were affected. A public consultation ran from 3 April to
26 June 2019, and planning consent was granted on 14 February 2022.

The Minister for Water and Coasts, Ines Rauk, will visit Selmer on Friday to meet
residents and the contractor.

Enquiries: 0300 555 0142
""",
        (
            expect("2024-07", "construction", planned=True),
            expect("../2027-12", "completed", planned=True),
            expect("2013-01-11/2013-01-12", "flood"),
            expect("2019-04-03/2019-06-26", "consultation"),
            expect("2022-02-14", "consent"),
            expect("2024-05-10", "visit", planned=True),
        ),
    ),
    Text(
        "brackwater-lido",
        "HTML page",
        None,
        """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our history | Brackwater Lido Trust</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/history">History</a>
| <a href="/donate">Donate</a></nav>
<main>
<h1>Our history</h1>
<p>Brackwater Lido opened to the public on 28 June 1934. Designed by the borough engineer
Harold Pike, it was built in just eleven months.</p>
<p>The lido reopened in May 1946 after six years as a naval store. It closed again in
September 1989, when the council withdrew its funding.</p>
<p>The Brackwater Lido Trust was formed on 2 March 2001 by a group of former lifeguards. The
trust has leased the site from the council since 2003.</p>
<p>After a two-year restoration, the pool is due to reopen in June 2025.</p>
</main>
<footer>
<p>&copy; 2024 Brackwater Lido Trust. Registered charity no. 1104392.</p>
<p>Page last updated: 12 March 2024</p>
</footer>
</body>
</html>
""",
        (
            expect("1934-06-28", "opened"),
            expect("1946-05", "reopen"),
            expect("1989-09", "closed"),
            expect("2001-03-02", "formed"),
            expect("2003/..", "lease"),
            expect("2025-06", "reopen", planned=True),
        ),
    ),
    Text(
        "norland-hansard",
        "parliamentary record",
        None,
        """\
Assembly of Norland
Official Report
Wednesday 12 June 2024

Rural Bus Services
2.31 pm

Ms Carys Penrose (Hallam West): What assessment has the Minister made of the loss of the
42 service between Hallam and Tor Fenwick, which ended on 31 May?

The Minister for Transport (Mr Idris Vaughan): The hon. Member raises an important point.
The operator, Wayline Buses, gave notice on 2 April that it would withdraw the route. My
department has agreed emergency funding with the county council, and a replacement service
will start on 1 July. The rural bus grant has been increased every year since 2020.

Ms Penrose: I thank the Minister. Will he meet me and the campaign group next week?

Mr Vaughan: I will be happy to meet her. I should add that the review of concessionary
fares, announced on 14 March, will report by the end of September.

Col. 412
""",
        (
            expect("2024-05-31", "42"),
            expect("2024-04-02", "notice"),
            expect("2024-07-01", "replacement", planned=True),
            expect("2024-03-14", "review"),
            expect("../2024-09", "report", planned=True),
        ),
    ),
    Text(
        "ferndale-minutes",
        "meeting minutes",
        None,
        """\
FERNDALE ALLOTMENT SOCIETY
Minutes of the committee meeting held on Thursday 7 March 2024 at 7.30 pm in the Scout Hut

Present: J. Okafor (chair), M. Lyle (treasurer), S. Brandt (secretary), P. Gale, R. Ito
Apologies: T. Marsh

1. Minutes of the previous meeting were approved.

2. Water supply. The treasurer reported that the new standpipes were installed on
26 February at a cost of 1,240 pounds. The water will be turned on on or about 1 April.

3. Plot inspections will be held on 13, 20 and 27 April. Tenants of plots 1-40 should
expect the first visit.

4. AGM. The annual general meeting is to be held on Saturday 18 May at 2 pm.

5. Any other business. Mr Okafor reminded members that the society has rented the field
from St Bride's parish since 1952, and that the rent is reviewed each year in October.

Meeting closed at 9.05 pm.
""",
        (
            expect("2024-03-07", "meeting"),
            expect("2024-02-26", "standpipes"),
            expect("2024-04-01~", "water", planned=True),
            expect("2024-04-13", "inspection", planned=True),
            expect("2024-04-20", "inspection", planned=True),
            expect("2024-04-27", "inspection", planned=True),
            expect("2024-05-18", "general meeting", planned=True),
            expect("1952/..", "rent"),
        ),
    ),
    Text(
        "oslund-obituary",
        "obituary",
        date(2023, 2, 9),
        """\
Margit Oslund obituary

Conductor who broke a barrier at the Halvik Philharmonic

Margit Oslund, who has died aged 91, was the first woman to conduct the Halvik
Philharmonic. She died on Sunday at her home in Tarnby.

She was born on 3 May 1931 in Tarnby, the daughter of a ferry pilot, and studied piano at
the Halvik Conservatory from 1949 to 1953. She made her conducting debut around 1958, with
a student orchestra, standing in for a teacher who had fallen ill.

In 1967 Oslund became the Philharmonic's principal guest conductor and, two years later,
its music director, a post she held for 22 years.

She is survived by her two sons.

Margit Oslund, conductor, born 3 May 1931; died 5 February 2023
""",
        (
            expect("2023-02-05", "Oslund"),
            expect("1931-05-03", "born"),
            expect("1949/1953", "Conservatory"),
            expect("1958~", "debut"),
            expect("1967", "guest conductor"),
            expect("1969", "music director"),
        ),
    ),
    Text(
        "wallen-ewer",
        "museum catalogue note",
        None,
        """\
Cat. no. 214

Ewer with a hunting scene
Silver, parcel-gilt. Orsk, c. 1585. H. 32.5 cm
Maker's mark of Jakob Tiel (died 1603)

The ewer was made in Orsk about 1585, probably for the Counts of Wallen, whose arms are
engraved under the spout. It is recorded in the Wallen inventory of 1621. It was sold at
Harker & Finch, London, on 11 June 1897 (lot 88) and acquired by the museum in 1931
(inv. 1931.45).

Exhibited: 'Silver of the North', 14 May - 30 September 1962, no. 37.
Literature: Brandes 1978, pp. 112-114, fig. 41.
""",
        (
            expect("1585~", "made"),
            expect("1603", "Tiel"),
            expect("1621", "inventory"),
            expect("1897-06-11", "Harker"),
            expect("1931", "acquired"),
            expect("1962-05-14/1962-09-30", "Silver of the North"),
        ),
    ),
    Text(
        "merrow-cholera",
        "academic abstract with a history paragraph",
        None,
        """\
J. Hist. Epidemiol. 2021; 14(3): 211-229. doi:10.5555/jhe.2021.0143
Received 4 March 2021; accepted 19 July 2021

Water, wells and the Merrow Valley cholera outbreak

Abstract
Background. The first case was recorded on 23 July 1866 in the village of Stenhope. By
10 August the disease had reached all six parishes of the valley; the last death occurred
on or about 2 October. The Merrow Valley Water Company, which had supplied the valley
since 1851, installed sand filters in 1869.
Methods. We linked parish burial registers for 1860-1870 to the company's supply maps.
Results. Mortality was 4.1 per 1,000, the highest recorded in the county between 1840 and
1900, and was three times higher in households on the company's supply.
Conclusions. Unfiltered piped water, not wells, drove the outbreak.
""",
        (
            expect("1866-07-23", "first case"),
            expect("../1866-08-10", "parishes"),
            expect("1866-10-02~", "last death"),
            expect("1851/..", "Water Company"),
            expect("1869", "filters"),
        ),
    ),
    Text(
        "clearwater-dolvia",
        "NGO report excerpt",
        None,
        """\
Clearwater Aid - Annual Report 2023
Section 3: Programme in Dolvia

3.1 Background
From 2011 onwards, Clearwater Aid has worked in the Dolvian highlands with local water
committees. Following the earthquake of 19 September 2022, we scaled up our water
programme, reaching some 48,000 people by the end of March 2023.

3.2 Results
Between January and June 2023 our teams repaired 61 boreholes in the Tessa and Morn
districts. The Tessa district clinic, rebuilt with our support, reopened on 6 November
2023. We publish an independent audit of the programme each year.

3.3 Outlook
A second phase, funded by the Nordvik Foundation, will run from April 2024 to March 2026.
The handover of the borehole network to the local water committees is planned for the
fourth quarter of 2025.

Page 14
""",
        (
            expect("2011/..", "Dolvian"),
            expect("2022-09-19", "earthquake"),
            expect("../2023-03", "48,000"),
            expect("2023-01/2023-06", "boreholes"),
            expect("2023-11-06", "clinic"),
            expect("2024-04/2026-03", "second phase", planned=True),
            expect("2025-10/2025-12", "handover", planned=True),
        ),
    ),
    Text(
        "rannoch-flood",
        "weather/disaster bulletin",
        None,
        """\
NATIONAL WEATHER OFFICE OF KALDERA
FLOOD BULLETIN No. 7
Issued: 06:00, Wednesday 15 November 2023

Heavy rain began on Sunday over the Rannoch catchment. The Rannoch River at Mill Ford
peaked at 4.82 m at 23:00 on Monday, its highest level since 1987.

The Ostby embankment was breached on Tuesday morning and roughly 300 homes were evacuated.

River levels are expected to fall below warning thresholds by Sunday. The Minister for
Civil Protection, Dara Kell, will visit Ostby on Thursday.

The next bulletin will be issued at 18:00 today. Emergency line: 112.
""",
        (
            expect("2023-11-12", "rain"),
            expect("2023-11-13", "peak"),
            expect("2023-11-14", "embankment"),
            expect("../2023-11-19", "levels", planned=True),
            expect("2023-11-16", "visit", planned=True),
        ),
    ),
    Text(
        "quillmark-changelog",
        "product changelog",
        None,
        """\
# Changelog - Quillmark editor

## [Unreleased]
- Dark theme for the print preview.

## [4.2.0] - 2024-08-19
### Added
- Export to EPUB 3 (#1873).
### Fixed
- Crash when opening files larger than 2 GB (#1902).

## [4.1.1] - 2024-07-02
### Security
- Updated the bundled libvex to 2.19.4 (CVE-2024-31877).

## [4.1.0] - 2024-05-28
### Deprecated
- The legacy `.qmk` format. Support will be removed in 5.0, scheduled for 2025-01-15.

## [4.0.0] - 2023-11-30
- First release under the Apache 2.0 licence.
""",
        (
            expect("2024-08-19", "4.2.0"),
            expect("2024-07-02", "4.1.1"),
            expect("2024-05-28", "4.1.0"),
            expect("2023-11-30", "4.0.0"),
            expect("2025-01-15", "5.0", planned=True),
        ),
    ),
    Text(
        "blue-door-cafe",
        "local-news brief",
        date(2024, 4, 18),
        """\
NEWS | Pellston

Cafe owner wins appeal over pavement tables

By Jo Harte, Local Democracy Reporter

A Pellston cafe can keep its six pavement tables after a planning inspector overturned a
district council ruling.

Rosa Dinani, who opened the Blue Door Cafe on Market Street in 2017, was told in January to
remove the tables because they narrowed the footway. The council introduced its pavement
licence scheme in March 2021.

The inspector's decision was published on Monday. Ms Dinani said she would hold a
celebration for her customers on Saturday.

Share this article
""",
        (
            expect("2017", "Blue Door"),
            expect("2024-01", "remove"),
            expect("2021-03", "licence scheme"),
            expect("2024-04-15", "decision"),
            expect("2024-04-20", "celebration", planned=True),
        ),
    ),
    Text(
        "relling-cv",
        "curriculum vitae",
        None,
        """\
Dr.-Ing. Tomasz Relling - Curriculum vitae

Born 22.09.1968 in Vossberg

Education
1987-1992   Diploma in Civil Engineering, Technical University of Kremsdorf
            (thesis: "Fatigue in riveted bridges, 1890-1930")

Career
1996-2003   Structural engineer, Bauer & Lind, Kremsdorf
since 01.04.2003   Head of Bridge Assessment, Federal Roads Office, Vossberg

Awards
2011   Lessing Medal of the Kremsdorf Engineering Society

Memberships
Member of the International Bridge Society since 1999

Tel. +49 555 1968 2203
""",
        (
            expect("1968-09-22", "born"),
            expect("1987/1992", "Diploma"),
            expect("1996/2003", "Bauer"),
            expect("2003-04-01/..", "Bridge Assessment"),
            expect("2011", "Lessing Medal"),
            expect("1999/..", "Bridge Society"),
        ),
    ),
    Text(
        "osteria-vallen-communique",
        "diplomatic communiqué",
        None,
        """\
Joint Communiqué of the Republic of Osteria and the Kingdom of Vallen
Marisport, 9 October 2024

1. At the invitation of His Majesty King Aurel II of Vallen, the President of the Republic
of Osteria, Lidia Marsh, paid a state visit to Vallen from 7 to 9 October 2024.

2. The two sides recalled that diplomatic relations between their countries were
established on 17 March 1958, and that the Treaty of Friendship was signed in Marisport in
1994.

3. They noted with satisfaction that the Vallen-Osteria undersea power cable has carried
electricity between the two countries since 2 June 2023.

4. The two sides agreed to hold the next session of the Joint Economic Commission in
Osteria in the first half of 2025.

5. The ministers of education signed a memorandum on student exchange, which is to enter
into force on 1 January 2025.
""",
        (
            expect("2024-10-07/2024-10-09", "state visit"),
            expect("1958-03-17", "diplomatic relations"),
            expect("1994", "Treaty of Friendship"),
            expect("2023-06-02/..", "cable"),
            expect("2025-01/2025-06", "Economic Commission", planned=True),
            expect("2025-01-01", "memorandum", planned=True),
        ),
    ),
)
