"""A fifty-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story, a press
release, a constitutional court opinion, an encyclopedia history, a sports report, a company
history as an HTML list, a mine clearance mission summary, a government statement, a walker's
HTML blog, a biography, a lease summary, a timetable notice, a festival programme, a tenants'
newsletter, a procurement notice, a factbox, an ombudsman report, a volcano status page, a
withdrawal notice and a family history). The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYTHIRD_CORPUS",)


FIFTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-wildfire-evacuation",
        "wire story with a dateline",
        date(2025, 8, 14),
        """PATRAS, Greece, Aug 14 (Meridian Wire) - Thousands of people left villages in the hills
east of Patras as a wildfire driven by strong northerly winds spread towards the coast.

The fire broke out on Tuesday in scrubland near the village of Ano Kastritsi, the regional fire
service said. Civil protection authorities ordered the evacuation of eleven villages yesterday,
the largest evacuation in the region since 1998.

The fire service has been on its highest alert level since Aug. 1, when temperatures first
passed 43 degrees Celsius.

Two water-bombing aircraft sent from Italy are expected to arrive on Friday, a spokeswoman for
the civil protection ministry said. Police said they planned to reopen the coastal road to
Aigio on Saturday if the wind eased.

In July 2007 a fire in the same hills burned more than 4,000 hectares and destroyed some 60
homes.

(Reporting by Eleni Markou; Editing by Tom Reyes)""",
        (
            expect("2025-08-12", "fire", "broke"),
            expect("2025-08-13", "evacuat"),
            expect("2025-08-01/..", "alert"),
            expect("2025-08-15", "aircraft", planned=True),
            expect("2025-08-16", "road", planned=True),
            expect("2007-07", "fire"),
        ),
    ),
    Text(
        "press-battery-recycler",
        "press release",
        date(2026, 3, 3),
        """PRESS RELEASE

Ferrolith Recycling expands to the Baltic coast

Leipzig, 3 March 2026 - Ferrolith Recycling GmbH, which recovers nickel, cobalt and lithium from
spent vehicle batteries, is building a second plant in Rostock.

Ferrolith was founded in 2017 by the chemists Dr. Anja Sellin and Marek Wozniak. The company
opened its first plant in Halle in September 2019; a second shredding line there began
operating around May 2023. Revenue rose 38 percent on 2024, the strongest growth since the
company started reporting.

Ferrolith had secured all permits for the Rostock site by 15 January 2026. Production in
Rostock is scheduled to start in April 2027, with a capacity of 30,000 tonnes a year.

Ferrolith has supplied recovered nickel to the cathode maker Kessler Zell since 2021.

About Ferrolith Recycling GmbH
Ferrolith employs 240 people in Saxony-Anhalt and Saxony.

Press contact: Lena Brandt, +49 341 555 0192, presse@ferrolith.example""",
        (
            expect("2017", "found"),
            expect("2019-09", "halle"),
            expect("2023-05~", "line"),
            expect("../2026-01-15", "permit"),
            expect("2027-04", "production", planned=True),
            expect("2021/..", "nickel"),
        ),
    ),
    Text(
        "court-election-law",
        "court opinion",
        None,
        """CONSTITUTIONAL COURT
Case No. U-I-77/23

DECISION

In the proceedings for the review of constitutionality initiated by a petition of thirty-one
deputies of the National Assembly, the Court finds as follows.

Reasons

1. The National Assembly adopted the Election Law Amendment Act on 14 March 2023. The Act
entered into force on 1 May 2023 and redrew the boundaries of eight constituencies on the basis
of the 2021 census.

2. The petitioners lodged their petition on or about 20 June 2023. They argue that the
boundaries of the remaining constituencies, unchanged since 1992, now differ in population by
up to 41 percent.

3. By order of 9 November 2023 the Court suspended the implementation of Article 4 of the Act
pending its final decision, and it held a public hearing on 5 March 2024.

4. The Court holds that the Act is inconsistent with the principle of equal suffrage. The
National Assembly is to remedy the established inconsistency no later than 31 December 2025.""",
        (
            expect("2023-03-14", "adopt"),
            expect("2023-05-01", "force"),
            expect("2023-06-20~", "petition"),
            expect("1992/..", "boundar"),
            expect("2023-11-09", "suspend"),
            expect("2024-03-05", "hearing"),
            expect("../2025-12-31", "remedy", planned=True),
        ),
    ),
    Text(
        "encyclopedia-botanical-expedition",
        "encyclopedia history",
        None,
        """Lindqvist Expedition

The Lindqvist Expedition was a Swedish botanical expedition to the Rwenzori Mountains of East
Africa.

History

The expedition was proposed by the botanist Edvard Lindqvist in 1894 and financed by the
Uppsala Natural History Society. The party of five sailed from Gothenburg on 2 October 1896 and
reached the foothills of the range around January 1897, after a march inland from Mombasa.

Lindqvist fell ill with fever during the ascent and died, probably in August 1897, at a mission
station near Fort Portal. His assistant Karl Ohlin led the survivors back to the coast.

The collections, some 9,000 herbarium sheets, reached Uppsala in 1898. The Society published
the expedition's flora in three volumes, in 1902, 1905 and 1911.

See also
- Botanical exploration of East Africa
- Uppsala University herbarium""",
        (
            expect("1894", "propos"),
            expect("1896-10-02", "sail"),
            expect("1897-01~", "reach"),
            expect("1897-08?", "die"),
            expect("1898", "collection"),
            expect("1902", "flora"),
            expect("1905", "flora"),
            expect("1911", "flora"),
        ),
    ),
    Text(
        "sports-cup-final",
        "sports report",
        date(2025, 5, 25),
        """FOOTBALL | NATIONAL CUP FINAL

Brenner double gives Rivermouth the Cup

By Sam Okafor, Sunday 25 May 2025

Rivermouth FC won the National Cup on Saturday, beating Harlow United 2-1 in front of 61,400
spectators, the biggest crowd at Lakeside Stadium since 2009.

Tomas Brenner, who joined from Eastport in January 2024, scored both goals, the second in the
88th minute. Coach Ada Mensah, in charge since 2022, had rested him in the semi-final win over
Dunmore on 23 April.

"We work on set pieces every Tuesday, and today it paid off," Mensah said.

The club said the victory parade will take place on Tuesday, starting at the town hall.
Rivermouth will face league champions Kettering Athletic in the Super Cup on 9 August.

Rivermouth: Lund; Ito, Keane, Morales, Adu; Falk, Petrov; Brenner, Osei, Novak; Duarte.""",
        (
            expect("2025-05-24", "cup"),
            expect("2024-01", "brenner"),
            expect("2022/..", "mensah"),
            expect("2025-04-23", "semi"),
            expect("2025-05-27", "parade", planned=True),
            expect("2025-08-09", "super", planned=True),
        ),
    ),
    Text(
        "company-history-printing-house",
        "company history (HTML list)",
        None,
        """<div class="history">
<h2>Our history</h2>
<p>Wendt Druck has printed in Bremen for more than 150 years.</p>
<ul>
  <li><b>1872</b> &ndash; Jakob Wendt founds a letterpress workshop in the Schnoor quarter.</li>
  <li><b>c. 1890</b> &ndash; The first rotary press is installed.</li>
  <li><b>1911&ndash;1913</b> &ndash; A new works is built on the Hafenstra&szlig;e.</li>
  <li><b>1943</b> &ndash; The works is destroyed in an air raid, probably in October.</li>
  <li><b>1949</b> &ndash; Wendt Druck reopens with two presses salvaged from the ruins.</li>
  <li><b>1968</b> &ndash; From 1968 onwards Wendt prints the telephone
      directories of northern Germany.</li>
  <li><b>2027</b> &ndash; The company will move to a new plant in Achim.</li>
</ul>
</div>
<footer>&copy; 2025 Wendt Druck GmbH &middot; Imprint &middot; Last updated 12.03.2025</footer>""",
        (
            expect("1872", "found"),
            expect("1890~", "rotary"),
            expect("1911/1913", "works"),
            expect("1943-10?", "destroy"),
            expect("1949", "reopen"),
            expect("1968/..", "director"),
            expect("2027", "move", planned=True),
        ),
    ),
    Text(
        "mission-summary-mine-clearance",
        "mission summary",
        None,
        """FIELD CLEARANCE GROUP NORD - MISSION SUMMARY
Ref.: FCG-HUA-2024-07 | Team 4 | Huambo Province, Angola

Summary
Team 4 (twelve deminers, two medics, one mechanical flail) deployed to Caála district on
6 April 2024. A non-technical survey of three suspected hazardous areas was carried out from
19 to 21 April 2024.

Clearance of Field B began on or about 2 May. On 14 June the team found and destroyed an
anti-tank mine of Soviet manufacture at the edge of the old road. In total 41 mines and 96
items of unexploded ordnance were removed.

Field B was handed back to the village council by 30 September 2024.

Next steps
- Daily safety briefing at 06:30 continues.
- Clearance of Field C is scheduled to begin in January 2025, subject to funding.

Prepared by: J. Santos, Operations Officer""",
        (
            expect("2024-04-06", "deploy"),
            expect("2024-04-19/2024-04-21", "survey"),
            expect("2024-05-02~", "clearance"),
            expect("2024-06-14", "mine"),
            expect("../2024-09-30", "hand"),
            expect("2025-01", "field c", planned=True),
        ),
    ),
    Text(
        "government-fishing-quota",
        "government statement",
        date(2025, 11, 3),
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS
Statement - Tórshavn, 3 November 2025

Cod quota for 2026 reduced by 18 percent

The Government has set the total allowable catch of cod for 2026 at 21,500 tonnes, the lowest
since 2009. The new quota will take effect on 1 January 2026.

The decision follows the scientific advice published by the Marine Research Institute on
30 September 2025 and consultations with fishers' organisations held from 6 to 17 October.
The spawning stock has been below the precautionary reference point since 2021.

The Minister, Rannvá Joensen, will meet the Norwegian delegation on Thursday to discuss access
to the shared grounds. The Ministry is to review the quota no later than June 2026 in the light
of the spring survey.

Press enquiries: +298 55 01 00""",
        (
            expect("2026-01-01", "quota", planned=True),
            expect("2025-09-30", "advice"),
            expect("2025-10-06/2025-10-17", "consult"),
            expect("2021/..", "stock"),
            expect("2025-11-06", "meet", planned=True),
            expect("../2026-06", "review", planned=True),
        ),
    ),
    Text(
        "blog-long-distance-walker",
        "HTML blog with dated entries",
        None,
        """<article class="post">
<h1>Walking the Camino del Norte</h1>
<h2>3 May 2023</h2>
<p>Set off from Irun at seven this morning with a 9 kg pack. I first walked the Camino
Franc&eacute;s in 2016, but this coast is a different animal.</p>
<h2>9 May</h2>
<p>Reached Bilbao in the rain. Yesterday my left boot split along the sole, so I taped it and
limped the last 20 km. I still walk about 25 km every day.</p>
<h2>14 May</h2>
<p>Rest day in Santander after crossing the ria by ferry. If the knees hold, I should reach
Santiago around 20 June.</p>
<p class="meta">Posted by Hanna &middot; 3 comments &middot; Tags: camino, spain</p>
</article>""",
        (
            expect("2023-05-03", "irun"),
            expect("2016", "camino"),
            expect("2023-05-09", "bilbao"),
            expect("2023-05-08", "boot"),
            expect("2023-05-14", "santander"),
            expect("2023-06-20~", "santiago", planned=True),
        ),
    ),
    Text(
        "biography-physician",
        "biography",
        None,
        """Marta Ilvesa (1921-1987)

Marta Ilvesa was a Finnish physician known for her work against tuberculosis in the rural
north.

Ilvesa was born on 4 March 1921 in Tampere, the daughter of a railway clerk. She qualified in
medicine at the University of Helsinki in 1946. From 1950 to 1958 she worked at the Oulu
district hospital, where she introduced mass X-ray screening of schoolchildren around 1955.

She was appointed chief physician of the Lapland Sanatorium in 1962 and held the post for
twenty-four years. Ilvesa retired in 1986 and died the following year in Rovaniemi.

A ward of the Oulu hospital bears her name, and the Ilvesa Prize, awarded every two years to a
young rural doctor, is funded by her estate.""",
        (
            expect("1921-03-04", "born"),
            expect("1946", "qualif"),
            expect("1950/1958", "oulu"),
            expect("1955~", "screening"),
            expect("1962", "chief"),
            expect("1986", "retire"),
            expect("1987", "die"),
        ),
    ),
    Text(
        "lease-agreement-summary",
        "lease agreement summary",
        None,
        """LEASE SUMMARY

Premises:  Unit 3, Kelvin Court, 14 Dock Road, Glasgow
Landlord:  Clydeside Property Holdings Ltd
Tenant:    Marlow & Reid Architects LLP

1. Execution. The lease was signed on 12 February 2025.
2. Term. The term will commence on 1 April 2025 and expire on 31 March 2030.
3. Rent. GBP 48,000 a year, payable quarterly; the rent is reviewed on every anniversary of the
   commencement date.
4. Fit-out. The landlord is to complete the fit-out works by 15 March 2025 at the latest.
5. Break and renewal. The tenant is to give notice of renewal no later than 30 September 2029.
6. Title. The landlord has owned the building since 2008.

This summary does not replace the lease. Page 1 of 1""",
        (
            expect("2025-02-12", "sign"),
            expect("2025-04-01", "commence", planned=True),
            expect("2030-03-31", "expire", planned=True),
            expect("../2025-03-15", "fit-out", planned=True),
            expect("../2029-09-30", "renewal", planned=True),
            expect("2008/..", "own"),
        ),
    ),
    Text(
        "timetable-change-notice",
        "train timetable change notice",
        date(2025, 11, 20),
        """TIMETABLE CHANGE - LINE RB 44 Kassel - Warburg

Notice of 20 November 2025

From 14 December 2025 onwards the new timetable will apply on line RB 44. Trains will run every
30 minutes between Kassel Hbf and Hofgeismar on weekdays; the 06:12 from Warburg will continue
to run on weekdays only.

Since 8 September 2025 the line has been single-tracked between Grebenstein and Hofgeismar
because the Esse bridge, built in 1907, is being replaced. The line will be closed for
engineering works from 3 to 5 January 2026; replacement buses will run every hour.

Hofgeismar-Oststadt station will reopen on 22 February 2026 after its platforms have been
raised.

The fares of the December 2024 tariff remain valid.

NordHessenBahn customer service: 0561 555 2020""",
        (
            expect("2025-12-14/..", "timetable", planned=True),
            expect("2025-09-08/..", "single"),
            expect("1907", "bridge"),
            expect("2026-01-03/2026-01-05", "clos", planned=True),
            expect("2026-02-22", "reopen", planned=True),
        ),
    ),
    Text(
        "festival-programme-literature",
        "literature festival programme",
        None,
        """HARBOURLIGHT LITERATURE FESTIVAL 2026 - Galway
Programme

Founded in 2009 by the booksellers of Shop Street, Harbourlight brings forty writers to the
city for four days.

THURSDAY 11 JUNE 2026
19:30  Opening reading: Niamh Coyle reads from her new novel, Town Hall Theatre

FRIDAY 12 JUNE
21:00  Poetry slam with the Galway Spoken Word Collective, Róisín Dubh

SATURDAY 13 JUNE
10:00-16:00  Translation workshops, City Library (booking required)

SUNDAY 14 JUNE
17:00  Closing lecture by the critic Daniel Akers, "The novel after the archive"

Every morning at 9:00: coffee with the authors in the festival tent.

Tickets go on sale on 2 March. Readings from the 2025 Harbourlight Anthology at the bookstall.""",
        (
            expect("2009", "found"),
            expect("2026-06-11", "open", planned=True),
            expect("2026-06-12", "slam", planned=True),
            expect("2026-06-13", "workshop", planned=True),
            expect("2026-06-14", "closing", planned=True),
            expect("2026-03-02", "ticket", planned=True),
        ),
    ),
    Text(
        "newsletter-tenants-association",
        "tenants' association newsletter",
        date(2025, 10, 6),
        """THE STAIRWELL - Newsletter of the Elm Park Tenants' Association
October 2025 | Issue 112

LIFT UPDATE
The lift in Block C has been out of service since 18 August. At our meeting with the landlord
last Thursday, Northgate Homes promised that the repairs are expected to be finished by
31 October.

RENT
The rent increase of 4.2 percent took effect on 1 July. Members who struggle to pay should
contact the committee.

DATES FOR YOUR DIARY
- The annual general meeting will be held on 20 November at 7 pm in the community room.
- Bins are collected every Monday; please do not leave bags in the stairwell.

A LITTLE HISTORY
Our association was founded in 1979, when tenants of Blocks A and B refused a rent rise.

Committee: chair@elmparktenants.example""",
        (
            expect("2025-08-18/..", "lift"),
            expect("2025-10-02", "landlord"),
            expect("../2025-10-31", "repair", planned=True),
            expect("2025-07-01", "rent"),
            expect("2025-11-20", "general", planned=True),
            expect("1979", "found"),
        ),
    ),
    Text(
        "procurement-textbooks",
        "procurement notice",
        date(2026, 1, 15),
        """CONTRACT NOTICE - SUPPLIES
Date of dispatch of this notice: 15/01/2026

Section I: Contracting authority
Municipality of Tartu, Education Department, Raekoja plats 1, 50089 Tartu, Estonia

Section II: Object
II.1 Title: Supply of mathematics and science textbooks for basic schools, school year 2026/27
II.2 Description: about 18,000 textbooks in Estonian and Russian for 31 schools. The current
supply contract, in place since 2019, expires on 31 July 2026.

Section IV: Procedure
IV.1 Tenders must be received no later than 27 February 2026, 12:00 local time.
IV.2 Tenders will be opened on 2 March 2026 at 10:00.
IV.3 The contract is expected to be awarded in April 2026.
IV.4 Delivery of the books to the schools is to be completed by 10 August 2026.

Section VI: Review procedures
Public Procurement Review Committee, Tallinn""",
        (
            expect("2019/..", "contract"),
            expect("2026-07-31", "expire", planned=True),
            expect("../2026-02-27", "tender", planned=True),
            expect("2026-03-02", "open", planned=True),
            expect("2026-04", "award", planned=True),
            expect("../2026-08-10", "deliver", planned=True),
        ),
    ),
    Text(
        "factbox-dam-failure",
        "factbox timeline",
        date(2024, 3, 9),
        """FACTBOX-Timeline of the Selva Alta dam collapse

March 9 (Meridian Wire) - The earthen Selva Alta dam in northern Peru gave way after days of
heavy rain, flooding three villages in the valley below. Here are some key facts:

* 1978 - Construction of the dam begins to supply irrigation water to the coastal plain.

* 1983 - The dam is completed; the reservoir holds about 12 million cubic metres.

* 2015, 2018 and 2021 - Inspections by the national water authority report seepage at the foot
of the dam.

* Feb 27, 2024 - The dam collapses at about 4:10 a.m. after a week of heavy rain.

* March 1 - The death toll rises to 41; 15 people are still missing.

* Prosecutors are expected to file charges no later than June 30.

(Compiled by Luis Ferrer; Editing by Ana Ruiz)""",
        (
            expect("1978", "construct"),
            expect("1983", "complet"),
            expect("2015", "inspect"),
            expect("2018", "inspect"),
            expect("2021", "inspect"),
            expect("2024-02-27", "collapse"),
            expect("2024-03-01", "toll"),
            expect("../2024-06-30", "charge", planned=True),
        ),
    ),
    Text(
        "ombudsman-report",
        "parliamentary ombudsman report",
        None,
        """PARLIAMENTARY OMBUDSMAN
Report on complaint 2023/4471 - Social Insurance Agency

1. The complaint
The Ombudsman received the complaint of Mr. A. on 7 March 2023. Mr. A. states that the Agency
stopped his disability payments on or about 15 November 2022 without a written decision.

2. Facts
Mr. A. wrote to the Agency in December 2022 and again in January 2023. The Agency replied only
on 2 June 2023. It had reviewed his file before 1 September 2023 and resumed the payments.

The Agency has applied the internal guidance on suspensions since 2019; the guidance does not
require a written decision.

3. Findings
The Ombudsman finds that the Agency acted contrary to the Administrative Procedure Act.

4. Recommendation
The Agency is to pay Mr. A. compensation for the delay by 31 January 2024 at the latest.""",
        (
            expect("2023-03-07", "complaint"),
            expect("2022-11-15~", "payment"),
            expect("2022-12", "wrote"),
            expect("2023-01", "wrote"),
            expect("2023-06-02", "repl"),
            expect("../2023-09-01", "review"),
            expect("2019/..", "guidance"),
            expect("../2024-01-31", "compensation", planned=True),
        ),
    ),
    Text(
        "volcano-observatory-status",
        "volcano observatory status page",
        date(2025, 2, 18),
        """<header>Cordillera Volcano Observatory &middot; Monitoring &middot; Status</header>
<h1>Volcán Tandil - Current status: ORANGE</h1>
<p class="updated">Updated Tuesday 18 February 2025, 14:00 local time</p>
<p>The observatory raised the alert level from Yellow to Orange on 12 February. Seismicity
beneath the summit has been elevated since 3 February, with up to 300 volcano-tectonic
earthquakes a day.</p>
<p>During an overflight yesterday, scientists measured sulphur dioxide emissions of 2,800
tonnes a day, the highest since records began. A small phreatic explosion possibly occurred on
14 February; cloud cover prevented confirmation.</p>
<p>Tandil last erupted in March 1994. Webcam images are refreshed every 10 minutes.</p>
<p>The next status update will be published on Friday.</p>""",
        (
            expect("2025-02-12", "orange"),
            expect("2025-02-03/..", "seismic"),
            expect("2025-02-17", "overflight"),
            expect("2025-02-14?", "explosion"),
            expect("1994-03", "erupt"),
            expect("2025-02-21", "update", planned=True),
        ),
    ),
    Text(
        "withdrawal-statistical-release",
        "withdrawal notice of a statistical release",
        date(2025, 6, 24),
        """NOTICE OF WITHDRAWAL
Regional Household Income, 2023 (provisional)
24 June 2025

The statistical release Regional Household Income, 2023 was published on 10 June 2025.
On 19 June our quality team identified an error in the allocation of pension income between
the North East and Yorkshire regions. The release was withdrawn on 20 June.

Figures for 2021 and 2022 are not affected. The series has been compiled on the current basis
since 1997; provisional regional estimates were first introduced in 2012.

A corrected release will be published on or around 8 July 2025. We apologise to users for any
inconvenience.

Contact: regional.accounts@stats.example | Next scheduled release: see the release calendar""",
        (
            expect("2025-06-10", "publish"),
            expect("2025-06-19", "error"),
            expect("2025-06-20", "withdraw"),
            expect("1997/..", "series"),
            expect("2012", "introduc"),
            expect("2025-07-08~", "correct", planned=True),
        ),
    ),
    Text(
        "family-history-fishing",
        "family history",
        None,
        """The Vos family of Scheveningen

The first Vos to fish from Scheveningen, Hendrik Vos, settled there from Katwijk around 1820.
His son Cornelis had the family's first own boat, the bomschuit SCH 41, built in 1834.

Cornelis and two of his sons were lost at sea in the great storm of 14 December 1883. His
youngest son Pieter, then nineteen, took over the boat the following year and fished herring
for another forty years.

The family moved to IJmuiden in 1911, when the steam trawlers made the beach boats unprofitable.
Pieter's grandson Jan probably emigrated to Canada in 1923; no letters from him survive.

The last Vos trawler, the IJM 7 Maria, was sold in 1978. The family still keeps the log books
of the 1883 storm year.""",
        (
            expect("1820~", "settle"),
            expect("1834", "boat"),
            expect("1883-12-14", "lost"),
            expect("1884", "pieter"),
            expect("1911", "ijmuiden"),
            expect("1923?", "emigrat"),
            expect("1978", "sold"),
        ),
    ),
)
